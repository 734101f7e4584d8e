"""Charts drawn with QPainter (no chart library), each with a table equivalent.

Every chart takes its colours from its palette (light and dark themes) and exposes the
same numbers as rows of text (``ChartWidget.table``) for screen readers and copying.
"""

from journal.ui.charts.base import ChartTableModel, ChartWidget
from journal.ui.charts.networking_charts import InteractionsPerMonthChart
from journal.ui.charts.panel import ChartPanel
from journal.ui.charts.sales_charts import DaysPerStageChart, FunnelChart, WonVsQuotaChart

__all__ = [
    "ChartPanel",
    "ChartTableModel",
    "ChartWidget",
    "DaysPerStageChart",
    "FunnelChart",
    "InteractionsPerMonthChart",
    "WonVsQuotaChart",
]
