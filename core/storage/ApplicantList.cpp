// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ApplicantList.h"

#include "storage/ApplicantColumns.h"
#include "storage/Sealing.h"
#include "storage/SqlSupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tsunagu {
namespace {

using namespace applicantColumns;

// The same columns for a list: the introduction and form fields (most of an applicant's size) left out.
const QString s_listColumns = QStringLiteral(
    "a.id, a.room_id, a.anonymous_name, a.reply_address, a.category, a.gender_as_written, a.age_band, a.region, "
    "a.country, a.time_zone, a.referral_source, a.referral_contact_id, a.status, a.received_at, a.first_reply_at, "
    "a.notes, a.duplicate_of, a.duplicate_state, a.concern, '', '[]', a.hints");
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

ApplicantRow readRow(const QSqlQuery& q, const Sealing& sealing)
{
    ApplicantRow row;
    row.applicant = readApplicant(q, sealing);
    row.roomCode = q.value(s_columnCount).toString();
    row.roomName = q.value(s_columnCount + 1).toString();
    row.replyDeadlineDays = q.value(s_columnCount + 2).isNull() ? 3 : q.value(s_columnCount + 2).toInt();
    return row;
}

} // namespace

StoreResult<QVector<ApplicantRow>> ApplicantList::all() const
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

StoreResult<int> ApplicantList::count(const ApplicantListQuery& query) const
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

StoreResult<QVector<ApplicantRow>> ApplicantList::page(const ApplicantListQuery& query, int offset, int limit) const
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

StoreResult<Done> ApplicantList::each(const ApplicantListQuery& query,
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

StoreResult<WaitingCounts> ApplicantList::waitingCounts(const QDateTime& now) const
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

StoreResult<QHash<qint64, int>> ApplicantList::awaitingCountByRoom() const
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
