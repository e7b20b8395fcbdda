"""The kind of a clausal complement a verb's sense depends on (slot `clause`, finite: "warned that ..."; slot `inf`,
infinitive: "refused to ...", or else a purpose "to V": "raided the flat to arrest"), read for coding/senses.py
(`argument_slots`; docs/DATA.md "Argument senses").

Its verb's lemma (the last of a chain of "to" verbs: "intended to advance" -> advance) and one kind:
`threat` (an act of force, roots 13 and 15-20 or a `violent` verb of argument_kinds.tsv such as "respond", to
come: will/would/could or an intention head, not passive; or the speaker's side branding people outcasts,
"warned it would treat those who join the militia as traitors": coding/branded.py),
`withholding` (an act the lexicon codes, negated and to come: "will not end the strike" in a warning),
`deed` (an act the lexicon codes, done or being done: "is delivering missiles", "were trying to force"),
`repression` (with `threat`: coercion to come under a condition, said by an official, "warned there may be arrests
if ...": coding/warned_repression.py),
`prospect` (anything else: an outcome, a state, a harm suffered: "could cause a catastrophe", "could be killed");
besides its kind, a whether/if clause to come (will, would, should, must, or "whether to V") is an `option`, a
course someone weighs: "studying whether Norway should keep funding", "weighing whether to send".
"""
from __future__ import annotations

from eventwire.coding.tables import aux_words
from eventwire.coding.pledged_force import answer_only, furthering_only
from eventwire.coding.risked_force import courts_own_force
from eventwire.coding.red_line import crossed_line
from eventwire.coding.branded import brands_outcasts
from eventwire.coding.warned_repression import repression_warned
from eventwire.coding.clause_record import CONTROL_HEADS, INTENT_HEADS, NEG_WORDS, OBLIGATION_AUX

_TO_COME = aux_words("future", "hypothetical")
_INTENDING = (INTENT_HEADS - CONTROL_HEADS) | {"go"}
_FORCE_ROOTS = frozenset({"13", "15", "17", "18", "19", "20"})
_QUERY_WORDS = frozenset({"why", "how", "what", "who"})


def _chain(verb):
    """The verb and its chain of "to" complements ("intended to advance", "were trying to force")."""
    out = [verb]
    while len(out) < 4:
        nxt = next((c for c in out[-1].children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if nxt is None:
            break
        out.append(nxt)
    return out


def _existential_force(coder, be) -> bool:
    """Whether an existential "there will/may be N" under the words of a state's official names an act of coercion
    as its N ("the senator warned there may be arrests if ..."): an act to come that the speaker's own state would
    do. Not an attack or a death ("warned there could be more attacks" is a forecast of others' acts), nor the
    words of someone with no office."""
    if be.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in be.children) or be.dep_ != "ccomp":
        return False
    speaker = next((c for c in be.head.children if c.dep_ == "nsubj"), None)
    from eventwire.coding.senses import noun_kinds
    if speaker is None or not noun_kinds(coder, speaker) & {"state", "police"}:
        return False
    for n in (c for c in be.children if c.dep_ in ("attr", "nsubj") and c.pos_ == "NOUN"):
        name = coder.event_noun(n) if hasattr(coder, "event_noun") else None
        hits = coder.lex.match_noun(name, frozenset()) if name else []
        if hits and hits[0].cameo[:2] == "17":
            return True
    return False


def clause_kinds(coder, verb) -> tuple[str, frozenset]:
    """(lemma, kinds) of a clausal complement headed by `verb`."""
    from eventwire.coding.clauses import verb_clause

    chain = _chain(verb)
    last = chain[-1]
    auxes = [c for t in chain for c in t.children if c.dep_ in ("aux", "auxpass", "neg")]
    if verb.dep_ == "conj" and not any(c.dep_ in ("aux", "nsubj") for c in verb.children):
        # a coordinated verb shares the auxiliaries of the one it follows ("will treat them as traitors and punish")
        auxes += [c for c in verb.head.children if c.dep_ in ("aux", "neg")]
    # (an intention head makes the act one to come; "try", "attempt" say it was tried: "were trying to force")
    to_come = any(a.lower_ in _TO_COME for a in auxes) or any(t.lemma_.lower() in _INTENDING for t in chain[:-1]) \
        or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _INTENDING)   # "vowed to respond": to come
    negated = any(a.lower_ in NEG_WORDS for a in auxes) or any(
        c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children) for t in chain for c in t.children)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in last.children)
    root = None
    for t in reversed(chain):
        lem = t.lemma_.lower()
        if not coder.lex.is_event_verb(lem):
            continue
        cl = verb_clause(t)
        hit = coder.lex.match_verb(lem, cl.particle, cl.obj_lemma, frozenset(cl.preps))
        if hit:
            root = hit[0].root
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children)
            break
    if not negated and not passive and to_come and (root in _FORCE_ROOTS or "violent" in coder.lex.word_kinds(
            last.lemma_.lower()) and not answer_only(coder, last)
            and not furthering_only(coder, last)):   # ("would respond", "will retaliate"; not
        #   "would respond to the demand": coding/pledged_force.py)
        kind = "threat"
    elif not negated and (_force_at_hand(coder, last) or courts_own_force(coder, last)):
        kind = "threat"                 # "warned that an armed campaign against the ELN is close", "that the junta
        #                                 risked a confrontation with the Thai army" (coding/risked_force.py)
    elif not negated and brands_outcasts(coder, last):
        kind = "threat"                 # "warned it would treat those who join the militia as traitors" (branded.py)
    elif not negated and to_come and _existential_force(coder, last):
        kind = "threat"                 # "warned there will be arrests if the protesters block the road"
    elif not negated and to_come and crossed_line(coder, last):
        kind = "threat"                 # "vowed that any use of gas would cross a red line" (coding/red_line.py)
    elif root is not None and negated and not passive and to_come:
        kind = "withholding"            # "will not end the strike", "will no longer tolerate rallies"
    elif root is not None and not negated and not to_come:
        kind = "deed"
    else:
        kind = "prospect"
    kinds = {kind}
    if repression_warned(coder, verb, to_come, negated):
        kinds = {"threat", "repression"}   # "warned there may be arrests if ..." (coding/warned_repression.py)
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children) and (
            to_come or any(a.lower_ in OBLIGATION_AUX or (a.lower_ == "to" and a.dep_ == "aux") for a in auxes)):
        kinds.add("option")             # a course open to choose: "studying whether Norway should keep funding"
    if verb.dep_ == "ccomp" and not to_come and not any(a.lower_ in OBLIGATION_AUX for a in auxes) \
            and not any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in verb.children) \
            and not any(t.tag_ in ("WDT", "WP", "WRB") for t in verb.children):
        kinds.add("finding")            # a thing stated as so: "agreed that the regime had a pattern of ..."
    if verb.dep_ == "ccomp" and any(t.tag_ in ("WP", "WRB") and t.lower_ in _QUERY_WORDS
                                    for t in verb.subtree if t.i < verb.i):
        kinds.add("query")              # a wh-question asked of someone: "questioned why no evidence was shared"
    return last.lemma_.lower(), frozenset(kinds)


def _force_at_hand(coder, verb) -> bool:
    """Whether a clause tells the speaker's own act of force at hand: "be" with a `violent` subject of
    argument_kinds.tsv and an `imminent` word, the act named as of the speaker's country ("Putin cautioned that a
    Russian offensive against the rebels is close"; not charities cautioning that "a raid is imminent")."""
    if verb.lemma_.lower() != "be" or verb.dep_ != "ccomp":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    comp = next((c for c in verb.children if c.dep_ in ("acomp", "advmod", "attr") and c.i > verb.i), None)
    if subj is None or comp is None or "violent" not in coder.lex.word_kinds(subj.lemma_.lower()) \
            or "imminent" not in coder.lex.word_kinds(comp.lemma_.lower()):
        return False
    from eventwire.coding.senses import _gpe_actor, _phrase_actor
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    whose = [c for c in subj.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < subj.i]
    if speaker is None or not whose:
        return False
    mine = getattr(_phrase_actor(coder, speaker) or _gpe_actor(coder, speaker), "country", None)
    return mine is not None and any(getattr(_gpe_actor(coder, c) or coder.kb.resolve_phrase(c.text, 0, None, ()),
                                            "country", None) == mine for c in whose)
