"""The pure core: analyze() and the stage pipeline."""
import pytest

import lagebild
from lagebild.errors import ConfigError, PipelineError
from lagebild.pipeline import build_pipeline, register_stage, registered_stages
from lagebild.settings import make_options


def test_analyze_is_pure_and_spans_point_into_the_text(seed_text):
    analysis = lagebild.analyze(seed_text, published="2025-09-04")
    assert analysis.lang == "de" and analysis.analysed
    assert analysis.document.published.isoformat() == "2025-09-04"
    assert analysis.pipeline_version.startswith(f"lagebild-{lagebild.__version__}/fast/")
    spans = analysis.all_spans()
    assert len(spans) > 20
    for span in spans:
        assert span.check(seed_text), span


def test_sentences_respect_quotes_and_headings(seed_text):
    analysis = lagebild.analyze(seed_text, published="2025-09-04")
    sentences = [s.text for s in analysis.sentences]
    assert "Uneinigkeit in der EU über Truppen und Taktik" in sentences
    assert any(s.startswith("Hier ist Deutschland wichtigster Partner Kyjiws\"") for s in sentences)
    assert [h.text for h in analysis.headings] == [
        "Uneinigkeit in der EU über Truppen und Taktik", "Trump irgendwie bei Laune halten"]


def test_german_abbreviations_and_ordinals_do_not_split():
    text = "Am 3. Oktober sprach Dr. Müller um 14.30 Uhr in Berlin. Danach reiste er ab."
    sentences = [s.text for s in lagebild.analyze(text, lang="de").sentences]
    assert sentences == ["Am 3. Oktober sprach Dr. Müller um 14.30 Uhr in Berlin.", "Danach reiste er ab."]


def test_other_languages_are_flagged_not_dropped():
    analysis = lagebild.analyze("Le gouvernement français a annoncé mardi une nouvelle réforme des retraites.")
    assert not analysis.analysed
    assert analysis.skipped_reason.startswith("unsupported_language: ") and "(fr)" in analysis.skipped_reason
    assert analysis.statements == []


def test_version_lives_in_a_module_without_imports():
    from lagebild import about

    assert lagebild.__version__ == about.__version__


def test_unknown_published_date_stays_unknown():
    analysis = lagebild.analyze("Der Minister sagte, man werde das prüfen.")
    assert analysis.document.published is None
    assert analysis.document.date_source == "unknown"


def test_pipeline_checks_requirements_and_accepts_custom_stages():
    options = make_options(env={})
    with pytest.raises(PipelineError, match="unknown stage"):
        build_pipeline(options, ["language", "nope"])
    with pytest.raises(PipelineError, match="requires"):
        build_pipeline(options, ["tokens"])  # needs lang

    @register_stage("test_shout", requires=["sentences"], assigns=["extras.shout"])
    def shout(_options):
        def run(state):
            state.extras["shout"] = [s.text.upper() for s in state.analysis.sentences]
        return run

    try:
        pipe = build_pipeline(options, ["language", "tokens", "test_shout"])
        assert ",test_shout@" in pipe.version
        analysis = pipe(lagebild.Document(text="Das ist gut. Das ist schlecht."), lang="de")
        assert len(analysis.sentences) == 2
    finally:
        from lagebild import pipeline
        pipeline._REGISTRY.pop("test_shout", None)
    assert "test_shout" not in registered_stages()


def test_accurate_mode_without_its_model_says_how_to_get_it(monkeypatch, tmp_path):
    pytest.importorskip("torch", reason="the accurate extra is installed by `make test`")
    from lagebild.nlp import ner_accurate

    monkeypatch.setattr(ner_accurate, "model_path", lambda: tmp_path / "missing.npz")
    with pytest.raises(ConfigError, match="accurate NER model") as err:
        build_pipeline(make_options({"mode": "accurate"}, env={}))
    assert "train ner-accurate" in str(err.value)


def test_accurate_mode_builds_when_installed():
    pytest.importorskip("torch", reason="the accurate extra is installed by `make test`")
    pipe = build_pipeline(make_options({"mode": "accurate"}, env={}))
    assert "entities" in pipe.names


def test_fast_pipeline_leaves_torch_unloaded_and_accurate_mode_can_load_it():
    """thinc would import torch with spaCy (1 s, ~200 MB a process); the fast mode never
    needs it, and the accurate mode must still get it afterwards (a fresh interpreter:
    this one may have torch loaded already)."""
    pytest.importorskip("torch", reason="the accurate extra is installed by `make test`")
    import subprocess
    import sys

    code = ("import sys, lagebild\n"
            "a = lagebild.analyze('„Wir werden der Ukraine weiter helfen“, sagte Bundeskanzler Friedrich Merz.', published='2025-09-04', lang='de')\n"
            "assert a.statements and 'torch' not in sys.modules, sorted(sys.modules)\n"
            "import torch\n"
            "assert torch.zeros(2).sum().item() == 0\n"
            "b = lagebild.analyze('Friedrich Merz sagte, das sei gut.', published='2025-09-04', lang='de',\n"
            "                     options=lagebild.make_options({'mode': 'accurate'}, env={}))\n"
            "assert 'accurate' in b.pipeline_version and b.entities, b.pipeline_version\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]


def test_settings_precedence_and_errors():
    opts = make_options({"batch_size": "50"}, env={"LAGEBILD_BATCH_SIZE": "7", "LAGEBILD_ANALYZE": "no"})
    assert opts.batch_size == 50 and opts.analyze is False
    with pytest.raises(ConfigError, match="unknown setting"):
        make_options({"nope": 1}, env={})
    with pytest.raises(ConfigError, match="wants a int"):
        make_options({"batch_size": "many"}, env={})
    with pytest.raises(ConfigError):
        make_options({"mode": "turbo"}, env={})


def test_tokenizer_vocabulary_stays_bounded(monkeypatch):
    from lagebild.nlp import tokens

    monkeypatch.setattr(tokens, "MAX_VOCAB_STRINGS", 5000)
    for i in range(40):
        doc = tokens.make_doc(" ".join(f"einmalig{i}x{j}" for j in range(300)), "de")
        assert doc.text.startswith(f"einmalig{i}x0")
    assert len(tokens.blank("de").vocab.strings) < 5000 + 2000


def test_actor_to_dict_is_asdict():
    import dataclasses

    from lagebild.model import Actor

    actor = Actor("merz", "Friedrich Merz", "person", wikidata="Q566257", role="Bundeskanzler")
    assert actor.to_dict() == dataclasses.asdict(actor)
    assert list(actor.to_dict()) == [f.name for f in dataclasses.fields(Actor)]
