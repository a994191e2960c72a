"""The ``casedesk.case/1`` case file: validate a JSON document into ``CaseFacts`` and back.

Validation never guesses: a wrong value is an error naming its field (``client.date_of_birth:
not a date: '1990-13-45'``); a missing or null value is simply unknown. Unknown keys are kept
out of the facts and reported as warnings, so a typo is seen without failing a whole batch.
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Any

from . import vocab
from .errors import CaseFileError, FieldError
from .facts import (
    Business, CanadaEntry, CanadianDocuments, CaseFacts, Documents, ExpressEntryProfile, HumanCapital, Identity,
    JobOffer, LanguageResult, Minor, Parent, Partner, Relative, SelfEmployment, SpouseFactors, Task, UsStatus,
)

MAX_NAME = 200
MAX_LIST = 50
MAX_NOTES = 20_000
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_COUNTRY = re.compile(r"[A-Z]{2}")
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
_A_NUMBER = re.compile(r"A?\d{8,9}")
# Control characters, and lone UTF-16 surrogates (a JSON escape like "\ud800" that no text encoding can store).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_IN_NOTES = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")  # tabs and newlines allowed
# Dates a case can hold: wide enough for any birth or deadline, narrow enough for date arithmetic.
FIRST_YEAR, LAST_YEAR = 1850, 2200


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


class _Reader:
    """Reads one JSON object's fields, collecting errors and unknown keys by path."""

    def __init__(self, obj: dict, path: str, errors: list[FieldError], warnings: list[FieldError]):
        self.obj = obj
        self.path = path
        self.errors = errors
        self.warnings = warnings
        self._seen: set[str] = set()

    def _at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def fail(self, key: str, message: str) -> None:
        self.errors.append(FieldError(self._at(key), message))

    def raw(self, key: str) -> Any:
        self._seen.add(key)
        return self.obj.get(key)

    def done(self) -> None:
        for key in self.obj:
            if key not in self._seen:
                self.warnings.append(FieldError(self._at(str(key)), "unknown field, ignored"))

    def text(self, key: str, *, max_len: int = MAX_NAME, control: re.Pattern[str] = _CONTROL) -> str | None:
        value = self.raw(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.fail(key, f"not text: {_show(value)}")
        elif len(value) > max_len:
            self.fail(key, f"too long: {len(value)} characters (at most {max_len})")
        elif control.search(value):
            self.fail(key, f"contains a control or invalid character: {_show(value)}")
        else:
            return value
        return None

    def date(self, key: str) -> date | None:
        value = self.raw(key)
        if value is None:
            return None
        if isinstance(value, str) and _DATE.fullmatch(value):
            try:
                parsed = date.fromisoformat(value)
            except ValueError:
                pass
            else:
                if FIRST_YEAR <= parsed.year <= LAST_YEAR:
                    return parsed
                self.fail(key, f"out of range {FIRST_YEAR}-{LAST_YEAR}: {_show(value)}")
                return None
        self.fail(key, f"not a date: {_show(value)}")
        return None

    def choice(self, key: str, choices: tuple[str, ...]) -> str | None:
        value = self.raw(key)
        if value is None:
            return None
        if isinstance(value, str) and value in choices:
            return value
        self.fail(key, f"not one of {', '.join(choices)}: {_show(value)}")
        return None

    def flag(self, key: str) -> bool | None:
        value = self.raw(key)
        if value is None or isinstance(value, bool):
            return value
        self.fail(key, f"not true or false: {_show(value)}")
        return None

    def whole(self, key: str, lo: int, hi: int) -> int | None:
        value = self.raw(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(key, f"not a whole number: {_show(value)}")
        elif not lo <= value <= hi:
            self.fail(key, f"out of range {lo}-{hi}: {value}")
        else:
            return value
        return None

    def number(self, key: str, lo: float, hi: float, step: float | None = None) -> float | None:
        value = self.raw(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            self.fail(key, f"not a number: {_show(value)}")
        elif not lo <= value <= hi:
            self.fail(key, f"out of range {lo:g}-{hi:g}: {value}")
        elif step is not None and not math.isclose(value / step, round(value / step)):
            self.fail(key, f"not a multiple of {step:g}: {value}")
        else:
            return value
        return None

    def codes(self, key: str, pattern: re.Pattern[str], what: str) -> tuple[str, ...]:
        value = self.raw(key)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.fail(key, f"not a list: {_show(value)}")
            return ()
        if len(value) > MAX_LIST:
            self.fail(key, f"too many entries: {len(value)} (at most {MAX_LIST})")
            return ()
        out = []
        for i, item in enumerate(value):
            if isinstance(item, str) and pattern.fullmatch(item):
                out.append(item)
            else:
                self.errors.append(FieldError(f"{self._at(key)}[{i}]", f"not {what}: {_show(item)}"))
        return tuple(out)

    def code(self, key: str, pattern: re.Pattern[str], what: str) -> str | None:
        value = self.raw(key)
        if value is None:
            return None
        if isinstance(value, str) and pattern.fullmatch(value):
            return value
        self.fail(key, f"not {what}: {_show(value)}")
        return None

    def section(self, key: str) -> _Reader | None:
        value = self.raw(key)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.fail(key, f"not an object: {_show(value)}")
            return None
        return _Reader(value, self._at(key), self.errors, self.warnings)

    def items(self, key: str) -> list[_Reader] | None:
        value = self.raw(key)
        if value is None:
            return None
        if not isinstance(value, list):
            self.fail(key, f"not a list: {_show(value)}")
            return []
        if len(value) > MAX_LIST:
            self.fail(key, f"too many entries: {len(value)} (at most {MAX_LIST})")
            return []
        out = []
        for i, item in enumerate(value):
            at = f"{self._at(key)}[{i}]"
            if isinstance(item, dict):
                out.append(_Reader(item, at, self.errors, self.warnings))
            else:
                self.errors.append(FieldError(at, f"not an object: {_show(item)}"))
        return out


COUNTRY_CODE = "an ISO 3166-1 alpha-2 country code"
LANGUAGE_CODE = "an ISO 639 language code"


def _identity(r: _Reader | None) -> Identity:
    if r is None:
        r = _Reader({}, "client", [], [])
    given = r.text("given_names") or ""
    family = r.text("family_name") or ""
    if not given.strip() and not family.strip() and "given_names" not in {e.path[7:] for e in r.errors}:
        r.fail("family_name", "a client needs a family name or given names")
    a_number = r.text("a_number", max_len=20)
    if a_number is not None and not _A_NUMBER.fullmatch(re.sub(r"[\s-]", "", a_number).upper()):
        r.fail("a_number", f"not an A-number (A followed by 8 or 9 digits): {_show(a_number)}")
        a_number = None
    identity = Identity(
        given_names=given,
        family_name=family,
        date_of_birth=r.date("date_of_birth"),
        country_of_birth=r.code("country_of_birth", _COUNTRY, COUNTRY_CODE),
        citizenships=r.codes("citizenships", _COUNTRY, COUNTRY_CODE),
        marital_status=r.choice("marital_status", vocab.MARITAL_STATUSES),
        a_number=a_number,
        languages=r.codes("languages", _LANGUAGE_CODE, LANGUAGE_CODE),
    )
    r.done()
    return identity


def _us_status(r: _Reader) -> UsStatus:
    kind = r.choice("kind", vocab.US_STATUS_KINDS)
    if kind is None and r.raw("kind") is None:
        r.fail("kind", f"required: one of {', '.join(vocab.US_STATUS_KINDS)}")
    status = UsStatus(
        kind=kind or "other",
        program=r.choice("program", vocab.PAROLE_PROGRAMS),
        country=r.code("country", _COUNTRY, COUNTRY_CODE),
        valid_until=r.date("valid_until"),
    )
    r.done()
    return status


def _partner(r: _Reader) -> Partner:
    p = Partner(
        relationship=r.choice("relationship", vocab.PARTNER_RELATIONSHIPS),
        since=r.date("since"),
        status_in_canada=r.choice("status_in_canada", vocab.CANADIAN_STATUSES),
        lives_in_canada=r.flag("lives_in_canada"),
        accompanying=r.flag("accompanying"),
    )
    r.done()
    return p


def _relative(r: _Reader) -> Relative:
    relation = r.choice("relation", vocab.RELATIONS)
    if relation is None and r.raw("relation") is None:
        r.fail("relation", f"required: one of {', '.join(vocab.RELATIONS)}")
    rel = Relative(
        relation=relation or "other",
        status=r.choice("status", vocab.CANADIAN_STATUSES),
        age=r.whole("age", 0, 130),
    )
    r.done()
    return rel


def _parent(r: _Reader) -> Parent:
    p = Parent(
        relation=r.choice("relation", vocab.PARENT_RELATIONS),
        canadian_at_client_birth=r.flag("canadian_at_client_birth"),
        canadian_by=r.choice("canadian_by", vocab.CANADIAN_BY),
        days_in_canada_before_client_birth=r.whole("days_in_canada_before_client_birth", 0, 50_000),
    )
    r.done()
    return p


def _scores(r: _Reader, test: str) -> dict[str, float] | None:
    ranges = vocab.LANGUAGE_TESTS[test]
    scores = {a: r.number(a, *ranges[a]) for a in vocab.ABILITIES}
    r.done()
    return {a: v for a, v in scores.items() if v is not None} or None


def _clb(r: _Reader) -> dict[str, int] | None:
    levels = {a: r.whole(a, 0, 12) for a in vocab.ABILITIES}
    r.done()
    return {a: v for a, v in levels.items() if v is not None} or None


def _test_result(r: _Reader) -> tuple[str | None, dict[str, float] | None]:
    test = r.choice("test", tuple(vocab.LANGUAGE_TESTS))
    if test is None:
        r.raw("scores")
        return None, None
    scores_r = r.section("scores")
    return test, (_scores(scores_r, test) if scores_r else None)


def _language(r: _Reader) -> LanguageResult:
    language = r.choice("language", vocab.OFFICIAL_LANGUAGES)
    clb_r = r.section("clb")
    if clb_r is not None and "test" in clb_r.obj:
        test, scores = _test_result(clb_r)
        clb_r.done()
        result = LanguageResult(language, None, test, scores, test_inside_clb=True)
    elif clb_r is not None:
        result = LanguageResult(language, _clb(clb_r))
    elif "test" in r.obj:
        test, scores = _test_result(r)
        result = LanguageResult(language, None, test, scores, test_inside_clb=test is None)
    else:
        result = LanguageResult(language)
    r.done()
    return result


def _spouse(r: _Reader) -> SpouseFactors:
    lang = r.section("first_language")
    s = SpouseFactors(
        education=r.choice("education", vocab.EDUCATION_LEVELS),
        first_language=_language(lang) if lang else None,
        canadian_work_years=r.whole("canadian_work_years", 0, 60),
    )
    r.done()
    return s


def _human_capital(r: _Reader) -> HumanCapital:
    first = r.section("first_language")
    second = r.section("second_language")
    spouse = r.section("spouse")
    hc = HumanCapital(
        education=r.choice("education", vocab.EDUCATION_LEVELS),
        first_language=_language(first) if first else None,
        second_language=_language(second) if second else None,
        canadian_work_years=r.whole("canadian_work_years", 0, 60),
        foreign_work_years=r.whole("foreign_work_years", 0, 60),
        certificate_of_qualification=r.flag("certificate_of_qualification"),
        canadian_education=r.choice("canadian_education", vocab.CANADIAN_EDUCATION),
        provincial_nomination=r.flag("provincial_nomination"),
        spouse=_spouse(spouse) if spouse else None,
    )
    r.done()
    return hc


def _optional(r: _Reader | None, build):
    if r is None:
        return None
    value = build(r)
    r.done()
    return value


def _task(r: _Reader) -> Task:
    raw_title = r.raw("title")
    title = r.text("title")
    if raw_title is None or (isinstance(raw_title, str) and not raw_title.strip()):
        r.fail("title", "required: what is to be done")
    due = r.date("due")
    if due is None and r.raw("due") is None:
        r.fail("due", "required: the date it is due")
    task = Task(title=title or "", due=due or date.min, note=r.text("note", max_len=MAX_NOTES,
                                                                    control=_CONTROL_IN_NOTES),
                tag=r.text("tag", max_len=40))
    r.done()
    return task


def _listed(readers: list[_Reader] | None, build) -> tuple | None:
    return None if readers is None else tuple(build(r) for r in readers)


def read_case(data: Any) -> tuple[CaseFacts | None, list[FieldError], list[FieldError]]:
    """Validate one case-file document: ``(facts or None, errors, warnings)``."""
    errors: list[FieldError] = []
    warnings: list[FieldError] = []
    if not isinstance(data, dict):
        return None, [FieldError("", f"a case file is a JSON object, not {_show(data)}")], warnings
    top = _Reader(data, "", errors, warnings)
    fmt = top.raw("format")
    if fmt is not None and fmt != vocab.FORMAT:
        top.fail("format", f"not {vocab.FORMAT}: {_show(fmt)}")
    client = top.section("client")
    if client is None and data.get("client") is None:
        top.fail("client", "required: the client's names and identity")
    facts = CaseFacts(
        client=_identity(client),
        us_status=_listed(top.items("us_status"), _us_status),
        partner=_optional(top.section("partner"), _partner),
        relatives_in_canada=_listed(top.items("relatives_in_canada"), _relative),
        parents=_listed(top.items("parents"), _parent),
        grandparent_born_in_canada=top.flag("grandparent_born_in_canada"),
        minor=_optional(top.section("minor"), lambda r: Minor(
            r.flag("accompanied_by_parent_or_guardian"), r.flag("parent_or_guardian_in_canada_or_us"))),
        canadian_documents=_optional(top.section("canadian_documents"), lambda r: CanadianDocuments(
            r.flag("valid_visa_or_permit"))),
        death_penalty_exposure=top.flag("death_penalty_exposure"),
        canada_entry=_optional(top.section("canada_entry"), lambda r: CanadaEntry(
            r.choice("mode", vocab.ENTRY_MODES), r.date("date"), r.date("claim_made_on"))),
        human_capital=_optional(top.section("human_capital"), _human_capital),
        job_offer=_optional(top.section("job_offer"), lambda r: JobOffer(
            r.code("province", re.compile("|".join(vocab.PROVINCES)), "a Canadian province code"),
            r.whole("teer", 0, 5))),
        intends_quebec=top.flag("intends_quebec"),
        self_employment=_optional(top.section("self_employment"), lambda r: SelfEmployment(
            r.whole("cultural_or_athletic_years", 0, 80))),
        business=_optional(top.section("business"), lambda r: Business(
            r.number("net_worth_cad", 0, 1e13), r.flag("designated_org_support"))),
        notes=top.text("notes", max_len=MAX_NOTES, control=_CONTROL_IN_NOTES),
        documents=_optional(top.section("documents"), lambda r: Documents(
            r.date("passport_expiry"), r.date("language_test_date"), r.date("police_certificate_date"),
            r.date("medical_exam_date"))),
        express_entry=_optional(top.section("express_entry"), lambda r: ExpressEntryProfile(
            r.date("invitation_date"))),
        tasks=_listed(top.items("tasks"), _task) or (),
    )
    top.done()
    return (None if errors else facts), errors, warnings


def parse_case(data: Any, record: int | None = None) -> CaseFacts:
    """Validate one case-file document or raise ``CaseFileError`` naming every bad field."""
    facts, errors, _ = read_case(data)
    if errors:
        raise CaseFileError(errors, record)
    assert facts is not None
    return facts


# --- facts -> document --------------------------------------------------------------------

def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _num(v: float | None) -> float | int | None:
    return int(v) if isinstance(v, float) and v.is_integer() else v


def _language_doc(lang: LanguageResult | None, *, with_language: bool = True) -> dict | None:
    if lang is None:
        return None
    doc: dict[str, Any] = {"language": lang.language} if with_language or lang.language else {}
    if lang.test is not None:
        result = {"test": lang.test,
                  "scores": {a: _num(v) for a, v in lang.scores.items()} if lang.scores else None}
        if lang.test_inside_clb:
            doc["clb"] = result
        else:
            doc.update(result)
    else:
        doc["clb"] = dict(lang.clb) if lang.clb else None
    return doc


def _status_doc(s: UsStatus) -> dict[str, Any]:
    # As in the spec: a parole entry names its program, a TPS entry its country.
    doc: dict[str, Any] = {"kind": s.kind}
    if s.program is not None:
        doc["program"] = s.program
    if s.country is not None:
        doc["country"] = s.country
    doc["valid_until"] = _iso(s.valid_until)
    return doc


def case_to_dict(f: CaseFacts) -> dict[str, Any]:
    """The case file for these facts; ``read_case(case_to_dict(f))`` gives ``f`` back."""
    c, hc = f.client, f.human_capital
    return {
        "format": vocab.FORMAT,
        "client": {
            "given_names": c.given_names,
            "family_name": c.family_name,
            "date_of_birth": _iso(c.date_of_birth),
            "country_of_birth": c.country_of_birth,
            "citizenships": list(c.citizenships),
            "marital_status": c.marital_status,
            "a_number": c.a_number,
            "languages": list(c.languages),
        },
        "us_status": None if f.us_status is None else [_status_doc(s) for s in f.us_status],
        "partner": None if f.partner is None else {
            "relationship": f.partner.relationship,
            "since": _iso(f.partner.since),
            "status_in_canada": f.partner.status_in_canada,
            "lives_in_canada": f.partner.lives_in_canada,
            "accompanying": f.partner.accompanying,
        },
        "relatives_in_canada": None if f.relatives_in_canada is None else [
            {"relation": r.relation, "status": r.status, "age": r.age} for r in f.relatives_in_canada
        ],
        "parents": None if f.parents is None else [
            {"relation": p.relation, "canadian_at_client_birth": p.canadian_at_client_birth,
             "canadian_by": p.canadian_by,
             "days_in_canada_before_client_birth": p.days_in_canada_before_client_birth}
            for p in f.parents
        ],
        "grandparent_born_in_canada": f.grandparent_born_in_canada,
        "minor": None if f.minor is None else {
            "accompanied_by_parent_or_guardian": f.minor.accompanied_by_parent_or_guardian,
            "parent_or_guardian_in_canada_or_us": f.minor.parent_or_guardian_in_canada_or_us,
        },
        "canadian_documents": None if f.canadian_documents is None else {
            "valid_visa_or_permit": f.canadian_documents.valid_visa_or_permit,
        },
        "death_penalty_exposure": f.death_penalty_exposure,
        "canada_entry": None if f.canada_entry is None else {
            "mode": f.canada_entry.mode,
            "date": _iso(f.canada_entry.date),
            "claim_made_on": _iso(f.canada_entry.claim_made_on),
        },
        "human_capital": None if hc is None else {
            "education": hc.education,
            "first_language": _language_doc(hc.first_language),
            "second_language": _language_doc(hc.second_language),
            "canadian_work_years": hc.canadian_work_years,
            "foreign_work_years": hc.foreign_work_years,
            "certificate_of_qualification": hc.certificate_of_qualification,
            "canadian_education": hc.canadian_education,
            "provincial_nomination": hc.provincial_nomination,
            "spouse": None if hc.spouse is None else {
                "education": hc.spouse.education,
                "first_language": _language_doc(hc.spouse.first_language, with_language=False),
                "canadian_work_years": hc.spouse.canadian_work_years,
            },
        },
        "job_offer": None if f.job_offer is None else {
            "province": f.job_offer.province, "teer": f.job_offer.teer,
        },
        "intends_quebec": f.intends_quebec,
        "self_employment": None if f.self_employment is None else {
            "cultural_or_athletic_years": f.self_employment.cultural_or_athletic_years,
        },
        "business": None if f.business is None else {
            "net_worth_cad": _num(f.business.net_worth_cad),
            "designated_org_support": f.business.designated_org_support,
        },
    } | _optional_sections(f)


def _optional_sections(f: CaseFacts) -> dict[str, Any]:
    """Sections added after the first version of the format: written only when known."""
    doc: dict[str, Any] = {}
    if f.notes is not None:
        doc["notes"] = f.notes
    if f.documents is not None:
        d = f.documents
        doc["documents"] = {"passport_expiry": _iso(d.passport_expiry), "language_test_date": _iso(d.language_test_date),
                            "police_certificate_date": _iso(d.police_certificate_date),
                            "medical_exam_date": _iso(d.medical_exam_date)}
    if f.express_entry is not None:
        doc["express_entry"] = {"invitation_date": _iso(f.express_entry.invitation_date)}
    if f.tasks:
        doc["tasks"] = [{"title": t.title, "due": _iso(t.due), "note": t.note, "tag": t.tag} for t in f.tasks]
    return doc
