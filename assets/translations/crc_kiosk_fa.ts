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
        <source>Children with me</source>
        <translation type="unfinished">کودکانم همراهم هستند</translation>
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
        <source>Child care: please go to the front desk for your pickup code.</source>
        <translation type="unfinished">مراقبت از کودک: برای کد تحویل به میز پذیرش مراجعه کنید.</translation>
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
