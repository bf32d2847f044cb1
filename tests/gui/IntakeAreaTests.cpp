// SPDX-License-Identifier: GPL-3.0-or-later
// Importing mail in the main window: File → Import, the application's details, its raw source, 未分類.
#include "MailSamples.h"
#include "MainWindow.h"
#include "UiFixture.h"
#include "models/ApplicantTableModel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDialog>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace tsunagu;
using tsunagu::test::LanguageGuard;
using tsunagu::test::UiFixture;

namespace {

QString writeMail(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

int rowNamed(const QAbstractItemModel* model, const QString& name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ui::ApplicantTableModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

template <typename T>
T* child(QWidget& window, const char* name)
{
    auto* found = window.findChild<T*>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("an imported application appears in intake with its form and its source", "[gui][intake]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    QTemporaryDir dir;
    const QString mail =
        writeMail(dir, QStringLiteral("application.eml"),
                  test::formMail(QStringLiteral("ルームE 参加申し込み"),
                                 test::applicationBody(QStringLiteral("こもも"), QStringLiteral("komomo@example.org"),
                                                       QStringLiteral("【好きな季節】春\n")),
                                 "gui-1@forms.example.org"));
    ui::MainWindow window(fixture.services());
    window.show();
    auto* waiting = child<QTableView>(window, "waitingApplicantsView");
    REQUIRE(waiting->model()->rowCount() == 6);

    fixture.prompter().mailFiles = {mail, dir.filePath(QStringLiteral("missing.eml"))};
    child<QAction>(window, "importAction")->trigger();

    // The host is told what came in, and what did not, in Japanese.
    REQUIRE(fixture.prompter().told.size() == 1);
    const QString told = fixture.prompter().told.first();
    CHECK(told.contains(QStringLiteral("1")));
    CHECK(told.contains(QStringLiteral("missing.eml")));
    CHECK_FALSE(told.contains(QStringLiteral("Imported")));

    REQUIRE(waiting->model()->rowCount() == 7);
    const int row = rowNamed(waiting->model(), QStringLiteral("こもも"));
    REQUIRE(row >= 0);
    CHECK(waiting->model()->index(row, ui::ApplicantTableModel::RoomColumn).data().toString() == QStringLiteral("E"));
    CHECK(waiting->model()->index(row, ui::ApplicantTableModel::WaitingColumn).data().toString() ==
          QStringLiteral("0日"));

    waiting->selectRow(row);
    auto* fields = child<QTableView>(window, "fieldsView");
    QStringList labels;
    for (int r = 0; r < fields->model()->rowCount(); ++r)
        labels << fields->model()->index(r, 0).data().toString();
    CHECK(labels.contains(QStringLiteral("自己紹介")));
    // A label Tsunagu does not know is kept, not dropped.
    CHECK(labels.contains(QStringLiteral("好きな季節")));
    CHECK(child<QPlainTextEdit>(window, "originalTextEdit")->toPlainText().contains(QStringLiteral("はじめまして")));

    auto* source = child<QPushButton>(window, "sourceButton");
    REQUIRE(source->isEnabled());
    source->click();
    auto* dialog = window.findChild<QDialog*>(QStringLiteral("sourceDialog"));
    REQUIRE(dialog);
    CHECK(dialog->findChild<QPlainTextEdit*>(QStringLiteral("sourceEdit"))
              ->toPlainText()
              .contains(QStringLiteral("Message-ID: <gui-1@forms.example.org>")));
    dialog->close();

    // Importing the same file again changes nothing.
    fixture.prompter().mailFiles = {mail};
    child<QAction>(window, "importAction")->trigger();
    CHECK(waiting->model()->rowCount() == 7);
}

TEST_CASE("a letter goes to 未分類, and the host can make it an applicant", "[gui][intake]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    QTemporaryDir dir;
    const QString letter =
        writeMail(dir, QStringLiteral("letter.eml"),
                  test::letterMail(QStringLiteral("参加したいです"),
                                   QStringLiteral("はじめまして。Room Dに参加したいです。よろしくお願いします。"),
                                   "Hikari <hikari@example.org>", "letter-1@example.org"));
    ui::MainWindow window(fixture.services());
    window.show();
    fixture.prompter().mailFiles = {letter};
    child<QAction>(window, "importAction")->trigger();

    // The demo holds two letters already; the new one is the newest, on top.
    auto* tabs = child<QTabWidget>(window, "intakeTabs");
    CHECK(tabs->tabText(1).contains(QStringLiteral("(3)")));
    auto* unclassified = child<QTableView>(window, "unclassifiedView");
    REQUIRE(unclassified->model()->rowCount() == 3);
    auto* make = child<QPushButton>(window, "unclassifiedViewMakeApplicantButton");
    CHECK_FALSE(make->isEnabled());
    unclassified->selectRow(0);
    CHECK(child<QPlainTextEdit>(window, "unclassifiedViewPreview")
              ->toPlainText()
              .contains(QStringLiteral("Room Dに参加したい")));
    REQUIRE(make->isEnabled());
    make->click();

    CHECK(unclassified->model()->rowCount() == 2);
    CHECK(tabs->tabText(1).contains(QStringLiteral("(2)")));
    auto* waiting = child<QTableView>(window, "waitingApplicantsView");
    CHECK(waiting->model()->rowCount() == 7);
    // The display name of a mail is often a real name: it is not taken as the anonymous name.
    CHECK(rowNamed(waiting->model(), QStringLiteral("Hikari")) == -1);
    CHECK(rowNamed(waiting->model(), QStringLiteral("(名前なし)")) >= 0);
}

TEST_CASE("mail files dropped on 受付 are imported", "[gui][intake]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    QTemporaryDir dir;
    const QString mail =
        writeMail(dir, QStringLiteral("dropped.eml"),
                  test::formMail(QStringLiteral("ルームK 参加申し込み"),
                                 test::applicationBody(QStringLiteral("しずか"), QStringLiteral("shizuka@example.org")),
                                 "drop-1@forms.example.org"));
    ui::MainWindow window(fixture.services());
    window.show();
    auto* area = child<QWidget>(window, "intakeArea");
    auto* waiting = child<QTableView>(window, "waitingApplicantsView");
    REQUIRE(waiting->model()->rowCount() == 6);

    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(mail)});
    const QPoint centre = area->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(area, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(area, &drop);

    CHECK(waiting->model()->rowCount() == 7);
    CHECK(rowNamed(waiting->model(), QStringLiteral("しずか")) >= 0);
    REQUIRE(fixture.prompter().told.size() == 1);
    CHECK(fixture.prompter().told.first().contains(QStringLiteral("取り込み")));
}
