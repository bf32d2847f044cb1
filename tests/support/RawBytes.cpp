// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawBytes.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace tsunagu::test {

QByteArray everyByteOf(const QString& folder)
{
    QByteArray all;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        all += file.readAll();
    }
    return all;
}

QStringList foundIn(const QByteArray& bytes, const QStringList& values)
{
    QStringList found;
    for (const QString& value : values) {
        const QByteArray utf16(reinterpret_cast<const char*>(value.utf16()), int(value.size() * 2));
        if (bytes.contains(value.toUtf8()) || bytes.contains(utf16))
            found << value;
    }
    return found;
}

} // namespace tsunagu::test
