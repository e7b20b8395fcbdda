"""Toponym resolution, what kind of name a mention is before and after its candidates are scored: an organisation's
name that is no town ("Nato", "the Atlantic Council"), a one-word name the parser read as a body that a verb of capture
takes ("captured Birao on Oct. 30": a town), and a quarter many towns have ("the Old City") as the town it is part of.
places.py calls these from `find_places`.
"""
from __future__ import annotations

from typing import Iterable

from eventwire.knowledge.gazetteer import Candidate, Gazetteer
from eventwire.knowledge.place_words import _STRONG_PREPS, _WORDS
from eventwire.knowledge.toponyms import _settlement_context

_TAKE_VERBS = _WORDS["take_verbs"]


def _point_ok(c: Candidate) -> bool:
    return c.lat is not None and c.lon is not None


# the leading words of an organisation's name ("Atlantic" of "the Atlantic Council") are a town of under this many
# people only where the text places that town: its state or county named, a town beside it
ORG_TOWN = 100_000


def _taken_town(doc, m) -> bool:
    """A one-word name the parser called an organisation, taken by a verb of capture with a date or time after it
    ("Rebels first seized Ndele on Nov. 12", "overran Kilinochchi last June"): a town taken, not a body."""
    if m.tok_end - m.tok_start != 1:
        return False
    t = doc[m.tok_start]
    if t.dep_ != "dobj" or t.head.lemma_.lower() not in _TAKE_VERBS:
        return False
    nxt = doc[m.tok_end] if m.tok_end < len(doc) else None
    return nxt is not None and (nxt.ent_type_ in ("DATE", "TIME") or nxt.lower_ in ("on", "in", "last", "after"))


def _not_org_names(doc, mentions: list, org_spans: Iterable[tuple], gaz: Gazetteer, story=frozenset()) -> list:
    """The mentions less those whose whole name is an organisation the actor knowledge knows ("Nato" is no town of
    the Philippines, "Sana" the news agency no town of Peru): a country's or a state's own name stays ("Kurdistan"),
    and a city (ORG_TOWN or more people) that stands for a body seated there ("Brussels" for the EU). Before
    resolution, so that such a name's namesake towns weigh no other name either. A name no gazetteer knows stays
    only right after a preposition of place ("in Rojava"); any name where the words make it a place ("the enclave
    of X", "the cities of X and Y"), or that is a town of a country the story is about (`story`: "Balad" of an Iraq
    story)."""
    orgs = set(org_spans)

    def stays(m):
        cs = gaz.lookup(m.text)
        if not cs:
            # a name no gazetteer knows, right after "in", "across", "inside" ("the schools in Rojava"): a place
            # the words make, as for any unknown name (an organisation is rarely "in" anywhere's name)
            return m.tok_start > 0 and doc[m.tok_start - 1].lower_ in _STRONG_PREPS \
                or _settlement_context(doc, m.tok_start, m.tok_end, strict=True)      # ("the enclave of Rojava")
        if _settlement_context(doc, m.tok_start, m.tok_end, strict=True):
            return True       # "close to the towns of Al-Mayadeen and Deir Hafer" (a TV channel's name too)
        if any(c.feature == "city" and not c.alt and c.country in story for c in cs):
            return True       # "Balad" in a story about Iraq: the town, not the Israeli party
        return any(not c.alt and not c.demonym and (c.feature in ("country", "admin1")
                                                    or c.feature == "city" and c.population >= ORG_TOWN) for c in cs)
    return [m for m in mentions if (m.start, m.end) not in orgs or stays(m)]


def _quarter_towns(doc, quarters: list, mentions: list, chosen: dict, reasons: dict) -> None:
    """Each quarter's name ("the Old City", "the Green Zone") as the town it is part of: the town named right after
    it ("the Old City of Jerusalem"), right before it ("Mosul's Old City"), else the last town its sentence names
    before it, else the town the text names most; none such, it stays unresolved (no namesake town elsewhere:
    "Old City", Pennsylvania)."""
    # (a town, or a province named like its town: "Raqqa")
    towns = [m for m in mentions if chosen.get(id(m)) is not None and _point_ok(chosen[id(m)])
             and chosen[id(m)].feature in ("city", "admin2", "admin1") and not chosen[id(m)].demonym]
    times: dict = {}
    for m in towns:
        times[chosen[id(m)].geonameid] = times.get(chosen[id(m)].geonameid, 0) + 1
    for q in quarters:
        town, how = None, ""
        j = q.tok_end
        if j + 1 < len(doc) and doc[j].lower_ == "of":
            town = next((m for m in towns if m.tok_start == j + 1), None)
            how = "named after it"
        if town is None and q.tok_start > 1 and doc[q.tok_start - 1].lower_ in ("'s", "’s"):
            town = next((m for m in towns if m.tok_end == q.tok_start - 1), None)
            how = "named before it"
        if town is None:
            sent = doc[q.tok_start].sent
            town = next((m for m in reversed(towns) if sent.start <= m.tok_start < q.tok_start), None)
            how = "its sentence names before it"
        if town is None:
            # the town the text names most (the first named of those named as often): the story's own town
            town = max(towns, key=lambda m: times[chosen[id(m)].geonameid], default=None)
            how = "the text names most"
        if town is None:
            q.unresolved_only, q.source, q.label = True, "ctx", "LOC"
            continue
        c = chosen[id(town)]
        chosen[id(q)] = c
        reasons[id(q)] = (f"'{q.text}' is a part many cities have: the one of {c.name}, {c.country}, the town "
                          f"{how}")
