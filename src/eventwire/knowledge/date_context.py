"""Which date expressions of a sentence can date an event (read by knowledge/dates.py's event_date).

    weekday_in_name(span)       -> True for "Wednesday" in "Sheffield Wednesday", "Friday" in "Good Friday"
    year_in_context(span)       -> False for "1935 Orchard St.", "1950 protesters", "a 2015 Honda", "the 1999 war"
    said_of_other(span, trig)   -> True for "born in 1923" in "Mary Jones, born in 1923, was attacked"

A bare year is a date only in a date context: the object of a time preposition ("in 2014", "since 2011", a year
joined to one: "between 2011 and 2014"), of "of" after a time noun ("the rest of 2015"), or after "the year". A date inside a clause that describes one of the
act's parties ("who was born in 1990", "the firm, founded in 1887,") or a life or founding ("Founded in 1902, the
union ...") is that clause's date, not the act's. Words in data/coding/date_context.tsv.
"""
from __future__ import annotations

import functools
import re

from eventwire.coding.tables import kind_sets

_WEEKDAY = re.compile(r"^\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?\s*$", re.I)
_DATE_WORDS = frozenset("last this next on past early late by since until before after every each".split())
_BARE_YEAR = re.compile(r"^\s*(?:the\s+)?(?:early|mid|late)?[\s-]*(?:1[89]|20)\d\d(?:s|'s)?\s*$", re.I)


@functools.cache
def _words() -> dict:
    return kind_sets("date_context.tsv")


def is_bare_year(text: str) -> bool:
    """A date expression that is a year and nothing else ("2014", "early 2014", "the 1990s")."""
    return bool(_BARE_YEAR.match(text or ""))


def year_in_context(span, trig=None) -> bool:
    """A bare year that is a time: the object of a time preposition, of "of" after a time noun or after "the year"
    (or joined to such a year); or, for the act ``trig``, a year said of the act itself: before the act's own noun
    or one it hangs on ("Obama's 2013 deal", "the 2003 decision to invade"), before the noun of an "in"/"during"
    phrase of the act ("killed in a 2015 airstrike"), after "of" on the act's noun ("the invasion of 2003"), or the
    year a clause of the act describes ("in 2014, when the group stormed ...")."""
    w = _words()
    preps, nouns = w.get("year-prep", frozenset()), w.get("year-noun", frozenset())
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in preps:
        return True
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in w.get("of-time-noun", frozenset()):
        return True       # "the rest of 2015", "the summer of 1999"
    if head.lower_ in preps and head.i != tok.i and head.pos_ in ("ADJ", "ADV", "ADP"):
        return True       # "in early 2014" hung on the adjective
    if head.lemma_.lower() in nouns and tok.dep_ in ("appos", "nummod", "npadvmod"):
        return True       # "the year 2014"
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in preps and before.pos_ == "ADP":
        return True
    return trig is not None and _year_of_act(tok, trig, w)


def _year_of_act(tok, trig, w) -> bool:
    head = tok.head
    if any(a.i == tok.i for a in trig.ancestors):
        return True       # "the 1990s, when Turkey was engaged in a civil war"
    for a in [trig, *trig.ancestors]:
        if a.dep_ in ("relcl", "advcl") and any(c.lower_ == "when" for c in a.children):
            said = a.head  # "the massacre of 1982, when the army rounded up ...", "the 2016 coup, when ..."
            noun = tok.head.head if tok.head.lower_ == "of" else tok.head
            # (the noun itself, or one the parser hung the clause above: "the site of the massacre of 1982, when")
            up = [noun, *list(noun.ancestors)[:2]]
            if noun.i < a.i and any(x.i == said.i for x in up):
                return True
            break
    if head.i == tok.i:
        return False
    if tok.i < head.i and head.pos_ == "NOUN":
        if head.i == trig.i or any(a.i == head.i for a in trig.ancestors):
            return True   # "Obama's 2013 deal with Putin", "Bush's 2003 decision to invade"
        if head.dep_ == "pobj" and head.head.lower_ in w.get("act-prep", frozenset()) and head.head.head.i == trig.i:
            return True   # "killed in a 2015 airstrike"
    return tok.dep_ == "pobj" and head.lower_ == "of" and head.head.i == trig.i     # "the invasion of 2003"


def weekday_in_name(span) -> bool:
    """A weekday that is part of a name: right after a capitalised word that is no person and no subject
    ("Sheffield Wednesday", "Good Friday", "Bloody Sunday"; not "Biden Tuesday signed", "on Monday")."""
    if not _WEEKDAY.match(span.text or "") or span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    if not prev.is_alpha or not prev.text[0].isupper() or prev.lower_ in _DATE_WORDS \
            or (prev.is_sent_start and prev.pos_ != "PROPN"):
        return False
    if prev.ent_type_ in ("PERSON", "NORP") or prev.dep_ in ("nsubj", "nsubjpass"):
        return False
    return prev.pos_ in ("PROPN", "ADJ", "NOUN")


def said_of_other(span, trig) -> bool:
    """The date belongs to another clause than the act's: a clause describing a party, or a life or founding."""
    own = _words().get("own-date-verb", frozenset())
    path = []
    tok = span.root
    while tok.head.i != tok.i and len(path) < 40:
        tok = tok.head
        if tok.i == trig.i:
            break
        path.append(tok)
    else:
        return False      # the act is not above the date: which clause it dates is event_date's tiers' question
    for tok in path:
        if tok.pos_ in ("VERB", "AUX") or tok.tag_ == "VBN":
            if tok.lemma_.lower() in own or tok.lower_ in own:
                return True
            if tok.dep_ in ("acl", "relcl") and tok.head.i != trig.i and tok.tag_ != "VBG":
                return True   # (not a state the party is in at the act's time: "men wearing masks in May 2013")
    return False


def life_date(text: str, start: int) -> bool:
    """A full date in running text that is a life's or a founding's ("born on March 3, 1923", "(b. 1923")."""
    words = _words().get("life-word", frozenset())
    before = re.findall(r"[a-z][a-z.]*", text[max(0, start - 24):start].lower())
    return any(w in words or w.rstrip(".") in words for w in before[-3:])
