"""Editing dialogs shared by every section.

Each has a one-call entry point that returns the saved id (or None if cancelled):
``ContactDialog.add(parent)``, ``ContactDialog.edit(parent, contact_id)``,
``InteractionDialog.log_for(parent, contact_id, kind=None)``,
``InteractionDialog.edit(parent, interaction_id)``,
``FollowUpDialog.add_for(parent, contact_id, kind=None, interaction_id=…, deal_id=…)``,
``DealDialog.add_for(parent, contact_id)``.
"""

from journal.ui.dialogs.contact_dialog import ContactDialog
from journal.ui.dialogs.deal_dialog import DealDialog
from journal.ui.dialogs.followup_dialog import FollowUpDialog
from journal.ui.dialogs.interaction_dialog import InteractionDialog

__all__ = ["ContactDialog", "DealDialog", "FollowUpDialog", "InteractionDialog"]
