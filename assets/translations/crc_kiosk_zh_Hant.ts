<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>CameraView</name>
    <message>
        <source>Camera starting…</source>
        <translation type="unfinished">相機啟動中…</translation>
    </message>
    <message>
        <source>No camera: use the scanner or type your ID</source>
        <translation type="unfinished">沒有相機：請使用掃描器或輸入您的 ID</translation>
    </message>
    <message>
        <source>Camera disconnected, reconnecting…</source>
        <translation type="unfinished">相機已中斷連線，正在重新連線…</translation>
    </message>
    <message>
        <source>Camera: hold your card or pass up to it</source>
        <translation type="unfinished">相機：請將您的卡片或通行證對準相機</translation>
    </message>
</context>
<context>
    <name>ChildCareFlow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">PIN 碼不正確，請再試一次。</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity. You still count as in the room.</source>
        <translation type="unfinished">
            <numerusform>%n 分鐘無操作後已鎖定。您仍計為在房間內。</numerusform>
        </translation>
    </message>
    <message>
        <source>You left the room; you no longer count for its ratio.</source>
        <translation type="unfinished">您已離開房間；不再計入該房間的師生比例。</translation>
    </message>
    <message>
        <source>You cannot leave yet: the children in the room need you for the ratio. Sign another staff member in, or check children out first.</source>
        <translation type="unfinished">您現在還不能離開：房間裡的孩子需要您來符合比例。請讓另一位工作人員登入，或先讓一些孩子被接走。</translation>
    </message>
    <message>
        <source>Signed in: %1, counted in %2</source>
        <translation type="unfinished">已登入：%1，計入 %2</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished">已報到：%1</translation>
    </message>
    <message>
        <source>Picked up: %1</source>
        <translation type="unfinished">已接走：%1</translation>
    </message>
    <message>
        <source>Released without the code: %1. The reason is recorded.</source>
        <translation type="unfinished">已在無接送碼的情況下交還：%1。原因已記錄。</translation>
    </message>
    <message>
        <source>ALLERGY</source>
        <translation type="unfinished">過敏</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished">至 %1</translation>
    </message>
    <message>
        <source>Pickup: %1</source>
        <translation type="unfinished">接送：%1</translation>
    </message>
    <message>
        <source>No printer is set up on this station. You can save the labels as a PDF file instead.</source>
        <translation type="unfinished">此工作站未設定印表機。您可以改為將標籤儲存為 PDF 檔案。</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation type="unfinished">標籤預覽</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation type="unfinished">重新整理 (F5)</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation type="unfinished">鎖定 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Leave the room</source>
        <translation type="unfinished">離開房間</translation>
    </message>
</context>
<context>
    <name>ChildCareMessages</name>
    <message>
        <source>No child here matches that code today. Check the code on the slip; if it is lost, use a release with a reason.</source>
        <translation type="unfinished">今天沒有孩子與該代碼相符。請核對單據上的代碼；如果單據遺失，請填寫原因後交還。</translation>
    </message>
    <message>
        <source>Not checked in: the room would be over its staff-to-child ratio. Sign another staff member in to the room, or send the parent to the front desk.</source>
        <translation type="unfinished">未報到：房間將超出工作人員與兒童的比例。請讓另一位工作人員登入到房間，或請家長前往櫃檯。</translation>
    </message>
    <message>
        <source>Not checked in: the room is full. Send the parent to the front desk.</source>
        <translation type="unfinished">未報到：房間已滿。請家長前往櫃檯。</translation>
    </message>
    <message>
        <source>Do not hand the child over: %1 is on this child&apos;s refused list. Call a supervisor.</source>
        <translation type="unfinished">不要交出孩子：%1 在該孩子的禁止接送名單上。請呼叫主管。</translation>
    </message>
    <message>
        <source>%1 is not a guardian or on the authorized list. Check their ID; release only with a reason.</source>
        <translation type="unfinished">%1 不是監護人，也不在授權名單上。請核對其證件；僅在填寫原因後交還。</translation>
    </message>
    <message>
        <source>That child is not in the room.</source>
        <translation type="unfinished">該孩子不在房間內。</translation>
    </message>
    <message>
        <source>Only child-care staff or a supervisor can sign in at the child-care room.</source>
        <translation type="unfinished">只有托兒工作人員或主管可以在托兒室登入。</translation>
    </message>
    <message>
        <source>This site has no child-care room set up. Call IT.</source>
        <translation type="unfinished">本據點未設定托兒室。請聯絡 IT。</translation>
    </message>
</context>
<context>
    <name>ChildCareSignInScreen</name>
    <message>
        <source>Child care</source>
        <translation type="unfinished">托兒服務</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter. You then count for the staff-to-child ratio of %1.</source>
        <translation type="unfinished">輸入您的員工 PIN 並按 Enter。之後您將計入 %1 的師生比例。</translation>
    </message>
</context>
<context>
    <name>ChildCareWindow</name>
    <message>
        <source>CRC child care: %1</source>
        <translation type="unfinished">CRC 托兒服務：%1</translation>
    </message>
    <message>
        <source>This site has no child-care room set up. Call IT.</source>
        <translation type="unfinished">本據點未設定托兒室。請聯絡 IT。</translation>
    </message>
    <message>
        <source>The lobby kiosks cannot sign children up for this room: this station has no site link key. Parents are sent to the front desk. Call IT.</source>
        <translation type="unfinished">大廳自助機無法為本室登記兒童：本工作站沒有中心連線金鑰。家長會被引導到前台。請聯絡 IT。</translation>
    </message>
    <message>
        <source>The lobby kiosks cannot sign children up for this room: port %1 is in use on this station. Parents are sent to the front desk. Call IT.</source>
        <translation type="unfinished">大廳自助機無法為本室登記兒童：本工作站的連接埠 %1 已被占用。家長會被引導到前台。請聯絡 IT。</translation>
    </message>
</context>
<context>
    <name>ChildrenScreen</name>
    <message>
        <source>Please type the child&apos;s first name.</source>
        <translation type="unfinished">請輸入孩子的名字。</translation>
    </message>
    <message>
        <source>Please type the child&apos;s last name.</source>
        <translation type="unfinished">請輸入孩子的姓氏。</translation>
    </message>
    <message>
        <source>Please type the child&apos;s date of birth: month, day, year.</source>
        <translation type="unfinished">請輸入孩子的出生日期：月、日、年。</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation type="unfinished">托兒服務</translation>
    </message>
    <message>
        <source>Child care while you are here</source>
        <translation type="unfinished">您在這裡期間的托兒服務</translation>
    </message>
    <message>
        <source>Touch each child who will stay in the children&apos;s room.</source>
        <translation type="unfinished">請點選每個要留在兒童室的孩子。</translation>
    </message>
    <message>
        <source>%1 During: %2</source>
        <translation type="unfinished">%1 時間：%2</translation>
    </message>
    <message>
        <source>Add each child who will stay with us.</source>
        <translation type="unfinished">請新增每個要留在我們這裡的孩子。</translation>
    </message>
    <message>
        <source>%1, age %2</source>
        <translation type="unfinished">%1，%2 歲</translation>
    </message>
    <message>
        <source>Child&apos;s first name</source>
        <translation type="unfinished">孩子的名字</translation>
    </message>
    <message>
        <source>Child&apos;s last name</source>
        <translation type="unfinished">孩子的姓氏</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth (month / day / year)</source>
        <translation type="unfinished">孩子的出生日期（月 / 日 / 年）</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation type="unfinished">新增孩子</translation>
    </message>
    <message>
        <source>Add this child</source>
        <translation type="unfinished">新增這個孩子</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">返回</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished">報到</translation>
    </message>
</context>
<context>
    <name>ChooseScreen</name>
    <message>
        <source>Choose why you came</source>
        <translation type="unfinished">選擇您來訪的原因</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished">歡迎，%1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">歡迎</translation>
    </message>
    <message>
        <source>What are you here for today? Touch one or more.</source>
        <translation type="unfinished">您今天來做什麼？請點選一項或多項。</translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished">服務</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation type="unfinished">今日課程</translation>
    </message>
    <message>
        <source>No classes today.</source>
        <translation type="unfinished">今天沒有課程。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished">%1 至 %2</translation>
    </message>
    <message>
        <source>%1 (full)</source>
        <translation type="unfinished">%1（額滿）</translation>
    </message>
    <message>
        <source>I need child care</source>
        <translation type="unfinished">我需要托兒服務</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished">報到</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Pickup code: %1</source>
        <translation type="unfinished">接送碼：%1</translation>
    </message>
    <message>
        <source>Your slip is printing.</source>
        <translation type="unfinished">正在列印您的單據。</translation>
    </message>
    <message>
        <source>The printer is not available. Please take a photo of the screen.</source>
        <translation type="unfinished">印表機無法使用，請拍下螢幕畫面。</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation type="unfinished">您已完成報到</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">完成</translation>
    </message>
    <message>
        <source>Your CRC pass QR code</source>
        <translation type="unfinished">您的 CRC 通行證 QR 碼</translation>
    </message>
    <message>
        <source>Take a photo of this code. Next time, scan it here.</source>
        <translation type="unfinished">請拍下這個條碼，下次在這裡掃描即可。</translation>
    </message>
    <message>
        <source>Print a slip</source>
        <translation type="unfinished">列印單據</translation>
    </message>
    <message>
        <source>You are already checked in</source>
        <translation type="unfinished">您已經報到過了</translation>
    </message>
    <message>
        <source>You are checked in, %1</source>
        <translation type="unfinished">%1，您已完成報到</translation>
    </message>
    <message>
        <source>Child care for %1 in %2 until %3. Your pickup code:</source>
        <translation type="unfinished">托兒服務：%1，地點 %2，至 %3。您的接送碼：</translation>
    </message>
    <message>
        <source>Pickup code %1</source>
        <translation type="unfinished">接送碼 %1</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">您還在嗎？</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s), to keep your information private.</source>
        <translation type="unfinished">
            <numerusform>%n 秒後將重新開始，以保護您的資料。</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished">我還在</translation>
    </message>
</context>
<context>
    <name>DeskDayScreen</name>
    <message>
        <source>In the building now (%1)</source>
        <translation type="unfinished">目前在館內 (%1)</translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished">已額滿</translation>
    </message>
    <message>
        <source>No plans</source>
        <translation type="unfinished">沒有健康計劃</translation>
    </message>
    <message>
        <source>paused: credentials need attention (call IT)</source>
        <translation type="unfinished">已暫停：憑證需要處理（請聯絡 IT）</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, offline since %1</source>
        <translation type="unfinished">
            <numerusform>%n 筆等待中，自 %1 起離線</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform>%n 筆等待中</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation type="unfinished">全部已送出</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation type="unfinished">
            <numerusform>%n 筆被拒</numerusform>
        </translation>
    </message>
    <message>
        <source>The day</source>
        <translation type="unfinished">今日概況</translation>
    </message>
    <message>
        <source>In the building now</source>
        <translation type="unfinished">目前在館內</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation type="unfinished">今日課程</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished">課程</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">教室</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">時間</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation type="unfinished">已報名</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">代碼</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">名稱</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished">開始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished">結束</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished">名額</translation>
    </message>
    <message>
        <source>Save class</source>
        <translation type="unfinished">儲存課程</translation>
    </message>
    <message>
        <source>Check-ins per hour</source>
        <translation type="unfinished">每小時報到人數</translation>
    </message>
    <message>
        <source>Sending to the plans</source>
        <translation type="unfinished">傳送至健康計劃</translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished">報表</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">從</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">至</translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished">第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished">最後一天</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished">匯出 CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished">匯出 PDF…</translation>
    </message>
</context>
<context>
    <name>DeskFlow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">PIN 碼不正確，請再試一次。</translation>
    </message>
    <message numerus="yes">
        <source>Signed out after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform>閒置 %n 分鐘後已登出。</numerusform>
        </translation>
    </message>
    <message>
        <source>front desk</source>
        <translation type="unfinished">櫃台</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished">主管</translation>
    </message>
    <message>
        <source>child care</source>
        <translation type="unfinished">托兒</translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished">IT</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished">已登入：%1（%2）</translation>
    </message>
    <message>
        <source>This card is not registered here yet. Complete the form to register.</source>
        <translation type="unfinished">此卡尚未在此登記。請填寫表格完成登記。</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished">已報到：%1</translation>
    </message>
    <message>
        <source>Correction saved. The visit now has: %1</source>
        <translation type="unfinished">更正已儲存。此次到訪現在包括：%1</translation>
    </message>
    <message>
        <source>Visit voided. It no longer counts.</source>
        <translation type="unfinished">到訪已作廢，不再計算。</translation>
    </message>
    <message>
        <source>A person cannot be merged with themself.</source>
        <translation type="unfinished">不能將同一人與自己合併。</translation>
    </message>
    <message>
        <source>Merged. Their visits are now this person&apos;s.</source>
        <translation type="unfinished">已合併。其到訪紀錄現屬於此人。</translation>
    </message>
    <message>
        <source>Merge undone. They are two people again.</source>
        <translation type="unfinished">已復原合併，恢復為兩個人。</translation>
    </message>
    <message>
        <source>No printer is set up on this station. The check-in is saved; you can print to a PDF file instead.</source>
        <translation type="unfinished">此工作站未設定印表機。報到已儲存；您可以改為列印成 PDF 檔。</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished">預覽列印</translation>
    </message>
    <message>
        <source>Only a supervisor can change today&apos;s classes.</source>
        <translation type="unfinished">只有主管可以更改今日課程。</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation type="unfinished">報表已儲存：%1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished">儲存報表</translation>
    </message>
    <message>
        <source>Search (F3)</source>
        <translation type="unfinished">搜尋 (F3)</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation type="unfinished">新訪客 (Ctrl+N)</translation>
    </message>
    <message>
        <source>The day (F5)</source>
        <translation type="unfinished">今日概況 (F5)</translation>
    </message>
    <message>
        <source>Staff (F7)</source>
        <translation type="unfinished">員工 (F7)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished">登出</translation>
    </message>
</context>
<context>
    <name>DeskMessages</name>
    <message>
        <source>Too many wrong PINs. Sign-in is locked until %1 (%2 min).</source>
        <translation type="unfinished">PIN 錯誤次數過多。登入已鎖定至 %1（%2 分鐘）。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">未儲存：%1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished">找不到：%1</translation>
    </message>
    <message>
        <source>That class is full. Choose another.</source>
        <translation type="unfinished">該課程已額滿，請選擇其他課程。</translation>
    </message>
    <message>
        <source>That service is not offered here.</source>
        <translation type="unfinished">此處不提供該服務。</translation>
    </message>
    <message>
        <source>This is not available on this station yet.</source>
        <translation type="unfinished">此工作站尚未提供此功能。</translation>
    </message>
    <message>
        <source>That did not work. Try again, or call IT if it keeps failing.</source>
        <translation type="unfinished">操作未成功。請再試一次，若持續失敗請聯絡 IT。</translation>
    </message>
</context>
<context>
    <name>DeskPersonScreen</name>
    <message>
        <source>Born %1</source>
        <translation type="unfinished">出生 %1</translation>
    </message>
    <message>
        <source>last visit %1</source>
        <translation type="unfinished">上次到訪 %1</translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished">已額滿</translation>
    </message>
    <message>
        <source>Not checked in today.</source>
        <translation type="unfinished">今天尚未報到。</translation>
    </message>
    <message>
        <source>Today&apos;s visit was voided.</source>
        <translation type="unfinished">今天的到訪已作廢。</translation>
    </message>
    <message>
        <source>Checked in today: %1</source>
        <translation type="unfinished">今天已報到：%1</translation>
    </message>
    <message>
        <source>Choose at least one service or class first.</source>
        <translation type="unfinished">請先選擇至少一項服務或課程。</translation>
    </message>
    <message>
        <source>Type a reason first (it is kept with the record).</source>
        <translation type="unfinished">請先輸入原因（會與紀錄一併保存）。</translation>
    </message>
    <message>
        <source>Change the services first, then save the correction.</source>
        <translation type="unfinished">請先變更服務，再儲存更正。</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">上次到訪</translation>
    </message>
    <message>
        <source>Find the duplicate first: type a name in the merge field.</source>
        <translation type="unfinished">請先找出重複的人：在合併欄位輸入姓名。</translation>
    </message>
    <message>
        <source>Merge %1 into %2? It can be undone.</source>
        <translation type="unfinished">將 %1 合併至 %2？此操作可以復原。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">個人資料</translation>
    </message>
    <message>
        <source>Services and today&apos;s classes</source>
        <translation type="unfinished">服務與今日課程</translation>
    </message>
    <message>
        <source>Check in (Ctrl+Enter)</source>
        <translation type="unfinished">報到 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">原因</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">原因</translation>
    </message>
    <message>
        <source>Why: e.g. chose the wrong class</source>
        <translation type="unfinished">原因：例如選錯了課程</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished">儲存更正</translation>
    </message>
    <message>
        <source>Void visit</source>
        <translation type="unfinished">作廢到訪</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation type="unfinished">列印單據</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation type="unfinished">列印標籤</translation>
    </message>
    <message>
        <source>Merge a duplicate into this person</source>
        <translation type="unfinished">將重複的人合併至此人</translation>
    </message>
    <message>
        <source>Find the duplicate by name, phone or ID</source>
        <translation type="unfinished">以姓名、電話或 ID 找出重複的人</translation>
    </message>
    <message>
        <source>Find the duplicate</source>
        <translation type="unfinished">找出重複的人</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished">可能重複的人</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished">合併…</translation>
    </message>
    <message>
        <source>Confirm merge</source>
        <translation type="unfinished">確認合併</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished">復原合併</translation>
    </message>
</context>
<context>
    <name>DeskRegisterScreen</name>
    <message>
        <source>Type the first name.</source>
        <translation type="unfinished">請輸入名字。</translation>
    </message>
    <message>
        <source>Type the last name.</source>
        <translation type="unfinished">請輸入姓氏。</translation>
    </message>
    <message>
        <source>That date of birth is in the future.</source>
        <translation type="unfinished">該出生日期在未來。</translation>
    </message>
    <message>
        <source>There is no such date. Type the date of birth as MM/DD/YYYY, e.g. 03/14/1986.</source>
        <translation type="unfinished">沒有這個日期。請以 MM/DD/YYYY 輸入出生日期，例如 03/14/1986。</translation>
    </message>
    <message>
        <source>Type the date of birth as MM/DD/YYYY, e.g. 03/14/1986.</source>
        <translation type="unfinished">請以 MM/DD/YYYY 輸入出生日期，例如 03/14/1986。</translation>
    </message>
    <message>
        <source>A phone number has 10 digits, e.g. 213-555-0100.</source>
        <translation type="unfinished">電話號碼為 10 位數字，例如 213-555-0100。</translation>
    </message>
    <message>
        <source>That is not a member ID of this plan. Expected: %1</source>
        <translation type="unfinished">這不是此計劃的會員 ID。應為：%1</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">上次到訪</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation type="unfinished">登記新訪客</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished">名字</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished">姓氏</translation>
    </message>
    <message>
        <source>&amp;Date of birth (MM/DD/YYYY)</source>
        <translation type="unfinished">出生日期 (MM/DD/YYYY)</translation>
    </message>
    <message>
        <source>&amp;Phone (optional)</source>
        <translation type="unfinished">電話（選填）</translation>
    </message>
    <message>
        <source>Preferred l&amp;anguage</source>
        <translation type="unfinished">偏好語言</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation type="unfinished">健康計劃</translation>
    </message>
    <message>
        <source>&amp;Member ID</source>
        <translation type="unfinished">會員 ID</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation type="unfinished">MM/DD/YYYY</translation>
    </message>
    <message>
        <source>No plan / not known</source>
        <translation type="unfinished">無計劃／不清楚</translation>
    </message>
    <message>
        <source>Agrees to share visit data with this plan</source>
        <translation type="unfinished">同意與此計劃分享到訪資料</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished">儲存 (Enter)</translation>
    </message>
    <message>
        <source>This may be someone already registered. Use that person, or save as new.</source>
        <translation type="unfinished">這可能是已登記的人。請使用該人資料，或另存為新的人。</translation>
    </message>
    <message>
        <source>Similar people</source>
        <translation type="unfinished">相似的人</translation>
    </message>
    <message>
        <source>Use this person</source>
        <translation type="unfinished">使用此人</translation>
    </message>
    <message>
        <source>Save as new</source>
        <translation type="unfinished">另存為新的人</translation>
    </message>
</context>
<context>
    <name>DeskSearchScreen</name>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation type="unfinished">
            <numerusform>找到 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found. Press Ctrl+N to register a walk-in.</source>
        <translation type="unfinished">找不到任何人。按 Ctrl+N 登記新訪客。</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">上次到訪</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished">搜尋人員</translation>
    </message>
    <message>
        <source>Find a person (Ctrl+F)</source>
        <translation type="unfinished">尋找某人 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name, phone, date of birth or member ID</source>
        <translation type="unfinished">姓名、電話、出生日期或會員 ID</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">搜尋</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation type="unfinished">新訪客 (Ctrl+N)</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">找到的人</translation>
    </message>
</context>
<context>
    <name>DeskSignInScreen</name>
    <message>
        <source>Type your PIN, then press Enter.</source>
        <translation type="unfinished">請輸入 PIN，然後按 Enter。</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation type="unfinished">員工登入</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished">櫃台</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter.</source>
        <translation type="unfinished">請輸入員工 PIN 並按 Enter。</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">PIN 碼</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished">登入</translation>
    </message>
</context>
<context>
    <name>DeskStaffScreen</name>
    <message>
        <source>(you)</source>
        <translation type="unfinished">（您）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">使用中</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished">已停用</translation>
    </message>
    <message>
        <source>Pick a member in the list</source>
        <translation type="unfinished">請在清單中選擇一名員工</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished">已選擇：%1</translation>
    </message>
    <message>
        <source>Selected: %1 (deactivated)</source>
        <translation type="unfinished">已選擇：%1（已停用）</translation>
    </message>
    <message>
        <source>Type the PIN, then type it again.</source>
        <translation type="unfinished">請輸入 PIN，然後再輸入一次。</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN twice.</source>
        <translation type="unfinished">兩次輸入的 PIN 不一致。請輸入兩次 PIN。</translation>
    </message>
    <message>
        <source>Type the member&apos;s name.</source>
        <translation type="unfinished">請輸入員工姓名。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account. Ask another supervisor or IT.</source>
        <translation type="unfinished">您不能停用自己的帳戶。請讓另一位主管或 IT 處理。</translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to sign in.</source>
        <translation type="unfinished">停用 %1？其將無法再登入。</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished">櫃台</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation type="unfinished">托兒服務</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished">主管</translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished">IT</translation>
    </message>
    <message>
        <source>Another staff member already has that PIN. Choose another.</source>
        <translation type="unfinished">另一位員工已在使用該 PIN。請另選一個。</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess (one digit repeated, digits in a row, or a repeated pattern). Choose another.</source>
        <translation type="unfinished">該 PIN 太容易被猜到（同一數字重複、連續數字或重複模式）。請另選一個。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits (0-9).</source>
        <translation type="unfinished">PIN 為 4 到 8 位數字（0-9）。</translation>
    </message>
    <message>
        <source>This is the last active member with this role. Add another one first.</source>
        <translation type="unfinished">這是該角色最後一名使用中的員工。請先新增另一名。</translation>
    </message>
    <message>
        <source>Only a supervisor or IT can manage staff accounts.</source>
        <translation type="unfinished">只有主管或 IT 可以管理員工帳戶。</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished">員工帳戶</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">名稱</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">狀態</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished">新增員工</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished">姓名(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation type="unfinished">&amp;PIN</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation type="unfinished">再次輸入 PIN(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation type="unfinished">新 PIN(&amp;N)</translation>
    </message>
    <message>
        <source>New PIN aga&amp;in</source>
        <translation type="unfinished">再次輸入新 PIN(&amp;I)</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished">新增員工</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation type="unfinished">重設 PIN</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished">停用…(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Yes, deactivate</source>
        <translation type="unfinished">是，停用(&amp;Y)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished">取消 (Esc)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is busy. Trying again.</source>
        <translation type="unfinished">資料庫忙碌中，正在重試。</translation>
    </message>
    <message>
        <source>This station cannot save records. Please call IT.</source>
        <translation type="unfinished">此工作站無法儲存紀錄。請聯絡資訊部門。</translation>
    </message>
    <message>
        <source>The database needs attention. Please call IT.</source>
        <translation type="unfinished">資料庫需要處理。請聯絡資訊部門。</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the front desk for help.</source>
        <translation type="unfinished">發生錯誤。請向服務台尋求協助。</translation>
    </message>
    <message>
        <source>Please use your member card</source>
        <translation type="unfinished">請使用您的會員卡</translation>
    </message>
    <message>
        <source>A driver&apos;s license or state ID cannot be used here, and nothing from it was kept. Scan your health plan card or CRC pass, or type your details.</source>
        <translation type="unfinished">此處不能使用駕照或州身分證，也沒有保留任何資料。請掃描您的健保卡或 CRC 通行證，或輸入您的資料。</translation>
    </message>
    <message>
        <source>A bank card cannot be used here. Scan your health plan card or CRC pass, or type your ID.</source>
        <translation type="unfinished">此處不能使用銀行卡。請掃描您的健保卡或 CRC 通行證，或輸入您的號碼。</translation>
    </message>
    <message>
        <source>We could not read this pass</source>
        <translation type="unfinished">無法讀取這張通行證</translation>
    </message>
    <message>
        <source>Please see the front desk. They will check you in.</source>
        <translation type="unfinished">請到櫃台，工作人員會為您報到。</translation>
    </message>
    <message>
        <source>We could not use this card</source>
        <translation type="unfinished">無法使用這張卡</translation>
    </message>
    <message>
        <source>Try again, type your ID, or touch &quot;I don&apos;t have a card&quot;. The front desk can also help.</source>
        <translation type="unfinished">請再試一次、輸入您的號碼，或點選「我沒有卡」。櫃台也可以協助您。</translation>
    </message>
    <message>
        <source>Please type your member ID.</source>
        <translation type="unfinished">請輸入您的會員編號。</translation>
    </message>
    <message>
        <source>This ID does not look complete or right. Please check it.</source>
        <translation type="unfinished">這個號碼似乎不完整或不正確，請檢查。</translation>
    </message>
    <message>
        <source>This ID matches more than one card. Please see the front desk.</source>
        <translation type="unfinished">這個號碼符合不只一種卡，請到櫃台。</translation>
    </message>
    <message>
        <source>This is not an ID we know. Please check it.</source>
        <translation type="unfinished">我們無法辨識這個號碼，請檢查。</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished">範例：%1</translation>
    </message>
    <message>
        <source>We did not find this ID</source>
        <translation type="unfinished">找不到這個號碼</translation>
    </message>
    <message>
        <source>You can try again, register now (it takes a minute), or see the front desk.</source>
        <translation type="unfinished">您可以再試一次、現在登記（只需一分鐘），或到櫃台。</translation>
    </message>
    <message>
        <source>This class just filled up</source>
        <translation type="unfinished">這堂課剛剛額滿了</translation>
    </message>
    <message>
        <source>Please choose something else, or see the front desk.</source>
        <translation type="unfinished">請選擇其他項目，或到櫃台。</translation>
    </message>
    <message>
        <source>Please check what you typed</source>
        <translation type="unfinished">請檢查您輸入的內容</translation>
    </message>
    <message>
        <source>Something is missing or not right. The front desk can help.</source>
        <translation type="unfinished">有資料缺漏或不正確。櫃台可以協助您。</translation>
    </message>
    <message>
        <source>Sorry, something went wrong</source>
        <translation type="unfinished">抱歉，發生了問題</translation>
    </message>
    <message>
        <source>The children&apos;s room cannot take more children at that time. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">兒童室在該時段無法再接收更多孩子。您已報到。托兒服務請洽櫃檯。</translation>
    </message>
    <message>
        <source>Our children&apos;s room cannot take a child of that age. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">我們的兒童室無法接收該年齡的孩子。您已報到。托兒服務請洽櫃檯。</translation>
    </message>
    <message>
        <source>We could not reach the children&apos;s room just now. You are checked in. Please see the front desk to sign your children up.</source>
        <translation type="unfinished">現在無法聯絡兒童室。您已報到。請到前台為您的孩子登記。</translation>
    </message>
    <message>
        <source>Child care could not be booked here. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">此處無法預約托兒服務。您已報到。托兒服務請洽櫃檯。</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>Type the pickup code from the parent&apos;s slip, or scan it.</source>
        <translation type="unfinished">輸入家長單據上的接送碼，或掃描該碼。</translation>
    </message>
    <message>
        <source>Children for code %1</source>
        <translation type="unfinished">代碼 %1 的孩子</translation>
    </message>
    <message>
        <source>%1: expected</source>
        <translation type="unfinished">%1：待到</translation>
    </message>
    <message>
        <source>%1: in the room</source>
        <translation type="unfinished">%1：在房間內</translation>
    </message>
    <message>
        <source>%1: picked up</source>
        <translation type="unfinished">%1：已接走</translation>
    </message>
    <message numerus="yes">
        <source>Check in %n child(ren)</source>
        <translation type="unfinished">
            <numerusform>報到 %n 個孩子</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check out %n child(ren)</source>
        <translation type="unfinished">
            <numerusform>簽退 %n 個孩子</numerusform>
        </translation>
    </message>
    <message>
        <source>Say who is picking up (the name on their ID).</source>
        <translation type="unfinished">請說明由誰接走（證件上的姓名）。</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation type="unfinished">接送碼</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">代碼</translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished">查詢</translation>
    </message>
    <message>
        <source>Find the children of this code</source>
        <translation type="unfinished">查詢此代碼的孩子</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">接走人</translation>
    </message>
    <message>
        <source>Print their labels</source>
        <translation type="unfinished">列印他們的標籤</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message numerus="yes">
        <source>Check-ins per hour: %n in all</source>
        <translation type="unfinished">
            <numerusform>每小時報到：共 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>busiest %1:00</source>
        <translation type="unfinished">最忙 %1:00</translation>
    </message>
</context>
<context>
    <name>KioskFlow</name>
    <message>
        <source>the next hour</source>
        <translation type="unfinished">接下來一小時</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">PIN 碼不正確，請再試一次。</translation>
    </message>
    <message>
        <source>Too many tries. Please wait, then try again.</source>
        <translation type="unfinished">嘗試次數過多，請稍候再試。</translation>
    </message>
    <message>
        <source>Staff sign-in is not available</source>
        <translation type="unfinished">無法使用員工登入</translation>
    </message>
    <message>
        <source>Please call IT to leave kiosk mode.</source>
        <translation type="unfinished">請聯絡 IT 以離開自助機模式。</translation>
    </message>
    <message>
        <source>CRC Kiosk: %1</source>
        <translation type="unfinished">CRC 自助服務機：%1</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">訊息</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">再試一次</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">輸入我的號碼</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">登記</translation>
    </message>
    <message>
        <source>Choose again</source>
        <translation type="unfinished">重新選擇</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished">回到開頭</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation type="unfinished">螢幕鍵盤</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation type="unfinished">刪除最後一個字元</translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished">空格</translation>
    </message>
</context>
<context>
    <name>OverridePanel</name>
    <message>
        <source>Release %1 without the pickup code</source>
        <translation type="unfinished">在無接送碼的情況下交還 %1</translation>
    </message>
    <message>
        <source>Say who is picking up (the name on their ID).</source>
        <translation type="unfinished">請說明由誰接走（證件上的姓名）。</translation>
    </message>
    <message>
        <source>A release without the code needs a reason: what happened, and how you checked who they are.</source>
        <translation type="unfinished">無代碼交還需要原因：發生了什麼，以及您如何核實了對方身分。</translation>
    </message>
    <message>
        <source>Release without the code</source>
        <translation type="unfinished">無代碼交還</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">接走人</translation>
    </message>
    <message>
        <source>Reason (recorded with your name)</source>
        <translation type="unfinished">原因（與您的姓名一起記錄）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">原因</translation>
    </message>
    <message>
        <source>Release the child</source>
        <translation type="unfinished">交還孩子</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>Please type your first name.</source>
        <translation type="unfinished">請輸入您的名字。</translation>
    </message>
    <message>
        <source>Please type your last name.</source>
        <translation type="unfinished">請輸入您的姓氏。</translation>
    </message>
    <message>
        <source>Please type your date of birth: month, day, year.</source>
        <translation type="unfinished">請輸入您的出生日期：月、日、年。</translation>
    </message>
    <message>
        <source>A phone number has 10 digits. You can also leave it empty.</source>
        <translation type="unfinished">電話號碼有 10 位數字，也可以留空。</translation>
    </message>
    <message>
        <source>Please type the member ID from your plan card.</source>
        <translation type="unfinished">請輸入您健保卡上的會員編號。</translation>
    </message>
    <message>
        <source>Please answer: may we share your visits?</source>
        <translation type="unfinished">請回答：我們可以分享您的來訪紀錄嗎？</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">登記</translation>
    </message>
    <message>
        <source>Tell us about you</source>
        <translation type="unfinished">請告訴我們您的資料</translation>
    </message>
    <message>
        <source>It takes about a minute. Touch a box, then type on the keys.</source>
        <translation type="unfinished">大約需要一分鐘。點選一個欄位，再用按鍵輸入。</translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished">名字</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished">姓氏</translation>
    </message>
    <message>
        <source>Date of birth (month / day / year)</source>
        <translation type="unfinished">出生日期（月 / 日 / 年）</translation>
    </message>
    <message>
        <source>Phone (you can leave this empty)</source>
        <translation type="unfinished">電話（可留空）</translation>
    </message>
    <message>
        <source>Language you prefer</source>
        <translation type="unfinished">您偏好的語言</translation>
    </message>
    <message>
        <source>Your health plan, if you know it</source>
        <translation type="unfinished">您的健保計畫（如果知道）</translation>
    </message>
    <message>
        <source>Member ID from your plan card</source>
        <translation type="unfinished">健保卡上的會員編號</translation>
    </message>
    <message>
        <source>May we tell your health plan when you visit us? It helps them help you.</source>
        <translation type="unfinished">您來訪時，我們可以告知您的健保計畫嗎？這能幫助他們更好地協助您。</translation>
    </message>
    <message>
        <source>No plan / I don&apos;t know</source>
        <translation type="unfinished">沒有計畫 / 不知道</translation>
    </message>
    <message>
        <source>Yes, share my visits</source>
        <translation type="unfinished">可以，分享我的來訪紀錄</translation>
    </message>
    <message>
        <source>No, do not share</source>
        <translation type="unfinished">不要分享</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">返回</translation>
    </message>
    <message>
        <source>Register and continue</source>
        <translation type="unfinished">登記並繼續</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <source>In the room: %1 of %2 places. Expected: %3.</source>
        <translation type="unfinished">房間內：%1 / %2 個名額。待到：%3。</translation>
    </message>
    <message>
        <source>Staff signed in: %1 (%2). Needed for the children here: %3.</source>
        <translation type="unfinished">已登入工作人員：%1（%2）。這些孩子所需人數：%3。</translation>
    </message>
    <message>
        <source>Overdue: %1 (in since %2; the parent&apos;s class ended or the maximum stay is over). Call the parent or the front desk.</source>
        <translation type="unfinished">已逾時：%1（%2 起在房間內；家長的課程已結束或已超過最長停留時間）。請聯絡家長或櫃檯。</translation>
    </message>
    <message>
        <source>Class ending soon: %1 (the parent&apos;s class ends at %2). Get ready for pickup.</source>
        <translation type="unfinished">課程即將結束：%1（家長的課程於 %2 結束）。請準備交接。</translation>
    </message>
    <message>
        <source>Child-care room</source>
        <translation type="unfinished">托兒室</translation>
    </message>
    <message>
        <source>Check in selected child</source>
        <translation type="unfinished">為所選孩子報到</translation>
    </message>
    <message>
        <source>Release without code…</source>
        <translation type="unfinished">無代碼交還…</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation type="unfinished">列印標籤</translation>
    </message>
</context>
<context>
    <name>RosterTables</name>
    <message>
        <source>(override)</source>
        <translation type="unfinished">（特准）</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform>%n 個月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform>%n 歲</numerusform>
        </translation>
    </message>
    <message>
        <source>Allergy: %1</source>
        <translation type="unfinished">過敏：%1</translation>
    </message>
    <message>
        <source>Medical: %1</source>
        <translation type="unfinished">醫療：%1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">已逾時</translation>
    </message>
    <message>
        <source>Class ending</source>
        <translation type="unfinished">課程即將結束</translation>
    </message>
    <message>
        <source>In the room (%1)</source>
        <translation type="unfinished">房間內（%1）</translation>
    </message>
    <message>
        <source>Expected (%1)</source>
        <translation type="unfinished">待到（%1）</translation>
    </message>
    <message>
        <source>Picked up (%1)</source>
        <translation type="unfinished">已接走（%1）</translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished">孩子</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">年齡</translation>
    </message>
    <message>
        <source>In since</source>
        <translation type="unfinished">入室時間</translation>
    </message>
    <message>
        <source>Class ends</source>
        <translation type="unfinished">課程結束</translation>
    </message>
    <message>
        <source>Allergy / medical</source>
        <translation type="unfinished">過敏 / 醫療</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished">提醒</translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished">報到</translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished">簽退</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">接走人</translation>
    </message>
</context>
<context>
    <name>StaffAccounts</name>
    <message>
        <source>%1 is added as %2 and can sign in with their PIN now.</source>
        <translation type="unfinished">%1 已新增為%2，現在可以用其 PIN 登入。</translation>
    </message>
    <message>
        <source>New PIN saved for %1. The old one no longer works.</source>
        <translation type="unfinished">已為 %1 儲存新 PIN。舊 PIN 不再有效。</translation>
    </message>
    <message>
        <source>%1 is deactivated and can no longer sign in.</source>
        <translation type="unfinished">%1 已停用，無法再登入。</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">員工 PIN 碼</translation>
    </message>
    <message>
        <source>Staff only: type your PIN</source>
        <translation type="unfinished">僅限員工：請輸入您的 PIN 碼</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">PIN 碼</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">解鎖</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>CRC front desk: %1</source>
        <translation type="unfinished">CRC 櫃台：%1</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Station status</source>
        <translation type="unfinished">工作站狀態</translation>
    </message>
    <message>
        <source>Checking the station…</source>
        <translation type="unfinished">正在檢查工作站…</translation>
    </message>
    <message>
        <source>Database OK</source>
        <translation type="unfinished">資料庫正常</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting, offline since %1</source>
        <translation type="unfinished">
            <numerusform>%n 筆紀錄等待中，自 %1 起離線</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to sync</source>
        <translation type="unfinished">
            <numerusform>%n 筆紀錄等待同步</numerusform>
        </translation>
    </message>
    <message>
        <source>No records waiting</source>
        <translation type="unfinished">沒有等待中的紀錄</translation>
    </message>
    <message>
        <source>All records sent</source>
        <translation type="unfinished">所有紀錄已傳送</translation>
    </message>
    <message>
        <source>%1: credentials need attention (call IT)</source>
        <translation type="unfinished">%1：憑證需要處理（請聯絡 IT）</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation type="unfinished">
            <numerusform>%n 筆紀錄遭拒絕</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock is off by %n minute(s): check the time</source>
        <translation type="unfinished">
            <numerusform>時鐘誤差 %n 分鐘：請檢查時間</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypedIdScreen</name>
    <message>
        <source>Type your ID</source>
        <translation type="unfinished">輸入您的號碼</translation>
    </message>
    <message>
        <source>Type your member ID</source>
        <translation type="unfinished">請輸入您的會員編號</translation>
    </message>
    <message>
        <source>It is on your health plan card or Medi-Cal card.</source>
        <translation type="unfinished">號碼印在您的健保卡或 Medi-Cal 卡上。</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished">會員編號</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">返回</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">繼續</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome screen</source>
        <translation type="unfinished">歡迎畫面</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">歡迎</translation>
    </message>
    <message>
        <source>Touch your language to begin</source>
        <translation type="unfinished">請點選您的語言以開始</translation>
    </message>
    <message>
        <source>Use the card scanner, or touch &quot;Type my ID&quot;.</source>
        <translation type="unfinished">請使用讀卡機，或點選「輸入我的號碼」。</translation>
    </message>
    <message>
        <source>Hold your card or pass up to the camera</source>
        <translation type="unfinished">請將您的卡片或通行證對準相機</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">輸入我的號碼</translation>
    </message>
    <message>
        <source>I don&apos;t have a card</source>
        <translation type="unfinished">我沒有卡</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished">放大文字</translation>
    </message>
    <message>
        <source>Make the words on every screen bigger</source>
        <translation type="unfinished">放大每個畫面上的文字</translation>
    </message>
    <message>
        <source>Show the screen in this language</source>
        <translation type="unfinished">以此語言顯示畫面</translation>
    </message>
    <message>
        <source>Plan A</source>
        <translation type="unfinished">方案 A</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation type="unfinished">方案 B</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished">%1 標誌</translation>
    </message>
</context>
</TS>
