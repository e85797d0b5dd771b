#include "DemoDatabase.h"

#include "core/Clock.h"
#include "core/Csv.h"
#include "core/ImportFile.h"
#include "storage/Database.h"
#include "storage/Importer.h"
#include "storage/PlanRepository.h"
#include "storage/ReportRepository.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>

#include <chrono>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace thidua::demo {
namespace {

const QString kUser = u"demo"_s;

QString fixture(const QString& name)
{
    return QStringLiteral(THIDUA_DEMO_DIR) + u'/' + name;
}

std::string readFixture(const QString& name)
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("cannot read " + file.fileName().toStdString());
    }
    return file.readAll().toStdString();
}

void importFixture(storage::Database& db, ImportKind kind)
{
    const QString name = QString::fromUtf8(toCode(kind).data()) + u".csv"_s;
    const ImportFile file = readImportFile(kind, name.toStdString(), readFixture(name));
    std::vector<ImportError> errors = file.errors;
    if (errors.empty()) {
        errors = storage::Importer(db).apply(file, kUser).errors;
    }
    if (!errors.empty()) {
        throw std::runtime_error(describeInEnglish(errors.front()));
    }
}

void setDeadline(storage::Database& db, const std::string& periodCode, const std::string& deadline)
{
    storage::PlanRepository plan(db);
    for (Period period : plan.periods(2021)) {
        if (period.code == periodCode) {
            period.deadline = deadline;
            db.transaction([&] { plan.savePeriod(period); });
        }
    }
}

// The submissions happened in Tây Sơn's local time; the workflow takes its times from the Clock.
Clock::TimePoint localTime(const std::string& text)
{
    QDateTime time = QDateTime::fromString(QString::fromStdString(text), Qt::ISODate);
    time.setTimeZone(QTimeZone(7 * 3600));
    return Clock::TimePoint(std::chrono::milliseconds(time.toMSecsSinceEpoch()));
}

void replayWorkflow(storage::Database& db)
{
    storage::ReportRepository reports(db);
    for (const CsvRecord& row : parseCsv(readFixture(u"workflow.csv"_s)).records) {
        const std::string& unit = row.fields.at(0);
        const std::string& period = row.fields.at(1);
        Clock::setForTesting(localTime(row.fields.at(2)));
        reports.submit(unit, period, kUser);
        if (row.fields.at(3) == "approved") {
            reports.approve(unit, period, kUser);
        }
    }
    Clock::reset();
}

} // namespace

void createDemoDatabase(const QString& path)
{
    const auto db = storage::Database::create(path, storage::Seed::TaySon2021);
    setDeadline(*db, "2021-H1", "2021-07-10");
    setDeadline(*db, "2021-Y", "2022-01-10");
    for (const ImportKind kind :
         {ImportKind::Targets, ImportKind::Reports, ImportKind::Scores, ImportKind::Adjustments}) {
        importFixture(*db, kind);
    }
    try {
        replayWorkflow(*db);
    } catch (...) {
        Clock::reset();
        throw;
    }
}

} // namespace thidua::demo
