<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil_PH" sourcelanguage="en">
<context>
    <name>CameraView</name>
    <message>
        <source>Camera starting…</source>
        <translation type="unfinished">Sinisimulan ang camera…</translation>
    </message>
    <message>
        <source>No camera: use the scanner or type your ID</source>
        <translation type="unfinished">Walang camera: gamitin ang scanner o i-type ang iyong ID</translation>
    </message>
    <message>
        <source>Camera disconnected, reconnecting…</source>
        <translation type="unfinished">Nadiskonekta ang camera, kumokonekta muli…</translation>
    </message>
    <message>
        <source>Camera: hold your card or pass up to it</source>
        <translation type="unfinished">Camera: itapat dito ang iyong card o pass</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is busy. Trying again.</source>
        <translation type="unfinished">Abala ang database. Sinusubukang muli.</translation>
    </message>
    <message>
        <source>This station cannot save records. Please call IT.</source>
        <translation type="unfinished">Hindi makapag-save ng mga rekord ang istasyong ito. Mangyaring tawagan ang IT.</translation>
    </message>
    <message>
        <source>The database needs attention. Please call IT.</source>
        <translation type="unfinished">Kailangang suriin ang database. Mangyaring tawagan ang IT.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the front desk for help.</source>
        <translation type="unfinished">Nagkaproblema. Mangyaring humingi ng tulong sa front desk.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CRC Kiosk: %1</source>
        <translation type="unfinished">CRC Kiosk: %1</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Station status</source>
        <translation type="unfinished">Katayuan ng istasyon</translation>
    </message>
    <message>
        <source>Checking the station…</source>
        <translation type="unfinished">Sinusuri ang istasyon…</translation>
    </message>
    <message>
        <source>Database OK</source>
        <translation type="unfinished">Maayos ang database</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to sync</source>
        <translation type="unfinished">
            <numerusform>%n rekord ang naghihintay na ma-sync</numerusform>
            <numerusform>%n rekord ang naghihintay na ma-sync</numerusform>
        </translation>
    </message>
    <message>
        <source>No records waiting</source>
        <translation type="unfinished">Walang rekord na naghihintay</translation>
    </message>
    <message>
        <source>All records sent</source>
        <translation type="unfinished">Naipadala na ang lahat ng rekord</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation type="unfinished">
            <numerusform>%n rekord ang tinanggihan</numerusform>
            <numerusform>%n rekord ang tinanggihan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome screen</source>
        <translation type="unfinished">Screen ng pagbati</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">Maligayang pagdating</translation>
    </message>
    <message>
        <source>Touch your language to begin</source>
        <translation type="unfinished">Pindutin ang iyong wika para magsimula</translation>
    </message>
    <message>
        <source>Hold your card or pass up to the camera</source>
        <translation type="unfinished">Itapat ang iyong card o pass sa camera</translation>
    </message>
    <message>
        <source>Show the screen in this language</source>
        <translation type="unfinished">Ipakita ang screen sa wikang ito</translation>
    </message>
    <message>
        <source>Plan A</source>
        <translation type="unfinished">Plan A</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation type="unfinished">Plan B</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished">Logo ng %1</translation>
    </message>
</context>
</TS>
