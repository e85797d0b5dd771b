// `thidua-cli import KIND FILE`: one CSV file of a kind of spec/interchange.md into the database, as
// one transaction. A file with any wrong row is refused whole and every wrong row is listed, so the
// person fixing the spreadsheet sees all of it at once rather than one fault per attempt.
#include "Command.h"
#include "CommandSupport.h"

#include "core/ImportFile.h"
#include "i18n/ImportErrorText.h"
#include "storage/Database.h"
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
        return tr("Import one CSV file (%1); a file with a wrong row is refused whole.").arg(kindList());
    }

    QList<OptionSpec> options() const override { return {}; }

    QString operands() const override { return u"KIND FILE"_s; }

    int run(const ParsedArgs& args, CommandContext& context) override;

private:
    static ImportKind kindArgument(const QString& word);
    static QByteArray readBytes(const QString& path);
    static void refuse(const std::vector<ImportError>& errors, const QString& path, CommandContext& context);
};

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
        throw WorkFailed(tr("%1 is a folder, not a CSV file.").arg(displayPath(path)));
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

    const QByteArray bytes = readBytes(path);
    const auto db = openDatabase(context, storage::Access::ReadWrite);

    // Messages name the file as the user wrote it, as compilers do: that is the name they will look for.
    const std::string fileName = path.toStdString();
    const ImportFile file = readImportFile(kind, fileName, std::string_view(bytes.constData(), bytes.size()));
    if (!file.errors.empty()) {
        refuse(file.errors, path, context);
    }
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
