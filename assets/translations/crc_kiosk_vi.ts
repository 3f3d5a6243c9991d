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
        <source>Children with me</source>
        <translation type="unfinished">Tôi có con đi cùng</translation>
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
        <source>Child care: please go to the front desk for your pickup code.</source>
        <translation type="unfinished">Giữ trẻ: vui lòng đến quầy lễ tân để lấy mã đón trẻ.</translation>
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
