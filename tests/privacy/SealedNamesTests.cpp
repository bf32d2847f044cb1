// SPDX-License-Identifier: GPL-3.0-or-later
// Applicants' anonymous names, sealed since schema version 18. A sealed profile keeps none of them in its files,
// yet the list sorts by name and finds a part of a name in SQL exactly as a plain profile does; a profile sealed by
// an earlier version has its names sealed at its first open; a damaged name is refused with a clear error.
#include "crypto/KeyFile.h"
#include "demo/DemoSeeder.h"
#include "storage/ApplicantList.h"
#include "storage/ApplicantRepository.h"
#include "storage/Migrations.h"
#include "storage/Profile.h"
#include "storage/ProfileKeys.h"
#include "storage/ReferralLinkRepository.h"
#include "storage/RoomRepository.h"
#include "storage/SqlSupport.h"

#include "OlderSealedProfile.h"
#include "RawBytes.h"
#include "TempProfile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tsunagu;

using tsunagu::test::everyByteOf;
using tsunagu::test::foundIn;

namespace {

const QString s_passphrase = QStringLiteral("名前を封じる合言葉 example 2026");
// Names held sealed: a BLOB that begins with the sealed-bytes prefix "TSs\x01".
const QString s_countSealedNames =
    QStringLiteral("SELECT COUNT(*) FROM applicants WHERE typeof(anonymous_name) = 'blob' AND "
                   "hex(substr(anonymous_name, 1, 4)) = '54537301'");

// The weakest Argon2id cost: these tests check sealing, not the price of the key derivation.
struct WeakKdf
{
    WeakKdf() { qputenv(crypto::KdfCost::s_testWeakKdfVariable, "1"); }
};
const WeakKdf s_weakKdf;

ProfileUnlock sealingUnlock()
{
    ProfileUnlock unlock;
    unlock.passphrase = s_passphrase;
    unlock.seal = true;
    return unlock;
}

// Fictional names found nowhere else in a profile, in an order where SQL's BINARY order, ASCII case and the
// search's '%' and '_' all matter: finding their bytes in the files means they were left plain.
const QStringList s_names{
    QStringLiteral("ゆうやけノナマエ甲"), QStringLiteral("Hoshizora Namae"),    QStringLiteral("hoshizora namae 2"),
    QStringLiteral("あさつゆノナマエ乙"), QStringLiteral("Kumo_100%Namae"),     QStringLiteral("KUMOxNAMAE"),
    QStringLiteral("みなづきノナマエ丙"), QStringLiteral("ゆうやけノナマエ甲"), QStringLiteral("Zephyr Namae"),
    QStringLiteral("さざなみノナマエ丁"),
};

Room room(const QString& code)
{
    Room r;
    r.code = code;
    r.name = QStringLiteral("ルーム") + code;
    r.theme = QStringLiteral("alcohol");
    r.audience = Audience::Persons;
    r.applicationFormUrl = QStringLiteral("https://forms.example.org/names/") + code;
    r.receptionAddress = QStringLiteral("reception@example.jp");
    r.replyDeadlineDays = 3;
    r.sortOrder = 95;
    return r;
}

// The planted applicants (and one without a name), one minute apart, through the repository.
QVector<qint64> plantApplicants(Database& db, const Clock& clock)
{
    auto roomId = RoomRepository(db).insert(room(QStringLiteral("NM")));
    REQUIRE(roomId);
    ApplicantRepository applicants(db, clock);
    QVector<qint64> ids;
    QStringList names = s_names;
    names << QString();
    for (int i = 0; i < names.size(); ++i) {
        Applicant a;
        a.roomId = i % 2 == 0 ? roomId.value() : 0;
        a.anonymousName = names.at(i);
        a.replyAddress = QStringLiteral("names-test-%1@example.jp").arg(i);
        a.concern = QStringLiteral("アルコール");
        a.receivedAt = clock.now().addSecs(-60 * (i + 1));
        auto id = applicants.insert(a);
        REQUIRE(id);
        ids << id.value();
    }
    return ids;
}

QStringList namesOf(const QVector<ApplicantRow>& rows)
{
    QStringList names;
    for (const ApplicantRow& row : rows)
        names << row.applicant.anonymousName;
    return names;
}

QVector<qint64> idsOf(const QVector<ApplicantRow>& rows)
{
    QVector<qint64> ids;
    for (const ApplicantRow& row : rows)
        ids << row.applicant.id;
    return ids;
}

// What the list shows for a query: every page of it (three rows at a time, as the window pages), and its count.
struct Listed
{
    QStringList names;
    QVector<qint64> ids;
    int count = 0;
};

Listed listed(Database& db, const ApplicantListQuery& query)
{
    ApplicantList applicants(db);
    Listed result;
    auto count = applicants.count(query);
    REQUIRE(count);
    result.count = count.value();
    for (int offset = 0; offset < result.count; offset += 3) {
        auto page = applicants.page(query, offset, 3);
        REQUIRE(page);
        result.names << namesOf(page.value());
        result.ids << idsOf(page.value());
    }
    return result;
}

ApplicantListQuery byName(bool descending, const QString& search = {})
{
    ApplicantListQuery query;
    query.order = ApplicantListQuery::Order::Name;
    query.descending = descending;
    query.search = search;
    return query;
}

qint64 scalar(Database& db, const QString& statement)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(statement));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("A sealed profile keeps no applicant's anonymous name in its files or its log", "[privacy][seal][names]")
{
    FixedClock clock(test::testNow());
    QTemporaryDir root;
    const QString folder = QDir(root.path()).filePath(QStringLiteral("sealed"));
    QStringList demoNames;
    {
        auto profile = Profile::open(folder, sealingUnlock());
        REQUIRE(profile);
        REQUIRE(profile.value()->isSealed());
        Database& db = profile.value()->database();
        REQUIRE(DemoSeeder(db, clock).seed());
        plantApplicants(db, clock);
        auto all = ApplicantList(db).all();
        REQUIRE(all);
        for (const ApplicantRow& row : all.value()) {
            if (row.applicant.anonymousName.size() >= 3 && !s_names.contains(row.applicant.anonymousName))
                demoNames << row.applicant.anonymousName;
        }
        // Sorting and searching open the names inside SQLite: nothing of that may reach a file either.
        const Listed sorted = listed(db, byName(false));
        CHECK(sorted.names.contains(s_names.first()));
        CHECK(listed(db, byName(true, QStringLiteral("ノナマエ"))).count == 5);
        // While the profile is open, its log holds what was written last.
        CHECK(QFileInfo(db.path() + QStringLiteral("-wal")).size() > 0);
        CHECK(foundIn(everyByteOf(folder), s_names) == QStringList{});
        CHECK(foundIn(everyByteOf(folder), demoNames) == QStringList{});
    }
    REQUIRE(demoNames.size() > 5);
    const QByteArray bytes = everyByteOf(folder);
    CHECK(foundIn(bytes, s_names) == QStringList{});
    CHECK(foundIn(bytes, demoNames) == QStringList{});
    // The search itself finds what is there: the room's name stays plain.
    CHECK(bytes.contains(QStringLiteral("ルームNM").toUtf8()));
}

TEST_CASE("Sorting by name and searching a part of a name list the same applicants in a sealed and a plain profile",
          "[privacy][seal][names]")
{
    FixedClock clock(test::testNow());
    test::TempProfile plainProfile;
    Database& plain = plainProfile.open().database();
    REQUIRE_FALSE(plainProfile.open().isSealed());
    QTemporaryDir root;
    auto sealedProfile = Profile::open(QDir(root.path()).filePath(QStringLiteral("sealed")), sealingUnlock());
    REQUIRE(sealedProfile);
    REQUIRE(sealedProfile.value()->isSealed());
    Database& sealed = sealedProfile.value()->database();
    const QVector<qint64> plainIds = plantApplicants(plain, clock);
    const QVector<qint64> sealedIds = plantApplicants(sealed, clock);
    REQUIRE(plainIds == sealedIds); // both fresh: the same ids, so whole lists compare
    // The names really are sealed in one and plain in the other.
    CHECK(scalar(sealed, s_countSealedNames) == s_names.size());
    CHECK(scalar(plain, s_countSealedNames) == 0);

    SECTION("sorted by name, both ways, page by page")
    {
        for (bool descending : {false, true}) {
            const Listed fromPlain = listed(plain, byName(descending));
            const Listed fromSealed = listed(sealed, byName(descending));
            CHECK(fromSealed.names == fromPlain.names);
            CHECK(fromSealed.ids == fromPlain.ids);
            CHECK(fromSealed.count == s_names.size() + 1);
            // The order a host sees: SQLite's BINARY order of the text (capitals, small letters, then kana).
            QStringList expected = s_names;
            expected << QString();
            std::sort(expected.begin(), expected.end(),
                      [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });
            if (descending)
                std::reverse(expected.begin(), expected.end());
            CHECK(fromSealed.names == expected);
        }
    }

    SECTION("a part of a name, ASCII letters in any case, '%' and '_' as themselves")
    {
        const QVector<QPair<QString, QStringList>> searches{
            {QStringLiteral("ノナマエ"),
             {QStringLiteral("あさつゆノナマエ乙"), QStringLiteral("さざなみノナマエ丁"),
              QStringLiteral("みなづきノナマエ丙"), QStringLiteral("ゆうやけノナマエ甲"),
              QStringLiteral("ゆうやけノナマエ甲")}},
            {QStringLiteral("HOSHIZORA"), {QStringLiteral("Hoshizora Namae"), QStringLiteral("hoshizora namae 2")}},
            {QStringLiteral("umo_"), {QStringLiteral("Kumo_100%Namae")}},
            {QStringLiteral("0%n"), {QStringLiteral("Kumo_100%Namae")}},
            {QStringLiteral("  zephyr "), {QStringLiteral("Zephyr Namae")}},
            {QStringLiteral("やけノ"), {QStringLiteral("ゆうやけノナマエ甲"), QStringLiteral("ゆうやけノナマエ甲")}},
            {QStringLiteral("だれでもない名前"), {}},
        };
        for (const auto& [search, expected] : searches) {
            INFO(search.toStdString());
            const Listed fromPlain = listed(plain, byName(false, search));
            const Listed fromSealed = listed(sealed, byName(false, search));
            CHECK(fromSealed.names == expected);
            CHECK(fromSealed.count == expected.size());
            CHECK(fromSealed.ids == fromPlain.ids);
            CHECK(fromSealed.count == fromPlain.count);
        }
    }

    SECTION("a name found together with the other filters, in another order")
    {
        ApplicantListQuery query;
        query.order = ApplicantListQuery::Order::Received;
        query.search = QStringLiteral("namae");
        query.roomCode = QStringLiteral("NM");
        const Listed fromPlain = listed(plain, query);
        const Listed fromSealed = listed(sealed, query);
        CHECK(fromSealed.ids == fromPlain.ids);
        CHECK(fromSealed.names == QStringList{QStringLiteral("Zephyr Namae"), QStringLiteral("Kumo_100%Namae"),
                                              QStringLiteral("hoshizora namae 2")});
        // …and the whole export in name order (applicants list --json streams through each()).
        QStringList streamed;
        REQUIRE(ApplicantList(sealed).each(byName(false), [&streamed](const ApplicantRow& row) {
            streamed << row.applicant.anonymousName;
            return true;
        }));
        CHECK(streamed == listed(plain, byName(false)).names);
    }
}

TEST_CASE("A profile sealed before names were has them sealed at its first open and keeps every applicant",
          "[privacy][seal][names][migration]")
{
    FixedClock clock(test::testNow());
    test::OlderSealedProfile older(17, s_passphrase); // the last version that kept these columns plain
    const QString folder = older.folder();
    const QString dbPath = older.databasePath();
    qint64 referredId = 0;
    qint64 contactId = 0;
    {
        Database& db = older.open();
        auto roomId = RoomRepository(db).insert(room(QStringLiteral("NM")));
        REQUIRE(roomId);
        QSqlQuery q(db.connection());
        REQUIRE(
            q.exec(QStringLiteral("INSERT INTO contacts (organisation, kind) VALUES ('架空相談センター', 'other')")));
        contactId = q.lastInsertId().toLongLong();
        // As that version wrote them: the name plain, beside the sealed columns.
        for (int i = 0; i < s_names.size(); ++i) {
            REQUIRE(sql::exec(q,
                              QStringLiteral("INSERT INTO applicants (room_id, anonymous_name, status, received_at, "
                                             "referral_contact_id, referral_link) VALUES (?, ?, 'new', ?, ?, ?)"),
                              {roomId.value(), s_names.at(i), sql::instant(clock.now().addSecs(-60 * (i + 1))),
                               i == 0 ? QVariant(contactId) : QVariant(QMetaType::fromType<qint64>()),
                               i == 0 ? QStringLiteral("confirmed") : QStringLiteral("none")}));
            if (i == 0)
                referredId = q.lastInsertId().toLongLong();
        }
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    older.close();
    ProfileKeys::remove(dbPath);
    REQUIRE(foundIn(everyByteOf(folder), s_names).size() == s_names.size()); // plain, as that version left them

    {
        auto profile = Profile::open(folder, sealingUnlock());
        REQUIRE(profile);
        REQUIRE(profile.value()->isSealed());
        Database& db = profile.value()->database();
        CHECK(db.schemaVersion() == Migrations::latestVersion());
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM seal_pending")) == 0);
        CHECK(scalar(db, s_countSealedNames) == s_names.size());
        // The index that sorted plain names is gone.
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'applicants_name'")) == 0);
        const Listed sorted = listed(db, byName(false));
        QStringList expected = s_names;
        std::sort(expected.begin(), expected.end(),
                  [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });
        CHECK(sorted.names == expected);
        CHECK(listed(db, byName(false, QStringLiteral("kumo"))).names ==
              QStringList{QStringLiteral("KUMOxNAMAE"), QStringLiteral("Kumo_100%Namae")});
        auto referred = ReferralLinkRepository(db).referredBy(contactId);
        REQUIRE(referred);
        REQUIRE(referred->size() == 1);
        CHECK(referred->first().applicantId == referredId);
        CHECK(referred->first().anonymousName == s_names.first());
    }
    CHECK(foundIn(everyByteOf(folder), s_names) == QStringList{});
    CHECK(QDir(folder).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());

    // Once: the next open finds the names sealed and reads them.
    auto again = Profile::open(folder, sealingUnlock());
    REQUIRE(again);
    CHECK(listed(again.value()->database(), byName(true)).count == s_names.size());
}

TEST_CASE("A damaged sealed name is refused as a broken seal, in the list, its search and the details",
          "[privacy][seal][names]")
{
    FixedClock clock(test::testNow());
    QTemporaryDir root;
    auto profile = Profile::open(QDir(root.path()).filePath(QStringLiteral("sealed")), sealingUnlock());
    REQUIRE(profile);
    Database& db = profile.value()->database();
    const QVector<qint64> ids = plantApplicants(db, clock);
    ApplicantRepository applicants(db, clock);
    ApplicantList list(db);
    const qint64 damaged = ids.at(3);
    QSqlQuery q(db.connection());

    const auto checkBroken = [](const auto& result) {
        REQUIRE_FALSE(result);
        CHECK(result.error().code == StoreError::SealBroken);
        CHECK(result.error().detail.contains(QStringLiteral("applicants.anonymous_name")));
        for (const QString& name : s_names)
            CHECK_FALSE(result.error().detail.contains(name));
    };

    SECTION("one character of the sealed value changed")
    {
        REQUIRE(sql::exec(q, QStringLiteral("SELECT anonymous_name FROM applicants WHERE id = ?"), {damaged}));
        REQUIRE(q.next());
        QByteArray sealed = q.value(0).toByteArray();
        q.finish();
        sealed[20] = char(sealed.at(20) ^ 0x01); // a byte of the nonce
        REQUIRE(
            sql::exec(q, QStringLiteral("UPDATE applicants SET anonymous_name = ? WHERE id = ?"), {sealed, damaged}));
    }
    SECTION("another column's sealed value put in its place")
    {
        REQUIRE(sql::exec(q, QStringLiteral("UPDATE applicants SET anonymous_name = reply_address WHERE id = ?"),
                          {damaged}));
    }
    q.finish();

    checkBroken(applicants.byId(damaged));
    checkBroken(list.page(byName(false), 0, 3)); // the sort opens every name, so any damage is noticed
    checkBroken(list.page(byName(true), 0, 3));
    checkBroken(list.count(byName(false, QStringLiteral("namae"))));
    checkBroken(list.all());
    checkBroken(list.each(byName(false), [](const ApplicantRow&) { return true; }));
    // The other applicants stay readable one by one, and the connection keeps working once the damage is seen.
    auto other = applicants.byId(ids.at(0));
    REQUIRE(other);
    CHECK(other->anonymousName == s_names.at(0));
    ApplicantListQuery byRoom;
    byRoom.order = ApplicantListQuery::Order::Received;
    byRoom.roomCode = QStringLiteral("NM");
    auto roomPage = list.page(byRoom, 0, 10); // the damaged one has no room
    REQUIRE(roomPage);
    CHECK(roomPage->size() == 6);
}
