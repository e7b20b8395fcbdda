"""Toponym recognition, a pass over names the words around them make places whatever the parser tagged them: a
capitalised name right after "the village of", "the town of", "the district of" ("the village of Dabbous", "the key
town of Ma'arzaf") is a place even where the small parser read it as an adjective, a people, a date or a law and so
gave it no entity, or one that no earlier rule reads as a place.

toponyms.py's `_collect` calls `noun_named_places` before `locative_towns`; the names it returns are made places by
their words (source "ctx"), resolved where the gazetteer knows them and kept without coordinates where it does not
(they can still be an event's location). A people's or a faith's name ("the town of Kurdish ..."), a demonym the
gazetteer knows, a weekday or a month is never taken, nor a name the parser read as a person, an organisation or a
place (the earlier rules judge those).
"""
from __future__ import annotations

from eventwire.knowledge.place_words import _CALENDAR, _SETTLEMENT_NOUNS, _WORDS

_COMMUNITIES = _WORDS["communities"]
# labels the earlier passes already judge by the words around them: a person's name, an organisation's, a place's
_JUDGED = ("PERSON", "ORG", "GPE", "LOC", "FAC")
_JOINERS = ("-", "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "er", "es", "ez", "de", "del", "da")
_GLUE_QUOTES = ("‘", "’", "'", "`")
MAX_WORDS = 5


def _cap(t) -> bool:
    x = t.text
    if x[:1] in _GLUE_QUOTES and len(x) > 1:
        x = x[1:]
    return bool(x) and x[0].isupper() and any(ch.isalpha() for ch in x) and not any(ch.isdigit() for ch in x)


def _people_word(gaz, t) -> bool:
    low = t.lower_
    if low in _COMMUNITIES or low.rstrip("s") in _COMMUNITIES or low in _CALENDAR:
        return True
    cs = gaz.lookup(t.text)
    return bool(cs) and all(c.demonym for c in cs)      # "Syrian", "Kurds": a people, not a town


def _span_after(doc, k: int) -> int:
    """The end of the capitalised name starting at k ("Rasm Al-'Abed", "Tal Hamra"), at most MAX_WORDS tokens."""
    n = len(doc)
    j = k + 1
    while j < n and j - k < MAX_WORDS:
        t = doc[j]
        if t.ent_type_ in _JUDGED or t.lower_ in _CALENDAR:
            break
        if _cap(t):
            j += 1
            continue
        glued = t.text in _GLUE_QUOTES and not doc[j - 1].whitespace_
        if (t.lower_ in _JOINERS or glued) and j + 1 < n and _cap(doc[j + 1]) and doc[j + 1].ent_type_ not in _JUDGED:
            j += 2
            continue
        break
    return j


def noun_named_places(doc, gaz, mentions: list, make) -> list:
    """Mentions (made by make(i, j)) for the capitalised names right after "the <settlement noun> of" that no
    earlier pass made a mention and the parser gave no person's, organisation's or place's label. Returns the new
    mention list."""
    covered = set()
    for m in mentions:
        covered.update(range(m.tok_start, m.tok_end))
    out = list(mentions)
    n = len(doc)
    k = 2
    while k < n:
        t = doc[k]
        if not (doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in _SETTLEMENT_NOUNS and not doc[k - 2].text[:1].isupper()):
            k += 1
            continue
        if k in covered or t.ent_type_ in _JUDGED or not _cap(t) or _people_word(gaz, t):
            k += 1
            continue
        j = _span_after(doc, k)
        if any(x in covered for x in range(k, j)):
            k = j
            continue
        m = make(k, j)
        m.found = (f"a place by the words '{doc[k - 2].text} of {doc[k:j].text}' (the parser gave the name "
                   + (f"the label {t.ent_type_})" if t.ent_type_ else "no entity)"))
        out.append(m)
        covered.update(range(k, j))
        k = j
    out.sort(key=lambda m: m.start)
    return out
