"""The actor dictionary and the normalisation of noun phrases to actors."""

from __future__ import annotations

import pytest

from article2json.extractors.events.actors import ActorDictionary, actor_dictionary, resolve_actor


@pytest.fixture
def actor(nlp):
    def resolve(phrase: str, dictionary: ActorDictionary | None = None):
        doc = nlp(phrase)
        head = next(t for t in doc if t.head.i == t.i)
        return resolve_actor(list(doc), head, dictionary or actor_dictionary())
    return resolve


@pytest.mark.parametrize("phrase", ["ISIS militants", "fighters of the Islamic State", "Daesh terrorists",
                                    "the Islamic State group", "IS fighters", "ISIL"])
def test_isis_aliases(actor, phrase):
    found = actor(phrase)
    assert (found.name, found.sector) == ("ISIS", "REB")


@pytest.mark.parametrize("phrase", ["Units of the Syrian Arab Army (SAA)", "SAA units", "the Syrian army"])
def test_syrian_arab_army(actor, phrase):
    found = actor(phrase)
    assert (found.name, found.sector, found.country) == ("Syrian Arab Army", "MIL", "SY")


@pytest.mark.parametrize("phrase, name, sector, country", [
    ("Congolese troops", "Military Forces of Democratic Republic of the Congo", "MIL", "CD"),
    ("the Kenyan police", "Police Forces of Kenya", "COP", "KE"),
    ("Nigeria's army", "Military Forces of Nigeria", "MIL", "NG"),
    ("the Ethiopian government", "Government of Ethiopia", "GOV", "ET"),
    ("US jets", "Military Forces of United States", "MIL", "US"),
    ("Israeli tanks", "Military Forces of Israel", "MIL", "IL"),
    ("Russia", "Russia", "GOV", "RU"),
])
def test_state_forces_of_every_country(actor, phrase, name, sector, country):
    found = actor(phrase)
    assert (found.name, found.sector, found.country) == (name, sector, country)


def test_a_cattle_camp_is_herders_not_refugees(actor):
    assert actor("a cattle camp").sector == "AGR" and actor("a refugee camp").sector == "REF"


@pytest.mark.parametrize("phrase, name, sector", [
    ("unidentified gunmen", "Unidentified gunmen", "UAF"),
    ("suspected militants", "Suspected militants", "REB"),
    ("the villagers", "Villagers", "CVL"),
    ("two Syrian civilians", "Syrian civilians", "CVL"),
    ("army officers", "Military forces", "MIL"),
    ("rebel forces", "Rebel forces", "REB"),
    ("local militia forces", "Local militia forces", "UAF"),
    ("the district police chief", "Police", "COP"),  # a police chief is police, not a local chief
    ("13 irregulars", "Irregulars", "REB"),
    ("right-wing paramilitaries", "Right-wing paramilitaries", "UAF"),
    ("indigenous authorities", "Indigenous authorities", "CVL"),  # a community's own, not the state's
])
def test_generic_roles_keep_their_words(actor, phrase, name, sector):
    found = actor(phrase)
    assert (found.name, found.sector) == (name, sector)
    assert found.generic and not found.target


@pytest.mark.parametrize("phrase, name, sector", [
    ("hundreds of protesters", "Protesters", "CVL"),
    ("riot police", "Police", "COP"),
    ("two federal police escorts", "Police", "COP"),
    ("their military escort", "Military forces", "MIL"),
    ("an angry mob", "Mob", "CVL"),
    ("a large crowd", "Crowd", "CVL"),
    ("the Jono League", "Jono League", "PTY"),  # a league or a dal is a party, unless named otherwise
    ("Praja Dal", "Praja Dal", "PTY"),
    ("the Arab League", "Arab League", "GOV"),
])
def test_crowd_police_and_party_roles_keep_their_category(actor, phrase, name, sector):
    found = actor(phrase)
    assert (found.name, found.sector) == (name, sector)


@pytest.mark.parametrize("phrase, name, sector", [
    ("a crowd of young men", "Crowd", "CVL"),  # people of no sector: the crowd
    ("a crowd of students", "Students", "EDU"),  # people of a sector: who they are
])
def test_a_crowd_is_the_actor_when_its_people_have_no_sector(actor, phrase, name, sector):
    found = actor(phrase)
    assert (found.name, found.sector) == (name, sector)


def test_a_drug_faction_is_a_criminal_group(actor):
    assert actor("suspected members of a drug faction").sector == "CRM"


def test_generic_role_takes_the_country_of_its_demonym(actor):
    found = actor("Ghanaian protesters")
    assert (found.name, found.country) == ("Protesters", "GH")
    assert actor("Malian soldiers").country == "ML"


def test_named_group_wins_over_its_role_word(actor):
    found = actor("suspected Boko Haram fighters")
    assert (found.name, found.country, found.generic) == ("Boko Haram", "NG", False)


def test_a_target_keeps_its_words(actor):
    found = actor("a Syrian military college")
    assert (found.name, found.sector, found.target) == ("Syrian military college", "EDU", True)


def test_person_with_a_title(actor):
    found = actor("President Jane Doe")
    assert (found.name, found.sector) == ("Jane Doe", "GOV")


def test_pronouns_and_numbers_are_no_actors(actor):
    assert actor("they") is None
    assert actor("three") is None


def test_capitalised_abbreviation_is_case_sensitive(actor):
    assert actor("IS").name == "ISIS"
    assert actor("us") is None


def test_user_entries_win(actor):
    dictionary = ActorDictionary("gunmen\tBandit gangs\tCRM\tNG\n")
    found = actor("unidentified gunmen", dictionary)
    assert (found.name, found.sector, found.country) == ("Bandit gangs", "CRM", "NG")


@pytest.mark.parametrize("phrase", ["a rocket launcher", "tear gas canisters", "nine motorcycles", "the keys",
                                    "empty bottles", "the Tana river", "access to the camp", "a price change",
                                    "a fuel tank"])
def test_things_are_no_actors(actor, phrase):
    assert actor(phrase) is None


@pytest.mark.parametrize("phrase, sector", [
    ("three police reservists", "COP"), ("one militiaman", "UAF"), ("suspected gang members", "CRM"),
    ("armed herders", "UAF"), ("cattle rustlers", "CRM"), ("raiders", "UAF"), ("a lone gunman", "UAF"),
    ("clan militia", "UAF"), ("private security guards", "UAF"), ("wildlife rangers", "COP"),
    ("the poachers", "CRM"), ("opposition leaders", "OPP"),
])
def test_sectors_of_counted_and_described_people(actor, phrase, sector):
    assert actor(phrase).sector == sector


def test_people_with_an_agent_ending_are_actors_without_a_sector(actor):
    found = actor("two hundred stone-throwing combatants")
    assert (found.sector, found.target) == (None, False)


def test_described_people_keep_their_words_without_the_count(actor):
    found = actor("two visiting diplomats")
    assert (found.name, found.sector) == ("Visiting diplomats", "GOV")
    assert actor("12 Nigerian workers").name == "Nigerian workers"


def test_a_facility_is_a_target_kept_as_written(actor):
    found = actor("the fuel depot")
    assert (found.name, found.target) == ("fuel depot", True)


def test_a_thing_named_after_a_group_keeps_the_group(actor):
    assert actor("the Kenyan delegation's proposal").country == "KE"


def test_a_phrase_naming_a_group_is_no_target(actor):
    assert not actor("the Kenyan delegation's proposal").target
    assert actor("the rebel stronghold of Kamanga").target


@pytest.mark.parametrize("phrase, name", [("at least nine villagers", "Villagers"), ("a 40-year-old herder", "Herder"),
                                          ("more than 300 mourners", "Mourners")])
def test_counts_and_ages_are_left_out_of_names(actor, phrase, name):
    assert actor(phrase).name == name


def test_the_leader_of_a_group_has_the_sector_of_the_group(actor):
    assert actor("the leader of a criminal gang").sector == "CRM"
    assert actor("supporters of the former governor").sector == "PTY"


@pytest.mark.parametrize("phrase", ["Al-Qaeda", "fighters of al-Qaeda", "Al-Qaeda militants", "Al Qaeda militants"])
def test_a_hyphen_inside_a_name_is_no_word_of_it(actor, phrase):
    """"Al-Qaeda" is read "Al", "-", "Qaeda": it matches the pattern "al-qaeda" (words "al", "qaeda")."""
    found = actor(phrase)
    assert (found.name, found.sector) == ("Al Qaeda", "REB")


def test_a_member_named_by_the_body_before_it_is_a_person(actor):
    """"a council member": "member" stands for its "of" phrase ("a member of the gang"), but with the
    body before it and no "of" phrase it names the person; a bare "a group" names no one."""
    assert actor("a provincial council member").name == "Provincial council member"
    assert actor("a group") is None


@pytest.mark.parametrize("phrase, name, sector, country", [
    ("Anti-balaka militiamen", "Anti-Balaka", "UAF", "CF"),  # a pattern with a hyphen, which spaCy splits off
    ("Lashkar-e-Taiba militants", "Lashkar-e-Taiba", "REB", "PK"),
    ("SPLM-N fighters", "SPLM-N", "REB", "SD"),
])
def test_a_name_written_with_hyphens_matches(actor, phrase, name, sector, country):
    found = actor(phrase)
    assert (found.name, found.sector, found.country) == (name, sector, country)


@pytest.mark.parametrize("phrase, sector", [
    ("anti-regime forces", "REB"),  # not the regime's forces
    ("anti-junta fighters", "REB"),
    ("pro-government militias", "UAF"),  # not the army
    ("regime forces", "MIL"),  # any country's, not Syria's alone
])
def test_a_hyphen_prefix_says_whose_side_forces_are_on(actor, phrase, sector):
    found = actor(phrase)
    assert found.sector == sector and found.country is None


@pytest.mark.parametrize("phrase, name, country", [
    ("Syrian regime forces", "Syrian Arab Army", "SY"),  # named, though "regime forces" alone is any country's
    ("the Russian air force", "Military Forces of Russia", "RU"),
])
def test_a_named_state_force_beats_the_generic_role_it_ends_with(actor, phrase, name, country):
    found = actor(phrase)
    assert (found.name, found.country) == (name, country)
