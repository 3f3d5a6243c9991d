<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>CameraView</name>
    <message>
        <source>Camera starting…</source>
        <translation type="unfinished">جارٍ تشغيل الكاميرا…</translation>
    </message>
    <message>
        <source>No camera: use the scanner or type your ID</source>
        <translation type="unfinished">لا توجد كاميرا: استخدم الماسح الضوئي أو اكتب رقم هويتك</translation>
    </message>
    <message>
        <source>Camera disconnected, reconnecting…</source>
        <translation type="unfinished">انقطع اتصال الكاميرا، جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <source>Camera: hold your card or pass up to it</source>
        <translation type="unfinished">الكاميرا: ارفع بطاقتك أو تصريحك أمامها</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is busy. Trying again.</source>
        <translation type="unfinished">قاعدة البيانات مشغولة. جارٍ إعادة المحاولة.</translation>
    </message>
    <message>
        <source>This station cannot save records. Please call IT.</source>
        <translation type="unfinished">لا يمكن لهذه المحطة حفظ السجلات. يُرجى الاتصال بقسم تقنية المعلومات.</translation>
    </message>
    <message>
        <source>The database needs attention. Please call IT.</source>
        <translation type="unfinished">قاعدة البيانات تحتاج إلى مراجعة. يُرجى الاتصال بقسم تقنية المعلومات.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the front desk for help.</source>
        <translation type="unfinished">حدث خطأ ما. يُرجى طلب المساعدة من مكتب الاستقبال.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CRC Kiosk: %1</source>
        <translation type="unfinished">كشك CRC: %1</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Station status</source>
        <translation type="unfinished">حالة المحطة</translation>
    </message>
    <message>
        <source>Checking the station…</source>
        <translation type="unfinished">جارٍ فحص المحطة…</translation>
    </message>
    <message>
        <source>Database OK</source>
        <translation type="unfinished">قاعدة البيانات سليمة</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to sync</source>
        <translation type="unfinished">
            <numerusform>لا توجد سجلات في انتظار المزامنة</numerusform>
            <numerusform>سجل واحد في انتظار المزامنة</numerusform>
            <numerusform>سجلان في انتظار المزامنة</numerusform>
            <numerusform>%n سجلات في انتظار المزامنة</numerusform>
            <numerusform>%n سجلًا في انتظار المزامنة</numerusform>
            <numerusform>%n سجل في انتظار المزامنة</numerusform>
        </translation>
    </message>
    <message>
        <source>No records waiting</source>
        <translation type="unfinished">لا توجد سجلات في الانتظار</translation>
    </message>
    <message>
        <source>All records sent</source>
        <translation type="unfinished">تم إرسال جميع السجلات</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation type="unfinished">
            <numerusform>لا توجد سجلات مرفوضة</numerusform>
            <numerusform>سجل واحد مرفوض</numerusform>
            <numerusform>سجلان مرفوضان</numerusform>
            <numerusform>%n سجلات مرفوضة</numerusform>
            <numerusform>%n سجلًا مرفوضًا</numerusform>
            <numerusform>%n سجل مرفوض</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome screen</source>
        <translation type="unfinished">شاشة الترحيب</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">مرحبًا بكم</translation>
    </message>
    <message>
        <source>Touch your language to begin</source>
        <translation type="unfinished">المس لغتك للبدء</translation>
    </message>
    <message>
        <source>Hold your card or pass up to the camera</source>
        <translation type="unfinished">ارفع بطاقتك أو تصريحك أمام الكاميرا</translation>
    </message>
    <message>
        <source>Show the screen in this language</source>
        <translation type="unfinished">عرض الشاشة بهذه اللغة</translation>
    </message>
    <message>
        <source>Plan A</source>
        <translation type="unfinished">الخطة أ</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation type="unfinished">الخطة ب</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished">شعار %1</translation>
    </message>
</context>
</TS>
