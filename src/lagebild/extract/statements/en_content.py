"""What an English statement's content is, beyond where its clause ends (real-news review, issue #21):
whether a stance verb's object is an act of speech, findings of things, where the writer goes on after
what was said, the subject of an absolute participle clause, and the complementiser kept in the frame.
"""
from __future__ import annotations

from ...lang.en.speech import (
    DATA_NOUNS, EN_DETS, FINITE_AFTER_THAT, NOT_OBJECT_START, OBJECT_NEEDS, PARTICIPLES, SPEECH_INFINITIVES,
)
from .doc import Found, TokenDoc, is_cap
from .en_cues import ly_adverb
from .en_frames import sentence_subject


def speech_object(d, lem: str, q: int, end: int) -> bool:
    """Whether what follows a stance verb at ``q`` makes it an act of speech: not a subordinate clause
    ('applauded as he faced them'), the words some verbs need ('worries about'), an infinitive of
    speech after 'refused'/'declined' ('declined to comment', not 'refused to ratify')."""
    low = d.words[q].lower()
    if low in NOT_OBJECT_START:
        return False
    if lem in {"ask", "request"} and " ".join(w.lower() for w in d.words[q:q + 4]).startswith(("not to be", "to not be")):
        return False  # 'who asked not to be named': a condition of the source, nothing said
    if lem in OBJECT_NEEDS and low not in OBJECT_NEEDS[lem]:
        return False
    if lem == "applaud" and low in {"him", "her", "them", "us", "me"}:
        return False  # cheering a person, not a stance on anything said
    if lem in {"refuse", "decline"} and low == "to":
        return q + 1 < end and d.words[q + 1].lower() in SPEECH_INFINITIVES
    if lem == "frame":  # 'framed the deal as a victory', not 'framed the picture'
        return any(w.lower() == "as" for w in d.words[q + 1:min(end, q + 12)])
    if lem in {"consider", "view", "regard"}:  # 'considers the plan a mistake / as ...', not 'considers the matter'
        return any(w.lower() in {"that", "as", "to", "it", "a", "an"} for w in d.words[q + 1:min(end, q + 8)]) \
            or low in {"that", "it"}
    return True


def data_source(d, sp: tuple[int, int]) -> bool:
    """'the poll', 'Archival data from ATLAS': a finding of things, nobody's words."""
    words = [w.lower() for w in d.words[sp[0]:sp[1]]]
    head = next((w for w in words if w in {"of", "from", "by", "in", "on"}), None)
    core = words[:words.index(head)] if head else words
    return bool(core) and core[-1] in DATA_NOUNS


def writer_addition(d, j: int, end: int) -> bool:
    """Where the writer goes on after what was said: 'his budget which is overdue', '— guaranteeing the
    shutdown would ...', ', with the US leader long complaining ...', 'as he cited Nehru'."""
    words = d.words
    w = words[j].lower()
    nxt = words[j + 1].lower() if j + 1 < end else ""
    if w == "which" and words[j - 1] != "," and nxt in {"is", "was", "has", "had", "are", "were", "will", "would"}:
        return True
    if w in {"—", "–"} and nxt.endswith("ing") and nxt.isalpha():
        return True
    if w == "," and nxt == "with" and any(x.lower().endswith("ing") and x.isalpha() and x.islower()
                                         for x in words[j + 2:min(end, j + 8)]):
        return True
    if w == "but" and (nxt in {"did", "didn't", "didn’t", "declined", "refused", "stopped", "gave", "offered"}
                       or nxt.endswith("ed") and nxt.isalpha() and nxt.islower()):
        return True  # 'praised the initiative but did not name a figure': the subject goes on acting
    return w == "as" and nxt in {"he", "she", "they"} and words[j - 1].lower() != "well"


def with_subject(d, k: int, start: int) -> tuple[int, int] | None:
    """The subject of an absolute participle clause: ', with the US leader long complaining ...'."""
    words = d.words
    j = k - 1
    while j > start and (words[j].lower() in {"long", "still", "also", "again", "repeatedly"} or ly_adverb(words[j])):
        j -= 1
    e = j + 1
    i = j
    while i > start and e - i < 6 and words[i].lower() != "with" and d.region_of[i] < 0 \
            and (is_cap(words[i]) or words[i].lower() in EN_DETS or words[i].isalpha() and words[i].islower()
                 and not words[i].endswith(("ed", "ing"))):
        i -= 1
    if i > start and words[i].lower() == "with" and words[i - 1] == "," and e > i + 1:
        return (i + 1, e)
    return None


def complementiser_to_frame(d: TokenDoc, f: Found) -> None:
    """'said that the talks remain on schedule': what was said is the clause; 'that' belongs to the frame
    (the gold's convention, and what a reader quotes); so does a participle of saying before it
    ('echoed that, noting that the rate was ...')."""
    if not f.quote:
        return
    a, b = f.quote[0]
    moved = []
    while b - a > 3 and d.region_of[a] < 0:
        w = d.words[a].lower()
        demonstrative = w == "that" and d.words[a + 1].lower() in FINITE_AFTER_THAT  # 'said that was wrong'
        if w == "that" and not demonstrative or w == "," or w in PARTICIPLES and d.words[a + 1].lower() == "that":
            moved.append((a, a + 1))
            a += 1
        else:
            break
    if moved:
        f.quote[0] = (a, b)
        f.frame = sorted(f.frame + moved)


def free_quotation_paragraphs(d: TokenDoc, found: list[Found], used: set[int]) -> list[Found]:
    """A paragraph that is one quotation and no statement took ('Doe was blunt about the plan.\n\n
    "We will not give up on this."'): a Direct statement of the speaker of the statement just before it
    (within two sentences), else of a named subject of the sentence before it. Without either: none."""
    out = []
    for r, (qa, qb) in enumerate(d.regions):
        if r in used or qb - qa < 6:
            continue
        s = d.sent_of[qa]
        a = d.sents[s][0]
        opens_paragraph = qa == a and s > 0 and a > 0 and "\n" in d.text[d.ends[a - 1]:d.starts[a]]
        if not opens_paragraph:
            continue  # only a quotation that opens its paragraph
        last = d.sent_of[qb - 1]
        b = d.sents[last][1]
        if any(d.region_of[k] < 0 and d.words[k] not in {".", "!", "?"} for k in range(qb, b)):
            continue  # words after the quotation: a cue clause the rules did not take, or narration
        prev = [f for f in found + out if f.nested_in is None and f.speaker and 0 < s - f.sent <= 2]
        if prev:
            speaker = max(prev, key=lambda f: f.sent).speaker
        else:
            pa, pb = d.sents[s - 1]
            sp = sentence_subject(d, s - 1, pb)
            if sp is None or not any(is_cap(w) for w in d.words[sp[0]:sp[1]]) or sp[0] == pa and sp[1] - sp[0] == 1 \
                    and d.words[sp[0]] in {"It", "This", "That", "There", "The", "A"}:
                continue
            speaker = sp
        out.append(Found("Direct", "Speech", [(qa, qb)], [], [], speaker, None, s, confidence=0.4))
        used.add(r)
    return out
