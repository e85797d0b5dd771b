<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Cách dùng: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[tùy chọn]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Tùy chọn:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Tham số:</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Hiển thị hướng dẫn này.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Hiển thị thông tin phiên bản.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Không có tùy chọn “%1”.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Không có các tùy chọn: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Thiếu giá trị sau “%1”.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Không cần giá trị sau “%1”.</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Hiển thị hướng dẫn về các tùy chọn dòng lệnh.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Hiển thị hướng dẫn, kể cả các tùy chọn riêng của Qt.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Đi tiếp</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Xem dạng danh sách</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Chuyển sang xem dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang xem chi tiết</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách vị trí và dấu trang</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Tệp %1 đã có.
Bạn có muốn thay thế không?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện các tệp ẩ&amp;n</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Bạn có chắc muốn xóa “%1” không?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Không xóa được thư mục.</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Vị trí gần đây</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Tệp %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>About Qt</source>
        <translation>Giới thiệu Qt</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không với t&amp;ất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Runs the district&apos;s patriotic emulation campaign.</source>
        <translation>Quản lý phong trào thi đua yêu nước của huyện.</translation>
    </message>
    <message>
        <source>Open the database read-only, to look only.</source>
        <translation>Mở cơ sở dữ liệu ở chế độ chỉ xem, không sửa đổi.</translation>
    </message>
    <message>
        <source>The database to open.</source>
        <translation>Tệp cơ sở dữ liệu cần mở.</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[TỆP]</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
</context>
<context>
    <name>thidua::DisplayText</name>
    <message>
        <source>At least the target</source>
        <translation>Không thấp hơn chỉ tiêu</translation>
    </message>
    <message>
        <source>At most the target</source>
        <translation>Không vượt quá chỉ tiêu</translation>
    </message>
    <message>
        <source>Reduce by the target</source>
        <translation>Giảm theo mức chỉ tiêu</translation>
    </message>
    <message>
        <source>Increase by the target</source>
        <translation>Tăng theo mức chỉ tiêu</translation>
    </message>
    <message>
        <source>Maintain the level</source>
        <translation>Duy trì mức đã đạt</translation>
    </message>
    <message>
        <source>Achieved or not</source>
        <translation>Đạt / không đạt</translation>
    </message>
    <message>
        <source>No occurrence</source>
        <translation>Không để xảy ra</translation>
    </message>
    <message>
        <source>Not above the same period last year</source>
        <translation>Không tăng so với cùng kỳ</translation>
    </message>
    <message>
        <source>All sub-indicators met</source>
        <translation>Đạt tất cả chỉ tiêu thành phần</translation>
    </message>
    <message>
        <source>Named units reach the standard</source>
        <translation>Các đơn vị chỉ định đạt chuẩn</translation>
    </message>
    <message>
        <source>Assessed at year end only</source>
        <translation>Chỉ đánh giá cuối năm</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Thị trấn</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Hội, đoàn thể</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Emulation cluster</source>
        <translation>Cụm thi đua</translation>
    </message>
    <message>
        <source>Emulation block</source>
        <translation>Khối thi đua</translation>
    </message>
    <message>
        <source>Below the same period last year</source>
        <translation>Giảm so với cùng kỳ</translation>
    </message>
    <message>
        <source>At the report date</source>
        <translation>Tại thời điểm báo cáo</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Lũy kế từ đầu năm</translation>
    </message>
</context>
<context>
    <name>thidua::cli</name>
    <message>
        <source>Unknown option &apos;%1&apos; (see %2 --help).</source>
        <translation>Không có tùy chọn “%1” (xem %2 --help).</translation>
    </message>
    <message>
        <source>The option --%1 is given more than once.</source>
        <translation>Tùy chọn --%1 được nhập nhiều hơn một lần.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value (given &apos;%2&apos;).</source>
        <translation>Tùy chọn --%1 không nhận giá trị (đã nhập “%2”).</translation>
    </message>
    <message>
        <source>The option --%1 needs a value (%2).</source>
        <translation>Tùy chọn --%1 cần có giá trị (%2).</translation>
    </message>
    <message>
        <source>the database (default: %1)</source>
        <translation>tệp cơ sở dữ liệu (mặc định: %1)</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>hiển thị hướng dẫn này</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Cách dùng:</translation>
    </message>
    <message>
        <source>The emulation campaign&apos;s plan and figures from the command line.</source>
        <translation>Kế hoạch và số liệu phong trào thi đua, dùng từ dòng lệnh.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Tùy chọn:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Lệnh:</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 the work failed (a file missing, unreadable or damaged), 2 wrong usage or input (nothing was changed).</source>
        <translation>Mã thoát: 0 – hoàn thành; 1 – không thực hiện được (tệp không có, không đọc được hoặc bị hỏng); 2 – dùng lệnh hoặc nhập dữ liệu sai (không có gì bị thay đổi).</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>Chạy “%1 LỆNH --help” để xem các tùy chọn của từng lệnh.</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>hiển thị phiên bản</translation>
    </message>
    <message>
        <source>No command given (see %1 --help).</source>
        <translation>Chưa nhập lệnh (xem %1 --help).</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;; the commands are %2.</source>
        <translation>Không có lệnh “%1”; các lệnh hiện có: %2.</translation>
    </message>
    <message>
        <source>The option --db is given more than once.</source>
        <translation>Tùy chọn --db được nhập nhiều hơn một lần.</translation>
    </message>
    <message>
        <source>The option --db needs a file name.</source>
        <translation>Tùy chọn --db cần có tên tệp.</translation>
    </message>
    <message>
        <source>Unexpected failure: %1</source>
        <translation>Lỗi ngoài dự kiến: %1</translation>
    </message>
    <message>
        <source>text for people (the default), csv or json for programs</source>
        <translation>text để người đọc (mặc định), csv hoặc json cho các phần mềm khác</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use text, csv or json.</source>
        <translation>Không có định dạng “%1”; hãy dùng text, csv hoặc json.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year; write four digits, e.g. 2021.</source>
        <translation>“%1” không phải là năm; hãy ghi bốn chữ số, ví dụ 2021.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Tham số “%1” không hợp lệ.</translation>
    </message>
    <message>
        <source>Create it with: thidua-cli init</source>
        <translation>Hãy tạo bằng lệnh: thidua-cli init</translation>
    </message>
    <message>
        <source>Create it with: thidua-cli --db %1 init</source>
        <translation>Hãy tạo bằng lệnh: thidua-cli --db %1 init</translation>
    </message>
    <message>
        <source>Create the database, holding the district&apos;s 2021 plan unless --empty is given.</source>
        <translation>Tạo cơ sở dữ liệu có sẵn kế hoạch năm 2021 của huyện (trừ khi dùng --empty).</translation>
    </message>
    <message>
        <source>create the tables only, with no plan</source>
        <translation>chỉ tạo các bảng, không nạp kế hoạch</translation>
    </message>
    <message>
        <source>replace an existing file (its data is lost)</source>
        <translation>thay thế tệp đã có (dữ liệu trong tệp cũ sẽ mất)</translation>
    </message>
    <message>
        <source>The file %1 already exists and was left unchanged; add --force to replace it.</source>
        <translation>Tệp %1 đã có và được giữ nguyên; thêm --force nếu muốn thay thế.</translation>
    </message>
    <message>
        <source>Created the empty database %1.</source>
        <translation>Đã tạo cơ sở dữ liệu trống %1.</translation>
    </message>
    <message>
        <source>The previous file was replaced.</source>
        <translation>Tệp cũ đã được thay thế.</translation>
    </message>
    <message>
        <source>List the plan&apos;s indicators with the district&apos;s targets.</source>
        <translation>Liệt kê các chỉ tiêu của kế hoạch cùng mức chỉ tiêu toàn huyện.</translation>
    </message>
    <message>
        <source>the plan&apos;s year (default: the latest in the database)</source>
        <translation>năm kế hoạch (mặc định: năm gần nhất trong cơ sở dữ liệu)</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>Kế hoạch năm %1</translation>
    </message>
    <message>
        <source>Plan for %1: %2</source>
        <translation>Kế hoạch năm %1: %2</translation>
    </message>
    <message>
        <source>Document %1 of %2, issued %3.</source>
        <translation>Văn bản số %1 của %2, ban hành ngày %3.</translation>
    </message>
    <message>
        <source>Other indicators</source>
        <translation>Chỉ tiêu khác</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mức chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại chỉ tiêu</translation>
    </message>
    <message>
        <source>The database %1 holds no plan yet.</source>
        <translation>Cơ sở dữ liệu %1 chưa có kế hoạch nào.</translation>
    </message>
    <message>
        <source>The database %1 holds no plan for %2; it holds the plans for %3.</source>
        <translation>Cơ sở dữ liệu %1 không có kế hoạch năm %2; hiện có kế hoạch các năm %3.</translation>
    </message>
    <message>
        <source>Created the database %1 with the plan for %2: %3 indicators, %4 units.</source>
        <translation>Đã tạo cơ sở dữ liệu %1 với kế hoạch năm %2: %3 chỉ tiêu, %4 đơn vị.</translation>
    </message>
</context>
<context>
    <name>thidua::gui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Giới thiệu %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <source>%1 helps the Home Affairs office of a district run the year&apos;s patriotic emulation campaign: the plan and its targets, the phases and reporting periods, the communes, town and agencies grouped in clusters and blocks, their reports, scores, rankings and commendation proposals.</source>
        <translation>%1 giúp Phòng Nội vụ cấp huyện tổ chức phong trào thi đua yêu nước hằng năm: kế hoạch và các chỉ tiêu, các đợt thi đua và kỳ báo cáo, các xã, thị trấn và cơ quan được tổ chức thành cụm, khối thi đua, cùng với báo cáo, chấm điểm, xếp hạng và đề nghị khen thưởng.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Phần mềm tự do, phát hành theo Giấy phép Công cộng GNU (GNU General Public License) phiên bản 3 hoặc (tùy bạn chọn) bất kỳ phiên bản nào mới hơn (GPL-3.0-or-later). Phần mềm được cung cấp không kèm theo bất kỳ bảo đảm nào.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Biên dịch với Qt %1, đang chạy trên Qt %2.</translation>
    </message>
</context>
<context>
    <name>thidua::gui::IndicatorTreeModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại chỉ tiêu</translation>
    </message>
    <message>
        <source>Period basis</source>
        <translation>Cách tính theo kỳ</translation>
    </message>
    <message>
        <source>District target</source>
        <translation>Chỉ tiêu toàn huyện</translation>
    </message>
</context>
<context>
    <name>thidua::gui::MainWindow</name>
    <message>
        <source>Thi Dua</source>
        <translation>Thi Đua</translation>
    </message>
    <message>
        <source>Campaign databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu thi đua (*.sqlite *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Đợt thi đua</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Tạo cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Xóa danh sách</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Giới thiệu %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ / Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Không tạo được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The database “%1” cannot be created.

%2</source>
        <translation>Không tạo được cơ sở dữ liệu “%1”.

%2</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Tạo cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>Fill the new database with the emulation plan of Tay Son district for 2021 (indicators, targets, phases, units, clusters and blocks)?

Choose No for an empty database.</source>
        <translation>Nạp vào cơ sở dữ liệu mới kế hoạch thi đua năm 2021 của huyện Tây Sơn (các chỉ tiêu, mức chỉ tiêu, đợt thi đua, đơn vị, cụm và khối thi đua)?

Chọn “Không” để tạo cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The new language will be used the next time you start %1.</source>
        <translation>Ngôn ngữ mới sẽ được áp dụng từ lần khởi động %1 tiếp theo.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (chỉ xem)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Plan year: %1</source>
        <translation>Năm kế hoạch: %1</translation>
    </message>
    <message>
        <source>The file “%1” cannot be opened.

%2

Open another database (File &gt; Open Database) or create a new one (File &gt; New Database).</source>
        <translation>Không mở được tệp “%1”.

%2

Hãy mở cơ sở dữ liệu khác (Tệp &gt; Mở cơ sở dữ liệu) hoặc tạo cơ sở dữ liệu mới (Tệp &gt; Tạo cơ sở dữ liệu mới).</translation>
    </message>
</context>
<context>
    <name>thidua::gui::PhaseTreeModel</name>
    <message>
        <source>not set</source>
        <translation>chưa quy định</translation>
    </message>
    <message>
        <source>Phase / reporting period</source>
        <translation>Đợt thi đua / kỳ báo cáo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Report deadline</source>
        <translation>Hạn gửi báo cáo</translation>
    </message>
</context>
<context>
    <name>thidua::gui::PhasesView</name>
    <message>
        <source>The selected phase salutes</source>
        <translation>Nội dung thi đua chào mừng</translation>
    </message>
    <message>
        <source>Cannot read the phases</source>
        <translation>Không đọc được các đợt thi đua</translation>
    </message>
    <message>
        <source>%1 salutes</source>
        <translation>%1 thi đua chào mừng</translation>
    </message>
</context>
<context>
    <name>thidua::gui::PlanView</name>
    <message>
        <source>Plan &amp;year:</source>
        <translation>&amp;Năm kế hoạch:</translation>
    </message>
    <message>
        <source>Cannot read the plan</source>
        <translation>Không đọc được kế hoạch</translation>
    </message>
    <message>
        <source>This database holds no plan yet.</source>
        <translation>Cơ sở dữ liệu này chưa có kế hoạch nào.</translation>
    </message>
    <message>
        <source>Plan No. %1 of %2, dated %3</source>
        <translation>Kế hoạch số %1 ngày %3 của %2</translation>
    </message>
</context>
<context>
    <name>thidua::gui::StartPage</name>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>Open the database of your campaign, or create a new one.</source>
        <translation>Hãy mở cơ sở dữ liệu thi đua của đơn vị, hoặc tạo cơ sở dữ liệu mới.</translation>
    </message>
</context>
<context>
    <name>thidua::gui::UnitTreeModel</name>
    <message>
        <source>Units in no group</source>
        <translation>Đơn vị chưa thuộc cụm, khối nào</translation>
    </message>
    <message>
        <source>No longer active</source>
        <translation>Không còn hoạt động</translation>
    </message>
    <message>
        <source>Group / unit</source>
        <translation>Cụm, khối / đơn vị</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Scoring scheme</source>
        <translation>Bảng tiêu chí chấm điểm</translation>
    </message>
</context>
<context>
    <name>thidua::gui::UnitsView</name>
    <message>
        <source>Cannot read the units</source>
        <translation>Không đọc được danh sách đơn vị</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (mã %2)</translation>
    </message>
    <message>
        <source>District unit, reporting district-wide figures and never ranked: %1</source>
        <translation>Đơn vị cấp huyện (báo cáo số liệu toàn huyện, không tham gia xếp hạng): %1</translation>
    </message>
</context>
<context>
    <name>thidua::storage</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Tệp %1 không tồn tại.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Không đọc được tệp %1.</translation>
    </message>
    <message>
        <source>The file %1 is not a Thi Đua database. It was left unchanged.</source>
        <translation>Tệp %1 không phải là cơ sở dữ liệu của Thi Đua. Tệp được giữ nguyên, không bị thay đổi.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be used. It was left unchanged; restore a backup copy.</source>
        <translation>Cơ sở dữ liệu %1 bị hỏng, không sử dụng được. Tệp được giữ nguyên; hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Thi Đua (schema %1, this version reads up to %2). Please update the application.</source>
        <translation>Cơ sở dữ liệu được ghi bởi phiên bản Thi Đua mới hơn (lược đồ %1, phiên bản này chỉ đọc được đến %2). Hãy cập nhật phần mềm.</translation>
    </message>
    <message>
        <source>Unknown %1 code &apos;%2&apos;.</source>
        <translation>Không có mã %1 “%2”.</translation>
    </message>
    <message>
        <source>The built-in plan data is faulty (%1:%2: %3).</source>
        <translation>Dữ liệu kế hoạch có sẵn trong phần mềm bị lỗi (%1:%2: %3).</translation>
    </message>
    <message>
        <source>published results</source>
        <translation>kết quả đã công bố</translation>
    </message>
    <message>
        <source>The %1 of indicator %2 must lie within %3 (the value given was %4).</source>
        <translation>Trường “%1” của chỉ tiêu %2 phải nằm trong khoảng %3 (giá trị đã nhập là %4).</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Cơ sở dữ liệu báo lỗi: %1</translation>
    </message>
    <message>
        <source>The database %1 is open read-only; nothing was changed.</source>
        <translation>Cơ sở dữ liệu %1 đang mở ở chế độ chỉ xem; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not of Thi Đua. It was left unchanged.</source>
        <translation>Tệp %1 là cơ sở dữ liệu của một phần mềm khác, không phải của Thi Đua. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Thi Đua. Please update the application; the file was left unchanged.</source>
        <translation>Cơ sở dữ liệu %1 được ghi bởi phiên bản Thi Đua mới hơn. Hãy cập nhật phần mềm; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>The database %1 was written by an older version of Thi Đua and must be opened once for editing to be upgraded.</source>
        <translation>Cơ sở dữ liệu %1 được ghi bởi phiên bản Thi Đua cũ hơn; cần mở một lần ở chế độ chỉnh sửa để nâng cấp.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>The file %1 already exists and was left unchanged.</source>
        <translation>Tệp %1 đã có và được giữ nguyên.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>The database %1 cannot be created: %2</source>
        <translation>Không tạo được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: %2</source>
        <translation>Không ghi được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>chỉ tiêu</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>nhóm chỉ tiêu</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>group</source>
        <translation>cụm, khối</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>bảng tiêu chí</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>đợt thi đua</translation>
    </message>
    <message>
        <source>period</source>
        <translation>kỳ báo cáo</translation>
    </message>
    <message>
        <source>actual value</source>
        <translation>giá trị thực hiện</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>số liệu gốc so sánh</translation>
    </message>
</context>
</TS>
