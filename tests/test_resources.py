"""journal.resources: icons and translations found in a checkout, a wheel and a bundle."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal import APP_ID, resources
from journal.ui import icons

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def fresh_lookup() -> Iterator[None]:
    resources.resources_dir.cache_clear()
    yield
    resources.resources_dir.cache_clear()


def test_checkout_layout_is_found() -> None:
    assert resources.resources_dir() == ROOT / "resources"
    assert (resources.translations_dir() / "networking_journal_es.qm").is_file()


def test_bundle_layout_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_lookup: None) -> None:
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "resources"


def test_missing_resources_say_where_they_were_looked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_lookup: None
) -> None:
    monkeypatch.setattr(resources, "_candidates", lambda: [tmp_path / "nowhere"])
    with pytest.raises(FileNotFoundError, match="nowhere"):
        resources.resources_dir()


@pytest.mark.parametrize("name", resources.ICON_NAMES)
def test_icon_set_is_complete_and_consistent(name: str) -> None:
    svg = resources.icon_path(name).read_text(encoding="utf-8")
    assert 'viewBox="0 0 24 24"' in svg
    assert 'stroke="currentColor"' in svg, "icons take their colour from the palette"
    assert not re.search(r"#[0-9a-fA-F]{3,6}\b", svg), "no fixed colours in the icon set"


def test_every_icon_renders(qapp) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtSvg import QSvgRenderer

    for name in resources.ICON_NAMES:
        assert QSvgRenderer(str(resources.icon_path(name))).isValid(), name
        for size in (16, 32, 64):
            image = icons.icon(name).pixmap(QSize(size, size)).toImage()
            assert any(image.pixelColor(x, y).alpha() for x in range(size) for y in range(size)), (name, size)


def test_unknown_icon_is_an_error() -> None:
    with pytest.raises(KeyError):
        resources.icon_path("no-such-icon")


def test_app_icon_svg_and_pngs(qapp) -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    assert resources.app_icon_path().name == f"{APP_ID}.svg"
    assert QSvgRenderer(str(resources.app_icon_path())).isValid()
    for size in resources.APP_ICON_SIZES:
        image = QImage(str(resources.app_icon_png_path(size)))
        assert (image.width(), image.height()) == (size, size), size
    icon = icons.app_icon()
    assert not icon.isNull()
    assert icon.pixmap(256, 256).width() == 256


def test_application_uses_the_app_icon(qapp) -> None:
    from journal.app import create_application

    assert create_application([]) is qapp  # tests reuse pytest-qt's application
    qapp.setWindowIcon(icons.app_icon())
    assert not qapp.windowIcon().isNull()
