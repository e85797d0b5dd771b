#include "DocumentHtml.h"
#include "DocumentWords.h"
#include "Documents.h"

#include "core/DistrictSummary.h"
#include "core/DistrictView.h"
#include "storage/CampaignRepository.h"
#include "storage/PlanRepository.h"
#include "storage/ShortlistRepository.h"

using namespace Qt::StringLiterals;

namespace thidua::documents {
namespace {

// Booleans are reported as 1 or 0; the paper says yes or no.
QString actualText(const Indicator& indicator, const Achievement& achievement)
{
    if (indicator.kind == IndicatorKind::Boolean && achievement.actual) {
        return *achievement.actual != 0 ? u"Có"_s : u"Không"_s;
    }
    return words::number(achievement.actual);
}

QString planText(const Achievement& achievement)
{
    return words::number(achievement.effectiveTarget ? achievement.effectiveTarget : achievement.target);
}

// The communes' sum beside the district's figure, where adding them up means something.
QString communesNote(const DistrictLine& line)
{
    if (line.communesExpected == 0 && line.communesReporting == 0) {
        return {};
    }
    QString note = u"%1/%2 xã, thị trấn báo cáo"_s.arg(line.communesReporting).arg(line.communesExpected);
    if (line.additive && line.communeSum) {
        note = u"Tổng các xã, thị trấn: %1 (%2)"_s.arg(words::number(line.communeSum), note);
    }
    return note;
}

QString indicatorsTable(const CampaignData& campaign, const std::vector<Heading>& headings,
                        const std::vector<DistrictLine>& lines)
{
    html::Table table({{u"TT"_s, 5, html::Align::Center},
                       {u"Chỉ tiêu"_s, 35},
                       {u"Đơn vị tính"_s, 10, html::Align::Center},
                       {u"Kế hoạch"_s, 9, html::Align::Right},
                       {u"Thực hiện"_s, 9, html::Align::Right},
                       {u"Tỷ lệ so với kế hoạch"_s, 9, html::Align::Right},
                       {u"Đánh giá"_s, 9, html::Align::Center},
                       {u"Ghi chú"_s, 14}});
    int headingNumber = 0;
    int topNumber = 0;
    for (const Heading& heading : headings) {
        bool headed = false;
        int childNumber = 0;
        for (const DistrictLine& line : lines) {
            const Indicator* indicator = words::findByCode(campaign.indicators, line.district.indicatorCode);
            if (indicator == nullptr || indicator->headingCode != heading.code) {
                continue;
            }
            if (!headed) {
                // Arabic under the section's Roman "I.", so the two levels never read alike.
                table.groupRow(QString::number(++headingNumber) + u". "_s + QString::fromStdString(heading.name));
                headed = true;
            }
            const Achievement& a = line.district;
            // Breakdowns are numbered under their indicator (1.1, 1.2), as the plan lists them.
            const bool child = !indicator->parentCode.empty();
            childNumber = child ? childNumber + 1 : 0;
            const QString number = child ? u"%1.%2"_s.arg(topNumber).arg(childNumber) : QString::number(++topNumber);
            const QString name = html::escape(indicator->name);
            table.row({number, child ? u"<i>%1</i>"_s.arg(name) : name, html::escape(indicator->unitOfMeasure),
                       planText(a), actualText(*indicator, a), words::percent(a.ratio), words::status(a.status),
                       html::escape(communesNote(line))});
        }
    }
    return table.html();
}

QString proposalText(const RankedUnit& unit)
{
    if (!unit.score.eligible) {
        return u"Không đủ điều kiện"_s;
    }
    switch (unit.proposal) {
    case Proposal::Leader:
        return u"Dẫn đầu - đề nghị Cờ thi đua"_s;
    case Proposal::LeaderTie:
        return u"Đồng dẫn đầu - đề nghị Cờ thi đua"_s;
    case Proposal::None:
        break;
    }
    return {};
}

QString rankingsTable(const CampaignData& campaign, const std::vector<GroupRanking>& rankings)
{
    html::Table table({{u"Hạng"_s, 7, html::Align::Center},
                       {u"Đơn vị"_s, 27},
                       {u"Điểm tiêu chí (quy đổi)"_s, 11, html::Align::Right},
                       {u"Điểm cộng"_s, 9, html::Align::Right},
                       {u"Điểm trừ"_s, 9, html::Align::Right},
                       {u"Tổng điểm"_s, 10, html::Align::Right},
                       {u"Đề nghị"_s, 14},
                       {u"Danh hiệu đề nghị"_s, 13}});
    for (const GroupRanking& ranking : rankings) {
        const Group* group = words::findByCode(campaign.groups, ranking.groupCode);
        const Scheme* scheme = words::findByCode(campaign.schemes, ranking.schemeCode);
        QString heading = group ? QString::fromStdString(group->name) : QString::fromStdString(ranking.groupCode);
        if (scheme) {
            heading += u" (thang điểm %1)"_s.arg(words::number(schemeScale(*scheme)));
        }
        table.groupRow(heading);
        for (const RankedUnit& unit : ranking.units) {
            const UnitScore& score = unit.score;
            table.row({QString::number(unit.rank), html::escape(score.unitName), words::fixed(score.base),
                       words::fixed(score.bonusApplied), words::fixed(score.deductions),
                       u"<b>%1</b>"_s.arg(words::fixed(score.total)), html::escape(proposalText(unit)),
                       html::escape(unit.title)});
        }
    }
    return table.html();
}

QString summarySentence(const StatusCounts& counts)
{
    // Parts that count nothing are left out: "0 chỉ tiêu chưa có số liệu" reads as a finding.
    QStringList parts{u"%1 chỉ tiêu đạt và vượt kế hoạch"_s.arg(counts.met)};
    if (counts.near > 0) {
        parts << u"%1 chỉ tiêu gần đạt"_s.arg(counts.near);
    }
    if (counts.notMet > 0) {
        parts << u"%1 chỉ tiêu chưa đạt"_s.arg(counts.notMet);
    }
    if (counts.noData > 0) {
        parts << u"%1 chỉ tiêu chưa có số liệu"_s.arg(counts.noData);
    }
    const QString last = parts.takeLast();
    const QString listed = parts.isEmpty() ? last : parts.join(u", "_s) + u" và "_s + last;
    return u"Trong %1 chỉ tiêu chủ yếu được đánh giá có %2."_s.arg(counts.assessed()).arg(listed);
}

} // namespace

DocumentContent summaryDocument(storage::Database& db, const std::string& periodCode)
{
    const Period period = words::findPeriod(db, periodCode);
    const storage::PlanRepository plan(db);
    const std::vector<Heading> headings = plan.headings();
    const CampaignData campaign = storage::CampaignRepository(db).load(periodCode);
    const PeriodResults results = computePeriod(campaign);
    const std::vector<DistrictLine> lines = districtView(campaign, results);
    const storage::DocumentSettings settings = storage::ShortlistRepository(db).documentSettings();

    std::vector<Achievement> district;
    if (const auto found = results.achievements.find(kDistrictUnitCode); found != results.achievements.end()) {
        district = found->second;
    }
    const DistrictSummary summary = summarizeDistrict(headings, campaign.indicators, district);

    QString body = html::header(settings, u"BC-UBND"_s);
    QStringList subtitles{QString::fromStdString(period.name)};
    if (const auto info = plan.plan(campaign.period.year); info && !info->title.empty()) {
        subtitles << u"(Theo Kế hoạch số %1 ngày %2)"_s.arg(QString::fromStdString(info->documentNumber),
                                                            words::date(info->issuedOn));
    }
    body += html::title(u"Báo cáo kết quả thực hiện chỉ tiêu và xếp hạng thi đua"_s, subtitles);
    body += html::sectionHeading(u"I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CỦA HUYỆN"_s);
    body += html::paragraph(summarySentence(summary.total));
    body += indicatorsTable(campaign, headings, lines);
    body += html::sectionHeading(u"II. KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA"_s);
    if (results.rankings.empty()) {
        body += html::paragraph(u"Kỳ này chưa có cụm, khối thi đua nào được chấm điểm."_s);
    } else {
        body += rankingsTable(campaign, results.rankings);
    }
    body += html::footer(settings);

    return {u"Báo cáo kết quả thực hiện chỉ tiêu và xếp hạng thi đua - "_s + QString::fromStdString(period.name),
            html::page(body), QPageLayout::Landscape};
}

} // namespace thidua::documents
