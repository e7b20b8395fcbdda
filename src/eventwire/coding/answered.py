"""Targets of acts that answer or are conditioned on another's act (issue 14): a demand, objection, rejection or threat
told with no party of its own takes as its target the doer of the act its clause names as what it answers or what
it is conditioned on, when the coder coded that act with a named doer.

    events = answered_targets(coder, sdoc, events, ctx)    # after fill_sides (coding/sides.py)

"Turkish objections to Russia inviting groups linked to the YPG" (110, no target; "inviting": RUS -> ...) is an
objection to Russia; "Damascus threatened to hit back if Erdoğan pursues his threat to advance east" (138, no
target; "advance": TURGOV) threatens Turkey; "Assad's regime says it will retaliate if the Turks overstep" threatens
the Turks. The coder's own fallbacks (coding/roles.py) read the response's object slot for an actor, or the author
of an act noun there ("rejected Erdoğan's calls"); this stage reads the acts the coder coded inside the clause: in
its object, prepositional phrase or complement, or in an "if"/"unless" clause of the act or of the verb it hangs on
("threatened to hit back ... if X ..."). The act's own doer answers "to whom": the first one found, nearest the
answering word in the parse; where acts at that distance have doers of two sides, none is taken.

Only for the roots whose target is the one whose act they answer (data/coding/act_families.tsv is about acts of the
same kind; these are acts of another kind): demand 10, disapprove 11, reject 12, threaten 13. Never:
- the answering act's own side (a state's government, forces and the state are one side: "Erdoğan threatened to
  destroy terror nests" has Turkey's act in its complement, no target);
- a doer that is no named party (a bare sector: "civilians"), nor the act's own trigger (an event coded twice);
- an act reached through a relative clause ("the militias that Turkey views as terrorists": it describes a noun),
  the clause's subject, a verb coordinated with the answering one (another act of the same speaker), or a
  preposition that names the act's content or circumstance, not what it answers ("the threat of attack", "in the
  face of the US withdrawal", "after Trump's announcement"; only to/against/at/over/about/on/towards);
- an act the speaker's own side takes part in ("warned that Turkish troops and their Syrian allies intended to
  advance": the allies' act is Turkey's);
- for an act of force told as intended and coded as a threat ("will begin an air bombardment followed by a ground
  attack by the FSA"), its arguments: they name what it will do, not what it answers (its "if" clause still does);
- with no coded act there, the subject of an "if"/"unless" clause ("if the Turks overstep"), where the coder resolves
  it to a named party of another side; a pronoun or a clause of the speaker's own side gives none.
Each target taken says so: its `why` begins "the doer of the act it answers: ..." (or "... it is conditioned on"),
and the event's rule ends with "; target: the doer of the act it answers ('...')".
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.model import Actor, Event

ROOTS = ("10", "11", "12", "13")
# the dependencies through which a clause names what an act answers: its object, prepositional phrase, complement
# (and, below the answering word, the arguments of the clauses reached: "objections to Russia inviting groups")
ARGS = frozenset({"dobj", "prep", "pobj", "pcomp", "ccomp", "xcomp", "acl", "attr", "oprd", "dative"})
NESTED = ARGS | frozenset({"nsubj", "nsubjpass", "conj", "agent", "advcl"})
CONDITION = frozenset({"if", "unless"})
# the prepositions that name what an act answers ("objections to", "protested at", "anger over"); not its content or
# circumstance ("the threat of attack", "in the face of the US withdrawal", "followed by a ground attack")
ANSWER_PREPS = frozenset({"to", "against", "at", "over", "about", "on", "upon", "toward", "towards"})
MAX_DEPTH = 5


def answered_targets(coder, sdoc, events: list[Event], ctx) -> list[Event]:
    """The events, with the target of a demand, objection, rejection or threat taken from the act it answers or is
    conditioned on, where its clause names that act (module doc)."""
    if sdoc is None or len(events) < 1:
        return events
    by_token: dict = {}
    for e in events:
        if e.trigger_token is not None:
            by_token.setdefault(e.trigger_token, []).append(e)
    out = []
    for e in events:
        if e.target is not None or not _named(e.source) or not (e.cameo or "").startswith(ROOTS) \
                or e.trigger_token is None or e.trigger_token >= len(sdoc):
            out.append(e)
            continue
        got = _answered(coder, sdoc, sdoc[e.trigger_token], e, by_token, ctx)
        if got is None:
            out.append(e)
            continue
        actor, how, word = got
        why = f"the doer of the act it {how}: '{word}'"
        taken = replace(actor, why=f"{why}; " + (actor.why or ""))
        out.append(replace(e, target=taken, rule=(e.rule or "") + f"; target: the doer of the act it {how} ('{word}')",
                           counts=list(e.counts)))
    return out


def _named(a: Optional[Actor]) -> bool:
    from eventwire.knowledge.actor_country import sector_only
    return a is not None and bool(a.code) and not sector_only(a)


def _same_side(a: Actor, b: Actor) -> bool:
    if a.code == b.code or (a.entity and a.entity == b.entity):
        return True
    return bool(a.country) and a.country == b.country


def _condition(t) -> bool:
    return t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION for m in t.children)


def _hop(c) -> bool:
    return c.dep_ != "prep" or c.lower_ in ANSWER_PREPS


def _starts(t, e: Optional[Event] = None) -> list:
    """(token, how) where the acts an act answers are looked for: its arguments (not for an act of force told as
    intended, coded as a threat: "will begin an air bombardment followed by a ground attack by the FSA" names what it
    will do, not what it answers), and an "if"/"unless" clause of it or of the verb it is the complement of
    ("threatened to hit back ... if X pursues ...")."""
    intended = e is not None and "intention" in (e.rule or "")
    out = [] if intended else [(c, "answers") for c in t.children if c.dep_ in ARGS and _hop(c)]
    govs = [t] + ([t.head] if t.dep_ in ("xcomp", "ccomp") and t.head.i != t.i else [])
    out += [(c, "is conditioned on") for g in govs for c in g.children if _condition(c)]
    return out


def _answered(coder, sdoc, t, e: Event, by_token: dict, ctx) -> Optional[tuple]:
    """(actor, how, trigger word) of the nearest act with a named doer of another side in the clause's arguments."""
    level = _starts(t, e)
    seen = {t.i}
    for _ in range(MAX_DEPTH):
        found = []
        for tok, how in level:
            if any(_named(a.source) and _same_side(a.source, e.source) for a in by_token.get(tok.i, ())):
                continue            # (an act the speaker's side takes part in: "Turkish troops and their allies")
            for a in by_token.get(tok.i, ()):
                if a is e or a.trigger_token == e.trigger_token or not _named(a.source) \
                        or _same_side(a.source, e.source):
                    continue
                found.append((a.source, how, a.trigger_text))
        if found:
            sides = {f[0].country or f[0].code for f in found}
            return found[0] if len(sides) == 1 else None
        nxt = []
        for tok, how in level:
            seen.add(tok.i)
            if by_token.get(tok.i):
                continue            # (an act of the speaker's own side: what it answers is not below it)
            nxt += [(c, how) for c in tok.children if c.i not in seen and c.dep_ in NESTED and _hop(c)]
        level = nxt
        if not level:
            break
    return _condition_subject(coder, t, e, ctx)


def _condition_subject(coder, t, e: Event, ctx) -> Optional[tuple]:
    """The party an "if"/"unless" clause of the act names as its subject ("retaliate if the Turks overstep")."""
    for c, _ in _starts(t):
        if not _condition(c):
            continue
        subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            # ("if the Turks overstep", parsed with the subject as a compound of the verb)
            subj = next((x for x in c.children if x.dep_ == "compound" and x.i < c.i), None)
        if subj is None or subj.pos_ == "PRON":
            continue
        got = [a for a in coder.actors_for(subj, ctx, subj.sent, role="target") if _named(a)]
        if got and len({a.country or a.code for a in got}) == 1 and not any(_same_side(a, e.source) for a in got):
            return got[0], "is conditioned on", c.text
    return None
