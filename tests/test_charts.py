"""The server-drawn bar charts' layout (quizapp/charts.py): every label inside the viewBox and
no two labels overlapping, whatever the labels and values. The browser test
(tests/browser/test_charts_browser.py) measures the same on the real pages in Chromium."""
from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.charts import ASCENT, FONT_SIZE, BarChart, Label, bar_chart, text_width

EPS = 1e-6  # floating-point slack, far below a pixel


def box(label: Label) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of a label as the layout estimates it."""
    w = text_width(label.text)
    left = label.x if label.anchor == "start" else label.x - w / 2
    return left, label.y - ASCENT, left + w, label.y + 4


def assert_readable(chart: BarChart) -> None:
    boxes = [box(label) for label in chart.labels]
    for left, top, right, bottom in boxes:
        assert left >= -EPS and right <= chart.width + EPS and top >= 0 and bottom <= chart.height, (left, top, right, bottom, chart.width, chart.height)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a[2] <= b[0] + EPS or b[2] <= a[0] + EPS or a[3] <= b[1] or b[3] <= a[1], (a, b)
    for bar in chart.bars:
        assert chart.plot_left <= bar.x and bar.x + bar.width <= chart.plot_right + EPS and bar.y >= FONT_SIZE


def days(n: int) -> list[str]:
    return [(date(2026, 3, 1) + timedelta(days=i)).strftime("%d %b") for i in range(n)]


def test_thirty_days_of_dates_are_thinned_and_keep_the_first_and_last_day():
    chart = bar_chart([(d, i % 7) for i, d in enumerate(days(30))])
    texts = [label.text for label in chart.axis_labels]
    assert texts[0] == "01 Mar" and texts[-1] == "30 Mar" and 5 <= len(texts) < 30
    assert_readable(chart)


def test_the_set_results_axis_title_sits_below_the_band_labels_inside_the_chart():
    chart = bar_chart([(str(10 * i), n) for i, n in enumerate([0, 2, 5, 9, 14, 3, 1, 0, 7, 4])],
                      width=420, show_values=True, show_peak=False, axis_title="percent (band start)")
    assert chart.axis_title is not None and chart.axis_title.y > max(label.y for label in chart.axis_labels)
    assert [label.text for label in chart.value_labels] == ["2", "5", "9", "14", "3", "1", "7", "4"]
    assert_readable(chart)


def test_values_too_wide_for_their_bars_are_left_to_the_table():
    chart = bar_chart([(str(10 * i), 1_234_567) for i in range(10)], width=420, show_values=True, show_peak=False)
    assert chart.value_labels == []
    assert_readable(chart)


def test_a_large_peak_widens_the_left_margin_instead_of_running_into_the_bars():
    chart = bar_chart([(d, 1234 if i == 3 else 1) for i, d in enumerate(days(14))])
    assert chart.peak_label is not None and chart.peak_label.text == "1234"
    assert chart.plot_left >= text_width("1234")
    assert_readable(chart)


@settings(max_examples=150, deadline=None)
@given(
    bars=st.lists(st.tuples(st.text(alphabet="0123456789 JFMASONDabcehlnoprtuvy", min_size=1, max_size=12),
                            st.integers(min_value=0, max_value=100_000)), min_size=1, max_size=60),
    width=st.sampled_from([420, 640]),
    show_values=st.booleans(),
    show_peak=st.booleans(),
    axis_title=st.sampled_from([None, "percent (band start)"]),
)
def test_no_label_spills_or_overlaps_whatever_the_data(bars, width, show_values, show_peak, axis_title):
    assert_readable(bar_chart(bars, width=width, show_values=show_values, show_peak=show_peak, axis_title=axis_title))
