"""A span tagger on the adapted encoder: several BIO heads over one text at once.

Texts are cut into windows of ``window`` pieces overlapping by ``window - stride``;
each piece takes its labels from the window where it sits furthest from an edge.
Spans go in and come out as character offsets; the pieces' offsets (kept by the
tokenizer through normalisation) do the mapping. Training: ``lagebild.train.span_tagger``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import numpy as np
import torch
from torch import nn

from ...errors import ConfigError
from .encoder import Encoder
from .tokenizer import load_tokenizer
from .weights import load_e5

SpanT = tuple[int, int, str]          # (start, end, class) in characters
Example = tuple[str, dict[str, list[SpanT]]]
FORMAT = "lagebild-tagger/1"


@dataclass
class Pieces:
    ids: list[int]
    offsets: list[tuple[int, int]]


def pieces(text: str) -> Pieces:
    enc = load_tokenizer().encode(text, add_special_tokens=False)
    return Pieces(list(enc.ids), [tuple(o) for o in enc.offsets])


def windows(n: int, size: int, stride: int, *, even: bool = False) -> list[tuple[int, int]]:
    """(start, end) of the windows over ``n`` pieces: at most ``size`` long, neighbours
    overlapping by ``size - stride``. ``even``: as few windows as that allows, all of one
    length, instead of full-size ones (a text of 300 pieces takes two windows of 181, not
    two of 254: 28% less to compute, measured without loss on held-out documents)."""
    if n <= size:
        return [(0, n)]
    if even:
        overlap = size - stride
        count = -(-(n - overlap) // stride)  # ceil
        length = min(size, -(-(n + (count - 1) * overlap) // count))
        step = length - overlap
        return [(min(k * step, n - length), min(k * step, n - length) + length) for k in range(count)]
    out, a = [], 0
    while True:
        b = min(a + size, n)
        out.append((b - size, b) if b - a < size else (a, b))
        if b == n:
            return out
        a += stride


def piece_labels(offsets: list[tuple[int, int]], spans: Iterable[SpanT], index: dict[str, int]) -> list[int]:
    """BIO label ids per piece: a piece is inside a span when its characters are."""
    labels = [0] * len(offsets)
    for s, e, cls in sorted(spans):
        first = True
        for k, (ps, pe) in enumerate(offsets):
            if pe <= s or ps >= e or pe == ps:
                continue
            tag = ("B-" if first else "I-") + cls
            if tag in index:
                labels[k] = index[tag]
            first = False
    return labels


def decode(offsets: list[tuple[int, int]], labels: list[str], text: str) -> list[SpanT]:
    """BIO labels to character spans; a stray I- opens a span, as B- would."""
    out: list[SpanT] = []
    cur = None
    for (ps, pe), lab in zip(offsets, labels):
        if pe == ps:
            continue
        if lab == "O":
            cur = None
            continue
        kind, cls = lab[0], lab[2:]
        if kind == "I" and cur is not None and cur[2] == cls:
            cur[1] = pe
        else:
            cur = [ps, pe, cls]
            out.append(cur)
    spans = []
    for s, e, cls in out:
        while s < e and text[s].isspace():
            s += 1
        spans.append((s, e, cls))
    return spans


class SpanTagger(nn.Module):
    def __init__(self, heads: dict[str, list[str]], *, rank: int = 16, alpha: float = 32.0, adapt_from: int = 0,
                 window: int = 256, stride: int = 192, dropout: float = 0.1):
        super().__init__()
        self.spec = {"heads": heads, "rank": rank, "alpha": alpha, "adapt_from": adapt_from, "window": window,
                     "stride": stride}
        self.encoder = Encoder(rank, alpha, adapt_from)
        self.labels = {h: ["O"] + [f"{p}-{c}" for c in classes for p in "BI"] for h, classes in heads.items()}
        self.index = {h: {lab: i for i, lab in enumerate(labs)} for h, labs in self.labels.items()}
        self.out = nn.ModuleDict({h: nn.Linear(self.encoder.hidden, len(labs)) for h, labs in self.labels.items()})
        self.drop = nn.Dropout(dropout)

    def forward(self, ids: torch.Tensor, attention: torch.Tensor) -> dict[str, torch.Tensor]:
        x = self.drop(self.encoder(ids, attention))
        return {h: layer(x) for h, layer in self.out.items()}

    # --- saving: only what training changed ---
    def trained_state(self) -> dict[str, np.ndarray]:
        names = {n for n, p in self.named_parameters() if p.requires_grad}
        return {n: t.detach().to(torch.float16).numpy() for n, t in self.state_dict().items() if n in names}

    def save(self, path: str | Path, meta: dict) -> None:
        arrays = self.trained_state()
        header = json.dumps({"format": FORMAT, **self.spec, **meta}, sort_keys=True)
        with open(path, "wb") as fh:
            np.savez(fh, __meta__=np.frombuffer(header.encode(), dtype=np.uint8), **arrays)

    @classmethod
    def load(cls, path: str | Path) -> "SpanTagger":
        try:
            data = np.load(path)
        except OSError as exc:
            raise ConfigError(f"cannot read tagger model {path}: {exc}") from exc
        meta = json.loads(bytes(data["__meta__"]).decode())
        if meta.get("format") != FORMAT:
            raise ConfigError(f"{path} is not a lagebild tagger model ({meta.get('format')!r})")
        model = cls(meta["heads"], rank=meta["rank"], alpha=meta["alpha"], adapt_from=meta.get("adapt_from", 0),
                    window=meta["window"], stride=meta["stride"])
        state = {k: torch.from_numpy(data[k].astype(np.float32)) for k in data.files if k != "__meta__"}
        missing = model.load_state_dict(state, strict=False)
        if missing.unexpected_keys:
            raise ConfigError(f"{path}: unexpected weights {missing.unexpected_keys[:3]}")
        model.meta = meta
        model.eval()
        model.encoder.merge()
        # the packed file (70 MB) is no longer needed once the tokenizer is built too
        load_tokenizer()
        load_e5.cache_clear()
        return model

    # --- inference ---
    @torch.no_grad()
    def predict(self, texts: list[str], batch_size: int = 8) -> list[dict[str, list[SpanT]]]:
        size, stride = self.spec["window"] - 2, self.spec["stride"]
        jobs = []  # (text no, window start, window end)
        encoded = [pieces(t) for t in texts]
        for n, p in enumerate(encoded):
            for a, b in windows(len(p.ids), size, stride, even=True):
                jobs.append((n, a, b))
        jobs.sort(key=lambda j: j[2] - j[1])
        best = [dict() for _ in texts]  # piece -> (distance from window edge, {head: label id})
        for k in range(0, len(jobs), batch_size):
            chunk = jobs[k:k + batch_size]
            ids, att = _batch([encoded[n].ids[a:b] for n, a, b in chunk])
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=fast_bf16()):
                logits = self(ids, att)
            preds = {h: lg.float().argmax(-1).numpy() for h, lg in logits.items()}
            for row, (n, a, b) in enumerate(chunk):
                total = len(encoded[n].ids)
                for i in range(b - a):
                    # distance to the nearest window edge that is not the text's own edge
                    margin = min(i if a > 0 else total, b - a - 1 - i if b < total else total)
                    piece = a + i
                    if piece not in best[n] or margin > best[n][piece][0]:
                        best[n][piece] = (margin, {h: int(preds[h][row, i + 1]) for h in preds})
        out = []
        for n, p in enumerate(encoded):
            res = {}
            for h, labs in self.labels.items():
                seq = [labs[best[n][i][1][h]] if i in best[n] else "O" for i in range(len(p.ids))]
                res[h] = decode(p.offsets, seq, texts[n])
            out.append(res)
        return out


@lru_cache(maxsize=1)
def fast_bf16() -> bool:
    """Whether this CPU computes in bfloat16 natively (AVX-512 BF16 or AMX): there bf16 halves
    the tagger's time; elsewhere torch emulates it and float32 was faster (measured: 8x on
    AVX2, 3x on AVX-512 without the BF16 extension). oneDNN calls bf16 "supported" on any
    AVX-512 CPU, so on x86 Linux the CPU's own flags decide."""
    flags = cpu_flags()
    if flags is not None and not flags & {"avx512_bf16", "amx_bf16"}:
        return False
    try:
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):
        return False


def cpu_flags(path: str = "/proc/cpuinfo") -> set[str] | None:
    """The x86 feature flags of the first CPU in ``path``; None where there are none to read
    (another OS, or an ARM CPU, whose cpuinfo lists "Features")."""
    try:
        with open(path, encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("flags"):
                    return set(line.split(":", 1)[1].split())
    except OSError:
        return None
    return None


def _batch(rows: list[list[int]], labels: list[dict[str, list[int]]] | None = None):
    """Pad rows of piece ids with <s> ... </s>; labels get -100 on specials and padding."""
    width = max(len(r) for r in rows) + 2
    ids = torch.full((len(rows), width), 1, dtype=torch.long)
    att = torch.zeros((len(rows), width), dtype=torch.long)
    for k, r in enumerate(rows):
        ids[k, : len(r) + 2] = torch.tensor([0] + r + [2])
        att[k, : len(r) + 2] = 1
    if labels is None:
        return ids, att
    lab = {}
    for h in labels[0]:
        t = torch.full((len(rows), width), -100, dtype=torch.long)
        for k, r in enumerate(labels):
            t[k, 1: len(r[h]) + 1] = torch.tensor(r[h])
        lab[h] = t
    return ids, att, lab
