"""A title's country is not taken from its counterpart's own mention in the same office (issue 14, actor spans).

"The prime minister offered condolences to the Peruvian government", "the visiting presidents denounced the warnings
issued by the Venezuelan government": a source named only by its title or office ("the prime minister", "the
ministers", GOV) would take the only country the sentence names (knowledge/actor_country.py, step 3), which here is
named only inside the other party's mention, of the same sector. The act would then be done by a body to itself
(PERGOV to PERGOV) and lose its target. Such a mention is set aside as the other party's own, like the other party's
country in an act of force: the title takes its country from the story or a place, or stays without one. Only a
state's body named by its state ("the Peruvian government", "the government of Chile"); not a person, a group or a
party, nor a pronoun.

    skip += counterpart_spans(actor, others)     # character spans of the other party's mentions to set aside
"""
from __future__ import annotations

# (a person, group or party named is no state's office by name: "declined the president's request" may well be
# his own president's, and "the Free Syrian Army" names its own side)
_NAMED_KINDS = ("person", "group", "party")


def counterpart_spans(a, others) -> list:
    """Character spans of the other party's mentions of `a`'s own sector with a country of their own (module doc)."""
    if a is None or not a.sector:
        return []
    return [(o.start, o.end) for o in others
            if o is not None and o.start is not None and o.end is not None and o.country and o.sector == a.sector
            and o.kind not in _NAMED_KINDS and "coreference" not in (o.why or "")]


def actor_named_only(got, sent, where) -> bool:
    """Whether `got`, the only country the sentence names (step 3 of actor_country.py), is named there only by other
    actors' mentions, no place: "the cabinet agreed that the Tehran regime had lied", after "the Danish prime
    minister's cabinet". Another body named beside it says nothing of whose this one is, so the story's fuller
    mention of the same noun ("the Danish ... cabinet") rules before it; a place the sentence names still rules."""
    if got is None or not got[1].startswith("the only country the sentence names"):
        return False
    items = [it for it in where.in_sentence(sent) if it[0] == got[0]]
    # (a capital naming a body is no place either: "the Tehran regime")
    return bool(items) and all(it[4] == "mention" and ((it[1], it[2]) not in where.named
                                                       or where.role(it[1], it[2]) == "modifier") for it in items)
