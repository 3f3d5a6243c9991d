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
    <name>ChildCareFlow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">PIN-ը սխալ է։ Փորձեք նորից։</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity. You still count as in the room.</source>
        <translation type="unfinished">
            <numerusform>Կողպվեց %n րոպե անգործությունից հետո։ Դուք դեռ հաշվվում եք սենյակում։</numerusform>
            <numerusform>Կողպվեց %n րոպե անգործությունից հետո։ Դուք դեռ հաշվվում եք սենյակում։</numerusform>
        </translation>
    </message>
    <message>
        <source>You left the room; you no longer count for its ratio.</source>
        <translation type="unfinished">Դուք լքեցիք սենյակը. այլևս չեք հաշվվում նրա հարաբերակցության մեջ։</translation>
    </message>
    <message>
        <source>You cannot leave yet: the children in the room need you for the ratio. Sign another staff member in, or check children out first.</source>
        <translation type="unfinished">Դեռ չեք կարող հեռանալ. սենյակի երեխաներին դուք պետք եք հարաբերակցության համար։ Մուտք գործեք մեկ այլ աշխատակցի, կամ նախ հանձնեք երեխաներին։</translation>
    </message>
    <message>
        <source>Signed in: %1, counted in %2</source>
        <translation type="unfinished">Մուտք է գործել՝ %1, հաշվվում է %2-ում</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished">Գրանցված է՝ %1</translation>
    </message>
    <message>
        <source>Picked up: %1</source>
        <translation type="unfinished">Տարվել է՝ %1</translation>
    </message>
    <message>
        <source>Released without the code: %1. The reason is recorded.</source>
        <translation type="unfinished">Հանձնվել է առանց կոդի՝ %1։ Պատճառը գրանցված է։</translation>
    </message>
    <message>
        <source>ALLERGY</source>
        <translation type="unfinished">ԱԼԵՐԳԻԱ</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished">մինչև %1</translation>
    </message>
    <message>
        <source>Pickup: %1</source>
        <translation type="unfinished">Տանում է՝ %1</translation>
    </message>
    <message>
        <source>No printer is set up on this station. You can save the labels as a PDF file instead.</source>
        <translation type="unfinished">Այս կայանում տպիչ կարգավորված չէ։ Կարող եք պիտակները պահել PDF ֆայլով։</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation type="unfinished">Պիտակների նախադիտում</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation type="unfinished">Թարմացնել (F5)</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation type="unfinished">Կողպել (Ctrl+L)</translation>
    </message>
    <message>
        <source>Leave the room</source>
        <translation type="unfinished">Լքել սենյակը</translation>
    </message>
</context>
<context>
    <name>ChildCareMessages</name>
    <message>
        <source>No child here matches that code today. Check the code on the slip; if it is lost, use a release with a reason.</source>
        <translation type="unfinished">Այսօր ոչ մի երեխա չի համապատասխանում այդ կոդին։ Ստուգեք կտրոնի կոդը. եթե այն կորել է, հանձնեք պատճառով։</translation>
    </message>
    <message>
        <source>Not checked in: the room would be over its staff-to-child ratio. Sign another staff member in to the room, or send the parent to the front desk.</source>
        <translation type="unfinished">Չգրանցվեց. սենյակը կգերազանցի աշխատակից-երեխա հարաբերակցությունը։ Սենյակ մուտք գործեք մեկ այլ աշխատակցի, կամ ուղարկեք ծնողին ընդունարան։</translation>
    </message>
    <message>
        <source>Not checked in: the room is full. Send the parent to the front desk.</source>
        <translation type="unfinished">Չգրանցվեց. սենյակը լիքն է։ Ուղարկեք ծնողին ընդունարան։</translation>
    </message>
    <message>
        <source>Do not hand the child over: %1 is on this child&apos;s refused list. Call a supervisor.</source>
        <translation type="unfinished">Մի հանձնեք երեխային. %1-ը այս երեխայի արգելված անձանց ցուցակում է։ Զանգահարեք ղեկավարին։</translation>
    </message>
    <message>
        <source>%1 is not a guardian or on the authorized list. Check their ID; release only with a reason.</source>
        <translation type="unfinished">%1-ը խնամակալ չէ և թույլատրվածների ցուցակում չէ։ Ստուգեք նրա փաստաթուղթը. հանձնեք միայն պատճառով։</translation>
    </message>
    <message>
        <source>That child is not in the room.</source>
        <translation type="unfinished">Այդ երեխան սենյակում չէ։</translation>
    </message>
    <message>
        <source>Only child-care staff or a supervisor can sign in at the child-care room.</source>
        <translation type="unfinished">Միայն երեխաների խնամքի աշխատակիցները կամ ղեկավարը կարող են մուտք գործել երեխաների խնամքի սենյակում։</translation>
    </message>
    <message>
        <source>This site has no child-care room set up. Call IT.</source>
        <translation type="unfinished">Այս կենտրոնում երեխաների խնամքի սենյակ կարգավորված չէ։ Զանգահարեք ՏՏ։</translation>
    </message>
</context>
<context>
    <name>ChildCareSignInScreen</name>
    <message>
        <source>Child care</source>
        <translation type="unfinished">Երեխաների խնամք</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter. You then count for the staff-to-child ratio of %1.</source>
        <translation type="unfinished">Մուտքագրեք ձեր աշխատակցի PIN-ը և սեղմեք Enter։ Դրանից հետո հաշվվում եք %1-ի աշխատակից-երեխա հարաբերակցության մեջ։</translation>
    </message>
</context>
<context>
    <name>ChildCareWindow</name>
    <message>
        <source>CRC child care: %1</source>
        <translation type="unfinished">CRC երեխաների խնամք՝ %1</translation>
    </message>
    <message>
        <source>This site has no child-care room set up. Call IT.</source>
        <translation type="unfinished">Այս կենտրոնում երեխաների խնամքի սենյակ կարգավորված չէ։ Զանգահարեք ՏՏ։</translation>
    </message>
    <message>
        <source>The lobby kiosks cannot sign children up for this room: this station has no site link key. Parents are sent to the front desk. Call IT.</source>
        <translation type="unfinished">Նախասրահի կրպակները չեն կարող երեխաներին գրանցել այս սենյակում․ այս կայանը չունի կենտրոնի կապի բանալին։ Ծնողներին ուղարկում են ընդունարան։ Զանգահարեք ՏՏ բաժին։</translation>
    </message>
    <message>
        <source>The lobby kiosks cannot sign children up for this room: port %1 is in use on this station. Parents are sent to the front desk. Call IT.</source>
        <translation type="unfinished">Նախասրահի կրպակները չեն կարող երեխաներին գրանցել այս սենյակում․ %1 պորտն այս կայանում զբաղված է։ Ծնողներին ուղարկում են ընդունարան։ Զանգահարեք ՏՏ բաժին։</translation>
    </message>
</context>
<context>
    <name>ChildrenScreen</name>
    <message>
        <source>Please type the child&apos;s first name.</source>
        <translation type="unfinished">Խնդրում ենք մուտքագրել երեխայի անունը։</translation>
    </message>
    <message>
        <source>Please type the child&apos;s last name.</source>
        <translation type="unfinished">Խնդրում ենք մուտքագրել երեխայի ազգանունը։</translation>
    </message>
    <message>
        <source>Please type the child&apos;s date of birth: month, day, year.</source>
        <translation type="unfinished">Խնդրում ենք մուտքագրել երեխայի ծննդյան ամսաթիվը՝ ամիս, օր, տարի։</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation type="unfinished">Երեխաների խնամք</translation>
    </message>
    <message>
        <source>Child care while you are here</source>
        <translation type="unfinished">Երեխաների խնամք, մինչ դուք այստեղ եք</translation>
    </message>
    <message>
        <source>Touch each child who will stay in the children&apos;s room.</source>
        <translation type="unfinished">Հպեք յուրաքանչյուր երեխայի, ով կմնա երեխաների սենյակում։</translation>
    </message>
    <message>
        <source>%1 During: %2</source>
        <translation type="unfinished">%1 Ընթացքում՝ %2</translation>
    </message>
    <message>
        <source>Add each child who will stay with us.</source>
        <translation type="unfinished">Ավելացրեք յուրաքանչյուր երեխայի, ով կմնա մեզ մոտ։</translation>
    </message>
    <message>
        <source>%1, age %2</source>
        <translation type="unfinished">%1, %2 տարեկան</translation>
    </message>
    <message>
        <source>Child&apos;s first name</source>
        <translation type="unfinished">Երեխայի անունը</translation>
    </message>
    <message>
        <source>Child&apos;s last name</source>
        <translation type="unfinished">Երեխայի ազգանունը</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth (month / day / year)</source>
        <translation type="unfinished">Երեխայի ծննդյան ամսաթիվը (ամիս / օր / տարի)</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation type="unfinished">Ավելացնել երեխա</translation>
    </message>
    <message>
        <source>Add this child</source>
        <translation type="unfinished">Ավելացնել այս երեխային</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Հետ</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished">Գրանցվել</translation>
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
        <source>I need child care</source>
        <translation type="unfinished">Երեխաների խնամք</translation>
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
        <source>Pickup code: %1</source>
        <translation type="unfinished">Վերցման կոդ՝ %1</translation>
    </message>
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
        <source>Child care for %1 in %2 until %3. Your pickup code:</source>
        <translation type="unfinished">Երեխաների խնամք %1-ի համար %2-ում մինչև %3։ Ձեր վերցման կոդը՝</translation>
    </message>
    <message>
        <source>Pickup code %1</source>
        <translation type="unfinished">Վերցման կոդ %1</translation>
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
        <source>Staff (F7)</source>
        <translation type="unfinished">Աշխատակազմ (F7)</translation>
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
    <name>DeskStaffScreen</name>
    <message>
        <source>(you)</source>
        <translation type="unfinished">(դուք)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">Ակտիվ</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished">Ապաակտիվացված</translation>
    </message>
    <message>
        <source>Pick a member in the list</source>
        <translation type="unfinished">Ընտրեք անդամին ցուցակից</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished">Ընտրված՝ %1</translation>
    </message>
    <message>
        <source>Selected: %1 (deactivated)</source>
        <translation type="unfinished">Ընտրված՝ %1 (ապաակտիվացված)</translation>
    </message>
    <message>
        <source>Type the PIN, then type it again.</source>
        <translation type="unfinished">Մուտքագրեք PIN-ը, ապա՝ կրկին։</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN twice.</source>
        <translation type="unfinished">Երկու PIN-երը նույնը չեն։ Մուտքագրեք PIN-ը երկու անգամ։</translation>
    </message>
    <message>
        <source>Type the member&apos;s name.</source>
        <translation type="unfinished">Մուտքագրեք անդամի անունը։</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account. Ask another supervisor or IT.</source>
        <translation type="unfinished">Դուք չեք կարող ապաակտիվացնել ձեր սեփական հաշիվը։ Դիմեք մեկ այլ ղեկավարի կամ ՏՏ-ին։</translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to sign in.</source>
        <translation type="unfinished">Ապաակտիվացնե՞լ %1-ին։ Նա այլևս չի կարողանա մուտք գործել։</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished">Ընդունարան</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation type="unfinished">Երեխաների խնամք</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished">Ղեկավար</translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished">ՏՏ</translation>
    </message>
    <message>
        <source>Another staff member already has that PIN. Choose another.</source>
        <translation type="unfinished">Մեկ այլ աշխատակից արդեն ունի այդ PIN-ը։ Ընտրեք մեկ այլ։</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess (one digit repeated, digits in a row, or a repeated pattern). Choose another.</source>
        <translation type="unfinished">Այդ PIN-ը շատ հեշտ է գուշակել (կրկնվող թիվ, հաջորդական թվեր կամ կրկնվող նախշ)։ Ընտրեք մեկ այլ։</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits (0-9).</source>
        <translation type="unfinished">PIN-ը 4-ից 8 թվանշան է (0-9)։</translation>
    </message>
    <message>
        <source>This is the last active member with this role. Add another one first.</source>
        <translation type="unfinished">Սա այս դերով վերջին ակտիվ անդամն է։ Նախ ավելացրեք ևս մեկին։</translation>
    </message>
    <message>
        <source>Only a supervisor or IT can manage staff accounts.</source>
        <translation type="unfinished">Միայն ղեկավարը կամ ՏՏ-ն կարող է կառավարել աշխատակիցների հաշիվները։</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished">Աշխատակիցների հաշիվներ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Անուն</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Դեր</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Կարգավիճակ</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished">Ավելացնել անդամ</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished">Անուն (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">Դեր (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation type="unfinished">&amp;PIN</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation type="unfinished">PIN կրկին (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation type="unfinished">Նոր PIN (&amp;N)</translation>
    </message>
    <message>
        <source>New PIN aga&amp;in</source>
        <translation type="unfinished">Նոր PIN կրկին (&amp;I)</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished">Ավելացնել անդամին</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation type="unfinished">Վերակայել PIN-ը</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished">Ապաակտիվացնել… (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Yes, deactivate</source>
        <translation type="unfinished">Այո, ապաակտիվացնել (&amp;Y)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished">Չեղարկել (Esc)</translation>
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
    <message>
        <source>The children&apos;s room cannot take more children at that time. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">Երեխաների սենյակն այդ ժամին այլևս երեխա չի կարող ընդունել։ Դուք գրանցված եք։ Երեխաների խնամքի համար դիմեք ընդունարան։</translation>
    </message>
    <message>
        <source>Our children&apos;s room cannot take a child of that age. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">Մեր երեխաների սենյակը չի կարող ընդունել այդ տարիքի երեխա։ Դուք գրանցված եք։ Երեխաների խնամքի համար դիմեք ընդունարան։</translation>
    </message>
    <message>
        <source>We could not reach the children&apos;s room just now. You are checked in. Please see the front desk to sign your children up.</source>
        <translation type="unfinished">Այս պահին չհաջողվեց կապվել մանկական սենյակի հետ։ Դուք գրանցված եք։ Խնդրում ենք դիմել ընդունարան՝ ձեր երեխաներին գրանցելու համար։</translation>
    </message>
    <message>
        <source>Child care could not be booked here. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">Այստեղ չհաջողվեց ամրագրել երեխաների խնամքը։ Դուք գրանցված եք։ Երեխաների խնամքի համար դիմեք ընդունարան։</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>Type the pickup code from the parent&apos;s slip, or scan it.</source>
        <translation type="unfinished">Մուտքագրեք ծնողի կտրոնի վերցման կոդը կամ սկանավորեք այն։</translation>
    </message>
    <message>
        <source>Children for code %1</source>
        <translation type="unfinished">%1 կոդով երեխաներ</translation>
    </message>
    <message>
        <source>%1: expected</source>
        <translation type="unfinished">%1՝ սպասվում է</translation>
    </message>
    <message>
        <source>%1: in the room</source>
        <translation type="unfinished">%1՝ սենյակում</translation>
    </message>
    <message>
        <source>%1: picked up</source>
        <translation type="unfinished">%1՝ տարվել է</translation>
    </message>
    <message numerus="yes">
        <source>Check in %n child(ren)</source>
        <translation type="unfinished">
            <numerusform>Գրանցել %n երեխա</numerusform>
            <numerusform>Գրանցել %n երեխա</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check out %n child(ren)</source>
        <translation type="unfinished">
            <numerusform>Հանձնել %n երեխա</numerusform>
            <numerusform>Հանձնել %n երեխա</numerusform>
        </translation>
    </message>
    <message>
        <source>Say who is picking up (the name on their ID).</source>
        <translation type="unfinished">Նշեք, թե ով է տանում (անունը՝ ըստ փաստաթղթի)։</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation type="unfinished">Վերցման կոդ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Կոդ</translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished">Գտնել</translation>
    </message>
    <message>
        <source>Find the children of this code</source>
        <translation type="unfinished">Գտնել այս կոդի երեխաներին</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">Տարել է</translation>
    </message>
    <message>
        <source>Print their labels</source>
        <translation type="unfinished">Տպել նրանց պիտակները</translation>
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
    <name>KioskFlow</name>
    <message>
        <source>the next hour</source>
        <translation type="unfinished">հաջորդ ժամը</translation>
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
    <name>OverridePanel</name>
    <message>
        <source>Release %1 without the pickup code</source>
        <translation type="unfinished">Հանձնել %1-ին առանց վերցման կոդի</translation>
    </message>
    <message>
        <source>Say who is picking up (the name on their ID).</source>
        <translation type="unfinished">Նշեք, թե ով է տանում (անունը՝ ըստ փաստաթղթի)։</translation>
    </message>
    <message>
        <source>A release without the code needs a reason: what happened, and how you checked who they are.</source>
        <translation type="unfinished">Առանց կոդի հանձնումը պատճառ է պահանջում՝ ինչ է պատահել և ինչպես եք ստուգել անձը։</translation>
    </message>
    <message>
        <source>Release without the code</source>
        <translation type="unfinished">Հանձնել առանց կոդի</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">Տարել է</translation>
    </message>
    <message>
        <source>Reason (recorded with your name)</source>
        <translation type="unfinished">Պատճառ (գրանցվում է ձեր անունով)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Պատճառ</translation>
    </message>
    <message>
        <source>Release the child</source>
        <translation type="unfinished">Հանձնել երեխային</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Չեղարկել</translation>
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
    <name>RoomScreen</name>
    <message>
        <source>In the room: %1 of %2 places. Expected: %3.</source>
        <translation type="unfinished">Սենյակում՝ %1 / %2 տեղ։ Սպասվում է՝ %3։</translation>
    </message>
    <message>
        <source>Staff signed in: %1 (%2). Needed for the children here: %3.</source>
        <translation type="unfinished">Մուտք գործած աշխատակիցներ՝ %1 (%2)։ Այս երեխաների համար անհրաժեշտ է՝ %3։</translation>
    </message>
    <message>
        <source>Overdue: %1 (in since %2; the parent&apos;s class ended or the maximum stay is over). Call the parent or the front desk.</source>
        <translation type="unfinished">Ժամկետանց՝ %1 (սենյակում է %2-ից. ծնողի դասն ավարտվել է կամ առավելագույն մնալու ժամանակն անցել է)։ Զանգահարեք ծնողին կամ ընդունարան։</translation>
    </message>
    <message>
        <source>Class ending soon: %1 (the parent&apos;s class ends at %2). Get ready for pickup.</source>
        <translation type="unfinished">Դասը շուտով ավարտվում է՝ %1 (ծնողի դասն ավարտվում է %2-ին)։ Պատրաստվեք հանձնմանը։</translation>
    </message>
    <message>
        <source>Child-care room</source>
        <translation type="unfinished">Երեխաների խնամքի սենյակ</translation>
    </message>
    <message>
        <source>Check in selected child</source>
        <translation type="unfinished">Գրանցել ընտրված երեխային</translation>
    </message>
    <message>
        <source>Release without code…</source>
        <translation type="unfinished">Հանձնել առանց կոդի…</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation type="unfinished">Տպել պիտակները</translation>
    </message>
</context>
<context>
    <name>RosterTables</name>
    <message>
        <source>(override)</source>
        <translation type="unfinished">(բացառություն)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform>%n ամիս</numerusform>
            <numerusform>%n ամիս</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform>%n տարեկան</numerusform>
            <numerusform>%n տարեկան</numerusform>
        </translation>
    </message>
    <message>
        <source>Allergy: %1</source>
        <translation type="unfinished">Ալերգիա՝ %1</translation>
    </message>
    <message>
        <source>Medical: %1</source>
        <translation type="unfinished">Բժշկական՝ %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">Ժամկետանց</translation>
    </message>
    <message>
        <source>Class ending</source>
        <translation type="unfinished">Դասն ավարտվում է</translation>
    </message>
    <message>
        <source>In the room (%1)</source>
        <translation type="unfinished">Սենյակում (%1)</translation>
    </message>
    <message>
        <source>Expected (%1)</source>
        <translation type="unfinished">Սպասվում են (%1)</translation>
    </message>
    <message>
        <source>Picked up (%1)</source>
        <translation type="unfinished">Տարվել են (%1)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished">Երեխա</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Տարիք</translation>
    </message>
    <message>
        <source>In since</source>
        <translation type="unfinished">Սենյակում է</translation>
    </message>
    <message>
        <source>Class ends</source>
        <translation type="unfinished">Դասի ավարտ</translation>
    </message>
    <message>
        <source>Allergy / medical</source>
        <translation type="unfinished">Ալերգիա / բժշկական</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished">Զգուշացում</translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished">Մուտք</translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished">Ելք</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">Տարել է</translation>
    </message>
</context>
<context>
    <name>StaffAccounts</name>
    <message>
        <source>%1 is added as %2 and can sign in with their PIN now.</source>
        <translation type="unfinished">%1-ը ավելացվել է որպես %2 և այժմ կարող է մուտք գործել իր PIN-ով։</translation>
    </message>
    <message>
        <source>New PIN saved for %1. The old one no longer works.</source>
        <translation type="unfinished">Նոր PIN-ը պահպանվել է %1-ի համար։ Հինը այլևս չի գործում։</translation>
    </message>
    <message>
        <source>%1 is deactivated and can no longer sign in.</source>
        <translation type="unfinished">%1-ը ապաակտիվացված է և այլևս չի կարող մուտք գործել։</translation>
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
