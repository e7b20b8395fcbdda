"""A relative clause the parser hung on the sentence's verb (issue 14, no target): "strained over US assistance to
Kurdish militia within Syria that Ankara is fighting", parsed with "fighting" an adverbial clause of "strained" and
"that" its object. The relative pronoun stands for the noun right before it, or, where that noun is a place in an
"in"/"within"/"inside" phrase ("militia within Syria"), for the noun the phrase follows: the militia Ankara fights,
not Syria.

    noun = hung_relative_object(verb, obj)     # asked by clause_args.object_of for an object "that"/"which"
"""
from __future__ import annotations

from typing import Optional

PLACE_PREPS = ("in", "within", "inside")


def hung_relative_object(verb, obj) -> Optional[object]:
    """The noun a relative "that"/"which" object (tagged a pronoun or, as often, a conjunction) of a verb that heads no
    relative clause stands for (module doc), or None: only where the pronoun comes before the verb, with the verb's
    own subject between them, right after a noun."""
    if obj is None or obj.lower_ not in ("that", "which") or obj.tag_ == "DT" or verb.dep_ == "relcl" \
            or obj.i == 0 or obj.i > verb.i:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not obj.i < subj.i < verb.i:
        return None
    before = obj.doc[obj.i - 1]
    if before.pos_ not in ("NOUN", "PROPN"):
        return None
    if before.ent_type_ in ("GPE", "LOC") and before.dep_ == "pobj" and before.head.lower_ in PLACE_PREPS \
            and before.head.i > 0:
        noun = obj.doc[before.head.i - 1]       # ("militia within Syria that ...": the militia)
        return noun if noun.pos_ in ("NOUN", "PROPN") else None
    return before
