"""Reading inputs into documents: files, folders, globs, stdin, bytes.

    iter_inputs(inputs, options, *, published=None, lang=None, stdin=None)
    documents_from_bytes(data, *, origin, options, name=None, content_type=None, url=None, ...)

Both yield ``Document`` or ``Reject`` (``Outcome``) and never raise for bad input.
"""
from .normalize import normalize_text
from .outcome import Outcome, Reject
from .readers import documents_from_bytes, iter_inputs

__all__ = ["Outcome", "Reject", "documents_from_bytes", "iter_inputs", "normalize_text"]
