<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR" sourcelanguage="en">
<context>
    <name>CameraView</name>
    <message>
        <source>Camera starting…</source>
        <translation type="unfinished">در حال روشن شدن دوربین…</translation>
    </message>
    <message>
        <source>No camera: use the scanner or type your ID</source>
        <translation type="unfinished">دوربین وجود ندارد: از اسکنر استفاده کنید یا شناسه خود را تایپ کنید</translation>
    </message>
    <message>
        <source>Camera disconnected, reconnecting…</source>
        <translation type="unfinished">اتصال دوربین قطع شد، در حال اتصال دوباره…</translation>
    </message>
    <message>
        <source>Camera: hold your card or pass up to it</source>
        <translation type="unfinished">دوربین: کارت یا کارت عبور خود را جلوی آن بگیرید</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is busy. Trying again.</source>
        <translation type="unfinished">پایگاه داده مشغول است. در حال تلاش دوباره.</translation>
    </message>
    <message>
        <source>This station cannot save records. Please call IT.</source>
        <translation type="unfinished">این ایستگاه نمی‌تواند سوابق را ذخیره کند. لطفاً با بخش فناوری اطلاعات تماس بگیرید.</translation>
    </message>
    <message>
        <source>The database needs attention. Please call IT.</source>
        <translation type="unfinished">پایگاه داده نیاز به بررسی دارد. لطفاً با بخش فناوری اطلاعات تماس بگیرید.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the front desk for help.</source>
        <translation type="unfinished">مشکلی پیش آمد. لطفاً از میز پذیرش کمک بخواهید.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CRC Kiosk: %1</source>
        <translation type="unfinished">کیوسک CRC: %1</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Station status</source>
        <translation type="unfinished">وضعیت ایستگاه</translation>
    </message>
    <message>
        <source>Checking the station…</source>
        <translation type="unfinished">در حال بررسی ایستگاه…</translation>
    </message>
    <message>
        <source>Database OK</source>
        <translation type="unfinished">پایگاه داده سالم است</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to sync</source>
        <translation type="unfinished">
            <numerusform>%n سابقه در انتظار همگام‌سازی</numerusform>
        </translation>
    </message>
    <message>
        <source>No records waiting</source>
        <translation type="unfinished">هیچ سابقه‌ای در انتظار نیست</translation>
    </message>
    <message>
        <source>All records sent</source>
        <translation type="unfinished">همه سوابق ارسال شد</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation type="unfinished">
            <numerusform>%n سابقه رد شد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome screen</source>
        <translation type="unfinished">صفحه خوش‌آمدگویی</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">خوش آمدید</translation>
    </message>
    <message>
        <source>Touch your language to begin</source>
        <translation type="unfinished">برای شروع، زبان خود را لمس کنید</translation>
    </message>
    <message>
        <source>Hold your card or pass up to the camera</source>
        <translation type="unfinished">کارت یا کارت عبور خود را جلوی دوربین بگیرید</translation>
    </message>
    <message>
        <source>Show the screen in this language</source>
        <translation type="unfinished">نمایش صفحه به این زبان</translation>
    </message>
    <message>
        <source>Plan A</source>
        <translation type="unfinished">طرح A</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation type="unfinished">طرح B</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished">لوگوی %1</translation>
    </message>
</context>
</TS>
