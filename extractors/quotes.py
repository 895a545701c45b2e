"""`quotes`: who said what, and through which outlet.

Output (`quotes`; generated from `Quote` in article2json/record.py): quotations and reported speech, in
text order, each with
- `text` (string): the quoted or reported content
- `start` (integer): offset of the first character
- `end` (integer): offset just past the last character
- `speaker` (string or null): who said it, as written ("a field source", "the army"); "he said", "the
  source noted" take up the latest earlier speaker that fits; statements without a speaker are left out
- `speaker_text` (string or null): the speaker's words in the attribution, as written ("he" of "he said",
  where `speaker` names who he is)
- `via` (string or null): the outlet or agency the words were told to or reported by ("Sputnik", "AFP");
  an outlet that speaks itself is also the `via`
- `kind` (string): direct (in quotation marks), reported ("X said (that) ...") or according_to
- `cue` (string): the reporting words as written ("told", "said", "according to")
- `attribution` (object {`start`, `end`}): the speaker-and-cue phrase ("a field source told Sputnik")

Quotations inside the outlet and dateline header lines are left out.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from article2json.extractors.base import Article, Extractor
from article2json.extractors.entities import in_metadata_lines

QUOTE_PAIRS = re.compile(r"“[^”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)", re.MULTILINE)
SPEAKER_DEPS = ("nsubj", "nsubjpass")
WINDOW = 14  # tokens between a quotation and its reporting verb


@dataclass(frozen=True)
class Quote:
    """One attribution; `mention` is the speaker's words in the attribution (a pronoun stays
    a pronoun there), `speaker` the resolved name."""

    start: int
    end: int
    kind: str
    cue: str
    cue_start: int
    cue_end: int
    speaker: str | None = None
    mention: tuple[int, int] | None = None
    speaker_class: str = "neutral"
    via: str | None = None
    via_span: tuple[int, int] | None = None
    follow_up: str = ""         # "he", "it", ... or the noun of "the source": an earlier speaker's
    speaker_noun: str = ""      # lemma of the speaker's head noun
    outlet: bool = False        # the speaker is itself an outlet ("state media reported")

    def as_json(self, text: str) -> dict[str, Any]:
        spans = [(self.cue_start, self.cue_end)] + [span for span in (self.mention, self.via_span) if span]
        return {"text": text[self.start:self.end], "start": self.start, "end": self.end,
                "speaker": self.speaker, "speaker_text": text[slice(*self.mention)] if self.mention else None,
                "via": self.via, "kind": self.kind, "cue": self.cue,
                "attribution": {"start": min(s for s, _ in spans), "end": max(e for _, e in spans)}}


class QuotesExtractor(Extractor):
    """Direct quotes, reported speech and "according to" attributions with speaker and outlet."""

    name = "quotes"
    requires = ("doc",)
    spacy_components = frozenset({"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"})

    def __call__(self, article: Article, found: Mapping[str, Any]) -> list[dict[str, Any]]:
        quotes = [quote for quote in find_quotes(found["doc"], article.text)
                  if not in_metadata_lines(article, quote.start, quote.end)]
        return [quote.as_json(article.text) for quote in quotes]


@lru_cache(maxsize=1)
def _terms() -> dict[str, frozenset[str]]:
    path = Path(__file__).resolve().parent / "data" / "reporting_terms.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {key: frozenset(value) for key, value in raw.items() if not key.startswith("_")}


def find_quotes(doc, text: str | None = None) -> list[Quote]:
    """Every attribution in a parsed Doc (of `text`), in text order, follow-up speakers resolved."""
    from spacy.attrs import IDX

    text = doc.text if text is None else text  # Doc.text joins every token again on each access
    quotations = _quotation_spans(text)
    starts = doc.to_array(IDX).tolist()
    quoted = {i for s, e in quotations for i in range(bisect_left(starts, s + 1), bisect_left(starts, e))}
    found: list[tuple[Any, Quote]] = []
    used_cues: set[int] = set()
    previous: tuple[Any, int] | None = None   # the cue of the last attributed quotation, its end
    for start, end in quotations:
        cue = _cue_of_quotation(doc, text, start, end, starts, quoted)
        if cue is None and previous is not None and _continues(text, previous[1], start):
            cue = previous[0]
        elif cue is None:
            previous = None
            continue
        quote = _attributed(cue, *_inner(text, start, end), "direct", text)
        previous = (cue, end) if quote.speaker is not None else None
        if previous is not None:
            used_cues.add(cue.i)
            found.append((cue, quote))
    for token in _possible_cues(doc):
        if token.i in used_cues or token.i in quoted:
            continue
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            quote = _according_to(token, text)
        elif _is_cue(token):
            content = _reported_content(token)
            quote = _attributed(token, *content, "reported", text) if content else None
        else:
            quote = None
        if quote is not None and quote.end > quote.start and quote.speaker is not None \
                and quote.speaker not in _terms()["dropped_speakers"]:
            found.append((token, quote))
    resolved = _resolve_follow_ups(sorted(found, key=lambda pair: pair[1].cue_start))
    return sorted(_pass_on_outlets(resolved), key=lambda quote: (quote.start, quote.cue_start))


def _possible_cues(doc) -> list[Any]:
    """The verbs and the words "according" of a Doc: the only tokens that can report words."""
    import numpy
    from spacy.attrs import LOWER, POS
    from spacy.symbols import VERB

    kinds = doc.to_array([POS, LOWER])
    found = (kinds[:, 0] == VERB) | (kinds[:, 1] == doc.vocab.strings["according"])
    return [doc[i] for i in numpy.flatnonzero(found).tolist()]


def _quotation_spans(text: str) -> list[tuple[int, int]]:
    """Spans of text in quotation marks (marks included) of at least three words."""
    return [(match.start(), match.end()) for match in QUOTE_PAIRS.finditer(text)
            if len(match.group().split()) >= 3]


def _continues(text: str, previous_end: int, start: int) -> bool:
    """Whether a quotation carries on the previous one: later in the same paragraph, or opening
    the next paragraph after a quotation left open."""
    between = text[previous_end:start]
    if "\n" not in between:
        return len(between) < 120
    return text[previous_end - 1] not in "\"”" and between.strip() == ""


def _inner(text: str, start: int, end: int) -> tuple[int, int]:
    """The words of a quotation without its marks and the comma that hands over to the cue."""
    start += 1
    while end > start and text[end - 1] in "\"”,  \n":
        end -= 1
    return start, end


def _is_cue(token) -> bool:
    return token.pos_ == "VERB" and token.lemma_.lower() in _terms()["cues"]


def _cue_of_quotation(doc, text: str, start: int, end: int, starts: list[int], quoted: set[int]) -> Any:
    """The reporting verb of a quotation: right after it ('"...," he said') or right before it
    ('he said: "..."'), within the same sentence."""
    closing = text[start:end].rstrip("\"” \n")
    first_after = bisect_left(starts, end)
    after = list(doc[first_after:first_after + WINDOW])
    if after and (closing.endswith(",") or (closing[-1:] in "?!." and after[0].is_lower) or _is_cue(after[0])):
        for token in after:
            if token.is_sent_start and token.i != after[0].i and token.text[:1].isupper() or "\n" in token.text:
                break
            if token.i in quoted:
                break
            if _is_cue(token):
                return token
    last_before = bisect_left(starts, start)
    before = [t for t in doc[max(last_before - WINDOW, 0):last_before] if t.idx + len(t.text) <= start]
    if before and before[-1].text in (":", ",", "that") or (before and _is_cue(before[-1])):
        for token in reversed(before):
            if token.text in (".", "!", "?") or "\n" in token.text or token.i in quoted:
                break
            if _is_cue(token):
                return token
    return None


def _reported_content(cue) -> tuple[int, int] | None:
    """The clause a reporting verb reports: its `ccomp` ("said (that) ..."), or the main clause
    it comments on ("the attack failed, the source said")."""
    clauses = sorted((child for child in cue.children if child.dep_ == "ccomp" or (
        child.dep_ == "xcomp" and cue.lemma_ in _terms()["infinitive_cues"])),
                     key=lambda clause: (clause.i < cue.i, clause.i))
    if clauses:
        clause = clauses[0]
        words = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head == clause
                                                    and t.i == clause.left_edge.i)]
        aside = _speaker_token(clause) if _is_cue(clause) else None
        if aside is not None and aside.i > cue.i and any(
                child.dep_ == "ccomp" and child.i < aside.i for child in clause.children):
            words = [t for t in words if t.i < aside.left_edge.i]   # "said X, state media reported"
        return _char_span(words)
    objects = [child for child in cue.children if child.dep_ == "dobj" and child.pos_ != "PRON"]
    if objects and cue.lemma_.lower() in _terms()["object_cues"]:
        return _char_span(objects[0].subtree)
    if cue.dep_ in ("parataxis", "ccomp", "advcl") and _speaker_token(cue) is not None and (
            cue.dep_ == "parataxis" or cue.i > cue.head.i):
        return _larger_side(cue.head.subtree, cue)
    return None


def _larger_side(tokens, phrase) -> tuple[int, int] | None:
    """The longer of the parts of `tokens` before and after the subtree of `phrase`."""
    inside, tokens = {t.i for t in phrase.subtree}, list(tokens)
    left = [t for t in tokens if t.i < phrase.i and t.i not in inside]
    right = [t for t in tokens if t.i > phrase.i and t.i not in inside]
    return _char_span(right if len(right) > len(left) else left)


def _according_to(token, text: str) -> Quote | None:
    """'According to X, ...': the clause around the phrase is the content, X the speaker."""
    to = next(child for child in token.children if child.lower_ == "to")
    sources = [child for child in to.children if child.dep_ == "pobj"]
    clause = token.head
    if not sources or clause.i == token.i:
        return None
    content = _larger_side(clause.subtree, token)
    if content is None:
        return None
    cue_end = to.idx + len(to.text)
    return Quote(*content, "according_to", text[token.idx:cue_end], token.idx, cue_end,
                 **_describe(sources[0], text))


def _char_span(tokens) -> tuple[int, int] | None:
    """From the first to the last word of `tokens` (punctuation at the edges left out)."""
    words = sorted((t for t in tokens if not (t.is_punct or t.is_space)), key=lambda t: t.i)
    if not words:
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _attributed(cue, start: int, end: int, kind: str, text: str) -> Quote:
    speaker = _speaker_token(cue)
    described = _describe(speaker, text) if speaker is not None else {}
    via, via_span = _via(cue, text)
    return Quote(start, end, kind, cue.text, cue.idx, cue.idx + len(cue.text), via=via, via_span=via_span,
                 **described)


def _speaker_token(cue) -> Any:
    """The subject of the reporting verb, or of the verb it hangs from ("..., adding that")."""
    agents = [obj for child in cue.children if child.dep_ == "agent" for obj in child.children]
    if any(child.dep_ == "auxpass" for child in cue.children) and cue.lemma_ != "quote":
        return agents[0] if agents else None
    verb = cue
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ == "nsubj" or (
            c.dep_ == "nsubjpass" and verb.lemma_ in _terms()["passive_speaker_cues"])]
        if subjects:
            return min(subjects, key=lambda subject: abs(subject.i - verb.i))
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head    # "a poll showing ...", "a statement saying ..."
        if verb.dep_ not in ("advcl", "xcomp", "conj", "pcomp") or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = verb.head
    return None


def _describe(token, text: str) -> dict[str, Any]:
    """Speaker fields of the subject `token` (of a Doc of `text`): its words, its span, what kind
    of speaker it is and whether it takes up an earlier speaker."""
    mention = _phrase_span(token, 40, text)
    named = token
    if token.lower_ in _terms()["relative_pronouns"] and token.head.dep_ == "relcl":
        named = token.head.head
    first, last = _phrase_span(named, 12, text)
    lemma, lower = named.lemma_.lower(), named.lower_
    determiners = {child.lower_ for child in named.children if child.dep_ == "det"}
    follow_up = lower if lower in _terms()["follow_up_pronouns"] else (
        lemma if named.pos_ == "NOUN" and determiners & _terms()["follow_up_determiners"] else "")
    return {"speaker": text[first:last], "mention": (mention[0], mention[1]),
            "speaker_class": _speaker_class(named), "follow_up": follow_up, "speaker_noun": lemma,
            "outlet": _is_media(named)}


def _is_media(token) -> bool:
    """A news outlet: "state media", "the newspaper", "AFP", "Radio Simba", "The Paper"."""
    terms = _terms()
    if token.lemma_.lower() in terms["media"] or token.lower_ in terms["media"]:
        return True
    name = [t.text for t in token.subtree if t.dep_ in ("compound", "flat") or t.i == token.i]
    return token.pos_ == "PROPN" and any(word in terms["agency_words"] for word in name)


def _phrase_span(token, limit: int, text: str) -> tuple[int, int]:
    """Character span of the noun phrase of `token` (of a Doc of `text`) without relative
    clauses, on the line of `token`; only its left part when the whole phrase would be longer
    than `limit` words."""
    cut = {t.i for child in token.children if child.dep_ in ("relcl", "acl", "advcl")
           for t in child.subtree}
    words = [t for t in token.subtree if t.i not in cut and not (t.is_punct and t.i > token.i)]
    if len(words) > limit:
        words = [t for t in words if t.i <= token.i]
    line = [t for t in words if "\n" not in text[min(t.idx, token.idx):max(t.idx, token.idx)]]
    words = [t for t in line if not t.is_punct] or [token]
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _speaker_class(token) -> str:
    terms, lemma, lower = _terms(), token.lemma_.lower(), token.lower_
    if lower in terms["person_pronouns"] or token.ent_type_ == "PERSON":
        return "person"
    if lower in terms["plural_pronouns"] or token.tag_ in ("NNS", "NNPS"):
        return "plural"
    if lemma in terms["neutral"]:
        return "neutral"
    if lower in terms["org_pronouns"] or lemma in terms["organisations"] or _is_media(token) or token.ent_type_ in (
            "ORG", "GPE", "NORP"):
        return "org"
    return "person"


def _via(cue, text: str) -> tuple[str | None, tuple[int, int] | None]:
    """The outlet the words went through: "told Sputnik", "said in a statement to AFP",
    "told the newspaper", "was quoted by Reuters"."""
    candidates = []
    if cue.lemma_ in _terms()["addressee_cues"]:
        candidates += [child for child in cue.children if child.dep_ in ("dobj", "dative")]
    for prep in cue.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in _terms()["outlet_prepositions"]:
            for obj in prep.children:
                candidates.append(obj)
                candidates += [inner for sub in obj.children if sub.dep_ == "prep"
                               and sub.lower_ in _terms()["statement_prepositions"] for inner in sub.children]
    for candidate in candidates:
        single_name = not any(child.dep_ == "compound" for child in candidate.children)
        if _is_media(candidate) or (candidate.pos_ == "PROPN" and (
                candidate.ent_type_ != "PERSON" or (cue.lemma_ == "tell" and single_name))):
            first, last = _phrase_span(candidate, 6, text)
            return text[first:last], (first, last)
    return None, None


def _resolve_follow_ups(found) -> list[Quote]:
    """Replace "it", "he", "the source" by the latest earlier speaker that fits."""
    resolved: list[Quote] = []
    for _, quote in found:
        if quote.follow_up:
            earlier = next((q for q in reversed(resolved) if _fits(quote, q)), None)
            if earlier is not None:
                quote = replace(quote, speaker=earlier.speaker, speaker_class=earlier.speaker_class,
                                via=quote.via or earlier.via, speaker_noun=earlier.speaker_noun,
                                outlet=earlier.outlet)
        resolved.append(quote)
    return resolved


def _fits(follow_up: Quote, earlier: Quote) -> bool:
    terms = _terms()
    pronouns = terms["follow_up_pronouns"]
    if earlier.speaker is None or earlier.follow_up in pronouns and earlier.speaker.lower() in pronouns:
        return False
    word, klass = follow_up.follow_up, earlier.speaker_class
    if word in terms["person_pronouns"]:
        return klass in ("person", "neutral")
    if word in terms["org_pronouns"]:
        return klass in ("org", "neutral") and earlier.speaker_noun not in terms["not_it_speaker_nouns"]
    if word in terms["plural_pronouns"]:
        return klass in ("plural", "org")
    return earlier.speaker_noun == word or word in earlier.speaker.lower().split()


def _pass_on_outlets(quotes: list[Quote]) -> list[Quote]:
    """A quote reported by an outlet ("X said, state media reported") goes via that outlet."""
    outlets = [quote for quote in quotes if quote.outlet and quote.speaker]
    passed = []
    for quote in quotes:
        if quote.outlet and quote.via is None:
            quote = replace(quote, via=quote.speaker)   # "state media reported ..."
        carrier = next((o for o in outlets if o is not quote and (
            o.start <= quote.cue_start < o.end
            or (o.cue_start > quote.cue_start and o.start < quote.end and quote.start < o.end))), None)
        if quote.via is None and carrier is not None:
            quote = replace(quote, via=carrier.speaker)
        passed.append(quote)
    return passed

