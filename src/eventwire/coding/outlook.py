"""Outlook told by an adjective after a copula (issue 14): "the minister said she was pessimistic about the talks",
"Lima remains sceptical of the plan", "the envoy appeared confident about the vote" make a pessimistic
(012) or optimistic (013) comment. The adjective's lexicon row (pos `A` in data/lexicon/01_statement.tsv) gives the
code and which preposition names the target ("about", "of", "over", "on"; a bare row has no target); the copula
(data/coding/roles.tsv `outlook-copula`: "be", "remain", "appear", "seem", "sound", "stay") is the clause's predicate,
so that its subject is the source and its negation, auxiliaries and reported speech ("said it was ...": the statement
itself, as any reported act) are read as for a verb. Only an adjective that is the copula's own complement counts: not
one before a noun ("a hopeful sign"), nor one of a thing ("the outlook is gloomy": no party speaks), nor one with an
adverb of degree that says the opposite ("not very optimistic" is read by the copula's negation). "Confident" counts
only with its "about"/"over" phrase: "confident that X was killed", "confident of his survival" tell a belief or a
state of mind, not an outlook stated.
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_record import role_words
from eventwire.coding.clauses import verb_clause
from eventwire.coding.clause_args import subject_of

COPULA_ROLE = "outlook-copula"
OUTLOOK_RULE = "outlook adjective"
# subjects that are no party that speaks: an expletive or a thing ("it is hopeful that", "the mood was upbeat")
_PARTY_TAGS = ("PROPN", "NOUN", "PRON")


def outlook_clause(lex, adj) -> Optional[tuple]:
    """(clause, lexicon row) for an outlook adjective complementing a copula (module doc), or None."""
    if adj.dep_ != "acomp" or adj.head.pos_ not in ("AUX", "VERB"):
        return None
    cop = adj.head
    if cop.lemma_.lower() not in role_words().get(COPULA_ROLE, frozenset()):
        return None
    if not lex.has_adjective(adj.lemma_.lower()):
        return None
    subj, rule = subject_of(cop)
    if subj is None or subj.pos_ not in _PARTY_TAGS:
        return None
    if subj.lower_ == "it" and subj.dep_ == "nsubj" and any(c.dep_ == "ccomp" for c in adj.children) \
            and not _reported(cop):
        return None               # "it is hopeful that ...": an expletive, not a party
    preps = {}
    for c in adj.children:
        if c.dep_ == "prep":
            pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None and c.lower_ not in preps:
                preps[c.lower_] = pobj
    entries = lex.match_adjective(adj.lemma_.lower(), frozenset(preps))
    if not entries:
        return None
    cl = verb_clause(cop)          # (the copula's negation, auxiliaries and reporting verb: its modality)
    cl.lemma, cl.subj, cl.subj_rule, cl.obj, cl.obj_lemma, cl.preps = adj.lemma_.lower(), subj, rule, None, None, preps
    cl.rule = f"{OUTLOOK_RULE} '{adj.lower_}' after '{cop.lower_}'"
    cl.light_verb = adj            # (the trigger spans the copula and its adjective: "was pessimistic")
    return cl, entries[0]


def private_outlook(cl, code: str, sources, private_doers: bool) -> bool:
    """Whether an outlook an adjective tells (module doc) is a feeling of private people or of no known party ("the
    farmers were hopeful about the harvest"), not a political statement: only a political actor's outlook counts."""
    # (nor of a party with no country, "we", "diplomats": whose outlook it is stays unknown)
    return code[:3] in ("012", "013") and cl.rule.startswith(OUTLOOK_RULE) and (
        not sources or private_doers or not any(a.country for a in sources))


def _reported(cop) -> bool:
    """Whether the copula is the content of a speech verb ("the ministry said it was hopeful that ...")."""
    return cop.dep_ == "ccomp" and cop.head.pos_ == "VERB"
