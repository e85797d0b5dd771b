// The three documents from the demo database (the 2021 plan, Bình Thành leading the cluster at
// 2021-Y), written as PDFs and read back as the office would check a printout.
#include "PdfProbe.h"

#include "DemoDatabase.h"
#include "core/Campaign.h"
#include "core/NumberFormat.h"
#include "documents/Documents.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "storage/ShortlistRepository.h"
#include "storage/StorageError.h"
#include "support/TempDir.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace thidua;
using namespace thidua::documents;

namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;
const std::string kPeriod = "2021-Y";
const QString kSigner = u"Nguyễn Văn Thành"_s;

struct DemoFixture
{
    test::TempDir dir;
    std::unique_ptr<storage::Database> db;

    DemoFixture()
    {
        const QString path = dir.path(u"demo.sqlite"_s);
        demo::createDemoDatabase(path);
        db = storage::Database::open(path);
        storage::ShortlistRepository shortlist(*db);
        storage::DocumentSettings settings = shortlist.documentSettings();
        settings.parentAgency = "UBND TỈNH BÌNH ĐỊNH";
        settings.signerName = kSigner.toStdString();
        settings.recipients = {"Sở Nội vụ tỉnh (Ban TĐKT)", "TT Huyện ủy, TT HĐND huyện", "Lưu: VT, NV."};
        shortlist.saveDocumentSettings(settings, u"test"_s);
        const PeriodResults results = computePeriod(storage::CampaignRepository(*db).load(kPeriod));
        shortlist.syncFromRankings(kPeriod, results.rankings, u"test"_s);
    }

    void addIndividual(const std::string& name, const std::string& unit = "BINH_THANH")
    {
        ShortlistEntry entry;
        entry.periodCode = kPeriod;
        entry.unitCode = unit;
        entry.award = Award::AdvancedWorker;
        entry.personName = name;
        entry.position = "Công chức Văn hóa - Xã hội";
        entry.achievement = "Hoàn thành xuất sắc nhiệm vụ năm 2021";
        storage::ShortlistRepository(*db).save(entry, u"test"_s);
    }

    QString write(const DocumentContent& content, const QString& name) const
    {
        const QString path = dir.path(name);
        const QString error = writePdf(content, path);
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
        return path;
    }
};

QString unitName(storage::Database& db, const std::string& code)
{
    for (const Unit& unit : storage::PlanRepository(db).units()) {
        if (unit.code == code) {
            return QString::fromStdString(unit.name);
        }
    }
    return {};
}

// pdftotext -layout keeps lines; a name broken over two lines of a cell is found with its words.
QString flattened(const QString& text)
{
    return text.simplified();
}

// The words in the order they were drawn: each table cell's lines together, so a name wrapped in
// a narrow column reads whole.
QString drawnText(const QString& path)
{
    QStringList texts;
    for (const test::PdfPage& page : test::pdfPages(path)) {
        texts << page.text();
    }
    return texts.join(u' ');
}

void checkHeaderAndFooter(const QString& text)
{
    CHECK(text.contains(u"UBND TỈNH BÌNH ĐỊNH"_s));
    CHECK(text.contains(u"UBND HUYỆN TÂY SƠN"_s));
    CHECK(text.contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s));
    CHECK(text.contains(u"Độc lập - Tự do - Hạnh phúc"_s));
    CHECK(text.contains(u"Tây Sơn, ngày"_s));
    CHECK(text.contains(u"Nơi nhận:"_s));
    CHECK(text.contains(u"Sở Nội vụ tỉnh (Ban TĐKT)"_s));
    CHECK(text.contains(u"TM. ỦY BAN NHÂN DÂN"_s));
    CHECK(text.contains(kSigner));
}

void checkPages(const QString& path, QSizeF size)
{
    const QList<test::PdfPage> pages = test::pdfPages(path);
    REQUIRE_FALSE(pages.isEmpty());
    for (const test::PdfPage& page : pages) {
        CHECK(page.size.width() == Approx(size.width()).margin(1));
        CHECK(page.size.height() == Approx(size.height()).margin(1));
        double left = page.size.width();
        double right = 0;
        for (const test::PdfWord& word : page.words) {
            left = std::min(left, word.box.left());
            right = std::max(right, word.box.right());
        }
        CHECK(left >= 30 * kPointsPerMm - 1);
        CHECK(right <= size.width() - 15 * kPointsPerMm + 1);
    }
    for (const QString& font : test::pdfFonts(path)) {
        INFO(font.toStdString());
        CHECK((font.contains(u"LiberationSerif"_s) || font.contains(u"TimesNewRoman"_s)));
        const QStringList columns = font.split(u' ', Qt::SkipEmptyParts);
        REQUIRE(columns.size() >= 7);
        CHECK(columns[columns.size() - 5] == u"yes"_s);
    }
}

} // namespace

TEST_CASE("the shortlist lists every proposed unit and person under the decree's header")
{
    DemoFixture demo;
    demo.addIndividual("Trần Thị Mỹ Lệ");
    const std::vector<ShortlistEntry> entries = storage::ShortlistRepository(*demo.db).entries(kPeriod);
    REQUIRE(entries.size() >= 2);

    const DocumentContent content = shortlistDocument(*demo.db, kPeriod);
    CHECK(content.orientation == QPageLayout::Portrait);
    const QString path = demo.write(content, u"shortlist.pdf"_s);
    const QString text = flattened(test::pdfText(path));
    const QString drawn = drawnText(path);
    checkHeaderAndFooter(text);
    CHECK(text.contains(u"DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"_s));
    CHECK(text.contains(u"Tổng kết năm 2021"_s));
    CHECK(text.contains(u"Số: /DS-UBND"_s));
    CHECK(text.contains(u"I. Tập thể"_s));
    CHECK(text.contains(u"II. Cá nhân"_s));
    CHECK(text.contains(u"Trần Thị Mỹ Lệ"_s));
    CHECK(text.contains(u"Xã Bình Thành"_s));
    CHECK(text.contains(u"Cờ thi đua"_s));
    for (const ShortlistEntry& entry : entries) {
        const QString name =
            isCollective(entry) ? unitName(*demo.db, entry.unitCode) : QString::fromStdString(entry.personName);
        INFO(name.toStdString());
        // A name wrapped in its cell shares its lines' baselines with the cells beside it, so its
        // words are looked for one by one.
        const QStringList drawnWords = drawn.split(u' ');
        const QStringList nameWords = name.split(u' ', Qt::SkipEmptyParts);
        const bool printed = std::all_of(nameWords.begin(), nameWords.end(),
                                         [&](const QString& word) { return drawnWords.contains(word); });
        CHECK(printed == (entry.included && entry.status != EntryStatus::NotPassed));
    }
    CHECK(test::pdfInfo(path, u"Creator"_s) == u"Thi Đua"_s);
    CHECK(test::pdfInfo(path, u"Title"_s).startsWith(u"Danh sách đề nghị khen thưởng"_s));
    checkPages(path, {595, 842});
}

TEST_CASE("an entry left out or not passed is not printed")
{
    DemoFixture demo;
    demo.addIndividual("Lê Văn Loại");
    demo.addIndividual("Phạm Thị Trượt");
    storage::ShortlistRepository shortlist(*demo.db);
    for (ShortlistEntry entry : shortlist.entries(kPeriod)) {
        if (entry.personName == "Lê Văn Loại") {
            entry.included = false;
            entry.exclusionReason = "Chưa đủ thời gian công tác";
            shortlist.save(entry, u"test"_s);
        } else if (entry.personName == "Phạm Thị Trượt") {
            entry.status = EntryStatus::NotPassed;
            shortlist.save(entry, u"test"_s);
        }
    }
    const QString text = flattened(test::pdfText(demo.write(shortlistDocument(*demo.db, kPeriod), u"s.pdf"_s)));
    CHECK_FALSE(text.contains(u"Lê Văn Loại"_s));
    CHECK_FALSE(text.contains(u"Phạm Thị Trượt"_s));
}

TEST_CASE("a long shortlist numbers its pages from the second and repeats the table header")
{
    DemoFixture demo;
    for (int i = 1; i <= 40; ++i) {
        demo.addIndividual("Nguyễn Văn Cán Bộ " + std::to_string(i), i % 2 ? "BINH_THANH" : "TAY_VINH");
    }
    const QString path = demo.write(shortlistDocument(*demo.db, kPeriod, ShortlistGrouping::ByGroup), u"long.pdf"_s);
    const QList<test::PdfPage> pages = test::pdfPages(path);
    REQUIRE(pages.size() >= 2);
    const double topMargin = 20 * kPointsPerMm;
    for (int i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        QStringList inMargin;
        for (const test::PdfWord& word : pages[i].words) {
            if (word.box.bottom() < topMargin) {
                inMargin << word.text;
            }
        }
        CHECK(inMargin == (i == 0 ? QStringList{} : QStringList{QString::number(i + 1)}));
        // The footer may stand alone on the last page (it is never cut): no table there.
        if (i + 1 < pages.size() || pages[i].text().contains(u"Nguyễn Văn Cán Bộ"_s)) {
            CHECK(pages[i].text().contains(u"Hình thức khen thưởng"_s));
        }
    }
    CHECK(test::pdfText(path, 1, 1).contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s));
    CHECK_FALSE(test::pdfText(path, 2, 2).contains(u"CỘNG HÒA"_s));
    const QString last = flattened(test::pdfText(path, pages.size(), pages.size()));
    CHECK(last.contains(u"Nơi nhận:"_s));
    CHECK(last.contains(kSigner));
    const QString all = drawnText(path);
    CHECK(all.contains(u"Cụm thi đua các xã, thị trấn"_s));
    CHECK(all.contains(u"Nguyễn Văn Cán Bộ 40"_s));
    checkPages(path, {595, 842});
}

TEST_CASE("the summary shows the district's indicators and the rankings, in landscape")
{
    DemoFixture demo;
    const DocumentContent content = summaryDocument(*demo.db, kPeriod);
    CHECK(content.orientation == QPageLayout::Landscape);
    const QString path = demo.write(content, u"summary.pdf"_s);
    const QString text = flattened(test::pdfText(path));
    checkHeaderAndFooter(text);
    CHECK(text.contains(u"BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU VÀ XẾP HẠNG THI ĐUA"_s));
    CHECK(text.contains(u"Tổng kết năm 2021"_s));
    CHECK(text.contains(u"Tốc độ tăng trưởng của các ngành sản xuất chính"_s));
    CHECK(text.contains(u"Cụm thi đua các xã, thị trấn"_s));
    CHECK(text.contains(u"Khối thi đua các phòng, ban chuyên môn"_s));
    CHECK(text.contains(u"Xã Bình Thành"_s));
    CHECK(drawnText(path).contains(u"Dẫn đầu - đề nghị Cờ thi đua"_s));
    CHECK(text.contains(u" đạt "_s));
    // Vietnamese figures whatever the interface language: a decimal comma and a percent sign.
    CHECK(text.contains(QRegularExpression(u"\\d+,\\d+%"_s)));
    checkPages(path, {842, 595});
}

TEST_CASE("the score sheet shows how one unit's total was built")
{
    DemoFixture demo;
    const QString path = demo.write(scoreSheetDocument(*demo.db, kPeriod, "BINH_THANH"), u"sheet.pdf"_s);
    const QString text = flattened(test::pdfText(path));
    checkHeaderAndFooter(text);
    CHECK(text.contains(u"PHIẾU CHẤM ĐIỂM THI ĐUA"_s));
    CHECK(text.contains(u"Đơn vị: Xã Bình Thành - Cụm thi đua các xã, thị trấn"_s));
    CHECK(text.contains(u"TỔNG ĐIỂM"_s));
    CHECK(text.contains(u"Xếp hạng 1/"_s));
    const PeriodResults results = computePeriod(storage::CampaignRepository(*demo.db).load(kPeriod));
    for (const GroupRanking& ranking : results.rankings) {
        for (const RankedUnit& unit : ranking.units) {
            if (unit.score.unitCode == "BINH_THANH") {
                CHECK(text.contains(QString::fromStdString(formatFixed(unit.score.total, 2, NumberStyle::Vietnamese))));
            }
        }
    }
    checkPages(path, {595, 842});
}

TEST_CASE("documents refuse a period or unit the plan does not have")
{
    DemoFixture demo;
    CHECK_THROWS_AS(shortlistDocument(*demo.db, "2030-Y"), storage::StorageError);
    CHECK_THROWS_AS(summaryDocument(*demo.db, "2030-Y"), storage::StorageError);
    CHECK_THROWS_AS(scoreSheetDocument(*demo.db, kPeriod, "HUYEN"), storage::StorageError);
    CHECK_THROWS_AS(scoreSheetDocument(*demo.db, kPeriod, "NO_SUCH_UNIT"), storage::StorageError);
}

// A new user's review of the printed summary: QP04 (all_of) read "0/15 xã, thị trấn báo cáo" beside
// children reported by nine, the sentence counted "0 chỉ tiêu chưa có số liệu", and the sub-groups
// were numbered "I." under section "I.". Typed recipients also dropped the office's "Lưu: VT.".
TEST_CASE("The summary counts all_of reports, skips empty counts and numbers sub-groups apart", "[documents]")
{
    DemoFixture demo;
    const QString summary = demo.write(summaryDocument(*demo.db, kPeriod), u"summary.pdf"_s);
    const QString text = test::pdfText(summary).simplified();
    CHECK_FALSE(text.contains(u"0/15"_s));
    CHECK(text.contains(u"9/15"_s));
    CHECK_FALSE(text.contains(u"0 chỉ tiêu chưa có số liệu"_s));
    CHECK(text.contains(u"1. Các chỉ tiêu kinh tế"_s));

    storage::ShortlistRepository shortlist(*demo.db);
    storage::DocumentSettings settings = shortlist.documentSettings();
    settings.recipients = {"Sở Nội vụ tỉnh (Ban TĐKT)"};
    shortlist.saveDocumentSettings(settings, u"test"_s);
    const QString list = demo.write(shortlistDocument(*demo.db, kPeriod), u"list.pdf"_s);
    const QString listText = test::pdfText(list).simplified();
    CHECK(listText.contains(u"Sở Nội vụ tỉnh (Ban TĐKT)"_s));
    CHECK(listText.contains(u"Lưu: VT."_s));
}
