<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>CameraView</name>
    <message>
        <source>Camera starting…</source>
        <translation type="unfinished">Đang khởi động camera…</translation>
    </message>
    <message>
        <source>No camera: use the scanner or type your ID</source>
        <translation type="unfinished">Không có camera: hãy dùng máy quét hoặc nhập mã ID của bạn</translation>
    </message>
    <message>
        <source>Camera disconnected, reconnecting…</source>
        <translation type="unfinished">Camera bị ngắt kết nối, đang kết nối lại…</translation>
    </message>
    <message>
        <source>Camera: hold your card or pass up to it</source>
        <translation type="unfinished">Camera: đưa thẻ hoặc vé của bạn lên trước camera</translation>
    </message>
</context>
<context>
    <name>ChildCareFlow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">Mã PIN không đúng. Vui lòng thử lại.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity. You still count as in the room.</source>
        <translation type="unfinished">
            <numerusform>Đã khóa sau %n phút không hoạt động. Bạn vẫn được tính là đang ở trong phòng.</numerusform>
        </translation>
    </message>
    <message>
        <source>You left the room; you no longer count for its ratio.</source>
        <translation type="unfinished">Bạn đã rời phòng; bạn không còn được tính vào tỷ lệ của phòng.</translation>
    </message>
    <message>
        <source>You cannot leave yet: the children in the room need you for the ratio. Sign another staff member in, or check children out first.</source>
        <translation type="unfinished">Bạn chưa thể rời đi: các em trong phòng cần bạn để đủ tỷ lệ. Hãy cho một nhân viên khác đăng nhập, hoặc trả trẻ trước.</translation>
    </message>
    <message>
        <source>Signed in: %1, counted in %2</source>
        <translation type="unfinished">Đã đăng nhập: %1, được tính ở %2</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished">Đã đăng ký: %1</translation>
    </message>
    <message>
        <source>Picked up: %1</source>
        <translation type="unfinished">Đã đón: %1</translation>
    </message>
    <message>
        <source>Released without the code: %1. The reason is recorded.</source>
        <translation type="unfinished">Đã trả trẻ không cần mã: %1. Lý do đã được ghi lại.</translation>
    </message>
    <message>
        <source>ALLERGY</source>
        <translation type="unfinished">DỊ ỨNG</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished">đến %1</translation>
    </message>
    <message>
        <source>Pickup: %1</source>
        <translation type="unfinished">Đón: %1</translation>
    </message>
    <message>
        <source>No printer is set up on this station. You can save the labels as a PDF file instead.</source>
        <translation type="unfinished">Trạm này chưa cài đặt máy in. Bạn có thể lưu nhãn thành tệp PDF.</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation type="unfinished">Xem trước nhãn</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation type="unfinished">Làm mới (F5)</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation type="unfinished">Khóa (Ctrl+L)</translation>
    </message>
    <message>
        <source>Leave the room</source>
        <translation type="unfinished">Rời phòng</translation>
    </message>
</context>
<context>
    <name>ChildCareMessages</name>
    <message>
        <source>No child here matches that code today. Check the code on the slip; if it is lost, use a release with a reason.</source>
        <translation type="unfinished">Hôm nay không có trẻ nào khớp với mã đó. Hãy kiểm tra mã trên phiếu; nếu bị mất, hãy trả trẻ kèm lý do.</translation>
    </message>
    <message>
        <source>Not checked in: the room would be over its staff-to-child ratio. Sign another staff member in to the room, or send the parent to the front desk.</source>
        <translation type="unfinished">Chưa nhận trẻ: phòng sẽ vượt tỷ lệ nhân viên trên trẻ. Hãy cho thêm nhân viên đăng nhập vào phòng, hoặc mời phụ huynh đến quầy lễ tân.</translation>
    </message>
    <message>
        <source>Not checked in: the room is full. Send the parent to the front desk.</source>
        <translation type="unfinished">Chưa nhận trẻ: phòng đã đầy. Mời phụ huynh đến quầy lễ tân.</translation>
    </message>
    <message>
        <source>Do not hand the child over: %1 is on this child&apos;s refused list. Call a supervisor.</source>
        <translation type="unfinished">Không giao trẻ: %1 nằm trong danh sách bị cấm đón trẻ này. Hãy gọi người giám sát.</translation>
    </message>
    <message>
        <source>%1 is not a guardian or on the authorized list. Check their ID; release only with a reason.</source>
        <translation type="unfinished">%1 không phải người giám hộ và không có trong danh sách được phép đón. Hãy kiểm tra giấy tờ; chỉ trả trẻ khi có lý do.</translation>
    </message>
    <message>
        <source>That child is not in the room.</source>
        <translation type="unfinished">Trẻ đó không ở trong phòng.</translation>
    </message>
    <message>
        <source>Only child-care staff or a supervisor can sign in at the child-care room.</source>
        <translation type="unfinished">Chỉ nhân viên giữ trẻ hoặc người giám sát mới được đăng nhập tại phòng giữ trẻ.</translation>
    </message>
    <message>
        <source>This site has no child-care room set up. Call IT.</source>
        <translation type="unfinished">Trung tâm này chưa cài đặt phòng giữ trẻ. Hãy gọi bộ phận IT.</translation>
    </message>
</context>
<context>
    <name>ChildCareSignInScreen</name>
    <message>
        <source>Child care</source>
        <translation type="unfinished">Giữ trẻ</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter. You then count for the staff-to-child ratio of %1.</source>
        <translation type="unfinished">Nhập mã PIN nhân viên của bạn và nhấn Enter. Sau đó bạn được tính vào tỷ lệ nhân viên trên trẻ của %1.</translation>
    </message>
</context>
<context>
    <name>ChildCareWindow</name>
    <message>
        <source>CRC child care: %1</source>
        <translation type="unfinished">Giữ trẻ CRC: %1</translation>
    </message>
    <message>
        <source>This site has no child-care room set up. Call IT.</source>
        <translation type="unfinished">Trung tâm này chưa cài đặt phòng giữ trẻ. Hãy gọi bộ phận IT.</translation>
    </message>
    <message>
        <source>The lobby kiosks cannot sign children up for this room: this station has no site link key. Parents are sent to the front desk. Call IT.</source>
        <translation type="unfinished">Các máy kiosk ở sảnh không thể đăng ký trẻ cho phòng này: trạm này không có khóa liên kết của trung tâm. Phụ huynh được hướng dẫn đến quầy tiếp tân. Hãy gọi bộ phận IT.</translation>
    </message>
    <message>
        <source>The lobby kiosks cannot sign children up for this room: port %1 is in use on this station. Parents are sent to the front desk. Call IT.</source>
        <translation type="unfinished">Các máy kiosk ở sảnh không thể đăng ký trẻ cho phòng này: cổng %1 đang được dùng trên trạm này. Phụ huynh được hướng dẫn đến quầy tiếp tân. Hãy gọi bộ phận IT.</translation>
    </message>
</context>
<context>
    <name>ChildrenScreen</name>
    <message>
        <source>Please type the child&apos;s first name.</source>
        <translation type="unfinished">Vui lòng nhập tên của trẻ.</translation>
    </message>
    <message>
        <source>Please type the child&apos;s last name.</source>
        <translation type="unfinished">Vui lòng nhập họ của trẻ.</translation>
    </message>
    <message>
        <source>Please type the child&apos;s date of birth: month, day, year.</source>
        <translation type="unfinished">Vui lòng nhập ngày sinh của trẻ: tháng, ngày, năm.</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation type="unfinished">Giữ trẻ</translation>
    </message>
    <message>
        <source>Child care while you are here</source>
        <translation type="unfinished">Giữ trẻ trong lúc bạn ở đây</translation>
    </message>
    <message>
        <source>Touch each child who will stay in the children&apos;s room.</source>
        <translation type="unfinished">Chạm vào từng trẻ sẽ ở lại phòng trẻ em.</translation>
    </message>
    <message>
        <source>%1 During: %2</source>
        <translation type="unfinished">%1 Trong: %2</translation>
    </message>
    <message>
        <source>Add each child who will stay with us.</source>
        <translation type="unfinished">Thêm từng trẻ sẽ ở lại với chúng tôi.</translation>
    </message>
    <message>
        <source>%1, age %2</source>
        <translation type="unfinished">%1, %2 tuổi</translation>
    </message>
    <message>
        <source>Child&apos;s first name</source>
        <translation type="unfinished">Tên của trẻ</translation>
    </message>
    <message>
        <source>Child&apos;s last name</source>
        <translation type="unfinished">Họ của trẻ</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth (month / day / year)</source>
        <translation type="unfinished">Ngày sinh của trẻ (tháng / ngày / năm)</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation type="unfinished">Thêm một trẻ</translation>
    </message>
    <message>
        <source>Add this child</source>
        <translation type="unfinished">Thêm trẻ này</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Quay lại</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished">Đăng ký vào</translation>
    </message>
</context>
<context>
    <name>ChooseScreen</name>
    <message>
        <source>Choose why you came</source>
        <translation type="unfinished">Chọn lý do bạn đến</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished">Xin chào, %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">Chào mừng</translation>
    </message>
    <message>
        <source>What are you here for today? Touch one or more.</source>
        <translation type="unfinished">Hôm nay bạn đến để làm gì? Chạm vào một hoặc nhiều mục.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished">Dịch vụ</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation type="unfinished">Lớp học hôm nay</translation>
    </message>
    <message>
        <source>No classes today.</source>
        <translation type="unfinished">Hôm nay không có lớp học.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished">%1 đến %2</translation>
    </message>
    <message>
        <source>%1 (full)</source>
        <translation type="unfinished">%1 (đã đầy)</translation>
    </message>
    <message>
        <source>I need child care</source>
        <translation type="unfinished">Tôi cần giữ trẻ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished">Đăng ký vào</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Pickup code: %1</source>
        <translation type="unfinished">Mã đón trẻ: %1</translation>
    </message>
    <message>
        <source>Your slip is printing.</source>
        <translation type="unfinished">Đang in phiếu của bạn.</translation>
    </message>
    <message>
        <source>The printer is not available. Please take a photo of the screen.</source>
        <translation type="unfinished">Máy in không hoạt động. Vui lòng chụp ảnh màn hình.</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation type="unfinished">Bạn đã đăng ký vào</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Xong</translation>
    </message>
    <message>
        <source>Your CRC pass QR code</source>
        <translation type="unfinished">Mã QR thẻ CRC của bạn</translation>
    </message>
    <message>
        <source>Take a photo of this code. Next time, scan it here.</source>
        <translation type="unfinished">Hãy chụp ảnh mã này. Lần sau, quét mã tại đây.</translation>
    </message>
    <message>
        <source>Print a slip</source>
        <translation type="unfinished">In phiếu</translation>
    </message>
    <message>
        <source>You are already checked in</source>
        <translation type="unfinished">Bạn đã đăng ký vào rồi</translation>
    </message>
    <message>
        <source>You are checked in, %1</source>
        <translation type="unfinished">%1, bạn đã đăng ký vào</translation>
    </message>
    <message>
        <source>Child care for %1 in %2 until %3. Your pickup code:</source>
        <translation type="unfinished">Giữ trẻ cho %1 tại %2 đến %3. Mã đón trẻ của bạn:</translation>
    </message>
    <message>
        <source>Pickup code %1</source>
        <translation type="unfinished">Mã đón trẻ %1</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">Bạn vẫn còn ở đây chứ?</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s), to keep your information private.</source>
        <translation type="unfinished">
            <numerusform>Sẽ bắt đầu lại sau %n giây để bảo vệ thông tin của bạn.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished">Tôi vẫn ở đây</translation>
    </message>
</context>
<context>
    <name>DeskDayScreen</name>
    <message>
        <source>In the building now (%1)</source>
        <translation type="unfinished">Đang ở trong tòa nhà (%1)</translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished">đã đầy</translation>
    </message>
    <message>
        <source>No plans</source>
        <translation type="unfinished">Không có chương trình</translation>
    </message>
    <message>
        <source>paused: credentials need attention (call IT)</source>
        <translation type="unfinished">tạm dừng: cần kiểm tra thông tin xác thực (gọi IT)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, offline since %1</source>
        <translation type="unfinished">
            <numerusform>%n đang chờ, mất kết nối từ %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform>%n đang chờ</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation type="unfinished">đã gửi hết</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation type="unfinished">
            <numerusform>%n bị từ chối</numerusform>
        </translation>
    </message>
    <message>
        <source>The day</source>
        <translation type="unfinished">Trong ngày</translation>
    </message>
    <message>
        <source>In the building now</source>
        <translation type="unfinished">Đang ở trong tòa nhà</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation type="unfinished">Lớp học hôm nay</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished">Lớp</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">Phòng</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Giờ</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation type="unfinished">Đã đăng ký</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Tên</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished">Bắt đầu</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished">Kết thúc</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished">Sức chứa</translation>
    </message>
    <message>
        <source>Save class</source>
        <translation type="unfinished">Lưu lớp</translation>
    </message>
    <message>
        <source>Check-ins per hour</source>
        <translation type="unfinished">Lượt đăng ký theo giờ</translation>
    </message>
    <message>
        <source>Sending to the plans</source>
        <translation type="unfinished">Gửi đến các chương trình</translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished">Báo cáo</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">Đến</translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished">Ngày đầu</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished">Ngày cuối</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished">Xuất CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished">Xuất PDF…</translation>
    </message>
</context>
<context>
    <name>DeskFlow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">Mã PIN không đúng. Vui lòng thử lại.</translation>
    </message>
    <message numerus="yes">
        <source>Signed out after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform>Đã đăng xuất sau %n phút không hoạt động.</numerusform>
        </translation>
    </message>
    <message>
        <source>front desk</source>
        <translation type="unfinished">quầy lễ tân</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished">giám sát</translation>
    </message>
    <message>
        <source>child care</source>
        <translation type="unfinished">giữ trẻ</translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished">IT</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished">Đã đăng nhập: %1 (%2)</translation>
    </message>
    <message>
        <source>This card is not registered here yet. Complete the form to register.</source>
        <translation type="unfinished">Thẻ này chưa được đăng ký ở đây. Hãy điền biểu mẫu để đăng ký.</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished">Đã đăng ký: %1</translation>
    </message>
    <message>
        <source>Correction saved. The visit now has: %1</source>
        <translation type="unfinished">Đã lưu chỉnh sửa. Lượt đến hiện có: %1</translation>
    </message>
    <message>
        <source>Visit voided. It no longer counts.</source>
        <translation type="unfinished">Lượt đến đã bị hủy và không còn được tính.</translation>
    </message>
    <message>
        <source>A person cannot be merged with themself.</source>
        <translation type="unfinished">Không thể gộp một người với chính họ.</translation>
    </message>
    <message>
        <source>Merged. Their visits are now this person&apos;s.</source>
        <translation type="unfinished">Đã gộp. Các lượt đến của họ giờ thuộc về người này.</translation>
    </message>
    <message>
        <source>Merge undone. They are two people again.</source>
        <translation type="unfinished">Đã hoàn tác gộp. Họ lại là hai người.</translation>
    </message>
    <message>
        <source>No printer is set up on this station. The check-in is saved; you can print to a PDF file instead.</source>
        <translation type="unfinished">Trạm này chưa có máy in. Lượt đăng ký đã được lưu; bạn có thể in ra tệp PDF.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished">Xem trước khi in</translation>
    </message>
    <message>
        <source>Only a supervisor can change today&apos;s classes.</source>
        <translation type="unfinished">Chỉ giám sát mới có thể thay đổi các lớp hôm nay.</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation type="unfinished">Đã lưu báo cáo: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished">Lưu báo cáo</translation>
    </message>
    <message>
        <source>Search (F3)</source>
        <translation type="unfinished">Tìm (F3)</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation type="unfinished">Khách mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>The day (F5)</source>
        <translation type="unfinished">Trong ngày (F5)</translation>
    </message>
    <message>
        <source>Staff (F7)</source>
        <translation type="unfinished">Nhân viên (F7)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished">Đăng xuất</translation>
    </message>
</context>
<context>
    <name>DeskMessages</name>
    <message>
        <source>Too many wrong PINs. Sign-in is locked until %1 (%2 min).</source>
        <translation type="unfinished">Nhập sai PIN quá nhiều lần. Đăng nhập bị khóa đến %1 (%2 phút).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">Chưa lưu: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished">Không tìm thấy: %1</translation>
    </message>
    <message>
        <source>That class is full. Choose another.</source>
        <translation type="unfinished">Lớp đó đã đầy. Hãy chọn lớp khác.</translation>
    </message>
    <message>
        <source>That service is not offered here.</source>
        <translation type="unfinished">Dịch vụ đó không có ở đây.</translation>
    </message>
    <message>
        <source>This is not available on this station yet.</source>
        <translation type="unfinished">Tính năng này chưa có trên trạm này.</translation>
    </message>
    <message>
        <source>That did not work. Try again, or call IT if it keeps failing.</source>
        <translation type="unfinished">Không thành công. Hãy thử lại, hoặc gọi IT nếu vẫn lỗi.</translation>
    </message>
</context>
<context>
    <name>DeskPersonScreen</name>
    <message>
        <source>Born %1</source>
        <translation type="unfinished">Sinh %1</translation>
    </message>
    <message>
        <source>last visit %1</source>
        <translation type="unfinished">lần đến gần nhất %1</translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished">đã đầy</translation>
    </message>
    <message>
        <source>Not checked in today.</source>
        <translation type="unfinished">Hôm nay chưa đăng ký.</translation>
    </message>
    <message>
        <source>Today&apos;s visit was voided.</source>
        <translation type="unfinished">Lượt đến hôm nay đã bị hủy.</translation>
    </message>
    <message>
        <source>Checked in today: %1</source>
        <translation type="unfinished">Đã đăng ký hôm nay: %1</translation>
    </message>
    <message>
        <source>Choose at least one service or class first.</source>
        <translation type="unfinished">Hãy chọn ít nhất một dịch vụ hoặc lớp trước.</translation>
    </message>
    <message>
        <source>Type a reason first (it is kept with the record).</source>
        <translation type="unfinished">Hãy nhập lý do trước (lý do được lưu cùng hồ sơ).</translation>
    </message>
    <message>
        <source>Change the services first, then save the correction.</source>
        <translation type="unfinished">Hãy thay đổi dịch vụ trước, rồi lưu chỉnh sửa.</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">lần đến gần nhất</translation>
    </message>
    <message>
        <source>Find the duplicate first: type a name in the merge field.</source>
        <translation type="unfinished">Hãy tìm bản trùng trước: nhập tên vào ô gộp.</translation>
    </message>
    <message>
        <source>Merge %1 into %2? It can be undone.</source>
        <translation type="unfinished">Gộp %1 vào %2? Có thể hoàn tác.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Người</translation>
    </message>
    <message>
        <source>Services and today&apos;s classes</source>
        <translation type="unfinished">Dịch vụ và lớp hôm nay</translation>
    </message>
    <message>
        <source>Check in (Ctrl+Enter)</source>
        <translation type="unfinished">Đăng ký (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">&amp;Lý do</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Lý do</translation>
    </message>
    <message>
        <source>Why: e.g. chose the wrong class</source>
        <translation type="unfinished">Lý do: ví dụ chọn nhầm lớp</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished">Lưu chỉnh sửa</translation>
    </message>
    <message>
        <source>Void visit</source>
        <translation type="unfinished">Hủy lượt đến</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation type="unfinished">In phiếu</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation type="unfinished">In nhãn</translation>
    </message>
    <message>
        <source>Merge a duplicate into this person</source>
        <translation type="unfinished">Gộp bản trùng vào người này</translation>
    </message>
    <message>
        <source>Find the duplicate by name, phone or ID</source>
        <translation type="unfinished">Tìm bản trùng theo tên, điện thoại hoặc ID</translation>
    </message>
    <message>
        <source>Find the duplicate</source>
        <translation type="unfinished">Tìm bản trùng</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished">Có thể trùng</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished">Gộp…</translation>
    </message>
    <message>
        <source>Confirm merge</source>
        <translation type="unfinished">Xác nhận gộp</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished">Hoàn tác gộp</translation>
    </message>
</context>
<context>
    <name>DeskRegisterScreen</name>
    <message>
        <source>Type the first name.</source>
        <translation type="unfinished">Nhập tên.</translation>
    </message>
    <message>
        <source>Type the last name.</source>
        <translation type="unfinished">Nhập họ.</translation>
    </message>
    <message>
        <source>That date of birth is in the future.</source>
        <translation type="unfinished">Ngày sinh đó ở tương lai.</translation>
    </message>
    <message>
        <source>There is no such date. Type the date of birth as MM/DD/YYYY, e.g. 03/14/1986.</source>
        <translation type="unfinished">Không có ngày này. Nhập ngày sinh theo dạng MM/DD/YYYY, ví dụ 03/14/1986.</translation>
    </message>
    <message>
        <source>Type the date of birth as MM/DD/YYYY, e.g. 03/14/1986.</source>
        <translation type="unfinished">Nhập ngày sinh theo dạng MM/DD/YYYY, ví dụ 03/14/1986.</translation>
    </message>
    <message>
        <source>A phone number has 10 digits, e.g. 213-555-0100.</source>
        <translation type="unfinished">Số điện thoại có 10 chữ số, ví dụ 213-555-0100.</translation>
    </message>
    <message>
        <source>That is not a member ID of this plan. Expected: %1</source>
        <translation type="unfinished">Đây không phải mã thành viên của chương trình này. Cần có dạng: %1</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">lần đến gần nhất</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation type="unfinished">Đăng ký khách mới</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished">&amp;Tên</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished">&amp;Họ</translation>
    </message>
    <message>
        <source>&amp;Date of birth (MM/DD/YYYY)</source>
        <translation type="unfinished">&amp;Ngày sinh (MM/DD/YYYY)</translation>
    </message>
    <message>
        <source>&amp;Phone (optional)</source>
        <translation type="unfinished">&amp;Điện thoại (không bắt buộc)</translation>
    </message>
    <message>
        <source>Preferred l&amp;anguage</source>
        <translation type="unfinished">&amp;Ngôn ngữ ưa thích</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation type="unfinished">&amp;Chương trình</translation>
    </message>
    <message>
        <source>&amp;Member ID</source>
        <translation type="unfinished">&amp;Mã thành viên</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation type="unfinished">MM/DD/YYYY</translation>
    </message>
    <message>
        <source>No plan / not known</source>
        <translation type="unfinished">Không có / không rõ</translation>
    </message>
    <message>
        <source>Agrees to share visit data with this plan</source>
        <translation type="unfinished">Đồng ý chia sẻ dữ liệu lượt đến với chương trình này</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished">Lưu (Enter)</translation>
    </message>
    <message>
        <source>This may be someone already registered. Use that person, or save as new.</source>
        <translation type="unfinished">Có thể người này đã được đăng ký. Dùng người đó, hoặc lưu thành người mới.</translation>
    </message>
    <message>
        <source>Similar people</source>
        <translation type="unfinished">Người tương tự</translation>
    </message>
    <message>
        <source>Use this person</source>
        <translation type="unfinished">Dùng người này</translation>
    </message>
    <message>
        <source>Save as new</source>
        <translation type="unfinished">Lưu thành người mới</translation>
    </message>
</context>
<context>
    <name>DeskSearchScreen</name>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation type="unfinished">
            <numerusform>Tìm thấy %n người</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found. Press Ctrl+N to register a walk-in.</source>
        <translation type="unfinished">Không tìm thấy ai. Nhấn Ctrl+N để đăng ký khách mới.</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">lần đến gần nhất</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished">Tìm người</translation>
    </message>
    <message>
        <source>Find a person (Ctrl+F)</source>
        <translation type="unfinished">Tìm một người (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name, phone, date of birth or member ID</source>
        <translation type="unfinished">Tên, điện thoại, ngày sinh hoặc mã thành viên</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Tìm</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation type="unfinished">Khách mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">Người tìm thấy</translation>
    </message>
</context>
<context>
    <name>DeskSignInScreen</name>
    <message>
        <source>Type your PIN, then press Enter.</source>
        <translation type="unfinished">Nhập mã PIN rồi nhấn Enter.</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation type="unfinished">Nhân viên đăng nhập</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished">Quầy lễ tân</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter.</source>
        <translation type="unfinished">Nhập mã PIN nhân viên và nhấn Enter.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">Mã PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished">Đăng nhập</translation>
    </message>
</context>
<context>
    <name>DeskStaffScreen</name>
    <message>
        <source>(you)</source>
        <translation type="unfinished">(bạn)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">Đang hoạt động</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished">Đã vô hiệu hóa</translation>
    </message>
    <message>
        <source>Pick a member in the list</source>
        <translation type="unfinished">Chọn một nhân viên trong danh sách</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished">Đã chọn: %1</translation>
    </message>
    <message>
        <source>Selected: %1 (deactivated)</source>
        <translation type="unfinished">Đã chọn: %1 (đã vô hiệu hóa)</translation>
    </message>
    <message>
        <source>Type the PIN, then type it again.</source>
        <translation type="unfinished">Nhập mã PIN, rồi nhập lại lần nữa.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN twice.</source>
        <translation type="unfinished">Hai mã PIN không giống nhau. Hãy nhập mã PIN hai lần.</translation>
    </message>
    <message>
        <source>Type the member&apos;s name.</source>
        <translation type="unfinished">Nhập tên nhân viên.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account. Ask another supervisor or IT.</source>
        <translation type="unfinished">Bạn không thể vô hiệu hóa tài khoản của chính mình. Hãy nhờ người giám sát khác hoặc bộ phận IT.</translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to sign in.</source>
        <translation type="unfinished">Vô hiệu hóa %1? Người này sẽ không thể đăng nhập nữa.</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished">Quầy lễ tân</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation type="unfinished">Giữ trẻ</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished">Người giám sát</translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished">IT</translation>
    </message>
    <message>
        <source>Another staff member already has that PIN. Choose another.</source>
        <translation type="unfinished">Một nhân viên khác đã có mã PIN đó. Hãy chọn mã khác.</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess (one digit repeated, digits in a row, or a repeated pattern). Choose another.</source>
        <translation type="unfinished">Mã PIN đó quá dễ đoán (một chữ số lặp lại, các chữ số liên tiếp, hoặc một mẫu lặp lại). Hãy chọn mã khác.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits (0-9).</source>
        <translation type="unfinished">Mã PIN gồm 4 đến 8 chữ số (0-9).</translation>
    </message>
    <message>
        <source>This is the last active member with this role. Add another one first.</source>
        <translation type="unfinished">Đây là nhân viên đang hoạt động cuối cùng có vai trò này. Hãy thêm người khác trước.</translation>
    </message>
    <message>
        <source>Only a supervisor or IT can manage staff accounts.</source>
        <translation type="unfinished">Chỉ người giám sát hoặc bộ phận IT mới quản lý được tài khoản nhân viên.</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished">Tài khoản nhân viên</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Vai trò</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Trạng thái</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished">Thêm nhân viên</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished">&amp;Tên</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">&amp;Vai trò</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation type="unfinished">&amp;PIN</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation type="unfinished">Nhập lại PI&amp;N</translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation type="unfinished">PIN &amp;mới</translation>
    </message>
    <message>
        <source>New PIN aga&amp;in</source>
        <translation type="unfinished">Nhập lại PIN mớ&amp;i</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished">Thêm nhân viên</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation type="unfinished">Đặt lại PIN</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished">&amp;Vô hiệu hóa…</translation>
    </message>
    <message>
        <source>&amp;Yes, deactivate</source>
        <translation type="unfinished">&amp;Có, vô hiệu hóa</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished">Hủy (Esc)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is busy. Trying again.</source>
        <translation type="unfinished">Cơ sở dữ liệu đang bận. Đang thử lại.</translation>
    </message>
    <message>
        <source>This station cannot save records. Please call IT.</source>
        <translation type="unfinished">Trạm này không thể lưu hồ sơ. Vui lòng gọi bộ phận IT.</translation>
    </message>
    <message>
        <source>The database needs attention. Please call IT.</source>
        <translation type="unfinished">Cơ sở dữ liệu cần được kiểm tra. Vui lòng gọi bộ phận IT.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the front desk for help.</source>
        <translation type="unfinished">Đã xảy ra lỗi. Vui lòng nhờ quầy lễ tân giúp đỡ.</translation>
    </message>
    <message>
        <source>Please use your member card</source>
        <translation type="unfinished">Vui lòng dùng thẻ thành viên</translation>
    </message>
    <message>
        <source>A driver&apos;s license or state ID cannot be used here, and nothing from it was kept. Scan your health plan card or CRC pass, or type your details.</source>
        <translation type="unfinished">Không thể dùng bằng lái xe hoặc thẻ căn cước tiểu bang ở đây, và không có thông tin nào được lưu lại. Hãy quét thẻ chương trình sức khỏe hoặc thẻ CRC, hoặc nhập thông tin của bạn.</translation>
    </message>
    <message>
        <source>A bank card cannot be used here. Scan your health plan card or CRC pass, or type your ID.</source>
        <translation type="unfinished">Không thể dùng thẻ ngân hàng ở đây. Hãy quét thẻ chương trình sức khỏe hoặc thẻ CRC, hoặc nhập mã số của bạn.</translation>
    </message>
    <message>
        <source>We could not read this pass</source>
        <translation type="unfinished">Không đọc được thẻ này</translation>
    </message>
    <message>
        <source>Please see the front desk. They will check you in.</source>
        <translation type="unfinished">Vui lòng đến quầy lễ tân. Nhân viên sẽ đăng ký cho bạn.</translation>
    </message>
    <message>
        <source>We could not use this card</source>
        <translation type="unfinished">Không dùng được thẻ này</translation>
    </message>
    <message>
        <source>Try again, type your ID, or touch &quot;I don&apos;t have a card&quot;. The front desk can also help.</source>
        <translation type="unfinished">Hãy thử lại, nhập mã số, hoặc chạm &quot;Tôi không có thẻ&quot;. Quầy lễ tân cũng có thể giúp bạn.</translation>
    </message>
    <message>
        <source>Please type your member ID.</source>
        <translation type="unfinished">Vui lòng nhập mã số thành viên.</translation>
    </message>
    <message>
        <source>This ID does not look complete or right. Please check it.</source>
        <translation type="unfinished">Mã số này có vẻ chưa đủ hoặc chưa đúng. Vui lòng kiểm tra.</translation>
    </message>
    <message>
        <source>This ID matches more than one card. Please see the front desk.</source>
        <translation type="unfinished">Mã số này khớp với nhiều loại thẻ. Vui lòng đến quầy lễ tân.</translation>
    </message>
    <message>
        <source>This is not an ID we know. Please check it.</source>
        <translation type="unfinished">Chúng tôi không nhận ra mã số này. Vui lòng kiểm tra.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished">Ví dụ: %1</translation>
    </message>
    <message>
        <source>We did not find this ID</source>
        <translation type="unfinished">Không tìm thấy mã số này</translation>
    </message>
    <message>
        <source>You can try again, register now (it takes a minute), or see the front desk.</source>
        <translation type="unfinished">Bạn có thể thử lại, đăng ký ngay (mất một phút), hoặc đến quầy lễ tân.</translation>
    </message>
    <message>
        <source>This class just filled up</source>
        <translation type="unfinished">Lớp này vừa hết chỗ</translation>
    </message>
    <message>
        <source>Please choose something else, or see the front desk.</source>
        <translation type="unfinished">Vui lòng chọn mục khác, hoặc đến quầy lễ tân.</translation>
    </message>
    <message>
        <source>Please check what you typed</source>
        <translation type="unfinished">Vui lòng kiểm tra thông tin bạn đã nhập</translation>
    </message>
    <message>
        <source>Something is missing or not right. The front desk can help.</source>
        <translation type="unfinished">Có thông tin còn thiếu hoặc chưa đúng. Quầy lễ tân có thể giúp bạn.</translation>
    </message>
    <message>
        <source>Sorry, something went wrong</source>
        <translation type="unfinished">Xin lỗi, đã xảy ra sự cố</translation>
    </message>
    <message>
        <source>The children&apos;s room cannot take more children at that time. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">Phòng trẻ em không thể nhận thêm trẻ vào giờ đó. Bạn đã được ghi danh. Vui lòng đến quầy lễ tân về việc giữ trẻ.</translation>
    </message>
    <message>
        <source>Our children&apos;s room cannot take a child of that age. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">Phòng trẻ em của chúng tôi không thể nhận trẻ ở độ tuổi đó. Bạn đã được ghi danh. Vui lòng đến quầy lễ tân về việc giữ trẻ.</translation>
    </message>
    <message>
        <source>We could not reach the children&apos;s room just now. You are checked in. Please see the front desk to sign your children up.</source>
        <translation type="unfinished">Hiện chúng tôi không liên lạc được với phòng trẻ em. Quý vị đã được ghi danh. Vui lòng đến quầy tiếp tân để đăng ký cho con.</translation>
    </message>
    <message>
        <source>Child care could not be booked here. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">Không thể đặt giữ trẻ tại đây. Bạn đã được ghi danh. Vui lòng đến quầy lễ tân về việc giữ trẻ.</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>Type the pickup code from the parent&apos;s slip, or scan it.</source>
        <translation type="unfinished">Nhập mã đón trẻ trên phiếu của phụ huynh, hoặc quét mã.</translation>
    </message>
    <message>
        <source>Children for code %1</source>
        <translation type="unfinished">Các trẻ có mã %1</translation>
    </message>
    <message>
        <source>%1: expected</source>
        <translation type="unfinished">%1: đang chờ</translation>
    </message>
    <message>
        <source>%1: in the room</source>
        <translation type="unfinished">%1: trong phòng</translation>
    </message>
    <message>
        <source>%1: picked up</source>
        <translation type="unfinished">%1: đã đón</translation>
    </message>
    <message numerus="yes">
        <source>Check in %n child(ren)</source>
        <translation type="unfinished">
            <numerusform>Nhận %n trẻ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check out %n child(ren)</source>
        <translation type="unfinished">
            <numerusform>Trả %n trẻ</numerusform>
        </translation>
    </message>
    <message>
        <source>Say who is picking up (the name on their ID).</source>
        <translation type="unfinished">Cho biết ai đến đón (tên trên giấy tờ tùy thân).</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation type="unfinished">Mã đón trẻ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Mã</translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished">Tìm</translation>
    </message>
    <message>
        <source>Find the children of this code</source>
        <translation type="unfinished">Tìm các trẻ có mã này</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">Người đón</translation>
    </message>
    <message>
        <source>Print their labels</source>
        <translation type="unfinished">In nhãn cho các trẻ này</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message numerus="yes">
        <source>Check-ins per hour: %n in all</source>
        <translation type="unfinished">
            <numerusform>Lượt đăng ký theo giờ: tổng %n</numerusform>
        </translation>
    </message>
    <message>
        <source>busiest %1:00</source>
        <translation type="unfinished">đông nhất %1:00</translation>
    </message>
</context>
<context>
    <name>KioskFlow</name>
    <message>
        <source>the next hour</source>
        <translation type="unfinished">một giờ tới</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">Mã PIN không đúng. Vui lòng thử lại.</translation>
    </message>
    <message>
        <source>Too many tries. Please wait, then try again.</source>
        <translation type="unfinished">Thử quá nhiều lần. Vui lòng chờ rồi thử lại.</translation>
    </message>
    <message>
        <source>Staff sign-in is not available</source>
        <translation type="unfinished">Không thể đăng nhập cho nhân viên</translation>
    </message>
    <message>
        <source>Please call IT to leave kiosk mode.</source>
        <translation type="unfinished">Vui lòng gọi bộ phận IT để thoát chế độ kiosk.</translation>
    </message>
    <message>
        <source>CRC Kiosk: %1</source>
        <translation type="unfinished">Kiosk CRC: %1</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">Thông báo</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">Thử lại</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">Nhập mã số</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">Đăng ký</translation>
    </message>
    <message>
        <source>Choose again</source>
        <translation type="unfinished">Chọn lại</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished">Về màn hình đầu</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation type="unfinished">Bàn phím trên màn hình</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation type="unfinished">Xóa ký tự cuối</translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished">Dấu cách</translation>
    </message>
</context>
<context>
    <name>OverridePanel</name>
    <message>
        <source>Release %1 without the pickup code</source>
        <translation type="unfinished">Trả %1 không cần mã đón</translation>
    </message>
    <message>
        <source>Say who is picking up (the name on their ID).</source>
        <translation type="unfinished">Cho biết ai đến đón (tên trên giấy tờ tùy thân).</translation>
    </message>
    <message>
        <source>A release without the code needs a reason: what happened, and how you checked who they are.</source>
        <translation type="unfinished">Trả trẻ không cần mã phải có lý do: chuyện gì đã xảy ra, và bạn đã xác minh người đó như thế nào.</translation>
    </message>
    <message>
        <source>Release without the code</source>
        <translation type="unfinished">Trả trẻ không cần mã</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">Người đón</translation>
    </message>
    <message>
        <source>Reason (recorded with your name)</source>
        <translation type="unfinished">Lý do (được ghi kèm tên bạn)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Lý do</translation>
    </message>
    <message>
        <source>Release the child</source>
        <translation type="unfinished">Trả trẻ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>Please type your first name.</source>
        <translation type="unfinished">Vui lòng nhập tên.</translation>
    </message>
    <message>
        <source>Please type your last name.</source>
        <translation type="unfinished">Vui lòng nhập họ.</translation>
    </message>
    <message>
        <source>Please type your date of birth: month, day, year.</source>
        <translation type="unfinished">Vui lòng nhập ngày sinh: tháng, ngày, năm.</translation>
    </message>
    <message>
        <source>A phone number has 10 digits. You can also leave it empty.</source>
        <translation type="unfinished">Số điện thoại có 10 chữ số. Bạn cũng có thể để trống.</translation>
    </message>
    <message>
        <source>Please type the member ID from your plan card.</source>
        <translation type="unfinished">Vui lòng nhập mã thành viên trên thẻ chương trình.</translation>
    </message>
    <message>
        <source>Please answer: may we share your visits?</source>
        <translation type="unfinished">Vui lòng trả lời: chúng tôi có thể chia sẻ các lần bạn đến không?</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">Đăng ký</translation>
    </message>
    <message>
        <source>Tell us about you</source>
        <translation type="unfinished">Cho chúng tôi biết về bạn</translation>
    </message>
    <message>
        <source>It takes about a minute. Touch a box, then type on the keys.</source>
        <translation type="unfinished">Chỉ mất khoảng một phút. Chạm vào ô, rồi gõ trên bàn phím.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished">Tên</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished">Họ</translation>
    </message>
    <message>
        <source>Date of birth (month / day / year)</source>
        <translation type="unfinished">Ngày sinh (tháng / ngày / năm)</translation>
    </message>
    <message>
        <source>Phone (you can leave this empty)</source>
        <translation type="unfinished">Điện thoại (có thể để trống)</translation>
    </message>
    <message>
        <source>Language you prefer</source>
        <translation type="unfinished">Ngôn ngữ bạn muốn dùng</translation>
    </message>
    <message>
        <source>Your health plan, if you know it</source>
        <translation type="unfinished">Chương trình sức khỏe của bạn, nếu bạn biết</translation>
    </message>
    <message>
        <source>Member ID from your plan card</source>
        <translation type="unfinished">Mã thành viên trên thẻ chương trình</translation>
    </message>
    <message>
        <source>May we tell your health plan when you visit us? It helps them help you.</source>
        <translation type="unfinished">Chúng tôi có thể báo cho chương trình sức khỏe khi bạn đến đây không? Điều đó giúp họ hỗ trợ bạn.</translation>
    </message>
    <message>
        <source>No plan / I don&apos;t know</source>
        <translation type="unfinished">Không có / Tôi không biết</translation>
    </message>
    <message>
        <source>Yes, share my visits</source>
        <translation type="unfinished">Có, hãy chia sẻ</translation>
    </message>
    <message>
        <source>No, do not share</source>
        <translation type="unfinished">Không, đừng chia sẻ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Quay lại</translation>
    </message>
    <message>
        <source>Register and continue</source>
        <translation type="unfinished">Đăng ký và tiếp tục</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <source>In the room: %1 of %2 places. Expected: %3.</source>
        <translation type="unfinished">Trong phòng: %1 trên %2 chỗ. Đang chờ: %3.</translation>
    </message>
    <message>
        <source>Staff signed in: %1 (%2). Needed for the children here: %3.</source>
        <translation type="unfinished">Nhân viên đã đăng nhập: %1 (%2). Cần cho các trẻ này: %3.</translation>
    </message>
    <message>
        <source>Overdue: %1 (in since %2; the parent&apos;s class ended or the maximum stay is over). Call the parent or the front desk.</source>
        <translation type="unfinished">Quá giờ: %1 (trong phòng từ %2; lớp của phụ huynh đã kết thúc hoặc đã quá thời gian tối đa). Hãy gọi phụ huynh hoặc quầy lễ tân.</translation>
    </message>
    <message>
        <source>Class ending soon: %1 (the parent&apos;s class ends at %2). Get ready for pickup.</source>
        <translation type="unfinished">Lớp sắp kết thúc: %1 (lớp của phụ huynh kết thúc lúc %2). Hãy chuẩn bị để trả trẻ.</translation>
    </message>
    <message>
        <source>Child-care room</source>
        <translation type="unfinished">Phòng giữ trẻ</translation>
    </message>
    <message>
        <source>Check in selected child</source>
        <translation type="unfinished">Nhận trẻ đã chọn</translation>
    </message>
    <message>
        <source>Release without code…</source>
        <translation type="unfinished">Trả trẻ không cần mã…</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation type="unfinished">In nhãn</translation>
    </message>
</context>
<context>
    <name>RosterTables</name>
    <message>
        <source>(override)</source>
        <translation type="unfinished">(ngoại lệ)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform>%n tháng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform>%n tuổi</numerusform>
        </translation>
    </message>
    <message>
        <source>Allergy: %1</source>
        <translation type="unfinished">Dị ứng: %1</translation>
    </message>
    <message>
        <source>Medical: %1</source>
        <translation type="unfinished">Y tế: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">Quá giờ</translation>
    </message>
    <message>
        <source>Class ending</source>
        <translation type="unfinished">Lớp sắp kết thúc</translation>
    </message>
    <message>
        <source>In the room (%1)</source>
        <translation type="unfinished">Trong phòng (%1)</translation>
    </message>
    <message>
        <source>Expected (%1)</source>
        <translation type="unfinished">Đang chờ (%1)</translation>
    </message>
    <message>
        <source>Picked up (%1)</source>
        <translation type="unfinished">Đã đón (%1)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished">Trẻ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Tuổi</translation>
    </message>
    <message>
        <source>In since</source>
        <translation type="unfinished">Trong phòng từ</translation>
    </message>
    <message>
        <source>Class ends</source>
        <translation type="unfinished">Lớp kết thúc</translation>
    </message>
    <message>
        <source>Allergy / medical</source>
        <translation type="unfinished">Dị ứng / y tế</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished">Cảnh báo</translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished">Vào</translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished">Ra</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">Người đón</translation>
    </message>
</context>
<context>
    <name>StaffAccounts</name>
    <message>
        <source>%1 is added as %2 and can sign in with their PIN now.</source>
        <translation type="unfinished">%1 đã được thêm với vai trò %2 và có thể đăng nhập bằng mã PIN ngay bây giờ.</translation>
    </message>
    <message>
        <source>New PIN saved for %1. The old one no longer works.</source>
        <translation type="unfinished">Đã lưu mã PIN mới cho %1. Mã cũ không còn dùng được.</translation>
    </message>
    <message>
        <source>%1 is deactivated and can no longer sign in.</source>
        <translation type="unfinished">%1 đã bị vô hiệu hóa và không thể đăng nhập nữa.</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">Mã PIN nhân viên</translation>
    </message>
    <message>
        <source>Staff only: type your PIN</source>
        <translation type="unfinished">Chỉ dành cho nhân viên: nhập mã PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">Mã PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">Mở khóa</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>CRC front desk: %1</source>
        <translation type="unfinished">Quầy lễ tân CRC: %1</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Station status</source>
        <translation type="unfinished">Trạng thái trạm</translation>
    </message>
    <message>
        <source>Checking the station…</source>
        <translation type="unfinished">Đang kiểm tra trạm…</translation>
    </message>
    <message>
        <source>Database OK</source>
        <translation type="unfinished">Cơ sở dữ liệu hoạt động tốt</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting, offline since %1</source>
        <translation type="unfinished">
            <numerusform>%n bản ghi đang chờ, ngoại tuyến từ %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to sync</source>
        <translation type="unfinished">
            <numerusform>%n hồ sơ đang chờ đồng bộ</numerusform>
        </translation>
    </message>
    <message>
        <source>No records waiting</source>
        <translation type="unfinished">Không có hồ sơ nào đang chờ</translation>
    </message>
    <message>
        <source>All records sent</source>
        <translation type="unfinished">Đã gửi tất cả hồ sơ</translation>
    </message>
    <message>
        <source>%1: credentials need attention (call IT)</source>
        <translation type="unfinished">%1: thông tin xác thực cần kiểm tra (gọi IT)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation type="unfinished">
            <numerusform>%n hồ sơ bị từ chối</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock is off by %n minute(s): check the time</source>
        <translation type="unfinished">
            <numerusform>Đồng hồ lệch %n phút: hãy kiểm tra giờ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypedIdScreen</name>
    <message>
        <source>Type your ID</source>
        <translation type="unfinished">Nhập mã số</translation>
    </message>
    <message>
        <source>Type your member ID</source>
        <translation type="unfinished">Nhập mã số thành viên</translation>
    </message>
    <message>
        <source>It is on your health plan card or Medi-Cal card.</source>
        <translation type="unfinished">Mã số có trên thẻ chương trình sức khỏe hoặc thẻ Medi-Cal.</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished">Mã thành viên</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Quay lại</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Tiếp tục</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome screen</source>
        <translation type="unfinished">Màn hình chào mừng</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">Chào mừng</translation>
    </message>
    <message>
        <source>Touch your language to begin</source>
        <translation type="unfinished">Chạm vào ngôn ngữ của bạn để bắt đầu</translation>
    </message>
    <message>
        <source>Use the card scanner, or touch &quot;Type my ID&quot;.</source>
        <translation type="unfinished">Dùng máy quét thẻ, hoặc chạm &quot;Nhập mã số&quot;.</translation>
    </message>
    <message>
        <source>Hold your card or pass up to the camera</source>
        <translation type="unfinished">Đưa thẻ hoặc vé của bạn lên trước camera</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">Nhập mã số</translation>
    </message>
    <message>
        <source>I don&apos;t have a card</source>
        <translation type="unfinished">Tôi không có thẻ</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished">Chữ lớn hơn</translation>
    </message>
    <message>
        <source>Make the words on every screen bigger</source>
        <translation type="unfinished">Phóng to chữ trên mọi màn hình</translation>
    </message>
    <message>
        <source>Show the screen in this language</source>
        <translation type="unfinished">Hiển thị màn hình bằng ngôn ngữ này</translation>
    </message>
    <message>
        <source>Plan A</source>
        <translation type="unfinished">Chương trình A</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation type="unfinished">Chương trình B</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished">Logo của %1</translation>
    </message>
</context>
</TS>
