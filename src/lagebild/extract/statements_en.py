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
', which ...'. Cues include auxiliaries, negation and adverbs ('has also
said', 'did not mention', 'forcefully rejected'). Plural nouns ('her
remarks', 'percentage points') and passives without an agent are no cues.

Speakers: the words between the clause start and the cue (a name, a
description such as 'a senior official', a pronoun), after a subordinator
('when she said'); a name with its appositions ('Tad Devine, Sanders' senior
adviser, said', also after a quotation), without a fronted adverbial or a
discourse adverb ('In a statement, ...', ', for example,'); the relative
pronoun for 'X, who has said ...' (as PolNeAR marks it); after the cue for
inverted 'said X'. Pronoun speakers are resolved to the last person by
speakers.py.
"""
from __future__ import annotations

import functools

from . import phrases as P
from .cues import lemma
from .en_frames import asked_statement, colon_statement, raising_statement, sentence_subject

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
    # more verbs of stance and intention common in election reporting (written for this project)
    "support", "oppose", "plan", "seek", "see", "feel", "prefer", "back", "refuse", "decline", "offer", "reveal",
    "indicate", "mention", "discuss", "express", "welcome", "embrace", "denounce", "decry", "charge", "predict",
}
# More verbs of saying (written for this project): they also head a trailing '"...," X joked.' clause.
CUE_LEMMAS |= {
    "joke", "quip", "remark", "reiterate", "repeat", "echo", "shout", "yell", "scream", "chant", "boast", "brag",
    "lament", "answer", "retort", "counter", "caution", "confess", "plead", "wonder", "speculate",
    "muse", "recount", "elaborate", "clarify", "reason", "interject", "exclaim", "whisper", "mutter",
    "disclose", "email", "inform", "assure", "remind", "advise", "posit", "opine",
}
# More verbs of stance, cognition and intention (written for this project).
STANCE_LEMMAS |= {
    "decide", "intend", "aim", "hint", "imply", "signal", "tout", "highlight", "emphasise", "underscore",
    "recognize", "realize", "understand", "assume", "suspect", "imagine", "figure", "reckon",
    "consider", "view", "regard", "deem", "label", "dub", "brand", "characterize", "portray", "compare", "liken",
    "rail", "blast", "lash", "assail", "rip", "bash", "chide", "scold", "rebuke", "fault", "thank",
    "congratulate", "commend", "hail", "credit", "favor", "advocate", "champion", "push", "press", "lobby",
    "challenge", "dispute", "refute", "rebut", "detail", "outline", "list", "identify", "request", "order",
    "forecast", "foresee", "anticipate", "project", "calculate", "mean", "speak", "talk", "disagree",
    "concur", "beg", "invite", "encourage", "discourage", "ridicule", "deride", "lambast", "excoriate", "berate",
    "disparage", "insult", "smear", "target", "retweet", "reaffirm", "affirm", "swear", "guarantee", "commit",
    "volunteer", "voice", "discover", "learn",
}
# Verbs whose content may be a to-infinitive ('vowed to block', 'declined to comment').
_TO_VERBS = {"want", "plan", "vow", "pledge", "promise", "refuse", "decline", "seek", "hope", "expect", "threaten",
             "agree", "offer", "decide", "intend", "aim", "fear", "swear", "commit", "volunteer", "prefer",
             "demand", "ask", "find", "show", "suggest", "know", "worry", "doubt", "estimate", "claim"}
_ALL_LEMMAS = CUE_LEMMAS | STANCE_LEMMAS
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
_NOT_SPEAKER = {"this", "that", "there", "what", "which", "here"}
_MAX_SPEAKER = 9
_SPEAKER_CUT = {"has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "to",
                "declined", "refused", "were", "are", "is", "was"}
_PREPOSITIONS = {"during", "in", "on", "at", "after", "before", "with", "for", "from", "by", "since", "as", "of",
                 "while", "when", "if", "because", "although", "into", "about", "under", "over"}


@functools.lru_cache(maxsize=65536)
def en_lemma(word: str) -> str:
    """Lemma of an English cue verb form ("called" -> "call"), else the lower-cased word."""
    lem = lemma(word, "en")
    if lem in CUE_LEMMAS or lem in STANCE_LEMMAS:
        return lem
    low = word.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    for suf, rep in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("d", ""),
                     ("ing", ""), ("ing", "e")):
        # the lexicon lemmatizer only knows its own verbs ("continued" -> "continue" needs this)
        if low.endswith(suf) and low[: -len(suf)] + rep in _ALL_LEMMAS:
            return low[: -len(suf)] + rep
    for suf in ("ed", "ing"):  # 'slammed', 'planning'
        stem = low[: -len(suf)]
        if low.endswith(suf) and len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in _ALL_LEMMAS:
            return stem[:-1]
    return lem


_IRREGULAR = {"found": "find", "showed": "show", "shown": "show", "knew": "know", "known": "know", "saw": "see",
              "seen": "see", "felt": "feel", "sought": "seek", "meant": "mean", "understood": "understand",
              "spoke": "speak", "spoken": "speak", "foresaw": "foresee", "forecast": "forecast"}


def _is_cue(d, k: int) -> str | None:
    w = d.words[k]
    if not w.isalpha() or d.region_of[k] >= 0:
        return None
    low = w.lower()
    lem = en_lemma(w)
    if lem not in CUE_LEMMAS and lem not in STANCE_LEMMAS:
        return None
    if low == lem and lem not in _BASE_VERBS and not _verb_context(d, k):
        return None  # base forms are mostly nouns ("a press call", "the show")
    if low.endswith("ing") and not _progressive(d, k):
        return None  # participles ("saying") take the main clause subject: too loose without a parser
    prev = d.words[k - 1].lower() if k > 0 else ""
    if low in {"state", "states", "report", "reports", "continue", "claim", "claims", "note", "notes"} \
            and prev in _EN_DETS | {"of", "in"}:
        return None  # a noun: "the state", "the report"
    if low != lem and low.endswith("s") and not low.endswith("ss") and lem in _NOUNISH \
            and not (prev in _PRONOUNS | {"it", "who", "that", "which"}
                     or k > 0 and P.is_cap(d.words[k - 1]) and prev not in _EN_DETS):
        return None  # 'her remarks', 'the attacks', 'percentage points': plural nouns
    if w[0].isupper() and k > 0 and d.sent_of[k - 1] == d.sent_of[k] and P.is_cap(d.words[k - 1]) \
            and not _title_case(d, k):
        return None  # 'the United States', 'Fox News Reports'
    if lem in {"speak", "talk"} and (k + 1 >= d.n or d.words[k + 1].lower() not in _PARTICLES[lem]):
        return None  # 'spoke at a rally': only 'spoke about ...' reports content
    if lem in {"find", "maintain", "see"} and k + 1 < d.n and d.words[k + 1].lower() not in _CLAUSE_START \
            and not (lem == "see" and "as" in (w.lower() for w in d.words[k + 2:k + 9])):
        return None  # 'police found a gun', 'maintained his lead', 'saw 30 applicants': no content clause
    return lem


_CLAUSE_START = {"that", "he", "she", "they", "we", "i", "it", "there", "no", "little", "few", "nothing", "evidence",
                 "whether", "how", "what", "why"}


_EN_DETS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those",
            "’s", "'s", "some", "many", "several", "such", "no", "any", "each", "every", "recent", "new"}
# Lemmas whose -s form is mostly a plural noun ('attacks', 'remarks', 'points', 'plans').
_NOUNISH = {"attack", "remark", "point", "plan", "offer", "question", "view", "challenge", "detail", "target",
            "charge", "email", "back", "call", "volunteer", "report", "claim", "note", "state", "mean", "push",
            "demand",
            "fear", "hope", "concern", "pledge", "promise", "order", "request", "list", "reply", "answer", "comment",
            "estimate", "forecast", "project", "support", "tweet", "post", "warning", "doubt", "worry", "threat",
            "criticism", "insult", "smear", "commit", "vow", "text", "release", "plea", "praise", "blast", "rip",
            "slam", "bash", "joke", "quip", "shout", "chant", "echo", "advocate", "champion", "credit", "label",
            "brand", "rule", "share", "pitch", "cite", "discuss", "press", "lobby", "counter", "signal", "hint"}


def _title_case(d, k: int) -> bool:
    """Is the sentence of ``k`` a headline in title case ('Trump Says He Will Win')?"""
    a, b = d.sents[d.sent_of[k]]
    alpha = [w for w in d.words[a:b] if w.isalpha() and len(w) > 3]
    return bool(alpha) and sum(w[0].isupper() for w in alpha) >= 0.7 * len(alpha)


# Words before a base form that make it a verb ('they want', 'will support', 'polls show', 'did not see').
_BASE_BEFORE = {"they", "we", "who", "i", "you", "to", "will", "would", "can", "could", "should", "may", "might",
                "must", "do", "does", "did", "not", "n't", "never", "also", "still", "often", "always", "just",
                "really", "generally", "strongly", "all", "both", "now", "increasingly", "largely", "that", "which",
                "percent", "people", "majority", "most", "many", "others", "some", "few", "don’t", "didn’t",
                "doesn’t", "won’t", "wouldn’t", "don't", "didn't", "doesn't", "won't", "wouldn't",
                "overwhelmingly",
                "mostly", "actually", "certainly", "clearly", "privately", "publicly", "openly", "firmly"}
_NOT_PLURAL = {"news", "has", "was", "is", "its", "his", "this", "us", "as", "thus", "plus", "status", "campus",
               "bus", "census", "consensus", "less", "unless", "across", "yes"}


def _verb_context(d, k: int) -> bool:
    """Is the base form at ``k`` a finite verb or an infinitive rather than a noun?"""
    if k == 0:
        return False
    prev = d.words[k - 1]
    low = prev.lower()
    if low in _BASE_BEFORE:
        return True
    # a plural subject right before: 'Polls show', 'Democrats want', 'analysts see'
    return prev.isalpha() and low.endswith("s") and not low.endswith(("ss", "us", "is", "’s", "'s")) \
        and low not in _NOT_PLURAL and low not in _EN_DETS and len(low) > 3


# Base forms that are (nearly) always verbs in news text.
_BASE_VERBS = {"say", "tell", "think", "believe", "argue", "insist", "acknowledge", "explain", "predict", "warn"}
_PROGRESSIVE = {"is", "are", "was", "were", "be", "been", "am", "’s", "'s", "’re", "'re"}


def _progressive(d, k: int) -> bool:
    """'is suggesting', 'was also criticizing': a progressive verb group, not a participle clause."""
    i = k - 1
    while i > 0 and d.words[i].lower() in _CUE_ADVERBS:
        i -= 1
    return i >= 0 and d.words[i].lower() in _PROGRESSIVE


def _trim_speaker(d, s: int, e: int) -> tuple[int, int] | None:
    """Strip leading conjunctions/adverbs and trailing auxiliaries/adverbs from a speaker candidate."""
    words = d.words
    while s < e and (words[s].lower() in ADVERBS | _LEAD_STRIP or words[s] in {",", "—", "–"}):
        s += 1  # 'when she said', 'even though a number of attendees said'
    for i in range(e - 2, s, -1):
        if words[i].lower() in _SUBORDINATORS and not P.is_cap(words[i]):
            s = i + 1  # 'Clinton caught flak when she said': the subject of the subordinate clause
            break
    while e > s and (words[e - 1].lower() in ADVERBS | AUX_BEFORE or words[e - 1] in {","}):
        e -= 1
    for i in range(s + 1, e):
        if words[i].lower() in _SPEAKER_CUT:
            e = i  # 'He has resisted', 'Cook declined to': the verb group is no part of the source
            break
    while e > s and (words[e - 1].lower() in ADVERBS | AUX_BEFORE | _NEGATION | _CUE_ADVERBS
                     or _ly_adverb(words[e - 1])):
        e -= 1
    if e > s and words[s].lower() in _PREPOSITIONS:
        # 'At the town hall this week she said', 'On Tuesday Trump said': the pronoun or name at the end
        if words[e - 1].lower() in _PRONOUNS:
            return (e - 1, e)
        j = e
        while j > s + 1 and (P.is_cap(words[j - 1]) or words[j - 1] in {".", "-"}) \
                and words[j - 1].lower() not in _WEEKDAYS | _MONTHS:
            j -= 1
        if j == e or not P.is_cap(words[j]):
            return None
        s = j
    if e - s >= 2 and words[e - 1] in {"’s", "'s"} and words[e - 2].lower() in _PRONOUNS | {"it", "that"}:
        e -= 1  # "He’s predicting"
    if e - s >= 2 and words[e - 1].lower() in {"who", "that", "which"}:
        return (e - 1, e)  # 'the respondents who support', 'a state that has refused': the relative pronoun
    if e <= s or e - s > _MAX_SPEAKER:
        return None
    if e - s == 1 and words[s].lower() in _NOT_SPEAKER:
        return None
    if any(words[i] in QUOTES or d.region_of[i] >= 0 for i in range(s, e)):
        return None
    return (s, e)


_SEGMENT_BREAKS = {",", ";", ":", "—", "–"}
# Subordinators and conjunctions before a subject ('when she said', 'as Menendez pointed out').
_LEAD_STRIP = {"when", "while", "though", "although", "because", "if", "as", "since", "but", "and", "so", "where",
               "until", "unless", "whereas", "once", "yet", "or", "whom"}
_PRONOUNS = {"he", "she", "they", "we", "i", "you"}
_SUBORDINATORS = {"when", "while", "because", "although", "though", "if", "since", "where", "until", "unless",
                  "whereas", "after", "before"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."}


def _segment_start(d, k: int, lo: int) -> int:
    """Start of the comma/colon/dash segment that ends before ``k`` (parentheses stay inside)."""
    c0 = k
    while c0 > lo and not (d.words[c0 - 1] in _SEGMENT_BREAKS and d.region_of[c0 - 1] < 0) \
            and not (d.words[c0 - 1] in QUOTES and (d.words[c0 - 1] in _DQUOTES or d.region_of[c0 - 1] >= 0)):
        c0 -= 1
    return c0


def _speaker_before(d, k: int, lo: int) -> tuple[int, int] | None:
    """Speaker NP ending at cue ``k``: from the last separator (outside quotes) after ``lo``."""
    words = d.words
    c0 = _segment_start(d, k, lo)
    if c0 == k and k - 1 > lo and words[k - 1] == ",":
        # "Steven Cheung, a campaign spokesman, said": a name and its apposition
        return _apposition_before(d, k, lo)
    sp = _trim_speaker(d, c0, k)
    if sp and words[sp[0]].lower() in {"who", "which"} and c0 - 1 > lo:
        # "X, who has long said ...": PolNeAR marks the relative pronoun as the source
        return (sp[0], sp[0] + 1)
    if sp is None and c0 > lo + 1 and words[c0 - 1] == "," and k == c0:
        return None
    if sp and words[sp[0]].lower() == "that" and sp[1] - sp[0] > 1:
        sp = (sp[0] + 1, sp[1])
    return sp


_APPOS_MAX = 40
_DQUOTES = {"“", "”", '"', "''"}  # not the apostrophe of "Sanders' adviser"
_NAME_GLUE = {".", "-", "(", ")", "’s", "'s", "of", "de", "van", "von", "al", "&", "R", "D", "I"}
_CONJ = {"and", "but", "so", "yet", "or", "then", "now", "meanwhile", "however", "still", "also", "even"}


def _name_like(d, c: int, e: int) -> bool:
    """A short proper name ('Sen. Rob Portman (R-Ohio)', 'Jake Sullivan') or a pronoun."""
    words = d.words
    if e - c == 1 and words[c].lower() in _PRONOUNS:
        return True
    return 0 < e - c <= 8 and P.is_cap(words[c]) \
        and all(P.is_cap(w) or w in _NAME_GLUE or w[:1].isdigit() for w in words[c:e])


def _apposition_before(d, k: int, lo: int) -> tuple[int, int] | None:
    """'Tad Devine, Sanders' senior media adviser, said', 'Marley Anderson, 21, a junior from Las Vegas,
    said', 'Pete Seat, a consultant whose firm was retained by Kasich, said': the name with its appositions
    (PolNeAR sources keep them); fronted adverbials ('In a statement, ...') stay out."""
    words = d.words
    start = max(lo, d.sents[d.sent_of[k]][0])
    segs: list[tuple[int, int]] = []
    e = k - 1
    while True:
        c = _segment_start(d, e, start)
        segs.insert(0, (c, e))
        if c <= start or words[c - 1] != "," or d.region_of[c - 1] >= 0 or k - c > _APPOS_MAX:
            break
        e = c - 1
    popped = False
    while len(segs) > 1 and " ".join(words[segs[-1][0]:segs[-1][1]]).lower() in _DISCOURSE:
        k = segs[-1][0]  # 'Kelly Ayotte’s campaign, for example, said': the adverb is no apposition
        segs.pop()
        popped = True
    if popped and len(segs) == 1:
        return _trim_speaker(d, *segs[0])
    if k - segs[0][0] > _APPOS_MAX + 2 or len(segs) < 2:
        return None
    for c, e in segs:
        if any(words[i] in _DQUOTES or d.region_of[i] >= 0 for i in range(c, e)):
            return None
    at_boundary = segs[0][0] <= start or words[segs[0][0] - 1] in QUOTES | {"—", "–", ":", ";"}
    # walk back over the appositions to the name
    for i in range(len(segs) - 2, -1, -1):
        c, e = segs[i]
        while c < e and words[c].lower() in _CONJ:
            c += 1
        if c >= e:
            return None
        if _name_like(d, c, e):
            return (c, k - 1)
        w0 = words[c].lower()
        if i == 0 and at_boundary and e - c <= _MAX_SPEAKER and w0 not in _PREPOSITIONS | _LEAD_STRIP \
                and (P.is_cap(words[c]) or w0 in _EN_DETS | {"one", "two", "three", "most"}) \
                and not any(w.lower() in _CLAUSE_WORDS for w in words[c:e]):
            return (c, k - 1)  # 'Three of the senators, including X, said'
        if w0 in _PREPOSITIONS | _FRONTED:
            # 'In a statement to the Observer, her senior policy adviser, Jake Sullivan, said'
            nc = segs[i + 1][0]
            return (nc, k - 1) if P.is_cap(words[nc]) or words[nc].lower() in _EN_DETS | _POSSESSIVE else None
        if P.is_cap(words[c]) and not _name_like(d, c, e) and any(not P.is_cap(w) for w in words[c:e]) \
                or words[c][:1].islower() or words[c][:1].isdigit():
            continue  # an apposition ('a campaign spokesman', 'Sanders' senior media adviser', '21')
        return None
    c, e = segs[-1]
    return (c, k - 1) if _name_like(d, c, e) else None


_DISCOURSE = {"for example", "for instance", "however", "in turn", "too", "though", "meanwhile", "in fact",
              "for his part", "for her part", "for their part", "in a statement", "in an interview", "of course",
              "in response", "instead", "similarly", "likewise", "moreover", "indeed",
              "in particular", "in addition", "at the time", "at one point", "separately", "again", "later", "then"}
_POSSESSIVE = {"his", "her", "their", "its", "our", "the", "a", "an"}
_FRONTED = {"speaking", "asked", "meanwhile", "however", "separately", "later", "earlier", "today", "yesterday",
            "last", "this", "on", "in", "at"}


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


def _tell_addressee(d, q: int, end: int) -> tuple[int, int] | None:
    """'told investors that ...', 'told host Sean Hannity a loss is likely', 'told city leaders, "..."':
    the addressee runs up to 'that', a quotation, a subject pronoun or 'to'."""
    words = d.words
    for j in range(q + 1, min(end, q + 12)):
        w = words[j].lower()
        if d.region_of[j] >= 0 or words[j] in _DQUOTES:
            e = j
        elif w == "that" or w in {"he", "she", "they", "we", "i", "there"} or w in {"to", "not"} and j == q + 1:
            e = j
        elif words[j] in {",", ":"} and j + 1 < end and (d.region_of[j + 1] >= 0 or words[j + 1] in _DQUOTES):
            e = j
        elif words[j] in {",", ";", "."} or _is_cue(d, j):
            return None
        else:
            continue
        while e > q and words[e - 1] in {",", ":"}:
            e -= 1
        return (q, e) if e > q else None
    return None


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
    d.sents = merged
    for s, (a, b) in enumerate(merged):
        for i in range(a, b):
            d.sent_of[i] = s


def _starts_cue_clause(d, a: int, b: int) -> bool:
    """Does [a, b) open with a short '(speaker) said' clause ('he asked', 'Bush said', 'said Bob Smith')?"""
    for k in range(a, min(b, a + _MAX_SPEAKER + 1)):
        w = d.words[k]
        if w in QUOTES or d.region_of[k] >= 0 or w in {",", ";", ":", "—", "–"} or w.lower() in _CLAUSE_WORDS:
            return False
        lem = _is_cue(d, k)
        if lem is not None:
            return lem in CUE_LEMMAS and lem not in THOUGHT_ONLY or lem == "ask"
    return False


def find_en(d, make_found) -> list:
    """English statements; ``make_found(type, medium, quote, cue, frame, speaker, addressee, sent, conf)``."""
    _merge_cue_sentences(d)
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
            or _participle(d, s, a, end, None, make_found) or raising_statement(d, s, a, end, make_found)
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
                                 raising_statement(d, s, a, end, make_found, start=nxt)) if g is not None]
            f = min(later, key=lambda g: min(g.cue, default=end)) if later else None  # the nearest cue first
    return out


PARTICIPLES = {"saying", "adding", "noting", "arguing", "explaining", "calling", "suggesting", "telling",
               "claiming", "insisting", "warning", "stressing", "citing", "accusing", "urging", "describing",
               "asking", "acknowledging", "referring", "recalling", "declaring", "writing", "predicting",
               # more (written for this project)
               "vowing", "promising", "pledging", "questioning", "criticizing", "praising", "blasting", "slamming",
               "dismissing", "denying", "admitting", "conceding", "announcing", "complaining", "joking", "pointing",
               "charging", "alleging", "asserting", "contending", "emphasizing", "lamenting", "hinting", "stating",
               "reiterating", "repeating", "quipping", "remarking", "tweeting", "mocking", "dubbing", "labeling",
               "comparing", "likening", "blaming", "defending", "demanding", "expressing", "signaling", "recounting",
               "countering", "responding", "replying", "boasting", "bragging", "musing", "wondering", "reasoning",
               "cautioning", "reminding", "assuring", "pleading", "echoing", "touting", "decrying", "denouncing",
               "condemning", "attacking", "rejecting", "challenging", "disputing", "mentioning", "highlighting"}


def _participle(d, s, start, end, prev, make_found):
    """'..., he said, adding that ...': a participle clause continues the previous speaker
    (or, without one, the sentence subject: 'Clinton posted a video, saying ...')."""
    words = d.words
    for k in range(max(start, 1), end - 1):
        low = words[k].lower()
        if low not in PARTICIPLES or d.region_of[k] >= 0:
            continue
        before = words[k - 1]
        if not (before in {",", "—", "–"} or before in QUOTES and k >= 2 and words[k - 2] == ","
                and d.region_of[k - 1] >= 0):
            continue
        sp = prev.speaker if prev else sentence_subject(d, s, k)
        if sp is None:
            return None
        lem = "say" if low == "saying" else en_lemma(words[k])
        q = k + 1
        cue = [k]
        if low == "telling":
            addr = _tell_addressee(d, q, end) or _addressee_after(d, k, end)
            q = addr[1] if addr else q
        elif q < end and words[q].lower() in _PARTICLES.get(lem, ()):
            cue.append(q)  # 'referring to', 'pointing out'
            q += 1
        while q < end and words[q] in {",", ":"}:
            q += 1
        if end - q < 2:
            return None
        reg = _region_span(d, q)
        c_end = reg[1] if reg and reg[0] == q else _coordination_end(d, q, end)
        return make_found("Indirect", d.lex.verbs.get(lem, "Speech"), [(q, c_end)], cue, [(k, q)],
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
        if lem is None or _passive(d, k, a):
            continue
        cue = _cue_group(d, k, a)
        medium = d.lex.verbs.get(lem, "Speech")
        # 1. trailing cue clause: "..., X said." / "..., said X." (content before)
        sep = k - 1
        while sep > a and words[sep] not in {",", "—", "–"} | QUOTES and k - sep <= _MAX_SPEAKER + 1:
            sep -= 1
        if sep == k - 1 and words[sep] == "," and sep > a:
            # '"...," Jeff Weaver, Sanders' campaign manager, said': the clause starts before the name
            ap = _apposition_before(d, k, a)
            if ap and ap[0] - 1 > a and (words[ap[0] - 1] in {",", "—", "–"} or d.region_of[ap[0] - 1] >= 0):
                sep = ap[0] - 1
        trailing_ok = lem in CUE_LEMMAS and lem not in THOUGHT_ONLY or lem == "ask" and words[sep] in QUOTES
        if sep > a and trailing_ok and not _fronted_adverbial(d, a, sep) and _is_trailing(d, sep, k, end):
            f = _trailing(d, s, a, b, end, k, sep, cue, medium, make_found)
            if f:
                return f
        # 2. "X said (that) ..." / "X told Y ..." / "X said: '...'"
        f = _leading(d, s, a, end, k, lem, cue, medium, make_found, prev)
        if f:
            return f
    return None


_BE_FORMS = {"is", "are", "was", "were", "be", "been", "being", "’s", "'s", "’re", "'re", "get", "got"}


def _passive(d, k: int, a: int) -> bool:
    """'is expected to', 'was asked': a passive cue has no source in its subject (without a 'by' agent)."""
    w = d.words[k].lower()
    if not (w.endswith("ed") or w in {"told", "known", "seen", "shown", "thought", "said", "found"}):
        return False
    i = k - 1
    while i > a and (d.words[i].lower() in _CUE_ADVERBS or _ly_adverb(d.words[i])):
        i -= 1
    return i >= a and d.words[i].lower() in _BE_FORMS and not (k + 1 < d.n and d.words[k + 1].lower() == "by")


def _fronted_adverbial(d, a: int, sep: int) -> bool:
    """'In separate interviews, three employees said ...': a short fronted PP is no content of its own."""
    return d.words[sep] == "," and sep - a <= 6 and d.words[a].lower() in _PREPOSITIONS | _FRONTED \
        and not any(w.lower() in _CLAUSE_WORDS for w in d.words[a:sep])


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
        if words[j].lower() in {"that", "whether", "if"} and j == k + 1 or words[j] == ":":
            return False
        n += 1
        j += 1
    if words[sep] in QUOTES:
        # '"...," Cruz said in response to a question from a reporter who was ...': after a closed
        # quotation the clause may run long; only 'said the plan was ...' (content of its own) is not one
        return not (k + 2 < j and words[k + 1].lower() in _CLAUSE_OPEN and words[k + 2].lower() in _CLAUSE_WORDS)
    if any(words[i].lower() in {"that", "whether", "if"} for i in range(k + 1, j)):
        return False
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
    if cend - cstart < 2:
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
    if reg2 and any(w.lower() in PARTICIPLES | {"that", "before", "after", "while", "when", "as", "and", "but"}
                    or _is_cue(d, i) for i, w in enumerate(words[max(k + 1, sp[1]):j], max(k + 1, sp[1]))):
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
    addr = _addressee_after(d, k, end) if words[k].lower() in {"told", "tells", "tell"} else None
    return make_found(typ, medium, quote, cue, [(sep, tail_end)], sp, addr, s, 0.7)


def _leading(d, s, a, end, k, lem, cue, medium, make_found, prev=None):
    words = d.words
    sp = _coordinated_speaker(d, k, a, prev) or _speaker_before(d, k, a)
    if sp is None:
        return None
    q = k + 1
    addr = None
    if q < end and words[q].lower() in _PARTICLES.get(lem, ()) and d.region_of[q] < 0:
        cue = cue + [q]  # 'called for', 'pointed out', 'talked about'
        q += 1
    if lem == "tell":
        addr = _tell_addressee(d, q, end) or _addressee_after(d, k, end)
        if addr is None:
            return None
        q = addr[1]
    # short adverbials between cue and content: "said Monday", "said in a statement"
    while q < end and words[q] in {",", ":"} and d.region_of[q] < 0:
        q += 1
    # "said in a statement that ...", "said Monday that ...": skip a short adverbial up to "that"
    for j in range(q, min(end, q + 14)):
        if words[j] in QUOTES or words[j] in {",", ";"} or d.region_of[j] >= 0 \
                or words[j].lower() in _CLAUSE_WORDS | _COORD:
            q = _skip_adverbial(d, q, end)
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
        if words[sp[0]].lower() in {"i", "you", "we"} or end - q < 2 or low == "to" and lem not in _TO_VERBS:
            return None
        main_say = False
        if low == "that" or low in _PRONOUNS:
            c_end = _coordination_end(d, q, end)  # a clause: as for 'said that ...'
        else:
            c_end = q
            while c_end < end and not (words[c_end] in {",", ";", "—", "–"} and d.region_of[c_end] < 0
                                       and words[c_end - 1].lower() != "for"):
                if c_end > q and words[c_end].lower() in _MAIN_SAY and d.region_of[c_end] < 0:
                    main_say = True
                    break  # 'the respondents who support Trump said ...': the main clause goes on
                c_end += 1
        if c_end - q < (1 if main_say else 2):
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
_MAIN_SAY = {"said", "say", "says", "told", "tell", "tells", "believe", "believes", "think", "thinks", "argue",
             "argued", "argues", "added", "wrote"}


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
    """Content of 'X said A and said B' stops before the second cue verb (it is a relation of its own);
    likewise before ', saying ...', ', and he added ...', ', he said ...', 'and one in four said ...'."""
    words = d.words
    for j in range(q + 2, end - 1):
        if d.region_of[j] >= 0:
            continue
        w = words[j].lower()
        if w in _COORD:
            n = j + 1
            while n < end - 1 and words[n].lower() in ADVERBS - _COORD:
                n += 1
            if _is_cue(d, n) and words[n].lower() not in {"say", "tell", "think", "know", "believe"}:
                return j
            if _subject_then_cue(d, n, end):
                return j
        elif w == "," and j + 1 < end:
            n = j + 1
            if words[n].lower() in PARTICIPLES or words[n].lower() in {"which", "who", "whose"}:
                return j  # ', saying ...' is a relation of its own; ', which ...' the writer's addition
            while n < end - 1 and words[n].lower() in _COORD | {"while", "although", "though", "even"} | ADVERBS:
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
    if low in _PRONOUNS:
        m = n + 1
    elif P.is_cap(words[n]) or low in {"one", "two", "three", "many", "some", "most", "others"}:
        m = n + 1
        while m < end and m - n < 5 and (P.is_cap(words[m]) or words[m].lower() in {"in", "of", "."}
                                         or words[m][:1].isdigit()):
            m += 1
    else:
        return False
    while m < end and words[m].lower() in _CUE_ADVERBS | AUX_BEFORE:
        m += 1
    if m >= end:
        return False
    lem = _is_cue(d, m)
    return lem is not None and lem in CUE_LEMMAS and not words[m].lower().endswith("ing")


def _ends_sentence(d, i: int) -> bool:
    """Does a quotation ending before token ``i`` close its sentence (no attribution of its own after it)?"""
    if i >= d.n:
        return True
    a, b = d.sents[d.sent_of[i - 1]]
    return i >= _content_end(d, a, b) or all(w in END_PUNCT or w in QUOTES for w in d.words[i:b])


_CUE_ADVERBS = {"also", "later", "then", "previously", "earlier", "repeatedly", "again", "now", "once", "recently",
                "publicly", "privately", "reportedly", "further", "never", "not", "often", "already", "frequently",
                "long", "always", "even", "still", "first", "initially", "ultimately", "since"}


def _cue_group(d, k: int, a: int) -> list[int]:
    """The cue with its auxiliaries and adverbs ('has also said', 'later wrote', 'did not mention',
    'strongly criticized', 'went on to say'), as PolNeAR marks cues."""
    words = d.words
    base = words[k].lower() == en_lemma(words[k])
    i = k
    while i > a and k - i < 4 and d.region_of[i - 1] < 0:
        w = words[i - 1].lower()
        if w in AUX_BEFORE | _CUE_ADVERBS | _NEGATION or _ly_adverb(words[i - 1]) or w == "to" and base and i == k:
            i -= 1
        else:
            break
    if i - 2 > a and words[i].lower() == "to" and words[i - 1].lower() == "on" \
            and words[i - 2].lower() in {"went", "goes", "go", "going"}:
        i -= 2  # 'went on to say'
    return list(range(i, k + 1))


_NEGATION = {"not", "n't", "never", "did", "does", "do", "didn’t", "didn't", "doesn’t", "doesn't", "don’t",
             "don't"}
_NOT_LY = {"only", "family", "likely", "early", "daily", "weekly", "rally", "ally", "reply", "supply", "apply",
           "fly", "july", "italy", "holy", "bully", "tally", "unlikely", "elderly", "monthly", "yearly", "friendly"}


def _ly_adverb(w: str) -> bool:
    """'strongly', 'publicly': a manner adverb (lower-case '-ly' word)."""
    return w.islower() and len(w) > 4 and w.endswith("ly") and w not in _NOT_LY


_PARTICLES = {
    "call": {"for", "on"}, "refer": {"to"}, "point": {"out", "to"}, "talk": {"about"}, "speak": {"about", "of"},
    "ask": {"about", "for"}, "complain": {"about"}, "worry": {"about"}, "warn": {"of", "about", "against"},
    "agree": {"with"}, "push": {"for"}, "argue": {"for", "against"}, "advocate": {"for"}, "rail": {"against"},
    "lash": {"out"}, "boast": {"about", "of"}, "brag": {"about"}, "joke": {"about"}, "hint": {"at"},
    "respond": {"to"}, "reply": {"to"}, "comment": {"on"}, "elaborate": {"on"}, "insist": {"on"},
    "wonder": {"about"}, "think": {"about", "of"}, "know": {"about", "of"}, "testify": {"about"},
    "plead": {"for", "with"}, "press": {"for"}, "lobby": {"for"}, "express": set(), "write": {"about", "of"},
    "tweet": {"about"}, "speculate": {"about"}, "lament": set(), "fear": set(), "hope": {"for"},
}


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
