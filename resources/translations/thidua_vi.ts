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
    <name>thidua::CommendationText</name>
    <message>
        <source>Emulation flag</source>
        <translation>Cờ thi đua</translation>
    </message>
    <message>
        <source>Excellent labour collective</source>
        <translation>Tập thể lao động xuất sắc</translation>
    </message>
    <message>
        <source>Advanced labour collective</source>
        <translation>Tập thể lao động tiên tiến</translation>
    </message>
    <message>
        <source>Certificate of merit of the district chairman (collective)</source>
        <translation>Giấy khen của Chủ tịch UBND huyện (tập thể)</translation>
    </message>
    <message>
        <source>Advanced worker</source>
        <translation>Lao động tiên tiến</translation>
    </message>
    <message>
        <source>Grassroots emulation soldier</source>
        <translation>Chiến sĩ thi đua cơ sở</translation>
    </message>
    <message>
        <source>Certificate of merit of the district chairman (individual)</source>
        <translation>Giấy khen của Chủ tịch UBND huyện (cá nhân)</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đã đề nghị</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Đã thẩm định</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Raised to a higher form</source>
        <translation>Đề nghị hình thức cao hơn</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã quyết định khen thưởng</translation>
    </message>
    <message>
        <source>members</source>
        <translation>thành viên</translation>
    </message>
    <message>
        <source>members who completed their tasks</source>
        <translation>thành viên hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <source>advanced workers</source>
        <translation>thành viên đạt Lao động tiên tiến</translation>
    </message>
    <message>
        <source>grassroots emulation soldiers</source>
        <translation>thành viên đạt Chiến sĩ thi đua cơ sở</translation>
    </message>
    <message>
        <source>members disciplined</source>
        <translation>thành viên bị kỷ luật</translation>
    </message>
    <message>
        <source>The unit is not in the ranking of the period.</source>
        <translation>Đơn vị không có trong kết quả xếp hạng của kỳ báo cáo.</translation>
    </message>
    <message>
        <source>The unit fails the veto criteria %1 and is not eligible.</source>
        <translation>Đơn vị chưa đạt tiêu chí phủ quyết %1 nên không đủ điều kiện.</translation>
    </message>
    <message>
        <source>The unit is not the leader of its group in the ranking.</source>
        <translation>Đơn vị không dẫn đầu cụm, khối trong kết quả xếp hạng.</translation>
    </message>
    <message>
        <source>The unit&apos;s total reaches no title band.</source>
        <translation>Tổng điểm của đơn vị chưa đạt mức danh hiệu nào.</translation>
    </message>
    <message>
        <source>The unit&apos;s total reaches only the band of %1.</source>
        <translation>Tổng điểm của đơn vị chỉ đạt mức “%1”.</translation>
    </message>
    <message>
        <source>Not entered yet: the number of %1.</source>
        <translation>Chưa nhập số %1.</translation>
    </message>
    <message>
        <source>Only %1 of %2 members (%3) reached Advanced worker; more than %4% are required.</source>
        <translation>Chỉ có %1/%2 thành viên (%3) đạt Lao động tiên tiến; yêu cầu trên %4%.</translation>
    </message>
    <message>
        <source>Only %1 of %2 members (%3) reached Advanced worker; at least %4% are required.</source>
        <translation>Chỉ có %1/%2 thành viên (%3) đạt Lao động tiên tiến; yêu cầu từ %4% trở lên.</translation>
    </message>
    <message>
        <source>Only %1 of %2 members completed their tasks; all of them are required to.</source>
        <translation>Chỉ có %1/%2 thành viên hoàn thành nhiệm vụ; yêu cầu tất cả thành viên đều hoàn thành nhiệm vụ.</translation>
    </message>
    <message>
        <source>No member reached Grassroots emulation soldier; at least one is required.</source>
        <translation>Không có thành viên nào đạt Chiến sĩ thi đua cơ sở; yêu cầu có ít nhất một.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) disciplined at warning level or above; nobody may be.</source>
        <translation>
            <numerusform>Có %n thành viên bị kỷ luật từ hình thức cảnh cáo trở lên; yêu cầu không có trường hợp nào.</numerusform>
        </translation>
    </message>
    <message>
        <source>The person did not reach Advanced worker, which Grassroots emulation soldier requires.</source>
        <translation>Cá nhân chưa đạt Lao động tiên tiến, là điều kiện bắt buộc để xét Chiến sĩ thi đua cơ sở.</translation>
    </message>
    <message>
        <source>No recognised initiative is entered; Grassroots emulation soldier requires one.</source>
        <translation>Chưa nhập sáng kiến được công nhận; Chiến sĩ thi đua cơ sở phải có sáng kiến.</translation>
    </message>
    <message>
        <source>The unit proposes %1 Grassroots emulation soldiers, but %2 of its %3 advanced workers allow at most %4.</source>
        <translation>Đơn vị đề nghị %1 Chiến sĩ thi đua cơ sở, nhưng theo tỷ lệ %2 trên %3 Lao động tiên tiến của đơn vị thì chỉ được tối đa %4.</translation>
    </message>
    <message>
        <source>The person&apos;s name is missing.</source>
        <translation>Chưa nhập họ và tên cá nhân.</translation>
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
        <source>Unknown kind of file &apos;%1&apos;; the kinds are %2.</source>
        <translation>Không có loại tệp “%1”; các loại tệp: %2.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Không có tệp %1.</translation>
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
    <message>
        <source>The option --%1 needs a file name.</source>
        <translation>Tùy chọn --%1 cần có tên tệp.</translation>
    </message>
    <message>
        <source>Writing a PDF needs a graphical application; run thidua-cli itself.</source>
        <translation>Muốn ghi tệp PDF cần chạy ở chế độ có giao diện đồ họa; hãy chạy trực tiếp thidua-cli.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
    <message>
        <source>also write every group&apos;s ranking to this XLSX workbook, one sheet per group</source>
        <translation>đồng thời ghi kết quả xếp hạng của từng cụm, khối ra tệp XLSX này, mỗi cụm, khối một trang tính</translation>
    </message>
    <message>
        <source>List a period&apos;s commendation shortlist with its checks; print it to PDF or XLSX.</source>
        <translation>Liệt kê danh sách đề nghị khen thưởng của một kỳ báo cáo, kèm kết quả kiểm tra điều kiện; in ra PDF hoặc XLSX.</translation>
    </message>
    <message>
        <source>write the printed list (Danh sách đề nghị khen thưởng) to this PDF file</source>
        <translation>ghi bản in “Danh sách đề nghị khen thưởng” ra tệp PDF này</translation>
    </message>
    <message>
        <source>write the list to this XLSX workbook</source>
        <translation>ghi danh sách ra tệp XLSX này</translation>
    </message>
    <message>
        <source>first add the ranking&apos;s proposals (writes to the database)</source>
        <translation>trước tiên lấy đề nghị từ kết quả xếp hạng (có ghi vào cơ sở dữ liệu)</translation>
    </message>
    <message>
        <source>Commendation shortlist: %1</source>
        <translation>Danh sách đề nghị khen thưởng: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n proposal(s) from the ranking.</source>
        <translation>
            <numerusform>Đã thêm %n đề nghị từ kết quả xếp hạng.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shortlist is empty; add the ranking&apos;s proposals with --sync.</source>
        <translation>Danh sách đề nghị khen thưởng còn trống; hãy lấy đề nghị từ kết quả xếp hạng bằng --sync.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of the collective or the person</comment>
        <translation>Tên tập thể, cá nhân</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Form of commendation</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kiểm tra điều kiện</translation>
    </message>
    <message>
        <source>not included: %1</source>
        <translation>đã loại khỏi danh sách: %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>Print a period&apos;s summary (indicators and rankings) to PDF, the rankings to XLSX.</source>
        <translation>In báo cáo tổng hợp của một kỳ báo cáo (chỉ tiêu và xếp hạng) ra PDF, kết quả xếp hạng ra XLSX.</translation>
    </message>
    <message>
        <source>write the printed summary to this PDF file</source>
        <translation>ghi bản in báo cáo tổng hợp ra tệp PDF này</translation>
    </message>
    <message>
        <source>write the rankings to this XLSX workbook, one sheet per group</source>
        <translation>ghi kết quả xếp hạng ra tệp XLSX này, mỗi cụm, khối một trang tính</translation>
    </message>
    <message>
        <source>Say which file to write with --pdf FILE or --xlsx FILE.</source>
        <translation>Hãy cho biết tệp cần ghi bằng --pdf TỆP hoặc --xlsx TỆP.</translation>
    </message>
    <message>
        <source>Back up the database into its backup folder (the last %1 are kept), or list the backups.</source>
        <translation>Sao lưu cơ sở dữ liệu vào thư mục sao lưu (giữ lại %1 bản gần nhất), hoặc liệt kê các bản sao lưu.</translation>
    </message>
    <message>
        <source>write the backup to FILE instead of the backup folder</source>
        <translation>ghi bản sao lưu ra TỆP thay vì vào thư mục sao lưu</translation>
    </message>
    <message>
        <source>list the backups in the backup folder, newest first</source>
        <translation>liệt kê các bản sao lưu trong thư mục sao lưu, bản mới nhất trước</translation>
    </message>
    <message>
        <source>--list and --out cannot be given together.</source>
        <translation>Không dùng được --list và --out cùng lúc.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Đã sao lưu %1 vào %2.</translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2.</source>
        <translation>Thư mục %2 chưa có bản sao lưu nào của %1.</translation>
    </message>
    <message>
        <source>Replace the database with a backup; the data it holds now is backed up first.</source>
        <translation>Thay cơ sở dữ liệu bằng một bản sao lưu; dữ liệu hiện có được sao lưu trước.</translation>
    </message>
    <message>
        <source>Name the one backup file to restore, e.g. restore %1.</source>
        <translation>Hãy ghi tên một tệp sao lưu cần khôi phục, ví dụ restore %1.</translation>
    </message>
    <message>
        <source>Restored %1 from %2. The data it held before is kept in %3.</source>
        <translation>Đã khôi phục %1 từ %2. Dữ liệu trước khi khôi phục được giữ trong %3.</translation>
    </message>
    <message>
        <source>Import one CSV file (%1), or a filled report workbook (.xlsx); a file with a wrong row is refused whole.</source>
        <translation>Nhập một tệp CSV (%1) hoặc một biểu mẫu nhập liệu đã điền số liệu (.xlsx); tệp có dòng sai sẽ bị từ chối toàn bộ.</translation>
    </message>
    <message>
        <source>Show what an import of reports would change, without writing anything.</source>
        <translation>Xem trước những gì sẽ thay đổi khi nhập số liệu báo cáo, không ghi gì vào cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file to import.</source>
        <translation>%1 là thư mục, không phải tệp để nhập.</translation>
    </message>
    <message>
        <source>Only reports can be imported from a workbook (.xlsx); save the sheet of %1 as CSV.</source>
        <translation>Chỉ nhập được số liệu báo cáo từ bảng tính (.xlsx); hãy lưu trang tính của %1 thành tệp CSV.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 changed, %4 unchanged.</source>
        <translation>%1: %2 giá trị mới, %3 thay đổi, %4 không đổi.</translation>
    </message>
    <message>
        <source>actual %1 → %2</source>
        <translation>thực hiện %1 → %2</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>thay đổi</translation>
    </message>
    <message>
        <source>baseline %1 → %2</source>
        <translation>kỳ gốc %1 → %2</translation>
    </message>
    <message>
        <source>The report of %1 for %2 is approved, so its values are locked; reopen it before importing.</source>
        <translation>Báo cáo %2 của %1 đã được duyệt nên số liệu bị khóa; hãy mở lại báo cáo trước khi nhập.</translation>
    </message>
    <message>
        <source>%1 would be refused; nothing was imported.</source>
        <translation>%1 sẽ bị từ chối; chưa nhập dữ liệu nào.</translation>
    </message>
    <message>
        <source>Nothing was written (preview).</source>
        <translation>Chưa ghi gì vào cơ sở dữ liệu (xem trước).</translation>
    </message>
    <message>
        <source>--preview is for reports only.</source>
        <translation>--preview chỉ dùng khi nhập số liệu báo cáo.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n entry(ies) on the list fail their checks; &apos;shortlist --period %1&apos; says why.</source>
        <translation>
            <numerusform>Cảnh báo: %n đề nghị trong danh sách chưa đạt điều kiện; xem lý do bằng lệnh “shortlist --period %1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the workbook (.xlsx) a unit fills in with its figures for a period.</source>
        <translation>Tạo biểu mẫu nhập liệu (.xlsx) để đơn vị điền số liệu của một kỳ báo cáo.</translation>
    </message>
    <message>
        <source>the unit that fills it in</source>
        <translation>đơn vị điền biểu mẫu</translation>
    </message>
    <message>
        <source>the reporting period, e.g. 2021-H1 or 2021-Y</source>
        <translation>kỳ báo cáo, ví dụ 2021-H1 hoặc 2021-Y</translation>
    </message>
    <message>
        <source>the workbook to write (.xlsx)</source>
        <translation>tệp bảng tính cần ghi (.xlsx)</translation>
    </message>
    <message>
        <source>Say --%1; e.g. template --unit BINH_THANH --period 2021-Y --out binh-thanh.xlsx</source>
        <translation>Hãy nhập --%1; ví dụ template --unit BINH_THANH --period 2021-Y --out binh-thanh.xlsx</translation>
    </message>
</context>
<context>
    <name>thidua::documents</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được tệp %1: %2</translation>
    </message>
    <message>
        <source>Cannot draw the document %1.</source>
        <translation>Không tạo được nội dung in cho tệp %1.</translation>
    </message>
    <message>
        <source>The plan has no reporting period %1.</source>
        <translation>Kế hoạch không có kỳ báo cáo %1.</translation>
    </message>
    <message>
        <source>The period %1 does not score the unit %2.</source>
        <translation>Kỳ báo cáo %1 không chấm điểm đơn vị %2.</translation>
    </message>
    <message>
        <source>The file %1 could not be created.</source>
        <translation>Không tạo được tệp %1.</translation>
    </message>
    <message>
        <source>No temporary file could be made for the workbook %1; is the temporary folder full?</source>
        <translation>Không tạo được tệp tạm cho bảng tính %1; thư mục tạm có bị đầy không?</translation>
    </message>
    <message>
        <source>Out of memory while writing the workbook %1.</source>
        <translation>Không đủ bộ nhớ để ghi bảng tính %1.</translation>
    </message>
    <message>
        <source>The workbook %1 could not be written (%2).</source>
        <translation>Không ghi được bảng tính %1 (%2).</translation>
    </message>
    <message>
        <source>The file %1 could not be created: %2</source>
        <translation>Không tạo được tệp %1: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Không ghi được tệp %1: %2</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>Không có đơn vị %1.</translation>
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
    <name>thidua::gui::AdjustmentsModel</name>
    <message>
        <source>a bonus item or deduction needs a reason.</source>
        <translation>điểm thưởng hoặc điểm trừ phải có lý do.</translation>
    </message>
    <message>
        <source>write the points.</source>
        <translation>hãy ghi số điểm.</translation>
    </message>
    <message>
        <source>the points must be 0 or more; a deduction is entered as a deduction, not below 0.</source>
        <translation>điểm phải từ 0 trở lên; khoản trừ điểm thì nhập ở loại Điểm trừ, không ghi số âm.</translation>
    </message>
    <message>
        <source>nothing stores it.</source>
        <translation>không có nơi lưu.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: %3</source>
        <translation>%1 “%2”: %3</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
</context>
<context>
    <name>thidua::gui::AdjustmentsPanel</name>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>Remo&amp;ve item</source>
        <translation>&amp;Xóa khoản điểm</translation>
    </message>
    <message>
        <source>Reason, e.g. the decision or event</source>
        <translation>Lý do, ví dụ quyết định hoặc sự kiện</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Cannot read the bonus items and deductions</source>
        <translation>Không đọc được điểm thưởng và điểm trừ</translation>
    </message>
    <message>
        <source>Bonus items: %1 points; at most %2 count.</source>
        <translation>Điểm thưởng: %1 điểm; chỉ tính tối đa %2 điểm.</translation>
    </message>
    <message>
        <source>Bonus items: %1 points, above the cap of %2: only %2 count.</source>
        <translation>Điểm thưởng: %1 điểm, vượt mức tối đa %2: chỉ tính %2 điểm.</translation>
    </message>
    <message>
        <source>Deductions: %1 points.</source>
        <translation>Điểm trừ: %1 điểm.</translation>
    </message>
    <message>
        <source>Write the reason of the item, e.g. the decision that awards it.</source>
        <translation>Hãy ghi lý do của khoản điểm, ví dụ quyết định làm căn cứ.</translation>
    </message>
    <message>
        <source>The points must be 0 or more: a deduction is entered as a deduction.</source>
        <translation>Điểm phải từ 0 trở lên: khoản trừ điểm thì nhập ở loại Điểm trừ.</translation>
    </message>
    <message>
        <source>Write the points of the item.</source>
        <translation>Hãy ghi số điểm của khoản này.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is already listed: change its points in the list.</source>
        <translation>%1 “%2” đã có trong danh sách: hãy sửa số điểm ngay trong danh sách.</translation>
    </message>
    <message>
        <source>Cannot save the item</source>
        <translation>Không lưu được khoản điểm</translation>
    </message>
    <message>
        <source>Remove %1 &apos;%2&apos; (%3 points)?</source>
        <translation>Xóa %1 “%2” (%3 điểm)?</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Xóa khoản điểm</translation>
    </message>
    <message>
        <source>Cannot remove the item</source>
        <translation>Không xóa được khoản điểm</translation>
    </message>
    <message>
        <source>no database is open.</source>
        <translation>chưa mở cơ sở dữ liệu nào.</translation>
    </message>
</context>
<context>
    <name>thidua::gui::BackupActions</name>
    <message>
        <source>Campaign databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu thi đua (*.sqlite *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>thủ công</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>trước khi nhập số liệu</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>khi đóng phần mềm</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>There are no backups in %1 yet.</source>
        <translation>Thư mục %1 chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>Backups in %1, newest first:</source>
        <translation>Các bản sao lưu trong %1 (mới nhất ở trên):</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Thời điểm sao lưu</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <source>&amp;Other File…</source>
        <translation>Chọn &amp;tệp khác…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>&amp;Sao lưu ngay…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Save a copy of the database into its backup folder or to another file</source>
        <translation>Lưu một bản sao của cơ sở dữ liệu vào thư mục sao lưu hoặc ra tệp khác</translation>
    </message>
    <message>
        <source>Replace the data with a backup; the current data is backed up first</source>
        <translation>Thay dữ liệu bằng một bản sao lưu; dữ liệu hiện tại được sao lưu trước</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>The backup could not be written; the database itself is unchanged.

%1</source>
        <translation>Không ghi được bản sao lưu; cơ sở dữ liệu vẫn giữ nguyên.

%1</translation>
    </message>
    <message>
        <source>The backup was written to
%1</source>
        <translation>Đã ghi bản sao lưu vào
%1</translation>
    </message>
    <message>
        <source>Replace all the data in %1 with the backup %2?

The data the database holds now is backed up first (“before a restore”), so you can go back to it.</source>
        <translation>Thay toàn bộ dữ liệu trong %1 bằng bản sao lưu %2?

Dữ liệu hiện có trong cơ sở dữ liệu sẽ được sao lưu trước (“trước khi khôi phục”) để có thể quay lại khi cần.</translation>
    </message>
    <message>
        <source>The backup was not restored.

%1</source>
        <translation>Chưa khôi phục được bản sao lưu.

%1</translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translation>Đã khôi phục bản sao lưu %1.</translation>
    </message>
    <message>
        <source>Backup on closing</source>
        <translation>Sao lưu khi đóng phần mềm</translation>
    </message>
    <message>
        <source>The backup taken on closing could not be written. Your data is saved in the database itself.

%1</source>
        <translation>Không ghi được bản sao lưu khi đóng phần mềm. Dữ liệu của bạn vẫn được lưu trong cơ sở dữ liệu.

%1</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>%1

The latest good backup was taken %2 (%3). Restore it now?

Changes made after that backup are lost; the damaged file itself is kept in the backup folder %4.</source>
        <translation>%1

Bản sao lưu còn dùng được gần nhất được tạo lúc %2 (%3). Khôi phục ngay?

Các thay đổi sau thời điểm sao lưu đó sẽ bị mất; tệp bị hỏng được giữ lại trong thư mục sao lưu %4.</translation>
    </message>
</context>
<context>
    <name>thidua::gui::CellHistoryModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Cũ → mới</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>thực hiện</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>kỳ gốc</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>members reached</source>
        <translation>đơn vị đạt chuẩn</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
</context>
<context>
    <name>thidua::gui::CellHistoryPanel</name>
    <message>
        <source>No change recorded yet.</source>
        <translation>Chưa có thay đổi nào được ghi lại.</translation>
    </message>
    <message>
        <source>History of the cell</source>
        <translation>Lịch sử sửa đổi của ô</translation>
    </message>
    <message>
        <source>Select an indicator&apos;s cell to see who changed it, when, and from what.</source>
        <translation>Chọn một ô của chỉ tiêu để xem ai đã sửa, sửa lúc nào và giá trị trước đó.</translation>
    </message>
</context>
<context>
    <name>thidua::gui::ChartBuilders</name>
    <message>
        <source>Bars beyond %1 are cut at the edge; their label gives the real value (%2).</source>
        <translation>Các cột vượt quá %1 được cắt ở mép biểu đồ; nhãn của cột ghi giá trị thực (%2).</translation>
    </message>
    <message>
        <source>Target (100%)</source>
        <translation>Mức chỉ tiêu (100%)</translation>
    </message>
    <message>
        <source>No figures to show.</source>
        <translation>Không có số liệu để hiển thị.</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) without data are not shown: %1.</source>
        <translation>
            <numerusform>%n chỉ tiêu chưa có số liệu không được hiển thị: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No indicator of this heading has figures yet.</source>
        <translation>Chưa có chỉ tiêu nào của nhóm này có số liệu.</translation>
    </message>
    <message>
        <source>%1: achievement against the target</source>
        <translation>%1: tỷ lệ đạt so với chỉ tiêu</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>There are no sector indicators in this plan.</source>
        <translation>Kế hoạch này không có chỉ tiêu tăng trưởng các ngành.</translation>
    </message>
    <message>
        <source>No actual growth reported yet for %1.</source>
        <translation>Chưa có số liệu tăng trưởng thực hiện của %1.</translation>
    </message>
    <message>
        <source>Growth of the main sectors: plan and actual</source>
        <translation>Tăng trưởng các ngành chủ yếu: kế hoạch và thực hiện</translation>
    </message>
    <message>
        <source>Six months</source>
        <translation>Sơ kết 6 tháng</translation>
    </message>
    <message>
        <source>Year-end</source>
        <translation>Tổng kết năm</translation>
    </message>
    <message>
        <source>There are no six-month figures for this year; only year-end is shown.</source>
        <translation>Năm này chưa có số liệu sơ kết 6 tháng; chỉ hiển thị số liệu tổng kết năm.</translation>
    </message>
    <message>
        <source>There are no year-end figures yet; only the six-month report is shown.</source>
        <translation>Chưa có số liệu tổng kết năm; chỉ hiển thị số liệu sơ kết 6 tháng.</translation>
    </message>
    <message>
        <source>%1: six months and year-end</source>
        <translation>%1: sơ kết 6 tháng và tổng kết năm</translation>
    </message>
    <message>
        <source>Achievement against the year&apos;s target</source>
        <translation>Tỷ lệ đạt so với chỉ tiêu năm</translation>
    </message>
</context>
<context>
    <name>thidua::gui::CollectiveDialog</name>
    <message>
        <source>the number of members</source>
        <translation>tổng số thành viên</translation>
    </message>
    <message>
        <source>the members who completed their tasks</source>
        <translation>số thành viên hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <source>the members who reached “%1”</source>
        <translation>số thành viên đạt “%1”</translation>
    </message>
    <message>
        <source>the members disciplined</source>
        <translation>số thành viên bị kỷ luật</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The counts the title rests on, as the unit declares them. Leave a count empty until it is known: the checks say which are missing.</source>
        <translation>Các số liệu làm căn cứ xét danh hiệu, theo kê khai của đơn vị. Số liệu nào chưa có thì để trống: phần kiểm tra điều kiện sẽ cho biết còn thiếu số liệu nào.</translation>
    </message>
    <message>
        <source>&amp;Members (officials and workers):</source>
        <translation>Tổng &amp;số cán bộ, công chức, người lao động:</translation>
    </message>
    <message>
        <source>Completed their &amp;tasks:</source>
        <translation>&amp;Hoàn thành nhiệm vụ:</translation>
    </message>
    <message>
        <source>Reached “%1”:</source>
        <translation>Đạt “%1”:</translation>
    </message>
    <message>
        <source>&amp;Disciplined (warning or above):</source>
        <translation>Bị &amp;kỷ luật (từ cảnh cáo trở lên):</translation>
    </message>
    <message>
        <source>A&amp;chievement:</source>
        <translation>&amp;Thành tích:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Check the counts</source>
        <translation>Kiểm tra số liệu</translation>
    </message>
    <message>
        <source>“%1” is not a count for %2: write a whole number of 0 or more, or leave it empty.</source>
        <translation>“%1” không phải là số hợp lệ cho %2: hãy ghi số nguyên từ 0 trở lên, hoặc để trống.</translation>
    </message>
    <message>
        <source>The count of %1 (%2) is larger than the number of members (%3).</source>
        <translation>Giá trị nhập cho %1 (%2) lớn hơn tổng số thành viên (%3).</translation>
    </message>
</context>
<context>
    <name>thidua::gui::CompletenessModel</name>
    <message>
        <source>Not started</source>
        <translation>Chưa nhập</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Đã mở lại</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>✘ Overdue</source>
        <translation>✘ Quá hạn</translation>
    </message>
    <message>
        <source>– No deadline</source>
        <translation>– Chưa đặt hạn</translation>
    </message>
    <message>
        <source>✔ On time</source>
        <translation>✔ Đúng hạn</translation>
    </message>
    <message>
        <source>✘ Late</source>
        <translation>✘ Trễ hạn</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (mã %2)</translation>
    </message>
    <message>
        <source>Approved on %1; its values are locked until it is reopened.</source>
        <translation>Đã duyệt lúc %1; số liệu bị khóa cho đến khi mở lại.</translation>
    </message>
    <message>
        <source>Reopened: last submitted on %1, to be submitted again.</source>
        <translation>Đã mở lại: gửi lần trước lúc %1, cần gửi lại.</translation>
    </message>
    <message>
        <source>%1 of the %2 values expected in this period are entered.</source>
        <translation>Đã nhập %1 trên %2 số liệu phải báo cáo trong kỳ.</translation>
    </message>
    <message>
        <source>Values without an actual figure, or without last year&apos;s figure where the indicator needs one.</source>
        <translation>Số liệu chưa có kết quả thực hiện, hoặc chưa có số liệu năm trước ở chỉ tiêu cần số liệu đó.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Cụm, khối</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>Thời điểm gửi</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Values entered</source>
        <translation>Số liệu đã nhập</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Còn thiếu</translation>
    </message>
</context>
<context>
    <name>thidua::gui::CompletenessView</name>
    <message>
        <source>Set deadline</source>
        <translation>Đặt hạn nộp</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>Report &amp;deadline:</source>
        <translation>&amp;Hạn nộp báo cáo:</translation>
    </message>
    <message>
        <source>Double-click a unit, or select it and press Enter, to open its report.</source>
        <translation>Nhấp đúp vào một đơn vị, hoặc chọn rồi nhấn Enter, để mở báo cáo của đơn vị đó.</translation>
    </message>
    <message>
        <source>Cannot read the reporting periods</source>
        <translation>Không đọc được các kỳ báo cáo</translation>
    </message>
    <message>
        <source>The database is open read-only: the deadline cannot be changed.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ xem: không đổi được hạn nộp.</translation>
    </message>
    <message>
        <source>Units that submit on or before this day are on time.</source>
        <translation>Đơn vị gửi báo cáo đến hết ngày này là đúng hạn.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(chưa đặt)</translation>
    </message>
    <message>
        <source>Cannot set the deadline</source>
        <translation>Không đặt được hạn nộp</translation>
    </message>
    <message>
        <source>Cannot read the reports</source>
        <translation>Không đọc được các báo cáo</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>The plan has no reporting periods.</source>
        <translation>Kế hoạch chưa có kỳ báo cáo.</translation>
    </message>
    <message>
        <source>No unit has targets assessed in this period yet.</source>
        <translation>Chưa có đơn vị nào được giao chỉ tiêu đánh giá trong kỳ này.</translation>
    </message>
    <message>
        <source>Received %1/%2 reports, %3 on time, %4 approved.</source>
        <translation>Đã nhận %1/%2 báo cáo, %3 đúng hạn, %4 đã duyệt.</translation>
    </message>
    <message>
        <source>Received %1/%2 reports, %3 approved; no deadline is set.</source>
        <translation>Đã nhận %1/%2 báo cáo, %3 đã duyệt; chưa đặt hạn nộp.</translation>
    </message>
    <message numerus="yes">
        <source>%n late.</source>
        <translation>
            <numerusform>%n báo cáo trễ hạn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue, not received.</source>
        <translation>
            <numerusform>%n đơn vị quá hạn chưa gửi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values missing in all.</source>
        <translation>
            <numerusform>Tổng cộng còn thiếu %n số liệu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thidua::gui::CopyYearDialog</name>
    <message>
        <source>Copy the plan to a new year</source>
        <translation>Chép kế hoạch sang năm mới</translation>
    </message>
    <message>
        <source>Every target of the chosen year, of the district and of each unit, is copied to the new year; its two reporting periods are created. Change the new targets in the grid afterwards.</source>
        <translation>Mọi mức chỉ tiêu của năm được chọn (của toàn huyện và của từng đơn vị) được chép sang năm mới; hai kỳ báo cáo của năm mới được tạo sẵn. Sau đó sửa các mức chỉ tiêu mới ngay trên bảng.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Chép</translation>
    </message>
    <message>
        <source>Copy the plan of &amp;year:</source>
        <translation>Chép kế hoạch &amp;năm:</translation>
    </message>
    <message>
        <source>To the new &amp;year:</source>
        <translation>Sang năm &amp;mới:</translation>
    </message>
    <message>
        <source>%1 already has targets: choose a year without any.</source>
        <translation>Năm %1 đã có chỉ tiêu giao: hãy chọn một năm chưa có.</translation>
    </message>
</context>
<context>
    <name>thidua::gui::CriteriaDelegate</name>
    <message>
        <source>Manual scoring</source>
        <translation>Chấm trực tiếp</translation>
    </message>
</context>
<context>
    <name>thidua::gui::CriteriaModel</name>
    <message>
        <source>Manual scoring</source>
        <translation>Chấm trực tiếp</translation>
    </message>
    <message>
        <source>none: scores 0</source>
        <translation>không có: được 0 điểm</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Nhóm tiêu chí</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Scored from</source>
        <translation>Chấm theo</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Cách chấm</translation>
    </message>
    <message>
        <source>Bonus on excess</source>
        <translation>Thưởng phần vượt</translation>
    </message>
    <message>
        <source>Excess up to</source>
        <translation>Vượt tối đa</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Các mức</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>Phủ quyết</translation>
    </message>
    <message>
        <source>The criterion&apos;s maximum points M, above 0.</source>
        <translation>Điểm tối đa M của tiêu chí, lớn hơn 0.</translation>
    </message>
    <message>
        <source>The plan indicator the points come from, or manual scoring by the unit, the cluster head and Home Affairs.</source>
        <translation>Chỉ tiêu kế hoạch dùng để tính điểm, hoặc chấm trực tiếp (đơn vị tự chấm, cụm trưởng chấm và Phòng Nội vụ chấm).</translation>
    </message>
    <message>
        <source>Proportional method: the share of the excess above the target added as a bonus (empty: 50%).</source>
        <translation>Cách chấm theo tỷ lệ: tỷ lệ phần vượt chỉ tiêu được cộng thêm làm điểm thưởng (để trống: 50%).</translation>
    </message>
    <message>
        <source>Proportional method: how far above the target the excess counts (empty: 20%).</source>
        <translation>Cách chấm theo tỷ lệ: phần vượt chỉ tiêu được tính tối đa đến mức nào (để trống: 20%).</translation>
    </message>
    <message>
        <source>Banded method: minimum ratio and share of the maximum, highest first, e.g. %1.</source>
        <translation>Cách chấm theo mức: tỷ lệ đạt tối thiểu và phần điểm tối đa được hưởng, mức cao ghi trước, ví dụ %1.</translation>
    </message>
    <message>
        <source>Not met (manual: below the maximum), the unit cannot be proposed for commendation, though it is still scored and ranked.</source>
        <translation>Nếu không đạt (tiêu chí chấm trực tiếp: dưới điểm tối đa), đơn vị không được đề nghị khen thưởng, nhưng vẫn được chấm điểm và xếp hạng.</translation>
    </message>
    <message>
        <source>a criterion needs a code.</source>
        <translation>tiêu chí phải có mã.</translation>
    </message>
    <message>
        <source>the code %1 is already used by another criterion of this scheme.</source>
        <translation>mã %1 đã được dùng cho một tiêu chí khác của bảng tiêu chí này.</translation>
    </message>
    <message>
        <source>a criterion needs a name.</source>
        <translation>tiêu chí phải có tên.</translation>
    </message>
    <message>
        <source>write the maximum in points.</source>
        <translation>hãy ghi điểm tối đa.</translation>
    </message>
    <message>
        <source>the maximum must be above 0.</source>
        <translation>điểm tối đa phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>the plan has no indicator %1.</source>
        <translation>kế hoạch không có chỉ tiêu %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a scoring method.</source>
        <translation>“%1” không phải là cách chấm điểm.</translation>
    </message>
    <message>
        <source>the percentage must be 0 or more.</source>
        <translation>tỷ lệ phần trăm phải từ 0 trở lên.</translation>
    </message>
    <message>
        <source>this cell cannot be edited.</source>
        <translation>không sửa được ô này.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Tiêu chí mới</translation>
    </message>
</context>
<context>
    <name>thidua::gui::DashboardCharts</name>
    <message>
        <source>H&amp;eading:</source>
        <translation>&amp;Nhóm chỉ tiêu:</translation>
    </message>
    <message>
        <source>E&amp;xport PNG…</source>
        <translation>Xuất ảnh &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the chart on screen as a picture</source>
        <translation>Lưu biểu đồ đang hiển thị thành tệp ảnh</translation>
    </message>
    <message>
        <source>&amp;Achievement per heading</source>
        <translation>&amp;Tỷ lệ đạt theo nhóm chỉ tiêu</translation>
    </message>
    <message>
        <source>&amp;Sector growth</source>
        <translation>Tăng trưởng &amp;các ngành</translation>
    </message>
    <message>
        <source>Six &amp;months and year-end</source>
        <translation>&amp;Sơ kết 6 tháng và tổng kết năm</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Xuất ảnh PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot write the picture %1.</source>
        <translation>Không ghi được tệp ảnh %1.</translation>
    </message>
</context>
<context>
    <name>thidua::gui::DashboardData</name>
    <message>
        <source>The plan has no reporting period %1.</source>
        <translation>Kế hoạch không có kỳ báo cáo %1.</translation>
    </message>
</context>
<context>
    <name>thidua::gui::DashboardHeader</name>
    <message>
        <source>%1/%2 main targets met or exceeded</source>
        <translation>%1/%2 chỉ tiêu chủ yếu đạt và vượt kế hoạch</translation>
    </message>
    <message>
        <source>reports received</source>
        <translation>báo cáo đã nhận</translation>
    </message>
    <message>
        <source>Reports submitted or approved, out of the units expected to report in this period.</source>
        <translation>Số báo cáo đã gửi hoặc đã duyệt, trên tổng số đơn vị phải nộp báo cáo trong kỳ.</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <source>Reports submitted by the period&apos;s deadline.</source>
        <translation>Số báo cáo gửi trong hạn nộp của kỳ báo cáo.</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>đã duyệt</translation>
    </message>
    <message>
        <source>Reports approved by the office.</source>
        <translation>Số báo cáo đã được Phòng Nội vụ duyệt.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>còn thiếu</translation>
    </message>
    <message>
        <source>Units expected to report whose report has not been submitted.</source>
        <translation>Số đơn vị phải nộp nhưng chưa gửi báo cáo.</translation>
    </message>
    <message>
        <source>No main target is assessed in this period.</source>
        <translation>Kỳ này không có chỉ tiêu chủ yếu nào được đánh giá.</translation>
    </message>
    <message>
        <source>%1 nearly met</source>
        <translation>%1 gần đạt</translation>
    </message>
    <message>
        <source>%1 not met</source>
        <translation>%1 chưa đạt</translation>
    </message>
    <message>
        <source>%1 without data</source>
        <translation>%1 chưa có số liệu</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Not received: %1.</source>
        <translation>Chưa nhận báo cáo: %1.</translation>
    </message>
</context>
<context>
    <name>thidua::gui::DatabaseSession</name>
    <message>
        <source>The file %1 is open in another window; close it there before replacing it. It was left unchanged.</source>
        <translation>Tệp %1 đang mở ở cửa sổ khác; hãy đóng tệp ở cửa sổ đó trước khi thay thế. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>A backup can only be restored into a database open for editing.</source>
        <translation>Chỉ khôi phục được bản sao lưu vào cơ sở dữ liệu đang mở ở chế độ chỉnh sửa.</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Đã mở ở chế độ chỉ xem</translation>
    </message>
    <message>
        <source>The database %1 is open in another window (%2), so it was opened read-only here: nothing can be changed in this window.

Close it in the other window, then open it again here to make changes.</source>
        <translation>Cơ sở dữ liệu %1 đang mở ở cửa sổ khác (%2) nên ở đây chỉ mở ở chế độ chỉ xem: không sửa được gì trong cửa sổ này.

Hãy đóng cơ sở dữ liệu ở cửa sổ kia, rồi mở lại ở đây để chỉnh sửa.</translation>
    </message>
</context>
<context>
    <name>thidua::gui::DistrictDashboard</name>
    <message>
        <source>&amp;Drill down to the communes</source>
        <translation>Xem &amp;theo xã</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>&amp;Xuất CSV…</translation>
    </message>
    <message>
        <source>◀ &amp;Back to the district</source>
        <translation>◀ &amp;Về toàn huyện</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Bảng số liệu</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>Biể&amp;u đồ</translation>
    </message>
    <message>
        <source>The communes&apos; and the town&apos;s figures for the selected indicator (Enter).</source>
        <translation>Số liệu của các xã, thị trấn ở chỉ tiêu đang chọn (Enter).</translation>
    </message>
    <message>
        <source>Double-click an indicator, or select it and press Enter, to see the communes&apos; figures.</source>
        <translation>Nhấp đúp vào một chỉ tiêu, hoặc chọn rồi nhấn Enter, để xem số liệu của các xã, thị trấn.</translation>
    </message>
    <message>
        <source>Back to the district&apos;s figures (Backspace, Alt+Left).</source>
        <translation>Về số liệu toàn huyện (Backspace, Alt+←).</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>The plan has no reporting periods.</source>
        <translation>Kế hoạch chưa có kỳ báo cáo.</translation>
    </message>
    <message>
        <source>district-dashboard-%1</source>
        <translation>tong-quan-toan-huyen-%1</translation>
    </message>
    <message>
        <source>district-%1-by-commune-%2</source>
        <translation>toan-huyen-%1-theo-xa-%2</translation>
    </message>
</context>
<context>
    <name>thidua::gui::DistrictModel</name>
    <message>
        <source>%1/%2 met or exceeded</source>
        <translation>%1/%2 đạt và vượt</translation>
    </message>
    <message>
        <source>Main targets of this heading: %1 met or exceeded, %2 nearly met, %3 not met, %4 without data.</source>
        <translation>Chỉ tiêu chủ yếu của nhóm này: %1 đạt và vượt, %2 gần đạt, %3 chưa đạt, %4 chưa có số liệu.</translation>
    </message>
    <message>
        <source>%1 (year: %2)</source>
        <translation>%1 (cả năm: %2)</translation>
    </message>
    <message>
        <source>The year&apos;s target is %1; by the end of this period %2 is expected.</source>
        <translation>Chỉ tiêu năm là %1; đến cuối kỳ này cần đạt %2.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>chưa báo cáo</translation>
    </message>
    <message>
        <source>Actual: %1. Same period last year: %2.</source>
        <translation>Thực hiện: %1. Cùng kỳ năm trước: %2.</translation>
    </message>
    <message>
        <source>There is no earlier period to compare with.</source>
        <translation>Không có kỳ trước để so sánh.</translation>
    </message>
    <message>
        <source>Not assessed in %1.</source>
        <translation>%1: không đánh giá.</translation>
    </message>
    <message>
        <source>%1: actual %2, %3 of target (%4).</source>
        <translation>%1: thực hiện %2, tỷ lệ đạt %3 (%4).</translation>
    </message>
    <message>
        <source>Change of the % of target against the previous period, in percentage points.</source>
        <translation>Thay đổi của tỷ lệ đạt so với kỳ trước, tính bằng điểm phần trăm.</translation>
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
        <source>Target</source>
        <translation>Chỉ tiêu giao</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>Tỷ lệ đạt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation>Thay đổi (điểm %)</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (từ %2)</translation>
    </message>
</context>
<context>
    <name>thidua::gui::DocumentPrinter</name>
    <message>
        <source>Print preview: %1</source>
        <translation>Xem trước khi in: %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được tệp %1: %2</translation>
    </message>
    <message>
        <source>Export XLSX</source>
        <translation>Xuất Excel (XLSX)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>thidua::gui::DocumentSettingsDialog</name>
    <message>
        <source>Document settings</source>
        <translation>Thông tin văn bản</translation>
    </message>
    <message>
        <source>e.g. UBND TỈNH BÌNH ĐỊNH</source>
        <translation>ví dụ UBND TỈNH BÌNH ĐỊNH</translation>
    </message>
    <message>
        <source>e.g. UBND HUYỆN TÂY SƠN</source>
        <translation>ví dụ UBND HUYỆN TÂY SƠN</translation>
    </message>
    <message>
        <source>e.g. Tây Sơn, for “Tây Sơn, ngày … tháng … năm …”</source>
        <translation>ví dụ Tây Sơn, để in “Tây Sơn, ngày … tháng … năm …”</translation>
    </message>
    <message>
        <source>Empty when the chairman signs himself</source>
        <translation>Để trống nếu Chủ tịch trực tiếp ký</translation>
    </message>
    <message>
        <source>One per line, e.g. Như trên;</source>
        <translation>Mỗi dòng một nơi nhận, ví dụ Như trên;</translation>
    </message>
    <message>
        <source>&amp;Parent agency:</source>
        <translation>Cơ quan &amp;chủ quản:</translation>
    </message>
    <message>
        <source>&amp;Issuing agency:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>Đị&amp;a danh:</translation>
    </message>
    <message>
        <source>Signing on &amp;behalf of:</source>
        <translation>Thẩm quyền ký (&amp;TM.):</translation>
    </message>
    <message>
        <source>Signing &amp;for:</source>
        <translation>Ký thay (&amp;KT.):</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>Chức &amp;vụ người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Nơi nhận:</translation>
    </message>
    <message>
        <source>“%1” at most (%, of those who reached “%2”):</source>
        <translation>Tỷ lệ “%1” tối đa (%, trên số đạt “%2”):</translation>
    </message>
    <message>
        <source>Check the document settings</source>
        <translation>Kiểm tra thông tin văn bản</translation>
    </message>
    <message>
        <source>“%1” is not a share for the quota: write a percentage above 0 and at most 100, e.g. 15.</source>
        <translation>“%1” không phải là tỷ lệ hợp lệ: hãy ghi số phần trăm lớn hơn 0 và không quá 100, ví dụ 15.</translation>
    </message>
    <message>
        <source>Enter the issuing agency: it heads every printed document.</source>
        <translation>Hãy nhập cơ quan ban hành: tên cơ quan được in ở đầu mọi văn bản.</translation>
    </message>
</context>
<context>
    <name>thidua::gui::DrillDownModel</name>
    <message>
        <source>%1 (year: %2)</source>
        <translation>%1 (cả năm: %2)</translation>
    </message>
    <message>
        <source>%1 of %2 communes and the town reported.</source>
        <translation>%1/%2 xã, thị trấn đã báo cáo.</translation>
    </message>
    <message>
        <source>The communes&apos; figures of this indicator do not add up to the district&apos;s.</source>
        <translation>Chỉ tiêu này không tính số liệu của huyện bằng cách cộng số liệu các xã, thị trấn.</translation>
    </message>
    <message>
        <source>Sum over the communes and the town: %1; the district&apos;s own figure: %2; gap: %3.</source>
        <translation>Tổng các xã, thị trấn: %1; số liệu của huyện: %2; chênh lệch: %3.</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (mã %2)</translation>
    </message>
    <message>
        <source>%1 of %2 communes and the town with a target reported a figure.</source>
        <translation>%1/%2 xã, thị trấn được giao chỉ tiêu đã báo cáo số liệu.</translation>
    </message>
    <message>
        <source>Sum over the communes and the town</source>
        <translation>Tổng các xã, thị trấn</translation>
    </message>
    <message>
        <source>The district&apos;s own figure</source>
        <translation>Số liệu của huyện</translation>
    </message>
    <message>
        <source>Gap (district − communes)</source>
        <translation>Chênh lệch (huyện − các xã, thị trấn)</translation>
    </message>
    <message>
        <source>Commune / town</source>
        <translation>Xã, thị trấn</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu giao</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>Tỷ lệ đạt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Đánh giá</translation>
    </message>
</context>
<context>
    <name>thidua::gui::ExportWorkbookDialog</name>
    <message>
        <source>Into the &amp;folder:</source>
        <translation>&amp;Thư mục lưu:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Export Entry Workbook</source>
        <translation>Xuất biểu mẫu nhập liệu</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>An entry workbook lists a unit&apos;s indicators with their targets for the period; the unit fills in the actual values and sends it back to be imported with File › Import Reports….</source>
        <translation>Biểu mẫu nhập liệu liệt kê các chỉ tiêu của đơn vị kèm mức chỉ tiêu của kỳ báo cáo; đơn vị điền số liệu thực hiện rồi gửi lại để nhập bằng Tệp › Nhập số liệu báo cáo….</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message numerus="yes">
        <source>All %n unit(s) with targets, one file each</source>
        <translation>
            <numerusform>Tất cả %n đơn vị được giao chỉ tiêu, mỗi đơn vị một tệp</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no reporting periods.</source>
        <translation>Kế hoạch chưa có kỳ báo cáo.</translation>
    </message>
    <message>
        <source>No unit has targets in %1: enter targets before sending out workbooks.</source>
        <translation>Chưa đơn vị nào được giao chỉ tiêu năm %1: hãy nhập chỉ tiêu giao trước khi gửi biểu mẫu.</translation>
    </message>
    <message>
        <source>Choose an existing folder for the workbooks.</source>
        <translation>Hãy chọn một thư mục đã có để lưu các biểu mẫu.</translation>
    </message>
    <message>
        <source>Folder for the workbooks</source>
        <translation>Thư mục lưu biểu mẫu</translation>
    </message>
</context>
<context>
    <name>thidua::gui::GroupDialog</name>
    <message>
        <source>Group %1</source>
        <translation>Cụm, khối thi đua: %1</translation>
    </message>
    <message>
        <source>New cluster or block</source>
        <translation>Cụm, khối thi đua mới</translation>
    </message>
    <message>
        <source>e.g. CUM_2</source>
        <translation>ví dụ CUM_2</translation>
    </message>
    <message>
        <source>e.g. Cụm thi đua số 2</source>
        <translation>ví dụ Cụm thi đua số 2</translation>
    </message>
    <message>
        <source>(no scheme yet: members are not scored)</source>
        <translation>(chưa có bảng tiêu chí: các đơn vị thành viên không được chấm điểm)</translation>
    </message>
    <message>
        <source>Cannot read the schemes</source>
        <translation>Không đọc được các bảng tiêu chí</translation>
    </message>
    <message>
        <source>Import files name the group of each unit by this code, so it does not change.</source>
        <translation>Các tệp nhập dữ liệu ghi cụm, khối của từng đơn vị bằng mã này nên mã không thay đổi được.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Scoring &amp;scheme:</source>
        <translation>&amp;Bảng tiêu chí chấm điểm:</translation>
    </message>
    <message>
        <source>Change the scoring scheme</source>
        <translation>Đổi bảng tiêu chí chấm điểm</translation>
    </message>
    <message numerus="yes">
        <source>Units of this group have %n manual score(s) entered against the criteria of the current scheme. Under the new scheme they no longer count. Change the scheme?</source>
        <translation>
            <numerusform>Các đơn vị của cụm, khối này đã có %n điểm chấm trực tiếp theo các tiêu chí của bảng hiện tại. Khi đổi sang bảng mới, các điểm này không còn được tính. Đổi bảng tiêu chí?</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the group</source>
        <translation>Kiểm tra cụm, khối</translation>
    </message>
    <message>
        <source>Enter the group&apos;s name.</source>
        <translation>Hãy nhập tên cụm, khối.</translation>
    </message>
    <message>
        <source>Enter a code for the group: letters without accents, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, e.g. CUM_2.</source>
        <translation>Hãy nhập mã cụm, khối: gồm chữ cái không dấu, chữ số, “_”, “.” hoặc “-”, ví dụ CUM_2.</translation>
    </message>
</context>
<context>
    <name>thidua::gui::ImportActions</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… và %n lỗi khác.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Reports…</source>
        <translation>&amp;Nhập số liệu báo cáo…</translation>
    </message>
    <message>
        <source>&amp;Export Entry Workbook…</source>
        <translation>&amp;Xuất biểu mẫu nhập liệu…</translation>
    </message>
    <message>
        <source>Write a unit&apos;s workbook for a period, to send out and import back filled in</source>
        <translation>Tạo biểu mẫu nhập liệu của đơn vị cho một kỳ báo cáo để gửi đi, rồi nhập lại khi đơn vị đã điền số liệu</translation>
    </message>
    <message>
        <source>The database is open read-only: reports cannot be imported.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ xem: không nhập được số liệu báo cáo.</translation>
    </message>
    <message>
        <source>Read report values from a CSV file or an entry workbook, check them and store them</source>
        <translation>Đọc số liệu báo cáo từ tệp CSV hoặc biểu mẫu nhập liệu, kiểm tra rồi lưu vào cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Import Reports</source>
        <translation>Nhập số liệu báo cáo</translation>
    </message>
    <message>
        <source>Report values (*.csv *.xlsx)</source>
        <translation>Số liệu báo cáo (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Không nhập được</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 new, %2 changed</source>
        <translation>%1 mới, %2 thay đổi</translation>
    </message>
    <message>
        <source>The backup taken before every import failed, so nothing was imported.

%1</source>
        <translation>Không tạo được bản sao lưu trước khi nhập nên chưa nhập dữ liệu nào.

%1</translation>
    </message>
    <message>
        <source>Nothing of %1 was stored.

%2</source>
        <translation>Chưa lưu số liệu nào từ %1.

%2</translation>
    </message>
    <message>
        <source>Nothing of %1 was stored: correct these rows and import it again.

%2</source>
        <translation>Chưa lưu số liệu nào từ %1: hãy sửa các dòng sau rồi nhập lại.

%2</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of %1 stored (%2).

The database as it was before is kept in the backup %3.</source>
        <translation>
            <numerusform>Đã lưu %n giá trị từ %1 (%2).

Cơ sở dữ liệu trước khi nhập được giữ trong bản sao lưu %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Entry Workbook</source>
        <translation>Xuất biểu mẫu nhập liệu</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The entry workbook of %1 for %2 was saved as %3.</source>
        <translation>Đã lưu biểu mẫu nhập liệu của %1 (%2) thành tệp %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n workbook(s) for this period are already in %1. Replace them?</source>
        <translation>
            <numerusform>Thư mục %1 đã có %n biểu mẫu của kỳ này. Thay thế các tệp đó?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry workbook(s) for %1 were saved in %2.</source>
        <translation>
            <numerusform>Đã lưu %n biểu mẫu nhập liệu (%1) vào thư mục %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not written.

%2</source>
        <translation>Không ghi được %1.

%2</translation>
    </message>
</context>
<context>
    <name>thidua::gui::ImportPreviewDialog</name>
    <message>
        <source>&amp;Show only new and changed values</source>
        <translation>&amp;Chỉ hiện giá trị mới và thay đổi</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Áp &amp;dụng</translation>
    </message>
    <message>
        <source>Import report values – %1</source>
        <translation>Nhập số liệu báo cáo – %1</translation>
    </message>
    <message>
        <source>The file must be corrected before it can be imported: nothing was stored. Correct the rows listed under “Problems” in the spreadsheet, save it and import it again.</source>
        <translation>Cần sửa tệp trước khi nhập: chưa lưu số liệu nào. Hãy sửa trong bảng tính các dòng nêu ở mục “Các lỗi”, lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <source>The file holds no values: there is nothing to import.</source>
        <translation>Tệp không có số liệu: không có gì để nhập.</translation>
    </message>
    <message>
        <source>Every value of the file is already stored: applying it changes nothing.</source>
        <translation>Mọi giá trị trong tệp đều đã được lưu: áp dụng cũng không thay đổi gì.</translation>
    </message>
    <message>
        <source>Apply stores the new and changed values all together, after a backup of the database; Cancel stores nothing.</source>
        <translation>“Áp dụng” sẽ sao lưu cơ sở dữ liệu rồi lưu cùng lúc tất cả giá trị mới và thay đổi; “Hủy” không lưu gì.</translation>
    </message>
    <message>
        <source>&amp;Show only new and changed values, and those with a problem</source>
        <translation>&amp;Chỉ hiện giá trị mới, thay đổi và giá trị có lỗi</translation>
    </message>
    <message>
        <source>&amp;Problems (%1):</source>
        <translation>Các &amp;lỗi (%1):</translation>
    </message>
    <message numerus="yes">
        <source>%1 new, %2 changed, %3 unchanged values; %n problem(s)</source>
        <translation>
            <numerusform>%1 giá trị mới, %2 thay đổi, %3 không đổi; %n lỗi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thidua::gui::ImportPreviewModel</name>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>thay đổi</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <source>✘ problem</source>
        <translation>✘ lỗi</translation>
    </message>
    <message>
        <source>%1 (code %2), row %3 of the file</source>
        <translation>%1 (mã %2), dòng %3 của tệp</translation>
    </message>
    <message>
        <source>Nothing is stored yet.</source>
        <translation>Chưa lưu số liệu nào.</translation>
    </message>
    <message>
        <source>Stored: %1; in the file: %2</source>
        <translation>Đã lưu: %1; trong tệp: %2</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Actual (stored → file)</source>
        <translation>Thực hiện (đã lưu → tệp)</translation>
    </message>
    <message>
        <source>Baseline (stored → file)</source>
        <translation>Kỳ gốc (đã lưu → tệp)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Tình trạng</translation>
    </message>
</context>
<context>
    <name>thidua::gui::IndicatorDialog</name>
    <message>
        <source>Met when the actual reaches the target.</source>
        <translation>Đạt khi kết quả thực hiện không thấp hơn mức chỉ tiêu.</translation>
    </message>
    <message>
        <source>Met when the actual stays at or below the target, e.g. a rate of malnutrition.</source>
        <translation>Đạt khi kết quả thực hiện không vượt quá mức chỉ tiêu, ví dụ tỷ lệ suy dinh dưỡng.</translation>
    </message>
    <message>
        <source>Met when the actual is below the baseline by at least the target; the report carries the baseline.</source>
        <translation>Đạt khi kết quả thực hiện giảm so với kỳ gốc ít nhất bằng mức chỉ tiêu; báo cáo ghi kèm số liệu kỳ gốc.</translation>
    </message>
    <message>
        <source>Met when the actual is above the baseline by at least the target; the report carries the baseline.</source>
        <translation>Đạt khi kết quả thực hiện tăng so với kỳ gốc ít nhất bằng mức chỉ tiêu; báo cáo ghi kèm số liệu kỳ gốc.</translation>
    </message>
    <message>
        <source>Met when the level reached is kept: the actual is at least the target level.</source>
        <translation>Đạt khi giữ vững mức đã đạt: kết quả thực hiện không thấp hơn mức chỉ tiêu.</translation>
    </message>
    <message>
        <source>Met when the report says achieved (1); 0 means not achieved.</source>
        <translation>Đạt khi báo cáo ghi đạt (1); 0 là không đạt.</translation>
    </message>
    <message>
        <source>Met when nothing happened: the actual is 0.</source>
        <translation>Đạt khi không để xảy ra trường hợp nào: kết quả thực hiện bằng 0.</translation>
    </message>
    <message>
        <source>Met when the actual is below the same period of last year.</source>
        <translation>Đạt khi kết quả thực hiện thấp hơn cùng kỳ năm trước.</translation>
    </message>
    <message>
        <source>Met when the actual is not above the same period of last year.</source>
        <translation>Đạt khi kết quả thực hiện không cao hơn cùng kỳ năm trước.</translation>
    </message>
    <message>
        <source>Met when every sub-indicator is met.</source>
        <translation>Đạt khi tất cả chỉ tiêu thành phần đều đạt.</translation>
    </message>
    <message>
        <source>Met when the named units below reach the standard; the report ticks each one.</source>
        <translation>Đạt khi các đơn vị chỉ định dưới đây đều đạt chuẩn; báo cáo đánh dấu từng đơn vị.</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Chỉ tiêu %1</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Chỉ tiêu mới</translation>
    </message>
    <message>
        <source>Cannot read the plan</source>
        <translation>Không đọc được kế hoạch</translation>
    </message>
    <message>
        <source>e.g. XH14</source>
        <translation>ví dụ XH14</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>không giới hạn dưới</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>không giới hạn trên</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>of the year&apos;s target is expected by 30 June</source>
        <translation>mức chỉ tiêu năm cần đạt đến ngày 30/6</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Unit of measure:</source>
        <translation>Đơn &amp;vị tính:</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Nhóm chỉ tiêu:</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>Th&amp;uộc chỉ tiêu:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại chỉ tiêu:</translation>
    </message>
    <message>
        <source>Period &amp;basis:</source>
        <translation>Cách tính theo &amp;kỳ:</translation>
    </message>
    <message>
        <source>Mid-year &amp;share:</source>
        <translation>Tỷ lệ &amp;giữa năm:</translation>
    </message>
    <message>
        <source>Valid &amp;range:</source>
        <translation>Khoảng giá trị &amp;hợp lệ:</translation>
    </message>
    <message>
        <source>Named &amp;units:</source>
        <translation>Đơn vị &amp;chỉ định:</translation>
    </message>
    <message>
        <source>Reports, targets and criteria refer to the indicator by its code.</source>
        <translation>Báo cáo, chỉ tiêu giao và tiêu chí chấm điểm xác định chỉ tiêu theo mã này.</translation>
    </message>
    <message>
        <source>(none: directly under the heading)</source>
        <translation>(không: thuộc trực tiếp nhóm chỉ tiêu)</translation>
    </message>
    <message>
        <source>Check the indicator</source>
        <translation>Kiểm tra chỉ tiêu</translation>
    </message>
    <message>
        <source>Enter a code for the indicator: letters without accents, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, e.g. XH14.</source>
        <translation>Hãy nhập mã chỉ tiêu: gồm chữ cái không dấu, chữ số, “_”, “.” hoặc “-”, ví dụ XH14.</translation>
    </message>
    <message>
        <source>The code %1 is already used by the indicator %2.</source>
        <translation>Mã %1 đã được dùng cho chỉ tiêu %2.</translation>
    </message>
    <message>
        <source>Enter the indicator&apos;s name, as in the plan.</source>
        <translation>Hãy nhập tên chỉ tiêu như trong kế hoạch.</translation>
    </message>
    <message>
        <source>Mid-year share</source>
        <translation>Tỷ lệ giữa năm</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Giá trị tối thiểu</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Giá trị tối đa</translation>
    </message>
    <message>
        <source>The mid-year share is a part of the year&apos;s target: above 0 and at most 1, e.g. %1 for half of it by 30 June.</source>
        <translation>Tỷ lệ giữa năm là phần chỉ tiêu năm cần đạt đến ngày 30/6: lớn hơn 0 và không quá 1, ví dụ %1 là một nửa chỉ tiêu năm.</translation>
    </message>
    <message>
        <source>The minimum (%1) is above the maximum (%2).</source>
        <translation>Giá trị tối thiểu (%1) lớn hơn giá trị tối đa (%2).</translation>
    </message>
    <message>
        <source>Tick the units that must reach the standard.</source>
        <translation>Hãy đánh dấu các đơn vị phải đạt chuẩn.</translation>
    </message>
    <message>
        <source>Only the kind &apos;%1&apos; names units. Untick them, or choose that kind.</source>
        <translation>Chỉ loại “%1” mới có đơn vị chỉ định. Hãy bỏ đánh dấu các đơn vị, hoặc chọn loại đó.</translation>
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
    <message>
        <source>Valid values: from %1 to %2</source>
        <translation>Giá trị hợp lệ: từ %1 đến %2</translation>
    </message>
    <message>
        <source>Valid values: at least %1</source>
        <translation>Giá trị hợp lệ: tối thiểu %1</translation>
    </message>
    <message>
        <source>Valid values: at most %1</source>
        <translation>Giá trị hợp lệ: tối đa %1</translation>
    </message>
    <message>
        <source>Expected by mid-year: %1 × the year&apos;s target</source>
        <translation>Mức cần đạt giữa năm: %1 × chỉ tiêu năm</translation>
    </message>
    <message>
        <source>Named units: %1</source>
        <translation>Các đơn vị chỉ định: %1</translation>
    </message>
</context>
<context>
    <name>thidua::gui::IndividualDialog</name>
    <message>
        <source>Add an individual</source>
        <translation>Thêm cá nhân</translation>
    </message>
    <message>
        <source>Edit an individual</source>
        <translation>Sửa thông tin cá nhân</translation>
    </message>
    <message>
        <source>Full name, e.g. Nguyễn Văn An</source>
        <translation>Họ và tên, ví dụ Nguyễn Văn An</translation>
    </message>
    <message>
        <source>e.g. Chủ tịch UBND xã</source>
        <translation>ví dụ Chủ tịch UBND xã</translation>
    </message>
    <message>
        <source>Reached “%1” this year</source>
        <translation>Đạt “%1” trong năm</translation>
    </message>
    <message>
        <source>The initiative and the decision recognising it</source>
        <translation>Tên sáng kiến và quyết định công nhận</translation>
    </message>
    <message>
        <source>One line for the printed list</source>
        <translation>Một dòng, để in trong danh sách</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Họ và tê&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Form of commendation:</source>
        <translation>&amp;Hình thức khen thưởng:</translation>
    </message>
    <message>
        <source>A&amp;chievement:</source>
        <translation>&amp;Thành tích:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>&amp;Initiative (required):</source>
        <translation>&amp;Sáng kiến (bắt buộc):</translation>
    </message>
    <message>
        <source>&amp;Initiative:</source>
        <translation>&amp;Sáng kiến:</translation>
    </message>
    <message>
        <source>Check the entry</source>
        <translation>Kiểm tra thông tin đề nghị</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name, as it will be printed.</source>
        <translation>Hãy nhập họ và tên của cá nhân, đúng như sẽ in trong danh sách.</translation>
    </message>
    <message>
        <source>Choose the person&apos;s unit.</source>
        <translation>Hãy chọn đơn vị của cá nhân.</translation>
    </message>
    <message>
        <source>“%1” rests on a recognised initiative: enter the initiative.</source>
        <translation>Danh hiệu “%1” phải có sáng kiến được công nhận: hãy nhập sáng kiến.</translation>
    </message>
</context>
<context>
    <name>thidua::gui::MainTabs</name>
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
        <source>Targets</source>
        <translation>Chỉ tiêu giao</translation>
    </message>
    <message>
        <source>Scoring schemes</source>
        <translation>Bảng tiêu chí</translation>
    </message>
    <message>
        <source>Report entry</source>
        <translation>Nhập báo cáo</translation>
    </message>
    <message>
        <source>Reports received</source>
        <translation>Tiếp nhận báo cáo</translation>
    </message>
    <message>
        <source>Manual scores</source>
        <translation>Chấm điểm trực tiếp</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Toàn huyện</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Bảng điểm đơn vị</translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Dashboards: %1</source>
        <translation>Tổng quan: %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Read the database again, to see what others have written since</source>
        <translation>Đọc lại cơ sở dữ liệu để thấy những gì người khác mới ghi vào</translation>
    </message>
    <message>
        <source>Commendations</source>
        <translation>Khen thưởng</translation>
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
    <message>
        <source>&amp;Viewer Mode (read only)</source>
        <translation>&amp;Chế độ chỉ xem (chỉ đọc)</translation>
    </message>
    <message>
        <source>Open databases read-only, to look without changing anything</source>
        <translation>Mở cơ sở dữ liệu ở chế độ chỉ đọc, chỉ xem, không sửa đổi gì</translation>
    </message>
</context>
<context>
    <name>thidua::gui::ManualScoresModel</name>
    <message>
        <source>not scored yet</source>
        <translation>chưa chấm</translation>
    </message>
    <message>
        <source>These points are the ones used.</source>
        <translation>Điểm này được dùng để tính.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>the points must be 0 or more</source>
        <translation>điểm phải từ 0 trở lên</translation>
    </message>
    <message>
        <source>%1 is above the maximum of %2 points</source>
        <translation>%1 vượt quá điểm tối đa %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>nothing stores it</source>
        <translation>không có nơi lưu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Empty the cell to clear the points of this level.</source>
        <translation>Xóa trống ô để bỏ điểm của cấp chấm này.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Level used</source>
        <translation>Cấp chấm được dùng</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
</context>
<context>
    <name>thidua::gui::ManualScoresView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Manual criteria: points entered at three levels, the highest level counts</source>
        <translation>Tiêu chí chấm trực tiếp: điểm nhập ở ba cấp, lấy điểm của cấp cao nhất đã chấm</translation>
    </message>
    <message>
        <source>Bonus items and deductions</source>
        <translation>Điểm thưởng và điểm trừ</translation>
    </message>
    <message>
        <source>Cannot read the units and periods</source>
        <translation>Không đọc được danh sách đơn vị và kỳ báo cáo</translation>
    </message>
    <message>
        <source>Scored on: %1</source>
        <translation>Chấm theo bảng tiêu chí: %1</translation>
    </message>
    <message>
        <source>(no manual criteria: every point comes from the reports)</source>
        <translation>(không có tiêu chí chấm trực tiếp: mọi điểm đều tính từ báo cáo)</translation>
    </message>
    <message>
        <source>Cannot read the scores</source>
        <translation>Không đọc được điểm</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ xem.</translation>
    </message>
    <message>
        <source>Pick a period and a unit.</source>
        <translation>Hãy chọn kỳ báo cáo và đơn vị.</translation>
    </message>
    <message>
        <source>This unit is not scored: it is archived or its group has no scheme.</source>
        <translation>Đơn vị này không được chấm điểm: đơn vị đã lưu trữ hoặc cụm, khối của đơn vị chưa có bảng tiêu chí.</translation>
    </message>
    <message>
        <source>no database is open.</source>
        <translation>chưa mở cơ sở dữ liệu nào.</translation>
    </message>
</context>
<context>
    <name>thidua::gui::NumberField</name>
    <message>
        <source>%1: write %2 without thousands separators, e.g. 2000.</source>
        <translation>%1: hãy ghi %2 không có dấu phân cách hàng nghìn, ví dụ 2000.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number. Write it like %3.</source>
        <translation>%1: “%2” không phải là số. Hãy ghi theo dạng %3.</translation>
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
    <message>
        <source>Add &amp;indicator…</source>
        <translation>Thêm &amp;chỉ tiêu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
</context>
<context>
    <name>thidua::gui::RankingModel</name>
    <message>
        <source>%1 (tie)</source>
        <translation>%1 (đồng hạng)</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>đủ điều kiện</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>không đủ điều kiện</translation>
    </message>
    <message>
        <source>Tied at rank %1 with %2: the same rounded total %3.</source>
        <translation>Đồng hạng %1 với %2: cùng tổng điểm (đã làm tròn) là %3.</translation>
    </message>
    <message>
        <source>No veto criterion failed.</source>
        <translation>Đạt tất cả tiêu chí phủ quyết.</translation>
    </message>
    <message>
        <source>Veto criterion %1 not met: ranked, but cannot be proposed.</source>
        <translation>Chưa đạt tiêu chí phủ quyết %1: vẫn được xếp hạng nhưng không được đề nghị khen thưởng.</translation>
    </message>
    <message>
        <source>Several eligible units share the highest total: the Council decides.</source>
        <translation>Nhiều đơn vị đủ điều kiện bằng điểm cao nhất: Hội đồng Thi đua - Khen thưởng xem xét, quyết định.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Điều kiện</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>Title candidate</source>
        <translation>Danh hiệu đề nghị</translation>
    </message>
    <message>
        <source>Proposals only: the Emulation and Commendation Council decides.</source>
        <translation>Kết quả chỉ là đề nghị; Hội đồng Thi đua - Khen thưởng xem xét, quyết định.</translation>
    </message>
</context>
<context>
    <name>thidua::gui::RankingsView</name>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>&amp;Xuất CSV…</translation>
    </message>
    <message>
        <source>Export &amp;breakdown to CSV…</source>
        <translation>Xuất c&amp;hi tiết điểm ra CSV…</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>Cluster or &amp;block:</source>
        <translation>&amp;Cụm, khối:</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>The plan has no reporting periods.</source>
        <translation>Kế hoạch chưa có kỳ báo cáo.</translation>
    </message>
    <message>
        <source>Cannot compute the rankings: %1</source>
        <translation>Không tính được xếp hạng: %1</translation>
    </message>
    <message>
        <source>No cluster or block has a scoring scheme: there is nothing to rank.</source>
        <translation>Chưa cụm, khối nào có bảng tiêu chí chấm điểm: không có gì để xếp hạng.</translation>
    </message>
    <message>
        <source>“%1” from %2 points</source>
        <translation>“%1” từ %2 điểm</translation>
    </message>
    <message>
        <source>%1: scale S = %2 points; a leader is proposed from %3 points; title candidates: %4. Eligible units only; these are proposals, the Council decides.</source>
        <translation>%1: thang điểm S = %2 điểm; đề nghị dẫn đầu từ %3 điểm; danh hiệu đề nghị: %4. Chỉ xét các đơn vị đủ điều kiện; đây là đề nghị, Hội đồng Thi đua - Khen thưởng xem xét, quyết định.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>No unit of this group is ranked.</source>
        <translation>Cụm, khối này chưa có đơn vị nào được xếp hạng.</translation>
    </message>
    <message>
        <source>Select a unit in the ranking to see how its score was built.</source>
        <translation>Chọn một đơn vị trong bảng xếp hạng để xem chi tiết cách tính điểm.</translation>
    </message>
    <message>
        <source>%1: rank %2, total %3</source>
        <translation>%1: hạng %2, tổng điểm %3</translation>
    </message>
    <message>
        <source>ranking-%1-%2</source>
        <translation>xep-hang-%1-%2</translation>
    </message>
    <message>
        <source>score-%1-%2</source>
        <translation>chi-tiet-diem-%1-%2</translation>
    </message>
    <message>
        <source>&amp;Score sheet</source>
        <translation>&amp;Phiếu chấm điểm</translation>
    </message>
    <message>
        <source>The selected unit&apos;s score sheet, as a printed document</source>
        <translation>Phiếu chấm điểm của đơn vị đang chọn, dưới dạng văn bản in</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Xem trước khi in…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <source>Cannot build the score sheet</source>
        <translation>Không lập được phiếu chấm điểm</translation>
    </message>
    <message>
        <source>score-sheet-%1-%2</source>
        <translation>phieu-cham-diem-%1-%2</translation>
    </message>
</context>
<context>
    <name>thidua::gui::ReportEntryView</name>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>sửa %1</translation>
    </message>
    <message>
        <source>This cell takes no input.</source>
        <translation>Ô này không nhập số liệu.</translation>
    </message>
    <message>
        <source>Stored at %1.</source>
        <translation>Đã lưu lúc %1.</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <source>The change was not stored</source>
        <translation>Thay đổi chưa được lưu</translation>
    </message>
    <message>
        <source>There is no report of unit %1 for period %2.</source>
        <translation>Không có báo cáo của đơn vị %1 cho kỳ %2.</translation>
    </message>
    <message>
        <source>Report of %1 — %2</source>
        <translation>Báo cáo của %1 — %2</translation>
    </message>
    <message>
        <source>%1 has no targets for this period&apos;s year, so its report has nothing to enter. Targets are assigned in the targets grid.</source>
        <translation>%1 chưa được giao chỉ tiêu của năm thuộc kỳ này nên báo cáo không có gì để nhập. Chỉ tiêu được giao ở trang Chỉ tiêu giao.</translation>
    </message>
    <message>
        <source>The database is open read-only: the report can be read but not changed.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ xem: xem được nhưng không sửa được báo cáo.</translation>
    </message>
    <message>
        <source>The report was approved on %1; reopen it to make changes.</source>
        <translation>Báo cáo đã được duyệt lúc %1; hãy mở lại báo cáo nếu cần sửa.</translation>
    </message>
    <message>
        <source>History of %1 %2</source>
        <translation>Lịch sử sửa đổi %1 %2</translation>
    </message>
    <message>
        <source>History of %1 %2: %3</source>
        <translation>Lịch sử sửa đổi %1 %2: %3</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>Bộ nhớ tạm không có nội dung để dán.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n value(s)</source>
        <translation>
            <numerusform>dán %n giá trị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>xóa %n ô</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) still have no figure.</source>
        <translation>
            <numerusform>Còn %n chỉ tiêu chưa có số liệu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) hold text that was not accepted (in red) and is not stored.</source>
        <translation>
            <numerusform>%n ô có nội dung không hợp lệ (tô đỏ) và chưa được lưu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thidua::gui::ReportFormModel</name>
    <message>
        <source>Other indicators</source>
        <translation>Chỉ tiêu khác</translation>
    </message>
    <message>
        <source>%1 is assessed at year end only: it takes no figure in the six-month report.</source>
        <translation>%1 chỉ đánh giá cuối năm: không nhập số liệu trong báo cáo 6 tháng.</translation>
    </message>
    <message>
        <source>The status of %1 follows from its sub-indicators: enter their figures.</source>
        <translation>Đánh giá của %1 căn cứ vào các chỉ tiêu thành phần: hãy nhập số liệu của các chỉ tiêu đó.</translation>
    </message>
    <message>
        <source>The figure of %1 is the number of members ticked below it.</source>
        <translation>Số liệu của %1 là số đơn vị được đánh dấu ở các dòng bên dưới.</translation>
    </message>
    <message>
        <source>%1 is not compared with a baseline.</source>
        <translation>%1 không so sánh với kỳ gốc.</translation>
    </message>
    <message>
        <source>Targets are assigned in the targets grid, not in the report.</source>
        <translation>Chỉ tiêu được giao ở trang Chỉ tiêu giao, không nhập trong báo cáo.</translation>
    </message>
    <message>
        <source>The ratio and the status are computed from the figures.</source>
        <translation>Tỷ lệ đạt và đánh giá được tính tự động từ số liệu.</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>đạt chuẩn</translation>
    </message>
    <message>
        <source>Tick when %1 has reached the standard (Space ticks and unticks).</source>
        <translation>Đánh dấu khi %1 đã đạt chuẩn (phím Space để đánh dấu hoặc bỏ đánh dấu).</translation>
    </message>
    <message>
        <source>last year: %1</source>
        <translation>năm trước: %1</translation>
    </message>
    <message>
        <source>not applicable in this period</source>
        <translation>không áp dụng trong kỳ này</translation>
    </message>
    <message>
        <source>Last year&apos;s figure: %1. Type it, or the correct figure, to use it as the baseline.</source>
        <translation>Số liệu năm trước: %1. Gõ lại số này, hoặc số đúng, để dùng làm số liệu kỳ gốc.</translation>
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
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu năm</translation>
    </message>
    <message>
        <source>Target
this period</source>
        <translation>Chỉ tiêu
kỳ này</translation>
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
        <source>Ratio</source>
        <translation>Tỷ lệ đạt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>The target assigned to the unit for the year</source>
        <translation>Mức chỉ tiêu năm giao cho đơn vị</translation>
    </message>
    <message>
        <source>The target this report is measured against: at six months, a year-to-date indicator expects its mid-year share of the year&apos;s target</source>
        <translation>Mức chỉ tiêu dùng để đánh giá báo cáo này: ở kỳ 6 tháng, chỉ tiêu lũy kế từ đầu năm chỉ cần đạt tỷ lệ giữa năm của chỉ tiêu năm</translation>
    </message>
    <message>
        <source>The figure the actual is compared with: last year&apos;s level or the same period last year</source>
        <translation>Số liệu dùng để so sánh với kết quả thực hiện: mức đạt năm trước hoặc cùng kỳ năm trước</translation>
    </message>
</context>
<context>
    <name>thidua::gui::ReportPaste</name>
    <message>
        <source>Lines below the last indicator of the form were not used.</source>
        <translation>Các dòng dưới chỉ tiêu cuối cùng của biểu không được dùng.</translation>
    </message>
    <message>
        <source>%1: cells to the right of the note were not used.</source>
        <translation>%1: các ô bên phải cột ghi chú không được dùng.</translation>
    </message>
    <message>
        <source>%1, %2: “%3” not used. %4</source>
        <translation>%1, %2: không dùng “%3”. %4</translation>
    </message>
    <message numerus="yes">
        <source>%n pasted cell(s) accepted.</source>
        <translation>
            <numerusform>Đã nhận %n ô được dán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) refused and marked in red; the first: %1</source>
        <translation>
            <numerusform>%n ô không hợp lệ, đã tô đỏ; ô đầu tiên: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thidua::gui::ReportPicker</name>
    <message>
        <source>Type part of the unit&apos;s name or code</source>
        <translation>Gõ một phần tên hoặc mã đơn vị</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
</context>
<context>
    <name>thidua::gui::ReportValueWriter</name>
    <message>
        <source>No database is open: the change was not stored.</source>
        <translation>Chưa mở cơ sở dữ liệu: thay đổi chưa được lưu.</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
</context>
<context>
    <name>thidua::gui::ReportWorkflowBar</name>
    <message>
        <source>&amp;Submit report</source>
        <translation>&amp;Gửi báo cáo</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Duyệt</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>&amp;Mở lại…</translation>
    </message>
    <message>
        <source>Send the report to Phòng Nội vụ; the time is recorded against the deadline.</source>
        <translation>Gửi báo cáo về Phòng Nội vụ; thời điểm gửi được ghi lại để đối chiếu với hạn nộp.</translation>
    </message>
    <message>
        <source>Approve the submitted report: its figures are then locked.</source>
        <translation>Duyệt báo cáo đã gửi: sau khi duyệt, số liệu bị khóa.</translation>
    </message>
    <message>
        <source>Reopen an approved report for corrections; you are asked why.</source>
        <translation>Mở lại báo cáo đã duyệt để sửa; cần nêu lý do.</translation>
    </message>
    <message>
        <source>Status: draft, not submitted.</source>
        <translation>Tình trạng: đang nhập, chưa gửi.</translation>
    </message>
    <message>
        <source>Status: draft, not submitted. Deadline: %1.</source>
        <translation>Tình trạng: đang nhập, chưa gửi. Hạn nộp: %1.</translation>
    </message>
    <message>
        <source>submitted on %1</source>
        <translation>đã gửi lúc %1</translation>
    </message>
    <message>
        <source>submitted on %1, on time</source>
        <translation>đã gửi lúc %1, đúng hạn</translation>
    </message>
    <message>
        <source>submitted on %1, late (deadline %2)</source>
        <translation>đã gửi lúc %1, trễ hạn (hạn nộp %2)</translation>
    </message>
    <message>
        <source>Status: approved on %1; %2.</source>
        <translation>Tình trạng: đã duyệt lúc %1; %2.</translation>
    </message>
    <message>
        <source>Status: %1; waiting for approval.</source>
        <translation>Tình trạng: %1; đang chờ duyệt.</translation>
    </message>
    <message>
        <source>Submit the report</source>
        <translation>Gửi báo cáo</translation>
    </message>
    <message>
        <source>Submit the report anyway?</source>
        <translation>Vẫn gửi báo cáo?</translation>
    </message>
    <message>
        <source>Cannot submit the report</source>
        <translation>Không gửi được báo cáo</translation>
    </message>
    <message>
        <source>Cannot approve the report</source>
        <translation>Không duyệt được báo cáo</translation>
    </message>
    <message>
        <source>Reopen the report</source>
        <translation>Mở lại báo cáo</translation>
    </message>
    <message>
        <source>Why is the approved report of %1 for “%2” reopened? The reason is kept in the log.</source>
        <translation>Vì sao mở lại báo cáo “%2” đã duyệt của %1? Lý do được lưu vào nhật ký.</translation>
    </message>
    <message>
        <source>Cannot reopen the report</source>
        <translation>Không mở lại được báo cáo</translation>
    </message>
</context>
<context>
    <name>thidua::gui::SchemeSettingsForm</name>
    <message>
        <source>default</source>
        <translation>mặc định</translation>
    </message>
    <message>
        <source>Add title</source>
        <translation>Thêm danh hiệu</translation>
    </message>
    <message>
        <source>Remove title</source>
        <translation>Xóa danh hiệu</translation>
    </message>
    <message>
        <source>The scale S totals are brought to. Empty: the sum of the criteria&apos;s maxima.</source>
        <translation>Thang điểm S dùng để quy đổi tổng điểm. Để trống: bằng tổng điểm tối đa của các tiêu chí.</translation>
    </message>
    <message>
        <source>At most this many bonus points count. Empty: the default, shown beside.</source>
        <translation>Số điểm thưởng tối đa được tính. Để trống: dùng mức mặc định, hiển thị bên cạnh.</translation>
    </message>
    <message>
        <source>A group&apos;s leader is proposed only from this total. Empty: the default, shown beside.</source>
        <translation>Chỉ đề nghị đơn vị dẫn đầu cụm, khối khi tổng điểm đạt từ mức này trở lên. Để trống: dùng mức mặc định, hiển thị bên cạnh.</translation>
    </message>
    <message>
        <source>Scheme &amp;name:</source>
        <translation>Tê&amp;n bảng tiêu chí:</translation>
    </message>
    <message>
        <source>&amp;Scale S:</source>
        <translation>Thang điểm &amp;S:</translation>
    </message>
    <message>
        <source>&amp;Bonus cap:</source>
        <translation>Điểm thưởng tối đ&amp;a:</translation>
    </message>
    <message>
        <source>&amp;Flag threshold:</source>
        <translation>Ngưỡng &amp;dẫn đầu:</translation>
    </message>
    <message>
        <source>Titles proposed by total</source>
        <translation>Danh hiệu đề nghị theo tổng điểm</translation>
    </message>
    <message>
        <source>points; the maxima add up to %1</source>
        <translation>điểm; tổng điểm tối đa của các tiêu chí là %1</translation>
    </message>
    <message>
        <source>= %1 points, the sum of the maxima</source>
        <translation>= %1 điểm, bằng tổng điểm tối đa của các tiêu chí</translation>
    </message>
    <message>
        <source>points, %1 of S</source>
        <translation>điểm, bằng %1 của S</translation>
    </message>
    <message>
        <source>= %1 points, %2 of S</source>
        <translation>= %1 điểm, bằng %2 của S</translation>
    </message>
    <message>
        <source>A scheme needs a name.</source>
        <translation>Bảng tiêu chí phải có tên.</translation>
    </message>
    <message>
        <source>The scale must be above 0, or empty for the sum of the maxima.</source>
        <translation>Thang điểm phải lớn hơn 0, hoặc để trống để lấy tổng điểm tối đa.</translation>
    </message>
    <message>
        <source>The bonus cap and the flag threshold must be 0 or more, or empty for the default.</source>
        <translation>Điểm thưởng tối đa và ngưỡng dẫn đầu phải từ 0 trở lên, hoặc để trống để dùng mức mặc định.</translation>
    </message>
</context>
<context>
    <name>thidua::gui::SchemeText</name>
    <message>
        <source>write the figure without thousands separators, e.g. 2000</source>
        <translation>hãy ghi số không có dấu phân cách hàng nghìn, ví dụ 2000</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1” không phải là số</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a percentage</source>
        <translation>“%1” không phải là tỷ lệ phần trăm</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a band: write the minimum ratio and the share of the maximum, e.g. %2</source>
        <translation>“%1” không đúng dạng mức: hãy ghi tỷ lệ đạt tối thiểu và phần điểm tối đa được hưởng, ví dụ %2</translation>
    </message>
    <message>
        <source>In &apos;%1&apos; the ratio and the share must be 0 or more.</source>
        <translation>Trong “%1”, tỷ lệ và phần điểm phải từ 0 trở lên.</translation>
    </message>
    <message>
        <source>Two bands start at the ratio %1.</source>
        <translation>Có hai mức cùng bắt đầu từ tỷ lệ %1.</translation>
    </message>
    <message>
        <source>Proportional</source>
        <translation>Theo tỷ lệ</translation>
    </message>
    <message>
        <source>Pass or fail</source>
        <translation>Đạt / không đạt</translation>
    </message>
    <message>
        <source>By bands</source>
        <translation>Theo mức</translation>
    </message>
    <message>
        <source>Self-score</source>
        <translation>Tự chấm</translation>
    </message>
    <message>
        <source>Cluster head</source>
        <translation>Cụm trưởng chấm</translation>
    </message>
    <message>
        <source>Home Affairs (final)</source>
        <translation>Phòng Nội vụ chấm (cuối cùng)</translation>
    </message>
    <message>
        <source>Bonus item</source>
        <translation>Điểm thưởng</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>Điểm trừ</translation>
    </message>
</context>
<context>
    <name>thidua::gui::SchemesView</name>
    <message>
        <source>&amp;Add criterion</source>
        <translation>&amp;Thêm tiêu chí</translation>
    </message>
    <message>
        <source>&amp;Remove criterion</source>
        <translation>&amp;Xóa tiêu chí</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Chuyển xuốn&amp;g</translation>
    </message>
    <message>
        <source>S&amp;cheme:</source>
        <translation>&amp;Bảng tiêu chí:</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Tổng hợp điểm</translation>
    </message>
    <message>
        <source>Cannot read the schemes</source>
        <translation>Không đọc được các bảng tiêu chí</translation>
    </message>
    <message>
        <source>This database has no scoring scheme yet: import a schemes file first.</source>
        <translation>Cơ sở dữ liệu này chưa có bảng tiêu chí chấm điểm: hãy nhập tệp bảng tiêu chí trước.</translation>
    </message>
    <message>
        <source>The database is open read-only: the schemes are shown, not changed.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ xem: xem được nhưng không sửa được các bảng tiêu chí.</translation>
    </message>
    <message>
        <source>Every change is saved at once. Maxima, methods and bands apply to every unit of the groups scored on this scheme.</source>
        <translation>Mọi thay đổi được lưu ngay. Điểm tối đa, cách chấm và các mức áp dụng cho mọi đơn vị thuộc các cụm, khối chấm theo bảng tiêu chí này.</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Xóa tiêu chí</translation>
    </message>
    <message numerus="yes">
        <source>Criterion %1 holds %n manual score(s) entered by units, cluster heads or Home Affairs. Removing it deletes them. Remove it?</source>
        <translation>
            <numerusform>Tiêu chí %1 đang có %n điểm chấm trực tiếp do đơn vị, cụm trưởng hoặc Phòng Nội vụ nhập. Xóa tiêu chí sẽ xóa luôn các điểm này. Xóa tiêu chí?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the scheme</source>
        <translation>Không lưu được bảng tiêu chí</translation>
    </message>
    <message>
        <source>%1 is scored by bands but has none: it always scores 0.</source>
        <translation>%1 chấm theo mức nhưng chưa có mức nào: luôn được 0 điểm.</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(không thuộc nhóm)</translation>
    </message>
    <message>
        <source>Sum of maxima</source>
        <translation>Tổng điểm tối đa</translation>
    </message>
    <message>
        <source>Scale S</source>
        <translation>Thang điểm S</translation>
    </message>
    <message>
        <source>Bonus cap</source>
        <translation>Điểm thưởng tối đa</translation>
    </message>
    <message>
        <source>Flag threshold</source>
        <translation>Ngưỡng dẫn đầu</translation>
    </message>
    <message>
        <source>Points are brought from %1 to the scale of %2.</source>
        <translation>Điểm được quy đổi từ thang %1 về thang %2.</translation>
    </message>
</context>
<context>
    <name>thidua::gui::ScoreBreakdownModel</name>
    <message>
        <source>not scored yet</source>
        <translation>chưa chấm</translation>
    </message>
    <message>
        <source>veto not met</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>phủ quyết</translation>
    </message>
    <message>
        <source>Does not apply to the unit in this period: left out of the points and the maximum.</source>
        <translation>Không áp dụng cho đơn vị trong kỳ này: không tính vào điểm và điểm tối đa.</translation>
    </message>
    <message>
        <source>A veto criterion that is not met: the unit cannot be proposed for commendation.</source>
        <translation>Tiêu chí phủ quyết chưa đạt: đơn vị không được đề nghị khen thưởng.</translation>
    </message>
    <message>
        <source>criterion %1 “%2” is a veto criterion and did not get its full %3 points</source>
        <translation>tiêu chí %1 “%2” là tiêu chí phủ quyết nhưng chưa đạt đủ %3 điểm</translation>
    </message>
    <message>
        <source>criterion %1 “%2” is a veto criterion and has no data, which counts as not met</source>
        <translation>tiêu chí %1 “%2” là tiêu chí phủ quyết nhưng chưa có số liệu, được tính là chưa đạt</translation>
    </message>
    <message>
        <source>criterion %1 “%2” is a veto criterion and was not met</source>
        <translation>tiêu chí %1 “%2” là tiêu chí phủ quyết nhưng chưa đạt</translation>
    </message>
    <message>
        <source>Not eligible for proposals: %1. The unit is still scored and ranked.</source>
        <translation>Không đủ điều kiện đề nghị khen thưởng: %1. Đơn vị vẫn được chấm điểm và xếp hạng.</translation>
    </message>
    <message>
        <source>Bonus items and deductions</source>
        <translation>Điểm thưởng và điểm trừ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <source>Criteria points, of the applicable maximum</source>
        <translation>Điểm các tiêu chí, trên tổng điểm tối đa được áp dụng</translation>
    </message>
    <message>
        <source>Base on the scale S</source>
        <translation>Điểm quy về thang S</translation>
    </message>
    <message>
        <source>Bonus counted (capped; %1 entered)</source>
        <translation>Điểm thưởng được tính (theo mức tối đa; đã nhập %1)</translation>
    </message>
    <message>
        <source>Bonus counted</source>
        <translation>Điểm thưởng được tính</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>Điểm trừ</translation>
    </message>
    <message>
        <source>Total, rounded to 2 decimals</source>
        <translation>Tổng điểm, làm tròn đến 2 chữ số thập phân</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn điểm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>r (% of target)</source>
        <translation>r (tỷ lệ đạt)</translation>
    </message>
    <message>
        <source>Maximum M</source>
        <translation>Điểm tối đa M</translation>
    </message>
    <message>
        <source>Points p</source>
        <translation>Điểm p</translation>
    </message>
    <message>
        <source>Of which bonus</source>
        <translation>Trong đó điểm vượt</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>Phủ quyết</translation>
    </message>
</context>
<context>
    <name>thidua::gui::ScoreSummary</name>
    <message>
        <source>Total for the period</source>
        <translation>Tổng điểm trong kỳ</translation>
    </message>
    <message>
        <source>Criteria points:</source>
        <translation>Điểm các tiêu chí:</translation>
    </message>
    <message>
        <source>Base on the scale S:</source>
        <translation>Điểm quy về thang S:</translation>
    </message>
    <message>
        <source>Bonus counted:</source>
        <translation>Điểm thưởng được tính:</translation>
    </message>
    <message>
        <source>Deductions:</source>
        <translation>Điểm trừ:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Tổng điểm:</translation>
    </message>
    <message>
        <source>%1 of %2 applicable</source>
        <translation>%1 / %2 điểm của các tiêu chí áp dụng</translation>
    </message>
    <message>
        <source>%1 (scale %2)</source>
        <translation>%1 (thang %2)</translation>
    </message>
    <message>
        <source>%1 (capped; %2 entered)</source>
        <translation>%1 (theo mức tối đa; đã nhập %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria do not apply to the unit in this period (no target assigned): the points are brought to the scale over the others.</source>
        <translation>
            <numerusform>%n tiêu chí không áp dụng cho đơn vị trong kỳ này (không được giao chỉ tiêu): điểm được quy đổi về thang điểm theo các tiêu chí còn lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>No veto criterion failed: the unit may be proposed.</source>
        <translation>Đạt tất cả tiêu chí phủ quyết: đơn vị có thể được đề nghị khen thưởng.</translation>
    </message>
    <message>
        <source>Veto criterion %1 not met: the unit is scored and ranked but cannot be proposed for commendation.</source>
        <translation>Chưa đạt tiêu chí phủ quyết %1: đơn vị vẫn được chấm điểm và xếp hạng nhưng không được đề nghị khen thưởng.</translation>
    </message>
</context>
<context>
    <name>thidua::gui::ScorecardAveragesModel</name>
    <message>
        <source>Average</source>
        <translation>Trung bình</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n đơn vị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Averages over the %n unit(s) shown</source>
        <translation>
            <numerusform>Trung bình của %n đơn vị đang hiển thị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average achievement of the %n unit(s) shown that have one: %1 of the target</source>
        <translation>
            <numerusform>Tỷ lệ đạt trung bình của %n đơn vị đang hiển thị có số liệu: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No unit shown has an achievement for this indicator.</source>
        <translation>Không đơn vị nào đang hiển thị có tỷ lệ đạt ở chỉ tiêu này.</translation>
    </message>
    <message numerus="yes">
        <source>Average score of the %n unit(s) shown that have reported figures</source>
        <translation>
            <numerusform>Điểm trung bình của %n đơn vị đang hiển thị đã có số liệu báo cáo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thidua::gui::ScorecardModel</name>
    <message>
        <source>Not scored: the unit&apos;s group has no scoring scheme.</source>
        <translation>Không chấm điểm: cụm, khối của đơn vị chưa có bảng tiêu chí.</translation>
    </message>
    <message>
        <source>Rank %1 of %2 in %3</source>
        <translation>Hạng %1/%2 trong %3</translation>
    </message>
    <message>
        <source>Not assessed in this reporting period.</source>
        <translation>Không đánh giá trong kỳ báo cáo này.</translation>
    </message>
    <message>
        <source>The unit has no target for this indicator.</source>
        <translation>Đơn vị không được giao chỉ tiêu này.</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Mức chỉ tiêu: %1</translation>
    </message>
    <message>
        <source>Target for this period: %1</source>
        <translation>Mức chỉ tiêu kỳ này: %1</translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation>Thực hiện: %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>chưa báo cáo</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>Kỳ gốc: %1</translation>
    </message>
    <message>
        <source>Achieved: %1 of the target</source>
        <translation>Tỷ lệ đạt: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Đánh giá: %1</translation>
    </message>
    <message>
        <source>Unit of measure: %1</source>
        <translation>Đơn vị tính: %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Cluster / block</source>
        <translation>Cụm, khối</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>The unit&apos;s total on its group&apos;s scoring scheme</source>
        <translation>Tổng điểm của đơn vị theo bảng tiêu chí của cụm, khối</translation>
    </message>
    <message>
        <source>The unit&apos;s rank in its cluster or block</source>
        <translation>Hạng của đơn vị trong cụm, khối</translation>
    </message>
    <message>
        <source>Click to sort by % of target.</source>
        <translation>Bấm để sắp xếp theo tỷ lệ đạt.</translation>
    </message>
</context>
<context>
    <name>thidua::gui::ScorecardProxy</name>
    <message>
        <source>Above the average of the units shown (%1).</source>
        <translation>Cao hơn mức trung bình của các đơn vị đang hiển thị (%1).</translation>
    </message>
    <message>
        <source>Below the average of the units shown (%1).</source>
        <translation>Thấp hơn mức trung bình của các đơn vị đang hiển thị (%1).</translation>
    </message>
    <message>
        <source>At the average of the units shown (%1).</source>
        <translation>Bằng mức trung bình của các đơn vị đang hiển thị (%1).</translation>
    </message>
</context>
<context>
    <name>thidua::gui::ScorecardView</name>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Cluster / block:</source>
        <translation>&amp;Cụm, khối:</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>&amp;Xuất CSV…</translation>
    </message>
    <message>
        <source>Saves the table as shown (filtered and sorted, with the averages) for a spreadsheet.</source>
        <translation>Lưu bảng đúng như đang hiển thị (đã lọc, sắp xếp, kèm dòng trung bình) để mở bằng bảng tính.</translation>
    </message>
    <message>
        <source>Cannot read the reporting periods: %1</source>
        <translation>Không đọc được các kỳ báo cáo: %1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>The plan has no reporting periods.</source>
        <translation>Kế hoạch chưa có kỳ báo cáo.</translation>
    </message>
    <message>
        <source>No unit other than the district has targets for this period yet.</source>
        <translation>Ngoài huyện, chưa có đơn vị nào được giao chỉ tiêu cho kỳ này.</translation>
    </message>
    <message>
        <source>Cannot read the scorecard: %1</source>
        <translation>Không đọc được bảng điểm đơn vị: %1</translation>
    </message>
    <message>
        <source>Cannot compute the scorecard: %1</source>
        <translation>Không tính được bảng điểm đơn vị: %1</translation>
    </message>
    <message>
        <source>All clusters and blocks</source>
        <translation>Tất cả cụm, khối</translation>
    </message>
    <message>
        <source>scorecard</source>
        <translation>bang-diem-don-vi</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>Chú giải:</translation>
    </message>
</context>
<context>
    <name>thidua::gui::ShortlistModel</name>
    <message>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>đủ điều kiện</translation>
    </message>
    <message>
        <source>not met: %1</source>
        <translation>chưa đạt %1 điều kiện</translation>
    </message>
    <message>
        <source>included</source>
        <translation>đã đưa vào</translation>
    </message>
    <message>
        <source>excluded: %1</source>
        <translation>đã loại: %1</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Đạt tất cả các điều kiện.</translation>
    </message>
    <message>
        <source>Excluded by the office: %1</source>
        <translation>Phòng Nội vụ đã loại khỏi danh sách, lý do: %1</translation>
    </message>
    <message>
        <source>Proposed by the ranking</source>
        <translation>Đề nghị từ kết quả xếp hạng</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên tập thể, cá nhân</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit / cluster</source>
        <translation>Đơn vị / cụm, khối</translation>
    </message>
    <message>
        <source>Form of commendation</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Thành tích</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kiểm tra điều kiện</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Đưa vào danh sách</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>%1 — %2: %3 proposed, at most %4 allowed (%5 of %6 who reached %7)</source>
        <translation>%1 — %2: đề nghị %3, được tối đa %4 (%5 trên %6 người đạt %7)</translation>
    </message>
</context>
<context>
    <name>thidua::gui::ShortlistView</name>
    <message>
        <source>Collectives, then individuals</source>
        <translation>Tập thể rồi cá nhân</translation>
    </message>
    <message>
        <source>One section per cluster or block</source>
        <translation>Theo cụm, khối</translation>
    </message>
    <message>
        <source>&amp;Take proposals from the ranking</source>
        <translation>&amp;Lấy đề nghị từ kết quả xếp hạng</translation>
    </message>
    <message>
        <source>Adds the leaders and title candidates of the period&apos;s rankings that are not listed yet</source>
        <translation>Thêm các đơn vị dẫn đầu và đơn vị được đề nghị danh hiệu trong kết quả xếp hạng của kỳ mà chưa có trong danh sách</translation>
    </message>
    <message>
        <source>&amp;Add individual…</source>
        <translation>Thêm &amp;cá nhân…</translation>
    </message>
    <message>
        <source>Add a person to the shortlist (Insert)</source>
        <translation>Thêm một cá nhân vào danh sách đề nghị khen thưởng (Insert)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Edit the selected entry (F2 or Enter)</source>
        <translation>Sửa đề nghị đang chọn (F2 hoặc Enter)</translation>
    </message>
    <message>
        <source>E&amp;xclude…</source>
        <translation>L&amp;oại khỏi danh sách…</translation>
    </message>
    <message>
        <source>&amp;Set status…</source>
        <translation>Cập nhật tình t&amp;rạng…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <source>Remove an entry typed in (Delete); entries from the ranking are excluded instead</source>
        <translation>Xóa đề nghị nhập thêm (Delete); đề nghị lấy từ kết quả xếp hạng thì chỉ loại khỏi danh sách</translation>
    </message>
    <message>
        <source>Document settin&amp;gs…</source>
        <translation>Thông tin &amp;văn bản…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Xem trước khi &amp;in…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Xuất &amp;Excel (XLSX)…</translation>
    </message>
    <message>
        <source>Print s&amp;ummary</source>
        <translation>In &amp;báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Xem trước khi in…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>Print the list &amp;grouped as:</source>
        <translation>Sắp xếp &amp;danh sách in theo:</translation>
    </message>
    <message>
        <source>The plan has no reporting periods.</source>
        <translation>Kế hoạch chưa có kỳ báo cáo.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>Cannot read the shortlist: %1</source>
        <translation>Không đọc được danh sách đề nghị khen thưởng: %1</translation>
    </message>
    <message>
        <source>Nothing is proposed for this period yet: take the proposals from the ranking, or add an individual.</source>
        <translation>Kỳ này chưa có đề nghị nào: hãy lấy đề nghị từ kết quả xếp hạng, hoặc thêm cá nhân.</translation>
    </message>
    <message>
        <source>Select an entry to see its checks.</source>
        <translation>Chọn một đề nghị để xem kết quả kiểm tra điều kiện.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Đạt tất cả các điều kiện.</translation>
    </message>
    <message>
        <source>Excluded: %1</source>
        <translation>Đã loại khỏi danh sách: %1</translation>
    </message>
    <message>
        <source>Members: %1; completed their tasks: %2; %3: %4; %5: %6; disciplined: %7</source>
        <translation>Thành viên: %1; hoàn thành nhiệm vụ: %2; %3: %4; %5: %6; bị kỷ luật: %7</translation>
    </message>
    <message>
        <source>Initiative: %1</source>
        <translation>Sáng kiến: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>I&amp;nclude</source>
        <translation>Đưa và&amp;o danh sách</translation>
    </message>
    <message>
        <source>The database is open for reading only.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ xem.</translation>
    </message>
    <message>
        <source>Cannot take the proposals</source>
        <translation>Không lấy được đề nghị</translation>
    </message>
    <message>
        <source>The ranking proposes nothing that is not listed already.</source>
        <translation>Kết quả xếp hạng không có đề nghị nào mới ngoài các đề nghị đã có trong danh sách.</translation>
    </message>
    <message>
        <source>Proposals added from the ranking: %1.</source>
        <translation>Số đề nghị đã thêm từ kết quả xếp hạng: %1.</translation>
    </message>
    <message>
        <source>Exclude from the shortlist</source>
        <translation>Loại khỏi danh sách đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>Why is %1 (%2) excluded from the shortlist? The reason is kept with the entry.</source>
        <translation>Vì sao loại %1 (%2) khỏi danh sách đề nghị khen thưởng? Lý do được lưu kèm đề nghị.</translation>
    </message>
    <message>
        <source>Cannot change the entry</source>
        <translation>Không sửa được đề nghị</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the shortlist?</source>
        <translation>Xóa %1 (%2) khỏi danh sách đề nghị khen thưởng?</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Xóa đề nghị</translation>
    </message>
    <message>
        <source>Cannot remove the entry</source>
        <translation>Không xóa được đề nghị</translation>
    </message>
    <message>
        <source>Cannot read the document settings</source>
        <translation>Không đọc được thông tin văn bản</translation>
    </message>
    <message>
        <source>Cannot build the document</source>
        <translation>Không lập được văn bản</translation>
    </message>
    <message>
        <source>shortlist-%1</source>
        <translation>danh-sach-de-nghi-khen-thuong-%1</translation>
    </message>
    <message>
        <source>summary-%1</source>
        <translation>bao-cao-tong-hop-%1</translation>
    </message>
    <message>
        <source>Print the list</source>
        <translation>In danh sách</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) on the list fail their checks (see the Checks column). Print them as proposals anyway?</source>
        <translation>
            <numerusform>Có %n đề nghị trong danh sách chưa đạt điều kiện (xem cột “Kiểm tra điều kiện”). Vẫn in các đề nghị này?</numerusform>
        </translation>
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
    <name>thidua::gui::StatusDialog</name>
    <message>
        <source>Status and decision</source>
        <translation>Tình trạng và quyết định khen thưởng</translation>
    </message>
    <message>
        <source>e.g. 125/QĐ-UBND</source>
        <translation>ví dụ 125/QĐ-UBND</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Tình trạng:</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>&amp;Ngày quyết định:</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <source>Check the decision</source>
        <translation>Kiểm tra quyết định</translation>
    </message>
    <message>
        <source>“%1” is not a date: write the decision&apos;s date as dd/mm/yyyy, e.g. 20/12/2021.</source>
        <translation>“%1” không phải là ngày: hãy ghi ngày quyết định theo dạng dd/mm/yyyy, ví dụ 20/12/2021.</translation>
    </message>
    <message>
        <source>An approval is made by a decision: enter the decision number, e.g. 125/QĐ-UBND.</source>
        <translation>Khen thưởng phải có quyết định: hãy nhập số quyết định, ví dụ 125/QĐ-UBND.</translation>
    </message>
</context>
<context>
    <name>thidua::gui::TableExport</name>
    <message>
        <source>Export to CSV</source>
        <translation>Xuất CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được tệp %1: %2</translation>
    </message>
</context>
<context>
    <name>thidua::gui::TargetCellInput</name>
    <message>
        <source>applies</source>
        <translation>áp dụng</translation>
    </message>
    <message>
        <source>“%1” for %2 on indicator %3: this indicator takes no target value; write x to apply it to the unit, or leave the cell empty.</source>
        <translation>“%1” của %2, chỉ tiêu %3: chỉ tiêu này không có mức chỉ tiêu; gõ x để áp dụng cho đơn vị, hoặc để trống ô.</translation>
    </message>
    <message>
        <source>“%1” for %2 on indicator %3: thousands separators are not accepted; write the plain figure, e.g. 2000.</source>
        <translation>“%1” của %2, chỉ tiêu %3: không dùng dấu phân cách hàng nghìn; hãy gõ số liền, ví dụ 2000.</translation>
    </message>
    <message>
        <source>“%1” for %2 on indicator %3 is not a number.</source>
        <translation>“%1” của %2, chỉ tiêu %3 không phải là số.</translation>
    </message>
</context>
<context>
    <name>thidua::gui::TargetGridModel</name>
    <message>
        <source>Units in no cluster or block</source>
        <translation>Đơn vị không thuộc cụm, khối nào</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>chưa có mức</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Not assigned to the unit</source>
        <translation>Chưa giao cho đơn vị</translation>
    </message>
    <message>
        <source>Applies to the unit</source>
        <translation>Áp dụng cho đơn vị</translation>
    </message>
    <message>
        <source>Assigned without a target value: not measured until one is entered</source>
        <translation>Đã giao nhưng chưa có mức chỉ tiêu: chưa đánh giá được cho đến khi nhập mức</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Mức chỉ tiêu: %1</translation>
    </message>
    <message>
        <source>District target: %1</source>
        <translation>Chỉ tiêu toàn huyện: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Kind: %3&lt;br&gt;District target: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Loại: %3&lt;br&gt;Chỉ tiêu toàn huyện: %4</translation>
    </message>
    <message>
        <source>Whole district (plan targets)</source>
        <translation>Toàn huyện (chỉ tiêu kế hoạch)</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (mã %2)</translation>
    </message>
    <message>
        <source>Saved: %1 is no longer assigned to %2.</source>
        <translation>Đã lưu: bỏ giao chỉ tiêu %1 cho %2.</translation>
    </message>
    <message>
        <source>Saved: %1 applies to %2.</source>
        <translation>Đã lưu: chỉ tiêu %1 áp dụng cho %2.</translation>
    </message>
    <message>
        <source>Saved: the target of %1 for %2 is %3.</source>
        <translation>Đã lưu: %1, chỉ tiêu %2, mức %3.</translation>
    </message>
    <message>
        <source>Nothing to paste: copy a block of cells in a spreadsheet, then choose the cell where its top-left corner goes.</source>
        <translation>Không có gì để dán: hãy sao chép một khối ô trong bảng tính, rồi chọn ô đặt góc trên bên trái của khối.</translation>
    </message>
    <message>
        <source>The block has %1 rows but only %2 units are listed from %3 down.</source>
        <translation>Khối dán có %1 dòng nhưng từ %3 trở xuống chỉ còn %2 đơn vị.</translation>
    </message>
    <message>
        <source>The block has %1 columns but only %2 indicators follow from %3 on.</source>
        <translation>Khối dán có %1 cột nhưng từ %3 trở đi chỉ còn %2 chỉ tiêu.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was pasted: %n cell(s) or line(s) cannot be stored.</source>
        <translation>
            <numerusform>Chưa dán được gì: %n ô hoặc dòng không lưu được.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s).</source>
        <translation>
            <numerusform>Đã dán %n ô.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a cell in the row of a unit of a cluster or block: the column is filled for the units of that group.</source>
        <translation>Hãy chọn một ô trên dòng của một đơn vị thuộc cụm hoặc khối: cột được điền cho các đơn vị của cụm, khối đó.</translation>
    </message>
    <message>
        <source>Every unit of %1 already has a target for %2: nothing to fill.</source>
        <translation>Mọi đơn vị của %1 đã có mức chỉ tiêu %2: không có gì để điền.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) of %1 received the district target for %2.</source>
        <translation>
            <numerusform>%n đơn vị của %1 được giao mức chỉ tiêu %2 của toàn huyện.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) removed.</source>
        <translation>
            <numerusform>Đã bỏ giao %n chỉ tiêu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thidua::gui::TargetsView</name>
    <message>
        <source>Plan &amp;year:</source>
        <translation>&amp;Năm kế hoạch:</translation>
    </message>
    <message>
        <source>&amp;Fill column with the district target</source>
        <translation>Điền &amp;cột bằng chỉ tiêu toàn huyện</translation>
    </message>
    <message>
        <source>&amp;Paste from a spreadsheet</source>
        <translation>&amp;Dán từ bảng tính</translation>
    </message>
    <message>
        <source>&amp;Copy cells</source>
        <translation>&amp;Sao chép ô</translation>
    </message>
    <message>
        <source>&amp;Remove the selected targets</source>
        <translation>&amp;Bỏ giao các chỉ tiêu đang chọn</translation>
    </message>
    <message>
        <source>Copy plan to a &amp;new year…</source>
        <translation>Chép kế hoạch sang năm &amp;mới…</translation>
    </message>
    <message>
        <source>Fill column with the district target</source>
        <translation>Điền cột bằng chỉ tiêu toàn huyện</translation>
    </message>
    <message>
        <source>Give the district&apos;s target for the current column to every unit of the current unit&apos;s cluster or block that has no target for it yet</source>
        <translation>Giao mức chỉ tiêu toàn huyện của cột đang chọn cho mọi đơn vị cùng cụm, khối với đơn vị đang chọn mà chưa được giao</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <source>Paste a block copied from a spreadsheet, its top-left corner at the current cell; all cells are stored, or none</source>
        <translation>Dán một khối ô sao chép từ bảng tính, góc trên bên trái tại ô đang chọn; lưu tất cả các ô, hoặc không lưu ô nào</translation>
    </message>
    <message>
        <source>Copy plan to a new year…</source>
        <translation>Chép kế hoạch sang năm mới…</translation>
    </message>
    <message>
        <source>Cannot read the targets</source>
        <translation>Không đọc được chỉ tiêu giao</translation>
    </message>
    <message>
        <source>Type a figure to assign a target, decimals as in %1, without thousands separators; an empty cell means the indicator is not assigned to the unit. For indicators without a target value, tick the cell. Enter and Tab store the figure and move on; Ctrl+V pastes a block copied from a spreadsheet.</source>
        <translation>Gõ số để giao chỉ tiêu, số thập phân viết như %1, không dùng dấu phân cách hàng nghìn; ô trống là chưa giao chỉ tiêu cho đơn vị. Chỉ tiêu không có mức thì đánh dấu vào ô. Enter và Tab lưu số rồi chuyển ô; Ctrl+V dán một khối sao chép từ bảng tính.</translation>
    </message>
    <message>
        <source>The database is open read-only: the targets can be read but not changed.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ xem: xem được nhưng không sửa được chỉ tiêu giao.</translation>
    </message>
    <message>
        <source>This database holds no plan yet.</source>
        <translation>Cơ sở dữ liệu này chưa có kế hoạch nào.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… và %n lỗi khác.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was pasted</source>
        <translation>Chưa dán được gì</translation>
    </message>
    <message>
        <source>No target was changed, because:</source>
        <translation>Không có chỉ tiêu nào được thay đổi, vì:</translation>
    </message>
    <message>
        <source>The plan was not copied</source>
        <translation>Chưa chép được kế hoạch</translation>
    </message>
    <message numerus="yes">
        <source>The plan of %1 was created: %n target(s) copied from %2.</source>
        <translation>
            <numerusform>Đã tạo kế hoạch năm %1: chép %n mức chỉ tiêu từ năm %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thidua::gui::TitleBandsModel</name>
    <message>
        <source>write the share of the scale, e.g. 90%.</source>
        <translation>hãy ghi tỷ lệ so với thang điểm, ví dụ 90%.</translation>
    </message>
    <message>
        <source>the share must be 0% or more.</source>
        <translation>tỷ lệ phải từ 0% trở lên.</translation>
    </message>
    <message>
        <source>another title already starts at %1.</source>
        <translation>đã có danh hiệu khác bắt đầu từ %1.</translation>
    </message>
    <message>
        <source>a band needs a title.</source>
        <translation>mức phải có tên danh hiệu.</translation>
    </message>
    <message>
        <source>Title bands, row %1: %2</source>
        <translation>Mức danh hiệu, dòng %1: %2</translation>
    </message>
    <message>
        <source>From (share of S)</source>
        <translation>Từ (tỷ lệ của S)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Title proposed</source>
        <translation>Danh hiệu đề nghị</translation>
    </message>
    <message>
        <source>A title already starts at 0%: change the shares before adding a band.</source>
        <translation>Đã có danh hiệu bắt đầu từ 0%: hãy sửa các tỷ lệ trước khi thêm mức mới.</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Danh hiệu mới</translation>
    </message>
    <message>
        <source>A scheme keeps at least one title band: change its share or title instead.</source>
        <translation>Bảng tiêu chí phải có ít nhất một mức danh hiệu: hãy sửa tỷ lệ hoặc tên danh hiệu của mức này.</translation>
    </message>
</context>
<context>
    <name>thidua::gui::UnitDialog</name>
    <message>
        <source>&amp;Archived: no longer takes part (its history is kept)</source>
        <translation>Đã lư&amp;u trữ: không còn tham gia thi đua (vẫn giữ lịch sử)</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>Đơn vị: %1</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Đơn vị mới</translation>
    </message>
    <message>
        <source>e.g. BINH_MY</source>
        <translation>ví dụ BINH_MY</translation>
    </message>
    <message>
        <source>e.g. Xã Bình Mỹ</source>
        <translation>ví dụ Xã Bình Mỹ</translation>
    </message>
    <message>
        <source>(in no cluster or block)</source>
        <translation>(không thuộc cụm, khối nào)</translation>
    </message>
    <message>
        <source>Cannot read the groups</source>
        <translation>Không đọc được danh sách cụm, khối</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot read the unit</source>
        <translation>Không đọc được thông tin đơn vị</translation>
    </message>
    <message>
        <source>The code cannot change: the unit already has reports, targets or scores.</source>
        <translation>Không đổi được mã: đơn vị đã có báo cáo, chỉ tiêu giao hoặc điểm.</translation>
    </message>
    <message>
        <source>The code can still change: the unit has no data yet.</source>
        <translation>Vẫn đổi được mã: đơn vị chưa có dữ liệu.</translation>
    </message>
    <message>
        <source>Files and the command line name the unit by its code; it cannot change once the unit has data.</source>
        <translation>Các tệp dữ liệu và dòng lệnh xác định đơn vị theo mã; khi đơn vị đã có dữ liệu thì không đổi được mã.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Cluster or &amp;block:</source>
        <translation>&amp;Cụm, khối:</translation>
    </message>
    <message>
        <source>Check the unit</source>
        <translation>Kiểm tra đơn vị</translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name, as on official documents.</source>
        <translation>Hãy nhập tên đơn vị như trên văn bản chính thức.</translation>
    </message>
    <message>
        <source>Enter a code for the unit: letters without accents, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, e.g. BINH_MY.</source>
        <translation>Hãy nhập mã đơn vị: gồm chữ cái không dấu, chữ số, “_”, “.” hoặc “-”, ví dụ BINH_MY.</translation>
    </message>
</context>
<context>
    <name>thidua::gui::UnitTreeModel</name>
    <message>
        <source>Units in no group</source>
        <translation>Đơn vị chưa thuộc cụm, khối nào</translation>
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
    <message>
        <source>(none: members are not scored)</source>
        <translation>(chưa có: các đơn vị thành viên không được chấm điểm)</translation>
    </message>
    <message>
        <source>Archived: no longer takes part; its history is kept</source>
        <translation>Đã lưu trữ: không còn tham gia thi đua; vẫn giữ lịch sử</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (đã lưu trữ)</translation>
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
    <message>
        <source>Add &amp;unit…</source>
        <translation>Thêm đơn &amp;vị…</translation>
    </message>
    <message>
        <source>Add cluster or &amp;block…</source>
        <translation>Thêm &amp;cụm, khối…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Lưu trữ</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>C&amp;huyển sang</translation>
    </message>
    <message>
        <source>(in no cluster or block)</source>
        <translation>(không thuộc cụm, khối nào)</translation>
    </message>
    <message>
        <source>Cannot move the unit</source>
        <translation>Không chuyển được đơn vị</translation>
    </message>
    <message>
        <source>Cannot archive the unit</source>
        <translation>Không lưu trữ được đơn vị</translation>
    </message>
    <message>
        <source>Cannot restore the unit</source>
        <translation>Không khôi phục được đơn vị</translation>
    </message>
    <message>
        <source>Cannot delete the unit</source>
        <translation>Không xóa được đơn vị</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>Xóa đơn vị</translation>
    </message>
    <message>
        <source>%1 has reports, targets or scores, so it stays in the campaign&apos;s record and cannot be deleted. It is already archived.</source>
        <translation>%1 đã có báo cáo, chỉ tiêu giao hoặc điểm nên phải được giữ lại trong hồ sơ thi đua, không xóa được. Đơn vị này đã được lưu trữ.</translation>
    </message>
    <message>
        <source>%1 has reports, targets or scores, so it stays in the campaign&apos;s record and cannot be deleted.

Archive it instead? An archived unit leaves the lists and the ranking, and can be restored at any time.</source>
        <translation>%1 đã có báo cáo, chỉ tiêu giao hoặc điểm nên phải được giữ lại trong hồ sơ thi đua, không xóa được.

Lưu trữ đơn vị thay vì xóa? Đơn vị đã lưu trữ không còn trong các danh sách và bảng xếp hạng, và có thể khôi phục bất cứ lúc nào.</translation>
    </message>
    <message>
        <source>Delete %1 (code %2)? It has no reports, targets or scores yet. This cannot be undone.</source>
        <translation>Xóa %1 (mã %2)? Đơn vị chưa có báo cáo, chỉ tiêu giao hay điểm nào. Thao tác này không hoàn tác được.</translation>
    </message>
    <message>
        <source>Cannot delete the group</source>
        <translation>Không xóa được cụm, khối</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Xóa cụm, khối</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n unit(s), archived ones included. Move them to another cluster or block first (Edit, or Move to in the context menu).</source>
        <translation>
            <numerusform>%1 vẫn còn %n đơn vị, kể cả đơn vị đã lưu trữ. Hãy chuyển các đơn vị này sang cụm, khối khác trước (bằng Sửa, hoặc Chuyển sang trong trình đơn chuột phải).</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the empty group %1? This cannot be undone.</source>
        <translation>Xóa cụm, khối trống %1? Thao tác này không hoàn tác được.</translation>
    </message>
</context>
<context>
    <name>thidua::gui::ValueValidator</name>
    <message>
        <source>from %1 to %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>tối thiểu %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>tối đa %1</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type a figure such as 12,5.</source>
        <translation>“%1” không phải là số. Hãy gõ số, ví dụ 12,5.</translation>
    </message>
    <message>
        <source>“%1” has a thousands separator and could be read two ways. Type the plain figure without dots, e.g. 2000; decimals take a comma, e.g. 12,5.</source>
        <translation>“%1” có dấu phân cách hàng nghìn nên có thể hiểu theo hai cách. Hãy gõ số liền, không có dấu chấm, ví dụ 2000; phần thập phân dùng dấu phẩy, ví dụ 12,5.</translation>
    </message>
    <message>
        <source>Type 1 if %1 was achieved, 0 if not (the value given was %2).</source>
        <translation>Gõ 1 nếu %1 đạt, 0 nếu không đạt (giá trị đã nhập là %2).</translation>
    </message>
    <message>
        <source>%1 is outside the range allowed for %2: %3.</source>
        <translation>%1 nằm ngoài khoảng giá trị cho phép của %2: %3.</translation>
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
    <message>
        <source>&apos;%1&apos; cannot be a code: use 1 to 32 letters without accents, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, without spaces.</source>
        <translation>“%1” không dùng làm mã được: hãy dùng từ 1 đến 32 ký tự gồm chữ cái không dấu, chữ số, “_”, “.” hoặc “-”, không có dấu cách.</translation>
    </message>
    <message>
        <source>The code %1 is already used by another indicator.</source>
        <translation>Mã %1 đã được dùng cho một chỉ tiêu khác.</translation>
    </message>
    <message>
        <source>%1 cannot be placed under %2: %2 is %1 itself or one of its sub-indicators.</source>
        <translation>Không đặt được %1 dưới %2: %2 chính là %1 hoặc là một chỉ tiêu thành phần của %1.</translation>
    </message>
    <message>
        <source>The indicator %1 needs a name.</source>
        <translation>Chỉ tiêu %1 phải có tên.</translation>
    </message>
    <message>
        <source>The indicator %1 cannot be its own parent.</source>
        <translation>Chỉ tiêu %1 không thể là thành phần của chính nó.</translation>
    </message>
    <message>
        <source>The valid range of %1 is upside down: the minimum %2 is above the maximum %3.</source>
        <translation>Khoảng giá trị hợp lệ của %1 bị ngược: giá trị tối thiểu %2 lớn hơn giá trị tối đa %3.</translation>
    </message>
    <message>
        <source>The mid-year share of %1 must be above 0 and at most 1, not %2.</source>
        <translation>Tỷ lệ giữa năm của %1 phải lớn hơn 0 và không quá 1, không được là %2.</translation>
    </message>
    <message>
        <source>Only an indicator of the kind &apos;named units reach the standard&apos; names member units; %1 is of another kind.</source>
        <translation>Chỉ loại chỉ tiêu “Các đơn vị chỉ định đạt chuẩn” mới có đơn vị chỉ định; chỉ tiêu %1 thuộc loại khác.</translation>
    </message>
    <message>
        <source>still a draft</source>
        <translation>vẫn đang nhập</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>đã duyệt</translation>
    </message>
    <message>
        <source>report</source>
        <translation>báo cáo</translation>
    </message>
    <message>
        <source>The report of %1 for %2 has been approved, so its values are locked. Reopen the report to change them.</source>
        <translation>Báo cáo %2 của %1 đã được duyệt nên số liệu bị khóa. Hãy mở lại báo cáo để sửa.</translation>
    </message>
    <message>
        <source>The report of %1 for %2 is already approved. Reopen it before submitting it again.</source>
        <translation>Báo cáo %2 của %1 đã được duyệt. Hãy mở lại báo cáo trước khi gửi lại.</translation>
    </message>
    <message>
        <source>The report of %1 for %2 is already approved.</source>
        <translation>Báo cáo %2 của %1 đã được duyệt rồi.</translation>
    </message>
    <message>
        <source>The report of %1 for %2 cannot be approved: it has not been submitted.</source>
        <translation>Chưa duyệt được báo cáo %2 của %1: báo cáo chưa được gửi.</translation>
    </message>
    <message>
        <source>The report of %1 for %2 cannot be reopened: only an approved report can be, and this one is %3.</source>
        <translation>Không mở lại được báo cáo %2 của %1: chỉ mở lại được báo cáo đã duyệt, còn báo cáo này %3.</translation>
    </message>
    <message>
        <source>The report of %1 for %2 can be reopened only with a reason: say why it must be changed.</source>
        <translation>Muốn mở lại báo cáo %2 của %1 phải nêu lý do: vì sao cần sửa.</translation>
    </message>
    <message>
        <source>A bonus item or deduction needs a reason.</source>
        <translation>Điểm thưởng hoặc điểm trừ phải có lý do.</translation>
    </message>
    <message>
        <source>The points of &apos;%1&apos; must be 0 or more.</source>
        <translation>Điểm của “%1” phải từ 0 trở lên.</translation>
    </message>
    <message>
        <source>Unit %1 has no item &apos;%2&apos; in period %3.</source>
        <translation>Đơn vị %1 không có khoản “%2” trong kỳ %3.</translation>
    </message>
    <message>
        <source>Unit %1 already has an item &apos;%2&apos; of that kind in period %3.</source>
        <translation>Đơn vị %1 đã có khoản “%2” cùng loại trong kỳ %3.</translation>
    </message>
    <message>
        <source>A criterion needs a code.</source>
        <translation>Tiêu chí phải có mã.</translation>
    </message>
    <message>
        <source>Scheme %1 has no criterion &apos;%2&apos;.</source>
        <translation>Bảng tiêu chí %1 không có tiêu chí “%2”.</translation>
    </message>
    <message>
        <source>Scheme %1 already has a criterion &apos;%2&apos;.</source>
        <translation>Bảng tiêu chí %1 đã có tiêu chí “%2”.</translation>
    </message>
    <message>
        <source>Indicator %1 needs a target value for %2.</source>
        <translation>Chỉ tiêu %1 giao cho %2 cần có mức chỉ tiêu.</translation>
    </message>
    <message>
        <source>The target %1 for %2 on indicator %3 is outside the valid range %4.</source>
        <translation>Mức chỉ tiêu %1 giao cho %2 ở chỉ tiêu %3 nằm ngoài khoảng giá trị hợp lệ %4.</translation>
    </message>
    <message>
        <source>The district has no target for indicator %1 in %2: there is nothing to fill with.</source>
        <translation>Toàn huyện chưa có mức chỉ tiêu %1 năm %2: không có gì để điền.</translation>
    </message>
    <message>
        <source>The plan of %1 cannot be copied onto the same year.</source>
        <translation>Không thể chép kế hoạch năm %1 vào chính năm đó.</translation>
    </message>
    <message>
        <source>There is no plan for %1 to copy.</source>
        <translation>Không có kế hoạch năm %1 để chép.</translation>
    </message>
    <message>
        <source>The plan of %1 already has targets: copying the plan of %2 over them would mix two plans. Change the targets of %1 in the grid instead.</source>
        <translation>Kế hoạch năm %1 đã có chỉ tiêu giao: chép kế hoạch năm %2 đè lên sẽ trộn lẫn hai kế hoạch. Hãy sửa chỉ tiêu năm %1 ngay trên bảng.</translation>
    </message>
    <message>
        <source>The %1 %2 needs a name.</source>
        <translation>Phải nhập tên cho %1 %2.</translation>
    </message>
    <message>
        <source>The code %1 is already used by the %2 %3.</source>
        <translation>Mã %1 đã được dùng cho %2 %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n báo cáo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n chỉ tiêu giao</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n manual score(s)</source>
        <translation>
            <numerusform>%n điểm chấm trực tiếp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bonus item(s) or deduction(s)</source>
        <translation>
            <numerusform>%n khoản điểm thưởng hoặc điểm trừ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) as a named member in reports</source>
        <translation>
            <numerusform>%n lần được đánh dấu là đơn vị chỉ định trong báo cáo</numerusform>
        </translation>
    </message>
    <message>
        <source>The code of %1 cannot change: the unit already has %2.</source>
        <translation>Không đổi được mã của %1: đơn vị đã có %2.</translation>
    </message>
    <message>
        <source>%1 has %2, so it cannot be deleted; archive it instead: it then leaves the lists and the ranking, and its history is kept.</source>
        <translation>%1 đã có %2 nên không xóa được; hãy lưu trữ đơn vị thay vì xóa: khi đó đơn vị không còn trong các danh sách và bảng xếp hạng, lịch sử vẫn được giữ.</translation>
    </message>
    <message>
        <source>%1 is a named member of the indicator(s) %2; remove it from their named members first.</source>
        <translation>%1 là đơn vị chỉ định của chỉ tiêu %2; hãy bỏ đơn vị khỏi danh sách đơn vị chỉ định của các chỉ tiêu đó trước.</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n unit(s), archived ones included; move them to another group before deleting it.</source>
        <translation>
            <numerusform>%1 vẫn còn %n đơn vị, kể cả đơn vị đã lưu trữ; hãy chuyển các đơn vị này sang cụm, khối khác trước khi xóa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of %1 must be 0 or more (the value given was %2).</source>
        <translation>Số %1 phải từ 0 trở lên (giá trị đã nhập là %2).</translation>
    </message>
    <message>
        <source>The number of %1 (%2) cannot be more than the number of members (%3).</source>
        <translation>Số %1 (%2) không được lớn hơn số thành viên (%3).</translation>
    </message>
    <message>
        <source>%1 is awarded to a collective, so the person&apos;s name must be empty (the value given was &apos;%2&apos;).</source>
        <translation>“%1” là hình thức khen thưởng tập thể nên không ghi họ tên cá nhân (đã nhập “%2”).</translation>
    </message>
    <message>
        <source>An entry for %1 needs the person&apos;s name.</source>
        <translation>Đề nghị “%1” phải có họ và tên cá nhân.</translation>
    </message>
    <message>
        <source>%1 is awarded to a person; counts of members belong to a collective&apos;s entry.</source>
        <translation>“%1” là hình thức khen thưởng cá nhân; số liệu về thành viên chỉ ghi cho đề nghị khen thưởng tập thể.</translation>
    </message>
    <message>
        <source>members</source>
        <translation>thành viên</translation>
    </message>
    <message>
        <source>members who completed their tasks</source>
        <translation>thành viên hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <source>advanced workers</source>
        <translation>thành viên đạt Lao động tiên tiến</translation>
    </message>
    <message>
        <source>grassroots emulation soldiers</source>
        <translation>thành viên đạt Chiến sĩ thi đua cơ sở</translation>
    </message>
    <message>
        <source>members disciplined</source>
        <translation>thành viên bị kỷ luật</translation>
    </message>
    <message>
        <source>An entry left out of the list needs a reason for the exclusion.</source>
        <translation>Đề nghị bị loại khỏi danh sách phải có lý do.</translation>
    </message>
    <message>
        <source>The decision date must be a date written yyyy-mm-dd (the value given was &apos;%1&apos;).</source>
        <translation>Ngày quyết định phải ghi theo dạng yyyy-mm-dd (giá trị đã nhập là “%1”).</translation>
    </message>
    <message>
        <source>An approved entry needs the number of the decision.</source>
        <translation>Đề nghị đã quyết định khen thưởng phải có số quyết định.</translation>
    </message>
    <message>
        <source>There is no shortlist entry %1.</source>
        <translation>Danh sách đề nghị khen thưởng không có mục %1.</translation>
    </message>
    <message>
        <source>An entry proposed by the ranking keeps its period, unit and award; exclude it and add a new entry instead.</source>
        <translation>Đề nghị lấy từ kết quả xếp hạng không đổi được kỳ báo cáo, đơn vị và hình thức khen thưởng; hãy loại đề nghị này khỏi danh sách và thêm đề nghị mới.</translation>
    </message>
    <message>
        <source>%1 is already on the list of period %2 for %3.</source>
        <translation>%1 đã có trong danh sách đề nghị khen thưởng kỳ %2 với hình thức “%3”.</translation>
    </message>
    <message>
        <source>The entry for %1 was proposed by the ranking and cannot be removed; exclude it with a reason instead.</source>
        <translation>Đề nghị của %1 lấy từ kết quả xếp hạng nên không xóa được; hãy loại khỏi danh sách và nêu lý do.</translation>
    </message>
    <message>
        <source>No longer proposed by the ranking.</source>
        <translation>Kết quả xếp hạng không còn đề nghị.</translation>
    </message>
    <message>
        <source>The quota of grassroots emulation soldiers must lie between 0% and 100% (the value given was %1%).</source>
        <translation>Tỷ lệ tối đa Chiến sĩ thi đua cơ sở phải từ 0% đến 100% (giá trị đã nhập là %1%).</translation>
    </message>
    <message>
        <source>The database %1 cannot be backed up: it is not open.</source>
        <translation>Không sao lưu được cơ sở dữ liệu %1: cơ sở dữ liệu chưa được mở.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written: %2</source>
        <translation>Không ghi được bản sao lưu %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a reason for a backup.</source>
        <translation>“%1” không phải là lý do sao lưu hợp lệ.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Không tạo được thư mục sao lưu %1.</translation>
    </message>
    <message>
        <source>The damaged file %1 cannot be kept in %2; nothing was restored.</source>
        <translation>Không giữ lại được tệp bị hỏng %1 trong %2; chưa khôi phục gì.</translation>
    </message>
    <message>
        <source>A database cannot be backed up onto itself (%1).</source>
        <translation>Không thể sao lưu cơ sở dữ liệu đè lên chính nó (%1).</translation>
    </message>
    <message>
        <source>The file %1 is damaged: it fails SQLite&apos;s integrity check.</source>
        <translation>Tệp %1 bị hỏng: không qua được kiểm tra toàn vẹn của SQLite.</translation>
    </message>
    <message>
        <source>The file %1 is the database itself, not a backup of it.</source>
        <translation>Tệp %1 chính là cơ sở dữ liệu, không phải bản sao lưu.</translation>
    </message>
    <message>
        <source>%1 is not a good backup, so nothing was restored: %2</source>
        <translation>%1 không phải là bản sao lưu dùng được nên chưa khôi phục gì: %2</translation>
    </message>
    <message>
        <source>The database %1 is open in another window; close it there first. Nothing was restored.</source>
        <translation>Cơ sở dữ liệu %1 đang mở ở cửa sổ khác; hãy đóng ở cửa sổ đó trước. Chưa khôi phục gì.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be copied to %2; nothing was restored.</source>
        <translation>Không chép được bản sao lưu %1 sang %2; chưa khôi phục gì.</translation>
    </message>
    <message>
        <source>The file %1 cannot be removed; nothing was restored.</source>
        <translation>Không xóa được tệp %1; chưa khôi phục gì.</translation>
    </message>
    <message>
        <source>The database %1 cannot be replaced: %2</source>
        <translation>Không thay thế được cơ sở dữ liệu %1: %2</translation>
    </message>
</context>
</TS>
