"""A person whose office the story gives one sentence before it gives the name (issue 14, no source).

A news lead often tells the office first and the name after: "Libya may vote by spring, according to the UN's
envoy to Libya. Outlining a hopeful timetable, Marco Bellini said ...". The name has no
role of its own, so knowledge/people.py would leave it (and every later "Bellini") empty; the office is the one the
sentence before speaks of, and the name is its holder:

- the name: a person's full name (a first name and a surname) the actor lists do not know, the subject of its
  verb (a name the parser took for a body's only as the subject of a verb of saying), never named earlier in the
  story, in the sentence right after
- the office: a definite singular description ("the UN's envoy to Libya", "Ghana's foreign minister"),
  whose head is a person title (data/actors/sectors.tsv), apposed to no name, the one such description of its
  sentence, told as the source of what is said: after "according to", or the subject of that sentence's verb.

knowledge/people.py resolves the office's words as for any role ("the UN's envoy": IGOUNO; "to Libya" is where
it serves, so the words up to the title are the role); a description it cannot give a code (no owner: "the envoy") says nothing.

    role = office_before(name_head, start_tok, title_heads)     # (noun, phrase) or None; asked by PeopleIndex._index
"""
from __future__ import annotations

from typing import Optional

_SOURCE_DEPS = ("nsubj", "nsubjpass")
_SAY = frozenset({"say", "tell", "add", "argue", "warn", "insist", "explain"})


def _office(t, heads) -> bool:
    return t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in heads \
        and any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in t.children) \
        and not any(c.dep_ == "appos" or (c.dep_ == "compound" and c.ent_type_ == "PERSON") for c in t.children) \
        and t.dep_ != "appos"


def _told_by(t) -> bool:
    """Is the description the source of what its sentence says ("according to the envoy", "the envoy said")?"""
    if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.i > 0 and t.doc[t.head.i - 1].lower_ == "according":
        return True
    return t.dep_ in _SOURCE_DEPS and t.head.dep_ == "ROOT"


def office_before(name_head, start_tok: int, heads) -> Optional[tuple]:
    """(noun, phrase) of the office the sentence before gives the person first named at `name_head` (module doc),
    or None."""
    doc = name_head.doc
    if name_head.dep_ not in _SOURCE_DEPS or start_tok >= name_head.i or not (
            name_head.ent_type_ == "PERSON" or (name_head.ent_type_ in ("ORG", "") and name_head.head.lemma_ in _SAY)):
        return None               # (a full name, the subject of its verb; one the parser took for a body's only
        #                           as the one who says: "Staffan de Mistura[ORG] said")
    sent = doc[name_head.i].sent
    if sent.start == 0:
        return None
    from eventwire.doc_index import doc_text
    last = doc[start_tok - 1] if start_tok > 0 else None
    if last is not None and doc_text(doc).find(name_head.text, 0, last.idx + len(last.text)) >= 0:
        return None               # (named before: the office is that mention's concern)
    prev = doc[sent.start - 1].sent
    if any(t.ent_type_ == "PERSON" and t.pos_ == "PROPN" for t in doc[sent.start: start_tok]):
        return None               # (another name before it in its own sentence)
    offices = [t for t in prev if _office(t, heads)]
    if len(offices) != 1 or not _told_by(offices[0]):
        return None
    d = offices[0]
    return d, doc[d.left_edge.i: d.i + 1]     # ("to Libya" is where it serves, not whose: people.py)
