"""``lagebild bench claims FILE``: claim polarity and actor on DEbateNet-mig15.

Data: ``debatenet-mig15/claims-2015-01-to-10.jsonl``, one claim a line:
``quote`` (the claim span), ``cpos`` ("1" the actor supports the claim, "-1"
opposes), ``cdate`` (YYYYMMDD), ``claimvalues`` (codebook categories) and
``actorclusters`` (each with ``name``, ``parties`` and ``inside``: the actor
strings found inside the span, ``{"actor", "in text"}``).

Protocol: claims dated January to June 2015 ("early", 494) are the tuning
months: the trained polarity model (``extract/claims_model.py``, trained by
``train/claims.py``, ``lagebild train claims``) learns from them only, and the cue
lexicon and actor rules were written from reading them. July to October ("late",
969) are held out: never read, never trained on. Report the late numbers.

Metrics:

* polarity: accuracy and macro-F1 over the two classes (74% are +1, so
  always-+1 scores 0.74 accuracy but 0.43 macro-F1), from
  ``lagebild.extract.polarity.claim_polarity``, twice: with the claim's codebook
  categories (``claimvalues``: DEbateNet polarity is relative to them) and on
  the span text alone (what ``lagebild analyze`` has); for all claims and by
  period. "early" scores are on training data (optimistic).
* actor: on the claims whose actor string occurs inside the span, the
  predicted actor (``predict_actor``: the best-scored grammatical subject among
  entities, role nouns, statement speakers, untagged names and pronouns) is
  right when it shares a word of 2+ letters (articles aside) with a gold
  ``in text`` string ("Innenminister de Maizière" ~ "de Maizière"); all and by
  period.
"""
from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

from ..corpora.debatenet import TUNING_LAST_MONTH, read_claims
from ..extract.claims_model import load_model
from ..extract.polarity import claim_polarity

_WORD = re.compile(r"[\wÄÖÜäöüß]{2,}")
# Fallback subject: a personal pronoun, or an article plus capitalised words ("Die Stadt Schwerte").
_SUBJECT = re.compile(r"\b(?:(?:[Dd]ie|[Dd]er|[Dd]as|[Dd]en)\s+((?:[A-ZÄÖÜ][\wäöüß-]+\s*){1,3})|(?<![\wÄÖÜäöüß])([Ee]r|[Ss]ie|[Ww]ir|[Ii]ch)\b)")
STOP = {"der", "die", "das", "des", "dem", "den", "und", "von", "für", "mit", "auch", "sich", "ein", "eine", "in", "im", "zu", "am", "an"}


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)} - STOP


# Actor nouns that name a speaker without being a named entity ("der Innenminister", "Aktivisten").
_ROLE = re.compile(
    r"(?<![\wÄÖÜäöüß-])(?:[A-ZÄÖÜ][\wäöüß]*-)?(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Mm]inister(?:in|ium)?|[Pp]räsident(?:in)?|"
    r"[Kk]anzler(?:in)?|[Ss]precher(?:in)?|[Cc]hef(?:in)?|[Vv]orsitzende[rn]?|[Bb]ürgermeister(?:in)?|Landrat|"
    r"Landrätin|[Rr]egierung|Kommission|Koalition|Fraktion|Partei|Verband|Bündnis|Initiative|Organisatoren|"
    r"Organisatorin|Aktivisten|Experten|Kritiker|Gegner|Anwohner|Einwohner|Demonstranten|Unterstützer|"
    r"[Pp]olitiker(?:in)?|Abgeordnete[rn]?|Städtetag|Landkreistag|Kommunen|Kirchen|Gewerkschaft|Behörde|"
    r"Bundesamt|Senat|Landesregierung|Bundesregierung|Sozialdemokraten|Konservativen|Musiker|Vertreter|"
    r"Flüchtlingsrat|Botschafter(?:in)?|Generalsekretär(?:in)?|Premier|Staaten|Länder|Unbekannte|Spaziergänger|"
    r"[Bb]eauftragte[rn]?|[Gg]eschäftsführer(?:in)?|[Aa]mt|Stadt|Gemeinde|Landkreis|Pfarrer(?:in)?|Bischof|Bischöfin)"
    r"(?![\wäöüß])")
_PRONOUN = re.compile(r"(?<![\wÄÖÜäöüß])(?:er|sie|wir|ich|Er|Sie|Wir|Ich)(?![\wÄÖÜäöüß])")
_PREP = re.compile(
    r"(?i:\b(?:an|am|für|von|vom|nach|aus|mit|bei|beim|über|auf|in|im|ins|zu|zum|zur|gegen|laut|unter|vor|durch|wie|"
    r"als|ohne|um|seit|gegenüber|hinter|neben|zwischen|trotz|wegen|während))\s+(?:(?:die|der|den|dem|das|des|"
    r"einer?|einem|einen|eines)\s+)?(?:[a-zäöüß][\wäöüß-]*\s+){0,2}$"
    # genitive after a noun: "Ansicht der SPD-Politiker"
    r"|\b[A-ZÄÖÜ][\wäöüß-]*\s+(?:des|der)\s+(?:[a-zäöüß][\wäöüß-]*\s+){0,2}$")
_ARTICLE_START = re.compile(r"(?:(?:[Dd]ie|[Dd]er|[Dd]as|[Dd]en|[Ee]in(?:e|er)?|[Aa]uch|[Uu]nd|[Dd]och|[Aa]ber|"
                            r"[Aa]lle|[Vv]iele|[Ee]inige|[Mm]ehrere)\s+)*(?:[a-zäöüß][\wäöüß-]*\s+){0,2}$")
_ATTRIBUTION = re.compile(r"(?i:\b(?:nach|laut)\s+(?:Ansicht|Meinung|Auffassung|Einschätzung|Überzeugung|Worten|Willen|"
                          r"Vorstellung(?:en)?)\s+(?:des|der|von)\s+)(?:[a-zäöüß][\wäöüß-]*\s+){0,2}$")
_QUOTES = "\"„“”«»"
_CLAUSE = re.compile(r"[.!?;:]\s|[,–—]\s|[\"„“”«»]")
_NOT_VERB = {"den", "einen", "keinen", "wenn", "denn", "dann", "schon", "nicht", "jetzt", "erst", "seit", "selbst",
             "bereits", "meist", "zuletzt", "trotz", "ihren", "seinen", "unseren", "diesen", "allen", "vielen",
             "einigen", "anderen", "neuen", "deutschen", "ersten", "letzten", "heute", "gestern", "unten", "oben",
             "innen", "außen", "hinten", "vorn", "zusammen", "gegen", "ohne", "unter", "hinter", "zwischen", "binnen",
             "nun", "man", "wann", "ebenfalls", "zumindest", "zunächst", "damit", "bislang", "insgesamt",
             # relative pronouns: "in denen die Grünen"
             "denen", "deren", "dessen", "welchen", "welchem"}
# strong past forms that the suffix rule misses: "Stegner warb", "Tillich sprach"
_STRONG_PAST = ("sprach|warb|rief|bat|kam|gab|hielt|nahm|wies|fand|stand|trat|ließ|sah|schrieb|blieb|lud|zog|schlug|"
                "hieß|bot|riet|stieß|wandte|nannte|dachte|brachte|sprachen|warben|riefen|baten|kamen|gaben|hielten|"
                "nahmen|wiesen|fanden|standen|traten|ließen|schrieben|blieben|zogen|schlugen|boten")
# an infinitive with "zu" is not finite: "eine Art Clearing-Stelle einzurichten"
_ZU_INFINITIVE = r"(?:ab|an|auf|aus|bei|dar|durch|ein|fest|fort|her|hin|los|mit|nach|vor|weg|zurück|zusammen|teil|frei)zu[a-zäöüß]{3,}"
# after the head: a genitive or place attribute ("Vertreter der Kommunen begrüßten", "Die FDP in Baden-Württemberg
# kritisiert", 'vom "Refugee Struggle Dresden" kritisieren'), a parenthesis, the comma closing an apposition
_POSTNOMINAL = (r"(?:\s+(?:der|des|in|im|aus|von|vom|bei|beim)\s+(?:(?:der|dem|den|des|die)\s+)?(?:[a-zäöüß]+\s+)?"
                r"[\"„“]?\s*[A-ZÄÖÜ][\wäöüß-]*(?:\s+[A-ZÄÖÜ][\wäöüß-]*){0,2}\s*[\"“”]?)?")
_FINITE_AFTER = re.compile(r"^" + _POSTNOMINAL + r"\s*(?:[,(][^,()]{0,80}[,)]\s*)?,?\s*(?:hat|haben|hatte|hatten|ist|sind|war|waren|will|wollen|"
                           r"wollte|wollten|muss|müssen|soll|sollen|kann|können|wird|werden|möchte|" + _STRONG_PAST +
                           r"|(?!" + _ZU_INFINITIVE + r"\b)(?!(?:" + "|".join(sorted(_NOT_VERB)) + r")\b)[a-zäöüß]+(?:t|te|ten|en|ern|eln))\b")
_UNTER_ANDEREM = re.compile(r"(?<![\wÄÖÜäöüß])(?:unter|u\.)\s*(?:anderem|anderen|a\.)(?![\wÄÖÜäöüß])", re.I)
_AUX = {"wird", "hat", "ist", "war", "kann", "muss", "soll", "will", "darf", "mag", "gab", "kam", "sah", "hielt",
        "ließ", "nahm", "bat", "rief", "wies", "fand", "stand", "sprach", "trat", "tut", "tat", *_STRONG_PAST.split("|")}
_FILLER = {"sich", "auch", "deshalb", "nun", "jetzt", "dabei", "zudem", "jedoch", "aber", "allerdings", "die", "der",
           "das", "den", "des", "ebenfalls", "bereits", "schon", "erneut", "nicht", "noch", "dagegen", "hingegen"}


_QUANTIFIER = {"etwa", "rund", "knapp", "fast", "mehr", "als", "über", "bis", "zu", "viele", "einige", "mehrere",
               "zahlreiche", "alle", "beide", "wenige", "hunderte", "tausende", "dutzende", "zwei", "drei", "vier",
               "fünf", "zehn", "hundert", "tausend"}
_ADJECTIVE = re.compile(r"[a-zäöüß]{3,}(?:ig|lich|isch|nd|ische|ige|liche|nde|[^t]e)")
_DETERMINER = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "diese",
               "dieser", "diesen", "alle", "allen", "ihre", "ihren", "seine", "seinen", "unsere", "keine", "keinen"}


def _verb_before(before: str) -> bool:
    """A finite verb (then at most three fillers) right before: "fordert Simmet", "will er"."""
    words = re.findall(r"[\wÄÖÜäöüß-]+", before)
    k = 0
    # fillers, numbers, quantifiers and adjectives between the verb and the subject:
    # "skandieren etwa 100 Gegner", "sagen überwiegend nahe Anwohner"
    while words and k < 3 and (words[-1] in _FILLER or words[-1] in _QUANTIFIER or words[-1].isdigit()
                               or _ADJECTIVE.fullmatch(words[-1])):
        words.pop()
        k += 1
    if not words:
        return False
    word = words[-1]
    if len(words) > 1 and words[-2].lower() in _DETERMINER:
        return False  # an adjective after an article: "die übrigen EU-Staaten"
    return word in _AUX or (word[:1].islower() and len(word) >= 4 and word not in _NOT_VERB
                            and re.search(r"(?:t|te|ten|en|ern|eln)$", word) is not None)


# with a lowercase name particle: "de Maiziere", "van Gaal" (not "von", "zu": prepositions too)
_PARTICLE = r"(?:(?:de|di|da|del|dos|van|ten|ter)\s+)"
_NAME = re.compile(r"(?<![\wÄÖÜäöüß-])" + _PARTICLE + r"?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?(?![\wÄÖÜäöüß-])")
# a speaker mention worth trusting: a pronoun or a capitalised name or noun, not "Solche Aufnahmelager"
_SPEAKER_SHAPE = re.compile(r"(?:(?:[Dd]ie|[Dd]er|[Dd]as|[Dd]en|[Ee]ine?)\s+)?(?!(?:Solche|Diese|Dieser|Jene|Alle)\b)"
                            r"(?:[A-ZÄÖÜ]|(?:er|sie|wir|ich)\b|" + _PARTICLE + "[A-ZÄÖÜ])")
# capitalised at the start of a sentence without being a name
_FUNCTION = STOP | {"dies", "diese", "dieser", "dieses", "es", "man", "wer", "was", "wie", "wo", "als", "wenn", "weil",
                    "dass", "ob", "doch", "aber", "so", "nur", "noch", "nun", "dann", "da", "hier", "dort", "zwar",
                    "bei", "nach", "aus", "auf", "über", "vor", "seit", "laut", "durch", "ohne", "um", "unter"}
# "Sachsen-Anhalts", "Merkels", then at most two adjectives ("grüner", "ehemalige"), not verbs ("Damals sagte")
_GENITIVE_BEFORE = re.compile(r"(?<![\wÄÖÜäöüß-])([A-ZÄÖÜ][\wäöüß-]*s)\s+(?:(?![a-zäöüß]*t(?:e|en)?\s)[a-zäöüß]+(?:e|er|en|es|em)\s+){0,2}$")
_ADVERB_S = {"damals", "bereits", "anfangs", "abends", "morgens", "mittags", "nachts", "stets", "erstmals", "oftmals",
             "links", "rechts", "alles", "bis", "ins", "uns", "etwas", "nichts", "eines", "keines", "seines", "meines",
             "jenes", "welches", "anders", "vorerst", "zunächst", "indes", "falls", "jeweils", "ebenfalls", "teils"}
_APPOSITION = re.compile(r"\s+|(?:\s+(?:der|des|von|vom)\s+[^,.;:!?]{1,40})?,\s*(?:[A-ZÄÖÜ][\wäöüß-]*\s+)?")


def _sentence_initial(text: str, a: int) -> bool:
    return not text[:a].strip(" \"„“”«»'‚‘") or text[:a].rstrip()[-1:] in ".!?:"


def _candidates(text: str, analysis) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    # MISC only when capitalised: a quoted group name ("Bärgida"), not "deutschen"
    ents = [(e.span.start, e.span.end, e.label) for e in analysis.entities
            if e.label in ("PER", "ORG", "LOC") or e.label == "MISC" and text[e.span.start:e.span.start + 1].isupper()]
    def with_name(b: int) -> int:
        # a role right before a name, or with the name in apposition, is one mention:
        # "SPD-Generalsekretärin Yasmin Fahimi", "der Chef der Behörde, Manfred Schmidt"
        for x in ents:
            if x[0] >= b and (x[2] == "PER" and _APPOSITION.fullmatch(text[b:x[0]])
                              or x[2] == "ORG" and re.fullmatch(r"\s+", text[b:x[0]])):
                return x[1]  # also "Die Flüchtlingsorganisation Pro Asyl"
        return b

    for a, b, label in ents:
        if label == "PER":
            # a role the tagger took for a name, then the name: "Ministerpräsidentin Laimdota Straujuma"
            nxt = next((x for x in ents if x[0] >= b), None)
            if " " not in text[a:b] and nxt and nxt[2] == "PER" and re.fullmatch(r"\s+", text[b:nxt[0]]):
                b = nxt[1]
            out.append((a, b, label))
        else:
            out.append((a, with_name(b), label))
    for m in _ROLE.finditer(text):
        if not any(a <= m.start() < b for a, b, _ in out):
            out.append((m.start(), with_name(m.end()), "ROLE"))
    # a genitive name before a role or a person is its determiner, one mention with it:
    # "Niedersachsens Wirtschaftsminister Olaf Lies", "Baden-Württembergs grüner Ministerpräsident Winfried Kretschmann"
    for a, b, label in [c for c in out if c[2] in ("PER", "ROLE")]:
        g = _GENITIVE_BEFORE.search(text[max(0, a - 60):a])
        if g and g.group(1).lower() not in _FUNCTION | _ADVERB_S and (a, b, label) in out:
            start = a - len(g.group())
            out = [c for c in out if not start <= c[0] <= a] + [(start, b, label)]
    for m in _NAME.finditer(text):
        # a capitalised word the tagger missed, as a subject: "Stegner warb", "fordert Simmet"; at the start
        # of a sentence only right before a finite verb ("Juncker hat", not "In den", "Die setzen")
        if _sentence_initial(text, m.start()) and (m.group().lower() in _FUNCTION or not _FINITE_AFTER.match(text[m.end():])):
            continue
        if not any(a <= m.start() < b for a, b, _ in out):
            out.append((m.start(), m.end(), "NAME"))
    for m in _PRONOUN.finditer(text):
        out.append((m.start(), m.end(), "PRON"))
    return sorted(out)


def _score(text: str, cand: tuple[int, int, str], speakers: list[tuple[int, int]]) -> float:
    a0, b, label = cand
    a = a0
    # a quoted name is scored where its quotes stand: 'will "Bärgida" losmarschieren'
    left, right = re.search(r"[" + _QUOTES + r"]\s*$", text[:a]), re.match(r"\s*[" + _QUOTES + "]", text[b:])
    if left and right:
        a, b = left.start(), b + right.end()
    clause_start, comma = 0, False
    for m in _CLAUSE.finditer(text, 0, a):
        clause_start, comma = m.end(), m.group()[0] in ",–—"
    # "unter anderem" is an adverb, not a preposition; leading blanks do not start a word
    before = _UNTER_ANDEREM.sub(" ", text[clause_start:a]).lstrip()
    score = {"PER": 1.0, "ORG": 0.6, "LOC": 0.3, "MISC": 0.0, "ROLE": 0.5, "NAME": -2.6, "PRON": -1.5}[label]
    verb_before = _verb_before(before)
    if _ATTRIBUTION.search(text[max(0, a - 60):a]):
        score += 2.0  # the source of the claim: "Nach Ansicht der SPD-Politiker wäre ..."
    elif _PREP.search(_UNTER_ANDEREM.sub(" ", text[max(0, a - 40):a])) and not verb_before:
        score -= 4.0  # inside a prepositional phrase or a genitive: no subject
    else:
        bonus = 0.0
        if not verb_before and _ARTICLE_START.fullmatch(before) and _FINITE_AFTER.match(text[b:b + 100]):
            # "Die Grünen wollen", "Stegner warb"; after a comma "die" opens a relative or a reported clause:
            # 'die "Mare Nostrum" nachfolgte', "sagte er, andere Länder hätten"
            bonus = 1.0 if comma and re.match(r"(?:die|der|das|den|dem|andere|viele|einige|alle)\b", before) else 3.0
        if verb_before:
            bonus = 2.5  # V2 inversion: "fordert Simmet", "zündeten Unbekannte"; the verb after is not finite then
        score += bonus
    if any(sa <= a0 < sb for sa, sb in speakers):
        score += 2.0
    return score - a0 / 1000.0


def predict_actor(text: str, options: Any = None) -> str | None:
    """The actor named in a claim span: the best-scored subject among entities, role nouns
    ("der Innenminister"), statement speakers and pronouns (a role before a name is one
    mention: "SPD-Generalsekretärin Yasmin Fahimi")."""
    from ..core import analyze

    analysis = analyze(text, lang="de", options=options)
    speakers = [(st.speaker_mention[0].start, st.speaker_mention[-1].end) for st in analysis.statements
                if st.speaker_mention and len(" ".join(s.text for s in st.speaker_mention).split()) <= 6
                and _SPEAKER_SHAPE.match(st.speaker_mention[0].text)]
    cands = _candidates(text, analysis)
    for a, b in speakers:
        m = re.match(r"(?:(?:[Dd]ie|[Dd]er|[Dd]as|[Dd]en)\s+)?", text[a:b])
        a += m.end() if m else 0
        # a speaker the tagger missed replaces the untagged words inside it ("Die Flüchtlingsorganisation Pro Asyl")
        if not any((a <= c[0] < b or c[0] <= a < c[1]) and c[2] != "NAME" for c in cands):
            cands = [c for c in cands if not (a <= c[0] < b)] + [(a, b, "ROLE")]
    if cands:
        best = max(cands, key=lambda c: _score(text, c, speakers))
        if best[2] == "PRON" and text[best[0]:best[1]] in ("er", "sie"):
            # the antecedent, when a person or role is a subject earlier in the span:
            # "Als der Chef von Frontex, Klaus Rösler, ... anreiste, stellte er fest"
            earlier = [c for c in cands if c[1] <= best[0] and _score(text, c, speakers) > 0
                       and c[2] in ("PER", "ROLE")]
            if earlier:
                best = max(earlier, key=lambda c: _score(text, c, speakers))
        if _score(text, best, speakers) > -1.0:
            return text[best[0]:best[1]]
    match = _SUBJECT.search(text)
    return (match.group(1) or match.group(2)).strip() if match else None


def _macro_f1(gold: list[int], pred: list[int]) -> tuple[float, float]:
    if not gold:
        return 0.0, 0.0
    f1s = []
    for k in (1, -1):
        tp = sum(g == p == k for g, p in zip(gold, pred))
        fp = sum(p == k != g for g, p in zip(gold, pred))
        fn = sum(g == k != p for g, p in zip(gold, pred))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
    acc = sum(g == p for g, p in zip(gold, pred)) / len(gold)
    return round(sum(f1s) / 2, 3), round(acc, 3)


def _period(claim: dict) -> str:
    return "early" if str(claim.get("cdate", ""))[:6] <= TUNING_LAST_MONTH else "late"


def run(path: str | Path, options: Any = None, *, limit: int | None = None, actors: bool = True) -> dict[str, Any]:
    claims = read_claims(path, limit)
    keys = ("all", "early", "late")
    gold: dict[str, list[int]] = {k: [] for k in keys}
    pred: dict[str, list[int]] = {k: [] for k in keys}
    pred_text: dict[str, list[int]] = {k: [] for k in keys}
    started = time.perf_counter()
    for c in claims:
        g = 1 if str(c.get("cpos")).strip() == "1" else -1
        p, _conf = claim_polarity(c.get("quote", ""), "de", c.get("claimvalues") or ())
        pt, _conf = claim_polarity(c.get("quote", ""), "de")
        for key in ("all", _period(c)):
            gold[key].append(g)
            pred[key].append(p)
            pred_text[key].append(pt)
    polarity_s = time.perf_counter() - started
    result: dict[str, Any] = {"file": str(path), "claims": len(claims),
                              "share_positive": round(gold["all"].count(1) / len(claims), 3) if claims else 0.0,
                              "model": "trained" if load_model() is not None else "rules"}
    for key in keys:
        f1, acc = _macro_f1(gold[key], pred[key])
        result[f"polarity_{key}"] = {"n": len(gold[key]), "macro_f1": f1, "accuracy": acc}
        f1, acc = _macro_f1(gold[key], pred_text[key])
        result[f"polarity_text_{key}"] = {"n": len(gold[key]), "macro_f1": f1, "accuracy": acc}
    result["polarity_claims_per_s"] = round(2 * len(claims) / polarity_s, 1) if polarity_s else None
    if actors:
        n = {k: 0 for k in keys}
        right = {k: 0 for k in keys}
        for c in claims:
            inside = [a["in text"] for cl in c.get("actorclusters", []) for a in cl.get("inside", []) if a.get("in text")]
            inside = [s for s in inside if s.strip() and s.strip() in c.get("quote", "")]
            if not inside:
                continue
            guess = predict_actor(c["quote"], options)
            ok = bool(guess and any(_words(guess) & _words(s) for s in inside))
            for key in ("all", _period(c)):
                n[key] += 1
                right[key] += ok
        result["actor"] = {"n": n["all"], "accuracy": round(right["all"] / n["all"], 3) if n["all"] else 0.0}
        for key in ("early", "late"):
            result[f"actor_{key}"] = {"n": n[key], "accuracy": round(right[key] / n[key], 3) if n[key] else 0.0}
    return result


def format_result(result: dict[str, Any]) -> str:
    lines = [f"DEbateNet-mig15 claims: {result['claims']} ({result['share_positive']:.0%} +1), "
             f"polarity ({result.get('model', 'rules')}) {result['polarity_claims_per_s']} claims/s"]
    names = {"all": "all", "early": "Jan-Jun (tuning)", "late": "Jul-Oct (held out)"}
    for prefix, label in (("polarity", "with categories"), ("polarity_text", "text only")):
        for key in ("all", "early", "late"):
            r = result[f"{prefix}_{key}"]
            lines.append(f"  polarity, {label:<15} {names[key]:<18} n={r['n']:<5} macro-F1 {r['macro_f1']:.3f}  "
                         f"accuracy {r['accuracy']:.3f}")
    if "actor" in result:
        for key, label in (("actor", "all"), ("actor_early", names["early"]), ("actor_late", names["late"])):
            if key in result:
                a = result[key]
                lines.append(f"  actor inside the span     {label:<18} n={a['n']:<5} accuracy {a['accuracy']:.3f}")
    return "\n".join(lines)
