"""English statement rules (news attribution, PARC/PolNeAR style), no POS tagger.

Per sentence, the first reporting cue outside quotation marks decides:

1. cue clause at the end after a comma -> the content precedes it:
   '"...," Trump said.' / 'The talks failed, a senior official said.' /
   '..., said Mr. Smith.' A quotation that began in an earlier sentence
   extends the content back to its opening mark; a quotation right after the
   cue clause ('"A," he said, "B."'), fully quoted next sentences ('"A," he
   said. "B." "C."') and the rest of a sentence around a parenthetical cue
   clause ('The question, she said, is not simple') extend it forward. A
   sentence the splitter ended after '?"' / '!"' is glued to a following
   'she asked.' clause.
2. 'X said (that) ...', 'X told Y (that) ...', 'X said: "..."' -> the content
   follows the cue (with 'that', as PARC/PolNeAR annotate it). Stance and
   intention verbs ('X criticized the plan', 'X vowed to block it', 'polls
   show ...', 'X is suggesting ...') take the rest of the clause; particles
   belong to the cue ('called for', 'pointed out').
3. 'According to X, ...' / '..., according to X.' -> the rest of the sentence.
4. en_frames.py: 'Asked whether ...', headline 'Name: ...', participles
   ('..., saying ...') with the sentence subject as speaker, and source-less
   'X appears to ...' / 'X is expected to ...' (the subject is content).

Further cues in the same sentence are searched after each relation, the
nearest first; the content stops before them ('X said A and said B', 'X said
A, adding that B', 'X said A, and he added B') and before the writer's
', which ...'. Cue detection is in en_cues.py, speakers and addressees in
en_speakers.py, the word lists in lang/en/speech.py.
"""
from __future__ import annotations

from ...lang.en.speech import (
    ADVERBIAL_OPEN, ADVERBS, AUX_BEFORE, BYLINE, CLAUSE_OPEN, CLAUSE_WORDS, CONTENT_SUBORDINATORS, COORD,
    CUE_ADVERBS, CUE_LEMMAS, DATA_CUES, DATELINE, DOCUMENT_NOUNS, END_PUNCT, FRONTED, MAIN_SAY, MAX_SPEAKER,
    NOT_OBJECT_WORDS, NOT_PLURAL, NP_OBJECT_CUES, OBJECT_NEEDS, PARENTHETICAL, PARTICIPLES, PASSING_STANCES,
    PLURAL_SUBJECT_CUES, PREPOSITIONS, PRONOUNS, QUOTES, QUOTE_ONLY, STANCE_LEMMAS, THOUGHT_ONLY, TIME_NOUNS,
    TO_VERBS, VERB_PARTICLES, WEEKDAYS,
)
from .doc import Found, TokenDoc, dateline_end, is_cap
from .en_content import (
    complementiser_to_frame, data_source, free_quotation_paragraphs, speech_object, with_subject, writer_addition,
)
from .en_cues import cue_group, en_lemma, is_cue, passive
from .en_quotes import add_single_quote_regions, document_intro
from .en_frames import asked_statement, colon_quotation, colon_statement, sentence_subject, text_after_quotation
from .en_speakers import (
    addressee_after, apposition_before, coordinated_speaker, speaker_after, speaker_before, tell_addressee,
)


def _quote_after_colon(d, s: int, q: int) -> tuple[int, int] | None:
    """The quotation that opens the sentence after one ending in a colon ('He said:' / '"We have
    a situation ..."'), when nothing but the colon follows the cue."""
    a, b = d.sents[s]
    if not any(d.words[i] == ":" for i in range(max(a, q - 2), b)) or s + 1 >= len(d.sents):
        return None
    start = d.sents[s + 1][0]
    reg = _region_span(d, start)
    return reg if reg and reg[0] == start else None


def _region_span(d, i: int) -> tuple[int, int] | None:
    r = d.region_of[i] if 0 <= i < d.n else -1
    return d.regions[r] if r >= 0 else None


def _content_end(d, a: int, b: int) -> int:
    while b > a and d.words[b - 1] in END_PUNCT:
        b -= 1
    return b


def _merge_cue_sentences(d) -> None:
    """'"Why now?" she asked.' / '"Wow!" said Bob.': the splitter ends a sentence after '?"' / '!"';
    glue such a quotation to the short cue clause that follows it (one sentence, as in '"A," she said.')."""
    merged: list[tuple[int, int]] = []
    for a, b in d.sents:
        if merged:
            pa, pb = merged[-1]
            r = d.region_of[pb - 1]
            if r >= 0 and d.regions[r][1] == pb and pb - 2 >= pa and d.words[pb - 2] in {"?", "!"} \
                    and _starts_cue_clause(d, a, b):
                merged[-1] = (pa, b)
                continue
            r = d.region_of[a]
            if r >= 0 and d.regions[r][1] == a + 1 and d.regions[r][0] < a and d.words[a - 1] in {"?", "!"} \
                    and _starts_cue_clause(d, a + 1, b):
                merged[-1] = (pa, b)  # "''Why?'' he asked.": the closing '' went to the next sentence
                continue
        merged.append((a, b))
    if len(merged) == len(d.sents):
        return
    d.set_sentences(merged)


def _starts_cue_clause(d, a: int, b: int) -> bool:
    """Does [a, b) open with a short '(speaker) said' clause ('he asked', 'Bush said', 'said Bob Smith')?"""
    for k in range(a, min(b, a + MAX_SPEAKER + 1)):
        w = d.words[k]
        if w in QUOTES or d.region_of[k] >= 0 or w in {",", ";", ":", "—", "–"} or w.lower() in CLAUSE_WORDS:
            return False
        lem = is_cue(d, k)
        if lem is not None:
            return lem in CUE_LEMMAS and lem not in THOUGHT_ONLY or lem == "ask"
    return False


def find_en(d, make_found) -> list:
    """English statements; ``make_found(type, medium, quote, cue, frame, speaker, addressee, sent, conf)``."""
    add_single_quote_regions(d)
    _merge_cue_sentences(d)
    out = []
    claimed: set[int] = set()
    for s, (a, b) in enumerate(d.sents):
        if s in claimed or BYLINE.match(d.text, d.starts[a], d.ends[b - 1]):
            continue
        a = dateline_end(d, a, b, DATELINE)  # "WASHINGTON: ...", "BRUSSELS, Jan 9 (Reuters) - ..."
        end = _content_end(d, a, b)
        if end - a < 3:
            continue
        f = asked_statement(d, s, a, end, make_found) or _prep_according(d, s, a, end, make_found) \
            or _verb_statement(d, s, a, b, end, make_found) or colon_statement(d, s, a, end, make_found) \
            or _participle(d, s, a, end, None, make_found) or document_intro(d, s, a, b, make_found) \
            or colon_quotation(d, s, a, b, make_found) or text_after_quotation(d, s, a, end, make_found)
        while f is not None:
            out.append(f)
            for qa, qb in f.quote:
                claimed.update(range(max(s + 1, d.sent_of[qa]), d.sent_of[max(qa, qb - 1)] + 1))
            # a later cue in the same sentence ('..., he said, and X added that ...')
            nxt = max([qb for qa, qb in f.quote if d.sent_of[qa] <= s] + [c + 1 for c in f.cue]
                      + ([f.speaker[1]] if f.speaker else []))
            if nxt >= end or d.sent_of[nxt] != s:
                break
            prev = f
            later = [g for g in (_verb_statement(d, s, a, b, end, make_found, start=nxt, prev=prev),
                                 _participle(d, s, nxt, end, prev, make_found),
                                 colon_quotation(d, s, nxt, b, make_found)) if g is not None]
            f = min(later, key=lambda g: min(g.cue, default=end)) if later else None  # the nearest cue first
    return out


def _participle(d, s, start, end, prev, make_found):
    """'..., he said, adding that ...': a participle clause continues the previous speaker
    (or, without one, the sentence subject: 'Clinton posted a video, saying ...')."""
    words = d.words
    for k in range(max(start, 1), end - 1):
        low = words[k].lower()
        if low not in PARTICIPLES or d.region_of[k] >= 0:
            continue
        if low == "framing" and not any(w.lower() == "as" for w in words[k + 1:min(end, k + 12)]):
            continue  # 'framing the deal as a victory' reports a view; 'framing the picture' none
        before = words[k - 1]
        absolute = with_subject(d, k, start)  # ', with the US leader long complaining that ...'
        # 'resigned after admitting she underpaid': a participle after a conjunction, the subject's words
        after_conj = before.lower() in {"after", "while", "by", "before", "when"} and prev is None
        if absolute is None and not after_conj and not (
                before in {",", "—", "–"} or before in QUOTES and k >= 2 and words[k - 2] == ","
                and d.region_of[k - 1] >= 0):
            continue
        sp = absolute or (prev.speaker if prev else sentence_subject(d, s, k))
        if sp is None:
            return None
        lem = "say" if low == "saying" else en_lemma(words[k])
        q = k + 1
        cue = [k]
        if low == "telling":
            addr = tell_addressee(d, q, end) or addressee_after(d, k, end)
            q = addr[1] if addr else q
        elif q < end and words[q].lower() in VERB_PARTICLES.get(lem, ()):
            cue.append(q)  # 'referring to', 'pointing out'
            q += 1
        if lem == "respond" and words[q - 1].lower() == "to":
            return None  # 'responding to the results': what is answered, not what was said
        while q < end and words[q] in {",", ":"}:
            q += 1
        if end - q < 2:
            return None
        reg = _region_span(d, q)
        c_end = reg[1] if reg and reg[0] == q else _coordination_end(d, q, end)
        typ = "Direct" if reg and reg == (q, c_end) else "Indirect"  # 'adding: "We will act."'
        if typ == "Indirect" and low in _OBJECT_PARTICIPLES and words[q].lower() != "that":
            typ = "Reported"  # 'framing the deal as a victory', 'calling him a liar': an act with its object
        return make_found(typ, d.lex.verbs.get(lem, "Speech"), [(q, c_end)], cue, [(k, q)],
                          sp, None, s, 0.5)
    return None


_OBJECT_PARTICIPLES = {"framing", "calling", "describing", "praising", "criticizing", "blasting", "slamming",
                       "accusing", "urging", "citing", "questioning"}


def _prep_according(d, s, a, end, make_found):
    words = d.words
    for k in range(a, end - 2):
        if words[k].lower() == "according" and words[k + 1].lower() == "to" and d.region_of[k] < 0:
            e = k + 2
            while e < end and words[e] not in {",", ".", ";", ":", "—", "–"} and e - (k + 2) < MAX_SPEAKER:
                e += 1
            sp = (k + 2, e) if e > k + 2 else None
            quote = []
            left = k
            while left > a and words[left - 1] in {",", "—", "–"}:
                left -= 1
            if left - a >= 3:
                quote.append((a, left))
            right = e
            while right < end and words[right] in {",", "—", "–"}:
                right += 1
            if end - right >= 3:
                quote.append((right, end))
            if quote and sp and e - sp[0] <= 3 and words[e - 1].lower() in DOCUMENT_NOUNS and left - a >= 3:
                # 'The government said ..., according to a statement': the document is the channel
                g = _verb_statement(d, s, a, left, left, make_found)
                if g is not None:
                    g.frame.append((k, e))
                    return g
            if quote and sp:
                # '"The talks were constructive," according to …': a quotation is Direct
                typ = "Direct" if all(_region_span(d, qa) == (qa, qb) for qa, qb in quote) else "Indirect"
                return make_found(typ, "Speech", quote, [k, k + 1], [(k, e)], sp, None, s, 0.6)
    return None


def _verb_statement(d, s, a, b, end, make_found, start=None, prev=None):
    words = d.words
    for k in range(start if start is not None else a, end):
        lem = is_cue(d, k)
        if lem is None or passive(d, k, a):
            continue
        cue = cue_group(d, k, a)
        medium = d.lex.verbs.get(lem, "Speech")
        # 1. trailing cue clause: "..., X said." / "..., said X." (content before)
        sep = k - 1
        while sep > a and words[sep] not in {",", "—", "–"} | QUOTES and k - sep <= MAX_SPEAKER + 1:
            sep -= 1
        if sep == k - 1 and words[sep] == "," and sep > a:
            # '"...," Jeff Weaver, Sanders' campaign manager, said': the clause starts before the name
            ap = apposition_before(d, k, a)
            if ap and ap[0] - 1 > a and (words[ap[0] - 1] in {",", "—", "–"} or d.region_of[ap[0] - 1] >= 0):
                sep = ap[0] - 1
        trailing_ok = lem in CUE_LEMMAS and lem not in THOUGHT_ONLY or lem == "ask" and words[sep] in QUOTES
        closed_before = words[sep] in QUOTES or words[sep] == "," and sep > a and d.region_of[sep - 1] >= 0 \
            and d.regions[d.region_of[sep - 1]][1] == sep  # '"A", the minister added, "B"': the mark before
        if k + 2 < end and words[k + 1] in {",", ":"} and d.region_of[k + 2] >= 0 \
                and d.regions[d.region_of[k + 2]][0] == k + 2 and not closed_before:
            trailing_ok = False  # 'someone shouted, “Yeah!”' (not '“A,” he said, “B.”'): the quotation is said
        if sep > a and trailing_ok and not _fronted_adverbial(d, a, sep) and _is_trailing(d, sep, k, end):
            f = _trailing(d, s, a, b, end, k, sep, cue, medium, make_found)
            if f:
                return f
        # 2. "X said (that) ..." / "X told Y ..." / "X said: '...'"
        f = _leading(d, s, a, end, k, lem, cue, medium, make_found, prev)
        if f:
            return f
    return None


def _fronted_adverbial(d, a: int, sep: int) -> bool:
    """'In separate interviews, three employees said ...': a short fronted PP is no content of its own."""
    return d.words[sep] == "," and sep - a <= 6 and d.words[a].lower() in PREPOSITIONS | FRONTED \
        and not any(w.lower() in CLAUSE_WORDS for w in d.words[a:sep])


def _is_trailing(d, sep: int, k: int, end: int) -> bool:
    """Is [sep+1, end) a short cue clause (speaker, cue, a PP) rather than a clause with its own content?"""
    words = d.words
    if words[sep] in QUOTES:
        r = d.region_of[sep]
        if r < 0 or d.regions[r][1] - 1 != sep:
            return False
    elif words[sep] not in {",", "—", "–"}:
        return False
    if k > sep + 1 and words[sep + 1].lower() in {"who", "which", "that", "and", "but", "if", "when", "because", "as"}:
        return False
    a = d.sents[d.sent_of[sep]][0]
    first = next((i for i in range(a, sep) if words[i] == "," and d.region_of[i] < 0), None)
    closing = next((i for i in range(first + 1, sep + 1) if words[i] == ","), None) if first is not None else None
    if closing == sep and first - a <= 4 and words[first + 1].lower() in {"who", "which"} \
            and not any(d.region_of[i] >= 0 for i in range(a, sep)):
        return False  # 'Victor Cha, who served under Bush, said the talks failed': the comma closes the relative clause
    if k > sep + 1 and k + 1 < end and words[k + 1].lower() in {"the", "a", "an"} \
            and en_lemma(words[k]) not in {"tell", "ask"} \
            and not any(w.lower() in TIME_NOUNS for w in words[k + 2:k + 5]):
        return False  # 'Astronomers have confirmed the discovery of ...': an object, not a trailing 'X said.'

    j = k + 1
    n = 0
    while j < end and d.region_of[j] < 0 and words[j] != ",":  # ', adding that ...' is a clause of its own
        if words[j].lower() in {"that", "whether", "if"} and j == k + 1 or words[j] == ":":
            return False
        n += 1
        j += 1
    if words[sep] in QUOTES:
        # '"...," Cruz said in response to a question from a reporter who was ...': after a closed
        # quotation the clause may run long; only 'said the plan was ...' (content of its own) is not one
        return not (k + 2 < j and words[k + 1].lower() in CLAUSE_OPEN and words[k + 2].lower() in CLAUSE_WORDS)
    if any(words[i].lower() in {"that", "whether", "if"} for i in range(k + 1, j)):
        return False
    if any(words[i].lower() in CLAUSE_WORDS for i in range(k + 1, j)):
        return False  # "X, who ..., said the deal was dead": not an inverted speaker, a content clause
    return n <= 12


def _trailing(d, s, a, b, end, k, sep, cue, medium, make_found):
    words = d.words
    cstart = a
    reg = _region_span(d, a)
    if reg and reg[0] < a:
        cstart = reg[0]  # a quotation opened in an earlier sentence
    cend = sep
    if words[sep] in QUOTES:
        cend = sep + 1
    while cend > cstart and words[cend - 1] in {",", "—", "–"}:
        cend -= 1
    if cend - cstart < 2:
        return None
    sp = speaker_before(d, k, sep + 1) if k > sep + 1 else None
    tail_end = end
    if sp is None:
        sp = speaker_after(d, k, end)
    if sp is None:
        return None
    # the cue clause must be short: the speaker, the cue, a PP ("on Monday", "in a statement")
    quote = [(cstart, cend)]
    # '"A," he said, "B."': the quotation after the cue clause belongs to the content
    j = max(k, sp[1])
    while j < end and d.region_of[j] < 0 and words[j] not in QUOTES:
        j += 1
    reg2 = _region_span(d, j) if j < b else None
    if reg2 and any(w.lower() in PARTICIPLES | {"that", "before", "after", "while", "when", "as", "and", "but"}
                    or is_cue(d, i) for i, w in enumerate(words[max(k + 1, sp[1]):j], max(k + 1, sp[1]))):
        reg2 = None  # '"A," she said, adding that such talk "fans the flames"': not the same quotation
    c = max(k + 1, sp[1])
    while c < end and words[c] != "," and d.region_of[c] < 0 and words[c] not in QUOTES:
        c += 1
    if reg2 and reg2[0] == j:
        quote.append(reg2)
        tail_end = reg2[0]
    elif j >= end and s + 1 < len(d.sents) and words[cend - 1] in QUOTES:
        # '"A," Carson continued. "B." / "C."': the quotations of the next sentences go on with the content
        t = s + 1
        while t < len(d.sents) and t - s <= 3:
            nxt = _region_span(d, d.sents[t][0])
            if not (nxt and nxt[0] == d.sents[t][0] and _ends_sentence(d, nxt[1])):
                break
            quote.append(nxt)
            t = d.sent_of[nxt[1] - 1] + 1
    elif c + 3 < end and words[c] == "," and words[cend - 1] not in QUOTES and d.region_of[c + 1] < 0 \
            and words[c + 1].lower() not in PARTICIPLES | {"who", "which", "whose", "according", "and", "but"}:
        # 'The question, she said, is not so cut and dried': the content goes on after the cue clause
        quote.append((c + 1, _coordination_end(d, c + 1, end)))
        tail_end = c + 1
    typ = "Direct" if d.region_of[max(cstart, cend - 1)] >= 0 or words[cend - 1] in QUOTES else "Indirect"
    addr = addressee_after(d, k, end) if words[k].lower() in {"told", "tells", "tell"} else None
    return make_found(typ, medium, quote, cue, [(sep, tail_end)], sp, addr, s, 0.7)


def _leading(d, s, a, end, k, lem, cue, medium, make_found, prev=None):
    words = d.words
    sp = coordinated_speaker(d, k, a, prev) or speaker_before(d, k, a)
    if sp is None or lem in DATA_CUES and data_source(d, sp):
        return None
    q = k + 1
    addr = None
    if q < end and words[q].lower() in VERB_PARTICLES.get(lem, ()) and d.region_of[q] < 0:
        cue = cue + [q]  # 'called for', 'pointed out', 'talked about'
        q += 1
    if lem == "tell":
        addr = tell_addressee(d, q, end) or addressee_after(d, k, end)
        if addr is None:
            return None
        q = addr[1]
    # short adverbials between cue and content: "said Monday", "said in a statement"
    while q < end and words[q] in {",", ":"} and d.region_of[q] < 0:
        q += 1
    if q + 1 < end and words[q].lower() in PARENTHETICAL and words[q + 1] == ",":
        q += 2  # 'warned, however, that ...'
    # "said in a statement that ...", "said Monday that ...": skip a short adverbial up to "that"
    for j in range(q, min(end, q + 14)):
        if words[j] in QUOTES or words[j] in {",", ";"} or d.region_of[j] >= 0 \
                or words[j].lower() in CLAUSE_WORDS | COORD:
            q = _skip_adverbial(d, q, end)
            break  # 'said the plan was bad and that ...': the content has begun
        if words[j].lower() == "that" and j > q:
            q = j
            break
    else:
        q = _skip_adverbial(d, q, end)
    if q >= end:
        nxt = _quote_after_colon(d, s, q)
        if nxt is not None:  # 'He said:' and the quotation as the next paragraph
            return make_found("Direct", medium, [nxt], cue, [(sp[0], q)], sp, addr, s, 0.7)
        return None
    reg = _region_span(d, q)
    if reg and reg[0] == q:
        return make_found("Direct", medium, [reg], cue, [(sp[0], q)], sp, addr, s, 0.7)
    if lem in QUOTE_ONLY:
        return None
    low = words[q].lower()
    if lem in STANCE_LEMMAS or lem in OBJECT_NEEDS or lem == "claim" and low == "to":  # 'claimed to be ...'
        if words[sp[0]].lower() in {"i", "you", "we"} or end - q < 2 or low == "to" and lem not in TO_VERBS:
            return None
        if not speech_object(d, lem, q, end):
            return None
        if lem in PASSING_STANCES and sp[1] - sp[0] == 1 and words[sp[0]].lower() in {"who", "that", "which"}:
            return None  # 'voters who backed the Conservatives': a stance told in passing, nobody's statement
        main_say = False
        if low == "that" or low in PRONOUNS:
            c_end = _coordination_end(d, q, end)  # a clause: as for 'said that ...'
        else:
            c_end = q
            while c_end < end and not (words[c_end] in {",", ";", "—", "–"} and d.region_of[c_end] < 0
                                       and words[c_end - 1].lower() != "for") \
                    and not (c_end - q >= 2 and d.region_of[c_end] < 0 and writer_addition(d, c_end, end)):
                if c_end > q and words[c_end].lower() in MAIN_SAY and d.region_of[c_end] < 0:
                    main_say = True
                    if words[c_end - 1].lower() == "and" and c_end - 1 > q:
                        c_end -= 1  # 'heralded the toppling and said ...': the next act is no content
                    break  # 'the respondents who support Trump said ...': the main clause goes on
                c_end += 1
        if c_end - q < (1 if main_say else 2):
            return None
        typ = "Indirect" if low == "that" else "Reported"
        return make_found(typ, d.lex.verbs.get(lem, "Speech"), [(q, c_end)], cue, [(sp[0], q)], sp, addr, s, 0.5)
    if low in {"he", "she", "they", "it", "we", "i", "that", "the", "a", "an", "there", "this", "his", "her",
               "their", "no", "if", "trump", "clinton"} or is_cap(words[q]) or low in CONTENT_SUBORDINATORS or lem == "say":
        if low in {"to", "for", "about", "so", "in", "on", "at", "of", "with", "by"} or words[q] in END_PUNCT:
            return None
        if end - q < 3:
            return _np_object(d, s, lem, q, end, cue, medium, sp, addr, make_found)  # 'denied the allegations'
        quote_end = _coordination_end(d, q, end)
        reg_end = _region_span(d, end - 1) if quote_end == end else None
        if reg_end and reg_end[1] > end:
            quote_end = reg_end[1]  # a quotation running on into the next sentences
        typ = "Direct" if d.region_of[q] >= 0 else "Indirect"
        return make_found(typ, medium, [(q, quote_end)], cue, [(sp[0], q)], sp, addr, s, 0.7)
    return _np_object(d, s, lem, q, end, cue, medium, sp, addr, make_found)


def _np_object(d, s, lem, q, end, cue, medium, sp, addr, make_found):
    """'warned of rising inflation risks', 'announced plans to cut jobs', 'denied the allegations',
    'confirmed 2,000 job cuts': a verb of saying with a noun-phrase object is a Reported statement."""
    words = d.words
    low = words[q].lower()
    amount = low.replace(",", "").replace(".", "").isdigit() and q + 1 < end and words[q + 1].isalpha()
    if lem not in NP_OBJECT_CUES or not (low.isalpha() or amount) or low in NOT_OBJECT_WORDS or end - q < 2:
        return None
    c_end = q
    while c_end < end and not (words[c_end] in {",", ";", "—", "–"} and d.region_of[c_end] < 0):
        c_end += 1
    return make_found("Reported", medium, [(q, c_end)], cue, [(sp[0], q)], sp, addr, s, 0.5)


def _coordination_end(d, q: int, end: int) -> int:
    """Content of 'X said A and said B' stops before the second cue verb (it is a relation of its own);
    likewise before ', saying ...', ', and he added ...', ', he said ...', 'and one in four said ...'."""
    words = d.words
    for j in range(q + 2, end - 1):
        if d.region_of[j] >= 0:
            continue
        w = words[j].lower()
        if j - q >= 5 and writer_addition(d, j, end):
            return j
        if w in COORD:
            n = j + 1
            while n < end - 1 and words[n].lower() in ADVERBS - COORD:
                n += 1
            if is_cue(d, n) and words[n].lower() not in {"say", "tell", "think", "know", "believe"}:
                return j
            if _subject_then_cue(d, n, end):
                return j
        elif w == "," and j + 1 < end:
            n = j + 1
            if words[n].lower() in PARTICIPLES or words[n].lower() in {"which", "who", "whose"}:
                return j  # ', saying ...' is a relation of its own; ', which ...' the writer's addition
            while n < end - 1 and words[n].lower() in COORD | {"while", "although", "though", "even"} | ADVERBS:
                n += 1
            if _subject_then_cue(d, n, end):
                return j
    return end


def _subject_then_cue(d, n: int, end: int) -> bool:
    """Does a clause 'he added', 'one in four said', 'Democrats accused' start at ``n``?"""
    words = d.words
    if n >= end or d.region_of[n] >= 0:
        return False
    low = words[n].lower()
    if low in PRONOUNS:
        m = n + 1
    elif _plural_subject_cue(d, n, end):
        return True  # '..., but allies worry that ...', 'and many analysts warn ...'
    elif is_cap(words[n]) or low in {"one", "two", "three", "many", "some", "most", "others"}:
        m = n + 1
        while m < end and m - n < 5 and (is_cap(words[m]) or words[m].lower() in {"in", "of", "."}
                                         or words[m][:1].isdigit()):
            m += 1
    else:
        return False
    while m < end and words[m].lower() in CUE_ADVERBS | AUX_BEFORE:
        m += 1
    if m >= end:
        return False
    lem = is_cue(d, m)
    return lem is not None and lem in CUE_LEMMAS and not words[m].lower().endswith("ing")


def _plural_subject_cue(d, n: int, end: int) -> bool:
    """A short lower-case plural subject and a verb of saying or worry ('allies worry', 'many
    economists warn', 'the critics say'): a clause with its own speaker."""
    words = d.words
    m = n
    while m < end and m - n < 3 and words[m].isalpha() and words[m].islower() and is_cue(d, m) is None:
        m += 1
    if m == n or m >= end or not words[m - 1].endswith("s") or words[m - 1] in NOT_PLURAL:
        return False
    lem = is_cue(d, m)
    return lem is not None and (lem in CUE_LEMMAS or lem in PLURAL_SUBJECT_CUES) and not words[m].endswith("ing")


def _ends_sentence(d, i: int) -> bool:
    """Does a quotation ending before token ``i`` close its sentence (no attribution of its own after it)?"""
    if i >= d.n:
        return True
    a, b = d.sents[d.sent_of[i - 1]]
    return i >= _content_end(d, a, b) or all(w in END_PUNCT or w in QUOTES for w in d.words[i:b])


def _skip_adverbial(d, q: int, end: int) -> int:
    """'said on Friday he met ...', 'said Monday the plan ...': the content starts after a short adverbial."""
    words = d.words
    if q >= end or words[q].lower() not in ADVERBIAL_OPEN or d.region_of[q] >= 0:
        return q
    for j in range(q + 1, min(end - 2, q + 7)):
        if d.region_of[j] >= 0:
            return j if d.regions[d.region_of[j]][0] == j else q
        w = words[j].lower()
        if words[j] in {",", ":"}:
            return j + 1
        if w in {"he", "she", "they", "we", "i", "that"} or w in CLAUSE_OPEN and j - q >= 2 \
                and words[j - 1].lower() in WEEKDAYS | {"week", "month", "year", "night", "morning", "statement",
                                                          "interview", "speech", "rally", "conference"}:
            return j
    return q


def _found(typ, medium, quote, cue, frame, speaker, addressee, sent, confidence) -> Found:
    return Found(typ, medium, quote, cue, frame, speaker, addressee, sent, confidence=confidence)


def find(d: TokenDoc, headings: set[int]) -> tuple[list[Found], set[int]]:
    """English statements of a document, and the quotation regions they used up: every quotation
    inside a statement's quote ('said it was "idle talk"') is part of that statement, counted once,
    not a nested statement of its own."""
    found = find_en(d, _found)
    for f in found:
        complementiser_to_frame(d, f)
    spans = [span for f in found for span in f.quote]
    used = {r for r, (qa, qb) in enumerate(d.regions) if any(a <= qa and qb <= b for a, b in spans)}
    found += free_quotation_paragraphs(d, found, used)
    return found, used
