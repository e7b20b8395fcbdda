"""Roles stage: "the two men" as the patient of an act of force or custody (issue 14, no target).

A definite description of counted people by a bare word for people ("the two men", "the three women", "both
brothers") names nobody by itself: Roles._human leaves it uncoded, since the people may be fighters, officials or
hostages named before, and coding them as private people would be wrong as often as right. Where the story counted
the same number of people just before with a phrase that does name them ("two British Isis militants were captured
...", "three Italian engineers were seized ... The three men were later freed"), the description stands for that
phrase: its actor is theirs. Looked for in the sentence itself (before the description) and up to BACK_SENTENCES
before it, nearest first; only a plural noun with the same number word ("two", "2"), whose actor has a sector or is a named
body (not a bare country: "two countries", "two towns"), and never a number of days or years, nor the
speakers of a reporting verb ("two US officials confirmed ...": who told of them).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Optional

from eventwire.coding.lexicon import default_lexicon
from eventwire.knowledge.coref_mentions import coref_words
from eventwire.model import Actor

BACK_SENTENCES = 4
_DETS = ("the", "these", "those", "both")
_DIGITS = {"2": "two", "3": "three", "4": "four", "5": "five"}


def _count(h) -> Optional[str]:
    """The number word a description counts its people by ("the two men" -> "two"; "both men" -> "two"), or None."""
    words = coref_words()
    n = next((c.lower_ for c in h.children if c.dep_ == "nummod" and c.i < h.i), None)
    n = _DIGITS.get(n, n)
    if n is None and any(c.lower_ == "both" and c.i < h.i for c in h.children):
        n = "two"
    return n if n is not None and words.get(n, ("", None))[0] == "count" else None


def counted_before(h, resolve: Callable) -> list[Actor]:
    """The actors of the earlier phrase that counted the people the description `h` counts again ("the two men" after
    "two British Isis militants"), or [] (module doc). `resolve(tok)` gives the actors of a noun head."""
    words = coref_words()
    if h.pos_ != "NOUN" or h.tag_ != "NNS" or words.get(h.lemma_.lower(), ("", None))[0] != "people" \
            or not any(c.lower_ in _DETS and c.i < h.i for c in h.children) \
            or any(c.dep_ in ("amod", "compound", "nmod", "appos", "acl") for c in h.children) \
            or any(c.dep_ == "relcl" and h.doc[c.left_edge.i - 1].text != "," for c in h.children):
        return []                 # ("the two young men", "the two men, X and Y", "the two men who fled": described
        #                           or named right here; not "the two men, who were stripped of ...": told of more)
    n = _count(h)
    if n is None:
        return []
    doc = h.doc
    sents = list(doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= h.i < s.end)
    for s in reversed(sents[max(0, here - BACK_SENTENCES): here + 1]):
        for t in reversed(list(s)):
            if t.i >= h.i or t.dep_ != "nummod" or _DIGITS.get(t.lower_, t.lower_) != n:
                continue
            head = t.head
            if head.pos_ != "NOUN" or head.tag_ != "NNS" or head.ent_type_ in ("DATE", "TIME") \
                    or words.get(head.lemma_.lower(), ("", None))[0] == "people":
                continue          # ("two years", "two men" again: no name of their kind)
            if head.dep_ == "nsubj" and head.head.lemma_.lower() in default_lexicon().reporting_verbs:
                continue          # ("Two US officials confirmed the capture": who told of them, not them)
            got = [a for a in resolve(head) if a is not None and a.code and (a.sector or a.entity)]
            if got:
                return [replace(a, text=h.text, start=h.idx, end=h.idx + len(h.text),
                                why=(a.why or "") + f"; '{' '.join(c.text for c in h.lefts)} {h.text}' are the "
                                                    f"{n} counted before as '{t.text} ... {head.text}'")
                        for a in got[:1]]
            return []             # the nearest count of people decides, whether or not it names them
    return []
