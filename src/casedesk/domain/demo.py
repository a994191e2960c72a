"""Demo caseload for ``casedesk --demo``: fictional clients in the ``casedesk.case/1`` format.

Every person here is invented. Any resemblance to a real person is coincidental; the
A-numbers are made up. The cases follow the situations described in the project's seed
articles: CHNV parolees with Canadian partners, Haitian TPS holders with relatives in Canada
(and one with only a cousin, who does not count under the Safe Third Country Agreement),
possible citizens by descent, an unaccompanied minor, francophone and Ukrainian
professionals, people who already crossed into Canada, and a group of clients whose only
fact of note is a U.S. status running out.

Dates that matter for reminders (parole, TPS and work-permit expiry, entry into Canada,
relationship start dates) are offsets from ``today`` so the reminder view always has
overdue items and items due within 7, 30 and 90 days. Birth dates are fixed, except for the
minors, whose age must stay under 18.

Standard library only, so the app, the tests and the command line can use it without Qt or a
database.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import Any

FORMAT = "casedesk.case/1"

# Days from today to the end of each TPS designation as the demo tells it (None: the end
# date is tied up in litigation and unknown). One value per country keeps clients of the
# same country consistent with each other.
_TPS_END: dict[str, int | None] = {
    "HT": 74, "VE": -379, "HN": 30, "NI": -440, "SD": -33, "SO": -249, "UA": -33,
    "SV": -73, "NP": -473, "ET": None, "SY": None, "MM": None, "CM": -474,
}


class _Clock:
    """Turns day and year offsets from ``today`` into ISO date strings."""

    def __init__(self, today: _dt.date):
        self.today = today

    def __call__(self, days: int | None) -> str | None:
        """``today + days`` (negative: in the past); ``None`` stays unknown."""
        if days is None:
            return None
        return (self.today + _dt.timedelta(days=days)).isoformat()

    def ago(self, years: int, days: int = 0) -> str:
        """The date ``years`` years and ``days`` days before today (29 Feb becomes 28 Feb)."""
        t = self.today
        try:
            shifted = t.replace(year=t.year - years)
        except ValueError:
            shifted = t.replace(year=t.year - years, day=28)
        return (shifted - _dt.timedelta(days=days)).isoformat()


# --- small builders for the parts of a case ---------------------------------------------

def _clb(speaking: int, listening: int | None = None, reading: int | None = None,
         writing: int | None = None) -> dict[str, int]:
    """CLB/NCLC levels; one number means the same level in all four abilities."""
    listening = speaking if listening is None else listening
    reading = listening if reading is None else reading
    writing = reading if writing is None else writing
    return {"speaking": speaking, "listening": listening, "reading": reading, "writing": writing}


def _ielts(speaking: float, listening: float, reading: float, writing: float) -> dict[str, Any]:
    """A raw IELTS General Training result, converted to CLB by the app."""
    return {"test": "ielts_general", "scores": {
        "speaking": speaking, "listening": listening, "reading": reading, "writing": writing}}


def _en(*levels: int, test: dict | None = None) -> dict[str, Any]:
    return {"language": "english", "clb": test if test is not None else _clb(*levels)}


def _fr(*levels: int) -> dict[str, Any]:
    return {"language": "french", "clb": _clb(*levels)}


def _spouse_factors(education: str, *levels: int, canadian_years: int = 0) -> dict[str, Any]:
    """``human_capital.spouse`` for an accompanying partner who is not Canadian."""
    return {"education": education, "first_language": {"clb": _clb(*levels)},
            "canadian_work_years": canadian_years}


def _hc(education: str | None, first: dict | None = None, second: dict | None = None, *,
        foreign: int | None = 0, canadian: int | None = 0, coq: bool | None = False,
        canadian_education: str | None = "none", nominated: bool | None = False,
        spouse: dict | None = None, funds: int | None = 20_000) -> dict[str, Any]:
    """Human capital. The Express Entry program facts follow from the work years where those are known
    (skilled work in TEER 1, all of it in the last ten years, Canadian work in the last three, no trade);
    the family is the client and an accompanying spouse."""
    worked = None if foreign is None or canadian is None else foreign + canadian
    return {
        "education": education,
        "first_language": first,
        "second_language": second,
        "canadian_work_years": canadian,
        "foreign_work_years": foreign,
        "certificate_of_qualification": coq,
        "canadian_education": canadian_education,
        "provincial_nomination": nominated,
        "spouse": spouse,
        "skilled_work_teer": 1 if worked else None,
        "skilled_work_years_last_10": None if worked is None else min(worked, 10),
        "canadian_work_years_last_3": None if canadian is None else min(canadian, 3),
        "trade_work_years_last_5": 0 if worked is not None and coq is not None else None,
        "family_size": 2 if spouse is not None else 1,
        "settlement_funds_cad": funds,
    }


def _parole(program: str, until: str | None) -> dict[str, Any]:
    return {"kind": "parole", "program": program, "valid_until": until}


def _tps(country: str, until: str | None) -> dict[str, Any]:
    return {"kind": "tps", "country": country, "valid_until": until}


def _ead(until: str | None) -> dict[str, Any]:
    return {"kind": "ead", "valid_until": until}


def _asylum() -> dict[str, Any]:
    return {"kind": "asylum_pending", "valid_until": None}


def _partner(relationship: str, since: str | None, status: str, *, in_canada: bool | None,
             accompanying: bool | None = False) -> dict[str, Any]:
    return {"relationship": relationship, "since": since, "status_in_canada": status,
            "lives_in_canada": in_canada, "accompanying": accompanying}


def _minor(accompanied: bool, parent_in_canada_or_us: bool) -> dict[str, bool]:
    return {"accompanied_by_parent_or_guardian": accompanied,
            "parent_or_guardian_in_canada_or_us": parent_in_canada_or_us}


def _entry(mode: str, on: str | None, claim: str | None = None) -> dict[str, Any]:
    return {"mode": mode, "date": on, "claim_made_on": claim}


_NO_CANADIAN_PARENTS = (("mother", False, "none", None), ("father", False, "none", None))


def _person(given: str, family: str, born: str, country: str, marital: str, languages: str, *,
            citizenships: str | None = None, us: Sequence[dict] = (), partner: dict | None = None,
            relatives: Sequence[tuple] | None = (), parents: tuple | None = _NO_CANADIAN_PARENTS,
            grandparent: bool | None = False, minor: dict | None = None, visa: bool = False,
            entry: dict | None = None, hc: dict | None = None, job: tuple | None = None,
            quebec: bool = False, artist_years: int = 0, net_worth: int = 0,
            designated_org: bool = False, sparse: bool = False) -> dict[str, Any]:
    """One case file. Facts not given are known negatives ("no Canadian parent", "never
    entered Canada"); ``sparse=True`` is a fresh intake where they are still unknown (null)."""
    known = (lambda value: None) if sparse else (lambda value: value)
    return {
        "format": FORMAT,
        "client": {
            "given_names": given,
            "family_name": family,
            "date_of_birth": born,
            "country_of_birth": country,
            "citizenships": (citizenships or country).split(),
            "marital_status": marital,
            "a_number": None,  # filled in by demo_cases
            "languages": languages.split(),
        },
        "us_status": list(us),
        "partner": partner,
        "relatives_in_canada": None if relatives is None else [
            {"relation": rel, "status": status, "age": age} for rel, status, age in relatives],
        "parents": None if sparse or parents is None else [
            {"relation": rel, "canadian_at_client_birth": at_birth, "canadian_by": by,
             "days_in_canada_before_client_birth": days}
            for rel, at_birth, by, days in parents],
        "grandparent_born_in_canada": known(grandparent),
        "minor": minor,
        "canadian_documents": known({"valid_visa_or_permit": visa}),
        "death_penalty_exposure": known(False),
        "canada_entry": entry if entry is not None else known(_entry("none", None)),
        "human_capital": hc,
        "job_offer": None if job is None else {"province": job[0], "teer": job[1]},
        "intends_quebec": known(quebec),
        "self_employment": known({"cultural_or_athletic_years": artist_years}),
        "business": known({"net_worth_cad": net_worth, "designated_org_support": designated_org}),
    }


def _a_number(index: int) -> str:
    """A made-up, unique A-number for the index-th demo client."""
    return f"A{(204_318_557 + index * 3_917_521) % 900_000_000 + 100_000_000:09d}"


# --- the caseload -----------------------------------------------------------------------

def _people(d: _Clock) -> list[dict[str, Any]]:
    P = _person

    def tps(country: str, known: bool = True) -> dict[str, Any]:
        """TPS ending on the demo's date for ``country``; ``known=False``: end date unknown."""
        return _tps(country, d(_TPS_END[country]) if known else None)

    return [
        # -- CHNV parolees with a Canadian spouse or partner -----------------------------
        P("Yoandri", "Hernández Figueredo", "1987-03-14", "CU", "married", "es",
          us=[_parole("CHNV", d(-41)), _ead(d(-41))],
          partner=_partner("spouse", d.ago(4, 120), "citizen", in_canada=True),
          hc=_hc("secondary", foreign=9)),
        P("Daniela Alejandra", "Castillo Ñáñez", "1993-08-02", "VE", "common_law", "es en",
          us=[_parole("CHNV", d(5)), tps("VE"), _ead(d(5))],
          partner=_partner("common_law", d.ago(2, 45), "citizen", in_canada=False,
                           accompanying=True),
          hc=_hc("bachelor", _en(6, 7, 6, 5), foreign=4)),
        P("Jean-Robert", "Pierre-Louis", "1984-11-23", "HT", "married", "ht fr en",
          us=[_parole("CHNV", d(18)), _ead(d(18))],
          partner=_partner("spouse", d.ago(6, 30), "permanent_resident", in_canada=True),
          quebec=True),
        P("Marisol", "Ortega Gaitán", "1990-01-30", "NI", "married", "es",
          us=[_parole("CHNV", d(-200)), _asylum(), _ead(d(64))],
          partner=_partner("spouse", d.ago(3, 200), "citizen", in_canada=False,
                           accompanying=True)),
        P("Reinaldo José", "Báez Colmenares", "1982-06-09", "VE", "single", "es en",
          us=[_parole("CHNV", d(27)), tps("VE", known=False)],
          partner=_partner("conjugal", d.ago(2, 10), "citizen", in_canada=True)),
        P("Roselaure", "Dorvilus", "1979-04-17", "HT", "married", "ht fr",
          us=[_parole("CHNV", d(-12)), _ead(d(-12))],
          # A permanent resident who has lived in Boston for years: may not meet residency.
          partner=_partner("spouse", d.ago(11), "permanent_resident", in_canada=False,
                           accompanying=True)),
        P("Yusleidy", "Cárdenas Quiñones", "1995-12-05", "CU", "common_law", "es",
          us=[_parole("CHNV", d(88)), _ead(d(88))],
          partner=_partner("common_law", d.ago(1, 200), "permanent_resident", in_canada=True)),

        # -- Haitian TPS holders with relatives in Canada ---------------------------------
        P("Wilner", "Jean-Baptiste", "1986-02-11", "HT", "married", "ht fr en",
          us=[tps("HT"), _ead(d(74))],
          partner=_partner("spouse", d.ago(9), "none", in_canada=False, accompanying=False),
          relatives=[("brother", "citizen", 41)]),
        P("Guerline", "Désir", "1991-07-28", "HT", "single", "ht fr",
          us=[tps("HT"), _ead(d(4))],
          relatives=[("sister", "permanent_resident", 29)]),
        P("Mackenson", "Théodore", "1998-10-03", "HT", "single", "ht fr en",
          us=[tps("HT", known=False), _ead(d(-3))],
          relatives=[("mother", "protected_person", 58)]),
        P("Nadège", "Saint-Fleur", "1989-05-19", "HT", "divorced", "ht fr",
          us=[tps("HT"), _ead(d(150))],
          relatives=[("uncle", "work_permit", 52), ("cousin", "citizen", 33)]),
        P("Fritznel", "Augustin", "1977-09-09", "HT", "widowed", "ht fr",
          us=[tps("HT")],
          relatives=[("aunt", "refugee_claimant", 47)]),
        # Only a cousin in Canada: cousins are not family members under the STCA.
        P("Islande", "Joseph", "1993-03-25", "HT", "single", "ht",
          us=[tps("HT"), _ead(d(21))],
          relatives=[("cousin", "citizen", 35)]),
        # The brother's pending claim does not count: he is under 18.
        P("Kervens", "Louis-Jeune", "2000-12-30", "HT", "single", "ht fr en",
          us=[tps("HT"), _ead(d(74))],
          relatives=[("brother", "refugee_claimant", 17), ("cousin", "permanent_resident", 26)]),
        P("Dieunette", "Charles", "1971-08-14", "HT", "married", "ht fr en",
          us=[tps("HT"), _ead(d(33))],
          partner=_partner("spouse", d.ago(27), "none", in_canada=False, accompanying=True),
          relatives=[("father", "citizen", 79), ("sister", "stayed_removal_hc", 49)],
          hc=_hc("two_year", _en(5), foreign=20,
                 spouse=_spouse_factors("secondary", 4))),

        # -- Possibly Canadian already: citizenship by descent ------------------------------
        P("Patricia", "O'Brien Salazar", "1985-09-21", "VE", "divorced", "es en",
          us=[_parole("CHNV", d(-60)), tps("VE"), _ead(d(-60))],
          parents=(("mother", True, "birth_in_canada", None), ("father", False, "none", None)),
          hc=_hc("bachelor", _en(8, 8, 7, 7), foreign=10)),
        P("Stéphanie", "Beauvoir", "1992-04-04", "HT", "single", "fr ht en",
          us=[tps("HT"), _ead(d(35))],
          parents=(("father", True, "naturalization", None), ("mother", False, "none", None))),
        P("Gabriel Antonio", "Chamorro Lacayo", "1990-07-16", "NI", "married", "es en",
          us=[tps("NI"), _asylum(), _ead(d(60))],
          partner=_partner("spouse", d.ago(5, 90), "none", in_canada=False, accompanying=True),
          parents=(("mother", True, "descent", 1460), ("father", False, "none", None))),
        P("Olena", "Marchenko", "1996-02-27", "UA", "single", "uk ru en",
          us=[_parole("U4U", d(130)), tps("UA"), _ead(d(-33))],
          parents=(("father", True, "descent", 420), ("mother", False, "none", None)),
          hc=_hc("master", _en(8), foreign=3)),
        P("Luis Alberto", "Peña Ibáñez", "1983-10-10", "CU", "married", "es",
          us=[_parole("CHNV", d(-90)), _asylum()],
          partner=_partner("spouse", d.ago(12), "none", in_canada=False, accompanying=True),
          grandparent=True,
          hc=_hc("two_year", _en(4), foreign=15, spouse=_spouse_factors("bachelor", 4))),
        # Mother born in Montréal; whether she was still a citizen in 1988 is not known yet.
        P("Rachelle", "Étienne", "1988-01-07", "HT", "single", "fr ht en",
          us=[tps("HT"), _ead(d(74))],
          parents=(("mother", None, "birth_in_canada", None), ("father", False, "none", None))),

        # -- Minors ---------------------------------------------------------------------------
        P("Yeferson Alexis", "Rodríguez Maldonado", d.ago(16, 45), "HN", "single", "es",
          us=[_asylum(), {"kind": "other", "valid_until": None}],
          minor=_minor(accompanied=False, parent_in_canada_or_us=False)),
        P("Nahomy Valentina", "Guerrero Lozada", d.ago(17, 200), "VE", "single", "es en",
          us=[tps("VE", known=False)],
          minor=_minor(accompanied=True, parent_in_canada_or_us=True)),

        # -- Francophone professionals ------------------------------------------------------
        P("Élodie", "Lefèvre", "1996-06-12", "HT", "single", "fr ht en",
          us=[_parole("CHNV", d(12)), _ead(d(12))],
          hc=_hc("master", _fr(10, 10, 9, 9), _en(7, 8, 7, 6), foreign=4)),
        P("Marie-Ange", "Célestin", "1987-09-30", "HT", "married", "fr ht en",
          us=[tps("HT"), _ead(d(74))],
          partner=_partner("spouse", d.ago(8), "none", in_canada=False, accompanying=True),
          hc=_hc("two_or_more", _fr(9), _en(5), foreign=8,
                 spouse=_spouse_factors("bachelor", 7)),
          quebec=True),
        P("Armelle", "Ngo Mbock", "1991-03-03", "CM", "single", "fr en",
          us=[tps("CM"), _asylum(), _ead(d(41))],
          hc=_hc("master", _fr(9, 10, 9, 9), _en(8), foreign=5)),

        # -- Ukrainians paroled under Uniting for Ukraine -----------------------------------
        P("Oleksandr", "Shevchenko", "1989-05-08", "UA", "married", "uk ru en",
          us=[_parole("U4U", d(46)), tps("UA"), _ead(d(46))],
          partner=_partner("spouse", d.ago(7), "none", in_canada=False, accompanying=True),
          hc=_hc("master", _en(9, 9, 8, 8), foreign=8, spouse=_spouse_factors("bachelor", 6)),
          job=("ON", 1)),
        P("Yuliia", "Bondarenko", "1991-11-19", "UA", "divorced", "uk en",
          us=[_parole("U4U", d(9)), _ead(d(9))],
          relatives=[("sister", "work_permit", 38)],
          hc=_hc("bachelor", _en(test=_ielts(7.0, 7.5, 6.5, 6.5)), foreign=6),
          job=("MB", 1)),
        P("Andriy", "Tkachuk", "1978-03-02", "UA", "married", "uk ru",
          us=[_parole("U4U", d(-15)), _ead(d(-15))],
          partner=_partner("spouse", d.ago(22), "none", in_canada=False, accompanying=False),
          relatives=[("brother", "permanent_resident", 44)],
          hc=_hc("two_year", _en(5), foreign=24, coq=None)),
        P("Kateryna", "Hnatiuk", "2001-08-08", "UA", "single", "uk en",
          us=[_parole("U4U", d(210)), tps("UA")],
          hc=_hc("bachelor", _en(8), foreign=1)),

        # -- Other TPS holders -----------------------------------------------------------------
        P("Abdelrahman", "Osman Elamin", "1985-12-01", "SD", "married", "ar en",
          us=[tps("SD"), _ead(d(-33))],
          partner=_partner("spouse", d.ago(10), "none", in_canada=False, accompanying=True),
          hc=_hc("master", _en(test=_ielts(6.5, 7.0, 6.0, 6.0)), foreign=11,
                 spouse=_spouse_factors("secondary", 4))),
        P("Hawa", "Adam Yahya", "1994-06-20", "SD", "single", "ar en",
          us=[tps("SD"), _ead(d(150))],
          relatives=[("brother", "protected_person", 31)]),
        P("Fadumo", "Abdi Hassan", "1990-09-09", "SO", "married", "so ar en",
          us=[tps("SO"), _asylum(), _ead(d(19))],
          partner=_partner("spouse", d.ago(1, 60), "citizen", in_canada=True)),
        P("Abdirahman", "Warsame Nuur", "1982-02-14", "SO", "single", "so ar en",
          us=[tps("SO"), _ead(d(-249))],
          relatives=[("sister", "citizen", 39)]),
        P("José Ángel", "Zelaya Núñez", "1976-05-05", "HN", "married", "es",
          us=[tps("HN"), _ead(d(30))],
          partner=_partner("spouse", d.ago(25), "none", in_canada=False, accompanying=False),
          hc=_hc("secondary", None, foreign=22, coq=False)),
        P("Karla Yamileth", "Mejía Cáceres", "1999-10-22", "HN", "single", "es en",
          us=[tps("HN"), _ead(d(30))],
          relatives=[("uncle", "citizen", 56)]),
        P("Francisco Javier", "Aráuz Ñurinda", "1980-03-18", "NI", "common_law", "es",
          us=[tps("NI"), _asylum(), _ead(d(95))],
          partner=_partner("common_law", d.ago(6), "none", in_canada=False, accompanying=True),
          relatives=[("nephew", "refugee_claimant", 24)]),
        P("Génesis Carolina", "Briceño Ávila", "1997-01-29", "VE", "single", "es en",
          us=[tps("VE"), _asylum(), _ead(d(6))]),

        # -- Already in Canada ------------------------------------------------------------------
        # Crossed between ports 9 days ago: the 14-day clock is running.
        P("Wisline", "Pierre", "1994-12-12", "HT", "single", "ht fr",
          us=[tps("HT")], relatives=[("cousin", "citizen", 30)],
          entry=_entry("between_ports", d(-9))),
        # Crossed 19 days ago and has not claimed: past the 14 days.
        P("Jhonatan", "Colmenárez Díaz", "1992-04-30", "CO", "single", "es",
          citizenships="VE CO", us=[tps("VE")], relatives=None,
          entry=_entry("between_ports", d(-19)), sparse=True),
        P("Darline", "Fénelon", "1986-05-31", "HT", "single", "ht fr en",
          us=[tps("HT"), _ead(d(74))], relatives=[("sister", "citizen", 36)],
          entry=_entry("port_of_entry", d(-3), d(-3))),

        # -- A valid Canadian visa --------------------------------------------------------------
        P("Ana Lucía", "Fernández Ibarra", "1986-08-25", "CU", "separated", "es en",
          us=[_parole("CHNV", d(60)), _ead(d(60))], visa=True,
          hc=_hc("bachelor", _en(6), foreign=12)),

        # -- Capital and business ----------------------------------------------------------------
        P("Rafael Ignacio", "Echeverría Sáenz", "1969-02-03", "VE", "married", "es en",
          us=[_parole("CHNV", d(-30)), _asylum(), _ead(d(120))],
          partner=_partner("spouse", d.ago(30), "none", in_canada=False, accompanying=True),
          hc=_hc("master", _en(7), foreign=30, spouse=_spouse_factors("bachelor", 5)),
          net_worth=2_600_000),
        P("Carolina", "Somarriba Gutiérrez", "1988-11-11", "NI", "single", "es en",
          us=[_parole("CHNV", d(-5)), _ead(d(-5))],
          hc=_hc("master", _en(9), foreign=9), net_worth=310_000, designated_org=True),

        # -- Artists -------------------------------------------------------------------------------
        P("Yasiel", "Rivero Lazo", "1984-07-07", "CU", "divorced", "es",
          us=[_parole("CHNV", d(15)), _ead(d(15))], artist_years=9),
        P("Oriana", "Zambrano Lugo", "1993-05-24", "VE", "single", "es en",
          us=[tps("VE"), _asylum(), _ead(d(77))], artist_years=5,
          hc=_hc("bachelor", _en(6), foreign=5)),

        # -- Nothing but a U.S. status running out -------------------------------------------------
        P("Thị Hồng", "Nguyễn", "1983-09-02", "VN", "single", "vi en",
          us=[_asylum(), _ead(d(12))], relatives=[]),
        P("Zarghona", "Ahmadzai", "1995-02-18", "AF", "single", "ps fa en",
          us=[_parole("OAW", d(23)), _ead(d(23))]),
        P("Juan Camilo", "Gómez Restrepo", "1991-10-30", "CO", "single", "es",
          us=[_parole("FRP", d(-311)), _ead(d(-311))]),
        P("Wendy Marisol", "Argueta Hernández", "2002-01-15", "SV", "single", "es en",
          us=[_parole("CAM", d(140)), tps("SV")]),
        P("Pemba", "Sherpa", "1987-12-24", "NP", "married", "ne en",
          us=[tps("NP"), _asylum(), _ead(d(2))],
          partner=_partner("spouse", d.ago(14), "none", in_canada=False, accompanying=None)),
        P("Selamawit", "Tesfaye Bekele", "1990-04-08", "ET", "single", "am en",
          us=[tps("ET"), _ead(d(97))]),
        P("Mahmoud", "Al-Khatib", "1981-06-30", "SY", "divorced", "ar en",
          us=[tps("SY"), _ead(d(2))]),
        P("Kettly", "Mompremier", "1968-10-19", "HT", "widowed", "ht",
          us=[tps("HT"), _ead(d(74))], relatives=None, sparse=True),
        P("Yanelis", "Fonseca Peña", "1999-03-09", "CU", "single", "es",
          us=[_parole("CHNV", d(-1))], relatives=None, sparse=True),
        P("Thiri", "Aung", "1992-08-16", "MM", "single", "my en",
          us=[tps("MM"), _ead(d(55))]),
        P("Yorman José", "Mújica Araque", "1989-01-21", "VE", "single", "es",
          us=[tps("VE"), _ead(d(-379))]),
        P("Dania", "Banegas Matamoros", "1985-07-12", "HN", "divorced", "es",
          us=[tps("HN"), _ead(d(30))]),
    ]


def demo_cases(today: _dt.date) -> list[dict[str, Any]]:
    """The demo caseload as ``casedesk.case/1`` dicts, with reminder dates around ``today``.

    The result is the same for the same ``today``; each call returns fresh dicts.
    """
    cases = _people(_Clock(today))
    for index, case in enumerate(cases):
        case["client"]["a_number"] = _a_number(index)
    return cases
