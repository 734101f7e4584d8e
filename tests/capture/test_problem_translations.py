"""Every capture problem reads in Spanish the way a window will show it."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QTranslator

from journal import resources
from journal.capture import problems

TEMPLATES = [*problems.TEMPLATES.values(), problems.UNKNOWN_SIMILAR]


@pytest.fixture(scope="module")
def spanish() -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(resources.translations_dir() / "networking_journal_es.qm"))
    return translator


@pytest.mark.parametrize("template", TEMPLATES)
def test_translated_with_the_same_placeholders(spanish: QTranslator, template: str) -> None:
    translated = spanish.translate("Capture", template)
    assert translated and translated != template
    assert sorted(re.findall(r"\{(\w+)\}", translated)) == sorted(re.findall(r"\{(\w+)\}", template))
    values = {name: "X" for name in re.findall(r"\{(\w+)\}", template)}
    assert translated.format(**values)
