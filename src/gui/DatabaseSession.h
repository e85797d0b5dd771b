// The database the window shows, at most one at a time. Opening and creating throw
// storage::StorageError as storage does; the window decides how to tell the user. A refused file
// leaves the database that was open before in place.
#pragma once

#include "storage/Database.h"

#include <QObject>
#include <QString>

#include <memory>

namespace thidua::gui {

class DatabaseSession : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseSession(QObject* parent = nullptr);
    ~DatabaseSession() override;

    void open(const QString& path, storage::Access access);
    // Creating over the file that is open closes it first: the new file replaces it on disk. If the
    // creation fails the old file is still there (storage never leaves half a database) and is
    // opened again.
    void create(const QString& path, storage::Seed seed, bool overwrite);
    void close();

    storage::Database* database() const { return m_database.get(); }
    bool isOpen() const { return m_database != nullptr; }
    QString path() const;

signals:
    // Another database is open, or none.
    void changed();

private:
    void replace(std::unique_ptr<storage::Database> database);
    std::unique_ptr<storage::Database> m_database;
};

} // namespace thidua::gui
