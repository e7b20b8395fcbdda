"""A warning that someone risks a clash with the speaker's own forces (issue 14, wrong root): "the minister warned
that the junta risked a confrontation with the Thai army", "the general warned that the rebels would face a showdown
with our troops". The one warning names his own side's arms as what the other side courts: a threat of force, not a
gloomy forecast (012). `senses.clause_kinds` asks `courts_own_force` of a "that" clause; a clause kind `threat`
picks the lexicon's threat row (`138.warn-threat`).

Words: data/coding/risked_force.tsv (`risk` verbs: risk, face, invite, court; `clash` nouns: confrontation,
showdown, war). The forces: a "with" phrase on the clash noun (or on the verb) whose head is an armed actor of the
speaker's country ("the Turkish army", "Greek troops"), the speaker the subject of the verb of warning (through a
"who" clause to the noun it hangs on).
"""
from __future__ import annotations

import functools

from eventwire.coding.tables import word_kind_sets

_ARMED = frozenset({"MIL"})


@functools.cache
def _words() -> dict:
    return word_kind_sets("risked_force.tsv")


def _speaker(verb):
    """The subject of the verb of warning a "that" clause hangs on; a relative "who" as the noun it hangs on."""
    head = verb.head
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WP", "WDT") and head.dep_ == "relcl":
        host = head.head
        # "a rebuke by Peru's president, who warned ...": the parser may hang the "who" clause on the act noun; the
        # one who spoke is its "by" phrase
        by = next((c for c in host.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)
        agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        return agent if agent is not None else host
    return subj


def _with_object(tok):
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def courts_own_force(coder, verb) -> bool:
    """Whether a "that" clause says its subject courts a clash with the speaker's own armed forces."""
    from eventwire.coding.senses import _gpe_actor, _phrase_actor
    if verb.dep_ != "ccomp" or verb.lemma_.lower() not in _words().get("risk", ()):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is None or noun.lemma_.lower() not in _words().get("clash", ()):
        return False
    forces = _with_object(noun) or _with_object(verb)
    speaker = _speaker(verb)
    if forces is None or speaker is None:
        return False
    side = _phrase_actor(coder, forces)
    if side is None or side.sector not in _ARMED or not side.country:
        return False
    mine = getattr(_phrase_actor(coder, speaker) or _gpe_actor(coder, speaker), "country", None)
    return mine is not None and mine == side.country
