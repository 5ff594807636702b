"""Charts drawn on the server as inline SVG: nothing to download, nothing to run in the browser.

`bar_chart` shows counts per month (an entity's mentions); `line_chart`
shows shares per month, one line per term, each point a link (a term trend:
click a point to list its articles).  Every label is escaped.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from html import escape

from markupsafe import Markup

WIDTH, HEIGHT = 760, 260
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 14, 44
MAX_LABELS = 12


def bar_chart(months: list[str], counts: list[int], *, label: str) -> Markup:
    """Counts per month as bars, each with a tooltip; `label` names what is counted."""
    if not months:
        return Markup("")
    # An even top keeps the middle tick a whole number.
    top = max(counts) + max(counts) % 2 or 2
    slot = _plot_width() / len(months)
    bars = []
    for n, (month, count) in enumerate(zip(months, counts, strict=True)):
        height = (HEIGHT - TOP - BOTTOM) * count / top
        bars.append(
            f'<rect class="bar" x="{LEFT + n * slot + slot * 0.15:.1f}" y="{_y(count, top):.1f}" '
            f'width="{slot * 0.7:.1f}" height="{height:.1f}" data-month="{month}" data-count="{count}">'
            f"<title>{month}: {count} {escape(label)}</title></rect>")
    ticks = _y_ticks(top, lambda v: f"{v:g}")
    return _svg("bar-chart", f"{label} per month", ticks + _x_labels(months, _slot_x(len(months))) + bars)


def line_chart(months: list[str], series: list[dict], *, href: Callable[[str, str], str]) -> Markup:
    """Each series' `share` per month as a line; `href(term, month)` is where a point leads.

    A month with no articles at all (share None) leaves a gap in the line.
    """
    if not months:
        return Markup("")
    shares = [v for s in series for v in s["share"] if v is not None]
    top = _nice(max(shares, default=0) or 0.01)
    x = _point_x(len(months))
    parts = _y_ticks(top, lambda v: f"{v * 100:.3g}%") + _x_labels(months, x)
    for number, line in enumerate(series):
        points = [(x(n), _y(v, top), month, v, count) for n, (month, v, count) in
                  enumerate(zip(months, line["share"], line["articles"], strict=True)) if v is not None]
        for segment in _segments(points, months):
            parts.append(f'<polyline class="line series-{number}" fill="none" points="'
                         + " ".join(f"{px:.1f},{py:.1f}" for px, py, *_ in segment) + '"/>')
        term = escape(line["term"])
        for px, py, month, share, count in points:
            parts.append(
                f'<a class="point" href="{escape(href(line["term"], month))}" data-term="{term}" '
                f'data-month="{month}"><circle class="series-{number}" cx="{px:.1f}" cy="{py:.1f}" r="5">'
                f"<title>{term} · {month}: {count} articles, {share * 100:.2f}% of the month</title>"
                "</circle></a>")
    return _svg("line-chart", "share of articles per month", parts)


def _svg(kind: str, title: str, parts: list[str]) -> Markup:
    axes = (f'<line class="axis" x1="{LEFT}" y1="{HEIGHT - BOTTOM}" x2="{WIDTH - RIGHT}" '
            f'y2="{HEIGHT - BOTTOM}"/><line class="axis" x1="{LEFT}" y1="{TOP}" x2="{LEFT}" '
            f'y2="{HEIGHT - BOTTOM}"/>')
    return Markup(f'<svg class="chart {kind}" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
                  f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">'
                  f"{axes}{''.join(parts)}</svg>")


def _plot_width() -> float:
    return WIDTH - LEFT - RIGHT


def _y(value: float, top: float) -> float:
    return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * value / top


def _slot_x(count: int) -> Callable[[int], float]:
    slot = _plot_width() / count
    return lambda n: LEFT + (n + 0.5) * slot


def _point_x(count: int) -> Callable[[int], float]:
    if count == 1:
        return lambda n: LEFT + _plot_width() / 2
    step = (_plot_width() - 20) / (count - 1)
    return lambda n: LEFT + 10 + n * step


def _nice(value: float) -> float:
    """The axis top: `value` rounded up to 1, 2 or 5 times a power of ten."""
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)


def _y_ticks(top: float, fmt: Callable[[float], str]) -> list[str]:
    ticks = []
    for fraction in (0, 0.5, 1):
        y = _y(top * fraction, top)
        ticks.append(f'<line class="grid" x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}"/>'
                     f'<text class="tick" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">'
                     f"{escape(fmt(top * fraction))}</text>")
    return ticks


def _x_labels(months: list[str], x: Callable[[int], float]) -> list[str]:
    step = math.ceil(len(months) / MAX_LABELS)
    return [f'<text class="tick" x="{x(n):.1f}" y="{HEIGHT - BOTTOM + 18}" text-anchor="middle">'
            f"{month}</text>" for n, month in enumerate(months) if n % step == 0]


def _segments(points: list[tuple], months: list[str]) -> list[list[tuple]]:
    """The points split where months between them have no share (no articles that month)."""
    index = {month: n for n, month in enumerate(months)}
    segments: list[list[tuple]] = []
    for point in points:
        if segments and index[point[2]] == index[segments[-1][-1][2]] + 1:
            segments[-1].append(point)
        else:
            segments.append([point])
    return segments
