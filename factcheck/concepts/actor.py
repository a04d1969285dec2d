"""Who did the one thing of the story that one person does: who presided over the trial or the
sitting, who signed for a party, who declared the result, who ordered the inquiry or the curfew.

"Presiding judge Ana Beira said", "the panel, presided over by Judge Carla Menezes", "Deputy Speaker
Elena Vasko, who chaired the sitting, declared the motion rejected", "Defence Minister Ion Rusu signed
for the government". The frame says which act (`act`, and for whom one signed: `for`); the value is
the person. Two sources that name different people for one act contradict each other.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..extract.article import _clean_name
from ..extract.people import canonical_person
from ..lexicon import word_classes, word_list
from ..models import Claim, EventRef, PersonValue, TextValue
from .base import Comparison, Concept, claim_id, make_claim, plain, render_subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..annotate import Annotations

_ACTS = word_classes("sole_acts")  # verb lemma -> act: preside -> presided
_RESULTS = set(word_list("result_nouns"))
_RELATIVE = {"who", "that"}


def _name_at(token: Token, names: list[Span]) -> Span | None:
    """The named person a token stands for: the name itself, a post with the name in apposition
    ("the judge, Ana Beira"), or the name a relative pronoun hangs on ("Vasko, who chaired")."""
    if token.lower_ in _RELATIVE and token.head.dep_ == "relcl":
        token = token.head.head
    for name in names:
        if name.start <= token.i < name.end:
            return name
    for child in token.children:
        if child.dep_ in ("appos", "compound"):
            for name in names:
                if name.start <= child.i < name.end:
                    return name
    return None


def _people(verb: Token, deps: tuple[str, ...], names: list[Span]) -> list[Span]:
    """The named people in the verb's given roles, through a list ("A and B signed")."""
    found = []
    for child in verb.children:
        if child.dep_ not in deps:
            continue
        for token in (child, *(c for c in child.children if c.dep_ == "conj")):
            name = _name_at(token, names)
            if name is not None:
                found.append(name)
    return found


def _agents(verb: Token, names: list[Span]) -> list[Span]:
    """Who did it, active or passive: "Judge X presided", "presided over by Judge X"."""
    found = _people(verb, ("nsubj",), names)
    for prep in (c for c in verb.children if c.dep_ in ("agent", "prep", "prt")):
        by = prep if prep.lower_ == "by" else next((c for c in prep.children if c.lower_ == "by"), None)
        if by is not None:
            found += _people(by, ("pobj",), names)
    if not found and verb.dep_ in ("acl", "relcl"):
        found = [name for name in names if name.start <= verb.head.i < name.end]
    return found


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def _acts(sentence: Span, names: list[Span]) -> Iterator[tuple[dict[str, str], Span]]:
    """(frame, person) for every sole act the sentence gives a named person."""
    for name in names:
        before = sentence.doc[max(sentence.start, name.start - 3) : name.start]
        if any(t.lower_ == "presiding" for t in before):
            yield {"act": "presided"}, name  # "Presiding judge Ana Beira"
    for name in _winners(sentence, names):
        yield {"act": "scored the winner"}, name
    for verb in (t for t in sentence if t.pos_ == "VERB" and not _negated(t)):
        act = _ACTS.get(verb.lemma_.lower())
        if act == "presided":
            for name in _agents(verb, names):
                yield {"act": "presided"}, name
        elif act == "signed":
            party = _signed_for(verb)
            if party:
                for name in _people(verb, ("nsubj",), names):
                    yield {"act": "signed", "for": party}, name
        elif act == "ordered" and (ordered := _what_is_ordered(verb)):
            for name in _agents(verb, names):
                yield {"act": ordered}, name
        elif act == "declared the result" and _of_result(verb):
            people = _people(verb, ("nsubj",), names)
            if not people and any(c.lemma_.lower() in _RESULTS for c in verb.children if c.dep_ == "nsubj"):
                # "The final result announced Speaker X": a translation that kept the source's order
                people = _people(verb, ("dobj", "npadvmod", "attr"), names)
            for name in people:
                yield {"act": "declared the result"}, name


_DECIDING = {"decisive", "winning", "deciding", "match-winning", "golden"}
_SCORING_NOUNS = {"penalty", "kick", "goal", "shot", "header", "spot-kick", "strike", "try", "basket", "point"}
_SCORING_VERBS = {"score", "strike", "convert", "hit", "net", "take", "slot", "bury", "fire", "head", "kick", "curl"}


def _winners(sentence: Span, names: list[Span]) -> Iterator[Span]:
    """Who scored the winner: "Pardo struck the decisive penalty", "the winning kick was converted by
    Ostrom", "Pardo's winning penalty", "Baines headed the winner"."""
    for noun in sentence:
        lemma = noun.lemma_.lower()
        deciding = lemma in _SCORING_NOUNS and any(c.lower_ in _DECIDING for c in noun.children if c.dep_ == "amod")
        if not (deciding or (lemma == "winner" and noun.dep_ == "dobj")):
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and (name := _name_at(owner, names)) is not None:
            yield name
            continue
        verb = noun.head
        if noun.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in _SCORING_VERBS and not _negated(verb):
            found = _agents(verb, names)
            if not found and verb.dep_ == "conj":
                found = _agents(verb.head, names)  # "stepped up and calmly scored the decisive kick"
            yield from found


def _signed_for(verb: Token) -> str:
    """The party one signed for: "signed for the government", "signed on behalf of the rebels"."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ == "for":
            objects = [o for o in prep.children if o.dep_ == "pobj"]
        elif prep.lower_ == "on" and any(o.lower_ == "behalf" for o in prep.children):
            objects = [
                o for b in prep.children for p in b.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
            ]
        else:
            continue
        for obj in objects:
            if obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ != "PERSON":
                return plain(obj.lemma_ if obj.pos_ == "NOUN" else obj.text)
    return ""


_ORDERED = word_classes("ordered_things")  # noun -> act: curfew -> ordered the curfew


def _what_is_ordered(verb: Token) -> str:
    """The act an order is, by what is ordered: "ordered an inquiry", "ordered the opening of an
    investigation", "imposed a curfew"; "" for anything else ("ordered pizza", "imposed a fine")."""
    for child in verb.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        nouns = [child, *(o for p in child.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj")]
        for noun in nouns:
            if noun.lemma_.lower() in _ORDERED:
                return _ORDERED[noun.lemma_.lower()]
    return ""


def _of_result(verb: Token) -> bool:
    """True when a declaration is of the result: "declared the motion rejected", "announced the result"."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubj") and child.lemma_.lower() in _RESULTS:
            return True
        if child.dep_ in ("ccomp", "oprd", "xcomp") and any(
            g.dep_ in ("nsubj", "nsubjpass") and g.lemma_.lower() in _RESULTS for g in child.children
        ):
            return True
    return False


_HONORIFICS = set(word_list("honorifics"))


def _titled(name: Span) -> bool:
    """True for a name right after a title ("Judge Marta Sousa Leal"), whatever label the model gave it."""
    doc = name.doc
    return name.label_ in ("ORG", "GPE", "NORP") and name.start > 0 and doc[name.start - 1].lower_ in _HONORIFICS


def actors(notes: Annotations) -> Iterator[Claim]:
    """Every sole act of the story the body gives a named person."""
    for sentence in notes.sentences:
        if notes.zone(sentence) != "body":
            continue
        names = [e for e in notes.ents_in(sentence) if e.label_ == "PERSON" or _titled(e)]
        if not names:
            continue
        seen: set[tuple[str, int]] = set()
        for about, name in _acts(sentence, names):
            if (str(about), name.start) in seen or notes.in_quote(name.start_char, name.end_char):
                continue
            seen.add((str(about), name.start))
            if len(name) > 1 and name[-1].lower_ in ("'s", "’s"):
                name = name[:-1]  # "Pardo's winning penalty": the name without its possessive
            written = _clean_name(name.text)
            if not written:
                continue
            value = PersonValue(name=written, canonical=canonical_person(written))
            event = EventRef(occasion=notes.occasion_near(sentence, name.start_char, name.end_char))
            yield make_claim(notes, "actor", about, value, name.start_char, name.end_char, sentence, event=event)


_SOLE_POSTS = set(word_list("sole_posts"))


def sole_post_holders(claims: list[Claim], text: str) -> list[Claim]:
    """For each post a story has one holder of ("the club's owner", "the bus driver", "the referee"), who
    holds it, as an act: another outlet naming another owner contradicts it."""
    found = list(claims)
    for claim in claims:
        if claim.slot != "role" or not isinstance(claim.value, TextValue) or not claim.about.get("name"):
            continue
        post = claim.value.text.lower().split()[-1] if claim.value.text.split() else ""
        if post not in _SOLE_POSTS or len(claim.value.text.split()) > 2:
            continue  # "owner", "club owner"; not "co-owner" or "deputy driver of the second bus"
        name = claim.about["name"]
        sentence_at = text.find(claim.sentence)
        start = text.find(name, max(sentence_at, 0)) if sentence_at >= 0 else -1
        if start < 0 or start > sentence_at + len(claim.sentence):
            continue
        written = _clean_name(name)
        if not written:
            continue
        value = PersonValue(name=written, canonical=canonical_person(written))
        about = {"act": post}
        subject = render_subject(about, claim.event)
        found.append(
            claim.model_copy(
                update={
                    "slot": "actor",
                    "about": about,
                    "value": value,
                    "start": start,
                    "end": start + len(name),
                    "text": name,
                    "subject": subject,
                    "id": claim_id(claim.source, "actor", subject, start, start + len(name)),
                }
            )
        )
    return found


CONCEPT = Concept(
    name="actor",
    label="Who did it",
    value_kind="person",
    comparison=Comparison(exact=True),
    priority=20,
    extract=actors,
    about_fields=("act", "for"),
)
