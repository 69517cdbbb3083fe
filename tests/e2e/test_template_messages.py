"""Template files with mistakes: each message names the place, the limit and what to change."""

from __future__ import annotations

import json

from tests.conftest import run_cli


def programme(**segment_extra) -> dict:
    segment = {"position": 1, "title": "Welcome", "kind": "video", "minutes": 5, "video": {"title": "Intro"}}
    segment.update(segment_extra)
    chapter = {"position": 1, "title": "Chapter one", "segments": [segment]}
    return {"format": "cos-desktop-curriculum", "format_version": 1, "name": "Ours", "chapters": [chapter]}


def problems(tmp_path, data: dict) -> list[str]:
    path = tmp_path / "programme.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run_cli("curriculum", "validate", str(path))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    return [line.strip() for line in result.stderr.splitlines()[1:]]


def test_a_misplaced_key_says_where_it_belongs(tmp_path):
    assert problems(tmp_path, programme(pause_points=[{"at": "1:00", "prompt": "What do you notice?"}])) == [
        "chapter 1, segment 1, pause_points: does not belong here; pause_points belongs under a segment's "
        "video:. Move it there"
    ]
    top_title = programme()
    top_title["title"] = top_title.pop("name")
    assert "title: a programme's title is written as name: (rename title to name)" in problems(tmp_path, top_title)


def test_a_too_long_title_gives_the_limit_and_how_much_to_cut(tmp_path):
    data = programme()
    data["name"] = "x" * 10000
    assert problems(tmp_path, data) == ["name: is 10,000 characters long; at most 200 fit. Shorten it by 9,800"]


def test_an_empty_title_asks_for_one(tmp_path):
    assert problems(tmp_path, programme(title="")) == [
        "chapter 1, segment 1, title: is empty; write a title here (it must not be empty)"
    ]
