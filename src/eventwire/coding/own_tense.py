"""A verb set against the one before it with "but" keeps its own polarity.

"Germany will not join the strikes, but supports the inquiry": the second verb has a tense of its own (it shares no
auxiliary: "supports", not "support") and "but" sets it against the first, so the first's negation ("will not") is
not its own: support (051), not a refusal of support. A base-form conjunct ("will not recognise Kosovo or send an
envoy") shares the auxiliary and its negation; so does a tensed one joined by "and" (coding/clause_modality.py).
"""
from __future__ import annotations

_CONTRAST = frozenset({"but", "yet"})


def contrasted_tense(tok, head) -> bool:
    """Whether conjunct `tok` has a tense of its own (VBD, VBZ, VBP) while the verb `head` it is joined to has an
    auxiliary, with "but" or "yet" between them."""
    return tok.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ == "aux" for c in head.children) and any(
        c.dep_ == "cc" and c.lower_ in _CONTRAST and head.i < c.i < tok.i for c in head.children)
