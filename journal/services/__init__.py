"""What the app does with the data. No widgets, no Qt.

Services take keyword arguments, run each change in one transaction, return
plain dataclasses and announce committed changes on ``events.changes``.
"""
