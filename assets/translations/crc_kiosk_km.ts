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
    <name>ChildCareFlow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">PIN មិនត្រឹមត្រូវទេ។ សូមព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity. You still count as in the room.</source>
        <translation type="unfinished">
            <numerusform>បានចាក់សោបន្ទាប់ពីគ្មានសកម្មភាព %n នាទី។ អ្នកនៅតែត្រូវបានរាប់ថានៅក្នុងបន្ទប់។</numerusform>
            <numerusform>បានចាក់សោបន្ទាប់ពីគ្មានសកម្មភាព %n នាទី។ អ្នកនៅតែត្រូវបានរាប់ថានៅក្នុងបន្ទប់។</numerusform>
        </translation>
    </message>
    <message>
        <source>You left the room; you no longer count for its ratio.</source>
        <translation type="unfinished">អ្នកបានចាកចេញពីបន្ទប់ហើយ; អ្នកលែងត្រូវបានរាប់ក្នុងសមាមាត្ររបស់វាទៀតហើយ។</translation>
    </message>
    <message>
        <source>You cannot leave yet: the children in the room need you for the ratio. Sign another staff member in, or check children out first.</source>
        <translation type="unfinished">អ្នកមិនទាន់អាចចាកចេញបានទេ៖ កុមារក្នុងបន្ទប់ត្រូវការអ្នកសម្រាប់សមាមាត្រ។ សូមឱ្យបុគ្គលិកម្នាក់ទៀតចូល ឬប្រគល់កុមារមួយចំនួនជាមុនសិន។</translation>
    </message>
    <message>
        <source>Signed in: %1, counted in %2</source>
        <translation type="unfinished">បានចូល៖ %1 ត្រូវបានរាប់នៅ %2</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished">បានចុះឈ្មោះចូល៖ %1</translation>
    </message>
    <message>
        <source>Picked up: %1</source>
        <translation type="unfinished">បានទទួលយកទៅវិញ៖ %1</translation>
    </message>
    <message>
        <source>Released without the code: %1. The reason is recorded.</source>
        <translation type="unfinished">បានប្រគល់ដោយគ្មានលេខកូដ៖ %1។ មូលហេតុត្រូវបានកត់ត្រា។</translation>
    </message>
    <message>
        <source>ALLERGY</source>
        <translation type="unfinished">អាឡែហ្ស៊ី</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished">ដល់ម៉ោង %1</translation>
    </message>
    <message>
        <source>Pickup: %1</source>
        <translation type="unfinished">ទទួលយក៖ %1</translation>
    </message>
    <message>
        <source>No printer is set up on this station. You can save the labels as a PDF file instead.</source>
        <translation type="unfinished">ស្ថានីយនេះមិនទាន់មានម៉ាស៊ីនបោះពុម្ពទេ។ អ្នកអាចរក្សាទុកស្លាកជាឯកសារ PDF ជំនួសវិញ។</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation type="unfinished">មើលស្លាកជាមុន</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation type="unfinished">ផ្ទុកឡើងវិញ (F5)</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation type="unfinished">ចាក់សោ (Ctrl+L)</translation>
    </message>
    <message>
        <source>Leave the room</source>
        <translation type="unfinished">ចាកចេញពីបន្ទប់</translation>
    </message>
</context>
<context>
    <name>ChildCareMessages</name>
    <message>
        <source>No child here matches that code today. Check the code on the slip; if it is lost, use a release with a reason.</source>
        <translation type="unfinished">ថ្ងៃនេះគ្មានកុមារណាត្រូវនឹងលេខកូដនោះទេ។ សូមពិនិត្យលេខកូដលើបង្កាន់ដៃ; បើវាបាត់ សូមប្រគល់ដោយមានមូលហេតុ។</translation>
    </message>
    <message>
        <source>Not checked in: the room would be over its staff-to-child ratio. Sign another staff member in to the room, or send the parent to the front desk.</source>
        <translation type="unfinished">មិនបានចុះឈ្មោះចូល៖ បន្ទប់នឹងលើសសមាមាត្របុគ្គលិកនិងកុមារ។ សូមឱ្យបុគ្គលិកម្នាក់ទៀតចូលបន្ទប់ ឬបញ្ជូនឪពុកម្តាយទៅតុទទួលភ្ញៀវ។</translation>
    </message>
    <message>
        <source>Not checked in: the room is full. Send the parent to the front desk.</source>
        <translation type="unfinished">មិនបានចុះឈ្មោះចូល៖ បន្ទប់ពេញហើយ។ សូមបញ្ជូនឪពុកម្តាយទៅតុទទួលភ្ញៀវ។</translation>
    </message>
    <message>
        <source>Do not hand the child over: %1 is on this child&apos;s refused list. Call a supervisor.</source>
        <translation type="unfinished">កុំប្រគល់កុមារ៖ %1 ស្ថិតក្នុងបញ្ជីហាមឃាត់របស់កុមារនេះ។ សូមហៅអ្នកគ្រប់គ្រង។</translation>
    </message>
    <message>
        <source>%1 is not a guardian or on the authorized list. Check their ID; release only with a reason.</source>
        <translation type="unfinished">%1 មិនមែនជាអាណាព្យាបាល ឬនៅក្នុងបញ្ជីដែលបានអនុញ្ញាតទេ។ សូមពិនិត្យអត្តសញ្ញាណប័ណ្ណ; ប្រគល់តែពេលមានមូលហេតុប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>That child is not in the room.</source>
        <translation type="unfinished">កុមារនោះមិននៅក្នុងបន្ទប់ទេ។</translation>
    </message>
    <message>
        <source>Only child-care staff or a supervisor can sign in at the child-care room.</source>
        <translation type="unfinished">មានតែបុគ្គលិកថែទាំកុមារ ឬអ្នកគ្រប់គ្រងប៉ុណ្ណោះដែលអាចចូលនៅបន្ទប់ថែទាំកុមារ។</translation>
    </message>
    <message>
        <source>This site has no child-care room set up. Call IT.</source>
        <translation type="unfinished">មណ្ឌលនេះមិនទាន់រៀបចំបន្ទប់ថែទាំកុមារទេ។ សូមហៅផ្នែក IT។</translation>
    </message>
</context>
<context>
    <name>ChildCareSignInScreen</name>
    <message>
        <source>Child care</source>
        <translation type="unfinished">ការថែទាំកុមារ</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter. You then count for the staff-to-child ratio of %1.</source>
        <translation type="unfinished">វាយលេខ PIN បុគ្គលិករបស់អ្នក ហើយចុច Enter។ បន្ទាប់មកអ្នកត្រូវបានរាប់ក្នុងសមាមាត្របុគ្គលិកនិងកុមាររបស់ %1។</translation>
    </message>
</context>
<context>
    <name>ChildCareWindow</name>
    <message>
        <source>CRC child care: %1</source>
        <translation type="unfinished">ការថែទាំកុមារ CRC៖ %1</translation>
    </message>
    <message>
        <source>This site has no child-care room set up. Call IT.</source>
        <translation type="unfinished">មណ្ឌលនេះមិនទាន់រៀបចំបន្ទប់ថែទាំកុមារទេ។ សូមហៅផ្នែក IT។</translation>
    </message>
    <message>
        <source>The lobby kiosks cannot sign children up for this room: this station has no site link key. Parents are sent to the front desk. Call IT.</source>
        <translation type="unfinished">ម៉ាស៊ីនបម្រើខ្លួនឯងនៅសាលរង់ចាំមិនអាចចុះឈ្មោះកុមារសម្រាប់បន្ទប់នេះបានទេ៖ ស្ថានីយនេះគ្មានកូនសោតំណមជ្ឈមណ្ឌល។ ឪពុកម្តាយត្រូវបានបញ្ជូនទៅតុទទួលភ្ញៀវ។ សូមហៅ IT។</translation>
    </message>
    <message>
        <source>The lobby kiosks cannot sign children up for this room: port %1 is in use on this station. Parents are sent to the front desk. Call IT.</source>
        <translation type="unfinished">ម៉ាស៊ីនបម្រើខ្លួនឯងនៅសាលរង់ចាំមិនអាចចុះឈ្មោះកុមារសម្រាប់បន្ទប់នេះបានទេ៖ ច្រក %1 កំពុងប្រើនៅលើស្ថានីយនេះ។ ឪពុកម្តាយត្រូវបានបញ្ជូនទៅតុទទួលភ្ញៀវ។ សូមហៅ IT។</translation>
    </message>
</context>
<context>
    <name>ChildrenScreen</name>
    <message>
        <source>Please type the child&apos;s first name.</source>
        <translation type="unfinished">សូមវាយនាមខ្លួនរបស់កុមារ។</translation>
    </message>
    <message>
        <source>Please type the child&apos;s last name.</source>
        <translation type="unfinished">សូមវាយនាមត្រកូលរបស់កុមារ។</translation>
    </message>
    <message>
        <source>Please type the child&apos;s date of birth: month, day, year.</source>
        <translation type="unfinished">សូមវាយថ្ងៃខែឆ្នាំកំណើតរបស់កុមារ៖ ខែ ថ្ងៃ ឆ្នាំ។</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation type="unfinished">ការថែទាំកុមារ</translation>
    </message>
    <message>
        <source>Child care while you are here</source>
        <translation type="unfinished">ការថែទាំកុមារពេលអ្នកនៅទីនេះ</translation>
    </message>
    <message>
        <source>Touch each child who will stay in the children&apos;s room.</source>
        <translation type="unfinished">ប៉ះកុមារម្នាក់ៗដែលនឹងស្នាក់នៅក្នុងបន្ទប់កុមារ។</translation>
    </message>
    <message>
        <source>%1 During: %2</source>
        <translation type="unfinished">%1 ក្នុងអំឡុង៖ %2</translation>
    </message>
    <message>
        <source>Add each child who will stay with us.</source>
        <translation type="unfinished">បន្ថែមកុមារម្នាក់ៗដែលនឹងស្នាក់នៅជាមួយយើង។</translation>
    </message>
    <message>
        <source>%1, age %2</source>
        <translation type="unfinished">%1 អាយុ %2</translation>
    </message>
    <message>
        <source>Child&apos;s first name</source>
        <translation type="unfinished">នាមខ្លួនរបស់កុមារ</translation>
    </message>
    <message>
        <source>Child&apos;s last name</source>
        <translation type="unfinished">នាមត្រកូលរបស់កុមារ</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth (month / day / year)</source>
        <translation type="unfinished">ថ្ងៃខែឆ្នាំកំណើតរបស់កុមារ (ខែ / ថ្ងៃ / ឆ្នាំ)</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation type="unfinished">បន្ថែមកុមារ</translation>
    </message>
    <message>
        <source>Add this child</source>
        <translation type="unfinished">បន្ថែមកុមារនេះ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">ថយក្រោយ</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished">ចុះឈ្មោះចូល</translation>
    </message>
</context>
<context>
    <name>ChooseScreen</name>
    <message>
        <source>Choose why you came</source>
        <translation type="unfinished">ជ្រើសរើសមូលហេតុដែលអ្នកមក</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished">សូមស្វាគមន៍ %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">សូមស្វាគមន៍</translation>
    </message>
    <message>
        <source>What are you here for today? Touch one or more.</source>
        <translation type="unfinished">តើអ្នកមកថ្ងៃនេះដើម្បីអ្វី? សូមប៉ះមួយ ឬច្រើន។</translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished">សេវាកម្ម</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation type="unfinished">ថ្នាក់រៀនថ្ងៃនេះ</translation>
    </message>
    <message>
        <source>No classes today.</source>
        <translation type="unfinished">ថ្ងៃនេះគ្មានថ្នាក់រៀនទេ។</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished">%1 ដល់ %2</translation>
    </message>
    <message>
        <source>%1 (full)</source>
        <translation type="unfinished">%1 (ពេញ)</translation>
    </message>
    <message>
        <source>I need child care</source>
        <translation type="unfinished">ខ្ញុំត្រូវការការថែទាំកុមារ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">បោះបង់</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished">ចុះឈ្មោះចូល</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Pickup code: %1</source>
        <translation type="unfinished">លេខកូដទទួលយក៖ %1</translation>
    </message>
    <message>
        <source>Your slip is printing.</source>
        <translation type="unfinished">ប័ណ្ណរបស់អ្នកកំពុងបោះពុម្ព។</translation>
    </message>
    <message>
        <source>The printer is not available. Please take a photo of the screen.</source>
        <translation type="unfinished">ម៉ាស៊ីនបោះពុម្ពមិនអាចប្រើបានទេ។ សូមថតរូបអេក្រង់។</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation type="unfinished">អ្នកបានចុះឈ្មោះចូលហើយ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">រួចរាល់</translation>
    </message>
    <message>
        <source>Your CRC pass QR code</source>
        <translation type="unfinished">កូដ QR នៃប័ណ្ណ CRC របស់អ្នក</translation>
    </message>
    <message>
        <source>Take a photo of this code. Next time, scan it here.</source>
        <translation type="unfinished">ថតរូបកូដនេះ។ លើកក្រោយ សូមស្កេនវានៅទីនេះ។</translation>
    </message>
    <message>
        <source>Print a slip</source>
        <translation type="unfinished">បោះពុម្ពប័ណ្ណ</translation>
    </message>
    <message>
        <source>You are already checked in</source>
        <translation type="unfinished">អ្នកបានចុះឈ្មោះចូលរួចហើយ</translation>
    </message>
    <message>
        <source>You are checked in, %1</source>
        <translation type="unfinished">%1 អ្នកបានចុះឈ្មោះចូលហើយ</translation>
    </message>
    <message>
        <source>Child care for %1 in %2 until %3. Your pickup code:</source>
        <translation type="unfinished">ការថែទាំកុមារសម្រាប់ %1 នៅ %2 ដល់ម៉ោង %3។ លេខកូដទទួលយករបស់អ្នក៖</translation>
    </message>
    <message>
        <source>Pickup code %1</source>
        <translation type="unfinished">លេខកូដទទួលយក %1</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">តើអ្នកនៅទីនេះទៀតទេ?</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s), to keep your information private.</source>
        <translation type="unfinished">
            <numerusform>នឹងចាប់ផ្ដើមឡើងវិញក្នុងរយៈពេល %n វិនាទី ដើម្បីការពារព័ត៌មានរបស់អ្នក។</numerusform>
            <numerusform>នឹងចាប់ផ្ដើមឡើងវិញក្នុងរយៈពេល %n វិនាទី ដើម្បីការពារព័ត៌មានរបស់អ្នក។</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished">ខ្ញុំនៅទីនេះ</translation>
    </message>
</context>
<context>
    <name>DeskDayScreen</name>
    <message>
        <source>In the building now (%1)</source>
        <translation type="unfinished">នៅក្នុងអគារឥឡូវនេះ (%1)</translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished">ពេញ</translation>
    </message>
    <message>
        <source>No plans</source>
        <translation type="unfinished">គ្មានគម្រោង</translation>
    </message>
    <message>
        <source>paused: credentials need attention (call IT)</source>
        <translation type="unfinished">បានផ្អាក៖ ព័ត៌មានសម្គាល់ត្រូវការពិនិត្យ (ហៅ IT)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, offline since %1</source>
        <translation type="unfinished">
            <numerusform>%n កំពុងរង់ចាំ, គ្មានអ៊ីនធឺណិតតាំងពី %1</numerusform>
            <numerusform>%n កំពុងរង់ចាំ, គ្មានអ៊ីនធឺណិតតាំងពី %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform>%n កំពុងរង់ចាំ</numerusform>
            <numerusform>%n កំពុងរង់ចាំ</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation type="unfinished">បានផ្ញើទាំងអស់</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation type="unfinished">
            <numerusform>%n ត្រូវបានបដិសេធ</numerusform>
            <numerusform>%n ត្រូវបានបដិសេធ</numerusform>
        </translation>
    </message>
    <message>
        <source>The day</source>
        <translation type="unfinished">ថ្ងៃនេះ</translation>
    </message>
    <message>
        <source>In the building now</source>
        <translation type="unfinished">នៅក្នុងអគារឥឡូវនេះ</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation type="unfinished">ថ្នាក់រៀនថ្ងៃនេះ</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished">ថ្នាក់</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">បន្ទប់</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">ម៉ោង</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation type="unfinished">បានចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">កូដ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">ឈ្មោះ</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished">ចាប់ផ្តើម</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished">បញ្ចប់</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished">ចំនួនកន្លែង</translation>
    </message>
    <message>
        <source>Save class</source>
        <translation type="unfinished">រក្សាទុកថ្នាក់</translation>
    </message>
    <message>
        <source>Check-ins per hour</source>
        <translation type="unfinished">ការចុះឈ្មោះក្នុងមួយម៉ោង</translation>
    </message>
    <message>
        <source>Sending to the plans</source>
        <translation type="unfinished">ការផ្ញើទៅគម្រោង</translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished">របាយការណ៍</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">ពី</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">ដល់</translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished">ថ្ងៃដំបូង</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished">ថ្ងៃចុងក្រោយ</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished">នាំចេញ CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished">នាំចេញ PDF…</translation>
    </message>
</context>
<context>
    <name>DeskFlow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">PIN មិនត្រឹមត្រូវទេ។ សូមព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message numerus="yes">
        <source>Signed out after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform>បានចាកចេញបន្ទាប់ពី %n នាទីគ្មានសកម្មភាព។</numerusform>
            <numerusform>បានចាកចេញបន្ទាប់ពី %n នាទីគ្មានសកម្មភាព។</numerusform>
        </translation>
    </message>
    <message>
        <source>front desk</source>
        <translation type="unfinished">តុទទួលភ្ញៀវ</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished">អ្នកគ្រប់គ្រង</translation>
    </message>
    <message>
        <source>child care</source>
        <translation type="unfinished">ថែទាំកុមារ</translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished">IT</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished">បានចូល៖ %1 (%2)</translation>
    </message>
    <message>
        <source>This card is not registered here yet. Complete the form to register.</source>
        <translation type="unfinished">កាតនេះមិនទាន់បានចុះឈ្មោះនៅទីនេះទេ។ សូមបំពេញទម្រង់ដើម្បីចុះឈ្មោះ។</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished">បានចុះឈ្មោះចូល៖ %1</translation>
    </message>
    <message>
        <source>Correction saved. The visit now has: %1</source>
        <translation type="unfinished">បានរក្សាទុកការកែតម្រូវ។ ការមកលេងឥឡូវមាន៖ %1</translation>
    </message>
    <message>
        <source>Visit voided. It no longer counts.</source>
        <translation type="unfinished">ការមកលេងត្រូវបានលុបចោល។ វាមិនរាប់ទៀតទេ។</translation>
    </message>
    <message>
        <source>A person cannot be merged with themself.</source>
        <translation type="unfinished">មិនអាចបញ្ចូលមនុស្សម្នាក់ជាមួយខ្លួនឯងបានទេ។</translation>
    </message>
    <message>
        <source>Merged. Their visits are now this person&apos;s.</source>
        <translation type="unfinished">បានបញ្ចូលគ្នា។ ការមកលេងរបស់គេឥឡូវជារបស់មនុស្សនេះ។</translation>
    </message>
    <message>
        <source>Merge undone. They are two people again.</source>
        <translation type="unfinished">បានមិនធ្វើការបញ្ចូលវិញ។ ពួកគេជាមនុស្សពីរនាក់ម្តងទៀត។</translation>
    </message>
    <message>
        <source>No printer is set up on this station. The check-in is saved; you can print to a PDF file instead.</source>
        <translation type="unfinished">គ្មានម៉ាស៊ីនបោះពុម្ពនៅស្ថានីយនេះទេ។ ការចុះឈ្មោះបានរក្សាទុក។ អ្នកអាចបោះពុម្ពជាឯកសារ PDF ជំនួស។</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished">មើលមុនពេលបោះពុម្ព</translation>
    </message>
    <message>
        <source>Only a supervisor can change today&apos;s classes.</source>
        <translation type="unfinished">មានតែអ្នកគ្រប់គ្រងទេដែលអាចផ្លាស់ប្តូរថ្នាក់ថ្ងៃនេះ។</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation type="unfinished">បានរក្សាទុករបាយការណ៍៖ %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">ឯកសារ CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished">រក្សាទុករបាយការណ៍</translation>
    </message>
    <message>
        <source>Search (F3)</source>
        <translation type="unfinished">ស្វែងរក (F3)</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation type="unfinished">អ្នកមកថ្មី (Ctrl+N)</translation>
    </message>
    <message>
        <source>The day (F5)</source>
        <translation type="unfinished">ថ្ងៃនេះ (F5)</translation>
    </message>
    <message>
        <source>Staff (F7)</source>
        <translation type="unfinished">បុគ្គលិក (F7)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished">ចាកចេញ</translation>
    </message>
</context>
<context>
    <name>DeskMessages</name>
    <message>
        <source>Too many wrong PINs. Sign-in is locked until %1 (%2 min).</source>
        <translation type="unfinished">PIN ខុសច្រើនដងពេក។ ការចូលត្រូវបានចាក់សោរហូតដល់ %1 (%2 នាទី)។</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">មិនបានរក្សាទុក៖ %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished">រកមិនឃើញ៖ %1</translation>
    </message>
    <message>
        <source>That class is full. Choose another.</source>
        <translation type="unfinished">ថ្នាក់នោះពេញហើយ។ សូមជ្រើសរើសថ្នាក់ផ្សេង។</translation>
    </message>
    <message>
        <source>That service is not offered here.</source>
        <translation type="unfinished">សេវានោះមិនមាននៅទីនេះទេ។</translation>
    </message>
    <message>
        <source>This is not available on this station yet.</source>
        <translation type="unfinished">មុខងារនេះមិនទាន់មាននៅស្ថានីយនេះទេ។</translation>
    </message>
    <message>
        <source>That did not work. Try again, or call IT if it keeps failing.</source>
        <translation type="unfinished">មិនដំណើរការទេ។ សូមព្យាយាមម្តងទៀត ឬហៅ IT ប្រសិនបើនៅតែបរាជ័យ។</translation>
    </message>
</context>
<context>
    <name>DeskPersonScreen</name>
    <message>
        <source>Born %1</source>
        <translation type="unfinished">កើត %1</translation>
    </message>
    <message>
        <source>last visit %1</source>
        <translation type="unfinished">ការមកលេងចុងក្រោយ %1</translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished">ពេញ</translation>
    </message>
    <message>
        <source>Not checked in today.</source>
        <translation type="unfinished">ថ្ងៃនេះមិនទាន់ចុះឈ្មោះចូលទេ។</translation>
    </message>
    <message>
        <source>Today&apos;s visit was voided.</source>
        <translation type="unfinished">ការមកលេងថ្ងៃនេះត្រូវបានលុបចោល។</translation>
    </message>
    <message>
        <source>Checked in today: %1</source>
        <translation type="unfinished">បានចុះឈ្មោះចូលថ្ងៃនេះ៖ %1</translation>
    </message>
    <message>
        <source>Choose at least one service or class first.</source>
        <translation type="unfinished">សូមជ្រើសរើសសេវា ឬថ្នាក់យ៉ាងហោចណាស់មួយជាមុនសិន។</translation>
    </message>
    <message>
        <source>Type a reason first (it is kept with the record).</source>
        <translation type="unfinished">សូមវាយមូលហេតុជាមុនសិន (វានឹងរក្សាទុកជាមួយកំណត់ត្រា)។</translation>
    </message>
    <message>
        <source>Change the services first, then save the correction.</source>
        <translation type="unfinished">សូមផ្លាស់ប្តូរសេវាជាមុន រួចរក្សាទុកការកែតម្រូវ។</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">ការមកលេងចុងក្រោយ</translation>
    </message>
    <message>
        <source>Find the duplicate first: type a name in the merge field.</source>
        <translation type="unfinished">សូមរកអ្នកស្ទួនជាមុន៖ វាយឈ្មោះក្នុងប្រអប់បញ្ចូលគ្នា។</translation>
    </message>
    <message>
        <source>Merge %1 into %2? It can be undone.</source>
        <translation type="unfinished">បញ្ចូល %1 ទៅក្នុង %2? អាចមិនធ្វើវិញបាន។</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">មនុស្ស</translation>
    </message>
    <message>
        <source>Services and today&apos;s classes</source>
        <translation type="unfinished">សេវា និងថ្នាក់ថ្ងៃនេះ</translation>
    </message>
    <message>
        <source>Check in (Ctrl+Enter)</source>
        <translation type="unfinished">ចុះឈ្មោះចូល (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">មូលហេតុ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">មូលហេតុ</translation>
    </message>
    <message>
        <source>Why: e.g. chose the wrong class</source>
        <translation type="unfinished">ហេតុអ្វី៖ ឧ. ជ្រើសថ្នាក់ខុស</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished">រក្សាទុកការកែតម្រូវ</translation>
    </message>
    <message>
        <source>Void visit</source>
        <translation type="unfinished">លុបចោលការមកលេង</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation type="unfinished">បោះពុម្ពប័ណ្ណ</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation type="unfinished">បោះពុម្ពស្លាក</translation>
    </message>
    <message>
        <source>Merge a duplicate into this person</source>
        <translation type="unfinished">បញ្ចូលអ្នកស្ទួនទៅក្នុងមនុស្សនេះ</translation>
    </message>
    <message>
        <source>Find the duplicate by name, phone or ID</source>
        <translation type="unfinished">រកអ្នកស្ទួនតាមឈ្មោះ ទូរស័ព្ទ ឬលេខសម្គាល់</translation>
    </message>
    <message>
        <source>Find the duplicate</source>
        <translation type="unfinished">រកអ្នកស្ទួន</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished">អ្នកស្ទួនដែលអាចមាន</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished">បញ្ចូលគ្នា…</translation>
    </message>
    <message>
        <source>Confirm merge</source>
        <translation type="unfinished">បញ្ជាក់ការបញ្ចូលគ្នា</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished">មិនធ្វើការបញ្ចូលវិញ</translation>
    </message>
</context>
<context>
    <name>DeskRegisterScreen</name>
    <message>
        <source>Type the first name.</source>
        <translation type="unfinished">សូមវាយនាមខ្លួន។</translation>
    </message>
    <message>
        <source>Type the last name.</source>
        <translation type="unfinished">សូមវាយនាមត្រកូល។</translation>
    </message>
    <message>
        <source>That date of birth is in the future.</source>
        <translation type="unfinished">ថ្ងៃកំណើតនោះស្ថិតនៅពេលអនាគត។</translation>
    </message>
    <message>
        <source>There is no such date. Type the date of birth as MM/DD/YYYY, e.g. 03/14/1986.</source>
        <translation type="unfinished">គ្មានកាលបរិច្ឆេទនេះទេ។ សូមវាយថ្ងៃកំណើតជា MM/DD/YYYY ឧ. 03/14/1986។</translation>
    </message>
    <message>
        <source>Type the date of birth as MM/DD/YYYY, e.g. 03/14/1986.</source>
        <translation type="unfinished">សូមវាយថ្ងៃកំណើតជា MM/DD/YYYY ឧ. 03/14/1986។</translation>
    </message>
    <message>
        <source>A phone number has 10 digits, e.g. 213-555-0100.</source>
        <translation type="unfinished">លេខទូរស័ព្ទមាន 10 ខ្ទង់ ឧ. 213-555-0100។</translation>
    </message>
    <message>
        <source>That is not a member ID of this plan. Expected: %1</source>
        <translation type="unfinished">នេះមិនមែនជាលេខសមាជិកនៃគម្រោងនេះទេ។ ត្រូវជា៖ %1</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">ការមកលេងចុងក្រោយ</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation type="unfinished">ចុះឈ្មោះអ្នកមកថ្មី</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished">នាមខ្លួន</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished">នាមត្រកូល</translation>
    </message>
    <message>
        <source>&amp;Date of birth (MM/DD/YYYY)</source>
        <translation type="unfinished">ថ្ងៃកំណើត (MM/DD/YYYY)</translation>
    </message>
    <message>
        <source>&amp;Phone (optional)</source>
        <translation type="unfinished">ទូរស័ព្ទ (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <source>Preferred l&amp;anguage</source>
        <translation type="unfinished">ភាសាដែលចូលចិត្ត</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation type="unfinished">គម្រោង</translation>
    </message>
    <message>
        <source>&amp;Member ID</source>
        <translation type="unfinished">លេខសមាជិក</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation type="unfinished">MM/DD/YYYY</translation>
    </message>
    <message>
        <source>No plan / not known</source>
        <translation type="unfinished">គ្មានគម្រោង / មិនដឹង</translation>
    </message>
    <message>
        <source>Agrees to share visit data with this plan</source>
        <translation type="unfinished">យល់ព្រមចែករំលែកទិន្នន័យការមកលេងជាមួយគម្រោងនេះ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">បោះបង់</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished">រក្សាទុក (Enter)</translation>
    </message>
    <message>
        <source>This may be someone already registered. Use that person, or save as new.</source>
        <translation type="unfinished">នេះអាចជាមនុស្សដែលបានចុះឈ្មោះរួចហើយ។ ប្រើមនុស្សនោះ ឬរក្សាទុកជាថ្មី។</translation>
    </message>
    <message>
        <source>Similar people</source>
        <translation type="unfinished">មនុស្សស្រដៀងគ្នា</translation>
    </message>
    <message>
        <source>Use this person</source>
        <translation type="unfinished">ប្រើមនុស្សនេះ</translation>
    </message>
    <message>
        <source>Save as new</source>
        <translation type="unfinished">រក្សាទុកជាថ្មី</translation>
    </message>
</context>
<context>
    <name>DeskSearchScreen</name>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation type="unfinished">
            <numerusform>រកឃើញ %n នាក់</numerusform>
            <numerusform>រកឃើញ %n នាក់</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found. Press Ctrl+N to register a walk-in.</source>
        <translation type="unfinished">រកមិនឃើញនរណាម្នាក់ទេ។ ចុច Ctrl+N ដើម្បីចុះឈ្មោះអ្នកមកថ្មី។</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">ការមកលេងចុងក្រោយ</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished">ស្វែងរកមនុស្ស</translation>
    </message>
    <message>
        <source>Find a person (Ctrl+F)</source>
        <translation type="unfinished">រកមនុស្ស (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name, phone, date of birth or member ID</source>
        <translation type="unfinished">ឈ្មោះ ទូរស័ព្ទ ថ្ងៃកំណើត ឬលេខសមាជិក</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">ស្វែងរក</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation type="unfinished">អ្នកមកថ្មី (Ctrl+N)</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">មនុស្សដែលបានរកឃើញ</translation>
    </message>
</context>
<context>
    <name>DeskSignInScreen</name>
    <message>
        <source>Type your PIN, then press Enter.</source>
        <translation type="unfinished">វាយ PIN របស់អ្នក រួចចុច Enter។</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation type="unfinished">ការចូលរបស់បុគ្គលិក</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished">តុទទួលភ្ញៀវ</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter.</source>
        <translation type="unfinished">វាយ PIN បុគ្គលិករបស់អ្នក ហើយចុច Enter។</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished">ចូល</translation>
    </message>
</context>
<context>
    <name>DeskStaffScreen</name>
    <message>
        <source>(you)</source>
        <translation type="unfinished">(អ្នក)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">សកម្ម</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished">បានបិទ</translation>
    </message>
    <message>
        <source>Pick a member in the list</source>
        <translation type="unfinished">ជ្រើសសមាជិកម្នាក់ក្នុងបញ្ជី</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished">បានជ្រើស៖ %1</translation>
    </message>
    <message>
        <source>Selected: %1 (deactivated)</source>
        <translation type="unfinished">បានជ្រើស៖ %1 (បានបិទ)</translation>
    </message>
    <message>
        <source>Type the PIN, then type it again.</source>
        <translation type="unfinished">វាយលេខ PIN រួចវាយម្តងទៀត។</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN twice.</source>
        <translation type="unfinished">លេខ PIN ទាំងពីរមិនដូចគ្នាទេ។ សូមវាយលេខ PIN ពីរដង។</translation>
    </message>
    <message>
        <source>Type the member&apos;s name.</source>
        <translation type="unfinished">វាយឈ្មោះសមាជិក។</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account. Ask another supervisor or IT.</source>
        <translation type="unfinished">អ្នកមិនអាចបិទគណនីផ្ទាល់ខ្លួនបានទេ។ សូមសុំអ្នកគ្រប់គ្រងម្នាក់ទៀត ឬផ្នែក IT។</translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to sign in.</source>
        <translation type="unfinished">បិទ %1? គាត់នឹងមិនអាចចូលបានទៀតទេ។</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished">តុទទួលភ្ញៀវ</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation type="unfinished">ការថែទាំកុមារ</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished">អ្នកគ្រប់គ្រង</translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished">IT</translation>
    </message>
    <message>
        <source>Another staff member already has that PIN. Choose another.</source>
        <translation type="unfinished">បុគ្គលិកម្នាក់ទៀតមានលេខ PIN នោះរួចហើយ។ សូមជ្រើសលេខផ្សេង។</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess (one digit repeated, digits in a row, or a repeated pattern). Choose another.</source>
        <translation type="unfinished">លេខ PIN នោះងាយទាយពេក (លេខតែមួយដដែលៗ លេខរៀងគ្នា ឬលំនាំដដែលៗ)។ សូមជ្រើសលេខផ្សេង។</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits (0-9).</source>
        <translation type="unfinished">លេខ PIN មាន 4 ដល់ 8 ខ្ទង់ (0-9)។</translation>
    </message>
    <message>
        <source>This is the last active member with this role. Add another one first.</source>
        <translation type="unfinished">នេះជាសមាជិកសកម្មចុងក្រោយដែលមានតួនាទីនេះ។ សូមបន្ថែមម្នាក់ទៀតជាមុនសិន។</translation>
    </message>
    <message>
        <source>Only a supervisor or IT can manage staff accounts.</source>
        <translation type="unfinished">មានតែអ្នកគ្រប់គ្រង ឬផ្នែក IT ប៉ុណ្ណោះដែលអាចគ្រប់គ្រងគណនីបុគ្គលិក។</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished">គណនីបុគ្គលិក</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">ឈ្មោះ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">តួនាទី</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ស្ថានភាព</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished">បន្ថែមសមាជិក</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished">ឈ្មោះ (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">តួនាទី (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation type="unfinished">&amp;PIN</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation type="unfinished">PIN ម្តងទៀត (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation type="unfinished">PIN ថ្មី (&amp;N)</translation>
    </message>
    <message>
        <source>New PIN aga&amp;in</source>
        <translation type="unfinished">PIN ថ្មីម្តងទៀត (&amp;I)</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished">បន្ថែមសមាជិក</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation type="unfinished">កំណត់ PIN ឡើងវិញ</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished">បិទ… (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Yes, deactivate</source>
        <translation type="unfinished">បាទ/ចាស បិទ (&amp;Y)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished">បោះបង់ (Esc)</translation>
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
    <message>
        <source>Please use your member card</source>
        <translation type="unfinished">សូមប្រើប័ណ្ណសមាជិករបស់អ្នក</translation>
    </message>
    <message>
        <source>A driver&apos;s license or state ID cannot be used here, and nothing from it was kept. Scan your health plan card or CRC pass, or type your details.</source>
        <translation type="unfinished">មិនអាចប្រើប័ណ្ណបើកបរ ឬអត្តសញ្ញាណប័ណ្ណរដ្ឋនៅទីនេះបានទេ ហើយគ្មានអ្វីត្រូវបានរក្សាទុកឡើយ។ សូមស្កេនប័ណ្ណគម្រោងសុខភាព ឬប័ណ្ណ CRC ឬវាយបញ្ចូលព័ត៌មានរបស់អ្នក។</translation>
    </message>
    <message>
        <source>A bank card cannot be used here. Scan your health plan card or CRC pass, or type your ID.</source>
        <translation type="unfinished">មិនអាចប្រើប័ណ្ណធនាគារនៅទីនេះបានទេ។ សូមស្កេនប័ណ្ណគម្រោងសុខភាព ឬប័ណ្ណ CRC ឬវាយលេខសម្គាល់របស់អ្នក។</translation>
    </message>
    <message>
        <source>We could not read this pass</source>
        <translation type="unfinished">យើងមិនអាចអានប័ណ្ណនេះបានទេ</translation>
    </message>
    <message>
        <source>Please see the front desk. They will check you in.</source>
        <translation type="unfinished">សូមទៅតុទទួលភ្ញៀវ។ ពួកគេនឹងចុះឈ្មោះឱ្យអ្នក។</translation>
    </message>
    <message>
        <source>We could not use this card</source>
        <translation type="unfinished">យើងមិនអាចប្រើប័ណ្ណនេះបានទេ</translation>
    </message>
    <message>
        <source>Try again, type your ID, or touch &quot;I don&apos;t have a card&quot;. The front desk can also help.</source>
        <translation type="unfinished">សូមព្យាយាមម្ដងទៀត វាយលេខសម្គាល់ ឬប៉ះ «ខ្ញុំគ្មានប័ណ្ណ»។ តុទទួលភ្ញៀវក៏អាចជួយបានដែរ។</translation>
    </message>
    <message>
        <source>Please type your member ID.</source>
        <translation type="unfinished">សូមវាយលេខសមាជិករបស់អ្នក។</translation>
    </message>
    <message>
        <source>This ID does not look complete or right. Please check it.</source>
        <translation type="unfinished">លេខនេះហាក់ដូចជាមិនពេញលេញ ឬមិនត្រឹមត្រូវ។ សូមពិនិត្យមើល។</translation>
    </message>
    <message>
        <source>This ID matches more than one card. Please see the front desk.</source>
        <translation type="unfinished">លេខនេះត្រូវនឹងប័ណ្ណច្រើនជាងមួយ។ សូមទៅតុទទួលភ្ញៀវ។</translation>
    </message>
    <message>
        <source>This is not an ID we know. Please check it.</source>
        <translation type="unfinished">យើងមិនស្គាល់លេខនេះទេ។ សូមពិនិត្យមើល។</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished">ឧទាហរណ៍៖ %1</translation>
    </message>
    <message>
        <source>We did not find this ID</source>
        <translation type="unfinished">យើងរកមិនឃើញលេខនេះទេ</translation>
    </message>
    <message>
        <source>You can try again, register now (it takes a minute), or see the front desk.</source>
        <translation type="unfinished">អ្នកអាចព្យាយាមម្ដងទៀត ចុះឈ្មោះឥឡូវនេះ (ចំណាយពេលមួយនាទី) ឬទៅតុទទួលភ្ញៀវ។</translation>
    </message>
    <message>
        <source>This class just filled up</source>
        <translation type="unfinished">ថ្នាក់នេះទើបតែពេញ</translation>
    </message>
    <message>
        <source>Please choose something else, or see the front desk.</source>
        <translation type="unfinished">សូមជ្រើសរើសអ្វីផ្សេង ឬទៅតុទទួលភ្ញៀវ។</translation>
    </message>
    <message>
        <source>Please check what you typed</source>
        <translation type="unfinished">សូមពិនិត្យអ្វីដែលអ្នកបានវាយ</translation>
    </message>
    <message>
        <source>Something is missing or not right. The front desk can help.</source>
        <translation type="unfinished">មានអ្វីមួយខ្វះ ឬមិនត្រឹមត្រូវ។ តុទទួលភ្ញៀវអាចជួយបាន។</translation>
    </message>
    <message>
        <source>Sorry, something went wrong</source>
        <translation type="unfinished">សូមទោស មានបញ្ហាកើតឡើង</translation>
    </message>
    <message>
        <source>The children&apos;s room cannot take more children at that time. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">បន្ទប់កុមារមិនអាចទទួលកុមារបន្ថែមនៅពេលនោះបានទេ។ អ្នកបានចុះឈ្មោះចូលហើយ។ សូមទៅតុទទួលភ្ញៀវអំពីការថែទាំកុមារ។</translation>
    </message>
    <message>
        <source>Our children&apos;s room cannot take a child of that age. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">បន្ទប់កុមាររបស់យើងមិនអាចទទួលកុមារអាយុប៉ុណ្ណោះបានទេ។ អ្នកបានចុះឈ្មោះចូលហើយ។ សូមទៅតុទទួលភ្ញៀវអំពីការថែទាំកុមារ។</translation>
    </message>
    <message>
        <source>We could not reach the children&apos;s room just now. You are checked in. Please see the front desk to sign your children up.</source>
        <translation type="unfinished">យើងមិនអាចទាក់ទងបន្ទប់កុមារបានទេឥឡូវនេះ។ អ្នកបានចុះឈ្មោះចូលរួចហើយ។ សូមទៅតុទទួលភ្ញៀវ ដើម្បីចុះឈ្មោះកូនៗរបស់អ្នក។</translation>
    </message>
    <message>
        <source>Child care could not be booked here. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">មិនអាចកក់ការថែទាំកុមារនៅទីនេះបានទេ។ អ្នកបានចុះឈ្មោះចូលហើយ។ សូមទៅតុទទួលភ្ញៀវអំពីការថែទាំកុមារ។</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>Type the pickup code from the parent&apos;s slip, or scan it.</source>
        <translation type="unfinished">វាយលេខកូដទទួលយកពីបង្កាន់ដៃរបស់ឪពុកម្តាយ ឬស្កេនវា។</translation>
    </message>
    <message>
        <source>Children for code %1</source>
        <translation type="unfinished">កុមារសម្រាប់លេខកូដ %1</translation>
    </message>
    <message>
        <source>%1: expected</source>
        <translation type="unfinished">%1៖ កំពុងរង់ចាំ</translation>
    </message>
    <message>
        <source>%1: in the room</source>
        <translation type="unfinished">%1៖ នៅក្នុងបន្ទប់</translation>
    </message>
    <message>
        <source>%1: picked up</source>
        <translation type="unfinished">%1៖ បានទទួលយកទៅវិញ</translation>
    </message>
    <message numerus="yes">
        <source>Check in %n child(ren)</source>
        <translation type="unfinished">
            <numerusform>ចុះឈ្មោះចូលកុមារ %n នាក់</numerusform>
            <numerusform>ចុះឈ្មោះចូលកុមារ %n នាក់</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check out %n child(ren)</source>
        <translation type="unfinished">
            <numerusform>ប្រគល់កុមារ %n នាក់</numerusform>
            <numerusform>ប្រគល់កុមារ %n នាក់</numerusform>
        </translation>
    </message>
    <message>
        <source>Say who is picking up (the name on their ID).</source>
        <translation type="unfinished">សូមប្រាប់ថាអ្នកណាមកទទួល (ឈ្មោះលើអត្តសញ្ញាណប័ណ្ណ)។</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation type="unfinished">លេខកូដទទួលយក</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">កូដ</translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished">ស្វែងរក</translation>
    </message>
    <message>
        <source>Find the children of this code</source>
        <translation type="unfinished">ស្វែងរកកុមារនៃលេខកូដនេះ</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">អ្នកទទួល</translation>
    </message>
    <message>
        <source>Print their labels</source>
        <translation type="unfinished">បោះពុម្ពស្លាករបស់ពួកគេ</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message numerus="yes">
        <source>Check-ins per hour: %n in all</source>
        <translation type="unfinished">
            <numerusform>ការចុះឈ្មោះក្នុងមួយម៉ោង៖ សរុប %n</numerusform>
            <numerusform>ការចុះឈ្មោះក្នុងមួយម៉ោង៖ សរុប %n</numerusform>
        </translation>
    </message>
    <message>
        <source>busiest %1:00</source>
        <translation type="unfinished">មមាញឹកបំផុត %1:00</translation>
    </message>
</context>
<context>
    <name>KioskFlow</name>
    <message>
        <source>the next hour</source>
        <translation type="unfinished">មួយម៉ោងខាងមុខ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">PIN មិនត្រឹមត្រូវទេ។ សូមព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Too many tries. Please wait, then try again.</source>
        <translation type="unfinished">ព្យាយាមច្រើនដងពេក។ សូមរង់ចាំ រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Staff sign-in is not available</source>
        <translation type="unfinished">ការចូលរបស់បុគ្គលិកមិនអាចប្រើបានទេ</translation>
    </message>
    <message>
        <source>Please call IT to leave kiosk mode.</source>
        <translation type="unfinished">សូមហៅផ្នែក IT ដើម្បីចាកចេញពីរបៀបគីយ៉ូស។</translation>
    </message>
    <message>
        <source>CRC Kiosk: %1</source>
        <translation type="unfinished">គីយ៉ូស CRC៖ %1</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">សារ</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">ព្យាយាមម្ដងទៀត</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">វាយលេខសម្គាល់</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">ចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>Choose again</source>
        <translation type="unfinished">ជ្រើសរើសម្ដងទៀត</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished">ត្រឡប់ទៅដើម</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation type="unfinished">ក្ដារចុចលើអេក្រង់</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation type="unfinished">លុបតួអក្សរចុងក្រោយ</translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished">ដកឃ្លា</translation>
    </message>
</context>
<context>
    <name>OverridePanel</name>
    <message>
        <source>Release %1 without the pickup code</source>
        <translation type="unfinished">ប្រគល់ %1 ដោយគ្មានលេខកូដទទួលយក</translation>
    </message>
    <message>
        <source>Say who is picking up (the name on their ID).</source>
        <translation type="unfinished">សូមប្រាប់ថាអ្នកណាមកទទួល (ឈ្មោះលើអត្តសញ្ញាណប័ណ្ណ)។</translation>
    </message>
    <message>
        <source>A release without the code needs a reason: what happened, and how you checked who they are.</source>
        <translation type="unfinished">ការប្រគល់ដោយគ្មានលេខកូដត្រូវការមូលហេតុ៖ អ្វីបានកើតឡើង និងរបៀបដែលអ្នកបានផ្ទៀងផ្ទាត់អត្តសញ្ញាណ។</translation>
    </message>
    <message>
        <source>Release without the code</source>
        <translation type="unfinished">ប្រគល់ដោយគ្មានលេខកូដ</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">អ្នកទទួល</translation>
    </message>
    <message>
        <source>Reason (recorded with your name)</source>
        <translation type="unfinished">មូលហេតុ (កត់ត្រាជាមួយឈ្មោះរបស់អ្នក)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">មូលហេតុ</translation>
    </message>
    <message>
        <source>Release the child</source>
        <translation type="unfinished">ប្រគល់កុមារ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">បោះបង់</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>Please type your first name.</source>
        <translation type="unfinished">សូមវាយនាមខ្លួនរបស់អ្នក។</translation>
    </message>
    <message>
        <source>Please type your last name.</source>
        <translation type="unfinished">សូមវាយនាមត្រកូលរបស់អ្នក។</translation>
    </message>
    <message>
        <source>Please type your date of birth: month, day, year.</source>
        <translation type="unfinished">សូមវាយថ្ងៃខែឆ្នាំកំណើត៖ ខែ ថ្ងៃ ឆ្នាំ។</translation>
    </message>
    <message>
        <source>A phone number has 10 digits. You can also leave it empty.</source>
        <translation type="unfinished">លេខទូរស័ព្ទមាន 10 ខ្ទង់។ អ្នកក៏អាចទុកវាទទេបានដែរ។</translation>
    </message>
    <message>
        <source>Please type the member ID from your plan card.</source>
        <translation type="unfinished">សូមវាយលេខសមាជិកពីប័ណ្ណគម្រោងរបស់អ្នក។</translation>
    </message>
    <message>
        <source>Please answer: may we share your visits?</source>
        <translation type="unfinished">សូមឆ្លើយ៖ តើយើងអាចចែករំលែកការមកលេងរបស់អ្នកបានទេ?</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">ចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>Tell us about you</source>
        <translation type="unfinished">ប្រាប់យើងអំពីអ្នក</translation>
    </message>
    <message>
        <source>It takes about a minute. Touch a box, then type on the keys.</source>
        <translation type="unfinished">ចំណាយពេលប្រហែលមួយនាទី។ ប៉ះប្រអប់ រួចវាយលើគ្រាប់ចុច។</translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished">នាមខ្លួន</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished">នាមត្រកូល</translation>
    </message>
    <message>
        <source>Date of birth (month / day / year)</source>
        <translation type="unfinished">ថ្ងៃខែឆ្នាំកំណើត (ខែ / ថ្ងៃ / ឆ្នាំ)</translation>
    </message>
    <message>
        <source>Phone (you can leave this empty)</source>
        <translation type="unfinished">ទូរស័ព្ទ (អាចទុកទទេបាន)</translation>
    </message>
    <message>
        <source>Language you prefer</source>
        <translation type="unfinished">ភាសាដែលអ្នកចូលចិត្ត</translation>
    </message>
    <message>
        <source>Your health plan, if you know it</source>
        <translation type="unfinished">គម្រោងសុខភាពរបស់អ្នក ប្រសិនបើអ្នកដឹង</translation>
    </message>
    <message>
        <source>Member ID from your plan card</source>
        <translation type="unfinished">លេខសមាជិកពីប័ណ្ណគម្រោង</translation>
    </message>
    <message>
        <source>May we tell your health plan when you visit us? It helps them help you.</source>
        <translation type="unfinished">តើយើងអាចប្រាប់គម្រោងសុខភាពរបស់អ្នកនៅពេលអ្នកមកទីនេះបានទេ? វាជួយឱ្យពួកគេជួយអ្នកបាន។</translation>
    </message>
    <message>
        <source>No plan / I don&apos;t know</source>
        <translation type="unfinished">គ្មានគម្រោង / មិនដឹង</translation>
    </message>
    <message>
        <source>Yes, share my visits</source>
        <translation type="unfinished">បាទ/ចាស ចែករំលែកការមកលេងរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>No, do not share</source>
        <translation type="unfinished">ទេ កុំចែករំលែក</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">ថយក្រោយ</translation>
    </message>
    <message>
        <source>Register and continue</source>
        <translation type="unfinished">ចុះឈ្មោះ ហើយបន្ត</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <source>In the room: %1 of %2 places. Expected: %3.</source>
        <translation type="unfinished">នៅក្នុងបន្ទប់៖ %1 ក្នុងចំណោម %2 កន្លែង។ កំពុងរង់ចាំ៖ %3។</translation>
    </message>
    <message>
        <source>Staff signed in: %1 (%2). Needed for the children here: %3.</source>
        <translation type="unfinished">បុគ្គលិកដែលបានចូល៖ %1 (%2)។ ត្រូវការសម្រាប់កុមារទាំងនេះ៖ %3។</translation>
    </message>
    <message>
        <source>Overdue: %1 (in since %2; the parent&apos;s class ended or the maximum stay is over). Call the parent or the front desk.</source>
        <translation type="unfinished">ហួសម៉ោង៖ %1 (នៅក្នុងបន្ទប់តាំងពី %2; ថ្នាក់របស់ឪពុកម្តាយបានបញ្ចប់ ឬហួសរយៈពេលស្នាក់នៅអតិបរមា)។ សូមហៅឪពុកម្តាយ ឬតុទទួលភ្ញៀវ។</translation>
    </message>
    <message>
        <source>Class ending soon: %1 (the parent&apos;s class ends at %2). Get ready for pickup.</source>
        <translation type="unfinished">ថ្នាក់ជិតបញ្ចប់៖ %1 (ថ្នាក់របស់ឪពុកម្តាយបញ្ចប់នៅម៉ោង %2)។ សូមត្រៀមប្រគល់។</translation>
    </message>
    <message>
        <source>Child-care room</source>
        <translation type="unfinished">បន្ទប់ថែទាំកុមារ</translation>
    </message>
    <message>
        <source>Check in selected child</source>
        <translation type="unfinished">ចុះឈ្មោះចូលកុមារដែលបានជ្រើស</translation>
    </message>
    <message>
        <source>Release without code…</source>
        <translation type="unfinished">ប្រគល់ដោយគ្មានលេខកូដ…</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation type="unfinished">បោះពុម្ពស្លាក</translation>
    </message>
</context>
<context>
    <name>RosterTables</name>
    <message>
        <source>(override)</source>
        <translation type="unfinished">(ករណីលើកលែង)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform>%n ខែ</numerusform>
            <numerusform>%n ខែ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform>%n ឆ្នាំ</numerusform>
            <numerusform>%n ឆ្នាំ</numerusform>
        </translation>
    </message>
    <message>
        <source>Allergy: %1</source>
        <translation type="unfinished">អាឡែហ្ស៊ី៖ %1</translation>
    </message>
    <message>
        <source>Medical: %1</source>
        <translation type="unfinished">វេជ្ជសាស្ត្រ៖ %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">ហួសម៉ោង</translation>
    </message>
    <message>
        <source>Class ending</source>
        <translation type="unfinished">ថ្នាក់ជិតបញ្ចប់</translation>
    </message>
    <message>
        <source>In the room (%1)</source>
        <translation type="unfinished">នៅក្នុងបន្ទប់ (%1)</translation>
    </message>
    <message>
        <source>Expected (%1)</source>
        <translation type="unfinished">កំពុងរង់ចាំ (%1)</translation>
    </message>
    <message>
        <source>Picked up (%1)</source>
        <translation type="unfinished">បានទទួលយកទៅវិញ (%1)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished">កុមារ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">អាយុ</translation>
    </message>
    <message>
        <source>In since</source>
        <translation type="unfinished">នៅក្នុងបន្ទប់តាំងពី</translation>
    </message>
    <message>
        <source>Class ends</source>
        <translation type="unfinished">ថ្នាក់បញ្ចប់</translation>
    </message>
    <message>
        <source>Allergy / medical</source>
        <translation type="unfinished">អាឡែហ្ស៊ី / វេជ្ជសាស្ត្រ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished">ការព្រមាន</translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished">ចូល</translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished">ចេញ</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">អ្នកទទួល</translation>
    </message>
</context>
<context>
    <name>StaffAccounts</name>
    <message>
        <source>%1 is added as %2 and can sign in with their PIN now.</source>
        <translation type="unfinished">%1 ត្រូវបានបន្ថែមជា %2 ហើយអាចចូលដោយប្រើលេខ PIN របស់គាត់ឥឡូវនេះ។</translation>
    </message>
    <message>
        <source>New PIN saved for %1. The old one no longer works.</source>
        <translation type="unfinished">បានរក្សាទុកលេខ PIN ថ្មីសម្រាប់ %1។ លេខចាស់លែងដំណើរការហើយ។</translation>
    </message>
    <message>
        <source>%1 is deactivated and can no longer sign in.</source>
        <translation type="unfinished">%1 ត្រូវបានបិទ ហើយមិនអាចចូលបានទៀតទេ។</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">PIN បុគ្គលិក</translation>
    </message>
    <message>
        <source>Staff only: type your PIN</source>
        <translation type="unfinished">សម្រាប់បុគ្គលិកតែប៉ុណ្ណោះ៖ វាយ PIN របស់អ្នក</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">បោះបង់</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">ដោះសោ</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>CRC front desk: %1</source>
        <translation type="unfinished">តុទទួលភ្ញៀវ CRC៖ %1</translation>
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
        <source>%n record(s) waiting, offline since %1</source>
        <translation type="unfinished">
            <numerusform>កំណត់ត្រា %n កំពុងរង់ចាំ ក្រៅបណ្ដាញតាំងពី %1</numerusform>
            <numerusform>កំណត់ត្រា %n កំពុងរង់ចាំ ក្រៅបណ្ដាញតាំងពី %1</numerusform>
        </translation>
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
    <message>
        <source>%1: credentials need attention (call IT)</source>
        <translation type="unfinished">%1៖ព័ត៌មានសម្ងាត់ត្រូវការការពិនិត្យ (ហៅផ្នែក IT)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation type="unfinished">
            <numerusform>កំណត់ត្រា %n ត្រូវបានបដិសេធ</numerusform>
            <numerusform>កំណត់ត្រា %n ត្រូវបានបដិសេធ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock is off by %n minute(s): check the time</source>
        <translation type="unfinished">
            <numerusform>នាឡិកាខុស %n នាទី៖ សូមពិនិត្យម៉ោង</numerusform>
            <numerusform>នាឡិកាខុស %n នាទី៖ សូមពិនិត្យម៉ោង</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypedIdScreen</name>
    <message>
        <source>Type your ID</source>
        <translation type="unfinished">វាយលេខសម្គាល់របស់អ្នក</translation>
    </message>
    <message>
        <source>Type your member ID</source>
        <translation type="unfinished">វាយលេខសមាជិករបស់អ្នក</translation>
    </message>
    <message>
        <source>It is on your health plan card or Medi-Cal card.</source>
        <translation type="unfinished">វាមាននៅលើប័ណ្ណគម្រោងសុខភាព ឬប័ណ្ណ Medi-Cal របស់អ្នក។</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished">លេខសមាជិក</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">ថយក្រោយ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">បន្ត</translation>
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
        <source>Use the card scanner, or touch &quot;Type my ID&quot;.</source>
        <translation type="unfinished">ប្រើម៉ាស៊ីនស្កេនប័ណ្ណ ឬប៉ះ «វាយលេខសម្គាល់»។</translation>
    </message>
    <message>
        <source>Hold your card or pass up to the camera</source>
        <translation type="unfinished">សូមលើកកាត ឬប័ណ្ណរបស់អ្នកនៅមុខកាមេរ៉ា</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">វាយលេខសម្គាល់</translation>
    </message>
    <message>
        <source>I don&apos;t have a card</source>
        <translation type="unfinished">ខ្ញុំគ្មានប័ណ្ណ</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished">អក្សរធំជាងនេះ</translation>
    </message>
    <message>
        <source>Make the words on every screen bigger</source>
        <translation type="unfinished">ធ្វើឱ្យពាក្យនៅលើអេក្រង់ទាំងអស់ធំជាងនេះ</translation>
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
