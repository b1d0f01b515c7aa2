"""A light trained NER tagger: hashed features, averaged structured perceptron, Viterbi.

The tagger labels tokens with BIO tags over PER/LOC/ORG/MISC. Emission scores are
sums of hashed feature weights (features depend on the word and its neighbours, never
on predicted tags), so one numpy gather scores a whole document; a 9x9 transition
matrix plus Viterbi picks the best tag sequence (invalid I- tags are ruled out).

Features per token (see ``_word_feats``): lower-cased word, prefixes/suffixes 2-4,
word shape, capitalisation, given-name membership; the same for the neighbours
(+-1 words and shapes, +-2 words); sentence/quote position (German capitalises every
noun, so a capital at the start of a sentence says little); knowledge-base gazetteer
membership (label and B/I position of the longest KB name match).

Weights live in ``data/models/ner_de_fast.npz``: sparse rows (hash bucket -> float16
vector over the tags) and the transition matrix. Rebuild with ``ner_train.train_ner``.
"""
from __future__ import annotations

import functools
import zlib
from importlib import resources
from pathlib import Path

import numpy as np

from ..errors import PipelineError

TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
TAG_INDEX = {t: k for k, t in enumerate(TAGS)}
N_TAGS = len(TAGS)
_INSIDE = [k for k, t in enumerate(TAGS) if t.startswith("I-")]
HASH_BITS = 20
MASK = (1 << HASH_BITS) - 1
QUOTES = {'"', "„", "“", "”", "»", "«", "'", "‚", "‘", "’", "(", ":"}
SENT_END = {".", "!", "?", "\n"}
_WORD_CACHE_MAX = 200_000


def default_model_path() -> Path:
    return Path(str(resources.files("lagebild") / "data" / "models" / "ner_de_fast.npz"))


def _fid(s: str) -> int:
    # crc32 is stable across processes (Python's str hash is salted)
    return zlib.crc32(s.encode("utf-8")) & MASK


def shape(tok: str) -> str:
    """Compressed word shape: 'Xx', 'XX', 'x', 'd', 'Xx-Xx', ..."""
    out = []
    for ch in tok[:12]:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def allowed_transitions() -> np.ndarray:
    """(N_TAGS + 1) x N_TAGS: 0 where allowed, -inf where an I-X would follow neither B-X nor I-X.
    Row N_TAGS is the start state."""
    t = np.zeros((N_TAGS + 1, N_TAGS), dtype=np.float64)
    for j, tag in enumerate(TAGS):
        if tag.startswith("I-"):
            cls = tag[2:]
            for i in range(N_TAGS + 1):
                if i == N_TAGS or TAGS[i][2:] != cls:
                    t[i, j] = -np.inf
    return t


class Featurizer:
    """Feature ids of tokens; word-level parts are cached per word form."""

    def __init__(self, given_names: frozenset[str] | set[str] = frozenset()):
        self.given = given_names
        self._cache: dict[str, tuple[list[int], list[int], list[int], list[int], list[int]]] = {}
        self._pos = {name: _fid(name) for name in (
            "bias", "first", "after_quote", "first|cap", "mid|cap", "after_quote|cap", "last")}

    def _word_feats(self, tok: str):
        hit = self._cache.get(tok)
        if hit is not None:
            return hit
        low = tok.lower()
        shp = shape(tok)
        cap = tok[:1].isupper()
        own = [f"w={low}", f"sh={shp}", f"p2={low[:2]}", f"p3={low[:3]}", f"p4={low[:4]}",
               f"s2={low[-2:]}", f"s3={low[-3:]}", f"s4={low[-4:]}"]
        if tok != low:
            own.append(f"W={tok}")
        if cap:
            own.append("cap")
        if tok.isupper() and len(tok) > 1:
            own.append("allcaps")
        if "-" in tok and len(tok) > 1:
            own.append("hyph")
            own.append(f"hyph_last={tok.rsplit('-', 1)[-1].lower()[-5:]}")
        if tok in self.given:
            own.append("given")
        if len(tok) <= 2:
            own.append(f"len={len(tok)}")
        prev = [f"pw={low}", f"psh={shp}"] + (["pgiven"] if tok in self.given else [])
        nxt = [f"nw={low}", f"nsh={shp}"]
        prev2 = [f"p2w={low}"]
        nxt2 = [f"n2w={low}"]
        hit = tuple([_fid(f) for f in group] for group in (own, prev, nxt, prev2, nxt2))
        if len(self._cache) > _WORD_CACHE_MAX:
            self._cache.clear()
        self._cache[tok] = hit
        return hit

    def doc_features(self, toks: list[str], starts: list[bool], gaz: list[str | None]) -> tuple[list[int], list[int]]:
        """Flat feature ids and the offset where each token's ids begin."""
        wf = [self._word_feats(t) for t in toks]
        n = len(toks)
        ids: list[int] = []
        offsets: list[int] = []
        pos = self._pos
        bias = pos["bias"]
        for i in range(n):
            offsets.append(len(ids))
            own = wf[i][0]
            ids.extend(own)
            ids.append(bias)
            if i > 0:
                ids.extend(wf[i - 1][1])
                if i > 1:
                    ids.extend(wf[i - 2][3])
            if i + 1 < n:
                ids.extend(wf[i + 1][2])
                if i + 2 < n:
                    ids.extend(wf[i + 2][4])
            else:
                ids.append(pos["last"])
            cap = toks[i][:1].isupper()
            if starts[i]:
                ids.append(pos["first"])
                if cap:
                    ids.append(pos["first|cap"])
            elif i > 0 and toks[i - 1] in QUOTES:
                ids.append(pos["after_quote"])
                if cap:
                    ids.append(pos["after_quote|cap"])
            elif cap:
                ids.append(pos["mid|cap"])
            g = gaz[i]
            if g is not None:
                ids.append(_fid("gz=" + g))
                ids.append(_fid("gz=" + g + "|" + toks[i].lower()[-3:]))
        return ids, offsets


def viterbi(emissions: np.ndarray, trans: np.ndarray, prev: int | None = None, then: int | None = None) -> list[int]:
    """Best tag index sequence; ``trans`` is (N_TAGS + 1) x N_TAGS with the start row last.
    ``prev``/``then``: tags fixed just before/after the sequence (None: sequence start/end)."""
    n = emissions.shape[0]
    if n == 0:
        return []
    body = trans[:N_TAGS]
    score = trans[N_TAGS if prev is None else prev] + emissions[0]
    back = np.empty((n, N_TAGS), dtype=np.int8)
    cols = np.arange(N_TAGS)
    for t in range(1, n):
        cand = score[:, None] + body
        best = cand.argmax(axis=0)
        back[t] = best
        score = cand[best, cols] + emissions[t]
    if then is not None:
        score = score + body[:, then]
    out = [int(score.argmax())]
    for t in range(n - 1, 0, -1):
        out.append(int(back[t, out[-1]]))
    out.reverse()
    return out


def bio_spans(tags: list[int]) -> list[tuple[int, int, str]]:
    """[(start token, end token, class)] from BIO tag indices."""
    spans, start, cls = [], None, None
    for k, ti in enumerate(tags + [0]):
        tag = TAGS[ti]
        if start is not None and (tag == "O" or tag.startswith("B-") or tag[2:] != cls):
            spans.append((start, k, cls))
            start, cls = None, None
        if tag != "O" and start is None:
            start, cls = k, tag[2:]
    return spans


class Tagger:
    """Scores with dense-by-bucket lookup into a compact weight table."""

    def __init__(self, keys: np.ndarray, rows: np.ndarray, trans: np.ndarray, meta: dict | None = None,
                 given_names=frozenset()):
        self.rows = np.vstack([np.zeros((1, N_TAGS), dtype=np.float32), rows.astype(np.float32)])
        self.remap = np.zeros(MASK + 1, dtype=np.int32)
        self.remap[keys.astype(np.int64)] = np.arange(1, len(keys) + 1, dtype=np.int32)
        self.trans = trans.astype(np.float64) + allowed_transitions()
        self.meta = meta or {}
        self.feats = Featurizer(given_names)

    @classmethod
    def from_dense(cls, weights: np.ndarray, trans: np.ndarray, meta=None, given_names=frozenset()) -> "Tagger":
        keys = np.flatnonzero(np.abs(weights).max(axis=1) > 1e-3).astype(np.uint32)
        return cls(keys, weights[keys], trans, meta, given_names)

    def emissions(self, toks, starts, gaz) -> np.ndarray:
        ids, offsets = self.feats.doc_features(toks, starts, gaz)
        if not ids:
            return np.zeros((0, N_TAGS), dtype=np.float32)
        w = self.rows[self.remap[np.asarray(ids, dtype=np.int64)]]
        return np.add.reduceat(w, np.asarray(offsets, dtype=np.int64), axis=0)

    def tag(self, toks: list[str], starts: list[bool], gaz: list[str | None]) -> list[int]:
        em = self.emissions(toks, starts, gaz)
        # training sequences are single sentences, so I- weights at a sentence start are
        # never corrected: a name never continues across a sentence start
        first = [k for k, s in enumerate(starts) if s]
        if first:
            em[np.ix_(first, _INSIDE)] = -1e9
        return viterbi(em, self.trans)

    def spans(self, toks, starts, gaz) -> list[tuple[int, int, str]]:
        return bio_spans(self.tag(toks, starts, gaz))

    def save(self, path: str | Path) -> None:
        keys = np.flatnonzero(self.remap).astype(np.uint32)
        rows = self.rows[self.remap[keys]].astype(np.float16)
        trans = np.where(np.isfinite(self.trans), self.trans, 0.0).astype(np.float32)
        import json

        np.savez_compressed(path, keys=keys, rows=rows, trans=trans,
                            meta=np.frombuffer(json.dumps(self.meta).encode("utf-8"), dtype=np.uint8))


def load_tagger(path: str | Path | None = None, given_names=frozenset()) -> Tagger:
    import json

    path = Path(path) if path else default_model_path()
    try:
        with np.load(path) as z:
            meta = json.loads(bytes(z["meta"]).decode("utf-8"))
            return Tagger(z["keys"], z["rows"], z["trans"], meta, given_names)
    except (OSError, KeyError, ValueError) as exc:
        raise PipelineError(f"cannot load NER model {path}: {exc}; rebuild it with `lagebild train`") from exc


@functools.lru_cache(maxsize=2)
def shipped_tagger() -> Tagger | None:
    """The shipped German model with the shipped given-name list, or None if absent."""
    from .ner_lexicon import given_names

    path = default_model_path()
    if not path.exists():
        return None
    return load_tagger(path, given_names())


def gazetteer_tags(toks: list[str], gz, form_label: dict[str, str]) -> list[str | None]:
    """Per token 'B-LOC'/'I-LOC'/... from the longest KB-name match, else None."""
    out: list[str | None] = [None] * len(toks)
    i, n = 0, len(toks)
    while i < n:
        hit = gz.match(toks, i) if toks[i][:1].isalnum() else None
        if hit is None:
            i += 1
            continue
        length, form = hit
        label = form_label.get(form)
        if label:
            out[i] = "B-" + label
            for k in range(i + 1, i + length):
                out[k] = "I-" + label
        i += length
    return out


def form_labels(kb) -> dict[str, str]:
    """KB surface form -> PER/LOC/ORG (+ '~s' for a bare MP surname, which is weaker evidence)."""
    from .ner_lexicon import TYPE_LABEL

    out: dict[str, str] = {}
    for form, entries in kb.surface_forms().items():
        aid, kind = entries[0]
        rec = kb.records.get(aid)
        label = TYPE_LABEL.get(rec.type) if rec else None
        if label:
            out[form] = label + ("~s" if kind == "surname" else "~a" if kind == "adjective" else "")
    for form in kb.metonyms:
        out.setdefault(form, "LOC")
    return out
