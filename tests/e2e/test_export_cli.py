"""`cos-desktop export ...` in real subprocesses: files written, clear exits when something is missing."""

from __future__ import annotations

import pytest

from tests.conftest import run_cli
from tests.export import pdfread


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
