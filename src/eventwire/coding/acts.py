"""One event per act: mentions of one act of force in a sentence become one event.

"Troops shelled the village, killing 12 civilians and wounding 30" is one act, not three events; nor is "five
were wounded in the bomb blast" two, nor "the attack that killed four", nor "an attack by drones targeting the
base". Two events of roots 18-20 in the same sentence are one act when one's trigger hangs on the other's:

- a participle of its toll (", killing ...", also one the parser hung on the object named last; not ", targeting
  the villages of X", which names its own ground) or a when/as clause ("died when a car bomb exploded");
- coordinated harm verbs ("killing 12 and wounding 30", "killed or wounded");
- a clause on the act's noun ("the attack that killed", "an attack targeting");
- the act's noun as the subject of the harm verb ("the blast killed") or in its in/by/during phrase ("were
  killed in air strikes");

and their actors do not differ (a side one names and the other leaves empty is filled). The event kept is the
stronger: the more violent code (Goldstein), then the more specific one (194 shelling over 190), then the
first ("attacked the base and killed 26 soldiers": the attack on the base, with the toll). Its evidence spans
the mentions ("shelled the village, killing at least 12 civilians and wounding"); its place and time are the kept
trigger's. Its counts are found later from all the merged mentions' words (pipeline.py).

An act named as the purpose of its governor's act of the same root ("marched through the capital to protest
against ...", "met to discuss") is one act too: the governor's event stays when it has a target, else the
purpose's.
"""
from __future__ import annotations

from eventwire.coding.clause_record import SPEECH_NOUNS
from eventwire.coding.noun_clauses import span_top
from eventwire.coding.pledged_force import bare_pledge
from eventwire.doc_index import to_infinitive
from eventwire.model import Event

GENERIC = frozenset({"18", "180", "19", "190", "20", "200"})
RESULT_MARKS = frozenset({"when", "as"})
ACT_PREPS = frozenset({"in", "by", "during", "from", "under", "amid"})


def _code(a):
    return a.code if a is not None else None


def _compatible(a: Event, b: Event) -> bool:
    for x, y in ((a.source, b.source), (a.target, b.target)):
        if x is not None and y is not None and x.code != y.code:
            return False
    return True


def _attached(x, y, harm) -> bool:
    """Whether token x hangs on token y as a mention of the same act."""
    if x.head.i == y.i and x.i != y.i:
        if x.dep_ == "advcl":
            marks = {c.lower_ for c in x.children if c.dep_ in ("mark", "advmod") and c.i < x.i}
            if x.tag_ == "VBG" and not any(c.dep_ == "mark" for c in x.children):
                return _harm(x, harm)                 # ", killing 12" (not ", targeting the villages of X": its own ground)
            # ("left 17 dead after an attacker set off a bomb": the toll of the blast)
            return bool(marks & RESULT_MARKS) or ("after" in marks and _harm(y, harm))
        if x.dep_ == "conj":
            return _harm(x, harm) or _harm(y, harm)
        if x.dep_ in ("acl", "relcl"):
            return y.pos_ in ("NOUN", "PROPN")        # "an attack targeting", "the blast that killed"
        if x.dep_ in ("nsubj", "nsubjpass") and x.pos_ in ("NOUN", "PROPN"):
            return _harm(y, harm)                     # "the blast killed four"
    if x.pos_ in ("NOUN", "VERB") and (top := span_top(x)).i != x.i:
        x = top                                       # "killed in ten days of a bombing campaign": the days' phrase
    if x.dep_ == "pobj" and x.head.dep_ in ("prep", "agent") and x.head.lower_ in ACT_PREPS and x.head.head.i == y.i:
        return _harm(y, harm)                         # "were killed in air strikes", "wounded by the blast"
    if x.dep_ == "acl" and x.tag_ == "VBG" and x.i > 0 and x.doc[x.i - 1].lower_ == "," and _harm(x, harm):
        anc = [a.i for a in list(x.head.ancestors)[:3]]
        return y.i in anc                             # "stormed Tal Hamra, killing ...": hung on the object named last
    return False


def _harm(tok, harm) -> bool:
    return tok.lemma_.lower() in harm or tok.lower_ in harm


def _linked(a: Event, b: Event, doc, harm) -> bool:
    for i in a.act_tokens or (a.trigger_token,):
        for j in b.act_tokens or (b.trigger_token,):
            if i is None or j is None:
                continue
            if _attached(doc[j], doc[i], harm) or _attached(doc[i], doc[j], harm):
                return True
    return False


def _strength(e: Event) -> tuple:
    return (e.goldstein if e.goldstein is not None else 0, e.cameo in GENERIC)


def _absorb(keep: Event, drop: Event, text: str) -> None:
    from eventwire.coding.retold import _fuller
    for side in ("source", "target"):
        mine, theirs = getattr(keep, side), getattr(drop, side)
        other = keep.target if side == "source" else keep.source
        # an empty side is filled; a side the other mention names more fully ("TURMIL" for "TUR") is the fuller one
        if (mine is None or _fuller(theirs, mine)) and theirs is not None \
                and (other is None or other.code != theirs.code):
            setattr(keep, side, theirs)
    keep.act_tokens = tuple(sorted(set(keep.act_tokens) | set(drop.act_tokens)))
    # the evidence spans the act's mentions ("shelled the village, killing"); place and time stay the kept trigger's
    keep.trigger_start, keep.trigger_end = min(keep.trigger_start, drop.trigger_start), max(keep.trigger_end, drop.trigger_end)
    keep.trigger_text = text[keep.trigger_start:keep.trigger_end]
    keep.confidence = max(keep.confidence, drop.confidence)
    keep.rule = (keep.rule or "") + f"; one act with '{drop.trigger_text}' ({drop.pattern})"


def one_event_per_act(events: list[Event], doc, text: str, harm=frozenset()) -> list[Event]:
    """The events of one sentence with the mentions of one act merged (see the module doc)."""
    if len(events) < 2:
        return events
    out: list[Event] = []
    for e in events:
        merged = False
        for k, a in enumerate(out):
            if e.purpose_of is not None and e.purpose_of == a.trigger_token and e.cameo[:2] == a.cameo[:2]:
                keep_new = a.target is None
            elif _compatible(a, e) and (a.quad_class or 0) == 4 and (e.quad_class or 0) == 4 \
                    and e.cameo[:2] in ("18", "19", "20") and a.cameo[:2] in ("18", "19", "20") and _linked(a, e, doc, harm):
                keep_new = _strength(e) < _strength(a)
            else:
                continue
            if keep_new:
                _absorb(e, a, text)
                out[k] = e
            else:
                _absorb(a, e, text)
            merged = True
            break
        if not merged:
            out.append(e)
    return _share_victims(out)


def _share_victims(out: list[Event]) -> list[Event]:
    """An act noun with coordinated doers ("killed in Saudi and Emirati air strikes") is one event per doer; the one
    merged with the harm verb has its victims, and the others of the same noun, with none of their own, take them.
    An act coded again at the verb its victims suffered it by ("900 died after the army deployed sarin": coding/
    occurrences.py) is one act: the mention with no victims, of the same doer and code, is dropped."""
    dropped = []
    for e in out:
        if e.target is not None or e.cameo[:2] not in ("18", "19", "20") or e.trigger_token is None:
            continue
        for a in out:
            if a is e or a.target is None or a.cameo[:2] not in ("18", "19", "20") or len(a.act_tokens) < 2 \
                    or e.trigger_token not in a.act_tokens or e.act_tokens == a.act_tokens \
                    or e.source is None or a.source is None or e.source.code == a.target.code:
                continue
            if e.source.code == a.source.code:
                if e.cameo == a.cameo:
                    dropped.append(e)
                    a.rule = (a.rule or "") + f"; one act with '{e.trigger_text}' ({e.pattern}), told again"
                    break
                continue
            e.target = a.target
            e.rule = (e.rule or "") + f"; target: '{a.target.text}', who suffered '{a.trigger_text}' (its doers named " \
                                      f"together)"
            break
    return [e for e in out if not any(e is d for d in dropped)]


# a governor whose act is only the means of the act its purpose names: a bare statement issued "to express outrage"
# is the outrage (111); a journey made "to join" a side is the joining (06)
MEANS_OF_PURPOSE = {"010": None, "042": frozenset({"06"})}
# a bare promise (030.vow, 030.promise, 030.pledge) whose "that" clause announces an act the coder codes as intended
BARE_INTENT = frozenset({"030"})
# a bare refusal (120.refuse, 120.decline) whose "to V" complement is coded as the refusal of that act (12x)
BARE_REFUSAL = frozenset({"120"})


def _same_target(e: Event, a: Event) -> bool:
    """Whether the bare promise or refusal `a` names no other target than the act `e` it announces (its target, when
    it has one, is taken from that act's words: coding/addressees.py `complement_parties`)."""
    return a.target is None or e.target is None or e.target.code == a.target.code


def _take_governor(e: Event, a: Event, how: str) -> None:
    """The bare promise or refusal `a` is the act `e` it announces: `e` stays, with `a`'s source (and target) where it
    has none and `a`'s words among its own."""
    if e.source is None:
        e.source = a.source
    if e.target is None and a.target is not None and (e.source is None or e.source.code != a.target.code):
        e.target = a.target
    e.act_tokens = tuple(sorted(set(e.act_tokens) | set(a.act_tokens)))
    e.rule = (e.rule or "") + f"; {how} '{a.trigger_text}' ({a.pattern})"


def fold_means_and_intentions(events: list[Event], doc, force_purpose_of=frozenset()) -> list[Event]:
    """The events of one sentence, after one_event_per_act, with the mentions of one act that are not force merged:

    - an intention named by an act noun that is coded itself ("a Russian threat to attack the area": the threat,
      130, and the attack threatened, 138; "Turkey's pledge to send aid": 030 and 033) is one act when both are of
      one root: the intended act's event stays (its code is the more specific and it names the target), filled with
      the noun's sides;
    - two verbs of one intention, of one code ("threatened to send his forces to retake the town": 138 twice), are
      one announced act: the one that names a target stays;
    - a bare statement (010) whose purpose is another act ("issued a statement to express its outrage at ...") is
      that act, with the statement's author; a journey or visit (042) made to join a side (root 06: "made the
      journey to join the government's forces") is the joining, with the traveller;
    - a bare promise (030) whose "that" clause announces an act coded as intended (13x, 03x: "vowed he would attack
      the militants", 138) is that act, not a second event; so is a bare refusal (120) whose "to V" is coded as
      the refusal of that act ("refused to meet the envoy": 125 only);
    - a verb of answering with a "by V-ing" act coded itself ("retaliated by imposing sanctions") is that act
      (coding/characterised.py); a plan (13) coordinated with a verb telling the act of force done ("planned and
      carried out attacks") is the act done (coding/planned_done.py);
    - a journey or visit (042) whose purpose is an act of force the coder leaves uncoded ("travelled to Syria to
      fight against Isis", `force_purpose_of`: the governors of such purposes) is no visit: a fighter going to war;
    - a line of conduct taken up and the act it consists of ("embraced a policy of arming the tribes": a
      `policy-verb` whose object, a `policy-noun`, has the act in its "of V-ing" phrase) are one act: the act's
      event stays, with the taker as its source;
    - an act and a participle hung on it that tells it again ("promised to train the police, giving them
      training and vehicles": "train" and "training"; "hailed the deal, giving Macron the credit": one root) are one
      act; so is an act and its purpose of the same root ("will meet in Sochi to discuss the war"): the one naming
      a target, then the asserted, then the more specific, stays;
    - an act noun in a "by", "in", "with" or "through" phrase of a verb of the same root ("backed by US air support",
      "outlined its strategy in a speech") is the means the verb's act was done by, told again: the verb's event
      stays, filled with the noun's sides, or the noun's where its code is the more exact ("discussed it in a phone
      call", 041); not in material conflict, which one_event_per_act and coding/retold.py read ("hit by an
      airstrike", "targeted in the travel ban");
    - a quoted remark of accord or praise (roots 01, 05, 030) by the one who did an act of accord or praise (019, root
      05) in the same sentence, or by the speaker the act names no source for ("welcomed the deal, remarking: 'I agree
      with him'") is that act told again: the act stays, with the speaker as its source when it had none.
    """
    if not events:
        return events
    from eventwire.coding.characterised import drop_characterisations
    events = drop_characterisations(events, doc)    # "by shelling the villages, Damascus defied Ankara": the shelling
    from eventwire.coding.planned_done import drop_done_plans
    events = drop_done_plans(events, doc)           # "planned and carried out attacks": the attacks, done
    out = [e for e in events if not (e.cameo[:3] == "042" and any(i in force_purpose_of for i in e.act_tokens))]
    drop: set[int] = set()
    for k, e in enumerate(out):
        if k in drop:
            continue
        for j, a in enumerate(out):
            if j == k or j in drop or a.trigger_token is None:
                continue
            if e.intent_of is not None and e.intent_of in a.act_tokens and e.cameo[:2] == a.cameo[:2] \
                    and e.modality == "intent":
                same = _compatible(a, e)      # the noun of intention and the act it names
            elif e.intent_of is not None and e.intent_of == a.intent_of and e.cameo == a.cameo \
                    and e.modality == a.modality == "intent" and (e.target is not None or a.target is None):
                # one announced act told in two verbs ("threatened to send forces to retake X"); not coordinated
                # doers ("Iraqi, Kurdish and American troops are ready to assault"), whose sources differ
                same = _compatible(a, e)
            elif (a.cameo in BARE_INTENT or bare_pledge(a.pattern)) and _same_target(e, a) and e.modality == "intent" \
                    and e.cameo[:2] in ("03", "13") and _announced_by(e, a, doc):
                # "vowed he would attack the militants": the vow is the announced act (138), not a second event
                _take_governor(e, a, "announced by")
                drop.add(j)
                continue
            elif a.cameo in BARE_REFUSAL and _same_target(e, a) and e.cameo[:2] == "12" and e is not a \
                    and _announced_by(e, a, doc):
                # "refused to meet the envoy": the refusal is the refusal to meet (125), not a second, bare 120
                _take_governor(e, a, "refused in")
                drop.add(j)
                continue
            elif a.target is None and (e.source is None or a.source is None or e.source.code == a.source.code) \
                    and _policy_act(e, a, doc):
                # "embraced a policy of arming the tribes": the arming is the act, done by the one who embraced it
                same = True
            elif _compatible(a, e) and ((_restated(e, a, doc) and _keeps(e, a))
                                        or (_restated(a, e, doc) and not _keeps(a, e))):
                # "pledged to train the militia, providing it with training": one act of aid
                same = True
            elif e.cameo[:2] == a.cameo[:2] and e.quad_class not in (3, 4) and _compatible(a, e) \
                    and e.modality == a.modality and _serves(a, e, doc) and not _keeps(a, e):
                # "will meet in Sochi to discuss the war": the meeting and what it is for are one act of consultation
                same = True
            elif e.cameo[:2] == a.cameo[:2] and e.quad_class != 4 and _compatible(a, e) and _means_noun(a, e, doc):
                # "backed by US air support", "outlined the strategy in a speech": the noun names the verb's act
                if _keeps(a, e):
                    _absorb_means(a, e)     # (the noun's code is the more exact: "discussed it in a phone call", 041)
                    drop.add(k)
                    break
                same = True
            elif _remark_of(e, a, doc):
                # "welcomed the deal, remarking: 'I agree with him'": the remark tells the welcome again
                if a.source is None:
                    a.source = e.source
                a.act_tokens = tuple(sorted(set(a.act_tokens) | set(e.act_tokens)))
                a.rule = (a.rule or "") + f"; remarked in '{e.trigger_text}' ({e.pattern})"
                drop.add(k)
                break
            elif _serves(e, a, doc) and a.cameo[:3] in MEANS_OF_PURPOSE \
                    and e.cameo[:2] != a.cameo[:2] and (MEANS_OF_PURPOSE[a.cameo[:3]] is None
                                                        or e.cameo[:2] in MEANS_OF_PURPOSE[a.cameo[:3]]):
                same = _fills(e, a)           # the means and the act it served
            else:
                continue
            if not same:
                continue
            _absorb_means(e, a)
            drop.add(j)
    from eventwire.coding.conjoined_acts import fold_conjoined
    from eventwire.coding.speech_vehicle import fold_vehicles
    # ("said in a statement: '...'": the words' act; "convicted and sentenced": one act)
    return fold_conjoined(fold_vehicles([e for k, e in enumerate(out) if k not in drop], doc), doc)


def _announced_by(e: Event, a: Event, doc) -> bool:
    """Whether e's trigger is the act a "that" clause or a "to" complement of a's verb announces ("vowed (that) he
    would attack", "vowed to clear the militias from the border"), through "to" verbs in that clause."""
    if e.trigger_token is None:
        return False
    t = doc[e.trigger_token]
    for _ in range(4):
        if t.dep_ in ("ccomp", "xcomp") and t.head.i in a.act_tokens:
            return True                 # (also "vowed to clear the militias", when the vow kept its own event)
        if t.dep_ == "ccomp" and _said_alongside(t.head, a):
            return True                 # "vowed the offensive would be brief, saying troops would seal the border"
        if t.dep_ == "advcl" and t.head.dep_ in ("xcomp", "ccomp") and to_infinitive(t):
            t = t.head                  # the purpose of the act promised: "plan to cross the border to attack X"
            continue
        if t.dep_ == "ccomp" or t.dep_ not in ("xcomp", "conj") or t.head is t:
            return False
        t = t.head
    return False


def _said_alongside(part, a: Event) -> bool:
    """Whether `part` is a V-ing of saying hung on a's verb ("vowed the offensive would be brief, saying troops would
    seal the border", "vowed to act, adding that ..."), which names no thing promised as its object ("pledged its
    backing, saying ..." is a pledge of its own): what it says is what the vow announces."""
    from eventwire.coding.lexicon import default_lexicon
    if part.tag_ != "VBG" or part.dep_ != "advcl" or part.lemma_.lower() not in default_lexicon().reporting_verbs \
            or any(c.dep_ == "mark" for c in part.children):
        return False
    vow = part.head
    if vow.i not in a.act_tokens and vow.dep_ in ("ccomp", "xcomp"):
        vow = vow.head                  # (hung on what the vow says: "vowed it would be brief, saying ...")
    return vow.i in a.act_tokens and not any(c.dep_ == "dobj" for c in vow.children)


def _serves(e: Event, a: Event, doc) -> bool:
    """Whether e is named as what a was done for: its purpose ("travelled ... to meet"), the "to V" of a's object
    ("issued a statement to express its outrage"), or the participle on a's statement ("a statement condemning")."""
    if e.purpose_of is not None and e.purpose_of in a.act_tokens:
        return True
    if e.trigger_token is None:
        return False
    t = doc[e.trigger_token]
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head                      # "to calm partners and explain the plan": both are what it was done for
    if t.i != e.trigger_token and t.i == a.trigger_token:
        return False                    # ("met and discussed": a's own verb, no purpose)
    if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.lemma_.lower() in SPEECH_NOUNS and e.target is not None \
            and e.cameo[:2] not in ("18", "19", "20") and (
            t.head.i in a.act_tokens or (t.head.dep_ == "dobj" and t.head.head.i in a.act_tokens)):
        return True                     # "issued a statement condemning Israel", "a letter urging Iran to comply": the
        #                                 participle, directed at someone, speaks for the statement's author
        #                                 (data/coding/roles.tsv speech-noun; not "a statement announcing the move",
        #                                 nor a force code, a misreading of words: "a speech attacking the US")
    # (the parser may read the "to V" of a statement as an infinitival relative: "a blank statement to express")
    if t.dep_ not in ("acl", "relcl", "advcl", "xcomp") or not to_infinitive(t):
        return False
    head = t.head
    return head.i in a.act_tokens or (head.dep_ == "dobj" and head.head.i in a.act_tokens)


def _fills(keep: Event, drop: Event) -> bool:
    """Whether the sides differ only where the dropped mention names a source the kept one lacks ("to express its
    outrage" read with no source of its own, or with the one the relative clause gave it)."""
    return keep.target is None or drop.target is None or keep.target.code == drop.target.code


def _absorb_means(keep: Event, drop: Event) -> None:
    if drop.source is not None and (keep.source is None or keep.source.code != drop.source.code) \
            and (keep.target is None or keep.target.code != drop.source.code):
        keep.source = drop.source       # the statement's author, the traveller, the one who threatened
    if keep.target is None and drop.target is not None and (keep.source is None or keep.source.code != drop.target.code):
        keep.target = drop.target
    keep.act_tokens = tuple(sorted(set(keep.act_tokens) | set(drop.act_tokens)))
    keep.confidence = max(keep.confidence, drop.confidence)
    keep.rule = (keep.rule or "") + f"; one act with '{drop.trigger_text}' ({drop.pattern})"


# prepositions whose act noun is the means or the occasion of its verb's act ("by" also as a passive's agent)
MEANS_PREPS = frozenset({"by", "in", "with", "through", "via"})


def _means_noun(a: Event, e: Event, doc) -> bool:
    """Whether a's trigger is an act noun in a `MEANS_PREPS` phrase of e's verb (the passive agent of "backed by US air
    support", the "in" of "outlined the plan in a speech"), with no verb or clause of its own between them."""
    if e is a or e.trigger_token is None or a.trigger_token is None:
        return False
    noun = doc[a.trigger_token]
    verb = doc[e.trigger_token]
    if noun.pos_ != "NOUN" or verb.pos_ != "VERB" or noun.dep_ != "pobj":
        return False
    prep = noun.head
    return prep.dep_ in ("prep", "agent") and prep.lower_ in MEANS_PREPS and prep.head.i == verb.i


def _policy_act(e: Event, a: Event, doc) -> bool:
    """Whether e's trigger is the "of V-ing" of a `policy-noun` that is the object of a's `policy-verb` ("embraced a
    policy (over many years) of arming ..."; the parser may hang "of" on a phrase of the object's)."""
    from eventwire.coding.clause_record import role_words
    if e.trigger_token is None or a.trigger_token is None or e is a:
        return False
    words = role_words()
    verb = doc[a.trigger_token]
    if verb.lemma_.lower() not in words.get("policy-verb", ()):
        return False
    t = doc[e.trigger_token]
    if t.dep_ not in ("pcomp", "pobj") or t.head.lower_ != "of":
        return False
    h = t.head.head
    for _ in range(3):
        if h.i == verb.i:
            # "pursued a strategy for a decade of funding": the "of" of the object hung on the verb's phrase
            return any(c.dep_ == "dobj" and _own_policy(c, words) for c in verb.children)
        if h.dep_ == "dobj" and h.head.i == verb.i:
            # (the policy of another: "endorsed the American policy of arming", "backed Iran's strategy of")
            return _own_policy(h, words)
        if h.dep_ != "pobj" or h.head.dep_ != "prep":
            return False
        h = h.head.head
    return False


def _own_policy(noun, words) -> bool:
    """A `policy-noun` that names no other owner ("the American policy", "Iran's strategy": another's line)."""
    return noun.lemma_.lower() in words.get("policy-noun", ()) and not any(
        c.dep_ in ("poss", "compound", "amod", "nmod") and (c.pos_ == "PROPN" or c.text[:1].isupper())
        for c in noun.children)


# endings that make a noun of a verb ("train" "training", "equip" "equipment", "assist" "assistance")
_NOMINAL_ENDINGS = ("", "ing", "ment", "ance", "ence", "ion", "ation", "al")


def _nominal_of(noun: str, verb: str) -> bool:
    for stem in {verb, verb[:-1] if verb.endswith("e") else verb}:
        if noun.startswith(stem) and noun[len(stem):] in _NOMINAL_ENDINGS and len(stem) >= 3:
            return True
    return False


def _restated(e: Event, a: Event, doc) -> bool:
    """Whether e is a participle hung on a's verb (", providing them with training") whose object, "with" object or
    event noun names a's act as a noun ("train" ... "training")."""
    if e.trigger_token is None or a.trigger_token is None or e is a:
        return False
    verb = doc[a.trigger_token]
    if verb.pos_ != "VERB":
        return False
    hung = [doc[i] for i in e.act_tokens if doc[i].dep_ == "advcl" and doc[i].tag_ == "VBG"
            and doc[i].head.i in a.act_tokens and not any(c.dep_ == "mark" for c in doc[i].children)]
    if not hung:
        return False
    nouns = [doc[i] for i in e.act_tokens if doc[i].pos_ == "NOUN"]
    for p in hung:
        for c in p.children:
            if c.dep_ in ("dobj", "dative"):
                nouns += [c, *c.conjuncts]
            elif c.dep_ == "prep" and c.lower_ == "with":
                nouns += [g for o in c.children if o.dep_ == "pobj" for g in (o, *o.conjuncts)]
    if e.cameo[:2] == a.cameo[:2] and (e.quad_class not in (3, 4) or (e.pattern or "").endswith("-label")):
        # "hailed the deal, giving Macron the credit", "called for X, urging Y"; a label given by a naming verb tells
        # again the criticism it is hung on ("condemned the ruling, calling it a mistake")
        return True
    v = verb.lemma_.lower()
    return any(n.pos_ == "NOUN" and _nominal_of(n.lemma_.lower(), v) for n in nouns)


def _keeps(e: Event, a: Event) -> bool:
    """Whether e, not a, is the event to keep of two mentions of one act: the one naming a target, then the asserted
    one, then the more specific code (not a root's generic "0"), else a."""
    def rank(x: Event) -> tuple:
        return (x.target is None, x.modality != "asserted", len(x.cameo) == 3 and x.cameo.endswith("0"))
    return rank(e) < rank(a)


# roots of a quoted remark that can tell a cooperative act again, and of the acts it can tell
_REMARK_CODES = ("01", "05")
_QUOTES_OPEN = ("\u201c", '"')


def opened_quote(tok) -> bool:
    """Whether a token lies inside a quotation opened before it in its sentence."""
    sent = tok.sent
    inside = False
    for t in sent:
        if t.i >= tok.i:
            break
        if t.text == '"':
            inside = not inside
        elif t.text == "\u201c":
            inside = True
        elif t.text == "\u201d":
            inside = False
    return inside


def _remark_of(e: Event, a: Event, doc) -> bool:
    """Whether e, a quoted remark of accord or praise, tells again a's cooperative act (see fold_means_and_intentions)."""
    if e is a or e.trigger_token is None or a.trigger_token is None or e.source is None:
        return False
    # (not a bare statement, 010-017, whose quoted words are its content: "in a statement ... said: '...'")
    if not (e.cameo[:2] in _REMARK_CODES or e.cameo == "030") or not (a.cameo[:2] == "05" or a.cameo == "019"):
        return False
    if not opened_quote(doc[e.trigger_token]) or opened_quote(doc[a.trigger_token]):
        return False
    if a.source is not None and a.source.code != e.source.code:
        return False
    # (the remark names no other party than the act's: "I agree with him", "we agree with Riyadh" on Riyadh's offer)
    return e.target is None or a.target is None or e.target.code[:3] == a.target.code[:3]
