"""Who the act is done to: the target chain of the coder.

The pattern's own slot first, then each fallback in a fixed order, each with the reason it adds to the rule:
an event noun's party, a bond ("revoked her citizenship"), a release, the victims of violence, the object, an
act's author, a topic's owner, the party held or hosted, ground held by a named side, the country of a place
acted on. The coder (coding/coder.py) calls find_targets once per clause after the sources are known.
"""
from __future__ import annotations

from dataclasses import replace
from eventwire.coding.clauses import preps_of
from eventwire.coding.destinations import destination_prep
from eventwire.coding.context import PLACE_TARGET_ROOTS, POSTED_CODES, OBJECT_PRONOUNS
from eventwire.coding.hosted import sponsored_gathering
from eventwire.coding.gathering_place import place_gathering_host
from eventwire.coding.held_ground import held_ground_target
from eventwire.coding.held_memory import remembered_holder_target
from eventwire.coding.threatened_ground import threatened_target
from eventwire.coding.warned_repression import warned_party
from eventwire.coding.helping_force import helped_side
from eventwire.coding.avenged import avenged_target
from eventwire.coding.hindered_party import hindered_party
from eventwire.coding.replied_to import replied_to
from eventwire.coding.hearing_body import hearing_body
from eventwire.coding.ousted import ousted_target
from eventwire.coding.claim_author import claim_author
from eventwire.coding.put_to import party_targets, proposal_body
from eventwire.coding.release_holder import release_holder
from eventwire.coding.partners import fight_partner
from eventwire.coding.place_held import sentence_ground_country, taken_where
from eventwire.coding.place_targets import place_target
from eventwire.coding.mission_place import mission_place
from eventwire.coding.held_party import held_party
from eventwire.coding.raid_party import raid_party
from eventwire.coding.people_patients import people_patient
from eventwire.coding.raised_object import captive_state, clause_targets, shared_object
from eventwire.coding.topic_owner import topic_owner
from eventwire.coding.consult_topics import consult_topic, outside_topics
from eventwire.coding.possessed_conduct import conduct_owner
from eventwire.coding.objected_acts import objected_act
from eventwire.coding.proposal_author import refused_proposal
from eventwire.coding.crushed_protests import protest_target
from eventwire.coding.endorsed_protests import endorsed_protest
from eventwire.coding.feared_party import feared_party
from eventwire.coding.verdict_against import verdict_against
from eventwire.coding.nominated_by import nominated_by
from eventwire.coding.aid_area import aid_area
from eventwire.coding.copular_patient import copular_patient
from eventwire.coding.opposed_party import opposed_target
from eventwire.coding.requested_acts import requested_party
from eventwire.coding.demanded_mover import demanded_mover
from eventwire.coding.that_clause_target import that_clause_target
from eventwire.coding.said_about import said_about
from eventwire.coding.permitted_party import permitted_party
from eventwire.coding.act_content import in_act_content
from eventwire.coding.place_anaphora import there_slots
from eventwire.coding.accused import told_content
from eventwire.coding.aid_purpose import aid_recipient
from eventwire.coding.shown_force import shown_ground
from eventwire.coding.hung_recipient import hung_recipient
from eventwire.coding.conjoined_recipient import conjoined_recipient
from eventwire.coding.invited_party import invited_party
from eventwire.coding.obtained_by import obtained_by
from eventwire.coding.object_sides import bought_from, extradited_from, measures_aimed, site_owner
from eventwire.coding.backed_party import backed_party
from eventwire.coding.described_owner import described_owner
from eventwire.coding.held_captive import captive_target
from eventwire.coding.captive_nouns import noun_captives
from eventwire.coding.holdout_relative import holdout_holder
from eventwire.coding.aid_convoy import aid_convoy
from eventwire.coding.backing_force import backed_foe
from eventwire.coding.fight_purpose import purpose_foe
from eventwire.coding.reciprocal import with_ally
from eventwire.coding.roles import victim_words
from eventwire.coding.same_party import other_parties
from eventwire.coding.own_act import own_act_party
from eventwire.coding.suffered import suffered_by
from eventwire.coding.harm_result import harm_result_target
from eventwire.coding.addressed_object import addressed_object
from eventwire.knowledge.nationality import bond_targets
from eventwire.model import Actor


# a curfew or state of emergency imposed on an area: a capital named there is the place, not its government
CURFEW_CODES = ("1723", "1724")


def _capital_place(targets: list, code: str) -> bool:
    """Whether the only parties found for a curfew or state of emergency are capitals read as their governments
    ("a curfew in Cairo"): the capital is the area, whose people place_target takes as the target."""
    return bool(targets) and code.startswith(CURFEW_CODES) and all(t.kind == "capital" for t in targets)


def find_targets(coder, cl, entry, code: str, info, rule: str, sources: list, ctx, sent):
    """The party the act is done to, from the pattern's slot, then each fallback in order (an event noun's
    party, a bond, a release, the victims, the object, the author of a story, a topic's owner, ground held, a
    place acted on). Returns (clause, code, info, rule, targets, target token, fallback): an ally or partner
    read on the way can change the clause and the code."""
    tgt_tok = coder._target_token(cl, entry)
    if (ally := with_ally(cl, entry)) is not None:
        tgt_tok = ally     # (and the ally is no party the act is directed at, in any fallback)
        cl = replace(cl, preps={p: o for p, o in cl.preps.items() if p != "with"})
        rule += "; 'with' names an ally, 'against' the target"
    elif (partnered := fight_partner(cl, entry, code, tgt_tok)) is not None:
        # "fought together with Kurdish forces", "along with X against Isis": a partner, not the enemy
        # (coding/partners.py)
        tgt_tok, cl, code, note = partnered
        info = coder.ontology.cameo(code) or info
        rule += f"; {note}"
    if (helped := helped_side(coder, cl, code)) is not None:
        tgt_tok = helped    # "would enter Afrin to assist the Kurdish militias": the side helped (helping_force.py)
        rule += f"; target: the side its purpose helps ('{helped.text}')"
    elif (addressed := addressed_object(coder, cl, entry, sources, ctx, sent)) is not None:
        tgt_tok, how = addressed    # "lobbied the minister for X", "met Y to press Z" (addressed_object.py)
        rule += f"; target: {how}"
    raised = None
    if tgt_tok is None and cl.kind == "verb" and not cl.passive and (
            (entry.target == "dobj" and cl.obj is None) or captive_state(cl.obj)):   # (also "held hostage and killed X")
        tgt_tok = raised = shared_object(cl.pred)   # "armed and supported the rebels" (raised_object.py)
    targets = []
    if (held := bond_targets(coder, tgt_tok, cl, ctx, sent)) is not None:   # "revoked her British citizenship"
        tgt_tok, targets, how = held; rule += f"; target: {how}"
    if not targets and (found := release_holder(coder, cl, code, sources, tgt_tok, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"   # "appealed for his release" (release_holder.py)
    if tgt_tok is not None and tgt_tok.pos_ == "NOUN" and coder._is_event_noun(tgt_tok):
        # the slot names an act ("condemned the Israeli attack on Gaza", "demanded the withdrawal of Serbian
        # forces", "lifted the ban on the UK"): the party that act gives, before any name inside it
        for tok, how, role in coder._directed_at(tgt_tok, entry.cameo, head_ok=False):
            if consult_topic(entry.cameo, tok):
                continue     # "hosted talks about Sudan": what the talks are about (consult_topics.py)
            targets = other_parties(coder, tok, sources, ctx, sent, role)
            if tok.i == tgt_tok.i and how.startswith("author of"):
                targets = in_act_content(tok, targets)    # ("denounced a pact meant to help X": act_content.py)
            if targets:
                if how:
                    rule += f"; target: {how}"
                break
    if (found := extradited_from(coder, cl, code, tgt_tok, sources, ctx)) is not None:
        # "demanded the extradition of X, a cleric living in Y": the state holding X, before X (object_sides.py)
        targets, how = found; rule += f"; target: {how}"
    if not targets and (found := holdout_holder(coder, cl, code, tgt_tok, sources, ctx)) is not None:
        # "took the school, which was their last holdout": the side whose ground it was, before the building's own
        # sector (holdout_relative.py)
        targets, how = found; rule += f"; target: {how}"
    if not targets and (found := aid_convoy(cl, code, tgt_tok, ctx)) is not None:
        targets, how = found; rule += f"; target: {how}"   # "shelled a convoy carrying food" (aid_convoy.py)
    if not targets and (found := sponsored_gathering(coder, cl, code, tgt_tok, sources, ctx, sent,
                                                       entry.cameo)) is not None:
        targets, how = found; rule += f"; target: {how}"   # "boycotted the Russian-sponsored congress" (hosted.py)
    if not targets and (found := place_gathering_host(coder, cl, code, tgt_tok, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"   # "dismissed the Sochi conference" (gathering_place.py)
    if tgt_tok is not None and not targets:
        # (not a topic inside the slot of a meeting: "hosted talks about Sudan", consult_topics.py)
        targets = outside_topics(entry.cameo, tgt_tok, coder.actors_for(tgt_tok, ctx, sent, role="target"))
        if code[:2] in ("11", "12") and tgt_tok.pos_ == "NOUN":
            targets = in_act_content(tgt_tok, targets)    # ("opposed a motion to bar X firms": act_content.py)
        if (owned := conduct_owner(coder, tgt_tok, code, targets, sources, ctx, sent)) is not None:
            targets, how = owned; rule += f"; target: {how}"   # "criticised China's handling of the UN talks"
        # (why: a participle coordinated with one on the noun, "fighters armed and paid by X", also: its own
        # clause; not the first one's, "a campaign led by the SDF and supported by the US" was the SDF's)
        part = cl.pred.head if cl.pred.dep_ == "conj" and cl.pred.head.dep_ == "acl" else cl.pred
        if part.dep_ == "acl" and tgt_tok.i == part.head.i:
            # "talks brokered by Turkey and the UN": the noun's phrase holds the participle's own clause,
            # whose agents are not its patient
            lo, hi = cl.pred.left_edge.idx, cl.pred.right_edge.idx + len(cl.pred.right_edge)
            targets = [t for t in targets if t.start is None or not lo <= t.start < hi]
    if (found := copular_patient(coder, cl, tgt_tok, targets, ctx, sent)) is not None:
        tgt_tok, targets, how = found; rule += f"; target: {how}"   # "X is the first person charged" (copular_patient.py)
    if (found := demanded_mover(coder, cl, code, sources, tgt_tok, targets, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"   # "demanded the withdrawal of X from Y" (demanded_mover.py)
    if (moved := mission_place(coder, entry, code, targets, tgt_tok, sources, ctx)) is not None:
        targets, how = moved; rule += f"; target: {how}"   # "troops to the UN mission in Mali" (mission_place.py)
    if _capital_place(targets, code):
        targets = []       # "a curfew in Cairo": the capital is the place, its people the target (place_target below)
    if own_act_party(coder, cl, code, tgt_tok, targets, sources):
        targets = []       # "the BLA has waged an insurgency in X": the act's own noun, no party (coding/own_act.py)
    if targets and tgt_tok is not None and tgt_tok.lower_ in OBJECT_PRONOUNS \
            and any("coreference" in (a.why or "") and any(a.code == s.code for s in sources) for a in targets):
        # "called Morrison to congratulate him": an object pronoun is never its own clause's subject; in a
        # purpose clause it is the governing verb's object
        bound = coder._binding_object(cl)
        if bound is not None:
            alt = coder.actors_for(bound, ctx, sent, role="target")
            if alt:
                targets = [replace(a, text=tgt_tok.text, start=tgt_tok.idx, end=tgt_tok.idx + len(tgt_tok.text),
                                   why=(a.why or "") + f"; '{tgt_tok.text}' is '{bound.text}', the object of "
                                                       f"'{bound.head.text}' (binding)") for a in alt]
    if raised is not None and targets:
        rule += f"; target: '{raised.text}', the object it shares with '{raised.head.text}'"
    patient, shared = tgt_tok, None
    if cl.passive and cl.obj is not None and tgt_tok is not None and cl.obj.i < tgt_tok.i:
        patient = cl.obj  # (a passive's subject before its slot: "Rice was shot at his home")
    if not targets and code[:2] in ("17", "18", "19", "20") and entry.target == "dobj" \
            and (shared := coder._shared_patient(cl)) is not None:
        # "three farmers got caught in the crossfire and were killed": the patient of the first verb
        patient = shared
        targets = coder.actors_for(shared, ctx, sent, role="target")
        if targets:
            rule += f"; target: '{shared.text}', the patient shared with '{cl.pred.head.text}'"
    victims = not targets and patient is not None and cl.kind == "verb" and code[:2] in ("17", "18", "19", "20")
    bare = patient is not None and (patient.like_num or patient.pos_ == "NUM")
    if victims and not bare:
        # "five masons were killed", "McCoy was shot": the people it was done to
        targets = coder._victims(patient, cl, entry.lemma, ctx, sent, passive=shared is not None)
        if targets:
            rule += f"; target: the people '{cl.pred.text}' was done to"
    fallback = False
    if not targets and (found := hearing_body(coder, cl, entry, sources, tgt_tok)) is not None:
        targets, how = found     # "appeared before the panels": the witness's legislature (hearing_body.py)
        rule += f"; target: {how}"
    if not targets and (found := proposal_body(coder, cl, entry.cameo, sources, ctx, sent)) is not None:
        targets, how = found     # "a resolution at the council", before its topic "on X" (put_to.py)
        rule += f"; target: {how}"
    if not targets and (found := bought_from(coder, cl, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"   # "pledged $2bn to buy Russian jets" (object_sides.py)
    if not targets and (found := site_owner(coder, cl, code, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"   # "a protest in front of a Hamas building" (object_sides.py)
    if not targets and (found := measures_aimed(coder, cl, code, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"   # "sanctions, as well as measures targeting Iran's oil" (object_sides.py)
    if not targets:
        # the pattern's target slot names no actor ("congratulated Iraq on its success",
        # "invaded the country"): take the actor the object or a prepositional phrase names, or the one an act
        # named there is directed at ("called for sanctions on Iran"), or, for a response, its author
        # ("denied the accusations by Japan"); never a theme, topic or place that merely contains a name
        # (by the act the pattern names, not the intention or refusal it is coded as)
        for alt, head_ok in coder._fallback_targets(cl, tgt_tok, entry.cameo):
            for tok, how, role in coder._directed_at(alt, entry.cameo, head_ok):
                if consult_topic(entry.cameo, alt) or consult_topic(entry.cameo, tok):
                    continue     # "discussed sanctions against X": the topic, not the one met (consult_topics.py)
                # (never the source itself: "an attack by Isis on ..." read as a whole names Isis)
                targets = other_parties(coder, tok, sources, ctx, sent, role)
                if tok.i == alt.i and how.startswith("author of"):
                    # "opposed a proposal to ban Danish firms": no author named in what it proposes (act_content.py)
                    targets = in_act_content(tok, targets)
                if tok.i == alt.i and how.startswith("author of") and told_content(tok):
                    # "Riyadh denied claims that its jets had bombed a bus": the denier's own side (or a
                    # party of no known country) named in what is denied is not who claimed it
                    targets = [t for t in targets if (t.country or t.entity) and not any(
                        t.country and t.country == s.country for s in sources)]
                if _capital_place(targets, code):
                    targets = []     # (as for the slot: "a curfew on Khartoum")
                if _own_thing(alt, targets, sources):
                    targets = []     # "reopened its embassy in <a city no list places>": the doer's own mission
                if targets:
                    fallback = True
                    rule += f"; target from '{alt.dep_}' fallback" + (f" ({how})" if how else "")
                    break
            if targets:
                break
    if not targets and (found := described_owner(coder, cl, code, tgt_tok, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"   # "destroyed the group's camps" (described_owner.py)
    if not targets and (found := aid_recipient(coder, cl, entry, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"   # "sent aid to help flood victims" (aid_purpose.py)
    if not targets and (found := shown_ground(coder, cl, entry, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"   # "sent aircraft to buzz Greek islands" (shown_force.py)
    if not targets and (found := obtained_by(coder, cl, entry, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"   # "supplied the arms Chile bought" (obtained_by.py)
    if not targets and (found := invited_party(coder, cl, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"   # "accepted an invitation to visit Chile" (invited_party.py)
    if not targets and (found := hung_recipient(coder, cl, entry, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"   # "blankets alongside assistance to Armenia" (hung_recipient.py)
    if not targets and (found := conjoined_recipient(coder, cl, entry, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"   # "train local forces and provide support" (conjoined_recipient.py)
    if not targets and (found := backed_party(coder, cl, code, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"   # "backers of X cut their aid" (backed_party.py)
    if not targets and (found := captive_target(coder, cl, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"   # "crewmen held prisoner at a port" (held_captive.py)
    if not targets and (found := coder._story_author(tgt_tok if tgt_tok is not None or cl.kind != "verb"
                                                    else cl.obj, entry.cameo, sources, ctx, sent)) is not None:
        targets, how = found     # "criticized the decision" after "Trump's decision": its author (roles.py)
        rule += f"; target: {how}"
    if not targets and (found := topic_owner(coder, cl, code, tgt_tok, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"  # "criticised Ankara's plan" (topic_owner.py)
    if not targets and (found := objected_act(coder, cl, code, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"  # "her refusal to meet X", "over Y objections" (objected_acts.py)
    if not targets and (found := refused_proposal(coder, cl, code, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"  # "refused to join a programme run by X" (proposal_author.py)
    if not targets and (found := protest_target(coder, cl, code, tgt_tok, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"  # "cracked down on the rallies" (crushed_protests.py)
    if not targets and (found := endorsed_protest(coder, cl, entry, code, tgt_tok, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"  # "backed the protests in Tehran" (endorsed_protests.py)
    if not targets and (found := feared_party(coder, cl, code, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"  # "on alert amid fears of an Indian attack" (feared_party.py)
    if not targets and (found := verdict_against(coder, cl, code, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"  # "a death sentence against the smuggler" (verdict_against.py)
    if not targets and (found := nominated_by(coder, cl, entry, code, tgt_tok, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"  # "refused to approve the judicial nominees" (nominated_by.py)
    if not targets and (found := aid_area(coder, cl, entry, code, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"  # "the aid provided to those areas" (aid_area.py)
    if not targets and (found := opposed_target(coder, cl, code, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"  # "anti-Bush protesters marched" (opposed_party.py)
    if not targets and (found := requested_party(coder, cl, code, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"  # "sent troops at Bamako's request" (requested_acts.py)
    if not targets and (found := that_clause_target(coder, cl, code, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"  # "warned that Caracas was arming" (that_clause_target.py)
    if not targets and (found := said_about(coder, cl, code, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"  # "in a statement, X said Y had ..." (said_about.py)
    if not targets and (found := permitted_party(coder, cl, code, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"  # "refused to let the observers in" (permitted_party.py)
    if not targets and (found := clause_targets(coder, cl, code, sources, ctx, sent)) is not None:
        targets, how = found     # "forcing Hadi to resign", "pound the area, backed by X" (raised_object.py)
        rule += f"; target: {how}"
    if not targets and (found := held_party(coder, cl, code, sources, ctx, sent)) is not None:
        targets, how = found     # "searched his house", "the Britons in Kurdish custody" (held_party.py)
        rule += f"; target: {how}"
    if not targets and (found := noun_captives(coder, cl, code, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"   # "their arrests", "Mugabe's detainees" (captive_nouns.py)
    if not targets and (found := purpose_foe(coder, cl, code, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"   # "rebels fighting to overthrow X" (fight_purpose.py)
    if not targets and (found := backed_foe(coder, cl, code, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"   # "X, backed by US airstrikes, routed Y" (backing_force.py)
    if not targets and (found := raid_party(coder, cl, code, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"   # "raided a farm to arrest X" (raid_party.py)
    if not targets and victims and bare:
        # "at least 40 were killed", after the fallbacks ("an attack on Kenyan police killed four": those it
        # was aimed at)
        targets = coder._victims(patient, cl, entry.lemma, ctx, sent, passive=shared is not None)
        if targets:
            rule += f"; target: the people '{cl.pred.text}' was done to"
    if not targets and (found := suffered_by(coder, cl, code, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"   # "Farah, who died in a US air strike" (suffered.py)
    if not targets and (found := harm_result_target(coder, cl, code, sources, ctx, sent)) is not None:
        targets, how = found; rule += f"; target: {how}"   # "the strikes led to the deaths of 12 herders" (harm_result.py)
    if not targets and ((found := people_patient(coder, cl, code, patient, sources, ctx, sent)) is not None
                        or code[:2] != entry.cameo[:2] and (found := people_patient(
                            coder, cl, entry.cameo, patient, sources, ctx, sent)) is not None):
        # "met informants" (coding/people_patients.py); by the act's own code where it is coded as an intention,
        # a refusal or a course weighed ("is considering giving money to local communities")
        targets, how = found; rule += f"; target: {how}"
    if not targets and (found := party_targets(coder, cl, entry, code, sources, ctx, sent)) is not None:
        targets, told = found    # the party hosted, addressed, negotiated with, holding the actor or bound
        rule += told             # by a pact (put_to.py)
    if not targets and (found := claim_author(coder, cl, code, sources, tgt_tok, ctx, sent)) is not None:
        targets, how = found     # "declared that ..., but the claim was disputed" (claim_author.py)
        rule += f"; target: {how}"
    if not targets and (found := held_ground_target(coder, cl, code, sources, tgt_tok, ctx, sent)) is not None:
        # ground whose holder the text names ("bombed areas held by the SDF"), before the state it lies in
        # (coding/held_ground.py)
        targets = [found[0]]
        rule += f"; target: {found[1]}"
    if not targets and (found := ousted_target(coder, cl, code, sources, ctx, sent)) is not None:
        targets = [found[0]]     # the side ground was taken or freed from (coding/ousted.py)
        rule += f"; target: {found[1]}"
    if not targets and (found := remembered_holder_target(coder, cl, code, sources, tgt_tok, ctx, sent)):
        targets = [found[0]]     # the holder the article names of the place acted on (coding/held_memory.py)
        rule += f"; target: {found[1]}"
    if not targets and (found := threatened_target(coder, cl, entry, code, sources, tgt_tok, ctx, sent)) is not None:
        targets, how = found     # "threatened to extend its operation towards Manbij" (threatened_ground.py)
        rule += f"; target: {how}"
    if not targets and (found := warned_party(coder, cl, code, sources, ctx, sent)) is not None:
        targets, how = found     # "warned there may be arrests if protesters ..." (warned_repression.py)
        rule += f"; target: {how}"
    if not targets and (found := avenged_target(coder, cl, code, sources, ctx, sent)) is not None:
        targets, how = found     # "vowed vengeance for the incident", "retaliated by imposing sanctions" (avenged.py)
        rule += f"; target: {how}"
    if not targets and (found := replied_to(coder, cl, code, sources, ctx, sent)) is not None:
        targets, how = found     # "when Bolton said he was, Trump ordered: ..." (replied_to.py)
        rule += f"; target: {how}"
    if not targets and (found := hindered_party(coder, cl, code, sources, ctx, sent)) is not None:
        targets, how = found     # "Russian vetoes hampered UN action" (hindered_party.py)
        rule += f"; target: {how}"
    conquest = cl.kind == "verb" and cl.pred.lemma_.lower() in victim_words().get("conquest-verb", ())
    # (an aid convoy entering a town: the place's state, as for an act of force; data/coding/victims.tsv)
    entering = cl.kind == "verb" and cl.pred.lemma_.lower() in victim_words().get("entry-verb", ())
    if not targets and (code[:2] in PLACE_TARGET_ROOTS or conquest or entering) and cl.kind == "verb" \
            and cl.obj is not None:
        taken = cl.obj
        if conquest and taken.lemma_.lower() in victim_words().get("hold-noun", ()):
            # "took control of villages in Idlib": the ground is the "of" phrase
            # (or the verb's, where the parser hung it there)
            taken = next((g for c in taken.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj"), cl.preps.get("of") or taken)
        held = coder._place_held(taken, sources, ctx, taken_where(cl) if conquest else None)
        if held is None and conquest:
            # ("in northern Mali, ... the land occupied by the jihadists": coding/place_held.py)
            held = sentence_ground_country(taken, sources, ctx, sent)
        if held is not None:
            targets = [held]
            rule += f"; target: the country of the place acted on ('{held.text}')"
    posted = entry.cameo.startswith(POSTED_CODES)
    if not targets and (entry.cameo[:2] in PLACE_TARGET_ROOTS or posted) \
            and sources and all(s.country or s.entity for s in sources):
        # a move of force into, onto or on to a named place, done or threatened ("Turkey's incursion into
        # Afrin", "launched an offensive into Afrin", "carried out airstrikes on Raqqa", "will extend the
        # incursion to Manbij", "threatened to attack Manbij"), or forces sent or posted there ("sent troops
        # into Afrin", "peacekeepers in South Sudan"): the state that holds it, when the doer's own side is
        # known (not the regime's own ground, nor a joint "Russian-Syrian attack on Idlib": a country the
        # act's own modifiers name is on the doer's side)
        sides = list(sources) + ([Actor.national(p.country) for p in
                                  ctx.places_in(cl.pred.left_edge.idx, cl.pred.idx) if p.country]
                                 if cl.kind == "noun" else [])
        directed = ("into", "to", "in", "inside") if posted else ("into", "on", "upon", "against", "to")
        # (not where a conduct verb took people: "escorted the pilgrims to a camp in Chad", destinations.py)
        directed = tuple(p for p in directed if not destination_prep(cl, p))
        # (and those of the light verb the act is the object of: "extend the incursion to Manbij")
        lv = preps_of(cl.light_verb) if cl.light_verb is not None and cl.kind == "noun" else {}
        slots = [cl.preps[p] for p in directed if p in cl.preps] + [lv[p] for p in directed if p in lv]
        if posted:
            slots += there_slots(ctx, [cl.pred])     # "deployed troops there"
        if code[:2] not in PLACE_TARGET_ROOTS and not posted and cl.kind == "verb" and cl.obj is not None:
            slots.insert(0, cl.obj)    # an act of force on a place, threatened ("threatened to attack Manbij")
        if tgt_tok is not None and tgt_tok.dep_ == "pobj" and tgt_tok.head.lower_ in directed:
            slots.append(tgt_tok)      # the pattern's slot on the act's noun ("began its assault on Raqqa")
        for slot in slots:
            held = coder._place_held(slot, sides, ctx)
            if held is not None:
                targets = [held]
                how = f"went {slot.head.lower_}" if slot.dep_ == "pobj" else "is done to"
                rule += f"; target: the country of the place the act {how} ('{held.text}')"
                break
    if not targets and ((found := place_target(coder, cl, entry, code, sources, tgt_tok, ctx, sent)) is not None
                        or code != entry.cameo and (found := place_target(coder, cl, entry, entry.cameo, sources,
                                                                          tgt_tok, ctx, sent)) is not None):
        # an act of force named by a noun or done "in" a place, a curfew on an area, a withdrawal from or a
        # ceasefire in a place, ground held by a named side (coding/place_targets.py); by the act's own code where
        # it is coded as an intention or a refusal ("ready to pull its soldiers out of X", "will extend the curfew
        # in X": the place is the intended act's)
        targets = [found[0]]
        rule += f"; target: {found[1]}"
    return cl, code, info, rule, targets, tgt_tok, fallback


def _own_thing(tok, targets, sources) -> bool:
    """Whether a fallback object is the doer's own thing by its possessive pronoun ("its embassy", "their
    troops"), so the actor it names is the doer's own side, not one the act is done to."""
    # (only "its"/"their": "ordered her citizenship revoked" is done to the woman, not the doer's own thing)
    if not targets or not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
        return False
    own = {s.country for s in sources if s.country}
    return bool(own) and all(t.country in own for t in targets)
