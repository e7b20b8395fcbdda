"""Targets stage: an order, appeal or answer given in reply to what another said is addressed to that one (issue 14
item 4, no target).

"When the minister said he was ready, the prime minister ordered: 'Begin the inquiry.'", "After the envoy proposed
a truce, the general refused": an act of appeal, demand, disapproval or rejection (data/coding/replied_to.tsv
`reply-root`) that names no target, whose verb has a "when"/"after" clause (`reply-mark`) of a verb of saying or
asking (`said-verb`), is said in reply to that clause's subject: its target is that subject, where the coder resolves
it to a party that is not the act's own source (two people the lists know apart are two parties, though one
government holds both). A pronoun subject is read as the coder reads it (coreference). Never a clause of the act's
own doer ("when he said ..., he ordered"), nor a "when" clause with no verb of saying, nor an act with an object of
its own other than a pronoun for what was said (`answered-pronoun`: "criticised the decision" is about the decision),
nor a question from the press (`asker-sector`: MED, "when reporters asked").

    found = replied_to(coder, cl, code, sources, ctx, sent)    # ([actors], how) or None

The target's why says "the one whose words it answers"; the event's rule ends "; target: '<subject>', who '<verb>'
first (it answers)".
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.same_party import other_parties
from eventwire.coding.tables import kind_sets

_KINDS = kind_sets("replied_to.tsv")
_ROOTS = tuple(_KINDS.get("reply-root", ()))
_SAID = _KINDS.get("said-verb", frozenset())
_MARKS = _KINDS.get("reply-mark", frozenset())
_ANAPHORS = _KINDS.get("answered-pronoun", frozenset())
_ASKERS = _KINDS.get("asker-sector", frozenset())


def _said_clause(verb):
    """The "when"/"after" clause of a verb of saying hung on `verb`, or None."""
    for c in verb.children:
        if c.dep_ != "advcl" or c.i > verb.i or c.lemma_.lower() not in _SAID:
            continue
        if any(m.dep_ in ("advmod", "mark") and m.lower_ in _MARKS and m.i < c.i for m in c.children):
            return c
    return None


def replied_to(coder, cl, code: str, sources: list, ctx, sent):
    """([actors], how) for an act given in reply to what another said (module doc), or None."""
    if cl.kind != "verb" or not sources or not code.startswith(_ROOTS):
        return None
    if cl.obj is not None and cl.obj.lower_ not in _ANAPHORS:
        return None           # ("criticised the decision": about what it names, not to whom it replies)
    said = _said_clause(cl.pred)
    if said is None:
        return None
    subj = next((c for c in said.children if c.dep_ == "nsubj"), None)
    if subj is None or (cl.subj is not None and subj.lower_ == cl.subj.lower_):
        return None
    # (no reporters' question: "when reporters asked, the minister refused" answers no party)
    got = [a for a in other_parties(coder, subj, sources, ctx, sent) if a.code and a.sector not in _ASKERS]
    if not got:
        return None
    how = f"'{subj.text}', who '{said.text}' first (it answers)"
    return [replace(a, why=(a.why or "") + "; the one whose words it answers") for a in got], how
