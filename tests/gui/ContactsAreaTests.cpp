// SPDX-License-Identifier: GPL-3.0-or-later
// 連携先: the referral directory driven by object names on the demo profile — filters, the contact editor, a contact
// made or a poster delivered in two clicks, a contact's page with its history and the applicants it sent, CSV in
// and out.
#include "UiFixture.h"
#include "areas/ContactPage.h"
#include "areas/ContactsArea.h"
#include "dialogs/ContactDialog.h"
#include "models/ContactTableModel.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace tsunagu;
using tsunagu::test::LanguageGuard;
using tsunagu::test::UiFixture;

namespace {

using test::child;

int rowOf(QTableView* view, const QString& organisation)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, ui::ContactTableModel::OrganisationColumn).data().toString() == organisation)
            return row;
    }
    return -1;
}

void choose(QTableView* view, const QString& organisation)
{
    const int row = rowOf(view, organisation);
    REQUIRE(row >= 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(row, 0)).center());
    REQUIRE(view->selectionModel()->selectedRows().size() == 1);
}

QString cell(QTableView* view, const QString& organisation, int column)
{
    const int row = rowOf(view, organisation);
    REQUIRE(row >= 0);
    return view->model()->index(row, column).data().toString();
}

ui::ContactDialog* openDialog(QWidget* area)
{
    ui::ContactDialog* dialog = nullptr;
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* d = qobject_cast<ui::ContactDialog*>(w); d && d->isVisible())
            dialog = d;
    }
    if (!dialog)
        dialog = area->findChild<ui::ContactDialog*>();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    return dialog;
}

} // namespace

TEST_CASE("the directory filters by kind, region, room, silence and posters", "[gui][contacts]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    ui::ContactsArea area(fixture.services());
    area.show();
    area.refresh();
    test::waitForLists(area); // read on a worker thread
    auto* view = child<QTableView>(&area, "contactsView");
    CHECK(view->model()->rowCount() == 13);

    auto* kind = child<QComboBox>(&area, "kindFilterCombo");
    kind->setCurrentIndex(kind->findData(QStringLiteral("probation_office")));
    CHECK(view->model()->rowCount() == 1);
    kind->setCurrentIndex(0);
    child<QLineEdit>(&area, "regionFilterEdit")->setText(QStringLiteral("大阪"));
    CHECK(view->model()->rowCount() == 2);
    child<QLineEdit>(&area, "regionFilterEdit")->clear();
    auto* room = child<QComboBox>(&area, "roomFilterCombo");
    room->setCurrentIndex(room->findText(QStringLiteral("G")));
    CHECK(view->model()->rowCount() == 3);
    room->setCurrentIndex(0);
    child<QCheckBox>(&area, "staleCheck")->setChecked(true);
    CHECK(view->model()->rowCount() == 3);
    CHECK(rowOf(view, QStringLiteral("つなぎ場カフェ")) >= 0); // never contacted
    child<QCheckBox>(&area, "staleCheck")->setChecked(false);
    child<QCheckBox>(&area, "noPosterCheck")->setChecked(true);
    CHECK(view->model()->rowCount() == 8);
    child<QCheckBox>(&area, "noPosterCheck")->setChecked(false);
    child<QLineEdit>(&area, "searchEdit")->setText(QStringLiteral("ほしぞら"));
    CHECK(view->model()->rowCount() == 1);
}

TEST_CASE("the host adds, edits and removes a contact", "[gui][contacts]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    ui::ContactsArea area(fixture.services());
    area.show();
    area.refresh();
    test::waitForLists(area); // read on a worker thread
    auto* view = child<QTableView>(&area, "contactsView");

    QTest::mouseClick(child<QPushButton>(&area, "addContactButton"), Qt::LeftButton);
    ui::ContactDialog* dialog = openDialog(&area);
    auto* save = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save);
    CHECK_FALSE(save->isEnabled()); // an organisation is required
    child<QLineEdit>(dialog, "organisationEdit")->setText(QStringLiteral("あさひ台病院"));
    CHECK(save->isEnabled());
    auto* kind = child<QComboBox>(dialog, "kindCombo");
    kind->setCurrentIndex(kind->findData(QStringLiteral("hospital")));
    child<QLineEdit>(dialog, "regionEdit")->setText(QStringLiteral("岡山県"));
    child<QLineEdit>(dialog, "personEdit")->setText(QStringLiteral("原田"));
    child<QLineEdit>(dialog, "codeEdit")->setText(QStringLiteral("MD01")); // already the clinic's code
    auto* rooms = child<QListWidget>(dialog, "roomsList");
    rooms->findItems(QStringLiteral("D"), Qt::MatchExactly).first()->setCheckState(Qt::Checked);
    QTest::mouseClick(save, Qt::LeftButton);
    // The code belongs to another contact: the dialog stays, says why, and keeps what was typed.
    CHECK(dialog->isVisible());
    auto* error = child<QLabel>(dialog, "errorLabel");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("MD01")));
    CHECK(view->model()->rowCount() == 13);
    child<QLineEdit>(dialog, "codeEdit")->setText(QStringLiteral("AH01"));
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK_FALSE(dialog->isVisible());
    test::waitForLists(area);
    CHECK(view->model()->rowCount() == 14);
    CHECK(cell(view, QStringLiteral("あさひ台病院"), ui::ContactTableModel::KindColumn) == QStringLiteral("病院"));
    CHECK(cell(view, QStringLiteral("あさひ台病院"), ui::ContactTableModel::RoomsColumn) == QStringLiteral("D"));
    // The new contact is chosen and its page shows it.
    CHECK(child<QLabel>(&area, "summaryLabel")->text().contains(QStringLiteral("あさひ台病院")));

    QTest::mouseClick(child<QPushButton>(&area, "editContactButton"), Qt::LeftButton);
    dialog = openDialog(&area);
    CHECK(child<QLineEdit>(dialog, "personEdit")->text() == QStringLiteral("原田"));
    child<QLineEdit>(dialog, "personEdit")->setText(QStringLiteral("原田 (退職)"));
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
    test::waitForLists(area);
    CHECK(cell(view, QStringLiteral("あさひ台病院"), ui::ContactTableModel::PersonColumn) ==
          QStringLiteral("原田 (退職)"));

    fixture.prompter().confirmAnswer = false;
    QTest::mouseClick(child<QPushButton>(&area, "removeContactButton"), Qt::LeftButton);
    CHECK(fixture.prompter().asked.size() == 1);
    CHECK(view->model()->rowCount() == 14); // the host said no
    fixture.prompter().confirmAnswer = true;
    QTest::mouseClick(child<QPushButton>(&area, "removeContactButton"), Qt::LeftButton);
    test::waitForLists(area);
    CHECK(view->model()->rowCount() == 13);
    CHECK(rowOf(view, QStringLiteral("あさひ台病院")) < 0);
}

TEST_CASE("a contact made and a poster delivered take two clicks and show in the history", "[gui][contacts]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    ui::ContactsArea area(fixture.services());
    area.show();
    area.refresh();
    test::waitForLists(area); // read on a worker thread
    auto* view = child<QTableView>(&area, "contactsView");
    const QString clinic = QStringLiteral("さくら通りこころのクリニック"); // 210 days without contact, no poster
    auto* history = child<QTreeWidget>(&area, "historyList");

    choose(view, clinic); // click 1
    CHECK(history->topLevelItemCount() == 0);
    QTest::mouseClick(child<QToolButton>(&area, "recordContactButton"), Qt::LeftButton); // click 2
    test::waitForLists(area);
    REQUIRE(history->topLevelItemCount() == 1);
    CHECK(history->topLevelItem(0)->text(1).contains(QStringLiteral("電話")));
    CHECK(cell(view, clinic, ui::ContactTableModel::LastContactColumn).contains(QStringLiteral("2026年11月22日")));
    child<QCheckBox>(&area, "staleCheck")->setChecked(true);
    CHECK(rowOf(view, clinic) < 0); // no longer silent
    child<QCheckBox>(&area, "staleCheck")->setChecked(false);

    choose(view, clinic);
    QTest::mouseClick(child<QToolButton>(&area, "recordPosterButton"), Qt::LeftButton);
    test::waitForLists(area);
    REQUIRE(history->topLevelItemCount() == 2);
    const auto posters = history->findItems(QStringLiteral("ポスター"), Qt::MatchContains, 1);
    REQUIRE(posters.size() == 1);
    CHECK(posters.first()->text(0).contains(QStringLiteral("2026年11月22日")));
    CHECK(cell(view, clinic, ui::ContactTableModel::PostersColumn) == QStringLiteral("1"));

    // A wrong entry can be taken back.
    history->setCurrentItem(posters.first());
    QTest::mouseClick(child<QPushButton>(&area, "removeHistoryButton"), Qt::LeftButton);
    test::waitForLists(area);
    CHECK(history->topLevelItemCount() == 1);
    CHECK(cell(view, clinic, ui::ContactTableModel::PostersColumn) == QStringLiteral("0"));
}

TEST_CASE("applicants who name a contact are linked, and the host confirms or rejects", "[gui][contacts]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    auto rooms = fixture.services().rooms.all();
    REQUIRE(rooms.ok());
    Applicant a;
    a.roomId = rooms->first().id;
    a.anonymousName = QStringLiteral("こはる");
    a.replyAddress = QStringLiteral("koharu@example.org");
    a.receivedAt = test::testNow();
    a.referralSource = QStringLiteral("病院の待合室のポスター(KM02)");
    REQUIRE(fixture.services().applicants.insert(a).ok());

    ui::ContactsArea area(fixture.services());
    area.show();
    area.refresh();
    test::waitForLists(area); // read on a worker thread
    auto* view = child<QTableView>(&area, "contactsView");
    const QString hospital = QStringLiteral("かもめ医療センター 精神科");
    CHECK(cell(view, hospital, ui::ContactTableModel::ReferredColumn).contains(QStringLiteral("1")));
    choose(view, hospital);
    auto* referred = child<QTreeWidget>(&area, "referredList");
    REQUIRE(referred->topLevelItemCount() == 1);
    CHECK(referred->topLevelItem(0)->text(1) == QStringLiteral("こはる"));
    CHECK(referred->topLevelItem(0)->text(3).contains(QStringLiteral("KM02")));
    referred->setCurrentItem(referred->topLevelItem(0));
    auto* confirm = child<QPushButton>(&area, "confirmLinkButton");
    REQUIRE(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    test::waitForLists(area);
    REQUIRE(referred->topLevelItemCount() == 1);
    CHECK(referred->topLevelItem(0)->text(4) == ui::ContactPage::tr("confirmed"));
    referred->setCurrentItem(referred->topLevelItem(0));
    QTest::mouseClick(child<QPushButton>(&area, "rejectLinkButton"), Qt::LeftButton);
    test::waitForLists(area);
    CHECK(referred->topLevelItemCount() == 0);
}

TEST_CASE("the directory goes out as CSV and a Shift_JIS spreadsheet comes in", "[gui][contacts][csv]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    ui::ContactsArea area(fixture.services());
    area.show();
    area.refresh();
    test::waitForLists(area); // read on a worker thread
    auto* view = child<QTableView>(&area, "contactsView");
    QTemporaryDir dir;

    fixture.prompter().saveFile = dir.filePath(QStringLiteral("contacts.csv"));
    QTest::mouseClick(child<QPushButton>(&area, "exportCsvButton"), Qt::LeftButton);
    QFile written(fixture.prompter().saveFile);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll().startsWith("\xEF\xBB\xBF"));

    const QString sjis = dir.filePath(QStringLiteral("old-excel.csv"));
    QFile file(sjis);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QStringEncoder toSjis("Shift_JIS");
    file.write(toSjis.encode(QStringLiteral("機関名,種類,地域,ＦＡＸ\r\nあさひ台病院,病院,岡山県,086-000-0001\r\n"
                                            "しおかぜ家族会,家族会,北海道,\r\n")));
    file.close();
    fixture.prompter().openFile = sjis;
    QTest::mouseClick(child<QPushButton>(&area, "importCsvButton"), Qt::LeftButton);
    // Parsed off the GUI thread: the summary arrives when it is done.
    QTRY_VERIFY_WITH_TIMEOUT(!fixture.prompter().told.isEmpty(), 10000);
    test::waitForLists(area);
    const QString summary = fixture.prompter().told.last();
    INFO(summary.toStdString());
    CHECK(summary.contains(QStringLiteral("Shift_JIS")));
    CHECK(summary.contains(QStringLiteral("ＦＡＸ")));
    CHECK(view->model()->rowCount() == 14); // the family association was there already
    CHECK(rowOf(view, QStringLiteral("あさひ台病院")) >= 0);
    CHECK(area.isEnabled());
}

TEST_CASE("a large directory is read on a worker thread and shown when it arrives", "[gui][contacts]")
{
    constexpr int contacts = 500;
    UiFixture fixture;
    QVector<Contact> many;
    for (int i = 0; i < contacts; ++i) {
        Contact c;
        c.organisation = QStringLiteral("架空クリニック%1").arg(i);
        c.kind = ContactKind::Clinic;
        c.region = QStringLiteral("大阪府");
        many.append(c);
    }
    REQUIRE(fixture.services().contacts.insertAll(many).ok());
    ui::ContactsArea area(fixture.services());
    area.show();
    QSignalSpy loaded(&area, &ui::ContactsArea::loaded);
    area.refresh();
    CHECK(area.isLoading()); // the rows come later
    REQUIRE(loaded.wait(20000));
    auto* view = child<QTableView>(&area, "contactsView");
    CHECK(view->model()->rowCount() == contacts + 13);
    child<QLineEdit>(&area, "searchEdit")->setText(QStringLiteral("架空クリニック42"));
    CHECK(view->model()->rowCount() == 11); // 42 and 420 to 429
}

TEST_CASE("reloads of the directory asked for while it is read are read once more, not each", "[gui][contacts]")
{
    UiFixture fixture;
    ui::ContactsArea area(fixture.services());
    area.show();
    area.refresh();
    test::waitForLists(area);
    auto* view = child<QTableView>(&area, "contactsView");
    REQUIRE(view->model()->rowCount() == 13);
    const int before = area.loadsStarted();

    Contact added;
    added.organisation = QStringLiteral("みなと町保健センター");
    added.kind = ContactKind::HealthCentre;
    REQUIRE(fixture.services().contacts.insert(added).ok());
    for (int i = 0; i < 30; ++i)
        area.refresh();
    CHECK(area.isLoading());
    test::waitForLists(area);
    CHECK(area.loadsStarted() - before <= 2);
    CHECK(view->model()->rowCount() == 14);
}

TEST_CASE("in a sealed profile the directory shows and finds the phones, e-mails and notes as before",
          "[gui][contacts][seal]")
{
    ProfileUnlock unlock;
    unlock.seal = true;
    unlock.keyInMemoryOnly = true;
    UiFixture fixture(unlock);
    REQUIRE(fixture.database().sealer() != nullptr);
    LanguageGuard japanese(QStringLiteral("ja"));
    ui::ContactsArea area(fixture.services());
    area.show();
    area.refresh();
    test::waitForLists(area); // read on a worker thread
    auto* view = child<QTableView>(&area, "contactsView");
    const QString clinic = QStringLiteral("みどり台アルコール専門クリニック");
    CHECK(cell(view, clinic, ui::ContactTableModel::PhoneColumn) == QStringLiteral("03-0000-0101"));
    CHECK(cell(view, clinic, ui::ContactTableModel::EmailColumn) == QStringLiteral("info@midoridai-clinic.example.jp"));

    // The contact's page: the direct line and address, and what was said at the last visit.
    choose(view, clinic);
    const QString summary = child<QLabel>(&area, "summaryLabel")->text();
    CHECK(summary.contains(QStringLiteral("03-0000-0101")));
    CHECK(summary.contains(QStringLiteral("info@midoridai-clinic.example.jp")));
    auto* history = child<QTreeWidget>(&area, "historyList");
    CHECK_FALSE(history->findItems(QStringLiteral("待合室のポスターを貼り替え"), Qt::MatchContains, 1).isEmpty());

    // A new contact typed in the editor is stored sealed and shown as typed.
    QTest::mouseClick(child<QPushButton>(&area, "addContactButton"), Qt::LeftButton);
    ui::ContactDialog* dialog = openDialog(&area);
    child<QLineEdit>(dialog, "organisationEdit")->setText(QStringLiteral("あさひ台病院"));
    child<QLineEdit>(dialog, "phoneEdit")->setText(QStringLiteral("086-000-2626"));
    child<QLineEdit>(dialog, "emailEdit")->setText(QStringLiteral("renkei@asahidai.example.jp"));
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
    CHECK_FALSE(dialog->isVisible());
    test::waitForLists(area);
    CHECK(cell(view, QStringLiteral("あさひ台病院"), ui::ContactTableModel::PhoneColumn) ==
          QStringLiteral("086-000-2626"));
    CHECK(cell(view, QStringLiteral("あさひ台病院"), ui::ContactTableModel::EmailColumn) ==
          QStringLiteral("renkei@asahidai.example.jp"));
    QSqlQuery raw(fixture.database().connection());
    REQUIRE(
        raw.exec(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE phone LIKE '%2626%' OR email LIKE '%renkei%'")));
    REQUIRE(raw.next());
    CHECK(raw.value(0).toInt() == 0);

    // The search finds what it found before: an organisation, and a sealed note of a contact.
    auto* search = child<QLineEdit>(&area, "searchEdit");
    search->setText(QStringLiteral("あさひ台"));
    test::waitForLists(area);
    CHECK(view->model()->rowCount() == 1);
    CHECK(rowOf(view, QStringLiteral("あさひ台病院")) == 0);
    search->setText(QStringLiteral("ポスター掲示に協力"));
    test::waitForLists(area);
    CHECK(view->model()->rowCount() == 1);
    CHECK(rowOf(view, clinic) == 0);
    search->clear();
    test::waitForLists(area);
    CHECK(view->model()->rowCount() == 14);
}
