<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>Could not save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the log folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong inside Networking Journal, and what you were doing may not have finished. Everything saved before is safe: an unfinished change is undone, never half-saved.

You can keep working. If it happens again, restart the app. The details were written to {file} — please include that file when you report the problem.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The newest verified backup is from {when} ({contacts} contacts, {entries} entries).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no backup of this journal yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing has been written to the file. {backup}

You can restore that backup or start with an empty journal. Either way the damaged file is kept, renamed, in the same folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore newest verified backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start with an empty journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the journal</source>
            <translation type="unfinished">No se puede abrir el diario</translation>
        </message>
        <message>
            <source>The damaged file is kept as {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not restore the backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup from {when} was restored ({contacts} contacts).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting with an empty journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This journal needs an upgrade, but a backup could not be made first, so it was left as it was. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A backup or check is already running; try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backing up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup saved and verified: {contacts} contacts, {entries} entries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to back up yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the journal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal is fine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No problems found: {contacts} contacts and {entries} entries, all readable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems were found. {reason}

Keep working only if you must; restore a recent backup with File &gt; Restore from backup… to be safe.

{details}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restoring…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup restored: {contacts} contacts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup was restored. The journal as it was just before is kept as a backup too, so you can go back with File &gt; Restore from backup….</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>About</name>
        <message>
            <source>&amp;About Networking Journal</source>
            <translation>&amp;Acerca de Networking Journal</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Acerca de &amp;Qt</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Networking Journal</source>
            <translation>Acerca de Networking Journal</translation>
        </message>
        <message>
            <source>Networking Journal logo</source>
            <translation>Logotipo de Networking Journal</translation>
        </message>
        <message>
            <source>An offline journal for networking and sales with the same people. Your data stays on this computer.</source>
            <translation>Un diario sin conexión para el networking y las ventas con las mismas personas. Tus datos no salen de este ordenador.</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licencia</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>Versión:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Base de datos:</translation>
        </message>
        <message>
            <source>Backups:</source>
            <translation>Copias de seguridad:</translation>
        </message>
        <message>
            <source>Log files:</source>
            <translation>Archivos de registro:</translation>
        </message>
        <message>
            <source>Licence:</source>
            <translation>Licencia:</translation>
        </message>
        <message>
            <source>Built with:</source>
            <translation>Hecho con:</translation>
        </message>
        <message>
            <source>Open &amp;Log Folder</source>
            <translation>Abrir carpeta de &amp;registros</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Abrir carpeta de registros</translation>
        </message>
        <message>
            <source>Open &amp;Backup Folder</source>
            <translation>Abrir carpeta de &amp;copias</translation>
        </message>
        <message>
            <source>Open backup folder</source>
            <translation>Abrir carpeta de copias de seguridad</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>CadenceDialog</name>
        <message>
            <source>Keep in touch with %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cadence in days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No cadence of their own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What counts as talking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any interaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Networking interactions only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <source>Ca&amp;lendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>▲ overdue   ● due   ✓ done — Enter on a day lists it; Tab moves to the lists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda for the selected day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing due this day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing overdue. Well done!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reschedule…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark the selected follow-up done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze the selected follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze: 1 day (%1), 1 week (%2), pick a date and time (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reschedule the selected follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the selected follow-up's contact</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>&amp;Overdue (%n)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Agenda — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot mark done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot snooze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot reschedule</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>%1 (table)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Nothing to show yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Edit contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email addresses, one per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone numbers, one per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mentor, madrid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LinkedIn profile address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Birthday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>YYYY-MM-DD, or --MM-DD without a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How we met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Met on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The day we met is known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day we met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Introduced by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep in touch every (days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No cadence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What resets the keep-in-touch timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any interaction resets it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only networking resets it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job &amp;title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Emails</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Phones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ta&amp;gs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;LinkedIn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Locatio&amp;n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Birthday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;How we met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Introduced by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep in touch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactFilterBar</name>
        <message>
            <source>Search contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search names, organizations, emails, tags, notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only contacts with this tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by kind of relationship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Networking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Networking and sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sort contacts by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sort by name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sort by last interaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sort by next follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue to reconnect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only contacts overdue to reconnect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only contacts with an open deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All tags</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactHeader</name>
        <message>
            <source>Never talked yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last talked today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last talked yesterday</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Last talked %n days ago</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{talked}, no keep-in-touch cadence</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{talked}, cadence %n days: {state}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>How to reach them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How we met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep-in-touch status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} at {organization}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LinkedIn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No email or phone yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No tags</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>keep in touch every %n days</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source> (networking only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Met: {how}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>introduced by</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactListModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last interaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep in touch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} at {organization}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reconnect by {day}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactPage</name>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Networking and sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Networking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick a contact on the left to see their networking and sales.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactPicker</name>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a name…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(untitled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yesterday</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>in %n days</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days late</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>No cadence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On track</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due soon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Networking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Social</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Introduction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Favour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prospect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qualified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Presentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proposal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Negotiation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Competitor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Need</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unresolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did business</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>months</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactsFeature</name>
        <message>
            <source>Contacts</source>
            <translation type="unfinished">Contactos</translation>
        </message>
        <message>
            <source>&amp;New Contact…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit Contact…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Log Interaction…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;Follow-up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;Deal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactsSection</name>
        <message>
            <source>Contacts</source>
            <translation type="unfinished">Contactos</translation>
        </message>
        <message>
            <source>No contacts match. Press Escape to clear the search.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contacts yet — add one (Ctrl+N) or import a file.</source>
            <translation type="unfinished">Aún no hay contactos: añade uno (Ctrl+N) o importa un archivo.</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DaysPerStageChart</name>
        <message>
            <source>Average days per stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Average time in stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moves measured</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DealDialog</name>
        <message>
            <source>Add deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deal title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1500.00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Probability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected close date known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why it was lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Probability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lost because</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DuePanel</name>
        <message>
            <source>Due now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Got it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop grouping the missed reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is due. Enjoy the quiet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>and %n more in the follow-up calendar</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>You missed %n reminder(s) while away — listed first.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Due now (%n)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Cannot mark it done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot snooze</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DueRow</name>
        <message>
            <source>Networking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} · {kind} · due {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark “{title}” done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze “{title}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick a time…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remind me again on:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <source>same email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same name and organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>similar name</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpCalendar</name>
        <message>
            <source>Follow-up calendar</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n due</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n done</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>No follow-ups</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>In 3 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In 1 week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In 1 month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Networking or sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the article we talked about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At a set time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;ime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Repeat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUps</name>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snoozed until %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FunnelChart</name>
        <message>
            <source>Stage-to-stage conversion funnel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deals that reached it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Of all deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Went on to the next stage</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GeneralPage</name>
        <message>
            <source>Keep running in the system tray when the window is closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minimize to tray on close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This desktop has no system tray.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start at login, minimized</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start at login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default keep-in-touch cadence in days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default keep-in-touch &amp;cadence:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>General</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not change it: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>(ignore)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LinkedIn URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Birthday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How we met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Met on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ID in the other program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a field is longer than {size} KB, which no contact export has. The file is probably damaged or is not a contact list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is not valid CSV ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has no header row with the expected columns. Check the format you chose, or that the file uses commas (or semicolons) between fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has a header row but no contacts under it. Export your contacts again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this row is separated by {found!r} but the header by {expected!r}. Save the file again with one separator throughout.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this row has {count} fields but the header has {width}. A value probably holds an unquoted separator; fix the row or export the file again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No column holds names or emails (columns: {columns}). Map the columns in the import window, or rename the header to Name, Email, Phone, Company.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is larger than 512 MB; split it into smaller files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is a folder, not a file. Choose the exported file inside it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} does not exist. Check the name and the folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} cannot be read ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is not a text file (it holds binary data). Choose a vCard (.vcf), CSV or JSON export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is empty. Export your contacts again and choose the new file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} looks like {encoding} text but byte {offset} is damaged. Export it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line} is not a vCard property (no colon). The file may be damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the {property} on line {line} is longer than 1 MB, which no contact has. The file is probably damaged; export it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the card starting on line {start} has no END:VCARD before the next card (line {line}). The file is damaged; export it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line} has END:VCARD without a BEGIN:VCARD before it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line} is outside any card. A vCard file holds only BEGIN:VCARD ... END:VCARD blocks; this one is damaged or is not a vCard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the card starting on line {start} has no END:VCARD: the file is cut short. Export or copy it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file holds no vCard (no BEGIN:VCARD).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown format {format}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} could not be read ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no name and no email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>possible duplicate of {name}: review it under Duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same person as {where} in this file; adds {fields}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same person as {where} in this file; nothing new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>matched on {key}; adds {fields}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>already in the journal (matched on {key}); nothing new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is not valid JSON ({reason}). The file is damaged or cut short.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The JSON is nested too deeply to be a journal export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This JSON file is not a Networking Journal export. Only files made with File &gt; Export &gt; JSON can be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export does not say which schema version it has.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export was made by a newer version of Networking Journal (schema {found}; this version understands up to {known}). Update the app to import it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Table {table} in the export is not a list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record {number} of table {table} is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact {number} in the export has no name or no uuid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>already in the journal (same uuid)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>record {number} of table {table} cannot be stored ({reason}). Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export is inconsistent: a record of {table} refers to a {parent} that is not in the file. Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Insights</name>
        <message>
            <source>Set sales &amp;quota…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InsightsView</name>
        <message>
            <source>Insights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This quarter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set sales quota…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set quota…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set quota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weighted forecast by expected close month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Forecast&lt;/b&gt; — open deals by expected close month, value × probability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quota &amp;&amp; forecast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Win rate per objection response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For each kind of objection, how each response worked out. Win rate = won deals ÷ decided (won or lost) deals the objection was raised on; open deals are not counted yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won value per month against quota (last 12 months)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage-to-stage conversion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Average days per stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interactions per month by kind (last 12 months)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won vs quota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Funnel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days per stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interactions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value given and received by type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relationships where I have only been taking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Only taking&lt;/b&gt; — they gave, I gave nothing back (last 12 months)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Networking ledger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Q%1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No expected close date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weighted value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no response recorded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Times used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Win rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the last 12 months you gave %1 and received %2 (balance %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I gave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Times they gave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last time</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InteractionDialog</name>
        <message>
            <source>3 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Networking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Networking entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relationship: advice, introductions, chats, events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business: prospecting, proposals, objections, closing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When it happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coffee to talk about…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No value moved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I gave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow up in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow up when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ummary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ob&amp;jections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow up: {summary}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InteractionTableModel</name>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objections and deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{direction}: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deal: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{category} ({outcome})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InteractionsPerMonthChart</name>
        <message>
            <source>Interactions per month by kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IntroductionChainView</name>
        <message>
            <source>Introduced by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Introduced-by chain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Introduced me to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People this contact introduced me to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody recorded</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IntroductionDialog</name>
        <message>
            <source>Pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business came of it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record an introduction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I introduced A to B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A introduced me to B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of the introduction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Context</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why they should meet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow up with both of them in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a follow-up with each person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days until the follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person &amp;A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person &amp;B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Context</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask {a} how it went with {b}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask {b} how it went with {a}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank {a} for the introduction to {b}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow up with {b} (introduced by {a})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KindTab</name>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every {n} {unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No open follow-ups</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Networking Journal</source>
            <translation>Networking Journal</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pipeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reconnect</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NetworkingTab</name>
        <message>
            <source>Networking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reciprocity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log networking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a networking entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add follow-up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a networking follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Networking timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Networking follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Introductions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Introduction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You gave {gave}, received {received} in the last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No networking entries yet — log one (Ctrl+L).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I introduced {a} to {b}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{a} introduced me to {b}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No introductions yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ObjectionsEditor</name>
        <message>
            <source>Objections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Our response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the selected objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objection category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objection outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What they said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How we answered</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OfferBar</name>
        <message>
            <source>Suggested follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the suggested follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss the suggestion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deal won! Add a follow-up “{title}” on {day}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a follow-up “{title}” on {day}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot add the follow-up</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Offers</name>
        <message>
            <source>Check that {name} is happy with “{deal}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send {name} a thank-you note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Pipeline</name>
        <message numerus="yes">
            <source>%n day(s) in stage</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>PipelineView</name>
        <message>
            <source>Pipeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to previous stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to next stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected deal to a stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag a deal to another column, or select it and press Ctrl+→ / Ctrl+←.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a deal to see its stage history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage history of the selected deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2 · %3 · probability %4 % · expected close %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost because: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deal lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why was the deal lost? (for example: chose a competitor)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why the deal was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot move the deal</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>&amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preference pages</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuotaBox</name>
        <message>
            <source>No quota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won %1 in %2. No quota set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won %1 of %3 in %2 (%4 to go).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open deals expected to close then, weighted by probability: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuotaDialog</name>
        <message>
            <source>Set quota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quarter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which month or quarter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Starting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reconnect</name>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReconnectModel</name>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cadence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last talk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it was</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>(networking)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReconnectView</name>
        <message>
            <source>1 week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reconnect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts overdue for a conversation, most overdue first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log interaction…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze the reminder for a week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze a week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cadence…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cadence by tag…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record introduction…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n contact(s) overdue for a conversation</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Nobody is overdue. Well done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot snooze</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <source>Show Networking Journal</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Networking Journal — %n follow-up(s) due</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Networking Journal — nothing due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders keep coming. Quit from the tray menu or File ▸ Quit.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Prospect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qualified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Presentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proposal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Negotiation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last time ({day}): “{text}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deal: {deal} — {stage}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why: follows “{text}” ({day})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why: for the deal “{deal}”</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Due Now Panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missed follow-up: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up due: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} · due {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RemindersPage</name>
        <message>
            <source>Default reminder time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short snooze in minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Long snooze in minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offer a follow-up after a won deal or a networking meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offer follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Satisfaction check after days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups without a time, birthdays and reconnect reminders ring at this time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default reminder &amp;time:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Short snooze:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Long snooze:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Satisfaction &amp;check after:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts</source>
            <translation type="unfinished">Contactos</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the backup holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no backups of this journal yet. Use File &gt; Back up now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore this backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore this backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">Cerrar</translation>
        </message>
        <message>
            <source>at start-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>daily</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>before an upgrade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>before a restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>before an import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{contacts} contacts, {entries} entries, made {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recently changed contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Latest entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the journal with the backup from {when} ({contacts} contacts, {entries} entries)?

The journal as it is now is backed up first, so you can come back to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>The disk is full, so the last change could not be saved. Everything saved before is safe. Free some space on the disk, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal's folder cannot be written to (it is read-only or you may not write there), so the last change could not be saved. Everything saved before is safe. Check that the disk is connected and writable, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no journal at {path} to back up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} already exists. Choose a new file name for the backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be verified, so it was not kept. The journal may be damaged: use Help &gt; Check database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be written ({error}). The journal was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal file {name} is empty (0 bytes): its contents were lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {name} is not a journal database: it holds something else entirely.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The beginning of the journal file {name} is damaged, so it cannot be read safely.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal file {name} is shorter than it should be: part of it was cut off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal file {name} is damaged: some of its pages do not read back correctly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next to the journal file {name} there is a recent-changes file (ending in -wal) that belongs to a different file. Using it would mix two journals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recent-changes file of {name} (ending in -wal) is damaged, so it cannot be read safely.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {name} is a database, but not a Networking Journal database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal {name} was written by a newer version of Networking Journal. Install the newer version to open it. The file has not been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal file {name} cannot be read. Check that the disk is connected and readable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup {name} was made by a newer version of Networking Journal (schema {found}; this version understands up to {known}). Install the newer version to restore it. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup {name} cannot be used: {reason} Nothing was changed; choose another backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup {name} is empty. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no backup at {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That file is the journal itself, not a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal was not replaced: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The current journal could not be backed up first, so it was not replaced. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be restored ({error}). The journal was not changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Sales</name>
        <message>
            <source>Prospect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qualified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Presentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proposal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Negotiation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Competitor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Need</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Networking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Introduction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Favour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>M</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>k</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 days</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SalesTab</name>
        <message>
            <source>Sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log sales…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a sales entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add deal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add follow-up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a sales follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Probability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No deals yet — add one to track its stage and value.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n open deals</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>1 open deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sales entries yet — log one (Ctrl+L).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Snooze</name>
        <message>
            <source>For 1 &amp;day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For 1 &amp;week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Snooze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Pick date &amp;&amp; time…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remind me again on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a time in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reschedule follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At a set &amp;time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due at a set time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due &amp;date:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StageColumn</name>
        <message numerus="yes">
            <source>%n deal(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>StageHistoryModel</name>
        <message>
            <source>Created in %1 — %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TagCadenceDialog</name>
        <message>
            <source>Cadence by tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cadence in days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No cadence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a tag.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Networking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Social</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>introduction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>advice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>content</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>favour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gave %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yesterday — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open %1's page</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelinePage</name>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Networking and sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fro&amp;m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only entries from a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only entries up to a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search summaries and notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cha&amp;nnel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sea&amp;rch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the selected entry's contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the selected entry's contact (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the selected entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the selected entry (Enter or double-click)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No entries match these filters. Clear a filter to see more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No entries yet — open a contact and log an interaction (Ctrl+L).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n entries shown</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1 — scroll for older entries</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineTable</name>
        <message>
            <source>Load older entries</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Trash</name>
        <message>
            <source>Trash</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrashView</name>
        <message>
            <source>Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted contacts, entries, follow-ups and deals stay here until you restore them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the selected items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some items could not be restored</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UndoTrash</name>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo the last deletion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved “{what}” to the trash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo delete “{what}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored “{what}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Write the birthday as YYYY-MM-DD, or --MM-DD without a year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} is not a real date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep-in-touch cadence must be between 1 and {max} days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name cannot be empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That contact no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown cadence scope.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A contact cannot have introduced themselves.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That contact is not in the trash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amounts must be exact, not floating point.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not an amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The amount cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use a three-letter currency code such as EUR or USD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Probability is a percentage from 0 to 100.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why the deal was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That deal no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That deal is not in the trash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat every 1 to {max}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That entry does not belong to this contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A follow-up cannot be due before the entry it follows ({day}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That deal does not belong to this contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That follow-up no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That follow-up is already closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The time must include a time zone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze until a time in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That follow-up is not in the trash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Given/received value belongs to networking entries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say both what value moved and which way (gave or received).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only sales entries can be linked to a deal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objections belong to sales entries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That entry no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That entry is not in the trash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose two different people.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That introduction no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A quota starts on the first day of its period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to restore.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown {name}: {value}. Choose one of: {allowed}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {name} cannot be empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A contact cannot be merged with itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That merge cannot be undone (already undone?).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a contact from the list.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WonVsQuotaChart</name>
        <message>
            <source>Won value per month against quota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deals won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Of quota</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>Back &amp;up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Check database</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
