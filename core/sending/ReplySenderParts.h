// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/outbox: what ReplySender's files share. Not part of the public API.
#pragma once

#include "mail/imap/ImapError.h"
#include "mail/smtp/SmtpError.h"
#include "sending/ReplySender.h"
#include "storage/StoreError.h"

namespace tsunagu {

// The typed failures of the layers below, as the words the host reads (SendError) plus their detail.
SendFailure storeFailure(const StoreFailure& failure);
SendFailure fromSmtp(const SmtpError& error, const std::optional<CertificateInfo>& certificate);
SendFailure fromImap(const ImapError& error, const std::optional<CertificateInfo>& certificate);

struct ReplySender::Prepared
{
    Reply reply;
    ReplyAddressing addressing;
    QString hostName;
    QByteArray bytes;
    QString messageId;
    QDateTime date;
};

} // namespace tsunagu
