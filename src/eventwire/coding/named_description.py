"""A description the name right after it names (issue 14, wrong actors; asked by coding/resolve.py).

    named = named_after_description(h, ctx)   # Actor or None: "the news agency AFP" -> AFP's actor

"The photographs, released by the news agency AFP, show ...": the parser makes the name an apposition of the
description's head with no comma between them, and the sector word alone ("news agency", MED) would take the country
of the story or the sentence's place (MLIMED for a story set in Mali), a wrong actor. The name says who is meant:
the organisation the document's matcher found there (a news outlet, a group, a party, an international body or a
non-governmental one), never a person (a title before a person's name is read with the person elsewhere) and never a
country or place ("the port city Aden" names where, not who). The opposite order, "the PKK, a banned militant group",
is Coref.apposed_org.

    org = apposed_unsectored(h, ctx, role, sector_of)   # Actor or None: "Nato, an alliance that ..." -> Nato

The other order with a noun that names no sector: "the Taliban, a movement that seized the capital", "Nato, an
alliance that has backed Kyiv since 2022". The relative clause's subject (or the noun an act is said
of) is the description's head, which no actor list codes ("movement") or which the lexicon reads as an act noun
("alliance", "coalition" as a subject would be an act whose doer is sought); set right after the named group, party
or international body (a comma, colon or dash between them: Coref.apposed_org) it renames that body. A sector term
("a militant group") is left to the resolver's own reading of it (its country, then Coref.apposed_org); a person or
a country is described, not renamed, by an apposition; a noun in a "fallback" role (the parser's guess) never.
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


def apposed_unsectored(h, ctx, role: str, sector_of) -> Optional[object]:
    """The named body a description with no sector, in apposition right after it, renames, or None (module doc).
    `sector_of(token, ctx)` gives the sector a head noun names (None when none)."""
    coref = getattr(ctx, "coref", None)
    if coref is None or role == "fallback" or h.pos_ != "NOUN" or h.dep_ != "appos" or sector_of(h, ctx):
        return None
    return coref.apposed_org(h)


def describes_body(t) -> bool:
    """Whether the verb `t` is told in a relative clause on a description set in apposition to a name ("Nato, an
    alliance that has backed Kyiv", "al-Shabaab, a group that has fought the Somali army for a decade"):
    what the body is known for, background to the story, not one of the acts the article tells of it (the article's
    one doer of a kind of act is read from the acts it tells: coding/sides.py)."""
    for _ in range(4):
        if t.dep_ != "conj" or t.head.i == t.i:
            break
        t = t.head
    return t.dep_ == "relcl" and t.head.dep_ == "appos" and t.head.pos_ == "NOUN"
