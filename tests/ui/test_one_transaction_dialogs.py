"""Issue 14, point 6: a dialog that writes several records (an entry and its follow-up, an
introduction and a follow-up with each person) writes them in one service call: when a part
is refused, nothing is kept, and saving again does not write the first part twice."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from journal.db import database
from journal.services import contacts, followups
from journal.services.errors import QT_TRANSLATE_NOOP, ValidationError
from journal.ui.dialogs.interaction_dialog import InteractionDialog
from journal.ui.dialogs_intro import IntroductionDialog


class FailOnce:
    """``followups.create_followup`` refused the first time (a contact trashed meanwhile, a full disk)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.real = followups.create_followup
        self.failed = False
        monkeypatch.setattr(followups, "create_followup", self)

    def __call__(self, **kwargs: Any) -> followups.FollowUpData:
        if not self.failed:
            self.failed = True
            raise ValidationError("due_date", QT_TRANSLATE_NOOP("Validation", "That date is not possible."))
        return self.real(**kwargs)


def _count(table: str) -> int:
    return int(database.execute_sql(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0])


def test_log_and_follow_up_is_one_write(qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ana = contacts.create_contact(name="Ana")
    failing = FailOnce(monkeypatch)
    dialog = InteractionDialog(None, ana.id, "networking")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.summary, "Coffee")
    dialog.follow_up.setChecked(True)
    dialog.accept()
    assert failing.failed and dialog.isVisible()  # the message is shown, the typed text kept
    assert (_count("interaction"), _count("follow_up")) == (0, 0)
    dialog.accept()
    assert not dialog.isVisible()
    assert (_count("interaction"), _count("follow_up")) == (1, 1)
    assert dialog.followup_id is not None
    assert followups.get_followup(dialog.followup_id).title == "Follow up: Coffee"


def test_introduction_and_its_follow_ups_are_one_write(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ana, bo = contacts.create_contact(name="Ana"), contacts.create_contact(name="Bo")
    failing = FailOnce(monkeypatch)
    dialog = IntroductionDialog(None, person_a_id=ana.id, person_b_id=bo.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert failing.failed and dialog.isVisible()
    assert (_count("introduction"), _count("follow_up")) == (0, 0)
    dialog.accept()
    assert (_count("introduction"), _count("follow_up")) == (1, 2)
    titles = sorted(followups.get_followup(i).title for i in dialog.followup_ids)
    assert titles == ["Ask Ana how it went with Bo", "Ask Bo how it went with Ana"]


def test_moving_several_deals_moves_all_or_none(db_path: Path) -> None:
    from journal.services import deals
    from journal.services.errors import NotFoundError

    ana = contacts.create_contact(name="Ana")
    one, two = (deals.create_deal(contact_id=ana.id, title=t, value="10") for t in ("One", "Two"))
    deals.trash_deal(two.id)
    with pytest.raises(NotFoundError):
        deals.move_deals([one.id, two.id], stage="proposal")
    assert deals.get_deal(one.id).stage == "prospect"


def test_restoring_several_items_keeps_going_past_one_that_cannot_come_back(db_path: Path) -> None:
    from journal.services import interactions, trash
    from journal.services.events import Change, changes

    ana = contacts.create_contact(name="Ana")
    entry = interactions.log_interaction(contact_id=ana.id, kind="networking", summary="Coffee")
    interactions.trash_interaction(entry.id)
    heard: list[Change] = []
    changes.subscribe(heard.append)
    left = trash.restore_many([("interaction", entry.id), ("deal", 999)])
    assert [(entity, item) for entity, item, _error in left] == [("deal", 999)]
    assert interactions.get_interaction(entry.id).id == entry.id and _count("interaction") == 1
    assert [(c.entity, c.action) for c in heard] == [("interaction", "restored")]
