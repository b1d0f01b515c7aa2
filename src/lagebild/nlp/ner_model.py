"""A light trained NER tagger: hashed features, averaged structured perceptron, Viterbi.

The tagger labels tokens with BIO tags over PER/LOC/ORG/MISC. Emission scores are
sums of hashed feature weights (features depend on the word and its neighbours, never
on predicted tags), so one numpy gather scores a whole document; a 9x9 transition
matrix plus Viterbi picks the best tag sequence (invalid I- tags are ruled out).

Features per token (see ``_word_feats``): lower-cased word, prefixes 2-4, suffixes 2-6,
word shape, capitalisation, given-name membership, the word's paradigm size in the
simplemma German dictionary (``paradigm``: a common noun has many inflected forms, a
name one or two, an unknown word none); for the neighbours: +-1 words, shapes and
3-letter suffixes, +-2 words, and the shape pairs (previous, this) and (this, next);
sentence/quote position (German capitalises every noun, so a capital at the start of a
sentence says little); knowledge-base gazetteer membership (label and B/I position of
the longest KB name match).

Inference (``Tagger.spans``) sums each word form's feature weights once per role and
caches them (``FormTable``), and runs Viterbi only over runs of tokens that may carry a
name, all runs in one numpy batch (``decode_runs``); ``Tagger.tag`` is the plain
full Viterbi, kept as the reference (training decodes with ``viterbi``).

Weights live in ``data/models/ner_de_fast.npz``: sparse rows (hash bucket -> float16
vector over the tags) and the transition matrix. Rebuild with ``train.ner_fast.train_ner``.
"""
from __future__ import annotations

import functools
import threading
import zlib
from importlib import resources
from pathlib import Path

import numpy as np

from ..caches import WORD_FORMS
from ..errors import PipelineError
from .ner_decode import N_TAGS, _BEGIN, _INSIDE, _runs, allowed_transitions, decode_runs, tag_spans, viterbi

HASH_BITS = 20
MASK = (1 << HASH_BITS) - 1
QUOTES = {'"', "„", "“", "”", "»", "«", "'", "‚", "‘", "’", "(", ":"}
SENT_END = {".", "!", "?", "\n"}
_WORD_CACHE_MAX = 20_000  # feature ids per form: only FormTable misses come here


def default_model_path() -> Path:
    return Path(str(resources.files("lagebild") / "data" / "models" / "ner_de_fast.npz"))


def _fid(s: str) -> int:
    # crc32 is stable across processes (Python's str hash is salted)
    return zlib.crc32(s.encode("utf-8")) & MASK


# endings probed to size a lemma's paradigm in the lemma dictionary (``paradigm``)
PARADIGM_ENDINGS = ("s", "es", "e", "en", "n", "er", "ern", "ens", "ns")


@functools.lru_cache(maxsize=1)
def _lemma_dictionary():
    """simplemma's German form -> lemma mapping (the lemmatiser's own copy where the
    installed version shares it) as (raw bytes -> bytes dict or None, str mapping), or
    (None, None) without simplemma."""
    try:
        from simplemma.strategies import DEFAULT_DICTIONARY_FACTORY as factory
    except ImportError:
        try:
            from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory
        except ImportError:
            return None, None
        factory = DefaultDictionaryFactory()
    mapping = factory.get_dictionary("de")
    raw = getattr(mapping, "_dict", None)  # simplemma 2 keeps bytes; the lookups skip the str wrapper
    return (raw if isinstance(raw, dict) else None), mapping


_ENDINGS_B = tuple(e.encode("ascii") for e in PARADIGM_ENDINGS)


def paradigm(tok: str) -> str:
    """'unk' (not in the lemma dictionary), 'p1', 'p2', 'p3' (3-4) or 'p5' (5+): how many
    forms of the token's lemma the dictionary lists, probing common endings. A common noun
    has many, a name one or two; an unknown lower-case word is often a foreign word inside
    a name ("Lido delle Nazioni")."""
    raw, mapping = _lemma_dictionary()
    if raw is not None:
        d, lemma, ends = raw, raw.get(tok.encode("utf-8")), _ENDINGS_B
    else:
        d, ends = mapping, PARADIGM_ENDINGS
        lemma = mapping.get(tok) if mapping is not None else None
    if lemma is None:
        return "unk"
    n = 1
    for end in ends:
        if d.get(lemma + end) == lemma:
            n += 1
            if n == 5:
                return "p5"
    return "p1" if n <= 1 else "p2" if n <= 2 else "p3"


def shape(tok: str) -> str:
    """Compressed word shape: 'Xx', 'XX', 'x', 'd', 'Xx-Xx', ..."""
    out = []
    for ch in tok[:12]:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


class Featurizer:
    """Feature ids of tokens; word-level parts are cached per word form."""

    def __init__(self, given_names: frozenset[str] | set[str] = frozenset()):
        self.given = given_names
        self._cache: dict[str, tuple[list[int], list[int], list[int], list[int], list[int]]] = {}
        self._pos = {name: _fid(name) for name in (
            "bias", "first", "after_quote", "first|cap", "mid|cap", "after_quote|cap", "last")}
        # crc32 of each feature-name prefix (unmasked, to be continued) or whole constant feature
        self._crc = {p: zlib.crc32(p.encode("ascii")) for p in (
            "w=", "sh=", "p2=", "p3=", "p4=", "s2=", "s3=", "s4=", "s5=", "s6=", "W=", "hyph_last=", "len=",
            "lx=", "lxc=", "pw=", "psh=", "ps3=", "nw=", "nsh=", "ns3=", "p2w=", "n2w=", "cap", "allcaps", "hyph",
            "given", "pgiven")}

    def _word_feats(self, tok: str):
        hit = self._cache.get(tok)
        if hit is not None:
            return hit
        ids, lens = self.raw_ids(tok)
        k, groups = 0, []
        for n in lens:
            groups.append([f & MASK for f in ids[k:k + n]])
            k += n
        hit = tuple(groups)
        if len(self._cache) > _WORD_CACHE_MAX:
            self._cache.clear()
        self._cache[tok] = hit
        return hit

    def raw_ids(self, tok: str, sh: str | None = None) -> tuple[list[int], tuple[int, ...]]:
        """Unmasked feature ids of a word form, flat, and the sizes of its five role groups
        (own, as previous, as next, as +-2 word). Masked, an id is ``_fid("name=value")``:
        crc32 continued from the crc of the name prefix, without building the string."""
        c, crc = self._crc, zlib.crc32
        low = tok.lower()
        lb, sb = low.encode("utf-8"), (sh if sh is not None else shape(tok)).encode("utf-8")
        s3 = low[-3:].encode("utf-8")
        own = [crc(lb, c["w="]), crc(sb, c["sh="]),
               crc(low[:2].encode("utf-8"), c["p2="]), crc(low[:3].encode("utf-8"), c["p3="]),
               crc(low[:4].encode("utf-8"), c["p4="]), crc(low[-2:].encode("utf-8"), c["s2="]),
               crc(s3, c["s3="]), crc(low[-4:].encode("utf-8"), c["s4="]),
               crc(low[-5:].encode("utf-8"), c["s5="]), crc(low[-6:].encode("utf-8"), c["s6="])]
        lex = paradigm(tok).encode("ascii")
        own.append(crc(lex, c["lx="]))
        if tok != low:
            own.append(crc(tok.encode("utf-8"), c["W="]))
        if tok[:1].isupper():
            own.append(c["cap"])
            own.append(crc(lex, c["lxc="]))
        if tok.isupper() and len(tok) > 1:
            own.append(c["allcaps"])
        if "-" in tok and len(tok) > 1:
            own.append(c["hyph"])
            own.append(crc(tok.rsplit("-", 1)[-1].lower()[-5:].encode("utf-8"), c["hyph_last="]))
        given = tok in self.given
        if given:
            own.append(c["given"])
        if len(tok) <= 2:
            own.append(crc(str(len(tok)).encode("ascii"), c["len="]))
        n_own = len(own)
        own += (crc(lb, c["pw="]), crc(sb, c["psh="]), crc(s3, c["ps3="]))
        if given:
            own.append(c["pgiven"])
        own += (crc(lb, c["nw="]), crc(sb, c["nsh="]), crc(s3, c["ns3="]), crc(lb, c["p2w="]), crc(lb, c["n2w="]))
        return own, (n_own, 4 if given else 3, 3, 1, 1)

    def doc_features(self, toks: list[str], starts: list[bool], gaz: list[str | None]) -> tuple[list[int], list[int]]:
        """Flat feature ids and the offset where each token's ids begin."""
        wf = [self._word_feats(t) for t in toks]
        n = len(toks)
        shapes = ["^"] + [shape(t) for t in toks] + ["$"]
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
            ids.append(pair_id("shb=", shapes[i], shapes[i + 1]))
            ids.append(pair_id("shn=", shapes[i + 1], shapes[i + 2]))
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


def pair_id(name: str, left: str, right: str) -> int:
    """Feature id of a shape pair ("^"/"$" outside the sentence)."""
    return _fid(name + left + "|" + right)


class FormTable:
    """Word form -> row of summed feature weights per role (and the id of the form's
    shape), grown in batches, reset when full (a bounded cache: news vocabulary repeats,
    so most forms are hits)."""

    limit = WORD_FORMS

    def __init__(self, tagger: "Tagger"):
        self.tagger = tagger
        self.index: dict[str, int] = {}
        self.table = np.zeros((1024, 5, N_TAGS), dtype=np.float32)  # rows beyond len(index) unused
        self.shapes = np.zeros(1024, dtype=np.int64)
        self.shape_ids: dict[str, int] = {"^": 0, "$": 1}  # "^"/"$": outside the sentence
        self.shape_names = ["^", "$"]
        self._lock = threading.Lock()

    def vectors(self, toks: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Role vectors (n, 5, N_TAGS) and shape ids (n) of the tokens."""
        get = self.index.get
        if any(get(t) is None for t in toks):
            with self._lock:  # appends must not interleave (a server may tag in threads)
                new = {t for t in toks if self.index.get(t) is None}
                if len(self.index) + len(new) > self.limit or len(self.shape_ids) > self.limit:
                    self.index = {}
                    if len(self.shape_ids) > self.limit:
                        self.shape_ids, self.shape_names = {"^": 0, "$": 1}, ["^", "$"]
                        self.tagger._shape_ctx = {}
                    new = set(toks)
                self._add(sorted(new))
                index, table, shapes = self.index, self.table, self.shapes
        else:
            index, table, shapes = self.index, self.table, self.shapes
        rows = [index[t] for t in toks]
        return table[rows], shapes[rows]

    def _add(self, forms: list[str]) -> None:
        t = self.tagger
        ids: list[int] = []
        lens: list[int] = []
        sids: list[int] = []
        shape_ids, names = self.shape_ids, self.shape_names
        for form in forms:
            sh = shape(form)
            raw, sizes = t.feats.raw_ids(form, sh)
            ids += raw
            lens += sizes
            sid = shape_ids.get(sh)
            if sid is None:
                sid = shape_ids[sh] = len(names)
                names.append(sh)
            sids.append(sid)
        w = t.rows[t.remap[np.asarray(ids, dtype=np.int64) & MASK]]
        offs = np.cumsum([0] + lens[:-1])
        sums = np.add.reduceat(w, offs, axis=0)  # every group has at least one id
        base = len(self.index)
        if base + len(forms) > len(self.table):  # grow by doubling: amortised O(1) per form
            size = max(2 * len(self.table), base + len(forms))
            grown = np.zeros((size, 5, N_TAGS), dtype=np.float32)
            grown[:base] = self.table[:base]
            grown_shapes = np.zeros(size, dtype=np.int64)
            grown_shapes[:base] = self.shapes[:base]
            self.table, self.shapes = grown, grown_shapes
        self.table[base:base + len(forms)] = sums.reshape(len(forms), 5, N_TAGS)
        self.shapes[base:base + len(forms)] = sids
        for k, form in enumerate(forms):
            self.index[form] = base + k


class Tagger:
    """Scores with dense-by-bucket lookup into a compact weight table.

    Inference (``spans``) is the fast path: the weights of a word form's features are
    summed once per form and role (own, previous, next, +-2) and cached, so a document's
    emissions are a few numpy slices; decoding runs Viterbi only over runs of tokens where
    some name tag scores within ``margin`` of O (everything else is O), all runs at once."""

    margin = 80.0  # on GermEval/EuroParl dev text (2,501 spans), none differs from full Viterbi (docs/models.md)

    def __init__(self, keys: np.ndarray, rows: np.ndarray, trans: np.ndarray, meta: dict | None = None,
                 given_names=frozenset()):
        self.rows = np.vstack([np.zeros((1, N_TAGS), dtype=np.float32), rows.astype(np.float32)])
        self.remap = np.zeros(MASK + 1, dtype=np.int32)
        self.remap[keys.astype(np.int64)] = np.arange(1, len(keys) + 1, dtype=np.int32)
        self.trans = trans.astype(np.float64) + allowed_transitions()
        self.meta = meta or {}
        self.feats = Featurizer(given_names)
        self._forms = FormTable(self)
        self._pos = {name: self._sum([fid]) for name, fid in self.feats._pos.items()}
        self._gz: dict[tuple[str, str], np.ndarray] = {}
        self._shape_ctx: dict[int, np.ndarray] = {}  # shape-id triple -> shape-pair weights
        self._pos_matrix = np.stack([self._pos[k] for k in (
            "last", "first", "first|cap", "after_quote", "after_quote|cap", "mid|cap")])
        # transition parts of the candidate tests (``_candidates``), relative to staying O
        body, t = self.trans[:N_TAGS], self.trans
        stay = body[0, 0]
        self._b_gain = np.maximum(t[0, _BEGIN], t[N_TAGS, _BEGIN]) + body[_BEGIN, 0] - 2 * stay
        enter_i = np.array([max(body[p, i] - body[p, 0] for p in (i - 1, i)) for i in _INSIDE])
        self._i_gain = enter_i + body[_INSIDE, 0] - stay

    def _sum(self, ids) -> np.ndarray:
        return self.rows[self.remap[np.asarray(ids, dtype=np.int64)]].sum(axis=0)

    def emissions(self, toks, starts, gaz) -> np.ndarray:
        """Reference emissions from the training features (one flat id list)."""
        ids, offsets = self.feats.doc_features(toks, starts, gaz)
        if not ids:
            return np.zeros((0, N_TAGS), dtype=np.float32)
        w = self.rows[self.remap[np.asarray(ids, dtype=np.int64)]]
        return np.add.reduceat(w, np.asarray(offsets, dtype=np.int64), axis=0)

    def fast_emissions(self, toks: list[str], starts: list[bool], gaz: list[str | None]) -> np.ndarray:
        """Emissions with neighbour features kept inside each sentence, as in training
        (``emissions`` of each sentence alone, up to float rounding)."""
        n = len(toks)
        if n == 0:
            return np.zeros((0, N_TAGS), dtype=np.float32)
        v, shp = self._forms.vectors(toks)  # (n, 5, N_TAGS): own, as prev, as next, as prev2, as next2
        first = np.asarray(starts, dtype=bool).copy()
        first[0] = True
        sid = np.cumsum(first)
        em = v[:, 0] + self._pos["bias"]
        same1 = (sid[1:] == sid[:-1])[:, None]
        em[1:] += np.where(same1, v[:-1, 1], 0.0)
        em[:-1] += np.where(same1, v[1:, 2], 0.0)
        if n > 2:
            same2 = (sid[2:] == sid[:-2])[:, None]
            em[2:] += np.where(same2, v[:-2, 3], 0.0)
            em[:-2] += np.where(same2, v[2:, 4], 0.0)
        last = np.ones(n, dtype=bool)
        last[:-1] = first[1:]
        cap = np.fromiter((t[:1].isupper() for t in toks), dtype=bool, count=n)
        quote = np.zeros(n, dtype=bool)
        quote[1:] = np.fromiter((t in QUOTES for t in toks[:-1]), dtype=bool, count=n - 1)
        quote &= ~first
        mid = ~first & ~quote
        flags = np.stack([last, first, first & cap, quote, quote & cap, mid & cap], axis=1)
        em += flags.astype(np.float32) @ self._pos_matrix
        em += self._shape_vectors(shp, first, last)
        hits = [i for i, g in enumerate(gaz) if g is not None]
        if hits:
            em[hits] += np.array([self._gaz_vector(gaz[i], toks[i]) for i in hits])
        return em

    def _shape_vectors(self, shp: np.ndarray, first: np.ndarray, last: np.ndarray) -> np.ndarray:
        """Weights of the shape-pair features (previous, own) and (own, next), cached per
        triple of shape ids (ids stay below 2^20: ``FormTable`` resets them at 100k);
        one lookup per distinct triple in the document."""
        left = np.where(first, 0, np.roll(shp, 1))
        right = np.where(last, 1, np.roll(shp, -1))
        uniq, inv = np.unique((left << 40) | (shp << 20) | right, return_inverse=True)
        cache, names = self._shape_ctx, self._forms.shape_names
        if len(cache) > FormTable.limit:
            cache.clear()
        vecs = []
        for u in uniq.tolist():
            vec = cache.get(u)
            if vec is None:
                a, b, c = names[u >> 40], names[(u >> 20) & 0xFFFFF], names[u & 0xFFFFF]
                vec = cache[u] = self._sum([pair_id("shb=", a, b), pair_id("shn=", b, c)])
            vecs.append(vec)
        return np.stack(vecs)[inv.reshape(-1)]

    def _gaz_vector(self, g: str, tok: str) -> np.ndarray:
        key = (g, tok.lower()[-3:])
        vec = self._gz.get(key)
        if vec is None:
            vec = self._gz[key] = self._sum([_fid("gz=" + g), _fid("gz=" + g + "|" + key[1])])
        return vec

    def _candidates(self, em: np.ndarray) -> np.ndarray:
        """Tokens that may carry a name tag. A token may begin a name if, with O on both
        sides, some B- tag (with its entry and exit transitions) comes within ``margin``
        of O; it may continue one if the token before is a candidate and extending the
        name over it comes within ``margin`` of closing the name before it. (Emissions
        and transitions share a large scale, so neither alone says anything.) Then gaps of
        one token are filled and every run gains the token before it."""
        begin = (em[:, _BEGIN] + self._b_gain).max(axis=1) - em[:, 0] > -self.margin
        cont = (em[:, _INSIDE] + self._i_gain).max(axis=1) - em[:, 0] > -self.margin
        cand = begin.copy()
        for k in np.flatnonzero(cont[1:] & ~begin[1:]) + 1:
            cand[k] = cand[k - 1]
        # names carried by their strong parts: a weak token between two candidates
        # ("Kempten ( Allgäu )") or just before one ("Polizei Friesoythe") may belong to them
        cand[1:-1] |= cand[:-2] & cand[2:]
        cand[:-1] |= cand[1:]
        return cand

    def tag(self, toks: list[str], starts: list[bool], gaz: list[str | None]) -> list[int]:
        """Exact Viterbi over the whole token list (reference for ``spans``)."""
        em = self.emissions(toks, starts, gaz)
        # training sequences are single sentences, so I- weights at a sentence start are
        # never corrected: a name never continues across a sentence start
        first = [k for k, s in enumerate(starts) if s]
        if first:
            em[np.ix_(first, _INSIDE)] = -1e9
        return viterbi(em, self.trans)

    def spans(self, toks, starts, gaz) -> list[tuple[int, int, str]]:
        """[(start, end, class)] of names: fast emissions, Viterbi over candidate runs only."""
        if not toks:
            return []
        em = self.fast_emissions(toks, starts, gaz)
        cand = self._candidates(em)
        if not cand.any():
            return []
        first = np.asarray(starts, dtype=bool).copy()
        first[0] = True
        run_a, run_b = _runs(cand, first)
        return tag_spans(decode_runs(em, run_a, run_b, first, self.trans))

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
    i, n, first_tokens = 0, len(toks), gz.by_first
    while i < n:
        hit = gz.match(toks, i) if toks[i] in first_tokens and toks[i][:1].isalnum() else None
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
