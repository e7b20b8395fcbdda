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
    if not _open_quote_near(doc, start):
        return False          # (no opening quote mark within the few words before: no title; no span made)
    return _titled(doc, start, end)


def _titled(doc, start: int, end: int) -> bool:
    """`titled_at` without its first test (the quote marks near `start`): read from the words around the span."""
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


def _open_quote_near(doc, start: int) -> bool:
    """Whether an opening quote mark lies among the words `titled_at` looks back over from the character `start`
    (the token that holds it and the five before, and the one after: a window wider than the one asked), from the
    document's quote marks listed once (no Token made)."""
    import bisect
    from eventwire.doc_index import token_starts
    got = doc.user_data.get("eventwire.open_quotes")
    if got is None or got[0] != len(doc):
        from eventwire.doc_index import word_lowers
        got = doc.user_data["eventwire.open_quotes"] = (len(doc), [i for i, w in enumerate(word_lowers(doc))
                                                                   if w in _OPEN])
    marks = got[1]
    if not marks:
        return False
    k = bisect.bisect_right(token_starts(doc), start) - 1          # the last token starting at or before `start`
    j = bisect.bisect_left(marks, k - _MAX_WORDS - 2)
    return j < len(marks) and marks[j] <= k + 1
