"""German indirect speech: cue clauses with a content clause ("X sagte, dass ...", ", sagte er",
", wie X mitteilte", ", so X"), coordinated cues, "Dies bestätigte X", "Demnach ...", and
prepositional sources ("laut X", "X zufolge", "nach Angaben X", "unter Berufung auf X", ", wonach").
"""
from __future__ import annotations

from ...lang.de.speech import SAY_V2_CUES, SOURCE_NOUNS, SOURCE_SUFFIXES
from ...lang.de.speech_syntax import (
    DETS, MAIN_AUX, PRONOUNS, SENTENTIAL_RELATIVE, SKIPPABLE, SOURCE_PP, STOP_CAPS, SUBORD, TIME_NOUNS,
)
from .channel import source_medium
from .cues import is_participle, lemma
from .de_chunks import ends_with_zu_infinitive, is_adj_like, np_end
from .de_clauses import (
    claimed_sentences, clause_cue, clauses, content_end, name_np_end, np_like, quoted_name_end, subject_then_quotation,
    verb_cue, verb_like,
)
from .de_konjunktiv import has_konjunktiv, konjunktiv_kind
from .de_speakers import make_found, sentence_subject
from .doc import Found, TokenDoc, is_cap


def indirect(d: TokenDoc, found: list[Found], used_regions: set[int]) -> None:
    claimed = claimed_sentences(d, found)
    for s, (a, b) in enumerate(d.sents):
        if s in claimed:
            g = _after_quotations(d, found, s, b)
            if g is not None:
                found.append(g)
            continue
        end = content_end(d, a, b)
        if end - a < 4:
            continue
        cls = clauses(d, a, end)
        f = _indirect_in_sentence(d, s, a, b, end, cls) or _anaphoric(d, s, claimed)
        if f:
            found.append(f)
            claimed.update(d.sent_of[q[0]] for q in f.quote)
            second = _coordinated_statement(d, f, s, b, end)
            if second:
                found.append(second)


def _coordinated_statement(d: TokenDoc, f: Found, s: int, b: int, end: int) -> Found | None:
    """A second statement coordinated with the first: "X erklärte, A sei B, und kündigte an, C zu tun"."""
    if f.type != "Indirect" or len(f.quote) != 1 or not f.cue:
        return None
    qs, qe = f.quote[0]
    if qe != end:
        return None
    words = d.words
    for k in range(qs + 2, qe - 3):
        if words[k].lower() not in {"und", "sowie"} or d.region_of[k] >= 0 or words[k + 1][:1].isupper():
            continue
        sub_end = next((j for j in range(k + 1, end) if words[j] in {",", ":"} and d.region_of[j] < 0), end)
        cue = verb_cue(d, k + 1, (k + 1, sub_end), d.sents[s][0])
        if cue is None or cue.kind != "verb" or is_participle(words[k + 1], cue.lemma):
            continue
        g = _indirect_in_sentence(d, s, k + 1, b, end, clauses(d, k + 1, end))
        if g is None or not g.cue or g.quote[0][0] <= k + 1:
            continue
        f.quote = [(qs, k - 1 if words[k - 1] == "," else k)]
        if g.frame and g.frame[0][0] == k + 1:
            g.frame[0] = (k, g.frame[0][1])  # "und kündigte an,"
        if g.speaker is None or g.speaker[0] <= k:
            g.speaker = f.speaker
        return g
    return None


def _after_quotations(d: TokenDoc, found: list[Found], s: int, b: int) -> Found | None:
    """Indirect speech coordinated after the direct quotations of a sentence: "Sie nannte ihn „…“ und
    warf ihm vor, sich … vorführen zu lassen" (the speaker of the quotations when none is named)."""
    own = [f for f in found if f.sent == s and f.nested_in is None]
    if not own or any(f.type != "Direct" or not f.quote for f in own):
        return None
    a = d.sents[s][0]
    end = content_end(d, a, b)
    last = max(q[1] for f in own for q in f.quote)
    words = d.words
    cues = [c for f in own for c in f.cue]
    first_cue = min(cues, default=a)
    if first_cue - a > 5 and all(q[0] > first_cue for f in own for q in f.quote):
        # before them: "Er sprach sich dafür aus, Jahrgänge zu mustern, sagte aber: „…“"
        stop = first_cue - 1 if words[first_cue - 1] == "," else first_cue
        while stop > a and words[stop - 1].lower() in {"und", "aber", "doch", "sowie"}:
            stop -= 1
        g = _indirect_in_sentence(d, s, a, b, stop, clauses(d, a, stop))
        if g is not None and g.cue and all(q[1] <= stop for q in g.quote):
            return g
    for k in range(last, end - 3):
        if words[k].lower() not in {"und", "sowie"} or d.region_of[k] >= 0:
            continue
        g = _indirect_in_sentence(d, s, k + 1, b, end, clauses(d, k + 1, end))
        if g is None or not g.cue or g.quote[0][0] <= k + 1:
            continue
        if g.speaker is None or g.speaker[0] <= k:
            g.speaker = own[-1].speaker
        return g
    return None


def _anaphoric(d: TokenDoc, s: int, claimed: set[int]) -> Found | None:
    """"Dies bestätigte der Vatikan." reports the previous sentence (content plus the pronoun)."""
    a, b = d.sents[s]
    if s == 0 or s - 1 in claimed or d.words[a].lower() not in {"dies", "das", "dieses"}:
        return None
    end = content_end(d, a, b)
    cue = verb_cue(d, a + 1, (a, end), a) if a + 1 < end else None
    if cue is None:
        return None
    pa, pb = d.sents[s - 1]
    pend = content_end(d, pa, pb)
    if pend - pa < 4 or any(d.region_of[i] >= 0 for i in range(pa, pend)):
        return None
    f = make_found(d, "Indirect", cue, [(pa, pend), (a, a + 1)], [(a + 1, end)], (a, end), s)
    return f if f.speaker else None


def demnach(d: TokenDoc, found: list[Found]) -> None:
    """"Demnach ..." reports what the source of the previous sentence says (a report, a statement, a speaker)."""
    claimed = claimed_sentences(d, found)
    for s, (a, b) in enumerate(d.sents):
        if s == 0 or s in claimed or d.words[a].lower() != "demnach":
            continue
        end = content_end(d, a, b)
        if end - a < 4:
            continue
        prev = [f for f in found if f.nested_in is None and f.speaker and f.sent == s - 1]
        speaker = prev[-1].speaker if prev else sentence_subject(d, s - 1)
        found.append(Found("Indirect", "SW", [(a + 1, end)], [a], [(a, a + 1)], speaker, None, s, confidence=0.5))


def _indirect_in_sentence(d: TokenDoc, s: int, a: int, b: int, end: int, cls) -> Found | None:
    words = d.words
    # '„…“ sei die Hoffnung, dass …, so der FPÖ-Chef.': a sentence closed by ', so X' is X's, whatever
    # noun of saying it holds
    so_source = any(ci > 0 and cl[1] > cl[0] and words[cl[0]].lower() == "so" and _so_source_ends(d, cls, ci, end)
                    for ci, cl in enumerate(cls))
    for ci, cl in enumerate(cls):
        for k in range(cl[0], cl[1]):
            low = words[k].lower()
            # prepositional cues
            pf = _prep_cue(d, k, cl, a, end, s)
            if pf:
                return pf
            cue = clause_cue(d, k, cl, a)
            if cue is None:
                continue
            if cue.kind == "noun" and so_source:
                continue
            if cue.kind == "verb" and words[cl[0]].lower() == "man" and \
                    any(words[j].lower() in {"sei", "seien", "werde"} for j in range(cl[0], cl[1])):
                continue  # "Man sei von den USA aufgefordert worden, …": the act is itself reported speech
            if cue.kind == "noun" and any(
                    words[j].lower() in {"in", "im", "auf"} for j in range(max(cl[0], k - 2), k)):
                continue  # "In der Erklärung heißt es, ...": the noun names the document, the verb is the cue
            if cue.kind == "noun" and k > cl[0] and words[k - 1].lower() in {"ein", "eine", "kein", "keine"} \
                    and any(words[j].lower() in {"ist", "sind", "war", "waren", "sei"} for j in range(k + 1, cl[1])):
                continue  # "was ein Hinweis darauf ist, dass ...": the narrator's inference, nobody's statement
            if cue.kind == "noun" and words[cl[0]].lower() in _ADVERBIAL_SUBORD and cl[0] < k:
                continue  # "Da ihre Mandantin Angst hatte, habe X …": a reason, not a thought reported
            if cue.kind == "verb" and _infinitive_aside(d, cl):
                continue  # "ohne auf Details einzugehen": an aside, not an act of saying
            # A: content after the cue clause
            if ci + 1 < len(cls) and cl[1] < end and words[cl[1]] in {",", ":"}:
                nxt = cls[ci + 1]
                appos = None
                if ci + 2 < len(cls) and _name_apposition(d, cue, cl, nxt):
                    appos, nxt = nxt, cls[ci + 2]  # "erklärte der Direktor der IAEO, Mohammed el-Baradei, …"
                later = ci + 2 + (appos is not None)
                if later < len(cls) and _infinitive_aside(d, nxt):
                    nxt = cls[later]  # "sagte X, ohne auf Details einzugehen, dass …"
                first = words[nxt[0]].lower() if nxt[1] > nxt[0] else ""
                ok = first in SUBORD - {"was", "wer", "welche", "welcher", "welches"}
                if not ok:
                    ok = has_konjunktiv(words[nxt[0]:nxt[1] + 1][:14]) and first not in {"wenn", "weil", "als", "um", "obwohl", "damit", "während", "nachdem", "bevor"} \
                        and not (first in {"die", "der", "das", "dem", "den", "denen", "deren", "dessen"} and nxt[1] > nxt[0] + 1 and not is_cap(words[nxt[0] + 1]))
                    if not ok and first not in {"um", "ohne", "statt", "anstatt"} \
                            and ends_with_zu_infinitive(words, nxt[0], nxt[1]):
                        ok = True  # 'versprach, zu helfen'; 'um … zu' is a purpose, not what was said
                if not ok and cue.kind == "verb" and subject_then_quotation(d, nxt[0], nxt[1]):
                    ok = True
                if not ok and first in {"wer", "was"} and has_konjunktiv(words[nxt[0]:end]):
                    ok = True  # "sagte, wer mit Munition auf Menschen schieße, könne …": a headless relative
                if not ok and cue.kind == "verb" and cue.lemma in SAY_V2_CUES and _v2_clause(d, nxt[0], nxt[1]):
                    ok = True  # "sagte Rice, die USA hielten sich an …": a main clause after a verb of saying
                if ok:
                    qs = nxt[0]
                    qe = _content_stop(d, qs, end, cl)
                    f = make_found(d, "Indirect", cue, [(qs, qe)], [(a, (appos or cl)[1] + 1)], cl, s)
                    if appos and f.speaker and f.speaker[1] == cl[1]:
                        f.speaker = (f.speaker[0], appos[1])  # the office and the name: one speaker
                    return f
            # "Wie der Direktor der Behörde, Smith Dharmmasaroj, mitteilte, …" and "…, wie der Direktor, Smith
            # Dharmmasaroj, mitteilte": the office and the name between "wie" and the verb are the speaker
            w = ci - 2
            if w >= 0 and words[cls[w][0]].lower() == "wie" and cue.kind == "verb" and k == cl[0] \
                    and cls[ci - 1][0] == cls[w][1] + 1 and np_like(d, cls[w][0] + 1, cls[w][1]) \
                    and np_like(d, *cls[ci - 1]):
                sp, cue_tokens = (cls[w][0] + 1, cls[ci - 1][1]), sorted({cls[w][0], *cue.tokens})
                if w == 0 and cls[0][0] == a and cl[1] < end and words[cl[1]] == "," and end - cl[1] > 3:
                    return Found("Indirect", cue.medium, [(cl[1] + 1, end)], cue_tokens, [(a, cl[1] + 1)], sp, None, s)
                if w > 0 and cls[w - 1][1] - a >= 3:
                    return Found("Indirect", cue.medium, [(a, cls[w - 1][1])], cue_tokens, [(cls[w - 1][1], end)],
                                 sp, None, s)
            # A (English): "X said (that) the plan ..." without a comma
            # B: content before the cue clause (", sagte er." / ", wie X mitteilte." / ", so X.")
            if ci > 0 and cue.kind == "verb" and (k == cl[0] or low in {"wie", "as"} or words[cl[0]].lower() in {"wie", "as"}):
                content = (a, cls[ci - 1][1])
                first_clause_konj = words[cl[0]].lower() == "wie" or has_konjunktiv(words[content[0]:content[1]]) \
                    or cue.lemma in {"sagen", "erklären", "betonen", "mitteilen", "schreiben", "ergänzen", "hinzufügen", "meinen"}
                if first_clause_konj and content[1] - content[0] >= 3:
                    wie = [cl[0]] if words[cl[0]].lower() == "wie" else []
                    f = make_found(d, "Indirect", cue, [content], [(cls[ci - 1][1], end)], cl, s)
                    f.cue = sorted(set(wie + f.cue))
                    return f
            # B with an apposition: ", wie X, Direktor der Behörde, betont."
            if ci >= 2 and cue.kind == "verb" and words[cls[ci - 1][0]].lower() == "wie" \
                    and cls[ci - 1][1] == cl[0] - 1 \
                    and all(t >= k for t in cue.tokens) and np_like(d, cls[ci - 1][0] + 1, cls[ci - 1][1]) \
                    and np_like(d, cl[0], k) and cls[ci - 2][1] - a >= 3:
                content = (a, cls[ci - 2][1])
                sp = (cls[ci - 1][0] + 1, k)
                f = Found("Indirect", cue.medium, [content], sorted({cls[ci - 1][0], *cue.tokens}),
                          [(cls[ci - 2][1], end)], sp, None, s)
                return f
            # C: "Wie X mitteilte, ..." at the start
            if ci == 0 and words[cl[0]].lower() in {"wie", "as"} and len(cls) > 1 and cue.kind == "verb":
                qs = cl[1] + 1
                if end - qs >= 3:
                    f = make_found(d, "Indirect", cue, [(qs, end)], [(a, cl[1] + 1)], cl, s)
                    f.cue = sorted(set([cl[0]] + f.cue))
                    return f
        # B': ", so X." at the end; "so X gegenüber der Zeitung.", "so der Sprecher der Gruppe, Y."
        if ci > 0 and cl[1] > cl[0] and words[cl[0]].lower() == "so" and _so_source_ends(d, cls, ci, end) \
                and not (cl[0] + 1 < cl[1] and verb_cue(d, cl[0] + 1, cl, a)):  # "so kommentierte X": a verb cue
            e = np_end(words, cl[0] + 1, cl[1])
            if e > cl[0] + 1 and (e >= cl[1] - 3 or words[e].lower() in _SO_TAIL_PREPS):
                addressee = None
                if e < cl[1] and words[e].lower() == "gegenüber":  # "so X gegenüber der Zeitung"
                    k = np_end(words, e + 1, cl[1], genitive=True)
                    addressee = (e + 1, k) if k > e + 1 else None
                if cl[1] < end and e == cl[1]:
                    e = end  # the apposition after the comma names the source: ", Ehsanullah Ehsan"
                content = (a, cls[ci - 1][1])
                return Found("Indirect", "Speech", [content], [cl[0]], [(cls[ci - 1][1], end)], (cl[0] + 1, e),
                             addressee, s)
        # B'': ", so X, ..." inside the sentence
        if ci > 0 and cl[1] > cl[0] + 1 and words[cl[0]].lower() == "so" and cl[1] < end \
                and words[cl[1]] in {",", "–", "—"} and cls[ci - 1][1] - a >= 1:
            e = np_end(words, cl[0] + 1, cl[1])
            if e > cl[0] + 1 and (e == cl[1] or e == cl[1] - 1 and words[e].lower() in SKIPPABLE) and end - cl[1] >= 4:
                quote = [(a, cls[ci - 1][1]), (cl[1] + 1, end)]
                return Found("Indirect", "Speech", quote, [cl[0]], [(cls[ci - 1][1], cl[1] + 1)], (cl[0] + 1, e), None, s)
    return None


# a phrase after the source of ", so X": where or to whom it was said ("so X gegenüber der Zeitung")
_SO_TAIL_PREPS = {"gegenüber", "im", "in", "bei", "beim", "am", "auf", "vor", "laut", "zu", "zum", "zur", "während",
                  "nach", "dem"}


def _so_source_ends(d: TokenDoc, cls: list[tuple[int, int]], ci: int, end: int) -> bool:
    """The ", so X" clause closes the sentence, or only a noun-phrase apposition follows it."""
    cl = cls[ci]
    if cl[1] == end:
        return True
    if ci + 2 != len(cls) or d.words[cl[1]] != ",":
        return False
    nxt = cls[ci + 1]
    return nxt[1] == end and np_end(d.words, nxt[0], nxt[1]) == nxt[1] and is_cap(d.words[nxt[1] - 1])


def _content_stop(d: TokenDoc, qs: int, end: int, cue_clause: tuple[int, int]) -> int:
    """Where reported content after a cue ends: before a sentential relative (", was bisher nicht bestätigt
    wurde"), before the main clause that follows a subordinate cue clause ("Nachdem bekannt wurde, dass A,
    stieg B"), or before an indicative main clause after Konjunktiv content (", nun wurde ...")."""
    words = d.words
    subordinate_cue = words[cue_clause[0]].lower() in {"nachdem", "als", "weil", "da", "obwohl", "wenn", "sobald", "bevor"}
    cls = [c for c in clauses(d, qs, end) if c[1] > c[0]]
    konj = has_konjunktiv(words[cls[0][0]:cls[0][1]]) if cls else False
    if konj:  # "sie müssten … aufgeben und bemühte hier das Bild …": the speaker's next act is no content
        for k in range(cls[0][0] + 2, cls[0][1] - 1):
            if words[k].lower() == "und" and d.region_of[k] < 0 and _indicative_past(words[k + 1]):
                return k
    for c0, c1 in cls[1:]:
        first = words[c0].lower()
        if words[c0 - 1] != "," or d.region_of[c0] >= 0:
            continue
        ws = words[c0:c1]
        if first in SENTENTIAL_RELATIVE and not has_konjunktiv(ws):
            return c0 - 1  # ", was bisher nicht bestätigt wurde"; ", was er tun werde" is still reported
        if has_konjunktiv(ws) or first in SUBORD or first in {"und", "oder", "aber", "sondern", "denn"}:
            konj = konj or has_konjunktiv(ws)
            continue
        verb_first = first.isalpha() and not is_cap(words[c0]) and first not in DETS | PRONOUNS \
            and (first in MAIN_AUX or verb_like(words[c0]))
        adv_aux = len(ws) > 1 and first in SKIPPABLE | {"nun", "mehrmals", "jetzt", "dann"} and ws[1].lower() in MAIN_AUX
        if subordinate_cue and verb_first or konj and adv_aux or konj and _indicative_past(words[c0]):
            return c0 - 1  # "er sei unschuldig, erkannte die Autorität … nicht an": the speaker acts on
    return end


def _name_apposition(d: TokenDoc, cue, cl: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """A person's name set off by commas right after a clause that ends in its inverted subject, or an
    office set off after a clause that ends in a person's name ("sagte General Michael Hagee, Kommandant
    des US-Marine-Corps, dass …")."""
    if not (max(cue.tokens) < cl[1] - 1 and 1 <= nxt[1] - nxt[0] <= 8 and d.words[nxt[1]] == ","):
        return False
    a, b = d.starts[nxt[0]], d.ends[nxt[1] - 1]
    if nxt[1] - nxt[0] <= 5 and any(s == a and e == b for s, e in d.person_chars):
        return True
    name_end = d.ends[cl[1] - 1]
    return any(e == name_end for _s, e in d.person_chars) and np_like(d, *nxt) and is_cap(d.words[nxt[0]])


_ADVERBIAL_SUBORD = {"da", "weil", "obwohl", "wenn", "nachdem", "falls", "sobald", "bevor", "während"}


def _infinitive_aside(d: TokenDoc, cl: tuple[int, int]) -> bool:
    """A clause "ohne/um/statt … zu" + infinitive: a manner or purpose, never what was said."""
    return cl[1] - cl[0] >= 3 and d.words[cl[0]].lower() in {"ohne", "um", "statt", "anstatt"} \
        and ends_with_zu_infinitive(d.words, cl[0], cl[1])


def _indicative_past(word: str) -> bool:
    """A finite past-tense verb in the indicative ("erkannte", "bemühte", "sprach"), not an infinitive,
    a participle or a Konjunktiv form."""
    low = word.lower()
    if not word.isalpha() or not word.islower() or low.endswith(("en", "ern", "eln")) or low in MAIN_AUX:
        return False
    if konjunktiv_kind(word) is not None or not verb_like(word):
        return False
    return not is_participle(word, lemma(word, "de")) and low not in _NOT_PAST


# lower-case words that verb_like takes for verbs but that open no new act here
_NOT_PAST = {"dass", "damit", "sodass", "zwar", "nicht", "auch", "noch", "mehr", "sehr", "etwa", "bereits"}


def _prep_cue(d: TokenDoc, k: int, cl, a: int, end: int, s: int) -> Found | None:
    """'laut X', 'nach Angaben X', 'X zufolge': the rest of the sentence is the content."""
    words = d.words
    low = words[k].lower()
    fr = sp = None
    if low in {"laut", "gemäß"}:
        e = np_end(words, k + 1, cl[1])
        if e == k + 1 and k + 1 < cl[1]:
            nxt = words[k + 1]
            if d.region_of[k + 1] >= 0 and d.regions[d.region_of[k + 1]][0] == k + 1:
                e = min(d.regions[d.region_of[k + 1]][1], cl[1])  # laut „Spiegel Online“
            elif "." in nxt[1:-1] and nxt.replace(".", "").replace("-", "").isalnum():
                e = k + 2  # laut tagesschau.de
        if e > k + 1:
            fr, sp = (k, e), (k + 1, e)
    elif low == "unter" and k + 3 < cl[1] and words[k + 1].lower() == "berufung" \
            and words[k + 2].lower() == "auf":
        e = name_np_end(d, k + 3, cl[1])
        if e > k + 3:
            fr, sp = (k, e), (k + 3, e)
    elif low == "aus" and k + 1 < cl[1]:
        e = np_end(words, k + 1, cl[1])
        head = words[k + 1].lower() if e > k + 1 else ""
        if head == "sicht" or words[e - 1].lower().endswith("kreisen") and e > k + 1:
            fr, sp = (k, e), (k + 1, e)
    elif low == "wonach" and k > a + 1 and words[k - 1] == "," and cl[0] == k:
        s0 = _source_start(d, k - 1, a)
        if s0 < k - 1:
            quote = [(k + 1, end)] if end - k - 1 >= 3 else []
            if quote:
                medium = source_medium([w.lower() for w in words[s0:k - 1]])
                return Found("Indirect", medium, quote, [k], [(a, k + 1)], (s0, k - 1), None, s, confidence=0.5)
    elif low == "nach" and k + 1 < cl[1]:
        e = np_end(words, k + 1, cl[1])
        head = [w.lower() for w in words[k + 1:e]]
        # 'forderte das Verbot nach einer Erklärung': after an act, 'nach' with an article is a time
        if e > k + 1 and any(h in SOURCE_NOUNS or h.endswith(SOURCE_SUFFIXES) for h in head) and not (
                words[k + 1].lower() in DETS and any(verb_cue(d, j, cl, a) for j in range(cl[0], k))):
            fr, sp = (k, e), (k + 1, e)
        elif k > cl[0] and words[k - 1].lower() in SOURCE_NOUNS | {"meinung", "ansicht", "auffassung"}:
            s0 = k - 1
            while s0 > cl[0] and (words[s0 - 1].lower() in DETS or is_adj_like(words[s0 - 1])):
                s0 -= 1
            fr, sp = (s0, k + 1), (s0, k)
    elif low == "zufolge" and k > cl[0]:
        s0 = _source_start(d, k, cl[0])
        # "Einem Bericht der Zeitung zufolge": the noun phrase before "zufolge"
        if s0 < k and k - s0 <= 12:
            fr, sp = (s0, k + 1), (s0, k)
    if fr is None:
        return None
    if sp[1] < cl[1]:  # "nach einem Bericht der „FAZ“": the quoted name belongs to the source
        e = quoted_name_end(d, sp[1])
        if e > sp[1] and low != "zufolge":
            fr, sp = (fr[0], e), (sp[0], e)
    if low != "zufolge" and sp[1] == fr[1]:
        e = _source_extend(d, sp[1], end)
        if e > sp[1] and end - e >= 3:
            fr, sp = (fr[0], e), (sp[0], e)
    quote = []
    lo, hi = fr
    if lo > a:
        j = lo
        while j > a and words[j - 1] in {","}:
            j -= 1
        if j - a >= 3:
            quote.append((a, j))
    j = hi
    while j < end and words[j] in {","}:
        j += 1
    if end - j >= 3:
        quote.append((j, end))
    if not quote:
        return None
    medium = source_medium([w.lower() for w in words[sp[0]:sp[1]]])
    cue = [k, k + 1, k + 2] if low == "unter" else [k]
    addressee = None
    g = next((j for j in range(sp[0], sp[1]) if words[j].lower() == "gegenüber"), None)
    if g is not None and g > sp[0]:  # "nach Angaben der Sprecherin gegenüber dem Sender"
        sp, addressee = (sp[0], g), ((g + 1, fr[1]) if fr[1] > g + 1 else None)
    return Found("Indirect", medium, quote, cue, [fr], sp, addressee, s, confidence=0.6)


def _source_extend(d: TokenDoc, e: int, end: int) -> int:
    """Extend a source phrase over attributes: "(SWR)", "in Flensburg", "„Der Spiegel“", ", dem Direktor der Behörde,"."""
    words = d.words
    j = e
    for _ in range(4):
        if j >= end:
            break
        low = words[j].lower()
        if words[j] == "(":
            close = next((x for x in range(j + 1, min(end, j + 8)) if words[x] == ")"), None)
            if close is None:
                break
            j = close + 1
        elif d.region_of[j] >= 0 and d.regions[d.region_of[j]][0] == j and d.regions[d.region_of[j]][1] - j <= 7:
            j = d.regions[d.region_of[j]][1]
        elif (low in SOURCE_PP or low in {"gegenüber", "und"}) and d.region_of[j] < 0:
            k = name_np_end(d, j + 1, end) if low in {"gegenüber", "und"} else np_end(words, j + 1, end)
            if k <= j + 1 or any(w.lower() in TIME_NOUNS for w in words[j + 1:k]) or words[j + 1][:1].isdigit():
                break
            if low == "und" and not is_cap(words[j + 1]):
                break
            j = k
        elif words[j] == "," and j + 1 < end and (words[j + 1].lower() in {"dem", "der", "des", "einem", "einer"}
                                                  or is_cap(words[j + 1]) and words[j + 1] not in STOP_CAPS):
            k = np_end(words, j + 1, end)
            if k > j + 1 and k < end and words[k] == "," and k - j <= 12 and np_like(d, j + 1, k):
                j = k  # the apposition, without its closing comma
            else:
                break
        else:
            break
    return j


def _source_start(d: TokenDoc, k: int, lo: int) -> int:
    """Start of the noun phrase that ends before ``k`` ("Einem Bericht der Zeitung" zufolge)."""
    words = d.words
    s0 = k
    while s0 > lo:
        j = s0 - 1
        w = words[j]
        low = w.lower()
        if d.region_of[j] >= 0:
            r0 = d.regions[d.region_of[j]][0]
            if r0 < lo or k - r0 > 8:
                break
            s0 = r0
        elif low in DETS:
            s0 = j
            if not (low in {"des", "der"} and j > lo and is_cap(words[j - 1])):
                break  # "der" after a noun links a genitive: go on to its head
        elif is_cap(w) or w[:1].isdigit() or w in {"(", ")", "-"}:
            s0 = j
        elif is_adj_like(w) and not verb_like(w):
            s0 = j
        else:
            break
    return s0


def _v2_clause(d: TokenDoc, a: int, b: int) -> bool:
    """A main clause: a noun phrase or pronoun, then a finite verb ("die USA hielten sich an …", "er ist …")."""
    words = d.words
    if b - a < 3 or words[a].lower() in _NOT_V2_START or d.region_of[a] >= 0:
        return False
    if words[a].lower() in _ARTICLES and not (is_cap(words[a + 1]) or is_adj_like(words[a + 1])):
        return False  # "die sich ...": a relative pronoun
    e = np_end(words, a, b)
    if e <= a or e >= b or e - a > 6:
        return False
    v = words[e]
    return v.isalpha() and v.islower() and (verb_like(v) or v in _FINITE_AUX)


_NOT_V2_START = {"und", "oder", "aber", "doch", "denn", "sondern", "als", "wie", "so", "dass", "ob", "weil", "wenn",
                 "denen", "deren", "dessen", "man", "es", "was", "wer"}
_ARTICLES = {"der", "die", "das", "den", "dem"}
_FINITE_AUX = MAIN_AUX | {"kann", "können", "konnte", "muss", "müssen", "musste", "soll", "sollen", "will", "wollen",
                          "darf", "dürfen", "gibt", "gab"}
