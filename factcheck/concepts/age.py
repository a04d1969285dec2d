"""Ages of people: "a 41-year-old firefighter", "Jane Roe, 39,", "aged 58", "a girl of nine years".

The frame names the person (the surname when the text gives one) and the role the text gives them
("firefighter"), so "the 41-year-old volunteer firefighter" can meet "firefighter Jan Kowal, 39".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..extract.article import claim_id
from ..lexicon import lexicon
from ..models import Claim, EventRef, QuantityValue, TextValue
from .base import Comparison, Concept, make_claim, may_be_a_person, plain, render_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..annotate import Annotations, Measure


_HOURS_A_YEAR = 24 * 365.25  # lengths of time are read in hours


def _names_someone(token: Token) -> bool:
    """True for a noun the lexicon knows as a person or a post ("driver", "mayor", "resident")."""
    words = lexicon()
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (lemma in words.person_nouns or lemma in words.title_words or lemma in words.people)


def _name_before(measure: Measure) -> Token | None:
    """The name or person noun right before ", 39," or "(42)", whatever the parser attached the number to:
    "Jan Kowal, 39,", "the driver, 58,"."""
    doc = measure.sentence.doc
    i = measure.anchor.i - 2
    while i >= measure.sentence.start and doc[i].is_space:
        i -= 1
    if i < measure.sentence.start:
        return None
    token = doc[i]
    if token.pos_ == "NOUN" and token.is_title and token.i == measure.sentence.start:
        return token  # "Haack, 61, was convicted": a surname opening the sentence, which the model took for a noun
    return token if token.pos_ == "PROPN" or _names_someone(token) else None


def _set_off_beside(measure: Measure, text: str) -> Token | None:
    """The person a plain number is set off beside as an age: "Jan Kowal, 39, said", "Jane Roe (42) of …",
    "the driver, 58,"; not "(106')" nor "Kowal (23.)"."""
    start, end = measure.mention.start, measure.mention.end
    between_commas = (text[max(0, start - 2) : start] == ", " and text[end : end + 1] in (",", ")", ";")) or (
        text[max(0, start - 1) : start] == "(" and text[end : end + 1] == ")"
    )
    value = measure.mention.value
    if not between_commas or not 12 <= value.low <= 100 or value.high != value.low:
        return None
    return _name_before(measure)


def apposed_age(measure: Measure, text: str) -> bool:
    """True for a count that is really an age set off beside a person: "the driver, 58, was hurt"."""
    return measure.mention.dimension == "count" and _set_off_beside(measure, text) is not None


def _person_with_years(measure: Measure) -> Token | None:
    """ "a girl of nine years", "the mayor, of 67 years,": an age written as a length of time."""
    token = measure.anchor if measure.anchor.lower_ in ("year", "years") else measure.anchor.head
    if token.lower_ not in ("year", "years") or token.dep_ != "pobj" or token.head.lower_ != "of":
        return None
    of = token.head
    before = of.doc[of.i - 2] if of.i >= 2 and of.doc[of.i - 1].text == "," else None
    person = before if before is not None and before.pos_ in ("NOUN", "PROPN") else of.head  # ", of 67 years,"
    if person.pos_ == "PROPN" and (person.ent_type_ == "PERSON" or (before is not None and may_be_a_person(person))):
        return person  # "Jan Kowal, of 61 years,": set off by commas after a name, whatever the model tagged it
    if _described_name(person) is not None:
        return person  # "Lara Grech Sant, architect of 44 years": whatever the noun, it describes her
    if person.pos_ == "PROPN" and person.dep_ == "appos" and _names_someone(person.head):
        return person  # "the driver, Ana Orsi Lanz, of 43 years,": the name the driver is given
    return person if _names_someone(person) else None


def _described_name(noun: Token) -> Token | None:
    """The name a noun stands in apposition to ("Jan Kowal, a 41-year-old architect"): the person it describes."""
    head = noun.head
    named = noun.pos_ == "NOUN" and noun.dep_ == "appos" and head.pos_ == "PROPN"
    return head if named and head.ent_type_ not in ("ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT") else None


def _subject_before(measure: Measure) -> Token | None:
    """The person the sentence before names as its subject, which news writing then calls "the
    63-year-old": "Jan Kowal was jailed on Tuesday. The 63-year-old was convicted of …"."""
    sentence = measure.sentence
    first = sentence[0]
    if first.lower_ != "the" or sentence.start == 0:
        return None  # only an opening "The 63-year-old", which can mean no one else
    before = sentence.doc[sentence.start - 1].sent
    subject = next((t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.pos_ == "PROPN" and subject.ent_type_ not in ("ORG", "GPE", "LOC", "NORP", "FAC"):
        return subject
    named = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return subject if named is not None and _names_someone(subject) else None


def _person_of(measure: Measure, text: str) -> Token | None:
    """The person an age belongs to: the noun "-year-old" describes, the name it stands beside."""
    token = measure.anchor
    if measure.mention.dimension == "duration":
        return _person_with_years(measure)
    if measure.mention.dimension == "count":
        named = _set_off_beside(measure, text)
        if named is not None:
            return named
        if token.head.lemma_.lower() == "age" and token.head.head.pos_ in ("NOUN", "PROPN"):
            return token.head.head  # "a man aged 58"
        return None
    for _ in range(4):
        token = token.head
        if token.lower_ == "old" and token.dep_ in ("nsubj", "nsubjpass"):
            return _subject_before(measure)  # "The 63-year-old was convicted …": the person just named
        if token.pos_ in ("AUX", "VERB") and token.lemma_.lower() == "be":
            # "the aircraft was 14 years old", "the victim, who was 19 years old": the subject's age
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ in ("who", "which", "that") and token.dep_ == "relcl":
                subject = token.head
            return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None
        if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() not in ("year", "old"):
            if token.pos_ == "NOUN" and token.dep_ == "compound" and token.head.pos_ == "PROPN":
                return token.head  # "Nineteen-year-old substitute Jan Kowal": the named person
            return token
    return None


def about_age(person: Token) -> dict[str, str]:
    """{"person": surname or role, "role": role}: whose age it is."""
    words = lexicon()
    if person.pos_ == "NOUN" and person.is_title and person.i == person.sent.start and not _names_someone(person):
        return {"person": person.text.lower(), "role": ""}  # a surname the model took for a noun
    name = (
        person
        if person.pos_ == "PROPN"
        else _described_name(person)
        or next((c for c in person.children if c.dep_ in ("appos",) and c.pos_ == "PROPN"), None)
    )
    role_token = (
        person
        if person.pos_ == "NOUN"
        else next((c for c in person.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
    )
    role = words.thing(role_token.lemma_) if role_token is not None else ""
    return {"person": name.text.lower() if name is not None else role, "role": role}


def ages(notes: Annotations) -> Iterator[Claim]:
    """Every age stated for a person in the body."""
    for measure in notes.measures:
        mention = measure.mention
        if mention.dimension not in ("age", "count", "duration") or notes.zone(measure.sentence) != "body":
            continue
        if notes.in_quote(mention.start, mention.end):
            continue
        person = _person_of(measure, notes.source.text)
        years = mention.value.low / _HOURS_A_YEAR if mention.dimension == "duration" else mention.value.low
        if person is None or not (0 < years <= 120) or mention.value.high != mention.value.low:
            continue
        about = about_age(person)
        if not about["person"] or about["person"] in ("people", "year"):
            continue
        value = QuantityValue(low=round(years, 2), high=round(years, 2), unit="year")
        # the occasion beside the age, not anywhere in its sentence ("architect of 44 years and founder of a
        # movement that three years ago had ten members")
        event = EventRef(occasion=notes.occasion_near(measure.sentence, mention.start, mention.end))
        yield make_claim(notes, "age", about, value, mention.start, mention.end, measure.sentence, event=event)


def name_by_post(claims: list[Claim]) -> list[Claim]:
    """Ages and states of a person given by post alone ("the 63-year-old premier", "the owner was
    arrested") put under the name the same article gives the one person holding that post ("Prime
    Minister Jan Novak"), so they meet what other outlets say of the person by name."""
    from .role import same_office

    posts: dict[str, set[str]] = {}
    for claim in claims:
        if claim.slot == "role" and isinstance(claim.value, TextValue) and claim.about.get("name"):
            surname = plain(claim.about["name"].split()[-1])  # "Kovács" is written "Kovacs" by most outlets
            posts.setdefault(surname, set()).add(claim.value.text)
    named: list[Claim] = []
    for claim in claims:
        field = _post_field(claim)
        if field:
            post = claim.about[field]
            holders = {
                name
                for name, titles in posts.items()
                if any(same_office(post, t) or t.lower().split()[-1:] == [post] for t in titles)
            }
            if len(holders) == 1:
                about = {**claim.about, field: holders.pop()}
                subject = render_subject(about, claim.event)
                claim = claim.model_copy(
                    update={
                        "about": about,
                        "subject": subject,
                        "id": claim_id(claim.source, claim.slot, subject, claim.start, claim.end),
                    }
                )
        named.append(claim)
    return named


def _post_field(claim: Claim) -> str:
    """The frame field that names a person by post alone, or "": an age's person, a freed or held person."""
    role = claim.about.get("role", "")
    if claim.slot == "age" and role and claim.about.get("person") == role:
        return "person"
    if claim.slot == "status" and claim.about.get("state") == "free" and claim.about.get("of", "").isalpha():
        return "of"
    return ""


CONCEPT = Concept(
    name="age",
    label="Age",
    value_kind="quantity",
    comparison=Comparison(absolute=0.0, exact=True),
    priority=35,  # above duration: "a girl of nine years" is an age, not a length of time
    extract=ages,
    about_fields=("person",),
)
