"""People's codes (issue 14 item 3, "no source" / "wrong source"): name variants of listed people, a person's role at
the act's own date, the opposition's shadow ministers, an act only an office holder does, a nonprofit's worker.
Sentences written for these tests."""
from __future__ import annotations

from eventwire.knowledge.actor_records import initial_variants
from tests.coded_sentences import at, dump, events_of


def test_a_run_of_initials_written_together_is_a_variant_of_the_listed_name():
    got = initial_variants("George H. W. Bush")
    assert {"George HW Bush", "George H.W. Bush", "George H W Bush"} <= got
    assert initial_variants("Malcolm X") == {"Malcolm X"}
    assert initial_variants("George W. Bush") == {"George W. Bush", "George W Bush"}


def test_initials_run_together_find_the_listed_president_at_the_act_date():
    evs = events_of("George HW Bush sent troops into Panama in December 1989 to topple its military ruler.",
                    date="2018-06-01")
    got = [e for e in evs if e.source is not None and "Bush" in (e.source.text or "")]
    assert got and got[0].source.code == "USAGOV", dump(evs)
    assert got[0].source.entity == "george-h-w-bush", dump(evs)


def test_bush_senior_is_the_father_not_the_son():
    evs = events_of("George Bush Snr met Mikhail Gorbachev off the coast of Malta in December 1989.",
                    date="2018-06-01")
    got = at(evs, "met")
    assert got and got[0].source is not None and got[0].source.entity == "george-h-w-bush", dump(evs)


def test_former_opposition_leader_takes_the_role_held_at_the_dated_act():
    evs = events_of("Ed Miliband's refusal in March 2014 to back David Cameron's plan angered Conservative MPs.",
                    date="2019-05-02")
    got = at(evs, "refusal")
    assert got and got[0].source is not None and got[0].source.code == "GBROPP", dump(evs)
    assert "at the act's own date" in got[0].source.why, dump(evs)


def test_shadow_minister_is_the_opposition_not_the_government():
    evs = events_of("The shadow foreign secretary, Joan Pembury, condemned the prime minister's decision on Tuesday.")
    got = at(evs, "condemned")
    assert got and got[0].source is not None and got[0].source.sector == "OPP", dump(evs)
    assert "shadow foreign secretary" in got[0].source.why, dump(evs)


def test_shadow_title_before_a_name_is_the_opposition():
    evs = events_of("Shadow chancellor Tom Hale accused the government of lying about the deficit.")
    got = at(evs, "accused")
    assert got and got[0].source is not None and got[0].source.sector == "OPP", dump(evs)


def test_plain_home_secretary_stays_the_government():
    evs = events_of("The British home secretary condemned the attack on the embassy.")
    got = at(evs, "condemned")
    assert got and got[0].source is not None and got[0].source.code == "GBRGOV", dump(evs)


def test_former_president_withdrawing_troops_acted_in_office():
    evs = events_of("Critics compared the move to Barack Obama's withdrawal from Iraq, which they say let the "
                    "militants regroup.", date="2019-05-02")
    got = at(evs, "withdrawal")
    assert got and got[0].source is not None and got[0].source.code == "USAGOV", dump(evs)
    assert "only an office holder does" in got[0].source.why, dump(evs)


def test_former_president_criticising_stays_former_elite():
    evs = events_of("Barack Obama criticised the decision in a speech in Chicago.", date="2019-05-02")
    got = at(evs, "criticised")
    assert got and got[0].source is not None and got[0].source.code == "USAELI", dump(evs)


def test_worker_of_a_named_nonprofit_is_the_ngo():
    evs = events_of("Marta Quell, of the legal nonprofit Fairtrial, urged the Kenyan authorities to release the "
                    "journalists.")
    got = at(evs, "urged")
    assert got and got[0].source is not None and got[0].source.code == "NGO", dump(evs)


def test_party_leader_who_later_held_office_keeps_former_elite_for_undated_force():
    evs = events_of("Talabani and his comrades fought against the KDP leadership.", date="2017-10-04")
    got = at(evs, "fought")
    assert got and got[0].source is not None and got[0].source.code == "IRQELI", dump(evs)


def test_another_presidents_withdrawal_does_not_give_its_country():
    evs = events_of("Donald Trump said last month he was withdrawing American forces from Syria. Graham compared "
                    "the move to Barack Obama's withdrawal from Iraq. Trump's decision to withdraw angered allies.",
                    date="2019-01-16")
    got = at(evs, "withdraw")
    late = [e for e in got if e.trigger_text == "withdraw"]
    assert late and late[0].target is not None and late[0].target.code == "SYR", dump(evs)


def test_coup_leader_of_the_sixties_is_listed_and_dated():
    evs = events_of("Iraq's first republic under Abd al-Karim Qasim was short-lived. Abdul Salam Arif ousted Qasim "
                    "in 1963, and then turned on his Baathist allies.", date="2017-10-04")
    got = at(evs, "ousted")
    assert got and got[0].source is not None and got[0].source.code == "IRQGOV", dump(evs)
    assert got[0].target is not None and got[0].target.country == "IRQ", dump(evs)


def test_title_before_the_name_gives_the_role_for_an_act_before_any_listed_role():
    evs = events_of("Then in 1958 General Abd al-Karim Qasim overthrew the monarchy and legalised the Communist party.",
                    date="2017-10-04")
    got = at(evs, "legalised")
    assert got and got[0].source is not None and got[0].source.code == "IRQMIL", dump(evs)
    assert "the title 'General' before the name" in got[0].source.why, dump(evs)
