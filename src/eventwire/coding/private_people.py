"""Private people among an act's parties: who counts as private for the everyday-life test (coding/nonevent.py
`everyday`, issue 14).

A party is private when it is unnamed private people (a sector of data/coding/non_events.tsv `private`:
"residents", "a doctor", "the family"), or a person the story names whom the actor lists know in no office, party or
group ("Sam Reid, a 30-year-old plumber from Hull", later "he"): the story gave the person an entity id so that
later mentions follow, but an id is not an office. The person's code is then the bare country and private sector
("GBRCVL"): a role, a party or a group would have given another code. A person, organisation or people the
actor lists hold is never private here, nor a body whose name its text gives ("the Independent Union of Serbia").

A named person's request for an act ("asked to be allowed to return") is asked of whoever decides it, not of a
friend (`request_kb`); a name given an age ("Samir, 20,") is a person whatever the tagger took it for
(`aged_name`).

Only the everyday-life test uses the named private person: whether a pronoun stands for the doer of force (nonevent
`private_pronoun_doer`) still asks for unnamed private people.
"""
from __future__ import annotations

from typing import Optional


def _unnamed(actor, private: frozenset) -> bool:
    if actor.sector not in private or actor.entity:
        return False
    # (not a body named in its text: "the Independent Union of Serbia")
    return not any(w[:1].isupper() for w in (actor.text or "").split()[1:])


def _story_person(actor, private: frozenset, kb) -> bool:
    """A person the story introduced (an entity id of its own) whom the actor lists do not hold, coded by a private
    sector alone."""
    ent = actor.entity
    if not ent or kb is None or actor.sector not in private or actor.code != f"{actor.country or ''}{actor.sector}":
        return False
    return ent not in kb.people and ent not in kb.orgs and all(ent != e for e, _ in kb.peoples.values())


def private_party(actor, private: frozenset, kb: Optional[object] = None) -> bool:
    """Whether an actor is private people: unnamed private people, or (with the actor lists `kb`) a person the story
    names with no office, party or group role."""
    return _unnamed(actor, private) or _story_person(actor, private, kb)


def request_kb(cl, kb):
    """The actor lists for a request's doers: none (unnamed private people only) when the request asks for an act
    ("asked to be let back into the country", "asked that the charges be dropped"): a named person asking leave to return
    asks whoever decides it, not a friend; `kb` for a request of a thing ("always asking for advice")."""
    return None if any(c.dep_ in ("xcomp", "ccomp") for c in cl.pred.children) else kb


def aged_name(tok) -> bool:
    """Whether a name is given an age set off by commas ("Samir, 20, is to ..."): a person, also where the tagger
    took the name for an organisation."""
    return tok.pos_ == "PROPN" and any(c.dep_ == "appos" and c.like_num and c.i == tok.i + 2
                                       and tok.doc[tok.i + 1].text == "," for c in tok.children)
