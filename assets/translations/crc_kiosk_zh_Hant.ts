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
        <source>Children with me</source>
        <translation type="unfinished">我有帶小孩</translation>
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
        <source>Child care: please go to the front desk for your pickup code.</source>
        <translation type="unfinished">托兒服務：請到櫃台領取接送代碼。</translation>
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
