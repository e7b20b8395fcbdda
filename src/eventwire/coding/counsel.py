"""A warning from a voice that commands no force is counsel, not a threat.

PLOVER's THREATEN is a "coercive or forceful warning with serious potential repercussions": the one who warns must
be able to bring them about. "The former president warned the president to avoid military action", "a veteran
reporter warned me to be careful", "aid groups warned the minister against the cuts": a former office holder, a
reporter, a charity, a church, a firm or a party out of office can urge and advise (an appeal, 020), not threaten.
The subject kind `counsel` (coding/senses.py `subject_kinds`) marks such a speaker: one the actor lists name as of
such a sector, or one named as a former holder of their post ("the former president", "Carter, the former
president": a `left` word of data/coding/actor_country.tsv before the noun or its apposition). A speaker of a
government, its forces, police, courts or lawmakers, an armed group, an international body, a country, or one the
lists do not know (a bare pronoun) gets no such kind: "Ankara warned the rebels against any advance" stays a threat
(data/lexicon/13_threaten.tsv; the counsel rows are in 02_appeal.tsv).
"""
from __future__ import annotations

# sectors of data/actors whose members command no force of their own: former office holders (ELI), civilians,
# charities, the press, schools, doctors, churches, rights groups, firms, unions, refugees, farmers, greens, the
# opposition and party politicians out of office
_COUNSEL_SECTORS = frozenset({"ELI", "CVL", "NGO", "MED", "EDU", "HLH", "REL", "HRI", "BUS", "LAB", "REF", "AGR",
                              "ENV", "OPP"})


def counsel_kinds(tok, kinds, actor) -> frozenset:
    """{"counsel"} for a subject whose actor (the phrase's, as coding/senses.py resolved it) is of a sector that
    commands no force and that is no state, armed group or international body, or who is named as out of office;
    else none."""
    if tok.pos_ == "PRON" or "armed" in kinds:
        return frozenset()
    if _out_of_office(tok):
        return frozenset({"counsel"})
    if actor is None or kinds & {"state", "igo", "police", "country"}:
        return frozenset()
    if getattr(actor, "sector", None) in _COUNSEL_SECTORS and getattr(actor, "kind", None) != "country":
        return frozenset({"counsel"})
    return frozenset()


def _out_of_office(tok) -> bool:
    """Whether the noun, or a noun in apposition to it, has a `left` word before it ("the former president", "an
    ex-minister", "Carter, the former president")."""
    from eventwire.knowledge.actor_country import word_kinds
    left = word_kinds().get("left", frozenset())
    for noun in [tok] + [c for c in tok.children if c.dep_ == "appos"]:
        if any(c.dep_ in ("amod", "compound", "advmod") and c.i < noun.i and c.lower_.split("-")[0] in left
               for c in noun.children):
            return True
    return False
