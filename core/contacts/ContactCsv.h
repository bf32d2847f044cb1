// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"
#include "domain/Room.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QVector>

class QIODevice;

namespace tsunagu {

// The referral directory as a spreadsheet a host opens in Excel: one row per contact, Japanese headers, UTF-8 with
// a byte order mark and CRLF (what Excel on Japanese Windows reads without garbling). The same columns are read
// back, and so are the spreadsheets hosts keep already: headers in Japanese or English with the usual variants,
// columns in any order, unknown columns named and left out, Shift_JIS files from older Excel converted.
class ContactCsv
{
public:
    // What reading a file found. Nothing is stored by reading: the caller stores `contacts` in one transaction.
    struct Plan
    {
        QVector<Contact> contacts; // new contacts, in file order
        QString encoding;          // "UTF-8", "Shift_JIS", … as detected
        QStringList unknownColumns;
        // Duplicates: the same organisation (width, case, spaces and punctuation aside) in the same city, or with no
        // city on one side; or a referral code another contact has.
        struct Skipped
        {
            int line = 0; // the row's line in the spreadsheet (the header is line 1)
            QString organisation;
            enum class Why
            {
                Duplicate,
                NoOrganisation,
                DuplicateCode
            } why = Why::Duplicate;
        };
        QVector<Skipped> skipped;
        // Values that could not be read (an unknown kind becomes その他, a date Tsunagu cannot read stays
        // empty, an unknown room code is left out): the contact is imported without them.
        struct Unread
        {
            int line = 0;
            QString column; // the header as the file has it
            QString value;
        };
        QVector<Unread> unread;
    };

    enum class ReadError
    {
        None,
        Empty,
        TooLarge,
        NoOrganisationColumn
    };

    // The largest file read (a directory of 5,000 contacts is well under 2 MB).
    static constexpr qint64 s_maxBytes = 32 * 1024 * 1024;

    // `existing`: the contacts already stored, so that a file imported twice adds nothing the second time.
    // `rooms`: to turn room codes into rooms.
    static Plan read(const QByteArray& bytes, const QVector<Contact>& existing, const QVector<Room>& rooms,
                     ReadError* error);
    static bool write(QIODevice& device, const QVector<ContactRow>& rows);

    // The header row as written.
    static QStringList headers();
    // The fixed Japanese name of a kind in the file, whatever the UI language (the file is a shared format).
    static QString kindLabel(ContactKind kind);
};

} // namespace tsunagu
