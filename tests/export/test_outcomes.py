"""The outcomes page, the fidelity pages and the CSV files, read back from the real files."""

from __future__ import annotations

import csv

import pytest

from cos_desktop.db import measures
from cos_desktop.db import report_queries as rq
from cos_desktop.db.demo import load_demo_group
from cos_desktop.db.engine import open_database
from cos_desktop.db.transactions import committed
from cos_desktop.export import build_document
from cos_desktop.export.csv_export import write_attendance_csv, write_outcomes_csv
from tests.export import pdfread

ARABIC = "مريم الحسن"
CHINESE = "王小明"


def _scores(session, group):
    stress = committed(session, lambda: measures.add_measure(session, group.id, "Parenting stress", 36, 180, "lower"))
    confidence = committed(session, lambda: measures.add_measure(session, group.id, "Confidence", 0, 40, "higher"))
    people = group.participants
    for person, pre, post in zip(people, [120, 100, 90, 110, None], [100, 104, 90, None, 80]):
        for when, value in (("pre", pre), ("post", post)):
            if value is not None:
                committed(session, lambda: measures.set_score(session, stress, person.id, when, value))
    committed(session, lambda: measures.set_score(session, confidence, people[0].id, "pre", 10))
    committed(session, lambda: measures.set_score(session, confidence, people[0].id, "post", 17.5))
    return stress, confidence


@pytest.fixture
def demo(session):
    group = load_demo_group(session)
    group.participants[3].display_name = ARABIC
    group.participants[4].display_name = CHINESE
    session.commit()
    _scores(session, group)
    return group


def test_programme_report_ends_with_the_outcomes_and_fidelity_pages(session, demo, tmp_path):
    out = tmp_path / "report.pdf"
    pages = build_document("programme-report", rq.document_views(session, "programme-report", demo.name), out)
    texts = pdfread.page_texts(out)
    assert pages == len(texts) == 3
    outcomes = texts[1]
    assert "Outcomes: pre and post measures" in outcomes
    assert "Parenting stress (36 to 180, lower is better)" in outcomes
    stress_summary = " ".join(outcomes.split())
    # Amira 120 -> 100 improved (lower is better), Ben 100 -> 104 worsened, Chloé 90 -> 90 the same.
    assert "-20 Improved" in stress_summary and "+4 Worsened" in stress_summary and "0 Stayed the same" in stress_summary
    assert "Mean change (n = 3) -5.3" in stress_summary
    assert "1 improved · 1 same · 1 worse" in stress_summary
    assert "Not both totals" in stress_summary  # Dariusz (pre only) and Efua (post only)
    assert pdfread.squeeze(ARABIC) in pdfread.squeeze(outcomes) and CHINESE in pdfread.squeeze(outcomes)
    fidelity = texts[2]
    assert "Fidelity for supervision" in fidelity and "Chapters delivered in order: 1." in fidelity
    assert "Reviewed in supervision on ____" in fidelity and "by ____" in fidelity


def test_facilitator_record_ends_with_the_sessions_fidelity_page(session, demo, tmp_path):
    out = tmp_path / "record.pdf"
    build_document("facilitator-record", rq.document_views(session, "facilitator-record", demo.name, chapter=1), out)
    last = " ".join(pdfread.page_texts(out)[-1].split())
    assert last.startswith("CONFIDENTIAL") or "Fidelity for supervision" in last
    assert "9 segments: 8 delivered, 1 shortened, 0 skipped." in last  # the demo cut one handout by 2 of 6 minutes
    assert "Segments were shown in the planned order." in last
    assert "Chapter 1 was delivered in programme order." in last
    assert "This chapter's videos have no pause points." in last
    assert "Reviewed in supervision on ____" in last


def test_a_planned_session_has_no_fidelity_page(session, demo, tmp_path):
    out = tmp_path / "planned.pdf"
    build_document("facilitator-record", rq.document_views(session, "facilitator-record", demo.name, chapter=2), out)
    assert "Fidelity for supervision" not in pdfread.all_text(out)


def test_a_group_with_no_measures_says_so(db_url, tmp_path):
    import datetime as dt

    from cos_desktop.db import store

    db = open_database(db_url)
    try:
        with db.session() as session:
            group = store.create_group(session, name="First", template=store.ensure_builtin_template(session),
                                       first_date=dt.date(2026, 1, 5))
            session.commit()
            out = tmp_path / "empty.pdf"
            build_document("programme-report", rq.programme_report_view(session, group), out)
    finally:
        db.dispose()
    text = pdfread.body_text(out)
    assert "No pre/post measures were recorded for this group." in text
    assert "No session has been delivered yet." in text


def test_outcomes_csv_has_a_bom_and_every_name_survives(session, demo, tmp_path):
    out = tmp_path / "outcomes.csv"
    lines = write_outcomes_csv(measures.outcomes_view(session, demo), out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert lines == len(rows) == 16  # 8 parents x 2 measures
    amira = next(r for r in rows if r["Parent"] == "Amira K. (demo)" and r["Measure"] == "Parenting stress")
    assert (amira["Pre"], amira["Post"], amira["Change"], amira["Outcome"], amira["Better when"]) == (
        "120", "100", "-20", "improved", "lower")
    assert {r["Parent"] for r in rows} >= {ARABIC, CHINESE}
    confidence = next(r for r in rows if r["Parent"] == "Amira K. (demo)" and r["Measure"] == "Confidence")
    assert confidence["Change"] == "7.5" and confidence["Post"] == "17.5"


def test_attendance_csv_one_line_per_parent(session, demo, tmp_path):
    out = tmp_path / "attendance.csv"
    write_attendance_csv(rq.programme_report_view(session, demo), out)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["Group", "Parent", f"Chapter 1 ({demo.sessions[0].date.isoformat()})"]
    assert rows[0][-2:] == ["Attended", "Delivered sessions"] and len(rows) == 9
    gwen = next(r for r in rows if r[1] == "Gwen L. (demo)")
    assert gwen[2] == "Absent" and gwen[-2:] == ["0", "1"]
    assert any(r[1] == ARABIC for r in rows)


def test_a_name_that_looks_like_a_formula_stays_text(session, demo, tmp_path):
    demo.participants[0].display_name = "=HYPERLINK(\"http://x\")"
    session.commit()
    out = tmp_path / "outcomes.csv"
    write_outcomes_csv(measures.outcomes_view(session, demo), out)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        names = [r["Parent"] for r in csv.DictReader(handle)]
    assert "'=HYPERLINK(\"http://x\")" in names


def test_the_command_line_writes_both_csv_files(cli, tmp_path):
    url = "sqlite:///" + str(tmp_path / "cli.sqlite3")
    assert cli("--database", url, "demo", "--no-window").returncode == 0
    db = open_database(url)
    with db.session() as session:
        group = load_demo_group(session)
        _scores(session, group)
    db.dispose()
    for kind, expected in (("outcomes-csv", "16 lines"), ("attendance-csv", "8 lines")):
        out = tmp_path / f"{kind}.csv"
        result = cli("--database", url, "export", kind, "--group", "demo group", "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert expected in result.stdout and out.read_bytes().startswith(b"\xef\xbb\xbf")
    missing = cli("--database", url, "export", "outcomes-csv", "--group", "Nobody", "--out", str(tmp_path / "x.csv"))
    assert missing.returncode == 1 and 'There is no group called "Nobody"' in missing.stderr
    folder = cli("--database", url, "export", "outcomes-csv", "--group", "Demo group", "--out", str(tmp_path))
    assert folder.returncode == 1 and "is a folder" in folder.stderr


def test_libreoffice_reads_every_name_from_the_csv(session, demo, tmp_path):
    """A spreadsheet program's own reading of the file (skipped where LibreOffice is not installed)."""
    import shutil
    import subprocess
    import zipfile

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    source = tmp_path / "attendance.csv"
    write_attendance_csv(rq.programme_report_view(session, demo), source)
    # Headless conversion does not look for the byte order mark, so it is told the file is UTF-8 (76);
    # the mark must then not show up as stray characters in the first cell.
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                    "--infilter=CSV:44,34,76", "--convert-to", "xlsx", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=120)
    with zipfile.ZipFile(tmp_path / "attendance.xlsx") as book:
        strings = book.read("xl/sharedStrings.xml").decode("utf-8")
    assert "<t>Group</t>" in strings or ">Group<" in strings
    assert ARABIC in strings and CHINESE in strings and "Chloé R. (demo)" in strings
