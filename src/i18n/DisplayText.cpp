#include "DisplayText.h"

#include "core/NumberFormat.h"

#include <QDate>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace thidua {

QString DisplayText::kind(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::AtLeast:
        return tr("At least the target");
    case IndicatorKind::AtMost:
        return tr("At most the target");
    case IndicatorKind::ReduceBy:
        return tr("Reduce by the target");
    case IndicatorKind::IncreaseBy:
        return tr("Increase by the target");
    case IndicatorKind::Maintain:
        return tr("Maintain the level");
    case IndicatorKind::Boolean:
        return tr("Achieved or not");
    case IndicatorKind::ZeroEvents:
        return tr("No occurrence");
    case IndicatorKind::BelowBaseline:
        return tr("Below the same period last year");
    case IndicatorKind::NotAboveBaseline:
        return tr("Not above the same period last year");
    case IndicatorKind::AllOf:
        return tr("All sub-indicators met");
    case IndicatorKind::NamedSet:
        return tr("Named units reach the standard");
    }
    return {};
}

QString DisplayText::basis(PeriodBasis basis)
{
    switch (basis) {
    case PeriodBasis::Level:
        return tr("At the report date");
    case PeriodBasis::Cumulative:
        return tr("Year to date");
    case PeriodBasis::YearEnd:
        return tr("Assessed at year end only");
    }
    return {};
}

QString DisplayText::unitKind(UnitKind kind)
{
    switch (kind) {
    case UnitKind::District:
        return tr("District");
    case UnitKind::Town:
        return tr("Town");
    case UnitKind::Commune:
        return tr("Commune");
    case UnitKind::Agency:
        return tr("Agency");
    case UnitKind::Enterprise:
        return tr("Enterprise");
    case UnitKind::Association:
        return tr("Association");
    case UnitKind::Other:
        return tr("Other");
    }
    return {};
}

QString DisplayText::groupKind(GroupKind kind)
{
    switch (kind) {
    case GroupKind::Cluster:
        return tr("Emulation cluster");
    case GroupKind::Block:
        return tr("Emulation block");
    }
    return {};
}

QString DisplayText::number(std::optional<double> value)
{
    if (!value) {
        return {};
    }
    // Shortest round-trip digits: 242.47 stays 242,47 and 2000 becomes 2.000, never 2.000,00.
    return QLocale().toString(*value, 'f', QLocale::FloatingPointShortest);
}

QString DisplayText::percent(std::optional<double> ratio)
{
    if (!ratio) {
        return {};
    }
    return QLocale().toString(roundHalfAwayFromZero(*ratio * 100, 1), 'f', QLocale::FloatingPointShortest) + u'%';
}

QString DisplayText::date(const std::string& isoDate)
{
    const QString text = QString::fromStdString(isoDate);
    const QDate parsed = QDate::fromString(text, Qt::ISODate);
    return parsed.isValid() ? parsed.toString(u"dd/MM/yyyy"_s) : text;
}

QString DisplayText::status(Status status)
{
    switch (status) {
    case Status::Met:
        return tr("met");
    case Status::Near:
        return tr("nearly met");
    case Status::NotMet:
        return tr("not met");
    case Status::NoData:
        return tr("no data");
    case Status::NotApplicable:
        return tr("not applicable");
    }
    return {};
}

QString DisplayText::statusSymbol(Status status)
{
    switch (status) {
    case Status::Met:
        return u"\u2714"_s; // ✔
    case Status::Near:
        return u"\u2248"_s; // ≈
    case Status::NotMet:
        return u"\u2718"_s; // ✘
    case Status::NoData:
        return u"?"_s;
    case Status::NotApplicable:
        return u"\u2013"_s; // –
    }
    return {};
}

QString DisplayText::statusText(Status status)
{
    return statusSymbol(status) + u' ' + DisplayText::status(status);
}

QString DisplayText::proposal(Proposal proposal)
{
    switch (proposal) {
    case Proposal::Leader:
        return tr("leader");
    case Proposal::LeaderTie:
        return tr("joint leader");
    case Proposal::None:
        break;
    }
    return {};
}

} // namespace thidua
