// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, run by hand (see README.md): the demo profile filled by generate_attendance.py (12 rooms, ten years
// of meetings, 1,000 members per room, 1,000,000 attendance rows), then
//  - a roster PDF of a room's 1,000 members (read from the store, drawn and written), and
//  - the 集計 area opened on every room over ten years: the longest the GUI thread was busy, measured by a 1 ms
//    QTimer on the GUI thread (the largest gap between its ticks), and the time until the figures are shown.
//   cmake --build --preset dev --target tsunagu_reports_bench && build/dev/tests/bench/tsunagu_reports_bench
#include "UiFixture.h"
#include "areas/ReportsArea.h"
#include "attendance/MeetingRoster.h"
#include "documents/RosterDocument.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QComboBox>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace tsunagu;

namespace {

void report(const char* what, QVector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    std::printf("%-60s median %7.1f ms   worst %7.1f ms   (%d runs)\n", what, ms.at(ms.size() / 2), ms.last(),
                int(ms.size()));
}

} // namespace

TEST_CASE("reports and roster benchmark", "[bench]")
{
    const int rounds = 5;
    test::UiFixture fixture;
    ui::UiServices& services = fixture.services();
    QElapsedTimer filling;
    filling.start();
    QProcess generator;
    generator.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral(TSUNAGU_BENCH_DIR "/generate_attendance.py"), services.database.path()});
    REQUIRE(generator.waitForFinished(600000));
    REQUIRE(generator.exitCode() == 0);
    std::printf("%s(filled in %.0f s)\n", generator.readAllStandardOutput().constData(), filling.elapsed() / 1000.0);

    auto room = services.rooms.byCode(QStringLiteral("D"));
    REQUIRE(room.ok());
    QVector<double> read;
    QVector<double> drawn;
    int members = 0;
    int pages = 0;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto roster = MeetingRosterBuilder(services.database).build(room.value(), QDate(2026, 10, 30), {});
        REQUIRE(roster.ok());
        read.append(timer.nsecsElapsed() / 1e6);
        members = int(roster->members.size());
        QBuffer buffer;
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        timer.restart();
        REQUIRE(RosterDocument::writePdf(buffer, roster.value(), QDate(2026, 12, 5)).ok());
        drawn.append(timer.nsecsElapsed() / 1e6);
        pages = int(buffer.data().count("/Type /Page\n") + buffer.data().count("/Type /Page\r"));
    }
    std::printf("roster of %d members, %d pages\n", members, pages);
    report("roster: members read from the store", read);
    report("roster: PDF drawn and written", drawn);

    ui::ReportsArea area(services);
    area.resize(1400, 900);
    area.show();
    QSignalSpy loaded(&area, &ui::ReportsArea::reportLoaded);
    auto* period = area.findChild<QComboBox*>(QStringLiteral("periodCombo"));
    REQUIRE(period);
    // The GUI thread's heartbeat: a tick every millisecond; the largest gap is the longest stall.
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    QTimer heartbeat;
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    QVector<double> stalls;
    QVector<double> shown;
    for (int i = 0; i < rounds; ++i) {
        loaded.clear();
        heartbeat.start();
        clock.restart();
        last = 0;
        longest = 0;
        QTimer::singleShot(20, &area, [&] {
            if (period->count() > 3 && period->currentIndex() != 3)
                period->setCurrentIndex(3); // the last ten years
            else
                area.refresh();
        });
        REQUIRE(loaded.wait(60000));
        const double whole = clock.nsecsElapsed() / 1e6 - 20;
        // Paint what was shown before stopping the heartbeat: drawing the charts is GUI-thread work too.
        QTest::qWait(200);
        heartbeat.stop();
        stalls.append(longest / 1e6);
        shown.append(whole);
        REQUIRE(area.isLoaded());
    }
    std::printf("集計 over ten years, every room: %d meetings charted, %lld participants\n",
                int(area.shownReport().meetings.size()), area.shownReport().totals.total());
    report("集計: longest GUI-thread stall (1 ms heartbeat)", stalls);
    report("集計: from opening to figures shown", shown);
}
