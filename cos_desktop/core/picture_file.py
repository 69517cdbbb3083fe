"""A picture as a programme file carries it: a title and a file name, never the picture itself
and never the folder it was in (like a video's file name). Used by core/curriculum_file.py."""

from __future__ import annotations

import re
from pathlib import PurePosixPath, PureWindowsPath
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

_CONTROL = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


def _one_line_text(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray)):
        raise ValueError("must be text")
    if isinstance(value, str) and _CONTROL.search(value):
        raise ValueError("contains a character that cannot be stored")
    return value


def _file_name(value: str) -> str:
    value = value.strip()
    if _SCHEME.match(value) and not value.lower().startswith("file://"):
        raise ValueError("must be the picture's file name")
    value = value[7:] if value.lower().startswith("file://") else value
    name = PureWindowsPath(value).name if "\\" in value else PurePosixPath(value).name
    if not name or value.endswith(("/", "\\")):  # a folder
        raise ValueError("must be the picture's file name")
    return name


class PictureSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    title: Annotated[str, BeforeValidator(_one_line_text), Field(min_length=1, max_length=200)]
    file: Annotated[str, BeforeValidator(_one_line_text), Field(min_length=1, max_length=2000),
                    AfterValidator(_file_name)]
