"""The doer of a repatriation told with no doer (issue 14, no source: implied doers of repatriations): the state the
people were brought home to.

    found = receiving_states(coder, cl, lemma, sources, targets, ctx, sent)   # asked by the coder before the
                                                                                # implicit agents of state acts

To repatriate is to bring people home: "twelve women were repatriated to Kazakhstan", "only 60 foreigners have been
repatriated so far: to France, Kazakhstan and Sudan" tell that each of those states took its own nationals back. A
verb of repatriation (a `repatriation-verb` of data/coding/roles.tsv) told in the passive with no doer, whose own "to"
phrase names countries (the phrase and its conjuncts, each resolved to a country or its capital), is done by each
such state's government (GOV), aimed at the people repatriated: the passive subject where the coder resolves it to a
side ("French children", "foreigners with Isis links" read as Isis), else that state's own people, the noun's words
kept ("twelve women" repatriated to Kazakhstan: KAZCVL). The destination is no target then: it was the parser's
fallback for a subject with no side. Not where the verb has a doer of its own ("Kazakhstan repatriated ...") or where
the "to" phrase names no country ("repatriated to their homes"), nor for refugees (REF: a host state or an agency
may send them home). The source's `why` says "the state they were
repatriated to ('<country words>')", and the rule "; doer: the state they were repatriated to".
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_record import role_words
from eventwire.coding.noun_clauses import unwrap_quantity
from eventwire.model import Actor

STATE_KINDS = ("country", "capital")
REFUGEES = ("REF",)


def _destinations(coder, verb, ctx, sent) -> list:
    """[(country, words)] of the countries the verb's own "to" phrase names, in order, or []."""
    out = []
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ != "to":
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            got = coder.actors_for(g, ctx, sent, role="target")      # (the phrase with its conjuncts)
            if not got or any(a.kind not in STATE_KINDS or not a.country or a.sector for a in got):
                return []               # (a phrase that is no country: "to their homes", "to camps in Iraq")
            out.extend((a.country, a.text or g.text) for a in got if all(a.country != x for x, _ in out))
    return out


def receiving_states(coder, cl, lemma: str, sources: list, targets: list, ctx, sent) -> Optional[tuple]:
    """(sources, targets, pairs, rule text) for a repatriation told with no doer whose "to" phrase names the states
    the people were brought home to (module doc), or None."""
    if sources or cl.kind != "verb" or not cl.passive \
            or (lemma or "").lower() not in role_words().get("repatriation-verb", frozenset()):
        return None
    dest = _destinations(coder, cl.pred, ctx, sent)
    patient = next((c for c in cl.pred.children if c.dep_ == "nsubjpass"), None)
    if not dest:
        return None
    states = {c for c, _ in dest}
    people = [t for t in (targets or []) if t is not None
              and not (t.country in states and t.kind in STATE_KINDS and not t.sector)]   # (not the destination)
    head = unwrap_quantity(patient) if patient is not None else None     # ("thousands of Afghan refugees")
    if any(t.sector in REFUGEES for t in people) or (head is not None and head.pos_ == "NOUN"
                                                      and coder._sector_of(head, ctx) in REFUGEES):
        return None                     # (refugees sent home: by the host state or an agency, not plainly their own)
    srcs, pairs = [], []
    for country, words in dest:
        why = f"implicit agent: the state they were repatriated to ('{words}'); GOV for '{lemma}'"
        s = Actor.national(country, "GOV", name=None, entity=None, text=None, start=None, end=None,
                           kind="sector", why=why)
        srcs.append(s)
        if people:
            pairs.extend((s, t) for t in people)
        elif patient is not None:
            tgt = Actor.national(country, "CVL", name=None, entity=None, text=patient.text,
                                 start=patient.left_edge.idx,
                                 end=patient.right_edge.idx + len(patient.right_edge.text), kind="sector",
                                 why=f"the people repatriated to '{words}', its own people")
            pairs.append((s, tgt))
        else:
            pairs.append((s, None))
    tgts = people or [t for _, t in pairs if t is not None]
    return srcs, tgts, pairs, "; doer: the state they were repatriated to"

