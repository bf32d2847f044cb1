// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace tsunagu {

// Who a message goes from and to on the wire (RFC 5321 §3.3), independent of its From:/To: headers.
struct SmtpEnvelope
{
    QString from;
    QStringList recipients;
};

// A delivery the server took responsibility for (the final 250 after the data).
struct SmtpReceipt
{
    QStringList accepted;
    QString serverReply; // the final 250's text, e.g. "2.0.0 Ok: queued as 4Z1…" without the status code
};

} // namespace tsunagu
