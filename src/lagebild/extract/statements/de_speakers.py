"""German speakers of a cue (pre-field subject, inverted subject, apposition, passive agent,
"heißt es in ..."), the words the corpus counts to a cue, and ``make_found``, which builds a
statement from a cue with its speaker and addressee.
"""
from __future__ import annotations

from ...lang.de.speech import (
    ACCUSATIVE_ADDRESSEE_CUES, AGENT_NOUNS, ALS_CUES, AUX, CORRELATES, DATIVE_ADDRESSEE_CUES, PARTICLES,
)
from ...lang.de.speech_syntax import (
    ADVERBIAL_PARTICIPLE_PREFIXES, ADVERBIAL_SUFFIXES, ADVERBIAL_WORDS, DETS, END_PUNCT, OBJECT_DETS, PRONOUNS,
    RELATIVE, SKIPPABLE, SPEAKER_PRONOUNS, SUBORD, SUBORD_CONJ, TIME_NOUNS, TRAILING_AUX,
)
from .cues import is_participle, lemma
from .de_addressees import addressee_for
from .de_chunks import (
    is_adj_like, may_start_subject, name_like, np_end, np_end_after_contraction, skip_adverbs,
)
from .de_clauses import (
    content_end, is_name_region, is_passive, name_np_end, np_like, quoted_name_end, time_np, verb_cue, verb_like,
)
from .doc import Cue, Found, TokenDoc, is_cap


def speaker_for(d: TokenDoc, cue: Cue, clause: tuple[int, int]) -> tuple[int, int] | None:
    """The speaker NP of a cue: the pre-field subject, or the NP after the (inverted) verb."""
    a, b = clause
    k = cue.tokens[0]
    if cue.kind == "noun":  # "Botschaft von X", "Erklärung des Ministers"
        j = k + 1
        if j < b and d.words[j].lower() in {"von", "vom", "des", "der", "eines", "einer"}:
            e = np_end(d.words, j + 1, b) if d.words[j].lower() in {"von"} else np_end(d.words, j + 1, b)
            if e > j + 1:
                return (j + 1, e)
        # possessive or genitive before the noun: "Frankreichs Botschaft" -> skip
        return None
    words = d.words
    passive_subject = words[k].lower() in {"wird", "wurde", "werden", "wurden"} and may_start_subject(words, a, k)
    if cue.lemma == "zitieren" and not passive_subject:  # "X wird in einer Erklärung … zitiert": X speaks
        quoted = _quoted_person(d, k, b)
        if quoted is not None:
            return quoted  # "Die Zeitung zitiert einen Augenzeugen mit den Worten: …": the one quoted speaks
    if k - a >= 3 and words[k - 1].lower() in {"und", "sowie"}:
        # "Die Opposition wies ... zurück und bezeichnete sie als ...": the subject of the first verb
        coordinated = _first_verb_subject(d, (a, k - 1)) or _coordinated_subject(d, cue)
        if coordinated is not None:
            return coordinated
    lows = [w.lower() for w in words[a:k]]
    # subordinate clause "wie X mitteilte", "dass X sagte": subject between the conjunction and the verb
    verb_final = k == b - 1 or all(w.lower() in AUX for w in words[cue.tokens[-1] + 1:b])
    if cue.tokens[-1] > k + 1 and words[cue.tokens[-1]].lower() in PARTICLES:
        verb_final = False  # "Als Grund gab die Schule an": a split particle closes a main clause
    if lows and (lows[0] in SUBORD | SUBORD_CONJ or lows[0] == "als" and verb_final):
        s = a + 1
        while s < k - 1 and words[s].lower() in SKIPPABLE - {"sich"}:
            s += 1  # "Wie schon die WHO sagte"
        e = name_np_end(d, s, k)
        if s < e < k and words[e].lower() in {"des", "der"}:
            g = np_end(words, e + 1, k, genitive=False)
            # "des" is a genitive; "der" only where another object still stands before the verb
            # ("nachdem die Anwältin der Frau dem Richter mitgeteilt hatte")
            if g > e + 1 and (words[e].lower() == "des" or g < k and words[g].lower() in {"dem", "der", "den"}):
                e = g
        return (s, e) if e > s else None
    if k - a == 3 and lows[:2] == ["von", "der"] and is_cap(words[a + 2]):
        return (a, k)  # "Von der Leyen betonte"
    lead = 0
    while lead < len(lows) - 1 and lows[lead] in {"und", "aber", "doch", "denn", "auch", "sondern"}:
        lead += 1  # "Auch der Minister sagte": "auch" before a subject
    if k > a and k + 1 < b and words[k + 1].lower() in {"er", "ich", "wir"}:
        return (k + 1, k + 2)  # "Der Politik schlug er vor": a nominative pronoun after the verb is the subject
    if k > a and _object_prefield(d, a, k):
        return (k + 1, np_end(words, k + 1, b))  # "Eine Verschiebung bezeichnete Conze als fatal"
    prefield_subject = k > a and may_start_subject(words, a + lead, k) and not (k - a == 1 and _adverbial(d, a))
    if prefield_subject and k - a == 1 and lows[0] in {"das", "dies", "dieses", "es", "so", "was"}:
        prefield_subject = False
    pre = None
    if prefield_subject:
        s = a
        while s < k and words[s].lower() in {"und", "aber", "doch", "denn", "auch", "sondern"}:
            s += 1
        # drop auxiliaries and adverbs at the end of the pre-field
        e = k
        while e > s and (words[e - 1].lower() in AUX or words[e - 1].lower() in SKIPPABLE):
            e -= 1
        if e > s and _coordinated_np_end(words, s, e) == e and words[e - 1].lower() not in TIME_NOUNS \
                and words[s].lower() not in OBJECT_DETS and not _oblique_der(words, s, e):
            return (s, e)  # the whole pre-field is one noun phrase: the subject ("Ihren Widersacher ...": an object)
        if _extended_attribute_np(d, s, e):
            return (s, e)  # "Die am Mittwoch von der WMO vorgelegte Analyse bestätigt ...": the whole pre-field
        if e > s and e - s <= 8:
            pre = (s, e)
            if not np_like(d, s, e) and np_end(words, s, e) > s:
                pre = (s, np_end(words, s, e))  # "Zuschauer standen am Rand und forderten": the leading noun phrase
    s = skip_adverbs(words, k + 1, b)
    if s + 1 < b and words[s].lower() in _OBJECT_PRONOUNS:
        # "so charakterisierte ihn der Funktionär": the object pronoun first, then a subject that can
        # speak ("droht ihm die Todesstrafe" has none)
        s2 = skip_adverbs(words, s + 1, b)
        if agent_like(d, (s2, np_end(words, s2, b))):
            s = s2
    e = np_end(words, s, b)
    if e > s and time_np(words, s, e):  # "hatte Anfang Juli berichtet": a time, not the subject
        s = skip_adverbs(words, e, b)
        e = np_end(words, s, b)
    if pre and e > s and words[s].lower() in {"der", "die", "das"} and len(cue.tokens) > 1 and \
            (cue.lemma in ACCUSATIVE_ADDRESSEE_CUES or cue.lemma in DATIVE_ADDRESSEE_CUES) and not time_np(words, *pre):
        return pre  # "Politiker aus anderen Parteien haben der Ministerin vorgeworfen": the object follows the verb
    if e > s and words[s].lower() not in OBJECT_DETS:
        return (s, _coordinated_np_end(words, s, b))  # "hatten sich Russland und die Ukraine ... bereit erklärt"
    return pre


def _quoted_person(d: TokenDoc, k: int, b: int) -> tuple[int, int] | None:
    """The noun phrase after "zitiert" that a quotation follows: "zitiert dazu X mit folgenden Worten",
    "wird X wie folgt zitiert", "zitiert den Minister: „…“"."""
    words = d.words
    s = skip_adverbs(words, k + 1, b)
    e = np_end(words, s, b)
    if e <= s or e >= b:
        return None
    after = [w.lower() for w in words[e:e + 3]]
    if after[0] == ":" or after[:2] == ["wie", "folgt"] or (after[0] == "mit" and "worten" in after[1:]):
        return (s, e)
    return None


_OBJECT_PRONOUNS = {"ihn", "ihm", "ihnen", "uns", "mich", "mir", "dich", "dir", "euch"}


def _adverbial(d: TokenDoc, i: int) -> bool:
    """A one-word pre-field that reads as an adverb or predicative adjective ("Besorgt", "Sinngemäß"),
    not as a name, a speech noun or an agent noun."""
    word, low = d.words[i], d.words[i].lower()
    if not low.isalpha() or low in d.lex.nouns or low.endswith(AGENT_NOUNS) or agent_like(d, (i, i + 1)):
        return False
    participle = low.endswith("t") and low.startswith(ADVERBIAL_PARTICIPLE_PREFIXES) and len(low) >= 6
    if not (low in ADVERBIAL_WORDS or low.endswith(ADVERBIAL_SUFFIXES) or participle):
        return False
    starts = {a for a, _b in d.sents}
    # capitalised inside a sentence too ('CSU-Landesgruppenchef Glos'): a name or a noun
    return not any(w == word and j not in starts and d.words[j - 1] not in ("„", '"', ":")
                   for j, w in enumerate(d.words) if j)


def _object_prefield(d: TokenDoc, a: int, k: int) -> bool:
    """A pre-field that is an object: a common noun phrase with an article, no name in it, and a person's name
    or another speaker's noun phrase right after the verb ("Die Entwicklung im Iran verglich Merkel mit ...",
    "Die Reform kritisierte die Gewerkschaft scharf")."""
    if d.words[a].lower() not in DETS or k + 1 >= d.n:
        return False
    pa, pb = d.starts[a], d.ends[k - 1]
    if any(s < pb and pa < e for s, e in d.agent_chars + d.place_chars) or agent_like(d, (a, k)):
        return False
    if any(s == d.starts[k + 1] for s, _ in d.person_chars):
        return True
    s = skip_adverbs(d.words, k + 1, d.n)
    e = np_end(d.words, s, d.n)
    return e > s and d.words[s].lower() in {"der", "die"} and agent_like(d, (s, e))


def _coordinated_np_end(words: list[str], s: int, e: int) -> int:
    """End of a noun phrase with its coordinated ones: "EU-Kommission und Bundesregierung", "sowohl die
    SPD-Führung als auch Merz"."""
    if s + 1 < e and words[s].lower() == "sowohl":
        j = np_end(words, s + 1, e)
        if j > s + 1 and j + 2 < e and [w.lower() for w in words[j:j + 2]] == ["als", "auch"]:
            k = np_end(words, j + 2, e)
            return k if k > j + 2 else s
        return s
    j = np_end(words, s, e)
    while j > s and j + 1 < e and words[j].lower() in {"und", "sowie"}:
        k = np_end(words, j + 1, e)
        if k == j + 1 or words[j + 1].lower() in PRONOUNS:
            break
        j = k
    return j


def _extended_attribute_np(d: TokenDoc, s: int, e: int) -> bool:
    """An article, an attribute phrase ending in a participle or adjective, and the noun: "Die am
    Mittwochnachmittag von der WMO vorgelegte Analyse" (no comma, no quotation, at most 12 words)."""
    words = d.words
    if not (4 <= e - s <= 12) or words[s].lower() not in {"die", "der", "das", "ein", "eine"}:
        return False
    if not is_cap(words[e - 1]) or not is_adj_like(words[e - 2]) or words[e - 2].lower() in AUX:
        return False
    return all(w not in {",", ";", ":"} and d.region_of[k] < 0 for k, w in enumerate(words[s:e], start=s))


def _oblique_der(words: list[str], s: int, e: int) -> bool:
    """"Der englischsprachigen Zeitung sagte X": "der" with a weak adjective in -en is a dative or genitive
    (a nominative would be "Der neue Minister")."""
    return e - s >= 3 and words[s].lower() == "der" and words[s + 1].endswith("en") and not is_cap(words[s + 1])


def _apposition_end(d: TokenDoc, e: int, b: int) -> int:
    """Extend a name over a following apposition: "Bouchard, kanadischer General und Kommandeur, ..."."""
    words = d.words
    if e >= b or words[e] != "," or d.region_of[e] >= 0:
        return e
    j = np_end(words, e + 1, b)
    if j == e + 1 or words[e + 1].lower() in PRONOUNS:
        return e
    while j < b and words[j].lower() == "und" and np_end(words, j + 1, b) > j + 1:
        j = np_end(words, j + 1, b)
    after = skip_adverbs(words, j, b, limit=2)  # "..., Sprecherin der Polizei, am Montag."
    if after >= b or words[after] in {",", ":"} | END_PUNCT:
        return j
    # attributes up to the next comma: "Kopf einer Gruppe von Inspektoren, die ..."
    k = j
    while k < b and words[k] not in {",", ":"} | END_PUNCT and d.region_of[k] < 0:
        k += 1
    if k - e <= 14 and (k >= b or words[k] in {",", ":"} | END_PUNCT) and np_like(d, e + 1, k):
        return k
    return e


def speaker_before(d: TokenDoc, clause: tuple[int, int], strict: bool = False) -> tuple[int, int] | None:
    """Subject at the sentence start, separated from the cue clause by an apposition.

    "Adidas-Vorstand Erich Stamminger, zuständig für das US-Geschäft, hatte angekündigt ..."
    ``strict``: only an apposition that is a noun phrase or a relative clause
    ("X, der Sprecher der Partei, sagte ...", "X, der im Land war, sagte ...").
    """
    words = d.words
    a = d.sents[d.sent_of[clause[0]]][0]
    c = clause[0]
    if c - a < 3 or words[c - 1] not in {",", ")", "–"} or c - a > 30:
        return None
    s = a + (1 if words[a].lower() in {"und", "aber", "doch", "auch"} else 0)
    if words[s].lower() in SUBORD or not may_start_subject(words, s, c):
        return None
    e = np_end(words, s, c)
    if e == c and words[c - 1] == ")":  # "Ministerin X ( SPD ) sagte": the clause split at the parenthesis
        return (s, c)
    if e > s and e < c and words[e] != ",":  # attributes after the head: "Der Vertreter der Arbeitgeber im Aufsichtsrat"
        j = e
        while j < c and words[j] not in {",", "–"}:
            j += 1
        if j < c and j - s <= 15 and np_like(d, s, j):
            e = j
    if e == s or e >= c or words[e] not in {",", "–"}:
        return None
    inner = words[e + 1:c - 1]
    enumeration = all(is_cap(inner[j + 1]) or inner[j + 1].lower() in DETS
                      for j in range(len(inner) - 1) if inner[j] == ",")
    if not strict and len(inner) >= 3 and inner.count(",") >= 1 and enumeration and inner[0].lower() in RELATIVE \
            and not is_cap(inner[1]) \
            and not is_cap(inner[-1]) and (inner[-1].lower() in AUX or verb_like(inner[-1])) \
            and not any(_long_region(d, i) for i in range(e, c)):
        # "Donald Tusk, der mit Macron, Merz und Starmer nach Kiew gereist war, hob … hervor": a relative
        # clause with an enumeration of its own, closed by its verb
        return (s, e)
    if inner.count(",") == 1 and not strict:
        return _apposition_then_relative(d, s, e, c)
    if not inner or inner.count(",") > 0 or any(_long_region(d, i) for i in range(e, c)):
        return None  # a quoted name may stand in it: "der Sprecher der so genannten „EVAC-Ambulanz“"
    ap = np_end(words, e + 1, c - 1)
    last = inner[-1]
    relative = inner[0].lower() in RELATIVE and len(inner) > 1 and ap < c - 1 and not is_cap(last) \
        and (last.lower() in AUX or verb_like(last))
    if relative:  # "X, der die Stadt lange regierte, sagte": the relative clause is not part of the speaker
        return (s, e) if len(inner) <= 15 else None
    if any(lemma(w, "de") in d.lex.verbs for w in inner if not is_cap(w)):
        return None
    if ap > e + 1 and words[e + 1].lower() not in PRONOUNS:
        return (s, c - 1) if not strict or np_like(d, e + 1, c - 1) else None
    return None if strict else (s, e)


def _apposition_then_relative(d: TokenDoc, s: int, e: int, c: int) -> tuple[int, int] | None:
    """"Günther Platter, der Verteidigungsminister Österreichs, der zur Zeit ... inne hat, sagte": the name
    and its apposition, not the relative clause."""
    words = d.words
    comma = words.index(",", e + 1, c - 1)
    rel = words[comma + 1:c - 1]
    if comma - e < 3 or len(rel) < 2 or rel[0].lower() not in RELATIVE or is_cap(rel[-1]) \
            or not (rel[-1].lower() in AUX or verb_like(rel[-1])) or words[e + 1].lower() in PRONOUNS:
        return None
    if any(_long_region(d, i) for i in range(e, comma)) or not np_like(d, e + 1, comma):
        return None
    return (s, comma)


def _long_region(d: TokenDoc, i: int) -> bool:
    """Token ``i`` lies in a quotation longer than a name (more than six words inside the marks)."""
    r = d.region_of[i]
    return r >= 0 and d.regions[r][1] - d.regions[r][0] > 8


def _coordinated_subject(d: TokenDoc, cue: Cue) -> tuple[int, int] | None:
    """The sentence subject for a verb coordinated with an earlier one: "X bestätigte den Unfall und teilte mit, ..."."""
    k = cue.tokens[0]
    s = d.sent_of[k]
    a = d.sents[s][0]
    if k - a < 3 or d.words[k - 1].lower() not in {"und", "sowie", ",", "aber", "doch"} or d.region_of[k - 1] >= 0:
        return None
    sp = sentence_subject(d, s)
    if sp is None:  # "Im Januar legte er sein Amt nieder und verkündete, ...": the pronoun after the first verb
        return next(((j, j + 1) for j in range(a + 2, k - 1) if d.words[j].lower() in {"er", "sie", "ich", "wir"}
                     and d.words[j - 1].isalpha() and d.words[j - 1].islower() and d.region_of[j] < 0), None)
    if sp[1] >= k - 1 or d.words[sp[0]].lower() in SUBORD:
        return None
    if d.words[sp[1]] == "," and not (sp[1] + 1 < k and (d.words[sp[1] + 1].lower() in AUX
                                                       or verb_like(d.words[sp[1] + 1]))):
        return None  # "X, die Rationale, ist konfrontiert ... und sagt": the apposition closes before the verb
    return sp


def _first_verb_subject(d: TokenDoc, clause: tuple[int, int]) -> tuple[int, int] | None:
    """The speaker of the first cue verb of a clause ("warf X ... vor" in "..., warf X ... vor und bezeichnete")."""
    sent_start = d.sents[d.sent_of[clause[0]]][0]
    for j in range(clause[0], clause[1]):
        first = verb_cue(d, j, clause, sent_start)
        if first is not None and first.kind == "verb":
            return speaker_for(d, first, clause)
    return None


def _cue_extras(d: TokenDoc, cue: Cue, clause: tuple[int, int]) -> list[int]:
    """Words the corpus counts to a German cue: "wie", "sich", "darauf", trailing auxiliaries, the article of a noun."""
    words = d.words
    a, b = clause
    toks = sorted(cue.tokens)
    v = toks[-1] if cue.kind == "verb" and len(toks) > 1 and words[toks[0]].lower() in AUX else toks[0]
    out = []
    if cue.kind == "noun":
        i = toks[0]
        if i - 1 >= a and words[i - 1].lower() in DETS - {"ein", "eine", "einer", "eines", "einem", "einen"}:
            out.append(i - 1)
            if i - 2 >= a and words[i - 2].lower() == "mit":
                out.append(i - 2)
        return out
    if cue.kind != "verb":
        return out
    if words[a].lower() == "wie" and a < toks[0]:
        out.append(a)
    for j in (v - 1, v + 1, v + 2):
        if a <= j < b and words[j].lower() == "sich" and d.region_of[j] < 0:
            out.append(j)
            break
    for j in range(v + 1, min(b, v + 4)):
        if d.region_of[j] >= 0:
            break
        if words[j].lower() in CORRELATES:
            out.append(j)
            break
    if cue.lemma in ALS_CUES or cue.lemma in {"sprechen", "begründen"}:
        want = {"als"} if cue.lemma in ALS_CUES else {"von", "vom"} if cue.lemma == "sprechen" else {"mit"}
        for j in range(v + 1, b):
            if d.region_of[j] >= 0:
                break
            if words[j].lower() in want:
                out.append(j)
                break
    last = toks[-1]
    j = last + 1
    while j < b and j <= last + 2 and words[j].lower() in TRAILING_AUX and is_participle(words[last], cue.lemma):
        out.append(j)
        j += 1
    return out


def _speaker_tail(d: TokenDoc, sp: tuple[int, int], cue: Cue | None, quote) -> tuple[int, int]:
    """Extend a speaker over a party or abbreviation in parentheses and a quoted name:
    "Die Schutzvereinigung (DSW)", "die Nachrichtenagentur „Xinhua“"."""
    s0, e = sp
    limit = d.sents[d.sent_of[s0]][1]
    for k in list(cue.tokens if cue else []) + [q[0] for q in quote]:
        if k >= e:
            limit = min(limit, k)
    words = d.words
    if e - s0 > 1 or d.words[s0].lower() not in PRONOUNS:  # "sie von Demonstranten": a pronoun stands alone
        e = _origin_end(d, e, limit, cue)
        e = _entity_end(d, s0, e, limit)
    for _ in range(2):
        if e >= limit:
            break
        if words[e] == "(":
            close = next((x for x in range(e + 1, min(limit, e + 10)) if words[x] == ")"), None)
            if close is None:
                break
            e = close + 1
        elif d.region_of[e] >= 0 and d.regions[d.region_of[e]][0] == e and d.regions[d.region_of[e]][1] <= limit \
                and is_name_region(d, e, d.regions[d.region_of[e]][1]):
            e = d.regions[d.region_of[e]][1]
        else:
            break
    return (s0, e)


def _entity_end(d: TokenDoc, s0: int, e: int, limit: int) -> int:
    """A name the entity layer found that starts in the speaker ends it: "der Bundesagentur für Arbeit"."""
    a, b = d.starts[s0], d.ends[e - 1]
    ends = [x for s, x in d.agent_chars if a <= s < b < x]
    while ends and e < limit and d.ends[e] <= max(ends) and d.region_of[e] < 0:
        e += 1
    return e


# cues whose own complement opens with "von": "sprach von 800 Autos" is no part of the speaker
_VON_CUES = {"sprechen", "berichten", "erfahren", "wissen", "hören", "warnen", "abraten", "distanzieren"}


def _origin_end(d: TokenDoc, e: int, limit: int, cue: Cue | None) -> int:
    """Extend a speaker over the body a person is from ("Eine Reporterin von n24", "Mayra Veliz von der
    Staatsanwaltschaft"); a place ("Merz in Berlin") is where it was said, no part of who said it."""
    words = d.words
    if e + 1 < limit and words[e].lower() in {"von", "vom"} and d.region_of[e] < 0 \
            and not (cue is not None and cue.lemma in _VON_CUES and cue.tokens[0] < e):
        k = np_end(words, e + 1, limit, genitive=False) if words[e + 1].lower() in DETS or words[e].lower() == "vom" \
            else next((j for j in range(e + 1, limit) if not is_cap(words[j]) and not name_like(words[j])), limit)
        if words[e].lower() == "vom" and k == e + 1:
            k = np_end_after_contraction(words, e + 1, limit)
        if k > e + 1 and (is_cap(words[k - 1]) or name_like(words[k - 1])) and words[k - 1].lower() not in TIME_NOUNS:
            e = k
    return e


def _heisst_source(d: TokenDoc, clause: tuple[int, int]) -> tuple[int, int] | None:
    """The document in "heißt es in der Erklärung", "Im Bericht heißt es" (without the preposition)."""
    words = d.words
    for k in range(clause[0], clause[1] - 1):
        if words[k].lower() in {"in", "im", "auf"} and d.region_of[k] < 0:
            s0 = k + 1
            if words[k].lower() == "im":
                e = np_end_after_contraction(words, s0, clause[1])
            else:
                e = np_end(words, s0, clause[1])
            e = quoted_name_end(d, e) if e > s0 else e
            if e > s0 and not any(w.lower() in TIME_NOUNS for w in words[s0:e]):
                return (s0, e)
    a = d.sents[d.sent_of[clause[0]]][0]
    if a < clause[0] - 3 and words[a].lower() in {"in", "im", "auf"} and words[clause[0] - 1] == ",":
        # "In der Vorabversion des Berichts, der ... wurde, heißt es": the document before a relative clause
        src = _heisst_source(d, (a, clause[0] - 1))
        if src is not None and src[1] < clause[0] and words[src[1]] == ",":
            return src
    return None


_DOCUMENT_HEADS = ("bericht", "mitteilung", "erklärung", "stellungnahme", "resolution", "studie", "brief",
                   "schreiben", "papier", "gutachten", "urteil", "beschluss", "meldung", "bulletin", "kommuniqué")


def _document_source(d: TokenDoc, clause: tuple[int, int]) -> tuple[int, int] | None:
    """The document a passive act stands in: "In einer Pressemitteilung der Organisation wird gefordert"."""
    src = _heisst_source(d, clause)
    if src is None or not any(w.lower().endswith(_DOCUMENT_HEADS) for w in d.words[src[0]:src[1]][:3]):
        return None
    return src


def make_found(d: TokenDoc, typ: str, cue: Cue | None, quote, frame, clause, sent, found_speaker=None) -> Found:
    speaker = found_speaker
    if cue is not None and speaker is None and is_passive(d, cue) and cue.lemma != "zitieren":
        # "wurde von X kritisiert"; "In einem Bericht der Zeitung wurde vermutet": the document; else no speaker
        speaker = passive_agent(d, clause) or _document_source(d, clause) or (0, 0)
    if cue is not None and speaker is None and cue.lemma == "heißen":
        speaker = _heisst_source(d, clause) or (0, 0)  # ", heißt es in dem Bericht": the document; else no speaker
    if cue is not None and speaker is None and cue.kind == "verb" and cue.tokens[0] == clause[0]:
        speaker = speaker_before(d, clause, strict=True)  # "X, der Sprecher der Partei, sagte ..."
    if cue is not None and speaker is None and cue.kind in ("verb", "noun"):
        speaker = speaker_for(d, cue, clause)
        if speaker is None and cue.kind == "verb":
            speaker = speaker_before(d, clause) or _coordinated_subject(d, cue)
        elif speaker and speaker[0] > cue.tokens[0] and is_cap(d.words[speaker[1] - 1]):
            sb = d.sents[d.sent_of[speaker[0]]][1]
            speaker = (speaker[0], _apposition_end(d, speaker[1], content_end(d, speaker[0], sb)))
    if speaker is None and cue is not None and cue.kind == "noun":
        # "Die Firma empfindet die Kritik als ungerechtfertigt: „...“": the subject of the noun's clause
        sp = sentence_subject(d, d.sent_of[cue.tokens[0]])
        if sp and sp[1] < cue.tokens[0] - 1 and (d.words[sp[1]][:1].islower() or d.words[sp[1]] == ",") \
                and d.region_of[sp[1]] < 0:
            speaker = sp
    if speaker == (0, 0):
        speaker = None
    if speaker is not None:
        speaker = _speaker_tail(d, speaker, cue, quote)
    addressee = addressee_for(d, cue, clause, speaker) if cue is not None and cue.kind == "verb" else None
    medium = cue.medium if cue else "Speech"
    cue_tokens = list(cue.tokens) if cue else []
    if cue is not None:
        cue_tokens = sorted(set(cue_tokens) | set(_cue_extras(d, cue, clause)))
    return Found(typ, medium, quote, cue_tokens, frame, speaker, addressee, sent)


def agent_like(d: TokenDoc, sp: tuple[int, int] | None) -> bool:
    """Whether a noun phrase can be a speaker: a named person or body, a pronoun, or an agent noun."""
    if sp is None or sp[1] <= sp[0]:
        return False
    words = [w.lower() for w in d.words[sp[0]:sp[1]]]
    if len(words) == 1 and words[0] in SPEAKER_PRONOUNS:
        return True
    if any(w.endswith(AGENT_NOUNS) for w in words):
        return True
    a, b = d.starts[sp[0]], d.ends[sp[1] - 1]
    return any(s < b and a < e for s, e in d.agent_chars)


def sentence_subject(d: TokenDoc, s: int) -> tuple[int, int] | None:
    """A person-like subject NP at the start of sentence ``s`` (a name, an office, a group),
    with an apposition ("Der Leiter der Studie, Paul Weber, sieht ...")."""
    a, b = d.sents[s]
    e = np_end(d.words, a, b)
    if e > a and time_np(d.words, a, e) and e + 1 < b and (d.words[e].lower() in AUX or verb_like(d.words[e])):
        a = e + 1  # "Anfang Februar waren über 400 Soldaten … gezogen": the subject follows the verb
        j = a
        while j + 1 < b and d.words[j].lower() in {"über", "rund", "etwa", "fast", "knapp", "mindestens"} \
                and d.words[j + 1][:1].isdigit():
            j += 1
        e = np_end(d.words, j, b)
        if e > j:
            return (a, e)
    if e == a or not may_start_subject(d.words, a, b) or e - a > 10:
        return None
    if e < b and d.words[e] == ",":
        e2 = _apposition_end(d, e, content_end(d, a, b))
        if e2 > e and e2 < b and d.words[e2] == ",":
            return (a, e2)
    return (a, e)


def passive_agent(d: TokenDoc, clause: tuple[int, int]) -> tuple[int, int] | None:
    """The agent of a passive clause: "von der Opposition", "vom Gericht" (without the preposition)."""
    words = d.words
    for k in range(clause[0], clause[1] - 1):
        low = words[k].lower()
        if low in {"von", "vom", "seitens"} and d.region_of[k] < 0:
            s = k + 1
            e = np_end(words, s, clause[1])
            if low == "vom" and e == s and is_cap(words[s]):
                e = np_end_after_contraction(words, s, clause[1])
            if e > s:
                return (s, e)
    return None
