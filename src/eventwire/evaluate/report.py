"""Render the figures of :func:`eventwire.evaluate.metrics.evaluate` as plain text or Markdown."""
from __future__ import annotations

from typing import Any

LEVEL_NAMES = {"exact": "exact (source, target, code)", "root": "root (source, target, root)",
               "country_root": "country+root", "code_only": "code alone (root)"}


def _f(v: Any, nd: int = 3) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.{nd}f}"
    return str(v)


def _table(headers: list[str], rows: list[list[Any]], md: bool, align_right: bool = True) -> list[str]:
    cells = [[_f(c) for c in r] for r in rows]
    if md:
        out = ["| " + " | ".join(headers) + " |",
               "|" + "|".join(("---:" if align_right and i else "---") for i in range(len(headers))) + "|"]
        out += ["| " + " | ".join(c.replace("|", "\\|") for c in r) + " |" for r in cells]
        return out
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    fmt = lambda r: "  ".join((c.rjust(w) if (align_right and i) else c.ljust(w)) for i, (c, w) in enumerate(zip(r, widths)))  # noqa: E731
    return [fmt(headers), "  ".join("-" * w for w in widths)] + [fmt(r) for r in cells]


def _h(title: str, md: bool, level: int = 2) -> list[str]:
    return ["", ("#" * level + " " + title) if md else title, "" if md else "=" * len(title)]


def _conf_table(conf: dict[str, int], md: bool) -> list[str]:
    pairs = {tuple(k.split(">")): v for k, v in conf.items()}
    roots = sorted({a for a, _ in pairs} | {b for _, b in pairs}, key=lambda r: (r == "none", r))
    rows_r = [r for r in roots if any(a == r for a, _ in pairs)]
    cols_r = [r for r in roots if any(b == r for _, b in pairs)]
    headers = ["gold \\ coded"] + cols_r + ["total"]
    rows = []
    for a in rows_r:
        vals = [pairs.get((a, b), 0) for b in cols_r]
        rows.append([a] + [v if v else "." for v in vals] + [sum(vals)])
    return _table(headers, rows, md)


def render(res: dict, markdown: bool = False, title: str = "eventwire eval") -> str:
    md = markdown
    L: list[str] = [("# " + title) if md else title]
    st = res.get("status", {})
    L += ["", f"gold: {res.get('path') or '-'} (format {res.get('format')}, {res.get('records')} records)",
          "status: " + ", ".join(f"{k} {v}" for k, v in sorted(st.items())),
          f"events coded: {res.get('events_coded', 0)}"
          + (f"; gold events: {res['gold_events']} ({res.get('no_event_records', 0)} records with no event)"
             if "gold_events" in res else "")]
    if md:
        L = [L[0], ""] + [f"- {x}" for x in L[2:]]
    if res.get("warnings"):
        w = res["warnings"]
        L.append(("- " if md else "") + f"gold warnings: {len(w)} (first: {w[0]})")

    c = res.get("cameo")
    if c and c.get("records"):
        L += _h("CAMEO: (source, target, code) P/R/F1", md)
        rows = [[LEVEL_NAMES[k], c[f"{k}_p"], c[f"{k}_r"], c[f"{k}_f1"], c[f"{k}_tp"], c[f"{k}_fp"], c[f"{k}_fn"]]
                for k in ("exact", "root", "country_root", "code_only")]
        L += _table(["level", "P", "R", "F1", "tp", "fp", "fn"], rows, md)
        L += ["", f"record exact: {_f(c.get('record_exact'))} of {c['records']} records"
              + (f"; {c['missing_records']} records without output" if c.get("missing_records") else "")]
    p = res.get("plover")
    if p and p.get("records"):
        L += _h("PLOVER", md)
        rows = [["type recall (gold events whose type was coded)", p["type_recall"]],
                ["primary-event type accuracy", p["primary_type_acc"]],
                ["primary-event quad accuracy", p["primary_quad_acc"]],
                ["(source country, target country, type) P", p["dyad_type_p"]],
                ["(source country, target country, type) R", p["dyad_type_r"]],
                ["(source country, target country, type) F1", p["dyad_type_f1"]],
                ["spurious events per record", f"{p['spurious_per_record']:.2f}"],
                ["killed/injured counts exact", p["counts_exact"]]]
        L += _table(["figure", "value"], rows, md)
    g = res.get("places")
    if g and g.get("records"):
        L += _h("Places", md)
        rows = [["gold toponyms", g["gold_places"]], ["recall", g["recall"]], ["precision", g["precision"]],
                ["accuracy within 161 km (matched)", g["acc161_matched"]],
                ["accuracy within 161 km (all gold)", g["acc161_end_to_end"]],
                ["median error (km)", _f(g["median_km"], 1)]]
        L += _table(["figure", "value"], rows, md)
    pr = res.get("per_root")
    if pr:
        L += _h("By CAMEO root (code alone)", md)
        rows = [[r, v["gold"], v["pred"], v["p"], v["r"], v["f1"]] for r, v in pr.items()]
        L += _table(["root", "gold", "coded", "P", "R", "F1"], rows, md)
    bt = res.get("by_tag")
    if bt:
        L += _h("By case (gold tags)", md)
        rows = [[t, v["records"], v["record_exact"], v["country_root_p"], v["country_root_r"], v["country_root_f1"],
                 f"{v['coded_per_record']:.2f}"] for t, v in bt.items()]
        L += _table(["case", "records", "record exact", "P c+r", "R c+r", "F1 c+r", "coded/record"], rows, md)
    if res.get("confusion"):
        L += _h("Confusion by CAMEO root (rows: gold, columns: coded; none = missed / spurious)", md)
        L += _conf_table(res["confusion"], md)
    ms = res.get("misses")
    if ms:
        L += _h(f"Worst misses ({len(ms)})", md)
        for i, m in enumerate(ms, 1):
            head = f"{i}. [{m['id']}]" + (f" ({m['date']})" if m.get("date") else "") + f" {m['text']}"
            L += ["", head if not md else f"**{i}. `{m['id']}`**" + (f" ({m['date']})" if m.get('date') else "") + f": {m['text']}"]
            ind = "   - " if md else "     "
            gold = "; ".join(f"{e['source']} {e['target']} {e['cameo'] or e['plover']}" for e in m["gold"]) or "no event"
            if res.get("misses_by") == "plover":
                gold = "; ".join(f"{e['source']} {e['target']} {e['plover']}" for e in m["gold"]) or "no event"
            L.append(f"{ind}gold:  {gold}")
            if m.get("status") not in ("coded", None):
                L.append(f"{ind}status: {m['status']}" + (f" ({m['reason']})" if m.get("reason") else ""))
            if not m["coded"]:
                L.append(f"{ind}coded: nothing")
            for e in m["coded"]:
                who = f"{e['source']} {e['target']} {e['cameo']}" + (f" {e['plover']}" if e.get("plover") else "")
                ev = f" trigger '{e['trigger']}'" if e.get("trigger") else ""
                actors = ""
                if e.get("source_text") or e.get("target_text"):
                    actors = f" [{e.get('source_text') or '-'} -> {e.get('target_text') or '-'}]"
                mod = f" {e['modality']}" if e.get("modality") and e["modality"] != "asserted" else ""
                L.append(f"{ind}coded: {who}{ev}{actors} pattern {e.get('pattern') or '-'}, rule {e.get('rule') or '-'}{mod}")
            lv = "country+type" if res.get("misses_by") == "plover" else "country+root"
            if m.get("missed"):
                L.append(f"{ind}missed ({lv}): {', '.join(m['missed'])}")
            if m.get("spurious"):
                L.append(f"{ind}spurious ({lv}): {', '.join(m['spurious'])}")
            if m.get("note"):
                L.append(f"{ind}note: {m['note']}")
    return "\n".join(L).rstrip() + "\n"


def summary_line(res: dict) -> str:
    """One line of key=value figures (handy for logs and CI)."""
    parts = [f"records={res.get('records')}"]
    c = res.get("cameo") or {}
    for k in ("exact_f1", "root_f1", "country_root_f1", "code_only_f1", "record_exact"):
        if k in c:
            parts.append(f"{k}={c[k]:.3f}")
    p = res.get("plover") or {}
    for k in ("type_recall", "primary_type_acc", "dyad_type_f1", "spurious_per_record"):
        if k in p:
            parts.append(f"{k}={p[k]:.3f}")
    g = res.get("places") or {}
    for k in ("recall", "precision", "acc161_end_to_end"):
        if k in g:
            parts.append(f"places_{k}={g[k]:.3f}")
    return " ".join(parts)


__all__ = ["render", "summary_line"]
