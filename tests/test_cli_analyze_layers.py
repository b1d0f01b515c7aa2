"""`lagebild analyze` prints the whole analysis: positions, commitments and conditions too (issue #19)."""
from __future__ import annotations

from click.testing import CliRunner

from lagebild.cli import cli


def test_analyze_table_lists_positions_commitments_and_conditions(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("date 2025-09-24\ntitle: Test\n\nIm Krieg in der Ukraine verhandeln die Europäer über eine "
                       "Absicherung. Die Bundesregierung schließt nicht aus, Truppen in die Ukraine zu schicken, "
                       "wenn es einen Waffenstillstand gibt.\n", encoding="utf-8")
    out = CliRunner().invoke(cli, ["analyze", str(article)])
    assert out.exit_code == 0, out.output
    assert "positions:" in out.output and "conditional on" in out.output
    assert "commitments:" in out.output and "not_ruled_out:" in out.output
    assert "conditions:" in out.output and "ceasefire:" in out.output
    assert "1 conditions" in out.output or "conditions" in out.output.splitlines()[2]
