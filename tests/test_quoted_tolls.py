"""Doers a speaker names in the same quotation (coding/quoted_doers.py, asked by coding/doers.py step 5) and a "by"
phrase set apart from its passive participle by an aside in dashes (coding/passive_agents.py `_parted_agent`)
(issue 14, no source). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2021-09-14")


def at(evs, word):
    return [e for e in evs if e.trigger_text.lower().startswith(word)]


def dump(evs):
    return [(e.cameo, e.trigger_text, e.source and e.source.code, e.target and e.target.code, e.rule[-90:])
            for e in evs]


def test_quoted_toll_takes_the_doer_the_speaker_names_right_after_it():
    evs = events_of("Farmers who escaped from Tal Hamra spoke to reporters in the camp. \u201cThree village elders "
                    "were tortured and executed in the square. The Taliban had stormed the village two days "
                    "earlier,\u201d said Gul Rahman, 61.")
    for word in ("tortured", "executed"):
        e = at(evs, word)
        assert e and all(x.source is not None and x.source.code.startswith("AFG") for x in e), dump(evs)
    assert "same quotation" in at(evs, "tortured")[0].source.why, dump(evs)


def test_quoted_toll_takes_the_doer_the_speaker_named_before_it():
    evs = events_of("A nurse described the night to the Observer. \u201cThe Houthi militia shelled our street for "
                    "hours. Four children were killed,\u201d she said.")
    e = at(evs, "killed")
    assert e and e[0].source is not None and e[0].source.code.startswith("YEM"), dump(evs)
    assert "same quotation" in e[0].source.why, dump(evs)


def test_quoted_toll_takes_no_doer_from_the_narrative_around_the_quote():
    evs = events_of("The Houthi militia shelled the port on Sunday. \u201cFour children were killed in our "
                    "street,\u201d a nurse said.")
    e = at(evs, "killed")
    assert e and all(x.source is None for x in e), dump(evs)


def test_quoted_toll_with_two_doers_named_next_to_it_takes_none():
    evs = events_of("A trader described the fighting. \u201cThe Houthi militia shelled the market and Saudi jets "
                    "bombed the harbour. Four children were killed,\u201d he said.")
    e = at(evs, "killed")
    assert e and all(x.source is None for x in e), dump(evs)


def test_by_phrase_after_an_aside_in_dashes_is_the_passive_agent():
    evs = events_of("On Friday, the minister said Ankara was ready to strike the Kurdish militia, which has been "
                    "armed \u2013 until this week \u2013 by the Pentagon.")
    e = at(evs, "armed")
    assert e and e[0].source is not None and e[0].source.country == "USA", dump(evs)
    assert "set apart by the aside" in e[0].rule, dump(evs)


def test_aside_with_a_verb_of_its_own_lends_no_agent():
    evs = events_of("On Friday, the minister said Ankara was ready to strike the Kurdish militia, which has been "
                    "armed \u2013 officials believe \u2013 by the Pentagon.")
    e = at(evs, "armed")
    assert all("set apart by the aside" not in x.rule for x in e), dump(evs)


def test_quoted_toll_takes_no_doer_a_speaker_names_by_a_pronoun():
    evs = events_of("A shopkeeper in the old town, who has not been allowed to leave by the Kurdish fighters, told "
                    "us otherwise. \u201cOn Monday they shelled the clinic. Dozens of civilians were killed.\u201d")
    e = at(evs, "killed")
    assert e and all(x.source is None or "same quotation" not in (x.source.why or "") for x in e), dump(evs)


def test_harm_to_civilians_in_a_quote_takes_the_article_s_one_doer():
    evs = events_of("Government jets bombed the rebel town of Kafr Nabl on Monday, medics said. Syrian army "
                    "helicopters also dropped barrel bombs on the market. The director of a Swiss aid group said: "
                    "\u201cOnce more we are watching civilians being killed in Syria without mercy.\u201d")
    e = at(evs, "killed")
    assert e and e[0].source is not None and e[0].source.country == "SYR", dump(evs)
    assert "from the article" in e[0].source.why, dump(evs)


def test_harm_to_fighters_in_a_quote_takes_no_doer_from_the_narrative():
    evs = events_of("Government jets bombed the rebel town of Kafr Nabl on Monday, medics said. Syrian army "
                    "helicopters also dropped barrel bombs on the market. A rebel commander said: \u201cSix of our "
                    "fighters have been killed since the morning.\u201d")
    e = at(evs, "killed")
    assert all(x.source is None or "from the article" not in (x.source.why or "") for x in e), dump(evs)


def test_shot_after_an_act_of_force_is_a_toll_of_it():
    evs = events_of("Soldiers opened fire on the marchers in Omdurman on Thursday. Four students were shot, a doctor "
                    "said.")
    e = at(evs, "shot")
    assert e and e[0].source is not None and e[0].source.code == "SDNMIL", dump(evs)
    assert "the act this toll follows" in e[0].source.why, dump(evs)
