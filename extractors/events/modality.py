"""Modality of a mention: asserted, negated ("did not attack", "denied attacking"), hypothetical
("threatened to strike", "would retaliate", "if they attack") or future ("will deploy",
"plans to march"). Cues sit on the trigger or on the verbs it depends on, up to a reporting verb."""

from __future__ import annotations

from article2json.extractors.events.lexicon import carried_by_support, cue, hedged_head, trigger_lexicon
from article2json.extractors.events.victims import casualty_kind
from article2json.extractors.per_doc import token_columns

CLIMB_DEPS = {"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "advcl", "acl", "nsubjpass", "nsubj", "conj"}
OWN_CUE_DEPS = {"neg", "aux", "auxpass", "mark", "det", "advmod", "amod"}
# Verbs whose subject is the event itself ("clashes broke out", "the attack took place").
EVENT_SUBJECT_VERBS = cue("event_subject_verb")
CONDITIONAL_MARKS = cue("conditional_mark")
# Verbs whose infinitive complement happened ("were able to repel", "managed to escape").
IMPLICATIVE = cue("implicative")
NEGATING_DETERMINERS = cue("negating_determiner")
# Words introducing a clause or phrase whose event is taken as given ("feared dead after rivals
# clashed", "will be tried for killings during the unrest"): the modality above does not reach it.
PRESUPPOSING = cue("presupposing")


def _in_brackets(token) -> bool:
    """Whether a word stands inside parentheses ("(exact date not reported)")."""
    words, first = token_columns(token.doc).lower, max(token.i - 8, 0)  # brackets: written as lowercased
    opened = [i for i in range(first, token.i) if words[i] == "("]
    return bool(opened) and not any(words[i] == ")" for i in range(opened[-1] + 1, token.i))


def _own_cue(token, trigger: bool = True) -> str | None:
    """A modality shown by the children of `token` ("not", "will", "would", "if"); a negation
    wins over the rest ("will not accept" is negated). "no" negates the trigger itself only ("no
    clashes"), not a clause below it ("threw a grenade; no casualties"). An event noun a verb
    carries out takes its modality from the verb, not from its adjectives ("mounted its
    long-threatened invasion" happened; "a threatened strike" did not)."""
    carried = carried_by_support(token)
    for child in sorted(token.children, key=lambda c: c.dep_ != "neg"):
        if child.dep_ not in OWN_CUE_DEPS or _in_brackets(child) or _month_name(child) \
                or carried and child.dep_ == "amod":
            continue
        word = child.lower_
        if child.dep_ == "neg" or child.dep_ == "det" and word in NEGATING_DETERMINERS and trigger or word == "never":
            return "negated"
        if child.dep_ == "mark" and word in CONDITIONAL_MARKS:
            return "hypothetical"
        if child.dep_ in ("aux", "auxpass") and child.lemma_.lower() in cue("future") | cue("future_contraction"):
            return "future"
        if child.dep_ in ("aux", "auxpass") and child.lower_ in cue("hypothetical"):
            return "hypothetical"
        if child.dep_ == "amod" and child.lemma_.lower() in cue("hypothetical"):
            return "hypothetical"
        if child.dep_ == "amod" and child.lemma_.lower() in cue("future"):
            return "future"
        if child.dep_ == "amod" and child.lower_ in cue("scheduled") and any(
                g.dep_ == "xcomp" and is_infinitive(g) for g in child.children):
            return "future"  # "the truce, due to take effect on Monday"
    return None


def _habitual(token) -> bool:
    """Whether a trigger verb in the simple present describes the people of a relative clause,
    what they do as a rule, not an act that happened ("six civilian volunteers who fight alongside
    the army", "gangs that kidnap travellers"): no event."""
    return token.dep_ == "relcl" and token.tag_ in ("VBP", "VBZ") \
        and not any(c.dep_ in ("aux", "auxpass") for c in token.children)


def _done_by_nobody(token) -> bool:
    """"No one had been detained", "no one was hurt or detained": a subject that denies the act, also
    for a verb coordinated with the one it is the subject of ("no one was killed" is a toll of none,
    not a denied killing)."""
    verb = token
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and _nobody(c) for c in verb.children) \
        and casualty_kind(token) not in ("killed", "wounded")


def _nobody(subject) -> bool:
    """"nobody", "none", "no one"."""
    words = [c.lower_ for c in subject.children if c.dep_ == "det"] + [subject.lower_]
    return " ".join(words) in cue("nobody")


def _month_name(token) -> bool:
    """"May" of a date the parser read as a modal ("31 May : teachers held a demonstration")."""
    return token.text == "May" and (token.ent_type_ == "DATE" or token.i > 0 and token.doc[token.i - 1].like_num)


def _governing_cue(verb, child) -> str | None:
    """A modality set by a governing word ("denied attacking", "threatened to strike")."""
    lemma = verb.lemma_.lower()
    if lemma == "call" and (child.lower_ == "for" or is_infinitive(child) and any(c.lower_ == "for" for c in verb.children)):
        return "hypothetical"  # "called for a campaign", "called for a campaign to expel migrants"
    if lemma in cue("negated") and verb.pos_ in ("VERB", "NOUN"):
        return "negated"
    if lemma in cue("future") and lemma != "threaten" or lemma in cue("commitment") and is_infinitive(child):
        return "future"  # "plans to march"; "agreed to lift the blockades": what was agreed is yet to be done
    if is_infinitive(child) and any(c.dep_ == "dobj" and c.lemma_.lower() in cue("commitment") for c in verb.children):
        return "future"  # "signed an agreement late Wednesday to lift a blockade": what it says will be done
    if lemma in cue("hypothetical"):
        return "hypothetical"
    return None


def _presupposed(token) -> bool:
    """Whether `token` heads a time clause or phrase ("after they clashed", "during the clashes")."""
    if token.dep_ == "prep":
        return token.lower_ in PRESUPPOSING
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in PRESUPPOSING for c in token.children)


def semicolon_between(token, head) -> bool:
    """Whether a semicolon parts a word from its head: two clauses the parser joined."""
    low, high = sorted((token.i, head.i))
    return ";" in token_columns(token.doc).lower[low + 1:high]


def is_infinitive(verb) -> bool:
    """Whether a verb has "to" before it ("to demand", "to fight")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _purpose(clause, governor, is_trigger) -> bool:
    """Whether `clause` is an aim not yet achieved: an infinitive after a verb that does not
    imply it happened ("sent troops to fight", "help Cameroon fight"), unlike "were able to
    repel" or "fired tear gas to disperse" (a violent means achieves its aim)."""
    if clause.pos_ != "VERB" or clause.dep_ not in ("xcomp", "advcl", "ccomp"):
        return False
    if _lexicon_type(clause, "PROTEST"):  # "took to the streets to protest": gathering is protesting
        return False
    if governor.lemma_.lower() in IMPLICATIVE or is_trigger(governor) and not _lexicon_type(governor, "MOBILIZE"):
        return False
    return is_infinitive(clause) or governor.lemma_.lower() == "help" and is_infinitive(governor)


def _outcome_of(token, clause) -> bool:
    """Whether `token`, a word `clause` governs, is a participle after a comma that tells what came of
    the act an aim `clause` belongs to ("fired live rounds to break up a protest, killing two people"): the parser
    hangs it on the aim, but the killing happened."""
    return token.head.i == clause.i and token.dep_ == "advcl" and token.tag_ == "VBG" and token.i > clause.i \
        and token.nbor(-1).text == ","


def _lexicon_type(verb, plover: str) -> bool:
    """Whether `verb` is a trigger of PLOVER type `plover` ("protest": PROTEST, "deploy": MOBILIZE)."""
    return any(e.plover == plover for e in trigger_lexicon().get(verb.lemma_.lower(), ()))


def _dismissed(report) -> bool:
    """Whether a report is the claim of something a speaker dismisses ("dismissed messages on social
    media claiming the insurgents had taken the village", "rejected reports saying ...")."""
    holder = report.head if report.dep_ in ("acl", "relcl") and report.head.pos_ in ("NOUN", "PROPN") else None
    return holder is not None and holder.dep_ == "dobj" and holder.head.lemma_.lower() in cue("dismissing")


def modality(token, unit, is_trigger) -> str:
    """The modality of the trigger `token`. Governing words that are triggers of their own
    (accuse, threaten, deny) set the modality of what they govern but keep climbing the chain;
    reporting verbs stop it; a verb joined to a trigger verb takes what governs that verb; a subject
    that denies the act negates it ("no one was detained")."""
    if _done_by_nobody(token):
        return "negated"
    if _habitual(token):
        return "hypothetical"
    current, below, conjunct = token, token, False
    for _ in range(5):
        own = None if conjunct else _own_cue(current, current.i == token.i)
        if own is not None:
            return own
        hedge = hedged_head(current)
        if hedge is not None:  # "Gunmen believed to belong to X killed ...": what governs the hedge
            below, current = current, hedge
            continue
        if current.dep_ not in CLIMB_DEPS or current.head.i == current.i or current.head not in unit:
            break
        if _presupposed(current) or current.i == token.i and current.dep_ == "acl" and current.tag_ == "VBN" \
                and current.lemma_.lower() in cue("support") and current.head.lemma_.lower() in trigger_lexicon():
            break  # "after they clashed"; "Under the agreement, signed in Cochabamba, the federations will
            # clear ...": the past participle of a verb that carries out an event noun tells it was done,
            # whatever the clause says (not "demanding the release of a student, arrested in ...")
        head = current.head
        if current.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() not in EVENT_SUBJECT_VERBS:
            break
        if semicolon_between(current, head):  # "kidnapped by gunmen; the motive may have been political"
            break
        if head.lemma_.lower() in cue("report"):
            return "negated" if _own_cue(head) == "negated" or _dismissed(head) else "asserted"
        governing = _governing_cue(head, current) if head.i < token.i else None
        if governing is None and _purpose(current, head, is_trigger) and not _outcome_of(below, current):
            governing = "hypothetical"
        if governing is not None:
            return governing
        # "planning to invade and retake": what governs the first verb governs both, but not its
        # own "not" ("did not attack but looted")
        conjunct = is_trigger(head) and head.pos_ == "VERB" and current.dep_ == "conj"
        below, current = current, head
    return "asserted"
