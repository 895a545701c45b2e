"""Casualty figures read from parsed sentences (sentences written for these tests)."""

from __future__ import annotations

import pytest

from article2json.extractors.events.casualties import Casualty, event_totals, find_casualties
from event_runs import main_event, run_events, with_dates


@pytest.fixture(scope="module")
def figures(nlp):
    def read(sentence: str) -> list[tuple]:
        doc = nlp(sentence)
        return [(c.kind, c.count, c.low, c.high, c.who, c.text) for c in find_casualties(doc[:])]
    return read


@pytest.fixture(scope="module")
def totals(nlp):
    return lambda sentence: event_totals(find_casualties(nlp(sentence)[:]))


@pytest.mark.parametrize("sentence, expected", [
    ("Gunmen shot dead four villagers near the market on Friday.",
     [("killed", 4, 4, 4, "villagers", "four villagers")]),
    ("At least 12 pilgrims were killed when the bus overturned.",
     [("killed", 12, 12, None, "pilgrims", "At least 12 pilgrims")]),
    ("More than 40 people were hurt in the stampede.",
     [("wounded", 40, 41, None, "people", "More than 40 people")]),
    ("The storm killed up to 9 fishermen.",
     [("killed", 9, None, 9, "fishermen", "up to 9 fishermen")]),
    ("A roadside bomb killed a district governor.",
     [("killed", 1, 1, 1, "district governor", "a district governor")]),
    ("The raid on the farm left dozens injured.",
     [("wounded", None, 24, None, None, "dozens")]),
    ("Hundreds of families were displaced by the fighting.",
     [("displaced", None, 200, None, "families", "Hundreds of families")]),
    ("The police arrested 23 protesters outside the ministry.",
     [("arrested", 23, 23, 23, "protesters", "23 protesters")]),
    ("Armed men abducted seventeen schoolgirls from their dormitory.",
     [("kidnapped", 17, 17, 17, "schoolgirls", "seventeen schoolgirls")]),
    ("Three climbers are still missing after the avalanche.",
     [("missing", 3, 3, 3, "climbers", "Three climbers")]),
    ("The floods forced 12,000 residents to flee their homes.",
     [("displaced", 12000, 12000, 12000, "residents", "12,000 residents")]),
    ("No one was injured in the blast.",
     [("wounded", 0, 0, 0, None, "No one")]),
    # the parser hangs the number on a demonym it takes for a name: the victims are still the soldiers
    ("Twelve Nigerien soldiers were killed when fighters ambushed a patrol.",
     [("killed", 12, 12, 12, "Nigerien soldiers", "Twelve Nigerien soldiers")]),
])
def test_figures_of_common_phrasings(figures, sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence, killed, wounded", [
    ("Five militants and 2-4 policemen were killed in the clash at the checkpoint.", 7, None),  # a range's low bound
    ("Soldiers shot dead about 40 oxen belonging to herders at the camp.", None, None),  # animals are no casualties
    # what happened next in the incident ("before police opened fire") is no subordinate figure
    ("The gunmen killed one voter, before police opened fire, killing two of the attackers.", 3, None),
    ("Police recorded nine homicides in the port city on Thursday.", 9, None),
    ("Five slain in attack on village near the river", 5, None),  # "slain" the tagger reads as an adjective
    ("The lynching of two suspected cattle thieves angered the chief.", 2, None),
    ("The explosion killed two guards and wounded 15 shoppers.", 2, 15),
    ("Three rangers and five poachers were killed in the gunfight.", 8, None),
    # a side's own claim: not over the toll of the same side (its other side: test_a_side_s_claim_...)
    ("Nine soldiers were killed in the raid. The group said its fighters had killed 30 soldiers.", 9, None),
    ("The army said it killed 25 militants in air strikes on their hideouts.", 25, None),
    ("The shelling led to the martyrdom of a sergeant and two other fighters, as well as the "
     "wounding of a number of others.", 3, None),
    ("The crash claimed the lives of 27 passengers.", 27, None),
    ("A bomb went off at the cattle market, with as many as 16 people dead and 24 injured.", 16, 24),
    ("The district chief was killed along with his driver.", 2, None),
    ("The governor was killed together with three bodyguards.", 4, None),
    ("Rights activist and director of a local foundation was killed on Friday.", 1, None),
    ("Clan fights with rivals in northern Kenya, 15 killed in a village known as Dara.", 15, None),
    ("Officials said the death toll had risen to 61.", 61, None),
    ("Eleven bodies were recovered from the river.", 11, None),
    ("Troops neutralised six insurgents during the operation.", 6, None),
    ("Two of the wounded later succumbed to their injuries.", 2, None),
    ("The mortar strike left seven dead and nine injured.", 7, 9),
    ("Four firefighters were among the dead.", 4, None),
    ("The dead included a nurse and her two sons.", 3, None),
    ("A 30-year-old teacher was stabbed to death on Sunday.", 1, None),
    ("A shopkeeper was fatally shot during the robbery.", 1, None),
    ("Both drivers died at the scene.", 2, None),
    ("Half a dozen miners were hurt when the tunnel collapsed.", None, 6),
    ("Twenty-five people are believed to have been killed.", 25, None),
    ("At least 20 people were killed and at least 35 more were wounded on the bridge.", 20, 35),
    ("The shells left 16 others wounded.", None, 16),
    ("Gunmen raided the depot, killing at least four guards and wounding over 30.", 4, 30),
    ("The raiders killed two herders and three traders sustained serious injuries.", 2, 3),
    ("Villagers were attacked and killed by raiders.", None, None),
    ("The blast killed dozens of worshippers.", None, None),
    # the parser hangs the participle on the object of the clause about the victim
    ("Teacher guarding polling station killed in Kano", 1, None),
    ("Driver delivering food aid killed near Bor", 1, None),
    # one person described twice: a number one, and a singular verb
    ("One local journalist and activist was shot dead by unknown gunmen.", 1, None),
    ("1 retired colonel and farmer was killed by gunmen at his home.", 1, None),
    ("One soldier and two police officers were killed at the checkpoint.", 3, None),
    # one person injured and then killed died; a count of both tells neither
    ("A shepherd was injured and killed by a landmine near the border.", 1, None),
    ("Six shepherds were injured and killed by landmines near the border.", None, None),
    # "left" someone in a state, the participle read as a past tense
    ("The operation left the son of a local trader shot dead in Garissa.", 1, None),
    # a second passive subject inside the first one's phrase
    ("A bodyguard protecting the Meru area Senator is shot dead outside his home.", 1, None),
    ("A candidate for the Kisumu county assembly, Mr Peter Otieno has been hacked to death alongside his son.",
     2, None),
    # a bare participle after "reported"
    ("Herders attack farmers and burn huts; many victims required treatment, five reported killed", 5, None),
    # those "along with" a passive subject share its fate; those along with an active one acted
    ("The village chief, along with his two bodyguards, was shot dead on Sunday.", 3, None),
    ("The leader of the youth movement, along with two bodyguards were killed by unidentified gunmen.", 3, None),
    ("A local trader, together with three of his workers, was killed in the raid.", 4, None),
    ("The rebels, along with their allies, killed two soldiers at the bridge.", 2, None),
    ("Gunmen shot and killed a councillor in addition to two of his bodyguards.", 3, None),
    ("A soldier was killed alongside two civilians.", 3, None),
    # a number right before a bare participle counts it, wherever the parse hung the participle
    ("A coalition of rebels clashed with soldiers near Kaga Bandoro, resulting in 4 killed and 7 wounded.", 4, 7),
    ("A group of herders clashed with farmers in Bouar, resulting in 6 killed and 2 wounded.", 6, 2),
    # the places in brackets after a victim's town are no second victim
    ("On 18 August 2023, rival members of a clan stabbed and killed a fellow community member in Thakurgaon "
     "municipality (Thakurgaon Sadar, Rangpur), over a land dispute.", 1, None),
    # a double letter written single or a letter written twice, as in hurried notes
    ("On 9 October, five militants were kiled by soldiers during a raid in the forest.", 5, None),
    ("Bandits ambushed a minibus near Garsen, killling 12 passengers.", 12, None),
    ("Two villagers were woundded when raiders attacked the market.", None, 2),
    # "dead" before the numeral is said of the whole list, not of the first noun
    ("Police shot dead one boy and two men in Kibera.", 3, None),
    # a figure the next ones break down is the whole
    ("Six people were killed, four soldiers and two civilians.", 6, None),
    ("Six soldiers were killed, four in the raid and two in the ambush.", 6, None),
    # a number before "suspected" that the parse made its subject still counts the noun after it
    ("5 suspected BLA militants killed in an encounter near the border.", 5, None),
    # a multiplier after a vague word states no count ("several dozen" is not 12)
    ("Nine soldiers were killed and the army said several dozen attackers were neutralised.", 9, None),
    ("Two dozen villagers were killed in the raid.", 24, None),
    # the buried are the dead; an explosive is no victim, though it ends like "operative"
    ("Residents buried eight fighters at the church the next morning.", 8, None),
    ("Four police officers escaped unhurt when their vehicle drove over a buried explosive.", None, None),
    # a person noun ending in "person" is one person
    ("Gunmen shot and killed the local party chairperson in the market.", 1, None),
    ("At least 14 suspected TTP and other insurgents were killed in military air strikes in the valley.", 14, None),
])
def test_event_totals(totals, sentence, killed, wounded):
    assert totals(sentence) == (killed, wounded)


@pytest.mark.parametrize("sentence", [
    "The gunmen tried to kill the judge.",
    "The guards were not injured.",
    "The attack could kill hundreds of people.",
    "A mob nearly killed a suspected thief.",
    "The talks were held in the capital.",
])
def test_unreal_or_unrelated_statements_state_no_casualty(figures, sentence):
    assert figures(sentence) == []


def test_or_so_is_approximate(figures):
    assert figures("Some 40 or so hostages were freed and 15 or so guards were injured.")[-1][:4] == (
        "wounded", 15, None, None)


def test_between_and_or_ranges(figures):
    assert figures("Between five and seven hikers are missing.")[0][1:4] == (None, 5, 7)
    assert figures("Two or three guards were wounded.")[0][1:4] == (None, 2, 3)
    # the parse may make "between" a preposition of the verb, its object the counted noun
    assert figures("Bandits killed between 6 and 10 herders at the watering point.")[0][:4] == ("killed", None, 6, 10)


def test_totals_over_a_period_are_aggregates(nlp):
    doc = nlp("The insurgency has killed more than 20,000 people since 2009.")
    (figure,) = find_casualties(doc[:])
    assert figure.aggregate and figure.count == 20000 and figure.low == 20001
    assert event_totals([figure]) == (None, None)
    doc = nlp("Repeated raids have been carried out against herders in the valley, "
              "leaving hundreds of casualties.")
    assert [c.aggregate for c in find_casualties(doc[:])] == [True]


def test_offsets_point_at_the_figure(nlp):
    doc = nlp("Police said that at least 14 miners were killed in the blast.")
    (figure,) = find_casualties(doc[:])
    assert doc.text[figure.start:figure.end] == figure.text == "at least 14 miners"
    assert doc[figure.head].text == "killed" and not figure.aggregate


def test_restated_toll_is_not_added(nlp):
    doc = nlp("The blast killed nine people. Nine people were killed, the mayor said.")
    figures = [c for sentence in doc.sents for c in find_casualties(sentence)]
    assert len(figures) == 2 and event_totals(figures) == (9, None)


def test_as_json_keys_in_contract_order():
    figure = Casualty("killed", 3, 3, 3, "soldiers", "three soldiers", 10, 24, 2, False)
    assert list(figure.as_json()) == ["kind", "count", "low", "high", "who", "text", "start", "end"]


def test_seed_article_figures(nlp, seed_path):
    doc = nlp(seed_path.read_text(encoding="utf-8"))
    figures = {sentence.start: find_casualties(sentence) for sentence in doc.sents}
    found = [c for sentence in figures.values() for c in sentence]
    martyrdom = [c for c in found if doc[c.head].lower_ == "martyrdom"]
    assert sum(c.count for c in martyrdom) == 3
    wounding = [c for c in found if doc[c.head].lower_ == "wounding"]
    assert [(c.kind, c.count) for c in wounding] == [("wounded", None)]
    assert any(c.count == 30 and c.kind == "killed" and not c.aggregate for c in found)
    assert any(c.low == 24 and c.count is None and c.kind == "killed" for c in found)
    assert any(c.aggregate and c.low == 200 for c in found)


@pytest.mark.parametrize("sentence, killed", [
    ("Students marched in the capital over the death of a classmate.", None),
    ("Traders rioted in response to the killing of three vendors by police.", None),
    ("Mourners gathered at the market where a bomb killed two women several days earlier.", None),
    ("Gunmen shot dead two guards at the mine. A day earlier, the army said it had killed four rebels nearby.", 2),
    ("A crowd lynched a man who had stabbed his neighbour to death.", 1),
    ("Police beat the parents of a rebel who had been shot and killed by soldiers.", None),  # alone in its sentence
])
def test_causes_and_earlier_deaths_are_not_the_toll(totals, sentence, killed):
    assert totals(sentence)[0] == killed


def test_days_the_recogniser_cut_from_their_month_are_no_toll(nlp):
    """The recogniser sometimes labels "28-30" of "over 28-30 November" a date without its month;
    the days are still a date, not "over 28" dead."""
    from spacy.tokens import Span
    doc = nlp("3 people killed following a renewed dispute between two families over 28-30 November.")
    first = next(token.i for token in doc if token.text == "28")
    doc.ents = [entity for entity in doc.ents if entity.label_ != "DATE"] + [Span(doc, first, first + 3, "DATE")]
    assert event_totals(find_casualties(doc[:]))[0] == 3


@pytest.mark.parametrize("text, killed", [
    ("On 4 March 2022, about 300 dock workers staged a protest at the port gate in Tema, demanding justice for "
     "two colleagues who were beaten to death by guards.", None),
    ("Hundreds of residents demonstrated in Kibo, mourning the death of a boy who was shot by a soldier.", None),
    ("Market women blocked the main road in Kibo after a trader died in a police cell.", None),
    ("Students protested in Kibo after two classmates died; police fired on the crowd, killing one student.", 1),
])
def test_the_deaths_a_protest_is_about_are_not_its_toll(main_figures, text, killed):
    assert main_figures(text)[0] == killed


@pytest.mark.parametrize("text, killed", [
    ("On 2 May 2022, herders attacked the village of Ruko as a reprisal for the 30 April clashes. Six "
     "villagers were killed.", 6),
    ("On 9 June 2023, traders and touts clashed at the Kibo bus park, following a minor motorcycle accident. "
     "One person was killed and 12 were injured in the incident.", 1),
])
def test_a_toll_goes_to_what_happened_not_to_what_it_followed(main_figures, text, killed):
    assert main_figures(text)[0] == killed


@pytest.mark.parametrize("text, toll_of", [
    ("Police opened fire on traders in Kibo after they refused to leave the market, killing 3.", "opened fire"),
    ("Soldiers searched the village after militants attacked a convoy there, killing 3.", "attacked"),
])
def test_a_participle_that_closes_the_sentence_tells_the_main_clause_outcome(nlp, text, toll_of):
    """Unless the clause the parse hung it on reports an attack of its own."""
    events = run_events(nlp, text)
    assert [e["trigger"]["text"] for e in events if e["killed"] == 3] == [toll_of]


@pytest.mark.parametrize("text, killed", [
    ("A roadside bomb killed four soldiers. The rebels claimed 20 dead.", 4),
    ("Nine miners died in the collapse. Conflicting reports put the toll at 14.", 9),
    ("Gunmen killed six farmers. Another three were killed later that night.", 9),
    ("A guard was killed in the blast. Two passers-by were also killed.", 3),
    ("More than 60 people were killed in the attack. At least 63 people were killed in the bombing.", 63),
    ("One gunman was shot dead while a guard was found dead inside the bank.", 2),
    ("Seven soldiers were killed on Monday: four were killed in the ambush while three died in the shelling.", 7),
    ("Twelve people were killed; five of them died in hospital.", 12),
    ("Four killed, two on each side.", 4),
    ("Four soldiers were killed and a fifth died in hospital, a total of five deaths.", 5),
    ("Gunmen killed six people; in total 9 people died in the violence.", 9),
    ("Two guards were killed. One wounded guard later died of his wounds (total of 3 fatalities).", 3),
    ("Between 6 and 10 people were killed.", 6),
    ("Gunmen killed six farmers. Another three were killed later that night. In total nine people were killed.", 9),
])
def test_figures_of_one_event_add_up_or_restate(totals, text, killed):
    assert totals(text)[0] == killed


@pytest.mark.parametrize("text, killed", [
    ("The army says 43 militants have been killed and more than 120 have surrendered since January.", None),
    # a period on another verb that is not in the perfect does not make the figure a total
    ("Gunmen killed five people on Monday and have attacked villages in the area since January.", 5),
])
def test_a_period_shared_by_coordinated_perfect_clauses(totals, text, killed):
    assert totals(text)[0] == killed


@pytest.mark.parametrize("text, killed", [
    # a clause that describes the event noun tells its own toll: it adds to the main clause's figure
    ("Gunmen stormed a police post near Tank, triggering a gun battle that left four policemen and two "
     "attackers dead. Three policemen were killed at the gate.", 6),
    ("Rebels killed a village chief in an ambush that left six others dead.", 7),
    ("A soldier was found dead after an explosion which killed three traders near the market.", 4),
    # a clause that describes a person stays a side remark ("a man who had killed ...")
    ("A man who had killed two neighbours was lynched by a mob in Kisii.", 1),
])
def test_a_clause_on_the_event_noun_tells_its_toll(nlp, text, killed):
    assert event_totals([c for sentence in nlp(text).sents for c in find_casualties(sentence)])[0] == killed


@pytest.mark.parametrize("text, killed", [
    ("Police recovered 23 bodies on Monday. On Tuesday, search teams found three more bodies in the ruins, "
     "bringing the total to 26.", 26),  # "the total" counts what its clause counts
    ("The blast killed five (later revised to eight) workers.", 8),
    ("Twelve died in the fighting (coded as 9 here).", 9),
    ("Six police (or seven according to the radio) officers were killed.", 6),
    ("Fatalities coded as 3.", 3),
    ("Casualties were estimated at 20.", 20),
    ("At least 30 policemen were killed in clashes in Adaytu (coded to Gewane, Zone 3, Afar).", 30),
    # what a source said at first gives way to the figure told after it
    ("A local group initially said that 31 people had been killed. By the evening the Red Cross put the toll "
     "at 23.", 23),
    ("Police first said five militants were killed. Later they found the bodies of three attackers.", 3),
])
def test_corrections_and_estimates(totals, text, killed):
    assert totals(text)[0] == killed


@pytest.mark.parametrize("text, killed", [
    ("Gunmen raided the farm, killing the village chief, Tomas Okello, and 11 others.", 12),
    ("Militants beheaded a priest or monk near the temple.", 1),
    ("The mayor and his three bodyguards were gunned down, the second official of the party killed in a week.", 4),
    ("Nine people, among them two teachers and three nurses, were killed in the raid.", 9),
    ("Fishermen said 19 people were killed by the raiders while the police said five were killed.", 19),
    ("A man who had shot his two brothers dead was lynched by a mob.", 1),
    ("Rebels killed six traders. ``They killed six traders and burnt the market,'' a witness said.", 6),
])
def test_who_the_victims_are(totals, text, killed):
    assert totals(text)[0] == killed


@pytest.mark.parametrize("text, killed", [
    ("Four persons were hurt in the fight, 1 of whom succumbed to his wounds and died.", 1),
    ("Robbers shot at the patrol in Kibo. One of them died.", 1),
    ("Twelve people were killed; five of them died in hospital.", 12),
    ("Traders clashed with guards at the market, leading to one death.", 1),
    ("A Fulani was killed by youths from the neighbouring village.", 1),  # a member of a people
    ("He was beaten to death by a mob.", 1),
])
def test_a_part_of_a_group_and_a_count_the_parse_hung_elsewhere(totals, text, killed):
    assert totals(text)[0] == killed


def test_a_count_the_parse_hung_on_a_modifier_of_the_victims(nlp):
    """The parse the small pipeline gives "Seven Kenyan fishermen operating on the lake ...": the
    number under the demonym, not under the noun it counts."""
    from spacy.tokens import Doc

    words = ["Seven", "Ugandan", "fishermen", "have", "been", "killed", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 2, 5, 5, 5, 5, 5],
              deps=["compound", "amod", "nsubjpass", "aux", "auxpass", "ROOT", "punct"],
              tags=["CD", "NNP", "NNS", "VBP", "VBN", "VBN", "."], pos=["NUM", "PROPN", "NOUN", "AUX", "AUX", "VERB", "PUNCT"],
              lemmas=["seven", "Ugandan", "fisherman", "have", "be", "kill", "."])
    assert event_totals(find_casualties(doc[:]))[0] == 7


def test_others_after_a_figure_of_another_kind_are_not_an_addition(totals):
    text = "Shelling killed 3 civilians and injured 5 others. Three civilians were killed and 3 were wounded."
    assert totals(text) == (3, 5)


@pytest.mark.parametrize("sentence, expected", [
    ("Riots in the township. FATALITIES:9 (details not given).", [("killed", 9)]),
    ("Raid on a farm - 3 killed/ 2 injured/ 40 cattle taken.", [("killed", 3), ("wounded", 2)]),
    ("Shelling of the camp - 2 killed/ 5 died in the fire.", [("killed", 2), ("killed", 5)]),
    ("Between 3 and 5 causalities were reported after the ambush.", [("killed", None)]),
    ("Farmers clashed with herders. FATALITIS: 6", [("killed", 6)]),
    ('\\"Seven people were killed and ten wounded in the explosion\\"', [("killed", 7), ("wounded", 10)]),
    ("A gunman in a fury shot dead 7 people in a rampage through the market.", [("killed", 7)]),
    ("On 4 May 2022, 6 farm workers were shot and killed execution-style by gunmen near the river.", [("killed", 6)]),
    ("On 4 May 2022, unknown men with clubs killed and robbed a herder near the river.", [("killed", 1)]),
    ("At least 5 people were last night killed in a blast outside the market.", [("killed", 5)]),
    ("Three soldiers, two civilians killed in rebel attack", [("killed", 3), ("killed", 2)]),
    ("Gunmen killed a 45-year-old in the market on Friday.", [("killed", 1)]),
    ("Residents killed a 16 year old suspected of theft.", [("killed", 1)]),
])
def test_notation_typos_and_broken_parses(figures, sentence, expected):
    assert [(kind, count) for kind, count, *_ in figures(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "A mortar shell hit the school, killed and wounded nine pupils.",
    "At least 30 people were killed or injured in the clash on Sunday.",
])
def test_one_figure_for_dead_and_hurt_together_is_neither_toll(totals, sentence):
    assert totals(sentence) == (None, None)


def test_a_figure_after_a_verb_the_parse_gave_no_object(totals):
    assert totals("In the north, a truck bomb hit a checkpoint, killing at least eleven people, police "
                  "and hospital sources said.") == (11, None)


@pytest.fixture(scope="module")
def main_killed(nlp):
    return lambda text: main_event(run_events(nlp, text))["killed"]


@pytest.mark.parametrize("text, killed", [
    ("Militiamen were accused of shelling a fishing camp near the lake in May. 14 killed.", 14),
    ("Youths rioted in the town over the murder of a shop owner. 5 found dead with gunshot wounds.", 5),
    ("Traders rioted over the killing of a trader on Monday.", None),
    ("More than 500 families have fled their homes near the lake following the killing of six herders by armed "
     "raiders.", 6),
])
def test_a_brief_reports_toll_beside_an_accusation_or_a_cause(main_killed, text, killed):
    assert main_killed(text) == killed


def test_a_toll_no_trigger_governs_goes_to_the_nearest_act_that_can_hurt_not_an_accusation(nlp):
    # "left ... dead" hangs on "hours", under "sparked"; "accused" is nearer than "raid"
    events = run_events(nlp, "A police raid against drug traffickers in the Mare favelas on Monday sparked hours of "
                             "gunfire that left a police officer and seven suspected gang members dead, state police "
                             "said, as residents accused officers of using excessive force.")
    raid = next(e for e in events if e["trigger"]["text"] == "raid")
    assert raid["killed"] == 8 and raid["acled"]["sub_event_type"] == "Armed clash"  # dead on both sides


@pytest.mark.parametrize("sentence, expected", [
    ("Armed youths killed 3 Luo traders - oongoing post-poll ethnic violence.", [("killed", 3, "3 Luo traders")]),
    ("Clashes broke out in the town - FATALITIES: 4 - NAMES NOT RELEASED", [("killed", 4, "4")]),
])
def test_counted_victims_before_a_misread_object_and_capitalised_labels(figures, sentence, expected):
    assert [(kind, count, text) for kind, count, _, _, _, text in figures(sentence)] == expected


def test_a_passive_clause_after_left_has_its_own_victims(figures):
    found = figures("The raid on the market left one trader was beaten to death, and 5 others injured.")
    assert [(kind, count, text) for kind, count, _, _, _, text in found] == [
        ("killed", 1, "one trader"), ("wounded", 5, "5 others")]


@pytest.mark.parametrize("sentence, killed", [
    ("The fighting resulted in 8 deaths (coded across 4 events) and 20 injuries.", 2),
    ("Three people were killed in the raid (the deaths have been split over three events).", 1),
    ("Three people were killed in the raid over two days.", 3),
])
def test_a_figure_split_across_records_counts_its_share(totals, sentence, killed):
    assert totals(sentence)[0] == killed


@pytest.mark.parametrize("sentence, killed", [
    ("Three soldiers, two civilians killed in rebel attack", 5),
    ("Two farmers, both brothers, killed in a raid near the river", 2),
])
def test_a_headline_s_comma_list_of_counted_victims_adds_up(totals, sentence, killed):
    assert totals(sentence)[0] == killed


@pytest.mark.parametrize("text, killed", [
    ("On 2 June 2022, army raids killed 12 rebels in the Oda and Sembe districts. Fatalities are split across "
     "3 events (5).", 5),
    ("On 2 June 2022, army raids killed 9 rebels in the Oda and Sembe districts. Fatalities split over "
     "2 locations, coded as 4 for this event.", 4),
    ("On 2 June 2022, gunmen attacked farmers in three hamlets near Oda, killing 9. Fatalities spread across "
     "3 days.", 3),
    ("On 2 June 2022, gunmen attacked farmers in three hamlets near Oda, killing an unknown number. Unknown "
     "fatalities coded as 10 and spread between 4 locations.", 2),
    ("On 2 June 2022, 9 people were killed in Oda. 5 remaining fatalities split across 10 events. Total 4 "
     "fatalities coded to this event.", 4),
    ("On 2 June 2022, police killed 2 protesters after the crowd split into groups across 3 districts.", 2),
])
def test_a_toll_the_note_splits_over_records_leaves_this_record_its_share(main_killed, text, killed):
    assert main_killed(text) == killed


@pytest.fixture(scope="module")
def main_figures(nlp):
    def read(text: str) -> tuple:
        event = main_event(run_events(nlp, text))
        return event["killed"], sorted((c["who"] or "", c["count"]) for c in event["casualties"] if c["kind"] == "killed")
    return read


@pytest.mark.parametrize("text, killed, kept", [
    ("Militants attacked an army post near Kuru on Monday. Four soldiers were killed in the assault. Troops "
     "killed six of the attackers.", 10, [("attackers", 6), ("soldiers", 4)]),
    ("Fighters attacked a checkpoint in Beni, killing two soldiers and wounding five. Three attackers were shot "
     "dead.", 5, [("attackers", 3), ("soldiers", 2)]),
    ("Gunmen raided a farm outside Moro, killing three farmers. Police said two farm workers were killed in "
     "the raid.", 3, [("farm workers", 2), ("farmers", 3)]),
    ("Twelve Nigerien soldiers were killed when fighters ambushed a patrol near Kokorou. The ministry said the "
     "troops returned fire and that eight of the assailants were killed during the fighting.", 20,
     [("Nigerien soldiers", 12), ("assailants", 8)]),
])
def test_deaths_of_each_side_add_up_and_stay_apart(main_figures, text, killed, kept):
    assert main_figures(text) == (killed, kept)


@pytest.mark.parametrize("text, killed", [
    ("Gunmen stormed a market in Tanu on Friday, killing 10 people. The death toll later rose to 13, officials "
     "said.", 13),
    ("Gunmen stormed a market in Tanu on Friday, killing 10 people. Officials later revised the toll down to 8.", 8),
    ("A suicide bomber struck a mosque in Kalo during Friday prayers, killing 12 worshippers. By Saturday the "
     "number of dead had risen to 19.", 19),
    ("Rebels ambushed a police convoy on the highway, killing three officers. Police said two rebels also died "
     "in the shootout. The toll rose to seven on Tuesday.", 7),
    ("On 3 May 2021, 4 guards were killed by militants at a checkpoint near Tanu. Fatalities coded as 0 "
     "(the militants' own channel claimed 4).", 0),
    ("On 3 May 2021, militants attacked a checkpoint near Tanu, killing 6 guards. Fatalities coded as 2, as "
     "other reports gave lower figures.", 2),
    ("Gunmen stormed a market in Tanu on Friday, killing 10 people. Fatalities were later estimated at 14.", 14),
    ("An air raid hit a fuel depot in Kalo on Friday, killing seven workers. The death toll rose to 10 later on "
     "Saturday after three of the injured died, a hospital official said.", 10),
    ("Gunmen killed nine people in an attack on a market in Kora on Monday, officials said, raising an initial "
     "toll of five. The attack began at dawn.", 9),  # the old toll the update replaced is no figure
    ("Mortar shells hit the airport compound on Wednesday, killing two workers, police said. Early reports had "
     "said three people were killed, but police later said the third was alive.", 2),
    ("An initial toll showed that 11 people were killed by air strikes on the city. A medical official said 18 "
     "others were wounded.", 11),  # an old figure with none to replace it still counts
])
def test_an_updated_toll_wins_over_earlier_figures(main_figures, text, killed):
    assert main_figures(text)[0] == killed


@pytest.mark.parametrize("text", [
    "A bomb exploded at a bus station in Lano on Sunday, killing five people. Since January, 200 people have "
    "been killed in the region.",
    "A bomb exploded at a bus station in Lano on Sunday, killing five people. The death toll from such attacks "
    "since January has risen to 300.",
    "A bomb exploded at a bus station in Lano on Sunday, killing five people. Over the past month, 45 people "
    "have died in similar raids.",
    # a total over a whole country is the deaths of many places
    "A bomb exploded at a bus station in Lano on Sunday, killing five people. Officials said a total of 12 "
    "people were killed in the day's attacks nationwide.",
    # the period of a coordinated clause in the perfect is the figure's period too
    "A bomb exploded at a bus station in Lano on Sunday, killing five people. The army says 43 militants have "
    "been killed and more than 120 have surrendered in the province since January.",
])
def test_a_period_total_is_not_the_incident_toll(main_figures, text):
    assert main_figures(text)[0] == 5


@pytest.mark.parametrize("text, killed, wounded", [
    ("Market fire: At least 40 dead, 25 hurt\nThe Daily Ledger\nMarch 3, 2024\n\nA fire swept through a crowded "
     "market in the city overnight, killing at least 40 people, emergency officials said.", 40, 25),
    ("At least 40 dead, 25 hurt in market fire\nThe Daily Ledger\nMarch 3, 2024\n\nA fire swept through a crowded "
     "market in the city overnight, emergency officials said.", 40, 25),
    ("Bus bomb kills 12, wounds 30\nThe Daily Ledger\nMarch 3, 2024\n\nA bomb planted under a seat exploded on a "
     "crowded bus near the market on Sunday, police said. Twelve passengers were killed.", 12, 30),
])
def test_the_headline_gives_the_toll_the_body_leaves_out(nlp, text, killed, wounded):
    """A headline figure of a kind the body does not count goes to the event the headline reports;
    "40 dead, 25 hurt" counts 25 once, as hurt."""
    event = main_event(run_events(nlp, text))
    assert (event["killed"], event["wounded"]) == (killed, wounded)


@pytest.mark.parametrize("text, killed", [
    # the body tells the second death in passing, as an addition: the headline counts it already
    ("Two men killed by mob in Kisii\nThe Daily Ledger\nMarch 3, 2024\n\nA crowd beat two men accused of theft "
     "in Kisii town on Saturday. Police said one man had been killed at the scene. A second man died of his "
     "wounds overnight, a doctor said.", 2),
    ("Three men killed by mob in Kisii\nThe Daily Ledger\nMarch 3, 2024\n\nA crowd beat three men accused of "
     "theft in Kisii town on Saturday. Police said one man had been killed at the scene. A second man died of "
     "his wounds overnight, a doctor said.", 3),
    # the body counts fewer than the headline: the headline's toll stands
    ("Eight dead as militants storm police post in Tank\nThe Daily Ledger\nMarch 3, 2024\n\nMilitants stormed a "
     "police post in Tank district early on Friday, officials said. Four policemen were killed during the "
     "fighting.", 8),
    # a headline's bound that the sides told dead do not reach counts the additions that take the toll past it
    ("Clashes kill more than 20 in Tank\nThe Daily Ledger\nMarch 3, 2024\n\nFighting between troops and militants "
     "in Tank killed more than 20 people on Friday, officials said. The hospital received the bodies of 12 "
     "soldiers. Residents buried eight militants the next morning. Three civilians were also killed by stray "
     "bullets.", 23),
    # an update in the body wins over the headline
    ("Five killed in Tank market blast\nThe Daily Ledger\nMarch 3, 2024\n\nA bomb exploded in a market in Tank "
     "on Friday, killing five people. On Saturday the death toll rose to nine, officials said.", 9),
])
def test_the_headline_restates_the_toll_as_finally_told(main_figures, text, killed):
    assert main_figures(text)[0] == killed


def test_a_large_toll_of_one_incident_in_the_perfect_is_no_running_total(nlp):
    found = run_events(nlp, "More than 100 people have been killed in an attack by gunmen on a convoy of "
                            "families, an official said on Sunday.", parse_header=False)
    assert main_event(found)["killed"] == 100
    found = run_events(nlp, "More than 3,000 people have been killed in the conflict since 2017.", parse_header=False)
    assert not [e for e in found if e.get("killed")]


def test_a_hedged_toll_after_an_attack_is_that_attack_s(nlp):
    found = run_events(nlp, "Twenty villagers are feared killed following attacks by gunmen on the village of Oda.",
                       parse_header=False)
    assert len([e for e in found if e["type"] == "ASSAULT"]) == 1
    assert main_event(found)["killed"] == 20


@pytest.mark.parametrize("text, killed", [
    # a headline's bare count: the toll of its killing verb
    ("Five killed as car bomb hits diners in Baro", 5),
    # a bare count is people after a verb that needs a person, wherever the parse hangs the place
    ("Rebels executed four in Lugo raid: witnesses", 4),
    # a figure others are among is the whole toll, not a part of it
    ("Two nurses among 11 dead in Kemo market attack", 11),
    ("Village chief among nine killed as gunmen storm Tanu", 9),
    # a headline's toll of one fight, its article left out, is no running total
    ("Army says 140 soldiers have been killed in battle with rebel militia", 140),
])
def test_headline_tolls(nlp, text, killed):
    """Telegraphic headlines state their toll in forms a body sentence does not use."""
    assert main_event(run_events(nlp, text, parse_header=False))["killed"] == killed


def test_a_year_after_a_noun_is_no_toll(nlp):
    assert not [e for e in run_events(nlp, "Executions 2011 in the province", parse_header=False) if e.get("killed")]


@pytest.mark.parametrize("text, killed", [
    ("Eleven people have been killed in clashes over water near Kargi.", 11),
    ("Eleven herders have been killed in a gun battle near Kargi.", 11),
])
def test_a_capitalised_number_the_tagger_reads_as_an_adjective_is_the_figure(main_killed, text, killed):
    assert main_killed(text) == killed


def test_deaths_before_a_later_act_belong_to_the_raid_that_caused_them(nlp):
    """"raided the market, where they killed 7 traders before torching the stalls": the torching
    comes after ("before"), so the deaths are the raid's, not the arson's."""
    found = run_events(nlp, "Bandits raided the Ngao market, where they killed 7 traders before torching the stalls.")
    assert [(e["trigger"]["text"], e["killed"]) for e in found if e["killed"]] == [("raided", 7)]


@pytest.mark.parametrize("text", [
    "The honorary consul in the port city was kidnapped and killed by rebels, the minister said.",
    "A bishop was shot dead by gunmen outside his church on Sunday.",
])
def test_a_consul_or_a_bishop_killed_is_one_person(main_killed, text):
    assert main_killed(text) == 1


@pytest.mark.parametrize("text, killed", [
    ("The brother of a slain journalist was stabbed to death near his shop on Friday.", 1),
    ("The widow of a slain police officer was shot dead in her home on Monday.", 1),
    ("The bodies of three slain farmers were found near the river on Monday.", 3),
])
def test_a_slain_person_named_to_say_who_someone_is_is_no_casualty_of_the_event(main_killed, text, killed):
    assert main_killed(text) == killed


@pytest.mark.parametrize("text, killed", [
    ("Rebels shelled the market, killing nine people -- residents put the toll at 25 -- and wounding dozens, "
     "the governor said.", 9),
    ("An explosion tore through the depot, killing 10 people — six workers and four guards.", 10),
])
def test_a_figure_between_two_dashes_is_an_aside(main_killed, text, killed):
    assert main_killed(text) == killed


@pytest.mark.parametrize("text, expected", [
    ("Raiders attacked the camp as herders were preparing to move their cattle, killing 6 people and stealing "
     "goats.", (6, None)),
    ("A car bomb exploded outside the court as lawyers arrived for a hearing, killing at least 6 people and "
     "wounding 20, police said on Monday.", (6, 20)),
])
def test_a_closing_participle_the_parser_hung_on_a_time_clause_tells_the_main_events_toll(nlp, text, expected):
    """The parser may hang ", killing 14 people" on the "while" or "as" clause; the toll is the main
    clause's, and that clause lends it no modality."""
    event = main_event(run_events(nlp, text))
    assert (event["killed"], event["wounded"], event["modality"]) == (*expected, "asserted")


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a Swiss national working for a bank in Kano on Friday.",
    "Unknown attackers have killed a female identified as a nurse at the district clinic.",
])
def test_a_person_the_parser_left_as_a_modifier_of_a_participle_is_one_victim(main_killed, text):
    assert main_killed(text) == 1


@pytest.mark.parametrize("text, killed", [
    ("Militants raided the home of a village chief near Bannu, killing him and his four bodyguards.", 5),
    ("A roadside bomb hit a judge's car near Ghazni, killing him along with his driver.", 2),
    ("A farmer was shot dead with his two sons outside their house near Jos on Sunday night.", 3),
    ("A school principal was hacked to death with his daughter in their home, police said.", 2),
    ("The trader was killed with a machete in the market on Monday.", 1),
    ("Gunmen killed eight villagers in the raid, with the chief's son among 20 people taken away, a local "
     "official said.", 8),
    ("Six were killed, four in the raid and two in an ambush on the road.", 6),
])
def test_people_killed_with_someone_add_up(main_killed, text, killed):
    """A pronoun with others in its clause is no restatement ("killing him and his four bodyguards");
    "with" and a person adds a victim; a figure is the sum of the ones after it only when it comes
    first ("six were killed, four ... and two ...")."""
    assert main_killed(text) == killed


def test_a_side_s_claim_about_the_other_side_adds_to_the_toll(nlp):
    """The army's claim counts the attackers, whom no other figure counts: the sides add up."""
    found = run_events(nlp, "Four soldiers died in the attack, and the army said its troops killed 12 attackers.",
                       parse_header=False)
    assert main_event(found)["killed"] == 16


@pytest.mark.parametrize("sentence, killed", [
    ("Police said a brother and sister aged seven and ten died at the scene when a shell hit their home.", 2),
    ("Two sisters aged 11 and 14 died when the shell struck their school.", 2),
    ("Rebels shelled the market on Monday. Officials said 4 died at the scene.", 4),
    ("A man, aged 31, died in hospital after the attack on Wednesday.", 1),
])
def test_ages_are_no_toll(totals, sentence, killed):
    """A number that gives someone's age is not a count of dead (the parse may leave a death with no
    subject and the age just before it); a bare number before "died" still is."""
    assert totals(sentence)[0] == killed


@pytest.mark.parametrize("text, killed", [
    ("Troops clashed with rebels near the river on Sunday, killing two soldiers, the army said.\n"
     "A third soldier, who was shot in the chest, died on Monday at a hospital.", 3),
    ("Border guards opened fire on porters on Monday, killing one porter.\n"
     "On Tuesday the network said a second man, aged 31, had died of his wounds.", 2),
    ("Police arrested two men on Monday, hours after a fifth victim of Sunday's blast died in hospital.", None),
])
def test_a_person_counted_by_an_ordinal_adds_to_the_toll(nlp, text, killed):
    """"a third soldier died": one more than the toll told before; not a victim of what came before."""
    assert main_event(run_events(nlp, text, parse_header=False))["killed"] == killed


@pytest.mark.parametrize("sentence, killed", [
    ("Gunmen shot dead a husband and wife outside their shop in Kibo.", 2),
    ("A mother and daughter were killed when the roof of their house collapsed in the blast.", 2),
    ("Gunmen shot dead a cleric and critic of the government outside his home.", 1),
])
def test_two_kin_are_two_people(totals, sentence, killed):
    """Kin joined by "and" are two victims; one person described twice stays one."""
    assert totals(sentence)[0] == killed


@pytest.mark.parametrize("sentence, killed", [
    ("A drone strike hit a car on a rural road, killing two members of a local security force and their "
     "civilian driver, the force said.", 3),
    ("Gunmen killed three members of a village defence group and a passing motorcyclist.", 4),
    ("Gunmen killed two members of the family and the village.", 2),
])
def test_a_person_coordinated_with_the_group_of_counted_victims_is_a_victim(totals, sentence, killed):
    """"two members of a security force and their driver": the parse coordinates the driver with the
    force; a person so coordinated was killed too (a place or group so coordinated was not)."""
    assert totals(sentence)[0] == killed


@pytest.mark.parametrize("sentence, killed", [
    ("Three people were killed when shells hit their homes, and a doctor said the hospital received nine "
     "casualties overnight.", 3),
    ("Security forces suffered 12 casualties in the ambush, the statement said.", 12),
    ("A roadside bomb damaged a truck near the bridge, and a man was shot dead nearby; there were no casualties "
     "from the bomb.", 1),
])
def test_casualties_count_the_dead_only_when_nothing_else_does(totals, sentence, killed):
    """"casualties" counts the dead and the hurt alike: its figure is the toll only when no other
    figure counts the dead (ACLED notes use it that way when it stands alone)."""
    assert totals(sentence)[0] == killed


def test_a_toll_update_that_names_the_event_joins_it_whatever_day_it_is_told(nlp):
    """"bringing the death toll from the attack to two": the attack is the one told before, and the
    day of the sentence is that of the later death, not of a second attack."""
    text = ("Mob kills suspected thief in Kisii\nThe Daily Ledger\nMarch 3, 2024\n\nA man was beaten to death and "
            "another critically injured when a mob attacked them late on Saturday in Kisii town, police said. The "
            "second man died in hospital on Sunday afternoon, bringing the death toll from the attack to two.")
    found = run_events(nlp, text, before=with_dates)
    assert [(e["killed"], e["date"]["value"]) for e in found if e["type"] == "ASSAULT"] == [(2, "2024-03-02")]


def test_the_victims_after_a_wire_dateline_are_counted_whatever_follows_them():
    """The body after "NDJAMENA –" is parsed as a sentence of its own, so the parser does not make
    the dateline's place the subject and the victims its apposition."""
    from article2json.pipeline import Pipeline, PipelineConfig
    from article2json.header import build_article
    from article2json.extractors.base import Source

    text = ("Gunmen storm cattle market near Mongo\nChad Daily\n4 June 2024\n\nNDJAMENA – Six traders, among them "
            "two women, were killed late on Friday when gunmen stormed a cattle market near Mongo, police said.\n")
    record = next(iter(Pipeline(PipelineConfig()).run([build_article(text, Source("a.txt", "0" * 64, "text"))])))
    assert next(e for e in record["events"] if e["main"])["killed"] == 6


@pytest.mark.parametrize("sentence, aggregate", [
    ("More than 1,000 civilians were killed in the central regions in 2024, according to a rights group.", True),
    ("At least 12 people were killed in mob beatings across the country in January 2025 alone.", True),
    ("At least 12 people were killed in mob beatings in January 2025 alone.", True),
    ("Three people were killed in Kibera in March 2020 when police opened fire.", False),
    ("Two soldiers were killed across the river from the camp.", False),
])
def test_a_whole_year_a_singled_out_month_and_a_whole_country_make_a_total(nlp, sentence, aggregate):
    figures_found = [c for c in find_casualties(nlp(sentence)[:]) if c.kind == "killed"]
    assert figures_found and all(c.aggregate == aggregate for c in figures_found)


@pytest.mark.parametrize("text, killed", [
    ("Soldiers exchanged fire with rebels near the town on Tuesday, killing two of them.", 2),
    ("Gunmen abducted 20 villagers on Monday and killed two of them.", 2),
    ("Ten people were killed in the attack; police said four of them were women.", 10),  # a part of the ten
])
def test_the_killed_part_of_a_group_named_before_is_a_toll(main_killed, text, killed):
    assert main_killed(text) == killed


@pytest.mark.parametrize("text", [
    # "bringing the toll among troops to nine" updates the soldiers' deaths only
    "Jihadists attacked a border post near Kalalé on Monday, killing six soldiers in a long gunfight. Fourteen "
    "attackers were killed, the army said. Three wounded soldiers died in hospital on Tuesday, bringing the toll "
    "among troops to nine.",
    # "bringing the toll to nine" after "killing nine soldiers" counts the soldiers
    "Fighters attacked an army position near the lake late on Monday, killing nine soldiers, the army said. "
    "A statement on Tuesday had put the toll among troops at six. A spokesman said three of the wounded had "
    "since died in hospital, bringing the toll to nine. Fourteen attackers were killed, he added.",
    # the side named by a possessive, and "losses" for its toll
    "Jihadists stormed an army post near the lake late on Monday, triggering a firefight in which six soldiers and "
    "14 attackers were killed, the army said. An official said on Tuesday that the bodies of three soldiers listed "
    "as missing had been found, bringing the army's losses to nine.",
    "Jihadists stormed an army post near the lake late on Monday, triggering a firefight in which six soldiers and "
    "14 attackers were killed, the army said. An official said on Tuesday that the bodies of three soldiers listed "
    "as missing had been found, bringing the army's death toll to nine.",
])
def test_an_update_of_one_sides_toll_leaves_the_other_sides_dead(main_figures, text):
    """The attackers killed in the same clash still count."""
    killed, _ = main_figures(text)
    assert killed == 23


def test_the_state_a_leaving_verb_puts_its_objects_in_counts_them_all(main_figures, nlp):
    """"..., leaving five police officers and two bystanders injured": the parser may hang "injured"
    on the main verb or join it to "leaving"; either way both objects were hurt."""
    event = main_event(run_events(nlp, "Police and youths clash in Kibo\nThe Lakeside Courier\nTAMALA, Oct 14, 2025 -\n"
                                       "Police fired tear gas at a crowd during a search operation in Kibo on Sunday, "
                                       "leaving five police officers and two bystanders injured.\n"))
    assert event["wounded"] == 7


def test_a_toll_in_the_perfect_since_a_clause_is_a_running_total(nlp):
    doc = nlp("A rights group said that at least nine marchers had been killed since the protests began.")
    (figure,) = find_casualties(doc[:])
    assert figure.count == 9 and figure.aggregate
    (cause,) = find_casualties(nlp("Five soldiers were shot dead since they refused to surrender.")[:])
    assert not cause.aggregate


def test_deaths_in_which_a_period_of_incidents_told_them_are_a_running_total(nlp):
    (figure,) = find_casualties(nlp("According to police figures, there have been more than 60 shooting incidents "
                                    "across the country since January, in which 31 people have been killed.")[:])
    assert figure.count == 31 and figure.aggregate
    (one,) = find_casualties(nlp("Gunmen ambushed a convoy on Monday in an attack in which five soldiers were "
                                 "killed.")[:])
    assert not one.aggregate


def test_a_number_written_into_a_word_counts_no_one(totals):
    assert totals("Gunmen shot dead a 38-year-old three-wheeler driver near the bus stand.") == (1, None)


def test_gunmen_on_a_motorcycle_shot_dead_a_driver_whatever_the_parse(nlp):
    """The parser reads "on a motorcycle shot" as a noun and "dead" as the verb of "gunmen" and
    "a driver": the driver is the one killed, the gunmen the actors."""
    event = main_event(run_events(nlp, "Driver shot dead in Galle\nThe Island Post\nThu, 12 Sep 2024 07:55 UTC\n\n"
                                       "On Sunday, two gunmen on a motorcycle shot dead a 38-year-old three-wheeler "
                                       "driver near the bus stand and fled the scene.\n"))
    assert event["killed"] == 1 and [a["text"] for a in event["actor"]] == ["two gunmen"]


@pytest.mark.parametrize("headline, body, killed", [
    # the headline's soldiers include the third who died later: 3 soldiers and 2 rebels
    ("Three soldiers killed in clash with rebels",
     "Soldiers clashed with rebels on Monday in a remote valley, leaving two soldiers and two rebels dead, the army "
     "said. The bodies of two attackers were recovered with their rifles.\nA third soldier died of his wounds on "
     "Tuesday night while being flown to the capital, the army said.", 5),
    # "put the number of soldiers killed at 11" over an earlier "initially said seven": the participle counts no
    # victims of its own; the toll's figure does
    ("Rebels overrun army post",
     "Rebels attacked an army post in the north on Sunday, military sources said. A military source initially said "
     "seven soldiers had been killed. Later a second officer put the number of soldiers killed at 11.", 11),
    # the number killed over a period is no incident's toll
    ("Bandits kill two farmers",
     "Two more people were killed in fresh attacks by bandits near Kasiluni. The two were ambushed and shot in their "
     "farms on Sunday, bringing the number of people killed in the last week to four.", 2),
])
def test_a_report_s_toll_by_side_update_and_period(nlp, headline, body, killed):
    text = f"{headline}\nThe Valley Post\nKITUI, Oct 14, 2025 -\n{body}\n"
    assert main_event(run_events(nlp, text, before=with_dates))["killed"] == killed
