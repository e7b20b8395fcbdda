"""Coding CPU alone, on parses made once: ``Pipeline._code_one`` over the same parsed documents, pass after pass.

    python benchmarks/code_cached.py ARTICLES.jsonl [--docs 60] [--passes 3] [--cache FILE] [--profile OUT.prof]
                                     [--dump OUT.jsonl]

The parses (spaCy's Doc, without eventwire's caches kept in Doc.user_data) are kept in ``--cache`` (a pickle of
``Doc.to_bytes``), made on the first run, so two checkouts (PYTHONPATH=CHECKOUT/src) can be timed on the very same
parses, alternately; each pass rebuilds every Doc from its bytes (not timed) so no pass reads another's caches.
``--dump`` writes each document's events (one JSON line each) from the last pass to compare two checkouts' output.
``--toggle MODULE:Class.method`` times a shortcut A/B in one process: each document is coded twice a pass, once
with the method as it is and once with it answering False (the shortcut never taken), in alternating order, and
the two sums and their ratio are printed (the outputs must be the same: checked, document by document).
``--toggle MODULE:Class.method=other`` does the same with `other` (another attribute of the class: the plain
version a memo wraps, e.g. ``eventwire.knowledge.actor_phrases:_PhraseMixin._resolve_phrase=_resolve_at``) in place
of the method for the "without" side.
Nothing here asserts a time.
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--docs", type=int, default=60)
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--cache", default="")
    ap.add_argument("--profile", default="")
    ap.add_argument("--dump", default="")
    ap.add_argument("--label", default="")
    ap.add_argument("--toggle", default="")
    args = ap.parse_args()
    from spacy.tokens import Doc
    from eventwire import pipeline as P
    from eventwire.doc_index import keep_text
    from eventwire.model import Document
    from eventwire.read_text import parse_text
    with open(args.path, encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh if line.strip()][:args.docs]
    pipe = P.default_pipeline()
    docs = [Document(id=str(r.get("id", i)), text=r["text"], date=r.get("date")) for i, r in enumerate(recs)]
    reads = [pipe.readable(d.text) for d in docs]
    texts = [parse_text(r, pipe.names) for r in reads]
    if args.cache and os.path.exists(args.cache):
        with open(args.cache, "rb") as fh:
            blobs = pickle.load(fh)
    else:
        from eventwire import nlp
        blobs = [d.to_bytes(exclude=["user_data"]) for d in nlp.parse_with(pipe.nlp, texts)]
        if args.cache:
            with open(args.cache, "wb") as fh:
                pickle.dump(blobs, fh)
    prof = None
    if args.profile:
        import cProfile
        prof = cProfile.Profile()
    if args.toggle:
        return _toggled(args, pipe, docs, reads, texts, blobs)
    for n in range(1, args.passes + 1):
        sdocs = [keep_text(Doc(pipe.nlp.vocab).from_bytes(b), t) for b, t in zip(blobs, texts)]
        total, results = 0.0, []
        if prof is not None and n == args.passes:
            prof.enable()
        for d, sdoc, read in zip(docs, sdocs, reads):
            t = time.process_time()
            results.append(pipe._code_one(d, sdoc, read, 1e6))
            total += time.process_time() - t
        if prof is not None and n == args.passes:
            prof.disable()
        print(f"{args.label} pass {n}: code {total:.2f} CPU s, {sum(len(r.events) for r in results)} events", flush=True)
    if prof is not None:
        prof.dump_stats(args.profile)
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            for r in results:
                fh.write(json.dumps([repr(e) for e in r.events], ensure_ascii=False) + "\n")


def _toggled(args, pipe, docs, reads, texts, blobs) -> None:
    import importlib
    from spacy.tokens import Doc
    from eventwire.doc_index import keep_text
    mod, _, path = args.toggle.partition(":")
    path, _, other = path.partition("=")
    cls_name, _, meth = path.partition(".")
    cls = getattr(importlib.import_module(mod), cls_name)
    real = cls.__dict__[meth]

    def always_false(*_a, **_k):
        return False
    never = getattr(cls, other) if other else always_false
    for n in range(1, args.passes + 1):
        acc = {"on": 0.0, "off": 0.0}
        for k, (d, blob, text, read) in enumerate(zip(docs, blobs, texts, reads)):
            outs = {}
            for side in (("on", "off") if (k + n) % 2 else ("off", "on")):
                setattr(cls, meth, real if side == "on" else never)
                sdoc = keep_text(Doc(pipe.nlp.vocab).from_bytes(blob), text)
                t = time.process_time()
                res = pipe._code_one(d, sdoc, read, 1e6)
                acc[side] += time.process_time() - t
                outs[side] = [repr(e) for e in res.events]
            setattr(cls, meth, real)
            if outs["on"] != outs["off"]:
                print(f"output differs in document {d.id}", flush=True)
        print(f"{args.label} pass {n}: with {acc['on']:.2f} CPU s, without {acc['off']:.2f} CPU s, "
              f"with/without {acc['on'] / max(acc['off'], 1e-9):.3f}", flush=True)


if __name__ == "__main__":
    main()
