#include "Labels.h"

#include <QCoreApplication>

namespace thidua::cli {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(thidua::cli)

public:
    Text() = delete;
};

} // namespace

QString kindLabel(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::AtLeast:
        return Text::tr("at least");
    case IndicatorKind::AtMost:
        return Text::tr("at most");
    case IndicatorKind::ReduceBy:
        return Text::tr("reduce by");
    case IndicatorKind::IncreaseBy:
        return Text::tr("increase by");
    case IndicatorKind::Maintain:
        return Text::tr("maintain the level");
    case IndicatorKind::Boolean:
        return Text::tr("achieved or not");
    case IndicatorKind::ZeroEvents:
        return Text::tr("no occurrence");
    case IndicatorKind::BelowBaseline:
        return Text::tr("below the same period last year");
    case IndicatorKind::NotAboveBaseline:
        return Text::tr("not above the same period last year");
    case IndicatorKind::AllOf:
        return Text::tr("all sub-indicators met");
    case IndicatorKind::NamedSet:
        return Text::tr("the named units");
    }
    return {};
}

} // namespace thidua::cli
