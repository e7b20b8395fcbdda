"""Clauses, status stage (after the modality stage, coding/clause_modality.py): the status a clause takes from what
governs it (`apply_status`, from coding/modality.py `inherited_status`: an irrealis complement, an announced
intention, a purpose), or from the noun an "-ing" participle or a present restrictive relative describes inside a
clause that asserts no act (`_described_status`); also a duty given ("tasked with ...ing", verb_readings.task_given).
"""
from __future__ import annotations

from eventwire.coding import modality as assertion, sought
from eventwire.coding.clause_modality import _climb_modality
from eventwire.coding.clause_record import PASSIVE_SUBJ_DEPS, SET_OFF, SUBJ_DEPS, Clause, _is_verbal
from eventwire.coding.verb_readings import task_given


def _described_status(verb):
    """An "-ing" participle that only describes a noun ("their citizens fighting in Syria") inside a clause that
    asserts no act ("Trump's demand that Britain repatriate its citizens fighting in Syria", "Kenya could extradite
    men fighting in Somalia") names no act the text asserts either: ("irrealis", why, host verb), or (None, "", None).
    So does a restrictive relative clause in the simple present ("she would be dealing with parties she accepts as
    lawful"). (Not a past participle, nor a past or non-restrictive relative clause: "fighters captured by the
    SDF", "the group, which killed 12" in the same place report acts done.)"""
    participle = verb.dep_ == "acl" and verb.tag_ == "VBG" \
        and not any(c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS | {"aux", "auxpass", "mark"} for c in verb.children)
    relative = verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP") \
        and not any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children) \
        and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text not in SET_OFF \
        and not sought.named_doer_relative(verb)     # ("the cleric that Erdogan blames": told of Erdogan)
    if not (participle or relative):
        return None, "", None
    noun = verb.head
    if relative and any(i > 0 and noun.doc[i - 1].text in SET_OFF for i in (noun.i, noun.left_edge.i)):
        return None, "", None            # "... with Iran -- something Riyadh declines to do": an aside, asserted
    host = noun.head if noun.dep_ in ("dobj", "nsubj", "nsubjpass") else \
        noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    if host is None or not _is_verbal(host) or host.i == verb.i:
        return None, "", None
    kind, why, gov = assertion.inherited_status(host)
    if kind == "irrealis":
        return kind, f"describes '{noun.text}' in '{host.text}', {why}", gov
    if kind is None and _climb_modality(host)[1]:
        return "irrealis", f"describes '{noun.text}' in the hypothetical '{host.text}'", host
    return None, "", None


def apply_status(cl: Clause, verb) -> Clause:
    """Mark a clause whose governor says the text does not assert it (coding/modality.py: status): an irrealis
    complement ("urged Iraq to withdraw", "the ability to strike"), an announced intention ("the decision to
    withdraw") or a purpose ("sent troops to fight")."""
    kind, why, gov = assertion.inherited_status(verb)
    if kind is None:
        kind, why, gov = _described_status(verb)
    if kind is None and task_given(verb):
        kind, why, gov = "irrealis", f"'{verb.text} with ...ing': a duty given, not a legal charge", verb
    cl.governor = gov
    if kind == "irrealis":
        cl.irrealis = why
    elif kind == "intent":
        if not cl.intent:
            cl.intent, cl.intent_head = True, gov
        if cl.subj is None and gov is not None:
            # "Trump's decision to withdraw", "the US decision to expel": the one who decided
            own = next((c for c in gov.children if c.dep_ == "poss"), None) or next(
                (c for c in gov.children if c.dep_ in ("compound", "amod") and c.i < gov.i
                 and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "ORG"))), None)
            if own is not None:
                cl.subj, cl.subj_rule = own, f"possessor of '{gov.text}'"
    elif kind == "purpose":
        cl.purpose = why
    return cl
