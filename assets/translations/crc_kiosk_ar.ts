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
    <name>ChildCareFlow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">رقم التعريف غير صحيح. حاول مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity. You still count as in the room.</source>
        <translation type="unfinished">
            <numerusform>تم القفل بعد %n دقيقة دون نشاط. ما زلت محسوبًا ضمن الموجودين في الغرفة.</numerusform>
            <numerusform>تم القفل بعد %n دقيقة دون نشاط. ما زلت محسوبًا ضمن الموجودين في الغرفة.</numerusform>
            <numerusform>تم القفل بعد %n دقيقة دون نشاط. ما زلت محسوبًا ضمن الموجودين في الغرفة.</numerusform>
            <numerusform>تم القفل بعد %n دقيقة دون نشاط. ما زلت محسوبًا ضمن الموجودين في الغرفة.</numerusform>
            <numerusform>تم القفل بعد %n دقيقة دون نشاط. ما زلت محسوبًا ضمن الموجودين في الغرفة.</numerusform>
            <numerusform>تم القفل بعد %n دقيقة دون نشاط. ما زلت محسوبًا ضمن الموجودين في الغرفة.</numerusform>
        </translation>
    </message>
    <message>
        <source>You left the room; you no longer count for its ratio.</source>
        <translation type="unfinished">غادرت الغرفة؛ لم تعد محسوبًا في نسبة الموظفين إلى الأطفال فيها.</translation>
    </message>
    <message>
        <source>You cannot leave yet: the children in the room need you for the ratio. Sign another staff member in, or check children out first.</source>
        <translation type="unfinished">لا يمكنك المغادرة بعد: الأطفال في الغرفة يحتاجون إليك لتحقيق النسبة. سجّل دخول موظف آخر، أو سلّم بعض الأطفال أولًا.</translation>
    </message>
    <message>
        <source>Signed in: %1, counted in %2</source>
        <translation type="unfinished">تم تسجيل الدخول: %1، محسوب في %2</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished">تم تسجيل الحضور: %1</translation>
    </message>
    <message>
        <source>Picked up: %1</source>
        <translation type="unfinished">تم الاستلام: %1</translation>
    </message>
    <message>
        <source>Released without the code: %1. The reason is recorded.</source>
        <translation type="unfinished">تم التسليم بدون الرمز: %1. تم تسجيل السبب.</translation>
    </message>
    <message>
        <source>ALLERGY</source>
        <translation type="unfinished">حساسية</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished">حتى %1</translation>
    </message>
    <message>
        <source>Pickup: %1</source>
        <translation type="unfinished">الاستلام: %1</translation>
    </message>
    <message>
        <source>No printer is set up on this station. You can save the labels as a PDF file instead.</source>
        <translation type="unfinished">لا توجد طابعة مُعدّة في هذه المحطة. يمكنك حفظ الملصقات كملف PDF بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation type="unfinished">معاينة الملصقات</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation type="unfinished">تحديث (F5)</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation type="unfinished">قفل (Ctrl+L)</translation>
    </message>
    <message>
        <source>Leave the room</source>
        <translation type="unfinished">مغادرة الغرفة</translation>
    </message>
</context>
<context>
    <name>ChildCareMessages</name>
    <message>
        <source>No child here matches that code today. Check the code on the slip; if it is lost, use a release with a reason.</source>
        <translation type="unfinished">لا يوجد طفل اليوم يطابق هذا الرمز. تحقق من الرمز على الإيصال؛ وإذا فُقد، فسلّم الطفل مع ذكر السبب.</translation>
    </message>
    <message>
        <source>Not checked in: the room would be over its staff-to-child ratio. Sign another staff member in to the room, or send the parent to the front desk.</source>
        <translation type="unfinished">لم يتم تسجيل الدخول: ستتجاوز الغرفة نسبة الموظفين إلى الأطفال. سجّل دخول موظف آخر إلى الغرفة، أو أرسل الوالد إلى مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>Not checked in: the room is full. Send the parent to the front desk.</source>
        <translation type="unfinished">لم يتم تسجيل الدخول: الغرفة ممتلئة. أرسل الوالد إلى مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>Do not hand the child over: %1 is on this child&apos;s refused list. Call a supervisor.</source>
        <translation type="unfinished">لا تسلّم الطفل: %1 مدرج في قائمة الممنوعين لهذا الطفل. اتصل بالمشرف.</translation>
    </message>
    <message>
        <source>%1 is not a guardian or on the authorized list. Check their ID; release only with a reason.</source>
        <translation type="unfinished">%1 ليس وليّ أمر ولا مدرجًا في قائمة المصرّح لهم. تحقق من هويته؛ ولا تسلّم الطفل إلا مع ذكر السبب.</translation>
    </message>
    <message>
        <source>That child is not in the room.</source>
        <translation type="unfinished">هذا الطفل ليس في الغرفة.</translation>
    </message>
    <message>
        <source>Only child-care staff or a supervisor can sign in at the child-care room.</source>
        <translation type="unfinished">يمكن فقط لموظفي رعاية الأطفال أو المشرف تسجيل الدخول في غرفة رعاية الأطفال.</translation>
    </message>
    <message>
        <source>This site has no child-care room set up. Call IT.</source>
        <translation type="unfinished">لا توجد غرفة رعاية أطفال مُعدّة في هذا الموقع. اتصل بقسم تقنية المعلومات.</translation>
    </message>
</context>
<context>
    <name>ChildCareSignInScreen</name>
    <message>
        <source>Child care</source>
        <translation type="unfinished">رعاية الأطفال</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter. You then count for the staff-to-child ratio of %1.</source>
        <translation type="unfinished">اكتب رمز PIN الخاص بك واضغط Enter. ستُحسب بعدها في نسبة الموظفين إلى الأطفال في %1.</translation>
    </message>
</context>
<context>
    <name>ChildCareWindow</name>
    <message>
        <source>CRC child care: %1</source>
        <translation type="unfinished">رعاية الأطفال في CRC: %1</translation>
    </message>
    <message>
        <source>This site has no child-care room set up. Call IT.</source>
        <translation type="unfinished">لا توجد غرفة رعاية أطفال مُعدّة في هذا الموقع. اتصل بقسم تقنية المعلومات.</translation>
    </message>
    <message>
        <source>The lobby kiosks cannot sign children up for this room: this station has no site link key. Parents are sent to the front desk. Call IT.</source>
        <translation type="unfinished">لا تستطيع أكشاك الردهة تسجيل الأطفال في هذه الغرفة: لا يوجد في هذه المحطة مفتاح ربط المركز. يُرسَل الآباء إلى مكتب الاستقبال. اتصل بقسم تقنية المعلومات.</translation>
    </message>
    <message>
        <source>The lobby kiosks cannot sign children up for this room: port %1 is in use on this station. Parents are sent to the front desk. Call IT.</source>
        <translation type="unfinished">لا تستطيع أكشاك الردهة تسجيل الأطفال في هذه الغرفة: المنفذ %1 مستخدم على هذه المحطة. يُرسَل الآباء إلى مكتب الاستقبال. اتصل بقسم تقنية المعلومات.</translation>
    </message>
</context>
<context>
    <name>ChildrenScreen</name>
    <message>
        <source>Please type the child&apos;s first name.</source>
        <translation type="unfinished">يرجى كتابة الاسم الأول للطفل.</translation>
    </message>
    <message>
        <source>Please type the child&apos;s last name.</source>
        <translation type="unfinished">يرجى كتابة اسم عائلة الطفل.</translation>
    </message>
    <message>
        <source>Please type the child&apos;s date of birth: month, day, year.</source>
        <translation type="unfinished">يرجى كتابة تاريخ ميلاد الطفل: الشهر، اليوم، السنة.</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation type="unfinished">رعاية الأطفال</translation>
    </message>
    <message>
        <source>Child care while you are here</source>
        <translation type="unfinished">رعاية الأطفال أثناء وجودك هنا</translation>
    </message>
    <message>
        <source>Touch each child who will stay in the children&apos;s room.</source>
        <translation type="unfinished">المس كل طفل سيبقى في غرفة الأطفال.</translation>
    </message>
    <message>
        <source>%1 During: %2</source>
        <translation type="unfinished">%1 أثناء: %2</translation>
    </message>
    <message>
        <source>Add each child who will stay with us.</source>
        <translation type="unfinished">أضف كل طفل سيبقى معنا.</translation>
    </message>
    <message>
        <source>%1, age %2</source>
        <translation type="unfinished">%1، العمر %2</translation>
    </message>
    <message>
        <source>Child&apos;s first name</source>
        <translation type="unfinished">الاسم الأول للطفل</translation>
    </message>
    <message>
        <source>Child&apos;s last name</source>
        <translation type="unfinished">اسم عائلة الطفل</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth (month / day / year)</source>
        <translation type="unfinished">تاريخ ميلاد الطفل (الشهر / اليوم / السنة)</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation type="unfinished">إضافة طفل</translation>
    </message>
    <message>
        <source>Add this child</source>
        <translation type="unfinished">إضافة هذا الطفل</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">رجوع</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished">تسجيل الحضور</translation>
    </message>
</context>
<context>
    <name>ChooseScreen</name>
    <message>
        <source>Choose why you came</source>
        <translation type="unfinished">اختر سبب زيارتك</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished">أهلًا بك، %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">مرحبًا بكم</translation>
    </message>
    <message>
        <source>What are you here for today? Touch one or more.</source>
        <translation type="unfinished">ما سبب زيارتك اليوم؟ المس خيارًا أو أكثر.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished">الخدمات</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation type="unfinished">دروس اليوم</translation>
    </message>
    <message>
        <source>No classes today.</source>
        <translation type="unfinished">لا توجد دروس اليوم.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished">%1 إلى %2</translation>
    </message>
    <message>
        <source>%1 (full)</source>
        <translation type="unfinished">%1 (مكتمل)</translation>
    </message>
    <message>
        <source>I need child care</source>
        <translation type="unfinished">أحتاج إلى رعاية الأطفال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished">تسجيل الحضور</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Pickup code: %1</source>
        <translation type="unfinished">رمز الاستلام: %1</translation>
    </message>
    <message>
        <source>Your slip is printing.</source>
        <translation type="unfinished">جارٍ طباعة إيصالك.</translation>
    </message>
    <message>
        <source>The printer is not available. Please take a photo of the screen.</source>
        <translation type="unfinished">الطابعة غير متاحة. يُرجى التقاط صورة للشاشة.</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation type="unfinished">تم تسجيل حضورك</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">تم</translation>
    </message>
    <message>
        <source>Your CRC pass QR code</source>
        <translation type="unfinished">رمز QR لبطاقة CRC الخاصة بك</translation>
    </message>
    <message>
        <source>Take a photo of this code. Next time, scan it here.</source>
        <translation type="unfinished">التقط صورة لهذا الرمز. في المرة القادمة امسحه هنا.</translation>
    </message>
    <message>
        <source>Print a slip</source>
        <translation type="unfinished">طباعة إيصال</translation>
    </message>
    <message>
        <source>You are already checked in</source>
        <translation type="unfinished">لقد سجّلت حضورك بالفعل</translation>
    </message>
    <message>
        <source>You are checked in, %1</source>
        <translation type="unfinished">تم تسجيل حضورك، %1</translation>
    </message>
    <message>
        <source>Child care for %1 in %2 until %3. Your pickup code:</source>
        <translation type="unfinished">رعاية الأطفال لـ %1 في %2 حتى %3. رمز الاستلام الخاص بك:</translation>
    </message>
    <message>
        <source>Pickup code %1</source>
        <translation type="unfinished">رمز الاستلام %1</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">هل ما زلت هنا؟</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s), to keep your information private.</source>
        <translation type="unfinished">
            <numerusform>سنبدأ من جديد الآن لحماية معلوماتك.</numerusform>
            <numerusform>سنبدأ من جديد بعد ثانية واحدة لحماية معلوماتك.</numerusform>
            <numerusform>سنبدأ من جديد بعد ثانيتين لحماية معلوماتك.</numerusform>
            <numerusform>سنبدأ من جديد بعد %n ثوانٍ لحماية معلوماتك.</numerusform>
            <numerusform>سنبدأ من جديد بعد %n ثانية لحماية معلوماتك.</numerusform>
            <numerusform>سنبدأ من جديد بعد %n ثانية لحماية معلوماتك.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished">ما زلت هنا</translation>
    </message>
</context>
<context>
    <name>DeskDayScreen</name>
    <message>
        <source>In the building now (%1)</source>
        <translation type="unfinished">في المبنى الآن (%1)</translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished">ممتلئ</translation>
    </message>
    <message>
        <source>No plans</source>
        <translation type="unfinished">لا توجد خطط</translation>
    </message>
    <message>
        <source>paused: credentials need attention (call IT)</source>
        <translation type="unfinished">متوقف: بيانات الاعتماد تحتاج إلى مراجعة (اتصل بقسم تقنية المعلومات)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, offline since %1</source>
        <translation type="unfinished">
            <numerusform>%n في الانتظار، دون اتصال منذ %1</numerusform>
            <numerusform>%n في الانتظار، دون اتصال منذ %1</numerusform>
            <numerusform>%n في الانتظار، دون اتصال منذ %1</numerusform>
            <numerusform>%n في الانتظار، دون اتصال منذ %1</numerusform>
            <numerusform>%n في الانتظار، دون اتصال منذ %1</numerusform>
            <numerusform>%n في الانتظار، دون اتصال منذ %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform>%n في الانتظار</numerusform>
            <numerusform>%n في الانتظار</numerusform>
            <numerusform>%n في الانتظار</numerusform>
            <numerusform>%n في الانتظار</numerusform>
            <numerusform>%n في الانتظار</numerusform>
            <numerusform>%n في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation type="unfinished">تم إرسال الكل</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation type="unfinished">
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
        </translation>
    </message>
    <message>
        <source>The day</source>
        <translation type="unfinished">اليوم</translation>
    </message>
    <message>
        <source>In the building now</source>
        <translation type="unfinished">في المبنى الآن</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation type="unfinished">دروس اليوم</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished">الدرس</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">الغرفة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">الوقت</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation type="unfinished">المسجلون</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished">يبدأ</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished">ينتهي</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished">السعة</translation>
    </message>
    <message>
        <source>Save class</source>
        <translation type="unfinished">حفظ الدرس</translation>
    </message>
    <message>
        <source>Check-ins per hour</source>
        <translation type="unfinished">تسجيلات الحضور في الساعة</translation>
    </message>
    <message>
        <source>Sending to the plans</source>
        <translation type="unfinished">الإرسال إلى الخطط</translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished">التقرير</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">من</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">إلى</translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished">اليوم الأول</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished">اليوم الأخير</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished">تصدير CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished">تصدير PDF…</translation>
    </message>
</context>
<context>
    <name>DeskFlow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">رقم التعريف غير صحيح. حاول مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>Signed out after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform>تم تسجيل الخروج بعد %n دقيقة دون نشاط.</numerusform>
            <numerusform>تم تسجيل الخروج بعد %n دقيقة دون نشاط.</numerusform>
            <numerusform>تم تسجيل الخروج بعد %n دقيقة دون نشاط.</numerusform>
            <numerusform>تم تسجيل الخروج بعد %n دقيقة دون نشاط.</numerusform>
            <numerusform>تم تسجيل الخروج بعد %n دقيقة دون نشاط.</numerusform>
            <numerusform>تم تسجيل الخروج بعد %n دقيقة دون نشاط.</numerusform>
        </translation>
    </message>
    <message>
        <source>front desk</source>
        <translation type="unfinished">مكتب الاستقبال</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished">مشرف</translation>
    </message>
    <message>
        <source>child care</source>
        <translation type="unfinished">رعاية الأطفال</translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished">تقنية المعلومات</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished">مسجل الدخول: %1 (%2)</translation>
    </message>
    <message>
        <source>This card is not registered here yet. Complete the form to register.</source>
        <translation type="unfinished">هذه البطاقة غير مسجلة هنا بعد. أكمل النموذج للتسجيل.</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished">تم تسجيل الحضور: %1</translation>
    </message>
    <message>
        <source>Correction saved. The visit now has: %1</source>
        <translation type="unfinished">تم حفظ التصحيح. الزيارة تتضمن الآن: %1</translation>
    </message>
    <message>
        <source>Visit voided. It no longer counts.</source>
        <translation type="unfinished">تم إلغاء الزيارة. لم تعد تُحتسب.</translation>
    </message>
    <message>
        <source>A person cannot be merged with themself.</source>
        <translation type="unfinished">لا يمكن دمج شخص مع نفسه.</translation>
    </message>
    <message>
        <source>Merged. Their visits are now this person&apos;s.</source>
        <translation type="unfinished">تم الدمج. أصبحت زياراته الآن لهذا الشخص.</translation>
    </message>
    <message>
        <source>Merge undone. They are two people again.</source>
        <translation type="unfinished">تم التراجع عن الدمج. أصبحا شخصين مجددًا.</translation>
    </message>
    <message>
        <source>No printer is set up on this station. The check-in is saved; you can print to a PDF file instead.</source>
        <translation type="unfinished">لا توجد طابعة في هذه المحطة. تم حفظ تسجيل الحضور؛ يمكنك الطباعة إلى ملف PDF بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished">معاينة الطباعة</translation>
    </message>
    <message>
        <source>Only a supervisor can change today&apos;s classes.</source>
        <translation type="unfinished">يمكن للمشرف فقط تغيير دروس اليوم.</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation type="unfinished">تم حفظ التقرير: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished">حفظ التقرير</translation>
    </message>
    <message>
        <source>Search (F3)</source>
        <translation type="unfinished">بحث (F3)</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation type="unfinished">زائر جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>The day (F5)</source>
        <translation type="unfinished">اليوم (F5)</translation>
    </message>
    <message>
        <source>Staff (F7)</source>
        <translation type="unfinished">الموظفون (F7)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished">تسجيل الخروج</translation>
    </message>
</context>
<context>
    <name>DeskMessages</name>
    <message>
        <source>Too many wrong PINs. Sign-in is locked until %1 (%2 min).</source>
        <translation type="unfinished">عدد كبير من أرقام PIN الخاطئة. تسجيل الدخول مقفل حتى %1 (%2 دقيقة).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">لم يتم الحفظ: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished">غير موجود: %1</translation>
    </message>
    <message>
        <source>That class is full. Choose another.</source>
        <translation type="unfinished">هذا الدرس ممتلئ. اختر درسًا آخر.</translation>
    </message>
    <message>
        <source>That service is not offered here.</source>
        <translation type="unfinished">هذه الخدمة غير متوفرة هنا.</translation>
    </message>
    <message>
        <source>This is not available on this station yet.</source>
        <translation type="unfinished">هذه الميزة غير متوفرة في هذه المحطة بعد.</translation>
    </message>
    <message>
        <source>That did not work. Try again, or call IT if it keeps failing.</source>
        <translation type="unfinished">لم ينجح ذلك. حاول مرة أخرى، أو اتصل بقسم تقنية المعلومات إذا استمر الخطأ.</translation>
    </message>
</context>
<context>
    <name>DeskPersonScreen</name>
    <message>
        <source>Born %1</source>
        <translation type="unfinished">تاريخ الميلاد %1</translation>
    </message>
    <message>
        <source>last visit %1</source>
        <translation type="unfinished">آخر زيارة %1</translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished">ممتلئ</translation>
    </message>
    <message>
        <source>Not checked in today.</source>
        <translation type="unfinished">لم يسجل الحضور اليوم.</translation>
    </message>
    <message>
        <source>Today&apos;s visit was voided.</source>
        <translation type="unfinished">تم إلغاء زيارة اليوم.</translation>
    </message>
    <message>
        <source>Checked in today: %1</source>
        <translation type="unfinished">سجل الحضور اليوم: %1</translation>
    </message>
    <message>
        <source>Choose at least one service or class first.</source>
        <translation type="unfinished">اختر خدمة أو درسًا واحدًا على الأقل أولًا.</translation>
    </message>
    <message>
        <source>Type a reason first (it is kept with the record).</source>
        <translation type="unfinished">اكتب سببًا أولًا (يُحفظ مع السجل).</translation>
    </message>
    <message>
        <source>Change the services first, then save the correction.</source>
        <translation type="unfinished">غيّر الخدمات أولًا، ثم احفظ التصحيح.</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">آخر زيارة</translation>
    </message>
    <message>
        <source>Find the duplicate first: type a name in the merge field.</source>
        <translation type="unfinished">ابحث عن السجل المكرر أولًا: اكتب اسمًا في حقل الدمج.</translation>
    </message>
    <message>
        <source>Merge %1 into %2? It can be undone.</source>
        <translation type="unfinished">هل تريد دمج %1 في %2؟ يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">الشخص</translation>
    </message>
    <message>
        <source>Services and today&apos;s classes</source>
        <translation type="unfinished">الخدمات ودروس اليوم</translation>
    </message>
    <message>
        <source>Check in (Ctrl+Enter)</source>
        <translation type="unfinished">تسجيل الحضور (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">السبب</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">السبب</translation>
    </message>
    <message>
        <source>Why: e.g. chose the wrong class</source>
        <translation type="unfinished">السبب: مثلًا اختار الدرس الخطأ</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished">حفظ التصحيح</translation>
    </message>
    <message>
        <source>Void visit</source>
        <translation type="unfinished">إلغاء الزيارة</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation type="unfinished">طباعة القسيمة</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation type="unfinished">طباعة الملصق</translation>
    </message>
    <message>
        <source>Merge a duplicate into this person</source>
        <translation type="unfinished">دمج سجل مكرر في هذا الشخص</translation>
    </message>
    <message>
        <source>Find the duplicate by name, phone or ID</source>
        <translation type="unfinished">ابحث عن المكرر بالاسم أو الهاتف أو الرقم</translation>
    </message>
    <message>
        <source>Find the duplicate</source>
        <translation type="unfinished">ابحث عن المكرر</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished">سجلات مكررة محتملة</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished">دمج…</translation>
    </message>
    <message>
        <source>Confirm merge</source>
        <translation type="unfinished">تأكيد الدمج</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished">التراجع عن الدمج</translation>
    </message>
</context>
<context>
    <name>DeskRegisterScreen</name>
    <message>
        <source>Type the first name.</source>
        <translation type="unfinished">اكتب الاسم الأول.</translation>
    </message>
    <message>
        <source>Type the last name.</source>
        <translation type="unfinished">اكتب اسم العائلة.</translation>
    </message>
    <message>
        <source>That date of birth is in the future.</source>
        <translation type="unfinished">تاريخ الميلاد هذا في المستقبل.</translation>
    </message>
    <message>
        <source>There is no such date. Type the date of birth as MM/DD/YYYY, e.g. 03/14/1986.</source>
        <translation type="unfinished">لا يوجد تاريخ كهذا. اكتب تاريخ الميلاد بالشكل MM/DD/YYYY، مثل 03/14/1986.</translation>
    </message>
    <message>
        <source>Type the date of birth as MM/DD/YYYY, e.g. 03/14/1986.</source>
        <translation type="unfinished">اكتب تاريخ الميلاد بالشكل MM/DD/YYYY، مثل 03/14/1986.</translation>
    </message>
    <message>
        <source>A phone number has 10 digits, e.g. 213-555-0100.</source>
        <translation type="unfinished">رقم الهاتف مكون من 10 أرقام، مثل 213-555-0100.</translation>
    </message>
    <message>
        <source>That is not a member ID of this plan. Expected: %1</source>
        <translation type="unfinished">هذا ليس رقم عضوية في هذه الخطة. المتوقع: %1</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">آخر زيارة</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation type="unfinished">تسجيل زائر جديد</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished">الاسم الأول</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished">اسم العائلة</translation>
    </message>
    <message>
        <source>&amp;Date of birth (MM/DD/YYYY)</source>
        <translation type="unfinished">تاريخ الميلاد (MM/DD/YYYY)</translation>
    </message>
    <message>
        <source>&amp;Phone (optional)</source>
        <translation type="unfinished">الهاتف (اختياري)</translation>
    </message>
    <message>
        <source>Preferred l&amp;anguage</source>
        <translation type="unfinished">اللغة المفضلة</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation type="unfinished">الخطة</translation>
    </message>
    <message>
        <source>&amp;Member ID</source>
        <translation type="unfinished">رقم العضوية</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation type="unfinished">MM/DD/YYYY</translation>
    </message>
    <message>
        <source>No plan / not known</source>
        <translation type="unfinished">لا خطة / غير معروف</translation>
    </message>
    <message>
        <source>Agrees to share visit data with this plan</source>
        <translation type="unfinished">يوافق على مشاركة بيانات الزيارة مع هذه الخطة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished">حفظ (Enter)</translation>
    </message>
    <message>
        <source>This may be someone already registered. Use that person, or save as new.</source>
        <translation type="unfinished">قد يكون هذا شخصًا مسجلًا بالفعل. استخدم ذلك الشخص، أو احفظه كشخص جديد.</translation>
    </message>
    <message>
        <source>Similar people</source>
        <translation type="unfinished">أشخاص متشابهون</translation>
    </message>
    <message>
        <source>Use this person</source>
        <translation type="unfinished">استخدم هذا الشخص</translation>
    </message>
    <message>
        <source>Save as new</source>
        <translation type="unfinished">حفظ كشخص جديد</translation>
    </message>
</context>
<context>
    <name>DeskSearchScreen</name>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation type="unfinished">
            <numerusform>تم العثور على %n شخص</numerusform>
            <numerusform>تم العثور على %n شخص</numerusform>
            <numerusform>تم العثور على %n شخص</numerusform>
            <numerusform>تم العثور على %n شخص</numerusform>
            <numerusform>تم العثور على %n شخص</numerusform>
            <numerusform>تم العثور على %n شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found. Press Ctrl+N to register a walk-in.</source>
        <translation type="unfinished">لم يتم العثور على أحد. اضغط Ctrl+N لتسجيل زائر جديد.</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">آخر زيارة</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished">البحث عن أشخاص</translation>
    </message>
    <message>
        <source>Find a person (Ctrl+F)</source>
        <translation type="unfinished">ابحث عن شخص (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name, phone, date of birth or member ID</source>
        <translation type="unfinished">الاسم أو الهاتف أو تاريخ الميلاد أو رقم العضوية</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">بحث</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation type="unfinished">زائر جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">الأشخاص الذين تم العثور عليهم</translation>
    </message>
</context>
<context>
    <name>DeskSignInScreen</name>
    <message>
        <source>Type your PIN, then press Enter.</source>
        <translation type="unfinished">اكتب رقم PIN ثم اضغط Enter.</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation type="unfinished">تسجيل دخول الموظفين</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished">مكتب الاستقبال</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter.</source>
        <translation type="unfinished">اكتب رقم PIN الخاص بالموظف واضغط Enter.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">رقم التعريف</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished">تسجيل الدخول</translation>
    </message>
</context>
<context>
    <name>DeskStaffScreen</name>
    <message>
        <source>(you)</source>
        <translation type="unfinished">(أنت)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">نشط</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished">معطَّل</translation>
    </message>
    <message>
        <source>Pick a member in the list</source>
        <translation type="unfinished">اختر عضوًا من القائمة</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished">المحدد: %1</translation>
    </message>
    <message>
        <source>Selected: %1 (deactivated)</source>
        <translation type="unfinished">المحدد: %1 (معطَّل)</translation>
    </message>
    <message>
        <source>Type the PIN, then type it again.</source>
        <translation type="unfinished">اكتب رمز PIN، ثم اكتبه مرة أخرى.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN twice.</source>
        <translation type="unfinished">رمزا PIN غير متطابقين. اكتب رمز PIN مرتين.</translation>
    </message>
    <message>
        <source>Type the member&apos;s name.</source>
        <translation type="unfinished">اكتب اسم العضو.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account. Ask another supervisor or IT.</source>
        <translation type="unfinished">لا يمكنك تعطيل حسابك. اطلب ذلك من مشرف آخر أو من قسم تقنية المعلومات.</translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to sign in.</source>
        <translation type="unfinished">تعطيل %1؟ لن يتمكن من تسجيل الدخول بعد الآن.</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished">مكتب الاستقبال</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation type="unfinished">رعاية الأطفال</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished">مشرف</translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished">تقنية المعلومات</translation>
    </message>
    <message>
        <source>Another staff member already has that PIN. Choose another.</source>
        <translation type="unfinished">لدى موظف آخر رمز PIN هذا بالفعل. اختر رمزًا آخر.</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess (one digit repeated, digits in a row, or a repeated pattern). Choose another.</source>
        <translation type="unfinished">رمز PIN هذا سهل التخمين (رقم مكرر، أو أرقام متتالية، أو نمط متكرر). اختر رمزًا آخر.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits (0-9).</source>
        <translation type="unfinished">يتكون رمز PIN من 4 إلى 8 أرقام (0-9).</translation>
    </message>
    <message>
        <source>This is the last active member with this role. Add another one first.</source>
        <translation type="unfinished">هذا آخر عضو نشط بهذا الدور. أضف عضوًا آخر أولًا.</translation>
    </message>
    <message>
        <source>Only a supervisor or IT can manage staff accounts.</source>
        <translation type="unfinished">يمكن فقط للمشرف أو لقسم تقنية المعلومات إدارة حسابات الموظفين.</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished">حسابات الموظفين</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">الدور</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished">إضافة عضو</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished">الاسم (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">الدور (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation type="unfinished">رمز PIN (&amp;P)</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation type="unfinished">رمز PIN مرة أخرى (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation type="unfinished">رمز PIN جديد (&amp;N)</translation>
    </message>
    <message>
        <source>New PIN aga&amp;in</source>
        <translation type="unfinished">رمز PIN الجديد مرة أخرى (&amp;I)</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished">إضافة العضو</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation type="unfinished">إعادة تعيين رمز PIN</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished">تعطيل… (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Yes, deactivate</source>
        <translation type="unfinished">نعم، عطِّل (&amp;Y)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished">إلغاء (Esc)</translation>
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
    <message>
        <source>Please use your member card</source>
        <translation type="unfinished">يُرجى استخدام بطاقة العضوية</translation>
    </message>
    <message>
        <source>A driver&apos;s license or state ID cannot be used here, and nothing from it was kept. Scan your health plan card or CRC pass, or type your details.</source>
        <translation type="unfinished">لا يمكن استخدام رخصة القيادة أو بطاقة الهوية هنا، ولم يُحفظ منها أي شيء. امسح بطاقة خطتك الصحية أو بطاقة CRC، أو اكتب بياناتك.</translation>
    </message>
    <message>
        <source>A bank card cannot be used here. Scan your health plan card or CRC pass, or type your ID.</source>
        <translation type="unfinished">لا يمكن استخدام البطاقة المصرفية هنا. امسح بطاقة خطتك الصحية أو بطاقة CRC، أو اكتب رقمك.</translation>
    </message>
    <message>
        <source>We could not read this pass</source>
        <translation type="unfinished">لم نتمكن من قراءة هذه البطاقة</translation>
    </message>
    <message>
        <source>Please see the front desk. They will check you in.</source>
        <translation type="unfinished">يُرجى التوجه إلى مكتب الاستقبال، وسيسجّلون حضورك.</translation>
    </message>
    <message>
        <source>We could not use this card</source>
        <translation type="unfinished">لم نتمكن من استخدام هذه البطاقة</translation>
    </message>
    <message>
        <source>Try again, type your ID, or touch &quot;I don&apos;t have a card&quot;. The front desk can also help.</source>
        <translation type="unfinished">حاول مرة أخرى، أو اكتب رقمك، أو المس &quot;ليست لدي بطاقة&quot;. يمكن لمكتب الاستقبال مساعدتك أيضًا.</translation>
    </message>
    <message>
        <source>Please type your member ID.</source>
        <translation type="unfinished">يُرجى كتابة رقم العضوية.</translation>
    </message>
    <message>
        <source>This ID does not look complete or right. Please check it.</source>
        <translation type="unfinished">يبدو أن هذا الرقم غير مكتمل أو غير صحيح. يُرجى التحقق منه.</translation>
    </message>
    <message>
        <source>This ID matches more than one card. Please see the front desk.</source>
        <translation type="unfinished">هذا الرقم يطابق أكثر من بطاقة. يُرجى التوجه إلى مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>This is not an ID we know. Please check it.</source>
        <translation type="unfinished">هذا ليس رقمًا نعرفه. يُرجى التحقق منه.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished">مثال: %1</translation>
    </message>
    <message>
        <source>We did not find this ID</source>
        <translation type="unfinished">لم نعثر على هذا الرقم</translation>
    </message>
    <message>
        <source>You can try again, register now (it takes a minute), or see the front desk.</source>
        <translation type="unfinished">يمكنك المحاولة مرة أخرى، أو التسجيل الآن (يستغرق دقيقة)، أو التوجه إلى مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>This class just filled up</source>
        <translation type="unfinished">اكتمل هذا الدرس للتو</translation>
    </message>
    <message>
        <source>Please choose something else, or see the front desk.</source>
        <translation type="unfinished">يُرجى اختيار شيء آخر، أو التوجه إلى مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>Please check what you typed</source>
        <translation type="unfinished">يُرجى التحقق مما كتبته</translation>
    </message>
    <message>
        <source>Something is missing or not right. The front desk can help.</source>
        <translation type="unfinished">هناك شيء ناقص أو غير صحيح. يمكن لمكتب الاستقبال مساعدتك.</translation>
    </message>
    <message>
        <source>Sorry, something went wrong</source>
        <translation type="unfinished">عذرًا، حدث خطأ ما</translation>
    </message>
    <message>
        <source>The children&apos;s room cannot take more children at that time. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">لا يمكن لغرفة الأطفال استقبال مزيد من الأطفال في ذلك الوقت. تم تسجيل دخولك. يرجى مراجعة مكتب الاستقبال بشأن رعاية الأطفال.</translation>
    </message>
    <message>
        <source>Our children&apos;s room cannot take a child of that age. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">لا يمكن لغرفة الأطفال لدينا استقبال طفل في هذا العمر. تم تسجيل دخولك. يرجى مراجعة مكتب الاستقبال بشأن رعاية الأطفال.</translation>
    </message>
    <message>
        <source>We could not reach the children&apos;s room just now. You are checked in. Please see the front desk to sign your children up.</source>
        <translation type="unfinished">تعذّر علينا الاتصال بغرفة الأطفال الآن. تم تسجيل دخولك. يرجى مراجعة مكتب الاستقبال لتسجيل أطفالك.</translation>
    </message>
    <message>
        <source>Child care could not be booked here. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">تعذّر حجز رعاية الأطفال هنا. تم تسجيل دخولك. يرجى مراجعة مكتب الاستقبال بشأن رعاية الأطفال.</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>Type the pickup code from the parent&apos;s slip, or scan it.</source>
        <translation type="unfinished">اكتب رمز الاستلام من إيصال الوالد، أو امسحه ضوئيًا.</translation>
    </message>
    <message>
        <source>Children for code %1</source>
        <translation type="unfinished">الأطفال بالرمز %1</translation>
    </message>
    <message>
        <source>%1: expected</source>
        <translation type="unfinished">%1: متوقَّع</translation>
    </message>
    <message>
        <source>%1: in the room</source>
        <translation type="unfinished">%1: في الغرفة</translation>
    </message>
    <message>
        <source>%1: picked up</source>
        <translation type="unfinished">%1: تم استلامه</translation>
    </message>
    <message numerus="yes">
        <source>Check in %n child(ren)</source>
        <translation type="unfinished">
            <numerusform>تسجيل دخول %n طفل</numerusform>
            <numerusform>تسجيل دخول %n طفل</numerusform>
            <numerusform>تسجيل دخول %n طفل</numerusform>
            <numerusform>تسجيل دخول %n طفل</numerusform>
            <numerusform>تسجيل دخول %n طفل</numerusform>
            <numerusform>تسجيل دخول %n طفل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check out %n child(ren)</source>
        <translation type="unfinished">
            <numerusform>تسليم %n طفل</numerusform>
            <numerusform>تسليم %n طفل</numerusform>
            <numerusform>تسليم %n طفل</numerusform>
            <numerusform>تسليم %n طفل</numerusform>
            <numerusform>تسليم %n طفل</numerusform>
            <numerusform>تسليم %n طفل</numerusform>
        </translation>
    </message>
    <message>
        <source>Say who is picking up (the name on their ID).</source>
        <translation type="unfinished">اذكر من يستلم الطفل (الاسم كما في هويته).</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation type="unfinished">رمز الاستلام</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">الرمز</translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished">بحث</translation>
    </message>
    <message>
        <source>Find the children of this code</source>
        <translation type="unfinished">البحث عن أطفال هذا الرمز</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">استلمه</translation>
    </message>
    <message>
        <source>Print their labels</source>
        <translation type="unfinished">طباعة ملصقاتهم</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message numerus="yes">
        <source>Check-ins per hour: %n in all</source>
        <translation type="unfinished">
            <numerusform>تسجيلات الحضور في الساعة: %n إجمالًا</numerusform>
            <numerusform>تسجيلات الحضور في الساعة: %n إجمالًا</numerusform>
            <numerusform>تسجيلات الحضور في الساعة: %n إجمالًا</numerusform>
            <numerusform>تسجيلات الحضور في الساعة: %n إجمالًا</numerusform>
            <numerusform>تسجيلات الحضور في الساعة: %n إجمالًا</numerusform>
            <numerusform>تسجيلات الحضور في الساعة: %n إجمالًا</numerusform>
        </translation>
    </message>
    <message>
        <source>busiest %1:00</source>
        <translation type="unfinished">الأكثر ازدحامًا %1:00</translation>
    </message>
</context>
<context>
    <name>KioskFlow</name>
    <message>
        <source>the next hour</source>
        <translation type="unfinished">الساعة القادمة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">رقم التعريف غير صحيح. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Too many tries. Please wait, then try again.</source>
        <translation type="unfinished">محاولات كثيرة جدًا. يُرجى الانتظار ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Staff sign-in is not available</source>
        <translation type="unfinished">تسجيل دخول الموظفين غير متاح</translation>
    </message>
    <message>
        <source>Please call IT to leave kiosk mode.</source>
        <translation type="unfinished">يُرجى الاتصال بقسم تقنية المعلومات للخروج من وضع الكشك.</translation>
    </message>
    <message>
        <source>CRC Kiosk: %1</source>
        <translation type="unfinished">كشك CRC: %1</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">رسالة</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">حاول مرة أخرى</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">كتابة رقمي</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">التسجيل</translation>
    </message>
    <message>
        <source>Choose again</source>
        <translation type="unfinished">اختر مرة أخرى</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished">العودة إلى البداية</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation type="unfinished">لوحة المفاتيح على الشاشة</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation type="unfinished">حذف الحرف الأخير</translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished">مسافة</translation>
    </message>
</context>
<context>
    <name>OverridePanel</name>
    <message>
        <source>Release %1 without the pickup code</source>
        <translation type="unfinished">تسليم %1 بدون رمز الاستلام</translation>
    </message>
    <message>
        <source>Say who is picking up (the name on their ID).</source>
        <translation type="unfinished">اذكر من يستلم الطفل (الاسم كما في هويته).</translation>
    </message>
    <message>
        <source>A release without the code needs a reason: what happened, and how you checked who they are.</source>
        <translation type="unfinished">التسليم بدون الرمز يحتاج إلى سبب: ماذا حدث، وكيف تحققت من هوية الشخص.</translation>
    </message>
    <message>
        <source>Release without the code</source>
        <translation type="unfinished">التسليم بدون الرمز</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">استلمه</translation>
    </message>
    <message>
        <source>Reason (recorded with your name)</source>
        <translation type="unfinished">السبب (يُسجَّل باسمك)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">السبب</translation>
    </message>
    <message>
        <source>Release the child</source>
        <translation type="unfinished">تسليم الطفل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>Please type your first name.</source>
        <translation type="unfinished">يُرجى كتابة اسمك الأول.</translation>
    </message>
    <message>
        <source>Please type your last name.</source>
        <translation type="unfinished">يُرجى كتابة اسم العائلة.</translation>
    </message>
    <message>
        <source>Please type your date of birth: month, day, year.</source>
        <translation type="unfinished">يُرجى كتابة تاريخ ميلادك: الشهر، اليوم، السنة.</translation>
    </message>
    <message>
        <source>A phone number has 10 digits. You can also leave it empty.</source>
        <translation type="unfinished">رقم الهاتف من 10 أرقام. يمكنك أيضًا تركه فارغًا.</translation>
    </message>
    <message>
        <source>Please type the member ID from your plan card.</source>
        <translation type="unfinished">يُرجى كتابة رقم العضوية من بطاقة خطتك.</translation>
    </message>
    <message>
        <source>Please answer: may we share your visits?</source>
        <translation type="unfinished">يُرجى الإجابة: هل يمكننا مشاركة زياراتك؟</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">التسجيل</translation>
    </message>
    <message>
        <source>Tell us about you</source>
        <translation type="unfinished">أخبرنا عن نفسك</translation>
    </message>
    <message>
        <source>It takes about a minute. Touch a box, then type on the keys.</source>
        <translation type="unfinished">يستغرق ذلك دقيقة تقريبًا. المس خانة، ثم اكتب باستخدام المفاتيح.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished">الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished">اسم العائلة</translation>
    </message>
    <message>
        <source>Date of birth (month / day / year)</source>
        <translation type="unfinished">تاريخ الميلاد (الشهر / اليوم / السنة)</translation>
    </message>
    <message>
        <source>Phone (you can leave this empty)</source>
        <translation type="unfinished">الهاتف (يمكنك تركه فارغًا)</translation>
    </message>
    <message>
        <source>Language you prefer</source>
        <translation type="unfinished">اللغة التي تفضلها</translation>
    </message>
    <message>
        <source>Your health plan, if you know it</source>
        <translation type="unfinished">خطتك الصحية، إن كنت تعرفها</translation>
    </message>
    <message>
        <source>Member ID from your plan card</source>
        <translation type="unfinished">رقم العضوية من بطاقة خطتك</translation>
    </message>
    <message>
        <source>May we tell your health plan when you visit us? It helps them help you.</source>
        <translation type="unfinished">هل يمكننا إبلاغ خطتك الصحية عند زيارتك لنا؟ هذا يساعدهم على مساعدتك.</translation>
    </message>
    <message>
        <source>No plan / I don&apos;t know</source>
        <translation type="unfinished">لا توجد خطة / لا أعرف</translation>
    </message>
    <message>
        <source>Yes, share my visits</source>
        <translation type="unfinished">نعم، شارك زياراتي</translation>
    </message>
    <message>
        <source>No, do not share</source>
        <translation type="unfinished">لا، لا تشارك</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">رجوع</translation>
    </message>
    <message>
        <source>Register and continue</source>
        <translation type="unfinished">التسجيل والمتابعة</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <source>In the room: %1 of %2 places. Expected: %3.</source>
        <translation type="unfinished">في الغرفة: %1 من %2 أماكن. المتوقَّعون: %3.</translation>
    </message>
    <message>
        <source>Staff signed in: %1 (%2). Needed for the children here: %3.</source>
        <translation type="unfinished">الموظفون المسجَّلون: %1 (%2). المطلوب لهؤلاء الأطفال: %3.</translation>
    </message>
    <message>
        <source>Overdue: %1 (in since %2; the parent&apos;s class ended or the maximum stay is over). Call the parent or the front desk.</source>
        <translation type="unfinished">تجاوز الوقت: %1 (في الغرفة منذ %2؛ انتهى درس الوالد أو تجاوز الحد الأقصى للبقاء). اتصل بالوالد أو بمكتب الاستقبال.</translation>
    </message>
    <message>
        <source>Class ending soon: %1 (the parent&apos;s class ends at %2). Get ready for pickup.</source>
        <translation type="unfinished">ينتهي الدرس قريبًا: %1 (ينتهي درس الوالد في %2). استعد للتسليم.</translation>
    </message>
    <message>
        <source>Child-care room</source>
        <translation type="unfinished">غرفة رعاية الأطفال</translation>
    </message>
    <message>
        <source>Check in selected child</source>
        <translation type="unfinished">تسجيل دخول الطفل المحدد</translation>
    </message>
    <message>
        <source>Release without code…</source>
        <translation type="unfinished">التسليم بدون رمز…</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation type="unfinished">طباعة الملصقات</translation>
    </message>
</context>
<context>
    <name>RosterTables</name>
    <message>
        <source>(override)</source>
        <translation type="unfinished">(استثناء)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
    <message>
        <source>Allergy: %1</source>
        <translation type="unfinished">حساسية: %1</translation>
    </message>
    <message>
        <source>Medical: %1</source>
        <translation type="unfinished">طبي: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">تجاوز الوقت</translation>
    </message>
    <message>
        <source>Class ending</source>
        <translation type="unfinished">الدرس ينتهي</translation>
    </message>
    <message>
        <source>In the room (%1)</source>
        <translation type="unfinished">في الغرفة (%1)</translation>
    </message>
    <message>
        <source>Expected (%1)</source>
        <translation type="unfinished">المتوقَّعون (%1)</translation>
    </message>
    <message>
        <source>Picked up (%1)</source>
        <translation type="unfinished">تم استلامهم (%1)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished">الطفل</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">العمر</translation>
    </message>
    <message>
        <source>In since</source>
        <translation type="unfinished">في الغرفة منذ</translation>
    </message>
    <message>
        <source>Class ends</source>
        <translation type="unfinished">نهاية الدرس</translation>
    </message>
    <message>
        <source>Allergy / medical</source>
        <translation type="unfinished">حساسية / طبي</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished">تنبيه</translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished">دخول</translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished">خروج</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">استلمه</translation>
    </message>
</context>
<context>
    <name>StaffAccounts</name>
    <message>
        <source>%1 is added as %2 and can sign in with their PIN now.</source>
        <translation type="unfinished">تمت إضافة %1 بصفة %2 ويمكنه تسجيل الدخول برمز PIN الآن.</translation>
    </message>
    <message>
        <source>New PIN saved for %1. The old one no longer works.</source>
        <translation type="unfinished">تم حفظ رمز PIN جديد لـ %1. الرمز القديم لم يعد يعمل.</translation>
    </message>
    <message>
        <source>%1 is deactivated and can no longer sign in.</source>
        <translation type="unfinished">تم تعطيل %1 ولم يعد بإمكانه تسجيل الدخول.</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">رقم تعريف الموظف</translation>
    </message>
    <message>
        <source>Staff only: type your PIN</source>
        <translation type="unfinished">للموظفين فقط: اكتب رقم التعريف</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">رقم التعريف</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">فتح القفل</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>CRC front desk: %1</source>
        <translation type="unfinished">مكتب استقبال CRC: %1</translation>
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
        <source>%n record(s) waiting, offline since %1</source>
        <translation type="unfinished">
            <numerusform>لا توجد سجلات في الانتظار، دون اتصال منذ %1</numerusform>
            <numerusform>سجل واحد في الانتظار، دون اتصال منذ %1</numerusform>
            <numerusform>سجلان في الانتظار، دون اتصال منذ %1</numerusform>
            <numerusform>%n سجلات في الانتظار، دون اتصال منذ %1</numerusform>
            <numerusform>%n سجلًا في الانتظار، دون اتصال منذ %1</numerusform>
            <numerusform>%n سجل في الانتظار، دون اتصال منذ %1</numerusform>
        </translation>
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
    <message>
        <source>%1: credentials need attention (call IT)</source>
        <translation type="unfinished">%1: بيانات الاعتماد تحتاج إلى مراجعة (اتصل بقسم تقنية المعلومات)</translation>
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
    <message numerus="yes">
        <source>Clock is off by %n minute(s): check the time</source>
        <translation type="unfinished">
            <numerusform>الساعة دقيقة: تحقق من الوقت</numerusform>
            <numerusform>الساعة متأخرة أو متقدمة دقيقة واحدة: تحقق من الوقت</numerusform>
            <numerusform>الساعة متأخرة أو متقدمة دقيقتين: تحقق من الوقت</numerusform>
            <numerusform>الساعة متأخرة أو متقدمة %n دقائق: تحقق من الوقت</numerusform>
            <numerusform>الساعة متأخرة أو متقدمة %n دقيقة: تحقق من الوقت</numerusform>
            <numerusform>الساعة متأخرة أو متقدمة %n دقيقة: تحقق من الوقت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypedIdScreen</name>
    <message>
        <source>Type your ID</source>
        <translation type="unfinished">اكتب رقمك</translation>
    </message>
    <message>
        <source>Type your member ID</source>
        <translation type="unfinished">اكتب رقم العضوية</translation>
    </message>
    <message>
        <source>It is on your health plan card or Medi-Cal card.</source>
        <translation type="unfinished">تجده على بطاقة خطتك الصحية أو بطاقة Medi-Cal.</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished">رقم العضوية</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">رجوع</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">متابعة</translation>
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
        <source>Use the card scanner, or touch &quot;Type my ID&quot;.</source>
        <translation type="unfinished">استخدم قارئ البطاقات، أو المس &quot;كتابة رقمي&quot;.</translation>
    </message>
    <message>
        <source>Hold your card or pass up to the camera</source>
        <translation type="unfinished">ارفع بطاقتك أو تصريحك أمام الكاميرا</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">كتابة رقمي</translation>
    </message>
    <message>
        <source>I don&apos;t have a card</source>
        <translation type="unfinished">ليست لدي بطاقة</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished">نص أكبر</translation>
    </message>
    <message>
        <source>Make the words on every screen bigger</source>
        <translation type="unfinished">تكبير الكلمات على كل الشاشات</translation>
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
