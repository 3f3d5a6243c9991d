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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CRC Kiosk: %1</source>
        <translation type="unfinished">CRC 自助服務機：%1</translation>
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
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation type="unfinished">
            <numerusform>%n 筆紀錄遭拒絕</numerusform>
        </translation>
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
        <source>Hold your card or pass up to the camera</source>
        <translation type="unfinished">請將您的卡片或通行證對準相機</translation>
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
