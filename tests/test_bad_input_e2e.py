"""Bad input end to end: `eventwire code` as a subprocess on a JSONL file of assorted bad records
gives one output record per input line with the right status and reason, stores the same statuses,
and never prints a traceback.  Plus a property test: ingest + coding never raise."""
from __future__ import annotations

import pytest

import json
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

EVENTWIRE = str(Path(sys.executable).with_name("eventwire"))

STORY = ("The Egyptian Foreign Minister met his Jordanian counterpart in Amman on Tuesday and condemned "
         "the attack on a border post that killed four soldiers.")
SPANISH = ("El ministro de Asuntos Exteriores de Egipto se reunió el martes en Ammán con su homólogo jordano y "
           "condenó el ataque contra un puesto fronterizo en el que murieron cuatro soldados, según la agencia estatal.")
HUGE_PARAGRAPH = ("Kenya accused Ethiopia of moving troops towards the border on Monday, and the Kenyan government "
                  "called for talks with Addis Ababa to settle the dispute over grazing land. ")


def _line(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


def bad_lines() -> list[tuple[bytes, str, str, str | None]]:
    """(raw line, expected id, expected status, expected reason prefix) for 11 bad inputs."""
    story_bytes = STORY.encode("utf-8")
    return [
        (_line({"id": "empty", "text": ""}), "empty", "skipped", "empty text"),
        (_line({"id": "spaces", "text": " \t \n\u00a0\u2003 "}), "spaces", "skipped", "empty text"),
        (_line({"id": "binary", "text": "\x00\x01\x02\x03\x04\x05PNG\x00\x00\x1a\x0b\x00\x00" * 20}),
         "binary", "skipped", "binary content"),
        # raw invalid UTF-8 bytes inside the JSON string: read with replacement characters, coded
        (b'{"id": "bad-utf8", "text": "' + story_bytes[:40] + b"\xff\xfe\xc3(" + story_bytes[40:] + b'"}',
         "bad-utf8", "coded", None),
        (_line({"id": "controls", "text": STORY.replace(" ", " \x07", 3).replace("Amman", "Am\x1bman\x0c")}),
         "controls", "coded", None),
        (_line({"id": "huge", "text": HUGE_PARAGRAPH * 400}), "huge", "coded", None),
        (_line({"id": "spanish", "text": SPANISH}), "spanish", "skipped", "language: es"),
        (b'{"id": "broken", "text": "no closing brace', "line:8", "failed", "malformed JSON"),
        (b'["not", "an", "object"]', "line:9", "failed", "record is not a JSON object"),
        (_line({"text": STORY.replace("Tuesday", "Wednesday"), "date": "2024-05-08"}), None, "coded", None),
        (_line({"id": "bad-date", "text": STORY.replace("four", "six"), "date": "31/31/2024"}),
         "bad-date", "coded", None),
    ]


def test_eleven_bad_lines_through_the_cli(tmp_path):
    cases = bad_lines()
    assert len(cases) == 11
    inp = tmp_path / "bad.jsonl"
    inp.write_bytes(b"\n".join(raw for raw, *_ in cases) + b"\n")
    out, db = tmp_path / "out.jsonl", tmp_path / "ew.duckdb"
    proc = subprocess.run([EVENTWIRE, "code", str(inp), "--output", str(out), "--db", str(db),
                           "--max-chars", "20000", "--workers", "1"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout, proc.stderr
    assert "11 documents" in proc.stderr

    recs = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 11
    for rec, (_, doc_id, status, reason) in zip(recs, cases):
        if doc_id is not None and doc_id.startswith("line:"):
            # an unreadable line is named after its place: @FILE:N
            assert rec["id"] == f"@{inp}:{doc_id[5:]}", rec
        elif doc_id is not None:
            assert rec["id"] == doc_id
        assert rec["status"] == status, rec
        if reason is None:
            assert not rec.get("reason"), rec
        else:
            assert (rec.get("reason") or "").startswith(reason), rec
        assert isinstance(rec["events"], list)
    by_id = {r["id"]: r for r in recs}
    # the readable stories were coded into events despite the damage around them
    for doc_id in ("bad-utf8", "controls", "huge", "bad-date"):
        assert by_id[doc_id]["events"], doc_id
    assert any(e["cameo"].startswith("04") for e in by_id["controls"]["events"])
    no_id = recs[9]["id"]
    assert no_id and no_id not in {c[1] for c in cases}          # a content id was made for it
    assert by_id["bad-date"]["date"] is None and recs[9]["date"] == "2024-05-08"

    from eventwire.store import Store

    with Store(str(db), read_only=True) as store:
        rows = {r[0]: r[1:] for r in store.con.execute(
            "SELECT id, status, reason, n_chars, meta FROM documents").fetchall()}
    assert len(rows) == 11
    assert {i: (s, r or None) for i, (s, r, *_rest) in rows.items()} == \
        {r["id"]: (r["status"], r.get("reason") or None) for r in recs}
    n_chars, meta = rows["huge"][2], json.loads(rows["huge"][3])
    assert n_chars <= 20000 and meta.get("truncated") == len(HUGE_PARAGRAPH * 400)
    # nothing given is lost: the part not coded is kept with the document, and the output says it was cut
    assert n_chars + len(meta["truncated_tail"]) == len(HUGE_PARAGRAPH * 400)
    assert by_id["huge"]["truncated_from"] == len(HUGE_PARAGRAPH * 400)
    assert "truncated_from" not in by_id["controls"]
    assert json.loads(rows["controls"][3]).get("control_chars_removed", 0) >= 4
    assert json.loads(rows["bad-utf8"][3]).get("invalid_utf8", 0) >= 1
    assert "date_warning" in json.loads(rows["bad-date"][3])


# --------------------------------------------------------------------------- property test

_WORDS = ["Egypt", "Jordan", "Kenyan", "police", "arrested", "protesters", "met", "condemned", "the", "attack",
          "in", "Cairo", "on", "Monday", "killed", "12", "people", "President", "signed", "agreement", "with",
          ".", ",", "\n", "'s", "not", "will", "troops", "Ankara", "and"]
_junk = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=20),
                  st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2))
_texts = st.one_of(
    st.lists(st.sampled_from(_WORDS), min_size=0, max_size=40).map(" ".join),
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=8)), max_size=30).map(" ".join),
    _junk,
)
_records = st.one_of(
    st.fixed_dictionaries({"text": _texts}, optional={"id": _junk, "date": _junk, "title": _junk, "url": _junk,
                                                       "source": _junk, "meta": _junk}),
    _junk,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records=st.lists(_records, min_size=1, max_size=6),
       raw_lines=st.lists(st.one_of(st.binary(max_size=120), _texts.map(lambda t: json.dumps({"text": t}).encode())),
                          max_size=4))
def test_ingest_and_coding_never_raise(records, raw_lines):
    import io

    from eventwire.ingest import documents_from_records
    from eventwire.ingest.jsonl import read_jsonl_stream
    from eventwire.model import CODED, FAILED, SKIPPED
    from eventwire.pipeline import code_batch

    docs = list(documents_from_records(records))
    docs += list(read_jsonl_stream(io.BytesIO(b"\n".join(raw_lines)), "prop.jsonl"))
    assert len(docs) >= len(records)
    results = code_batch(docs)
    assert len(results) == len(docs)
    for d, r in zip(docs, results):
        assert r.document is d
        assert r.status in (CODED, SKIPPED, FAILED)
        assert isinstance(r.id, str) and r.id
        if r.status != CODED:
            assert r.reason
        json.dumps(r.to_dict(), ensure_ascii=False, allow_nan=True)
        for e in r.events:
            assert 0 <= e.trigger_start < e.trigger_end <= len(d.text)


class _NoParsePool:
    """Stands in for the coding pool: readable documents come back coded without events, the rest
    with their ingest status and reason (what the pipeline does with them)."""

    def code(self, docs):
        from eventwire.model import Result
        return [Result(document=d, status="coded" if d.status == "ok" else d.status, reason=d.reason)
                for d in docs]


def _code_into(db, *paths) -> list[dict]:
    from eventwire.commands import CodeRun
    from eventwire.ingest import read_inputs
    from eventwire.store import Store

    with Store(str(db)) as store:
        run = CodeRun(store, done=store.done_ids())
        recs = run.chunk(list(run.plan(read_inputs([str(p) for p in paths]))), _NoParsePool())
        recs += run.close()        # a chunk's records come out once it is committed
    return recs


def test_bad_lines_of_two_files_are_stored_apart_and_rerun_the_same(tmp_path):
    """Line 2 of both files is broken: each broken line is its own stored document with its own
    reason and origin (they used to share the id line:2, so the store kept only the last), and a
    rerun of both files into the same database names and reports them the same way."""
    a, b = tmp_path / "east.jsonl", tmp_path / "west.jsonl"
    a.write_text('{"id": "e1", "text": "Farmers blocked the highway with tractors on Friday."}\n'
                 '{"id": "e2", "text": "no closing quote}\n')
    b.write_text('{"id": "w1", "text": "The city council voted to close the old harbour."}\n'
                 '[1, 2, 3]\n')
    db = tmp_path / "ew.duckdb"
    first = _code_into(db, a, b)
    assert [(r["id"], r["status"]) for r in first] == [
        ("e1", "coded"), (f"@{a}:2", "failed"), ("w1", "coded"), (f"@{b}:2", "failed")]
    assert first[1]["reason"].startswith("malformed JSON")
    assert first[3]["reason"] == "record is not a JSON object (got array)"

    from eventwire.store import Store
    with Store(str(db), read_only=True) as store:
        stored = {r[0]: r[1:] for r in store.con.execute(
            "SELECT id, status, reason, origin FROM documents WHERE status = 'failed'").fetchall()}
    assert stored == {f"@{a}:2": ("failed", first[1]["reason"], f"{a}:2"),
                      f"@{b}:2": ("failed", first[3]["reason"], f"{b}:2")}

    again = _code_into(db, a, b)
    assert [(r["id"], r["status"], r.get("reason")) for r in again] == \
        [(r["id"], r["status"], r.get("reason")) for r in first]
    with Store(str(db), read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM documents").fetchone()[0] == 4


def test_copies_get_offsets_into_their_own_text(tmp_path):
    # the same story three times: verbatim, with a leading space, and in capitals. Only the verbatim copy reuses
    # the first one's results; every record's evidence spans point into its own text.
    texts = {"a1": STORY, "a2": STORY, "a3": " " + STORY, "a4": STORY.upper()}
    inp = tmp_path / "copies.jsonl"
    inp.write_bytes(b"\n".join(_line({"id": k, "text": v}) for k, v in texts.items()) + b"\n")
    out = tmp_path / "out.jsonl"
    subprocess.run([EVENTWIRE, "code", str(inp), "-o", str(out), "--no-db"], check=True, capture_output=True)
    recs = {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert recs["a2"]["reason"] == "exact duplicate of a1"
    assert not (recs["a3"].get("reason") or "").startswith("exact duplicate")
    for k in ("a1", "a2", "a3"):
        assert recs[k]["events"], k
        for e in recs[k]["events"]:
            ev = e["evidence"]
            assert texts[k][ev["start"]:ev["end"]] == ev["text"], (k, ev)


def test_an_id_given_twice_with_other_text_is_told_not_silently_replaced(tmp_path):
    inp = tmp_path / "ids.jsonl"
    inp.write_bytes(b"\n".join(_line(r) for r in (
        {"id": "r1", "text": STORY}, {"id": "r2", "text": "Iran praised Iraq on Sunday."},
        {"id": "r1", "text": "Turkish troops shelled Kurdish positions near Afrin on Tuesday."})) + b"\n")
    out = tmp_path / "out.jsonl"
    proc = subprocess.run([EVENTWIRE, "code", str(inp), "-o", str(out), "--db", str(tmp_path / "ids.duckdb")],
                          check=True, capture_output=True, text=True)
    assert "'r1' given again with other text" in proc.stderr and "1 ids given again" in proc.stderr
    assert [r["id"] for r in map(json.loads, out.read_text().splitlines())] == ["r1", "r2", "r1"]


def test_output_records_wait_for_their_chunk_to_be_committed(tmp_path):
    """A chunk's output records are handed out only after its transaction committed; a failed write
    leaves them unwritten (so no output line says "coded" for a document that was never stored)."""
    from eventwire.commands import CodeRun
    from eventwire.ingest import read_inputs
    from eventwire.store import Store

    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "Chad closed its border with Sudan."}\n')
    with Store(str(tmp_path / "ew.duckdb")) as store:
        run = CodeRun(store, done=set())

        def broken(results):
            raise OSError(28, "No space left on device")
        run._write = broken
        assert run.chunk(list(run.plan(read_inputs([str(src)]))), _NoParsePool()) == []
        with pytest.raises(OSError):
            run.close()
