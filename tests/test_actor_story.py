"""A country for a title, a regime or a people's body from what the whole story says (issue 14, item 3;
knowledge/actor_story.py). Texts written for these tests."""
from __future__ import annotations

from coded_sentences import actor_in, dyads_of, events_on

FILLER = ("Aid agencies said food was running out. Doctors at the last clinic had no insulin. A convoy was turned back "
          "last week. Residents burn furniture to keep warm. ")


events = events_on("2019-03-01")


def dyads(text):
    return dyads_of(events(text))


def actor_with(text, word):
    return actor_in(events(text), word)


# ---------------------------------------------------------------- titles
def test_a_title_takes_the_country_of_the_name_beside_it():
    a = actor_with("Iran and Russia condemned the deal, but the prime minister, Theresa May, praised it on Monday.",
                   "prime minister")
    assert a.code == "GBRGOV"
    assert "name in apposition to the title ('Theresa May')" in a.why


def test_a_plural_title_in_a_sentence_of_several_countries_stays_without_one():
    # no one country from the story: "the three countries" are each of the three named together before
    # (knowledge/coref_sets.py), each with the title's sector
    text = "Officials from Iran, Russia and Turkey met in Astana. The foreign ministers of the three countries condemned the bombing."
    got = sorted(s for c, s, t in dyads(text) if c == "111")
    assert got == ["IRNGOV", "RUSGOV", "TURGOV"], dyads(text)


def test_a_president_is_not_taken_from_another_country_named_in_the_story():
    # "the president" is no office the story gives one country: here the story's own president, not Turkey's
    text = ("Turkey's president, Recep Tayyip Erdogan, criticised the proposal on Tuesday. " + FILLER +
            "Senator Bob Corker was due to see the president, but the visit was cancelled.")
    for e in events(text):
        for a in (e.source, e.target):
            if a is not None and a.text == "president":
                assert a.country != "TUR"


# ---------------------------------------------------------------- "the regime"
REGIME = "The Assad regime has besieged the suburb for months, and Assad's regime says it will not lift the siege. "


def test_the_regime_is_the_one_regime_the_story_names():
    # far from its last naming (coreference links "the regime" only a dozen sentences back): the story's one regime
    a = actor_with(REGIME + FILLER * 4 + "Iran and Russia praised the regime on Tuesday.", "regime")
    assert a.code == "SYRGOV"
    assert "the one regime the story names" in a.why
    # near it, coreference links the description to the regime named last; the country is the same
    assert actor_with(REGIME + FILLER + "Iran and Russia praised the regime on Tuesday.", "regime").code == "SYRGOV"


def test_regime_forces_are_the_regime_the_story_names():
    a = actor_with(REGIME + FILLER + "Iranian and Russian officials said regime forces had attacked rebels on Tuesday.",
                   "forces")
    assert a.code == "SYRMIL"


def test_a_story_that_names_two_regimes_gives_neither():
    text = ("The Assad regime and the Iranian regime signed a pact. The Assad regime and the Iranian regime will "
            "meet again. " + FILLER + "Turkey and Russia praised the regime on Tuesday.")
    for e in events(text):
        for a in (e.source, e.target):
            if a is not None and a.text and a.text.lower().endswith("regime") and "assad" not in a.text.lower() \
                    and "iranian" not in a.text.lower():
                assert a.country is None, a.why


# ---------------------------------------------------------------- peoples' bodies
def test_a_kurdish_body_lies_where_the_story_places_the_peoples_named_bodies():
    text = ("The YPG took control of two villages near Kobani on Monday. The YPG said its fighters had captured 30 "
            "Isis members. Food prices in the area have doubled. Kurdish forces also detained a Belgian woman and "
            "her children, Belgian and French officials said.")
    a = actor_with(text, "Kurdish forces")
    assert a.code == "SYRKURMIL"
    assert "named bodies of the people" in a.why


def test_a_kurdish_body_with_no_named_bodies_in_the_story_keeps_no_country():
    text = "Kurdish forces detained a Belgian woman, Belgian and French officials said."
    a = actor_with(text, "Kurdish forces")
    assert a.code == "KURMIL"


def test_authorities_of_a_kurdish_region_are_the_kurds_body_in_that_state():
    a = actor_with("Authorities in Iraq's Kurdish region condemned Turkey on Sunday.", "authorities")
    assert a.code == "IRQKURGOV"
    assert "a body of the people KUR" in a.why


def test_a_regime_whose_phrase_names_its_ruler_is_not_the_storys_regime():
    text = (REGIME + FILLER + "Turkey and Qatar distanced themselves from Omar Bakri's military-backed regime.")
    for e in events(text):
        for a in (e.source, e.target):
            if a is not None and a.text and "Bakri" in (a.text or "") or a is not None and a.text == "regime":
                assert a.country != "SYR", a.why


def test_a_title_only_one_country_gives_takes_that_country():
    a = actor_with("A second Republican congressman criticised the plan to pull troops out of Syria.",
                   "congressman")
    assert a.code == "USALEG"
    assert "a title only one country gives" in a.why


def test_a_title_in_apposition_to_a_known_name_takes_its_country():
    a = actor_with("Iran and Turkey criticised Russia and its long-serving president, Vladimir Putin, on Friday.", "president")
    assert a.code == "RUSGOV", a.why


def test_a_clause_subject_after_a_comma_is_no_apposition():
    text = "When the president was toppled by army officers, Erdogan almost declared war."
    for e in events(text):
        for a in (e.source, e.target):
            if a is not None and a.text == "junta":
                assert "apposition" not in (a.why or ""), a.why


# ---------------------------------------------------------------- a title's possessor
def test_a_bare_title_coordinated_after_a_possessed_one_shares_its_possessor():
    # (both Egypt's: the two visits are one event, Egypt's government's; none is left with a bare GOV)
    assert dyads("Egypt's president and defence minister visited Amman on Wednesday.") == [("042", "EGYGOV", "JORGOV")]


def test_a_title_after_his_takes_the_country_of_the_head_of_state_he_stands_for():
    a = actor_with("Emmanuel Macron gave a speech on Friday. His foreign minister met Iraqi officials in Baghdad.",
                   "foreign minister")
    assert a.code == "FRAGOV"
    assert "its possessor 'His'" in a.why


def test_the_countrys_president_is_the_president_of_the_country_described():
    a = actor_with("Iran has been accused of arming militias. The country's president rejected the charge.",
                   "president")
    assert a.code == "IRNGOV"
    assert "its possessor 'country'" in a.why


def test_a_title_possessed_by_an_armed_groups_leader_takes_no_country():
    # the leader of an armed group holds no state's office: "his spokesman" is no government's
    text = "Abu Bakr al-Baghdadi gave a sermon in Mosul. His spokesman threatened the Americans on Friday."
    for e in events(text):
        for a in (e.source, e.target):
            if a is not None and a.text and "spokesman" in a.text:
                assert "its possessor" not in (a.why or "")


def test_a_title_with_its_own_determiner_does_not_share_the_possessor():
    text = "Syria's president and a Lebanese minister met in Damascus on Monday."
    a = actor_with(text, "minister")
    assert a.country != "SYR"


def test_a_pronoun_possessor_is_the_one_its_title_is_coordinated_with():
    text = "The Swiss envoy praised Jordan and its interior minister on Tuesday."
    a = actor_with(text, "interior minister")
    assert a.code == "JORGOV"
    assert "coordinated with 'Jordan'" in a.why


def test_a_bare_possessive_shares_the_title_coordinated_after_it():
    # two countries' leaders: two actors, each with the title's sector
    got = dyads("Syria's and Iraq's leaders met the Turkish president in Ankara.")
    assert ("040", "SYRGOV", "TURGOV") in got and ("040", "IRQGOV", "TURGOV") in got
    assert ("040", "SYR", "TURGOV") not in got
    # (parsed as two subjects side by side: the bare possessive still takes the title's sector)
    got = dyads("Jordan's and Egypt's leaders condemned Israel on Monday.")
    assert ("111", "JORGOV", "ISR") in got and ("111", "JOR", "ISR") not in got


# ---------------------------------------------------------------- sides named by a country ("Syrian rebels")
SIDES = ("Libyan rebel fighters have held the port for a year, and Libyan opposition leaders met in Cairo last week. "
         + FILLER * 4)     # (far from its naming: coreference links a description only a dozen sentences back)


def bare_word(text, word):
    """The actor whose phrase is `word` alone ("the rebels", not "Libyan rebel fighters")."""
    for e in events(text):
        for a in (e.source, e.target):
            if a is not None and a.text and a.text.lower().removeprefix("the ") == word:
                return a
    raise AssertionError(dyads(text))


def test_the_rebels_are_the_rebels_the_story_names_with_a_country():
    # the sentence names two countries, neither the rebels' own; the story's rebels are Libya's
    a = bare_word(SIDES + "Egypt and Algeria condemned the rebels on Tuesday.", "rebels")
    assert a.code == "LBYREB"
    assert "the one country the story names with 'rebel' ('Libyan rebel')" in a.why


def test_the_opposition_is_the_opposition_the_story_names_with_a_country():
    a = bare_word(SIDES + "Egypt and Algeria praised the opposition on Tuesday.", "opposition")
    assert a.code == "LBYOPP"


def test_rebels_named_with_two_countries_take_neither():
    text = ("Libyan rebel fighters have held the port for a year, and Chadian rebels crossed the border last week. "
            + FILLER + "Egypt and Algeria condemned the rebels on Tuesday.")
    a = bare_word(text, "rebels")
    assert a.country is None, a.why


def test_a_backer_is_not_the_country_of_the_rebels_it_backs():
    text = ("Egyptian-backed rebels have held the port for a year. " + FILLER
            + "Turkey and Algeria condemned the rebels on Tuesday.")
    a = bare_word(text, "rebels")
    assert a.country is None, a.why


def test_the_backers_of_the_rebels_are_not_the_rebels():
    # "rebel backers" are whoever backs the rebels: the story's rebels' country is not theirs
    # (and since the side-taker rule, "rebel backers" are no rebels at all: no side of that phrase is the rebels')
    text = SIDES + "Egypt and Algeria are rivals, and rebel backers cut their funding on Monday."
    sides = [a for e in events(text) for a in (e.source, e.target)
             if a is not None and a.text and a.text.lower().removeprefix("the ") in ("rebel", "rebel backers")]
    assert all(a.country is None and a.sector != "REB" for a in sides), [(a.code, a.why) for a in sides]


def test_the_rebels_who_train_are_the_rebels_the_story_names():
    # an act of support places no source from the one it backs, but the story's rebels are still Libya's
    a = bare_word(SIDES + "Egypt and Algeria said the rebels trained the new recruits on Tuesday.", "rebels")
    assert a.code == "LBYREB", a.why


# ---------------------------------------------------------------- a short mention after a fuller one
STORY = "Fighting went on in Aleppo and Idlib on Monday, and shelling hit Homs and Hama. "
# (FILLER * 4: far from its naming, which coreference links only a dozen sentences back)


def test_the_government_takes_the_story_s_earlier_iraqi_government():
    # a story whose places are Syria's: "the government" is still the Iraqi government the story named before
    text = (STORY + "The Iraqi government has closed the border crossing at al-Qaim. " + FILLER * 4
            + "Jordan and Egypt criticised the government on Tuesday.")
    a = bare_word(text, "government")
    assert a.code == "IRQGOV", a.why
    assert "the story's earlier 'Iraqi government'" in a.why


def test_two_governments_named_before_give_the_short_mention_neither():
    text = (STORY + "The Iraqi government has closed the border crossing, and the Turkish government opened one. "
            + FILLER * 4 + "Jordan and Egypt criticised the government on Tuesday.")
    a = bare_word(text, "government")
    assert "the story's earlier" not in (a.why or ""), a.why


def test_a_list_of_countries_before_the_noun_is_no_one_actor():
    text = ("British, French and Danish hostages were held in a prison near Raqqa for a year. " + FILLER * 4
            + "Jordan and Egypt said the hostages had been freed on Tuesday.")
    for e in events(text):
        for a in (e.source, e.target):
            if a is not None and "the story's earlier" in (a.why or ""):
                raise AssertionError(a.why)


def test_the_militia_takes_the_group_named_after_the_same_noun():
    text = (STORY + "The militia Kata'ib Hezbollah has controlled the crossing since 2017. " + FILLER * 4
            + "Jordan and Egypt condemned the militia on Tuesday.")
    a = bare_word(text, "militia")
    assert a.code == "IRQUAF", a.why
    assert "the story's earlier 'militia Kata'ib Hezbollah'" in a.why


def test_an_unnamed_body_of_another_sector_makes_the_noun_ambiguous():
    # "an opposition delegation" may be the one meant: the earlier "Syrian government delegation" is not plain
    text = ("A Syrian government delegation arrived in Geneva on Monday, and an opposition delegation came on Sunday. "
            + FILLER * 4 + "Jordan and Egypt praised the delegation on Tuesday.")
    for e in events(text):
        for a in (e.source, e.target):
            if a is not None and "the story's earlier" in (a.why or ""):
                raise AssertionError(a.why)


def test_a_bare_body_noun_modifying_a_title_takes_the_story_s_earlier_government():
    # "government" alone is the actor of "the deputy premier and government spokesman"
    text = ("The Egyptian government has sealed the Rafah crossing with Gaza. " + FILLER * 4
            + "Hisham Salem, the deputy premier and government spokesman, praised the aid agencies on Tuesday.")
    a = bare_word(text, "government")
    assert a.code == "EGYGOV", a.why
    assert "the story's earlier 'Egyptian government'" in a.why


def test_a_capitalised_body_with_no_article_is_the_story_s_one_body():
    # British usage: "Cabinet agreed" is the cabinet the story named ("the Dutch prime minister's cabinet")
    text = ("Kenya's cabinet met for three hours in Nairobi on Monday. " + FILLER * 4
            + "Cabinet agreed on Tuesday to send troops to Somalia.")
    for e in events(text):
        if e.source is not None and e.source.text == "Cabinet":
            assert e.source.code == "KENGOV", e.source.why
            assert "the story's earlier" in e.source.why
            return
    raise AssertionError(dyads(text))


def test_a_bare_body_noun_with_a_possessor_on_its_head_is_the_possessor_s():
    # "his government spokesman": whose the possessor says, not the story's earlier "Egyptian government"
    text = ("The Egyptian government has sealed the Rafah crossing with Gaza. " + FILLER * 4
            + "The king and his government spokesman praised the aid agencies on Tuesday.")
    for e in events(text):
        for a in (e.source, e.target):
            if a is not None and "the story's earlier" in (a.why or ""):
                raise AssertionError(a.why)
