"""The party an attack is aimed at, read from the defence it is warded off by (issue 14): "guards protected the
provincial office against an Al-Shabaab raid", "villagers defend their land from army attack", "troops shielded
the city from a Russian assault". An act of force named by a noun in the "against"/"from" phrase of a `defence-verb`
(data/coding/roles.tsv: defend, protect, shield, guard, fight, battle: "guerrillas who fought against the army's
raid") is aimed at those who defend against it: the defence verb's
subject (through control: "vowed to protect their towns from an offensive"), else the party it defends, where the
defenders name no actor ("medics went north to help protect the Tamil town from an army assault": the Tamils). An
act noun that is the object of a `repel-verb` ("helped the YPG repel Turkey's attack", "fended off an assault by
Isis") is aimed at that verb's subject the same way (not "foiled an attack": the police who foil a plot are not its
target). Not when the verb's subject is the noun's own doer (the coder leaves a target equal to the source out
anyway), nor for a passive defence verb, whose subject is the ground defended.
"""
from __future__ import annotations

from eventwire.coding.clause_record import role_words

DEFENCE_PREPS = ("against", "from")


def defended_by(noun) -> list:
    """The tokens of the defenders of a defence verb whose "against"/"from" phrase names the act noun `noun`, or of a
    repel verb whose object it is: the verb's subject, then (for a defence verb) its object; [] for none."""
    prep = noun.head
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and repel_verb(noun.head):
        verb, defended = noun.head, None
    elif noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in DEFENCE_PREPS:
        return []
    else:
        verb = prep.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in role_words().get("defence-verb", ()):
            return []
        defended = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []
    from eventwire.coding.clause_args import subject_of     # (lazy: clause_args imports the noun modules)
    subj, _ = subject_of(verb)
    out = [subj] if subj is not None and subj.lower_ not in ("that", "which", "who", "what") else []
    return out + ([defended] if defended is not None else [])


def repel_verb(verb) -> bool:
    """Whether a verb, with its particle, wards off the act its object names (roles.tsv `repel-verb`: "repel",
    "fend off", "beat back")."""
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    words = role_words().get("repel-verb", ())
    return verb.lemma_.lower() in words or (prt is not None and f"{verb.lemma_.lower()} {prt}" in words)
