// The page itself, with HTML of the test's own: A4 and the decree's margins, the fonts embedded,
// page numbers from page 2 on in the top margin, the table header repeated on every page, and the
// same pages whatever the device's resolution.
#include "PdfProbe.h"

#include "documents/DocumentHtml.h"
#include "documents/DocumentPage.h"
#include "support/TempDir.h"

#include <QFile>
#include <QPdfWriter>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace thidua;
using namespace thidua::documents;

namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;

DocumentContent longTable(int rows, QPageLayout::Orientation orientation = QPageLayout::Portrait)
{
    html::Table table({{u"TT"_s, 8, html::Align::Center}, {u"Họ và tên"_s, 52}, {u"Hình thức"_s, 40}});
    table.groupRow(u"I. Cá nhân"_s);
    for (int i = 1; i <= rows; ++i) {
        // Some rows wrap to several lines, as long names and achievements do.
        const QString name =
            i % 7 == 0 ? u"Hợp tác xã nông nghiệp dịch vụ tổng hợp Bình Thành số %1 và các chi hội trực thuộc"_s.arg(i)
                       : u"Nguyễn Thị Hồng Nhung %1"_s.arg(i);
        table.row({QString::number(i), name, u"Lao động tiên tiến"_s});
    }
    storage::DocumentSettings settings;
    settings.parentAgency = "UBND TỈNH BÌNH ĐỊNH";
    settings.issuingAgency = "UBND HUYỆN TÂY SƠN";
    settings.place = "Tây Sơn";
    settings.signerName = "Trần Văn Bình";
    const QString body = html::header(settings, u"DS-UBND"_s) + html::title(u"Danh sách thử"_s, {u"Trang dài"_s}) +
                         table.html() + html::footer(settings);
    return {u"Danh sách thử"_s, html::page(body), orientation};
}

// The words of the first line under the top margin, left to right.
QStringList firstContentLine(const test::PdfPage& page)
{
    QList<test::PdfWord> words;
    for (const test::PdfWord& word : page.words) {
        if (word.box.top() > 20 * kPointsPerMm) {
            words << word;
        }
    }
    if (words.isEmpty()) {
        return {};
    }
    const double top = std::min_element(words.begin(), words.end(), [](const auto& a, const auto& b) {
                           return a.box.top() < b.box.top();
                       })->box.top();
    words.removeIf([&](const test::PdfWord& word) { return word.box.top() > top + 4; });
    std::sort(words.begin(), words.end(), [](const auto& a, const auto& b) { return a.box.left() < b.box.left(); });
    QStringList texts;
    for (const test::PdfWord& word : words) {
        texts << word.text;
    }
    return texts;
}

// The words inside the top margin (page numbers live there, nothing else).
QStringList topMarginWords(const test::PdfPage& page)
{
    QStringList words;
    for (const test::PdfWord& word : page.words) {
        if (word.box.bottom() < 20 * kPointsPerMm) {
            words << word.text;
        }
    }
    return words;
}

} // namespace

TEST_CASE("documents use Times New Roman or Liberation Serif")
{
    const QString family = documentFontFamily();
    CHECK((family == u"Times New Roman"_s || family == u"Liberation Serif"_s));
}

TEST_CASE("a long document is paginated on A4 within the decree's margins")
{
    test::TempDir dir;
    const QString path = dir.path(u"long.pdf"_s);
    REQUIRE(writePdf(longTable(90), path).isEmpty());

    CHECK(test::pdfInfo(path, u"Title"_s) == u"Danh sách thử"_s);
    CHECK(test::pdfInfo(path, u"Creator"_s) == u"Thi Đua"_s);
    const QList<test::PdfPage> pages = test::pdfPages(path);
    REQUIRE(pages.size() >= 3);
    for (const test::PdfPage& page : pages) {
        CHECK(page.size.width() == Approx(595).margin(1));
        CHECK(page.size.height() == Approx(842).margin(1));
        for (const test::PdfWord& word : page.words) {
            INFO(word.text.toStdString());
            CHECK(word.box.left() >= 30 * kPointsPerMm - 1);
            CHECK(word.box.right() <= 595 - 15 * kPointsPerMm + 1);
            CHECK(word.box.bottom() <= 842 - 20 * kPointsPerMm + 1);
        }
    }

    SECTION("the first page has no number, the others theirs, centred in the top margin")
    {
        CHECK(topMarginWords(pages[0]).isEmpty());
        for (int i = 1; i < pages.size(); ++i) {
            CHECK(topMarginWords(pages[i]) == QStringList{QString::number(i + 1)});
        }
        const auto number = std::find_if(pages[1].words.begin(), pages[1].words.end(),
                                         [](const test::PdfWord& word) { return word.text == u"2"_s; });
        REQUIRE(number != pages[1].words.end());
        const double textCentre = (30 + (210 - 15)) / 2.0 * kPointsPerMm;
        CHECK(number->box.center().x() == Approx(textCentre).margin(3));
    }

    SECTION("the table header is repeated on every page")
    {
        for (int i = 1; i < pages.size(); ++i) {
            INFO("page " << i + 1);
            CHECK(firstContentLine(pages[i]) == QStringList{u"TT"_s, u"Họ"_s, u"và"_s, u"tên"_s, u"Hình"_s, u"thức"_s});
        }
        CHECK(pages[0].text().contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s));
        CHECK_FALSE(pages[1].text().contains(u"CỘNG HÒA"_s));
        CHECK(pages.last().text().contains(u"Nơi nhận:"_s));
        CHECK(pages.last().text().contains(u"Trần Văn Bình"_s));
    }

    SECTION("every font is embedded and is the document's serif")
    {
        const QStringList fonts = test::pdfFonts(path);
        REQUIRE_FALSE(fonts.isEmpty());
        for (const QString& font : fonts) {
            INFO(font.toStdString());
            CHECK((font.contains(u"LiberationSerif"_s) || font.contains(u"TimesNewRoman"_s)));
            const QStringList columns = font.split(u' ', Qt::SkipEmptyParts);
            // name type encoding emb sub uni object ID: "emb" is the fifth column from the end.
            REQUIRE(columns.size() >= 7);
            CHECK(columns[columns.size() - 5] == u"yes"_s);
        }
    }
}

TEST_CASE("a landscape document is A4 landscape")
{
    test::TempDir dir;
    const QString path = dir.path(u"wide.pdf"_s);
    REQUIRE(writePdf(longTable(5, QPageLayout::Landscape), path).isEmpty());
    const QList<test::PdfPage> pages = test::pdfPages(path);
    REQUIRE(pages.size() == 1);
    CHECK(pages[0].size.width() == Approx(842).margin(1));
    CHECK(pages[0].size.height() == Approx(595).margin(1));
}

TEST_CASE("the pages do not depend on the device's resolution")
{
    test::TempDir dir;
    const DocumentContent content = longTable(70);
    QStringList texts;
    for (const int dpi : {72, 300, 1200}) {
        const QString path = dir.path(u"dpi%1.pdf"_s.arg(dpi));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        {
            QPdfWriter writer(&file);
            writer.setResolution(dpi);
            REQUIRE(renderDocument(content, writer) >= 2);
        }
        file.close();
        texts << test::pdfText(path);
    }
    CHECK(texts[0] == texts[1]);
    CHECK(texts[1] == texts[2]);
}

TEST_CASE("data is escaped, never read as markup")
{
    html::Table table({{u"TT"_s, 10}, {u"Tên"_s, 90}});
    table.row({u"1"_s, html::escape(std::string("<b>Hợp tác xã & Cộng sự</b>"))});
    test::TempDir dir;
    const QString path = dir.path(u"escaped.pdf"_s);
    REQUIRE(writePdf({u"Thử"_s, html::page(table.html())}, path).isEmpty());
    CHECK(test::pdfText(path).contains(u"<b>Hợp tác xã & Cộng sự</b>"_s));
}

TEST_CASE("a PDF that cannot be written leaves no file and says why")
{
    test::TempDir dir;
    const QString path = dir.path(u"missing-folder/out.pdf"_s);
    const QString error = writePdf(longTable(3), path);
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("the place and date line follows the decree")
{
    CHECK(html::placeAndDate("Tây Sơn", QDate(2022, 1, 5)) == u"Tây Sơn, ngày 05 tháng 01 năm 2022"_s);
    CHECK(html::placeAndDate("Tây Sơn", QDate(2021, 12, 25)) == u"Tây Sơn, ngày 25 tháng 12 năm 2021"_s);
    CHECK(html::placeAndDate("Tây Sơn", {}).startsWith(u"Tây Sơn, ngày …"_s));
    CHECK(html::romanNumeral(4) == u"IV"_s);
}
