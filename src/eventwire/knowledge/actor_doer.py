"""The doer's own phrase, whose countries are not the country of the one an act of force or aid is done to (issue 14,
item 3; read by knowledge/actor_country.py).

    spans = doer_spans(anchor)   # [(start, end)] character spans of the words naming the act's doer
    skip = doer_words(anchor, items, story, others, home_bodies)   # the country mentions among them to set aside
    spans = object_doer(tok)     # the doer's spans of the verb a noun is the object of ("Turkey armed the rebels")

"Hundreds of people were rescued by the Spanish coastguard": 'Spanish' names the rescuer, not the rescued; "the
hospitals bombed by Russian jets", "American drones killed civilians": the jets' and drones' country is not the
victims'. The doer is the trigger's subject or its passive agent ("by ..."), and for a participle that modifies a noun
("hospitals targeted by ...") its own agent; a coded doer with a country is set aside by actor_country already, this
covers the words of a doer the coder kept no actor for (a nationality, a name the lists do not know).
"""
from __future__ import annotations


def doer_words(anchor, items, story, others, home_bodies) -> list:
    """Spans of the sentence's country mentions (`items`: Where.in_sentence rows, (country, start, end, ...)) that
    lie in the doer's own words, except the story's own country and beside a police force or a court, which act at
    home ("Iraqi security forces opened fire on protesters", "Taliban militants attacked Afghan police")."""
    if any(o is not None and o.sector in home_bodies for o in others):
        return []
    doer = doer_spans(anchor)
    return [(it[1], it[2]) for it in items if it[0] != story and any(s <= it[1] < e for s, e in doer)] if doer else []


def doer_spans(anchor) -> list:
    """Character spans of the subtrees that name the doer of the verb `anchor` (a spaCy token), or []."""
    if anchor is None:
        return []
    spans = []
    for c in anchor.children:
        if c.dep_ in ("nsubj", "csubj"):
            heads = [c]
        elif c.dep_ == "agent":
            heads = [g for g in c.children if g.dep_ == "pobj"]
        else:
            continue
        for h in heads:
            spans.extend(_phrase(h))
    return spans


def _phrase(head) -> list:
    """Spans of the doer's own phrase: its words and modifiers, without a relative or participle clause or a
    preposition on it ("the clashes that followed Turkey's incursion", "violence in Liberia's capital": Turkey and
    Liberia are no words of the doer's own)."""
    out = [(head.idx, head.idx + len(head.text))]
    for c in head.children:
        if c.dep_ in ("relcl", "acl", "appos", "punct", "cc", "prep"):
            continue
        out.extend(_phrase(c))
    return out


_OBJECT_DEPS = ("dobj", "dative", "pobj")
_UP_DEPS = ("xcomp", "advcl", "conj", "acl", "ccomp")


def object_doer(tok) -> list:
    """Character spans of the doer of the verb whose object `tok` is ("Turkey sought to organise the rebels": the
    spans of "Turkey", the subject of the verb above the infinitive), or [] for no object of a verb."""
    if tok is None or tok.dep_ not in _OBJECT_DEPS:
        return []
    verb = tok.head
    if tok.dep_ == "pobj":
        if verb.dep_ not in ("prep", "dative"):
            return []             # (not "by ...": that is the doer itself)
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    for _ in range(4):
        spans = doer_spans(verb)
        if spans or verb.dep_ not in _UP_DEPS or verb.head.i == verb.i:
            return spans
        verb = verb.head          # ("Turkey sought to train the rebels, providing them with arms")
    return []
