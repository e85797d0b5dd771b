// The commendation shortlist as stored: entries read back as saved, every refusal leaves the file as
// it was, every change is in the audit log, and the ranking's proposals are brought in once.
#include "storage/ShortlistRepository.h"
#include "DemoDatabase.h"
#include "core/Campaign.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace thidua;
using storage::ShortlistRepository;
using storage::StorageError;

namespace {

int countRows(storage::Database& db, const QString& table)
{
    QSqlQuery query(u"SELECT COUNT(*) FROM "_s + table, db.connection());
    query.next();
    return query.value(0).toInt();
}

// Every audit row of the shortlist as "field: old → new (user)".
QStringList auditLines(storage::Database& db, const QString& entity = u"shortlist_entry"_s)
{
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT field, old_value, new_value, user_name FROM audit_log WHERE entity = ? ORDER BY id"_s);
    query.addBindValue(entity);
    query.exec();
    QStringList lines;
    while (query.next()) {
        lines << u"%1: %2 → %3 (%4)"_s.arg(query.value(0).toString(), query.value(1).toString(),
                                           query.value(2).toString(), query.value(3).toString());
    }
    return lines;
}

ShortlistEntry collective()
{
    ShortlistEntry entry;
    entry.periodCode = "2021-Y";
    entry.unitCode = "BINH_THANH";
    entry.award = Award::ExcellentCollective;
    entry.facts = {25, 25, 20, 2, 0};
    entry.achievement = "Dẫn đầu cụm thi đua";
    return entry;
}

ShortlistEntry individual()
{
    ShortlistEntry entry;
    entry.periodCode = "2021-Y";
    entry.unitCode = "BINH_THANH";
    entry.award = Award::EmulationSoldier;
    entry.personName = "Nguyễn Thị Đào";
    entry.position = "Công chức Văn phòng - Thống kê";
    entry.initiative = "Số hóa hồ sơ một cửa";
    entry.reachedAdvancedWorker = true;
    entry.included = false;
    entry.exclusionReason = "Chờ Hội đồng sáng kiến công nhận";
    entry.status = EntryStatus::Approved;
    entry.decisionNumber = "125/QĐ-UBND";
    entry.decisionDate = "2022-01-20";
    entry.decisionSigner = "Nguyễn Văn Hùng";
    entry.note = "ghi chú";
    return entry;
}

// Everything the entry holds, to compare whole entries in one CHECK.
std::string describe(const ShortlistEntry& e)
{
    const auto n = [](const std::optional<int>& v) {
        return v ? std::to_string(*v) : std::string("-");
    };
    return std::to_string(e.id) + "|" + e.periodCode + "|" + e.unitCode + "|" + std::string(toCode(e.award)) + "|" +
           e.personName + "|" + e.position + "|" + e.initiative + "|" + (e.reachedAdvancedWorker ? "1" : "0") + "|" +
           n(e.facts.members) + "," + n(e.facts.completingTasks) + "," + n(e.facts.advancedWorkers) + "," +
           n(e.facts.emulationSoldiers) + "," + n(e.facts.disciplined) + "|" + (e.fromRanking ? "1" : "0") + "|" +
           e.achievement + "|" + (e.included ? "1" : "0") + "|" + e.exclusionReason + "|" +
           std::string(toCode(e.status)) + "|" + e.decisionNumber + "|" + e.decisionDate + "|" + e.decisionSigner +
           "|" + e.note;
}

std::vector<GroupRanking> rankingsOf(storage::Database& db, const std::string& period)
{
    return computePeriod(storage::CampaignRepository(db).load(period)).rankings;
}

const ShortlistEntry* find(const std::vector<ShortlistEntry>& entries, const std::string& unit, Award award)
{
    const auto found = std::find_if(entries.begin(), entries.end(), [&](const ShortlistEntry& e) {
        return e.unitCode == unit && e.award == award && e.personName.empty();
    });
    return found == entries.end() ? nullptr : &*found;
}

} // namespace

TEST_CASE("collective and individual entries read back as saved", "[shortlist]")
{
    test::TempDir dir;
    auto db = storage::Database::create(dir.path(u"plan.sqlite"_s), storage::Seed::TaySon2021);
    ShortlistRepository shortlist(*db);

    ShortlistEntry group = collective();
    group.id = shortlist.save(group, u"lan"_s);
    ShortlistEntry person = individual();
    person.id = shortlist.save(person, u"lan"_s);
    CHECK(group.id > 0);
    CHECK(person.id != group.id);
    REQUIRE(shortlist.entry(group.id));
    CHECK(describe(*shortlist.entry(group.id)) == describe(group));
    CHECK(describe(*shortlist.entry(person.id)) == describe(person));
    CHECK_FALSE(shortlist.entry(person.id + 100));

    // Collectives print before individuals, whatever order they were typed in.
    ShortlistEntry other = individual();
    other.personName = "  Lê Văn Ánh ";
    other.award = Award::AdvancedWorker;
    other.id = shortlist.save(other, u"lan"_s);
    const auto entries = shortlist.entries("2021-Y");
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].id == group.id);
    CHECK(entries[1].personName == "Lê Văn Ánh"); // trimmed, and Lê before Nguyễn
    CHECK(entries[2].id == person.id);
    CHECK(shortlist.entries("2021-H1").empty());

    // An update changes the stored row, not a new one.
    group.facts.disciplined = 1;
    group.status = EntryStatus::Reviewed;
    CHECK(shortlist.save(group, u"minh"_s) == group.id);
    CHECK(describe(*shortlist.entry(group.id)) == describe(group));
    CHECK(countRows(*db, u"shortlist_entries"_s) == 3);
}

TEST_CASE("every refusal names what is wrong and leaves the database unchanged", "[shortlist]")
{
    test::TempDir dir;
    auto db = storage::Database::create(dir.path(u"plan.sqlite"_s), storage::Seed::TaySon2021);
    ShortlistRepository shortlist(*db);
    ShortlistEntry stored = collective();
    stored.id = shortlist.save(stored, u"lan"_s);
    ShortlistEntry fromRanking = collective();
    fromRanking.award = Award::EmulationFlag;
    fromRanking.fromRanking = true;
    fromRanking.id = shortlist.save(fromRanking, u"lan"_s);
    const int audit = countRows(*db, u"audit_log"_s);
    std::vector<std::string> before;
    for (const auto& e : shortlist.entries("2021-Y")) {
        before.push_back(describe(e));
    }

    struct Case
    {
        const char* what;
        ShortlistEntry entry;
        QString words;
    };
    std::vector<Case> cases;
    const auto add = [&](const char* what, auto change, const QString& words, ShortlistEntry base = collective()) {
        change(base);
        cases.push_back({what, base, words});
    };
    add(
        "unknown unit", [](ShortlistEntry& e) { e.unitCode = "XA_MOI"; }, u"XA_MOI"_s);
    add(
        "unknown period", [](ShortlistEntry& e) { e.periodCode = "2020-Y"; }, u"2020-Y"_s);
    add(
        "collective with a name", [](ShortlistEntry& e) { e.personName = "Trần B"; }, u"Trần B"_s);
    add(
        "individual without a name", [](ShortlistEntry& e) { e.personName = " "; }, u"Chiến sĩ thi đua cơ sở"_s,
        individual());
    add(
        "individual with counts", [](ShortlistEntry& e) { e.facts.members = 3; }, u"counts"_s, individual());
    add(
        "exclusion without reason", [](ShortlistEntry& e) { e.included = false; }, u"reason"_s);
    add(
        "negative count", [](ShortlistEntry& e) { e.facts.disciplined = -1; }, u"-1"_s);
    add(
        "count above members", [](ShortlistEntry& e) { e.facts.advancedWorkers = 26; }, u"26"_s);
    add(
        "decision date", [](ShortlistEntry& e) { e.decisionDate = "20/01/2022"; }, u"20/01/2022"_s);
    add(
        "approved without decision", [](ShortlistEntry& e) { e.status = EntryStatus::Approved; }, u"decision"_s);
    add(
        "duplicate", [](ShortlistEntry&) {}, u"BINH_THANH"_s);
    add(
        "unknown id", [](ShortlistEntry& e) { e.id = 999; }, u"999"_s);
    add(
        "ranking entry's award", [&](ShortlistEntry& e) { e = fromRanking, e.award = Award::CollectiveCertificate; },
        u"ranking"_s);

    for (const Case& c : cases) {
        DYNAMIC_SECTION(c.what)
        {
            try {
                shortlist.save(c.entry, u"lan"_s);
                FAIL("saved");
            } catch (const StorageError& error) {
                CHECK(error.kind() == StorageError::Kind::Invalid);
                CHECK(error.message().contains(c.words));
            }
            std::vector<std::string> after;
            for (const auto& e : shortlist.entries("2021-Y")) {
                after.push_back(describe(e));
            }
            CHECK(after == before);
            CHECK(countRows(*db, u"audit_log"_s) == audit);
        }
    }
}

TEST_CASE("every change to an entry is in the audit log with its user", "[shortlist]")
{
    test::TempDir dir;
    auto db = storage::Database::create(dir.path(u"plan.sqlite"_s), storage::Seed::TaySon2021);
    ShortlistRepository shortlist(*db);
    ShortlistEntry entry = individual();
    entry.id = shortlist.save(entry, u"lan"_s);
    CHECK(auditLines(*db).contains(u"person_name:  → Nguyễn Thị Đào (lan)"_s));
    CHECK(auditLines(*db).contains(u"decision_number:  → 125/QĐ-UBND (lan)"_s));
    const auto created = auditLines(*db).size();

    entry.included = true;
    entry.exclusionReason.clear();
    shortlist.save(entry, u"minh"_s);
    CHECK(auditLines(*db).mid(created) ==
          QStringList{u"included: 0 → 1 (minh)"_s, u"exclusion_reason: Chờ Hội đồng sáng kiến công nhận →  (minh)"_s});
    shortlist.save(entry, u"minh"_s); // unchanged: nothing to log
    CHECK(auditLines(*db).size() == created + 2);

    shortlist.remove(entry.id, u"hoa"_s);
    CHECK_FALSE(shortlist.entry(entry.id));
    CHECK(auditLines(*db).contains(u"person_name: Nguyễn Thị Đào →  (hoa)"_s));
}

TEST_CASE("the ranking's proposals come in once and keep what people entered", "[shortlist][demo]")
{
    test::TempDir dir;
    const QString path = dir.path(u"demo.sqlite"_s);
    demo::createDemoDatabase(path);
    auto db = storage::Database::open(path);
    ShortlistRepository shortlist(*db);
    const auto rankings = rankingsOf(*db, "2021-Y");

    const int added = shortlist.syncFromRankings("2021-Y", rankings, u"lan"_s);
    auto entries = shortlist.entries("2021-Y");
    CHECK(added == static_cast<int>(proposalsFromRankings("2021-Y", rankings).size()));
    CHECK(static_cast<int>(entries.size()) == added);
    const ShortlistEntry* flag = find(entries, "BINH_THANH", Award::EmulationFlag);
    REQUIRE(flag);
    CHECK(flag->fromRanking);
    CHECK(flag->achievement.rfind("Hạng 1/15, ", 0) == 0);
    CHECK(find(entries, "VP_HDND_UBND", Award::EmulationFlag));
    CHECK_FALSE(find(entries, "TAY_GIANG", Award::EmulationFlag)); // vetoed
    CHECK(entries.front().unitCode == "BINH_THANH");               // the cluster first, its leader on top
    CHECK(std::any_of(entries.begin(), entries.end(),
                      [](const ShortlistEntry& e) { return e.award == Award::ExcellentCollective; }));

    // People's edits survive a second sync, which adds nothing.
    ShortlistEntry edited = *flag;
    edited.facts = {30, 30, 25, 3, 0};
    edited.status = EntryStatus::Reviewed;
    edited.note = "Hội đồng đã xem xét";
    shortlist.save(edited, u"minh"_s);
    CHECK(shortlist.syncFromRankings("2021-Y", rankings, u"lan"_s) == 0);
    entries = shortlist.entries("2021-Y");
    CHECK(describe(*find(entries, "BINH_THANH", Award::EmulationFlag)) == describe(edited));

    // A ranking that proposes nothing sets aside what is still only proposed, not what was reviewed.
    CHECK(shortlist.syncFromRankings("2021-Y", {}, u"lan"_s) == 0);
    entries = shortlist.entries("2021-Y");
    for (const ShortlistEntry& e : entries) {
        CHECK(e.included == (e.id == edited.id));
        CHECK(e.exclusionReason == (e.id == edited.id ? "" : "No longer proposed by the ranking."));
    }
    // Proposed again, they come back.
    CHECK(shortlist.syncFromRankings("2021-Y", rankings, u"lan"_s) == 0);
    for (const ShortlistEntry& e : shortlist.entries("2021-Y")) {
        CHECK(e.included);
    }
}

TEST_CASE("typed entries can be removed, the ranking's only excluded", "[shortlist]")
{
    test::TempDir dir;
    auto db = storage::Database::create(dir.path(u"plan.sqlite"_s), storage::Seed::TaySon2021);
    ShortlistRepository shortlist(*db);
    ShortlistEntry proposed = collective();
    proposed.fromRanking = true;
    proposed.id = shortlist.save(proposed, u"lan"_s);
    const int audit = countRows(*db, u"audit_log"_s);
    CHECK_THROWS_AS(shortlist.remove(proposed.id, u"lan"_s), StorageError);
    CHECK_THROWS_AS(shortlist.remove(proposed.id + 50, u"lan"_s), StorageError);
    CHECK(shortlist.entry(proposed.id));
    CHECK(countRows(*db, u"audit_log"_s) == audit);

    const auto typed = shortlist.save(individual(), u"lan"_s);
    shortlist.remove(typed, u"lan"_s);
    CHECK(shortlist.entries("2021-Y").size() == 1);
}

TEST_CASE("document settings: the seed, defaults from the plan, and a round trip", "[shortlist]")
{
    test::TempDir dir;
    auto seeded = storage::Database::create(dir.path(u"seeded.sqlite"_s), storage::Seed::TaySon2021);
    const auto settings = ShortlistRepository(*seeded).documentSettings();
    CHECK(settings.parentAgency == "UBND TỈNH BÌNH ĐỊNH");
    CHECK(settings.issuingAgency == "UBND HUYỆN TÂY SƠN");
    CHECK(settings.place == "Tây Sơn");
    CHECK(settings.signingFor == "KT. CHỦ TỊCH");
    CHECK(settings.emulationSoldierQuota == 0.15);
    CHECK(auditLines(*seeded, u"document_settings"_s).isEmpty()); // a seed, not a person's change

    // Without stored settings, the issuer of the plan gives the agency and the place.
    auto empty = storage::Database::create(dir.path(u"empty.sqlite"_s), storage::Seed::Empty);
    empty->transaction([&] {
        storage::PlanRepository(*empty).savePlan({2022, "Kế hoạch", "", "", "UBND huyện Tây Sơn"});
    });
    const auto derived = ShortlistRepository(*empty).documentSettings();
    CHECK(derived.parentAgency.empty());
    CHECK(derived.issuingAgency == "UBND HUYỆN TÂY SƠN");
    CHECK(derived.place == "Tây Sơn");

    storage::DocumentSettings changed = settings;
    changed.signingFor.clear(); // the chairman signs himself
    changed.signerTitle = "CHỦ TỊCH";
    changed.signerName = "Nguyễn Văn Hùng";
    changed.recipients = {"Như Điều 3;", "Lưu: VT, NV."};
    changed.emulationSoldierQuota = 0.2;
    ShortlistRepository(*seeded).saveDocumentSettings(changed, u"lan"_s);
    const auto read = ShortlistRepository(*seeded).documentSettings();
    CHECK(read.signingFor.empty());
    CHECK(read.signerTitle == "CHỦ TỊCH");
    CHECK(read.signerName == "Nguyễn Văn Hùng");
    CHECK(read.recipients == changed.recipients);
    CHECK(read.emulationSoldierQuota == 0.2);
    CHECK(auditLines(*seeded, u"document_settings"_s).contains(u"signer_name:  → Nguyễn Văn Hùng (lan)"_s));

    changed.emulationSoldierQuota = 1.5;
    CHECK_THROWS_AS(ShortlistRepository(*seeded).saveDocumentSettings(changed, u"lan"_s), StorageError);
    CHECK(ShortlistRepository(*seeded).documentSettings().emulationSoldierQuota == 0.2);
}
