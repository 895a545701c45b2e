"""Event typing and main-event choice on short reports (sentences written for these tests):
analysts' labels, allegations without an accuser, time clauses, territory taken, added triggers."""

from __future__ import annotations

import pytest

from event_runs import acled_of as acled, main_event as main, run_events


@pytest.fixture
def events(nlp):
    return lambda text: run_events(nlp, text, parse_header=False)


@pytest.mark.parametrize("text, expected", [
    ("Recruitment: The rebels held ceremonies to recruit youths in the hills.", "Change to group/activity"),
    ("Property destruction: Villagers accuse soldiers of torching their houses.", "Looting/property destruction"),
    ("Defusal: Soldiers on patrol spotted two roadside bombs and made them safe.", "Disrupted weapons use"),
    ("Non-violent activity: Rebels entered the town and met the elders of the market.", "Other"),
])
def test_an_opening_label_names_the_kind_of_event(events, text, expected):
    assert acled(main(events(text))) == ("Strategic developments", expected)


def test_a_text_without_a_known_label_is_typed_by_its_words(events):
    event = main(events("Update: Rebels shelled an army base near the river."))
    assert acled(event) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")


@pytest.mark.parametrize("text, trigger", [
    ("Soldiers were accused of beating three traders at a checkpoint.", "beating"),
    ("Army accused of bombing herders near the border.", "bombing"),
    ("Alleged shelling by the army near the border with the neighbouring country.", "shelling"),
])
def test_an_allegation_without_an_accuser_leads_with_the_incident(events, text, trigger):
    event = main(events(text))
    assert event["type"] == "ASSAULT" and event["trigger"]["text"] == trigger


def test_an_accusation_by_someone_stays_the_statement(events):
    assert main(events("The government has accused rebels of violating the ceasefire."))["type"] == "ACCUSE"


def test_a_clash_in_a_time_clause_is_asserted(events):
    event = main(events("One man is feared dead and dozens injured after rival supporters clashed in the town."))
    assert event["trigger"]["text"] == "clashed" and event["modality"] == "asserted"
    assert acled(event) == ("Riots", "Mob violence")


@pytest.mark.parametrize("text, expected", [
    ("Insurgents overtook the village of Koro on Monday night without resistance.",
     ("Strategic developments", "Non-violent transfer of territory")),
    ("Troops have retaken Kora, a port town, from militants in the north. The insurgents fled.",
     ("Battles", "Government regains territory")),
    # movable things taken are goods; a place, ground or control is territory
    ("A customs officer seized the trader's phone at the border post.", ("Strategic developments", "Other")),
    ("Gunmen seized 40 cattle from herders near the river.", ("Strategic developments", "Looting/property destruction")),
    ("Rebels seized control of the oil field on Monday.", ("Battles", "Non-state actor overtakes territory")),
    ("Rebels captured a strategic mountain overlooking the provincial capital.",
     ("Battles", "Non-state actor overtakes territory")),
    ("Militants captured the main road into the town after a day of fighting.",
     ("Battles", "Non-state actor overtakes territory")),
    # a person is no territory, also one named by an agent noun of no known sector
    ("Masked men seized a union organiser outside his home on Monday.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    # what describes the person taken is not what was taken: no district was seized
    ("Carlos Mendoza, 41, a district coordinator for the opposition party, was seized at dawn by armed men.",
     ("Violence against civilians", "Abduction/forced disappearance")),
])
def test_territory_taken(events, text, expected):
    assert acled(main(events(text))) == expected


@pytest.mark.parametrize("text, expected", [
    ("Militants stormed the army camp at Kiro and took control of it after hours of fighting, sources said.",
     "Non-state actor overtakes territory"),  # the attack's outcome types it
    ("Insurgents overran a battalion headquarters in the hills after a week-long siege, the group said.",
     "Non-state actor overtakes territory"),  # a headquarters is a place, not goods
    ("Army captures rebel camps in the north", "Government regains territory"),  # camps are places
    ("Rebels drove government troops out of the town of Maro on Sunday after heavy clashes.",
     "Non-state actor overtakes territory"),
    ("Federal forces wrested back control of the town of Dera from militia fighters after heavy fighting.",
     "Government regains territory"),
    ("Federal troops recaptured the town of Kora on Sunday after hours of fighting, shelling rebel positions "
     "from the hills.", "Government regains territory"),  # the outcome, not the weapon, types it
    ("The border town of Maro fell to the rebels on Monday after heavy fighting, officials said.",
     "Non-state actor overtakes territory"),
    ("The town of Dera fell to government forces on Sunday after a week of fighting.", "Government regains territory"),
    # "its forces" of a rebel group: a rebel taker named among the doers makes it theirs
    ("M23 rebels took control of the town of Dera on Sunday. The group's political arm said its forces had "
     "'liberated' the town.", "Non-state actor overtakes territory"),
    # a rebel group's claim of killings told with it does not make the government's taking the rebels'
    ("Government forces captured the town of Dera on Wednesday, officials said. The militants said their fighters "
     "had killed more than 20 government troops.", "Government regains territory"),
])
def test_ways_of_taking_a_place(events, text, expected):
    assert acled(main(events(text)))[1] == expected


def test_driving_out_of_a_city_is_no_event(events):
    assert not events("The doctor drove out of the city early on Sunday with her mother.")


def test_falling_to_anything_but_a_taker_is_no_event(events):  # a guard: no event before "fall to" either
    assert not events("Prices fell to their lowest level in a decade, traders in the capital said.")


def test_arms_seized_are_looked_for_in_what_was_taken_not_in_when(events):
    """"after a fierce gun battle" tells when the town was seized, not that guns were seized."""
    text = ("Insurgents seized control of a town in the Kora district after a fierce gun battle with "
            "government troops and allied militiamen, residents said.")
    assert acled(main(events(text))) == ("Battles", "Non-state actor overtakes territory")


def test_a_vehicle_that_carried_the_wounded_is_no_weapon(events):
    text = ("Gunmen ambushed an army patrol near the village on Thursday, killing twelve soldiers. Seven other "
            "soldiers were wounded and evacuated by helicopter to the capital.")
    assert acled(main(events(text))) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text, expected", [
    ("Troops have built a military outpost near the border village, satellite images showed.",
     ("Strategic developments", "Headquarters or base established")),
    ("The army has commissioned a new forward operating base in the north of the lake region.",
     ("Strategic developments", "Headquarters or base established")),
    ("Armed men snatched a foreign aid worker from her home in the town on Saturday night, police said.",
     ("Violence against civilians", "Abduction/forced disappearance")),
])
def test_bases_built_and_people_snatched(events, text, expected):
    assert acled(main(events(text))) == expected


@pytest.mark.parametrize("text", [
    "Villagers built a new camp for pilgrims near the shrine.",  # no armed party builds it
    "A thief snatched a phone from a woman at the market.",  # no person taken
])
def test_building_a_camp_or_snatching_a_thing_is_no_event(events, text):
    assert not events(text)


def test_an_apartment_block_is_no_protest(events):
    """A protest verb used as a noun in another sense ("block") puts no protest near a strike."""
    text = "Drones slammed into an apartment block in the port city overnight, killing three people."
    assert acled(main(events(text))) == ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize("text, expected", [
    ("A militant strapped with explosives set them off at the gate of a police station, killing himself and "
     "two officers, police said.", ("Explosions/Remote violence", "Suicide bomb")),
    ("The government and rebel leaders signed a permanent cessation of hostilities in the capital on Wednesday.",
     ("Strategic developments", "Agreement")),
    ("The two sides exchanged 120 prisoners of war in a swap brokered by a neighbouring state, officials said.",
     ("Strategic developments", "Agreement")),
    ("The armed group has rebranded itself as the People's Liberation Army, analysts said.",
     ("Strategic developments", "Change to group/activity")),
    ("The insurgents named a new commander for the northern front on Sunday, a spokesman said.",
     ("Strategic developments", "Change to group/activity")),
    ("Gunmen raided the village of Moro and raped five women on Sunday, residents said.",
     ("Violence against civilians", "Sexual violence")),  # no one killed: the rapes type the raid
    ("Gunmen raided the village of Moro, killing three men and raping five women, residents said.",
     ("Violence against civilians", "Attack")),  # deaths: an attack
    ("Armed raiders rustled hundreds of cattle from a village near the border, though no one was hurt.",
     ("Strategic developments", "Looting/property destruction")),
    ("Peacekeepers handed over their camp near the river to the national army on Friday, the mission said.",
     ("Strategic developments", "Non-violent transfer of territory")),
])
def test_news_phrasings_of_acled_sub_event_types(events, text, expected):
    assert acled(main(events(text))) == expected


@pytest.mark.parametrize("text", [
    "Soldiers exchanged fire with gunmen near the border on Monday.",  # still a clash, not a swap
    "Police named the two men killed in the crash on the highway as brothers from the capital.",  # no leader
    "Masked youths hurled petrol bombs at riot police on the anniversary of a teenager's killing by police.",  # no IED
])
def test_fire_exchanged_and_petrol_bombs_are_no_agreement_nor_explosion(events, text):
    assert acled(main(events(text)))[0] not in ("Strategic developments", "Explosions/Remote violence")


@pytest.mark.parametrize("text", [
    "The air force said it had shot down 31 of the 40 drones launched at the capital overnight.",
    "Air defences intercepted two missiles fired towards the port city, the army said.",
    "Most of the rockets fired from across the border were intercepted by air defences, the army said.",
])
def test_weapons_intercepted_are_disrupted_weapons_use(events, text):
    assert acled(main(events(text))) == ("Strategic developments", "Disrupted weapons use")


@pytest.mark.parametrize("text", [
    "The army said militants had dropped grenades containing chloropicrin on its positions near the river.",
    "Militants fired rockets loaded with a mustard agent at army lines south of the city, officials said.",
    "Rebels dropped canisters of a toxic substance on soldiers near the dam, the ministry said.",
])
def test_toxic_agents_make_a_chemical_weapon(events, text):
    assert acled(main(events(text))) == ("Explosions/Remote violence", "Chemical weapon")


@pytest.mark.parametrize("text", [
    "Government troops entered the town under an agreement with the militia, state radio said.",
    "Army units entered Maro without firing a shot after the rebels withdrew across the river.",
])
def test_entering_a_place_without_a_fight_is_a_transfer_of_territory(events, text):
    assert acled(main(events(text))) == ("Strategic developments", "Non-violent transfer of territory")


@pytest.mark.parametrize("text, expected", [
    ("Attackers poured acid on two traders at the market.", ("Violence against civilians", "Attack")),
    ("Three men were slashed to death in the village.", ("Violence against civilians", "Attack")),
    ("Violence erupted in the town after the results were announced.", ("Riots", "Violent demonstration")),
    ("Workers took to the streets to protest unpaid salaries.", ("Protests", "Peaceful protest")),
    ("Police reported a double homicide in a house near the market on Sunday.", ("Violence against civilians", "Attack")),
])
def test_added_phrasings(events, text, expected):
    assert acled(main(events(text))) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police arrested 23 opposition activists on Monday, a day before a protest march that the authorities had "
     "banned.", ("Strategic developments", "Arrests")),  # the march is yet to come: no protest broken up
    ("Police arrested ten workers who were protesting at the port.", ("Protests", "Protest with intervention")),
    ("Gendarmes arrested nine opposition members as they held a press conference to announce the protests.",
     ("Strategic developments", "Arrests")),  # protests announced, still to come
])
def test_arrests_ahead_of_a_protest_are_not_an_intervention_in_it(events, text, expected):
    assert acled(main(events(text))) == expected


def test_a_march_that_ended_on_its_own_without_arrests_is_peaceful(events):
    """The marchers dispersing by themselves is no dispersal, and "no one had been detained" denies an
    arrest: neither is an intervention in the march."""
    found = events("Thousands of teachers marched peacefully through the town centre on Monday to demand unpaid "
                   "wages. They chanted slogans outside the ministry before dispersing after two hours. Police "
                   "said no one had been detained.")
    assert acled(main(found)) == ("Protests", "Peaceful protest")
    assert [e["modality"] for e in found if e["trigger"]["text"] == "detained"] in ([], ["negated"])
    assert not [e for e in found if e["trigger"]["text"] == "dispersing"]


def test_violence_named_in_passing_is_no_event(events):
    found = events("Thousands of families fled the violence and soldiers were deployed to calm the area.")
    assert not any(e["trigger"]["text"].lower() == "violence" for e in found)


@pytest.mark.parametrize("text, expected", [
    ("Three were killed in a battle between rival communities over a watering point.", ("Battles", "Armed clash")),
    ("Herders from two clans clashed at a grazing field. Two people were killed.", ("Battles", "Armed clash")),
    ("Rival party supporters clashed outside the polling station.", ("Riots", "Mob violence")),
    ("Police clashed with a group of traders at the bus station.", ("Riots", "Mob violence")),
])
def test_who_fights_whom_makes_a_battle_or_a_riot(events, text, expected):
    assert acled(main(events(text))) == expected


@pytest.mark.parametrize("text", [
    "Police shot dead an armed man near the market.",
    "Gunmen killed three police reservists who tried to stop them.",
])
def test_people_who_bear_arms_make_a_battle(events, text):
    assert acled(main(events(text))) == ("Battles", "Armed clash")


def test_a_bomb_found_did_not_go_off(events):
    event = main(events("Unexploded bomb discovered inside a bus in the capital."))
    assert acled(event) == ("Strategic developments", "Disrupted weapons use")


def test_vague_violence_leads_with_the_incident_told(events):
    event = main(events("Violence erupted in the village over the burial of a chief. "
                        "One faction attacked the other with machetes, killing one person."))
    assert event["trigger"]["text"] == "attacked"


@pytest.mark.parametrize("text, expected", [
    ("Youths from one community killed three traders during ethnic violence in the valley.",
     ("Violence against civilians", "Attack")),
    ("A mob lynched a suspected thief in the market, killing him.", ("Riots", "Mob violence")),
    ("Two people were killed in clashes between herders and farmers near the river.", ("Battles", "Armed clash")),
    ("Gunmen attacked a bank and police returned fire, killing two of the attackers.", ("Battles", "Armed clash")),
    ("Rowdy students blocked the highway near the college.", ("Riots", "Violent demonstration")),
    ("Traders demonstrated in the town centre over new levies. The demonstrators barricaded the main road.",
     ("Riots", "Violent demonstration")),
    ("Members of the Jono League beat a rival party's agent at the polling station.", ("Riots", "Mob violence")),
    ("Residents protested against the eviction of traders. Police intervened and the crowd left.",
     ("Protests", "Protest with intervention")),
    # a crowd at a state target doing mob justice is a mob, not a demonstration
    ("A crowd of villagers stormed a police post, dragged out two men suspected of stealing goats and beat them "
     "to death.", ("Riots", "Mob violence")),
])
def test_who_was_killed_by_whom_in_what_violence(events, text, expected):
    assert acled(main(events(text))) == expected


@pytest.mark.parametrize("text, trigger", [
    ("Hundreds of nurses went on strike on Monday, demanding unpaid salaries.", "strike"),
    ("Residents protested outside the county offices and accused the governor of neglect.", "protested"),
    ("Casualties were reported, but the number was not provided. Rebels shelled the town.", "shelled"),
])
def test_a_lead_is_the_incident_not_what_was_said_with_it_or_not_reported(events, text, trigger):
    assert main(events(text))["trigger"]["text"] == trigger


@pytest.mark.parametrize("text, expected", [
    ("Bandits burnt ten houses in the village, killing two people.", ("Violence against civilians", "Attack")),
    ("Bandits burnt ten houses in the village.", ("Strategic developments", "Looting/property destruction")),
    ("Police arrested and beat a man to death in the village.", ("Violence against civilians", "Attack")),
    ("Rebels entered the town, beat residents and abducted a chief.", ("Violence against civilians", "Attack")),
    ("The fighters entered the village shortly after dawn, setting fire to dozens of homes and a chapel.",
     ("Strategic developments", "Looting/property destruction")),  # one event: the burning, not the move
])
def test_violence_done_with_a_move_an_arrest_or_destruction_types_the_report(events, text, expected):
    assert acled(main(events(text))) == expected


def test_a_protest_a_person_had_covered_is_who_they_are_not_an_event_or_an_intervention(events):
    found = events("Security personnel arrested a media activist who had covered the protests at a checkpoint.")
    assert [acled(e) for e in found] == [("Strategic developments", "Arrests")]


def test_fighters_entering_a_town_forces_left_take_it_without_a_fight(events):
    found = events("Militia fighters entered the town on Saturday after federal troops pulled out of their base there.")
    assert acled(main(found)) == ("Strategic developments", "Non-violent transfer of territory")


def test_a_killing_told_beside_an_older_bombing_is_typed_by_its_own_words(events):
    """The weapon of a bombing the killing is only said to be linked to is not the killing's, and
    what that bombing did is no part of it."""
    found = events("Gunmen on a motorcycle shot dead a local party leader in the town on Saturday evening. Police "
                   "said they were investigating whether the killing was linked to the July 30 suicide bombing of "
                   "a party convention in the town, which killed more than 60 people.")
    event = main(found)
    assert acled(event) == ("Violence against civilians", "Attack") and event["killed"] == 1


def test_what_a_bombing_a_time_is_counted_from_did_is_no_part_of_the_riot(events):
    """"The violence comes three weeks after the Easter suicide bombings, claimed by Islamic State, which
    killed more than 250 people": the bombings' dead (in a clause the parser hung on the claimant) are the
    bombings', no event of their own nor the riot's."""
    found = events("Mobs armed with sticks and swords attacked mosques and Muslim-owned shops in the town of Kolo "
                   "and surrounding villages late on Monday, killing one man, police said, as authorities ordered a "
                   "nationwide curfew.\nThe violence comes just over three weeks after the April 21 Easter Sunday "
                   "suicide bombings on churches and luxury hotels in the capital and other cities, claimed by "
                   "Islamic State, which killed more than 250 people and sharpened tensions between the majority and "
                   "the Muslim minority.")
    event = main(found)
    assert acled(event)[0] == "Riots" and event["killed"] == 1
    bombings = [e for e in found if acled(e) == ("Explosions/Remote violence", "Suicide bomb")]
    assert [(e["trigger"]["text"], e["killed"]) for e in bombings] == [("suicide bombings", 250)]


def test_a_mine_that_is_a_site_is_no_weapon(events):
    found = events("Militiamen attacked a gold mine near the town on Sunday, killing 18 people; more bodies were "
                   "pulled from the mine shafts on Monday.")
    assert acled(main(found)) == ("Violence against civilians", "Attack")


def test_a_flash_mob_is_a_protest_not_mob_violence(events):
    found = events("Six students staged a brief flash mob in the square on Wednesday, holding up a banner.")
    assert acled(main(found)) == ("Protests", "Peaceful protest")


def test_a_move_into_a_place_and_what_was_done_there_are_one_event(events):
    found = events("The fighters entered the village shortly after dawn, setting fire to dozens of homes and a chapel.")
    assert [e["trigger"]["text"] for e in found] == ["setting fire"]


def test_a_label_is_the_event_of_a_report_without_another(events):
    event = main(events("Movement of forces: Fighters were seen near the border town on Monday."))
    assert acled(event) == ("Strategic developments", "Change to group/activity")
    assert event["trigger"]["text"] == "Movement of forces"
    assert events("Update: nothing more is known.") == []


@pytest.mark.parametrize("text, expected", [
    ("Soldiers exchange fire with bandits near the river crossing.", ("Battles", "Armed clash")),
    ("Insurgents launched mortar fire against an army camp overnight.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("A heavily armed gang terrorised traders of the market for hours.", ("Violence against civilians", "Attack")),
    ("Herders from the hills rustled goats from two farms at dawn.",
     ("Strategic developments", "Looting/property destruction")),
    ("Councillors threw punches at each other during the budget session.", ("Riots", "Mob violence")),
])
def test_less_common_incident_words_make_events(events, text, expected):
    assert acled(main(events(text))) == expected


def test_an_attack_people_escaped_still_happened(events):
    found = events("A convoy of soldiers escaped an ambush on the northern road on Friday.")
    assert main(found)["trigger"]["text"] == "ambush"


@pytest.mark.parametrize("text, expected", [
    ("Supporters of two rival candidates clashed in the square, firing guns into the crowd.", ("Battles", "Armed clash")),
    ("Supporters of two rival candidates clashed in the square with sticks.", ("Riots", "Mob violence")),
])
def test_groups_firing_guns_at_each_other_fight_a_battle(events, text, expected):
    assert acled(main(events(text))) == expected


@pytest.mark.parametrize("text, expected", [
    ("Youths attacked a delivery van at the bus stop. Soldiers fired in the air to disperse them.",
     ("Riots", "Mob violence")),
    ("Rioters pelted passing motorists with stones near the depot.", ("Riots", "Violent demonstration")),
])
def test_a_crowd_the_police_broke_up_riots(events, text, expected):
    assert acled(main(events(text))) == expected


@pytest.mark.parametrize("text, expected", [
    ("A crowd of young men beat a suspected cattle thief to death at the market on Friday.", ("Riots", "Mob violence")),
    ("A crowd gathered outside the governor's office on Monday to protest against new fuel taxes.",
     ("Protests", "Peaceful protest")),
])
def test_a_crowd_of_people_of_no_sector_is_the_crowd(events, text, expected):
    """"a crowd of young men" is a crowd, whose violence is rioting; a crowd that protests is a protest."""
    assert acled(main(events(text))) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dozens of huts were torched during clashes between two clans over grazing land.", ("Battles", "Armed clash")),
    ("Soldiers raided a farm outside the town and shot dead two suspected rebels.", ("Battles", "Armed clash")),
    ("Soldiers raided a farm outside the town and searched the barns.", ("Strategic developments", "Other")),
])
def test_destruction_in_a_communal_battle_and_raids_that_hurt_people_are_violence(events, text, expected):
    assert acled(main(events(text))) == expected


def test_explosives_seized_are_disrupted_weapons_use(events):
    found = events("Border guards seized explosives and detonators from a truck at the checkpoint.")
    assert acled(main(found)) == ("Strategic developments", "Disrupted weapons use")


@pytest.mark.parametrize("text, expected", [
    ("Riot police battled protesters outside the ministry on Tuesday.", ("Riots", "Violent demonstration")),
    ("Hunters and herders clashed near a rally in the valley; three people were killed.", ("Battles", "Armed clash")),
])
def test_a_fight_with_protesters_is_a_riot_and_groups_clashing_at_a_rally_a_battle(events, text, expected):
    assert acled(main(events(text))) == expected


@pytest.mark.parametrize("text, expected", [
    # a labour stoppage by its own words is a protest nearby
    ("A man was shot dead on Monday when a three-day general strike in the port city turned into running battles "
     "between stone-throwing youths and the police.", ("Riots", "Violent demonstration")),
    ("A man was shot dead on Monday when running battles broke out between stone-throwing youths and the police in "
     "the port city.", ("Riots", "Mob violence")),  # a guard: no stoppage, no demonstration
    # protests over the days an act followed are no protest it intervened in
    ("Police arrested nine people in the town on Saturday as authorities stepped up a crackdown after days of "
     "confrontations between protesters and police.", ("Strategic developments", "Arrests")),
    ("Police arrested nine people in the town on Saturday after confrontations between protesters and police.",
     ("Protests", "Protest with intervention")),  # a guard: the confrontations themselves, not days of them
    # a protest that broke up by itself had no intervention
    ("Hundreds of teachers marched to the ministry on Tuesday. Police lined the route, and the march broke up "
     "peacefully in the afternoon.", ("Protests", "Peaceful protest")),
    ("Hundreds of teachers marched to the ministry on Tuesday. Police broke up the march with tear gas in the "
     "afternoon.", ("Protests", "Protest with intervention")),  # a guard: broken up by the police
    # what a protest came after is no evidence of how it went
    ("Hundreds of people rallied peacefully in the main square on Thursday against soaring prices. The rally came "
     "two days after a night of unrest in a poor district, where young men blocked streets with burning tyres and "
     "pelted soldiers with stones.", ("Protests", "Peaceful protest")),
    # "dispersed by mid-afternoon": a time, not who dispersed it
    ("Thousands of people displaced by the war marched peacefully through the city on Monday. Police lined the "
     "route but did not intervene, and the rally dispersed by mid-afternoon.", ("Protests", "Peaceful protest")),
])
def test_which_protest_is_nearby_and_whether_it_was_intervened_in(events, text, expected):
    assert acled(main(events(text))) == expected


def _fired_row(nlp, text: str) -> str | None:
    """The typing-table row that typed the main event of `text`."""
    from article2json.extractors.events.typing_model import recording

    with recording() as log:
        found = run_events(nlp, text, parse_header=False)
    start = main(found)["trigger"]["start"]
    return next((rules.rule for at, _features, _lemmas, rules in reversed(log) if at == start), None)


def _table_rows():
    from article2json.extractors.events.classify import typing_table

    return [row for rows in typing_table().values() for row in rows]


def _reachable(group: str) -> set[str]:
    """The groups typing can end in once it enters `group`."""
    from article2json.extractors.events.classify import typing_table

    found, todo = set(), [group]
    while todo:
        name = todo.pop()
        if name not in found:
            found.add(name)
            todo += [row.plover[1:] for row in typing_table()[name] if row.plover.startswith("@")]
    return found


@pytest.mark.parametrize("row", _table_rows(), ids=lambda row: f"{row.group}/{row.name}")
def test_each_typing_table_row_fires_on_its_example(nlp, row):
    """The example of a row ends in that row; a row that goes on to another group (@group) ends in
    a row of that group (or of one it goes on to), and a row that leaves its group (..) elsewhere."""
    fired = _fired_row(nlp, row.example)
    if row.plover.startswith("@"):
        assert fired is not None and fired.split("/")[0] in _reachable(row.plover[1:]), fired
    elif row.plover == "..":
        assert fired is not None and not fired.startswith(row.group + "/"), fired
    else:
        assert fired == f"{row.group}/{row.name}"


def _two_class_model(threshold: float):
    """A model that reads the feature `weapon=air` as an air strike, anything else as an attack."""
    from article2json.extractors.events.typing_model import TypingModel

    return TypingModel({"classes": ["Air/drone strike", "Attack"], "bias": [0.0, 1.0], "buckets": 0,
                        "threshold": threshold, "weights": {"weapon=air": [4.0, 0.0]}})


def test_the_model_retypes_an_event_it_is_confident_about():
    from article2json.extractors.events.classify import EventLabels

    rules = EventLabels("ASSAULT", "firearms", "Violence against civilians", "Attack")
    typed = _two_class_model(0.6).decide(["weapon=air"], [], rules)
    assert typed == EventLabels("ASSAULT", "aerial", "Explosions/Remote violence", "Air/drone strike")


def test_the_rules_label_stands_below_the_threshold_and_for_events_acled_does_not_code():
    from article2json.extractors.events.classify import EventLabels

    rules = EventLabels("ASSAULT", "firearms", "Violence against civilians", "Attack")
    assert _two_class_model(0.99).decide(["weapon=air"], [], rules) == rules
    statement = EventLabels("ACCUSE", None, None, None)
    assert _two_class_model(0.6).decide(["weapon=air"], [], statement) == statement


def test_the_shipped_model_loads_fast_and_is_small():
    import time
    from importlib.resources import files

    from article2json.extractors.events.typing_model import MODEL_FILE, TypingModel

    path = files("article2json.extractors").joinpath("data", MODEL_FILE)
    started = time.perf_counter()
    model = TypingModel.load(str(path))
    assert time.perf_counter() - started < 0.5
    assert len(path.read_bytes()) < 20_000_000 and len(model.classes) > 10


@pytest.mark.parametrize("text, victims", [
    ("Five border guards killed in ambush near the river", "Five border guards"),
    ("Two nurses abducted on the road to the district hospital", "Two nurses"),
])
def test_a_headline_participle_is_passive(events, text, victims):
    event = main(events(text))
    assert [r["text"] for r in event["recipient"]] == [victims]
    assert not [a for a in event["actor"] if a["text"] == victims]


def test_a_participle_with_a_shared_object_stays_active(events):
    event = main(events("A number of villagers assaulted and killed a suspected cattle thief near the market."))
    assert acled(event) == ("Riots", "Mob violence")


@pytest.mark.parametrize("text", [
    "Three farmers were killed in an explosion near the village well on Monday.",
    "Three farmers killed, two wounded in roadside blast near the village well",
    "Three farmers were killed and four wounded in a blast near the village well on Monday.",  # "in a blast" on "wounded"
    "Three farmers were killed after an explosion went off near the village well on Monday.",
])
def test_killed_in_an_explosion_is_an_explosion(events, text):
    assert acled(main(events(text))) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_an_explosion_in_another_clause_does_not_type_the_killing(events):
    event = main(events("Gunmen shot two traders dead and explosions were heard later in the town."))
    assert acled(event) == ("Violence against civilians", "Attack")


def test_casualties_after_an_attack_are_its_toll(events):
    """"were shot dead after police opened fire": the clause after a casualty verb in the passive
    with no agent tells who caused the deaths, one incident with them."""
    found = [e for e in events("Two traders were shot dead and four others wounded after police opened fire on "
                               "protesters at the market on Tuesday.") if e["modality"] == "asserted"]
    assert [(e["trigger"]["text"], e["killed"], e["wounded"]) for e in found if e["type"] == "ASSAULT"] == \
        [("shot", 2, 4)]


def test_a_word_ending_in_d_is_not_read_without_its_d(events):
    event = main(events("Three explosions went off in ward 14 of the town on Monday; nobody was hurt."))
    assert acled(event)[0] == "Explosions/Remote violence"


@pytest.mark.parametrize("text, trigger", [
    ("The governor warned of reprisals after gunmen killed nine farmers in Tanu on Sunday.", "killed"),
    ("Minister warns of civil war as 40 killed in clashes in the north", "clashes"),
])
def test_a_statement_made_as_people_were_killed_gives_way_to_the_killing(events, text, trigger):
    assert main(events(text))["trigger"]["text"] == trigger


@pytest.mark.parametrize("text, plover", [
    ("The police denied killing three protesters in the square.", "REJECT"),
    ("The opposition blamed the army for the bombing that killed six villagers.", "ACCUSE"),
])
def test_a_statement_about_a_killing_stays_the_statement(events, text, plover):
    assert main(events(text))["type"] == plover


def test_a_denying_subject_denies_the_verbs_coordinated_with_its_own(events):
    """"no one was hurt or detained": "no one" is the subject of "detained" too, so no arrest happened
    and the march stays peaceful."""
    found = events("Hundreds of families marched through the city centre on Saturday to demand the search for "
                   "missing relatives. The march was peaceful and no one was hurt or detained, police said.")
    assert acled(main(found)) == ("Protests", "Peaceful protest")
    assert [e["modality"] for e in found if e["trigger"]["text"] == "detained"] in ([], ["negated"])


@pytest.mark.parametrize("text, expected", [
    ("There was an explosion at the district electrical department office on Sunday. No one was hurt. A local "
     "guerrilla group claimed responsibility.", ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("A gas cylinder explosion at a factory killed three workers, the fire service said.", (None, None)),
])
def test_an_explosion_a_group_claims_is_no_accident(events, text, expected):
    """Words of an accident ("electrical", "factory") do not make an explosion one when a group claims it."""
    assert acled(main(events(text))) == expected


@pytest.mark.parametrize("text, expected", [
    # the crowd of a protest fought: a violent demonstration
    ("Students staged a demonstration outside the university and clashed with police for an hour.",
     ("Riots", "Violent demonstration")),
    ("Hundreds of traders demonstrated in the market. The demonstrators clashed with municipal guards.",
     ("Riots", "Violent demonstration")),
    # clashes the protest followed or answered are its occasion, not how it went
    ("Party members staged a rally in the town square, following clashes at a rival party's meeting.",
     ("Protests", "Peaceful protest")),
])
def test_a_protest_whose_crowd_clashed_is_a_riot(events, text, expected):
    assert acled(main(events(text))) == expected


@pytest.mark.parametrize("text, expected", [
    ("Armed bandits invaded a farming village at dawn and abducted 30 residents.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("Gunmen invaded a wedding party in the village and shot dead six guests.", ("Violence against civilians", "Attack")),
    ("Militants invaded an army post near the border and fought soldiers for hours.", ("Battles", "Armed clash")),
])
def test_an_invasion_is_typed_by_who_was_invaded(events, text, expected):
    """"invade" takes its type from the context, like "storm": bandits invading a village attack
    civilians; an army post invaded is a battle."""
    assert acled(main(events(text))) == expected


@pytest.mark.parametrize("text", [
    "Shops stayed shut across the district on Monday as traders observed a shutter-down strike against "
    "kidnappings.",  # a hyphened cue word, which the tokenizer splits
    "Shops stayed shut across the district on Monday as traders observed a hartal against kidnappings.",  # a guard
])
def test_a_traders_shutdown_is_a_peaceful_protest(events, text):
    assert acled(main(events(text))) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    "The air force struck a column of fighters near the river on Wednesday, killing twenty.",
    "Air force strikes hit a rebel column withdrawing toward the hills, killing around twenty, the army said.",
])
def test_strikes_by_an_air_force_are_air_strikes(events, text):
    """"air force" names the weapon though "air" modifies a unit noun ("riot police" names none), and
    a strike by armed forces is no labour strike."""
    assert acled(main(events(text))) == ("Explosions/Remote violence", "Air/drone strike")


def test_an_exchange_of_fire_is_a_clash(events):
    event = main(events("Troops caught up with the raiders on Wednesday. Three raiders were killed in the exchange of "
                        "fire and one soldier was wounded."))
    assert acled(event) == ("Battles", "Armed clash") and (event["killed"], event["wounded"]) == (3, 1)


def test_an_arrest_that_protests_followed_is_no_intervention_in_them(events):
    found = events("Hundreds of opposition supporters marched in Kibo on Thursday. The protests followed the arrest "
                   "on Tuesday evening of two opposition coordinators at their homes.")
    arrest = next(e for e in found if e["trigger"]["text"] == "arrest")
    assert acled(arrest) == ("Strategic developments", "Arrests")


def test_young_men_of_a_crowd_that_burns_homes_are_rioters(events):
    """"A crowd attacked and set fire to homes ... Dozens of young men threw stones at houses": the
    young men, told without a group, are of the crowd: mob violence, not looting."""
    found = events("A crowd attacked and set fire to homes belonging to a religious minority in the village of "
                   "Tana late on Friday, residents said. Dozens of young men threw stones at the houses and set "
                   "fire to four homes and a shed.")
    assert acled(main(found)) == ("Riots", "Mob violence")


def test_a_protest_people_are_accused_of_plotting_is_none_the_arrest_broke_up(events):
    found = events("Police arrested 17 opposition activists at a house in the capital on Saturday, accusing them of "
                   "plotting violent demonstrations against the government.")
    assert acled(main(found)) == ("Strategic developments", "Arrests")


@pytest.mark.parametrize("text, expected", [
    ("On Thursday, police arrested four men at a roadblock on the highway and seized two rifles and ammunition.",
     ("Strategic developments", "Arrests")),
    ("Soldiers seized a cache of weapons and arrested three suspects in a raid on the village.",
     ("Strategic developments", "Disrupted weapons use")),
])
def test_arms_seized_in_the_same_operation_as_arrests_are_one_event(events, text, expected):
    found = [e for e in events(text) if e["modality"] == "asserted"]
    assert len(found) == 1 and acled(found[0]) == expected


@pytest.mark.parametrize("text", [
    "Police fired tear gas shells and rubber bullets at farmers marching on the district office.",
    "Riot police lobbed teargas canisters at hundreds of students outside the campus.",
])
def test_tear_gas_shells_and_canisters_are_crowd_control_not_shelling(events, text):
    event = main(events(text))
    assert acled(event) == ("Protests", "Protest with intervention") and event["mode"] == "crowd-control"


def test_a_helicopter_backing_a_raid_is_no_air_strike(events):
    found = events("Soldiers raided a gang hideout in the port city before dawn on Monday. The raid, involving some "
                   "300 troops backed by armoured vehicles and a helicopter, targeted what the army called a logistics "
                   "cell of the gang.")
    assert found and not any(e["acled"] and e["acled"]["sub_event_type"] == "Air/drone strike" for e in found)
