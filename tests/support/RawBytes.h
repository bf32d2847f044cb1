// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tsunagu::test {

// Every byte of every file in the folder and below it (database, its log and shared memory, settings, key file …),
// for tests that search a profile's raw bytes for what must not be there. REQUIREs that each file reads.
QByteArray everyByteOf(const QString& folder);

// The values found in the bytes: in UTF-8, and also in UTF-16 (as Qt might have written them).
QStringList foundIn(const QByteArray& bytes, const QStringList& values);

} // namespace tsunagu::test
