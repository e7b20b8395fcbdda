"""One event per act across an article: a later telling of an act already coded is a mention of it, not a new event.

coding/acts.py makes the mentions of one act inside a sentence one event where the parse hangs one on the other
("shelled the village, killing 12"). coding/incidents.py then links the acts of a document that belong to one
incident, each link with its reason. This stage, run after it, folds the events of an incident that tell the
same act into one event:

- which events may be one act: the incident linked the later one to it as told together in its sentence ("the
  same act told again in its sentence") or by a definite mention ("'the strikes' refers back to it"), not one of
  violence that goes on over time ("the fight", "the war", "the offensive": data/coding/nouns.tsv `ongoing`); an
  event that joined its incident only for sharing its actors and place is no telling of the same act (two strikes
  by one air force on one town are two events);
- their codes agree: the same code, or one the other's generic parent (190 and 195, 182 and 1822), or the harm
  done (a generic 180, 190, 200 whose lexicon lemma is a `harm` word of data/coding/attack_cues.tsv: "killed",
  "wounded") with an act of force that harms by its nature (a bombing, a killing, an assassination, fighting, mass
  violence: "bombed the base" ... "seven soldiers were killed": the bombing killed them); "kidnapped and killed",
  "tortured and murdered" (1822, 1823) stay two;
- their sides do not disagree: on each side the codes are the same, or one is empty, or one refines the other
  ("TUR" and "TURMIL", "GOV" and "IRQGOV"), or one is only a number of victims ("attacked Kurdish fighters,
  killing 12": the 12 are no other side), and the event they make is no event of an actor on itself;
- the same modality (an asserted and a reported act may be one; an attempt, a threat or a denial is not the act);
- the same time: no year or month the text gives for one that the other's date is outside of, nor one told as
  going on now and the other as done ("the children who are dying at this moment in the raids" is no later
  telling of "civilians were indeed killed"; a present perfect, "have been killed in the strike", may be); and two acts of
  one sentence are near in its parse (at most three steps: "arrested and charged", "hit by a Turkish airstrike"),
  not told in clauses far apart, in a clause on a noun that is no act ("the towns it seized have been
  retaken") or in a clause of another time ("retook the town after being pushed back"); two coordinated verbs
  with an object each, or a subject each, are two acts ("sent armoured columns and deployed tanks", "farmers
  clashed near the village and armed groups fired on a patrol"), unless one is the harm done.

The event kept is the best attributed (most sides with a code), the first on a tie. It takes an empty side (or
one that is only a number of victims, or a target taken only from the place acted on) from the other mention (the
actor's ``why`` says from which sentence and words), the more specific code, per count type the larger toll of the
two (a later mention repeats or updates a toll; it does not add to it), a place when it has none; a mention in its
own sentence widens its evidence to span both (as coding/acts.py does). The other mention is kept on it
(``Event.mentions``: sentence, evidence, code, actors, counts, and the incident's reason for the link), so nothing
said is lost and each fold is explained.
``Incident.events`` then lists the events kept.
"""
from __future__ import annotations

import dataclasses

from eventwire.coding.acts import ACT_PREPS
from eventwire.coding.context import load_attack_cues, noun_classes
from eventwire.model import Event

GENERIC = frozenset({"180", "190", "200"})
# acts of force that harm by their nature (bombing, killing, assassination, fighting, mass violence); not abduction,
# torture or a human shield, which are acts of their own beside a killing
HARMFUL = ("183", "1823", "185", "186", "19", "20")
SAME_SENTENCE = "the same act told again in its sentence"
REFERS_BACK = "refers back to it"
TOLD = frozenset({"asserted", "reported"})
NEAR = 3          # parse steps between two triggers of one sentence that tell one act
PRESENT_BE = frozenset({"am", "is", "are", "'re", "'s"})


def _ongoing(link: str) -> bool:
    """Whether a definite mention ("'the fight' refers back to it") names violence that goes on over time."""
    parts = link.split("'")
    if len(parts) < 3 or not parts[1].split():
        return False
    word = parts[1].split()[-1].lower()
    ongoing = noun_classes().get("ongoing", frozenset())
    return word in ongoing or (word.endswith("s") and word[:-1] in ongoing)


def _root_generic(code: str) -> bool:
    return len(code) == 2 or (len(code) == 3 and code.endswith("0"))


def _harm(e: Event) -> bool:
    """Whether an event's act is the harm it did: its lexicon entry's lemma is a harm word of
    data/coding/attack_cues.tsv ("killed", "wounded", "injured")."""
    lemma = (e.pattern or "").split(".", 1)[-1].split("-", 1)[0].lower()
    return bool(lemma) and lemma in load_attack_cues().get("harm", frozenset())


def codes_agree(a: str, b: str, harm_a: bool = False, harm_b: bool = False) -> bool:
    """Whether two CAMEO codes can name one act (see the module doc); ``harm_a``/``harm_b``: the act with that
    code is the harm done ("killed", "wounded")."""
    a, b = a or "", b or ""
    if not a or not b:
        return False
    if a == b or a.startswith(b) or b.startswith(a):
        return True
    if a[:2] == b[:2] and (_root_generic(a) or _root_generic(b)):
        return True
    # "bombed the base" ... "seven were killed": the killing is the bombing's; not "kidnapped and killed"
    return (a in GENERIC and harm_a and b.startswith(HARMFUL)) or (b in GENERIC and harm_b and a.startswith(HARMFUL))


def _specific(a: str, b: str) -> str:
    """The more specific of two agreeing codes (a on a tie)."""
    if a in GENERIC and b not in GENERIC:
        return b
    if b.startswith(a) and len(b) > len(a):
        return b
    return a


def _numbers(a) -> bool:
    """Whether an actor is only a number of victims ("killing 12": coding/roles.py gives them a civilian code)."""
    return a is not None and bool(a.why) and a.why.startswith(f"'{a.text}': a number of people")


def _actor_agree(x, y) -> bool:
    a, b = (x.code if x is not None else None), (y.code if y is not None else None)
    if not a or not b or a == b or _numbers(x) or _numbers(y):
        return True
    if a.startswith(b) or b.startswith(a):          # "TUR" and "TURMIL"
        return True
    # a bare sector ("GOV") and a country's ("IRQGOV")
    return (len(a) == 3 and b.endswith(a)) or (len(b) == 3 and a.endswith(b))


def _fuller(x, y) -> bool:
    """Whether actor x names the party y names, and more of it: its country and sector ("USAGOV" for "USA", "the
    Jordanian foreign ministry" for "Jordan"), or the country of a bare sector ("IRQGOV" for "GOV")."""
    if x is None or y is None or not x.code or not y.code or x.code == y.code or _numbers(x) or _numbers(y):
        return False
    return (x.code.startswith(y.code) and len(y.code) >= 3) or (len(y.code) == 3 and x.code.endswith(y.code)
                                                               and y.country is None)


def _place_only(actor) -> bool:
    """A target taken only from the place an act was done to or in (coder._place_held): "Deir Ezzor" in "launched an
    assault in Deir Ezzor, targeting the army's airport" yields to the party the other mention names."""
    return actor is not None and "the place acted on" in (actor.why or "")


def _side(keep: Event, other: Event, side: str):
    mine, theirs = getattr(keep, side), getattr(other, side)
    if mine is None or not mine.code or ((_numbers(mine) or _place_only(mine)) and theirs is not None and theirs.code
                                         and not _numbers(theirs) and not _place_only(theirs)):
        return theirs
    return mine


def _same_time(a: Event, b: Event) -> bool:
    """Whether two acts' dates may be one time: a year or a month the text gives that the other's date is not in
    ("when Turkey shot down a Russian jet in 2016" is not this week's strikes)."""
    if not a.date or not b.date or a.date == b.date:
        return True
    n = min(len(a.date), len(b.date))
    return n >= 10 or a.date[:n] == b.date[:n]


def _aspect(tok) -> str | None:
    """The time a verb's clause tells its act in: "now" for a present progressive ("are being killed", "is
    shelling"), "past" for a past tense ("killed", "were killed", "did get killed", "had been carried out", "were
    being killed"), None otherwise (a present perfect, "have killed", may tell a past act again; a noun; a present)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
        return "past"
    if any(a.lower_ in PRESENT_BE and a.tag_ in ("VBP", "VBZ") for a in aux) and (
            tok.tag_ == "VBG" or any(a.lower_ == "being" for a in aux)):
        return "now"
    return None


def _same_aspect(sdoc, a: Event, b: Event) -> bool:
    """Whether two acts are not told as of two times: one going on now ("the villagers who are being shot right now
    by the gunmen") is no act already done ("some farmers did get hurt")."""
    if sdoc is None or a.trigger_token is None or b.trigger_token is None:
        return True
    return {_aspect(sdoc[a.trigger_token]), _aspect(sdoc[b.trigger_token])} != {"now", "past"}


def _near(sdoc, a: Event, b: Event, act_noun) -> bool:
    """Whether two triggers of one sentence tell one act in its parse: at most NEAR steps apart ("arrested and
    charged", "hit by a Turkish airstrike", "the invasion that started a war"), not acts told in clauses far apart
    ("alarmed by a Rwandan push that ... doubting the coalition fighting the M23"), nor one in a clause on a
    noun that is no act ("the land it conquered has been recaptured", "forces fighting on behalf of X"; but "the
    clashes that followed the incursion have killed dozens") or in a clause of another time ("regained ground
    after being driven out"). ``act_noun(token)``: whether a noun names an act."""
    if sdoc is None or a.trigger_token is None or b.trigger_token is None:
        return True
    x, y = sdoc[a.trigger_token], sdoc[b.trigger_token]
    up_x, up_y = [x] + list(x.ancestors), [y] + list(y.ancestors)
    at = {t.i: k for k, t in enumerate(up_x)}
    k = next((k for k, t in enumerate(up_y) if t.i in at), None)
    if k is None or at[up_y[k].i] + k > NEAR:
        return False
    ends = {x.i, y.i}
    for t in up_x[:at[up_y[k].i]] + up_y[:k]:
        if t.dep_ in ("relcl", "acl") and t.head.i not in ends and not act_noun(t.head):
            return False
        if t.dep_ == "pcomp" and t.head.lower_ not in ACT_PREPS:
            return False
    return True


def _own_objects(sdoc, a: Event, b: Event) -> bool:
    """Whether two coordinated verbs each act on an object of their own ("sent armoured columns ... and deployed
    tanks", "ousted Isis from the towns and limited the YPG's expansion") or each has a doer or undergoer of its own
    ("one man was arrested on Friday and another was arrested on Monday", "families clashed in the camp and gunmen
    opened fire on a patrol"): two acts."""
    if sdoc is None or a.trigger_token is None or b.trigger_token is None:
        return False
    x, y = sdoc[a.trigger_token], sdoc[b.trigger_token]
    if not ((x.dep_ == "conj" and x.head.i == y.i) or (y.dep_ == "conj" and y.head.i == x.i)):
        return False
    return any(all(any(c.dep_ in deps for c in t.children) for t in (x, y))
               for deps in (("dobj",), ("nsubj", "nsubjpass")))


def _one_act(keep: Event, e: Event, sdoc=None, act_noun=None) -> bool:
    if not codes_agree(keep.cameo, e.cameo, _harm(keep), _harm(e)):
        return False
    if not _same_time(keep, e) or not _same_aspect(sdoc, keep, e):
        return False
    if keep.sentence == e.sentence and not _near(sdoc, keep, e, act_noun or (lambda tok: False)):
        return False
    # "killed 12 and wounded 30" is one act (coding/acts.py); "sent columns and deployed tanks", "one man was
    # arrested on Friday and another on Monday" are two
    if keep.sentence == e.sentence and not (_harm(keep) or _harm(e)) and _own_objects(sdoc, keep, e):
        return False
    if keep.modality != e.modality and not (keep.modality in TOLD and e.modality in TOLD):
        return False
    if not (_actor_agree(keep.source, e.source) and _actor_agree(keep.target, e.target)):
        return False
    s, t = _side(keep, e, "source"), _side(keep, e, "target")
    return not (s is not None and t is not None and s.code and s.code == t.code)


def _sides(e: Event) -> int:
    return sum(1 if _numbers(a) else 2 for a in (e.source, e.target) if a is not None and a.code)


def _toll(counts, typ) -> int:
    return sum(int(c.value or 0) for c in counts if c.type == typ)


def mention_record(e: Event, link: str) -> dict:
    """What is kept of a mention folded into another event (its JSON shape, ``Event.mentions``)."""
    def actor(a):
        return None if a is None else {"code": a.code, "text": a.text, "start": a.start, "end": a.end}
    return {"sentence": e.sentence,
            "evidence": {"text": e.trigger_text, "start": e.trigger_start, "end": e.trigger_end},
            "cameo": e.cameo, "source": actor(e.source), "target": actor(e.target), "modality": e.modality,
            "counts": [c.to_dict() for c in e.counts], "rule": e.rule, "link": link}


def _fold(keep: Event, e: Event, link: str, text: str) -> None:
    """Make ``e`` a mention of ``keep`` (see the module doc)."""
    said = f"the mention of the same act in sentence {e.sentence} ('{e.trigger_text}')"
    for side in ("source", "target"):
        mine, theirs = getattr(keep, side), getattr(e, side)
        # (a target taken only from the place acted on yields to the party the other mention names)
        if (mine is None or not mine.code or (_numbers(mine) and not _numbers(theirs))
                or (_place_only(mine) and not _numbers(theirs) and not _place_only(theirs))
                or _fuller(theirs, mine)) and theirs is not None and theirs.code:
            why = (theirs.why + "; " if theirs.why else "") + f"taken from {said}"
            setattr(keep, side, dataclasses.replace(theirs, why=why))
    keep.rule = (keep.rule + "; " if keep.rule else "") + f"one act with {said}"
    code = _specific(keep.cameo, e.cameo)
    if code != keep.cameo:
        keep.rule += f", its code {code} (not {keep.cameo})"
        keep.cameo, keep.plover_type, keep.plover_mode = e.cameo, e.plover_type, e.plover_mode
        keep.goldstein, keep.quad_class, keep.pattern = e.goldstein, e.quad_class, e.pattern
    for typ in dict.fromkeys(c.type for c in e.counts):
        if _toll(e.counts, typ) > _toll(keep.counts, typ):
            keep.counts = [c for c in keep.counts if c.type != typ] + [c for c in e.counts if c.type == typ]
    if keep.location is None and e.location is not None:
        keep.location = e.location
    keep.confidence = max(keep.confidence, e.confidence)
    if e.sentence == keep.sentence and keep.sentence_text is not None and text:
        # as for the mentions of one act merged in its sentence (coding/acts.py): the evidence spans them
        keep.trigger_start = min(keep.trigger_start, e.trigger_start)
        keep.trigger_end = max(keep.trigger_end, e.trigger_end)
        keep.trigger_text = text[keep.trigger_start:keep.trigger_end]
    keep.mentions.append(mention_record(e, link))
    keep.mentions.extend(e.mentions)
    e.mentions = []


def fold_mentions(events: list[Event], incidents: list, text: str = "", sdoc=None, act_noun=None) -> list[Event]:
    """The events of a document with each act told again folded into one event (see the module doc); the
    incidents' event lists are renumbered to the events returned. ``text``: the document's text (for the evidence
    of mentions folded in one sentence); ``sdoc``: its parse; ``act_noun(token)``: whether a noun names an act
    (as for link_incidents)."""
    if not incidents:
        return events
    folded: set[int] = set()
    for inc in incidents:
        acts: list[list] = []            # [index of the kept event, sentences it and its mentions are in]
        for k, i in enumerate(inc.events):
            e, link = events[i], inc.why[k] if k < len(inc.why) else ""
            if link == SAME_SENTENCE:
                cands = [a for a in acts if e.sentence in a[1]]
            elif link.endswith(REFERS_BACK) and not _ongoing(link):
                cands = [a for a in acts if max(a[1]) < e.sentence]
            else:
                cands = []
            cands.sort(key=lambda a: max(a[1]), reverse=True)          # the latest first
            act = next((a for a in cands if _one_act(events[a[0]], e, sdoc, act_noun)), None)
            if act is None:
                acts.append([i, {e.sentence}])
                continue
            keep_i = act[0]
            keep = events[keep_i]
            if _sides(e) > _sides(keep):          # the better attributed mention is the event
                _fold(e, keep, inc.why[inc.events.index(keep_i)], text)
                act[0] = i
                folded.add(keep_i)
            else:
                _fold(keep, e, link, text)
                folded.add(i)
            act[1].add(e.sentence)
    return drop_folded(events, folded, incidents)


def drop_folded(events: list[Event], folded: set, incidents=()) -> list[Event]:
    """The events less the `folded` indexes, with each incident's event indexes renumbered (its reasons kept)."""
    if not folded:
        return events
    new_index: dict[int, int] = {}
    out: list[Event] = []
    for i, e in enumerate(events):
        if i not in folded:
            new_index[i] = len(out)
            out.append(e)
    for inc in incidents or ():
        n = len(inc.events)
        kept = [(new_index[i], w) for i, w in zip(inc.events, inc.why[:n]) if i in new_index]
        inc.events = [i for i, _ in kept]
        inc.why = [w for _, w in kept] + inc.why[n:]
    return out
