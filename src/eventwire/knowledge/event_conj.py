"""Event location: the verbs joined to a trigger by "and" that tell another act (used by event_location.py).

    other_acts(trig, acts)   # token indexes under the joined verbs whose places belong to their own act

A verb joined to the trigger hangs under it in the parse, so its places fall inside the trigger's own subtree:
"rebels attacked army posts in the north of the province and later captured the village of X" puts the village
under "attacked". Such a joined verb tells an act of its own, with a place of its own, where it has a subject of
its own ("police in X shot a man, and soldiers detained two others in Y") or where the trigger already has its own
object ("attacked army posts ... and captured X", "seized the town and are now at the gates of Y"). A joined verb
that shares the trigger's object and place ("were shot and killed in X", "shot and wounded a man near Y") keeps
them, and so do a passive that leaves out its auxiliary ("35 were killed and 20 wounded in X") and one the coder
merged into the same act (`acts`).
"""
from __future__ import annotations

_SUBJECTS = ("nsubj", "nsubjpass", "expl")
_OBJECTS = ("dobj", "obj")


def _own_subject(v) -> bool:
    return any(c.dep_ in _SUBJECTS for c in v.children)


def _gapped(v, trig) -> bool:
    """Is v a passive participle joined to a passive trigger without its own auxiliary ("were killed and 20
    wounded")?"""
    return v.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in v.children) \
        and any(c.dep_ == "auxpass" for c in trig.children)


def _introduced(v, trig) -> bool:
    """Does "and", "but" or a comma come just before the joined verb's words (a few words back: the parser may hang
    its subject elsewhere)? A verb the parser joined without one is a clause it misread ("shot a man they say
    opened fire on them near X": the man's act, told where the shooting was)."""
    doc = v.doc
    start = v.left_edge.i
    return any(doc[k].dep_ == "cc" or doc[k].text in (",", ";") for k in range(max(trig.i + 1, start - 3), start))


def other_acts(trig, acts=()) -> frozenset:
    """Token indexes of the verbs joined to trig (through a chain of "and"s) that tell another act, with their
    subtrees; empty where there is none."""
    merged = {a.i for a in acts}
    # (the object of a verb merged into the act counts: "shot and killed X ... and captured Y")
    has_object = any(c.dep_ in _OBJECTS for v in [trig, *acts] for c in v.children)
    out: set[int] = set()
    stack = [c for c in trig.children if c.dep_ == "conj"]
    while stack:
        v = stack.pop()
        if v.pos_ not in ("VERB", "AUX") or v.i < trig.i:
            continue
        if v.i in merged or _gapped(v, trig):
            # "shot and killed X ... and agents captured Y": the act goes on through "killed"; "35 were killed and
            # 20 wounded in X": a passive that leaves out its "were" tells the same act
            stack.extend(c for c in v.children if c.dep_ == "conj")
            continue
        if (_own_subject(v) or has_object) and _introduced(v, trig):
            out.update(t.i for t in v.subtree)
            continue
        stack.extend(c for c in v.children if c.dep_ == "conj")
    return frozenset(out)
