// SPDX-License-Identifier: GPL-3.0-or-later
// The contact details sealed since schema version 19: a contact person's direct phone and e-mail, what was said at a
// visit or call, and the note on a poster delivery. A sealed profile keeps none of them in its files, the database
// or its log; the repositories and the CSV of the directory give them back as they were written; a profile sealed by
// an earlier version is caught up once when it opens, keeping every row.
#include "contacts/ContactCsv.h"
#include "crypto/KeyFile.h"
#include "demo/DemoSeeder.h"
#include "storage/ContactEventRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Migrations.h"
#include "storage/Profile.h"
#include "storage/ProfileKeys.h"
#include "storage/RoomRepository.h"
#include "storage/SqlSupport.h"

#include "OlderSealedProfile.h"
#include "RawBytes.h"
#include "TempProfile.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tsunagu;

using tsunagu::test::everyByteOf;
using tsunagu::test::foundIn;

namespace {

const QString s_passphrase = QStringLiteral("連携先の合言葉 example 2026");

// The weakest Argon2id cost: these tests check sealing, not the price of the key derivation.
struct WeakKdf
{
    WeakKdf() { qputenv(crypto::KdfCost::s_testWeakKdfVariable, "1"); }
};
const WeakKdf s_weakKdf;

// Fictional values found nowhere else in a profile, so that finding their bytes means they were left plain.
const QString s_organisation = QStringLiteral("架空こころの診療所");
const QString s_phone = QStringLiteral("090-4417-2288");
const QString s_email = QStringLiteral("direct-line-7731@example.jp");
const QString s_eventNote = QStringLiteral("院長と面談し家族教室の案内を依頼ユニーク");
const QString s_deliveryNote = QStringLiteral("受付の掲示板に貼付と約束ユニーク");

QStringList planted()
{
    return {s_phone, s_email, s_eventNote, s_deliveryNote};
}

ProfileUnlock sealing()
{
    ProfileUnlock unlock;
    unlock.passphrase = s_passphrase;
    unlock.seal = true;
    return unlock;
}

qint64 scalar(Database& db, const QString& statement)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(statement));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QString text(Database& db, const QString& statement)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(statement));
    REQUIRE(q.next());
    return q.value(0).toString();
}

Contact plantedContact()
{
    Contact contact;
    contact.organisation = s_organisation;
    contact.kind = ContactKind::Clinic;
    contact.region = QStringLiteral("東京都");
    contact.city = QStringLiteral("架空区");
    contact.phone = s_phone;
    contact.email = s_email;
    contact.web = QStringLiteral("https://clinic.example.jp/");
    return contact;
}

// The planted contact with a call and a poster delivery, through the repositories of the current version.
qint64 plantThroughRepositories(Database& db)
{
    auto id = ContactRepository(db).insert(plantedContact());
    REQUIRE(id);
    REQUIRE(ContactEventRepository(db).add({0, id.value(), QDate(2026, 11, 20), ContactChannel::Phone, s_eventNote}));
    PosterDelivery delivery;
    delivery.contactId = id.value();
    delivery.deliveredOn = QDate(2026, 11, 21);
    delivery.posterVersion = QStringLiteral("2026秋");
    delivery.copies = 3;
    delivery.note = s_deliveryNote;
    REQUIRE(ContactRepository(db).addPosterDelivery(delivery));
    return id.value();
}

// What the planted values read back as, through every reader that shows them.
void checkReadBack(Database& db, qint64 contactId)
{
    ContactRepository contacts(db);
    auto contact = contacts.find(contactId);
    REQUIRE(contact);
    CHECK(contact->phone == s_phone);
    CHECK(contact->email == s_email);

    auto all = contacts.all();
    REQUIRE(all);
    bool listed = false;
    for (const ContactRow& row : all.value()) {
        if (row.contact.id == contactId) {
            listed = true;
            CHECK(row.contact.phone == s_phone);
            CHECK(row.contact.email == s_email);
            CHECK(row.postersDelivered == 3);
        }
    }
    CHECK(listed);

    auto events = ContactEventRepository(db).of(contactId);
    REQUIRE(events);
    REQUIRE(events->size() == 1);
    CHECK(events->first().note == s_eventNote);
    CHECK(events->first().channel == ContactChannel::Phone);

    auto deliveries = contacts.posterDeliveriesOf(contactId);
    REQUIRE(deliveries);
    REQUIRE(deliveries->size() == 1);
    CHECK(deliveries->first().note == s_deliveryNote);
    CHECK(deliveries->first().copies == 3);

    auto everyDelivery = contacts.posterDeliveries();
    REQUIRE(everyDelivery);
    bool delivered = false;
    for (const PosterDeliveryRow& row : everyDelivery.value()) {
        if (row.delivery.contactId == contactId) {
            delivered = true;
            CHECK(row.delivery.note == s_deliveryNote);
            CHECK(row.organisation == s_organisation);
        }
    }
    CHECK(delivered);
}

// The demo's own phones, addresses and notes of these columns that are not also in a plain column (an
// organisation's address or web site).
QStringList demoValues(Database& db)
{
    auto rows = ContactRepository(db).all();
    REQUIRE(rows);
    QStringList plainText;
    for (const ContactRow& row : rows.value())
        plainText << row.contact.organisation << row.contact.address << row.contact.web << row.contact.region
                  << row.contact.city;
    const QString plain = plainText.join(QLatin1Char('\n'));
    QStringList values;
    const auto add = [&](const QString& value) {
        if (value.size() >= 6 && !plain.contains(value) && !values.contains(value))
            values << value;
    };
    for (const ContactRow& row : rows.value()) {
        add(row.contact.phone);
        add(row.contact.email);
        auto events = ContactEventRepository(db).of(row.contact.id);
        REQUIRE(events);
        for (const ContactEvent& event : events.value())
            add(event.note);
        auto deliveries = ContactRepository(db).posterDeliveriesOf(row.contact.id);
        REQUIRE(deliveries);
        for (const PosterDelivery& delivery : deliveries.value())
            add(delivery.note);
    }
    return values;
}

} // namespace

TEST_CASE("A sealed profile keeps no contact phone, contact e-mail, contact event note or poster delivery note in "
          "its files",
          "[privacy][seal][contacts]")
{
    FixedClock clock(test::testNow());
    QTemporaryDir root;
    const QString folder = QDir(root.path()).filePath(QStringLiteral("sealed"));
    QStringList demo;
    {
        auto profile = Profile::open(folder, sealing());
        REQUIRE(profile);
        Database& db = profile.value()->database();
        REQUIRE(DemoSeeder(db, clock).seed());
        const qint64 contactId = plantThroughRepositories(db);
        checkReadBack(db, contactId);
        demo = demoValues(db);
        // The columns hold sealed values, not the text.
        CHECK(text(db, QStringLiteral("SELECT phone FROM contacts WHERE id = %1").arg(contactId)) != s_phone);
        // While the profile is open the newest pages are in the log: neither file holds the values.
        CHECK(QFile::exists(db.path() + QStringLiteral("-wal")));
        const QByteArray open = everyByteOf(folder);
        CHECK(foundIn(open, planted()) == QStringList{});
        CHECK(foundIn(open, demo) == QStringList{});
    }
    // The demo has phones, addresses and notes of its own in these columns.
    REQUIRE(demo.size() > 4);
    const QByteArray bytes = everyByteOf(folder);
    CHECK(foundIn(bytes, planted()) == QStringList{});
    CHECK(foundIn(bytes, demo) == QStringList{});
    // The check finds what is there: the organisation and its web site stay plain.
    CHECK(bytes.contains(s_organisation.toUtf8()));
    CHECK(bytes.contains(QByteArrayLiteral("https://clinic.example.jp/")));
}

TEST_CASE("A plain profile keeps contact details plain and working", "[privacy][seal][contacts]")
{
    test::TempProfile temp;
    Database& db = temp.open().database();
    REQUIRE_FALSE(temp.open().isSealed());
    const qint64 contactId = plantThroughRepositories(db);
    checkReadBack(db, contactId);
    CHECK(text(db, QStringLiteral("SELECT email FROM contacts WHERE id = %1").arg(contactId)) == s_email);
    CHECK(text(db, QStringLiteral("SELECT note FROM contact_events WHERE contact_id = %1").arg(contactId)) ==
          s_eventNote);
}

TEST_CASE("The directory's CSV from a sealed profile carries the phones and e-mails, and an import seals them",
          "[privacy][seal][contacts][csv]")
{
    QTemporaryDir root;
    const QString folder = QDir(root.path()).filePath(QStringLiteral("sealed"));
    QByteArray csv;
    {
        auto profile = Profile::open(folder, sealing());
        REQUIRE(profile);
        Database& db = profile.value()->database();
        plantThroughRepositories(db);
        auto rows = ContactRepository(db).all();
        REQUIRE(rows);
        QBuffer buffer(&csv);
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        REQUIRE(ContactCsv::write(buffer, rows.value()));
    }
    CHECK(csv.contains(s_phone.toUtf8()));
    CHECK(csv.contains(s_email.toUtf8()));

    // The file comes into another sealed profile: the same values, sealed there too.
    const QString other = QDir(root.path()).filePath(QStringLiteral("other"));
    {
        auto profile = Profile::open(other, sealing());
        REQUIRE(profile);
        Database& db = profile.value()->database();
        ContactCsv::ReadError error = ContactCsv::ReadError::None;
        const ContactCsv::Plan plan = ContactCsv::read(csv, {}, {}, &error);
        REQUIRE(error == ContactCsv::ReadError::None);
        REQUIRE(plan.contacts.size() == 1);
        auto ids = ContactRepository(db).insertAll(plan.contacts);
        REQUIRE(ids);
        auto contact = ContactRepository(db).find(ids->first());
        REQUIRE(contact);
        CHECK(contact->phone == s_phone);
        CHECK(contact->email == s_email);

        // Imported twice, the file adds nothing: the duplicate check reads the opened contacts.
        auto rows = ContactRepository(db).all();
        REQUIRE(rows);
        QVector<Contact> existing;
        for (const ContactRow& row : rows.value())
            existing << row.contact;
        const ContactCsv::Plan again = ContactCsv::read(csv, existing, {}, &error);
        CHECK(again.contacts.isEmpty());
        CHECK(again.skipped.size() == 1);
    }
    CHECK(foundIn(everyByteOf(other), {s_phone, s_email}) == QStringList{});
}

TEST_CASE("A profile sealed before contact details were is sealed at its first open, once, and keeps every row",
          "[privacy][seal][contacts][migration]")
{
    FixedClock clock(test::testNow());
    test::OlderSealedProfile older(18, s_passphrase); // the last version that kept these columns plain
    const QString folder = older.folder();
    const QString dbPath = older.databasePath();
    qint64 contactId = 0;
    qint64 contacts = 0;
    qint64 events = 0;
    qint64 deliveries = 0;
    {
        Database& db = older.open();
        QSqlQuery q(db.connection());
        REQUIRE(DemoSeeder(db, clock).seed());
        contactId = plantThroughRepositories(db);
        // What that version wrote: these columns as the host typed them.
        REQUIRE(sql::exec(q, QStringLiteral("UPDATE contacts SET phone = ?, email = ? WHERE id = ?"),
                          {s_phone, s_email, contactId}));
        REQUIRE(sql::exec(q, QStringLiteral("UPDATE contact_events SET note = ? WHERE contact_id = ?"),
                          {s_eventNote, contactId}));
        REQUIRE(sql::exec(q, QStringLiteral("UPDATE poster_deliveries SET note = ? WHERE contact_id = ?"),
                          {s_deliveryNote, contactId}));
        REQUIRE(sql::exec(q, QStringLiteral("UPDATE contacts SET phone = '03-0000-1234' WHERE id <> ? AND phone <> ''"),
                          {contactId}));
        contacts = scalar(db, QStringLiteral("SELECT COUNT(*) FROM contacts"));
        events = scalar(db, QStringLiteral("SELECT COUNT(*) FROM contact_events"));
        deliveries = scalar(db, QStringLiteral("SELECT COUNT(*) FROM poster_deliveries"));
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    older.close();
    ProfileKeys::remove(dbPath);
    // Plain, as that version left them.
    REQUIRE(foundIn(everyByteOf(folder), planted()).size() == planted().size());

    QString sealedPhone;
    {
        auto profile = Profile::open(folder, sealing());
        REQUIRE(profile);
        REQUIRE(profile.value()->isSealed());
        Database& db = profile.value()->database();
        CHECK(db.schemaVersion() == Migrations::latestVersion());
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM seal_pending")) == 0);
        checkReadBack(db, contactId);
        // Every row is still there, and every other contact's phone was sealed too.
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM contacts")) == contacts);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM contact_events")) == events);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM poster_deliveries")) == deliveries);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE phone = '03-0000-1234'")) == 0);
        auto all = ContactRepository(db).all();
        REQUIRE(all);
        for (const ContactRow& row : all.value()) {
            if (row.contact.id != contactId && !row.contact.phone.isEmpty())
                CHECK(row.contact.phone == QStringLiteral("03-0000-1234"));
        }
        sealedPhone = text(db, QStringLiteral("SELECT phone FROM contacts WHERE id = %1").arg(contactId));
    }
    CHECK(foundIn(everyByteOf(folder), planted()) == QStringList{});
    CHECK(QDir(folder).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());

    // Once: the next open leaves the sealed values as they are.
    auto again = Profile::open(folder, sealing());
    REQUIRE(again);
    Database& db = again.value()->database();
    checkReadBack(db, contactId);
    CHECK(text(db, QStringLiteral("SELECT phone FROM contacts WHERE id = %1").arg(contactId)) == sealedPhone);
}

TEST_CASE("Sealing a plain profile in place seals the contact details", "[privacy][seal][contacts]")
{
    QTemporaryDir root;
    const QString folder = QDir(root.path()).filePath(QStringLiteral("plain"));
    qint64 contactId = 0;
    {
        auto profile = Profile::open(folder);
        REQUIRE(profile);
        contactId = plantThroughRepositories(profile.value()->database());
    }
    REQUIRE(foundIn(everyByteOf(folder), planted()).size() == planted().size());
    ProfileUnlock unlock = sealing();
    unlock.sealExisting = true;
    {
        auto profile = Profile::open(folder, unlock);
        REQUIRE(profile);
        REQUIRE(profile.value()->isSealed());
        checkReadBack(profile.value()->database(), contactId);
    }
    CHECK(foundIn(everyByteOf(folder), planted()) == QStringList{});
    auto profile = Profile::open(folder, sealing());
    REQUIRE(profile);
    checkReadBack(profile.value()->database(), contactId);
}
