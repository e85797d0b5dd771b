// How the domain's codes, numbers and dates read on screen: kinds and bases in words, numbers in
// the interface locale (Vietnamese `242,47` and `2.000` by default), dates as dd/MM/yyyy as on
// official documents. The GUI and thidua-cli both go through here so the same thing always reads
// the same.
#pragma once

#include "core/Achievement.h"
#include "core/Ranking.h"
#include "core/Vocabulary.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>

namespace thidua {

class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(thidua::DisplayText)

public:
    static QString kind(IndicatorKind kind);
    static QString basis(PeriodBasis basis);
    static QString unitKind(UnitKind kind);
    static QString groupKind(GroupKind kind);

    // The status in words and as a symbol, so that it reads without colour (and in grayscale):
    // ✔ met, ≈ near, ✘ not met, ? no data, – n/a. `statusText` gives both, e.g. "✔ met".
    static QString status(Status status);
    static QString statusSymbol(Status status);
    static QString statusText(Status status);
    // "leader" and "joint leader" in words; empty for none.
    static QString proposal(Proposal proposal);

    // The figure as written in the plan: no trailing zeros, thousands grouped. Empty for none.
    static QString number(std::optional<double> value);
    // An achievement ratio r as a percentage of the target, one decimal at most: 0.935 reads
    // "93,5%", 1.0 "100%". Empty for none (n/a, no data).
    static QString percent(std::optional<double> ratio);
    // An ISO date (yyyy-mm-dd) as dd/MM/yyyy; text that is not a date is shown as it is.
    static QString date(const std::string& isoDate);

    static QString text(const std::string& utf8) { return QString::fromStdString(utf8); }
};

} // namespace thidua
