"""A person's relatives take that person's country (issue 14, item 3: "a country for every actor the article places").

    kin_owner(a, head, sent, ctx, anchor=None)     # (country, why) or None: a relative's
    spouse_owner(a, head, sent, ctx)               # (country, why) or None: a spouse's, from whom the person married

"His family issued an appeal", "Tom Hart's parents said", "the family of Tom Hart pleaded", "his brother was
killed": a noun for a person's own relatives (data/coding/actor_country.tsv `kin`: family, parents, mother, brother,
son, uncle, ...), read as civilians with no country (CVL), is of the country of the private person whose relatives
they are, where the story gives that person one ("Tom Hart, a Briton", "the British volunteer Tom Hart":
knowledge/people.py). The possessor is:
  * a name before "'s" or after "of" that the story's people index reads as a person with a country;
  * "his", "her" or "their" that coreference links to such people (all of one country); a "their" it links to no
    one (or only to a group or a state, which has no relatives), after the nearest plural noun for people (its
    sentence or the one before) with a nationality of its own, its coordinated people nouns too ("has taken two
    German boys into her care. Their father is detained": Germany's).
Never a spouse ("her husband", "his wife" are no `kin` word: a spouse's country is not the other spouse's); never
a group's or a state's "family" ("the family of nations", "Isis's children"): only a person's; a country the phrase
itself gives ("his Syrian relatives") is read before this step and stands, and so does a place the act's clause
names ("his uncle was killed in Turkey"). "The family" later is coreference's (knowledge/coref.py): the family
named before, now placed.
"""
from __future__ import annotations

import re
from typing import Optional

_PRONOUNS = ("his", "her", "their")
_SCORE = re.compile(r"score (\d+(?:\.\d+)?)\)")
_SURE = 1.0                         # (the least coreference score of a possessive pronoun's person taken here)


def _kin_words() -> frozenset:
    from eventwire.knowledge.actor_country import word_kinds
    return word_kinds().get("kin", frozenset())


def _owner_token(head):
    """The token that names whose relatives `head` are: its possessive ("his", "Hart's") or the object of its "of"
    ("the family of Tom Hart"), else None."""
    poss = [c for c in head.children if c.dep_ == "poss"]
    if poss:
        return poss[0]
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i:
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs and objs[0].pos_ == "PROPN":
                return objs[0]
    return None


def kin_owner(a, head, sent, ctx, anchor=None) -> Optional[tuple]:
    """(country, why) for a sector-only civilian actor whose head is a `kin` noun owned by a private person of a
    country (module doc), else None. Not where the clause of the act `anchor` names its own place ("his uncle was
    killed in Turkey": the place says more of a relative than the possessor does)."""
    if head is None or a.sector != "CVL" or a.country or head.lower_ not in _kin_words() \
            or head.pos_ != "NOUN":
        return None
    from eventwire.knowledge.actor_country import _clause_place
    if _clause_place(anchor, ctx) is not None:
        return None
    owner = _owner_token(head)
    if owner is None:
        return _story_family(head, ctx)
    got = _owner_country(owner, sent, ctx)
    if got is None:
        return None
    return got[0], f"from whose relatives they are ('{owner.text}' -> {got[1]}, {got[0]}), as civilians"


def _owner_country(owner, sent, ctx) -> Optional[tuple]:
    """(country, name) of the private person the possessor or "of" object `owner` stands for (module doc)."""
    from eventwire.knowledge.actor_story import _mention_at
    if owner.pos_ == "PRON":
        coref = getattr(ctx, "coref", None)
        if coref is None or owner.lower_ not in _PRONOUNS:
            return None
        owners = coref.pronoun(owner, sent)
        if owner.lower_ == "their" and all(o is None or o.kind not in ("person", "people") for o in owners):
            # ("two German boys ... Their father": Germany's; a group or a state linked has no father)
            return _private_people_before(owner, ctx)
    elif owner.pos_ == "PROPN":
        owners = _mention_at(ctx, owner.idx)
    else:
        return None                   # ("the country's children", "the group's families": no person's)
    if not owners:
        return None
    countries = set()
    for o in owners:
        if o is None or o.kind != "person" or not o.country or not o.entity:
            return None               # (a group, a state, a person the story gives no country or no name)
        score = _SCORE.search(o.why or "") if owner.pos_ == "PRON" else None
        if score is not None and float(score.group(1)) < _SURE:
            return None               # (a pronoun coreference links to a name only weakly: "this father ... his kids")
        countries.add(o.country)
    if len(countries) != 1:
        return None
    o = owners[0]
    return next(iter(countries)), o.name or o.text


def _private_people_before(owner, ctx) -> Optional[tuple]:
    """(country, text) for a "their" coreference links to no one, where the nearest plural noun for people before it
    (data/coding/victims.tsv `person`: "boys", "women"), in its own sentence or the one before, has a nationality of
    its own, as have the people nouns coordinated with it, all of one country ("has taken two German boys into her
    care. Their father": Germany's; not "two Austrian boys and three Syrian girls", nor "German boys and children")."""
    from eventwire.coding.roles import victim_words
    from eventwire.knowledge.actor_story import _mention_at
    people = victim_words().get("person", ())
    sent = owner.sent
    prev = owner.doc[sent.start - 1].sent if sent.start > 0 else sent
    noun = next((t for t in reversed(owner.doc[prev.start:owner.i]) if t.tag_ == "NNS" and t.lemma_.lower() in people),
                None)
    if noun is None:
        return None
    group = [noun] + [c for c in noun.conjuncts if c.pos_ == "NOUN" and c.lemma_.lower() in people]
    found = {}
    for n in group:
        own = {m.country: m.text for c in n.children if c.dep_ in ("amod", "compound") and c.i < n.i
               for m in _mention_at(ctx, c.idx) if m.country and not m.sector and m.kind == "country"}
        if len(own) != 1:
            return None           # (a noun of no nationality, or of two, among them: not plain whose they are)
        found.update(own)
    if len(found) != 1:
        return None
    country, text = next(iter(found.items()))
    return country, f"{text} {noun.text}"


def _story_family(head, ctx) -> Optional[tuple]:
    """(country, why) for "the family" with nothing of its own, in a story whose families named before it with an
    owner ("Tom Hart's family", "his family", "the family of a British aid worker") are all of one country (none
    where it names families of several countries, or one of a person it does not place)."""
    if head.lower_ != "family" or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts) \
            or any(not (c.dep_ == "det" and c.lower_ == "the") for c in head.lefts) \
            or any(c.dep_ == "prep" for c in head.rights):
        return None
    doc = head.doc
    countries, seen = set(), None
    for t in doc[:head.i]:
        if t.lower_ != "family" or t.pos_ != "NOUN":
            continue
        own = _owner_token(t) or _described_owner(t)
        if own is None:
            continue
        got = _demonym_country(own, ctx) if own.pos_ == "NOUN" else _owner_country(own, t.sent, ctx)
        if got is None:
            return None             # (a family of someone the story does not place)
        countries.add(got[0])
        seen = (t, got)
    if len(countries) != 1:
        return None
    t, got = seen
    phrase = doc[t.left_edge.i: t.right_edge.i + 1].text
    return got[0], f"from the story's family named before: '{phrase[:60]}' ({got[1]}), as civilians"


def _described_owner(t):
    """The noun of "the family of a British soldier" (an "of" object that is no name), else None."""
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i > t.i:
            o = next((x for x in c.children if x.dep_ == "pobj"), None)
            if o is not None and o.pos_ == "NOUN":
                return o
    return None


def _demonym_country(noun, ctx) -> Optional[tuple]:
    """(country, text) of the one nationality among a noun's own modifiers ("a former British soldier")."""
    from eventwire.knowledge.actor_story import _mention_at
    found = {m.country: m.text for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i
             for m in _mention_at(ctx, c.idx) if m.kind == "country" and m.country and not m.sector}
    if len(found) != 1:
        return None
    c, text = next(iter(found.items()))
    return c, f"'{text} {noun.text}'"


# ---------------------------------------------------------------------- a spouse
_SPOUSE_BACK = 4                  # (how many sentences back a marriage may be told)


def _marriage_subject(v):
    """The one who married in clause `v`: its subject, or the antecedent of a relative "who" ("Begum, who married
    ...")."""
    clause = v.head if v.dep_ == "acomp" else v      # ("she was married to ...": "married" read as an adjective)
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("who", "that") and clause.dep_ == "relcl":
        return clause.head
    return subj


def _spouse_token(v):
    """The one married in clause `v`: its object ("married a Dutch fighter"), or the object of "to" ("was married
    to ...")."""
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is not None:
        return obj
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "to":
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


def _told_country(tok, ctx) -> Optional[tuple]:
    """(country, text) the story gives the person `tok` names: a person of the story with a country ("Yago Riedijk,
    a Dutch convert"), a nationality in its own phrase ("a Dutch Isis fighter"), or a named person apposed to it
    ("an Australian jihadist, Tom Hart")."""
    from eventwire.knowledge.actor_story import _mention_at
    toks = [tok] + [c for c in tok.children if c.dep_ in ("amod", "compound", "appos", "nmod")]
    found = set()
    for t in toks:
        for m in _mention_at(ctx, t.idx):
            if m.country and (m.kind == "person" or m.kind == "country" and not m.sector):
                found.add(m.country)
            elif m.kind in ("group", "party", "igo") and t.i != tok.i:
                continue            # ("an Isis fighter": a group tells no country)
    if len(found) != 1:
        return None
    span = tok.doc[tok.left_edge.i: tok.right_edge.i + 1]
    return next(iter(found)), span.text


def spouse_owner(a, head, sent, ctx) -> Optional[tuple]:
    """(country, why) for "her husband" or "his wife" (data/coding/actor_country.tsv `spouse`), a civilian with no
    country, where the story told a few sentences before whom the possessor married and gives that one a country
    ("Begum, who married a Dutch Isis fighter, said her husband was tortured": NLD). The possessor's own country is
    never given; the marriage must be the latest the story tells, its subject the possessor ("she" for "her", a name
    of the possessor's sex), and the spouse of one country."""
    from eventwire.knowledge.actor_country import word_kinds
    from eventwire.knowledge.gender import name_gender
    kinds = word_kinds()
    if head is None or a.sector != "CVL" or a.country or head.lower_ not in kinds.get("spouse", frozenset()):
        return None
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is None or poss.lower_ not in ("his", "her"):
        return None
    sex = "f" if poss.lower_ == "her" else "m"
    doc = sent.doc
    sents = list(doc.sents)
    k = next((i for i, s in enumerate(sents) if s.start <= head.i < s.end), None)
    if k is None:
        return None
    lo = sents[max(0, k - _SPOUSE_BACK)].start
    marry = kinds.get("marry", frozenset())
    v = next((t for t in reversed(doc[lo: head.i]) if t.pos_ in ("VERB", "ADJ")
              and (t.lemma_.lower() in marry or t.lower_ in marry)), None)
    if v is None:
        return None
    subj = _marriage_subject(v)
    if subj is None:
        return None
    if subj.pos_ == "PRON":
        if subj.lower_ != ("she" if sex == "f" else "he"):
            return None
    elif subj.pos_ == "PROPN":
        name = " ".join(t.text for t in subj.subtree if t.pos_ == "PROPN" and t.i <= subj.i)
        if name_gender(name) not in (None, sex):
            return None
    else:
        return None
    spouse = _spouse_token(v)
    if spouse is None:
        return None
    got = _told_country(spouse, ctx)
    if got is None:
        return None
    return got[0], f"from whom '{subj.text}' married: '{got[1]}' (its spouse's own country, not its possessor's)"
