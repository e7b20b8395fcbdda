"""Precision (issue 14): acts a sentence names without asserting them: the act set aside ("instead of V-ing"),
one said of no one in particular ("nobody who V"), a lack of means taken for a refusal ("unable to V"), a duty
("a responsibility to V"), the list of a power hung on its verb ("powers to V, including V-ing"), an act noun under
a hypothetical through a gerund or "to V" ("would have no problem holding off an incursion"), what a bill would
do ("a bill that will keep the ministries funded"), "in no way", a habit ("a history of V-ing at times when ..."),
what "make" makes certain ("makes renewed fighting all but certain"), what is insisted on ("insisting on V-ing") and
"armed with" a thing no one fights with ("armed with a dossier"); hearsay ("is said to have V-ed") is reported.
The real acts next to them stay coded. Sentences written for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import at, dump, events_of


@pytest.mark.parametrize("text, word", [
    # the act set aside for another
    ("Instead of retreating, the Houthi militia dug in and seized two more villages near Marib.", "retreating"),
    ("The navy sent two frigates to the strait rather than blockading the port.", "blockading"),
    # said of no one in particular
    ("Nobody who met the Houthi commander in Sanaa could bring a camera.", "met"),
    ("No country that sent troops to Mali has withdrawn them.", "sent"),
    # a duty, not an act
    ("The Dutch ministry has a special responsibility to assist the orphaned children.", "assist"),
    ("The Dutch ministry bears a special responsibility to assist the orphaned children.", "assist"),
    # the list of a power, hung by the parser on "have"
    ("The police have broad powers to deal with suspects, including searching their homes and confiscating "
     "their passports.", "searching"),
    ("The police have broad powers to deal with suspects, including searching their homes and confiscating "
     "their passports.", "confiscating"),
    # an act noun under a hypothetical, through a gerund
    ("With better weapons, the Kurdish fighters would have no problem holding off a Turkish incursion.",
     "incursion"),
    # what a proposed text would do
    ("Lawmakers in Nairobi passed a stopgap bill that will keep the ministries funded until June.", "funded"),
    # denied outright
    ("The report in no way condemns the Kenyan army.", "condemns"),
    # a forecast: what "make" makes certain or likely
    ("The pullout of the UN mission makes renewed fighting around Goma all but certain.", "fighting"),
    # what is insisted on, demanded
    ("The president keeps insisting on funding a new fence along the border with Guatemala.", "funding"),
    # "armed with" a thing no one fights with: a figure, no arms supplied
    ("The Kenyan envoy arrived in Kigali armed with a dossier of complaints.", "armed"),
    ("The Kenyan envoy was armed with a long list of complaints.", "armed"),
    # a habit told as background
    ("Tehran has a history of seizing tankers at times when Gulf ministers meet to discuss sanctions.", "seizing"),
    ("Tehran has a history of seizing tankers at times when Gulf ministers meet to discuss sanctions.", "meet"),
])
def test_no_act(text, word):
    evs = events_of(text)
    assert not at(evs, word), dump(evs)


def test_unable_is_no_refusal():
    evs = events_of("When the peacekeepers go, the villagers will be easy prey, unable to defend themselves from "
                    "the gangs.")
    assert not [e for e in evs if e.cameo.startswith("12")], dump(evs)


@pytest.mark.parametrize("text, word, root", [
    # the act chosen stays
    ("Instead of a ceasefire, the Houthi rebels launched an assault on Marib.", "launched", "19"),
    ("The militia shelled the town of Beni instead of negotiating.", "shelled", "19"),
    # a claim of responsibility keeps the act it claims
    ("The Islamist group al-Shabaab claimed responsibility for bombing the Ugandan embassy in Mogadishu.",
     "bombing", "19"),
    # an act done to an object a participle completes stays
    ("Kenyan police kept the two journalists detained for three days.", "detained", "17"),
    # a relative clause on a noun under "no" whose subject is another's is no class of no one
    ("Addis Ababa insists there is no difference between the OLA in Oromia and the TPLF in Tigray, with whom it "
     "has fought a bitter war.", "fought", "19"),
    # arming someone with weapons stays an act, and so does a visit made with a dossier
    ("Iran armed the Houthis with missiles and drones.", "armed", "07"),
    ("The Kenyan envoy arrived in Kigali armed with a dossier of complaints.", "arrived", "04"),
    # a simple past "insisted on V-ing" tells what was done
    ("The Eritrean colonel insisted on leading the assault on Badme himself.", "leading", "19"),
    # a refusal stays a refusal
    ("The Congolese army said it will not withdraw from Goma.", "withdraw", "12"),
    # a bill passed is an act
    # (passing a bill is no event: root17)
    ("Japan pledged a stopgap grant to Kenya that will keep the ministries funded until June.", "pledged", "03"),
])
def test_act_stays(text, word, root):
    evs = events_of(text)
    hits = at(evs, word)
    assert hits and any(e.cameo.startswith(root) for e in hits), dump(evs)


@pytest.mark.parametrize("text, word", [
    ("The Mai-Mai gunmen are said to have stormed the village of Kiwanja at dawn.", "stormed"),
    ("The Ugandan militia is believed to have kidnapped three aid workers near Goma.", "kidnapped"),
    ("The M23 commander is thought to have been shot by Congolese soldiers last year.", "shot"),
])
def test_hearsay_is_reported(text, word):
    # "X is said/believed/thought to have V-ed": what others say or hold, told, not asserted by the writer
    hits = at(events_of(text), word)
    assert hits and all(e.modality == "reported" for e in hits), dump(events_of(text))
