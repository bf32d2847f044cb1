// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, run by hand (see README.md): the referral directory with 5,000 contacts in the window — how long the
// GUI thread is busy opening it and applying each filter — and posters of all twelve demo rooms: the PDF written,
// and the designer's preview drawn after a change. Prints one line per figure:
//   cmake --build --preset dev --target tsunagu_directory_bench && build/dev/tests/bench/tsunagu_directory_bench
#include "TempProfile.h"
#include "UiFixture.h"
#include "areas/ContactsArea.h"
#include "areas/PostersArea.h"
#include "documents/PosterPdf.h"
#include "documents/PosterRoomText.h"
#include "models/ContactTableModel.h"
#include "storage/ContactRepository.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace tsunagu;

namespace {

void report(const char* what, QVector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    std::printf("%-52s median %7.1f ms   worst %7.1f ms   (%d runs)\n", what, ms.at(ms.size() / 2), ms.last(),
                int(ms.size()));
}

template <typename F>
double timed(F&& f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

// A Catch2 case so that it runs under the suite's own main (the Qt application, offscreen); this executable is
// built on request only and is not a test.
TEST_CASE("directory and poster benchmark", "[bench]")
{
    const int rounds = 7;
    test::UiFixture fixture;
    ui::UiServices& services = fixture.services();

    // 5,000 contacts of every kind in 47 prefectures, with rooms.
    auto rooms = services.rooms.all();
    QVector<Contact> many;
    const QStringList prefectures{QStringLiteral("北海道"), QStringLiteral("東京都"), QStringLiteral("大阪府"),
                                  QStringLiteral("福岡県"), QStringLiteral("愛知県")};
    for (int i = 0; i < 5000; ++i) {
        Contact c;
        c.organisation = QStringLiteral("架空クリニック%1").arg(i);
        c.kind = ContactKind(i % 13);
        c.region = prefectures.at(i % prefectures.size());
        c.city = QStringLiteral("架空市%1").arg(i % 97);
        c.person = QStringLiteral("担当%1").arg(i);
        c.roleNotes = QStringLiteral("依存症の相談窓口でルームを案内してくださっています。");
        c.lastContactOn = QDate(2026, 1, 1).addDays(i % 330);
        c.roomIds = {rooms->at(i % rooms->size()).id};
        many.append(c);
    }
    const double inserted = timed([&] { (void)services.contacts.insertAll(many); });
    std::printf("stored 5,000 contacts in one transaction: %.0f ms\n", inserted);

    QVector<double> query;
    for (int i = 0; i < rounds; ++i)
        query.append(timed([&] { (void)services.contacts.all(); }));
    report("directory: the query alone (5,013 rows)", query);

    ui::ContactsArea area(services);
    area.resize(1400, 900);
    area.show();
    // Read on a worker thread: the GUI thread is busy twice, starting the load and showing its rows.
    QSignalSpy loaded(&area, &ui::ContactsArea::loaded);
    QVector<double> start;
    QVector<double> apply;
    QVector<double> whole;
    for (int i = 0; i < rounds; ++i) {
        loaded.clear();
        QElapsedTimer timer;
        timer.start();
        start.append(timed([&] { area.refresh(); }));
        REQUIRE(loaded.wait(10000));
        whole.append(double(timer.nsecsElapsed()) / 1e6);
        apply.append(area.lastApplyMs());
    }
    report("directory of 5,013 contacts: load started (GUI thread)", start);
    report("directory: rows shown (GUI thread)", apply);
    report("directory: from opening to rows on screen", whole);
    auto* view = area.findChild<QTableView*>(QStringLiteral("contactsView"));
    auto* search = area.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* stale = area.findChild<QCheckBox*>(QStringLiteral("staleCheck"));
    auto* kind = area.findChild<QComboBox*>(QStringLiteral("kindFilterCombo"));
    QVector<double> typing;
    QVector<double> filters;
    for (int i = 0; i < rounds; ++i) {
        search->clear();
        for (const QString& text : {QStringLiteral("架"), QStringLiteral("架空"), QStringLiteral("架空ク"),
                                    QStringLiteral("架空クリニック12")})
            typing.append(timed([&] { search->setText(text); }));
        search->clear();
        filters.append(timed([&] { stale->setChecked(true); }));
        filters.append(timed([&] { kind->setCurrentIndex(2); }));
        filters.append(timed([&] { kind->setCurrentIndex(0); }));
        filters.append(timed([&] { stale->setChecked(false); }));
    }
    std::printf("rows shown after the last filter: %d\n", view->model()->rowCount());
    report("directory: one keystroke in search (GUI thread)", typing);
    report("directory: kind / 6-month filter toggled (GUI thread)", filters);

    // Twelve rooms on a poster: the demo's rooms, paused ones included, A3 with tear-off strips.
    PosterSpec spec;
    spec.size = PaperSize::A3;
    spec.title = PosterSpec::defaultTitle();
    spec.lead = PosterSpec::defaultLead();
    spec.tearOff = true;
    spec.version = QStringLiteral("2026年12月版");
    for (const Room& room : rooms.value())
        spec.rooms.append(PosterRoomText::from(room));
    std::printf("rooms on the poster: %d\n", int(spec.rooms.size()));
    QTemporaryDir dir;
    QVector<double> pdf;
    for (int i = 0; i < rounds; ++i)
        pdf.append(timed([&] { (void)PosterPdf::write(dir.filePath(QStringLiteral("p.pdf")), spec); }));
    report("poster PDF, 12 rooms, A3, tear-off", pdf);
    spec.size = PaperSize::A4;
    spec.tearOff = false;
    QVector<double> pdfA4;
    for (int i = 0; i < rounds; ++i)
        pdfA4.append(timed([&] { (void)PosterPdf::write(dir.filePath(QStringLiteral("p.pdf")), spec); }));
    report("poster PDF, 12 rooms, A4", pdfA4);

    // The designer: from a change (a letter typed in the title) to the new preview on screen.
    ui::PostersArea posters(services);
    posters.resize(1400, 900);
    posters.show();
    posters.refresh();
    QSignalSpy shown(&posters, &ui::PostersArea::previewShown);
    shown.wait(5000);
    auto* title = posters.findChild<QLineEdit*>(QStringLiteral("titleEdit"));
    QVector<double> preview;
    for (int i = 0; i < rounds * 2; ++i) {
        shown.clear();
        QElapsedTimer timer;
        timer.start();
        title->setText(title->text() + QStringLiteral("。"));
        REQUIRE(shown.wait(5000));
        preview.append(timer.nsecsElapsed() / 1e6);
    }
    report("designer: change to preview shown (12 rooms, A4)", preview);
}
