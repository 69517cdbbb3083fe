"""Disc links in the media library and in template files, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from cos_desktop.core import curriculum_file as cf
from cos_desktop.core.disc import DiscContents, DiscIdentity, DiscTitle, link_for, parse_link
from cos_desktop.db import media_library as library
from cos_desktop.db import store
from cos_desktop.db.media_library import LinkError, LinkStatus


def a_disc(place, volume="COS_DVD", lengths=(412000, 95000)) -> DiscContents:
    titles = tuple(DiscTitle(n, length) for n, length in enumerate(lengths, start=1))
    return DiscContents(str(place), volume, DiscIdentity(volume, lengths), titles)


def video_segments(template):
    return [s for c in template.chapters for s in c.segments if s.kind == "video"]


def test_a_disc_title_links_and_the_same_title_shares_its_library_entry(session, tmp_path):
    iso = tmp_path / "disc.iso"
    iso.write_bytes(b"")
    template = store.ensure_builtin_template(session)
    first, second = video_segments(template)[:2]
    item = library.link_disc(session, first, link_for(a_disc(iso), 1))
    again = library.link_disc(session, second, link_for(a_disc(tmp_path / "elsewhere.iso"), 1))
    session.commit()
    assert again.id == item.id and item.duration_ms == 412000
    assert library.status_of(item) is LinkStatus.MISSING  # last seen at elsewhere.iso, which is not there
    library.relink_disc(session, item, a_disc(iso))
    assert library.status_of(item) is LinkStatus.FOUND
    with pytest.raises(LinkError, match="not the same disc"):
        library.relink_disc(session, item, a_disc(iso, lengths=(300000, 95000)))


def test_a_template_file_keeps_the_disc_link_without_this_computers_folders(session, tmp_path):
    place = tmp_path / "my folder 7f3a" / "disc.iso"
    place.parent.mkdir()
    place.write_bytes(b"")
    template = store.ensure_builtin_template(session)
    segment = video_segments(template)[0]
    library.link_disc(session, segment, link_for(a_disc(place), 2, 1))
    session.commit()
    for suffix in (".yaml", ".json"):
        path = tmp_path / f"programme{suffix}"
        store.export_curriculum(template, path)
        text = path.read_text(encoding="utf-8")
        assert "7f3a" not in text and "disc.iso" not in text and str(tmp_path) not in text
        assert "volume=COS_DVD" in text and "title=2" in text and "chapter=1" in text
        imported, missing = store.import_curriculum(session, cf.load_file(path))
        session.commit()
        item = video_segments(imported)[0].media_item
        assert item.id == segment.media_item.id  # the disc already linked here is found again
        assert missing == []
        assert parse_link(item.location).at == str(place)


def test_a_template_with_a_disc_not_yet_seen_here_waits_for_the_disc(session, tmp_path):
    other = tmp_path / "other.iso"
    other.write_bytes(b"")
    data = cf.to_plain_data(cf.load_file(store.resource_path("programme.yaml")))
    portable = link_for(a_disc(other, "FRIENDS_DVD"), 1).portable()
    data["chapters"][0]["segments"][3]["video"]["location"] = portable
    imported, missing = store.import_curriculum(session, cf.parse_data(data))
    session.commit()
    item = imported.chapters[0].segments[3].media_item
    assert item.location == portable and library.status_of(item) is LinkStatus.MISSING
    assert missing == ["disc \u201cFRIENDS_DVD\u201d, title 1"]  # named for the facilitator, not by its code
