"""The coding's CPU against the parse's, in one process: ``Pipeline._code_one`` (everything after the parse) over
``nlp.parse_with`` (spaCy's pipeline with eventwire's table lemmatizer and attribute ruler), process CPU seconds.

    python benchmarks/code_ratio.py ARTICLES.jsonl [--docs 40] [--passes 2] [--label main]

The same documents are coded ``--passes`` times (new ids each pass, so nothing is skipped); the first pass pays for
lazy imports and tables, so compare the later passes of two checkouts run alternately (PYTHONPATH=CHECKOUT/src).
Nothing here asserts a time.
"""
from __future__ import annotations

import argparse
import json
import time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--label", default="")
    args = ap.parse_args()
    from eventwire import nlp
    from eventwire import pipeline as P
    from eventwire.model import Document
    with open(args.path, encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh if line.strip()][:args.docs]
    acc = {"code": 0.0, "parse": 0.0}
    code_one, parse_with = P.Pipeline._code_one, nlp.parse_with

    def timed_code(self, *a, **k):
        t = time.process_time()
        try:
            return code_one(self, *a, **k)
        finally:
            acc["code"] += time.process_time() - t

    def timed_parse(model, texts, batch_size=32):
        it = parse_with(model, texts, batch_size)
        while True:
            t = time.process_time()
            try:
                doc = next(it)
            except StopIteration:
                return
            finally:
                acc["parse"] += time.process_time() - t
            yield doc

    P.Pipeline._code_one, nlp.parse_with = timed_code, timed_parse
    pipe = P.default_pipeline()
    for n in range(1, args.passes + 1):
        acc.update(code=0.0, parse=0.0)
        docs = [Document(id=f"{r.get('id', i)}-{n}", text=r["text"], date=r.get("date")) for i, r in enumerate(recs)]
        pipe.code(docs)
        print(f"{args.label} pass {n}: code {acc['code']:.2f} CPU s, parse {acc['parse']:.2f} CPU s, "
              f"code/parse {acc['code'] / max(acc['parse'], 1e-9):.3f}", flush=True)


if __name__ == "__main__":
    main()
