"""A description the name right after it names (issue 14, wrong actors; asked by coding/resolve.py).

    named = named_after_description(h, ctx)   # Actor or None: "the news agency AFP" -> AFP's actor

"The photographs, released by the news agency AFP, show ...": the parser makes the name an apposition of the
description's head with no comma between them, and the sector word alone ("news agency", MED) would take the country
of the story or the sentence's place (MLIMED for a story set in Mali), a wrong actor. The name says who is meant:
the organisation the document's matcher found there (a news outlet, a group, a party, an international body or a
non-governmental one), never a person (a title before a person's name is read with the person elsewhere) and never a
country or place ("the port city Aden" names where, not who). The opposite order, "the PKK, a banned militant group",
is Coref.apposed_org.
"""
from __future__ import annotations

from typing import Optional

_NAMED_KINDS = ("group", "party", "igo", "ngo", "media", "org")


def named_after_description(h, ctx) -> Optional[object]:
    """The actor the name in apposition right after the noun `h` stands for, or None (module doc)."""
    if h.pos_ != "NOUN":
        return None
    app = next((c for c in h.children if c.dep_ == "appos" and c.i > h.i), None)
    if app is None and h.i + 1 < len(h.doc):
        # ("The news agency AFP condemned ...", the parser giving the verb two subjects: the name is the second)
        nxt = h.doc[h.i + 1]
        nxt = next((t for t in [nxt] + list(nxt.ancestors) if t.head.i == h.head.i and t.dep_ == h.dep_
                    and t.i != h.i), None)
        app = nxt if nxt is not None and h.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") else None
    if app is None or app.left_edge.i != h.i + 1 or app.pos_ != "PROPN":
        return None             # ("the agency, AFP said, ...": a comma or other words between them)
    lo, hi = app.left_edge.idx, app.right_edge.idx + len(app.right_edge.text)
    got = [m for m in ctx.mentions_from(lo, hi) if m.code and m.end is not None and m.end <= hi]
    if len(got) != 1 or got[0].kind not in _NAMED_KINDS:
        return None
    return got[0]
