"""Accurate mode: the rule statements, completed with the statement tagger's spans.

The rules are precise but miss statements (no cue they know, speakers in a form they do
not parse); the tagger (``quote_tagger.py``) sees more but groups nothing. So the rules
stay the decoder, and the tagger
- vetoes a rule statement when none of its quote is tagged as a quote (not Reported speech,
  which the tagger's training data rarely marks: docs/models.md);
- adds a statement for every tagged quote of at least 40 characters that no rule quote
  overlaps and that has a tagged cue or speaker in its sentence (free indirect speech
  needs neither and, without a speaker, continues the previous statement's), with the
  cue, speaker, frame and addressee spans tagged in the same sentence;
- fills the speaker, addressee and cue a rule statement left empty.
Which of these steps run is ``MergeConfig``; the defaults were chosen on held-out
training documents of de-news-quotes-2024 (``quote_tagger.HOLDOUT_EVERY``), never on dev.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from ...model import Span, Statement
from .channel import find_channel, medium_override
from .cues import lemma, load_lexicon
from .speakers import resolve_actor

TagSpans = dict[str, list[tuple[int, int, str]]]
FREE = ("FreeIndirect", "IndirectFreeIndirect")


@dataclass(frozen=True)
class MergeConfig:
    add_quotes: bool = True
    min_quote_chars: int = 40     # shorter tagged quotes are mostly fragments
    fill_speaker: bool = True
    fill_addressee: bool = True
    fill_cue: bool = True
    free_speaker_from_previous: bool = True
    require_role: bool = True     # an added quote needs a tagged cue or speaker in its sentence (free speech excepted)
    drop_unsupported: bool = True  # a rule statement whose quote no tagged quote overlaps is dropped
    # ... except Reported speech: the tagger, trained on a data set that rarely marks it, vetoes
    # rule statements it never learnt ("hat einen Waffenstillstand gefordert")
    keep_reported: bool = True


class _Sentences:
    def __init__(self, sentences: list[Span], text_len: int):
        self.starts = [s.start for s in sentences] or [0]
        self.ends = [s.end for s in sentences] or [text_len]

    def of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def bounds(self, first: int, last: int) -> tuple[int, int]:
        return self.starts[first], self.ends[min(last, len(self.ends) - 1)]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _inside(span: tuple[int, int], lo: int, hi: int) -> bool:
    return lo <= span[0] and span[1] <= hi


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def _near(spans, quote: list[tuple[int, int]], lo: int, hi: int, anchor: tuple[int, int] | None = None):
    """The tagged spans of the sentence [lo, hi) outside the quote, nearest first."""
    ref = anchor or (quote[0][0], quote[-1][1])
    cands = [(s, e) for s, e, _ in spans if _inside((s, e), lo, hi) and not any(_overlaps((s, e), q) for q in quote)]
    return sorted(cands, key=lambda c: _gap(c, ref))


def _medium(cue_spans: list[Span], lang: str) -> str:
    lex = load_lexicon(lang)
    for c in cue_spans:
        for word in c.text.split():
            lem = lemma(word, lang)
            m = lex.verbs.get(lem) or lex.nouns.get(lem) or lex.preps.get(word.lower())
            if m:
                return m
    return "Speech"


def merge(text: str, statements: list[Statement], tags: TagSpans, sentences: list[Span], entities: list,
          *, doc_id: str, lang: str = "de", config: MergeConfig = MergeConfig()) -> list[Statement]:
    """The rule ``statements`` completed with the tagger's spans, renumbered in text order."""
    sents = _Sentences(sentences, len(text))
    span = lambda s, e: Span.of(text, s, e)  # noqa: E731
    tags = snap_tags(text, tags)
    if config.drop_unsupported:
        statements = _supported(statements, tags.get("quote", ()), keep_reported=config.keep_reported)
    out = [_fill(text, st, tags, sents, entities, config) for st in statements]
    if config.add_quotes:
        taken = [(q.start, q.end) for st in out for q in st.quote]
        added = []
        for s, e, typ in tags.get("quote", ()):
            if e - s < config.min_quote_chars or any(_overlaps((s, e), t) for t in taken):
                continue
            lo, hi = sents.bounds(sents.of(s), sents.of(max(s, e - 1)))
            quote = [(s, e)]
            cues = _near(tags.get("cue", ()), quote, lo, hi)[:1]
            speakers = _near(tags.get("speaker", ()), quote, lo, hi, anchor=cues[0] if cues else None)[:1]
            if config.require_role and typ not in FREE and not cues and not speakers:
                continue
            frames = _near(tags.get("frame", ()), quote, lo, hi)[:1]
            addressees = _near(tags.get("addressee", ()), quote, lo, hi)[:1]
            cue_spans = [span(*c) for c in cues]
            frame_text = " ".join(span(*f).text for f in frames)
            speaker = [span(*sp) for sp in speakers]
            st = Statement(
                id="", type=typ, medium=medium_override(frame_text, _medium(cue_spans, lang)),
                quote=[span(s, e)], cue=cue_spans, frame=[span(*f) for f in frames],
                addressee=[span(*a) for a in addressees], speaker_mention=speaker,
                speaker_actor=resolve_actor(speaker[0], entities, text) if speaker and entities else None,
                channel=find_channel(frame_text, [span(*a).text for a in addressees]), confidence=0.5)
            added.append(st)
            taken.append((s, e))
        out = _with_previous_speakers(out + added, added, config)
    return _renumber(out, doc_id)


def snap_span(text: str, s: int, e: int) -> tuple[int, int]:
    """Widen a tagged span to whole words: the tagger's pieces can end inside one ("en Gruppe", "diagnosti")."""
    s, e = max(0, s), min(len(text), e)
    while 0 < s < len(text) and text[s - 1].isalnum() and text[s].isalnum():
        s -= 1
    while 0 < e < len(text) and text[e - 1].isalnum() and text[e].isalnum():
        e += 1
    return s, e


def snap_tags(text: str, tags: TagSpans) -> TagSpans:
    """Every tagged span widened to word boundaries (``snap_span``)."""
    return {part: [(*snap_span(text, s, e), label) for s, e, label in spans] for part, spans in tags.items()}


def _supported(statements: list[Statement], quotes, *, keep_reported: bool = False) -> list[Statement]:
    """Top-level statements whose quote some tagged quote overlaps (or Reported ones, with
    ``keep_reported``), and what nests in them."""
    keep = [st for st in statements if st.nested_in is not None or (keep_reported and st.type == "Reported")
            or any(_overlaps((q.start, q.end), (s, e)) for q in st.quote for s, e, _ in quotes)]
    kept = {st.id for st in keep if st.nested_in is None}
    return [st for st in keep if st.nested_in is None or st.nested_in in kept]


def _fill(text: str, st: Statement, tags: TagSpans, sents: _Sentences, entities: list,
          config: MergeConfig) -> Statement:
    if not st.quote:
        return st
    quote = [(q.start, q.end) for q in st.quote]
    lo, hi = sents.bounds(sents.of(quote[0][0]), sents.of(max(quote[-1][0], quote[-1][1] - 1)))
    changes = {}
    if config.fill_cue and not st.cue:
        cues = _near(tags.get("cue", ()), quote, lo, hi)[:1]
        if cues:
            changes["cue"] = [Span.of(text, *cues[0])]
    if config.fill_speaker and not st.speaker_mention:
        anchor = (st.cue[0].start, st.cue[0].end) if st.cue else None
        speakers = _near(tags.get("speaker", ()), quote, lo, hi, anchor=anchor)[:1]
        if speakers:
            mention = Span.of(text, *speakers[0])
            changes["speaker_mention"] = [mention]
            changes["speaker_actor"] = resolve_actor(mention, entities, text) if entities else None
    if config.fill_addressee and not st.addressee:
        addressees = _near(tags.get("addressee", ()), quote, lo, hi)[:1]
        if addressees:
            changes["addressee"] = [Span.of(text, *addressees[0])]
    return replace(st, **changes) if changes else st


def _with_previous_speakers(statements: list[Statement], added: list[Statement], config: MergeConfig):
    """Free indirect speech the tagger added without a speaker continues the previous statement's."""
    if not config.free_speaker_from_previous:
        return statements
    ordered = sorted(statements, key=lambda st: st.quote[0].start if st.quote else 0)
    new = {id(st) for st in added}
    out, previous = [], None
    for st in ordered:
        if id(st) in new and not st.speaker_mention and st.type in FREE and previous is not None:
            st = replace(st, speaker_mention=list(previous.speaker_mention), speaker_actor=previous.speaker_actor)
        if st.speaker_mention:
            previous = st
        out.append(st)
    return out


def _renumber(statements: list[Statement], doc_id: str) -> list[Statement]:
    ordered = sorted(statements, key=lambda st: (st.quote[0].start if st.quote else 0, st.nested_in is not None))
    ids = {st.id: f"{doc_id}:s{n}" for n, st in enumerate(ordered) if st.id}
    return [replace(st, id=f"{doc_id}:s{n}", nested_in=ids.get(st.nested_in) if st.nested_in else None)
            for n, st in enumerate(ordered)]
