"""Whether a clause asserts an act, from what governs it (beyond its own auxiliaries, which clause_modality.py reads).

A verb or event noun can be embedded so that the text does not say the act happened:

- what was asked, ordered or allowed: "urged Iraq to withdraw", "allowed the rebels to enter";
- a rule, norm or evaluation: "it is illegal to detain", "it would be a war crime to bomb", "killing civilians
  is a crime" (a gerund subject states something general);
- the complement of an ability, right, aim, condition or demand: "the ability to strike", "capable of invading", "conditions
  including lifting the siege", "a policy of encouraging", "demands such as releasing prisoners";
- an announced decision or promise: "the decision to withdraw" (an intention, coded 03x/13x); an event noun that
  "will be" names, or "would be" in what someone said ("it will be the first meeting between X and Y"): to come;
- a purpose: "sent troops to fight Isis", "worked with Turkey to fight Isis" (what the act was for, not
  an act done; the coder keeps purposes that are the act itself, such as "marched to protest");
- an event noun that is the subject or an indefinite object of a hypothetical verb ("a generalised assault
  would lead to ...", "unless he agreed to a settlement").
- a class of people named by what they do in the present ("those who support the junta are wrong");
- a forecast ("is likely to be repatriated", "is expected to launch"), a negated belief ("does not believe Isis has
  been defeated"), an open question ("nobody knows what was agreed"), a reason denied ("it is not because Isis has
  been defeated");
- an event noun listed as an aim or condition ("five goals: ..., Assad's departure"), averted ("prevented an
  attack", "saved Erbil from an incursion") or in a fixed phrase ("in recognition of the victories", "in return
  for support");
- a course advocated, favoured or talked over, the V-ing complement of a `course` verb ("advocated arming the
  militias", "discussed sanctioning Minsk");

The word lists are in data/coding/complements.tsv. `status(verb)` and `noun_status(noun)` return
(kind, why): kind is "irrealis" (no act), "intent", "purpose" or None (asserted as far as this module knows).
"""
from __future__ import annotations

from eventwire.coding.doer_nouns import effort_clause
from eventwire.coding.tables import aux_words
import functools
from typing import Optional

from eventwire.coding import embedded_acts, sought, unasserted, unrealised
from eventwire.coding.clause_record import object_complement
from eventwire.coding.misparses import listed_infinitive
from eventwire.doc_index import per_token, to_infinitive

# the adjective "such" of "such as" and the words that introduce a list inside a noun phrase
LIST_PREPS = frozenset({"including", "include", "like", "as", "of", "for", "on", "to", "over", "about", "against",
                        "toward", "towards"})
EXPLETIVES = frozenset({"it", "this", "that"})
# prepositions beyond LIST_PREPS through which a `weighed` noun or a `linking` word governs a V-ing ("difficulties
# with repatriating", "the risks involved in sending troops")
WEIGHED_PREPS = frozenset({"with", "in"})
# verbs whose "as V-ing" complement is how something is seen, not an act ("which they regard as curbing Chinese power")
SEEING_VERBS = frozenset({"see", "regard", "view", "describe", "consider", "perceive", "portray", "present",
                          "characterize", "characterise", "depict", "paint", "frame", "interpret", "denounce"})
# verbs through which a wish names another's act ("wanted to see Nato bomb ...")
SEEING_WISHED = frozenset({"see", "watch"})
# heads a "to V" complement can climb through without changing what it is ("urged X to try to withdraw")
CLIMB_HEADS = frozenset({"try", "attempt", "continue", "begin", "start", "seek", "help", "manage", "resume"})
FREE_RELATIVES = frozenset({"whoever", "whomever", "whosoever"})
ANY_PRONOUNS = frozenset({"anyone", "anybody", "everyone", "everybody", "whoever"})   # "anyone who travels to Syria"
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
HYPOTHETICAL_AUX = aux_words("hypothetical")     # (data/coding/auxiliaries.tsv)
NEG_SUBJECTS = frozenset({"nobody", "noone", "no-one", "none"})    # "nobody knows what was agreed"
# the auxiliaries of a clause a `supposing` verb hopes or supposes will come ("hoped the US would strike")
SUPPOSED_AUX = aux_words("supposed")


@functools.cache
def words() -> dict:
    """{(pos, kind): frozenset of lemmas} from data/coding/complements.tsv."""
    from eventwire.coding.tables import coding_table
    out: dict = {}
    for word, pos, kind, *rest in coding_table("complements.tsv"):
        out.setdefault((pos.upper(), kind.lower()), set()).add(word.lower())
        if kind.lower() == "idiom" and rest:
            before, *after = rest[0].lower().split()
            out.setdefault(("I", before), set()).add(word.lower())   # ("I", "in"): "in recognition of"
            out.setdefault(("I-after", word.lower()), set()).add(after[0] if after else "of")   # "in return for"
    return {k: frozenset(v) for k, v in out.items()}


def _has(pos: str, kind: str, lemma: str) -> bool:
    return lemma in words().get((pos, kind), frozenset())


def _verbal(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def _expletive_copula(tok) -> bool:
    """ "It is illegal to ...", "it would be a war crime to ...": the copula with an empty subject."""
    if tok.lemma_.lower() != "be":
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "expl")), None)
    return subj is not None and subj.lower_ in EXPLETIVES


def _noun_kind(noun, verbal: bool = False) -> Optional[str]:
    """A noun's kind for what it governs; with `verbal`, for a verb it governs ("to V", "of V-ing"), where a `weighed`
    noun ("the cost of rebuilding", "difficulties with repatriating") reads as `irrealis` too."""
    lemma = noun.lemma_.lower()
    for kind in ("intent", "irrealis"):
        if _has("N", kind, lemma) or _has("N", kind, noun.lower_):
            return kind
    if verbal and (_has("N", "weighed", lemma) or _has("N", "weighed", noun.lower_)):
        return "irrealis"
    return None


def _wanting_relative(subj) -> bool:
    """ "the one thing they care about is to remove", "all they want is to topple": a subject whose relative
    clause is a wish (a `wish` verb, or a `wanted` or `aim` noun as its object)."""
    for rel in subj.children:
        if rel.dep_ != "relcl":
            continue
        if _has("V", "wish", rel.lemma_.lower()):
            return True
        if any(c.dep_ in ("dobj", "attr") and (_has("N", "wanted", c.lemma_.lower()) or _has("N", "aim", c.lemma_.lower()))
               for c in rel.children):
            return True
    return False


def _rule_subject(verb) -> bool:
    """Whether a verb's subject is a law or a rule (`rule` nouns: "UK law allows", "the constitution requires")."""
    return any(c.dep_ == "nsubj" and (_has("N", "rule", c.lemma_.lower()) or _has("N", "rule", c.lower_))
               for c in verb.children)


def _linked_noun(prep):
    """The noun a preposition's phrase hangs on through a `linking` participle or adjective ("difficulties associated
    with repatriating", "the risks involved in sending troops"), or None."""
    gov = prep.head
    if gov.dep_ in ("acl", "amod") and gov.head.pos_ in ("NOUN", "PROPN") \
            and any(_has(p, "linking", gov.lemma_.lower()) for p in ("V", "A")):
        return gov.head
    return None


def _done_modifier(noun) -> bool:
    """ "the first country to recognise", "the only group to attack": the act was done."""
    return any(c.dep_ in ("amod", "advmod") and (_has("A", "done", c.lower_) or c.ent_type_ == "ORDINAL")
               for c in noun.children)


def _noun_before_to(verb, gov):
    """The noun right before a purpose infinitive's "to" that the parser passed over, when it is the object of the
    verb the infinitive hangs on or of that verb's preposition ("praised Kenya for its effort to recapture")."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0:
        return None
    prev = verb.doc[to.i - 1]
    if prev.pos_ not in ("NOUN", "PROPN"):
        return None
    if (prev.dep_ == "dobj" and prev.head.i == gov.i) or (prev.dep_ == "pobj" and prev.head.head.i == gov.i):
        return prev
    return None


@per_token("eventwire.status")
def status(verb) -> tuple[Optional[str], str, object]:
    """(kind, why, governing token) for a verb predicate: see the module doc (and coding/embedded_acts.py: an intention
    not kept names no act: "failed to honour its pledge to withdraw")."""
    kind, why, gov = _status(verb)
    if kind == "intent" and gov is not None and gov.pos_ in ("NOUN", "PROPN"):
        unkept = embedded_acts.unmet(gov)
        if unkept:
            return "irrealis", unkept, gov
    return kind, why, gov


def _status(verb) -> tuple[Optional[str], str, object]:
    """status(verb) before the intentions not kept."""
    tok = verb
    for _ in range(6):
        dep, head = tok.dep_, tok.head
        if head.i == tok.i:
            break
        hl = head.lemma_.lower()
        if dep == "conj" or (listed := listed_infinitive(tok)) is not None:
            tok = head if dep == "conj" else listed   # (a list of infinitives: coding/misparses.py)
            continue
        if object_complement(tok) is not None:
            tok = object_complement(tok)     # "would keep the clinics funded": what "keep" is, "funded" is
            continue
        if dep == "relcl" and (did := effort_clause(tok)) is not None:
            tok = did                        # "urged Britain to do more to hand over": as done as "do" is (doer_nouns.py)
            continue
        to_inf = to_infinitive(tok)
        why = embedded_acts.embedded(tok, head, dep)
        if why:
            return "irrealis", why, head
        if (why := unrealised.awaited(tok, head, dep) or unrealised.denied_infinitive(tok, head, dep)) is not None:
            return "irrealis", why, head
        if (why := unrealised.prepared_for(tok, head, dep, to_inf, _has)) is not None:
            return "purpose", why, head
        if dep in ("xcomp", "advcl") and to_inf and _verbal(head) and (noun := _noun_before_to(tok, head)) is not None \
                and (why := sought.sought_purpose(tok, noun)):
            return "irrealis", why, noun     # "sought Moscow's backing to conduct the offensive": what it asks for
        if tok.i == verb.i and (any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in FREE_RELATIVES for c in tok.children)
                                or (tok.i > 0 and tok.doc[tok.i - 1].lower_ in FREE_RELATIVES)
                                or (dep == "relcl" and (head.lower_ in ANY_PRONOUNS or any(
                                    c.dep_ == "det" and c.lower_ == "any" for c in head.children)))):
            return "irrealis", f"'whoever {tok.text}': not an act done", tok
        if dep == "relcl" and (found := unasserted.relative_frame(tok, head, tok.i == verb.i)) is not None:
            return "irrealis", found[0], found[1]
        if tok.i == verb.i and dep == "relcl" and head.lower_ == "those" and tok.tag_ == "VBP" \
                and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            # "those who support the junta are wrong", "vetoed by those who oppose the alliance": a class of people
            # named by what they do or hold, not an act done (not "those who fled", "those who are fighting")
            return "irrealis", f"'those who {tok.text}': a class named by what it does, not an act done", tok
        if (why := unrealised.supposed_subject(tok, head, dep, to_inf, HYPOTHETICAL_AUX)) is not None:
            return "irrealis", why, head
        if tok.i == verb.i and (why := unrealised.prospect_subject(tok, _noun_kind)) is not None:
            return "irrealis", why, tok
        if dep in ("csubj", "csubjpass") and tok.tag_ == "VBG":
            return "irrealis", f"a gerund subject ('{tok.text} ... {head.text}'): a general statement, not an act", head
        if dep == "advcl" and tok.tag_ == "VBG" and tok.i < head.i and hl == "be" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark", "aux") for c in (*head.children, *tok.children)):
            # "Proving identity, and collecting evidence, are almost impossible": a gerund subject read as a clause
            return "irrealis", f"a gerund subject ('{tok.text} ... {head.text}'): a general statement, not an act", head
        if dep in ("xcomp", "ccomp", "advcl") and to_inf and _expletive_copula(head):
            return "irrealis", f"'it {head.text} ... to {tok.text}': a rule or an evaluation, not an act", head
        if dep in ("xcomp", "ccomp", "advcl") and to_inf and hl == "be":
            # "the objective was to secure the road", "the aim seems to be to ...", "the plan is to attack"
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None and head.dep_ == "xcomp":
                subj = next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            kind = _noun_kind(subj) if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None
            if kind is None and subj is not None and _wanting_relative(subj):
                return "irrealis", f"'{subj.text} ... wanted ... {head.text} to {tok.text}': what is wanted, not " \
                                   f"an act done", subj
            if kind == "intent" and unrealised.ownerless_plan(subj):
                return "irrealis", f"'{subj.text} ... {head.text} to {tok.text}': a plan no one is named to own, " \
                                   f"not an announced intention", subj
            if kind is not None:
                return kind, f"'{subj.text} ... {head.text} to {tok.text}': " + (
                    "an announced intention" if kind == "intent" else "not an act done"), subj
            if (arranged := unasserted.arranged(tok, head, subj)) is not None:
                if unasserted.open_arrangement(head):
                    return "irrealis", f"an open question ('how ... {head.text} to {tok.text}'), not done", head
                return "intent", arranged, head
        if dep == "xcomp" and head.pos_ == "ADJ" and _has("A", "norm", hl):
            return "irrealis", f"'{head.text} to {tok.text}': a rule or an evaluation, not an act", head
        if dep == "xcomp" and to_inf and ((head.pos_ == "ADJ" and _has("A", "speculation", hl)
                                           and not _own_forecast(head, tok))
                                          or (_verbal(head) and _has("V", "speculation", hl) and _passive(head))):
            return "irrealis", f"'{head.text} to {'... ' if tok.i > head.i + 2 else ''}{tok.text}': a forecast, " \
                               f"not an act done or announced", head
        if dep in ("xcomp", "ccomp") and to_inf and _has("V", "wish", hl) and (
                any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
                or any(c.dep_ == "dobj" and c.i < tok.i for c in head.children)):
            return "irrealis", f"what '{head.text}' wishes of another, not an act done", head
        if (dep in ("ccomp", "xcomp") or (dep == "dobj" and tok.tag_ == "VB")) and hl in SEEING_WISHED and head.dep_ == "xcomp" and to_infinitive(head) \
                and _has("V", "wish", head.head.lemma_.lower()) and tok.tag_ in ("VB", "VBN", "VBG"):
            # "wanted to see Nato bomb the airfields", "would like to see Washington punish Ankara": what is wished
            return "irrealis", f"'{head.head.text} to {head.text} ... {tok.text}': what is wished, not an act done", \
                head.head
        if dep == "ccomp" and to_inf and _verbal(head) and _has("V", "request", hl) and _rule_subject(head) \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i for c in tok.children):
            # "UK law allows Britain to revoke ...", the object parsed as the subject of a "to V" clause: what a
            # standing rule allows or requires (not "it allowed the government to arrest thousands": an act
            # enabled, and done)
            return "irrealis", f"what '{head.text}' allows or requires as a rule, not an act done", head
        if dep == "xcomp" and _verbal(head):
            if tok.tag_ == "VBG" and not to_inf and _has("V", "course", hl):
                return "irrealis", f"'{head.text} {tok.text}': a course advocated or talked over, not an act done", head
            if _has("V", "request", hl):
                return "irrealis", f"what '{head.text}' asks for or allows, not an act done", head
            if _has("V", "irrealis", hl):
                return "irrealis", f"what '{head.text}' risks or strives for, not an act done", head
            if hl in CLIMB_HEADS:
                tok = head
                continue
            break
        if dep == "advcl" and to_inf and _verbal(head) and _has("V", "request", hl) \
                and any(c.dep_ == "dobj" for c in head.children) and not any(c.dep_ == "mark" for c in tok.children):
            # "begged the women carrying the babies to give them up", the "to V" hung on the verb past a
            # modifier of its object: what is asked of the object, as "urged Iraq to withdraw" is
            return "irrealis", f"what '{head.text}' asks for or allows, not an act done", head
        if dep in ("xcomp", "advcl") and to_inf and _verbal(head) and _has("V", "strive", hl) \
                and head.tag_ != "VBD" and not any(c.dep_ == "mark" for c in tok.children):
            # "he was working to rescue the children": what the subject works towards, announced, not done (a
            # simple past, "worked to deliver food", tells the work done)
            return "intent", f"'{head.text} to {tok.text}': what its subject works towards, an intention", head
        if dep == "advcl" and to_inf and _verbal(head) and not any(c.dep_ == "mark" for c in tok.children
                                                                  if c.lower_ not in ("in", "order", "so")):
            noun = _noun_before_to(tok, head)
            if noun is None or (_noun_kind(noun) is None and not _has("N", "done", noun.lemma_.lower())):
                return "purpose", f"the purpose of '{head.text}'", head
            head = noun                  # "praised Kenya for its effort to recapture": the noun's complement
        if dep == "ccomp" and not to_inf and _verbal(head) and _has("V", "supposing", hl) \
                and any(c.dep_ in ("aux", "auxpass") and c.lower_ in SUPPOSED_AUX for c in tok.children):
            # "I hope the air force would bomb the bases", "observers thought the regime would fall": a wish or a
            # supposition ("said it would send troops", a verb of saying, announces an intention)
            return "irrealis", f"'{head.text} ... {tok.text}': what is hoped or supposed, not an act done or " \
                               f"announced", head
        if dep == "ccomp" and _verbal(head) and _negated(head):
            if _has("V", "belief", hl):
                return "irrealis", f"'{_negation(head)} {head.text} ... {tok.text}': not believed or said, not " \
                                   f"asserted", head
            if _has("V", "unknowing", hl) and _open_question(tok):
                return "irrealis", f"'{_negation(head)} {head.text} {tok.left_edge.text} ...': an open question, " \
                                   f"not an act asserted", head
            if _has("V", "untold", hl) and _open_question(tok) and (
                    tok.left_edge.lower_ in ("if", "whether") or any(c.dep_ == "mark" and c.lower_ in ("if", "whether")
                                                                     for c in tok.children)
                    or any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX | {"will", "shall", "'ll"}
                           for c in tok.children)):
                return "irrealis", f"'{_negation(head)} {head.text} {tok.left_edge.text} ...': an open question, " \
                                   f"not an act told", head
        if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ == "because" for c in tok.children) \
                and hl == "be" and _expletive_copula(head) and _negated(head):
            return "irrealis", f"'{head.text} not because ... {tok.text}': a reason denied, not an act asserted", head
        if dep in ("acl", "ccomp") and not to_inf and head.pos_ in ("NOUN", "PROPN") and _that_clause(tok) \
                and not _past(tok):
            # "Trump's demand that Britain repatriate its fighters", "the fear that Isis regroups": wanted or
            # feared, not done
            kind = _noun_kind(head)
            if kind is not None:
                return kind, f"'{head.text} that ... {tok.text}': " + (
                    "an announced intention" if kind == "intent" else "not an act done"), head
        if (dep in ("acl", "relcl") or head.dep_ in ("dobj", "pobj")) and to_inf and head.pos_ in ("NOUN", "PROPN"):
            if _done_modifier(head) or _has("N", "done", head.lemma_.lower()):
                break                    # "the first country to recognise", "its success to retake the city"
            kind = _noun_kind(head, verbal=True)
            if kind is None and (_has("N", "charge", head.lemma_.lower()) or _has("N", "charge", head.lower_)):
                return "irrealis", f"'{head.text} to {tok.text}': a duty, not an act done", head
            if kind == "intent":
                return "intent", f"'{head.text} to {tok.text}': an announced intention", head
            if kind == "irrealis" or (why := sought.sought_purpose(tok, head)):
                return "irrealis", why or f"'{head.text} to {tok.text}': not an act done", head
            return "purpose", f"the purpose of '{head.text}'", head
        if dep == "pcomp" and head.dep_ == "prep":
            gov = head.head
            linked = _linked_noun(head) if head.lower_ in LIST_PREPS | WEIGHED_PREPS else None
            if linked is not None:
                gov = linked      # "problems linked with deporting": the noun's own complement
            elif head.lower_ in LIST_PREPS and _hung_past(head) is not None:
                gov = _hung_past(head)    # "a contrast to UK policy on repatriating": the parser hung "on" higher
            elif unasserted.listed_object(head) is not None:
                gov = unasserted.listed_object(head)    # "have powers over suspects, including searching homes"
            if gov.pos_ in ("NOUN", "PROPN") and (head.lower_ in LIST_PREPS or linked is not None or (
                    head.lower_ in WEIGHED_PREPS and _has("N", "weighed", gov.lemma_.lower()))):
                kind = _noun_kind(gov, verbal=True)
                if kind is not None:
                    return ("intent" if kind == "intent" else "irrealis"), \
                        f"'{gov.text} {head.text} {tok.text}': " + ("an announced intention" if kind == "intent"
                                                                     else "not an act done"), gov
            if head.lower_ == "on" and _verbal(gov) and _has("V", "insist", gov.lemma_.lower()) \
                    and gov.tag_ != "VBD":
                # (not a simple past, "she insisted on joining the patrol", which tells that she joined)
                return "irrealis", f"'{gov.text} on {tok.text}': what is demanded, not an act done", gov
            if (why := unrealised.pcomp_frame(head, gov, _has)) is not None:
                return "irrealis", why, gov
            if head.lower_ == "of" and gov.pos_ == "ADJ" and _has("A", "capable", gov.lemma_.lower()):
                return "irrealis", f"'{gov.text} of {tok.text}': a capability, not an act done", gov
            if head.lower_ == "as" and _verbal(gov) and gov.lemma_.lower() in SEEING_VERBS:
                return "irrealis", f"'{gov.text} ... as {tok.text}': how something is seen, not an act", gov
        break
    if (found := unrealised.text_provision(verb)) is not None:
        return "irrealis", found[0], found[1]
    return None, "", None


def _hung_past(prep):
    """The `irrealis` or `intent` noun right before a preposition the parser hung on a word further up ("a stark
    contrast to UK policy on repatriating", "rules out a plan for sending troops"): the noun whose complement the
    V-ing is. None when the preposition is that noun's already or no such noun is next to it."""
    prev = prep.doc[prep.i - 1] if prep.i > 0 else None
    if prev is None or prev.i == prep.head.i or prev.pos_ != "NOUN" or prev.dep_ not in ("pobj", "dobj", "attr") \
            or prep.head not in prev.ancestors:
        return None
    return prev if _noun_kind(prev, verbal=True) is not None else None


def _own_forecast(adj, verb) -> bool:
    """Whether "likely to V" is the actor's own word about what it will do: "Modi hinted he was likely to press
    the UK" (a pronoun subject of the copula, under a verb of saying, and an active complement), which stays an
    intention; not "he is likely to be repatriated", "sources said the army is likely to attack"."""
    cop = adj.head if adj.dep_ == "acomp" else None
    if cop is None or cop.dep_ != "ccomp" or not _verbal(cop.head) or _passive(verb) \
            or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subj = next((c for c in cop.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.tag_ == "PRP"


def _passive(verb) -> bool:
    """ "is expected", "were predicted": a passive participle with its auxiliary."""
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)


def _negation(verb) -> str:
    """The word that negates a verb ("not", "never", "nobody"), or ""."""
    for c in verb.children:
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ == "never"):
            return c.text
        if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in NEG_SUBJECTS:
            return c.text
        if c.dep_ in ("cc", "preconj") and c.lower_ == "nor" and c.i < verb.i and any(
                s.dep_ in ("nsubj", "nsubjpass") and c.i < s.i < verb.i for s in verb.children):
            return c.text        # "Nor did it say how ...": the inverted "nor" negates the verb
    return ""


def _negated(verb) -> bool:
    return bool(_negation(verb))


def _open_question(clause) -> bool:
    """Whether a complement clause is a wh- or whether/if question ("what was agreed", "whether troops fired")."""
    first = clause.left_edge
    return first.lower_ in ("if", "whether") or first.tag_ in ("WDT", "WP", "WP$", "WRB") \
        or any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in clause.children)


def _that_clause(tok) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _past(tok) -> bool:
    """A verb in the past ("that Isis had regrouped", "that troops attacked"): reported, not wanted."""
    return tok.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have")
                                    for c in tok.children)


def _governing_verb(tok):
    """The verb a non-finite clause with no subject of its own hangs on through a preposition ("urged Iraq to
    withdraw before attacking", "calls for the cabinet to consult parliament before sending troops"): its act is part
    of that verb's, and shares its status. None for a finite clause (and for a bare participle, which the parser
    often hangs on the wrong verb)."""
    if tok.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in tok.children):
        return None
    head = tok.head
    if tok.dep_ == "pcomp" and head.dep_ == "prep" and _verbal(head.head) and head.head.i != tok.i:
        return head.head
    return None


@per_token("eventwire.inherited_status")        # (asked of the same verbs by several stages)
def inherited_status(verb) -> tuple[Optional[str], str, object]:
    """status(verb), or, when that says nothing, the irrealis status of the verb a non-finite clause hangs on
    (`_governing_verb`): what was asked for "before sending troops" is asked for too; so is a "to V" complement of an
    irrealis verb ("the leverage to force Tehran to release the sailors": no release done)."""
    kind, why, gov = status(verb)
    tok = verb
    for _ in range(3):
        if kind is not None:
            break
        up = _governing_verb(tok)
        if up is None and tok.dep_ in ("xcomp", "ccomp") and to_infinitive(tok) and _verbal(tok.head):
            up = tok.head        # "lacks the leverage to force Tehran to release the sailors": forced in a capability
        if up is None:
            break
        k2, why2, gov2 = status(up)
        if k2 == "irrealis":
            return k2, f"part of '{up.text}': {why2}", gov2
        tok = up
    return kind, why, gov


def noun_status(noun) -> tuple[Optional[str], str]:
    """(kind, why) for an event noun coded from its own possessor, modifier or 'by' phrase."""
    head = noun.head
    if (sought_why := sought.sought_noun(noun)) is not None:
        return "irrealis", sought_why    # "called for Robinson's release": asked for, not done (coding/sought.py)
    for c in noun.children:
        if c.dep_ == "amod" and c.i < noun.i:
            for kind in ("irrealis", "intent"):
                if _has("A", kind, c.lemma_.lower()) or _has("A", kind, c.lower_):
                    return kind, f"'{c.text} {noun.text}': " + ("an announced intention" if kind == "intent"
                                                                 else "not an act done")
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in LIST_PREPS \
            and head.head.pos_ in ("NOUN", "PROPN") and head.head.i != noun.i:
        kind = _noun_kind(head.head)
        if kind == "irrealis":
            return "irrealis", f"'{head.head.text} {head.text} ... {noun.text}': not an act done"
    if noun.dep_ == "pobj" and head.dep_ == "prep" and _has("I", head.lower_, noun.lemma_.lower()) \
            and any(c.dep_ == "prep" and _has("I-after", noun.lemma_.lower(), c.lower_) for c in noun.children):
        return "irrealis", f"'{head.text} {noun.text} ...': a fixed phrase, not the act '{noun.text}' names"
    from_phrase = noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "from"
    gov = head.head if from_phrase else head if noun.dep_ in ("dobj", "nsubjpass") else None
    if gov is not None and _verbal(gov) and any(
            _has("V", kind, w) for w in (gov.lemma_.lower(), gov.lower_)
            for kind in (("avert", "avert-from") if from_phrase else ("avert",))):
        return "irrealis", f"'{gov.text} ... {noun.text}': averted, not an act done"
    if any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children) and noun.dep_ in ("dobj", "pobj") \
            and not _negated_doing(noun):
        return "irrealis", f"'any {noun.text}': no act in particular, not an act done"
    listed = _listed_under(noun)
    if listed is not None:
        return "irrealis", f"'{noun.text}' listed among the {listed.text}: an aim or a condition, not an act done"
    if noun.dep_ == "nsubj" and head.lemma_.lower() in ("be", "remain") and any(
            c.dep_ == "attr" and _has("N", "danger", c.lemma_.lower()) and _has("N", "irrealis", c.lemma_.lower())
            for c in head.children):
        # "clashes between the two armies are now a real possibility", "a strike remains an option": what may come
        return "irrealis", f"'{noun.text} {head.text} a ... {next(c for c in head.children if c.dep_ == 'attr').text}" \
                           f"': what may come, not an act done"
    if (pursued := unrealised.pursued_outcome(noun, status, _has)) is not None:
        return pursued
    if (modelled := unrealised.model_named(noun, _has)) is not None:
        return "irrealis", modelled
    outcome = unasserted.made_outcome(noun)
    if outcome is not None:
        return "irrealis", f"'{head.text} {noun.text} ... {outcome.text}': a forecast, not an act done"
    to_come = _copula_to_come(noun)
    if to_come is not None:
        return "intent", f"'{to_come.text} be ... {noun.text}': announced, to come"
    # the subject, or an indefinite object, of a hypothetical verb: "an assault ... would lead to",
    # "unless he agreed to a settlement"
    definite = any((c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in noun.children)
    verb = head.head if noun.dep_ == "pobj" and head.dep_ == "prep" else head
    if noun.dep_ in ("nsubj", "nsubjpass") or (not definite and noun.dep_ in ("dobj", "pobj", "attr")):
        if _verbal(verb) and _hypothetical(verb):
            return "irrealis", f"'{noun.text}' of a hypothetical '{verb.text}'"
        above = unasserted.hypothetical_above(verb) if _verbal(verb) and noun.dep_ in ("dobj", "pobj") and any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "any", "another") for c in noun.children) else None
        # (an indefinite article: "a Turkish incursion"; not a bare mass noun whose act stands, "cannot afford to
        # lose Turkish support")
        if above is not None:
            return "irrealis", f"'{noun.text}' of '{verb.text}' under a hypothetical '{above.text}'"
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.dep_ == "nsubj" and head.head.pos_ == "NOUN" \
            and head.head.head.lemma_.lower() == "be" and _hypothetical(head.head.head):
        # "a return to talks would be the next step", "the path to a truce would be long": in what is supposed
        return "irrealis", f"'{head.head.text} {head.text} {noun.text}' of a hypothetical '{head.head.head.text}'"
    return None, ""


def _negated_doing(noun) -> bool:
    """ "will not take part in any negotiations": "any" under a negated verb that is the act's own (a refusal, or no
    act, which the negation says); not under a negated verb or adjective of knowing ("do not recall any attacks",
    "is not aware of any talks": no act in particular)."""
    gov = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if gov.pos_ == "ADJ" and gov.dep_ == "acomp":
        if _has("A", "unknowing", gov.lemma_.lower()):
            return False
        gov = gov.head
    if not _negated(gov):
        return False
    return not (_has("V", "unknowing", gov.lemma_.lower()) or _has("V", "belief", gov.lemma_.lower()))


def _copula_to_come(noun):
    """The auxiliary that makes an event noun named by "be" an act to come, or None: "it will be the first meeting
    between X and Y", and "would" in what someone said ("an official said it would be the first trip by ..."):
    announced, not yet done (an intention). A bare "would" outside reported speech is a supposition, not this."""
    head = noun.head
    if noun.dep_ != "attr" or head.lemma_.lower() != "be" or not _verbal(head):
        return None
    if any(c.dep_ in ("advcl", "prep") and any(m.lower_ == "if" for m in c.subtree) for c in head.children):
        return None                      # "if confirmed, it would be the first strike since 2006": one done, unsure
    for c in head.children:
        if c.dep_ != "aux":
            continue
        if c.lower_ in ("will", "shall", "'ll"):
            return c
        if c.lower_ == "would" and head.dep_ == "ccomp":
            return c
    return None


def _listed_under(noun):
    """The aim, condition or demand noun (complements.tsv N aim) an event noun is listed under: in apposition
    ("five goals: the defeat of Isis, ... Assad's departure") or as what it includes ("the goals include Assad's
    departure", "conditions are the release of prisoners"); None when it is not. Climbs through coordination and
    the nouns of the listed phrase ("a resolution that involved Assad's departure")."""
    tok = noun
    for _ in range(10):
        dep, head = tok.dep_, tok.head
        if head.i == tok.i:
            return None
        if dep == "appos" and head.pos_ in ("NOUN", "PROPN") and _has("N", "aim", head.lemma_.lower()):
            return head
        if dep in ("dobj", "attr") and _verbal(head) and head.lemma_.lower() in ("include", "be", "involve"):
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ == "NOUN" and _has("N", "aim", subj.lemma_.lower()):
                return subj
        if dep in ("conj", "appos", "pobj", "prep", "dobj", "relcl", "acl") or (dep == "compound" and head.pos_ == "NOUN"):
            tok = head
            continue
        return None
    return None


def _hypothetical(verb) -> bool:
    """Whether a verb is conditional or modal ("would lead", "unless he agreed", "could face")."""
    for v in [verb] + ([verb.head] if verb.dep_ == "conj" else []):
        for c in v.children:
            if c.dep_ in ("aux", "auxpass") and c.lower_ in HYPOTHETICAL_AUX:
                return True
            if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "lest"):
                return True
    return False
