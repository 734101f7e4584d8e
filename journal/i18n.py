"""Which language the UI speaks, and loading the translations for it.

The UI follows the system language (``QLocale.system()``) unless the QSettings
key ``ui/language`` says "en" or "es" ("system" or missing: follow the system).
``install(app, settings)`` loads, for that language:

- Qt's own strings (standard dialogs, buttons): ``qtbase_<lang>.qm`` from
  ``QLibraryInfo``'s translations folder (or the copy a PyInstaller bundle
  carries);
- ours: ``resources/translations/networking_journal_<lang>.qm``;

and sets ``QLocale.setDefault`` so ``QLocale()`` formats dates, numbers and
money the user's way. A change of language takes effect at the next start
(widgets are not retranslated live).

How to add or update translations: see "Translations" in docs/DEVELOPING.md.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator

from journal import resources

log = logging.getLogger(__name__)

LANGUAGE_KEY = "ui/language"
#: Choices for the Preferences combo box ("system" follows the OS).
LANGUAGE_CHOICES = ("system", "en", "es")
#: Languages we ship translations for; anything else falls back to English.
SUPPORTED = ("en", "es")
CATALOG = "networking_journal"
QT_CATALOGS = ("qtbase",)


def language_choice(settings: QSettings | None) -> str:
    """The UI language chosen in the settings: "system", "en" or "es"."""
    if settings is None:
        return "system"
    value = str(settings.value(LANGUAGE_KEY, "system") or "system")
    return value if value in LANGUAGE_CHOICES else "system"


def ui_locale(choice: str, system: QLocale | None = None) -> QLocale:
    """The locale for ``choice``: the system's when it speaks the chosen
    language (keeping its country's date and number habits), else the language's
    default country; English when the system language is not supported."""
    system = system if system is not None else QLocale.system()
    system_code = QLocale.languageToCode(system.language())
    wanted = system_code if choice == "system" else choice
    if wanted not in SUPPORTED:
        wanted = "en"
    if wanted == system_code:
        return system
    return QLocale(QLocale.codeToLanguage(wanted))


#: Each language's name in itself, for the Preferences list (never translated).
NATIVE_NAMES = {"en": "English", "es": "Español"}


def language_name(code: str) -> str:
    """A language's name in that language ("Español"), the code if unknown."""
    return NATIVE_NAMES.get(code, code)


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own translations (qtbase_*.qm) may be: Qt's folder, the bundle's."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders.append(Path(bundle) / "PySide6" / "Qt" / "translations")
    return folders


class Translations(QObject):
    """The translators installed on the application (a child of it)."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("translations")
        self._app = app
        self.translators: list[QTranslator] = []
        self.locale = QLocale.c()
        self.loaded: list[str] = []

    def load(self, locale: QLocale) -> None:
        """Replace the installed translators with ours and Qt's for ``locale``."""
        for old in self.translators:
            self._app.removeTranslator(old)
        self.translators = []
        self.loaded = []
        self.locale = locale
        QLocale.setDefault(locale)
        language = QLocale.languageToCode(locale.language())
        for catalog in QT_CATALOGS:
            for folder in qt_translations_dirs():
                if self._install(f"{catalog}_{language}", folder):
                    break
            else:
                if language != "en":
                    log.info("no Qt translation %s_%s", catalog, language)
        if not self._install(f"{CATALOG}_{language}", resources.translations_dir()):
            log.warning("no translation %s_%s in %s", CATALOG, language, resources.translations_dir())

    def _install(self, name: str, folder: Path) -> bool:
        translator = QTranslator(self)
        if not translator.load(name, str(folder)):
            return False
        self._app.installTranslator(translator)
        self.translators.append(translator)
        self.loaded.append(name)
        return True


def install(app: QCoreApplication, settings: QSettings | None = None) -> Translations:
    """Load the translations the settings (or the system) ask for. Calling it
    again replaces the previous ones."""
    existing = app.findChild(Translations, "translations")
    translations = existing if isinstance(existing, Translations) else Translations(app)
    locale = ui_locale(language_choice(settings))
    translations.load(locale)
    log.info("UI language %s (%s), loaded %s", locale.name(), language_choice(settings), translations.loaded)
    return translations
