"""Figures of speech and characterisations the writer makes with an act's verb (issue 14, not an event).

Two mechanisms, each a reason (str) or None, called from coding/nonevent.py (`unasserted`):

* `figure(cl)`: a clause the writer marks as a figure of speech: a bare "in a N" phrase whose noun is a `figure`
  word of data/coding/non_events.tsv ("in a sense", "in a way"; not "in a way that ...", a manner) or a `figure`
  adverb ("figuratively"), on the verb or on the first of the verbs it is coordinated with ("In a sense, he has
  abandoned the region and handed it to its enemies": no handing over of territory).
* `abstract_doer(cl)`: a verb clause whose subject is an `abstract` noun of data/lexicon/argument_kinds.tsv (a
  policy, a decision, a withdrawal, inaction) and whose verb the lexicon could read as a physical act (handing over,
  giving aid or arms, seizing, striking) states a consequence, not an act: "the policy handed the militants a
  victory", "the decision gave Assad a free hand". Only active clauses; an act of force or a weapon as subject ("the
  attack killed ten") is no abstract noun.
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.nonevent import _first_conjunct, _is

# roots of acts done with the body or with things: material cooperation, aid, yielding (handing over), force
# posture, coercion, assault, fighting, mass violence
PHYSICAL_ROOTS = ("06", "07", "08", "15", "18", "19", "20")


def _figure_mark(verb) -> Optional[str]:
    for c in verb.children:
        if c.dep_ == "advmod" and _is("figure", c) and c.pos_ == "ADV":
            return c.text
        if c.dep_ == "prep" and c.lower_ == "in":
            noun = next((p for p in c.children if p.dep_ == "pobj"), None)
            if noun is None or not _is("figure", noun) or noun.pos_ != "NOUN" or noun.tag_ != "NN":
                continue
            kids = list(noun.children)
            if len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ in ("a", "an", "one"):
                return f"in {kids[0].text} {noun.text}"
    return None


def figure(cl) -> Optional[str]:
    if cl.kind != "verb":
        return None
    verb = cl.pred
    mark = _figure_mark(verb) or (_figure_mark(_first_conjunct(verb)) if verb.dep_ == "conj" else None)
    if mark:
        return f"'{mark} ... {verb.text}': the writer's figure of speech, not an act"
    return None


def abstract_doer(cl, code: str, lex) -> Optional[str]:
    if cl.kind != "verb" or cl.passive or cl.subj is None or not code or code[:2] not in PHYSICAL_ROOTS:
        return None
    subj = cl.subj
    if subj.pos_ != "NOUN" or "abstract" not in lex.word_kinds(subj.lemma_.lower()):
        return None
    return f"'{subj.text} {cl.pred.text}': an abstract subject does no physical act (a consequence, not an act)"
