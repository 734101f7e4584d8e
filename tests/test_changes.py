"""The change hub: what listeners hear, and when."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.services import contacts
from journal.services.events import Action, Change, Entity, changes, write


def _heard() -> list[Change]:
    heard: list[Change] = []
    changes.subscribe(heard.append)
    return heard


def test_a_failed_nested_write_drops_what_it_queued(db_path: Path) -> None:
    heard = _heard()
    with write():
        kept = contacts.create_contact(name="Kept")
        with pytest.raises(RuntimeError), write():
            contacts.create_contact(name="Rolled back")
            raise RuntimeError("the inner step fails; the outer write goes on")
    assert [c.ids for c in heard] == [(kept.id,)]
    assert [c.name for c in contacts_named()] == ["Kept"]


def contacts_named() -> list[contacts.ContactDetail]:
    from journal.db.models import Contact

    return [contacts.get_contact(c.id) for c in Contact.select().order_by(Contact.id)]


def test_changes_are_announced_only_after_the_outer_commit(db_path: Path) -> None:
    heard = _heard()
    with write():
        contacts.create_contact(name="One")
        with write():
            contacts.create_contact(name="Two")
        assert heard == []
    assert len(heard) == 2


@pytest.mark.parametrize(
    ("entity", "action"), [("contact", "updated"), ("tag", "updated"), ("*", "imported")]
)
def test_emit_takes_only_the_declared_kinds(entity: str, action: str) -> None:
    with pytest.raises(TypeError):
        changes.emit(entity, action, [1])  # type: ignore[arg-type]


def test_a_whole_database_change_touches_every_view() -> None:
    assert Change(Entity.DATABASE, Action.IMPORTED).touches({Entity.QUOTA})
    assert Change(Entity.DEAL, Action.UPDATED).touches({Entity.DEAL})
    assert not Change(Entity.DEAL, Action.UPDATED).touches({Entity.QUOTA})
