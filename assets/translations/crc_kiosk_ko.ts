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
    <name>ChildCareFlow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">PIN이 맞지 않습니다. 다시 시도하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity. You still count as in the room.</source>
        <translation type="unfinished">
            <numerusform>%n분 동안 활동이 없어 잠겼습니다. 여전히 방에 있는 것으로 계산됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>You left the room; you no longer count for its ratio.</source>
        <translation type="unfinished">방에서 나갔습니다. 이제 이 방의 비율에 계산되지 않습니다.</translation>
    </message>
    <message>
        <source>You cannot leave yet: the children in the room need you for the ratio. Sign another staff member in, or check children out first.</source>
        <translation type="unfinished">아직 나갈 수 없습니다. 방의 아이들에게 비율상 선생님이 필요합니다. 다른 직원을 로그인시키거나 먼저 아이들을 인계하세요.</translation>
    </message>
    <message>
        <source>Signed in: %1, counted in %2</source>
        <translation type="unfinished">로그인: %1, %2에 계산됨</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished">체크인 완료: %1</translation>
    </message>
    <message>
        <source>Picked up: %1</source>
        <translation type="unfinished">인계됨: %1</translation>
    </message>
    <message>
        <source>Released without the code: %1. The reason is recorded.</source>
        <translation type="unfinished">코드 없이 인계됨: %1. 사유가 기록되었습니다.</translation>
    </message>
    <message>
        <source>ALLERGY</source>
        <translation type="unfinished">알레르기</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished">%1까지</translation>
    </message>
    <message>
        <source>Pickup: %1</source>
        <translation type="unfinished">인계: %1</translation>
    </message>
    <message>
        <source>No printer is set up on this station. You can save the labels as a PDF file instead.</source>
        <translation type="unfinished">이 스테이션에 설정된 프린터가 없습니다. 대신 라벨을 PDF 파일로 저장할 수 있습니다.</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation type="unfinished">라벨 미리보기</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation type="unfinished">새로 고침 (F5)</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation type="unfinished">잠금 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Leave the room</source>
        <translation type="unfinished">방 나가기</translation>
    </message>
</context>
<context>
    <name>ChildCareMessages</name>
    <message>
        <source>No child here matches that code today. Check the code on the slip; if it is lost, use a release with a reason.</source>
        <translation type="unfinished">오늘 그 코드와 일치하는 아이가 없습니다. 영수증의 코드를 확인하세요. 분실했다면 사유를 적고 인계하세요.</translation>
    </message>
    <message>
        <source>Not checked in: the room would be over its staff-to-child ratio. Sign another staff member in to the room, or send the parent to the front desk.</source>
        <translation type="unfinished">입실 불가: 방의 직원 대 아동 비율을 넘게 됩니다. 다른 직원을 방에 로그인시키거나 부모를 안내 데스크로 보내세요.</translation>
    </message>
    <message>
        <source>Not checked in: the room is full. Send the parent to the front desk.</source>
        <translation type="unfinished">입실 불가: 방이 꽉 찼습니다. 부모를 안내 데스크로 보내세요.</translation>
    </message>
    <message>
        <source>Do not hand the child over: %1 is on this child&apos;s refused list. Call a supervisor.</source>
        <translation type="unfinished">아이를 인계하지 마세요: %1은(는) 이 아이의 인계 거부 명단에 있습니다. 관리자에게 연락하세요.</translation>
    </message>
    <message>
        <source>%1 is not a guardian or on the authorized list. Check their ID; release only with a reason.</source>
        <translation type="unfinished">%1은(는) 보호자도 아니고 허가 명단에도 없습니다. 신분증을 확인하고, 사유가 있을 때만 인계하세요.</translation>
    </message>
    <message>
        <source>That child is not in the room.</source>
        <translation type="unfinished">그 아이는 방에 없습니다.</translation>
    </message>
    <message>
        <source>Only child-care staff or a supervisor can sign in at the child-care room.</source>
        <translation type="unfinished">아이 돌봄 직원이나 관리자만 아이 돌봄 방에 로그인할 수 있습니다.</translation>
    </message>
    <message>
        <source>This site has no child-care room set up. Call IT.</source>
        <translation type="unfinished">이 센터에는 설정된 아이 돌봄 방이 없습니다. IT 부서에 연락하세요.</translation>
    </message>
</context>
<context>
    <name>ChildCareSignInScreen</name>
    <message>
        <source>Child care</source>
        <translation type="unfinished">아이 돌봄</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter. You then count for the staff-to-child ratio of %1.</source>
        <translation type="unfinished">직원 PIN을 입력하고 Enter를 누르세요. 그러면 %1의 직원 대 아동 비율에 계산됩니다.</translation>
    </message>
</context>
<context>
    <name>ChildCareWindow</name>
    <message>
        <source>CRC child care: %1</source>
        <translation type="unfinished">CRC 아이 돌봄: %1</translation>
    </message>
    <message>
        <source>This site has no child-care room set up. Call IT.</source>
        <translation type="unfinished">이 센터에는 설정된 아이 돌봄 방이 없습니다. IT 부서에 연락하세요.</translation>
    </message>
    <message>
        <source>The lobby kiosks cannot sign children up for this room: this station has no site link key. Parents are sent to the front desk. Call IT.</source>
        <translation type="unfinished">로비 키오스크에서 이 방에 어린이를 등록할 수 없습니다: 이 스테이션에 센터 연결 키가 없습니다. 부모님은 안내 데스크로 안내됩니다. IT에 연락하세요.</translation>
    </message>
    <message>
        <source>The lobby kiosks cannot sign children up for this room: port %1 is in use on this station. Parents are sent to the front desk. Call IT.</source>
        <translation type="unfinished">로비 키오스크에서 이 방에 어린이를 등록할 수 없습니다: 이 스테이션에서 포트 %1이(가) 사용 중입니다. 부모님은 안내 데스크로 안내됩니다. IT에 연락하세요.</translation>
    </message>
</context>
<context>
    <name>ChildrenScreen</name>
    <message>
        <source>Please type the child&apos;s first name.</source>
        <translation type="unfinished">아이의 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Please type the child&apos;s last name.</source>
        <translation type="unfinished">아이의 성을 입력하세요.</translation>
    </message>
    <message>
        <source>Please type the child&apos;s date of birth: month, day, year.</source>
        <translation type="unfinished">아이의 생년월일을 입력하세요: 월, 일, 연도.</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation type="unfinished">아이 돌봄</translation>
    </message>
    <message>
        <source>Child care while you are here</source>
        <translation type="unfinished">계시는 동안 아이 돌봄</translation>
    </message>
    <message>
        <source>Touch each child who will stay in the children&apos;s room.</source>
        <translation type="unfinished">아이 돌봄 방에 머물 아이를 각각 누르세요.</translation>
    </message>
    <message>
        <source>%1 During: %2</source>
        <translation type="unfinished">%1 시간: %2</translation>
    </message>
    <message>
        <source>Add each child who will stay with us.</source>
        <translation type="unfinished">저희와 함께 머물 아이를 각각 추가하세요.</translation>
    </message>
    <message>
        <source>%1, age %2</source>
        <translation type="unfinished">%1, %2세</translation>
    </message>
    <message>
        <source>Child&apos;s first name</source>
        <translation type="unfinished">아이 이름</translation>
    </message>
    <message>
        <source>Child&apos;s last name</source>
        <translation type="unfinished">아이 성</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth (month / day / year)</source>
        <translation type="unfinished">아이 생년월일 (월 / 일 / 연도)</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation type="unfinished">아이 추가</translation>
    </message>
    <message>
        <source>Add this child</source>
        <translation type="unfinished">이 아이 추가</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">뒤로</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished">체크인</translation>
    </message>
</context>
<context>
    <name>ChooseScreen</name>
    <message>
        <source>Choose why you came</source>
        <translation type="unfinished">방문 목적을 선택하세요</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished">%1 님, 환영합니다</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">환영합니다</translation>
    </message>
    <message>
        <source>What are you here for today? Touch one or more.</source>
        <translation type="unfinished">오늘 무엇 때문에 오셨나요? 하나 이상 누르세요.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished">서비스</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation type="unfinished">오늘의 수업</translation>
    </message>
    <message>
        <source>No classes today.</source>
        <translation type="unfinished">오늘은 수업이 없습니다.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished">%1 ~ %2</translation>
    </message>
    <message>
        <source>%1 (full)</source>
        <translation type="unfinished">%1 (마감)</translation>
    </message>
    <message>
        <source>I need child care</source>
        <translation type="unfinished">아이 돌봄이 필요합니다</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">취소</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished">체크인</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Pickup code: %1</source>
        <translation type="unfinished">픽업 코드: %1</translation>
    </message>
    <message>
        <source>Your slip is printing.</source>
        <translation type="unfinished">확인증을 인쇄하고 있습니다.</translation>
    </message>
    <message>
        <source>The printer is not available. Please take a photo of the screen.</source>
        <translation type="unfinished">프린터를 사용할 수 없습니다. 화면을 사진으로 찍어 주세요.</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation type="unfinished">체크인되었습니다</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">완료</translation>
    </message>
    <message>
        <source>Your CRC pass QR code</source>
        <translation type="unfinished">CRC 패스 QR 코드</translation>
    </message>
    <message>
        <source>Take a photo of this code. Next time, scan it here.</source>
        <translation type="unfinished">이 코드를 사진으로 찍어 두세요. 다음에는 여기서 스캔하세요.</translation>
    </message>
    <message>
        <source>Print a slip</source>
        <translation type="unfinished">확인증 인쇄</translation>
    </message>
    <message>
        <source>You are already checked in</source>
        <translation type="unfinished">이미 체크인되어 있습니다</translation>
    </message>
    <message>
        <source>You are checked in, %1</source>
        <translation type="unfinished">%1 님, 체크인되었습니다</translation>
    </message>
    <message>
        <source>Child care for %1 in %2 until %3. Your pickup code:</source>
        <translation type="unfinished">%1의 아이 돌봄, 장소 %2, %3까지. 픽업 코드:</translation>
    </message>
    <message>
        <source>Pickup code %1</source>
        <translation type="unfinished">픽업 코드 %1</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">아직 계신가요?</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s), to keep your information private.</source>
        <translation type="unfinished">
            <numerusform>개인 정보 보호를 위해 %n초 후 처음으로 돌아갑니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished">네, 있어요</translation>
    </message>
</context>
<context>
    <name>DeskDayScreen</name>
    <message>
        <source>In the building now (%1)</source>
        <translation type="unfinished">현재 건물 안 (%1)</translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished">마감</translation>
    </message>
    <message>
        <source>No plans</source>
        <translation type="unfinished">플랜 없음</translation>
    </message>
    <message>
        <source>paused: credentials need attention (call IT)</source>
        <translation type="unfinished">일시 중지: 자격 증명 확인 필요(IT에 연락)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, offline since %1</source>
        <translation type="unfinished">
            <numerusform>%n건 대기 중, %1부터 오프라인</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform>%n건 대기 중</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation type="unfinished">모두 전송됨</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation type="unfinished">
            <numerusform>%n건 거부됨</numerusform>
        </translation>
    </message>
    <message>
        <source>The day</source>
        <translation type="unfinished">오늘 현황</translation>
    </message>
    <message>
        <source>In the building now</source>
        <translation type="unfinished">현재 건물 안</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation type="unfinished">오늘의 수업</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished">수업</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">강의실</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">시간</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation type="unfinished">등록</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">이름</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished">시작</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished">종료</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished">정원</translation>
    </message>
    <message>
        <source>Save class</source>
        <translation type="unfinished">수업 저장</translation>
    </message>
    <message>
        <source>Check-ins per hour</source>
        <translation type="unfinished">시간별 체크인</translation>
    </message>
    <message>
        <source>Sending to the plans</source>
        <translation type="unfinished">플랜으로 전송</translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished">보고서</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">종료일</translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished">첫날</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished">마지막 날</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished">CSV 내보내기…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished">PDF 내보내기…</translation>
    </message>
</context>
<context>
    <name>DeskFlow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">PIN이 맞지 않습니다. 다시 시도하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Signed out after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform>%n분 동안 활동이 없어 로그아웃되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>front desk</source>
        <translation type="unfinished">안내 데스크</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished">관리자</translation>
    </message>
    <message>
        <source>child care</source>
        <translation type="unfinished">아이 돌봄</translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished">IT</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished">로그인: %1(%2)</translation>
    </message>
    <message>
        <source>This card is not registered here yet. Complete the form to register.</source>
        <translation type="unfinished">이 카드는 아직 여기에 등록되지 않았습니다. 양식을 작성해 등록하세요.</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished">체크인 완료: %1</translation>
    </message>
    <message>
        <source>Correction saved. The visit now has: %1</source>
        <translation type="unfinished">수정이 저장되었습니다. 현재 방문 내용: %1</translation>
    </message>
    <message>
        <source>Visit voided. It no longer counts.</source>
        <translation type="unfinished">방문이 무효 처리되었습니다. 더 이상 집계되지 않습니다.</translation>
    </message>
    <message>
        <source>A person cannot be merged with themself.</source>
        <translation type="unfinished">같은 사람끼리는 병합할 수 없습니다.</translation>
    </message>
    <message>
        <source>Merged. Their visits are now this person&apos;s.</source>
        <translation type="unfinished">병합되었습니다. 해당 방문 기록은 이제 이 사람의 것입니다.</translation>
    </message>
    <message>
        <source>Merge undone. They are two people again.</source>
        <translation type="unfinished">병합이 취소되었습니다. 다시 두 사람입니다.</translation>
    </message>
    <message>
        <source>No printer is set up on this station. The check-in is saved; you can print to a PDF file instead.</source>
        <translation type="unfinished">이 스테이션에 프린터가 없습니다. 체크인은 저장되었으며 PDF 파일로 인쇄할 수 있습니다.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished">인쇄 미리 보기</translation>
    </message>
    <message>
        <source>Only a supervisor can change today&apos;s classes.</source>
        <translation type="unfinished">관리자만 오늘 수업을 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation type="unfinished">보고서 저장됨: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished">보고서 저장</translation>
    </message>
    <message>
        <source>Search (F3)</source>
        <translation type="unfinished">검색 (F3)</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation type="unfinished">새 방문자 (Ctrl+N)</translation>
    </message>
    <message>
        <source>The day (F5)</source>
        <translation type="unfinished">오늘 현황 (F5)</translation>
    </message>
    <message>
        <source>Staff (F7)</source>
        <translation type="unfinished">직원 (F7)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished">로그아웃</translation>
    </message>
</context>
<context>
    <name>DeskMessages</name>
    <message>
        <source>Too many wrong PINs. Sign-in is locked until %1 (%2 min).</source>
        <translation type="unfinished">잘못된 PIN이 너무 많습니다. %1까지 로그인이 잠깁니다(%2분).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">저장되지 않음: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished">찾을 수 없음: %1</translation>
    </message>
    <message>
        <source>That class is full. Choose another.</source>
        <translation type="unfinished">해당 수업은 마감되었습니다. 다른 수업을 선택하세요.</translation>
    </message>
    <message>
        <source>That service is not offered here.</source>
        <translation type="unfinished">이곳에서는 제공되지 않는 서비스입니다.</translation>
    </message>
    <message>
        <source>This is not available on this station yet.</source>
        <translation type="unfinished">이 스테이션에서는 아직 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>That did not work. Try again, or call IT if it keeps failing.</source>
        <translation type="unfinished">실패했습니다. 다시 시도하고, 계속 실패하면 IT에 연락하세요.</translation>
    </message>
</context>
<context>
    <name>DeskPersonScreen</name>
    <message>
        <source>Born %1</source>
        <translation type="unfinished">생년월일 %1</translation>
    </message>
    <message>
        <source>last visit %1</source>
        <translation type="unfinished">마지막 방문 %1</translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished">마감</translation>
    </message>
    <message>
        <source>Not checked in today.</source>
        <translation type="unfinished">오늘 체크인하지 않았습니다.</translation>
    </message>
    <message>
        <source>Today&apos;s visit was voided.</source>
        <translation type="unfinished">오늘 방문은 무효 처리되었습니다.</translation>
    </message>
    <message>
        <source>Checked in today: %1</source>
        <translation type="unfinished">오늘 체크인: %1</translation>
    </message>
    <message>
        <source>Choose at least one service or class first.</source>
        <translation type="unfinished">먼저 서비스나 수업을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Type a reason first (it is kept with the record).</source>
        <translation type="unfinished">먼저 사유를 입력하세요(기록과 함께 보관됩니다).</translation>
    </message>
    <message>
        <source>Change the services first, then save the correction.</source>
        <translation type="unfinished">먼저 서비스를 변경한 뒤 수정을 저장하세요.</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">마지막 방문</translation>
    </message>
    <message>
        <source>Find the duplicate first: type a name in the merge field.</source>
        <translation type="unfinished">먼저 중복된 사람을 찾으세요: 병합 칸에 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Merge %1 into %2? It can be undone.</source>
        <translation type="unfinished">%1을(를) %2에 병합할까요? 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">사람</translation>
    </message>
    <message>
        <source>Services and today&apos;s classes</source>
        <translation type="unfinished">서비스 및 오늘 수업</translation>
    </message>
    <message>
        <source>Check in (Ctrl+Enter)</source>
        <translation type="unfinished">체크인 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">사유</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">사유</translation>
    </message>
    <message>
        <source>Why: e.g. chose the wrong class</source>
        <translation type="unfinished">사유: 예) 수업을 잘못 선택함</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished">수정 저장</translation>
    </message>
    <message>
        <source>Void visit</source>
        <translation type="unfinished">방문 무효 처리</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation type="unfinished">전표 인쇄</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation type="unfinished">라벨 인쇄</translation>
    </message>
    <message>
        <source>Merge a duplicate into this person</source>
        <translation type="unfinished">중복된 사람을 이 사람에게 병합</translation>
    </message>
    <message>
        <source>Find the duplicate by name, phone or ID</source>
        <translation type="unfinished">이름, 전화번호 또는 ID로 중복 찾기</translation>
    </message>
    <message>
        <source>Find the duplicate</source>
        <translation type="unfinished">중복 찾기</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished">중복 가능성</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished">병합…</translation>
    </message>
    <message>
        <source>Confirm merge</source>
        <translation type="unfinished">병합 확인</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished">병합 취소</translation>
    </message>
</context>
<context>
    <name>DeskRegisterScreen</name>
    <message>
        <source>Type the first name.</source>
        <translation type="unfinished">이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Type the last name.</source>
        <translation type="unfinished">성을 입력하세요.</translation>
    </message>
    <message>
        <source>That date of birth is in the future.</source>
        <translation type="unfinished">생년월일이 미래 날짜입니다.</translation>
    </message>
    <message>
        <source>There is no such date. Type the date of birth as MM/DD/YYYY, e.g. 03/14/1986.</source>
        <translation type="unfinished">존재하지 않는 날짜입니다. 생년월일을 MM/DD/YYYY 형식으로 입력하세요(예: 03/14/1986).</translation>
    </message>
    <message>
        <source>Type the date of birth as MM/DD/YYYY, e.g. 03/14/1986.</source>
        <translation type="unfinished">생년월일을 MM/DD/YYYY 형식으로 입력하세요(예: 03/14/1986).</translation>
    </message>
    <message>
        <source>A phone number has 10 digits, e.g. 213-555-0100.</source>
        <translation type="unfinished">전화번호는 10자리입니다(예: 213-555-0100).</translation>
    </message>
    <message>
        <source>That is not a member ID of this plan. Expected: %1</source>
        <translation type="unfinished">이 플랜의 회원 ID가 아닙니다. 예상 형식: %1</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">마지막 방문</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation type="unfinished">새 방문자 등록</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished">이름</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished">성</translation>
    </message>
    <message>
        <source>&amp;Date of birth (MM/DD/YYYY)</source>
        <translation type="unfinished">생년월일 (MM/DD/YYYY)</translation>
    </message>
    <message>
        <source>&amp;Phone (optional)</source>
        <translation type="unfinished">전화번호(선택)</translation>
    </message>
    <message>
        <source>Preferred l&amp;anguage</source>
        <translation type="unfinished">선호 언어</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation type="unfinished">플랜</translation>
    </message>
    <message>
        <source>&amp;Member ID</source>
        <translation type="unfinished">회원 ID</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation type="unfinished">MM/DD/YYYY</translation>
    </message>
    <message>
        <source>No plan / not known</source>
        <translation type="unfinished">플랜 없음 / 모름</translation>
    </message>
    <message>
        <source>Agrees to share visit data with this plan</source>
        <translation type="unfinished">이 플랜과 방문 정보 공유에 동의</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">취소</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished">저장 (Enter)</translation>
    </message>
    <message>
        <source>This may be someone already registered. Use that person, or save as new.</source>
        <translation type="unfinished">이미 등록된 사람일 수 있습니다. 그 사람을 사용하거나 새로 저장하세요.</translation>
    </message>
    <message>
        <source>Similar people</source>
        <translation type="unfinished">비슷한 사람</translation>
    </message>
    <message>
        <source>Use this person</source>
        <translation type="unfinished">이 사람 사용</translation>
    </message>
    <message>
        <source>Save as new</source>
        <translation type="unfinished">새로 저장</translation>
    </message>
</context>
<context>
    <name>DeskSearchScreen</name>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation type="unfinished">
            <numerusform>%n명 찾음</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found. Press Ctrl+N to register a walk-in.</source>
        <translation type="unfinished">찾은 사람이 없습니다. Ctrl+N을 눌러 새 방문자를 등록하세요.</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">마지막 방문</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished">사람 검색</translation>
    </message>
    <message>
        <source>Find a person (Ctrl+F)</source>
        <translation type="unfinished">사람 찾기 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name, phone, date of birth or member ID</source>
        <translation type="unfinished">이름, 전화번호, 생년월일 또는 회원 ID</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">검색</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation type="unfinished">새 방문자 (Ctrl+N)</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">찾은 사람</translation>
    </message>
</context>
<context>
    <name>DeskSignInScreen</name>
    <message>
        <source>Type your PIN, then press Enter.</source>
        <translation type="unfinished">PIN을 입력한 후 Enter를 누르세요.</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation type="unfinished">직원 로그인</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished">안내 데스크</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter.</source>
        <translation type="unfinished">직원 PIN을 입력하고 Enter를 누르세요.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished">로그인</translation>
    </message>
</context>
<context>
    <name>DeskStaffScreen</name>
    <message>
        <source>(you)</source>
        <translation type="unfinished">(본인)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">활성</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished">비활성</translation>
    </message>
    <message>
        <source>Pick a member in the list</source>
        <translation type="unfinished">목록에서 직원을 선택하세요</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished">선택됨: %1</translation>
    </message>
    <message>
        <source>Selected: %1 (deactivated)</source>
        <translation type="unfinished">선택됨: %1 (비활성)</translation>
    </message>
    <message>
        <source>Type the PIN, then type it again.</source>
        <translation type="unfinished">PIN을 입력한 다음 한 번 더 입력하세요.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN twice.</source>
        <translation type="unfinished">두 PIN이 같지 않습니다. PIN을 두 번 입력하세요.</translation>
    </message>
    <message>
        <source>Type the member&apos;s name.</source>
        <translation type="unfinished">직원 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account. Ask another supervisor or IT.</source>
        <translation type="unfinished">자신의 계정은 비활성화할 수 없습니다. 다른 관리자나 IT에 요청하세요.</translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to sign in.</source>
        <translation type="unfinished">%1을(를) 비활성화할까요? 더 이상 로그인할 수 없게 됩니다.</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished">안내 데스크</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation type="unfinished">아이 돌봄</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished">관리자</translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished">IT</translation>
    </message>
    <message>
        <source>Another staff member already has that PIN. Choose another.</source>
        <translation type="unfinished">다른 직원이 이미 그 PIN을 사용하고 있습니다. 다른 PIN을 선택하세요.</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess (one digit repeated, digits in a row, or a repeated pattern). Choose another.</source>
        <translation type="unfinished">그 PIN은 너무 쉽게 추측됩니다 (같은 숫자 반복, 연속된 숫자 또는 반복 패턴). 다른 PIN을 선택하세요.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits (0-9).</source>
        <translation type="unfinished">PIN은 4~8자리 숫자(0-9)입니다.</translation>
    </message>
    <message>
        <source>This is the last active member with this role. Add another one first.</source>
        <translation type="unfinished">이 역할의 마지막 활성 직원입니다. 먼저 다른 직원을 추가하세요.</translation>
    </message>
    <message>
        <source>Only a supervisor or IT can manage staff accounts.</source>
        <translation type="unfinished">관리자나 IT만 직원 계정을 관리할 수 있습니다.</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished">직원 계정</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">역할</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">상태</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished">직원 추가</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished">이름(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">역할(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation type="unfinished">&amp;PIN</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation type="unfinished">PIN 다시 입력(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation type="unfinished">새 PIN(&amp;N)</translation>
    </message>
    <message>
        <source>New PIN aga&amp;in</source>
        <translation type="unfinished">새 PIN 다시 입력(&amp;I)</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished">직원 추가</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation type="unfinished">PIN 재설정</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished">비활성화…(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Yes, deactivate</source>
        <translation type="unfinished">예, 비활성화(&amp;Y)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished">취소 (Esc)</translation>
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
    <message>
        <source>Please use your member card</source>
        <translation type="unfinished">회원 카드를 사용해 주세요</translation>
    </message>
    <message>
        <source>A driver&apos;s license or state ID cannot be used here, and nothing from it was kept. Scan your health plan card or CRC pass, or type your details.</source>
        <translation type="unfinished">운전면허증이나 주 신분증은 여기서 사용할 수 없으며 아무 정보도 저장되지 않았습니다. 건강 플랜 카드나 CRC 패스를 스캔하거나 정보를 입력하세요.</translation>
    </message>
    <message>
        <source>A bank card cannot be used here. Scan your health plan card or CRC pass, or type your ID.</source>
        <translation type="unfinished">은행 카드는 여기서 사용할 수 없습니다. 건강 플랜 카드나 CRC 패스를 스캔하거나 번호를 입력하세요.</translation>
    </message>
    <message>
        <source>We could not read this pass</source>
        <translation type="unfinished">이 패스를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Please see the front desk. They will check you in.</source>
        <translation type="unfinished">안내 데스크로 가 주세요. 체크인을 도와드립니다.</translation>
    </message>
    <message>
        <source>We could not use this card</source>
        <translation type="unfinished">이 카드는 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Try again, type your ID, or touch &quot;I don&apos;t have a card&quot;. The front desk can also help.</source>
        <translation type="unfinished">다시 시도하거나 번호를 입력하거나 &quot;카드가 없어요&quot;를 누르세요. 안내 데스크에서도 도와드립니다.</translation>
    </message>
    <message>
        <source>Please type your member ID.</source>
        <translation type="unfinished">회원 번호를 입력하세요.</translation>
    </message>
    <message>
        <source>This ID does not look complete or right. Please check it.</source>
        <translation type="unfinished">번호가 완전하지 않거나 맞지 않는 것 같습니다. 확인해 주세요.</translation>
    </message>
    <message>
        <source>This ID matches more than one card. Please see the front desk.</source>
        <translation type="unfinished">이 번호는 여러 카드와 일치합니다. 안내 데스크로 가 주세요.</translation>
    </message>
    <message>
        <source>This is not an ID we know. Please check it.</source>
        <translation type="unfinished">알 수 없는 번호입니다. 확인해 주세요.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished">예: %1</translation>
    </message>
    <message>
        <source>We did not find this ID</source>
        <translation type="unfinished">이 번호를 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>You can try again, register now (it takes a minute), or see the front desk.</source>
        <translation type="unfinished">다시 시도하거나, 지금 등록하거나(1분 걸려요), 안내 데스크로 가 주세요.</translation>
    </message>
    <message>
        <source>This class just filled up</source>
        <translation type="unfinished">이 수업은 방금 마감되었습니다</translation>
    </message>
    <message>
        <source>Please choose something else, or see the front desk.</source>
        <translation type="unfinished">다른 것을 선택하거나 안내 데스크로 가 주세요.</translation>
    </message>
    <message>
        <source>Please check what you typed</source>
        <translation type="unfinished">입력한 내용을 확인해 주세요</translation>
    </message>
    <message>
        <source>Something is missing or not right. The front desk can help.</source>
        <translation type="unfinished">빠졌거나 맞지 않는 내용이 있습니다. 안내 데스크에서 도와드립니다.</translation>
    </message>
    <message>
        <source>Sorry, something went wrong</source>
        <translation type="unfinished">죄송합니다. 문제가 발생했습니다</translation>
    </message>
    <message>
        <source>The children&apos;s room cannot take more children at that time. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">그 시간에는 아이 돌봄 방에 더 이상 아이를 받을 수 없습니다. 체크인은 완료되었습니다. 아이 돌봄은 안내 데스크에 문의하세요.</translation>
    </message>
    <message>
        <source>Our children&apos;s room cannot take a child of that age. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">저희 아이 돌봄 방은 그 나이의 아이를 받을 수 없습니다. 체크인은 완료되었습니다. 아이 돌봄은 안내 데스크에 문의하세요.</translation>
    </message>
    <message>
        <source>We could not reach the children&apos;s room just now. You are checked in. Please see the front desk to sign your children up.</source>
        <translation type="unfinished">지금은 어린이 방에 연결할 수 없습니다. 체크인은 완료되었습니다. 자녀 등록은 안내 데스크에 문의해 주세요.</translation>
    </message>
    <message>
        <source>Child care could not be booked here. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">여기서 아이 돌봄을 예약할 수 없었습니다. 체크인은 완료되었습니다. 아이 돌봄은 안내 데스크에 문의하세요.</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>Type the pickup code from the parent&apos;s slip, or scan it.</source>
        <translation type="unfinished">부모 영수증의 픽업 코드를 입력하거나 스캔하세요.</translation>
    </message>
    <message>
        <source>Children for code %1</source>
        <translation type="unfinished">코드 %1의 아이들</translation>
    </message>
    <message>
        <source>%1: expected</source>
        <translation type="unfinished">%1: 예정</translation>
    </message>
    <message>
        <source>%1: in the room</source>
        <translation type="unfinished">%1: 방에 있음</translation>
    </message>
    <message>
        <source>%1: picked up</source>
        <translation type="unfinished">%1: 인계됨</translation>
    </message>
    <message numerus="yes">
        <source>Check in %n child(ren)</source>
        <translation type="unfinished">
            <numerusform>아이 %n명 입실</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check out %n child(ren)</source>
        <translation type="unfinished">
            <numerusform>아이 %n명 인계</numerusform>
        </translation>
    </message>
    <message>
        <source>Say who is picking up (the name on their ID).</source>
        <translation type="unfinished">누가 데려가는지 입력하세요 (신분증의 이름).</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation type="unfinished">픽업 코드</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">코드</translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished">찾기</translation>
    </message>
    <message>
        <source>Find the children of this code</source>
        <translation type="unfinished">이 코드의 아이들 찾기</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">데려간 사람</translation>
    </message>
    <message>
        <source>Print their labels</source>
        <translation type="unfinished">이 아이들의 라벨 인쇄</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message numerus="yes">
        <source>Check-ins per hour: %n in all</source>
        <translation type="unfinished">
            <numerusform>시간별 체크인: 총 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>busiest %1:00</source>
        <translation type="unfinished">가장 붐빈 시간 %1:00</translation>
    </message>
</context>
<context>
    <name>KioskFlow</name>
    <message>
        <source>the next hour</source>
        <translation type="unfinished">앞으로 한 시간</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">PIN이 맞지 않습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Too many tries. Please wait, then try again.</source>
        <translation type="unfinished">시도 횟수가 너무 많습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Staff sign-in is not available</source>
        <translation type="unfinished">직원 로그인을 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Please call IT to leave kiosk mode.</source>
        <translation type="unfinished">키오스크 모드를 종료하려면 IT 부서에 연락하세요.</translation>
    </message>
    <message>
        <source>CRC Kiosk: %1</source>
        <translation type="unfinished">CRC 키오스크: %1</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">메시지</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">다시 시도</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">번호 입력</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">등록</translation>
    </message>
    <message>
        <source>Choose again</source>
        <translation type="unfinished">다시 선택</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished">처음으로</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation type="unfinished">화면 키보드</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation type="unfinished">마지막 글자 지우기</translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished">띄어쓰기</translation>
    </message>
</context>
<context>
    <name>OverridePanel</name>
    <message>
        <source>Release %1 without the pickup code</source>
        <translation type="unfinished">픽업 코드 없이 %1 인계</translation>
    </message>
    <message>
        <source>Say who is picking up (the name on their ID).</source>
        <translation type="unfinished">누가 데려가는지 입력하세요 (신분증의 이름).</translation>
    </message>
    <message>
        <source>A release without the code needs a reason: what happened, and how you checked who they are.</source>
        <translation type="unfinished">코드 없는 인계에는 사유가 필요합니다: 무슨 일이 있었는지, 그리고 신원을 어떻게 확인했는지.</translation>
    </message>
    <message>
        <source>Release without the code</source>
        <translation type="unfinished">코드 없이 인계</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">데려간 사람</translation>
    </message>
    <message>
        <source>Reason (recorded with your name)</source>
        <translation type="unfinished">사유 (선생님 이름과 함께 기록됨)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">사유</translation>
    </message>
    <message>
        <source>Release the child</source>
        <translation type="unfinished">아이 인계</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">취소</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>Please type your first name.</source>
        <translation type="unfinished">이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Please type your last name.</source>
        <translation type="unfinished">성을 입력하세요.</translation>
    </message>
    <message>
        <source>Please type your date of birth: month, day, year.</source>
        <translation type="unfinished">생년월일을 입력하세요: 월, 일, 연도.</translation>
    </message>
    <message>
        <source>A phone number has 10 digits. You can also leave it empty.</source>
        <translation type="unfinished">전화번호는 10자리입니다. 비워 두셔도 됩니다.</translation>
    </message>
    <message>
        <source>Please type the member ID from your plan card.</source>
        <translation type="unfinished">플랜 카드의 회원 번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Please answer: may we share your visits?</source>
        <translation type="unfinished">답해 주세요: 방문 기록을 공유해도 될까요?</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">등록</translation>
    </message>
    <message>
        <source>Tell us about you</source>
        <translation type="unfinished">본인 정보를 알려 주세요</translation>
    </message>
    <message>
        <source>It takes about a minute. Touch a box, then type on the keys.</source>
        <translation type="unfinished">1분 정도 걸립니다. 칸을 누른 다음 키로 입력하세요.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished">이름</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished">성</translation>
    </message>
    <message>
        <source>Date of birth (month / day / year)</source>
        <translation type="unfinished">생년월일 (월 / 일 / 연도)</translation>
    </message>
    <message>
        <source>Phone (you can leave this empty)</source>
        <translation type="unfinished">전화번호 (비워 두셔도 됩니다)</translation>
    </message>
    <message>
        <source>Language you prefer</source>
        <translation type="unfinished">선호하는 언어</translation>
    </message>
    <message>
        <source>Your health plan, if you know it</source>
        <translation type="unfinished">건강 플랜 (알고 있다면)</translation>
    </message>
    <message>
        <source>Member ID from your plan card</source>
        <translation type="unfinished">플랜 카드의 회원 번호</translation>
    </message>
    <message>
        <source>May we tell your health plan when you visit us? It helps them help you.</source>
        <translation type="unfinished">방문하실 때 건강 플랜에 알려도 될까요? 플랜이 더 잘 도와드릴 수 있습니다.</translation>
    </message>
    <message>
        <source>No plan / I don&apos;t know</source>
        <translation type="unfinished">플랜 없음 / 모름</translation>
    </message>
    <message>
        <source>Yes, share my visits</source>
        <translation type="unfinished">예, 공유해 주세요</translation>
    </message>
    <message>
        <source>No, do not share</source>
        <translation type="unfinished">아니요, 공유하지 마세요</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">뒤로</translation>
    </message>
    <message>
        <source>Register and continue</source>
        <translation type="unfinished">등록하고 계속</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <source>In the room: %1 of %2 places. Expected: %3.</source>
        <translation type="unfinished">방 안: %2자리 중 %1명. 예정: %3명.</translation>
    </message>
    <message>
        <source>Staff signed in: %1 (%2). Needed for the children here: %3.</source>
        <translation type="unfinished">로그인한 직원: %1명 (%2). 이 아이들에게 필요한 직원: %3명.</translation>
    </message>
    <message>
        <source>Overdue: %1 (in since %2; the parent&apos;s class ended or the maximum stay is over). Call the parent or the front desk.</source>
        <translation type="unfinished">시간 초과: %1 (%2부터 방에 있음. 부모의 수업이 끝났거나 최대 체류 시간이 지났습니다). 부모나 안내 데스크에 연락하세요.</translation>
    </message>
    <message>
        <source>Class ending soon: %1 (the parent&apos;s class ends at %2). Get ready for pickup.</source>
        <translation type="unfinished">곧 수업 종료: %1 (부모의 수업이 %2에 끝납니다). 인계를 준비하세요.</translation>
    </message>
    <message>
        <source>Child-care room</source>
        <translation type="unfinished">아이 돌봄 방</translation>
    </message>
    <message>
        <source>Check in selected child</source>
        <translation type="unfinished">선택한 아이 입실</translation>
    </message>
    <message>
        <source>Release without code…</source>
        <translation type="unfinished">코드 없이 인계…</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation type="unfinished">라벨 인쇄</translation>
    </message>
</context>
<context>
    <name>RosterTables</name>
    <message>
        <source>(override)</source>
        <translation type="unfinished">(예외 처리)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform>%n개월</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform>%n세</numerusform>
        </translation>
    </message>
    <message>
        <source>Allergy: %1</source>
        <translation type="unfinished">알레르기: %1</translation>
    </message>
    <message>
        <source>Medical: %1</source>
        <translation type="unfinished">의료: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">시간 초과</translation>
    </message>
    <message>
        <source>Class ending</source>
        <translation type="unfinished">수업 종료 임박</translation>
    </message>
    <message>
        <source>In the room (%1)</source>
        <translation type="unfinished">방 안 (%1)</translation>
    </message>
    <message>
        <source>Expected (%1)</source>
        <translation type="unfinished">예정 (%1)</translation>
    </message>
    <message>
        <source>Picked up (%1)</source>
        <translation type="unfinished">인계됨 (%1)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished">아이</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">나이</translation>
    </message>
    <message>
        <source>In since</source>
        <translation type="unfinished">입실 시각</translation>
    </message>
    <message>
        <source>Class ends</source>
        <translation type="unfinished">수업 종료</translation>
    </message>
    <message>
        <source>Allergy / medical</source>
        <translation type="unfinished">알레르기 / 의료</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished">경고</translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished">입실</translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished">퇴실</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">데려간 사람</translation>
    </message>
</context>
<context>
    <name>StaffAccounts</name>
    <message>
        <source>%1 is added as %2 and can sign in with their PIN now.</source>
        <translation type="unfinished">%1이(가) %2(으)로 추가되었으며 이제 PIN으로 로그인할 수 있습니다.</translation>
    </message>
    <message>
        <source>New PIN saved for %1. The old one no longer works.</source>
        <translation type="unfinished">%1의 새 PIN이 저장되었습니다. 이전 PIN은 더 이상 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is deactivated and can no longer sign in.</source>
        <translation type="unfinished">%1은(는) 비활성화되어 더 이상 로그인할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">직원 PIN</translation>
    </message>
    <message>
        <source>Staff only: type your PIN</source>
        <translation type="unfinished">직원 전용: PIN을 입력하세요</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">취소</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">잠금 해제</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>CRC front desk: %1</source>
        <translation type="unfinished">CRC 안내 데스크: %1</translation>
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
        <source>%n record(s) waiting, offline since %1</source>
        <translation type="unfinished">
            <numerusform>%n개 기록 대기 중, %1부터 오프라인</numerusform>
        </translation>
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
    <message>
        <source>%1: credentials need attention (call IT)</source>
        <translation type="unfinished">%1: 인증 정보 확인 필요 (IT에 연락)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation type="unfinished">
            <numerusform>거부된 기록 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock is off by %n minute(s): check the time</source>
        <translation type="unfinished">
            <numerusform>시계가 %n분 어긋남: 시간을 확인하세요</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypedIdScreen</name>
    <message>
        <source>Type your ID</source>
        <translation type="unfinished">번호 입력</translation>
    </message>
    <message>
        <source>Type your member ID</source>
        <translation type="unfinished">회원 번호를 입력하세요</translation>
    </message>
    <message>
        <source>It is on your health plan card or Medi-Cal card.</source>
        <translation type="unfinished">건강 플랜 카드나 Medi-Cal 카드에 있습니다.</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished">회원 번호</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">뒤로</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">계속</translation>
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
        <source>Use the card scanner, or touch &quot;Type my ID&quot;.</source>
        <translation type="unfinished">카드 스캐너를 사용하거나 &quot;번호 입력&quot;을 누르세요.</translation>
    </message>
    <message>
        <source>Hold your card or pass up to the camera</source>
        <translation type="unfinished">카드나 패스를 카메라에 대 주세요</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">번호 입력</translation>
    </message>
    <message>
        <source>I don&apos;t have a card</source>
        <translation type="unfinished">카드가 없어요</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished">더 큰 글자</translation>
    </message>
    <message>
        <source>Make the words on every screen bigger</source>
        <translation type="unfinished">모든 화면의 글자를 크게</translation>
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
