<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH" sourcelanguage="en">
<context>
    <name>CameraView</name>
    <message>
        <source>Camera starting…</source>
        <translation type="unfinished">កំពុងបើកកាមេរ៉ា…</translation>
    </message>
    <message>
        <source>No camera: use the scanner or type your ID</source>
        <translation type="unfinished">គ្មានកាមេរ៉ា៖ សូមប្រើម៉ាស៊ីនស្កេន ឬវាយលេខសម្គាល់របស់អ្នក</translation>
    </message>
    <message>
        <source>Camera disconnected, reconnecting…</source>
        <translation type="unfinished">កាមេរ៉ាបានផ្តាច់ កំពុងភ្ជាប់ឡើងវិញ…</translation>
    </message>
    <message>
        <source>Camera: hold your card or pass up to it</source>
        <translation type="unfinished">កាមេរ៉ា៖ សូមលើកកាត ឬប័ណ្ណរបស់អ្នកនៅមុខវា</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is busy. Trying again.</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យកំពុងរវល់។ កំពុងព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>This station cannot save records. Please call IT.</source>
        <translation type="unfinished">ស្ថានីយនេះមិនអាចរក្សាទុកកំណត់ត្រាបានទេ។ សូមទូរស័ព្ទទៅផ្នែកព័ត៌មានវិទ្យា។</translation>
    </message>
    <message>
        <source>The database needs attention. Please call IT.</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យត្រូវការការពិនិត្យ។ សូមទូរស័ព្ទទៅផ្នែកព័ត៌មានវិទ្យា។</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the front desk for help.</source>
        <translation type="unfinished">មានបញ្ហាកើតឡើង។ សូមសុំជំនួយពីតុទទួលភ្ញៀវ។</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CRC Kiosk: %1</source>
        <translation type="unfinished">គីយ៉ូស CRC៖ %1</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Station status</source>
        <translation type="unfinished">ស្ថានភាពស្ថានីយ</translation>
    </message>
    <message>
        <source>Checking the station…</source>
        <translation type="unfinished">កំពុងពិនិត្យស្ថានីយ…</translation>
    </message>
    <message>
        <source>Database OK</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យដំណើរការល្អ</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to sync</source>
        <translation type="unfinished">
            <numerusform>កំណត់ត្រា %n កំពុងរង់ចាំធ្វើសមកាលកម្ម</numerusform>
            <numerusform>កំណត់ត្រា %n កំពុងរង់ចាំធ្វើសមកាលកម្ម</numerusform>
        </translation>
    </message>
    <message>
        <source>No records waiting</source>
        <translation type="unfinished">គ្មានកំណត់ត្រាកំពុងរង់ចាំទេ</translation>
    </message>
    <message>
        <source>All records sent</source>
        <translation type="unfinished">កំណត់ត្រាទាំងអស់ត្រូវបានផ្ញើ</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation type="unfinished">
            <numerusform>កំណត់ត្រា %n ត្រូវបានបដិសេធ</numerusform>
            <numerusform>កំណត់ត្រា %n ត្រូវបានបដិសេធ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome screen</source>
        <translation type="unfinished">អេក្រង់ស្វាគមន៍</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">សូមស្វាគមន៍</translation>
    </message>
    <message>
        <source>Touch your language to begin</source>
        <translation type="unfinished">ប៉ះភាសារបស់អ្នកដើម្បីចាប់ផ្ដើម</translation>
    </message>
    <message>
        <source>Hold your card or pass up to the camera</source>
        <translation type="unfinished">សូមលើកកាត ឬប័ណ្ណរបស់អ្នកនៅមុខកាមេរ៉ា</translation>
    </message>
    <message>
        <source>Show the screen in this language</source>
        <translation type="unfinished">បង្ហាញអេក្រង់ជាភាសានេះ</translation>
    </message>
    <message>
        <source>Plan A</source>
        <translation type="unfinished">គម្រោង A</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation type="unfinished">គម្រោង B</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished">និមិត្តសញ្ញា %1</translation>
    </message>
</context>
</TS>
