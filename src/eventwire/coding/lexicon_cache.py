"""The packaged lexicon compiled once and kept on disk, beside the compiled actor index (knowledge/actors.py).

Reading the lexicon's TSV files and building its tables (``Lexicon.load``: 7,700 rows checked, lemmas normalised,
tables by lemma) costs about 0.14 CPU s at every start; reading the built ``Lexicon`` back from a pickle costs about
0.03 s. The pickle is named by a key over the files it was built from (every ``*.tsv`` of data/lexicon: path, size
and modification time) and the code that builds it (lexicon.py and this module), so that a change to any of them
builds it again. Only the packaged lexicon is kept (``default_lexicon``); a lexicon with a user's files
(``--lexicon``, eventwire.toml) is built at each start. ``EVENTWIRE_NO_CACHE=1`` turns the cache off (as it does
the actor index's); a cache that cannot be read or written is ignored (the lexicon is built as without one).
Read back, the lexicon equals the one built: its rows and tables by lemma in the same order; a set in it (a row's
object words, a word's kinds) holds the same words but may list them in another order, as a process with another
hash seed does: they are only asked whether they hold a word.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Callable, Optional

from eventwire.disk_cache import cache_folder, read_pickle, write_pickle

_CACHE_VERSION = "lexicon-1"
_CODE_FILES = ("lexicon.py", "lexicon_cache.py")
_KEEP = 6           # compiled lexicons kept (the newest; one per state of the data files, as the actor index)


def cache_key(data_dir: Path) -> Optional[str]:
    """A key over the lexicon's data files and the code that reads them; None when one cannot be read."""
    h = hashlib.sha1(_CACHE_VERSION.encode())
    try:
        here = Path(__file__).resolve().parent
        for f in [here / n for n in _CODE_FILES] + sorted(data_dir.glob("*.tsv")):
            st = os.stat(f)
            h.update(f"{os.path.abspath(f)}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    except OSError:
        return None
    return h.hexdigest()[:16]


def cached(build: Callable[[], object], data_dir: Path, kind: type):
    """The lexicon ``build()`` makes, read from the cache when one of this key is there, else built and written."""
    key = None if os.environ.get("EVENTWIRE_NO_CACHE") else cache_key(data_dir)
    if key is None:
        return build()
    path = cache_folder() / f"{_CACHE_VERSION}-{key}.pkl"
    got = read_pickle(path, kind)
    if got is not None:
        return got
    lex = build()
    write_pickle(path, lex, _KEEP)      # (a read-only or full disk: the lexicon is used without a cache)
    return lex
