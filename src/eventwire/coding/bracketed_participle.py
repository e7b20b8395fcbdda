"""A past participle in brackets after a name is said of that name: "Theresa May (later ousted as prime minister)".

A bare past participle (no auxiliary of its own) that opens a bracket or dash aside right after a noun, after at
most a few adverbs ("since", "later", "now"), is a reduced passive about the noun: the noun was ousted, sacked,
jailed. The parser may still give the participle the noun as its subject (nsubj, the participle read as a finite
verb of its own); the noun is then the act's patient, and the aside names no doer.
"""
from __future__ import annotations

OPENERS = frozenset({"(", "[", "-", "–", "—", "--"})


def bracketed_patient(verb, subj) -> bool:
    """Whether `subj`, the subject the parser gave the participle `verb`, is the noun a bracketed participle is
    said of (its patient, not its doer)."""
    if subj is None or verb.tag_ != "VBN" or subj.i > verb.i:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False                    # ("(who was later sacked)": a clause of its own, read elsewhere)
    doc = verb.doc
    between = doc[subj.right_edge.i + 1: verb.i]
    if not len(between) or between[0].text not in OPENERS or len(between) > 3:
        return False
    return all(t.pos_ == "ADV" or t.lower_ == "since" for t in between[1:])


def bracket_held_subject(verb):
    """The subject the parser gave a bracketed participle before `verb` instead of `verb` itself, or None: "May
    (later ousted as prime minister) criticised Russia" read with "May" the subject of "ousted" and "ousted" a
    complement of "criticised": May criticised."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ in ("ccomp", "advcl", "parataxis") and c.i < verb.i and c.right_edge.i == verb.i - 1 \
                and c.right_edge.text in (")", "]", "-", "–", "—", "--", ","):
            s = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if s is not None and bracketed_patient(c, s):
                return s
    return None
