"""Event location, a last resort: the place the act's own people are of, where its sentence names no place that
locates the act itself (event_location.py asks after the sentence's places, before the dateline and the article's
focus).

    home_place(doc, trig, in_sent)   # -> (Place, why) or None

Three readings, each of a side of the act (its subject, passive subject or object; for a verb joined by "and" with
no subject of its own, the first verb's subject):
  - "residents of Mubingi commune captured a rebel", "the inhabitants of X protested": the people of a place
    (words.tsv `home_people`) acting, or acted on, where they live;
  - "Nangarhar residents protested", "Basra protesters marched": the same people named by their place before the
    noun (a province or a country too; event_attach scores only towns so, as a place of the clause);
  - "Japan's top police official was shot", "Mexico's police chief was shot dead": a country owning the person the
    act was done to, its passive subject ("Iran's envoy condemned" says nothing of where; nor do "denounced Turkey's
    plan" or "China's first bomb was detonated": a country's things may be anywhere).
A place the parser gave another part in the sentence is left to event_location's own scoring. Not used where
actor stages ask for the clause's place (event_location with apart=False): actors' countries stay as they were.
"""
from __future__ import annotations

from typing import Optional

from eventwire.knowledge.place_words import _TITLES, _WORDS
from eventwire.knowledge.event_clause import _head_in_span, _is_report

_HOME_PEOPLE = _WORDS["home_people"]
_CROWD_COUNTS = _WORDS["crowd_counts"]
_BESIDE_VERBS = _WORDS["beside_verbs"]
_SIDES = ("nsubj", "nsubjpass", "dobj")
_PERSON_HEADS = _WORDS["person_heads"] | _WORDS["town_officials"]


def _sides(trig) -> list:
    """The nouns of the act's sides: its subject, passive subject, object and "by" agent; a verb joined by "and"
    with no subject of its own shares the first verb's ("residents captured a fighter and clubbed him")."""
    out = [c for c in trig.children if c.dep_ in _SIDES]
    out += [g for c in trig.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if trig.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children):
        out += [c for c in trig.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "hundreds of Kunar villagers", "dozens of residents of X": the people counted
    out += [g for c in out if c.lower_ in _CROWD_COUNTS or c.like_num
            for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return out


def _person(tok) -> bool:
    """A person or people: a name, a word for one ("official", "soldiers") or a title ("chief", "minister")."""
    return tok.ent_type_ == "PERSON" or tok.lower_ in _PERSON_HEADS or tok.lemma_.lower() in _PERSON_HEADS \
        or tok.lower_ in _TITLES


def _people_word(tok) -> bool:
    return tok.lower_ in _HOME_PEOPLE or tok.lemma_.lower() in _HOME_PEOPLE


def home_place(doc, trig, in_sent) -> Optional[tuple]:
    """(place, why) for the act at trig from its sentence's places in_sent ((place, start, end) token spans), or
    None."""
    if _is_report(trig):
        return None
    sides = {t.i: t for t in _sides(trig)}
    if not sides:
        return None
    for p, i, j in in_sent:
        if p.feature in ("continent", "region"):
            continue
        h = _head_in_span(doc, i, j)
        side = sides.get(h.head.i)
        if side is not None and h.dep_ in ("compound", "amod", "nmod") and _people_word(side):
            return p, f"'{side.text}' of {p.text} took part in the act: where they are"
        if side is not None and h.dep_ == "poss" and p.feature == "country" and side.dep_ == "nsubjpass" \
                and _person(side):
            return p, f"the act was done to {p.text}'s '{side.text}': in that country"
        people = _of_people(h, sides)
        if people is not None:
            return p, f"'{people.text} of {p.text}' took part in the act: where they are"
    return None


def _of_people(h, sides):
    """The side's people word whose "of" phrase holds the place at h ("residents of Mubingi commune", "residents
    of the Egyptian resort of X"), or None."""
    t = h
    for _ in range(8):
        if t.dep_ == "pobj" and t.head.lower_ == "of":
            owner = t.head.head
            if owner.i in sides and _people_word(owner):
                return owner
            if owner.pos_ not in ("NOUN", "PROPN") or _people_word(owner):
                return None
            t = owner             # "the resort of X", "the town of X": the noun the name names
            continue
        if t.dep_ in ("compound", "amod", "nmod", "appos", "flat") and t.head.i != t.i:
            t = t.head
            continue
        return None
    return None


def beside_place(doc, trig, in_sent) -> Optional[tuple]:
    """(place, why) for the act at trig where the ground it took or struck is told by a participle beside a place:
    "patrolled the villages surrounding X", "targeting the hilltops overlooking X", "shot near the fence separating
    X from Y" (words.tsv `beside_verbs`, an -ing participle on the act's object, passive subject or the noun of its
    "at/near/on" phrase); the first place the participle takes. None where there is none."""
    grounds = [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass")]
    grounds += [g for c in trig.children if c.dep_ == "prep" and c.lower_ in ("at", "near", "on", "along", "in")
                for g in c.children if g.dep_ == "pobj"]
    # (and the noun of such a phrase the parser hung on the object: "killed a man near the fence separating X")
    grounds += [g for o in list(grounds) for c in o.children if c.dep_ == "prep" and c.lower_ in ("at", "near", "along")
                for g in c.children if g.dep_ == "pobj"]
    spans = {}
    for p, i, j in in_sent:
        spans[_head_in_span(doc, i, j).i] = p
    for g in grounds:
        for v in g.children:
            if v.dep_ != "acl" or v.tag_ != "VBG" or v.lemma_.lower() not in _BESIDE_VERBS:
                continue
            for o in v.children:
                if o.dep_ != "dobj":
                    continue
                p = next((spans[t.i] for t in o.subtree if t.i in spans), None)
                if p is not None and p.feature not in ("continent", "region"):
                    return p, f"the act's ground '{g.text}' is told {v.text} {p.text}: beside it"
    return None
