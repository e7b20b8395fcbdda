"""`eventwire incidents`: deaths and injuries per incident, or totals per place and period."""
from __future__ import annotations

import csv
import json
import os
import sys


def register(subparsers) -> None:
    from eventwire.export.incidents import BY, KINDS
    p = subparsers.add_parser(
        "incidents", help="incidents with their tolls (counted once), or totals per place or period",
        description="Incidents are acts told in one or more mentions of an article, with deaths and injuries "
                    "counted once; copies of a story are one incident. Without --by, one row per incident; with "
                    "--by, totals per place or period.")
    p.add_argument("--db", default="eventwire.duckdb", help="DuckDB file (default: eventwire.duckdb)")
    p.add_argument("--by", choices=sorted(BY), help="totals per place, admin1, country, day, month or year")
    p.add_argument("--start", help="from date YYYY-MM-DD")
    p.add_argument("--end", help="to date YYYY-MM-DD")
    p.add_argument("--country", help="ISO3 of the incident's place")
    p.add_argument("--place", help="place name or geonameid")
    p.add_argument("--kind", choices=KINDS, help="kind of act (default: all)")
    p.add_argument("--limit", type=int, default=None, help="at most this many incidents")
    p.add_argument("--json", action="store_true", help="JSON lines instead of a table")
    p.add_argument("--output", "-o", help="write CSV to this file (- for standard output)")
    p.set_defaults(func=cmd_incidents)


def _cell(v) -> str:
    return "" if v is None else (f"{v:.4f}" if isinstance(v, float) else str(v))


def cmd_incidents(args) -> int:
    from eventwire.export.incidents import incident_rows, toll_totals
    from eventwire.filters import FilterError
    if not os.path.exists(args.db):
        print(f"eventwire: no database at {args.db} (run 'eventwire code' first)", file=sys.stderr)
        return 2
    filters = {k: getattr(args, k) for k in ("start", "end", "country", "place", "kind")}
    try:
        rows = toll_totals(args.db, by=args.by, **filters) if args.by else \
            incident_rows(args.db, limit=args.limit, **filters)
    except FilterError as exc:
        print(f"eventwire: {exc}", file=sys.stderr)
        return 2
    if args.json:
        for r in rows:
            print(json.dumps({k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in r.items()},
                             ensure_ascii=False))
        return 0
    cols = list(rows[0]) if rows else []
    if args.output:
        out = sys.stdout if args.output == "-" else open(args.output + ".part", "w", newline="", encoding="utf-8")
        try:
            w = csv.writer(out)
            w.writerow(cols)
            for r in rows:
                w.writerow([_cell(r[c]) for c in cols])
        finally:
            if out is not sys.stdout:
                out.close()
                os.replace(args.output + ".part", args.output)
        return 0
    show = cols if args.by else ["date", "kind", "location_name", "location_country", "killed", "injured",
                                  "source_code", "target_code", "n_documents", "incident_id"]
    width = {c: max([len(c)] + [len(_cell(r[c])) for r in rows[:200]]) for c in show}
    print("  ".join(c.ljust(min(width[c], 40)) for c in show))
    for r in rows:
        print("  ".join(_cell(r[c])[:40].ljust(min(width[c], 40)) for c in show))
    print(f"({len(rows)} {'rows' if args.by else 'incidents'})")
    return 0
