"""Police at work told by its doer: a raid or a swoop by the police is law enforcement, not military force.

"Armed police raided the hotel", "an FBI raid on the lawyer's office": a raid whose doer is the police or another
law-enforcement body (sector COP in data/actors: "police", "gendarmerie", "the FBI", "Scotland Yard") is coercion
by the state's law enforcers (root 17: a search, a seizure, an arrest), not an armed attack (190). The lexicon says
so with rows that test the subject kind `police` (`subj:@police`, data/lexicon/17_coerce.tsv); this module gives
that kind to a noun (coding/senses.py `noun_kinds`, so also to a subject and to an event noun's doer).
"""
from __future__ import annotations

_LAW_SECTORS = frozenset({"COP"})


def police_kinds(coder, tok, phrase_actor) -> frozenset:
    """{"police"} when the noun names a law-enforcement body: its own sector ("police", "the gendarmes") or that of
    the actor its phrase names ("the FBI", "Scotland Yard", "Turkish police"); else none."""
    if coder._sector_of(tok, None) in _LAW_SECTORS:
        return frozenset({"police"})
    # (a name the lists know with its article only: "an FBI raid" as "the FBI")
    actor = phrase_actor(coder, tok) or (coder.kb.resolve_phrase("the " + tok.text, 0, None, ())
                                         if tok.pos_ == "PROPN" else None)
    if actor is not None and getattr(actor, "sector", None) in _LAW_SECTORS:
        return frozenset({"police"})
    return frozenset()
