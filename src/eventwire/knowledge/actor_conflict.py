"""A country from the sentence's or the story's frame, for actors nothing else placed (issue 14, item 3); called from
actor_country.place_actor and fill_countries (data/coding/actor_country.tsv: conflict, conflict-side, leave-body):

  * a side of the one country's internal conflict the sentence names ("in the crowded Syrian conflict, Russia is
    backing the government": SYRGOV), and a rebel or opposition actor of the one conflict the story names ("the
    southern rebels" in a story of Syria's civil war);
  * one who resigns from a body is one of it ("resigned from a UN commission": IGOUNOJUD).
"""
from __future__ import annotations

from eventwire.doc_index import span_root

from typing import Optional

from eventwire.knowledge.actor_where import _phrase_tokens, sector_only, supporter_at, where_of, word_kinds


def _conflict_country(sent, where) -> Optional[tuple]:
    """(country, phrase) of the one country's internal conflict the sentence names ("in the crowded Syrian conflict",
    "during Libya's civil war", "the uprising in Yemen"): a `conflict` noun of data/coding/actor_country.tsv with a
    country or a place of it as its modifier, possessor or "in"/"of" object. A `war` noun counts only as a civil war
    or with a country's adjective ("the Syrian war"; not "Russia's war", a party's, nor "the war in Iraq"). None
    where the sentence names the conflicts of two countries. Once per sentence."""
    memo = where.__dict__.setdefault("conflicts", {})
    if sent.start_char in memo:
        return memo[sent.start_char]
    kinds = word_kinds()
    items = where.in_sentence(sent)
    if items:
        text = where.doc_text
        items = [it for it in items if not supporter_at(text, it[2])]
    found: dict = {}
    for t in sent:
        lemma = t.lemma_.lower()
        war = lemma in kinds.get("conflict-war", frozenset())
        if t.pos_ != "NOUN" or not (war or lemma in kinds.get("conflict", frozenset())):
            continue
        civil = any(c.dep_ in ("amod", "compound") and c.lower_ in kinds.get("conflict-civil", frozenset())
                    for c in t.children)
        mods = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                and (not war or civil or c.dep_ == "amod")]
        mods += [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "of") and (not war or civil)
                 for g in c.children if g.dep_ == "pobj"]      # (not "the war in Iraq": whose war is not said)
        for m in mods:
            if _paired(m):
                continue        # ("the Russian-American conflict", "the Iran-Iraq war": two states', no one's own)
            for it in items:
                if it[1] <= m.idx < it[2]:
                    found.setdefault(it[0], f"{t.text} ... '{it[3]}'" if m.i > t.i else f"'{it[3]}' ... {t.text}")
    memo[sent.start_char] = next(iter(found.items())) if len(found) == 1 else None
    return memo[sent.start_char]


def _paired(m) -> bool:
    """Whether a conflict's modifier is one of two capitalised names joined by a dash ("Russian-American")."""
    doc = m.doc
    dashes = ("-", "\u2010", "\u2011", "\u2013")
    before = m.i >= 2 and doc[m.i - 1].text in dashes and not doc[m.i - 1].whitespace_ \
        and not doc[m.i - 2].whitespace_ and doc[m.i - 2].text[:1].isupper()
    after = m.i + 2 < len(doc) and doc[m.i + 1].text in dashes and not m.whitespace_ \
        and not doc[m.i + 1].whitespace_ and doc[m.i + 2].text[:1].isupper()
    return before or after


def _conflict_side(a, head, sent, ctx) -> Optional[tuple]:
    """(country, why) for a side of a conflict ("the government", "government forces", "the rebels", "opposition
    forces": an actor of a `story-side-sector` or with a `conflict-side` word in its own phrase) that nothing else placed,
    where its sentence names one country's internal conflict: that country, also where the sentence names other
    countries as parties ("in the Syrian conflict, Russia is backing the government": SYRGOV, not RUSGOV)."""
    kinds = word_kinds()
    if head is not None:
        words = {t.lower_ for t in _phrase_tokens(head)} | {t.lemma_.lower() for t in _phrase_tokens(head)}
    else:
        words = {w.lower() for w in (a.text or "").split()}
    if not (a.sector in kinds.get("story-side-sector", frozenset()) or words & kinds.get("conflict-side", frozenset())):
        return None
    got = _conflict_country(sent, where_of(ctx, sent.doc))
    if got is None:
        return None
    return got[0], f"a side of the conflict the sentence names ({got[1]})"


def conflict_side_of(kb, head, phrase, sent, ctx):
    """The actor a definite state noun with no name in it stands for ("the government", "the regime") where its sentence
    names one country's internal conflict: that country's side ("in the tangled Syrian war, in which Iran is
    supporting the government": SYRGOV), before coreference, which would give the last state named ("Russia", a
    spokesman named the sentence before) -- a foreign state's own government is not a side of another's war. None
    elsewhere, and for a phrase with a country of its own."""
    a = kb.resolve_phrase(phrase.text, phrase.start_char, ctx.date, ctx.countries)
    if a is None or not a.code or a.country or a.sector not in ("GOV", "MIL") or a.code != a.sector:
        return None             # (a rebel or opposition side keeps its coreference: the group named before is fuller)
    got = _conflict_side(a, head, sent, ctx)
    if got is None:
        return None
    from eventwire.model import Actor
    return Actor.national(got[0], a.sector, name=None, entity=None, text=phrase.text,
                          start=phrase.start_char, end=phrase.end_char, kind=a.kind,
                          why=f"sector term '{phrase.text}' -> {a.sector}; country {got[0]} {got[1]}")


def _story_conflict(ctx, doc) -> Optional[tuple]:
    """(country, phrase) of the one country whose internal conflict the story's sentences name (`_conflict_country`);
    None where they name none or the conflicts of two countries. Once per document."""
    where = where_of(ctx, doc)
    if "story_conflict" not in where.__dict__:
        found = {}
        for sent in doc.sents:
            got = _conflict_country(sent, where)
            if got is not None:
                found.setdefault(got[0], got[1])
        where.story_conflict = next(iter(found.items())) if len(found) == 1 else None
    return where.story_conflict


def _story_conflict_side(a, head, sent, ctx) -> Optional[tuple]:
    """(country, why) for a rebel, insurgent or opposition actor with a `story-side` word ("the southern rebels",
    "an opposition leader") that nothing else placed: the country of the one internal conflict the story names ("Syria's
    civil war"), as the one country the story names with the word would (actor_story.side_country). An opposition (a
    `story-side-civil` word: every state has one) only where the story is about that country itself."""
    if a.sector not in word_kinds().get("story-side-sector", frozenset()):
        return None
    words = {t.lower_ for t in _phrase_tokens(head)} | {t.lemma_.lower() for t in _phrase_tokens(head)} \
        if head is not None else {w.lower() for w in (a.text or "").split()}
    sides = {w.split("-")[-1] for w in words} & word_kinds().get("story-side", frozenset())
    if not sides:
        return None
    got = _story_conflict(ctx, sent.doc)
    where = where_of(ctx, sent.doc)
    if got is None or any(it[4] == "place" and it[0] != got[0] for it in where.in_sentence(sent)):
        return None           # (a sentence whose places lie elsewhere: "attacks on opposition fighters in Manbij")
    if not sides - word_kinds().get("story-side-civil", frozenset()) \
            and (where.story is None or where.story[0] != got[0]):
        return None           # (every state has an opposition: "ministers briefed opposition leaders" in a story of
        #                       London's answer to Libya's war is no Libyan opposition; the story must be of that country)
    return got[0], f"a side of the one conflict the story names ({got[1]})"


def _member_of_body_left(a, targets: list, anchor, sent, lemma: str) -> bool:
    """A sector-only person who resigns or quits from a body ("the prosecutor resigned from a UN commission", "the
    minister quit the Israeli cabinet": a `leave-body` lemma) was one of that body: it takes the body's international
    organisation's code before its sector (IGOUNOJUD) or its country (ISRGOV). In place; True when it did."""
    if not sector_only(a) or (a.kind == "person" and a.name) or anchor is None \
            or (lemma or anchor.lemma_).lower() not in word_kinds().get("leave-body", frozenset()):
        return False
    doc = sent.doc
    for t in targets:
        if t is None or t.start is None or not (t.country or (t.code or "").startswith("IGO")):
            continue
        h = span_root(doc, t.start, t.end)
        if h is None:
            continue
        while h.dep_ in ("compound", "amod", "nmod", "poss") and h.head.i != h.i:
            h = h.head             # ("a UN commission": the body the name is part of)
        prep = h.head if h.dep_ == "pobj" else None
        if not (h.head.i == anchor.i and h.dep_ == "dobj"
                or prep is not None and prep.lower_ == "from" and prep.head.i == anchor.i):
            continue
        igo = (t.code or "").startswith("IGO") and not t.country
        a.code = (t.code if igo else t.country) + (a.sector or "")     # (IGOUNOJUD: the UN's prosecutor)
        a.country = None if igo else t.country
        a.why = (a.why or "") + f"; {t.code if igo else 'country ' + t.country} from the body it left ('{t.text}')"
        return True
    return False
