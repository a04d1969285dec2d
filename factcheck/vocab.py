"""General English word classes the extractor keys on. Nothing here may name a particular event.

Each class is a grammatical or semantic family (verbs of attending, nouns for meetings, titles)
that holds for news about any event: a summit, a trial, a match, an earthquake.

The words live in lexicon.yaml, each table under the snake_case of its name here (with a vocab_
prefix where the lexicon already uses the plain name), next to the comment that says what it is for.
This module only reads them, once, into the sets and dicts the extractor imports.
"""

from __future__ import annotations

from .lexicon import word_classes, word_list

# Events: what contacts, disasters and journeys are called, and the verbs and modifiers around them.
EVENT_CLASSES: dict[str, str] = word_classes("event_classes")
EVENT_NOUNS = set(EVENT_CLASSES) | set(word_list("event_nouns"))
EVENT_VERBS: dict[str, str] = word_classes("event_verbs")
PHONE_WORDS = set(word_list("phone_words"))
OTHER_OCCURRENCE = set(word_list("other_occurrence"))

# Agreements, and who took part.
AGREE_VERBS = set(word_list("agree_verbs"))
AGREEMENT_NOUNS = set(word_list("agreement_nouns"))
ATTEND_VERBS = set(word_list("attend_verbs"))
PARTY_NOUNS = set(word_list("party_nouns"))
PRESENT_WORDS = set(word_list("present_words"))
ALONG_PREPS = set(word_list("along_preps"))

# Titles and places.
TITLE_WORDS = set(word_list("vocab_title_words"))
HONORIFICS = set(word_list("vocab_honorifics"))
VENUE_NOUNS = set(word_list("venue_nouns"))
VENUE_ADJECTIVES = set(word_list("venue_adjectives"))
SETTLEMENT_NOUNS = set(word_list("settlement_nouns"))

# What a number counts or costs.
CASUALTY_CLASSES: dict[str, str] = word_classes("casualty_classes")
PERSON_NOUNS = set(word_list("vocab_person_nouns"))
DEAL_WORDS = set(word_list("deal_words"))
COST_WORDS = set(word_list("cost_words"))
CHANGE_VERBS = set(word_list("change_verbs"))
RESULT_WORDS = set(word_list("result_words"))
SENTENCE_VERBS = set(word_list("sentence_verbs"))

# Holders and shares of an amount.
GENERIC_PEOPLE = set(word_list("generic_people"))
HOLDING_VERBS = set(word_list("holding_verbs"))
NEUTRAL_VERBS = set(word_list("neutral_verbs"))
SHARE_OF: dict[str, str] = word_classes("share_of")
