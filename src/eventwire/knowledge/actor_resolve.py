"""Actor knowledge, the resolution stage: one candidate of a matched name made an Actor at the story date.

``_ResolveMixin`` (a part of ``ActorKB``, knowledge/actors.py): ``person_actor`` gives a person's country and
sector from the role held at the date (former elite, ELI, once all such roles have ended); ``_actor_for`` builds the
Actor for a candidate; ``_choose`` picks one among several candidates for the same span by context, date and order.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwire.knowledge.actor_bodies import state_members
from eventwire.model import Actor
from eventwire.knowledge.actor_records import (
    FORMER_ELITE, KIND_RANK, ORG_KINDS, SECTOR_RANK, Cand, Person, Role, _date_key,
)


class _ResolveMixin:
    """Candidates -> actors at a date (``ActorKB``'s ``people``, ``orgs``, ``peoples``, ``countries``)."""

    # ---------------------------------------------------------------- resolution
    def person_actor(self, p: Person, date: Optional[str]) -> tuple[Optional[str], Optional[str], str]:
        """(country, sector, why) for a person at a date."""
        roles = p.roles
        if not roles:
            return None, None, f"{p.name}: no roles known"
        d = _date_key(date)
        country = next((r.country for r in reversed(roles) if r.country), None)

        def desc(r: Role) -> str:
            return f"{r.role} ({r.start_raw}..{r.end_raw if r.end_raw != '-' else 'open'})"

        if d is None:
            open_roles = [r for r in roles if r.end is None] or [roles[-1]]
            r = min(open_roles, key=lambda r: SECTOR_RANK.get(r.sector or "", 99))
            return r.country or country, r.sector, f"{p.name}: {desc(r)}; no story date, so the latest/open role"
        active = [r for r in roles if (r.start is None or r.start <= d) and (r.end is None or d <= r.end)]
        if active:
            r = min(active, key=lambda r: SECTOR_RANK.get(r.sector or "", 99))
            return r.country or country, r.sector, f"{p.name}: {desc(r)} at {date}"
        past = [r for r in roles if r.end is not None and r.end < d]
        if past:
            r = max(past, key=lambda r: r.end)
            c = r.country or country
            if any(x.sector in FORMER_ELITE for x in past):
                return c, "ELI", f"{p.name}: no role at {date}; former {desc(r)}, coded as former elite (ELI)"
            return c, None, f"{p.name}: no role at {date}; former {desc(r)}, country only"
        return country, None, f"{p.name}: no role yet at {date} (first: {desc(roles[0])}), country only"

    def _actor_for(self, c: Cand, date: Optional[str], text: str, s: int, e: int) -> Actor:
        if c.kind == "person":
            p = self.people[c.key]
            country, sector, why = self.person_actor(p, date)
            if country and not re.fullmatch(r"[A-Z]{3}", country):
                country = None
            code = (country or "") + (sector or "") or None
            ctry = country if country in self.countries else None
            return Actor(code=code, country=ctry, sector=sector, name=p.name, entity=p.entity, text=text,
                         start=s, end=e, why=f"person '{c.orig}' -> {why}", kind="person")
        if c.kind in ORG_KINDS:
            o = self.orgs[c.key]
            return Actor(code=o.code, country=o.country, sector=o.sector, name=o.name, entity=o.entity, text=text,
                         start=s, end=e, why=f"{o.kind} '{c.orig}' ({o.name}) -> {o.code}", kind=o.kind)
        if c.kind == "people":
            ent, name = self.peoples.get(c.key, (c.key.lower(), c.key))
            if c.key in state_members():
                ent = None      # (a community coded as its state's private people is no body: "the Yazidis")
            return Actor(code=c.key, country=None, sector=None, name=name, entity=ent, text=text, start=s, end=e,
                         why=f"people '{c.orig}' -> {c.key} (ethnic code: a people, not a state)", kind="people")
        iso = c.key
        name = self.countries.get(iso, iso)
        if c.kind in ("capital", "seat"):
            sec = c.sector or "GOV"
            what = "capital" if c.kind == "capital" else "seat of power"
            return Actor.national(iso, sec, name=name, entity=None, text=text, start=s, end=e,
                                  why=f"{what} '{c.orig}' standing for {name}'s {sec}", kind="capital")
        what = "demonym" if c.kind == "demonym" else "country name"
        return Actor.national(iso, name=name, entity=None, text=text, start=s, end=e,
                              why=f"{what} '{c.orig}' -> {iso}", kind="country")

    def _choose(self, cands: list[Cand], date: Optional[str], context: Sequence[str],
                seen: Optional[dict] = None) -> tuple[Cand, str]:
        """Pick one candidate among several for the same span; say why when there was a choice."""
        cands = [c for c in cands if c.kind != "sector"] or cands
        if len(cands) == 1:
            return cands[0], ""
        ctx = set(context or ())
        seen = seen or {}
        persons = [c for c in cands if c.kind == "person"]
        if persons and len(persons) < len(cands):
            # a surname that is also a place or party ("Muscat"): the person only when the story has
            # named them in full already or is about their country
            if any(c.key in seen or self.person_actor(self.people[c.key], date)[0] in ctx for c in persons):
                cands = persons
            else:
                cands = [c for c in cands if c.kind != "person"]
            if len(cands) == 1:
                return cands[0], ""
        best_rank = min(KIND_RANK.get(c.kind, 5) for c in cands)
        pool = [c for c in cands if KIND_RANK.get(c.kind, 5) == best_rank]
        if len(pool) == 1:
            return pool[0], ""

        def country_of(c: Cand) -> Optional[str]:
            if c.kind == "person":
                return self.person_actor(self.people[c.key], date)[0]
            if c.kind in ORG_KINDS:
                return self.orgs[c.key].country
            return c.key

        def score(c: Cand):
            s = 0
            if c.key in seen:
                s -= 4 * seen[c.key]
            if country_of(c) in ctx:
                s -= 3
            if c.kind == "person":
                _, sec, why = self.person_actor(self.people[c.key], date)
                if sec and sec != "ELI":
                    s -= 2
            return (s, c.order)
        pool.sort(key=score)
        return pool[0], f"; ambiguous ({len(pool)} candidates: {', '.join(sorted({c.key for c in pool}))}), chose by context/date/order"
