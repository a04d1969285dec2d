"""People's posts: "Petros Novak, deputy regional governor of X", "the mayor of Y, Jan Kral",
"Chief Financial Officer Ana Berg", "Interim coach Ben Hale".

The frame names the person by a key that survives spelling variants (Kalas/Kallas, Oyelaran/Oyelarin)
and a dropped second surname. Two posts clash when their offices differ (governor and mayor; chief
financial and chief operating officer) or when only one carries a rank (deputy, interim, former).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicon import lexicon, word_classes, word_list
from ..models import Claim, EventRef, TextValue
from .base import Comparison, Concept, make_claim, plain

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..annotate import Annotations


def person_key(name: str) -> str:
    """A key for a name that spelling variants share: the given name's consonant skeleton and the
    next name's first letter ("Petros Kalas" and "Petros Kallas" → "ptrs k")."""
    words = lexicon()
    parts = [p for p in re.findall(r"[a-z]+", plain(name)) if p not in words.honorifics]
    if len(parts) < 2:
        return ""
    first = re.sub(r"(.)\1+", r"\1", parts[0][0] + re.sub(r"[aeiouyh]", "", parts[0][1:]))
    return f"{first} {parts[1][0]}"


def normal_title(title: str) -> str:
    """A post as comparable words: lower case, abbreviations written out, "the" and "of …" dropped."""
    words = lexicon()
    text = re.sub(r"\s+of\s+.*$", "", title.lower().strip(" ,."))
    tokens = [t for t in re.findall(r"[a-z]+", text) if t not in ("the", "a", "an", "its", "his", "her", "their")]
    out: list[str] = []
    for token in tokens:
        out += words.title_abbreviations.get(token, token).split()
    return " ".join(out)


@lru_cache(maxsize=1)
def _portfolio_words() -> dict[str, str]:
    return {word.lower(): name for word, name in word_classes("portfolios").items()}


@lru_cache(maxsize=4096)
def _departments(words: str) -> tuple[frozenset[str], str]:
    """The departments some words name, and the words left over; a phrase the lexicon knows counts
    before its words."""
    table = _portfolio_words()
    text = f" {' '.join(re.findall(r'[a-z]+', plain(words)))} "
    found: set[str] = set()
    for phrase in sorted(table, key=len, reverse=True):
        while f" {phrase} " in text:
            found.add(table[phrase])
            text = text.replace(f" {phrase} ", " ")
    return frozenset(found), text.strip()


def portfolios(title: str) -> frozenset[str]:
    """The departments a post serves ("Transport and Communications Minister" → {transport, communications},
    "head of network security" → {security})."""
    return _departments(title)[0]


def only_departments(words: str) -> bool:
    """True when words name departments and nothing else ("Foreign Affairs", "Trade and Industry")."""
    found, rest = _departments(words)
    return bool(found) and all(word in ("and", "of", "the") for word in rest.split())


def _offices(title: str) -> tuple[frozenset[str], frozenset[str]]:
    """(offices, ranks) a post names: "deputy regional governor" → ({governor}, {deputy}); a phrase
    the lexicon knows ("chief financial officer") counts before its words."""
    words = lexicon()
    text = normal_title(title)
    offices: set[str] = set()
    for phrase in sorted((p for p in words.offices if " " in p), key=len, reverse=True):
        if re.search(rf"\b{re.escape(phrase)}\b", text):
            offices.add(words.offices[phrase])
            text = re.sub(rf"\b{re.escape(phrase)}\b", " ", text)
    tokens = text.split()
    offices |= {words.offices[t] for t in tokens if t in words.offices}
    if "head" in tokens and portfolios(title):
        offices.add(
            words.offices["director"]
        )  # "head of network security" directs a department; "the head" alone is loose
    ranks = frozenset(t for t in normal_title(title).split() if t in words.rank_words)
    return frozenset(offices), ranks


def names_an_office(title: str) -> bool:
    """True when a post names an office the lexicon knows ("governor"), not just "leader" or "chief"."""
    return bool(_offices(title)[0])


def same_office(a: str, b: str) -> bool:
    """True when two posts name one office the same way ("premier" and "Prime Minister")."""
    (offices_a, ranks_a), (offices_b, ranks_b) = _offices(a), _offices(b)
    return bool(offices_a & offices_b) and not (ranks_a ^ ranks_b) & _OTHER_POST and not _other_portfolio(a, b)


def _other_portfolio(a: str, b: str) -> bool:
    """True when both posts name a department and they share none ("Energy" and "Interior" minister)."""
    departments_a, departments_b = portfolios(a), portfolios(b)
    return bool(departments_a and departments_b and not departments_a & departments_b)


_OTHER_POST = frozenset({"deputy", "vice", "assistant", "additional", "under", "associate", "junior"})


_GRADES = frozenset(word_list("service_grades"))


def bare_grade(title: str) -> bool:
    """True for a title that is only a grade in a police or armed force ("Colonel", "Col.", "Major General")."""
    words = normal_title(title).replace(".", " ").split()
    return bool(words) and all(w in _GRADES for w in words)


def roles_relation(a: str, b: str) -> str | None:
    """ "contradiction" when two posts cannot be one, "variance" when one only drops a grade, else None."""
    (offices_a, ranks_a), (offices_b, ranks_b) = _offices(a), _offices(b)
    if not offices_a or not offices_b:
        return None  # "the chief", "a senior official": too loose to clash
    if bare_grade(a) != bare_grade(b):
        return None  # "Colonel" and "head of the traffic police": a grade and a post, one man holds both
    if not offices_a & offices_b or (ranks_a ^ ranks_b) & _OTHER_POST or _other_portfolio(a, b):
        return "contradiction"  # a governor is not a mayor, nor a deputy governor the governor, nor Energy Interior
    if levels(a) and levels(b) and not levels(a) & levels(b):
        return "contradiction"  # a district's director is not the ministry's
    return "variance" if ranks_a != ranks_b else None  # "interim coach" and "coach": one says less


def _is_title_word(token: Token) -> bool:
    words = lexicon()
    return (
        token.lower_ in words.title_words
        or token.lower_ in words.rank_words
        or token.lower_ in words.title_abbreviations
    )


def _title_tokens(tokens: list[Token]) -> str:
    """The words of a post among tokens: titles, ranks and the words that say which office, not
    the organisation's name or a possessive ("the company's own")."""
    kept = [
        t
        for t in tokens
        if t.lower_.rstrip(".") not in lexicon().honorifics
        and (
            _is_title_word(t)
            or t.lower_ in _level_words()  # "District Health Director", though the model tags "X District" a place
            or only_departments(t.text)  # "Energy Cabinet Secretary", which the model may tag an organisation
            or t.lower_ in ("and", "&")
            or (
                (t.pos_ in ("ADJ", "NOUN", "PROPN") or t.tag_ == "VBG")  # "operating officer", not "said"
                and t.ent_type_ not in ("ORG", "GPE", "NORP", "PERSON")
                and t.lower_ not in ("own",)
                and t.dep_ != "poss"
            )
        )
    ]
    while kept and kept[0].tag_ in ("VBN", "VBD") and not _is_title_word(kept[0]):
        kept = kept[1:]  # "has convicted former minister X": the verb is no part of the post
    while kept and kept[0].text == "-":
        kept = kept[1:]
    if not any(_is_title_word(t) and t.lower_ not in lexicon().rank_words for t in kept):
        return ""
    # words as written: "Vice-Minister" stays one word, a dropped name leaves one space
    return "".join(
        t.text + ("" if i + 1 < len(kept) and kept[i + 1].i == t.i + 1 and not t.whitespace_ else " ")
        for i, t in enumerate(kept)
    ).strip()


def _joined_by_hyphen(token: Token) -> bool:
    """True for the hyphen of "vice-president" or "Vice-Minister", written without spaces."""
    doc = token.doc
    return token.text == "-" and token.i > 0 and not doc[token.i - 1].whitespace_ and not token.whitespace_


def _post_words_before(doc: Doc, end: int, stop: int) -> list[Token]:
    """The words of a post that ends at token `end - 1`: titles, ranks, hyphens and the words that say
    which office ("Deputy regional governor", "Vice-Minister"), at most six, never past `stop`."""
    words: list[Token] = []
    i = end - 1
    while i >= max(stop, end - 6):
        token = doc[i]
        if _joined_by_hyphen(token):
            words.insert(0, token)
            i -= 1
            continue
        if (
            token.lower_ in ("and", "&")
            and i - 1 >= stop
            and words
            and only_departments(doc[i - 1].text)
            and only_departments(words[0].text)
        ):
            words.insert(0, token)  # "Transport and Communications Minister"
            i -= 1
            continue
        if token.is_punct or token.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB") or token.dep_ == "poss":
            break
        if token.head.i < token.i and not _is_title_word(token) and not only_departments(token.text):
            break  # "Following the talks US Secretary X": a word that hangs on what precedes is no part of the post
        words.insert(0, token)
        i -= 1
    while words and (words[0].tag_ in ("VBN", "VBD") or words[0].text == "-") and not _is_title_word(words[0]):
        words = words[1:]  # "has convicted former minister X": the verb is no part of the post
    while words and words[-1].lower_.rstrip(".") in lexicon().honorifics:
        words = words[:-1]  # "Chief Medical Officer Dr Ana Ruiz": the doctor is no part of the post
    return words


def _complement(doc: Doc, of: int, limit: int) -> int:
    """The end of the "of …" after a post ("minister of Trade and Industry", "head of network security"):
    the nouns after "of" up to a comma, another preposition or `limit`; `of` itself when there are none."""
    last = None
    i = of + 1
    while i < min(limit, of + 6):
        token = doc[i]
        if token.pos_ in ("NOUN", "PROPN", "ADJ"):
            last = i
        elif token.lower_ not in ("and", "&", "the"):
            break
        i += 1
    return of if last is None else last + 1


def _with_department(doc: Doc, post_end: int, limit: int) -> tuple[str, int]:
    """The department a post's "of …" names, as words to add to the post, and where the post then ends;
    nothing when the "of" names a place or a body ("mayor of Dunmore", "coach of the visitors"). A level
    after it stays with the post ("director of public health at the ministry")."""
    if post_end >= limit or doc[post_end].lower_ != "of":
        return "", post_end
    end = _complement(doc, post_end, limit)
    words = doc[post_end:end].text
    if not (end > post_end and portfolios(words)):
        return "", post_end
    level_end = _level_after(doc, end, limit)
    return f" {doc[post_end:level_end].text}", level_end


def _level_after(doc: Doc, start: int, limit: int) -> int:
    """The end of "at the ministry", "at the regional office" right after a post, else `start`."""
    if start >= limit or doc[start].lower_ not in ("at", "in"):
        return start
    for i in range(start + 1, min(limit, start + 5)):
        if doc[i].lower_ in _level_words():
            return i + 1
        if doc[i].pos_ not in ("DET", "ADJ", "NOUN", "PROPN"):
            break
    return start


@lru_cache(maxsize=1)
def _level_words() -> dict[str, str]:
    return {word: level for word, level in word_classes("post_levels").items()}


def levels(title: str) -> frozenset[str]:
    """The levels a post names ("District Health Director" → {district}; "… at the ministry" → {national})."""
    table = _level_words()
    return frozenset(table[w] for w in re.findall(r"[a-z]+", title.lower()) if w in table)


def _post_of_before(name: Span) -> tuple[str, int, int] | None:
    """A post written as "<post> of <department or place>[,] <name>": "the minister of Trade and
    Industry, Aiko Mori", "Deputy Governor of Rivenshire Tom Hale", "the mayor of Dunmore, Piet Kral"."""
    doc, sent = name.doc, name.sent
    last = name.start - 1
    if last > sent.start and doc[last].text == ",":
        last -= 1
    of = last
    while of > sent.start and last - of < 5 and doc[of].lower_ != "of":
        if doc[of].pos_ not in ("PROPN", "NOUN", "ADJ") and doc[of].lower_ not in ("and", "&", "the"):
            return None
        of -= 1
    if doc[of].lower_ != "of" or of == last or of - 1 < sent.start or not _is_title_word(doc[of - 1]):
        return None
    words = _post_words_before(doc, of, sent.start)
    title = _title_tokens(words)
    if not title:
        return None
    department, end = _with_department(doc, of, last + 1)
    end_char = doc[end - 1].idx + len(doc[end - 1].text)
    return title + department, words[0].idx, end_char


def _titles_of(name: Span) -> list[tuple[str, int, int]]:
    """Posts the sentence gives a named person: before the name, in apposition after it, or with the
    name in apposition to the post. Each as (title, start, end) in the text."""
    root, doc = name.root, name.doc
    found: list[tuple[str, int, int]] = []
    before = _post_words_before(doc, name.start, name.sent.start)
    if before:
        title = _title_tokens(before)
        if title:
            found.append((title, before[0].idx, before[-1].idx + len(before[-1].text)))
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            tokens = [t for t in child.subtree if t.i <= child.i or t.dep_ in ("compound", "amod")]
            title = _title_tokens([t for t in tokens if t.i <= child.i])
            if title:
                department, end = _with_department(doc, child.i + 1, name.sent.end)
                found.append((title + department, tokens[0].idx, doc[end - 1].idx + len(doc[end - 1].text)))
    if (post := _post_of_before(name)) is not None:
        found.append(post)
        return found
    head = root.head
    if root.dep_ == "appos" and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        head = head.head.head  # "the mayor of X, Jan Kral"
    if root.dep_ == "appos" and head.pos_ == "NOUN":
        tokens = [t for t in head.lefts if t.dep_ in ("compound", "amod")] + [head]
        if tokens[0].i > 1 and _joined_by_hyphen(doc[tokens[0].i - 1]):
            tokens = [doc[tokens[0].i - 2], doc[tokens[0].i - 1], *tokens]  # "the court's vice-president"
        title = _title_tokens(tokens)
        if title:
            department, end = _with_department(doc, head.i + 1, name.start)
            found.append((title + department, tokens[0].idx, doc[end - 1].idx + len(doc[end - 1].text)))
    return found


def _name_after_post(doc: Doc, i: int, sentence: Span) -> tuple[int, int] | None:
    """Where a name stands after the post that starts at token i ("Deputy governor Ana Ruiz", "the
    court's vice-president, Marta Ilie,", "Minister of Foreign Affairs Jan Kral"), or None."""
    start = i + 1
    while start < sentence.end and (
        _is_title_word(doc[start]) or doc[start].pos_ == "ADJ" or _joined_by_hyphen(doc[start])
    ):
        start += 1  # the rest of the post: "Chief Financial Officer"
    comma = False
    if start < sentence.end and doc[start].lower_ == "of":
        run = start + 1
        while run < sentence.end and (doc[run].pos_ == "PROPN" or doc[run].lower_ in ("and", "&")):
            run += 1
        if run < sentence.end and doc[run].text == ",":
            start, comma = run + 1, True  # "the minister of Trade and Industry, Aiko Mori,"
        else:
            # "Minister of Foreign Affairs Jan Kral": the department is the words the lexicon knows, else one word
            first = start + 1
            start = first + 1
            while start < run - 2 and only_departments(doc[first : start + 1].text):
                start += 1
    elif start < sentence.end and doc[start].text == ",":
        start, comma = start + 1, True
    end = start
    while end < sentence.end and doc[end].pos_ == "PROPN" and doc[end].is_title and end - start < 3:
        end += 1
    if end - start < 2 or (end < sentence.end and doc[end].pos_ == "PROPN"):
        return None
    if comma and end < sentence.end and doc[end].text not in (",", ".") and not doc[end].is_sent_end:
        return None  # "after meeting the president, Ana Ruiz said": no apposition closes the name
    return start, end


def _names(sentence: Span, ents: list[Span]) -> list[Span]:
    """People named in a sentence: PERSON entities, and runs of two or three proper nouns right after a
    post ("Deputy governor Ana Ruiz"), which the small model often labels as organisations."""
    doc = sentence.doc
    # A name read after its post comes first: the model often takes the post's department or place into
    # the name ("Governor of Rivenshire Tom Hale") or leaves a given name out ("Transport Ana | Lucía Ruiz").
    found: list[Span] = []
    i = sentence.start
    while i < sentence.end:
        if _is_title_word(doc[i]) and (place := _name_after_post(doc, i, sentence)) is not None:
            found.append(doc[place[0] : place[1]])
            i = max(place[1], i + 1)
        else:
            i += 1
    taken = {t.i for e in found for t in e}
    for entity in (e for e in ents if e.label_ == "PERSON"):
        before = entity.start - 1
        if (
            len(entity) >= 3
            and before > sentence.start
            and doc[before].lower_ == "of"
            and _is_title_word(doc[before - 1])
        ):
            entity = doc[entity.start + 1 : entity.end]  # "Governor of Rivenshire Tom Hale": the place is no name
        if not any(t.i in taken for t in entity):
            found.append(entity)
    return sorted(found, key=lambda span: span.start)


def roles(notes: Annotations) -> Iterator[Claim]:
    """Every post the body gives a named person."""
    for sentence in notes.sentences:
        if notes.zone(sentence) != "body":
            continue
        for name in _names(sentence, notes.ents_in(sentence)):
            key = person_key(name.text)
            if not key:
                continue
            for title, start, end in _titles_of(name):
                about = {"person": key, "name": name.text}
                # A post belongs to the person, not to the occasion the sentence recalls ("X, the
                # company's finance chief, visited the plant two years ago"); "former" says when it was held.
                yield make_claim(notes, "role", about, TextValue(text=title), start, end, sentence, EventRef())


CONCEPT = Concept(
    name="role",
    label="Post or title",
    value_kind="text",
    comparison=Comparison(exact=True),
    priority=25,
    extract=roles,
    about_fields=("person",),
)
