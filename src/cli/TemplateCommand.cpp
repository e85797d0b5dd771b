// `thidua-cli template --unit U --period P --out FILE.xlsx`: the entry workbook one unit fills in for
// one period and sends back, to be read by `import reports FILE.xlsx` (documents/ReportWorkbook.h).
#include "Command.h"
#include "CommandSupport.h"

#include "documents/ReportWorkbook.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace thidua::cli {
namespace {

class TemplateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(thidua::cli)

public:
    QString name() const override { return u"template"_s; }

    QString summary() const override
    {
        return tr("Write the workbook (.xlsx) a unit fills in with its figures for a period.");
    }

    QList<OptionSpec> options() const override
    {
        return {
            {u"unit"_s, u"CODE"_s, tr("the unit that fills it in")},
            {u"period"_s, u"P"_s, tr("the reporting period, e.g. 2021-H1 or 2021-Y")},
            {u"out"_s, u"FILE"_s, tr("the workbook to write (.xlsx)")},
        };
    }

    int run(const ParsedArgs& args, CommandContext& context) override
    {
        requireNoOperands(args);
        for (const QString& option : {u"unit"_s, u"period"_s, u"out"_s}) {
            if (!args.isSet(option) || args.value(option).trimmed().isEmpty()) {
                throw UsageError(
                    tr("Say --%1; e.g. template --unit BINH_THANH --period 2021-Y --out binh-thanh.xlsx").arg(option));
            }
        }
        const QString path = outputFile(args, u"out"_s);
        const auto db = openDatabase(context, storage::Access::ReadOnly);
        // An unknown unit or period comes back as StorageError::Invalid: status 2, no file written.
        const QString error = documents::writeEntryWorkbook(*db, args.value(u"unit"_s).toStdString(),
                                                            args.value(u"period"_s).toStdString(), path);
        if (!error.isEmpty()) {
            throw WorkFailed(error);
        }
        context.out << tr("Wrote %1.").arg(displayPath(path)) << u'\n';
        return Done;
    }
};

} // namespace

std::unique_ptr<Command> makeTemplateCommand()
{
    return std::make_unique<TemplateCommand>();
}

} // namespace thidua::cli
