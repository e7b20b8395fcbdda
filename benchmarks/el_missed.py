"""Why a gold event verb got no coded event (issue 14 recall; branch verbs26).

    python benchmarks/el_missed.py GOLD.jsonl INPUT.jsonl CODED.jsonl [--show N]

GOLD: event-location gold records ({"id", "verb": {start, end, text}}); INPUT: their texts; CODED: `eventwire code`
output for INPUT. Each record whose gold verb no output event's evidence overlaps is coded again with the coder's
steps watched at that verb, and given one reason: no lexicon row for its lemma; a row for the lemma whose arguments
did not match (no clause); the clause gate (coding/clause_gate.not_an_act); a later skip (negation, hypothesis,
natural cause, disaster); no actor on either side (kept aside in Result.unattributed, or dropped); a row added but
folded into another event; or no verb at all (the parser read the word as another part of speech). Prints the
counts per reason and, for each, its commonest lemmas and N example sentences.
"""
from __future__ import annotations

import argparse
import collections
import json


def _watch(names, log, span):
    from eventwire.coding import coder as C

    def hit(tok):
        return tok is not None and tok.idx < span[0]["end"] and span[0]["start"] < tok.idx + len(tok)
    clauses = C.Coder.clauses

    def watched_clauses(self, sent):
        for cl, entry in clauses(self, sent):
            if hit(cl.anchor_token):
                log.append(("clause", entry.id))
            yield cl, entry
    C.Coder.clauses = watched_clauses
    for name in names:
        def wrap(f, name=name):
            def g(*a, **k):
                r = f(*a, **k)
                cl = next((x for x in a if hasattr(x, "anchor_token")), None)
                if cl is not None and hit(cl.anchor_token):
                    log.append((name, r if isinstance(r, (bool, type(None))) else "obj"))
                return r
            return g
        setattr(C, name, wrap(getattr(C, name)))


def reason(log, tok, lex) -> str:
    got = dict(log)
    if not log:
        if tok is None or tok.pos_ not in ("VERB", "AUX"):
            return "not a verb (parse)"
        has = any(e.lemma == tok.lemma_.lower() for e in lex.entries)
        return "row for the lemma, arguments unmatched" if has else "no lexicon row"
    if "act_reading" not in got:
        return "clause gate (not_an_act)" if got.get("not_an_act") else "skipped (negation, hypothesis, cause)"
    if "unattributed_kept" in got:
        return "no actor (kept unattributed)" if got["unattributed_kept"] else "no actor (dropped)"
    return "added, then folded" if "add_rows" in got else "skipped after reading (media, estimate)"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold"), ap.add_argument("input"), ap.add_argument("coded")
    ap.add_argument("--show", type=int, default=3)
    a = ap.parse_args()
    import eventwire
    from eventwire.coding.lexicon import default_lexicon
    gold = {r["id"]: r for r in map(json.loads, open(a.gold))}
    text = {r["id"]: r["text"] for r in map(json.loads, open(a.input))}
    coded = {r["id"]: r for r in map(json.loads, open(a.coded))}

    def ov(x, y):
        return x["start"] < y["end"] and y["start"] < x["end"]
    missed = [g for g in gold.values() if not any(e.get("evidence") and ov(e["evidence"], g["verb"])
                                                  for e in (coded.get(g["id"]) or {}).get("events", []))]
    log, span = [], [None]
    _watch(("not_an_act", "act_reading", "unattributed_kept", "add_rows"), log, span)
    lex = default_lexicon()
    by = collections.defaultdict(list)
    for g in missed:
        log.clear()
        span[0] = g["verb"]
        res = eventwire.code_text(text[g["id"]])
        doc = res.doc if hasattr(res, "doc") else None
        toks = [t for t in doc if t.idx < g["verb"]["end"] and t.idx + len(t) > g["verb"]["start"]] if doc else []
        if not toks:
            from eventwire.nlp import load
            toks = [t for t in load()(text[g["id"]]) if t.idx < g["verb"]["end"] and t.idx + len(t) > g["verb"]["start"]]
        tok = toks[-1] if toks else None
        by[reason(log, tok, lex)].append((tok.lemma_.lower() if tok is not None else "?", text[g["id"]]))
    print(f"records={len(gold)} missed={len(missed)}")
    for r, rows in sorted(by.items(), key=lambda kv: -len(kv[1])):
        print(f"\n{len(rows)}  {r}: " + ", ".join(f"{w} {n}" for w, n in collections.Counter(w for w, _ in rows).most_common(15)))
        for w, t in rows[:a.show]:
            print(f"    [{w}] {t[:160]}")


if __name__ == "__main__":
    main()
