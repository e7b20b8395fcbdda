"""The other side of a copula that a doer noun naming no actor stands on (issue 14, sources): "China was the state
that shielded them" (China did the shielding), "the first to condemn it was Macron" (Macron condemned). Split out of
coding/clause_args.py, which it reads the clause's subject with; asked by coding/coder.py.

    other = copular_other(noun, relative=True, pred=None)   # (token, rule) or None
"""
from __future__ import annotations

from eventwire.coding.clause_args import subject_of
from eventwire.coding.clause_record import COPULAS, RELATIVE_PRONOUNS, _child


PLACEHOLDER_TAGS = frozenset({"CD", "JJ", "JJS", "DT"})   # "one", "first", "few", "those": words that name no one


def copular_other(noun, relative: bool = True, pred=None):
    """(token, rule) for the other side of the copula that a doer noun naming no actor stands on, or None: the
    subject of a predicate noun ("China was the state that shielded them", "the Kurds are the only people who helped
    us": China, the Kurds), or the predicate noun of a subject that is a bare number or adjective ("one of the
    few to welcome it has been the Russian president", "the first to condemn it was Macron": the president). A
    predicate noun is the same party as its subject, so what the noun's relative clause or infinitive does, the
    other side did. The coder asks only when the noun itself resolves to no actor (coding/coder.py), and takes a
    predicate noun's subject only for the noun's relative clause (`relative`): a participle on it says what the
    predicate is ("Syria has become a battleground pitting the powers against each other" pits no one), and only for
    a relative clause whose subject is its pronoun right after the noun (`pred`, "ones who stood by us"): an
    infinitive on a predicate noun may have it for its object ("Peru is a safe place to visit"), and a relative
    pronoun after the noun's own phrase may be another noun's."""
    if relative and not (pred is not None and pred.dep_ == "relcl" and pred.head.i == noun.i
                         and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS and c.i == noun.i + 1
                                 for c in pred.children)):
        relative = False                 # (nor "a buffer between the militias and Turkey, which has threatened")
    n = noun
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.tag_ in PLACEHOLDER_TAGS:
        n = n.head.head                  # "one of the few to welcome": the "one" the copula is about
    cop = n.head
    if relative and n.dep_ == "pobj" and cop.lower_ == "as" and cop.head.pos_ in ("AUX", "VERB") \
            and f"{cop.head.lemma_.lower()} as" in COPULAS:
        verb = cop.head                  # "Iran seems certain to emerge as the power that protected him": Iran
        while _child(verb, {"nsubj"}) is None and verb.dep_ == "xcomp" and verb.head is not verb:
            verb = verb.head.head if verb.head.pos_ == "ADJ" and verb.head.dep_ in ("acomp", "oprd") else verb.head
        s, how = subject_of(verb)        # (its own, or shared by coordination: "has been active, and now seems ...")
        if s is not None and how.startswith("nsubj") \
                and (s.pos_ in ("NOUN", "PROPN") or (s.tag_ == "PRP" and s.lower_ != "it")):
            return s, f"subject of '{cop.head.lower_} as' whose noun is '{noun.lower_}'"
        return None
    if cop is n or cop.lemma_.lower() not in COPULAS or cop.pos_ not in ("AUX", "VERB"):
        return None
    if n.dep_ == "attr" and relative:
        s = next((c for c in cop.children if c.dep_ == "nsubj" and c.i < n.i), None)
        if s is not None and (s.pos_ in ("NOUN", "PROPN") or (s.tag_ == "PRP" and s.lower_ != "it")):
            return s, f"subject of '{cop.lower_}' whose predicate is '{noun.lower_}'"
    elif n.dep_ == "nsubj" and n.tag_ in PLACEHOLDER_TAGS:
        a = next((c for c in cop.children if c.dep_ == "attr" and c.i > cop.i), None)
        if a is not None and a.pos_ in ("NOUN", "PROPN"):
            return a, f"predicate of '{cop.lower_}' whose subject is '{n.lower_}'"
    return None
