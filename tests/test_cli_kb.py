"""`lagebild kb import` and `kb lookup`, and a user actor folder feeding the pipeline."""
import json

from click.testing import CliRunner

from lagebild.cli import cli

ACTORS = """\
actors:
  - id: local:jane-roe
    name: Jane Roe
    type: person
    aliases: [Roe]
    roles:
      - {key: ZZ.mayor, label: Mayor of Zed, start: 2024-01-01, end: 2026-01-01}
"""


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_import_checks_copies_and_lookup_uses_the_folder(tmp_path):
    src = tmp_path / "mine.yaml"
    src.write_text(ACTORS, encoding="utf-8")
    folder = tmp_path / "kb"
    result = invoke("kb", "import", src, "--to", folder)
    assert result.exit_code == 0, result.output
    assert (folder / "mine.yaml").read_text(encoding="utf-8") == ACTORS
    assert "kb_path" in result.output
    found = invoke("kb", "lookup", "Jane Roe", "--date", "2025-03-01", "--json", "--set", f"kb_path={folder}")
    rows = [json.loads(line) for line in found.output.splitlines()]
    assert rows[0]["id"] == "local:jane-roe" and rows[0]["role_at_date"] == "Mayor of Zed"
    absent = invoke("kb", "lookup", "Jane Roe", "--date", "2025-03-01")
    assert "no actor known" in absent.output


def test_import_refuses_a_bad_file_with_its_line(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("id,name,type\nlocal:x,X,spaceship\n", encoding="utf-8")
    result = invoke("kb", "import", bad, "--to", tmp_path / "kb")
    assert result.exit_code != 0
    assert "bad.csv" in str(result.exception or result.output)
    assert not (tmp_path / "kb" / "bad.csv").exists()


def test_role_nouns_resolve_by_date():
    scholz = json.loads(invoke("kb", "lookup", "der Kanzler", "--date", "2023-03-01", "--json").output.splitlines()[0])
    merz = json.loads(invoke("kb", "lookup", "der Kanzler", "--date", "2025-09-10", "--json").output.splitlines()[0])
    assert (scholz["wikidata"], merz["wikidata"]) == ("Q61053", "Q566257")
