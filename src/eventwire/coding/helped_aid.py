"""Aid done with a helper's help is the helper's aid to the one helped (issue 14, who receives support, session 30):
"rebel commanders say Qatar has helped them train hundreds of fighters", "France assisted the army to rebuild its
units", "the grants enabled the rebels to equip new brigades".

An act of aid (root 07: training, arming, equipping; or military cooperation, 062, "train") whose verb is the complement of an `aid-helper` verb
(data/coding/roles.tsv: help, assist, enable) is done by the helped with the helper's means: the helped party
(the subject of the bare complement, "helped them train", or the helper verb's object, "helped the rebels to train")
does not give the aid to its own recruits; the helper gives it to the helped. The event's source becomes the helper
(the helper verb's subject) and its target the one helped, with a rule saying so. A helper the text does not name
(a passive, "were helped to train") or names as no actor leaves the event as it is.
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.clause_args import subject_of
from eventwire.coding.clause_record import role_words
from eventwire.model import Event

AID_HELPERS = role_words().get("aid-helper", frozenset())
TOLD = ("asserted", "reported", "intent")
AID_CODES = ("07", "062")       # aid, and military cooperation ("helped the rebels to train": 062.train)


def _helped(verb):
    """(helper verb, helped token) when the act's verb is the complement of an aid-helper verb, else None."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "xcomp") or head.i == verb.i or head.lemma_.lower() not in AID_HELPERS \
            or head.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in head.children):
        return None
    if verb.dep_ == "ccomp":
        helped = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)   # "helped them train"
    else:
        helped = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)    # "helped them to train"
    return (head, helped) if helped is not None else None


def _without(a, own):
    """The helped actor less a helper's country the resolver lent it ("Qatar has helped them": not Qatar's rebels)."""
    if not a.country or a.country not in own or not a.code.startswith(a.country) or len(a.code) == len(a.country):
        return a
    return replace(a, country=None, code=a.code[len(a.country):],
                   why=f"{a.why or ''}; its helper's country {a.country} set aside")


def helped_aid(coder, events: list[Event], sent, ctx) -> list[Event]:
    """The events of one sentence, with an act of aid done with a helper's help given by the helper to the one
    helped (module doc)."""
    doc = sent.doc
    out, done = [], set()
    for e in events:
        if not e.cameo.startswith(AID_CODES) or e.trigger_token is None or e.modality not in TOLD:
            out.append(e)
            continue
        verb = doc[e.trigger_token]
        found = _helped(verb) if verb.pos_ == "VERB" else None
        helper_tok = subject_of(found[0])[0] if found is not None else None
        helpers = coder.actors_for(helper_tok, ctx, sent, role="source") if helper_tok is not None else []
        helped = coder.actors_for(found[1], ctx, sent, role="target") if found is not None else []
        helpers = [h for h in helpers if all(h.code != d.code for d in helped)]
        # (the helped the coder read as the doer keeps the country the doer stage gave it, "them": the Syrian rebels,
        # unless that is the helper's, which the doer stage may have lent it: "Qatar has helped them")
        own = {h.country for h in helpers if h.country}
        helped = [e.source if e.source is not None and (e.source.start, e.source.text) == (a.start, a.text)
                  and e.source.country not in own else _without(a, own) for a in helped]
        if not helpers or not helped:
            out.append(e)
            continue
        if e.trigger_token in done:
            continue              # (one rewrite per act: the coder's several pairs become the helper's)
        done.add(e.trigger_token)
        why = (f"; aid done with a helper's help ('{found[0].text} {found[1].text} {verb.text}'): the helper "
               f"'{helper_tok.text}' gives it, the one helped '{found[1].text}' gets it")
        out.extend(replace(e, source=h, target=t, rule=(e.rule or "") + why) for h in helpers for t in helped)
    return out
