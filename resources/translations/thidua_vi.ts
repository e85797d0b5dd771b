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
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>nearly met</source>
        <translation>gần đạt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>chưa có số liệu</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>không áp dụng</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>dẫn đầu</translation>
    </message>
    <message>
        <source>joint leader</source>
        <translation>đồng dẫn đầu</translation>
    </message>
</context>
<context>
    <name>thidua::ImportErrorText</name>
    <message>
        <source>the unit is in no group with a scoring scheme, so it has no criteria</source>
        <translation>đơn vị không thuộc cụm, khối nào có bảng tiêu chí chấm điểm nên không có tiêu chí để chấm</translation>
    </message>
    <message>
        <source>scheme %1 has no such criterion</source>
        <translation>bảng tiêu chí %1 không có tiêu chí này</translation>
    </message>
    <message>
        <source>no such unit in the database</source>
        <translation>không có đơn vị này trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>no such indicator in the database</source>
        <translation>không có chỉ tiêu này trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>no such reporting period in the database</source>
        <translation>không có kỳ báo cáo này trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>no such cluster or block in the database</source>
        <translation>không có cụm, khối thi đua này trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>no such scoring scheme in the database</source>
        <translation>không có bảng tiêu chí chấm điểm này trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>no such heading in the plan</source>
        <translation>kế hoạch không có nhóm chỉ tiêu này</translation>
    </message>
    <message>
        <source>no such code in the database</source>
        <translation>không có mã này trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>the file cannot be read as CSV</source>
        <translation>không đọc được tệp theo định dạng CSV</translation>
    </message>
    <message>
        <source>the file cannot be read as CSV: %1</source>
        <translation>không đọc được tệp theo định dạng CSV: %1</translation>
    </message>
    <message>
        <source>this required column is missing</source>
        <translation>thiếu cột bắt buộc này</translation>
    </message>
    <message>
        <source>a value under a column without a name</source>
        <translation>có giá trị nằm dưới một cột không có tên</translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation>cột không hợp lệ</translation>
    </message>
    <message>
        <source>unknown column; the columns of this kind of file are: %1</source>
        <translation>cột không hợp lệ; loại tệp này gồm các cột: %1</translation>
    </message>
    <message>
        <source>the column is named twice</source>
        <translation>tên cột bị lặp lại</translation>
    </message>
    <message>
        <source>the row has more fields than the header (%1)</source>
        <translation>dòng có nhiều ô hơn dòng tiêu đề (%1)</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>không được để trống</translation>
    </message>
    <message>
        <source>not a year: write it with four digits, e.g. 2021</source>
        <translation>không phải là năm: hãy ghi bốn chữ số, ví dụ 2021</translation>
    </message>
    <message>
        <source>not a band: write minimum ratio:share, e.g. 1.15:1|1:0.9|0.8:0.5</source>
        <translation>không đúng dạng mức: hãy ghi tỷ lệ tối thiểu:phần điểm, ví dụ 1.15:1|1:0.9|0.8:0.5</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>không phải là số</translation>
    </message>
    <message>
        <source>thousands separators are not accepted: write the plain figure, e.g. 2000</source>
        <translation>không dùng dấu phân cách hàng nghìn: hãy ghi số liền, ví dụ 2000</translation>
    </message>
    <message>
        <source>must be 0 or 1</source>
        <translation>chỉ được ghi 0 hoặc 1</translation>
    </message>
    <message>
        <source>unknown code; write one of: %1</source>
        <translation>mã không hợp lệ; hãy ghi một trong các mã: %1</translation>
    </message>
    <message>
        <source>not a period: write YYYY-H1 for the six-month report or YYYY-Y for the year, e.g. 2021-H1</source>
        <translation>không phải là kỳ báo cáo: hãy ghi YYYY-H1 cho báo cáo 6 tháng hoặc YYYY-Y cho báo cáo năm, ví dụ 2021-H1</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>không được là số âm</translation>
    </message>
    <message>
        <source>the same key as line %1</source>
        <translation>trùng khóa với dòng %1</translation>
    </message>
    <message>
        <source>differs from the value given for the same scheme on line %1</source>
        <translation>khác với giá trị đã ghi cho cùng bảng tiêu chí ở dòng %1</translation>
    </message>
    <message>
        <source>outside the valid range</source>
        <translation>nằm ngoài khoảng giá trị hợp lệ</translation>
    </message>
    <message>
        <source>outside the valid range %1</source>
        <translation>nằm ngoài khoảng giá trị hợp lệ %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos;: %3</source>
        <translation>%1: cột “%2”: %3</translation>
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
    <message>
        <source>Import one CSV file (%1); a file with a wrong row is refused whole.</source>
        <translation>Nhập một tệp CSV (%1); tệp có dòng sai sẽ không được nhập dòng nào.</translation>
    </message>
    <message>
        <source>Unknown kind of file &apos;%1&apos;; the kinds are %2.</source>
        <translation>Không có loại tệp “%1”; các loại tệp: %2.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Không có tệp %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 là thư mục, không phải tệp CSV.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Không đọc được tệp %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong line(s) in %1; nothing was imported.</source>
        <translation>
            <numerusform>Tệp %1 có %n dòng sai; chưa nhập dữ liệu nào.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what to import: KIND FILE, e.g. import reports reports.csv; the kinds are %1.</source>
        <translation>Hãy cho biết cần nhập gì: LOẠI TỆP, ví dụ import reports reports.csv; các loại tệp: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1.</source>
        <translation>
            <numerusform>Đã nhập %n dòng từ %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the reporting period: YYYY-H1 (six months) or YYYY-Y (the year)</source>
        <translation>kỳ báo cáo: YYYY-H1 (6 tháng) hoặc YYYY-Y (cả năm)</translation>
    </message>
    <message>
        <source>Say which period with --period, e.g. --period 2021-Y.</source>
        <translation>Hãy cho biết kỳ báo cáo bằng --period, ví dụ --period 2021-Y.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a period; write YYYY-H1 for the six-month report or YYYY-Y for the year, e.g. 2021-Y.</source>
        <translation>“%1” không phải là kỳ báo cáo; hãy ghi YYYY-H1 cho báo cáo 6 tháng hoặc YYYY-Y cho báo cáo năm, ví dụ 2021-Y.</translation>
    </message>
    <message>
        <source>The database %1 has no period %2.</source>
        <translation>Cơ sở dữ liệu %1 không có kỳ báo cáo %2.</translation>
    </message>
    <message>
        <source>The database %1 has no period %2; it has %3.</source>
        <translation>Cơ sở dữ liệu %1 không có kỳ báo cáo %2; các kỳ hiện có: %3.</translation>
    </message>
    <message>
        <source>Show how far each unit has reached its targets in a period.</source>
        <translation>Xem tiến độ thực hiện chỉ tiêu của từng đơn vị trong một kỳ báo cáo.</translation>
    </message>
    <message>
        <source>only this unit</source>
        <translation>chỉ đơn vị này</translation>
    </message>
    <message>
        <source>Progress towards the targets: %1</source>
        <translation>Tiến độ thực hiện chỉ tiêu: %1</translation>
    </message>
    <message>
        <source>No unit has targets for %1.</source>
        <translation>Chưa đơn vị nào được giao chỉ tiêu năm %1.</translation>
    </message>
    <message>
        <source>For the period</source>
        <translation>Chỉ tiêu kỳ</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Kỳ gốc</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Tỷ lệ đạt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>There is no unit &apos;%1&apos; in the database.</source>
        <translation>Cơ sở dữ liệu không có đơn vị “%1”.</translation>
    </message>
    <message>
        <source>Rank the units of each group by score, with the proposals.</source>
        <translation>Xếp hạng các đơn vị trong từng cụm, khối theo điểm, kèm đề nghị khen thưởng.</translation>
    </message>
    <message>
        <source>only this cluster or block</source>
        <translation>chỉ cụm hoặc khối này</translation>
    </message>
    <message>
        <source>Scheme %1: scale %2, bonus up to %3, leader from %4 points.</source>
        <translation>Bảng tiêu chí %1: thang điểm %2, điểm thưởng tối đa %3, đề nghị dẫn đầu từ %4 điểm.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Unit</source>
        <comment>the commune, town or office ranked</comment>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Đủ điều kiện</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Danh hiệu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>veto criterion %1 not met</source>
        <translation>chưa đạt tiêu chí phủ quyết %1</translation>
    </message>
    <message>
        <source>No leader proposed: no eligible unit reaches %1 points.</source>
        <translation>Không đề nghị đơn vị dẫn đầu: không đơn vị đủ điều kiện nào đạt %1 điểm.</translation>
    </message>
    <message>
        <source>Emulation ranking: %1</source>
        <translation>Xếp hạng thi đua: %1</translation>
    </message>
    <message>
        <source>No group has a scoring scheme to rank by.</source>
        <translation>Chưa cụm, khối nào có bảng tiêu chí chấm điểm để xếp hạng.</translation>
    </message>
    <message>
        <source>Proposals only: the Emulation and Commendation Council decides.</source>
        <translation>Kết quả chỉ là đề nghị; Hội đồng Thi đua - Khen thưởng xem xét, quyết định.</translation>
    </message>
    <message>
        <source>There is no group &apos;%1&apos; in the database.</source>
        <translation>Cơ sở dữ liệu không có cụm, khối thi đua “%1”.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>NĂM</translation>
    </message>
    <message>
        <source>with --empty: add an empty plan for YEAR with its two reporting periods</source>
        <translation>đi cùng --empty: thêm kế hoạch trống của NĂM với hai kỳ báo cáo</translation>
    </message>
    <message>
        <source>--year goes with --empty: the default database already holds the 2021 plan.</source>
        <translation>--year chỉ dùng cùng --empty: cơ sở dữ liệu mặc định đã có kế hoạch năm 2021.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year.</source>
        <translation>“%1” không phải là một năm.</translation>
    </message>
    <message>
        <source>Created the database %1 with an empty plan for %2 and its reporting periods %2-H1 and %2-Y.</source>
        <translation>Đã tạo cơ sở dữ liệu %1 với kế hoạch trống năm %2 và các kỳ báo cáo %2-H1, %2-Y.</translation>
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
    <message>
        <source>The scheme of unit %1 has no criterion &apos;%2&apos;.</source>
        <translation>Bảng tiêu chí của đơn vị %1 không có tiêu chí “%2”.</translation>
    </message>
    <message>
        <source>Phase I</source>
        <translation>Đợt I</translation>
    </message>
    <message>
        <source>Phase II</source>
        <translation>Đợt II</translation>
    </message>
    <message>
        <source>Emulation plan for %1</source>
        <translation>Kế hoạch thi đua năm %1</translation>
    </message>
    <message>
        <source>Six-month review %1</source>
        <translation>Sơ kết 6 tháng đầu năm %1</translation>
    </message>
    <message>
        <source>Year-end review %1</source>
        <translation>Tổng kết năm %1</translation>
    </message>
</context>
</TS>
