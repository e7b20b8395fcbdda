"""Acts cast in a body a member sits in (data/coding/roles.tsv `forum-act`: "veto"). The body named before the act
noun ("its Security Council veto", "a UN veto") is where the act is cast, not who cast it: it is neither the act's
doer nor the author an answer to the act is aimed at. A state or people named there ("a US veto", "the Russian
veto") still casts it. Sentences written for tests/test_forum_acts.py."""
from __future__ import annotations

from eventwire.coding.clause_record import role_words


def forum_act(noun) -> bool:
    """Whether `noun` is an act cast in a body ("veto")."""
    return noun.lemma_.lower() in role_words().get("forum-act", frozenset())


def forum_modifier(noun, mod) -> bool:
    """Whether `mod`, a name before the act noun, is the body the act is cast in ("its Security Council veto"): an
    organisation's name, not a state's or a people's."""
    if not forum_act(noun) or mod.i > noun.i:
        return False
    return mod.ent_type_ not in ("GPE", "NORP")


def forum_caster(noun):
    """Who casts a forum act whose modifier is only the body and whose possessor is a pronoun ("its UN veto"): the
    named possessor of the noun it is the "of" phrase of ("Moscow's use of its UN veto": Moscow), else the pronoun;
    None for any other act."""
    if not forum_act(noun):
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or poss.pos_ != "PRON" or not any(
            c.dep_ in ("compound", "amod", "nmod") and forum_modifier(noun, c) for c in noun.children):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        owner = next((c for c in noun.head.head.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ in ("PROPN", "NOUN"):
            return owner
    return poss
