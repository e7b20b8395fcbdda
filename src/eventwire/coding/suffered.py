"""The people who suffered an act of force told by a noun in the phrase of a verb of suffering (data/coding/victims.tsv
`suffer-verb`): "Farah, who died in a US air strike", "a reporter perished in the shelling". The act is coded at the
verb with the noun's entry (coding/occurrences.py) and the verb's subject is who suffered it; when that subject names
no known actor, it is read as the patient of a killing is: a name the lists do not know is a private individual, a
noun for people civilians, a relative pronoun the one its clause is about (coding/victim_roles.py). A target stage
of coding/target_chain.py, asked after the fallbacks."""
from __future__ import annotations

from eventwire.coding.same_party import is_source
from eventwire.coding.victim_roles import victim_words

FORCE_ROOTS = ("18", "19", "20")


def suffered_by(coder, cl, code: str, sources, ctx, sent):
    """([actors], how) for the subject of the suffer-verb an act of force is coded at, or None: any other act, an
    act not coded at such a verb, an act whose doer its sentence does not name (a victim alone makes no event of a
    noun nobody is said to have done), a count, a subject that names no people (or names the doer itself)."""
    verb = cl.anchor
    if code[:2] not in FORCE_ROOTS or verb is None or cl.obj is None or verb.i == cl.pred.i or not sources:
        return None     # (an act with no doer of its own stays set aside: "her husband died in a bombardment")
    if cl.obj.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None     # ("between nine and 50 died": a count is the fallbacks' to read)
    lemma = verb.lemma_.lower()
    if lemma not in victim_words().get("suffer-verb", ()):
        return None
    victim = cl.obj
    found = [a for a in coder._victims(victim, cl, lemma, ctx, sent) if not is_source(a, sources)]
    if not found:
        return None
    return found, f"'{victim.text}', who suffered it ('{verb.text}'): the people it was done to"
