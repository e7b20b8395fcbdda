"""The other side of talks a party refuses, offers or holds with no one named (issue 14, no target): "the junta
would not negotiate", "she will not bargain under threats", "the envoys refused to talk about the agenda".

An act of intent, consultation or refusal (roots 03, 04, 12) whose predicate is a `partnered-talks` word of
data/coding/roles.tsv (negotiate, talk, discuss, engage, dialogue), or a refusal of one ("refused to engage"), and
whose clause names no party is directed at the party the story says the same side negotiates, talks or engages with:
the "with" (or, for "talk", "to") phrase of such a word in that sentence or the STORY_BACK before it ("Assad felt no
need to negotiate with the opposition"), whose doer (its subject, through control, or the act noun's possessor or
modifier; for talks an "it" clause says are (not) possible, the one who says so: "the envoy said it was not possible
to talk to X") is the actor's own side (the same code, or the same country's state: a government and its army are one
side, its rebels another). Only where every such telling names the same party, and one the text places (a country or
a known body; bare "the opposition" or "rebels" a state talks with are its own country's).
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.clause_args import preps_of, subject_of
from eventwire.coding.clause_record import role_words
from eventwire.coding.context import STATE_SECTORS
from eventwire.coding.noun_args import noun_agent
from eventwire.coding.sent_index import sentences_back

STORY_BACK = 12
_ROOTS = ("03", "04", "12")
_PREPS = ("with", "to")
_SAYING = ("say", "tell", "insist", "declare", "state", "add")


def _words() -> frozenset:
    return role_words().get("partnered-talks", frozenset())


# a state's own sectors (the opposition is not the state; elites and an unnamed sector go with it)
_STATE = frozenset(STATE_SECTORS - {"OPP"}) | {None, "ELI"}


def _same_side(a, sources) -> bool:
    """Whether `a` is on a source's side: the same code, or the same country's state (a government and its forces
    are one side; its rebels or opposition are another)."""
    return any(a.code == s.code or (a.country and a.country == s.country and a.sector in _STATE and s.sector in _STATE)
               for s in sources)


def _doer(t):
    """The token naming who does the talks word `t`: a verb's subject, through control; an act noun's possessor or
    modifier, else the subject of the verb it is the object of ("held talks with X")."""
    if t.pos_ == "VERB":
        subj = subject_of(t)[0]
        if subj is None and t.dep_ == "acl" and t.head.dep_ == "dobj" and t.head.head.pos_ == "VERB":
            subj = subject_of(t.head.head)[0]     # "felt no need to negotiate with X": the one who felt it
        if (subj is None or subj.lower_ == "it") and t.dep_ == "xcomp" and t.head.dep_ == "ccomp" \
                and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in t.head.children) \
                and t.head.head.lemma_.lower() in _SAYING:
            # "X said it was not possible to talk to Y": the one who says whether it can be done, for its side
            subj = subject_of(t.head.head)[0]
        return subj
    agent = noun_agent(t)
    if agent is not None:
        return agent
    if t.dep_ == "dobj" and t.head.pos_ == "VERB":
        return subject_of(t.head)[0]
    return None


def talks_partner(coder, cl, code: str, sources: list, ctx, sent):
    """([the partner's actors], how) for talks with no party named whose other side the story names (module doc), or
    None."""
    words = _words()
    if code[:2] not in _ROOTS or not sources:
        return None
    # (the talks word, or the one a refusal coded at its own verb governs: "refused to engage in Geneva")
    talk = cl.pred if cl.pred.lemma_.lower() in words else None
    if talk is None and code[:2] == "12":
        talk = next((c for c in cl.pred.children if c.dep_ == "xcomp" and c.lemma_.lower() in words), None)
    if talk is None or any(p in cl.preps for p in _PREPS) or (cl.obj is not None and cl.obj.pos_ == "PROPN") \
            or (talk is not cl.pred and (any(p in preps_of(talk) for p in _PREPS)
                                         or any(c.dep_ == "dobj" for c in talk.children))):
        return None
    found, how = {}, ""
    for s in reversed(sentences_back(sent, STORY_BACK)):
        for t in s:
            if t.i in (cl.pred.i, talk.i) or t.lemma_.lower() not in words:
                continue
            preps = preps_of(t)
            partner = next((preps[p] for p in _PREPS if p in preps and (p == "with" or t.lemma_.lower() == "talk")), None)
            doer = _doer(t) if partner is not None else None
            if doer is None:
                continue
            if not any(_same_side(a, sources) for a in coder.actors_for(doer, ctx, s, role="source")):
                continue
            for a in coder.actors_for(partner, ctx, s, role="target"):
                home = next((x.country for x in sources if x.country and x.sector in _STATE), None)
                if a.code and not (a.country or a.entity) and a.sector not in _STATE and home:
                    # "would not negotiate with the opposition" said of a state: its own country's opposition
                    a = replace(a, code=home + a.code, country=home, why=(a.why or "") + f"; the opposing side of "
                                f"{home}'s state in talks is of {home}")
                if a.code and (a.country or a.entity) and not _same_side(a, sources):
                    found.setdefault(a.country or a.code, a)
                    how = how or f"the party the story says it '{t.text} {partner.head.text}' ('{partner.text}')"
    if len(found) != 1:
        return None
    return [next(iter(found.values()))], how
