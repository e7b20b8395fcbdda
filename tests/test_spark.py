"""`eventwire spark`: the same pipeline on Spark (local[2]) gives exactly the single-process events.

Needs pyspark and Java; skipped cleanly without them.  The news texts are generated from templates
written for these tests (``news_records``, also used by the resume tests).
"""
from __future__ import annotations

import datetime
import gzip
import json
import random
import shutil
import subprocess
from pathlib import Path

import pytest

# --------------------------------------------------------------------------- test corpus

_COUNTRIES = [  # (name, demonym, capital)
    ("Iran", "Iranian", "Tehran"), ("Iraq", "Iraqi", "Baghdad"), ("Turkey", "Turkish", "Ankara"),
    ("Egypt", "Egyptian", "Cairo"), ("Jordan", "Jordanian", "Amman"), ("Kenya", "Kenyan", "Nairobi"),
    ("Ethiopia", "Ethiopian", "Addis Ababa"), ("Pakistan", "Pakistani", "Islamabad"), ("India", "Indian", "New Delhi"),
    ("France", "French", "Paris"), ("Germany", "German", "Berlin"), ("Japan", "Japanese", "Tokyo"),
    ("Brazil", "Brazilian", "Brasilia"), ("Nigeria", "Nigerian", "Abuja"), ("Poland", "Polish", "Warsaw"),
]
_ROLES = ["Foreign Minister", "President", "Prime Minister", "Defence Minister", "Interior Minister"]
_SENTENCES = [
    "The {d1} {r1} met his {d2} counterpart in {cap2} on {day} to discuss trade and border security.",
    "{c1} condemned the attack on a market in {cap2} that killed {n} people on {day}.",
    "The {d1} government accused {c2} of supporting armed groups near the border.",
    "{c1} and {c2} signed an agreement on energy cooperation in {cap1} on {day}.",
    "Police in {cap1} arrested {n} protesters after clashes outside the parliament on {day}.",
    "The {d1} {r1} visited {cap2} on {day}, the first such trip in a decade.",
    "{c2} rejected the proposal and warned {c1} against any military action.",
    "The {d1} {r1} praised {c2} for its help during the floods.",
    "Thousands of people protested in {cap1} on {day} against rising fuel prices.",
    "{c1} urged {c2} to release the detained journalists.",
    "{d2} troops attacked rebel positions near the border, killing {n} fighters, the army said on {day}.",
    "The {d1} {r1} called for talks with {c2} to end the dispute over water rights.",
    "A spokesman for the {d1} foreign ministry said {c1} would not accept threats from {c2}.",
    "{c2} expelled two {d1} diplomats on {day}, accusing them of spying.",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def news_records(n: int, seed: int = 7, sentences: int = 3, start: datetime.date = datetime.date(2024, 3, 1)) -> list[dict]:
    """``n`` short wire stories (dicts with id, text, date, title, source), reproducible from ``seed``."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        a, b = rng.sample(_COUNTRIES, 2)
        date = start + datetime.timedelta(days=rng.randrange(6))
        parts = [s.format(c1=a[0], d1=a[1], cap1=a[2], c2=b[0], d2=b[1], cap2=b[2], r1=rng.choice(_ROLES),
                          day=rng.choice(_DAYS), n=rng.randrange(3, 40))
                 for s in rng.sample(_SENTENCES, sentences)]
        text = f"{a[2].upper()}, {date:%B} {date.day} (Wire) -- " + " ".join(parts)
        out.append({"id": f"wire-{seed}-{i:04d}", "text": text, "date": date.isoformat(),
                    "title": parts[0].split(",")[0][:70], "source": rng.choice(["Wire A", "Wire B", "Daily C"])})
    return out


def write_jsonl(path, records, gz: bool = False) -> None:
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    path.write_bytes(gzip.compress(data) if gz else data)


def _mention_key(t) -> tuple:
    return tuple("" if x is None else x for x in t)


def _single_mentions(results) -> list[tuple]:
    return sorted(_mention_key((r.id, e.source.code if e.source else None, e.target.code if e.target else None,
                                e.cameo, e.trigger_start)) for r in results for e in r.events)


def _parquet_rows(path) -> list[dict]:
    import duckdb

    con = duckdb.connect()
    try:
        cur = con.execute(f"SELECT * FROM read_parquet('{path}/**/*.parquet', hive_partitioning = true)")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]
    finally:
        con.close()


def _event_key(r) -> tuple:
    return _mention_key((r["event_id"], str(r["date"]), r["source_code"], r["target_code"], r["cameo"],
                         r["num_mentions"], r["num_articles"], r["num_sources"], r["goldstein"], r["evidence"],
                         r["doc_id"], r["place_name"]))


# --------------------------------------------------------------------------- Spark fixture

def _java_ok() -> bool:
    java = shutil.which("java")
    if not java:
        return False
    try:
        return subprocess.run([java, "-version"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark")
    if not _java_ok():
        pytest.skip("no Java runtime for Spark")
    from eventwire.distributed.spark import spark_session

    session = spark_session("local[2]", app_name="eventwire-tests")
    yield session
    session.stop()


# --------------------------------------------------------------------------- tests

@pytest.mark.spark
def test_spark_run_gives_the_single_process_events(tmp_path, spark):
    from eventwire.distributed.spark import run
    from eventwire.export import flat_rows_from_results
    from eventwire.ingest import read_inputs
    from eventwire.pipeline import code_batch

    records = news_records(40, seed=11)
    inp = tmp_path / "in"
    inp.mkdir()
    write_jsonl(inp / "part-1.jsonl", records[:25])
    bad = [{"id": "blank-1", "text": "   \n "}, {"id": "not-text", "text": 42}]
    write_jsonl(inp / "part-2.jsonl.gz", records[25:] + bad, gz=True)
    with open(inp / "part-1.jsonl", "a", encoding="utf-8") as fh:
        fh.write('{"id": "broken", "text": "no closing quote}\n')
    (inp / "notes.md").write_text("not an input kind: the single-process folder reader skips it too")

    out = tmp_path / "out"
    summary = run([str(inp)], str(out), spark=spark, partitions=4, batch_size=8)

    single = code_batch(list(read_inputs([str(inp)])))
    assert len(single) == 43
    assert summary["documents"] == 43 and summary["coded"] == 40
    assert summary["skipped"] == 1 and summary["failed"] == 2

    # documents: one row per input record, same statuses and reasons as the single-process run
    docs = _parquet_rows(out / "documents")
    assert sorted((d["id"], d["status"], d["reason"] or "") for d in docs) == \
        sorted((r.id, r.status, r.reason or "") for r in single)
    assert {d["id"] for d in docs if d["status"] == "failed"} == {f"@{inp / 'part-1.jsonl'}:26", "not-text"}

    # mentions: exactly the single-process events
    mentions = _parquet_rows(out / "mentions")
    spark_mentions = sorted(_mention_key((m["doc_id"], m["source_code"], m["target_code"], m["cameo"],
                                          m["evidence_start"])) for m in mentions)
    assert len(spark_mentions) > 80          # the templates give several events per story
    assert spark_mentions == _single_mentions(single)
    assert summary["mentions"] == len(mentions)

    # events: the flat export columns, aggregated with the store's rule
    from eventwire.export import flat_columns

    events = _parquet_rows(out / "events")
    assert set(flat_columns()) <= set(events[0])
    assert summary["events"] == len(events)
    assert sorted(_event_key(e) for e in events) == sorted(_event_key(r) for r in flat_rows_from_results(single))
    assert all(e["cameo"] and e["date"] for e in events)

    # partitioned by date
    days = {p.name for p in (out / "events").iterdir() if p.is_dir()}
    assert days and all(d.startswith("date=20") for d in days)


@pytest.mark.spark
def test_spark_cli_every_input_kind_and_load_into_store(tmp_path, spark, capsys):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from eventwire.cli import main
    from eventwire.ingest import documents_from_records, read_inputs
    from eventwire.pipeline import code_batch
    from eventwire.store import Store

    records = news_records(8, seed=23)
    rows = [dict(r, date=datetime.date.fromisoformat(r["date"])) for r in records[:6]]
    rows.append({"id": None, "text": records[6]["text"], "date": None, "title": None, "source": "Wire D"})
    rows.append({"id": "no-text", "text": None, "date": None, "title": "empty row", "source": None})
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "batch.parquet")
    # a date-partitioned Parquet dataset (date=YYYY-MM-DD/ folders) and a Parquet file inside a mixed folder
    import pyarrow.dataset as ds

    extra = news_records(5, seed=29)
    ds.write_dataset(pa.Table.from_pylist([{k: r[k] for k in ("id", "text", "date")} for r in extra[:3]]),
                     tmp_path / "by_day", format="parquet", partitioning=["date"], partitioning_flavor="hive")
    folder = tmp_path / "texts"
    folder.mkdir()
    pq.write_table(pa.Table.from_pylist(extra[3:]), folder / "more.parquet")
    (folder / "story-a.txt").write_text(records[7]["text"], encoding="utf-8")
    (folder / "story-b.txt").write_text("\x00\x01\x02 binary junk \xff", encoding="latin-1")

    # the eleven bad lines of the end-to-end test, and a second file whose broken line has the same line number
    from test_bad_input_e2e import bad_lines

    (folder / "bad.jsonl").write_bytes(b"\n".join(raw for raw, *_ in bad_lines()) + b"\n")
    (folder / "more.jsonl").write_bytes(b'{"id": "m1", "text": "Kenya praised Ethiopia."}\n' * 7 + b"{oops\n")

    # every reader: the ingest fixtures (WARC, RSS, Atom, HTML, XML, text, JSONL, nested folders, hidden file)
    fixtures = Path(__file__).parent / "fixtures" / "ingest"

    out = tmp_path / "out"
    rc = main(["spark", str(tmp_path / "batch.parquet"), str(tmp_path / "by_day"), str(folder), str(fixtures),
               "--output", str(out),
               "--master", "local[2]", "--partitions", "2", "--json"])
    assert rc == 0

    expected = code_batch(list(documents_from_records(rows + extra)) + list(read_inputs([str(folder), str(fixtures)])))
    assert len(expected) > 20
    docs = _parquet_rows(out / "documents")
    assert sorted((d["id"], d["status"]) for d in docs) == sorted((r.id, r.status) for r in expected)
    by_id = {d["id"]: d for d in docs}
    assert by_id["no-text"]["status"] == "failed" and by_id["no-text"]["reason"] == "text is null"
    assert by_id["story-a"]["status"] == "coded"
    for r in extra:     # the partition folder gave the date
        assert by_id[r["id"]]["status"] == "coded" and str(by_id[r["id"]]["date"]) == r["date"]
    assert by_id["story-b"]["status"] == "skipped"
    for _raw, doc_id, status, reason in bad_lines():
        if doc_id and not doc_id.startswith("line:"):
            assert by_id[doc_id]["status"] == status and (by_id[doc_id]["reason"] or "").startswith(reason or "")
    mentions = _parquet_rows(out / "mentions")
    assert sorted(_mention_key((m["doc_id"], m["source_code"], m["target_code"], m["cameo"], m["evidence_start"]))
                  for m in mentions) == _single_mentions(expected)

    # the fixtures' statuses and reasons agree record by record with the single-process readers
    assert sorted((d["id"], d["status"], d["reason"] or "") for d in docs) == \
        sorted((r.id, r.status, r.reason or "") for r in expected)

    # spark-load: the store aggregates the loaded mentions into the same events
    db = tmp_path / "ew.duckdb"
    assert main(["spark-load", str(out), "--db", str(db)]) == 0
    with Store(str(db), read_only=True) as store:
        n_docs = store.con.execute("SELECT count(*) FROM documents").fetchone()[0]
        stored = {r[0] for r in store.con.execute("SELECT event_id FROM events").fetchall()}
    assert n_docs == len({r.id for r in expected})        # a repeated id is one row, as in `eventwire code`
    assert stored == {e["event_id"] for e in _parquet_rows(out / "events")}
    # loading twice replaces, never duplicates
    assert main(["spark-load", str(out), "--db", str(db)]) == 0
    with Store(str(db), read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM documents").fetchone()[0] == n_docs

    # a path that does not exist: one line on stderr, exit 1, no JVM trace
    capsys.readouterr()
    assert main(["spark", str(tmp_path / "missing.jsonl"), "--output", str(tmp_path / "o2"),
                 "--master", "local[2]"]) == 1
    err = capsys.readouterr().err
    assert "spark run failed" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


@pytest.mark.spark
def test_spark_resume_codes_only_new_documents_and_rebuilds_events(tmp_path, spark):
    from eventwire.distributed.spark import run
    from eventwire.export import flat_rows_from_results
    from eventwire.ingest import documents_from_records
    from eventwire.pipeline import code_batch

    records = news_records(30, seed=41)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    write_jsonl(first, records[:12])
    write_jsonl(second, records[8:])          # 4 overlap with the first run
    out = str(tmp_path / "out")

    s1 = run([str(first)], out, spark=spark, partitions=2, resume=True)    # nothing there yet: a fresh run
    assert s1["coded"] == 12 and "already_done" not in s1
    s2 = run([str(first), str(second)], out, spark=spark, partitions=2, resume=True)
    assert s2["already_done"] == 12 + 4 and s2["coded"] == 18
    s3 = run([str(second)], out, spark=spark, partitions=2, resume=True)
    assert s3["already_done"] == 22 and s3["documents"] == 0

    docs = _parquet_rows(tmp_path / "out" / "documents")
    assert sorted(d["id"] for d in docs) == sorted(r["id"] for r in records)     # each once
    assert len({d["run_id"] for d in docs}) == 2

    single = code_batch(list(documents_from_records(records)))
    mentions = _parquet_rows(tmp_path / "out" / "mentions")
    assert sorted(_mention_key((m["doc_id"], m["source_code"], m["target_code"], m["cameo"], m["evidence_start"]))
                  for m in mentions) == _single_mentions(single)
    events = _parquet_rows(tmp_path / "out" / "events")
    assert s3["events"] == len(events)
    assert sorted(_event_key(e) for e in events) == sorted(_event_key(r) for r in flat_rows_from_results(single))


@pytest.mark.spark
def test_spark_killed_between_its_writes_resumes_without_duplicate_rows(tmp_path, spark):
    from eventwire.distributed.spark import run

    records = news_records(10, seed=23)
    write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out"
    first = run([str(tmp_path / "in.jsonl")], str(out), spark=spark, partitions=2)
    shutil.rmtree(out / "documents")           # killed after the mentions were written, before the documents
    again = run([str(tmp_path / "in.jsonl")], str(out), spark=spark, partitions=2, resume=True)
    assert again["coded"] == 10 and again["events"] == first["events"]
    docs, ments = _parquet_rows(out / "documents"), _parquet_rows(out / "mentions")
    assert sorted(d["id"] for d in docs) == sorted(r["id"] for r in records)
    assert len(ments) == len({m["mention_id"] for m in ments}) == first["mentions"] > 10
    events = _parquet_rows(out / "events")
    assert len(events) == len({e["event_id"] for e in events}) == first["events"]
    incs = _parquet_rows(out / "incidents")
    assert len(incs) == len({i["incident_id"] for i in incs}) == first["incidents"] > 0


@pytest.mark.spark
def test_spark_codes_an_exact_copy_once_like_eventwire_code(tmp_path, spark):
    """Exact copies (same text, another id and outlet) are coded once, and the output says what
    `eventwire code` says: one document row per input record, the copy 'exact duplicate of ID'
    without mentions of its own, and events that count the copy's article and outlet."""
    from eventwire.commands import CodeRun
    from eventwire.distributed.spark import load_output, run
    from eventwire.export import flat_event_rows
    from eventwire.ingest import read_inputs
    from eventwire.pipeline import CodingPool
    from eventwire.store import Store

    records = news_records(10, seed=23)
    copies = [dict(records[0], id="zz-copy-1", source="Harbour Gazette", url="https://harbour.example/1"),
              dict(records[0], id="zz-copy-2", source="Valley Post"),
              dict(records[4], id="zz-copy-3", source="Harbour Gazette", date="2024-03-09")]
    inp = tmp_path / "news.jsonl"
    write_jsonl(inp, records + copies)

    out = tmp_path / "out"
    summary = run([str(inp)], str(out), spark=spark, partitions=3, batch_size=4)
    assert summary["documents"] == 13 and summary["coded"] == 13 and summary["duplicates"] == 3

    docs = {d["id"]: d for d in _parquet_rows(out / "documents")}
    assert len(docs) == 13
    for c, orig in (("zz-copy-1", records[0]["id"]), ("zz-copy-2", records[0]["id"]), ("zz-copy-3", records[4]["id"])):
        assert (docs[c]["status"], docs[c]["reason"], docs[c]["duplicate_of"]) == \
            ("coded", f"exact duplicate of {orig}", orig)
        assert docs[c]["n_sentences"] == 0            # not parsed
    assert all(d["duplicate_of"] is None for i, d in docs.items() if not i.startswith("zz-"))
    mentions = _parquet_rows(out / "mentions")
    assert not [m for m in mentions if m["doc_id"].startswith("zz-")]

    # the single-process run: `eventwire code`'s own CodeRun into a store
    db = tmp_path / "local.duckdb"
    with Store(str(db)) as store, CodingPool(1, 4) as pool:
        local = CodeRun(store, done=set())
        recs = local.chunk(list(local.plan(read_inputs([str(inp)]))), pool)
        recs += local.close()      # a chunk's records come out once it is committed
        store.aggregate()
        assert local.counts["duplicates"] == 3
        local_events = flat_event_rows(store)
    assert [(r["id"], r["status"], r.get("reason")) for r in recs] == \
        [(i, docs[i]["status"], docs[i]["reason"]) for i in [r["id"] for r in records + copies]]
    events = _parquet_rows(out / "events")
    assert sorted(_event_key(e) for e in events) == sorted(_event_key(r) for r in local_events)
    copied = [e for e in events if e["doc_id"] == records[0]["id"]]
    assert copied and all(e["num_articles"] == 3 and e["num_sources"] >= 2 for e in copied)

    # spark-load: the store inherits the copies' events the same way
    loaded = tmp_path / "loaded.duckdb"
    load_output(str(out), str(loaded))
    with Store(str(loaded), read_only=True) as store:
        assert sorted(_event_key(r) for r in flat_event_rows(store)) == sorted(_event_key(r) for r in local_events)


# stories written for this test: one act told in several clauses and sentences, its toll repeated or updated
_INCIDENT_STORIES = [
    "KANO, May 3 (Wire) -- Gunmen attacked a police post in Kano on Tuesday, killing 12 officers and wounding 30. "
    "The attackers also burned two patrol cars. The dead included four recruits, police said.",
    "MOSUL, May 4 (Wire) -- Militants stormed a checkpoint near Mosul on Wednesday, killing five soldiers. "
    "The toll from the checkpoint attack rose to seven, the army said. "
    "Separately, protesters marched in Baghdad against power cuts.",
    "PESHAWAR, May 6 (Wire) -- A bomb exploded at a bus station in Peshawar, killing nine people and injuring 21. "
    "Officials said the blast was the deadliest this year.",
]


@pytest.mark.spark
def test_spark_incidents_are_those_of_eventwire_code_and_load_into_the_store(tmp_path, spark):
    """OUTPUT/incidents holds the incidents `eventwire code` stores (acts linked, tolls counted once), the
    mentions link to them, and spark-load gives `eventwire incidents` the same rows and totals as the local run."""
    from eventwire.commands import CodeRun
    from eventwire.distributed.spark import load_output, run
    from eventwire.export.incidents import incident_rows, toll_totals
    from eventwire.ingest import read_inputs
    from eventwire.pipeline import CodingPool
    from eventwire.store import Store

    records = [{"id": f"inc-{i}", "text": t, "date": f"2024-05-0{3 + i}", "source": "Wire A"}
               for i, t in enumerate(_INCIDENT_STORIES)] + news_records(3, seed=5)
    records.append(dict(records[0], id="zz-copy", source="Valley Post"))     # an exact copy: no incidents of its own
    inp = tmp_path / "news.jsonl"
    write_jsonl(inp, records)
    out = tmp_path / "out"
    summary = run([str(inp)], str(out), spark=spark, partitions=2, batch_size=4)

    db = tmp_path / "local.duckdb"
    with Store(str(db)) as store, CodingPool(1, 4) as pool:
        local = CodeRun(store, done=set())
        local.chunk(list(local.plan(read_inputs([str(inp)]))), pool)
        local.close()
        store.aggregate()
        cols = [r[0] for r in store.con.execute("DESCRIBE incidents").fetchall()]
        stored = [dict(zip(cols, r)) for r in store.con.execute("SELECT * FROM incidents").fetchall()]
    assert stored and summary["incidents"] == len(stored)

    def key(r):
        return (r["incident_id"], r["kind"], str(r["date"]), r["location_name"], r["killed"], r["injured"],
                r["n_mentions"], r["source_code"], r["target_code"])
    incs = _parquet_rows(out / "incidents")
    assert sorted(map(key, incs)) == sorted(map(key, stored))
    assert all(json.loads(r["record"])["events"] for r in incs)
    kano = [r for r in incs if r["doc_id"] == "inc-0" and r["killed"]]
    assert [(r["killed"], r["injured"]) for r in kano] == [(12, 30)]          # counted once, not per clause
    assert not [r for r in incs if r["doc_id"] == "zz-copy"]
    # the mentions name their incident, and every incident has its mentions
    linked = {m["incident"] for m in _parquet_rows(out / "mentions") if m["incident"]}
    assert linked == {r["incident_id"] for r in incs}

    loaded = tmp_path / "loaded.duckdb"
    n = load_output(str(out), str(loaded))
    assert n["incidents"] == len(incs)
    load_output(str(out), str(loaded))                                          # loading twice replaces
    for by in ("place", "day"):
        assert toll_totals(str(loaded), by=by) == toll_totals(str(db), by=by)
    assert [(r["incident_id"], r["killed"], r["injured"]) for r in incident_rows(str(loaded))] == \
        [(r["incident_id"], r["killed"], r["injured"]) for r in incident_rows(str(db))]


@pytest.mark.spark
def test_spark_doc_timeout_fails_each_slow_document_and_the_run_goes_on(tmp_path, spark, monkeypatch):
    from eventwire.distributed.spark import run

    records = news_records(4, seed=5)
    write_jsonl(tmp_path / "in.jsonl", records + [{"id": "blank", "text": "  "}])
    monkeypatch.setenv("EVENTWIRE_DOC_TIMEOUT", "120")      # the run's option wins, on every executor
    out = tmp_path / "out"
    summary = run([str(tmp_path / "in.jsonl")], str(out), spark=spark, partitions=2, batch_size=2, doc_timeout=1e-6)
    assert (summary["documents"], summary["coded"], summary["failed"], summary["skipped"]) == (5, 0, 4, 1)
    reasons = {d["id"]: d["reason"] for d in _parquet_rows(out / "documents")}
    assert all(reasons[r["id"]].startswith("timeout: coding took over 1e-06 s") for r in records)
    assert reasons["blank"] == "empty text" and summary["mentions"] == 0


def test_spark_command_is_registered_and_explains_missing_output(tmp_path, capsys):
    from eventwire.cli import build_parser, main

    args = build_parser().parse_args(["spark", "x.jsonl", "--output", str(tmp_path / "o"), "--partitions", "3"])
    assert args.func.__name__ == "cmd_spark" and args.partitions == 3 and args.master is None
    assert args.doc_timeout is None                         # None: $EVENTWIRE_DOC_TIMEOUT, else 120
    args = build_parser().parse_args(["spark", "x.jsonl", "--output", "o", "--doc-timeout", "30"])
    assert args.doc_timeout == 30.0
    assert main(["spark-load", str(tmp_path / "nothing-here")]) == 2
    assert "not an `eventwire spark` output folder" in capsys.readouterr().err
