"""The first gate of each clause the coder reads (coding/coder.py `code_sentence`): a clause that tells no act done
(irrealis, unasserted, a figure of speech, a word inside a name, a scene, a responsibility the writer judges another
to bear, a forcing with no one named, a purpose that is only an aim) yields no event. Each test lives in its own
module; this is their order.
"""
from __future__ import annotations

from eventwire.coding.backdrop_acts import backdrop
from eventwire.coding import figures, mentioned_acts, nonevent, nonevent_uses, standing_acts
from eventwire.coding.boasts import victory_boast
from eventwire.coding.talked_topics import generic_topic
from eventwire.coding.concurred import purpose_of_thing, purpose_told
from eventwire.coding.context import purpose_dropped, PURPOSE_INTENT_ROOTS
from eventwire.coding.force_codes import unnamed_forcing
from eventwire.coding.judged_blame import judged_bearer
from eventwire.coding.unacted import unacted
from eventwire.coding.unheld_states import unheld
from eventwire.coding.verb_readings import purpose_shown
from eventwire.coding.verdicts import felt_blow, outcome_verdict


def not_an_act(coder, cl, entry, ctx, force_purpose_of: set) -> bool:
    """Whether the clause `cl` read with lexicon row `entry` tells no act; a purpose clause of an act of force adds
    its governing verb to `force_purpose_of` (a trip made to fight is no visit: coding/acts.py)."""
    if cl.irrealis:
        return True          # "urged Iraq to withdraw", "the ability to strike", "it is illegal to detain"
    if nonevent.unasserted(cl):
        return True          # "Turkey has concerns", "in case Isis raided", "she claimed she was threatened"
    if mentioned_acts.unasserted(cl, entry.cameo, coder.lex):
        return True          # "stepped back from his promise to fire", "polling shows 22% support strikes", "as
        # premature as Bush's claim", "critics of the Iran deal", "a resolution permitting aid", "otherwise, it is a war"
    if standing_acts.unasserted(cl, entry.cameo):
        return True          # "they lack medicine to treat the wounded", "we consider it part of the occupation", "the
        # leader now imprisoned", "they get killed", "the building they were guarding", "militias fighting in Syria"
    if figures.figure(cl) or figures.abstract_doer(cl, entry.cameo, coder.lex) \
            or figures.abstract_object(cl, entry.cameo, coder.lex) or figures.hedged(cl) or figures.mental(cl) \
            or figures.adverse_doer(cl, entry.cameo, coder.lex, lambda t: coder._sector_of(t, ctx)) \
            or figures.idiom(cl, lambda t: coder._sector_of(t, ctx)):
        return True          # "in a sense, he handed the region to its enemies", "the policy handed Isis a victory",
        # "fought a UN attempt to ...", "the sanctions hit home", "all but declared war", ", fearing the militia"
    if victory_boast(cl, ctx):
        return True          # '"We have defeated the militia," the president tweeted': a boast, the claim is the act
    if outcome_verdict(cl, ctx) or felt_blow(cl):
        return True          # "Trump said the group had been defeated": a verdict; '"We're crushed," a fan said'
    if generic_topic(cl):
        return True          # "what is at stake when we talk about an invasion": a topic of talk, no act told
    if purpose_of_thing(cl, entry) or purpose_told(cl):
        return True          # "a pact intended to curb smuggling": what a thing is for, no intent declared;
        # "airstrikes designed to terrorise the villagers": what the strikes were for, no act of its own
    if nonevent_uses.in_name(cl, ctx):
        return True          # "the Syrian civil defense said": the noun is part of a name
    if nonevent_uses.siege_scene(cl, lambda t: coder._sector_of(t, ctx), coder._armed):
        return True          # "surrounded by wary onlookers": a scene, not a siege
    if judged_bearer(coder, cl, entry):
        return True          # "it is no surprise that Moscow bears the responsibility": the writer's judgement
    if unacted(cl, coder.lex, lambda t: coder._sector_of(t, ctx)):
        return True          # "the presence reassured allies", "when we bargain, they grow bolder", "stood by as"
    if unheld(cl, coder.lex, lambda t: coder._sector_of(t, ctx), ctx):
        return True          # "the logic of 'Assad or we burn the country'", "despite reports that he was killed",
        # "commanders often find ways, sometimes bringing in forces", "the US has its own divide, slashing through"
    if backdrop(cl, entry.cameo, coder.lex, lambda t: coder._sector_of(t, ctx)):
        return True          # "after the group is finally pushed out", "with the militia crushed", "the offensive
        # threatens the town", "defences were needed to protect", "ending the bloodshed is an imperative"
    if unnamed_forcing(cl):
        return True          # "was obliged to withdraw": no one named forcing; the withdrawal is coded
    if cl.purpose and not cl.intent and purpose_dropped(entry.cameo) \
            and not (entry.cameo[:2] == "05" and purpose_shown(cl.governor)):
        if cl.governor is not None and entry.cameo[:2] in PURPOSE_INTENT_ROOTS:
            force_purpose_of.add(cl.governor.i)     # (a trip made to fight is no visit: acts.py)
        return True          # "sent troops to fight Isis": an aim, not an act done ("marched to protest" stays,
        # and so do "rallied to support the president", "phoned him to congratulate him": the act itself)
    return False
