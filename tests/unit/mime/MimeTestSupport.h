// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the MIME tests: the corpus folder, readable Catch2 output for Qt strings, and a few builders.
#pragma once

#include "mail/mime/MimeMessage.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <string>

namespace tsunagu::test {

// tests/data/mail
QString mailCorpusDir();
QByteArray readMailFile(const QString& name);

// Bytes of a UTF-8 literal, to build test mails next to the expectation.
inline QByteArray utf8(const char* text)
{
    return QByteArray(text);
}

// Every note of a message, one per line, for INFO().
std::string describeNotes(const MimeMessage& message);

} // namespace tsunagu::test

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return "\"" + value.toStdString() + "\""; }
};
template <>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray& value) { return "\"" + value.toStdString() + "\""; }
};
template <>
struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime& value)
    {
        return value.isValid() ? value.toString(Qt::ISODate).toStdString() : std::string("(invalid)");
    }
};
} // namespace Catch
