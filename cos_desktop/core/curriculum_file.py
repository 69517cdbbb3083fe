"""The human-readable curriculum file (YAML or JSON): its schema, validation and writing.

Validation checks the whole file and reports every problem with where it is ("chapter 3,
segment 2, minutes: must be a whole number from 1 to 240"), so an import either takes
everything or nothing. The file holds no personal data: local videos travel as file names.
"""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator

from cos_desktop.core.file_times import DAY_MS, correct_times, suspect_times, times_from_file, times_to_file
from cos_desktop.core.kinds import SegmentKind
from cos_desktop.core.picture_file import PictureSpec
from cos_desktop.core.strict_loading import json_pairs as _json_pairs
from cos_desktop.core.strict_loading import yaml_loader as _yaml_loader

FORMAT_NAME = "cos-desktop-curriculum"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_CHAPTERS = 20
MAX_SEGMENTS = 40
MAX_TEXT = 5000
MAX_MINUTES = 240
MAX_PROBLEMS = 100


class CurriculumFileError(Exception):
    """A curriculum file that cannot be used; `problems` lists each one with its place."""

    def __init__(self, problems: list[str]):
        if len(problems) > MAX_PROBLEMS:
            more = len(problems) - MAX_PROBLEMS
            problems = problems[:MAX_PROBLEMS] + [f"... and {more} more problems"]
        super().__init__("\n".join(problems))
        self.problems = problems


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def _printable(value: str) -> str:
    """Any script is welcome; control characters and broken characters cannot be stored."""
    bad = _CONTROL.search(value)
    if bad:
        raise ValueError(f"contains a character that cannot be stored (U+{ord(bad.group()):04X})")
    return value


def _text_only(value: Any) -> Any:
    """YAML can hold raw bytes (!!binary); a curriculum holds text only."""
    if isinstance(value, (bytes, bytearray)):
        raise ValueError("must be text")
    return value


def is_web_address(location: str) -> bool:
    return location.lower().startswith(("http://", "https://"))


def portable_file_name(location: str) -> str:
    """The file name of a local path (Windows or POSIX), as it travels in a template file."""
    if location.lower().startswith("file://"):
        location = location[7:]
    name = PureWindowsPath(location).name if "\\" in location else PurePosixPath(location).name
    return name


def _video_location(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    value = value.strip()
    if is_web_address(value):
        return value
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", value) and not value.lower().startswith("file://"):
        raise ValueError("must be a file name or a web address starting with http:// or https://")
    name = portable_file_name(value)
    if not name:
        raise ValueError("must be a file name or a web address starting with http:// or https://")
    return name


def _web_address(value: str) -> str:
    if not is_web_address(value.strip()):
        raise ValueError("must be a web address starting with http:// or https://")
    return value.strip()


# Milliseconds, as the app holds them; a file writes them as m:ss (core.file_times).
TimeMs = Annotated[int, Field(strict=True, ge=0, le=DAY_MS)]
Text = Annotated[str, BeforeValidator(_text_only), Field(max_length=MAX_TEXT), AfterValidator(_printable)]
Title = Annotated[str, BeforeValidator(_text_only), Field(min_length=1, max_length=200), AfterValidator(_printable)]
Minutes = Annotated[int, Field(strict=True, ge=1, le=MAX_MINUTES)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class PausePointSpec(_Strict):
    at_ms: TimeMs
    prompt: Text = ""


class LinkSpec(_Strict):
    title: Title
    location: Annotated[str, BeforeValidator(_text_only), Field(min_length=1, max_length=2000),
                        AfterValidator(_printable), AfterValidator(_web_address)]


class VideoSpec(_Strict):
    title: Title
    location: Annotated[str, BeforeValidator(_text_only), Field(max_length=2000), AfterValidator(_printable),
                        AfterValidator(_video_location)] | None = None
    clip_start_ms: TimeMs | None = None
    clip_end_ms: TimeMs | None = None
    pause_points: list[PausePointSpec] = Field(default_factory=list)
    optional_link: LinkSpec | None = None

    @model_validator(mode="after")
    def _clip_in_order(self) -> "VideoSpec":
        if self.clip_start_ms is not None and self.clip_end_ms is not None and self.clip_end_ms <= self.clip_start_ms:
            raise ValueError("clip_end must come after clip_start")
        return self

    @property
    def needs_locating(self) -> bool:
        """A local file known only by its name: the media library must find it on this computer."""
        return bool(self.location) and not is_web_address(self.location or "")


class SegmentSpec(_Strict):
    position: Annotated[int, Field(strict=True, ge=1, le=MAX_SEGMENTS)]
    title: Title
    kind: SegmentKind
    minutes: Minutes
    facilitator_prompt: Text = ""
    parent_takeaway: Text = ""
    video: VideoSpec | None = None
    pictures: list[PictureSpec] = Field(default_factory=list, max_length=50)  # by file name, like videos


class ChapterSpec(_Strict):
    position: Annotated[int, Field(strict=True, ge=1, le=MAX_CHAPTERS)]
    title: Title
    target_minutes: Annotated[int, Field(strict=True, ge=10, le=480)] = 90
    parent_summary: Text = ""
    notice_this_week: Text = ""
    segments: Annotated[list[SegmentSpec], Field(min_length=1, max_length=MAX_SEGMENTS)]

    def ordered_segments(self) -> list[SegmentSpec]:
        return sorted(self.segments, key=lambda s: s.position)


class CurriculumSpec(_Strict):
    format: Annotated[str, BeforeValidator(_text_only)] = FORMAT_NAME
    format_version: Annotated[int, Field(strict=True)]
    name: Title
    description: Text = ""
    chapters: Annotated[list[ChapterSpec], Field(min_length=1, max_length=MAX_CHAPTERS)]

    def ordered_chapters(self) -> list[ChapterSpec]:
        return sorted(self.chapters, key=lambda c: c.position)

    def videos_needing_locating(self) -> list[str]:
        """File names of local videos, each once, in programme order."""
        names: list[str] = []
        for chapter in self.ordered_chapters():
            for segment in chapter.ordered_segments():
                if segment.video is not None and segment.video.needs_locating and segment.video.location not in names:
                    names.append(segment.video.location)  # type: ignore[arg-type]
        return names


_KNOWN_FIELDS = sorted(
    {name for model in (CurriculumSpec, ChapterSpec, SegmentSpec, VideoSpec, PausePointSpec, LinkSpec, PictureSpec)
     for name in model.model_fields}
)


# ---- reading -------------------------------------------------------------------------

_FIELD_HELP = {
    "minutes": f"must be a whole number from 1 to {MAX_MINUTES}",
    "target_minutes": "must be a whole number from 10 to 480",
    "kind": "must be one of " + ", ".join(k.value for k in SegmentKind),
    "format_version": f"must be the whole number {FORMAT_VERSION}",
}
_POSITION_HELP = {
    "chapters": f"must be a whole number from 1 to {MAX_CHAPTERS}",
    "segments": f"must be a whole number from 1 to {MAX_SEGMENTS}",
}
_TYPE_HELP = {
    "string_type": "must be text",
    "string_too_short": "must not be empty",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "list_type": "must be a list",
    "model_type": "must be a set of fields (name: value)",
    "model_attributes_type": "must be a set of fields (name: value)",
    "dict_type": "must be a set of fields (name: value)",
    "enum": _FIELD_HELP["kind"],
}
_SINGULAR = {"chapters": "chapter", "segments": "segment", "pause_points": "pause point"}


def _describe_location(loc: tuple[Any, ...]) -> str:
    """('chapters', 2, 'segments', 1, 'minutes') -> 'chapter 3, segment 2, minutes'."""
    words: list[str] = []
    i = 0
    while i < len(loc):
        part = loc[i]
        nxt = loc[i + 1] if i + 1 < len(loc) else None
        if part in _SINGULAR and isinstance(nxt, int):
            words.append(f"{_SINGULAR[part]} {nxt + 1}")
            i += 2
            continue
        words.append(str(part))
        i += 1
    return ", ".join(words) if words else "the file"


def _message_for(error: dict[str, Any]) -> str:
    loc = tuple(p for p in error["loc"] if not (isinstance(p, str) and p.startswith("function-")))
    where = _describe_location(loc)
    field = loc[-1] if loc else ""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return f"{where}: is missing"
    if kind == "extra_forbidden":
        if loc == ("title",):
            return "title: a programme's title is written as name: (rename title to name)"
        return f"{where}: {_misplaced(str(field))}"
    if kind == "value_error":
        return f"{where}: {error['msg'].removeprefix('Value error, ')}"
    if field == "position" and len(loc) >= 3:
        return f"{where}: {_POSITION_HELP.get(loc[-3], 'must be a whole number from 1 up')}"
    if field in _FIELD_HELP:
        return f"{where}: {_FIELD_HELP[field]}"
    if kind == "too_short" and field in ("chapters", "segments"):
        return f"{where}: {'a programme needs at least one chapter' if field == 'chapters' else 'a chapter needs at least one segment'}"
    if kind in ("too_short", "string_too_short") and isinstance(error.get("input"), str):
        return f"{where}: is empty; write a {field.replace('_', ' ')} here (it must not be empty)"
    if kind in ("too_long", "string_too_long") and isinstance(error.get("input"), str):
        limit, length = int(ctx.get("max_length", 0)), len(error["input"])
        return f"{where}: is {length:,} characters long; at most {limit:,} fit. Shorten it by {length - limit:,}"
    if kind == "too_long":
        return f"{where}: at most {ctx.get('max_length')} {field} fit; this file has {ctx.get('actual_length')}"
    if kind == "string_too_long":
        return f"{where}: is too long (at most {ctx.get('max_length')} characters)"
    if kind in ("greater_than_equal", "less_than_equal"):
        return f"{where}: {error['msg'].lower()}"
    if kind in _TYPE_HELP:
        return f"{where}: {_TYPE_HELP[kind]}"
    return f"{where}: {error['msg']}"


# Where each field belongs, for a field written in the wrong place.
_PLACES = {CurriculumSpec: "at the top of the file", ChapterSpec: "in a chapter", SegmentSpec: "in a segment",
           VideoSpec: "under a segment's video:", PausePointSpec: "in a pause point (under video: pause_points:)",
           LinkSpec: "under video: optional_link:"}


def _misplaced(field: str) -> str:
    places = [place for model, place in _PLACES.items() if field in model.model_fields]
    if places:
        return f"does not belong here; {field} belongs {' or '.join(places)}. Move it there"
    close = difflib.get_close_matches(field, _KNOWN_FIELDS, n=1)
    return "is not a field this format knows" + (f" (did you mean {close[0]}?)" if close else "; remove it")


def _duplicate_positions(items: list[Any], what: str, prefix: str = "") -> list[str]:
    problems: list[str] = []
    first_at: dict[int, int] = {}
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        position = item.get("position")
        if not isinstance(position, int) or isinstance(position, bool):
            continue
        if position in first_at:
            problems.append(
                f"{prefix}{what} {index + 1}, position: {position} is already used by {what} "
                f"{first_at[position] + 1}; each {what} needs its own position"
            )
        else:
            first_at[position] = index
    return problems


def _structure_problems(data: dict[str, Any]) -> tuple[list[str], bool]:
    """Checks on the raw data that do not depend on the rest being valid: sizes and positions.

    Returns the problems and whether the file is too large to check further.
    """
    chapters = data.get("chapters")
    if not isinstance(chapters, list):
        return [], False
    if len(chapters) > MAX_CHAPTERS:
        return [f"chapters: a programme can have at most {MAX_CHAPTERS} chapters; this file has {len(chapters)}"], True
    problems = _duplicate_positions(chapters, "chapter")
    too_big = False
    for index, chapter in enumerate(chapters):
        segments = chapter.get("segments") if isinstance(chapter, dict) else None
        if not isinstance(segments, list):
            continue
        if len(segments) > MAX_SEGMENTS:
            problems.append(
                f"chapter {index + 1}, segments: a chapter can have at most {MAX_SEGMENTS} segments; "
                f"this one has {len(segments)}"
            )
            too_big = True
            continue
        problems.extend(_duplicate_positions(segments, "segment", prefix=f"chapter {index + 1}, "))
    return problems, too_big


def parse_data(data: Any, *, correct_1000x: bool = False) -> CurriculumSpec:
    """Validate already-parsed file data; raises CurriculumFileError listing every problem.

    With correct_1000x, every time is divided by 1000 first (a COS Desktop 1.0 file: see file_times).
    """
    import copy

    data = copy.deepcopy(data)
    if data is None:
        raise CurriculumFileError(["the file: is empty"])
    if not isinstance(data, dict):
        raise CurriculumFileError(["the file: must hold a curriculum (a set of fields with name and chapters)"])
    if data.get("format", FORMAT_NAME) != FORMAT_NAME:
        raise CurriculumFileError([f"format: must be {FORMAT_NAME!r}; this is not a COS Desktop curriculum file"])
    if "format_version" not in data:
        raise CurriculumFileError([f"format_version: is missing (this version of COS Desktop reads version {FORMAT_VERSION})"])
    version = data["format_version"]
    if type(version) is not int or version != FORMAT_VERSION:
        raise CurriculumFileError(
            [f"format_version: this version of COS Desktop reads version {FORMAT_VERSION}, the file says {_shown(version)}"]
        )
    problems, too_big = _structure_problems(data)
    if too_big:
        raise CurriculumFileError(problems)
    problems += times_from_file(data)
    if correct_1000x:
        correct_times(data)
    try:
        spec = CurriculumSpec.model_validate(data)
    except ValidationError as exc:
        problems.extend(_message_for(e) for e in exc.errors())
        spec = None
    except RecursionError:
        problems.append("the file: is nested too deeply to be a curriculum")
        spec = None
    if problems:
        raise CurriculumFileError(problems)
    assert spec is not None
    return spec


def read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CurriculumFileError(
                [f"the file: is {size / 1024 / 1024:.1f} MB; a curriculum file can be at most "
                 f"{MAX_FILE_BYTES // 1024 // 1024} MB"]
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise CurriculumFileError([f"the file: cannot be opened ({exc.strerror or exc})"]) from exc
    if b"\x00" in raw:
        raise CurriculumFileError(["the file: is not a text file (it may be a video, a picture or a document)"])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CurriculumFileError(
            [f"the file: is not a text file in UTF-8 (unreadable byte at position {exc.start})"]
        ) from exc


def parse_text(text: str, suffix: str = ".yaml") -> CurriculumSpec:
    return parse_data(data_from_text(text, suffix))


def data_from_text(text: str, suffix: str = ".yaml") -> Any:
    """The file's plain data (not yet checked); CurriculumFileError when it is not valid YAML or JSON."""
    if suffix.lower() == ".json":
        try:
            data = json.loads(text, object_pairs_hook=_json_pairs)
        except json.JSONDecodeError as exc:
            raise CurriculumFileError([f"line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})"]) from exc
        except RecursionError as exc:
            raise CurriculumFileError(["the file: is nested too deeply to be a curriculum"]) from exc
        except ValueError as exc:
            raise CurriculumFileError([f"the file: not valid for a curriculum ({_short(exc)})"]) from exc
    else:
        import yaml

        try:
            data = yaml.load(text, Loader=_yaml_loader())  # noqa: S506 (a safe loader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "the file"
            problem = getattr(exc, "problem", None) or "not valid YAML"
            raise CurriculumFileError([f"{where}: not valid YAML ({problem})"]) from exc
        except RecursionError as exc:
            raise CurriculumFileError(["the file: is nested too deeply to be a curriculum"]) from exc
        except ValueError as exc:  # e.g. a number with thousands of digits
            raise CurriculumFileError([f"the file: not valid for a curriculum ({_short(exc)})"]) from exc
    return data


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _short(exc: Exception) -> str:
    text = str(exc).split(";")[0]
    return text[:200]


def load_file(path: Path | str) -> CurriculumSpec:
    path = Path(path)
    return parse_text(read_text(path), path.suffix)


def read_data(path: Path | str) -> Any:
    path = Path(path)
    return data_from_text(read_text(path), path.suffix)


def suspect_times_in(data: Any, durations: dict[str, int] | None = None):
    """The times of a file that look 1000 times too large (COS Desktop 1.0), each with its correction."""
    import copy

    data = copy.deepcopy(data)
    times_from_file(data)
    return suspect_times(data, durations)


def problems_in_file(path: Path | str) -> list[str]:
    """Every problem in a file, or an empty list when it can be imported."""
    try:
        load_file(path)
    except CurriculumFileError as exc:
        return exc.problems
    return []


def dump_text(spec: CurriculumSpec, suffix: str = ".yaml") -> str:
    data = to_plain_data(spec)
    if suffix.lower() == ".json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100)


def write_file(spec: CurriculumSpec, path: Path | str) -> Path:
    """Write the file in the format its suffix names (.json, else YAML), replacing it whole."""
    import os
    import tempfile

    path = Path(path)
    text = dump_text(spec, path.suffix)
    fd, temp = tempfile.mkstemp(prefix=".cos-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path


def to_plain_data(spec: CurriculumSpec) -> dict[str, Any]:
    """Plain data in file order, times written as m:ss, empty optional fields left out."""
    data = spec.model_dump(mode="json", exclude_none=True)
    for chapter in data["chapters"]:
        for segment in chapter["segments"]:
            for key in ("facilitator_prompt", "parent_takeaway", "pictures"):
                if not segment.get(key):
                    segment.pop(key, None)
            video = segment.get("video")
            if video:
                times_to_file(video)
                if not video.get("pause_points"):
                    video.pop("pause_points", None)
                video.setdefault("location", None)
    return data
