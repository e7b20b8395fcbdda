"""Optional configuration file, so a team can share its actor and lexicon additions.

eventwire reads the first of: the file named by $EVENTWIRE_CONFIG, ./eventwire.toml,
~/.config/eventwire/config.toml. Command-line options add to it (lists) or override it (values).

    # eventwire.toml
    db = "data/events.duckdb"
    actors = ["my_actors/people.tsv", "my_actors/groups.tsv"]   # extra actor files (docs/DATA.md formats)
    lexicon = ["my_lexicon/extra.tsv"]                          # extra lexicon files
    workers = 2

    [server]
    api_token = "..."        # bearer token for POST /api/documents (or $EVENTWIRE_API_TOKEN)

Relative paths are taken from the config file's folder.
"""
from __future__ import annotations

import functools
import os
import tomllib
from pathlib import Path
from typing import Any, Optional

PATH_LISTS = ("actors", "lexicon")


def config_path() -> Optional[Path]:
    env = os.environ.get("EVENTWIRE_CONFIG")
    if env:
        return Path(env)
    for p in (Path("eventwire.toml"), Path.home() / ".config" / "eventwire" / "config.toml"):
        if p.is_file():
            return p
    return None


@functools.cache
def load(path: Optional[str] = None) -> dict[str, Any]:
    """The configuration as a dict ({} when there is no file). A broken file raises ValueError with its name."""
    p = Path(path) if path else config_path()
    if p is None or not p.is_file():
        return {}
    try:
        with open(p, "rb") as f:
            data = tomllib.load(f)
    except (tomllib.TOMLDecodeError, OSError) as exc:
        raise ValueError(f"cannot read config file {p}: {exc}") from exc
    base = p.resolve().parent
    for key in PATH_LISTS:
        vals = data.get(key) or []
        if isinstance(vals, str):
            vals = [vals]
        data[key] = [str((base / v).resolve()) if not os.path.isabs(v) else v for v in vals]
    if isinstance(data.get("db"), str) and not os.path.isabs(data["db"]):
        data["db"] = str((base / data["db"]).resolve())
    data["_path"] = str(p)
    return data


def get(key: str, default: Any = None) -> Any:
    return load().get(key, default)


def apply_to_args(args) -> None:
    """Merge the config file under a command's parsed arguments: its actor and lexicon files come
    before the command line's, its db and workers are defaults. Raises ValueError for a broken file."""
    cfg = load()
    if hasattr(args, "db") and not getattr(args, "db", None):
        args.db = cfg.get("db") or "eventwire.duckdb"
    for key in PATH_LISTS:
        if hasattr(args, key):
            setattr(args, key, list(cfg.get(key, [])) + list(getattr(args, key) or []))
    if hasattr(args, "workers") and not args.workers and cfg.get("workers"):
        args.workers = int(cfg["workers"])
