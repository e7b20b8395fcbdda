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

A request or demand (roots 02, 10) that names no one asked, by one of two parties talks told just before hold together
("Kenya and Somalia are in talks ... Nairobi has asked for $200m"; "the talks between X and Y"), is made of the other
(`request_partner`); not talks only wanted, urged or denied ("called on May to engage with X").
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.clause_args import preps_of, subject_of
from eventwire.coding.clause_record import role_words
from eventwire.coding.context import STATE_SECTORS
from eventwire.coding.noun_args import noun_agent
from eventwire.coding.sent_index import sentence_number, sentences_back

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
            # "X said it was impossible to negotiate with Y": the one who says whether it can be done, for its side
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


REQUEST_BACK = 3
_REQUEST_ROOTS = ("02", "10")


def _parties(t) -> list:
    """The tokens naming the parties a talks word `t` holds together: its doer and the doer's conjuncts ("Ghana and
    Togo are in talks", "Kenya and Somalia held talks"), the doer and its "with" phrase ("Kenya is in talks with
    Somalia"), or the conjuncts of its "between" phrase ("talks between Kenya and Somalia"). None for talks only
    wanted, asked for or denied ("called on May to engage with X", "refused to negotiate", "no talks")."""
    if any((c.dep_ == "aux" and c.lower_ == "to") or c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")
           for c in t.children) or (t.pos_ == "VERB" and t.dep_ in ("xcomp", "ccomp")):
        return []
    preps = preps_of(t)
    doer = _doer(t)
    if doer is None and t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.pos_ in ("VERB", "AUX"):
        doer = subject_of(t.head.head)[0]     # "X and Y are in talks", "X is engaged in negotiations with Y"
    out = []
    for head in ([doer] if doer is not None else []) + [preps[p] for p in ("with", "between") if p in preps]:
        out.append(head)
        out.extend(c for c in head.conjuncts if c.pos_ in ("PROPN", "NOUN"))
    return out


def request_partner(coder, cl, code: str, sources: list, ctx, sent):
    """([the other party], how) for a request or demand (roots 02, 10) that names no one asked, made by one of the two
    parties talks told in its sentence or the REQUEST_BACK before it hold together ("Kenya and Somalia are in talks
    over the border. Nairobi has asked for $200m"): it is made of the other, the one that talks are with. Only where
    every such telling names the same other party, one the text places (a country or a known body); None otherwise."""
    if code[:2] not in _REQUEST_ROOTS or not sources or not all(s.country or s.entity for s in sources):
        return None
    words = _words()
    found, how = {}, ""
    for s in sentences_back(sent, REQUEST_BACK):
        for t in s:
            if t.i == cl.pred.i or t.lemma_.lower() not in words or (s == sent and t.i > cl.pred.i):
                continue
            heads = _parties(t)
            if len(heads) < 2:
                continue
            actors = [[a for a in coder.actors_for(h, ctx, s, role="target") if a.code] for h in heads]
            if not any(any(_same_side(a, sources) for a in group) for group in actors):
                continue     # talks the requester is no party to
            others = [a for group in actors for a in group if not _same_side(a, sources) and (a.country or a.entity)]
            for a in others:
                found.setdefault(a.country or a.code, a)
                how = how or f"the other party of the talks the story tells ('{t.text}' in sentence " \
                                f"{sentence_number(t.doc, t.sent.start)})"
    if len(found) != 1:
        return None
    a = next(iter(found.values()))
    return [replace(a, why=(a.why or "") + f"; the other party of talks the requester holds ({how})")], how
