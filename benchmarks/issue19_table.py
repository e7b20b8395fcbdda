"""Issue 19's "These failed" table, row by row, on inputs this script writes: PASS or FAIL with what happened.

    PYTHONPATH=src python benchmarks/issue19_table.py [--rows 1,2,...] [--spark]

Row 12 (Spark killed between the writes, then --resume) runs only with --spark (Spark and Java, about a minute).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXE = [sys.executable, "-m", "eventwire.cli"]
TMP = Path(tempfile.mkdtemp(prefix="ew19-"))


def ew(*args, timeout=600, **kw):
    t0 = time.perf_counter()
    p = subprocess.run(EXE + [str(a) for a in args], capture_output=True, text=True, timeout=timeout, **kw)
    return p, time.perf_counter() - t0


def code_one(name: str, text: str, limit: float = 60.0):
    src = TMP / f"{name}.jsonl"
    src.write_text(json.dumps({"id": name, "text": text}) + "\n")
    out = TMP / f"{name}.out.jsonl"
    p, s = ew("code", src, "--no-db", "--workers", "1", "-o", out, "-q", timeout=limit + 60)
    rec = json.loads(out.read_text()) if out.exists() and out.read_text() else {}
    return rec, s


def row1():
    rec, s = code_one("nested", "Egypt condemned the attack on the embassy. " + "([" * 100_000)
    return rec.get("status") in ("coded", "failed") and s < 60, f"{rec.get('status')} in {s:.1f} s (whole command)"


def row2():
    rec, s = code_one("caps", "BAGHDAD KILLED " * 13_000)
    return rec.get("status") in ("coded", "failed") and s < 60, f"{rec.get('status')} in {s:.1f} s (whole command)"


def _bomb(path: Path, line_breaks: bool) -> None:
    chunk = (b"The army shelled the village. " * 30 + b"\n") if line_breaks else b"A" * (1 << 20)
    with gzip.open(path, "wb", compresslevel=9) as f:
        for _ in range((1 << 30) // len(chunk) + 1):
            f.write(chunk)


def row3():
    notes, ok = [], True
    for name, breaks in (("bomb.txt.gz", True), ("bomb.jsonl.gz", False)):
        path = TMP / name
        _bomb(path, breaks)
        out = TMP / f"{name}.out"
        p, s = ew("code", path, "--no-db", "--workers", "1", "-o", out, "-q")
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        recs = [json.loads(x) for x in out.read_text().splitlines()]
        last = recs[-1] if recs else {}
        good = last.get("status") == "failed" and "over the limit" in (last.get("reason") or "") and peak < 1024
        ok &= good
        notes.append(f"{name} ({path.stat().st_size // 1024} KB -> 1 GiB): {len(recs)} record(s), last "
                     f"{last.get('status')} '{(last.get('reason') or '')[:60]}', peak of any child so far {peak:.0f} MB")
    return ok, "; ".join(notes)


def row4():
    import io
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    for i in range(5):
        html = f"<html><body><p>{'Troops detained students in Harare on Friday. ' * 30}</p></body></html>".encode()
        hh = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(f"http://example.org/{i}", "response", payload=io.BytesIO(html),
                                            http_headers=hh))
    data = buf.getvalue()
    path = TMP / "cut.warc.gz"
    path.write_bytes(data[: int(len(data) * 0.7)])
    out = TMP / "warc.out"
    p, _ = ew("code", path, "--no-db", "--workers", "1", "-o", out, "-q")
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    ok = recs and recs[-1]["status"] == "failed" and "truncated" in recs[-1]["reason"] and str(path) in recs[-1]["reason"]
    return bool(ok), f"{[r['status'] for r in recs]}, last: {recs[-1]['reason'][:90] if recs else ''}"


def _small_db() -> Path:
    """A fresh copy of a database of three coded articles (one per caller: one process opens each once)."""
    db = _coded_db()
    copy = TMP / f"few-{len(list(TMP.glob('few-*.duckdb')))}.duckdb"
    shutil.copy(db, copy)
    return copy


def _coded_db() -> Path:
    src = TMP / "few.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{i}", "text": t, "date": "2021-03-0%d" % (i + 1)}) + "\n" for i, t in
                           enumerate(["Kenya protested to Uganda on Monday.", "Police in Lagos arrested 12 protesters.",
                                      "Russia condemned the strike on the convoy near Aleppo."])))
    db = TMP / "few.duckdb"
    if not db.exists():
        ew("code", src, "--db", db, "--workers", "1", "-q")
    return db


def row5():
    db = _small_db()
    cut = TMP / "half.duckdb"
    cut.write_bytes(db.read_bytes()[: db.stat().st_size // 2])
    notes, ok = [], True
    for args in (["events", "--db", cut], ["db", "info", "--db", cut],
                 ["export", "--db", cut, "--format", "csv", "--output", TMP / "x.csv"]):
        p, _ = ew(*args)
        one = len(p.stderr.strip().splitlines()) == 1 and "Traceback" not in p.stderr
        good = p.returncode != 0 and one and not (TMP / "x.csv").exists()
        ok &= good
        notes.append(f"{args[0]}: exit {p.returncode}, '{p.stderr.strip()[:60]}'")
    import duckdb
    con = duckdb.connect(str(db))                 # held by this process
    p, _ = ew("events", "--db", db)
    con.close()
    good = p.returncode != 0 and len(p.stderr.strip().splitlines()) == 1 and "Traceback" not in p.stderr
    ok &= good
    notes.append(f"events on a locked db: exit {p.returncode}, '{p.stderr.strip()[:60]}'")
    return ok, "; ".join(notes)


def row6():
    mnt = TMP / "full"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mnt)], capture_output=True).returncode:
        return None, "cannot mount a small tmpfs here (not root?): not checked"
    try:
        src = TMP / "many.jsonl"
        src.write_text("".join(json.dumps({"id": f"m{i}", "text": f"Police in Lagos arrested {i} protesters on Monday "
                                           f"after clashes near the parliament. " * 20}) + "\n" for i in range(400)))
        out = TMP / "many.out"
        p, _ = ew("code", src, "--db", mnt / "ew.duckdb", "--workers", "1", "-o", out, "-q")
        recs = [json.loads(x) for x in out.read_text().splitlines()] if out.exists() else []
        stored = 0
        try:
            import duckdb
            stored = duckdb.connect(str(mnt / "ew.duckdb"), read_only=True).execute(
                "SELECT count(*) FROM documents").fetchone()[0]
        except Exception as exc:  # noqa: BLE001
            stored = f"unreadable ({type(exc).__name__})"
        lines = p.stderr.strip().splitlines()
        ok = p.returncode != 0 and "Traceback" not in p.stderr and (not isinstance(stored, int) or len(recs) <= stored)
        return ok, f"exit {p.returncode}, stderr last line '{lines[-1][:70] if lines else ''}', {len(recs)} output lines, stored {stored}"
    finally:
        subprocess.run(["umount", str(mnt)])


def row7():
    from fastapi.testclient import TestClient
    from eventwire.server import ServerConfig, create_app
    db = _small_db()
    src = TMP / "nan.jsonl"
    src.write_text('{"id": "nan1", "text": "Kenya protested to Uganda.", "meta": {"score": NaN, "big": Infinity}}\n')
    ew("code", src, "--db", db, "--workers", "1", "-q")
    c = TestClient(create_app(ServerConfig(db=str(db), api_token="tok")))
    auth = {"Authorization": "Bearer tok"}
    nested = "[" * 100_000 + "]" * 100_000
    got = [("GET /api/events/²", c.get("/api/events/²")),
           ("GET 5000 digits", c.get("/api/events/" + "9" * 5000)),
           ("POST nested 200 KB", c.post("/api/documents", content=nested, headers={**auth, "Content-Type": "application/json"}))]
    ok = all(r.status_code in (400, 404, 413, 422) and "x-content-type-options" in r.headers for _, r in got)
    notes = [f"{n}: {r.status_code}" for n, r in got]
    r = c.get("/api/documents/nan1")
    ok &= r.status_code == 200 and "NaN" not in r.text and "Infinity" not in r.text
    notes.append(f"document with NaN meta: {r.status_code}, NaN/Infinity in body: {'NaN' in r.text or 'Infinity' in r.text}")
    return ok, "; ".join(notes)


def row8():
    path = TMP / "bad.jsonl"
    lines = []
    for i in range(1, 10_001):
        if i % 2:
            lines.append('{"id": "broken %d' % i)
        else:
            lines.append(json.dumps({"id": f"{path}:{i - 1}", "text": f"The port of Tema reopened on day {i}."}))
    path.write_text("\n".join(lines) + "\n")
    db = TMP / "ids.duckdb"
    p, _ = ew("code", path, "--db", db, "--workers", "1", "-q", "--batch-size", "256")
    import duckdb
    n = duckdb.connect(str(db), read_only=True).execute("SELECT count(*) FROM documents").fetchone()[0]
    return n == 10_000, f"{n} documents stored for 10,000 records"


def row9():
    from fastapi.testclient import TestClient
    from eventwire.server import ServerConfig, create_app
    import duckdb
    db = _small_db()
    c = TestClient(create_app(ServerConfig(db=str(db), api_token="", lock_timeout=0.2)))
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb,time; c=duckdb.connect({str(db)!r}); "
                               "print('held', flush=True); time.sleep(30)"], stdout=subprocess.PIPE, text=True)
    holder.stdout.readline()
    try:
        r = c.get("/api/events")
    finally:
        holder.kill()
    leak = str(db) in r.text or sys.executable in r.text or str(holder.pid) in r.text
    return r.status_code == 503 and not leak, f"{r.status_code}, path/interpreter/pid in body: {leak}: {r.text[:80]}"


def row10():
    from fastapi.testclient import TestClient
    from eventwire.server import ServerConfig, create_app
    db = _small_db()
    c = TestClient(create_app(ServerConfig(db=str(db), api_token="")))
    total = c.get("/api/events", params={"level": "mention"}).json()["total"]
    a = c.get("/api/events", params={"level": "mention", "text": "_"}).json()["total"]
    b = c.get("/api/events", params={"level": "mention", "place": "%"}).json()["total"]
    return total > 0 and a == 0 and b == 0, f"{total} mentions; text=_ matches {a}, place=% matches {b}"


def row11():
    src = TMP / "years.jsonl"
    src.write_text("".join(json.dumps({"id": f"y{i}", "date": "2021-03-01",
                                       "text": f"In 1935 Italy invaded Ethiopia. Police in Lagos arrested {i} protesters."})
                           + "\n" for i in range(40)))
    clean_out, db1 = TMP / "clean.out", TMP / "clean.duckdb"
    ew("code", src, "--db", db1, "--workers", "1", "-o", clean_out, "-q", "--batch-size", "4")
    db2, out2 = TMP / "killed.duckdb", TMP / "killed.out"
    proc = subprocess.Popen(EXE + ["code", str(src), "--db", str(db2), "--workers", "1", "-o", str(out2), "-q",
                                   "--batch-size", "4"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and (not out2.exists() or len(out2.read_text().splitlines()) < 16):
        time.sleep(0.2)
    proc.kill()
    proc.wait()
    ew("code", src, "--db", db2, "--workers", "1", "-o", out2, "-q", "--batch-size", "4")

    def strip(path):
        recs = [json.loads(x) for x in path.read_text().splitlines()]
        for r in recs:
            r.pop("reason", None)
            r.pop("seconds", None)
        return recs
    same = strip(clean_out) == strip(out2)
    dates = sorted({e.get("date") for r in strip(out2) for e in r.get("events", [])} - {None})
    return same, f"resumed output equals clean run: {same}; event dates {dates[:4]}"


def row12():
    from eventwire.distributed.spark import run, spark_session
    import duckdb
    src = TMP / "spark.jsonl"
    src.write_text("".join(json.dumps({"id": f"s{i}", "date": "2021-03-01",
                                       "text": f"Police in Lagos arrested {i} protesters. Kenya protested to Uganda."})
                           + "\n" for i in range(30)))
    out = TMP / "spark-out"
    spark = spark_session("local[2]")
    try:
        run([str(src)], str(out), spark=spark, partitions=2)
        shutil.rmtree(out / "documents")        # killed after the mentions were written, before the documents
        run([str(src)], str(out), spark=spark, partitions=2, resume=True)
    finally:
        spark.stop()
    con = duckdb.connect()
    rows = {}
    for table, key in (("documents", "id"), ("mentions", "mention_id"), ("events", "event_id")):
        n, d = con.execute(f"SELECT count(*), count(DISTINCT {key}) FROM read_parquet('{out}/{table}/**/*.parquet', "
                           "hive_partitioning = true)").fetchone()
        rows[table] = (n, d)
    return all(n == d for n, d in rows.values()), f"rows, distinct keys: {rows}"


ROWS = [row1, row2, row3, row4, row5, row6, row7, row8, row9, row10, row11, row12]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", default="")
    ap.add_argument("--spark", action="store_true")
    args = ap.parse_args()
    pick = [int(x) for x in args.rows.split(",") if x] or list(range(1, 12 + (1 if args.spark else 0)))
    try:
        for i in pick:
            t0 = time.perf_counter()
            try:
                ok, note = ROWS[i - 1]()
            except Exception as exc:  # noqa: BLE001 - a row that cannot run says why
                ok, note = False, f"error: {type(exc).__name__}: {exc}"
            verdict = "n/a " if ok is None else "PASS" if ok else "FAIL"
            print(f"row {i:>2} {verdict} ({time.perf_counter() - t0:.0f} s) {note}", flush=True)
    finally:
        shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
