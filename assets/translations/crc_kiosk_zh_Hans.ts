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
    <name>ChildCareFlow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">PIN 码不正确，请再试一次。</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity. You still count as in the room.</source>
        <translation type="unfinished">
            <numerusform>%n 分钟无操作后已锁定。您仍计为在房间内。</numerusform>
        </translation>
    </message>
    <message>
        <source>You left the room; you no longer count for its ratio.</source>
        <translation type="unfinished">您已离开房间；不再计入该房间的师生比例。</translation>
    </message>
    <message>
        <source>You cannot leave yet: the children in the room need you for the ratio. Sign another staff member in, or check children out first.</source>
        <translation type="unfinished">您现在还不能离开：房间里的孩子需要您来满足比例。请让另一位工作人员登录，或先让一些孩子被接走。</translation>
    </message>
    <message>
        <source>Signed in: %1, counted in %2</source>
        <translation type="unfinished">已登录：%1，计入 %2</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished">已报到：%1</translation>
    </message>
    <message>
        <source>Picked up: %1</source>
        <translation type="unfinished">已接走：%1</translation>
    </message>
    <message>
        <source>Released without the code: %1. The reason is recorded.</source>
        <translation type="unfinished">已在无接送码的情况下交还：%1。原因已记录。</translation>
    </message>
    <message>
        <source>ALLERGY</source>
        <translation type="unfinished">过敏</translation>
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
        <translation type="unfinished">此工作站未设置打印机。您可以改为将标签保存为 PDF 文件。</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation type="unfinished">标签预览</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation type="unfinished">刷新 (F5)</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation type="unfinished">锁定 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Leave the room</source>
        <translation type="unfinished">离开房间</translation>
    </message>
</context>
<context>
    <name>ChildCareMessages</name>
    <message>
        <source>No child here matches that code today. Check the code on the slip; if it is lost, use a release with a reason.</source>
        <translation type="unfinished">今天没有孩子与该代码匹配。请核对单据上的代码；如果单据遗失，请填写原因后交还。</translation>
    </message>
    <message>
        <source>Not checked in: the room would be over its staff-to-child ratio. Sign another staff member in to the room, or send the parent to the front desk.</source>
        <translation type="unfinished">未签到：房间将超出工作人员与儿童的比例。请让另一位工作人员登录到房间，或请家长前往前台。</translation>
    </message>
    <message>
        <source>Not checked in: the room is full. Send the parent to the front desk.</source>
        <translation type="unfinished">未签到：房间已满。请家长前往前台。</translation>
    </message>
    <message>
        <source>Do not hand the child over: %1 is on this child&apos;s refused list. Call a supervisor.</source>
        <translation type="unfinished">不要交出孩子：%1 在该孩子的禁止接送名单上。请呼叫主管。</translation>
    </message>
    <message>
        <source>%1 is not a guardian or on the authorized list. Check their ID; release only with a reason.</source>
        <translation type="unfinished">%1 不是监护人，也不在授权名单上。请核对其证件；仅在填写原因后交还。</translation>
    </message>
    <message>
        <source>That child is not in the room.</source>
        <translation type="unfinished">该孩子不在房间内。</translation>
    </message>
    <message>
        <source>Only child-care staff or a supervisor can sign in at the child-care room.</source>
        <translation type="unfinished">只有托儿工作人员或主管可以在托儿室登录。</translation>
    </message>
    <message>
        <source>This site has no child-care room set up. Call IT.</source>
        <translation type="unfinished">本站点未设置托儿室。请联系 IT。</translation>
    </message>
</context>
<context>
    <name>ChildCareSignInScreen</name>
    <message>
        <source>Child care</source>
        <translation type="unfinished">托儿服务</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter. You then count for the staff-to-child ratio of %1.</source>
        <translation type="unfinished">输入您的员工 PIN 并按 Enter。之后您将计入 %1 的师生比例。</translation>
    </message>
</context>
<context>
    <name>ChildCareWindow</name>
    <message>
        <source>CRC child care: %1</source>
        <translation type="unfinished">CRC 托儿服务：%1</translation>
    </message>
    <message>
        <source>This site has no child-care room set up. Call IT.</source>
        <translation type="unfinished">本站点未设置托儿室。请联系 IT。</translation>
    </message>
    <message>
        <source>The lobby kiosks cannot sign children up for this room: this station has no site link key. Parents are sent to the front desk. Call IT.</source>
        <translation type="unfinished">大厅自助机无法为本室登记儿童：本工作站没有中心连接密钥。家长会被引导到前台。请联系 IT。</translation>
    </message>
    <message>
        <source>The lobby kiosks cannot sign children up for this room: port %1 is in use on this station. Parents are sent to the front desk. Call IT.</source>
        <translation type="unfinished">大厅自助机无法为本室登记儿童：本工作站的端口 %1 已被占用。家长会被引导到前台。请联系 IT。</translation>
    </message>
</context>
<context>
    <name>ChildrenScreen</name>
    <message>
        <source>Please type the child&apos;s first name.</source>
        <translation type="unfinished">请输入孩子的名字。</translation>
    </message>
    <message>
        <source>Please type the child&apos;s last name.</source>
        <translation type="unfinished">请输入孩子的姓氏。</translation>
    </message>
    <message>
        <source>Please type the child&apos;s date of birth: month, day, year.</source>
        <translation type="unfinished">请输入孩子的出生日期：月、日、年。</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation type="unfinished">托儿服务</translation>
    </message>
    <message>
        <source>Child care while you are here</source>
        <translation type="unfinished">您在这里期间的托儿服务</translation>
    </message>
    <message>
        <source>Touch each child who will stay in the children&apos;s room.</source>
        <translation type="unfinished">请点选每个要留在儿童室的孩子。</translation>
    </message>
    <message>
        <source>%1 During: %2</source>
        <translation type="unfinished">%1 时间：%2</translation>
    </message>
    <message>
        <source>Add each child who will stay with us.</source>
        <translation type="unfinished">请添加每个要留在我们这里的孩子。</translation>
    </message>
    <message>
        <source>%1, age %2</source>
        <translation type="unfinished">%1，%2 岁</translation>
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
        <translation type="unfinished">添加孩子</translation>
    </message>
    <message>
        <source>Add this child</source>
        <translation type="unfinished">添加这个孩子</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">返回</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished">签到</translation>
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
        <source>I need child care</source>
        <translation type="unfinished">我需要托儿服务</translation>
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
        <source>Pickup code: %1</source>
        <translation type="unfinished">接送码：%1</translation>
    </message>
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
        <source>Child care for %1 in %2 until %3. Your pickup code:</source>
        <translation type="unfinished">托儿服务：%1，地点 %2，至 %3。您的接送码：</translation>
    </message>
    <message>
        <source>Pickup code %1</source>
        <translation type="unfinished">接送码 %1</translation>
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
    <name>DeskDayScreen</name>
    <message>
        <source>In the building now (%1)</source>
        <translation type="unfinished">目前在馆内 (%1)</translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished">已满</translation>
    </message>
    <message>
        <source>No plans</source>
        <translation type="unfinished">没有健康计划</translation>
    </message>
    <message>
        <source>paused: credentials need attention (call IT)</source>
        <translation type="unfinished">已暂停：凭证需要处理（请联系 IT）</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, offline since %1</source>
        <translation type="unfinished">
            <numerusform>%n 条等待中，自 %1 起离线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform>%n 条等待中</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation type="unfinished">全部已发送</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation type="unfinished">
            <numerusform>%n 条被拒</numerusform>
        </translation>
    </message>
    <message>
        <source>The day</source>
        <translation type="unfinished">今日概况</translation>
    </message>
    <message>
        <source>In the building now</source>
        <translation type="unfinished">目前在馆内</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation type="unfinished">今日课程</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished">课程</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">教室</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">时间</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation type="unfinished">已报名</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">名称</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished">开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished">结束</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished">名额</translation>
    </message>
    <message>
        <source>Save class</source>
        <translation type="unfinished">保存课程</translation>
    </message>
    <message>
        <source>Check-ins per hour</source>
        <translation type="unfinished">每小时报到人数</translation>
    </message>
    <message>
        <source>Sending to the plans</source>
        <translation type="unfinished">发送至健康计划</translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished">报表</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">从</translation>
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
        <translation type="unfinished">最后一天</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished">导出 CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished">导出 PDF…</translation>
    </message>
</context>
<context>
    <name>DeskFlow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">PIN 码不正确，请再试一次。</translation>
    </message>
    <message numerus="yes">
        <source>Signed out after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform>闲置 %n 分钟后已退出。</numerusform>
        </translation>
    </message>
    <message>
        <source>front desk</source>
        <translation type="unfinished">前台</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished">主管</translation>
    </message>
    <message>
        <source>child care</source>
        <translation type="unfinished">托儿</translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished">IT</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished">已登录：%1（%2）</translation>
    </message>
    <message>
        <source>This card is not registered here yet. Complete the form to register.</source>
        <translation type="unfinished">此卡尚未在此登记。请填写表格完成登记。</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished">已报到：%1</translation>
    </message>
    <message>
        <source>Correction saved. The visit now has: %1</source>
        <translation type="unfinished">更正已保存。此次到访现在包括：%1</translation>
    </message>
    <message>
        <source>Visit voided. It no longer counts.</source>
        <translation type="unfinished">到访已作废，不再计算。</translation>
    </message>
    <message>
        <source>A person cannot be merged with themself.</source>
        <translation type="unfinished">不能将同一人与自己合并。</translation>
    </message>
    <message>
        <source>Merged. Their visits are now this person&apos;s.</source>
        <translation type="unfinished">已合并。其到访记录现属于此人。</translation>
    </message>
    <message>
        <source>Merge undone. They are two people again.</source>
        <translation type="unfinished">已撤销合并，恢复为两个人。</translation>
    </message>
    <message>
        <source>No printer is set up on this station. The check-in is saved; you can print to a PDF file instead.</source>
        <translation type="unfinished">此工作站未设置打印机。报到已保存；您可以改为打印成 PDF 文件。</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished">打印预览</translation>
    </message>
    <message>
        <source>Only a supervisor can change today&apos;s classes.</source>
        <translation type="unfinished">只有主管可以更改今日课程。</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation type="unfinished">报表已保存：%1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished">保存报表</translation>
    </message>
    <message>
        <source>Search (F3)</source>
        <translation type="unfinished">搜索 (F3)</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation type="unfinished">新访客 (Ctrl+N)</translation>
    </message>
    <message>
        <source>The day (F5)</source>
        <translation type="unfinished">今日概况 (F5)</translation>
    </message>
    <message>
        <source>Staff (F7)</source>
        <translation type="unfinished">员工 (F7)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished">退出</translation>
    </message>
</context>
<context>
    <name>DeskMessages</name>
    <message>
        <source>Too many wrong PINs. Sign-in is locked until %1 (%2 min).</source>
        <translation type="unfinished">PIN 错误次数过多。登录已锁定至 %1（%2 分钟）。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">未保存：%1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished">未找到：%1</translation>
    </message>
    <message>
        <source>That class is full. Choose another.</source>
        <translation type="unfinished">该课程已满，请选择其他课程。</translation>
    </message>
    <message>
        <source>That service is not offered here.</source>
        <translation type="unfinished">此处不提供该服务。</translation>
    </message>
    <message>
        <source>This is not available on this station yet.</source>
        <translation type="unfinished">此工作站尚未提供此功能。</translation>
    </message>
    <message>
        <source>That did not work. Try again, or call IT if it keeps failing.</source>
        <translation type="unfinished">操作未成功。请再试一次，若持续失败请联系 IT。</translation>
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
        <translation type="unfinished">上次到访 %1</translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished">已满</translation>
    </message>
    <message>
        <source>Not checked in today.</source>
        <translation type="unfinished">今天尚未报到。</translation>
    </message>
    <message>
        <source>Today&apos;s visit was voided.</source>
        <translation type="unfinished">今天的到访已作废。</translation>
    </message>
    <message>
        <source>Checked in today: %1</source>
        <translation type="unfinished">今天已报到：%1</translation>
    </message>
    <message>
        <source>Choose at least one service or class first.</source>
        <translation type="unfinished">请先选择至少一项服务或课程。</translation>
    </message>
    <message>
        <source>Type a reason first (it is kept with the record).</source>
        <translation type="unfinished">请先输入原因（会与记录一并保存）。</translation>
    </message>
    <message>
        <source>Change the services first, then save the correction.</source>
        <translation type="unfinished">请先更改服务，再保存更正。</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">上次到访</translation>
    </message>
    <message>
        <source>Find the duplicate first: type a name in the merge field.</source>
        <translation type="unfinished">请先找出重复的人：在合并栏输入姓名。</translation>
    </message>
    <message>
        <source>Merge %1 into %2? It can be undone.</source>
        <translation type="unfinished">将 %1 合并到 %2？此操作可以撤销。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">个人资料</translation>
    </message>
    <message>
        <source>Services and today&apos;s classes</source>
        <translation type="unfinished">服务与今日课程</translation>
    </message>
    <message>
        <source>Check in (Ctrl+Enter)</source>
        <translation type="unfinished">报到 (Ctrl+Enter)</translation>
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
        <translation type="unfinished">原因：例如选错了课程</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished">保存更正</translation>
    </message>
    <message>
        <source>Void visit</source>
        <translation type="unfinished">作废到访</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation type="unfinished">打印单据</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation type="unfinished">打印标签</translation>
    </message>
    <message>
        <source>Merge a duplicate into this person</source>
        <translation type="unfinished">将重复的人合并到此人</translation>
    </message>
    <message>
        <source>Find the duplicate by name, phone or ID</source>
        <translation type="unfinished">按姓名、电话或 ID 找出重复的人</translation>
    </message>
    <message>
        <source>Find the duplicate</source>
        <translation type="unfinished">找出重复的人</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished">可能重复的人</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished">合并…</translation>
    </message>
    <message>
        <source>Confirm merge</source>
        <translation type="unfinished">确认合并</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished">撤销合并</translation>
    </message>
</context>
<context>
    <name>DeskRegisterScreen</name>
    <message>
        <source>Type the first name.</source>
        <translation type="unfinished">请输入名字。</translation>
    </message>
    <message>
        <source>Type the last name.</source>
        <translation type="unfinished">请输入姓氏。</translation>
    </message>
    <message>
        <source>That date of birth is in the future.</source>
        <translation type="unfinished">该出生日期在未来。</translation>
    </message>
    <message>
        <source>There is no such date. Type the date of birth as MM/DD/YYYY, e.g. 03/14/1986.</source>
        <translation type="unfinished">没有这个日期。请按 MM/DD/YYYY 输入出生日期，例如 03/14/1986。</translation>
    </message>
    <message>
        <source>Type the date of birth as MM/DD/YYYY, e.g. 03/14/1986.</source>
        <translation type="unfinished">请按 MM/DD/YYYY 输入出生日期，例如 03/14/1986。</translation>
    </message>
    <message>
        <source>A phone number has 10 digits, e.g. 213-555-0100.</source>
        <translation type="unfinished">电话号码为 10 位数字，例如 213-555-0100。</translation>
    </message>
    <message>
        <source>That is not a member ID of this plan. Expected: %1</source>
        <translation type="unfinished">这不是此计划的会员 ID。应为：%1</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">上次到访</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation type="unfinished">登记新访客</translation>
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
        <translation type="unfinished">电话（选填）</translation>
    </message>
    <message>
        <source>Preferred l&amp;anguage</source>
        <translation type="unfinished">首选语言</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation type="unfinished">健康计划</translation>
    </message>
    <message>
        <source>&amp;Member ID</source>
        <translation type="unfinished">会员 ID</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation type="unfinished">MM/DD/YYYY</translation>
    </message>
    <message>
        <source>No plan / not known</source>
        <translation type="unfinished">无计划／不清楚</translation>
    </message>
    <message>
        <source>Agrees to share visit data with this plan</source>
        <translation type="unfinished">同意与此计划共享到访数据</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished">保存 (Enter)</translation>
    </message>
    <message>
        <source>This may be someone already registered. Use that person, or save as new.</source>
        <translation type="unfinished">这可能是已登记的人。请使用该人资料，或另存为新的人。</translation>
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
        <translation type="unfinished">另存为新的人</translation>
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
        <translation type="unfinished">没有找到任何人。按 Ctrl+N 登记新访客。</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">上次到访</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished">搜索人员</translation>
    </message>
    <message>
        <source>Find a person (Ctrl+F)</source>
        <translation type="unfinished">查找某人 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name, phone, date of birth or member ID</source>
        <translation type="unfinished">姓名、电话、出生日期或会员 ID</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">搜索</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation type="unfinished">新访客 (Ctrl+N)</translation>
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
        <translation type="unfinished">请输入 PIN，然后按 Enter。</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation type="unfinished">员工登录</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished">前台</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter.</source>
        <translation type="unfinished">请输入员工 PIN 并按 Enter。</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">PIN 码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished">登录</translation>
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
        <translation type="unfinished">在用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished">已停用</translation>
    </message>
    <message>
        <source>Pick a member in the list</source>
        <translation type="unfinished">请在列表中选择一名员工</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished">已选择：%1</translation>
    </message>
    <message>
        <source>Selected: %1 (deactivated)</source>
        <translation type="unfinished">已选择：%1（已停用）</translation>
    </message>
    <message>
        <source>Type the PIN, then type it again.</source>
        <translation type="unfinished">请输入 PIN，然后再输入一次。</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN twice.</source>
        <translation type="unfinished">两次输入的 PIN 不一致。请输入两次 PIN。</translation>
    </message>
    <message>
        <source>Type the member&apos;s name.</source>
        <translation type="unfinished">请输入员工姓名。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account. Ask another supervisor or IT.</source>
        <translation type="unfinished">您不能停用自己的账户。请让另一位主管或 IT 处理。</translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to sign in.</source>
        <translation type="unfinished">停用 %1？其将无法再登录。</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished">前台</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation type="unfinished">托儿服务</translation>
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
        <translation type="unfinished">另一位员工已在使用该 PIN。请另选一个。</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess (one digit repeated, digits in a row, or a repeated pattern). Choose another.</source>
        <translation type="unfinished">该 PIN 太容易被猜到（同一数字重复、连续数字或重复模式）。请另选一个。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits (0-9).</source>
        <translation type="unfinished">PIN 为 4 到 8 位数字（0-9）。</translation>
    </message>
    <message>
        <source>This is the last active member with this role. Add another one first.</source>
        <translation type="unfinished">这是该角色最后一名在用的员工。请先添加另一名。</translation>
    </message>
    <message>
        <source>Only a supervisor or IT can manage staff accounts.</source>
        <translation type="unfinished">只有主管或 IT 可以管理员工账户。</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished">员工账户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished">添加员工</translation>
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
        <translation type="unfinished">再次输入 PIN(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation type="unfinished">新 PIN(&amp;N)</translation>
    </message>
    <message>
        <source>New PIN aga&amp;in</source>
        <translation type="unfinished">再次输入新 PIN(&amp;I)</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished">添加员工</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation type="unfinished">重置 PIN</translation>
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
    <message>
        <source>The children&apos;s room cannot take more children at that time. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">儿童室在该时段无法再接收更多孩子。您已签到。托儿服务请咨询前台。</translation>
    </message>
    <message>
        <source>Our children&apos;s room cannot take a child of that age. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">我们的儿童室无法接收该年龄的孩子。您已签到。托儿服务请咨询前台。</translation>
    </message>
    <message>
        <source>We could not reach the children&apos;s room just now. You are checked in. Please see the front desk to sign your children up.</source>
        <translation type="unfinished">现在无法联系儿童室。您已签到。请到前台为您的孩子登记。</translation>
    </message>
    <message>
        <source>Child care could not be booked here. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">此处无法预约托儿服务。您已签到。托儿服务请咨询前台。</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>Type the pickup code from the parent&apos;s slip, or scan it.</source>
        <translation type="unfinished">输入家长单据上的接送码，或扫描该码。</translation>
    </message>
    <message>
        <source>Children for code %1</source>
        <translation type="unfinished">代码 %1 的孩子</translation>
    </message>
    <message>
        <source>%1: expected</source>
        <translation type="unfinished">%1：待到</translation>
    </message>
    <message>
        <source>%1: in the room</source>
        <translation type="unfinished">%1：在房间内</translation>
    </message>
    <message>
        <source>%1: picked up</source>
        <translation type="unfinished">%1：已接走</translation>
    </message>
    <message numerus="yes">
        <source>Check in %n child(ren)</source>
        <translation type="unfinished">
            <numerusform>签到 %n 个孩子</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check out %n child(ren)</source>
        <translation type="unfinished">
            <numerusform>签出 %n 个孩子</numerusform>
        </translation>
    </message>
    <message>
        <source>Say who is picking up (the name on their ID).</source>
        <translation type="unfinished">请说明由谁接走（证件上的姓名）。</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation type="unfinished">接送码</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">代码</translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished">查找</translation>
    </message>
    <message>
        <source>Find the children of this code</source>
        <translation type="unfinished">查找此代码的孩子</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">接走人</translation>
    </message>
    <message>
        <source>Print their labels</source>
        <translation type="unfinished">打印他们的标签</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message numerus="yes">
        <source>Check-ins per hour: %n in all</source>
        <translation type="unfinished">
            <numerusform>每小时报到：共 %n 人</numerusform>
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
        <translation type="unfinished">接下来一小时</translation>
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
    <name>OverridePanel</name>
    <message>
        <source>Release %1 without the pickup code</source>
        <translation type="unfinished">在无接送码的情况下交还 %1</translation>
    </message>
    <message>
        <source>Say who is picking up (the name on their ID).</source>
        <translation type="unfinished">请说明由谁接走（证件上的姓名）。</translation>
    </message>
    <message>
        <source>A release without the code needs a reason: what happened, and how you checked who they are.</source>
        <translation type="unfinished">无代码交还需要原因：发生了什么，以及您如何核实了对方身份。</translation>
    </message>
    <message>
        <source>Release without the code</source>
        <translation type="unfinished">无代码交还</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">接走人</translation>
    </message>
    <message>
        <source>Reason (recorded with your name)</source>
        <translation type="unfinished">原因（与您的姓名一起记录）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">原因</translation>
    </message>
    <message>
        <source>Release the child</source>
        <translation type="unfinished">交还孩子</translation>
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
    <name>RoomScreen</name>
    <message>
        <source>In the room: %1 of %2 places. Expected: %3.</source>
        <translation type="unfinished">房间内：%1 / %2 个名额。待到：%3。</translation>
    </message>
    <message>
        <source>Staff signed in: %1 (%2). Needed for the children here: %3.</source>
        <translation type="unfinished">已登录工作人员：%1（%2）。这些孩子所需人数：%3。</translation>
    </message>
    <message>
        <source>Overdue: %1 (in since %2; the parent&apos;s class ended or the maximum stay is over). Call the parent or the front desk.</source>
        <translation type="unfinished">已超时：%1（%2 起在房间内；家长的课程已结束或已超过最长停留时间）。请联系家长或前台。</translation>
    </message>
    <message>
        <source>Class ending soon: %1 (the parent&apos;s class ends at %2). Get ready for pickup.</source>
        <translation type="unfinished">课程即将结束：%1（家长的课程于 %2 结束）。请准备交接。</translation>
    </message>
    <message>
        <source>Child-care room</source>
        <translation type="unfinished">托儿室</translation>
    </message>
    <message>
        <source>Check in selected child</source>
        <translation type="unfinished">为所选孩子签到</translation>
    </message>
    <message>
        <source>Release without code…</source>
        <translation type="unfinished">无代码交还…</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation type="unfinished">打印标签</translation>
    </message>
</context>
<context>
    <name>RosterTables</name>
    <message>
        <source>(override)</source>
        <translation type="unfinished">（特批）</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message>
        <source>Allergy: %1</source>
        <translation type="unfinished">过敏：%1</translation>
    </message>
    <message>
        <source>Medical: %1</source>
        <translation type="unfinished">医疗：%1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">已超时</translation>
    </message>
    <message>
        <source>Class ending</source>
        <translation type="unfinished">课程即将结束</translation>
    </message>
    <message>
        <source>In the room (%1)</source>
        <translation type="unfinished">房间内（%1）</translation>
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
        <translation type="unfinished">年龄</translation>
    </message>
    <message>
        <source>In since</source>
        <translation type="unfinished">入室时间</translation>
    </message>
    <message>
        <source>Class ends</source>
        <translation type="unfinished">课程结束</translation>
    </message>
    <message>
        <source>Allergy / medical</source>
        <translation type="unfinished">过敏 / 医疗</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished">提醒</translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished">签到</translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished">签出</translation>
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
        <translation type="unfinished">%1 已添加为%2，现在可以用其 PIN 登录。</translation>
    </message>
    <message>
        <source>New PIN saved for %1. The old one no longer works.</source>
        <translation type="unfinished">已为 %1 保存新 PIN。旧 PIN 不再有效。</translation>
    </message>
    <message>
        <source>%1 is deactivated and can no longer sign in.</source>
        <translation type="unfinished">%1 已停用，无法再登录。</translation>
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
    <name>StaffWindow</name>
    <message>
        <source>CRC front desk: %1</source>
        <translation type="unfinished">CRC 前台：%1</translation>
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
        <source>Larger text</source>
        <translation type="unfinished">放大文字</translation>
    </message>
    <message>
        <source>Make the words on every screen bigger</source>
        <translation type="unfinished">放大每个屏幕上的文字</translation>
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
