"""Acts a sentence mentions without asserting them (issue 14, precision: rows that are not events).

Each test reads the parse around the clause's predicate and returns a reason (str) or None; `unasserted(cl, code,
lex)` asks them in turn (coding/clause_gate.py, beside `nonevent.unasserted` and coding/figures.py). Words:
data/coding/mentioned_acts.tsv.

* `retracted`: the act of a promise, threat or plan (`commitment`) that is taken back: "stepped back from his promise
  to fire missiles at Syria", "withdrew its threat to cut gas supplies", "reneged on its pledge to send troops" (the
  object of a `retract` verb, or the "from"/"on" phrase of a `back-off` verb with "back"/"down"/"away" or of a
  `bare-back-off` verb; the taking back asserted: "did not abandon its plan to attack", "may drop", "refused to back
  down from" keep the act's intention). The back-down itself is coded by the lexicon ("backed down", 080); the act taken back is
  no new threat or intention.
* `polled`: an act inside what an opinion poll finds people think: "polling shows only 22% of the public support
  strikes against Syria" (a `poll` noun as the subject of the verb whose clause holds the act, or the noun the act
  hangs on, with an `opinion` word before the act in that clause, or the act that word is: "55% back airstrikes" is
  no one's endorsement either). A survey's finding of acts done ("a survey found
  that 40% had been tortured") has no opinion word and stays.
* `compared`: an act named as the standard of a comparison: "as premature as Bush's claim of victory in 2003",
  "similar to Russia's annexation of Crimea", "reminiscent of the 2003 invasion" (the noun, or a clause on it, in the
  "as" phrase of "as ADJ as", or the "to"/"of" phrase of a `likeness` adjective). A simile, not a report.
* `named_agreement`: an agreement noun used as the name of a known agreement: "critics of the Iran deal", "the
  Oslo accords", "the 'Minsk agreement'" (a definite agreement noun of data/lexicon/argument_kinds.tsv with a proper
  name before it, no parties of its own, "with"/"between", and no verb of making it). No signing is told.
* `rule_content`: what a law, resolution or rule says, not an act of its makers: "a UN resolution permitting
  cross-border aid", "amendments to the statute reinforce prohibitions on landmines" (a participle on a `rule` or
  `proposal` noun of data/coding/complements.tsv, or a present-tense verb whose subject is such a noun or its
  "to"/"of" phrase), for acts of cooperation, aid, easing, cutting or restricting (roots 06-08, 16, 17: a rule's
  demands stay its makers' words, "the resolution demands a ceasefire"); a rule made in the sentence ("parliament passed a law banning protests": an `enacting` verb
  over the noun) is left to the other rules.
* `otherwise`: the consequence of an alternative not taken: "if the west forces Iran out, the regime will fall;
  otherwise, it is a war between Nato and Russia" ("otherwise" set off by punctuation on the clause or the copula its
  noun completes, after an "if"/"unless" clause; not with a first-person subject, "if you stay, otherwise we will
  attack you", a threat; not "had otherwise launched", in other respects, nor "convert, otherwise they will be
  killed", a threat that sets no condition).
* `lodging` (asked by coding/coder.py once the sources are known): a shelter given by a business or a school, "a
  housing corporation which sheltered the family at a subsidised rate", "schools harbouring refugees", is lodging, not
  asylum granted (075 whose sources are all of a `lodging` sector).
* `childhood_move`: a visit or arrival made as a child: "a rapper of Iraqi origin who arrived in Germany aged eight",
  "moved to Canada as a boy", "came to Britain at the age of 15" (CAMEO 042-044 with an `age` word and an age under
  18, or "as a" `childhood` noun, in the verb's clause or right after it; "the president, aged 71, arrived" stays): a private life event, not a state's visit.
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.tables import kind_sets

VISIT_CODES = ("042", "043", "044")
CONDITION_MARKS = frozenset({"if", "unless", "whether", "lest"})
FIRST_PERSON = frozenset({"i", "we"})
PARTY_PREPS = frozenset({"with", "between", "among", "amongst"})
# what a rule's text does: cooperation, aid, easing, cutting ties, restrictions ("a resolution permitting aid", "the
# statute bans"); a rule's demands or statements ("the resolution demands a ceasefire") stay its makers' words
RULE_ROOTS = ("06", "07", "08", "16", "17")
COMPARED_PREPS = {"to": "likeness", "of": "likeness", "with": "likeness"}


def _w(kind: str) -> frozenset:
    return kind_sets("mentioned_acts.tsv").get(kind, frozenset())


def _is(kind: str, tok) -> bool:
    w = _w(kind)
    return tok.lemma_.lower() in w or tok.lower_ in w


def _up(tok, steps: int = 5):
    """The token and its heads, up to `steps` of them (not past the root)."""
    out = [tok]
    for _ in range(steps):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        out.append(tok)
    return out


# --- retracted --------------------------------------------------------------------------------------------------

def _taken_back(noun) -> Optional[str]:
    """The words that take back a `commitment` noun, or None."""
    head = noun.head
    if noun.dep_ == "dobj" and _is("retract", head):
        return head.text
    if noun.dep_ != "pobj" or head.lower_ not in ("from", "on"):
        return None
    verb = head.head
    if verb.pos_ == "ADV" and _is("back-off-adverb", verb):     # "stepped back from": "from" hangs on "back"
        if _is("back-off", verb.head):
            return f"{verb.head.text} {verb.text} {head.text}"
        return None
    if _is("bare-back-off", verb):
        return f"{verb.text} {head.text}"
    if _is("back-off", verb) and any(c.dep_ in ("prt", "advmod") and _is("back-off-adverb", c) for c in verb.children):
        return f"{verb.text} ... {head.text}"
    return None


def _retraction_asserted(noun) -> bool:
    """Whether the verb that takes the commitment back does so: not negated, modal, conditional, asked for or refused
    ("did not abandon its plan", "may drop the threat", "if he drops the plan", "refused to back down from", "urged
    him to withdraw the offer", "without abandoning"); "after Lima withdrew its plan to ...", "accused of backtracking
    on plans to ..." do."""
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    if verb.pos_ == "ADV":
        verb = verb.head
    for t in (verb, verb.head if verb.dep_ == "conj" else verb):
        if t.dep_ == "xcomp" or (t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS
                                                            for c in t.children)) \
                or (t.dep_ == "pcomp" and t.head.lower_ in ("without", "against", "instead")) or any(
                c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") or c.lower_ in ("never", "not")
                for c in t.children):
            return False
    return True


def retracted(cl) -> Optional[str]:
    for tok in _up(cl.pred, 4):
        if tok.pos_ == "NOUN" and _is("commitment", tok):
            words = _taken_back(tok)
            if words and _retraction_asserted(tok):
                return f"'{words} ... {tok.text}': a {tok.lemma_} taken back, its act is no new act"
            if tok.i != cl.pred.i:
                return None          # the nearest commitment decides ("withdrew the offer of a plan to ...")
    return None


# --- polled -----------------------------------------------------------------------------------------------------

def polled(cl) -> Optional[str]:
    pred = cl.pred
    for tok in _up(pred, 5)[1:]:
        if _is("poll", tok) and tok.pos_ in ("NOUN", "PROPN"):
            finding = tok
        elif any(c.dep_ in ("nsubj", "nsubjpass") and _is("poll", c) for c in tok.children):
            finding = tok
        else:
            continue
        span = [t for t in finding.subtree if t.i <= pred.i]
        if any(_is("opinion", t) for t in span):
            return f"'{finding.text} ... {pred.text}': an opinion a poll finds, not an act"
        return None
    return None


# --- compared ---------------------------------------------------------------------------------------------------

def _standard(tok) -> Optional[str]:
    """The comparison whose standard `tok` (a pobj) is: "as premature as X", "similar to X", else None."""
    if tok.dep_ != "pobj":
        return None
    prep, adj = tok.head, tok.head.head
    if prep.lower_ == "as" and adj.pos_ in ("ADJ", "ADV") \
            and any(c.dep_ == "advmod" and c.lower_ in ("as", "so") and c.i < adj.i for c in adj.children):
        return f"as {adj.text} as"
    if prep.lower_ in COMPARED_PREPS and adj.pos_ == "ADJ" and _is("likeness", adj):
        return f"{adj.text} {prep.text}"
    return None


def compared(cl) -> Optional[str]:
    for tok in _up(cl.pred, 4):
        words = _standard(tok)
        if words:
            return f"'{words} ... {cl.pred.text}': the standard of a comparison, not an act told"
        if tok.dep_ in ("ROOT", "ccomp") or tok.pos_ == "VERB" and tok.i != cl.pred.i:
            return None
    return None


# --- named_agreement --------------------------------------------------------------------------------------------

def _quoted(tok) -> bool:
    doc = tok.doc
    after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
    return after in ("\u201d", '"', "'", "\u2019") and any(
        t.text in ("\u201c", '"', "\u2018") for t in doc[max(0, tok.i - 4):tok.i])


def named_agreement(cl, lex) -> Optional[str]:
    noun = cl.pred
    if cl.kind != "noun" or cl.light_verb is not None or noun.pos_ != "NOUN" \
            or "agreement" not in lex.word_kinds(noun.lemma_.lower()):
        return None
    kids = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return None
    if any(c.dep_ == "prep" and c.lower_ in PARTY_PREPS for c in kids) or any(c.dep_ == "poss" for c in kids):
        return None
    if noun.dep_ in ("dobj", "nsubjpass") and _is("enacting", noun.head):
        return None
    name = next((c for c in kids if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i), None)
    if name is None and not _quoted(noun):
        return None
    return f"'the {name.text + ' ' if name is not None else ''}{noun.text}': the name of a known agreement, no signing told"


# --- rule_content -----------------------------------------------------------------------------------------------

def _rule_noun(tok) -> bool:
    from eventwire.coding.unasserted import proposed_text
    return tok.pos_ == "NOUN" and proposed_text(tok)


def _enacted(noun) -> bool:
    return noun.dep_ in ("dobj", "nsubjpass", "pobj") and _is("enacting", noun.head if noun.dep_ != "pobj" else noun.head.head)


def rule_content(cl, code: str) -> Optional[str]:
    pred = cl.pred
    if cl.kind != "verb" or not code or code[:2] not in RULE_ROOTS:
        return None
    if pred.dep_ == "acl" and pred.tag_ == "VBG" and _rule_noun(pred.head) and not _enacted(pred.head):
        return f"'{pred.head.text} {pred.text}': what a rule says, not an act of its makers"
    if pred.tag_ not in ("VBZ", "VBP") or cl.passive or any(c.dep_ in ("aux", "auxpass") for c in pred.children):
        return None
    subj = next((c for c in pred.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    rule = subj if _rule_noun(subj) else next(
        (g for p in subj.children if p.dep_ == "prep" and p.lower_ in ("to", "of")
         for g in p.children if g.dep_ == "pobj" and _rule_noun(g)), None)
    if rule is None:
        return None
    return f"'{subj.text} ... {pred.text}': what a rule says, not an act of its makers"


# --- otherwise --------------------------------------------------------------------------------------------------

def _alternative(mark) -> bool:
    """Whether "otherwise" opens the other branch of a condition the sentence sets before it: set off by punctuation
    ("...; otherwise, it is a war") after an "if"/"unless" clause ("had otherwise launched two assaults", in other
    respects, and "convert, otherwise they will be killed", a threat with no condition told, are not)."""
    doc = mark.doc
    sent = mark.sent
    if mark.i > sent.start and not doc[mark.i - 1].is_punct:
        return False
    return any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in doc[sent.start:mark.i])


def otherwise(cl) -> Optional[str]:
    for tok in _up(cl.pred, 2):
        if tok.pos_ in ("VERB", "AUX"):
            mark = next((c for c in tok.children if c.dep_ == "advmod" and c.lower_ == "otherwise" and c.i < tok.i),
                        None)
            if mark is None or not _alternative(mark):
                return None
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lower_ in FIRST_PERSON:
                return None          # "otherwise we will attack you": a threat, left to the modality rules
            return f"'otherwise ... {cl.pred.text}': the consequence of an alternative not taken, not an act"
        if tok.dep_ not in ("attr", "acomp", "dobj"):
            return None
    return None


# --- childhood_move ---------------------------------------------------------------------------------------------

NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                "sixteen seventeen").split()


def _child_age(tok) -> bool:
    """Whether `tok` is an age under 18 ("six", "15"): a child's."""
    if tok is None:
        return False
    if tok.text.isdigit():
        return int(tok.text) < 18
    return tok.lower_ in NUMBER_WORDS


def _age_mark(verb) -> Optional[str]:
    """ "aged eight", "at the age of 15", "as a boy" in the verb's clause or right after it (the parser often hangs
    "aged six" on the person's noun), or None."""
    doc = verb.doc
    end = min(len(doc), verb.right_edge.i + 4)
    for t in doc[verb.i + 1:end]:
        if t.i > verb.right_edge.i and t.is_punct:
            break
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.lower_ == "aged" and _is("age", t) and _child_age(nxt):
            return f"{t.text} {nxt.text}"
        if t.lower_ == "age" and _is("age", t) and t.i >= 2 and doc[t.i - 2].lower_ == "at" and nxt is not None \
                and nxt.lower_ == "of" and t.i + 2 < len(doc) and _child_age(doc[t.i + 2]):
            return f"at the {t.text} of {doc[t.i + 2].text}"
        if t.lower_ == "as" and nxt is not None and nxt.lower_ in ("a", "an") and t.i + 2 < len(doc) \
                and _is("childhood", doc[t.i + 2]):
            return f"as {nxt.text} {doc[t.i + 2].text}"
    return None


def childhood_move(cl, code: str) -> Optional[str]:
    if cl.kind != "verb" or not code or code[:3] not in VISIT_CODES:
        return None
    mark = _age_mark(cl.pred)
    if mark:
        return f"'{cl.pred.text} ... {mark}': a move made as a child, a private life event"
    return None


def lodging(code: str, sources) -> Optional[str]:
    """ "a housing corporation which sheltered the family at a subsidised rent", "schools harbouring refugees": a
    shelter given by a business or a school (all the sources of `lodging` sectors) is lodging, not asylum a state or
    an international body grants (CAMEO 075). Asked once the sources are known (coding/coder.py)."""
    if not code.startswith("075") or not sources:
        return None
    if all(a.sector and a.sector[:3] in _w("lodging") for a in sources):
        return f"shelter given by '{sources[0].text}' ({sources[0].sector}): lodging, not asylum granted"
    return None


def unasserted(cl, code: str, lex) -> Optional[str]:
    """Why the clause `cl`, read with CAMEO `code`, mentions an act it does not assert (the module doc), or None."""
    return (retracted(cl) or polled(cl) or compared(cl) or named_agreement(cl, lex) or rule_content(cl, code)
            or otherwise(cl) or childhood_move(cl, code))
