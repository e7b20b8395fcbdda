"""The reason a resolved place carries (issue 15: "each place carries the reason it was chosen").

    why = chosen_why(best, runner_up, terms, n_candidates)

`terms` are the weights `places._score` counted for the chosen candidate, as (what, weight); the reason names the
ones that helped most, in words, and the reading it was chosen over:
"one of 24 places called 'Alexandria': inside the place named beside it (+6.0); other names in the text lie in its
state Louisiana (+3.0); ...; population 47,889; over Alexandria, EGY" (the weights are places._score's).
"""
from __future__ import annotations

from typing import Optional

from eventwire.knowledge.gazetteer import Candidate

# what each weight of places._score stands for, said of the chosen place
_SAID = {
    "region-names": "other names in the text lie in its state {admin1}",
    "country-names": "other names in the text lie in its country {country}",
    "near-names": "another name in the text is a place beside it",
    "big-city": "a big city, before the region of the same name",
    "county-word": "the text calls it a county",
    "province-word": "the text calls it a province or state",
    "city-word": "the text calls it a city or town",
    "text-country": "in {country}, a country the text is about",
    "text-region": "in {admin1}, the state or province of places the text names",
    "within": "inside the place named beside it",
    "near-anchor": "near other towns the text names",
    "demonym": "a people's name for it",
}
_KIND = {"country": "a country", "admin1": "a state or province", "admin2": "a county or district",
         "region": "a region", "continent": "a continent"}


def chosen_why(c: Candidate, runner_up: Optional[Candidate], terms: list, n: int, name: str) -> str:
    """Words for why `c` was chosen for the name `name` among `n` candidates."""
    if n <= 1:
        head = f"the only place called '{name}' in the gazetteer"
    else:
        head = f"one of {n} places called '{name}'"
    parts = []
    helped = sorted(((w, v) for w, v in terms if v > 0 and w in _SAID), key=lambda x: -x[1]) if n > 1 else []
    seen = set()
    for what, v in helped:
        if what in seen:
            continue
        seen.add(what)
        parts.append(_SAID[what].format(country=c.country or "?", admin1=c.admin1 or c.region or "?")
                     + f" (+{v:.1f})")
        if len(parts) == 3:
            break
    if c.feature in _KIND:
        parts.append(_KIND[c.feature])
    elif c.population:
        parts.append(f"population {c.population:,}")
    if runner_up is not None:
        parts.append(f"over {runner_up.name}, {runner_up.country or '?'}")
    return head + (": " + "; ".join(parts) if parts else "")
