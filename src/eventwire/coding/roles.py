"""The target slot of each predicate: the lexicon's target argument, fallbacks to a directed object or preposition, the
party an act noun is directed at, the host of talks, the object an object pronoun is bound to, and who speaks
(reported speech, predictions).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.coding.said_in import venue_author
from eventwire.coding.clauses import (Clause, DEMANDING_HEADS, OWN_OBJECT_CODES, PARTITIVE_NOUNS, SUPPORT_NOUNS,
                                      TALKS_WORDS, noun_agent, noun_preps, preps_of, unwrap_quantity)
from eventwire.coding.context import (DocContext, _kind, LOCATIVE_IN_ROOTS, OWN_POSSESSIVES, OWNER_ROOTS,
    PARTITIVES, _past, RESPONSE_ROOTS, SPEECH_HEADS, WRAPPER_NOUNS)
from eventwire.coding.noun_args import _weapon_words
from eventwire.coding.body_recipient import body_recipient
from eventwire.coding.passive_agents import SHARED_AGENT
from eventwire.coding.forecasts import clausal_doer, habitual, in_main_clause, outside_voice, other_person, own_words, \
    quote_speaker, quote_speaker_token, writer_forecast
from eventwire.coding.addressees import BARE_GOVERNOR_CODES, complement_parties, resisted_bidder
from eventwire.coding.defended import defended_by
from eventwire.coding.destinations import destination_prep
from eventwire.coding.branded import branded_parties
from eventwire.coding.bounty import wanted_parties
from eventwire.coding.act_args import (AIMED_ROOTS, aim_role, BODY_NOUNS, aimed_parties, bid_for_party, clause_parties,
                                       force_purposes, protest_adjunct_party, purpose_parties, purpose_party, relative_acts,
                                       story_doer, support_frame, supported_party)
from eventwire.coding.same_party import is_source
from eventwire.doc_index import to_infinitive
from eventwire.knowledge.nationality import bond_holder
from eventwire.coding.marked_person import marked_person
from eventwire.knowledge.phrase_sides import onlooker_nouns
from eventwire.model import Actor
from eventwire.coding.victim_roles import VictimRoles, beside_force, victim_words  # noqa: F401  (victim_words re-exported)
from eventwire.coding.clause_record import SENT_NOUNS, role_words
from eventwire.coding.forum_acts import forum_act
from eventwire.coding.hung_preps import verb_hung_sender

OWN_WITHDRAWAL_VERBS = role_words().get("own-withdrawal-verb", frozenset())
OWN_ARMS_VERBS = role_words().get("own-arms-verb", frozenset())
from eventwire.coding.side_preps import side_phrase
from eventwire.coding.valued_by import valued_for

GRANTED_NOUNS = role_words().get("granted-noun", frozenset())


def _body_unaimed(noun) -> bool:
    """Whether the subject `noun` names a body that acts ("an alliance led by Kurdish militias and backed by the US,
    which took control of Raqqa") with no party it is aimed at ("the coalition against Isis took over Raqqa"): its
    leaders and backers are its own, no target of what it does."""
    return noun.lemma_.lower() in BODY_NOUNS and not any(
        c.dep_ == "prep" and c.lower_ in ("against", "on") for c in noun.children)


class Roles(VictimRoles):
    """Mixin of Coder (coding/coder.py): the target slot of each predicate: the lexicon's target argument, fallbacks to
    a directed object or preposition, the party an act noun is directed at, the host of talks, the object an
    object pronoun is bound to, and who speaks (reported speech, predictions)."""


    def _fallback_targets(self, cl: Clause, tried, code: str, with_object: bool = True):
        """(argument head, whether the head itself may be the target) for the arguments that may name the one an act
        is directed at when the pattern's own slot names none: the object (not for an act done with one's own means:
        "mobilised troops", "withdrew its forces"); for a bare refusal or promise, the parties of the act its "to V"
        names ("refused to put pressure on Iran": coding/addressees.py); the one a demand is made of ("demanded that Moscow withdraw"; not
        "warned that Iran is arming", "asked if they worried"); the object of a directed preposition, where "for"
        names a party only for appeals, cooperation and aid ("provided aid for refugees"; "fought for us" is a
        beneficiary, though "mobilised troops for a battle against X" names X through the battle) and "from" never
        does ("sent weapons from Turkey"); never a supporter ("with the support of the US"); the name in apposition
        to the slot, and the doer of an act a response's phrase names by a clause (act_args.clause_parties)."""
        out = []
        own = any(code.startswith(c) for c in OWN_OBJECT_CODES) or (
            code.startswith("166") and cl.pred.lemma_.lower() in OWN_WITHDRAWAL_VERBS) or (   # ("withdrew peacekeepers")
            code.startswith("072") and cl.pred.lemma_.lower() in OWN_ARMS_VERBS     # ("sent jets to the Gulf")
            and any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for") for c in cl.pred.children))
        if with_object and cl.obj is not None and cl.obj is not tried and cl.obj is not cl.subj and not own:
            out.append((cl.obj, True))
        if with_object and cl.kind == "verb" and code[:2] not in ("18", "19", "20") and not own:
            # a second object, the parser's reading of the one words or a promise are given to beside a "what" or
            # "which" object ("what the Kremlin promised Ankara it would do")
            out.extend((c, True) for c in cl.pred.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN")
                       and c is not cl.obj and c is not tried and c is not cl.subj
                       and any(o.dep_ == "dobj" and o.tag_ in ("WP", "WDT") for o in cl.pred.children))
        demand = cl.pred.lemma_.lower() in DEMANDING_HEADS or (
            cl.obj is not None and cl.obj.lemma_.lower() in DEMANDING_HEADS)     # "reiterated its demand ... that Israel"
        # "implored the United States to stay", parsed with the addressee as the subject of the infinitive: an
        # appeal's or demand's addressee all the same, and so is a coercion's patient ("forcing Hadi to resign")
        bid = cl.kind == "verb" and code[:2] in ("02", "10", "17") and any(
            c.dep_ == "ccomp" and to_infinitive(c) for c in cl.pred.children)
        if with_object and (cl.kind == "verb" or demand) and (demand or bid or (code[:2] == "01" and code[:3] != "016")):
            # (a comment is about the one its complement is about: "expressed hope that the new government will help")
            for c in cl.pred.children:
                # (a demand's complement is wanted, not reported: "that X withdraw", "that X is reined back"; not
                # "insisted that the army had not fired"); a demand noun's: "Trump's demand that Britain repatriate"
                if (c.dep_ == "ccomp" or (c.dep_ == "acl" and cl.kind == "noun" and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in c.children))) and (not demand or not _past(c)) \
                        and not any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children) \
                        and not any(m.tag_ in ("WRB", "WP", "WDT") for m in c.children):
                    subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is not None and subj is not tried and subj.lower_ not in ("that", "which", "who", "it", "what"):
                        out.append((subj, True))
        if code[:2] == "12" or (cl.negated and cl.refused):
            # "declined to resign despite the pressure by Congress": the one whose bid it refuses (coding/addressees.py)
            bidder = resisted_bidder(cl)
            if bidder is not None and bidder is not tried:
                out.append((bidder, True))
        if with_object and code in BARE_GOVERNOR_CODES:
            # "refused to hand the prisoners to Damascus": the target of the act refused (coding/addressees.py)
            out.extend((t, True) for t in complement_parties(cl) if t is not tried and not any(t is o for o, _ in out))
        if with_object and code[:2] in ("02", "10"):
            asked = bid_for_party(cl)     # "called for Britain to stay"
            if asked is not None and asked is not tried and not any(asked is o for o, _ in out):
                out.append((asked, True))
        for at in beside_force(cl, code):
            if at is not tried:
                out.append((at, True))    # "a bomb exploded near a US patrol", "... as an army convoy passed"
        for p in ("against", "on", "upon", "with", "to", "toward", "towards", "for", "into", "from", "between"):
            t = cl.preps.get(p)
            if t is None or t is tried or any(t is o for o, _ in out) or (p == "with" and t.lemma_.lower() in SUPPORT_NOUNS):
                continue
            if p == "with" and (self._projectile(t) or self._violent_agent(t) or t.lemma_.lower() in self.attack_cues.get("weapon", ())):
                # "attacked the cities with rockets and drones": the instrument; an act it was done by names the party
                # that act is aimed at ("retaliated with an attack on the Kurds"), never the act's own doer
                aim = noun_preps(t).get("against") or noun_preps(t).get("on") if self.event_noun(t) is not None else None
                if aim is not None and aim is not tried and not any(aim is o for o, _ in out):
                    out.append((aim, True))
                continue
            if destination_prep(cl, p):
                continue               # "escorted the pilgrims to a camp in Chad": only where (destinations.py)
            if p == "to" and valued_for(cl, t):
                continue               # "dismissed the value of X to Kenya": whom it matters to (valued_by.py)
            if p == "into" and code[:2] not in ("09", "15"):
                continue               # ("an investigation into the company", "sent troops into Syria"; not "fled into Turkey")
            if p == "from" and code[:2] != "02":
                continue               # ("pleaded for help from the US"; not "sent weapons from Turkey")
            if p == "upon" and self.event_noun(t) is not None:
                continue               # "upon arrival in Syria", "upon his release": when, not at whom
            if p == "between" and code[:2] not in ("04", "08"):
                continue               # the parties a mediator brings together ("brokered a truce between X and Y")
            if side_phrase(p, t, code, self.event_noun(t) is not None or t.lemma_.lower() in WRAPPER_NOUNS,
                           cl.pred):
                continue               # "fought for the junta", "on behalf of X": the doer's side (side_preps.py)
            out.append((t, p != "for" or code[:2] in ("01", "02", "03", "05", "06", "07", "08")))
        if code[:2] in ("06", "07") and cl.kind == "verb" and "to" not in cl.preps:
            hidden = participle_recipient(cl.pred)     # "sent arms to vetted rebel groups", misparsed
            if hidden is not None and hidden is not tried and not any(hidden is o for o, _ in out):
                out.append((hidden, True))
        of = cl.preps.get("of")
        # why: a wrapper noun is an act too ("warned of armed action against the Baloch", "threats of military
        # action against Damascus": the party the action is aimed at), even as the slot tried, which the coder reads
        # through _directed_at only for an event noun
        wrapper = of is not None and self.event_noun(of) is None and of.lemma_.lower() in WRAPPER_NOUNS
        if code[:2] == "13" and of is not None and (of is not tried or wrapper) and of.pos_ == "NOUN" \
                and (self.event_noun(of) is not None or wrapper) \
                and not any(of is o for o, _ in out) \
                and noun_agent(of) is None and "between" not in noun_preps(of):
            # "warned of a war with Iran", "warned of retaliation against Israel": the party the threatened act, the
            # speaker's own, is aimed at (not an act with a doer of its own: "warned of an Ethiopian attack on
            # Sudan", "of a war between Israel and Hezbollah" foresee others' acts)
            out.append((of, False))
        if code[:2] == "13" and cl.kind == "verb":
            # "warned it would treat deserters as traitors" (coding/branded.py), "offered a reward to whoever kills X"
            # (coding/bounty.py): the people branded, the one a price is put on
            out.extend((t, True) for t in branded_parties(self, cl.pred) + wanted_parties(self, cl)
                       if t is not tried and not any(t is o for o, _ in out))
        if code[:2] == "08" and cl.kind == "verb":
            # a yield's "in" names the act given in to ("acquiesced in Turkey's operation"), whose author the act noun
            # gives (_directed_at); any other "in" is where or when ("in return", "in 2016")
            given = next((o for c in cl.pred.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
                          if o.dep_ == "pobj" and o.pos_ == "NOUN" and (self.event_noun(o) is not None
                                                                         or o.lemma_.lower() in WRAPPER_NOUNS)
                          and any(m.dep_ in ("det", "poss", "nmod", "compound", "amod") for m in o.children)), None)
            # (a bare noun is an idiom's: "in return", "in response")
            if given is not None and given is not tried and not any(given is o for o, _ in out):
                out.append((given, False))
        if code[:2] == "14" or (code[:2] == "11" and cl.kind == "verb" and cl.obj is None):
            # "went on strike in protest at the ban"; "resigned in protest at the president's decision" (a disapproval
            # with no object of its own): the protest's against/at/over phrase names what the act is aimed at
            against = protest_adjunct_party(cl, self._protest_noun)
            owner = next((c for c in against.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")),
                         None) if against is not None else None
            if owner is not None:
                against = owner      # ("in protest over the government's arrest of two MPs": the arrester, not the MPs)
            elif code[:2] == "11" and against is not None and against.pos_ != "PROPN":
                against = None       # ("resigned in protest over the arms sales to X": whose sales, unsaid)
            if against is not None and against is not tried and not any(against is o for o, _ in out):
                out.append((against, True))
        if cl.kind == "noun" and code[:2] in ("18", "19", "20"):
            # "defended the post against a Taliban attack": the attack is aimed at the defenders (coding/defended.py)
            out.extend((d, True) for d in defended_by(cl.pred) if d is not tried and not any(d is o for o, _ in out))
        if with_object and code[:2] in ("18", "19", "20") and cl.subj is not None and not cl.passive \
                and cl.subj.pos_ == "NOUN" and self.event_noun(unwrap_quantity(cl.subj)) is not None \
                and not _body_unaimed(unwrap_quantity(cl.subj)):
            out.append((cl.subj, False))   # "an attack on Kurdish forces killed five": those it was aimed at
        if with_object:
            out.extend((t, True) for t in clause_parties(cl, tried, code) if not any(t is o for o, _ in out))
        if with_object and (code[:2] == "15" or code[:3] == "074"):
            # why: "deployed troops to confront the militia": the party a show of force's purpose is aimed at; "sent
            # its air force to prop up the regime": the party armed protection is sent for
            out.extend((t, True) for t in purpose_party(cl) if t is not tried and not any(t is o for o, _ in out))
        if with_object and code[:2] in ("18", "19", "20"):
            # "fought to drive the militia from the valley", "shelled the town in a bid to dislodge the rebels", "began
            # the assault, aiming to force X out": the party the act's own purpose of force names (coding/act_args.py)
            purposes = force_purposes(cl.pred) if cl.kind == "verb" else relative_acts(cl.pred) + (
                force_purposes(cl.light_verb, ("advcl", "xcomp")) if cl.light_verb is not None else [])
            out.extend((t, True) for t, _ in purpose_parties(cl.pred, purposes, self._force_verb)
                       if t is not tried and not any(t is o for o, _ in out))
        backed = supported_party(cl)
        if backed is not None and not any(backed is o for o, _ in out):
            out.append((backed, True))     # "fighters, operating with American air support": the ones backed
        by = cl.preps.get("by")
        if with_object and by is not None and not cl.passive and cl.obj is not None and cl.obj.i < by.i \
                and (code[:3] == "016" or code[:2] in RESPONSE_ROOTS):
            out.append((by, True))     # "denied the accusations by Japan", the parser hanging "by" on the verb
        return out


    def _protest_noun(self, tok) -> bool:
        """Whether a noun names a protest: an event noun the lexicon codes 14 ("protest", "demonstration")."""
        noun = self.event_noun(tok)
        entries = self.lex.match_noun(noun, frozenset()) if noun is not None else None
        return bool(entries) and entries[0].cameo[:2] == "14"


    def _directed_at(self, tok, code: str, head_ok: bool = True, depth: int = 0):
        """(token, how, role) to try, in order, for the actor a fallback argument names:
        - the head itself, which must name the actor, not merely contain one ("five US goals", "a UN-led
          investigation", "a House of Commons statement" name none);
        - for an act named by a noun, the party it is directed at: its lexicon slot or an on/against/with/to phrase
          ("sanctions on Iran", "lift the ban on the UK", "a battle against the Brotherhood"); for a demand, the one it
          is made of ("its demand that Israel ease restrictions");
        - for an act of force, coercion, protest, yielding or reduced relations, the owner of the thing it is done to
          ("attacked an Israeli village", "captured a Karen guerrilla stronghold", "released a Lebanese
          millionaire's assets");
        - for a response (a denial, praise, criticism, rejection, demand), the author of the act it answers ("denied
          the accusations by Japan", "rejected Erdogan's calls", "welcomed the US decision"), never the actor's own
          ("its demand");
        - before the head, for an act of force done with an act noun ("spearheaded the campaign of the coalition
          against Isis", "launched an offensive to oust the Kurds"), the party that noun is aimed at
          (coding/act_args.py: ``aimed_parties``): the head stands for its own doer, who is on the actor's side; an
          act the verb does ("waged a war ordered by X", "spearheaded the coalition's campaign") names no target by
          its head, its doer or its owner."""
        if depth == 0 and (holder := bond_holder(tok)) is not None and holder.i != tok.i:
            # "revoked her British citizenship": the one it is taken from, not the state the demonym names
            return [(holder, f"holder of '{tok.lemma_.lower()}'", "fallback")]
        done = depth == 0 and code[:2] in AIMED_ROOTS and self._done_act(unwrap_quantity(tok))
        out = [(tok, "", "fallback")] if head_ok and not done else []
        if depth == 0 and code[:2] in AIMED_ROOTS:
            out = [(t, how, aim_role(t)) for t, how in self._aimed_at(unwrap_quantity(tok))] + out
        tok = unwrap_quantity(tok)
        if tok.pos_ not in ("NOUN", "NUM", "SYM"):
            return out
        if tok.lemma_.lower() in PARTITIVES or tok.lemma_.lower() in PARTITIVE_NOUNS or tok.like_num \
                or tok.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL"):
            # "some of the peacekeepers", "the remnants of the Brotherhood", "10 million in aid to the Palestinians"
            inner = preps_of(tok)
            inner = inner.get("of") or inner.get("in")
            if inner is None:
                return out
            tok = inner
            if head_ok:
                out.append((tok, "", "fallback"))
        recipient = tok.dep_ == "pobj" and tok.head.lower_ in ("to", "for")
        noun = self.event_noun(tok)
        response = code[:3] == "016" or code[:2] in RESPONSE_ROOTS
        if response or code[:2] == "08":
            # (a yield answers a demand too: "conceded to demands from the association")
            agent = noun_agent(tok) or preps_of(tok).get("from") or verb_hung_sender(
                tok, lambda n: noun is not None or _answered_noun(n))   # ("welcomed the offer from X": hung_preps.py)
            if agent is not None and agent.lower_ not in OWN_POSSESSIVES:
                out.append((agent, f"author of '{tok.lemma_.lower()}'", "fallback"))
        if code[:2] == "02" and tok.lemma_.lower() in SUPPORT_NOUNS and noun_agent(tok) is not None:
            # "wants Chinese backing against the rebels": the one asked for support
            out.append((noun_agent(tok), f"the one '{tok.lemma_.lower()}' is asked from", "fallback"))
        if code[:2] == "02" and preps_of(tok).get("from") is not None and (
                noun is None or tok.lemma_.lower() in SUPPORT_NOUNS or tok.lemma_.lower() in GRANTED_NOUNS):
            # "begging for aid from the Obama administration", "sought consular visits from Cairo" (a thing
            # granted on request, roles.tsv granted-noun; not "called for a withdrawal from Syria")
            out.append((preps_of(tok)["from"], f"the one '{tok.lemma_.lower()}' is asked from", "fallback"))
        if noun is None and tok.lemma_.lower() in WRAPPER_NOUNS:
            # "launched an operation against militants", "a campaign against the rebels"
            wrapped = noun_preps(tok)
            slot = next((wrapped[p] for p in ("against", "on", "with") if p in wrapped), None)
            if slot is not None:
                out.append((slot, f"object of '{tok.lemma_.lower()}'", "fallback"))
        if noun is not None:
            preps = noun_preps(tok)
            if code[:2] in ("02", "10") and preps.get("of") is not None:
                # "called for the withdrawal of Syrian forces", "demanded the release of the hostages"
                out.append((preps["of"], f"party to the '{noun}' asked for", "fallback"))
            entries = self.lex.match_noun(noun, frozenset(preps))
            slot = self._target_token(Clause(pred=tok, kind="noun", lemma=noun, preps=preps), entries[0]) if entries else None
            if slot is None:
                # ("of" last: "a boycott of US products", "the siege of Ghouta"); or the party its participle names
                # ("lifted sanctions imposed on China", "the ban placed on the group")
                slot = next((preps[p] for p in ("on", "against", "with", "to", "toward", "towards", "of") if p in preps), None)
                for c in tok.children:
                    if slot is None and c.dep_ == "acl" and c.tag_ == "VBN":
                        slot = next((o for p, o in preps_of(c).items() if p in ("on", "against", "upon")), None)
            if slot is not None:
                out.append((slot, f"object of '{noun}'", "fallback"))
                if depth == 0:
                    # "limits on aid to Eritrea", "a fight against the last of the Taliban"
                    out.extend((t, h or f"object of '{noun}'", r) for t, h, r in self._directed_at(slot, code, True, 1)[1:])
                if entries and entries[0].cameo[:2] in OWNER_ROOTS and code[:2] not in OWNER_ROOTS:
                    # an act of force named by a noun: the owner of what it hit ("said it carried out a raid
                    # on the police's posts")
                    out.append((slot, f"owner of what the '{noun}' was aimed at", "target"))
        demand = noun in DEMANDING_HEADS or tok.lemma_.lower() in DEMANDING_HEADS
        if demand or (code[:2] == "01" and code[:3] != "016"):
            # "its demand that Israel ease restrictions", "expressed hope that the new government will help" (a
            # pronoun in a comment is most often the speaker: "migrants voiced fear they might be ...")
            for c in tok.children:
                if c.dep_ in ("acl", "ccomp") and not any(m.tag_ in ("WRB", "WP", "WDT") or m.lower_ in ("if", "whether")
                                                          for m in c.children):
                    subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is not None and subj.lower_ not in ("that", "which", "who", "it", "what") \
                            and (demand or subj.pos_ != "PRON"):
                        out.append((subj, f"the one '{tok.lemma_.lower()}' is about", "fallback"))
        if code[:2] in ("06", "07"):
            # "shipped food and staff such as nurses to Haiti": the recipient, wherever the parser hung it
            rec = next((c for c in tok.subtree if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")
                        and c.head.i != tok.i), None)
            pobj = next((x for x in rec.children if x.dep_ == "pobj"), None) if rec is not None else None
            if pobj is not None:
                out.append((pobj, "recipient", "fallback"))
        if response and not forum_act(tok):
            # what the act answers, read as a whole: "turned down a proposal from the Iraqi cabinet", "the demands by
            # strikers" (not "used its Security Council veto": the body it is cast in is no author, forum_acts.py)
            out.append((tok, f"author of '{tok.lemma_.lower()}'", "target"))
        elif code[:2] in OWNER_ROOTS or (code[:2] in ("06", "07") and recipient):
            if noun is None and not done:
                # the owner of the thing or place it is done to: "attacked an Israeli village", "attacked the cities in
                # Saudi Arabia", "gave $90 million to the UN appeal"
                out.append((tok, f"owner of '{tok.lemma_.lower()}'", "owner"))
            else:
                # an act named by a noun: its party, not its modifiers ("violated South Sudan's ceasefire"; not
                # "reduced military aid": the aid is the actor's own)
                party = noun_agent(tok) or next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                                                 and c.i == tok.i - 1 and tok.lower_ not in onlooker_nouns()
                                                 and c.lemma_.lower() not in _weapon_words()),
                                                None)     # "an army convoy came under attack" (not "government
                #                                           critics", nor the weapon of "artillery shelling")
                if party is not None and party.lower_ not in OWN_POSSESSIVES and not done \
                        and not body_recipient(tok, code, recipient):     # ("aid for the Syrian opposition")
                    out.append((party, f"party to the '{noun}'", "fallback"))
        return out


    def _story_author(self, tok, code: str, sources, ctx: DocContext, sent):
        """([actors], how) for the author of the act a response's slot names by a definite noun that names none
        ("Republicans criticized the decision", "Erdogan rejected the demands"): the doer the story named with the
        same noun before ("Trump's decision to withdraw", act_args.story_doer), never the responder itself; or None.
        Only for a response whose doer is known ("those who reject the deal" is no one's act)."""
        if tok is None or not sources or not (code[:3] == "016" or code[:2] in RESPONSE_ROOTS):
            return None
        earlier = story_doer(unwrap_quantity(tok), self.event_noun)
        if earlier is None:
            return None
        # (not the responder's own side: "Washington defended the move" after "the US move")
        found = [a for a in self.actors_for(earlier, ctx, earlier.sent, role="fallback")
                 if not (is_source(a, sources, apart=False) or any(a.country and a.country == s.country
                                                                   and not (a.sector and s.sector) for s in sources))]
        if not found:
            return None
        lemma = tok.lemma_.lower()
        found = [replace(a, why=(a.why or "") + f"; author of '{lemma}', named with it earlier in the story "
                                                f"('{earlier.text}', the doer of an earlier '{lemma}')") for a in found]
        return found, f"author of the '{lemma}', named with it earlier in the story ('{earlier.text}')"

    def _aimed_at(self, tok) -> list:
        """(token, how) for the party the act noun `tok` of an act of force is aimed at (act_args.aimed_parties), or []
        for a noun that names no act or names the group that does it ("the coalition"). (An object the parser tagged
        an adjective is a noun all the same: "launched an offensive[ADJ] to oust the Kurds".)"""
        lemma = tok.lemma_.lower()
        if not (tok.pos_ == "NOUN" or tok.pos_ == "ADJ" and tok.dep_ == "dobj") or lemma in BODY_NOUNS \
                or (lemma not in WRAPPER_NOUNS and self.event_noun(tok) is None):
            return []
        return aimed_parties(tok, self._force_verb, self._done_act(tok))

    def _done_act(self, tok) -> bool:
        """Whether the act noun `tok`, of force or a wrapper, is the object of a verb that does that act ("waged a
        war", "spearheaded the campaign", "launched an offensive"): a light verb, or a row of force that lists the
        noun as its object (not "repelled an assault by Isis", whose doer is the one repelled)."""
        lemma = tok.lemma_.lower()
        noun = self.event_noun(tok)
        if tok.dep_ != "dobj" or lemma in BODY_NOUNS or (noun is None and lemma not in WRAPPER_NOUNS):
            return False
        own = self.lex.match_noun(noun) if noun is not None else []
        if noun is not None and not (own and own[0].cameo[:2] in ("18", "19", "20")):
            return False               # an act of force itself ("violated the ceasefire" does no ceasefire)
        v = tok.head
        prt = next((c.lower_ for c in v.children if c.dep_ == "prt"), None)
        if self.lex.is_light_verb(v.lemma_.lower(), prt):
            return True                # "launched an offensive", "waged war", "conducted raids"
        # a row of force that lists the act as its object ("spearheaded the campaign", "led the battle"; not "survived
        # an assassination attempt", "suppressed opposition")
        entries = self.lex.match_verb(v.lemma_.lower(), prt, lemma, frozenset(preps_of(v)))
        return bool(entries) and entries[0].cameo[:2] in ("19", "20") and lemma in (entries[0].object or ())

    def _force_verb(self, v) -> bool:
        """Whether the lexicon codes the verb `v`, with its particle, object and prepositions, as an act of coercion
        or force (CAMEO 17-20: "oust", "capture", "drive out"). An "out of" phrase right after the object is the
        verb's particle ("to drive Isis out of Syria", the parser reading "out" as a preposition)."""
        prt = next((c.lower_ for c in v.children if c.dep_ == "prt"), None)
        if prt is None:
            prt = next((c.lower_ for c in v.children if c.dep_ == "prep" and c.lower_ == "out" and c.i > v.i
                        and any(x.dep_ == "prep" and x.lower_ == "of" for x in c.children)), None)
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        args = None
        if obj is not None and self.lex.has_senses(v.lemma_.lower()):
            # ("to drive Islamic State from Raqqa": a row that wants an armed object, read from the object's kinds)
            from eventwire.coding.senses import noun_kinds
            args = {"obj": (obj.lemma_.lower(), noun_kinds(self, obj))}
        entries = self.lex.match_verb(v.lemma_.lower(), prt, obj.lemma_.lower() if obj is not None else None,
                                      frozenset(preps_of(v)), args=args)
        return bool(entries) and entries[0].cameo[:2] in ("17", "18", "19", "20")


    def _shared_patient(self, cl: Clause):
        """The patient a coordinated passive act shares with the verb before it when it has no subject of its own
        ("three farmers got caught in the crossfire and were killed", "the fighters had surrendered or been
        killed"): that verb's subject, or None. Not after a reporting verb ("activists said ... and were killed" is
        a misparse)."""
        v = cl.pred
        if cl.kind != "verb" or cl.obj is not None or (cl.subj is not None and cl.subj_rule not in ("passive agent", SHARED_AGENT)) \
                or v.dep_ != "conj" or v.tag_ != "VBN" \
                or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "dobj") for c in v.children):
            return None
        head = v.head
        if (head.lemma_.lower() in self.reporting and not any(c.dep_ == "nsubjpass" for c in head.children)) \
                or head.i > v.i:
            return None                # (but "the men were thought to be hiding, and have since been questioned":
            # a reporting passive's subject is the people it reports on)
        aux = [c for c in v.children if c.dep_ in ("aux", "auxpass") and c.i < v.i]
        before = v.doc[aux[0].i - 1] if aux and aux[0].i > 0 else None
        if before is not None and before.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
            # "shot dead two men and eight people were wounded": the noun before the auxiliary is its subject,
            # whatever the parser hung it on
            return before if before.pos_ != "PRON" else None
        # (a participle with no auxiliary of its own shares only a passive's subject: "were rounded up and shot")
        deps = ("nsubjpass", "nsubj") if any(c.dep_ == "auxpass" for c in v.children) else ("nsubjpass",)
        return next((c for c in head.children if c.dep_ in deps
                     and c.pos_ in ("NOUN", "PROPN", "NUM") and c.lower_ not in ("who", "which", "that")), None)


    @staticmethod
    def _target_token(cl: Clause, entry):
        if entry.prep == "in" and entry.cameo[:2] in LOCATIVE_IN_ROOTS:
            return None                # "protested in Cairo", "an attack in Kabul": where it happened, not at whom
        if entry.target == "dobj":
            if cl.kind == "noun":
                return cl.preps.get("of") or cl.preps.get("on") or cl.preps.get("against")
            return cl.obj
        if entry.target == "prep":
            if entry.prep and entry.prep in cl.preps:
                slot = cl.preps[entry.prep]
                if slot.dep_ == "pobj" and support_frame(slot.head):
                    return None        # "fighting with Turkish air support": who backs them, not whom they fight
                if entry.cameo[:2] == "13" and (marked := marked_person(slot)) is not None:
                    return marked      # "a bounty on the heads of three leaders": the leaders (coding/marked_person.py)
                return slot
            return None
        return None

    @staticmethod
    def _binding_object(cl: Clause):
        """The object an object pronoun of a purpose clause stands for: the governing verb's object ("called Morrison
        on Wednesday to congratulate him", "invited the president to meet him"), or None."""
        v = cl.pred
        if v.dep_ not in ("advcl", "xcomp", "conj") or "subject control" not in (cl.subj_rule or ""):
            return None
        gov = v.head
        while gov.dep_ in ("advcl", "xcomp", "conj") and gov.head is not gov \
                and not any(c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN") for c in gov.children):
            gov = gov.head
        return next((c for c in gov.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")), None)


    def _host(self, cl: Clause, sources, ctx: DocContext, sent) -> Optional[Actor]:
        """The government of the country talks or a visit took place in, when no other party is named ("the Iraqi
        prime minister held talks in Tehran" -> IRNGOV): a country or a capital in the clause's "in" phrase that is
        not the visitor's own. A city that is no seat of government names no host ("talks in Geneva")."""
        if cl.lemma not in TALKS_WORDS or "with" in cl.preps or (cl.obj is not None and not self._is_event_noun(cl.obj)):
            return None                # ("gave a press conference in London", "met psychotherapists in Jordan")
        where = cl.preps.get("in")
        own_verb = {cl.pred.i} | ({cl.light_verb.i} if cl.light_verb is not None else set()) | \
            ({cl.anchor.i} if cl.anchor is not None else set()) | \
            ({cl.obj.i} if cl.obj is not None and self._is_event_noun(cl.obj) else set())   # "held talks in Tehran"
        if where is None or where.pos_ != "PROPN" or where.head.head.i not in own_verb:
            return None                # ("discussed developments in Syria": the object's place, not the talks')
        own = {s.country for s in sources if s.country}
        for a in self._resolve_head(where, ctx, sent, "fallback"):
            if _kind(a) not in ("country", "capital") or not a.country or a.country in own or not own:
                continue
            return Actor.national(a.country, "GOV", name=a.name, entity=None, text=a.text,
                                  start=a.start, end=a.end, kind="capital",
                                  why=(a.why or "") + f"; the host: {a.country}'s government, where the talks were held")
        return None


    def _speaker(self, tok):
        """The subject of the reporting verb whose words `tok` is in ("'We will fight,' the commander said": the
        commander; "Erdogan said Turkey would ...": Erdogan), or None outside reported speech."""
        t = tok
        for _ in range(10):
            head = t.head
            if head.i == t.i:
                return None
            if t.dep_ in ("ccomp", "parataxis", "xcomp") and (head.lemma_.lower() in self.reporting
                                                              or head.lemma_.lower() in SPEECH_HEADS):
                subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and not (tok.i in range(t.left_edge.i, t.right_edge.i + 1)
                                             and subj.i in range(t.left_edge.i, t.right_edge.i + 1)):
                    return subj
                return None
            t = head
        return None


    def _prediction(self, cl: Clause, sources: list, ctx: DocContext, sent, told_only: bool = False) -> bool:
        """Whether a future act in someone's words is a prediction about another party, not that party's announced
        intention: "The Kurds said Turkey would attack Afrin", "'Turkey will destroy us,' the commander said" (not
        "Erdogan said Turkey would launch an offensive": the speaker's own side); with no verb of saying over it, the
        speaker of the quotation it stands in, or the writer's own forecast; also a consequence, a habit, and what a
        speaker who speaks for no party foretells (coding/forecasts.py). `told_only` (a refusal: "will not release
        them unless ..." is how a party refuses): only a speaker known to be of another side, or of none, makes it a
        forecast; not the writer's own voice."""
        if not cl.intent or cl.intent_head is not None:
            return False
        anchor = cl.light_verb if cl.light_verb is not None else cl.pred
        if clausal_doer(cl) or habitual(anchor) is not None:
            return True               # "cutting the troops will embolden the militias": a consequence forecast;
            #                           "they will often inform us": a habit
        speaker = self._speaker(anchor)
        if speaker is not None and speaker.pos_ == "PRON" and (venue := venue_author(speaker.head)) is not None:
            speaker = venue[0]        # "the president's tweet in which he said": its author (coding/said_in.py)
        if own_words(cl, speaker, ctx):
            return False
        if other_person(cl, speaker, ctx):
            return True               # '"They told us our families would kill us"': a claim about others
        if sources and outside_voice(speaker if speaker is not None else quote_speaker_token(ctx, anchor)):
            return True               # '"the army will shell the valley," said a former envoy': a forecast
        if not sources and told_only:
            return False
        if not sources:
            # "if the troops leave, the enclave will be crushed": a forecast with no doer is no one's intention
            return speaker is None and (ctx.coref is None or ctx.coref.quote_at(anchor.idx) < 0) \
                and in_main_clause(anchor) and writer_forecast(cl, anchor) is not None
        if speaker is None:
            # no verb of saying over it: the writer's own forecast, or a quotation's speaker (coding/forecasts.py)
            said_by = [a for a in quote_speaker(ctx, anchor) if a.country or a.entity]
            if not said_by and (ctx.coref is None or ctx.coref.quote_at(anchor.idx) < 0):
                return not told_only and writer_forecast(cl, anchor) is not None
        else:
            said_by = [a for a in self._resolve_head(speaker, ctx, sent, "source") if a.country or a.entity]
        if not said_by or not all(s.country or s.entity for s in sources):
            return False              # (who spoke, or of whom, is not known well enough to tell)
        return not any((a.country and a.country == s.country) or (a.entity and a.entity == s.entity) or a.code == s.code
                       for a in said_by for s in sources)


# data/coding/roles.tsv: verbs whose base form ends in "-ed" ("to shed", "to embed")
BASE_ED = role_words().get("base-ed", frozenset())


def participle_recipient(tok):
    """The recipient the parser hid in an infinitive it made of "to" and a participle ("sent arms from Jordan to
    vetted rebel groups": "to" read as the marker of a verb "vetted" whose object is the groups), or None. Only a
    past participle or past form can be no infinitive (the tagger may call "vetted" a base form: a word in "-ed"
    no base form of roles.tsv `base-ed` ends so is taken for one); its object is the one the thing was sent to."""
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and c.i > tok.i and (c.tag_ in ("VBN", "VBD") or (
                c.lower_.endswith("ed") and c.lower_ not in BASE_ED)) \
                and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in c.children):
            return next((o for o in c.children if o.dep_ == "dobj"), None)
    return None


def _answered_noun(n) -> bool:
    """Whether a noun names a message or an act a response may answer ("offer", "proposal", "charge": roles.tsv
    sent-noun, data/coding/earlier_acts.tsv nouns)."""
    from eventwire.coding.earlier_acts import _table      # (lazy: earlier_acts imports the answering stages)
    lemma = n.lemma_.lower()
    return lemma in SENT_NOUNS or lemma in _table()[1]
