"""Toponym recognition, the known place inside a longer name: a name the parser called a place that the gazetteer
does not know as a whole, but whose words name a known place and a part of it or a site in it.

    "Northeast Georgia", "South Philadelphia", "Metro Nashville"   a part of the place: the place
    "the City of Norfolk", "the Province of Ontario"                the place named with its kind
    "the Henderson County Jail", "Paris City Hall",
    "Vancouver International Airport"                               a site or a body named after the place it is in

`inner_place` returns the tokens of the known place, so the mention names that place (and is resolved as it) rather
than being kept without coordinates. toponyms.py's `_collect` asks it for the parser's GPE/LOC/FAC names only;
names the parser called organisations are left to the gazetteer pass there, where they need support.
"""
from __future__ import annotations

from typing import Optional

from eventwire.knowledge.gazetteer import Gazetteer
from eventwire.knowledge.place_words import _AREA_WORDS, _FACILITY_WORDS, _SETTLEMENT_NOUNS, _WORDS

# words that name a part of a place before its name ("Northeast Georgia", "S.E. Paris", "Metro Nashville")
_PART_PREFIXES = _WORDS["part_prefixes"]
# kinds written before "of" and the place's name ("the City of Norfolk", "the Port of Los Angeles")
_KIND_OF = _WORDS["kind_of"]
# the last words of a local body's or a public site's name after the town it serves ("Jail", "Airport",
# "Police Department"), and the words that may stand between ("International", "Civic", "Superior")
_SITE_ENDS = _WORDS["site_ends"]
_SITE_BETWEEN = _WORDS["site_between"] | _SITE_ENDS
# words right after the place that say it is a town or a county ("Paris City Hall", "Henderson County Jail")
_KIND_AFTER = frozenset({"city", "county", "parish", "township", "town", "village", "borough"})
# generic words that name no place of their own after a part word ("North Street", "South Central")
_GENERIC = _FACILITY_WORDS | _SETTLEMENT_NOUNS | _AREA_WORDS | _PART_PREFIXES
MIN_TOWN = 20_000         # a town named inside a longer name, where nothing else says it is a town


def _known(gaz: Gazetteer, text: str) -> list:
    """The gazetteer's readings of text that a longer name can contain: a country, a state or region, a county, or
    a town of MIN_TOWN people by its main name."""
    return [c for c in gaz.lookup(text) if not c.demonym and (
        c.feature in ("country", "admin1", "admin2", "region", "continent") and not c.alt
        or c.feature == "city" and c.population >= MIN_TOWN and not c.alt)]


def inner_place(doc, i: int, j: int, gaz: Gazetteer, person_words=frozenset()) -> Optional[tuple[int, int]]:
    """The tokens [i2, j2) of the known place inside the unknown name doc[i:j], or None."""
    n = j - i
    if n < 2:
        return None
    low = [doc[k].lower_ for k in range(i, j)]
    if low[-1] in _FACILITY_WORDS and low[-1] not in _SITE_ENDS:
        return None       # "Memphis Street", "Golden Gate Bridge": named after a place, not in it
    # a part of a place: leading compass or part words, then the place ("Northeast Georgia", "S.E. Paris")
    k = i
    while k < j - 1 and low[k - i] in _PART_PREFIXES and doc[k].text[:1].isupper():
        k += 1        # (a proper name's part, "South Philadelphia"; not "west London", said of the city)
    if k > i:
        # (not a country's or a continent's: "South Vietnam", "Southern Sudan", "East Africa" are states or
        # regions of their own)
        known = _known(gaz, doc[k:j].text)
        if low[k - i] not in _GENERIC and doc[k].text[:1].isupper() and (
                any(c.feature in ("admin1", "admin2") for c in known)
                or known and not any(c.feature in ("country", "continent", "region") for c in known)):
            return k, j
        return None
    # "the City of Norfolk": the kind, "of", the place
    if n >= 3 and low[0] in _KIND_OF and low[1] == "of":
        return (i + 2, j) if low[2] not in _GENERIC and _known(gaz, doc[i + 2:j].text) else None
    # a local body or a public site named after the town it serves: the place's words, then only site words
    # ("Henderson County Jail", "Paris City Hall", "Vancouver International Airport"; not "George Washington High
    # School", a person's name)
    if low[-1] not in _SITE_ENDS or low[0] in person_words:
        return None
    for e in range(j - 1, i, -1):
        if not all(low[x - i] in _SITE_BETWEEN or low[x - i] in _KIND_AFTER for x in range(e, j)):
            break
        if low[e - i] in ("county", "parish"):
            continue      # "Henderson County Jail": the county itself, the longer reading, is tried first
        cands = _known(gaz, doc[i:e].text)
        if low[e - i] in _KIND_AFTER:
            cands = [c for c in gaz.lookup(doc[i:e].text) if c.feature == "city" and not c.alt and not c.demonym]
        if cands and low[0] not in _GENERIC:
            return i, e
    return None


# words of a town's own government and services in a body's name ("the Athens Police Department", "Litchfield
# Superior Court", "the Canaan Board of Finance"): the town is named as the place the body serves
_TOWN_BODY = _WORDS["town_body"]


def body_of_town(doc, ent, i: int, j: int, cands) -> bool:
    """Is the gazetteer name doc[i:j], inside the organisation ent, the town or county the body serves: it leads
    the name and only site words follow ("the Athens Police Department", "Paris City Hall", "St. Cloud Hospital")?"""
    s = ent.start
    while s < ent.end and doc[s].lower_ == "the":
        s += 1
    e = ent.end
    while e > s and (doc[e - 1].is_punct or doc[e - 1].lower_ in ("'s", "’s")):
        e -= 1
    low = [doc[k].lower_ for k in range(j, e)]
    towns = [c for c in cands if not c.alt and not c.demonym and (
        c.feature in ("admin1", "admin2") or c.feature == "city" and c.population >= 1000)]
    # (not "a lecturer at the University of Bristol": a school named after a town is not where its people act; nor
    # "the Supreme Court", "Superior Court": a court's kind)
    if not towns or i != s or doc[i].lower_ in _SITE_BETWEEN:
        return False
    if not low or low[-1] not in _SITE_ENDS and low[-1] not in _TOWN_BODY \
            or not all(w in _SITE_BETWEEN or w in _TOWN_BODY or w in _KIND_AFTER for w in low):
        return False
    # a town's own body; a site named after a town of MIN_TOWN people or a region
    return any(w in _TOWN_BODY or w in _KIND_AFTER for w in low) or any(
        c.feature != "city" or c.population >= MIN_TOWN for c in towns)


# the party letters of a legislator's label ("Sen. Tom Bakk, DFL-Cook", "Rep. Jane Roe (R-Marshall)")
_PARTY_LETTERS = _WORDS["party_letters"]


def member_home(doc, i: int, j: int) -> bool:
    """Is doc[i:j] the home town of a legislator's party label: ", R-Marshall," or "(D-Braxton)" after a name?"""
    if i < 3 or j >= len(doc) or doc[i - 1].text != "-" or doc[i - 2].lower_ not in _PARTY_LETTERS \
            or not doc[i - 2].text.isupper():
        return False
    return doc[i - 3].text in (",", "(") and doc[j].text in (",", ")", ";", "—", "–")


def demonym_region(text: str, gaz: Gazetteer) -> Optional[str]:
    """The state, province or country a people's name the gazetteer does not list is formed from, by the English
    endings: "Minnesotans" -> "Minnesota", "Texans" -> "Texas", "Ontarians" -> "Ontario", "South Ossetian" ->
    "South Ossetia"; or None."""
    words = text.split()
    if not words or not words[-1][:1].isupper() or len(words) == 1 and not words[-1].endswith("ns"):
        return None       # (one word: only a plural, "Minnesotans"; not "Victorian", an age)
    last = words[-1]
    if last.endswith("ns"):
        last = last[:-1]
    bases = []
    if last.endswith("ian"):
        bases = [last[:-1], last[:-3] + "io"]
    elif last.endswith("an"):
        bases = [last[:-1], last[:-1] + "s"]
    for base in bases:
        name = " ".join(words[:-1] + [base])
        if any(c.feature in ("admin1", "country", "region") and not c.alt and not c.demonym
               for c in gaz.lookup(name)):
            return name
    return None
