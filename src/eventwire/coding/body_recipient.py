"""An aid's recipient that is a body, not an act ("funding for the Syrian opposition", "arms to the Afghan
resistance"): a noun that is both an act noun of the lexicon ("opposition": opposing) and a sector noun of
data/actors/sectors.tsv (OPP) names the body when it receives aid, a gift or support (CAMEO 06, 07): its nationality
is its country, not a party to an act of opposing ("Turkish opposition to the plan" stays an act: coding/roles.py)."""
from __future__ import annotations

from eventwire.knowledge.people_titles import sector_terms


def body_nouns() -> frozenset:
    """The one-word sector nouns of data/actors/sectors.tsv, lower case ("opposition", "army", "government")."""
    return frozenset(t for t in sector_terms("noun") if t and " " not in t)


def body_recipient(tok, code: str, recipient: bool) -> bool:
    """Whether the recipient noun `tok` of an act of aid or support (06, 07) names a body (module doc)."""
    return recipient and code[:2] in ("06", "07") and (tok.lower_ in body_nouns() or tok.lemma_.lower() in body_nouns())
