"""How a clause's act is read: asserted, refused, intended or reported, and the code that reading gives.

The step of the coder (coding/coder.py) between the gate that keeps only acts (coding/clause_gate.py) and the
actors: a negated act refused is coded as the refusal, an intention as the matching 03x/13x code, an aim that
is no act of its own is dropped; a generic harm takes the code of its agent or instrument.
"""
from __future__ import annotations

from typing import Optional
from eventwire.coding.forecasts import scheduled_statement
from eventwire.coding.context import GENERIC_HARM, modal_code
from eventwire.coding.inserted_speech import inserted_speaker
from eventwire.coding.force_codes import not_intended, wmd_code
from eventwire.coding.force_readied import readied_force
from eventwire.coding.helping_force import helping_force


def act_reading(coder, cl, entry, code: str, rule: str, refusal: Optional[str]):
    """How the act is told and what it is coded as: asserted, refused, intended or reported; a generic harm
    made specific by its agent or instrument; a weapon of mass destruction. Returns (code, modality, rule, info),
    or None when the clause gives no event (an aim that is no act, an announced statement)."""
    modality = "asserted"
    if refusal is not None:
        code, modality = refusal, "refused"
        rule += f"; refusal ('{entry.id}' negated) -> {refusal}"
    elif cl.intent and (helping := helping_force(coder, cl, code)) is not None:
        if helping[0] is None:
            return None      # "will enter Idlib to support rebel forces": the support is the event
        code, modality = helping[0], helping[1]  # "will enter Iraq to help the Iraqi army": 0312
        rule += f"; {helping[2]}"
    elif cl.intent and (ready := readied_force(coder, cl, code)) is not None:
        code, modality = ready[0], ready[1]      # "troops are poised to storm Idlib": force posture, no threat
        rule += f"; {ready[2]}"
    elif cl.intent and not code.startswith("03") and not code.startswith("13") \
            and (aim := not_intended(coder, cl, code)) is not None:
        # "airstrikes to oust the fighters", "attempting to storm", "we will be forced to release them"
        if aim[0] is None:
            return None
        code, modality = aim[0], aim[1]
        rule += f"; {aim[2]}"
    elif cl.intent and not code.startswith("03") and not code.startswith("13"):
        intent_code = modal_code("intent", code, entry.id if code == entry.cameo else None)
        if intent_code is None or scheduled_statement(cl, code):
            return None      # an announced statement/demand is not coded as such
        code, modality = intent_code, "intent"
        rule += f"; intention ({'via ' + cl.intent_head.lemma_ if cl.intent_head is not None else 'future'}) -> {intent_code}" \
            + (f" ('{entry.id}': a publication announced is a statement)" if intent_code[:2] == "01" else "")
    elif cl.reported:
        modality = "reported"
    if modality == "asserted" and code in GENERIC_HARM:
        by = cl.subj if cl.subj is not None and coder._agent_code(cl.subj) else cl.weapon
        if by is None and entry.prep != "with" and cl.preps.get("with") is not None \
                and cl.preps["with"].pos_ == "NOUN":
            by = cl.preps["with"]   # the instrument: "shelled the town with mortars", "attacked it with drones"
        specific = coder._agent_code(by) if by is not None else None
        if specific:
            rule += f"; agent '{by.text}' -> {specific}"
            code = specific
    if modality == "asserted" and (cl.reported or inserted_speaker(
            next(t for t in (cl.anchor, cl.light_verb, cl.pred) if t is not None), coder.reporting) is not None):
        modality = "reported"   # "Paris, she said, had betrayed Mali"; an attempt or a purpose told under a
        #                         verb of saying ("'our units are trying to push them back,' Osman said")
    wmd = wmd_code(coder.lex, cl, code, cl.obj if entry.object and not cl.passive else None) \
        if modality in ("asserted", "reported") else None
    if wmd is not None:
        code = wmd[0]
        rule += f"; weapon '{wmd[1]}' -> {code}"    # "suffocated by the chemical attack"
    info = coder.ontology.cameo(code)
    if info is None:
        return None
    return code, modality, rule, info
