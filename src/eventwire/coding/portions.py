"""A portion of something as a verb's object (issue 14, wrong root): "struck down most of the policy" strikes down a
policy, "released three of the hostages" releases hostages, "the tape is one of several released by the cartel" is a
video released. The lexicon's object words and argument kinds (coding/senses.py) test the noun the portion is of,
not the portion word: `portion_head` is asked by `clauses.object_lemma` and `senses._kinds_bearer`.

Portion words: data/coding/nouns.tsv `portion` (most, some, all, few, part, half, one...) and numbers.
"""
from __future__ import annotations

import functools


@functools.cache
def _portion_words() -> frozenset:
    from eventwire.coding.tables import coding_table
    return frozenset(w.lower() for w, cls, *_ in coding_table("nouns.tsv") if cls == "portion")


def _is_portion(tok) -> bool:
    return tok.lemma_.lower() in _portion_words() or tok.lower_ in _portion_words() or \
        (tok.like_num and tok.pos_ == "NUM")


def _of_object(tok):
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def portion_head(tok):
    """The noun a portion word stands for: its "of" noun ("most of the policy", "three of the hostages", also
    "one of the few reports"), or, for "one of (the) few" with no noun after it, the subject of the "be" that "one"
    is the attribute of ("the tape is one of several released"); any other token is its own."""
    if tok is None or not _is_portion(tok):
        return tok
    for _ in range(3):
        inner = _of_object(tok)
        if inner is None or not _is_portion(inner):
            break
        tok = inner
    inner = _of_object(tok)
    if inner is not None:
        return inner
    # "X is one of (the) few [released]": the portion is the pobj of an "of" on a portion word that is the attribute
    # of "be"; what it is a portion of is the subject of "be"
    top = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and _is_portion(tok.head.head):
        top = tok.head.head
    if top.dep_ == "attr" and top.head.lemma_ == "be":
        subj = next((c for c in top.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
            return subj
    return tok


def aside_portion(first, second) -> bool:
    """Whether `second`, a second subject the parser gave a verb, is a portion word in a comma aside about `first`
    ("demonstrators, many wearing hoodies, marched": the demonstrators marched, "many" only says what some of them
    wore). The portion word has no "of" noun of its own and carries a participle or clause; `first` is a noun or
    name, and a comma stands between them."""
    if not _is_portion(second) or second.like_num or _of_object(second) is not None:
        return False
    if first.pos_ not in ("NOUN", "PROPN") or first.i >= second.i:
        return False
    if not any(t.lower_ == "," for t in second.doc[first.i + 1: second.i]):
        return False
    return any(c.dep_ in ("acl", "relcl") or c.tag_ in ("VBG", "VBN") for c in second.children)
