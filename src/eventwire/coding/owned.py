"""Whether a noun argument is its holder's own: "dismantle its armed wing", "disband their militias".

A noun owned through a possessive pronoun (its, their, his, her, our, my) is, as a verb's argument, most often
the subject's own thing: dismantling it is standing down (0873), where dismantling another's network, cell or
caliphate is an act against that other (`190.dismantle-foe`). The kind `own_possessed` (lexicon rows with
`@own_possessed`, docs/DATA.md "Argument senses") says so; who the pronoun stands for is not asked.
"""
from __future__ import annotations

OWN_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my"})


def owned_kinds(tok) -> frozenset:
    """{"own_possessed"} when the noun has a possessive pronoun of its own ("its network", "their own cells"),
    else nothing."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return frozenset()
    if any(c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in tok.children):
        return frozenset({"own_possessed"})
    return frozenset()


NAMING_ENTS = frozenset({"NORP", "ORG", "GPE"})


def named_group_kinds(tok, kinds) -> frozenset:
    """{"named_group"} for a body of people (argument kind `group_body`: group, faction, organisation) that a name
    or a people before it says is someone's ("Armenian groups", "Boko Haram factions", "the Basque organisation"),
    not the holder's own: dismantling it is force against that side (`190.dismantle-foe`), where "dismantled the
    advisory group" or "their factions" is not."""
    if "group_body" not in kinds or "own_possessed" in kinds:
        return frozenset()
    if any(c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < tok.i and c.ent_type_ in NAMING_ENTS
           for c in tok.children):
        return frozenset({"named_group"})
    return frozenset()
