"""A country's name inside a quoted title of a thing (issue 14: wrong country on an actor that is otherwise right).

    titled_at(doc, start, end)   # True for "Chechnya" in 'fans waved a "Free Chechnya" banner'

A short quotation that stands before a common noun is the name of that thing, a banner, a flag, a campaign, an
operation ('a "Free Tibet" flag', 'the "Save Darfur" campaign', 'the "Ukraine First" slogan'), not a place where
anything happens nor an actor: the country in it is no country of the sentence's other actors (knowledge/actor_where.py
leaves it out of the sentence's countries). Quoted speech is no such title: it is longer, or no noun follows it.
"""
from __future__ import annotations

_OPEN = {"\u201c", "\u2018", '"', "'"}
_CLOSE = {"\u201d", "\u2019", '"', "'"}
_MAX_WORDS = 4          # (a title is a few words: 'the "Free Kashmir" march'; a quotation of speech is longer)


def titled_at(doc, start: int, end: int) -> bool:
    """Whether the characters start..end lie inside a quoted title of at most four words that a common noun right
    after the closing quote names ('a "Free Tibet" flag'), in the same sentence."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    sent = span[0].sent
    i = span.start - 1
    while i >= sent.start and doc[i].text not in _OPEN and span.start - i <= _MAX_WORDS:
        if doc[i].text in _CLOSE or doc[i].is_punct:
            return False
        i -= 1
    if i < sent.start or doc[i].text not in _OPEN:
        return False
    j = span.end
    while j < sent.end and doc[j].text not in _CLOSE and j - i - 1 <= _MAX_WORDS:
        if doc[j].is_punct:
            return False
        j += 1
    if j >= sent.end - 1 or doc[j].text not in _CLOSE or j - i - 1 > _MAX_WORDS:
        return False
    after = doc[j + 1]
    return after.pos_ == "NOUN" and after.text[:1].islower()
