"""A company the actor lists do not know, named as a party of an event by its registered name ("regulators opened an
investigation into Petrobras Holdings Inc"): a business (BUS), the way coding/resolve.py takes an unknown person named
as the one acted on for a private individual. The closing words are data (data/coding/firm_designators.tsv)."""
from __future__ import annotations

import functools
from typing import Optional

from eventwire.coding.tables import coding_table
from eventwire.model import Actor


@functools.lru_cache(maxsize=1)
def firm_designators() -> frozenset:
    """Words that close a company's registered name (case-sensitive), read once."""
    return frozenset(row[0] for row in coding_table("firm_designators.tsv") if row and row[0])


def unknown_firm(h, phrase) -> Optional[Actor]:
    """BUS for a proper-name phrase headed by `h` whose name ends in a company designator ("AMC Entertainment
    Holdings Inc", "Acme Corp."), else None. Only the name itself counts: the designator must be the last word of the
    head's run of proper nouns, so "the Corporation's workers" or "a limited offer" do not qualify."""
    if h.pos_ != "PROPN":
        return None
    last = next((t for t in reversed(phrase) if t.pos_ == "PROPN"), None)
    if last is None or last.text.rstrip(".") not in firm_designators():
        return None
    if not any(t.pos_ == "PROPN" and t.i < last.i and t.text.rstrip(".") not in firm_designators() for t in phrase):
        return None                   # "Holdings" alone is no name
    start, end = phrase.start_char, last.idx + len(last.text)
    from eventwire.nlp import doc_text
    text = doc_text(phrase.doc)[start:end]
    return Actor(code="BUS", country=None, sector="BUS", name=text, entity=None, text=text, start=start, end=end,
                 kind="sector",
                 why=f"'{text}': a company the actor lists do not know (its name ends in '{last.text}'): "
                     f"a business (BUS)")
