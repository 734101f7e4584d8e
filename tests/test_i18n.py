"""Translations: the Spanish catalogue loads and translates, Qt's own strings too,
the .ts files are complete and in step with the code, and tr() calls are written
so that pyside6-lupdate files them under the context used at run time."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from journal import i18n, resources

ROOT = Path(__file__).resolve().parent.parent
TS = {lang: resources.translations_dir() / f"networking_journal_{lang}.ts" for lang in ("es", "en")}
QM = {lang: path.with_suffix(".qm") for lang, path in TS.items()}

# Strings of the main window frame and Help > About; (context, source, Spanish).
KNOWN_SPANISH = [
    ("MainWindow", "&File", "&Archivo"),
    ("MainWindow", "&Edit", "&Editar"),
    ("MainWindow", "&View", "&Ver"),
    ("MainWindow", "&Help", "Ay&uda"),
    ("MainWindow", "&Quit", "&Salir"),
    ("MainWindow", "Sections", "Secciones"),
    ("About", "&About Networking Journal", "&Acerca de Networking Journal"),
    ("AboutDialog", "Version:", "Versión:"),
    ("AboutDialog", "Backups:", "Copias de seguridad:"),
]

# Feature strings, in whatever context their widget uses (source, Spanish). These are
# filled by the final translation pass; keep them so the words stay consistent.
KNOWN_SPANISH_ANY_CONTEXT = [
    ("Contacts", "Contactos"),
    (
        "No contacts yet — add one (Ctrl+N) or import a file.",
        "Aún no hay contactos: añade uno (Ctrl+N) o importa un archivo.",
    ),
]


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[i18n.Translations]:
    settings = QSettings()
    settings.setValue(i18n.LANGUAGE_KEY, "es")
    previous = QLocale()
    translations = i18n.install(qapp, settings)
    yield translations
    for translator in translations.translators:
        qapp.removeTranslator(translator)
    translations.translators = []
    settings.remove(i18n.LANGUAGE_KEY)
    QLocale.setDefault(previous)


def ts_messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def test_spanish_catalogue_loads_and_translates_known_strings() -> None:
    translator = QTranslator()
    assert translator.load(str(QM["es"])), QM["es"]
    missing = [
        f"[{context}] {source!r} -> {translator.translate(context, source)!r}, want {spanish!r}"
        for context, source, spanish in KNOWN_SPANISH
        if translator.translate(context, source) != spanish
    ]
    assert not missing, "\n".join(missing)


def test_feature_strings_use_the_agreed_spanish_words() -> None:
    wrong = []
    for source, spanish in KNOWN_SPANISH_ANY_CONTEXT:
        hits = [(c, m) for c, s, m in ts_messages(TS["es"]) if s == source]
        if not hits:
            wrong.append(f"{source!r} is in no context of the .ts (run `make translations`)")
        for context, message in hits:
            got = message.findtext("translation") or ""
            if got != spanish:
                wrong.append(f"[{context}] {source!r} -> {got!r}, want {spanish!r}")
    assert not wrong, "\n".join(wrong)


def test_install_follows_the_language_setting(spanish: i18n.Translations) -> None:
    assert spanish.loaded == ["qtbase_es", "networking_journal_es"]
    assert QLocale().language() == QLocale.Language.Spanish
    assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
    # Qt's own strings come from qtbase_es.qm.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancelar"
    # Numbers and dates in the Spanish way.
    assert QLocale().toString(1234.5, "f", 2) == "1234,50"


def test_main_window_speaks_spanish(spanish: i18n.Translations, db_path: Path, qtbot) -> None:
    from journal.app import build_main_window

    window = build_main_window(db_path)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:4] == ["&Archivo", "&Editar", "&Ver", "Ay&uda"]
    about = window.findChild(QAction, "aboutAction")
    assert about is not None and about.text() == "&Acerca de Networking Journal"


def test_switching_back_to_english_removes_the_spanish_translators(qapp: QApplication) -> None:
    settings = QSettings()
    settings.setValue(i18n.LANGUAGE_KEY, "es")
    previous = QLocale()
    try:
        i18n.install(qapp, settings)
        settings.setValue(i18n.LANGUAGE_KEY, "en")
        translations = i18n.install(qapp, settings)
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
        assert "networking_journal_es" not in translations.loaded
    finally:
        settings.remove(i18n.LANGUAGE_KEY)
        for translator in qapp.findChild(i18n.Translations, "translations").translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)


def test_a_service_message_with_values_is_shown_in_spanish(spanish: i18n.Translations) -> None:
    """The template and its values reach the window apart, so the Spanish text is found
    (an error that kept only its filled-in English text was shown in English)."""
    from journal.services import validation
    from journal.services.errors import ValidationError
    from journal.ui.ask import error_text

    with pytest.raises(ValidationError) as caught:
        validation.required_text("title", "   ")
    assert caught.value.template == "The {name} cannot be empty."
    assert caught.value.args_map == {"name": "title"}
    assert str(caught.value) == "The title cannot be empty."
    assert error_text(caught.value) == "El campo «título» no puede estar vacío."


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        ("system", "es_MX", "es_MX"),  # keeps the system's country habits
        ("system", "en_GB", "en_GB"),
        ("system", "fr_FR", "en_US"),  # unsupported language: English
        ("en", "es_ES", "en_US"),
        ("es", "en_US", "es_ES"),
        ("es", "es_AR", "es_AR"),
        ("bogus", "es_ES", "es_ES"),
    ],
)
def test_ui_locale(choice: str, system: str, expected: str) -> None:
    if choice not in i18n.LANGUAGE_CHOICES:
        choice = "system"
    assert i18n.ui_locale(choice, QLocale(system)).name() == expected


def test_language_names_are_native() -> None:
    assert i18n.language_name("es") == "Español"
    assert i18n.language_name("en") == "English"


def test_no_unfinished_spanish_translations() -> None:
    """Enforced for the release. Workflow: `make translations`, translate in Qt Linguist
    (`.venv/bin/pyside6-linguist resources/translations/networking_journal_es.ts`) or
    with `packaging/translations.py --fill es file.json`, then `make translations` again."""
    todo = [
        f"[{context}] {source!r}"
        for context, source, message in ts_messages(TS["es"])
        if message.find("translation") is not None and message.find("translation").get("type") == "unfinished"
    ]
    assert not todo, f"{len(todo)} unfinished Spanish messages:\n" + "\n".join(todo)


def test_english_plural_forms_are_written() -> None:
    """The English .ts holds only %n messages: their singular/plural forms."""
    todo = [
        f"[{context}] {source!r}"
        for context, source, message in ts_messages(TS["en"])
        if message.find("translation") is not None and message.find("translation").get("type") == "unfinished"
    ]
    assert not todo, f"{len(todo)} English plural messages without forms:\n" + "\n".join(todo)


def test_plural_messages_are_plural_in_spanish() -> None:
    wrong = [
        f"[{context}] {source!r}"
        for context, source, message in ts_messages(TS["es"])
        if "%n" in source and message.get("numerus") != "yes"
    ]
    assert not wrong, "run `make translations` (it marks %n messages as plural):\n" + "\n".join(wrong)


@pytest.mark.skipif(
    not shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)), reason="no lupdate"
)
def test_ts_files_are_in_step_with_the_code(tmp_path: Path) -> None:
    """Every string pyside6-lupdate finds in journal/ is in the .ts (else: `make translations`)."""
    fresh = tmp_path / "fresh.ts"
    lupdate = str(Path(sys.executable).parent / "pyside6-lupdate")
    subprocess.run(
        [lupdate, "-extensions", "py", "-locations", "none", str(ROOT / "journal"), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    have = {(c, s) for c, s, _ in ts_messages(TS["es"])}
    missing = sorted({(c, s) for c, s, _ in ts_messages(fresh)} - have)
    assert not missing, "run `make translations`; missing from the .ts:\n" + "\n".join(
        f"[{c}] {s!r}" for c, s in missing
    )


def test_qm_files_are_compiled_from_the_current_ts(tmp_path: Path) -> None:
    lrelease = str(Path(sys.executable).parent / "pyside6-lrelease")
    for lang in ("es", "en"):
        fresh = tmp_path / f"{lang}.qm"
        subprocess.run(
            [lrelease, "-silent", str(TS[lang]), "-qm", str(fresh)], check=True, capture_output=True
        )
        assert fresh.read_bytes() == QM[lang].read_bytes(), (
            f"{QM[lang].name} is stale: run `make translations`"
        )


# Calls pyside6-lupdate files under the wrong context, so they are never translated:
#   other.tr("x")   lupdate takes "other" as the context; at run time it is other's class name.
#   tr("x")         a module-level helper: lupdate files it under the empty context.
# Write self.tr("x") inside the class, or QCoreApplication.translate("Context", "x") /
# QT_TRANSLATE_NOOP("Context", "x") anywhere else.
def lupdate_blind_calls(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        first = node.args[0]
        literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
        if not literal:
            continue
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            receiver = func.value
            if not (isinstance(receiver, ast.Name) and receiver.id in {"self", "cls"}):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(func)}({first.value!r})")
        elif isinstance(func, ast.Name) and (func.id == "tr" or re.fullmatch(r"_[A-Z]?", func.id)):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {func.id}({first.value!r})")
    return found


def test_tr_calls_are_visible_to_lupdate() -> None:
    offenders = [
        hit for path in sorted((ROOT / "journal").rglob("*.py")) for hit in lupdate_blind_calls(path)
    ]
    assert not offenders, (
        "pyside6-lupdate files these under a context that differs from the one used at run time, "
        "so they will never be translated. Use self.tr(...) inside the class, or "
        'QCoreApplication.translate("Context", ...) / QT_TRANSLATE_NOOP("Context", ...):\n'
        + "\n".join(offenders)
    )
