<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil_PH" sourcelanguage="en">
<context>
    <name>CameraView</name>
    <message>
        <source>Camera starting…</source>
        <translation type="unfinished">Sinisimulan ang camera…</translation>
    </message>
    <message>
        <source>No camera: use the scanner or type your ID</source>
        <translation type="unfinished">Walang camera: gamitin ang scanner o i-type ang iyong ID</translation>
    </message>
    <message>
        <source>Camera disconnected, reconnecting…</source>
        <translation type="unfinished">Nadiskonekta ang camera, kumokonekta muli…</translation>
    </message>
    <message>
        <source>Camera: hold your card or pass up to it</source>
        <translation type="unfinished">Camera: itapat dito ang iyong card o pass</translation>
    </message>
</context>
<context>
    <name>ChildCareFlow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">Mali ang PIN. Subukan muli.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity. You still count as in the room.</source>
        <translation type="unfinished">
            <numerusform>Naka-lock pagkatapos ng %n minutong walang aktibidad. Bilang ka pa rin na nasa silid.</numerusform>
            <numerusform>Naka-lock pagkatapos ng %n minutong walang aktibidad. Bilang ka pa rin na nasa silid.</numerusform>
        </translation>
    </message>
    <message>
        <source>You left the room; you no longer count for its ratio.</source>
        <translation type="unfinished">Umalis ka sa silid; hindi ka na bilang sa ratio nito.</translation>
    </message>
    <message>
        <source>You cannot leave yet: the children in the room need you for the ratio. Sign another staff member in, or check children out first.</source>
        <translation type="unfinished">Hindi ka pa makakaalis: kailangan ka ng mga bata sa silid para sa ratio. Mag-sign in ng ibang staff, o i-check out muna ang ilang bata.</translation>
    </message>
    <message>
        <source>Signed in: %1, counted in %2</source>
        <translation type="unfinished">Naka-sign in: %1, bilang sa %2</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished">Naka-check in: %1</translation>
    </message>
    <message>
        <source>Picked up: %1</source>
        <translation type="unfinished">Nasundo na: %1</translation>
    </message>
    <message>
        <source>Released without the code: %1. The reason is recorded.</source>
        <translation type="unfinished">Ibinigay nang walang code: %1. Naitala ang dahilan.</translation>
    </message>
    <message>
        <source>ALLERGY</source>
        <translation type="unfinished">ALLERGY</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished">hanggang %1</translation>
    </message>
    <message>
        <source>Pickup: %1</source>
        <translation type="unfinished">Susunduin: %1</translation>
    </message>
    <message>
        <source>No printer is set up on this station. You can save the labels as a PDF file instead.</source>
        <translation type="unfinished">Walang printer na naka-set up sa istasyong ito. Maaari mong i-save ang mga label bilang PDF file.</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation type="unfinished">Preview ng label</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation type="unfinished">I-refresh (F5)</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation type="unfinished">I-lock (Ctrl+L)</translation>
    </message>
    <message>
        <source>Leave the room</source>
        <translation type="unfinished">Umalis sa silid</translation>
    </message>
</context>
<context>
    <name>ChildCareMessages</name>
    <message>
        <source>No child here matches that code today. Check the code on the slip; if it is lost, use a release with a reason.</source>
        <translation type="unfinished">Walang batang tugma sa code na iyan ngayon. Tingnan ang code sa slip; kung nawala ito, ibigay nang may dahilan.</translation>
    </message>
    <message>
        <source>Not checked in: the room would be over its staff-to-child ratio. Sign another staff member in to the room, or send the parent to the front desk.</source>
        <translation type="unfinished">Hindi na-check in: lalampas ang silid sa ratio ng staff sa bata. Mag-sign in ng ibang staff sa silid, o papuntahin ang magulang sa front desk.</translation>
    </message>
    <message>
        <source>Not checked in: the room is full. Send the parent to the front desk.</source>
        <translation type="unfinished">Hindi na-check in: puno na ang silid. Papuntahin ang magulang sa front desk.</translation>
    </message>
    <message>
        <source>Do not hand the child over: %1 is on this child&apos;s refused list. Call a supervisor.</source>
        <translation type="unfinished">Huwag ibigay ang bata: si %1 ay nasa listahan ng hindi pinapayagan para sa batang ito. Tumawag ng supervisor.</translation>
    </message>
    <message>
        <source>%1 is not a guardian or on the authorized list. Check their ID; release only with a reason.</source>
        <translation type="unfinished">Si %1 ay hindi guardian at wala sa listahan ng pinapayagan. Tingnan ang kanyang ID; ibigay lamang nang may dahilan.</translation>
    </message>
    <message>
        <source>That child is not in the room.</source>
        <translation type="unfinished">Wala sa silid ang batang iyan.</translation>
    </message>
    <message>
        <source>Only child-care staff or a supervisor can sign in at the child-care room.</source>
        <translation type="unfinished">Child-care staff o supervisor lamang ang maaaring mag-sign in sa child-care room.</translation>
    </message>
    <message>
        <source>This site has no child-care room set up. Call IT.</source>
        <translation type="unfinished">Walang child-care room na naka-set up sa site na ito. Tumawag sa IT.</translation>
    </message>
</context>
<context>
    <name>ChildCareSignInScreen</name>
    <message>
        <source>Child care</source>
        <translation type="unfinished">Child care</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter. You then count for the staff-to-child ratio of %1.</source>
        <translation type="unfinished">I-type ang iyong staff PIN at pindutin ang Enter. Bibilangin ka na sa ratio ng staff sa bata ng %1.</translation>
    </message>
</context>
<context>
    <name>ChildCareWindow</name>
    <message>
        <source>CRC child care: %1</source>
        <translation type="unfinished">CRC child care: %1</translation>
    </message>
    <message>
        <source>This site has no child-care room set up. Call IT.</source>
        <translation type="unfinished">Walang child-care room na naka-set up sa site na ito. Tumawag sa IT.</translation>
    </message>
    <message>
        <source>The lobby kiosks cannot sign children up for this room: this station has no site link key. Parents are sent to the front desk. Call IT.</source>
        <translation type="unfinished">Hindi makapaglista ng mga bata para sa silid na ito ang mga kiosk sa lobby: walang site link key ang istasyong ito. Ipinapadala ang mga magulang sa front desk. Tawagan ang IT.</translation>
    </message>
    <message>
        <source>The lobby kiosks cannot sign children up for this room: port %1 is in use on this station. Parents are sent to the front desk. Call IT.</source>
        <translation type="unfinished">Hindi makapaglista ng mga bata para sa silid na ito ang mga kiosk sa lobby: ginagamit na ang port %1 sa istasyong ito. Ipinapadala ang mga magulang sa front desk. Tawagan ang IT.</translation>
    </message>
</context>
<context>
    <name>ChildrenScreen</name>
    <message>
        <source>Please type the child&apos;s first name.</source>
        <translation type="unfinished">Pakisulat ang pangalan ng bata.</translation>
    </message>
    <message>
        <source>Please type the child&apos;s last name.</source>
        <translation type="unfinished">Pakisulat ang apelyido ng bata.</translation>
    </message>
    <message>
        <source>Please type the child&apos;s date of birth: month, day, year.</source>
        <translation type="unfinished">Pakisulat ang petsa ng kapanganakan ng bata: buwan, araw, taon.</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation type="unfinished">Child care</translation>
    </message>
    <message>
        <source>Child care while you are here</source>
        <translation type="unfinished">Child care habang narito ka</translation>
    </message>
    <message>
        <source>Touch each child who will stay in the children&apos;s room.</source>
        <translation type="unfinished">Pindutin ang bawat batang mananatili sa silid ng mga bata.</translation>
    </message>
    <message>
        <source>%1 During: %2</source>
        <translation type="unfinished">%1 Habang: %2</translation>
    </message>
    <message>
        <source>Add each child who will stay with us.</source>
        <translation type="unfinished">Idagdag ang bawat batang mananatili sa amin.</translation>
    </message>
    <message>
        <source>%1, age %2</source>
        <translation type="unfinished">%1, edad %2</translation>
    </message>
    <message>
        <source>Child&apos;s first name</source>
        <translation type="unfinished">Pangalan ng bata</translation>
    </message>
    <message>
        <source>Child&apos;s last name</source>
        <translation type="unfinished">Apelyido ng bata</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth (month / day / year)</source>
        <translation type="unfinished">Petsa ng kapanganakan ng bata (buwan / araw / taon)</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation type="unfinished">Magdagdag ng bata</translation>
    </message>
    <message>
        <source>Add this child</source>
        <translation type="unfinished">Idagdag ang batang ito</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Bumalik</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished">Mag-check in</translation>
    </message>
</context>
<context>
    <name>ChooseScreen</name>
    <message>
        <source>Choose why you came</source>
        <translation type="unfinished">Piliin kung bakit ka narito</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished">Maligayang pagdating, %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">Maligayang pagdating</translation>
    </message>
    <message>
        <source>What are you here for today? Touch one or more.</source>
        <translation type="unfinished">Ano ang sadya mo ngayon? Pindutin ang isa o higit pa.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished">Mga serbisyo</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation type="unfinished">Mga klase ngayon</translation>
    </message>
    <message>
        <source>No classes today.</source>
        <translation type="unfinished">Walang klase ngayon.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished">%1 hanggang %2</translation>
    </message>
    <message>
        <source>%1 (full)</source>
        <translation type="unfinished">%1 (puno na)</translation>
    </message>
    <message>
        <source>I need child care</source>
        <translation type="unfinished">Kailangan ko ng child care</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Kanselahin</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished">Mag-check in</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Pickup code: %1</source>
        <translation type="unfinished">Pickup code: %1</translation>
    </message>
    <message>
        <source>Your slip is printing.</source>
        <translation type="unfinished">Pini-print na ang iyong slip.</translation>
    </message>
    <message>
        <source>The printer is not available. Please take a photo of the screen.</source>
        <translation type="unfinished">Hindi available ang printer. Pakikunan ng litrato ang screen.</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation type="unfinished">Naka-check in ka na</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Tapos na</translation>
    </message>
    <message>
        <source>Your CRC pass QR code</source>
        <translation type="unfinished">Ang QR code ng iyong CRC pass</translation>
    </message>
    <message>
        <source>Take a photo of this code. Next time, scan it here.</source>
        <translation type="unfinished">Kunan ng litrato ang code na ito. Sa susunod, i-scan ito rito.</translation>
    </message>
    <message>
        <source>Print a slip</source>
        <translation type="unfinished">Mag-print ng slip</translation>
    </message>
    <message>
        <source>You are already checked in</source>
        <translation type="unfinished">Naka-check in ka na dati</translation>
    </message>
    <message>
        <source>You are checked in, %1</source>
        <translation type="unfinished">Naka-check in ka na, %1</translation>
    </message>
    <message>
        <source>Child care for %1 in %2 until %3. Your pickup code:</source>
        <translation type="unfinished">Child care para kay %1 sa %2 hanggang %3. Ang iyong pickup code:</translation>
    </message>
    <message>
        <source>Pickup code %1</source>
        <translation type="unfinished">Pickup code %1</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">Nandiyan ka pa ba?</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s), to keep your information private.</source>
        <translation type="unfinished">
            <numerusform>Magsisimula muli sa loob ng %n segundo, para protektahan ang iyong impormasyon.</numerusform>
            <numerusform>Magsisimula muli sa loob ng %n segundo, para protektahan ang iyong impormasyon.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished">Nandito pa ako</translation>
    </message>
</context>
<context>
    <name>DeskDayScreen</name>
    <message>
        <source>In the building now (%1)</source>
        <translation type="unfinished">Nasa gusali ngayon (%1)</translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished">puno na</translation>
    </message>
    <message>
        <source>No plans</source>
        <translation type="unfinished">Walang plano</translation>
    </message>
    <message>
        <source>paused: credentials need attention (call IT)</source>
        <translation type="unfinished">naka-pause: kailangang ayusin ang credentials (tawagan ang IT)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, offline since %1</source>
        <translation type="unfinished">
            <numerusform>%n naghihintay, offline mula %1</numerusform>
            <numerusform>%n naghihintay, offline mula %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform>%n naghihintay</numerusform>
            <numerusform>%n naghihintay</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation type="unfinished">naipadala lahat</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation type="unfinished">
            <numerusform>%n tinanggihan</numerusform>
            <numerusform>%n tinanggihan</numerusform>
        </translation>
    </message>
    <message>
        <source>The day</source>
        <translation type="unfinished">Ang araw</translation>
    </message>
    <message>
        <source>In the building now</source>
        <translation type="unfinished">Nasa gusali ngayon</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation type="unfinished">Mga klase ngayon</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished">Klase</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">Silid</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Oras</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation type="unfinished">Naka-sign up</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Pangalan</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished">Simula</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished">Tapos</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished">Kapasidad</translation>
    </message>
    <message>
        <source>Save class</source>
        <translation type="unfinished">I-save ang klase</translation>
    </message>
    <message>
        <source>Check-ins per hour</source>
        <translation type="unfinished">Check-in bawat oras</translation>
    </message>
    <message>
        <source>Sending to the plans</source>
        <translation type="unfinished">Pagpapadala sa mga plano</translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished">Ulat</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">Mula</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">Hanggang</translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished">Unang araw</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished">Huling araw</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished">I-export ang CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished">I-export ang PDF…</translation>
    </message>
</context>
<context>
    <name>DeskFlow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">Mali ang PIN. Subukan muli.</translation>
    </message>
    <message numerus="yes">
        <source>Signed out after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform>Na-sign out pagkatapos ng %n minutong walang aktibidad.</numerusform>
            <numerusform>Na-sign out pagkatapos ng %n minutong walang aktibidad.</numerusform>
        </translation>
    </message>
    <message>
        <source>front desk</source>
        <translation type="unfinished">front desk</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished">superbisor</translation>
    </message>
    <message>
        <source>child care</source>
        <translation type="unfinished">pag-aalaga ng bata</translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished">IT</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished">Naka-sign in: %1 (%2)</translation>
    </message>
    <message>
        <source>This card is not registered here yet. Complete the form to register.</source>
        <translation type="unfinished">Hindi pa nakarehistro rito ang card na ito. Kumpletuhin ang form para magparehistro.</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished">Naka-check in: %1</translation>
    </message>
    <message>
        <source>Correction saved. The visit now has: %1</source>
        <translation type="unfinished">Na-save ang pagwawasto. Ang pagbisita ngayon ay may: %1</translation>
    </message>
    <message>
        <source>Visit voided. It no longer counts.</source>
        <translation type="unfinished">Na-void ang pagbisita. Hindi na ito bibilangin.</translation>
    </message>
    <message>
        <source>A person cannot be merged with themself.</source>
        <translation type="unfinished">Hindi maaaring pagsamahin ang isang tao sa kanyang sarili.</translation>
    </message>
    <message>
        <source>Merged. Their visits are now this person&apos;s.</source>
        <translation type="unfinished">Pinagsama na. Ang kanyang mga pagbisita ay sa taong ito na.</translation>
    </message>
    <message>
        <source>Merge undone. They are two people again.</source>
        <translation type="unfinished">Na-undo ang pagsasama. Dalawang tao na ulit sila.</translation>
    </message>
    <message>
        <source>No printer is set up on this station. The check-in is saved; you can print to a PDF file instead.</source>
        <translation type="unfinished">Walang printer sa istasyong ito. Na-save ang check-in; maaari kang mag-print sa PDF file.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished">Preview ng pag-print</translation>
    </message>
    <message>
        <source>Only a supervisor can change today&apos;s classes.</source>
        <translation type="unfinished">Superbisor lang ang maaaring magbago ng mga klase ngayon.</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation type="unfinished">Na-save ang ulat: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Mga CSV file (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished">I-save ang ulat</translation>
    </message>
    <message>
        <source>Search (F3)</source>
        <translation type="unfinished">Maghanap (F3)</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation type="unfinished">Bagong walk-in (Ctrl+N)</translation>
    </message>
    <message>
        <source>The day (F5)</source>
        <translation type="unfinished">Ang araw (F5)</translation>
    </message>
    <message>
        <source>Staff (F7)</source>
        <translation type="unfinished">Staff (F7)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished">Mag-sign out</translation>
    </message>
</context>
<context>
    <name>DeskMessages</name>
    <message>
        <source>Too many wrong PINs. Sign-in is locked until %1 (%2 min).</source>
        <translation type="unfinished">Masyadong maraming maling PIN. Naka-lock ang pag-sign in hanggang %1 (%2 min).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">Hindi na-save: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished">Hindi nahanap: %1</translation>
    </message>
    <message>
        <source>That class is full. Choose another.</source>
        <translation type="unfinished">Puno na ang klaseng iyan. Pumili ng iba.</translation>
    </message>
    <message>
        <source>That service is not offered here.</source>
        <translation type="unfinished">Hindi inaalok dito ang serbisyong iyan.</translation>
    </message>
    <message>
        <source>This is not available on this station yet.</source>
        <translation type="unfinished">Hindi pa ito available sa istasyong ito.</translation>
    </message>
    <message>
        <source>That did not work. Try again, or call IT if it keeps failing.</source>
        <translation type="unfinished">Hindi ito gumana. Subukang muli, o tawagan ang IT kung patuloy na pumapalya.</translation>
    </message>
</context>
<context>
    <name>DeskPersonScreen</name>
    <message>
        <source>Born %1</source>
        <translation type="unfinished">Ipinanganak %1</translation>
    </message>
    <message>
        <source>last visit %1</source>
        <translation type="unfinished">huling pagbisita %1</translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished">puno na</translation>
    </message>
    <message>
        <source>Not checked in today.</source>
        <translation type="unfinished">Hindi pa naka-check in ngayon.</translation>
    </message>
    <message>
        <source>Today&apos;s visit was voided.</source>
        <translation type="unfinished">Na-void ang pagbisita ngayon.</translation>
    </message>
    <message>
        <source>Checked in today: %1</source>
        <translation type="unfinished">Naka-check in ngayon: %1</translation>
    </message>
    <message>
        <source>Choose at least one service or class first.</source>
        <translation type="unfinished">Pumili muna ng kahit isang serbisyo o klase.</translation>
    </message>
    <message>
        <source>Type a reason first (it is kept with the record).</source>
        <translation type="unfinished">Mag-type muna ng dahilan (itatago ito kasama ng record).</translation>
    </message>
    <message>
        <source>Change the services first, then save the correction.</source>
        <translation type="unfinished">Baguhin muna ang mga serbisyo, saka i-save ang pagwawasto.</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">huling pagbisita</translation>
    </message>
    <message>
        <source>Find the duplicate first: type a name in the merge field.</source>
        <translation type="unfinished">Hanapin muna ang duplicate: mag-type ng pangalan sa merge field.</translation>
    </message>
    <message>
        <source>Merge %1 into %2? It can be undone.</source>
        <translation type="unfinished">Pagsamahin ang %1 sa %2? Maaari itong i-undo.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Tao</translation>
    </message>
    <message>
        <source>Services and today&apos;s classes</source>
        <translation type="unfinished">Mga serbisyo at klase ngayon</translation>
    </message>
    <message>
        <source>Check in (Ctrl+Enter)</source>
        <translation type="unfinished">I-check in (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">&amp;Dahilan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Dahilan</translation>
    </message>
    <message>
        <source>Why: e.g. chose the wrong class</source>
        <translation type="unfinished">Bakit: hal. maling klase ang napili</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished">I-save ang pagwawasto</translation>
    </message>
    <message>
        <source>Void visit</source>
        <translation type="unfinished">I-void ang pagbisita</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation type="unfinished">I-print ang slip</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation type="unfinished">I-print ang label</translation>
    </message>
    <message>
        <source>Merge a duplicate into this person</source>
        <translation type="unfinished">Isama ang duplicate sa taong ito</translation>
    </message>
    <message>
        <source>Find the duplicate by name, phone or ID</source>
        <translation type="unfinished">Hanapin ang duplicate ayon sa pangalan, telepono o ID</translation>
    </message>
    <message>
        <source>Find the duplicate</source>
        <translation type="unfinished">Hanapin ang duplicate</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished">Posibleng mga duplicate</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished">Pagsamahin…</translation>
    </message>
    <message>
        <source>Confirm merge</source>
        <translation type="unfinished">Kumpirmahin ang pagsasama</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished">I-undo ang pagsasama</translation>
    </message>
</context>
<context>
    <name>DeskRegisterScreen</name>
    <message>
        <source>Type the first name.</source>
        <translation type="unfinished">I-type ang pangalan.</translation>
    </message>
    <message>
        <source>Type the last name.</source>
        <translation type="unfinished">I-type ang apelyido.</translation>
    </message>
    <message>
        <source>That date of birth is in the future.</source>
        <translation type="unfinished">Nasa hinaharap ang petsa ng kapanganakang iyan.</translation>
    </message>
    <message>
        <source>There is no such date. Type the date of birth as MM/DD/YYYY, e.g. 03/14/1986.</source>
        <translation type="unfinished">Walang ganoong petsa. I-type ang petsa ng kapanganakan bilang MM/DD/YYYY, hal. 03/14/1986.</translation>
    </message>
    <message>
        <source>Type the date of birth as MM/DD/YYYY, e.g. 03/14/1986.</source>
        <translation type="unfinished">I-type ang petsa ng kapanganakan bilang MM/DD/YYYY, hal. 03/14/1986.</translation>
    </message>
    <message>
        <source>A phone number has 10 digits, e.g. 213-555-0100.</source>
        <translation type="unfinished">May 10 digit ang numero ng telepono, hal. 213-555-0100.</translation>
    </message>
    <message>
        <source>That is not a member ID of this plan. Expected: %1</source>
        <translation type="unfinished">Hindi ito member ID ng planong ito. Inaasahan: %1</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">huling pagbisita</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation type="unfinished">Magparehistro ng walk-in</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished">&amp;Pangalan</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished">&amp;Apelyido</translation>
    </message>
    <message>
        <source>&amp;Date of birth (MM/DD/YYYY)</source>
        <translation type="unfinished">&amp;Petsa ng kapanganakan (MM/DD/YYYY)</translation>
    </message>
    <message>
        <source>&amp;Phone (optional)</source>
        <translation type="unfinished">&amp;Telepono (opsyonal)</translation>
    </message>
    <message>
        <source>Preferred l&amp;anguage</source>
        <translation type="unfinished">&amp;Gustong wika</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation type="unfinished">P&amp;lano</translation>
    </message>
    <message>
        <source>&amp;Member ID</source>
        <translation type="unfinished">&amp;Member ID</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation type="unfinished">MM/DD/YYYY</translation>
    </message>
    <message>
        <source>No plan / not known</source>
        <translation type="unfinished">Walang plano / hindi alam</translation>
    </message>
    <message>
        <source>Agrees to share visit data with this plan</source>
        <translation type="unfinished">Pumapayag na ibahagi ang datos ng pagbisita sa planong ito</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Kanselahin</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished">I-save (Enter)</translation>
    </message>
    <message>
        <source>This may be someone already registered. Use that person, or save as new.</source>
        <translation type="unfinished">Maaaring nakarehistro na ang taong ito. Gamitin ang taong iyon, o i-save bilang bago.</translation>
    </message>
    <message>
        <source>Similar people</source>
        <translation type="unfinished">Mga kahawig na tao</translation>
    </message>
    <message>
        <source>Use this person</source>
        <translation type="unfinished">Gamitin ang taong ito</translation>
    </message>
    <message>
        <source>Save as new</source>
        <translation type="unfinished">I-save bilang bago</translation>
    </message>
</context>
<context>
    <name>DeskSearchScreen</name>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation type="unfinished">
            <numerusform>%n tao ang nahanap</numerusform>
            <numerusform>%n tao ang nahanap</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found. Press Ctrl+N to register a walk-in.</source>
        <translation type="unfinished">Walang nahanap. Pindutin ang Ctrl+N para magparehistro ng walk-in.</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">huling pagbisita</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished">Maghanap ng tao</translation>
    </message>
    <message>
        <source>Find a person (Ctrl+F)</source>
        <translation type="unfinished">Maghanap ng tao (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name, phone, date of birth or member ID</source>
        <translation type="unfinished">Pangalan, telepono, petsa ng kapanganakan o member ID</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Maghanap</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation type="unfinished">Bagong walk-in (Ctrl+N)</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">Mga nahanap na tao</translation>
    </message>
</context>
<context>
    <name>DeskSignInScreen</name>
    <message>
        <source>Type your PIN, then press Enter.</source>
        <translation type="unfinished">I-type ang iyong PIN, saka pindutin ang Enter.</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation type="unfinished">Pag-sign in ng staff</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished">Front desk</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter.</source>
        <translation type="unfinished">I-type ang iyong staff PIN at pindutin ang Enter.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished">Mag-sign in</translation>
    </message>
</context>
<context>
    <name>DeskStaffScreen</name>
    <message>
        <source>(you)</source>
        <translation type="unfinished">(ikaw)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">Aktibo</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished">Naka-deactivate</translation>
    </message>
    <message>
        <source>Pick a member in the list</source>
        <translation type="unfinished">Pumili ng miyembro sa listahan</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished">Napili: %1</translation>
    </message>
    <message>
        <source>Selected: %1 (deactivated)</source>
        <translation type="unfinished">Napili: %1 (naka-deactivate)</translation>
    </message>
    <message>
        <source>Type the PIN, then type it again.</source>
        <translation type="unfinished">I-type ang PIN, pagkatapos ay i-type ulit.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN twice.</source>
        <translation type="unfinished">Hindi pareho ang dalawang PIN. I-type ang PIN nang dalawang beses.</translation>
    </message>
    <message>
        <source>Type the member&apos;s name.</source>
        <translation type="unfinished">I-type ang pangalan ng miyembro.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account. Ask another supervisor or IT.</source>
        <translation type="unfinished">Hindi mo maaaring i-deactivate ang sarili mong account. Humingi ng tulong sa ibang supervisor o sa IT.</translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to sign in.</source>
        <translation type="unfinished">I-deactivate si %1? Hindi na siya makakapag-sign in.</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished">Front desk</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation type="unfinished">Child care</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished">Supervisor</translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished">IT</translation>
    </message>
    <message>
        <source>Another staff member already has that PIN. Choose another.</source>
        <translation type="unfinished">May ibang staff na may ganyang PIN. Pumili ng iba.</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess (one digit repeated, digits in a row, or a repeated pattern). Choose another.</source>
        <translation type="unfinished">Masyadong madaling hulaan ang PIN na iyan (iisang digit na inulit, magkakasunod na digit, o inulit na pattern). Pumili ng iba.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits (0-9).</source>
        <translation type="unfinished">Ang PIN ay 4 hanggang 8 digit (0-9).</translation>
    </message>
    <message>
        <source>This is the last active member with this role. Add another one first.</source>
        <translation type="unfinished">Ito ang huling aktibong miyembro na may ganitong tungkulin. Magdagdag muna ng iba.</translation>
    </message>
    <message>
        <source>Only a supervisor or IT can manage staff accounts.</source>
        <translation type="unfinished">Supervisor o IT lamang ang maaaring mamahala ng mga staff account.</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished">Mga staff account</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Pangalan</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Tungkulin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Katayuan</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished">Magdagdag ng miyembro</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished">Pan&amp;galan</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">&amp;Tungkulin</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation type="unfinished">&amp;PIN</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation type="unfinished">PIN ul&amp;it</translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation type="unfinished">&amp;Bagong PIN</translation>
    </message>
    <message>
        <source>New PIN aga&amp;in</source>
        <translation type="unfinished">Bagong PIN u&amp;lit</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished">Idagdag ang miyembro</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation type="unfinished">I-reset ang PIN</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished">I-&amp;deactivate…</translation>
    </message>
    <message>
        <source>&amp;Yes, deactivate</source>
        <translation type="unfinished">&amp;Oo, i-deactivate</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished">Kanselahin (Esc)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is busy. Trying again.</source>
        <translation type="unfinished">Abala ang database. Sinusubukang muli.</translation>
    </message>
    <message>
        <source>This station cannot save records. Please call IT.</source>
        <translation type="unfinished">Hindi makapag-save ng mga rekord ang istasyong ito. Mangyaring tawagan ang IT.</translation>
    </message>
    <message>
        <source>The database needs attention. Please call IT.</source>
        <translation type="unfinished">Kailangang suriin ang database. Mangyaring tawagan ang IT.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the front desk for help.</source>
        <translation type="unfinished">Nagkaproblema. Mangyaring humingi ng tulong sa front desk.</translation>
    </message>
    <message>
        <source>Please use your member card</source>
        <translation type="unfinished">Pakigamit ang iyong member card</translation>
    </message>
    <message>
        <source>A driver&apos;s license or state ID cannot be used here, and nothing from it was kept. Scan your health plan card or CRC pass, or type your details.</source>
        <translation type="unfinished">Hindi magagamit dito ang driver&apos;s license o state ID, at walang itinago mula rito. I-scan ang iyong health plan card o CRC pass, o i-type ang iyong detalye.</translation>
    </message>
    <message>
        <source>A bank card cannot be used here. Scan your health plan card or CRC pass, or type your ID.</source>
        <translation type="unfinished">Hindi magagamit dito ang bank card. I-scan ang iyong health plan card o CRC pass, o i-type ang iyong ID.</translation>
    </message>
    <message>
        <source>We could not read this pass</source>
        <translation type="unfinished">Hindi namin mabasa ang pass na ito</translation>
    </message>
    <message>
        <source>Please see the front desk. They will check you in.</source>
        <translation type="unfinished">Pumunta sa front desk. Sila ang magche-check in sa iyo.</translation>
    </message>
    <message>
        <source>We could not use this card</source>
        <translation type="unfinished">Hindi namin magamit ang card na ito</translation>
    </message>
    <message>
        <source>Try again, type your ID, or touch &quot;I don&apos;t have a card&quot;. The front desk can also help.</source>
        <translation type="unfinished">Subukan muli, i-type ang iyong ID, o pindutin ang &quot;Wala akong card&quot;. Makakatulong din ang front desk.</translation>
    </message>
    <message>
        <source>Please type your member ID.</source>
        <translation type="unfinished">Pakitype ang iyong member ID.</translation>
    </message>
    <message>
        <source>This ID does not look complete or right. Please check it.</source>
        <translation type="unfinished">Mukhang kulang o mali ang ID na ito. Pakisuri.</translation>
    </message>
    <message>
        <source>This ID matches more than one card. Please see the front desk.</source>
        <translation type="unfinished">Tugma ang ID na ito sa higit sa isang card. Pumunta sa front desk.</translation>
    </message>
    <message>
        <source>This is not an ID we know. Please check it.</source>
        <translation type="unfinished">Hindi namin kilala ang ID na ito. Pakisuri.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished">Halimbawa: %1</translation>
    </message>
    <message>
        <source>We did not find this ID</source>
        <translation type="unfinished">Hindi namin nakita ang ID na ito</translation>
    </message>
    <message>
        <source>You can try again, register now (it takes a minute), or see the front desk.</source>
        <translation type="unfinished">Maaari kang sumubok muli, magparehistro ngayon (isang minuto lang), o pumunta sa front desk.</translation>
    </message>
    <message>
        <source>This class just filled up</source>
        <translation type="unfinished">Kapupuno lang ng klaseng ito</translation>
    </message>
    <message>
        <source>Please choose something else, or see the front desk.</source>
        <translation type="unfinished">Pumili ng iba, o pumunta sa front desk.</translation>
    </message>
    <message>
        <source>Please check what you typed</source>
        <translation type="unfinished">Pakisuri ang iyong tinype</translation>
    </message>
    <message>
        <source>Something is missing or not right. The front desk can help.</source>
        <translation type="unfinished">May kulang o mali. Makakatulong ang front desk.</translation>
    </message>
    <message>
        <source>Sorry, something went wrong</source>
        <translation type="unfinished">Paumanhin, may nagkaproblema</translation>
    </message>
    <message>
        <source>The children&apos;s room cannot take more children at that time. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">Hindi na makatanggap ng mas maraming bata ang silid ng mga bata sa oras na iyon. Naka-check in ka na. Pumunta sa front desk tungkol sa child care.</translation>
    </message>
    <message>
        <source>Our children&apos;s room cannot take a child of that age. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">Hindi makatanggap ang aming silid ng mga bata ng batang ganoong edad. Naka-check in ka na. Pumunta sa front desk tungkol sa child care.</translation>
    </message>
    <message>
        <source>We could not reach the children&apos;s room just now. You are checked in. Please see the front desk to sign your children up.</source>
        <translation type="unfinished">Hindi namin makontak ang silid ng mga bata sa ngayon. Naka-check in ka na. Mangyaring pumunta sa front desk para ipalista ang iyong mga anak.</translation>
    </message>
    <message>
        <source>Child care could not be booked here. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">Hindi ma-book ang child care dito. Naka-check in ka na. Pumunta sa front desk tungkol sa child care.</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>Type the pickup code from the parent&apos;s slip, or scan it.</source>
        <translation type="unfinished">I-type ang pickup code mula sa slip ng magulang, o i-scan ito.</translation>
    </message>
    <message>
        <source>Children for code %1</source>
        <translation type="unfinished">Mga bata para sa code na %1</translation>
    </message>
    <message>
        <source>%1: expected</source>
        <translation type="unfinished">%1: inaasahan</translation>
    </message>
    <message>
        <source>%1: in the room</source>
        <translation type="unfinished">%1: nasa silid</translation>
    </message>
    <message>
        <source>%1: picked up</source>
        <translation type="unfinished">%1: nasundo na</translation>
    </message>
    <message numerus="yes">
        <source>Check in %n child(ren)</source>
        <translation type="unfinished">
            <numerusform>I-check in ang %n bata</numerusform>
            <numerusform>I-check in ang %n bata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check out %n child(ren)</source>
        <translation type="unfinished">
            <numerusform>I-check out ang %n bata</numerusform>
            <numerusform>I-check out ang %n bata</numerusform>
        </translation>
    </message>
    <message>
        <source>Say who is picking up (the name on their ID).</source>
        <translation type="unfinished">Sabihin kung sino ang susundo (ang pangalan sa kanyang ID).</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation type="unfinished">Pickup code</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished">Hanapin</translation>
    </message>
    <message>
        <source>Find the children of this code</source>
        <translation type="unfinished">Hanapin ang mga bata ng code na ito</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">Sinundo ni</translation>
    </message>
    <message>
        <source>Print their labels</source>
        <translation type="unfinished">I-print ang kanilang mga label</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message numerus="yes">
        <source>Check-ins per hour: %n in all</source>
        <translation type="unfinished">
            <numerusform>Check-in bawat oras: %n lahat</numerusform>
            <numerusform>Check-in bawat oras: %n lahat</numerusform>
        </translation>
    </message>
    <message>
        <source>busiest %1:00</source>
        <translation type="unfinished">pinakamatao %1:00</translation>
    </message>
</context>
<context>
    <name>KioskFlow</name>
    <message>
        <source>the next hour</source>
        <translation type="unfinished">susunod na oras</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">Mali ang PIN. Subukan muli.</translation>
    </message>
    <message>
        <source>Too many tries. Please wait, then try again.</source>
        <translation type="unfinished">Masyadong maraming subok. Maghintay, saka subukan muli.</translation>
    </message>
    <message>
        <source>Staff sign-in is not available</source>
        <translation type="unfinished">Hindi available ang pag-sign in ng staff</translation>
    </message>
    <message>
        <source>Please call IT to leave kiosk mode.</source>
        <translation type="unfinished">Tumawag sa IT para umalis sa kiosk mode.</translation>
    </message>
    <message>
        <source>CRC Kiosk: %1</source>
        <translation type="unfinished">CRC Kiosk: %1</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">Mensahe</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">Subukan muli</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">I-type ang ID ko</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">Magparehistro</translation>
    </message>
    <message>
        <source>Choose again</source>
        <translation type="unfinished">Pumili muli</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished">Bumalik sa simula</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation type="unfinished">Keyboard sa screen</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation type="unfinished">Burahin ang huling character</translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished">Espasyo</translation>
    </message>
</context>
<context>
    <name>OverridePanel</name>
    <message>
        <source>Release %1 without the pickup code</source>
        <translation type="unfinished">Ibigay si %1 nang walang pickup code</translation>
    </message>
    <message>
        <source>Say who is picking up (the name on their ID).</source>
        <translation type="unfinished">Sabihin kung sino ang susundo (ang pangalan sa kanyang ID).</translation>
    </message>
    <message>
        <source>A release without the code needs a reason: what happened, and how you checked who they are.</source>
        <translation type="unfinished">Kailangan ng dahilan ang pagbibigay nang walang code: ano ang nangyari, at paano mo tiniyak kung sino sila.</translation>
    </message>
    <message>
        <source>Release without the code</source>
        <translation type="unfinished">Ibigay nang walang code</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">Sinundo ni</translation>
    </message>
    <message>
        <source>Reason (recorded with your name)</source>
        <translation type="unfinished">Dahilan (itinatala kasama ang iyong pangalan)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Dahilan</translation>
    </message>
    <message>
        <source>Release the child</source>
        <translation type="unfinished">Ibigay ang bata</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Kanselahin</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>Please type your first name.</source>
        <translation type="unfinished">Pakitype ang iyong pangalan.</translation>
    </message>
    <message>
        <source>Please type your last name.</source>
        <translation type="unfinished">Pakitype ang iyong apelyido.</translation>
    </message>
    <message>
        <source>Please type your date of birth: month, day, year.</source>
        <translation type="unfinished">Pakitype ang petsa ng kapanganakan: buwan, araw, taon.</translation>
    </message>
    <message>
        <source>A phone number has 10 digits. You can also leave it empty.</source>
        <translation type="unfinished">May 10 digit ang numero ng telepono. Maaari mo rin itong iwanang blangko.</translation>
    </message>
    <message>
        <source>Please type the member ID from your plan card.</source>
        <translation type="unfinished">Pakitype ang member ID mula sa iyong plan card.</translation>
    </message>
    <message>
        <source>Please answer: may we share your visits?</source>
        <translation type="unfinished">Pakisagot: maaari ba naming ibahagi ang iyong mga pagbisita?</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">Magparehistro</translation>
    </message>
    <message>
        <source>Tell us about you</source>
        <translation type="unfinished">Magkuwento tungkol sa iyo</translation>
    </message>
    <message>
        <source>It takes about a minute. Touch a box, then type on the keys.</source>
        <translation type="unfinished">Mga isang minuto lang. Pindutin ang isang kahon, saka mag-type sa mga key.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished">Pangalan</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished">Apelyido</translation>
    </message>
    <message>
        <source>Date of birth (month / day / year)</source>
        <translation type="unfinished">Petsa ng kapanganakan (buwan / araw / taon)</translation>
    </message>
    <message>
        <source>Phone (you can leave this empty)</source>
        <translation type="unfinished">Telepono (maaaring iwanang blangko)</translation>
    </message>
    <message>
        <source>Language you prefer</source>
        <translation type="unfinished">Wikang gusto mo</translation>
    </message>
    <message>
        <source>Your health plan, if you know it</source>
        <translation type="unfinished">Ang iyong health plan, kung alam mo</translation>
    </message>
    <message>
        <source>Member ID from your plan card</source>
        <translation type="unfinished">Member ID mula sa plan card</translation>
    </message>
    <message>
        <source>May we tell your health plan when you visit us? It helps them help you.</source>
        <translation type="unfinished">Maaari ba naming sabihin sa iyong health plan kapag bumibisita ka? Makakatulong ito para matulungan ka nila.</translation>
    </message>
    <message>
        <source>No plan / I don&apos;t know</source>
        <translation type="unfinished">Walang plan / Hindi ko alam</translation>
    </message>
    <message>
        <source>Yes, share my visits</source>
        <translation type="unfinished">Oo, ibahagi ang mga pagbisita ko</translation>
    </message>
    <message>
        <source>No, do not share</source>
        <translation type="unfinished">Hindi, huwag ibahagi</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Bumalik</translation>
    </message>
    <message>
        <source>Register and continue</source>
        <translation type="unfinished">Magparehistro at magpatuloy</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <source>In the room: %1 of %2 places. Expected: %3.</source>
        <translation type="unfinished">Nasa silid: %1 sa %2 puwesto. Inaasahan: %3.</translation>
    </message>
    <message>
        <source>Staff signed in: %1 (%2). Needed for the children here: %3.</source>
        <translation type="unfinished">Staff na naka-sign in: %1 (%2). Kailangan para sa mga batang ito: %3.</translation>
    </message>
    <message>
        <source>Overdue: %1 (in since %2; the parent&apos;s class ended or the maximum stay is over). Call the parent or the front desk.</source>
        <translation type="unfinished">Lampas na sa oras: %1 (nasa silid mula %2; tapos na ang klase ng magulang o lumampas na sa pinakamahabang pananatili). Tawagan ang magulang o ang front desk.</translation>
    </message>
    <message>
        <source>Class ending soon: %1 (the parent&apos;s class ends at %2). Get ready for pickup.</source>
        <translation type="unfinished">Malapit nang matapos ang klase: %1 (matatapos ang klase ng magulang nang %2). Maghanda para sa pagsundo.</translation>
    </message>
    <message>
        <source>Child-care room</source>
        <translation type="unfinished">Child-care room</translation>
    </message>
    <message>
        <source>Check in selected child</source>
        <translation type="unfinished">I-check in ang napiling bata</translation>
    </message>
    <message>
        <source>Release without code…</source>
        <translation type="unfinished">Ibigay nang walang code…</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation type="unfinished">I-print ang mga label</translation>
    </message>
</context>
<context>
    <name>RosterTables</name>
    <message>
        <source>(override)</source>
        <translation type="unfinished">(override)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform>%n buwan</numerusform>
            <numerusform>%n buwan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform>%n taon</numerusform>
            <numerusform>%n taon</numerusform>
        </translation>
    </message>
    <message>
        <source>Allergy: %1</source>
        <translation type="unfinished">Allergy: %1</translation>
    </message>
    <message>
        <source>Medical: %1</source>
        <translation type="unfinished">Medikal: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">Lampas na sa oras</translation>
    </message>
    <message>
        <source>Class ending</source>
        <translation type="unfinished">Matatapos ang klase</translation>
    </message>
    <message>
        <source>In the room (%1)</source>
        <translation type="unfinished">Nasa silid (%1)</translation>
    </message>
    <message>
        <source>Expected (%1)</source>
        <translation type="unfinished">Inaasahan (%1)</translation>
    </message>
    <message>
        <source>Picked up (%1)</source>
        <translation type="unfinished">Nasundo na (%1)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished">Bata</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Edad</translation>
    </message>
    <message>
        <source>In since</source>
        <translation type="unfinished">Nasa silid mula</translation>
    </message>
    <message>
        <source>Class ends</source>
        <translation type="unfinished">Tapos ng klase</translation>
    </message>
    <message>
        <source>Allergy / medical</source>
        <translation type="unfinished">Allergy / medikal</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished">Babala</translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished">Pasok</translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished">Labas</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">Sinundo ni</translation>
    </message>
</context>
<context>
    <name>StaffAccounts</name>
    <message>
        <source>%1 is added as %2 and can sign in with their PIN now.</source>
        <translation type="unfinished">Naidagdag si %1 bilang %2 at maaari na siyang mag-sign in gamit ang kanyang PIN.</translation>
    </message>
    <message>
        <source>New PIN saved for %1. The old one no longer works.</source>
        <translation type="unfinished">Na-save ang bagong PIN para kay %1. Hindi na gumagana ang luma.</translation>
    </message>
    <message>
        <source>%1 is deactivated and can no longer sign in.</source>
        <translation type="unfinished">Naka-deactivate na si %1 at hindi na makakapag-sign in.</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">PIN ng staff</translation>
    </message>
    <message>
        <source>Staff only: type your PIN</source>
        <translation type="unfinished">Para sa staff lang: i-type ang iyong PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Kanselahin</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">I-unlock</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>CRC front desk: %1</source>
        <translation type="unfinished">CRC front desk: %1</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Station status</source>
        <translation type="unfinished">Katayuan ng istasyon</translation>
    </message>
    <message>
        <source>Checking the station…</source>
        <translation type="unfinished">Sinusuri ang istasyon…</translation>
    </message>
    <message>
        <source>Database OK</source>
        <translation type="unfinished">Maayos ang database</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting, offline since %1</source>
        <translation type="unfinished">
            <numerusform>%n record ang naghihintay, offline mula %1</numerusform>
            <numerusform>%n record ang naghihintay, offline mula %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to sync</source>
        <translation type="unfinished">
            <numerusform>%n rekord ang naghihintay na ma-sync</numerusform>
            <numerusform>%n rekord ang naghihintay na ma-sync</numerusform>
        </translation>
    </message>
    <message>
        <source>No records waiting</source>
        <translation type="unfinished">Walang rekord na naghihintay</translation>
    </message>
    <message>
        <source>All records sent</source>
        <translation type="unfinished">Naipadala na ang lahat ng rekord</translation>
    </message>
    <message>
        <source>%1: credentials need attention (call IT)</source>
        <translation type="unfinished">%1: kailangang ayusin ang credentials (tumawag sa IT)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation type="unfinished">
            <numerusform>%n rekord ang tinanggihan</numerusform>
            <numerusform>%n rekord ang tinanggihan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock is off by %n minute(s): check the time</source>
        <translation type="unfinished">
            <numerusform>Mali ang orasan nang %n minuto: suriin ang oras</numerusform>
            <numerusform>Mali ang orasan nang %n minuto: suriin ang oras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypedIdScreen</name>
    <message>
        <source>Type your ID</source>
        <translation type="unfinished">I-type ang iyong ID</translation>
    </message>
    <message>
        <source>Type your member ID</source>
        <translation type="unfinished">I-type ang iyong member ID</translation>
    </message>
    <message>
        <source>It is on your health plan card or Medi-Cal card.</source>
        <translation type="unfinished">Nasa iyong health plan card o Medi-Cal card ito.</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished">Member ID</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Bumalik</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Magpatuloy</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome screen</source>
        <translation type="unfinished">Screen ng pagbati</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">Maligayang pagdating</translation>
    </message>
    <message>
        <source>Touch your language to begin</source>
        <translation type="unfinished">Pindutin ang iyong wika para magsimula</translation>
    </message>
    <message>
        <source>Use the card scanner, or touch &quot;Type my ID&quot;.</source>
        <translation type="unfinished">Gamitin ang card scanner, o pindutin ang &quot;I-type ang ID ko&quot;.</translation>
    </message>
    <message>
        <source>Hold your card or pass up to the camera</source>
        <translation type="unfinished">Itapat ang iyong card o pass sa camera</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">I-type ang ID ko</translation>
    </message>
    <message>
        <source>I don&apos;t have a card</source>
        <translation type="unfinished">Wala akong card</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished">Mas malaking teksto</translation>
    </message>
    <message>
        <source>Make the words on every screen bigger</source>
        <translation type="unfinished">Palakihin ang mga salita sa bawat screen</translation>
    </message>
    <message>
        <source>Show the screen in this language</source>
        <translation type="unfinished">Ipakita ang screen sa wikang ito</translation>
    </message>
    <message>
        <source>Plan A</source>
        <translation type="unfinished">Plan A</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation type="unfinished">Plan B</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished">Logo ng %1</translation>
    </message>
</context>
</TS>
