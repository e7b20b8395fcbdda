"""The side ground was taken from (issue 14): an act of taking or freeing ground is aimed at the side that held it,
when the text names that side, not at the state the ground lies in.

- `ousted_target`: called once by Coder.code_sentence beside held_ground_target, before its rules that take the
  state of a place acted on. For a verb of taking ground (data/coding/victims.tsv `conquest-verb`) or of freeing it
  (`freeing-word`), or a noun of taking (`taking-noun`), a "from X" phrase on the act, its object or its light verb
  names the target ("recaptured the town from Isis", "completed the recapture of Hit from the militants", "freed
  Tabqa from Isis"). For freeing, the side may be named instead by a verb of driving out in the same sentence
  ("liberated Raqqa after Isis fighters were driven from the city", "drove the militants out and liberated the
  town") or by the "against" phrase of a fight coordinated with it ("fought against Isis and liberated Raqqa").
- `freed_place(tok)`: whether a place token is the ground a freeing word acts on ("liberated Raqqa", "Raqqa is
  liberated", "the liberation of the city"): the place freed is no act against its own state (coder._place_held
  gives no target for it); with no side named, the event has no target, as a wrong target is worse than none.
A "from" phrase that names only a place ("captured a plateau from Syria") is left to the place rules.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.coding.clause_args import preps_of
from eventwire.coding.context import PLACE_TARGET_ROOTS
from eventwire.coding.roles import victim_words


def _pobj(prep):
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def freed_place(tok) -> bool:
    """Whether `tok` is the ground of a freeing word: its object, its passive subject, or its noun's "of" phrase."""
    freeing = victim_words().get("freeing-word", frozenset())
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in freeing:
        return True
    return tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in freeing


def _out_of(verb):
    """The object of a "from" or "out of" phrase on a verb (or its particle), or None."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "of") and (c.lower_ == "from" or any(
                x.lower_ == "out" for x in verb.children)):
            return _pobj(c)
        if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out":
            of = next((x for x in c.children if x.dep_ == "prep" and x.lower_ == "of"), None)
            if of is not None:
                return _pobj(of) or c
            return c
    return None


def _driven_out(pred, sent) -> list:
    """(side, cue) for the sides the sentence says were driven out, beside a freeing act: the passive subject or object of a verb of
    driving out with a "from"/"out of"/"out" phrase ("after Isis was driven from the city", "drove the militants
    out of Tabqa"), and the "against" phrase of a verb of fighting coordinated with the act."""
    ousters = victim_words().get("ouster-verb", frozenset())
    out = []
    for t in sent:
        if t.i == pred.i or t.pos_ != "VERB":
            continue
        if t.lemma_.lower() in ousters and _out_of(t) is not None:
            role = "nsubjpass" if any(c.dep_ == "nsubjpass" for c in t.children) else "dobj"
            out += [(c, f"{t.text} out") for c in t.children if c.dep_ == role]
        elif t.lemma_.lower() == "fight" and (pred.head.i == t.i and pred.dep_ == "conj" or t.head.i == pred.i
                                              and t.dep_ == "conj" or t.dep_ in ("relcl", "acl")
                                              and t.head.dep_ == "nsubj" and t.head.head.i == pred.i):
            # ("fought against Isis and liberated Raqqa", "militias that fought against Isis liberated Raqqa")
            out += [(_pobj(c), f"{t.text} against") for c in t.subtree if c.dep_ == "prep" and c.lower_ == "against" and _pobj(c)
                    and not any(a.pos_ == "VERB" for a in c.ancestors if a.i != t.i and t in a.ancestors)]
    return out


def ousted_target(coder, cl, code: str, sources: list, ctx, sent) -> Optional[tuple]:
    """(actor, how) for the side ground was taken or freed from (module doc), or None."""
    words = victim_words()
    lemma = cl.pred.lemma_.lower()
    if cl.kind == "verb":
        taking = lemma in words.get("conquest-verb", ()) or lemma in words.get("freeing-word", ())
    else:
        taking = lemma in words.get("taking-noun", ())
    if not taking or code[:2] not in PLACE_TARGET_ROOTS:
        return None
    # the ground: the object, and the "of" phrases under it or under the noun ("the recapture of the town of Hit")
    ground, tok = [], cl.obj if cl.kind == "verb" else cl.pred
    while tok is not None and len(ground) < 4:
        ground.append(tok)
        tok = preps_of(tok).get("of")
    froms = [preps_of(t).get("from") for t in [cl.pred, cl.light_verb] + ground if t is not None]
    found = [(f, "from") for f in froms if f is not None]
    if not found and lemma in words.get("freeing-word", ()):
        found = _driven_out(cl.pred, sent)
    own = {s.code for s in sources}
    for tok, cue in found:
        if any(p.start <= tok.idx < p.end for p in ctx.places_in(tok.idx, tok.idx + len(tok.text))):
            continue          # a place ("took the plateau from Syria"): the place rules read it
        actors = [a for a in coder.actors_for(tok, ctx, sent, role="target")
                  if a.code and a.code not in own]
        if actors:
            a = actors[0]
            how = f"'{tok.text}', the side the ground was {'taken' if cue == 'from' else 'freed'} from ('{cue}')"
            return replace(a, why=(a.why + "; " if a.why else "") + how + ": it is the target"), how
    return None
