"""Coreference by role and salience (knowledge/coref.py), on short stories written for these tests."""
from __future__ import annotations

from eventwire import code_text
from coded_sentences import events_on, exactly_at


events_of = events_on("2019-03-01")


at = exactly_at


def test_he_prefers_the_earlier_subject_over_the_object():
    evs = events_of("Russian President Vladimir Putin hosted Turkey's leader Recep Tayyip Erdogan in Sochi on "
                    "Wednesday. He later condemned the shelling of a school in Idlib.")
    e = at(evs, "condemned")
    assert e and e[0].source is not None and e[0].source.code == "RUSGOV", [(x.source, x.trigger_text) for x in evs]
    assert "Putin" in e[0].source.why and "subject" in e[0].source.why


def test_it_is_not_a_person_and_not_a_place_named_as_a_place():
    evs = events_of("Prime Minister Boris Johnson flew to Baghdad on Monday. In Syria, the Syrian Democratic Forces "
                    "held the last town. It later accused Turkey of shelling its positions.")
    e = at(evs, "accused")
    assert e and e[0].source is not None and e[0].source.code == "SYRREB", [(x.source, x.trigger_text) for x in evs]


def test_the_clause_above_the_pronoun_gives_its_subject():
    evs = events_of("Iran massed troops on the frontier last month. Turkish diplomats said on Thursday that they would "
                    "expel the Iranian envoy.")
    e = at(evs, "expel")
    assert e and e[0].source is not None and e[0].source.country == "TUR", [(x.source, x.trigger_text) for x in evs]
    assert "clause it depends on" in e[0].source.why


def test_we_in_a_quote_is_the_speaker_named_after_it():
    evs = events_of("Turkish troops shelled Kurdish positions near the border on Sunday. \"We will attack every "
                    "position they hold,\" said a commander of the Syrian Democratic Forces.")
    e = at(evs, "attack")
    assert e and e[0].source is not None and e[0].source.code == "SYRREB", [(x.source, x.trigger_text) for x in evs]
    assert "quote" in e[0].source.why


def test_we_outside_a_quote_and_indefinite_pronouns_stand_for_nobody():
    evs = events_of("Egypt hosted talks on the crisis on Monday. We met refugees in a camp near the border. "
                    "Anyone who attacked the convoy will be punished.")
    for e in evs:
        if e.source is not None and (e.source.text or "").lower() in ("we", "anyone"):
            raise AssertionError((e.trigger_text, e.source))


def test_a_person_named_with_a_role_takes_its_code_and_the_surname_follows():
    evs = events_of("Karim Haddad, Jordan's interior minister, met the Egyptian envoy in Amman on Monday. "
                    "Haddad later condemned the attack on the border post.")
    e = at(evs, "condemned")
    assert e and e[0].source is not None and e[0].source.code == "JORGOV", [(x.source, x.trigger_text) for x in evs]
    assert "named in full earlier" in e[0].source.why


def test_a_title_before_an_unlisted_name():
    evs = events_of("The Iraqi defence minister Salim Khafaji visited the front line on Tuesday. Khafaji praised the "
                    "soldiers for their courage.")
    e = at(evs, "praised")
    assert e and e[0].source is not None and e[0].source.code == "IRQGOV", [(x.source, x.trigger_text) for x in evs]


def test_the_two_leaders_are_both_people_named_before():
    evs = events_of("French President Emmanuel Macron hosted Chancellor Angela Merkel of Germany in Paris on Friday. "
                    "The two leaders condemned the missile launch by North Korea.", date="2017-09-01")
    srcs = {e.source.country for e in at(evs, "condemned") if e.source is not None}
    assert srcs == {"FRA", "DEU"}, [(x.source, x.trigger_text) for x in evs]


def test_the_group_is_an_armed_group_not_a_body_of_states():
    evs = events_of("The United Nations called for calm after Hezbollah fighters fired rockets at an Israeli army "
                    "post. The group later said it had destroyed a tank.", date="2019-09-01")
    e = at(evs, "destroyed")
    assert e and e[0].source is not None and e[0].source.code.startswith("LBN"), \
        [(x.source, x.trigger_text) for x in evs]


def test_a_pronoun_for_someone_not_in_the_lists_is_not_someone_else():
    evs = events_of("Recep Tayyip Erdogan, Turkey's president, gave a speech in Istanbul on Tuesday. Later, the aid worker Dana "
                    "Whitfield told reporters that she had visited the camp. She accused the guards of beating "
                    "prisoners.")
    e = at(evs, "accused")
    assert e and (e[0].source is None or e[0].source.country != "TUR"), [(x.source, x.trigger_text) for x in evs]


def test_it_that_stands_for_a_thing_is_no_actor():
    evs = events_of("Russia blocked the first draft on Monday. The resolution passed on Tuesday, and it demanded an "
                    "immediate ceasefire in Idlib.")
    for e in at(evs, "demanded"):
        assert e.source is None or e.source.country != "RUS", e.source


def test_they_for_two_people_of_one_sentence():
    evs = events_of("Turkey's president, Recep Tayyip Erdogan, phoned Vladimir Putin on Saturday. They discussed the "
                    "fighting in Idlib.")
    srcs = {e.source.country for e in at(evs, "discussed") if e.source is not None}
    assert srcs == {"TUR", "RUS"}, [(x.source, x.trigger_text) for x in evs]


def test_he_is_not_the_person_named_later_in_his_own_clause():
    evs = events_of("Donald Trump met Defense Secretary James Mattis on Monday. He later criticised the plan that Trump "
                    "had announced.", date="2018-11-20")
    e = at(evs, "criticised")
    assert e and e[0].source is not None and e[0].source.entity not in (None, "donald-trump"), \
        [(x.source, x.trigger_text) for x in evs]


def test_the_president_is_not_the_subject_of_its_own_clause_and_not_a_vice_president():
    evs = events_of("US President Donald Trump announced the withdrawal on Wednesday. Vice-President Mike Pence met "
                    "Turkish officials in Ankara. The president praised the Kurdish fighters.", date="2019-01-10")
    e = at(evs, "praised")
    assert e and e[0].source is not None and e[0].source.entity == "donald-trump", [(x.source, x.trigger_text) for x in evs]


def test_they_takes_all_coordinated_actors():
    evs = events_of("Britain, France and Germany issued a joint statement on Monday. They condemned the attack on the "
                    "convoy.")
    srcs = {e.source.country for e in at(evs, "condemned") if e.source is not None}
    assert srcs == {"GBR", "FRA", "DEU"}, [(x.source, x.trigger_text) for x in evs]


def test_the_country_in_a_relative_clause_is_the_main_subject():
    evs = events_of("Mali has struggled for years with jihadist fighters, who invaded the country in 2012.",
                    date="2019-03-01")
    e = at(evs, "invaded")
    assert e and e[0].target is not None and e[0].target.country == "MLI", [(x.target, x.trigger_text) for x in evs]


def test_a_speaker_named_only_by_a_sector_takes_the_sentence_country():
    # (the path that gives a quote's unnamed official a country ran into a removed method after a merge)
    res = code_text('Kenyan troops entered the town of Dhobley on Monday. "We will not withdraw until the '
                              'militants are gone," a senior military official said.', date="2019-03-04")
    assert res.status == "coded", res.reason


# ---- role and salience, number, quotes (issue 14, item 5); stories written for these tests

def src(evs, trigger):
    e = at(evs, trigger)
    assert e, [(x.trigger_text, x.source) for x in evs]
    return e[0].source


def test_it_is_the_main_subject_not_the_subject_of_a_clause_under_it():
    evs = events_of("Ankara believes the Kurdish militia is taking advantage of American protection. It also "
                    "condemned the Iraqi government on Monday.")
    s = src(evs, "condemned")
    assert s is not None and s.country == "TUR", s


def test_they_prefers_a_plural_to_one_body_named_in_the_singular():
    evs = events_of("The Syrian army drove the militants out of Homs in 2017. But they are now attacking villages "
                    "near the border.")
    s = src(evs, "attacking")
    assert s is not None and s.code != "SYRMIL" and "militants" in s.why, s


def test_the_object_that_controls_the_clause_is_what_it_refused():
    evs = events_of("Qatar says Germany and Italy could force the Syrian regime to offer compromises it has until now "
                    "refused to offer.")
    s = src(evs, "refused")
    assert s is not None and s.code == "SYRGOV", s


def test_a_doer_after_by_on_a_noun_is_not_a_subject():
    evs = events_of("Turkey's Recep Tayyip Erdogan denounced moves by Donald Trump. He also "
                    "criticised Europe for its inaction.")
    s = src(evs, "criticised")
    assert s is not None and s.code == "TURGOV", s


def test_a_quote_after_a_persons_sentence_is_his():
    evs = events_of("Erdogan accused the EU of failing to keep its promises. \"We shelled Isis positions and we are "
                    "welcoming refugees.\"")
    s = src(evs, "shelled")
    assert s is not None and s.code == "TURGOV" and "quote" in s.why, s


def test_they_after_people_no_list_codes_is_nobody_else():
    evs = events_of("It has been reported that the two men attacked the Turkish embassy. They were later arrested "
                    "by Iraqi police.")
    for e in at(evs, "arrested"):
        assert e.target is None or e.target.country != "TUR", e.target


def test_it_after_a_persons_regime_is_the_regime():
    evs = events_of("Assad's regime says it will attack Turkish troops if they cross the border.")
    s = src(evs, "attack")
    assert s is not None and s.code == "SYRGOV", s


def test_a_description_with_its_own_clause_is_not_an_earlier_actor():
    evs = events_of("Washington has armed the Kurdish fighters for years. \"We will defend the city against "
                    "attacks,\" the administration running Manbij said on Monday.")
    for e in at(evs, "defend"):
        assert e.source is None or e.source.country != "USA", e.source


def test_she_is_not_a_man_a_title_names():
    evs = events_of("Jordan's interior minister, Karim Haddad, met Egypt's trade minister, Leila Nasser, in Amman on "
                    "Monday. Mr Haddad said the talks were useful. She later condemned the attack on the border post.")
    s = src(evs, "condemned")
    assert s is None or s.country != "JOR", s
    assert s is not None and s.code == "EGYGOV", s


def test_it_is_not_a_country_its_own_clause_names():
    evs = events_of("Iran hosted Turkish envoys in Tehran on Monday. Turkey has shelled Kurdish villages for weeks. "
                    "It has meanwhile raised accusations that Turkey had bombarded the frontier town.")
    s = src(evs, "raised")
    assert s is not None and s.country == "IRN", s


def test_a_modifier_in_its_own_clause_does_not_exclude_a_country():
    evs = events_of("Turkey closed the border crossing on Monday. It fears the Kurdish militia may launch attacks "
                    "inside its borders.")
    for e in evs:
        if e.source is not None and (e.source.text or "").lower() == "it":
            assert e.source.country == "TUR", e.source


def test_they_after_people_no_list_codes_who_govern_it_is_nobody():
    evs = events_of("Rebel fighters shelled the town on Monday. Local shopkeepers said they would protest against "
                    "the shelling.")
    for e in evs:
        if e.source is not None and (e.source.text or "").lower() == "they":
            raise AssertionError(e.source)


# ---- session 8: role and salience (issue 14, item 5)

def test_he_never_stands_for_whom_she_stood_for():
    evs = events_of("Angela Merkel met reporters in Berlin on Monday. She condemned the attack on the convoy. "
                    "Later he accused Russia of arming the militia.")
    assert at(evs, "condemned")[0].source.code == "DEUGOV"
    for e in at(evs, "accused"):
        assert e.source is None or e.source.code != "DEUGOV", (e.source, e.source.why)


def test_a_person_coordinated_with_a_country_is_still_him():
    evs = events_of("Bashar al-Assad and Iran, which has backed him since 2011, welcomed the proposal.")
    e = at(evs, "backed")
    assert e and e[0].target is not None and e[0].target.code == "SYRGOV", [(x.source, x.target) for x in e]


def test_it_is_not_one_member_of_a_coordination():
    evs = events_of("The US, the EU and Canada do not regard the YPG as a terror group, which it has "
                    "supported since 2015.")
    for e in at(evs, "supported"):
        assert e.source is None or e.source.code != "IGOEUREEC", (e.source, e.source.why)


def test_they_after_the_allies_of_someone_is_not_that_someone():
    evs = events_of("Erdogan made a deal with Assad's allies, Russia and Iran. In return, they supported the Turkish "
                    "offensive.")
    got = {e.source.code for e in at(evs, "supported") if e.source is not None}
    assert got == {"RUS", "IRN"}, got


def test_it_before_an_extraposed_adjective_stands_for_nothing():
    from eventwire.knowledge.coref import Coref
    from eventwire.nlp import load
    nlp = load()
    for text in ("During the long hearing, it became obvious that most voters opposed the deal.",
                 "\u201cIt\u2019s perfectly fine to invite a discussion about the two groups,\u201d she said."):
        it = next(t for t in nlp(text) if t.lower_ == "it")
        assert Coref.expletive(it), text
    it = next(t for t in nlp("Turkey said it was ready to talk.") if t.lower_ == "it")
    assert not Coref.expletive(it)
    it = next(t for t in nlp("In March, it was four years since the siege began.") if t.lower_ == "it")
    assert Coref.expletive(it)


def test_it_before_an_adjective_that_says_what_it_is_is_an_actor():
    evs = events_of("Ukraine rejected the plan. It was ready to fight.")
    e = at(evs, "fight")
    assert e and e[0].source is not None and e[0].source.code == "UKR", [(x.source, x.trigger_text) for x in evs]


def test_the_regime_is_the_regime_named_before_not_the_latest_government():
    evs = events_of("The Syrian regime shelled Idlib on Monday. Trump announced the withdrawal of US troops on Tuesday. "
                    "It has also ended any threat to Assad. Ever since the regime took over Homs in 2014, few "
                    "have doubted his comeback.")
    e = at(evs, "took over")
    assert e and e[0].source is not None and e[0].source.code == "SYRGOV", [(x.source, x.trigger_text) for x in evs]
    assert "the regime named" in e[0].source.why


def test_he_said_after_x_said_is_x():
    evs = events_of("Emmanuel Macron met reporters in Paris on Monday. Macron had pleaded with Moscow for weeks, but "
                    "Vladimir Putin said the talks had failed. He said he would never negotiate under pressure.")
    e = at(evs, "negotiate")
    assert e and e[0].source is not None and e[0].source.code == "RUSGOV", [(x.source, x.trigger_text) for x in evs]


def test_a_person_who_becomes_the_main_subject_is_the_new_topic_of_he():
    # Putin is named three times, then Macron becomes the subject of a sentence of his own: "He" is Macron, not the
    # person named most often before him (written for this test)
    from eventwire import code_text
    res = code_text("Vladimir Putin, Russia's president, has clashed with Nato over Ukraine. Putin condemned the sanctions "
                    "in a speech. Putin also accused Poland of provocation last month. Emmanuel Macron sees himself as "
                    "a mediator in the crisis. But his critics say he has achieved little. He has visited Kyiv and "
                    "criticised Moscow for the attacks.", date="2022-04-11")
    visited = [e for e in res.events if e.trigger_text == "visited"]
    assert visited and visited[0].source is not None and visited[0].source.code == "FRAGOV", \
        [(e.trigger_text, e.source and e.source.code) for e in res.events]


# --- issue 14 point 5: role and salience (session 12) ---------------------------------------------------------------

def test_a_person_noun_of_the_sector_lists_is_she_and_the_speaker_whose_us_it_is():
    evs = events_of("A resident of Mosul described the siege. \"Isis fighters started targeting us as we ran,\" she "
                    "said. She said militants later attacked her.")
    e = [x for x in evs if "targeting" in x.trigger_text]
    assert e and e[0].target is not None and e[0].target.code == "IRQCVL", [(x.target, x.trigger_text) for x in evs]
    assert "who said it" in e[0].target.why
    e = at(evs, "attacked")
    assert e and e[0].target is not None and e[0].target.code == "IRQCVL", [(x.target, x.trigger_text) for x in evs]


def test_him_is_not_the_woman_named_beside_his_wife():
    evs = events_of("Tom Fletcher, a Welsh aid worker, had travelled to Syria to help the Kurds. He and his wife, Ana "
                    "Lopes, were vacationing in Izmir when officers detained and charged him with terror crimes.")
    e = [x for x in evs if "detained" in x.trigger_text]
    assert e and e[0].target is not None and e[0].target.code == "GBRNGO", [(x.target, x.trigger_text) for x in evs]


def test_they_after_uncoded_people_of_a_country_is_not_the_state():
    evs = events_of("Dozens of Egyptian lawyers have protested outside the court. They accused the police of beating "
                    "detainees.")
    e = at(evs, "accused")
    assert e and (e[0].source is None or e[0].source.code != "EGY"), [(x.source, x.trigger_text) for x in evs]


def test_they_after_civil_society_groups_is_those_groups():
    evs = events_of("Some forty of Iraq's main civil society groups said on Monday that the vote would be rigged. "
                    "They also accused the Iraqi government of jailing journalists.")
    e = at(evs, "accused")
    assert e and e[0].source is not None and e[0].source.code == "IRQNGO", [(x.source, x.trigger_text) for x in evs]


def test_his_arch_enemy_is_the_other_side_named_before_it():
    evs = events_of("Benjamin Netanyahu warned of a conflict with Iran, accusing his archenemy of building bases in "
                    "Syria.")
    e = at(evs, "accusing")
    assert e and e[0].target is not None and e[0].target.code == "IRN", [(x.target, x.trigger_text) for x in evs]
    assert "other side" in e[0].target.why
    evs = events_of("Iran's foreign minister met his Russian counterpart on Monday. Russia later criticised its ally "
                    "for the attack.")
    e = at(evs, "criticised")
    assert e and e[0].target is not None and e[0].target.country == "IRN", [(x.target, x.trigger_text) for x in evs]
    evs = events_of("Saudi Arabia and Iran exchanged accusations on Monday. Riyadh accused its rival of arming the "
                    "Houthis.")
    e = at(evs, "accused")
    assert e and e[0].target is not None and e[0].target.code == "IRN", [(x.target, x.trigger_text) for x in evs]


def test_his_rival_with_no_other_side_named_stays_empty():
    evs = events_of("Recep Tayyip Erdogan spoke in Ankara on Monday. He accused his rival of lying.")
    e = at(evs, "accused")
    assert e and (e[0].target is None or e[0].target.country != "TUR"), [(x.target, x.trigger_text) for x in evs]


def test_you_in_a_quote_is_the_one_it_was_said_to():
    evs = events_of("\"We will attack you if you cross the river,\" the Turkish defence minister told the Kurdish "
                    "commander.")
    e = at(evs, "attack")
    assert e and e[0].target is not None and e[0].target.code == "KURMIL", [(x.target, x.trigger_text) for x in evs]
    assert "to whom it was said" in e[0].target.why
    evs = events_of("\"If you attack civilians, we will punish you,\" the Syrian opposition leader told the Guardian.")
    for x in evs:
        assert x.target is None or "to whom it was said" not in (x.target.why or ""), (x.trigger_text, x.target)
