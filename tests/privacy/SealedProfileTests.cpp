// SPDX-License-Identifier: GPL-3.0-or-later
// A sealed profile: nothing an applicant wrote, no address, no meeting secret can be found in the bytes of its
// files; the passphrase opens it and a wrong one is refused; a plain profile is sealed in place; a changed sealed
// value is reported, not crashed on; the duplicate-address lookup goes through its index.
#include "crypto/KeyFile.h"
#include "crypto/Sealer.h"
#include "demo/DemoSeeder.h"
#include "storage/ApplicantList.h"
#include "storage/ApplicantRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MessageRepository.h"
#include "storage/Profile.h"
#include "storage/RoomRepository.h"
#include "storage/SqlSupport.h"

#include "RawBytes.h"
#include "TempProfile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tsunagu;

using tsunagu::test::everyByteOf;
using tsunagu::test::foundIn;

namespace {

const QString s_passphrase = QStringLiteral("ひみつの合言葉 example 2026");

// The weakest Argon2id cost: these tests check sealing, not the price of the key derivation.
struct WeakKdf
{
    WeakKdf() { qputenv(crypto::KdfCost::s_testWeakKdfVariable, "1"); }
};
const WeakKdf s_weakKdf;

ProfileUnlock sealing(const QString& passphrase = s_passphrase)
{
    ProfileUnlock unlock;
    unlock.passphrase = passphrase;
    unlock.seal = true;
    return unlock;
}

// Every value the host would not want another account on the computer to read, from the open profile.
QStringList secretsOf(Profile& profile)
{
    const FixedClock clock(test::testNow());
    QStringList secrets;
    auto applicants = ApplicantList(profile.database()).all();
    REQUIRE(applicants);
    for (const ApplicantRow& row : applicants.value()) {
        const Applicant& a = row.applicant;
        if (!a.replyAddress.isEmpty())
            secrets << a.replyAddress;
        // A fragment of the introduction: long enough to be unique, short enough to sit inside one page.
        if (a.introduction.size() >= 8)
            secrets << a.introduction.left(12);
        if (!a.notes.isEmpty())
            secrets << a.notes.left(12);
        auto messages = MessageRepository(profile.database()).forApplicant(a.id);
        REQUIRE(messages);
        for (const Message& m : messages.value()) {
            if (m.bodyText.size() >= 8)
                secrets << m.bodyText.left(12);
        }
    }
    auto series = MeetingRepository(profile.database()).allSeries();
    REQUIRE(series);
    for (const MeetingSeries& s : series.value()) {
        for (const QString& value : {s.joinUrl, s.meetingId, s.passcode}) {
            if (value.size() >= 4)
                secrets << value;
        }
    }
    auto rooms = RoomRepository(profile.database()).all();
    REQUIRE(rooms);
    for (const Room& room : rooms.value()) {
        if (!room.chatLink.isEmpty())
            secrets << room.chatLink;
    }
    secrets.removeDuplicates();
    return secrets;
}

Message mailFrom(qint64 applicantId, const QString& body)
{
    Message m;
    m.direction = MessageDirection::Incoming;
    m.messageId = QStringLiteral("<sealed-test@example.org>");
    m.subject = QStringLiteral("参加申し込み");
    m.fromAddress = QStringLiteral("form-service@example.jp");
    m.replyTo = QStringLiteral("kaze.sealed@example.org");
    m.receivedAt = test::testNow();
    m.bodyText = body;
    m.raw = QByteArray("From: form-service@example.jp\r\nReply-To: kaze.sealed@example.org\r\n\r\n") + body.toUtf8();
    m.sizeBytes = m.raw.size();
    m.applicantId = applicantId;
    return m;
}

} // namespace

TEST_CASE("A sealed profile keeps no applicant text, address or meeting secret in its files", "[privacy][seal]")
{
    FixedClock clock(test::testNow());
    QTemporaryDir root;
    const QString folder = QDir(root.path()).filePath(QStringLiteral("sealed"));
    QStringList secrets;
    {
        auto profile = Profile::open(folder, sealing());
        REQUIRE(profile);
        REQUIRE(profile.value()->isSealed());
        REQUIRE(DemoSeeder(profile.value()->database(), clock).seed());
        ApplicantRepository applicants(profile.value()->database(), clock);
        auto all = ApplicantList(profile.value()->database()).all();
        REQUIRE(all);
        REQUIRE_FALSE(all->isEmpty());
        const qint64 first = all->first().applicant.id;
        REQUIRE(applicants.setNotes(first, QStringLiteral("電話で話したメモ: 家族に内緒")));
        REQUIRE(MessageRepository(profile.value()->database())
                    .insert(mailFrom(first, QStringLiteral("ギャンブルがやめられず、借金があります。"))));
        secrets = secretsOf(*profile.value());
        // Read back through the repositories: sealing is invisible above storage.
        CHECK(secrets.contains(QStringLiteral("電話で話したメモ: 家族")));
        CHECK(secrets.contains(QStringLiteral("ギャンブルがやめられず、")));
        secrets << QStringLiteral("kaze.sealed@example.org") << QStringLiteral("form-service@example.jp");
    }
    REQUIRE(secrets.size() > 10);
    const QByteArray bytes = everyByteOf(folder);
    REQUIRE(bytes.size() > 10000);
    CHECK(foundIn(bytes, secrets) == QStringList{});
    // The check itself finds what is there: the room codes stay plain.
    CHECK(bytes.contains("applicants"));
}

TEST_CASE("A sealed profile opens with its passphrase, not without or with another", "[privacy][passphrase]")
{
    FixedClock clock(test::testNow());
    QTemporaryDir root;
    const QString folder = QDir(root.path()).filePath(QStringLiteral("p"));
    {
        auto profile = Profile::open(folder, sealing());
        REQUIRE(profile);
        REQUIRE(DemoSeeder(profile.value()->database(), clock).seed());
    }
    const QString db = QDir(folder).filePath(QLatin1String(Profile::s_databaseFile));
    const QByteArray before = test::fileHash(db);

    auto none = Profile::open(folder);
    REQUIRE_FALSE(none);
    CHECK(none.error().code == StoreError::PassphraseNeeded);
    auto wrong = Profile::open(folder, sealing(QStringLiteral("まちがい")));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == StoreError::WrongPassphrase);
    CHECK(test::fileHash(db) == before);

    auto right = Profile::open(folder, sealing());
    REQUIRE(right);
    CHECK(right.value()->checkPassphrase(s_passphrase));
    CHECK_FALSE(right.value()->checkPassphrase(QStringLiteral("まちがい")));
    auto all = ApplicantList(right.value()->database()).all();
    REQUIRE(all);
    CHECK(all->size() > 3);
    // Changing the passphrase rewraps the key only: the old one stops working, the data stays readable.
    REQUIRE(right.value()->setPassphrase(QStringLiteral("新しい合言葉")));
    right.value().reset();
    CHECK(Profile::open(folder, sealing()).error().code == StoreError::WrongPassphrase);
    auto changed = Profile::open(folder, sealing(QStringLiteral("新しい合言葉")));
    REQUIRE(changed);
    auto again = ApplicantList(changed.value()->database()).all();
    REQUIRE(again);
    CHECK(again->size() == all->size());
    CHECK(again->first().applicant.introduction == all->first().applicant.introduction);
}

TEST_CASE("A plain profile is sealed in place and keeps every value", "[privacy][seal]")
{
    FixedClock clock(test::testNow());
    QTemporaryDir root;
    const QString folder = QDir(root.path()).filePath(QStringLiteral("plain"));
    QStringList secrets;
    QVector<ApplicantRow> plainRows;
    {
        auto profile = Profile::open(folder);
        REQUIRE(profile);
        REQUIRE_FALSE(profile.value()->isSealed());
        REQUIRE(DemoSeeder(profile.value()->database(), clock).seed());
        secrets = secretsOf(*profile.value());
        plainRows = ApplicantList(profile.value()->database()).all().value();
    }
    REQUIRE_FALSE(foundIn(everyByteOf(folder), secrets).isEmpty()); // plain, as an earlier version left it

    ProfileUnlock unlock = sealing();
    unlock.sealExisting = true;
    {
        auto profile = Profile::open(folder, unlock);
        REQUIRE(profile);
        CHECK(profile.value()->isSealed());
    }
    CHECK(foundIn(everyByteOf(folder), secrets) == QStringList{});
    // The copy made before sealing is gone after success (it held the plain text).
    CHECK(QDir(folder).entryList({QStringLiteral("*.before-sealing")}, QDir::Files).isEmpty());

    auto profile = Profile::open(folder, sealing());
    REQUIRE(profile);
    auto rows = ApplicantList(profile.value()->database()).all();
    REQUIRE(rows);
    REQUIRE(rows->size() == plainRows.size());
    for (int i = 0; i < rows->size(); ++i) {
        CHECK(rows->at(i).applicant.introduction == plainRows.at(i).applicant.introduction);
        CHECK(rows->at(i).applicant.replyAddress == plainRows.at(i).applicant.replyAddress);
        CHECK(rows->at(i).applicant.formFields.size() == plainRows.at(i).applicant.formFields.size());
    }
    // The duplicate lookup uses the keyed hashes written while sealing.
    const QString address = plainRows.first().applicant.replyAddress;
    REQUIRE_FALSE(address.isEmpty());
    auto ids = ApplicantRepository(profile.value()->database(), clock).idsByAddress(address.toUpper());
    REQUIRE(ids);
    CHECK(ids->contains(plainRows.first().applicant.id));
}

TEST_CASE("A changed sealed value is reported with the kind of record, without a crash", "[privacy][seal]")
{
    FixedClock clock(test::testNow());
    QTemporaryDir root;
    const QString folder = QDir(root.path()).filePath(QStringLiteral("t"));
    auto profile = Profile::open(folder, sealing());
    REQUIRE(profile);
    ApplicantRepository applicants(profile.value()->database(), clock);
    Applicant a;
    a.anonymousName = QStringLiteral("そら");
    a.replyAddress = QStringLiteral("sora@example.org");
    a.introduction = QStringLiteral("はじめまして。お酒のことで悩んでいます。");
    a.receivedAt = test::testNow();
    auto id = applicants.insert(a);
    REQUIRE(id);

    QSqlQuery q(profile.value()->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT introduction FROM applicants WHERE id = %1").arg(id.value())));
    REQUIRE(q.next());
    QByteArray sealed = q.value(0).toByteArray();
    REQUIRE(q.value(0).typeId() == QMetaType::QByteArray);
    REQUIRE(crypto::Sealer::isSealedBytes(sealed));
    sealed[sealed.size() - 2] = char(sealed.at(sealed.size() - 2) ^ 0x20); // a byte of the tag
    q.prepare(QStringLiteral("UPDATE applicants SET introduction = ? WHERE id = ?"));
    q.addBindValue(sealed);
    q.addBindValue(id.value());
    REQUIRE(q.exec());

    auto read = applicants.byId(id.value());
    REQUIRE_FALSE(read);
    CHECK(read.error().code == StoreError::SealBroken);
    CHECK(read.error().detail.contains(QStringLiteral("an applicant")));
    CHECK_FALSE(read.error().detail.contains(QStringLiteral("お酒")));
    // The list (which leaves the introduction out) still shows the applicant.
    auto page = ApplicantList(profile.value()->database()).page(ApplicantListQuery{}, 0, 10);
    REQUIRE(page);
    CHECK(page->size() == 1);
}

TEST_CASE("Text sealed in the form of earlier versions still opens, is sorted and searched, and is kept as it is",
          "[privacy][seal]")
{
    FixedClock clock(test::testNow());
    QTemporaryDir root;
    auto profile = Profile::open(QDir(root.path()).filePath(QStringLiteral("t")), sealing());
    REQUIRE(profile);
    Database& db = profile.value()->database();
    ApplicantRepository applicants(db, clock);
    QVector<qint64> ids;
    for (const QString& name : {QStringLiteral("ゆき"), QStringLiteral("あおい"), QStringLiteral("かえで")}) {
        Applicant a;
        a.anonymousName = name;
        a.replyAddress = name == QStringLiteral("あおい") ? QStringLiteral("aoi@example.org") : QString();
        a.introduction = name + QStringLiteral("です。ギャンブルのことで相談したいです。");
        a.receivedAt = test::testNow();
        auto id = applicants.insert(a);
        REQUIRE(id);
        ids << id.value();
    }
    QSqlQuery q(db.connection());
    // What this version writes: BLOBs.
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM applicants WHERE typeof(anonymous_name) = 'blob' AND "
                                  "typeof(introduction) = 'blob'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3);
    q.finish();
    // What a profile sealed before schema version 21 holds for the second one: "tss1:" text.
    const crypto::Sealer* sealer = db.sealer();
    REQUIRE(sealer);
    const QString oldName = sealer->sealText(QStringLiteral("あおい"), "applicants.anonymous_name");
    const QString oldIntroduction =
        sealer->sealText(QStringLiteral("あおいです。ギャンブルのことで相談したいです。"), "applicants.introduction");
    REQUIRE(oldName.startsWith(QLatin1String("tss1:")));
    REQUIRE(sql::exec(q, QStringLiteral("UPDATE applicants SET anonymous_name = ?, introduction = ? WHERE id = ?"),
                      {oldName, oldIntroduction, ids.at(1)}));
    q.finish();

    auto read = applicants.byId(ids.at(1));
    REQUIRE(read);
    CHECK(read->anonymousName == QStringLiteral("あおい"));
    CHECK(read->introduction == QStringLiteral("あおいです。ギャンブルのことで相談したいです。"));
    CHECK(read->replyAddress == QStringLiteral("aoi@example.org"));
    // Sorted among the new form inside SQL (tsunagu_open_text() opens both), and found by part of the name.
    ApplicantListQuery byName;
    byName.order = ApplicantListQuery::Order::Name;
    auto page = ApplicantList(db).page(byName, 0, 10);
    REQUIRE(page);
    QStringList names;
    for (const auto& row : page.value())
        names << row.applicant.anonymousName;
    CHECK(names == QStringList{QStringLiteral("あおい"), QStringLiteral("かえで"), QStringLiteral("ゆき")});
    ApplicantListQuery search;
    search.search = QStringLiteral("おい");
    auto found = ApplicantList(db).page(search, 0, 10);
    REQUIRE(found);
    REQUIRE(found.value().size() == 1);
    CHECK(found.value().first().applicant.id == ids.at(1));
    // Reopening the profile leaves the older form in place: it is not rewritten at every start.
    profile.value().reset();
    auto again = Profile::open(QDir(root.path()).filePath(QStringLiteral("t")), sealing());
    REQUIRE(again);
    QSqlQuery after(again.value()->database().connection());
    REQUIRE(sql::exec(after, QStringLiteral("SELECT anonymous_name FROM applicants WHERE id = ?"), {ids.at(1)}));
    REQUIRE(after.next());
    CHECK(after.value(0).toString() == oldName);
}

TEST_CASE("Duplicate addresses are found by keyed hash through its index", "[privacy][seal]")
{
    FixedClock clock(test::testNow());
    QTemporaryDir root;
    auto profile = Profile::open(QDir(root.path()).filePath(QStringLiteral("d")), sealing());
    REQUIRE(profile);
    ApplicantRepository applicants(profile.value()->database(), clock);
    Applicant a;
    a.anonymousName = QStringLiteral("うみ");
    a.replyAddress = QStringLiteral("Umi.Twice@Example.org");
    a.receivedAt = test::testNow();
    auto first = applicants.insert(a);
    a.replyAddress = QStringLiteral(" umi.twice@example.org");
    auto second = applicants.insert(a);
    REQUIRE(first);
    REQUIRE(second);
    auto ids = applicants.idsByAddress(QStringLiteral("UMI.TWICE@example.ORG "));
    REQUIRE(ids);
    CHECK(ids.value() == QVector<qint64>{first.value(), second.value()});
    CHECK(applicants.idsByAddress(QStringLiteral("someone@example.org")).value().isEmpty());
    // An applicant who gave no address (a letter, a phone call) is kept too, and matches no lookup.
    a.replyAddress.clear();
    REQUIRE(applicants.insert(a));
    CHECK(applicants.idsByAddress(QString()).value().isEmpty());
    // The host can still search the list for a whole address.
    ApplicantListQuery query;
    query.search = QStringLiteral("umi.twice@example.org");
    CHECK(ApplicantList(profile.value()->database()).count(query).value() == 2);

    QSqlQuery plan(profile.value()->database().connection());
    REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM applicants WHERE reply_address_hash = 'x' "
                                     "ORDER BY received_at, id")));
    QString steps;
    while (plan.next())
        steps += plan.value(3).toString() + QLatin1Char('\n');
    CHECK(steps.contains(QStringLiteral("USING INDEX applicants_reply_address_hash")));
}

TEST_CASE("Sealing without a passphrase is refused unless the key stays in memory", "[privacy][passphrase]")
{
    QTemporaryDir root;
    const QString folder = QDir(root.path()).filePath(QStringLiteral("n"));
    ProfileUnlock unlock;
    unlock.seal = true;
    auto refused = Profile::open(folder, unlock);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == StoreError::PassphraseNeeded);

    // The throw-away demo: sealed, and no key file anywhere.
    unlock.keyInMemoryOnly = true;
    auto demo = Profile::open(folder, unlock);
    REQUIRE(demo);
    CHECK(demo.value()->isSealed());
    CHECK_FALSE(demo.value()->hasPassphrase());
    CHECK_FALSE(QFile::exists(demo.value()->keyFilePath()));
    FixedClock clock(test::testNow());
    REQUIRE(DemoSeeder(demo.value()->database(), clock).seed());
    // A second connection of this process (a worker's) seals and opens with the same key.
    auto second = Database::open(demo.value()->databasePath());
    REQUIRE(second);
    REQUIRE(second.value()->sealer() != nullptr);
    auto rows = ApplicantList(*second.value()).all();
    REQUIRE(rows);
    CHECK_FALSE(rows->first().applicant.introduction.isEmpty());
}

TEST_CASE("A damaged key file is refused with its own error and nothing is changed", "[privacy][passphrase]")
{
    QTemporaryDir root;
    const QString folder = QDir(root.path()).filePath(QStringLiteral("k"));
    {
        auto profile = Profile::open(folder, sealing());
        REQUIRE(profile);
    }
    const QString key = QDir(folder).filePath(QLatin1String(crypto::KeyFile::s_fileName));
    QFile file(key);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{ not a key");
    file.close();
    const QString db = QDir(folder).filePath(QLatin1String(Profile::s_databaseFile));
    const QByteArray before = test::fileHash(db);
    auto opened = Profile::open(folder, sealing());
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == StoreError::KeyUnavailable);
    CHECK(test::fileHash(db) == before);
}
