"""Acts that sit inside something not done (issue 14, precision): the scope an act is read in, beyond its own
governor.

coding/modality.py (`status`) reads what an act's own governor says of it: "urged Iraq to withdraw", "the ability
to strike", "sent troops to fight". This stage climbs further, through the chain of clauses, objects and
prepositional phrases above the act, and drops an act that is part of what a higher word does not assert:

- part of what was asked for, wished, risked or averted, one or more steps up ("had begged the envoy to press the
  militias to start talks": the talks are part of what was begged for; "warned the militia not to count on American
  protection": the protection, a bare noun, is part of the warning);
- part of a hypothetical: under a verb with "would", "could", "must" ... reached through a complement clause, a
  subordinate clause of time or condition, or a preposition ("must use its influence to get Washington to lift the
  sanctions", "hopes that Washington would abandon the militia once the war came to an end");
- what an aim, danger or interest names ("risks escalating the conflict", "some interest in repatriating them"):
  a `danger`, `wanted` or `aim` noun of data/coding/complements.tsv;
- an act feared, reached through a noun of danger ("left open to the danger of a Greek raid"), or the object of a
  verb of a state of mind ("fearing attacks by Boko Haram": `_in_mind`);
- an act stopped: a "no longer" above it ("no longer wanted to fund the rebels");
- a consequence still to come: anything below a verb of causing (non_events.tsv `consequence`) with "could",
  "might", "would" or "will" ("could lead to the president, X, reaching a deal": `_consequence`);
- what is argued or called for: the "for V-ing" of an `advocate` verb ("argued for arming the Kurds", "called for
  lifting the siege"), and a V-ing the parser hung on that verb after its "for" phrase, a further item of the list
  ("calls for heavier weapons for the rebels, disarming the militias and striking Iranian bases");
- what a refusal to confirm or deny leaves open: anything below a `withheld` verb that a `refusing` verb governs, or
  below a `refusing` verb with such a complement (the parser often hangs the content there), or in the relative
  clause of its object ("refused to deny the group is planning to attack", "declined to confirm reports that he had
  been killed": `_withheld`).

Anything below the verb of a clause of condition ("if", "unless", "lest") is part of the condition: `_in_condition`.

A relative clause on an indefinite object of a verb that is hypothetical, future or negated describes a thing
supposed ("would never accept a settlement that shielded the rebels": `_supposed_thing`).

A clause of "as long as"/"so long as" is a condition, not an act done ("will withdraw as long as the rebels are
disarmed": `_as_long_as`).

Relative clauses, and subordinate clauses of time past, reason or concession ("after troops killed protesters",
"because the army had shelled the town"), tell facts: the climb stops there. An event noun under a request is
dropped only when bare and singular ("protection", "support"), since a named or definite one is usually a real act
the request is about ("urged the UN to condemn the Israeli strike").

`unasserted(cl)` returns the reason, or None. Called from coding/nonevent.py (`unasserted`).
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding import modality as assertion
from eventwire.doc_index import to_infinitive

# edges the climb follows from an act up to what governs it
CLIMB_DEPS = frozenset({"conj", "xcomp", "ccomp", "advcl", "pcomp", "pobj", "prep", "dobj", "acl", "attr", "oprd"})
# subordinators of a clause that tells a fact, whatever governs it
FACT_MARKS = frozenset({"after", "because", "since", "as", "while", "though", "although", "whereas", "despite"})
# subordinators of a clause of time or condition read in the scope of what governs it
OPEN_MARKS = frozenset({"once", "if", "unless", "until", "till", "before", "when", "whenever"})
# subordinators of a clause of condition, whatever governs it (`_in_condition`)
CONDITION_MARKS = frozenset({"if", "unless", "lest"})
# prepositions through which a danger noun names what is feared ("the threat of a Turkish attack")
DANGER_PREPS = frozenset({"of", "from"})
INDEFINITE_DETS = frozenset({"a", "an", "any", "another", "further", "more"})
MAX_STEPS = 8


def _verbal(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def _marks(tok) -> set:
    """The subordinators of a clause ("when" is often parsed as an adverb of it)."""
    return {c.lower_ for c in tok.children if c.dep_ == "mark"
            or (c.dep_ == "advmod" and c.lower_ in ("when", "whenever", "once") and c.i < tok.i)}


def _as_long_as(tok) -> bool:
    """ "as long as the rebels are disarmed", "so long as they are detained": a clause whose "as" follows "as long" or
    "so long" is a condition (the parser hangs it on "long", or "long" on its verb), not a fact told."""
    mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is None or mark.i < 2:
        return False
    doc = tok.doc
    return doc[mark.i - 1].lower_ == "long" and doc[mark.i - 2].lower_ in ("as", "so")


def _fact_clause(tok) -> bool:
    """A subordinate clause that tells a fact: "after troops killed protesters", "because the army shelled the town",
    "when the army attacked" (a past "when")."""
    marks = _marks(tok)
    if marks & FACT_MARKS:
        return True
    if "when" in marks and (tok.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                                         for c in tok.children)):
        return True
    return False


def _finite_report(tok) -> bool:
    """A finite "that" clause with a subject of its own and no modal ("recognise that activists are being
    prosecuted", "admitted its troops had fired"): what it tells is told as a fact, whatever governs the telling."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ == "to" for c in aux) or (tok.tag_ in ("VB", "VBG") and not aux):
        return False
    return _hypothetical_verb(tok) is None and not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "shall", "'ll", "wo") for c in tok.children)


def _inserted_report(tok) -> bool:
    """ "it would tackle extremism, Obama promised": a clause of saying set off by commas and parsed as the complement
    of what it reports."""
    if tok.tag_ not in ("VBD", "VBZ", "VBP") or not any(c.dep_ == "nsubj" for c in tok.children) or any(
            c.dep_ in ("ccomp", "xcomp", "dobj", "advcl") for c in tok.children):
        return False
    doc = tok.doc
    left, right = tok.left_edge.i, tok.right_edge.i
    return (left > 0 and doc[left - 1].is_punct) or (right + 1 < len(doc) and doc[right + 1].is_punct)


def _hypothetical_verb(tok) -> Optional[str]:
    """The auxiliary or subordinator that makes a verb hypothetical ("would", "must", "if"), or None; "would" in a
    reported clause ("said the US would leave") is a future, not a hypothetical."""
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass") and c.lower_ == "would" and (tok.dep_ == "ccomp" or (
                tok.dep_ == "acl" and "that" in _marks(tok))):
            continue          # ("said the US would leave", "remarks that troops would remain": a future told)
        if c.dep_ in ("aux", "auxpass") and c.lower_ in assertion.HYPOTHETICAL_AUX:
            return c.text
        if c.dep_ == "mark" and c.lower_ in ("if", "unless"):
            return c.text
    return None


def _no_longer(tok) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ == "longer" and (
        any(n.lower_ == "no" for n in c.children) or (c.i > 0 and c.doc[c.i - 1].lower_ == "no"))
        for c in tok.children)


def _bare_singular(noun) -> bool:
    """ "American protection", "support": a singular event noun with no determiner or possessor."""
    return noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def _indefinite(noun) -> bool:
    """ "a Turkish attack", "air attack", "any strike": no definite determiner, no possessor, no 'by' phrase."""
    for c in noun.children:
        if c.dep_ == "det" and c.lower_ not in INDEFINITE_DETS:
            return False
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by"):
            return False
    return True


def _start(cl):
    """The token the climb starts from: the verb an event noun is coded at, its light verb, or the predicate."""
    if cl.anchor is not None:
        return cl.anchor
    if cl.light_verb is not None:
        return cl.light_verb
    return cl.pred


def unasserted(cl) -> Optional[str]:
    """Why an act is part of something the text does not assert, found above its own governor; None when nothing
    above it says so (see the module doc)."""
    start = _start(cl)
    if (reason := _supposed_thing(start) or _in_condition(start)) is not None:
        return reason
    bare_noun = cl.kind == "noun" and start is cl.pred
    if bare_noun and (reason := _in_mind(cl.pred)) is not None:
        return reason
    if bare_noun and not _indefinite(cl.pred):
        return None
    tok = start
    through_clause = False        # whether the climb has gone through more than "to V" complements and conjuncts
    for _ in range(MAX_STEPS):
        dep, head = tok.dep_, tok.head
        if head.i == tok.i or dep not in CLIMB_DEPS:
            return None
        if dep == "pcomp" and head.lower_ == "for" and head.dep_ == "prep" and _advocated(head.head):
            return f"'{head.head.text} for {tok.text}': what is argued or called for, not an act done"
        reason = _consequence(head) or (_withheld(head) if dep != "advcl" else None) or (
            _withheld(head.head) if head.pos_ == "NOUN" and head.dep_ == "dobj" and dep == "acl" else None)
        if reason is not None:
            return reason
        if dep == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return None           # a clause of its own: "X might reduce threats, but Isis will continue to regroup"
        if dep == "advcl" and _as_long_as(tok):
            return f"'as long as ... {tok.text}': a condition, not an act done"
        if dep == "advcl" and _fact_clause(tok):
            return None
        if dep == "advcl" and _marks(tok) and not (_marks(tok) & OPEN_MARKS):
            return None
        if dep == "advcl" and _marks(tok) & OPEN_MARKS and _verbal(head) and _future_or_hypothetical(head):
            return f"'{sorted(_marks(tok) & OPEN_MARKS)[0]} ... {tok.text}' under '{head.text}': a condition " \
                   f"or a time still to come, not an act done"
        if dep in ("ccomp", "advcl") and not _marks(tok) and _inserted_report(tok):
            return None           # "it would tackle extremism, Obama promised": the promise is told, not supposed
        if dep == "advcl" and tok.tag_ == "VBG" and not _marks(tok) and _advocated(head) and any(
                c.dep_ == "prep" and c.lower_ == "for" and c.i < tok.i for c in head.children) and any(
                c.dep_ == "conj" and c.tag_ == "VBG" for c in tok.children):
            # (a list of V-ings, "disarming ... and striking ..."; not one participle, "called for calm, warning
            # both sides": an act of its own)
            return f"'{head.text} for ..., {tok.text}': listed with what is argued or called for, not an act done"
        if dep == "advcl" and tok.tag_ == "VBG" and not _marks(tok) and tok.i > 0 \
                and tok.doc[tok.i - 1].text == ",":
            return None           # "..., encouraging its allies to do the same": a free participle, often hung on
            #                       the wrong verb by the parser, tells what the sentence's subject did
        if dep == "ccomp" and _finite_report(tok):
            return None           # "necessary to recognise that activists are still being prosecuted": a fact told
        if dep not in ("xcomp", "conj"):
            through_clause = True
        if _verbal(head) and head.pos_ != "NOUN":
            reason = _verbal_scope(start, head, through_clause, bare_noun)
            if reason is not None:
                return reason
        elif head.pos_ in ("NOUN", "PROPN"):
            reason = _noun_scope(start, tok, head, bare_noun)
            if reason is not None:
                return reason
            if dep == "acl":
                return None       # "strikes killing civilians": a participle that tells what the noun's act did
        tok = head
    return None


def _in_condition(start) -> Optional[str]:
    """ "even if there were a leader strong enough to challenge the president", "would boycott the talks if the rebels
    insisted on Abiy's resignation", "as if other weapons used to kill people were fine": an act below the verb of a
    clause of condition ("if", "unless", "lest"), through its complements, objects and phrases, is part of the
    condition, not an act done (the verb of that clause is read by coding/clause_modality.py). A relative clause or a
    participle ("if Iran withdrew the units that shelled the town"), a past or "why" content clause ("if you wonder why
    the Tamils occupied the station") and a definite or possessed noun ("if he makes good on his threat to
    invade": the threat was made) tell what exists, and stop the climb."""
    tok = start
    for _ in range(MAX_STEPS):
        dep, head = tok.dep_, tok.head
        to_inf = to_infinitive(tok)
        if head.i == tok.i or (dep not in CLIMB_DEPS | {"nsubj", "nsubjpass"} and not (dep == "relcl" and to_inf)):
            return None       # (an infinitival relative is what a party could do: "a politician to challenge him")
        if dep == "advcl" and tok.i != start.i and _marks(tok) & CONDITION_MARKS:
            return f"inside the condition '{sorted(_marks(tok) & CONDITION_MARKS)[0]} ... {tok.text}': not an act done"
        if dep == "advcl" or (dep == "acl" and not to_inf):
            return None       # (a participle tells a fact: "if the forces backed by Iran withdrew")
        if dep == "ccomp" and (tok.tag_ == "VBD" or any(c.tag_ == "WRB" for c in tok.children)):
            return None       # a fact the condition takes as given: "if you wonder why the Tamils occupied the station"
        if head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in
                                                                          assertion.DEFINITE) for c in head.children):
            return None       # a thing that exists: "if Kagame makes good on his threat to invade"
        tok = head
    return None


def _supposed_thing(verb) -> Optional[str]:
    """ "would never accept a settlement that shielded the rebels", "will not sign any pact that grants Maduro a
    role": the relative clause of an indefinite object of a verb that is hypothetical, future or negated describes a
    thing supposed, not one that exists: its act is not asserted (a dated one is: "will not join a force that
    attacked civilians in May"; so is one on a definite noun: "rejected the deal that protected the militia")."""
    if verb.dep_ != "relcl" or any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return None
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return None      # "a leader who has killed his citizens": a perfect tells a fact
    noun = verb.head
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in noun.children):
        return None
    if any(c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") for c in noun.children):
        return None      # "a Syrian leader who killed ...": one named by the party it belongs to, a real one
    gov = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
        else None
    if gov is None or not _verbal(gov):
        return None
    negated = any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in gov.children)
    if not (negated or _future_or_hypothetical(gov)):
        return None
    return f"'{gov.text} ... {noun.text} that {verb.text}': a thing supposed, not an act done"


def _consequence(verb) -> Optional[str]:
    """ "could lead to Turkey reaching a deal", "might trigger a Turkish attack": what a verb of causing
    (non_events.tsv `consequence`) under "could", "might", "would", "will" brings about is still to come."""
    from eventwire.coding.nonevent import words
    if not _verbal(verb) or not _future_or_hypothetical(verb):
        return None
    lemma = verb.lemma_.lower()
    kids = {c.lower_ for c in verb.children if c.dep_ in ("prep", "dobj")}
    if not any(w.split()[0] == lemma and all(part in kids for part in w.split()[1:])
               for w in words().get("consequence", ())):
        return None               # ("would lead the charge, striking ...": no "lead to")
    aux = next(c.text for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ == "MD")
    return f"a consequence under '{aux} {verb.text}': still to come, not an act done"


def _in_mind(noun) -> Optional[str]:
    """ "fled, fearing attacks by Boko Haram", "the Kurds fear attack by Turkey", "contemplating a strike": an event
    noun that a verb of a state of mind (non_events.tsv `mental`) has as its object, with no definite determiner or
    possessor, is feared or pictured, not done (a "by" phrase names who is feared)."""
    from eventwire.coding.nonevent import _first_conjunct, _is
    t = _first_conjunct(noun) if noun.dep_ == "conj" else noun
    mind = t.head if t.dep_ == "dobj" and _verbal(t.head) and _is("mental", t.head) else next(
        (c for c in t.children if c.dep_ == "amod" and c.tag_ == "VBG" and _is("mental", c) and c.i == t.i - 1), None)
    if mind is None:          # (the parser often reads ", fearing attacks" as a participle modifying the noun)
        return None
    if any((c.dep_ == "det" and c.lower_ not in INDEFINITE_DETS) or c.dep_ == "poss" for c in noun.children):
        return None
    return f"'{mind.text} {noun.text}': an act feared or pictured, not done"


def _advocated(verb) -> bool:
    """A verb of arguing or calling whose "for V-ing" is what is advocated (non_events.tsv `advocate`): "argued for
    arming the Kurds", "called for lifting the siege"."""
    from eventwire.coding.nonevent import _is
    return _verbal(verb) and _is("advocate", verb)


def _withheld(verb) -> Optional[str]:
    """ "refused to deny the group is planning to attack", "declined to confirm that he had been killed": the content
    of a confirmation or denial (non_events.tsv `withheld`) that a `refusing` verb governs is not asserted (the
    parser often hangs the content on the refusing verb itself)."""
    from eventwire.coding.nonevent import _is
    if not _verbal(verb):
        return None
    if _is("withheld", verb) and verb.dep_ == "xcomp" and _is("refusing", verb.head):
        return f"what '{verb.head.text} to {verb.text}' leaves open: not asserted"
    if _is("refusing", verb):
        said = next((c for c in verb.children if c.dep_ == "xcomp" and _is("withheld", c)), None)
        if said is not None:
            return f"what '{verb.text} to {said.text}' leaves open: not asserted"
    return None


def _future_or_hypothetical(verb) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and (c.lower_ in assertion.HYPOTHETICAL_AUX
                                                 or c.lower_ in ("will", "shall", "'ll", "wo"))
               for c in verb.children)


def _verbal_scope(start, verb, through_clause: bool, bare_noun: bool) -> Optional[str]:
    """What a verb above the act says of everything below it."""
    from eventwire.coding.nonevent import _is
    if _no_longer(verb):
        return f"under 'no longer {verb.text}': an act stopped or no longer wanted, not done"
    if bare_noun and not _bare_singular(start) and not _is("exposure", verb):
        return None
    if bare_noun and _is("exposure", verb):
        return f"under '{verb.text}': an act feared or guarded against, not done"
    kind, why, gov = assertion.inherited_status(verb)
    if kind == "irrealis" and gov is not None and gov.pos_ == "NOUN" and any(
            c.dep_ in ("nsubj", "prt", "aux") for c in gov.children):
        return None       # (a verb the tagger read as a noun: "the family point out that")
    if kind == "irrealis":
        return f"part of '{verb.text}', which is not asserted ({why})"
    aux = _hypothetical_verb(verb)
    if aux is not None and through_clause and not bare_noun:
        return f"inside the hypothetical '{aux} ... {verb.text}': not an act done"
    return None


def _noun_scope(start, child, noun, bare_noun: bool) -> Optional[str]:
    """What a noun above the act says of it: an irrealis noun's complement ("risks escalating the conflict",
    "interest in repatriating"), a danger noun's "of" phrase ("the threat of a Turkish attack")."""
    lemma = noun.lemma_.lower()
    if child.dep_ == "prep" and child.lower_ in DANGER_PREPS and assertion._has("N", "danger", lemma) and bare_noun:
        return f"'{noun.text} {child.text} ... {start.text}': a danger feared, not an act done"
    if bare_noun:
        return None
    if not any(assertion._has("N", kind, lemma) for kind in ("danger", "wanted", "aim")):
        return None      # (not "a resolution criticising the government": a document that does what it says)
    if child.dep_ == "acl" and child.tag_ == "VBG":
        return f"'{noun.text} {child.text}': what the {noun.text} names, not an act done"
    if child.dep_ == "prep" and child.lower_ in ("in", "of", "for") and child.i > noun.i:
        return f"'{noun.text} {child.text} ... {start.text}': what the {noun.text} names, not an act done"
    return None


def compelled(cl) -> Optional[str]:
    """ "pushed by the fact that they are outnumbered", "no food has reached the town, forcing families to rely on
    traders": a verb of compelling whose doer is a circumstance (non_events.tsv `circumstance`, or a doer "no"
    negates), not coercion by an actor."""
    from eventwire.coding.nonevent import _is
    pred = cl.pred
    if cl.kind != "verb":
        return None
    doer = cl.subj
    if doer is not None and doer.pos_ == "NOUN" and doer.lemma_.lower() != pred.lemma_.lower() \
            and _is("circumstance", doer) and (cl.passive or _is("compel", pred)):
        # (any passive act whose agent is a circumstance: "is consoled by the fact that the talks go on")
        return f"'{doer.text}' {pred.text}: a circumstance, not an act by an actor"
    if not _is("compel", pred):
        return None
    # (a passive of necessity with no agent, "was obliged to withdraw", is force_codes.unnamed_forcing's: the coder
    # codes the act forced by itself)
    if doer is None or doer.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if _is("circumstance", doer) or any(c.dep_ == "det" and c.lower_ == "no" for c in doer.children):
        return f"'{doer.text}' {pred.text}: a circumstance, not coercion by an actor"
    return None


def category(cl) -> Optional[str]:
    """ "penalties on banks that keep doing business with Cuba", "countries that harbour militants": a relative clause in
    the simple present on a bare plural names a kind of party, not an act done; on any other party it tells what the
    party does as a rule, its standing function or relation ("the department, which provides consular help", "the
    factions that join the alliance", "the extremists who surround the government"), not an act done (a past or
    perfect one, "the forces that shelled Aleppo", stays an act)."""
    if cl.kind != "verb":
        return None
    verb = cl.pred
    for _ in range(3):                     # "that continue to trade", "who starves and massacres": up the "to V"
        if verb.dep_ not in ("xcomp", "conj"):  # complements and the coordinated verbs to the clause
            break
        if verb.dep_ == "conj" and (verb.tag_ not in ("VBZ", "VBP") or any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in verb.children)):
            return None     # "which funds the militia and has carried out scores of raids": an act of its own
        verb = verb.head
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBZ", "VBP"):
        return None
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return None
    head = verb.head
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children):
        return None       # the head must be the doer ("firms that trade"); not "camps where Ugandan troops take them in"
    if head.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return f"'{head.text} that {verb.text} ...': a kind of party, not an act done"
    if any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return None       # "the army, which today announces ...": a dated act told in the present
    from eventwire.coding.nonevent import _is
    if _is("document", head):
        return None       # "the report, which calls on the government to act": what a text published says, its act
    return f"'{head.text}, which {verb.text} ...': what the party does as a rule, not an act done"
