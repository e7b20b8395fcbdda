"""Doers of an atrocity named just before (issue 14, no source): "... the massacre carried out by the militia.
About 300 men were rounded up and shot." The passive acts that follow tell the incident the crime noun named; the
coder codes no act at the noun (a massacre "carried out" is no clause of its own, "the militia's war crimes" no verb),
so coding/doers.py step 5, which reads the doers of the acts of force coded before, finds none.

    events = crime_doers(coder, sdoc, events, ctx)     # after borrow_doers (coding/doers.py)

The event: an act of custody or force (CAMEO 173, 181, roots 18-20) told as done, a passive with no subject
("subject by none"), no doer (an implicit state agent stays: knowledge/implicit_agents.py), no "by" phrase and no phrase of cause (only phrases of
place: doers.PLACE_PREPS), in a sentence that names no act of force or weapon of its own. The crime: a `crime-noun`
of data/coding/named_crimes.tsv (massacre, atrocity, war crime, genocide...) in the nearest of the BACK sentences
before, whose own phrase names its doer (coding/noun_args.noun_agent: "Isis's war crimes", "the massacre carried out by
X", "the massacre by X"). Never: where that sentence or one in between tells an act of force or custody by another
doer, or names crimes of two doers (whose is not plain); where the crime lies in a quotation and the act does not, or
another quotation; where the doer is of the victims' own side (doers.own_forces) or the victim itself. The source's
`why` begins "implicit agent: the doer of the '<noun>' named N sentence(s) before".
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.doers import PLACE_PREPS, TOLD, own_forces
from eventwire.coding.noun_args import noun_agent
from eventwire.coding.tables import kind_sets
from eventwire.knowledge.coref_quotes import quote_index
from eventwire.model import Event
from eventwire.coding.state_agents import STATE_AGENT

_KINDS = kind_sets("named_crimes.tsv")
CRIME = _KINDS.get("crime-noun", frozenset())
CODES = ("173", "181", "18", "19", "20")
BACK = 2


def _open(e: Event) -> bool:
    """No doer at all: an arrest's implicit state agent stays ("the gang's crimes ... Two men were arrested": the
    police arrested them)."""
    return e.source is None


def _bare_passive(coder, e: Event, t) -> bool:
    """Whether the act is a passive with no subject, no "by" phrase nor phrase of cause, in a sentence that names no
    act of force or weapon of its own."""
    if not e.rule.startswith("verb clause (passive)") or "subject by none" not in e.rule:
        return False
    if any(c.dep_ in ("prep", "agent") and c.lower_ not in PLACE_PREPS for c in t.children):
        return False
    return not any(tok.i != t.i and tok.pos_ == "NOUN" and (coder._violent_agent(tok) or coder._projectile(tok))
                   for tok in t.sent)


def _crimes(coder, sent, ctx) -> list:
    """The crime nouns of a sentence with the actors their phrases name as doers: [(noun, [actors])]."""
    out = []
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in CRIME:
            continue
        who = noun_agent(tok)
        if who is None:
            continue
        doers = [d for d in coder.actors_for(who, ctx, sent, role="source") if d is not None and d.code]
        if doers:
            out.append((tok, doers))
    return out


def crime_doers(coder, sdoc, events: list[Event], ctx) -> list[Event]:
    """The events, with a bare passive act of custody or force after a crime named with its doer taking that doer
    (module doc)."""
    if sdoc is None or not events:
        return events
    sents = list(sdoc.sents)
    quote = quote_index(ctx)
    # the acts of custody or force with a doer, by sentence
    acts: dict = {}
    for x in events:
        if x.source is not None and x.source.code and x.cameo.startswith(CODES) \
                and not (x.source.why or "").startswith(STATE_AGENT):
            acts.setdefault(x.sentence, set()).add(x.source.code)
    out: list[Event] = []
    for e in events:
        got = None
        if _open(e) and e.target is not None and e.cameo.startswith(CODES) and e.modality in TOLD \
                and e.trigger_token is not None and e.trigger_token < len(sdoc) and 0 < e.sentence < len(sents):
            t = sdoc[e.trigger_token]
            if _bare_passive(coder, e, t):
                got = _crime_before(coder, sents, e, ctx, acts, quote)
        if got is None:
            out.append(e)
            continue
        noun, doers, si = got
        n = e.sentence - si
        for d in doers:
            why = f"the doer of the '{noun.text}' named {n} sentence{'s' if n > 1 else ''} before ('{d.text}')"
            src = replace(d, why=f"implicit agent: {why}; " + (d.why or ""))
            out.append(replace(e, source=src, rule=e.rule + f"; implicit agent (crime named before): {why}",
                               counts=list(e.counts)))
    return out


def _crime_before(coder, sents, e: Event, ctx, acts: dict, quote):
    """(crime noun, doers, sentence index) of the nearest crime named with its doer in the BACK sentences before the
    act, or None (module doc)."""
    here = quote(e.trigger_start)
    own = acts.get(e.sentence, set())
    if own:
        return None               # its own sentence tells an act of force or custody with a doer: doers.py's
    for si in range(e.sentence - 1, max(-1, e.sentence - BACK - 1), -1):
        sent = sents[si]
        crimes = [(n, ds) for n, ds in _crimes(coder, sent, ctx) if quote(n.idx) == here]
        told = acts.get(si, set())
        if not crimes:
            if told:
                return None       # an act by a doer told in between: the passive may be its
            continue
        codes = {d.code for _, ds in crimes for d in ds}
        if len({d.code for d in crimes[-1][1]}) != len(codes) or (told and not told <= codes):
            return None           # crimes or acts of two doers: whose this is is not plain
        noun, doers = crimes[-1]
        doers = [d for d in doers if not _victim_side(d, e)]
        return (noun, doers, si) if doers else None
    return None


def _victim_side(d, e: Event) -> bool:
    tg = e.target
    return d.code == tg.code or bool(d.entity and d.entity == tg.entity) or own_forces(d, tg)
