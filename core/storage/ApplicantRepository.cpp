// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ApplicantRepository.h"

#include "storage/AuditLog.h"
#include "storage/NativeStatement.h"
#include "storage/Sealing.h"

#include "storage/JsonColumns.h"
#include "storage/SqlSupport.h"
#include "storage/SqlTransaction.h"

#include <QSqlError>

namespace tsunagu {
namespace {

const QString s_columns = QStringLiteral(
    "a.id, a.room_id, a.anonymous_name, a.reply_address, a.category, a.gender_as_written, a.age_band, a.region, "
    "a.country, a.time_zone, a.referral_source, a.referral_contact_id, a.status, a.received_at, a.first_reply_at, "
    "a.notes, a.duplicate_of, a.duplicate_state, a.concern, a.introduction, a.form_fields, a.hints");
// The same columns for a list: the introduction and form fields (most of an applicant's size) left out.
const QString s_listColumns = QStringLiteral(
    "a.id, a.room_id, a.anonymous_name, a.reply_address, a.category, a.gender_as_written, a.age_band, a.region, "
    "a.country, a.time_zone, a.referral_source, a.referral_contact_id, a.status, a.received_at, a.first_reply_at, "
    "a.notes, a.duplicate_of, a.duplicate_state, a.concern, '', '[]', a.hints");
// Columns of s_columns, for the rows that add more after them.
constexpr int s_columnCount = 22;
// The sealed columns (the column name is the associated data of each sealed value).
constexpr const char* s_name = "applicants.anonymous_name";
constexpr const char* s_replyAddress = "applicants.reply_address";
constexpr const char* s_notes = "applicants.notes";
constexpr const char* s_introduction = "applicants.introduction";
constexpr const char* s_formFields = "applicants.form_fields";
// The form field the self-introduction comes from (FieldKey::Introduction). Its text is stored once, in
// applicants.introduction, and the form's JSON leaves the field's value out (json::fromFields): measured
// 2026-12-06, the self-introduction was four fifths of the form's bytes, and a sealed profile paid the cipher
// for both copies.
const QString s_introductionKey = QStringLiteral("introduction");
// Still waiting for a first reply; written as the partial index applicants_awaiting says it (0007.sql), so that
// SQLite can use it.
const QString s_awaiting =
    QStringLiteral("a.first_reply_at IS NULL AND a.status IN ('new', 'checking') AND a.duplicate_state <> 'merged'");

QString orderBy(const ApplicantListQuery& query, const Sealing& sealing)
{
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString key;
    switch (query.order) {
    case ApplicantListQuery::Order::Id:
        return QStringLiteral("a.id") + direction;
    case ApplicantListQuery::Order::Name:
        // Sealed names are opened inside the statement, so SQL still sorts them (as plain text, BINARY) and a
        // list reads only its page; no index can serve this order any more.
        key = sealing.sqlOpened(QStringLiteral("a.anonymous_name"), s_name);
        break;
    case ApplicantListQuery::Order::Room:
        key = QStringLiteral("r.code");
        break;
    case ApplicantListQuery::Order::Category:
        key = QStringLiteral("a.category");
        break;
    case ApplicantListQuery::Order::Status:
        // The order of the path an applicant takes (新規→確認中→招待済→参加中, then the other outcomes).
        key = QStringLiteral("CASE a.status WHEN 'new' THEN 0 WHEN 'checking' THEN 1 WHEN 'invited' THEN 2 "
                             "WHEN 'attending' THEN 3 WHEN 'on_hold' THEN 4 WHEN 'referred' THEN 5 "
                             "WHEN 'not_eligible' THEN 6 ELSE 7 END");
        break;
    case ApplicantListQuery::Order::Received:
        key = QStringLiteral("a.received_at");
        break;
    case ApplicantListQuery::Order::Waiting: {
        // The longest wait first when descending: the waiting ones, earliest application first; then the others.
        const QString reversed = query.descending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
        return QStringLiteral("(a.first_reply_at IS NULL AND a.status IN ('new', 'checking'))") + direction +
               QStringLiteral(", a.received_at") + reversed + QStringLiteral(", a.id") + reversed;
    }
    case ApplicantListQuery::Order::Referral:
        key = QStringLiteral("a.referral_source");
        break;
    case ApplicantListQuery::Order::Hints:
        key = QStringLiteral("json_array_length(a.hints)");
        break;
    }
    return key + direction + QStringLiteral(", a.id") + direction;
}

// The FROM and WHERE of a list query, with its bound values in order.
QString fromWhere(const ApplicantListQuery& query, QVariantList& values, const Sealing& sealing)
{
    QStringList where{QStringLiteral("a.duplicate_state <> 'merged'")};
    if (query.awaitingOnly)
        where << s_awaiting;
    if (!query.status.isEmpty()) {
        where << QStringLiteral("a.status = ?");
        values << query.status;
    }
    if (query.withoutRoom)
        where << QStringLiteral("a.room_id IS NULL");
    if (!query.roomCode.isEmpty()) {
        where << QStringLiteral("r.code = ?");
        values << query.roomCode;
    }
    if (!query.roomCodes.isEmpty()) {
        QStringList marks;
        for (const QString& code : query.roomCodes) {
            marks << QStringLiteral("?");
            values << code;
        }
        where << QStringLiteral("r.code IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        QString escaped = search;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
        QStringList any;
        // A sealed reply address cannot be searched by SQL: the search finds a whole address (any case) through
        // its keyed hash, and parts of the plain columns. A sealed name is opened inside the statement and matched
        // as the plain one was (a part of it, ASCII letters in any case); it comes last, so that a row another
        // column matches already is not opened for it.
        const bool sealed = sealing.active();
        for (const char* column :
             {"a.reply_address", "r.code", "r.name", "a.referral_source", "a.concern", "a.anonymous_name"}) {
            if (sealed && qstrcmp(column, "a.reply_address") == 0) {
                any << QStringLiteral("a.reply_address_hash = ?");
                values << sealing.addressHash(search, s_replyAddress);
                continue;
            }
            const QString expression = qstrcmp(column, "a.anonymous_name") == 0
                                           ? sealing.sqlOpened(QLatin1String(column), s_name)
                                           : QString(QLatin1String(column));
            any << expression + QStringLiteral(" LIKE ? ESCAPE '\\'");
            values << pattern;
        }
        where << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return QStringLiteral("FROM applicants a LEFT JOIN rooms r ON r.id = a.room_id WHERE ") +
           where.join(QStringLiteral(" AND "));
}

bool run(QSqlQuery& q, const QString& statement, const QVariantList& values)
{
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return false;
    for (const QVariant& value : values)
        q.addBindValue(value);
    return q.exec();
}

Applicant readApplicant(const QSqlQuery& q, const Sealing& sealing)
{
    Applicant a;
    a.id = q.value(0).toLongLong();
    a.roomId = q.value(1).toLongLong();
    a.anonymousName = sealing.openText(q.value(2), s_name);
    a.replyAddress = sealing.openText(q.value(3), s_replyAddress);
    a.category = categoryFromKey(q.value(4).toString());
    a.genderAsWritten = q.value(5).toString();
    a.ageBand = q.value(6).toString();
    a.region = q.value(7).toString();
    a.country = q.value(8).toString();
    a.timeZone = q.value(9).toString();
    a.referralSource = q.value(10).toString();
    a.referralContactId = q.value(11).toLongLong();
    a.status = applicantStatusFromKey(q.value(12).toString());
    a.receivedAt = sql::toInstant(q.value(13));
    a.firstReplyAt = sql::toInstant(q.value(14));
    a.notes = sealing.openText(q.value(15), s_notes);
    a.duplicateOfId = q.value(16).toLongLong();
    a.duplicateState = duplicateStateFromKey(q.value(17).toString());
    a.concern = q.value(18).toString();
    a.introduction = sealing.openText(q.value(19), s_introduction);
    a.formFields = json::toFields(sealing.openText(q.value(20), s_formFields), s_introductionKey, a.introduction);
    a.hints = json::toHints(q.value(21).toString());
    return a;
}

ApplicantRow readRow(const QSqlQuery& q, const Sealing& sealing)
{
    ApplicantRow row;
    row.applicant = readApplicant(q, sealing);
    row.roomCode = q.value(s_columnCount).toString();
    row.roomName = q.value(s_columnCount + 1).toString();
    row.replyDeadlineDays = q.value(s_columnCount + 2).isNull() ? 3 : q.value(s_columnCount + 2).toInt();
    return row;
}

bool isReply(ApplicantStatus status)
{
    return status != ApplicantStatus::New && status != ApplicantStatus::Checking;
}

} // namespace

StoreResult<QVector<ApplicantRow>> ApplicantRepository::all() const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT %1, r.code, r.name, r.reply_deadline_days FROM applicants a "
                                     "LEFT JOIN rooms r ON r.id = a.room_id WHERE a.duplicate_state <> 'merged' "
                                     "ORDER BY a.received_at, a.id")
                          .arg(s_columns)))
        return sql::failure(q);
    const Sealing sealing(m_database);
    QVector<ApplicantRow> rows;
    while (q.next())
        rows.append(readRow(q, sealing));
    if (sealing.broken())
        return sealing.failure(QStringLiteral("an applicant"));
    return rows;
}

StoreResult<int> ApplicantRepository::count(const ApplicantListQuery& query) const
{
    QSqlQuery q(m_database.connection());
    QVariantList values;
    const Sealing sealing(m_database);
    if (!run(q, QStringLiteral("SELECT COUNT(*) ") + fromWhere(query, values, sealing), values) || !q.next())
        return sql::failure(q);
    // A name the search could not open would be left out of the count without a word.
    if (sealing.broken())
        return sealing.failure(QStringLiteral("an applicant"));
    return q.value(0).toInt();
}

StoreResult<QVector<ApplicantRow>> ApplicantRepository::page(const ApplicantListQuery& query, int offset,
                                                             int limit) const
{
    QSqlQuery q(m_database.connection());
    QVariantList values;
    const Sealing sealing(m_database);
    const QString statement = QStringLiteral("SELECT %1, r.code, r.name, r.reply_deadline_days ").arg(s_listColumns) +
                              fromWhere(query, values, sealing) + QStringLiteral(" ORDER BY ") +
                              orderBy(query, sealing) + QStringLiteral(" LIMIT ? OFFSET ?");
    values << limit << offset;
    if (!run(q, statement, values))
        return sql::failure(q);
    QVector<ApplicantRow> rows;
    rows.reserve(limit);
    while (q.next())
        rows.append(readRow(q, sealing));
    if (sealing.broken())
        return sealing.failure(QStringLiteral("an applicant"));
    return rows;
}

StoreResult<Done> ApplicantRepository::each(const ApplicantListQuery& query,
                                            const std::function<bool(const ApplicantRow&)>& sink) const
{
    QSqlQuery q(m_database.connection());
    QVariantList values;
    const Sealing sealing(m_database);
    const QString statement = QStringLiteral("SELECT %1, r.code, r.name, r.reply_deadline_days ").arg(s_columns) +
                              fromWhere(query, values, sealing) + QStringLiteral(" ORDER BY ") +
                              orderBy(query, sealing);
    if (!run(q, statement, values))
        return sql::failure(q);
    while (q.next()) {
        const ApplicantRow row = readRow(q, sealing);
        if (sealing.broken())
            return sealing.failure(QStringLiteral("an applicant"));
        if (!sink(row))
            break;
    }
    if (q.lastError().isValid())
        return sql::failure(q);
    return Done{};
}

StoreResult<WaitingCounts> ApplicantRepository::waitingCounts(const QDateTime& now) const
{
    // Overdue as the lists say it: whole days waited (waitingDays) at least the room's reply deadline.
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT COUNT(*), IFNULL(SUM(MAX(CAST(strftime('%s', ?) AS INTEGER) - "
                                  "CAST(strftime('%s', a.received_at) AS INTEGER), 0) / 86400 >= "
                                  "IFNULL(r.reply_deadline_days, 3)), 0) "
                                  "FROM applicants a LEFT JOIN rooms r ON r.id = a.room_id WHERE ") +
                       s_awaiting,
                   {sql::instant(now)}) ||
        !q.next())
        return sql::failure(q);
    return WaitingCounts{q.value(0).toInt(), q.value(1).toInt()};
}

StoreResult<Applicant> ApplicantRepository::byId(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT %1 FROM applicants a WHERE a.id = ?").arg(s_columns), {id}))
        return sql::failure(q);
    if (!q.next())
        return StoreFailure{StoreError::NotFound, QStringLiteral("no such applicant")};
    const Sealing sealing(m_database);
    Applicant applicant = readApplicant(q, sealing);
    if (sealing.broken())
        return sealing.failure(QStringLiteral("an applicant"));
    return applicant;
}

QVariantList ApplicantRepository::insertValues(const Applicant& a, const QDateTime& received, const Sealing& sealing)
{
    return {sql::id(a.roomId),
            sealing.text(a.anonymousName, s_name),
            sealing.text(a.replyAddress, s_replyAddress),
            categoryKey(a.category),
            sql::text(a.genderAsWritten),
            sql::text(a.ageBand),
            sql::text(a.region),
            sql::text(a.country),
            sql::text(a.timeZone),
            sql::text(a.referralSource),
            sql::id(a.referralContactId),
            applicantStatusKey(a.status),
            sql::instant(received),
            sql::instant(a.firstReplyAt),
            sealing.text(a.notes, s_notes),
            sql::id(a.duplicateOfId),
            duplicateStateKey(a.duplicateState),
            sql::text(a.concern),
            sealing.text(a.introduction, s_introduction),
            sealing.text(json::fromFields(a.formFields, s_introductionKey, a.introduction), s_formFields),
            json::fromHints(a.hints),
            sealing.addressHash(a.replyAddress, s_replyAddress)};
}

void ApplicantRepository::sealAhead(const Applicant& applicant, const crypto::Sealer& sealer, SealedAhead& ahead)
{
    insertValues(applicant, {}, Sealing::record(sealer, ahead));
}

void ApplicantRepository::hashAhead(const QString& address, const crypto::Sealer& sealer, SealedAhead& ahead)
{
    Sealing::record(sealer, ahead).addressHash(address, s_replyAddress);
}

StoreResult<qint64> ApplicantRepository::insert(const Applicant& a, qint64 hostId)
{
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return StoreFailure{StoreError::QueryFailed, transaction.error()};
    const QDateTime received = a.receivedAt.isValid() ? a.receivedAt : m_clock.now();
    StoreFailure failure;
    NativeStatement* q =
        sql::native(db,
                    QStringLiteral("INSERT INTO applicants (room_id, anonymous_name, reply_address, category, "
                                   "gender_as_written, age_band, region, country, time_zone, referral_source, "
                                   "referral_contact_id, status, received_at, first_reply_at, notes, duplicate_of, "
                                   "duplicate_state, concern, introduction, form_fields, hints, reply_address_hash) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    &failure);
    if (!q || !q->run(insertValues(a, received, Sealing(m_database))))
        return q ? q->failure() : failure;
    const qint64 id = q->lastInsertId();
    NativeStatement* history =
        sql::native(db,
                    QStringLiteral("INSERT INTO applicant_status_history (applicant_id, status, changed_at, host_id) "
                                   "VALUES (?, ?, ?, ?)"),
                    &failure);
    if (!history || !history->run({id, applicantStatusKey(a.status), sql::instant(received), sql::id(hostId)}))
        return history ? history->failure() : failure;
    if (!transaction.commit())
        return StoreFailure{StoreError::QueryFailed, transaction.error()};
    return id;
}

StoreResult<Done> ApplicantRepository::setStatus(qint64 id, ApplicantStatus status, qint64 hostId, const QString& note,
                                                 const QDateTime& at)
{
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return StoreFailure{StoreError::QueryFailed, transaction.error()};
    QSqlQuery q(db);
    const QVariant now = sql::instant(at.isValid() ? at : m_clock.now());
    const QVariant replyTime = isReply(status) ? now : QVariant(QMetaType::fromType<QString>());
    if (!sql::exec(q,
                   QStringLiteral("UPDATE applicants SET status = ?, first_reply_at = COALESCE(first_reply_at, ?) "
                                  "WHERE id = ?"),
                   {applicantStatusKey(status), replyTime, id}))
        return sql::failure(q);
    if (q.numRowsAffected() != 1)
        return StoreFailure{StoreError::NotFound, QStringLiteral("no such applicant")};
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO applicant_status_history (applicant_id, status, changed_at, host_id, "
                                  "note) VALUES (?, ?, ?, ?, ?)"),
                   {id, applicantStatusKey(status), now, sql::id(hostId),
                    Sealing(m_database).text(note, "applicant_status_history.note")}))
        return sql::failure(q);
    if (!transaction.commit())
        return StoreFailure{StoreError::QueryFailed, transaction.error()};
    return Done{};
}

StoreResult<QVector<StatusChange>> ApplicantRepository::history(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT s.status, s.changed_at, h.display_name, s.note "
                                  "FROM applicant_status_history s LEFT JOIN hosts h ON h.id = s.host_id "
                                  "WHERE s.applicant_id = ? ORDER BY s.changed_at, s.id"),
                   {id}))
        return sql::failure(q);
    const Sealing sealing(m_database);
    QVector<StatusChange> changes;
    while (q.next()) {
        changes.append({applicantStatusFromKey(q.value(0).toString()), sql::toInstant(q.value(1)),
                        q.value(2).toString(), sealing.openText(q.value(3), "applicant_status_history.note")});
    }
    if (sealing.broken())
        return sealing.failure(QStringLiteral("an applicant's history"));
    return changes;
}

StoreResult<QHash<qint64, int>> ApplicantRepository::awaitingCountByRoom() const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral(
                       "SELECT IFNULL(room_id, 0), COUNT(*) FROM applicants "
                       "WHERE status IN ('new', 'checking') AND first_reply_at IS NULL AND duplicate_state <> 'merged' "
                       "GROUP BY IFNULL(room_id, 0)")))
        return sql::failure(q);
    QHash<qint64, int> counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

} // namespace tsunagu

namespace tsunagu {

StoreResult<QVector<qint64>> ApplicantRepository::idsByAddress(const QString& address) const
{
    StoreFailure failure;
    // Sealed addresses are found by their keyed hash, through the index on it (0011.sql).
    const Sealing sealing(m_database);
    NativeStatement* q =
        sealing.active()
            ? sql::native(m_database.connection(),
                          QStringLiteral("SELECT id FROM applicants WHERE reply_address_hash = ? "
                                         "ORDER BY received_at, id"),
                          &failure)
            : sql::native(m_database.connection(),
                          QStringLiteral("SELECT id FROM applicants WHERE reply_address = ? COLLATE NOCASE "
                                         "AND reply_address <> '' ORDER BY received_at, id"),
                          &failure);
    const QString hash = sealing.active() ? sealing.addressHash(address, s_replyAddress) : QString();
    if (sealing.active() && hash.isEmpty())
        return QVector<qint64>{};
    if (!q || !q->run({sealing.active() ? QVariant(hash) : QVariant(address.trimmed())}))
        return q ? q->failure() : failure;
    QVector<qint64> ids;
    while (q->next())
        ids.append(q->int64(0));
    q->finish();
    return ids;
}

StoreResult<QVector<Applicant>> ApplicantRepository::byAddress(const QString& address) const
{
    QSqlQuery q(m_database.connection());
    const Sealing sealing(m_database);
    const QString hash = sealing.addressHash(address, s_replyAddress);
    if (sealing.active() && hash.isEmpty())
        return QVector<Applicant>{};
    const bool ok =
        sealing.active()
            ? sql::exec(q,
                        QStringLiteral("SELECT %1 FROM applicants a WHERE a.reply_address_hash = ? "
                                       "ORDER BY a.received_at, a.id")
                            .arg(s_columns),
                        {hash})
            : sql::exec(q,
                        QStringLiteral("SELECT %1 FROM applicants a WHERE a.reply_address = ? COLLATE NOCASE "
                                       "AND a.reply_address <> '' ORDER BY a.received_at, a.id")
                            .arg(s_columns),
                        {address.trimmed()});
    if (!ok)
        return sql::failure(q);
    QVector<Applicant> found;
    while (q.next())
        found.append(readApplicant(q, sealing));
    if (sealing.broken())
        return sealing.failure(QStringLiteral("an applicant"));
    return found;
}

StoreResult<Done> ApplicantRepository::setDuplicateState(qint64 id, DuplicateState state)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("UPDATE applicants SET duplicate_state = ? WHERE id = ?"),
                   {duplicateStateKey(state), id}))
        return sql::failure(q);
    if (q.numRowsAffected() != 1)
        return StoreFailure{StoreError::NotFound, QStringLiteral("no such applicant")};
    return Done{};
}

StoreResult<Done> ApplicantRepository::setRoom(qint64 id, qint64 roomId)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("UPDATE applicants SET room_id = ? WHERE id = ?"), {sql::id(roomId), id}))
        return sql::failure(q);
    if (q.numRowsAffected() != 1)
        return StoreFailure{StoreError::NotFound, QStringLiteral("no such applicant")};
    return Done{};
}

StoreResult<Done> ApplicantRepository::setNotes(qint64 id, const QString& notes)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("UPDATE applicants SET notes = ? WHERE id = ?"),
                   {Sealing(m_database).text(notes, s_notes), id}))
        return sql::failure(q);
    if (q.numRowsAffected() != 1)
        return StoreFailure{StoreError::NotFound, QStringLiteral("no such applicant")};
    return Done{};
}

StoreResult<QVector<QPair<qint64, quint32>>>
ApplicantRepository::awaitingOnServer(qint64 accountId, const QString& mailbox, qint64 uidValidity, int limit) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT a.id, m.uid FROM applicants a JOIN messages m ON m.applicant_id = a.id "
                                  "WHERE m.account_id = ? AND m.mailbox = ? AND m.uidvalidity = ? "
                                  "AND m.direction = 'in' AND m.classification = 'application' "
                                  "AND a.first_reply_at IS NULL AND a.status IN ('new', 'checking') "
                                  "ORDER BY m.uid DESC LIMIT ?"),
                   {accountId, mailbox, uidValidity, limit}))
        return sql::failure(q);
    QVector<QPair<qint64, quint32>> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), quint32(q.value(1).toLongLong())});
    return result;
}

StoreResult<Done> ApplicantRepository::noteAnsweredElsewhere(qint64 id, const QDateTime& at)
{
    auto applicant = byId(id);
    if (!applicant)
        return applicant.error();
    QVector<Hint> hints = applicant->hints;
    bool present = false;
    for (const Hint& hint : hints)
        present = present || hint.kind == QLatin1String("answered_elsewhere");
    if (!present)
        hints.append({QStringLiteral("answered_elsewhere"), QStringLiteral("\\Answered on the server")});
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return StoreFailure{StoreError::QueryFailed, transaction.error()};
    QSqlQuery q(db);
    if (!sql::exec(q,
                   QStringLiteral("UPDATE applicants SET first_reply_at = COALESCE(first_reply_at, ?), hints = ? "
                                  "WHERE id = ?"),
                   {sql::instant(at), json::fromHints(hints), id}))
        return sql::failure(q);
    AuditEntry entry;
    entry.at = at;
    entry.action = QStringLiteral("reply.noticed_on_server");
    entry.subjectKind = QStringLiteral("applicant");
    entry.subjectId = id;
    if (auto logged = AuditLog(m_database).record(entry); !logged)
        return logged.error();
    if (!transaction.commit())
        return StoreFailure{StoreError::QueryFailed, transaction.error()};
    return Done{};
}

StoreResult<Done> ApplicantRepository::resolveDuplicate(qint64 id, DuplicateState decision)
{
    if (decision != DuplicateState::Kept && decision != DuplicateState::Merged)
        return StoreFailure{StoreError::ConstraintViolated, QStringLiteral("a decision is kept or merged")};
    auto applicant = byId(id);
    if (!applicant)
        return applicant.error();
    if (applicant->duplicateState != DuplicateState::Flagged || applicant->duplicateOfId <= 0)
        return StoreFailure{StoreError::ConstraintViolated, QStringLiteral("not a flagged duplicate")};
    QVector<Hint> hints;
    for (const Hint& hint : applicant->hints) {
        if (hint.kind != QLatin1String("duplicate"))
            hints.append(hint);
    }
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return StoreFailure{StoreError::QueryFailed, transaction.error()};
    QSqlQuery q(db);
    if (!sql::exec(q, QStringLiteral("UPDATE applicants SET duplicate_state = ?, hints = ? WHERE id = ?"),
                   {duplicateStateKey(decision), json::fromHints(hints), id}))
        return sql::failure(q);
    if (decision == DuplicateState::Merged &&
        !sql::exec(q, QStringLiteral("UPDATE messages SET applicant_id = ? WHERE applicant_id = ?"),
                   {applicant->duplicateOfId, id}))
        return sql::failure(q);
    if (!transaction.commit())
        return StoreFailure{StoreError::QueryFailed, transaction.error()};
    return Done{};
}

StoreResult<Done> ApplicantRepository::remove(qint64 id)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("DELETE FROM applicants WHERE id = ?"), {id}))
        return sql::failure(q);
    if (q.numRowsAffected() != 1)
        return StoreFailure{StoreError::NotFound, QStringLiteral("no such applicant")};
    return Done{};
}

} // namespace tsunagu
