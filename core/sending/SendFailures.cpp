// SPDX-License-Identifier: GPL-3.0-or-later
#include "sending/ReplySenderParts.h"

namespace tsunagu {

SendFailure storeFailure(const StoreFailure& failure)
{
    return {SendError::StoreFailed, failure.detail, std::nullopt, false};
}

SendFailure fromSmtp(const SmtpError& error, const std::optional<CertificateInfo>& certificate)
{
    SendFailure failure;
    failure.smtp = true;
    failure.detail = error.detail;
    switch (error.code) {
    case SmtpErrorCode::Unreachable:
    case SmtpErrorCode::Timeout:
    case SmtpErrorCode::Dropped:
    case SmtpErrorCode::Cancelled:
        failure.code = SendError::CannotConnect;
        break;
    case SmtpErrorCode::TlsUntrusted:
        failure.code = SendError::TlsUntrusted;
        failure.certificate = certificate;
        break;
    case SmtpErrorCode::TlsFailed:
        failure.code = SendError::TlsFailed;
        break;
    case SmtpErrorCode::CaFileUnreadable:
        failure.code = SendError::CaFileUnreadable;
        break;
    case SmtpErrorCode::StartTlsUnavailable:
    case SmtpErrorCode::PlainNotAllowed:
        failure.code = SendError::StartTlsMissing;
        break;
    case SmtpErrorCode::AuthUnavailable:
    case SmtpErrorCode::AuthFailed:
        failure.code = SendError::LoginFailed;
        break;
    case SmtpErrorCode::SenderRejected:
    case SmtpErrorCode::Protocol:
        failure.code = SendError::ServerRefused;
        break;
    case SmtpErrorCode::RecipientRejected:
        failure.code = SendError::RecipientRefused;
        break;
    case SmtpErrorCode::MessageRejected:
    case SmtpErrorCode::MessageTooBig:
        failure.code = SendError::MessageRefused;
        break;
    case SmtpErrorCode::TemporaryFailure:
        failure.code = SendError::TryLater;
        break;
    }
    return failure;
}

SendFailure fromImap(const ImapError& error, const std::optional<CertificateInfo>& certificate)
{
    SendFailure failure;
    failure.detail = error.detail;
    switch (error.code) {
    case ImapErrorCode::Unreachable:
    case ImapErrorCode::Timeout:
    case ImapErrorCode::Dropped:
    case ImapErrorCode::NotConnected:
        failure.code = SendError::CannotConnect;
        break;
    case ImapErrorCode::TlsUntrusted:
        failure.code = SendError::TlsUntrusted;
        failure.certificate = certificate;
        break;
    case ImapErrorCode::TlsFailed:
        failure.code = SendError::TlsFailed;
        break;
    case ImapErrorCode::CaFileUnreadable:
        failure.code = SendError::CaFileUnreadable;
        break;
    case ImapErrorCode::StartTlsUnavailable:
    case ImapErrorCode::PlainNotAllowed:
        failure.code = SendError::StartTlsMissing;
        break;
    case ImapErrorCode::AuthenticationFailed:
        failure.code = SendError::LoginFailed;
        break;
    case ImapErrorCode::MailboxMissing:
        failure.code = SendError::MailboxMissing;
        break;
    default:
        failure.code = SendError::ServerRefused;
        break;
    }
    return failure;
}

QString sendErrorKey(SendError error)
{
    switch (error) {
    case SendError::Blocked:
        return QStringLiteral("blocked");
    case SendError::NotEditable:
        return QStringLiteral("not_editable");
    case SendError::Unencodable:
        return QStringLiteral("unencodable");
    case SendError::CannotConnect:
        return QStringLiteral("cannot_connect");
    case SendError::TlsUntrusted:
        return QStringLiteral("tls_untrusted");
    case SendError::TlsFailed:
        return QStringLiteral("tls_failed");
    case SendError::CaFileUnreadable:
        return QStringLiteral("ca_file_unreadable");
    case SendError::StartTlsMissing:
        return QStringLiteral("starttls_missing");
    case SendError::LoginFailed:
        return QStringLiteral("login_failed");
    case SendError::PasswordMissing:
        return QStringLiteral("password_missing");
    case SendError::RecipientRefused:
        return QStringLiteral("recipient_refused");
    case SendError::MessageRefused:
        return QStringLiteral("message_refused");
    case SendError::TryLater:
        return QStringLiteral("try_later");
    case SendError::MailboxMissing:
        return QStringLiteral("mailbox_missing");
    case SendError::ServerRefused:
        return QStringLiteral("server_refused");
    case SendError::StoreFailed:
        return QStringLiteral("store_failed");
    }
    return {};
}

} // namespace tsunagu
