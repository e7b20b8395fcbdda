"""Knowledge stage: the country of a faith's community named by its plural noun (issue 14, people28).

"Sunnis", "Shias", "Christians" (data/actors/sectors.tsv, weak CVL; data/coding/actor_country.tsv `community`) are
private people of a country. Coordinated after a noun a country owns ("betrayed Iraq's Kurds and Shias", "Syria's
Alawites and Christians") they are that country's: the parser hangs the possessor on the first noun alone. Asked by
knowledge/actor_country.place_actor before the sentence's other countries.

    got = shared_owner(head, ctx)     # (country, why) or None
"""
from __future__ import annotations

from typing import Optional


def shared_owner(head, ctx) -> Optional[tuple]:
    """(country, why) for a community noun `head` coordinated after a noun whose possessor is a place of a country
    ("Iraq's Kurds and Shias"), or None."""
    if head.dep_ != "conj" or head.head.i > head.i or any(c.dep_ in ("poss", "amod", "compound") and c.i < head.i
                                                          for c in head.children):
        return None
    first = head.head
    poss = next((c for c in first.children if c.dep_ == "poss" and c.i < first.i), None)
    if poss is None:
        return None
    countries = {p.country for p in ctx.places_in(poss.idx, poss.idx + len(poss.text)) if p.country}
    if len(countries) != 1:
        return None
    country = next(iter(countries))
    return country, f"from the possessor '{poss.text}' it shares with '{first.text}'"
