"""Issue 19, identity: an id a user gives never takes the id made for an unreadable record (its place,
marked with '@'), so N input records are N stored documents whatever ids they claim."""
from __future__ import annotations

import json

from eventwire.ingest import documents_from_records, read_inputs
from eventwire.ingest.checks import own_id, place_id



class _NoParsePool:
    """Readable documents come back coded without events, the rest with their ingest status and reason."""

    def code(self, docs):
        from eventwire.model import Result
        return [Result(document=d, status="coded" if d.status == "ok" else d.status, reason=d.reason)
                for d in docs]


def _code_into(db, *paths) -> list[dict]:
    from eventwire.commands import CodeRun
    from eventwire.store import Store

    with Store(str(db)) as store:
        run = CodeRun(store, done=store.done_ids())
        recs = run.chunk(list(run.plan(read_inputs([str(p) for p in paths]))), _NoParsePool())
        recs += run.close()
    return recs


def _claiming_lines(path, n: int) -> str:
    """Odd lines are broken; each even line claims the id of the broken line before it, in the old form
    (PATH:N), in the new form (@PATH:N) and as an already doubled '@@PATH:N'."""
    lines = []
    for i in range(1, n + 1):
        if i % 2:
            lines.append('{"id": "broken line %d' % i)
        else:
            claim = [f"{path}:{i - 1}", f"@{path}:{i - 1}", f"@@{path}:{i - 1}"][(i // 2) % 3]
            lines.append(json.dumps({"id": claim, "text": f"The port of Tema reopened on day {i}."}))
    return "\n".join(lines) + "\n"


def test_a_user_id_equal_to_a_bad_lines_id_does_not_overwrite_it(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(_claiming_lines(path, 300))
    db = tmp_path / "ew.duckdb"
    recs = _code_into(db, path)
    assert len(recs) == 300 and len({r["id"] for r in recs}) == 300
    from eventwire.store import Store
    with Store(str(db), read_only=True) as store:
        assert store.con.execute("SELECT count(*), count(DISTINCT id) FROM documents").fetchone() == (300, 300)
        statuses = dict(store.con.execute("SELECT status, count(*) FROM documents GROUP BY 1").fetchall())
    assert statuses == {"failed": 150, "coded": 150}
    # the bad line keeps its place as id; the user's record keeps its own id unless it starts with '@'
    assert recs[0]["id"] == f"@{path}:1" and recs[0]["status"] == "failed"
    docs = list(read_inputs([path]))
    plain = next(d for d in docs if d.status == "ok" and not d.id.startswith("@"))
    assert plain.id == f"{path}:{int(plain.origin.rsplit(':', 1)[1]) - 1}" and "id_raw" not in plain.meta
    marked = [d for d in docs if d.status == "ok" and d.id.startswith("@")]
    assert marked and all(d.id == "@" + d.meta["id_raw"] and "reserved" in d.meta["id_warning"] for d in marked)


def test_a_rerun_with_the_claiming_records_in_another_file_codes_them(tmp_path):
    """A bad line stored in one run is no 'already stored' record for a user's record that claims its
    id in the next run."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n")
    db = tmp_path / "ew.duckdb"
    (first,) = _code_into(db, bad)
    claims = tmp_path / "claims.jsonl"
    claims.write_text(json.dumps({"id": first["id"], "text": "Ghana recalled its envoy from Togo."}) + "\n"
                      + json.dumps({"id": f"{bad}:1", "text": "Togo expelled a Ghanaian diplomat."}) + "\n")
    second = _code_into(db, claims)
    assert [r["status"] for r in second] == ["coded", "coded"]
    assert [r.get("reason") for r in second] == [None, None]
    assert [r["id"] for r in second] == ["@" + first["id"], f"{bad}:1"]


def test_place_ids_never_meet_user_ids():
    places = ["a.jsonl:1", "@a.jsonl:1", "\\a.jsonl:1", "\\@a.jsonl:1", "", "@", "record:2"]
    users = ["a.jsonl:1", "@a.jsonl:1", "@@a.jsonl:1", "\\a.jsonl:1", "@", "@\\a.jsonl:1", "record:2", "@record:2"]
    made = [place_id(p) for p in places]
    given = [own_id(u) for u in users]
    assert len(set(made)) == len(made) and len(set(given)) == len(given)
    assert not set(made) & set(given)
    assert all(m.startswith("@") and not m.startswith("@@") for m in made)


def test_records_from_python_claiming_record_n():
    out = list(documents_from_records(["not a record", {"id": "record:1", "text": "Chad closed its border."},
                                       {"id": "@record:1", "text": "Niger reopened its border."}]))
    assert [d.id for d in out] == ["@record:1", "record:1", "@@record:1"]


def _stored(db) -> list[tuple]:
    from eventwire.store import Store
    with Store(str(db), read_only=True) as store:
        return store.con.execute("SELECT id, status, origin FROM documents ORDER BY id").fetchall()


def test_a_rerun_on_a_database_with_failed_rows_under_old_ids_keeps_one_row_per_record(tmp_path):
    """Failed rows stored before the '@' ids (bare places: PATH:N, PATH[N], PATH) are the same records as the
    '@' rows a rerun makes: they are replaced, never kept beside them."""
    from eventwire.store import Store
    lines = tmp_path / "bad.jsonl"
    lines.write_text('{"id": "ok1", "text": "Chad closed its border with Sudan."}\n{oops\n{"title": "no text"}\n'
                     '{"id": "@b:2", "text": 5}\n[1, 2]\n')
    array = tmp_path / "items.json"
    array.write_text('[{"id": "ok2", "text": "Niger reopened its border."}, 7, {"text": null}]')
    missing = tmp_path / "gone.jsonl"
    db = tmp_path / "ew.duckdb"
    first = _code_into(db, lines, array, missing)
    assert len(first) == 9 and len(_stored(db)) == 9
    with Store(str(db)) as store:      # the database as the code before '@' ids left it
        store.con.execute("UPDATE documents SET id = substr(id, 2) WHERE id LIKE '@%' AND id NOT LIKE '@@%'")
    old = _stored(db)
    assert sum(1 for i, _, _ in old if i.startswith(str(tmp_path))) == 6
    second = _code_into(db, lines, array, missing)
    assert [r["id"] for r in second] == [r["id"] for r in first]
    rows = _stored(db)
    assert len(rows) == 9 and {i for i, _, _ in rows} == {r["id"] for r in first}
    assert all(i.startswith("@") for i, status, _ in rows if status == "failed")
    assert ("@@b:2", "failed", f"{lines}:4") in rows                # a user's own '@' id is no old place id


def test_a_file_that_failed_whole_and_now_gives_records_keeps_no_stale_row(tmp_path):
    """A cut .json.gz was one failed row for the whole file; read again it gives its records and the cut."""
    import gzip
    from eventwire.ingest.checks import failed
    from eventwire.model import Result
    from eventwire.store import Store
    path = tmp_path / "wire.json.gz"
    data = gzip.compress(json.dumps([{"id": f"w{i}", "text": f"Police arrested {i + 3} men in Accra on day {i}."}
                                     for i in range(200)]).encode())
    path.write_bytes(data[: len(data) // 2])
    db = tmp_path / "ew.duckdb"
    for old_id in (f"@{path}", str(path)):         # as the reader before gave it, with and without the '@'
        with Store(str(db)) as store:
            whole = failed(old_id, f"cannot read {path}: corrupt gzip data", origin=str(path))
            store.write_batch([Result(document=whole, status="failed", reason=whole.reason)])
        recs = _code_into(db, path)
        rows = _stored(db)
        assert len(rows) == len(recs) > 10 and old_id not in {i for i, _, _ in rows}
        assert recs[-1]["id"].startswith(f"@{path}@") and recs[-1]["status"] == "failed"
