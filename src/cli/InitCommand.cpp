// `thidua-cli init [--empty [--year Y]] [--force]`: creates the database, by default with the
// district's 2021 plan, phases, units, groups and schemes. An empty database needs a year's plan
// before reports can be imported: --year adds one with its reporting periods.
#include "Command.h"
#include "CommandSupport.h"

#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace thidua::cli {
namespace {

class InitCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(thidua::cli)

public:
    QString name() const override { return u"init"_s; }

    QString summary() const override
    {
        return tr("Create the database, holding the district's 2021 plan unless --empty is given.");
    }

    QList<OptionSpec> options() const override
    {
        return {{u"empty"_s, {}, tr("create the tables only, with no plan")},
                {u"year"_s, tr("YEAR"), tr("with --empty: add an empty plan for YEAR with its two reporting periods")},
                {u"force"_s, {}, tr("replace an existing file (its data is lost)")}};
    }

    int run(const ParsedArgs& args, CommandContext& context) override;
};

int InitCommand::run(const ParsedArgs& args, CommandContext& context)
{
    requireNoOperands(args);
    const bool empty = args.isSet(u"empty"_s);
    const bool force = args.isSet(u"force"_s);
    int emptyYear = 0;
    if (args.isSet(u"year"_s)) {
        bool ok = false;
        emptyYear = args.value(u"year"_s).toInt(&ok);
        if (!empty) {
            throw UsageError(tr("--year goes with --empty: the default database already holds the 2021 plan."));
        }
        if (!ok || emptyYear < 1900 || emptyYear > 2999) {
            throw UsageError(tr("'%1' is not a year.").arg(args.value(u"year"_s)));
        }
    }
    const QString path = displayPath(context.databasePath);

    // The user's data folder may not exist before the first run; a folder named in --db is the
    // user's to make, so a typing mistake there does not leave new folders behind.
    if (context.databasePathIsDefault) {
        QDir().mkpath(QFileInfo(context.databasePath).absolutePath());
    }

    const bool replacing = QFileInfo::exists(context.databasePath);
    std::unique_ptr<storage::Database> db;
    try {
        db = storage::Database::create(context.databasePath, empty ? storage::Seed::Empty : storage::Seed::TaySon2021,
                                       force);
    } catch (const storage::StorageError& error) {
        if (error.kind() == storage::StorageError::Kind::Exists) {
            throw UsageError(
                tr("The file %1 already exists and was left unchanged; add --force to replace it.").arg(path));
        }
        throw;
    }

    if (empty && emptyYear != 0) {
        storage::PlanRepository(*db).addYear(emptyYear);
        context.out << tr("Created the database %1 with an empty plan for %2 and its reporting periods %2-H1 and %2-Y.")
                           .arg(path)
                           .arg(emptyYear);
    } else if (empty) {
        context.out << tr("Created the empty database %1.").arg(path);
    } else {
        const storage::PlanRepository plans(*db);
        const std::vector<int> years = plans.years();
        const QString year = years.empty() ? QString() : QString::number(years.back());
        context.out << tr("Created the database %1 with the plan for %2: %3 indicators, %4 units.")
                           .arg(path, year, QString::number(plans.indicators().size()),
                                QString::number(plans.units().size()));
    }
    if (replacing) {
        context.out << u' ' << tr("The previous file was replaced.");
    }
    context.out << u'\n';
    return Done;
}

} // namespace

std::unique_ptr<Command> makeInitCommand()
{
    return std::make_unique<InitCommand>();
}

} // namespace thidua::cli
