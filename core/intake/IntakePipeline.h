// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/Applicant.h"
#include "domain/Message.h"
#include "domain/Room.h"
#include "mail/mime/MimeMessage.h"
#include "mail/mime/MimeParser.h"
#include "storage/Database.h"
#include "storage/Sealing.h"

#include <QByteArray>
#include <QDateTime>
#include <QPair>
#include <QVector>

#include <memory>

namespace tsunagu {

class IntakeReader;

// Where a mail came from: an IMAP mailbox position, or a file the host imported.
struct IntakeSource
{
    qint64 accountId = 0; // 0: imported from a file
    QString mailbox = QStringLiteral("import");
    qint64 uidValidity = 0;
    qint64 uid = 0;
    QString roomCode;      // the host said which room (import --room); beats everything else
    QStringList roomCodes; // the rooms the mailbox receives for; one of them is taken when it is only one
    qint64 fullSize = 0;   // the size on the server when only the first bytes were fetched (over the size cap)
    QDateTime arrivedAt;   // when the server received it (IMAP INTERNALDATE); invalid: unknown
};

// What the pipeline understood of one mail, before anything is stored.
struct Understanding
{
    MimeMessage mail;
    QVector<LabelledValue> fields; // every labelled field, known or not
    bool isForm = false;
    // A letter a person wrote to the room without the form: an application unless its sender is already known.
    bool directLetter = false;
    Classification classification = Classification::Unclassified;
    QString spamReason;
    QString roomCode; // empty: the host chooses
    QString replyAddress;
    Applicant applicant; // filled from the form (no id, no room id, status New)
    QVector<Hint> hints; // those that need no store (room fit, minors); blocked and duplicates come with take()
};

enum class IntakeOutcome
{
    NewApplicant,       // a form submission became an applicant
    DuplicateApplicant, // … from an address already known: flagged for the host
    ReplyAttached,      // an applicant wrote back
    Unclassified,       // kept as 未分類
    Spam,               // kept on the spam list
    AlreadyKnown        // the same mail was taken in before: nothing stored twice
};

// A mail read and understood but not yet stored: what prepare() makes on any thread and store() takes.
struct PreparedMail
{
    QByteArray raw;
    // raw as a sealed profile keeps it already (a waiting mail's, WaitingMail::sealedRaw): stored with the message
    // as it is rather than sealed again. Empty: raw is sealed when stored.
    QByteArray sealedRaw;
    // What store() seals of it, sealed ahead on the thread that prepared it (sealAhead()); empty: sealed when
    // stored.
    SealedAhead sealed;
    IntakeSource source;
    QString digest; // SHA-256, hex
    Understanding understanding;
};

struct IntakeResult
{
    IntakeOutcome outcome = IntakeOutcome::Unclassified;
    qint64 messageId = 0;
    qint64 applicantId = 0;
    Understanding understanding;
};

// The one way mail becomes applicants, for files today and IMAP later: parse (MIME) → classify → extract the form
// → store message, applicant and hints in one transaction.
class IntakePipeline
{
public:
    IntakePipeline(Database& database, const Clock& clock, MimeParser::Options options = {});

    // Pure: no store. `extraLabels` are the room's own form labels (label, field key).
    static Understanding understand(const QByteArray& raw, const QVector<Room>& rooms, const IntakeSource& source,
                                    const QVector<QPair<QString, QString>>& extraLabels = {},
                                    const MimeParser::Options& options = {});

    // The message row for a mail as understood: headers that matter, decoded text, raw bytes, their hash (computed
    // unless the caller has it already).
    static Message messageFor(const QByteArray& raw, const Understanding& understanding, const IntakeSource& source,
                              const QDateTime& receivedAt, const QString& digest = {});

    StoreResult<IntakeResult> take(const QByteArray& raw, const IntakeSource& source);
    // For a run of many mails from one source (a sync): the rooms, their labels and the reader are read once
    // instead of for every mail. Call again when the rooms may have changed.
    StoreResult<Done> prepareForMany(const IntakeSource& source);
    // The reader prepareForMany() built (nullptr before). Reading is pure, but a reader remembers label lookups:
    // give each thread its own copy.
    std::shared_ptr<const IntakeReader> reader() const { return m_reader; }
    // take() in two halves, so the reading can run on other threads: prepare() is pure; store() then does what
    // take() does after reading (needs prepareForMany() first).
    static PreparedMail prepare(const IntakeReader& reader, const QByteArray& raw, const IntakeSource& source);
    // Like prepare(), on any thread and without the store: seals what store() will seal of the mail in a sealed
    // profile, so that the thread that stores does not (a sync prepares on several threads and stores on one).
    static void sealAhead(PreparedMail& mail, const crypto::Sealer& sealer);
    StoreResult<IntakeResult> store(PreparedMail mail);
    // 未分類 → a new applicant from that mail (the host decided it is an application).
    StoreResult<qint64> makeApplicant(qint64 messageId);
    // Undoes an application taken wrongly (a letter that was not one): its mail goes back to 未分類 and the
    // applicant is removed. Refused (Conflict) once anyone has answered them or their status changed.
    StoreResult<Done> returnToUnclassified(qint64 applicantId);
    StoreResult<Done> attach(qint64 messageId, qint64 applicantId);
    StoreResult<Done> ignore(qint64 messageId);
    // Undoes ignore(): the mail is back in 未分類. Refused (Conflict) when it is not an ignored mail.
    StoreResult<Done> restoreIgnored(qint64 messageId);

private:
    StoreResult<IntakeResult> storeWith(PreparedMail mail, const QVector<Room>& rooms);
    StoreResult<IntakeResult> storeUnderstood(const QByteArray& raw, const QByteArray& sealedRaw,
                                              const IntakeSource& source, const QString& digest,
                                              const QVector<Room>& rooms, IntakeResult result);

    Database& m_database;
    const Clock& m_clock;
    MimeParser::Options m_options;
    QVector<Room> m_preparedRooms;
    std::shared_ptr<const IntakeReader> m_reader; // set by prepareForMany()
};

} // namespace tsunagu
