#include "ImportColumns.h"

#include <string>

namespace thidua {
namespace {

constexpr ImportColumn key(std::string_view name)
{
    return {name, true, true, true};
}
constexpr ImportColumn filled(std::string_view name)
{
    return {name, false, true, true};
}
// Present in every file, but a row may leave it empty: an indicator without a unit of measure
// (QP04 counts its children), a criterion outside any heading, a group not yet given a scheme.
constexpr ImportColumn present(std::string_view name)
{
    return {name, false, true, false};
}
constexpr ImportColumn optional(std::string_view name)
{
    return {name, false, false, false};
}

} // namespace

const std::vector<ImportColumn>& importColumns(ImportKind kind)
{
    static const std::vector<ImportColumn> indicators{
        key("code"),
        optional("parent"),
        filled("name"),
        present("unit"),
        filled("kind"),
        filled("period_basis"),
        optional("mid_year_share"),
        optional("members"),
        optional("heading"),
        optional("min"),
        optional("max"),
    };
    static const std::vector<ImportColumn> units{key("code"), filled("name"), filled("kind"), optional("group")};
    static const std::vector<ImportColumn> groups{key("code"), filled("name"), filled("kind"), present("scheme")};
    static const std::vector<ImportColumn> schemes{
        key("scheme"),          key("criterion"),      present("heading"),         filled("name"),
        filled("max"),          optional("indicator"), optional("method"),         optional("bonus_rate"),
        optional("excess_cap"), optional("bands"),     optional("veto"),           optional("scheme_name"),
        optional("scale"),      optional("bonus_cap"), optional("flag_threshold"),
    };
    static const std::vector<ImportColumn> targets{key("unit"), key("indicator"), key("year"), optional("target")};
    static const std::vector<ImportColumn> reports{key("unit"),        key("period"),        key("indicator"),
                                                   optional("actual"), optional("baseline"), optional("note")};
    static const std::vector<ImportColumn> scores{key("unit"), key("period"), key("criterion"), key("level"),
                                                  filled("points")};
    static const std::vector<ImportColumn> adjustments{key("unit"), key("period"), key("type"), key("reason"),
                                                       filled("points")};
    switch (kind) {
    case ImportKind::Indicators:
        return indicators;
    case ImportKind::Units:
        return units;
    case ImportKind::Groups:
        return groups;
    case ImportKind::Schemes:
        return schemes;
    case ImportKind::Targets:
        return targets;
    case ImportKind::Reports:
        return reports;
    case ImportKind::Scores:
        return scores;
    case ImportKind::Adjustments:
        return adjustments;
    }
    return reports;
}

std::string importColumnList(ImportKind kind)
{
    std::string list;
    for (const ImportColumn& column : importColumns(kind)) {
        if (!list.empty()) {
            list += ", ";
        }
        list += column.name;
    }
    return list;
}

} // namespace thidua
