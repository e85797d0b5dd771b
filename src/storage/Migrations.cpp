#include "Migrations.h"

#include "SqlDialect.h"
#include "SqlHelpers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace thidua::storage {
namespace {

// Version 1: the whole domain of spec/computation.md. Codes are the stable keys of files and the
// command line; ids are internal. Numbers are DOUBLE PRECISION (REAL is single precision in
// PostgreSQL). Dates are ISO text. `unit_groups` because GROUPS is an SQL keyword.
QStringList schemaVersion1()
{
    return {
        uR"(CREATE TABLE plans (
            year INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            document_number TEXT NOT NULL DEFAULT '',
            issued_on TEXT,
            issuer TEXT NOT NULL DEFAULT ''))"_s,
        uR"(CREATE TABLE headings (
            id {ID},
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            position INTEGER NOT NULL))"_s,
        uR"(CREATE TABLE indicators (
            id {ID},
            code TEXT NOT NULL UNIQUE,
            parent_id INTEGER REFERENCES indicators (id),
            heading_id INTEGER REFERENCES headings (id),
            name TEXT NOT NULL,
            unit_of_measure TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (kind IN ('at_least', 'at_most', 'reduce_by', 'increase_by', 'maintain',
                'boolean', 'zero_events', 'below_baseline', 'not_above_baseline', 'all_of', 'named_set')),
            period_basis TEXT NOT NULL CHECK (period_basis IN ('level', 'cumulative', 'year_end')),
            mid_year_share DOUBLE PRECISION CHECK (mid_year_share IS NULL OR (mid_year_share > 0 AND mid_year_share <= 1)),
            min_value DOUBLE PRECISION,
            max_value DOUBLE PRECISION,
            position INTEGER NOT NULL,
            CHECK (min_value IS NULL OR max_value IS NULL OR min_value <= max_value)))"_s,
        uR"(CREATE TABLE schemes (
            id {ID},
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            scale DOUBLE PRECISION CHECK (scale IS NULL OR scale > 0),
            bonus_cap DOUBLE PRECISION CHECK (bonus_cap IS NULL OR bonus_cap >= 0),
            flag_threshold DOUBLE PRECISION CHECK (flag_threshold IS NULL OR flag_threshold >= 0)))"_s,
        uR"(CREATE TABLE scheme_title_bands (
            scheme_id INTEGER NOT NULL REFERENCES schemes (id) ON DELETE CASCADE,
            min_share DOUBLE PRECISION NOT NULL CHECK (min_share >= 0),
            title TEXT NOT NULL,
            PRIMARY KEY (scheme_id, min_share)))"_s,
        uR"(CREATE TABLE criteria (
            id {ID},
            scheme_id INTEGER NOT NULL REFERENCES schemes (id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            heading TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL,
            max_points DOUBLE PRECISION NOT NULL CHECK (max_points > 0),
            indicator_id INTEGER REFERENCES indicators (id),
            method TEXT NOT NULL DEFAULT 'proportional' CHECK (method IN ('proportional', 'pass_fail', 'banded')),
            bonus_rate DOUBLE PRECISION NOT NULL DEFAULT 0.5 CHECK (bonus_rate >= 0),
            excess_cap DOUBLE PRECISION NOT NULL DEFAULT 0.2 CHECK (excess_cap >= 0),
            veto INTEGER NOT NULL DEFAULT 0 CHECK (veto IN (0, 1)),
            position INTEGER NOT NULL,
            UNIQUE (scheme_id, code)))"_s,
        uR"(CREATE TABLE criterion_bands (
            criterion_id INTEGER NOT NULL REFERENCES criteria (id) ON DELETE CASCADE,
            min_ratio DOUBLE PRECISION NOT NULL,
            share DOUBLE PRECISION NOT NULL CHECK (share >= 0),
            PRIMARY KEY (criterion_id, min_ratio)))"_s,
        uR"(CREATE TABLE unit_groups (
            id {ID},
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('cluster', 'block')),
            scheme_id INTEGER REFERENCES schemes (id)))"_s,
        uR"(CREATE TABLE units (
            id {ID},
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('district', 'town', 'commune', 'agency', 'enterprise',
                'association', 'other')),
            group_id INTEGER REFERENCES unit_groups (id),
            archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            position INTEGER NOT NULL))"_s,
        uR"(CREATE TABLE indicator_members (
            indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
            unit_id INTEGER NOT NULL REFERENCES units (id),
            position INTEGER NOT NULL,
            PRIMARY KEY (indicator_id, unit_id)))"_s,
        uR"(CREATE TABLE targets (
            unit_id INTEGER NOT NULL REFERENCES units (id),
            indicator_id INTEGER NOT NULL REFERENCES indicators (id),
            year INTEGER NOT NULL,
            value DOUBLE PRECISION,
            PRIMARY KEY (unit_id, indicator_id, year)))"_s,
        uR"(CREATE TABLE phases (
            id {ID},
            code TEXT NOT NULL UNIQUE,
            year INTEGER NOT NULL,
            name TEXT NOT NULL,
            starts_on TEXT NOT NULL,
            ends_on TEXT NOT NULL,
            salutes TEXT NOT NULL DEFAULT ''))"_s,
        uR"(CREATE TABLE periods (
            id {ID},
            code TEXT NOT NULL UNIQUE,
            phase_id INTEGER NOT NULL REFERENCES phases (id),
            name TEXT NOT NULL,
            starts_on TEXT NOT NULL,
            ends_on TEXT NOT NULL,
            deadline TEXT))"_s,
        uR"(CREATE TABLE reports (
            id {ID},
            unit_id INTEGER NOT NULL REFERENCES units (id),
            period_id INTEGER NOT NULL REFERENCES periods (id),
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved')),
            submitted_at TEXT,
            approved_at TEXT,
            UNIQUE (unit_id, period_id)))"_s,
        uR"(CREATE TABLE report_values (
            report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
            indicator_id INTEGER NOT NULL REFERENCES indicators (id),
            actual DOUBLE PRECISION,
            baseline DOUBLE PRECISION,
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (report_id, indicator_id)))"_s,
        uR"(CREATE TABLE report_members (
            report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
            indicator_id INTEGER NOT NULL REFERENCES indicators (id),
            unit_id INTEGER NOT NULL REFERENCES units (id),
            PRIMARY KEY (report_id, indicator_id, unit_id)))"_s,
        uR"(CREATE TABLE manual_scores (
            unit_id INTEGER NOT NULL REFERENCES units (id),
            period_id INTEGER NOT NULL REFERENCES periods (id),
            criterion_id INTEGER NOT NULL REFERENCES criteria (id) ON DELETE CASCADE,
            level TEXT NOT NULL CHECK (level IN ('self', 'cluster', 'final')),
            points DOUBLE PRECISION NOT NULL CHECK (points >= 0),
            PRIMARY KEY (unit_id, period_id, criterion_id, level)))"_s,
        uR"(CREATE TABLE adjustments (
            id {ID},
            unit_id INTEGER NOT NULL REFERENCES units (id),
            period_id INTEGER NOT NULL REFERENCES periods (id),
            type TEXT NOT NULL CHECK (type IN ('bonus', 'deduction')),
            reason TEXT NOT NULL,
            points DOUBLE PRECISION NOT NULL CHECK (points >= 0),
            UNIQUE (unit_id, period_id, type, reason)))"_s,
        // Who changed what and when; entity_key names the item by its codes (UNIT|PERIOD|INDICATOR)
        // so the log stays readable after ids change in a copy or an export.
        uR"(CREATE TABLE audit_log (
            id {ID},
            at TEXT NOT NULL,
            user_name TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_key TEXT NOT NULL,
            field TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT))"_s,
        u"CREATE INDEX audit_log_entity ON audit_log (entity, entity_key)"_s,
        u"CREATE INDEX targets_year ON targets (year, indicator_id)"_s,
        u"CREATE INDEX report_values_indicator ON report_values (indicator_id)"_s,
    };
}

// Version 2 (issue 6): the commendation shortlist of each period and the settings of the printed
// documents. Text columns are NOT NULL with '' for "none" so that the UNIQUE key treats a collective
// (no person) as one value: NULLs would never collide and the same unit could be proposed twice.
// `ranking_rank` is the rank the ranking gave when it proposed the entry: the printed list is in
// ranking order and the ranking itself is computed, not stored.
QStringList schemaVersion2()
{
    return {
        uR"(CREATE TABLE shortlist_entries (
            id {ID},
            period_id INTEGER NOT NULL REFERENCES periods (id),
            unit_id INTEGER NOT NULL REFERENCES units (id),
            award TEXT NOT NULL CHECK (award IN ('co_thi_dua', 'tap_the_ldxs', 'tap_the_ldtt', 'giay_khen_tap_the',
                'ldtt', 'cstdcs', 'giay_khen_ca_nhan')),
            person_name TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            initiative TEXT NOT NULL DEFAULT '',
            reached_ldtt INTEGER NOT NULL DEFAULT 0 CHECK (reached_ldtt IN (0, 1)),
            members INTEGER CHECK (members IS NULL OR members >= 0),
            completing_tasks INTEGER CHECK (completing_tasks IS NULL OR completing_tasks >= 0),
            advanced_workers INTEGER CHECK (advanced_workers IS NULL OR advanced_workers >= 0),
            emulation_soldiers INTEGER CHECK (emulation_soldiers IS NULL OR emulation_soldiers >= 0),
            disciplined INTEGER CHECK (disciplined IS NULL OR disciplined >= 0),
            from_ranking INTEGER NOT NULL DEFAULT 0 CHECK (from_ranking IN (0, 1)),
            ranking_rank INTEGER CHECK (ranking_rank IS NULL OR ranking_rank >= 1),
            achievement TEXT NOT NULL DEFAULT '',
            included INTEGER NOT NULL DEFAULT 1 CHECK (included IN (0, 1)),
            exclusion_reason TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'reviewed', 'not_passed', 'raised',
                'approved')),
            decision_number TEXT NOT NULL DEFAULT '',
            decision_date TEXT,
            decision_signer TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (period_id, unit_id, award, person_name)))"_s,
        uR"(CREATE TABLE document_settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"_s,
    };
}

} // namespace

const std::vector<MigrationStep>& migrationSteps()
{
    static const std::vector<MigrationStep> steps{
        {1, u"plan, units, schemes, reports, scores, audit log"_s, schemaVersion1()},
        {2, u"commendation shortlists, document settings"_s, schemaVersion2()},
    };
    return steps;
}

int currentSchemaVersion()
{
    return migrationSteps().back().version;
}

void migrate(const QSqlDatabase& db, int target)
{
    const SqlDialect dialect = SqlDialect::of(db);
    const int version = dialect.schemaVersion(db);
    if (version > target) {
        throw StorageError(StorageError::Kind::TooNew,
                           QCoreApplication::translate("thidua::storage",
                                                       "The database was written by a newer version of Thi Đua "
                                                       "(schema %1, this version reads up to %2). Please update the "
                                                       "application.")
                               .arg(version)
                               .arg(target));
    }
    for (const MigrationStep& step : migrationSteps()) {
        if (step.version <= version || step.version > target) {
            continue;
        }
        for (const QString& statement : step.statements) {
            sql::run(db, dialect.expand(statement));
        }
        dialect.setSchemaVersion(db, step.version);
    }
}

} // namespace thidua::storage
