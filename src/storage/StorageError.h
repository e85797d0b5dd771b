// What storage reports when it refuses or fails. Storage never shows anything itself: the GUI and
// the command line decide how to tell the user (see style.md, "what they got wrong").
#pragma once

#include <QString>

#include <stdexcept>

namespace thidua::storage {

class StorageError : public std::runtime_error
{
public:
    enum class Kind
    {
        Missing,      // no file at that path
        NotADatabase, // the file is not an SQLite database (e.g. random bytes, a spreadsheet)
        Damaged,      // an SQLite file that fails its integrity check
        TooNew,       // written by a newer version of the app
        Exists,       // would overwrite an existing file
        ReadOnly,     // a write was attempted on a database opened for reading
        Locked,       // a change to an approved report (reopen it first)
        Invalid,      // the data asked for or given breaks a rule (unknown code, bad value)
        Failed,       // the database engine failed (disk full, locked, I/O)
    };

    StorageError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
    {
    }

    Kind kind() const { return m_kind; }
    // Translated, complete sentence naming the file or value concerned.
    const QString& message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace thidua::storage
