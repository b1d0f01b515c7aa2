"""``lagebild bench claims FILE``: claim polarity and actor on DEbateNet-mig15.

Data: ``debatenet-mig15/claims-2015-01-to-10.jsonl``, one claim a line:
``quote`` (the claim span), ``cpos`` ("1" the actor supports the claim, "-1"
opposes), ``cdate`` (YYYYMMDD), ``claimvalues`` (codebook categories) and
``actorclusters`` (each with ``name``, ``parties`` and ``inside``: the actor
strings found inside the span, ``{"actor", "in text"}``).

Metrics:

* polarity: accuracy and macro-F1 over the two classes (74% are +1, so
  always-+1 scores 0.74 accuracy but 0.43 macro-F1), from
  ``lagebild.extract.stance.claim_polarity`` on the span text alone; reported
  for all claims and by period, Jan-Jun ("early") and Jul-Oct ("late"). The
  shipped scorer is rules only, written from reading early examples: "late"
  is the part never looked at while writing them.
* actor: on the claims whose actor string occurs inside the span, the
  predicted actor (speaker of the first statement the pipeline finds in the
  span, else its first person or organisation entity, else a pronoun or
  article-plus-capitalised-noun subject) is right when it shares
  a word of 2+ letters (articles aside) with a gold ``in text`` string ("Innenminister de
  Maizière" ~ "de Maizière").
"""
from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..extract.stance import claim_polarity

_WORD = re.compile(r"[\wÄÖÜäöüß]{2,}")
# Fallback subject: a personal pronoun, or an article plus capitalised words ("Die Stadt Schwerte").
_SUBJECT = re.compile(r"\b(?:(?:[Dd]ie|[Dd]er|[Dd]as|[Dd]en)\s+((?:[A-ZÄÖÜ][\wäöüß-]+\s*){1,3})|(?<![\wÄÖÜäöüß])([Ee]r|[Ss]ie|[Ww]ir|[Ii]ch)\b)")
STOP = {"der", "die", "das", "des", "dem", "den", "und", "von", "für", "mit", "auch", "sich", "ein", "eine", "in", "im", "zu", "am", "an"}


def read_claims(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    path = Path(path)
    if path.is_dir():
        path = path / "claims-2015-01-to-10.jsonl"
    if not path.is_file():
        raise InputError(f"DEbateNet claims file {path} does not exist",
                         hint="pass the debatenet-mig15 folder or its claims jsonl (see the datasets_dir setting)")
    out = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{n}: not valid JSON") from exc
            if limit is not None and len(out) >= limit:
                break
    return out


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)} - STOP


def predict_actor(text: str, options: Any = None) -> str | None:
    """The actor string the pipeline finds in a claim span (speaker first, then PER/ORG)."""
    from ..core import analyze

    analysis = analyze(text, lang="de", options=options)
    for st in analysis.statements:
        if st.speaker_mention:
            return " ".join(s.text for s in st.speaker_mention)
    for ent in analysis.entities:
        if ent.label in ("PER", "ORG"):
            return ent.span.text
    match = _SUBJECT.search(text)
    return (match.group(1) or match.group(2)).strip() if match else None


def _macro_f1(gold: list[int], pred: list[int]) -> tuple[float, float]:
    if not gold:
        return 0.0, 0.0
    f1s = []
    for k in (1, -1):
        tp = sum(g == p == k for g, p in zip(gold, pred))
        fp = sum(p == k != g for g, p in zip(gold, pred))
        fn = sum(g == k != p for g, p in zip(gold, pred))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
    acc = sum(g == p for g, p in zip(gold, pred)) / len(gold)
    return round(sum(f1s) / 2, 3), round(acc, 3)


def run(path: str | Path, options: Any = None, *, limit: int | None = None, actors: bool = True) -> dict[str, Any]:
    claims = read_claims(path, limit)
    gold: dict[str, list[int]] = {"all": [], "early": [], "late": []}
    pred: dict[str, list[int]] = {"all": [], "early": [], "late": []}
    started = time.perf_counter()
    for c in claims:
        g = 1 if str(c.get("cpos")).strip() == "1" else -1
        p, _conf = claim_polarity(c.get("quote", ""), "de")
        period = "early" if str(c.get("cdate", ""))[:6] <= "201506" else "late"
        for key in ("all", period):
            gold[key].append(g)
            pred[key].append(p)
    polarity_s = time.perf_counter() - started
    result: dict[str, Any] = {"file": str(path), "claims": len(claims),
                              "share_positive": round(gold["all"].count(1) / len(claims), 3) if claims else 0.0}
    for key in ("all", "early", "late"):
        f1, acc = _macro_f1(gold[key], pred[key])
        result[f"polarity_{key}"] = {"n": len(gold[key]), "macro_f1": f1, "accuracy": acc}
    result["polarity_claims_per_s"] = round(len(claims) / polarity_s, 1) if polarity_s else None
    if actors:
        n = right = 0
        for c in claims:
            inside = [a["in text"] for cl in c.get("actorclusters", []) for a in cl.get("inside", []) if a.get("in text")]
            inside = [s for s in inside if s.strip() and s.strip() in c.get("quote", "")]
            if not inside:
                continue
            n += 1
            guess = predict_actor(c["quote"], options)
            if guess and any(_words(guess) & _words(s) for s in inside):
                right += 1
        result["actor"] = {"n": n, "accuracy": round(right / n, 3) if n else 0.0}
    return result


def format_result(result: dict[str, Any]) -> str:
    lines = [f"DEbateNet-mig15 claims: {result['claims']} ({result['share_positive']:.0%} +1), "
             f"polarity {result['polarity_claims_per_s']} claims/s"]
    names = {"all": "all", "early": "Jan-Jun", "late": "Jul-Oct (never read while writing the rules)"}
    for key in ("all", "early", "late"):
        r = result[f"polarity_{key}"]
        lines.append(f"  polarity {names[key]:<44} n={r['n']:<5} macro-F1 {r['macro_f1']:.3f}  accuracy {r['accuracy']:.3f}")
    if "actor" in result:
        a = result["actor"]
        lines.append(f"  actor (named inside the span)                        n={a['n']:<5} accuracy {a['accuracy']:.3f}")
    return "\n".join(lines)
