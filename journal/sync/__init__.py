"""Two-way sync with the user's CardDAV/CalDAV server. No Qt.

Layout (imports go down the list):

- ``errors``      what can go wrong, in plain words (offline, refused, needs an answer)
- ``policy``      which URLs may be used (https, or http only to this machine)
- ``transport``   the one place that talks HTTP (niquests, which caldav brings)
- ``davxml``      WebDAV request bodies and multistatus answers
- ``discovery``   /.well-known/, principal, home sets, collections found or created
- ``mapping``     records <-> vCard / iCalendar, one module per kind of record
- ``merge``       three-way merge of field dictionaries (pure)
- ``saved``       the set-up kept in the journal (server, user, last run): all a start reads
- ``store``       the status, inbox and tombstones in the journal file
- ``apply``       server changes into the journal, through the services' validation
- ``engine``      one sync run: push deletes, push changes, pull, merge, commit
- ``account``     the configured server (in the journal) and the password (keyring)
- ``commands``    ``networking-journal sync setup|now|status|forget``

Nothing here touches the network until sync has been set up.
"""
