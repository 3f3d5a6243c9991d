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
    <name>ChooseScreen</name>
    <message>
        <source>Choose why you came</source>
        <translation type="unfinished">选择您来访的原因</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished">欢迎，%1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">欢迎</translation>
    </message>
    <message>
        <source>What are you here for today? Touch one or more.</source>
        <translation type="unfinished">您今天来做什么？请点选一项或多项。</translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished">服务</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation type="unfinished">今日课程</translation>
    </message>
    <message>
        <source>No classes today.</source>
        <translation type="unfinished">今天没有课程。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished">%1 至 %2</translation>
    </message>
    <message>
        <source>%1 (full)</source>
        <translation type="unfinished">%1（已满）</translation>
    </message>
    <message>
        <source>Children with me</source>
        <translation type="unfinished">我带了孩子</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished">签到</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Your slip is printing.</source>
        <translation type="unfinished">正在打印您的单据。</translation>
    </message>
    <message>
        <source>The printer is not available. Please take a photo of the screen.</source>
        <translation type="unfinished">打印机无法使用，请拍下屏幕画面。</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation type="unfinished">您已完成签到</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">完成</translation>
    </message>
    <message>
        <source>Your CRC pass QR code</source>
        <translation type="unfinished">您的 CRC 通行证二维码</translation>
    </message>
    <message>
        <source>Take a photo of this code. Next time, scan it here.</source>
        <translation type="unfinished">请拍下这个二维码，下次在这里扫描即可。</translation>
    </message>
    <message>
        <source>Print a slip</source>
        <translation type="unfinished">打印单据</translation>
    </message>
    <message>
        <source>You are already checked in</source>
        <translation type="unfinished">您已经签到过了</translation>
    </message>
    <message>
        <source>You are checked in, %1</source>
        <translation type="unfinished">%1，您已完成签到</translation>
    </message>
    <message>
        <source>Child care: please go to the front desk for your pickup code.</source>
        <translation type="unfinished">托儿服务：请到前台领取接送代码。</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">您还在吗？</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s), to keep your information private.</source>
        <translation type="unfinished">
            <numerusform>%n 秒后将重新开始，以保护您的信息。</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished">我还在</translation>
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
    <message>
        <source>Please use your member card</source>
        <translation type="unfinished">请使用您的会员卡</translation>
    </message>
    <message>
        <source>A driver&apos;s license or state ID cannot be used here, and nothing from it was kept. Scan your health plan card or CRC pass, or type your details.</source>
        <translation type="unfinished">此处不能使用驾照或州身份证，也没有保留任何信息。请扫描您的健康计划卡或 CRC 通行证，或输入您的信息。</translation>
    </message>
    <message>
        <source>A bank card cannot be used here. Scan your health plan card or CRC pass, or type your ID.</source>
        <translation type="unfinished">此处不能使用银行卡。请扫描您的健康计划卡或 CRC 通行证，或输入您的号码。</translation>
    </message>
    <message>
        <source>We could not read this pass</source>
        <translation type="unfinished">无法读取这张通行证</translation>
    </message>
    <message>
        <source>Please see the front desk. They will check you in.</source>
        <translation type="unfinished">请到前台，工作人员会为您签到。</translation>
    </message>
    <message>
        <source>We could not use this card</source>
        <translation type="unfinished">无法使用这张卡</translation>
    </message>
    <message>
        <source>Try again, type your ID, or touch &quot;I don&apos;t have a card&quot;. The front desk can also help.</source>
        <translation type="unfinished">请再试一次、输入您的号码，或点选“我没有卡”。前台也可以帮助您。</translation>
    </message>
    <message>
        <source>Please type your member ID.</source>
        <translation type="unfinished">请输入您的会员编号。</translation>
    </message>
    <message>
        <source>This ID does not look complete or right. Please check it.</source>
        <translation type="unfinished">这个号码似乎不完整或不正确，请检查。</translation>
    </message>
    <message>
        <source>This ID matches more than one card. Please see the front desk.</source>
        <translation type="unfinished">这个号码符合不止一种卡，请到前台。</translation>
    </message>
    <message>
        <source>This is not an ID we know. Please check it.</source>
        <translation type="unfinished">我们无法识别这个号码，请检查。</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished">示例：%1</translation>
    </message>
    <message>
        <source>We did not find this ID</source>
        <translation type="unfinished">找不到这个号码</translation>
    </message>
    <message>
        <source>You can try again, register now (it takes a minute), or see the front desk.</source>
        <translation type="unfinished">您可以再试一次、现在登记（只需一分钟），或到前台。</translation>
    </message>
    <message>
        <source>This class just filled up</source>
        <translation type="unfinished">这堂课刚刚满员了</translation>
    </message>
    <message>
        <source>Please choose something else, or see the front desk.</source>
        <translation type="unfinished">请选择其他项目，或到前台。</translation>
    </message>
    <message>
        <source>Please check what you typed</source>
        <translation type="unfinished">请检查您输入的内容</translation>
    </message>
    <message>
        <source>Something is missing or not right. The front desk can help.</source>
        <translation type="unfinished">有信息缺失或不正确。前台可以帮助您。</translation>
    </message>
    <message>
        <source>Sorry, something went wrong</source>
        <translation type="unfinished">抱歉，出现了问题</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">PIN 码不正确，请再试一次。</translation>
    </message>
    <message>
        <source>Too many tries. Please wait, then try again.</source>
        <translation type="unfinished">尝试次数过多，请稍候再试。</translation>
    </message>
    <message>
        <source>Staff sign-in is not available</source>
        <translation type="unfinished">无法使用员工登录</translation>
    </message>
    <message>
        <source>Please call IT to leave kiosk mode.</source>
        <translation type="unfinished">请联系 IT 以退出自助机模式。</translation>
    </message>
    <message>
        <source>CRC Kiosk: %1</source>
        <translation type="unfinished">CRC 自助服务机：%1</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">消息</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">再试一次</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">输入我的号码</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">登记</translation>
    </message>
    <message>
        <source>Choose again</source>
        <translation type="unfinished">重新选择</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished">回到开始</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation type="unfinished">屏幕键盘</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation type="unfinished">删除最后一个字符</translation>
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
        <translation type="unfinished">请输入您的名字。</translation>
    </message>
    <message>
        <source>Please type your last name.</source>
        <translation type="unfinished">请输入您的姓氏。</translation>
    </message>
    <message>
        <source>Please type your date of birth: month, day, year.</source>
        <translation type="unfinished">请输入您的出生日期：月、日、年。</translation>
    </message>
    <message>
        <source>A phone number has 10 digits. You can also leave it empty.</source>
        <translation type="unfinished">电话号码有 10 位数字，也可以留空。</translation>
    </message>
    <message>
        <source>Please type the member ID from your plan card.</source>
        <translation type="unfinished">请输入您计划卡上的会员编号。</translation>
    </message>
    <message>
        <source>Please answer: may we share your visits?</source>
        <translation type="unfinished">请回答：我们可以分享您的来访记录吗？</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">登记</translation>
    </message>
    <message>
        <source>Tell us about you</source>
        <translation type="unfinished">请告诉我们您的信息</translation>
    </message>
    <message>
        <source>It takes about a minute. Touch a box, then type on the keys.</source>
        <translation type="unfinished">大约需要一分钟。点选一个栏位，再用按键输入。</translation>
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
        <translation type="unfinished">电话（可留空）</translation>
    </message>
    <message>
        <source>Language you prefer</source>
        <translation type="unfinished">您偏好的语言</translation>
    </message>
    <message>
        <source>Your health plan, if you know it</source>
        <translation type="unfinished">您的健康计划（如果知道）</translation>
    </message>
    <message>
        <source>Member ID from your plan card</source>
        <translation type="unfinished">计划卡上的会员编号</translation>
    </message>
    <message>
        <source>May we tell your health plan when you visit us? It helps them help you.</source>
        <translation type="unfinished">您来访时，我们可以告知您的健康计划吗？这能帮助他们更好地帮助您。</translation>
    </message>
    <message>
        <source>No plan / I don&apos;t know</source>
        <translation type="unfinished">没有计划 / 不知道</translation>
    </message>
    <message>
        <source>Yes, share my visits</source>
        <translation type="unfinished">可以，分享我的来访记录</translation>
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
        <translation type="unfinished">登记并继续</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">员工 PIN 码</translation>
    </message>
    <message>
        <source>Staff only: type your PIN</source>
        <translation type="unfinished">仅限员工：请输入您的 PIN 码</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">PIN 码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">解锁</translation>
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
        <source>%n record(s) waiting, offline since %1</source>
        <translation type="unfinished">
            <numerusform>%n 条记录等待中，自 %1 起离线</numerusform>
        </translation>
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
    <message>
        <source>%1: credentials need attention (call IT)</source>
        <translation type="unfinished">%1：凭据需要处理（请联系 IT）</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation type="unfinished">
            <numerusform>%n 条记录被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock is off by %n minute(s): check the time</source>
        <translation type="unfinished">
            <numerusform>时钟误差 %n 分钟：请检查时间</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypedIdScreen</name>
    <message>
        <source>Type your ID</source>
        <translation type="unfinished">输入您的号码</translation>
    </message>
    <message>
        <source>Type your member ID</source>
        <translation type="unfinished">请输入您的会员编号</translation>
    </message>
    <message>
        <source>It is on your health plan card or Medi-Cal card.</source>
        <translation type="unfinished">号码印在您的健康计划卡或 Medi-Cal 卡上。</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished">会员编号</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">返回</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">继续</translation>
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
        <source>Use the card scanner, or touch &quot;Type my ID&quot;.</source>
        <translation type="unfinished">请使用读卡器，或点选“输入我的号码”。</translation>
    </message>
    <message>
        <source>Hold your card or pass up to the camera</source>
        <translation type="unfinished">请将您的卡片或通行证对准摄像头</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">输入我的号码</translation>
    </message>
    <message>
        <source>I don&apos;t have a card</source>
        <translation type="unfinished">我没有卡</translation>
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
