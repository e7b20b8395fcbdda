"""The author a pronoun stands for in a clause of saying told inside a statement (issue 14, no source): "the US
President's tweet in which he said that missiles would soon be fired toward Syria", "Moscow issued a statement on
Friday in which it said troops would be sent": the one who says is the author of the statement noun the relative
clause opens on, so an act its clause announces in the passive is that author's (coding/implied_doers.py, step 2).

    got = venue_author(said)     # (the token naming the author, the statement noun), or None

The verb of saying is a relative clause opened by a preposition with a relative pronoun ("in which", "in whom"),
its subject a pronoun; the statement is the nearest `speech-noun` of roles.tsv (tweet, statement, speech, letter,
interview...) before that preposition, within WINDOW words and with no verb or stop between (the parser often hangs
the clause on a date after the noun: "a tweet on Wednesday in which"); its author is the one its own phrase names
(possessor, "by" or "from" phrase, name modifier: coding/noun_args.noun_agent) or the subject of the verb it is the
object of ("Trump posted a tweet in which he said"). Not a clause whose relative pronoun stands in the said clause
("weapons it said were intended for an attack"): the pronoun here is the object of the clause's own preposition.
"""
from __future__ import annotations

from eventwire.coding.clause_record import RELATIVE_PRONOUNS, SPEECH_NOUNS

WINDOW = 6
STOPS = frozenset({".", ";", ":", "!", "?", "“", "”", '"'})


def _statement(prep):
    """The speech noun the relative clause opened by `prep` ("in which") is about, or None."""
    doc = prep.doc
    for k in range(prep.i - 1, max(-1, prep.i - 1 - WINDOW), -1):
        tok = doc[k]
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in SPEECH_NOUNS:
            return tok
        if tok.pos_ in ("VERB", "AUX") or tok.text in STOPS:
            return None
    return None


def venue_author(said):
    """(the token naming who said what the relative clause verb `said` reports, the statement noun it opens on)
    (module doc), or None."""
    from eventwire.coding.noun_args import noun_agent
    if said.dep_ != "relcl":
        return None
    subj = next((c for c in said.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PRON" or subj.lower_ in RELATIVE_PRONOUNS:
        return None
    prep = next((c for c in said.children if c.dep_ == "prep" and c.i < subj.i
                 and any(g.dep_ == "pobj" and g.lower_ in RELATIVE_PRONOUNS for g in c.children)), None)
    if prep is None:
        return None
    noun = _statement(prep)
    if noun is None:
        return None
    author = noun_agent(noun)
    if author is None and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        author = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if author is None or author.pos_ not in ("PROPN", "NOUN"):
        return None
    return author, noun
