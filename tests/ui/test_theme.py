"""Light/dark: the manager follows the system scheme and the settings override,
custom-drawn widgets repaint when the palette changes, icons follow the palette."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from journal.ui import formatting, icons, theme


class Badge(theme.PaletteAwareMixin, QWidget):
    """A custom-drawn widget the way features should write them."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("testBadge")
        self.paints = 0
        self.palette_changes = 0
        self.drawn_with: QColor | None = None

    def palette_changed(self) -> None:
        self.palette_changes += 1
        super().palette_changed()

    def paintEvent(self, event) -> None:
        self.paints += 1
        self.drawn_with = theme.status_color(self.palette(), "overdue")
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.drawn_with)
        painter.end()


@pytest.fixture
def restore_look(qapp: QApplication) -> Iterator[None]:
    style = qapp.style().name() or "Fusion"  # the contrast style is Fusion underneath
    palette = QPalette(qapp.palette())
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    QSettings().remove(theme.THEME_KEY)


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_palette_change_repaints_custom_widgets(qapp: QApplication, qtbot, restore_look) -> None:
    badge = Badge()
    qtbot.addWidget(badge)
    badge.resize(40, 20)
    badge.show()
    qtbot.waitExposed(badge)
    qtbot.waitUntil(lambda: badge.paints > 0)
    light_colour = badge.drawn_with
    paints = badge.paints

    qapp.setPalette(theme.dark_palette())

    qtbot.waitUntil(lambda: badge.paints > paints)
    assert badge.palette_changes >= 1
    assert badge.drawn_with != light_colour
    assert badge.drawn_with == theme.status_color(theme.dark_palette(), "overdue")


def test_watch_palette_calls_back_for_widgets_without_the_mixin(
    qapp: QApplication, qtbot, restore_look
) -> None:
    widget = QWidget()
    widget.setObjectName("plainWidget")
    qtbot.addWidget(widget)
    calls = []
    theme.watch_palette(widget, lambda: calls.append(1))
    qapp.setPalette(theme.dark_palette())
    qtbot.waitUntil(lambda: bool(calls))


def test_manager_follows_the_system_scheme(qapp: QApplication, qtbot, restore_look) -> None:
    manager = theme.ThemeManager(qapp, QSettings())
    try:
        with qtbot.waitSignal(manager.schemeApplied) as applied:
            qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert applied.args == [Qt.ColorScheme.Dark]
        assert theme.palette_is_dark(qapp.palette())
        with qtbot.waitSignal(manager.schemeApplied):
            qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert not theme.palette_is_dark(qapp.palette())
    finally:
        manager.deleteLater()


def test_setting_overrides_the_system(qapp: QApplication, restore_look) -> None:
    settings = QSettings()
    manager = theme.ThemeManager(qapp, settings)
    try:
        manager.set_preference("dark")
        assert settings.value(theme.THEME_KEY) == "dark"
        assert theme.palette_is_dark(qapp.palette())
        style = qapp.style()  # Fusion, with outlines drawn to be seen (ContrastStyle)
        base = style.baseStyle() if isinstance(style, theme.ContrastStyle) else style
        assert base.name().lower() == "fusion"
        # The system going light does not matter while the user asked for dark.
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert theme.palette_is_dark(qapp.palette())
        manager.set_preference("light")
        assert not theme.palette_is_dark(qapp.palette())
        with pytest.raises(ValueError):
            manager.set_preference("purple")
    finally:
        manager.deleteLater()


@pytest.mark.parametrize(
    "status", ["overdue", "due", "done", "snoozed", "networking", "sales", "won", "lost"]
)
def test_status_colours_are_readable_on_both_palettes(status: str) -> None:
    for palette in (theme.light_palette(), theme.dark_palette()):
        base = palette.color(QPalette.ColorRole.Base)
        assert contrast(theme.status_color(palette, status), base) >= 3.0, (status, base.name())


def test_dark_palette_text_is_readable() -> None:
    palette = theme.dark_palette()
    role = QPalette.ColorRole
    assert contrast(palette.color(role.Text), palette.color(role.Base)) >= 7
    assert contrast(palette.color(role.HighlightedText), palette.color(role.Highlight)) >= 3


def test_icons_are_drawn_in_the_palette_text_colour(qapp: QApplication, restore_look) -> None:
    def darkest_pixel_lightness() -> int:
        image = icons.icon("add").pixmap(QSize(24, 24)).toImage()
        opaque = [
            image.pixelColor(x, y)
            for x in range(24)
            for y in range(24)
            if image.pixelColor(x, y).alpha() > 200
        ]
        assert opaque, "the icon drew nothing"
        return max(c.lightness() for c in opaque)

    qapp.setPalette(theme.light_palette())
    on_light = darkest_pixel_lightness()
    qapp.setPalette(theme.dark_palette())
    on_dark = darkest_pixel_lightness()
    assert on_light < 100 < on_dark
    assert QGuiApplication.palette().color(QPalette.ColorRole.WindowText).lightness() > 128


def _share_of(image: QImage, colour: QColor) -> int:
    """How many pixels of ``image`` are close to ``colour`` (the glyphs of a link)."""
    found = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - colour.red()) + abs(c.green() - colour.green()) + abs(c.blue() - colour.blue())
                < 60
            ):
                found += 1
    return found


@pytest.fixture
def in_light(qapp: QApplication, restore_look: None, db_path: object) -> QApplication:
    """A journal, and the application in a light palette the test then switches from."""
    qapp.setPalette(QPalette(QColor("#f0f0f0")))
    return qapp


def test_the_contact_page_takes_the_new_colours_when_the_theme_switches(
    in_light: QApplication, qtbot
) -> None:
    # Switching to dark in Preferences left the contact's e-mail link dark blue on dark grey (and
    # overdue follow-ups in the light theme's red) until another contact was opened: a rich-text
    # label and a list row keep the colour they were given.
    from datetime import timedelta

    from journal import clock
    from journal.services import contacts, followups
    from journal.ui.contacts.page import ContactPage

    page = ContactPage()
    qtbot.addWidget(page)
    person = contacts.create_contact(name="Ana Link", emails=["ana.link.with.a.long.address@example.com"])
    followups.create_followup(
        contact_id=person.id, kind="networking", title="Call", due_date=clock.today() - timedelta(days=3)
    )
    page.show_contact(person.id)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    light_overdue = formatting.health_color("overdue")
    in_light.setPalette(theme.dark_palette())
    qtbot.waitUntil(lambda: _share_of(page.header.reach.grab().toImage(), _link()) > 20, timeout=2000)
    row = page.networking.followups.topLevelItem(0)
    assert row.foreground(0).color() == formatting.health_color("overdue") != light_overdue


def _link() -> QColor:
    return theme.dark_palette().color(QPalette.ColorRole.Link)


def test_the_capture_window_takes_the_new_colours_when_the_theme_switches(
    in_light: QApplication, qtbot
) -> None:
    # The quick capture window stays open beside the main one: its warnings and the marked line
    # follow a switch of theme made meanwhile.
    from journal.ui.capture.window import QuickCaptureWindow

    window = QuickCaptureWindow()
    qtbot.addWidget(window)
    light = formatting.health_color("overdue").name()
    assert light in window.problems.styleSheet()
    in_light.setPalette(theme.dark_palette())
    in_light.processEvents()
    dark = formatting.health_color("overdue").name()
    assert dark != light and dark in window.problems.styleSheet()
