"""Acts of force whose doer claimed them (issue 14, item 2): an attack told with no doer takes the one that claimed
responsibility for it, told near it in the article.

    events = claimed_doers(coder, sdoc, events, ctx)     # after borrow_doers (coding/doers.py), before fill_sides

"A car bomb went off outside the barracks, killing nine soldiers. Hours later the Pakistani Taliban said they took
responsibility for that bombing." The killing is told with no doer (the bomb is none); the claim names who did it. A claim is a verb
of claiming (claim, admit, acknowledge, accept, take) whose object is "responsibility" or "credit" with a "for" phrase
naming an act of force ("for that bombing", "for Tuesday's raid"), or "claim" with the act itself as its object
("claimed the attack"); its subject is the claimer (resolved as any subject). "Claimed" in the passive names the
claimer in its "by" phrase and the act it is said of ("an attack claimed by Isis", "the bombing, which was claimed
by X", "the blast was claimed by X"; "it was claimed by X": any act), and a copula that says whose a definite act was ("the assault was the latest
in attacks by X", "the bombing was the work of X": coding/attributed_acts.py). A bare claim of responsibility with no "for"
phrase ("..., and al-Shabaab claimed responsibility") claims an act of force its own sentence or the one before tells. Never a claim that is denied or
negated ("no group has claimed responsibility", "did not claim"), nor one told in a quote. An act of force with a
target and no source takes the claimer where:
- it is told within BACK sentences of the claim (before or after it), outside quotes, in the same place (where both
  are known);
- the article has one claimer only (two groups claiming acts: which claimed which is not plain);
- no other side is told doing an act of force in those sentences (two belligerents: the act may be the other's; an
  unnamed doer of the claimer's own kind, "a bomber blew himself up" near an insurgent group's claim, is none);
- the act or weapon its own clause names, if any, is of the claimed one's kind (the same word, or the same CAMEO
  root: "the bomb" for "the bombing"), unless the claim names an `attack` word (attack, assault, operation: any act
  of force).
The source's `why` says "implicit agent: the one that claimed the '<noun>' (sentence N)", and the event's rule ends
with "; implicit agent: ...".
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.attributed_acts import attributions
from eventwire.coding.doers import FORCE, TOLD, _place_key, doerless_force
from eventwire.knowledge.coref_quotes import quote_index
from eventwire.model import Event

BACK = 2                        # sentences before or after the claim an act it claims may be told in
CLAIM_VERBS = frozenset({"claim", "admit", "acknowledge", "accept", "take"})
CLAIM_NOUNS = frozenset({"responsibility", "credit"})
GENERIC = frozenset({"attack", "assault", "operation"})
NEGATORS = frozenset({"no", "nobody", "none", "neither"})


def _claims(coder, sdoc):
    """(verb, claimer, act noun or None) of each claim of responsibility for an act of force in the document (module
    doc); the act is None for a bare claim of responsibility ("and al-Shabaab claimed responsibility") or a claim of
    "it"."""
    from eventwire.coding.doers import _noun_code
    from eventwire.nlp import pos_array
    out = []
    # (a Token made for the verbs only: the document's part-of-speech ids are read once, not every token's object)
    verb = sdoc.vocab.strings["VERB"]
    for v in (sdoc[i] for i, pos in enumerate(pos_array(sdoc)) if pos == verb):
        if v.pos_ != "VERB" or v.lemma_.lower() not in CLAIM_VERBS:
            continue
        if any(c.dep_ == "neg" for c in v.children):
            continue
        agent = next((g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is not None and v.lemma_.lower() == "claim":
            # the act claimed in the passive: "an attack claimed by Isis", "the bombing, which was claimed by X",
            # "the blast was claimed by X"
            if agent.lower_ in NEGATORS or any(c.dep_ == "det" and c.lower_ in NEGATORS for c in agent.children):
                continue
            act = v.head if v.dep_ in ("acl", "relcl") else next((c for c in v.children if c.dep_ == "nsubjpass"), None)
            if act is None:
                continue
            if act.dep_ == "pobj" and act.pos_ == "NOUN" and _noun_code(coder, act) is None \
                    and act.head.head.pos_ == "NOUN" and _noun_code(coder, act.head.head) is not None:
                act = act.head.head    # "the attack on the hotel, which was claimed by X": the parser hung it on the hotel
            if act.pos_ == "PRON":
                out.append((v, agent, None))
            elif act.pos_ == "NOUN" and _noun_code(coder, act) is not None:
                out.append((v, agent, act))
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in NEGATORS or any(c.dep_ == "det" and c.lower_ in NEGATORS
                                                          for c in subj.children):
            continue
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        act = None
        bare = False
        if obj.lemma_.lower() in CLAIM_NOUNS:
            for p in list(obj.children) + list(v.children):
                if p.dep_ == "prep" and p.lower_ == "for":
                    act = next((g for g in p.children if g.dep_ == "pobj"), None)
                    break
            else:
                bare = obj.lemma_.lower() == "responsibility"
        elif v.lemma_.lower() == "claim":
            act = obj
        if bare:
            out.append((v, subj, None))
            continue
        if act is None or act.pos_ != "NOUN" or _noun_code(coder, act) is None:
            continue
        out.append((v, subj, act))
    # "The assault was the latest in attacks by X": a copula that tells the act's doer (coding/attributed_acts.py)
    return out + attributions(coder, sdoc)


def _unnamed_own_kind(a, claimer) -> bool:
    """Whether doer `a` names no side but is of the claimer's kind ("a bomber blew himself up", INS, near an insurgent
    group's claim): no other side's act."""
    return not a.country and not a.entity and bool(a.sector) and a.sector == claimer.sector


def claimed_doers(coder, sdoc, events: list[Event], ctx) -> list[Event]:
    """The events, with an act of force with no doer given the one that claimed it (module doc)."""
    if sdoc is None or not events:
        return events
    todo = [i for i, e in enumerate(events) if doerless_force(e, sdoc)]
    if not todo:
        return events
    quote = quote_index(ctx)
    claims = []
    for v, subj, act in _claims(coder, sdoc):
        if quote(v.idx) >= 0:
            continue
        actors = [a for a in coder.actors_for(subj, ctx, v.sent, role="source") if a is not None and a.code]
        if len({a.code for a in actors}) != 1:
            continue
        claims.append((v, act, actors[0]))
    if len({a.code for _, _, a in claims}) != 1:
        return events                  # no claim, or two claimers
    sent_of = {s.start: k for k, s in enumerate(sdoc.sents)}
    from eventwire.coding.doers import _act_nouns, _noun_code
    out = list(events)
    for v, act, claimer in claims:
        cs = sent_of.get(v.sent.start)
        if cs is None:
            continue
        near = [x for x in events if x.source is not None and x.source.code and (x.cameo or "")[:2] in FORCE
                and abs(x.sentence - cs) <= BACK]
        if any(x.source.code != claimer.code and not _unnamed_own_kind(x.source, claimer) for x in near):
            continue                   # another side acts in those sentences: whose act it is is not plain
        kind = _noun_code(coder, act) if act is not None else None
        claim_place = next((_place_key(x.location) for x in events if x.sentence == cs and x.location is not None), None)
        for i in todo:
            e = out[i]
            if e.source is not None or abs(e.sentence - cs) > BACK or quote(e.trigger_start) >= 0:
                continue
            if act is None and not 0 <= cs - e.sentence <= 1:
                continue               # a bare claim: of an act its own sentence or the one before tells
            if e.target.code == claimer.code or (e.target.entity and e.target.entity == claimer.entity):
                continue
            a = _place_key(e.location)
            if a is not None and claim_place is not None and a != claim_place:
                continue
            t = sdoc[e.trigger_token]
            named = [n for n, known, _ in _act_nouns(coder, t) if known and n.i != t.i]
            lemma = act.lemma_.lower() if act is not None else None
            if named and act is not None and lemma not in GENERIC and not any(n.lemma_.lower() == lemma or _noun_code(coder, n) == kind
                                                          for n in named):
                continue               # its clause names another kind of act than the claimed one
            what = f"the '{act.text}'" if act is not None else "responsibility"
            why = f"implicit agent: the one that claimed {what} (sentence {cs})" if v.lemma_.lower() != "be" else \
                f"implicit agent: the doer sentence {cs} says {what} was the act of"
            src = replace(claimer, why=f"{why}; " + (claimer.why or ""))
            out[i] = replace(e, source=src, rule=(e.rule or "") + f"; {why}", counts=list(e.counts))
    return out
