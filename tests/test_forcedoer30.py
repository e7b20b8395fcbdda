"""Issue 14 item 2 (forcedoer30): doers of violence and support the sentence names near the act. Harm told "since" a
side's act of force began takes that act's doer (coding/since_acts.py, asked by coding/doers.py); "X has done the
most to V" makes X V's subject (coding/doer_nouns.effort_clause); a subject reached through "seems determined to"
(the parser's `oprd`; coding/clause_args.subject_of); an act announced in the passive in a statement's relative
clause ("a tweet in which he said missiles would be fired") is the statement's author's (coding/said_in.py, asked by
coding/implied_doers.py). Sentences written for these tests."""
from __future__ import annotations

from eventwire import code_text


def events(text, date="2021-05-04"):
    return code_text(text, date=date).events


def dyads(text, date="2021-05-04"):
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in events(text, date)]


def _harm(evs, word):
    return next(e for e in evs if e.trigger_text.startswith(word))


def test_harm_since_a_campaign_named_with_its_doer_began_is_that_doers():
    e = _harm(events("At least 30 civilians have been killed in Idlib since a campaign of Russian shelling started "
                     "last week."), "killed")
    assert e.source is not None and e.source.country == "RUS", e
    assert "since" in e.source.why and e.source.why.startswith("implicit agent"), e.source.why


def test_harm_since_a_side_launched_its_offensive_is_that_sides():
    evs = events("Dozens of Yemeni civilians have been killed since Saudi jets intensified their air strikes on "
                 "Hodeidah.")
    e = _harm(evs, "killed")
    assert e.source is not None and e.source.code == "SAUMIL" and e.target.code == "YEMCVL", e


def test_harm_since_a_barrage_of_fire_named_by_a_sector_word_began():
    e = _harm(events("Scores of people have been wounded in the town since a relentless barrage of government rocket "
                     "fire began on Sunday."), "wounded")
    assert e.source is not None and e.source.sector == "GOV", e


def test_since_names_no_doer_for_a_war_or_for_the_victims_own_side():
    e = _harm(events("Some 300,000 people have been killed since the conflict began in 2011."), "killed")
    assert e.source is None, e
    e = _harm(events("More than 40 Ethiopian soldiers have been killed since Ethiopia launched its offensive in "
                     "Tigray."), "killed")
    assert e.source is None, e


def test_the_one_who_has_done_the_most_to_support_is_the_supporter():
    got = dyads("Of all the Gulf states, Qatar has done the most to arm the rebels in Libya.")
    assert ("072", "QAT", "LBYREB") in got, got
    got = dyads("Kenya, along with Uganda, has done the most to support the fragile government in Mogadishu.")
    assert any(s == "KEN" and c.startswith("05") for c, s, _ in got), got


def test_doing_nothing_to_help_is_no_act():
    assert dyads("Egypt has done nothing to help the refugees.") == []


def test_a_subject_that_seems_determined_to_act_does_the_participle_after_it():
    got = dyads("The Nigerian army stormed the forest on Monday. The army seems determined to crush the insurgents, "
                "launching raids on their camps and shelling their hideouts.")
    assert any(c.startswith("19") and s == "NGAMIL" for c, s, _ in got[1:]), got


def test_an_act_announced_in_a_tweet_is_the_tweets_authors():
    got = dyads("Donald Trump posted a tweet on Wednesday in which he said that missiles would soon be fired at "
                "Syria.", date="2018-04-12")
    assert ("138", "USAGOV", "SYR") in got, got
    got = dyads("The Kremlin issued a statement in which it said that bombers would be sent to the region.")
    assert any(c == "138" and s == "RUSGOV" for c, s, _ in got), got


def test_a_relative_clause_whose_pronoun_stands_in_what_is_said_lends_no_announcer():
    # ("weapons it said were intended for an attack": the relative pronoun is the said clause's own subject)
    got = dyads("Police seized weapons which the ministry said were intended for an attack on the embassy.")
    assert not any(s == "GOV" or (s or "").endswith("GOV") for c, s, _ in got if c.startswith("13")), got


def test_doing_more_to_act_is_as_done_as_doing():
    # (what one is urged or promises to do more to do is asked for or intended, not done)
    got = dyads("The minister urged Britain to do more to hand over the suspects.")
    assert not any(c.startswith("06") for c, _, _ in got), got
    evs = events("Britain has promised to do everything to protect the refugees.")
    assert all(e.modality != "asserted" for e in evs if e.trigger_text.startswith("protect")), evs


def test_an_along_with_aside_the_parser_hung_on_the_verb_is_a_co_agent():
    got = dyads("The talks opened in Nairobi on Monday. Kenya, along with Uganda, has done the most to support the "
                "fragile Somali government.")
    assert {s for c, s, _ in got if c.startswith("05")} == {"KEN", "UGA"}, got


def test_a_force_raised_or_used_in_the_passive_does_the_act_but_a_weapon_does_not():
    evs = events("The militia, which was formed to fight the Taliban, was later used to capture the town of Kunduz from "
                 "government forces.")
    e = next(e for e in evs if e.trigger_text.startswith("capture"))
    assert e.source is not None and e.source.sector == "UAF", e
    # ("drones used to attack": a means, no doer)
    assert all(e.source is None or e.source.sector != "MIL" for e in events("Drones were used to attack the base.")), \
        "drones"


def test_a_threat_in_a_tweet_stays_its_authors_after_another_speaker_was_named():
    # ("he" would be the Labour leader of the sentence before; the tweet's author said it)
    got = dyads("The Labour leader spoke in Derby on Monday. Asked about the US president's tweet in which he said "
                "that missiles would soon be fired toward Syria, he said the world should be alarmed.",
                date="2018-04-12")
    assert ("138", "USAGOV", "SYR") in got, got


def test_a_copula_that_says_whose_the_act_was_names_the_doer_of_the_harm_before_it():
    e = _harm(events("Nine soldiers were killed when a car bomb exploded at a checkpoint outside Mogadishu. The "
                     "bombing was the work of al-Shabaab, police said."), "killed")
    assert e.source is not None and e.source.code == "SOMINS", e
    e = _harm(events("At least 20 worshippers were killed in a suicide attack on a mosque in Kabul on Friday. The "
                     "assault was the latest in a string of attacks by the Taliban."), "killed")
    assert e.source is not None and e.source.code == "AFGINS", e
    e = _harm(events("Nine soldiers were killed when a car bomb exploded at a checkpoint outside Mogadishu. The "
                     "bombing was not the work of al-Shabaab, police said."), "killed")
    assert e.source is None, e


def test_an_unnamed_bomber_near_the_attribution_is_no_other_side():
    e = _harm(events("At least 20 worshippers were killed in a suicide attack on a mosque in Kabul on Friday. A bomber "
                     "blew himself up at the gate. The assault was the latest in a string of attacks by an affiliate "
                     "of Isis."), "killed")
    assert e.source is not None and e.source.code == "IMGINSISI", e
