"""The party a criticism, accusation, warning or threat told in a "that" clause is aimed at (issue 14, no target).

"The senator warned that the minister was endangering the ceasefire", "the envoy threatened that Caracas would pay
a heavy price": the speaker speaks against the subject of the clause, an actor whose act or state the clause tells.
Only for roots 11 (disapproval, accusation) and 13 (warnings, threats), after the other fallbacks (comments, root
01, read the same subject through coding/roles.py `_fallback_targets`); never for a plain verb of saying. Never the
speaker's own side: not the source itself (coding/same_party.py), nor a party of the source's own country unless two
people the lists know apart ("the White House warned that the US would respond": its own resolve, no target), nor a
pronoun ("warned that they would ..."), nor a subject owned by a pronoun ("vowed that his army would ...") or a
bare sector whose country is not yet known, nor anyone named beside the speaker's side ("warned that its troops and
their allies would advance").

Session 28 (speech28): a passive clause's doer is its "by" agent, not its subject ("warned that the town would be
stormed by the militia", "claimed that the cultural centre was bankrolled by Tehran": the militia, Tehran; the
subject is only what the act was done to); and a statement (root 01) whose verb of saying is one of claiming
(data/coding/non_events.tsv `claim`: claim, insist, contend, assert), or that is told in a statement noun hung on such
a verb ("In its statement, the group claimed that the centre was funded by Tehran"), is aimed at the party whose act
its "that" clause tells, as an accusation is; a plain "said that" stays without a target.
"""
from __future__ import annotations

from eventwire.coding.same_party import is_source, two_people
from eventwire.doc_index import to_infinitive

THAT_ROOTS = ("11", "13")
_NO_PARTY = frozenset({"that", "which", "who", "it", "what", "this", "there"})


def _agent(clause):
    """The "by" agent of a passive clause ("was bankrolled by Tehran"), or None."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
        return None
    by = next((c for c in clause.children if c.dep_ == "agent"), None)
    if by is None and (conj := next((c for c in clause.children if c.dep_ == "conj" and c.tag_ == "VBN"), None)):
        by = next((c for c in conj.children if c.dep_ == "agent"), None)   # "was bankrolled and sponsored by X"
    return next((x for x in by.children if x.dep_ == "pobj"), None) if by is not None else None


def _claim_verb(cl, code: str):
    """The verb of claiming a statement (root 01) is told by: its own verb, or the verb a statement noun's "in"
    phrase hangs on ("In its statement, X claimed that ..."); None for any other statement."""
    from eventwire.coding.nonevent import _is
    if code[:2] != "01" or code[:3] == "016":
        return None
    verb = cl.pred
    if cl.kind == "noun" and verb.dep_ == "pobj" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
        verb = verb.head.head
    elif cl.kind != "verb":
        return None
    return verb if verb.pos_ == "VERB" and _is("claim", verb) else None


def _clause_subject(pred):
    """The subject of a "that" clause (or one with no "that") under `pred`, not an infinitive, a question or a
    conditional (a passive's "by" agent where it has one); None where there is none."""
    for c in pred.children:
        if c.dep_ != "ccomp" or c.i < pred.i:
            continue
        if any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children) \
                or any(m.tag_ in ("WRB", "WP", "WDT") for m in c.children) \
                or to_infinitive(c):
            continue
        subj = _agent(c) or next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ in ("PROPN", "NOUN") and subj.lower_ not in _NO_PARTY:
            return subj
    return None


def that_clause_target(coder, cl, code: str, sources: list, ctx, sent):
    """([actors], how) for the subject of the "that" clause of a criticism, accusation, warning or threat that names
    no target otherwise (module doc), or None."""
    if not sources:
        return None
    if code[:2] in THAT_ROOTS and cl.kind == "verb":
        verb = cl.pred
    elif (verb := _claim_verb(cl, code)) is None:
        return None
    subj = _clause_subject(verb)
    if subj is None:
        return None
    if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in subj.children):
        return None                     # "vowed that his army would ...": whose the pronoun says, often the speaker's
    # a bare sector ("the army") is placed only later (knowledge/actor_country.py): its side is not known here
    named = [a for a in coder.actors_for(subj, ctx, sent, role="fallback") if a.code and (a.country or a.entity)]
    if any(is_source(a, sources) or any(a.home() and a.home() == s.home() and not two_people(a, s)
                                        for s in sources) for a in named):
        # the speaker's side among the subjects: "warned that Ruritanian troops and their local allies would
        # advance" tells its own side's act, and its allies are no party it speaks against
        return None
    found = named
    if not found:
        return None
    role = "agent" if subj.dep_ == "pobj" else "subject"
    return found, f"'{subj.text}', the {role} of the 'that' clause of '{verb.text}' (the one spoken against)"
