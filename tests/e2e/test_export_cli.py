"""`cos-desktop export ...` in real subprocesses: files written, clear exits when something is missing."""

from __future__ import annotations

import os
import shutil

import pytest

from tests.conftest import run_cli
from tests.export import pdfread, printed


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("export-cli")
    url = "sqlite:///" + str(folder / "demo.sqlite3")
    result = run_cli("--database", url, "demo", "--no-window", env={"COS_DESKTOP_DATA_DIR": str(folder / "data")})
    assert result.returncode == 0, result.stderr
    return url


@pytest.mark.parametrize(
    "document, extra, pages",
    [
        ("parent-summary", ["--chapter", "1"], 1),
        ("parent-summary", ["--per-parent"], 5),
        ("facilitator-record", [], None),
        ("programme-report", [], 3),  # the report, the outcomes page, the fidelity page
        ("catch-up", ["--chapter", "1", "--participant", "Gwen L. (demo)"], 1),
    ],
)
def test_export_writes_each_document(demo_url, tmp_path, document, extra, pages):
    out = tmp_path / f"{document}.pdf"
    result = run_cli("--database", demo_url, "export", document, "--group", "Demo group", *extra, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    assert str(out) in result.stdout
    if pages is not None:
        assert pdfread.page_count(out) == pages
    if document == "facilitator-record":
        assert "CONFIDENTIAL" in pdfread.all_text(out)


@pytest.mark.parametrize(
    "args, message",
    [
        (["parent-summary", "--group", "No such group"], 'There is no group called "No such group"'),
        (["facilitator-record", "--group", "Demo group", "--chapter", "9"], "has no chapter 9"),
        (["catch-up", "--group", "Demo group", "--chapter", "1", "--participant", "Zoe"], 'no parent called "Zoe"'),
        (["certificates", "--group", "Demo group"], "Nobody in \"Demo group\" has attended 6 chapters"),
        (["catch-up", "--group", "Demo group", "--chapter", "2"], "Nobody missed chapter 2"),
        (["catch-up", "--group", "Demo group", "--chapter", "1", "--participant", "Ben T. (demo)"],
         '"Ben T. (demo)" was present at chapter 1, so there is nothing to catch up on'),
        (["print-pack", "--group", "Demo group", "--chapter", "2"], "has not been delivered yet"),
    ],
)
def test_export_explains_what_is_missing(demo_url, tmp_path, args, message):
    out = tmp_path / "never.pdf"
    result = run_cli("--database", demo_url, "export", *args, "--out", str(out))
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists() and not list(tmp_path.iterdir())


def test_export_to_an_unwritable_place_exits_non_zero(demo_url, tmp_path):
    out = tmp_path / "missing-folder" / "x.pdf"
    result = run_cli("--database", demo_url, "export", "programme-report", "--group", "Demo group", "--out", str(out))
    assert result.returncode == 3 and "cannot write" in result.stderr and "Traceback" not in result.stderr


def test_start_up_does_not_import_reportlab():
    code = (
        "import sys, cos_desktop.cli, cos_desktop.app, cos_desktop.export, cos_desktop.ui.main_window;"
        "cos_desktop.cli.build_parser();"
        "print(sorted(m for m in sys.modules if m.startswith('reportlab')))"
    )
    import subprocess
    import sys

    from tests.conftest import ROOT

    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# ---- cos-desktop print ---------------------------------------------------------------------------------
@printed.needs_printer
def test_print_sends_the_pdf_to_the_printer_and_the_text_arrives(demo_url):
    before = printed.printed_files()
    result = run_cli("--database", demo_url, "print", "parent-summary", "--group", "Demo group", "--chapter", "1",
                     "--printer", printed.PRINTER, "--copies", "1")
    assert result.returncode == 0, result.stderr
    assert f"sent to {printed.PRINTER} as job" in result.stdout
    out = printed.wait_for_new_file(before)
    text = pdfread.all_text(out)
    assert "Demo group" in text and "Chapter 1" in text


@printed.needs_printer
def test_print_to_a_printer_that_does_not_exist_says_which_exist(demo_url):
    result = run_cli("--database", demo_url, "print", "programme-report", "--group", "Demo group",
                     "--printer", "No-such-printer")
    assert result.returncode == 4
    assert 'There is no printer called "No-such-printer"' in result.stderr and printed.PRINTER in result.stderr
    assert "Traceback" not in result.stderr


def test_print_without_a_printing_system_says_so_calmly(demo_url, tmp_path):
    # A PATH without lp/lpstat: a computer where CUPS is not installed.
    bare = tmp_path / "bin"
    bare.mkdir()
    result = run_cli("--database", demo_url, "print", "programme-report", "--group", "Demo group",
                     env={"PATH": str(bare)})
    assert result.returncode == 4
    assert "Printing needs CUPS" in result.stderr and "export" in result.stderr
    assert "Traceback" not in result.stderr


def test_print_refuses_the_same_missing_things_as_export(demo_url):
    result = run_cli("--database", demo_url, "print", "catch-up", "--group", "Demo group", "--chapter", "2")
    assert result.returncode == 1 and "Nobody missed chapter 2" in result.stderr


@pytest.mark.skipif(shutil.which("lp") is None, reason="needs CUPS's lp command")
def test_print_when_the_printing_service_is_not_running_says_so(demo_url):
    # CUPS_SERVER pointing at a closed port: lp and lpstat cannot reach a scheduler.
    result = run_cli("--database", demo_url, "print", "programme-report", "--group", "Demo group",
                     "--printer", "PDF", env={"CUPS_SERVER": "127.0.0.1:9"})
    assert result.returncode == 4
    assert "printing service (CUPS) is not running" in result.stderr and "Traceback" not in result.stderr


@printed.needs_printer
@pytest.mark.skipif(shutil.which("cupsdisable") is None or os.geteuid() != 0, reason="pausing a printer needs root")
def test_a_paused_printer_keeps_the_job_and_says_so(demo_url):
    import subprocess

    subprocess.run(["cupsdisable", printed.PRINTER], check=True)
    try:
        result = run_cli("--database", demo_url, "print", "programme-report", "--group", "Demo group",
                         "--printer", printed.PRINTER)
    finally:
        subprocess.run(["cupsenable", printed.PRINTER], check=True)
    assert result.returncode == 0, result.stderr
    assert "is paused or offline: the document waits in its queue" in result.stdout


@printed.needs_printer
@pytest.mark.skipif(shutil.which("cupsreject") is None or os.geteuid() != 0, reason="needs root")
def test_a_printer_that_takes_no_jobs_says_so_and_offers_the_pdf(demo_url):
    import subprocess

    subprocess.run(["cupsreject", printed.PRINTER], check=True)
    try:
        result = run_cli("--database", demo_url, "print", "programme-report", "--group", "Demo group",
                         "--printer", printed.PRINTER)
    finally:
        subprocess.run(["cupsaccept", printed.PRINTER], check=True)
    assert result.returncode == 4
    assert "is not taking jobs at the moment" in result.stderr and "cos-desktop export" in result.stderr


def test_the_print_pack_lists_its_pages_in_order(demo_url, tmp_path):
    out = tmp_path / "pack.pdf"
    result = run_cli("--database", demo_url, "export", "print-pack", "--group", "Demo group", "--chapter", "1",
                     "--out", str(out))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "6 summaries, 2 catch-up sheets, in this order:" in lines
    assert "  Gwen L. (demo): catch-up sheet (not named on the page)" in lines
    assert pdfread.page_count(out) == 8


def test_export_names_a_part_of_a_chapter_in_parts(tmp_path):
    import datetime as dt

    from cos_desktop.db import store
    from cos_desktop.db.engine import open_database

    url = "sqlite:///" + str(tmp_path / "online.sqlite3")
    database = open_database(url)
    try:
        with database.session() as session:
            store.create_group(session, name="Online", template=store.ensure_builtin_template(session),
                               first_date=dt.date(2026, 1, 7), session_minutes=60, parts=2)
            session.commit()
    finally:
        database.dispose()
    out = tmp_path / "record.pdf"
    base = ["--database", url, "export", "facilitator-record", "--group", "Online", "--chapter", "1"]
    result = run_cli(*base, "--part", "2", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "part 2 of 2" in " ".join(pdfread.all_text(out).split())
    result = run_cli(*base, "--part", "3", "--out", str(tmp_path / "never.pdf"))
    assert result.returncode == 1 and "has no part 3: it has 2 parts" in result.stderr
