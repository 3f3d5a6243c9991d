<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ChildCareFlow</name>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity. You still count as in the room.</source>
        <translation>
            <numerusform>Locked after %n minute without activity. You still count as in the room.</numerusform>
            <numerusform>Locked after %n minutes without activity. You still count as in the room.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message numerus="yes">
        <source>Starting over in %n second(s), to keep your information private.</source>
        <translation>
            <numerusform>Starting over in %n second, to keep your information private.</numerusform>
            <numerusform>Starting over in %n seconds, to keep your information private.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskDayScreen</name>
    <message numerus="yes">
        <source>%n waiting, offline since %1</source>
        <translation>
            <numerusform>%n waiting, offline since %1</numerusform>
            <numerusform>%n waiting, offline since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskFlow</name>
    <message numerus="yes">
        <source>Signed out after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Signed out after %n minute without activity.</numerusform>
            <numerusform>Signed out after %n minutes without activity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskSearchScreen</name>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n person found</numerusform>
            <numerusform>%n people found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message numerus="yes">
        <source>Check in %n child(ren)</source>
        <translation>
            <numerusform>Check in %n child</numerusform>
            <numerusform>Check in %n children</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check out %n child(ren)</source>
        <translation>
            <numerusform>Check out %n child</numerusform>
            <numerusform>Check out %n children</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message numerus="yes">
        <source>Check-ins per hour: %n in all</source>
        <translation>
            <numerusform>Check-ins per hour: %n in all</numerusform>
            <numerusform>Check-ins per hour: %n in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterTables</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <source>%n record(s) waiting, offline since %1</source>
        <translation>
            <numerusform>%n record waiting, offline since %1</numerusform>
            <numerusform>%n records waiting, offline since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to sync</source>
        <translation>
            <numerusform>%n record waiting to sync</numerusform>
            <numerusform>%n records waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation>
            <numerusform>%n record rejected</numerusform>
            <numerusform>%n records rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock is off by %n minute(s): check the time</source>
        <translation>
            <numerusform>Clock is off by %n minute: check the time</numerusform>
            <numerusform>Clock is off by %n minutes: check the time</numerusform>
        </translation>
    </message>
</context>
</TS>
