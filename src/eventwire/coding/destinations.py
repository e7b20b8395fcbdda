"""Where people or goods were taken is not whom the act was done to (issue 14, wrong target: a place).

"Kenyan troops escorted the aid workers to a camp in Somalia", "the wounded were evacuated to Turkey": a verb of taking
people or goods somewhere (data/coding/roles.tsv `conduct-verb`: escort, accompany, evacuate, ferry, ...) names by its
"to"/"into"/"towards" phrase the destination, a place, not a party. The people taken (its object, or its passive
subject) are the ones the act is done to; when they name no actor the act has no target, rather than the country the
destination lies in. The coder's target fallbacks (coding/roles.py `_fallback_targets`) and the place rules
(coding/place_targets.py) ask `destination_prep` and pass the phrase by. Verbs of handing people over to a state
(extradite, deport, repatriate) are not conduct verbs: the state that receives them takes part in the act.
"""
from __future__ import annotations

from eventwire.coding.clause_record import role_words

DESTINATION_PREPS = ("to", "into", "toward", "towards")


def conduct_verbs() -> frozenset:
    return role_words().get("conduct-verb", frozenset())


def conducting(cl) -> bool:
    """Whether the clause's predicate is a verb of taking people or goods somewhere."""
    return cl.kind == "verb" and cl.pred.lemma_.lower() in conduct_verbs()


def destination_prep(cl, prep: str) -> bool:
    """Whether the clause's `prep` phrase is only where a conduct verb took its people or goods (module doc)."""
    return prep in DESTINATION_PREPS and conducting(cl)
