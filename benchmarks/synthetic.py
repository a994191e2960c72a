"""Synthetic ``casedesk.case/1`` case files for load tests and benchmarks.

    python benchmarks/synthetic.py OUT.jsonl 100000 [SEED]

writes one case per line (JSON Lines). From Python, ``synthetic_cases(n, seed, today)``
yields the same dicts. The people are random and fictional; the output depends only on
``n``, ``seed`` and ``today``. About a third of the cases have every section filled in; the
rest are partial intakes with unknown (null) facts, as real caseloads are.

Standard library only, so it runs without the app installed.
"""

from __future__ import annotations

import datetime
import json
import random
import sys
from collections.abc import Iterator
from typing import Any

FORMAT = "casedesk.case/1"

# --- vocabularies (docs/case-file.md) --------------------------------------------------------
CANADIAN_STATUSES = ("citizen", "permanent_resident", "protected_person", "stayed_removal_hc",
                     "work_permit", "study_permit", "refugee_claimant", "none")
STATUS_WEIGHTS = (30, 22, 8, 2, 12, 6, 8, 12)
RELATIONS = ("spouse", "common_law_partner", "legal_guardian", "child", "father", "mother",
             "brother", "sister", "grandfather", "grandmother", "grandchild", "uncle", "aunt",
             "nephew", "niece", "cousin", "other")
RELATION_WEIGHTS = (1, 1, 1, 3, 4, 5, 12, 12, 1, 2, 1, 8, 8, 3, 3, 14, 4)
EDUCATION = ("none", "secondary", "one_year", "two_year", "bachelor", "two_or_more", "master",
             "doctoral")
EDUCATION_WEIGHTS = (4, 30, 8, 14, 22, 6, 12, 4)
CANADIAN_EDUCATION = ("none", "one_or_two_year", "three_year_or_more")
PROVINCES = ("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT")
ABILITIES = ("speaking", "listening", "reading", "writing")
ENTRY_MODES = ("port_of_entry", "between_ports", "airport")
# Raw language tests: (low, high, step) per ability, in ABILITIES order.
TESTS = {
    "english": {
        "ielts_general": ((4.0, 9.0, 0.5),) * 4,
        "celpip_general": ((4, 12, 1),) * 4,
        "pte_core": ((30, 90, 1),) * 4,
    },
    "french": {
        "tef_canada": ((180, 450, 1), (150, 360, 1), (120, 300, 1), (180, 450, 1)),
        "tcf_canada": ((4, 20, 1), (330, 699, 1), (340, 699, 1), (4, 20, 1)),
    },
}

# --- names and nationalities -----------------------------------------------------------------
_SPANISH_GIVEN = (
    "María José", "José Luis", "Yoandri", "Yusleidy", "Daniela", "Génesis", "Andrés", "Ángel",
    "Luis Alberto", "Carmen", "Yaneisy", "Reinaldo", "Maribel", "Jhonatan", "Yeferson",
    "Nahomy", "Karla", "Dania", "Iván", "Mónica", "Raúl", "Sofía", "Joaquín", "Inés",
    "Víctor Manuel", "Yorman", "Oriana", "Wilmer", "Yulimar", "Dayana", "Elías", "Begoña",
)
_SPANISH_FAMILY = (
    "Pérez", "Núñez", "Hernández", "González", "Rodríguez", "Martínez", "Castillo", "Ortega",
    "Gaitán", "Báez", "Colmenárez", "Briceño", "Ávila", "Peña", "Ibáñez", "Muñoz", "Cárdenas",
    "Zelaya", "Mejía", "Cáceres", "Aráuz", "Chamorro", "Quiñones", "Fernández", "Echeverría",
    "Sáenz", "Ordóñez", "Guzmán", "Maldonado", "Lozada", "Díaz", "Ramírez", "Ñáñez", "Ureña",
    "Banegas", "Matamoros", "Somarriba", "Acuña", "Valdés", "Gómez", "Restrepo", "Argueta",
)
_HAITIAN_GIVEN = (
    "Jean-Robert", "Wilner", "Guerline", "Mackenson", "Nadège", "Fritznel", "Islande",
    "Kervens", "Dieunette", "Stéphanie", "Rachelle", "Marie-Ange", "Élodie", "Wisline",
    "Darline", "Kettly", "Roselaure", "Jocelyne", "Frantz", "Jean-Claude", "Widlyne", "Réginald",
    "Lovely", "Bénédicte", "Jean-Marc", "Mirlande", "Peterson", "Fabiola", "Gérard", "Sœurette",
)
_HAITIAN_FAMILY = (
    "Pierre", "Jean", "Joseph", "Louis", "Charles", "Désir", "Théodore", "Augustin", "Célestin",
    "Beauvoir", "Étienne", "Fénelon", "Mompremier", "Dorvilus", "Lefèvre", "Toussaint",
    "Alexis", "Dorméus", "Saintil", "Bélizaire", "Estimé", "Noël", "Exantus", "Jérôme",
)
_HAITIAN_PREFIX = ("Jean-", "Saint-", "Pierre-", "Louis-")
# Irish and Italian surnames found across Latin America; apostrophes must survive search.
_APOSTROPHE_FAMILY = ("O'Brien", "O'Higgins", "O'Neill", "D'Alessandro", "O'Farrill")
_UKRAINIAN_GIVEN = (
    "Oleksandr", "Olena", "Yuliia", "Andriy", "Kateryna", "Mykola", "Iryna", "Serhiy",
    "Nataliia", "Taras", "Oksana", "Dmytro", "Halyna", "Bohdan", "Sofiia", "Yaroslav",
    "Dar'ia", "Mar'iana",  # apostrophes are part of the official transliteration
)
_UKRAINIAN_ROOT = ("Shevch", "Bondar", "Koval", "Tkach", "Marchen", "Hnat", "Kravch", "Lysen",
                   "Melnych", "Savch", "Moroz", "Pavl", "Rudn", "Zakharch", "Boiko", "Polish")
_UKRAINIAN_SUFFIX = ("enko", "uk", "iuk", "ko", "ych", "chuk", "yshyn", "ak")
_ARABIC_GIVEN = ("Abdelrahman", "Hawa", "Mahmoud", "Amna", "Khalid", "Rania", "Omar", "Fatima",
                 "Yousef", "Mariam", "Hamza", "Safaa", "Tariq", "Nour")
_ARABIC_FAMILY = ("Osman", "Elamin", "Adam", "Yahya", "Al-Khatib", "Ibrahim", "Haddad",
                  "El-Tayeb", "Abdallah", "Hamid", "Mustafa", "Al-Sayed")
_SOMALI_GIVEN = ("Fadumo", "Abdirahman", "Hodan", "Mohamed", "Ayaan", "Abdullahi", "Ifrah",
                 "Xasan", "Cawo", "Mukhtar", "Sahra", "Guled")
_SOMALI_FAMILY = ("Abdi", "Hassan", "Warsame", "Nuur", "Farah", "Cali", "Maxamed", "Jama",
                  "Ismaaciil", "Yuusuf", "Aadan", "Cumar")
_OTHER = {
    "AF": (("Zarghona", "Ahmad", "Farida", "Mohammad Nabi", "Shabnam", "Wahid"),
           ("Ahmadzai", "Popal", "Karimi", "Hakimi", "Sultani", "Nazari"), "ps fa"),
    "NP": (("Pemba", "Sita", "Bishnu", "Anjali", "Ramesh", "Laxmi"),
           ("Sherpa", "Gurung", "Thapa", "Shrestha", "Tamang", "Rai"), "ne"),
    "ET": (("Selamawit", "Dawit", "Meron", "Yonas", "Hiwot", "Abebe"),
           ("Tesfaye", "Bekele", "Haile", "Girma", "Alemu", "Mekonnen"), "am"),
    "MM": (("Thiri", "Aung", "Hnin", "Kyaw", "Su", "Zaw"),
           ("Aung", "Min", "Htun", "Oo", "Win", "Naing"), "my"),
    "CM": (("Armelle", "Emmanuel", "Brice", "Clémence", "Hervé", "Ngozi"),
           ("Ngo Mbock", "Nkwenti", "Fru", "Tchoumi", "Mbarga", "Essomba"), "fr"),
    "VN": (("Thị Hồng", "Văn Minh", "Thị Lan", "Đức Anh", "Ngọc Ánh", "Quốc Bảo"),
           ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng"), "vi"),
    "SY": (_ARABIC_GIVEN, _ARABIC_FAMILY, "ar"),
    "SD": (_ARABIC_GIVEN, _ARABIC_FAMILY, "ar"),
}
# Syllables for made-up given names in the Cuban and Venezuelan style (Yusnavy, Dayelis...).
_SYLLABLES = ("Ya", "Yu", "Dai", "Ma", "Lis", "ne", "li", "sel", "vy", "mar", "dy", "ris",
              "an", "yel", "nis", "le", "ber", "tho", "mi", "ú")

# country: (weight, name style, home languages, U.S. statuses that fit)
_COUNTRIES = {
    "HT": (20, "haitian", "ht fr", ("tps", "CHNV", "FRP", "asylum")),
    "VE": (20, "spanish", "es", ("tps", "CHNV", "asylum")),
    "CU": (10, "spanish", "es", ("CHNV", "FRP", "asylum")),
    "NI": (6, "spanish", "es", ("CHNV", "tps", "asylum")),
    "HN": (7, "spanish", "es", ("tps", "FRP", "asylum")),
    "SV": (4, "spanish", "es", ("tps", "CAM")),
    "CO": (2, "spanish", "es", ("FRP", "asylum")),
    "UA": (10, "ukrainian", "uk ru", ("U4U", "tps")),
    "SO": (3, "somali", "so ar", ("tps", "asylum")),
    "SD": (3, "other", "ar", ("tps", "asylum")),
    "SY": (2, "other", "ar", ("tps",)),
    "AF": (3, "other", "ps fa", ("OAW", "asylum")),
    "ET": (2, "other", "am", ("tps",)),
    "NP": (2, "other", "ne", ("tps",)),
    "MM": (1, "other", "my", ("tps",)),
    "CM": (2, "other", "fr en", ("tps", "asylum")),
    "VN": (1, "other", "vi", ("asylum", "visa")),
}
_COUNTRY_CODES = tuple(_COUNTRIES)
_COUNTRY_WEIGHTS = tuple(v[0] for v in _COUNTRIES.values())


def _weighted(values: tuple, weights: tuple[int, ...]) -> tuple:
    """A lookup table where each value appears ``weight`` times: a weighted pick is then
    one ``random()`` call (``Random.choices`` recomputes its weights on every call)."""
    return tuple(v for v, w in zip(values, weights) for _ in range(w))


def _pick(rng: random.Random, table: tuple) -> Any:
    return table[int(rng.random() * len(table))]


def _between(rng: random.Random, lo: int, hi: int) -> int:
    """Like ``randint`` (both ends included), faster."""
    return lo + int(rng.random() * (hi - lo + 1))


_STATUS_TABLE = _weighted(CANADIAN_STATUSES, STATUS_WEIGHTS)
_RELATION_TABLE = _weighted(RELATIONS, RELATION_WEIGHTS)
_EDUCATION_TABLE = _weighted(EDUCATION, EDUCATION_WEIGHTS)
_COUNTRY_TABLE = _weighted(_COUNTRY_CODES, _COUNTRY_WEIGHTS)
_MARITAL_TABLE = _weighted(("single", "married", "common_law", "separated", "divorced", "widowed"),
                           (40, 35, 10, 4, 8, 3))
_RELATIVE_COUNT_TABLE = _weighted((0, 1, 2, 3), (45, 30, 15, 10))
_CANADIAN_EDUCATION_TABLE = _weighted(CANADIAN_EDUCATION, (90, 6, 4))
# A relative's age as an offset range from the client's age.
_RELATIVE_AGE = {
    "spouse": (-10, 12), "common_law_partner": (-10, 12), "legal_guardian": (20, 45),
    "child": (-45, -16), "father": (18, 45), "mother": (16, 42), "brother": (-12, 12),
    "sister": (-12, 12), "grandfather": (40, 70), "grandmother": (38, 65),
    "grandchild": (-80, -36), "uncle": (5, 30), "aunt": (5, 30), "nephew": (-40, -8),
    "niece": (-40, -8), "cousin": (-15, 15), "other": (-30, 30),
}
# Second citizenships that occur in these communities.
_SECOND_CITIZENSHIP = {"VE": ("CO", "ES", "IT", "PT"), "CU": ("ES",), "HT": ("DO", "FR"),
                       "NI": ("CR", "ES"), "HN": ("MX",), "UA": ("PL",), "CO": ("VE", "ES"),
                       "SO": ("KE",), "SV": ("GT",)}


def _name(rng: random.Random, country: str, style: str) -> tuple[str, str]:
    r = rng.random()
    if style == "spanish":
        given = _pick(rng, _SPANISH_GIVEN) if r < 0.8 else (
            "".join(_pick(rng, _SYLLABLES) for _ in range(_between(rng, 2, 3))).capitalize())
        family = _pick(rng, _SPANISH_FAMILY) if r < 0.985 else _pick(rng, _APOSTROPHE_FAMILY)
        if r < 0.85:  # two surnames, the usual form
            family += " " + _pick(rng, _SPANISH_FAMILY)
        return given, family
    if style == "haitian":
        given = _pick(rng, _HAITIAN_GIVEN)
        family = _pick(rng, _HAITIAN_FAMILY)
        if r < 0.2:
            family = _pick(rng, _HAITIAN_PREFIX) + family
        return given, family
    if style == "ukrainian":
        return _pick(rng, _UKRAINIAN_GIVEN), _pick(rng, _UKRAINIAN_ROOT) + _pick(rng, _UKRAINIAN_SUFFIX)
    if style == "somali":
        return _pick(rng, _SOMALI_GIVEN), _pick(rng, _SOMALI_FAMILY) + " " + _pick(rng, _SOMALI_FAMILY)
    given_list, family_list, _ = _OTHER[country]
    family = _pick(rng, family_list)
    if r < 0.3:
        family += " " + _pick(rng, family_list)
    return _pick(rng, given_list), family


def _clb(rng: random.Random, lo: int, hi: int) -> dict[str, int]:
    base = _between(rng, lo, hi)
    return {a: max(0, min(12, base + _between(rng, -1, 1))) for a in ABILITIES}


def _language(rng: random.Random, language: str, lo: int, hi: int) -> dict[str, Any]:
    if rng.random() < 0.25:  # a raw test result for the app to convert
        test = _pick(rng, tuple(TESTS[language]))
        scores = {}
        for ability, (low, high, step) in zip(ABILITIES, TESTS[language][test]):
            steps = int((high - low) / step)
            value = low + step * _between(rng, steps // 3, steps)
            scores[ability] = float(value) if isinstance(step, float) else int(value)
        return {"language": language, "clb": {"test": test, "scores": scores}}
    return {"language": language, "clb": _clb(rng, lo, hi)}


class _Dates:
    """ISO strings for day offsets from today, cached (formatting dominates otherwise)."""

    def __init__(self, today: datetime.date):
        self.ordinal = today.toordinal()
        self.today = today
        self._cache: dict[int, str] = {}

    def __call__(self, offset: int) -> str:
        s = self._cache.get(offset)
        if s is None:
            s = self._cache[offset] = datetime.date.fromordinal(self.ordinal + offset).isoformat()
        return s

    def birth(self, age_days: int) -> str:
        return self(-age_days)


def _us_status(rng: random.Random, country: str, kinds: tuple[str, ...], d: _Dates,
               full: bool) -> list[dict[str, Any]]:
    def until() -> str | None:
        if not full and rng.random() < 0.12:
            return None
        return d(_between(rng, -500, 400))

    out = []
    first = _pick(rng, kinds)
    chosen = [first]
    if len(kinds) > 1 and rng.random() < 0.4:
        chosen.append(_pick(rng, tuple(k for k in kinds if k != first)))
    for kind in chosen:
        if kind == "tps":
            out.append({"kind": "tps", "country": country, "valid_until": until()})
        elif kind == "asylum":
            out.append({"kind": "asylum_pending", "valid_until": None})
        elif kind == "visa":
            out.append({"kind": "visa", "valid_until": until()})
        else:
            out.append({"kind": "parole", "program": kind, "valid_until": until()})
    if rng.random() < 0.75:
        out.append({"kind": "ead", "valid_until": until()})
    if rng.random() < 0.02:
        out.append({"kind": "other", "valid_until": until()})
    return out


def _case(rng: random.Random, index: int, seed: int, d: _Dates) -> dict[str, Any]:
    rnd = rng.random
    full = rnd() < 1 / 3

    def maybe(value: Any, p_known: float = 0.7) -> Any:
        """The value, or unknown (None) in a partial intake."""
        return value if full or rnd() < p_known else None

    country = _pick(rng, _COUNTRY_TABLE)
    _, style, home_languages, kinds = _COUNTRIES[country]
    given, family = _name(rng, country, style)

    minor = rnd() < 0.03
    age_days = _between(rng, 14 * 365 + 30, 17 * 365 + 300) if minor else _between(rng, 18 * 366, 72 * 365)
    age = age_days // 365

    languages = home_languages.split()
    if rnd() < 0.6:
        languages.append("en")
    marital = "single" if minor else _pick(rng, _MARITAL_TABLE)

    partner = None
    partner_status = None
    accompanying = None
    if marital in ("married", "common_law") or (marital == "single" and not minor and rnd() < 0.05):
        relationship = {"married": "spouse", "common_law": "common_law"}.get(marital, "conjugal")
        partner_status = _pick(rng, _STATUS_TABLE)
        in_canada = partner_status != "none" and rnd() < 0.7
        accompanying = False if in_canada else rnd() < 0.7
        partner = {
            "relationship": relationship,
            # after the client's 16th birthday: a partnership before birth is refused on import (issue 13)
            "since": maybe(d(-_between(rng, 400, max(400, min(9000, age_days - 16 * 365))))),
            "status_in_canada": maybe(partner_status, 0.8),
            "lives_in_canada": maybe(in_canada, 0.8),
            "accompanying": maybe(accompanying, 0.6),
        }

    relatives: list[dict[str, Any]] | None = []
    for _ in range(_pick(rng, _RELATIVE_COUNT_TABLE)):
        relation = _pick(rng, _RELATION_TABLE)
        lo, hi = _RELATIVE_AGE[relation]
        lo, hi = max(0, age + lo), min(100, age + hi)
        if hi < lo:  # e.g. a grandchild of a young client
            relation, lo, hi = "cousin", max(0, age - 15), age + 15
        relatives.append({
            "relation": relation,
            "status": maybe(_pick(rng, _STATUS_TABLE), 0.85),
            "age": maybe(_between(rng, lo, hi), 0.8),
        })
    if not full and not relatives and rnd() < 0.3:
        relatives = None

    parents: list[dict[str, Any]] | None = []
    for relation in ("mother", "father"):
        r = rnd()
        by = ("birth_in_canada" if r < 0.04 else "naturalization" if r < 0.06
              else "descent" if r < 0.08 else "none")
        parents.append({
            "relation": relation,
            "canadian_at_client_birth": maybe(by != "none" and rnd() < 0.85, 0.8),
            "canadian_by": by,
            "days_in_canada_before_client_birth": (
                maybe(_between(rng, 0, 4000), 0.7) if by == "descent" else None),
        })
    if not full and rnd() < 0.35:
        parents = None

    entry = None
    r = rnd()
    if r < 0.08:
        entered = -_between(rng, 1, 500)
        entry = {"mode": _pick(rng, ENTRY_MODES), "date": d(entered),
                 "claim_made_on": d(entered + _between(rng, 0, -entered)) if rnd() < 0.5 else None}
    elif full or r < 0.6:
        entry = {"mode": "none", "date": None, "claim_made_on": None}

    human_capital = None
    if full or rnd() < 0.4:
        first_language = "french" if "fr" in languages and rnd() < 0.6 else "english"
        other = "english" if first_language == "french" else "french"
        spouse = None
        if partner is not None and accompanying and partner_status not in ("citizen", "permanent_resident"):
            spouse = {"education": _pick(rng, _EDUCATION_TABLE),
                      "first_language": {"clb": _clb(rng, 3, 10)},
                      "canadian_work_years": _pick(rng, (0, 0, 0, 1, 2))}
        human_capital = {
            "education": maybe(_pick(rng, _EDUCATION_TABLE), 0.9),
            "first_language": maybe(_language(rng, first_language, 3, 11), 0.6),
            "second_language": _language(rng, other, 4, 10) if rnd() < (0.5 if full else 0.15) else None,
            "canadian_work_years": maybe(_pick(rng, (0, 0, 0, 0, 1, 2, 3)), 0.8),
            "foreign_work_years": maybe(min(_between(rng, 0, 25), max(0, age - 18)), 0.8),
            "certificate_of_qualification": maybe(rnd() < 0.05),
            "canadian_education": maybe(_pick(rng, _CANADIAN_EDUCATION_TABLE)),
            "provincial_nomination": maybe(rnd() < 0.01),
            "spouse": spouse,
        }

    net_worth = _pick(rng, (0, 0, 0, 5_000, 20_000, 60_000)) if rnd() < 0.97 else _between(rng, 100, 5000) * 1000
    a_number = (seed * 7_368_787 + index * 3_917_521) % 900_000_000 + 100_000_000
    return {
        "format": FORMAT,
        "client": {
            "given_names": given,
            "family_name": family,
            "date_of_birth": maybe(d.birth(age_days), 0.9) if not minor else d.birth(age_days),
            "country_of_birth": maybe(country, 0.9),
            "citizenships": ([country, _pick(rng, _SECOND_CITIZENSHIP[country])]
                             if country in _SECOND_CITIZENSHIP and rnd() < 0.08 else [country]),
            "marital_status": maybe(marital, 0.9) if partner is None else marital,
            "a_number": f"A{a_number:09d}",
            "languages": languages,
        },
        "us_status": _us_status(rng, country, kinds, d, full),
        "partner": partner,
        "relatives_in_canada": relatives,
        "parents": parents,
        "grandparent_born_in_canada": maybe(rnd() < 0.03, 0.5),
        "minor": {
            "accompanied_by_parent_or_guardian": maybe(rnd() < 0.5, 0.8),
            "parent_or_guardian_in_canada_or_us": maybe(rnd() < 0.6, 0.8),
        } if minor else None,
        "canadian_documents": maybe({"valid_visa_or_permit": rnd() < 0.04}, 0.5),
        "death_penalty_exposure": maybe(rnd() < 0.001, 0.5),
        "canada_entry": entry,
        "human_capital": human_capital,
        "job_offer": {"province": _pick(rng, PROVINCES), "teer": _between(rng, 0, 5)} if rnd() < 0.05 else None,
        "intends_quebec": maybe("fr" in languages and rnd() < 0.4, 0.6),
        "self_employment": maybe({"cultural_or_athletic_years": _pick(rng, (0,) * 20 + (2, 5, 8))}, 0.4),
        "business": maybe({"net_worth_cad": net_worth, "designated_org_support": rnd() < 0.01}, 0.4),
    }


_TASKS = (("Collect the parent's Canadian birth certificate", "citizenship"), ("Call back about the EAD", "ead"),
          ("Book the language test", "express-entry"), ("Ask for police certificates", "police"),
          ("Send the sponsorship checklist", "sponsorship"), ("Check the TPS notice", "tps"))


def _paperwork(rng: random.Random, d: _Dates) -> dict[str, Any]:
    """Documents with validity dates and the caseworker's own tasks, drawn from their own stream so
    the rest of each case is what earlier versions of this module generated."""
    def sometimes(p: float, lo: int, hi: int) -> str | None:
        return d(_between(rng, lo, hi)) if rng.random() < p else None

    out: dict[str, Any] = {}
    if rng.random() < 0.3:
        out["documents"] = {"passport_expiry": sometimes(0.8, -200, 3000),
                            "language_test_date": sometimes(0.2, -800, -10),
                            "police_certificate_date": sometimes(0.1, -300, -5),
                            "medical_exam_date": sometimes(0.05, -300, -5)}
    tasks = []
    for _ in range(_pick(rng, (0, 0, 0, 0, 0, 0, 1, 1))):
        title, tag = _pick(rng, _TASKS)
        tasks.append({"title": title, "due": d(_between(rng, -20, 150)), "note": None, "tag": tag})
    if tasks:
        out["tasks"] = tasks
    return out


def synthetic_cases(n: int, seed: int = 1,
                    today: datetime.date = datetime.date(2026, 11, 21)) -> Iterator[dict]:
    """Yield ``n`` varied, valid case files; the same ``n``, ``seed``, ``today`` give the same cases.

    A-numbers are unique within one call (up to 900 million cases).
    """
    rng = random.Random(seed)
    paperwork = random.Random(seed + 7_919)
    d = _Dates(today)
    for index in range(n):
        yield _case(rng, index, seed, d) | _paperwork(paperwork, d)


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print("usage: synthetic.py OUT.jsonl COUNT [SEED]", file=sys.stderr)
        return 2
    path, count = argv[1], int(argv[2])
    seed = int(argv[3]) if len(argv) > 3 else 1
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for case in synthetic_cases(count, seed):
            out.write(json.dumps(case, ensure_ascii=False))
            out.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
