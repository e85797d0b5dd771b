#include "DocumentHtml.h"
#include "DocumentWords.h"
#include "Documents.h"

#include "storage/CampaignRepository.h"
#include "storage/ShortlistRepository.h"
#include "storage/StorageError.h"

using namespace Qt::StringLiterals;

namespace thidua::documents {
namespace {

struct Placed
{
    const GroupRanking* ranking = nullptr;
    const RankedUnit* unit = nullptr;
};

Placed findUnit(const PeriodResults& results, const std::string& unitCode)
{
    for (const GroupRanking& ranking : results.rankings) {
        for (const RankedUnit& unit : ranking.units) {
            if (unit.score.unitCode == unitCode) {
                return {&ranking, &unit};
            }
        }
    }
    return {};
}

// The status column: what the indicator reached, or for a manual criterion which level's points
// count (the council's over the cluster's over the unit's own).
QString criterionStatus(const CriterionScore& score)
{
    if (!score.applicable) {
        return words::status(Status::NotApplicable);
    }
    QString text = words::status(score.status);
    if (score.manual && score.levelUsed) {
        switch (*score.levelUsed) {
        case ScoreLevel::Self:
            text += u" (tự chấm)"_s;
            break;
        case ScoreLevel::Cluster:
            text += u" (cụm chấm)"_s;
            break;
        case ScoreLevel::Final:
            text += u" (Hội đồng chấm)"_s;
            break;
        }
    }
    if (score.vetoFailed) {
        text += u"<br/><b>không đạt tiêu chí bắt buộc</b>"_s;
    }
    return text;
}

QString criteriaTable(const Scheme& scheme, const UnitScore& score)
{
    html::Table table({{u"TT"_s, 6, html::Align::Center},
                       {u"Tiêu chí"_s, 40},
                       {u"Điểm tối đa"_s, 10, html::Align::Right},
                       {u"Đánh giá"_s, 16, html::Align::Center},
                       {u"Tỷ lệ so với kế hoạch"_s, 10, html::Align::Right},
                       {u"Điểm đạt"_s, 9, html::Align::Right},
                       {u"Trong đó điểm vượt"_s, 9, html::Align::Right}});
    std::string heading;
    int number = 0;
    for (const CriterionScore& criterionScore : score.criteria) {
        const Criterion* criterion = words::findByCode(scheme.criteria, criterionScore.criterionCode);
        if (criterion == nullptr) {
            continue;
        }
        if (criterion->heading != heading && !criterion->heading.empty()) {
            heading = criterion->heading;
            table.groupRow(QString::fromStdString(heading));
        }
        QString name = html::escape(criterion->name);
        if (criterion->veto) {
            name += u" <i>(tiêu chí bắt buộc)</i>"_s;
        }
        const bool counted = criterionScore.applicable;
        table.row({QString::number(++number), name, words::number(criterion->maxPoints),
                   criterionStatus(criterionScore), words::percent(criterionScore.ratio),
                   counted ? words::fixed(criterionScore.points) : QString(),
                   counted && criterionScore.bonus != 0 ? words::fixed(criterionScore.bonus) : QString()});
    }
    table.boldRow({QString(), u"Cộng điểm các tiêu chí được chấm"_s, words::number(score.applicableMax), QString(),
                   QString(), words::fixed(score.points), QString()});
    return table.html();
}

QString totalsTable(const Scheme& scheme, const UnitScore& score)
{
    html::Table table({{u"TT"_s, 6, html::Align::Center}, {u"Nội dung"_s, 74}, {u"Điểm"_s, 20, html::Align::Right}});
    int number = 0;
    table.row({QString::number(++number),
               u"Điểm các tiêu chí quy đổi theo thang điểm %1"_s.arg(words::number(schemeScale(scheme))),
               words::fixed(score.base)});
    for (const Adjustment& adjustment : score.adjustments) {
        const bool bonus = adjustment.type == AdjustmentType::Bonus;
        table.row({QString::number(++number),
                   (bonus ? u"Điểm cộng: "_s : u"Điểm trừ: "_s) + html::escape(adjustment.reason),
                   (bonus ? u"+"_s : u"−"_s) + words::fixed(adjustment.points)});
    }
    if (score.bonusItems > score.bonusApplied) {
        table.row({QString::number(++number),
                   u"Điểm cộng vượt mức tối đa %1, chỉ tính %1"_s.arg(words::number(schemeBonusCap(scheme))),
                   u"+"_s + words::fixed(score.bonusApplied)});
    }
    table.boldRow({QString(), u"TỔNG ĐIỂM"_s, words::fixed(score.total)});
    return table.html();
}

QString conclusion(const Scheme& scheme, const Placed& placed, const QString& groupName)
{
    const UnitScore& score = placed.unit->score;
    QString text =
        u"Xếp hạng %1/%2 trong %3."_s.arg(placed.unit->rank).arg(placed.ranking->units.size()).arg(groupName);
    if (!score.eligible) {
        QStringList names;
        for (const std::string& code : score.vetoedBy) {
            const Criterion* criterion = words::findByCode(scheme.criteria, code);
            names << (criterion ? QString::fromStdString(criterion->name) : QString::fromStdString(code));
        }
        text += u" Không đủ điều kiện xét khen thưởng do không đạt tiêu chí bắt buộc: "_s + names.join(u"; "_s) + u'.';
    } else if (placed.unit->proposal != Proposal::None) {
        text += u" Đơn vị dẫn đầu, đề nghị tặng Cờ thi đua."_s;
    }
    if (score.eligible && !placed.unit->title.empty()) {
        text += u" Đủ điều kiện đề nghị danh hiệu \u201C%1\u201D."_s.arg(QString::fromStdString(placed.unit->title));
    }
    return text;
}

} // namespace

DocumentContent scoreSheetDocument(storage::Database& db, const std::string& periodCode, const std::string& unitCode)
{
    const Period period = words::findPeriod(db, periodCode);
    const CampaignData campaign = storage::CampaignRepository(db).load(periodCode);
    const PeriodResults results = computePeriod(campaign);
    const Placed placed = findUnit(results, unitCode);
    const Scheme* scheme = placed.ranking ? words::findByCode(campaign.schemes, placed.ranking->schemeCode) : nullptr;
    if (placed.unit == nullptr || scheme == nullptr) {
        throw storage::StorageError(storage::StorageError::Kind::Invalid,
                                    DocumentText::tr("The period %1 does not score the unit %2.")
                                        .arg(QString::fromStdString(periodCode), QString::fromStdString(unitCode)));
    }
    const UnitScore& score = placed.unit->score;
    const Group* group = words::findByCode(campaign.groups, placed.ranking->groupCode);
    const QString groupName =
        group ? QString::fromStdString(group->name) : QString::fromStdString(placed.ranking->groupCode);
    const storage::DocumentSettings settings = storage::ShortlistRepository(db).documentSettings();

    QString body = html::header(settings, QString());
    body += html::title(u"Phiếu chấm điểm thi đua"_s,
                        {QString::fromStdString(period.name),
                         u"Đơn vị: "_s + QString::fromStdString(score.unitName) + u" - "_s + groupName});
    body += html::sectionHeading(u"I. ĐIỂM CÁC TIÊU CHÍ"_s);
    body += criteriaTable(*scheme, score);
    body += html::sectionHeading(u"II. ĐIỂM CỘNG, ĐIỂM TRỪ VÀ TỔNG ĐIỂM"_s);
    body += totalsTable(*scheme, score);
    body += html::sectionHeading(u"III. KẾT QUẢ"_s);
    body += html::paragraph(conclusion(*scheme, placed, groupName));
    body += html::footer(settings);

    return {u"Phiếu chấm điểm thi đua - "_s + QString::fromStdString(score.unitName), html::page(body),
            QPageLayout::Portrait};
}

} // namespace thidua::documents
