"""``WidgetMixin``: the base of mixins that go before a Qt widget class in the bases.

To the type checker it is a ``QWidget`` (so a mixin can call ``self.isVisible()`` or
``super().showEvent(...)``); at run time it is ``object`` and adds nothing, so the Qt
class later in the bases stays the only wrapped C++ type.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    WidgetMixin = QWidget
else:
    WidgetMixin = object

__all__ = ["WidgetMixin"]
