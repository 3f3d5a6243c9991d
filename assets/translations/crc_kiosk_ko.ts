<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>CameraView</name>
    <message>
        <source>Camera starting…</source>
        <translation type="unfinished">카메라를 시작하는 중…</translation>
    </message>
    <message>
        <source>No camera: use the scanner or type your ID</source>
        <translation type="unfinished">카메라 없음: 스캐너를 사용하거나 ID를 입력하세요</translation>
    </message>
    <message>
        <source>Camera disconnected, reconnecting…</source>
        <translation type="unfinished">카메라 연결이 끊어졌습니다. 다시 연결하는 중…</translation>
    </message>
    <message>
        <source>Camera: hold your card or pass up to it</source>
        <translation type="unfinished">카메라: 카드나 패스를 카메라에 대 주세요</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is busy. Trying again.</source>
        <translation type="unfinished">데이터베이스가 사용 중입니다. 다시 시도하는 중입니다.</translation>
    </message>
    <message>
        <source>This station cannot save records. Please call IT.</source>
        <translation type="unfinished">이 스테이션에서 기록을 저장할 수 없습니다. IT 부서에 연락하십시오.</translation>
    </message>
    <message>
        <source>The database needs attention. Please call IT.</source>
        <translation type="unfinished">데이터베이스 점검이 필요합니다. IT 부서에 연락하십시오.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the front desk for help.</source>
        <translation type="unfinished">문제가 발생했습니다. 안내 데스크에 도움을 요청하십시오.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CRC Kiosk: %1</source>
        <translation type="unfinished">CRC 키오스크: %1</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Station status</source>
        <translation type="unfinished">스테이션 상태</translation>
    </message>
    <message>
        <source>Checking the station…</source>
        <translation type="unfinished">스테이션 확인 중…</translation>
    </message>
    <message>
        <source>Database OK</source>
        <translation type="unfinished">데이터베이스 정상</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to sync</source>
        <translation type="unfinished">
            <numerusform>동기화 대기 중인 기록 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>No records waiting</source>
        <translation type="unfinished">대기 중인 기록 없음</translation>
    </message>
    <message>
        <source>All records sent</source>
        <translation type="unfinished">모든 기록 전송됨</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation type="unfinished">
            <numerusform>거부된 기록 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome screen</source>
        <translation type="unfinished">환영 화면</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">환영합니다</translation>
    </message>
    <message>
        <source>Touch your language to begin</source>
        <translation type="unfinished">시작하려면 사용하실 언어를 누르세요</translation>
    </message>
    <message>
        <source>Hold your card or pass up to the camera</source>
        <translation type="unfinished">카드나 패스를 카메라에 대 주세요</translation>
    </message>
    <message>
        <source>Show the screen in this language</source>
        <translation type="unfinished">이 언어로 화면 표시</translation>
    </message>
    <message>
        <source>Plan A</source>
        <translation type="unfinished">플랜 A</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation type="unfinished">플랜 B</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished">%1 로고</translation>
    </message>
</context>
</TS>
