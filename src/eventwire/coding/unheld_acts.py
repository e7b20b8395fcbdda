"""Acts a sentence names only as an aim, a risk, a thing of no interest or a class's rule (issue 14 item 6,
precision: not an event), read from the parse by `coding/nonevent_uses.unasserted`:

- an aim spelled out after a colon: "Moscow and Tehran share another aim: curbing US influence in the region" (the
  parser may hang the V-ing on the verb rather than on the aim noun; `aim_after_colon`: an `aim` noun of
  data/coding/complements.tsv right before the colon);
- an act discussed as a risk: "A direct clash between Greek and Turkish forces risks a wider war" (`risked_act`: an
  event noun with "a"/"an" as the subject of a `courting` verb of data/coding/non_events.tsv in the present or
  under a modal; "the clash on Monday risked a wider war", definite, stays);
- an act no one cares for: "the White House has taken little interest in a peace settlement" (`uncared`: the
  "in" phrase of an `interest` noun of data/coding/non_events.tsv that "little" or "no" qualifies);
- part of what is imagined: "the idea of an entity ... embracing parts of Turkey" (`imagined`);
- a kind of act weighed in a comparison: "what is a greater crime than shelling schools?" (`compared_gerund`);
- a rule for any act of a kind: "any further deployments had to be approved by Washington" (`any_patient`: a
  passive whose subject "any" determines, a standing arrangement, not one approval given).

Each test returns a reason (str) or None.
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.nonevent import _is
from eventwire.coding.tables import aux_words

COLONS = frozenset({":", "\u2013", "\u2014", "-"})
INDEFINITE = frozenset({"a", "an"})
SCANT = frozenset({"little", "no", "scant", "scarcely", "hardly"})


def _aim_noun(tok) -> bool:
    from eventwire.coding.modality import _has
    return tok.pos_ == "NOUN" and (_has("N", "aim", tok.lemma_.lower()) or _has("N", "aim", tok.lower_))


def aim_after_colon(verb) -> Optional[str]:
    """ "share another aim: curbing US influence": a V-ing right after a colon (or dash) that follows an `aim` noun
    is what the aim is, not an act done, whether the parser hung it on the noun or on the noun's verb."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl", "appos", "conj", "xcomp", "ccomp", "dep"):
        return None
    first = min(t.i for t in verb.subtree)
    doc = verb.doc
    if first < 2 or doc[first - 1].text not in COLONS:
        return None
    noun = doc[first - 2]
    if not _aim_noun(noun) or noun.sent.start != verb.sent.start:
        return None
    return f"'{noun.text}: {verb.text}': the aim named, not an act done"


def risked_act(noun) -> Optional[str]:
    """ "A direct clash between Turkish and Syrian forces risks a broader war": an event noun with "a"/"an" as the
    subject of a `courting` verb (risk) told in the present or under a modal is an act discussed, not one done."""
    if noun.dep_ != "nsubj" or not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in noun.children):
        return None
    verb = noun.head
    if not _is("courting", verb):
        return None
    if _told_as_done(noun):
        return None         # ("a suicide bombing at a Kabul mosque on Friday risks derailing talks": that one was done)
    modal = any(c.dep_ == "aux" and c.lower_ in aux_words("hypothetical", "future") for c in verb.children)
    if not modal and verb.tag_ not in ("VBZ", "VBP"):
        return None
    return f"'{noun.text} ... {verb.text}': an act discussed as a risk, not one done"


_AT_PREPS = frozenset({"at", "in", "near", "on", "outside", "inside"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _told_as_done(noun) -> bool:
    """An event noun tied to one occasion: a date of its own ("on Friday", "Tuesday's bombing"), a place phrase of its
    own ("at a Kabul mosque", "in Idlib"; not "between Turkey and Syria"), a relative clause or participle telling
    what it did ("that killed 12", "carried out by ...") or an owner ("the Taliban's attack")."""
    for t in noun.subtree:
        if t.i != noun.i and t.ent_type_ in ("DATE", "TIME"):
            return True
    for c in noun.children:
        if c.dep_ in ("relcl", "acl", "poss"):
            return True
        if c.dep_ == "prep" and c.lower_ in _AT_PREPS and any(
                g.dep_ == "pobj" and any(t.ent_type_ in _PLACE_ENTS for t in g.subtree) for g in c.children):
            return True
    return False


def uncared(noun) -> Optional[str]:
    """ "has taken little interest in a political settlement": the "in" phrase of an `interest` noun that "little"
    or "no" qualifies names an act no one is after, not one done."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "in":
        return None
    owner = prep.head
    if not _is("interest", owner):
        # "taken little interest in a settlement": the parser may hang "in" on the verb whose object the noun is
        owner = next((c for c in owner.children if c.dep_ == "dobj" and _is("interest", c)), None)
        if owner is None:
            return None
    if not any(c.dep_ in ("amod", "det", "advmod") and c.lower_ in SCANT for c in owner.children):
        return None
    scant = next(c for c in owner.children if c.lower_ in SCANT)
    return f"'{scant.text} {owner.text} in {noun.text}': an act no one is after, not one done"


def compared_gerund(verb) -> Optional[str]:
    """ "What is a greater crime than shelling schools?", "there is nothing worse than bombing a hospital": a V-ing
    with no doer of its own that a comparison weighs is a kind of act judged, not one done."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "than":
        return None
    if any(c.dep_ in ("nsubj", "poss") for c in verb.children):
        return None
    return f"'than {verb.text}': a kind of act weighed, not one done"


def imagined(verb) -> Optional[str]:
    """ "the idea of a Kurdish entity stretching to the sea and potentially embracing parts of Turkey": a V-ing the
    parser hung on an `imagined` noun of data/coding/non_events.tsv (idea, vision, spectre) is part of what is
    imagined, not an act done."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "conj"):
        return None
    head = verb
    for _ in range(4):
        if head.dep_ not in ("acl", "conj") or head.head.i == head.i:
            break
        head = head.head
        if head.pos_ == "NOUN":
            break
    if head.pos_ != "NOUN" or not _is("imagined", head):
        return None
    return f"'{head.text} ... {verb.text}': part of what is imagined, not an act done"


def any_patient(cl) -> Optional[str]:
    """ "any further deployments had to be approved by Washington": a passive whose subject "any" determines tells
    a rule for acts of a kind, not one act done (the subject also that of the "have to" the passive hangs on); not
    under "will"/"would", which threatens what will befall any who do it."""
    verb = cl.pred
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None and verb.dep_ == "xcomp":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None or not any(c.dep_ == "det" and c.lower_ == "any" for c in subj.children):
        return None
    if any(c.dep_ == "aux" and c.lower_ in aux_words("future", "would") for c in verb.children):
        return None     # "any aircraft that enters our airspace will be shot down": a threat, coded as one
    return f"'any {subj.text} ... {verb.text}': a rule for any such act, not one done"
