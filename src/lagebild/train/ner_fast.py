"""Training of the fast German NER tagger (``nlp.ner_model``, ``data/models/ner_de_fast.npz``)
from open data sets: ``lagebild train ner``.

Training data (all shippable): DFKI SmartData v1 train (CC BY 4.0; news, RSS, tweets;
char spans), the "tune" half of GermEval 2014 dev (CC BY 4.0; Wikipedia and news; the
sentences with an even index, ``corpora.germeval.read_sentences(half="tune")``; its odd-index
"heldout" half is never read here, it is what ``lagebild bench ner --half heldout``
reports) and Europeana Newspapers German NER (CC0; historical OCR, BIO, weighted down by
being seen in fewer epochs). EuroParl is research-only data and is never read here.

The corpora annotate differently (SmartData has no MISC and few derived adjectives,
GermEval counts "deutschen" as LOC and "US-Präsident" under LOC), so each corpus gets its
own copy of every feature weight on top of the shared ones ("frustratingly easy" domain
adaptation, Daumé 2007); the shipped weights are shared + GermEval's copy.
Deterministic: fixed seed, fixed file order.
"""
from __future__ import annotations

import gzip
import random
import time
from pathlib import Path
from typing import Sequence

import numpy as np

from ..corpora import Sentence
from ..corpora.europeana import FILES as EUROPEANA_FILES, read_europeana
from ..corpora.germeval import germeval_sentences
from ..corpora.smartdata import read_smartdata
from ..nlp.ner_decode import N_TAGS, TAG_INDEX, allowed_transitions, bio_spans, viterbi
from ..nlp.ner_model import MASK, Tagger


def sentence_starts(toks: list[str]) -> list[bool]:
    return [i == 0 for i in range(len(toks))]


class _Trainer:
    """Averaged structured perceptron over hashed features (dense arrays while training)."""

    def __init__(self, featurizer, gaz_fn):
        self.f, self.gaz_fn = featurizer, gaz_fn
        self.w = np.zeros((MASK + 1, N_TAGS))
        self.u = np.zeros((MASK + 1, N_TAGS))  # sum of step * update, for averaging
        self.t = np.zeros((N_TAGS + 1, N_TAGS))
        self.tu = np.zeros((N_TAGS + 1, N_TAGS))
        self.allowed = allowed_transitions()
        self.step = 1
        self.dom: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def prepare(self, sents: list[Sentence], rng: random.Random | None = None, drop: float = 0.0):
        """Feature ids per sentence. With ``drop`` > 0 the token's own word-identity features
        are left out at that rate, so context, shape and affixes learn to carry unseen names."""
        from ..nlp.ner_model import _fid

        out = []
        for toks, tags in sents:
            ids, offs = self.f.doc_features(toks, sentence_starts(toks), self.gaz_fn(toks))
            if drop and rng is not None:
                bounds = offs[1:] + [len(ids)]
                new_ids, new_offs = [], []
                for tok, a, b in zip(toks, offs, bounds):
                    new_offs.append(len(new_ids))
                    own = ids[a:b]
                    if rng.random() < drop:
                        lex = {_fid("w=" + tok.lower()), _fid("W=" + tok)}
                        own = [f for f in own if f not in lex]
                    new_ids.extend(own)
                ids, offs = new_ids, new_offs
            if toks:
                out.append((np.asarray(ids, dtype=np.int64), offs + [len(ids)], [TAG_INDEX.get(t, 0) for t in tags]))
        return out

    def add_domain(self, name: str) -> None:
        """Domain-specific copies of every feature weight ("frustratingly easy" domain
        adaptation): sentences of that domain score with general + own weights and update
        both, so the general weights carry what the corpora share."""
        self.dom[name] = (np.zeros((MASK + 1, N_TAGS)), np.zeros((MASK + 1, N_TAGS)))

    def update(self, ids: np.ndarray, offs: list[int], gold: list[int], domain: str | None = None) -> None:
        dw, du = self.dom[domain] if domain else (None, None)
        em = np.add.reduceat(self.w[ids], offs[:-1], axis=0)
        if dw is not None:
            em += np.add.reduceat(dw[ids], offs[:-1], axis=0)
        pred = viterbi(em, self.t + self.allowed)
        if pred != gold:
            c = self.step
            prev_g = prev_p = N_TAGS
            for k, (g, p) in enumerate(zip(gold, pred)):
                if g != p:
                    f = ids[offs[k]:offs[k + 1]]
                    for w, u in ((self.w, self.u), (dw, du)):
                        if w is None:
                            continue
                        np.add.at(w[:, g], f, 1.0)
                        np.add.at(w[:, p], f, -1.0)
                        np.add.at(u[:, g], f, c)
                        np.add.at(u[:, p], f, -c)
                if g != p or prev_g != prev_p:
                    self.t[prev_g, g] += 1.0
                    self.t[prev_p, p] -= 1.0
                    self.tu[prev_g, g] += c
                    self.tu[prev_p, p] -= c
                prev_g, prev_p = g, p
        self.step += 1

    def averaged(self, domain: str | None = None) -> tuple[np.ndarray, np.ndarray]:
        w = self.w - self.u / self.step
        if domain:
            dw, du = self.dom[domain]
            w = w + (dw - du / self.step)
        return w, self.t - self.tu / self.step


def from_dense(weights: np.ndarray, trans: np.ndarray, meta=None, given_names=frozenset()) -> Tagger:
    """A ``Tagger`` keeping the feature rows of dense training weights that carry any weight."""
    keys = np.flatnonzero(np.abs(weights).max(axis=1) > 1e-3).astype(np.uint32)
    return Tagger(keys, weights[keys], trans, meta, given_names)


def _evaluate(tagger: Tagger, sents: list[Sentence], gaz_fn) -> dict:
    tp = fp = fn = 0
    for toks, tags in sents:
        gold = set(bio_spans([TAG_INDEX.get(t, 0) for t in tags]))
        pred = set(tagger.spans(toks, sentence_starts(toks), gaz_fn(toks)))
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(100 * p, 2), "recall": round(100 * r, 2),
            "f1": round(200 * p * r / (p + r), 2) if p + r else 0.0}


def load_corpora(datasets_dir: str | Path, extra: Sequence[str | Path] = ()) -> dict[str, list[Sentence]]:
    """The training corpora; ``extra`` files (GermEval 2014 format, all their sentences) join
    the GermEval tune half: more in-domain sentences are what this tagger lacks most
    (``bench/ner_curve.py``)."""
    base = Path(datasets_dir)
    smart = read_smartdata(base / "smartdata-de-ner" / "v1_20180119" / "train.json.gz")
    euro: list[Sentence] = []
    for name in EUROPEANA_FILES:
        p = base / "europeana-de-ner" / name
        if p.exists():
            euro.extend(read_europeana(p))
    return {"smartdata": smart, "europeana": euro, "germeval": germeval_sentences(base, extra)}



# The knowledge-base names (form, label) that gave the gazetteer features when the shipped
# model was trained: a training input, kept beside it.
TRAINING_GAZETTEER = Path(__file__).resolve().parents[1] / "data" / "models" / "ner_de_fast.gazetteer.tsv.gz"


def gazetteer_path(model_path: str | Path) -> Path:
    """Where the names a model was trained with go: beside it (``x.npz`` -> ``x.gazetteer.tsv.gz``)."""
    path = Path(model_path)
    return path.with_name(path.name.removesuffix(".npz") + ".gazetteer.tsv.gz")


def read_gazetteer(path: str | Path) -> dict[str, str]:
    """Surface form -> label ('' for a form that is matched but gives no label), in file order."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return dict(line.rstrip("\n").split("\t", 1) for line in fh if line.strip())


def write_gazetteer(path: str | Path, forms: dict[str, str]) -> None:
    # fixed mtime in the gzip header: the same names give the same bytes
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write("".join(f"{form}\t{forms[form]}\n" for form in sorted(forms)).encode("utf-8"))

def train_ner(options, out_path: str | Path, *, epochs: int = 8, europeana_epochs: int = 4, seed: int = 13,
              heldout: float = 0.0, drop: float = 0.3, germeval_copies: int = 1, domains: bool = True,
              corpora: dict | None = None, extra: Sequence[str | Path] = (),
              gazetteer: str | Path | None = TRAINING_GAZETTEER) -> dict:
    """Train on SmartData train + the GermEval 2014 dev "tune" half (``germeval_copies`` times
    per epoch) (+ Europeana in the first ``europeana_epochs`` epochs), write the model to
    ``out_path`` and return statistics. With ``domains`` each corpus has its own weight
    copies and the model keeps shared + GermEval's (see the module doc). ``heldout`` > 0
    keeps that share of SmartData out of training and reports the tagger's span F1 on it.
    ``extra``: GermEval-format files learnt like the tune half (``load_corpora``). ``gazetteer``:
    the knowledge-base names (form and label) that make the gazetteer features: a file as
    ``write_gazetteer`` writes (``TRAINING_GAZETTEER``, the one the shipped model was trained
    with, so that it rebuilds bit for bit whatever the knowledge base has learnt since), or
    None for the live knowledge base (``load_kb(options)``). The names used are written beside
    ``out_path`` (``gazetteer_path``)."""
    from ..kb import load_kb
    from ..nlp.ner import _gazetteer
    from ..nlp.ner_lexicon import gazetteer_of_forms, given_names
    from ..nlp.ner_model import Featurizer, form_labels, gazetteer_tags

    t0 = time.perf_counter()
    corpora = corpora or load_corpora(options.datasets_dir, extra)
    rng = random.Random(seed)
    smart = list(corpora["smartdata"])
    rng.shuffle(smart)
    n_held = int(len(smart) * heldout)
    held, smart = smart[:n_held], smart[n_held:]
    euro = list(corpora.get("europeana", []))
    germeval = list(corpora.get("germeval", []))

    if gazetteer is None:
        kb = load_kb(options)
        gz = _gazetteer(id(kb), "de", kb)
        labels = form_labels(kb)
        forms = {form: labels.get(form, "") for entries in gz.by_first.values() for _seq, form in entries}
    else:
        forms = read_gazetteer(gazetteer)
        gz, labels = gazetteer_of_forms(forms, "de"), {f: lab for f, lab in forms.items() if lab}
    write_gazetteer(gazetteer_path(out_path), forms)

    def gaz_fn(toks):
        return gazetteer_tags(toks, gz, labels)

    names = given_names()
    trainer = _Trainer(Featurizer(names), gaz_fn)
    smart_p = trainer.prepare(smart, rng, drop)
    euro_p = trainer.prepare(euro, rng, drop) if europeana_epochs else []
    ge_p = [trainer.prepare(germeval, rng, drop) for _ in range(germeval_copies)] if germeval else []
    ge_p = [s for copy in ge_p for s in copy]  # each copy drops different words
    if domains:
        for name, part in (("smartdata", smart_p), ("europeana", euro_p), ("germeval", ge_p)):
            if part:
                trainer.add_domain(name)
        smart_p = [(*x, "smartdata") for x in smart_p]
        euro_p = [(*x, "europeana") for x in euro_p]
        ge_p = [(*x, "germeval") for x in ge_p]
    for epoch in range(epochs):
        batch = smart_p + ge_p + (euro_p if epoch < europeana_epochs else [])
        order = list(range(len(batch)))
        rng.shuffle(order)
        for k in order:
            trainer.update(*batch[k])
    w, t = trainer.averaged(("germeval" if ge_p else "smartdata" if smart_p else None) if domains else None)
    meta = {"data": ["smartdata-de-ner v1 train (CC BY 4.0)"]
            + (["germeval2014 dev, even-index (tune) half (CC BY 4.0)"] if ge_p else [])
            + [f"{Path(p).name} (given with --extra, GermEval format)" for p in extra]
            + (["europeana-de-ner (CC0)"] if euro_p else []),
            "epochs": epochs, "europeana_epochs": europeana_epochs if euro_p else 0, "seed": seed,
            "germeval_copies": germeval_copies if ge_p else 0, "domains": domains,
            "hash_bits": MASK.bit_length(), "heldout": heldout, "drop": drop}
    tagger = from_dense(w, t, meta, names)
    tagger.save(out_path)
    stats = {"sentences": len(smart) + len(euro) + len(germeval), "smartdata_sentences": len(smart),
             "europeana_sentences": len(euro), "germeval_sentences": len(germeval),
             "tokens": sum(len(s[0]) for s in smart + euro + germeval),
             "features": int(len(np.flatnonzero(tagger.remap))), "seconds": round(time.perf_counter() - t0, 1),
             "bytes": Path(out_path).stat().st_size, **meta}
    if held:
        stats["heldout_smartdata"] = _evaluate(tagger, held, gaz_fn)
    return stats
