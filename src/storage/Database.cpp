#include "Database.h"

#include "Migrations.h"
#include "PlanSeed.h"
#include "SqlDialect.h"
#include "SqlHelpers.h"
#include "StorageText.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace thidua::storage {
namespace {

// Marks our files (PRAGMA application_id) so that another program's SQLite database is refused
// instead of having our tables added to it. "TDUA" in ASCII.
constexpr int kApplicationId = 0x54445541;

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"thidua-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

[[noreturn]] void refuse(StorageError::Kind kind, const QString& message)
{
    throw StorageError(kind, message);
}

// Checks the file's first bytes before SQLite touches it: SQLite would happily turn an empty or
// foreign file into a database of its own.
void checkHeader(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        refuse(StorageError::Kind::Missing,
               StorageText::tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    }
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        refuse(StorageError::Kind::Failed,
               StorageText::tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path)));
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(magic.size()) != magic) {
        refuse(StorageError::Kind::NotADatabase,
               StorageText::tr("The file %1 is not a Thi Đua database. It was left unchanged.")
                   .arg(QDir::toNativeSeparators(path)));
    }
}

QString damagedMessage(const QString& path)
{
    return StorageText::tr(
               "The database %1 is damaged and cannot be used. It was left unchanged; restore a backup copy.")
        .arg(QDir::toNativeSeparators(path));
}

void configure(const QSqlDatabase& db, bool readOnly)
{
    for (const QString& statement : SqlDialect::of(db).connectionSetup(readOnly)) {
        sql::run(db, statement);
    }
}

} // namespace

Database::Database(const QString& path, Access access)
    : m_path(path)
    , m_connectionName(nextConnectionName())
    , m_access(access)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
    if (access == Access::ReadOnly) {
        options += u";QSQLITE_OPEN_READONLY"_s;
    }
    db.setConnectOptions(options);
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return SqlDialect::of(connection()).schemaVersion(connection());
}

void Database::transaction(const std::function<void()>& work)
{
    if (isReadOnly()) {
        refuse(StorageError::Kind::ReadOnly, StorageText::tr("The database %1 is open read-only; nothing was changed.")
                                                 .arg(QDir::toNativeSeparators(m_path)));
    }
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        try {
            work();
        } catch (...) {
            --m_transactionDepth;
            throw;
        }
        --m_transactionDepth;
        return;
    }
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        refuse(StorageError::Kind::Failed,
               StorageText::tr("The database reported an error: %1").arg(db.lastError().text()));
    }
    m_transactionDepth = 1;
    try {
        work();
    } catch (...) {
        m_transactionDepth = 0;
        db.rollback();
        throw;
    }
    m_transactionDepth = 0;
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        refuse(StorageError::Kind::Failed, StorageText::tr("The database reported an error: %1").arg(error));
    }
}

std::unique_ptr<Database> Database::open(const QString& path, Access access)
{
    checkHeader(path);
    // First look without any right to write: checks must not change the file they check.
    {
        std::unique_ptr<Database> probe(new Database(path, Access::ReadOnly));
        QSqlDatabase db = probe->connection();
        if (!db.open()) {
            refuse(StorageError::Kind::Damaged, damagedMessage(path));
        }
        QSqlQuery check(db);
        if (!check.exec(u"PRAGMA quick_check"_s) || !check.next() || check.value(0).toString() != u"ok"_s) {
            refuse(StorageError::Kind::Damaged, damagedMessage(path));
        }
        const int version = probe->schemaVersion();
        const int applicationId = sql::scalar(db, u"PRAGMA application_id"_s).toInt();
        const int tables = sql::scalar(db, u"SELECT COUNT(*) FROM sqlite_master"_s).toInt();
        if (applicationId != kApplicationId && (version != 0 || tables != 0)) {
            refuse(
                StorageError::Kind::NotADatabase,
                StorageText::tr("The file %1 is a database of another program, not of Thi Đua. It was left unchanged.")
                    .arg(QDir::toNativeSeparators(path)));
        }
        if (version > currentSchemaVersion()) {
            refuse(StorageError::Kind::TooNew,
                   StorageText::tr(
                       "The database %1 was written by a newer version of Thi Đua. Please update the application; "
                       "the file was left unchanged.")
                       .arg(QDir::toNativeSeparators(path)));
        }
        if (version < currentSchemaVersion() && access == Access::ReadOnly) {
            refuse(StorageError::Kind::ReadOnly,
                   StorageText::tr(
                       "The database %1 was written by an older version of Thi Đua and must be opened once for "
                       "editing to be upgraded.")
                       .arg(QDir::toNativeSeparators(path)));
        }
    }

    std::unique_ptr<Database> database(new Database(path, access));
    QSqlDatabase db = database->connection();
    if (!db.open()) {
        refuse(StorageError::Kind::Failed, StorageText::tr("The database %1 cannot be opened: %2")
                                               .arg(QDir::toNativeSeparators(path), db.lastError().text()));
    }
    configure(db, access == Access::ReadOnly);
    if (access == Access::ReadWrite && database->schemaVersion() < currentSchemaVersion()) {
        database->transaction([&db] {
            migrate(db);
            sql::run(db, u"PRAGMA application_id = %1"_s.arg(kApplicationId));
        });
    }
    return database;
}

std::unique_ptr<Database> Database::create(const QString& path, Seed seed, bool overwrite)
{
    const QFileInfo target(path);
    if (target.exists() && !overwrite) {
        refuse(
            StorageError::Kind::Exists,
            StorageText::tr("The file %1 already exists and was left unchanged.").arg(QDir::toNativeSeparators(path)));
    }
    if (!QDir().mkpath(target.absolutePath())) {
        refuse(
            StorageError::Kind::Failed,
            StorageText::tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(target.absolutePath())));
    }
    // Built under another name and renamed into place when complete: a failure or a kill midway
    // never leaves half a database where the old file was.
    const QString building = path + u".building"_s;
    QFile::remove(building);
    {
        Database fresh(building, Access::ReadWrite);
        QSqlDatabase db = fresh.connection();
        if (!db.open()) {
            refuse(StorageError::Kind::Failed, StorageText::tr("The database %1 cannot be created: %2")
                                                   .arg(QDir::toNativeSeparators(path), db.lastError().text()));
        }
        sql::run(db, u"PRAGMA foreign_keys = ON"_s);
        try {
            fresh.transaction([&] {
                migrate(db);
                sql::run(db, u"PRAGMA application_id = %1"_s.arg(kApplicationId));
                if (seed == Seed::TaySon2021) {
                    seedTaySon2021(fresh);
                }
            });
        } catch (...) {
            db.close();
            QFile::remove(building);
            throw;
        }
        db.close();
    }
    // A -wal or -shm file left by the old database would be replayed into the new one.
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(building.toStdString()), std::filesystem::path(path.toStdString()),
                            error);
    if (error) {
        QFile::remove(building);
        refuse(StorageError::Kind::Failed,
               StorageText::tr("The database %1 cannot be written: %2")
                   .arg(QDir::toNativeSeparators(path), QString::fromStdString(error.message())));
    }
    return open(path);
}

QString defaultDatabasePath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(u"thidua/thidua.sqlite"_s);
}

} // namespace thidua::storage
