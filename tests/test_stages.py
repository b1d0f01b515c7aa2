"""The stage contract: declared keys and settings, stage lists, plugins, versions, languages."""
from __future__ import annotations

import json
import shutil
import sqlite3
import sys
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

import lagebild
from lagebild import core, pipeline
from lagebild.cli import cli
from lagebild.errors import ConfigError, PipelineError, UnsupportedLanguage, not_analysed_reason
from lagebild.pipeline import build_pipeline, register_stage, registered_stages, stage_names
from lagebild.settings import make_options

PLUGIN = Path(__file__).resolve().parent / "fixtures" / "stage_plugin"
ARTICLE = ("date 2025-09-04\n"
           "Bundeskanzler Friedrich Merz sagte am Donnerstag in Berlin: Wir werden die Ukraine weiter unterstützen. "
           "Die Opposition kritisierte den Plan.\n")
FRENCH = ("Le gouvernement français a annoncé mardi une nouvelle réforme des retraites. "
          "Le président Emmanuel Macron a déclaré que la réforme était nécessaire pour l'avenir du pays.")


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def registry(monkeypatch):
    """A private copy of the stage registry: stages registered in a test are gone after it."""
    monkeypatch.setattr(pipeline, "_REGISTRY", dict(pipeline._REGISTRY))
    yield pipeline._REGISTRY
    core._pipeline_for.cache_clear()


@pytest.fixture
def installed_plugin(tmp_path, monkeypatch, registry):
    """tests/fixtures/stage_plugin installed the way pip leaves a package: the module and a
    ``*.dist-info`` with its METADATA and entry_points.txt (from its pyproject), on sys.path."""
    site = tmp_path / "site-packages"
    site.mkdir()
    shutil.copy(PLUGIN / "lagebild_echo_stage.py", site)
    project = tomllib.loads((PLUGIN / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    info = site / f"{project['name'].replace('-', '_')}-{project['version']}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {project['version']}\n",
                                   encoding="utf-8")
    (info / "entry_points.txt").write_text("".join(
        f"[{group}]\n" + "".join(f"{name} = {value}\n" for name, value in eps.items())
        for group, eps in project["entry-points"].items()), encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setattr(pipeline, "_PLUGINS_LOADED", False)
    yield site
    sys.modules.pop("lagebild_echo_stage", None)


# --- the contract ----------------------------------------------------------------------
def test_unknown_keys_are_refused_at_build_time(registry):
    @register_stage("test_bad_keys", requires=["sentences"], assigns=["shout"])
    def bad(_options):
        return lambda state: None

    with pytest.raises(PipelineError, match=r"unknown keys \['shout'\]"):
        build_pipeline(make_options(env={}), ["language", "tokens", "test_bad_keys"])

    @register_stage("test_bad_setting", requires=["sentences"], assigns=["extras.shout"], settings=["nope"])
    def bad_setting(_options):
        return lambda state: None

    with pytest.raises(PipelineError, match="unknown settings"):
        build_pipeline(make_options(env={}), ["language", "tokens", "test_bad_setting"])


def test_a_pipeline_without_entities_is_refused_and_told_what_to_add(registry):
    options = make_options({"stages": "language,tokens,timex,statements,positions,topics"}, env={})
    with pytest.raises(PipelineError, match="requires 'entities'") as err:
        build_pipeline(options)
    assert "add the stage 'entities' before 'statements'" in str(err.value)

    # positions needs entities too, after a statement stage that does not
    @register_stage("test_statements", requires=["sentences"], assigns=["statements"])
    def mine(_options):
        return lambda state: None

    with pytest.raises(PipelineError, match="stage 'positions' requires 'entities'.*add the stage 'entities'"):
        build_pipeline(make_options(env={}), ["language", "tokens", "test_statements", "positions"])


def test_registering_a_taken_name_needs_replace(registry):
    with pytest.raises(PipelineError, match="already registered.*replace=True"):
        @register_stage("statements", requires=["tokens"], assigns=["statements"])
        def mine(_options):
            return lambda state: None

    @register_stage("statements", requires=["tokens", "entities"], assigns=["statements"], replace=True)
    def replaced(_options):
        return lambda state: None

    assert registered_stages()["statements"].factory is replaced


def test_stage_setting_orders_stages_and_extra_stages_follow():
    assert stage_names(make_options(env={})) == pipeline.DEFAULT_STAGES
    options = make_options({"stages": "language,tokens,timex", "extra_stages": "pos"}, env={})
    assert stage_names(options) == ["language", "tokens", "timex", "pos"]
    assert build_pipeline(options).names == ["language", "tokens", "timex", "pos"]
    with pytest.raises(PipelineError, match="listed twice"):
        build_pipeline(make_options({"stages": "language,tokens,tokens"}, env={}))


def test_declared_files_exist_and_versions_are_hashes():
    for name in pipeline.DEFAULT_STAGES + ["pos"]:
        spec = registered_stages()[name]
        assert pipeline.missing_files(spec) == [], f"stage {name} declares files that are gone"
    version = build_pipeline(make_options(env={})).version
    assert version.startswith(f"lagebild-{lagebild.__version__}/fast/language@")
    for part in version.split("/")[2].split(","):
        name, digest = part.split("@")
        assert len(digest) == 8 and int(digest, 16) >= 0, part


def test_versions_change_with_the_settings_and_files_a_stage_reads(tmp_path):
    base = build_pipeline(make_options(env={}))
    german = build_pipeline(make_options({"languages": "de"}, env={}))
    assert base.version != german.version
    changed = {a for a, b in zip(base.version.split(","), german.version.split(",")) if a != b}
    assert [c.split("@")[0].rsplit("/", 1)[-1] for c in changed] == ["language"]
    # a setting the stage does not read changes nothing
    assert build_pipeline(make_options({"batch_size": 7}, env={})).version == base.version

    kb = tmp_path / "actors.yaml"
    kb.write_text("- id: Q1\n  name: Erika Beispiel\n  type: person\n", encoding="utf-8")
    spec = registered_stages()["entities"]
    with_kb = spec.fingerprint(make_options({"kb_path": str(kb)}, env={}))
    assert with_kb != spec.fingerprint(make_options(env={}))
    other = tmp_path / "other.yaml"
    other.write_text("- id: Q2\n  name: Max Muster\n  type: person\n", encoding="utf-8")
    assert spec.fingerprint(make_options({"kb_path": str(other)}, env={})) != with_kb

    data = tmp_path / "pkg"
    data.mkdir()
    (data / "words.txt").write_text("eins", encoding="utf-8")
    first = pipeline._hash_files(str(tmp_path), ("pkg",))
    (data / "words.txt").write_text("zwei", encoding="utf-8")
    pipeline._hash_files.cache_clear()
    assert pipeline._hash_files(str(tmp_path), ("pkg",)) != first


def test_stage_code_does_not_read_pipeline_settings():
    """nlp/ gets what it needs from its caller (the stage), never from the pipeline."""
    root = Path(lagebild.__file__).parent
    for path in (root / "nlp").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "..pipeline" not in text and "lagebild.pipeline" not in text, path


# --- plugins ---------------------------------------------------------------------------
def test_an_installed_package_swaps_the_statement_stage(installed_plugin, tmp_path):
    from importlib import metadata

    assert "echo" in {ep.name for ep in metadata.entry_points(group="lagebild.stages")}
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "p.db"
    stages = "language,tokens,timex,entities,echo_statements,positions,topics,echo_count"
    result = run("ingest", article, "--db", db, "--json", "--set", f"stages={stages}")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output.splitlines()[-1])["analysed"] == 1
    con = sqlite3.connect(db)
    rows = con.execute("select id, quote_text, pipeline_version from statements").fetchall()
    assert rows and all(":echo" in r[0] for r in rows)
    assert rows[0][1] == "Wir werden die Ukraine weiter unterstützen."
    assert ",echo_statements@" in rows[0][2] and ",statements@" not in rows[0][2]
    listed = run("stages", "--set", f"stages={stages}").output
    assert "* echo_statements@" in listed and "(lagebild_echo_stage)" in listed and "  statements@" in listed


def test_a_plugin_cannot_take_a_default_name_by_accident(installed_plugin, monkeypatch):
    registered_stages()  # loads the plugin
    monkeypatch.setattr(pipeline, "_PLUGINS_LOADED", False)
    sys.modules.pop("lagebild_echo_stage", None)
    pipeline._REGISTRY["echo_statements"] = pipeline._REGISTRY["statements"]  # the name is taken
    with pytest.raises(PipelineError, match="'echo_statements' is already registered"):
        registered_stages()


# --- languages -------------------------------------------------------------------------
def test_languages_setting_is_checked_against_the_supported_ones(tmp_path):
    with pytest.raises(ConfigError, match=r"fr \(French\) has no rules") as err:
        build_pipeline(make_options({"languages": "de,en,fr"}, env={}))
    assert "de (German), en (English)" in str(err.value)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["analyze", str(article), "--set", "languages=de,en,fr"])
    assert isinstance(result.exception, ConfigError) and "fr (French) has no rules" in str(result.exception)


def test_a_french_text_is_stored_not_analysed_with_its_reason(tmp_path):
    analysis = lagebild.analyze(FRENCH, published="2025-09-04")
    assert analysis.lang == "fr" and not analysis.analysed
    assert not_analysed_reason(analysis.skipped_reason) == UnsupportedLanguage.reason == "unsupported_language"
    assert "French (fr)" in analysis.skipped_reason and "de (German), en (English)" in analysis.skipped_reason
    assert analysis.entities == [] and analysis.statements == [] and analysis.sentences == []
    # even when the caller says it is French, no German rule runs on it ("Le" is no person)
    assert lagebild.analyze(FRENCH, lang="fr").entities == []

    article = tmp_path / "fr.txt"
    article.write_text("date 2025-09-04\n" + FRENCH + "\n", encoding="utf-8")
    german = tmp_path / "de.txt"
    german.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "l.db"
    summary = json.loads(run("ingest", article, german, "--db", db, "--json").output.splitlines()[-1])
    assert summary["processed"] == 2 and summary["analysed"] == 1 and summary["not_analysed"] == 1
    assert summary["not_analysed_reasons"] == {"unsupported_language": 1}
    assert summary["not_analysed_languages"] == {"fr": 1}
    con = sqlite3.connect(db)
    (reason,) = con.execute("select skipped_reason from analyses where analysed = 0").fetchone()
    assert reason.startswith("unsupported_language: ")
    assert con.execute("select count(*) from entities e join documents d on d.id = e.doc_id"
                       " where d.lang = 'fr'").fetchone()[0] == 0
    text = run("ingest", tmp_path / "fr.txt", "--db", tmp_path / "m.db").output
    assert "stored but not analysed: 1" in text and "unsupported_language: 1 (fr 1" in text


# --- reanalyze -------------------------------------------------------------------------
def test_reanalyze_reruns_exactly_the_documents_of_another_version(tmp_path):
    docs = []
    for i, who in enumerate(["Friedrich Merz", "Boris Pistorius", "Lars Klingbeil"]):
        path = tmp_path / f"d{i}.txt"
        path.write_text(f"date 2025-09-0{i + 1}\n{who} sagte am Montag, man werde das Gesetz im Herbst "
                        f"vorlegen. Nummer {i}.\n", encoding="utf-8")
        docs.append(path)
    db = tmp_path / "r.db"
    version_a = build_pipeline(make_options(env={})).version
    version_b = build_pipeline(make_options({"languages": "de"}, env={})).version
    assert version_a != version_b
    run("ingest", docs[0], docs[1], "--db", db, "--json")                   # analysed with version A
    run("ingest", docs[2], "--db", db, "--json", "--set", "languages=de")   # analysed with version B
    con = sqlite3.connect(db)

    def versions():
        return sorted(con.execute("select pipeline_version, count(*) from analyses group by 1").fetchall())

    assert versions() == sorted([(version_a, 2), (version_b, 1)])
    out = run("reanalyze", "--db", db, "--set", "languages=de").output
    assert "analysed 2 documents" in out and version_b in out   # the two of version A, not the third
    assert versions() == sorted([(version_a, 2), (version_b, 3)])
    assert "analysed 0 documents" in run("reanalyze", "--db", db, "--set", "languages=de").output
    # back to version A: A analyses exist, but B's are the newest, so all three run again
    assert "analysed 3 documents" in run("reanalyze", "--db", db).output
    assert "analysed 0 documents" in run("reanalyze", "--db", db).output
