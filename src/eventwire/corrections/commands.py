"""`eventwire correct` and `eventwire corrections ...`: analysts correct stored events (issue 18).

    eventwire correct MENTION_ID [--source CODE] [--target CODE|-] [--cameo CODE] [--not-an-event]
                      [--note TEXT] [--by NAME] --db PATH
    eventwire correct --undo CORRECTION_ID [--by NAME] --db PATH
    eventwire corrections list|export|suggest --db PATH ...

A code that is not in the tables, an unknown mention or correction: one line on stderr and exit 2.
"""
from __future__ import annotations

import getpass
import json
import os
import sys


def register(sub) -> None:
    p = sub.add_parser("correct", help="correct a stored event (mention), or undo a correction",
                       description="Correct one coded mention (its id is '<document id>:<n>', as "
                                   "'eventwire events --json' and the dashboard show it). The correction is "
                                   "recorded (who, when, why, before and after) and can be undone.")
    p.add_argument("mention_id", nargs="?", metavar="MENTION_ID")
    p.add_argument("--source", help="the right source actor code (country plus sectors: IRQGOV; or IGOUNO)")
    p.add_argument("--target", help="the right target actor code; '-' for no target")
    p.add_argument("--cameo", help="the right CAMEO code (e.g. 042)")
    p.add_argument("--not-an-event", dest="not_event", action="store_true", help="this is no event at all")
    p.add_argument("--note", help="why (kept with the correction)")
    p.add_argument("--by", help="who corrects (default: your user name)")
    p.add_argument("--undo", metavar="CORRECTION_ID", help="undo this correction instead")
    p.add_argument("--db", default=None, help="DuckDB file (default: eventwire.duckdb, or 'db' in eventwire.toml)")
    p.add_argument("--json", action="store_true", help="print the correction as JSON")
    p.set_defaults(func=cmd_correct)

    c = sub.add_parser("corrections", help="list, export (gold JSONL) or learn from analysts' corrections")
    csub = c.add_subparsers(dest="corrections_command", metavar="ACTION")
    q = csub.add_parser("list", help="the corrections, oldest first (JSON lines)")
    q.add_argument("--db", default=None)
    q.add_argument("--mention", dest="mention_id")
    q.add_argument("--doc", dest="doc_id")
    q.add_argument("--status", choices=["applied", "unmatched", "undone"])
    q.set_defaults(func=cmd_list)
    c.set_defaults(func=lambda args: (c.print_help(), 2)[1])
    _register_more(csub)


def _register_more(csub) -> None:
    """export and suggest (eventwire.corrections.gold / .suggest)."""
    try:
        from eventwire.corrections import gold, suggest
    except ImportError:
        return
    gold.register(csub)
    suggest.register(csub)


def _user(by) -> str:
    if by:
        return by
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in this environment
        return "analyst"


def open_store(args, write: bool):
    """The store of --db (or eventwire.toml's), never created here; None (with a message) when missing."""
    from eventwire.commands import apply_config
    from eventwire.store import Store

    if not apply_config(args):
        return None
    if not os.path.exists(args.db):
        print(f"eventwire: no database at {args.db} (run 'eventwire code' first)", file=sys.stderr)
        return None
    return Store(args.db, read_only=not write)


def describe(c: dict) -> str:
    """One line: what a correction changed."""
    if c["after"].get("not_event"):
        change = "not an event"
    else:
        change = ", ".join(f"{k} {c['before'].get(k) or '-'} -> {v or '-'}" for k, v in c["after"].items())
    by = f" by {c['created_by']}" if c.get("created_by") else ""
    return f"correction {c['correction_id']} on {c['mention_id']}{by}: {change} [{c['status']}]"


def cmd_correct(args) -> int:
    from eventwire.store.corrections import CorrectionError, add_correction, undo_correction

    if args.undo is None and not args.mention_id:
        print("eventwire correct: give a MENTION_ID to correct, or --undo CORRECTION_ID", file=sys.stderr)
        return 2
    if args.undo is not None and (args.mention_id or args.source or args.target or args.cameo or args.not_event):
        print("eventwire correct: --undo takes only a correction id (and --by)", file=sys.stderr)
        return 2
    store = open_store(args, write=True)
    if store is None:
        return 2
    try:
        with store:
            if args.undo is not None:
                c = undo_correction(store, args.undo, by=_user(args.by))
            else:
                c = add_correction(store, args.mention_id, source=args.source, target=args.target, cameo=args.cameo,
                                   not_event=args.not_event, note=args.note, by=_user(args.by),
                                   names={"source": "--source", "target": "--target", "cameo": "--cameo",
                                          "not_event": "--not-an-event"})
    except CorrectionError as exc:
        print(f"eventwire correct: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(c, ensure_ascii=False, default=str) if args.json else describe(c))
    return 0


def cmd_list(args) -> int:
    from eventwire.store.corrections import list_corrections

    store = open_store(args, write=False)
    if store is None:
        return 2
    with store:
        rows = list_corrections(store.con, mention_id=args.mention_id, doc_id=args.doc_id, status=args.status)
    for r in rows:
        print(json.dumps(r, ensure_ascii=False, default=str))
    if not rows:
        print("(no corrections)", file=sys.stderr)
    return 0
