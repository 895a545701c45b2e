"""The circumstances of a casualty figure that decide whether, and how, it counts in one event's toll.

- `is_aggregate(predicate)`: a total over a period ("since the start of the year", "this year",
  "over the past months", "in 2024", "in January 2025 alone"), over a whole country ("nationwide",
  "across the country") or over many incidents ("numerous attacks ... leaving hundreds of casualties");
- `is_background(predicate)`: the cause of the event or an earlier event ("protest over the death of
  a driver", "riots in response to the killing of two men", "the attack which killed a woman
  several days earlier");
- `is_claimed(predicate)`: a figure one side claims or an alternative source gives ("the group
  claims 15 dead", "conflicting reports hold 18 deaths", "another source says four died", "the group
  said its fighters killed 30 soldiers");
- `is_additional(predicate, words)`: a figure added to the ones stated before ("another 2 were
  killed", "three civilians were also killed", "2 more");
- `protest_cause(mention)`: the words of what a protest was against or
  asked for, and also of what set it off: deaths told there are its cause, not its toll;
- `told_as_earlier(verb)`, `of_a_person(clause)`: a relative clause in the past perfect, one that
  describes a person ("a journalist who had covered the protests").
Word lists: data/casualty_terms.json, and the protest words of data/trigger_words.tsv.
"""

from __future__ import annotations

from article2json.extractors.events.lexicon import cue
from article2json.extractors.events.victims import children, is_person, terms

AIRING_GRIEVANCES = {"PROTEST", "REQUEST"}  # events that state what they are against or ask for


def is_aggregate(predicate) -> bool:
    """Whether the figure of `predicate` is a total over a period, over many incidents or over a
    whole country ("nationwide")."""
    clause = predicate
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    scope = [predicate, clause]
    if clause.dep_ in ("advcl", "xcomp", "conj", "acl") and not children(clause, "nsubj", "nsubjpass") \
            or _told_in_which(clause):  # "80 shooting incidents since January, in which 45 people have been killed"
        scope.append(clause.head)
    if clause.dep_ == "relcl" and _of_a_long_stretch(clause.head):
        return True  # "ended two years of fighting that killed hundreds of thousands": a war's toll
    if perfect(clause):  # "43 militants have been killed and 120 have surrendered since January": one period
        scope += [verb for verb in children(clause, "conj") if verb.pos_ in ("VERB", "AUX") and perfect(verb)]
    for holder in scope:
        for child in holder.children:
            if child.dep_ == "advmod" and child.lower_ in terms()["scope_words"]:
                return True  # "four people were killed nationwide": the deaths of many places
            objects = children(child, "pobj") if child.dep_ in ("prep", "agent") else [child]
            if child.dep_ == "prep" and child.lower_ == "since":
                return True
            if child.dep_ == "advcl" and perfect(clause) and any(c.dep_ == "mark" and c.lower_ == "since"
                                                                 for c in child.children):
                return True  # "eight had been killed since the protests began": a running total
            if child.dep_ == "prep" and child.lower_ in cue("period_prep") \
                    and any(_is_period(obj) or _whole_year(obj) or _singled_out(obj) for obj in objects):
                return True  # "killed in 2024", "in January 2025 alone"
            if child.dep_ == "prep" and child.lower_ in terms()["scope_preps"] \
                    and any(obj.lemma_.lower() in terms()["scope_nouns"] for obj in objects):
                return True  # "killed in mob beatings across the country"
            if (child.dep_ == "npadvmod" and _is_period(child) and not _offset(holder)) or (
                    child.dep_ in ("nsubj", "nsubjpass", "agent") and any(map(_is_many_incidents, objects))):
                return True
    return False


def _of_a_long_stretch(noun) -> bool:
    """Whether a noun is what weeks or more of something are made of ("two years of fighting", "months
    of protests"): a campaign, not one incident."""
    stretch = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and stretch.lemma_.lower() in cue("long_period") \
        and _is_period(stretch)


def _told_in_which(clause) -> bool:
    """Whether a clause opens with a preposition and a relative pronoun ("in which 45 people have been
    killed"): it tells what happened in what it hangs on."""
    return any(p.dep_ == "prep" and any(o.dep_ == "pobj" and o.lower_ in cue("relative_pronoun") for o in p.children)
               for p in clause.children)


def _whole_year(noun) -> bool:
    """A bare year ("in 2024"): the deaths of a whole year."""
    return noun.like_num and len(noun.text) == 4 and noun.text[:2] in ("19", "20") and not list(noun.children)


def _singled_out(noun) -> bool:
    """A period singled out by "alone" ("in January 2025 alone"): one part of a larger count."""
    return any(child.lower_ in terms()["sole_words"] for child in noun.children) \
        or any(t.lower_ in terms()["sole_words"] for t in noun.doc[noun.i + 1:noun.i + 3])


def perfect(verb) -> bool:
    """Whether a verb is in the perfect ("have been killed", "has surrendered")."""
    return any(child.dep_ in ("aux", "auxpass") and child.lemma_ == "have" for child in verb.children)


def told_as_earlier(token) -> bool:
    """Whether a trigger's clause is a relative clause in the past perfect ("a woman who had been
    shot", "the gunmen, who had stormed the village"): what it tells came before its sentence's day."""
    verb = token if token.pos_ in ("VERB", "AUX") else None
    return verb is not None and verb.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "had"
                                                             for c in verb.children)


def of_a_person(clause) -> bool:
    """Whether a relative clause describes a person: its pronoun is "who", "whom" or "whose" (tags WP,
    WP$), or the noun it hangs on names a person."""
    pronouns = [*clause.children, *(g for c in clause.children for g in c.children)]  # "whose son had ..."
    return any(p.tag_ in ("WP", "WP$") for p in pronouns) or clause.head.pos_ == "NOUN" and is_person(clause.head)


def _is_period(noun) -> bool:
    """"the past week", "this year", "the last months", "the first three months of the year"."""
    words = {child.lower_ for child in noun.children}
    lemma = noun.lemma_.lower()
    if lemma not in terms()["period_nouns"]:
        return False
    counted = noun.tag_ == "NNS" and any(child.dep_ == "nummod" for child in noun.children)
    return bool(words & cue("past_period_word")) or counted or (
        bool(words & cue("current_period_word")) and (lemma in cue("whole_period_noun") or noun.tag_ == "NNS"))


def _offset(clause) -> bool:
    """Whether a clause is dated by a time counted from another act ("three weeks after a councillor
    was shot dead"): its "three weeks" is that distance, no period its deaths add up over."""
    return any(c.dep_ == "mark" and c.lower_ in cue("earlier_clause") for c in clause.children)


def _is_many_incidents(noun) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in terms()["aggregate_agents"] or (
        noun.tag_ == "NNS" and any(child.lower_ in terms()["many_words"] for child in noun.children))


def _past_perfect_relative(predicate) -> bool:
    """Whether a casualty verb is in a relative clause in the past perfect ("a man who had killed
    his wife", "a rebel who had been shot and killed"): an earlier act that describes someone."""
    verb = predicate.head if predicate.dep_ == "conj" and predicate.head.pos_ == "VERB" else predicate
    return verb.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def is_background(predicate) -> bool:
    """Whether the casualty of `predicate` is the cause of the event or an earlier event."""
    lexicon = terms()
    told = [predicate] + ([predicate.head] if predicate.dep_ == "ccomp" and predicate.head.lemma_.lower() in
                          lexicon["report_verbs"] else [])  # "A day earlier, police said they had killed four"
    if any(child.lower_ in lexicon["earlier_words"] for verb in told for child in children(verb, "advmod")):
        return True
    if _past_perfect_relative(predicate):
        return True  # "the parents of a rebel who had been shot dead were beaten": what came before
    head = predicate.head
    if predicate.dep_ == "pobj":
        if head.lower_ in lexicon["cause_preps"]:
            return True
        head = head.head
    elif predicate.dep_ != "dobj":
        return False
    return head.lemma_.lower() in lexicon["cause_heads"]


def is_claimed(predicate) -> bool:
    """Whether the figure of `predicate` is what a side claims or an alternative source says."""
    lexicon = terms()
    if _own_side_tells(predicate):
        return True
    for holder in [predicate, *list(predicate.ancestors)[:4]]:
        if holder is not predicate and holder.pos_ == "VERB" and holder.lemma_.lower() in lexicon["claim_verbs"]:
            # "the fire claimed 40 lives": the idiom states a toll
            return not (predicate.head == holder and predicate.dep_ == "dobj"
                        and predicate.lemma_.lower() in lexicon["claimed_objects"])
        sources = children(holder, "nsubj") if holder.lemma_.lower() in lexicon["report_verbs"] else []
        sources += [obj for prep in children(holder, "prep") if prep.lower_ == "according"
                    for to in children(prep, "prep") for obj in children(to, "pobj")]
        if any(_is_doubtful(source) for source in sources):
            return True
    return False


def _own_side_tells(predicate) -> bool:
    """Whether a side reports its own killing: "the group said its fighters had killed 30 soldiers",
    "'We killed them all,' the commander said" (the doer is a pronoun, or possessed by one, and a
    report verb above the killing has a subject)."""
    lexicon = terms()
    if lexicon["transitive"].get(predicate.lemma_.lower()) != "killed":
        return False
    pronouns = lexicon["own_side_pronouns"]
    doers = children(predicate, "nsubj")
    if not any(doer.lower_ in pronouns or any(c.lower_ in pronouns for c in children(doer, "poss")) for doer in doers):
        return False
    return any(holder.lemma_.lower() in lexicon["report_verbs"] and children(holder, "nsubj")
               for holder in list(predicate.ancestors)[:3])


def _is_doubtful(source) -> bool:
    doubt = terms()["doubt_words"]
    return source.lower_ in doubt or any(child.lower_ in doubt for child in children(source, "amod", "det", "nummod"))


def is_additional(predicate, words) -> bool:
    """Whether a figure (its `words`, and the word before them) adds to the ones stated before."""
    added = terms()["additional_words"]
    return any(word.lower_ in added and not (word.lower_ == "more" and word.doc[word.i + 1:word.i + 2].text == "than")
               for word in words) or any(child.lower_ == "also" for child in children(predicate, "advmod"))


def protest_cause(mention) -> set[int]:
    """The words of a protest's grievance and of what set it off: a clause or phrase it hangs on
    by an occasion word ("after a child died", "as youths died", "following the killing of a
    student"), the object of a protest verb ("protested the murder of a trader") and the subject
    of a verb that set the protest off ("the student's death sparked protests")."""
    found = set()
    for holder, child in _protest_children(mention):
        occasion = child.dep_ == "prep" and child.lower_ in cue("occasion_word") or child.dep_ == "advcl" and any(
            mark.lower_ in cue("occasion_word") for mark in children(child, "mark"))
        protested = holder is mention.token and holder.pos_ == "VERB" and child.dep_ == "dobj"
        sparked = holder is not mention.token and child.dep_ == "nsubj" \
            and holder.lemma_.lower() in cue("sparking_verb")
        if states_grievance(child) or occasion or protested or sparked:
            found |= {t.i for t in child.subtree}
    return found


def states_grievance(child) -> bool:
    """Whether a dependent of a protest word says what it is against or for: "against"/"over" a
    grievance, "in protest at", "in solidarity with", or a verb of demanding or denouncing."""
    if child.dep_ == "prep":
        after_cause = child.i > 0 and child.doc[child.i - 1].lemma_.lower() in cue("cause_noun")  # "protest | at"
        return child.lower_ in cue("grievance_prep") or after_cause or child.lower_ == "in" and any(
            p.lemma_.lower() in cue("cause_noun") for p in children(child, "pobj"))
    lemma = child.lemma_.lower()
    return child.pos_ == "VERB" and (lemma in cue("demand_verb") or lemma in cue("cause_verb"))


def _protest_children(mention) -> list[tuple]:
    """(holder, child) for the dependents of a protest or demand word and of the verb it is the
    subject or object of ("staged a protest ..."); none for other events."""
    if mention.entry.plover not in AIRING_GRIEVANCES:
        return []
    token = mention.token
    holders = [token, token.head] if token.dep_ in ("dobj", "pobj", "nsubj") else [token]
    return [(holder, child) for holder in holders for child in holder.children]
