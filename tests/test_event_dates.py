"""The date an event takes from its own sentence (events linker, date rules of docs/dates.md)."""

from __future__ import annotations

import pytest

from event_runs import main_event, run_events, with_dates, with_dates_and_places

DATELINE = "Headline\nThe Outlet\nWed, 15 Nov 2023 06:00 UTC\n"  # a Wednesday


@pytest.fixture
def event_date(nlp):
    """The main event's date object of a body text published on Wednesday 15 November 2023."""
    def run(body: str) -> dict | None:
        return main_event(run_events(nlp, DATELINE + body + "\n", before=with_dates))["date"]
    return run


@pytest.mark.parametrize("body, expected", [
    ("On 2 November 2023, clashes between herders and farmers were reported in the valley.", "2023-11-02"),
    ("On 2 November 2023, an attack by gunmen on a bus was observed near the bridge.", "2023-11-02"),
    ("3 November 2023: Militants claim to have overrun an army post near the river, killing four soldiers.",
     "2023-11-03"),
    ("On 4 November 2023, soldiers freed a trader in the town, who had been abducted by bandits.", "2023-11-04"),
    ("On 5 November 2023, in Kala town, the local defence force claimed that it bombed an army convoy.",
     "2023-11-05"),
    ("On 6 November 2023, residents said two farmers were killed when gunmen raided the village.", "2023-11-06"),
    ("On 7 November 2023, the police said that gunmen had raided the village on 3 November 2023.", "2023-11-03"),
])
def test_a_date_opening_the_sentence_dates_its_event_despite_reporting_verbs(event_date, body, expected):
    assert event_date(body)["value"] == expected


def test_an_event_that_is_the_subject_of_a_report_verb_takes_its_date(event_date):
    found = event_date("By noon on Tuesday, the fire in the market had claimed 12 lives.")
    assert found["value"] == "2023-11-14" and found["basis"] == "relative"


@pytest.mark.parametrize("body, expected", [
    ("Rioters burned tyres in the town last night, residents said.", "2023-11-14"),
    ("Gunmen attacked a village overnight, killing three farmers.", "2023-11-14"),
    ("Gunmen attacked a village on Saturday, killing three farmers.", "2023-11-11"),
    ("Gunmen attacked a village on Wednesday, killing three farmers.", "2023-11-15"),  # the dateline's own day
])
def test_relative_days_resolve_against_the_dateline(event_date, body, expected):
    assert event_date(body)["value"] == expected


def test_explicit_day_beats_overnight_in_the_same_sentence(event_date):
    found = event_date("On 9 November 2023, overnight, gunmen attacked a village, killing three farmers.")
    assert found["value"] == "2023-11-09" and found["basis"] == "explicit"


def test_a_date_only_of_the_report_leaves_the_event_undated(event_date):
    assert event_date("The governor said on Monday that bandits had attacked a village.") is None


@pytest.mark.parametrize("body, expected", [
    # the day before the source that closes the sentence is the event's, though the parser hangs it on "said"
    ("At least eight civilians were killed when an aircraft bombed a market in Waat, the headquarters of Nyirol "
     "County, on Monday, local authorities and aid workers said.", "2023-11-13"),
    # a day after the report verb is the report's
    ("At least eight civilians were killed when an aircraft bombed a market in Waat, local authorities said on "
     "Monday.", None),
    # the act's outcome between the day and the source, hung on the report by the parser, changes nothing
    ("Armed men attacked a group of Mayangna and Miskito indigenous people working at an artisanal gold mine on "
     "Kiwakumbaih hill, inside the Bosawás biosphere reserve in northern Nicaragua, on Monday, killing at least 11 "
     "of them, indigenous organizations said on Tuesday.", "2023-11-13"),
])
def test_a_day_before_a_closing_report_dates_what_was_reported(event_date, body, expected):
    found = event_date(body)
    assert (found["value"] if found and found["basis"] != "dateline" else None) == expected


def test_an_event_dated_only_by_its_report_takes_the_day_the_next_sentence_gives(event_date):
    """"..., residents said on Tuesday. The gunmen arrived at around 11 p.m. on Monday ...": the next
    sentence goes on with the raid in no event words of its own, so its day is the raid's."""
    body = ("Gunmen abducted nine villagers during a night raid on the village of Kolo, residents said on Tuesday.\n\n"
            "The gunmen arrived on foot at around 11 p.m. on Monday and went from house to house, residents said.")
    assert event_date(body)["value"] == "2023-11-13"


def test_an_undated_event_falls_back_to_the_dateline(event_date):
    found = event_date("Bandits attacked a village, killing three farmers.")
    assert found["value"] == "2023-11-15" and found["basis"] == "dateline"


def test_a_range_stays_a_range(event_date):
    found = event_date("Between 28 October and 3 November 2023, militia fighters attacked several villages.")
    assert found["value"] == "2023-10-28/2023-11-03" and found["precision"] == "range"


def test_a_zoned_dateline_resolves_relative_days_on_the_writers_day(nlp):
    text = "Headline\nThe Outlet\nMon, 13 Nov 2023 11:30 PM EST\nGunmen attacked a village yesterday, killing two.\n"
    found = main_event(run_events(nlp, text, before=with_dates))["date"]
    assert found["value"] == "2023-11-12"  # UTC is already Tuesday; the writer's yesterday is Sunday


@pytest.mark.parametrize("body, expected", [
    ("Wednesday, 15 November 2023 _Gunmen killed six herders near the river, the district officer said "
     "on Tuesday.", None),
    ("Wednesday, 15 November 2023 - Gunmen killed six herders near the river on Monday night.", "2023-11-13"),
])
def test_the_publication_date_repeated_at_the_start_of_the_body_is_no_event_date(event_date, body, expected):
    assert (event_date(body) or {}).get("value") == expected


def test_the_day_a_toll_rose_is_not_the_day_of_the_attack(event_date):
    body = ("The death toll from a car bombing outside the central market rose to nine on Tuesday. "
            "The bombing on Monday evening also wounded dozens of shoppers.")
    assert event_date(body)["value"] == "2023-11-13"


def test_a_date_opening_an_earlier_sentence_dates_what_it_tells_despite_its_bracket(event_date):
    body = ("Around 10 November 2023 (week of), fighting in the hills went on from October and into November. "
            "These are estimates of the ongoing clashes between the army and the militia.")
    assert event_date(body)["value"] == "2023-11-10"


def test_a_date_of_what_a_protest_called_for_does_not_date_it(event_date):
    found = event_date("Rioters barricaded the main road out of the town to call for inclusive elections in April 2024.")
    assert found["basis"] == "dateline" and found["value"] == "2023-11-15"


def test_a_person_s_past_told_in_a_relative_clause_does_not_date_the_event(event_date):
    """"a constable, a resident of the district who had joined the force in 2019": his past."""
    found = event_date("A constable, a resident of the district who had joined the force in 2019, was killed in a "
                       "gunfight with bandits near Kaura. Two other officers were wounded.")
    assert found["value"] == "2023-11-15" and found["basis"] == "dateline"


@pytest.mark.parametrize("body, began", [
    ("Farmers drove tractors onto the motorways leading into the capital on Monday, blocking traffic on eight roads "
     "in a protest over fuel costs. Some 80 people have been detained since the protests began ten days ago.",
     "2023-11-05"),
    ("Teachers marched to the ministry on Monday in a protest over unpaid wages. Police have arrested 40 people "
     "since the protests started on 2 November.", "2023-11-02"),
])
def test_when_a_period_began_does_not_date_the_event_told_with_it(event_date, body, began):
    assert event_date(body)["value"] != began


@pytest.mark.parametrize("body, earlier", [
    ("Transport workers went on strike after the government raised diesel prices last week.", "2023-W45"),
    ("Students blocked the highway into the city after a lecturer was arrested on Saturday.", "2023-11-11"),
])
def test_a_date_of_what_the_event_followed_does_not_date_it(event_date, body, earlier):
    """"after the government raised prices last week": the week of the price rise, not of the strike."""
    assert event_date(body)["value"] != earlier


def test_the_bombing_named_again_is_the_same_bombing_whatever_the_parse_hangs_on_its_sentence(nlp):
    """A follow-up that opens with the toll's new count and then tells "the bombing late Tuesday":
    the same bombing, even when the parser hangs another word's place ("in the volatile province
    of Helmand", the raids' place) on "attack" in that sentence."""
    body = ("The death toll from a car bombing outside the police headquarters in Kandahar rose to at least nine on "
            "Wednesday. The group said the bombing late Tuesday was a \"revenge attack\" for army raids this month in "
            "the volatile province of Helmand that left 12 civilians dead.")
    found = run_events(nlp, DATELINE + body + "\n", before=with_dates_and_places)
    bombings = [e for e in found if e["trigger"]["text"] == "bombing"]
    assert [(e["location"]["name"], e["killed"]) for e in bombings] == [("Kandahar", 9)]


@pytest.mark.parametrize("body, expected", [
    ("One man died and nine were injured in a clash between two villages, police said on Sunday. The clash "
     "broke out the previous evening near the market, when stones were thrown at a procession.", "2023-11-11"),
    ("Gunmen killed nine villagers on 3 November, residents said on Sunday. \"We buried them the next "
     "morning,\" one resident said. Six other people had been wounded in the raid.", "2023-11-03"),
])
def test_the_previous_evening_counts_from_a_report_day_when_no_other_day_is_named(event_date, body, expected):
    """"police said on Sunday ... The clash broke out the previous evening": with no day of what happened
    named before it, the day it was reported on anchors "the previous evening"; a day of what happened
    still wins over a report day."""
    assert event_date(body)["value"] == expected


@pytest.mark.parametrize("body, expected", [
    ("Gunmen stormed a market district of the capital earlier this week, killing at least nine people, police "
     "said.\nResidents said the assault began around 5 a.m. on Monday and lasted for several hours.", "2023-11-13"),
    ("Fighters attacked an army base in the north earlier this month, the army said.\nThe attack on the base "
     "took place on 6 November, according to a local official.", "2023-11-06"),
])
def test_a_later_telling_names_the_day_inside_the_week_or_month(event_date, body, expected):
    """A lead that dates an event only to a week or a month takes the day a later telling of the same
    incident names inside that period."""
    assert event_date(body)["value"] == expected


@pytest.mark.parametrize("body, expected", [
    # the lead tells the main event in words that are no trigger; the event is named later
    ("Gunmen in uniforms stopped an intercity bus on Saturday afternoon on the road outside the town and forced "
     "several passengers into the forest, officials said.\n"
     "The army said on Monday that seven people had been abducted.", "2023-11-11"),
    # a lead that only dates its report gives no day
    ("Officials said on Monday that the situation in the town was tense.\n"
     "The army said seven people had been abducted.", "2023-11-15"),
])
def test_a_lead_without_an_event_word_dates_the_main_event(event_date, body, expected):
    assert event_date(body)["value"] == expected


def test_a_lead_without_an_event_word_gives_the_main_event_its_town(nlp):
    """The lead tells the abduction in words that are no trigger; the event named later is placed
    only in Borno State, so it takes the lead's first town inside Borno."""
    text = ("Gunmen abduct bus passengers\nThe Lake Chad Post\nMonday, 4 August 2025\n\nGunmen stopped an intercity "
            "bus on Saturday afternoon on the road between Damboa and Biu in Borno State and forced several "
            "passengers into the bush, officials said.\n\nThe army said on Sunday that seven people had been "
            "abducted in Borno State.\n")
    event = main_event(run_events(nlp, text, before=with_dates_and_places))
    assert (event["location"]["name"], event["date"]["value"]) == ("Damboa", "2025-08-02")


def test_a_number_of_people_is_no_toll_that_takes_a_date_away(event_date):
    """"a number of people took part in a march": no casualty toll counts the march, so the date
    that opens the sentence still dates it."""
    found = event_date("On 2 November 2023, a number of people took part in a demonstration march in the city.")
    assert found["value"] == "2023-11-02"


@pytest.mark.parametrize("sentence, expected", [
    ("Two days before the assault, suspected militants abducted twelve women near the camp.", "2023-11-09"),
    ("Suspected militants abducted twelve women near the camp two days before the assault.", "2023-11-09"),
    ("On the night before the assault, gunmen set fire to a school in the next village.", "2023-11-10"),
    ("A day after the assault, hundreds of residents blocked the main road in protest.", "2023-11-12"),
    ("Hours after the assault, soldiers arrested four men at a checkpoint outside the town.", "2023-11-11"),
    ("A week before the assault, a roadside bomb wounded three soldiers on the same road.", "2023-11-04"),
])
def test_an_event_dated_from_another_takes_that_events_day_moved_by_the_days_stated(nlp, sentence, expected):
    text = (DATELINE + "\nFighters attacked an army base outside the town on Saturday, killing nine soldiers.\n\n"
            + sentence + "\n")
    events = run_events(nlp, text, before=with_dates)
    later = next(e for e in events if not e["main"])
    assert later["date"]["value"] == expected and later["date"]["basis"] == "relative"
    assert later["date"]["text"].endswith("the assault")


def test_an_event_dated_from_another_is_no_incident_the_text_dates_another_day(nlp):
    """The strike is dated from the assault (Saturday); Wednesday's shooting, told next, is another
    incident, though no named party tells them apart."""
    text = (DATELINE + "\nFighters attacked an army base outside the town on Saturday, killing nine soldiers.\n\n"
            "Hours after the assault, army aircraft struck militant hideouts in the hills, killing 12 militants.\n\n"
            "On Wednesday, militants shot dead two tribesmen accused of collaborating with the army.\n")
    events = run_events(nlp, text, before=with_dates)
    assaults = [e for e in events if e["type"] == "ASSAULT"]
    assert sorted(e["date"]["value"] for e in assaults) == ["2023-11-11", "2023-11-11", "2023-11-15"]
    assert main_event(events)["acled"]["sub_event_type"] == "Armed clash"  # the assault used no aircraft


def test_an_event_dated_from_an_undated_one_or_by_months_stays_undated(nlp):
    events = run_events(nlp, DATELINE + "\nTwo months before the election, gunmen abducted a candidate in the town.\n",
                        before=with_dates)
    assert main_event(events)["date"] is None


@pytest.mark.parametrize("text, trigger, expected", [
    ("Troops on Saturday retook the village of Kanyama, three days after rebels seized it.", "seized", "2023-11-08"),
    ("Gunmen raided a cattle camp on Saturday, killing nine herders. The raid came two days after gunmen "
     "abducted three women from a nearby village.", "abducted", "2023-11-09"),
])
def test_a_clause_measured_from_the_act_it_hangs_on_is_dated_from_that_act(nlp, text, trigger, expected):
    events = run_events(nlp, DATELINE + "\n" + text + "\n", before=with_dates)
    event = next(e for e in events if e["trigger"]["text"] == trigger)
    assert event["date"]["value"] == expected and event["date"]["basis"] == "relative"


@pytest.mark.parametrize("subject", ["The advance", "It"])
def test_a_clause_measured_from_an_act_referred_back_to_is_its_own_event(nlp, subject):
    text = ("Soldiers captured three rebel camps in the hills on Saturday, the army said.\n\n"
            f"{subject} came a day after rebels ambushed a bus on the main road, killing four passengers.")
    events = run_events(nlp, DATELINE + "\n" + text + "\n", before=with_dates)
    ambush = next(e for e in events if e["trigger"]["text"] == "ambushed")
    assert ambush["date"]["value"] == "2023-11-10" and ambush["killed"] == 4
    assert main_event(events)["trigger"]["text"] == "captured" and main_event(events)["killed"] is None


@pytest.mark.parametrize("text, trigger, expected", [
    # "on the same day as" another event: that event's day, not the latest date told
    ("Thousands joined a protest against fuel prices in the capital on Saturday, organisers said. Police "
     "arrested two of the organisers on Monday.\n\n"
     "In the northern town, about 50 students marched peacefully on the same day as the protest in the capital.",
     "marched", "2023-11-11"),
    # "On the same day,": the day of the act told before, not of the date named last
    ("Gunmen shot dead a local party leader in the town on Saturday evening. Police said they were "
     "investigating whether the killing was linked to the July 30 bombing of a party convention.\n\n"
     "On the same day, traders in the capital held a demonstration against electricity bills.",
     "demonstration", "2023-11-11"),
    # a clause that reports the act is measured like the act
    ("A suicide bomber struck a checkpoint outside the town on Saturday, killing nine soldiers.\n\n"
     "The attack came a day after troops said they had taken control of a nearby village.",
     "taken control", "2023-11-10"),
])
def test_an_event_told_on_a_day_counted_from_another_takes_that_day(nlp, text, trigger, expected):
    events = run_events(nlp, DATELINE + "\n" + text + "\n", before=with_dates)
    event = next(e for e in events if e["trigger"]["text"] == trigger)
    assert event["date"]["value"] == expected


def test_less_than_a_unit_counts_one_unit(nlp):
    text = ("A local official was shot dead outside his home on Saturday.\n\n"
            "The killing came less than a week after a candidate was shot dead as he left a rally in the capital.")
    events = run_events(nlp, DATELINE + "\n" + text + "\n", before=with_dates)
    assert sorted(e["date"]["value"] for e in events if e["type"] == "ASSAULT") == ["2023-11-04", "2023-11-11"]


def test_an_event_named_with_the_day_another_is_counted_from_is_dated_that_day(nlp):
    text = ("On Saturday, thousands of people demonstrated in the city centre, demanding the release of detainees.\n\n"
            "Two days before Saturday's demonstrations, police arrested a student leader at a checkpoint.")
    events = run_events(nlp, DATELINE + "\n" + text + "\n", before=with_dates)
    assert sorted((e["type"], e["date"]["value"]) for e in events) == [("COERCE", "2023-11-09"),
                                                                       ("PROTEST", "2023-11-11")]


def test_a_day_of_another_noun_in_an_after_clause_measures_nothing(nlp):
    text = ("Students rioted at the university on Saturday after the death of a classmate the day before.")
    events = run_events(nlp, DATELINE + "\n" + text + "\n", before=with_dates)
    assert main_event(events)["date"]["value"] == "2023-11-11"



def test_days_not_counted_give_no_day(nlp):
    text = ("Residents set fire to the council building on Saturday, days after a boy was killed by a stray bullet.")
    events = run_events(nlp, DATELINE + "\n" + text + "\n", before=with_dates)
    killing = next(e for e in events if e["trigger"]["text"] == "killed")
    assert killing["date"] is None or killing["date"]["value"] != "2023-11-10"


@pytest.mark.parametrize("opening, expected", [
    ("Earlier this month, on 6 November,", "2023-11-06"),
    ("Last week, on 7 November,", "2023-11-07"),
])
def test_a_day_right_after_the_period_it_lies_in_dates_the_event(nlp, opening, expected):
    events = run_events(nlp, DATELINE + f"\n{opening} armed men looted and then burned a health centre in the "
                                        "town.\n", before=with_dates)
    assert main_event(events)["date"]["value"] == expected


def test_the_day_the_dead_were_counted_is_not_the_incidents(nlp):
    """"On Saturday we counted 15 bodies": the count's day; the toll joins Friday's attack, not the
    clash told next on Saturday."""
    text = (DATELINE + "\nGunmen stormed the village of Kolo late on Friday, firing on residents, a lawmaker said.\n\n"
            "\"On Saturday we counted 15 bodies, but residents kept finding more,\" he said.\n\n"
            "On Saturday, soldiers clashed with rebels near Bokolobo, killing six rebels, a military source said.\n")
    events = run_events(nlp, text, before=with_dates)
    attack = main_event(events)
    clash = next(e for e in events if e["trigger"]["text"] == "clashed")
    assert (attack["date"]["value"], attack["killed"]) == ("2023-11-10", 15)
    assert (clash["date"]["value"], clash["killed"]) == ("2023-11-11", 6)


def test_a_date_an_earlier_sentence_gives_a_noun_does_not_date_the_next_sentence(nlp):
    text = (DATELINE + "\nPolice on Monday arrested two community leaders in the town, accusing them of instigating "
            "Saturday's attack. Their lawyer said they had been detained without a warrant.\n")
    events = run_events(nlp, text, before=with_dates)
    assert {e["date"]["value"] for e in events if e["type"] == "COERCE"} == {"2023-11-13"}


def test_a_clause_counted_from_another_act_keeps_the_day_it_states(nlp):
    """"The killing comes less than three weeks after a councillor was shot dead ... on October 24":
    the earlier shooting is its own incident, on its own stated day, with its own dead."""
    found = run_events(nlp, DATELINE + "Gunmen shot dead a ward councillor in Kibo on Monday, police said. The killing "
                       "comes less than three weeks after another councillor was shot dead outside his home in Tamala "
                       "on October 24.\n", before=with_dates)
    earlier = next(e for e in found if e["date"] and e["date"]["value"] == "2023-10-24")
    assert earlier["killed"] == 1


def test_hours_later_is_the_day_of_the_act_told_before(nlp):
    """"Hours later, angry youths set fire to shops": Saturday, the day of the shooting before it, and
    no part of Sunday's gunfight told after it."""
    found = run_events(nlp, DATELINE + "Gunmen opened fire on traders at a market in Kibo on Saturday afternoon, killing "
                       "four, police said.\n\nHours later, angry youths set fire to several shops in the town.\n\nOn "
                       "Sunday, soldiers on patrol exchanged fire with armed men near the market, killing one of the "
                       "gunmen.\n", before=with_dates)
    dates = {e["trigger"]["text"]: e["date"]["value"] for e in found}
    assert (dates["set fire"], dates["exchanged fire"]) == ("2023-11-11", "2023-11-12")


def test_the_day_before_counts_from_the_day_told_before(nlp):
    """"The day before, about 1,000 people marched ...": the day before the day the paragraph before
    told (Tuesday 14 November), not a hearing that is scheduled for later, nor the dateline."""
    found = run_events(nlp, DATELINE + "Police detained the opposition leader in a dawn raid on his party's office in "
                       "Kibo on Tuesday, party officials said.\n\nLater on Tuesday, several hundred supporters gathered "
                       "outside the city court, where a hearing on his detention is scheduled for November 20. Riot "
                       "police pushed the crowd back and nine people were detained.\n\nThe day before, about 1,000 "
                       "people marched along the seafront in Tamala, chanting slogans in support of political "
                       "prisoners.\n", before=with_dates)
    dates = {e["trigger"]["text"]: e["date"]["value"] for e in found}
    assert (dates["marched"], dates.get("detained")) == ("2023-11-13", "2023-11-14")


def test_the_day_of_a_hearing_dates_no_act_it_is_about(nlp):
    found = run_events(nlp, DATELINE + "Police detained the opposition leader at his home in Kibo on Tuesday. A "
                       "hearing on his detention is scheduled for November 20, his lawyer said. Nine of his supporters "
                       "were detained outside the court.\n", before=with_dates)
    assert all(e["date"]["value"] != "2023-11-20" for e in found if e["date"])


def test_a_day_yet_to_come_dates_no_act_told_as_done(nlp):
    """"Under the deal, a committee is due to meet on Sunday. The UN welcomed the truce": the truce was
    signed before publication; Sunday, still to come, dates the meeting, not the truce."""
    found = run_events(nlp, DATELINE + "Two armed groups in Kibo signed a ceasefire on Monday, elders said.\n"
                       "Under the deal, a joint committee is due to meet on Sunday to oversee the withdrawal. The "
                       "United Nations welcomed the truce.\n", before=with_dates)
    assert [e["date"]["value"] for e in found if e["type"] == "AGREE" and e["modality"] == "asserted"] == ["2023-11-13"]


def test_the_day_a_stretch_of_fighting_ended_is_not_the_fighting_s_day(nlp):
    """"signed a ceasefire yesterday, ending three days of fighting that killed nine": yesterday is
    when the fighting ended; the fighting told later as breaking out on Saturday is the same fighting."""
    found = run_events(nlp, DATELINE + "Two rival armed groups in Kibo signed a ceasefire yesterday, ending three "
                       "days of fighting that killed at least nine people, elders said.\nThe fighting erupted on "
                       "Sunday in the market district after a commander was shot at a checkpoint, residents said.\n",
                       before=with_dates)
    assert [e["date"]["value"] for e in found if e["trigger"]["text"] == "fighting"] == ["2023-11-12"]


def test_the_day_of_an_act_is_not_that_of_what_came_after_it(nlp):
    """"Security forces arrested 15 people on Saturday after a crowd attacked homes in a village":
    Saturday is the arrests' day; the attack, told later as erupting on Friday, is Friday's."""
    found = run_events(nlp, DATELINE + "Security forces arrested 15 people on Tuesday after a crowd attacked and "
                       "set fire to homes in a village near Kibo, officials said.\nThe violence erupted late on "
                       "Monday in the village of Tana after rumours spread about a land sale, residents said.\n",
                       before=with_dates)
    assert sorted((e["type"], e["date"]["value"]) for e in found if e["modality"] == "asserted") == \
        [("ASSAULT", "2023-11-13"), ("COERCE", "2023-11-14")]


def test_a_date_owning_a_noun_or_in_an_aim_does_not_date_the_act(nlp):
    """"October's wages", "to pay ... by Jan. 20": what was agreed, not when it was agreed."""
    body = ("Later on Monday, officials met factory owners and union leaders in the capital, and the owners agreed "
            "to pay October's wages by Jan. 20, a ministry spokesman said.")
    agreed = [e for e in run_events(nlp, DATELINE + body + "\n", before=with_dates) if e["type"] == "AGREE"]
    assert [e["date"]["value"][:7] for e in agreed] == ["2023-11"]


def test_a_time_noun_the_act_happened_during_dates_it(event_date):
    assert event_date("A suicide bomber blew himself up in a mosque during Friday prayers, killing 12 worshippers.")[
        "value"] == "2023-11-10"


@pytest.mark.parametrize("body, expected", [
    ("Armed men killed nine civilians in an overnight raid on a village, sources said on Saturday.", "2023-11-10"),
    ("Armed men raided a village overnight, killing nine, residents said.", "2023-11-14"),  # no report day
])
def test_a_night_told_before_a_dated_report_is_the_night_before_the_report(event_date, body, expected):
    assert event_date(body)["value"] == expected


def test_an_as_clause_hung_on_the_report_shares_the_reported_day(nlp):
    """"... were killed on Tuesday in a gunfight, police said, as local residents fought running battles
    with troops": the battles were on Tuesday too, not undated (so free to join Saturday's grenade attack)."""
    body = ("Three militants and a soldier were killed on Monday in a gunfight in a village in Kulgam district, "
            "police said, as local residents fought running battles with troops near the site.\nOn Saturday, "
            "suspected militants lobbed a grenade at a police patrol in the market of Tral, wounding two policemen.")
    found = run_events(nlp, DATELINE + body + "\n", before=with_dates)
    assert sorted(e["date"]["value"] for e in found if e["modality"] == "asserted") == \
        ["2023-11-11", "2023-11-13", "2023-11-13"]


def test_a_clause_told_as_what_happened_on_a_date_takes_that_date(nlp):
    """"came on 25 November 2022, when gunmen struck ... during Friday prayers": the date the clause
    hangs on, not the latest Friday."""
    body = ("Gunmen killed two police officers in the town on Monday, the army said. The deadliest attack in the "
            "region came on 25 November 2022, when gunmen struck a mosque in the town during Friday prayers, "
            "killing 305 worshippers.")
    found = run_events(nlp, DATELINE + body + "\n", before=with_dates)
    assert [e["date"]["value"] for e in found if e["killed"] == 305] == ["2022-11-25"]


def test_a_day_named_after_a_counted_time_is_the_day(nlp):
    """"Two days earlier, on Saturday, a bomb exploded": Saturday, not two days before the act told
    before (a truce that took effect weeks ago)."""
    body = ("Gunmen abducted five contractors outside the town on Monday, the army said. The kidnapping broke a "
            "truce that took effect on Oct. 3.\nTwo days earlier, on Saturday, a bomb hidden in a parked "
            "motorcycle exploded outside the police station in Tame, wounding three officers.")
    found = run_events(nlp, DATELINE + body + "\n", before=with_dates)
    bombs = [e for e in found if e["acled"] and e["acled"]["event_type"] == "Explosions/Remote violence"]
    assert [e["date"]["value"] for e in bombs] == ["2023-11-11"]


def test_a_day_inside_what_an_event_followed_is_that_act_s_day(nlp):
    """"late on Saturday" dates the raid the fighting erupted after (the parser hangs it on the raid):
    the fighting, told first as Sunday's, stays one event of that day."""
    events = run_events(nlp, DATELINE + "Tribal fighters took control of the town of Kasra on Sunday, residents said. "
                        "The fighting erupted after a militia raid on a house in Kasra late on Saturday in which a young man "
                        "was shot dead.\n",
                        before=with_dates)
    fighting = [e for e in events if e["trigger"]["text"] in ("took control", "fighting")]
    assert [e["date"]["value"] for e in fighting] == ["2023-11-12"]


def test_a_night_told_before_what_the_blast_did_and_a_closing_report_dates_the_blast(event_date):
    """The parser hangs "overnight" on the city before it; the outcome ("blowing out windows ...") and the
    report's source stand between it and the closing report."""
    found = event_date("A homemade bomb exploded outside a military enlistment office in Tiraspol, the main city of "
                       "Moldova's Russian-backed breakaway region of Transnistria, overnight, blowing out windows and "
                       "damaging the entrance but injuring no one, the region's interior ministry said on Wednesday.")
    assert found["value"] == "2023-11-14"
