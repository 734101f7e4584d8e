"""Qt's own dialogs speak the user's language too (Qt's Spanish catalog lacks a few of its own
strings; ours carries them)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from journal import i18n


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    settings = QSettings()
    settings.setValue(i18n.LANGUAGE_KEY, "es")
    previous = QLocale()
    translations = i18n.install(qapp, settings)
    yield
    for translator in translations.translators:
        qapp.removeTranslator(translator)
    translations.translators = []
    settings.remove(i18n.LANGUAGE_KEY)
    QLocale.setDefault(previous)


ENGLISH = {"&Look in:", "Files of &type:", "File &name:", "Look in:", "Files of type:"}


def test_the_file_dialog_labels_are_in_spanish(spanish: None, qtbot) -> None:
    # Import…, Export… and Restore… open Qt's own file dialog: "Look in:" and "Files of type:"
    # were left in English beside "Nombre de fichero:".
    dialog = QFileDialog(None, "Importar contactos")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    texts = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
    assert texts and not texts & ENGLISH, texts
