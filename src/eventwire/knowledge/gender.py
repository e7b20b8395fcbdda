"""A person's sex as far as the text and the lists tell it, for "he"/"she" (knowledge/coref_choice.py).

Two sources, in this order:

* a title before the name in the story ("Mr Haddad", "Queen Rania"; the `gender-title` rows of
  data/coding/coref.tsv), read once per document by knowledge/people.py's ``genders``;
* the given name: the first word of a full name -- the actor list's name ("Theresa May") or the name as the story
  writes it ("Nadia Haddad", "President Bashar al-Assad") -- found in data/coding/given_names.tsv. A name given to
  both sexes (`?`) tells nothing, nor does a name of one word ("Haddad": a surname).
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Iterable, Optional


def _fold(word: str) -> str:
    """Lower case without accents ("Jos\u00e9" -> "jose", "\u0130smail" -> "ismail")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def given_names() -> dict:
    """{given name (lower case): "m", "f" or "?"} from data/coding/given_names.tsv."""
    from eventwire.coding.tables import coding_table
    return {_fold(row[0]): row[1] for row in coding_table("given_names.tsv") if len(row) > 1}


def name_gender(name: Optional[str]) -> Optional[str]:
    """ "m" or "f" when the first known given name of a full name of two words or more says so, else None.
    Words before it that are no given name (titles: "President", "Dr") are passed over; the last word (the
    surname) never counts."""
    if not name:
        return None
    words = name.replace("\u2019", "'").split()
    if len(words) < 2:
        return None
    table = given_names()
    for w in words[:-1]:
        g = table.get(_fold(w.strip(".,'\"()")))
        if g is not None:
            return g if g in ("m", "f") else None
    return None


def names_gender(names: Iterable[Optional[str]]) -> Optional[str]:
    """The one sex the given names of these names agree on (None when none says, or two disagree)."""
    found = {g for g in map(name_gender, names) if g}
    return found.pop() if len(found) == 1 else None
