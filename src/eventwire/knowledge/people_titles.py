"""Person titles and offices a story names people with (data/actors/sectors.tsv titles, data/coding/person_titles.tsv,
gender titles): the tables and the small readings `knowledge/people.py` builds its index from (re-exported there)."""
from __future__ import annotations

import functools
import re
from importlib import resources


@functools.cache
def sector_terms(kind: str) -> frozenset:
    """The terms of data/actors/sectors.tsv of one kind ("title", "noun"), lower case, spaces folded."""
    out = set()
    with resources.files("eventwire").joinpath("data/actors/sectors.tsv").open(encoding="utf-8") as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(cells) < 3 or cells[2].strip() != kind:
                continue
            out.add(" ".join(cells[0].strip().lower().split()))
    return frozenset(out)


def title_terms() -> frozenset:
    """The person titles of data/actors/sectors.tsv, lower case ("prime minister", "spokesman", "commander")."""
    return sector_terms("title")


@functools.cache
def title_heads() -> frozenset:
    """Last words of the person titles in data/actors/sectors.tsv ("minister", "spokesman", "commander")."""
    return frozenset(t.split()[-1] for t in title_terms())


def full_title(h) -> str:
    """The longest person title of data/actors/sectors.tsv that a noun phrase's head ends ("the prime minister":
    "prime minister"; "the minister": "minister"); the head's lemma when none is longer."""
    words = [c for c in h.lefts if c.dep_ in ("compound", "amod") and c.i >= h.i - 3 and not _FORMER.search(c.text)]
    for c in sorted(words, key=lambda c: c.i):
        term = " ".join(x.lower_ for x in h.doc[c.i: h.i]) + " " + h.lemma_.lower()
        if term in title_terms():
            return term
    return h.lemma_.lower()


@functools.cache
def name_titles() -> dict:
    """{title: (country, sector, note)} from data/coding/person_titles.tsv: a title right before a name that says,
    alone, whose the person is ("Lord Smith": a UK peer)."""
    from eventwire.coding.tables import coding_table
    out = {}
    for row in coding_table("person_titles.tsv"):
        if len(row) >= 3 and row[0]:
            out[row[0].lower()] = (row[1].upper(), row[2].upper(), row[3] if len(row) > 3 else "")
    return out


_FORMER = re.compile(r"\b(?:former|ex|retired|one-time|onetime)\b", re.I)


def genders(names, words: dict) -> dict:
    """{surname (lower case): "m" or "f"} of the people a story names after a title that says which ("Mr Haddad",
    "Queen Rania"; the `gender-title` rows of data/coding/coref.tsv); a surname given both is left out.
    `names`: the document's proper-noun tokens."""
    out: dict = {}
    for t in names:
        if t.i == 0:
            continue
        cls, value = words.get(t.doc[t.i - 1].lower_.rstrip("."), ("", None))
        if cls != "gender-title" or not value:
            continue
        j = t.i
        while j + 1 < len(t.doc) and t.doc[j + 1].pos_ == "PROPN":
            j += 1
        last = t.doc[j].lower_
        out[last] = value if out.get(last, value) == value else None
    return {k: v for k, v in out.items() if v}


def office_over(place, person_nouns):
    """The office noun a place names the field of, when a name in apposition hangs on that place: in "the UN envoy
    for Syria, X" the parser makes X the apposition of "Syria"; the role is "envoy", whose phrase is the whole
    "the UN envoy for Syria". None when the place is no object of "for"/"to"/"of" after such a noun."""
    prep = place.head
    if place.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("for", "to", "of", "in"):
        return None
    office = prep.head
    if office.pos_ == "NOUN" and office.lemma_.lower() in person_nouns and office.i < place.i:
        return office
    return None
