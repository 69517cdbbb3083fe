"""Linking files and addresses, missing files, and Locate... with its offer for the same folder."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from cos_desktop.db import store
from cos_desktop.db import media_library as library
from cos_desktop.db.media_library import LinkError, LinkStatus


@pytest.fixture
def group(session):
    template = store.ensure_builtin_template(session)
    g = store.create_group(session, name="Tuesday group", template=template, first_date=dt.date(2026, 1, 6))
    session.commit()
    return g


def video_segments(group, chapter=1):
    return [s for s in group.curriculum.chapters[chapter - 1].segments if s.kind == "video"]


def test_linking_a_file_stores_title_location_size_and_fingerprint(session, group, clips, tmp_path):
    segment = video_segments(group)[0]
    item = library.link_file(session, segment, clips.unicode)
    session.commit()
    assert item.location == str(clips.unicode.resolve())
    assert item.size_bytes == clips.unicode.stat().st_size
    assert item.fingerprint and item.fingerprint == library.fingerprint(clips.good)  # same bytes
    assert item.title == segment.video_title  # the title the programme expects
    assert library.segment_status(segment) is LinkStatus.FOUND
    # The same file linked to a second segment shares its library entry.
    other = library.link_file(session, video_segments(group)[1], clips.unicode)
    assert other.id == item.id


def test_linking_refuses_what_is_not_a_file(session, group, tmp_path):
    segment = video_segments(group)[0]
    with pytest.raises(LinkError, match="no file"):
        library.link_file(session, segment, tmp_path / "nothing-here.mp4")
    with pytest.raises(LinkError, match="folder"):
        library.link_file(session, segment, tmp_path)
    with pytest.raises(LinkError, match="web address"):
        library.link_address(session, segment, "not an address")
    item = library.link_address(session, segment, "  https://vimeo.com/12345 ")
    assert item.location == "https://vimeo.com/12345"
    assert library.segment_status(segment) is LinkStatus.ADDRESS


def test_a_moved_file_is_missing_and_locate_relinks_it_and_finds_its_neighbours(session, group, clips, tmp_path):
    old = tmp_path / "old"
    old.mkdir()
    names = ["part 1.mp4", "part 2.mp4", "part 3.mp4"]
    for name, source in zip(names, (clips.good, clips.gray, clips.silent)):
        shutil.copyfile(source, old / name)
    segments = video_segments(group, 1) + video_segments(group, 2)
    items = [library.link_file(session, seg, old / name) for seg, name in zip(segments, names)]
    session.commit()

    new = tmp_path / "USB stick"
    shutil.move(str(old), str(new))
    (new / "part 3.mp4").rename(new / "renamed by someone.mp4")
    assert all(library.status_of(i) is LinkStatus.MISSING for i in items)
    assert {i.id for i in library.missing_items(session)} == {i.id for i in items}

    result = library.relink(session, items[0], new / "part 1.mp4")
    assert result.same_file is True
    assert library.status_of(items[0]) is LinkStatus.FOUND
    found = {item.id: path.name for item, path in result.others_found}
    # part 2 by its name; part 3 by its fingerprint although it was renamed
    assert found == {items[1].id: "part 2.mp4", items[2].id: "renamed by someone.mp4"}
    assert library.apply_relinks(session, result.others_found) == 2
    session.commit()
    assert library.missing_items(session) == []


def test_a_different_file_with_the_same_name_is_not_offered(session, group, clips, tmp_path):
    old, new = tmp_path / "a", tmp_path / "b"
    old.mkdir()
    new.mkdir()
    shutil.copyfile(clips.good, old / "one.mp4")
    shutil.copyfile(clips.gray, old / "two.mp4")
    segs = video_segments(group)
    first = library.link_file(session, segs[0], old / "one.mp4")
    second = library.link_file(session, segs[1], old / "two.mp4")
    shutil.rmtree(old)
    shutil.copyfile(clips.good, new / "one.mp4")
    shutil.copyfile(clips.silent, new / "two.mp4")  # same name, other content
    result = library.relink(session, first, new / "one.mp4")
    assert result.others_found == []
    assert library.status_of(second) is LinkStatus.MISSING
    # Relinking to a different file says so.
    assert library.relink(session, second, new / "two.mp4").same_file is False


def test_a_video_known_only_by_its_file_name_is_found_by_locating_its_folder(session, group, clips, tmp_path,
                                                                           monkeypatch):
    """An imported programme names its videos by file name only: Locate... on one finds the rest."""
    from cos_desktop.db.models import MediaItem

    folder = tmp_path / "videos"
    folder.mkdir()
    shutil.copyfile(clips.good, folder / "chapter1-part1.mp4")
    shutil.copyfile(clips.gray, folder / "chapter1-part2.mp4")
    monkeypatch.chdir(folder)  # even from inside that folder, a bare name is not a link
    first, second = video_segments(group)
    first.media_item = MediaItem(title="Part 1", location="chapter1-part1.mp4")
    second.media_item = MediaItem(title="Part 2", location="chapter1-part2.mp4")
    session.flush()
    assert library.status_of(first.media_item) is LinkStatus.MISSING
    result = library.relink(session, first.media_item, folder / "chapter1-part1.mp4")
    assert [(item.title, path.name) for item, path in result.others_found] == [("Part 2", "chapter1-part2.mp4")]
