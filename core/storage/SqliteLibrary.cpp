// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqliteLibrary.h"

#include <QSqlQuery>

#include <sqlite3.h>

#if defined(__linux__) || defined(__FreeBSD__)
#include <dlfcn.h>
#include <link.h>

#include <cstring>
#endif

namespace tsunagu {
namespace {

#if defined(__linux__) || defined(__FreeBSD__)
// The loaded QSQLITE plugin's file name, if any.
int findPlugin(dl_phdr_info* info, size_t, void* data)
{
    if (info->dlpi_name && std::strstr(info->dlpi_name, "libqsqlite")) {
        *static_cast<const char**>(data) = info->dlpi_name;
        return 1;
    }
    return 0;
}

// Whether sqlite3_libversion, looked up from the plugin (itself and the libraries it loaded), is ours. True when
// the plugin cannot be found (a Qt with the driver built in): the version comparison still applies then.
bool pluginUsesOurCopy()
{
    const char* plugin = nullptr;
    dl_iterate_phdr(findPlugin, &plugin);
    if (!plugin)
        return true;
    void* handle = dlopen(plugin, RTLD_NOW | RTLD_NOLOAD);
    if (!handle)
        return true;
    void* theirs = dlsym(handle, "sqlite3_libversion");
    dlclose(handle);
    // A plugin with SQLite compiled in and its symbols hidden gives nullptr: not ours.
    return theirs == reinterpret_cast<void*>(&sqlite3_libversion);
}
#else
bool pluginUsesOurCopy()
{
    return true;
}
#endif

} // namespace

SqliteLibraries SqliteLibraries::observe(const QSqlDatabase& db)
{
    SqliteLibraries libraries;
    libraries.linkedVersion = QString::fromLatin1(sqlite3_libversion());
    libraries.linkedSourceId = QString::fromLatin1(sqlite3_sourceid());
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) && q.next()) {
        libraries.driverVersion = q.value(0).toString();
        libraries.driverSourceId = q.value(1).toString();
    }
    libraries.sameCopy = pluginUsesOurCopy();
    return libraries;
}

StoreResult<Done> SqliteLibraries::check() const
{
    if (sameCopy && linkedVersion == driverVersion && linkedSourceId == driverSourceId)
        return Done{};
    return StoreFailure{StoreError::ForeignSqlite,
                        QStringLiteral("Qt's SQLite driver runs SQLite %1 (%2), Tsunagu is linked with %3 (%4)%5")
                            .arg(driverVersion.isEmpty() ? QStringLiteral("?") : driverVersion, driverSourceId.left(20),
                                 linkedVersion, linkedSourceId.left(20),
                                 sameCopy ? QString() : QStringLiteral(", another copy of the library"))};
}

} // namespace tsunagu
