"""An act of force done to someone described by a noun that names no kind of people, their name in apposition (issue 14).

"Another cousin of the preacher, Omar Haddadi, was killed in a drone strike": the argument's head is a noun that
neither the actor lists nor the victim words take as people ("cousin" with "another"), but the name set off beside
it says who was hit. A person the lists do not know, named as the one acted on, is a private individual (CVL), as
when the name is the argument itself (resolve.py); the country comes from the story's description of that person
(knowledge/unknown_origin.py). Asked by coding/victim_roles.py only where the noun alone names no kind of people:
"a 52-year-old tailor, X" stays the described civilian, placed where the act was.
Only a singular common noun with a single personal name right after a comma (or after the name in its "of" phrase,
"another friend of Karimi, Tariq Aziz,": a personal name is no apposition to another name), the apposition closed by punctuation or the sentence's end; a noun that resolves to an actor keeps its own code.
"""
from __future__ import annotations

from typing import Optional


def apposed_person(h) -> Optional[object]:
    """The span of the personal name in apposition to the common noun `h`, or None."""
    if h.pos_ != "NOUN" or h.tag_ != "NN":
        return None
    ap = next((c for c in h.children if c.dep_ == "appos" and c.i > h.i), None)
    if ap is None:
        # "another friend of Karimi, Tariq Aziz,", "a resident of Taiz, Ali Saleh,": the parser hangs the person's
        # name on the name of the "of" phrase before it; a personal name describes no other name, so it names the
        # noun's person
        of = next((g for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"), None)
        if of is not None and of.pos_ == "PROPN":
            ap = next((c for c in of.children if c.dep_ == "appos" and c.i > of.i), None)
    if ap is None or ap.pos_ != "PROPN" or ap.ent_type_ != "PERSON" or ap.conjuncts:
        return None
    left = min([ap] + [c for c in ap.lefts if c.dep_ in ("compound", "flat")], key=lambda t: t.i)
    doc = ap.doc
    if left.i < 1 or doc[left.i - 1].text != ",":
        return None                 # (only a name set off by a comma: "the cousin, X,")
    span = doc[left.i: ap.i + 1]
    if any(t.is_punct or t.ent_type_ != "PERSON" for t in span):
        return None
    after = doc[ap.i + 1] if ap.i + 1 < len(doc) else None
    if after is not None and not after.is_punct:
        return None                 # ("a cousin, Omar Haddadi said": a new clause's subject)
    return span
