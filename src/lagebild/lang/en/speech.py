"""English speech data for statement extraction: cue lemmas, speaker and clause words, channels.

Data only (the rules are in ``extract/statements/en*.py``). Reporting verbs are also in
``data/lexicons/en_cues.tsv``; ``extract/statements/cues.py`` loads both.
"""
from __future__ import annotations

import re

# Quotation marks: opening mark -> closing marks. NYT-style ''quotes''; mixed typography
# (“...," / "...”) is common in US wire copy.
QUOTE_PAIRS = {"„": {"“", "”"}, "»": {"«"}, "“": {"”", '"', "“"}, "«": {"»"}, '"': {'"', "”"}, "”": {"”", "“"},
               "''": {"''"}}
# A paragraph opening with the same mark continues an unclosed quotation.
PARAGRAPH_QUOTES = True
# Single quotation marks ('...,' she said / ‘...,’ he said), told from apostrophes in
# extract/statements/en_quotes.py; a region is at most this many tokens long.
SINGLE_OPEN = {"'", "‘"}
SINGLE_CLOSE = {"'", "’"}
SINGLE_QUOTE_MAX = 150
# Documents whose full text a 'Here is X's letter in full:' line introduces, and lower-case title
# words of the possessor ('prime minister Sir Keir Starmer's letter').
DOCUMENT_NOUNS = {"letter", "statement", "post", "message", "note", "memo", "email", "tweet", "speech", "remarks"}
TITLE_WORDS = {"prime", "minister", "president", "secretary", "chancellor", "foreign", "general", "leader", "mayor",
               "governor", "senator", "chief", "executive", "deputy", "of", "state", "us", "vice"}
# Irregular forms of lexicon verbs (extract/statements/cues.py lemma()).
IRREGULAR_SAY_FORMS = {"said": "say", "says": "say", "told": "tell", "tells": "tell", "wrote": "write",
                     "writes": "write", "thought": "think", "thinks": "think", "believes": "believe"}
# Subordinators after which a clause is content ('X told Y that ...'); the list of the shared
# noun-phrase chunker, German words included ("was" is also an English word).
CONTENT_SUBORDINATORS = {"dass", "daß", "ob", "warum", "weshalb", "weswegen", "wann", "wo", "wer", "was", "welche",
                         "welcher", "welches", "wie", "wieso", "inwiefern", "inwieweit", "that", "whether"}

END_PUNCT = {".", "!", "?", "…"}
QUOTES = {"“", "”", '"', "‘", "’", "'", "''"}
# Reporting verbs that introduce content in news attribution (lemmas).
CUE_LEMMAS = {
    "say", "tell", "add", "write", "note", "announce", "report", "suggest", "argue", "explain", "claim",
    "insist", "warn", "acknowledge", "admit", "declare", "contend", "maintain", "predict", "recall", "stress",
    "conclude", "confirm", "deny", "assert", "allege", "believe", "think", "tweet", "testify", "reply",
    "respond", "continue", "emphasize", "complain", "agree", "observe", "concede", "state", "promise",
}
# Verbs that report a stance or an act of speech without a content clause ("X criticized the plan",
# "X called for talks"): the rest of the clause is the content; only in the 'X VERB ...' order.
STANCE_LEMMAS = {
    "ask", "call", "describe", "criticize", "accuse", "urge", "praise", "find", "show", "want", "vow",
    "pledge", "endorse", "defend", "question", "reject", "dismiss", "cite", "blame", "condemn", "demand",
    "propose", "recommend", "threaten", "applaud", "attack", "slam", "mock", "hope", "fear", "expect", "estimate",
    "doubt", "worry", "know", "point", "refer", "suggest",
    # more verbs of stance and intention common in election reporting (written for this project)
    "support", "oppose", "plan", "seek", "see", "feel", "prefer", "back", "refuse", "decline", "offer", "reveal",
    "indicate", "mention", "discuss", "express", "welcome", "embrace", "denounce", "decry", "charge", "predict",
    "rule",  # only 'ruled out …' and 'ruled that …' (en_cues.is_cue)
    # with their particle (VERB_PARTICLES): 'argued for pension reform', 'insisted on discipline'
    "argue", "insist", "push", "press", "lobby", "plead", "advocate", "rail",
}
# Adverbs set off by commas between a cue and its content: 'warned, however, that …'
PARENTHETICAL = {"however", "though", "nevertheless", "nonetheless", "meanwhile", "moreover", "instead", "again",
                 "too", "also", "furthermore", "therefore"}
# More verbs of saying (written for this project): they also head a trailing '"...," X joked.' clause.
CUE_LEMMAS |= {
    "joke", "quip", "remark", "reiterate", "repeat", "echo", "shout", "yell", "scream", "chant", "boast", "brag",
    "lament", "answer", "retort", "counter", "caution", "confess", "plead", "wonder", "speculate",
    "muse", "recount", "elaborate", "clarify", "reason", "interject", "exclaim", "whisper", "mutter",
    "disclose", "email", "inform", "assure", "remind", "advise", "posit", "opine", "post",
}
# Cues that report speech only with a quotation ('"...," he posted on X' / 'she posted: "..."'),
# never with a plain object ('the company posted a loss').
QUOTE_ONLY = {"post"}
# More verbs of stance, cognition and intention (written for this project).
STANCE_LEMMAS |= {
    "decide", "intend", "aim", "hint", "imply", "signal", "tout", "highlight", "emphasise", "underscore",
    "recognize", "realize", "understand", "assume", "suspect", "imagine", "figure", "reckon",
    "consider", "view", "regard", "deem", "label", "dub", "brand", "characterize", "portray", "compare", "liken",
    "rail", "blast", "lash", "assail", "rip", "bash", "chide", "scold", "rebuke", "fault", "thank",
    "congratulate", "commend", "hail", "credit", "favor", "advocate", "champion", "push", "press", "lobby",
    "challenge", "dispute", "refute", "rebut", "detail", "outline", "list", "identify", "request", "order",
    "forecast", "foresee", "anticipate", "project", "calculate", "mean", "speak", "talk", "disagree",
    "concur", "beg", "invite", "encourage", "discourage", "ridicule", "deride", "lambast", "excoriate", "berate",
    "disparage", "insult", "smear", "target", "retweet", "reaffirm", "affirm", "swear", "guarantee", "commit",
    "volunteer", "voice", "discover", "learn", "herald", "admonish", "frame",
    # British spellings of the verbs above ('Trump criticised the deal')
    "criticise", "recognise", "realise", "characterise", "favour", "summarise", "apologise",
}
CUE_LEMMAS |= {"emphasise", "summarise", "apologise"}
# Verbs whose content may be a to-infinitive ('vowed to block', 'declined to comment').
TO_VERBS = {"want", "plan", "vow", "pledge", "promise", "refuse", "decline", "seek", "hope", "expect", "threaten",
             "agree", "offer", "decide", "intend", "aim", "fear", "swear", "commit", "volunteer", "prefer",
             "demand", "ask", "find", "show", "suggest", "know", "worry", "doubt", "estimate", "claim"}
# Not verbs of saying or stance but of intention ('NATO aims to agree', 'allies seek to catch up',
# 'countries commit to spending'): no statement.
TO_VERBS -= {"aim", "seek", "commit"}
STANCE_LEMMAS -= {"aim", "seek", "commit"}
# Verbs of stance that also end a content clause after ', but allies worry ...' (extract/statements/en.py).
PLURAL_SUBJECT_CUES = {"worry", "fear", "doubt", "hope", "expect", "question", "dispute"}
# Words right before the 'to' of an infinitive cue that keep it a cue ('went on to say', 'is going to say').
TO_BEFORE = {"on", "going", "have", "has", "had", "want", "wants", "wanted", "used", "like", "able", "needs", "need"}
ALL_LEMMAS = CUE_LEMMAS | STANCE_LEMMAS
# Cues that take content only after them, never as the trailing ', X said' clause.
THOUGHT_ONLY = {"believe", "think"}
ADVERBS = {"also", "later", "then", "previously", "earlier", "recently", "once", "repeatedly", "again", "often",
           "has", "have", "had", "would", "will", "did", "does", "do", "and", "but", "so", "had", "just",
           "ultimately", "publicly", "privately", "reportedly", "further", "even", "still", "simply", "flatly"}
AUX_BEFORE = {"has", "have", "had", "would", "will", "did", "does", "do", "is", "was", "were", "are", "been"}
ADDRESSEE_WORDS = {"reporters", "journalists", "me", "us", "him", "her", "them", "supporters", "voters", "the",
                   "a", "an", "crowd", "audience"}
# Words that end an inverted speaker NP ('said Smith, the leader ...' stops at the comma).
SPEAKER_STOP = {",", ".", ";", ":", "as", "amid", "ahead", "on", "in", "at", "during", "after", "before", "while", "when", "who", "which",
         "that", "to", "for", "with", "from", "about", "of", "!", "?", "—", "–", "(", ")"} | QUOTES
# Nouns of a time adverbial after a cue ('Smith said the next day'), not an object.
TIME_NOUNS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "night", "morning", "afternoon",
              "evening", "weekend", "time", "hour", "hours"}
# Finite forms of saying that never belong to a speaker mention ('Carney said when').
SAID_FORMS = {"said", "says", "told", "tells", "asked", "added", "wrote"}
# Words before a pronoun that opens a relative or subordinate clause ('in which he', 'when she').
CLAUSE_PRONOUN_BEFORE = {"which", "whom", "when", "where", "while", "after", "because", "as", "since", "before"}
# Subjects that are not speakers.
NOT_SPEAKER = {"this", "that", "there", "what", "which", "here"}
MAX_SPEAKER = 9
SPEAKER_CUT = {"has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "to",
                "declined", "refused", "were", "are", "is", "was"}
PREPOSITIONS = {"during", "in", "on", "at", "after", "before", "with", "for", "from", "by", "since", "as", "of",
                 "while", "when", "if", "because", "although", "into", "about", "under", "over"}

IRREGULAR_VERBS = {"found": "find", "showed": "show", "shown": "show", "knew": "know", "known": "know", "saw": "see",
              "seen": "see", "felt": "feel", "sought": "seek", "meant": "mean", "understood": "understand",
              "spoke": "speak", "spoken": "speak", "foresaw": "foresee", "forecast": "forecast"}

CLAUSE_START = {"that", "he", "she", "they", "we", "i", "it", "there", "no", "little", "few", "nothing", "evidence",
                 "whether", "how", "what", "why"}

EN_DETS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those",
            "’s", "'s", "some", "many", "several", "such", "no", "any", "each", "every", "recent", "new"}
# Lemmas whose -s form is mostly a plural noun ('attacks', 'remarks', 'points', 'plans').
NOUNISH = {"attack", "remark", "point", "plan", "offer", "question", "view", "challenge", "detail", "target",
            "charge", "email", "back", "call", "volunteer", "report", "claim", "note", "state", "mean", "push",
            "demand",
            "fear", "hope", "concern", "pledge", "promise", "order", "request", "list", "reply", "answer", "comment",
            "estimate", "forecast", "project", "support", "tweet", "post", "warning", "doubt", "worry", "threat",
            "criticism", "insult", "smear", "commit", "vow", "text", "release", "plea", "praise", "blast", "rip",
            "slam", "bash", "joke", "quip", "shout", "chant", "echo", "advocate", "champion", "credit", "label",
            "brand", "rule", "share", "pitch", "cite", "discuss", "press", "lobby", "counter", "signal", "hint"}

# Words before a base form that make it a verb ('they want', 'will support', 'polls show', 'did not see').
BASE_BEFORE = {"they", "we", "who", "i", "you", "to", "will", "would", "can", "could", "should", "may", "might",
                "must", "do", "does", "did", "not", "n't", "never", "also", "still", "often", "always", "just",
                "really", "generally", "strongly", "all", "both", "now", "increasingly", "largely", "that", "which",
                "percent", "people", "majority", "most", "many", "others", "some", "few", "don’t", "didn’t",
                "doesn’t", "won’t", "wouldn’t", "don't", "didn't", "doesn't", "won't", "wouldn't",
                "overwhelmingly",
                "mostly", "actually", "certainly", "clearly", "privately", "publicly", "openly", "firmly"}
NOT_PLURAL = {"news", "has", "was", "is", "its", "his", "this", "us", "as", "thus", "plus", "status", "campus",
               "bus", "census", "consensus", "less", "unless", "across", "yes"}

# Base forms that are (nearly) always verbs in news text.
BASE_VERBS = {"say", "tell", "think", "believe", "argue", "insist", "acknowledge", "explain", "predict", "warn"}
PROGRESSIVE = {"is", "are", "was", "were", "be", "been", "am", "’s", "'s", "’re", "'re"}

SEGMENT_BREAKS = {",", ";", ":", "—", "–"}
# Subordinators and conjunctions before a subject ('when she said', 'as Menendez pointed out').
LEAD_STRIP = {"when", "while", "though", "although", "because", "if", "as", "since", "but", "and", "so", "where",
               "until", "unless", "whereas", "once", "yet", "or", "whom"}
PRONOUNS = {"he", "she", "they", "we", "i", "you"}
SUBORDINATORS = {"when", "while", "because", "although", "though", "if", "since", "where", "until", "unless",
                  "whereas", "after", "before"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."}

APPOS_MAX = 40
DQUOTES = {"“", "”", '"', "''"}  # not the apostrophe of "Sanders' adviser"
NAME_GLUE = {".", "-", "(", ")", "’s", "'s", "of", "de", "van", "von", "al", "&", "R", "D", "I"}
CONJ = {"and", "but", "so", "yet", "or", "then", "now", "meanwhile", "however", "still", "also", "even"}

DISCOURSE = {"for example", "for instance", "however", "in turn", "too", "though", "meanwhile", "in fact",
              "for his part", "for her part", "for their part", "in a statement", "in an interview", "of course",
              "in response", "instead", "similarly", "likewise", "moreover", "indeed",
              "in particular", "in addition", "at the time", "at one point", "separately", "again", "later", "then"}
POSSESSIVE = {"his", "her", "their", "its", "our", "the", "a", "an"}
FRONTED = {"speaking", "asked", "meanwhile", "however", "separately", "later", "earlier", "today", "yesterday",
            "last", "this", "on", "in", "at"}

PARTICIPLES = {"saying", "adding", "noting", "arguing", "explaining", "calling", "suggesting", "telling",
               "claiming", "insisting", "warning", "stressing", "citing", "accusing", "urging", "describing",
               "asking", "acknowledging", "referring", "recalling", "declaring", "writing", "predicting",
               # more (written for this project)
               "framing",  # only with 'as' after it ('framing the deal as a victory', extract/statements/en.py)
               "vowing", "promising", "pledging", "questioning", "criticizing", "praising", "blasting", "slamming",
               "dismissing", "denying", "admitting", "conceding", "announcing", "complaining", "joking", "pointing",
               "charging", "alleging", "asserting", "contending", "emphasizing", "lamenting", "hinting", "stating",
               "reiterating", "repeating", "quipping", "remarking", "tweeting", "mocking", "dubbing", "labeling",
               "comparing", "likening", "blaming", "defending", "demanding", "expressing", "signaling", "recounting",
               "countering", "responding", "replying", "boasting", "bragging", "musing", "wondering", "reasoning",
               "cautioning", "reminding", "assuring", "pleading", "echoing", "touting", "decrying", "denouncing",
               "condemning", "attacking", "rejecting", "challenging", "disputing", "mentioning", "highlighting"}

BE_FORMS = {"is", "are", "was", "were", "be", "been", "being", "’s", "'s", "’re", "'re", "get", "got"}

CLAUSE_WORDS = {"is", "was", "were", "are", "would", "will", "could", "should", "can", "has", "had", "have",
                 "be", "been", "did", "does", "do", "not", "must", "may", "might"}

COORD = {"and", "but"}
MAIN_SAY = {"said", "say", "says", "told", "tell", "tells", "believe", "believes", "think", "thinks", "argue",
             "argued", "argues", "added", "wrote"}

CUE_ADVERBS = {"also", "later", "then", "previously", "earlier", "repeatedly", "again", "now", "once", "recently",
                "publicly", "privately", "reportedly", "further", "never", "not", "often", "already", "frequently",
                "long", "always", "even", "still", "first", "initially", "ultimately", "since"}

NEGATION = {"not", "n't", "never", "did", "does", "do", "didn’t", "didn't", "doesn’t", "doesn't", "don’t",
             "don't"}
NOT_LY = {"only", "family", "likely", "early", "daily", "weekly", "rally", "ally", "reply", "supply", "apply",
           "fly", "july", "italy", "holy", "bully", "tally", "unlikely", "elderly", "monthly", "yearly", "friendly"}

VERB_PARTICLES = {
    "call": {"for", "on"}, "refer": {"to"}, "rule": {"out"}, "point": {"out", "to"}, "talk": {"about"}, "speak": {"about", "of"},
    "ask": {"about", "for"}, "complain": {"about"}, "worry": {"about"}, "warn": {"of", "about", "against"},
    "agree": {"with"}, "push": {"for"}, "argue": {"for", "against"}, "advocate": {"for"}, "rail": {"against"},
    "lash": {"out"}, "boast": {"about", "of"}, "brag": {"about"}, "joke": {"about"}, "hint": {"at"},
    "respond": {"to"}, "reply": {"to"}, "comment": {"on"}, "elaborate": {"on"}, "insist": {"on"},
    "wonder": {"about"}, "think": {"about", "of"}, "know": {"about", "of"}, "testify": {"about"},
    "plead": {"for", "with"}, "press": {"for"}, "lobby": {"for"}, "express": set(), "write": {"about", "of"},
    "tweet": {"about"}, "speculate": {"about"}, "lament": set(), "fear": set(), "hope": {"for"},
}

WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
ADVERBIAL_OPEN = {"on", "in", "at", "during", "last", "this", "earlier", "late", "later", "recently", "after",
                   "before", "yesterday", "today", "tonight", "repeatedly", "again", "also", "previously"} | WEEKDAYS
CLAUSE_OPEN = {"he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "his", "her", "their", "there",
                "that", "this"}


SUBJECT_DETS = {"the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "many", "some", "most"}

FRONTING = {"during", "in", "on", "at", "after", "before", "with", "for", "from", "since", "as", "while",
             "when", "if", "because", "although", "earlier", "later", "meanwhile", "speaking", "asked", "but", "and",
             "still", "however", "instead", "yet", "then", "last", "this", "now", "today", "yesterday"}
# Lowercase words that end a subject NP: auxiliaries and common irregular past forms.
VERBISH = {"is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can", "did", "does", "do",
            "began", "sought", "took", "made", "went", "held", "gave", "spoke", "got", "came", "ran", "told",
            "said", "says", "thought", "wrote", "met", "led", "left", "won", "lost", "kept", "sat", "stood",
            "not", "also", "then", "who", "which", "that", "to", "and", "but",
            # more irregular past forms that end a subject ('The president struck a conciliatory tone')
            "struck", "brought", "saw", "found", "sent", "chose", "drew", "rose", "fell", "became", "set",
            "spent", "felt", "meant", "paid", "sold", "bought", "caught", "fought", "taught", "threw", "hit"}
MAX_SUBJECT_WORDS = 9

# Datelines that open an article or paragraph: "WASHINGTON: ", "BRUSSELS, Jan 9 (Reuters) - ", "London (AP) — ".
# The place, date and agency are never a speaker; the text after the colon or dash is the sentence.
DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}(?=,| \())"
    r"(?:, [A-Z][a-z]{2,}\.? \d{1,2}(?:, \d{4})?)?(?: \([^()\n]{1,30}\))? ?(?::|[-–—]) (?=\S)")
# Bylines and photo credits as a line of their own: "By Jane Doe", "By Jane Doe and John Roe, Reuters",
# "Photo: Reuters", "Foto: dpa" (no statement, no speaker).
BYLINE = re.compile(r"(?:By [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:,? and [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})?"
                    r"(?:, [A-Z][\w ]+)?|(?:Photo|Picture|Image|Foto|Bild)(?:s)?(?: credit)?: .{1,80})\s*$")
NOT_COLON_SOURCE = {"the latest", "correction", "update", "updated", "editor's note", "editor’s note", "revealed",
                     "watch", "exclusive", "breaking", "related", "photos", "photo", "video", "caption", "credit", "image", "read more", "note", "more",
                     "live", "analysis", "opinion", "see also", "also", "the facts",
                     "the bottom line", "bottom line", "the verdict", "verdict", "the claim", "claim", "context",
                     "why it matters", "what's next", "what’s next", "the upshot", "fact check", "fact-check",
                     "full text", "transcript", "audio", "graphic", "chart", "map", "timeline", "more coverage"}



# --- channels (extract/statements/channel.py) ---
# Channel patterns: group 1 names the channel ("told CNN", "in a statement").
CHANNEL_PATTERNS = [
    # platforms and written documents (Writing): 'posted on the Truth Social network', 'in a post on X',
    # 'said on social media', 'in a text message', 'in a letter', "Starmer's letter"
    re.compile(r"\b(?:on|via) (?:the |his |her |their |its )?(?:social media (?:platform|site|network) )?"
               r"(X|Twitter|Facebook|Instagram|Telegram|TikTok|YouTube|Truth Social|Bluesky|Threads|LinkedIn)"
               r"(?=$|[\s,.;:])"),
    re.compile(r"\b(?:told|in an interview with|on) (CNN|BBC|Fox News|NBC|ABC|CBS|MSNBC|NPR|Reuters|AP|the [A-Z][\w ]{0,30}?)(?=$|[\s,.;:])"),
    re.compile(r"\b(?:in a|at a) (statement|press conference|speech|interview)\b"),
    re.compile(r"\b(?:on|via) (social media)\b"),
    re.compile(r"\b(?:in|on|via|with|to) (?:a|an|the|his|her|their|its|one) (?:short |brief |joint |written |separate )?"
               r"(letter|text message|message|statement|post|press release|memo|email|e-mail|note|op-ed)\b"),
    re.compile(r"(?:’s|'s) (letter|statement|post|message|memo|email|note|press release)\b"),
]
# Words (regex alternatives) of a frame that make a statement written.
WRITTEN_CHANNEL_WORDS = ("statement", "wrote", r"tweet\w*", "posted", "post", "letter", "text message", "message",
                         "social media", "Truth Social", "on X", "email", "e-mail", "press release", "memo", "op-ed")

# --- speaker resolution (extract/statements/speakers.py) ---
RESOLVED_PRONOUNS = {"he", "she"}
RELATIVE_PRONOUNS = {"who", "which"}  # 'X, who said ...'
DEFINITE_ARTICLES = {"the"}
ROLE_WORDS = ("president", "minister", "leader")

# --- what a stance verb's object must look like (extract/statements/en.py, real-news review) ---
# an object does not open with a subordinator: 'stood and applauded as he faced them'
NOT_OBJECT_START = {"as", "when", "while", "after", "before", "because", "if", "since", "until", "ahead", "once"}
# verbs that report speech only with these words after them: 'worries about', 'continued: ...'
OBJECT_NEEDS = {"worry": {"about", "that", "over"}, "continue": {":", ",", "that"}}
# 'refused to ratify' is a vote or an act; 'refused to comment' or 'to rule out' one of speech
SPEECH_INFINITIVES = {"comment", "say", "answer", "confirm", "deny", "discuss", "rule", "respond", "elaborate",
                      "disclose", "specify", "reveal", "name", "speculate", "give", "talk", "speak", "apologize",
                      "apologise", "commit", "endorse", "back", "support", "recognize", "recognise", "accept"}
# findings of things, not words of people: 'the poll showed that', 'Archival data ... revealed that'
DATA_NOUNS = {"poll", "polls", "survey", "surveys", "data", "study", "studies", "figures", "findings", "research",
              "analysis", "results", "images", "image", "records", "observations", "statistics", "numbers",
              "estimates", "measurements", "evidence", "footage", "census", "index", "models", "projections"}
DATA_CUES = {"show", "reveal", "indicate", "find", "suggest", "confirm", "predict", "estimate"}
# stances that a relative clause tells in passing ('voters who backed the Conservatives'); 'who has long
# accused the EU of ...' stays a statement
PASSING_STANCES = {"back", "support", "oppose", "favor", "favour", "prefer", "want", "plan", "seek", "endorse",
                   "embrace", "welcome", "champion", "advocate"}
# after 'that' these make it a demonstrative subject ('said that was wrong'), not a complementiser
FINITE_AFTER_THAT = {"is", "was", "were", "are", "would", "will", "could", "should", "has", "had", "does", "did",
                     "might", "may", "must", "can", "'s", "’s"}
# verbs of saying that also report with a noun-phrase object ('warned of rising risks', 'announced plans
# to cut jobs', 'denied the allegations', 'acknowledged mistakes'): a Reported statement
NP_OBJECT_CUES = {"warn", "announce", "deny", "acknowledge", "admit", "confirm", "promise", "predict", "report",
                  "reiterate", "concede", "stress", "emphasize", "emphasise", "recall", "repeat"}
# words that open no object after such a verb
NOT_OBJECT_WORDS = {"to", "that", "if", "whether", "and", "but", "or", "as", "so", "in", "on", "at", "for", "with",
                    "by", "from", "after", "before", "when", "while", "during", "last", "this", "next", "on",
                    "yesterday", "today", "tonight", "earlier", "later", "again", "also", "too", "it", "them", "him",
                    "her", "us", "me", "you", "there", "here", "monday", "tuesday", "wednesday", "thursday", "friday",
                    "saturday", "sunday"}
# plural audiences after 'told': what follows them opens the reported clause ('told reporters NATO was united')
AUDIENCES = {"reporters", "journalists", "supporters", "voters", "lawmakers", "legislators", "investors",
             "delegates", "senators", "members", "students", "viewers", "listeners", "officials", "colleagues",
             "parliament", "congress", "mps"}

