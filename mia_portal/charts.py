"""Bar and column charts as plain geometry for a server-rendered SVG: no JavaScript involved."""

from dataclasses import dataclass
from math import ceil


@dataclass
class Bar:
    label: str
    count: int
    x: float
    y: float
    width: float
    height: float
    label_x: float = 0
    label_y: float = 0
    value_x: float = 0
    value_y: float = 0
    sublabel: str = ""
    show_label: bool = True


@dataclass
class Chart:
    width: int
    height: int
    bars: list
    baseline_y: float = 0


def column_chart(columns, width=480, height=220, bottom_room=40, label_gap=16):
    """Columns in time order from ``(label, count, sublabel)``, all to one scale: the largest
    count fills the plot. Labels go ``label_gap`` under the baseline, at most twelve of them."""
    top_room = 20
    plot_height = height - top_room - bottom_room
    largest = max((count for _label, count, _sublabel in columns), default=0) or 1
    slot = width / max(len(columns), 1)
    label_every = ceil(len(columns) / 12) or 1
    baseline = top_room + plot_height
    bars = []
    for index, (label, count, sublabel) in enumerate(columns):
        bar_height = round(plot_height * count / largest, 1)
        left = index * slot
        bars.append(
            Bar(
                label=label,
                count=count,
                x=round(left + slot * 0.15, 1),
                y=round(baseline - bar_height, 1),
                width=round(slot * 0.7, 1),
                height=bar_height,
                label_x=round(left + slot / 2, 1),
                label_y=baseline + label_gap,
                value_x=round(left + slot / 2, 1),
                value_y=round(baseline - bar_height - 5, 1),
                sublabel=sublabel,
                show_label=index % label_every == 0,
            )
        )
    return Chart(width=width, height=height, bars=bars, baseline_y=baseline)
