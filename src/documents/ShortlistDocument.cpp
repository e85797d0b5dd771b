#include "DocumentHtml.h"
#include "DocumentWords.h"
#include "Documents.h"

#include "storage/PlanRepository.h"
#include "storage/ShortlistRepository.h"

#include <map>

using namespace Qt::StringLiterals;

namespace thidua::documents {
namespace {

struct Section
{
    QString heading;
    std::vector<const ShortlistEntry*> entries;
};

bool listed(const ShortlistEntry& entry)
{
    return entry.included && entry.status != EntryStatus::NotPassed;
}

// The last column: the achievement in one line, and the decision once there is one.
QString achievementCell(const ShortlistEntry& entry)
{
    QString cell = html::escape(entry.achievement);
    if (!entry.decisionNumber.empty()) {
        QString decision = u"QĐ số "_s + QString::fromStdString(entry.decisionNumber);
        if (!entry.decisionDate.empty()) {
            decision += u" ngày "_s + words::date(entry.decisionDate);
        }
        cell += (cell.isEmpty() ? QString() : u"<br/>"_s) + u"<i>%1</i>"_s.arg(html::escape(decision));
    }
    return cell;
}

class ShortlistTable
{
public:
    ShortlistTable(const std::vector<Unit>& units, const std::vector<Group>& groups)
        : m_units(units)
        , m_groups(groups)
        , m_table({{u"TT"_s, 6, html::Align::Center},
                   {u"Tên tập thể, cá nhân"_s, 26},
                   {u"Chức vụ, đơn vị công tác"_s, 24},
                   {u"Hình thức khen thưởng"_s, 20},
                   {u"Thành tích, quyết định"_s, 24}})
    {
    }

    void add(const Section& section)
    {
        m_table.groupRow(section.heading);
        int number = 0;
        for (const ShortlistEntry* entry : section.entries) {
            m_table.row({QString::number(++number), html::escape(name(*entry)), html::escape(where(*entry)),
                         html::escape(words::award(entry->award)), achievementCell(*entry)});
        }
    }

    QString html() const { return m_table.html(); }

private:
    QString unitName(const std::string& code) const
    {
        const Unit* unit = words::findByCode(m_units, code);
        return unit ? QString::fromStdString(unit->name) : QString::fromStdString(code);
    }

    QString name(const ShortlistEntry& entry) const
    {
        return isCollective(entry) ? unitName(entry.unitCode) : QString::fromStdString(entry.personName);
    }

    // A person: position and unit; a collective: the cluster or block it competes in.
    QString where(const ShortlistEntry& entry) const
    {
        if (!isCollective(entry)) {
            const QString position = QString::fromStdString(entry.position);
            return position.isEmpty() ? unitName(entry.unitCode) : position + u", "_s + unitName(entry.unitCode);
        }
        const Unit* unit = words::findByCode(m_units, entry.unitCode);
        const Group* group = unit ? words::findByCode(m_groups, unit->groupCode) : nullptr;
        return group ? QString::fromStdString(group->name) : QString();
    }

    const std::vector<Unit>& m_units;
    const std::vector<Group>& m_groups;
    html::Table m_table;
};

std::vector<Section> sections(const std::vector<ShortlistEntry>& entries, const std::vector<Unit>& units,
                              const std::vector<Group>& groups, ShortlistGrouping grouping)
{
    std::vector<Section> result;
    Section collectives{u"Tập thể"_s, {}};
    Section individuals{u"Cá nhân"_s, {}};
    // By group: in the plan's order of groups, then collectives in no group.
    std::map<std::string, Section> byGroup;
    for (const ShortlistEntry& entry : entries) {
        if (!listed(entry)) {
            continue;
        }
        if (!isCollective(entry)) {
            individuals.entries.push_back(&entry);
            continue;
        }
        if (grouping == ShortlistGrouping::CollectivesThenIndividuals) {
            collectives.entries.push_back(&entry);
            continue;
        }
        const Unit* unit = words::findByCode(units, entry.unitCode);
        byGroup[unit ? unit->groupCode : std::string()].entries.push_back(&entry);
    }
    if (grouping == ShortlistGrouping::CollectivesThenIndividuals) {
        result.push_back(std::move(collectives));
    } else {
        for (const Group& group : groups) {
            if (const auto found = byGroup.find(group.code); found != byGroup.end()) {
                found->second.heading = u"Tập thể - "_s + QString::fromStdString(group.name);
                result.push_back(std::move(found->second));
                byGroup.erase(found);
            }
        }
        for (auto& [code, section] : byGroup) {
            section.heading = u"Tập thể khác"_s;
            result.push_back(std::move(section));
        }
    }
    result.push_back(std::move(individuals));
    std::erase_if(result, [](const Section& section) { return section.entries.empty(); });
    for (size_t i = 0; i < result.size(); ++i) {
        result[i].heading = html::romanNumeral(int(i) + 1) + u". "_s + result[i].heading;
    }
    return result;
}

} // namespace

DocumentContent shortlistDocument(storage::Database& db, const std::string& periodCode, ShortlistGrouping grouping)
{
    const Period period = words::findPeriod(db, periodCode);
    const storage::PlanRepository plan(db);
    const std::vector<Unit> units = plan.units();
    const std::vector<Group> groups = plan.groups();
    const storage::ShortlistRepository shortlist(db);
    const storage::DocumentSettings settings = shortlist.documentSettings();
    const std::vector<ShortlistEntry> entries = shortlist.entries(periodCode);

    QString body = html::header(settings, u"DS-UBND"_s);
    body += html::title(u"Danh sách đề nghị khen thưởng"_s,
                        {u"Thành tích trong phong trào thi đua yêu nước - "_s + QString::fromStdString(period.name)});
    const std::vector<Section> parts = sections(entries, units, groups, grouping);
    if (parts.empty()) {
        body += html::paragraph(u"Không có tập thể, cá nhân nào được đề nghị khen thưởng."_s);
    } else {
        ShortlistTable table(units, groups);
        for (const Section& section : parts) {
            table.add(section);
        }
        body += table.html();
    }
    body += html::footer(settings);

    return {u"Danh sách đề nghị khen thưởng - "_s + QString::fromStdString(period.name), html::page(body),
            QPageLayout::Portrait};
}

} // namespace thidua::documents
