"""Who blames whom in "X have only themselves to blame" (issue 14, wrong source / no target, session 28).

"The minister said the rebels have only themselves to blame for the siege", "the official line was that citizens who
joined the group had only themselves to blame": the blame (112) is not the rebels' or the citizens' own act, as the
subject control of "have ... to blame" reads it; they are the ones blamed, and the one who blames is the one who
says it: the subject of the verb of saying the clause is told under, or the owner of the view, position or line the
clause is the content of ("the government's position was that ...", "the Home Office view was that ..."). Where no
one says it, the blame keeps no source. A teller named by a bare sector ("the government position") in a story about
one country (ctx.home) that blames that country's own people is that country's (a government on its own citizens).

    found = self_blame(coder, cl, code, ctx, sent)   # (sources, targets, how) or None; asked by Coder.code_sentence
                                                     # after the targets are found
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_args import REFLEXIVES
from eventwire.model import Actor


def _frame(pred):
    """The "have" of "have (only) themselves to blame" whose xcomp `pred` is, or None."""
    have = pred.head
    if pred.dep_ != "xcomp" or have.lemma_.lower() != "have" or have.i == pred.i:
        return None
    if not any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in have.children):
        return None
    return have


def _teller(have):
    """The token naming who says the clause of `have`: the subject of its verb of saying, or the owner of the view
    noun that is the subject of "was" ("the government's position was that ..."); None where there is none."""
    if have.dep_ not in ("ccomp", "parataxis") or have.head.i == have.i:
        return None
    gov = have.head
    subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if gov.lemma_.lower() == "be":
        # the view's owner: "the government's position", "the Home Office view"
        return next((c for c in subj.children if c.dep_ in ("poss", "compound") and c.pos_ in ("NOUN", "PROPN")), None)
    return subj if subj.pos_ in ("NOUN", "PROPN") else None


def self_blame(coder, cl, code: str, ctx, sent) -> Optional[tuple]:
    """(sources, targets, how) for "X have only themselves to blame" (module doc), or None."""
    if code[:2] != "11" or cl.kind != "verb" or cl.subj is None or cl.pred.lemma_.lower() != "blame":
        return None
    have = _frame(cl.pred)
    if have is None:
        return None
    targets = coder.actors_for(cl.subj, ctx, sent, role="target")
    if not targets:
        return None
    teller = _teller(have)
    sources = coder.actors_for(teller, ctx, sent, role="source") if teller is not None else []
    sources = [s for s in sources if all(s.code != t.code for t in targets)]
    home = getattr(ctx, "home", None)
    if home and any(t.country == home for t in targets):
        sources = [Actor.national(home, s.sector, name=s.name, entity=s.entity, text=s.text, start=s.start, end=s.end,
                                  why=(s.why or "") + f"; country {home}: the story's one country, whose own people "
                                                      f"it blames", kind=s.kind)
                   if not s.country and not s.entity and s.sector else s for s in sources]
    how = f"; blamed: '{cl.subj.text}' ('have ... themselves to blame' names the blamed, not who blames)"
    if sources:
        how += f"; who blames: '{teller.text}', who says so"
    return sources, targets, how
