"""Retaliation and vengeance aimed at the doer of the incident avenged (issue 14, no target, session 27).

"Tehran vowed vengeance for the incident, in which seven guardsmen were killed", "Moscow retaliated by imposing
economic sanctions", "the militia promised revenge for the attack": an act of answering harm is aimed at whoever
did the harm. With no target of its own, an act that is

- a verb of retaliating or avenging itself (avenged.tsv `avenge-verb`: "retaliated against", "avenged"), or the act
  of its "by V-ing" means clause ("retaliated by imposing sanctions");
- a threat or vow whose object is a vengeance noun (`vengeance-noun`: "vowed vengeance", "promised revenge"), or an act
  done "in retaliation/revenge/reprisal for" something

takes the doer of the incident: first one named in the words of the incident itself (the "for" phrase's possessor,
modifier or "by" agent: "for the Israeli strike", "for Turkey's attack"; a relative clause's subject or agent: "the
incident, in which Israeli jets killed five guardsmen"); else the doer of the last hostile act (CAMEO 11-20) the
article told in the sentences just before (`note_acts`, up to LOOKBACK sentences back) that was done to the
avenger's own side (its country) by another side. Never the avenger's own side. The target's `why` names the
incident and where its doer was found.
"""
from __future__ import annotations

import functools
from dataclasses import replace
from typing import Optional

from eventwire.coding.tables import word_kind_sets

LOOKBACK = 4           # sentences before the avenging act in which the incident may be told
_HOSTILE = ("11", "12", "13", "14", "15", "16", "17", "18", "19", "20")


@functools.cache
def _words() -> dict:
    return word_kind_sets("avenged.tsv")


def note_acts(events, sent_i: int, ctx) -> None:
    """Remember the sentence's hostile acts with both sides (read by avenged_target)."""
    told = ctx.__dict__.setdefault("_hostile_acts", [])
    for e in events:
        if e.source is not None and e.target is not None and e.cameo[:2] in _HOSTILE and e.source.code \
                and e.target.code and e.modality in ("asserted", "reported"):
            told.append((sent_i, e.source, e.target, e.trigger_text))


def _pobj(prep):
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _for_phrase(tok):
    """The object of the token's "for" phrase ("vengeance for the incident"), or None."""
    return next((_pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"), None)


def _avenging(cl):
    """(cue word, incident noun or None) when the act answers harm (module doc), else None."""
    w = _words()
    verbs, nouns = w.get("avenge-verb", frozenset()), w.get("vengeance-noun", frozenset())
    pred = cl.pred
    if pred.lemma_.lower() in verbs:                           # "retaliated", "avenged the deaths"
        obj = next((c for c in pred.children if c.dep_ == "dobj"), None)
        return pred, _for_phrase(pred) or (obj if pred.lemma_.lower() != "retaliate" else None)
    if pred.dep_ == "pcomp" and pred.head.lower_ == "by" and pred.head.head.lemma_.lower() in verbs:
        head = pred.head.head                                  # "retaliated by imposing sanctions"
        return head, _for_phrase(head)
    obj = next((c for c in pred.children if c.dep_ == "dobj"), None)
    if cl.obj is not None and cl.obj.lemma_.lower() in nouns:
        obj = cl.obj
    if obj is not None and obj.lemma_.lower() in nouns:       # "vowed vengeance for the incident"
        return obj, _for_phrase(obj)
    for c in pred.children:                                    # "in retaliation for the strike"
        if c.dep_ == "prep" and c.lower_ in ("in", "as") and (n := _pobj(c)) is not None \
                and n.lemma_.lower() in nouns:
            return n, _for_phrase(n)
    return None


def _own(a, sources) -> bool:
    from eventwire.coding.same_party import is_source
    return is_source(a, sources) or any(a.home() and a.home() == s.home() for s in sources)


def _named_doer(coder, incident, sources, ctx, sent) -> Optional[tuple]:
    """(actor, how) for a doer the incident's own words name: a possessor, modifier or "by" agent, or a relative
    clause's subject or agent."""
    cands = [c for c in incident.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < incident.i]
    cands += [_pobj(c) for c in incident.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"]
    for rel in (c for c in incident.children if c.dep_ in ("relcl", "acl")):
        cands += [c for c in rel.children if c.dep_ == "nsubj" and c.lower_ not in ("which", "that", "who")]
        cands += [_pobj(c) for c in rel.children if c.dep_ == "agent"]
    for tok in cands:
        if tok is None:
            continue
        found = [a for a in coder.actors_for(tok, ctx, sent, role="target") if a.code and not _own(a, sources)]
        if found and (found[0].country or found[0].entity):
            return found[0], f"'{tok.text}' in '{incident.text}'"
    return None


def avenged_target(coder, cl, code: str, sources: list, ctx, sent) -> Optional[tuple]:
    """([target], how) for an act of retaliation or vengeance with no target (module doc), or None."""
    if not sources or not all(s.home() for s in sources):
        return None
    got = _avenging(cl)
    if got is None:
        return None
    cue, incident = got
    if incident is not None and (named := _named_doer(coder, incident, sources, ctx, sent)) is not None:
        actor, where = named
        why = f"'{cue.text}' answers '{incident.text}', done by {actor.code} ({where}): its doer is the target"
        return [replace(actor, why=why)], f"the doer of the incident '{cue.text}' answers ({where})"
    from eventwire.coding.sent_index import sentence_number
    here = sentence_number(sent.doc, sent.start)
    own = {s.home() for s in sources}
    for sent_i, src, tgt, trigger in reversed(ctx.__dict__.get("_hostile_acts", [])):
        if sent_i >= here or here - sent_i > LOOKBACK:
            continue
        if tgt.home() in own and src.home() and src.home() not in own and not _own(src, sources):
            said = f"'{incident.text}'" if incident is not None else "the harm"
            why = f"'{cue.text}' answers {said}: the last hostile act the article told against {tgt.code} before it " \
                  f"was done by {src.code} ('{trigger}'): its doer is the target"
            return [replace(src, why=why)], f"the doer of the act '{cue.text}' answers ('{trigger}', told before)"
    return None
