"""Toponym recognition: names joined by "and" before a plural word for their kind ("the Kaleh and Qusour
districts", "the Shuja and Zeitoun suburbs", "the Rafah, Maghazi and Bureij camps"). The plural noun says that
every name in the list is a place of that kind; the parser often finds only the one next to it, or none, and the
gazetteer rarely knows a town's quarters. toponyms.py calls `plural_kind_places` after the passes that read a name
by its own kind (toponym_named.py); each new mention carries the words that found it (`_Mention.found`).

Not adjectives of peoples or faiths ("the Sunni and Shia districts", "the Kurdish and Arab villages"), dates or
numbers, nor the halves of one name ("the North and South Kivu provinces"), nor a list with a single name ("the Idlib villages": the villages of Idlib, which the earlier passes read).
"""
from __future__ import annotations

from eventwire.knowledge.place_words import _CALENDAR, _WORDS
from eventwire.knowledge.toponym_named import _cap, _name_before, _people_word

_PLURAL_KINDS = _WORDS["plural_kinds"]
_COMPASS = _WORDS["compass_words"]           # "the North and South Kivu provinces": halves of one name
_KIND_NOT = _WORDS["kind_name_not"] | _WORDS["org_words"]
_NOT_NAMES = ("PERSON", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LAW",
              "LANGUAGE", "EVENT", "WORK_OF_ART", "PRODUCT")
MAX_NAMES = 6


def _names_before(doc, e: int) -> list:
    """The (start, end) token spans of the names listed right before token e ("A, B and C <kind>"), last first;
    [] unless at least two names are joined by "and" (or a comma) and nothing else stands between them."""
    spans = []
    end = e
    for _ in range(MAX_NAMES):
        s = _name_before(doc, end)
        if s == end:
            break
        spans.append((s, end))
        k = s - 1
        if k >= 1 and doc[k].lower_ == "and":
            end = k - 1 if doc[k - 1].text == "," else k
            continue
        if k >= 1 and doc[k].text == ",":
            end = k
            continue
        break
    if len(spans) < 2 or not any(doc[s - 1].lower_ == "and" for s, _ in spans[:-1]):
        return []
    return spans


def plural_kind_places(doc, gaz, mentions: list, make) -> list:
    """Mentions (made by make(i, j)) for the names listed before a plural word for a settlement or quarter (see the
    module's docstring) that no earlier pass made a place. Returns the new mention list."""
    covered: set[int] = set()
    for m in mentions:
        covered.update(range(m.tok_start, m.tok_end))
    out = list(mentions)
    from eventwire.doc_index import word_positions
    for i in word_positions(doc, _PLURAL_KINDS):        # (those words alone: no Token made for the others)
        t = doc[i]
        if t.i < 3:
            continue
        spans = _names_before(doc, t.i)
        if not spans:
            continue
        if any(doc[s].lower_ in _COMPASS for s, j in spans):
            continue          # "the North and South Kivu provinces": one name's two halves, not two names
        toks = [doc[k] for s, j in spans for k in range(s, j)]
        if any(w.ent_type_ in _NOT_NAMES or w.lower_ in _KIND_NOT or w.lower_ in _CALENDAR
               or _cap(w) and _people_word(gaz, w) for w in toks):
            continue          # "the Sunni and Shia districts", "the Kurdish and Arab villages": no names of places
        for s, j in spans:
            if any(k in covered for k in range(s, j)):
                continue      # a place already (the parser's, or a name the gazetteer knows)
            m = make(s, j)
            m.found = f"a place by the words '{doc[spans[-1][0]:t.i + 1].text}' (names listed before their kind)"
            out.append(m)
            covered.update(range(s, j))
    out.sort(key=lambda m: m.start)
    return out
