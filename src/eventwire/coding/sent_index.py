"""A document's sentence index: the start token of each sentence, built once per document and kept in its
user_data (`eventwire.sentence_starts`), so that a stage looking back a few sentences from a token finds them by
bisection instead of walking every sentence of the document each time."""
from __future__ import annotations

import bisect

KEY = "eventwire.sentence_starts"


def sentence_starts(doc) -> list:
    """[the first token index of each sentence] of `doc`, in order (built once)."""
    starts = doc.user_data.get(KEY)
    if starts is None:
        starts = doc.user_data[KEY] = [s.start for s in doc.sents]
    return starts


def sentence_number(doc, i: int) -> int:
    """The index of the sentence holding token `i`."""
    return max(0, bisect.bisect_right(sentence_starts(doc), i) - 1)


def sentence_at(doc, k: int):
    """The k-th sentence of `doc`, as a span."""
    starts = sentence_starts(doc)
    return doc[starts[k]:starts[k + 1] if k + 1 < len(starts) else len(doc)]


def sentences_back(sent, n: int) -> list:
    """The sentence `sent` and the `n` before it, in document order."""
    doc = sent.doc
    k = sentence_number(doc, sent.start)
    return [sentence_at(doc, j) for j in range(max(0, k - n), k + 1)]
