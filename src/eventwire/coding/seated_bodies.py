"""State bodies named by where they sit, several at once (issue 14, item 3, bare sectors; asked by coding/resolve.py
where it splits "the governments of Iraq and Syria" into one actor per country).

    prep = seat_list(head, sector)      # the "in" preposition of "courts in France, Germany and Sweden", or None

"Courts in France, Germany and Sweden are investigating ...", "police in Belgium and the Netherlands arrested ...":
a body that sits where it is (a `seat` sector of data/coding/actor_country.tsv: governments, parliaments, courts,
police) named "in" a list of places is one body of each place's country, as "the governments of Iraq and Syria"
are (FRAJUD, DEUJUD, SWEJUD). Not where the noun's own phrase already says whose it is ("US officials in Iraq and
Syria", "Turkey's police in ..."), nor for a body that often acts abroad (an army "in Iraq and Syria" is anyone's)."""
from __future__ import annotations

from typing import Optional

_OWN_DEPS = {"amod", "compound", "nmod", "poss"}


def seat_list(head, sector: Optional[str]):
    from eventwire.knowledge.actor_where import word_kinds
    if head is None or not sector or sector not in word_kinds().get("seat", frozenset()):
        return None
    if any(c.dep_ in _OWN_DEPS and c.i < head.i for c in head.children):
        return None               # ("US officials in Iraq and Syria": whose the phrase says)
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > head.i), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None or pobj.pos_ != "PROPN" or not pobj.conjuncts:
        return None
    return prep
