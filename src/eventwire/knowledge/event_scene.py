"""Event location: the ground a clause on the event's own scene names.

An act often happens "in" or "during" a wider happening whose relative clause or participle says where it was:
"more than 300 people have been killed in violence that has gripped northern X", "were killed in air raids which
hit the neighbourhoods of X and Y", "died in attacks launched by government jets on the town of X". The place is
then no actor of the clause ("gripped X" is no act done to X's government) but the ground the happening, and so
the act inside it, took. `scene_ground` scores such a place for event_attach._place_score (the nouns and the
prepositions are the lists scene_nouns, scene_in_preps of data/places/words.tsv, with the attack and battle nouns).
"""
from __future__ import annotations

from eventwire.knowledge.place_words import _BATTLE_NOUNS, _STRONG_PREPS, _WORDS

_SCENE_NOUNS = _BATTLE_NOUNS | _WORDS["scene_nouns"]
_IN_PREPS = _WORDS["scene_in_preps"]
_PERSON_LABELS = ("PERSON", "NORP", "ORG")
_RELATIVE_TAGS = ("WDT", "WP")       # "that", "which", "who"


def _np_top(h):
    """The head of the noun phrase the place at h names or is part of ("northern X", "the neighbourhoods of X and
    Y", "X's old city")."""
    t = h
    for _ in range(6):
        if t.dep_ in ("compound", "amod", "nmod", "appos", "conj", "poss") and t.head.i != t.i and t.head.i != h.i:
            t = t.head
        elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN"):
            t = t.head.head
        else:
            break
    return t


def _scene_of(noun, trig) -> bool:
    """Is noun a word for a violent happening that the event's trigger happened in ("killed in violence", "died
    during clashes", "wounded amid air strikes")?"""
    word = noun.lemma_.lower()
    if word not in _SCENE_NOUNS and noun.lower_ not in _SCENE_NOUNS:
        return False
    if noun.dep_ != "pobj" or noun.head.lower_ not in _IN_PREPS:
        return False
    owner = noun.head.head
    return owner.i == trig.i or trig.dep_ == "conj" and owner.i == trig.head.i


def scene_ground(h, trig, p=None) -> float:
    """How well the place at h (the Place p) locates the event through the clause on the happening it took place
    in: 1.2 for the object of that clause's verb ("violence that has gripped X"; not a whole region, "a conflict
    which has split the Middle East": how far it reached), 2.0 for its "in/at/on X" ("attacks launched on the town
    of X", "a raid that targeted a convoy in X"); else 0. Not a purpose ("the conflict ... to control X": the
    ground it aims at, not where it was)."""
    top = _np_top(h)
    if top.ent_type_ in _PERSON_LABELS and top.i != h.i:
        return 0.0
    if top.dep_ == "dobj":
        if p is not None and p.feature in ("region", "continent"):
            return 0.0
        verb, score = top.head, 1.2
    elif top.dep_ == "pobj" and (top.head.lower_ in _STRONG_PREPS or top.head.lower_ == "on"):
        verb, score = top.head.head, 2.0
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "nsubjpass"):
            verb = verb.head      # "a raid that targeted their convoy in X": the parser hung "in" on the convoy
    else:
        return 0.0
    if verb.dep_ not in ("relcl", "acl") or verb.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return 0.0
    # the happening itself acts in the clause ("violence that gripped X", "raids launched on X"); not another doer
    # ("violence that Kenya blamed on ...", "the war, when it also seized X": another act in the same war)
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl" and not (subj and all(c.tag_ in _RELATIVE_TAGS for c in subj)) \
            or verb.dep_ == "acl" and subj:
        return 0.0
    return score if _scene_of(verb.head, trig) else 0.0
