// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk met when a repository commits is said as DiskFull (the host frees space), not as a failed query, and
// nothing of the write stays. The disk is made full the way a FAT32 stick or an account's file size limit is: the
// process may not grow a file past a size (RLIMIT_FSIZE), so the write-ahead log cannot take the commit's pages.
#include "intake/IntakePipeline.h"
#include "storage/ApplicantRepository.h"
#include "storage/ContactEventRepository.h"
#include "storage/ContactRepository.h"
#include "storage/HostRepository.h"
#include "storage/RoomRepository.h"
#include "storage/TemplateStore.h"

#include "StorageTestSupport.h"
#include "TempProfile.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

#include <csignal>
#include <sys/resource.h>

namespace tsunagu {
namespace {

// While it lives, no file of this process grows past `bytes`; a write beyond fails with EFBIG (the signal that
// would end the process for it is ignored meanwhile).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        REQUIRE(getrlimit(RLIMIT_FSIZE, &m_previous) == 0);
        rlimit limited = m_previous;
        limited.rlim_cur = bytes;
        REQUIRE(setrlimit(RLIMIT_FSIZE, &limited) == 0);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_previous{};
    void (*m_previousHandler)(int) = nullptr;
};

} // namespace

TEST_CASE("A repository that cannot commit for a full disk says DiskFull and keeps nothing", "[storage][database]")
{
    test::TempProfile temp;
    Database& database = temp.open().database();
    QSqlDatabase db = database.connection();
    auto roomId = RoomRepository(database).insert(test::makeRoom(QStringLiteral("Z")));
    REQUIRE(roomId);
    Contact clinic;
    clinic.organisation = QStringLiteral("架空ことのはクリニック");
    auto clinicId = ContactRepository(database).insert(clinic);
    REQUIRE(clinicId);
    // No default templates, so that putting them back writes.
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("DELETE FROM templates")));
    // The log starts empty, so that the commit is the first write to it: past the limit at once.
    REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    q.finish();
    const int hosts = test::rowCount(database, QStringLiteral("hosts"));
    const int contacts = test::rowCount(database, QStringLiteral("contacts"));
    const int events = test::rowCount(database, QStringLiteral("contact_events"));
    const int templates = test::rowCount(database, QStringLiteral("templates"));
    const int applicants = test::rowCount(database, QStringLiteral("applicants"));
    const int messages = test::rowCount(database, QStringLiteral("messages"));

    StoreFailure failure;
    {
        FileSizeLimit full(1024);
        SECTION("a host")
        {
            Host host;
            host.displayName = QStringLiteral("みなと");
            host.roomCodes = {QStringLiteral("Z")};
            auto inserted = HostRepository(database).insert(host);
            REQUIRE_FALSE(inserted);
            failure = inserted.error();
        }
        SECTION("the default reply templates")
        {
            ReplyTemplate t;
            t.subject = QStringLiteral("件名");
            t.body = QStringLiteral("本文");
            auto written = TemplateStore(database).insertMissingDefaults({t}, test::testNow());
            REQUIRE_FALSE(written);
            failure = written.error();
        }
        SECTION("a contact")
        {
            Contact c;
            c.organisation = QStringLiteral("架空しおさい病院");
            c.phone = QStringLiteral("03-0000-9999");
            auto inserted = ContactRepository(database).insert(c);
            REQUIRE_FALSE(inserted);
            failure = inserted.error();
        }
        SECTION("a contact made")
        {
            auto added = ContactEventRepository(database).add(
                {0, clinicId.value(), QDate(2026, 11, 20), ContactChannel::Visit, QStringLiteral("面談")});
            REQUIRE_FALSE(added);
            failure = added.error();
        }
        SECTION("an applicant")
        {
            Applicant a;
            a.anonymousName = QStringLiteral("こなゆき");
            a.replyAddress = QStringLiteral("konayuki@example.jp");
            a.introduction = QStringLiteral("はじめまして。");
            auto inserted = ApplicantRepository(database, temp.clock()).insert(a);
            REQUIRE_FALSE(inserted);
            failure = inserted.error();
        }
        SECTION("a mail imported from a file")
        {
            const QByteArray mail("From: Konayuki <konayuki@example.jp>\r\nTo: room-z@example.org\r\n"
                                  "Subject: =?UTF-8?B?5Y+C5Yqg5biM5pyb?=\r\nMessage-ID: <disk-full@example.jp>\r\n"
                                  "Date: Tue, 01 Dec 2026 19:00:00 +0900\r\nMIME-Version: 1.0\r\n"
                                  "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                                  "はじめまして。ミーティングに参加したいです。\r\n");
            auto taken = IntakePipeline(database, temp.clock()).take(mail, IntakeSource{});
            REQUIRE_FALSE(taken);
            failure = taken.error();
        }
    }
    INFO(failure.detail.toStdString());
    CHECK(failure.code == StoreError::DiskFull);
    CHECK(test::rowCount(database, QStringLiteral("hosts")) == hosts);
    CHECK(test::rowCount(database, QStringLiteral("contacts")) == contacts);
    CHECK(test::rowCount(database, QStringLiteral("contact_events")) == events);
    CHECK(test::rowCount(database, QStringLiteral("templates")) == templates);
    CHECK(test::rowCount(database, QStringLiteral("applicants")) == applicants);
    CHECK(test::rowCount(database, QStringLiteral("messages")) == messages);
    // With room again the same write goes through.
    Host host;
    host.displayName = QStringLiteral("みなと");
    CHECK(HostRepository(database).insert(host));
}

} // namespace tsunagu
