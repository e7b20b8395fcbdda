"""Actor knowledge, the noun-phrase stage: the actor a noun phrase stands for, one per conjunct of a coordination.

``_PhraseMixin`` (a part of ``ActorKB``, knowledge/actors.py): ``resolve_phrase`` combines the names of a phrase with
its sector term ("Iraqi troops" -> IRQMIL; which names are the actor and which only its side: phrase_sides.py);
``split_coordination`` gives one actor per conjunct ("the governments of Iraq and Syria").
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwire.model import Actor
from eventwire.knowledge.actor_records import ORG_KINDS

_PHRASE_CACHE_CHARS = 300        # noun phrases up to this length have their alias matches kept
_PHRASE_CACHE_SIZE = 50_000

_BOUNDARY_WORDS = ("against", "who", "whom", "whose", "which", "that", "in", "at", "near", "on", "during",
                   "after", "before", "fighting", "while", "when", "where", "over", "outside", "inside", "under",
                   "toward", "towards", "into", "across", "since", "until", "amid")
_BOUNDARY_RE = re.compile(r"\s(?:%s)\s|[;:]\s|\s[-\u2013\u2014]\s|,\s(?:who|which|that)\s" % "|".join(_BOUNDARY_WORDS))
_FUNCTION_AFTER = frozenset("of for in at on from with to by who whom whose which that and or but as than said says "
                            "has have had is are was were will would".split())


def _adjective_use(text: str, s: int, e: int) -> bool:
    """Whether a sector term that is also an adjective ("general") is used as one in a phrase: before a lower-case
    word that is no function word ("general election", "the general public"), or after "in" ("in general")."""
    before = text[max(0, s - 4):s].lower()
    if before.endswith("in "):
        return True
    m = re.match(r"\s+([A-Za-z][\w'-]*)", text[e:e + 40])
    return bool(m) and m.group(1).islower() and m.group(1) not in _FUNCTION_AFTER


_POSSESSED_NAME = re.compile(r"\s?['\u2019]s\s+([A-Z][\w'\u2019-]*)")


def _name_possessor(text: str, s: int, e: int) -> bool:
    """Whether a title written with a capital (a sector term of kind `title`, the caller checks) is the possessor
    inside a proper name ("King's Cross", "Queen's Park", "Governor's Island"): followed by 's and a capitalised word
    that is no `title-seat` noun of data/coding/nouns.tsv ("the President's Office", "the King's Guard" are the title
    holder's own; "the Army's School of Infantry" is a body's, no title's)."""
    if not text[s:s + 1].isupper():
        return False
    m = _POSSESSED_NAME.match(text, e)
    if not m:
        return False
    from eventwire.coding.context import noun_classes     # (lazy: coding imports knowledge)
    return m.group(1).lower() not in noun_classes().get("title-seat", frozenset())


from eventwire.knowledge.phrase_sides import onlooker_after, partisan_at  # noqa: E402  (no import cycle: it imports no actors)
_LANGUAGE_SPEAKERS = re.compile(r"\b(?!(?:Parliament|House|Assembly|Senate|Council|Congress|Duma|Knesset|Majlis)\b)"
                                r"([A-Z][a-z]+)(?:-| )speak(?:ers|ing)\b")
# "a Baghdad-based coalition": a capital before "-based" is where a body sits, not the government it stands for
_BASED_AFTER = re.compile(r"(?:\s?-\s?|[\u2013\u2014])based\b", re.I)
_MODIFIER_AFTER = re.compile(r"(?:\s?-\s?|[\u2013\u2014])(?:held|controlled|run|backed|led|linked|allied|aligned|affiliated|occupied|dominated|sponsored|supported)\b", re.I)


class _PhraseMixin:
    """Noun phrases -> actors (uses ``_MatchMixin`` and ``_ResolveMixin``)."""

    def _phrase_raw(self, text: str, start: int) -> list:
        """_raw_matches of a noun phrase, kept per phrase text (the same phrases come back clause after clause and
        document after document); each call gets its own lists, at its own offset."""
        if len(text) > _PHRASE_CACHE_CHARS:
            return self._spelled(self._raw_matches(text, offset=0), text, start)
        cache = self.__dict__.setdefault("_phrase_cache", {})
        got = cache.get(text)
        if got is None:
            got = self._spelled(self._raw_matches(text, offset=0), text, 0)
            if len(cache) >= _PHRASE_CACHE_SIZE:
                cache.clear()
            cache[text] = got
        return [(s + start, e + start, list(cs)) for s, e, cs in got]

    def _spelled(self, raw: list, text: str, start: int) -> list:
        """`raw` with the listed names the phrase writes in another transliteration (knowledge/actor_spellings.py),
        all at offset `start`."""
        raw = raw + self.spellings().matches(text, [(s, e) for s, e, _ in raw], self.aliases)
        return [(s + start, e + start, cs) for s, e, cs in raw]

    def _phrase_matches(self, text: str, start: int):
        """(names, sectors) of a noun phrase at offset `start`: kept per phrase text, as its alias matches are (what
        is chosen among them depends on the text alone); each call gets its own lists, at its own offset."""
        if len(text) > _PHRASE_CACHE_CHARS:
            return self._phrase_matches_at(text, start)
        cache = self.__dict__.setdefault("_phrase_match_cache", {})
        got = cache.get(text)
        if got is None:
            got = self._phrase_matches_at(text, 0)
            if len(cache) >= _PHRASE_CACHE_SIZE:
                cache.clear()
            cache[text] = got
        names, sectors = got
        return [(s + start, e + start, list(cs)) for s, e, cs in names], \
            [(s + start, e + start, list(cs)) for s, e, cs in sectors]

    def _phrase_matches_at(self, text: str, start: int):
        raw = self._phrase_raw(text, start)
        # a name inside a longer sector term is not that name ("the US National Security Council" is no UN body)
        terms = [(s, e) for s, e, cs in raw if any(c.kind == "sector" for c in cs)]
        names = self._select([(s, e, [c for c in cs if c.kind != "sector"]) for s, e, cs in raw
                              if any(c.kind != "sector" for c in cs)
                              and not any(ts <= s and e <= te and te - ts > e - s for ts, te in terms)])
        for m in _LANGUAGE_SPEAKERS.finditer(text):
            # "Russian speakers", "English-speaking fighters": a language's speakers are no nation and no legislature
            ls, le = start + m.start(1), start + m.end()
            names = [n for n in names if not (ls <= n[0] and n[1] <= le)]
            raw = [r for r in raw if not (ls <= r[0] and r[1] <= le)]
        # "Assad critics", "Putin supporters": a person before an onlooker or side-taker noun is the side they take
        names = [n for n in names if not (all(c.kind == "person" for c in n[2]) and onlooker_after(text, n[1] - start))]
        stops = [(s, e) for s, e, cs in names if all(c.kind == "stop" for c in cs)]
        names = [(s, e, [c for c in cs if c.kind != "stop"]) for s, e, cs in names
                 if not all(c.kind == "stop" for c in cs)]
        sectors = []
        for s, e, cs in raw:
            sc = [c for c in cs if c.kind == "sector"]
            if sc and not any(s < ne and ns < e for ns, ne, _ in names) and not any(s < ne and ns < e for ns, ne in stops):
                if _MODIFIER_AFTER.match(text, e - start):
                    continue            # "rebel-held", "army-backed": describes something else
                if partisan_at(text, s - start):
                    continue            # "pro-government fighters": the side they take, not their sector
                if onlooker_after(text, e - start):
                    continue            # "military analysts", "government critics": what they watch, not their body
                if all(c.orig in self.adjective_terms for c in sc) and _adjective_use(text, s - start, e - start):
                    continue            # "the general public", "in general": the adjective, not the title
                if all(c.orig in getattr(self, "title_terms", ()) for c in sc) \
                        and _name_possessor(text, s - start, e - start):
                    continue            # "King's Cross", "Queen's Park": a place's name, not the title holder
                sectors.append((s, e, sc))
        sectors = self._select(sectors)
        return names, sectors

    @staticmethod
    def _head_limit(text: str) -> int:
        """Where the head part of a noun phrase ends (before 'in Tehran', 'who ...', 'against ...')."""
        m = _BOUNDARY_RE.search(text)
        return m.start() if m else len(text)

    def _pick_sector(self, sectors, text: str, start: int, limit: int) -> Optional[tuple]:
        """The sector term nearest the phrase head: the last strong term before 'of/for', else the first."""
        inside = [m for m in sectors if m[0] - start < limit] or sectors
        if not inside:
            return None
        strong = [m for m in inside if not all(c.weak for c in m[2])]
        pool = strong or inside
        of = re.search(r"\s(?:of|for|from|with|to)\s", text[:limit])
        if of:
            before = [m for m in pool if m[0] - start < of.start()]
            if before:
                return _irregular_first(before, text, start)
            return pool[0]
        return _irregular_first(pool, text, start)

    def resolve_phrase(self, text: str, start: int = 0, date: Optional[str] = None,
                       context: Sequence[str] = ()) -> Optional[Actor]:
        """The actor a noun phrase stands for, or None when it has no actor clue.  See module doc."""
        if not isinstance(text, str) or not text.strip():
            return None
        try:
            start = int(start or 0)
            return self._resolve_phrase(text, start, date, context)
        except Exception as exc:
            self.errors.append(f"resolve_phrase: {exc!r}")
            return None

    def _resolve_phrase(self, text, start, date, context) -> Optional[Actor]:
        """`_resolve_at`'s answer, kept per (phrase text, date, countries, the story's name clashes): what it
        chooses depends on the text and those alone, its offsets on `start` (a copy, shifted to it, each call)."""
        if len(text) > _PHRASE_CACHE_CHARS:
            return self._resolve_at(text, start, date, context)
        cache = self.__dict__.setdefault("_resolve_cache", {})
        key = (text, date, tuple(context or ()), self.__dict__.get("_story_clash"),
               bool(getattr(self, "_in_org_name", False)))
        if key in cache:
            got = cache[key]
        else:
            got = self._resolve_at(text, 0, date, context)
            if got is not None:
                got = _copy_at(got, 0)      # (kept apart from what the caller may change in place)
            if len(cache) >= _PHRASE_CACHE_SIZE:
                cache.clear()
            cache[key] = got
        return None if got is None else _copy_at(got, start)

    def _resolve_at(self, text, start, date, context) -> Optional[Actor]:
        names, sectors = self._phrase_matches(text, start)
        clash = self.__dict__.get("_story_clash")
        if clash:       # a surname or party acronym the story gives to someone else (knowledge/name_clash.py)
            names = [(s, e, kept) for s, e, cs in names if (kept := [c for c in cs if (c.kind, c.key, c.orig) not in clash])]
        limit = self._head_limit(text)
        head_names = [m for m in names if m[0] - start < limit]
        if not head_names and not [m for m in sectors if m[0] - start < limit]:
            head_names = names
        sec_m = self._pick_sector(sectors, text, start, limit)
        from eventwire.knowledge.shadow_office import shadow_office
        sec_m = shadow_office(text, start, sec_m)      # "the shadow home secretary": the opposition's (OPP)
        sec = None
        if sec_m:
            sec = sec_m[2][0].sector
        sec_weak = bool(sec_m) and all(c.weak for c in sec_m[2])

        resolved = []
        seen: dict[str, int] = {}
        for s, e, cands in head_names:
            c, amb = self._choose(cands, date, context, seen)
            a = self._actor_for(c, date, text[s - start:e - start], s, e)
            if amb:
                a.why += amb
            resolved.append(a)

        # (which names are the actor, which only its side: knowledge/phrase_sides.py)
        from eventwire.knowledge.phrase_sides import actor_names, partisan_side
        cands, partisans = actor_names(resolved, text, start)
        # 1. a known person (not the side of "pro-Assad forces")
        for a in resolved:
            if a.kind == "person" and a not in partisans:
                from eventwire.knowledge.actor_persons import office_body
                body = office_body(a, resolved, text, start, sec)
                if body is not None:
                    return body         # "Nato chief Jens Stoltenberg": the body, where the lists know no role now
                if a.sector is None and sec and not sec_weak and a.country:
                    a.code, a.sector = a.country + sec, sec
                    a.why += f"; sector from '{sec_m[2][0].orig}' in the phrase"
                return a
        # 2. a known organisation (group, party, IGO) -- unless a country with its own sector noun comes
        #    first ("Saudi Arabia's ambassador to the UN"); "Lebanon's Hezbollah", "US-backed SDF" stay the org
        orgs = [a for a in resolved if a.kind in ORG_KINDS and a not in partisans]
        ctys = [a for a in resolved if a.kind in ("country", "capital") and a not in partisans]
        if orgs:
            org = orgs[0]
            if ctys and ctys[0].start < org.start:
                between = [m for m in sectors if ctys[0].end <= m[0] and m[1] <= org.start
                           and not all(c.weak for c in m[2])]
                if between:
                    sectors = [m for m in sectors if m[1] <= org.start]
                    sec_m = self._pick_sector(sectors, text, start, limit)
                    sec = sec_m[2][0].sector if sec_m else None
                    sec_weak = False
                    org = None
            if org is not None and org.kind == "igo" and ctys and ctys[0].start < org.start and sec_m \
                    and sec_m[0] >= org.end and sec_m[2][0].orig.lower() in _posted_envoy():
                org = None              # "British UN ambassador": the state's envoy to the body, not the body
            if org is not None and org.kind == "party" and ctys and ctys[0].start < org.start \
                    and org.country and ctys[0].country != org.country:
                org = None              # "The Nigeria Labour Congress": not Britain's Labour party
            if org is not None:
                return org
        # 3a. an organisation's name that carries a country and names no sector term: "the Malawi Revenue
        #     Commission", "the Zambian Congress of Teachers" (knowledge/org_names.py)
        #     (also after a weak office word: "officials of the Nepal Bar Association" are the association's)
        if (sec is None or sec_weak) and not getattr(self, "_in_org_name", False):
            from eventwire.knowledge.org_names import org_name
            self._in_org_name = True
            try:
                got = org_name(lambda w: self._resolve_phrase(w, 0, date, context), text, start, limit)
            finally:
                self._in_org_name = False
            if got is not None and (sec is None or got.start >= sec_m[1]):
                return got
        # 3. country (name, demonym, capital, seat) + sector noun; not a supporter ("Turkish-backed rebels")
        from eventwire.knowledge.actor_country import supporter_at
        from eventwire.knowledge.country_seat import own_seat
        supporters = [a for a in cands if supporter_at(text, a.end - start)]
        seats = [a for a in cands if a.kind == "capital" and _BASED_AFTER.match(text, a.end - start)]
        based = [a for a in cands if a.kind == "country" and _BASED_AFTER.match(text, a.end - start)]
        if based and any(a not in supporters and a not in based for a in cands):
            seats += based      # "a Jordan-based, US-run operations room": the country that runs it, not where it is
        supporters += seats
        leaders = _leaders(cands, sec, text, start)
        supporters += leaders
        if sec is None and (own := own_seat(cands, supporters, text, start)) is not None:
            return own          # "the US Environmental Protection Agency": the seat, not the bare country
        for a in cands:
            if a not in supporters:
                term = sec_m[2][0].orig if sec_m else None
                if sec and not (sec_weak and a.sector):
                    if a.sector and a.sector != sec:
                        a.why += f"; sector {sec} from '{term}' overrides {a.sector}"
                    else:
                        a.why += f"; sector {sec} from '{term}'"
                    a.code, a.sector = (a.country or a.code) + sec, sec
                    # the mention covers the country word and the sector noun ("Iraqi troops", "Syrian Army")
                    ms, me = sec_m[0], sec_m[1]
                    if abs(ms - a.end) <= 40 or abs(a.start - me) <= 40:
                        ns, ne = min(a.start, ms), max(a.end, me)
                        a.start, a.end, a.text = ns, ne, text[ns - start:ne - start]
                if based and based[0] in seats:
                    a.why += f"; '{based[0].text}' names where it is based, not whose it is"
                return a
        # 3b. an organisation's name that names no country and no sector term: "the Independent Electoral
        #     Commission", "the Civil Liberties Association": its sector from its name, its country as a bare
        #     sector's (knowledge/org_names.py)
        if (sec is None or sec_weak) and not getattr(self, "_in_org_name", False):
            from eventwire.knowledge.org_names import countryless_org_name
            got = countryless_org_name(text, start, limit)
            if got is not None and (sec is None or got.start >= sec_m[1]):
                return got
        # 4. a bare sector noun; the side of "pro-Assad forces" gives it its country
        if sec_m:
            s, e, cs = sec_m
            c = cs[0]
            for a in partisans:
                got = partisan_side(a, c.sector, c.orig, text, start, e)
                if got is not None:
                    return got
            why = f"sector term '{c.orig}' -> {c.sector}, no country in the phrase"
            if partisans:
                why = f"sector term '{c.orig}' -> {c.sector}; '{partisans[0].text}' names the side it takes, not its country"
            elif seats:
                why = f"sector term '{c.orig}' -> {c.sector}; '{seats[0].text}' names where it is based, not whose it is"
            elif leaders:
                why = f"sector term '{c.orig}' -> {c.sector}; '{leaders[0].text}' names who leads the armed group, " \
                      f"not its country"
            elif supporters:
                why = f"sector term '{c.orig}' -> {c.sector}; '{supporters[0].text}' names a supporter, not its country"
            return Actor(code=c.sector, country=None, sector=c.sector, name=None, entity=None,
                         text=text[s - start:e - start], start=s, end=e, why=why, kind="sector")
        for a in partisans:            # "pro-Assad security members": of the ruler's country, no sector named
            got = partisan_side(a, None, None, text, start, a.end)
            if got is not None:
                return got
        return None

    def split_coordination(self, text: str, start: int = 0, date: Optional[str] = None,
                           context: Sequence[str] = ()) -> list[Actor]:
        """One actor per conjunct of a coordinated phrase: 'the governments of Iraq and Syria' ->
        [IRQGOV, SYRGOV]; 'Syria, Iran and Russia' -> [SYR, IRN, RUS].  A phrase without coordination
        gives [resolve_phrase(...)] (or [])."""
        if not isinstance(text, str) or not text.strip():
            return []
        try:
            one = self.resolve_phrase(text, start, date, context)
            if not re.search(r"\s(?:and|or|&)\s|,", text):
                return [one] if one else []
            names, sectors = self._phrase_matches(text, start)
            limit = self._head_limit(text)
            names = [m for m in names if m[0] - start < limit] or names
            if len(names) < 2:
                return [one] if one else []
            # the names must be joined by 'and' / ',' / 'or' only (plus articles)
            for (s1, e1, _), (s2, e2, _) in zip(names, names[1:]):
                gap = text[e1 - start:s2 - start]
                if not re.fullmatch(r"(?:'s)?\s*(?:,|and|or|&|,\s*and|as well as)\s*(?:the\s+)?", gap, flags=re.I):
                    return [one] if one else []
            sec_m = self._pick_sector(sectors, text, start, limit)
            sec = sec_m[2][0].sector if sec_m else None
            out = []
            for s, e, cands in names:
                c, amb = self._choose(cands, date, context)
                a = self._actor_for(c, date, text[s - start:e - start], s, e)
                if a.kind in ("country", "capital", "people") and sec and (a.country or a.code):
                    a.code, a.sector = (a.country or a.code) + sec, sec
                    a.why += f"; sector {sec} shared from '{sec_m[2][0].orig}' (coordination)"
                else:
                    a.why += "; one conjunct of a coordination"
                out.append(a)
            return out
        except Exception as exc:
            self.errors.append(f"split_coordination: {exc!r}")
            return []


def _copy_at(a: Actor, shift: int) -> Actor:
    """A copy of `a` (every field as it is: Actor is a plain dataclass) with its offsets moved by `shift`."""
    b = Actor.__new__(Actor)
    b.__dict__.update(a.__dict__)
    if shift:
        if b.start is not None:
            b.start += shift
        if b.end is not None:
            b.end += shift
    return b


# the sectors of armed or political bodies outside the state, and the state's own sectors a role noun gives
_IRREGULAR = frozenset({"REB", "INS", "OPP", "UAF"})
_STATE_ROLE = frozenset({"MIL", "GOV", "COP", "SPY", "LEG"})


def _irregular_first(pool: list, text: str, start: int) -> tuple:
    """The term nearest the head (the last of `pool`), except that a rebel, insurgent, militia or opposition word
    before a role noun of the state's sectors names whose role it is: "rebel commanders" are rebels, not the army;
    "opposition officials" the opposition, not the government. Not a compound that names ground or a backer
    ("rebel-held", "opposition-run")."""
    last = pool[-1]
    if last[2][0].sector not in _STATE_ROLE:
        return last
    for m in reversed(pool[:-1]):
        s, e, cs = m
        if cs[0].sector in _IRREGULAR and not all(c.weak for c in cs) and not text[e - start:e - start + 1] == "-" \
                and not text[max(0, s - start - 5):s - start].lower().endswith(("anti-", "anti ")):
            return m
    return last


def _leaders(cands: list, sec: Optional[str], text: str, start: int) -> list:
    """The states' "-led" words before an armed group outside the state ("the US-led militia", "French-led
    fighters"): who leads the group, not its country, as a backer is (`led_irregular`)."""
    return [a for a in cands if a.kind == "country" and led_irregular(sec, text, a.start - start, a.end - start)]


def led_irregular(sector: Optional[str], text: str, s: int, e: int) -> bool:
    """Whether the name at text[s:e] is the leader in "<name>-led" of an armed group outside the state (a sector of
    data/coding/actor_country.tsv `irregular`: "the US-led militia", "French-led fighters"): the group takes the
    country of where it fights, as a backed one does. A state sector stays the leader's ("the US-led coalition",
    "Saudi-led forces": a coalition of states is its leader's)."""
    from eventwire.knowledge.actor_where import word_kinds
    if not sector or sector not in word_kinds().get("irregular", frozenset()):
        return False
    return bool(_LED_END.search(text[s:e]) or _LED.match(text, e))


_LED = re.compile(r"[-\u2010\u2011]led\b", re.I)
_LED_END = re.compile(r"[-\u2010\u2011]led$", re.I)


def _posted_envoy() -> frozenset:
    """Titles of one a state posts to an international body (data/coding/roles.tsv `posted-envoy`)."""
    from eventwire.coding.clause_record import role_words     # (lazy: coding imports knowledge)
    return frozenset(role_words().get("posted-envoy", ()))
