"""The implicit agents of state acts (issue 14, item 2): an arrest, detention, sentence, deportation, ban or curfew with
no named doer (a passive or an event noun: "three journalists were arrested in Cairo") is done by the state where it
happened: its police, courts or government, by the act (data/coding/implicit_agents.tsv). The country comes from
where the act happened (knowledge/actor_country.py steps 2-4; of step 4 only the dateline: the country a story is
about is not where each of its arrests happened), never from the victims' own country; an act on a nationality
("stripped of his Dutch nationality") is the state of that nationality's. Neither the victim's own phrase ("Petrov,
a Romanian citizen, was detained and handed a fine": its apposition) nor a person the sentence names
("Pompeo's acknowledgment ... members still face trial", "the decision to prolong Brunson's detention irked
Trump") says where it happened: a person's country is whose they are, not a place (`_not_where`). The one exception:
an arrest "since"/"after" an upheaval (actor_country.tsv `upheaval`: a coup, an uprising) of the people of the story's
own country, which the story's places alone name, is that state's purge of its own people (`_after_upheaval`); and a
court's act (JUD: a charge, prosecution, trial or sentence) on the story's own country's people, which only that
state's courts do (`_own_people`).

    agent = implicit_agent(cameo, lemma, anchor_token, sent, ctx, targets, patient)
"""
from __future__ import annotations

import bisect
import functools
from typing import Optional

from eventwire.knowledge.actor_country import _table, _where_it_happened, where_of, word_kinds
from eventwire.knowledge.nationality import nationality_of
from eventwire.knowledge.returned_home import came_from, returned_home
from eventwire.model import Actor


@functools.cache
def implicit_table() -> dict:
    """{(cameo, lemma or '*'): sector} from data/coding/implicit_agents.tsv."""
    return {(cameo, lemma.lower()): sector for cameo, lemma, sector, *_ in _table("implicit_agents.tsv")}


def implicit_sector(cameo: str, lemma: str) -> Optional[str]:
    table = implicit_table()
    lemma = (lemma or "").lower()
    for n in range(len(cameo), 1, -1):
        hit = table.get((cameo[:n], lemma)) or table.get((cameo[:n], "*"))
        if hit:
            return hit
    return None


def _names_charge(verb) -> bool:
    """Whether a custody verb's clause names a charge or crime (data/coding/roles.tsv: charge-prep, charge-noun)."""
    from eventwire.coding.clause_record import role_words
    words = role_words()
    preps, nouns = words.get("charge-prep", frozenset()), words.get("charge-noun", frozenset())
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        objs = [g for g in c.children if g.dep_ == "pobj"]
        if any(g.lemma_.lower() in nouns for g in objs):
            return True
        if c.lower_ in preps and any(g.ent_type_ not in ("DATE", "TIME") and not g.like_num for g in objs):
            return True
    return False


def _left_sector(t, doc) -> bool:
    """Whether the phrase of target `t` says its people left the armed sector its noun names ("a former British
    soldier", "an ex-fighter": a `left` word of data/coding/actor_country.tsv before the noun)."""
    if t.start is None or t.end is None:
        return False
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    left = word_kinds().get("left", frozenset())
    head = span.root
    before = doc[span.start - 1] if span.start > 0 else None
    return any(c.lower_ in left for c in head.children if c.i < head.i) \
        or (before is not None and before.lower_ in left) \
        or any(w.lower_.split("-")[0] in left and "-" in w.text for w in span)


def implicit_agent(cameo: str, lemma: str, anchor, sent, ctx, targets, patient=None) -> Optional[Actor]:
    """The state body that did an act with no named doer, in the country where it happened, or None. `patient`:
    the head of the phrase it was done to (the passive's subject, the noun's "of" object): an armed group or force
    ("Isis were expelled", "the rebels were pushed back") suffered an act of war, not of the state's law; a court's
    act (a jail term, a charge, a sentence) is the law's even when passed on an armed man."""
    sector = implicit_sector(cameo, lemma)
    if sector is None:
        return None
    if sector.endswith("?"):
        # "two men were held for the theft": the police; "19 men held together": captives of anyone
        sector = sector[:-1]
        if not _names_charge(anchor):
            return None
    kinds = word_kinds()
    # (nor is a nationality taken away: "two Isis fighters were deprived of Dutch nationality" is the
    # British state's act on them, whatever side they fought on)
    if sector != "JUD" and not sector.endswith("@") and any(t is not None and t.sector in kinds.get("armed", frozenset())
                               and not _left_sector(t, sent.doc) for t in targets):
        return None                   # (a court's jail term or charge is the state's law whoever it is passed on: "a
                                      # former soldier jailed in Turkey")
    custody = kinds.get("custody", frozenset())
    if any(c.dep_ == "prep" and c.lower_ == "under" and any(g.lemma_.lower() in custody for g in c.children)
           for c in anchor.children):
        return None                   # "locked up under US guard": the text names who holds them
    if patient is not None:
        where = where_of(ctx, sent.doc)
        lo, hi = patient.left_edge.idx, patient.right_edge.idx + len(patient.right_edge.text)
        k = bisect.bisect_right(where.groups, (hi, hi))
        if any(s < hi and lo < e for s, e in where.groups[max(0, k - 8):k]):
            return None
    own_state = sector.endswith("@")
    sector = sector.rstrip("@")
    nat = nationality_of(anchor, ctx, word_kinds().get("nationality", frozenset())) if own_state else None
    if own_state and not nat:
        return None                   # "her citizenship was revoked": her own state's act, not where she was
    if nat is not None:
        # "he was stripped of his Dutch nationality": the state whose nationality it is, wherever it happened
        return Actor.national(nat[0], sector, name=None, entity=None, text=None,
                              start=None, end=None, kind="sector",
                              why=f"implicit agent: the state whose nationality it is ('{nat[1]}'); {sector} for '{lemma}'")
    # "arrested upon returning from Syria": at home, by the returnees' own state (knowledge/returned_home.py)
    if (home := returned_home(anchor, targets, sector, lemma)) is not None:
        return home if home.country or sector == "COP" else None
    # the victims' own country is never where the act happened ("two Iranians were detained in Dubai"), nor is the
    # country of a person the sentence names (module doc)
    skip = [(t.start, t.end) for t in targets if t is not None and t.start is not None and t.end is not None]
    got = _where_it_happened(anchor, sent, ctx, skip + _not_where(anchor, sent, ctx) + came_from(anchor),
                             party_blocks=False)
    if got is None:
        got = _there(anchor, ctx)     # "since he was first detained there": the place the word stands for
    if got is None:
        if sector != "COP":
            return None
        # "two youths were arrested on Sunday" in a story that names no country: the police did it, whose is unknown
        return Actor(code=sector, country=None, sector=sector, name=None, entity=None, text=None, start=None,
                     end=None, kind="sector", why=f"implicit agent: the police, for '{lemma}' (no country named)")
    country, why = got
    story = where_of(ctx, sent.doc).story
    if story is not None and why == f"from {story[1]}" and not story[1].startswith("the story's dateline"):
        purge = _after_upheaval(anchor, targets, story[0], kinds)
        if purge is not None:         # "since the 2013 coup, 60,000 Egyptians have been jailed"
            return Actor.national(story[0], sector, name=None, entity=None, text=None,
                                  start=None, end=None, kind="sector",
                                  why=f"implicit agent: the state of its own people ({story[0]}), after the '{purge}' there; "
                                      f"{sector} for '{lemma}'")
        if sector == "JUD" and (own := _own_people(targets, story[0])) is not None:
            # "Egyptian activists are still being prosecuted" in a story about Egypt: only a state tries, charges
            # and sentences people, and its own people in its own courts
            return Actor.national(story[0], sector, name=None, entity=None, text=None,
                                  start=None, end=None, kind="sector",
                                  why=f"implicit agent: the courts of the country the story is about ({story[0]}), whose own "
                                      f"people it was done to ('{own}'); {sector} for '{lemma}'")
        return None                   # the country a story is about is not where each of its arrests happened ("Yazidi
                                      # men were rounded up" in a story on Iraq: by Isis); only a dateline places it
    return Actor.national(country, sector, name=None, entity=None, text=None,
                          start=None, end=None, kind="sector",
                          why=f"implicit agent: the state where it happened ({country} {why}); {sector} for '{lemma}'")


def _there(anchor, ctx) -> Optional[tuple]:
    """(country, why) of the place a "there" adverb of the act stands for (coding/place_anaphora.py: the one place
    named just before it, not in a quote), else None."""
    from eventwire.coding.place_anaphora import place_word
    for c in anchor.children:
        if c.dep_ == "advmod" and c.lower_ == "there":
            w = place_word(ctx, c)
            if w is not None and w.country:
                named = w.stands_for.text if w.stands_for is not None else w.text
                return w.country, f"from 'there', which stands for '{named}'"
    return None


def _own_people(targets, home: str) -> Optional[str]:
    """The words of the people a court's act was done to where all of them are private people or bodies of the
    story's own country `home` (no armed side, no named group or person of the lists), else None."""
    kinds = word_kinds()
    armed = kinds.get("armed", frozenset())
    if not targets or not all(t is not None and t.country == home and not t.entity and t.sector not in armed
                              for t in targets):
        return None
    return targets[0].text or home


def _after_upheaval(anchor, targets, home: str, kinds) -> Optional[str]:
    """The upheaval noun of a "since"/"after"/"following" phrase of the act ("since an abortive coup in 2016"), where
    everyone it was done to is of the story's own country `home` (a state's purge of its own people after an upheaval
    there: actor_country.tsv `upheaval`), else None."""
    words = kinds.get("upheaval", frozenset())
    if not targets or not all(t is not None and t.country == home and not t.entity for t in targets):
        return None
    verbs = [anchor] + ([anchor.head] if anchor.dep_ == "conj" else [])
    for v in verbs:
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("since", "after", "following"):
                g = next((x for x in c.children if x.dep_ == "pobj"), None)
                if g is None:
                    continue
                nouns = [g] + [x for x in g.children if x.dep_ == "compound"]
                if any(n.lemma_.lower() in words for n in nouns):
                    return g.text
    return None


def _not_where(anchor, sent, ctx) -> list:
    """Spans whose country says nothing of where a custody act happened: the passive subject's phrase of the act (or
    of the verb it is coordinated with: "X, a Bulgarian national, was arrested and given a sentence"), and the
    people the sentence names by name (a person's country is their nationality, not a place)."""
    out = []
    verbs = [anchor] + ([anchor.head] if anchor.dep_ == "conj" and anchor.head.pos_ in ("VERB", "AUX") else [])
    for v in verbs:
        for c in v.children:
            if c.dep_ in ("nsubjpass",):
                out.append((c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)))
    for m in (ctx.mentions_from(sent.start_char, sent.end_char) if hasattr(ctx, "mentions_from") else ()):
        if m.kind == "person" and m.start is not None and m.end is not None:
            out.append((m.start, m.end))
    return out
