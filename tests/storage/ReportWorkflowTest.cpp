// The report workflow: draft → submitted → approved (locked) → reopened with a reason; on time or late
// against the period's deadline; and which units are expected to report and what they still lack.
#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "storage/ReportRepository.h"
#include "support/TempDir.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace thidua;
using storage::ReportRepository;
using storage::StorageError;

namespace {

// A wall-clock time in the local time zone, as an official's clock shows it.
Clock::TimePoint localTime(int year, int month, int day, int hour, int minute)
{
    const QDateTime time(QDate(year, month, day), QTime(hour, minute));
    return Clock::TimePoint(std::chrono::milliseconds(time.toMSecsSinceEpoch()));
}

// Fixes Clock::now() for one test and gives the real clock back afterwards, even when a check fails.
class FixedClock
{
public:
    explicit FixedClock(Clock::TimePoint time) { Clock::setForTesting(time); }
    ~FixedClock() { Clock::reset(); }
    FixedClock(const FixedClock&) = delete;
    FixedClock& operator=(const FixedClock&) = delete;
    void set(Clock::TimePoint time) { Clock::setForTesting(time); }
};

// Runs the test in Tây Sơn's time zone (UTC+7, no daylight saving), so "the deadline day in local
// time" and "the deadline day in UTC" differ for a report sent just after midnight.
class VietnamTime
{
public:
    VietnamTime()
        : m_old(qgetenv("TZ"))
        , m_had(qEnvironmentVariableIsSet("TZ"))
    {
        qputenv("TZ", "ICT-7");
        tzset();
    }
    ~VietnamTime()
    {
        if (m_had) {
            qputenv("TZ", m_old);
        } else {
            qunsetenv("TZ");
        }
        tzset();
    }
    VietnamTime(const VietnamTime&) = delete;
    VietnamTime& operator=(const VietnamTime&) = delete;

private:
    QByteArray m_old;
    bool m_had;
};

struct Seeded
{
    test::TempDir dir;
    std::unique_ptr<storage::Database> db =
        storage::Database::create(dir.path(u"plan.sqlite"_s), storage::Seed::TaySon2021);
    ReportRepository reports{*db};
};

void setDeadline(storage::Database& db, const std::string& periodCode, const std::string& deadline)
{
    storage::PlanRepository plan(db);
    for (Period period : plan.periods(2021)) {
        if (period.code == periodCode) {
            period.deadline = deadline;
            plan.savePeriod(period);
        }
    }
}

// The workflow's entries in the audit log as "field: old → new", oldest first. Read with SQL here
// because the repository offers only the log of one value; the workflow writes under entity 'report'.
QStringList reportLog(storage::Database& db, const QString& key)
{
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT field, old_value, new_value, user_name FROM audit_log "
                  u"WHERE entity = 'report' AND entity_key = ? ORDER BY id"_s);
    query.addBindValue(key);
    query.exec();
    QStringList lines;
    while (query.next()) {
        lines << u"%1: %2 → %3 (%4)"_s.arg(query.value(0).toString(), query.value(1).toString(),
                                           query.value(2).toString(), query.value(3).toString());
    }
    return lines;
}

int auditRows(storage::Database& db)
{
    QSqlQuery query(u"SELECT COUNT(*) FROM audit_log"_s, db.connection());
    query.next();
    return query.value(0).toInt();
}

const storage::ReportProgress* progressOf(const std::vector<storage::ReportProgress>& rows, const std::string& unit)
{
    for (const auto& row : rows) {
        if (row.unitCode == unit) {
            return &row;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("a report is submitted, approved and reopened, each step in the audit log", "[workflow]")
{
    Seeded s;
    FixedClock clock(localTime(2021, 7, 5, 9, 30));
    s.reports.saveValue({"BINH_THANH", "2021-H1", "XH09", 92.5, std::nullopt, "", {}}, u"lan"_s);
    CHECK(s.reports.report("BINH_THANH", "2021-H1")->status == ReportStatus::Draft);

    s.reports.submit("BINH_THANH", "2021-H1", u"lan"_s);
    auto info = s.reports.report("BINH_THANH", "2021-H1");
    REQUIRE(info);
    CHECK(info->status == ReportStatus::Submitted);
    const QDateTime submitted = QDateTime::fromString(info->submittedAt, Qt::ISODate);
    CHECK(submitted.timeSpec() == Qt::UTC);
    CHECK(submitted.toLocalTime() == QDateTime(QDate(2021, 7, 5), QTime(9, 30)));
    CHECK(info->approvedAt.isEmpty());
    CHECK_FALSE(info->onTime); // the period has no deadline

    clock.set(localTime(2021, 7, 8, 14, 0));
    s.reports.approve("BINH_THANH", "2021-H1", u"hoa"_s);
    info = s.reports.report("BINH_THANH", "2021-H1");
    CHECK(info->status == ReportStatus::Approved);
    CHECK(QDateTime::fromString(info->approvedAt, Qt::ISODate).toLocalTime() ==
          QDateTime(QDate(2021, 7, 8), QTime(14, 0)));

    s.reports.reopen("BINH_THANH", "2021-H1", u"hoa"_s, u"  Sai số liệu BHYT  "_s);
    info = s.reports.report("BINH_THANH", "2021-H1");
    CHECK(info->status == ReportStatus::Draft);
    CHECK(info->approvedAt.isEmpty());
    CHECK(info->submittedAt == submitted.toString(Qt::ISODate)); // the last submission stays on record

    CHECK(reportLog(*s.db, u"BINH_THANH|2021-H1"_s) ==
          QStringList{u"status: draft → submitted (lan)"_s,
                      u"submitted_at:  → %1 (lan)"_s.arg(submitted.toString(Qt::ISODate)),
                      u"status: submitted → approved (hoa)"_s, u"status: approved → draft (hoa)"_s,
                      u"reopen_reason:  → Sai số liệu BHYT (hoa)"_s});
}

TEST_CASE("submitting again updates the submission time", "[workflow]")
{
    Seeded s;
    FixedClock clock(localTime(2021, 7, 5, 9, 30));
    s.reports.submit("TAY_AN", "2021-H1", u"lan"_s); // nothing entered yet: the report is made
    const QString first = s.reports.report("TAY_AN", "2021-H1")->submittedAt;
    clock.set(localTime(2021, 7, 6, 10, 0));
    s.reports.submit("TAY_AN", "2021-H1", u"lan"_s);
    const auto info = s.reports.report("TAY_AN", "2021-H1");
    CHECK(info->status == ReportStatus::Submitted);
    CHECK(info->submittedAt > first);
    CHECK(reportLog(*s.db, u"TAY_AN|2021-H1"_s).size() == 3); // status once, the time twice
}

TEST_CASE("transitions that are not allowed are refused and change nothing", "[workflow]")
{
    Seeded s;
    const auto refused = [&](auto&& attempt, const QString& expectedWords) {
        const int before = auditRows(*s.db);
        const auto status = s.reports.status("TAY_AN", "2021-H1");
        try {
            attempt();
            FAIL("the transition was accepted");
        } catch (const StorageError& error) {
            CHECK(error.kind() == StorageError::Kind::Invalid);
            CHECK(error.message().contains(u"Xã Tây An"_s));
            CHECK(error.message().contains(u"Sơ kết 6 tháng đầu năm 2021"_s));
            CHECK(error.message().contains(expectedWords));
        }
        CHECK(auditRows(*s.db) == before);
        CHECK(s.reports.status("TAY_AN", "2021-H1") == status);
    };
    const auto approve = [&] {
        s.reports.approve("TAY_AN", "2021-H1", u"hoa"_s);
    };
    const auto submit = [&] {
        s.reports.submit("TAY_AN", "2021-H1", u"lan"_s);
    };
    const auto reopen = [&](const QString& reason) {
        return [&s, reason] {
            s.reports.reopen("TAY_AN", "2021-H1", u"hoa"_s, reason);
        };
    };

    refused(approve, u"not been submitted"_s); // no report at all
    refused(reopen(u"sai"_s), u"still a draft"_s);
    s.reports.saveValue({"TAY_AN", "2021-H1", "XH11", 120, std::nullopt, "", {}}, u"lan"_s);
    refused(approve, u"not been submitted"_s); // a draft
    refused(reopen(u"sai"_s), u"still a draft"_s);
    submit();
    refused(reopen(u"sai"_s), u"submitted"_s);
    approve();
    refused(approve, u"already approved"_s);
    refused(submit, u"already approved"_s);
    refused(reopen(QString()), u"reason"_s);
    refused(reopen(u"   "_s), u"reason"_s);
    CHECK(s.reports.status("TAY_AN", "2021-H1") == ReportStatus::Approved);

    CHECK_THROWS_WITH(s.reports.submit("NOWHERE", "2021-H1", u"lan"_s), Catch::Contains("NOWHERE"));
    CHECK_THROWS_WITH(s.reports.approve("TAY_AN", "2021-Q3", u"lan"_s), Catch::Contains("2021-Q3"));
    CHECK_FALSE(s.reports.report("NOWHERE", "2021-H1"));
}

TEST_CASE("a report is on time on the deadline day in local time and late the day after", "[workflow]")
{
    VietnamTime vietnam;
    Seeded s;
    setDeadline(*s.db, "2021-H1", "2021-07-10");
    FixedClock clock(localTime(2021, 7, 9, 8, 0));
    const auto submitAt = [&](const std::string& unit, Clock::TimePoint time) {
        clock.set(time);
        s.reports.submit(unit, "2021-H1", u"lan"_s);
        return s.reports.report(unit, "2021-H1")->onTime;
    };
    CHECK(submitAt("TAY_AN", localTime(2021, 7, 9, 8, 0)) == true);
    CHECK(submitAt("TAY_BINH", localTime(2021, 7, 10, 23, 59)) == true);
    // 00:10 on 11 July in Tây Sơn is still 10 July in UTC: late all the same.
    CHECK(submitAt("TAY_GIANG", localTime(2021, 7, 11, 0, 10)) == false);
    CHECK(submitAt("TAY_PHU", localTime(2021, 8, 2, 15, 0)) == false);

    // Approval keeps the verdict of the submission; a report reopened is no longer submitted.
    s.reports.approve("TAY_GIANG", "2021-H1", u"hoa"_s);
    CHECK(s.reports.report("TAY_GIANG", "2021-H1")->onTime == false);
    s.reports.reopen("TAY_GIANG", "2021-H1", u"hoa"_s, u"bổ sung"_s);
    CHECK_FALSE(s.reports.report("TAY_GIANG", "2021-H1")->onTime);

    // Moving the deadline re-judges what was received, as the office decided.
    setDeadline(*s.db, "2021-H1", "2021-08-05");
    CHECK(s.reports.report("TAY_PHU", "2021-H1")->onTime == true);
    setDeadline(*s.db, "2021-H1", "");
    CHECK_FALSE(s.reports.report("TAY_PHU", "2021-H1")->onTime);
}

TEST_CASE("an approved report refuses every change to its values until it is reopened", "[workflow]")
{
    Seeded s;
    s.reports.saveValue({"BINH_THANH", "2021-H1", "XH09", 92.5, std::nullopt, "", {}}, u"lan"_s);
    s.reports.submit("BINH_THANH", "2021-H1", u"lan"_s);
    s.reports.approve("BINH_THANH", "2021-H1", u"hoa"_s);
    const int before = auditRows(*s.db);
    try {
        s.reports.saveValue({"BINH_THANH", "2021-H1", "XH09", 95, std::nullopt, "", {}}, u"lan"_s);
        FAIL("a value of an approved report was changed");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Locked);
        CHECK(error.message().contains(u"Xã Bình Thành"_s));
        CHECK(error.message().contains(u"Sơ kết 6 tháng đầu năm 2021"_s));
        CHECK(error.message().contains(u"Reopen"_s));
    }
    // A new value of another indicator is refused too, and the other period is not locked.
    CHECK_THROWS_AS(s.reports.saveValue({"BINH_THANH", "2021-H1", "XH11", 10, {}, "", {}}, u"lan"_s), StorageError);
    s.reports.saveValue({"BINH_THANH", "2021-Y", "XH09", 95, std::nullopt, "", {}}, u"lan"_s);
    CHECK(auditRows(*s.db) == before + 1);
    const auto values = s.reports.values("2021-H1", "BINH_THANH");
    REQUIRE(values.size() == 1);
    CHECK(values[0].actual == 92.5);

    s.reports.reopen("BINH_THANH", "2021-H1", u"hoa"_s, u"Số liệu BHYT cập nhật"_s);
    s.reports.saveValue({"BINH_THANH", "2021-H1", "XH09", 95, std::nullopt, "", {}}, u"lan"_s);
    CHECK(s.reports.values("2021-H1", "BINH_THANH")[0].actual == 95);
}

TEST_CASE("completeness counts the values each unit is expected to report in the period", "[workflow]")
{
    Seeded s;
    // The seeded district has 32 targets: at six months the 7 year-end indicators are not assessed,
    // and the all_of QP04 is not entered itself (its three children are).
    auto rows = s.reports.completeness("2021-H1");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].unitCode == "HUYEN");
    CHECK(rows[0].expectedValues == 24);
    CHECK(rows[0].missingValues == 24);
    CHECK_FALSE(rows[0].report);

    // The seed holds three year-end values of the district.
    rows = s.reports.completeness("2021-Y");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].expectedValues == 31);
    CHECK(rows[0].missingValues == 28);
    REQUIRE(rows[0].report);
    CHECK(rows[0].report->status == ReportStatus::Draft);

    s.reports.saveValue({"HUYEN", "2021-H1", "XH09", 92.5, std::nullopt, "", {}}, u"lan"_s);
    s.reports.saveValue({"HUYEN", "2021-H1", "KT02", 100, std::nullopt, "", {}}, u"lan"_s); // year-end only
    s.reports.saveValue({"HUYEN", "2021-H1", "QP03", 40, std::nullopt, "", {}}, u"lan"_s);  // no baseline yet
    CHECK(s.reports.completeness("2021-H1")[0].missingValues == 23);
    s.reports.saveValue({"HUYEN", "2021-H1", "QP03", 40, 45, "", {}}, u"lan"_s);
    CHECK(s.reports.completeness("2021-H1")[0].missingValues == 22);

    // Communes report once they have targets; an archived unit and a unit whose only target is
    // assessed at year end are not expected at six months.
    storage::PlanRepository plan(*s.db);
    plan.saveTarget({"BINH_THANH", "XH09", 2021, 93});
    plan.saveTarget({"BINH_THANH", "KT02", 2021, 100});
    plan.saveTarget({"TAY_AN", "XH13", 2021, 40});
    plan.saveTarget({"VINH_AN", "XH09", 2021, 90});
    Unit vinhAn{"VINH_AN", "Xã Vĩnh An", UnitKind::Commune, "CUM_XA", true};
    plan.saveUnit(vinhAn);
    s.reports.submit("BINH_THANH", "2021-H1", u"lan"_s);

    rows = s.reports.completeness("2021-H1");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].unitCode == "HUYEN");
    const auto* binhThanh = progressOf(rows, "BINH_THANH");
    REQUIRE(binhThanh);
    CHECK(binhThanh->expectedValues == 1);
    CHECK(binhThanh->missingValues == 1);
    REQUIRE(binhThanh->report);
    CHECK(binhThanh->report->status == ReportStatus::Submitted);

    rows = s.reports.completeness("2021-Y");
    CHECK(rows.size() == 3);
    CHECK(progressOf(rows, "BINH_THANH")->expectedValues == 2);
    CHECK(progressOf(rows, "TAY_AN")->expectedValues == 1);
    CHECK_FALSE(progressOf(rows, "VINH_AN"));
    CHECK_FALSE(progressOf(rows, "BINH_THANH")->report); // the six-month report is another report

    CHECK_THROWS_AS(s.reports.completeness("2021-Q3"), StorageError);
}
