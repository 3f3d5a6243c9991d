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
    <name>ChooseScreen</name>
    <message>
        <source>Choose why you came</source>
        <translation type="unfinished">Ընտրեք՝ ինչու եք եկել</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished">Բարի գալուստ, %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">Բարի գալուստ</translation>
    </message>
    <message>
        <source>What are you here for today? Touch one or more.</source>
        <translation type="unfinished">Ինչի՞ համար եք այսօր եկել։ Հպեք մեկը կամ մի քանիսը։</translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished">Ծառայություններ</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation type="unfinished">Այսօրվա դասերը</translation>
    </message>
    <message>
        <source>No classes today.</source>
        <translation type="unfinished">Այսօր դասեր չկան։</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished">%1–%2</translation>
    </message>
    <message>
        <source>%1 (full)</source>
        <translation type="unfinished">%1 (լրացված է)</translation>
    </message>
    <message>
        <source>Children with me</source>
        <translation type="unfinished">Ինձ հետ երեխաներ կան</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Չեղարկել</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished">Գրանցվել</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Your slip is printing.</source>
        <translation type="unfinished">Ձեր կտրոնը տպվում է։</translation>
    </message>
    <message>
        <source>The printer is not available. Please take a photo of the screen.</source>
        <translation type="unfinished">Տպիչը հասանելի չէ։ Խնդրում ենք լուսանկարել էկրանը։</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation type="unfinished">Դուք գրանցված եք</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Պատրաստ է</translation>
    </message>
    <message>
        <source>Your CRC pass QR code</source>
        <translation type="unfinished">Ձեր CRC անցաթղթի QR կոդը</translation>
    </message>
    <message>
        <source>Take a photo of this code. Next time, scan it here.</source>
        <translation type="unfinished">Լուսանկարեք այս կոդը։ Հաջորդ անգամ սկանավորեք այն այստեղ։</translation>
    </message>
    <message>
        <source>Print a slip</source>
        <translation type="unfinished">Տպել կտրոն</translation>
    </message>
    <message>
        <source>You are already checked in</source>
        <translation type="unfinished">Դուք արդեն գրանցված եք</translation>
    </message>
    <message>
        <source>You are checked in, %1</source>
        <translation type="unfinished">Դուք գրանցված եք, %1</translation>
    </message>
    <message>
        <source>Child care: please go to the front desk for your pickup code.</source>
        <translation type="unfinished">Երեխաների խնամք․ վերցնելու կոդի համար մոտեցեք ընդունարան։</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">Դեռ այստե՞ղ եք</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s), to keep your information private.</source>
        <translation type="unfinished">
            <numerusform>Կսկսենք նորից %n վայրկյանից՝ ձեր տվյալները պաշտպանելու համար։</numerusform>
            <numerusform>Կսկսենք նորից %n վայրկյանից՝ ձեր տվյալները պաշտպանելու համար։</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished">Ես այստեղ եմ</translation>
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
    <message>
        <source>Please use your member card</source>
        <translation type="unfinished">Խնդրում ենք օգտագործել ձեր անդամի քարտը</translation>
    </message>
    <message>
        <source>A driver&apos;s license or state ID cannot be used here, and nothing from it was kept. Scan your health plan card or CRC pass, or type your details.</source>
        <translation type="unfinished">Վարորդական իրավունքը կամ նահանգի ID-ն այստեղ չի կարող օգտագործվել, և դրանից ոչինչ չի պահվել։ Սկանավորեք ձեր առողջապահական ծրագրի քարտը կամ CRC անցաթուղթը, կամ մուտքագրեք ձեր տվյալները։</translation>
    </message>
    <message>
        <source>A bank card cannot be used here. Scan your health plan card or CRC pass, or type your ID.</source>
        <translation type="unfinished">Բանկային քարտն այստեղ չի կարող օգտագործվել։ Սկանավորեք ձեր առողջապահական ծրագրի քարտը կամ CRC անցաթուղթը, կամ մուտքագրեք ձեր ID-ն։</translation>
    </message>
    <message>
        <source>We could not read this pass</source>
        <translation type="unfinished">Չհաջողվեց կարդալ այս անցաթուղթը</translation>
    </message>
    <message>
        <source>Please see the front desk. They will check you in.</source>
        <translation type="unfinished">Խնդրում ենք մոտենալ ընդունարան։ Այնտեղ ձեզ կգրանցեն։</translation>
    </message>
    <message>
        <source>We could not use this card</source>
        <translation type="unfinished">Չհաջողվեց օգտագործել այս քարտը</translation>
    </message>
    <message>
        <source>Try again, type your ID, or touch &quot;I don&apos;t have a card&quot;. The front desk can also help.</source>
        <translation type="unfinished">Փորձեք նորից, մուտքագրեք ձեր ID-ն կամ հպեք «Քարտ չունեմ»։ Ընդունարանը նույնպես կօգնի։</translation>
    </message>
    <message>
        <source>Please type your member ID.</source>
        <translation type="unfinished">Խնդրում ենք մուտքագրել ձեր անդամի ID-ն։</translation>
    </message>
    <message>
        <source>This ID does not look complete or right. Please check it.</source>
        <translation type="unfinished">Այս ID-ն թերի կամ սխալ է թվում։ Խնդրում ենք ստուգել։</translation>
    </message>
    <message>
        <source>This ID matches more than one card. Please see the front desk.</source>
        <translation type="unfinished">Այս ID-ն համապատասխանում է մեկից ավելի քարտի։ Մոտեցեք ընդունարան։</translation>
    </message>
    <message>
        <source>This is not an ID we know. Please check it.</source>
        <translation type="unfinished">Այս ID-ն մեզ անծանոթ է։ Խնդրում ենք ստուգել։</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished">Օրինակ՝ %1</translation>
    </message>
    <message>
        <source>We did not find this ID</source>
        <translation type="unfinished">Այս ID-ն չգտնվեց</translation>
    </message>
    <message>
        <source>You can try again, register now (it takes a minute), or see the front desk.</source>
        <translation type="unfinished">Կարող եք փորձել նորից, գրանցվել հիմա (մեկ րոպե է տևում) կամ մոտենալ ընդունարան։</translation>
    </message>
    <message>
        <source>This class just filled up</source>
        <translation type="unfinished">Այս դասն արդեն լրացվել է</translation>
    </message>
    <message>
        <source>Please choose something else, or see the front desk.</source>
        <translation type="unfinished">Ընտրեք այլ բան կամ մոտեցեք ընդունարան։</translation>
    </message>
    <message>
        <source>Please check what you typed</source>
        <translation type="unfinished">Ստուգեք մուտքագրածը</translation>
    </message>
    <message>
        <source>Something is missing or not right. The front desk can help.</source>
        <translation type="unfinished">Ինչ-որ բան պակասում է կամ սխալ է։ Ընդունարանը կօգնի։</translation>
    </message>
    <message>
        <source>Sorry, something went wrong</source>
        <translation type="unfinished">Ներողություն, ինչ-որ բան սխալ գնաց</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">PIN-ը սխալ է։ Փորձեք նորից։</translation>
    </message>
    <message>
        <source>Too many tries. Please wait, then try again.</source>
        <translation type="unfinished">Չափազանց շատ փորձեր։ Սպասեք, ապա փորձեք նորից։</translation>
    </message>
    <message>
        <source>Staff sign-in is not available</source>
        <translation type="unfinished">Աշխատակազմի մուտքը հասանելի չէ</translation>
    </message>
    <message>
        <source>Please call IT to leave kiosk mode.</source>
        <translation type="unfinished">Կիոսկի ռեժիմից դուրս գալու համար զանգահարեք ՏՏ բաժին։</translation>
    </message>
    <message>
        <source>CRC Kiosk: %1</source>
        <translation type="unfinished">CRC կրպակ՝ %1</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">Հաղորդագրություն</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">Փորձել նորից</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">Մուտքագրել ID-ն</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">Գրանցվել</translation>
    </message>
    <message>
        <source>Choose again</source>
        <translation type="unfinished">Ընտրել նորից</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished">Վերադառնալ սկիզբ</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation type="unfinished">Էկրանային ստեղնաշար</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation type="unfinished">Ջնջել վերջին նշանը</translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished">Բացատ</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>Please type your first name.</source>
        <translation type="unfinished">Մուտքագրեք ձեր անունը։</translation>
    </message>
    <message>
        <source>Please type your last name.</source>
        <translation type="unfinished">Մուտքագրեք ձեր ազգանունը։</translation>
    </message>
    <message>
        <source>Please type your date of birth: month, day, year.</source>
        <translation type="unfinished">Մուտքագրեք ծննդյան ամսաթիվը՝ ամիս, օր, տարի։</translation>
    </message>
    <message>
        <source>A phone number has 10 digits. You can also leave it empty.</source>
        <translation type="unfinished">Հեռախոսահամարն ունի 10 թվանշան։ Կարող եք նաև դատարկ թողնել։</translation>
    </message>
    <message>
        <source>Please type the member ID from your plan card.</source>
        <translation type="unfinished">Մուտքագրեք անդամի ID-ն ձեր ծրագրի քարտից։</translation>
    </message>
    <message>
        <source>Please answer: may we share your visits?</source>
        <translation type="unfinished">Պատասխանեք՝ կարո՞ղ ենք կիսվել ձեր այցերով։</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">Գրանցվել</translation>
    </message>
    <message>
        <source>Tell us about you</source>
        <translation type="unfinished">Պատմեք ձեր մասին</translation>
    </message>
    <message>
        <source>It takes about a minute. Touch a box, then type on the keys.</source>
        <translation type="unfinished">Մոտ մեկ րոպե է տևում։ Հպեք դաշտին, ապա գրեք ստեղներով։</translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished">Անուն</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished">Ազգանուն</translation>
    </message>
    <message>
        <source>Date of birth (month / day / year)</source>
        <translation type="unfinished">Ծննդյան ամսաթիվ (ամիս / օր / տարի)</translation>
    </message>
    <message>
        <source>Phone (you can leave this empty)</source>
        <translation type="unfinished">Հեռախոս (կարող եք դատարկ թողնել)</translation>
    </message>
    <message>
        <source>Language you prefer</source>
        <translation type="unfinished">Նախընտրած լեզուն</translation>
    </message>
    <message>
        <source>Your health plan, if you know it</source>
        <translation type="unfinished">Ձեր առողջապահական ծրագիրը, եթե գիտեք</translation>
    </message>
    <message>
        <source>Member ID from your plan card</source>
        <translation type="unfinished">Անդամի ID-ն ծրագրի քարտից</translation>
    </message>
    <message>
        <source>May we tell your health plan when you visit us? It helps them help you.</source>
        <translation type="unfinished">Կարո՞ղ ենք տեղեկացնել ձեր ծրագրին, երբ այցելում եք մեզ։ Դա կօգնի նրանց օգնել ձեզ։</translation>
    </message>
    <message>
        <source>No plan / I don&apos;t know</source>
        <translation type="unfinished">Ծրագիր չունեմ / Չգիտեմ</translation>
    </message>
    <message>
        <source>Yes, share my visits</source>
        <translation type="unfinished">Այո, կիսվեք իմ այցերով</translation>
    </message>
    <message>
        <source>No, do not share</source>
        <translation type="unfinished">Ոչ, մի կիսվեք</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Հետ</translation>
    </message>
    <message>
        <source>Register and continue</source>
        <translation type="unfinished">Գրանցվել և շարունակել</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">Աշխատակցի PIN</translation>
    </message>
    <message>
        <source>Staff only: type your PIN</source>
        <translation type="unfinished">Միայն աշխատակազմի համար՝ մուտքագրեք PIN-ը</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Չեղարկել</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">Ապակողպել</translation>
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
        <source>%n record(s) waiting, offline since %1</source>
        <translation type="unfinished">
            <numerusform>%n գրառում սպասում է, անցանց %1-ից</numerusform>
            <numerusform>%n գրառում սպասում է, անցանց %1-ից</numerusform>
        </translation>
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
    <message>
        <source>%1: credentials need attention (call IT)</source>
        <translation type="unfinished">%1. մուտքի տվյալները ուշադրության կարիք ունեն (զանգահարեք ՏՏ)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation type="unfinished">
            <numerusform>%n գրառում մերժվել է</numerusform>
            <numerusform>%n գրառում մերժվել է</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock is off by %n minute(s): check the time</source>
        <translation type="unfinished">
            <numerusform>Ժամացույցը շեղված է %n րոպեով. ստուգեք ժամը</numerusform>
            <numerusform>Ժամացույցը շեղված է %n րոպեով. ստուգեք ժամը</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypedIdScreen</name>
    <message>
        <source>Type your ID</source>
        <translation type="unfinished">Մուտքագրեք ID-ն</translation>
    </message>
    <message>
        <source>Type your member ID</source>
        <translation type="unfinished">Մուտքագրեք անդամի ID-ն</translation>
    </message>
    <message>
        <source>It is on your health plan card or Medi-Cal card.</source>
        <translation type="unfinished">Այն նշված է ձեր առողջապահական ծրագրի կամ Medi-Cal քարտի վրա։</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished">Անդամի ID</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Հետ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Շարունակել</translation>
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
        <source>Use the card scanner, or touch &quot;Type my ID&quot;.</source>
        <translation type="unfinished">Օգտագործեք քարտի սկաները կամ հպեք «Մուտքագրել ID-ն»։</translation>
    </message>
    <message>
        <source>Hold your card or pass up to the camera</source>
        <translation type="unfinished">Պահեք ձեր քարտը կամ անցագիրը տեսախցիկի առջև</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">Մուտքագրել ID-ն</translation>
    </message>
    <message>
        <source>I don&apos;t have a card</source>
        <translation type="unfinished">Քարտ չունեմ</translation>
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
