"""German direct speech: quotation-mark regions with a cue before or after them ("X sagte: „...“",
„...“, sagte X), after "X:" and free-standing quotations that continue the last speaker.
"""
from __future__ import annotations

from ...lang.de.speech import AUX
from ...lang.de.speech_syntax import END_PUNCT, OBJECT_DETS
from .de_chunks import ends_with_zu_infinitive, may_start_subject, np_end, skip_adverbs
from .de_konjunktiv import has_konjunktiv
from .de_clauses import clause_cue, clauses, content_end, is_name_region, np_like, subject_then_quotation, verb_cue
from .de_speakers import make_found, sentence_subject
from .doc import Cue, Found, TokenDoc


def direct_quotes(d: TokenDoc, found: list[Found], used_regions: set[int]) -> None:
    for r, (qa, qb) in enumerate(d.regions):
        if is_name_region(d, qa, qb) or _inside_indirect(d, qa):
            continue
        if any(f.speaker and f.speaker[0] <= qa and qb <= f.speaker[1] for f in found):
            continue  # a quoted name in a speaker: "schrieb „Die Zeit“"
        inner = qb - qa - 2
        has_end = any(d.words[k] in END_PUNCT or d.words[k] == "," for k in range(qa + 1, qb - 1))
        s1, s2 = d.sent_of[qa], d.sent_of[qb - 1]
        a1, _ = d.sents[s1]
        _, b2 = d.sents[s2]
        cue = clause = frame = None
        # after the quote: „...“, sagte er (beim Kurznachrichtendienst X).
        post = qb
        if post < b2 and d.words[post] in {",", ":", "–", "—"}:
            post += 1  # "„…“ – so kommentierte X": a dash before the cue clause too
        if post < b2 and (has_end or inner >= 4):  # not titles: „La Gazetta dello Sport“ zitiert
            cl = (post, content_end(d, post, b2))
            for c in clauses(d, post, b2):
                cl = (post, c[1]) if c[0] == post else cl
                break
            k = cl[0]
            if d.words[k].lower() == "so" and not _konjunktiv_around(d, a1, qa, qb) \
                    and not (k + 1 < cl[1] and verb_cue(d, k + 1, cl, d.sents[d.sent_of[k]][0])):  # "so kommentierte X"
                e = np_end(d.words, k + 1, cl[1])
                if e > k + 1:
                    cue = Cue([k], "so", "Speech", "verb")
                    clause, speaker0 = cl, (k + 1, e)
                    frame = [(qb, content_end(d, qb, b2))]
                    found.append(Found("Direct", "Speech", [(qa, qb)], [k], frame, speaker0, None, s1))
                    used_regions.add(r)
                    continue
            for k in range(cl[0], min(cl[1], cl[0] + 3)):
                cue = verb_cue(d, k, (cl[0], content_end(d, cl[0], b2)), d.sents[d.sent_of[k]][0])
                if cue:
                    clause = (cl[0], content_end(d, cl[0], b2))
                    frame = [(qb, clause[1])]
                    break
            last = content_end(d, cl[0], cl[1]) - 1 if cue is None else cl[0]
            if cue is None and d.words[cl[0]].lower() in AUX and 2 <= last - cl[0] <= 8:
                # '„…“, hatte VW-Chef Winterkorn in einem Interview erklärt': the participle closes the clause
                cue = verb_cue(d, last, (cl[0], last + 1), d.sents[d.sent_of[last]][0])
                if cue is not None and cue.tokens[0] == cl[0]:
                    clause = (cl[0], content_end(d, cl[0], b2))
                    frame = [(qb, clause[1])]
                else:
                    cue = None
        if cue is None and qa > a1:
            # before the quote: X sagte: „...“ / X nannte den Bericht eine „Zeitungsente“
            cls = clauses(d, a1, qa)
            cl = cls[-1] if cls and cls[-1][1] > cls[-1][0] else (cls[-2] if len(cls) > 1 else (a1, qa))
            for k in range(cl[0], cl[1]):
                cue = clause_cue(d, k, cl, a1)
                if cue and (cue.kind == "verb" or d.words[qa - 1] == ":"):
                    cue = _later_coordinated_cue(d, cue, cl, a1)  # "warf X vor und bezeichnete ihn als „...“"
                    clause = cl
                    frame = [(a1, qa)]
                    after = content_end(d, qb, b2)
                    if after > qb and inner < 6:
                        frame.append((qb, after))
                    break
                cue = None
            if cue is None and d.words[qa - 1] == ":" and len(cls) > 1:
                # "So sagte X, Kommissar der EU: „...“": the cue stands in an earlier clause
                for cl in reversed([c for c in cls if c[1] > c[0] and c[1] < cl[0]]):
                    cue = next((c for c in (verb_cue(d, k, cl, a1) for k in range(cl[0], cl[1])) if c), None)
                    if cue:
                        clause, frame = cl, [(a1, qa)]
                        break
        if cue is None and qa == a1 and s1 > 0 and d.words[d.sents[s1 - 1][1] - 1] == ":":
            pa, pb = d.sents[s1 - 1]
            for k in range(pa, pb):
                cue = clause_cue(d, k, (pa, pb - 1), pa)
                if cue:
                    clause, frame = (pa, pb - 1), [(pa, pb)]
                    break
        if cue is None:
            if inner >= 6 and has_end and qa == a1:
                # a free-standing quotation: continue the last speaker if close by
                prev = [f for f in found if f.nested_in is None and f.speaker and s1 - f.sent <= 2 and f.sent <= s1]
                if prev:
                    f0 = prev[-1]
                    found.append(Found("Direct", f0.medium, [(qa, qb)], [], [], f0.speaker, None, s1, confidence=0.5))
                    used_regions.add(r)
                elif s1 > 0:
                    found.append(Found("Direct", "Speech", [(qa, qb)], [], [], sentence_subject(d, s1 - 1), None, s1,
                                       confidence=0.4))
                    used_regions.add(r)
            elif _goes_on(d, a1, qa):
                continue  # "Und weiter: „...“": the last speaker goes on (goes_on, after every other step)
            elif qa - a1 >= 2 and d.words[qa - 1] == ":" and inner >= 3:
                # "Ein Sprecher der Polizei: „...“", "Der Trainer zeigte sich zufrieden: „...“"
                comma = next((j for j in range(a1, qa - 1) if d.words[j] == ","), qa - 1)
                np_colon = np_like(d, a1, comma) and (comma == qa - 1 or np_like(d, comma + 1, qa - 1))
                sp = (a1, qa - 1) if np_colon and may_start_subject(d.words, a1, qa) else sentence_subject(d, s1)
                if sp is not None and sp[1] >= qa:
                    sp = None
                if sp is not None:  # "Merz im ZDF: „…“": where it was said is no part of who said it
                    cut = next((j for j in range(sp[0] + 1, sp[1]) if d.words[j].lower() in _WHERE_SAID), None)
                    sp = (sp[0], cut) if cut is not None else sp
                if sp is None:  # "Dabei griff sie den Präsidenten an: „...“": the subject after the verb
                    v = next((k for k in range(a1 + 1, qa - 1) if d.words[k][:1].islower() and d.words[k].isalpha()), None)
                    if v is not None:
                        k0 = skip_adverbs(d.words, v + 1, qa - 1)
                        e0 = np_end(d.words, k0, qa - 1)
                        if e0 > k0 and d.words[k0].lower() not in OBJECT_DETS | {"die", "das"}:
                            sp = (k0, e0)
                found.append(Found("Direct", "Speech", [(qa, qb)], [], [(a1, qa)], sp, None, s1, confidence=0.5))
                used_regions.add(r)
            continue
        if inner < 2 and cue.kind != "verb":
            continue
        f = make_found(d, "Direct", cue, [(qa, qb)], frame, clause, s1)
        found.append(f)
        used_regions.add(r)


# prepositions that open where or to whom something was said ("Merz im ZDF: „…“")
_WHERE_SAID = {"im", "in", "bei", "beim", "gegenüber", "vor", "auf"}

# words before a colon that go on with the last speaker's words: "Und weiter: „...“"
_GOES_ON = {"und", "weiter", "außerdem", "zudem", "ferner", "dann", "auch", "so", "ebenso", "schließlich",
            "überdies", "darüber", "hinaus"}


def _goes_on(d: TokenDoc, a1: int, qa: int) -> bool:
    return qa - a1 >= 2 and d.words[qa - 1] == ":" and all(w.lower() in _GOES_ON for w in d.words[a1:qa - 1])


def goes_on(d: TokenDoc, found: list[Found], used_regions: set[int]) -> None:
    """A quotation after "Und weiter:" continues the statement before it (within three sentences: a
    heading may stand between them)."""
    for r, (qa, qb) in enumerate(d.regions):
        s1 = d.sent_of[qa]
        a1 = d.sents[s1][0]
        if r in used_regions or qb - qa < 5 or not _goes_on(d, a1, qa):
            continue
        prev = [f for f in found if f.nested_in is None and f.speaker and 0 < s1 - f.sent <= 3]
        if prev:
            last = max(prev, key=lambda f: f.sent)
            found.append(Found("Direct", last.medium, [(qa, qb)], [], [(a1, qa)], last.speaker, None, s1,
                               confidence=0.5))
            used_regions.add(r)


def _konjunktiv_around(d: TokenDoc, a1: int, qa: int, qb: int) -> bool:
    """The words of the sentence before a quotation, outside quotation marks, report in Konjunktiv:
    "Die „Soldaten“ hätten „Zivilisten getötet“, so X" is one Indirect statement, not a Direct one."""
    outside = [d.words[k] for k in range(a1, qa) if d.region_of[k] < 0]
    if len(outside) < 2 or not has_konjunktiv(outside, strong_only=False):
        return False
    # another speaker's cue before the quotation ("zumal X betont hatte, ...: „...“, so Y"): the quotation is Y's
    return not any(verb_cue(d, k, (a1, qa), a1) for k in range(a1, qa) if d.region_of[k] < 0)


def _later_coordinated_cue(d: TokenDoc, cue: Cue, cl: tuple[int, int], a1: int) -> Cue:
    """The cue verb after "und" nearer the quotation, if there is one, else ``cue``."""
    after = max(cue.tokens) + 1
    for j in range(after, cl[1] - 1):
        if d.words[j].lower() in {"und", "sowie"} and d.region_of[j] < 0:
            later = verb_cue(d, j + 1, cl, a1)
            if later is not None and later.kind == "verb":
                return later
    return cue


def _inside_indirect(d: TokenDoc, qa: int) -> bool:
    """A quotation inside a reported clause: "Sie sagte, die Reform sei „ein großer Schritt …“": the quotation
    belongs to the Indirect statement (its lead-in kept; engine.py nests it there), not a Direct one of its own."""
    a1 = d.sents[d.sent_of[qa]][0]
    if qa - a1 < 3 or d.words[qa - 1] == ":":
        return False
    comma = next((j for j in range(qa - 1, a1, -1) if d.words[j] == "," and d.region_of[j] < 0), None)
    if comma is None or comma - a1 < 2:
        return False
    lead = d.words[comma + 1:qa]
    low = [w.lower() for w in lead]
    third_person = "ich" not in low and len(lead) >= 2  # "die Aktion erinnere": not "ich erinnere"
    if not lead:
        # a short quotation opens the reported clause: "Er sagte, „No-Go-Areas“ dürfe es nicht geben."
        qb = d.regions[d.region_of[qa]][1]
        b = d.sents[d.sent_of[qa]][1]
        stop = next((j for j in range(qb, b) if d.words[j] in {",", ";", ":"} | END_PUNCT and d.region_of[j] < 0), b)
        zu_tail = 2 <= stop - qb <= 3 and ends_with_zu_infinitive(d.words, qb - 1, stop)  # "vor, „…“ zu missbrauchen"
        if not zu_tail and (qb - qa > 7 or stop - qb < 2 or not has_konjunktiv(d.words[qb:stop], strong_only=True)):
            return False
    elif not (low[0] in {"dass", "daß"} or has_konjunktiv(lead, strong_only=not third_person)
              or subject_then_quotation(d, comma + 1, qa + 1)):
        return False
    cl = (a1, comma)
    return any(verb_cue(d, k, cl, a1) for k in range(a1, comma) if d.region_of[k] < 0)
