"""Where an act of force was, as its victims' place (issue 14, wrong target: a bare victim whose country is plain from
the event's place; used by knowledge/actor_country.py).

    act_place(anchor, sent, ctx)   # (country, why) for the one an act of force is done to, from the act's own place
    named_where(doc, item)         # a capital or country of the sentence's index named where an act or ground is

A capital or a country is indexed as an actor mention (knowledge/actor_where.py); named in an act's "in", "at",
"near" or "on" phrase ("the car bombing in Mogadishu, which killed", "the strike on Sanaa") it is where the act
was, not its doer, and its victims are there.
"""
from __future__ import annotations

from typing import Optional

from eventwire.knowledge.actor_where import _phrase_tokens, where_of

# what a name is to its clause when it is no actor's place (knowledge/actor_where.Where.role)
_NO_ACTOR_PLACE = ("destination", "departure", "venue", "topic")


def act_place(anchor, sent, ctx) -> Optional[tuple]:
    """(country, why) for the one an act of force is done to whose doer is an act named with its place ("a chemical
    attack in Douma which killed 40 people", "the Khan Sheikhun attack that killed dozens", "the shelling of the town
    of X killed six"): the victims are where the act was. The act is the event noun that is the verb's subject or the
    noun its relative clause hangs on (or the act a place so named hangs on: "an attack on Douma, which killed"); its
    own phrase names places of one country (not a destination, a topic, a venue or a supporter)."""
    if anchor is None:
        return None
    from eventwire.coding.lexicon import default_lexicon
    lex = default_lexicon()
    doc = sent.doc
    nouns = [c for c in anchor.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")]
    if anchor.dep_ == "relcl" and anchor.head.pos_ in ("NOUN", "PROPN"):
        nouns.append(anchor.head)
    if len(nouns) != 1:
        return None
    act = nouns[0]
    if not (act.pos_ == "NOUN" and lex.is_event_noun(act.lemma_.lower())):
        t = act
        while t.dep_ in ("compound", "appos", "conj") and t.head.i != t.i:
            t = t.head
        if t.dep_ == "pobj" and t.head.head.pos_ == "NOUN" and t.head.head.lower_ in ("town", "city", "village") \
                and t.head.lower_ == "of":
            t = t.head.head             # ("the town of Douma")
        if not (t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ == "NOUN"
                and lex.is_event_noun(t.head.head.lemma_.lower())):
            return None                 # (no act: "the men from Basra who killed")
        act = t.head.head
    toks = {t.i for t in _phrase_tokens(act)}
    where = where_of(ctx, doc)
    found = {}
    for it in where.in_sentence(sent):
        if where.roles.get((it[1], it[2])) in _NO_ACTOR_PLACE:
            continue
        if (it[4] != "place" or it[5]) and not (it[1], it[2]) in where.named:
            continue
        span = doc.char_span(it[1], it[2], alignment_mode="expand")
        if span is None or not any(t.i in toks for t in span):
            continue
        if (it[1], it[2]) in where.named and not where_named(span.root):
            continue        # a capital or country named as the act's doer or modifier ("a Damascus attack")
        found.setdefault(it[0], it[3])
    if len(found) != 1:
        return None
    c, text = next(iter(found.items()))
    return c, f"from the place of the act that did it ('{act.text}' ... '{text}')"


def where_named(t) -> bool:
    """A place that is also an actor mention (a capital, a country) named where an act was: the object of "in",
    "at", "near" or "on" on the act noun ("the chemical attack in Damascus", "the strike on Kabul"), not its "by"
    doer nor a modifier."""
    while t.dep_ in ("compound", "appos", "conj") and t.head.i != t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "near", "on", "outside", "inside")


def named_where(doc, it) -> bool:
    """Whether a country-bearing item of the sentence is named where an act or a piece of ground is (`where_named`
    on a verb, an act noun or a place noun: "an enclave in southern Syria"; not "officials in Washington said",
    where someone is)."""
    span = doc.char_span(it[1], it[2], alignment_mode="expand")
    if span is None or len(span) == 0 or not where_named(span.root):
        return False
    t = span.root
    while t.dep_ in ("compound", "appos", "conj") and t.head.i != t.i:
        t = t.head
    on = t.head.head
    if on.pos_ in ("VERB", "AUX"):
        return True
    from eventwire.coding.context import PLACE_HEADS
    from eventwire.coding.lexicon import default_lexicon
    return on.pos_ == "NOUN" and (on.lemma_.lower() in PLACE_HEADS or default_lexicon().is_event_noun(on.lemma_.lower()))


def demonym_on_ground(doc, it) -> bool:
    """Whether a country-bearing item is a demonym on a settlement noun ("the Turkish town of X", "a Syrian village"):
    a place in that country, where the town's own name may be one the gazetteer lacks."""
    span = doc.char_span(it[1], it[2], alignment_mode="expand")
    if span is None or len(span) != 1 or span.root.dep_ != "amod":
        return False
    from eventwire.knowledge.place_words import _SETTLEMENT_NOUNS
    on = span.root.head
    # (a settlement or a region, not a border or a coast, which lies between two: "an enclave near the Iraqi border")
    return on.pos_ == "NOUN" and on.lower_ in _SETTLEMENT_NOUNS


def foe_words(head, items) -> list:
    """Character spans of the sentence's country items inside the doer of an act of force whose object phrase holds
    `head` ("Israeli jets struck a column of pro-Iranian fighters crossing the border": the fighters crossing, and
    the fighters they went to support, are Turkey's foes, not Turkey's): in the other acts of their sentence too,
    that doer's country is not theirs."""
    if head is None:
        return []
    from eventwire.coding.lexicon import default_lexicon
    t = head
    for _ in range(10):
        verb = t.head
        if (t.dep_ == "dobj" or t.dep_ == "prep" and t.lower_ in ("on", "at", "against", "upon")) \
                and verb.pos_ == "VERB" and verb.i != t.i:
            obj = next((c.lemma_ for c in verb.children if c.dep_ == "dobj"), None)
            preps = frozenset(c.lower_ for c in verb.children if c.dep_ == "prep")
            if any(e.cameo[:2] in ("18", "19", "20")
                   for e in default_lexicon().match_verb(verb.lemma_.lower(), None, obj, preps)):
                v = verb
                subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
                while subj is None and v.dep_ == "conj" and v.head.i != v.i:
                    v = v.head          # ("have killed dozens, wounded several hundred": the subject they share)
                    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
                if subj is None:
                    return []
                lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
                return [(it[1], it[2]) for it in items if lo <= it[1] < hi]
        if t.dep_ not in ("dobj", "pobj", "prep", "conj", "appos", "compound", "acl", "relcl", "advcl", "xcomp") \
                or t.head.i == t.i:
            return []       # (not through a subject, a clause of saying or the root)
        t = t.head
    return []
