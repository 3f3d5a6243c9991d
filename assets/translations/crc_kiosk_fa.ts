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
    <name>ChildCareFlow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">PIN درست نیست. دوباره امتحان کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity. You still count as in the room.</source>
        <translation type="unfinished">
            <numerusform>پس از %n دقیقه بی‌فعالیتی قفل شد. شما همچنان در اتاق حساب می‌شوید.</numerusform>
        </translation>
    </message>
    <message>
        <source>You left the room; you no longer count for its ratio.</source>
        <translation type="unfinished">از اتاق خارج شدید؛ دیگر در نسبت کارکنان به کودکان آن حساب نمی‌شوید.</translation>
    </message>
    <message>
        <source>You cannot leave yet: the children in the room need you for the ratio. Sign another staff member in, or check children out first.</source>
        <translation type="unfinished">هنوز نمی‌توانید بروید: کودکان اتاق برای رعایت نسبت به شما نیاز دارند. یک کارمند دیگر را وارد کنید، یا ابتدا چند کودک را تحویل دهید.</translation>
    </message>
    <message>
        <source>Signed in: %1, counted in %2</source>
        <translation type="unfinished">وارد شده: %1، در %2 حساب می‌شود</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished">ورود ثبت شد: %1</translation>
    </message>
    <message>
        <source>Picked up: %1</source>
        <translation type="unfinished">تحویل داده شد: %1</translation>
    </message>
    <message>
        <source>Released without the code: %1. The reason is recorded.</source>
        <translation type="unfinished">بدون کد تحویل داده شد: %1. دلیل ثبت شد.</translation>
    </message>
    <message>
        <source>ALLERGY</source>
        <translation type="unfinished">حساسیت</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished">تا %1</translation>
    </message>
    <message>
        <source>Pickup: %1</source>
        <translation type="unfinished">تحویل: %1</translation>
    </message>
    <message>
        <source>No printer is set up on this station. You can save the labels as a PDF file instead.</source>
        <translation type="unfinished">هیچ چاپگری در این ایستگاه تنظیم نشده است. می‌توانید برچسب‌ها را به‌صورت فایل PDF ذخیره کنید.</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation type="unfinished">پیش‌نمایش برچسب</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation type="unfinished">تازه‌سازی (F5)</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation type="unfinished">قفل (Ctrl+L)</translation>
    </message>
    <message>
        <source>Leave the room</source>
        <translation type="unfinished">ترک اتاق</translation>
    </message>
</context>
<context>
    <name>ChildCareMessages</name>
    <message>
        <source>No child here matches that code today. Check the code on the slip; if it is lost, use a release with a reason.</source>
        <translation type="unfinished">امروز هیچ کودکی با این کد مطابقت ندارد. کد روی رسید را بررسی کنید؛ اگر گم شده است، با ذکر دلیل تحویل دهید.</translation>
    </message>
    <message>
        <source>Not checked in: the room would be over its staff-to-child ratio. Sign another staff member in to the room, or send the parent to the front desk.</source>
        <translation type="unfinished">ورود ثبت نشد: اتاق از نسبت کارکنان به کودکان فراتر می‌رود. کارمند دیگری را وارد اتاق کنید، یا والد را به پذیرش بفرستید.</translation>
    </message>
    <message>
        <source>Not checked in: the room is full. Send the parent to the front desk.</source>
        <translation type="unfinished">ورود ثبت نشد: اتاق پر است. والد را به پذیرش بفرستید.</translation>
    </message>
    <message>
        <source>Do not hand the child over: %1 is on this child&apos;s refused list. Call a supervisor.</source>
        <translation type="unfinished">کودک را تحویل ندهید: %1 در فهرست افراد ممنوع این کودک است. با سرپرست تماس بگیرید.</translation>
    </message>
    <message>
        <source>%1 is not a guardian or on the authorized list. Check their ID; release only with a reason.</source>
        <translation type="unfinished">%1 سرپرست نیست و در فهرست افراد مجاز هم نیست. کارت شناسایی او را بررسی کنید؛ فقط با ذکر دلیل تحویل دهید.</translation>
    </message>
    <message>
        <source>That child is not in the room.</source>
        <translation type="unfinished">این کودک در اتاق نیست.</translation>
    </message>
    <message>
        <source>Only child-care staff or a supervisor can sign in at the child-care room.</source>
        <translation type="unfinished">فقط کارکنان مراقبت از کودک یا سرپرست می‌توانند در اتاق مراقبت از کودک وارد شوند.</translation>
    </message>
    <message>
        <source>This site has no child-care room set up. Call IT.</source>
        <translation type="unfinished">این مرکز اتاق مراقبت از کودک تنظیم‌شده‌ای ندارد. با بخش فناوری اطلاعات تماس بگیرید.</translation>
    </message>
</context>
<context>
    <name>ChildCareSignInScreen</name>
    <message>
        <source>Child care</source>
        <translation type="unfinished">مراقبت از کودک</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter. You then count for the staff-to-child ratio of %1.</source>
        <translation type="unfinished">PIN کارمندی خود را بنویسید و Enter را بزنید. سپس در نسبت کارکنان به کودکان %1 حساب می‌شوید.</translation>
    </message>
</context>
<context>
    <name>ChildCareWindow</name>
    <message>
        <source>CRC child care: %1</source>
        <translation type="unfinished">مراقبت از کودک CRC: %1</translation>
    </message>
    <message>
        <source>This site has no child-care room set up. Call IT.</source>
        <translation type="unfinished">این مرکز اتاق مراقبت از کودک تنظیم‌شده‌ای ندارد. با بخش فناوری اطلاعات تماس بگیرید.</translation>
    </message>
    <message>
        <source>The lobby kiosks cannot sign children up for this room: this station has no site link key. Parents are sent to the front desk. Call IT.</source>
        <translation type="unfinished">کیوسک‌های سالن نمی‌توانند کودکان را برای این اتاق ثبت‌نام کنند: این ایستگاه کلید پیوند مرکز را ندارد. والدین به میز پذیرش فرستاده می‌شوند. با IT تماس بگیرید.</translation>
    </message>
    <message>
        <source>The lobby kiosks cannot sign children up for this room: port %1 is in use on this station. Parents are sent to the front desk. Call IT.</source>
        <translation type="unfinished">کیوسک‌های سالن نمی‌توانند کودکان را برای این اتاق ثبت‌نام کنند: درگاه %1 در این ایستگاه در حال استفاده است. والدین به میز پذیرش فرستاده می‌شوند. با IT تماس بگیرید.</translation>
    </message>
</context>
<context>
    <name>ChildrenScreen</name>
    <message>
        <source>Please type the child&apos;s first name.</source>
        <translation type="unfinished">لطفاً نام کودک را بنویسید.</translation>
    </message>
    <message>
        <source>Please type the child&apos;s last name.</source>
        <translation type="unfinished">لطفاً نام خانوادگی کودک را بنویسید.</translation>
    </message>
    <message>
        <source>Please type the child&apos;s date of birth: month, day, year.</source>
        <translation type="unfinished">لطفاً تاریخ تولد کودک را بنویسید: ماه، روز، سال.</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation type="unfinished">مراقبت از کودک</translation>
    </message>
    <message>
        <source>Child care while you are here</source>
        <translation type="unfinished">مراقبت از کودک در مدتی که اینجا هستید</translation>
    </message>
    <message>
        <source>Touch each child who will stay in the children&apos;s room.</source>
        <translation type="unfinished">هر کودکی را که در اتاق کودکان می‌ماند لمس کنید.</translation>
    </message>
    <message>
        <source>%1 During: %2</source>
        <translation type="unfinished">%1 در طول: %2</translation>
    </message>
    <message>
        <source>Add each child who will stay with us.</source>
        <translation type="unfinished">هر کودکی را که پیش ما می‌ماند اضافه کنید.</translation>
    </message>
    <message>
        <source>%1, age %2</source>
        <translation type="unfinished">%1، سن %2</translation>
    </message>
    <message>
        <source>Child&apos;s first name</source>
        <translation type="unfinished">نام کودک</translation>
    </message>
    <message>
        <source>Child&apos;s last name</source>
        <translation type="unfinished">نام خانوادگی کودک</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth (month / day / year)</source>
        <translation type="unfinished">تاریخ تولد کودک (ماه / روز / سال)</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation type="unfinished">افزودن کودک</translation>
    </message>
    <message>
        <source>Add this child</source>
        <translation type="unfinished">افزودن این کودک</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">بازگشت</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished">ثبت حضور</translation>
    </message>
</context>
<context>
    <name>ChooseScreen</name>
    <message>
        <source>Choose why you came</source>
        <translation type="unfinished">دلیل مراجعه خود را انتخاب کنید</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished">خوش آمدید، %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">خوش آمدید</translation>
    </message>
    <message>
        <source>What are you here for today? Touch one or more.</source>
        <translation type="unfinished">امروز برای چه آمده‌اید؟ یک یا چند گزینه را لمس کنید.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished">خدمات</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation type="unfinished">کلاس‌های امروز</translation>
    </message>
    <message>
        <source>No classes today.</source>
        <translation type="unfinished">امروز کلاسی نیست.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished">%1 تا %2</translation>
    </message>
    <message>
        <source>%1 (full)</source>
        <translation type="unfinished">%1 (تکمیل)</translation>
    </message>
    <message>
        <source>I need child care</source>
        <translation type="unfinished">به مراقبت از کودک نیاز دارم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">لغو</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished">ثبت حضور</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Pickup code: %1</source>
        <translation type="unfinished">کد تحویل: %1</translation>
    </message>
    <message>
        <source>Your slip is printing.</source>
        <translation type="unfinished">رسید شما در حال چاپ است.</translation>
    </message>
    <message>
        <source>The printer is not available. Please take a photo of the screen.</source>
        <translation type="unfinished">چاپگر در دسترس نیست. لطفاً از صفحه عکس بگیرید.</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation type="unfinished">حضور شما ثبت شد</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">تمام</translation>
    </message>
    <message>
        <source>Your CRC pass QR code</source>
        <translation type="unfinished">کد QR کارت CRC شما</translation>
    </message>
    <message>
        <source>Take a photo of this code. Next time, scan it here.</source>
        <translation type="unfinished">از این کد عکس بگیرید. دفعه بعد آن را اینجا اسکن کنید.</translation>
    </message>
    <message>
        <source>Print a slip</source>
        <translation type="unfinished">چاپ رسید</translation>
    </message>
    <message>
        <source>You are already checked in</source>
        <translation type="unfinished">حضور شما قبلاً ثبت شده است</translation>
    </message>
    <message>
        <source>You are checked in, %1</source>
        <translation type="unfinished">%1، حضور شما ثبت شد</translation>
    </message>
    <message>
        <source>Child care for %1 in %2 until %3. Your pickup code:</source>
        <translation type="unfinished">مراقبت از کودک برای %1 در %2 تا %3. کد تحویل شما:</translation>
    </message>
    <message>
        <source>Pickup code %1</source>
        <translation type="unfinished">کد تحویل %1</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">هنوز اینجا هستید؟</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s), to keep your information private.</source>
        <translation type="unfinished">
            <numerusform>برای حفظ حریم اطلاعات شما، %n ثانیه دیگر از نو شروع می‌کنیم.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished">هنوز اینجا هستم</translation>
    </message>
</context>
<context>
    <name>DeskDayScreen</name>
    <message>
        <source>In the building now (%1)</source>
        <translation type="unfinished">اکنون در ساختمان (%1)</translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished">پر</translation>
    </message>
    <message>
        <source>No plans</source>
        <translation type="unfinished">بدون طرح</translation>
    </message>
    <message>
        <source>paused: credentials need attention (call IT)</source>
        <translation type="unfinished">متوقف: اعتبارنامه‌ها نیاز به بررسی دارند (با IT تماس بگیرید)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, offline since %1</source>
        <translation type="unfinished">
            <numerusform>%n در انتظار، آفلاین از %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform>%n در انتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation type="unfinished">همه ارسال شد</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation type="unfinished">
            <numerusform>%n رد شده</numerusform>
        </translation>
    </message>
    <message>
        <source>The day</source>
        <translation type="unfinished">امروز</translation>
    </message>
    <message>
        <source>In the building now</source>
        <translation type="unfinished">اکنون در ساختمان</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation type="unfinished">کلاس‌های امروز</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished">کلاس</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">اتاق</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">زمان</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation type="unfinished">ثبت‌نام‌شده</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">کد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished">شروع</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished">پایان</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished">ظرفیت</translation>
    </message>
    <message>
        <source>Save class</source>
        <translation type="unfinished">ذخیره کلاس</translation>
    </message>
    <message>
        <source>Check-ins per hour</source>
        <translation type="unfinished">ورود در هر ساعت</translation>
    </message>
    <message>
        <source>Sending to the plans</source>
        <translation type="unfinished">ارسال به طرح‌ها</translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished">گزارش</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">از</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">تا</translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished">روز اول</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished">روز آخر</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished">خروجی CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished">خروجی PDF…</translation>
    </message>
</context>
<context>
    <name>DeskFlow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">PIN درست نیست. دوباره امتحان کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Signed out after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform>پس از %n دقیقه بی‌فعالیتی خارج شدید.</numerusform>
        </translation>
    </message>
    <message>
        <source>front desk</source>
        <translation type="unfinished">پذیرش</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished">سرپرست</translation>
    </message>
    <message>
        <source>child care</source>
        <translation type="unfinished">مراقبت از کودک</translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished">IT</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished">وارد شده: %1 (%2)</translation>
    </message>
    <message>
        <source>This card is not registered here yet. Complete the form to register.</source>
        <translation type="unfinished">این کارت هنوز اینجا ثبت نشده است. برای ثبت، فرم را کامل کنید.</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished">ورود ثبت شد: %1</translation>
    </message>
    <message>
        <source>Correction saved. The visit now has: %1</source>
        <translation type="unfinished">اصلاح ذخیره شد. این مراجعه اکنون شامل: %1</translation>
    </message>
    <message>
        <source>Visit voided. It no longer counts.</source>
        <translation type="unfinished">مراجعه باطل شد. دیگر شمرده نمی‌شود.</translation>
    </message>
    <message>
        <source>A person cannot be merged with themself.</source>
        <translation type="unfinished">یک نفر را نمی‌توان با خودش ادغام کرد.</translation>
    </message>
    <message>
        <source>Merged. Their visits are now this person&apos;s.</source>
        <translation type="unfinished">ادغام شد. مراجعات او اکنون متعلق به این فرد است.</translation>
    </message>
    <message>
        <source>Merge undone. They are two people again.</source>
        <translation type="unfinished">ادغام لغو شد. دوباره دو نفر هستند.</translation>
    </message>
    <message>
        <source>No printer is set up on this station. The check-in is saved; you can print to a PDF file instead.</source>
        <translation type="unfinished">هیچ چاپگری در این ایستگاه تنظیم نشده است. ورود ذخیره شد؛ می‌توانید در فایل PDF چاپ کنید.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished">پیش‌نمایش چاپ</translation>
    </message>
    <message>
        <source>Only a supervisor can change today&apos;s classes.</source>
        <translation type="unfinished">فقط سرپرست می‌تواند کلاس‌های امروز را تغییر دهد.</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation type="unfinished">گزارش ذخیره شد: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished">ذخیره گزارش</translation>
    </message>
    <message>
        <source>Search (F3)</source>
        <translation type="unfinished">جستجو (F3)</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation type="unfinished">مراجعه‌کننده جدید (Ctrl+N)</translation>
    </message>
    <message>
        <source>The day (F5)</source>
        <translation type="unfinished">امروز (F5)</translation>
    </message>
    <message>
        <source>Staff (F7)</source>
        <translation type="unfinished">کارکنان (F7)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished">خروج</translation>
    </message>
</context>
<context>
    <name>DeskMessages</name>
    <message>
        <source>Too many wrong PINs. Sign-in is locked until %1 (%2 min).</source>
        <translation type="unfinished">تعداد PIN‌های اشتباه زیاد است. ورود تا %1 قفل است (%2 دقیقه).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished">پیدا نشد: %1</translation>
    </message>
    <message>
        <source>That class is full. Choose another.</source>
        <translation type="unfinished">این کلاس پر است. کلاس دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>That service is not offered here.</source>
        <translation type="unfinished">این خدمت اینجا ارائه نمی‌شود.</translation>
    </message>
    <message>
        <source>This is not available on this station yet.</source>
        <translation type="unfinished">این هنوز در این ایستگاه در دسترس نیست.</translation>
    </message>
    <message>
        <source>That did not work. Try again, or call IT if it keeps failing.</source>
        <translation type="unfinished">انجام نشد. دوباره امتحان کنید، یا اگر ادامه داشت با IT تماس بگیرید.</translation>
    </message>
</context>
<context>
    <name>DeskPersonScreen</name>
    <message>
        <source>Born %1</source>
        <translation type="unfinished">متولد %1</translation>
    </message>
    <message>
        <source>last visit %1</source>
        <translation type="unfinished">آخرین مراجعه %1</translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished">پر</translation>
    </message>
    <message>
        <source>Not checked in today.</source>
        <translation type="unfinished">امروز ورود ثبت نشده است.</translation>
    </message>
    <message>
        <source>Today&apos;s visit was voided.</source>
        <translation type="unfinished">مراجعه امروز باطل شد.</translation>
    </message>
    <message>
        <source>Checked in today: %1</source>
        <translation type="unfinished">امروز ورود ثبت شد: %1</translation>
    </message>
    <message>
        <source>Choose at least one service or class first.</source>
        <translation type="unfinished">ابتدا دست‌کم یک خدمت یا کلاس انتخاب کنید.</translation>
    </message>
    <message>
        <source>Type a reason first (it is kept with the record).</source>
        <translation type="unfinished">ابتدا دلیل را بنویسید (همراه سابقه نگهداری می‌شود).</translation>
    </message>
    <message>
        <source>Change the services first, then save the correction.</source>
        <translation type="unfinished">ابتدا خدمات را تغییر دهید، سپس اصلاح را ذخیره کنید.</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">آخرین مراجعه</translation>
    </message>
    <message>
        <source>Find the duplicate first: type a name in the merge field.</source>
        <translation type="unfinished">ابتدا مورد تکراری را پیدا کنید: نامی در بخش ادغام بنویسید.</translation>
    </message>
    <message>
        <source>Merge %1 into %2? It can be undone.</source>
        <translation type="unfinished">%1 در %2 ادغام شود؟ قابل لغو است.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">فرد</translation>
    </message>
    <message>
        <source>Services and today&apos;s classes</source>
        <translation type="unfinished">خدمات و کلاس‌های امروز</translation>
    </message>
    <message>
        <source>Check in (Ctrl+Enter)</source>
        <translation type="unfinished">ثبت ورود (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">دلیل</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">دلیل</translation>
    </message>
    <message>
        <source>Why: e.g. chose the wrong class</source>
        <translation type="unfinished">چرا: مثلاً کلاس اشتباه انتخاب شد</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished">ذخیره اصلاح</translation>
    </message>
    <message>
        <source>Void visit</source>
        <translation type="unfinished">باطل کردن مراجعه</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation type="unfinished">چاپ رسید</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation type="unfinished">چاپ برچسب</translation>
    </message>
    <message>
        <source>Merge a duplicate into this person</source>
        <translation type="unfinished">ادغام مورد تکراری در این فرد</translation>
    </message>
    <message>
        <source>Find the duplicate by name, phone or ID</source>
        <translation type="unfinished">مورد تکراری را با نام، تلفن یا شناسه پیدا کنید</translation>
    </message>
    <message>
        <source>Find the duplicate</source>
        <translation type="unfinished">پیدا کردن مورد تکراری</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished">موارد تکراری احتمالی</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished">ادغام…</translation>
    </message>
    <message>
        <source>Confirm merge</source>
        <translation type="unfinished">تأیید ادغام</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished">لغو ادغام</translation>
    </message>
</context>
<context>
    <name>DeskRegisterScreen</name>
    <message>
        <source>Type the first name.</source>
        <translation type="unfinished">نام را بنویسید.</translation>
    </message>
    <message>
        <source>Type the last name.</source>
        <translation type="unfinished">نام خانوادگی را بنویسید.</translation>
    </message>
    <message>
        <source>That date of birth is in the future.</source>
        <translation type="unfinished">این تاریخ تولد در آینده است.</translation>
    </message>
    <message>
        <source>There is no such date. Type the date of birth as MM/DD/YYYY, e.g. 03/14/1986.</source>
        <translation type="unfinished">چنین تاریخی وجود ندارد. تاریخ تولد را به صورت MM/DD/YYYY بنویسید، مثلاً 03/14/1986.</translation>
    </message>
    <message>
        <source>Type the date of birth as MM/DD/YYYY, e.g. 03/14/1986.</source>
        <translation type="unfinished">تاریخ تولد را به صورت MM/DD/YYYY بنویسید، مثلاً 03/14/1986.</translation>
    </message>
    <message>
        <source>A phone number has 10 digits, e.g. 213-555-0100.</source>
        <translation type="unfinished">شماره تلفن ۱۰ رقم دارد، مثلاً 213-555-0100.</translation>
    </message>
    <message>
        <source>That is not a member ID of this plan. Expected: %1</source>
        <translation type="unfinished">این شناسه عضویت این طرح نیست. مورد انتظار: %1</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">آخرین مراجعه</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation type="unfinished">ثبت مراجعه‌کننده جدید</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished">نام خانوادگی</translation>
    </message>
    <message>
        <source>&amp;Date of birth (MM/DD/YYYY)</source>
        <translation type="unfinished">تاریخ تولد (MM/DD/YYYY)</translation>
    </message>
    <message>
        <source>&amp;Phone (optional)</source>
        <translation type="unfinished">تلفن (اختیاری)</translation>
    </message>
    <message>
        <source>Preferred l&amp;anguage</source>
        <translation type="unfinished">زبان ترجیحی</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation type="unfinished">طرح</translation>
    </message>
    <message>
        <source>&amp;Member ID</source>
        <translation type="unfinished">شناسه عضویت</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation type="unfinished">MM/DD/YYYY</translation>
    </message>
    <message>
        <source>No plan / not known</source>
        <translation type="unfinished">بدون طرح / نامشخص</translation>
    </message>
    <message>
        <source>Agrees to share visit data with this plan</source>
        <translation type="unfinished">با اشتراک اطلاعات مراجعه با این طرح موافق است</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">لغو</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished">ذخیره (Enter)</translation>
    </message>
    <message>
        <source>This may be someone already registered. Use that person, or save as new.</source>
        <translation type="unfinished">ممکن است این فرد قبلاً ثبت شده باشد. از همان فرد استفاده کنید یا به عنوان فرد جدید ذخیره کنید.</translation>
    </message>
    <message>
        <source>Similar people</source>
        <translation type="unfinished">افراد مشابه</translation>
    </message>
    <message>
        <source>Use this person</source>
        <translation type="unfinished">استفاده از این فرد</translation>
    </message>
    <message>
        <source>Save as new</source>
        <translation type="unfinished">ذخیره به عنوان فرد جدید</translation>
    </message>
</context>
<context>
    <name>DeskSearchScreen</name>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation type="unfinished">
            <numerusform>%n نفر پیدا شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found. Press Ctrl+N to register a walk-in.</source>
        <translation type="unfinished">کسی پیدا نشد. برای ثبت مراجعه‌کننده جدید Ctrl+N را بزنید.</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">آخرین مراجعه</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished">جستجوی افراد</translation>
    </message>
    <message>
        <source>Find a person (Ctrl+F)</source>
        <translation type="unfinished">پیدا کردن فرد (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name, phone, date of birth or member ID</source>
        <translation type="unfinished">نام، تلفن، تاریخ تولد یا شناسه عضویت</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">جستجو</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation type="unfinished">مراجعه‌کننده جدید (Ctrl+N)</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">افراد پیدا‌شده</translation>
    </message>
</context>
<context>
    <name>DeskSignInScreen</name>
    <message>
        <source>Type your PIN, then press Enter.</source>
        <translation type="unfinished">PIN خود را بنویسید و Enter را بزنید.</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation type="unfinished">ورود کارکنان</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished">پذیرش</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter.</source>
        <translation type="unfinished">PIN کارمندی خود را بنویسید و Enter را بزنید.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished">ورود</translation>
    </message>
</context>
<context>
    <name>DeskStaffScreen</name>
    <message>
        <source>(you)</source>
        <translation type="unfinished">(شما)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">فعال</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished">غیرفعال</translation>
    </message>
    <message>
        <source>Pick a member in the list</source>
        <translation type="unfinished">عضوی را از فهرست انتخاب کنید</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished">انتخاب‌شده: %1</translation>
    </message>
    <message>
        <source>Selected: %1 (deactivated)</source>
        <translation type="unfinished">انتخاب‌شده: %1 (غیرفعال)</translation>
    </message>
    <message>
        <source>Type the PIN, then type it again.</source>
        <translation type="unfinished">PIN را بنویسید، سپس دوباره بنویسید.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN twice.</source>
        <translation type="unfinished">دو PIN یکسان نیستند. PIN را دو بار بنویسید.</translation>
    </message>
    <message>
        <source>Type the member&apos;s name.</source>
        <translation type="unfinished">نام عضو را بنویسید.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account. Ask another supervisor or IT.</source>
        <translation type="unfinished">نمی‌توانید حساب خودتان را غیرفعال کنید. از سرپرست دیگر یا بخش فناوری اطلاعات بخواهید.</translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to sign in.</source>
        <translation type="unfinished">%1 غیرفعال شود؟ دیگر نمی‌تواند وارد شود.</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished">پذیرش</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation type="unfinished">مراقبت از کودک</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished">سرپرست</translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished">IT</translation>
    </message>
    <message>
        <source>Another staff member already has that PIN. Choose another.</source>
        <translation type="unfinished">کارمند دیگری این PIN را دارد. PIN دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess (one digit repeated, digits in a row, or a repeated pattern). Choose another.</source>
        <translation type="unfinished">این PIN خیلی آسان حدس زده می‌شود (یک رقم تکراری، ارقام پشت سر هم، یا الگوی تکراری). PIN دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits (0-9).</source>
        <translation type="unfinished">PIN از ۴ تا ۸ رقم است (0-9).</translation>
    </message>
    <message>
        <source>This is the last active member with this role. Add another one first.</source>
        <translation type="unfinished">این آخرین عضو فعال با این نقش است. ابتدا عضو دیگری اضافه کنید.</translation>
    </message>
    <message>
        <source>Only a supervisor or IT can manage staff accounts.</source>
        <translation type="unfinished">فقط سرپرست یا بخش فناوری اطلاعات می‌تواند حساب‌های کارکنان را مدیریت کند.</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished">حساب‌های کارکنان</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">نقش</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">وضعیت</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished">افزودن عضو</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished">نام (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">نقش (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation type="unfinished">PIN (&amp;P)</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation type="unfinished">تکرار PIN (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation type="unfinished">PIN جدید (&amp;N)</translation>
    </message>
    <message>
        <source>New PIN aga&amp;in</source>
        <translation type="unfinished">تکرار PIN جدید (&amp;I)</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished">افزودن عضو</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation type="unfinished">بازنشانی PIN</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished">غیرفعال کردن… (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Yes, deactivate</source>
        <translation type="unfinished">بله، غیرفعال شود (&amp;Y)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished">لغو (Esc)</translation>
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
    <message>
        <source>Please use your member card</source>
        <translation type="unfinished">لطفاً از کارت عضویت خود استفاده کنید</translation>
    </message>
    <message>
        <source>A driver&apos;s license or state ID cannot be used here, and nothing from it was kept. Scan your health plan card or CRC pass, or type your details.</source>
        <translation type="unfinished">گواهینامه یا کارت شناسایی ایالتی اینجا قابل استفاده نیست و چیزی از آن نگه داشته نشد. کارت بیمه درمانی یا کارت CRC خود را اسکن کنید یا مشخصات خود را وارد کنید.</translation>
    </message>
    <message>
        <source>A bank card cannot be used here. Scan your health plan card or CRC pass, or type your ID.</source>
        <translation type="unfinished">کارت بانکی اینجا قابل استفاده نیست. کارت بیمه درمانی یا کارت CRC خود را اسکن کنید یا شناسه خود را وارد کنید.</translation>
    </message>
    <message>
        <source>We could not read this pass</source>
        <translation type="unfinished">نتوانستیم این کارت را بخوانیم</translation>
    </message>
    <message>
        <source>Please see the front desk. They will check you in.</source>
        <translation type="unfinished">لطفاً به میز پذیرش مراجعه کنید. آنجا حضور شما را ثبت می‌کنند.</translation>
    </message>
    <message>
        <source>We could not use this card</source>
        <translation type="unfinished">نتوانستیم از این کارت استفاده کنیم</translation>
    </message>
    <message>
        <source>Try again, type your ID, or touch &quot;I don&apos;t have a card&quot;. The front desk can also help.</source>
        <translation type="unfinished">دوباره امتحان کنید، شناسه خود را وارد کنید یا «کارت ندارم» را لمس کنید. میز پذیرش هم می‌تواند کمک کند.</translation>
    </message>
    <message>
        <source>Please type your member ID.</source>
        <translation type="unfinished">لطفاً شماره عضویت خود را وارد کنید.</translation>
    </message>
    <message>
        <source>This ID does not look complete or right. Please check it.</source>
        <translation type="unfinished">این شناسه کامل یا درست به نظر نمی‌رسد. لطفاً بررسی کنید.</translation>
    </message>
    <message>
        <source>This ID matches more than one card. Please see the front desk.</source>
        <translation type="unfinished">این شناسه با بیش از یک کارت مطابقت دارد. لطفاً به میز پذیرش مراجعه کنید.</translation>
    </message>
    <message>
        <source>This is not an ID we know. Please check it.</source>
        <translation type="unfinished">این شناسه برای ما شناخته‌شده نیست. لطفاً بررسی کنید.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished">مثال: %1</translation>
    </message>
    <message>
        <source>We did not find this ID</source>
        <translation type="unfinished">این شناسه پیدا نشد</translation>
    </message>
    <message>
        <source>You can try again, register now (it takes a minute), or see the front desk.</source>
        <translation type="unfinished">می‌توانید دوباره امتحان کنید، همین حالا ثبت‌نام کنید (یک دقیقه طول می‌کشد) یا به میز پذیرش مراجعه کنید.</translation>
    </message>
    <message>
        <source>This class just filled up</source>
        <translation type="unfinished">این کلاس همین حالا پر شد</translation>
    </message>
    <message>
        <source>Please choose something else, or see the front desk.</source>
        <translation type="unfinished">لطفاً گزینه دیگری انتخاب کنید یا به میز پذیرش مراجعه کنید.</translation>
    </message>
    <message>
        <source>Please check what you typed</source>
        <translation type="unfinished">لطفاً آنچه وارد کردید را بررسی کنید</translation>
    </message>
    <message>
        <source>Something is missing or not right. The front desk can help.</source>
        <translation type="unfinished">چیزی کم است یا درست نیست. میز پذیرش می‌تواند کمک کند.</translation>
    </message>
    <message>
        <source>Sorry, something went wrong</source>
        <translation type="unfinished">متأسفیم، مشکلی پیش آمد</translation>
    </message>
    <message>
        <source>The children&apos;s room cannot take more children at that time. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">اتاق کودکان در آن زمان نمی‌تواند کودک دیگری بپذیرد. ورود شما ثبت شده است. لطفاً برای مراقبت از کودک به پذیرش مراجعه کنید.</translation>
    </message>
    <message>
        <source>Our children&apos;s room cannot take a child of that age. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">اتاق کودکان ما نمی‌تواند کودکی در این سن بپذیرد. ورود شما ثبت شده است. لطفاً برای مراقبت از کودک به پذیرش مراجعه کنید.</translation>
    </message>
    <message>
        <source>We could not reach the children&apos;s room just now. You are checked in. Please see the front desk to sign your children up.</source>
        <translation type="unfinished">در حال حاضر نتوانستیم با اتاق کودکان تماس بگیریم. ورود شما ثبت شد. لطفاً برای ثبت‌نام فرزندانتان به میز پذیرش مراجعه کنید.</translation>
    </message>
    <message>
        <source>Child care could not be booked here. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">رزرو مراقبت از کودک در اینجا ممکن نشد. ورود شما ثبت شده است. لطفاً برای مراقبت از کودک به پذیرش مراجعه کنید.</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>Type the pickup code from the parent&apos;s slip, or scan it.</source>
        <translation type="unfinished">کد تحویل را از رسید والد بنویسید، یا آن را اسکن کنید.</translation>
    </message>
    <message>
        <source>Children for code %1</source>
        <translation type="unfinished">کودکان با کد %1</translation>
    </message>
    <message>
        <source>%1: expected</source>
        <translation type="unfinished">%1: در انتظار</translation>
    </message>
    <message>
        <source>%1: in the room</source>
        <translation type="unfinished">%1: در اتاق</translation>
    </message>
    <message>
        <source>%1: picked up</source>
        <translation type="unfinished">%1: تحویل داده شد</translation>
    </message>
    <message numerus="yes">
        <source>Check in %n child(ren)</source>
        <translation type="unfinished">
            <numerusform>ثبت ورود %n کودک</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check out %n child(ren)</source>
        <translation type="unfinished">
            <numerusform>تحویل %n کودک</numerusform>
        </translation>
    </message>
    <message>
        <source>Say who is picking up (the name on their ID).</source>
        <translation type="unfinished">بگویید چه کسی کودک را می‌برد (نام روی کارت شناسایی).</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation type="unfinished">کد تحویل</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">کد</translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished">جستجو</translation>
    </message>
    <message>
        <source>Find the children of this code</source>
        <translation type="unfinished">جستجوی کودکان این کد</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">تحویل‌گیرنده</translation>
    </message>
    <message>
        <source>Print their labels</source>
        <translation type="unfinished">چاپ برچسب‌های آن‌ها</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message numerus="yes">
        <source>Check-ins per hour: %n in all</source>
        <translation type="unfinished">
            <numerusform>ورود در هر ساعت: در کل %n</numerusform>
        </translation>
    </message>
    <message>
        <source>busiest %1:00</source>
        <translation type="unfinished">شلوغ‌ترین %1:00</translation>
    </message>
</context>
<context>
    <name>KioskFlow</name>
    <message>
        <source>the next hour</source>
        <translation type="unfinished">یک ساعت آینده</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">PIN درست نیست. دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Too many tries. Please wait, then try again.</source>
        <translation type="unfinished">تلاش‌ها بیش از حد بود. لطفاً صبر کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Staff sign-in is not available</source>
        <translation type="unfinished">ورود کارکنان در دسترس نیست</translation>
    </message>
    <message>
        <source>Please call IT to leave kiosk mode.</source>
        <translation type="unfinished">برای خروج از حالت کیوسک با واحد فناوری اطلاعات تماس بگیرید.</translation>
    </message>
    <message>
        <source>CRC Kiosk: %1</source>
        <translation type="unfinished">کیوسک CRC: %1</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">پیام</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">دوباره امتحان کنید</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">وارد کردن شناسه</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">ثبت‌نام</translation>
    </message>
    <message>
        <source>Choose again</source>
        <translation type="unfinished">دوباره انتخاب کنید</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished">بازگشت به شروع</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation type="unfinished">صفحه‌کلید روی صفحه</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation type="unfinished">حذف آخرین نویسه</translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished">فاصله</translation>
    </message>
</context>
<context>
    <name>OverridePanel</name>
    <message>
        <source>Release %1 without the pickup code</source>
        <translation type="unfinished">تحویل %1 بدون کد تحویل</translation>
    </message>
    <message>
        <source>Say who is picking up (the name on their ID).</source>
        <translation type="unfinished">بگویید چه کسی کودک را می‌برد (نام روی کارت شناسایی).</translation>
    </message>
    <message>
        <source>A release without the code needs a reason: what happened, and how you checked who they are.</source>
        <translation type="unfinished">تحویل بدون کد به دلیل نیاز دارد: چه اتفاقی افتاد و چگونه هویت فرد را بررسی کردید.</translation>
    </message>
    <message>
        <source>Release without the code</source>
        <translation type="unfinished">تحویل بدون کد</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">تحویل‌گیرنده</translation>
    </message>
    <message>
        <source>Reason (recorded with your name)</source>
        <translation type="unfinished">دلیل (با نام شما ثبت می‌شود)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">دلیل</translation>
    </message>
    <message>
        <source>Release the child</source>
        <translation type="unfinished">تحویل کودک</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">لغو</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>Please type your first name.</source>
        <translation type="unfinished">لطفاً نام خود را وارد کنید.</translation>
    </message>
    <message>
        <source>Please type your last name.</source>
        <translation type="unfinished">لطفاً نام خانوادگی خود را وارد کنید.</translation>
    </message>
    <message>
        <source>Please type your date of birth: month, day, year.</source>
        <translation type="unfinished">لطفاً تاریخ تولد خود را وارد کنید: ماه، روز، سال.</translation>
    </message>
    <message>
        <source>A phone number has 10 digits. You can also leave it empty.</source>
        <translation type="unfinished">شماره تلفن ۱۰ رقم دارد. می‌توانید آن را خالی بگذارید.</translation>
    </message>
    <message>
        <source>Please type the member ID from your plan card.</source>
        <translation type="unfinished">لطفاً شماره عضویت روی کارت بیمه خود را وارد کنید.</translation>
    </message>
    <message>
        <source>Please answer: may we share your visits?</source>
        <translation type="unfinished">لطفاً پاسخ دهید: آیا می‌توانیم مراجعات شما را به اشتراک بگذاریم؟</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">ثبت‌نام</translation>
    </message>
    <message>
        <source>Tell us about you</source>
        <translation type="unfinished">درباره خودتان بگویید</translation>
    </message>
    <message>
        <source>It takes about a minute. Touch a box, then type on the keys.</source>
        <translation type="unfinished">حدود یک دقیقه طول می‌کشد. یک کادر را لمس کنید و با کلیدها بنویسید.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished">نام خانوادگی</translation>
    </message>
    <message>
        <source>Date of birth (month / day / year)</source>
        <translation type="unfinished">تاریخ تولد (ماه / روز / سال)</translation>
    </message>
    <message>
        <source>Phone (you can leave this empty)</source>
        <translation type="unfinished">تلفن (می‌توانید خالی بگذارید)</translation>
    </message>
    <message>
        <source>Language you prefer</source>
        <translation type="unfinished">زبان دلخواه شما</translation>
    </message>
    <message>
        <source>Your health plan, if you know it</source>
        <translation type="unfinished">بیمه درمانی شما، اگر می‌دانید</translation>
    </message>
    <message>
        <source>Member ID from your plan card</source>
        <translation type="unfinished">شماره عضویت روی کارت بیمه</translation>
    </message>
    <message>
        <source>May we tell your health plan when you visit us? It helps them help you.</source>
        <translation type="unfinished">آیا می‌توانیم هنگام مراجعه شما به بیمه درمانی‌تان اطلاع دهیم؟ این به آن‌ها کمک می‌کند به شما کمک کنند.</translation>
    </message>
    <message>
        <source>No plan / I don&apos;t know</source>
        <translation type="unfinished">بیمه ندارم / نمی‌دانم</translation>
    </message>
    <message>
        <source>Yes, share my visits</source>
        <translation type="unfinished">بله، مراجعاتم را به اشتراک بگذارید</translation>
    </message>
    <message>
        <source>No, do not share</source>
        <translation type="unfinished">نه، به اشتراک نگذارید</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">بازگشت</translation>
    </message>
    <message>
        <source>Register and continue</source>
        <translation type="unfinished">ثبت‌نام و ادامه</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <source>In the room: %1 of %2 places. Expected: %3.</source>
        <translation type="unfinished">در اتاق: %1 از %2 جا. در انتظار: %3.</translation>
    </message>
    <message>
        <source>Staff signed in: %1 (%2). Needed for the children here: %3.</source>
        <translation type="unfinished">کارکنان واردشده: %1 (%2). لازم برای این کودکان: %3.</translation>
    </message>
    <message>
        <source>Overdue: %1 (in since %2; the parent&apos;s class ended or the maximum stay is over). Call the parent or the front desk.</source>
        <translation type="unfinished">دیر شده: %1 (در اتاق از %2؛ کلاس والد تمام شده یا حداکثر زمان اقامت گذشته است). با والد یا پذیرش تماس بگیرید.</translation>
    </message>
    <message>
        <source>Class ending soon: %1 (the parent&apos;s class ends at %2). Get ready for pickup.</source>
        <translation type="unfinished">کلاس به‌زودی تمام می‌شود: %1 (کلاس والد ساعت %2 تمام می‌شود). برای تحویل آماده شوید.</translation>
    </message>
    <message>
        <source>Child-care room</source>
        <translation type="unfinished">اتاق مراقبت از کودک</translation>
    </message>
    <message>
        <source>Check in selected child</source>
        <translation type="unfinished">ثبت ورود کودک انتخاب‌شده</translation>
    </message>
    <message>
        <source>Release without code…</source>
        <translation type="unfinished">تحویل بدون کد…</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation type="unfinished">چاپ برچسب‌ها</translation>
    </message>
</context>
<context>
    <name>RosterTables</name>
    <message>
        <source>(override)</source>
        <translation type="unfinished">(استثنا)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform>%n ماه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform>%n سال</numerusform>
        </translation>
    </message>
    <message>
        <source>Allergy: %1</source>
        <translation type="unfinished">حساسیت: %1</translation>
    </message>
    <message>
        <source>Medical: %1</source>
        <translation type="unfinished">پزشکی: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">دیر شده</translation>
    </message>
    <message>
        <source>Class ending</source>
        <translation type="unfinished">کلاس رو به پایان</translation>
    </message>
    <message>
        <source>In the room (%1)</source>
        <translation type="unfinished">در اتاق (%1)</translation>
    </message>
    <message>
        <source>Expected (%1)</source>
        <translation type="unfinished">در انتظار (%1)</translation>
    </message>
    <message>
        <source>Picked up (%1)</source>
        <translation type="unfinished">تحویل‌شده (%1)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished">کودک</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">سن</translation>
    </message>
    <message>
        <source>In since</source>
        <translation type="unfinished">در اتاق از</translation>
    </message>
    <message>
        <source>Class ends</source>
        <translation type="unfinished">پایان کلاس</translation>
    </message>
    <message>
        <source>Allergy / medical</source>
        <translation type="unfinished">حساسیت / پزشکی</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished">هشدار</translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished">ورود</translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished">خروج</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">تحویل‌گیرنده</translation>
    </message>
</context>
<context>
    <name>StaffAccounts</name>
    <message>
        <source>%1 is added as %2 and can sign in with their PIN now.</source>
        <translation type="unfinished">%1 به‌عنوان %2 اضافه شد و اکنون می‌تواند با PIN خود وارد شود.</translation>
    </message>
    <message>
        <source>New PIN saved for %1. The old one no longer works.</source>
        <translation type="unfinished">PIN جدید برای %1 ذخیره شد. PIN قبلی دیگر کار نمی‌کند.</translation>
    </message>
    <message>
        <source>%1 is deactivated and can no longer sign in.</source>
        <translation type="unfinished">%1 غیرفعال شد و دیگر نمی‌تواند وارد شود.</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">PIN کارکنان</translation>
    </message>
    <message>
        <source>Staff only: type your PIN</source>
        <translation type="unfinished">فقط کارکنان: PIN خود را وارد کنید</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">لغو</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">باز کردن قفل</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>CRC front desk: %1</source>
        <translation type="unfinished">پذیرش CRC: %1</translation>
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
        <source>%n record(s) waiting, offline since %1</source>
        <translation type="unfinished">
            <numerusform>%n رکورد در انتظار، آفلاین از %1</numerusform>
        </translation>
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
    <message>
        <source>%1: credentials need attention (call IT)</source>
        <translation type="unfinished">%1: اعتبارنامه‌ها نیاز به رسیدگی دارند (با فناوری اطلاعات تماس بگیرید)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation type="unfinished">
            <numerusform>%n سابقه رد شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock is off by %n minute(s): check the time</source>
        <translation type="unfinished">
            <numerusform>ساعت %n دقیقه اختلاف دارد: زمان را بررسی کنید</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypedIdScreen</name>
    <message>
        <source>Type your ID</source>
        <translation type="unfinished">شناسه خود را وارد کنید</translation>
    </message>
    <message>
        <source>Type your member ID</source>
        <translation type="unfinished">شماره عضویت خود را وارد کنید</translation>
    </message>
    <message>
        <source>It is on your health plan card or Medi-Cal card.</source>
        <translation type="unfinished">روی کارت بیمه درمانی یا کارت Medi-Cal شما است.</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished">شماره عضویت</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">بازگشت</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">ادامه</translation>
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
        <source>Use the card scanner, or touch &quot;Type my ID&quot;.</source>
        <translation type="unfinished">از کارت‌خوان استفاده کنید یا «وارد کردن شناسه» را لمس کنید.</translation>
    </message>
    <message>
        <source>Hold your card or pass up to the camera</source>
        <translation type="unfinished">کارت یا کارت عبور خود را جلوی دوربین بگیرید</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">وارد کردن شناسه</translation>
    </message>
    <message>
        <source>I don&apos;t have a card</source>
        <translation type="unfinished">کارت ندارم</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished">متن بزرگ‌تر</translation>
    </message>
    <message>
        <source>Make the words on every screen bigger</source>
        <translation type="unfinished">بزرگ‌تر کردن کلمات در همه صفحه‌ها</translation>
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
