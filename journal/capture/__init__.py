"""Quick capture: one line of text ("café con @Ana, seguimiento el viernes") read into an
interaction, its value or objection and a follow-up, then saved in one transaction.

- ``journal.capture.parser.parse(text, today=, now=, people=)`` -> ``model.Capture`` (pure)
- ``journal.capture.directory.JournalPeople`` answers "who could @ana be?" from the journal
- ``journal.capture.save.save_capture(capture)`` / ``undo_capture(saved)``
- ``journal.capture.commands``: ``networking-journal-cli log "TEXT"``

No Qt here. ``dateparser`` is imported only when a line needs it.
"""
