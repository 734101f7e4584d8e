"""Light and dark: follow the system colour scheme and react when it changes.

``install(app, settings)`` (called once by ``journal.app``) creates a
``ThemeManager`` that listens to ``QStyleHints.colorSchemeChanged``. Where the
platform draws the wanted scheme itself (macOS, Windows 11, KDE/GNOME with a
dark theme) its palette is left alone; where it does not (older Windows,
minimal Linux desktops, offscreen) the app switches to the Fusion style with
our own dark palette. The QSettings key ``ui/theme`` ("system", "light",
"dark") overrides the system.

Custom-drawn widgets (charts, calendar markers, health badges) must take every
colour from their palette — ``palette().color(...)`` or ``status_color()`` —
and repaint when it changes: inherit ``PaletteAwareMixin`` (before the Qt
class) or call ``watch_palette(widget, callback)``.

Signals (ThemeManager):
    schemeApplied(Qt.ColorScheme): the scheme now shown (Light or Dark).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

from journal.ui.mixin import WidgetMixin

THEME_KEY = "ui/theme"
THEMES = ("system", "light", "dark")

_PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange, QEvent.Type.StyleChange)


def palette_is_dark(palette: QPalette) -> bool:
    """True when text is lighter than the window behind it."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return text.lightness() > window.lightness()


def dark_palette() -> QPalette:
    """A dark palette for Fusion, for platforms that have no native dark look."""
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    palette = QPalette()
    base_colours = {
        role.Window: "#2b2d30",
        role.WindowText: "#e6e6e6",
        role.Base: "#1f2124",
        role.AlternateBase: "#2f3235",
        role.ToolTipBase: "#3a3d41",
        role.ToolTipText: "#f0f0f0",
        role.PlaceholderText: "#8c9096",
        role.Text: "#e6e6e6",
        role.Button: "#35383c",
        role.ButtonText: "#e6e6e6",
        role.BrightText: "#ff6b6b",
        role.Light: "#4a4e53",
        role.Midlight: "#3f4247",
        role.Mid: "#2a2c2f",
        role.Dark: "#1b1c1e",
        role.Shadow: "#0d0d0e",
        role.Highlight: "#3d8fd1",
        role.HighlightedText: "#ffffff",
        role.Link: "#6cb4ee",
        role.LinkVisited: "#b19cd9",
        role.Accent: "#3d8fd1",
    }
    for which, colour in base_colours.items():
        palette.setColor(which, QColor(colour))
    for which in (role.WindowText, role.Text, role.ButtonText, role.HighlightedText):
        palette.setColor(group.Disabled, which, QColor("#7d8086"))
    palette.setColor(group.Disabled, role.Highlight, QColor("#4a4e53"))
    palette.setColor(group.Disabled, role.Base, QColor("#26282b"))
    return palette


def relative_luminance(colour: QColor) -> float:
    """WCAG relative luminance of a colour (0 black … 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


BORDER_CONTRAST = 3.2  # WCAG AA asks 3:1 for the edges of controls; a little margin


def border_color(palette: QPalette) -> QColor:
    """The outline of check boxes, radio buttons, fields and buttons: the window colour moved
    towards the text colour just far enough to stand out 3:1 against the window."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    for step in range(30, 101, 5):
        t = step / 100
        mixed = QColor.fromRgbF(
            window.redF() + (text.redF() - window.redF()) * t,
            window.greenF() + (text.greenF() - window.greenF()) * t,
            window.blueF() + (text.blueF() - window.blueF()) * t,
        )
        if contrast_ratio(mixed, window) >= BORDER_CONTRAST:
            return mixed
    return text


class ContrastStyle(QProxyStyle):
    """Fusion, with outlines that can be seen: Fusion draws the edges of check boxes, radio
    buttons, fields and buttons in a shade of the window colour (1.2:1 on our dark palette).
    This draws them again in ``border_color`` (3:1 or more), keeping the focus highlight."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.setObjectName("contrastStyle")

    def _outline(self, painter: QPainter | None, option: QStyleOption, *, round_: bool = False) -> None:
        if painter is None or option.state & QStyle.StateFlag.State_HasFocus:
            return  # the focus frame is drawn in the highlight colour, which stands out already
        colour = border_color(option.palette)
        if not option.state & QStyle.StateFlag.State_Enabled:
            colour.setAlphaF(0.55)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if round_:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 2, 2)
        painter.restore()

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in (
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QStyle.PrimitiveElement.PE_FrameLineEdit,
        ):
            self._outline(painter, option)
        elif element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            self._outline(painter, option, round_=True)
        elif element == QStyle.PrimitiveElement.PE_PanelButtonCommand and not (
            option.state & QStyle.StateFlag.State_On
        ):
            self._outline(painter, option)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in (QStyle.ComplexControl.CC_SpinBox, QStyle.ComplexControl.CC_ComboBox):
            self._outline(painter, option)


def light_palette() -> QPalette:
    """Fusion's standard light palette (what "light" shows where the platform has none)."""
    style = QStyleFactory.create("Fusion")
    return style.standardPalette() if style is not None else QPalette()


# Status colours for custom drawing: (on a light background, on a dark one).
# Always pair them with text or a shape: colour is never the only signal.
_STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "overdue": ("#c62828", "#ff7b72"),
    "due": ("#b26a00", "#f2b14c"),
    "done": ("#2e7d32", "#7ee787"),
    "snoozed": ("#6a5acd", "#b7a8ff"),
    "networking": ("#1f7a6d", "#56c7b6"),
    "sales": ("#a8580f", "#f0a35e"),
    "won": ("#2e7d32", "#7ee787"),
    "lost": ("#8e8e8e", "#9ea3a9"),
}


def status_color(palette: QPalette, status: str) -> QColor:
    """A colour for ``status`` readable on ``palette``'s background.

    Known statuses: overdue, due, done, snoozed, networking, sales, won, lost.
    """
    light, dark = _STATUS_COLOURS[status]
    return QColor(dark if palette_is_dark(palette) else light)


class PaletteAwareMixin(WidgetMixin):
    """Put before the Qt base class: ``class Chart(PaletteAwareMixin, QWidget)``.

    Calls ``palette_changed()`` (default: ``update()``) when the widget's or
    the application's palette or style changes. Override it to rebuild cached
    pens, brushes or pixmaps, then call ``super().palette_changed()``.
    """

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _PALETTE_EVENTS:
            self.palette_changed()
        super().changeEvent(event)

    def palette_changed(self) -> None:
        self.update()


class _PaletteWatcher(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], Any]) -> None:
        super().__init__(widget)
        self.setObjectName("paletteWatcher")
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _PALETTE_EVENTS:
            self._callback()
        return False


def watch_palette(widget: QWidget, callback: Callable[[], Any] | None = None) -> QObject:
    """Call ``callback`` (default: ``widget.update``) when ``widget``'s palette
    changes — for widgets that cannot use the mixin. Lives as long as ``widget``."""
    return _PaletteWatcher(widget, callback or widget.update)


class ThemeManager(QObject):
    """Follows the system colour scheme (or the user's choice) and applies a palette to match.

    Signals:
        schemeApplied(Qt.ColorScheme): the scheme now shown (Light or Dark).
    """

    schemeApplied = Signal(Qt.ColorScheme)

    def __init__(self, app: QApplication, settings: QSettings | None = None) -> None:
        super().__init__(app)
        self.setObjectName("themeManager")
        self._app = app
        self._settings = settings
        self._forced = False
        app.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

    def preference(self) -> str:
        if self._settings is None:
            return "system"
        value = str(self._settings.value(THEME_KEY, "system"))
        return value if value in THEMES else "system"

    def wanted_scheme(self, system: Qt.ColorScheme | None = None) -> Qt.ColorScheme:
        """Light or Dark, from the settings, else from ``system`` (default: ask Qt)."""
        choice = self.preference()
        if choice == "dark":
            return Qt.ColorScheme.Dark
        if choice == "light":
            return Qt.ColorScheme.Light
        if system is None:
            system = self._app.styleHints().colorScheme()
        if system == Qt.ColorScheme.Dark:
            return Qt.ColorScheme.Dark
        return Qt.ColorScheme.Light

    def apply(self, scheme: Qt.ColorScheme | None = None) -> Qt.ColorScheme:
        """Show ``scheme`` (default: what the settings and the system ask for)."""
        wanted = scheme if scheme is not None else self.wanted_scheme()
        dark = wanted == Qt.ColorScheme.Dark
        if self._forced:
            # Give the platform a chance to draw it before forcing our palette again.
            self._app.setPalette(QPalette())
            self._forced = False
        if palette_is_dark(self._app.palette()) != dark:
            if not isinstance(self._app.style(), ContrastStyle):
                self._app.setStyle(ContrastStyle())
            self._app.setPalette(dark_palette() if dark else light_palette())
            self._forced = True
        self.schemeApplied.emit(wanted)
        return wanted

    def set_preference(self, choice: str) -> None:
        if choice not in THEMES:
            raise ValueError(choice)
        if self._settings is not None:
            self._settings.setValue(THEME_KEY, choice)
        self.apply()

    def _system_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.preference() == "system":
            self.apply(self.wanted_scheme(scheme))


def install(app: QApplication, settings: QSettings | None = None) -> ThemeManager:
    """Follow the system scheme from now on (the manager is a child of ``app``)."""
    existing = app.findChild(ThemeManager, "themeManager")
    manager = existing if isinstance(existing, ThemeManager) else ThemeManager(app, settings)
    manager.apply()
    return manager


class PaletteSvgIconEngine(QIconEngine):
    """Draws a monochrome SVG in the palette's text colour at paint time.

    The SVG uses ``currentColor``; it is replaced by the palette colour for the
    icon's mode, so icons stay sharp at any scale and follow light/dark.
    """

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg
        self._renderers: dict[str, QSvgRenderer] = {}

    def _renderer(self, colour: QColor) -> QSvgRenderer:
        key = colour.name(QColor.NameFormat.HexArgb)
        renderer = self._renderers.get(key)
        if renderer is None:
            svg = self._svg.replace(b"currentColor", colour.name().encode())
            renderer = QSvgRenderer(svg)
            self._renderers[key] = renderer
        return renderer

    @staticmethod
    def _colour(mode: QIcon.Mode) -> QColor:
        palette = QGuiApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        if mode == QIcon.Mode.Selected:
            return palette.color(QPalette.ColorRole.HighlightedText)
        return palette.color(QPalette.ColorRole.WindowText)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(self._colour(mode)).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        pixmap = self.pixmap(size * scale, mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return PaletteSvgIconEngine(self._svg)

    def key(self) -> str:
        return "PaletteSvgIconEngine"
