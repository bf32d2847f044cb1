// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ContactRepository.h"

#include "storage/SqlSupport.h"

namespace tsunagu {

StoreResult<qint64> ContactRepository::insert(const Contact& c)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO contacts (organisation, kind, region, person, phone, email, web, "
                                  "role_notes, last_contact_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {c.organisation, contactKindKey(c.kind), sql::text(c.region), sql::text(c.person),
                    sql::text(c.phone), sql::text(c.email), sql::text(c.web), sql::text(c.roleNotes),
                    sql::date(c.lastContactOn)}))
        return sql::failure(q);
    return q.lastInsertId().toLongLong();
}

StoreResult<QVector<ContactRow>> ContactRepository::all() const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT c.id, c.organisation, c.kind, c.region, c.person, c.phone, c.email, c.web, "
                                  "c.role_notes, c.last_contact_on, "
                                  "(SELECT IFNULL(SUM(copies), 0) FROM poster_deliveries p WHERE p.contact_id = c.id), "
                                  "(SELECT MAX(delivered_on) FROM poster_deliveries p WHERE p.contact_id = c.id), "
                                  "(SELECT COUNT(*) FROM applicants a WHERE a.referral_contact_id = c.id) "
                                  "FROM contacts c ORDER BY c.region, c.organisation")))
        return sql::failure(q);
    QVector<ContactRow> rows;
    while (q.next()) {
        ContactRow row;
        row.contact.id = q.value(0).toLongLong();
        row.contact.organisation = q.value(1).toString();
        row.contact.kind = contactKindFromKey(q.value(2).toString());
        row.contact.region = q.value(3).toString();
        row.contact.person = q.value(4).toString();
        row.contact.phone = q.value(5).toString();
        row.contact.email = q.value(6).toString();
        row.contact.web = q.value(7).toString();
        row.contact.roleNotes = q.value(8).toString();
        row.contact.lastContactOn = sql::toDate(q.value(9));
        row.postersDelivered = q.value(10).toInt();
        row.lastPosterOn = sql::toDate(q.value(11));
        row.applicantsReferred = q.value(12).toInt();
        rows.append(row);
    }
    return rows;
}

StoreResult<qint64> ContactRepository::addPosterDelivery(const PosterDelivery& d)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO poster_deliveries (contact_id, delivered_on, poster_version, copies) "
                                  "VALUES (?, ?, ?, ?)"),
                   {d.contactId, sql::date(d.deliveredOn), sql::text(d.posterVersion), d.copies}))
        return sql::failure(q);
    return q.lastInsertId().toLongLong();
}

StoreResult<QVector<PosterDeliveryRow>> ContactRepository::posterDeliveries() const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT p.id, p.contact_id, p.delivered_on, p.poster_version, p.copies, "
                                     "c.organisation, c.region FROM poster_deliveries p "
                                     "JOIN contacts c ON c.id = p.contact_id ORDER BY p.delivered_on DESC, p.id DESC")))
        return sql::failure(q);
    QVector<PosterDeliveryRow> rows;
    while (q.next()) {
        PosterDeliveryRow row;
        row.delivery.id = q.value(0).toLongLong();
        row.delivery.contactId = q.value(1).toLongLong();
        row.delivery.deliveredOn = sql::toDate(q.value(2));
        row.delivery.posterVersion = q.value(3).toString();
        row.delivery.copies = q.value(4).toInt();
        row.organisation = q.value(5).toString();
        row.region = q.value(6).toString();
        rows.append(row);
    }
    return rows;
}

} // namespace tsunagu
