<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hy_AM" sourcelanguage="en">
<context>
    <name>CameraView</name>
    <message>
        <source>Camera starting…</source>
        <translation type="unfinished">Տեսախցիկը միանում է…</translation>
    </message>
    <message>
        <source>No camera: use the scanner or type your ID</source>
        <translation type="unfinished">Տեսախցիկ չկա. օգտագործեք սկաները կամ մուտքագրեք ձեր ID-ն</translation>
    </message>
    <message>
        <source>Camera disconnected, reconnecting…</source>
        <translation type="unfinished">Տեսախցիկն անջատվել է, վերամիացում…</translation>
    </message>
    <message>
        <source>Camera: hold your card or pass up to it</source>
        <translation type="unfinished">Տեսախցիկ. պահեք ձեր քարտը կամ անցագիրը դրա առջև</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is busy. Trying again.</source>
        <translation type="unfinished">Տվյալների բազան զբաղված է։ Նորից փորձում ենք։</translation>
    </message>
    <message>
        <source>This station cannot save records. Please call IT.</source>
        <translation type="unfinished">Այս կայանը չի կարող պահպանել գրառումները։ Խնդրում ենք զանգահարել ՏՏ բաժին։</translation>
    </message>
    <message>
        <source>The database needs attention. Please call IT.</source>
        <translation type="unfinished">Տվյալների բազան ուշադրության կարիք ունի։ Խնդրում ենք զանգահարել ՏՏ բաժին։</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the front desk for help.</source>
        <translation type="unfinished">Ինչ-որ բան սխալ գնաց։ Խնդրում ենք օգնություն խնդրել ընդունարանում։</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CRC Kiosk: %1</source>
        <translation type="unfinished">CRC կրպակ՝ %1</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Station status</source>
        <translation type="unfinished">Կայանի կարգավիճակը</translation>
    </message>
    <message>
        <source>Checking the station…</source>
        <translation type="unfinished">Կայանը ստուգվում է…</translation>
    </message>
    <message>
        <source>Database OK</source>
        <translation type="unfinished">Տվյալների բազան կարգին է</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to sync</source>
        <translation type="unfinished">
            <numerusform>%n գրառում սպասում է համաժամեցման</numerusform>
            <numerusform>%n գրառում սպասում է համաժամեցման</numerusform>
        </translation>
    </message>
    <message>
        <source>No records waiting</source>
        <translation type="unfinished">Սպասող գրառումներ չկան</translation>
    </message>
    <message>
        <source>All records sent</source>
        <translation type="unfinished">Բոլոր գրառումներն ուղարկված են</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation type="unfinished">
            <numerusform>%n գրառում մերժվել է</numerusform>
            <numerusform>%n գրառում մերժվել է</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome screen</source>
        <translation type="unfinished">Ողջույնի էկրան</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">Բարի գալուստ</translation>
    </message>
    <message>
        <source>Touch your language to begin</source>
        <translation type="unfinished">Սկսելու համար հպեք ձեր լեզվին</translation>
    </message>
    <message>
        <source>Hold your card or pass up to the camera</source>
        <translation type="unfinished">Պահեք ձեր քարտը կամ անցագիրը տեսախցիկի առջև</translation>
    </message>
    <message>
        <source>Show the screen in this language</source>
        <translation type="unfinished">Ցուցադրել էկրանն այս լեզվով</translation>
    </message>
    <message>
        <source>Plan A</source>
        <translation type="unfinished">Պլան A</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation type="unfinished">Պլան B</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished">%1 լոգոն</translation>
    </message>
</context>
</TS>
