// libFuzzer target: the bytes as an XLSX entry workbook, read back by documents'
// readReportWorkbook into the rows of reports.csv, then checked by FuzzInvariants.h. The reader
// only needs QtCore; one QCoreApplication is made before the first input, as thidua-cli has one.
//
// Two kinds of input (docs/fuzzing.md):
//  - bytes starting with "PK": given to the reader as they are, to fuzz the zip handling;
//  - anything else: the parts of a workbook as text, each after a line `==> NAME <==` (the form
//    `head` prints several files in), zipped here uncompressed with correct checksums before the
//    reader sees them. Mutating a real zip mostly breaks its compression or its CRC, so this is how
//    the fuzzer reaches the XML of the sheets, shared strings and styles.
#include "FuzzInvariants.h"

#include "documents/ReportWorkbook.h"

#include <QByteArray>
#include <QCoreApplication>

#include <zlib.h>

#include <climits>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace {

struct Part
{
    std::string_view name;
    std::string_view content;
};

// "==> NAME <==\n" at the start of the input or of a line begins a part; text before the first
// header is ignored.
std::vector<Part> splitParts(std::string_view text)
{
    constexpr std::string_view open = "==> ";
    constexpr std::string_view close = " <==\n";
    std::vector<Part> parts;
    std::size_t at = text.starts_with(open) ? 0 : text.find("\n==> ");
    while (at != std::string_view::npos) {
        if (text[at] == '\n') {
            ++at;
        }
        const std::size_t nameStart = at + open.size();
        const std::size_t nameEnd = text.find(close, nameStart);
        if (nameEnd == std::string_view::npos) {
            break;
        }
        const std::size_t contentStart = nameEnd + close.size();
        const std::size_t next = text.find("\n==> ", contentStart);
        parts.push_back({text.substr(nameStart, nameEnd - nameStart),
                         text.substr(contentStart, next == std::string_view::npos ? next : next - contentStart)});
        at = next;
    }
    return parts;
}

void put16(QByteArray& out, std::uint32_t value)
{
    out.append(static_cast<char>(value & 0xFF));
    out.append(static_cast<char>((value >> 8) & 0xFF));
}

void put32(QByteArray& out, std::uint32_t value)
{
    put16(out, value & 0xFFFF);
    put16(out, value >> 16);
}

// A zip archive of the parts, stored (method 0), names flagged UTF-8.
QByteArray storedZip(const std::vector<Part>& parts)
{
    QByteArray zip;
    QByteArray central;
    for (const Part& part : parts) {
        const auto crc = static_cast<std::uint32_t>(
            crc32(0, reinterpret_cast<const Bytef*>(part.content.data()), static_cast<uInt>(part.content.size())));
        const auto size = static_cast<std::uint32_t>(part.content.size());
        const auto nameSize = static_cast<std::uint32_t>(part.name.size());
        const auto offset = static_cast<std::uint32_t>(zip.size());
        put32(zip, 0x04034b50);
        put16(zip, 20);     // version needed
        put16(zip, 0x0800); // UTF-8 names
        put16(zip, 0);      // stored
        put16(zip, 0);      // time
        put16(zip, 0x21);   // 1980-01-01
        put32(zip, crc);
        put32(zip, size);
        put32(zip, size);
        put16(zip, nameSize);
        put16(zip, 0);
        zip.append(part.name.data(), static_cast<qsizetype>(part.name.size()));
        zip.append(part.content.data(), static_cast<qsizetype>(part.content.size()));

        put32(central, 0x02014b50);
        put16(central, 20); // made by
        put16(central, 20);
        put16(central, 0x0800);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0x21);
        put32(central, crc);
        put32(central, size);
        put32(central, size);
        put16(central, nameSize);
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, 0); // external attributes
        put32(central, offset);
        central.append(part.name.data(), static_cast<qsizetype>(part.name.size()));
    }
    const auto centralOffset = static_cast<std::uint32_t>(zip.size());
    zip.append(central);
    put32(zip, 0x06054b50);
    put16(zip, 0);
    put16(zip, 0);
    put16(zip, static_cast<std::uint32_t>(parts.size()));
    put16(zip, static_cast<std::uint32_t>(parts.size()));
    put32(zip, static_cast<std::uint32_t>(central.size()));
    put32(zip, centralOffset);
    put16(zip, 0);
    return zip;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // Kept for the whole run: the reader may use what needs an application (codecs, locale).
    static QCoreApplication* app = new QCoreApplication(*argc, *argv);
    (void)app;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > static_cast<std::size_t>(INT_MAX) / 2) {
        return -1;
    }
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    QByteArray bytes;
    if (input.starts_with("PK")) {
        bytes = QByteArray(input.data(), static_cast<qsizetype>(input.size()));
    } else {
        const std::vector<Part> parts = splitParts(input);
        if (parts.empty() || parts.size() > 0xFFFF) {
            return -1; // not a workbook in either form: nothing to learn from it
        }
        bytes = storedZip(parts);
    }
    const thidua::ImportFile file = thidua::documents::readReportWorkbook("fuzz.xlsx", bytes);
    THIDUA_FUZZ_CHECK(file.kind == thidua::ImportKind::Reports);
    // A sheet's row numbers are the workbook's own, not lines of the bytes: any row up to Excel's
    // 1 048 576; line 0 is a fault of the whole file.
    const thidua::fuzz::Place place{"fuzz.xlsx", true, 0, 1048576};
    thidua::fuzz::checkImportFile(file, place);
    return 0;
}
