// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace tsunagu::test {

// A form-service submission as real form services send it: the service is the sender, the applicant's address
// is in the body, UTF-8 in base64. Fictional people only.
QByteArray formMail(const QString& subject, const QString& body, const QByteArray& messageId,
                    const QByteArray& extraHeaders = {});
// The body of a Room E application with the given anonymous name and address; `extra` is appended.
QString applicationBody(const QString& name, const QString& address, const QString& extra = {});
// A plain letter (not a form) in UTF-8.
QByteArray letterMail(const QString& subject, const QString& body, const QByteArray& from, const QByteArray& messageId);

} // namespace tsunagu::test
