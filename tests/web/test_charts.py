"""The server-drawn SVG charts: bars per month, lines with gaps, linked points, escaped labels."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

import pytest

pytest.importorskip("markupsafe", reason="the charts need the web extra: pip install 'banmian[web]'")

from banmian.web.charts import HEIGHT, bar_chart, line_chart  # noqa: E402

SVG = "{http://www.w3.org/2000/svg}"


def test_bars_are_as_tall_as_their_counts():
    svg = ElementTree.fromstring(str(bar_chart(["2024-01", "2024-02", "2024-03"], [4, 0, 2],
                                               label="mentions")))
    bars = svg.findall(f"{SVG}rect")
    heights = [float(bar.get("height")) for bar in bars]
    assert heights[1] == 0 and heights[0] == pytest.approx(2 * heights[2])
    assert [bar.find(f"{SVG}title").text for bar in bars][0] == "2024-01: 4 mentions"
    assert all(float(bar.get("y")) + float(bar.get("height")) <= HEIGHT for bar in bars)


def test_a_line_breaks_where_a_month_has_no_articles_and_every_point_is_a_link():
    months = ["2024-01", "2024-02", "2024-03", "2024-04"]
    series = [{"term": "温岭", "articles": [1, 0, 2, 1], "share": [0.5, None, 0.4, 0.25]}]
    svg = ElementTree.fromstring(str(line_chart(months, series, href=lambda t, m: f"/t?term={t}&m={m}")))
    lines = svg.findall(f"{SVG}polyline")
    assert [len(line.get("points").split()) for line in lines] == [1, 2]
    links = svg.findall(f"{SVG}a")
    assert [link.get("href") for link in links] == ["/t?term=温岭&m=2024-01", "/t?term=温岭&m=2024-03",
                                                    "/t?term=温岭&m=2024-04"]
    heights = [float(link.find(f"{SVG}circle").get("cy")) for link in links]
    assert heights[0] < heights[1] < heights[2]  # a larger share sits higher


def test_labels_are_escaped():
    text = str(line_chart(["2024-01"], [{"term": "<b>x</b>", "articles": [1], "share": [1.0]}],
                          href=lambda t, m: "/?a=1&b=2"))
    assert "<b>" not in text and "&lt;b&gt;x&lt;/b&gt;" in text and "a=1&amp;b=2" in text
    ElementTree.fromstring(text)


def test_no_months_no_chart():
    assert str(bar_chart([], [], label="mentions")) == ""
    assert str(line_chart([], [], href=lambda t, m: "")) == ""
    assert re.search(r"<svg", str(bar_chart(["2024-01"], [0], label="x")))
