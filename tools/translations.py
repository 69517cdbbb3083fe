#!/usr/bin/env python3
"""Translation catalogues: sources in translations/<language>/<area>.ts, compiled ones in
resources/translations/cos_desktop_<language>.qm.

    tools/translations.py update [AREA ...]   find every text to translate (pyside6-lupdate), keeping
                                              translations already made; the built-in programme's
                                              parent-facing texts too (area "programme"); every area
                                              when none is named
    tools/translations.py build               compile every language (pyside6-lrelease); quick when
                                              nothing changed
    tools/translations.py missing [LANG ...]  list texts without a translation; exit 1 if any
    tools/translations.py pseudo FOLDER       a pseudo-translation (longer by a third, accented,
                                              in brackets) as FOLDER/cos_desktop_pseudo.qm, to find
                                              clipped or untranslated texts

One .ts file per area of the code keeps each file's history readable and lets areas be translated
side by side.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "cos_desktop"
SOURCES = ROOT / "translations"
COMPILED = ROOT / "resources" / "translations"
PROGRAMME = ROOT / "resources" / "programme.yaml"
PREFIX = "cos_desktop_"
LANGUAGES = ["es"]
# Programme texts a parent reads (summaries, take-aways) and titles shown on their pages.
PROGRAMME_CONTEXT = "Programme"
PROGRAMME_FIELDS = ("title", "parent_summary", "notice_this_week", "parent_takeaway")


def area_of(path: Path) -> str:
    """cos_desktop/ui/live/x.py -> ui_live; cos_desktop/ui/x.py -> ui; cos_desktop/db/x.py -> db;
    cos_desktop/cli.py -> cli."""
    parts = path.relative_to(PACKAGE).parts
    if len(parts) == 1:
        return "cli"
    if parts[0] == "ui" and len(parts) > 2:
        return "ui_" + parts[1]
    return parts[0]


def areas() -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "__pycache__" in path.parts or "migrations" in path.parts:
            continue
        found.setdefault(area_of(path), []).append(path)
    return found


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found: install PySide6 (pip install -e .)")
    return found


def _run(*args: str) -> None:
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)


def _plural_translations(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> <translation> of each plural message, read before lupdate runs: lupdate
    does not see translate(context, text, "", n) as plural and cuts its forms down to one."""
    if not ts.exists():
        return {}
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                found[(context.findtext("name"), message.findtext("source"))] = message.find("translation")
    return found


def _mark_plurals(ts: Path, before: dict[tuple[str, str], ET.Element] | None = None) -> None:
    """lupdate marks self.tr(text, "", n) as plural but not translate(context, text, "", n): any
    text with %n is counted, so mark it too, keeping a translation already made (`before`)."""
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            kept = (before or {}).get((context.findtext("name"), message.findtext("source")))
            if kept is not None and message.get("type") != "vanished":
                message.set("numerus", "yes")
                message.remove(message.find("translation"))
                message.append(kept)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        if "%n" not in source or message.get("numerus") == "yes":
            continue
        message.set("numerus", "yes")
        old = message.find("translation")
        text = old.text or ""
        old.text = None
        for _ in range(2):  # Spanish and English have two forms
            ET.SubElement(old, "numerusform").text = text
    # Always written the same way, so an update that finds nothing new changes nothing in git.
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def _programme_texts() -> list[str]:
    import yaml

    data = yaml.safe_load(PROGRAMME.read_text(encoding="utf-8"))
    texts: list[str] = []
    for chapter in data["chapters"]:
        for item in [chapter, *chapter.get("segments", [])]:
            texts += [item[f] for f in PROGRAMME_FIELDS if item.get(f)]
    return list(dict.fromkeys(texts))


def _update_programme(language: str, sources: Path) -> None:
    ts = sources / language / "programme.ts"
    known: dict[str, ET.Element] = {}
    if ts.exists():
        for message in ET.parse(ts).getroot().iter("message"):
            known[message.findtext("source") or ""] = message
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = PROGRAMME_CONTEXT
    for text in _programme_texts():
        message = known.get(text)
        if message is None:
            message = ET.Element("message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", type="unfinished")
        context.append(message)
    ET.indent(root, space="    ")
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)


def update(languages: list[str], sources: Path = SOURCES, only: list[str] | None = None) -> None:
    lupdate = tool("pyside6-lupdate")
    for language in languages:
        folder = sources / language
        folder.mkdir(parents=True, exist_ok=True)
        for area, files in areas().items():
            if only and area not in only:
                continue
            ts = folder / f"{area}.ts"
            plurals = _plural_translations(ts)
            _run(lupdate, *map(str, files), "-no-obsolete", "-locations", "none", "-source-language", "en",
                 "-target-language", language, "-ts", str(ts))
            _mark_plurals(ts, plurals)
        if not only or "programme" in only:
            _update_programme(language, sources)


def _sources(language: str, sources: Path = SOURCES) -> list[Path]:
    return sorted((sources / language).glob("*.ts"))


def build() -> None:
    lrelease = None
    COMPILED.mkdir(parents=True, exist_ok=True)
    for folder in sorted(p for p in SOURCES.iterdir() if p.is_dir()):
        qm = COMPILED / f"{PREFIX}{folder.name}.qm"
        sources = _sources(folder.name)
        if qm.exists() and all(ts.stat().st_mtime <= qm.stat().st_mtime for ts in sources):
            continue
        lrelease = lrelease or tool("pyside6-lrelease")
        _run(lrelease, "-silent", *map(str, sources), "-qm", str(qm))


def missing(languages: list[str], sources: Path = SOURCES) -> list[str]:
    """'area: context: source' for every text without a finished translation."""
    found = []
    for language in languages:
        for ts in _sources(language, sources):
            for context in ET.parse(ts).getroot().iter("context"):
                name = context.findtext("name")
                for message in context.iter("message"):
                    translation = message.find("translation")
                    forms = [translation.text] if message.get("numerus") != "yes" else [
                        f.text for f in translation.iter("numerusform")]
                    if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
                        if translation.get("type") in ("vanished", "obsolete"):
                            continue
                        found.append(f"{language}/{ts.stem}: {name}: {message.findtext('source')}")
    return found


_KEPT = re.compile(r"\{[^{}]*\}|</?[A-Za-z][^<>]*>|%\w|&\w+;")


def pseudo_text(text: str) -> str:
    """Longer by a third, accented, in brackets: "Print" -> "[Ƥŕíñţ~~]". Keeps {fields}, %n,
    markup and entities intact so the text still works; & mnemonics stay on their letter."""
    accents = str.maketrans("aeiouycnsAEIOUYCNS", "áéíóúýçñšÁÉÍÓÚÝÇÑŠ")
    out, last = [], 0
    for kept in _KEPT.finditer(text):
        out += [text[last:kept.start()].translate(accents), kept.group()]
        last = kept.end()
    out.append(text[last:].translate(accents))
    padding = "~" * max(1, len(text) // 3)
    return "[" + "".join(out) + padding + "]"


def pseudo(folder: Path) -> Path:
    """Every text of every area, pseudo-translated, compiled to folder/cos_desktop_pseudo.qm."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        for ts in _sources(LANGUAGES[0]):
            tree = ET.parse(ts)
            for message in tree.getroot().iter("message"):
                translation = message.find("translation")
                source = message.findtext("source") or ""
                translation.attrib.pop("type", None)
                if message.get("numerus") == "yes":
                    for form in translation.iter("numerusform"):
                        form.text = pseudo_text(source)
                else:
                    translation.text = pseudo_text(source)
            tree.write(Path(work) / ts.name, encoding="utf-8", xml_declaration=True)
        qm = folder / f"{PREFIX}pseudo.qm"
        _run(tool("pyside6-lrelease"), "-silent", *map(str, sorted(Path(work).glob("*.ts"))), "-qm", str(qm))
    return qm


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("", [])
    if command == "update":
        update(LANGUAGES, only=rest)
    elif command == "build":
        build()
    elif command == "missing":
        found = missing(rest or LANGUAGES)
        print("\n".join(found) or "Every text is translated.")
        return 1 if found else 0
    elif command == "pseudo" and rest:
        print(pseudo(Path(rest[0])))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
