"""`eventwire export`: write the stored events as GDELT, PLOVER, Parquet, CSV or GeoJSON."""
from __future__ import annotations

import sys

FILTER_ARGS = [
    ("start", "first event day, YYYY-MM-DD"),
    ("end", "last event day, YYYY-MM-DD"),
    ("actor", "source or target actor code prefix (IRN, IRNGOV); comma for several"),
    ("actor-name", "words of the source's or target's name or text (Merkel, opposition)"),
    ("source-actor", "source actor code prefix"),
    ("target-actor", "target actor code prefix"),
    ("country", "ISO3 of the source, target or place"),
    ("sector", "actor sector (GOV, MIL, REB, ...)"),
    ("cameo", "CAMEO code or root prefix (18, 190, 0311)"),
    ("plover", "PLOVER type (ASSAULT, CONSULT, ...)"),
    ("quad", "quad class 1-4"),
    ("place", "place name (substring) or geonameid"),
    ("bbox", "min_lon,min_lat,max_lon,max_lat"),
    ("text", "text in the evidence or sentence"),
    ("outlet", "news outlet (source name, URL host)"),
    ("doc-id", "document id"),
]


def register(subparsers) -> None:
    from eventwire.export import FORMATS

    p = subparsers.add_parser("export", help="export stored events (gdelt, gdelt-mentions, plover, parquet, csv, geojson)",
                              description="Export the aggregated events of a database in one format.")
    p.add_argument("--db", default="eventwire.duckdb", help="DuckDB file (default: eventwire.duckdb)")
    p.add_argument("--format", "-f", required=True, choices=FORMATS, help="output format")
    p.add_argument("--output", "-o", required=True, help="output file (- for standard output)")
    for name, help_text in FILTER_ARGS:
        # --doc as in `eventwire events`
        p.add_argument(f"--{name}", *(["--doc"] if name == "doc-id" else []), help=help_text)
    p.add_argument("--limit", type=int, help="at most this many events")
    p.add_argument("--order", help="order by: date, -num_articles, goldstein, ... (default: newest first)")
    p.add_argument("--all", dest="keep_all", action="store_true",
                   help="also write the events the format cannot take honestly (GDELT: no date or no actor; "
                        "PLOVER: not both actors); by default they are left out and counted")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--aggregate", dest="aggregate", action="store_true", default=None,
                   help="rebuild the aggregated events first (default: only when stale)")
    g.add_argument("--no-aggregate", dest="aggregate", action="store_false",
                   help="export the events table as it is")
    p.set_defaults(func=cmd_export)


def filters_from_args(args) -> dict:
    out = {}
    for name, _ in FILTER_ARGS:
        key = name.replace("-", "_")
        val = getattr(args, key, None)
        if val not in (None, ""):
            out[key] = val
    for key in ("limit", "order"):
        if getattr(args, key, None) not in (None, ""):
            out[key] = getattr(args, key)
    return out


def cmd_export(args) -> int:
    from eventwire.export import export
    from eventwire.store import StoreError

    from eventwire.filters import check_filters
    try:
        filters = check_filters(filters_from_args(args))
        n = export(args.db, args.format, args.output, aggregate=args.aggregate,
                   keep_all=getattr(args, "keep_all", False), **filters)
    except (StoreError, ValueError, OSError) as exc:
        print(f"eventwire export: {exc}", file=sys.stderr)
        return 2
    left = getattr(n, "left_out", {})
    note = ""
    if left:
        why = ", ".join(f"{reason} {k}" for reason, k in sorted(left.items()))
        note = f"; left out {sum(left.values())} events ({why}), --all keeps them"
    print(f"eventwire export: {n} {'rows' if args.format == 'gdelt-mentions' else 'events'} "
          f"-> {args.output} ({args.format}){note}", file=sys.stderr)
    return 0
