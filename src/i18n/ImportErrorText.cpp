#include "ImportErrorText.h"

using namespace Qt::StringLiterals;

namespace thidua {
namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

// Core words what a reference is missing by the column it is in; a sentence per column reads better
// in Vietnamese than one with the thing's name slotted in.
QString ImportErrorText::unknownReference(const ImportError& error)
{
    const std::string& column = error.column;
    if (column == "criterion") {
        // Criteria belong to the scheme of the unit's group (spec/interchange.md, scores).
        return error.detail.empty() ? tr("the unit is in no group with a scoring scheme, so it has no criteria")
                                    : tr("scheme %1 has no such criterion").arg(qs(error.detail));
    }
    if (column == "unit" || column == "members") {
        return tr("no such unit in the database");
    }
    if (column == "indicator" || column == "parent") {
        return tr("no such indicator in the database");
    }
    if (column == "period") {
        return tr("no such reporting period in the database");
    }
    if (column == "group") {
        return tr("no such cluster or block in the database");
    }
    if (column == "scheme") {
        return tr("no such scoring scheme in the database");
    }
    if (column == "heading") {
        return tr("no such heading in the plan");
    }
    return tr("no such code in the database");
}

QString ImportErrorText::problem(const ImportError& error)
{
    const QString detail = qs(error.detail);
    switch (error.problem) {
    case ImportProblem::NotCsv:
        // The parser's own words are English: they name a quote or a line, which reads in any language.
        return detail.isEmpty() ? tr("the file cannot be read as CSV")
                                : tr("the file cannot be read as CSV: %1").arg(detail);
    case ImportProblem::MissingColumn:
        return tr("this required column is missing");
    case ImportProblem::UnknownColumn:
        if (error.column.empty()) {
            return tr("a value under a column without a name");
        }
        return detail.isEmpty() ? tr("unknown column")
                                : tr("unknown column; the columns of this kind of file are: %1").arg(detail);
    case ImportProblem::DuplicateColumn:
        return tr("the column is named twice");
    case ImportProblem::WrongFieldCount:
        return tr("the row has more fields than the header (%1)").arg(detail);
    case ImportProblem::Required:
        return tr("a value is required");
    case ImportProblem::NotANumber:
        if (error.detail == "year") {
            return tr("not a year: write it with four digits, e.g. 2021");
        }
        if (error.detail == "min:share") {
            return tr("not a band: write minimum ratio:share, e.g. 1.15:1|1:0.9|0.8:0.5");
        }
        return tr("not a number");
    case ImportProblem::ThousandsSeparator:
        // 2.000 is two thousand to a Vietnamese reader and two to a program.
        return tr("thousands separators are not accepted: write the plain figure, e.g. 2000");
    case ImportProblem::NotBoolean:
        return tr("must be 0 or 1");
    case ImportProblem::UnknownCode:
        return tr("unknown code; write one of: %1").arg(detail);
    case ImportProblem::BadPeriod:
        return tr("not a period: write YYYY-H1 for the six-month report or YYYY-Y for the year, e.g. 2021-H1");
    case ImportProblem::Negative:
        return tr("must not be negative");
    case ImportProblem::DuplicateKey:
        return tr("the same key as line %1").arg(detail);
    case ImportProblem::SchemeMismatch:
        return tr("differs from the value given for the same scheme on line %1").arg(detail);
    case ImportProblem::OutOfRange:
        return detail.isEmpty() ? tr("outside the valid range") : tr("outside the valid range %1").arg(detail);
    case ImportProblem::UnknownReference:
        return unknownReference(error);
    }
    return detail;
}

QString ImportErrorText::describe(const ImportError& error)
{
    QString where = qs(error.file);
    // Line 0 is a fault of the whole file (it could not be read at all).
    if (error.line > 0) {
        where += u':' + QString::number(error.line);
    }
    const QString what = problem(error);
    QString sentence = error.column.empty() ? tr("%1: %2").arg(where, what)
                                            : tr("%1: column '%2': %3").arg(where, qs(error.column), what);
    if (!error.value.empty()) {
        sentence += u" ("_s + qs(error.value) + u')';
    }
    return sentence;
}

} // namespace thidua
