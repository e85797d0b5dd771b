// libFuzzer target: the bytes as a CSV file of each of the eight kinds of spec/interchange.md, read
// by core's readImportFile, then checked by FuzzInvariants.h. Every kind reads every input, so the
// seed files (real files of each kind) stay plain CSV and reach the checks of all kinds.
#include "FuzzInvariants.h"

#include "core/ImportFile.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

constexpr std::array kKinds{
    thidua::ImportKind::Indicators, thidua::ImportKind::Units,       thidua::ImportKind::Groups,
    thidua::ImportKind::Schemes,    thidua::ImportKind::Targets,     thidua::ImportKind::Reports,
    thidua::ImportKind::Scores,     thidua::ImportKind::Adjustments,
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view content(reinterpret_cast<const char*>(data), size);
    const thidua::fuzz::Place place{"fuzz.csv", false, 1, thidua::fuzz::lineCount(content)};
    for (const thidua::ImportKind kind : kKinds) {
        const thidua::ImportFile file = thidua::readImportFile(kind, place.fileName, content);
        THIDUA_FUZZ_CHECK(file.kind == kind);
        THIDUA_FUZZ_CHECK(file.fileName == place.fileName);
        THIDUA_FUZZ_CHECK(file.delimiter == ',' || file.delimiter == ';');
        thidua::fuzz::checkImportFile(file, place);
    }
    return 0;
}
