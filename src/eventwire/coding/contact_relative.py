"""A relative clause with no relative word that the parser read as a second subject (issue 14, no target, wrong
source): "The Kurdish militia Ankara has vowed to crush holds the town" is parsed with "militia" and "Ankara" both
subjects of "vowed" and "holds" hung on it with no subject of its own. The clause is "Ankara has vowed to crush [the
militia]": the nearer subject is the doer, the noun before it is the object the clause leaves out (as "the city that
Iraq retook", coding/clause_args.py `object_of`), and the finite verb left with no subject ("holds") is that noun's,
wherever the parser hung it: on the clause's verb, as the head the clause is the subject of ("... vowed to crush still
holds the town"), or as a second thing said right after it ("Analysts say the militants the army vowed to wipe out are
hiding").

Only where the two nouns' phrases touch (no comma, no "and": not "Waving flags, 800 workers demonstrated" nor a
coordination), the first is a noun or name (not a pronoun), the clause's verb says nothing of another clause (no
"that" clause: "the militia the US says threatens it" leaves out a subject, not an object) and, down its chain of
"to" infinitives, the last verb has no object of its own (not "The news agency AFP reported clashes"); and only
where a finite verb after the clause is left with no subject (the sentence's own verb), which the misreading shows.
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_record import SUBJ_DEPS, _child
from eventwire.doc_index import dep_children, to_infinitive

_OBJ_DEPS = frozenset({"dobj", "dative", "ccomp", "attr", "acomp"})
_FINITE = frozenset({"VBZ", "VBD", "VBP"})


def _finite(v) -> bool:
    """A finite verb, or one with a finite auxiliary ("are regrouping", "will hold")."""
    return v.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and (c.tag_ in _FINITE or c.tag_ == "MD")
                                    for c in v.children)


def _gap_verb(verb):
    """The last verb of `verb`'s chain of "to" infinitives, when none of the chain has an object; else None."""
    v = verb
    while True:
        if any(c.dep_ in _OBJ_DEPS for c in v.children) \
                or any(c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                       for c in v.children):
            return None   # (an object of its own, or a stranded preposition: "the town it withdrew from")
        nxt = next((c for c in v.children if c.dep_ == "xcomp" and c.i > v.i and to_infinitive(c)), None)
        if nxt is None:
            return v
        v = nxt


def contact_relative(verb) -> Optional[tuple]:
    """(antecedent, doer, verb whose object the antecedent is, the sentence's own verb) when `verb` heads a relative
    clause with no relative word that the parser gave two subjects (module doc); else None."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    doc = verb.doc
    subjects = [doc[i] for i, dep in dep_children(doc)[verb.i] if dep == "nsubj" and i < verb.i]
    if len(subjects) != 2:
        return None
    ante, doer = subjects
    if ante.pos_ not in ("NOUN", "PROPN") or doer.pos_ not in ("NOUN", "PROPN", "PRON") \
            or doer.left_edge.i != ante.right_edge.i + 1 or any(c.dep_ == "conj" for c in ante.children):
        return None
    gap = _gap_verb(verb)
    if gap is None:
        return None
    own = next((c for c in verb.children if c.dep_ in ("advcl", "conj", "ccomp", "parataxis") and c.i > gap.i
                and _finite(c) and _child(c, SUBJ_DEPS | {"nsubjpass"}) is None), None)
    if own is None and verb.dep_ == "csubj" and verb.head.i > gap.i and _finite(verb.head) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.head.children):
        own = verb.head   # ("... vowed to crush still holds the town": the clause read as the subject of "holds")
    if own is None and verb.dep_ in ("ccomp", "conj") and verb.head.i < verb.i:
        # ("Analysts say the militants the army vowed to wipe out are hiding": "hiding" read as a second thing said,
        # right after the clause)
        own = next((c for c in verb.head.children if c.dep_ in ("ccomp", "conj") and c.i > gap.i and _finite(c)
                    and c.left_edge.i == gap.right_edge.i + 1 and _child(c, SUBJ_DEPS | {"nsubjpass"}) is None), None)
    if own is None:
        return None
    return ante, doer, gap, own


def contact_relative_role(verb, role: str):
    """The antecedent of a misread relative clause with no relative word (module doc) when `verb` is the verb whose
    object it is (`role` "gap": `verb` or the last "to" infinitive of its chain) or the sentence's own verb left with
    no subject (`role` "own"); else None."""
    top = verb
    if role == "gap":
        while top.dep_ == "xcomp" and top.head.i < top.i:
            top = top.head
    else:
        tops = [c for c in verb.children if c.dep_ == "csubj"]
        if verb.dep_ in ("advcl", "conj", "ccomp", "parataxis"):
            tops += [verb.head] + [c for c in verb.head.children if c.dep_ in ("ccomp", "conj") and c.i < verb.i]
        top = next((t for t in tops if contact_relative(t) is not None), verb)
    found = contact_relative(top)
    if found is None or found[2 if role == "gap" else 3].i != verb.i:
        return None
    return found[0]
