"""A country for a title, a regime or a people's body from what the whole story says of it (issue 14, item 3; read by
knowledge/actor_country.py).

    got = title_country(a, head, ctx)          # (country, why) or None: "the foreign secretary"
    got = possessor_country(a, head, sent, ctx)  # "Turkey's president and foreign minister", "his foreign minister"
    a = shared_possession(a, h, sector_of)     # "Syria's" in "Syria's and Iraq's leaders": SYRGOV
    got = regime_country(ctx)                  # "the regime", "regime forces" (of_regime(head)); leading_place(ctx)
    got = people_homeland(code, homes, ctx)    # "Kurdish forces" in a story whose Kurdish bodies are all in Syria
    got = side_country(a, head, ctx)           # "the rebels" in a story whose rebels are "Syrian rebels"
    got = fuller_mention(a, head, ctx)         # "the government" after "the Iraqi government" (knowledge/fuller_mentions.py)
    mark_people(a, head, homelands)            # "authorities in Syria's Kurdish region": the people's own body

- A title or body of an `owned` sector takes the country of its possessor (`possessor_country`): a country or a
  state's office-holder ("Sisi's regime"), shared by a bare title coordinated after a possessed one ("Turkey's
  president and foreign minister"), a pronoun as coreference resolves it ("his forces" after Putin; the conjunct in
  "Erdogan and his foreign minister"), "the country" as coreference resolves it ("the country's military"); none for
  a group's, a people's, an international body's or a non-state office-holder's, nor for two countries. A bare
  possessive coordinated before such a title shares it (`shared_possession`, read by coding/resolve.py): "Syria's
  and Iraq's leaders" are SYRGOV and IRQGOV.
- A title that only one country gives (data/coding/person_titles.tsv: "a congressman") takes that country.
- A singular title takes the country of a known person named in apposition to it ("the secretary of state, John
  Kerry"; "China and its leader, Xi Jinping"; "Liam Fox, the trade secretary"); a
  definite one ("the foreign secretary", "the secretary of state") else the one country the story gives that
  same title elsewhere: before it ("the British foreign secretary", "Britain's foreign secretary"), or by a person's
  name beside it ("the foreign minister, Penny Wong", "Penny Wong, the foreign minister"), for a title with a
  `story-title` word (an office: "secretary", "minister"; not "the president", whom a story may name for several
  countries and mean its own). None where the story gives the title to two countries, and none for a plural title
  ("defence ministers of the four states").
- "The regime" rules where it acts (the caller: its clause's place, the sentence's only country; the place it acts on
  too: "the regime's attacks on Idlib"); else it is the one regime the story names with its country or ruler ("the
  Assad regime", "Syria's regime", "the regime in Tehran"; twice, or in the story's country or the country most of its
  places lie in); else the country most of the story's places lie in (`leading_place`).
- A body of a people without a state ("Kurdish forces") that its sentence does not place takes the homeland the
  story's named bodies of that people lie in (data/actors/peoples.tsv, column `bodies`: the YPG and the SDF are
  Syria's), when one clearly leads and the story's places do not lie in another of its homelands.
- A rebel, insurgent or opposition actor that nothing else places ("the rebels", "one rebel official", "the
  opposition") takes the one country the story names with the same word: a country, a demonym or a group with a
  country just before it ("Syrian rebels", "the Syrian rebel commander", "Syria's mainstream opposition"), not a
  backer ("Turkish-backed rebels") nor a partisan ("pro-Turkish rebels"); none where the story names the word with
  two countries ("Syrian rebels" and "Houthi rebels"), nor for the word as a modifier of a counterparty noun
  (data/coding/roles.tsv: "opposition backers" are whoever backs it).
- (knowledge/fuller_mentions.py, which reads this module's story index) A definite short mention that nothing in its own phrase places ("the government", "the militia", "the delegation";
  a sector noun modifying its head: "government forces"; the bare noun as the whole actor, modifying a title: "the
  deputy premier and cabinet spokesman"; a capitalised body with no article: "Cabinet agreed") takes the
  actor of the story's fuller mention of the same noun before it ("the Iraqi government", "the Assad government",
  "the militia Kata'ib Hezbollah": the group's own code), when all such mentions before it name one actor: none where
  the story names the noun with two countries, a list of countries ("British and US hostages") or another sector noun
  and no country ("an opposition delegation"); not for a singular title ("the president": `title_country`), nor for
  the words that have their own story rule above (`regime`, `story-side`, `coalition`). Inside a quote only a fuller
  mention in the same quote counts. The caller (actor_country.place_actor) lets the clause's and the sentence's own
  place rule before it, the story's own country after it.
The word lists are the `regime`, `story-side`, `story-side-sector`, `story-title`, `title-pre` and `owned` kinds of data/coding/actor_country.tsv. Each
story's index is built once, on first use (kept on the document's context).
"""
from __future__ import annotations

import bisect
import functools
import re
from typing import Optional

from eventwire.knowledge import country_people
from eventwire.knowledge.actor_bodies import peoples_rows
from eventwire.knowledge.actor_phrases import led_irregular


def _kinds() -> dict:
    from eventwire.knowledge.actor_country import word_kinds
    return word_kinds()


def _store(ctx) -> dict:
    """The story's own cache (on the context: one per document)."""
    s = getattr(ctx, "_story_index", None)
    if s is None:
        s = {}
        try:
            ctx._story_index = s
        except AttributeError:
            pass
    return s


def _named(ctx) -> tuple:
    """(starts, ends, by_start, by_end): the story's actor mentions that carry a country, not as a supporter."""
    s = _store(ctx)
    if "named" not in s:
        from eventwire.knowledge.actor_country import supporter_at
        ms = [m for m in ctx.mentions if m.start is not None and m.end is not None and m.country
              and m.kind != "people" and not supporter_at(ctx.text, m.end)]
        by_start = sorted(ms, key=lambda m: m.start)
        by_end = sorted(ms, key=lambda m: m.end)
        s["named"] = ([m.start for m in by_start], [m.end for m in by_end], by_start, by_end)
    return s["named"]


def _pre_words() -> str:
    words = _kinds().get("title-pre", frozenset())
    return "|".join(sorted(words)) if words else "then"


# ---------------------------------------------------------------------- titles
def _title_key(a, head) -> Optional[str]:
    """The title an actor's phrase is ("foreign secretary"), when it is one person's definite title: "the foreign
    secretary", not "foreign ministers", "a minister" nor "his minister"."""
    if head is None or head.tag_ not in ("NN", "NNP"):
        return None
    dets = [c for c in head.children if c.dep_ in ("det", "poss")]
    if len(dets) != 1 or dets[0].lower_ != "the":
        return None
    key = re.sub(r"^the\s+", "", (a.text or "").strip(), flags=re.I).lower()
    key = re.sub(r"^(?:(?:%s)\s+)+" % _pre_words(), "", key)
    if not re.fullmatch(r"[a-z][a-z -]{1,40}", key):
        return None
    return key


def _beside(ctx, start: int, end: int, sector=None) -> set:
    """Countries the text gives the title at [start, end): a country or person named before it ("the British foreign
    secretary", "Britain's foreign secretary", "Penny Wong, the foreign minister") or a person's name after it
    ("the foreign minister, Penny Wong", "Foreign Minister Penny Wong")."""
    text = ctx.text
    starts, ends, by_start, by_end = _named(ctx)
    pre = _pre_words()
    out = set()
    k = bisect.bisect_right(ends, start) - 1
    for m in by_end[max(0, k - 2):k + 1]:
        gap = text[m.end:start]
        if led_irregular(sector, text, m.start, m.end):
            continue                  # ("the US-led militia": who leads it, not whose it is: knowledge/actor_phrases.py)
        if re.fullmatch(r"(?:['\u2019]s)?\s+(?:(?:%s)\s+)*" % pre, gap, re.I) and m.kind != "person" \
                or m.kind == "person" and re.fullmatch(r",\s+(?:the\s+)(?:(?:%s)\s+)*" % pre, gap, re.I):
            out.add(m.country)
    k = bisect.bisect_left(starts, end)
    for m in by_start[k:k + 2]:
        if m.kind == "person" and re.fullmatch(r",?\s+", text[end:m.start]):
            out.add(m.country)
    return out


def _person_at(ctx, idx: int):
    """The person mention with a country that covers character `idx`, or None."""
    starts, ends, by_start, by_end = _named(ctx)
    k = bisect.bisect_right(starts, idx) - 1
    for m in by_start[max(0, k - 2):k + 1]:
        if m.start <= idx < m.end and m.kind == "person":
            return m
    return None


def _apposed(head, ctx) -> Optional[tuple]:
    """(country, name) of a person named in apposition to a singular title ("its leader, Xi Jinping", "Liam
    Fox, the trade secretary")."""
    if head is None or head.tag_ not in ("NN", "NNP"):
        return None
    after = [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
    before = [head.head] if head.dep_ == "appos" and head.head.i < head.i else []
    for t in after + before:
        m = _person_at(ctx, t.idx)
        # (a name after the title closes its phrase: "the prime minister, Theresa May, said"; not a clause's subject
        # after a comma: "ousted by a junta, Erdogan declared war")
        if m is not None and (t in before or re.match(r"\s*(?:[,;:.)\u2013\u2014]|$)", ctx.text[m.end:m.end + 3])):
            return m.country, m.text
    return None


def title_country(a, head, ctx) -> Optional[tuple]:
    """(country, why) for a definite singular title with no country (module doc)."""
    if head is not None and head.tag_ in ("NN", "NNP"):
        from eventwire.knowledge.people import name_titles
        own = name_titles().get(head.lower_)
        if own and own[1] == a.sector:    # "another Republican congressman": a title only one country gives
            return own[0], f"a title only one country gives ('{head.text}': {own[2]})"
    got = _apposed(head, ctx)
    if got is not None:
        return got[0], f"from the name in apposition to the title ('{got[1]}')"
    key = _title_key(a, head)
    if key is None:
        return None
    own = _beside(ctx, a.start, a.end, a.sector) if a.start is not None and a.end is not None else set()
    if len(own) == 1:
        return next(iter(own)), f"from the name beside the title '{key}'"
    if not set(key.split()) & _kinds().get("story-title", frozenset()):
        return None                   # ("the president", "the leader", "the court": no office the story names once)
    cache = _store(ctx).setdefault("titles", {})
    if key not in cache:
        found: dict = {}
        for m in re.finditer(r"(?<![\w-])%s(?![\w-])" % re.escape(key), ctx.text, re.I):
            for c in _beside(ctx, m.start(), m.end()):
                found.setdefault(c, m.group(0))
        cache[key] = found
    found = cache[key]
    if len(found) == 1:
        c = next(iter(found))
        return c, f"the one country the story gives the title '{key}'"
    return None


def _possessor(head):
    """(possessor token, shared) of a title's phrase: its own ("his foreign minister", "the country's president"),
    or, for a bare title coordinated after a possessed one, the first title's ("Turkey's president and foreign
    minister")."""
    own = [c for c in head.children if c.dep_ == "poss"]
    if own:
        return own[0], False
    if any(c.dep_ in ("det", "nummod", "predet") for c in head.children):
        return None                   # ("Turkey's president and a foreign minister": another one)
    t = head
    while t.dep_ == "conj" and t.head.i < t.i and t.head.pos_ in ("NOUN", "PROPN"):
        t = t.head
        own = [c for c in t.children if c.dep_ == "poss"]
        if own:
            return own[0], True
        if any(c.dep_ in ("det", "nummod", "predet") for c in t.children):
            return None
    return None


def _mention_at(ctx, idx: int) -> list:
    """The story's mention with a country that covers character `idx` (a list of one), else []."""
    starts, ends, by_start, by_end = _named(ctx)
    k = bisect.bisect_right(starts, idx) - 1
    return [m for m in by_start[max(0, k - 2):k + 1] if m.start <= idx < m.end][-1:]


def possessor_country(a, head, sent, ctx) -> Optional[tuple]:
    """(country, why) for a state title or body with no country whose possessor gives one: a country or a state's
    office-holder named as its possessor, shared by a bare title coordinated after it ("Turkey's president and foreign
    minister"), a pronoun that stands for one ("his foreign minister", "their ambassador": knowledge/coref.py) or a
    description of a country ("the country's president")."""
    owned = _kinds().get("owned", frozenset())
    if head is None or a.sector not in owned and not (
            a.sector == "CVL" and head.lower_ in _kinds().get("owned-people", frozenset())):
        return None           # (a state's own people: "his citizens" after a head of state, "the country's population")
    got = _possessor(head)
    if got is None:
        return None
    poss, shared = got
    if shared and a.sector not in owned:
        return None           # ("its own citizens and people from other lands": the possessor's are only the first)
    coref = getattr(ctx, "coref", None)
    how = f"its possessor '{poss.text}'" + (" (shared with the title it is coordinated with)" if shared else "")
    owners = []
    if poss.pos_ == "PRON" and not shared and head.dep_ == "conj" and head.head.i < head.i:
        # "Erdogan and his foreign minister", "Russia and its defence minister": the one it is coordinated with
        owners = _mention_at(ctx, head.head.idx)
        if not owners and head.head.pos_ == "NOUN":
            # "the US envoy and his delegation": the country the title coordinated with names in its own phrase
            for c in head.head.children:
                if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < head.head.i:
                    owners += _mention_at(ctx, c.idx)
        how += f" (coordinated with '{head.head.text}')"
    elif poss.pos_ == "PRON":
        if coref is None:
            return None
        if poss.lower_ in ("his", "her"):
            owners = coref.pronoun(poss, sent)
        elif poss.lower_ in ("its", "their"):
            o = coref.owner(poss, sent, a.sector)
            owners = [o] if o is not None else []
    elif poss.pos_ == "NOUN":
        if coref is None or poss.lemma_.lower() not in coref.country_nouns:
            return None
        phrase = poss.doc[poss.left_edge.i:poss.i + 1]
        if a.sector not in owned:
            # (a state's people: "the country's population" is too often read as a country named before another;
            # the sentence's places or the story say which: knowledge/country_people.py)
            return country_people.people_country(poss, sent, ctx)
        owners = coref.description(poss, phrase, sent, None) or []
    else:
        owners = _mention_at(ctx, poss.idx)
    countries = set()
    for o in owners:
        if o is None or not o.country or o.kind in ("group", "party", "igo", "people") \
                or o.kind == "person" and o.sector not in owned:
            return None               # ("Isis and its leader", "the rebel commander's spokesman")
        countries.add(o.country)
    if len(countries) != 1:
        return None
    o = owners[0]
    return next(iter(countries)), f"from {how} -> {o.name or o.text}"


def shared_possession(a, h, sector_of):
    """The actor a bare possessive stands for when a title after it is shared: "Syria's" in "Syria's and Iraq's
    leaders" is Syria's leaders (SYRGOV, as "Iraq's leaders" is IRQGOV); `a` unchanged otherwise. `sector_of(token)`
    gives the sector a head noun names."""
    from dataclasses import replace
    if a is None or not a.country or a.sector or a.code != a.country or h.dep_ == "poss" \
            or not any(c.dep_ == "case" and c.lower_ in ("'s", "\u2019s", "'", "\u2019") for c in h.children):
        return a
    owned = _kinds().get("owned", frozenset())
    after = list(h.conjuncts)
    if any(c.dep_ == "cc" for c in h.children):     # (or parsed as a second subject beside it)
        after += [c for c in h.head.children if c.dep_ == h.dep_ and c.i > h.i]
    for c in after:
        if c.i > h.i and c.pos_ == "NOUN" and any(p.dep_ == "poss" for p in c.children):
            sector = sector_of(c)
            if sector in owned:
                return replace(a, code=a.country + sector, sector=sector, kind=None,
                               why=(a.why or "") + f"; sector {sector} from '{c.text}', the title it shares with the "
                                                   f"possessive coordinated with it")
            break
    return a


# ---------------------------------------------------------------------- "the regime"
def is_regime(head) -> bool:
    return head is not None and head.lemma_.lower() in _kinds().get("regime", frozenset())


def of_regime(head) -> bool:
    """Whether the actor is the regime or its own ("the regime", "regime forces", "the regime militias"), or rises
    against it in its country ("anti-regime rebels"); not those on its side, who may come from abroad ("pro-regime
    fighters"), nor a regime whose own phrase says whose it is ("his regime", "al-Sisi's regime")."""
    if head is None:
        return False
    if any(c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children):
        return False          # "his regime", "al-Sisi's regime": whose it is the phrase says, not the story
    if is_regime(head):
        return True
    doc = head.doc
    for c in head.children:
        if c.dep_ in ("compound", "amod") and c.i < head.i and is_regime(c):
            pre = doc[c.i - 2].lower_ if c.i >= 2 and doc[c.i - 1].text in ("-", "\u2010", "\u2011") else ""
            if pre != "pro":
                return True
    return False


_BEFORE_GAP = re.compile(r"(?:['\u2019]s)?\s+(?:[a-z]+\s+)?")


def _named_before(ctx, at: int, window: int) -> list:
    """The story's named actors among the last `window` to end before offset `at` that end just before it, with at
    most a possessive and one lower-case word between ("the Assad regime", "Syria's mainstream opposition")."""
    _starts, ends, _by_start, by_end = _named(ctx)
    k = bisect.bisect_right(ends, at) - 1
    return [x for x in by_end[max(0, k - window + 1):k + 1] if _BEFORE_GAP.fullmatch(ctx.text, x.end, at)]


def regime_country(ctx) -> Optional[tuple]:
    """(country, why): the one country whose regime the story names ("the Assad regime", "Syria's regime", "the
    regime in Damascus"; not "regime change")."""
    s = _store(ctx)
    if "regimes" not in s:
        words = _kinds().get("regime", frozenset())
        found: dict = {}
        if words:
            text = ctx.text
            starts, _ends, by_start, _by_end = _named(ctx)
            rx = re.compile(r"\b(?:%s)\b(?!\s+change)" % "|".join(sorted(words)), re.I)
            for m in rx.finditer(text):
                before = _named_before(ctx, m.start(), 2)
                got = before[-1] if before else None     # "the Assad regime", "Syria's brutal regime"
                k = bisect.bisect_left(starts, m.end())
                for x in by_start[k:k + 1]:
                    if got is None and re.fullmatch(r"\s+(?:of|in)\s+(?:the\s+)?", text[m.end():x.start]):
                        got = x      # "the regime of Bashar al-Assad", "the regime in Tehran"
                if got is not None:
                    found.setdefault(got.country, []).append(text[got.start:m.end()] if got.end <= m.start()
                                                             else text[m.start():got.end])
        s["regimes"] = found
    found = s["regimes"]
    if len(found) == 1:
        c, phrases = next(iter(found.items()))
        lead = leading_place(ctx)
        story = getattr(getattr(ctx, "where", None), "story", None)
        if len(phrases) >= 2 or lead and lead[0] == c or story and story[0] == c:
            # (one "Saudi regime" in a story of Egypt is no theme)
            return c, f"the one regime the story names: '{phrases[0]}'"
    return None


def leading_place(ctx) -> Optional[tuple]:
    """(country, why): the country most of the story's places lie in, when it has at least three and at least twice
    as many as any other."""
    s = _store(ctx)
    if "leading" not in s:
        counts: dict = {}
        for p in getattr(ctx, "places", None) or ():
            if p.demonym or not p.country or p.start is None or ctx.in_junk(p.start, p.end):
                continue
            counts[p.country] = counts.get(p.country, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        s["leading"] = None
        if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            s["leading"] = (ranked[0][0], f"the country most of the story's places lie in ({ranked[0][1]} places)")
    return s["leading"]


# ---------------------------------------------------------------------- sides named by a country
def _side_word(w: str) -> str:
    w = w.lower()
    return w[:-1] if w.endswith("s") and w[:-1] in _kinds().get("story-side", frozenset()) else w


def _sides(ctx) -> dict:
    """{side word: {country: first phrase}}: the countries the story names just before each `story-side` word ("Syrian
    rebels", "Syria's mainstream opposition", "the Syrian rebel commander"); built once per story."""
    s = _store(ctx)
    if "sides" not in s:
        found: dict = {}
        words = _kinds().get("story-side", frozenset())
        if words:
            from eventwire.knowledge.actor_where import partisan_at
            text = ctx.text
            rx = re.compile(r"(?<![\w-])(%s)s?(?![\w-])" % "|".join(sorted(words)), re.I)
            for m in rx.finditer(text):
                for x in _named_before(ctx, m.start(), 1):
                    if x.kind in ("person", "igo") or partisan_at(text, x.start):
                        continue      # ("anti-Assad rebels": a person is no side's country; "pro-Turkish rebels")
                    found.setdefault(m.group(1).lower(), {}).setdefault(x.country, text[x.start:m.end()])
        s["sides"] = found
    return s["sides"]


def side_country(a, head, ctx) -> Optional[tuple]:
    """(country, why) for a rebel, insurgent or opposition actor (a `story-side-sector`) with a `story-side` word in its
    own phrase ("the rebels", "rebel officials", "the opposition"): the one country the story names with that word."""
    if a.sector not in _kinds().get("story-side-sector", frozenset()):
        return None
    if head is not None and head.dep_ in ("compound", "amod"):
        from eventwire.coding.relational import COUNTERPARTY_NOUNS
        if head.head.lemma_.lower() in COUNTERPARTY_NOUNS:
            return None           # ("opposition backers", "rebel allies": those beside the side, whoever they are)
    if head is not None:
        from eventwire.knowledge.actor_country import _phrase_tokens
        words = {_side_word(t.lemma_) for t in _phrase_tokens(head)} | {_side_word(t.lower_) for t in _phrase_tokens(head)}
    else:
        words = {_side_word(w) for w in re.findall(r"[\w-]+", a.text or "")}
    sides = _sides(ctx)
    got = None
    for w in sorted(words & _kinds().get("story-side", frozenset())):
        countries = sides.get(w) or {}
        if len(countries) != 1:
            return None           # (none named, or two: "Syrian rebels" and "Houthi rebels")
        c, phrase = next(iter(countries.items()))
        if got is not None and got[0] != c:
            return None
        got = (c, f"the one country the story names with '{w}' ('{phrase}')")
    return got


# ---------------------------------------------------------------------- peoples' bodies
@functools.cache
def _bodies() -> dict:
    """{named body's entity id: ethnic code} from data/actors/peoples.tsv, column `bodies`."""
    out = {}
    for r in peoples_rows():
        for b in (r.get("bodies") or "").split("|"):
            if b.strip() and b.strip() != "-":
                out[b.strip().lower()] = (r.get("code") or "").upper()
    return out


def people_homeland(code: str, homes: frozenset, ctx) -> Optional[tuple]:
    """(country, why): the homeland the story's named bodies of the people `code` lie in, when one leads: it has at
    least two mentions and twice as many as any other homeland."""
    s = _store(ctx).setdefault("homeland", {})
    if code not in s:
        bodies = _bodies()
        counts: dict = {}
        names: dict = {}
        for m in ctx.mentions:
            if m.entity and m.country in homes and bodies.get(str(m.entity).lower()) == code:
                counts[m.country] = counts.get(m.country, 0) + 1
                names.setdefault(m.country, m.text)
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        s[code] = None
        lead = leading_place(ctx)
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]) \
                and not (lead and lead[0] in homes and lead[0] != ranked[0][0]):
            # (not where the story's places lie in another homeland: "Turkey guards its frontier against Kurdish
            # forces" in a story of the PKK set in Syria)
            c = ranked[0][0]
            s[code] = (c, f"the homeland the story's named bodies of the people lie in ('{names[c]}', {ranked[0][1]} "
                          "mentions)")
    return s[code]


def mark_people(a, head, homelands: dict) -> None:
    """An actor placed in a state whose own phrase names a people of that state ("authorities in Syria's Kurdish
    autonomous region") is that people's body there: SYRKURGOV, not the state's SYRGOV; in place."""
    code = people_region(head, people_aliases()) if head is not None and a.country and a.sector else None
    if code and a.country in homelands.get(code, frozenset()) and not (a.code or "").startswith(a.country + code):
        a.code = a.country + code + a.sector
        a.why = (a.why or "") + f"; a body of the people {code}, named in its own phrase"


def people_region(head, aliases: dict) -> Optional[str]:
    """The ethnic code of a people's word inside the actor's own phrase that makes a state-placed body the people's
    ("authorities in Syria's Kurdish autonomous region", "the Kurdish region's government"), or None. `aliases`:
    {lower-case people's word: ethnic code}."""
    from eventwire.knowledge.actor_country import _phrase_tokens
    for t in _phrase_tokens(head):
        if t.i != head.i and t.lower_ in aliases and t.dep_ in ("amod", "compound", "nmod"):
            return aliases[t.lower_]
    return None


@functools.cache
def people_aliases() -> dict:
    """{lower-case word of a people: ethnic code} (data/actors/peoples.tsv, column `aliases`)."""
    return {w.strip().lower(): (r.get("code") or "").upper() for r in peoples_rows()
            for w in (r.get("aliases") or "").split("|") if w.strip()}
