"""The group a sector-only member belongs to, when its possessor stands for a named group (issue 14, "never leave a
bare GOV when the article makes the country plain"; read by knowledge/actor_country.py).

    if group_member(a, head, sent, ctx): ...   # "the group's leader", "its commander" after "Hayat Tahrir al-Sham"

A leader, commander, spokesman or fighter (a `member` word of data/coding/actor_country.tsv) whose possessor is a
description of a group ("the group's leader", "the movement's spokesman") or "its"/"their", which coreference
(knowledge/coref.py) resolves to one named armed group or party of the actor lists, is that group's: the actor takes
the group's code, with a `why` that names the group and how it was found. A state, a people or a body with no code of
its own leaves the actor as it was (a state's title takes its country in knowledge/actor_story.py).
"""
from __future__ import annotations

from typing import Optional

from eventwire.model import Actor

_GROUP_KINDS = ("group", "party")


def _kinds() -> dict:
    from eventwire.knowledge.actor_country import word_kinds
    return word_kinds()


def _owner(poss, sent, ctx) -> Optional[Actor]:
    """The one named group the possessor stands for, or None."""
    coref = getattr(ctx, "coref", None)
    if coref is None:
        return None
    if poss.pos_ == "PRON" and poss.lower_ in ("its", "their"):
        # (the best owner of any kind: a group with no country of its own, "Isis ... its leaders", is one too;
        # coref.owner keeps to owners with a country)
        from eventwire.knowledge.coref_mentions import Want
        # (in the pronoun's number: "its" one body, "their" a plural or a collective body, as in Coref.owner)
        picks = coref._choose(poss, Want(label=f"'{poss.text}'", kinds=frozenset({"country", "org", "body"}),
                                         bind=False, plural={"its": False, "their": True}.get(poss.lower_)), sent)
        owners = [picks[0][0].actor] if picks else []
    elif poss.pos_ == "NOUN" and poss.lemma_.lower() in _kinds().get("group-noun", frozenset()) \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in poss.children):
        phrase = poss.doc[poss.left_edge.i:poss.i + 1]
        owners = coref.description(poss, phrase, sent, None) or []
    else:
        return None
    if len(owners) != 1 or owners[0] is None:
        return None
    o = owners[0]
    if o.kind not in _GROUP_KINDS or not o.code or not o.entity:
        return None
    return o


def group_member(a: Actor, head, sent, ctx, others=()) -> bool:
    """Give a sector-only member of a group ("the group's leader") that group's code, in place; whether it did. Not
    when the event's other side is that group itself: coreference took the wrong group ("the SDF are battling the
    group's remaining fighters")."""
    if head is None or a.country or head.lemma_.lower() not in _kinds().get("member", frozenset()):
        return False
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is None:
        return False
    o = _owner(poss, sent, ctx)
    if o is None or any(x is not None and (x.entity == o.entity or x.code == o.code) for x in others or ()):
        return False
    if not o.country and head.lower_ in _kinds().get("own-force", frozenset()):
        return False                  # ("its fighters" after a group with no state: force_owner says whose force)
    a.code, a.country, a.sector, a.entity, a.name = o.code, o.country, o.sector, o.entity, o.name
    a.why = (a.why or "") + f"; a member of the group its possessor '{poss.text}' stands for: {o.name or o.text} -> " \
                            f"{o.code} (coreference)"
    return True


_NON_STATE = frozenset({"REB", "INS", "OPP", "UAF"})


def force_owner(a: Actor, head, sent, ctx, others=()) -> bool:
    """Give a sector-only armed force (an `own-force` word: "his fighters", "its forces", "Isis's fighters") whose
    possessor stands for a non-state owner that owner's actor, in place; whether it did. The possessor is a pronoun as
    coreference resolves it ("his" after a rebel commander), a `group-noun` description ("the group's fighters") or a
    name ("Isis's fighters"). A named group gives its code; a person or actor of a non-state sector (REB, INS, OPP,
    UAF) with a country gives that country and sector; a people with a code and no state ("the Kurdish commander":
    KURMIL) gives its code. A state's possessor is knowledge/actor_story.possessor_country's; not when the event's
    other side is the owner itself."""
    if head is None or a.country or head.lower_ not in _kinds().get("own-force", frozenset()):
        return False
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    coref = getattr(ctx, "coref", None)
    if poss is None or coref is None:
        return False
    if poss.pos_ == "PRON" and poss.lower_ in ("his", "her", "its", "their"):
        owners = coref.pronoun(poss, sent)
        if poss.lower_ in ("its", "their"):
            owners = _armed(owners, poss, sent, coref)
    elif poss.pos_ == "NOUN" and poss.lemma_.lower() in _kinds().get("group-noun", frozenset()) \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in poss.children):
        owners = coref.description(poss, poss.doc[poss.left_edge.i:poss.i + 1], sent, None) or []
    elif poss.pos_ == "PROPN":
        from eventwire.knowledge.actor_story import _mention_at
        owners = _mention_at(ctx, poss.idx)
    else:
        return False
    o = _non_state(owners)
    if o is None:
        return False
    if any(x is not None and (x.code == o.code or o.entity and x.entity == o.entity) for x in others or ()):
        if poss.pos_ != "NOUN" or (o := _other_group(poss, sent, ctx, others)) is None:
            return False      # ("the SDF are battling the group's remaining fighters": "the group" is not the SDF)
        poss_note = " (the other group named just before, not the act's other party)"
    else:
        poss_note = ""
    if o.kind in _GROUP_KINDS and o.entity:
        a.code, a.country, a.sector, a.entity, a.name = o.code, o.country, o.sector, o.entity, o.name
        how = f"the group {o.name or o.text}"
    elif o.kind == "people" and not o.country:
        a.code, a.sector = o.code, o.sector
        how = f"{o.text}, of a people with no state"
    else:
        a.code = o.code if o.kind != "person" else o.country + o.sector
        a.country, a.sector = o.country, o.sector
        how = f"{o.name or o.text}, of a non-state side ({o.sector})"
    a.why = (a.why or "") + f"; the armed force of its possessor '{poss.text}': {how} -> {a.code}{poss_note}"
    return True


OTHER_BEFORE = 2      # sentences before the description in which the other group may be named


def _other_group(poss, sent, ctx, others) -> Optional[Actor]:
    """The one armed group (a listed group's mention) named in the description's sentence before it or in the
    OTHER_BEFORE sentences before that, other than the act's other party, that a `group-noun` possessor ("the
    group's remaining fighters") stands for where coreference gave it that party itself ("the SDF hold Islamic State
    fighters and are battling the group's remaining fighters": Islamic State's); None where there is none or more
    than one."""
    doc = poss.doc
    starts = [s.start_char for s in doc.sents if s.start_char <= sent.start_char]
    lo = starts[max(0, len(starts) - 1 - OTHER_BEFORE)] if starts else sent.start_char
    found = {}
    for m in getattr(ctx, "mentions", ()) or ():
        if m.start is None or not (lo <= m.start < poss.idx) or m.kind not in _GROUP_KINDS or not m.entity:
            continue
        if any(x is not None and (x.code == m.code or x.entity == m.entity) for x in others or ()):
            continue
        found.setdefault(m.entity, m)
    if len(found) != 1:
        return None
    return next(iter(found.values()))


def _armed(owners, poss, sent, coref) -> list:
    """ "The Taliban shut the market to traders ... . Soon many of their gunmen ...": an armed force's
    "its"/"their" that coreference gave a side with no arms of its own (an `unarmed-sector` of
    data/coding/actor_country.tsv: civilians, traders) stands for the best other group, body or people in reach that
    has some; none where there is none."""
    unarmed = _kinds().get("unarmed-sector", frozenset())
    if len(owners) != 1 or owners[0] is None or owners[0].sector not in unarmed:
        return owners
    from eventwire.knowledge.coref_choice import link
    from eventwire.knowledge.coref_mentions import Want
    want = Want(label=f"pronoun '{poss.text}'", kinds=frozenset({"people", "org", "body", "country"}),
                plural=poss.lower_ == "their", n=4, bind=False)
    for m, score, reason in coref._choose(poss, want, sent):
        a = m.actor
        if a.code and a.sector not in unarmed:
            return [link(a, poss, f"pronoun '{poss.text}' -> {a.name or a.code} ('{a.text}'; an armed force is not "
                                  f"that of {owners[0].code}, a side with no arms; {', '.join(reason)}; score {score:.1f})")]
    return []


def _non_state(owners) -> Optional[Actor]:
    """The one non-state owner among `owners`: a named group, a person or actor of a non-state sector with a country
    (one with none adds nothing to the sector: "their fighters" after bare "fighters"), or a people with a code and
    no state; else None."""
    if len(owners) != 1 or owners[0] is None or not owners[0].code:
        return None
    o = owners[0]
    if o.kind in _GROUP_KINDS and o.entity:
        return o
    if o.kind == "people" and not o.country and o.sector:
        return o
    if o.sector in _NON_STATE and o.country and o.kind in ("person", "sector", "people", "group", "country"):
        # (also "Syrian rebels" read from its demonym, which gives a country's kind with the rebels' sector)
        return o
    return None



def sentence_group(a: Actor, head, sent, ctx, others=()) -> bool:
    """Give a bare insurgent actor ("militants", "the jihadist group", INS with no country) the one armed group of
    sector INS its own sentence names, in place; whether it did. A sentence that names Isis and then "militants"
    speaks of Isis's: the group's code, not the country of the sentence's places (SYRINS). Not when the sentence
    names two such groups, nor when the group is the event's other party ("militants fought Isis")."""
    if a.sector != "INS" or a.country or a.entity or head is None:
        return False
    lo, hi = sent.start_char, sent.end_char
    # (not a name in its own phrase, "al-Qaida-linked militants", nor one listed beside it, "Isis and other groups")
    own = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)) for t in [head] + list(head.conjuncts)]
    found = {}
    # (the sentence's mentions by the context's start index, not a pass over the document's)
    near = ctx.mentions_from(lo, hi) if hasattr(ctx, "mentions_from") else getattr(ctx, "mentions", ()) or ()
    for m in near:
        if m.start is None or not (lo <= m.start < hi) or m.kind not in _GROUP_KINDS or not m.entity:
            continue
        if m.sector != "INS" or any(s <= m.start < e for s, e in own):
            continue
        found.setdefault(m.entity, m)
    if len(found) != 1:
        return False
    return take_group(a, next(iter(found.values())), others, "its sentence names")


def take_group(a: Actor, o, others, said: str) -> bool:
    """Give actor `a` the code, country, sector, entity and name of the armed group's mention `o`, in place, its
    `why` ending "the one armed group <said>: ..."; not where that group is one of `others`, the act's other party
    ("the militants fought Isis"). Whether it did (sentence_group here; knowledge/story_group.py)."""
    if any(x is not None and (x.entity == o.entity or x.code == o.code) for x in others or ()):
        return False
    a.code, a.country, a.sector, a.entity, a.name = o.code, o.country, o.sector, o.entity, o.name
    a.why = (a.why or "") + f"; the one armed group {said}: '{o.text}' ({o.name}) -> {o.code}"
    return True
