<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>StatusLine</name>
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
</context>
</TS>
