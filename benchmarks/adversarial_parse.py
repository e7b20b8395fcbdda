"""Adversarial text through the parse and the whole pipeline (issue 19): seconds per case.

    PYTHONPATH=src python benchmarks/adversarial_parse.py [--timeout 60] [--cases a,b] [--chars 200000]

Each case is one record of about --chars characters (the default --max-chars of `eventwire code`), read as
`eventwire code` reads it (the ingest checks, with language detection off so that every case reaches the
parser), then parsed (spaCy, on the text the pipeline gives it) and coded. Each case runs in its own process
with a time limit; a case over it prints ">LIMIT". Columns: case, characters after ingest, status, seconds
in the parse alone, seconds for the whole pipeline (parse + coding), tokens, longest sentence in tokens.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import time


def cases(n: int) -> dict[str, str]:
    prose = "Rebels attacked a police post in Gao on Monday, killing four officers. "
    return {
        "prose": (prose * (n // len(prose) + 1))[:n],
        "one_word_no_spaces": ("abcdefgh" * (n // 8 + 1))[:n],
        "one_char_run": "a" * n,
        "long_tokens": " ".join(["x" * 5000] * (n // 5001)),
        "digits_run": "7" * n,
        "newlines_only_text": ("Gao\n" * (n // 4)),
        "many_newlines": "Rebels attacked Gao." + "\n" * (n - 40) + "Troops fled.",
        "combining_marks": "a" + "\u0301" * (n - 1),
        "combining_per_letter": ("e" + "\u0301" * 20 + " ") * (n // 22),
        "emoji_run": "\U0001F600" * n,
        "emoji_zwj": ("\U0001F469\u200D\U0001F469\u200D\U0001F467" * (n // 5 + 1))[:n],
        "emoji_words": ("\U0001F525\U0001F525 fire " * (n // 9 + 1))[:n],
        "rtl_arabic": ("\u0642\u0635\u0641 \u0627\u0644\u062c\u064a\u0634 \u0627\u0644\u0645\u062f\u064a\u0646\u0629 " * (n // 16 + 1))[:n],
        "rtl_override": ("\u202eRebels attacked Gao. " * (n // 22 + 1))[:n],
        "nul_bytes": ("Rebels\x00attacked\x00Gao. " * (n // 22 + 1))[:n],
        "hyphen_chain": ("a-" * (n // 2))[:n],
        "dot_chain": ("a." * (n // 2))[:n],
        "url_like": "http://" + "a/" * (n // 2 - 4),
        "apostrophes": ("Iran's" * (n // 6))[:n],
        "caps_chant": "BAGHDAD KILLED " * (n // 15),
        "nested_brackets": "Egypt condemned the attack. " + "([" * (n // 2 - 14),
        "mixed_punct_words": ("a(b[c{d" * (n // 7 + 1))[:n],
        "single_letters": ("a " * (n // 2))[:n],
    }


def _run(name: str, n: int, q) -> None:
    from eventwire.ingest import documents_from_records
    from eventwire.pipeline import default_pipeline, parse_text
    pipe = default_pipeline()
    (doc,) = documents_from_records([{"id": name, "text": cases(n)[name]}], detect_language=False)
    if doc.status != "ok":
        q.put({"case": name, "chars": len(doc.text), "status": doc.status, "reason": doc.reason})
        return
    t0 = time.perf_counter()
    sdoc = pipe.nlp(parse_text(pipe.readable(doc.text)))
    parse_s = time.perf_counter() - t0
    longest = max((len(s) for s in sdoc.sents), default=0)
    t0 = time.perf_counter()
    (res,) = pipe.code([doc])
    q.put({"case": name, "chars": len(doc.text), "status": res.status, "reason": res.reason, "parse_s": parse_s,
           "total_s": time.perf_counter() - t0, "tokens": len(sdoc), "longest_sentence": longest})


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--chars", type=int, default=200_000)
    ap.add_argument("--cases", default="")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    names = [c for c in args.cases.split(",") if c] or list(cases(100))
    ctx = mp.get_context("fork")
    from eventwire.pipeline import default_pipeline
    default_pipeline()                     # loaded once, inherited by each case's process
    print(f"{'case':<22} {'chars':>7} {'status':<8} {'parse_s':>8} {'total_s':>8} {'tokens':>7} {'longest':>7}")
    for name in names:
        q = ctx.Queue()
        p = ctx.Process(target=_run, args=(name, args.chars, q))
        t0 = time.perf_counter()
        p.start()
        p.join(args.timeout)
        if p.is_alive():
            p.kill()
            p.join()
            row = {"case": name, "status": "stalled", "total_s": f">{args.timeout:g}"}
        else:
            row = q.get() if not q.empty() else {"case": name, "status": f"crashed ({p.exitcode})"}
        row["wall_s"] = time.perf_counter() - t0
        if args.json:
            print(json.dumps(row))
            continue
        f = lambda k: (f"{row[k]:.2f}" if isinstance(row.get(k), float) else str(row.get(k, "")))  # noqa: E731
        print(f"{name:<22} {row.get('chars', ''):>7} {row['status']:<8} {f('parse_s'):>8} {f('total_s'):>8} "
              f"{row.get('tokens', ''):>7} {row.get('longest_sentence', ''):>7}"
              + (f"  {row['reason'][:70]}" if row.get("reason") else ""), flush=True)


if __name__ == "__main__":
    main()
