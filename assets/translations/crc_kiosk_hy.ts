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
    <name>DeskDayScreen</name>
    <message>
        <source>In the building now (%1)</source>
        <translation type="unfinished">Հիմա շենքում (%1)</translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished">լրված</translation>
    </message>
    <message>
        <source>No plans</source>
        <translation type="unfinished">Ծրագրեր չկան</translation>
    </message>
    <message>
        <source>paused: credentials need attention (call IT)</source>
        <translation type="unfinished">դադարեցված է. հավատարմագրերը պահանջում են ուշադրություն (զանգեք ՏՏ)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, offline since %1</source>
        <translation type="unfinished">
            <numerusform>%n սպասում է, անցանց է %1-ից</numerusform>
            <numerusform>%n սպասում է, անցանց է %1-ից</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform>%n սպասում է</numerusform>
            <numerusform>%n սպասում է</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation type="unfinished">ամբողջը ուղարկված է</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation type="unfinished">
            <numerusform>%n մերժված</numerusform>
            <numerusform>%n մերժված</numerusform>
        </translation>
    </message>
    <message>
        <source>The day</source>
        <translation type="unfinished">Օրը</translation>
    </message>
    <message>
        <source>In the building now</source>
        <translation type="unfinished">Հիմա շենքում</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation type="unfinished">Այսօրվա դասերը</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished">Դաս</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">Սենյակ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Ժամ</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation type="unfinished">Գրանցված</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Կոդ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Անուն</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished">Սկսվում է</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished">Ավարտվում է</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished">Տեղեր</translation>
    </message>
    <message>
        <source>Save class</source>
        <translation type="unfinished">Պահել դասը</translation>
    </message>
    <message>
        <source>Check-ins per hour</source>
        <translation type="unfinished">Գրանցումներ ըստ ժամի</translation>
    </message>
    <message>
        <source>Sending to the plans</source>
        <translation type="unfinished">Ուղարկում ծրագրերին</translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished">Հաշվետվություն</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">Սկսած</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">Մինչև</translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished">Առաջին օր</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished">Վերջին օր</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished">Արտահանել CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished">Արտահանել PDF…</translation>
    </message>
</context>
<context>
    <name>DeskFlow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">PIN-ը սխալ է։ Փորձեք նորից։</translation>
    </message>
    <message numerus="yes">
        <source>Signed out after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform>Դուրս եք եկել %n րոպե անգործությունից հետո։</numerusform>
            <numerusform>Դուրս եք եկել %n րոպե անգործությունից հետո։</numerusform>
        </translation>
    </message>
    <message>
        <source>front desk</source>
        <translation type="unfinished">ընդունարան</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished">ղեկավար</translation>
    </message>
    <message>
        <source>child care</source>
        <translation type="unfinished">երեխաների խնամք</translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished">ՏՏ</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished">Մուտք է գործել՝ %1 (%2)</translation>
    </message>
    <message>
        <source>This card is not registered here yet. Complete the form to register.</source>
        <translation type="unfinished">Այս քարտը դեռ գրանցված չէ այստեղ։ Լրացրեք ձևը գրանցվելու համար։</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished">Գրանցված է՝ %1</translation>
    </message>
    <message>
        <source>Correction saved. The visit now has: %1</source>
        <translation type="unfinished">Ուղղումը պահված է։ Այցն այժմ ունի՝ %1</translation>
    </message>
    <message>
        <source>Visit voided. It no longer counts.</source>
        <translation type="unfinished">Այցը չեղարկված է։ Այն այլևս չի հաշվվում։</translation>
    </message>
    <message>
        <source>A person cannot be merged with themself.</source>
        <translation type="unfinished">Անձը չի կարող միավորվել ինքն իր հետ։</translation>
    </message>
    <message>
        <source>Merged. Their visits are now this person&apos;s.</source>
        <translation type="unfinished">Միավորված է։ Այցերն այժմ այս անձինն են։</translation>
    </message>
    <message>
        <source>Merge undone. They are two people again.</source>
        <translation type="unfinished">Միավորումը չեղարկված է։ Նրանք կրկին երկու անձ են։</translation>
    </message>
    <message>
        <source>No printer is set up on this station. The check-in is saved; you can print to a PDF file instead.</source>
        <translation type="unfinished">Այս կայանում տպիչ չկա։ Գրանցումը պահված է․ կարող եք տպել PDF ֆայլի մեջ։</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished">Տպման նախադիտում</translation>
    </message>
    <message>
        <source>Only a supervisor can change today&apos;s classes.</source>
        <translation type="unfinished">Միայն ղեկավարը կարող է փոխել այսօրվա դասերը։</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation type="unfinished">Հաշվետվությունը պահված է՝ %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV ֆայլեր (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">PDF ֆայլեր (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished">Պահել հաշվետվությունը</translation>
    </message>
    <message>
        <source>Search (F3)</source>
        <translation type="unfinished">Որոնել (F3)</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation type="unfinished">Նոր այցելու (Ctrl+N)</translation>
    </message>
    <message>
        <source>The day (F5)</source>
        <translation type="unfinished">Օրը (F5)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished">Դուրս գալ</translation>
    </message>
</context>
<context>
    <name>DeskMessages</name>
    <message>
        <source>Too many wrong PINs. Sign-in is locked until %1 (%2 min).</source>
        <translation type="unfinished">Չափազանց շատ սխալ PIN-եր։ Մուտքը արգելափակված է մինչև %1 (%2 րոպե)։</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">Չպահվեց՝ %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished">Չի գտնվել՝ %1</translation>
    </message>
    <message>
        <source>That class is full. Choose another.</source>
        <translation type="unfinished">Այդ դասը լրված է։ Ընտրեք այլ դաս։</translation>
    </message>
    <message>
        <source>That service is not offered here.</source>
        <translation type="unfinished">Այդ ծառայությունը այստեղ չի մատուցվում։</translation>
    </message>
    <message>
        <source>This is not available on this station yet.</source>
        <translation type="unfinished">Սա դեռ հասանելի չէ այս կայանում։</translation>
    </message>
    <message>
        <source>That did not work. Try again, or call IT if it keeps failing.</source>
        <translation type="unfinished">Չստացվեց։ Փորձեք կրկին կամ զանգեք ՏՏ, եթե շարունակվի։</translation>
    </message>
</context>
<context>
    <name>DeskPersonScreen</name>
    <message>
        <source>Born %1</source>
        <translation type="unfinished">Ծնվել է %1</translation>
    </message>
    <message>
        <source>last visit %1</source>
        <translation type="unfinished">վերջին այց %1</translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished">լրված</translation>
    </message>
    <message>
        <source>Not checked in today.</source>
        <translation type="unfinished">Այսօր չի գրանցվել։</translation>
    </message>
    <message>
        <source>Today&apos;s visit was voided.</source>
        <translation type="unfinished">Այսօրվա այցը չեղարկված է։</translation>
    </message>
    <message>
        <source>Checked in today: %1</source>
        <translation type="unfinished">Այսօր գրանցված է՝ %1</translation>
    </message>
    <message>
        <source>Choose at least one service or class first.</source>
        <translation type="unfinished">Նախ ընտրեք առնվազն մեկ ծառայություն կամ դաս։</translation>
    </message>
    <message>
        <source>Type a reason first (it is kept with the record).</source>
        <translation type="unfinished">Նախ գրեք պատճառը (այն պահվում է գրառման հետ)։</translation>
    </message>
    <message>
        <source>Change the services first, then save the correction.</source>
        <translation type="unfinished">Նախ փոխեք ծառայությունները, ապա պահեք ուղղումը։</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">վերջին այց</translation>
    </message>
    <message>
        <source>Find the duplicate first: type a name in the merge field.</source>
        <translation type="unfinished">Նախ գտեք կրկնօրինակը՝ գրեք անուն միավորման դաշտում։</translation>
    </message>
    <message>
        <source>Merge %1 into %2? It can be undone.</source>
        <translation type="unfinished">Միավորե՞լ %1-ը %2-ի հետ։ Այն կարելի է չեղարկել։</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Անձ</translation>
    </message>
    <message>
        <source>Services and today&apos;s classes</source>
        <translation type="unfinished">Ծառայություններ և այսօրվա դասեր</translation>
    </message>
    <message>
        <source>Check in (Ctrl+Enter)</source>
        <translation type="unfinished">Գրանցել (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">Պատճառ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Պատճառ</translation>
    </message>
    <message>
        <source>Why: e.g. chose the wrong class</source>
        <translation type="unfinished">Ինչու՝ օր․ սխալ դաս է ընտրել</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished">Պահել ուղղումը</translation>
    </message>
    <message>
        <source>Void visit</source>
        <translation type="unfinished">Չեղարկել այցը</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation type="unfinished">Տպել կտրոնը</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation type="unfinished">Տպել պիտակը</translation>
    </message>
    <message>
        <source>Merge a duplicate into this person</source>
        <translation type="unfinished">Միավորել կրկնօրինակը այս անձի հետ</translation>
    </message>
    <message>
        <source>Find the duplicate by name, phone or ID</source>
        <translation type="unfinished">Գտեք կրկնօրինակը անունով, հեռախոսով կամ ID-ով</translation>
    </message>
    <message>
        <source>Find the duplicate</source>
        <translation type="unfinished">Գտնել կրկնօրինակը</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished">Հնարավոր կրկնօրինակներ</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished">Միավորել…</translation>
    </message>
    <message>
        <source>Confirm merge</source>
        <translation type="unfinished">Հաստատել միավորումը</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished">Չեղարկել միավորումը</translation>
    </message>
</context>
<context>
    <name>DeskRegisterScreen</name>
    <message>
        <source>Type the first name.</source>
        <translation type="unfinished">Գրեք անունը։</translation>
    </message>
    <message>
        <source>Type the last name.</source>
        <translation type="unfinished">Գրեք ազգանունը։</translation>
    </message>
    <message>
        <source>That date of birth is in the future.</source>
        <translation type="unfinished">Այդ ծննդյան ամսաթիվը ապագայում է։</translation>
    </message>
    <message>
        <source>There is no such date. Type the date of birth as MM/DD/YYYY, e.g. 03/14/1986.</source>
        <translation type="unfinished">Այդպիսի ամսաթիվ չկա։ Գրեք ծննդյան ամսաթիվը MM/DD/YYYY ձևով, օր․ 03/14/1986։</translation>
    </message>
    <message>
        <source>Type the date of birth as MM/DD/YYYY, e.g. 03/14/1986.</source>
        <translation type="unfinished">Գրեք ծննդյան ամսաթիվը MM/DD/YYYY ձևով, օր․ 03/14/1986։</translation>
    </message>
    <message>
        <source>A phone number has 10 digits, e.g. 213-555-0100.</source>
        <translation type="unfinished">Հեռախոսահամարն ունի 10 թվանշան, օր․ 213-555-0100։</translation>
    </message>
    <message>
        <source>That is not a member ID of this plan. Expected: %1</source>
        <translation type="unfinished">Սա այս ծրագրի անդամի ID չէ։ Սպասվում է՝ %1</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">վերջին այց</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation type="unfinished">Գրանցել նոր այցելուին</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished">Անուն</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished">Ազգանուն</translation>
    </message>
    <message>
        <source>&amp;Date of birth (MM/DD/YYYY)</source>
        <translation type="unfinished">Ծննդյան ամսաթիվ (MM/DD/YYYY)</translation>
    </message>
    <message>
        <source>&amp;Phone (optional)</source>
        <translation type="unfinished">Հեռախոս (ըստ ցանկության)</translation>
    </message>
    <message>
        <source>Preferred l&amp;anguage</source>
        <translation type="unfinished">Նախընտրելի լեզու</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation type="unfinished">Ծրագիր</translation>
    </message>
    <message>
        <source>&amp;Member ID</source>
        <translation type="unfinished">Անդամի ID</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation type="unfinished">MM/DD/YYYY</translation>
    </message>
    <message>
        <source>No plan / not known</source>
        <translation type="unfinished">Ծրագիր չկա / անհայտ է</translation>
    </message>
    <message>
        <source>Agrees to share visit data with this plan</source>
        <translation type="unfinished">Համաձայն է կիսվել այցի տվյալներով այս ծրագրի հետ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Չեղարկել</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished">Պահել (Enter)</translation>
    </message>
    <message>
        <source>This may be someone already registered. Use that person, or save as new.</source>
        <translation type="unfinished">Սա կարող է արդեն գրանցված անձ լինել։ Օգտագործեք այդ անձին կամ պահեք որպես նոր։</translation>
    </message>
    <message>
        <source>Similar people</source>
        <translation type="unfinished">Նման անձինք</translation>
    </message>
    <message>
        <source>Use this person</source>
        <translation type="unfinished">Օգտագործել այս անձին</translation>
    </message>
    <message>
        <source>Save as new</source>
        <translation type="unfinished">Պահել որպես նոր</translation>
    </message>
</context>
<context>
    <name>DeskSearchScreen</name>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation type="unfinished">
            <numerusform>Գտնվել է %n անձ</numerusform>
            <numerusform>Գտնվել է %n անձ</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found. Press Ctrl+N to register a walk-in.</source>
        <translation type="unfinished">Ոչ ոք չի գտնվել։ Սեղմեք Ctrl+N նոր այցելու գրանցելու համար։</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">վերջին այց</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished">Որոնել մարդկանց</translation>
    </message>
    <message>
        <source>Find a person (Ctrl+F)</source>
        <translation type="unfinished">Գտնել անձին (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name, phone, date of birth or member ID</source>
        <translation type="unfinished">Անուն, հեռախոս, ծննդյան ամսաթիվ կամ անդամի ID</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Որոնել</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation type="unfinished">Նոր այցելու (Ctrl+N)</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">Գտնված անձինք</translation>
    </message>
</context>
<context>
    <name>DeskSignInScreen</name>
    <message>
        <source>Type your PIN, then press Enter.</source>
        <translation type="unfinished">Գրեք ձեր PIN-ը, ապա սեղմեք Enter։</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation type="unfinished">Աշխատակցի մուտք</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished">Ընդունարան</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter.</source>
        <translation type="unfinished">Գրեք ձեր աշխատակցի PIN-ը և սեղմեք Enter։</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished">Մուտք գործել</translation>
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
    <name>HourChart</name>
    <message numerus="yes">
        <source>Check-ins per hour: %n in all</source>
        <translation type="unfinished">
            <numerusform>Գրանցումներ ըստ ժամի՝ ընդամենը %n</numerusform>
            <numerusform>Գրանցումներ ըստ ժամի՝ ընդամենը %n</numerusform>
        </translation>
    </message>
    <message>
        <source>busiest %1:00</source>
        <translation type="unfinished">ամենածանրաբեռնված՝ %1:00</translation>
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
    <name>StaffWindow</name>
    <message>
        <source>CRC front desk: %1</source>
        <translation type="unfinished">CRC ընդունարան՝ %1</translation>
    </message>
    <message>
        <source>Child care check-in comes next. This station has nothing to do yet.</source>
        <translation type="unfinished">Երեխաների խնամքի գրանցումը շուտով կլինի։ Այս կայանը դեռ անելիք չունի։</translation>
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
        <source>Larger text</source>
        <translation type="unfinished">Ավելի մեծ տեքստ</translation>
    </message>
    <message>
        <source>Make the words on every screen bigger</source>
        <translation type="unfinished">Մեծացնել բառերը բոլոր էկրաններին</translation>
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
