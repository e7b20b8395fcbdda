"""Write throughput of the store (a figure, with a generous floor); run with -s to see the numbers.

    .venv/bin/python -m pytest -q -s tests/test_store_throughput.py
    EVENTWIRE_BENCH_DOCS=20000 .venv/bin/python -m pytest -q -s tests/test_store_throughput.py
"""
from __future__ import annotations

import os
import random
import time

import pytest

from eventwire.store import Store
from test_store_fixtures import SHELLING, TALKS, shelling_result, talks_result


@pytest.mark.slow
def test_write_throughput(tmp_path):
    n_docs = int(os.environ.get("EVENTWIRE_BENCH_DOCS", "1000"))
    batch_size = 200
    rng = random.Random(7)
    words = SHELLING.split()
    store = Store(str(tmp_path / "bench.duckdb"))
    spent = 0.0
    for b in range(0, n_docs, batch_size):
        batch = []
        for k in range(b, min(n_docs, b + batch_size)):
            if k % 2:                                      # a new story each time
                w = list(words)
                rng.shuffle(w)
                r = talks_result(f"t-{k}", source=f"outlet{k % 37}")
                r.document.text = TALKS + " " + " ".join(w)
            else:                                          # copies of one big story, 28 days, 37 outlets
                r = shelling_result(f"s-{k}", text=SHELLING + f" Updated {k}.", source=f"outlet{k % 37}",
                                    date=f"2018-03-{1 + k % 28:02d}")
            batch.append(r)
        t = time.perf_counter()
        store.write_batch(batch)
        spent += time.perf_counter() - t
    stats = store.stats()
    rows = sum(stats[k] for k in ("documents", "sentences", "mentions", "actors", "places", "counts"))
    t = time.perf_counter()
    store.aggregate()
    agg = time.perf_counter() - t
    events = store.stats()["events"]
    store.close()
    print(f"\nstore: {n_docs} docs, {rows} rows in {spent:.2f} s: {n_docs / spent:.0f} docs/s, "
          f"{rows / spent:.0f} rows/s; {stats['stories']} stories; aggregate {agg:.2f} s -> {events} events")
    assert stats["documents"] == n_docs and stats["stories"] == n_docs // 2 + 1
    days = {k % 28 for k in range(0, n_docs, 2)}
    assert events == 2 * len(days) + 2
    assert n_docs / spent > 50
