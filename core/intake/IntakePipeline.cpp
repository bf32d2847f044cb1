// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/IntakePipeline.h"

#include "common/Sha256.h"

#include "intake/AgeBand.h"
#include "intake/EligibilityHints.h"
#include "intake/IntakeLog.h"
#include "intake/IntakeReader.h"
#include "intake/Normalisers.h"
#include "intake/ReplyAddressChooser.h"
#include "intake/RoomMatcher.h"
#include "intake/SpamCheck.h"
#include "intake/TimeZoneHint.h"
#include "storage/ApplicantRepository.h"
#include "storage/AuditLog.h"
#include "storage/BlockedAddressRepository.h"
#include "storage/MessageRepository.h"
#include "storage/RoomRepository.h"
#include "storage/SqlTransaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace tsunagu {
namespace {

QString formatAddresses(const QVector<MailAddress>& addresses)
{
    QStringList parts;
    for (const MailAddress& a : addresses)
        parts << (a.name.isEmpty() ? a.address : QStringLiteral("%1 <%2>").arg(a.name, a.address));
    return parts.join(QStringLiteral(", "));
}

QString notesJson(const QVector<DecodingNote>& notes)
{
    QJsonArray array;
    for (const DecodingNote& n : notes)
        array.append(QJsonObject{{QStringLiteral("where"), n.where}, {QStringLiteral("what"), n.what}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString attachmentsJson(const QVector<MailAttachment>& attachments)
{
    QJsonArray array;
    for (const MailAttachment& a : attachments) {
        array.append(QJsonObject{{QStringLiteral("name"), a.fileName},
                                 {QStringLiteral("type"), a.contentType},
                                 {QStringLiteral("size"), a.size}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

const Room* roomByCode(const QVector<Room>& rooms, const QString& code)
{
    for (const Room& room : rooms) {
        if (room.code == code)
            return &room;
    }
    return nullptr;
}

} // namespace

IntakePipeline::IntakePipeline(Database& database, const Clock& clock, MimeParser::Options options)
    : m_database(database)
    , m_clock(clock)
    , m_options(options)
{}

Understanding IntakePipeline::understand(const QByteArray& raw, const QVector<Room>& rooms, const IntakeSource& source,
                                         const QVector<QPair<QString, QString>>& extraLabels,
                                         const MimeParser::Options& options)
{
    return IntakeReader(rooms, extraLabels, options).read(raw, source);
}

Message IntakePipeline::messageFor(const QByteArray& raw, const Understanding& u, const IntakeSource& source,
                                   const QDateTime& receivedAt, const QString& digest)
{
    Message message;
    message.direction = MessageDirection::Incoming;
    message.accountId = source.accountId;
    message.mailbox = source.mailbox;
    message.uidValidity = source.uidValidity;
    message.uid = source.uid;
    message.messageId = u.mail.messageId;
    message.inReplyTo = u.mail.inReplyTo;
    message.references = u.mail.references.join(QLatin1Char(' '));
    message.subject = u.mail.subject;
    message.fromAddress = formatAddresses(u.mail.from);
    message.toAddresses = formatAddresses(u.mail.to);
    message.replyTo = formatAddresses(u.mail.replyTo);
    message.sentAt = u.mail.date;
    message.receivedAt = receivedAt;
    message.sizeBytes = raw.size();
    message.bodyText = u.mail.text;
    message.raw = raw;
    message.sha256 = !digest.isEmpty() ? digest : QString::fromLatin1(sha256(raw).toHex());
    QVector<DecodingNote> notes = u.mail.notes;
    if (source.fullSize > raw.size()) {
        // Over the size cap only the first bytes were fetched: the host sees the headers and the first text.
        message.sizeBytes = source.fullSize;
        notes.append({QStringLiteral("message"),
                      QStringLiteral("over the size cap: %1 of %2 bytes read").arg(raw.size()).arg(source.fullSize)});
    }
    message.decodingNotes = notesJson(notes);
    message.attachments = attachmentsJson(u.mail.attachments);
    message.spamReason = u.spamReason;
    message.classification = u.classification;
    return message;
}

StoreResult<Done> IntakePipeline::prepareForMany(const IntakeSource& source)
{
    RoomRepository roomRepository(m_database);
    auto rooms = roomRepository.all();
    if (!rooms)
        return rooms.error();
    QString only = source.roomCode;
    if (only.isEmpty() && source.roomCodes.size() == 1)
        only = source.roomCodes.first();
    QVector<QPair<QString, QString>> labels;
    if (const Room* room = roomByCode(rooms.value(), only)) {
        auto own = roomRepository.formLabels(room->id);
        if (!own)
            return own.error();
        labels = own.value();
    }
    m_preparedRooms = rooms.value();
    m_reader = std::make_shared<const IntakeReader>(rooms.value(), labels, m_options);
    return Done{};
}

StoreResult<IntakeResult> IntakePipeline::take(const QByteArray& raw, const IntakeSource& source)
{
    if (m_reader)
        return store(prepare(*m_reader, raw, source));

    RoomRepository roomRepository(m_database);
    auto rooms = roomRepository.all();
    if (!rooms)
        return rooms.error();
    // The room's own form labels count once the room is known; without one, the defaults.
    QVector<QPair<QString, QString>> labels;
    if (const Room* forced = roomByCode(rooms.value(), source.roomCode)) {
        auto own = roomRepository.formLabels(forced->id);
        if (own)
            labels = own.value();
    }
    return storeWith(prepare(IntakeReader(rooms.value(), labels, m_options), raw, source), rooms.value());
}

PreparedMail IntakePipeline::prepare(const IntakeReader& reader, const QByteArray& raw, const IntakeSource& source)
{
    PreparedMail mail;
    mail.raw = raw;
    mail.source = source;
    mail.digest = QString::fromLatin1(sha256(raw).toHex());
    mail.understanding = reader.read(raw, source);
    return mail;
}

void IntakePipeline::sealAhead(PreparedMail& mail, const crypto::Sealer& sealer)
{
    const Understanding& u = mail.understanding;
    // The values sealed do not depend on what store() decides (when the mail arrived, which applicant it
    // belongs to), so they can be sealed before; a value that still differs is sealed again when stored.
    MessageRepository::sealAhead(messageFor(mail.raw, u, mail.source, {}, mail.digest), mail.sealedRaw, sealer,
                                 mail.sealed);
    if (u.classification == Classification::Application) {
        ApplicantRepository::sealAhead(u.applicant, sealer, mail.sealed); // its reply address's hash included
        BlockedAddressRepository::hashAhead(u.applicant.replyAddress, sealer, mail.sealed);
    } else if (!u.replyAddress.isEmpty())
        ApplicantRepository::hashAhead(u.replyAddress, sealer, mail.sealed);
}

StoreResult<IntakeResult> IntakePipeline::store(PreparedMail mail)
{
    StoreResult<IntakeResult> result = storeWith(std::move(mail), m_preparedRooms);
    if (result)
        qCDebug(lcIntake) << "mail taken in, outcome" << int(result->outcome);
    else
        qCInfo(lcIntake) << "mail not stored, store error" << int(result.error().code);
    return result;
}

StoreResult<IntakeResult> IntakePipeline::storeWith(PreparedMail mail, const QVector<Room>& rooms)
{
    MessageRepository messages(m_database);
    IntakeResult result;
    auto known = messages.idBySha256(mail.digest);
    if (!known)
        return known.error();
    if (known.value() > 0) {
        result.outcome = IntakeOutcome::AlreadyKnown;
        result.messageId = known.value();
        return result;
    }
    result.understanding = std::move(mail.understanding);
    const SealedAhead::Use sealedAhead(m_database, mail.sealed);
    return storeUnderstood(mail.raw, mail.sealedRaw, mail.source, mail.digest, rooms, std::move(result));
}

StoreResult<IntakeResult> IntakePipeline::storeUnderstood(const QByteArray& raw, const QByteArray& sealedRaw,
                                                          const IntakeSource& source, const QString& digest,
                                                          const QVector<Room>& rooms, IntakeResult result)
{
    ApplicantRepository applicants(m_database, m_clock);
    MessageRepository messages(m_database);
    BlockedAddressRepository blocked(m_database);
    AuditLog audit(m_database);
    Understanding& u = result.understanding;

    // The same mail under another name (saved twice, or fetched again): same Message-ID, nothing twice.
    if (!u.mail.messageId.isEmpty()) {
        auto sameId = messages.incomingIdByMessageId(u.mail.messageId);
        if (!sameId)
            return sameId.error();
        if (sameId.value() > 0) {
            result.outcome = IntakeOutcome::AlreadyKnown;
            result.messageId = sameId.value();
            return result;
        }
    }

    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return transaction.failure();

    // One moment for the message, the applicant and the audit entry, in UTC: storing a local time converts it
    // through the time zone database, a system call each time.
    const QDateTime now = m_clock.now().toUTC();
    // When the mail arrived, not when it was read in (a first sync of a mailbox reads months of mail at once): the
    // server's INTERNALDATE where the source knows it, else the Date it was sent with (never later than now: a
    // sender's clock may run ahead).
    QDateTime arrived = source.arrivedAt.isValid() ? source.arrivedAt.toUTC() : QDateTime();
    if (!arrived.isValid() && u.mail.date.isValid())
        arrived = u.mail.date.toUTC();
    if (!arrived.isValid() || arrived > now)
        arrived = now;
    // A letter written without the form from someone who is already an applicant is that applicant writing again.
    if (u.directLetter && u.classification == Classification::Application && !u.replyAddress.isEmpty()) {
        auto known = applicants.idsByAddress(u.replyAddress);
        if (!known)
            return known.error();
        if (!known->isEmpty())
            u.classification = Classification::Reply;
    }
    Message message = messageFor(raw, u, source, arrived, digest);

    // A reply: threaded to a mail a host sent (RFC 5322 §3.6.4), else from the address of a known applicant.
    if (u.classification == Classification::Reply || u.classification == Classification::Unclassified) {
        QStringList thread = u.mail.references;
        if (!u.mail.inReplyTo.isEmpty())
            thread << u.mail.inReplyTo;
        auto threaded = messages.applicantOfSent(thread);
        if (!threaded)
            return threaded.error();
        qint64 applicantId = threaded.value();
        if (applicantId == 0 && !u.replyAddress.isEmpty()) {
            auto byAddress = applicants.idsByAddress(u.replyAddress);
            if (!byAddress)
                return byAddress.error();
            if (!byAddress->isEmpty())
                applicantId = byAddress->last();
        }
        message.classification = applicantId > 0 ? Classification::Reply : Classification::Unclassified;
        message.applicantId = applicantId;
        result.outcome = applicantId > 0 ? IntakeOutcome::ReplyAttached : IntakeOutcome::Unclassified;
        result.applicantId = applicantId;
    } else if (u.classification == Classification::Spam) {
        result.outcome = IntakeOutcome::Spam;
    }

    if (message.classification == Classification::Application) {
        Applicant a = u.applicant;
        const Room* room = roomByCode(rooms, u.roomCode);
        a.roomId = room ? room->id : 0;
        a.status = ApplicantStatus::New;
        a.receivedAt = arrived;
        a.hints = u.hints;
        auto isBlocked = blocked.isBlocked(a.replyAddress);
        if (!isBlocked)
            return isBlocked.error();
        if (isBlocked.value())
            a.hints.append(
                {EligibilityHints::kindKey(HintKind::BlockedAddress), QStringLiteral("address blocked by a host")});
        auto earlier = applicants.idsByAddress(a.replyAddress);
        if (!earlier)
            return earlier.error();
        if (!earlier->isEmpty()) {
            a.duplicateOfId = earlier->first();
            a.duplicateState = DuplicateState::Flagged;
            a.hints.append({QStringLiteral("duplicate"), QStringLiteral("applicant #%1").arg(a.duplicateOfId)});
        }
        auto applicantId = applicants.insert(a);
        if (!applicantId)
            return applicantId.error();
        message.applicantId = applicantId.value();
        result.applicantId = applicantId.value();
        result.outcome = earlier->isEmpty() ? IntakeOutcome::NewApplicant : IntakeOutcome::DuplicateApplicant;
        u.hints = a.hints;
    }

    auto messageId = messages.insert(message, sealedRaw);
    if (!messageId)
        return messageId.error();
    result.messageId = messageId.value();
    // The audit trail names what happened, never who wrote or what they wrote.
    auto logged = audit.record({0, now, 0, QStringLiteral("intake.taken"), QStringLiteral("message"), messageId.value(),
                                classificationKey(message.classification)});
    if (!logged)
        return logged.error();
    if (!transaction.commit())
        return transaction.failure();
    return result;
}

StoreResult<qint64> IntakePipeline::makeApplicant(qint64 messageId)
{
    MessageRepository messages(m_database);
    auto message = messages.byId(messageId, true);
    if (!message)
        return message.error();
    if (message->applicantId > 0 && message->classification == Classification::Application)
        return message->applicantId;
    RoomRepository roomRepository(m_database);
    auto rooms = roomRepository.all();
    if (!rooms)
        return rooms.error();
    IntakeSource source;
    source.accountId = message->accountId;
    const Understanding u = understand(message->raw, rooms.value(), source, {}, m_options);

    ApplicantRepository applicants(m_database, m_clock);
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return transaction.failure();
    Applicant a = u.applicant;
    // A mail without a form that the host takes as an application: its own words are the self-introduction.
    if (a.introduction.isEmpty() && !u.isForm)
        a.introduction = u.mail.text.trimmed().left(8000);
    const Room* room = roomByCode(rooms.value(), u.roomCode);
    a.roomId = room ? room->id : 0;
    a.receivedAt = message->receivedAt.isValid() ? message->receivedAt : m_clock.now();
    a.hints = u.hints;
    auto applicantId = applicants.insert(a);
    if (!applicantId)
        return applicantId.error();
    auto classified = messages.classify(messageId, Classification::Application, applicantId.value());
    if (!classified)
        return classified.error();
    AuditLog audit(m_database);
    auto logged = audit.record(
        {0, m_clock.now(), 0, QStringLiteral("intake.made_applicant"), QStringLiteral("message"), messageId, {}});
    if (!logged)
        return logged.error();
    if (!transaction.commit())
        return transaction.failure();
    return applicantId.value();
}

StoreResult<Done> IntakePipeline::returnToUnclassified(qint64 applicantId)
{
    ApplicantRepository applicants(m_database, m_clock);
    MessageRepository messages(m_database);
    auto applicant = applicants.byId(applicantId);
    if (!applicant)
        return applicant.error();
    if (applicant->status != ApplicantStatus::New)
        return StoreFailure{StoreError::Conflict, QStringLiteral("the applicant was answered or their status changed")};
    auto thread = messages.forApplicant(applicantId);
    if (!thread)
        return thread.error();
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return transaction.failure();
    for (const Message& message : thread.value()) {
        if (message.direction != MessageDirection::Incoming)
            return StoreFailure{StoreError::Conflict, QStringLiteral("a mail was sent to the applicant")};
        if (auto classified = messages.classify(message.id, Classification::Unclassified, 0); !classified)
            return classified;
    }
    if (auto removed = applicants.remove(applicantId); !removed)
        return removed;
    AuditLog audit(m_database);
    if (auto logged = audit.record({0,
                                    m_clock.now(),
                                    0,
                                    QStringLiteral("intake.returned_to_unclassified"),
                                    QStringLiteral("applicant"),
                                    applicantId,
                                    {}});
        !logged)
        return logged.error();
    if (!transaction.commit())
        return transaction.failure();
    return Done{};
}

StoreResult<Done> IntakePipeline::attach(qint64 messageId, qint64 applicantId)
{
    MessageRepository messages(m_database);
    return messages.classify(messageId, Classification::Reply, applicantId);
}

StoreResult<Done> IntakePipeline::ignore(qint64 messageId)
{
    MessageRepository messages(m_database);
    auto message = messages.byId(messageId);
    if (!message)
        return message.error();
    return messages.classify(messageId, Classification::Ignored, message->applicantId);
}

StoreResult<Done> IntakePipeline::restoreIgnored(qint64 messageId)
{
    MessageRepository messages(m_database);
    auto message = messages.byId(messageId);
    if (!message)
        return message.error();
    // Only a mail the host ignored comes back; anything else was decided since (by this host or another).
    if (message->classification != Classification::Ignored)
        return StoreFailure{StoreError::Conflict, QStringLiteral("the mail is not ignored")};
    return messages.classify(messageId, Classification::Unclassified, message->applicantId);
}

} // namespace tsunagu
