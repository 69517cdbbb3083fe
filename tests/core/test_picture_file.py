"""Pictures in a programme file: a title and a file name only."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from cos_desktop.core.picture_file import PictureSpec


@pytest.mark.parametrize("given, kept", [
    ("C:\\Users\\Sam\\Pictures\\circle graphic.png", "circle graphic.png"),
    ("/home/sam/Bilder/Kreis.svg", "Kreis.svg"),
    ("file:///media/usb/كرة.jpg", "كرة.jpg"),
    ("rules.jpeg", "rules.jpeg"),
])
def test_only_the_file_name_is_kept(given, kept):
    assert PictureSpec(title="Circle", file=given).file == kept


@pytest.mark.parametrize("file", ["https://example.org/a.png", "", "/home/sam/", "a\x00.png"])
def test_addresses_folders_and_control_characters_are_refused(file):
    with pytest.raises(ValidationError):
        PictureSpec(title="Circle", file=file)


def test_nothing_else_may_travel_with_a_picture():
    with pytest.raises(ValidationError):
        PictureSpec(title="Circle", file="a.png", data="iVBORw0KGgo=")
