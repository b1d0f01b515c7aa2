"""German stance data: weighted cue lemmas of opposition and support, negators, clause words, verdict phrases."""
from __future__ import annotations

# Lemmas (simplemma, lowercased) that mark opposition by the actor, with their weights.
NEG_CUES = {
    "ablehnen": 2.0, "ablehnung": 2.0, "kritisieren": 2.0, "kritik": 1.5, "warnen": 2.0, "verurteilen": 2.0,
    "zurückweisen": 2.0, "widersprechen": 1.5, "protestieren": 2.0, "protest": 1.5, "gegen": 1.0,
    "wenden": 0.5, "bezweifeln": 1.5, "zweifel": 1.5, "anprangern": 2.0, "beklagen": 1.0, "nein": 2.0,
    "verhindern": 1.0, "stoppen": 1.0, "inakzeptabel": 2.0, "unverantwortlich": 1.5, "falsch": 1.5,
    "absurd": 1.5, "unsinn": 1.5, "unsinnig": 1.5, "skandal": 1.5, "skandalös": 1.5, "rechtswidrig": 1.5,
    "populistisch": 1.0, "rassistisch": 1.0, "hetze": 1.0, "verweigern": 1.5, "blockieren": 1.5,
    "ausschließen": 1.5, "opponieren": 2.0, "gefährlich": 1.0, "fehler": 1.0, "nicht akzeptieren": 2.0,
    "dagegen": 1.5, "mahnen": 0.5, "vorwerfen": 1.0, "zurückpfeifen": 1.5, "abschaffen": 0.5,
    # general German vocabulary of refusal and criticism
    "stemmen": 1.5, "sträuben": 2.0, "querstellen": 2.0, "abwinken": 2.0, "distanzieren": 1.5,
    "monieren": 1.5, "bemängeln": 1.5, "beanstanden": 1.5, "anzweifeln": 1.5, "attackieren": 1.5,
    "verwerfen": 1.5, "abschmettern": 2.0, "torpedieren": 2.0, "widersetzen": 2.0, "widerstand": 1.5,
    "ablehnend": 2.0, "gegner": 1.0, "wehren": 1.0, "entgegentreten": 1.0, "entgegenstellen": 1.5,
    "untersagen": 1.0, "verbieten": 0.5, "aushebeln": 1.0, "unterwandern": 1.0, "erschweren": 0.5,
    "einschränken": 0.5, "verschärfen": 0.3, "absage": 1.5, "missbilligen": 2.0, "empören": 1.5,
    "empörung": 1.5, "scheitern": 0.5, "fatal": 1.5, "verheerend": 1.5, "unzumutbar": 1.5,
    "unmenschlich": 1.0, "zynisch": 1.0, "unverständlich": 1.5, "unhaltbar": 1.5, "untragbar": 1.5,
    "unverhältnismäßig": 1.0, "kontraproduktiv": 1.5, "überflüssig": 1.5, "unnötig": 1.0,
    "schädlich": 1.5, "irrweg": 2.0, "verfehlt": 1.5, "schlecht": 0.5, "vorbehalt": 1.0, "bedenken": 1.0,
    "skepsis": 1.0, "skeptisch": 1.0, "kippen": 1.0, "aufweichen": 0.5,
}
# Lemmas that mark demand and support.
POS_CUES = {
    "fordern": 1.5, "forderung": 1.0, "wollen": 1.0, "unterstützen": 1.5, "begrüßen": 1.5, "müssen": 1.0,
    "sollen": 0.5, "brauchen": 1.0, "plädieren": 1.5, "verlangen": 1.5, "setzen": 0.5, "aussprechen": 1.0,
    "befürworten": 2.0, "planen": 1.0, "ankündigen": 1.0, "versprechen": 1.0, "zusagen": 1.0, "drängen": 1.0,
    "wichtig": 0.5, "notwendig": 1.0, "richtig": 1.0, "helfen": 0.5, "aufnehmen": 0.5, "ermöglichen": 0.5,
    "vorschlagen": 1.0, "beschließen": 1.0, "einsetzen": 1.0, "appellieren": 1.0, "aufrufen": 1.0,
    # general German vocabulary of demand and support
    "werben": 1.0, "eintreten": 1.0, "zustimmen": 1.5, "zustimmung": 1.0, "verteidigen": 1.0,
    "empfehlen": 1.0, "anregen": 1.0, "bekräftigen": 1.0, "pochen": 1.5, "beharren": 1.0, "bestehen": 0.3,
    "festhalten": 1.0, "sinnvoll": 1.0, "nötig": 1.0, "erforderlich": 1.0, "dringend": 0.5, "gut": 0.5,
    "willkommen": 1.0, "wünschen": 0.5, "mahnung": 0.3, "appell": 1.0, "vorschlag": 0.5,
}
# Cues simplemma leaves unlemmatised, by prefix of the lowercased token (counted as "torpedieren").
NEG_PREFIXES = ("torpedier", "widersetz", "abgeschmettert", "schmettert", "konterkarier", "verunglimpf")
NEGATORS = {"nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "nichts",
            "keinesfalls", "keineswegs"}
NOT_NEGATING_AFTER = {"nur", "bloß", "allein", "weniger"}  # "nicht nur"
# Cues that a negator in front of them turns around ("lehnt ... nicht ab").
FLIPPABLE = {"ablehnen", "ausschließen", "kritisieren", "warnen", "verweigern", "zweifel",
             "bezweifeln", "widersprechen", "verhindern", "stoppen", "gegen", "falsch", "gefährlich"}
AGAINST = {"gegen"}  # opposition only with OPPOSE_WITH in its clause
# "gegen" marks the actor's opposition only with these ("ist gegen", "wendet sich gegen", "protestiert gegen");
# otherwise it belongs to the claimed action ("gegen Schlepper vorgehen").
OPPOSE_WITH = {"sein", "sprechen", "aussprechen", "wenden", "stemmen", "wehren", "stimmen", "protestieren",
               "demonstrieren", "klagen", "mobilisieren", "richten", "positionieren", "stellen", "widerstand",
               "front", "wettern", "polemisieren", "sträuben", "protest", "argumentieren", "agitieren", "hetzen",
               "kritik", "einwand", "einwände", "stimmung", "aufbegehren", "rebellieren"}
# Subordinate clauses: their negation is part of the claim's content, not the actor's refusal.
SUBORDINATORS = {"dass", "damit", "weil", "wenn", "falls", "ob", "obwohl", "sodass", "um", "wo", "als", "nachdem",
                 "bevor", "während", "statt", "anstatt", "ohne", "sofern", "solange"}
RELATIVES = {"der", "die", "das", "den", "dem", "deren", "dessen", "denen", "welche", "welcher", "welches"}
CONTRAST = {"aber", "jedoch", "doch", "hingegen", "allerdings", "dagegen", "sondern"}
# Separable verbs: a particle joins a verb before it ("lehnt ... ab" -> ablehnen).
SEPARABLE_PARTICLES = {"ab", "zurück", "aus", "an", "auf", "vor", "quer", "entgegen", "ein", "fest", "zu", "durch", "hin"}
# Infinitive clauses (", keine Flüchtlinge ins Dorf zu holen"): the marker, and words after it that are no verb.
INFINITIVE_MARKER = "zu"
INFINITIVE_NOT_VERBS = {"den", "einen", "keinen", "diesen", "jenen", "ihren", "seinen", "unseren", "allen", "denen"}
# Negated predicates that are a verdict ("nicht hinnehmbar", "kein Platz für"); regex, case ignored.
NEG_PHRASE = (
    r"\b(?:nicht|kaum)\s+(?:\w+\s+)?(?:akzeptabel|akzeptiert|hinnehmbar|hinzunehmen|vereinbar|nachvollziehbar|"
    r"okay|ok|in Ordnung|angehen|die Lösung|die Antwort|der richtige Weg|in Sicht|in Frage|infrage|hilfreich|"
    r"zielführend|sinnvoll|zumutbar|verantwortbar|tragbar|richtig|zu machen|zustimmen|mitmachen|mittragen|"
    r"einsehen|zulassen|dulden|tolerieren|geben)\b"
    r"|\bkeine?n?\s+(?:\w+\s+)?(?:Platz|Grund|Notwendigkeit|Bedarf|Anlass|Gesprächsgrundlage|Chance|Mehrheit|"
    r"Zustimmung|Rede|Frage|Option|Lösung|Alternative)\b"
    r"|\bSchluss mit\b|\bhält\w* (?:wenig|nichts) von\b|\bhalten (?:wenig|nichts) von\b|\bLeviten\b|\bquer\b"
    r"|\bEnde (?:der|des)\b|\bAbkehr\b|\bnichts zu tun\b")
# "nicht nur ..." and "nicht X, sondern Y" negate nothing the actor holds (regex, case ignored).
NOT_ONLY = r"nicht nur|nicht bloß|nicht allein|nicht weniger|nicht zuletzt"
NOT_BUT = r"\b(?:nicht|kein\w*)\b[^.;!?]{0,80}?\bsondern\b"
