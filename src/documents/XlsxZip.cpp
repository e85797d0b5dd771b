#include "XlsxZip.h"

#include "XlsxReader.h"

#include <minizip/unzip.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace thidua::documents::xlsx {
namespace {

// minizip reads through these callbacks: the archive is the QByteArray itself, never a file.
struct Stream
{
    const QByteArray* bytes = nullptr;
    quint64 position = 0;
};

voidpf openStream(voidpf opaque, const void*, int)
{
    auto* stream = new Stream{static_cast<const QByteArray*>(opaque), 0};
    return stream;
}

uLong readStream(voidpf, voidpf handle, void* buffer, uLong size)
{
    auto* stream = static_cast<Stream*>(handle);
    const auto total = static_cast<quint64>(stream->bytes->size());
    if (stream->position >= total) {
        return 0;
    }
    const quint64 count = std::min<quint64>(size, total - stream->position);
    std::memcpy(buffer, stream->bytes->constData() + stream->position, count);
    stream->position += count;
    return static_cast<uLong>(count);
}

uLong writeStream(voidpf, voidpf, const void*, uLong)
{
    return 0;
}

ZPOS64_T tellStream(voidpf, voidpf handle)
{
    return static_cast<Stream*>(handle)->position;
}

long seekStream(voidpf, voidpf handle, ZPOS64_T offset, int origin)
{
    auto* stream = static_cast<Stream*>(handle);
    const auto total = static_cast<quint64>(stream->bytes->size());
    quint64 base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_CUR:
        base = stream->position;
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        base = total;
        break;
    case ZLIB_FILEFUNC_SEEK_SET:
        break;
    default:
        return -1;
    }
    if (offset > total || base + offset > total) {
        return -1;
    }
    stream->position = base + offset;
    return 0;
}

int closeStream(voidpf, voidpf handle)
{
    delete static_cast<Stream*>(handle);
    return 0;
}

int errorStream(voidpf, voidpf)
{
    return 0;
}

struct Closer
{
    void operator()(void* zip) const { unzClose(zip); }
};
using Archive = std::unique_ptr<void, Closer>;

Archive openArchive(const QByteArray& bytes)
{
    zlib_filefunc64_def functions{};
    functions.zopen64_file = openStream;
    functions.zread_file = readStream;
    functions.zwrite_file = writeStream;
    functions.ztell64_file = tellStream;
    functions.zseek64_file = seekStream;
    functions.zclose_file = closeStream;
    functions.zerror_file = errorStream;
    functions.opaque = const_cast<QByteArray*>(&bytes); // NOLINT: minizip's API is not const
    return Archive(unzOpen2_64("memory", &functions));
}

} // namespace

std::optional<ZipParts> ZipParts::open(const QByteArray& bytes, QString& error)
{
    const Archive archive = openArchive(bytes);
    if (!archive) {
        error = QStringLiteral("not an XLSX workbook (no zip archive)");
        return std::nullopt;
    }
    ZipParts parts;
    parts.m_bytes = &bytes;
    int status = unzGoToFirstFile(archive.get());
    int count = 0;
    while (status == UNZ_OK) {
        if (++count > kMaxEntries) {
            error = QStringLiteral("not an XLSX workbook (more than %1 files in the archive)").arg(kMaxEntries);
            return std::nullopt;
        }
        unz_file_info64 info{};
        char name[512] = {};
        if (unzGetCurrentFileInfo64(archive.get(), &info, name, sizeof name - 1, nullptr, 0, nullptr, 0) != UNZ_OK) {
            error = QStringLiteral("not an XLSX workbook (damaged zip directory)");
            return std::nullopt;
        }
        unz64_file_pos position{};
        if (unzGetFilePos64(archive.get(), &position) == UNZ_OK) {
            parts.m_entries[QString::fromUtf8(name)] =
                Entry{position.pos_in_zip_directory, position.num_of_file, info.uncompressed_size};
        }
        status = unzGoToNextFile(archive.get());
    }
    if (status != UNZ_END_OF_LIST_OF_FILE) {
        error = QStringLiteral("not an XLSX workbook (damaged zip directory)");
        return std::nullopt;
    }
    return parts;
}

std::optional<QByteArray> ZipParts::read(const QString& name, QString& error) const
{
    const auto found = m_entries.find(name);
    if (found == m_entries.end()) {
        error = QStringLiteral("the part %1 is missing").arg(name);
        return std::nullopt;
    }
    if (found->second.size > static_cast<quint64>(kMaxEntryBytes)) {
        error = QStringLiteral("the part %1 is larger than %2 MB").arg(name).arg(kMaxEntryBytes / (1024 * 1024));
        return std::nullopt;
    }
    const Archive archive = openArchive(*m_bytes);
    unz64_file_pos position{found->second.offset, found->second.centralOffset};
    if (!archive || unzGoToFilePos64(archive.get(), &position) != UNZ_OK ||
        unzOpenCurrentFile(archive.get()) != UNZ_OK) {
        error = QStringLiteral("the part %1 cannot be read").arg(name);
        return std::nullopt;
    }
    QByteArray content;
    char buffer[65536];
    int read = 0;
    // The declared size may lie (a zip bomb says little and inflates to gigabytes): count what comes.
    while ((read = unzReadCurrentFile(archive.get(), buffer, sizeof buffer)) > 0) {
        if (content.size() + read > kMaxEntryBytes) {
            unzCloseCurrentFile(archive.get());
            error = QStringLiteral("the part %1 is larger than %2 MB").arg(name).arg(kMaxEntryBytes / (1024 * 1024));
            return std::nullopt;
        }
        content.append(buffer, read);
    }
    const int closed = unzCloseCurrentFile(archive.get()); // UNZ_CRCERROR for a damaged part
    if (read < 0 || closed != UNZ_OK) {
        error = QStringLiteral("the part %1 is damaged").arg(name);
        return std::nullopt;
    }
    return content;
}

} // namespace thidua::documents::xlsx
