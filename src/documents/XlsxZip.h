// The parts of an XLSX file (a zip archive) read from memory with minizip, capped in number and
// size so a hostile or damaged file is refused rather than exhausting memory.
#pragma once

#include <QByteArray>
#include <QString>

#include <map>
#include <optional>

namespace thidua::documents::xlsx {

class ZipParts
{
public:
    // Lists the archive's entries; an error in words when the bytes are no zip archive.
    static std::optional<ZipParts> open(const QByteArray& bytes, QString& error);

    bool has(const QString& name) const { return m_entries.count(name) != 0; }
    // The uncompressed bytes of one part; nothing, and `error` set, when it cannot be read or is
    // larger than kMaxEntryBytes.
    std::optional<QByteArray> read(const QString& name, QString& error) const;

private:
    struct Entry
    {
        quint64 offset = 0; // of the local header, for unzGoToFilePos64
        quint64 centralOffset = 0;
        quint64 size = 0; // as declared; the reading is capped whatever it says
    };
    const QByteArray* m_bytes = nullptr; // the caller keeps the bytes alive while the parts are read
    std::map<QString, Entry> m_entries;
};

} // namespace thidua::documents::xlsx
