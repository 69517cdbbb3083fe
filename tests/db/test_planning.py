"""Planning on a real database: undo snapshots, template files, adopting template changes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from cos_desktop.core import curriculum_file as cf
from cos_desktop.core import plan_edit
from cos_desktop.core.kinds import RunStatus
from cos_desktop.db import plans, store
from cos_desktop.db.models import Curriculum, MediaItem, SegmentPlan


def test_export_then_import_gives_an_identical_curriculum(session, tmp_path):
    template = store.ensure_builtin_template(session)
    clip = tmp_path / "videos" / "COS chapter 1 ✨.mp4"
    clip.parent.mkdir()
    clip.write_bytes(b"not really a video")
    first_video = next(s for s in template.chapters[0].segments if s.kind == "video")
    first_video.media_item = MediaItem(title="Chapter 1", location=str(clip))
    session.commit()
    for suffix in (".yaml", ".json"):
        path = tmp_path / f"programme{suffix}"
        store.export_curriculum(template, path)
        assert str(tmp_path) not in path.read_text(encoding="utf-8")  # no local folders travel
        imported, missing = store.import_curriculum(session, cf.load_file(path))
        session.commit()
        assert imported.id != template.id and imported.name.startswith(template.name + " (")
        original = store.spec_from_curriculum(template).model_dump()
        again = store.spec_from_curriculum(imported).model_dump()
        original.pop("name")
        again.pop("name")
        assert again == original
        # the file was found in the library, so nothing needs locating
        assert missing == []
        assert next(s for s in imported.chapters[0].segments if s.kind == "video").media_item.location == str(clip)


def test_import_leaves_placeholders_for_videos_to_locate(session, tmp_path):
    data = cf.to_plain_data(cf.load_file(store.resource_path("programme.yaml")))
    data["chapters"][0]["segments"][3]["video"]["location"] = "/media/usb/COS Chapter 1.mp4"
    data["chapters"][0]["segments"][5]["video"]["location"] = "COS Chapter 1.mp4"
    curriculum, missing = store.import_curriculum(session, cf.parse_data(data))
    session.commit()
    assert missing == ["COS Chapter 1.mp4"]
    items = [s.media_item for s in curriculum.chapters[0].segments if s.media_item is not None]
    assert len(items) == 2 and items[0] is items[1]
    assert items[0].location == "COS Chapter 1.mp4" and store.media_needs_locating(items[0])


def test_a_bad_file_imports_nothing_from_the_command_line(cli, tmp_path, sqlite_url):
    assert cli("--database", sqlite_url, "curriculum", "export", str(tmp_path / "good.yaml")).returncode == 0
    text = (tmp_path / "good.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace("kind: reflection", "kind: lecture", 1), encoding="utf-8")
    check = cli("curriculum", "validate", str(bad))
    assert check.returncode == 1
    assert "chapter 1, segment 5, kind: must be one of check-in" in check.stderr
    result = cli("--database", sqlite_url, "curriculum", "import", str(bad))
    assert result.returncode == 1 and "Nothing was imported." in result.stderr
    from cos_desktop.db.engine import open_database

    database = open_database(sqlite_url)
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(Curriculum)) == 1
    database.dispose()
    ok = cli("--database", sqlite_url, "curriculum", "import", str(tmp_path / "good.yaml"))
    assert ok.returncode == 0 and "as a new programme" in ok.stdout
    assert cli("curriculum", "validate", str(tmp_path / "good.yaml")).returncode == 0


def test_undo_snapshot_brings_a_removed_segment_back_with_its_id(session):
    template = store.ensure_builtin_template(session)
    session.commit()
    before = store.snapshot_curriculum(template)
    removed_id = template.chapters[1].segments[2].id
    after = plan_edit.remove_segment(before, 1, 2)
    after = plan_edit.move_segment(after, 1, 0, 3)
    store.restore_curriculum(session, template, after)
    session.commit()
    session.expire_all()
    assert session.get(SegmentPlan, removed_id) is None
    assert store.snapshot_curriculum(template) == after
    store.restore_curriculum(session, template, before)
    session.commit()
    session.expire_all()
    assert store.snapshot_curriculum(template) == before
    assert session.get(SegmentPlan, removed_id).title == before["chapters"][1]["segments"][2]["title"]


def make_group(session, template):
    group = store.create_group(session, name="Tuesday", template=template, first_date=dt.date(2026, 1, 6))
    group.sessions[0].status = RunStatus.ENDED.value
    group.sessions[1].status = RunStatus.RUNNING.value
    session.commit()
    return group


def test_delivered_and_running_chapters_cannot_be_edited(session):
    template = store.ensure_builtin_template(session)
    group = make_group(session, template)
    before = store.snapshot_curriculum(group.curriculum)
    for chapter in (0, 1):
        changed = plan_edit.set_segment_field(before, chapter, 0, "planned_seconds", 600)
        with pytest.raises(store.PlanLocked):
            store.restore_curriculum(session, group.curriculum, changed)
        session.rollback()
    assert store.snapshot_curriculum(group.curriculum) == before
    changed = plan_edit.set_segment_field(before, 2, 0, "planned_seconds", 600)
    store.restore_curriculum(session, group.curriculum, changed)
    session.commit()
    assert group.curriculum.chapters[2].segments[0].planned_seconds == 600


def test_a_group_adopts_the_edited_template_for_chapters_not_yet_delivered(session):
    template = store.ensure_builtin_template(session)
    group = make_group(session, template)
    delivered_before = store.snapshot_curriculum(group.curriculum)["chapters"][:2]
    # edit the template: every chapter to two hours (adds a break)
    snapshot = store.snapshot_curriculum(template)
    for index in range(8):
        snapshot, _ = plan_edit.fit_chapter(snapshot, index, 120)
    store.restore_curriculum(session, template, snapshot)
    session.commit()
    assert group.curriculum.chapters[4].target_minutes == 90  # the template edit alone changes no group
    adopted, taken, kept = plans.adopted_snapshot(session, group, template)
    assert taken == [3, 4, 5, 6, 7, 8] and kept == [1, 2]
    store.restore_curriculum(session, group.curriculum, adopted)
    session.commit()
    session.expire_all()
    after = store.snapshot_curriculum(group.curriculum)
    assert after["chapters"][:2] == delivered_before
    for chapter in group.curriculum.chapters[2:]:
        assert chapter.planned_seconds == 120 * 60
        assert "break" in [s.kind for s in chapter.segments]
        assert chapter.curriculum_id == group.curriculum_id
    assert [run.chapter.position for run in group.sessions] == list(range(1, 9))


def test_save_as_new_programme_gets_a_free_name(session):
    template = store.ensure_builtin_template(session)
    first = store.save_as_new_programme(session, template, "Two-hour groups")
    second = store.save_as_new_programme(session, template, "Two-hour groups")
    session.commit()
    assert (first.name, second.name) == ("Two-hour groups", "Two-hour groups (2)")
    assert first.is_template and not first.builtin
    with pytest.raises(ValueError):
        store.save_as_new_programme(session, template, "  ")


def test_undo_brings_a_removed_chapter_back_when_its_id_was_taken_meanwhile(session):
    """SQLite gives a freed id to the next new row: undo must not collide with it."""
    from cos_desktop.db import plans
    from cos_desktop.db.models import ChapterPlan

    template = store.ensure_builtin_template(session)
    copy = store.save_as_new_programme(session, template, "Copy")
    session.commit()
    with_extra = plan_edit.add_chapter(store.snapshot_curriculum(copy), 1, plan_edit.new_chapter("Extra"))
    with_extra = plans.restore_plan(session, copy.id, with_extra)
    session.commit()
    removed = plan_edit.remove_chapter(with_extra, 1)
    plans.restore_plan(session, copy.id, removed)
    session.commit()
    freed = with_extra["chapters"][1]["id"]
    make_group(session, template)  # its copy of the programme takes the freed id
    session.commit()
    if session.get_bind().dialect.name == "sqlite":
        assert session.get(ChapterPlan, freed) is not None  # PostgreSQL never gives an id twice
    again = plans.restore_plan(session, copy.id, with_extra)  # undo
    session.commit()
    assert [c["title"] for c in again["chapters"]][:2] == [template.chapters[0].title, "Extra"]
    assert plans.restore_plan(session, copy.id, removed)["chapters"] == removed["chapters"]  # redo


def test_clip_and_pause_times_survive_export_and_import_exactly(session, tmp_path):
    """The bug this guards: exported times came out 1000 times too large ('50:03' for 0:03)."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from cos_desktop.db.models import PausePoint

    template = store.ensure_builtin_template(session)
    session.commit()

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.lists(st.integers(min_value=0, max_value=3 * 3600 * 1000), min_size=2, max_size=6, unique=True))
    def round_trip(times):
        times = sorted(times)
        copy = store.save_as_new_programme(session, template, "Timed")
        segment = next(s for s in copy.chapters[0].segments if s.kind == "video")
        segment.media_item = MediaItem(title="Chapter 1", location=str(tmp_path / "chapter1.mp4"))
        segment.clip_start_ms, segment.clip_end_ms = times[0], times[-1]
        segment.pause_points = [PausePoint(at_ms=t, prompt="?") for t in times[1:-1]]
        session.commit()
        path = tmp_path / "timed.yaml"
        store.export_curriculum(copy, path)
        imported, _missing = store.import_curriculum(session, cf.load_file(path))
        session.commit()
        again = next(s for s in imported.chapters[0].segments if s.kind == "video")
        assert [again.clip_start_ms, *(p.at_ms for p in again.pause_points), again.clip_end_ms] == times
        session.delete(imported)
        session.delete(copy)
        session.commit()

    round_trip()


def test_the_issue_example_exports_as_written(session, tmp_path):
    from cos_desktop.db.models import PausePoint

    template = store.ensure_builtin_template(session)
    segment = next(s for s in template.chapters[0].segments if s.kind == "video")
    segment.clip_start_ms = 3_000
    segment.pause_points = [PausePoint(at_ms=6_000, prompt="What did the child need?"),
                            PausePoint(at_ms=100_000, prompt="After 1:26 export used to fail")]
    session.commit()
    path = tmp_path / "programme.yaml"
    store.export_curriculum(template, path)
    text = path.read_text(encoding="utf-8").replace("'", "")
    assert "clip_start: 0:03" in text and "at: 0:06" in text and "at: 1:40\n" in text
