// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ContactRepository.h"

#include "storage/Sealing.h"
#include "storage/SqlSupport.h"
#include "storage/SqlTransaction.h"

#include <QHash>

namespace tsunagu {
namespace {

const QString s_columns = QStringLiteral(
    "c.id, c.organisation, c.kind, c.region, c.city, c.person, c.person_role, c.phone, c.email, c.web, c.address, "
    "c.role_notes, c.last_contact_on, c.next_follow_up_on, c.notes, c.referral_code");

// The organisation, its kind and place are public; the person there, how to reach them directly, and what the host
// wrote about them, are not.
constexpr const char* s_person = "contacts.person";
constexpr const char* s_phone = "contacts.phone";
constexpr const char* s_email = "contacts.email";
constexpr const char* s_roleNotes = "contacts.role_notes";
constexpr const char* s_notes = "contacts.notes";
constexpr const char* s_deliveryNote = "poster_deliveries.note";

Contact contactFrom(const QSqlQuery& q, const Sealing& sealing)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.organisation = q.value(1).toString();
    c.kind = contactKindFromKey(q.value(2).toString());
    c.region = q.value(3).toString();
    c.city = q.value(4).toString();
    c.person = sealing.openText(q.value(5), s_person);
    c.personRole = q.value(6).toString();
    c.phone = sealing.openText(q.value(7), s_phone);
    c.email = sealing.openText(q.value(8), s_email);
    c.web = q.value(9).toString();
    c.address = q.value(10).toString();
    c.roleNotes = sealing.openText(q.value(11), s_roleNotes);
    c.lastContactOn = sql::toDate(q.value(12));
    c.nextFollowUpOn = sql::toDate(q.value(13));
    c.notes = sealing.openText(q.value(14), s_notes);
    c.referralCode = q.value(15).toString();
    return c;
}

// Moves the contact's last contact date up to `on` (never back).
bool touchLastContact(QSqlQuery& q, qint64 contactId, const QDate& on)
{
    return sql::exec(q,
                     QStringLiteral("UPDATE contacts SET last_contact_on = ? WHERE id = ? AND "
                                    "(last_contact_on IS NULL OR last_contact_on < ?)"),
                     {sql::date(on), contactId, sql::date(on)});
}

} // namespace

StoreResult<qint64> ContactRepository::insert(const Contact& c)
{
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return transaction.failure();
    const Sealing sealing(m_database);
    QSqlQuery q(db);
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO contacts (organisation, kind, region, city, person, person_role, phone, "
                                  "email, web, address, role_notes, last_contact_on, next_follow_up_on, notes, "
                                  "referral_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {c.organisation, contactKindKey(c.kind), sql::text(c.region), sql::text(c.city),
                    sealing.text(c.person, s_person), sql::text(c.personRole), sealing.text(c.phone, s_phone),
                    sealing.text(c.email, s_email), sql::text(c.web), sql::text(c.address),
                    sealing.text(c.roleNotes, s_roleNotes), sql::date(c.lastContactOn), sql::date(c.nextFollowUpOn),
                    sealing.text(c.notes, s_notes), sql::text(c.referralCode.trimmed())}))
        return sql::failure(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto rooms = writeRooms(id, c.roomIds); !rooms)
        return rooms.error();
    if (!transaction.commit())
        return transaction.failure();
    return id;
}

StoreResult<QVector<qint64>> ContactRepository::insertAll(const QVector<Contact>& contacts)
{
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return transaction.failure();
    QVector<qint64> ids;
    ids.reserve(contacts.size());
    for (const Contact& contact : contacts) {
        auto id = insert(contact);
        if (!id)
            return id.error();
        ids.append(id.value());
    }
    if (!transaction.commit())
        return transaction.failure();
    return ids;
}

StoreResult<Done> ContactRepository::update(const Contact& c)
{
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return transaction.failure();
    const Sealing sealing(m_database);
    QSqlQuery q(db);
    if (!sql::exec(q,
                   QStringLiteral("UPDATE contacts SET organisation = ?, kind = ?, region = ?, city = ?, person = ?, "
                                  "person_role = ?, phone = ?, email = ?, web = ?, address = ?, role_notes = ?, "
                                  "last_contact_on = ?, next_follow_up_on = ?, notes = ?, referral_code = ? "
                                  "WHERE id = ?"),
                   {c.organisation, contactKindKey(c.kind), sql::text(c.region), sql::text(c.city),
                    sealing.text(c.person, s_person), sql::text(c.personRole), sealing.text(c.phone, s_phone),
                    sealing.text(c.email, s_email), sql::text(c.web), sql::text(c.address),
                    sealing.text(c.roleNotes, s_roleNotes), sql::date(c.lastContactOn), sql::date(c.nextFollowUpOn),
                    sealing.text(c.notes, s_notes), sql::text(c.referralCode.trimmed()), c.id}))
        return sql::failure(q);
    if (q.numRowsAffected() == 0)
        return StoreFailure{StoreError::NotFound, QStringLiteral("contact %1").arg(c.id)};
    if (auto rooms = writeRooms(c.id, c.roomIds); !rooms)
        return rooms.error();
    if (!transaction.commit())
        return transaction.failure();
    return Done{};
}

StoreResult<Done> ContactRepository::writeRooms(qint64 contactId, const QVector<qint64>& roomIds)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("DELETE FROM contact_rooms WHERE contact_id = ?"), {contactId}))
        return sql::failure(q);
    for (const qint64 roomId : roomIds) {
        if (!sql::exec(q, QStringLiteral("INSERT OR IGNORE INTO contact_rooms (contact_id, room_id) VALUES (?, ?)"),
                       {contactId, roomId}))
            return sql::failure(q);
    }
    return Done{};
}

StoreResult<Done> ContactRepository::remove(qint64 contactId)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("DELETE FROM contacts WHERE id = ?"), {contactId}))
        return sql::failure(q);
    if (q.numRowsAffected() == 0)
        return StoreFailure{StoreError::NotFound, QStringLiteral("contact %1").arg(contactId)};
    return Done{};
}

StoreResult<Contact> ContactRepository::find(qint64 contactId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT ") + s_columns + QStringLiteral(" FROM contacts c WHERE c.id = ?"),
                   {contactId}))
        return sql::failure(q);
    if (!q.next())
        return StoreFailure{StoreError::NotFound, QStringLiteral("contact %1").arg(contactId)};
    const Sealing sealing(m_database);
    Contact contact = contactFrom(q, sealing);
    if (sealing.broken())
        return sealing.failure(QStringLiteral("a contact"));
    if (!sql::exec(q,
                   QStringLiteral("SELECT cr.room_id FROM contact_rooms cr JOIN rooms r ON r.id = cr.room_id "
                                  "WHERE cr.contact_id = ? ORDER BY r.sort_order, r.code"),
                   {contactId}))
        return sql::failure(q);
    while (q.next())
        contact.roomIds.append(q.value(0).toLongLong());
    return contact;
}

StoreResult<QVector<ContactRow>> ContactRepository::all() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // The rooms of every contact in one pass, rather than a query per contact (the directory can hold thousands).
    QHash<qint64, QPair<QVector<qint64>, QStringList>> rooms;
    if (!sql::exec(q, QStringLiteral("SELECT cr.contact_id, r.id, r.code FROM contact_rooms cr "
                                     "JOIN rooms r ON r.id = cr.room_id ORDER BY r.sort_order, r.code")))
        return sql::failure(q);
    while (q.next()) {
        auto& entry = rooms[q.value(0).toLongLong()];
        entry.first.append(q.value(1).toLongLong());
        entry.second.append(q.value(2).toString());
    }
    if (!sql::exec(q, QStringLiteral("SELECT ") + s_columns +
                          QStringLiteral(", IFNULL(p.copies, 0), p.last_on, IFNULL(a.referred, 0), "
                                         "IFNULL(a.unconfirmed, 0) FROM contacts c "
                                         "LEFT JOIN (SELECT contact_id, SUM(copies) AS copies, "
                                         "MAX(delivered_on) AS last_on FROM poster_deliveries GROUP BY contact_id) p "
                                         "ON p.contact_id = c.id "
                                         "LEFT JOIN (SELECT referral_contact_id, COUNT(*) AS referred, "
                                         "SUM(referral_link = 'suggested') AS unconfirmed FROM applicants "
                                         "WHERE referral_contact_id IS NOT NULL GROUP BY referral_contact_id) a "
                                         "ON a.referral_contact_id = c.id "
                                         "ORDER BY c.region, c.city, c.organisation")))
        return sql::failure(q);
    const Sealing sealing(m_database);
    QVector<ContactRow> rows;
    while (q.next()) {
        ContactRow row;
        row.contact = contactFrom(q, sealing);
        row.postersDelivered = q.value(16).toInt();
        row.lastPosterOn = sql::toDate(q.value(17));
        row.applicantsReferred = q.value(18).toInt();
        row.applicantsUnconfirmed = q.value(19).toInt();
        const auto found = rooms.constFind(row.contact.id);
        if (found != rooms.cend()) {
            row.contact.roomIds = found->first;
            row.roomCodes = found->second;
        }
        rows.append(std::move(row));
    }
    if (sealing.broken())
        return sealing.failure(QStringLiteral("a contact"));
    return rows;
}

StoreResult<int> ContactRepository::count() const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM contacts")) || !q.next())
        return sql::failure(q);
    return q.value(0).toInt();
}

StoreResult<qint64> ContactRepository::addPosterDelivery(const PosterDelivery& d)
{
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return transaction.failure();
    const Sealing sealing(m_database);
    QSqlQuery q(db);
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO poster_deliveries (contact_id, delivered_on, poster_version, copies, "
                                  "method, note) VALUES (?, ?, ?, ?, ?, ?)"),
                   {d.contactId, sql::date(d.deliveredOn), sql::text(d.posterVersion), d.copies,
                    deliveryMethodKey(d.method), sealing.text(d.note, s_deliveryNote)}))
        return sql::failure(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (!touchLastContact(q, d.contactId, d.deliveredOn))
        return sql::failure(q);
    if (!transaction.commit())
        return transaction.failure();
    return id;
}

StoreResult<Done> ContactRepository::removePosterDelivery(qint64 deliveryId)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("DELETE FROM poster_deliveries WHERE id = ?"), {deliveryId}))
        return sql::failure(q);
    if (q.numRowsAffected() == 0)
        return StoreFailure{StoreError::NotFound, QStringLiteral("delivery %1").arg(deliveryId)};
    return Done{};
}

StoreResult<QVector<PosterDeliveryRow>> ContactRepository::posterDeliveries() const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT p.id, p.contact_id, p.delivered_on, p.poster_version, p.copies, "
                                     "p.method, p.note, c.organisation, c.region FROM poster_deliveries p "
                                     "JOIN contacts c ON c.id = p.contact_id ORDER BY p.delivered_on DESC, p.id DESC")))
        return sql::failure(q);
    const Sealing sealing(m_database);
    QVector<PosterDeliveryRow> rows;
    while (q.next()) {
        PosterDeliveryRow row;
        row.delivery.id = q.value(0).toLongLong();
        row.delivery.contactId = q.value(1).toLongLong();
        row.delivery.deliveredOn = sql::toDate(q.value(2));
        row.delivery.posterVersion = q.value(3).toString();
        row.delivery.copies = q.value(4).toInt();
        row.delivery.method = deliveryMethodFromKey(q.value(5).toString());
        row.delivery.note = sealing.openText(q.value(6), s_deliveryNote);
        row.organisation = q.value(7).toString();
        row.region = q.value(8).toString();
        rows.append(row);
    }
    if (sealing.broken())
        return sealing.failure(QStringLiteral("a poster delivery"));
    return rows;
}

StoreResult<QVector<PosterDelivery>> ContactRepository::posterDeliveriesOf(qint64 contactId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT id, contact_id, delivered_on, poster_version, copies, method, note "
                                  "FROM poster_deliveries WHERE contact_id = ? ORDER BY delivered_on DESC, id DESC"),
                   {contactId}))
        return sql::failure(q);
    const Sealing sealing(m_database);
    QVector<PosterDelivery> rows;
    while (q.next()) {
        PosterDelivery d;
        d.id = q.value(0).toLongLong();
        d.contactId = q.value(1).toLongLong();
        d.deliveredOn = sql::toDate(q.value(2));
        d.posterVersion = q.value(3).toString();
        d.copies = q.value(4).toInt();
        d.method = deliveryMethodFromKey(q.value(5).toString());
        d.note = sealing.openText(q.value(6), s_deliveryNote);
        rows.append(d);
    }
    if (sealing.broken())
        return sealing.failure(QStringLiteral("a poster delivery"));
    return rows;
}

} // namespace tsunagu
