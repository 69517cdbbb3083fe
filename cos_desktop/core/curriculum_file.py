"""The human-readable curriculum file (YAML or JSON): its schema, validation and writing.

Validation checks the whole file and reports every problem with where it is, so an import
either takes everything or nothing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator

from cos_desktop.core.kinds import SegmentKind

FORMAT_NAME = "cos-desktop-curriculum"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_CHAPTERS = 20
MAX_SEGMENTS = 40
MAX_TEXT = 5000


class CurriculumFileError(Exception):
    """A curriculum file that cannot be used; `problems` lists each one with its place."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def _parse_time(value: Any) -> Any:
    """Accept seconds (int) or 'm:ss' / 'h:mm:ss'; return whole milliseconds."""
    if isinstance(value, bool):
        raise ValueError("must be a time like 1:30 or a number of seconds")
    if isinstance(value, int):
        return value * 1000
    if isinstance(value, float) and value.is_integer():
        return int(value) * 1000
    if isinstance(value, str) and re.fullmatch(r"\d{1,3}(:\d{2}){1,2}", value.strip()):
        seconds = 0
        for part in value.strip().split(":"):
            seconds = seconds * 60 + int(part)
        return seconds * 1000
    raise ValueError("must be a time like 1:30 or a number of seconds")


def format_time_ms(ms: int) -> str:
    seconds = ms // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


TimeMs = Annotated[int, BeforeValidator(_parse_time), Field(ge=0, le=24 * 3600 * 1000)]
Text = Annotated[str, Field(max_length=MAX_TEXT)]
Title = Annotated[str, Field(min_length=1, max_length=200)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class PausePointSpec(_Strict):
    at: TimeMs
    prompt: Text = ""


class LinkSpec(_Strict):
    title: Title
    location: Annotated[str, Field(min_length=1, max_length=2000)]


class VideoSpec(_Strict):
    title: Title
    location: Annotated[str, Field(max_length=2000)] | None = None
    clip_start: TimeMs | None = None
    clip_end: TimeMs | None = None
    pause_points: list[PausePointSpec] = Field(default_factory=list)
    optional_link: LinkSpec | None = None

    @model_validator(mode="after")
    def _clip_in_order(self) -> "VideoSpec":
        if self.clip_start is not None and self.clip_end is not None and self.clip_end <= self.clip_start:
            raise ValueError("clip_end must come after clip_start")
        return self


class SegmentSpec(_Strict):
    position: Annotated[int, Field(ge=1, le=MAX_SEGMENTS)]
    title: Title
    kind: SegmentKind
    minutes: Annotated[int, Field(strict=True, ge=1, le=240)]
    facilitator_prompt: Text = ""
    parent_takeaway: Text = ""
    video: VideoSpec | None = None


class ChapterSpec(_Strict):
    position: Annotated[int, Field(ge=1, le=MAX_CHAPTERS)]
    title: Title
    target_minutes: Annotated[int, Field(strict=True, ge=10, le=480)] = 90
    parent_summary: Text = ""
    notice_this_week: Text = ""
    segments: Annotated[list[SegmentSpec], Field(min_length=1, max_length=MAX_SEGMENTS)]

    @model_validator(mode="after")
    def _positions_unique(self) -> "ChapterSpec":
        _check_positions([s.position for s in self.segments], "segment")
        return self


class CurriculumSpec(_Strict):
    format: str = FORMAT_NAME
    format_version: int = FORMAT_VERSION
    name: Title
    description: Text = ""
    chapters: Annotated[list[ChapterSpec], Field(min_length=1, max_length=MAX_CHAPTERS)]

    @model_validator(mode="after")
    def _positions_unique(self) -> "CurriculumSpec":
        _check_positions([c.position for c in self.chapters], "chapter")
        return self

    def ordered_chapters(self) -> list[ChapterSpec]:
        return sorted(self.chapters, key=lambda c: c.position)


def _check_positions(positions: list[int], what: str) -> None:
    seen: set[int] = set()
    for p in positions:
        if p in seen:
            raise ValueError(f"two {what}s have position {p}; each {what} needs its own position")
        seen.add(p)


# ---- reading -------------------------------------------------------------------------

_FIELD_HELP = {
    "minutes": "must be a whole number from 1 to 240",
    "target_minutes": "must be a whole number from 10 to 480",
    "position": "must be a whole number from 1 up",
    "kind": "must be one of " + ", ".join(k.value for k in SegmentKind),
}


def _describe_location(loc: tuple[Any, ...], data: Any) -> str:
    """('chapters', 2, 'segments', 1, 'minutes') -> 'chapter 3, segment 2, minutes'."""
    words: list[str] = []
    i = 0
    while i < len(loc):
        part = loc[i]
        nxt = loc[i + 1] if i + 1 < len(loc) else None
        if part in ("chapters", "segments", "pause_points") and isinstance(nxt, int):
            singular = {"chapters": "chapter", "segments": "segment", "pause_points": "pause point"}[part]
            words.append(f"{singular} {nxt + 1}")
            i += 2
            continue
        words.append(str(part))
        i += 1
    return ", ".join(words) if words else "the file"


def _message_for(error: dict[str, Any]) -> str:
    loc = tuple(p for p in error["loc"] if not (isinstance(p, str) and p.startswith("function-")))
    field = next((p for p in reversed(loc) if isinstance(p, str)), "")
    kind = error["type"]
    if kind == "missing":
        return f"{_describe_location(loc, None)}: is missing"
    if kind == "extra_forbidden":
        return f"{_describe_location(loc, None)}: is not a field this format knows"
    if field in _FIELD_HELP and kind not in ("value_error",):
        return f"{_describe_location(loc, None)}: {_FIELD_HELP[field]}"
    message = error["msg"]
    message = message.removeprefix("Value error, ")
    return f"{_describe_location(loc, None)}: {message}"


def parse_data(data: Any) -> CurriculumSpec:
    """Validate already-parsed data; raises CurriculumFileError listing every problem."""
    if not isinstance(data, dict):
        raise CurriculumFileError(["the file: must hold a curriculum (a mapping with name and chapters)"])
    problems: list[str] = []
    if data.get("format", FORMAT_NAME) != FORMAT_NAME:
        problems.append(f"format: must be {FORMAT_NAME!r}")
    version = data.get("format_version", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        problems.append(
            f"format_version: this version of COS Desktop reads version {FORMAT_VERSION}, "
            f"the file says {version!r}"
        )
    try:
        spec = CurriculumSpec.model_validate(data)
    except ValidationError as exc:
        problems.extend(_message_for(e) for e in exc.errors())
        spec = None
    if problems:
        raise CurriculumFileError(problems)
    assert spec is not None
    return spec


def read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise CurriculumFileError([f"the file: cannot be opened ({exc.strerror})"]) from exc
    if size > MAX_FILE_BYTES:
        raise CurriculumFileError(
            [f"the file: is {size // 1024} KB; a curriculum file is at most {MAX_FILE_BYTES // 1024} KB"]
        )
    raw = path.read_bytes()
    if b"\x00" in raw:
        raise CurriculumFileError(["the file: is not a text file"])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CurriculumFileError([f"the file: is not UTF-8 text (byte {exc.start})"]) from exc


def parse_text(text: str, suffix: str = ".yaml") -> CurriculumSpec:
    if suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise CurriculumFileError([f"line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})"]) from exc
    else:
        import yaml

        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "the file"
            problem = getattr(exc, "problem", None) or "not valid YAML"
            raise CurriculumFileError([f"{where}: not valid YAML ({problem})"]) from exc
    return parse_data(data)


def load_file(path: Path | str) -> CurriculumSpec:
    path = Path(path)
    return parse_text(read_text(path), path.suffix)


def dump_text(spec: CurriculumSpec, suffix: str = ".yaml") -> str:
    data = to_plain_data(spec)
    if suffix.lower() == ".json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    import yaml

    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def to_plain_data(spec: CurriculumSpec) -> dict[str, Any]:
    """Plain data in file order, times written as m:ss, empty optional fields left out."""
    data = spec.model_dump(mode="json", exclude_none=True)
    for chapter in data["chapters"]:
        for segment in chapter["segments"]:
            for key in ("facilitator_prompt", "parent_takeaway"):
                if not segment.get(key):
                    segment.pop(key, None)
            video = segment.get("video")
            if video:
                for key in ("clip_start", "clip_end"):
                    if key in video:
                        video[key] = format_time_ms(video[key])
                for point in video.get("pause_points", []):
                    point["at"] = format_time_ms(point["at"])
                if not video.get("pause_points"):
                    video.pop("pause_points", None)
                video.setdefault("location", None)
    return data
