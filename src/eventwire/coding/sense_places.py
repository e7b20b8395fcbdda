"""Names of places the tagger took for something else, for the kinds of a verb's arguments (coding/senses.py): a town
tagged as a person ("capturing Tal Jibbin") or left untagged ("defended Kobani") that the document's place finder found
there, and a town tagged as a product or a work ("ousted from Manbij[PRODUCT] as an organised force") that the place
finder found, there or, word for word, elsewhere in the story."""
from __future__ import annotations

from eventwire.nlp import ent_at

# entity types the tagger gives a name that never make it an actor: such a name the place finder found is a place
NOT_ACTOR_TAGS = frozenset({"", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})


def found_place(coder, tok) -> bool:
    """Whether the name a PERSON-tagged token is part of is a place the document's place finder found (its places,
    indexed once per document: DocContext.places_in); none outside a document."""
    ctx = getattr(coder, "sense_ctx", None)
    if ctx is None or not getattr(ctx, "places", None):
        return False
    first = tok
    while first.i > 0 and first.ent_iob_ == "I" and first.doc[first.i - 1].ent_type_ == "PERSON":
        first = first.doc[first.i - 1]
    # (not a demonym the place finder read as its country: "Another Briton, Jack Letts, was captured")
    return any(p.end is not None and p.end >= tok.idx + len(tok.text) and not getattr(p, "demonym", False)
               for p in ctx.places_in(first.idx, tok.idx + 1))


def story_place(coder, tok) -> bool:
    """Whether a name the tagger took for a product or a work ("ousted from Manbij[PRODUCT]") is, word for word, a
    place the document's place finder found elsewhere in the story (not a demonym); none outside a document."""
    ctx = getattr(coder, "sense_ctx", None)
    if ctx is None or not getattr(ctx, "places", None):
        return False
    span = ent_at(tok.doc, tok.i)
    name = (span.text if span is not None else tok.text).lower()
    return any((getattr(p, "text", None) or "").lower() == name and not getattr(p, "demonym", False)
               for p in ctx.places)
