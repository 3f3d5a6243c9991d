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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CRC Kiosk: %1</source>
        <translation type="unfinished">Kiosk CRC: %1</translation>
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
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation type="unfinished">
            <numerusform>%n hồ sơ bị từ chối</numerusform>
        </translation>
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
        <source>Hold your card or pass up to the camera</source>
        <translation type="unfinished">Đưa thẻ hoặc vé của bạn lên trước camera</translation>
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
