"""Roles stage: the people a noun of people held names as the ones held (issue 14, no target on detention).

A noun of people held (data/coding/roles.tsv `held-person`: "detainee", "prisoner", "captive") coded as the custody
of its holder, the event's doer ("Mugabe's detainees", "the prisoners held by the junta"), names the ones held: the
actor its own modifiers give ("the regime's Eritrean prisoners"), else, for a holder of a state's own sectors
(government, army, police, courts, intelligence, elite), that state's civilians: a state's detainees are its own
people unless the text says otherwise. Not for a holder of no state ("the militia's prisoners" may be anyone's),
nor for one whose sentence names a place of another country (held abroad), nor for several holders, nor where the
noun names the doer itself. Only acts of coercion, assault and force (CAMEO 17-20). (A pronoun possessor of an act
noun, "their arrests", is left alone: the pronoun's antecedent is as often the captor named just before as the
captives.)

    found = noun_captives(coder, cl, code, sources, ctx, sent)    # ([actors], how) or None
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_record import role_words
from eventwire.coding.same_party import is_source
from eventwire.model import Actor

_CODES = ("17", "18", "19", "20")
# the sectors of a state's own holders, whose detainees are its people where nothing else says whose
_STATE_HOLDERS = ("GOV", "MIL", "COP", "JUD", "SPY", "ELI")


def _held_people(coder, cl, sources, ctx, sent) -> Optional[tuple]:
    """([actors], how) for the people a noun of people held names ("Mugabe's detainees": Zimbabwe's civilians)."""
    noun = cl.pred
    if noun.lemma_.lower() not in role_words().get("held-person", ()) or not sources:
        return None
    own = [a for a in coder.actors_for(noun, ctx, sent, role="target") if a is not None and a.code
           and (a.country or a.entity) and not is_source(a, sources)]
    if own:
        return own, f"the people '{noun.text}' names"
    holder = sources[0]
    if len(sources) != 1 or not holder.country or holder.sector not in _STATE_HOLDERS:
        return None
    span = noun.sent
    if any(p.country and p.country != holder.country for p in ctx.places_in(span.start_char, span.end_char)):
        return None       # why: "the CIA officers holding the prisoners in eastern Syria": held abroad, anyone's
    held = Actor.national(holder.country, "CVL", name=None, entity=None, text=noun.text, start=noun.idx,
                          end=noun.idx + len(noun.text), kind="sector",
                          why=f"'{noun.text}': people held by '{holder.text}', a state's {holder.sector}: that "
                              f"state's civilians (CVL)")
    return [held], f"the people '{noun.text}' names, held by '{holder.text}'"


def noun_captives(coder, cl, code: str, sources, ctx, sent) -> Optional[tuple]:
    """([actors], how) for the people a noun of custody or force names as the ones it was done to (module doc), or
    None."""
    if cl.kind != "noun" or not code.startswith(_CODES):
        return None
    return _held_people(coder, cl, sources, ctx, sent)
