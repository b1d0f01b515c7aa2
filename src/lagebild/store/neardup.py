"""Near-duplicate detection: MinHash signatures and LSH band keys.

Wire copies of one agency story differ in an intro line, a byline, a few
edits. Their word-shingle sets overlap heavily, so the Jaccard similarity
estimated from MinHash signatures finds them.

The LSH index lives in SQLite (``minhash_bands``): a document is written under
one key per band, and two documents become candidates when they share any
band key. Candidates are then verified with the Jaccard estimate from their
stored signatures, so the banding only has to be *recall*-oriented; memory
stays flat because nothing is held in memory between documents.
"""
from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from datasketch import MinHash

# Fixed so signatures are stable across processes and versions of the data.
MINHASH_SEED = 1
MINHASH_SCHEME = "affine32"
SIGNATURE_DTYPE = np.uint32

_WORD = re.compile(r"\w+")


def candidate_probability(jaccard: float, bands: int, rows: int) -> float:
    """Chance that two documents of this Jaccard similarity share at least one band."""
    return 1.0 - (1.0 - jaccard ** rows) ** bands


def lsh_params(num_perm: int, threshold: float, *, margin: float = 0.05, recall: float = 0.99) -> tuple[int, int]:
    """Bands and rows per band for ``num_perm`` permutations.

    A true near-duplicate's *estimated* Jaccard scatters around its true value
    (standard error about sqrt(J(1-J)/num_perm), ~0.05 at 64 permutations), so
    we want documents at ``threshold - margin`` to become candidates with
    probability ``recall``. Among the (bands, rows) that achieve that, the one
    with the most rows per band wins: it makes the fewest false candidates,
    each of which costs a signature comparison. For 64 permutations and a
    threshold of 0.8 this gives 16 bands of 4 rows: P(candidate) is 0.998 at
    J=0.75, 0.64 at J=0.5 and 0.12 at J=0.3.
    """
    target = max(threshold - margin, 0.01)
    best = (num_perm, 1)
    for rows in range(1, num_perm + 1):
        bands = num_perm // rows
        if bands >= 1 and candidate_probability(target, bands, rows) >= recall:
            best = (bands, rows)
    return best


def shingles(text: str, size: int) -> set[bytes]:
    """Lower-cased word n-grams, as bytes. Short texts give one shingle of all words."""
    words = _WORD.findall(text.lower())
    if not words:
        return set()
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    # zip over shifted word lists: the n-grams without slicing per position.
    return {" ".join(gram).encode("utf-8") for gram in zip(*(words[i:] for i in range(size)))}


# The shingle hash: C-speed, 32-bit, stable across processes (unlike hash());
# MinHash's own permutations provide the randomisation.
_SHINGLE_HASH = zlib.crc32


@dataclass(frozen=True)
class MinHasher:
    num_perm: int = 64
    shingle_size: int = 5
    threshold: float = 0.8
    layout: tuple[int, int] | None = None  # (bands, rows) fixed by an existing database

    @cached_property
    def _template(self) -> MinHash:
        return MinHash(num_perm=self.num_perm, seed=MINHASH_SEED, hashfunc=_SHINGLE_HASH, scheme=MINHASH_SCHEME)

    @cached_property
    def bands(self) -> tuple[int, int]:
        """(number of bands, rows per band)."""
        return self.layout or lsh_params(self.num_perm, self.threshold)

    def signature(self, text: str) -> np.ndarray | None:
        """The MinHash signature of ``text``; None if it has no words."""
        grams = shingles(text, self.shingle_size)
        if not grams:
            return None
        template = self._template
        mh = MinHash(num_perm=self.num_perm, seed=MINHASH_SEED, hashfunc=_SHINGLE_HASH,
                     permutations=template.permutations, scheme=MINHASH_SCHEME)
        mh.update_batch(grams)
        return np.asarray(mh.hashvalues, dtype=SIGNATURE_DTYPE)

    def band_keys(self, signature: np.ndarray) -> list[tuple[int, int]]:
        """(band_index, band_hash) pairs; band_hash is a signed 64-bit int for SQLite."""
        bands, rows = self.bands
        raw = signature.tobytes()
        width = rows * signature.itemsize
        keys = []
        for band in range(bands):
            digest = hashlib.blake2b(raw[band * width:(band + 1) * width], digest_size=8).digest()
            keys.append((band, int.from_bytes(digest, "little", signed=True)))
        return keys

    @staticmethod
    def to_blob(signature: np.ndarray) -> bytes:
        return signature.astype(SIGNATURE_DTYPE).tobytes()

    @staticmethod
    def from_blob(blob: bytes) -> np.ndarray:
        return np.frombuffer(blob, dtype=SIGNATURE_DTYPE)

    @staticmethod
    def similarity(a: np.ndarray, b: np.ndarray) -> float:
        """Estimated Jaccard similarity: the share of equal signature slots."""
        if a.shape != b.shape:
            return 0.0
        return float(np.count_nonzero(a == b)) / len(a)
