"""Temporary files made while previewing a PDF are owner-only and gone afterwards."""

from __future__ import annotations

import io
import os
import shutil
import stat
import subprocess

import pytest

from cos_desktop.ui.printing import export_dialog


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

    monkeypatch.setattr(export_dialog.subprocess, "run", watching)
    images = export_dialog._pdftoppm_pages(buffer.getvalue(), 30, 1, 1)
    assert images and not images[0].isNull()
    assert seen["mode"] == 0o700
    assert not os.path.exists(seen["folder"])
