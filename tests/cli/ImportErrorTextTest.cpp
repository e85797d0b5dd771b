// The wording of import faults (src/i18n/ImportErrorText), shared by the GUI and thidua-cli: every
// problem reads as one sentence in the form of spec/interchange.md. The suite runs without the
// translation installed, so it reads the English source strings.
#include "i18n/ImportErrorText.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using thidua::ImportError;
using thidua::ImportErrorText;
using thidua::ImportProblem;

TEST_CASE("every import problem reads as FILE:LINE: column 'NAME': what is wrong (VALUE)", "[cli][i18n]")
{
    const ImportProblem problems[] = {
        ImportProblem::NotCsv,           ImportProblem::MissingColumn,      ImportProblem::UnknownColumn,
        ImportProblem::DuplicateColumn,  ImportProblem::WrongFieldCount,    ImportProblem::Required,
        ImportProblem::NotANumber,       ImportProblem::ThousandsSeparator, ImportProblem::NotBoolean,
        ImportProblem::UnknownCode,      ImportProblem::BadPeriod,          ImportProblem::Negative,
        ImportProblem::DuplicateKey,     ImportProblem::SchemeMismatch,     ImportProblem::OutOfRange,
        ImportProblem::UnknownReference,
    };
    for (const ImportProblem problem : problems) {
        INFO(static_cast<int>(problem));
        const ImportError error{"reports.csv", 7, "actual", problem, "12x", "4"};
        const QString text = ImportErrorText::describe(error);
        CHECK(text.startsWith(u"reports.csv:7: column 'actual': "_s));
        CHECK(text.endsWith(u" (12x)"_s));
        // One line, and something said between the column and the value.
        CHECK(!text.contains(u'\n'));
        CHECK(ImportErrorText::problem(error).size() > 5);
    }
}

TEST_CASE("import faults leave out the parts that do not apply and use their details", "[cli][i18n]")
{
    CHECK(ImportErrorText::describe({"r.csv", 0, {}, ImportProblem::NotCsv, {}, "the text is not UTF-8"}) ==
          u"r.csv: the file cannot be read as CSV: the text is not UTF-8"_s);
    CHECK(ImportErrorText::describe({"r.csv", 4, {}, ImportProblem::WrongFieldCount, {}, "7 > 6"}) ==
          u"r.csv:4: the row has more fields than the header (7 > 6)"_s);
    CHECK(ImportErrorText::describe({"r.csv", 9, "unit", ImportProblem::DuplicateKey, "U1, 2021-Y, I1", "3"}) ==
          u"r.csv:9: column 'unit': the same key as line 3 (U1, 2021-Y, I1)"_s);
    CHECK(ImportErrorText::describe({"t.csv", 2, "year", ImportProblem::NotANumber, "21", "year"}) ==
          u"t.csv:2: column 'year': not a year: write it with four digits, e.g. 2021 (21)"_s);
    CHECK(ImportErrorText::describe({"r.csv", 5, "actual", ImportProblem::OutOfRange, "120", "[0, 100]"}) ==
          u"r.csv:5: column 'actual': outside the valid range [0, 100] (120)"_s);
    CHECK(ImportErrorText::describe({"s.csv", 3, "criterion", ImportProblem::UnknownReference, "C9", "TC_CUM"}) ==
          u"s.csv:3: column 'criterion': scheme TC_CUM has no such criterion (C9)"_s);
    CHECK(ImportErrorText::describe({"s.csv", 3, "criterion", ImportProblem::UnknownReference, "C9", {}}) ==
          u"s.csv:3: column 'criterion': the unit is in no group with a scoring scheme, so it has no criteria (C9)"_s);
    CHECK(ImportErrorText::describe({"u.csv", 6, "group", ImportProblem::UnknownReference, "CUM9", {}}) ==
          u"u.csv:6: column 'group': no such cluster or block in the database (CUM9)"_s);
    CHECK(ImportErrorText::describe({"u.csv", 1, {}, ImportProblem::UnknownColumn, "x", {}}) ==
          u"u.csv:1: a value under a column without a name (x)"_s);
}
