"""General English word classes the extractor keys on. Nothing here may name a particular event.

Each class is a grammatical or semantic family (verbs of attending, nouns for meetings, titles)
that holds for news about any event: a summit, a trial, a match, an earthquake.
"""

from __future__ import annotations

# Nouns (lemmas) naming a contact between parties, mapped to the class claims are grouped under.
EVENT_CLASSES: dict[str, str] = {
    **dict.fromkeys(
        [
            "meeting",
            "talk",
            "talks",
            "discussion",
            "negotiation",
            "negotiations",
            "session",
            "dialogue",
            "dialog",
            "consultation",
            "consultations",
            "parley",
            "meet",
            "round",
            "sit-down",
        ],
        "meeting",
    ),
    **dict.fromkeys(["call", "phonecall", "conversation", "teleconference", "videoconference"], "call"),
    "summit": "summit",
    "conference": "conference",
    # What happened, in a disaster or crime story: one class, so "the crash" and "the derailment" meet.
    **dict.fromkeys(
        "incident accident crash derailment collision disaster explosion blast fire blaze wildfire earthquake "
        "quake tremor flood flooding landslide mudslide storm hurricane typhoon cyclone tornado eruption collapse "
        "stampede crush sinking shipwreck shooting stabbing bombing attack".split(),
        "incident",
    ),
    # Getting somewhere: "a 12-day journey", "a nine-day flight", "the trip" are one thing.
    **dict.fromkeys(["journey", "trip", "flight", "voyage", "trek", "crossing", "transit"], "journey"),
    **dict.fromkeys(["landing", "touchdown", "splashdown"], "landing"),
    **dict.fromkeys(["launch", "liftoff", "lift-off", "blastoff"], "launch"),
    "arrival": "arrival",
    "departure": "departure",
}
# Other nouns that name events whose date, place, length and participants are news.
EVENT_NOUNS = set(EVENT_CLASSES) | set(
    [
        "hearing",
        "trial",
        "match",
        "game",
        "final",
        "race",
        "ceremony",
        "visit",
        "trip",
        "tour",
        "flight",
        "voyage",
        "journey",
        "mission",
        "strike",
        "operation",
        "search",
        "rescue",
        "siege",
        "standoff",
        "protest",
        "rally",
        "march",
        "vote",
        "election",
        "referendum",
        "debate",
        "interview",
        "briefing",
        "festival",
        "concert",
        "event",
        "gathering",
        "assembly",
        "congress",
        "convention",
        "forum",
        "retreat",
        "exercise",
        "drill",
        "launch",
        "attack",
        "raid",
        "blast",
        "explosion",
        "crash",
        "collision",
        "earthquake",
        "quake",
        "eruption",
        "storm",
        "hurricane",
        "typhoon",
        "cyclone",
        "flood",
        "fire",
        "blaze",
        "wildfire",
        "outage",
        "blackout",
        "shutdown",
        "lockdown",
        "ceasefire",
        "truce",
        "tournament",
        "championship",
        "competition",
        "season",
        "inquiry",
        "investigation",
        "sentence",
        "term",
        "contract",
        "deal",
        "agreement",
        "stay",
        "detention",
    ]
)
# Verbs whose subject (or object) is such an event: "the talks lasted", "they met".
EVENT_VERBS: dict[str, str] = {
    **dict.fromkeys(["meet", "negotiate", "confer", "deliberate", "convene"], "meeting"),
    **dict.fromkeys(["derail", "crash", "collide", "explode", "collapse", "capsize", "sink", "erupt"], "incident"),
    "land": "landing",
    "launch": "launch",
    "arrive": "arrival",
    "depart": "departure",
}
# Words that make a contact a phone call rather than a meeting in person.
PHONE_WORDS = {"phone", "telephone", "telephonic", "video", "virtual", "online", "videolink", "zoom"}
# Modifiers that point at another occurrence than the one the article reports.
OTHER_OCCURRENCE = {
    "emergency",
    "previous",
    "prior",
    "earlier",
    "next",
    "future",
    "later",
    "upcoming",
    "planned",
    "possible",
    "potential",
    "proposed",
    "separate",
    "follow-up",
    "subsequent",
    "last",
    "another",
    "second",
    "third",
    "fourth",
    "fifth",
    "last-minute",
    "preparatory",
    "rival",
    "parallel",
    "similar",
}

# Verbs that say what was agreed or decided, and nouns for an agreement.
AGREE_VERBS = {"agree", "approve", "adopt", "sign", "endorse", "accept", "settle", "ratify", "reach", "conclude"}
AGREEMENT_NOUNS = {"agreement", "consensus", "deal", "accord", "understanding", "compromise", "pact"}

# Verbs of taking part: the people they name were in the room.
ATTEND_VERBS = {
    "attend",
    "represent",
    "lead",
    "head",
    "join",
    "accompany",
    "participate",
    "chair",
    "host",
    "co-chair",
    "include",
    "comprise",
    "feature",
}
# Nouns a person "was part of" or "was a member of" when they took part.
PARTY_NOUNS = {"delegation", "team", "talks", "meeting", "party", "group", "panel", "entourage", "contingent"}
PRESENT_WORDS = {"present", "on hand", "in attendance", "among", "there"}
ALONG_PREPS = {"besides", "alongside", "with", "along"}

# Words of a title or office, so "Jane Doe Special" loses its last word and roles are found.
TITLE_WORDS = set(
    "president vice prime minister secretary deputy foreign defence defense interior finance state "
    "national security adviser advisor aide envoy special representative ambassador chancellor premier "
    "king queen prince princess crown sheikh emir sultan governor mayor senator congressman congresswoman "
    "representative speaker chairman chairwoman chair chief executive ceo cfo coo officer director "
    "general commander admiral colonel captain lieutenant sergeant judge justice prosecutor attorney "
    "lawyer counsel barrister solicitor spokesman spokeswoman spokesperson minister's head leader mr mrs ms dr sir lord lady "
    "dame professor coach manager striker goalkeeper midfielder defender founder chairperson "
    "presidential ministerial assistant counsellor counselor adviser's undersecretary commissioner "
    # portfolios, which sit inside titles: "Energy Minister", "Trade Secretary", "Policy Advisor"
    "economy economic energy health trade justice education culture transport agriculture environment climate "
    "labour labor industry tourism sport sports housing digital science technology development infrastructure "
    "communications treasury policy affairs relations security intelligence".split()
)
HONORIFICS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "prof",
    "professor",
    "lord",
    "lady",
    "dame",
    "sheikh",
    "prince",
    "princess",
    "king",
    "queen",
}

# Head nouns of a venue ("Al-Something Palace", "the Grand Hotel", "City Court").
VENUE_NOUNS = set(
    [
        "palace",
        "complex",
        "hotel",
        "hall",
        "building",
        "centre",
        "center",
        "stadium",
        "arena",
        "court",
        "courthouse",
        "house",
        "embassy",
        "residence",
        "headquarters",
        "castle",
        "airport",
        "station",
        "base",
        "villa",
        "resort",
        "church",
        "cathedral",
        "mosque",
        "temple",
        "school",
        "university",
        "campus",
        "museum",
        "theatre",
        "theater",
        "chamber",
        "parliament",
        "office",
        "mansion",
        "estate",
        "park",
        "square",
        "pavilion",
        "ground",
        "grounds",
        "field",
        "club",
        "tower",
        "port",
        "harbour",
        "harbor",
        "mine",
        "factory",
        "plant",
    ]
)

# What a count of people measures, by the word that governs it: "14 people were killed" → deaths.
CASUALTY_CLASSES: dict[str, str] = {
    **dict.fromkeys("kill die dead death fatality perish toll body drown".split(), "deaths"),
    **dict.fromkeys("injure wound hurt injury injured wounded casualty".split(), "injured"),
    **dict.fromkeys("missing unaccounted".split(), "missing"),
    **dict.fromkeys("evacuate evacuee evacuation".split(), "evacuated"),
    **dict.fromkeys("displace homeless".split(), "displaced"),
    **dict.fromkeys("arrest detain".split(), "arrested"),
    **dict.fromkeys("rescue".split(), "rescued"),
    **dict.fromkeys("crowd spectator attendance attend fan supporter".split(), "attendance"),
}
# Nouns that count people, so the verb around them says what happened to them.
PERSON_NOUNS = set(
    "people person persons resident residents passenger passengers civilian civilians soldier soldiers "
    "child children worker workers miner miners victim victims other others student students patient patients "
    "man men woman women migrant migrants fan fans supporter supporters protester protesters demonstrator "
    "demonstrators tourist tourists pilgrim pilgrims villager villagers employee employees staff member members "
    "crew officer officers troops".split()
)
# Verbs and nouns of a purchase, so "will pay €40 million", "the $2bn deal" and "valued at" meet.
DEAL_WORDS = {
    "buy",
    "acquire",
    "purchase",
    "sell",
    "offer",
    "bid",
    "deal",
    "takeover",
    "acquisition",
    "merger",
    "value",
}
# What something cost, whatever the verb: "the mission cost $320 million", "a $2bn project".
COST_WORDS = {"cost", "spend", "budget", "price", "worth", "invest", "investment"}
# Verbs that change what a count means ("sanctions imposed" is not "sanctions lifted"); other verbs
# ("carries six instruments", "has six instruments") say the same count.
CHANGE_VERBS = {
    "impose",
    "lift",
    "ease",
    "add",
    "cut",
    "remove",
    "hire",
    "fire",
    "lay",
    "sell",
    "buy",
    "acquire",
    "build",
    "destroy",
    "close",
    "open",
    "raise",
    "lower",
    "ban",
    "approve",
    "reject",
    "sign",
    "release",
    "free",
    "expel",
    "seize",
    "sink",
    "launch",
    "shoot",
    "down",
    "deport",
    "sentence",
    "convict",
    "charge",
}
# Verbs of a result, where "3-1" is a score.
RESULT_WORDS = {
    "beat",
    "win",
    "lose",
    "draw",
    "defeat",
    "victory",
    "score",
    "thrash",
    "edge",
    "trounce",
    "result",
    "end",
    "finish",
}
# Verbs of a prison term: "jailed for six years" is the length of a sentence.
SENTENCE_VERBS = {"jail", "sentence", "imprison", "incarcerate"}

# Offices, by the words that name them: two roles for one person clash only when they share no office.
OFFICES: dict[str, str] = {
    **dict.fromkeys(["adviser", "advisor", "aide", "counsellor", "counselor"], "adviser"),
    **dict.fromkeys(["envoy", "emissary", "representative"], "envoy"),
    **dict.fromkeys(["ceo", "executive"], "chief executive"),
    **dict.fromkeys(["chairman", "chairwoman", "chairperson", "chair"], "chair"),
    **dict.fromkeys(["lawyer", "barrister", "solicitor", "attorney", "counsel"], "lawyer"),
    **dict.fromkeys(["spokesman", "spokeswoman", "spokesperson"], "spokesperson"),
    **dict.fromkeys(["coach", "manager"], "coach"),
    **{
        word: word
        for word in [
            "minister",
            "secretary",
            "president",
            "premier",
            "chancellor",
            "ambassador",
            "governor",
            "mayor",
            "senator",
            "judge",
            "prosecutor",
            "director",
            "founder",
            "captain",
            "commander",
            "general",
            "king",
            "queen",
            "prince",
        ]
    },
}
RANK_WORDS = {"deputy", "vice", "acting", "assistant", "former", "interim", "junior", "under"}

# Counts of people that say nothing by themselves ("14 people") unless a verb says what happened.
GENERIC_PEOPLE = {
    "people",
    "person",
    "persons",
    "other",
    "others",
    "individual",
    "individuals",
    "man",
    "men",
    "woman",
    "women",
}
# Verbs by which someone has or wins an amount: the holder is part of what the amount is about.
HOLDING_VERBS = {
    "have",
    "win",
    "take",
    "get",
    "hold",
    "secure",
    "gain",
    "earn",
    "receive",
    "capture",
    "claim",
    "keep",
    "poll",
}
# Verbs that add nothing to what an amount measures: "turnout was 71%", "stood at 68%".
NEUTRAL_VERBS = {"be", "stand", "remain", "reach", "come", "total", "number", "amount", "put", "estimate"}
# What a share is of, with synonyms merged.
SHARE_OF = {"vote": "vote", "votes": "vote", "ballot": "vote", "ballots": "vote", "poll": "vote"}
