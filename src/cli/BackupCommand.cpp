// `thidua-cli backup [--out FILE] [--list]` and `thidua-cli restore FILE` (docs/cli.md, docs/safety.md):
// the same backups the window takes, in the folder beside the database, so a script can take one
// before its own work and an official can list and restore them without the window.
#include "Command.h"
#include "CommandSupport.h"

#include "storage/Backups.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace thidua::cli {
namespace {

class BackupCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(thidua::cli)

public:
    QString name() const override { return u"backup"_s; }

    QString summary() const override
    {
        return tr("Back up the database into its backup folder (the last %1 are kept), or list the backups.")
            .arg(storage::kBackupsKept);
    }

    QList<OptionSpec> options() const override
    {
        return {{u"out"_s, u"FILE"_s, tr("write the backup to FILE instead of the backup folder")},
                {u"list"_s, {}, tr("list the backups in the backup folder, newest first")}};
    }

    int run(const ParsedArgs& args, CommandContext& context) override
    {
        requireNoOperands(args);
        if (args.isSet(u"list"_s)) {
            if (args.isSet(u"out"_s)) {
                throw UsageError(tr("--list and --out cannot be given together."));
            }
            list(context);
            return Done;
        }
        const QString out = outputFile(args, u"out"_s);
        // Reading is all a backup does: the database is not upgraded or otherwise touched.
        const std::unique_ptr<storage::Database> db = openDatabase(context, storage::Access::ReadOnly);
        const QString written = out.isEmpty() ? storage::backupDatabase(*db, u"manual"_s) : out;
        if (!out.isEmpty()) {
            storage::backupDatabaseTo(*db, out);
        }
        context.out << tr("Backed up %1 to %2.").arg(displayPath(context.databasePath), displayPath(written)) << u'\n';
        return Done;
    }

private:
    static void list(CommandContext& context)
    {
        const std::vector<storage::BackupInfo> backups = storage::listBackups(context.databasePath);
        if (backups.empty()) {
            context.out << tr("There are no backups of %1 in %2.")
                               .arg(displayPath(context.databasePath),
                                    displayPath(storage::backupFolder(context.databasePath)))
                        << u'\n';
            return;
        }
        // One line each, fields apart by two spaces: the time sorts and reads plainly, and the path
        // is last so it can be cut out whatever it holds.
        const QLocale locale;
        for (const storage::BackupInfo& backup : backups) {
            context.out << backup.takenAt.toString(u"yyyy-MM-dd HH:mm:ss"_s) << u"  "_s
                        << backup.reason.leftJustified(7) << u"  "_s
                        << locale.formattedDataSize(backup.size).rightJustified(9) << u"  "_s
                        << displayPath(backup.path) << u'\n';
        }
    }
};

class RestoreCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(thidua::cli)

public:
    QString name() const override { return u"restore"_s; }

    QString summary() const override
    {
        return tr("Replace the database with a backup; the data it holds now is backed up first.");
    }

    QList<OptionSpec> options() const override { return {}; }
    QString operands() const override { return u"FILE"_s; }

    int run(const ParsedArgs& args, CommandContext& context) override
    {
        if (args.positional().size() != 1) {
            throw UsageError(tr("Name the one backup file to restore, e.g. restore %1.")
                                 .arg(displayPath(storage::backupFolder(context.databasePath) +
                                                  u"/thidua-2021-12-31_16-30-00-exit.sqlite"_s)));
        }
        const QString backup = args.positional().first();
        storage::restoreDatabase(context.databasePath, backup);
        context.out << tr("Restored %1 from %2. The data it held before is kept in %3.")
                           .arg(displayPath(context.databasePath), displayPath(backup),
                                displayPath(storage::backupFolder(context.databasePath)))
                    << u'\n';
        return Done;
    }
};

} // namespace

std::unique_ptr<Command> makeBackupCommand()
{
    return std::make_unique<BackupCommand>();
}

std::unique_ptr<Command> makeRestoreCommand()
{
    return std::make_unique<RestoreCommand>();
}

} // namespace thidua::cli
