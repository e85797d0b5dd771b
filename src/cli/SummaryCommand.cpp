// `thidua-cli summary --period P [--pdf FILE] [--xlsx FILE]`: the period's summary as the office
// prints it (the district's indicators, then each group's ranking; landscape A4, Nghị định 30), and
// the rankings as a workbook for those who must forward a spreadsheet. It only writes files, so at
// least one is required; the database is opened read-only.
#include "Command.h"
#include "CommandSupport.h"
#include "PeriodSupport.h"

#include "documents/Documents.h"
#include "documents/XlsxExport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace thidua::cli {
namespace {

class SummaryCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(thidua::cli)

public:
    QString name() const override { return u"summary"_s; }

    QString summary() const override
    {
        return tr("Print a period's summary (indicators and rankings) to PDF, the rankings to XLSX.");
    }

    QList<OptionSpec> options() const override
    {
        return {periodOption(), pdfOption(tr("write the printed summary to this PDF file")),
                xlsxOption(tr("write the rankings to this XLSX workbook, one sheet per group"))};
    }

    int run(const ParsedArgs& args, CommandContext& context) override
    {
        requireNoOperands(args);
        const QString code = periodArgument(args);
        const QString pdf = outputFile(args, u"pdf"_s);
        if (!pdf.isEmpty()) {
            requirePainting(); // before anything is changed
        }
        const QString xlsx = outputFile(args, u"xlsx"_s);
        if (pdf.isEmpty() && xlsx.isEmpty()) {
            throw UsageError(tr("Say which file to write with --pdf FILE or --xlsx FILE."));
        }

        const auto db = openDatabase(context, storage::Access::ReadOnly);
        const std::string periodCode = requestedPeriod(*db, code, context).code;
        if (!pdf.isEmpty()) {
            finishWrite(documents::writePdf(documents::summaryDocument(*db, periodCode), pdf), pdf, args, context);
        }
        if (!xlsx.isEmpty()) {
            finishWrite(documents::writeRankingsXlsx(*db, periodCode, xlsx), xlsx, args, context);
        }
        return Done;
    }
};

} // namespace

std::unique_ptr<Command> makeSummaryCommand()
{
    return std::make_unique<SummaryCommand>();
}

} // namespace thidua::cli
