"""Clauses, arguments stage: the doer of a verb whose subject the parser hung elsewhere in its sentence.

- `existential_doer`: "There are 300 French soldiers in Mali, training the army": the participle after the comma
  hangs on "are", whose subject is the empty "there"; the ones it says are there (its attribute) do it.
- `fronted_clause_subject`: "Colonel Karimi overthrew the king, declared a republic and banned the party" read with
  "overthrew" as an adverbial clause of "declared" (and so its subject as that clause's own), and "Belgian
  ministers, anxious to avoid a row, criticised the plan" read with "ministers" as the subject of "anxious": a finite
  main verb with no subject of its own takes the subject of the clause the parser hung before it, when that clause
  opens with its subject, has no subordinating word ("when", "as", "after": a clause of its own) and ends with a
  comma before the verb.
- `subordinator_object_subject`: "villagers who left as[prep] the advancing troops[pobj] moved in[advcl], expelling
  ...": the parser read the subordinating "as" ("after", "while", "since") as a preposition and the subject of the
  clause it opens as its object; the verb right after that object has no subject of its own (not "before" or
  "until", whose clause tells what has not happened yet, nor an object with "any" or "no").

All are asked by `clause_args.subject_of` before it goes up to the clause above a verb with no subject.
"""
from __future__ import annotations

from eventwire.coding.clause_record import PASSIVE_SUBJ_DEPS, SUBJ_DEPS
from eventwire.doc_index import child_with

FINITE_TAGS = ("VBD", "VBZ", "VBP")


def _no_subject(verb) -> bool:
    """Whether `verb` has no subject of its own (active, passive or an expletive "there") and is not passive."""
    return not any(c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS or c.dep_ in ("expl", "auxpass") for c in verb.children)


def _end(tok) -> int:
    """The last word of the token's phrase (a comma the parser hung on it left out)."""
    return max(t.i for t in tok.subtree if not t.is_punct or t.i == tok.i)


def existential_doer(verb):
    """The noun "there is/are" introduces, when the verb is a participle after a comma hung on that "be" (a
    gerund with no subject, mark or object-less "to" of its own), else None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or not _no_subject(verb):
        return None
    be = verb.head
    if be.lemma_.lower() != "be" or be.i > verb.i or child_with(be, {"expl"}) is None:
        return None
    if any(c.dep_ in ("mark", "aux") for c in verb.children):
        return None                     # ("there was chaos after leaving", "there is no need to ...")
    attr = child_with(be, {"attr"})
    if attr is None or attr.i > verb.i or attr.pos_ not in ("NOUN", "PROPN"):
        return None
    if verb.doc[verb.left_edge.i - 1].text != "," or any(t.pos_ in ("VERB", "AUX") and t.i != be.i
                                                        for t in verb.doc[attr.i: verb.left_edge.i]):
        return None                     # (the participle follows the attribute's phrase, set off by a comma)
    return attr


def fronted_clause_subject(verb):
    """The subject the parser gave the clause hung before a finite main verb that has none, or None."""
    if verb.tag_ not in FINITE_TAGS or not _no_subject(verb):
        return None
    doc = verb.doc
    if verb.dep_ == "ROOT":
        clauses = [(c, c.dep_) for c in verb.children if c.i < verb.i and c.dep_ in ("advcl", "ccomp")]
    elif verb.dep_ == "dep" and verb.head.dep_ == "ROOT" and verb.head.i < verb.i:
        clauses = [(verb.head, "ccomp")]   # ("ministers, inclined to ...[ROOT], criticised[dep]": the same aside)
    else:
        return None
    for c, dep in clauses:
        subj = child_with(c, {"nsubj"})
        if subj is None or subj.i > c.i:
            continue
        if any(t.dep_ == "mark" or t.tag_ in ("WRB", "WDT", "WP") for t in c.subtree if t.i < subj.left_edge.i) \
                or any(t.dep_ == "mark" or t.tag_ in ("WRB", "WDT", "WP") for t in c.children if t.i < c.i):
            continue                    # "when they fled, ...", "as X advanced, ...": a clause of its own
        if dep == "advcl" and c.tag_ not in FINITE_TAGS:
            continue
        if dep == "ccomp" and (not (c.pos_ == "ADJ" or c.tag_ == "VBN") or doc[_end(subj) + 1].text != ","
                               or any(a.dep_ in ("aux", "auxpass") for a in c.children)):
            continue                    # (an aside set off by commas after the subject, not a reported clause)
        verb_own = set() if c.head.i == verb.i else {t.i for t in verb.subtree}     # (the "dep" reading)
        end = max(t.i for t in c.subtree if t.i < verb.i and t.i not in verb_own and (not t.is_punct or t.i == c.i))
        if end + 1 >= verb.i or doc[end + 1].text != "," \
                or any(t.pos_ in ("VERB", "AUX") for t in doc[end + 1: verb.i]):
            continue
        return subj
    return None


SUBORDINATORS = ("as", "after", "while", "since")    # (not "before", "until": what they open has not happened)


def _closed(obj, verb) -> int:
    """How many words before the verb the object's phrase may end: 2 where the comma that closes an apposition
    stands between them ("as the US envoy, John Smith, visited": the envoy named visited), else 1."""
    doc = verb.doc
    if doc[verb.i - 1].text == "," and any(c.dep_ == "appos" for c in obj.children):
        return 2
    return 1


def subordinator_object_subject(verb):
    """The object of a subordinator the parser read as a preposition, when it ends right before the verb (or before
    the comma closing its apposition: `_closed`) (a finite adverbial clause with no subject of its own) and is a noun,
    else None."""
    if verb.dep_ != "advcl" or verb.tag_ not in FINITE_TAGS or not _no_subject(verb):
        return None
    for p in verb.head.children:
        if p.dep_ != "prep" or p.lower_ not in SUBORDINATORS or p.i > verb.i:
            continue
        obj = child_with(p, {"pobj"})
        if obj is not None and obj.pos_ in ("NOUN", "PROPN", "PRON") and _end(obj) == verb.i - _closed(obj, verb) \
                and not any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in obj.children):
            return obj
    return None

