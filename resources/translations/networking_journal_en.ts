<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CalendarPage</name>
        <message numerus="yes">
            <source>&amp;Overdue (%n)</source>
            <translation>
                <numerusform>&amp;Overdue (%n)</numerusform>
                <numerusform>&amp;Overdue (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactAbout</name>
        <message numerus="yes">
            <source>in %n days</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactHeader</name>
        <message numerus="yes">
            <source>Last talked %n days ago</source>
            <translation>
                <numerusform>Last talked %n day ago</numerusform>
                <numerusform>Last talked %n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{talked}, cadence %n days: {state}</source>
            <translation>
                <numerusform>{talked}, cadence %n day: {state}</numerusform>
                <numerusform>{talked}, cadence %n days: {state}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>keep in touch every %n days</source>
            <translation>
                <numerusform>keep in touch every day</numerusform>
                <numerusform>keep in touch every %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n months ago</source>
            <translation>
                <numerusform>%n month ago</numerusform>
                <numerusform>%n months ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n years ago</source>
            <translation>
                <numerusform>%n year ago</numerusform>
                <numerusform>%n years ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n days</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days late</source>
            <translation>
                <numerusform>%n day late</numerusform>
                <numerusform>%n days late</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuePanel</name>
        <message numerus="yes">
            <source>and %n more in the follow-up calendar</source>
            <translation>
                <numerusform>and %n more in the follow-up calendar</numerusform>
                <numerusform>and %n more in the follow-up calendar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You missed %n reminder(s) while away — listed first.</source>
            <translation>
                <numerusform>You missed %n reminder while away — listed first.</numerusform>
                <numerusform>You missed %n reminders while away — listed first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Due now (%n)</source>
            <translation>
                <numerusform>Due now (%n)</numerusform>
                <numerusform>Due now (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicatesView</name>
        <message numerus="yes">
            <source>%n pair(s) may be the same person.</source>
            <translation>
                <numerusform>%n pair may be the same person.</numerusform>
                <numerusform>%n pairs may be the same person.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FollowUpCalendar</name>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n due</source>
            <translation>
                <numerusform>%n due</numerusform>
                <numerusform>%n due</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n done</source>
            <translation>
                <numerusform>%n done</numerusform>
                <numerusform>%n done</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FollowUps</name>
        <message numerus="yes">
            <source>%n days overdue</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>%n may be a duplicate; review under Duplicates.</source>
            <translation>
                <numerusform>%n may be a duplicate; review it under Duplicates.</numerusform>
                <numerusform>%n may be duplicates; review them under Duplicates.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Pipeline</name>
        <message numerus="yes">
            <source>%n day(s) in stage</source>
            <translation>
                <numerusform>%n day in stage</numerusform>
                <numerusform>%n days in stage</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PurgeContact</name>
        <message numerus="yes">
            <source>Also remove them from the %n backups that hold them</source>
            <translation>
                <numerusform>Also remove them from the backup that holds them</numerusform>
                <numerusform>Also remove them from the %n backups that hold them</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} was removed from %n backups.</source>
            <translation>
                <numerusform>{name} was removed from %n backup.</numerusform>
                <numerusform>{name} was removed from %n backups.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} was removed from %n backups, but these could not be rewritten and still hold them (they were left as they were):

{files}</source>
            <translation>
                <numerusform>{name} was removed from %n backup, but these could not be rewritten and still hold them (they were left as they were):

{files}</numerusform>
                <numerusform>{name} was removed from %n backups, but these could not be rewritten and still hold them (they were left as they were):

{files}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReconnectModel</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>every day</numerusform>
                <numerusform>every %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReconnectView</name>
        <message numerus="yes">
            <source>%n contact(s) overdue for a conversation</source>
            <translation>
                <numerusform>%n contact overdue for a conversation</numerusform>
                <numerusform>%n contacts overdue for a conversation</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message numerus="yes">
            <source>Networking Journal — %n follow-up(s) due</source>
            <translation>
                <numerusform>Networking Journal — %n follow-up due</numerusform>
                <numerusform>Networking Journal — %n follow-ups due</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message numerus="yes">
            <source>%n people are due for a conversation</source>
            <translation>
                <numerusform>%n person is due for a conversation</numerusform>
                <numerusform>%n people are due for a conversation</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You missed %n reminder(s) while away</source>
            <translation>
                <numerusform>You missed %n reminder while away</numerusform>
                <numerusform>You missed %n reminders while away</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) due</source>
            <translation>
                <numerusform>%n follow-up due</numerusform>
                <numerusform>%n follow-ups due</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them just fell due.</source>
            <translation>
                <numerusform>%n of them just fell due.</numerusform>
                <numerusform>%n of them just fell due.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… and %n more.</numerusform>
                <numerusform>… and %n more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The search index is out of date for %n contacts ({names}).</source>
            <translation>
                <numerusform>The search index is out of date for %n contact ({names}).</numerusform>
                <numerusform>The search index is out of date for %n contacts ({names}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The figures kept for %n contacts (last talk, counts, next follow-up) do not match their records ({names}).</source>
            <translation>
                <numerusform>The figures kept for %n contact (last talk, counts, next follow-up) do not match their records ({names}).</numerusform>
                <numerusform>The figures kept for %n contacts (last talk, counts, next follow-up) do not match their records ({names}).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SalesTab</name>
        <message numerus="yes">
            <source>%n open deals</source>
            <translation>
                <numerusform>%n open deal</numerusform>
                <numerusform>%n open deals</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StageColumn</name>
        <message numerus="yes">
            <source>%n deal(s)</source>
            <translation>
                <numerusform>%n deal</numerusform>
                <numerusform>%n deals</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message numerus="yes">
            <source>Offline, %n changes waiting</source>
            <translation>
                <numerusform>Offline, %n change waiting</numerusform>
                <numerusform>Offline, %n changes waiting</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelinePage</name>
        <message numerus="yes">
            <source>%n entries shown</source>
            <translation>
                <numerusform>%n entry shown</numerusform>
                <numerusform>%n entries shown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrashView</name>
        <message numerus="yes">
            <source>%n item(s) will be deleted for good. This cannot be undone.</source>
            <translation>
                <numerusform>%n item will be deleted for good. This cannot be undone.</numerusform>
                <numerusform>%n items will be deleted for good. This cannot be undone.</numerusform>
            </translation>
        </message>
    </context>
</TS>
