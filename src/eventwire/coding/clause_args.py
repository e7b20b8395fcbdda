"""Clauses, arguments stage: a predicate's subject (nsubj; a passive's "by" agent; inherited through
coordination, subject and object control, relative clauses and participles), its object (dobj, or a passive's
subject), and the subject a reporting passive raises ("40 villagers were feared killed"); its prepositional objects
are read in coding/clause_preps.py; the parties of a "between" phrase and the doer a noun names are in
coding/noun_args.py. coding/clauses.py builds the Clause from them.
"""
from __future__ import annotations

from eventwire.coding.fixed_phrases import name_head
from eventwire.coding.lexicon import default_lexicon
from eventwire.doc_index import dep_children, per_token, to_infinitive
from eventwire.coding.accused import misread_claimer
from eventwire.coding.told_speaker import speaker_of_told_act as _speaker_of_told_act
from eventwire.coding.doer_nouns import effort_clause, governing_clause, raised_force
from eventwire.coding.clause_record import (AS_CONTROL, ASSERT_NOUNS, DOER_ADJECTIVES, DOER_PARTICIPLES,
                                            INSTRUMENT_PASSIVES,
                                            INTENT_NOUNS, NOUN_MAKERS, OBJECT_CONTROL, STANCE_PARTICIPLES,
                                            PASSIVE_SUBJ_DEPS, PREP_CONTROL, RELATIVE_PRONOUNS, SENT_NOUNS, SPEECH_NOUNS,
                                            SUPPORT_NOUNS, WRITING_VERBS, GIVING_VERBS, DOCUMENT_MAKERS,
                                            SUBJ_DEPS, role_words, _child, _is_verbal, verb_key)
from eventwire.coding.noun_doers import misattached_noun_doer
from eventwire.coding.relative_gap import misread_relative_object, relative_controller, relative_infinitive_patient
from eventwire.coding.hung_relative import hung_relative_object
from eventwire.coding.contact_relative import contact_relative, contact_relative_role
from eventwire.coding.relative_number import nearest_conjunct
from eventwire.coding.relative_role import (misread_main_subject, misread_object_relative, relative_read_as_conjunct,
                                            series_agent, series_relative)
from eventwire.coding.who_antecedent import who_antecedent
from eventwire.coding.conjunct_number import higher_clause_verb
# readings that mend a parse (re-exported: other stages and tests import them from here)
from eventwire.coding.held_captive import held_doer, held_object, held_patient
from eventwire.coding.answered_conduct import conduct_doer
from eventwire.coding.misparses import (  # noqa: F401
    CLAUSE_PREPS, REPORTING_RAISERS, SUBJECT_MARKS, SUBJECT_PREPS, _absolute_participle_patient, aside_governor,
    for_to_subject, _mislabelled_passive_subject, finite_read_as_participle, leading_phrase_subject, misread_conjunct,
    gerund_subject_object, misread_gerund_modifier, misread_harm_passive, participle_read_as_past, raised_participle_subject,
    interjected_object_verb, perfect_participle, participle_read_as_active, series_read_as_participle,
    undergone_thing)
from eventwire.coding.fronted_subject import existential_doer, fronted_clause_subject, subordinator_object_subject
from eventwire.coding.patient_participles import causative_patient, with_absolute_patient
from eventwire.coding.unrealised import contrasted_agent, denied_agent
from eventwire.coding.passive_subjects import passive_subject
from eventwire.coding.addressed_writer import addressed_writer
from eventwire.coding.comma_aside import comma_aside_patient
from eventwire.coding.aside_relative import aside_antecedent
from eventwire.coding.relative_participle import continued_relative
from eventwire.coding.portions import aside_portion
from eventwire.coding.inverted_speaker import inverted_speaker
from eventwire.coding.bracketed_participle import bracket_held_subject, bracketed_patient
# the arguments event nouns name (re-exported: the coder's stages import them from here)
from eventwire.coding.noun_args import (  # noqa: F401
    _backer, _weapon_words, attack_on_antecedent, between_parties, hyphen_pair, noun_agent)
# the prepositional objects (re-exported: many stages import them from here)
from eventwire.coding.clause_preps import noun_preps, place_hung_preps, preps_of  # noqa: F401


@per_token("eventwire.subject_of")      # (asked of the same verbs by several stages)
def subject_of(verb, depth: int = 0):
    """The head token of the verb's subject and a rule name, following coordination and control."""
    if depth > 6:
        return None, ""
    if (held := held_doer(verb)) is not None:   # "N, held hostage for a year, were freed" (held_captive.py)
        return (held[0], "passive agent") if held[0] is not None else (None, "")
    doc = verb.doc
    subjects = [doc[i] for i, dep in dep_children(doc)[verb.i] if dep in SUBJ_DEPS]
    s = subjects[0] if subjects else None
    if s is None and (speaker := inverted_speaker(verb)) is not None:
        return speaker, "inverted speaker after a quote"    # '"...," warned the minister' (inverted_speaker.py)
    if (s is None or s.dep_ == "csubj") and (ante := contact_relative_role(verb, "own")) is not None:
        return ante, "relative clause antecedent (the subject of the sentence's verb the parser left with none)"
    if len(subjects) > 1 and (contact := contact_relative(verb)) is not None:
        # why: "The militia Ankara has vowed to crush holds the town": Ankara vowed (coding/contact_relative.py)
        return contact[1], "nsubj (the nearer of two: a relative clause with no relative word)"
    if len(subjects) > 1:
        # "Waving flags, 800 workers demonstrated": the parser gave the verb two subjects; the one nearest
        # before the verb is its own
        before = [c for c in subjects if c.i < verb.i]
        if len(before) > 1 and any(t.lower_ == "," for t in verb.doc[before[-2].i + 1: before[-1].i]):
            s = before[-1]               # (not "charities as well as church bodies": one coordinated subject)
            if aside_portion(before[-2], s):
                s = before[-2]           # "demonstrators, many wearing hoodies, marched" (coding/portions.py)
    if s is not None and s.dep_ == "nsubj" and (claiming := misread_claimer(verb)) is not None:
        # "with witnesses claiming foreign fighters lost a battle": the claimer's object is the verb's subject
        return next(o for o in claiming.children if o.dep_ == "dobj" and o.i < verb.i), \
            "subject misread as the claimer's object"
    if s is not None and bracketed_patient(verb, s):
        return None, ""                  # "Theresa May (later ousted as ...)": she was ousted (bracketed_participle.py)
    if s is not None and s.dep_ == "nsubj" and (writer := addressed_writer(verb, s)) is not None:
        # "sent a letter to the minister[nsubj] asking[pcomp]": the letter asks, its writer (addressed_writer.py)
        w, r = subject_of(writer, depth + 1)
        return (w, f"{r} of '{writer.lemma_.lower()}' (the addressee read as the subject)") if w is not None \
            else (None, "")
    if s is not None and ((undergone_thing(verb) or verb).i == s.i or participle_read_as_active(verb) is not None):
        s = None                         # "had her citizenship revoked", "with X ousted": no doer (misparses.py)
        if with_absolute_patient(verb) is not None or causative_patient(verb) is not None:
            by = _child(_child(verb, {"agent"}) or verb, {"pobj"})    # only its "by" phrase, never the clause above
            return (by, "passive agent") if by is not None else (None, "")
    if s is not None:
        if s.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            act = attack_on_antecedent(verb, s)
            if act is not None:
                # why: "an ambush on a police convoy that killed 12 officers": the ambush killed them, not the convoy
                return act, "relative clause subject (the act its antecedent is the object of)"
            if (described := aside_antecedent(verb)) is not None:     # "the Kurds, armed by the US, who fight"
                return described, "relative clause subject (the noun the participle aside before it describes)"
            if (person := who_antecedent(verb, s)) is not None:
                # "activists on the ground who have visited": "who" is the people, not the ground (who_antecedent.py)
                return person, "relative clause subject (the person noun before the place 'who' was hung on)"
            return nearest_conjunct(verb) or verb.head, "relative clause subject"   # (coding/relative_number.py)
        if (ante := misread_main_subject(s)) is not None:
            return ante, "nsubj (the noun before an object relative clause the parser read as a participle)"
        return s, "nsubj"
    agent = _child(verb, {"agent"})
    if agent is not None:
        if denied_agent(agent):
            return None, ""                 # "shelled not by the army": no doer named (coding/unrealised.py)
        agent = contrasted_agent(agent)     # "not by the army but by the militia" (coding/unrealised.py)
        pobj = _child(agent, {"pobj"})
        if pobj is not None:
            return pobj, "passive agent"
    elif (shared := series_agent(verb)) is not None:
        # "who were beaten, then killed by the militants": the participle's agent did both (coding/relative_role.py)
        return shared, "passive agent (of the participle that goes on with the relative clause)"
    if (misread := misread_object_relative(verb)) is not None:
        # "the soldiers whom the militants abducted[acl on militants]" (coding/relative_role.py)
        return misread[0], "subject of a relative clause read as a participle on it"
    if (ante := relative_read_as_conjunct(verb)) is not None:
        # "The protesters, some of whom were beaten by police, marched[conj]": the protesters marched
        return ante, "nsubj (the noun before a relative clause the parser coordinated the verb with)"
    if verb.lemma_.lower() in GIVING_VERBS and any(c.dep_ == "auxpass" for c in verb.children) \
            and (kept := _child(verb, {"dobj"})) is not None:
        # "were promised protection by Washington", "after being pledged backing from Washington": the parser hung
        # the passive's "by" phrase (or the "from" of the support or message given) on the object it kept
        for c in kept.children:
            if c.dep_ == "prep" and (c.lower_ == "by" or (c.lower_ == "from" and kept.lemma_.lower()
                                                           in SUPPORT_NOUNS | SENT_NOUNS)):
                giver = _child(c, {"pobj"})
                if giver is not None and giver.pos_ in ("PROPN", "NOUN", "PRON"):
                    return giver, f"passive agent on its object '{kept.lower_}'"
    stance = stance_participle(verb)
    if stance is not None:
        return stance[0], stance[2]
    if (owner := conveyed_owner(verb)) is not None:
        return owner, "owner of what is passed on"
    if _child(verb, PASSIVE_SUBJ_DEPS) is not None:
        # "civilians have been killed", "he will be deprived of his passport": a passive with a subject of its own
        # and no "by" phrase names no doer; the clause it hangs on does not lend it one
        return None, ""
    if (held := bracket_held_subject(verb)) is not None:     # "May (later ousted as ...) criticised": May criticised
        return held, "subject the parser gave the bracketed participle after it"
    if (lead := leading_phrase_subject(verb)) is not None:
        # "In a speech on Monday, Jane Doe, the minister, rejected ...": the name the parser hung on "Monday"
        return lead, "subject the parser hung on the opening phrase"
    if (front := fronted_clause_subject(verb)) is not None:     # "X overthrew the king, declared ..." (fronted_subject.py)
        return front, "subject the parser gave the clause before it"
    if (there := existential_doer(verb)) is not None:           # "there are 300 advisers there, training ..."
        return there, "the ones 'there' are (a participle after them)"
    if (opened := subordinator_object_subject(verb)) is not None:   # "as[prep] the troops[pobj] moved in[advcl]"
        return opened, "subject the parser read as the object of the subordinator"
    dep = verb.dep_
    head = verb.head
    if dep in ("conj", "advcl"):
        misread = misread_conjunct(verb)
        if misread is not None:
            kind, np = misread
            return (np, "subject the parser hung elsewhere") if kind == "subject" else (None, "")
    if dep == "conj" and head is not verb:
        passive_subj = _child(head, PASSIVE_SUBJ_DEPS)
        if passive_subj is not None and _child(head, {"agent"}) is None and not _is_passive(verb):
            # an active verb coordinated with a passive: "it had been consulted and opposed it" (the passive's subject
            # opposed) when the verb has an object of its own, right after the "and", with no clause between; else
            # the parser's slip ("died in air raids and artillery fire[conj]", "were knocked down and killed[VBD]",
            # "has been suspended since February, when Kurdish forces[misattached] ... left[conj]"): no doer, and
            # never the clause above it (a speaker)
            doc = verb.doc
            if verb.tag_ in ("VBD", "VBZ", "VBP") and _child(verb, {"dobj"}) is not None \
                    and doc[verb.left_edge.i - 1].dep_ == "cc" and passive_subj.lower_ not in RELATIVE_PRONOUNS \
                    and not any(t.pos_ in ("VERB", "AUX") for t in doc[head.i + 1: verb.left_edge.i]):
                return passive_subj, "passive subject (shared by coordination)"
            return None, ""
        if (up := higher_clause_verb(verb)) is not None:
            head = up                    # "have conceded that the king has won and are preparing" (conjunct_number.py)
        s, r = subject_of(head, depth + 1)
        return s, (r + " (shared by coordination)") if s is not None else ""
    if dep == "dobj" and verb.tag_ == "VBG" and head.i == verb.i - 1 and _is_verbal(head) \
            and not any(c.dep_ in ("det", "poss", "dobj", "nsubj") for c in verb.children):
        # "he was killed fighting beside the Karen militia" read as "killed[VBD] fighting[dobj]", "they stopped attacking
        # the town": a bare gerund right after the verb is done by that verb's subject (not "the fighting", "their
        # shelling": nouns)
        patient = _child(head, PASSIVE_SUBJ_DEPS)
        if patient is not None and patient.lower_ not in RELATIVE_PRONOUNS:
            return patient, "passive subject (gerund after its verb)"
        s, r = subject_of(head, depth + 1)
        return s, (r + " (gerund after its verb)") if s is not None else ""
    if dep == "relcl" and (did := effort_clause(verb)) is not None:
        # "Turkey has done the most to support the opposition": who did the most (coding/doer_nouns.py)
        s, r = subject_of(did, depth + 1)
        return s, (r + f" (of '{verb.doc[did.i:head.i + 1].text} to')") if s is not None else ""
    if dep == "relcl":
        # "terrorists, who invaded": the modified noun, when the clause has no subject of its own
        if (described := aside_antecedent(verb)) is not None:
            return described, "relative clause subject (the noun the participle aside before it describes)"
        return nearest_conjunct(verb) or head, "relative clause subject"
    if dep == "advcl" and (rel := continued_relative(verb)) is not None:
        # "Russia and Iran, who have clawed its army to victory, destroying ...": the relative clause's noun
        s, r = subject_of(rel, depth + 1)       # (coding/relative_participle.py)
        return s, (r + " (a participle going on with the relative clause)") if s is not None else ""
    if dep in ("xcomp", "advcl", "pcomp", "ccomp") and head is not verb:
        if dep == "pcomp" and (ans := conduct_doer(head)) is not None:   # "sanctions on X for annexing": answered_conduct.py
            return subject_of(ans[0][1], depth + 1) if isinstance(ans[0], tuple) else ans
        anchor = head
        if dep == "pcomp" and head.dep_ == "prep":
            anchor = head.head
        if not _is_verbal(anchor) and anchor.dep_ in ("pobj", "dobj") :
            anchor = anchor.head
        if dep == "xcomp" and anchor.pos_ == "ADJ" and _is_verbal(anchor.head) and (anchor.dep_ == "acomp" or (
                anchor.dep_ == "oprd" and _child(anchor.head, {"dobj"}) is None)) \
                and anchor.doc[anchor.i - 1].lower_ != ",":    # (", eager to occupy": a modifier of a noun before it)
            anchor = anchor.head         # "the brigade was able to push back ...", "the force seems determined to
                                         # strike" (the parser's `oprd` after "seem"; not "declared him unfit to": his): the copula's subject
        if dep == "pcomp" and (gov := governing_clause(verb)) is not None:
            anchor = gov                 # "they are on the cusp of defeating Isis": the clause's subject (doer_nouns.py)
        if dep == "pcomp" and head.dep_ == "prep" and anchor.pos_ == "ADJ" and anchor.dep_ == "acomp" \
                and f"{anchor.lemma_.lower()} {head.lower_}" in DOER_ADJECTIVES and _is_verbal(anchor.head):
            anchor = anchor.head         # "the Kurds have been key in carrying the battle to": the copula's subject
        if dep == "pcomp" and head.lower_ == "as" and anchor.lemma_.lower() in AS_CONTROL \
                and (quoted := _child(anchor, {"dobj"})) is not None:
            return quoted, f"object of '{anchor.lemma_.lower()} ... as'"   # "Sana quoted a source as condemning"
        if dep == "ccomp" and anchor is head and _is_verbal(anchor) and _finite(verb) \
                and (cut := _child(anchor, {"dobj"})) is not None and cut.i < verb.i and cut.pos_ in ("NOUN", "PROPN"):
            # "warned the Greek government, keen on ..., was trying to push them back": a finite complement has a
            # subject of its own, never its governor's; the parser hung it on the governor as its object
            return cut, f"object of '{anchor.lower_}' (the subject of '{verb.lower_}', hung on it)"
        if _is_verbal(anchor) and dep in ("xcomp", "advcl") and (own := misattached_noun_doer(verb, anchor)):
            return own                   # "criticised Trump's threats to strike": Trump would strike (noun_doers.py)
        if _is_verbal(anchor):
            anchor = aside_governor(verb, anchor, dep)     # "hit by a shell, fired by X, while trying to": coding/misparses.py
            to_inf = to_infinitive(verb)
            if dep in ("xcomp", "advcl") and to_inf and (fx := for_to_subject(verb, anchor)) is not None:
                return fx, "subject of 'for ... to' (the parser hung 'for' on the verb above)"
            if dep == "xcomp" or (dep == "advcl" and to_inf):
                o, how = controller_object(anchor, verb)
                if o is not None:
                    return o, how
            if dep == "xcomp" and verb.tag_ == "VBG" and anchor.dep_ == "acl" and anchor.tag_ in ("VBN", "VBD") \
                    and anchor.head.pos_ in ("NOUN", "PROPN") and _child(anchor, {"nsubj"}) is None:
                # "the second British woman killed fighting Isis": a participle's noun is its patient, and does
                # what its gerund complement tells (not "schools designed to terrorise": an infinitive is a purpose)
                return anchor.head, "noun of the participle (its complement's doer)"
            if dep == "xcomp" and verb.tag_ == "VBG" and (hurt := misread_harm_passive(anchor)) is not None:
                return hurt, "patient of the participle (its complement's doer)"     # (coding/misparses.py)
            if (speaker := _speaker_of_told_act(verb, anchor, dep)) is not None:
                return speaker
            patients = [c for c in anchor.children if c.dep_ in PASSIVE_SUBJ_DEPS]
            if patients and dep in ("advcl", "pcomp"):
                # "she was stripped of her citizenship by the minister after fleeing": who fled is the passive's
                # subject (the one nearest before it), not its agent; a participle of its own ("shot, set on fire",
                # "having been promised support") is done to that subject, by no one named
                if any(c.dep_ == "auxpass" for c in verb.children) \
                        or (verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)):
                    return None, ""
                if not (dep == "pcomp" and head.lower_ in SUBJECT_PREPS and not _child(verb, {"det"})) \
                        and not (dep == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in SUBJECT_MARKS
                                                        and c.i < verb.i for c in verb.children)):
                    # "was killed in a drive-by shooting[pcomp]", "a helicopter was shot down, killing 16": what the
                    # act was or did, not what its patient did
                    return None, ""
                patient = ([c for c in patients if c.i < anchor.i] or patients)[-1]
                if patient.lower_ in RELATIVE_PRONOUNS:
                    patient = anchor.head if anchor.dep_ == "relcl" else None
                return (patient, "passive subject (subject control)") if patient is not None else (None, "")
            s, r = subject_of(anchor, depth + 1)
            return s, (r + " (subject control)") if s is not None else ""
    if dep == "acl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].lower_ == "," \
            and head.dep_ in ("dobj", "pobj"):
        # "invaded three villages, killing ...", "stormed Tal Hamra, killing ...": a clause after a comma the parser
        # hung on the object named last; the one who killed is the subject of the verb that object depends on
        gov = head.head if head.dep_ == "dobj" else head.head.head
        while gov.dep_ == "prep" or (gov.pos_ in ("NOUN", "PROPN") and gov.dep_ == "pobj"):
            gov = gov.head
        if _is_verbal(gov):
            s, r = subject_of(gov, depth + 1)
            if s is not None:
                return s, r + " (participle after the place named last)"
    if dep == "acl" and verb.tag_ in ("VBG", "VBN") and head.lemma_.lower() in SPEECH_NOUNS and head.pos_ == "NOUN":
        # "released a statement pressing Iran to cooperate", "a letter signed by ... demanding": the author speaks
        author = noun_agent(head)
        if author is None and head.dep_ in ("dobj", "nsubjpass") and _is_verbal(head.head) \
                and head.head.lemma_.lower() in DOCUMENT_MAKERS:
            # ("circulated a petition asking"; not "denounced a study pressing": who denounces it is no author)
            author, r = subject_of(head.head, depth + 1)
        if author is not None and verb.tag_ == "VBG":
            return author, f"author of '{head.lemma_.lower()}'"
    if dep == "acl" and verb.tag_ == "VBG" and head.dep_ == "pobj" and head.head.lower_ == "to" \
            and _is_verbal(writer := head.head.head) and writer.lemma_.lower() in WRITING_VERBS:
        # "two senators wrote to the chamber's leaders opposing the bill": the letter's stance, the writer's
        s, r = subject_of(writer, depth + 1)
        if s is not None:
            return s, f"{r} of '{writer.lemma_.lower()} to' (what the writing says)"
    if dep == "acl" and (verb.tag_ == "VBG" or perfect_participle(verb)):      # (or "X, having fled to Y,")
        return head, "participle modifier subject"
    if dep == "acl" and head.pos_ == "NOUN" and to_infinitive(verb):
        # "the US decision to expel", "Turkey's plan to attack": the noun's possessor or actor modifier does it
        agent = noun_agent(head) if head.lemma_.lower() in ASSERT_NOUNS | INTENT_NOUNS else None
        if agent is not None:
            return agent, f"agent of '{head.lemma_.lower()}'"
        if head.lemma_.lower() in ASSERT_NOUNS | INTENT_NOUNS:
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < verb.i), None)
            who = _child(of, {"pobj"}) if of is not None else None
            if who is not None and (who.pos_ == "PROPN" or (who.pos_ == "NOUN" and who.tag_ == "NNS"
                                                            and not default_lexicon().is_event_noun(who.lemma_))):
                # "the warnings of several Nato states to strike Libya", "the decision of the minister to resign":
                # the "of" phrase between the noun and its "to" complement names who decided or threatened (a
                # plural common noun only when it names no act: not "the threat of sanctions to force Iran")
                return who, f"'of' phrase of '{head.lemma_.lower()}'"
        maker = interjected_object_verb(head) or head.head     # (coding/misparses.py: ", along with X, an accord")
        # ("signed an accord to pass data to Europol": the signers do what the pact binds them to; roles.tsv
        # signed-noun)
        if head.lemma_.lower() in ASSERT_NOUNS | INTENT_NOUNS | role_words().get("signed-noun", frozenset()) \
                and (head.dep_ == "dobj" or maker is not head.head) and maker is not head \
                and maker.pos_ in ("VERB", "AUX") and maker.lemma_.lower() in NOUN_MAKERS:
            # "the premier made the decision to pull out", "the ministry announced plans to build": the noun names no doer;
            # the one who made or announced it does its act (not "welcomed the decision to withdraw")
            s, r = subject_of(maker, depth + 1)
            if s is not None:
                return s, f"{r} of '{maker.lemma_.lower()} the {head.lemma_.lower()}'"
    if dep == "acl" and verb.tag_ in ("VBD", "VBZ") and head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("ROOT", "nsubj"):
        return head, "subject of a finite verb read as a modifier"    # "a car bomb detonated[acl] at a checkpoint"
    if (root := finite_read_as_participle(verb)) is not None:
        return root, "subject of a past tense read as a participle"   # "attacks by X killed[acl] nine villagers"
    if (gov := series_read_as_participle(verb)) is not None:
        # "Isis seized oil fields, sold[acl] crude to Damascus and began ...": the subject of the series' first verb
        s, r = subject_of(gov, depth + 1)
        return s, (r + " (a past tense in a series read as a participle)") if s is not None else ""
    return None, ""


CONVEYING_VERBS = role_words().get("conveying-verb", frozenset())


def conveyed_owner(verb):
    """The owner of a plan, offer or message that a passive verb of passing on (roles.tsv `conveying-verb`) with no
    "by" phrase hands to someone in a "to" phrase, or None: "Britain's proposal will be handed to the envoy",
    "the US plan was passed to the Russian minister": the owner passes it on."""
    if verb.lemma_.lower() not in CONVEYING_VERBS or _child(verb, {"auxpass"}) is None or _child(verb, {"agent"}):
        return None
    subj = _child(verb, {"nsubjpass"})
    if subj is None or subj.lemma_.lower() not in SENT_NOUNS | INTENT_NOUNS | ASSERT_NOUNS \
            or not any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children):
        return None
    owner = noun_agent(subj)
    if owner is None or owner.pos_ not in ("PROPN", "NOUN", "PRON") and owner.ent_type_ != "NORP":
        return None
    return owner


def stance_participle(verb):
    """(agent, the preposition's object, rule) of a participle that looks passive but says what its subject does
    (data/coding/roles.tsv stance-participle, doer-participle): "Jordan is opposed to the offensive", "rebels who are
    opposed to the talks", "Morocco was engaged in a war", "fighters involved in the war"; else None. The agent is the
    passive subject, the subject of the copula it complements, or (a doer-participle) the noun it modifies."""
    if verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return None
    lemma = verb.lemma_.lower()
    prep = next((c for c in verb.children if c.dep_ == "prep" and f"{lemma} {c.lower_}" in
                 STANCE_PARTICIPLES | DOER_PARTICIPLES), None)
    pobj = _child(prep, {"pobj", "pcomp"}) if prep is not None else None
    if pobj is None:
        return None
    stance = f"{lemma} {prep.lower_}" in STANCE_PARTICIPLES
    # (the passive subject nearest before the verb: "A close partner of the EU, Norway is opposed to")
    agent = ([c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i] or [None])[-1]
    if agent is None and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i \
            and not stance:
        agent = verb.head                # "fighters involved in the war" (not "groups opposed to X": a noun no
        #                                  actor names would be read from the names inside the participle)
    elif agent is None and verb.dep_ == "acomp" and verb.head.pos_ in ("AUX", "VERB"):
        agent = _child(verb.head, SUBJ_DEPS)          # "who are opposed to", "remain opposed to"
        if agent is not None and agent.lower_ in RELATIVE_PRONOUNS and verb.head.dep_ == "relcl":
            agent = verb.head.head
    if agent is None or agent.lower_ in RELATIVE_PRONOUNS and agent.head.dep_ != "relcl":
        return None
    if agent.lower_ in RELATIVE_PRONOUNS:
        agent = agent.head.head          # "rebels who were engaged in": the relative clause's noun
    obj = pobj if stance else None
    return agent, obj, f"agent of '{verb.lower_} {prep.lower_}' (what its subject does)"


def _is_passive(verb) -> bool:
    return any(c.dep_ in PASSIVE_SUBJ_DEPS or c.dep_ == "auxpass" for c in verb.children) \
        or participle_read_as_active(verb) is not None \
        or (verb.dep_ == "acl" and (verb.tag_ == "VBN" or participle_read_as_past(verb))
            and finite_read_as_participle(verb) is None and not perfect_participle(verb)
            and series_read_as_participle(verb) is None and misread_object_relative(verb) is None)


def controller_object(verb, comp=None):
    """(token, rule) for the one who does what a verb's "to" complement says when that is not the verb's subject,
    else (None, ""):

    - an object-control verb's object ("forced them to leave", "urged Iraq to", "congratulated Iraq on its success
      to retake"), data/coding/roles.tsv;
    - the object of a prep-control verb's preposition ("called on Israel to halt", "appealed to Turkey to respect");
    - a passive verb's patient ("the militia formed by Paris to battle the rebels", "troops were sent to fight");
    - the noun a relative clause with no relative word describes, the object of its object-control verb, when the
      complement `comp` has an object of its own ("the rebels Washington trained to fight the insurgents":
      coding/relative_gap.py).
    Any other verb's "to" complement is its subject's purpose ("called Morrison to congratulate him")."""
    if _is_passive(verb):
        patient, _ = object_of(verb)
        if patient is not None and patient.pos_ in ("PROPN", "NOUN", "PRON") and verb.lemma_.lower() not in INSTRUMENT_PASSIVES:
            return patient, "object control (patient of a passive)"
        if patient is not None and verb.lemma_.lower() in INSTRUMENT_PASSIVES and raised_force(patient):
            # "the militia, which was created to fight Isis, was used to capture the town": a body of fighters made or
            # used for an act does it, not a means (coding/doer_nouns.py)
            return patient, "object control (a force raised or used in the passive)"
        return None, ""
    o = _child(verb, {"dobj"})
    key = verb_key(verb)
    if o is not None and o.pos_ in ("PROPN", "NOUN", "PRON"):
        if verb.lemma_.lower() in OBJECT_CONTROL or key in PREP_CONTROL:
            return o, "object control"
        return None, ""
    if o is None and (gap := relative_controller(verb, comp)) is not None:
        return gap
    for c in verb.children:
        if c.dep_ == "prep" and verb.lemma_.lower() + " " + c.lower_ in PREP_CONTROL:
            p = _child(c, {"pobj"})
            if p is not None and p.pos_ in ("PROPN", "NOUN", "PRON"):
                return p, f"object control ('{verb.lemma_.lower()} {c.lower_}')"
    return None, ""


REFLEXIVES = frozenset({"herself", "himself", "themselves", "itself", "oneself", "myself", "ourselves", "yourself",
                        "yourselves"})


def object_of(verb):
    """(object head, passive?): dobj, or the passive subject."""
    if inverted_speaker(verb) is not None:
        return None, False              # '"...," warned the minister': the speaker, no object (inverted_speaker.py)
    ps = _child(verb, PASSIVE_SUBJ_DEPS)
    if ps is not None and (ante := misread_main_subject(ps)) is not None:
        return ante, True               # "the protesters whom police[nsubjpass] arrested were released" (relative_role.py)
    if ps is not None:
        return passive_subject(verb, ps), True
    if (held := held_patient(verb)) is not None:
        return held, True               # "N, held hostage for a year, were freed" (held_captive.py)
    if (held := held_object(verb)) is not None:
        return held, False              # "held the fighters[compound] prisoner" (held_captive.py)
    if (undergone := undergone_thing(verb)) is not None:
        return undergone, True          # "had her citizenship revoked" (misparses.py)
    if (mislabelled := _mislabelled_passive_subject(verb) or participle_read_as_active(verb)) is not None:
        return mislabelled, True        # "the coup, which he claimed was instigated by exiles": "which" is the patient
    if (misread := misread_object_relative(verb)) is not None:
        return misread[1], False        # "the soldiers whom the militants abducted[acl]": the soldiers
    if (rel := series_relative(verb)) is not None:
        return object_of(rel)           # "who were beaten, then killed[acl] by X": the relative clause's patient
    if verb.dep_ == "acl" and (verb.tag_ == "VBN" or participle_read_as_past(verb)) and not perfect_participle(verb) \
            and finite_read_as_participle(verb) is None and series_read_as_participle(verb) is None:
        return name_head(verb.head), True   # "victories gained by the army", "the city captured by rebels" ("crimes
        #                                     against humanity committed by X": the crimes, coding/fixed_phrases.py)
    if (aside := comma_aside_patient(verb)) is not None:
        return aside, True              # "the Kurds, until now armed by the US" (comma_aside.py)
    if verb.dep_ == "conj" and (aside := comma_aside_patient(verb.head, lead=True)) is not None \
            and verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children):
        return aside, True              # "the Kurds, until now armed and supported by the US"
    if verb.dep_ == "conj":
        misread = misread_conjunct(verb)
        if misread is not None and misread[0] == "patient":
            return misread[1], True     # "remnants of the group captured[conj] over five years of war"
        patient = coordinated_passive_patient(verb)
        if patient is not None:
            return patient, True        # "were identified and arrested", "held talks but were offered terms"
    patient = _absolute_participle_patient(verb)
    if patient is not None:
        return patient, True
    if _child(verb, {"auxpass"}) is not None and _child(verb, SUBJ_DEPS) is None:
        # "retook the town after being pushed back", "will go before a judge to be charged", "having been pledged
        # help, the mission ...": a passive whose subject is the clause's it depends on (its object no patient)
        return _controlled_patient(verb), True
    if (moved := misread_gerund_modifier(verb)) is not None:
        return moved, False             # "shot fleeing villagers": the villagers, not what "fleeing" did
    o = _child(verb, {"dobj"})
    if o is not None and o.lower_ in RELATIVE_PRONOUNS and o.pos_ != "PRON" and verb.dep_ == "relcl" \
            and verb.head.pos_ in ("NOUN", "PROPN"):
        # "the militias that[SCONJ] Washington supports": a relative "that" the parser did not take for a pronoun (which
        # coreference would resolve) stands for the one the relative clause is about
        return verb.head, False
    if o is None:
        # ('had "potentially criminalised" herself': a reflexive the parser cut from its verb by a closing quote)
        o = next((c for c in verb.children if c.dep_ == "npadvmod" and c.lower_ in REFLEXIVES and c.i > verb.i
                  and all(t.is_punct for t in verb.doc[verb.i + 1:c.i])), None)
    if (hung := hung_relative_object(verb, o)) is not None:
        return hung, False              # "militia within Syria that Ankara is fighting" (coding/hung_relative.py)
    if o is not None:
        return o, False
    if (gap := relative_infinitive_patient(verb)) is not None:
        return gap, False               # "the refugees it wants to repatriate" (coding/relative_gap.py)
    if (ante := contact_relative_role(verb, "gap")) is not None:
        return ante, False              # "the militia Ankara has vowed to crush" (coding/contact_relative.py)
    if (ante := misread_relative_object(verb)) is not None:
        return ante, False              # "Kurds it had backed to oust X" (coding/relative_gap.py)
    if verb.dep_ == "relcl" and _child(verb, SUBJ_DEPS) is not None:
        rel = _child(verb, SUBJ_DEPS)
        if rel.lower_ not in RELATIVE_PRONOUNS and not any(t.tag_ == "WRB" for t in verb.subtree if t.i < verb.i):
            # (not "the years when Moscow shunned ...": a relative adverb's clause says when or where)
            return verb.head, False    # "the city that Iraq retook"
    # "conj" verb sharing its object with the head is rare in news; leave it
    return None, False


def _controlled_patient(verb):
    """The subject of the clause an adverbial or complement passive with no subject of its own depends on ("the
    rebels retook the town after being pushed back": the rebels), or None."""
    anchor = verb.head
    if verb.dep_ in ("acl", "relcl") and anchor.pos_ in ("NOUN", "PROPN") and anchor.i < verb.i:
        return anchor                    # "the sixth commander to be killed this week": the commander
    if verb.dep_ == "pcomp" and anchor.dep_ == "prep":
        prep, anchor = anchor, anchor.head
        if anchor.pos_ == "ADJ" and anchor.dep_ == "acomp" and prep.lower_ in ("at", "over", "about"):
            # "the militia is still bitter at being ousted": the militia (not what is only feared: "more scared of
            # X than being bombed")
            anchor = anchor.head
    if verb.dep_ not in ("advcl", "pcomp", "xcomp") or anchor.i == verb.i or not _is_verbal(anchor):
        return None
    while anchor.dep_ == "conj" and anchor.head.i < anchor.i and _child(anchor, SUBJ_DEPS | PASSIVE_SUBJ_DEPS) is None:
        anchor = anchor.head             # "were hooded and questioned ... after being led off the ships"
    subjects = [c for c in anchor.children if c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS]
    if not subjects:
        return None
    subj = ([c for c in subjects if c.i < anchor.i] or subjects)[-1]
    if subj.lower_ in RELATIVE_PRONOUNS:
        return anchor.head if anchor.dep_ == "relcl" else None
    return subj if subj.pos_ in ("NOUN", "PROPN", "PRON") else None


def _finite(verb) -> bool:
    """A verb in a tense of its own: past or present ("attacked", "attacks"), or with a tensed auxiliary ("were
    trying", "has shelled"); not an infinitive, a bare participle or a modal's verb."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ == "to" or c.tag_ == "MD" for c in aux):
        return False
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.tag_ in ("VBD", "VBZ", "VBP") for c in aux)


def coordinated_passive_patient(verb):
    """The patient of a participle coordinated with a passive, or None: one that shares the passive's auxiliary ("were
    identified and arrested", "who were tortured and executed", "before being caught and shot") takes the
    passive's patient; one with a passive auxiliary of its own and no subject ("held talks but were offered terms",
    "had surrendered or been killed") takes the subject the conjuncts share."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or head.i == verb.i \
            or any(c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS for c in verb.children):
        return None
    own = any(c.dep_ == "auxpass" for c in verb.children)
    if not own and _reduced_relative(head) and any(c.dep_ == "agent" for c in verb.children) \
            and not any(c.dep_ in ("aux", "dobj") for c in verb.children):
        # why: "the gunmen, funded and equipped by Qatar", "a foe trained and armed by the US": participles
        # coordinated on a noun (the first one often tagged an adjective) were all done to that noun, the patient
        return head.head
    if not own and head.dep_ == "acomp" and head.tag_ == "JJ" and head.lower_.endswith(("ed", "en")) \
            and head.head.lemma_ == "be" and any(c.dep_ == "agent" for c in verb.children):
        # why: "the rebels were armed and funded by Qatar": the first participle read as an adjective after "be"
        subj = _child(head.head, {"nsubj"})
        if subj is not None and subj.lower_ not in RELATIVE_PRONOUNS:
            return subj
    if not own and (head.tag_ != "VBN" or any(c.dep_ in ("aux", "dobj") for c in verb.children)
                    or not (_is_passive(head) or coordinated_passive_patient(head) is not None)):
        return None
    if not own:
        patient, passive = object_of(head)
        if patient is not None and passive:
            if patient.lower_ in RELATIVE_PRONOUNS and head.dep_ == "relcl":
                return head.head
            return patient
    s, r = subject_of(head)
    if s is not None and r.startswith(("nsubj", "relative clause subject", "passive subject")):
        return s
    return None


def _reduced_relative(part) -> bool:
    """A participle that modifies the noun before it ("a militia armed by X", "the Kurds, armed and paid by X"); the
    parser tags the first of coordinated participles an adjective as often as a participle."""
    return part.dep_ == "acl" and part.head.pos_ in ("NOUN", "PROPN") and part.head.i < part.i and (
        part.tag_ == "VBN" or (part.tag_ == "JJ" and part.lower_.endswith(("ed", "en"))))
