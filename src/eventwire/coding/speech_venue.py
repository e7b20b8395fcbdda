"""A speech to a legislature is told by its speaker about someone: the legislature is where it was given, not whom it
is about (issue 14, "quotes": the wrong source and target of a statement).

    events = speech_venues(coder, events, doc, ctx)    # per sentence, after disputed_claims (coder.py)

"The Polish president, in an angry speech to parliament delivered on Tuesday, said the German envoy had made a grave
error": the statement (010, at "speech", or at the participle that delivers it, "delivered") is the president's,
and it is about the envoy. A statement event

- whose words are a speech noun (data/coding/actor_country.tsv `address-noun`: speech, address, statement) or a verb
  whose object, or the noun it hangs on as a participle, is one ("delivered a speech", "a speech delivered"),
- whose target is a legislature (LEG) in that noun's "to" phrase, of no country or of its speaker's,

is read through the verb of saying (data/lexicon/reporting_verbs.tsv, and "tell") that the speech noun's "in" phrase
hangs on, or the speaker's name does ("X, in a speech to parliament, said ..."): with no doer of its own it takes
that verb's subject (the coder's reading of it); and where what that verb says has a subject the coder reads as
named parties of one side, not the speaker's, the statement's target is that party ("said Washington had made a
mistake": USA), the legislature only its venue. Where what is said names no such party, the event stays as it is.
The actors taken say so in their `why`, and the rule ends with the same words.
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.answered import is_named, same_side
from eventwire.coding.lexicon import default_lexicon
from eventwire.knowledge.actor_where import word_kinds
from eventwire.model import Event

DELIVER = frozenset({"deliver", "give", "make"})
VENUE_PREPS = frozenset({"to", "before"})
SAYING = frozenset({"tell"})


def _speech_noun(t):
    """The speech noun an event's words are: itself, a delivering verb's object, or the noun the participle hangs on."""
    nouns = word_kinds().get("address-noun", frozenset())
    if t.pos_ == "NOUN":
        return t if t.lemma_.lower() in nouns else None
    if t.pos_ != "VERB" or t.lemma_.lower() not in DELIVER:
        return None
    if t.dep_ == "acl" and t.head.lemma_.lower() in nouns:
        return t.head
    return next((c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None)


def _venue(noun, e: Event):
    """The legislature token in the noun's "to"/"before" phrase that is the event's target, or None."""
    if e.target is None or e.target.sector != "LEG" or e.target.start is None:
        return None
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ in VENUE_PREPS:
            for g in p.children:
                if g.dep_ == "pobj" and g.left_edge.idx <= e.target.start <= g.idx:
                    return g
    return None


def _saying_verb(noun):
    """The verb of saying the speech is the occasion of: "in a speech ..., X said" (the "in" phrase on the verb, or
    on its subject's name), or None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    h = noun.head.head
    if h.pos_ in ("PROPN", "NOUN") and h.dep_ == "nsubj":
        h = h.head
    if h.pos_ != "VERB":
        return None
    lemma = h.lemma_.lower()
    return h if lemma in default_lexicon().reporting_verbs or lemma in SAYING else None


def _subject(v):
    return next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _party(coder, tok, ctx, role: str):
    """The one named party the coder reads in a phrase, or None."""
    if tok is None or tok.pos_ == "PRON":
        return None
    got = [a for a in coder.actors_for(tok, ctx, tok.sent, role=role) if a is not None and a.code]
    if not got or not all(is_named(a) for a in got) or len({a.country or a.code for a in got}) != 1:
        return None
    return got[0]


def speech_venues(coder, events: list[Event], doc, ctx) -> list[Event]:
    """The events of one sentence, with a speech to a legislature read as its speaker's words about the party they
    name (module doc)."""
    out = list(events)
    for k, e in enumerate(events):
        if not (e.cameo or "").startswith("01") or e.trigger_token is None or e.trigger_token >= len(doc):
            continue
        noun = _speech_noun(doc[e.trigger_token])
        venue = _venue(noun, e) if noun is not None else None
        verb = _saying_verb(noun) if venue is not None else None
        if verb is None:
            continue
        source, how = e.source, ""
        if source is None:
            source = _party(coder, _subject(verb), ctx, "source")
            if source is None:
                continue
            source = replace(source, why=f"the speaker who gave the {noun.text} ('{verb.text}'); {source.why}")
            how = f"; doer: the subject of '{verb.text}', who gave the {noun.text}"
        if e.target.country and source.country and e.target.country != source.country:
            continue                    # (a speech to another state's legislature is addressed to it)
        content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        about = _party(coder, _subject(content), ctx, "target") if content is not None else None
        if about is not None and not same_side(about, source):
            said = f"the party the {noun.text}'s words are about ('{verb.text} ... {about.text}'); " \
                   f"'{venue.text}' is only its venue"
            out[k] = replace(e, source=source, target=replace(about, why=f"{said}; {about.why}"),
                             rule=(e.rule or "") + how + f"; target: {said}")
        elif how:
            out[k] = replace(e, source=source, rule=(e.rule or "") + how)
    return out
