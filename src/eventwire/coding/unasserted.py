"""Acts a clause names in a frame that asserts none (issue 14, "not an event"), read by coding/modality.py at each
step up a clause's chain of governors (`relative_frame`, `listed_object`) and for event nouns (`made_outcome`,
`hypothetical_above`):

- a relative clause on "nobody"/"no N" whose subject the noun is ("nobody who met the commander could bring a camera",
  "no country that sent troops has withdrawn them"): said of no one in particular;
- a relative clause on "times"/"occasions" opened by "when" ("a history of seizing tankers at times when Gulf
  ministers meet"): a habit;
- a relative clause with "would"/"will"/a modal on a `rule` or `proposal` noun ("a stopgap bill that will keep the
  clinics funded"): what a text would do;
- a relative clause in the present on an indefinite noun a modal "be" names ("peace will be a deal between the
  powers, where Riyadh agrees with Tehran on the ports"): what the thing pictured would hold (`pictured_noun`);
- an "including V-ing" the parser hung on the verb of an `irrealis` or `intent` object ("the police have powers to
  deal with suspects, including searching their homes");
- an event noun that "make" makes `outcome` ("makes renewed fighting all but certain"): a forecast;
- an indefinite act noun under a hypothetical through a subjectless gerund or "to V" ("would have no problem holding
  off an incursion");
- an act arranged with "be to V" ("a summit is to be held in Nairobi next month", "the two men are to be tried",
  "the talks were to open on Monday"): set for a time to come, announced, not done (`arranged`).

Word lists: data/coding/complements.tsv (`rule`, `proposal`, `outcome`, `irrealis`, `intent`).
"""
from __future__ import annotations

from typing import Optional
from eventwire.coding.tables import aux_words
from eventwire.doc_index import to_infinitive

NEG_HEADS = frozenset({"nobody", "noone", "no-one", "none"})
RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})   # the relative clause's subject is the noun it is on
# the auxiliaries by which a proposed text's relative clause tells what it would do
TEXT_AUX = aux_words("modal")     # (data/coding/auxiliaries.tsv)


# subjects of "be to V" that say what something is, not what is arranged ("what is to be done", "it is to be hoped")
UNARRANGED_SUBJECTS = frozenset({"it", "this", "that", "what", "which", "there"})
# the words that open a clause of an open question ("how the Kurds are to be protected")
OPEN_WORDS = frozenset({"how", "whether", "when", "where", "if"})


def arranged(tok, head, subj) -> Optional[str]:
    """Why an act told as "X is to V" ("a summit is to be held next month", "he is to be tried", "was to meet") is
    arranged for a time to come, not done; None when the frame is not that one (`head` the finite "be" that governs
    the "to V" complement `tok`, `subj` its subject; the nouns that make the complement an aim or an intention,
    "the plan is to attack", are read before this)."""
    if tok.dep_ != "xcomp" or head.lemma_.lower() != "be" or head.tag_ not in ("VBZ", "VBP", "VBD") or subj is None:
        return None
    if subj.lower_ in UNARRANGED_SUBJECTS or any(c.dep_ in ("attr", "acomp") for c in head.children):
        return None          # ("the first to condemn it was X", "it is to be hoped"): no act arranged
    if _m()._has("N", "stance", subj.lemma_.lower()):
        return None          # "the US position was to demand a halt": what a stance holds (complements.tsv stance)
    if not to_infinitive(tok):
        return None
    return f"'{subj.text} {head.text} to {tok.text}': arranged for a time to come, not done"


def open_arrangement(head) -> bool:
    """ "an agreement on how the Kurds are to be protected": a "be to V" under "how", "when", "whether": an open
    question about what is to be arranged, not even an intention."""
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in OPEN_WORDS and c.i < head.i
               for t in (head, *[c for c in head.children if c.dep_ == "xcomp"]) for c in t.children) \
        or head.left_edge.lower_ in OPEN_WORDS


def _m():
    from eventwire.coding import modality
    return modality


def relative_frame(tok, head, own: bool) -> Optional[tuple[str, object]]:
    """(why, governing token) when a relative clause `tok` on `head` names no act done (the module doc), else None;
    `own` says `tok` is the predicate itself (not a governor reached on the way up)."""
    if own and (head.lower_ in NEG_HEADS or any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)) \
            and all(c.lower_ in RELATIVE_SUBJECTS for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")):
        # "nobody who met the commander could bring a camera", "no country that sent troops has withdrawn them"
        named = head.text if head.lower_ not in NEG_HEADS else ""
        return f"'no {named} ... {tok.text}': said of no one in particular, not an act done", tok
    if head.lemma_.lower() in ("time", "occasion") and head.tag_ == "NNS" \
            and any(c.dep_ == "advmod" and c.lower_ == "when" for c in tok.children):
        # "has a history of seizing tankers at times when Gulf ministers meet": a habit, no act in particular
        return f"'{head.text} when ... {tok.text}': a habit, not an act done", head
    if head.pos_ == "NOUN" and proposed_text(head) and any(c.dep_ == "aux" and c.lower_ in TEXT_AUX
                                                           for c in tok.children):
        # "a bill that would ban the party", "a stopgap bill that will keep the clinics funded"
        return f"'{head.text} that ... {tok.text}': what a proposed text would do, not an act done", head
    if (pictured := pictured_noun(tok, head)) is not None:
        return f"'{pictured[1].text} {pictured[0].text} ... {tok.text}': what a supposed {pictured[0].text} would " \
               f"hold, not an act done", pictured[1]
    return None


def pictured_noun(tok, head):
    """(noun, modal) when a relative clause in the present with no auxiliary of its own hangs on an indefinite noun
    (or a noun in its phrase) that a modal "be" names ("peace will be a deal between the powers, where Riyadh
    agrees with Tehran on ...", "the answer would be a pact in which Moscow withdraws"): what the thing pictured
    would hold, not an act done; None otherwise."""
    if tok.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return None
    noun, indefinite = head, False
    for _ in range(4):
        indefinite = indefinite or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        if not (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN"):
            break
        noun = noun.head.head
    be = noun.head if noun.dep_ == "attr" else noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
        else None                        # "will be a deal", "will be in the form of a deal"
    if not indefinite or be is None or be.lemma_.lower() != "be":
        return None
    modal = next((c for c in be.children if c.dep_ == "aux" and c.lower_ in TEXT_AUX), None)
    return (noun, modal) if modal is not None else None


def proposed_text(noun) -> bool:
    """Whether a noun names a law, a rule or a proposed text (`rule` and `proposal` nouns: "the bill", "a measure")."""
    return any(_m()._has("N", kind, w) for kind in ("rule", "proposal") for w in (noun.lemma_.lower(), noun.lower_))


def listed_object(prep):
    """The `irrealis` or `intent` object of the verb an "including"/"such as" phrase hangs on, when the list after a
    comma is that object's ("the police have powers to deal with suspects, including searching their homes":
    the parser hangs "including" on "have"); None otherwise."""
    if prep.lower_ not in ("including", "like") and not (prep.lower_ == "as" and prep.i > 0
                                                          and prep.doc[prep.i - 1].lower_ == "such"):
        return None
    verb = prep.head
    if not _m()._verbal(verb):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i and c.pos_ == "NOUN"), None)
    return obj if obj is not None and _m()._noun_kind(obj, verbal=True) is not None else None


def made_outcome(noun):
    """The `outcome` adjective after an event noun that "make" has as its object ("makes renewed fighting all but
    certain", "made another war likely"), however the parser hung it; None when there is none."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() != "make":
        return None
    inside = {t.i for t in noun.subtree}
    return next((t for t in verb.subtree if t.i > noun.i and t.i not in inside and t.pos_ == "ADJ"
                 and _m()._has("A", "outcome", t.lower_)), None)


def hypothetical_above(verb):
    """The conditional or modal verb a subjectless "to V" or V-ing governs an act noun's verb through ("would have no
    problem holding off an incursion", "if they are forced to pick between an offensive and exile"), or None."""
    tok = verb
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return None
        if tok.dep_ == "xcomp":
            tok = tok.head
        elif tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "dobj" and _m()._verbal(tok.head.head):
            tok = tok.head.head           # "have no problem holding off": the gerund on the object of "have"
        else:
            return None
        if _m()._hypothetical(tok):
            return tok
    return None
