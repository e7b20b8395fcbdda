"""The one a "for X to V" clause names, when the parser made "for" the mark of the infinitive and X its subject
("the bishops called for[mark] Uganda to free the activists") instead of a preposition with X its object ("called
for[prep] Uganda to free ..."), as it reads the same words elsewhere. Either way X is the one the act is aimed at:
the one called on, appealed to, pressed. The clause stage (coding/clauses.verb_clause) gives the verb that "for"
with X as its object, so the verb's "for" rows read both parses alike (issue 14)."""
from __future__ import annotations

from typing import Optional

from eventwire.doc_index import dep_children

_CLAUSE_DEPS = ("advcl", "ccomp", "xcomp")
_NO_ONE = frozenset({"it", "there", "this", "that"})
_NAMED = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def _someone(subj) -> bool:
    """Whether X names a person, people or body: a name, a pronoun of someone, or a noun of data/actors/sectors.tsv
    ("authorities", "the army", "ministers"); not a thing or a process ("calling for construction to begin")."""
    if subj.pos_ == "PRON":
        return subj.lower_ not in _NO_ONE
    if subj.pos_ == "PROPN" or subj.ent_type_ in _NAMED:
        return True
    from eventwire.knowledge.people_titles import sector_terms
    words = {subj.lower_, subj.lemma_.lower()}
    return bool(words & (sector_terms("noun") | sector_terms("title")))


def for_clause_subject(verb) -> Optional[object]:
    """The subject X of a "for X to V" infinitive clause of `verb` whose "for" the parser made its mark, or None.
    Only an active infinitive after the verb ("to" + V, not "to be (done)": there X is the one the act is about,
    "pushed for the prisoners to be released") whose subject names a person, people or body (`_someone`); not a
    dummy "it"/"there" ("called for it to be done") nor a thing ("a decree that called for work on the dam to start")."""
    doc = verb.doc
    for k, dep in dep_children(doc)[verb.i]:
        if dep not in _CLAUSE_DEPS or k <= verb.i:
            continue              # (no Token made for the other children)
        c = doc[k]
        kids = list(c.children)
        mark = next((k for k in kids if k.dep_ == "mark" and k.lower_ == "for"), None)
        if mark is None or not any(k.dep_ == "aux" and k.lower_ == "to" for k in kids):
            continue
        if c.lemma_.lower() == "be" or any(k.dep_ == "auxpass" for k in kids):
            continue          # "called for her to be freed", "for them to be a voice": X is what it is about, not
            #                   the one called on
        subj = next((k for k in kids if k.dep_ == "nsubj" and mark.i < k.i < c.i), None)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN", "PRON") and _someone(subj):
            return subj
    return None
