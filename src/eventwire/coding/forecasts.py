"""Futures that are forecasts, not a party's announced intention (issue 14, "not an event"). A future act of a party
is its intention or threat only when that party, or someone speaking for it, says so; a future told by the writer or
quoted from an analyst of another side is a prediction (roles.py `_prediction` drops it; coder.py reads these):

- `quote_speaker`: who speaks a quotation the act stands in when no verb of saying governs the act's own clause
  ('"Once the monitors leave, the militia will storm the camps. Thousands will flee," said a former envoy'): the
  speaker of the quotation (knowledge/coref_quotes.py), to be compared with the act's doer as a governing speaker is;
- `writer_forecast`: a future the writer tells in his own voice, outside any quotation and any verb of saying, that
  carries a mark of a forecast: a likelihood adverb ("will probably", "will inevitably"), an aspect head that
  projects a course ("will continue to", "will live to"), or a condition ("will join the talks, particularly if
  the envoy is replaced", "will be squeezed between ... if the troops leave"). The words are the `forecast` rows of
  data/coding/complements.tsv (R: adverbs, V: heads). Scheduled acts the writer reports ("the minister will fly to
  Rome on Monday", "the council will meet next week") carry no such mark and stay intentions;
- `habitual`: a future with a frequency adverb ("they will often inform us", "the patrols will usually turn back"):
  what a party does as a rule (the `habit` rows of complements.tsv), not an act it announces;
- `clausal_doer`: a future act whose subject is a clause ("Cutting the garrison will embolden the militias and
  invite an attack"): what an act or a policy will bring about is a forecast of its consequences, whoever the clause
  names, not anyone's announced intention;
- `outside_voice`: a speaker who speaks for no party, named as one who comments on the parties or no longer holds the
  post named ("said an analyst", "said Jan Berg, a former envoy", "a lecturer at the institute said"; the rows of
  data/coding/outside_voices.tsv and the `onlooker` nouns of nouns.tsv): what such a speaker says another party will
  do is a forecast whatever the speaker's country.
"""
from __future__ import annotations

import functools
from typing import Optional

from eventwire.coding.tables import aux_words
from eventwire.coding.context import FIRST_PERSON

_TO_COME_AUX = aux_words("future", "would")
CONDITION_MARKS = frozenset({"if", "unless"})


def _has(pos: str, lemma: str) -> bool:
    from eventwire.coding.modality import _has as has
    return has(pos, "forecast", lemma)


def own_words(cl, sayer=None, ctx=None) -> bool:
    """Whether the doer is the speaker's own side by the words ("we will ...", "our forces will ..."). Under a verb
    of saying whose subject `sayer` is a third party told in the same words ('"They told us our families would kill
    us," a returnee said': the sayer inside the quotation), the "we" and "our" are the words of whoever reports the
    saying, not the sayer's: no own words then ('"Our forces will strike," the commander said' keeps them)."""
    subj = cl.subj
    if subj is None:
        return False
    coref = getattr(ctx, "coref", None)
    if sayer is not None and sayer.lower_ not in FIRST_PERSON and coref is not None \
            and coref.quote_at(sayer.idx) == coref.quote_at(subj.idx):
        return False
    if subj.lower_ in FIRST_PERSON and subj.pos_ == "PRON":
        return True
    return any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in subj.children)


THIRD_PERSON = frozenset({"they", "he", "she"})


def other_person(cl, sayer=None, ctx=None) -> bool:
    """Whether the doer and the one who says it will act are told in other persons in the same words: '"They
    told us our families would kill us if we came home"', '"He said we would attack the camp"' (a third-person
    sayer, a first-person doer, "we" or "our X"): what one party says another will do is its prediction or its
    claim, not the doer's announced intention or threat."""
    subj = cl.subj
    coref = getattr(ctx, "coref", None)
    if subj is None or sayer is None or sayer.lower_ not in THIRD_PERSON or sayer.pos_ != "PRON":
        return False
    if coref is not None and coref.quote_at(sayer.idx) != coref.quote_at(subj.idx):
        return False
    return (subj.lower_ in FIRST_PERSON and subj.pos_ == "PRON") or \
        any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in subj.children)


@functools.cache
def _voices() -> dict:
    from eventwire.coding.tables import kind_sets
    return kind_sets("outside_voices.tsv")


def outside_voice(tok) -> Optional[str]:
    """Why the speaker named at `tok` speaks for no party (see the module doc), or None: `tok`, its appositions and
    the noun it is in apposition to, with their compounds, looked up for a commentator's noun or a "former"."""
    from eventwire.knowledge.phrase_sides import onlooker_nouns
    if tok is None:
        return None
    voices = _voices()
    nouns = [tok] + [c for c in tok.children if c.dep_ == "appos"] + ([tok.head] if tok.dep_ == "appos" else [])
    nouns += [c for n in nouns for c in n.children if c.dep_ == "compound"]
    for n in nouns:
        if n.pos_ not in ("NOUN", "PROPN"):
            continue
        if n.lower_ in onlooker_nouns() or n.lemma_.lower() in voices.get("noun", ()) \
                or n.lemma_.lower() in onlooker_nouns():
            return f"said by '{n.text}', who speaks for no party: a forecast"
        mod = next((c for c in n.children if c.dep_ in ("amod", "compound", "advmod", "nmod")
                    and c.lower_ in voices.get("mod", ())), None)
        if mod is not None:
            return f"said by a '{mod.text} {n.text}', who speaks for no party: a forecast"
    return None


def habitual(anchor) -> Optional[str]:
    """Why a future act is a habit, not an intention (see the module doc), or None."""
    from eventwire.coding.modality import _has as has
    fut = _future_verb(anchor)
    if fut is None:
        return None
    for t in {anchor.i: anchor, fut.i: fut}.values():
        adv = next((c for c in t.children if c.dep_ == "advmod" and has("R", "habit", c.lower_)), None)
        if adv is not None:
            return f"'will {adv.text} {t.text}': a habit, not an announced intention"
    return None


def clausal_doer(cl) -> bool:
    """Whether the act's subject is a clause, not an actor (see the module doc)."""
    return cl.subj is not None and cl.subj.dep_ == "csubj" and cl.subj.pos_ in ("VERB", "AUX")


def quote_speaker_token(ctx, tok):
    """The token that names the speaker of the quotation `tok` stands in, or None."""
    coref = getattr(ctx, "coref", None)
    if coref is None:
        return None
    qi = coref.quote_at(tok.idx)
    return coref.speaker_token(qi) if qi >= 0 else None


def quote_speaker(ctx, tok) -> list:
    """The speaker of the quotation `tok` stands in, as a list of at most one Actor ([] when not quoted or unknown)."""
    coref = getattr(ctx, "coref", None)
    if coref is None:
        return []
    qi = coref.quote_at(tok.idx)
    if qi < 0:
        return []
    who = coref.speaker(qi)
    return [who] if who is not None and who.code else []


def _future_verb(tok):
    """The verb that carries the future auxiliary of `tok`'s clause: `tok` itself, or a governor up a chain of "to V"
    complements, purposes and conjuncts ("will continue to exploit ... to regroup"); None when there is none."""
    t = tok
    for _ in range(5):
        if any(c.dep_ == "aux" and c.lower_ in _TO_COME_AUX for c in t.children):
            return t
        if t.dep_ not in ("xcomp", "advcl", "conj") or t.head.i == t.i:
            return None
        if t.dep_ == "advcl" and any(c.dep_ == "mark" for c in t.children):
            return None
        t = t.head
    return None


def writer_forecast(cl, anchor) -> Optional[str]:
    """Why a future act told in the writer's voice is a forecast (see the module doc), or None. The caller has made
    sure that no verb of saying governs it and that it stands in no quotation."""
    if not cl.intent or cl.intent_head is not None or own_words(cl):
        return None
    fut = _future_verb(anchor)
    if fut is None:
        return None
    t = anchor
    while True:
        if t.i != fut.i and _has("V", t.head.lemma_.lower()) and t.dep_ in ("xcomp", "advcl"):
            return f"'{t.head.text} to {t.text}': a course the writer forecasts, not an announced intention"
        for c in t.children:
            if c.dep_ == "advmod" and _has("R", c.lower_):
                return f"'{c.text} {t.text}': a forecast, not an announced intention"
        if t.i == fut.i:
            break
        t = t.head
    for c in fut.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children):
            return f"'{fut.text} ... if': the writer's forecast under a condition, not an announced intention"
    return None


def in_main_clause(tok) -> bool:
    """Whether `tok` stands in its sentence's main clause (through conjuncts only): a doer-less future told there
    ("if the troops leave, the enclave will be crushed") is the writer's own; one in a content clause ("Canada's
    position is that they will be received") tells someone's stance."""
    t = tok
    while t.head.i != t.i:
        if t.dep_ != "conj":
            return False
        t = t.head
    return True


def scheduled_statement(cl, code: str) -> bool:
    """Whether a statement is only scheduled ("is set to give a parting address", "is due to give a press
    conference at noon"): a speech on the calendar, not an intention to cooperate with anyone (not coded)."""
    from eventwire.coding.conjectures import listed
    head, scheduling = cl.intent_head, listed("A", "scheduling")
    return code[:2] == "01" and head is not None and (head.lemma_.lower() in scheduling or head.lower_ in scheduling)
