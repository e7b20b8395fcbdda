"""A bare sector noun with a known name in apposition is that name's actor (issue 14).

"the news agency Reuters", "the defence minister, Jane Doe": the argument's own phrase stops at the title ("the
news agency", a bare MED with no country), but the name beside it says who it is. A known organisation or outlet is
the actor; a known person gives the title, which stays the mention with its own sector, the person's country. Either
wins over any country a later stage would guess for the bare sector from the sentence's places. A name the lists do
not know leaves the title as it was.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.knowledge import office_then
from eventwire.model import Actor

_NAMED_KINDS = ("person", "group", "igo", "party")


def apposed_name(kb, h, a: Optional[Actor], ctx) -> Optional[Actor]:
    """The known name in apposition to `h` when `a`, the actor of `h`'s own phrase, is a bare sector; else `a`."""
    if a is None or a.kind != "sector" or a.country:
        return a
    ap = next((c for c in h.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > h.i), None)
    if ap is None:
        return a
    left = min([ap] + [c for c in ap.lefts if c.dep_ in ("compound", "flat", "amod", "det", "nmod")],
               key=lambda t: t.i)
    span = ap.doc[left.i: ap.i + 1]
    if any(t.is_punct for t in span):
        return a
    doc = ap.doc
    if left.i != h.i + 1:
        if not (left.i == h.i + 2 and doc[h.i + 1].text == ","):
            return a            # (only a name right after the title, or set off by a comma)
        after = doc[ap.i + 1] if ap.i + 1 < len(doc) else None
        if after is not None and not after.is_punct:
            return a            # ("ousted by a military junta, Erdogan all but declared war": a new clause's subject)
    got = kb.resolve_phrase(span.text, span.start_char, ctx.date, ctx.countries)
    if got is None or got.kind not in _NAMED_KINDS or not got.code:
        return a
    if got.kind == "person":
        if not got.country or not a.sector:
            return a
        # the title stays the mention, with the name's code ("the defence minister, X": X's state's GOV); a name
        # with no role now takes the title's sector ("the then foreign secretary, X")
        live = got.sector not in (None, "ELI") and got.code
        # ... and, for a title dated to the act, the one former office of the name's that it names ("the then
        # opposition leader, X": the opposition, not the government; knowledge/office_then.py); not a title its
        # phrase says the person has left ("the former foreign minister, X" is ELI)
        was = office_then.title_office(kb, got.entity, h, ctx.date) \
            if office_then.then_title(h) and a.sector != "ELI" and not office_then.left_title(h) else None
        if was is not None:
            country, sector, role = was
            return replace(a, code=country + sector, country=country, sector=sector, entity=got.entity,
                           name=got.name, why=(a.why or "") + f"; country {country} from the name in apposition to "
                                                              f"the title ('{got.text}'), who held it then: {role}")
        return replace(a, code=got.code if live else got.country + a.sector, country=got.country,
                       sector=got.sector if live else a.sector, entity=got.entity, name=got.name,
                       why=(a.why or "") + f"; country {got.country} from the name in apposition to the title "
                                           f"('{got.text}')" + (f", whose role now is {got.sector}" if live else ""))
    return replace(got, why=(got.why or "") + f" (named in apposition to '{a.text}')")
