"""Justifying a hostile act against someone is doing it, not defending that one (issue 14, "wrong root"): "the
president used the bombing to justify a crackdown on opposition parties" tells his crackdown on the parties (175),
not a verbal defence (052) of them.

    events = justified_acts(coder, events, doc)    # per sentence, after backed_hostility (coder.py)

A defence in words (052; roles.tsv `justify-verb`: justify, defend) whose object is an act noun the lexicon codes as
coercion, assault or force (roots 17-20: "a crackdown", "the arrests", "the offensive"), and whose target the coder
read from that noun's "on", "against", "of" or "at" phrase (the one the act is done to, not its doer), takes the
noun's own code: the justifier is the one who does it, and its target the one it is done to. Where the act names
its own doer ("Moscow justified Syria's offensive", "the army's crackdown") the coder's target is that doer, the one
defended, and the event stays as it is; so does justifying a party or a policy.
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.backed_hostility import _aimed_via, _object, _target_token
from eventwire.coding.clause_record import role_words
from eventwire.model import Event

JUSTIFYING = role_words().get("justify-verb", frozenset())
DONE_ROOTS = frozenset({"17", "18", "19", "20"})
TOLD = ("asserted", "reported", "intent")


def _act_code(coder, noun):
    """The code the lexicon gives the act noun, when one of coercion or force, or None."""
    name = coder.event_noun(noun)
    if not name:
        return None
    entries = coder.lex.match_noun(name, frozenset())
    return entries[0].cameo if entries and entries[0].cameo[:2] in DONE_ROOTS else None


def justified_acts(coder, events: list[Event], doc) -> list[Event]:
    """The events of one sentence, with a justification of a hostile act read as the act (module doc)."""
    out = list(events)
    for k, e in enumerate(events):
        if e.cameo != "052" or e.trigger_token is None or e.modality not in TOLD:
            continue
        verb = doc[e.trigger_token]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in JUSTIFYING:
            continue
        noun = _object(verb)
        tok = _target_token(doc, e, noun) if noun is not None else None
        if tok is None or _aimed_via(noun, tok) not in ("on", "against", "of", "at"):
            continue
        code = _act_code(coder, noun)
        info = coder.ontology.cameo(code) if code else None
        if info is None:
            continue
        why = f"; justifying its own act against its target ('{verb.text} ... {noun.text}'): the act -> {code}"
        out[k] = replace(e, cameo=code, plover_type=info.plover_type, plover_mode=info.plover_mode,
                         goldstein=info.goldstein, quad_class=info.quad_class, rule=(e.rule or "") + why)
    return out
