"""Verbs of agreeing and intending that state no act (issue 14, not an event): a bare "agreed" that concurs with
words just quoted, and a passive "intended" that says what a thing was for.

    events = concurring_drops(sdoc, events)    # after earlier_act_targets (coding/earlier_acts.py)
    purpose_of_thing(cl, entry)                # in the clause gate (coding/clause_gate.py)
    purpose_told(cl)                           # in the clause gate

"'The talks will fail,' said a Basque councillor. Ane Etxeberria, a party leader, agreed." tells that the second
speaker shares the first one's view: no agreement to cooperate (030). A `concur` verb of data/coding/non_events.tsv
("agree", "concur") is dropped when it is told bare and answers nothing:
- its event has no target (coding/earlier_acts.py found no bid before it: "Russia offered to remove the stockpile.
  Obama agreed." answers the offer and stays);
- the verb heads its sentence (or is coordinated with the verb that does) and names nothing agreed: no object,
  complement, clause or phrase other than one of time ("agreed on Tuesday");
- someone's words come just before it: its sentence before the verb, or the sentence before, holds a quotation mark
  or a reporting verb ("said", "argued").
"Turkey and Russia will patrol the zone, the two leaders agreed" (the verb reports the clause before it: not its
sentence's head) stays an agreement.

A `purposing` verb of non_events.tsv ("intend", "mean", "design") read as an intent (03) in the passive, or as a
past participle on a noun, says what a thing or an act was for: "a pact intended to curb smuggling", "regardless of
how it was intended", "the raids were designed to deter": no one declares an intent (the act itself, where there is
one, is coded by its own verb). "Chile intends to reopen its embassy" (active) stays an intent. The "to V" of such a
participle on a noun is no act either (`purpose_told`): "the bombing of schools designed to terrorise the people",
"airstrikes intended to intimidate the villagers" tell the bombing, the airstrikes; terrorising is what they were for,
no threat (13) of its own with no doer.
"""
from __future__ import annotations

from eventwire.coding.nonevent import _is
from eventwire.model import Event

QUOTES = frozenset('"“”‘’\'')
NAMING = frozenset({"dobj", "xcomp", "ccomp", "nsubjpass", "advcl", "pcomp", "attr", "oprd", "acomp", "dative"})


def _bare(t) -> bool:
    if t.pos_ != "VERB" or t.dep_ not in ("ROOT", "conj") or (t.dep_ == "conj" and t.head.dep_ != "ROOT"):
        return False
    for c in t.children:
        if c.dep_ in NAMING:
            return False
        if c.dep_ == "prep" and not any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children):
            return False           # "agreed to the plan", "agreed with the envoy": something agreed is named
    return True


def _words_before(t, sdoc) -> bool:
    """Whether someone's words are told just before t: in its sentence before it, or in the sentence before."""
    from eventwire.coding.lexicon import default_lexicon
    sent = t.sent
    span = list(sdoc[sent.start:t.i])
    if sent.start > 0:
        span += list(sdoc[sent.start - 1].sent)
    reporting = default_lexicon().reporting_verbs
    return any(x.text in QUOTES or (x.pos_ == "VERB" and x.lemma_.lower() in reporting) for x in span)


def concurring_drops(sdoc, events: list[Event]) -> list[Event]:
    """The events less those of a bare concurring verb (module doc)."""
    if sdoc is None:
        return events
    out = []
    for e in events:
        t = sdoc[e.trigger_token] if e.trigger_token is not None and e.trigger_token < len(sdoc) else None
        if t is not None and e.target is None and (e.cameo or "").startswith("03") and _is("concur", t) \
                and _bare(t) and _words_before(t, sdoc):
            continue
        out.append(e)
    return out


def purpose_of_thing(cl, entry) -> bool:
    """Whether a passive intending verb read as an intent says only what something was for (module doc)."""
    return cl.kind == "verb" and cl.passive and (entry.cameo or "").startswith("03") and _is("purposing", cl.pred)


def purpose_told(cl) -> bool:
    """Whether a verb clause is the "to V" of a `purposing` past participle hung on a noun ("airstrikes intended to
    intimidate the villagers"): what the thing or act was for, no act (module doc)."""
    gov = cl.pred.head
    return cl.kind == "verb" and cl.pred.dep_ == "xcomp" and gov is not cl.pred and gov.dep_ == "acl" \
        and gov.tag_ == "VBN" and _is("purposing", gov) and gov.head.pos_ in ("NOUN", "PROPN")
