"""Charts for the catalog as inline SVG strings: drawn here, once, with no script and nothing fetched.
Every label that comes from data is escaped."""

from __future__ import annotations

from html import escape
from typing import Optional, Sequence

WIDTH = 420
BAR_HEIGHT = 18
HIST_HEIGHT = 120
LABEL_WIDTH = 130


def _fmt(value: float) -> str:
    if value is None:
        return "–"
    if isinstance(value, int) or float(value).is_integer() and abs(value) >= 1 or abs(value) >= 1000:
        return f"{round(value):,}"
    return f"{value:.3g}"


def bars(items: Sequence[tuple[str, float]], title: str, unit: str = "") -> str:
    """Horizontal bars, one per (label, value), longest first as given; each bar has a tooltip."""
    if not items:
        return ""
    top = max(v for _, v in items) or 1
    height = BAR_HEIGHT * len(items) + 8
    plot = WIDTH - LABEL_WIDTH - 70
    rows = []
    for index, (label, value) in enumerate(items):
        y = 4 + index * BAR_HEIGHT
        width = max(1.0, plot * value / top) if value else 0
        rows.append(
            f'<g><title>{escape(str(label))}: {escape(_fmt(value))}{escape(unit)}</title>'
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 13}" text-anchor="end" class="label">{escape(str(label)[:20])}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y + 2}" width="{width:.1f}" height="{BAR_HEIGHT - 5}" class="bar"/>'
            f'<text x="{LABEL_WIDTH + width + 4:.1f}" y="{y + 13}" class="value">{escape(_fmt(value))}</text></g>')
    return (f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {WIDTH} {height}" '
            f'width="{WIDTH}" height="{height}" xmlns="http://www.w3.org/2000/svg">{"".join(rows)}</svg>')


def histogram(counts: Sequence[int], edges: Sequence[float], title: str, scale: str = "linear",
              marks: Optional[dict[str, float]] = None) -> str:
    """A histogram of one signal: bins as drawn by stats.py (linear or log10(x+1) edges), a tooltip per bin,
    the range on the axis, and optional vertical marks (e.g. bucket cut-offs) placed by value."""
    if not counts or len(edges) != len(counts) + 1:
        return ""
    top = max(counts) or 1
    left, right, bottom = 8, 8, 22
    plot_width = WIDTH - left - right
    plot_height = HIST_HEIGHT - bottom - 6
    step = plot_width / len(counts)
    parts = []
    for index, count in enumerate(counts):
        height = plot_height * count / top
        x = left + index * step
        parts.append(
            f'<g><title>{escape(_fmt(edges[index]))} – {escape(_fmt(edges[index + 1]))}: {count:,}</title>'
            f'<rect x="{x + 0.5:.1f}" y="6" width="{max(step - 1, 1):.1f}" height="{plot_height}" class="hit"/>'
            f'<rect x="{x + 0.5:.1f}" y="{6 + plot_height - height:.1f}" width="{max(step - 1, 1):.1f}" '
            f'height="{height:.1f}" class="bar"/></g>')
    axis_y = 6 + plot_height
    parts.append(f'<line x1="{left}" y1="{axis_y}" x2="{WIDTH - right}" y2="{axis_y}" class="axis"/>')
    parts.append(f'<text x="{left}" y="{HIST_HEIGHT - 6}" class="label">{escape(_fmt(edges[0]))}</text>')
    parts.append(f'<text x="{WIDTH - right}" y="{HIST_HEIGHT - 6}" text-anchor="end" class="label">'
                 f'{escape(_fmt(edges[-1]))}{" (log scale)" if scale != "linear" else ""}</text>')
    for label, value in (marks or {}).items():
        position = _position(value, edges, scale)
        if position is None:
            continue
        x = left + position * plot_width
        parts.append(f'<g><title>{escape(label)}: {escape(_fmt(value))}</title>'
                     f'<line x1="{x:.1f}" y1="4" x2="{x:.1f}" y2="{axis_y}" class="mark"/></g>')
    return (f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {WIDTH} {HIST_HEIGHT}" '
            f'width="{WIDTH}" height="{HIST_HEIGHT}" xmlns="http://www.w3.org/2000/svg">{"".join(parts)}</svg>')


def _position(value: float, edges: Sequence[float], scale: str) -> Optional[float]:
    """Where `value` falls along the axis, 0..1 (None outside it)."""
    import math

    lo, hi = edges[0], edges[-1]
    if scale != "linear":
        value, lo, hi = math.log10(value + 1), math.log10(lo + 1), math.log10(hi + 1)
    if hi <= lo or not lo <= value <= hi:
        return None
    return (value - lo) / (hi - lo)
