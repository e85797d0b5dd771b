#include "ShortlistFixture.h"

#include "CliRunner.h"
#include "DemoDatabase.h"

#include "core/Csv.h"
#include "storage/Database.h"
#include "storage/ShortlistRepository.h"

#include <catch2/catch.hpp>

#include <QHash>

using namespace Qt::StringLiterals;

namespace thidua::test {

QString demoDatabase(const TempDir& dir)
{
    const QString path = dir.path(u"demo.sqlite"_s);
    demo::createDemoDatabase(path);
    return path;
}

QString reviewedShortlistDatabase(const TempDir& dir)
{
    const QString path = demoDatabase(dir);
    const CliResult synced = runCli({u"--db"_s, path, u"shortlist"_s, u"--period"_s, u"2021-Y"_s, u"--sync"_s});
    INFO(synced.err.toStdString());
    REQUIRE(synced.status == 0);

    const auto db = storage::Database::open(path);
    storage::ShortlistRepository shortlist(*db);
    std::vector<ShortlistEntry> entries = shortlist.entries("2021-Y");
    REQUIRE(entries.size() >= 3);
    entries[1].included = false;
    entries[1].exclusionReason = "Đơn vị xin rút";
    shortlist.save(entries[1], u"test"_s);
    entries[2].status = EntryStatus::NotPassed;
    shortlist.save(entries[2], u"test"_s);

    ShortlistEntry person;
    person.periodCode = "2021-Y";
    person.unitCode = "BINH_THANH";
    person.award = Award::AdvancedWorker;
    person.personName = "Nguyễn Văn An";
    person.position = "Chủ tịch UBND xã";
    person.reachedAdvancedWorker = true;
    person.achievement = "Hoàn thành xuất sắc nhiệm vụ năm 2021";
    shortlist.save(person, u"test"_s);
    return path;
}

QList<QStringList> csvRecords(const QString& text)
{
    const CsvTable table = parseCsv(text.toStdString());
    const auto fields = [](const CsvRecord& record) {
        QStringList list;
        for (const std::string& field : record.fields) {
            list.append(QString::fromStdString(field));
        }
        return list;
    };
    QList<QStringList> records{fields(table.header)};
    for (const CsvRecord& record : table.records) {
        records.append(fields(record));
    }
    return records;
}

QString awardNameOfCode(const QString& code)
{
    static const QHash<QString, QString> names{
        {u"co_thi_dua"_s, u"Cờ thi đua"_s},
        {u"tap_the_ldxs"_s, u"Tập thể lao động xuất sắc"_s},
        {u"tap_the_ldtt"_s, u"Tập thể lao động tiên tiến"_s},
        {u"giay_khen_tap_the"_s, u"Giấy khen của Chủ tịch UBND huyện"_s},
        {u"ldtt"_s, u"Lao động tiên tiến"_s},
        {u"cstdcs"_s, u"Chiến sĩ thi đua cơ sở"_s},
        {u"giay_khen_ca_nhan"_s, u"Giấy khen của Chủ tịch UBND huyện"_s},
    };
    return names.value(code, u"?"_s + code);
}

} // namespace thidua::test
