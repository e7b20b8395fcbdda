"""Rejecting a claim about others is disputing it, not denying responsibility (issue 14, "wrong root"): "the UK
defence minister rejected Trump's claim that the militants had been defeated" disputes what Trump said (110, as
"disputed the claim" is coded), where "Moscow rejected Kyiv's claim that Russian troops had shelled the town" denies
what is imputed to Moscow (016, kept).

    events = disputed_claims(coder, events, doc, ctx)    # per sentence, after backed_hostility (coder.py)

An event coded as a denial of responsibility (016) whose verb's object (or passive subject) is a claim noun
(data/coding/denied_claims.tsv `claim-noun`: claim, assertion, report, suggestion, ...) with a "that" clause of its
own, told of a subject the coder reads as named parties none of which is of the denier's side (its code, entity or
country), and whose target is not of that party's side (the claim's teller: "Trump's claim"), takes 110,
disapproval, with its source and target kept. Where the target is the one the claim is about ("rejected claims that
the Syrian government was behind the attack", its ally speaking), the denial is made for that party and stands. A subject that is a pronoun, or a phrase with a
possessive pronoun ("its jets"), or one the coder reads as no named party ("the militants"), may be the denier's
own: the denial stands. So does one with no named source.
"""
from __future__ import annotations

import functools
from dataclasses import replace

from eventwire.coding.answered import is_named, same_side
from eventwire.coding.tables import kind_sets
from eventwire.model import Event

TOLD = ("asserted", "reported", "intent")
DISPUTE = "110"


@functools.cache
def _claim_nouns() -> frozenset:
    return frozenset(kind_sets("denied_claims.tsv").get("claim-noun", ()))


def _claim(verb):
    """The claim noun the verb denies: its object, or a passive's subject ("the claim was rejected by")."""
    deps = ("nsubjpass",) if any(c.dep_ == "auxpass" for c in verb.children) else ("dobj",)
    n = next((c for c in verb.children if c.dep_ in deps and c.pos_ == "NOUN"), None)
    return n if n is not None and n.lemma_.lower() in _claim_nouns() else None


def _content_subject(noun):
    """The subject of the claim's own "that" clause ("the claim that Isis had been defeated": Isis), or None."""
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX") \
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _others(coder, subj, side, ctx) -> bool:
    """Whether the claim's subject names parties only of other sides than the denier's."""
    if subj.pos_ == "PRON" or any(t.dep_ == "poss" and t.pos_ == "PRON" for t in subj.subtree):
        return False
    got = [a for a in coder.actors_for(subj, ctx, subj.sent, role="target") if a is not None and a.code]
    return bool(got) and all(is_named(a) and not same_side(a, side) for a in got)


def disputed_claims(coder, events: list[Event], doc, ctx) -> list[Event]:
    """The events of one sentence, with a rejection of a claim about other parties read as disputing it (module
    doc)."""
    out = list(events)
    for k, e in enumerate(events):
        if e.cameo != "016" or e.trigger_token is None or e.modality not in TOLD or not is_named(e.source):
            continue
        verb = doc[e.trigger_token]
        noun = _claim(verb) if verb.pos_ == "VERB" else None
        subj = _content_subject(noun) if noun is not None else None
        if subj is None or e.target is None or not _others(coder, subj, e.source, ctx):
            continue
        about = [a for a in coder.actors_for(subj, ctx, subj.sent, role="target") if a is not None and a.code]
        if any(same_side(a, e.target) for a in about):
            continue            # (denied for the one the claim is about: "rejected claims that Damascus was behind")
        info = coder.ontology.cameo(DISPUTE)
        if info is None:
            continue
        why = (f"; rejecting a claim about others ('{verb.text} ... {noun.text} that {subj.text} ...'): "
               f"disputing it, not denying responsibility -> {DISPUTE}")
        out[k] = replace(e, cameo=DISPUTE, plover_type=info.plover_type, plover_mode=info.plover_mode,
                         goldstein=info.goldstein, quad_class=info.quad_class, rule=(e.rule or "") + why)
    return out
