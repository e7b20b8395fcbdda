"""Clauses, arguments stage: an act's directed phrase that the parser hung on a word between the act and the phrase.

- A time phrase takes no "against" phrase of its own ("could begin a raid at any moment against the
  gangs": against the gangs, not the moment); the nouns of such phrases are data/coding/roles.tsv `time-noun`,
  besides any the parser marks as a date or time.
- A participle that only names the act takes no directed phrase of its own ("launched an offensive – codenamed
  Operation Spring – on the town", "an assault, dubbed X, against the rebels"): `naming-verb`.

Only where the act has no phrase with that preposition of its own. clause_args.place_hung_preps (the same for a
place) and clauses.verb_clause ask this module."""
from __future__ import annotations

from eventwire.coding.clause_record import _ROLES

TIME_NOUNS = _ROLES.get("time-noun", frozenset())
NAMING_VERBS = _ROLES.get("naming-verb", frozenset())
_DIRECTED = ("against", "on", "into")


def _pobj(prep):
    return next((g for g in prep.children if g.dep_ == "pobj"), None)


def time_hung(preps: dict) -> dict:
    """`preps` with an "against" phrase hung on the noun of a time phrase ("at any moment against X") added."""
    if "against" in preps:
        return preps
    for p, noun in preps.items():
        if noun is None or not (noun.lemma_.lower() in TIME_NOUNS or noun.ent_type_ in ("DATE", "TIME")):
            continue
        hung = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "against"), None)
        if hung is not None and (o := _pobj(hung)) is not None:
            return {**preps, "against": o}
    return preps


def name_hung(verb, obj, preps: dict) -> dict:
    """`preps` of `verb`, with a directed phrase hung on a participle that names the act or its object's act added
    ("launched an offensive – codenamed X – on the town")."""
    for c in [c for t in (verb, obj) if t is not None for c in t.children]:
        if c.dep_ not in ("conj", "acl", "advcl", "appos") or c.lemma_.lower() not in NAMING_VERBS or c.i < verb.i \
                or c.tag_ not in ("VBN", "VBD") or any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children):
            continue                     # (a participle with no subject or tense of its own: "– codenamed X –")
        for g in c.children:
            if g.dep_ == "prep" and g.lower_ in _DIRECTED and g.lower_ not in preps \
                    and (o := _pobj(g)) is not None and o.ent_type_ not in ("DATE", "TIME"):
                preps = {**preps, g.lower_: o}
    return preps
