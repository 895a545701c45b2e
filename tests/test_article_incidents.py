"""Which incidents a full report tells and which one it is about, on reports written for these tests:
a headline matches the body event it tells even when the two are typed differently, a new event the
text dates weeks back is not today's, a group's aim is no event, an act "due to" happen is a plan,
and every act of a sentence framed as "a separate incident" stays apart from the report's incident."""

from __future__ import annotations

from datetime import date

import pytest

from article2json.extractors.events.scene import weeks_before
from event_runs import main_event, run_events, with_dates, with_dates_and_places


def _report_text(headline: str, body: str, town: str) -> str:
    return f"{headline}\nThe Lakeside Courier\n{town}, Oct 14, 2025 -\n{body}\n"  # a Tuesday


def report(nlp, headline: str, body: str, town: str = "TAMALA") -> list[dict]:
    found = run_events(nlp, _report_text(headline, body, town), before=with_dates)
    return [e for e in found if e["modality"] == "asserted"]


def placed_report(nlp, headline: str, body: str, town: str) -> list[dict]:
    """The events of a report, with the places extractor run first."""
    return run_events(nlp, _report_text(headline, body, town), before=with_dates_and_places)


TARABA_CLASH = ("Residents said 12 people were killed on Monday in a communal clash at Angwan Rimi Ward in Wukari LGA "
                "of Taraba State.")


MARCH = ("Police shot dead two marchers and wounded at least nine on Tuesday as they broke up an anti-government "
         "rally in the western city of Kisumu, a rights group said.\n"
         "The police oversight authority said it had opened an inquiry into the shootings. Police said officers "
         "had acted in self-defence after the crowd attacked a police station in the Nyalenda area with stones.\n"
         "Hundreds of young people had gathered in the city centre in the morning to demand the resignation of "
         "the governor, chanting slogans and blocking roads with rocks.\n"
         "Protests also took place in Nairobi, Mombasa and Nakuru, where police used tear gas to disperse crowds. "
         "No deaths were reported outside Kisumu.\n"
         "Last month, at least 20 people were killed in protests against a new tax law, according to a rights "
         "group.")


def test_the_headline_picks_the_body_event_it_tells_though_typed_otherwise(nlp):
    event = main_event(report(nlp, "Two marchers shot dead as police break up rally in Kisumu", MARCH, "KISUMU, Kenya"))
    assert event["trigger"]["text"] == "shot" and event["killed"] == 2


def test_unrest_that_also_flared_in_another_town_is_another_incident(nlp):
    """"Unrest also flared in Bonoua, about 60 km east of Abidjan": near, but told as another occurrence."""
    found = placed_report(nlp, "Police fire tear gas at opposition protest",
                          "Hundreds of opposition supporters took to the streets of Abidjan's Yopougon district on "
                          "Thursday to protest against a third term for the president.\nUnrest also flared in "
                          "Bonoua, about 60 km east of Abidjan, on Thursday.", "ABIDJAN, Ivory Coast")
    assert sorted(e["location"]["name"] for e in found if e["type"] == "PROTEST") == ["Bonoua", "Yopougon"]


def test_a_headline_verb_the_parser_made_a_noun_still_names_the_news(nlp):
    """"Police detain scores as opposition march is blocked": "detain" (a word only ever a verb) tagged a
    noun modifier; the arrests are the news, not the march told further down."""
    event = main_event(report(nlp, "Police detain scores as opposition march is blocked in the capital",
                              "Police detained more than 100 people in the capital on Friday as they moved to stop "
                              "the weekly opposition march before it could form, rights activists said.\n"
                              "In two northern towns, thousands of people marched without police interference, "
                              "chanting slogans against the government.", "ALGIERS"))
    assert (event["type"], event["trigger"]["text"]) == ("COERCE", "detained")


def test_a_misread_headline_picks_the_body_event_with_its_toll(nlp):
    """"Four herders killed as youths storm camp": the parser takes "storm" for a noun, so the
    headline's killing has no cause and no type the body's attack shares; the toll both state pairs
    them, and the main event is the attack, on its own day."""
    event = main_event(report(nlp, "Four herders killed as youths storm camp near Sarh after farmer's death",
                              "Four herders were killed late on Saturday when a crowd of youths armed with clubs "
                              "attacked their camp outside Kyabé, local officials said.\n"
                              "Two other people were seriously injured, the officials said.", "SARH, Chad"))
    assert (event["trigger"]["text"], event["killed"], event["date"]["value"]) == ("attacked", 4, "2025-10-11")


def test_what_the_victims_do_as_a_rule_does_not_split_the_incident(nlp):
    """"volunteers who fight alongside the army" tells who they are, no fight: the assault of the
    next paragraph is the lead's attack, with its place and all its dead."""
    text = ("Jihadists attack army post, killing 12 soldiers and volunteers\nThe Lakeside Courier\n"
            "OUAGADOUGOU, Burkina Faso (AP) — Islamic extremists attacked a military detachment in northern "
            "Burkina Faso on Tuesday, killing "
            "eight soldiers and four civilian volunteers who fight alongside the army, a security source said.\n"
            "The assault targeted the base at Djibo and began shortly after dawn, when scores of gunmen on "
            "motorbikes opened fire on the camp.\n"
            "The army said at least 30 assailants were neutralized in the fighting at Djibo.\n")
    event = main_event(run_events(nlp, text, before=with_dates_and_places))
    assert (event["location"]["name"], event["killed"]) == ("Djibo", 42)


def test_a_new_event_dated_weeks_back_is_not_one_told_undated_before_it(nlp):
    found = report(nlp, "Two marchers shot dead as police break up rally in Kisumu", MARCH, "KISUMU, Kenya")
    other_towns = next(e for e in found if e["trigger"]["text"] == "Protests")
    assert other_towns["date"]["value"] == "2025-10-14"
    assert [e["date"]["value"] for e in found if e["killed"] == 20] == ["2025-09"]


@pytest.mark.parametrize("value, expected", [
    ("2025-09", True), ("2025-09-30", True), ("2024", True), ("2025-W39", True),
    ("2025-10-08", False), ("2025-10", False), ("2025-W41", False), (None, False), ("XXXX-09", False),
])
def test_dates_weeks_before_the_dateline(value, expected):
    assert weeks_before(value, date(2025, 10, 14)) is expected


def test_a_group_named_by_its_aim_is_no_event(nlp):
    found = report(nlp, "Rebels claim bus attack",
                   "The Dawn Front, a rebel group fighting to overthrow the government, said on Tuesday that its "
                   "fighters had attacked a bus near the border.")
    assert [e["trigger"]["text"] for e in found] == ["attacked"]


def test_a_group_named_by_what_it_fights_for_is_no_event(nlp):
    found = report(nlp, "Bomb kills two rangers",
                   "A roadside bomb killed two rangers on Sunday. Police suspected insurgents of the main rebel "
                   "group fighting for greater autonomy for the region.")
    assert [e["trigger"]["text"] for e in found if e["type"] == "ASSAULT"] == ["bomb"]


def test_an_act_told_hours_earlier_is_another_incident_on_the_day_its_sentence_opens_with(nlp):
    found = report(nlp, "Bomb kills two rangers",
                   "A roadside bomb killed two rangers in the district on Sunday evening, police said.\n\n"
                   "Hours earlier on Sunday, two gunmen shot dead a village headman outside a mosque in the next "
                   "district, police said.\n\n"
                   "On Thursday, troops surrounded a house in the town, sparking a gunfight in which two suspected "
                   "insurgents were killed.")
    shooting = next(e for e in found if e["trigger"]["text"] == "shot")
    assert shooting["date"]["value"] == "2025-10-12" and not shooting["main"]
    assert len(found) == 3


@pytest.mark.parametrize("trend, trigger", [
    ("Separatist insurgents have stepped up attacks on security forces and Chinese-funded projects in the "
     "province.", "attacks"),
    ("Insurgent violence in the province has risen sharply over the past two years, according to UN figures.",
     "violence"),
])
def test_a_trend_in_the_perfect_is_no_incident(nlp, trend, trigger):
    found = report(nlp, "Bomb kills five soldiers",
                   "A roadside bomb killed five soldiers on Monday. A day earlier, on Sunday, security forces said "
                   "they had killed four militants in an operation in the district.\n" + trend)
    assert all(e["trigger"]["text"] != trigger for e in found)


def test_acts_of_a_separate_incident_stay_apart(nlp):
    found = report(nlp, "Bomb kills four at market",
                   "A bomb exploded at a market in the lake town of Tamala on Tuesday, killing four traders, police "
                   "said. The attackers fled on foot.\n"
                   "In a separate incident, soldiers retook the village of Doro from rebels after heavy fighting "
                   "on Sunday, the army said.")
    bombing = main_event(found)
    assert bombing["date"]["value"] == "2025-10-14" and bombing["killed"] == 4
    assert all(e["date"]["value"] == "2025-10-12" for e in found if e["trigger"]["text"] in ("retook", "fighting"))


def test_a_separate_operation_is_not_the_abduction_it_follows(nlp):
    found = placed_report(nlp, "Gunmen seize worshippers", "KADUNA, Nigeria — Armed men on motorcycles abducted 23 "
                          "worshippers during a Sunday morning service at a church in Maro, a community in Kajuru "
                          "local government area of Kaduna State, police said.\nIn a separate operation on Tuesday, "
                          "soldiers of the army's 3rd Brigade raided a kidnappers' hideout in a forest near Kufana, "
                          "also in Kajuru, freeing five of the abducted worshippers and arresting three suspects, the "
                          "army said in a statement.", "KADUNA")
    assert [(e["trigger"]["text"], e["acled"]["sub_event_type"]) for e in found][:2] == [
        ("abducted", "Abduction/forced disappearance"), ("raided", "Arrests")]



def test_an_act_due_to_happen_is_a_plan(nlp):
    found = run_events(nlp, "Valley clans agree to truce\nThe Lakeside Courier\nTAMALA, Oct 14, 2025 -\nThe two clans "
                            "signed a ceasefire agreement on Saturday after talks in the provincial capital.\nThe truce, "
                            "due to take effect on Thursday evening, follows three weeks of talks.", before=with_dates)
    assert [e["modality"] for e in found if e["trigger"]["text"] == "truce"] in ([], ["future"])
    assert main_event(found)["trigger"]["text"] == "signed"


def test_a_step_of_the_incident_told_before_joins_it(nlp):
    """"The militants detonated a car bomb at the gate before gunmen entered": the militants and the
    gate of the attack the lead told, not a new incident; and a side's own claim does not replace the
    toll ("its fighters had killed 30 soldiers")."""
    found = report(nlp, "Militants storm army post in the north, killing seven soldiers",
                   "Insurgents stormed an army post near the lake town of Tamala early on Monday, killing seven "
                   "soldiers and wounding 11, an army officer said.\n"
                   "The militants detonated a car bomb at the gate of the post before gunmen entered, the officer "
                   "said.\n"
                   "The group said in a statement that its fighters had killed 25 soldiers. The claim could not "
                   "be verified.")
    attack = main_event(found)
    assert (attack["killed"], attack["wounded"], attack["date"]["value"]) == (7, 11, "2025-10-13")
    assert "detonated" not in [e["trigger"]["text"] for e in found]


def test_a_bare_toll_joins_the_incident_not_the_day_its_paragraph_named_last(nlp):
    """"Six others had been wounded" after "We buried them the next morning": the wounded of the
    attack; "the next morning" counts from the night of the attack, not from "said on Monday"."""
    found = report(nlp, "Gunmen kill nine villagers",
                   "Gunmen killed nine villagers in an attack on the night of October 9 on a hamlet near Tamala, "
                   "residents said on Monday.\n"
                   "\"We buried nine people the next morning,\" one resident said. A nurse said six other people "
                   "had been wounded.")
    attack = main_event(found)
    assert (attack["killed"], attack["wounded"], attack["date"]["value"]) == (9, 6, "2025-10-09")
    assert [e for e in found if e["trigger"]["text"] == "wounded"] == []


def test_a_lead_act_ranks_by_where_the_first_sentence_tells_it(nlp):
    """A text without a headline leads with the act its first sentence tells first, also when a later
    sentence's mention of the same incident became the event's representative."""
    found = run_events(nlp, "A gunman shot dead six people in a rampage through two bars on Sunday before giving "
                            "himself up. The gunman shot and killed two guards in a bar, before running amok in "
                            "another bar nearby, killing four customers.", parse_header=False)
    assert main_event(found)["type"] == "ASSAULT"


def test_what_set_off_the_fighting_is_the_fighting(nlp):
    """"The fighting broke out when a patrol came under fire": the verb that carries "the fighting"
    governs the ambush, so both are the gunbattle the lead told, with its wounded."""
    found = report(nlp, "Six rebels killed in clash with army",
                   "Six rebels were killed in a gunbattle with soldiers near the village of Doro on Saturday, the "
                   "army said on Monday.\n"
                   "The fighting broke out when an army patrol came under fire from rebels hiding in the forest "
                   "outside the village, a military spokesman said. Three soldiers were wounded, he added.")
    assert [(e["trigger"]["text"], e["killed"], e["wounded"]) for e in found if e["type"] == "ASSAULT"] == [
        ("gunbattle", 6, 3)]


TOWN_RETAKEN = ("Government forces recaptured the town of Kala from rebels on Saturday after several hours of fighting, "
                "the army said on Monday.\n"
                "Seventeen rebels were killed and two soldiers died, an army spokesman said. Weapons, motorcycles and "
                "fuel were seized, he added.\n"
                "The rebel coalition denied losing the town and said its fighters had withdrawn to regroup.")


def test_a_headline_act_leads_over_the_denial_beside_it(nlp):
    """"Army says it retook town; rebels deny": the retaking is the news, the denial a reaction (and
    what the army says it did is no earlier event)."""
    event = main_event(report(nlp, "Army says it retook town; rebels deny", TOWN_RETAKEN))
    assert event["trigger"]["text"] == "recaptured"


def test_weapons_seized_with_a_town_leave_it_a_town_taken(nlp):
    """The weapons seized in the town retaken are booty, not the event: it stays a town regained."""
    event = main_event(report(nlp, "Army retakes town from rebels", TOWN_RETAKEN))
    assert (event["acled"]["event_type"], event["acled"]["sub_event_type"]) == ("Battles", "Government regains territory")
    assert event["killed"] == 19


def test_the_clash_leads_over_the_arrests_that_followed_it(nlp):
    """"One dead, 20 arrested after rival supporters clash": the clash is the news; the arrests the
    headline tells first are its sequel."""
    event = main_event(report(nlp, "One dead, 20 arrested after rival party supporters clash",
                              "Supporters of two rival parties fought with machetes and stones at the market in "
                              "Tamala on Sunday, leaving one man dead and several others injured, police said.\n"
                              "Police arrested 20 people on Monday and said more arrests would follow."))
    assert event["type"] == "ASSAULT" and event["killed"] == 1


def test_a_date_of_another_noun_does_not_date_the_event(nlp):
    """"... ahead of May's elections": May dates the elections, not the shooting."""
    found = report(nlp, "Village chief shot dead",
                   "A village chief was shot dead by two men on a motorcycle near Tamala, the latest in a string "
                   "of attacks on local officials ahead of May's elections, police said on Monday.")
    date = main_event(found)["date"]
    assert date is None or date["value"] == "2025-10-13"  # the day it was reported at the latest


def test_a_dateline_abroad_does_not_place_what_the_text_leaves_unplaced(nlp):
    """A report datelined Nairobi about central Somalia: the events it does not place are in
    Somalia, not in Kenya's capital."""
    text = ("Militants storm army base in central Somalia\nThe Lakeside Courier\nNAIROBI, Kenya, Oct 14, 2025 -\n"
            "Al Shabaab fighters stormed a military base in central Somalia early on Monday, killing nine "
            "soldiers, a Somali army officer said.\n"
            "In a separate incident, gunmen shot dead two traders at a checkpoint, residents said.\n")
    found = run_events(nlp, text, before=with_dates_and_places)
    assert {e["location"]["country"] for e in found} == {"SO"}


def test_a_region_s_event_takes_the_town_its_next_telling_names(nlp):
    """"Nine were killed in western Niger ... The minibus was struck on the road from the town of
    Tera": the town where the event is told again, not the dateline's capital."""
    text = ("Roadside bomb kills nine in western Niger\nThe Lakeside Courier\nNIAMEY, Niger, Oct 14, 2025 -\n"
            "At least nine civilians were killed in western Niger when a minibus carrying traders was hit by a "
            "roadside bomb, the interior ministry said on Sunday.\n"
            "The minibus was struck on Saturday on the road linking the town of Tera to the border, the ministry "
            "told reporters in Niamey.\n")
    found = run_events(nlp, text, before=with_dates_and_places)
    assert main_event(found)["location"]["name"] == "Tera"


def test_what_parts_acts_inside_a_relative_clause_leaves_the_toll_to_its_incident(nlp):
    """"... were killed, among them a couple who could not leave their home before it was set
    alight": the "before" parts the couple's acts, not the killing from the raid told before."""
    found = report(nlp, "Gunmen raid village near Tamala",
                   "Gunmen stormed a village near Tamala on Sunday night, shooting residents and setting fire to "
                   "houses, witnesses said.\n"
                   "A rights group said at least 12 people were killed, among them an elderly couple who could not "
                   "leave their home before it was set alight.")
    assert main_event(found)["killed"] == 12
    assert [e for e in found if e["trigger"]["text"] == "killed"] == []


def test_forces_entering_a_town_just_taken_are_that_taking(nlp):
    """"Took control of the town of Doro ... army units entered the town around midday": one
    incident, the taking, which the headline's "enters" then names."""
    found = report(nlp, "Army enters northern town after rebel withdrawal",
                   "The army took control of the town of Doro without a fight on Monday, hours after the rebels "
                   "pulled out overnight, residents said.\n"
                   "Residents said the rebels left Doro in a convoy of trucks before dawn, and army units entered "
                   "the town around midday.")
    event = main_event(found)
    assert event["trigger"]["text"] == "took control"
    assert [e for e in found if e["trigger"]["text"] == "entered"] == []


SHELLING = ("Army artillery shelled the village of Sanmyo in the Sagaing region early on Sunday, killing four "
            "civilians, residents said.\n"
            "Witnesses said at least five shells landed in the village at about 3 a.m., fired from an army camp on "
            "the outskirts of Monywa town, about 15 km away. Four people were killed in their homes. Eight others "
            "were wounded; two of them died on Monday at a clinic.\n"
            "On Monday afternoon, a military jet bombed a market in the town of Kani, killing two traders.")


def test_where_shells_were_fired_from_and_the_day_the_wounded_died_do_not_split_the_shelling(nlp):
    """The camp shells were fired from is no scene of the shelling, and "two of them died on Monday" dates
    the deaths of two of the wounded, not the toll sentence: one shelling on Sunday with its eight
    wounded; Monday's air strike keeps its own two dead."""
    events = report(nlp, "Army shells kill four in Sagaing village", SHELLING, "YANGON, Myanmar")
    main = main_event(events)
    assert (main["date"]["value"], main["killed"], main["wounded"]) == ("2025-10-12", 4, 8)
    strike = next(e for e in events if "bombed" in e["trigger"]["text"] or "jet" in e["trigger"]["text"])
    assert (strike["killed"], strike["wounded"]) == (2, None)
    assert len([e for e in events if e["acled"] and e["acled"]["event_type"] == "Explosions/Remote violence"]) == 2


def test_a_claimed_capture_in_the_headline_leads_over_the_denial_beside_it(nlp):
    """"Rebels claim capture of town; government denies": the capture (a noun of the verb "capture") is
    the headline's act, and the body's seizure of the town is the report's event, not the denial."""
    body = ("Rebel fighters seized the town of Koro in the north of the country early on Monday after overnight "
            "fighting with government troops, residents said, although the government denied that the town had "
            "fallen.\nResidents said the soldiers withdrew towards the provincial capital at dawn.")
    main = main_event(report(nlp, "Rebels claim capture of northern town; government denies", body))
    assert (main["type"], main["acled"]["sub_event_type"]) == ("ASSAULT", "Non-state actor overtakes territory")


def test_a_gunfight_between_the_same_sides_just_after_an_ambush_is_that_ambush(nlp):
    """"a gunfight" with "a" may be a new incident, but one told just after an ambush that names only
    parties of the ambush's kinds (soldiers, insurgents) and no place of its own is that ambush: its
    dead add to the ambush's toll."""
    body = ("Insurgents ambushed an army convoy on the coastal road in the north of the province on Monday, "
            "killing four soldiers, military sources said.\nSoldiers returned fire, and at least nine insurgents "
            "were killed in a gunfight that lasted an hour, the sources said.")
    events = report(nlp, "Four soldiers killed in insurgent ambush", body)
    assert [e["killed"] for e in events if e["type"] == "ASSAULT"] == [13]


def test_what_such_clashes_have_become_is_no_incident(nlp):
    """A sentence on what clashes between two groups have become is no incident of the report."""
    from article2json.extractors.base import Source
    from article2json.extractors.events import EventsExtractor
    from article2json.header import build_article

    text = ("Mob lynches three herders after farmer's killing\nThe Lakeside Courier\nTAMALA, Oct 14, 2025 -\n"
            "A crowd of villagers stormed a police post in the town of Kaleo on Monday and beat three detained "
            "herders to death, officials said.\n\n"
            "The violence began on Sunday in fields near the village of Moro, where a farmer was stabbed and "
            "two herders were wounded.\n\n"
            "\"The crowd broke the door and dragged the three men outside,\" a resident said. \"They were beaten "
            "and stoned in front of everybody.\"\n\n"
            "Clashes between herders and farmers have become increasingly deadly in the region.\n")
    article = build_article(text, Source("test.txt", "0" * 64, "text"))
    found = {"doc": nlp(text), "article": {}, "dates": [], "places": [], "quotes": []}
    incidents = EventsExtractor(None).explain(article, found)["incidents"]["body"]
    assert "Clashes" not in str(incidents)


def test_a_headline_s_dead_lead_to_the_body_event_that_tells_them(nlp):
    """"Three dead as police clear miners' blockade": the body tells the blockade and, apart, the
    shooting that killed three; the shooting is the report's event, not the blockade."""
    body = ("Three protesters died after police used tear gas and live ammunition to clear a blockade of the "
            "coastal highway near the town of Chala, officials said.\n\n"
            "Hundreds of informal miners had blocked the highway with rocks and burning tyres since Friday.\n\n"
            "Police moved in at around 6 a.m. on Sunday. Two men died of gunshot wounds at the scene, and a third "
            "died in hospital. The ombudsman said the protesters had been sitting on the road when police began "
            "firing.")
    event = main_event(report(nlp, "Three dead as police clear miners' blockade on coastal highway", body))
    assert event["killed"] == 3 and event["date"]["value"] == "2025-10-12"
    assert event["acled"]["sub_event_type"] == "Excessive force against protesters"



def test_the_dead_of_what_a_headline_s_news_came_after_do_not_lead_to_a_deadly_body_event(nlp):
    """"Gang sets fire to 12 lorries after police kill its leader": the burning is the news; the
    killing it followed, told in the body, is background."""
    body = ("Gang members set fire to at least 12 lorries on the main road through the town of Kisii on Thursday "
            "afternoon, in apparent revenge for the killing of their leader by police the day before.\n\n"
            "No one was hurt, police said.\n\n"
            "The leader, known as Kabaka, was shot dead with two of his men in a shootout with police on Wednesday "
            "morning.")
    event = main_event(report(nlp, "Gang sets fire to 12 lorries after police kill its leader", body))
    assert event["acled"]["sub_event_type"] == "Looting/property destruction"


def test_a_headline_of_two_stories_leads_with_the_first_the_body_leads_with(nlp):
    """"Mob torches minister's house; nine killed in village attack": two stories; the burning, which
    the body tells first, is the report's event, though the attack killed."""
    body = ("A mob of over 1,000 people set fire to the residence of a minister in the east of the city late on "
            "Thursday, officials said. No one was injured.\n\n"
            "The arson came a day after nine people were killed when suspected militants attacked a village near "
            "the district border late on Wednesday night, police said.")
    event = main_event(report(nlp, "Mob torches minister's house; nine killed in village attack", body))
    assert event["acled"]["sub_event_type"] == "Mob violence" and not event["killed"]


def test_the_headline_toll_wins_over_a_body_figure_told_only_as_superseded(nlp):
    """"Seven dead in prison riot" over a riot the body gives only "an earlier toll of four" (its
    seven dead told apart, in the killing): the riot carries the headline's seven."""
    body = ("Six inmates and a prison guard were killed during a riot at the Kora prison on Monday, the ministry "
            "said, raising an earlier toll of four.\n\n"
            "The riot broke out in the early afternoon after inmates protesting against a ban on family visits set "
            "fire to mattresses.")
    event = main_event(report(nlp, "Seven dead in riot at Kora prison", body))
    assert event["killed"] == 7


BASE_TAKEN = ("Rebel fighters overran an army base in the town of Kuroma before dawn on Sunday and still held it on "
              "Monday, residents said.\n"
              "The assault began at about 3 a.m., when dozens of rebels on motorcycles attacked the base from two "
              "sides while drones dropped mortar rounds on the barracks. After four hours of fighting, the soldiers "
              "retreated towards Lakeside.\n"
              "The army said nine soldiers and 14 rebels were killed.")


def test_the_assault_and_the_base_attacked_again_tell_the_incident_told_before(nlp):
    """"The assault" and an attack on "the base" join the taking of the base told before, though their
    sentence names drones: one incident, dated by its own day, with both sides' dead."""
    found = report(nlp, "Rebels seize army base in Kuroma", BASE_TAKEN)
    event = main_event(found)
    assert (event["acled"]["sub_event_type"], event["date"]["value"], event["killed"]) == \
        ("Non-state actor overtakes territory", "2025-10-12", 23)
    assert [e["trigger"]["text"] for e in found if e["type"] == "ASSAULT"] == ["overran"]


RAISED_TOLL = ("Artillery fire killed two people and wounded six in the river port of Kalvo on Monday, regional "
            "officials said, as enemy forces again shelled villages along the southern bank.\n"
            "The shells hit the market shortly after noon, according to the Varna regional administration. "
            "A shopkeeper and a bus driver were killed at the scene.\n"
            "On Tuesday the administration said a woman pulled from the rubble had died in hospital overnight, "
            "raising the death toll from the attack to three.")


def test_a_later_toll_joins_the_telling_with_deaths_not_the_background_clause(nlp):
    """The shells' deaths and the raised toll join "artillery fire killed two", not "shelled villages"
    told beside it; the administration "according to" which it is told is no place of the event."""
    event = main_event(report(nlp, "Shelling kills three in Kalvo", RAISED_TOLL))
    assert (event["trigger"]["text"], event["killed"], event["wounded"]) == ("Artillery fire", 3, 6)


@pytest.mark.parametrize("later", [
    "A third soldier, a corporal who was shot in the chest, died on Monday morning in hospital.",
    "One of the wounded, a corporal who was shot in the chest, died on Monday morning.",
    "A corporal who was shot in the chest died of his wounds on Monday morning.",
])
def test_a_victim_who_died_a_day_later_belongs_to_the_clash(nlp, later):
    """The day a wounded victim died dates the death, not a second shooting: one clash on Sunday."""
    body = ("Troops clashed with militants in the village of Kola early on Sunday, leaving two soldiers dead, the "
            "army said.\n" + later)
    events = report(nlp, "Two soldiers killed in clash with militants", body)
    assert [e["date"]["value"] for e in events if e["type"] == "ASSAULT"] == ["2025-10-12"]
    if later.startswith("A third"):  # counted as one more death
        assert main_event(events)["killed"] == 3


POST_ASSAULT = ("Militants stormed an army post at Djibo late on Saturday, killing at least nine soldiers, the army said "
                "in a statement.\n"
                "The assault began shortly after 10 p.m., when the attackers opened fire on the camp with mortars and "
                "machine guns, a security source said.\n"
                "A local militiaman said he took part in a sweep of the area in which the bodies of 14 "
                "assailants were recovered.\n")


def test_what_began_at_a_time_is_the_assault_told_before_not_a_shelling_of_its_own(nlp):
    found = report(nlp, "Soldiers killed in attack on army post", POST_ASSAULT, "KAYA, Burkina Faso")
    event = main_event(found)
    assert "opened fire" not in [e["trigger"]["text"] for e in found]  # "after 10 p.m., when ...": the assault
    assert (event["acled"]["event_type"], event["acled"]["sub_event_type"]) == ("Battles", "Armed clash")


def test_a_side_remark_counting_a_side_no_main_clause_counts_adds_to_the_toll(nlp):
    event = main_event(report(nlp, "Soldiers killed in attack on army post", POST_ASSAULT, "KAYA, Burkina Faso"))
    assert event["killed"] == 9 + 14  # "a sweep in which the bodies of 14 assailants were recovered"


def test_a_side_remark_counting_the_side_a_main_clause_counts_stays_a_remark(nlp):
    body = ("Gunmen shot dead two soldiers at a checkpoint near Djibo on Saturday, the army said.\n"
            "One of the soldiers had survived an ambush in which 12 soldiers were killed last year.\n")
    assert main_event(report(nlp, "Two soldiers shot dead at checkpoint", body, "KAYA, Burkina Faso"))["killed"] == 2


def test_the_town_forces_were_sent_from_is_not_where_they_fought(nlp):
    text = ("Troops clash with militants near Djibo\nThe Lakeside Courier\nOUAGADOUGOU, Oct 14, 2025 -\n"
            "Militants attacked an army post near Djibo on Sunday, the army said.\n"
            "Fighting broke out again on Monday before reinforcements dispatched from Kaya forced the militants to "
            "withdraw.\n")
    found = run_events(nlp, text, before=with_dates_and_places)
    assert "Kaya" not in [(e["location"] or {}).get("name") for e in found]


@pytest.mark.parametrize("later", [
    "Early this morning, a woman among the seriously injured died in hospital, bringing the number of dead to 13.",
    "One of the wounded died on Monday, a health official said, bringing the number of dead to 13.",
])
def test_a_later_death_of_the_wounded_joins_the_incident_whatever_its_day(nlp, later):
    body = ("A bus carrying traders struck an explosive device near Djibo on Sunday, killing 12 passengers and "
            "wounding nine, the interior ministry said in a statement broadcast last night.\n" + later + "\n")
    found = report(nlp, "Bus hits explosive device near Djibo", body, "KAYA, Burkina Faso")
    assert [e["killed"] for e in found if e["killed"]] == [13]


def test_a_communique_s_day_and_its_neutralised_enemies_tell_the_battle_told_before(nlp):
    body = ("Soldiers recaptured the town of Djibo on Saturday, military sources said.\n"
            "In a statement issued on Sunday, an army spokesman said troops had neutralised 23 terrorists. He said "
            "two soldiers were killed and five wounded in the fighting.\n")
    found = report(nlp, "Troops retake Djibo", body, "KAYA, Burkina Faso")
    event = main_event(found)
    assert event["date"]["value"] == "2025-10-11" and event["killed"] == 25
    assert [e for e in found if e["killed"]] == [event]


def test_the_violence_a_participle_tells_on_a_riot_is_the_riot(nlp):
    body = ("Inmates at the central prison in Djibo rioted on Sunday, seizing a cell block and clashing with guards in "
            "hours of violence that left at least seven people dead, officials said.\n")
    found = report(nlp, "Deadly prison riot in Djibo", body, "KAYA, Burkina Faso")
    assert [(e["acled"]["event_type"], e["killed"]) for e in found] == [("Riots", 7)]


def test_what_backs_an_act_in_a_participle_phrase_does_not_name_the_event(nlp):
    body = "Soldiers backed by air strikes recaptured the town of Djibo from insurgents on Saturday, the army said.\n"
    event = main_event(report(nlp, "Army retakes Djibo", body, "KAYA, Burkina Faso"))
    assert event["trigger"]["text"] == "recaptured"
    assert event["acled"]["sub_event_type"] == "Government regains territory"


def test_ground_taken_after_a_gunfight_is_one_incident_with_its_toll(nlp):
    body = ("Rebels seized the Ndassima gold mine in the central prefecture of Ouaka on Friday after a gunfight with "
            "soldiers guarding the site, officials said.\n"
            "Two soldiers and a security guard were killed before the remaining troops withdrew, a military "
            "source said.\n")
    found = report(nlp, "Rebels seize gold mine", body, "BANGUI, Central African Republic")
    event = main_event(found)
    assert event["acled"]["sub_event_type"] == "Non-state actor overtakes territory" and event["killed"] == 3
    assert not [e for e in found if e["trigger"]["text"] == "gunfight"]


def test_a_later_step_told_in_a_before_clause_is_the_same_incident(nlp):
    body = ("Five men armed with knives attacked a polling station in Djibo on Sunday. They killed one voter before "
            "police opened fire, killing two of the attackers.\n")
    found = report(nlp, "Attack on polling station", body, "KAYA, Burkina Faso")
    assert [e["killed"] for e in found] == [3]


def test_a_past_perfect_clause_is_not_dated_by_the_day_opening_its_sentence(nlp):
    body = ("Gunmen stormed the village of Djibo early on Monday, shooting residents as they fled, police said. "
            "Soldiers recovered 27 bodies on Monday.\n"
            "On Tuesday, search teams recovered four more bodies, and a woman who had been shot in the chest died "
            "in hospital, bringing the death toll to 32, a local official said.\n")
    found = report(nlp, "Gunmen kill dozens in Djibo", body, "KAYA, Burkina Faso")  # published on a Tuesday
    event = main_event(found)
    assert (event["trigger"]["text"], event["date"]["value"], event["killed"]) == ("stormed", "2025-10-13", 32)


def test_a_headline_noun_with_a_subject_is_the_verb_the_tagger_missed(nlp):
    body = "Security forces fired live ammunition at protesters in Djibo on Wednesday, killing three people.\n"
    found = report(nlp, "Three dead after security forces fire on protesters in Djibo", body, "KAYA, Burkina Faso")
    assert [e["type"] for e in found] == ["ASSAULT"] and main_event(found)["killed"] == 3  # not a blaze


def test_a_later_death_beside_a_non_violent_act_still_counts(nlp):
    body = ("A roadside bomb struck an army truck near Djibo on Wednesday, killing four soldiers, the army said.\n"
            "A fifth soldier, who was evacuated by helicopter to Ouagadougou, died of his wounds late on Wednesday.\n")
    event = main_event(report(nlp, "Roadside bomb kills soldiers near Djibo", body, "KAYA, Burkina Faso"))
    assert event["killed"] == 5  # the evacuation is no violence the death could go with


def test_a_death_said_to_have_no_connection_to_the_incident_is_not_its_toll(nlp):
    body = ("Armed men abducted 19 bus passengers on the highway outside Djibo on Tuesday night, prosecutors said.\n"
            "Prosecutors said the body of a man found beside the highway had no connection to the "
            "abduction.\n")
    event = main_event(report(nlp, "Gunmen abduct 19 bus passengers near Djibo", body, "KAYA, Burkina Faso"))
    assert event["acled"]["sub_event_type"] == "Abduction/forced disappearance" and not event["killed"]


def test_the_headline_s_toll_picks_its_incident_over_an_older_one_of_the_same_kind(nlp):
    """"Gang attack on village kills 11": the body's lead tells the raid that killed 11; a massacre
    of 60 told as background later ("In 2023, the gang killed 60 people in an attack on ...") shares
    the headline's words and gang, but not its toll."""
    body = ("Armed gang members stormed a farming village in the north-west before dawn on Saturday, setting homes "
            "on fire and killing at least 11 people, local officials said.\n"
            "Residents blamed the Kachalla gang, which has raided villages in the area for years.\n"
            "In March 2023, the gang killed more than 60 people in an attack on the market town of Dansadau.")
    event = main_event(report(nlp, "Gang attack on village kills 11", body, "GUSAU, Nigeria"))
    assert event["trigger"]["text"] == "stormed" and event["killed"] == 11


def test_a_toll_told_in_which_belongs_to_the_event_noun_before_it(nlp):
    """"clashes late on Friday near Kirumba, in neighbouring Lubero territory, in which five people were
    killed": the parse hangs the clause on the territory; the five died in the clashes."""
    body = ("Rebels captured the town of Kanyabayonga on Saturday, residents said.\n"
            "The fall of the town comes a day after clashes late on Friday near Kirumba, in neighbouring Lubero "
            "territory, in which five people were reported killed.")
    clashes = next(e for e in report(nlp, "Rebels capture Kanyabayonga", body, "GOMA, Congo")
                   if e["trigger"]["text"] == "clashes")
    assert clashes["killed"] == 5


def test_the_attackers_entering_the_village_tell_how_the_attack_began_and_date_it(nlp):
    """A toll update leads without a day; the next sentence tells how "the assailants" came in: one
    incident, dated by that entry (Saturday), not a movement of its own."""
    body = ("The number of civilians killed in an attack by rebels on the village of Kanyama has risen to 21, local "
            "authorities said on Monday.\n"
            "The assailants, armed with machetes and guns, entered Kanyama late on Saturday as residents were "
            "returning from their fields.")
    events = report(nlp, "Death toll from rebel attack on village rises to 21", body)
    assert [e["trigger"]["text"] for e in events] == ["attack"]
    assert main_event(events)["date"]["value"] == "2025-10-11" and main_event(events)["killed"] == 21


def test_troops_entering_a_village_after_an_attack_are_another_event(nlp):
    body = ("Gunmen attacked the village of Kanyama on Saturday, killing six farmers.\n"
            "Soldiers entered Kanyama on Monday to secure the area.")
    events = report(nlp, "Gunmen kill six farmers in village attack", body)
    assert len(events) == 2


def test_the_attackers_told_back_in_the_next_paragraph_tell_the_same_attack(nlp):
    """"The assailants arrived ... and opened fire on the post with rocket-propelled grenades": the
    attack of the lead told in more detail, whatever weapons it names; Tuesday's air strike, with no
    toll, stays apart."""
    found = report(nlp, "Fighters kill five soldiers in attack on lake island",
                   "Boko Haram fighters attacked an army position on the island of Kaiga on Monday, sparking a gun "
                   "battle in which five soldiers and 12 militants were killed, the army said.\n\n"
                   "The assailants arrived in motorised canoes shortly before midnight and opened fire on the post "
                   "with machine guns and rocket-propelled grenades, the army spokesman said. Eight soldiers were "
                   "wounded, he said.\n\n"
                   "On Tuesday, air force jets bombed suspected Boko Haram positions on islands further south.")
    main = main_event(found)
    assert (main["date"]["value"], main["killed"], main["wounded"]) == ("2025-10-13", 17, 8)
    strike = next(e for e in found if e["trigger"]["text"] == "bombed")
    assert (strike["date"]["value"], strike["killed"]) == ("2025-10-14", None)


def test_the_act_a_later_sentence_is_dated_from_lends_that_sentence_nothing(nlp):
    """"Two days after the raid, mothers of people killed in police operations held a vigil": the raid
    is only what the vigil is dated from, so the vigil's protest does not make the raid a police
    intervention in a protest, nor does the sentence's death count as the raid's."""
    found = report(nlp, "Police raid in favela leaves eight dead",
                   "A police raid against drug traffickers in the Mare favelas on Monday sparked a gunfight in "
                   "which a police officer and seven suspected gang members were killed, police said.\n\n"
                   "Two days after the raid, mothers of people killed in police operations held a silent vigil "
                   "outside the state legislature.")
    main = main_event(found)
    assert (main["acled"]["event_type"], main["killed"]) == ("Battles", 8)


def test_an_unknown_village_and_the_town_the_text_puts_it_in_are_one_scene(nlp):
    """The quoted "The clash started early in the morning in Wukari" retells the clash at Angwan Rimi
    Ward of Wukari: the ward, unknown to the gazetteer, sits at Wukari's coordinates."""
    found = placed_report(nlp, "Twelve killed in communal clash in Taraba", TARABA_CLASH + " \"The clash started early "
                          "in the morning in Wukari,\" the police spokesman said.", "JALINGO, Nigeria")
    assert len(found) == 1 and (found[0]["location"]["name"], found[0]["killed"]) == ("Angwan Rimi", 12)


def test_an_attack_told_in_the_town_an_unknown_village_lies_in_retells_its_incident(nlp):
    """"There was an attack ... in Wukari", right after the clash at Angwan Rimi Ward of Wukari:
    "an attack" is corroborated by the town the text puts the ward in."""
    found = placed_report(nlp, "Twelve killed in communal clash in Taraba", TARABA_CLASH + " \"There was an attack by "
                          "some farmers early in the morning in a village in Wukari,\" the police spokesman said.",
                          "JALINGO, Nigeria")
    assert len(found) == 1 and (found[0]["location"]["name"], found[0]["killed"]) == ("Angwan Rimi", 12)


def test_a_headline_clause_with_its_own_subject_and_dead_is_another_act(nlp):
    """"Bandits kill four herders in Tera, two suspects lynched": the parser hangs the first clause
    on the second, but each has its own subject and its own dead, so the lynching's two do not
    join the bandits' toll."""
    found = report(nlp, "Bandits kill four herders in Tera, two suspects lynched",
                   "Armed bandits killed four herders in a raid near Tera on Sunday and drove off their cattle, "
                   "police said.")
    assert main_event(found)["killed"] == 4


def test_a_place_named_on_the_event_noun_is_no_actor(nlp):
    """"The Kotulo attack": a name the text gives a place elsewhere, on the event noun, says where
    the attack was, not who made it."""
    found = placed_report(nlp, "Gunmen kill three in Mandera village", "Gunmen shot dead three herders in Kotulo, a "
                          "village in Mandera County, on Sunday, police said.\nThe Kotulo attack was the third in the "
                          "county this month.", "MANDERA")
    assert [a["name"] for a in main_event(found)["actor"]] == ["Gunmen"]
    assert all(a["text"] != "Kotulo" for e in found for a in e["actor"])


def test_a_crowd_fighting_back_in_a_relative_clause_is_the_same_incident(nlp):
    """"fired tear gas at a crowd of youths who threw stones at officers": the crowd's stones are
    their part in the clash the sentence tells, no attack of its own."""
    found = report(nlp, "Police and youths clash in Kibo",
                   "Police fired tear gas and rubber bullets at a crowd of youths who threw stones and petrol bombs at "
                   "officers during a search operation in Kibo on Sunday, leaving five police officers and two bystanders "
                   "injured.")
    assert len(found) == 1 and found[0]["wounded"] == 7


def test_an_unknown_area_placed_at_its_division_is_one_scene_with_a_town_in_it(nlp):
    """"in the Paulaya valley of Colon department" names an area the gazetteer lacks, placed at the
    department's coordinates: "The attack happened ... near Tocoa", a town of Colon, tells the same
    killing and gives it its day."""
    found = placed_report(nlp, "Gunmen kill four farmers in Honduras valley", "Gunmen killed four members of a farming "
                          "cooperative in the Paulaya valley of Colon department, police said on Tuesday.\nThe attack "
                          "happened on Sunday evening near Tocoa as the men were returning from the fields.",
                          "TEGUCIGALPA")
    assert len(found) == 1 and (found[0]["date"]["value"], found[0]["killed"]) == ("2025-10-12", 4)


def test_casualty_verbs_joined_to_each_other_join_the_attack_of_their_sentence(nlp):
    """"Two soldiers and a guard were killed and four soldiers wounded when militants attacked an
    outpost ..., the ministry said": the parser hangs "attacked" on "said", yet the dead and wounded
    are the attack's."""
    found = report(nlp, "Three killed in attack on border outpost",
                   "Two soldiers and a village guard were killed and four soldiers wounded when militants attacked "
                   "a military outpost near Kibo late on Monday, the defence ministry said on Tuesday.")
    assert len(found) == 1 and (found[0]["killed"], found[0]["wounded"]) == (3, 4) and found[0]["actor"]


def test_an_act_joined_to_a_plain_as_clause_goes_on_with_the_act_above_it(nlp):
    """"shot residents as they fled and set fire to houses": the parser joins "set" to "fled", a
    clause that tells no event; "as" does not make the shooting an incident apart from the raid."""
    found = report(nlp, "Bandits kill 23 in village raid",
                   "Armed bandits killed at least 23 people when they stormed a farming village near Tamala on "
                   "Sunday night, police said.\nThe gunmen, who arrived on dozens of motorcycles shortly after 9 "
                   "p.m., shot residents as they fled and set fire to houses and grain stores, a community leader "
                   "said.")
    assert len(found) == 1 and (found[0]["killed"], found[0]["date"]["value"]) == (23, "2025-10-12")


def test_a_clause_telling_no_act_parts_nothing_below_it(nlp):
    """"shot as residents tried to defend their homes from the settlers, who torched 30 houses": "as"
    marks the trying, no act; the shooting and the torching are the storming's incident, and the
    attack told next, "a day after" which the storming came, stays apart."""
    found = placed_report(nlp, "Settlers storm town, kill one",
                          "Hundreds of settlers stormed the town of Kafr Amin on Monday afternoon, setting fire to "
                          "homes and killing a 27-year-old man, the health ministry said.\nWitnesses said the man was "
                          "shot as residents tried to defend their homes from the settlers, who torched at least 30 "
                          "houses.\nThe rampage came a day after two gunmen opened fire at a restaurant near the "
                          "settlement of Beit Omer, killing four people.", "TAMALA")
    storming = main_event(found)
    assert storming["date"]["value"] == "2025-10-13" and storming["killed"] == 1
    assert [e["date"]["value"] for e in found if e is not storming] == ["2025-10-12"]


def test_people_wounded_by_live_fire_are_the_attack_s_wounded(nlp):
    """"by live fire" is gunfire, not a blaze: the wounded are the raid's, not an accident's."""
    found = report(nlp, "Settlers storm town, kill one",
                   "Hundreds of settlers stormed the town of Kafr Amin on Monday afternoon, setting fire to homes "
                   "and killing a 27-year-old man, the health ministry said.\nTwelve other residents were wounded, "
                   "four of them by live fire, the ministry said.")
    assert len(found) == 1 and (found[0]["killed"], found[0]["wounded"]) == (1, 12)


def test_the_toll_of_an_act_told_in_a_clause_counted_from_it_is_that_act_s(nlp):
    """"came a day after two gunmen opened fire at a restaurant, killing four people": the four are
    the shooting's own dead, not a side remark, though a figure of the next sentence is told in a
    main clause."""
    found = placed_report(nlp, "Settlers storm town, kill one",
                          "Hundreds of settlers stormed the town of Kafr Amin on Monday afternoon, killing a 27-year-old "
                          "man.\nThe rampage came a day after two gunmen opened fire at a restaurant near the settlement "
                          "of Beit Omer, killing four people. One of the gunmen was shot dead at the scene, the army "
                          "said.", "TAMALA")
    shooting = next(e for e in found if e["trigger"]["text"] == "opened fire")
    assert shooting["killed"] >= 4 and shooting["date"]["value"] == "2025-10-12"


@pytest.mark.parametrize("opening, day", [("A week earlier", "2025-10-06"), ("Two days earlier", "2025-10-11")])
def test_a_time_opening_a_sentence_counts_from_the_act_told_before(nlp, opening, day):
    """"A week earlier, police had pushed back marchers at the same spot": a week before Monday's
    tear gas (not before the article's day), and where it was fired."""
    found = placed_report(nlp, "Police fire tear gas at retirees",
                          "Police fired tear gas at retirees protesting outside the city hall in Rosario on Monday.\n"
                          f"{opening}, police had pushed back marchers at the same spot and detained three people.",
                          "TAMALA")
    earlier = next(e for e in found if e["trigger"]["text"] == "detained")
    assert earlier["date"]["value"] == day and earlier["location"]["name"] == "Rosario"


def _asserted_assaults(found: list[dict]) -> list[dict]:
    return [e for e in found if e["type"] == "ASSAULT" and e["modality"] == "asserted"]


def test_a_wounded_victim_dying_in_hospital_elsewhere_updates_the_toll_of_the_blast(nlp):
    """"One of the wounded guards died in hospital in the provincial capital": the later death of a
    victim told before, in another place, adds to the blast's toll and is no incident of its own; the
    victim described as wounded is no new wounded count."""
    found = placed_report(nlp, "Roadside bomb kills three guards near Kalimbo",
                          "A bomb hidden by the roadside exploded under a patrol of forest guards on Monday near "
                          "Kalimbo, a village in Sabeli district, killing two guards and wounding four others, police "
                          "said.\nOne of the wounded guards died in hospital in Dodoma overnight, raising the death "
                          "toll to three, a hospital official said.", "DODOMA, Tanzania")
    assaults = _asserted_assaults(found)
    assert len(assaults) == 1
    assert (assaults[0]["killed"], assaults[0]["wounded"], assaults[0]["date"]["value"]) == (3, 4, "2025-10-13")


def test_bodies_found_later_bringing_the_toll_up_are_the_raid_s(nlp):
    """"By Thursday evening, search teams had recovered four more bodies, bringing the toll to 11":
    the finding of more dead, wherever the report was filed, adds to the raid's toll on the raid's
    own day and place."""
    event = main_event(placed_report(nlp, "Toll from village raid rises to 11",
                                     "Armed men from a rival clan stormed the village of Mbeso in Kasa District before "
                                     "dawn on Wednesday, shooting residents as they fled, in an attack that killed at "
                                     "least seven people, police said.\nThe attackers came down from the ridge while most "
                                     "people were asleep, the police commander said.\nBy Thursday evening, search teams "
                                     "had recovered four more bodies from the bush, bringing the toll to 11, the "
                                     "commander said.", "LODWAR, Kenya"))
    assert (event["killed"], event["date"]["value"], event["location"]["name"]) == (11, "2025-10-08", "Mbeso")


def test_a_bomb_the_parser_made_the_object_of_the_report_is_the_detonation_s(nlp):
    """"Police said the bomb, packed into a gas cylinder, was detonated by phone": the parser hangs
    "the bomb" on "said"; it is the subject of the passive detonation, one incident."""
    found = report(nlp, "Bomb hits army truck",
                   "A bomb exploded under an army truck on Sunday near Kalimbo, killing one soldier.\n"
                   "Police said the bomb, packed into a gas cylinder and weighing about ten kilograms, was "
                   "detonated by phone from a field beside the road, leaving a deep crater.")
    assert len([e for e in found if e["type"] == "ASSAULT"]) == 1


def test_a_when_clause_hung_on_the_report_tells_the_moment_of_the_reported_fighting(nlp):
    """"The fighting broke out near X, in Y district, when a patrol came under fire, the command
    said": the parser hangs the "when" clause on "said"; it still tells how the fighting began."""
    found = report(nlp, "Soldiers clash with rebels in the hills",
                   "Soldiers clashed with rebels on Monday in a remote valley, leaving two soldiers dead, "
                   "the army said.\nThe fighting broke out near the hamlet of Tuma Baja, in Sabeli district, when a "
                   "patrol searching for a rebel camp came under fire from high ground, the command said in a "
                   "statement late on Monday.")
    assert len([e for e in found if e["type"] == "ASSAULT"]) == 1


def test_people_with_gunshot_wounds_are_the_attack_s_wounded(nlp):
    event = main_event(report(nlp, "Gunmen kill four in village raid",
                              "Gunmen attacked the village of Mbeso on Monday, killing four people, police said. Six "
                              "people with gunshot and machete wounds were taken to the district hospital."))
    assert (event["killed"], event["wounded"]) == (4, 6)


@pytest.mark.parametrize("later, wounded", [
    ("At least six students were treated in hospital, one of them for a head wound.", 6),
    ("Two other soldiers remain in hospital in stable condition.", 2),
    ("His nephew, who was standing nearby, was hit in the leg and admitted to hospital.", 1),
    ("The bodies of the dead were taken to the district hospital.", None),
])
def test_people_in_hospital_after_an_attack_are_its_wounded(nlp, later, wounded):
    event = main_event(report(nlp, "Gunmen kill two in market attack",
                              "Gunmen opened fire in the market of Kibo on Monday, killing two traders, police said. "
                              + later))
    assert event["wounded"] == wounded


def test_someone_taking_a_relative_to_hospital_is_not_wounded(nlp):
    event = main_event(report(nlp, "Gunmen kill councillor",
                              "Gunmen killed a councillor on Saturday after he had taken his wife to hospital in the "
                              "capital, officials said."))
    assert (event["killed"], event["wounded"]) == (1, None)


def test_a_clash_told_again_with_the_rebels_named_is_the_gunfight_told_before(nlp):
    """In fighting either side may be told as actor or target: "a soldier and three separatist
    fighters were killed in a gunfight ... The clash erupted near the village when a patrol came
    under fire from members of the Free Kora Movement" is one clash, at the village."""
    found = placed_report(nlp, "Soldier, three rebels killed in gunfight",
                          "A soldier and three separatist fighters were killed on Monday in a gunfight in Sabeli "
                          "district, a military spokesman said.\nThe clash erupted near the village of Tuma Baja, when "
                          "an army patrol came under fire from members of the Free Kora Movement, the spokesman said. "
                          "Two soldiers were wounded.", "KORA CITY")
    clashes = _asserted_assaults(found)
    assert len(clashes) == 1 and (clashes[0]["killed"], clashes[0]["wounded"]) == (4, 2)


def test_a_sentence_opened_with_separately_tells_another_incident(nlp):
    found = report(nlp, "Gunmen kill two in Kibo",
                   "Gunmen shot dead two traders in the market on Monday, police said.\nSeparately, police said "
                   "gunmen shot dead a driver on Monday.")
    assert len([e for e in found if e["type"] == "ASSAULT"]) == 2


def test_a_deadly_strike_the_parser_hung_on_after_keeps_its_toll_and_place(nlp):
    """"The capture of the town came days after a drone strike on a bus near Wamba killed seven
    passengers on Monday": the parser joins "killed" to "came"; the strike killed the passengers."""
    found = placed_report(nlp, "Rebels take the town of Kalimbo",
                          "Rebels took control of the town of Kalimbo in Sabeli district on Thursday after a night of "
                          "fighting, residents said.\nThe capture of Kalimbo came days after a drone strike on a bus "
                          "near Wamba, about 40 kilometres to the east, killed seven passengers on Monday, local "
                          "officials said.", "DODOMA, Tanzania")
    strikes = [e for e in found if e["acled"] and e["acled"]["sub_event_type"] == "Air/drone strike"]
    assert [(e["killed"], e["date"]["value"]) for e in strikes] == [(7, "2025-10-13")]


def test_a_deadly_raid_is_coded_by_its_fighting_not_by_the_arms_it_seized(nlp):
    """A police raid told through the arms seized and the arrests, with dead in an exchange of fire,
    is an armed clash, not a seizure of weapons."""
    event = main_event(report(nlp, "Six killed in police operation on gang stronghold",
                              "Six people were killed on Monday during a police operation against a gang in the Kibo "
                              "settlement, police said.\nOfficers seized five rifles and two pistols and arrested nine "
                              "people. A police officer was among the dead, shot during an exchange of fire."))
    assert (event["acled"]["sub_event_type"], event["killed"]) == ("Armed clash", 6)


def test_the_headline_s_place_picks_the_body_event_it_tells(nlp):
    """"Suicide bomber strikes mosque in Kalimbo": the lead's bombing in Kalimbo is the news, not the
    earlier bombing in another town that the body recalls with the headline's own verb."""
    found = placed_report(nlp, "Suicide bomber strikes mosque in Kalimbo",
                          "A suicide bomber blew himself up inside a mosque in the town of Kalimbo during prayers "
                          "on Monday, killing 12 worshippers, police said.\nIn March, a suicide bomber struck a "
                          "bank in Dodoma, killing at least 21 people.", "DODOMA, Tanzania")
    event = main_event(found)
    assert (event["location"]["name"], event["killed"]) == ("Kalimbo", 12)


def test_an_earlier_incident_told_after_a_colon_is_not_the_news(nlp):
    """"The raid was the second mass abduction in the district this year: in February, gunmen seized
    17 passengers": what the dated colon opens is an earlier incident, not part of Sunday's raid."""
    found = report(nlp, "Gunmen abduct worshippers from church",
                   "Gunmen stormed a church in the village of Mbeso on Sunday and abducted 30 worshippers, police "
                   "said.\nThe raid was the second mass abduction in the district this year: in February, gunmen "
                   "seized 17 passengers from a bus near Kalimbo.")
    assert main_event(found)["date"]["value"] == "2025-10-12"
    assert "2025-02" in [e["date"]["value"] for e in found if e["date"]]


@pytest.mark.parametrize("body", [
    "Militants hiding in nearby orchards opened fire on troops on Monday near Kalimbo, but withdrew when "
    "reinforcements arrived, the army said.",
    "Rebels took control of the town of Kalimbo on Monday after a night of fighting.\nGunfire went on until dawn, "
    "when soldiers withdrew along the road towards Wamba, residents said.",
])
def test_a_side_pulling_back_from_a_fight_is_no_event_of_its_own(nlp, body):
    found = report(nlp, "Fighting near Kalimbo", body)
    assert found and not any(e["type"] == "RETREAT" for e in found)


def test_a_withdrawal_told_alone_is_an_event(nlp):
    found = report(nlp, "Troops leave border town", "Government troops withdrew from the border town of Kalimbo on "
                   "Monday, residents said.\nThe town had been shelled for weeks.")
    assert any(e["type"] == "RETREAT" for e in found)



def test_a_town_taken_after_days_of_fighting_is_one_incident_apart_from_another_town_taken(nlp):
    """"took control of Kalimbo after two days of fighting ... entered the town on Thursday after troops
    withdrew ... at least nine people were killed during the fighting ... Wamba, which the rebels
    captured in mid-September": the fighting, the entry and the toll are Kalimbo's taking; Wamba's
    capture is another incident."""
    found = placed_report(nlp, "Rebels seize Kalimbo after army pulls back",
                          "Rebels have taken control of Kalimbo, a market town in Sabeli district, after two days of "
                          "fighting with the army, officials said.\nThe rebels entered the town on Thursday afternoon "
                          "after troops withdrew toward the west, a local leader said. At least nine people were "
                          "killed during the fighting, he said.\nKalimbo lies on the road to Wamba, which the rebels "
                          "captured in mid-September.", "DODOMA, Tanzania")
    takings = [e for e in found if e["acled"] and e["acled"]["sub_event_type"] == "Non-state actor overtakes territory"]
    assert [(e["killed"], e["date"]["value"]) for e in takings] == [(9, "2025-10-09"), (None, "2025-09")]


def test_a_town_named_deep_in_the_object_s_phrase_places_the_strike(nlp):
    """"bombed positions on islands in Lake Chad near the town of Bosso": the town, nine words down the
    parse from the trigger, not the lake (a region across four countries)."""
    event = main_event(placed_report(nlp, "Jets bomb island camps",
                                     "Fighter jets bombed camps on islands in Lake Chad near the town of Bosso on "
                                     "Sunday, killing 12 fighters, the army said.", "NIAMEY, Niger"))
    assert event["location"]["name"] == "Bosso"


@pytest.mark.parametrize("headline, body", [
    ("Troops detain 14 in dawn raid", "Soldiers and police raided a cluster of houses in the Mbeso neighbourhood "
     "before dawn on Monday, detaining 14 suspected gang members, the army said."),
    # arrests made "in a raid": the raid is how they were made
    ("Eight held in farm raid", "Security forces arrested eight men in a raid on a farm outside the village of "
     "Kolo on Tuesday, the interior ministry said."),
])
def test_arrests_told_as_a_participle_of_the_raid_or_made_in_it_are_the_raid_s(nlp, headline, body):
    found = report(nlp, headline, body)
    assert len(found) == 1 and found[0]["type"] == "COERCE"


def test_a_fight_and_arrests_of_the_people_raided_are_the_raid_s(nlp):
    """"raided a house ... The suspects inside opened fire, and two of them were shot dead ... Four others
    were arrested": one operation, with its dead."""
    found = report(nlp, "Two killed in police raid",
                   "Counter-terrorism officers raided a house in the town of Kolo early on Saturday. The suspects "
                   "inside opened fire, and two of them were shot dead in the exchange, police said. Four others "
                   "were arrested.")
    assert [(e["type"], e["killed"]) for e in found] == [("ASSAULT", 2)]



def test_a_town_inside_the_division_the_lead_names_is_the_same_incident_however_far_from_its_centre(nlp):
    """"killed in a gunfight near the border in Sistan and Baluchestan province ... attacked a border post near
    the town of Saravan, setting off a firefight": one incident at Saravan, though the province's centre
    lies far from the town."""
    found = placed_report(nlp, "Nine killed in border gunfight",
                          "Six border guards and three militants were killed in a gunfight near the border with "
                          "Pakistan in Sistan and Baluchestan province, state media reported on Monday.\nArmed men "
                          "attacked a border post near the town of Saravan late on Sunday, setting off a firefight "
                          "that lasted into the early hours, the news agency said. Four other guards were wounded.",
                          "ZAHEDAN, Iran")
    clashes = _asserted_assaults(found)
    assert [(e["location"]["name"], e["killed"], e["wounded"]) for e in clashes] == [("Saravan", 9, 4)]


def test_an_agreement_made_after_a_deadly_shootout_has_no_toll_of_its_own(nlp):
    """"agreed to a ceasefire, two days after a shootout between border guards left three people dead":
    the dead are the shootout's, which the parse hangs below the agreement."""
    found = report(nlp, "Neighbours agree ceasefire after border shootout",
                   "The two countries agreed on Monday to an immediate ceasefire and to pull reinforcements back from "
                   "the frontier, two days after a shootout between border guards left three people dead, "
                   "officials said.")
    assert [(e["type"], e["killed"]) for e in found if e["type"] in ("AGREE", "ASSAULT")] == [("AGREE", None),
                                                                                              ("ASSAULT", 3)]


@pytest.mark.parametrize("body", [
    "Soldiers clashed with militants near the village of Kiri on Monday. Five militants were killed and one soldier "
    "was wounded in the exchange, according to the ministry, which said rifles and a motorbike had been recovered.",
    "Troops fought off an attack on their base near Kiri on Monday, killing seven assailants. The army said its men "
    "had seized 12 assault rifles and a boat loaded with ammunition.",
    "Soldiers killed four militants in Kiri on Monday and recovered their weapons.",  # the killing names the event
    # a seizure (no confiscation word) two paragraphs after the lead, in the one after the fight's detail
    "Two soldiers and six gunmen died on Tuesday in a gunbattle near Kiri, the ministry said.\nA patrol was "
    "driving towards Kiri when it was fired on from pickup trucks. The soldiers returned fire.\nThree other "
    "soldiers were wounded. Troops seized nine assault rifles and two of the vehicles at the scene.",
])
def test_weapons_taken_in_a_fight_are_its_spoils_not_another_event(nlp, body):
    found = report(nlp, "Army repels militants near Kiri", body)
    assert [e["acled"]["sub_event_type"] for e in found] == ["Armed clash"]


def test_weapons_found_where_nobody_died_stay_an_event_of_their_own(nlp):  # a guard
    found = report(nlp, "Police act near camp", "Police found two bombs near the houses of displaced families in Kiri "
                   "on Monday and defused them before they went off.")
    assert [e["acled"]["sub_event_type"] for e in found] == ["Disrupted weapons use"]


def test_what_was_seized_after_a_raid_is_no_weapon_used_in_it(nlp):
    found = report(nlp, "Police kill five militants in raid", "Five militants were gunned down by police in an early "
                   "morning raid in Kiri town on Monday. Explosives and suicide jackets were also confiscated.")
    assert [e["acled"]["event_type"] for e in found] == ["Battles"]


@pytest.mark.parametrize("body", [
    "Militia fighters took control of the town of Kiri on Thursday after a night of heavy fighting with federal "
    "troops, residents said.",
    "Militia fighters took control of the town of Kiri on Thursday after two days of heavy fighting with federal "
    "troops, residents said.",  # a guard: already one incident
    "Militia fighters took control of the town of Kiri on Thursday after federal troops withdrew following two days "
    "of heavy fighting, residents said.",
])
def test_the_fighting_a_town_was_taken_after_is_how_it_was_taken(nlp, body):
    found = report(nlp, "Militia takes Kiri", body)
    assert [e["acled"]["sub_event_type"] for e in found] == ["Non-state actor overtakes territory"]


def test_one_of_the_bombs_an_air_strike_dropped_is_that_strike(nlp):
    found = report(nlp, "Air strike kills villagers", "A military jet dropped bombs on a monastery in the village of "
                   "Kiri on Sunday, killing 14 civilians, residents said.\nTwo residents said one bomb landed beside "
                   "the dining hall, where families were eating. At least 22 people were wounded.")
    assert [(e["acled"]["sub_event_type"], e["killed"], e["wounded"]) for e in found] == [("Air/drone strike", 14, 22)]


def test_the_war_people_were_displaced_by_is_no_event(nlp):
    found = report(nlp, "Displaced people march", "Thousands of people displaced by the war in the northern region "
                   "marched peacefully through the streets of Kiri on Monday, demanding that the authorities allow "
                   "them to return to their homes more than two years after the conflict ended.\nThe peace "
                   "agreement signed in the capital in 2022 ended two years of fighting that killed hundreds of "
                   "thousands of people.")
    assert all(e["trigger"]["text"] != "war" for e in found)


def test_fighting_people_fled_is_no_event(nlp):
    found = report(nlp, "Air strike kills villagers", "A military jet bombed a monastery in the village of Kiri on "
                   "Sunday, killing 14 civilians, residents said.\nThe bomb landed beside the dining hall, where "
                   "families who had fled fighting elsewhere in the township were eating.")
    assert [e["acled"]["sub_event_type"] for e in found] == ["Air/drone strike"]


def test_a_victim_told_by_a_participle_does_not_name_the_incident(nlp):
    found = report(nlp, "Eleven dead in police operation", "A police operation in the Kiri district left 11 people "
                   "dead on Tuesday, including a woman struck by a stray bullet in her kitchen. Officers came under "
                   "heavy fire as they entered the narrow streets, police said.")
    assert main_event(found)["trigger"]["text"] == "came"


def test_an_act_told_after_another_where_no_place_is_named_is_at_that_acts_place(nlp):
    text = ("Three soldiers killed in bomb blast\nThe Lakeside Courier\nThu, 03 Mar 2022 10:00 UTC\n"
            "BUEA, Cameroon — Three soldiers were killed when a bomb exploded under their vehicle on Thursday evening "
            "in Bambili, a town in the Northwest Region, military sources said.\nResidents said troops who arrived "
            "after the explosion went from house to house, and that two young men were shot dead in front of their "
            "homes that night.\n")
    found = run_events(nlp, text, before=with_dates_and_places)
    assert [(e["killed"], e["location"]["name"]) for e in found] == [(3, "Bambili"), (2, "Bambili")]


def test_the_toll_of_years_of_fighting_is_no_incident(nlp):
    found = report(nlp, "Displaced people march", "Thousands of displaced people marched through Kiri on Monday.\n"
                   "The peace agreement signed in the capital in 2022 ended two years of fighting that killed "
                   "hundreds of thousands of people.")
    assert [e["type"] for e in found] == ["PROTEST"]


def test_the_lead_tells_what_the_headline_reports_when_a_later_event_matches_it_as_well(nlp):
    found = report(nlp, "Gunmen kill dozens in overnight attack", "Armed men killed at least 34 civilians in an "
                   "overnight attack on a rural settlement near the town of Kiri, the rights commission said on "
                   "Friday.\nThe commission said the attackers went from house to house shooting residents.\nIn "
                   "January, gunmen opened fire on a passenger bus on the road near Doro, killing nine people, local "
                   "officials said at the time.")
    assert (main_event(found)["trigger"]["text"], main_event(found)["killed"]) == ("attack", 34)


def test_a_toll_that_rose_as_more_bodies_were_found_is_the_update(nlp):
    found = report(nlp, "Gunmen kill dozens in overnight attack", "Armed men killed at least 34 civilians in an "
                   "overnight attack on a settlement near the town of Kiri, the commission said on Friday.\nA "
                   "regional official later said the death toll had risen to 41 as more bodies were recovered from "
                   "burned houses and nearby fields.")
    assert [e["killed"] for e in found] == [41]


@pytest.mark.parametrize("headline, body, sub_event_type, killed", [
    # the dead of the fighting a withdrawal before the taking followed are the taking's
    ("Militia takes Kiri", "Militia fighters took control of the town of Kiri on Thursday after federal troops "
     "withdrew following two days of fighting, residents said.\nA local official said at least nine people had been "
     "killed in the fighting around Kiri, among them six soldiers.", "Non-state actor overtakes territory", 9),
    # soldiers an army lost are its dead, and contest the other side's claim about them
    ("Army retakes Kiri", "Government forces captured the town of Kiri on Wednesday after a day of heavy fighting, "
     "officials said.\nThe governor said 17 militants were killed in the battle, while the army lost two soldiers.\n"
     "The militants said their fighters had killed more than 20 government troops.", "Government regains territory",
     19),
])
def test_the_toll_of_a_taking(nlp, headline, body, sub_event_type, killed):
    found = report(nlp, headline, body)
    assert [(e["acled"]["sub_event_type"], e["killed"]) for e in found] == [(sub_event_type, killed)]


def test_what_a_headline_s_anger_is_over_is_no_headline_event(nlp):
    found = report(nlp, "Traders shut markets across the district as anger over kidnappings grows", "Shops and "
                   "markets stayed shut across the district on Monday as traders observed a shutter-down strike "
                   "against a wave of kidnappings for ransom.\nLast Wednesday, gunmen abducted two grain dealers on "
                   "the highway near Kiri, police said.")
    assert main_event(found)["acled"] == {"event_type": "Protests", "sub_event_type": "Peaceful protest"}


def test_a_death_told_as_what_a_past_riot_followed_is_not_the_headline_s_death(nlp):
    found = report(nlp, "Mob burns man to death, torches police cars in highland town", "A crowd beat a man and set "
                   "him on fire in the central square of Kiri late on Monday after accusing him of trying to abduct "
                   "a child, police said.\nThe town has seen unrest before. In May 2012, residents who opposed a "
                   "dam ransacked a military outpost after a community leader was shot dead.")
    assert main_event(found)["trigger"]["text"] == "beat"
