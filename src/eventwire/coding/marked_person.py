"""The person a threat marks through a part of the body ("placed a bounty on the main plotter's head", "put bounties
on the heads of three PKK leaders", "a price on his head"): the act is aimed at the one whose head it is, never at the
head itself, which the actor lists would read as a leader ("heads of" -> a government). Words: roles.tsv
`marked-body-part`."""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_record import role_words

MARKED_PARTS = role_words().get("marked-body-part", frozenset())


def marked_person(tok) -> Optional[object]:
    """The token for the one whose body part `tok` names, where `tok` is the "on" phrase of an act of threat (its
    possessor or its "of" phrase), or None."""
    if tok is None or tok.lemma_.lower() not in MARKED_PARTS or tok.dep_ != "pobj" or tok.head.lower_ != "on":
        return None
    own = next((c for c in tok.children if c.dep_ == "poss"), None)
    if own is not None:
        return own
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"), None)
