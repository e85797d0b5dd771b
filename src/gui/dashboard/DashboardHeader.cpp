#include "DashboardHeader.h"

#include "i18n/DisplayText.h"

#include <algorithm>

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStringList>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

const QString kDash = u"\u2013"_s; // –

QFont sized(QFont font, int pointSize, bool bold)
{
    font.setPointSize(pointSize);
    font.setBold(bold);
    return font;
}

} // namespace

DashboardHeader::Completeness DashboardHeader::countReports(const std::vector<storage::ReportProgress>& progress)
{
    Completeness counts;
    for (const storage::ReportProgress& unit : progress) {
        ++counts.expected;
        if (!unit.report || unit.report->status == ReportStatus::Draft) {
            continue;
        }
        ++counts.received;
        counts.onTime += unit.report->onTime == true ? 1 : 0;
        counts.approved += unit.report->status == ReportStatus::Approved ? 1 : 0;
    }
    counts.missing = counts.expected - counts.received;
    return counts;
}

QString DashboardHeader::headline(const StatusCounts& counts)
{
    return tr("%1/%2 main targets met or exceeded").arg(counts.met).arg(counts.assessed());
}

DashboardHeader::DashboardHeader(QWidget* parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_missingUnits(new QLabel(this))
{
    m_headline->setObjectName(u"headlineLabel"_s);
    m_headline->setFont(sized(m_headline->font(), 17, true));
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    m_counts->setObjectName(u"statusCountsLabel"_s);
    m_counts->setFont(sized(m_counts->font(), 12, false));
    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setWordWrap(true);

    m_missingUnits->setObjectName(u"missingUnitsLabel"_s);
    m_missingUnits->setFont(sized(m_missingUnits->font(), 11, false));
    m_missingUnits->setTextFormat(Qt::PlainText);
    m_missingUnits->setWordWrap(true);

    auto* words = new QVBoxLayout;
    words->addWidget(m_headline);
    words->addWidget(m_counts);
    words->addWidget(m_missingUnits);
    words->addStretch(1);

    auto* tiles = new QHBoxLayout;
    tiles->setSpacing(8);
    m_received = addTile(tiles, u"receivedValue"_s, tr("reports received"),
                         tr("Reports submitted or approved, out of the units expected to report in this period."));
    m_onTime = addTile(tiles, u"onTimeValue"_s, tr("on time"), tr("Reports submitted by the period's deadline."));
    m_approved = addTile(tiles, u"approvedValue"_s, tr("approved"), tr("Reports approved by the office."));
    m_missing = addTile(tiles, u"missingValue"_s, tr("missing"),
                        tr("Units expected to report whose report has not been submitted."));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(words, 1);
    layout->addLayout(tiles);
    clear();
}

QLabel* DashboardHeader::addTile(QHBoxLayout* tiles, const QString& name, const QString& caption,
                                 const QString& toolTip)
{
    auto* frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setToolTip(toolTip);
    auto* value = new QLabel(frame);
    value->setObjectName(name);
    value->setFont(sized(value->font(), 22, true));
    value->setAlignment(Qt::AlignCenter);
    value->setTextFormat(Qt::PlainText);
    auto* label = new QLabel(caption, frame);
    label->setFont(sized(label->font(), 11, false));
    label->setAlignment(Qt::AlignCenter);
    auto* column = new QVBoxLayout(frame);
    column->setContentsMargins(12, 4, 12, 4);
    column->addWidget(value);
    column->addWidget(label);
    tiles->addWidget(frame);
    return value;
}

void DashboardHeader::setSummary(const DistrictSummary& summary)
{
    const StatusCounts& total = summary.total;
    if (total.assessed() == 0) {
        m_headline->setText(tr("No main target is assessed in this period."));
        m_counts->clear();
        return;
    }
    m_headline->setText(headline(total));
    const QString gap = u"     "_s;
    m_counts->setText(DisplayText::statusSymbol(Status::Near) + u' ' + tr("%1 nearly met").arg(total.near) + gap +
                      DisplayText::statusSymbol(Status::NotMet) + u' ' + tr("%1 not met").arg(total.notMet) + gap +
                      DisplayText::statusSymbol(Status::NoData) + u' ' + tr("%1 without data").arg(total.noData));
}

void DashboardHeader::setCompleteness(const std::vector<storage::ReportProgress>& progress,
                                      const std::vector<Unit>& units)
{
    QStringList missing;
    for (const storage::ReportProgress& unit : progress) {
        if (!unit.report || unit.report->status == ReportStatus::Draft) {
            const auto named =
                std::find_if(units.begin(), units.end(), [&](const Unit& u) { return u.code == unit.unitCode; });
            missing << DisplayText::text(named != units.end() ? named->name : unit.unitCode);
        }
    }
    m_missingUnits->setText(missing.isEmpty() ? QString() : tr("Not received: %1.").arg(missing.join(u", "_s)));
    const Completeness counts = countReports(progress);
    const QLocale locale;
    m_received->setText(tr("%1/%2").arg(locale.toString(counts.received), locale.toString(counts.expected)));
    m_onTime->setText(locale.toString(counts.onTime));
    m_approved->setText(locale.toString(counts.approved));
    m_missing->setText(locale.toString(counts.missing));
}

void DashboardHeader::clear()
{
    m_headline->clear();
    m_counts->clear();
    m_missingUnits->clear();
    for (QLabel* value : {m_received, m_onTime, m_approved, m_missing}) {
        value->setText(kDash);
    }
}

} // namespace thidua::gui
