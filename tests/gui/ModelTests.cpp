// SPDX-License-Identifier: GPL-3.0-or-later
// Every table model over the demo data, checked by QAbstractItemModelTester and for what the host reads.
#include "UiFixture.h"
#include "models/ApplicantTableModel.h"
#include "models/AttendanceSummaryModel.h"
#include "models/ContactTableModel.h"
#include "models/HostTableModel.h"
#include "models/MemberTableModel.h"
#include "models/OccurrenceTableModel.h"
#include "models/RoomTableModel.h"
#include "storage/ApplicantList.h"

#include <catch2/catch.hpp>

#include <optional>

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSet>
#include <QSignalSpy>
#include <QTimeZone>

using namespace tsunagu;
using namespace tsunagu::ui;
using tsunagu::test::UiFixture;

namespace {

// The row whose `column` shows `text`, or -1.
int findRow(const QAbstractItemModel& model, int column, const QString& text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

TEST_CASE("room model lists the twelve rooms with their waiting applicants", "[models]")
{
    UiFixture fixture;
    test::LanguageGuard english(QStringLiteral("en"));
    RoomTableModel model(fixture.services().rooms, fixture.services().database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload().ok());
    REQUIRE(model.rowCount() == 12);
    CHECK(cell(model, 0, RoomTableModel::CodeColumn) == QStringLiteral("A"));
    CHECK(cell(model, 11, RoomTableModel::CodeColumn) == QStringLiteral("三森"));
    const int e = findRow(model, RoomTableModel::CodeColumn, QStringLiteral("E"));
    REQUIRE(e >= 0);
    CHECK(cell(model, e, RoomTableModel::AwaitingColumn) == QStringLiteral("1"));
    CHECK(cell(model, e, RoomTableModel::DeadlineColumn) == QStringLiteral("3 days"));
    const int k = findRow(model, RoomTableModel::CodeColumn, QStringLiteral("K"));
    CHECK(cell(model, k, RoomTableModel::DeadlineColumn) == QStringLiteral("5 days"));
    const int a = findRow(model, RoomTableModel::CodeColumn, QStringLiteral("A"));
    CHECK(cell(model, a, RoomTableModel::StatusColumn) == QStringLiteral("Paused"));
    CHECK(model.index(a, RoomTableModel::StatusColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("休止中")));
    CHECK(model.index(a, RoomTableModel::NameColumn).data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(model.index(e, RoomTableModel::NameColumn).data(Qt::ForegroundRole).isValid());
}

// Reads the list again (or with a new query) and waits for its first page, which a worker thread reads.
static void settle(ApplicantTableModel& model, const std::optional<ApplicantListQuery>& query = std::nullopt)
{
    QSignalSpy loaded(&model, &ApplicantTableModel::pageLoaded);
    if (query)
        model.setQuery(*query);
    else
        model.reload();
    REQUIRE(loaded.wait(10000));
}

TEST_CASE("applicant model marks who waits past the room's deadline", "[models]")
{
    UiFixture fixture;
    test::LanguageGuard english(QStringLiteral("en"));
    ApplicantTableModel model(fixture.services().database.path(), fixture.services().clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    settle(model);
    REQUIRE(model.rowCount() == 13);
    CHECK(model.totalCount() == 13);
    CHECK_FALSE(model.canFetchMore({}));
    const auto counts = ApplicantList(fixture.services().database).waitingCounts(fixture.services().clock.now());
    REQUIRE(counts.ok());
    CHECK(counts->awaiting == 6);
    CHECK(counts->overdue == 1);

    // E promises a reply within 3 days; はるかぜ applied 4 days ago in the evening.
    const int late = findRow(model, ApplicantTableModel::NameColumn, QStringLiteral("はるかぜ"));
    REQUIRE(late >= 0);
    const QModelIndex lateWait = model.index(late, ApplicantTableModel::WaitingColumn);
    CHECK(lateWait.data().toString() == QStringLiteral("3 days"));
    CHECK(lateWait.data(ApplicantTableModel::OverdueRole).toBool());
    CHECK(lateWait.data(Qt::ForegroundRole).value<QBrush>().color() == QColor(0xc6, 0x28, 0x28));
    CHECK(lateWait.data(Qt::ToolTipRole).toString().contains(QStringLiteral("3 days")));

    // K promises 5 days; ゆう has waited 2.
    const int k = findRow(model, ApplicantTableModel::NameColumn, QStringLiteral("ゆう"));
    const QModelIndex kWait = model.index(k, ApplicantTableModel::WaitingColumn);
    CHECK(kWait.data().toString() == QStringLiteral("2 days"));
    CHECK_FALSE(kWait.data(ApplicantTableModel::OverdueRole).toBool());
    CHECK_FALSE(kWait.data(Qt::ForegroundRole).isValid());

    // Someone already invited is not waiting: no days shown.
    const int invited = findRow(model, ApplicantTableModel::NameColumn, QStringLiteral("かける"));
    CHECK(cell(model, invited, ApplicantTableModel::WaitingColumn).isEmpty());
    CHECK(cell(model, invited, ApplicantTableModel::StatusColumn) == QStringLiteral("Invited"));

    // An application that named no room says so.
    const int unassigned = findRow(model, ApplicantTableModel::NameColumn, QStringLiteral("あおぞら"));
    CHECK(cell(model, unassigned, ApplicantTableModel::RoomColumn) == QStringLiteral("Not yet chosen"));
}

TEST_CASE("applicant model narrows and sorts in SQL: waiting, room, host's rooms, status and text", "[models]")
{
    UiFixture fixture;
    ApplicantTableModel model(fixture.services().database.path(), fixture.services().clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    settle(model);
    CHECK(model.rowCount() == 13);

    ApplicantListQuery query;
    query.awaitingOnly = true;
    settle(model, query);
    CHECK(model.rowCount() == 6);
    CHECK(model.totalCount() == 6);
    query.roomCode = QStringLiteral("K");
    settle(model, query);
    REQUIRE(model.rowCount() == 1);
    CHECK(cell(model, 0, ApplicantTableModel::NameColumn) == QStringLiteral("ゆう"));
    query.roomCode.clear();
    query.roomCodes = {QStringLiteral("K"), QStringLiteral("E")};
    settle(model, query);
    CHECK(model.rowCount() == 2);

    query = {};
    query.status = QStringLiteral("attending");
    settle(model, query);
    CHECK(model.rowCount() == 2);
    query.status.clear();
    query.search = QStringLiteral("保護観察所");
    settle(model, query);
    REQUIRE(model.rowCount() == 1);
    CHECK(cell(model, 0, ApplicantTableModel::NameColumn) == QStringLiteral("かける"));
    // Characters that mean something to LIKE are searched for as written.
    query.search = QStringLiteral("%");
    settle(model, query);
    CHECK(model.rowCount() == 0);

    // Sorting by waiting time puts the longest wait first, by time and not by text; the view's sort asks SQLite.
    query = {};
    query.awaitingOnly = true;
    model.setQuery(query);
    QSignalSpy sorted(&model, &ApplicantTableModel::pageLoaded);
    model.sort(ApplicantTableModel::WaitingColumn, Qt::DescendingOrder);
    REQUIRE(sorted.wait(10000));
    CHECK(sorted.count() == 1); // the query and the order changed together: read once
    CHECK(cell(model, 0, ApplicantTableModel::NameColumn) == QStringLiteral("はるかぜ"));
    QSignalSpy byName(&model, &ApplicantTableModel::pageLoaded);
    model.sort(ApplicantTableModel::NameColumn, Qt::AscendingOrder);
    REQUIRE(byName.wait(10000));
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << cell(model, row, ApplicantTableModel::NameColumn);
    QStringList expected = names;
    std::sort(expected.begin(), expected.end());
    CHECK(names == expected);
}

TEST_CASE("applicant model reads a long list a page at a time as the view asks for more", "[models]")
{
    UiFixture fixture;
    ApplicantRepository& applicants = fixture.services().applicants;
    const QDateTime start = fixture.services().clock.now().addDays(-400);
    for (int i = 0; i < 1200; ++i) {
        Applicant a;
        a.anonymousName = QStringLiteral("仮名%1").arg(i, 4, 10, QLatin1Char('0'));
        a.replyAddress = QStringLiteral("applicant%1@example.jp").arg(i);
        a.status = ApplicantStatus::Attending;
        a.firstReplyAt = start.addSecs(i * 3600 + 60);
        a.receivedAt = start.addSecs(i * 3600);
        REQUIRE(applicants.insert(a).ok());
    }
    ApplicantTableModel model(fixture.services().database.path(), fixture.services().clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ApplicantListQuery newestFirst;
    newestFirst.descending = true;
    settle(model, newestFirst);
    CHECK(model.totalCount() == 1213);
    CHECK(model.rowCount() == ApplicantTableModel::s_firstPage);
    // One page at a time: while one is being read (the model tester may have asked already), none more is asked.
    if (model.canFetchMore({}))
        model.fetchMore({});
    CHECK_FALSE(model.canFetchMore({}));
    QSignalSpy more(&model, &ApplicantTableModel::pageLoaded);
    REQUIRE(more.wait(10000));
    CHECK(model.rowCount() == ApplicantTableModel::s_firstPage + ApplicantTableModel::s_nextPage);
    while (model.rowCount() < 1213) {
        QSignalSpy next(&model, &ApplicantTableModel::pageLoaded);
        if (model.canFetchMore({}))
            model.fetchMore({});
        REQUIRE(next.wait(10000));
    }
    REQUIRE(model.rowCount() == 1213);
    // Newest first across the pages, each applicant once.
    QSet<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        seen.insert(model.index(row, 0).data(IdRole).toLongLong());
        if (row > 0)
            CHECK(model.rowAt(row - 1).applicant.receivedAt >= model.rowAt(row).applicant.receivedAt);
    }
    CHECK(seen.size() == 1213);
    // A list leaves out what it does not show: the self-introduction stays in the store.
    CHECK(model.rowAt(0).applicant.introduction.isEmpty());
}

TEST_CASE("occurrence model shows the coming meetings in Japan time", "[models]")
{
    UiFixture fixture;
    test::LanguageGuard japanese(QStringLiteral("ja"));
    OccurrenceTableModel model(fixture.services().meetings, fixture.services().clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload(7).ok());
    REQUIRE(model.rowCount() > 5);
    // Sunday 22 November: the text meeting of 三森 at 21:00 is the first of the week.
    CHECK(cell(model, 0, OccurrenceTableModel::StartColumn) == QStringLiteral("2026年11月22日(日) 21:00"));
    const int d = findRow(model, OccurrenceTableModel::StartColumn, QStringLiteral("2026年11月24日(火) 19:00"));
    REQUIRE(d >= 0);
    CHECK(cell(model, d, OccurrenceTableModel::RoomColumn) == QStringLiteral("D"));
    CHECK(cell(model, d, OccurrenceTableModel::TimeColumn) == QStringLiteral("19:00〜21:00"));
    // Paused rooms have no meetings.
    CHECK(findRow(model, OccurrenceTableModel::RoomColumn, QStringLiteral("A")) == -1);
    CHECK(findRow(model, OccurrenceTableModel::RoomColumn, QStringLiteral("N女")) == -1);
    // Nothing beyond the seven days asked for.
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row, 0).data(SortRole).toDateTime().date() < QDate(2026, 11, 29));

    // NF meets every other week, with a beginner time half an hour before.
    REQUIRE(model.reload(28).ok());
    int nf = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (cell(model, row, OccurrenceTableModel::RoomColumn) != QStringLiteral("NF"))
            continue;
        ++nf;
        CHECK(cell(model, row, OccurrenceTableModel::BeginnerColumn).contains(QStringLiteral("19:30")));
    }
    // Two of the four weeks, Monday and Friday.
    CHECK(nf == 4);
}

TEST_CASE("attendance summary adds up the meetings of the period", "[models]")
{
    UiFixture fixture;
    AttendanceSummaryModel model(fixture.services().meetings);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The four weeks before the suite's today: Room D met on Tuesdays and Fridays, eight times.
    REQUIRE(
        model.reload(QDateTime(QDate(2026, 10, 25), QTime(0, 0)), QDateTime(QDate(2026, 11, 23), QTime(0, 0))).ok());
    const int d = findRow(model, AttendanceSummaryModel::RoomColumn, QStringLiteral("D"));
    REQUIRE(d >= 0);
    CHECK(cell(model, d, AttendanceSummaryModel::HeldColumn) == QStringLiteral("8"));
    const int participants = model.index(d, AttendanceSummaryModel::TotalColumn).data(SortRole).toInt();
    CHECK(participants >= 8 * 40);
    CHECK(participants <= 8 * 80);
    // About a third persons and a third families, as in the real joint meeting.
    const double persons = model.index(d, AttendanceSummaryModel::PersonsColumn).data(SortRole).toDouble();
    CHECK(persons == Approx(36.0).margin(4.0));
    CHECK(cell(model, d, AttendanceSummaryModel::PersonsColumn).endsWith(QStringLiteral(" %")));
    // Paused rooms held nothing and are not listed.
    CHECK(findRow(model, AttendanceSummaryModel::RoomColumn, QStringLiteral("A")) == -1);
}

TEST_CASE("member, contact, poster and host models show the directory", "[models]")
{
    UiFixture fixture;
    test::LanguageGuard english(QStringLiteral("en"));
    MemberTableModel members(fixture.services().members);
    QAbstractItemModelTester membersTester(&members, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(members.reload().ok());
    CHECK(members.rowCount() == 10);
    CHECK(findRow(members, MemberTableModel::NameColumn, QStringLiteral("ひまわり")) >= 0);

    ContactTableModel contacts(fixture.services().contacts);
    QAbstractItemModelTester contactsTester(&contacts, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(contacts.reload().ok());
    CHECK(contacts.rowCount() == 13); // one of every kind
    const int clinic =
        findRow(contacts, ContactTableModel::OrganisationColumn, QStringLiteral("みどり台アルコール専門クリニック"));
    REQUIRE(clinic >= 0);
    CHECK(cell(contacts, clinic, ContactTableModel::KindColumn) == QStringLiteral("Specialist medical institution"));
    CHECK(cell(contacts, clinic, ContactTableModel::PostersColumn) == QStringLiteral("2"));
    CHECK(cell(contacts, clinic, ContactTableModel::ReferredColumn) == QStringLiteral("1"));

    PosterDeliveryTableModel posters(fixture.services().contacts);
    QAbstractItemModelTester postersTester(&posters, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(posters.reload().ok());
    CHECK(posters.rowCount() == 5);
    // Newest first: the mental-health centre, 20 days ago.
    CHECK(cell(posters, 0, PosterDeliveryTableModel::OrganisationColumn) ==
          QStringLiteral("みなと市精神保健福祉センター"));

    HostTableModel hosts(fixture.services().hosts);
    QAbstractItemModelTester hostsTester(&hosts, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(hosts.reload().ok());
    CHECK(hosts.rowCount() == 2);
    const int haru = findRow(hosts, HostTableModel::NameColumn, QStringLiteral("ハル"));
    CHECK(cell(hosts, haru, HostTableModel::RoomsColumn) == QStringLiteral("D, DA, DF"));
}
