"""Resumable runs: `eventwire code` killed with SIGKILL part-way and run again stores every record
exactly once and does not code again what the first run committed (one transaction per batch)."""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_spark import news_records, write_jsonl

EVENTWIRE = str(Path(sys.executable).with_name("eventwire"))
N = 200


def _lines(path: Path) -> int:
    try:
        with open(path, "rb") as fh:
            return sum(1 for _ in fh)
    except FileNotFoundError:
        return 0


def _start(args: list[str], log: Path) -> subprocess.Popen:
    # own session, so that the kill reaches every process the run started
    return subprocess.Popen([EVENTWIRE, "code", *args], stdout=subprocess.DEVNULL, stderr=open(log, "wb"),
                            start_new_session=True)


def _kill_when(proc: subprocess.Popen, out: Path, min_lines: int, at_least_s: float, limit_s: float = 240,
               sig: int = signal.SIGKILL) -> bool:
    """Signal the run's process group (SIGKILL; SIGINT is what Ctrl-C sends) once ``at_least_s`` passed
    and ``min_lines`` records are out, and wait for it to end; False if it ended first."""
    t0 = time.monotonic()
    while time.monotonic() - t0 < limit_s:
        if proc.poll() is not None:
            return False
        if time.monotonic() - t0 >= at_least_s and _lines(out) >= min_lines:
            os.killpg(proc.pid, sig)
            try:
                proc.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(30)
                pytest.fail(f"the run was still there 60 s after signal {sig}")
            return True
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(30)
    pytest.fail(f"no {min_lines} records out after {limit_s} s")


def _summary(log: Path) -> str:
    text = log.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in text, text
    found = [ln for ln in text.splitlines() if re.match(r"eventwire: \d+ documents", ln)]
    assert found, text
    return found[-1]


def _stored(db: Path) -> dict[str, tuple]:
    from eventwire.store import Store

    with Store(str(db), read_only=True) as store:
        return {r[0]: (r[1], r[2], r[3]) for r in store.con.execute(
            "SELECT id, status, coded_at, run_id FROM documents").fetchall()}


def _run_resume(tmp_path: Path, workers: int, sig: int = signal.SIGKILL) -> None:
    records = news_records(N, seed=31)
    inp = tmp_path / "in.jsonl"
    write_jsonl(inp, records)
    db, out1, out2 = tmp_path / "ew.duckdb", tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    args = [str(inp), "--db", str(db), "--batch-size", "4", "--workers", str(workers)]

    # first run: killed once a few batches are through (at least 2 chunks of 16 records out: ~2-8 s in)
    proc = _start(args + ["--output", str(out1)], tmp_path / "first.log")
    if not _kill_when(proc, out1, min_lines=40, at_least_s=1, sig=sig):
        pytest.skip("the first run finished before it could be killed (machine too fast for this test)")
    first = _stored(db)
    assert 0 < len(first) < N, "some but not all batches were committed before the kill"
    assert set(first) <= {r["id"] for r in records}

    # second run: codes the rest, not what was committed
    proc = _start(args + ["--output", str(out2)], tmp_path / "second.log")
    assert proc.wait(300) == 0
    summary = _summary(tmp_path / "second.log")
    assert f"{N} documents" in summary
    assert f"{len(first)} already stored" in summary

    final = _stored(db)
    assert len(final) == N and set(final) == {r["id"] for r in records}     # one row per id
    for doc_id, (status, coded_at, run_id) in first.items():
        assert final[doc_id] == (status, coded_at, run_id), f"{doc_id} was coded again"
    new_runs = {final[i][2] for i in final if i not in first}
    assert len(new_runs) == 1 and not new_runs & {v[2] for v in first.values()}

    from eventwire.store import Store

    with Store(str(db), read_only=True) as store:
        con = store.con
        assert con.execute("SELECT count(DISTINCT id), count(*) FROM documents").fetchone() == (N, N)
        assert con.execute("SELECT count(*) FROM documents WHERE status = 'coded'").fetchone()[0] == N
        # every committed document has its mentions, none twice
        assert con.execute("SELECT count(*) FROM mentions WHERE doc_id NOT IN (SELECT id FROM documents)").fetchone()[0] == 0
        n_mentions, n_ids = con.execute("SELECT count(*), count(DISTINCT mention_id) FROM mentions").fetchone()
        assert n_mentions == n_ids > N
        assert con.execute("SELECT sum(n_events) FROM documents").fetchone()[0] == n_mentions
        (second_n,) = con.execute("SELECT n_documents FROM runs WHERE run_id = ?", [new_runs.pop()]).fetchone()
        assert second_n == N - len(first)

    # the second run's output still has one record per input record, in input order
    recs = [json.loads(ln) for ln in out2.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in recs] == [r["id"] for r in records]


def test_killed_run_resumes_without_recoding(tmp_path):
    _run_resume(tmp_path, workers=1)


@pytest.mark.slow
def test_killed_run_with_worker_processes_resumes(tmp_path):
    _run_resume(tmp_path, workers=2)


def test_interrupted_run_resumes_without_recoding(tmp_path):
    """Ctrl-C (SIGINT to the process group) part-way: what was committed stays, the rest is coded next time."""
    _run_resume(tmp_path, workers=1, sig=signal.SIGINT)


@pytest.mark.slow
def test_ctrl_c_stops_cleanly(tmp_path):
    """Ctrl-C: exit status 130, one line saying how to resume, no traceback, no process left behind."""
    records = news_records(N, seed=37)
    inp = tmp_path / "in.jsonl"
    write_jsonl(inp, records)
    out, log = tmp_path / "out.jsonl", tmp_path / "run.log"
    proc = _start([str(inp), "--db", str(tmp_path / "ew.duckdb"), "--batch-size", "4", "--workers", "2",
                   "--output", str(out)], log)
    if not _kill_when(proc, out, min_lines=40, at_least_s=1, sig=signal.SIGINT):
        pytest.skip("the run finished before it could be interrupted")
    err = log.read_text(encoding="utf-8", errors="replace")
    assert proc.returncode == 130, err
    assert "Traceback" not in err, err
    assert "interrupted" in err
    time.sleep(1)
    left = subprocess.run(["ps", "-o", "pid=,stat=", "-g", str(proc.pid)], capture_output=True, text=True).stdout
    assert all("Z" in ln.split()[1] for ln in left.splitlines() if ln.strip()), left
