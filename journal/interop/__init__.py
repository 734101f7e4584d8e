"""File formats: vCard, CSV (LinkedIn, Google, Outlook, generic), iCalendar and JSON.

Readers turn a file into ``records.ContactRecord`` (or, for our own JSON, table
rows); ``engine`` plans and applies an import in one transaction; ``export``
writes the journal back out. No Qt here.
"""
