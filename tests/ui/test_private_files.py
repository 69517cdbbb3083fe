"""Temporary files made while previewing a PDF are owner-only and gone afterwards."""

from __future__ import annotations

import io
import os
import shutil
import stat
import subprocess

import pytest

from cos_desktop.ui.printing import preview


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils (pdftoppm)")
def test_the_preview_works_in_an_owner_only_folder_that_is_removed(monkeypatch):
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(100, 700, "Zofia: a private name on a page")
    page.save()
    seen = {}
    real_run = subprocess.run

    def watching(command, **kwargs):
        source = command[-2]
        folder = source.rsplit("/", 1)[0]
        seen["folder"], seen["mode"] = folder, stat.S_IMODE(os.stat(folder).st_mode)
        return real_run(command, **kwargs)

    monkeypatch.setattr(preview.subprocess, "run", watching)
    images = preview._pdftoppm_pages(buffer.getvalue(), 30, 1, 1)
    assert images and not images[0].isNull()
    assert seen["mode"] == 0o700
    assert not os.path.exists(seen["folder"])


def test_a_printed_pdf_waits_in_an_owner_only_folder_that_is_removed(monkeypatch):
    import sys

    from cos_desktop.export import printing

    if sys.platform == "win32":
        pytest.skip("on Windows the PDF application opens the file after the call")
    seen = {}

    def fake_lp(path, options):
        seen["folder"] = os.path.dirname(path)
        seen["mode"] = stat.S_IMODE(os.stat(seen["folder"]).st_mode)
        seen["file"] = open(path, "rb").read()
        return "sent"

    monkeypatch.setattr(printing, "_print_with_lp", fake_lp)
    assert printing.print_pdf(b"%PDF-1.4 Zofia's page", options=None) == "sent"
    assert seen["mode"] == 0o700 and seen["file"].startswith(b"%PDF")
    assert not os.path.exists(seen["folder"])
