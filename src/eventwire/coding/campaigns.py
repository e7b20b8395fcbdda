"""A campaign is a party only when it runs for office (issue 14, wrong source / wrong target).

"campaign" is a sector word (data/actors/sectors.tsv: PTY, for "the Trump campaign said") and a wrapper noun of acts
(data/coding/nouns.tsv). Outside an election it names an act, never a political party: "the bombing campaign killed
dozens", "a campaign of airstrikes", "Ankara's campaign against the militia", "the Afrin campaign". Such a campaign
stands for whoever runs it: its owner (possessor, "by" phrase, actor modifier: noun_args.noun_agent), the doer of the
act its "of" phrase names ("a campaign of airstrikes by Russian jets"), or, for a definite "the campaign" that names
none, the owner an earlier mention of it in the story named (act_args.story_doer); else nobody. A place before it
("the Afrin campaign", "the Mosul campaign") says where it was, not who ran it.

A campaign is one for office when a word of nouns.tsv class `electoral` modifies it ("the election campaign", "his
presidential campaign", "the leadership campaign"), or a person's name or "his"/"her" owns it ("the Clinton
campaign", "her campaign"): then the sector word reads as before.
"""
from __future__ import annotations

from eventwire.coding.context import noun_classes

_CLASSES = noun_classes()
# nouns that are a sector word and an act at once ("campaign"): a party's only for office
PARTY_ACTS = _CLASSES.get("party-act", frozenset())
ELECTORAL = _CLASSES.get("electoral", frozenset())
PERSON_POSSESSIVES = frozenset({"his", "her"})
PLACE_KINDS = frozenset({"place", "city", "region", "admin1", "town"})


def for_office(h) -> bool:
    """Whether the campaign noun `h` runs for office: an `electoral` word among its modifiers or in its "for"
    phrase ("the campaign for the presidency"), or a person owns it by name or by "his"/"her"."""
    for c in h.children:
        if c.i < h.i and c.dep_ in ("amod", "compound", "nmod", "poss"):
            if any(t.lower_ in ELECTORAL or t.lemma_.lower() in ELECTORAL for t in c.subtree):
                return True
            if c.dep_ == "poss" and c.lower_ in PERSON_POSSESSIVES:
                return True
            if c.ent_type_ == "PERSON":
                return True
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                t.lower_ in ELECTORAL or t.lemma_.lower() in ELECTORAL for t in c.subtree):
            return True
    return False


def act_campaign(h) -> bool:
    """Whether the noun token `h` is a `party-act` noun ("campaign") that names an act, not a party running for
    office."""
    return h.pos_ == "NOUN" and (h.lemma_.lower() in PARTY_ACTS or h.lower_ in PARTY_ACTS) and not for_office(h)


def campaign_doers(h, resolve, event_noun) -> list | None:
    """The actors a campaign that names an act (`act_campaign`) stands for, or None where `h` is no such campaign.
    `resolve(tok)`: the actors of a token in the caller's role; `event_noun(tok)`: the lexicon entry of an event
    noun or None. Its owner, else the doer of the act its "of" phrase names, else, for a definite "the campaign",
    the owner the story named before (act_args.story_doer); a place that only says where it was is no owner; [] where
    none is named: no actor, and never the sector its word names."""
    from eventwire.coding.act_args import act_doer, story_doer

    if not act_campaign(h):
        return None
    doer, how = act_doer(h), "owner"
    if doer is None:
        of = next((c for c in h.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        act = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if act is not None and act.pos_ == "NOUN" and event_noun(act) is not None:
            doer, how = act_doer(act), f"doer of its '{act.text}'"
    if doer is None:
        doer, how = story_doer(h, event_noun), "owner named before in the story"
        if doer is not None and act_campaign(doer.head) is False and doer.head.lemma_.lower() in PARTY_ACTS:
            return []          # (the story's earlier campaign ran for office: not this one's owner)
    if doer is None:
        return []
    read = [a for a in resolve(doer) if a is not None and a.code]
    if any(_runs_for_office(a) for a in read) or (not read and how == "owner" and doer.pos_ == "PROPN"
                                                  and doer.ent_type_ not in ("GPE", "LOC", "FAC")):
        return None            # "the Trump campaign", "Clinton's campaign": a person's or a party's, for office; or
        #                        an owner by a name the lists do not know ("the Greens' campaign"): as before
    got = [a for a in read if not _place_only(doer, a)]
    if how.startswith("owner named before") and (agent := _passive_agent(h)) is not None \
            and {a.code for a in got} & {a.code for a in resolve(agent) if a is not None and a.code}:
        return []              # "the campaign is backed by the coalition": its backer here, whatever the story said
    why = f" ({how}, standing for the {h.lower_} '{h.text}', an act that runs for no office)"
    return [_with_why(a, why) for a in got]


def _passive_agent(h):
    """The "by" agent of the passive verb whose subject `h` is ("the campaign is backed by X": X), or None."""
    if h.dep_ != "nsubjpass":
        return None
    by = next((c for c in h.head.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _runs_for_office(a) -> bool:
    """Whether the owner `a` of a campaign is a person or a party, whose campaign is one for office."""
    return a.kind in ("person", "party") or a.sector == "PTY"


def _place_only(tok, a) -> bool:
    """Whether the actor `a` read from the owner token `tok` is only a place ("the Afrin campaign"): a proper noun
    modifier, not a demonym, whose actor is a place below a country or a country with no sector of its own read
    from a place name the gazetteer knows below country level."""
    if tok.dep_ not in ("compound", "nmod") or tok.ent_type_ == "NORP":
        return False
    return (a.kind or "") in PLACE_KINDS or (a.kind in ("country", "capital") and a.name is not None
                                             and a.text is not None and a.name != a.text
                                             and a.kind != "capital" and tok.text not in (a.name or ""))


def _with_why(a, why):
    from dataclasses import replace
    return replace(a, why=(a.why or "") + why)
