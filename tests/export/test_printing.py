"""Sending a PDF to the printer (cos_desktop.export.printing): the lp command, and what each
failure of the printing system tells the facilitator. Where a case cannot be made real on a
test machine (no printer set up at all), small stand-ins for lp and lpstat answer as CUPS does."""

from __future__ import annotations

import os
import stat

import pytest

from cos_desktop.export import printing
from cos_desktop.export.printing import PrintError, PrintOptions, lp_command, print_pdf


def test_the_print_dialogs_choices_become_lp_options():
    options = PrintOptions(printer="Office", copies=3, page_ranges="2-4", paper="Letter",
                           sides="two-sided-long-edge", collate=False, title="Print pack - Demo group")
    assert lp_command("/tmp/a.pdf", options) == [
        "lp", "-d", "Office", "-n", "3", "-t", "Print pack - Demo group", "-P", "2-4",
        "-o", "media=Letter", "-o", "fit-to-page", "-o", "sides=two-sided-long-edge", "-o", "collate=false",
        "--", "/tmp/a.pdf",
    ]
    assert lp_command("/tmp/a.pdf", PrintOptions()) == ["lp", "-n", "1", "-t", "COS Desktop", "--", "/tmp/a.pdf"]


def fake_cups(tmp_path, monkeypatch, *, lp_error: str, scheduler: str = "scheduler is running", printers=""):
    folder = tmp_path / "bin"
    folder.mkdir()
    lpstat = f'case "$1" in -r) echo "{scheduler}";; -e) printf "{printers}";; esac; exit 0'
    for name, body in (("lp", f'echo "{lp_error}" >&2; exit 1'), ("lpstat", lpstat)):
        path = folder / name
        path.write_text(f"#!/bin/sh\n{body}\n")
        path.chmod(path.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", str(folder) + os.pathsep + "/usr/bin:/bin")


@pytest.mark.skipif(os.name == "nt", reason="shell stand-ins")
@pytest.mark.parametrize(
    "lp_error, scheduler, reason, words",
    [
        ("lp: Error - No default destination.", "scheduler is running", "no-printer", "No printer is set up"),
        ("lp: Error - The printer or class does not exist.", "scheduler is not running", "not-running",
         "is not running"),
        ('lp: Destination "PDF" is not accepting jobs.', "scheduler is running", "refused", "not taking jobs"),
        ("lp: Error - something else", "scheduler is running", "failed", "Save the PDF instead"),
    ],
)
def test_each_failure_has_a_calm_reason(tmp_path, monkeypatch, lp_error, scheduler, reason, words):
    fake_cups(tmp_path, monkeypatch, lp_error=lp_error, scheduler=scheduler)
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    with pytest.raises(PrintError) as caught:
        print_pdf(b"%PDF-1.4\n%%EOF\n", PrintOptions())
    assert caught.value.reason == reason and words in str(caught.value)
    assert list(tmp_path.glob("cos-print-*")) == []  # the copy handed to lp is gone


def test_without_cups_at_all_it_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(PrintError) as caught:
        print_pdf(b"%PDF-1.4\n%%EOF\n", PrintOptions(printer="PDF"))
    assert caught.value.reason == "no-printing-system" and "cups-client" in str(caught.value)
    assert printing.printer_names() == [] and not printing.scheduler_running()


@pytest.mark.skipif(os.name == "nt", reason="shell stand-ins")
def test_printers_but_no_default_one_names_them(tmp_path, monkeypatch):
    fake_cups(tmp_path, monkeypatch, lp_error="lp: Error - No default destination.", printers="Office\\nPDF\\n")
    with pytest.raises(PrintError, match=r"No printer is chosen as the default.*printers here: Office, PDF"):
        print_pdf(b"%PDF-1.4\n%%EOF\n", PrintOptions())
