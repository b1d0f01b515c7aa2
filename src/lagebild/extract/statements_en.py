"""English statement rules (news attribution, PARC/PolNeAR style), no POS tagger.

Per sentence, the first reporting cue outside quotation marks decides:

1. cue clause at the end after a comma -> the content precedes it:
   '"...," Trump said.' / 'The talks failed, a senior official said.' /
   '..., said Mr. Smith.' A quotation that began in an earlier sentence
   extends the content back to its opening mark; a quotation right after the
   cue clause ('"A," he said, "B."') extends it forward.
2. 'X said (that) ...', 'X told Y (that) ...', 'X said: "..."' -> the content
   follows the cue (with 'that', as PARC/PolNeAR annotate it).
3. 'According to X, ...' / '..., according to X.' -> the rest of the sentence.
4. en_frames.py: 'Asked whether ...', headline 'Name: ...', participles
   ('..., saying ...') with the sentence subject as speaker.

Further cues in the same sentence are searched after each relation ('X said A
and said B' splits there); a fully quoted next sentence continues the content
of a trailing '"A," X said.' clause. Cues include auxiliaries and adverbs
('has also said') and inverted speakers keep a trailing apposition, as PolNeAR
annotates them.

Speakers: the words between the clause start and the cue (a name, a
description such as 'a senior official', a pronoun); for 'X, who ..., said'
the noun phrase before the relative clause; after the cue for inverted
'said X'. Pronoun speakers are resolved to the last person by speakers.py.
"""
from __future__ import annotations

from . import phrases as P
from .cues import lemma
from .en_frames import asked_statement, colon_statement, sentence_subject

END_PUNCT = {".", "!", "?", "…"}
QUOTES = {"“", "”", '"', "‘", "’", "'", "''"}
# Reporting verbs that introduce content in news attribution (lemmas).
CUE_LEMMAS = {
    "say", "tell", "add", "write", "note", "announce", "report", "suggest", "argue", "explain", "claim",
    "insist", "warn", "acknowledge", "admit", "declare", "contend", "maintain", "predict", "recall", "stress",
    "conclude", "confirm", "deny", "assert", "allege", "believe", "think", "tweet", "testify", "reply",
    "respond", "continue", "emphasize", "complain", "agree", "observe", "concede", "state", "promise",
}
# Verbs that report a stance or an act of speech without a content clause ("X criticized the plan",
# "X called for talks"): the rest of the clause is the content; only in the 'X VERB ...' order.
STANCE_LEMMAS = {
    "ask", "call", "describe", "criticize", "accuse", "urge", "praise", "find", "show", "want", "vow",
    "pledge", "endorse", "defend", "question", "reject", "dismiss", "cite", "blame", "condemn", "demand",
    "propose", "recommend", "threaten", "applaud", "attack", "slam", "mock", "hope", "fear", "expect", "estimate",
    "doubt", "worry", "know", "point", "refer", "suggest",
    # more PolNeAR cues of stance and intention (counted on the train split)
    "support", "oppose", "plan", "seek", "see", "feel", "prefer", "back", "refuse", "decline", "offer", "reveal",
    "indicate", "mention", "discuss", "express", "welcome", "embrace", "denounce", "decry", "charge", "predict",
}
# Cues that take content only after them, never as the trailing ', X said' clause.
THOUGHT_ONLY = {"believe", "think"}
ADVERBS = {"also", "later", "then", "previously", "earlier", "recently", "once", "repeatedly", "again", "often",
           "has", "have", "had", "would", "will", "did", "does", "do", "and", "but", "so", "had", "just",
           "ultimately", "publicly", "privately", "reportedly", "further", "even", "still", "simply", "flatly"}
AUX_BEFORE = {"has", "have", "had", "would", "will", "did", "does", "do", "is", "was", "were", "are", "been"}
ADDRESSEE_WORDS = {"reporters", "journalists", "me", "us", "him", "her", "them", "supporters", "voters", "the",
                   "a", "an", "crowd", "audience"}
# Words that end an inverted speaker NP ('said Smith, the leader ...' stops at the comma).
_STOP = {",", ".", ";", ":", "on", "in", "at", "during", "after", "before", "while", "when", "who", "which",
         "that", "to", "for", "with", "from", "about", "of", "!", "?", "—", "–", "(", ")"} | QUOTES
# Subjects that are not speakers.
_NOT_SPEAKER = {"it", "this", "that", "there", "what", "which", "here"}
_MAX_SPEAKER = 9
_SPEAKER_CUT = {"has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "to",
                "declined", "refused", "were", "are", "is", "was"}
_PREPOSITIONS = {"during", "in", "on", "at", "after", "before", "with", "for", "from", "by", "since", "as", "of",
                 "while", "when", "if", "because", "although", "into", "about", "under", "over"}


def en_lemma(word: str) -> str:
    """Lemma of an English cue verb form ("called" -> "call"), else the lower-cased word."""
    lem = lemma(word, "en")
    if lem in CUE_LEMMAS or lem in STANCE_LEMMAS:
        return lem
    low = word.lower()
    for suf, rep in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("d", "")):
        # the lexicon lemmatizer only knows its own verbs ("continued" -> "continue" needs this)
        if low.endswith(suf) and low[: -len(suf)] + rep in STANCE_LEMMAS | CUE_LEMMAS:
            return low[: -len(suf)] + rep
    return {"found": "find", "showed": "show", "shown": "show", "knew": "know", "known": "know"}.get(low, lem)


def _is_cue(d, k: int) -> str | None:
    w = d.words[k]
    if not w.isalpha() or d.region_of[k] >= 0:
        return None
    low = w.lower()
    lem = en_lemma(w)
    if lem not in CUE_LEMMAS and lem not in STANCE_LEMMAS:
        return None
    if lem in STANCE_LEMMAS and low == lem and not (k > 0 and d.words[k - 1].lower() in {"they", "we", "who", "i", "you"}):
        return None  # base forms are mostly nouns ("a press call", "the show")
    if low.endswith("ing"):
        return None  # participles ("saying") take the main clause subject: too loose without a parser
    if low in {"state", "states", "report", "reports", "continue", "claim", "claims", "note", "notes"} \
            and k > 0 and d.words[k - 1].lower() in P.DETS | {"of", "in", "the"}:
        return None  # a noun: "the state", "the report"
    return lem


def _trim_speaker(d, s: int, e: int) -> tuple[int, int] | None:
    """Strip leading conjunctions/adverbs and trailing auxiliaries/adverbs from a speaker candidate."""
    words = d.words
    while s < e and (words[s].lower() in ADVERBS or words[s] in {",", "—", "–"}):
        s += 1
    while e > s and (words[e - 1].lower() in ADVERBS | AUX_BEFORE or words[e - 1] in {","}):
        e -= 1
    for i in range(s + 1, e):
        if words[i].lower() in _SPEAKER_CUT:
            e = i  # 'He has resisted', 'Cook declined to': the verb group is no part of the source
            break
    while e > s and words[e - 1].lower() in ADVERBS | AUX_BEFORE:
        e -= 1
    if e <= s or e - s > _MAX_SPEAKER or words[s].lower() in _PREPOSITIONS:
        return None
    if e - s == 1 and words[s].lower() in _NOT_SPEAKER:
        return None
    if any(words[i] in QUOTES or d.region_of[i] >= 0 for i in range(s, e)):
        return None
    return (s, e)


_SEGMENT_BREAKS = {",", ";", ":", "—", "–"}


def _segment_start(d, k: int, lo: int) -> int:
    """Start of the comma/colon/dash segment that ends before ``k`` (parentheses stay inside)."""
    c0 = k
    while c0 > lo and not (d.words[c0 - 1] in _SEGMENT_BREAKS and d.region_of[c0 - 1] < 0) \
            and d.words[c0 - 1] not in QUOTES:
        c0 -= 1
    return c0


def _speaker_before(d, k: int, lo: int) -> tuple[int, int] | None:
    """Speaker NP ending at cue ``k``: from the last separator (outside quotes) after ``lo``."""
    words = d.words
    c0 = _segment_start(d, k, lo)
    if c0 == k and k - 1 > lo and words[k - 1] == ",":
        # "Steven Cheung, a campaign spokesman, said": a name and its apposition from the sentence start
        c2 = _segment_start(d, k - 1, lo)
        start = d.sents[d.sent_of[k]][0]
        while c2 - 1 > lo and c2 > start and words[c2 - 1] == "," and k - c2 <= 2 * _MAX_SPEAKER:
            c2 = _segment_start(d, c2 - 1, lo)  # 'Marley Anderson, 21, a junior from Las Vegas, said'
        if c2 == start and k - 1 - c2 <= 2 * _MAX_SPEAKER and d.region_of[c2] < 0 \
                and not any(w.lower() in _CLAUSE_WORDS for w in words[c2:k]) and P.is_cap(words[c2]):
            return (c2, k - 1)
        return None
    sp = _trim_speaker(d, c0, k)
    if sp and words[sp[0]].lower() in {"who", "which"} and c0 - 1 > lo:
        # "X, who ..., said": the NP before the relative clause
        c1 = c0 - 1
        while c1 > lo and words[c1 - 1] != "," and c1 > c0 - 1 - _MAX_SPEAKER:
            c1 -= 1
        return _trim_speaker(d, c1, c0 - 1)
    if sp is None and c0 > lo + 1 and words[c0 - 1] == "," and k == c0:
        return None
    if sp and words[sp[0]].lower() == "that" and sp[1] - sp[0] > 1:
        sp = (sp[0] + 1, sp[1])
    return sp


def _speaker_after(d, k: int, end: int) -> tuple[int, int] | None:
    j = k + 1
    while j < end and j - (k + 1) < _MAX_SPEAKER and d.words[j].lower() not in _STOP and d.region_of[j] < 0:
        j += 1
    sp = _trim_speaker(d, k + 1, j) if j > k + 1 else None
    if sp and j + 1 < end and d.words[j] == "," and _opens_apposition(d.words[j + 1]) and end - j <= 3 * _MAX_SPEAKER \
            and all(d.region_of[i] < 0 and d.words[i] not in QUOTES for i in range(j, end)):
        # 'said Lee Epstein, who teaches law at ...': PolNeAR sources keep the apposition to the sentence end
        e = end
        while e > j and d.words[e - 1] in {",", ".", ")"}:
            e -= 1
        sp = (sp[0], e)
    return sp


def _opens_apposition(w: str) -> bool:
    return w.lower() in {"a", "an", "the", "who", "whose", "his", "her", "one"} or P.is_cap(w) or w[:1].isdigit()


def _addressee_after(d, k: int, end: int) -> tuple[int, int] | None:
    """'told reporters', 'told The Washington Post': the NP right after 'tell'."""
    words = d.words
    if k + 1 >= end or words[k + 1].lower() not in ADDRESSEE_WORDS and not P.is_cap(words[k + 1]):
        return None
    j = k + 1
    while j < end and j - k <= 6 and words[j].lower() not in _STOP and d.region_of[j] < 0:
        j += 1
    return (k + 1, j) if j > k + 1 else None


def _region_span(d, i: int) -> tuple[int, int] | None:
    r = d.region_of[i] if 0 <= i < d.n else -1
    return d.regions[r] if r >= 0 else None


def _content_end(d, a: int, b: int) -> int:
    while b > a and d.words[b - 1] in END_PUNCT:
        b -= 1
    return b


def find_en(d, make_found) -> list:
    """English statements; ``make_found(type, medium, quote, cue, frame, speaker, addressee, sent, conf)``."""
    out = []
    claimed: set[int] = set()
    for s, (a, b) in enumerate(d.sents):
        if s in claimed:
            continue
        end = _content_end(d, a, b)
        if end - a < 3:
            continue
        f = asked_statement(d, s, a, end, make_found) or _prep_according(d, s, a, end, make_found) \
            or _verb_statement(d, s, a, b, end, make_found) or colon_statement(d, s, a, end, make_found) \
            or _participle(d, s, a, end, None, make_found)
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
            f = _verb_statement(d, s, a, b, end, make_found, start=nxt, prev=prev) \
                or _participle(d, s, nxt, end, prev, make_found)
    return out


PARTICIPLES = {"saying", "adding", "noting", "arguing", "explaining", "calling", "suggesting", "telling",
               "claiming", "insisting", "warning", "stressing", "citing", "accusing", "urging", "describing",
               "asking", "acknowledging", "referring", "recalling", "declaring", "writing", "predicting"}


def _participle(d, s, start, end, prev, make_found):
    """'..., he said, adding that ...': a participle clause continues the previous speaker
    (or, without one, the sentence subject: 'Clinton posted a video, saying ...')."""
    words = d.words
    for k in range(max(start, 1), end - 2):
        if words[k].lower() in PARTICIPLES and words[k - 1] == "," and d.region_of[k] < 0:
            sp = prev.speaker if prev else sentence_subject(d, s, k)
            if sp is None:
                return None
            q = k + 1
            if words[k].lower() == "telling":
                addr = _addressee_after(d, k, end)
                q = addr[1] if addr else q
            elif words[k].lower() == "referring" and q < end and words[q].lower() == "to":
                q += 1
            while q < end and words[q] in {",", ":"}:
                q += 1
            if end - q < 3:
                return None
            lem = "say" if words[k].lower() == "saying" else en_lemma(words[k][:-3])
            return make_found("Indirect", d.lex.verbs.get(lem, "Speech"), [(q, end)], [k], [(k, q)],
                              sp, None, s, 0.5)
    return None


def _prep_according(d, s, a, end, make_found):
    words = d.words
    for k in range(a, end - 2):
        if words[k].lower() == "according" and words[k + 1].lower() == "to" and d.region_of[k] < 0:
            e = k + 2
            while e < end and words[e] not in {",", ".", ";", ":", "—", "–"} and e - (k + 2) < _MAX_SPEAKER:
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
            if quote and sp:
                return make_found("Indirect", "Speech", quote, [k, k + 1], [(k, e)], sp, None, s, 0.6)
    return None


def _verb_statement(d, s, a, b, end, make_found, start=None, prev=None):
    words = d.words
    for k in range(start if start is not None else a, end):
        lem = _is_cue(d, k)
        if lem is None:
            continue
        cue = _cue_group(d, k, a)
        medium = d.lex.verbs.get(lem, "Speech")
        # 1. trailing cue clause: "..., X said." / "..., said X." (content before)
        sep = k - 1
        while sep > a and words[sep] not in {",", "—", "–"} | QUOTES and k - sep <= _MAX_SPEAKER + 1:
            sep -= 1
        if sep > a and lem in CUE_LEMMAS and lem not in THOUGHT_ONLY and _is_trailing(d, sep, k, end):
            f = _trailing(d, s, a, b, end, k, sep, cue, medium, make_found)
            if f:
                return f
        # 2. "X said (that) ..." / "X told Y ..." / "X said: '...'"
        f = _leading(d, s, a, end, k, lem, cue, medium, make_found, prev)
        if f:
            return f
    return None


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
    j = k + 1
    n = 0
    while j < end and d.region_of[j] < 0 and words[j] != ",":  # ', adding that ...' is a clause of its own
        if words[j].lower() in {"that", "whether", "if"} or words[j] == ":":
            return False
        n += 1
        j += 1
    if any(words[i].lower() in _CLAUSE_WORDS for i in range(k + 1, j)):
        return False  # "X, who ..., said the deal was dead": not an inverted speaker, a content clause
    return n <= 12


_CLAUSE_WORDS = {"is", "was", "were", "are", "would", "will", "could", "should", "can", "has", "had", "have",
                 "be", "been", "did", "does", "do", "not", "must", "may", "might"}


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
    if cend - cstart < 3:
        return None
    sp = _speaker_before(d, k, sep + 1) if k > sep + 1 else None
    tail_end = end
    if sp is None:
        sp = _speaker_after(d, k, end)
    if sp is None:
        return None
    # the cue clause must be short: the speaker, the cue, a PP ("on Monday", "in a statement")
    quote = [(cstart, cend)]
    # '"A," he said, "B."': the quotation after the cue clause belongs to the content
    j = max(k, sp[1])
    while j < end and d.region_of[j] < 0 and words[j] not in QUOTES:
        j += 1
    reg2 = _region_span(d, j) if j < b else None
    if reg2 and reg2[0] == j:
        quote.append(reg2)
        tail_end = reg2[0]
    elif j >= end and s + 1 < len(d.sents) and words[cend - 1] in QUOTES:
        # '"A," Carson continued. "B."': the quotation of the next sentence(s) goes on with the content
        nxt = _region_span(d, d.sents[s + 1][0])
        if nxt and nxt[0] == d.sents[s + 1][0] and _ends_sentence(d, nxt[1]):
            quote.append(nxt)
    typ = "Direct" if d.region_of[max(cstart, cend - 1)] >= 0 or words[cend - 1] in QUOTES else "Indirect"
    addr = _addressee_after(d, k, end) if words[k].lower() in {"told", "tells", "tell"} else None
    return make_found(typ, medium, quote, cue, [(sep, tail_end)], sp, addr, s, 0.7)


def _leading(d, s, a, end, k, lem, cue, medium, make_found, prev=None):
    words = d.words
    sp = _coordinated_speaker(d, k, a, prev) or _speaker_before(d, k, a)
    if sp is None:
        return None
    q = k + 1
    addr = None
    if lem == "tell":
        addr = _addressee_after(d, k, end)
        if addr is None:
            return None
        q = addr[1]
    # short adverbials between cue and content: "said Monday", "said in a statement"
    while q < end and words[q] in {",", ":"} and d.region_of[q] < 0:
        q += 1
    # "said in a statement that ...", "said Monday that ...": skip a short adverbial up to "that"
    for j in range(q, min(end, q + 8)):
        if words[j] in QUOTES or words[j] in {",", ";"} or d.region_of[j] >= 0 \
                or words[j].lower() in _CLAUSE_WORDS | _COORD:
            break  # 'said the plan was bad and that ...': the content has begun
        if words[j].lower() == "that" and j > q:
            q = j
            break
    else:
        q = _skip_adverbial(d, q, end)
    if q >= end:
        return None
    reg = _region_span(d, q)
    if reg and reg[0] == q:
        return make_found("Direct", medium, [reg], cue, [(sp[0], q)], sp, addr, s, 0.7)
    low = words[q].lower()
    if lem in STANCE_LEMMAS:
        if words[sp[0]].lower() in {"i", "you", "we"} or end - q < 2 or low in {"to", "that"} and lem not in {"find", "show", "suggest", "know", "hope", "fear", "expect", "worry", "doubt", "estimate"}:
            return None
        c_end = q
        while c_end < end and not (words[c_end] in {",", ";", "—", "–"} and d.region_of[c_end] < 0 and words[c_end - 1].lower() != "for"):
            c_end += 1
        if c_end - q < 2:
            return None
        typ = "Indirect" if low == "that" else "Reported"
        return make_found(typ, d.lex.verbs.get(lem, "Speech"), [(q, c_end)], cue, [(sp[0], q)], sp, addr, s, 0.5)
    if low in {"he", "she", "they", "it", "we", "i", "that", "the", "a", "an", "there", "this", "his", "her",
               "their", "no", "if", "trump", "clinton"} or P.is_cap(words[q]) or low in P.SUBORD or lem == "say":
        if low in {"to", "for", "about", "so", "in", "on", "at", "of", "with", "by"} or words[q] in END_PUNCT:
            return None
        if end - q < 3:
            return None
        quote_end = _coordination_end(d, q, end)
        reg_end = _region_span(d, end - 1) if quote_end == end else None
        if reg_end and reg_end[1] > end:
            quote_end = reg_end[1]  # a quotation running on into the next sentences
        typ = "Direct" if d.region_of[q] >= 0 else "Indirect"
        return make_found(typ, medium, [(q, quote_end)], cue, [(sp[0], q)], sp, addr, s, 0.7)
    return None


_COORD = {"and", "but"}


def _coordinated_speaker(d, k: int, a: int, prev) -> tuple[int, int] | None:
    """'He said A and said that B' / 'She greeted them and told them ...' / '..., then says ...':
    the subject of the first verb."""
    j = k - 1
    while j > a and d.words[j].lower() in ADVERBS - _COORD:
        j -= 1
    if j > a and d.words[j] == "," and d.words[j + 1].lower() == "then":
        j += 1
    elif j <= a or d.words[j].lower() not in _COORD or d.region_of[j] >= 0:
        return None
    if prev is not None and prev.speaker and prev.speaker[1] <= j:
        return prev.speaker
    return sentence_subject(d, d.sent_of[k], j)


def _coordination_end(d, q: int, end: int) -> int:
    """Content of 'X said A and said B' stops before the second cue verb (it is a relation of its own)."""
    for j in range(q + 2, end - 1):
        if d.words[j].lower() in _COORD and d.region_of[j] < 0:
            n = j + 1
            while n < end - 1 and d.words[n].lower() in ADVERBS - _COORD:
                n += 1
            if _is_cue(d, n) and d.words[n].lower() not in {"say", "tell", "think", "know", "believe"}:
                return j
    return end


def _ends_sentence(d, i: int) -> bool:
    """Does a quotation ending before token ``i`` close its sentence (no attribution of its own after it)?"""
    if i >= d.n:
        return True
    a, b = d.sents[d.sent_of[i - 1]]
    return i >= _content_end(d, a, b) or all(w in END_PUNCT or w in QUOTES for w in d.words[i:b])


_CUE_ADVERBS = {"also", "later", "then", "previously", "earlier", "repeatedly", "again", "now", "once", "recently",
                "publicly", "privately", "reportedly", "further", "never", "not", "often", "already", "frequently"}


def _cue_group(d, k: int, a: int) -> list[int]:
    """The cue with its auxiliaries and adverbs ('has also said', 'later wrote'), as PolNeAR marks cues."""
    i = k
    while i > a and k - i < 3 and d.region_of[i - 1] < 0 \
            and d.words[i - 1].lower() in AUX_BEFORE | _CUE_ADVERBS:
        i -= 1
    return list(range(i, k + 1))


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_ADVERBIAL_OPEN = {"on", "in", "at", "during", "last", "this", "earlier", "late", "later", "recently", "after",
                   "before", "yesterday", "today", "tonight", "repeatedly", "again", "also", "previously"} | _WEEKDAYS
_CLAUSE_OPEN = {"he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "his", "her", "their", "there",
                "that", "this"}


def _skip_adverbial(d, q: int, end: int) -> int:
    """'said on Friday he met ...', 'said Monday the plan ...': the content starts after a short adverbial."""
    words = d.words
    if q >= end or words[q].lower() not in _ADVERBIAL_OPEN or d.region_of[q] >= 0:
        return q
    for j in range(q + 1, min(end - 2, q + 7)):
        if d.region_of[j] >= 0:
            return j if d.regions[d.region_of[j]][0] == j else q
        w = words[j].lower()
        if words[j] in {",", ":"}:
            return j + 1
        if w in {"he", "she", "they", "we", "i", "that"} or w in _CLAUSE_OPEN and j - q >= 2 \
                and words[j - 1].lower() in _WEEKDAYS | {"week", "month", "year", "night", "morning", "statement",
                                                          "interview", "speech", "rally", "conference"}:
            return j
    return q
