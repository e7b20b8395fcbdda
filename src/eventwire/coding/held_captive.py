"""Clauses, arguments stage: a reduced relative "held captive" read as the sentence's own verb.

"Two engineers, held hostage in the desert for a year, were freed on Monday", "crewmen held prisoner at a port were
swapped": the parser takes "held" for the finite verb, with the captives for its subject, and hangs the real
verb, a passive with no subject of its own, on it as a conjunct (or takes "held" for that verb's complement). The
captives are then the patient of both verbs: "held" is done to them (by its "by" phrase, if any) and so is the
passive. The states a captor holds someone in are data/coding/roles.tsv `captive-state`. clause_args.subject_of and
object_of ask this module."""
from __future__ import annotations

from eventwire.coding.clause_record import PASSIVE_SUBJ_DEPS, RELATIVE_PRONOUNS, SUBJ_DEPS, role_words, _child
from eventwire.coding.same_party import other_parties
from eventwire.doc_index import dep_children

CAPTIVE_STATES = role_words().get("captive-state", frozenset())
_HOLDING = ("hold", "keep")


def _passive_without_subject(verb) -> bool:
    return _child(verb, {"auxpass"}) is not None and not any(
        c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS for c in verb.children)


def _state(held):
    return next((c for c in held.children if c.dep_ in ("oprd", "dobj", "acomp", "xcomp")
                 and c.lemma_.lower() in CAPTIVE_STATES and c.i == held.i + 1), None)


def _captives(held):
    """The noun a "held captive" misread as a finite verb was said of, or None."""
    if held.lemma_.lower() not in _HOLDING or held.tag_ not in ("VBN", "VBD") \
            or any(c.dep_ in ("aux", "auxpass", "mark") for c in held.children) or _state(held) is None:
        return None
    subj = _child(held, {"nsubj"})
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.lower_ in RELATIVE_PRONOUNS or subj.i > held.i:
        return None
    if other_verb(held) is None:
        return None
    return subj


def other_verb(held):
    """The sentence's real verb: a passive with no subject coordinated after "held", or governing it."""
    for c in held.children:
        if c.dep_ == "conj" and c.i > held.i and _passive_without_subject(c):
            return c
    if held.dep_ in ("ccomp", "advcl", "parataxis") and held.head.i > held.i and _passive_without_subject(held.head):
        return held.head
    return None


def held_patient(verb):
    """The captives as the patient of `verb`, when it is "held" misread as finite or the passive it hides, or None."""
    if (n := _captives(verb)) is not None:
        return n
    held = verb.head if verb.dep_ == "conj" else next(
        (verb.doc[i] for i, dep in dep_children(verb.doc)[verb.i] if dep in ("ccomp", "advcl", "parataxis")
         and i < verb.i), None)
    if held is None or held.i == verb.i:
        return None
    n = _captives(held)
    other = other_verb(held) if n is not None else None
    return n if other is not None and other.i == verb.i else None


def held_doer(verb):
    """(doer or None,) for a verb whose subject is the captives it holds (see held_patient), or None: the "by"
    phrase's noun, or no doer."""
    if held_patient(verb) is None:
        return None
    agent = _child(verb, {"agent"}) or next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    pobj = _child(agent, {"pobj"}) if agent is not None else None
    return (pobj,)


def _held_active(verb):
    """(captive, state) for an active "held X hostage", "kept the crew captive", "held the fighters prisoner" (the
    parser may make the captive a compound of the state word), or None."""
    if verb.lemma_.lower() not in _HOLDING:
        return None
    state = next((c for c in verb.children if c.dep_ in ("oprd", "dobj", "xcomp", "acomp", "advcl")
                  and c.lemma_.lower() in CAPTIVE_STATES and c.i > verb.i), None)
    if state is None:
        return None
    who = next((c for c in verb.children if c.dep_ == "dobj" and c.i < state.i), None)
    if who is None and state.dep_ == "dobj":
        who = next((c for c in state.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")
                    and c.tag_ in ("NNS", "NNPS", "NNP")), None)
    return (who, state) if who is not None else None


def captive_state(verb):
    """The state word ("hostage") of a "held hostage" whose patient is someone else, the captives (misread as the
    verb's subject, or its object before the state word): the word the lexicon's object test reads (data/lexicon
    'hold-hostage'), or None."""
    if _captives(verb) is not None:
        return _state(verb)
    held = _held_active(verb)
    return held[1] if held is not None else None


def held_object(verb):
    """The captive of an active "held the fighters prisoner" that the parser made a compound of the state word, or
    None (an object of its own the verb's object already names)."""
    held = _held_active(verb)
    return held[0] if held is not None and held[0].dep_ == "compound" else None


def held_captives(verb):
    """Whoever a "held hostage", "kept captive" or "held prisoner" with `verb` for its verb holds: the captives the
    parser read as its subject, or its object before the state word; None for any other verb."""
    if verb is None:
        return None
    if (n := _captives(verb)) is not None:
        return n
    held = _held_active(verb)
    return held[0] if held is not None else None


def captive_target(coder, cl, sources, ctx, sent):
    """([actors], how) for the captives of an act of holding told by its state noun or its verb ("crewmen held
    prisoner at a port", "held the crew hostage"), when the act's own slots name none, or None."""
    verb = cl.light_verb if cl.kind == "noun" else cl.pred
    who = held_captives(verb)
    if who is None:
        return None
    found = other_parties(coder, who, sources, ctx, sent, apart=False)
    return (found, f"the captives '{who.text}' held {verb.lower_}") if found else None
