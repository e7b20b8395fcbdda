"""A listed person the story names with an office the lists do not give at its date (issue 14, "wrong source":
people acting for an international body coded as their country; officials coded as former elite for what they did
in office).

    listed_office(index, t) -> Actor or None      # asked by PeopleIndex._index (knowledge/people.py)

The actor lists give a person the role held at the story date; out of every listed role, a former official is
coded as former elite (ELI) of the country, and a role the lists do not know at all leaves the country alone. The
story itself may say what the person is, in an apposed role phrase: "Federica Mogherini, the EU's foreign policy
chief" acts for the EU (IGOEUREEC), not as a former Italian minister; "Jim Mattis, then the US defence secretary"
acted as the US government (USAGOV) in what the story tells of him; "Nato chief Jens Stoltenberg"
(not a state's envoy to a body, roles.tsv `posted-envoy`: "the UN ambassador, Jane Doe" is no UN official).
Such a phrase, read as the role of a person the lists do not know is (PeopleIndex._role_phrase), gives the code when
it names an international body or a state office (a country with a sector), and never when it says "former" (the
lists' former elite code stands). A person who holds a listed office at the story date keeps it. Later mentions of
the surname follow the story's role (PeopleIndex._index).
"""
from __future__ import annotations

import re
from typing import Optional

from eventwire.coding.clause_record import role_words
from eventwire.model import Actor

_FORMER = re.compile(r"\b(?:former|ex|erstwhile|one-time|onetime|retired|late)\b", re.I)
_OFFICE_KINDS = ("igo",)


def listed_office(index, t) -> Optional[Actor]:
    """The person actor the role phrase apposed to the listed name whose head is `t` gives, or None."""
    ctx, doc = index.ctx, index.doc
    # (the mentions that hold the name's first character, by bisection: not a pass over every mention per name)
    m = next((m for m in ctx.mentions_at(t.idx) if m.kind == "person" and " " in (m.text or "").strip()), None)
    if m is None or m.sector not in ("ELI", None) or not m.entity:
        return None
    start_tok = next((x.i for x in doc[max(0, t.i - 6): t.i + 1] if x.idx == m.start), None)
    if start_tok is None:
        return None
    role = index._role_phrase(t, start_tok)
    if role is None:
        return None
    role_head, role_span, _via = role
    if _FORMER.search(role_span.text) or role_span.start <= t.i < role_span.end:
        return None
    ra = index.kb.resolve_phrase(role_span.text, role_span.start_char, ctx.date, ctx.countries)
    if ra is None or not ra.code or ra.kind == "person":
        return None
    if ra.kind in _OFFICE_KINDS and role_head.lemma_.lower() in role_words().get("posted-envoy", ()):
        return None           # "the UN ambassador": a state's envoy to the body (whose, the lists' role says)
    if ra.kind in _OFFICE_KINDS:
        code, country, sector = ra.code, ra.country, ra.sector
    elif ra.kind in ("country", "capital") and ra.country and ra.sector in _state_sectors():
        code, country, sector = ra.code, ra.country, ra.sector
    else:
        return None
    return Actor(code=code, country=country, sector=sector, name=m.name, entity=m.entity, text=m.text,
                 start=m.start, end=m.end, kind="person",
                 why=f"person '{m.text}': {m.name} of the actor lists ({m.code or 'no code'} at the story date), named "
                     f"in the story as '{role_span.text}' -> {code} ({ra.why})")


def _state_sectors() -> frozenset:
    from eventwire.coding.nonevent import STATE_SECTORS     # (lazy: coding imports knowledge)
    return STATE_SECTORS
