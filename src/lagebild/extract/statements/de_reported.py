"""German free indirect and reported speech: Konjunktiv runs after a statement, free-standing
Konjunktiv I sentences, hearsay "soll ... haben", and sentences whose main verb is a reporting
verb ("X kritisierte die Pläne").
"""
from __future__ import annotations

from ...lang.de.speech import ACCUSATIVE_ADDRESSEE_CUES, DATELINE, DATIVE_ADDRESSEE_CUES, PARTICLES, REPORTED
from ...lang.de.speech_syntax import CONDITIONAL, DETS, NOT_MAIN_CLAUSE, SUBORD_CONJ
from .de_acts import coordinated_act, from_needed_preposition, noun_acts, object_fits, object_span
from .de_addressees import addressee_for
from .de_clauses import claimed_sentences, clauses, content_end, verb_cue
from .de_konjunktiv import has_konjunktiv
from .de_speakers import agent_like, passive_agent, sentence_subject, speaker_before, speaker_for
from .doc import Found, TokenDoc, dateline_end, is_cap


# adverbs that tie a Konjunktiv sentence to the one before it: one statement over both
_GOES_ON_ADVERBS = {"auch", "dabei", "zudem", "außerdem", "allerdings", "damit", "deshalb", "daher", "denn",
                    "weiterhin", "ferner", "jedoch", "aber", "dennoch", "seinerzeit", "dort", "darin", "dafür",
                    "dazu", "so", "also", "gleichzeitig", "zugleich", "insbesondere", "vielmehr", "stattdessen"}


def free_indirect(d: TokenDoc, found: list[Found], headings: set[int]) -> None:
    """Konjunktiv sentences with no cue after a statement continue its speaker."""
    by_sent = {f.sent: f for f in found if f.nested_in is None}
    claimed = set(by_sent)
    for f in list(found):
        if f.nested_in is not None or f.type not in ("Indirect", "Direct", "Reported") or not f.speaker:
            continue
        last_sent = max(d.sent_of[q[1] - 1] for q in f.quote) if f.quote else f.sent
        s = last_sent + 1
        run: list[int] = []
        typ = None
        while s < len(d.sents) and s not in claimed and s not in headings:
            a, b = d.sents[s]
            ws = d.words[a:b]
            outside = [d.words[i] for i in range(a, b) if d.region_of[i] < 0]
            if len(outside) < 3 or not has_konjunktiv(outside, reportative=True) or any(w.lower() in {"wenn", "falls"} for w in ws[:2]):
                break
            # Konjunktiv marks the run as indirect, after direct quotes too (corpus labels); hearsay "soll" alone
            # makes it free indirect speech
            t = "IndirectFreeIndirect" if has_konjunktiv(outside) else "FreeIndirect"
            if typ is not None and t != typ:
                break
            typ = t
            run.append(s)
            s += 1
        # one statement a sentence, as readers (and both gold sets, mostly) count them; a sentence that opens
        # with a connective ("Auch habe ...", "Dabei werde ...") goes on with the one before it
        groups: list[list[int]] = []
        for s in run:
            if groups and d.words[d.sents[s][0]].lower() in _GOES_ON_ADVERBS:
                groups[-1].append(s)
            else:
                groups.append([s])
        for g in groups:
            a, b = d.sents[g[0]][0], d.sents[g[-1]][1]
            found.append(Found(typ, f.medium, [(a, b)], [], [], f.speaker, None, g[0], confidence=0.5))
        claimed.update(run)


def free_standing(d: TokenDoc, found: list[Found], headings: set[int]) -> None:
    """A Konjunktiv I sentence without a cue and no statement before it: FreeIndirect.

    The speaker is the last one named within two sentences, else the subject of the previous sentence
    ("Der Minister äußerte sich am Montag. Man werde ...").
    """
    claimed = claimed_sentences(d, found)
    for s, (a, b) in enumerate(d.sents):
        if s in claimed or s in headings or s == 0 or b - a < 5:
            continue
        ws = d.words[a:b]
        outside = [d.words[i] for i in range(a, b) if d.region_of[i] < 0]
        if not has_konjunktiv(outside, strong_only=True) or any(w.lower() in CONDITIONAL for w in ws[:3]):
            continue
        if ws[-1] == "?" or len(outside) < 4:
            continue
        prev = sorted((f for f in found if f.speaker and f.nested_in is None and 0 < s - f.sent <= 2), key=lambda f: f.sent)
        speaker = prev[-1].speaker if prev else sentence_subject(d, s - 1)
        if not prev and not agent_like(d, speaker):
            speaker = None  # "Die Chemikalie stand unter Druck. ... sei": not a speaker
        medium = prev[-1].medium if prev else "Speech"
        found.append(Found("IndirectFreeIndirect", medium, [(a, b)], [], [], speaker, None, s, confidence=0.4))
        claimed.add(s)


def hearsay(d: TokenDoc, found: list[Found], headings: set[int]) -> None:
    """A sentence with reportative "soll/sollen" and no cue: FreeIndirect hearsay
    ("Der Täter soll das Gebäude gestürmt haben."); the source of hearsay is mostly unnamed: no speaker."""
    claimed = claimed_sentences(d, found)
    for s, (a, b) in enumerate(d.sents):
        if s in claimed or s in headings or s == 0 or b - a < 5:
            continue
        ws = d.words[a:b]
        if d.words[b - 1] == "?" or any(w.lower() in CONDITIONAL for w in ws[:3]):
            continue
        if not any(d.words[i].lower() in {"soll", "sollen"} and d.region_of[i] < 0 for i in range(a, b)):
            continue
        end = content_end(d, a, b)
        if d.words[end - 1].lower() not in {"haben", "sein"}:
            continue  # "soll ... geplant haben" is hearsay, "soll ... gebaut werden" a plan
        found.append(Found("FreeIndirect", "SW", [(a, b)], [], [], None, None, s, confidence=0.3))
        claimed.add(s)


def reported(d: TokenDoc, found: list[Found], headings: set[int]) -> None:
    """Sentences whose main verb is a reporting verb with an object: Reported statements whose quote is the
    object ("Die Ministerin hat einen Waffenstillstand gefordert"), cue the verb, frame the rest of the sentence.

    The verb may follow an apposition ("Die Partei, die X, bezeichnete ...") or close the clause as a
    participle ("hat ... aufgefordert"); in the passive the agent is the speaker ("wurde von X kritisiert").
    A second verb after "und" is a second statement of the same speaker ("ermahnte X und drohte ihr mit Y");
    a sentence that holds a statement already gets one only from a clause outside that statement's words.
    """
    used = _used_tokens(d, found)
    claimed = {d.sent_of[q[0]] for f in found for q in f.quote} | {f.sent for f in found}
    for s, (a0, b) in enumerate(d.sents):
        if s in headings or b - a0 < 5:
            continue
        a = dateline_end(d, a0, b, DATELINE)
        end = content_end(d, a, b)
        cls = [c for c in clauses(d, a, end) if c[1] > c[0]]
        for ci, cl in enumerate(cls[:4]):
            if ci > 0 and d.words[cl[0]].lower() in NOT_MAIN_CLAUSE:
                continue
            cue = None
            speaks_of = any(w.lower() in {"von", "vom"} for w in d.words[a:b])
            for k in range(cl[0], cl[1]):
                cue = verb_cue(d, k, cl, a)
                # "sprach mit Journalisten und kritisierte …": speaking reports only with "von"
                if cue and cue.lemma in REPORTED and (cue.lemma != "sprechen" or speaks_of):
                    break
                cue = None
            if cue is None:
                continue
            if s in claimed and any(k in used for k in range(cl[0], cl[1])) and not _free_act(d, cue, cl, used, found):
                continue
            # after a subordinate clause the main clause opens with its verb: "Während ..., erwartet X ..."
            main_after_sub = ci > 0 and cl[0] in cue.tokens and d.words[cls[0][0]].lower() in SUBORD_CONJ
            sp = speaker_for(d, cue, cl) if ci == 0 or main_after_sub else speaker_before(d, cl)
            if sp is None and ci > 0 and cl[0] in cue.tokens:
                sp = _speaker_going_on(d, found, s, cl)  # "räumte ein, es könnten …, sprach aber von …"
            passive = any(d.words[i].lower() in {"wurde", "wurden", "wird", "werden", "worden"} for i in range(cl[0], cl[1]))
            if passive:
                sp = passive_agent(d, cl)
            if sp is None or sp[0] == sp[1]:
                break
            second = coordinated_act(d, cl, cue, a)
            first = cl
            k0 = min(cue.tokens)
            if k0 > cl[0] + 1 and d.words[k0 - 1].lower() in {"und", "sowie", "aber"}:
                first = (k0, cl[1])  # "sprach mit Journalisten und kritisierte die Pläne": what follows the verb
            acts = [(cue, (first[0], second[0]) if second else first)]
            if second:
                acts.append((second[1], (second[0] + 1, cl[1])))
            added = 0
            for c, part in acts:
                if any(t in f.cue for f in found for t in c.tokens):
                    continue  # the verb is another statement's cue ("… und bezeichnete ihn als „…“")
                if c.lemma in _AGENT_ACTS and not agent_like(d, sp):
                    continue  # "besteht der Verdacht auf …": nobody insists
                obj = object_span(d, part, c, sp, end)
                if obj is None or not object_fits(d, c, obj):
                    continue
                obj = from_needed_preposition(d, c, obj)
                obj = _before_cue(d, c, obj)  # "hat eine Reform der Regel gefordert, die …": ends at its verb
                tail_not = []
                while obj[1] - obj[0] > 1 and d.words[obj[1] - 1].lower() in DETS | {"nicht"}:
                    if d.words[obj[1] - 1].lower() == "nicht":
                        tail_not.append(obj[1] - 1)  # "schloss eine Beteiligung nicht aus": the act is negated
                    obj = (obj[0], obj[1] - 1)  # "erteilte den Plänen eine Absage": no article left over
                if obj[1] - obj[0] <= 2 and not any(is_cap(w) or w[:1].isdigit() for w in d.words[obj[0]:obj[1]]):
                    continue  # "äußerte sich unmissverständlich": a manner, no object
                cue_tokens = sorted(list(c.tokens) + tail_not + _negation_after(d, c, obj, part))  # "nannte … nicht"
                addressee = None  # "Stoiber warf der SPD ... vor": only verbs whose object is the addressee
                if (ci == 0 or main_after_sub) and (c.lemma in ACCUSATIVE_ADDRESSEE_CUES
                                                    or c.lemma in DATIVE_ADDRESSEE_CUES):
                    addressee = addressee_for(d, c, cl, sp, reported=True)
                    if addressee is not None and addressee[0] <= obj[0] < addressee[1]:
                        addressee, obj = _split_dative_object(d, addressee, obj)
                frame = [r for r in ((a, obj[0]), (obj[1], b)) if r[1] > r[0]]
                found.append(Found("Reported", c.medium, [obj], cue_tokens, frame, sp, addressee, s, confidence=0.4))
                claimed.add(s)
                added += 1
            if ci == 0 and d.words[cl[0]].lower() in SUBORD_CONJ and len(cls) > 1:
                used.update(k for f in found[len(found) - added:] for q in f.quote for k in range(*q))
                continue  # "Während X ... beschwor, warf Y ... vor": the main clause may report another speaker
            break
    _noun_acts(d, found, headings, used)


# acts that need a person or body as subject (their verbs have other senses with things as subjects)
_AGENT_ACTS = {"bestehen", "einsetzen", "ausschließen"}


def _speaker_going_on(d: TokenDoc, found: list[Found], s: int, cl: tuple[int, int]) -> tuple[int, int] | None:
    """The speaker of the statement whose content ends right before a clause that opens with a verb."""
    for f in found:
        if f.sent == s and f.speaker and f.quote and f.quote[-1][1] in (cl[0] - 1, cl[0]):
            return f.speaker
    return None


def _free_act(d: TokenDoc, cue, cl: tuple[int, int], used: set[int], found: list[Found]) -> bool:
    """A reporting verb of a clause that another statement of the sentence shares, yet none of its own:
    "warf X dem CDU-Chef Wortbruch vor und bezeichnete ihn als „Lügenkanzler“" (the quotation's cue is
    the second verb): the first verb is free when it is no statement's cue, lies in no quotation, and
    comes before the other statements' cues of its sentence ("hob die Solidarität hervor: „…“, sagte er")."""
    if any(t in used and any(t in f.cue for f in found) for t in cue.tokens):
        return False
    if any(d.region_of[t] >= 0 or any(a <= t < b for f in found for a, b in f.quote) for t in cue.tokens):
        return False  # inside a quotation or another statement's content
    sent = d.sent_of[cl[0]]
    others = [c for f in found for c in f.cue if d.sent_of[c] == sent]
    return any(c > max(cue.tokens) for c in others)


def _before_cue(d: TokenDoc, cue, obj: tuple[int, int]) -> tuple[int, int]:
    """The object ends at a participle of its cue inside it; a separable particle ("warf X vor, …") is no end."""
    inside = [t for t in cue.tokens if obj[0] < t < obj[1] and d.words[t].lower() not in PARTICLES]
    return (obj[0], min(inside)) if inside else obj


def _negation_after(d: TokenDoc, cue, obj: tuple[int, int], part: tuple[int, int]) -> list[int]:
    """"Eine Summe nannte er jedoch nicht": the negation of the act belongs to its cue (the record then
    says what was not said); a "nicht" inside the object is the object's own."""
    return [k for k in range(max(cue.tokens) + 1, part[1]) if d.words[k].lower() == "nicht"
            and not obj[0] <= k < obj[1] and d.region_of[k] < 0][:1]


def _split_dative_object(d: TokenDoc, addressee: tuple[int, int], obj: tuple[int, int]):
    """"warf dem CDU-Chef Wortbruch vor": the addressee is the dative up to its noun (or the name the
    entity layer found), the object what follows it."""
    a, b = addressee
    head = next((k for k in range(a, b) if is_cap(d.words[k])), None)
    if head is None:
        return addressee, obj
    end = head + 1
    for s, e in d.agent_chars:
        if d.starts[head] <= s < d.ends[b - 1]:
            while end < b and d.ends[end - 1] < e:
                end += 1
    if end >= max(b, obj[1]):
        return None, obj  # no object left after the dative: no addressee told apart
    return (a, end), (max(end, obj[0]), obj[1])


def _used_tokens(d: TokenDoc, found: list[Found]) -> set[int]:
    """Tokens of the statements found so far: quotes, cues, speakers and frames (a speaker may speak twice).
    A frame counts from the clause of its cue and speaker on: "Während X ... beschwor, warf Y ... vor und
    nannte ihn „...“" leaves the subordinate clause free for a statement of its own."""
    out: set[int] = set(k for f in found for k in f.cue)
    for f in found:
        for a, b in f.quote:
            out.update(range(a, b))
        if f.speaker and f.cue:  # a cued statement's speaker; a continuation's lies in another sentence
            out.update(range(*f.speaker))
        first = min(f.cue + ([f.speaker[0]] if f.speaker else []), default=None)
        for a, b in f.frame:
            if first is not None and a < first < b:
                a = max([a] + [k + 1 for k in range(a, first) if d.words[k] == "," and d.region_of[k] < 0])
            out.update(range(a, b))
    return out


def _noun_acts(d: TokenDoc, found: list[Found], headings: set[int], used: set[int]) -> None:
    """Speech-act nouns with their object and a named holder: "Mierschs Forderung nach einem Verbot"."""
    taken = used | {k for f in found if f.type == "Reported" for a, b in f.quote for k in range(a, b)}
    for s in range(len(d.sents)):
        if s in headings:
            continue
        for cue, sp, obj in noun_acts(d, s, taken):
            a, b = d.sents[s]
            frame = [r for r in ((a, obj[0]), (obj[1], b)) if r[1] > r[0]]
            found.append(Found("Reported", cue.medium, [obj], list(cue.tokens), frame, sp, None, s, confidence=0.35))
            taken.update(range(*obj))
