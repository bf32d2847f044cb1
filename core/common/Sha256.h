// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace tsunagu {

// SHA-256 of bytes (32 raw bytes), through OpenSSL's libcrypto, which uses the processor's SHA instructions where
// it has them. Every mail taken in is hashed (the same mail is never stored twice), and Qt 6.4's own SHA-256 cost
// as much as reading the mail.
QByteArray sha256(QByteArrayView bytes);

} // namespace tsunagu
