"""Disasters and accidents are no violence; real violence beside them still is (issue 14, item 6).

Snippets written for this test. A disaster or accident story (earthquake, flood, crash, capsizing, fire, gas
explosion, relief work by troops) must give no event of root 15 (force posture) or 17-20 (coerce, assault, fight,
mass violence); a story of real violence or coercion, also one told beside a disaster, must give its root.
"""
from __future__ import annotations

import pytest

from coded_sentences import events_on

FORCE = ("15", "17", "18", "19", "20")

DISASTER = [
    'A magnitude 5.9 quake struck eastern Turkey early on Sunday, killing no fewer than 25 people and injuring dozens more, officials said.',
    'Nine people were injured when a minibus overturned on a mountain road outside Quetta on Sunday.',
    'Cyclone Freddy battered the coast of Mozambique, and soldiers were deployed to evacuate families from low-lying districts.',
    'A passenger train derailed in eastern India on Tuesday, killing 11 people and wounding 40, railway officials said.',
    'At least 23 migrants drowned after their boat capsized off the coast of Libya, the coast guard said.',
    'A fire broke out at a garment factory in Dhaka overnight, killing 17 workers.',
    'Seven people were killed in a gas explosion at a restaurant in the Chinese city of Yinchuan.',
    'Two buses collided on a highway in northern Ghana, leaving 35 people dead and 20 wounded.',
    'Heavy rains triggered landslides that buried dozens of homes in the hills of Kerala, killing 20.',
    'Eleven people died and 30 were hurt when a five-storey building collapsed in Lagos on Wednesday.',
    'A stampede at a religious festival in Uttar Pradesh left 18 pilgrims dead and scores injured.',
    'A truck plunged into a ravine in northern Pakistan, killing 14 passengers and injuring six.',
    'Flash floods swept through villages in southern Afghanistan, killing at least 40 people. The army sent helicopters to rescue stranded residents.',
    'Four miners were killed and six injured after a methane blast tore through a coal mine in Shanxi province.',
    'A ferry sank in Lake Victoria on Thursday, and police divers recovered 60 bodies.',
    'Wildfires ravaged the hills outside Athens, destroying hundreds of homes, and the government deployed troops to help firefighters.',
    'Three children were electrocuted after a power line fell on their house during a storm in Karachi.',
    'A fuel tanker exploded on a highway in Kenya after it caught fire, killing 13 people.',
    'Typhoon Haiyan slammed into the central Philippines, killing thousands and destroying whole towns.',
    'A short circuit sparked a blaze in a hospital ward in Baghdad, killing 82 patients.',
    'Dozens of commuters were injured as a footbridge collapsed at a railway station in Mumbai.',
    'Five people died in a collision between a lorry and a minibus in Kano state, police said.',
    'Floods hit Sindh province last week. Soldiers evacuated 5,000 people and police set up relief camps.',
    'A gas leak at a chemical plant in Visakhapatnam killed 12 people and sickened hundreds.',
    'A tornado tore through Mayfield, Kentucky, destroying the town centre and killing dozens.',
    'Thirty people were killed when a landslide struck a jade mine in northern Myanmar.',
    'A boat carrying 80 passengers capsized in the Congo River, and 40 people are missing. Navy divers were deployed to search for survivors.',
    'Six firefighters were injured while battling a blaze at a warehouse in Manila.',
    'On Tuesday, 8 people were killed and 15 others injured when a passenger van collided with a truck in Sokoto.',
    'Heavy monsoon rains lashed Mumbai, and 19 people died after a wall collapsed on shanties in the suburb of Malad.',
    'Some 12 fans were killed in a stampede outside a concert venue in Yaounde.',
    'A fire swept through a crowded market in Kano on Friday, destroying hundreds of shops.',
    'Flooding in Kinshasa killed at least 30 people and destroyed homes, the government said.',
    'Police said a gas cylinder blew up in a restaurant in Karachi, injuring nine customers.',
    'Rescuers pulled 12 bodies from the rubble after the quake struck Herat province. Troops were sent to clear debris.',
    'Twenty pilgrims drowned when their boat overturned in the Niger River.',
    'Lightning killed 11 people across Bihar on Saturday, officials said.',
    'Eight workers were killed when a fire broke out at a firecracker factory in Sivakasi.',
    'A bus carrying wedding guests plunged off a bridge in Madhya Pradesh, leaving 24 dead.',
    'Three people died and dozens were injured due to heavy rains in Dhaka on Wednesday.',
    'Thousands were evacuated as a cyclone approached the coast of Odisha, and the navy was put on alert.',
    'Two trains collided head-on near Alexandria, killing 43 people and injuring 179.',
    'The death toll from the floods in Pakistan rose to 1,100, and the army was deployed in the worst-hit districts.',
    'A landslide buried a village in Papua New Guinea, and at least 100 people are feared dead.',
    'Floods swept through northern Bangladesh. At least 20 people were injured, police said.',
    'The government declared a state of emergency in three provinces after the floods.',
    'Five people were killed in rain-related incidents in Lahore.',
    'A landslide hit the village. Rescue workers searched the rubble for survivors and the army cordoned off the area.',
    'Two people were crushed to death when a wall fell during heavy rain in Hyderabad.',
    'At least 50 people were killed and hundreds injured as a powerful earthquake rocked the Indonesian island of Sulawesi.',
    'Torrential rain caused a dam to burst in northern Laos, sweeping away six villages.',
    'Eleven members of a family were killed when their house caught fire in Kirkuk.',
    'A helicopter crashed in the mountains of Kunar province, killing all eight people on board, officials said.',
    'The bodies of 17 migrants were found after their dinghy sank off the Greek island of Lesbos.',
    'A heat wave has killed 45 people in the state of Odisha, where temperatures reached 46 degrees.',
    'Soldiers and police were deployed to distribute food after Hurricane Matthew hit Haiti.',
    'Nine people died after inhaling toxic fumes from a gas leak at a fertiliser plant.',
    'Firefighters battled a blaze that gutted a shopping mall in Tehran, and 20 firefighters were killed when the building collapsed.',
    'Flash floods hit Jeddah, killing 13. Civil defence teams rescued hundreds of motorists stranded on flooded roads.',
    "A cholera outbreak has killed 200 people in Yemen's Hodeidah province since January.",
    'Six children drowned while swimming in a pond in Bihar on Sunday, police said.',
    "A fire at a refugee camp in Cox's Bazar destroyed 2,000 shelters, leaving thousands homeless.",
    'Two people were killed and 14 injured when a tourist bus skidded off the road near Cusco.',
    'A boiler explosion at a textile mill in Faisalabad killed five workers and injured 11.',
    'The avalanche buried a highway in Kohistan, and troops were mobilised to search for missing travellers.',
    'A fire broke out on a ferry off the coast of Indonesia, killing three passengers, and the navy evacuated the rest.',
    'At least 12 people were killed in a pile-up involving 30 vehicles on a foggy motorway near Lahore.',
    'The death toll from the collapse of a garment factory building near Dhaka rose to 400 on Friday.',
    'Three hikers died after being struck by lightning on a mountain in Colorado.',
    'A train hit a school bus at a level crossing in Uttar Pradesh, killing 13 children.',
    'A speeding truck hit a motorcycle in Kano, killing two people.',
    'Two people were killed after their car was swept away by floodwaters.',
    'Five workers were buried alive when a trench caved in at a construction site.',
    'An earthquake of magnitude 7.8 struck southern Turkey and northern Syria before dawn. Thousands of buildings collapsed, trapping residents under the rubble. The Syrian army said its units were helping civil defence teams.',
    'Officials in Sri Lanka said 91 people had died in floods and landslides. The military deployed 1,500 soldiers and helicopters to rescue people trapped on rooftops.',
    'Seventeen people were killed and 40 injured in a fire at a hospital in Nasiriyah, the Iraqi health ministry said. An oxygen cylinder exploded in the ward.',
    'Monsoon floods have killed 1,200 people in Pakistan since June. Troops used boats to evacuate villagers in Sindh province.',
    'Eight people died and 30 were injured when a stage collapsed during a concert in Ouagadougou.',
    "Forest fires fanned by strong winds killed 26 people in Algeria's Kabylie region, including 18 soldiers who were fighting the flames.",
    'A tropical storm lashed the northern Philippines, leaving 20 people dead. The coast guard suspended all sea travel.',
    'Police in Malawi said 11 people were killed when a truck lost control and ploughed into a market.',
    'A massive blaze tore through a slum in Nairobi overnight. Firefighters said nine people were killed.',
    'Sixty people were killed in an accident at an illegal gold mine in Darfur after the shaft collapsed.',
    'Heavy snowfall blocked roads in northern Afghanistan and avalanches killed 30 people. The government sent troops to clear the Salang pass.',
    'Dozens of people were hurt when a crowd surged at the gates of a stadium in Yaounde.',
    'The ship ran aground off the coast of Mauritius and began leaking oil. No casualties were reported.',
    'A migrant boat hit rocks off the coast of Calabria, and the bodies of 59 people were recovered.',
    'Floods and landslides triggered by days of torrential rain have killed 48 people in Nepal, police said on Monday.',
    "At least 120 people died and more than 300 were injured after a fuel tanker overturned and exploded in Sierra Leone's capital Freetown.",
    'A suspected gas explosion destroyed a residential building in Ryazan, killing six people, emergency officials said.',
    'Seven climbers were killed when an avalanche swept their camp on Mount Everest.',
    'The typhoon knocked out power to two million homes. Soldiers cleared fallen trees from the roads on Tuesday.',
    'Forty people were feared dead after a boat carrying migrants sank in the Mediterranean, the UN refugee agency said.',
    'The Nigerian army said 12 soldiers drowned when their boat capsized while crossing a river in Borno state.',
    'Two Indian air force pilots were killed when their trainer jet crashed during a routine sortie.',
    "Heavy rains destroyed more than 2,000 homes in Somalia's Hiraan region, displacing thousands of families.",
    'A wildfire forced the evacuation of 10,000 residents near Izmir, and police closed the coastal highway.',
    'Nine people, including four children, were killed when their house collapsed in heavy rain in Karachi.',
    'Dozens of pilgrims were crushed to death in a stampede at a shrine in Jammu and Kashmir.',
    'An explosion at an ammunition depot in Lagos killed 15 people; the army said it was caused by a fire.',
    'The earthquake flattened villages in Herat province. Taliban officials said 2,000 people were killed.',
    'The earthquake hit rebel-held areas of Idlib hardest. At least 1,500 people were killed there, the White Helmets said.',
    'A fire in a camp for displaced people in Hasakah killed four children, the Kurdish-led authorities said.',
    'Fighting has slowed since the cyclone. Twenty-two people were killed and 100 injured when the storm hit Rakhine state.',
    'A bus carrying soldiers on leave overturned on the Kabul-Kandahar highway, killing 11 of them.',
    'Three Ukrainian soldiers were killed and two injured when their truck overturned close to the front, the army said.',
]

VIOLENCE = [
    ('A car bomb exploded beside a busy bazaar in Kirkuk on Monday, killing nine people.', ['18', '19']),
    ('Gunmen set fire to a church in northern Nigeria on Saturday.', ['17', '18', '19', '20']),
    ('Police fired tear gas at flood victims protesting in Karachi over the lack of relief.', ['17', '18']),
    ('Suicide bombers attacked a police station in Kabul, killing five officers.', ['18', '19']),
    ('Israeli warplanes struck targets in Gaza overnight, killing three people.', ['19']),
    ('Boko Haram fighters killed 20 villagers in Borno state on Tuesday.', ['18', '19']),
    ('Russian artillery shelled the city of Kharkiv, killing four civilians.', ['19']),
    ('Soldiers opened fire on protesters in Khartoum, killing seven.', ['18', '19']),
    ('Police arrested 40 opposition supporters in Harare on Monday.', ['17']),
    ('Turkey deployed troops to the Syrian border on Tuesday.', ['15']),
    ('An earthquake struck the region on Monday. On Wednesday gunmen ambushed an aid convoy near the quake zone, killing two aid workers.', ['18', '19']),
    ('Four troops were killed when a roadside bomb hit an army truck in Zabul province.', ['18', '19']),
    ('After the floods, armed men attacked a relief convoy in Sindh and shot dead two volunteers.', ['18', '19']),
    ('Security forces detained 12 people accused of looting after the earthquake in Haiti.', ['17']),
    ('A suicide attacker blew himself up at a funeral in Jalalabad, killing 27 mourners.', ['18', '19']),
    ('Houthi rebels fired a missile at the Saudi city of Jizan on Sunday.', ['19']),
    ('Islamic State fighters burned down a village in northern Iraq, residents said.', ['17', '18', '19', '20']),
    ('Police beat flood victims who were demanding food in Bihar, witnesses said.', ['17', '18']),
    ('The army deployed tanks on the streets of Yangon on Monday.', ['15']),
    ('A bomb exploded on a bus in Quetta, killing nine passengers.', ['18', '19']),
    ('Rebels shelled a camp for people displaced by the floods, killing six.', ['18', '19']),
    ('Militants stormed a hotel in Mogadishu on Friday, killing 15 people.', ['18', '19']),
    ('Three policemen were killed when a bomb exploded under their vehicle in Peshawar.', ['18', '19']),
    ('Six travellers were killed after armed men opened fire on a van in Balochistan.', ['18', '19']),
    ('Troops torched homes in a Rohingya village after the storm, witnesses said.', ['17', '18', '19', '20']),
    ('Rioters set fire to police vehicles in Dhaka on Sunday.', ['14', '17', '18', '19']),
    ('Police clashed with flood victims who blocked a highway in Sindh to demand relief.', ['17', '18', '19']),
    ('Al-Shabaab militants attacked a military base in southern Somalia, killing 10 soldiers.', ['18', '19']),
    ("Ukrainian drones struck an oil refinery in Russia's Krasnodar region, causing a fire.", ['18', '19']),
    ('Police arrested the owner of the factory after the fire that killed 40 workers.', ['17']),
    ('The army imposed martial law in the province after the floods.', ['17']),
    ('An explosion ripped through a market in Kabul, killing 12 people.', ['18', '19']),
    ('A blast at a mosque in Quetta killed 20 worshippers during Friday prayers.', ['18', '19']),
    ('Militants set fire to a school in Swat, police said.', ['17', '18', '19', '20']),
    ('Government troops burned houses in the village after the rebels fled, residents said.', ['17', '18', '19', '20']),
    ('Police fired rubber bullets at villagers protesting against a dam on the Mekong.', ['17', '18', '19']),
    ('A drone strike killed four suspected militants in North Waziristan.', ['18', '19']),
    ('Eleven travellers were killed when Shabaab militants attacked a lorry in Lamu.', ['18', '19']),
    ('Gunmen killed three rescue workers who were searching for flood survivors in Borno.', ['18', '19']),
    ("Kenyan police shot dead two men during a protest over the government's response to the floods.", ['17', '18', '19']),
    ('Six people died when security forces fired on a crowd in Conakry.', ['18', '19']),
    ('Three soldiers were killed when their armoured vehicle hit a landmine in Kandahar.', ['18', '19']),
    ('A car bomb hit a police convoy in Mogadishu, killing four officers.', ['18', '19']),
    ("A building housing a clinic collapsed in Abadan, killing at least 10 people. Police arrested the building's owner.", ['17']),
    ('An earthquake struck the border region on Monday. Syrian government aircraft bombed rebel-held towns in the quake zone the next day, killing nine people.', ['18', '19']),
    ('Soldiers shot dead three men who were looting a warehouse after the cyclone, police said.', ['18', '19']),
    ('Fighters from the Islamic State group set off a bomb at a hospital in Jalalabad.', ['18', '19']),
    ('A gas station was destroyed when a missile struck the town of Kramatorsk.', ['18', '19']),
    ('Police used batons and water cannon to disperse residents protesting against power cuts after the storm.', ['14', '17', '18']),
    ('Armed men attacked a convoy carrying aid to flood victims in South Sudan, killing two drivers.', ['18', '19']),
    ('Unidentified gunmen shot dead a police officer in Karachi on Monday.', ['18', '19']),
    ('The Taliban said their fighters had killed 12 Afghan soldiers in an ambush in Kunduz.', ['18', '19']),
    ('Police arrested four men for setting fire to a bus during protests in Dhaka.', ['17']),
    ('A blast killed nine worshippers at a Shia mosque in Kandahar; Islamic State later claimed responsibility.', ['18', '19']),
    ('Rebels ambushed a convoy of the Congolese army near Beni, killing 14 soldiers.', ['18', '19']),
    ('Two Ukrainian soldiers were killed when Russian shells hit their position near Bakhmut, the army said.', ['18', '19']),
    ('After the earthquake, Syrian government forces shelled rebel-held villages in Idlib, killing three civilians.', ['18', '19']),
    ('A shopkeeper was beaten to death by members of a militia after they detained him over a traffic accident, his family said.', ['17', '18']),
    ('A prisoner was killed under torture by guards after detaining him over a road accident, a rights group said.', ['17', '18', '19']),
    ('Heavy snowfall cut off the camp this week. Residents were forced to undergo searches by the Kurdish Asayish before they could leave.', ['17']),
]


_events = events_on("2021-03-01")


@pytest.mark.parametrize("text", DISASTER)
def test_disaster_is_no_force(text):
    bad = [(e.cameo, e.rule) for e in _events(text) if e.cameo[:2] in FORCE]
    assert not bad, bad


@pytest.mark.parametrize("text,roots", VIOLENCE)
def test_violence_is_still_found(text, roots):
    codes = [e.cameo for e in _events(text)]
    assert any(c[:2] in roots for c in codes), codes


def test_relief_deployment_is_aid():
    """Troops sent to evacuate people after a cyclone: humanitarian aid (073), said in the rule."""
    evs = _events("Cyclone Idai battered the port city of Beira, with the army deployed to evacuate residents.")
    assert not [e for e in evs if e.cameo[:2] in FORCE]
    aid = [e for e in evs if e.cameo.startswith("07")]
    assert aid, [(e.cameo, e.rule) for e in evs]


def test_deployment_outside_a_disaster_story_is_force_posture():
    evs = _events("The army deployed troops to the border town after the election, officials said.")
    assert [e for e in evs if e.cameo.startswith("15")], [(e.cameo, e.rule) for e in evs]
