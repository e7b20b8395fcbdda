"""Roles stage: the people an act that is no act of force was done to (issue 14, no target).

An appeal, a meeting or a questioning (the roots of data/coding/victims.tsv `person-root`) whose object names no known
actor but names people ("the agencies met informants in the camps", "officers questioned three teenagers") is done
to those people, a civilian target (CVL), as the patient of a capture is (Roles._victims, with `people`: a `person`
word, the people counted or described by age before, "the two men", a relative "whom" on such a word; the patient a
coordinated passive shares, "were thought to be hiding, and have since been questioned": Roles._shared_patient). Their
country is placed as the victims of force are, never from their doer's own words (knowledge/victim_country.py, `people_act`):
"British officers met informants in Libya" is LBYCVL, "British officers met informants" no country. Never people the
object's possessor owns ("urged its followers to fight": the possessor's own side), nor members "of" a named body
("met members of the Popular Front": the body's, or no one), nor the act's own subject; an appeal or meeting (note
`doer`) only with a known doer ("volunteers are asked to ..." is no event of anyone's), or, in the passive, one the
place supplies later (a verdict or charge with no court named: "three women were convicted in Oslo").

    found = people_patient(coder, cl, code, patient, sources, ctx, sent)   # ([actors], how) or None
"""
from __future__ import annotations

import functools
from typing import Optional

from eventwire.coding.context import _coding_table

PEOPLE_MARK = "coding/people_patients.py"
# roots of aid, whose object may be the thing given and its "to" phrase the people given it
_GIVEN_TO = ("07",)


@functools.cache
def person_roots() -> dict:
    """{CAMEO root: note} from data/coding/victims.tsv `person-root`."""
    return {word: note for word, kind, note, *_ in _coding_table("victims.tsv") if kind == "person-root"}


def _implied_doer(cl, code: str) -> bool:
    """Whether a passive act with no doer named gets one later from where it happened (a court's verdict, a
    prosecutor's charge: knowledge/implicit_agents.py), so that "two men were convicted" has a known doer."""
    if not cl.passive or cl.kind != "verb":
        return False
    from eventwire.knowledge.implicit_agents import implicit_sector
    return implicit_sector(code, cl.pred.lemma_.lower()) is not None


def people_patient(coder, cl, code: str, patient, sources, ctx, sent) -> Optional[tuple]:
    """([actors], how) for the people the act of clause `cl` (coded `code`) was done to (module doc), or None."""
    note = person_roots().get(code[:2]) if cl.kind == "verb" else None
    if note is None or (note == "doer" and not sources and not _implied_doer(cl, code)):
        return None
    tok = cl.obj if not cl.passive else patient
    if tok is None and cl.passive:
        tok = coder._shared_patient(cl)     # "were thought to be hiding, and have since been questioned"
    if tok is not None and not cl.passive and cl.subj is not None and tok.i == cl.subj.i:
        tok = None                          # (a passive's subject is its patient: "three women were convicted")
    # aid whose object is the thing given: the people of its "to" phrase ("gave care to the survivors")
    given = cl.preps.get("to") if code[:2] in _GIVEN_TO and not cl.passive else None
    for cand in [t for t in (tok, given) if t is not None]:
        found = _people(coder, cl, cand, sources, ctx, sent)
        if found:
            return found, f"the people '{cl.pred.text}' was done to ('{found[0].text}': {PEOPLE_MARK})"
    return None


def _people(coder, cl, tok, sources, ctx, sent) -> list:
    """The people `tok` names as the ones the act of `cl` was done to, or []."""
    head = tok.head.head if tok.lower_ in ("who", "whom", "that") and tok.head.dep_ == "relcl" else tok
    if any(c.dep_ == "poss" for c in head.children):
        return []                      # ("urged its followers": the possessor's own people)
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
           for c in head.children):
        return []                      # ("members of the Popular Front": the body's)
    return [a for a in coder._victims(tok, cl, cl.pred.lemma_, ctx, sent, people=True)
            if not any(a.code == s.code and a.start == s.start for s in sources)]


def people_act(event) -> bool:
    """Whether an event's target is the people this module found (their country is then placed as victims' are:
    knowledge/victim_country.py)."""
    return (event.cameo or "")[:2] in person_roots() and event.target is not None \
        and f": {PEOPLE_MARK})" in (event.rule or "")
