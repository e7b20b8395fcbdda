"""The office a known person held at the act the sentence tells, not at the story date (issue 14, "wrong source" and
"wrong target": a former official coded ELI, former elite, for what he did in office).

    offices_then(kb, sdoc, events, story_date) -> events

Actor resolution reads a person's role at the story date (knowledge/actor_resolve.py), and knowledge/role_then.py
at a date the act's own clause gives. A story of 2019 telling an act of a ruler since gone often gives no such date
but says in which capacity the person acted; each of these makes a person coded ELI take the office he held then
(the words are data/coding/office_then.tsv):

* the act's `as` phrase on its doer: "Ana Ruiz resigned as president", "As prime minister, she signed the treaty"
  (an `as` phrase of a verb that describes its object, "branded her as a dictator", or one after the verb's
  object, says nothing of the doer);
* a `then` word on the person's title: "the then prime minister, Ana Ruiz", "Ana Ruiz, then foreign minister";
* the person's name on a `body` noun: "the Ruiz government proposed a ban" is the government of her country then;
* a span of years in the sentence over which the person held one office: "during the 1994-99 war",
  "between 2003 and 2007".

The office named must be one of the person's former offices (a role of the actor lists whose title has the named
title's last word, else whose sector is the title's sector; all of one country and sector), so a title the lists do
not give the person changes nothing; a span of years must lie inside one role.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Optional

from eventwire.coding.tables import kind_sets
from eventwire.doc_index import span_root
from eventwire.knowledge.actor_records import FORMER_ELITE, norm_alias

# the sectors of an office a person holds (the former elite's, and the opposition's leaders)
OFFICE_SECTORS = FORMER_ELITE | {"OPP"}

_YEARS = re.compile(r"\b((?:19|20)\d\d)\s*[-\u2013/]\s*((?:19|20)?\d\d)\b(?![-\u2013/]?\d)"
                    r"|\b(?:between|from)\s+((?:19|20)\d\d)\s+(?:and|to|until|till)\s+((?:19|20)\d\d)\b", re.I)


@functools.cache
def _words() -> dict:
    return kind_sets("office_then.tsv")


def _office_sector(kb, words: list[str]) -> Optional[tuple[str, str]]:
    """(title, sector) of the longest office title ending the words ("prime minister" -> GOV), or None."""
    for i in range(len(words)):
        cands = kb.aliases.get(norm_alias(" ".join(words[i:])), ())
        secs = {c.sector for c in cands if c.kind == "sector"}
        if len(secs) == 1 and next(iter(secs)) in OFFICE_SECTORS:
            return " ".join(words[i:]), next(iter(secs))
    return None


def _title_words(tok) -> list[str]:
    """The words of a title noun with its compounds ("prime minister", "foreign minister"), lower case."""
    toks = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.i >= tok.i - 3] + [tok]
    return [t.text.lower() for t in toks]


def _former_office(kb, p, title: str, sector: str, story_date: Optional[str]):
    """(country, sector, role) of the one former office of person `p` that the title names, or None."""
    past = [r for r in p.roles if r.sector in OFFICE_SECTORS and r.end is not None
            and (not story_date or r.end <= story_date[:10] + "~")]
    head = title.split()[-1]
    # the title itself ("President"), then a title ending with it ("Deputy President"), then one with it anywhere
    # ("President of the National Congress"), then the title's sector
    named = ([r for r in past if r.role.lower() in (title, head)]
             or [r for r in past if r.role.lower().endswith(" " + head)]
             or [r for r in past if head in r.role.lower().split()]
             or [r for r in past if r.sector == sector])
    if not named or len({(r.country, r.sector) for r in named}) != 1:
        return None
    r = max(named, key=lambda r: r.end)
    return (r.country or next((x.country for x in reversed(p.roles) if x.country), None)), r.sector, r


def _as_office(kb, sdoc, e, root) -> Optional[tuple[str, str]]:
    """The office of the `as` phrase that tells in which capacity the doer `root` did the act of `e`."""
    if e.trigger_token is None or root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    w = _words()
    verb = root.head
    if verb.lemma_.lower() in w.get("describe", ()):
        return None
    for v in {verb, sdoc[e.trigger_token]}:
        for prep in v.children:
            if prep.dep_ != "prep" or prep.lower_ not in w.get("as", ()):
                continue
            if any(c.dep_ in ("dobj", "attr") and c.i < prep.i for c in v.children) and prep.i > v.i:
                continue            # "held talks as ..." after an object: of the object, or of the talks
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                got = _office_sector(kb, _title_words(pobj))
                if got:
                    return got
    return None


def _then_office(kb, root) -> Optional[tuple[str, str]]:
    """The title a `then` word dates on the person's phrase: "the then prime minister, X", "X, then president"."""
    w = _words().get("then", ())
    nouns = [root] + [c for c in root.children if c.dep_ in ("appos", "compound")]
    if root.dep_ in ("appos", "compound"):
        nouns.append(root.head)
    # ("X, then president": the parser hangs the `then` on the name, not on the title in apposition)
    on_name = any(c.dep_ == "advmod" and c.lower_ in w for c in root.children)
    for n in nouns:
        lefts = [t for t in n.doc[n.left_edge.i:n.i]]
        if not (on_name and n.dep_ == "appos") and \
                not any(t.lower_ in w or t.lower_.split("-")[0] in w for t in lefts + [n]):
            continue
        got = _office_sector(kb, [t.split("-")[-1] for t in _title_words(n)])
        if got:
            return got
    return None


def then_title(h) -> bool:
    """Whether title noun `h` is dated to the act by a `then` word before it ("the then foreign minister")."""
    w = _words().get("then", ())
    return any(t.lower_ in w or t.lower_.split("-")[0] in w for t in h.doc[h.left_edge.i:h.i + 1])


def left_title(h) -> bool:
    """Whether title noun `h` says its holder has left it ("the former minister", "an ex-president")."""
    from eventwire.knowledge.actor_persons import _FORMER_WORDS
    return any(t.lower_ in _FORMER_WORDS or t.lower_.split("-")[0] in _FORMER_WORDS
               for t in h.doc[h.left_edge.i:h.i + 1])


def title_office(kb, entity: Optional[str], h, story_date: Optional[str]):
    """(country, sector, role title) of the one former office of listed person `entity` that title noun `h` names
    ("the then opposition leader, X"), or None."""
    p = getattr(kb, "people", {}).get(entity or "")
    title = _office_sector(kb, [t.split("-")[-1] for t in _title_words(h)]) if p is not None else None
    if title is None:
        return None
    got = _former_office(kb, p, title[0], title[1], story_date)
    return None if got is None or not got[0] else (got[0], got[1], f"{got[2].role} ({got[2].start_raw}.."
                                                                     f"{got[2].end_raw})")


def _body_office(kb, p, root) -> Optional[tuple[str, str, object]]:
    """The government a leader's name labels: "the Ruiz government" -> the country's GOV while she led it."""
    if root.dep_ not in ("compound", "poss") or root.head.lemma_.lower() not in _words().get("body", ()):
        return None
    govs = [r for r in p.roles if r.sector == "GOV" and r.end is not None]
    if not govs or len({r.country for r in govs}) != 1:
        return None
    # (the longest held: the years the person led it, not a later ministry)
    r = max(govs, key=lambda r: (r.end or "") if not r.start else
            (int(r.end[:4]) * 12 + int(r.end[5:7] or 0)) - (int(r.start[:4]) * 12 + int(r.start[5:7] or 0)))
    return r.country, "GOV", r


def _years_office(kb, p, text: str, own: tuple = (0, 0)) -> Optional[tuple[str, str, str]]:
    """(country, sector, why) of the one office person `p` held over a span of years the sentence gives (not in the
    person's own phrase, `own` its offsets in `text`: "Ana Ruiz, president from 2003 to 2007, said on Monday")."""
    for m in _YEARS.finditer(text or ""):
        if own[0] <= m.start() < own[1]:
            continue
        a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if len(b) == 2:
            b = a[:2] + b
        if not a <= b or int(b) - int(a) > 30:
            continue
        c1, s1, why = kb.person_actor(p, a + "-01-01")
        c2, s2, _ = kb.person_actor(p, b + "-12-31")
        if c1 and s1 and s1 != "ELI" and (c1, s1) == (c2, s2):
            return c1, s1, f"{why} (over {m.group(0)})"
    return None


def offices_then(kb, sdoc, events: list, story_date: Optional[str]) -> list:
    """The events, each listed person coded ELI (or with a country alone) as source or target given the office the
    sentence says he or she held at the act (module doc: an `as` phrase, a `then` title, a name on a `body` noun, a
    span of years), in place; the actor's `why` ends with "in office at the act: ..."."""
    people = getattr(kb, "people", None)
    if not people or sdoc is None:
        return events
    terms: dict = {}            # id(event) -> the term of the office one side was in at the act (`_term_partner`)
    for e in events:
        for side in ("source", "target"):
            a = getattr(e, side)
            if a is None or a.sector not in ("ELI", None) or not a.entity or a.entity not in people \
                    or not a.country:
                continue            # (ELI, or the country alone: a former leader of the opposition)
            p = people[a.entity]
            got, own = None, (0, 0)
            root = span_root(sdoc, a.start, a.end)
            if root is not None:
                sent = root.sent
                own = (root.left_edge.idx - sent.start_char,
                       root.right_edge.idx + len(root.right_edge) - sent.start_char)
                title = _as_office(kb, sdoc, e, root) if side == "source" else None
                how = "the act's 'as' phrase"
                if title is None:
                    title, how = _then_office(kb, root), "a 'then' title on the person"
                if title is not None:
                    office = _former_office(kb, p, title[0], title[1], story_date)
                    if office is not None:
                        got = (office[0], office[1], f"{how} '{title[0]}': {office[2].role} "
                                                     f"({office[2].start_raw}..{office[2].end_raw})")
                        terms[id(e)] = (office[2], a.text)
                if got is None:
                    body = _body_office(kb, p, root)
                    if body is not None:
                        got = (body[0], "GOV", f"the government the name labels ('{root.head.text}'): "
                                               f"{body[2].role} ({body[2].start_raw}..{body[2].end_raw})")
            if got is None:
                got = _years_office(kb, p, e.sentence_text or "", own)
            if got is None or not got[0]:
                continue
            country, sector, why = got
            setattr(e, side, replace(a, code=country + sector, country=country, sector=sector,
                                     why=f"{a.why}; in office at the act: {why}"))
    for e in events:
        if id(e) in terms:
            _term_partner(kb, e, *terms[id(e)])
    return events


def _term_partner(kb, e, role, named: str) -> None:
    """The other side of an act that a 'then' title or an 'as' phrase dated to one person's term of office ("Ana
    Ruiz briefed the then opposition leader, Juan Vidal"): a person coded ELI who held one office over the whole of
    that term held it at the act too (a term shorter than a year at most is no such span: too often the act is
    told at its start or end)."""
    first, last = role.start, role.end
    if not first or not last or last[:4] <= first[:4]:
        return
    for side in ("source", "target"):
        a = getattr(e, side)
        if a is None or a.sector != "ELI" or not a.entity or a.text == named:
            continue
        p = kb.people.get(a.entity)
        if p is None:
            continue
        c1, s1, why = kb.person_actor(p, first)
        c2, s2, _ = kb.person_actor(p, last)
        if c1 and s1 and s1 != "ELI" and (c1, s1) == (c2, s2):
            setattr(e, side, replace(a, code=c1 + s1, country=c1, sector=s1,
                                     why=f"{a.why}; in office at the act, which '{named}' did in the term "
                                         f"{role.start_raw}..{role.end_raw}: {why}"))
