"""Picture links in the database (SQLite and PostgreSQL): linked like videos, found again when
moved, never carried in an exported programme file."""

from __future__ import annotations

import shutil

import pytest

from cos_desktop.core.media_links import LinkError
from cos_desktop.db import picture_links, store
from cos_desktop.db.models import PictureLink
from cos_desktop.db.transactions import committed
from tests.ui.pictures import make_pictures


@pytest.fixture
def pictures(tmp_path):
    from cos_desktop.app import make_application

    make_application()  # QImage writes the PNG and JPEG files
    return make_pictures(tmp_path / "pictures")


def _segment(session):
    template = store.ensure_builtin_template(session)
    session.commit()
    return template.chapters[0].segments[0]


def test_pictures_of_a_segment_come_first_then_the_library(session, pictures):
    segment = _segment(session)
    committed(session, lambda: picture_links.link_picture(session, pictures["png"], segment_id=segment.id))
    committed(session, lambda: picture_links.link_picture(session, pictures["svg"]))
    committed(session, lambda: picture_links.link_picture(session, pictures["jpeg"], segment_id=segment.id))
    again = committed(session, lambda: picture_links.link_picture(session, pictures["png"], segment_id=segment.id))
    rows = picture_links.pictures_for(session, segment.id)
    assert [r.title for r in rows] == ["circle-png", "circle-jpeg", "programme-graphic"]
    assert again.id == rows[0].id  # the same file twice is one link
    assert [r.segment_id is None for r in rows] == [False, False, True]
    assert [r.title for r in picture_links.pictures_for(session, None)] == ["programme-graphic"]
    assert not any(r.missing for r in rows)


def test_only_picture_files_can_be_linked(session, pictures, tmp_path):
    with pytest.raises(LinkError, match="not a picture"):
        committed(session, lambda: picture_links.link_picture(session, pictures["text"]))
    with pytest.raises(LinkError, match="no picture file"):
        committed(session, lambda: picture_links.link_picture(session, tmp_path / "gone.png"))
    assert session.query(PictureLink).count() == 0


def test_a_moved_and_renamed_picture_is_found_again_with_its_neighbours(session, pictures, tmp_path):
    segment = _segment(session)
    for name in ("png", "svg"):
        committed(session, lambda name=name: picture_links.link_picture(session, pictures[name], segment_id=segment.id))
    moved = tmp_path / "usb stick"
    moved.mkdir()
    shutil.move(pictures["png"], moved / "circle-png.png")
    shutil.move(pictures["svg"], moved / "renamed graphic.svg")  # renamed: found by its fingerprint
    rows = picture_links.pictures_for(session, segment.id)
    assert all(r.missing for r in rows)
    others = committed(session, lambda: picture_links.relink_picture(session, rows[0].id, moved / "circle-png.png"))
    assert others == 1
    rows = picture_links.pictures_for(session, segment.id)
    assert not any(r.missing for r in rows)
    assert rows[1].location.endswith("renamed graphic.svg")


def test_removing_a_picture_leaves_its_file(session, pictures):
    row = committed(session, lambda: picture_links.link_picture(session, pictures["png"]))
    committed(session, lambda: picture_links.unlink_picture(session, row.id))
    assert picture_links.pictures_for(session, None) == [] and pictures["png"].exists()


def test_a_programme_file_carries_a_pictures_file_name_never_the_picture(session, pictures, tmp_path):
    """Like a video: the file name travels, not the file, nor the folder it was in; the importing
    computer finds it again (Find it again), together with its neighbours."""
    from cos_desktop.core import curriculum_file as cf

    template = store.ensure_builtin_template(session)
    session.commit()
    copy = store.copy_curriculum(session, template, name="Our programme", is_template=True)
    session.flush()
    segment = copy.chapters[0].segments[0]
    committed(session, lambda: picture_links.link_picture(session, pictures["png"], segment_id=segment.id))
    committed(session, lambda: picture_links.link_picture(session, pictures["svg"], segment_id=segment.id))
    committed(session, lambda: picture_links.link_picture(session, pictures["jpeg"]))  # the library stays home
    session.expire_all()
    out = tmp_path / "programme.yaml"
    store.export_curriculum(session.get(type(copy), copy.id), out)
    data = out.read_bytes()
    assert b"circle-png.png" in data and b"programme-graphic.svg" in data
    assert str(pictures["png"].parent).encode() not in data  # no folder
    assert pictures["png"].read_bytes()[:64] not in data and b"<svg" not in data  # never the picture itself
    assert b"circle-jpeg" not in data
    imported, _missing = store.import_curriculum(session, cf.load_file(out))
    session.commit()
    new_segment = imported.chapters[0].segments[0]
    rows = picture_links.pictures_for(session, new_segment.id)
    assert [(r.title, r.location, r.missing) for r in rows[:2]] == [
        ("circle-png", "circle-png.png", True), ("programme-graphic", "programme-graphic.svg", True)]
    found = committed(session, lambda: picture_links.relink_picture(session, rows[0].id, pictures["png"]))
    assert found >= 1  # the SVG beside it, by its name
    assert not any(r.missing for r in picture_links.pictures_for(session, new_segment.id))


def test_a_groups_copy_of_the_programme_keeps_the_segments_pictures(session, pictures):
    template = store.ensure_builtin_template(session)
    session.commit()
    segment = template.chapters[1].segments[2]
    committed(session, lambda: picture_links.link_picture(session, pictures["png"], segment_id=segment.id))
    session.expire_all()
    copy = store.copy_curriculum(session, store.builtin_template(session), name="Group copy", is_template=False)
    session.commit()
    rows = picture_links.pictures_for(session, copy.chapters[1].segments[2].id)
    assert [(r.title, r.location, r.missing) for r in rows] == [("circle-png", str(pictures["png"]), False)]


@pytest.mark.skipif(not __import__("tests.conftest", fromlist=["POSTGRES_URL"]).POSTGRES_URL,
                    reason="needs COS_TEST_POSTGRES_URL (a PostgreSQL server)")
def test_an_agency_set_up_before_pictures_existed_can_use_them_after_the_upgrade(pictures, monkeypatch):
    """Agency mode made at 0005, then upgraded: a facilitator links and reads pictures as themselves."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from cos_desktop.db import agency as ag
    from cos_desktop.db.engine import open_database, run_migrations
    from tests.conftest import POSTGRES_URL, _drop_postgres_database, _postgres_database

    admin, name, owner_url = _postgres_database()
    person, password = f"pat_{uuid.uuid4().hex[:8]}", "pictures please"
    engine = create_engine(owner_url)
    try:
        run_migrations(engine, "0005_agency_audit")
        # Agency mode as that version set it up: nothing about pictures.
        monkeypatch.setattr(ag, "GRANTS", tuple(g.replace(", picture_link", "") for g in ag.GRANTS))
        ag.setup(engine)
        ag.add_member(engine, person, password, "facilitator")
        run_migrations(engine, "head")
        db = open_database(make_url(owner_url).set(username=person, password=password)
                           .render_as_string(hide_password=False))
        try:
            with db.session() as s:
                template = store.ensure_builtin_template(s)
                s.commit()
                segment_id = template.chapters[0].segments[0].id
                committed(s, lambda: picture_links.link_picture(s, pictures["png"], segment_id=segment_id))
                assert [r.title for r in picture_links.pictures_for(s, segment_id)] == ["circle-png"]
        finally:
            db.dispose()
    finally:
        engine.dispose()
        _drop_postgres_database(admin, name)
        roles = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
        with roles.connect() as conn:
            conn.execute(text(f'DROP ROLE IF EXISTS "{person}"'))
        roles.dispose()
