"""The courts of the story (issue 14, item 2): a court's act with no named doer and no place of its own to give it a
country ("Ortiz was found guilty in March and given nine years", "she now faces two counts of financing a banned
group") is done by the courts of the one country whose courts the article tells elsewhere.

    events = story_courts(sdoc, events)      # after check_state_agents (coding/state_agents.py), before doers.py

knowledge/implicit_agents.py gives a court's act (the `JUD` rows of data/coding/implicit_agents.tsv: sentences,
convictions, charges, prosecutions, jail terms, trials) the courts of the country where it happened; where its clause
and sentence name no such place, and the story's country alone is no proof (an arrest in a story about Iraq may be
Isis's), it is left with no doer. Only a state tries, charges and sentences people, so where the article's other
court acts (a court it names, "a Turkish court", or one placed by implicit_agents.py) are all one country's, that
country's courts are the doer. Never where the article tells the courts of two countries, where the event's own
clause or sentence places it in another country, for an act told as a plan or a wish, or for an implicit agent
taken back (coding/state_agents.py). The source's `why` says "implicit agent: the courts of the one country whose
courts the article tells (sentence N, '<trigger>')", and the event's rule ends with "; implicit agent: ...".
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.knowledge.implicit_agents import implicit_sector
from eventwire.model import Actor, Event

TOLD = ("asserted", "reported")
COURT = "JUD"
OWN_PLACE = ("clause", "sentence")     # the precisions of a place the event's own words give


def _court_act(sdoc, e: Event) -> bool:
    if e.trigger_token is None or e.trigger_token >= len(sdoc):
        return False
    sector = implicit_sector(e.cameo or "", sdoc[e.trigger_token].lemma_.lower())
    return sector is not None and sector.rstrip("?@") == COURT


def story_courts(sdoc, events: list[Event]) -> list[Event]:
    """The events, with a court's act that has no doer given the courts of the article's one court country (module
    doc)."""
    if sdoc is None or not events:
        return events
    todo = [i for i, e in enumerate(events) if e.source is None and e.modality in TOLD
            and "implicit agent taken back" not in (e.rule or "") and _court_act(sdoc, e)]
    if not todo:
        return events
    courts: dict = {}                  # country -> the first event that tells its courts
    for e in events:
        for a in (e.source, e.target):
            if a is not None and a.sector == COURT and a.country:
                courts.setdefault(a.country, e)
    if len(courts) != 1:
        return events
    (country, by), = courts.items()
    out = list(events)
    for i in todo:
        e = out[i]
        loc = e.location
        if loc is not None and loc.country and loc.country != country and loc.precision in OWN_PLACE:
            continue                   # its own words place it in another country
        if e.target is not None and e.target.country == country and e.target.sector == COURT:
            continue
        why = (f"implicit agent: the courts of the one country whose courts the article tells (sentence {by.sentence}, "
               f"'{by.trigger_text}')")
        src = Actor.national(country, COURT, name=None, entity=None, text=None,
                             start=None, end=None, kind="sector", why=why)
        out[i] = replace(e, source=src, rule=(e.rule or "") + f"; {why}", counts=list(e.counts))
    return out
