"""The geometry of the bar charts drawn on the server (flashcard statistics, set results).

The macro in ``templates/_macros/charts.html`` only draws what ``bar_chart`` computes here, so
the rules that keep a chart readable live in one place and are tested without a browser:

- every label lies inside the SVG's viewBox (nothing is clipped at either end or the bottom);
- no two labels overlap: the axis labels under the bars are thinned to every k-th bar, where k
  is the smallest step their width allows, and a bar's value is written above it only when
  every value fits the bar's width.

The SVG scales with the page (``width="100%"`` and a viewBox), so text and bars shrink together
and what fits at 1280 px fits at 320 px. Text widths are estimated from the character count
(``CHAR_WIDTH_EM`` is generous for the digits, capitals and lower case of a sans-serif face);
the browser tests measure the real boxes in Chromium.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

FONT_SIZE = 11  # user units (px at the drawn width)
CHAR_WIDTH_EM = 0.68  # an upper estimate of a sans-serif character's width, in ems
LABEL_GAP = 6  # the least room between two labels
ASCENT = 1.1 * FONT_SIZE  # room above a text's baseline (Chromium's boxes reach 1.01 em up)
DESCENT = 4  # room below a text's baseline for descenders (p, g, y)


def text_width(text: str, font_size: float = FONT_SIZE) -> float:
    """An upper estimate of ``text``'s drawn width."""
    return len(text) * font_size * CHAR_WIDTH_EM


@dataclass(frozen=True)
class Label:
    """A text drawn at (x, y), y being its baseline; ``anchor`` is SVG's text-anchor."""

    x: float
    y: float
    text: str
    anchor: str = "middle"


@dataclass(frozen=True)
class Bar:
    """One bar, with the words its tooltip says (``title``)."""

    x: float
    y: float
    width: float
    height: float
    title: str


@dataclass
class BarChart:
    """Everything the chart macro draws, in viewBox units."""

    width: float
    height: float
    baseline: float
    plot_left: float
    plot_right: float
    bars: list[Bar] = field(default_factory=list)
    axis_labels: list[Label] = field(default_factory=list)
    value_labels: list[Label] = field(default_factory=list)
    peak_label: Label | None = None
    axis_title: Label | None = None

    @property
    def labels(self) -> list[Label]:
        """Every text of the chart, for tests that check they neither overlap nor spill."""
        extra = [label for label in (self.peak_label, self.axis_title) if label is not None]
        return [*self.axis_labels, *self.value_labels, *extra]


def bar_chart(
    bars: Sequence[tuple[str, float | None]],
    *,
    width: float = 640,
    plot_height: float = 160,
    show_values: bool = False,
    show_peak: bool = True,
    axis_title: str | None = None,
    unit: str = "",
    scale: float | None = None,
    no_value: str = "none",
) -> BarChart:
    """Lay out a bar chart of ``(label, value)`` pairs, values at least 0.

    ``show_peak`` writes the largest value at the top left (the scale); ``show_values`` writes
    each non-zero value above its bar when all of them fit; ``axis_title`` names the labels
    under the bars, centred below them. ``scale`` is the value of a full-height bar (100 for a
    percentage; the largest value by default). A value of None is no figure at all (a day
    without answers has no accuracy): no bar, and its tooltip says ``no_value``.
    """
    values = [max(0.0, float(value)) if value is not None else 0.0 for _, value in bars]
    peak = max([*values, scale or 0.0])
    peak_text = _number(peak)
    top = ASCENT + LABEL_GAP  # room for the peak and for the values above the tallest bar
    left = (text_width(peak_text) + LABEL_GAP) if show_peak else 2.0
    right = width - 2.0
    baseline = top + plot_height
    step = (right - left) / (len(bars) or 1)
    chart = BarChart(width=width, height=0, baseline=baseline, plot_left=left, plot_right=right)
    if show_peak:
        chart.peak_label = Label(0, ASCENT, peak_text, "start")

    for index, ((label, given), value) in enumerate(zip(bars, values)):
        h = (value / peak) * plot_height if peak else 0.0
        title = f"{label}: {_number(value)}{unit}" if given is not None else f"{label}: {no_value}"
        chart.bars.append(Bar(left + index * step + 1, baseline - h, max(step - 2, 1.0), h, title))

    if show_values and all(text_width(_number(v)) <= step - 2 for v in values if v):
        chart.value_labels = [
            Label(bar.x + bar.width / 2, bar.y - 4, _number(v)) for bar, v in zip(chart.bars, values) if v
        ]

    label_y = baseline + ASCENT + 2
    chart.axis_labels = _thinned_labels([label for label, _ in bars], left, step, width, label_y)
    bottom = label_y + DESCENT
    if axis_title:
        title_y = label_y + DESCENT + ASCENT
        chart.axis_title = Label(width / 2, title_y, axis_title)
        bottom = title_y + DESCENT
    chart.height = math.ceil(bottom)
    return chart


def _thinned_labels(texts: list[str], left: float, step: float, width: float, y: float) -> list[Label]:
    """A label under every k-th bar, first bar first, each centred on its bar but moved inward
    at the chart's ends; one that would come closer than ``LABEL_GAP`` to the label before it
    is left out. The last bar (the newest day, the top band) keeps its label, in place of the
    one before it if need be."""
    if not texts:
        return []
    widest = max(text_width(t) for t in texts)
    every = max(1, math.ceil((widest + LABEL_GAP) / step))
    last = len(texts) - 1

    def span(index: int) -> tuple[float, float]:
        half = text_width(texts[index]) / 2
        centre = min(max(left + index * step + step / 2, half), width - half)
        return centre - half, centre + half

    chosen: list[int] = []
    for index in [*range(0, last, every), last]:
        if chosen and span(index)[0] < span(chosen[-1])[1] + LABEL_GAP:
            if index != last:
                continue
            chosen.pop()  # make room for the last bar's label
            if chosen and span(index)[0] < span(chosen[-1])[1] + LABEL_GAP:
                continue
        chosen.append(index)
    return [Label((span(i)[0] + span(i)[1]) / 2, y, texts[i]) for i in chosen]


def _number(value: float) -> str:
    """A count as an integer, any other value with at most one decimal."""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
