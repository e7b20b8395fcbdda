"""Start-up cost of ``eventwire code`` on a one-record file, as a ratio to spaCy's own model load.

    python benchmarks/startup.py [--runs N] [--src LABEL=DIR ...]

Each run starts fresh processes, in turn: spaCy alone (``import spacy; spacy.load(MODEL)`` with the
components eventwire disables), ``eventwire code ONE.jsonl --no-db`` and ``eventwire code ONE.jsonl
--db TMP.duckdb`` (a new database each time), and reports the median CPU time (user + sys, taken from
the child's resource usage, so background threads count) and wall time of each, with the ratios of the
eventwire runs to spaCy's load measured in the same session.  ``--src LABEL=DIR`` (repeatable) puts
DIR (a checkout's ``src``) first on PYTHONPATH, so two checkouts can be compared run by run, alternated
(the machine is shared: only medians of alternated runs mean anything).  Nothing here asserts a time.

Bytecode: an installed package has its .pyc files; a checkout run with PYTHONDONTWRITEBYTECODE=1 (as on the
project's work machines) compiles every module it imports on every start (about 0.3 CPU s for eventwire's
own modules, more for site-packages without .pyc).  By default the children therefore write and read
bytecode under a temporary PYTHONPYCACHEPREFIX, after one unmeasured warm-up round, so the figures are
those of an installed eventwire; ``--no-bytecode-cache`` measures with the environment as it is.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

_ONE = {"id": "startup-1", "text": "Kenyan police arrested 45 protesters in Nairobi on Friday after clashes "
                                   "near parliament, officials said."}


def _timed(cmd: list[str], env: dict) -> tuple[float, float]:
    """(CPU user+sys seconds, wall seconds) of one child process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed ({status}): {' '.join(cmd)}\n{err[-2000:]}")
    return ru.ru_utime + ru.ru_stime, wall


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--src", action="append", default=[], metavar="LABEL=DIR",
                   help="a checkout's src directory to put first on PYTHONPATH (repeatable; default: as installed)")
    p.add_argument("--no-bytecode-cache", action="store_true",
                   help="leave PYTHONDONTWRITEBYTECODE / PYTHONPYCACHEPREFIX as they are (no warm-up round)")
    args = p.parse_args(argv)
    srcs = [tuple(s.split("=", 1)) for s in args.src] or [("installed", "")]

    tmp = tempfile.mkdtemp(prefix="eventwire-startup-")
    one = os.path.join(tmp, "one.jsonl")
    with open(one, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(_ONE) + "\n")
    py = sys.executable
    spacy_cmd = [py, "-c", "import spacy\nfrom eventwire.nlp import MODEL, DISABLE\n"
                           "spacy.load(MODEL, disable=list(DISABLE))"]
    cases = [("spacy load", None, spacy_cmd)]
    for label, _ in srcs:
        cases.append(("code --no-db", label, [py, "-m", "eventwire.cli", "code", one, "--no-db", "-q",
                                               "-o", os.path.join(tmp, "out.jsonl")]))
        cases.append(("code (db)", label, [py, "-m", "eventwire.cli", "code", one, "-q", "--db", None,
                                            "-o", os.path.join(tmp, "out.jsonl")]))
    envs = {}
    for label, src in srcs:
        env = dict(os.environ)
        if src:
            env["PYTHONPATH"] = os.path.abspath(src) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        if not args.no_bytecode_cache:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = os.path.join(tmp, "pycache")
        envs[label] = env
    times: dict[tuple, list[tuple[float, float]]] = {}
    warm = 0 if args.no_bytecode_cache else 1
    for run in range(-warm, args.runs):
        for name, label, cmd in cases:
            cmd = list(cmd)
            if None in cmd:                      # a new database for every run
                db = os.path.join(tmp, f"db-{run}-{label}.duckdb")
                cmd[cmd.index(None)] = db
            env = envs[label] if label else envs[srcs[0][0]]
            took = _timed(cmd, env)
            if run >= 0:
                times.setdefault((name, label), []).append(took)
        print(f"run {run + 1}/{args.runs} done" if run >= 0 else "warm-up done", file=sys.stderr)

    base_cpu = statistics.median(c for c, _ in times[("spacy load", None)])
    base_wall = statistics.median(w for _, w in times[("spacy load", None)])
    print(f"{'case':<28} {'cpu s':>7} {'wall s':>7} {'cpu/spacy':>10} {'wall/spacy':>11}   (medians of {args.runs}; bytecode "
          f"{'as the environment has it' if args.no_bytecode_cache else 'cached'})")
    for (name, label), vals in times.items():
        cpu = statistics.median(c for c, _ in vals)
        wall = statistics.median(w for _, w in vals)
        title = name if label is None else f"{name} [{label}]"
        print(f"{title:<28} {cpu:7.2f} {wall:7.2f} {cpu / base_cpu:10.2f} {wall / base_wall:11.2f}")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
