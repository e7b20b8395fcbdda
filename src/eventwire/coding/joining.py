"""A private person joining an armed body is a fact about that person, not an act between two parties (issue 14,
"not an event").

    joins_as_member(coder, cl, sources, targets)  # "she joined the YPG", "he fought alongside Kurdish forces" -> True

A volunteer who "joined the YPG", "enlisted with the Peshmerga", "volunteered for the militia" or "fought alongside
Kurdish forces" becomes one of its members (knowledge/actor_persons.py reads later mentions of that person as the
body's); the joining itself is no military cooperation (062), alliance (050) or pledge (030) between two political
actors. The verbs and the prepositions that name the body joined are those of data/coding/membership.tsv. The act is
dropped when every source is a private person (an unnamed civilian, a refugee, a nurse, or a named person the actor
lists do not know: coding/agency.py) and every target is the body joined, a body of no state (a citizen who volunteers
for the Iraqi army pledges to a state: data/coding/private_acts.tsv). A state, a force or an armed group joining
a coalition or fighting alongside another ("Britain joined the coalition", "the rebels fought alongside Turkish
troops") stays: neither is a private person.
"""
from __future__ import annotations

from eventwire.coding.agency import PERSONAL_SECTORS, STATE_SECTORS
from eventwire.knowledge.actor_persons import membership_objects


def _private_person(coder, a) -> bool:
    """Whether an actor is a private person: of a personal sector (CVL, REF, ...), unnamed or a person the story
    introduces whom the actor lists do not know."""
    return a.sector in PERSONAL_SECTORS and (not a.entity or coder._story_person(a))


def _state_body(t) -> bool:
    """Whether a target is a state or one of its bodies ("the Iraqi army", "Russia"), or an international body: a
    citizen volunteering for a state's army pledges to a party (data/coding/private_acts.tsv, `unless` "state"); the
    Peshmerga, Kurdish forces or a militia coalition (a people's or a group's code) are no state's."""
    if (t.code or "").startswith("IGO") or (not t.sector and t.code == t.country):
        return True       # a country ("Russia"), not a people ("Kurdish units": SYRKUR)
    return t.sector in STATE_SECTORS and t.code == f"{t.country or ''}{t.sector}"   # ("the national army": MIL)


def _within(actor, objs) -> bool:
    """Whether an actor's mention lies in one of the phrases of the bodies joined."""
    if actor.start is None:
        return False
    return any(o.left_edge.idx <= actor.start < o.right_edge.idx + len(o.right_edge) for o in objs)


def joins_as_member(coder, cl, sources, targets) -> bool:
    """Whether a clause is private people joining, serving or fighting with a body (data/coding/membership.tsv)
    and its targets are that body, no state's: membership, not an event."""
    if cl.kind != "verb" or not sources or not all(_private_person(coder, a) for a in sources):
        return False
    objs = membership_objects(cl.pred)
    return bool(objs) and all(_within(t, objs) and not _state_body(t) for t in targets)
