"""Backing an act against someone is hostility to that one, not praise of it: "Paris has backed Maduro's
overthrow", "the senator supported the removal of the president", "endorsed military action against Caracas".

A verb of support coded as endorsement (root 05; roles.tsv `support` and `endorse-verb`: back, support, endorse,
favour, welcome) whose object is an act noun aimed at a party, and whose target the coder read from that act (the
party the act is done to, not its doer), takes the one the act is aimed at as the one it is hostile to: the event
is disapproval (110) of that party, the verb's own source kept. The act is aimed at the party when the party is:

- in the noun's "of", "against", "on", "at" phrase ("the removal of the president", "action against Caracas"), or
- the possessor of a noun whose possessor undergoes it (data/coding/roles.tsv `undergone-noun`, and `hostile-act`
  nouns: "Maduro's overthrow", "the president's ouster"),

and the noun is an act of hostility: a `hostile-act` noun of roles.tsv (overthrow, toppling, downfall), an act noun
the lexicon codes in roots 11-13 or 16-20 (not a build-up of forces, 15: "supporting the build-up of an army" backs
the army) or as removal from office (0831, 085: "departure", "removal"), or any noun with the party in its "against"
phrase ("measures against", "the campaign against"). Where the act names its own doer ("the
US-led invasion of Iraq", "Ethiopia's offensive against the rebels") the coder's target is that doer, the one
backed, and the event stays as it is; so does backing a party ("backed the rebels") or a plan ("backed the peace
plan").
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.clause_record import SUPPORT_WORDS, UNDERGONE_NOUNS, role_words
from eventwire.model import Event

HOSTILE_NOUNS = role_words().get("hostile-act", frozenset())
AIMED_PREPS = frozenset({"of", "against", "on", "at"})
# (not protest, 14, nor force posture, 15: "supporting the build-up of an army" backs the army)
HOSTILE_ROOTS = frozenset({"11", "12", "13", "16", "17", "18", "19", "20"})
ENDORSING = SUPPORT_WORDS | role_words().get("endorse-verb", frozenset())
REMOVAL_CODES = ("0831", "085")
TOLD = ("asserted", "reported", "intent")
_WITHIN_PHRASE = frozenset({"compound", "amod", "nmod", "appos", "conj", "det", "poss", "case", "flat"})


def _object(verb):
    """The act noun the support verb backs: its direct object, or a passive's subject ("the ouster was backed by")."""
    deps = ("nsubjpass",) if any(c.dep_ == "auxpass" for c in verb.children) else ("dobj",)
    return next((c for c in verb.children if c.dep_ in deps and c.pos_ == "NOUN"), None)


def _hostile(coder, noun, via: str) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in HOSTILE_NOUNS or via == "against":
        return True
    name = coder.event_noun(noun)
    if not name:
        return False
    entries = coder.lex.match_noun(name, frozenset())
    return bool(entries) and (entries[0].cameo[:2] in HOSTILE_ROOTS or entries[0].cameo.startswith(REMOVAL_CODES))


def _aimed_via(noun, tok):
    """How the token (the target's head) is the one the noun's act is aimed at: the preposition whose phrase holds
    it, "poss" for a possessor that undergoes the act, or None (a doer: a demonym, a "-led" name, a "by" phrase)."""
    t = tok
    for _ in range(8):
        if t.i == noun.i:
            return None
        head = t.head
        if head.i == noun.i:
            if t.dep_ == "poss" and (noun.lemma_.lower() in UNDERGONE_NOUNS or noun.lemma_.lower() in HOSTILE_NOUNS):
                return "poss"
            return None
        if head.dep_ == "prep" and head.head.i == noun.i and t.dep_ == "pobj":
            return head.lower_ if head.lower_ in AIMED_PREPS else None
        if head.i == t.i or t.dep_ not in _WITHIN_PHRASE:
            return None             # (not a party deeper down: "the removal of sanctions on Iran")
        t = head
    return None


def _target_token(doc, e: Event, noun):
    if e.target is None or e.target.start is None:
        return None
    lo, hi = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge.text)
    if not (lo <= e.target.start < hi):
        return None
    return next((t for t in noun.subtree if t.idx <= e.target.start < t.idx + len(t.text) + 1), None)


def backed_hostility(coder, events: list[Event], doc) -> list[Event]:
    """The events of one sentence, with an endorsement of an act against a party read as hostility to that party
    (module doc)."""
    out = list(events)
    for k, e in enumerate(events):
        if not e.cameo.startswith("05") or e.trigger_token is None or e.modality not in TOLD:
            continue
        verb = doc[e.trigger_token]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ENDORSING:
            continue
        noun = _object(verb)
        tok = _target_token(doc, e, noun) if noun is not None else None
        if tok is None:
            continue
        via = _aimed_via(noun, tok)
        if via is None or not _hostile(coder, noun, via):
            continue
        info = coder.ontology.cameo("110")
        if info is None:
            continue
        why = f"; backing an act against its target ('{verb.text} ... {noun.text}'): hostility to it -> 110"
        out[k] = replace(e, cameo="110", plover_type=info.plover_type, plover_mode=info.plover_mode,
                         goldstein=info.goldstein, quad_class=info.quad_class, rule=(e.rule or "") + why)
    return out
