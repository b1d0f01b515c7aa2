"""German clause and cue helpers shared by the statement rules: clause splits, verb and noun
cues (separable verbs included), quoted names, noun-phrase shapes.
"""
from __future__ import annotations

from ...lang.de.speech import AUX, FUER_HALTEN_ADJECTIVES, HEISST_FORMS, MEDIA_NOUNS, PARTICLES, SICH_ZEIGEN_ADJECTIVES
from ...lang.de.speech_syntax import (
    CLAUSE_TAIL, DETS, END_PUNCT, INFINITIVE_HEADS, NAME_WORDS, NP_FUNCTION_WORDS, PASSIVE_AUX, QUOTE_INTRODUCERS,
    QUOTE_MARKS, SEPARATORS, TIME_NOUNS,
)
from .cues import is_participle, lemma
from .de_chunks import is_adj_like, np_end
from .de_konjunktiv import konjunktiv_kind
from .doc import Cue, Found, TokenDoc, is_cap


def clauses(d: TokenDoc, a: int, b: int) -> list[tuple[int, int]]:
    """Clauses of sentence [a, b): split at commas, colons, dashes outside quotation marks.

    Each clause range excludes its separator; the separator sits at the clause end index.
    """
    out, start = [], a
    skip_to = -1
    for i in range(a, b):
        if i < skip_to:
            continue
        if d.words[i] == "(":
            close = next((j for j in range(i + 1, min(b, i + 6)) if d.words[j] == ")"), None)
            if close is not None and "," not in d.words[i + 1:close]:
                skip_to = close + 1  # a short parenthesis ("Wulff (CDU) sagte") stays inside its clause
                continue
        if d.words[i] in SEPARATORS and d.region_of[i] < 0:
            out.append((start, i))
            start = i + 1
    out.append((start, b))
    return [c for c in out if c[1] >= c[0]]


def content_end(d: TokenDoc, a: int, b: int) -> int:
    """End of content before the sentence's final punctuation."""
    while b > a and d.words[b - 1] in END_PUNCT:
        b -= 1
    return b


def verb_cue(d: TokenDoc, i: int, clause: tuple[int, int], sent_start: int) -> Cue | None:
    w = d.words[i]
    if not w.isalpha() or d.region_of[i] >= 0:
        return None
    if is_cap(w) and i != sent_start:
        return None  # a noun, not a verb
    if w.lower() in HEISST_FORMS:
        es = [k for k in (i - 1, i + 1) if clause[0] <= k < clause[1] and d.words[k].lower() == "es"]
        return Cue([i] + es, "heißen", "SW", "verb") if es else None
    lem = lemma(w, "de")
    if lem == "drohen" and _looming(d, i):
        return None  # 'droht ein Shutdown', 'Dem Land droht eine Rezession': nobody threatens
    if lem in ("zeigen", "halten", "stellen", "sehen", "machen", "wenden", "bringen", "erteilen", "üben"):
        phrase = _stance_phrase(d, i, lem, clause)
        if phrase is not None:
            return phrase
    if lem == "vertreten" and not any(d.words[k].lower() in _HELD_VIEWS for k in range(*clause)):
        return None  # "die Ansicht vertreten" reports a view; "waren nicht vertreten" does not
    if _attributive_participle(d, i, lem):
        return None  # "wies die geforderten Änderungen zurück": an adjective, not the verb
    verbs = d.lex.verbs
    last = clause[1] - 1
    while last > i and d.words[last] in CLAUSE_TAIL:
        last -= 1
    if not (last > i and d.words[last].lower() in PARTICLES):
        # the particle closes the first of two coordinated verbs: "wies ... zurück und bezeichnete ..."
        last = next((j for j in range(i + 2, last) if d.words[j].lower() in PARTICLES
                     and d.words[j + 1].lower() in {"und", "sowie", "oder", "aber"} and d.region_of[j] < 0), last)
    if last > i and d.words[last].lower() in PARTICLES:
        comp = d.words[last].lower() + lem
        if comp in verbs:
            toks = [i, last]
            if d.words[last - 1].lower() == "davon" and last - 1 > i:
                toks = [i, last - 1, last]
            return Cue(toks, comp, verbs[comp], "verb")
    if i > clause[0] and d.words[i - 1].lower() in {"bekannt", "klar", "fest"} \
            and d.words[i - 1].lower() + lem in verbs:  # verb-final "wie X bekannt gab"
        comp = d.words[i - 1].lower() + lem
        return Cue([i - 1, i], comp, verbs[comp], "verb")
    if lem in verbs:
        toks = [i]
        if is_participle(w, lem):
            aux = [k for k in range(clause[0], i) if d.words[k].lower() in AUX]
            if aux:
                toks = [aux[-1], i]
        elif w == lem and i > clause[0]:
            heads = [k for k in range(clause[0], i) if d.words[k].lower() in INFINITIVE_HEADS and d.region_of[k] < 0]
            if heads:
                toks = [heads[0], i]  # "musste er betonen", "ließ der Pressedienst verlauten"
        return Cue(toks, lem, verbs[lem], "verb")
    return None


_HELD_VIEWS = {"ansicht", "auffassung", "meinung", "position", "standpunkt", "these", "überzeugung", "einschätzung"}


def _attributive_participle(d: TokenDoc, i: int, lem: str) -> bool:
    """A participle with an adjective ending between an article and its noun: "die geforderten Änderungen"."""
    w = d.words[i]
    if i == 0 or i + 1 >= d.n or not is_cap(d.words[i + 1]) or d.words[i - 1].lower() not in DETS:
        return False
    stem = next((w[:-len(end)] for end in ("en", "em", "er", "es", "e") if w.endswith(end)), None)
    return bool(stem) and is_participle(stem, lem)


_LOOMING_NEXT = {"ein", "eine", "einer", "einen", "der", "die", "das", "dem", "den", "kein", "keine", "weiterer",
                 "weitere", "neuer", "neue", "neues", "erneut", "nun", "jetzt", "auch", "sogar"}


def _looming(d: TokenDoc, i: int) -> bool:
    """'drohen' of something that looms rather than of someone who threatens: the thing follows the
    verb as its subject ('droht ein Shutdown'), or 'es' opens it ('Es droht Streit')."""
    nxt = d.words[i + 1].lower() if i + 1 < d.n else ""
    prev = d.words[i - 1].lower() if i > 0 else ""
    ahead = [w.lower() for w in d.words[i + 1:min(d.n, i + 30)]]
    ahead = ahead[:next((k for k, w in enumerate(ahead) if w in {".", "!", "?", ";"}), len(ahead))]
    clause = ahead[:next((k for k, w in enumerate(ahead) if w == ","), len(ahead))]
    if "mit" in ahead or "," in ahead[:1] or ":" in ahead[:1] or (clause and clause[-1] == "an"):
        return False  # 'droht der EU mit Strafzöllen', 'drohte, …', 'drohte: …', 'droht der Schweiz Zölle an'
    return nxt in _LOOMING_NEXT or prev == "es" or nxt == "es"


def _stance_phrase(d: TokenDoc, i: int, lem: str, clause: tuple[int, int]) -> Cue | None:
    """'zeigte sich zuversichtlich', 'hält es für möglich', 'hat … in Aussicht gestellt': a verb that
    reports a stance only with its phrase; the cue is the verb and the phrase's words."""
    near = range(max(clause[0], i - 8), min(clause[1], i + 9))
    low = {k: d.words[k].lower() for k in range(max(clause[0], i - 9), min(clause[1], i + 10))}
    if lem == "zeigen":
        sich = next((k for k in near if low[k] == "sich"), None)
        adj = next((k for k in near if low[k] in SICH_ZEIGEN_ADJECTIVES and d.region_of[k] < 0), None)
        if sich is not None and adj is not None and abs(adj - sich) <= 4:
            return Cue(sorted({i, sich, adj}), "sich zeigen", "Speech", "verb")
    elif lem == "halten":
        fuer = next((k for k in near if low[k] == "für" and low.get(k + 1) in FUER_HALTEN_ADJECTIVES), None)
        if fuer is not None:
            return Cue(sorted({i, fuer, fuer + 1}), "für möglich halten", "ST", "verb")
    elif lem == "stellen":
        frage = next((k for k in near if k > i and (low[k] == "infrage" or low[k] == "frage" and low.get(k - 1) == "in")
                      and d.region_of[k] < 0), None)
        if frage is not None:  # "stellte die Pläne infrage"
            return Cue(sorted({i, frage - (low[frage] == "frage"), frage}), "infrage stellen", "Speech", "verb")
        aus = next((k for k in near if low[k] == "aussicht" and low.get(k - 1) == "in"), None)
        if aus is not None:
            toks = [aus - 1, aus, i]
            if is_participle(d.words[i], lem):
                toks += [k for k in range(clause[0], i) if d.words[k].lower() in AUX][-1:]
            return Cue(sorted(toks), "in Aussicht stellen", "Speech", "verb")
    elif lem == "machen":
        resp = next((k for k in near if low[k] == "verantwortlich" and k > i and d.region_of[k] < 0), None)
        if resp is not None:
            return Cue([i, resp], "verantwortlich machen", "Speech", "verb")
        strong = next((k for k in near if low[k] == "stark" and k > i and d.region_of[k] < 0), None)
        if strong is not None and any(low.get(k) == "sich" for k in near) and any(low.get(k) == "für" for k in near):
            return Cue([i, strong], "sich stark machen", "Speech", "verb")  # "machte sich für … stark"
    elif lem == "wenden":
        gegen = next((k for k in near if low[k] == "gegen" and k > i), None)
        if gegen is not None and any(low.get(k) == "sich" for k in range(i + 1, gegen)):
            return Cue([i], "sich wenden gegen", "Speech", "verb")  # "wandte sich gegen die Pläne"
    elif lem == "bringen":
        spiel = next((k for k in near if low[k] == "spiel" and low.get(k - 1) == "ins" and k > i), None)
        if spiel is not None:
            return Cue([i, spiel - 1, spiel], "ins Spiel bringen", "Speech", "verb")
    elif lem == "erteilen":
        absage = next((k for k in near if low[k] == "absage" and k > i), None)
        if absage is not None:
            return Cue([i, absage], "eine Absage erteilen", "Speech", "verb")  # the object is who is refused
    elif lem == "üben":
        kritik = next((k for k in near if low[k] == "kritik" and k > i), None)
        if kritik is not None:
            return Cue([i, kritik], "Kritik üben", "Speech", "verb")  # "übte scharfe Kritik an …"
    elif lem == "sehen" and not is_participle(d.words[i], lem):
        # "sah in den Fortschritten einen Erfolg": a view of something as something; "sah in die Kamera" is none
        in_ = next((k for k in range(i + 1, min(clause[1], i + 6)) if low[k] in {"in", "im", "darin"}), None)
        if in_ is not None and any(low.get(k) in _VIEW_ARTICLES for k in range(in_ + 2, min(clause[1], in_ + 9))):
            return Cue([i], "sehen in", "ST", "verb")  # the object keeps its "in"
    return None


# the second noun phrase of "sieht in X einen Y": indefinite or negated
_VIEW_ARTICLES = {"ein", "eine", "einen", "einem", "keine", "keinen", "kein", "einer"}


def clause_cue(d: TokenDoc, k: int, clause: tuple[int, int], sent_start: int) -> Cue | None:
    """The cue at ``k``: a verb, or a noun when no reporting verb follows in its clause ("Die US-Botschaft
    teilte mit", "Als Antwort auf den Brief sagte X": the verb is the cue, the noun its subject or a PP)."""
    cue = verb_cue(d, k, clause, sent_start)
    if cue is not None:
        return cue
    cue = noun_cue(d, k)
    if cue is not None and any(verb_cue(d, j, clause, sent_start) for j in range(k + 1, clause[1])):
        return None
    return cue


def noun_cue(d: TokenDoc, i: int) -> Cue | None:
    w = d.words[i]
    if w in d.lex.nouns and d.region_of[i] < 0:
        return Cue([i], w, d.lex.nouns[w], "noun")
    return None


def time_np(words: list[str], s: int, e: int) -> bool:
    """"Anfang Juli", "letzte Woche", "vergangenen Montag": a noun phrase of time."""
    return words[e - 1].lower() in TIME_NOUNS or words[s].lower() in {"anfang", "ende", "mitte"}


def name_np_end(d: TokenDoc, k: int, b: int) -> int:
    """End of a noun phrase that may end in a short quoted name: der „Berliner Zeitung“, die Zeitung „Le Monde“."""
    e = np_end(d.words, k, b, genitive=False)
    j = e if e > k else (k + 1 if k < b and d.words[k].lower() in DETS else k)
    if j < b and d.region_of[j] >= 0:
        qa, qb = d.regions[d.region_of[j]]
        if qa == j and qb - qa <= 7 and qb <= b:
            return qb
    return e


def is_passive(d: TokenDoc, cue: Cue) -> bool:
    return len(cue.tokens) > 1 and d.words[cue.tokens[0]].lower() in PASSIVE_AUX and cue.kind == "verb"


def np_like(d: TokenDoc, s: int, e: int) -> bool:
    """Whether [s, e) reads as one noun phrase with attributes ("Der Vertreter der Arbeitgeber im Aufsichtsrat (BA)")."""
    words = d.words
    if e <= s or np_end(words, s, e) == s:
        return False
    return all(is_cap(w) or w.lower() in NP_FUNCTION_WORDS or is_adj_like(w) and not verb_like(w)
               or w[:1].isdigit() for w in words[s:e])


def is_name_region(d: TokenDoc, qa: int, qb: int) -> bool:
    """A quoted media name, not a quotation: sagte der „Berliner Zeitung“, laut „Spiegel Online“, dem Magazin „Focus“."""
    if qb - qa == 2 and "-" in d.words[qb - 1] and is_cap(d.words[qb - 1]):
        return True  # a quoted name inside a compound: der „Bild“-Zeitung (one token after the opening mark)
    if qb - qa - 2 < 1 or qb - qa - 2 > 5 or qa == 0:
        return False
    inner = d.words[qa + 1:qb - 1]
    if not is_cap(inner[0]) or any(w in END_PUNCT or w == "," for w in inner):
        return False
    prev = d.words[qa - 1].lower()
    if prev.endswith(MEDIA_NOUNS):
        return True
    if any(w.lower() not in NAME_WORDS and not is_cap(w) and not w[:1].isdigit() for w in inner):
        return False
    if prev in {"laut", "gegenüber"}:
        return True
    if prev in {"der", "dem", "des"} and qa >= 2:
        before = d.words[qa - 2].lower()
        if before in {"gegenüber", "mit", "laut", "in", "von", "bei", "nach", "zufolge"} or verb_cue(
                d, qa - 2, (d.sents[d.sent_of[qa]][0], qa), d.sents[d.sent_of[qa]][0]) is not None:
            return True
    # a short title-case name after a noun or an article: die Mondfähre „Eagle“, des „Spiegel“, das „Aktionsbündnis X“,
    # but not a characterisation: "nannte den Plan „Unsinn“"
    sent_start = d.sents[d.sent_of[qa]][0]
    for k in range(max(sent_start, qa - 7), qa - 1):
        c = verb_cue(d, k, (sent_start, qa), sent_start)
        if c is not None and c.lemma in {"nennen", "bezeichnen", "werten", "einstufen", "beschimpfen"}:
            return False
    return qb - qa - 2 <= 4 and prev not in QUOTE_INTRODUCERS and (
        is_cap(d.words[qa - 1]) and d.words[qa - 1] not in QUOTE_MARKS or prev in DETS | {"vom", "im", "beim", "zum", "zur"})


def claimed_sentences(d: TokenDoc, found: list[Found]) -> set[int]:
    out = {f.sent for f in found}
    for f in found:
        for a, b in f.quote:
            out.update(range(d.sent_of[a], d.sent_of[b - 1] + 1))
    return out


def verb_like(word: str) -> bool:
    """A lower-case word that is a verb form rather than an adjective ("dürfte", "gewinnen", not "ersten")."""
    low = word.lower()
    if konjunktiv_kind(word) is not None:
        return True
    lem = lemma(word, "de")
    return lem.endswith(("en", "ern", "eln")) and (lem != low or low.endswith("en"))


def quoted_name_end(d: TokenDoc, e: int) -> int:
    """End of a short quoted name right after a genitive article: der „Frankfurter Allgemeinen“."""
    k = e + 1 if e + 1 < d.n and d.words[e].lower() in {"der", "des", "von"} else e
    if k < d.n and d.words[k - 1].lower() in {"der", "des", "dem", "von"} and d.region_of[k] >= 0:
        qa, qb = d.regions[d.region_of[k]]
        if qa == k and qb - qa <= 7:
            return qb
    return e


def subject_then_quotation(d: TokenDoc, start: int, end: int) -> bool:
    """A clause that is a short subject and a quotation: "meinte, der Ehemann „konnte sich nicht abfinden“"
    reports what was said in indicative words, quoted."""
    q = np_end(d.words, start, end)
    return start < q < end and q - start <= 6 and d.region_of[q] >= 0 and d.regions[d.region_of[q]][0] == q \
        and d.words[start].lower() not in {"es", "das", "dies", "was"}
