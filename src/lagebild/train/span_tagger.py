"""Training loop of the span tagger (``nlp.transformer.tagger.SpanTagger``): fits the encoder's
adapters and the BIO heads. Used by the accurate-mode trainers (``train.ner_accurate``,
``train.quotes_accurate``); needs torch (lagebild[accurate])."""
from __future__ import annotations

import random
import time
from typing import Callable

import torch
from torch.nn import functional as F

from ..nlp.transformer.tagger import Example, SpanTagger, _batch, fast_bf16, piece_labels, pieces, windows


def training_windows(model: SpanTagger, examples: list[Example]) -> list[tuple[list[int], dict[str, list[int]]]]:
    size, stride = model.spec["window"] - 2, model.spec["stride"]
    out = []
    for text, spans in examples:
        p = pieces(text)
        # a head the example does not annotate learns nothing from it (-100), rather than "O"
        labs = {h: piece_labels(p.offsets, spans[h], model.index[h]) if h in spans else [-100] * len(p.ids)
                for h in model.labels}
        for a, b in windows(len(p.ids), size, stride):
            out.append((p.ids[a:b], {h: v[a:b] for h, v in labs.items()}))
    return out


def train(model: SpanTagger, examples: list[Example], *, epochs: int = 3, batch_size: int = 8, lr: float = 5e-4,
          seed: int = 13, entity_weight: float = 2.0, log: Callable[[str], None] | None = None,
          max_seconds: float | None = None) -> dict:
    """Fit the adapters and heads; returns loss per epoch. Deterministic for one machine
    and thread count (seeded shuffling and initialisation), not bit for bit across CPUs."""
    torch.manual_seed(seed)
    rng = random.Random(seed)
    data = training_windows(model, examples)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    steps = epochs * ((len(data) + batch_size - 1) // batch_size)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=lr, total_steps=max(steps, 1), pct_start=0.1,
                                                anneal_strategy="linear")
    weights = {h: torch.tensor([1.0] + [entity_weight] * (len(labs) - 1)) for h, labs in model.labels.items()}
    history, t0, step = [], time.time(), 0
    model.train()
    for epoch in range(epochs):
        order = list(range(len(data)))
        rng.shuffle(order)
        # batches of similar length waste less on padding
        buckets = [order[i:i + batch_size * 16] for i in range(0, len(order), batch_size * 16)]
        batches = []
        for bucket in buckets:
            bucket.sort(key=lambda i: len(data[i][0]))
            batches += [bucket[i:i + batch_size] for i in range(0, len(bucket), batch_size)]
        rng.shuffle(batches)
        total = 0.0
        for bno, batch in enumerate(batches):
            ids, att, lab = _batch([data[i][0] for i in batch], [data[i][1] for i in batch])
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=fast_bf16()):
                logits = model(ids, att)
            # a head with no labelled piece in this batch adds nothing (its mean would be NaN)
            loss = sum(F.cross_entropy(logits[h].float().reshape(-1, logits[h].shape[-1]), lab[h].reshape(-1),
                                       weight=weights[h], ignore_index=-100)
                       for h in logits if bool((lab[h] != -100).any()))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            step += 1
            total += float(loss.detach())
            if log and bno % 20 == 0:
                log(f"epoch {epoch + 1} batch {bno}/{len(batches)} loss {float(loss.detach()):.4f} "
                    f"{time.time() - t0:.0f}s")
            if max_seconds and time.time() - t0 > max_seconds:
                break
        history.append(total / max(len(batches), 1))
        if log:
            log(f"epoch {epoch + 1} mean loss {history[-1]:.4f} ({time.time() - t0:.0f}s)")
        if max_seconds and time.time() - t0 > max_seconds:
            break
    model.eval()
    return {"loss": history, "seconds": round(time.time() - t0, 1), "windows": len(data)}
