"""Borrowed doers of violence (issue 14, item 2): an act of force told with no doer of its own, whose doer the article
makes plain, takes that doer.

    events = borrow_doers(coder, sdoc, events, ctx)     # after the events of a document are coded and placed

An act of force (CAMEO roots 18-20) with a target and no source, told in the passive or as a toll ("seven hospitals
were bombed", "three children were killed in the strikes", "civilians were uprooted by Russian and Syrian
airstrikes"), takes as its doer the doer of the act or weapon named in its own clause (a "by", "in", "during",
"amid", "under" or "after" phrase, the act in an "of" phrase of its object ("in eight days of bombing"), a `campaign`
noun of attack_cues.tsv ("Turkey's offensive"), the act that is its subject, or the act a relative clause tells of):
  1. the source of the event coded at that act's own words, or at the verb it is the object of, in the same sentence
     ("by Russian and Syrian airstrikes": Russia and Syria; "launched airstrikes that killed scores");
  2. the doer the act's own phrase names: its possessor, "by" phrase or name modifier ("killed by Isis booby
     traps"), or, for fighting between sides (a `mutual` word of attack_cues.tsv: "clashes", "an exchange of fire"),
     the other side in its "with" phrase ("killed in clashes with the rebels": the rebels); or the actor a "by"
     phrase of the act names ("in airstrikes and shelling[VBG] by forces loyal to the president");
  3. an act told again: a definite act noun ("the strikes", "this bombing") or a bare plural ("by airstrikes") is
     the act of the same word, or (definite) of the same kind, that an event of the same or the BACK sentences before
     coded with a doer (the latest); two acts whose places (both known) differ are not one; fighting (a `mutual`
     noun) is only ever the act of the same word, both sides' act and no one side's; where the acts it may mean in
     those sentences were told apart by two sides (two_sides, shared with coding/retold_doers.py: "an Ethiopian
     attack ... a Kenyan attack ... killed in the attacks"), which one it means is not plain and it takes none.
An act of force with no subject at all that names no act or weapon in its clause takes:
  4. the doer of an act of force its sentence tells together with it (joined in the parse, not through a clause of
     what was said or of another time; coding/incidents.py): "French jets struck from the air and dozens of
     mercenaries were killed";
  5. for a passive `toll` verb (attack_cues.tsv: killed, wounded, hit, targeted, bombed...) with no phrase but of
     place, outside quotes, in a sentence that names no act or weapon: the doer (or the doers of one act) of the
     acts of force of the nearest of the BACK_TOLL sentences before ("Russian jets pounded the town. At least ten
     civilians were killed."), where the places agree, the victims are no side of a doer's own (a state's forces
     do not kill their own forces) and the act before was not done to a named person other than this victim ("Elmir
     was killed in coalition airstrikes. Reports say that Abase had been killed": not the coalition's); inside a
     quotation, only the acts of force of the same quotation, before or after it (coding/quoted_doers.py).
An act of threat (root 13) with no doer takes the one a "from" phrase of its act names ("threatened with an
offensive from Turkey"). Nothing else is borrowed: an act with no such phrase, an indefinite act ("killed in an
airstrike") or an act no event gave a doer stays with no source. A doer is never the target itself. Each borrowed
source's `why` says where it came from, and the event's rule ends with "; implicit agent: ...".
"""
from __future__ import annotations

from eventwire.doc_index import span_root

from dataclasses import replace
from typing import Optional

from eventwire.coding.act_noun_doer import light_verb_subject, resisting, restated_act
from eventwire.coding.clause_args import noun_agent
from eventwire.coding.noun_args import hyphen_leader
from eventwire.coding.noun_args import attack_on_antecedent
from eventwire.coding.ally_foes import ally_actors
from eventwire.coding.named_description import describes_body
from eventwire.coding.quoted_doers import quoted_doers
from eventwire.coding.since_acts import since_doers
from eventwire.coding.unrealised import inside_denied_agent
from eventwire.knowledge.coref_quotes import quote_index
from eventwire.knowledge.place_within import place_key
from eventwire.model import Event

FORCE = ("18", "19", "20")
BACK = 5                       # sentences before an act told again may look back for its first telling (as incidents.py)
ACT_PREPS = frozenset({"by", "in", "during", "amid", "under", "after", "following"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
TOLD = ("asserted", "reported")
JOIN_STEPS = 6                 # parse edges between two acts of a sentence told together
RELATIVE = frozenset({"that", "which", "who"})
BACK_TOLL = 2                  # sentences before a bare toll or passive act of force that may name its doer
PLACE_PREPS = frozenset({"in", "at", "near", "on", "across", "inside", "outside", "around"})
SIDES = frozenset({"MIL", "REB", "INS", "UAF", "SEP", "COP", "GOV", "SPY"})


def doerless_force(e: Event, sdoc) -> bool:
    """Whether `e` is an act of force (CAMEO roots 18-20) told as done (asserted or reported) with a target and no
    doer, its trigger a word of `sdoc`: the events the later doer stages (coding/claimed.py, where_doers.py,
    retold_doers.py) look for a doer for ("six soldiers were killed")."""
    return e.source is None and e.target is not None and (e.cameo or "")[:2] in FORCE and e.modality in TOLD \
        and e.trigger_token is not None and e.trigger_token < len(sdoc)


def _place_key(p) -> Optional[str]:
    return place_key(p, ("country",))          # (a country and a town in it are not different places)


def _act_nouns(coder, t) -> list:
    """The acts and weapons named in the clause of trigger token `t`, each with whether the lexicon knows it as one:
    the objects of its cause phrases (with their conjuncts) and an act or weapon as its subject ("the strikes killed
    three"); `t` itself when it is one. A noun of a cause phrase the lexicon does not know as an act ("in the
    strikes") is one only where an act of force was coded at the same word before (step 3)."""
    campaign = coder.attack_cues.get("campaign", frozenset())

    def force(tok) -> bool:
        if tok.lemma_.lower() in campaign or tok.lower_ in campaign:
            return tok.pos_ in ("NOUN", "PROPN", "ADJ")      # ("Turkey's offensive[JJ]")
        return tok.pos_ in ("NOUN", "PROPN") and (coder._violent_agent(tok) or coder._projectile(tok))

    mutual = coder.attack_cues.get("mutual", frozenset())
    out = [(t, True, None)] if force(t) else []
    kids = list(t.children)
    if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        # "the strikes destroyed a bakery and killed nine civilians": the later verb shares the act its first one has
        # as subject
        kids += [c for c in t.head.children if c.dep_ == "nsubj"]
    for c in kids:
        objs = []
        if c.dep_ in ("prep", "agent") and c.lower_ in ACT_PREPS:
            objs = [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "nsubj":
            objs = [c]
        for o in list(objs):
            for _ in range(2):
                # "over six weeks of one of the heaviest shelling offensives by the army": the act in the "of" phrase
                inner = next((g for k in o.children if k.dep_ == "prep" and k.lower_ == "of"
                              for g in k.children if g.dep_ == "pobj"), None)
                if force(o) or inner is None or o.lemma_.lower() in mutual:
                    break         # ("an exchange of fire with police": the exchange, with its other side)
                o = inner
            for k in [o] + [k for k in o.children if k.dep_ == "conj"]:      # ("in airstrikes and shelling by X")
                if force(k) or (k.pos_ == "NOUN" and c.dep_ != "nsubj"):
                    out.append((k, force(k), c.lower_ if c.dep_ != "nsubj" else None))
    if t.dep_ == "relcl" and force(t.head):
        out.append((t.head, True, None))  # "carried out raids that left dozens of villagers dead"
    rel = next((c for c in t.children if c.dep_ == "nsubj" and c.lower_ in RELATIVE), None) if t.dep_ == "relcl" else None
    act = attack_on_antecedent(t, rel) if rel is not None else None
    if act is not None and force(act):
        # why: "launched a raid on an army post that killed six": the raid killed, so its doer did (clause_args)
        out.append((act, True, None))
    return out


def _mutual_party(coder, noun):
    """The other side of fighting in a `mutual` noun's "with" phrase ("clashes with the rebels", "an exchange of
    fire with police"), or None."""
    if noun.lemma_.lower() not in coder.attack_cues.get("mutual", frozenset()):
        return None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.dep_ == "prep" and c.lower_ == "of":       # "an exchange of fire with police"
            for g in c.children:
                w = next((k for k in g.children if k.dep_ == "prep" and k.lower_ == "with"), None)
                if g.dep_ == "pobj" and w is not None:
                    return next((k for k in w.children if k.dep_ == "pobj"), None)
    return None


def _forceful(coder, tok) -> bool:
    """Whether a noun names an act or weapon of force: a `campaign` noun, a violent agent or projectile, or an event
    noun the lexicon codes as force ("engagements")."""
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in coder.attack_cues.get("campaign", frozenset())
                                   or coder._violent_agent(tok) or coder._projectile(tok)
                                   or _noun_code(coder, tok) is not None)


def _noun_code(coder, noun) -> Optional[str]:
    """The CAMEO root an act or weapon noun is coded with, or None."""
    from eventwire.coding.context import agent_codes
    code = agent_codes().get(noun.lemma_.lower())
    if code:
        return code[:2]
    lemma = coder.event_noun(noun)
    if lemma is None:
        return None
    codes = [e.cameo[:2] for e in coder.lex.match_noun(lemma, frozenset()) if e.cameo[:2] in FORCE]
    return codes[0] if codes else None


def _named_in(a, n) -> bool:
    """Whether actor `a` is named in act noun n's own phrase ("the Isis fight", "the siege of Afrin")."""
    return a is not None and a.start is not None and bool(a.code) \
        and n.left_edge.idx <= a.start < n.right_edge.idx + len(n.right_edge.text)


def two_sides(told, joint: bool = False) -> bool:
    """Whether the acts an act noun told again may mean are done by two sides (coding/sides.side_key: a state's
    government and forces are one side), so which one it means is not plain. With `joint`, the doers of one act told
    together ("Russian and Syrian airstrikes", events at one trigger) are that act's doers, not two sides: only acts
    told apart with other doers are."""
    from eventwire.coding.sides import side_key
    by_act: dict = {}
    for x in told:
        by_act.setdefault((x.sentence, x.trigger_start), set()).add(side_key(x.source))
    if joint:
        return len({frozenset(s) for s in by_act.values()}) > 1
    return len(set().union(*by_act.values())) > 1 if by_act else False


def _tells(sdoc, x: Event, lemma: str, kind: Optional[str]) -> bool:
    """Whether event x was coded at a word of lemma `lemma`, or (`kind`, a definite act noun's root) is of that root."""
    if kind and x.cameo[:2] == kind:
        return True
    # (or at the verb whose object is a word of that lemma, not a verb of resisting it: "Turkey launched an offensive
    # ... The offensive has killed 40": act_noun_doer.py)
    return any(i < len(sdoc) and (sdoc[i].lemma_.lower() == lemma or not resisting(sdoc[i]) and any(
        c.dep_ == "dobj" and c.lemma_.lower() == lemma for c in sdoc[i].children))
        for i in (x.act_tokens or (x.trigger_token,)))


def borrow_doers(coder, sdoc, events: list[Event], ctx) -> list[Event]:
    """The events with the doers the article makes plain given to acts of force that had none (module doc)."""
    if sdoc is None or not events:
        return events
    # the acts of force with a doer, indexed once per document: sentence -> {trigger start: events}
    acts: dict = {}
    for e in events:
        if e.source is not None and e.source.code and (e.cameo or "")[:2] in FORCE and e.trigger_token is not None:
            acts.setdefault(e.sentence, {}).setdefault(e.trigger_start, []).append(e)
    out: list[Event] = []
    for e in events:
        got = None
        if e.source is None and e.target is not None and e.trigger_token is not None and e.modality in TOLD \
                and e.trigger_token < len(sdoc):
            root = (e.cameo or "")[:2]
            if root in FORCE:
                got = _force_doers(coder, sdoc, e, acts, ctx)
            elif root == "13":
                got = _threat_doers(coder, sdoc, e, ctx)
        if not got:
            out.append(e)
            continue
        for doer, why in got:
            src = replace(doer, why=f"implicit agent: {why}; " + (doer.why or ""))
            out.append(replace(e, source=src, rule=e.rule + f"; implicit agent: {why}", counts=list(e.counts)))
    return out


def _usable(doers, e: Event) -> list:
    """The doers that are not the act's target itself, one per code."""
    t = e.target
    seen, out = set(), []
    for d in doers:
        if d is None or not d.code or d.code in seen:
            continue
        if d.code == t.code or (d.entity and d.entity == t.entity) or (d.start is not None and d.start == t.start):
            continue
        seen.add(d.code)
        out.append(d)
    return out


def _force_doers(coder, sdoc, e: Event, acts: dict, ctx) -> list:
    t = sdoc[e.trigger_token]
    sent = t.sent
    quote = quote_index(ctx)
    # (not a party the text denies did it: "bombed not by the army": coding/unrealised.py)
    named = [x for x in _act_nouns(coder, t) if not inside_denied_agent(x[0], t)]
    if e.target.sector in SIDES and not e.target.country:
        # ("the attack displaced thousands and killed fighters"): fighters of no named side killed in an act told as
        # the subject of the verb before are of either side, the attacker's own too; not its victims plainly
        named = [x for x in named if x[0].head.i != t.head.i or x[0].dep_ != "nsubj" or t.dep_ != "conj"]
    # (an apposition restating an act noun before it is that act: "an assault on the town, an offensive that ...")
    named = [x for n in named for x in [n] + [(m, True, n[2]) for m in [restated_act(coder, n[0], lambda tok: _forceful(
        coder, tok))] if m is not None and all(m.i != y[0].i for y in named)]]
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if "subject by none" not in e.rule and subj is not None \
            and not any(subj.left_edge.i <= n.i <= subj.right_edge.i for n, _, _ in named) \
            and not (subj.lower_ in RELATIVE and t.dep_ == "relcl"
                     and any(n.i == t.head.i or n.is_ancestor(t) for n, _, _ in named)):
        return []                 # a subject of its own the coder could not resolve ("the group captured three
                                  # soldiers during Israel's invasion"): its doer is not the act's around it
    if not any(known for _, known, _ in named) and (since := since_doers(coder, sdoc, e, acts, ctx, _usable)):
        return since          # "wounded since a barrage of regime shelling began" (coding/since_acts.py)
    if not named and "subject by none" in e.rule:
        return _context_doers(sdoc, e, t, acts, coder.attack_cues.get("toll", frozenset()),
                              lambda i: quote(i) >= 0,
                              lambda tok: tok.i != t.i and tok.pos_ == "NOUN" and (coder._violent_agent(tok)
                                                                                   or coder._projectile(tok)),
                              {a.code for a in ally_actors(t, ctx, resolve=lambda o: coder._resolve_head(
                                  o, ctx, sent, "target"))}, quote)
    for n, known, prep in named:
        # 1. the event coded at the act's own words in this sentence (or at the verb it is the object of: "launched
        # airstrikes")
        # (not a verb of resisting it: "the rebels repelled an offensive that killed 40" is not the rebels')
        verb = n.head.i if n.dep_ == "dobj" and not resisting(n.head) else None
        here = [x for xs in acts.get(e.sentence, {}).values() for x in xs
                if x is not e and (x.trigger_token in (n.i, verb) or n.i in (x.act_tokens or ()))]
        doers = _usable([x.source for x in here], e)
        if doers:
            return [(d, f"the doer of the '{n.text}' it was done by or in, coded in its sentence ('{d.text}')")
                    for d in doers]
        # 2. the doer the act's own phrase names
        tok = noun_agent(n) if n.i != t.i and known else None
        how = "named in its phrase"
        if tok is None and n.i != t.i and known and hyphen_leader(n) is not None:
            tok, how = n, "its leader named on it"      # ("killed in a UN-led operation": read with its modifiers)
        if tok is None and n.i != t.i and known and not any(x.trigger_token == n.head.i for xs in acts.get(
                e.sentence, {}).values() for x in xs):
            tok, how = light_verb_subject(coder, n)     # ("Russia waged a bombing campaign that killed": act_noun_doer.py)
        if tok is None and not known and prep == "by":
            tok, how = n, "the one it was done by"      # ("shelling[VBG] by forces loyal to the president")
        if tok is None and (n.i != t.i or len(e.trigger_text) > len(t.text) + 1):
            # (not the act's own trigger, unless a harm was told with it: "clashes with X" coded at "clashes" was read
            # by the coder itself; "killed in a gun battle with X" is one act told at both words)
            tok, how = _mutual_party(coder, n), "the other side of the fighting"
        if tok is not None:
            doers = _usable(coder.actors_for(tok, ctx, sent, role="source"), e)
            if doers:
                if tok is n and how == "the one it was done by":
                    return [(d, f"named in a 'by' phrase of the act ('{d.text}')") for d in doers]
                return [(d, f"the doer of the '{n.text}' it happened in, {how} ('{d.text}')") for d in doers]
            continue
        # 3. an act told again: the latest earlier telling of the same act with a doer
        det = next((c.lower_ for c in n.children if c.dep_ == "det"), None)
        definite = det in DEFINITE or any(c.dep_ == "poss" for c in n.children)
        bare_plural = det is None and n.tag_ == "NNS"
        if not (definite or bare_plural):
            continue
        mutual = n.lemma_.lower() in coder.attack_cues.get("mutual", frozenset())
        # (fighting is both sides' act: "the clashes that followed Turkey's incursion" are not Turkey's alone)
        kind = _noun_code(coder, n) if definite and known and not mutual else None
        lemma = n.lemma_.lower()
        here_quote = quote(e.trigger_start)
        # (the latest telling before it in the BACK sentences before; its doers are those of every event of that
        # sentence told at the same word: "Russian and Syrian airstrikes pounded ...")
        for si in range(e.sentence, max(-1, e.sentence - BACK - 1), -1):
            # (a quote tells what its speaker saw: "the bombings" there are not the ones the writer told before it)
            told = [x for start, xs in acts.get(si, {}).items() if si < e.sentence or start < e.trigger_start
                    for x in xs if _tells(sdoc, x, lemma, kind) and quote(x.trigger_start) == here_quote]
            if not told:
                continue
            a = _place_key(e.location)
            told = [x for x in told if a is None or _place_key(x.location) in (None, a)]
            if _named_in(e.target, n):
                # ("the Isis fight has slowed" after "Turkey's incursion"): an act noun that names whom it was against
                # is told again only by an act against the same side
                from eventwire.coding.sides import side_key
                told = [x for x in told if x.target is not None and x.target.code
                        and side_key(x.target) == side_key(e.target)]
            doers = _usable([x.source for x in sorted(told, key=lambda x: x.trigger_start)], e)
            if doers and two_sides(_window(sdoc, e, acts, si, lemma, kind, quote, here_quote, n), joint=True):
                return []         # ("an Ethiopian attack ... a Kenyan attack ... killed in the attacks"): acts of
                                  # that kind told apart by two sides in the sentences searched: whose is not plain
            if doers:
                where = "its sentence" if si == e.sentence else f"sentence {si}"
                return [(d, f"the '{n.text}' is the act told in {where} ('{told[0].trigger_text}'), done by "
                            f"'{d.text}'") for d in doers]
            break
    return []


def _window(sdoc, e: Event, acts: dict, si: int, lemma: str, kind, quote, here_quote, n) -> list:
    """The tellings step 3 may take for act noun `n` from sentence `si` (the nearest with one) back to BACK sentences
    before `e`'s: of the same word or kind, in the same quotation, at no other known place, and against the side the
    noun names where it names one."""
    from eventwire.coding.sides import side_key
    a = _place_key(e.location)
    out = []
    for sj in range(si, max(-1, e.sentence - BACK - 1), -1):
        out += [x for start, xs in acts.get(sj, {}).items() if sj < e.sentence or start < e.trigger_start
                for x in xs if _tells(sdoc, x, lemma, kind) and quote(x.trigger_start) == here_quote
                and (a is None or _place_key(x.location) in (None, a))
                and (not _named_in(e.target, n) or (x.target is not None and x.target.code
                                                    and side_key(x.target) == side_key(e.target)))]
    return out


def _context_doers(sdoc, e: Event, t, acts: dict, toll_verbs=frozenset(), quoted=lambda i: False,
                   other_act=lambda tok: False, mates=frozenset(), quote=lambda i: -1) -> list:
    """Steps 4 and 5 (module doc), for an act that names no act or weapon: the doer of an act of force its sentence
    tells together with it ("Turkish jets bombed the village and 12 people were killed"); else, for a passive told
    with no phrase of cause or time span ("Eight villagers were killed and 30 hurt", "schools have been
    targeted"), the one doer (or doers of one act) of the acts of force of the nearest of the BACK_TOLL sentences
    before, where no other doer acts in between and the places agree."""
    from eventwire.coding.incidents import _joined
    same = [x for start, xs in acts.get(e.sentence, {}).items() for x in xs if x is not e and _told_doer(x)]
    if same and t.dep_ == "acl":
        return []                 # a participle that describes a noun ("areas liberated from the group") tells no act
                                  # done with the others of its sentence
    if same:
        # the nearest act told together with it, within JOIN_STEPS steps of the parse ("were killed when US forces
        # carried out air strikes"; not a consequence told further on: "..., prompting months of Egyptian retaliation"),
        # and not one in a phrase of time or place of its own ("killed between the US invasion and ...")
        near = {}
        for x in same:
            steps = _steps(t, sdoc[x.trigger_token])
            if steps is not None and steps <= JOIN_STEPS and _joined(sdoc, e, [x]):
                near.setdefault(steps, []).append(x)
        if not near:
            return []             # another act of its sentence, not told together with it: no doer is plain
        joined = near[min(near)]
        if len({x.trigger_start for x in joined}) > 1 and len({x.source.code for x in joined}) > 1:
            return []             # two acts as near, by different doers: whose is not plain
        doers = _usable(_not_own_side([x.source for x in joined], e), e)
        return [(d, f"the doer of '{joined[0].trigger_text}', told together with it in its sentence ('{d.text}')")
                for d in doers] if len({d.code for d in doers}) <= 2 else []
    if not e.rule.startswith("verb clause (passive)") or t.lemma_.lower() not in toll_verbs or any(
            c.dep_ in ("prep", "agent") and c.lower_ not in PLACE_PREPS for c in t.children):
        return []                 # ("killed since January began"; "the rebels were beaten" is no toll)
    if quoted(e.trigger_start):
        # a quote tells what its speaker saw, not the act the writer told before it: only its own (quoted_doers.py)
        return quoted_doers(sdoc, e, acts, quote, mates)
    if any(other_act(tok) for tok in t.sent):
        return []                 # its sentence names an act or a weapon of its own ("the chemical attack on Khan
                                  # Sheikhun, when 80 people were killed"): no act before it is plain
    a = _place_key(e.location)
    for si in range(e.sentence - 1, max(-1, e.sentence - BACK_TOLL - 1), -1):
        # (not what a body is described as known for: "al-Shabaab, a group that has fought the army for years")
        xs = [x for v in acts.get(si, {}).values() for x in v if _told_doer(x) and not (
            x.trigger_token is not None and x.trigger_token < len(sdoc) and describes_body(sdoc[x.trigger_token]))]
        if not xs:
            continue
        if a is not None and any(_place_key(x.location) not in (None, a) for x in xs):
            return []
        if any(_other_victim(sdoc, x, e) for x in xs):
            return []             # that act was told with a named victim of its own, this one names another ("Elmir
                                  # was killed in coalition airstrikes. ... reports that Abase had been killed")
        codes = {x.source.code for x in xs}
        by_act: dict = {}
        for x in xs:
            by_act.setdefault(x.trigger_start, set()).add(x.source.code)
        if len(codes) > 1 and len(by_act) > 1 and any(s != codes for s in by_act.values()):
            return []             # several doers of several acts: whose act this is is not plain (not where each
                                  # act was done by all of them: "displaced by Russian and Syrian airstrikes")
        doers = _usable(_not_own_side([x.source for x in xs], e), e)
        if len(doers) != len(codes) or any(d.code in mates for d in doers):
            return []             # the victims are a doer's own side, or were with it ("killed while volunteering
            #                       with the militia": coding/ally_foes.py): someone else killed them
        where = f"sentence {si}"
        return [(d, f"the doer of '{xs[0].trigger_text}' in {where}, the act this toll follows ('{d.text}')")
                for d in doers]
    return []


def _named_one(sdoc, a) -> bool:
    """Whether an actor is a named person: one the lists know as a person, or a mention whose head is a name."""
    if a is None:
        return False
    if a.kind == "person":
        return True
    root = span_root(sdoc, a.start, a.end)
    return root is not None and root.pos_ == "PROPN" and root.ent_type_ == "PERSON"


def _other_victim(sdoc, x: Event, e: Event) -> bool:
    """Whether act `x` was done to a named person other than the victim of `e` ("Russian jets pounded the town. Ahmed
    was killed" lends; "Elmir was killed in airstrikes. Abase was killed" does not)."""
    if x.target is None or e.target is None or not _named_one(sdoc, x.target):
        return False
    if x.target.entity and x.target.entity == e.target.entity:
        return False
    return (x.target.text or "").lower() != (e.target.text or "").lower()


def _told_doer(x: Event) -> bool:
    """Whether an act's source is a doer its clause tells: not the patient of a passive read as the subject of the
    verb it controls (the coder's guess: "Elmir ... was reported to have been killed in airstrikes")."""
    return "patient of a passive" not in x.rule


def _steps(a, b) -> Optional[int]:
    """The number of parse edges between two tokens of one sentence, or None where the way passes through a
    prepositional phrase that is no act's cause ("between the US invasion and ...", "since ...")."""
    up_a = [a] + list(a.ancestors)
    ids = {x.i: k for k, x in enumerate([b] + list(b.ancestors))}
    for k, x in enumerate(up_a):
        if x.i in ids:
            for side in ([a] + list(a.ancestors))[:k] + ([b] + list(b.ancestors))[:ids[x.i]]:
                if side.dep_ == "prep" and side.lower_ not in ACT_PREPS:
                    return None
            return k + ids[x.i]
    return None


def own_forces(d, t) -> bool:
    """Whether `d` is of the target `t`'s own side: a state's forces do not kill their own forces (same country, both
    an armed or state sector)."""
    return t is not None and bool(t.country) and t.sector in SIDES and d.country == t.country \
        and (d.sector or "GOV") in SIDES


def _not_own_side(doers, e: Event) -> list:
    """The doers that are not of the victims' own side (own_forces)."""
    return [d for d in doers if d is None or not own_forces(d, e.target)]


def _threat_doers(coder, sdoc, e: Event, ctx) -> list:
    """ "threatened with an offensive from Turkey": the one the act's "from" phrase names."""
    t = sdoc[e.trigger_token]
    for c in t.children:
        if c.dep_ != "prep" or c.lower_ != "with":
            continue
        for n in (g for g in c.children if g.dep_ == "pobj"):
            if n.pos_ != "NOUN":
                continue          # (what one is threatened with is an act, whatever its word: "an offensive")
            frm = next((k for k in n.children if k.dep_ == "prep" and k.lower_ == "from"), None)
            tok = next((g for g in frm.children if g.dep_ == "pobj"), None) if frm is not None else None
            if tok is None:
                tok = noun_agent(n)
            if tok is None:
                continue
            doers = _usable(coder.actors_for(tok, ctx, t.sent, role="source"), e)
            if doers:
                return [(d, f"the one the '{n.text}' it threatens comes from ('{d.text}')") for d in doers]
    return []
