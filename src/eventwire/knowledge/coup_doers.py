"""The doer of a coup is of the ousted ruler's state (issue 14, item 3, bare sectors; asked by
knowledge/actor_country.fill_countries after the source's own placing).

    got = coup_country(a, targets, lemma, cameo)      # (country, why) or None

"Morsi was ousted by a military junta", "the army deposed the prime minister": a junta, an army or officers that
remove a state's ruler (a `coup-verb` of data/coding/actor_country.tsv, coded as an administrative sanction, 172,
not as force) act inside that state: the junta is EGYMIL. Only a doer with no country whose phrase says nothing of
being foreign ("coalition forces", "foreign troops": actor_country.tsv `foreign`), and only a ruler of one country:
an office-holder (GOV, or a former one, ELI) or a state, never people, a party or a group ("ousted the militants")."""
from __future__ import annotations

from typing import Optional


def coup_country(a, targets, lemma: str, cameo: str) -> Optional[tuple]:
    from eventwire.knowledge.actor_where import sector_only, word_kinds
    kinds = word_kinds()
    if a is None or a.country or not sector_only(a) or (a.kind == "person" and a.name):
        return None
    if (lemma or "").lower() not in kinds.get("coup-verb", frozenset()) or not (cameo or "").startswith("172"):
        return None
    if {w.lower() for w in (a.text or "").split()} & kinds.get("foreign", frozenset()):
        return None               # ("coalition forces ousted the governor": not the governor's own)
    rulers = [t for t in targets if t is not None and t.country and t.sector in kinds.get("coup-ruler", frozenset())]
    if not rulers or len({t.country for t in rulers}) != 1 or any(
            t is not None and t.country and t not in rulers for t in targets):
        return None
    r = rulers[0]
    return r.country, f"from the ruler it removed ('{r.text}'): a coup is done inside the ruler's state"
