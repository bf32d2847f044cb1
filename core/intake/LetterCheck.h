// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mime/MimeMessage.h"

#include <QString>
#include <QStringList>

namespace tsunagu {

// Tells a letter a person wrote to the room from mail a machine sent. A host answers every person who writes, so a
// first letter from an unknown address that no machine sent is an application, form or not.
class LetterCheck
{
public:
    // Why the mail was sent by a machine, or "" when nothing says so. Read: Auto-Submitted other than "no"
    // (RFC 3834), List-Id / List-Unsubscribe / List-Post (RFC 2369, 2919: a mailing list or newsletter), Precedence
    // bulk / list / junk / auto_reply, X-Autoreply, X-Autorespond, X-Auto-Response-Suppress: All / OOF on a
    // sent auto-reply, Feedback-ID (bulk senders' campaign id), a delivery or read report (multipart/report,
    // message/delivery-status), an empty Return-Path, and a sender whose mailbox name says no one reads it
    // (no-reply, noreply, donotreply, mailer-daemon, postmaster, bounce…, notification…, info@ of a service is NOT
    // counted: people write from such addresses too).
    static QString automatedReason(const MimeMessage& mail);

    // True when the mail is a letter from a person to the room: not automated, sent from an address that is not one
    // of `ownAddresses` (the rooms' own), with a subject or some text.
    static bool isPersonalLetter(const MimeMessage& mail, const QStringList& ownAddresses);
};

} // namespace tsunagu
