"""Queries by actor (issue #17): an actor query becomes actor ids first (id, Wikidata id, name or
alias), then every record of those actors, whatever the mention ("der Kanzler", "Er") and role;
listings group one actor once, unresolved mentions by their normalised form, pronouns never."""
from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from lagebild.cli import cli
from lagebild.errors import ActorQueryError
from lagebild.kb import fresh_kb
from lagebild.model import Actor, Analysis, Document, Span, Statement
from lagebild.recordviews import group_by_actor, is_pronoun, normalize_mention, resolve_actors
from lagebild.server import create_app
from lagebild.settings import make_options
from lagebild.store import open_store

MERZ_ID = "Q566257"

# Two people of one surname, in a user actor file: "Zedmann" is ambiguous.
KB_FILE = """
actors:
  - {id: "local:anna-zedmann", name: Anna Zedmann, type: person, aliases: [Zedmann],
     roles: [{key: ZZ.mayor, label: Mayor of Zed, start: 2020-01-01}]}
  - {id: "local:bert-zedmann", name: Bert Zedmann, type: person, aliases: [Zedmann]}
"""


def merz(role):
    return Actor(id=MERZ_ID, name="Friedrich Merz", type="person", wikidata=MERZ_ID, role=role)


ZEDMANN = {"local:anna-zedmann": "Anna Zedmann", "local:bert-zedmann": "Bert Zedmann"}


def article(day: str, said: list[tuple[str, Actor | None, str]]) -> Analysis:
    """An analysed article: each (speaker mention, resolved actor or None, quote) is one statement."""
    text = " ".join(f"{mention} sagte: „{quote}“" for mention, _actor, quote in said)
    doc = Document(text=text, published=date.fromisoformat(day), date_source="given", lang="de")
    statements, pos = [], 0
    for i, (mention, actor, quote) in enumerate(said):
        m = text.index(mention, pos)
        q = text.index(quote, m)
        pos = q + len(quote)
        statements.append(Statement(id=f"{doc.id}:s{i}", type="Direct", medium="Speech",
                                    quote=[Span.of(text, q, q + len(quote))],
                                    speaker_mention=[Span.of(text, m, m + len(mention))], speaker_actor=actor))
    positions = [{"id": f"{doc.id}:p{i}", "actor": {"mention": [st.speaker_mention[0].to_dict()],
                                                      "actor": st.speaker_actor.to_dict() if st.speaker_actor else None},
                  "issue": "troops", "stance": "supports", "conditions": [], "evidence": [st.quote[0].to_dict()]}
                 for i, st in enumerate(statements)]
    return Analysis(document=doc, pipeline_version="test/1", lang="de", statements=statements, positions=positions)


ARTICLES = [
    # before he was chancellor: no role
    article("2025-03-01", [("Friedrich Merz", merz(None), "Wir brauchen Reformen."),
                           ("Er", None, "Das ist unklar.")]),
    # as chancellor: a role noun, a pronoun resolved to him, his surname
    article("2025-09-04", [("Der Kanzler", merz("Chancellor of Germany"), "Die Ukraine bekommt Hilfe."),
                           ("Er", merz("Chancellor of Germany"), "Das gilt."),
                           ("einem hochrangigen EU-Beamten", None, "Das wird teuer."),
                           ("er", None, "Wir warten ab.")]),
    article("2025-10-01", [("Merz", merz("Chancellor of Germany"), "Wir bleiben dabei."),
                           ("ein hochrangiger EU-Beamter", None, "Es bleibt teuer."),
                           ("Anna Zedmann", Actor("local:anna-zedmann", "Anna Zedmann", "person"), "Zed zuerst."),
                           ("Bert Zedmann", Actor("local:bert-zedmann", "Bert Zedmann", "person"), "Zed auch.")]),
]
MERZ_QUOTES = {"Wir brauchen Reformen.", "Die Ukraine bekommt Hilfe.", "Das gilt.", "Wir bleiben dabei."}


def fill(store) -> None:
    for analysis in ARTICLES:
        store.save_analysis(analysis)


def quotes(rows):
    return {r["quote"][0]["text"] for r in rows}


@pytest.fixture
def kb_file(tmp_path, monkeypatch):
    path = tmp_path / "zed.yaml"
    path.write_text(KB_FILE, encoding="utf-8")
    monkeypatch.setenv("LAGEBILD_KB_PATH", str(path))
    return path


@pytest.fixture
def kb(kb_file):
    return fresh_kb(make_options())


# -- the normaliser -----------------------------------------------------------------------------

def test_mentions_normalise_case_articles_and_inflection():
    assert normalize_mention("einem hochrangigen EU-Beamten") == normalize_mention("ein hochrangiger EU-Beamter")
    assert normalize_mention("Er") == normalize_mention("er") == "er"
    assert normalize_mention("„Trumps“") == normalize_mention("Trump")
    assert normalize_mention("Die Regierung") == normalize_mention("der Regierung") == "regierung"
    assert all(is_pronoun(p) for p in ("er", "Er", "sie", "Sie", "they", "We", "ich"))
    assert not is_pronoun("Merz") and not is_pronoun("ein Sprecher")


# -- the store, on both backends ----------------------------------------------------------------

def test_store_filters_by_actor_ids_and_mention(store):
    fill(store)
    assert quotes(store.statements(actor_ids=[MERZ_ID], limit=100)) == MERZ_QUOTES
    assert len(store.positions(actor_ids=[MERZ_ID], limit=100, one_per_cluster=False)) == 4
    assert len(store.positions(actor_ids=[MERZ_ID], limit=100)) == 3  # one per (story, actor, issue, stance)
    assert store.statements(actor_ids=[], limit=100) == []
    assert quotes(store.statements(mention="beamte", limit=100)) == {"Das wird teuer.", "Es bleibt teuer."}
    assert len(store.positions(mention="EU-Beamte", limit=100)) == 2
    assert store.statements(mention="100%_", limit=100) == []  # wildcards are literal
    found = {a["id"]: a for a in store.actors()}
    assert found[MERZ_ID]["name"] == "Friedrich Merz" and found[MERZ_ID]["records"] == 8  # 4 statements + 4 positions
    assert [a["id"] for a in store.actors(match="friedrich merz")] == [MERZ_ID]
    assert [a["id"] for a in store.actors(ids=["local:bert-zedmann"])] == ["local:bert-zedmann"]
    assert [r["kind"] for r in store.timeline(actor_ids=[MERZ_ID])].count("statement") == 4


def test_resolve_actors_by_id_wikidata_name_alias(store, kb):
    fill(store)
    for query in ("Merz", MERZ_ID, "Friedrich Merz", "friedrich merz"):
        assert [a["id"] for a in resolve_actors(query, kb, store)] == [MERZ_ID], query
    assert resolve_actors("local:anna-zedmann", kb, store)[0]["name"] == "Anna Zedmann"
    assert [a["id"] for a in resolve_actors("Anna Zedmann", kb, store)] == ["local:anna-zedmann"]
    with pytest.raises(ActorQueryError) as ambiguous:
        resolve_actors("Zedmann", kb, store)
    assert {c["id"] for c in ambiguous.value.candidates} == set(ZEDMANN)
    assert "Mayor of Zed" in str(ambiguous.value)  # candidates come with id, name and role
    with pytest.raises(ActorQueryError) as unknown:
        resolve_actors("Niemand Unbekannt", kb, store)
    assert "--mention" in str(unknown.value) and not unknown.value.candidates


def test_a_name_several_actors_have_means_the_one_with_records(store, kb):
    """Only Anna Zedmann has records: "Zedmann" can only mean her records."""
    store.save_analysis(article("2025-10-02", [("Zedmann", Actor("local:anna-zedmann", "Anna Zedmann", "person"),
                                                "Nur Anna.")]))
    assert [a["id"] for a in resolve_actors("Zedmann", kb, store)] == ["local:anna-zedmann"]
    with pytest.raises(ActorQueryError):  # without a store to narrow by, both are candidates
        resolve_actors("Zedmann", kb)


# -- listings: one actor once, pronouns never ---------------------------------------------------

def test_groups_one_actor_once_and_no_pronoun_actors():
    statements = [st.to_dict(a.document) for a in ARTICLES for st in a.statements]
    groups = group_by_actor(statements)
    merz_groups = [g for g in groups if g["kind"] == "actor" and g["id"] == MERZ_ID]
    assert len(merz_groups) == 1 and len(merz_groups[0]["records"]) == 4
    assert merz_groups[0]["name"] == "Friedrich Merz" and merz_groups[0]["roles"] == ["Chancellor of Germany"]
    (officials,) = [g for g in groups if g["kind"] == "mention"]
    assert len(officials["records"]) == 2
    (pronouns,) = [g for g in groups if g["kind"] == "pronoun"]
    assert set(pronouns["mentions"]) == {"Er", "er"} and groups[-1] is pronouns


# -- the command line ---------------------------------------------------------------------------

@pytest.fixture
def db(tmp_path, kb_file):
    path = tmp_path / "a.db"
    with open_store(str(path)) as s:
        fill(s)
    return str(path)


def run(*args, code=0):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result.stdout if code == 0 else result.output  # --json: the period line goes to stderr


def jsonl(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("query", ["Merz", MERZ_ID, "Friedrich Merz"])
def test_cli_actor_returns_every_record_of_the_actor(db, query):
    assert quotes(jsonl(run("statements", "--db", db, "--actor", query, "--json"))) == MERZ_QUOTES
    assert len(jsonl(run("positions", "--db", db, "--actor", query, "--json"))) == 3  # wire copies once
    timeline = jsonl(run("timeline", "--db", db, "--actor", query, "--json"))
    assert [r["kind"] for r in timeline].count("statement") == 4
    assert len(jsonl(run("export", "--db", db, "--what", "statements", "--actor", query))) == 4
    profile = json.loads(run("actor", query, "--db", db, "--json"))
    assert profile["actor"]["id"] == MERZ_ID and profile["statement_count"] == 4


def test_cli_ambiguous_and_unknown_actors_exit_2(db):
    for command in (["statements"], ["positions"], ["commitments"], ["timeline"], ["changes"],
                    ["disagreements", "--issue", "troops"], ["export"]):
        out = run(*command, "--db", db, "--actor", "Zedmann", code=2)
        assert "local:anna-zedmann" in out and "local:bert-zedmann" in out and "Anna Zedmann" in out, command
    out = run("actor", "Zedmann", "--db", db, code=2)
    assert "local:bert-zedmann" in out
    out = run("statements", "--db", db, "--actor", "Niemand Unbekannt", code=2)
    assert "no actor" in out and "--mention" in out


def test_cli_mention_searches_the_text_as_written(db):
    assert quotes(jsonl(run("statements", "--db", db, "--mention", "Kanzler", "--json"))) == \
        {"Die Ukraine bekommt Hilfe."}
    assert len(jsonl(run("commitments", "--db", db, "--mention", "x", "--json"))) == 0


def test_report_groups_one_person_once(db):
    out = run("report", "--db", db)
    heads = [line for line in out.splitlines() if line and not line.startswith(" ")]
    assert "Friedrich Merz — 4 statements" in heads
    assert not any("Chancellor" in h for h in heads)  # the role is no part of the identity
    assert "  as Chancellor of Germany: " in out  # ... it is shown with the statement
    assert sum("EU-Beamte" in h for h in heads) == 1
    assert not any(h.startswith(("Er ", "er ", "Er (", "er (")) for h in heads)  # pronouns are no actors
    assert any(h.startswith("(unresolved pronoun") and "2 statements" in h for h in heads)
    actors = json.loads(run("report", "--db", db, "--json"))["actors"]
    assert [a["statements"] for a in actors if a["id"] == MERZ_ID] == [4]
    assert not [a for a in actors if a["kind"] == "actor" and a["name"].lower() == "er"]


def test_issue_matrix_has_one_row_per_actor_and_none_for_pronouns(db):
    stances = json.loads(run("issue", "troops", "--db", db, "--json"))["stances"]["supports"]
    labels = [row["actor"] for row in stances]
    assert labels.count("Friedrich Merz") == 1 and "Er" not in labels and "er" not in labels


# -- the API -------------------------------------------------------------------------------------

@pytest.fixture
def client(db):
    with TestClient(create_app(db)) as c:
        yield c


@pytest.mark.parametrize("query", ["Merz", MERZ_ID, "Friedrich Merz"])
def test_api_actor_returns_every_record_of_the_actor(client, query):
    body = client.get("/api/v1/statements", params={"actor": query, "limit": 200}).json()
    assert quotes(body["items"]) == MERZ_QUOTES
    assert len(client.get("/api/v1/positions", params={"actor": query, "one_per_cluster": False}).json()["items"]) == 4
    timeline = client.get("/api/v1/timeline", params={"actor": query}).json()["items"]
    assert [r["kind"] for r in timeline].count("statement") == 4


def test_api_ambiguous_and_unknown_actors_are_400(client):
    for route in ("statements", "positions", "commitments", "timeline", "changes"):
        resp = client.get(f"/api/v1/{route}", params={"actor": "Zedmann"})
        assert resp.status_code == 400 and resp.headers["content-type"].startswith("application/problem+json")
        body = resp.json()
        assert {c["id"] for c in body["candidates"]} == set(ZEDMANN), route
        assert "Zedmann" in body["detail"]
    resp = client.get("/api/v1/statements", params={"actor": "Niemand Unbekannt"})
    assert resp.status_code == 400 and "mention" in resp.json()["detail"]
    mentioned = client.get("/api/v1/statements", params={"mention": "Beamte"}).json()["items"]
    assert quotes(mentioned) == {"Das wird teuer.", "Es bleibt teuer."}


def test_ids_of_one_wikidata_item_are_one_actor(store, kb):
    """Records written under another id of the same person (an older knowledge base) come too."""
    fill(store)
    old = Actor("local:friedrich-merz", "Friedrich Merz", "person", wikidata=MERZ_ID)
    store.save_analysis(article("2024-01-10", [("Merz", old, "Früher gesagt.")]))
    for query in (MERZ_ID, "Friedrich Merz", "Merz"):
        ids = [a["id"] for a in resolve_actors(query, kb, store)]
        assert sorted(ids) == ["Q566257", "local:friedrich-merz"], query
        assert quotes(store.statements(actor_ids=ids, limit=100)) == MERZ_QUOTES | {"Früher gesagt."}


# -- with or without members: the knowledge base's hierarchy ------------------------------------

ZED_KB = """
actors:
  - {id: "local:zedland", name: Zedland, type: country}
  - {id: "local:gov-zedland", name: Government of Zedland, type: government, of: "local:zedland"}
  - {id: "local:cora-zed", name: Cora Zed, type: person,
     roles: [{key: ZZ.head_of_government, label: Premier of Zedland, of: "local:gov-zedland",
              start: 2020-01-01}]}
"""


@pytest.fixture
def zed_db(tmp_path, monkeypatch):
    kb_path = tmp_path / "zedland.yaml"
    kb_path.write_text(ZED_KB, encoding="utf-8")
    monkeypatch.setenv("LAGEBILD_KB_PATH", str(kb_path))
    path = tmp_path / "zed.db"
    with open_store(str(path)) as s:
        s.save_analysis(article("2025-05-05", [
            ("Zedland", Actor("local:zedland", "Zedland", "country"), "Wir sind neutral."),
            ("Die Regierung", Actor("local:gov-zedland", "Government of Zedland", "government"), "Wir prüfen das."),
            ("Cora Zed", Actor("local:cora-zed", "Cora Zed", "person"), "Ich entscheide bald."),
        ]))
    return str(path)


def test_actor_with_or_without_its_members(zed_db):
    own = quotes(jsonl(run("statements", "--db", zed_db, "--actor", "Zedland", "--json")))
    assert own == {"Wir sind neutral."}
    everyone = quotes(jsonl(run("statements", "--db", zed_db, "--actor", "Zedland", "--members", "--json")))
    assert everyone == {"Wir sind neutral.", "Wir prüfen das.", "Ich entscheide bald."}
    rows = jsonl(run("positions", "--db", zed_db, "--actor", "local:gov-zedland", "--members", "--json"))
    government = {r["evidence"][0]["text"] for r in rows}
    assert government == {"Wir prüfen das.", "Ich entscheide bald."}  # members, not the state above it
    assert "--members needs --actor" in run("statements", "--db", zed_db, "--members", code=2)
    with TestClient(create_app(zed_db)) as c:
        items = c.get("/api/v1/statements", params={"actor": "Zedland", "members": "true"}).json()["items"]
        assert {i["quote"][0]["text"] for i in items} == everyone
        items = c.get("/api/v1/statements", params={"actor": "Zedland"}).json()["items"]
        assert {i["quote"][0]["text"] for i in items} == own
        assert c.get("/api/v1/statements", params={"members": "true"}).status_code == 400
