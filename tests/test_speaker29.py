"""Issue 14, the right source of saying and the right root (speaker29): a speech to a legislature is its speaker's
words about the party they name (coding/speech_venue.py); a speaker's guess of another party's mind is the speaker's
comment (coding/guessed_minds.py); rejecting a claim about others is disputing it (coding/disputed_claims.py);
people uprooted by airstrikes fled them (coding/harm_by.py); an act dated by a year an office began in most of it
(knowledge/role_then.py). Sentences written for these tests."""
from __future__ import annotations

from eventwire import code_text


def dyads(text, root="", date="2019-03-01"):
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code)
            for e in code_text(text, date=date).events if e.cameo.startswith(root)]


def test_a_speech_to_parliament_is_about_the_party_it_names_not_the_venue():
    got = dyads("In an angry speech to parliament delivered on Tuesday, the Polish president said the German envoy "
                "had made a grave error.", "01")
    assert got == [("010", "POLGOV", "DEUGOV")], got
    got = dyads("Viktor Orbán, in a fiery speech to parliament delivered on Monday, said the European commission had "
                "betrayed Hungary.", "01")
    assert got == [("010", "HUNGOV", "IGOEUREEC")], got
    got = dyads("In an address to parliament, the Serbian president said Kosovo's leaders were provoking a "
                "conflict.", "01")
    assert got == [("010", "SRBGOV", "XKXGOV")], got


def test_a_speech_that_names_no_party_keeps_its_legislature():
    got = dyads("In a speech to parliament, the Polish president said the economy was growing.", "01")
    assert got == [("010", "POLGOV", "POLLEG")], got
    got = dyads("The Polish president delivered an angry speech to parliament on Tuesday.", "01")
    assert got == [("010", "POLGOV", "POLLEG")], got


def test_a_guess_of_another_partys_fears_is_the_speakers_comment():
    got = dyads("“Ankara probably fears that the militia will take more ground,” Human Rights Watch said.", "01")
    assert got == [("012", "NGOHRIHRW", "TURGOV")], got
    text = ("Maria Okafor, a security researcher at the University of Lagos, said the Nigerian government had few "
            "options. “The government probably fears a backlash from voters before the election,” Okafor said.")
    got = dyads(text, "01")
    assert got == [("012", "NGAEDU", "NGAGOV")], got   # (a researcher at a known workplace: knowledge/workplace.py)
    # (the side's own speaker, or no guess: the one who fears stays the source)
    assert dyads("“Ankara probably fears that the militia will take more ground,” a Turkish minister said.",
                 "01") == [("012", "TURGOV", "TURUAF")]
    assert dyads("The Turkish government fears that the militia will take more ground.", "01") \
        == [("012", "TURGOV", "TURUAF")]


def test_rejecting_a_claim_about_others_is_disputing_it():
    got = dyads("The British defence minister rejected Trump's claim that Isis had been defeated in Iraq.")
    assert got == [("110", "GBRGOV", "USAGOV")], got
    got = dyads("The Dutch foreign minister dismissed the Russian claim that Ukraine had shot down the airliner.")
    assert [g[0] for g in got] == ["110"], got
    # (a claim about the denier's own side stays a denial of responsibility)
    assert dyads("Moscow rejected Kyiv's claim that Russian troops had shelled the town.") \
        == [("016", "RUSGOV", "UKRGOV")]


def test_people_uprooted_by_airstrikes_fled_them():
    got = dyads("Thousands of families in the southern province have been uprooted by Russian airstrikes.")
    assert got == [("195", "RUS", "CVL")], got
    got = dyads("Over the last ten days, thousands of families in the southern province have been uprooted, many "
                "for the second time, by Russian and Syrian airstrikes and shelling.", "20")
    assert got == [], got
    # (the strikes' target read from elsewhere in the story: still flight, not an expulsion)
    got = dyads("Tens of thousands of villagers in northern Iraq have been uprooted by Turkish airstrikes.")
    assert got == [("195", "TUR", "IRQCVL")], got
    # (an expulsion with a doer of its own stays)
    assert dyads("The army uprooted thousands of villagers from the border zone last spring.") \
        == [("201", "MIL", "CVL")]


def test_a_year_an_office_began_in_is_the_office_held_for_most_of_it():
    assert dyads("In a famous speech in Cairo, in 2009, Barack Obama promised a fresh start with the Muslim world.",
                 "03", date="2018-05-09") == [("030", "USAGOV", None)]
    # (the year he left office in January: former elite)
    assert dyads("In 2017, Barack Obama urged Democrats to keep fighting for healthcare.", "02",
                 date="2019-05-09") == [("020", "USAELI", "USAPTY")]


def test_justifying_a_crackdown_on_a_party_is_the_crackdown():
    got = dyads("The Egyptian president used a failed uprising in 2013 to justify a crackdown on the Muslim "
                "Brotherhood.")
    assert got == [("175", "EGYGOV", "IMGRADMBR")], got
    # (an act with a doer of its own: defending that doer in words)
    assert dyads("Moscow justified the Syrian army's offensive against the rebels.") \
        == [("052", "RUSGOV", "SYRMIL")]
