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
