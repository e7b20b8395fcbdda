"""The sense of a noun of lifting or removing (CAMEO 085, easing sanctions: "the removal of sanctions", "the lifting of
the embargo", "an easing of restrictions"): it eases sanctions only when what it removes is a measure.

The lexicon's 085 rows for such a noun (removal, lifting, easing) code whatever it removes. What the noun removes is
its "of" phrase, its possessor or a noun before it; when that is no measure (data/lexicon/argument_kinds.tsv
`measure`: sanctions, a ban, an embargo, restrictions, ...; or a `lifted-measure` word of data/coding/roles.tsv: a
siege, a blockade, a curfew), the 085 rows are dropped: "the president's removal", "the removal of the militants from
the town", "an easing of tensions" ease no sanctions. A noun that names nothing it removes keeps its rows.
"""
from __future__ import annotations

from eventwire.coding.clause_record import role_words

EASE_CODE = "085"
LIFTED_EXTRA = role_words().get("lifted-measure", frozenset())


def _removed(noun):
    """The head of what the noun removes: its "of" object, its possessor, or a noun before it; None if none."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    for c in noun.children:
        if c.dep_ == "poss" or (c.dep_ == "compound" and c.i < noun.i and c.pos_ in ("NOUN", "PROPN")):
            return c
    return None


def _measure(coder, tok) -> bool:
    words = {tok.lemma_.lower(), tok.lower_}
    return bool(words & LIFTED_EXTRA) or any("measure" in coder.lex.word_kinds(w) for w in words)


def measure_entries(coder, entries, noun):
    """The noun's rows without its 085 rows when what it removes is no measure (module doc)."""
    if not entries or not any(e.cameo.startswith(EASE_CODE) for e in entries):
        return entries
    removed = _removed(noun)
    if removed is None or _measure(coder, removed):
        return entries
    return [e for e in entries if not e.cameo.startswith(EASE_CODE)]
