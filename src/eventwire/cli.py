"""The eventwire command line: thin wrappers that parse arguments and call the stages.

Each stage that has commands of its own exposes ``register(subparsers)`` in a
``commands`` module (e.g. ``eventwire.export.commands``); they are listed in
COMMAND_MODULES and added here, so this file stays small.
"""
from __future__ import annotations

import argparse
import importlib
import sys

COMMAND_MODULES = [
    "eventwire.commands",            # code, events
    "eventwire.store.commands",      # db maintenance (optional)
    "eventwire.ingest.commands",     # ingest (inspect what a reader makes of input)
    "eventwire.knowledge.commands",  # actors ...
    "eventwire.knowledge.gazetteer_commands",  # gazetteer ...
    "eventwire.export.commands",     # export
    "eventwire.export.incident_commands",  # incidents
    "eventwire.server.commands",     # serve
    "eventwire.distributed.commands",  # spark
    "eventwire.evaluate.commands",   # eval
    "eventwire.corrections.commands",  # correct, corrections
]


CORE = "eventwire.commands"

# The commands each module above registers: a command line that names one of them imports that module alone (the
# others' imports, an evaluation's and an export's readers and writers, cost every start about 0.1 s); any other
# command line (help, a command not listed here) registers them all.
COMMANDS_OF = {
    "eventwire.commands": ("code", "events"),
    "eventwire.store.commands": ("db",),
    "eventwire.ingest.commands": ("ingest",),
    "eventwire.knowledge.commands": ("actors",),
    "eventwire.knowledge.gazetteer_commands": ("gazetteer",),
    "eventwire.export.commands": ("export",),
    "eventwire.export.incident_commands": ("incidents",),
    "eventwire.server.commands": ("serve",),
    "eventwire.distributed.commands": ("spark", "spark-load"),
    "eventwire.evaluate.commands": ("eval",),
    "eventwire.corrections.commands": ("correct", "corrections"),
}


def modules_for(argv) -> list:
    """The command modules to register for a command line: the one module whose command it names (COMMANDS_OF),
    else all of COMMAND_MODULES."""
    first = next((a for a in (argv or ()) if not a.startswith("-")), None)
    if first is not None and argv[0] == first:
        for name in COMMAND_MODULES:
            if first in COMMANDS_OF.get(name, ()):
                return [name]
    return list(COMMAND_MODULES)


def _unavailable(name: str, exc: BaseException) -> None:
    print(f"eventwire: commands from {name} are unavailable: {type(exc).__name__}: {exc}", file=sys.stderr)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("eventwire")
    except PackageNotFoundError:
        return "(not installed)"


class _VersionAction(argparse.Action):
    """--version: the installed version, looked up only when asked (importlib.metadata costs every start ~25 ms)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0,
                         help=help or "show program's version number and exit")

    def __call__(self, parser, namespace, values, option_string=None):
        parser._print_message(f"eventwire {_version()}\n", sys.stdout)      # as argparse's "version" action
        parser.exit()


def build_parser(argv=None) -> argparse.ArgumentParser:
    """The command-line parser; given the command line `argv`, only the module of the command it names is imported
    (`modules_for`), else every command module."""
    parser = argparse.ArgumentParser(prog="eventwire", description="Political event data from news (CAMEO / PLOVER).")
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in (modules_for(argv) if argv is not None else COMMAND_MODULES):
        try:
            mod = importlib.import_module(name)
            mod.register(sub)
        except ModuleNotFoundError as exc:
            if exc.name == name:      # stage not installed: no commands from it
                continue
            if name == CORE:
                raise
            _unavailable(name, exc)
        except Exception as exc:      # noqa: BLE001 - one broken stage must not take the other commands down
            if name == CORE:
                raise
            _unavailable(name, exc)
    return parser


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:             # "eventwire events | head"
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("eventwire: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:           # noqa: BLE001 - storage and disk errors are the user's to fix: one line
        if not _user_error(exc):
            raise
        print(f"eventwire: {_one_line(exc)}", file=sys.stderr)
        return 2


def _user_error(exc: BaseException) -> bool:
    """A database that cannot be opened or read (not a DuckDB file, truncated, locked, disk full), or a file
    system error: things a user fixes, not bugs to show a traceback for."""
    if isinstance(exc, OSError):
        return True
    for cls in type(exc).__mro__:
        if cls.__name__ == "StoreError" or cls.__module__.split(".")[0] in ("duckdb", "_duckdb"):
            return True
    return False


def _one_line(exc: BaseException) -> str:
    msg = " ".join(str(exc).split()) or type(exc).__name__
    if isinstance(exc, OSError) and exc.filename and exc.strerror:
        msg = f"{exc.filename}: {exc.strerror}"
    return msg if len(msg) <= 300 else msg[:297] + "..."


if __name__ == "__main__":
    sys.exit(main())
