"""Compiled indexes kept on disk between runs (the actor index, knowledge/actors.py; the packaged lexicon,
coding/lexicon_cache.py): where they live, reading one back, and writing one whole or not at all, keeping the newest
few of its kind. A cache that cannot be read or written is ignored: the caller builds what it needs as without one.
"""
from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Optional


def cache_folder() -> Path:
    """Where the compiled indexes live: $XDG_CACHE_HOME/eventwire, else ~/.cache/eventwire."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "eventwire"


def read_pickle(path: Path, kind: type) -> Optional[object]:
    """The object of type `kind` pickled at `path`, or None (no file, one that cannot be read, another type)."""
    try:
        with open(path, "rb") as fh:
            got = pickle.load(fh)
        if isinstance(got, kind):
            return got
    except Exception:           # noqa: BLE001 - no cache, or one that cannot be read: the caller builds it
        pass
    return None


def write_pickle(path: Path, obj: object, keep: int = 6) -> None:
    """Pickle `obj` to `path` through a temporary file renamed into place, then keep only the newest `keep` files of
    its kind (the name's first word before a '-': "actors-*.pkl", "lexicon-*.pkl"); on any error, write nothing more."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp%d" % os.getpid())
        with open(tmp, "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        _prune(path, keep)
    except Exception:           # noqa: BLE001 - a read-only or full disk: used without a cache
        pass


def _prune(kept: Path, keep: int) -> None:
    """Keep the newest `keep` files of the kind of `kept`, drop the older ones."""
    old = sorted(kept.parent.glob(f"{kept.name.split('-')[0]}-*.pkl"), key=lambda p: p.stat().st_mtime, reverse=True)
    for p in old[keep:]:
        if p != kept:
            try:
                p.unlink()
            except OSError:
                pass
