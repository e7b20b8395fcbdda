"""Toponym recognition, the context predicates: the words around a capitalised name that make it a place
(or a person, a firm, a site's owner). toponyms.py's `_collect` asks these while it gathers the mentions;
places.py asks some of them again while it resolves them.
"""
from __future__ import annotations

from eventwire.knowledge.place_words import (
    _AREA_WORDS, _ATTACK_NOUNS, _BATTLE_NOUNS, _CALENDAR, _DIRECTION_HEADS, _FACILITY_WORDS, _GROUND_ONLY_VERBS,
    _HELD_VERBS, _NAMED_AFTER, _PART_NOUNS, _PLACE_HEADS, _SETTLEMENT_NOUNS, _TERRITORY_VERBS, _WORDS)

_ORG_PREFIXES = _WORDS["org_prefixes"]
_ORG_WORDS = _WORDS["org_words"] | _ORG_PREFIXES
# words after a name that show the name is a place used in an organisation's or official's name
_PLACE_NOUNS = _WORDS["place_nouns"]

# capitalised kinds that end a place's name ("Kokrajhar District", "Daraa Governorate")
_PROPER_KINDS = _WORDS["proper_kinds"]
_DIRECTION_WORDS = _WORDS["direction_words"]
_OF_KINDS = _WORDS["province_words"] | _WORDS["of_kinds"]
_NAMED_KINDS = _WORDS["named_kinds"]
_EDGE_NOUNS = _WORDS["edge_nouns"]
_PERSON_OF = _WORDS["person_of"]
_COMMUNITIES = _WORDS["communities"]


# first words of Arabic, Persian and Turkic place names ("Kafr Laha", "Tal Rifaat", "Deir Hafer", "Khan Touman")
_TOPONYM_PREFIXES = _WORDS["toponym_prefixes"]


# the last words of every named site that can be where something happened: street and building words
# (_FACILITY_WORDS) and the rest ("the Tishreen Power Plant", "Rasha Hill")
_FACILITY_NAMES = _FACILITY_WORDS | _WORDS["facility_sites"]


_AREA_NOUNS = _PART_NOUNS | _SETTLEMENT_NOUNS | {"parts"}    # "in a far corner of northern Peru"


def _cap(tok) -> bool:
    t = tok.text
    return bool(t) and t[0].isupper() and any(c.isalpha() for c in t)


def _place_context(doc, i: int, j: int) -> bool:
    """Words around a capitalised name that show it is a place: "in X", "of X", "X man", "X Police"."""
    if j - i >= 2 and doc[i + 1].lower_ in _PLACE_NOUNS:
        return True
    # a dateline: "KABUL, May 3 (AP) -", "MANSFIELD --" at the start of the text or of a line
    if (i == 0 or doc[i - 1].is_space or doc[i - 1].text_with_ws.endswith("\n")) and j < len(doc) \
            and doc[j].text in (",", "-", "--", "—", "–", "(") and doc[i:j].text.isupper():
        return True
    if j < len(doc) and doc[j].lower_ in _PLACE_NOUNS:
        return True
    if j + 1 < len(doc) and doc[j].text in (",", "-") and doc[j + 1].lower_ in ("based", "area"):
        return True
    k = i - 1
    while k >= 0 and doc[k].lower_ in ("the", "a", "an", "downtown", "north", "south", "east", "west", "nearby"):
        k -= 1
    return k >= 0 and doc[k].lower_ in ("in", "of", "to", "from", "at", "near", "outside", "across", "around",
                                        "into", "toward", "towards", "visit", "visited", "visiting")


# words between a locative preposition and a name: "in the southern Iraqi city", "near central Kabul"
_SETTLEMENT_AFTER = _WORDS["settlement_after"]
_LOCATIVE = _WORDS["locative"]


def _pv(doc, k: int) -> int:
    """Index of the nearest token before k that is not white space (-1 if none)."""
    k -= 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return k


def _nx(doc, k: int) -> int:
    """Index of the nearest token at or after k that is not white space (len(doc) if none)."""
    while k < len(doc) and doc[k].is_space:
        k += 1
    return k


def _settlement_context(doc, i: int, j: int, strict: bool = False) -> bool:
    """Words that make the capitalised name doc[i:j] a place whatever the parser called it: "the town of X",
    "the X district", "X, a village", "in (the northern) X", "attacks on X"."""
    n = len(doc)
    jn = _nx(doc, j)
    nxt = doc[jn].lower_ if jn < n else ""
    ip = _pv(doc, i)
    prev = doc[ip] if ip >= 0 else None
    # only a whole capitalised name: not "Columbia" of "at Columbia University" nor "Mitchell Bridge Road",
    # "Wal-Mart", "Grant/Wilkin", "Section 2AA", "at McDonald's"
    if jn < n and _cap(doc[jn]) and nxt not in _PROPER_KINDS and doc[jn].ent_type_ not in ("DATE", "TIME") \
            and nxt not in _CALENDAR \
            or prev is not None and _cap(prev) and prev.lower_ not in _LOCATIVE and not prev.is_sent_start:
        return False
    if prev is not None and prev.text in ("-", "/", "&") \
            or jn < n and (nxt in ("-", "/", "&") or doc[jn].text[:1].isdigit()
                           or nxt == "of" and jn + 1 < n and _cap(doc[jn + 1])
                           and doc[j - 1].lower_ not in _PROPER_KINDS):      # (but "the X District of Y")
        return False
    if nxt in ("'s", "’s") and prev is not None and prev.lower_ == "at":
        return False
    jn2 = _nx(doc, jn + 1)
    if nxt in _SETTLEMENT_AFTER and not (jn2 < n and (doc[jn2].lower_ in _ORG_WORDS or _cap(doc[jn2])
                                                      and doc[jn2].lower_ not in ("of", "in"))) \
            and not (doc[i].ent_type_ == "NORP" and j - i == 1 and (doc[i].pos_ != "PROPN" or not strict
                                                                    or doc[i].lower_ in _COMMUNITIES)):
        return True       # (but "the Shiite city": an adjective; a people's name is a place only by strict words)
    if jn2 + 1 < n and nxt == "," and doc[jn2].lower_ in ("a", "the") and doc[jn2 + 1].lower_ in _SETTLEMENT_NOUNS:
        return True       # "Furqlus, a town on the highway"
    if prev is not None and prev.lower_ in _NAMED_AFTER:
        return True       # "the capital Colombo", "oil city Port Harcourt"
    if prev is not None and prev.text == ",":
        ip2 = _pv(doc, ip)
        if ip2 >= 0 and doc[ip2].lower_ in _NAMED_AFTER:
            return True   # "in the capital, Colombo"
    if prev is not None and (prev.lower_ in ("called", "named") or prev.lower_ == "as" and ip >= 1
                             and doc[_pv(doc, ip)].lower_ == "known"):
        k = _pv(doc, ip) if prev.lower_ != "as" else _pv(doc, _pv(doc, ip))
        if k >= 0 and (doc[k].lower_ in _SETTLEMENT_NOUNS or doc[k].lower_ in _PLACE_HEADS
                       or doc[k].lower_ in _NAMED_KINDS or doc[k].text == ","):
            return True   # "an area known as El Tablazo", "a place called Teiba", "a peak, called Tiger Hill"
    ipo = ip
    while ipo >= 0 and doc[ipo].lower_ in _AREA_WORDS and doc[ipo].lower_ != "the":
        ipo = _pv(doc, ipo)       # "the outskirts of eastern Ghouta"
    if ipo != ip and ipo >= 0 and doc[ipo].lower_ == "of":
        ip, prev = ipo, doc[ipo]
    if prev is not None and prev.lower_ in ("of", ":", "like", "including"):
        ip2 = _pv(doc, ip)
        if ip2 >= 0 and (doc[ip2].lower_ in _SETTLEMENT_NOUNS or doc[ip2].lower_ in _DIRECTION_WORDS
                         or prev.lower_ == "of" and doc[ip2].lower_ in _OF_KINDS):
            return True   # "the village of X", "east of X", "the outskirts of X", "four villages: X, Y",
            #               "the Indian state of X", "the Greek island of X"
    if strict:      # a word the parser took for a language or a people: only "the town of X" / "X, a town"
        return False
    if prev is not None and prev.lower_ in ("on", "against") and prev.head.lemma_ in _ATTACK_NOUNS \
            or prev is not None and prev.lower_ in ("for", "of") and prev.head.lemma_.lower() in _BATTLE_NOUNS:
        return True       # "attacks on Aleppo", "the assault on Taqsis", "the battle for Manbij"
    k = ip
    while k >= 0 and (doc[k].lower_ in _AREA_WORDS or doc[k].ent_type_ == "NORP" and doc[k].pos_ == "ADJ"):
        k = _pv(doc, k)
    return k >= 0 and doc[k].lower_ in _LOCATIVE


def _ent_end(doc, ent) -> int:
    """An entity's end without a trailing weekday or possessive ("Harare Saturday", "Hyderabad's")."""
    j = ent.end
    while j > ent.start + 1 and (doc[j - 1].lower_ in _CALENDAR or doc[j - 1].lower_ in ("'s", "’s")):
        j -= 1
    return j


def _person_use(doc, i: int, j: int) -> bool:
    """Is the one-word name at i used like a person's: taken by a verb that has a place of its own ("captured
    Ocalan in Kenya", "captured Henao on Jan. 10 in southern Panama"), or "in support of X"?"""
    if j - i != 1:
        return False
    t = doc[i]
    if t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ == "VERB" \
            and _names_a_place(list(t.head.children) + list(t.children)
                               + [c for v in t.head.children if v.dep_ == "conj" and v.pos_ == "VERB"
                                  for c in v.children]):
        return True       # (also "Ocalan was captured and jailed in Turkey")
    return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in _PERSON_OF


def _names_a_place(children) -> bool:
    """Is one of these tokens "in", "near", "at" or "outside" with a proper name (not a date) as its object?"""
    def proper(g):
        return g.pos_ == "PROPN" and g.ent_type_ not in ("DATE", "TIME")
    return any(c.dep_ == "prep" and c.lower_ in ("in", "near", "at", "outside")
               and any(g.dep_ == "pobj" and (proper(g) or g.lower_ in _AREA_NOUNS and any(
                   o.lower_ == "of" and any(x.dep_ == "pobj" and proper(x) for x in o.children)
                   for o in g.children)) for g in c.children) for c in children)


def _after_locative(doc, i: int) -> bool:
    """Does the name at i follow "in", "near", "inside", "outside" or "around" (past "the" and words such as
    "northern"), or "the battle for", "an attack on"?"""
    k = _pv(doc, i)
    while k >= 0 and doc[k].lower_ in _AREA_WORDS:
        k = _pv(doc, k)
    if k >= 0 and doc[k].lower_ in ("in", "near", "inside", "outside", "around"):
        return True
    # "the battle for X", "their attack on X", "airstrikes on X"
    return k >= 1 and doc[k].lower_ in ("for", "on", "of") and doc[k - 1].lemma_.lower() in _BATTLE_NOUNS


def _facility_context(doc, i: int, j: int) -> bool:
    """ "at the Tishreen Power Plant", "stormed the Kindi Hospital", "an attack on the Heart Hospital"."""
    n = len(doc)
    if j < n and (_cap(doc[j]) or doc[j].lower_ in ("'s", "’s")):
        return False
    k = i - 1
    while k >= 0 and doc[k].lower_ in _AREA_WORDS:
        k -= 1
    if k >= 0 and (doc[k].lower_ in _LOCATIVE or doc[k].lower_ in ("on", "against")
                   and doc[k].head.lemma_ in _ATTACK_NOUNS):
        return True
    if k >= 1 and doc[k].lower_ == "of":
        k2 = k - 1
        while k2 >= 0 and doc[k2].lower_ in _AREA_WORDS and doc[k2].lower_ not in _DIRECTION_HEADS:
            k2 -= 1
        if k2 >= 0 and (doc[k2].lower_ in _DIRECTION_HEADS or doc[k2].lower_ in _DIRECTION_WORDS
                        or doc[k2].lower_ in _EDGE_NOUNS):
            return True   # "the edge of the Tabqa Air Base", "north of the Mosul Dam"
    return _held_object(doc, i, j) or k >= 0 and doc[k].lemma_ in _HELD_VERBS | _TERRITORY_VERBS


_OWNER_NOUNS = _WORDS["owner_nouns"]


def _site_modifier(doc, i: int, j: int, unknown: bool = False) -> bool:
    """The name before a place noun where something happened: "shelled the Hamrin water plant",
    "outside his Freetown home", "captured the Al-Dahr hill". A name the gazetteer does not know (unknown) before
    "offices" or "headquarters" is the firm or group that owns them ("raided Uber offices")."""
    h = None
    for k in range(i, j):
        if not (i <= doc[k].head.i < j) or doc[k].head.i == k:
            h = doc[k]
            break
    if h is None or h.dep_ != "compound":
        return False
    noun = h.head
    while noun.dep_ == "compound" and noun.head.i != noun.i and noun.head.i > noun.i:
        noun = noun.head
    if _cap(noun) or noun.lower_ not in _PLACE_HEADS and noun.lower_ not in _FACILITY_NAMES \
            or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) \
            or unknown and noun.lower_ in _OWNER_NOUNS:
        return False      # "at a Shell gas station": a brand
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_ in _HELD_VERBS | _TERRITORY_VERBS:
        return True
    return noun.dep_ == "pobj" and (noun.head.lower_ in _LOCATIVE or noun.head.lower_ in ("on", "against")
                                    and noun.head.head.lemma_ in _ATTACK_NOUNS)


def _toponym_prefix(doc, i: int, j: int) -> bool:
    return j - i >= 2 and doc[i].lower_.strip("-") in _TOPONYM_PREFIXES and _cap(doc[i + 1]) \
        and doc[i + 1].lower_ not in _ORG_WORDS


def _held_object(doc, i: int, j: int, ground_only: bool = False, any_passive: bool = False) -> bool:
    """The object of a verb that takes ground: "captured Kasumbalesa", "Utah Beach was captured" (ground_only:
    a verb nobody does to a person: "overran X", "shelled X"). "X was captured" is as often a man as a town: the
    passive needs a verb nobody does to a person unless any_passive (the name is a known town). And a verb that
    also takes persons, with a place of its own ("captured Qadeer in the city of Gujranwala"), took a person."""
    verbs = _GROUND_ONLY_VERBS if ground_only else _HELD_VERBS
    for k in range(i, j):
        t = doc[k]
        if not (i <= t.head.i < j) or t.head.i == t.i:
            if t.dep_ == "compound" and t.head.lower_ in _CALENDAR and t.head.dep_ == "npadvmod":
                t = t.head    # "patrolled Harare Saturday" read as one noun
            elif t.dep_ == "poss" and t.head.dep_ in ("dobj", "nsubjpass") and (
                    t.head.lower_ in _PLACE_HEADS or t.head.lemma_.lower() in _PLACE_HEADS
                    or t.head.lower_ in _DIRECTION_HEADS or t.head.lower_ in _EDGE_NOUNS):
                t = t.head    # "patrolled Hyderabad's streets", "X's streets were patrolled", "X's perimeter"
            v = t.head
            ok = t.dep_ in ("dobj", "npadvmod") and v.lemma_ in verbs \
                or t.dep_ == "nsubjpass" and v.lemma_ in (verbs if any_passive else _GROUND_ONLY_VERBS)
            if ok and v.lemma_ not in _GROUND_ONLY_VERBS and _names_a_place(v.children):
                return False
            return ok
    return False
