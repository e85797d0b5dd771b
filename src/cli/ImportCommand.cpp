// `thidua-cli import KIND FILE`: one CSV file of a kind of spec/interchange.md into the database, as
// one transaction. A file with any wrong row is refused whole and every wrong row is listed, so the
// person fixing the spreadsheet sees all of it at once rather than one fault per attempt. Reports may
// also come as a filled entry workbook (.xlsx, documents/ReportWorkbook.h); `--preview` shows what an
// import of reports would change without writing, and a real import is preceded by a backup.
#include "Command.h"
#include "CommandSupport.h"

#include "core/ImportFile.h"
#include "core/NumberFormat.h"
#include "documents/ReportWorkbook.h"
#include "i18n/ImportErrorText.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/ImportPreview.h"
#include "storage/Importer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <set>
#include <string>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

namespace thidua::cli {
namespace {

constexpr ImportKind kAllKinds[] = {
    ImportKind::Indicators, ImportKind::Units,   ImportKind::Groups, ImportKind::Schemes,
    ImportKind::Targets,    ImportKind::Reports, ImportKind::Scores, ImportKind::Adjustments,
};

QString kindList()
{
    QStringList codes;
    for (const ImportKind kind : kAllKinds) {
        codes.append(QString::fromUtf8(toCode(kind).data(), static_cast<qsizetype>(toCode(kind).size())));
    }
    return codes.join(u", "_s);
}

class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(thidua::cli)

public:
    QString name() const override { return u"import"_s; }

    QString summary() const override
    {
        return tr("Import one CSV file (%1), or a filled report workbook (.xlsx); a file with a wrong row is refused "
                  "whole.")
            .arg(kindList());
    }

    QList<OptionSpec> options() const override
    {
        return {{u"preview"_s, {}, tr("Show what an import of reports would change, without writing anything.")}};
    }

    QString operands() const override { return u"KIND FILE"_s; }

    int run(const ParsedArgs& args, CommandContext& context) override;

private:
    static ImportKind kindArgument(const QString& word);
    static QByteArray readBytes(const QString& path);
    static void refuse(const std::vector<ImportError>& errors, const QString& path, CommandContext& context);
    static ImportFile readFile(ImportKind kind, const QString& path, const QByteArray& bytes);
    static int preview(storage::Database& db, const ImportFile& file, const QString& path, CommandContext& context);
};

bool isWorkbook(const QString& path)
{
    return path.endsWith(u".xlsx"_s, Qt::CaseInsensitive);
}

QString number(const std::optional<double>& value)
{
    return value ? QString::fromStdString(formatNumber(*value, 6, NumberStyle::Vietnamese)) : u"—"_s;
}

ImportKind ImportCommand::kindArgument(const QString& word)
{
    const std::optional<ImportKind> kind = importKindFromCode(word.toStdString());
    if (!kind) {
        throw UsageError(tr("Unknown kind of file '%1'; the kinds are %2.").arg(word, kindList()));
    }
    return *kind;
}

QByteArray ImportCommand::readBytes(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        throw WorkFailed(tr("The file %1 does not exist.").arg(displayPath(path)));
    }
    if (info.isDir()) {
        throw WorkFailed(tr("%1 is a folder, not a file to import.").arg(displayPath(path)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw WorkFailed(tr("The file %1 cannot be read: %2").arg(displayPath(path), file.errorString()));
    }
    return file.readAll();
}

void ImportCommand::refuse(const std::vector<ImportError>& errors, const QString& path, CommandContext& context)
{
    for (const ImportError& error : errors) {
        context.err << ImportErrorText::describe(error) << u'\n';
    }
    // A row may be wrong in several columns: the person fixing the file counts rows, not faults.
    std::set<int> lines;
    for (const ImportError& error : errors) {
        lines.insert(error.line);
    }
    // The last line is the verdict, in the dispatcher's one-line form, so a script reading only the
    // last line of stderr still learns that nothing was stored.
    throw UsageError(tr("%n wrong line(s) in %1; nothing was imported.", nullptr, static_cast<int>(lines.size()))
                         .arg(displayPath(path)));
}

ImportFile ImportCommand::readFile(ImportKind kind, const QString& path, const QByteArray& bytes)
{
    // Messages name the file as the user wrote it, as compilers do: that is the name they will look for.
    const std::string fileName = path.toStdString();
    if (isWorkbook(path)) {
        if (kind != ImportKind::Reports) {
            throw UsageError(tr("Only reports can be imported from a workbook (.xlsx); save the sheet of %1 as CSV.")
                                 .arg(displayPath(path)));
        }
        return documents::readReportWorkbook(fileName, bytes);
    }
    return readImportFile(kind, fileName, std::string_view(bytes.constData(), bytes.size()));
}

int ImportCommand::preview(storage::Database& db, const ImportFile& file, const QString& path, CommandContext& context)
{
    const storage::ImportPreview preview = storage::previewReportImport(db, file);
    context.out << tr("%1: %2 new, %3 changed, %4 unchanged.")
                       .arg(displayPath(path))
                       .arg(preview.newCount)
                       .arg(preview.changedCount)
                       .arg(preview.unchangedCount)
                << u'\n';
    for (const storage::PreviewValue& value : preview.values) {
        if (value.change == storage::PreviewValue::Change::Unchanged) {
            continue;
        }
        const QString where =
            u"%1 %2 %3"_s.arg(QString::fromStdString(value.unitCode), QString::fromStdString(value.periodCode),
                              QString::fromStdString(value.indicatorCode));
        const QString actual = tr("actual %1 → %2").arg(number(value.oldActual), number(value.newActual));
        QString line = value.change == storage::PreviewValue::Change::New ? tr("new") : tr("changed");
        line += u"  "_s + where + u": "_s + actual;
        if (value.oldBaseline || value.newBaseline) {
            line += u"; "_s + tr("baseline %1 → %2").arg(number(value.oldBaseline), number(value.newBaseline));
        }
        context.out << u"  "_s << line << u'\n';
    }
    for (const storage::LockedReport& report : preview.locked) {
        context.err << tr("The report of %1 for %2 is approved, so its values are locked; reopen it before importing.")
                           .arg(QString::fromStdString(report.unitCode), QString::fromStdString(report.periodCode))
                    << u'\n';
    }
    if (!preview.problems.empty()) {
        refuse(preview.problems, path, context);
    }
    if (!preview.locked.empty()) {
        throw UsageError(tr("%1 would be refused; nothing was imported.").arg(displayPath(path)));
    }
    context.out << tr("Nothing was written (preview).") << u'\n';
    return Done;
}

int ImportCommand::run(const ParsedArgs& args, CommandContext& context)
{
    const QStringList& operands = args.positional();
    if (operands.size() < 2) {
        throw UsageError(
            tr("Say what to import: KIND FILE, e.g. import reports reports.csv; the kinds are %1.").arg(kindList()));
    }
    if (operands.size() > 2) {
        throw UsageError(tr("Unexpected argument '%1'.").arg(operands.at(2)));
    }
    const ImportKind kind = kindArgument(operands.at(0));
    const QString path = operands.at(1);
    const bool previewOnly = args.isSet(u"preview"_s);
    if (previewOnly && kind != ImportKind::Reports) {
        throw UsageError(tr("--preview is for reports only."));
    }
    if (isWorkbook(path) && kind != ImportKind::Reports) {
        readFile(kind, path, {}); // refuses before anything is opened
    }

    const QByteArray bytes = readBytes(path);
    const auto db = openDatabase(context, previewOnly ? storage::Access::ReadOnly : storage::Access::ReadWrite);

    const ImportFile file = readFile(kind, path, bytes);
    if (previewOnly) {
        return preview(*db, file, path, context);
    }
    if (!file.errors.empty()) {
        refuse(file.errors, path, context);
    }
    // Whatever the file does, the state before it can be restored (thidua-cli restore).
    storage::backupDatabase(*db, u"import"_s);
    const storage::ImportResult result = storage::Importer(*db).apply(file, currentUser());
    if (!result.errors.empty()) {
        refuse(result.errors, path, context);
    }

    context.out << tr("Imported %n row(s) from %1.", nullptr, result.rows).arg(displayPath(path)) << u'\n';
    return Done;
}

} // namespace

std::unique_ptr<Command> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace thidua::cli
