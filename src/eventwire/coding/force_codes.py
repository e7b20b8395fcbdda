"""Which root an act of force keeps, whatever the verb: the weapon it is done with, and an aim that is itself force.

* The weapon names the root: an assault or a fight (roots 18, 19) done with, by or in a chemical or biological
  weapon ("suffocated by the chemical attack", "killed with sarin", "launched a chemical attack on the town") is the
  use of unconventional mass violence (2041). The weapons are the `wmd` words of data/lexicon/argument_kinds.tsv,
  as the noun itself or one of its modifiers ("chemical", "sarin", "poison gas"). A subject or "by" noun counts when
  it is an attack ("the chemical attack killed") or the weapon itself, a modifier joined with its head naming one
  ("sarin gas dropped from planes killed"); a relative clause the parser hangs on the place of an attack ("a
  chlorine attack on the town, which killed") is the attack's. Riot control (175) done with such a gas ("used
  mustard gas", "chlorine gas was used against them") is that use too; tear gas is none. An event noun of root 20
  that only modifies another noun ("chemical weapons experts", "chemical attack capabilities") is no act. An act of
  force whose munition (the object its lexicon row names) is filled with such a weapon ("dropped barrel bombs filled
  with chlorine") is its use; so is one done as the purpose of using such a weapon ("sarin was used to kill"), and a
  toll whose "when" clause the parser hung on the main verb after a chemical attack ("since the chemical attack on
  X, when 80 people were killed").
* An act of force tried or aimed at by an act of force is force: "airstrikes to oust the fighters" (the purpose of a
  done offensive), "jets are attempting to drive the rebels out" (an attempt being made) are fighting (the act's own
  code), not a threat (13x) -- the offensive or the attempt is the act. An aim still to come ("will launch an
  offensive to take the town", "plans to try to seize") stays an intention.
"""
from __future__ import annotations

import functools
from typing import Optional

from eventwire.coding.clause_record import CONTROL_HEADS, INTENT_HEADS
from eventwire.coding.context import modal_code, modality_codes
from eventwire.coding.tables import aux_words, coding_table
from eventwire.coding.senses import noun_kinds
from eventwire.doc_index import to_infinitive

FORCE_ROOTS = frozenset({"18", "19", "20"})
ATTEMPT_ROOTS = frozenset({"17", "18", "19", "20"})
# roots whose act, tried ("attempted to extradite", "tried to block the sale", "were trying to deliver aid", "has
# sought to drive back"), was done as far as an attempt goes: material cooperation, aid, force posture, cutting ties
# (not an agreement or a meeting: "sought to strike a deal" struck none)
MADE_ROOTS = frozenset({"06", "07", "15", "16"}) | ATTEMPT_ROOTS
_TO_COME = aux_words("future", "hypothetical")


def _words(tok) -> list[str]:
    """The noun's lemma, then its pre-modifiers alone and joined with their own modifiers ("poison gas" ->
    gas, poison-gas)."""
    out = [tok.lemma_.lower()]
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i:
            chain = sorted((t for t in c.subtree if t.dep_ in ("compound", "amod", "nmod") or t is c),
                           key=lambda t: t.i)
            out.append(c.lemma_.lower())
            out.append(c.lower_)
            out.append(c.lemma_.lower() + "-" + tok.lemma_.lower())     # "sarin gas" -> sarin-gas
            if len(chain) > 1:
                out.append("-".join(t.lemma_.lower() for t in chain))
                out.append("-".join(t.lemma_.lower() for t in chain) + "-" + tok.lemma_.lower())
    return out


def _names_weapon(lex, words: list[str], head: str) -> bool:
    """Whether the noun names a wmd weapon itself: its lemma, or a modifier joined with it ("sarin-gas")."""
    return any("wmd" in lex.word_kinds(w) for w in words if w == head or w.endswith("-" + head))


def _attack_of_place(lex, tok):
    """The attack noun a place hangs on ("a chlorine attack on the town[, which killed]", "an attack on the town of
    X[, which killed]"), or None when the noun is itself an attack or hangs on none."""
    if "violent" in lex.word_kinds(tok.lemma_.lower()):
        return None
    for _ in range(2):
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.head.pos_ != "NOUN":
            return None
        tok = tok.head.head
        if "violent" in lex.word_kinds(tok.lemma_.lower()):
            return tok
    return None


def _used_means(verb) -> list:
    """What a "to V" act was done with when it is the purpose of "use" ("sarin was used to kill", "used chlorine to
    kill", "weapons, which have been used to kill": the relative pronoun's antecedent)."""
    if verb.dep_ not in ("xcomp", "advcl") or not to_infinitive(verb):
        return []
    use = verb.head
    if use.lemma_.lower() not in USE_VERBS:
        return []
    out = []
    for c in use.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        if c.tag_ == "WDT":
            v = use
            for _ in range(3):
                if v.dep_ != "conj":
                    break
                v = v.head
            c = v.head if v.dep_ == "relcl" else None
        if c is not None:
            out.append(c)
            if c.lemma_.lower() in USE_VERBS:    # "the use of chemical weapons, which have been used to kill"
                out += [o for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"]
    return out


USE_VERBS = frozenset({"use", "employ", "deploy"})


def _attack_before(lex, verb):
    """The attack a "when" clause tells the toll of, when the parser hung the clause on the main verb instead:
    "since the chemical attack on X in Y province, when 80 people were killed" (the noun the phrase before the comma
    hangs on, through at most three prepositions; or the place the parser hung it on as a relative clause: "on the
    village near Hama, when"), or None."""
    if verb.dep_ not in ("advcl", "relcl") or not any(c.dep_ == "advmod" and c.lower_ == "when"
                                                      for c in verb.children):
        return None
    i = verb.left_edge.i - 1
    doc = verb.doc
    while i >= 0 and doc[i].is_punct:
        i -= 1
    if i < 0 or i == verb.left_edge.i - 1:
        return None                      # no comma: the clause is not set off after a phrase
    tok = verb.head if verb.dep_ == "relcl" else doc[i]     # (hung on the last place: "near Hama, when ...")
    for _ in range(4):
        if tok.pos_ == "NOUN" and "violent" in lex.word_kinds(tok.lemma_.lower()):
            return tok
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.head.pos_ not in ("NOUN", "PROPN"):
            return None
        tok = tok.head.head
    return None


def _filling(munition) -> list:
    """What a munition is filled with: the 'with' object of a participle on it ("bombs filled with chlorine")."""
    return [o for a in munition.children if a.dep_ == "acl" and a.tag_ == "VBN"
            for p in a.children if p.dep_ == "prep" and p.lower_ == "with"
            for o in p.children if o.dep_ == "pobj"]


def wmd_code(lex, cl, code: str, munition=None) -> Optional[tuple[str, str]]:
    """(2041, the weapon noun) when an act of force of roots 18/19 is done with a chemical or biological weapon, or
    riot control (175) with such a gas."""
    if code == "175":
        tok = cl.obj if cl.obj is not None else (cl.subj if cl.passive else None)
        if tok is not None and tok.pos_ == "NOUN" and _names_weapon(lex, _words(tok), tok.lemma_.lower()):
            return "2041", tok.text      # "used mustard gas", "chlorine gas was used against civilians"
        return None
    if code[:2] not in ("18", "19"):
        return None
    # (an instrument may be any weapon, "killed with chemical weapons"; elsewhere the noun is an attack, "the chemical
    # attack", or the weapon itself: "attacked the chemical weapons depots" uses none)
    subj = cl.subj
    if subj is not None and cl.subj_rule.startswith("relative clause subject") and not cl.passive \
            and (attack := _attack_of_place(lex, subj)) is not None:
        subj = attack                    # "a gas attack on the village which killed 40"
    toks = [(cl.preps.get(p), True) for p in ("with", "using")] + [(subj, False), (cl.weapon, False)] \
        + [(cl.preps.get(p), False) for p in ("by", "in")] + ([(cl.obj, False)] if not cl.passive else [])
    if cl.kind == "verb":
        toks += [(t, True) for t in _used_means(cl.pred)]
        if cl.passive and cl.subj is None and (attack := _attack_before(lex, cl.pred)) is not None:
            toks.append((attack, False))
    if munition is not None:
        # the munition the verb's lexicon row names as its object, filled with the weapon: "dropped barrel bombs
        # filled with chlorine", "fired shells loaded with sarin" (not a target: "bombed depots filled with chlorine")
        toks += [(f, True) for f in _filling(munition)]
    for tok, instrument in toks:
        if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        words = _words(tok)
        if not instrument and "wmd" not in lex.word_kinds(words[0]) and "violent" not in lex.word_kinds(words[0]) \
                and not (tok is not cl.obj and _names_weapon(lex, words, words[0])):
            continue
        if any("wmd" in lex.word_kinds(w) for w in words):
            return "2041", tok.text
    return None


def weapon_mention(cl, code: str) -> bool:
    """A mass-violence event noun (root 20) that only modifies another noun names no act: "chemical weapons
    experts", "the regime's chemical attack capabilities" are people and means, not a use of the weapons."""
    return code[:2] == "20" and cl.kind == "noun" and cl.pred.dep_ == "compound" \
        and cl.pred.head.pos_ in ("NOUN", "PROPN") and cl.pred.head.i > cl.pred.i


def _to_come(head) -> bool:
    """Whether a governing verb tells an act still to come (will/would/could, or the complement of "plan to")."""
    t = head
    for _ in range(4):
        if any(c.dep_ in ("aux", "neg") and c.lower_ in _TO_COME for c in t.children):
            return True
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in INTENT_HEADS - CONTROL_HEADS:
            return True
        if t.dep_ not in ("xcomp", "conj") or t.head is t:
            return False
        t = t.head
    return False


def _passive_without_agent(verb) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def _aux_to_come(verb) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _TO_COME for c in verb.children)


def not_intended(coder, cl, code: str) -> Optional[tuple]:
    """For an act the clause announces (cl.intent), what it is when it is no announced intention of its subject:
    (code, modality, why), (None, None, why) for no event, or None (an intention after all: 03x/13x).

    * an attempt being made (`attempt` heads of data/coding/aim_heads.tsv) at an act of coercion or force (roots
      17-20), or at an act whose intention has no code (modality_codes.tsv: roots 09-12): the act ("were trying to
      force them out", "attempted to storm the base", "are working to investigate");
    * an attempt made (`made` heads, or a `sought` head in the past: attempt_made) at an act of material
      cooperation, aid, force posture or cutting ties (MADE_ROOTS: "attempted to extradite them to the US", "tried to
      block the sale", "has sought to drive back the militants"): the act, as far as it went;
    * the purpose of a done act of force (roots 18-20; the governor Predicates._purpose_governor finds:
      "carried out airstrikes to oust the fighters"): the act of force; not the purpose of an act only threatened,
      vowed or planned ("threatened an offensive to crush the militia": the threat's content, 138);
    * a course weighed (`weigh` heads: "is considering sending aid to X", "weighing imposing sanctions on X"): a
      policy option considered (014), with the act's own target;
    * force posture offered (`offer` heads: "offered to send troops to X"): an intention to cooperate militarily
      (0312), no threat;
    * a present "X is to V" (`announced` heads: "the ministry is to suspend cooperation with X", "Norway is to cut
      its aid") of an act a decision performs (a `decreed` code): the decision is taken, the act coded;
    * a `forced` head in a passive with no agent, to come ("we will be forced to release them"): the forcing is
      nobody's act (no event) and the act forced is the subject's warning (130);
    * legal action (173) its patient is to undergo, in a passive with no agent ("will be charged with murder",
      "to be formally charged"): the announced legal step (173), not a threat of repression."""
    if cl.negated or cl.hypothetical:
        return None
    heads = aim_heads()
    verb = cl.pred
    if cl.kind == "verb" and verb.lemma_.lower() in heads["forced"] and _passive_without_agent(verb) \
            and cl.intent_head is None:
        return None, None, f"'{verb.text}' with no agent, to come: a circumstance, nobody's act"
    gov = verb.head if cl.kind == "verb" and verb.dep_ == "xcomp" else None
    if gov is not None and gov.lemma_.lower() in heads["forced"] and _passive_without_agent(gov) \
            and _aux_to_come(gov):
        return "130", "intent", f"forced to act ('{gov.text} to {verb.text}'), to come: a warning -> 130"
    if code.startswith("173") and cl.kind == "verb" and _passive_without_agent(verb) and cl.intent_head is None:
        return code, "intent", f"legal action its patient is to undergo ('{verb.text}'): an announced step"
    head = cl.intent_head
    if head is not None and head.lemma_.lower() in heads["decree"] and decreed(code) \
            and not (head.pos_ in ("VERB", "AUX") and _to_come(head)):
        return code, "asserted", f"decided ('{head.text} to {verb.text}'): an act the decision performs"
    if head is None and cl.kind == "verb" and decreed(code) and declared_own(coder, cl, heads["declared"]):
        # ("Santos declared Colombia would quit the pact": the decision made known leaves it, not a threat)
        return code, "asserted", f"announced ('{verb.head.text} ... {verb.text}'): a decision taken, the act done"
    if head is not None and head.lemma_.lower() in heads["weigh"] and verb.dep_ == "xcomp" and verb.head.i == head.i:
        return "014", "asserted", f"a course weighed ('{head.text} {verb.text}'): a policy option considered, 014"
    if head is not None and head.lemma_.lower() in heads["offer"] and code[:2] == "15" and not cl.negated:
        return "0312", "intent", f"troops offered ('{head.text} to {verb.text}'): an intention to cooperate militarily"
    if head is not None and head.lemma_.lower() in heads["announced"] and head.tag_ in ("VBZ", "VBP") \
            and decreed(code) and verb.dep_ == "xcomp" and verb.head.i == head.i and cl.subj is not None \
            and any(c.dep_ == "nsubj" and c.i == cl.subj.i for c in head.children) \
            and "actor" in noun_kinds(coder, cl.subj):
        # (the one who is to act is the subject of "be": not "the first step is to cut ties", "X's plan is to")
        return code, "asserted", f"decided ('{head.text} to {verb.text}'): an act the decision performs"
    if head is not None and head.pos_ == "NOUN" and head.lemma_.lower() in heads["decree"] \
            and code[:2] in FORCE_ROOTS and decided_in_past(head):
        # ("his decision last week to launch strikes", "the 2003 decision to invade": the attack decided was made)
        return code, "asserted", f"a decision of force dated in the past ('{head.text} to {verb.text}'): the act"
    if head is None or head.pos_ not in ("VERB", "AUX") or _to_come(head):
        return None
    if code[:2] in ATTEMPT_ROOTS and head.lemma_.lower() in heads["attempt"]:
        return code, "asserted", f"an attempt being made ('{head.text}'): the act is done"
    if code[:2] in MADE_ROOTS and attempt_made(verb, head, heads):
        return code, "asserted", f"an attempt made ('{head.text}'): the act, as far as it went"
    if head.lemma_.lower() in heads["attempt"] and modal_code("intent", code) is None:
        # "police were trying to establish who had carried it out": an act no intention code names (09-12) is under way
        return code, "asserted", f"an attempt being made ('{head.text}') at an act with no intention code: the act"
    gov = coder._purpose_governor(verb, cl) if code[:2] in FORCE_ROOTS else None
    if gov is not None and gov.i == head.i and head.lemma_.lower() not in INTENT_HEADS - CONTROL_HEADS:
        # ("threatened an offensive to crush X", "vowed a campaign to retake X": the offensive threatened is not done)
        return code, "asserted", f"the aim of a done act of force ('{head.text}'): force"
    if gov is not None and head.dep_ == "advcl" and head.head.i == gov.i and gov.lemma_.lower() not in INTENT_HEADS \
            and gov.tag_ in ("VBD", "VBZ", "VBP", "VBN") and not _to_come(gov) \
            and not any(c.dep_ == "neg" for c in gov.children):
        # ("launched the assault, aiming to force X out": the participle's aim is the done offensive's own)
        return code, "asserted", f"the aim of a done act of force ('{gov.text}', '{head.text} to'): force"
    return None


def declared_own(coder, cl, declaring) -> bool:
    """Whether the clause is the will/would "that" clause of a verb of announcing (aim_heads.tsv `declared`) told as
    done, not negated, whose subject is the announcer's own side: the announcer itself, a pronoun, or a name of the
    announcer's state ("Duterte announced the Philippines would quit the court"; not "will announce", nor "the
    minister announced that Iran would leave the deal")."""
    verb = cl.pred
    gov = verb.head
    if verb.dep_ != "ccomp" or gov.lemma_.lower() not in declaring or gov.tag_ not in ("VBD", "VBZ", "VBP", "VBN") \
            or _to_come(gov) or any(c.dep_ == "neg" for c in gov.children) \
            or not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in verb.children):
        return False
    speaker = next((c for c in gov.children if c.dep_ == "nsubj"), None)
    subj = cl.subj
    if speaker is None or subj is None:
        return False
    if speaker.i == subj.i or subj.lower_ in ("it", "we", "they"):
        return True                 # ("Norway announced it would cut ties")
    return _same_state(coder, speaker, subj)


def _phrase_homes(coder, tok) -> set:
    """The countries of the known actors a noun phrase names (its head and the words before it)."""
    words = [t for t in tok.subtree if t.i <= tok.i]
    text = tok.doc[words[0].i:tok.i + 1].text if words else tok.text
    kb = getattr(coder, "kb", None)
    if kb is None:
        return set()
    date = getattr(getattr(coder, "ctx", None), "date", None)
    return {h for a in kb.find(text, date) if (h := a.home())}


def _same_state(coder, speaker, subj) -> bool:
    homes = _phrase_homes(coder, speaker)
    return bool(homes) and homes == _phrase_homes(coder, subj)


_PAST_TIME_MODS = frozenset({"last", "earlier", "ago", "previous", "past"})


def decided_in_past(noun) -> bool:
    """Whether a decision noun is dated in the past by its own modifiers: a year before it ("the 2003 decision"), a
    time phrase after it ("decision last week", "the decision earlier this year", "a decision two years ago"), or an
    "in" year ("the decision in 2015 to ..."). A decision to use force so dated was carried out; one not dated
    ("the decision to attack", "will take a decision to attack") stays an intention."""
    for c in noun.children:
        if c.dep_ in ("nummod", "compound") and c.tag_ == "CD" and c.i < noun.i and len(c.text) == 4 \
                and c.text[:2] in ("19", "20"):
            return True
        if c.dep_ in ("npadvmod", "advmod") and c.i > noun.i and any(
                x.lower_ in _PAST_TIME_MODS for x in c.subtree):
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pobj" and g.tag_ == "CD" and len(g.text) == 4 and g.text[:2] in ("19", "20")
                for g in c.children):
            return True
    return False


def attempt_made(verb, head, heads) -> bool:
    """Whether an intention head tells an attempt made or being made at `verb`, not one still to come: a `made` head
    of aim_heads.tsv in the past, the present or a participle ("attempted to", "tried to", "tries to", "were trying
    to"; not "to try to", "must try to"), or a `sought` head in the past ("has sought to", "sought to"; "seeks to" is
    an aim); `verb` its own "to V" complement, or one coordinated with it ("tried to arm and train"), with no object
    of the head between ("sought Russia's backing to conduct", "tried to extract a pledge to halt": what was sought
    is the backing or the pledge)."""
    top = verb
    while top.dep_ == "conj" and top.head.i != head.i:
        top = top.head
    if top.dep_ != "xcomp" or top.head.i != head.i or any(c.dep_ == "dobj" for c in head.children) \
            or verb.tag_ != top.tag_:
        # (a gerund hung on a "to V" is no act coordinated with it: "sought to limit its aims to two: defeating X")
        return False
    lemma = head.lemma_.lower()
    if lemma in heads["made"]:
        return head.tag_ in ("VBD", "VBN", "VBG", "VBZ", "VBP")
    return lemma in heads["sought"] and head.tag_ in ("VBD", "VBN")


def decreed(code: str) -> bool:
    """Whether a decision performs the act itself: a `decreed` row of data/coding/modality_codes.tsv for its code
    or root (recognition, administrative sanctions, leaving a deal)."""
    table = modality_codes()
    return ("decreed", code) in table or ("decreed", code[:3]) in table or ("decreed", code[:2]) in table


def unnamed_forcing(cl) -> bool:
    """Whether a clause is a `forced` head of aim_heads.tsv in a passive with no agent and a "to V" of its own
    ("Norway was obliged to pull out its troops", "they were forced to flee"): nobody is named forcing anything (no
    demand, no coercion); the act forced is coded by itself. (To come, not_intended makes it a warning. A "by" phrase
    below it may name the one who forced: "were forced to undergo searches by the militia" stays coercion.)"""
    verb = cl.pred
    return cl.kind == "verb" and not cl.intent and verb.lemma_.lower() in aim_heads()["forced"] \
        and _passive_without_agent(verb) and any(c.dep_ == "xcomp" for c in verb.children) \
        and not any(_by_phrase(x) for x in verb.children if x.dep_ == "xcomp")


def _by_phrase(act) -> bool:
    """Whether the forced act, or its object, has a "by" phrase ("to undergo searches by the Asayish")."""
    heads = [act] + [c for c in act.children if c.dep_ == "dobj"]
    return any(c.dep_ in ("agent", "prep") and c.lower_ == "by" for h in heads for c in h.children)


@functools.cache
def aim_heads() -> dict:
    """{kind: lemmas} from data/coding/aim_heads.tsv (attempt, made, sought, forced, decree, announced, weigh, offer,
    declared, signal, posture)."""
    out: dict = {"attempt": set(), "forced": set(), "decree": set(), "made": set(), "sought": set(), "announced": set(),
                 "weigh": set(), "offer": set(), "declared": set(), "signal": set(),
                 "posture": set()}
    for lemma, kind, *_ in coding_table("aim_heads.tsv"):
        out.setdefault(kind, set()).add(lemma.lower())
    return {k: frozenset(v) for k, v in out.items()}
