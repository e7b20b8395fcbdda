"""Toponym recognition, two passes over names the words around them make places whatever the parser tagged them:
- `noun_named_places`: a capitalised name right after "the village of", "the town of", "the district of" ("the
  village of Dabbous", "the key town of Ma'arzaf"), where the small parser read it as an adjective, a people, a
  date or a law and so gave it no entity, or one that no earlier rule reads as a place;
- `kind_named_places`: a name that ends in its own kind, written as part of it ("the Al-Khalidiya District", "the
  Bani Hamra Quarter"), whatever label the parser gave its words, and a name before "airbase" ("the Tiyas
  airbase": the parser reads such names as a people), where no earlier pass found a place on any of its words
  (a town found there, "Idlib" of "the Idlib Governorate", stays as it is: it gives the event its country).

toponyms.py's `_collect` calls both before `locative_towns`; the names it returns are made places by
their words (source "ctx"), resolved where the gazetteer knows them and kept without coordinates where it does not
(they can still be an event's location). A people's or a faith's name ("the town of Kurdish ..."), a demonym the
gazetteer knows, a weekday or a month is never taken, nor a name the parser read as a person, an organisation or a
place (the earlier rules judge those).
"""
from __future__ import annotations

from eventwire.knowledge.place_words import _CALENDAR, _SETTLEMENT_NOUNS, _WORDS

_COMMUNITIES = _WORDS["communities"]
_KIND_NAMES = _WORDS["kind_names"]            # "District" of "the Al-Khalidiya District": a place's own kind
_BASE_NAMES = _WORDS["kind_base_names"]       # "airbase": what follows a base's name, whatever the parser read it as
_KIND_WORDS = _KIND_NAMES | _BASE_NAMES
_KIND_NOT = _WORDS["kind_name_not"] | _WORDS["org_words"]     # "the Fire District", "the Congressional District"
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
    """The end of the capitalised name starting at k ("Tall Al-'Ayn", "Tal Hamra"), at most MAX_WORDS tokens."""
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
    from eventwire.nlp import word_positions
    n = len(doc)
    k = 2
    # (only the words after an "of": the document's other words are not looked at)
    for at in word_positions(doc, ("of",)):
        if at + 1 < k or at < 1 or at + 1 >= n:
            continue
        k = at + 1
        t = doc[k]
        if not (doc[k - 2].lower_ in _SETTLEMENT_NOUNS and not doc[k - 2].text[:1].isupper()):
            k += 1
            continue
        if k in covered or t.ent_type_ in _JUDGED or not _cap(t) or _people_word(gaz, t) \
                or t.text.isupper() and len(t.text) <= 5:
            k += 1
            continue          # (and "the area of HTS control": a group's initials)
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


def _name_before(doc, e: int) -> int:
    """The start of the capitalised name that ends right before token e ("Al-Khalidiya" of "Al-Khalidiya
    District", "Bani Hamra", "Deir ez-Zor"), at most MAX_WORDS tokens back; e itself where there is none."""
    s = e
    k = e - 1
    while k >= 0 and e - k <= MAX_WORDS + 2:
        t = doc[k]
        if _cap(t) and t.lower_ not in ("the", "a", "an") and t.lower_ not in _CALENDAR:
            s = k
            if t.is_sent_start:
                break
            k -= 1
            continue
        # a hyphen, an ayn written as a quote mark or an article inside the name: only with a capital before it
        if s < e and (t.text == "-" or t.lower_ in _JOINERS or t.text in _GLUE_QUOTES) and k > 0:
            k -= 1
            continue
        break
    return s


def kind_named_places(doc, gaz, mentions: list, make) -> list:
    """Mentions (made by make(i, j)) for names that end in their own kind ("the Al-Khalidiya District": the kind
    is part of the mention) and for names before "airbase" ("the Tiyas airbase": the name alone), where no earlier
    pass made a mention of any of its words. Returns the new mention list."""
    covered: dict[int, object] = {}
    for m in mentions:
        for k in range(m.tok_start, m.tok_end):
            covered[k] = m
    out = list(mentions)
    from eventwire.nlp import word_positions
    # (only the kind words: the document's other words are not looked at)
    for e in word_positions(doc, _KIND_WORDS):
        if e < 1:
            continue
        kt = doc[e]
        own = kt.lower_ in _KIND_NAMES and kt.text[:1].isupper()
        base = kt.lower_ in _BASE_NAMES
        if not (own or base) or e in covered:
            continue
        s = _name_before(doc, e)
        if s == e or own and e + 1 < len(doc) and _cap(doc[e + 1]):
            continue          # "Ramsey District Court", "the Woodstock District Chamber": a body's longer name
        words = [doc[k] for k in range(s, e) if _cap(doc[k])]
        if any(w.lower_ in _KIND_NOT or _people_word(gaz, w) or w.ent_type_ in ("ORDINAL", "CARDINAL") for w in words) \
                or base and any(w.ent_type_ == "PERSON" for w in words):
            continue          # "the Congressional District", "the Kurdish Quarter"; a person's base
        if any(doc[k].ent_type_ in ("GPE", "LOC", "FAC") for k in range(s, e)):
            continue          # a place the parser found: the earlier passes judge it
        j = e + 1 if own else e
        if any(k in covered for k in range(s, j)):
            continue          # a place found on a word of the name ("Idlib" of "the Idlib Governorate") stays as
            #                   it is: its town gives the event its country (a namesake elsewhere is rarer)
        m = make(s, j)
        m.found = f"a place by its own kind '{kt.text}'" + (f" (the parser gave the name the label {doc[s].ent_type_})"
                                                             if doc[s].ent_type_ else "")
        out.append(m)
        for k in range(s, j):
            covered[k] = m
    out.sort(key=lambda m: m.start)
    return out
