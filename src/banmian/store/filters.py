"""What a search, an export or a trend can be narrowed to, and the dates they are given in."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from banmian.model import valid_date
from banmian.store.errors import QueryError

# The databases' integers: a limit or an offset is 64 bits (a page number 32: model.PAGE_NUMBER_END).
SQL_INTEGER_END = 2**63
# A story that jumps is searched as one text: its head's row in the search index holds the whole
# story's body (articles.story_body), and the parts it continues with are left out of matches.
CONTINUATIONS = "SELECT t.seq FROM jumps j JOIN articles t ON t.id = j.to_id"
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class Filters:
    """Articles of one paper, of issues between two dates, of one kind, credited to a reporter,
    mentioning an entity (by its canonical form, of one type if given), mentioning a date
    within a day, month or year (YYYY-MM-DD, YYYY-MM or YYYY), read by OCR with a low
    confidence (model.LOW_OCR_CONFIDENCE)."""

    paper: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    kind: str | None = None
    reporter: str | None = None
    entity: str | None = None
    entity_type: str | None = None
    mentions_date: str | None = None
    low_ocr_confidence: bool = False

    def __post_init__(self):
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None and not valid_date(value):
                raise QueryError(f"bad date {value!r}: expected YYYY-MM-DD")
        object.__setattr__(self, "entity_type", entity_type_of(self.entity_type))
        if self.mentions_date is not None:
            period_filter(self.mentions_date)


def entity_type_of(name: str | None) -> str | None:
    """The type code (PER, ORG, LOC) a type is given by: the code, or its name, singular or plural,
    in any case (people, Places, organization)."""
    if name is None:
        return None
    code = _TYPE_NAMES.get(name.strip().lower())
    if code is None:
        raise QueryError(f"unknown entity type {name!r}: give person (PER), organisation (ORG) or place (LOC)")
    return code


_TYPE_NAMES = {name: code for code, names in (
    ("PER", ("person", "persons", "people")),
    ("ORG", ("organisation", "organisations", "organization", "organizations")),
    ("LOC", ("place", "places", "location", "locations")),
) for name in (code.lower(), *names)}


def period_days(value: str) -> tuple[str | None, str | None]:
    """First and last day of YYYY, YYYY-MM or YYYY-MM-DD, or of FROM/TO made of two of them (as a
    span such as 今年以来 is stored: 2024-01-01/2024-01-23); (None, None) for anything else."""
    start, slash, end = value.partition("/")
    if slash:
        first, last = period_days(start)[0], period_days(end)[1]
        return (first, last) if first and last and first <= last and "/" not in end else (None, None)
    match = _PERIOD.match(value)
    if not match:
        return None, None
    year, month, day = match.groups()
    if day:
        return (value, value) if valid_date(value) else (None, None)
    if month:
        if not 1 <= int(month) <= 12:
            return None, None
        last = calendar.monthrange(int(year), int(month))[1]
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    return f"{year}-01-01", f"{year}-12-31"


def period_filter(value: str) -> tuple[str, str]:
    """The first and last day of a date-mentioned filter, or a QueryError."""
    first, last = period_days(value)
    if first is None or last is None:
        raise QueryError(f"bad date {value!r}: expected YYYY, YYYY-MM, YYYY-MM-DD or FROM/TO of those")
    return first, last


def month_days(month: str) -> tuple[str, str]:
    """First and last day of a month given as YYYY-MM, or a QueryError."""
    first, last = period_days(month) if len(month) == 7 else (None, None)
    if first is None or last is None:
        raise QueryError(f"bad month {month!r}: expected YYYY-MM")
    return first, last
