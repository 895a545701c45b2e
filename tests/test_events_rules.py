"""Rule families of the events extractor, each on sentences written for these tests: typing by
context, merging and separation, main-event choice, reporting policy, modality, linking."""

from __future__ import annotations

import pytest

from event_runs import acled_of as acled, main_event as main, run_events


@pytest.fixture
def events(nlp):
    return lambda text, places=(): run_events(nlp, text, places=places)


# --- typing from the context


@pytest.mark.parametrize("text, expected", [
    ("A mob beat a suspected thief to death in the market.", ("Riots", "Mob violence")),
    ("Angry residents set fire to the police station after a man died in custody.",
     ("Riots", "Violent demonstration")),
    ("Rival party supporters clashed outside the polling station.", ("Riots", "Mob violence")),
    ("Armed youths attacked a village and killed three farmers.", ("Violence against civilians", "Attack")),
])
def test_violence_by_crowds_is_rioting_unless_they_are_armed(events, text, expected):
    assert acled(main(events(text))) == expected


def test_arrests_at_a_protest_are_an_intervention(events):
    found = events("Police arrested twelve people during a protest against fuel prices in the capital.")
    assert acled(main(found)) == ("Protests", "Protest with intervention")


def test_forces_that_did_not_intervene_leave_a_peaceful_protest(events):
    found = events("Hundreds of retired soldiers rallied in the capital on Tuesday to demand higher pensions. "
                   "Army troops were deployed around the square but did not intervene.")
    event = main(found)
    assert acled(event) == ("Protests", "Peaceful protest")
    assert [a["sector"] for a in event["actor"]] == ["CVL"]  # retired soldiers are no military force


def test_a_protest_that_burns_tyres_is_a_riot(events):
    event = events("Hundreds of traders protested over new taxes and burned tyres on the main road.")[0]
    assert (event["type"], acled(event)) == ("PROTEST", ("Riots", "Violent demonstration"))


def test_gas_explosion_is_an_accident(events):
    event = main(events("A gas cylinder explosion at a restaurant killed four people."))
    assert event["type"] == "OTHER" and event["killed"] == 4


@pytest.mark.parametrize("text, expected", [
    ("Rebels captured the town of Mora after heavy fighting.",
     ("Battles", "Non-state actor overtakes territory")),
    ("Government troops retook the town from the rebels.", ("Battles", "Government regains territory")),
    ("Soldiers seized weapons and ammunition from a hideout.", ("Strategic developments", "Disrupted weapons use")),
    ("Police defused a bomb found under a bridge.", ("Strategic developments", "Disrupted weapons use")),
])
def test_captures_and_seizures(events, text, expected):
    assert acled(main(events(text))) == expected


def test_the_sharper_word_of_a_sentence_types_an_attack(events):
    event = main(events("Gunmen attacked the border post and clashed with soldiers for hours."))
    assert acled(event) == ("Battles", "Armed clash")


def test_telegraphic_notes_still_give_an_event(events):
    event = main(events("Bandits attack village"))
    assert event["type"] == "ASSAULT" and [a["name"] for a in event["actor"]] == ["Bandits"]


@pytest.mark.parametrize("text", [
    "Armed men raped two women who had gone to collect firewood near the camp.",
    "Soldiers are accused of raping girls at a checkpoint outside the town.",
])
def test_an_inflected_verb_the_lemmatizer_misreads_still_triggers(events, text):
    event = main(events(text))
    assert (event["type"], event["mode"], acled(event)) == ("ASSAULT", "sexual", ("Violence against civilians",
                                                                                  "Sexual violence"))


def test_a_death_toll_without_a_trigger_is_an_event(events):
    event = main(events("Eight bodies were found in a forest near the village. Seven people died."))
    assert event["type"] == "ASSAULT" and event["killed"] is not None


# --- one incident, one event; different actions apart


def test_a_restatement_with_the_same_toll_merges(events):
    found = events("Fighter jets bombed a market, killing 14 people.\n"
                   "Witnesses said 14 people were killed in an air strike on the crowded market.\n")
    assert len([e for e in found if e["type"] == "ASSAULT"]) == 1


def test_what_happened_after_an_event_is_another_event(events):
    found = events("Hours after the bombing, protesters marched to the governor's office.")
    assert {e["type"] for e in found} == {"ASSAULT", "PROTEST"}
    assert main(found)["type"] == "PROTEST"


def test_a_relative_clause_is_another_event(events):
    found = events("Troops fired on insurgents who had seized the police station.")
    assert len(found) == 2


def test_a_separate_attack_stays_separate(events):
    found = events("Militants attacked a convoy on the highway.\n"
                   "In a separate attack, militants attacked a convoy near the river.\n")
    assert len(found) == 2


def test_two_nouns_of_one_act_in_a_sentence_are_one_event(events):
    found = events("The death toll from a truck bombing at the police headquarters in Kandahar rose to nine on "
                   "Friday, with more than 40 others wounded in a major militant assault.\n")
    assert len(found) == 1
    assert (found[0]["trigger"]["text"], found[0]["killed"], found[0]["wounded"]) == ("bombing", 9, 40)


def test_acts_in_coordinated_clauses_stay_apart(run_cli):
    _, records = run_cli("-", input="A roadside bomb killed six soldiers in northern Burkina Faso, troops in Niger "
                         "fought off an attack on a border post and Malian police arrested 14 people in Bamako, "
                         "officials said. The troops killed 17 of the attackers.\n")
    found = [(e["trigger"]["text"], e["killed"]) for e in records[0]["events"] if e["type"] == "ASSAULT"]
    assert found == [("bomb", 6), ("attack", 17)]


def test_what_a_blast_smashed_is_its_damage_not_another_event(events):
    found = events("A suicide bombing at a market in Maiduguri killed 12 people on Monday. The explosion, followed "
                   "by gunfire, shook the city, smashing windows of nearby shops.\n")
    assert [(e["trigger"]["text"], acled(e)) for e in found] == [
        ("suicide bombing", ("Explosions/Remote violence", "Suicide bomb"))]


def test_a_weapon_of_another_event_in_the_sentence_does_not_type_this_one(events):
    found = events("Gunmen attacked a village near Gusau on Sunday, two days after an airstrike on a camp in the "
                   "area killed 8.\n")
    attack = next(e for e in found if e["trigger"]["text"] == "attacked")
    assert attack["mode"] != "aerial" and acled(attack)[0] != "Explosions/Remote violence"


def test_a_count_the_parser_hung_on_a_day_name_is_the_toll(events):
    found = events("The death toll from a car bombing near a checkpoint in Mosul rose to at least six Friday.\n")
    assert main(found)["killed"] == 6


# --- main event and what is reported


def test_headline_main_clause_wins_over_its_background(events):
    text = ("Workers block highway after clashes with police\nThe Outlet\nMon, 04 Mar 2024 10:00 UTC\n"
            "Striking workers clashed with police on Sunday.\n"
            "On Monday, hundreds of workers blocked the main highway.\n")
    assert main(events(text))["type"] == "PROTEST"


def test_without_headline_the_lead_sentence_root_is_main(events):
    found = events("The government complained to the United Nations about two air strikes on its border.")
    assert main(found)["type"] == "ACCUSE"


def test_statements_around_an_incident_are_not_reported(events):
    found = events("Gunmen killed six villagers on Sunday. The governor condemned the attack and urged calm.")
    assert [e["type"] for e in found] == ["ASSAULT"]


def test_minor_acts_are_reported_only_as_main(events):
    assert main(events("The ministry handed over food to the displaced families."))["type"] == "AID"
    found = events("Rebels shelled the city. The ministry later handed over food to the displaced families.")
    assert [e["type"] for e in found] == ["ASSAULT"]


def test_refusing_to_accept_is_a_rejection(events):
    event = main(events("The government will not accept any more refugees."))
    assert (event["type"], event["modality"]) == ("REJECT", "asserted")


# --- modality


@pytest.mark.parametrize("text, trigger", [
    ("The country sent 500 soldiers to fight the insurgents.", "fight"),
    ("They accused the army of shelling the village.", "shelling"),
    ("If the talks fail, the rebels would attack the capital.", "attack"),
])
def test_aims_and_allegations_are_not_asserted(events, text, trigger):
    found = events("Police arrested two men in the capital on Monday.\n" + text)
    event = next((e for e in found if e["trigger"]["text"] == trigger), None)
    assert event is None or event["modality"] != "asserted"


def test_bracketed_negation_does_not_negate(events):
    event = main(events("Herders clashed with farmers (the exact date was not reported) near the river."))
    assert event["modality"] == "asserted"


# --- linking


def test_body_wire_dateline_is_no_actor(events):
    event = main(events("KANO, Nigeria, 5 May 2024 — Gunmen killed four traders at a market."))
    assert [a["name"] for a in event["actor"]] == ["Gunmen"]


def test_a_place_across_the_border_is_not_the_location(events):
    text = "Soldiers clashed with smugglers near the border with Chad."
    places = [{"text": "Chad", "start": text.index("Chad"), "end": text.index("Chad") + 4, "name": "Chad",
               "country": "TD", "admin1": None, "lat": 15.0, "lon": 19.0, "geonames_id": 1, "feature": "country"}]
    assert main(events(text, places))["location"] is None or main(events(text, places))["location"]["text"] is None


# --- speakers and abductions


@pytest.mark.parametrize("text", [
    "Armed men stormed a village market on Friday and kidnapped 14 traders and two drivers, police and "
    "witnesses said.",
    "Gunmen raided a farming settlement at night and abducted 30 women and children, local officials and a "
    "community leader told reporters.",
    "Police said gunmen kidnapped nine farmers near the river.",
])
def test_who_reports_an_event_takes_no_part_in_it(events, text):
    event = main(events(text))
    names = {a["name"].lower() for a in event["actor"] + event["recipient"]}
    names |= {(c["who"] or "").lower() for c in event["casualties"]}
    assert not names & {"police", "witnesses", "officials", "local officials", "community leader"}
    assert event["actor"] and event["recipient"]


@pytest.mark.parametrize("text, expected", [
    ("Armed men stormed a village market on Friday and kidnapped 14 traders and two drivers, police and "
     "witnesses said.", ("abduct", ("Violence against civilians", "Abduction/forced disappearance"))),
    ("Gunmen raided a farming settlement at night and abducted 30 women and children, local officials said.",
     ("abduct", ("Violence against civilians", "Abduction/forced disappearance"))),
    ("Gunmen attacked the village, killed 12 farmers and abducted five women.",
     (None, ("Violence against civilians", "Attack"))),
    ("The militants attacked an army checkpoint and abducted three soldiers, a military source said.",
     (None, ("Battles", "Armed clash"))),
])
def test_an_attack_told_as_the_taking_of_civilians_is_an_abduction(events, text, expected):
    event = main(events(text))
    assert (event["mode"], acled(event)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nurses strike over unpaid wages at public hospitals\nThousands of nurses stayed away from work on Monday.",
     ("PROTEST", ("Protests", "Peaceful protest"))),
    ("Militants strike army base in the north\nThe attackers fired rockets at the base before dawn, a union "
     "of local traders said.", ("ASSAULT", ("Explosions/Remote violence", "Shelling/artillery/missile attack"))),
])
def test_strike_as_a_verb_is_a_stoppage_only_without_a_target_or_arms(events, text, expected):
    event = events(text)[0]
    assert (event["type"], acled(event)) == expected


def test_a_village_the_tagger_takes_for_an_organisation_is_the_events_place(run_cli):
    _, records = run_cli("-", input="On 15 March 2020, a bomb planted by Taliban killed 2 Afghan soldiers, in Khak "
                                    "Chopan of Maywand district, Kandahar.\n")
    location = main(records[0]["events"])["location"]
    assert (location["name"], location["admin1"], location["country"]) == ("Khak Chopan", "Kandahar", "AF")


@pytest.mark.parametrize("text, expected", [
    ("The army lifted the curfew in the city on Monday.", "CONCEDE"),
    ("The government eased emergency measures in the northern province on Wednesday.", "CONCEDE"),
    ("The interior ministry shortened the nightly curfew by two hours.", "CONCEDE"),
    ("Troops lifted the siege of the rebel-held town on Friday.", "RETREAT"),
])
def test_a_measure_eased_is_a_concession_not_an_imposition(events, text, expected):
    found = events(text)
    assert [e["type"] for e in found] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The governor allowed the opposition party to hold its rally in the stadium on Sunday.", "CONCEDE"),
    ("The governor said he will allow the opposition party to hold its rally in the stadium.", "AGREE"),
])
def test_allowing_is_a_concession_and_promising_to_allow_an_agreement(events, text, expected):
    assert [e["type"] for e in events(text) if e["main"]] == [expected]


def test_a_measure_imposed_stays_an_imposition(events):
    assert [e["type"] for e in events("The army imposed a curfew on the city on Monday.")] == ["COERCE"]


@pytest.mark.parametrize("text", [
    "A team of security officers escaped an IED explosion unhurt near Wajir on Monday.",
    "Four police officers escaped death when their vehicle drove over a buried explosive near Mandera.",
])
def test_a_blast_people_escaped_is_an_explosion(events, text):
    assert acled(main(events(text))) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_explosives_packed_in_a_defused_bomb_did_not_go_off(events):
    found = events("Police defused a car bomb packed with about 40 kg of explosives outside a bank in Cali on Monday.")
    assert [acled(e) for e in found] == [("Strategic developments", "Disrupted weapons use")]


@pytest.mark.parametrize("text, killed", [
    ("A group of men killed a mason in the village on Sunday.", 1),
    ("Unknown gunmen murdered a herbalist outside his home.", 1),
    ("Raiders killed a goat and stole cattle near the river.", None),
])
def test_whoever_a_killing_verb_killed_is_a_victim(events, text, killed):
    assert main(events(text))["killed"] == killed


def test_a_death_that_sparked_a_protest_is_not_its_toll(events):
    event = main(events("The death of a student in police custody sparked protests on the campus on Monday."))
    assert (event["type"], event["killed"]) == ("PROTEST", None)


def test_his_death_counts_one_and_wounds_he_died_of_count_none(events):
    beaten = main(events("Police beat a student at the university, causing his death."))
    assert beaten["killed"] == 1
    died = main(events("A prosecutor died from his wounds after security forces stormed the office."))
    assert (died["killed"], died["wounded"]) == (1, None)


@pytest.mark.parametrize("text, expected", [
    ("Malawi has established diplomatic ties with Qatar, the foreign ministry said on Wednesday.", "SUPPORT"),
    ("The two countries restored diplomatic relations after a decade.", "SUPPORT"),
    ("The army established a base near the border.", "MOBILIZE"),
])
def test_diplomatic_ties_established_are_support(events, text, expected):
    assert main(events(text))["type"] == expected


@pytest.mark.parametrize("text", [
    "Gunmen attacked a village near the border, killing two soldiers and five civilians.",
    "Militiaman killed as Ukraine attacks DPR positions on Donetsk outskirts",
    "Army captain killed as guerrillas attack a bridge in southwestern Colombia",
    "Unknown gunmen shot and killed 1 council member in addition to 3 of his guards in the district.",
])
def test_armed_victims_make_an_attack_a_battle(events, text):
    assert acled(main(events(text)))[0] == "Battles"


def test_gunmen_killing_villagers_stay_an_attack_on_civilians(events):
    assert acled(main(events("Gunmen attacked a village near the border, killing five civilians.")))[0] == \
        "Violence against civilians"


@pytest.mark.parametrize("text, expected", [
    ("A girl was sexually assaulted by soldiers at a checkpoint, rights groups said.",
     ("Violence against civilians", "Sexual violence")),
    ("A teacher molested a pupil in a classroom at the village school.", ("Violence against civilians", "Sexual violence")),
    ("A woman wearing an explosive vest blew herself up at a crowded market, killing 12 people.",
     ("Explosions/Remote violence", "Suicide bomb")),
    ("Government helicopters dropped barrel bombs on the town, killing nine.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("Authorities imposed a dusk-to-dawn curfew in the city after two days of unrest.",
     ("Strategic developments", "Other")),
])
def test_kinds_of_violence_named_in_other_words(events, text, expected):
    assert acled(main(events(text))) == expected


def test_dropping_charges_is_no_attack(events):
    assert not any(e["type"] == "ASSAULT" for e in events("Prosecutors dropped the charges against the activists."))


@pytest.mark.parametrize("text, expected", [
    ("Troops and insurgents traded gunfire for several hours on the outskirts of the town on Saturday.",
     ("Battles", "Armed clash")),
    ("Security forces said they had restored control over the district after driving out the militants.",
     ("Battles", "Government regains territory")),
    ("A suicide attacker rammed an explosives-laden car into the gate of a military base.",
     ("Explosions/Remote violence", "Suicide bomb")),
    ("Residents held a candlelight vigil to demand justice for the slain activist.", ("Protests", "Peaceful protest")),
    ("Police broke up a demonstration by opposition supporters and arrested 20 people.",
     ("Protests", "Protest with intervention")),
])
def test_more_ways_of_telling_events(events, text, expected):
    assert acled(main(events(text))) == expected


def test_coordinated_demonyms_name_the_forces_of_each_country(events):
    event = main(events("Thai and Cambodian troops traded gunfire along the border on Friday, leaving six dead."))
    assert {a["name"] for a in event["actor"]} == {"Military Forces of Thailand", "Military Forces of Cambodia"}


def test_a_gunfight_during_a_bomb_attack_is_the_same_incident(events):
    found = events("Attackers stormed a police station in the town before dawn.\n"
                   "Police and the attackers exchanged fire for two hours.\n"
                   "The attackers also threw bombs at the building, wounding 13 officers.\n")
    assert len([e for e in found if e["type"] == "ASSAULT"]) == 1


@pytest.mark.parametrize("text", [
    "The teachers' union announced on Thursday that it had called off a four-day strike after talks with the government.",
    "Opposition parties called off the planned march on parliament.",
])
def test_calling_off_a_protest_is_a_concession(events, text):
    assert [e["type"] for e in events(text) if e["main"]] == ["CONCEDE"]


@pytest.mark.parametrize("text", [
    "Two groups of villagers clashed using sharp weapons over a land dispute, injuring 15 people.",
    "Two factions of the ruling party's student wing clashed on the campus, leaving 20 injured.",
    "Activists of the two main parties clashed in the bazaar, injuring six.",
])
def test_crowds_with_blades_and_party_factions_are_mob_violence(events, text):
    assert acled(main(events(text))) == ("Riots", "Mob violence")


def test_the_wounded_who_died_are_an_update_of_the_attack_not_an_event(nlp):
    text = ("Death toll from church attack rises to 23\nNorthern Courier\nMonday, June 10, 2024\n"
            "The death toll from Sunday's attack on a church in the state has risen to 23, police said on Monday, "
            "after six of the wounded died in hospital.\n"
            "Gunmen on motorcycles opened fire on worshippers during morning mass in the village, initially killing "
            "17 people and wounding more than 30, a police spokesman said.\n")
    found = run_events(nlp, text)
    assert [(e["killed"], e["wounded"]) for e in found if e["type"] == "ASSAULT"] == [(23, 30)]


def test_the_place_of_a_wire_dateline_is_no_victim(nlp):
    text = ("Clashes in central Mali leave dozens dead\nSahel Wire\nTuesday, April 2, 2024\n"
            "BAMAKO - At least 37 people were killed in clashes between herders and farmers in central Mali "
            "over the weekend, the government said on Monday.\n")
    assert main(run_events(nlp, text))["killed"] == 37


def test_a_later_mention_names_the_town_of_an_event_placed_in_a_country(run_cli, tmp_path):
    article = tmp_path / "ambush.txt"
    article.write_text("Gunmen kill police officers in Burkina Faso ambush\nWest Africa Today\nFriday, May 17, 2024\n"
                       "OUAGADOUGOU - Suspected jihadists ambushed a police patrol in northern Burkina Faso on "
                       "Thursday, killing seven officers, security sources said.\n"
                       "Two other officers were missing after the attack near the town of Djibo, one source said.\n")
    _, records = run_cli(str(article))
    location = main(records[0]["events"])["location"]
    assert (location["name"], location["country"]) == ("Djibo", "BF")


def test_the_subject_of_a_headline_read_as_one_noun_phrase_is_its_actor(run_cli, tmp_path):
    article = tmp_path / "butembo.txt"
    article.write_text("Protesters torch government offices in eastern Congo town\nGreat Lakes Report\n"
                       "Thursday, October 3, 2024\n"
                       "Hundreds of protesters set fire to government offices in the town of Butembo on Wednesday after "
                       "a local activist was shot dead, residents said.\n"
                       "The activist was killed by unknown gunmen outside his home late on Tuesday.\n")
    _, records = run_cli(str(article))
    event = main(records[0]["events"])
    assert (event["trigger"]["text"], event["type"]) == ("set fire", "PROTEST")


def test_taking_control_of_a_town_is_taking_territory(events):
    event = main(events("The paramilitary forces said on Sunday they had taken control of the town after three days "
                        "of fighting with the army. Residents said dozens of civilians had been killed and thousands "
                        "had fled."))
    assert acled(event) == ("Battles", "Non-state actor overtakes territory")


def test_a_hyphenated_name_before_an_event_noun_is_one_actor(nlp):
    """"al-Shabaab attack": the parse may hang each word of the name on the noun; it is one actor."""
    found = run_events(nlp, "Two soldiers killed in al-Shabaab attack on base", parse_header=False)
    assert [a["name"] for a in main(found)["actor"]] == ["Al Shabaab"]


def test_a_resignation_needs_no_armed_party(events):
    """Withdrawals and deployments are moves of armed forces; anyone resigning retreats."""
    found = events("Joseph Tamba resigned on Friday, a week after the fire at the city hospital.")
    assert [e["type"] for e in found if e["main"]] == ["RETREAT"]


@pytest.mark.parametrize("text", [
    "Rebels launched the planned offensive on the town on Monday.",
    "The army mounted its long-threatened assault on the rebel stronghold at dawn.",
])
def test_an_event_a_verb_carries_out_happened_whatever_its_adjectives_say(events, text):
    event = main(events(text))
    assert (event["type"], event["modality"]) == ("ASSAULT", "asserted")


@pytest.mark.parametrize("text, plover", [
    ("The government said it will withdraw its soldiers from the border unless the rebels sign the truce.",
     "THREATEN"),
    ("The government said it will withdraw its soldiers from the border next month.", "AGREE"),
])
def test_a_promise_on_a_condition_is_a_threat(events, text, plover):
    assert [e["type"] for e in events(text) if e["main"]] == [plover]


def test_a_verb_that_only_carries_the_event_its_object_names_is_no_event_of_its_own(events):
    """"hosted a protest demonstration": one protest, not also a meeting the union hosted;
    "hosted the Somali president" is the meeting."""
    found = events("Members of the teachers' union hosted a protest demonstration outside the ministry in Lusaka.")
    assert [e["type"] for e in found] == ["PROTEST"]
    assert [e["type"] for e in events("Kenya hosted the Somali president in Nairobi on Monday.")] == ["CONSULT"]


@pytest.mark.parametrize("text, trigger", [
    ("The government suspended talks with the rebels after the ambush on the convoy.", "suspended"),
    ("The Kenyan president cancelled his state visit to Juba on Tuesday.", "cancelled"),
    ("Regional leaders ended their mediation mission in the capital on Friday.", "mediation"),
])
def test_halting_talks_a_visit_or_mediation_is_a_sanction_and_the_halted_act_no_event(events, text, trigger):
    """Halting a cooperative act reduces relations (SANCTION); the talks, visit or mediation did not take place."""
    found = [e for e in events(text) if e["type"] in ("SANCTION", "CONSULT")]
    assert [(e["type"], e["trigger"]["text"]) for e in found] == [("SANCTION", trigger)]


def test_an_undertaking_named_by_its_event_noun_is_that_event(events):
    """"a mediation effort": the modifier names the act, which a compound noun otherwise is not."""
    assert [e["type"] for e in events("Nigeria's former president started a mediation effort in the border dispute.")] \
        == ["CONSULT"]


@pytest.mark.parametrize("text, expected", [
    ("The army imposed a blockade on the rebel-held port towns on Monday.",
     ("COERCE", ("Strategic developments", "Other"))),
    ("Police blocked the road to the airport on Tuesday.", ("COERCE", ("Strategic developments", "Other"))),
    ("Troops reimposed a blockade on the island's two ports after the mutiny, the navy said.",
     ("COERCE", ("Strategic developments", "Other"))),
    ("Hundreds of farmers blocked the road to the airport on Tuesday.", ("PROTEST", ("Protests", "Peaceful protest"))),
])
def test_a_blockade_by_state_forces_restricts_movement_and_one_by_civilians_is_a_protest(events, text, expected):
    event = main(events(text))
    assert (event["type"], acled(event)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The health ministry accepted the junior doctors' demands after a week-long strike.", "CONCEDE"),
    ("The cabinet accepted the offer of talks from the rebel movement.", "AGREE"),
])
def test_accepting_demands_is_a_concession(events, text, expected):
    assert [e["type"] for e in events(text) if e["main"]] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Army helicopters evacuated dozens of injured villagers from the besieged district on Sunday.", "AID"),
    ("Soldiers evacuated the wounded from the front line on Sunday.", "AID"),
    ("The troops evacuated their base near the river on Sunday.", "RETREAT"),
])
def test_evacuating_people_is_aid_and_evacuating_a_position_a_retreat(events, text, expected):
    assert [e["type"] for e in events(text) if e["main"]] == [expected]


def test_offering_troops_for_peacekeeping_is_an_agreement(events):
    found = events("Ghana says it is prepared to contribute engineers to the UN mission in Lebanon.")
    assert [e["type"] for e in found if e["main"]] == ["AGREE"]


@pytest.mark.parametrize("text, expected", [
    ("Mob lynches man accused of stealing a phone", ("lynches", ("Riots", "Mob violence"))),
    ("Prison guards in Kamiti flogged inmates who refused to work.", ("flogged", ("Violence against civilians", "Attack"))),
])
def test_a_verb_the_parser_took_for_a_noun_or_a_modifier_is_the_sentences_event(events, text, expected):
    """Telegraphic lines the parser reads without a verb: "lynches" as a plural noun, "flogged" as
    a modifier of the noun after it."""
    event = main(events(text))
    assert (event["trigger"]["text"], acled(event)) == expected


def test_a_participle_after_a_determiner_stays_a_modifier(events):
    assert events("New blankets for the flogged inmates of Kamiti") == []


@pytest.mark.parametrize("text, trigger", [
    ("Two boys herding goats stepped on a mine near the old army post.", "stepped"),
    ("A minibus hit a mine on the road to Kalemie on Tuesday, killing four passengers.", "hit"),
])
def test_a_mine_stepped_on_or_hit_is_a_landmine_explosion(events, text, trigger):
    event = main(events(text))
    assert (event["trigger"]["text"], acled(event)) == (
        trigger, ("Explosions/Remote violence", "Remote explosive/landmine/IED"))


def test_a_mine_that_is_a_pit_is_no_weapon(events):
    found = events("Rebels attacked a gold mine near the border on Monday, killing two guards.")
    assert acled(main(found))[0] != "Explosions/Remote violence"


@pytest.mark.parametrize("text", [
    "Cattle raiders struck a settlement near Lokori, triggering a gunfight with local reservists in which one "
    "raider died.",
    "On 2 June 2021, gunmen attacked a police post in Gidami, prompting armed clashes with the police. One "
    "policeman was killed in the clash.",
])
def test_an_attack_that_sparks_clashes_is_one_armed_clash(events, text):
    """The clashes an attack sets off there and then are the same incident, fought by both sides;
    its toll is the incident's."""
    event = main(events(text))
    assert (acled(event), event["killed"]) == (("Battles", "Armed clash"), 1)


def test_a_protest_a_killing_set_off_stays_its_own_event(events):
    found = events("The killing of a trader by police sparked protests in the town on Monday.")
    assert sorted(e["type"] for e in found) == ["ASSAULT", "PROTEST"]


@pytest.mark.parametrize("text, expected", [
    ("Supporters of a councillor vandalised the office of his rival in the market town on Sunday.", "Mob violence"),
    ("Students protesting fee increases vandalised the office of the vice chancellor on Sunday.",
     "Violent demonstration"),
])
def test_vandalism_is_a_violent_demonstration_only_in_a_demonstration(events, text, expected):
    assert acled(main(events(text))) == ("Riots", expected)


@pytest.mark.parametrize("text, expected", [
    ("Two masked men armed with rifles shot a shopkeeper in the town centre on Monday.", ["ASSAULT"]),
    ("Police said the residents were not armed.", []),
    ("The government armed local militias in the north last year.", ["MOBILIZE"]),
    ("Local militias were armed by the army in the north.", ["MOBILIZE"]),
])
def test_armed_as_a_state_is_no_arming(events, text, expected):
    """"men armed with pistols" describes the men; arming is an act only with an object or an agent."""
    assert [e["type"] for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Twin blasts tore through a religious procession in the old city, killing 11 pilgrims.", ["ASSAULT"]),
    ("Thousands joined the funeral procession of the slain leader on Monday.", []),
    ("Party activists brought out a procession in the town demanding the release of their leader.", ["PROTEST"]),
    ("Students took out a procession against the fee hike on Monday.", ["PROTEST"]),
])
def test_a_procession_is_a_protest_only_with_a_cause(events, text, expected):
    assert [e["type"] for e in events(text)] == expected


def test_a_report_that_a_speaker_dismisses_is_denied(events):
    """"dismissed messages on social media claiming the insurgents had taken control of the village":
    the capture is a rumour the commander denies, not an event that happened."""
    found = events("The police commander dismissed messages circulating on social media claiming the insurgents had "
                   "taken control of Mahurunga.")
    taking = next(e for e in found if e["trigger"]["text"].startswith("taken"))
    assert taking["modality"] == "negated"


def test_a_town_described_as_blockaded_is_no_protest_near_a_strike(events):
    """"the blockaded town of Djibo" names a state of the town: no protest that would make the
    strike's victims protesters."""
    event = main(events("Drone strikes on Monday killed several dozen Islamist militants who were massing near the "
                        "village of Gaskinde, on the main supply road to the blockaded northern town of Djibo."))
    assert acled(event) == ("Explosions/Remote violence", "Air/drone strike")


def test_a_later_estimate_of_the_dead_is_the_strike_s_toll(events):
    """"put the number of dead at about 40" estimates the toll of the strike told before it, past an
    ambush the militants were only preparing."""
    found = events("Drone strikes killed several dozen militants on Monday near Gaskinde. The strikes were carried "
                   "out after surveillance spotted fighters preparing to ambush a supply convoy, the army said. "
                   "A security source in Djibo put the number of dead at about 40.")
    assert [(e["trigger"]["text"], e["killed"]) for e in found if e["modality"] == "asserted"] == \
        [("Drone strikes", 40)]


@pytest.mark.parametrize("text", [
    "Gunmen believed to belong to the Islamic State group killed at least 22 civilians in the village of Inekar on "
    "Saturday.",
    "Men thought to be bandits killed five farmers in their fields near Tsafe on Monday.",
])
def test_a_hedge_on_who_did_it_does_not_hedge_the_act(events, text):
    """"Gunmen believed to belong to X killed ...": the parser makes "believed" the verb of the clause,
    but the killing happened, by the gunmen."""
    event = main(events(text))
    assert (event["type"], event["modality"], acled(event)) == \
        ("ASSAULT", "asserted", ("Violence against civilians", "Attack"))
    assert event["actor"][0]["text"].lower() in ("gunmen", "men")


def test_a_description_of_the_source_is_no_target(events):
    found = events("The assailants set fire to granaries, according to an official of the Movement for the "
                   "Salvation of Azawad (MSA), a pro-government armed group drawn from the Daoussahak community.")
    assert [r["text"] for r in main(found)["recipient"]] == ["granaries"]


@pytest.mark.parametrize("text, expected", [
    ("Militants armed with machine guns and rocket-propelled grenades attacked an army checkpoint on Monday, killing "
     "seven soldiers.", ("Battles", "Armed clash")),
    ("Militants fired rocket-propelled grenades at an army checkpoint on Monday, killing seven soldiers.",
     ("Explosions/Remote violence", None)),
])
def test_the_weapons_attackers_carry_do_not_make_a_ground_attack_a_shelling(events, text, expected):
    """Grenades fired are the means; grenades carried ("armed with") are kit."""
    found = acled(main(events(text)))
    assert found == expected if expected[1] else found[0] == expected[0]


@pytest.mark.parametrize("text, expected", [
    # where the victims were when the strike hit them, not where the road they were on leads
    ("Drone strikes on Monday killed several dozen militants who were massing near the village of Gaskinde, on the "
     "main supply road to the town of Djibo.", "Gaskinde"),
    # a state is no person: "the state of X" is where it happened, not whom an official serves
    ("Gunmen shot dead a police officer in the state of Enugu in southeast Nigeria on Saturday.", "Enugu"),
    # the cattle camps are near Duk Padiet; Bor is only where the commissioner spoke
    ("BOR, South Sudan — At least 32 people were killed when armed youths attacked cattle camps near Duk Padiet in "
     "Jonglei state on Wednesday, officials said.\n\nThe county commissioner told reporters in Bor that 26 "
     "residents and six of the attackers died in fighting that lasted most of the day.", "Duk Padiet"),
])
def test_the_scene_of_an_attack(run_cli, text, expected):
    _, records = run_cli("-", input=text + "\n")
    assert next(e for e in records[0]["events"] if e["main"])["location"]["name"] == expected


@pytest.mark.parametrize("text, expected", [
    ("Police and soldiers detained 31 suspected members of a gang in a series of raids before dawn on Wednesday in "
     "the port city.", ["COERCE"]),
    ("Police have detained 300 people in a series of raids since January.", []),
])
def test_a_series_of_raids_on_one_day_is_one_operation(events, text, expected):
    """"a series of raids" over months is a total; on a day it is the operation the arrests were made in."""
    assert [e["type"] for e in events(text)] == expected
