"""Picture files for the pictures tests: PNG, JPEG, SVG, and ones that only look like pictures."""

from __future__ import annotations

from pathlib import Path

SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90" viewBox="0 0 160 90">
<rect width="160" height="90" fill="#2a6f97"/><circle cx="80" cy="45" r="30" fill="#f4d35e"/></svg>"""


def make_pictures(folder: Path) -> dict[str, Path]:
    """name -> path: 'png' (red), 'jpeg' (green), 'svg', 'fake' (text named .png), 'text' (.txt)."""
    from PySide6.QtGui import QColor, QImage

    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, suffix, colour in (("png", "png", "#c0392b"), ("jpeg", "jpg", "#27ae60")):
        image = QImage(320, 180, QImage.Format.Format_RGB32)
        image.fill(QColor(colour))
        path = folder / f"circle-{name}.{suffix}"
        assert image.save(str(path))
        paths[name] = path
    paths["svg"] = folder / "programme-graphic.svg"
    paths["svg"].write_text(SVG, encoding="utf-8")
    paths["fake"] = folder / "not-really.png"
    paths["fake"].write_text("These are my notes, not a picture.\n", encoding="utf-8")
    paths["text"] = folder / "notes.txt"
    paths["text"].write_text("notes\n", encoding="utf-8")
    return paths
