"""A definite insurgent description the story's one armed group stands for (issue 14, wrong source and bare sectors;
asked by knowledge/actor_country.place_actor after actor_groups.sentence_group).

    story_group(a, head, sent, ctx, others)  ->  whether it placed `a`

"Danish volunteers later fought the jihadist group in the streets", "the port was wrecked by the extremists as much as
by the shelling": in a story that names one armed group of sector INS (data/actors, e.g. Islamic State) and no other,
"the jihadist group", "the extremists", "the militants" (the definite article and nothing that names another: no
possessor, number, country or name in its own phrase) are that group. A singular takes a word for a body ("group",
"organisation": actor_country.tsv `group-noun`), never a person ("the militant"). Not where the group is the act's
other party ("the militants fought Isis"), nor where the story names the group only once, unless: a group named in
the description's sentence before it or in the BEFORE sentences just before, the one such group there (also in a story
that names another elsewhere), is the one the description points back to ("forces besieging the last territory held by
Isis said ... 'our fighters advanced into areas controlled by the terrorist organisation'")."""
from __future__ import annotations

from eventwire.knowledge.actor_groups import take_group

_KINDS = ("group", "party")
_DESCRIBED = ("INS", "RAD")
BEFORE = 2           # sentences before a description in which a group named once is the one it points back to


def _definite_bare(head, ctx) -> bool:
    from eventwire.knowledge.actor_where import word_kinds
    bodies = word_kinds().get("group-noun", frozenset())
    if head.dep_ in ("amod", "compound") and head.head.lemma_.lower() in bodies:
        head = head.head          # ("the jihadist group": the sector word modifies the body noun)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    for c in head.children:
        if c.dep_ in ("poss", "nummod", "appos"):
            return False
        if c.dep_ in ("amod", "compound", "nmod") and any(m.country or m.entity for m in ctx.mentions_at(c.idx)):
            return False          # ("the Syrian militants", "the Shabaab militants": their own phrase says whose)
    if head.tag_ in ("NNS", "NNPS"):
        return True
    return head.lemma_.lower() in bodies


def story_group(a, head, sent, ctx, others=()) -> bool:
    """Give a definite insurgent description with no name of its own ("the jihadist group", "the militants") the one
    armed group of sector INS the story names more than once, in place; whether it did (module doc)."""
    if a.sector not in _DESCRIBED or a.country or a.entity or head is None or not _definite_bare(head, ctx):
        return False
    found: dict = {}
    for m in getattr(ctx, "mentions", ()) or ():
        if m.start is None or m.kind not in _KINDS or not m.entity or m.sector != "INS":
            continue
        found.setdefault(m.entity, []).append(m)
    if len(found) == 1 and len({m.start for m in next(iter(found.values()))}) >= 2:
        return take_group(a, next(iter(found.values()))[0], others, "the story names")
    # (one passing mention is no group the story is about, and a story may name two; but a group named just before
    # the description, and no other there, is the one it points back to: "fighters besieging the last territory held
    # by Isis ... advanced into areas controlled by the terrorist organisation")
    near = {e: ms for e, ms in found.items() if any(_named_just_before(m, head, sent) for m in ms)}
    if len(near) != 1:
        return False
    return take_group(a, next(iter(near.values()))[0], others, "the sentence just before names")


def _named_just_before(m, head, sent) -> bool:
    """Whether the group's one mention `m` lies before `head`, in its sentence or in one of the BEFORE sentences
    before it."""
    from eventwire.coding.sent_index import sentence_at, sentence_number
    doc = sent.doc
    k = sentence_number(doc, sent.start)
    first = sentence_at(doc, max(0, k - BEFORE))
    return first.start_char <= m.start < head.idx


def adjacent_group(a, head, sent, ctx, others=()) -> bool:
    """Give bare insurgents or extremists told in the plural ("fought diehard extremists in the hills", "jihadists
    hold the town"; INS or RAD, people, not "groups"; no name, possessor, number or named modifier of their own) the
    one armed group of sector INS the sentence before or after names, where their own sentence names none: the next
    sentence that says "The Isis fighters ..." tells whose they are, better than the place they are in. Not where the
    two sentences name two such groups, nor where the group is the act's other party. Whether it placed `a`."""
    if a.sector not in _DESCRIBED or a.entity or head is None or head.tag_ not in ("NNS", "NNPS"):
        return False
    from eventwire.knowledge.actor_where import word_kinds
    if head.lemma_.lower() in word_kinds().get("group-noun", frozenset()):
        return False              # ("terrorist groups" in general, not the people of one group)
    for c in head.children:
        if c.dep_ in ("poss", "nummod", "appos") or c.dep_ == "det" and c.lower_ not in ("the", "some"):
            return False
        if c.dep_ in ("amod", "compound", "nmod") and any(m.country or m.entity for m in ctx.mentions_at(c.idx)):
            return False          # ("Syrian jihadists", "Shabaab militants": their own phrase says whose)
    doc = sent.doc
    beside = ([doc[sent.start - 1].sent] if sent.start > 0 else []) + \
        ([doc[sent.end].sent] if sent.end < len(doc) else [])

    def groups(s) -> dict:
        found: dict = {}
        # (the sentence's mentions by the context's start index, not a pass over the document's)
        near = ctx.mentions_from(s.start_char, s.end_char) if hasattr(ctx, "mentions_from") \
            else getattr(ctx, "mentions", ()) or ()
        for m in near:
            if m.start is not None and s.start_char <= m.start < s.end_char and m.kind in _KINDS and m.entity \
                    and m.sector == "INS":
                found.setdefault(m.entity, m)
        return found

    if groups(sent):
        return False              # (its own sentence's group is actor_groups.sentence_group's)
    found: dict = {}
    for s in beside:
        found.update(groups(s))
    if len(found) != 1:
        return False
    return take_group(a, next(iter(found.values())), others, "the sentence beside it names")
