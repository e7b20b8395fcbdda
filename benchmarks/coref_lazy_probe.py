"""Probe (issue 16): what deferring coreference's record of each sentence's mentions would save, and whether it
changes the output. Nothing here is used by the coder.

    python benchmarks/coref_lazy_probe.py ARTICLES.jsonl --cache PARSES.pkl [--docs 40]

``Coder.code`` ends each sentence with ``Coref.remember``: every noun, name and pronoun of the sentence is resolved
(``CorefMentions._plain``) so that a later pronoun or description can find it. The probe codes each document twice
in one process, alternating the order: once as the coder does, once with ``remember`` only queued and run (in order)
when something first reads the mention state it writes (``mentions``, ``mentions_in``, ``head_last``,
``head_rival``, ``key_gender``); queued sentences nobody reads are never resolved. It prints the CPU of both sides,
how many sentences were recorded and how many were ever run, every document whose events differ, and every
sentence run on both sides whose recorded mentions (token, key, kind, role, actor) differ.

The deferred run is NOT the same computation: a queued sentence is resolved after the next sentence's coding has
begun, so it sees state that sentence changed (see docs/EVALUATION.md, "Speed work of session 26", the lazy mention
record): equal outputs here are an observation on these documents, not a proof. ``--cache`` is the pickle of parses
``benchmarks/code_cached.py --cache`` makes (the same documents, in the same order).
"""
from __future__ import annotations

import argparse
import json
import pickle
import time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--cache", required=True)
    ap.add_argument("--docs", type=int, default=40)
    args = ap.parse_args()
    from spacy.tokens import Doc
    from eventwire import pipeline as P
    from eventwire.doc_index import keep_text
    from eventwire.knowledge import coref as C
    from eventwire.knowledge import coref_mentions as CM
    from eventwire.model import Document
    from eventwire.read_text import parse_text
    with open(args.path, encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh if line.strip()][:args.docs]
    with open(args.cache, "rb") as fh:
        blobs = pickle.load(fh)[:len(recs)]
    pipe = P.default_pipeline()
    docs = [Document(id=str(r.get("id", i)), text=r["text"], date=r.get("date")) for i, r in enumerate(recs)]
    reads = [pipe.readable(d.text) for d in docs]
    texts = [parse_text(r, pipe.names) for r in reads]
    eager = CM.CorefMentions.remember
    mode = {"lazy": False}
    counts = {"recorded": 0, "run": 0}

    def run_queued(co) -> None:
        queue = co.__dict__.get("_queued")
        while queue:
            sent, sent_i = queue.pop(0)
            co.__dict__["_running"] = True
            try:
                eager(co, sent, sent_i)
            finally:
                co.__dict__["_running"] = False
            counts["run"] += 1

    def state(name):
        def get(co):
            if co.__dict__.get("_queued") and not co.__dict__.get("_running"):
                run_queued(co)
            return co.__dict__["_" + name]

        def put(co, value):
            co.__dict__["_" + name] = value
        return property(get, put)

    for name in ("mentions", "mentions_in", "head_last", "head_rival", "key_gender"):
        setattr(C.Coref, name, state(name))

    def remember(co, sent, sent_i):
        if mode["lazy"]:
            co.__dict__.setdefault("_queued", []).append((sent, sent_i))
            counts["recorded"] += 1
        else:
            eager(co, sent, sent_i)
    CM.CorefMentions.remember = remember
    cpu = {"eager": 0.0, "lazy": 0.0}
    differ = records_differ = 0
    seen = {}
    orig_context = pipe.coder.context

    def context(*a, **k):
        seen["ctx"] = orig_context(*a, **k)
        return seen["ctx"]
    pipe.coder.context = context
    for k, (d, blob, text, read) in enumerate(zip(docs, blobs, texts, reads)):
        outs, kept = {}, {}
        for side in (("eager", "lazy") if k % 2 else ("lazy", "eager")):
            mode["lazy"] = side == "lazy"
            sdoc = keep_text(Doc(pipe.nlp.vocab).from_bytes(blob), text)
            t = time.process_time()
            res = pipe._code_one(d, sdoc, read, 1e6)
            cpu[side] += time.process_time() - t
            outs[side] = [repr(e) for e in res.events]
            co = seen["ctx"].coref
            co.__dict__.pop("_queued", None)        # (never run: not compared)
            kept[side] = {si: [(m.tok, m.key, m.kind, m.role, repr(m.actor)) for m in ms]
                          for si, ms in co.__dict__["_mentions_in"].items()}
        if outs["eager"] != outs["lazy"]:
            differ += 1
            a, b = set(outs["eager"]), set(outs["lazy"])
            print(f"document {d.id}: events differ ({len(a - b)} eager only, {len(b - a)} deferred only)", flush=True)
        for si in sorted(set(kept["eager"]) & set(kept["lazy"])):
            if kept["eager"][si] != kept["lazy"][si]:
                records_differ += 1
                print(f"document {d.id}, sentence {si}: recorded mentions differ", flush=True)
    print(f"{len(docs)} documents: eager {cpu['eager']:.2f} CPU s, deferred {cpu['lazy']:.2f} CPU s, deferred/eager "
          f"{cpu['lazy'] / max(cpu['eager'], 1e-9):.3f}; sentences recorded {counts['recorded']}, run "
          f"{counts['run']}; documents whose events differ: {differ}; sentences run on both sides whose "
          f"records differ: {records_differ}", flush=True)


if __name__ == "__main__":
    main()
