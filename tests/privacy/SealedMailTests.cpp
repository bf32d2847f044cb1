// SPDX-License-Identifier: GPL-3.0-or-later
// Mail taken in by a sealed profile: a waiting mail's sealed bytes become its message's as they are, mail kept
// sealed by an earlier version still reads, an application's self-introduction is sealed once, in its own column,
// not a second time inside the form, deleting an applicant finds their sealed waiting mail, and values sealed
// ahead while mail is read are stored only as the very values they seal.
#include "crypto/KeyFile.h"
#include "crypto/Sealer.h"
#include "intake/IntakePipeline.h"
#include "receiving/IntakeWorker.h"
#include "storage/ApplicantEraser.h"
#include "storage/ApplicantRepository.h"
#include "storage/MailAccountRepository.h"
#include "storage/MessageRepository.h"
#include "storage/Profile.h"
#include "storage/Sealing.h"
#include "storage/SqlSupport.h"

#include "TempProfile.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <map>

using namespace tsunagu;

namespace {

// The weakest Argon2id cost: these tests check what is sealed, not the price of the key derivation.
struct WeakKdf
{
    WeakKdf() { qputenv(crypto::KdfCost::s_testWeakKdfVariable, "1"); }
};
const WeakKdf s_weakKdf;

const QString s_introduction = QStringLiteral("はじめまして。こなゆきと申します。断酒して二か月になります。\n"
                                              "夜の時間なら参加できます。よろしくお願いいたします。");

QByteArray applicationMail(int number, const QString& name, const QString& introduction)
{
    const QString body = QStringLiteral("【お名前（ニックネーム可）】\n%1\n【メールアドレス】\n%1@example.jp\n"
                                        "【ご本人/ご家族】\n本人\n【参加希望ルーム】\nRoom D\n【自己紹介】\n%2\n")
                             .arg(name, introduction);
    return QByteArray("From: form-service@example.jp\r\nTo: room-d@example.org\r\n"
                      "Subject: =?UTF-8?B?5Y+C5Yqg55Sz44GX6L6844G/?=\r\nMessage-ID: <sealed-mail-") +
           QByteArray::number(number) +
           QByteArray("@example.jp>\r\nDate: Tue, 01 Dec 2026 19:00:00 +0900\r\nMIME-Version: 1.0\r\n"
                      "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n") +
           body.toUtf8();
}

// Column `column` of every row of `table`, by UID, as the file holds it.
std::map<qint64, QByteArray> storedByUid(Database& db, const QString& table, const QString& column)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT uid, %1 FROM %2").arg(column, table)));
    std::map<qint64, QByteArray> stored;
    while (q.next())
        stored[q.value(0).toLongLong()] = q.value(1).toByteArray();
    return stored;
}

// A sealed profile with a mail account, and the store side of a sync on it, driven by hand.
struct SealedIntake
{
    SealedIntake()
    {
        ProfileUnlock unlock;
        unlock.passphrase = QStringLiteral("合言葉 example 2026-12");
        unlock.seal = true;
        auto opened = Profile::open(QDir(root.path()).filePath(QStringLiteral("p")), unlock);
        REQUIRE(opened);
        profile = std::move(opened.value());
        REQUIRE(db().sealer());
        MailAccount account;
        account.name = QStringLiteral("Room D");
        account.userName = QStringLiteral("room-d@example.org");
        account.imapHost = QStringLiteral("imap.example.org");
        source.accountId = MailAccountRepository(db(), clock).save(account, {}).value();
        source.mailbox = QStringLiteral("INBOX");
        worker = std::make_unique<IntakeWorker>(db().path(), clock, source);
        failed = std::make_unique<QSignalSpy>(worker.get(), &IntakeWorker::failed);
        read = std::make_unique<QSignalSpy>(worker.get(), &IntakeWorker::read);
    }

    Database& db() { return profile->database(); }
    const crypto::Sealer& sealer() { return *db().sealer(); }

    // Keeps the mails as the download phase does, UIDs from `firstUid` on.
    void stage(const QVector<QByteArray>& mails, quint32 firstUid = 1)
    {
        QVector<FetchedMail> fetched;
        for (const QByteArray& mail : mails)
            fetched.append({quint32(firstUid + fetched.size()), mail, 0, {}});
        MailboxSyncState state;
        state.accountId = source.accountId;
        state.mailbox = source.mailbox;
        state.uidValidity = 7;
        state.highestUid = quint32(firstUid + fetched.size() - 1);
        state.lastSyncAt = clock.now();
        worker->stage(fetched, state);
        REQUIRE(failed->isEmpty());
    }

    void replaceWaiting(int uid, const QByteArray& stored)
    {
        QSqlQuery q(db().connection());
        REQUIRE(sql::exec(q, QStringLiteral("UPDATE fetched_mail SET raw = ? WHERE uid = ?"), {stored, uid}));
    }

    const FixedClock clock{test::testNow()};
    QTemporaryDir root;
    std::unique_ptr<Profile> profile;
    IntakeSource source;
    std::unique_ptr<IntakeWorker> worker;
    std::unique_ptr<QSignalSpy> failed;
    std::unique_ptr<QSignalSpy> read;
};

} // namespace

TEST_CASE("A sealed profile stores a waiting mail's sealed bytes with its message and reads mail kept before",
          "[privacy][seal][sync]")
{
    SealedIntake f;
    Database& db = f.db();
    const crypto::Sealer* sealer = &f.sealer();
    const QByteArray first = applicationMail(1, QStringLiteral("konayuki"), s_introduction);
    const QByteArray second =
        applicationMail(2, QStringLiteral("hotaru"), QStringLiteral("ほたるです。家族のことで参加したいです。"));
    f.stage({first, second});
    // The second waiting mail as a profile kept it before 2026-12-06: sealed under the table's own name.
    f.replaceWaiting(2, sealer->sealBytes(second, "fetched_mail.raw"));
    const std::map<qint64, QByteArray> waiting = storedByUid(db, QStringLiteral("fetched_mail"), QStringLiteral("raw"));
    REQUIRE(waiting.size() == 2);
    REQUIRE(crypto::Sealer::isSealedBytes(waiting.at(1)));

    f.worker->readNext(10);
    INFO((f.failed->isEmpty() ? QString() : f.failed->first().at(1).toString()).toStdString());
    REQUIRE(f.failed->isEmpty());
    REQUIRE(f.read->size() == 1);
    CHECK(f.read->first().at(1).toInt() == 2);

    // The first mail's bytes are the ones it waited in; the second, kept under the former label, is sealed anew.
    const std::map<qint64, QByteArray> stored = storedByUid(db, QStringLiteral("messages"), QStringLiteral("raw"));
    REQUIRE(stored.size() == 2);
    CHECK(stored.at(1) == waiting.at(1));
    CHECK(stored.at(2) != waiting.at(2));
    CHECK(crypto::Sealer::isSealedBytes(stored.at(2)));
    // Both open to the mail as it came, under the message's own label.
    for (const auto& [uid, bytes] : stored) {
        QByteArray opened;
        CHECK(sealer->openBytes(bytes, "messages.raw", opened) == crypto::Sealer::Opened::Sealed);
        CHECK(opened == (uid == 1 ? first : second));
    }
    MessageRepository messages(db);
    auto known =
        messages.idBySha256(QString::fromLatin1(QCryptographicHash::hash(first, QCryptographicHash::Sha256).toHex()));
    REQUIRE(known);
    REQUIRE(known.value() > 0);
    auto message = messages.byId(known.value(), true);
    REQUIRE(message);
    CHECK(message->raw == first);

    // The applicant reads with the whole form, the self-introduction among its fields.
    auto applicant = ApplicantRepository(db, f.clock).byId(message->applicantId);
    REQUIRE(applicant);
    CHECK(applicant->introduction == s_introduction);
    QString fromForm;
    for (const LabelledValue& field : applicant->formFields) {
        if (field.key == QLatin1String("introduction"))
            fromForm = field.value;
    }
    CHECK(fromForm == s_introduction);
    // … but the sealed form holds its text only once, in the introduction's own column.
    QSqlQuery q(db.connection());
    REQUIRE(sql::exec(q, QStringLiteral("SELECT form_fields FROM applicants WHERE id = ?"), {applicant->id}));
    REQUIRE(q.next());
    QByteArray form;
    REQUIRE(sealer->openBytes(q.value(0).toByteArray(), "applicants.form_fields", form) ==
            crypto::Sealer::Opened::Sealed);
    CHECK(form.contains("konayuki"));
    CHECK_FALSE(form.contains(QStringLiteral("断酒して二か月").toUtf8()));
}

TEST_CASE("A changed waiting mail in a sealed profile stops the reading with what is wrong, and stays waiting",
          "[privacy][seal][sync]")
{
    SealedIntake f;
    f.stage({applicationMail(1, QStringLiteral("konayuki"), s_introduction),
             applicationMail(2, QStringLiteral("hotaru"), QStringLiteral("ほたるです。"))});
    QByteArray changed = storedByUid(f.db(), QStringLiteral("fetched_mail"), QStringLiteral("raw")).at(2);
    changed[changed.size() / 2] = char(changed.at(changed.size() / 2) ^ 0x20);
    f.replaceWaiting(2, changed);

    f.worker->readNext(10);
    REQUIRE(f.failed->size() == 1);
    CHECK(f.failed->first().at(0).value<StoreError>() == StoreError::SealBroken);
    CHECK(f.failed->first().at(1).toString().contains(QLatin1String("fetched mail")));
    CHECK(f.read->isEmpty());
    // Nothing of the batch was stored, and both mails still wait.
    CHECK(storedByUid(f.db(), QStringLiteral("messages"), QStringLiteral("raw")).empty());
    CHECK(storedByUid(f.db(), QStringLiteral("fetched_mail"), QStringLiteral("raw")).size() == 2);
}

TEST_CASE("Deleting an applicant of a sealed profile also deletes their mail downloaded but not read yet",
          "[privacy][seal][erase]")
{
    SealedIntake f;
    f.stage({applicationMail(1, QStringLiteral("konayuki"), s_introduction)});
    f.worker->readNext(10);
    REQUIRE(f.failed->isEmpty());
    QSqlQuery q(f.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM applicants")));
    REQUIRE(q.next());
    const qint64 applicantId = q.value(0).toLongLong();
    q.finish();
    // She writes again, and someone else applies; both are downloaded, neither is read.
    f.stage({applicationMail(2, QStringLiteral("konayuki"), QStringLiteral("もう一度お送りします。")),
             applicationMail(3, QStringLiteral("hotaru"), QStringLiteral("ほたるです。"))},
            2);
    REQUIRE(storedByUid(f.db(), QStringLiteral("fetched_mail"), QStringLiteral("raw")).size() == 2);

    ApplicantEraser eraser(f.db(), f.clock);
    auto plan = eraser.plan(applicantId);
    REQUIRE(plan);
    CHECK(plan->waitingMail == 1);
    auto erased = eraser.erase(applicantId);
    REQUIRE(erased);
    CHECK(erased->waitingMail == 1);
    // Her waiting mail is gone with her; the other applicant's still waits.
    const std::map<qint64, QByteArray> waiting =
        storedByUid(f.db(), QStringLiteral("fetched_mail"), QStringLiteral("raw"));
    REQUIRE(waiting.size() == 1);
    CHECK(waiting.count(3) == 1);
}

TEST_CASE("A value sealed ahead is stored only for the same column and the same plain value", "[privacy][seal][sync]")
{
    SealedIntake f;
    Database& db = f.db();
    const crypto::Sealer& sealer = f.sealer();
    const char* name = "applicants.anonymous_name";
    const QString konayuki = QStringLiteral("こなゆき");
    SealedAhead ahead;
    const QVariant early = Sealing::record(sealer, ahead).text(konayuki, name);
    REQUIRE(ahead.size() == 1);

    const auto opensTo = [&](const QVariant& stored, const char* column) {
        QByteArray plain;
        REQUIRE(sealer.openBytes(stored.toByteArray(), column, plain) == crypto::Sealer::Opened::Sealed);
        return QString::fromUtf8(plain);
    };
    {
        const SealedAhead::Use use(db, ahead);
        const Sealing sealing(db);
        // The same value of the same column: the bytes sealed ahead, not a new seal (which has a new nonce).
        CHECK(sealing.text(konayuki, name).toByteArray() == early.toByteArray());
        // Another value, or the same value of another column, is sealed then, and opens to what it is.
        const QVariant other = sealing.text(QStringLiteral("ほたる"), name);
        CHECK(other.toByteArray() != early.toByteArray());
        CHECK(opensTo(other, name) == QStringLiteral("ほたる"));
        const QVariant notes = sealing.text(konayuki, "applicants.notes");
        CHECK(notes.toByteArray() != early.toByteArray());
        CHECK(opensTo(notes, "applicants.notes") == konayuki);
    }
    // Once the store is over, nothing is taken from it.
    CHECK(Sealing(db).text(konayuki, name).toByteArray() != early.toByteArray());

    // Values sealed with another key (another profile's) are never taken.
    const crypto::DataKey otherKey = crypto::DataKey::generate();
    const crypto::Sealer otherSealer(otherKey);
    SealedAhead foreign;
    const QVariant foreignValue = Sealing::record(otherSealer, foreign).text(konayuki, name);
    const SealedAhead::Use use(db, foreign);
    const QVariant stored = Sealing(db).text(konayuki, name);
    CHECK(stored.toByteArray() != foreignValue.toByteArray());
    CHECK(opensTo(stored, name) == konayuki);
}

TEST_CASE("An application read on the pool is stored with what was sealed while it was read", "[privacy][seal][sync]")
{
    SealedIntake f;
    Database& db = f.db();
    IntakePipeline pipeline(db, f.clock);
    REQUIRE(pipeline.prepareForMany(f.source));
    const QByteArray raw = applicationMail(1, QStringLiteral("konayuki"), s_introduction);
    PreparedMail mail = IntakePipeline::prepare(*pipeline.reader(), raw, f.source);
    IntakePipeline::sealAhead(mail, f.sealer());
    const SealedAhead ahead = mail.sealed;
    // The message's texts, the applicant's and the keyed hashes of the address and the mail.
    CHECK(ahead.size() >= 8);
    auto taken = pipeline.store(std::move(mail));
    REQUIRE(taken);
    REQUIRE(taken->outcome == IntakeOutcome::NewApplicant);

    QSqlQuery q(db.connection());
    REQUIRE(sql::exec(q,
                      QStringLiteral("SELECT m.body_text, m.subject, a.introduction, a.reply_address, "
                                     "a.reply_address_hash FROM messages m JOIN applicants a ON a.id = m.applicant_id "
                                     "WHERE m.id = ?"),
                      {taken->messageId}));
    REQUIRE(q.next());
    // Asked for the same values again with the mail's SealedAhead in use, the store gets the very bytes it kept.
    const SealedAhead::Use use(db, ahead);
    const Sealing sealing(db);
    auto message = MessageRepository(db).byId(taken->messageId);
    REQUIRE(message);
    CHECK(message->bodyText.contains(QStringLiteral("断酒して二か月")));
    CHECK(q.value(0).toByteArray() == sealing.text(message->bodyText, "messages.body_text").toByteArray());
    CHECK(q.value(1).toByteArray() == sealing.text(message->subject, "messages.subject").toByteArray());
    CHECK(q.value(2).toByteArray() == sealing.text(s_introduction, "applicants.introduction").toByteArray());
    CHECK(q.value(3).toByteArray() ==
          sealing.text(QStringLiteral("konayuki@example.jp"), "applicants.reply_address").toByteArray());
    CHECK(q.value(4).toString() ==
          sealing.addressHash(QStringLiteral("konayuki@example.jp"), "applicants.reply_address"));
    // … and the applicant reads as the mail said.
    auto applicant = ApplicantRepository(db, f.clock).byId(taken->applicantId);
    REQUIRE(applicant);
    CHECK(applicant->introduction == s_introduction);
    CHECK(applicant->replyAddress == QStringLiteral("konayuki@example.jp"));
}
