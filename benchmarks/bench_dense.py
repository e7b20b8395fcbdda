"""Cost against document length and events per document (issue 16), as ratios measured in one process.

    python benchmarks/bench_dense.py [--sentences 4000] [--per-doc 100] [--articles 120 (0: no long case)]

1. dense: N short sentences of one event each, coded as one document / the same sentences as N/per-doc documents
   (the bar is at most 1.5: cost must not grow with the square of events per document);
2. long: the articles of benchmarks/corpus.py joined into one document / coded separately (bar 1.5).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

AGENTS = ["Police", "Soldiers", "Rebels", "Protesters", "The army", "Militants", "Troops", "Gunmen"]
ACTS = ["attacked", "arrested", "shelled", "criticised", "blockaded", "raided", "detained", "praised"]
TARGETS = ["the village", "a journalist", "the convoy", "the ministry", "the checkpoint", "students", "the governor"]
TOWNS = ["Kano", "Aleppo", "Mosul", "Kandahar", "Goma", "Mogadishu", "Sanaa", "Tripoli", "Homs", "Juba"]


def dense_sentences(n: int) -> list[str]:
    return [f"{AGENTS[i % 8]} {ACTS[(i // 8) % 8]} {TARGETS[i % 7]} in {TOWNS[i % 10]} on Monday." for i in range(n)]


CPU: dict = {}          # the CPU seconds of the latest code_seconds call (a shared machine: wall time is noisy)


def code_seconds(texts: list[str]) -> tuple[float, int]:
    from eventwire.model import Document
    from eventwire.pipeline import default_pipeline
    pipe = default_pipeline()
    docs = [Document(id=f"d{i}", text=t, date="2024-03-04") for i, t in enumerate(texts)]
    c0, t0 = time.process_time(), time.perf_counter()
    res = pipe.code(docs)
    CPU["s"] = time.process_time() - c0
    return time.perf_counter() - t0, sum(len(r.events) for r in res)


def parse_cpu(texts: list[str]) -> float:
    """CPU seconds of the parse alone: eventwire's spaCy pipeline over the texts as the pipeline gives them and
    parses them (a long text in pieces, nlp.parse_with)."""
    from eventwire import nlp
    from eventwire.pipeline import parse_text
    c0 = time.process_time()
    for _ in nlp.parse((parse_text(t) for t in texts), batch_size=32):
        pass
    return time.process_time() - c0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sentences", type=int, default=4000)
    ap.add_argument("--per-doc", type=int, default=100)
    ap.add_argument("--articles", type=int, default=120)
    a = ap.parse_args(argv)
    code_seconds(["Warm-up: police arrested a man in Lagos."])
    sents = dense_sentences(a.sentences)
    apart = [" ".join(sents[i:i + a.per_doc]) for i in range(0, len(sents), a.per_doc)]
    t_apart, n_apart = code_seconds(apart)
    c_apart = CPU["s"]
    t_one, n_one = code_seconds([" ".join(sents)])
    c_one = CPU["s"]
    print(f"dense: {a.sentences} sentences as 1 document {t_one:.1f}s ({n_one} events) / as {len(apart)} documents "
          f"{t_apart:.1f}s ({n_apart} events) = {t_one / t_apart:.2f} wall, CPU {c_one:.1f}s / {c_apart:.1f}s = "
          f"{c_one / c_apart:.2f} (bar <= 1.5)")
    if a.articles <= 0:
        return 0
    arts = [r["text"] for r in corpus.build(a.articles)]
    t_sep, _ = code_seconds(arts)
    c_sep = CPU["s"]
    t_long, _ = code_seconds(["\n\n".join(arts)])
    c_long = CPU["s"]
    print(f"long: {a.articles} articles as 1 document ({sum(map(len, arts))} chars) {t_long:.1f}s / separately "
          f"{t_sep:.1f}s = {t_long / t_sep:.2f} wall, CPU {c_long:.1f}s / {c_sep:.1f}s = {c_long / c_sep:.2f} "
          f"(bar <= 1.5)")
    p_sep, p_long = parse_cpu(arts), parse_cpu(["\n\n".join(arts)])
    print(f"long, the parse alone (eventwire's spaCy pipeline, the floor): CPU {p_long:.1f}s / {p_sep:.1f}s = "
          f"{p_long / p_sep:.2f}; eventwire's own stages: CPU {c_long - p_long:.1f}s / {c_sep - p_sep:.1f}s = "
          f"{(c_long - p_long) / max(1e-9, c_sep - p_sep):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
