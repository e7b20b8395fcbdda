"""Readings of a verb that other stages ask of the modality tables (data/coding/complements.tsv): a duty given, a
purpose that is the act itself, an evaluative "-ing" with an empty subject, a question put."""
from __future__ import annotations

from eventwire.coding.modality import EXPLETIVES, _has, _verbal


def task_given(verb) -> bool:
    """Whether a verb of charging gives a duty ("its coastguard is charged with stopping the boats", "the committee is
    charged with drafting"): complements.tsv V task, in the present passive, with a "with V-ing" phrase and a subject
    that is no personal pronoun (a legal charge is mostly told in the past: "he was charged with killing")."""
    if not _has("V", "task", verb.lemma_.lower()) or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.tag_ == "PRP":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
               for c in verb.children)


def purpose_shown(verb) -> bool:
    """Whether a verb's purpose of root 05 is the act itself (complements.tsv V show): a public gathering
    ("rallied to support the president"; "took to the streets to support", a show noun in its "to" phrase) or a
    message ("phoned the president to congratulate him")."""
    if verb is None or not _verbal(verb):
        return False
    if _has("V", "show", verb.lemma_.lower()):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" and _has("N", "show", o.lemma_.lower())
                                                            for o in c.children) for c in verb.children)


def evaluative(verb) -> bool:
    """Whether an "-ing" verb is an adjective of evaluation with an empty subject: "it is striking how ...", "it is
    alarming that ..." (no act of striking or alarming)."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("prep", "agent") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "expl")), None)
    return subj is not None and subj.lower_ in EXPLETIVES \
        and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in verb.children) \
        and any(c.dep_ in ("ccomp", "csubj") for c in verb.children)


def asks_question(verb) -> bool:
    """Whether a verb of asking (complements.tsv `question`) puts a question, not a request: "asked if anybody was
    wounded", "asked why Russia ...", "asked about the hotline" (not "asked Turkey to halt", "asked for help")."""
    if not _has("V", "question", verb.lemma_.lower()):
        return False
    kids = list(verb.children)
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in kids):
        return False
    for c in kids:
        if c.dep_ in ("ccomp", "advcl", "dep"):
            first = c.left_edge
            if first.lower_ in ("if", "whether") or first.tag_ in ("WDT", "WP", "WP$", "WRB") \
                    or any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children):
                return True
    return any(c.dep_ == "prep" and c.lower_ == "about" for c in kids) and not any(c.dep_ == "dobj" for c in kids)

