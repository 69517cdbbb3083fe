"""The curriculum file: round trips, and every kind of bad input rejected with its place."""

from __future__ import annotations

import copy
import json

import pytest
import yaml

from cos_desktop.core import curriculum_file as cf
from cos_desktop.core.paths import resource_path


def builtin_data() -> dict:
    return yaml.safe_load(resource_path("programme.yaml").read_text(encoding="utf-8"))


def problems_for(data, tmp_path, suffix=".yaml") -> list[str]:
    path = tmp_path / f"file{suffix}"
    if suffix == ".json":
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    else:
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return cf.problems_in_file(path)


def test_builtin_file_is_valid_and_round_trips():
    spec = cf.load_file(resource_path("programme.yaml"))
    assert len(spec.chapters) == 8
    again = cf.parse_text(cf.dump_text(spec), ".yaml")
    assert again == spec
    assert cf.parse_text(cf.dump_text(spec, ".json"), ".json") == spec


def test_text_in_any_script_round_trips(tmp_path):
    data = builtin_data()
    data["name"] = "Programme ✨ مجموعة 子育て Ελληνικά עברית"
    data["chapters"][0]["segments"][0]["facilitator_prompt"] = "Bienvenue 👋🏽 — «привет» नमस्ते"
    for suffix in (".yaml", ".json"):
        path = tmp_path / f"any{suffix}"
        cf.write_file(cf.parse_data(copy.deepcopy(data)), path)
        spec = cf.load_file(path)
        assert spec.name == data["name"]
        assert spec.ordered_chapters()[0].ordered_segments()[0].facilitator_prompt == "Bienvenue 👋🏽 — «привет» नमस्ते"


@pytest.mark.parametrize(
    ("value", "suffix"),
    [(-5, ".yaml"), (0, ".yaml"), (2.5, ".yaml"), (10**9, ".yaml"), ("ten", ".yaml"), (True, ".yaml"),
     (-5, ".json"), (0, ".json"), (7.5, ".json"), (10**30, ".json")],
)
def test_bad_minutes_are_located(value, suffix, tmp_path):
    data = builtin_data()
    data["chapters"][2]["segments"][1]["minutes"] = value
    assert problems_for(data, tmp_path, suffix) == ["chapter 3, segment 2, minutes: must be a whole number from 1 to 240"]


def test_a_number_with_thousands_of_digits(tmp_path):
    path = tmp_path / "huge.yaml"
    path.write_text(resource_path("programme.yaml").read_text().replace("minutes: 8", "minutes: " + "9" * 5000, 1))
    [problem] = cf.problems_in_file(path)
    assert problem.startswith("the file: not valid for a curriculum (Exceeds the limit")


def test_every_problem_is_listed_at_once(tmp_path):
    data = builtin_data()
    data["chapters"][0]["segments"][0]["kind"] = "lecture"
    del data["chapters"][1]["title"]
    data["chapters"][3]["segments"][4]["minuts"] = 3
    data["chapters"][4]["target_minutes"] = 5
    data["chapters"][5]["segments"][2]["position"] = 1
    data["chapters"][7]["position"] = 2
    problems = problems_for(data, tmp_path)
    assert problems == [
        "chapter 8, position: 2 is already used by chapter 2; each chapter needs its own position",
        "chapter 6, segment 3, position: 1 is already used by segment 1; each segment needs its own position",
        "chapter 1, segment 1, kind: must be one of check-in, video, reflection, discussion, activity, break, "
        "handout, closing",
        "chapter 2, title: is missing",
        "chapter 4, segment 5, minuts: is not a field this format knows (did you mean minutes?)",
        "chapter 5, target_minutes: must be a whole number from 10 to 480",
    ]


def test_malformed_yaml_and_json_say_where(tmp_path):
    bad_yaml = tmp_path / "bad.yaml"
    bad_yaml.write_text("format: cos-desktop-curriculum\nformat_version: 1\nname: [unclosed\nchapters:\n")
    [problem] = cf.problems_in_file(bad_yaml)
    assert problem.startswith("line 4, column 9: not valid YAML")
    bad_json = tmp_path / "bad.json"
    bad_json.write_text('{"format_version": 1,\n "name": "x",\n "chapters": [}\n')
    assert cf.problems_in_file(bad_json) == ["line 3, column 15: not valid JSON (Expecting value)"]


def test_format_version_and_foreign_files(tmp_path):
    data = builtin_data()
    data["format_version"] = 2
    assert problems_for(data, tmp_path) == ["format_version: this version of COS Desktop reads version 1, the file says 2"]
    del data["format_version"]
    assert problems_for(data, tmp_path) == ["format_version: is missing (this version of COS Desktop reads version 1)"]
    data["format_version"] = True
    assert problems_for(data, tmp_path) == [
        "format_version: this version of COS Desktop reads version 1, the file says True"]
    data["format_version"] = 1
    data["format"] = "someone-elses-format"
    assert problems_for(data, tmp_path)[0].startswith("format: must be 'cos-desktop-curriculum'")
    assert problems_for(["a", "list"], tmp_path) == [
        "the file: must hold a curriculum (a set of fields with name and chapters)"]
    empty = tmp_path / "empty.yaml"
    empty.write_text("")
    assert cf.problems_in_file(empty) == ["the file: is empty"]


def test_missing_fields(tmp_path):
    data = builtin_data()
    del data["name"]
    del data["chapters"][0]["segments"][3]["kind"]
    del data["chapters"][0]["segments"][3]["video"]["title"]
    assert problems_for(data, tmp_path) == [
        "name: is missing",
        "chapter 1, segment 4, kind: is missing",
        "chapter 1, segment 4, video, title: is missing",
    ]


def test_zero_and_three_hundred_chapters(tmp_path):
    data = builtin_data()
    data["chapters"] = []
    assert problems_for(data, tmp_path) == ["chapters: a programme needs at least one chapter"]
    one = builtin_data()["chapters"][0]
    data["chapters"] = [dict(copy.deepcopy(one), position=i + 1) for i in range(300)]
    assert problems_for(data, tmp_path) == ["chapters: a programme can have at most 20 chapters; this file has 300"]
    data = builtin_data()
    data["chapters"][1]["segments"] = []
    assert problems_for(data, tmp_path) == ["chapter 2, segments: a chapter needs at least one segment"]


def test_a_five_megabyte_file(tmp_path):
    path = tmp_path / "big.yaml"
    text = resource_path("programme.yaml").read_text()
    path.write_text(text + "#" + "x" * (5 * 1024 * 1024) + "\n")
    assert cf.problems_in_file(path) == ["the file: is 5.0 MB; a curriculum file can be at most 2 MB"]


def test_a_file_that_is_not_text(tmp_path):
    video = tmp_path / "clip.yaml"
    video.write_bytes(resource_path("demo-clip.mp4").read_bytes()[:4096])
    assert cf.problems_in_file(video) == ["the file: is not a text file (it may be a video, a picture or a document)"]
    latin1 = tmp_path / "latin1.yaml"
    latin1.write_bytes("name: Chlo\xe9\n".encode("latin-1"))
    assert cf.problems_in_file(latin1) == ["the file: is not a text file in UTF-8 (unreadable byte at position 10)"]
    assert cf.problems_in_file(tmp_path / "nowhere.yaml")[0].startswith("the file: cannot be opened")


def test_aliases_repeated_keys_and_control_characters(tmp_path):
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b]\n")
    assert "alias" in cf.problems_in_file(bomb)[0]
    twice = tmp_path / "twice.json"
    twice.write_text('{"format_version": 1, "name": "a", "name": "b", "chapters": []}')
    assert cf.problems_in_file(twice) == ["the file: not valid for a curriculum ('name' appears twice in the same place)"]
    data = builtin_data()
    data["chapters"][0]["title"] = "Welcome\u0000"
    assert problems_for(data, tmp_path, ".json") == [
        "chapter 1, title: contains a character that cannot be stored (U+0000)"]


def test_video_links_travel_as_file_names_and_odd_addresses_are_refused(tmp_path):
    data = builtin_data()
    video = data["chapters"][0]["segments"][3]["video"]
    video["location"] = "C:\\Users\\sam\\Videos\\COS chapter 1.mp4"
    data["chapters"][0]["segments"][5]["video"]["location"] = "/home/sam/cos/ch1-part2.mkv"
    spec = cf.parse_data(data)
    assert spec.videos_needing_locating() == ["COS chapter 1.mp4", "ch1-part2.mkv"]
    video["location"] = "ftp://example.org/clip.mp4"
    data["chapters"][0]["segments"][5]["video"]["optional_link"]["location"] = "file:///etc/passwd"
    assert problems_for(data, tmp_path) == [
        "chapter 1, segment 4, video, location: must be a file name or a web address starting with http:// or https://",
        "chapter 1, segment 6, video, optional_link, location: must be a web address starting with http:// or https://",
    ]


def test_raw_bytes_inside_a_yaml_file_are_refused(tmp_path):
    path = tmp_path / "binary.yaml"
    text = resource_path("programme.yaml").read_text(encoding="utf-8")
    text = text.replace("name: Circle of Security Parenting (8 chapters)", "name: !!binary AAAA", 1)
    text = text.replace("title: Chapter 1 video, part 1\n          location: null",
                        "title: Chapter 1 video, part 1\n          location: \"clip\\0.mp4\"", 1)
    path.write_text(text, encoding="utf-8")
    assert cf.problems_in_file(path) == [
        "name: must be text",
        "chapter 1, segment 4, video, location: contains a character that cannot be stored (U+0000)",
    ]


# ---- times: milliseconds in the app, m:ss in the file -----------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from cos_desktop.core import file_times  # noqa: E402

THREE_HOURS_MS = 3 * 3600 * 1000


def video_segment_with(data: dict, **video) -> dict:
    segment = next(s for s in data["chapters"][0]["segments"] if s["kind"] == "video")
    segment["video"] = {"title": "Chapter 1", "location": "chapter1.mp4", **video}
    return segment


def test_times_are_written_as_minutes_and_seconds_and_read_back_the_same():
    data = builtin_data()
    video_segment_with(data, clip_start="0:03", clip_end="1:02:05",
                       pause_points=[{"at": "0:06", "prompt": "What did the child need?"}, {"at": 90, "prompt": ""}])
    spec = cf.parse_data(data)
    video = next(s for s in spec.ordered_chapters()[0].ordered_segments() if s.video).video
    assert (video.clip_start_ms, video.clip_end_ms) == (3_000, 3_725_000)
    assert [p.at_ms for p in video.pause_points] == [6_000, 90_000]  # a plain number in a file is seconds
    text = cf.dump_text(spec)
    assert "clip_start: 0:03" in text.replace("'", "") and "at: 0:06" in text.replace("'", "")
    assert "_ms" not in text
    assert cf.parse_text(text) == spec


@given(st.integers(min_value=0, max_value=THREE_HOURS_MS))
def test_any_time_up_to_three_hours_reads_back_identically(ms):
    assert file_times.ms_from_file(file_times.ms_to_file(ms)) == ms


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=THREE_HOURS_MS), min_size=2, max_size=8, unique=True),
       st.sampled_from([".yaml", ".json"]))
def test_random_clips_and_pause_points_round_trip_through_a_file(times, suffix):
    times = sorted(times)
    data = builtin_data()
    video_segment_with(data, clip_start=file_times.ms_to_file(times[0]), clip_end=file_times.ms_to_file(times[-1]),
                       pause_points=[{"at": file_times.ms_to_file(t), "prompt": "?"} for t in times[1:-1]])
    spec = cf.parse_data(data)
    again = cf.parse_text(cf.dump_text(spec, suffix), suffix)
    video = next(s for s in again.ordered_chapters()[0].ordered_segments() if s.video).video
    assert [video.clip_start_ms, *(p.at_ms for p in video.pause_points), video.clip_end_ms] == times


def test_a_file_from_the_1000x_version_is_recognised_and_corrected():
    """COS Desktop 1.0 wrote 0:03.003 as '50:03' and a pause at 0:06.042 as '1:40:42'."""
    data = builtin_data()
    video_segment_with(data, clip_start="50:03", pause_points=[{"at": "1:40:42", "prompt": "Shark music?"}])
    assert cf.suspect_times_in(data) == []  # nothing is impossible without the video's length...
    suspects = cf.suspect_times_in(data, {"chapter1.mp4": 60_000})  # ...which the library knows: one minute
    assert [(s.where, s.corrected_ms) for s in suspects] == [
        ("chapter 1, segment 4, clip_start", 3_003), ("chapter 1, segment 4, pause point 1", 6_042)]
    spec = cf.parse_data(data, correct_1000x=True)
    video = next(s for s in spec.ordered_chapters()[0].ordered_segments() if s.video).video
    assert (video.clip_start_ms, video.pause_points[0].at_ms) == (3_003, 6_042)
    assert "0:03.003" in cf.dump_text(spec)


def test_times_beyond_a_day_are_recognised_without_the_videos_length():
    data = builtin_data()
    video_segment_with(data, pause_points=[{"at": "30:00:00", "prompt": ""}])
    assert [s.corrected_ms for s in cf.suspect_times_in(data)] == [108_000]
    with pytest.raises(cf.CurriculumFileError):
        cf.parse_data(data)
    assert cf.parse_data(data, correct_1000x=True)


@pytest.mark.parametrize("value", ["1:60", "ten", "1:2", True, -3, "1::30"])
def test_bad_times_are_located(value, tmp_path):
    data = builtin_data()
    segment = video_segment_with(data, clip_start=value)
    position = data["chapters"][0]["segments"].index(segment) + 1
    assert problems_for(data, tmp_path) == [f"chapter 1, segment {position}, video, clip_start: {file_times.HELP}"]
