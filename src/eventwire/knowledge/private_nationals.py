"""Private people described by their nationality are that country's civilians, not its state (issue 14, "wrong
source/target").

    private_person(head, actor)        # does the head a demonym actor was read from name private people?
    private_national(actor, head, ctx) # that actor made COUNTRY+CVL (or the body the person joined), else unchanged

A demonym read as a bare country code stands for the state: "British airstrikes", "Russian objections", "the
Americans agree with the Russians" (a plural demonym with "the" is how the press names a state or its forces). A
demonym that describes people the actor lists do not know names people of that country instead:

* a person noun it modifies, one that no sector names (data/coding/victims.tsv `person`: "a British volunteer",
  "a Dutch waiter", "Syrian men"; a sector noun keeps its sector: "British jets" GBRMIL, "a French teacher" FRAEDU);
* the demonym as a noun with no "the" before it ("two Britons", "Syrians fled"), or a singular one whatever comes
  before it ("a Briton", "the first Briton to die": one person is never the state);
* a counted or measured people ("hundreds of Syrians", "tens of thousands of Turks", "the majority of Canadians");
* a person noun it modifies in apposition to the head ("Rojkan, 23, a Bulgarian national, was arrested": a name the
  lists do not know, described by the apposition);
* a demonym noun with "a" inside the phrase ("the parents of Tom Smith, a Briton"): the ones the phrase names by that
  person are no state either;
* a country's name right before a person noun it modifies ("a UK national", "two US citizens": `_named_country_person`,
  the coder's own heads only).

The coder's own heads (coding/resolve.py) and the noun phrases coreference links a pronoun to
(knowledge/coref_mentions.py: "20 Moroccans ... they were killed", "a Chechen, who was killed") both go through here,
so a pronoun standing for private people takes their civilian code too.
"""
from __future__ import annotations

from typing import Optional

from eventwire.model import Actor

_THE = ("the", "these", "those")


def _victim_words() -> dict:
    from eventwire.coding.roles import victim_words        # (lazy: coding imports knowledge)
    return victim_words()


def _capital_noun(t) -> bool:
    return t.pos_ in ("NOUN", "PROPN") and t.text[:1].isupper() and t.tag_ in ("NN", "NNS", "NNP", "NNPS")


def private_person(h, a: Actor, modified: bool = True) -> bool:
    """Whether the head `h` a demonym actor `a` was read from names private people (see the module's note);
    `modified`: a person noun the demonym modifies counts too ("a Dutch waiter")."""
    lemma = h.lemma_.lower()
    if lemma in _victim_words().get("person", ()) and a.start is not None and a.start < h.idx:
        return modified
    if a.start == h.idx and _capital_noun(h):
        if h.tag_ in ("NN", "NNP") and h.lower_ == (a.text or "").lower() and not h.lower_.endswith("s"):
            return True               # "a Briton", "the first Briton killed": one person ("the Emiratis" is no one)
        first = h
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head        # "the Russians and Turks": the article of the first stands for all
        return not any(c.dep_ == "det" and c.lower_ in _THE for t in {h, first} for c in t.children)
    dem = next((t for t in h.subtree if t.idx == a.start), None)
    if dem is not None and dem.i < dem.head.i and dem.dep_ in ("amod", "compound", "nmod") \
            and dem.head.dep_ == "appos" and dem.head.head.i == h.i \
            and dem.head.lemma_.lower() in _victim_words().get("person", ()):
        return True                   # "Rojkan, 23, a Bulgarian national, was arrested": the name's apposition
    if dem is None or dem.i == h.i or not _capital_noun(dem):
        return False
    if dem.tag_ in ("NNS", "NNPS") and dem.dep_ == "pobj" and dem.head.lower_ == "of" and dem.head.head.i == h.i \
            and not any(c.dep_ == "det" and c.lower_ in _THE for c in dem.children):
        return True                   # "hundreds of Syrians", "the majority of Canadians"
    # "the parents of Tom Smith, a Briton": a demonym noun with "a" inside the phrase names one private person
    # too, and the ones the phrase names by him (his parents, his lawyer) are no state either
    return dem.tag_ in ("NN", "NNP") and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in dem.children)


def _named_country_person(h, a: Actor) -> bool:
    """ "a UK national", "two US citizens": a country's name written right before a `person` noun it modifies names
    that country's people, as a demonym does (the country's name alone, "the UK", stays the state)."""
    if not (a.why or "").startswith("country name") or a.start is None or a.start >= h.idx:
        return False
    if h.lemma_.lower() not in _victim_words().get("person", ()):
        return False
    dem = next((t for t in h.children if t.idx == a.start and t.dep_ in ("compound", "nmod", "amod")), None)
    return dem is not None and dem.i == h.i - 1


def private_national(a: Optional[Actor], h, ctx, kind: str = "person") -> Optional[Actor]:
    """The actor `a` read from head `h`: a bare demonym country that names private people becomes that country's
    civilians (GBRCVL), or the body such people joined ("Dutch citizens who joined al-Shabaab"); any other
    actor unchanged. `kind`: the new actor's kind; coreference (kind "") keeps "country", and takes the demonym nouns
    only ("30 Tunisians ... they", "a Bosnian, who"), so that "she" or "the children" are not newly linked to every
    "a Canadian woman" before them; the coder's own heads are persons."""
    if a is None or a.kind != "country" or a.sector is not None or a.entity or not a.country:
        return a
    if not ((a.why or "").startswith("demonym") and private_person(h, a, modified=bool(kind))) \
            and not (kind and _named_country_person(h, a)):
        return a
    from eventwire.knowledge import actor_persons
    # (the person noun in apposition where that is what said so: "Rojkan, 23, a Bulgarian national")
    said = next((c.text for c in h.children if c.dep_ == "appos" and any(t.idx == a.start for t in c.subtree)
                 and c.lemma_.lower() in _victim_words().get("person", ())), h.text)
    p = Actor.national(a.country, "CVL", name=a.name, entity=None, text=a.text,
                       start=a.start, end=a.end, kind=kind or a.kind,
                       why=(a.why or "") + f"; '{said}' names a person or people of that country, not its state (CVL)")
    return actor_persons.member_of(h, p, ctx) or p
