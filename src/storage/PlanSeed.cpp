#include "PlanSeed.h"

#include "Database.h"
#include "PlanRepository.h"
#include "ReportRepository.h"
#include "ShortlistRepository.h"
#include "core/Csv.h"
#include "core/NumberFormat.h"

#include <QCoreApplication>
#include <QFile>

#include <map>

using namespace Qt::StringLiterals;

namespace thidua::storage {
namespace {

// One seed file, read by column name. Any fault is a fault of the build itself, reported with the
// file and line so it is found at once.
class SeedTable
{
public:
    explicit SeedTable(const QString& name)
        : m_name(u":/seed/2021/"_s + name)
    {
        QFile file(m_name);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(0, u"missing"_s);
        }
        const QByteArray bytes = file.readAll();
        try {
            m_table = parseCsv(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        } catch (const CsvError& error) {
            fail(error.line(), QString::fromUtf8(error.what()));
        }
        for (std::size_t i = 0; i < m_table.header.fields.size(); ++i) {
            m_columns[m_table.header.fields[i]] = i;
        }
    }

    const std::vector<CsvRecord>& records() const { return m_table.records; }

    std::string text(const CsvRecord& record, const std::string& column) const
    {
        const auto found = m_columns.find(column);
        if (found == m_columns.end()) {
            fail(m_table.header.line, u"no column "_s + QString::fromStdString(column));
        }
        return found->second < record.fields.size() ? record.fields[found->second] : std::string();
    }

    std::optional<double> number(const CsvRecord& record, const std::string& column) const
    {
        const std::string value = text(record, column);
        if (value.empty()) {
            return std::nullopt;
        }
        const ParsedNumber parsed = parseNumber(value, false);
        if (!parsed.value) {
            fail(record.line, QString::fromStdString(column + ": " + parsed.error));
        }
        return parsed.value;
    }

    template <typename T>
    T code(const CsvRecord& record, const std::string& column, std::optional<T> (*parse)(std::string_view)) const
    {
        const auto value = parse(text(record, column));
        if (!value) {
            fail(record.line, QString::fromStdString(column + ": " + text(record, column)));
        }
        return *value;
    }

    std::vector<std::string> list(const CsvRecord& record, const std::string& column) const
    {
        std::vector<std::string> items;
        const QString value = QString::fromStdString(text(record, column));
        for (const QString& item : value.split(u'|', Qt::SkipEmptyParts)) {
            items.push_back(item.trimmed().toStdString());
        }
        return items;
    }

    [[noreturn]] void fail(int line, const QString& what) const
    {
        throw StorageError(
            StorageError::Kind::Failed,
            QCoreApplication::translate("thidua::storage", "The built-in plan data is faulty (%1:%2: %3).")
                .arg(m_name)
                .arg(line)
                .arg(what));
    }

private:
    QString m_name;
    CsvTable m_table;
    std::map<std::string, std::size_t> m_columns;
};

std::vector<Band> parseBands(const SeedTable& table, const CsvRecord& record)
{
    std::vector<Band> bands;
    for (const std::string& item : table.list(record, "bands")) {
        const auto colon = item.find(':');
        const ParsedNumber ratio = parseNumber(item.substr(0, colon), false);
        const ParsedNumber share = parseNumber(colon == std::string::npos ? "" : item.substr(colon + 1), false);
        if (!ratio.value || !share.value) {
            table.fail(record.line, QString::fromStdString("bands: " + item));
        }
        bands.push_back({*ratio.value, *share.value});
    }
    return bands;
}

// Without criteria first: groups need their schemes before the indicators that criteria link exist.
void seedSchemes(PlanRepository& plan, bool withCriteria)
{
    const SeedTable table(u"schemes.csv"_s);
    std::vector<Scheme> schemes;
    for (const CsvRecord& record : table.records()) {
        const std::string code = table.text(record, "scheme");
        if (schemes.empty() || schemes.back().code != code) {
            schemes.push_back({code,
                               table.text(record, "scheme_name"),
                               table.number(record, "scale"),
                               table.number(record, "bonus_cap"),
                               table.number(record, "flag_threshold"),
                               {},
                               {}});
        }
        Criterion criterion;
        criterion.code = table.text(record, "criterion");
        criterion.heading = table.text(record, "heading");
        criterion.name = table.text(record, "name");
        criterion.maxPoints = table.number(record, "max").value_or(0);
        criterion.indicatorCode = table.text(record, "indicator");
        if (!table.text(record, "method").empty()) {
            criterion.method = table.code(record, "method", scoringMethodFromCode);
        }
        criterion.bonusRate = table.number(record, "bonus_rate").value_or(criterion.bonusRate);
        criterion.excessCap = table.number(record, "excess_cap").value_or(criterion.excessCap);
        criterion.bands = parseBands(table, record);
        criterion.veto = table.text(record, "veto") == "1";
        schemes.back().criteria.push_back(std::move(criterion));
    }
    const SeedTable titles(u"title_bands.csv"_s);
    for (Scheme& scheme : schemes) {
        for (const CsvRecord& record : titles.records()) {
            if (titles.text(record, "scheme") == scheme.code) {
                scheme.titleBands.push_back(
                    {titles.number(record, "min_share").value_or(0), titles.text(record, "title")});
            }
        }
        if (!withCriteria) {
            scheme.criteria.clear();
        }
        plan.saveScheme(scheme);
    }
}

} // namespace

void seedTaySon2021(Database& db)
{
    PlanRepository plan(db);
    const SeedTable plans(u"plan.csv"_s);
    for (const CsvRecord& r : plans.records()) {
        plan.savePlan({static_cast<int>(plans.number(r, "year").value_or(0)), plans.text(r, "title"),
                       plans.text(r, "document_number"), plans.text(r, "issued_on"), plans.text(r, "issuer")});
    }
    // The province is not in the plan's data; the district's own name follows from its issuer, but is
    // stored too so that the printed headings stay as they are if the issuer is retyped.
    DocumentSettings documents;
    documents.parentAgency = "UBND TỈNH BÌNH ĐỊNH";
    documents.issuingAgency = "UBND HUYỆN TÂY SƠN";
    documents.place = "Tây Sơn";
    ShortlistRepository(db).seedDocumentSettings(documents);
    const SeedTable headings(u"headings.csv"_s);
    for (const CsvRecord& r : headings.records()) {
        plan.saveHeading({headings.text(r, "code"), headings.text(r, "name")});
    }
    // Units come before indicators: named sets (KT03) list units as their members. Units need
    // their groups, groups their schemes, and scheme criteria their indicators.
    seedSchemes(plan, false);
    const SeedTable groups(u"groups.csv"_s);
    for (const CsvRecord& r : groups.records()) {
        plan.saveGroup({groups.text(r, "code"), groups.text(r, "name"), groups.code(r, "kind", groupKindFromCode),
                        groups.text(r, "scheme")});
    }
    const SeedTable units(u"units.csv"_s);
    for (const CsvRecord& r : units.records()) {
        plan.saveUnit({units.text(r, "code"), units.text(r, "name"), units.code(r, "kind", unitKindFromCode),
                       units.text(r, "group"), false});
    }
    const SeedTable indicators(u"indicators.csv"_s);
    for (const CsvRecord& r : indicators.records()) {
        plan.saveIndicator({indicators.text(r, "code"), indicators.text(r, "parent"), indicators.text(r, "name"),
                            indicators.text(r, "unit"), indicators.code(r, "kind", indicatorKindFromCode),
                            indicators.code(r, "period_basis", periodBasisFromCode),
                            indicators.number(r, "mid_year_share"), indicators.number(r, "min"),
                            indicators.number(r, "max"), indicators.text(r, "heading"), indicators.list(r, "members")});
    }
    seedSchemes(plan, true);
    const SeedTable targets(u"targets.csv"_s);
    for (const CsvRecord& r : targets.records()) {
        plan.saveTarget({targets.text(r, "unit"), targets.text(r, "indicator"),
                         static_cast<int>(targets.number(r, "year").value_or(0)), targets.number(r, "target")});
    }
    const SeedTable phases(u"phases.csv"_s);
    for (const CsvRecord& r : phases.records()) {
        plan.savePhase({phases.text(r, "code"), static_cast<int>(phases.number(r, "year").value_or(0)),
                        phases.text(r, "name"), phases.text(r, "starts_on"), phases.text(r, "ends_on"),
                        QString::fromStdString(phases.text(r, "salutes")).replace(u'|', u'\n').toStdString()});
    }
    const SeedTable periods(u"periods.csv"_s);
    for (const CsvRecord& r : periods.records()) {
        plan.savePeriod({periods.text(r, "code"), periods.text(r, "phase"), periods.text(r, "name"),
                         periods.text(r, "starts_on"), periods.text(r, "ends_on"), periods.text(r, "deadline")});
    }
    ReportRepository reports(db);
    const SeedTable values(u"reports.csv"_s);
    for (const CsvRecord& r : values.records()) {
        reports.saveValue({values.text(r, "unit"), values.text(r, "period"), values.text(r, "indicator"),
                           values.number(r, "actual"), values.number(r, "baseline"), values.text(r, "note"),
                           values.list(r, "members")},
                          QCoreApplication::translate("thidua::storage", "published results"));
    }
}

} // namespace thidua::storage
