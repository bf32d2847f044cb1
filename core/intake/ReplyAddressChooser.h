// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/FormFields.h"
#include "mail/mime/MimeMessage.h"

#include <QString>
#include <QStringList>

namespace tsunagu {

struct ReplyAddressChoice
{
    enum class Source
    {
        None,
        FormField,
        ReplyTo,
        From
    };
    QString address; // empty: nothing usable, the host must find the address
    Source source = Source::None;
    QStringList skipped; // why earlier candidates were not taken, short English technical text
};

// The applicant's address for the answer: the form's mail field (when it holds a valid address), else Reply-To,
// else From. A form service's sender is never the applicant: no-reply and daemon senders (noreply@, no-reply@,
// donotreply@, mailer-daemon@, wordpress@, forms-receipts-noreply@… style) and the rooms' own reception addresses
// (a form that sends "from" the room, a referral forwarded by another room's host) are skipped.
class ReplyAddressChooser
{
public:
    // ownAddresses: the rooms' reception addresses (all of them is best: a mail forwarded by another room's host
    // comes from that room); compared case-insensitively.
    static ReplyAddressChoice choose(const FormFields& fields, const MimeMessage& message,
                                     const QStringList& ownAddresses = {});
    // Valid, not a no-reply sender, not one of ownAddresses.
    static bool isUsable(const QString& address, const QStringList& ownAddresses = {});

    // An address as people type it into a form: full-width letters, "mailto:", angle brackets, a note after it
    // ("sakura@example.jp（PC）") → "sakura@example.jp"; empty when no valid address is found.
    static QString addressIn(const QString& text);
    // addr-spec, leniently: Japanese carrier addresses from before 2009 may have ".." or a dot before "@"
    // (docomo, au) and are still in use, so those are accepted; spaces, missing "@" or a domain without a dot are not.
    static bool isValidAddress(const QString& address);
    static bool isNoReplySender(const QString& address);
};

} // namespace tsunagu
