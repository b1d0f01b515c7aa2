"""Build the shipped actor files in src/lagebild/data/kb/ from the public data sets.

Run through `lagebild train kb [--out DIR]` (needs the `train` extra for babel).

Writes
  countries.json      countries: QID, ISO code, English/German names, genitives, adjectives
  actors.json.gz      persons with offices (heads of state/government 2024-10 and the 2026
                      incumbents, foreign ministers 2022, international office holders),
                      Bundestag members 1949-2017 (before 2013: lookup only), German and
                      British parties;
                      German federal and Land governments 2025-2026 (kb_de.py), US
                      Congress and executive, UK MPs and ministers (kb_anglo.py); accent-
                      folded aliases (kb_names.py)
Sources and licences: docs/kb.md. Wikidata facts are CC0; Party Facts is MIT; country
names come from babel (CLDR, Unicode licence).
"""
from __future__ import annotations

import csv
import gzip
import json
import re
from pathlib import Path

from .kb_names import folded_variants


# The shipped files live here; `lagebild train kb` rebuilds them (or writes elsewhere with --out).
OUT = Path(__file__).resolve().parents[1] / "data" / "kb"

# ISO 3166 alpha-2 -> Wikidata QID, German adjective stem, English adjective,
# extra aliases. Checked against the country QIDs in the heads-of-state list.
COUNTRIES: list[tuple[str, str, str, str, list[str]]] = [
    ("DE", "Q183", "deutsch", "German", ["Bundesrepublik", "Bundesrepublik Deutschland", "Germany's"]),
    ("FR", "Q142", "französisch", "French", ["Frankreich"]),
    ("GB", "Q145", "britisch", "British", ["Großbritannien", "Großbritanniens", "Britannien", "UK", "U.K.", "Britain", "Great Britain", "Vereinigtes Königreich", "Vereinigten Königreich", "Vereinigten Königreichs"]),
    ("US", "Q30", "amerikanisch", "American", ["USA", "US", "U.S.", "Amerika", "Amerikas", "Vereinigte Staaten", "Vereinigten Staaten", "United States of America", "America", "US-amerikanisch"]),
    ("UA", "Q212", "ukrainisch", "Ukrainian", []),
    ("RU", "Q159", "russisch", "Russian", ["Russische Föderation", "Russischen Föderation"]),
    ("CN", "Q148", "chinesisch", "Chinese", ["Volksrepublik China", "Volksrepublik"]),
    ("IT", "Q38", "italienisch", "Italian", []),
    ("ES", "Q29", "spanisch", "Spanish", []),
    ("PL", "Q36", "polnisch", "Polish", []),
    ("NL", "Q55", "niederländisch", "Dutch", ["Holland", "Niederlanden"]),
    ("BE", "Q31", "belgisch", "Belgian", []),
    ("AT", "Q40", "österreichisch", "Austrian", []),
    ("CH", "Q39", "schweizerisch", "Swiss", ["Schweizer"]),
    ("SE", "Q34", "schwedisch", "Swedish", []),
    ("NO", "Q20", "norwegisch", "Norwegian", []),
    ("DK", "Q35", "dänisch", "Danish", []),
    ("FI", "Q33", "finnisch", "Finnish", []),
    ("IE", "Q27", "irisch", "Irish", []),
    ("PT", "Q45", "portugiesisch", "Portuguese", []),
    ("GR", "Q41", "griechisch", "Greek", []),
    ("TR", "Q43", "türkisch", "Turkish", ["Türkiye"]),
    ("IL", "Q801", "israelisch", "Israeli", []),
    ("IR", "Q794", "iranisch", "Iranian", []),
    ("IQ", "Q796", "irakisch", "Iraqi", []),
    ("SY", "Q858", "syrisch", "Syrian", []),
    ("SA", "Q851", "saudisch", "Saudi", ["Saudi-Arabien", "Saudi-Arabiens"]),
    ("EG", "Q79", "ägyptisch", "Egyptian", []),
    ("IN", "Q668", "indisch", "Indian", []),
    ("JP", "Q17", "japanisch", "Japanese", []),
    ("KR", "Q884", "südkoreanisch", "South Korean", []),
    ("KP", "Q423", "nordkoreanisch", "North Korean", []),
    ("CA", "Q16", "kanadisch", "Canadian", []),
    ("MX", "Q96", "mexikanisch", "Mexican", []),
    ("BR", "Q155", "brasilianisch", "Brazilian", []),
    ("AR", "Q414", "argentinisch", "Argentine", []),
    ("AU", "Q408", "australisch", "Australian", []),
    ("ZA", "Q258", "südafrikanisch", "South African", []),
    ("HU", "Q28", "ungarisch", "Hungarian", []),
    ("CZ", "Q213", "tschechisch", "Czech", ["Tschechische Republik", "Czech Republic"]),
    ("SK", "Q214", "slowakisch", "Slovak", []),
    ("RO", "Q218", "rumänisch", "Romanian", []),
    ("BG", "Q219", "bulgarisch", "Bulgarian", []),
    ("HR", "Q224", "kroatisch", "Croatian", []),
    ("SI", "Q215", "slowenisch", "Slovenian", []),
    ("RS", "Q403", "serbisch", "Serbian", []),
    ("BY", "Q184", "belarussisch", "Belarusian", ["Weißrussland", "Weißrusslands", "weißrussisch"]),
    ("MD", "Q217", "moldauisch", "Moldovan", ["Moldau", "Moldawien", "Moldova"]),
    ("GE", "Q230", "georgisch", "Georgian", []),
    ("LT", "Q37", "litauisch", "Lithuanian", []),
    ("LV", "Q211", "lettisch", "Latvian", []),
    ("EE", "Q191", "estnisch", "Estonian", []),
    ("PK", "Q843", "pakistanisch", "Pakistani", []),
    ("AF", "Q889", "afghanisch", "Afghan", []),
    ("QA", "Q846", "katarisch", "Qatari", []),
    ("LB", "Q822", "libanesisch", "Lebanese", []),
    ("JO", "Q810", "jordanisch", "Jordanian", []),
    ("TW", "Q865", "taiwanisch", "Taiwanese", []),
    ("VE", "Q717", "venezolanisch", "Venezuelan", []),
    ("LU", "Q32", "luxemburgisch", "Luxembourgish", []),
    ("AM", "Q399", "armenisch", "Armenian", []),
    ("AZ", "Q227", "aserbaidschanisch", "Azerbaijani", []),
    ("KZ", "Q232", "kasachisch", "Kazakh", []),
    ("NG", "Q1033", "nigerianisch", "Nigerian", []),
    ("ET", "Q115", "äthiopisch", "Ethiopian", []),
    ("KE", "Q114", "kenianisch", "Kenyan", []),
    ("LY", "Q1016", "libysch", "Libyan", []),
    ("YE", "Q805", "jemenitisch", "Yemeni", []),
    ("AE", "Q878", "emiratisch", "Emirati", ["VAE", "Emirate", "UAE"]),
    ("VN", "Q881", "vietnamesisch", "Vietnamese", []),
    ("ID", "Q252", "indonesisch", "Indonesian", []),
    ("NZ", "Q664", "neuseeländisch", "New Zealand", []),
    ("CU", "Q241", "kubanisch", "Cuban", []),
    ("PS", "Q219060", "palästinensisch", "Palestinian", ["Palästina", "Palästinas", "Palestine"]),
]
# German names whose genitive takes no -s (feminine or plural country names).
NO_S_GENITIVE = {"UA", "TR", "CH", "SK", "US", "NL", "AE", "MD", "PS"}

POSITION_KINDS = [  # (regex on the English position label, role kind)
    (r"vice.?chancellor", "vice_chancellor"),
    (r"chancellor", "chancellor"),
    (r"vice.?president", "vice_president"),
    (r"prime minister|premier|head of government|president of the government", "prime_minister"),
    (r"president", "president"),
    (r"monarch|king|queen|emperor|emir|sultan", "monarch"),
    (r"foreign|external|secretary of state", "foreign_minister"),
]
INTL_ROLES = {"Secretary-General of the United Nations": ("UN.secretary_general", "Q1065", "UN-Generalsekretär")}


def kind_of(label: str) -> str:
    low = label.lower()
    for pattern, kind in POSITION_KINDS:
        if re.search(pattern, low):
            return kind
    return re.sub(r"[^a-z]+", "_", low).strip("_")


def adjective_forms(stem: str) -> list[str]:
    return [stem + end for end in ("e", "en", "er", "es", "em")]


def build_countries() -> list[dict]:
    try:
        from babel import Locale  # CLDR country names; only needed to rebuild
    except ImportError as exc:
        from ..errors import ConfigError

        raise ConfigError("rebuilding the knowledge base needs babel",
                          hint="pip install 'lagebild[train]'") from exc
    de, en = Locale("de").territories, Locale("en").territories
    out = []
    for iso, qid, adj_de, adj_en, extra in COUNTRIES:
        name_de, name_en = de[iso], en[iso]
        aliases = {name_de, name_en, *extra}
        if iso not in NO_S_GENITIVE:
            aliases |= {n + "s" for n in [name_de, *extra] if n[-1] not in "sxzß" and " " not in n and n.isalpha()}
        aliases.add(name_en + "'s")
        out.append({
            "id": qid, "wikidata": qid, "iso": iso, "name": name_en, "name_de": name_de, "type": "country",
            "aliases": sorted(aliases), "adjectives": adjective_forms(adj_de) + [adj_en],
        })
    return out


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def year_date(value: str, end: bool) -> str | None:
    value = (value or "").strip()
    if not value:
        return None
    if re.fullmatch(r"\d{4}", value):  # year precision only: take the whole year
        return f"{value}-12-31" if end else f"{value}-01-01"
    return value[:10]


# foreign_ministers_2022.csv was crawled on 2023-01-10 (political-actors SOURCE.md)
FOREIGN_MINISTERS_TRUSTED_UNTIL = "2024-01-10"


CRAWL_2024 = "2024-10-23"  # heads_of_state_government_2024-10-23.csv
KINGDOMS = {"Q29999": "Q55", "Q756617": "Q35"}  # Kingdom of the Netherlands, of Denmark -> the country


def known_term(start_year: str, end_year: str) -> tuple[str | None, str | None]:
    """Days a holder with years only provably held the office: from the last day of the start
    year (the crawl day for a start in 2024) to the first day of the end year. 'Shigeru Ishiba,
    2024-' is no prime minister in March 2024; a wrong holder is worse than none."""
    start = year_date(start_year, True)
    if start and start > CRAWL_2024 and not end_year:
        start = CRAWL_2024
    return start, year_date(end_year, False)


def german_date(value: str) -> str | None:
    """'23.11.2005' -> '2005-11-23'; empty -> None."""
    m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", (value or "").strip())
    return f"{m.group(3)}-{m.group(2)}-{m.group(1)}" if m else None


def mdb(a: dict, row: dict) -> dict:
    """A Bundestag member's names, party and years from a row of mdb_1949-2017_wikidata.csv."""
    last = " ".join(x for x in (row["praefix"], row["nachname"]) if x)
    if not a["name"] or a["name"] == a["id"]:
        a["name"] = f"{row['vorname'].split()[0]} {last}"
    a["aliases"] += [f"{row['vorname']} {last}", last]
    a["party"] = row["partei_kurz"]
    a.setdefault("note", "member of the Bundestag")
    a["active_from"], a["active_to"] = german_date(row["mdb_von"]), german_date(row["mdb_bis"])
    if german_date(row["sterbedatum"]):
        a["died"] = german_date(row["sterbedatum"])
    return a


def person(actors: dict, qid: str, name: str) -> dict:
    name = name or qid  # a few rows lack an English label
    a = actors.setdefault(qid, {"id": qid, "wikidata": qid, "name": name, "type": "person", "aliases": [], "roles": []})
    return a


CURATED = Path(__file__).resolve().parents[1] / "data" / "kb" / "curated.yaml"


def build_actors(ds: Path, iso_of: dict[str, str], curated: Path = CURATED, stats: dict | None = None) -> list[dict]:
    """Persons with offices and parties from political-actors; ``stats`` gets counts per source."""
    from .kb_anglo import gb_parties, read_gb, read_us
    from .kb_de import read_germany
    from .kb_mdb import read_recent_mdbs
    from .kb_names import Registry
    from .kb_world import read_incumbents_2026

    pa = ds / "political-actors"
    # the office lists name the kingdoms, whose governments are those of the countries
    iso_of = {**iso_of, **{kingdom: iso_of[country] for kingdom, country in KINGDOMS.items() if country in iso_of}}
    reg = Registry(curated)
    actors = reg.actors
    stats = {} if stats is None else stats
    for row in read_csv(pa / "world_officeholders" / "heads_of_state_government_2024-10-23.csv"):
        if not row["officeholder"].startswith("Q"):
            continue
        cc = iso_of.get(row["countryid"], row["countryid"])
        a = person(actors, row["officeholder"], row["officeholderLabel"])
        start, end = known_term(row["start_year"], row["end_year"])
        if start and end and end <= start:
            continue  # in and out within a year: no day of holding is known
        a["roles"].append({"key": f"{cc}.{kind_of(row['positionLabel'])}", "label": row["positionLabel"],
                           "of": row["countryid"], "start": start, "end": end})
    for row in read_csv(pa / "world_officeholders" / "foreign_ministers_2022.csv"):
        if not row["person"].startswith("Q"):
            continue
        cc = iso_of.get(row["country"], row["country"])
        a = person(actors, row["person"], row["name"])
        # the file proves holding on its crawl day only; many changed since: trusted for one year
        a["roles"].append({"key": f"{cc}.foreign_minister", "label": row["positionLabel"], "of": row["country"],
                           "start": year_date(row["start"], False), "end": FOREIGN_MINISTERS_TRUSTED_UNTIL})
    for row in read_csv(pa / "world_officeholders" / "intl_org_officeholders_2021-2023.csv"):
        if row["position"] in INTL_ROLES and row["personID"].startswith("Q"):
            key, org, label_de = INTL_ROLES[row["position"]]
            a = person(actors, row["personID"], row["person"])
            a["roles"].append({"key": key, "label": row["position"], "label_de": label_de, "of": org,
                               "start": year_date(row["start"], False), "end": year_date(row["end"], True)})
    # Bundestag members of legislatures 18 and 19 (2013-), with their years in the Bundestag (a
    # bare surname finds them only near those years) and death dates; earlier members come last
    # (historical_mdbs), so that they never take the names of today's office holders.
    historical = []
    for row in read_csv(pa / "bundestag_mdb" / "mdb_1949-2017_wikidata.csv"):
        terms = {t.strip() for t in row["wahlperioden"].split(",")}
        if not row["wikidata"].startswith("Q") or not row["vorname"].strip():
            continue
        if not terms & {"18", "19"}:
            historical.append(row)
            continue
        mdb(person(actors, row["wikidata"], ""), row)
    for a in list(actors.values()):
        reg.note_name(a["name"], a["id"])
    # 2025-2026 office holders (docs/kb.md, "Sources")
    stats["world_2026"] = read_incumbents_2026(pa, reg, iso_of, kind_of)
    stats["germany"] = read_germany(pa, reg)
    stats["mdb_2025"] = read_recent_mdbs(pa, reg, set(iso_of))
    stats["us"] = read_us(pa, reg)
    parties_gb = gb_parties(pa)
    stats["gb"] = read_gb(pa, reg, parties_gb)
    # members before 2013: for lookups of full names in older texts, never in the entity gazetteer
    stats["mdb_historical"] = 0
    in_the_news = {c["id"] for c in reg.curated if c["listed"]}  # curated: today's news ('Julia Klöckner')
    for row in historical:
        if row["wikidata"] not in actors:
            a = mdb(person(actors, row["wikidata"], ""), row)
            if row["wikidata"] not in in_the_news:
                # full names only: a bare surname of 3,000 former members would find strangers
                a["aliases"] = [x for x in a["aliases"] if " " in x]
                a["listed"] = False
            stats["mdb_historical"] += 1
    parties = []
    seen = set()
    for row in read_csv(pa / "parties" / "partyfacts_wikidata.csv"):
        if row["country"] != "DEU" or not row["wikidata_id"].startswith("Q") or row["wikidata_id"] in seen:
            continue
        seen.add(row["wikidata_id"])
        aliases = [x for x in (row["name_short"], row["name_native"]) if x and "/" not in x or x == "CDU/CSU"]
        parties.append({"id": row["wikidata_id"], "wikidata": row["wikidata_id"], "name": row["name"],
                        "name_de": row["name_native"] or None, "type": "party", "aliases": aliases})
    parties += [p for p in parties_gb if p["id"] not in seen]
    out = list(actors.values()) + parties
    known = {a["id"] for a in out}
    # curated actors whose names have accents: stub records carrying the folded forms
    out += [{"id": c["id"], "name": c["name"], "type": c["type"], "aliases": [],
             **({} if c["listed"] else {"listed": False})} for c in reg.curated
            if c["id"] not in known and any(folded_variants(n) for n in [c["name"], *c["aliases"]] if n)]
    by_id = {c["id"]: c for c in reg.curated}
    for a in out:
        names = [a["name"], a.get("name_de") or "", *a["aliases"], *by_id.get(a["id"], {}).get("aliases", [])]
        a["aliases"] += [v for n in names if n for v in folded_variants(n)]
        a["aliases"] = sorted(set(a["aliases"]) - {a["name"]})
        if not a.get("roles"):
            a.pop("roles", None)
        elif a.get("listed") is False:
            del a["listed"]  # an office holder is today's news whatever their Bundestag years
    return out


# ---- NER lexicon: token -> how often it was part of a PER/LOC/ORG entity or a plain
# capitalised word. Only open training data: smartdata-de-ner train (CC BY 4.0),
# europeana-de-ner (CC0), wnut17 train (CC BY 4.0), UD German GSD/PUD nouns (CC BY-SA).
# GermEval 2014 and EuroParl are evaluation sets: never read here.
_TOKEN = re.compile(r"\w+(?:[-.'’]\w+)*\.?|[^\w\s]")
_SMART = {"person": "PER", "organization": "ORG", "organization-company": "ORG", "location": "LOC",
          "location-city": "LOC"}
_WNUT = {"person": "PER", "location": "LOC", "corporation": "ORG", "group": "ORG", "product": "MISC",
         "creative-work": "MISC"}
LABELS = ("PER", "LOC", "ORG", "MISC", "O")


def _count(counts: dict, token: str, label: str) -> None:
    if token[:1].isupper() and len(token) > 1:
        counts.setdefault(token, dict.fromkeys(LABELS, 0))[label] += 1


def _smartdata(path: Path, counts: dict) -> None:
    dec = json.JSONDecoder()
    txt = gzip.open(path, "rt", encoding="utf-8").read()
    i = 0
    while i < len(txt):
        while i < len(txt) and txt[i].isspace():
            i += 1
        if i >= len(txt):
            break
        doc, i = dec.raw_decode(txt, i)
        text = doc["text"]["string"] if isinstance(doc["text"], dict) else doc["text"]
        spans = []
        for m in (doc.get("conceptMentions") or {}).get("array", []):
            if m["type"] in _SMART:
                spans.append((m["span"]["start"], m["span"]["end"], _SMART[m["type"]]))
        for tm in _TOKEN.finditer(text):
            lab = next((lab for a, b, lab in spans if a <= tm.start() and tm.end() <= b), "O")
            if lab == "O" and tm.start() > 0 and text[max(0, tm.start() - 2):tm.start()].strip() in {".", "!", "?", ""}:
                continue  # sentence or line starts: capitalisation says nothing
            _count(counts, tm.group(), lab)


def _bio(path: Path, counts: dict, mapping: dict | None, sep: str | None) -> None:
    prev = "."
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split(sep) if sep else line.split()
        if len(parts) < 2:
            prev = "."
            continue
        tok, tag = parts[0], parts[-1]
        lab = tag[2:] if tag[:2] in ("B-", "I-") else "O"
        if mapping is not None:
            lab = mapping.get(lab, "O") if lab != "O" else "O"
        elif lab not in LABELS:
            lab = "O" if lab not in ("PER", "LOC", "ORG") else lab
        if not (lab == "O" and prev in {".", "!", "?", ":", '"'}):
            _count(counts, tok, lab)
        prev = tok


def _ud_nouns(path: Path, counts: dict) -> None:
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) > 4 and cols[0].isdigit() and cols[3] == "NOUN":
            _count(counts, cols[1], "O")
            _count(counts, cols[2], "O")


def build_ner_lexicon(ds: Path) -> dict:
    counts: dict = {}
    _smartdata(ds / "smartdata-de-ner" / "v1_20180119" / "train.json.gz", counts)
    for name in ("enp_DE.lft.bio", "enp_DE.onb.bio", "enp_DE.sbb.bio"):
        _bio(ds / "europeana-de-ner" / name, counts, None, None)
    _bio(ds / "wnut17-en-ner" / "wnut17train.conll", counts, _WNUT, "\t")
    _ud_nouns(ds / "ud-german-gsd" / "de_gsd-ud-dev.conllu", counts)
    _ud_nouns(ds / "ud-german-pud" / "de_pud-ud-test.conllu", counts)
    return counts


def write_actors(ds: Path, out: Path, iso_of: dict[str, str] | None = None) -> tuple[list[dict], dict]:
    """Build actors.json.gz alone into ``out`` (seconds; no babel needed when ``iso_of`` is
    taken from the shipped countries.json). Returns the actors and counts per source."""
    if iso_of is None:
        iso_of = {c["id"]: c["iso"] for c in json.loads((OUT / "countries.json").read_text(encoding="utf-8"))}
    stats: dict = {}
    actors = build_actors(Path(ds), iso_of, stats=stats)
    out.mkdir(parents=True, exist_ok=True)
    with gzip.open(out / "actors.json.gz", "wt", encoding="utf-8") as fh:
        json.dump(actors, fh, ensure_ascii=False, separators=(",", ":"))
    return actors, stats


def kb_from_folder(folder: str | Path, curated: Path = CURATED):
    """A KnowledgeBase from built files in ``folder`` (countries.json falls back to the shipped
    one) plus curated.yaml, the way ``load_kb`` reads the shipped folder: to check a build."""
    from ..kb.base import KnowledgeBase
    from ..kb.loader import read_json_actors, read_yaml, record_from_dict

    folder = Path(folder)
    countries = folder / "countries.json" if (folder / "countries.json").exists() else OUT / "countries.json"
    kb = KnowledgeBase()
    for raw in json.loads(countries.read_text(encoding="utf-8")):
        kb.add(record_from_dict(raw, "countries.json", curated=True))
    for rec in read_json_actors(folder / "actors.json.gz"):
        kb.add(rec)
    kb.load_sections(read_yaml(curated))
    return kb


def build_kb(datasets_dir: str | Path, out_dir: str | Path = OUT) -> dict:
    """Write countries.json, actors.json.gz, ner_lexicon.tsv.gz and given_names.txt.gz into
    ``out_dir``; returns counts and notes (country table entries the data does not confirm)."""
    ds = Path(datasets_dir)
    out = Path(out_dir)
    notes: list[str] = []
    countries = build_countries()
    iso_of = {c["id"]: c["iso"] for c in countries}
    # cross-check the hand table with the QIDs in the data set
    names = {r["countryid"]: r["country"] for r in read_csv(ds / "political-actors" / "world_officeholders" / "heads_of_state_government_2024-10-23.csv")}
    for c in countries:
        if c["id"] in names and names[c["id"]].split()[0] not in c["name"] + " " + " ".join(c["aliases"]):
            notes.append(f"check {c['iso']} {c['id']}: data says {names[c['id']]!r}, table {c['name']!r}")
        if c["id"] not in names:
            notes.append(f"note {c['iso']} {c['id']} ({c['name']}) not in heads-of-state list")
    out.mkdir(parents=True, exist_ok=True)
    (out / "countries.json").write_text(json.dumps(countries, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    actors, stats = write_actors(ds, out, iso_of)
    counts = build_ner_lexicon(ds)
    with gzip.open(out / "ner_lexicon.tsv.gz", "wt", encoding="utf-8") as fh:
        fh.write("# token\t" + "\t".join(LABELS) + "\n")
        for tok, c in sorted(counts.items()):
            if sum(c.values()) >= 1 and re.fullmatch(r"[\w.'’-]+", tok):
                fh.write(tok + "\t" + "\t".join(str(c[lab]) for lab in LABELS) + "\n")
    # given names of Berlin newborns 2012-2023 (LABO Berlin, CC BY 3.0 DE), counted >= 5 times
    names = []
    for row in csv.DictReader((ds / "first-names-berlin" / "berlin_babynames_2012-2023_aggregated.tsv").open(encoding="utf-8"), delimiter="\t"):
        if int(row["anzahl_2012_2023"] or 0) >= 5 and row["vorname"].isalpha():
            names.append(row["vorname"])
    with gzip.open(out / "given_names.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(sorted(set(names))) + "\n")
    return {"countries": len(countries), "actors": len(actors), "roles": sum(len(a.get("roles", [])) for a in actors),
            "sources": stats, "lexicon_tokens": len(counts),
            "given_names": len(set(names)), "out": str(out), "notes": notes}
