"""The words quick capture understands, in English and Spanish.

Every pattern is written in folded form (lower case, no accents: "reunion" matches
"Reunión") and runs over the folded line (``journal.capture.text``).
"""

from __future__ import annotations

import re

KIND_TAGS = {
    "networking": "networking",
    "network": "networking",
    "net": "networking",
    "red": "networking",
    "redes": "networking",
    "sales": "sales",
    "sale": "sales",
    "ventas": "sales",
    "venta": "sales",
    "comercial": "sales",
}
HASHTAG = re.compile(r"(?<![\w#])#(\w[\w-]*)")


def _list(text: str) -> list[str]:
    """ "a, b c, d" -> ["a", "b c", "d"] (the tables below are written this way)."""
    return [item.strip() for item in text.split(",") if item.strip()]


def _words(text: str) -> str:
    """A regex alternation of the comma-separated words, longest first."""
    return "|".join(sorted(_list(text), key=len, reverse=True))


# -- channel ----------------------------------------------------------------------------------------

CHANNEL_WORDS = {
    "meeting": _words(
        "meeting, meetings, coffee, coffees, lunch, dinner, breakfast, drinks, beer, demo, visit, "
        "visited, in person, face to face, reunion, reuniones, cafe, cafes, cafecito, comida, "
        "almuerzo, cena, desayuno, visita, cerveza, presencial, quedada"
    ),
    "call": _words(
        "call, called, calls, phone, phoned, phone call, rang, video call, videocall, zoom, llamada, "
        "llamadas, llame, llamo, telefono, videollamada, telefonica"
    ),
    "email": _words("email, emails, emailed, e-mail, mail, mailed, correo, correos, mail"),
    "message": _words(
        "message, messages, messaged, text, texted, sms, whatsapp, chat, chatted, dm, telegram, "
        "mensaje, mensajes, mensajito, chateamos"
    ),
    "event": _words(
        "event, conference, meetup, meet-up, webinar, fair, summit, workshop, evento, conferencia, "
        "congreso, feria, jornada, jornadas, taller, afterwork"
    ),
    "social": _words(
        "linkedin, twitter, instagram, facebook, mastodon, social media, red social, redes sociales"
    ),
}
CHANNELS = [(re.compile(rf"\b(?:{words})\b"), channel) for channel, words in CHANNEL_WORDS.items()]
# Words that say "we met" without saying how: used only when nothing more precise is written.
WEAK_MEETING = re.compile(r"\b(?:met|meet|saw|seen|vimos|quedamos|reunimos|vi)\b")

# -- value given / received (networking) ------------------------------------------------------------

VALUE_TYPE_WORDS = {
    "introduction": _list("intro, intros, introduction, introductions, presentacion, presentaciones"),
    "advice": _list("advice, tip, tips, feedback, consejo, consejos, asesoramiento, orientacion"),
    "referral": _list(
        "referral, referrals, reference, recommendation, lead, leads, referencia, referencias, "
        "recomendacion, contacto, contactos, cliente, clientes"
    ),
    "content": _list(
        "content, article, articles, post, link, resource, resources, report, paper, book, contenido, "
        "articulo, articulos, recurso, recursos, enlace, informe, libro"
    ),
    "favour": _list("favour, favor, favours, favors, help, ayuda, favores"),
}
VALUE_TYPES = {word: vtype for vtype, words in VALUE_TYPE_WORDS.items() for word in words}
_TYPE = rf"(?P<type>{_words(', '.join(VALUE_TYPES))})"
_ART_EN = r"(?:(?:an?|some|the|my|his|her|their)\s+)?"
_ART_ES = r"(?:(?:un|una|unos|unas|el|la|los|las|mi|su|sus)\s+)?"
_THEM = r"(?:(?:him|her|them)\s+)?"


def _spanish_value(
    direction: str, whom: str, giving: str, typed: dict[str, str], *, whom_optional: bool = False
) -> list[tuple[re.Pattern[str], str, str | None]]:
    """Spanish value phrases of one direction: "me/le" (``whom``), then a verb of giving with
    the value as its object ("me dio un consejo"), or a verb that is the value itself ("me
    aconsejo"; ``typed``: value type -> its verbs). ``whom_optional``: "di un consejo" too."""
    before = rf"(?:{whom})?" if whom_optional else whom
    return [
        (re.compile(rf"\b{before}(?:{_words(giving)})\s+{_ART_ES}{_TYPE}\b"), direction, None),
        *(
            (re.compile(rf"\b{whom}(?:{_words(verbs)})\b"), direction, vtype)
            for vtype, verbs in typed.items()
        ),
    ]


# (pattern, direction, value type or None to read it from the "type" group). Received first:
# "gave me advice" is advice received.
VALUE_PATTERNS: list[tuple[re.Pattern[str], str, str | None]] = [
    (re.compile(rf"\b(?P<dir>gave|received)\s*:\s*{_TYPE}\b"), "", None),
    (
        re.compile(rf"\b(?:gave|give|sent|shared|offered|provided|made|did)\s+me\s+{_ART_EN}{_TYPE}\b"),
        "received",
        None,
    ),
    (re.compile(rf"\b(?:got|get|received|receive|getting)\s+{_ART_EN}{_TYPE}\b"), "received", None),
    (re.compile(r"\bintroduced\s+me\b"), "received", "introduction"),
    (re.compile(r"\breferred\s+me\b"), "received", "referral"),
    (re.compile(r"\badvised\s+me\b"), "received", "advice"),
    (
        re.compile(rf"\b(?:gave|give|sent|shared|offered|provided|made|did)\s+{_THEM}{_ART_EN}{_TYPE}\b"),
        "gave",
        None,
    ),
    (re.compile(r"\bintroduced\s+\S+\s+to\b"), "gave", "introduction"),
    (re.compile(r"\breferred\s+(?:him|her|them)\b"), "gave", "referral"),
    (re.compile(r"\badvised\s+(?:him|her|them)\b"), "gave", "advice"),
    *_spanish_value(
        "received",
        r"me\s+",
        "dio, dieron, paso, pasaron, envio, enviaron, mando, mandaron, compartio, hizo, hicieron, "
        "ofrecio, regalo",
        {
            "introduction": "presento, presentaron",
            "referral": "recomendo, recomendaron, refirio, refirieron",
            "advice": "aconsejo, aconsejaron, asesoro, asesoraron",
            "favour": "ayudo, ayudaron",
        },
    ),
    (re.compile(rf"\brecibi(?:mos)?\s+{_ART_ES}{_TYPE}\b"), "received", None),
    *_spanish_value(
        "gave",
        r"(?:le|les)\s+",
        "di, dimos, pase, pasamos, envie, mande, comparti, compartimos, hice, hicimos, ofreci",
        {
            "introduction": "presente, presentamos",
            "referral": "recomende, recomendamos",
            "advice": "aconseje, asesore, aconsejamos",
            "favour": "ayude, ayudamos",
        },
        whom_optional=True,
    ),
]

VALUES = [(pattern, (direction, vtype)) for pattern, direction, vtype in VALUE_PATTERNS]

# -- objections (sales) -----------------------------------------------------------------------------

OBJECTION_WORDS = {
    "price": _list("price, pricing, cost, costs, budget, precio, precios, coste, costo, presupuesto"),
    "timing": _list("timing, time, timeline, plazo, plazos, tiempo, momento, calendario"),
    "competitor": _list("competitor, competitors, competition, competencia, competidor, competidores"),
    "need": _list("need, needs, necesidad, necesidades, interes"),
    "authority": _list("authority, decision maker, decision, approval, autoridad, aprobacion, decisor"),
}
OBJECTION_CATEGORY = {word: cat for cat, words in OBJECTION_WORDS.items() for word in words}
_OBJ = rf"(?P<cat>{_words(', '.join(OBJECTION_CATEGORY))})"
_OBJECTION = r"(?:objection|objections|objeccion|objecion|objeciones|pega|pegas)"
OBJECTION_PATTERNS: list[tuple[re.Pattern[str], str | None]] = [
    (
        re.compile(
            rf"\b{_OBJECTION}\s*[:(-]?\s*(?:(?:de|del|about|on|over|sobre|por|re|en)\s+)?"
            rf"(?:(?:el|la|los|las|the)\s+)?{_OBJ}\b"
        ),
        None,
    ),
    (re.compile(rf"\b{_OBJ}\s+{_OBJECTION}\b"), None),
    (re.compile(r"\b(?:too|very|so)\s+expensive\b|\bover\s+budget\b|\bno\s+budget\b"), "price"),
    (
        re.compile(r"\b(?:demasiado|muy|algo|bastante)\s+car[oa]s?\b|\bes\s+car[oa]\b|\bsin\s+presupuesto\b"),
        "price",
    ),
    (re.compile(r"\bnot\s+(?:the\s+)?right\s+time\b|\bbad\s+timing\b|\bnot\s+now\b"), "timing"),
    (re.compile(r"\bno\s+es\s+(?:el\s+)?(?:buen\s+)?momento\b|\bahora\s+no\b"), "timing"),
    (re.compile(r"\b(?:went|going|goes|stay|staying)\s+with\s+(?:a\s+|the\s+)?competitor\b"), "competitor"),
    (
        re.compile(
            r"\b(?:usan|trabajan\s+con|prefieren|se\s+quedan\s+con)\s+(?:a\s+)?(?:la\s+)?competencia\b"
        ),
        "competitor",
    ),
    (re.compile(r"\b(?:don't|do\s+not|doesn't|does\s+not|dont)\s+need\b|\bno\s+need\b"), "need"),
    (re.compile(r"\bno\s+(?:lo\s+|la\s+|les\s+)?(?:necesita|necesitan)\b"), "need"),
    (re.compile(r"\bnot\s+the\s+decision\s+maker\b|\bneeds?\s+(?:approval|sign-?off)\b"), "authority"),
    (
        re.compile(r"\bno\s+decide\b|\b(?:tiene|tienen)\s+que\s+consultarlo\b|\bnecesitan?\s+aprobacion\b"),
        "authority",
    ),
]

# -- deals and follow-ups ---------------------------------------------------------------------------

DEAL_WORD = re.compile(r"\b(?:deal|opportunity|trato|oportunidad|negocio|acuerdo)\s*:?\s*$")
QUOTED = re.compile(r'"([^"\x00]{1,120})"')

FOLLOWUP_MARKER = re.compile(
    r"(?<![\w/])(?:follow[\s-]?up|followup|f/u|remind\s+me|reminder|next\s+step|check\s+in|check\s+back|"
    r"touch\s+base|ping(?:\s+(?:him|her|them))?|hacer\s+(?:el\s+)?seguimiento|dar\s+seguimiento|"
    r"seguimiento|recordatorio|recuerdame|recordarme|recordar|volver\s+a\s+(?:llamar|escribir|hablar|"
    r"contactar|ver)|llamar\s+de\s+nuevo|retomar)\b"
)
CLAUSE_END = re.compile(r"[,;.!?\n]")
# "... with" / "... con" right before an @name that ends a follow-up clause: left to the name.
JOINING_WORD = re.compile(r"\s*\b(?:with|con|to|a|para|and|y)?\s*$")
# Words between a follow-up marker and the rest of its clause that say nothing themselves.
FILLER = re.compile(r"^(?:\s|[:\-–—]|\b(?:with|on|about|re|to|by|for|para|sobre|de|con|en|el|la|a)\b)*")

# -- where a name after "@" stops ---------------------------------------------------------------------

STOP_WORDS = frozenset(
    _list(
        "a, al, and, at, by, con, de, del, el, en, for, from, in, la, las, los, on, or, para, por, "
        "sobre, the, to, un, una, y, e, with, about, after, before, via, gave, give, got, get, "
        "received, sent, shared, offered, provided, made, did, introduced, referred, advised, di, "
        "dio, le, les, me, recibi, comparti, hice, pase, envie, mande, presente, recomende, aconseje, "
        "deal, opportunity, trato, oportunidad, negocio, acuerdo, objection, objeccion, objecion, "
        "pega, follow, followup, seguimiento, recordar, recuerdame, remind, reminder, next, proximo, "
        "proxima, siguiente, last, pasado, pasada, this, este, esta, que, viene, hace, ago, today, "
        "tomorrow, yesterday, tonight, hoy, manana, ayer, anteayer, noon, mediodia, monday, tuesday, "
        "wednesday, thursday, friday, saturday, sunday, lunes, martes, miercoles, jueves, viernes, "
        "sabado, domingo"
    )
)
STOP_PATTERNS = [pattern for pattern, _channel in CHANNELS]


def is_stop_word(folded_word: str) -> bool:
    """Whether a word is filler, never part of a name."""
    return (
        folded_word in STOP_WORDS
        or folded_word in OBJECTION_CATEGORY
        or any(p.fullmatch(folded_word) for p in STOP_PATTERNS)
    )
