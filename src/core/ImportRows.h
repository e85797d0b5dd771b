// The typed row of each kind, read from a FieldReader placed on one record. Private to the reading
// of import files (ImportFile.cpp); every fault goes to the reader, and a row is built even when a
// field is wrong so the rest of the row is still checked.
#pragma once

#include "ImportFields.h"
#include "ImportFile.h"

#include <map>
#include <string>
#include <vector>

namespace thidua {

void readIndicatorRow(FieldReader& reader, std::vector<Row<Indicator>>& rows);
void readUnitRow(FieldReader& reader, std::vector<Row<Unit>>& rows);
void readGroupRow(FieldReader& reader, std::vector<Row<Group>>& rows);
void readTargetRow(FieldReader& reader, std::vector<Row<Target>>& rows);
void readReportRow(FieldReader& reader, std::vector<Row<ReportRow>>& rows);
void readScoreRow(FieldReader& reader, std::vector<Row<ScoreRow>>& rows);
void readAdjustmentRow(FieldReader& reader, std::vector<Row<AdjustmentRow>>& rows);

// A schemes file has one row per criterion: rows are gathered into one scheme per code, in the
// order the schemes first appear and their criteria in row order. The scheme-level columns may be
// filled on any of a scheme's rows, but must then agree.
class SchemeGatherer
{
public:
    void read(FieldReader& reader);
    std::vector<Row<SchemeImport>> take() { return std::move(m_rows); }

private:
    struct Setting
    {
        int line = 0; // the row that first filled it; 0: none yet
        std::string text;
        std::optional<double> number;
    };
    struct Settings
    {
        Setting name;
        Setting scale;
        Setting bonusCap;
        Setting flagThreshold;
    };

    void agreeText(FieldReader& reader, std::string_view column, Setting& setting, std::string& target);
    void agreeNumber(FieldReader& reader, std::string_view column, std::optional<double> value, Setting& setting,
                     std::optional<double>& target);

    std::vector<Row<SchemeImport>> m_rows;
    std::vector<Settings> m_settings; // beside m_rows
    std::map<std::string, std::size_t> m_index;
};

} // namespace thidua
