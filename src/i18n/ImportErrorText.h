// A fault of an imported file as one sentence in the user's language, in the form of
// spec/interchange.md: `FILE:LINE: column 'NAME': what is wrong (VALUE)`. Core finds the faults and
// keeps them as codes; the GUI and thidua-cli both word them here, so a person who fixes a
// spreadsheet reads the same sentence wherever the import was tried.
#pragma once

#include "core/ImportFile.h"

#include <QCoreApplication>
#include <QString>

namespace thidua {

class ImportErrorText
{
    Q_DECLARE_TR_FUNCTIONS(thidua::ImportErrorText)

public:
    ImportErrorText() = delete;

    // The whole line: where, which column, what is wrong, and the value as written. Parts that do
    // not apply are left out: a fault of the whole file has no line, a row's fault no column, an
    // empty value no parentheses.
    static QString describe(const ImportError& error);

    // What is wrong, without the place and value: "not a number", "a value is required" …
    static QString problem(const ImportError& error);

private:
    static QString unknownReference(const ImportError& error);
};

} // namespace thidua
