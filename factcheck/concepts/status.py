"""Statements that flip: a state a thing is said to be in, or its opposite.

"Beaches will remain open" and "ordered the beaches to close"; "the treaty grants immunity" and
"the treaty does not grant immunity"; "will keep the badge" and "the badge will be phased
out". The frame names the state (`state`: open, declared, kept…) and the thing it is said of
(`of`: the noun's lemma, or a person's surname); the value is the state or "not <state>". The
words for each state and its opposite are one lexicon table (`statuses`); a negation flips them.
Requests, plans that hang on another verb ("asked the governor to declare"), conditions and
quotes are not statements of fact.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from ..annotate.tokens import lower_lemmas, lower_texts, sentence_has, span_text
from ..lexicon import lexicon, singular, word_classes, word_list
from ..models import Claim, TextValue
from .base import Comparison, Concept, a_person, claim_id, make_claim, name_beside, plain, render_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..annotate import Annotations

_LINKING = {"be", "remain", "stay", "keep", "stand"}
_ORDERING = {"order", "force", "leave", "declare", "rule", "find"}  # "ordered closed", "left open"
_WISHING = {
    "ask",
    "urge",
    "call",
    "demand",
    "want",
    "hope",
    "plan",
    "propose",
    "threaten",
    "consider",
    "seek",
    "request",
    "expect",
    "push",
    "press",
    "pressure",
    "foresee",
}
_PLACING = {"place", "put", "take", "hold", "keep", "remand"}  # "placed two cooks in custody"
_REFUSING = {"refuse", "decline", "fail"}  # "declined to impose it": the state does not hold
_MAYBE = {"could", "may", "might", "should", "must", "can"}
_NEGATIVE_NOUNS = {"evidence", "sign", "indication", "suggestion", "proof"}
_PARTICLES = {"away", "out", "down", "off"}  # "led away", which the model may take for an adverb
_SUBJECT_STATES = {"survive", "withstand"}  # "the government survived a vote": said of the subject
_AGENT_ENDINGS = ("er", "or", "ist", "ian")  # not "-ent", "-ant": the government, the plant
_SOME_OF = {"any", "some", "none", "all", "part", "much", "most"}
_PART_OF = {"state", "sample", "portion", "batch", "trove", "cache", "extract"}
_THINGS = word_classes("status_things")  # one thing under its outlets' words: "the data", "the haul"
# States only something done to a thing can be in: "X declared" says nothing of X ("the speaker
# declared the motion rejected"), where "the schools closed" and "the government survived" do.
_DONE_TO = {"declared", "granted", "published", "kept", "free", "found"}
_SAID_OF_THE_SUBJECT = {"abscond"}  # "the owner is absconding": the subject is at large
_CONDITIONS = {"if", "whether", "unless"}
_RESTRICTIONS = set(word_list("restrictions"))  # what is lifted: a ban, a curfew, never a trophy


@lru_cache(maxsize=1)
def _states() -> dict[str, str]:
    return word_classes("statuses")


@lru_cache(maxsize=1)
def _state_words() -> frozenset[str]:
    """Every word a state phrase is keyed on ("phase" of "phase out", "custody" of "in custody")."""
    return frozenset(w for key in _states() for w in key.split() if w not in ("in", "under", "into", "at"))


def _predicate(token: Token) -> tuple[str, Token] | None:
    """(state class, the verb whose clause says it) for a predicate word: "phased out", "remain open"."""
    states = _states()
    lemma = token.lemma_.lower()
    if token.dep_ in ("acomp", "oprd", "xcomp") and token.head.lemma_.lower() in _LINKING | _ORDERING:
        for key in (token.lower_, lemma):
            if key in states:
                return states[key], token.head  # "beaches would remain open", "schools were ordered closed"
        at = [c for c in token.children if c.lower_ == "at"] + [
            c for c in token.head.children if c.lower_ == "at" and c.i == token.i - 1
        ]
        if at and f"at {lemma}" in states:
            return states[f"at {lemma}"], token.head  # "was still at large", however the model parsed "at"
    if lemma == "lift" and not any(
        c.lemma_.lower() in _RESTRICTIONS for c in token.children if c.dep_ in ("dobj", "nsubjpass")
    ):
        return None  # "lifted the trophy" is a win; only a ban, a curfew or a state of emergency is lifted
    if _verb_taken_for_noun(token) and lemma in states:
        return states[lemma], token
    if token.pos_ == "VERB":
        particles = [c.lower_ for c in token.children if c.dep_ == "prt" or c.lower_ in _PARTICLES]
        for key in [f"{lemma} {p}" for p in particles] + [lemma]:
            if key in states:
                return states[key], token
    if token.dep_ in ("pobj", "amod") and token.head.lower_ in ("in", "under", "into", "at"):
        verb = token.head.head
        key = f"{token.head.lower_} {lemma}"
        if key in states and verb.lemma_.lower() in _LINKING | _PLACING:
            return states[key], verb  # "he remains in custody", "placed the cook under arrest"
    return None


def _verb_taken_for_noun(token: Token) -> bool:
    """True for a verb the small model read as a plural noun in a sentence it left without a verb:
    "The deal grants amnesty to the rebels" comes out as one noun phrase, "deal grants amnesty"."""
    if token.tag_ != "NNS" or token.i == token.sent.start or token.doc[token.i - 1].pos_ not in ("NOUN", "PROPN"):
        return False
    if token.dep_ == "ROOT":
        return any(c.dep_ == "dobj" for c in token.children)  # "the decree grants immunity": a noun with an object
    head = token.head
    return (
        token.dep_ == "compound"
        and head.dep_ == "ROOT"
        and head.i == token.i + 1  # the object right after it, which the model may take for the verb
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") or c.pos_ == "AUX" for c in head.children)
    )


def _thing(verb: Token, predicate: Token) -> Token | None:
    """What the state is said of: the object of a transitive verb, else its subject; through
    "ordered schools to close" to the orderer's object."""
    if verb.pos_ == "NOUN" and verb.dep_ == "ROOT":
        return next((c for c in verb.children if c.dep_ == "dobj"), None)  # a verb taken for a noun, with its object
    if verb.pos_ == "NOUN":
        return verb.head  # "deal grants amnesty" read as one noun: its last word is the object
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if passive:
        return passive[-1]
    if objects and predicate.i != verb.i and predicate.dep_ in ("oprd", "xcomp", "acomp", "pobj"):
        return objects[0]  # "kept the door open": the door is open; "placed the cook in custody"
    if objects and predicate is verb and verb.lemma_.lower() not in _SUBJECT_STATES:
        return objects[0]
    if subjects:
        return subjects[-1]
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        shared = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if shared:
            return shared[-1]  # "was questioned on Friday and released": the one questioned
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "ordered schools to close", however the model attached the infinitive
        ordering = next((a for a in verb.ancestors if a.pos_ == "VERB"), None)
        if ordering is not None:
            return next((c for c in ordering.children if c.dep_ == "dobj"), None)
    return None


def _antecedent(pronoun: Token) -> Token | None:
    """The person "he" or "she" stands for: the last person named or described as a subject or an
    object in the same or the previous sentence ("Police detained an engineer. He was released")."""
    if pronoun.lower_ not in ("he", "she"):
        return None
    words = lexicon()
    sentence = pronoun.sent
    start = sentence.start
    if start > 0:
        start = sentence.doc[start - 1].sent.start

    def described_person(token: Token) -> bool:
        return token.pos_ == "NOUN" and (
            token.lemma_.lower() in words.person_nouns
            or token.lower_ in words.title_words
            or token.lower_.endswith(_AGENT_ENDINGS)  # "surveyor", "technician": "he" stands for a person
        )

    for token in reversed(sentence.doc[start : pronoun.i]):
        if token.dep_ not in ("nsubj", "nsubjpass", "dobj", "appos"):
            continue
        if token.dep_ == "appos" and not described_person(token.head):
            continue  # "the mapping firm Belmora Consult": a firm's name, however labelled
        if (token.pos_ == "PROPN" and token.ent_type_ == "PERSON") or described_person(token):
            return token
    return None


def _key(thing: Token) -> str:
    """The thing as a key: a noun's lemma ("school"), "emergency" for "a state of emergency", a
    person's surname without accents; "" for a pronoun."""
    if thing.lower_ in _SOME_OF or thing.lemma_.lower() in _PART_OF:
        inner = next((o for p in thing.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None)
        if inner is not None:
            thing = inner  # "any of the customer records", "a state of emergency", "a sample of the haul"
    if thing.pos_ == "PRON":
        person = _antecedent(thing)
        return _key(person) if person is not None else ""
    if thing.pos_ == "PROPN" and not thing.ent_type_ and thing.is_sent_start:
        return singular(
            thing.lower_
        )  # "Schools in two districts were closed": a noun, capitalised to open the sentence
    if thing.pos_ == "PROPN":
        return plain(thing.text)
    named = name_beside(thing)
    if named is not None:
        return plain(named.text)  # "the club's owner, Dara Venn": the person, by surname, as by name alone
    taken_for_verb = thing.pos_ == "VERB" and (
        thing.dep_ in ("dobj", "nsubj", "nsubjpass") or any(c.dep_ == "compound" for c in thing.children)
    )
    if thing.pos_ != "NOUN" and not taken_for_verb:
        return ""  # a noun the model tagged as a verb ("the powers act", "deal grants amnesty") still names the thing
    lemma = thing.lemma_.lower()
    return _THINGS.get(lemma, lemma)


def _kind(thing: Token | None) -> str:
    """The noun that says which one of a thing it is: "voice" of "the cockpit voice recorder"."""
    if thing is None:
        return ""
    kind = [c for c in thing.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == thing.i - 1]
    return kind[0].lemma_.lower() if kind else ""


def _negated(verb: Token, thing: Token | None) -> bool:
    """True when the clause says the state does not hold: "not", "never", "has yet to", "no amnesty",
    "no evidence that … has been published"."""
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
        return True
    if verb.dep_ == "xcomp" and any(c.lower_ == "yet" for c in verb.head.children):
        return True  # "has yet to declare"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _REFUSING:
        return not _negated(verb.head, None)  # "declined to impose it"; "did not fail to" is rare enough
    if thing is not None and any(c.lower_ == "no" for c in thing.children if c.dep_ == "det"):
        return True
    head = verb.head
    return (
        verb.dep_ in ("acl", "ccomp")
        and head.lemma_.lower() in _NEGATIVE_NOUNS
        and any(c.lower_ == "no" for c in head.children if c.dep_ == "det")
    )


def _hedged(verb: Token) -> bool:
    """True for a wish, a request or a possibility rather than a statement of fact."""
    if any(c.dep_ == "aux" and c.lower_ in _MAYBE for c in verb.children):
        return True
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children):
        return True
    if any(_conditional(c) for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.i < verb.i):
        return True  # the main clause of a condition: "if that stands, the government is dismissed"
    return verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in _WISHING


def _conditional(clause: Token) -> bool:
    """True for a condition: "if the count holds", or inverted, "should the count hold"."""
    first = clause.left_edge
    return any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in clause.children) or (
        first.dep_ == "aux" and first.head.i == clause.i and first.lower_ in ("should", "were", "had")
    )


def statuses(notes: Annotations) -> Iterator[Claim]:
    """Every state the body says a thing is in, or is not in. A thing is named by its noun ("the
    department"), and by its kind too where the article tells two kinds of it apart ("the data recorder
    was recovered, the voice recorder was not"): another outlet's "urgency department" is still the one."""
    found = list(_statuses(notes)) + [(claim, "") for claim in _undecided_appeals(notes)]
    kinds: dict[str, set[str]] = {}
    for claim, kind in found:
        kinds.setdefault(claim.about["of"], set()).add(kind)
    for claim, kind in found:
        if kind and len(kinds[claim.about["of"]]) > 1:
            about = {**claim.about, "of": f"{kind} {claim.about['of']}"}
            claim = claim.model_copy(update={"about": about, "subject": render_subject(about, claim.event)})
            claim = claim.model_copy(
                update={"id": claim_id(claim.source, claim.slot, claim.subject, claim.start, claim.end)}
            )
        yield claim


def _statuses(notes: Annotations) -> Iterator[tuple[Claim, str]]:
    """Each status claim with the kind of thing it is said of."""
    for sentence in notes.sentences:
        if notes.zone(sentence) != "body" or span_text(sentence).rstrip().endswith("?"):
            continue
        lemmas, lowers, state_words = lower_lemmas(sentence.doc), lower_texts(sentence.doc), _state_words()
        for i in range(sentence.start, sentence.end):
            if lemmas[i] not in state_words and lowers[i] not in state_words:
                continue  # no word of any state: nothing to read
            token = sentence.doc[i]
            found = _predicate(token)
            if found is None or notes.in_quote(token.idx, token.idx + len(token.text)):
                continue
            state, verb = found
            if _hedged(verb):
                continue
            if state == "found" and any(c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") for c in verb.children):
                continue  # "found him guilty", "found that …": a finding, not a thing found
            if state == "found" and verb.lemma_.lower() == "locate" and _situated(verb):
                continue  # "the epicentre was located 52 km east of X": where it is, not that it was found
            thing = _thing(verb, token)
            if state.removeprefix("not ") in _OF_THE_RULING:
                # "his client will appeal", "the firm will not appeal": whoever says it, of the story's ruling
                if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or verb.pos_ != "VERB":
                    continue  # "has 28 days to appeal": a right, not a decision
                thing = None
                key = "ruling"
            elif (
                thing is not None
                and thing.dep_ == "nsubj"
                and token.i == verb.i
                and state.removeprefix("not ") in _DONE_TO
                and verb.lemma_.lower() not in _SAID_OF_THE_SUBJECT
            ):
                continue
            else:
                key = _key(thing) if thing is not None else ""
            if not key or (thing is not None and _never_in_a_state(thing)):
                continue
            if state.removeprefix("not ") in _PERSONAL and thing is not None and not _one_person(thing):
                continue  # "names were released", "released its report": published, not set free
            negative = state.startswith("not ") != _negated(verb, thing)
            plain = state.removeprefix("not ")
            value = TextValue(text=f"not {plain}" if negative else plain)
            words = [verb, token, *(c for c in token.children if c.lower_ in _PARTICLES or c.dep_ == "prt")]
            # the quote carries the negation it is read with: "have not been closed", not "closed"
            words += [c for c in verb.children if (c.dep_ == "neg" or c.lower_ == "never") and c.i < token.i]
            start = min(t.idx for t in words)
            end = max(t.idx + len(t.text) for t in words)
            about = {"state": plain, "of": key}
            yield make_claim(notes, "status", about, value, start, end, sentence), _kind(thing)


_WEIGHING = set(word_list("weighing_verbs"))
_WEIGHED = set(word_list("weighed_nouns"))


def _undecided_appeals(notes: Annotations) -> Iterator[Claim]:
    """A party that has not yet decided whether to appeal the story's ruling: "said it was considering its
    options", "is weighing an appeal", "has not decided whether to appeal". Read only in a sentence that
    speaks of an appeal, where "its options" can mean nothing else; the party's own words count."""
    for sentence in notes.sentences:
        if notes.zone(sentence) != "body" or not sentence_has(sentence.doc, sentence, {"appeal"}):
            continue
        for verb in sentence:
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB" or (any(c.dep_ == "neg" for c in verb.children) and lemma != "decide"):
                continue
            if lemma in _WEIGHING:
                weighed = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _WEIGHED]
                if not weighed:
                    continue
                words = [verb, weighed[0]]
            elif lemma == "decide" and _negated(verb, None):
                asked = [c for c in verb.children if any(m.lower_ == "whether" for m in c.children)]
                if not asked:
                    continue
                words = [verb, *(c for c in verb.children if c.dep_ == "neg" and c.i < verb.i), asked[0]]
            else:
                continue
            start = min(t.idx for t in words)
            end = max(t.idx + len(t.text) for t in words)
            about = {"state": "appealed", "of": "ruling"}
            yield make_claim(notes, "status", about, TextValue(text="undecided"), start, end, sentence)


_STATELESS = set(word_list("stateless_nouns"))
_OF_THE_RULING = {"appealed"}  # a state of the story's ruling, whoever is said to take it
_PERSONAL = {"free"}  # states only a person can be in


_PLACES = {"GPE", "LOC", "FAC"}
_BEARINGS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}


def _situated(verb: Token) -> bool:
    """True for "located" as "situated": with a place or a distance after it ("located in X", "located 52 km
    to the east of X"), not a time ("was located on Tuesday")."""
    for child in verb.children:
        places = [o for o in child.children if o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_ in _PLACES)]
        if child.dep_ == "prep" and child.lower_ in ("in", "at", "near", "off") and places:
            return True  # "located in Tarma"; not "located in the wreckage"
        if child.dep_ == "prep" and child.lower_ == "to" and any(o.lower_ in _BEARINGS for o in child.subtree):
            return True  # "located to the east of X"
        if child.dep_ in ("npadvmod", "advmod", "dobj") and any(t.like_num for t in child.subtree):
            return True
    return False


def _one_person(thing: Token) -> bool:
    """True for a person a state can be told of: "the driver", "Venn", "he"; not "12 people" nor "a man",
    whom another outlet's "a man" need not be."""
    if name_beside(thing) is not None:
        return True  # "the surgeon, Ana Pell,": whatever the noun, a named person
    if not a_person(thing) or any(c.dep_ == "nummod" or c.like_num for c in thing.children):
        return False
    return thing.lemma_.lower() not in _ANYONE


_ANYONE = {"people", "person", "man", "woman", "suspect", "protester", "youth", "teenager", "boy", "girl"}


def _never_in_a_state(thing: Token) -> bool:
    """True for what a state verb only seems to be said of: a figure ("keeps 24.9%", "shares closed
    up"), money released, an accusation denied ("denies wrongdoing"), a report released."""
    lemma = thing.lemma_.lower()
    return lemma in _STATELESS or thing.lower_ in _STATELESS or thing.like_num or lemma in lexicon().unit_nouns


def _class_of_word(word: str) -> str | None:
    """The state class a typed word names, in any of its forms ("declared", "lifted", "closed")."""
    states = _states()
    for form in (word, word[:-1], word[:-2], word[:-3], word.removesuffix("ied") + "y"):
        if form in states:
            return states[form]
    return None


def frame_of(subject: str) -> dict[str, str]:
    """The frame a person means by a typed subject: "schools open" → state open, of school;
    "state of emergency declared" → state declared, of emergency."""
    words = [w for w in subject.lower().replace("-", " ").split() if w not in ("the", "a", "an", "of", "state")]
    state = next((found.removeprefix("not ") for w in words if (found := _class_of_word(w))), "")
    rest = [w for w in words if not _class_of_word(w)]
    thing = singular(rest[-1]) if rest else ""  # "schools" is what the extractor files as "school"
    return {"state": state, "of": thing}


def read_state(written: str, state: str) -> str | None:
    """A typed value as the extractor writes it: "closed" for the state open is "not open"; "yes" and
    "no" say whether the state holds. None when the words name neither."""
    words = written.lower().strip().split()
    negative = bool(words) and words[0] in ("not", "no")
    rest = " ".join(words[1:] if negative else words)
    found = _class_of_word(rest) if rest else None
    if rest == "undecided" and not negative:
        return rest  # "considering its options": neither side of the state yet
    if rest in ("", "yes") and words:
        holds = not negative
    elif rest == state or (found is not None and found.removeprefix("not ") == state):
        holds = (rest == state or not (found or "").startswith("not ")) != negative
    else:
        return None
    return state if holds else f"not {state}"


CONCEPT = Concept(
    name="status",
    label="State of a thing",
    value_kind="text",
    comparison=Comparison(exact=True),
    priority=10,
    extract=statuses,
    about_fields=("state", "of"),
)
