"""Acts only told as what someone is accused of (issue 14: reported speech taken as an act), read from the parse
for coding/nonevent.py:

- `content(tok)`: an act in the "that" clause of an accusation noun ("Moscow's accusation that Britain had staged
  the attack", "over allegations they had spied"): no act, whoever the accuser is (the accusation is coded, 112);
- `alleged_gerund(verb, heads)`: the second V-ing of an accusation's "of"/"for" phrase that the parser coordinates
  with the accusing verb ("accused Tehran of arming the militia, and smuggling rockets");
- `bare_that(clause)`: a complement clause with no "that" ("claims they funded the group"), which
  nonevent._reported_by also reads for claim nouns.
"""
from __future__ import annotations

from typing import Optional


RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "what"})


def content(tok) -> Optional[str]:
    """An act in the "that" clause of an accusation noun ("Cairo's accusation that Britain had armed the rebels",
    "killed them over allegations they had spied", "raised accusations that Ankara intends to ..."): the content of
    the accusation, not an act (the accusation itself is coded, 112, aimed at the accused: coding/roles.py). Also the
    clause the parser reads as a relative one when it has a subject and an object of its own ("allegations he had
    beaten a reporter": no gap, so no relative clause)."""
    from eventwire.coding.nonevent import _is, _reported_by
    head = _reported_by(tok, ("accusation",))
    if head is None:
        t = tok
        for _ in range(4):
            if t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
                t = t.head
                continue
            break
        if t.dep_ == "relcl" and _is("accusation", t.head) and t.i > t.head.i and bare_that(t) \
                and any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in t.children) \
                and not any(c.lower_ in RELATIVE_WORDS for c in t.subtree if c.i < t.i):
            head = t.head
    if head is not None:
        return f"'{head.text} ... {tok.text}': the content of an accusation, not an act"
    return None


def bare_that(clause) -> bool:
    """A tensed clause with its own subject and no "that" ("claims they funded the group"), not a participle
    ("the claim made by Ankara")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_WORDS for c in clause.children) \
        and (clause.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to"
                                                          for c in clause.children))


def alleged_gerund(verb, heads) -> Optional[str]:
    """ "accused Tehran of arming the militia, and smuggling rockets", "was blamed for letting the convoy through and
    failing to ...": a V-ing with no subject of its own that the parser coordinates with a tensed (or passive)
    verb of accusing is the second item of the accusation's "of"/"for" phrase (a V-ing cannot be coordinated with
    a tensed verb); not "accusing X of Y and threatening to ...", where both are participles."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or head.lemma_.lower() not in heads or head.tag_ == "VBG" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    hosts = [head] + [o for o in head.children if o.dep_ == "dobj"]      # ("of" hung on the object too)
    first = next((g for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                  and p.i < verb.i for g in p.children if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"), None)
    if first is None:
        return None
    return f"'{head.text} ... of {first.text} ..., {verb.text}': part of an accusation, not an act"
