"""Which words are events, on sentences written for these tests: noun modifiers and kinds of events
are not, period phrases make totals but causes do not, protests told through sit-ins, streets and
protesters' demands are, and the main event of a leading sentence is its incident, not a statement
in a clause beside it. Each sentence stands for a way reports are written, not for one report."""

from __future__ import annotations

import pytest

from event_runs import acled_of as acled, main_event as main, run_events

LEAD = "Report on the day\nThe Weekly Observer\nMarch 4, 2024\n"


@pytest.fixture
def events(nlp):
    """The asserted events of a short report whose body is `body`."""
    def run(body: str) -> list[dict]:
        return [e for e in run_events(nlp, LEAD + body) if e["modality"] == "asserted"]
    return run


@pytest.mark.parametrize("body, word", [
    ("The aid workers asked not to be named as they were not allowed to speak to the press.", "aid"),
    ("Aid groups have warned that the rains will cut the roads to the camps.", "Aid"),
    ("The fire escapes of the building had been locked, residents said.", "fire"),
    ("A senior official said such bombardments increase the chance of a wider war.", "bombardments"),
    ("RELATED: Troops raid rebel hideouts in the hills", "raid"),
    ("The ceasefire follows months of fighting in the two provinces.", "fighting"),
    ("Firefighters battled the blaze for six hours before bringing it under control.", "battled"),
    ("Villagers fought the flames with buckets of water until the army arrived.", "fought"),
    ("The new governor promised to win the battle against cholera in the camps.", "battle"),
    ("Soldiers recovered three rifles, a grenade launcher and bomb-making materials in the camp.", "bomb"),
    ("Troops advanced on the town before dawn and met stiff resistance on its southern edge.", "met"),
    ("The town has been shelled almost daily since the full-scale invasion in February 2022.", "invasion"),
    ("Two children were killed when a landmine left over from earlier fighting exploded near the village.",
     "fighting"),
])
def test_words_that_name_no_event_that_happened(nlp, body, word):
    assert not [e for e in run_events(nlp, LEAD + body) if e["trigger"]["text"].rstrip("-") == word]


@pytest.mark.parametrize("body", ["The minister met opposition leaders in the capital on Monday.",
                                  "The two presidents met in the capital on Monday."])
def test_a_meeting_of_parties_is_an_event(events, body):
    assert [e["type"] for e in events(body)] == ["CONSULT"]


def test_a_verb_joined_to_a_planned_one_is_planned_too(nlp):
    found = run_events(nlp, LEAD + "The minister said the general is planning to invade and retake the border province.")
    assert [e["modality"] for e in found if e["trigger"]["text"] == "retake"] in ([], ["future"], ["hypothetical"])
    assert not any(e["modality"] == "asserted" and e["type"] == "ASSAULT" for e in found)


@pytest.mark.parametrize("body", [
    "Hundreds of traders protested over rising prices of maize flour in the market town.",
    "Traders marched over the increase in fuel prices on Tuesday.",
    "Meat sellers protested the closure (since June) of the town's abattoir.",
])
def test_a_cause_after_over_or_since_is_not_a_period(events, body):
    assert acled(main(events(body)))[0] == "Protests"


@pytest.mark.parametrize("body", [
    "Gunmen have attacked the village three times since January.",
    "Militants attacked army posts several times over the past month.",
    "The gangs have been attacking the district for weeks, residents said.",  # a campaign
    "The coalition has been trying for weeks to seize control of the district, residents said.",
    # a habit, and the aim it has
    "Pensioners have gathered outside Congress every Wednesday for more than a year to protest against cuts.",
])
def test_repeated_acts_over_a_period_are_no_single_event(events, body):
    assert events(body) == []


def test_a_stated_number_of_days_is_one_event_however_long(events):
    assert acled(main(events("Rebels have clashed with troops for two days in the town."))) == ("Battles", "Armed clash")


def test_an_act_during_a_series_is_one_event(events):
    """An act "during a series of raids" happened once within it (the series is its time, not its count)."""
    found = events("Gunmen attacked a cattle camp near the river during a series of raids on Monday.")
    assert [e["trigger"]["text"] for e in found] == ["attacked"]


@pytest.mark.parametrize("body", [
    "Gang violence killed more than 2,500 people in the first three months of the year, the UN said.",
    "Attacks by armed groups have killed thousands of villagers across the region since 2015.",
    "Fighting between the two factions killed 400 people in the first six months of the year.",
])
def test_what_states_a_period_total_is_no_incident(events, body):
    assert events(body) == []


@pytest.mark.parametrize("body, actor", [
    ("A car bomb killed seven soldiers at a checkpoint in Jowhar. Al-Shabaab claimed responsibility for the attack.",
     "Al Shabaab"),
    ("A roadside bomb killed four policemen in Quetta. Responsibility for the bombing was claimed by the "
     "Balochistan Liberation Army.", "Balochistan Liberation Army"),
])
def test_who_claimed_an_attack_is_its_actor(events, body, actor):
    assert actor in [a["name"] for a in main(events(body))["actor"]]


def test_violence_is_typed_by_who_did_it_to_whom(events):
    """"violence" names no kind of event by itself: a mob's is mob violence, not a riot."""
    assert acled(main(events("Mob violence left two suspected thieves dead in the market on Friday."))) == \
        ("Riots", "Mob violence")


@pytest.mark.parametrize("body", [
    "Nurses staged a sit-in at the regional hospital to demand unpaid allowances.",
    "Primary school teachers went to the streets to claim the payment of their bonuses.",
    "Market women took the street to ask for the reopening of the old market.",
    "Protesters outside the ministry demanded the payment of salary arrears.",
])
def test_protests_told_in_other_words(events, body):
    assert acled(main(events(body))) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("body", [
    "Villagers protest after it is alleged that a chief sold their land.",
    "Residents of the town protest, accusing the police of torturing two activists.",
    "Hundreds of parents protested outside the school on Monday, accusing the headteacher of beating pupils.",
    "Retired nurses hold protest blaming governor and health minister for unpaid pensions",
])
def test_a_statement_in_a_clause_beside_a_protest_gives_way_to_it(events, body):
    assert main(events(body))["type"] == "PROTEST"


def test_a_clause_after_a_semicolon_does_not_govern_the_one_before(events):
    found = events("A county official kidnapped and robbed by an armed gang; the motive may have been political")
    assert acled(main(found)) == ("Violence against civilians", "Abduction/forced disappearance")


def test_a_sentence_without_a_verb_is_read_for_the_verb_the_parser_missed(events):
    found = events("A vigilante mob lynch a theft suspect in a village near the lake.")
    assert acled(main(found)) == ("Riots", "Mob violence")


def test_a_fight_beside_a_refusal_is_found(events):
    found = events("Residents of the camp refuse to leave, battle police in the forest.")
    assert any(e["type"] == "ASSAULT" for e in found)


def test_the_subject_of_a_misread_first_verb_acts_in_the_second(events):
    found = events("A group of youths tied up and assaulted an elderly man accused of witchcraft in the village.")
    assert [a["name"] for a in main(found)["actor"]] == ["Youths"]
    assert acled(main(found)) == ("Riots", "Mob violence")


def test_blasts_that_combined_to_kill_did_kill(events):
    found = events("Two blasts in the capital last week combined to kill 25 people and wound 60 others.")
    assert (main(found)["killed"], main(found)["wounded"]) == (25, 60)


def test_a_toll_reported_in_a_clause_joined_to_the_act_is_its_toll(events):
    found = events("The governor of the region visited the town on Tuesday.\n\n"
                   "The truce took effect on March 2, but both sides have accused each other of repeated breaches. "
                   "On Monday, militia fighters and army units exchanged fire near the river crossing, south of the "
                   "capital, and a militia commander said two of his men had been killed.")
    clash = next(e for e in found if e["trigger"]["text"] == "exchanged fire")
    assert clash["killed"] == 2 and not [e for e in found if e["trigger"]["text"] == "killed"]


def test_a_fire_that_claimed_lives_has_that_toll(events):
    found = events("By Thursday the blaze in the tower had claimed 40 lives. Six bodies were found on the roof.")
    assert main(found)["killed"] == 40


def test_an_attack_told_again_inside_the_country_first_named_is_the_same_incident(nlp):
    text = ("Gunmen kill 12 villagers in western Niger\nThe Weekly Observer\nMarch 4, 2024\n"
            "Twelve civilians were killed when armed men raided a village in north Niger, an official said on Sunday.\n"
            "Two people were wounded in an attack by men on motorbikes in the village of Banibangou in the "
            "Tillaberi region on Saturday evening, the official said.\n")
    from article2json.extractors.places import PlacesExtractor

    def with_places(article, found):
        found["places"] = PlacesExtractor()(article, found)

    found = [e for e in run_events(nlp, text, before=with_places) if e["type"] == "ASSAULT"]
    assert len(found) == 1 and found[0]["killed"] == 12
    assert found[0]["location"]["country"] == "NE"


@pytest.fixture
def dated_events(nlp):
    """The events of a short report whose body is `body`, with the dates extractor run first."""
    from article2json.extractors.dates import DatesExtractor

    def with_dates(article, found):
        found["dates"] = DatesExtractor()(article, found)

    return lambda body: run_events(nlp, LEAD + body, before=with_dates)


def test_events_the_text_dates_years_back_are_history_not_news(dated_events):
    found = dated_events("Rebels attacked an army post near the border on Monday, killing four soldiers. In 2019 "
                         "the rebels seized the town of Kalima, and a peace deal was signed in 2020.")
    assert [e["trigger"]["text"] for e in found] == ["attacked"]


def test_an_event_of_last_year_is_still_reported(dated_events):
    found = dated_events("Rebels attacked an army post near the border on Monday, killing four soldiers. In "
                         "November last year the rebels seized the town of Kalima after a week of fighting.")
    assert "seized" in [e["trigger"]["text"] for e in found]


@pytest.mark.parametrize("body", [
    "Militia commanders said their fighters had completed their withdrawal from the river town.",
    "Government troops began their pullout from the northern district on Monday.",
])
def test_a_withdrawal_told_as_an_object_moves_the_subjects_forces(events, body):
    assert main(events(body))["type"] == "RETREAT"


def test_a_withdrawal_of_no_armed_party_is_no_event(events):
    assert events("The bank announced its withdrawal from the regional market.") == []


@pytest.mark.parametrize("body, expected", [
    ("The rebel movement announced it will return vehicles seized last year from aid agencies.", "AGREE"),
    ("The governor said he was ready to support a motion that aims to tighten the curfew.", "AGREE"),
    ("The rebels said they will attack the capital within days.", "THREATEN"),
])
def test_a_stated_intent_to_return_or_support_a_hostile_thing_is_a_promise(nlp, body, expected):
    """Without a headline, the statement of intent the text leads with is typed by what it
    promises: lifting, returning or supporting is cooperation, whatever hostile word it governs."""
    assert main(run_events(nlp, body))["type"] == expected


@pytest.mark.parametrize("body", [
    "Insurgents attacked an army tank near the bridge, wounding two soldiers.",
    "Rebel fighters destroyed a military helicopter on the ground at the base.",
])
def test_a_weapon_that_was_hit_is_the_target_not_the_means(events, body):
    assert acled(main(events(body)))[1] not in ("Shelling/artillery/missile attack", "Air/drone strike")


@pytest.mark.parametrize("body", [
    "Taliban fighters ambushed and killed two Arbakis in the district on Monday.",
    "Gunmen attacked a check point on the highway on Monday.",
])
def test_an_attack_on_local_police_or_a_check_point_is_a_clash(events, body):
    assert acled(main(events(body))) == ("Battles", "Armed clash")


@pytest.mark.parametrize("body, expected", [
    ("A landmine destroyed a military truck on the road to the border, police said.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("Rebels destroyed a bridge with explosives on Sunday.", ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("Two drones struck an oil depot and set a storage tank on fire on Monday.",
     ("Explosions/Remote violence", "Air/drone strike")),
])
def test_destruction_by_an_explosive_weapon_is_an_explosion(events, body, expected):
    assert acled(main(events(body))) == expected


@pytest.mark.parametrize("body, expected", [
    ("Hundreds of students staged a protest outside the court, demanding the release of classmates detained by "
     "police last week.", "Peaceful protest"),
    ("Party members protested in the town against the arrest of their local leader.", "Peaceful protest"),
    ("Police arrested twelve of the traders who protested outside the market.", "Protest with intervention"),
])
def test_an_arrest_a_protest_is_against_is_no_intervention_in_it(events, body, expected):
    assert acled(main(events(body)))[1] == expected


@pytest.mark.parametrize("body, trigger", [
    ("A shoot-out between gunmen and police left two people dead near the bus station.", "shoot-out"),
    ("The stand-off ended after a gun-battle between troops and bandits outside the town.", "gun-battle"),
    # a dash set apart by spaces is no part of the word after it
    ("GOMA (AFP) - Fighting between troops and rebels near the town killed nine people.", "Fighting"),
])
def test_a_hyphenated_compound_is_looked_up_as_one_word(events, body, trigger):
    event = main(events(body))
    assert event["trigger"]["text"] == trigger
    assert acled(event) == ("Battles", "Armed clash")


def test_an_event_without_a_place_is_in_the_home_country_of_its_armed_group(events):
    event = main(events("Al Shabaab fighters ambushed a supply convoy after US drones struck their camp."))
    assert event["location"]["country"] == "SO"


@pytest.mark.parametrize("body, country", [
    ("Suspected Al Shabaab fighters raided a Kenyan village at dawn and burned six homes.", "KE"),
    ("Rebels of the Allied Democratic Forces shelled a Congolese border town overnight.", "CD"),  # a town
    ("Al Shabaab fighters ambushed troops near the Kenyan border.", "SO"),  # a border is two countries'
])
def test_a_demonym_before_a_place_word_says_where_the_event_is(events, body, country):
    assert main(events(body))["location"]["country"] == country



def test_the_state_a_verb_leaves_its_object_in_is_not_part_of_the_object(events):
    event = main(events("Police shot dead two robbery suspects outside a bank on Friday."))
    assert [r["text"] for r in event["recipient"]] == ["two robbery suspects"]


@pytest.mark.parametrize("body", [
    "On 3 March 2024, near the township office, an explosion occurred. No injuries were reported.",
    "On 3 March 2024, two explosions took place in front of a telecom tower in the town.",
    "On 3 March 2024, a farmer stepped on a landmine near his field and lost a leg.",
    "On 3 March 2024, a military truck hit a roadside bomb on the highway.",
    "On 3 March 2024, there were explosions in front of a bank and a power company office in the town.",
])
def test_an_explosive_that_went_off_is_an_explosion_event(events, body):
    assert acled(main(events(body))) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_no_explosion_there_was_is_no_event(events):
    assert events("There were no explosions in the town on Monday, the police said.") == []


def test_a_report_of_ongoing_fighting_only_is_that_fighting(events):
    body = ("Since early January, fighting between the army and the rebels has continued across the province. "
            "The details of single battles are not known; these are estimates of the ongoing and repeated "
            "clashes between the two forces.")
    event = main(events(body))
    assert acled(event) == ("Battles", "Armed clash")


def test_an_ongoing_clash_is_no_event_beside_a_single_one(events):
    body = ("Repeated clashes between herders and farmers have displaced thousands this year. On Monday, "
            "gunmen attacked a village and killed four farmers.")
    assert main(events(body))["trigger"]["text"] == "attacked"


@pytest.mark.parametrize("body", [
    "On 2 March 2024, forty soldiers switched sides and joined the rebels in the hills.",
    "Twelve militia fighters defected to the army on Sunday, a spokesman said.",
])
def test_fighters_changing_sides_are_a_change_to_the_group(events, body):
    assert acled(main(events(body))) == ("Strategic developments", "Change to group/activity")


def test_a_note_labelled_as_a_change_to_an_armed_group_is_one(nlp):
    note = "Change to armed group: On 2 March 2024, thirty policemen joined the insurgents near the border."
    assert acled(main(run_events(nlp, note, parse_header=False))) == ("Strategic developments",
                                                                       "Change to group/activity")


def test_an_ambush_killing_a_security_officer_is_a_clash(events):
    body = "On 2 March 2024, an Afghan security personnel commander was killed in an ambush by Taliban militants."
    assert acled(main(events(body))) == ("Battles", "Armed clash")


def test_a_killing_despite_a_cease_fire_is_no_fire_accident(events):
    event = main(events("Two soldiers were killed in combat with rebels despite the cease-fire."))
    assert event["type"] == "ASSAULT" and acled(event) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text, found", [
    ("Gunmen on a motorcycle execute a shopkeeper outside his store", True),
    ("The ministry will execute the new road plan next year.", False),
    ("Eleven executed in border town as cartel war spreads", True),
    ("The company executed 3 of its plans ahead of schedule.", False),
])
def test_execute_is_a_killing_only_of_people(events, text, found):
    assert any(e["type"] == "ASSAULT" for e in events(text)) is found


def test_a_bare_count_executed_is_the_toll(events):
    assert main(events("Eleven executed in border town as cartel war spreads"))["killed"] == 11


@pytest.mark.parametrize("body", [
    "Hundreds of residents gathered outside the district office on Monday to demand clean water.",
    "Students assembled at the campus gate against the increase in tuition fees.",
    "Villagers converged on the police station in protest at the arrest of their chief.",
    "Thousands rallied in the city centre on Sunday in support of the jailed opposition leader.",
    "Opposition supporters rallied outside the high court.",
    "Party workers staged a dharna in front of the collectorate against the power cuts.",
    "Farmers formed a human chain along the highway to demand higher crop prices.",
    "Traders brought out a procession through the main bazaar supporting the hartal.",
    "Hundreds of nurses hit the streets demanding permanent contracts.",
    "Union members raised slogans against the management outside the mill.",
    "Dozens of commuters chanted slogans against the fare rise in the metro station on Wednesday evening.",
    "Hundreds of women marched through the market town on Saturday.",
    "Several hundred demonstrators gathered outside the electoral commission, waving flags.",
    # the cause in a participle joined to another
    "About 200 residents gathered outside the police station, singing and demanding the release of the three.",
    "Hundreds of students held a candlelight vigil outside the university on Friday to demand justice for the activist.",
])
def test_gatherings_that_state_a_cause_are_protests(events, body):
    assert acled(main(events(body)))[0] == "Protests"


@pytest.mark.parametrize("body", [
    "Crowds gathered to watch the independence day parade.",
    "Hundreds of people gathered at the stadium for the final.",
    "Shares rallied on Monday after the central bank cut rates.",
    "The president rallied support for the budget among lawmakers.",
    "The gunmen marched the captives into the forest at gunpoint.",
    "Soldiers marched into the town after the rebels withdrew.",
    "Relatives and neighbours kept a night vigil at the family home before the burial on Sunday.",  # a wake
    # a blockade by armed men or a criminal group is no protest
    "Gunmen seized the checkpoint on the bridge, took the officers' weapons and blocked traffic on the highway.",
    "Members of a criminal group disarmed the police at the checkpoint and blocked traffic on the highway.",
])
def test_gatherings_for_no_cause_are_no_protests(events, body):
    assert not any(e["type"] == "PROTEST" for e in events(body))


def test_a_death_a_protest_is_in_anger_at_is_not_its_toll(events):
    event = main(events("Villagers marched on the police station in protest at the killing of a trader."))
    assert event["type"] == "PROTEST" and event["killed"] is None


def test_a_baton_charge_police_resorted_to_did_happen(events):
    event = main(events("Police resorted to a lathi charge to disperse the protesters near the secretariat."))
    assert acled(event) == ("Protests", "Protest with intervention")


def test_beating_back_an_attack_makes_the_subject_its_target(events):
    event = main(events("Soldiers beat back an attack by militants on the border post."))
    assert acled(event) == ("Battles", "Armed clash")
    assert [r["name"] for r in event["recipient"]][:1] == ["Military forces"]


def test_a_suicide_blast_is_an_event_without_a_toll(events):
    assert acled(main(events("Suicide blast in the market town as militants step up their campaign"))) == (
        "Explosions/Remote violence", "Suicide bomb")


def test_rocket_fire_is_shelling_not_a_fire(events):
    event = main(events("Rebels directed rocket fire at an army camp near the border, killing four soldiers."))
    assert acled(event) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")


@pytest.mark.parametrize("body", [
    "Police lobbed tear gas shells at the protesters outside the assembly.",
    "Police fired rubber bullets at protesters who had gathered to demand the release of their leader.",
    "Riot police fired teargas shells to disperse protesters blocking the highway.",
])
def test_crowd_control_gear_is_no_weapon_of_war(events, body):
    assert acled(main(events(body)))[0] == "Protests"


@pytest.mark.parametrize("body", [
    "Youth wing members burnt an effigy of the chief minister in front of the party office.",
    "Students burned effigies of the vice-chancellor outside the campus gate.",
])
def test_burning_an_effigy_is_a_peaceful_protest(events, body):
    assert acled(main(events(body))) == ("Protests", "Peaceful protest")


def test_burning_a_car_is_no_protest(events):
    assert acled(main(events("Rebels burned a police car on the highway.")))[0] != "Protests"


def test_surrender_is_a_retreat(events):
    assert main(events("Two hundred rebels surrendered to the army in the eastern hills."))["type"] == "RETREAT"


def test_slaying_is_a_killing(events):
    event = main(events("Gunmen slew four farmers in the village on Monday."))
    assert event["type"] == "ASSAULT" and event["killed"] == 4


def test_the_demand_a_protest_was_made_for_is_part_of_it(events):
    found = events("Police fired tear gas at hundreds of protesters outside the health ministry, witnesses said.\n"
                   "The protesters had marched on Tuesday morning to the ministry to demand lower fuel prices.")
    marches = [e for e in found if e["type"] == "PROTEST"]
    assert [e["trigger"]["text"] for e in marches] == ["marched"]
    assert not any(e["trigger"]["text"] == "demand" for e in found)


def test_may_of_a_date_is_no_modal(nlp):
    found = run_events(nlp, "31 May : In the regional capital, teachers held demonstration demanding a pay raise.",
                       parse_header=False)
    assert [(e["type"], e["modality"]) for e in found if e["main"]] == [("PROTEST", "asserted")]


def test_demos_are_protests(events):
    assert acled(main(events("Opposition supporters held their demos peacefully in the port city.")))[0] == "Protests"


def test_a_crowd_that_gathered_to_burn_a_house_burned_it(events):
    event = main(events("Angry villagers gathered to set fire to the house of a teacher accused of rigging the vote."))
    assert event["type"] == "ASSAULT" and event["modality"] == "asserted"


@pytest.mark.parametrize("body", [
    "Fighter jets carried out several raids on militant hideouts in the forest on Tuesday.",
    "Gunmen carried out multiple attacks on villages in the district on Sunday, killing nine.",
])
def test_several_acts_of_one_day_are_an_event(events, body):
    assert acled(main(events(body)))[0] in ("Explosions/Remote violence", "Violence against civilians")


@pytest.mark.parametrize("body, word, event_type", [
    ("Rebels launched a counter-attack on the army post at dawn.", "counter-attack", "Battles"),
    ("Government troops counterattacked near the bridge and drove the militia back.", "counterattacked", "Battles"),
    ("The army began a counteroffensive against the rebels in the east on Monday.", "counteroffensive", "Battles"),
    ("Border guards repelled an incursion by armed men near the crossing.", "incursion", None),
])
def test_counterattacks_and_incursions_are_events(events, body, word, event_type):
    """A counterattack is fought against an armed side; "a counteroffensive" is a noun though the
    tagger reads it as an adjective."""
    found = [e for e in events(body) if e["trigger"]["text"] == word]
    assert found
    assert event_type is None or acled(found[0])[0] == event_type


@pytest.mark.parametrize("body, word", [
    ("Portugal will back Turkey's bid to join the bloc, the president said on Tuesday.", "back"),
    ("The president said his government supports Kenya's efforts to end the fighting.", "supports"),
])
def test_an_actors_own_cause_is_an_object_worth_supporting(nlp, body, word):
    """Triggers that need an actor or an event as object take an actor's bid, efforts or plan."""
    assert word in [e["trigger"]["text"] for e in run_events(nlp, LEAD + body)]


@pytest.mark.parametrize("body, event_type", [
    ("Militants launched rockets at the airport on Monday night, the army said.", "Explosions/Remote violence"),
    ("The army launched a missile test on Monday.", None),
    ("The navy launched two missiles into the sea during an exercise on Sunday.", None),
])
def test_launching_a_weapon_is_an_attack_when_aimed_at_a_target(events, body, event_type):
    found = [e for e in events(body) if e["trigger"]["text"] == "launched"]
    assert [acled(e)[0] for e in found] == ([event_type] if event_type else [])


def test_a_minor_act_that_describes_someone_is_no_event(nlp):
    found = run_events(nlp, "Soldier providing election security killed in northern town", parse_header=False)
    assert [(e["type"], e["trigger"]["text"]) for e in found if e["main"]] == [("ASSAULT", "killed")]


def test_a_participle_of_backing_that_describes_a_noun_is_no_event(nlp):
    """"a health centre supported by an NGO": who backs it, so the toll of the sentence stays with
    the bombing (an update there wins over a party's later claim)."""
    found = run_events(nlp, "Air strike on market kills eight\nRadio Tamazuj | 17 April 2025\nJUBA - At least six "
                            "civilians were killed when a military aircraft bombed a crowded market in Waat on "
                            "Wednesday, local officials said.\n\nA humanitarian worker in Waat said fourteen wounded "
                            "people had been admitted to a health centre supported by an international NGO. Two of "
                            "them, a woman and a boy, died of their injuries during the night, bringing the toll to "
                            "eight, the worker said on Thursday.\n\nThe SPLM-IO said in a statement that \"more than "
                            "20 innocent civilians\" had been killed in the bombing.\n")
    assert [e["trigger"]["text"] for e in found if e["trigger"]["text"] == "supported"] == []
    assert main(found)["killed"] == 8


@pytest.mark.parametrize("body, trigger, plover", [
    # opening a border or crossing eases a restriction: PLOVER's RETREAT (CAMEO 08, yield)
    ("The government reopened the border crossing with its neighbour after two years of closure.", "reopened",
     "RETREAT"),
    # a truce one side declares alone is its retreat, not an agreement between sides
    ("Insurgents announced a unilateral truce across the eastern provinces for the holidays.", "truce", "RETREAT"),
    ("Government and rebel negotiators agreed to a ceasefire in the north on Sunday.", "agreed", "AGREE"),
    # a withdrawal of part of an armed group is a move of armed men
    ("Half of the militia fighters in the district have been disarmed and demobilized, officials said.",
     "demobilized", "RETREAT"),
    # withdrawing inspectors or observers cuts relations (CAMEO 16); announced for later, it is a threat
    ("The government withdrew its election observers from the capital on Friday.", "withdrew", "SANCTION"),
    ("The regional bloc said it will withdraw its ceasefire monitors from the border area next month.", "withdraw",
     "THREATEN"),
])
def test_easing_and_withdrawals_told_in_other_words(events, body, trigger, plover):
    assert (main(events(body))["trigger"]["text"], main(events(body))["type"]) == (trigger, plover)


def test_opening_a_building_is_no_easing(events):
    assert events("The minister opened a new hospital in the capital on Monday.") == []


@pytest.mark.parametrize("body", [
    "Two mortar rounds fell on the cattle market in the river town, residents said.",
    "Rockets landed near the airport on the edge of the capital overnight.",
    "A shell slammed into a school yard in the old quarter on Friday.",
])
def test_munitions_that_land_are_shelling(events, body):
    assert acled(main(events(body))) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")


@pytest.mark.parametrize("body", [
    "The navy showed off two new missiles at the harbour on Sunday.",
    "A large stock of rockets was kept in a cave above the valley.",
])
def test_munitions_named_without_use_are_no_event(events, body):
    assert events(body) == []


def test_an_explosion_someone_set_off_is_an_event(events):
    event = main(events("A man set off an explosion outside the post office in the border town."))
    assert acled(event)[0] == "Explosions/Remote violence"


def test_a_weapon_fired_towards_a_place_is_part_of_the_firing(events):
    found = events("Soldiers at the hill post fired 82 mm mortars towards the farms below the ridge. "
                   "The number of casualties is not known.")
    assert [acled(e) for e in found] == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


@pytest.mark.parametrize("body, expected", [
    ("Gunmen fires rockets at a fuel convoy on the northern highway.", "Explosions/Remote violence"),
    ("Youth militia lynch four alleged witches in a hill village.", "Riots"),
    ("Striking nurses were tear-gassed by police outside the health ministry.", "Protests"),
])
def test_verbs_of_telegraphic_and_hyphenated_reports(events, body, expected):
    assert acled(main(events(body)))[0] == expected


@pytest.mark.parametrize("body", [
    "Earlier truces between the two militias broke down within days.",
    "Past ceasefires in the region have rarely held.",
])
def test_earlier_events_named_in_general_are_no_event(nlp, body):
    assert not any(e["type"] == "AGREE" for e in run_events(nlp, LEAD + body))


def test_a_verb_the_tagger_read_as_an_adjective_with_its_own_subject_is_an_event(nlp):
    """"members of Chhatra Dal (JCD) assaulted members of ...": the tagger reads "assaulted" as an
    adjective of the noun after it, but it has a subject: the sentence's verb and its event."""
    events = run_events(nlp, "On 4 October 2023, members of Chhatra Dal (JCD) assaulted members of Chhatra Odhikar "
                             "at the university campus.", parse_header=False)
    assert [e["trigger"]["text"] for e in events] == ["assaulted"]


def test_what_a_fight_was_over_is_no_event_of_its_own(events):
    found = events("Supporters of two party factions clashed in the town hall on Sunday over chanting slogans and "
                   "blocking the main road. At least 12 people were injured.")
    assert [e["trigger"]["text"] for e in found] == ["clashed"]


def test_throwing_a_firebomb_is_an_attack(nlp):
    found = run_events(nlp, "Unknown assailants threw a firebomb at the local party office on Saturday night, police "
                            "said.\n")
    assert [e["trigger"]["text"] for e in found if e["modality"] == "asserted"][:1] == ["threw"]


def test_a_noun_modifier_after_and_is_no_misread_verb(events):
    """"attacks on markets and aid warehouses": "aid" modifies "warehouses" in a list of nouns, no aid
    given (nor is the trend of attacks an incident)."""
    assert events("Attacks on markets and aid warehouses have risen in the centre of the country since December.") == []
