"""Uses of an act's word that tell no act anyone did (issue 14, not an event: coding/unacted.py, the `sway`, `cause`,
`kept-word`, `norm` and `deliberating` words of data/coding/non_events.tsv): an effect a thing has on how others
feel, a general rule under "when", standing by idly or by one's own words, a norm's content, a plan only drafted,
what a supposed act would allow or bring about (also coding/embedded_acts.py `allowed`).
Sentences written for these tests; each group keeps the act beside the use dropped."""
from __future__ import annotations

import pytest

from coded_sentences import events_on


events_of = events_on("2021-03-09", unattributed=True)


def codes_at(text, word):
    return [e.cameo for e in events_of(text) if word.lower() in e.trigger_text.lower()]


@pytest.mark.parametrize("text, word", [
    # a thing sways how others feel: an effect, not a statement
    ("The Russian deployment has reassured allies such as Jordan and Egypt.", "reassured"),
    ("While the French presence has reassured partners such as Chad and Niger, it has angered Algeria.", "reassured"),
    # a thing obliges no one: no demand was made
    ("It shows how Iranian conduct is obliging Europe to respond to Tehran.", "obliging"),
    ("This reassured the Saudis.", "reassured"),
    # a general rule under "when"
    ("When we negotiate with kidnappers, they grow stronger.", "negotiate"),
    ("Whenever the generals bargain with the militias, the militias demand more.", "bargain"),
    # offering one's life is no offer to anyone
    ("Kenyan soldiers have offered their lives in the war against al-Shabaab.", "offered"),
    # what is done to "you", anyone, in the present
    ("“The militia arrests you if you speak,” said a farmer in Idlib.", "arrests"),
    # stood by: stood aside, or kept to one's own words
    ("Jordan had stood by as the militants were driven from the villages of southern Libya.", "stood"),
    ("The minister stood by his earlier remarks about the border.", "stood"),
    # a norm or a wish: what it is essential that someone do
    ("The senator believes it is essential that the ministry investigate the contractor.", "investigate"),
    # a plan only drafted inside a government
    ("Pentagon officials had been drafting plans to deploy additional troops to Iraq.", "deploy"),
    ("Officials in Ankara were working on plans to send more soldiers to Libya.", "send"),
    # what a supposed act would allow or bring about
    ("Analysts say a victory in the valley would open a corridor into the province, allowing the rebels to launch "
     "an attack on the garrison.", "launch"),
    ("Analysts fear a Turkish offensive would cut the road, displacing thousands of Kurds.", "displacing"),
    ("A Turkish push into the valley could open the border, forcing thousands of Kurds to flee.", "forcing"),
])
def test_no_act_done(text, word):
    assert codes_at(text, word) == []


@pytest.mark.parametrize("text, word, root", [
    # a party reassures in words
    ("The Egyptian president reassured Jordan on Monday that aid would continue.", "reassured", "01"),
    ("The UN is encouraging women in Yemen to join the peace talks.", "encouraging", "02"),
    # an act told after "when" in the past, or with a future main clause
    ("When the envoy arrives in Amman, she will meet the Jordanian king.", "meet", "03"),
    ("“The militia arrested my brother because he spoke,” said a farmer in Idlib.", "arrested", "17"),
    ("“We back you,” the Kenyan minister told the Somali delegates.", "back", "05"),
    # stood by an ally: support
    ("Egypt stood by its ally Sudan throughout the crisis.", "stood", "05"),
    # an announced plan stays an intention
    ("Turkey announced plans to send troops to Libya.", "send", "13"),
    # the act done, and its sequel
    ("The Turkish offensive cut the road, displacing thousands of Kurds.", "displacing", "20"),
])
def test_act_kept(text, word, root):
    assert any(c[:2] == root for c in codes_at(text, word))
