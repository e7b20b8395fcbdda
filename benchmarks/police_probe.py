"""Police probe (issue 14): does eventwire find the police killing, arresting and using force, also in lower-cased text?

Codes each sentence of benchmarks/data/police_probe.tsv (written for the project in the style of Indian English news,
labelled by hand) as its own document, as written and lower-cased, and scores sentence labels the way the kept-aside
IndiaPoliceEvents scorer reads them from events (re-implemented here, not imported):

- an event counts only when its source is police-like: sector or code ending COP or MIL, or a police word (police,
  constable, inspector, CRPF, BSF, SHO, jawans, troops, ...) in the source's text or name;
- ARREST: CAMEO 173x; FORCE: 175x, 1712, 18x, 19x (not 191, 192), 20x; KILL: a FORCE event that is a killing
  (1823, 186, 202, 203, a 'killed' count above 0, or a killing word in its trigger).

Prints P/R/F1 per label and the macro F1 over KILL, ARREST and FORCE for each case. The sentences are our own
writing, so the figure flatters us; the dev sentences and the kept-aside set are the real measure.

    python benchmarks/police_probe.py [--case cased|lower|both] [--set base|case28] [--show] [--json]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "police_probe.tsv"
# the sets of sentences: the first one, and case28's (mostly lower-cased feeds: lathi-charges, encounters, custody)
SETS = {"base": DATA, "case28": HERE / "data" / "police_probe28.tsv"}
LABELS = ("KILL", "ARREST", "FORCE")

POLICE_TEXT = re.compile(r"\b(police\w*|policem[ae]n|cops?|constab\w*|(?:sub-?)?inspectors?|officers?|khaki|"
                         r"security (?:forces?|personnel|men)|rapid action force|raf|s?rpf|crpf|bsf|cisf|srp|itbp|grp|stf|"
                         r"paramilitary|para-military|home ?guards?|jawans?|army|armymen|troops|soldiers?|"
                         r"sho|[ad]cp|dsp|ssp|dgp|igp)\b", re.I)
KILL_WORD = re.compile(r"\b(kill\w*|shot dead|shoot\w* dead|gunned down|lynch\w*|massacr\w*|murder\w*|"
                       r"slay\w*|slain|died|dies|dead|deaths?)\b", re.I)


def read_probe(path: Path = DATA) -> list[tuple[set, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("labels\t"):
            continue
        labs, text = line.split("\t", 1)
        rows.append(({x for x in labs.split(",") if x and x != "-"}, text))
    return rows


def police_like(a) -> bool:
    if a is None:
        return False
    code = (a.code or "").upper()
    sector = (a.sector or code[3:6] or "").upper()
    if sector in ("COP", "MIL") or code.endswith(("COP", "MIL")):
        return True
    return bool(POLICE_TEXT.search(f"{a.text or ''} {a.name or ''}"))


def labels_of(e) -> set:
    """The labels one event implies (see module doc)."""
    if not police_like(e.source):
        return set()
    c, out = str(e.cameo or ""), set()
    if c.startswith("173"):
        out.add("ARREST")
    if c.startswith(("175", "1712", "18", "19", "20")) and not c.startswith(("191", "192")):
        out.add("FORCE")
        if c in ("1823", "186", "202", "203") or KILL_WORD.search(e.trigger_text or "") \
                or any(k.type == "killed" and (k.value or 0) > 0 for k in (e.counts or [])):
            out.add("KILL")
    return out


def score(gold: list[set], pred: list[set]) -> dict:
    out, f1s = {}, []
    for L in LABELS:
        tp = sum(L in g and L in p for g, p in zip(gold, pred))
        fp = sum(L not in g and L in p for g, p in zip(gold, pred))
        fn = sum(L in g and L not in p for g, p in zip(gold, pred))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        f1s.append(f)
        out.update({f"{L.lower()}_p": round(p, 3), f"{L.lower()}_r": round(r, 3), f"{L.lower()}_f1": round(f, 3)})
    return {"macro_f1": round(sum(f1s) / len(f1s), 3)} | out


def run(case: str, rows, show: bool) -> dict:
    from eventwire.model import Document
    from eventwire.pipeline import code_batch
    texts = [t.lower() if case == "lower" else t for _, t in rows]
    results = code_batch([Document(id=f"p{i}", text=t) for i, t in enumerate(texts)])
    gold, pred = [g for g, _ in rows], []
    for (g, _), t, res in zip(rows, texts, results):
        p = set().union(*(labels_of(e) for e in res.events)) if res.events else set()
        pred.append(p)
        if show and p != g:
            print(f"[{case}] gold={','.join(sorted(g)) or '-'} pred={','.join(sorted(p)) or '-'}  {t}")
            for e in res.events:
                s = e.source
                print(f"      {e.cameo} {s.code if s else None} '{s.text if s else ''}' -> "
                      f"{e.target.code if e.target else None} | {e.trigger_text} | {e.pattern}")
    return {"case": case, "sentences": len(rows)} | score(gold, pred)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--case", choices=("cased", "lower", "both"), default="both")
    ap.add_argument("--set", choices=sorted(SETS), default="base", help="which sentences (default: base)")
    ap.add_argument("--show", action="store_true", help="print each sentence whose labels are wrong, with its events")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    rows = read_probe(SETS[a.set])
    for case in (("cased", "lower") if a.case == "both" else (a.case,)):
        res = run(case, rows, a.show)
        print(json.dumps(res) if a.json else " ".join(f"{k}={v}" for k, v in res.items()))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
