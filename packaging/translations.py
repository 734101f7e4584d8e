"""``make translations``: update the .ts sources from the code, then compile .qm files.

    python packaging/translations.py [--check]

1. ``pyside6-lupdate journal/ -ts resources/translations/networking_journal_<lang>.ts``
   (no line numbers, so parallel work does not conflict; obsolete strings dropped).
2. Plurals: lupdate only marks ``self.tr("%n ...", "", n)`` as plural. Messages
   from ``QCoreApplication.translate(ctx, "%n ...", None, n)`` come out as
   ordinary ones and lupdate would even throw existing plural forms away. So
   every message whose source contains ``%n`` is turned (back) into a plural
   message, keeping the forms translated before this run.
3. English keeps only plural messages (the source text is English already).
4. ``pyside6-lrelease`` compiles each .ts to .qm next to it.

``--check`` prints how many Spanish messages are unfinished and exits 1 if any.
"""

from __future__ import annotations

import argparse
import copy
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOG = "networking_journal"
LANGUAGES = ("es", "en")
PLURAL_FORMS = {"es": 2, "en": 2}  # as lupdate counts them (one, other)

Key = tuple[str, str, str]


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else name


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"{CATALOG}_{language}.ts"


def messages(root: ET.Element) -> dict[Key, ET.Element]:
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def make_plural(message: ET.Element, before: ET.Element | None, forms: int) -> None:
    if before is not None and before.get("numerus") == "yes":
        message.attrib["numerus"] = "yes"
        old = message.find("translation")
        if old is not None:
            message.remove(old)
        message.append(copy.deepcopy(before.find("translation")))
        return
    if message.get("numerus") == "yes":
        return  # lupdate made it plural itself (self.tr with n)
    message.attrib["numerus"] = "yes"
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    text = translation.text or ""
    translation.text = None
    translation.attrib["type"] = "unfinished"
    for _ in range(forms):
        ET.SubElement(translation, "numerusform").text = text


def fix_plurals(path: Path, before: dict[Key, ET.Element], language: str) -> None:
    tree = ET.parse(path)
    root = tree.getroot()
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if "%n" in key[1]:
                make_plural(message, before.get(key), PLURAL_FORMS[language])
            elif language == "en":
                context.remove(message)
        if not context.findall("message"):
            root.remove(context)
    write_ts(tree, path)


def update(language: str) -> None:
    path = ts_path(language)
    before = messages(ET.parse(path).getroot()) if path.exists() else {}
    if not path.exists():
        path.write_text(
            f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="{language}" sourcelanguage="en"></TS>\n',
            encoding="utf-8",
        )
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            language,
            str(ROOT / "journal"),
            "-ts",
            str(path),
        ],
        check=True,
        capture_output=True,
    )
    fix_plurals(path, before, language)


def fill(language: str, table: dict[str, dict[str, str | list[str]]]) -> int:
    """Write translations into the .ts: ``{context: {source: text or [plural forms]}}``.

    Marks them finished; returns how many messages were filled. Unknown sources
    are ignored (the code may have changed); run ``release`` afterwards.
    """
    path = ts_path(language)
    tree = ET.parse(path)
    filled = 0
    for key, message in messages(tree.getroot()).items():
        wanted = table.get(key[0], {}).get(key[1])
        if wanted is None:
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            forms = wanted if isinstance(wanted, list) else [wanted] * PLURAL_FORMS[language]
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = wanted if isinstance(wanted, str) else wanted[-1]
        filled += 1
    write_ts(tree, path)
    return filled


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def release(language: str) -> None:
    path = ts_path(language)
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(path), "-qm", str(path.with_suffix(".qm"))], check=True
    )


def unfinished(language: str) -> list[Key]:
    root = ET.parse(ts_path(language)).getroot()
    return [
        key
        for key, message in messages(root).items()
        if (
            message.find("translation") is not None
            and message.find("translation").get("type") == "unfinished"
        )
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only report unfinished Spanish messages")
    parser.add_argument(
        "--fill",
        nargs=2,
        metavar=("LANG", "JSON"),
        help='write translations from a JSON file {"Context": {"source": "translation" or [forms]}}',
    )
    parser.add_argument("--release-only", action="store_true", help="only compile the .ts files to .qm")
    args = parser.parse_args()
    if args.release_only:
        for language in LANGUAGES:
            release(language)
        return 0
    if args.fill:
        import json

        language, table = args.fill[0], json.loads(Path(args.fill[1]).read_text(encoding="utf-8"))
        print(f"filled {fill(language, table)} messages")
        release(language)
    elif not args.check:
        for language in LANGUAGES:
            update(language)
            release(language)
    for language in LANGUAGES:
        todo = unfinished(language)
        print(
            f"{ts_path(language).name}: {len(messages(ET.parse(ts_path(language)).getroot()))} messages, "
            f"{len(todo)} unfinished"
        )
        for context, source, _comment in todo[:20]:
            print(f"    [{context}] {source}")
        if len(todo) > 20:
            print(f"    ... and {len(todo) - 20} more")
    return 1 if args.check and unfinished("es") else 0


if __name__ == "__main__":
    sys.exit(main())
