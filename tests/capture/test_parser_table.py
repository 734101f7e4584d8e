"""The capture parser, phrase by phrase (English and Spanish).

Every row is one line a user could type on Tuesday 10 March 2026 at 11:00 in
Madrid, with what the preview must say about it. Only the keys a row names are
checked; every row also checks that the parser returned spans inside the text.

person: "Name" (resolved), "?A|B" (ambiguous between A and B), "+Typed" (unknown,
offer to create "Typed"), "-" (nobody named). when / followup: "YYYY-MM-DD HH:MM"
(local) or "YYYY-MM-DD" (a follow-up without a time). problems: the problem codes.
"""

from __future__ import annotations

from typing import Any

import pytest

from journal.capture.model import AMBIGUOUS, MISSING, RESOLVED, UNKNOWN, Capture
from journal.capture.parser import parse
from tests.capture.people import MADRID, NOW, TODAY, ListPeople

ROWS: list[tuple[str, dict[str, Any]]] = [
    # --- English -----------------------------------------------------------------------------
    (
        "coffee with @Ana Núñez #networking gave advice, follow up in 2 weeks",
        dict(
            person="Ana Núñez",
            kind="networking",
            kind_reason="tag",
            channel="meeting",
            value="gave advice",
            followup="2026-03-24",
            summary="Coffee with Ana Núñez gave advice",
            problems=set(),
        ),
    ),
    (
        "call @Pedro objection price, follow up next tuesday",
        dict(
            person="Pedro Gómez",
            kind="sales",
            kind_reason="objection",
            channel="call",
            objection="price",
            deal="Renovación 2026",
            followup="2026-03-17",
        ),
    ),
    (
        'demo @Globex deal "Annual licence" tomorrow 10:00',
        dict(
            person="John Smith",
            via="organization",
            kind="sales",
            kind_reason="deal",
            channel="meeting",
            deal="Annual licence",
            followup="2026-03-11 10:00",
            summary='Demo Globex deal "Annual licence"',
            problems=set(),
        ),
    ),
    ("email @ana nunez, sent the deck", dict(person="Ana Núñez", channel="email", kind="networking")),
    ("@ANA NÚÑEZ lunch", dict(person="Ana Núñez", channel="meeting", when="2026-03-10 11:00")),
    ("@Ana coffee", dict(person="?Ana Núñez|Ana López", channel="meeting", problems={"ambiguous_person"})),
    ("@Ana N coffee", dict(person="Ana Núñez", channel="meeting", problems=set())),
    ("met @nunez at the conference", dict(person="Ana Núñez", channel="event")),
    ("@Zoe Quintana coffee", dict(person="+Zoe Quintana", channel="meeting", problems={"unknown_person"})),
    ("@zoe angstrom call", dict(person="Zoë Ångström", channel="call")),
    ("text message to @Seán O'Brien", dict(person="Seán O'Brien", channel="message")),
    ("whatsapp @sean obrien", dict(person="Seán O'Brien", channel="message")),
    ("@Hooli meeting", dict(person="?Laura Pérez|Gavin Belson", problems={"ambiguous_person"})),
    (
        "@Initech call",
        dict(person="Laura Pérez", via="organization", kind="sales", kind_reason="open_deal", deal="Pilot"),
    ),
    ("@Laura Pérez coffee", dict(person="?Laura Pérez|Laura Pérez", problems={"ambiguous_person"})),
    (
        '@Laura Pérez deal "Pilot" call',
        dict(person="Laura Pérez", kind="sales", deal="Pilot", problems=set()),
    ),
    # "José" is a whole word of two names: ask, never guess
    ("@José coffee", dict(person="?María José Fernández|José Ángel Ruiz")),
    ("@José Ángel coffee", dict(person="José Ángel Ruiz")),
    ("@Jos coffee", dict(person="?María José Fernández|José Ángel Ruiz|Josefina Ortega")),
    ("@Josef coffee", dict(person="Josefina Ortega")),
    ("coffee with Ana", dict(person="-", problems={"missing_person"})),
    ("", dict(person="-", problems={"empty"})),
    ("   ", dict(person="-", problems={"empty"})),
    ("hello", dict(person="-", problems={"missing_person"}, summary="Hello")),
    ("!!!", dict(person="-", problems={"missing_person"})),
    ("ana@example.com coffee", dict(person="-", problems={"missing_person"})),
    ("@", dict(person="-", problems={"missing_person"})),
    (
        "call @Luis yesterday",
        dict(person="Luis Martín", channel="call", when="2026-03-09 11:00", followup=None),
    ),
    (
        "@Luis gave intro to @Ana Núñez",
        dict(person="Luis Martín", value="gave introduction", introduction="Luis Martín → Ana Núñez"),
    ),
    (
        "coffee with @Pedro, he introduced me to @Gavin",
        dict(
            person="Pedro Gómez",
            value="received introduction",
            introduction="Pedro Gómez ⇒ me → Gavin Belson",
        ),
    ),
    ("@Luis gave intro to @Ana", dict(value="gave introduction", introduction=None, others="?")),
    ("@Luis gave intro to @Zed", dict(value="gave introduction", introduction=None, others="+Zed")),
    (
        "call @Luis and @Pedro about the fair",
        dict(person="Luis Martín", introduction=None, others="Pedro Gómez"),
    ),
    ("@Luis received referral", dict(person="Luis Martín", value="received referral")),
    ("@Luis introduced me to his CFO", dict(value="received introduction")),
    ("@Luis got advice on pricing", dict(value="received advice", objection=None, kind="networking")),
    (
        "@John #sales too expensive, follow up on friday",
        dict(person="John Smith", kind="sales", objection="price", deal=None, followup="2026-03-13"),
    ),
    (
        "@Pedro timing objection, follow up in a month",
        dict(objection="timing", followup="2026-04-10", kind="sales"),
    ),
    ("@Pedro objection: competitor", dict(objection="competitor")),
    ("@Pedro objection need", dict(objection="need")),
    (
        "@Pedro objection authority, follow up tomorrow at 9am",
        dict(objection="authority", followup="2026-03-11 09:00"),
    ),
    ("@Luis #sales gave advice", dict(problems={"value_in_sales"})),
    ("@Luis #networking objection price", dict(problems={"objection_in_networking"})),
    ("@Luis follow up", dict(problems={"followup_without_date"}, followup=None)),
    ("@Luis follow up yesterday", dict(problems={"followup_in_past"})),
    ("@Luis follow up at 25:00", dict(problems={"bad_date"})),
    ("@Luis meeting 3 days ago", dict(channel="meeting", when="2026-03-07 11:00")),
    ("@Luis call last friday", dict(when="2026-03-06 11:00", followup=None)),
    ("@Luis call on monday at 9:30", dict(when="2026-03-09 09:30")),
    ("@Luis event, follow up on 20 march", dict(channel="event", followup="2026-03-20")),
    ("@Luis email, follow up 2026-04-01", dict(followup="2026-04-01")),
    ("@Luis call at 6pm", dict(when="2026-03-10 11:00", followup="2026-03-10 18:00")),
    ("@Luis call at 9am", dict(when="2026-03-10 09:00", followup=None)),
    ('@Pedro deal "Nope" call', dict(problems={"unknown_deal"})),
    ('@John deal "annual" call', dict(deal="Annual licence", problems=set())),
    ("#sales #networking @Luis", dict(problems={"two_kinds"})),
    ("@Luis coffee, follow up the day after tomorrow", dict(followup="2026-03-12")),
    ("@Luis conference #red", dict(kind="networking", kind_reason="tag", channel="event")),
    ("@Luis dinner tonight", dict(channel="meeting", followup="2026-03-10 20:00")),
    ("@Luis video call", dict(channel="call")),
    ("@Luis e-mail about the event", dict(channel="email")),
    ("@Luis sms", dict(channel="message")),
    ("@Luis, next week", dict(followup="2026-03-17")),
    ("@ana nunez shared an article", dict(value="gave content")),
    ("@Luis did me a favour", dict(value="received favour")),
    ("@Luis remind me in 3 days", dict(followup="2026-03-13")),
    (
        "follow up next week with @Ana Núñez about pricing",
        dict(person="Ana Núñez", followup="2026-03-17", summary="With Ana Núñez about pricing"),
    ),
    ("@Luis 20/20 vision talk", dict(problems=set(), summary="Luis Martín 20/20 vision talk")),
    ("@Luis lunch, follow up on 31/02", dict(problems={"bad_date"})),
    ("@Luis", dict(person="Luis Martín", channel="other", kind="networking", kind_reason="default")),
    # --- Spanish -----------------------------------------------------------------------------
    (
        "llamada con @Pedro #ventas objeción precio, seguimiento el martes",
        dict(
            person="Pedro Gómez",
            kind="sales",
            kind_reason="tag",
            channel="call",
            objection="price",
            deal="Renovación 2026",
            followup="2026-03-17",
            summary="Llamada con Pedro Gómez objeción precio",
            problems=set(),
        ),
    ),
    ("café con @Ana Núñez, seguimiento el viernes", dict(person="Ana Núñez", followup="2026-03-13")),
    ("café con @ana nunez le di un consejo", dict(person="Ana Núñez", value="gave advice")),
    (
        "reunión con @María José #red, seguimiento pasado mañana",
        dict(person="María José Fernández", kind="networking", channel="meeting", followup="2026-03-12"),
    ),
    ("correo a @Luis, seguimiento el próximo martes", dict(channel="email", followup="2026-03-17")),
    ("llamada con @Luis, recuérdame mañana a las 10", dict(followup="2026-03-11 10:00")),
    ("mensaje a @Luis: me presentó a su socio", dict(channel="message", value="received introduction")),
    ("evento con @Luis, me recomendó un cliente", dict(channel="event", value="received referral")),
    (
        "comida con @Luis ayer",
        dict(channel="meeting", when="2026-03-09 11:00", summary="Comida con Luis Martín"),
    ),
    ("llamada con @Luis anteayer", dict(when="2026-03-08 11:00")),
    ("llamada con @Luis antes de ayer", dict(when="2026-03-08 11:00")),
    ("reunión con @Luis el lunes", dict(when="2026-03-09 11:00", followup=None)),
    ("reunión con @Luis el viernes pasado", dict(when="2026-03-06 11:00")),
    ("videollamada con @Luis hace 3 días", dict(channel="call", when="2026-03-07 11:00")),
    ("café con @Luis, seguimiento en dos semanas", dict(followup="2026-03-24")),
    ("café con @Luis, seguimiento dentro de 2 semanas", dict(followup="2026-03-24")),
    ("café con @Luis, seguimiento la semana que viene", dict(followup="2026-03-17")),
    ("café con @Luis, seguimiento el mes que viene", dict(followup="2026-04-10")),
    ("café con @Luis, seguimiento el 20 de marzo", dict(followup="2026-03-20")),
    ("café con @Luis, seguimiento el jueves a las 16:30", dict(followup="2026-03-12 16:30")),
    ("café con @Luis, seguimiento mañana a las 3 de la tarde", dict(followup="2026-03-11 15:00")),
    ("café con @Luis, seguimiento mañana por la mañana", dict(followup="2026-03-11 09:00")),
    ("llamada con @Luis a las 18:00", dict(followup="2026-03-10 18:00")),
    ("llamada con @Luis hoy a las 9", dict(when="2026-03-10 09:00", followup=None)),
    (
        'demo @Globex trato "Annual licence" mañana 10:00',
        dict(person="John Smith", kind="sales", deal="Annual licence", followup="2026-03-11 10:00"),
    ),
    ("@Pedro objeción de plazo", dict(objection="timing", kind="sales")),
    ("@Pedro objeción: competencia", dict(objection="competitor")),
    ("@Pedro objeción necesidad", dict(objection="need")),
    ("@Pedro objeción autoridad", dict(objection="authority")),
    ("@Pedro dice que es demasiado caro", dict(objection="price")),
    ("café con @Ana", dict(person="?Ana Núñez|Ana López", problems={"ambiguous_person"})),
    ("café con @Zoe Quintana", dict(person="+Zoe Quintana", problems={"unknown_person"})),
    ("llamada con @Hooli", dict(person="?Laura Pérez|Gavin Belson")),
    ("#ventas @Luis le di un consejo", dict(problems={"value_in_sales"})),
    ("#red @Pedro objeción precio", dict(problems={"objection_in_networking"})),
    ("café con @Luis, seguimiento", dict(problems={"followup_without_date"})),
    ("café con @Luis, seguimiento el 30 de febrero", dict(problems={"bad_date"}, followup=None)),
    ("café con @Luis, seguimiento ayer", dict(problems={"followup_in_past"})),
    ("hola", dict(person="-", problems={"missing_person"})),
    ("café con Ana", dict(person="-", problems={"missing_person"})),
    ("reunión con @jose angel, me dio un consejo", dict(person="José Ángel Ruiz", value="received advice")),
    (
        "whatsapp con @Luis, le presenté a @Ana Núñez",
        dict(channel="message", value="gave introduction", introduction="Luis Martín → Ana Núñez"),
    ),
    (
        "café con @Pedro, me presentó a @Luis",
        dict(value="received introduction", introduction="Pedro Gómez ⇒ me → Luis Martín"),
    ),
    (
        "reunión con @Luis, le presenté a @Zed",
        dict(value="gave introduction", introduction=None, others="+Zed"),
    ),
    ("@Luis me hizo un favor", dict(value="received favour")),
    ("@Luis compartí un artículo", dict(value="gave content")),
    ("correo a @Luis este viernes", dict(channel="email", followup="2026-03-13")),
    ("café con @Luis, seguimiento el 20/03", dict(followup="2026-03-20")),
    ("cena con @Luis, seguimiento a mediodía", dict(channel="meeting", followup="2026-03-10 12:00")),
    ("llamada con @Luis, volver a llamar el próximo lunes", dict(followup="2026-03-16")),
    ("café con @LUIS MARTÍN", dict(person="Luis Martín", channel="meeting")),
    (
        "visita a @Pedro, seguimiento el viernes a las 12",
        dict(channel="meeting", followup="2026-03-13 12:00"),
    ),
    ("@Luis recibí una referencia", dict(value="received referral")),
    ("@Pedro no es buen momento, seguimiento en 3 meses", dict(objection="timing", followup="2026-06-10")),
    ("café con @Luis, seguimiento el 32/01", dict(problems={"bad_date"})),
    (
        "seguimiento el viernes con @Pedro",
        dict(person="Pedro Gómez", followup="2026-03-13", summary="Con Pedro Gómez"),
    ),
    ("llamada con @Luis el miércoles", dict(when="2026-03-04 11:00", followup=None)),
    ("correo a @Luis, seguimiento el sábado", dict(followup="2026-03-14")),
    ("café con @Luis #networking, seguimiento el domingo a las 10:00", dict(followup="2026-03-15 10:00")),
    ("evento @Luis, me pasó un contacto", dict(channel="event", value="received referral")),
    ("@Luis le recomendé un proveedor", dict(value="gave referral")),
    ("@Luis le aconsejé sobre precios", dict(value="gave advice", objection=None)),
    (
        "llamada con @Pedro, objeción de precio, seguimiento en 1 semana",
        dict(objection="price", followup="2026-03-17", channel="call"),
    ),
    ("conferencia con @Luis", dict(channel="event")),
    ("congreso con @Luis", dict(channel="event")),
    ("teléfono @Luis", dict(channel="call")),
    ("chat con @Luis", dict(channel="message")),
    ("desayuno con @Luis", dict(channel="meeting")),
    ("@Globex demo", dict(person="John Smith", via="organization", channel="meeting")),
    ("@María José Fernández café", dict(person="María José Fernández")),
    ("café con @maria", dict(person="María José Fernández")),
    ("café con @Ana Lopez", dict(person="Ana López", problems=set())),
    ("llamada con @Luis, seguimiento el lunes 16 de marzo", dict(followup="2026-03-16")),
    ("llamada con @Luis, seguimiento el 1 de abril a las 9:15", dict(followup="2026-04-01 09:15")),
    ("llamada con @Luis, seguimiento hoy a las 17h", dict(followup="2026-03-10 17:00")),
    ("@Luis comida, seguimiento en una semana", dict(followup="2026-03-17")),
    ("café con @Luis, seguimiento la próxima semana", dict(followup="2026-03-17")),
    ("café con @Ana Nunes", dict(person="+Ana Nunes", problems={"unknown_person"})),
]


def _value(capture: Capture) -> str | None:
    return f"{capture.value.direction} {capture.value.type}" if capture.value else None


def _when(capture: Capture) -> str:
    return capture.occurred_at.astimezone(MADRID).strftime("%Y-%m-%d %H:%M")


def _followup(capture: Capture) -> str | None:
    plan = capture.followup
    if plan is None:
        return None
    day = plan.due_date.isoformat()
    return f"{day} {plan.due_time:%H:%M}" if plan.due_time else day


def _introduction(capture: Capture) -> str | None:
    plan = capture.introduction
    if plan is None or capture.person.person is None:
        return None
    arrow = "→" if plan.direction == "i_introduced" else "⇒ me →"
    return f"{capture.person.person.name} {arrow} {plan.other.name}"


def _others(capture: Capture) -> str:
    shown = []
    for match in capture.others:
        if match.status == RESOLVED and match.person is not None:
            shown.append(match.person.name)
        else:
            shown.append("?" if match.status == AMBIGUOUS else "+" + match.typed)
    return ", ".join(shown)


def _person(capture: Capture) -> str:
    match = capture.person
    if match.status == RESOLVED:
        assert match.person is not None
        return match.person.name
    if match.status == AMBIGUOUS:
        return "?" + "|".join(p.name for p in match.candidates)
    if match.status == UNKNOWN:
        return "+" + match.typed
    assert match.status == MISSING
    return "-"


GETTERS = {
    "person": _person,
    "via": lambda c: c.person.via,
    "kind": lambda c: c.kind,
    "kind_reason": lambda c: c.kind_reason,
    "channel": lambda c: c.channel,
    "value": _value,
    "objection": lambda c: c.objection,
    "deal": lambda c: c.deal.deal.title if c.deal and c.deal.deal else None,
    "when": _when,
    "followup": _followup,
    "summary": lambda c: c.summary,
    "problems": lambda c: {p.code for p in c.problems},
    "introduction": _introduction,
    "others": _others,
}


def test_the_table_is_big_enough_and_half_spanish() -> None:
    spanish_start = next(i for i, (text, _) in enumerate(ROWS) if text.startswith("llamada con @Pedro"))
    assert len(ROWS) >= 70
    assert len(ROWS) - spanish_start >= len(ROWS) // 2


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[t or "<empty>" for t, _ in ROWS])
def test_phrase(text: str, expected: dict[str, Any]) -> None:
    capture = parse(text, today=TODAY, now=NOW, people=ListPeople(), zone=MADRID)
    got = {key: GETTERS[key](capture) for key in expected}
    assert got == expected, [p.message for p in capture.problems]
    assert capture.text == text
    assert capture.occurred_at.tzinfo is not None
    for mark in capture.highlights:
        assert 0 <= mark.start < mark.end <= len(text), mark
    for problem in capture.problems:
        assert problem.message  # a plain sentence, its placeholders filled
        if problem.start is not None:
            assert problem.end is not None and 0 <= problem.start <= problem.end <= len(text)
