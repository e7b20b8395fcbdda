"""Whether a party found for the target is the act's own source (issue 14, no target).

The target fallbacks drop a party that is the source itself: the same mention, or the same code ("Washington defended
the US move": its own). Two people the lists know apart are two parties even when they hold the same code, members of
one government, party or army acting towards each other: "Mattis objected to Trump's plan", "the defence secretary
resisted the president's policies" (USAGOV -> USAGOV), as event data sets code acts within one government; so are a
body of several members and a person the lists know ("the cabinet backed the prime minister's warning",
coding/proposal_author.py member_body).
"""
from __future__ import annotations

from eventwire.coding.proposal_author import member_body


def two_people(a, s) -> bool:
    """Whether `a` and `s` are two different people the actor lists know (each a person with an entity of its own)."""
    return bool(a.entity and s.entity and a.entity != s.entity and a.kind == "person" and s.kind == "person")


def is_source(a, sources, apart: bool = True) -> bool:
    """Whether the actor `a` is one of `sources`: the same mention, or the same code unless both are people the lists
    know apart (module doc; with `apart` False, the same code always: the older fallbacks' test)."""
    return any((a.start is not None and a.start == s.start)
               or (a.code == s.code and not (apart and (two_people(a, s) or member_body(a, s))))
               for s in sources)


def other_parties(coder, tok, sources, ctx, sent, role: str = "target", apart: bool = True) -> list:
    """The actors the token `tok` names (coder.actors_for) that are not the act's own source (is_source): the parties
    a target fallback may take."""
    return [a for a in coder.actors_for(tok, ctx, sent, role=role) if not is_source(a, sources, apart)]
