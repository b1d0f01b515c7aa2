"""store.to_pandas: the export's columns, in its order, typed, over a store of the sample corpus."""
import csv
import io
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

pd = pytest.importorskip("pandas")

import lagebild  # noqa: E402
from lagebild.cli import cli  # noqa: E402
from lagebild.errors import LagebildError, MissingDependency, QueryError  # noqa: E402
from lagebild.ingest import iter_inputs  # noqa: E402
from lagebild.runner import ingest_outcomes  # noqa: E402
from lagebild.store.export import KINDS, export_rows, export_table  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "samples" / "corpus"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("frames") / "corpus.db"
    options = lagebild.make_options()
    with lagebild.open_store(str(path), options=options) as store:
        ingest_outcomes(iter_inputs([str(CORPUS)], options), store, options)
    return str(path)


def csv_header(db, what):
    result = CliRunner().invoke(cli, ["export", "--db", db, "--what", what, "--format", "csv"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return next(csv.reader(io.StringIO(result.stdout)))


@pytest.mark.parametrize("kind", KINDS)
def test_columns_and_rows_are_the_exports(db, kind):
    with lagebild.open_store(db) as store:
        df = store.to_pandas(kind)
        rows = export_rows(store, kind)
    assert len(df) == len(rows) > 0
    assert list(df.columns) == list(export_table(kind, rows)[1]) == csv_header(db, kind)
    assert df["id"].tolist() == [r["id"] for r in rows]
    assert pd.api.types.is_datetime64_any_dtype(df["published"])
    assert df["published"].notna().all()


def test_types(db):
    with lagebild.open_store(db) as store:
        positions = store.to_pandas("positions")
        commitments = store.to_pandas("commitments")
        conditions = store.to_pandas("conditions")
        statements = store.to_pandas("statements")
        documents = store.to_pandas("documents")
    for df, name in ((positions, "evidence.start"), (commitments, "evidence.end"), (conditions, "start"),
                     (statements, "quote.start")):
        assert str(df[name].dtype) == "Int64", name
        assert df[name].notna().any()
    for name in ("negated", "hedged", "second_hand", "quantity.approx"):
        assert str(commitments[name].dtype) == "boolean", name
    assert commitments["negated"].notna().all()
    assert str(conditions["fragment"].dtype) == "boolean"
    assert str(commitments["quantity.value"].dtype) == "float64"
    assert commitments["quantity.value"].notna().any()
    assert str(statements["confidence"].dtype) == "float64"
    assert str(documents["chars"].dtype) == "Int64"
    for df in (positions, commitments, conditions, statements, documents):
        assert str(df["id"].dtype) == "string"
    # nested records are JSON text, the same text as the CSV export
    assert positions["conditions"].str.startswith("[").all()
    # the offsets point into the document text
    with lagebild.open_store(db) as store:
        row = commitments.dropna(subset=["evidence.start"]).iloc[0]
        text = store.document(row["doc"]).text
        assert text[int(row["evidence.start"]):int(row["evidence.end"])].startswith(row["evidence"].split(" … ")[0])


def test_parquet_has_the_same_columns_and_types(db, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "c.parquet"
    result = CliRunner().invoke(cli, ["export", "--db", db, "--what", "commitments", "--format", "parquet",
                                      "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    with lagebild.open_store(db) as store:
        df = store.to_pandas("commitments")
    assert table.column_names == list(df.columns)
    assert table.num_rows == len(df)
    assert table.column("quantity.value").to_pylist() == [None if pd.isna(v) else v for v in df["quantity.value"]]


def test_filters(db):
    with lagebild.open_store(db) as store:
        every = store.to_pandas("positions")
        brake = store.to_pandas("positions", issue="debt-brake-reform")
        assert 0 < len(brake) < len(every) and (brake["issue"] == "debt-brake-reform").all()
        direct = store.to_pandas("statements", type="Direct")
        assert len(direct) and (direct["type"] == "Direct").all()
        late = store.to_pandas("commitments", since="2025-09-01")
        assert len(late) and (late["published"] >= pd.Timestamp("2025-09-01")).all()
        pledges = store.to_pandas("commitments", act="pledge", limit=3)
        assert 0 < len(pledges) <= 3 and (pledges["act"] == "pledge").all()
        docs = store.to_pandas("documents", until="2025-08-31")
        assert len(docs) and (docs["published"] <= pd.Timestamp("2025-08-31")).all()
        merz = store.actors(match="Friedrich Merz")[0]["id"]
        qualifying = store.to_pandas("conditions", actor_ids=[merz])
        all_conditions = store.to_pandas("conditions")
        assert 0 < len(qualifying) < len(all_conditions)
        merz_ids = set(store.to_pandas("positions", actor_ids=[merz])["id"]) | \
            set(store.to_pandas("commitments", actor_ids=[merz])["id"])
        assert all(merz_ids & set(json.loads(q)) for q in qualifying["qualifies"])


def test_errors(db, monkeypatch):
    with lagebild.open_store(db) as store:
        with pytest.raises(QueryError, match="one of statements, positions"):
            store.to_pandas("speeches")
        with pytest.raises(QueryError, match="no filter 'stance'.*accepted"):
            store.to_pandas("commitments", stance="supports")
        with pytest.raises(QueryError, match="documents take no filter 'actor'"):
            store.to_pandas("documents", actor="Friedrich Merz")
        monkeypatch.setitem(sys.modules, "pandas", None)
        with pytest.raises(MissingDependency, match=r"lagebild\[pandas\]") as info:
            store.to_pandas("positions")
        assert isinstance(info.value, LagebildError)
