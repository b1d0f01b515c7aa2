"""German position data: reported and said stance words, "hält ... für" verdicts, negation, hypotheticals."""
from __future__ import annotations

# Author's reporting: "<subject> <stance verb>", stance -> regex alternation (case-sensitive).
# Stance order matters: negated and hedged forms first ("zeigt sich grundsätzlich offen" is conditional).
REPORT = {
    "conditional": (r"zeig(?:t|en|te|ten) sich (?:\w+ )?grundsätzlich offen|grundsätzlich offen|"
                    r"lehn(?:t|en|te|ten)\b[^,.;:!?]{0,60}?\b(?:nicht|keineswegs|keinesfalls)(?: grundsätzlich)? ab"),
    "hesitant": (r"bremst|bremsen|bremste|bremsten|zögert|zögern|zögerte|zögerten|zögerlich|zurückhaltend|"
                 r"skeptisch|Skepsis|Vorbehalte|hält sich \w*\s?zurück|halten sich \w*\s?zurück|verschlepp\w+|"
                 r"enth(?:ält|alten|ielt|ielten) sich"),
    "undecided": r"noch nicht entschieden|vermied\w* (?:\w+ )?eine Festlegung|ergebnisoffen",
    "opposes": (r"(?:ist|sind|war|waren|blieb|blieben) (?:\w+ )?(?:dagegen|gegen)|"
                r"warn(?:t|en|te|ten)\w* vor|kritisier(?:t|en|te|ten)|blockier(?:t|en|te|ten)|"
                r"stimm(?:t|en|te|ten) gegen"),
    "supports": (r"mach(?:t|en|te|ten)(?: [\wÄÖÜäöüß-]+){0,4} Druck|auf [^,.;:!?]{3,80} poch(?:t|en)|dräng(?:t|en|te|ten)|"
                 r"befürwort\w+|begrüß(?:t|en|te|ten)|"
                 r"unterstütz(?:t|en|te|ten)|pocht\w* auf|zeig(?:t|en|te|ten) sich (?:\w+ )?offen(?:er)?|"
                 r"(?:ist|sind) (?:\w+ )?für (?:eine[nm]?|den|die|das)|stimm(?:t|en|te|ten) (?:\w+ )?für|"
                 r"billig(?:t|en|te|ten)|lob(?:t|en|te|ten)|Bereitschaft (?:zu|für)|"
                 r"einig(?:t|en|te|ten) sich auf|(?:hat|haben) sich auf (?:\w+ ){1,4}geeinigt"),
}
# "hält X für sinnvoll" (supports) / "für unrealistisch" (hesitant) / "für überflüssig" (opposes)
HALT_FUER = r"\b(?:hält|halten|hielt|hielten)\b[^,.;:!?]{0,80}?\bfür (?:\w+ )?(\w+)"
HALT_STANCE = {
    "sinnvoll": "supports", "richtig": "supports", "notwendig": "supports", "nötig": "supports", "geboten": "supports",
    "unrealistisch": "hesitant", "verfrüht": "hesitant",
    "überflüssig": "opposes", "falsch": "opposes", "gefährlich": "opposes", "unnötig": "opposes",
    "erreichbar": "opposes",  # only with a negator in between; without one it supports
}
HALT_NEGATED_ONLY = {"erreichbar"}
HALT_NEGATOR = r"\bnicht\b"
# Stance words inside a speaker's statement content (the speaker holds them); case ignored.
SAID = {
    "hesitant": (r"(?:viel )?zu früh|verfrüht|nichts überstürzen|unrealistisch|"
                 r"zunächst müsse? (?:\w+ )?geklärt"),
    "opposes": (r"(?:wird|werde) es (?:\w+ ){0,5}nicht geben|"
                r"(?:werde|wird|werden)\b[^,.;:!?]{0,60}\bniemals\b|unter keinen Umständen|inakzeptabel|"
                r"nicht akzeptabel"),
    "supports": (r"brauch(?:t|en|e) (?:\w+ )?(?:mehr|weitere)|richtige Weg|gute Nachricht|historisch|"
                 r"(?:richtige|wichtige)[rn]? Schritt|setzen uns (?:\w+ ){0,3}(?:dafür )?ein"),
}
# Negators (not "nicht nur"), words of delay ("Zunächst müsse geklärt werden"), of accusation ("wirft X vor").
NEGATORS = r"kein\w*|nicht(?! nur)|nie|niemals"
DELAY = r"geklärt|klären|abwarten|abgewartet|warten|prüfen|geprüft"
OPPOSE_VERB = r"(?:\w+\s+){0,4}?(?:ablehnen|verhindern|blockieren|stoppen|zu Fall bringen)$"
# Treating something as a threat or a target is opposing it ("jede westliche Präsenz als Bedrohung betrachten").
THREAT = r"als (?:eine? )?(?:Bedrohung|Gefahr|Provokation|legitimes? Ziel\w*|Kriegserklärung)"
ACCUSE = r"wirft|warf|warfen|werfen|vorgeworfen"
# Hypotheticals: sentence openings, modals before an observer, the observers.
HYPOTHETICAL_START = r"was wäre|würde|wäre|hätte|sollte|wenn\b[^,]*\b(?:würde|wäre|hätte)\b"
HYPOTHETICAL_MODALS = r"müsste|könnte"
OBSERVERS = r"Beobachter|Kommentator"
# Unlinked groups that still count as actors ("Mehrere CDU-Außenpolitiker").
GROUP = r"[A-ZÄÖÜ][\w]*-(?:Außen|Innen|Finanz|Verteidigungs)?[Pp]olitiker|[A-ZÄÖÜ][\w]*-Abgeordnete\w*"
PRONOUNS = r"man|er|sie|wir|ich|es"
INDEFINITE = r"ein|eine|einem|einer|eines|einen|ihre|ihrer|ihr|seine|seiner|sein|deren|dessen"
ANONYMOUS = r"[Ss]precher\w*|Beamt\w+|Diplomat\w*|Kreise\w*|Insider\w*|Quelle\w*"
FINITE = (r"werde|werden|wird|wurde|wurden|will|wollen|wollte|soll|sollen|solle|hat|haben|habe|hatte|ist|sind|sei|"
          r"kann|können|könne|muss|müssen|müsse|möchte|darf|dürfe")
MODAL_DEMAND = r"muss|müsse|müssen|müssten|müsste|soll|solle|sollen|sollten|sollte"
PRONOUN_GENDER = {"er": "m"}
# "Statt auf den Deal zu setzen, ...": what a phrase after these words stands for is what the speaker
# turns away from; a demand in the same sentence is no support for it (extract/position_rules.py)
INSTEAD = r"(?:an)?statt|anstelle|anstatt"
