"""Every code block in docs/python.md runs, in order, against the sample corpus."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_python_docs_examples_run(tmp_path):
    text = (ROOT / "docs" / "python.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    assert len(blocks) >= 5
    namespace = {"db_path": str(tmp_path / "docs.db"), "corpus_dir": str(ROOT / "samples" / "corpus")}
    for block in blocks:
        exec(compile(block, "docs/python.md", "exec"), namespace)  # noqa: S102 - our own docs
