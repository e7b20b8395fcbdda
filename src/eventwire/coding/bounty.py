"""A price put on someone (issue 14, wrong root): "the group offered a reward to whoever kills the governor", "put a
$2m price on the reporter's head", "offered a bounty for the capture of X" is a threat (13) aimed at that person,
not an offer to cooperate (030) aimed at nobody.

`wanted(coder, verb, obj)`: the person a `bounty` object (argument_kinds.tsv: reward, bounty, price) is put on, through
the harm it is offered for (`bounty_harm`: kill, capture, head, death): the object of a harming verb in the clause's own
words ("to anyone who kills X", the parser's "to whomever kills X"), or the owner of a harm noun in its "for"/"on"
phrase ("for the capture of X", "on X's head"); read by coding/senses.py (the object kind `wanted`, lexicon rows
`138.<verb>-reward-wanted`) and by coding/roles.py (`wanted_parties`: the target).
"""
from __future__ import annotations

_CLAUSE_EDGES = frozenset({"ccomp", "conj", "parataxis"})
_TAKERS = frozenset({"whoever", "whomever", "anyone", "anybody", "to"})


def _own_words(verb):
    """The words of the verb's own clause: its subtree without coordinated or reported clauses."""
    cut = [c for c in verb.children if c.dep_ in _CLAUSE_EDGES and c.pos_ in ("VERB", "AUX")
           and not any(x.lower_ in _TAKERS for x in c.children)]   # (not the parser's "to whomever kills X")
    skip = {t.i for c in cut for t in c.subtree}
    return [t for t in verb.subtree if t.i not in skip and t.i > verb.i]


def _owner(noun):
    """The person a harm noun is done to: its possessor ("X's head") or its "of" object ("the capture of X")."""
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
    if poss is not None:
        return poss
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")), None) \
        if of is not None else None


def wanted(coder, verb, obj):
    """The person the `bounty` object `obj` of `verb` is put on (module doc), or None."""
    if obj is None or "bounty" not in coder.lex.word_kinds(obj.lemma_.lower()):
        return None
    for t in _own_words(verb):
        if "bounty_harm" not in coder.lex.word_kinds(t.lemma_.lower()):
            continue
        # (a harming verb's object, also where the tagger took the verb for a second object: "a reward to
        # whomever kills[dobj] X")
        found = next((c for c in t.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")), None)
        if found is None and t.pos_ == "NOUN" and t.head.dep_ == "prep" and t.head.lower_ in ("for", "on"):
            found = _owner(t)
        if found is not None:
            return found
    return None


def wanted_parties(coder, cl) -> list:
    """[the person the clause's bounty object is put on], or []."""
    if cl.kind != "verb" or cl.obj is None:
        return []
    found = wanted(coder, cl.pred, cl.obj)
    return [found] if found is not None else []
