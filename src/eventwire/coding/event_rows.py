"""The last step of the coder: the rows of one act.

An act with no actor at all is kept aside (violence and protest only); otherwise each dyad becomes an Event with
its trigger, sentence, rule, modality and a confidence from what was found.
"""
from __future__ import annotations

from eventwire.coding.context import CROWD_NOUNS, FIGURATIVE_NOUNS, OBJECT_PRONOUNS
from eventwire.coding.reciprocal import one_word_for_two
from eventwire.coding.among_themselves import IN_SIDE_WHY
from eventwire.coding.proposal_author import member_body
from eventwire.knowledge.coref_bound import bound_to
from eventwire.model import Actor, Event


def _distinct_parties(s: Actor, t: Actor) -> bool:
    """Whether a source and a target with one code are two parties, not one acting on itself: two different known
    actors ("Sunak sacked Braverman"); or a known group and a sector-only side of its country that names no one ("Syrian
    rebels resent the YPG"), or a known person or group and a ministry named as a seat of power ("Hunt was working with
    DfID"), or a body of several members and a person ("the cabinet backed May's warning"). Not a known
    person and a bare sector of the same state ("Assad praised the government")."""
    if (t.why or "").startswith(IN_SIDE_WHY):
        return True       # "the factions accused each other": a side's members, one on another (among_themselves.py)
    if s.entity and t.entity:
        return s.entity != t.entity
    named, other = (s, t) if s.entity else (t, s) if t.entity else (None, None)
    if named is None:
        return False
    if (other.why or "").startswith("seat of power "):
        return True
    if member_body(named, other):
        return True       # "the cabinet backed the prime minister's warning" (coding/proposal_author.py)
    return named.kind != "person" and other.kind in ("sector", "country") and other.sector is not None


def unattributed_kept(coder, cl, code: str, info, events: list, sent_i: int, ctx) -> bool:
    """An act with no actor on either side: kept (for Result.unattributed, never a row of the output) only for
    violence and protest, and only as the sentence's main act or with a toll."""
    # no actor at all: only violence and protest, and only as the sentence's main act or with a toll; such an
    # act is no event of the output (issue 14: a researcher counts every row), the pipeline keeps it
    # aside in Result.unattributed
    if int(info.quad_class or 0) < 4 and not code.startswith("14"):
        return False
    if cl.anchor is not None and cl.pred.lemma_.lower() in FIGURATIVE_NOUNS and not ctx.has_count(sent_i):
        return False      # "a fight broke out in the stands", "a war of words erupted" (no toll, no actor)
    anchor = cl.anchor_token
    # (", killing the official" after an attack coded in its governing clause is that attack's toll)
    # (or one the parser hung on that act's object: "invaded three villages, killing ...")
    governors = {anchor.head.i} if anchor.dep_ == "advcl" else \
        {a.i for a in anchor.ancestors} if anchor.dep_ == "acl" and "participle after" in cl.subj_rule else set()
    toll_of_act = code[:2] in ("18", "19", "20") and anchor.tag_ == "VBG" \
        and any(getattr(e, "trigger_token", None) in governors and (e.quad_class or 0) == 4
                for e in events)
    # ("the thousands who have marched through the capital": a crowd that protested, in a relative clause)
    crowd_protest = code[:2] == "14" and anchor.dep_ == "relcl" and cl.subj is not None \
        and cl.subj.i == anchor.head.i and (cl.subj.lemma_.lower() in CROWD_NOUNS or cl.subj.like_num) \
        and coder._tensed(anchor)
    if coder._clause_depth(anchor) > 0 and not ctx.has_count(sent_i) and not toll_of_act and not crowd_protest \
            and not (code[:2] in ("17", "18", "19", "20") and coder._tensed(anchor)):
        return False
    return True


def add_rows(coder, cl, entry, code: str, info, rule: str, modality: str, sources: list, targets: list, pairs,
             fallback: bool, events: list, sent, sent_i: int, ctx) -> None:
    """One event per dyad (the reciprocal pairs, or each source with each target), appended to `events`: no
    self-directed dyad, a confidence from what was found, the trigger, the rule and the modality."""
    wants_target = entry.target != "none"
    start, end = cl.trigger_span
    depth = coder._clause_depth(cl.anchor_token)
    base = 0.5
    if not pairs:       # ("backed the government and the rebels respectively": in order, coding/respectively.py)
        from eventwire.coding.respectively import respective_pairs
        pairs = respective_pairs(cl, sources or [], targets or [])
    for s, t in (pairs or [(s, t) for s in (sources or [None]) for t in (targets or [None])]):
        if s is not None and t is not None:
            if ("coreference" in (t.why or "") and (t.text or "").lower() in OBJECT_PRONOUNS
                    and ((s.entity and s.entity == t.entity) or s.code == t.code)) \
                    or (s.start is not None and s.start == t.start and cl.rule.startswith("verb misread")):
                # "Hezbollah had captured them": a plain object pronoun is not the subject itself;
                # in a misread verb ("militants detonate[NN] bombs") the subject inside the object phrase is none
                if any(e.trigger_start == start and e.source is s for e in events):
                    continue
                t = None
            elif s.start is not None and s.start == t.start and len(targets) == 1 and cl.passive \
                    and int(code[:2]) >= 14:
                # "the sites targeted by the air force": the target phrase, read with its participle,
                # named the agent; an act of protest or force stands, with no target ("the claims made by
                # the government" is no accusation)
                t = None
            elif (s.entity and s.entity == t.entity) or (s.start is not None and s.start == t.start
                                                          and not one_word_for_two(pairs, s, t)) or \
                    (s.code == t.code and (s.text or "").lower() == (t.text or "").lower()) \
                    or bound_to(t, s):
                continue          # (also "women are freeing themselves": done to oneself, no dyad)
            if t is not None and s.code == t.code and not _distinct_parties(s, t):
                # two different actors with one code ("herders" and "farmers", both AGR):
                # keep the act, but not a coder-directed dyad (two different known actors, "Sunak sacked
                # Braverman", are two parties of one government: the dyad stands)
                if any(e.trigger_start == start and e.source is s and e.target is None for e in events):
                    continue
                t = None
        conf = base
        conf += 0.2 if s is not None and s.code else 0.0
        conf += (0.2 if t is not None and t.code else 0.0) if wants_target else 0.15
        conf += 0.05 if (entry.object or entry.prep not in (None, "-", "")) else 0.0
        conf -= 0.06 * depth       # the sentence's main act beats one in a relative or adverbial clause
        conf -= 0.08 if code.startswith("01") else 0.0   # a bare statement is rarely the story
        conf -= 0.05 if modality == "reported" else 0.0
        conf -= 0.05 if cl.kind == "noun" and cl.light_verb is None and cl.anchor is None else 0.0
        conf -= 0.05 if fallback else 0.0
        events.append(Event(
            source=s, target=t, cameo=code, plover_type=info.plover_type, plover_mode=info.plover_mode,
            goldstein=info.goldstein, quad_class=info.quad_class, sentence=sent_i,
            trigger_text=ctx.text[start:end], trigger_start=start, trigger_end=end,
            confidence=max(0.05, min(conf, 0.99)), pattern=entry.id,
            rule=f"{rule}; subject by {cl.subj_rule or 'none'}", modality=modality,
            sentence_text=ctx.text[sent.start_char:sent.end_char].strip()))
        events[-1].trigger_token = cl.anchor_token.i
        events[-1].act_tokens = tuple({cl.anchor_token.i, cl.pred.i}
                                      | ({cl.light_verb.i} if cl.light_verb is not None else set()))
        if cl.purpose and not cl.intent and cl.governor is not None:
            events[-1].purpose_of = cl.governor.i
        if modality == "intent" and cl.intent_head is not None:
            events[-1].intent_of = cl.intent_head.i
