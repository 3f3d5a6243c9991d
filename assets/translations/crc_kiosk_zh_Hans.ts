<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CameraView</name>
    <message>
        <source>Camera starting…</source>
        <translation type="unfinished">摄像头启动中…</translation>
    </message>
    <message>
        <source>No camera: use the scanner or type your ID</source>
        <translation type="unfinished">没有摄像头：请使用扫描器或输入您的 ID</translation>
    </message>
    <message>
        <source>Camera disconnected, reconnecting…</source>
        <translation type="unfinished">摄像头已断开，正在重新连接…</translation>
    </message>
    <message>
        <source>Camera: hold your card or pass up to it</source>
        <translation type="unfinished">摄像头：请将您的卡片或通行证对准摄像头</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is busy. Trying again.</source>
        <translation type="unfinished">数据库繁忙，正在重试。</translation>
    </message>
    <message>
        <source>This station cannot save records. Please call IT.</source>
        <translation type="unfinished">此工作站无法保存记录。请联系信息技术部门。</translation>
    </message>
    <message>
        <source>The database needs attention. Please call IT.</source>
        <translation type="unfinished">数据库需要处理。请联系信息技术部门。</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the front desk for help.</source>
        <translation type="unfinished">出现错误。请向前台寻求帮助。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CRC Kiosk: %1</source>
        <translation type="unfinished">CRC 自助服务机：%1</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Station status</source>
        <translation type="unfinished">工作站状态</translation>
    </message>
    <message>
        <source>Checking the station…</source>
        <translation type="unfinished">正在检查工作站…</translation>
    </message>
    <message>
        <source>Database OK</source>
        <translation type="unfinished">数据库正常</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to sync</source>
        <translation type="unfinished">
            <numerusform>%n 条记录等待同步</numerusform>
        </translation>
    </message>
    <message>
        <source>No records waiting</source>
        <translation type="unfinished">没有等待中的记录</translation>
    </message>
    <message>
        <source>All records sent</source>
        <translation type="unfinished">所有记录已发送</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation type="unfinished">
            <numerusform>%n 条记录被拒绝</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome screen</source>
        <translation type="unfinished">欢迎界面</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">欢迎</translation>
    </message>
    <message>
        <source>Touch your language to begin</source>
        <translation type="unfinished">请点击您的语言开始</translation>
    </message>
    <message>
        <source>Hold your card or pass up to the camera</source>
        <translation type="unfinished">请将您的卡片或通行证对准摄像头</translation>
    </message>
    <message>
        <source>Show the screen in this language</source>
        <translation type="unfinished">以此语言显示界面</translation>
    </message>
    <message>
        <source>Plan A</source>
        <translation type="unfinished">计划 A</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation type="unfinished">计划 B</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished">%1 标志</translation>
    </message>
</context>
</TS>
