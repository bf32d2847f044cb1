// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, run by hand (see README.md): how long the window's GUI thread stops answering while the window
// receives 10,000 mails from a real Dovecot (as the sync benchmark does) and then imports 1,000 .eml files. A timer
// on the GUI thread ticks every 10 ms; a tick that comes late is a stall of that many milliseconds beyond its
// interval. Target: the longest stall ≤ 50 ms.
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

using namespace tsunagu;

namespace {

// Records how late each tick of a fast timer on the GUI thread comes.
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
            m_stalls.append(std::max(0.0, gap - s_intervalMs));
        });
    }
    void start()
    {
        m_stalls.clear();
        m_clock.start();
        m_timer.start();
    }
    QVector<double> stop()
    {
        m_timer.stop();
        return m_stalls;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    QVector<double> m_stalls;
};

void report(const char* phase, double seconds, QVector<double> stalls)
{
    std::sort(stalls.begin(), stalls.end());
    const auto over = std::count_if(stalls.begin(), stalls.end(), [](double ms) { return ms > 50; });
    const auto at = [&](double share) {
        return stalls.at(std::min<int>(int(stalls.size() * share), stalls.size() - 1));
    };
    std::printf("%-34s %7.2f s   longest stall %6.1f ms   p99 %5.1f ms   p50 %4.1f ms   over 50 ms: %d of %d ticks\n",
                phase, seconds, stalls.last(), at(0.99), at(0.5), int(over), int(stalls.size()));
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
    report("receiving (sync, read, lists)", phase.nsecsElapsed() / 1e9 - 1.5, meter.stop());

    QSignalSpy imported(&window.importer(), &ui::MailImporter::finished);
    meter.start();
    phase.start();
    window.importFiles(paths);
    REQUIRE(imported.wait(600000));
    QTest::qWait(1500);
    report("importing files (with lists)", phase.nsecsElapsed() / 1e9 - 1.5, meter.stop());
    const auto report = imported.first().first().value<FileImportReport>();
    CHECK(report.newApplicants == files);

    // What each area's reload costs the GUI thread now, with every mail in (the lists then read on their worker).
    for (ui::AreaWidget* area : window.findChildren<ui::AreaWidget*>()) {
        QElapsedTimer timer;
        timer.start();
        area->refresh();
        std::printf("  reload of %-28s %7.1f ms on the GUI thread\n", qPrintable(area->objectName()),
                    timer.nsecsElapsed() / 1e6);
    }
    window.receiver().stopAll();
}
