"""`lagebild kb update`: Wikidata JSON subsets and SPARQL results -> the user's actor folder (issue #17)."""
import gzip
import json
from datetime import date
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from lagebild.cli import cli, main
from lagebild.errors import KnowledgeBaseError
from lagebild.kb import load_kb
from lagebild.kb.update import _parse_time, _span, load_positions, read_update, write_update
from lagebild.settings import make_options

FIXTURES = Path(__file__).parent / "fixtures"
SUBSET = FIXTURES / "wikidata_subset.json"
SPARQL = FIXTURES / "wikidata_sparql.json"


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def kb_at(folder):
    return load_kb(make_options({"kb_path": str(folder)}))


def test_update_from_a_dump_subset(tmp_path):
    result = invoke("kb", "update", SUBSET, "--out", tmp_path)
    assert result.exit_code == 0, result.output
    assert "read 4 entities" in result.output
    assert "3 actors (1 added, 2 updated), 3 roles" in result.output
    assert "wd.Q999999902  Mayor of Exampleton" in result.output  # the unmapped position, named from its item
    files = list(tmp_path.glob("wikidata-update-*.yaml"))
    assert len(files) == 1
    actors = {a["id"]: a for a in yaml.safe_load(files[0].read_text(encoding="utf-8"))["actors"]}
    assert "Q999999902" not in actors  # the position item is not an actor
    assert actors["Q61053"]["party"] == "Q49768"
    assert actors["Q61053"]["roles"] == [{"key": "DE.chancellor", "label": "Chancellor of Germany",
                                          "label_de": "Bundeskanzler", "of": "Q183",
                                          "start": date(2021, 12, 8), "end": date(2025, 5, 6)}]
    jane = actors["Q999999901"]
    assert [r["key"] for r in jane["roles"]] == ["wd.Q999999902"]  # the deprecated statement is left out

    kb = kb_at(tmp_path)
    # a year-precise start counts from the year's last day (a day surely in office)
    assert kb.role_holder("wd.Q999999902", date(2024, 6, 1)).name == "Jane Example"
    assert kb.role_holder("wd.Q999999902", date(2023, 6, 1)) is None
    assert kb.role_holder("DE.chancellor", date(2023, 3, 1)).wikidata == "Q61053"
    assert kb.lookup("Bürgermeisterin Beispiel")[0].actor.id == "Q999999901"  # alias (de)
    assert kb.lookup("Jane Beispiel")[0].actor.id == "Q999999901"  # German label
    # the shipped record keeps its aliases when the update merges into it
    assert kb.lookup("Scholz", on=date(2023, 3, 1))[0].actor.id == "Q61053"


def test_update_from_a_sparql_result_into_kb_path(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    result = invoke("kb", "update", SPARQL, "--set", f"kb_path={folder}")
    assert result.exit_code == 0, result.output
    assert "read 3 result rows (sparql-json)" in result.output
    assert "wd.Q999999912  editor-in-chief of the Example Gazette" in result.output
    assert "use it with" not in result.output  # already the kb_path folder
    kb = kb_at(folder)
    assert kb.role_holder("US.president", date(2023, 5, 1)).wikidata == "Q6279"
    assert kb.role_holder("US.vice_president", date(2012, 5, 1)).wikidata == "Q6279"
    # month precision: from the month's last day
    assert kb.role_holder("wd.Q999999912", date(2022, 3, 31)).name == "Jay Doe"
    assert kb.role_holder("wd.Q999999912", date(2022, 3, 15)) is None
    assert kb.lookup("Chefredakteur Doe")[0].actor.id == "Q999999911"
    assert kb.lookup("Joseph Robinette Biden Jr.")[0].actor.id == "Q6279"


def test_json_summary_and_a_second_update_does_not_overwrite(tmp_path):
    first = invoke("kb", "update", SUBSET, "--out", tmp_path, "--json")
    second = invoke("kb", "update", SUBSET, "--out", tmp_path, "--json")
    a, b = json.loads(first.output), json.loads(second.output)
    assert a["format"] == "wikidata-json" and a["added"] == 1 and a["updated"] == 2 and a["roles"] == 3
    assert a["unmapped_positions"] == {"Q999999902": {"label": "Mayor of Exampleton", "count": 1}}
    assert a["file"] != b["file"] and Path(b["file"]).name.endswith("-2.yaml")


def test_own_positions_table_maps_a_position(tmp_path):
    table = tmp_path / "positions.yaml"
    table.write_text("positions:\n  Q999999902: {key: XE.mayor, label: Mayor of Exampleton, label_de: Bürgermeisterin}\n",
                     encoding="utf-8")
    out = tmp_path / "kb"
    result = invoke("kb", "update", SUBSET, "--out", out, "--positions", table)
    assert result.exit_code == 0, result.output
    assert "without a lagebild role key" not in result.output
    assert kb_at(out).role_holder("XE.mayor", date(2025, 1, 1)).name == "Jane Example"


def test_other_entity_shapes(tmp_path):
    """Pretty-printed arrays, JSON Lines, Special:EntityData and gzip read the same."""
    lines = [line.rstrip(",") for line in SUBSET.read_text(encoding="utf-8").splitlines() if line.startswith("{")]
    entities = [json.loads(line) for line in lines]
    shapes = {
        "pretty.json": json.dumps(entities, indent=2),
        "lines.jsonl": "\n".join(lines) + "\n",
        "entitydata.json": json.dumps({"entities": {e["id"]: e for e in entities}}),
    }
    for name, text in shapes.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with gzip.open(tmp_path / "dump.json.gz", "wt", encoding="utf-8") as fh:
        fh.write(SUBSET.read_text(encoding="utf-8"))
    want = read_update(SUBSET).actors
    for name in [*shapes, "dump.json.gz"]:
        assert read_update(tmp_path / name).actors == want, name


@pytest.mark.parametrize("text, says", [
    ("this is not json", "not valid JSON"),
    ('{"head": {"vars": ["person"]}, "results": {"bindings": []}}', "lacks the variable(s) personLabel, position"),
    ('{"head": {"vars": ["person", "personLabel", "position"]}}', "head.vars and results.bindings"),
    ('[\n{"id": "Q1", "labels": {"en": {"language": "en", "value": "x"}}},\nnot json\n]\n', "line 3"),
    ('[{"name": "no id"}]', "not a Wikidata item"),
    ('{"foo": 1}', "unrecognised JSON"),
    ("[]", "no entities"),
])
def test_a_malformed_file_exits_2_and_says_what_is_expected(tmp_path, capsys, text, says):
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["kb", "update", str(bad), "--out", str(tmp_path / "kb")])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert says in err and "SPARQL" in err and "docs/kb.md" in err
    assert not list(tmp_path.glob("kb/*.yaml"))  # nothing written


def test_never_writes_into_the_package(tmp_path):
    import lagebild

    upd = read_update(SUBSET)
    with pytest.raises(KnowledgeBaseError, match="inside the installed package"):
        write_update(upd, Path(lagebild.__file__).parent / "data" / "kb")


def test_dates_at_wikidata_precisions():
    notes: list[str] = []
    year = _parse_time("+2019-00-00T00:00:00Z", 9, "x", notes)
    month = _parse_time("2020-02-01T00:00:00Z", 10, "x", notes)
    day = _parse_time("+2021-12-08T00:00:00Z", 11, "x", notes)
    assert year == (date(2019, 1, 1), date(2019, 12, 31)) and month == (date(2020, 2, 1), date(2020, 2, 29))
    assert _span(day, None) == (date(2021, 12, 8), None)
    assert _span(year, day) == (date(2019, 12, 31), date(2021, 12, 8))
    assert _span(year, year) == (date(2019, 1, 1), date(2020, 1, 1))  # one year: the whole year
    assert _parse_time("-0044-03-15T00:00:00Z", 11, "x", notes) is None and notes
    assert _parse_time("+1900-00-00T00:00:00Z", 7, "x", notes) is None  # century precision


def test_shipped_positions_table():
    table = load_positions()
    assert table["Q4970706"]["key"] == "DE.chancellor"
    assert all(spec["key"].split(".")[0].isupper() for spec in table.values())


def test_a_users_actor_overrides_the_shipped_one(tmp_path):
    """kb_path overlay: the same id replaces name and same-key roles, keeps shipped aliases."""
    (tmp_path / "newsroom.yaml").write_text(
        "actors:\n"
        "  - id: Q22686\n"
        "    name: Donald John Trump\n"
        "    type: person\n"
        "    aliases: [DJT]\n"
        "    roles:\n"
        "      - {key: US.president, label: President of the United States, start: 2025-01-20, end: 2026-01-01}\n",
        encoding="utf-8")
    (tmp_path / "locals.csv").write_text("id,name,type,aliases\nlocal:lokalchefin,Erika Muster,person,Lokalchefin\n",
                                         encoding="utf-8")
    shipped, mine = load_kb(), kb_at(tmp_path)
    assert shipped.role_holder("US.president", date(2019, 1, 1)).wikidata == "Q22686"
    assert mine.actor("Q22686").name == "Donald John Trump"
    assert mine.role_holder("US.president", date(2019, 1, 1)) is None  # the user's roles replace the key
    assert mine.role_holder("US.president", date(2025, 6, 1)).name == "Donald John Trump"
    assert mine.lookup("DJT")[0].actor.id == "Q22686"
    assert mine.lookup("Trump")[0].actor.id == "Q22686"  # shipped alias kept
    assert mine.lookup("Lokalchefin")[0].actor.id == "local:lokalchefin"
    assert shipped.actor("Q22686").name == "Donald Trump"  # the cached shipped base is untouched
