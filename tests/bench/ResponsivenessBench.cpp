// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, run by hand (see README.md): how long the window's GUI thread stops answering while the window
// receives 10,000 mails from a real Dovecot (as the sync benchmark does) and then imports 1,000 .eml files. A timer
// on the GUI thread ticks every 10 ms; a tick that comes late is a stall of that many milliseconds beyond its
// interval. Target: the longest stall ≤ 50 ms. Beside it, the GUI thread's own CPU time between two ticks: a stall with
// little of it was the thread waiting for a core (other processes), not work done on it.
//   cmake --build --preset dev --target tsunagu_responsiveness_bench
//   [TSUNAGU_BENCH_MAILS=N] [TSUNAGU_BENCH_FILES=N] build/dev/tests/bench/tsunagu_responsiveness_bench
#include "DovecotServer.h"
#include "MailSamples.h"
#include "MainWindow.h"
#include "UiFixture.h"
#include "areas/AreaWidget.h"
#include "common/MailImporter.h"
#include "common/MailReceiver.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace tsunagu;

namespace {

// The CPU time this thread has used, in milliseconds.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

// Records how late each tick of a fast timer on the GUI thread comes, and how much CPU time the thread used between
// two ticks.
class StallMeter : public QObject
{
public:
    static constexpr int s_intervalMs = 10;

    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(s_intervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double gap = m_clock.nsecsElapsed() / 1e6;
            m_clock.restart();
            const double cpu = threadCpuMs();
            m_stalls.append(std::max(0.0, gap - s_intervalMs));
            m_busy.append(cpu - m_cpu);
            m_cpu = cpu;
        });
    }
    void start()
    {
        m_stalls.clear();
        m_busy.clear();
        m_cpu = threadCpuMs();
        m_clock.start();
        m_timer.start();
    }
    QVector<double> stop()
    {
        m_timer.stop();
        return m_stalls;
    }
    // The GUI thread's CPU time between consecutive ticks, in the order of stop()'s stalls.
    const QVector<double>& busy() const { return m_busy; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    QVector<double> m_stalls;
    QVector<double> m_busy;
    double m_cpu = 0;
};

void report(const char* phase, double seconds, QVector<double> stalls, QVector<double> busy)
{
    std::sort(busy.begin(), busy.end());
    std::sort(stalls.begin(), stalls.end());
    const auto over = std::count_if(stalls.begin(), stalls.end(), [](double ms) { return ms > 50; });
    const auto at = [&](double share) {
        return stalls.at(std::min<int>(int(stalls.size() * share), stalls.size() - 1));
    };
    std::printf("%-34s %7.2f s   longest stall %6.1f ms   p99 %5.1f ms   p50 %4.1f ms   over 50 ms: %d of %d ticks\n",
                phase, seconds, stalls.last(), at(0.99), at(0.5), int(over), int(stalls.size()));
    std::printf("%-34s           GUI thread's CPU time between two ticks: longest %6.1f ms\n", "", busy.last());
    std::fflush(stdout);
}

// Catch2 owns the command line: the sizes come from the environment.
int setting(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

QByteArray application(int i, const char* kind)
{
    const QString name = QStringLiteral("応募者%1").arg(i);
    const QString address = QStringLiteral("%1-%2@example.org").arg(QLatin1String(kind)).arg(i);
    // About 3 KB, like the intake corpus the mail and sync benchmarks use.
    const QString extra = QStringLiteral("仕事のあとに参加できる曜日を探しています。").repeated(20);
    return test::formMail(QStringLiteral("ルームE 参加申し込み"), test::applicationBody(name, address, extra),
                          QByteArray(kind) + '-' + QByteArray::number(i) + "@forms.example.org");
}

int storedMessages(test::UiFixture& fixture)
{
    QSqlQuery q(fixture.database().connection());
    q.exec(QStringLiteral("SELECT count(*) FROM messages WHERE account_id IS NOT NULL"));
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

TEST_CASE("window responsiveness benchmark", "[bench]")
{
    const int mails = setting("TSUNAGU_BENCH_MAILS", 10000);
    const int files = setting("TSUNAGU_BENCH_FILES", 1000);
    test::DovecotServer::requireInstalled();
    test::DovecotServer server;
    REQUIRE(server.start());
    for (int i = 0; i < mails; ++i)
        REQUIRE_FALSE(server.deliver(application(i, "imap")).isEmpty());
    QTemporaryDir dir;
    QStringList paths;
    for (int i = 0; i < files; ++i) {
        const QString path = dir.filePath(QStringLiteral("mail-%1.eml").arg(i));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(application(i, "file"));
        paths << path;
    }

    test::UiFixture fixture;
    MailAccount account;
    account.name = QStringLiteral("Room E 受付");
    account.userName = server.user();
    account.imapHost = server.host();
    account.imapPort = server.imapsPort();
    account.imapSecurity = MailSecurity::Tls;
    account.caFile = server.certificatePath();
    auto id = fixture.mailAccounts().save(account, {QStringLiteral("E")});
    REQUIRE(id.ok());
    fixture.keychain().entries.insert(fixture.mailAccounts().byId(id.value())->secretKey, server.password());

    ui::MainWindow window(fixture.services());
    window.resize(1400, 900);
    window.show();
    test::waitForLists(window);
    std::printf("%d mails on the server, %d files; a tick every %d ms on the GUI thread\n", mails, files,
                StallMeter::s_intervalMs);

    StallMeter meter;
    QElapsedTimer phase;
    meter.start();
    phase.start();
    window.startReceiving();
    // Counted once a second (a count over the messages' index: well under a millisecond).
    REQUIRE(QTest::qWaitFor([&] { return storedMessages(fixture) >= mails; }, 600000));
    // The run ends after its last batch is read; the lists reload then.
    QTest::qWait(1500);
    report("receiving (sync, read, lists)", phase.nsecsElapsed() / 1e9 - 1.5, meter.stop(), meter.busy());

    QSignalSpy imported(&window.importer(), &ui::MailImporter::finished);
    meter.start();
    phase.start();
    window.importFiles(paths);
    REQUIRE(imported.wait(600000));
    QTest::qWait(1500);
    report("importing files (with lists)", phase.nsecsElapsed() / 1e9 - 1.5, meter.stop(), meter.busy());
    const auto report = imported.first().first().value<FileImportReport>();
    CHECK(report.newApplicants == files);

    // What each area's reload costs the GUI thread now, with every mail in: the longest stall from refresh() until
    // the area shows its rows (areas that read on a worker thread apply what they read when it arrives).
    for (ui::AreaWidget* area : window.findChildren<ui::AreaWidget*>()) {
        QElapsedTimer timer;
        meter.start();
        timer.start();
        area->refresh();
        const double started = timer.nsecsElapsed() / 1e6;
        REQUIRE(QTest::qWaitFor([&] { return !area->isLoading(); }, 60000));
        test::waitForLists(window);
        const double shown = timer.nsecsElapsed() / 1e6;
        QVector<double> stalls = meter.stop();
        QVector<double> busy = meter.busy();
        stalls.append(started); // refresh() itself, before the first tick could come
        busy.append(started);
        std::printf(
            "  reload of %-20s refresh() %6.1f ms, shown after %6.1f ms, longest stall %6.1f ms (CPU %6.1f ms)\n",
            qPrintable(area->objectName()), started, shown, *std::max_element(stalls.begin(), stalls.end()),
            *std::max_element(busy.begin(), busy.end()));
    }
    window.receiver().stopAll();
}
