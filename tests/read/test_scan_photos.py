"""Photos found on a scanned page: toned areas with no text in them."""

from __future__ import annotations

import pytest

np = pytest.importorskip("numpy")

from banmian.model import BBox  # noqa: E402
from banmian.read.scan import _Box, photos  # noqa: E402


def _page():
    pixels = np.full((600, 400), 250.0)
    pixels[100:300, 40:240] = 200.0  # a light photo, 10 ems each way at 20 px an em
    pixels[100:300, 40:240] -= np.linspace(0, 60, 200)[:, None]  # shaded, as photos are
    text = [_Box("一二三四五六七八", 40, y, 200, y + 20, 1.0, 20.0) for y in range(330, 560, 30)]
    for box in text:  # strokes of text: as dark as a photo on average, but under OCR boxes
        pixels[int(box.y0):int(box.y1), int(box.x0):int(box.x1):3] = 30.0
    return pixels, text


def test_a_toned_area_with_no_text_is_a_photo():
    pixels, text = _page()
    (found,) = photos(pixels, 250.0, text, 20.0)
    assert found == BBox(40, 100, 240, 300)


def test_small_toned_spots_and_text_are_no_photos():
    pixels, text = _page()
    pixels[100:300, 40:240] = 250.0
    pixels[50:70, 300:320] = 150.0  # a spot one em across
    assert photos(pixels, 250.0, text, 20.0) == []
