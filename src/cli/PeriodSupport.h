// What `progress` and `rank` share: the --period option, loading and computing one period with every
// refusal naming what was not found, and how statuses and proposals read for people.
#pragma once

#include "ArgParser.h"
#include "Command.h"

#include "core/Achievement.h"
#include "core/Campaign.h"
#include "core/Plan.h"
#include "core/Ranking.h"

#include "storage/Database.h"

#include <QJsonValue>
#include <QString>

#include <optional>
#include <string>

namespace thidua::cli {

// `--period P`, required by the commands that compute.
OptionSpec periodOption();

struct ComputedPeriod
{
    Period period; // code and name as stored
    CampaignData data;
    PeriodResults results;
};

// --period as written, checked to be YYYY-H1 or YYYY-Y before any file is opened; throws UsageError
// when it is absent or malformed.
QString periodArgument(const ParsedArgs& args);

// The period `code` as `db` stores it; throws UsageError naming it (and the year's periods) when the
// database has no such period.
Period requestedPeriod(storage::Database& db, const QString& code, const CommandContext& context);

// Loads what the computation needs for `period` from `db` and computes it.
ComputedPeriod computeStoredPeriod(storage::Database& db, const Period& period);

// Opens the database read-only, checks --period (written YYYY-H1 or YYYY-Y, and present in the
// database), loads what the computation needs and computes it. Throws UsageError naming the
// period when it is missing, malformed or unknown.
ComputedPeriod computeRequestedPeriod(const ParsedArgs& args, const CommandContext& context);

// A name from the data, as stored.
QString qs(const std::string& text);

// Numbers for programs: the value, or null when there is none.
QJsonValue jsonNumber(std::optional<double> value);
QJsonValue jsonText(const std::string& text); // null when empty

// Figures for people in Vietnamese format, whatever the interface language (docs/cli.md): up to 4
// decimals for reported figures, a ratio as a percentage with one decimal, scores with exactly 2.
QString figure(std::optional<double> value);
QString percent(std::optional<double> ratio);
QString scoreText(double value);

} // namespace thidua::cli
