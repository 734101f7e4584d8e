"""The parser beyond single phrases: spans, choosing a candidate, never crashing, and
``dateparser`` staying out of start-up."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.capture import model
from journal.capture.model import AMBIGUOUS, PARTS, RESOLVED, Capture, Problem
from journal.capture.parser import parse
from tests.capture.people import ANA_LOPEZ, ANA_NUNEZ, EVERYONE, MADRID, NOW, TODAY, ListPeople


def _parse(text: str, **kwargs: object) -> Capture:
    return parse(text, today=TODAY, now=NOW, people=ListPeople(), zone=MADRID, **kwargs)  # type: ignore[arg-type]


def test_spans_point_at_the_words_each_part_came_from() -> None:
    text = "coffee with @Ana Núñez #networking gave advice, follow up in 2 weeks"
    capture = _parse(text)
    shown = {h.part: text[h.start : h.end] for h in capture.highlights}
    assert shown == {
        "channel": "coffee",
        "person": "@Ana Núñez",
        "kind": "#networking",
        "value": "gave advice",
        "followup": "follow up in 2 weeks",
    }


def test_spans_of_a_spanish_line_with_a_time_and_a_deal() -> None:
    text = 'demo @Globex trato "Annual licence" mañana a las 10, objeción precio'
    capture = _parse(text)
    shown = {h.part: text[h.start : h.end] for h in capture.highlights}
    assert shown["deal"] == 'trato "Annual licence"'
    assert shown["followup"] == "mañana a las 10"
    assert shown["objection"] == "objeción precio"
    assert shown["person"] == "@Globex"
    assert capture.followup is not None and capture.followup.due_time is not None
    assert capture.followup.due_time.hour == 10


def test_problems_point_at_the_text_they_are_about() -> None:
    text = "café con @Zoe Quintana, seguimiento el 30 de febrero"
    capture = _parse(text)
    spans = {p.code: text[p.start : p.end] for p in capture.problems if p.start is not None}
    assert spans == {"unknown_person": "@Zoe Quintana", "bad_date": "el 30 de febrero"}
    unknown = next(p for p in capture.problems if p.code == "unknown_person")
    assert "Zoe Quintana" in unknown.message


def test_ambiguous_person_lists_candidates_with_their_organization() -> None:
    capture = _parse("café con @Ana")
    assert capture.person.status == AMBIGUOUS
    assert capture.person.candidates == (ANA_NUNEZ, ANA_LOPEZ)
    (problem,) = capture.problems
    assert "Ana Núñez (Acme)" in problem.message and "Ana López (Initech)" in problem.message
    assert not capture.can_save(create_person=True)


def test_choosing_a_candidate_resolves_the_person_and_what_follows_from_them() -> None:
    capture = _parse("café con @Ana, seguimiento el viernes", choose=ANA_LOPEZ)
    assert capture.person.status == RESOLVED and capture.person.person == ANA_LOPEZ
    assert capture.ready
    assert capture.summary == "Café con Ana López"


def test_unknown_person_can_be_saved_only_when_creation_is_confirmed() -> None:
    capture = _parse("café con @Zoe Quintana")
    assert capture.needs_new_contact
    assert not capture.can_save()
    assert capture.can_save(create_person=True)


def test_typo_is_a_suggestion_never_a_match() -> None:
    capture = _parse("café con @Ana Nunes")
    assert capture.person.status == model.UNKNOWN
    assert capture.person.candidates[0] == ANA_NUNEZ
    assert "Ana Núñez" in capture.problems[0].message


def test_resolver_is_asked_about_the_name_words_only() -> None:
    people = ListPeople()
    parse("coffee with @Ana Núñez gave advice", today=TODAY, now=NOW, people=people, zone=MADRID)
    assert people.asked and all("gave" not in asked for asked in people.asked)


def test_aware_times_in_the_zone_given() -> None:
    capture = _parse("call @Luis yesterday at 18:30")
    assert capture.occurred_at.utcoffset() == timedelta(hours=1)
    assert capture.occurred_at.astimezone(UTC) == datetime(2026, 3, 9, 17, 30, tzinfo=UTC)


def test_local_zone_comes_from_the_clock_by_default(fake_clock: object) -> None:
    capture = parse("call @Luis at 9am", today=TODAY, now=NOW, people=ListPeople())
    assert capture.occurred_at == datetime(2026, 3, 10, 9, 0, tzinfo=MADRID)


# -- never a crash ---------------------------------------------------------------------------------

WORDS = [
    "@Ana",
    "@ana nunez",
    "@Globex",
    "@Hooli",
    "@",
    "#sales",
    "#red",
    "#",
    "coffee",
    "llamada",
    "follow up",
    "seguimiento",
    "el",
    "próximo",
    "martes",
    "pasado",
    "mañana",
    "a las",
    "10",
    "25:61",
    "99/99",
    "31/02/2026",
    "in",
    "2",
    "weeks",
    "hace",
    "ago",
    "deal",
    '"',
    '"Annual licence"',
    "objection",
    "precio",
    "gave",
    "me presentó",
    ",",
    ".",
    "de",
    "marzo",
    "9999",
    "0:00",
    "12am",
    "13pm",
    "\u0301",
    "ß",
    "İ",
]


def _check(capture: Capture, text: str) -> None:
    assert isinstance(capture, Capture) and capture.text == text
    assert capture.kind in ("networking", "sales")
    assert capture.occurred_at.tzinfo is not None
    assert capture.occurred_at <= NOW + timedelta(seconds=1)
    assert all(isinstance(p, Problem) and p.message for p in capture.problems)
    assert all(h.part in PARTS and 0 <= h.start < h.end <= len(text) for h in capture.highlights)
    if capture.followup is not None and capture.ready:
        assert capture.followup.due_date >= TODAY
    if capture.ready:
        assert capture.person.status == RESOLVED and capture.summary


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_no_text_crashes_the_parser(text: str) -> None:
    _check(_parse(text), text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=4)), max_size=14).map(" ".join))
def test_no_mix_of_capture_words_crashes_the_parser(text: str) -> None:
    _check(_parse(text), text)


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(9998, 12, 1)), st.sampled_from(WORDS))
def test_any_day_of_any_year_is_fine(today: date, word: str) -> None:
    now = datetime(today.year, today.month, today.day, 12, tzinfo=UTC)
    text = f"@Ana Núñez {word} follow up next friday, ayer"
    capture = parse(text, today=today, now=now, people=lambda _f: EVERYONE, zone=MADRID)
    assert capture.text == text


def test_an_overlong_line_is_a_problem_not_a_hang() -> None:
    text = "café con @Luis " + "muy " * 5000
    capture = _parse(text)
    assert {p.code for p in capture.problems} == {"too_long"}


def test_resolver_failure_is_not_the_parsers_to_hide() -> None:
    """A database error inside the resolver is the caller's to report (the CLI and the
    window tell the user); the parser must not turn it into "unknown person"."""

    def broken(_fragment: str) -> list[model.Person]:
        raise RuntimeError("disk gone")

    try:
        parse("café con @Luis", today=TODAY, now=NOW, people=broken, zone=MADRID)
    except RuntimeError as exc:
        assert "disk gone" in str(exc)
    else:
        raise AssertionError("the resolver's error was swallowed")


# -- start-up stays light --------------------------------------------------------------------------


def _modules_after(code: str) -> set[str]:
    probe = code + "\nimport sys\nprint(' '.join(sorted(sys.modules)))\n"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


def test_start_up_and_the_parser_module_do_not_import_dateparser() -> None:
    loaded = _modules_after(
        "import journal.app, journal.ui.main_window, journal.capture, journal.capture.parser\n"
        "import journal.capture.commands, journal.capture.save, journal.capture.directory\n"
        "from journal import cli\n"
        "cli.build_parser()\n"
    )
    assert "journal.capture.parser" in loaded
    assert not {m for m in loaded if m.split(".")[0] == "dateparser"}


def test_a_line_without_dates_never_loads_dateparser() -> None:
    loaded = _modules_after(
        "from datetime import UTC, date, datetime\n"
        "from journal.capture.parser import parse\n"
        "parse('café con @Luis objeción precio el viernes', today=date(2026, 3, 10),\n"
        "      now=datetime(2026, 3, 10, 10, tzinfo=UTC), people=lambda f: [])\n"
    )
    assert "dateparser" not in loaded


def test_dateparser_is_loaded_when_a_date_needs_it() -> None:
    loaded = _modules_after(
        "from datetime import UTC, date, datetime\n"
        "from journal.capture.parser import parse\n"
        "c = parse('café con @Luis, seguimiento en 2 semanas', today=date(2026, 3, 10),\n"
        "      now=datetime(2026, 3, 10, 10, tzinfo=UTC), people=lambda f: [])\n"
        "assert c.followup.due_date == date(2026, 3, 24), c\n"
    )
    assert "dateparser" in loaded
