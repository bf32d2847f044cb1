// SPDX-License-Identifier: GPL-3.0-or-later
// 設定 → メールアカウント driven through its real widgets: the Gmail preset fills the server and explains app
// passwords, the account appears in the list with its rooms, rooms are edited, Outlook and an unencrypted
// connection to another computer are refused in the dialog with the reason, and removing asks first.
#include "MainWindow.h"
#include "OAuthServer.h"
#include "UiFixture.h"
#include "dialogs/MailAccountDialog.h"
#include "models/MailAccountTableModel.h"
#include "oauth/OAuthTokens.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace tsunagu;
using test::UiFixture;

namespace {

using test::child;

// The window on 設定 → メールアカウント, reached by clicking as a host would.
struct AccountsScreen
{
    UiFixture& fixture;
    ui::MainWindow window{fixture.services()};
    QWidget* page = nullptr;

    explicit AccountsScreen(UiFixture& f)
        : fixture(f)
    {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto* navigation = child<QListWidget>(&window, "navigationList");
        const QRect rect = navigation->visualItemRect(navigation->item(ui::MainWindow::Settings));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
        auto* tabs = child<QTabWidget>(&window, "settingsTabs");
        page = child<QWidget>(&window, "mailAccountsPage");
        tabs->setCurrentWidget(page);
        REQUIRE(page->isVisible());
    }

    QTableView* view() { return child<QTableView>(page, "mailAccountsView"); }

    ui::MailAccountDialog* openAdd()
    {
        QTest::mouseClick(child<QPushButton>(page, "addAccountButton"), Qt::LeftButton);
        auto* dialog = child<ui::MailAccountDialog>(page, "mailAccountDialog");
        REQUIRE(dialog->isVisible());
        return dialog;
    }

    void choosePreset(ui::MailAccountDialog* dialog, MailProvider provider)
    {
        auto* preset = child<QComboBox>(dialog, "presetCombo");
        const int index = preset->findData(int(provider));
        REQUIRE(index >= 0);
        preset->setCurrentIndex(index);
    }

    static void type(QWidget* dialog, const char* name, const QString& text)
    {
        auto* edit = child<QLineEdit>(dialog, name);
        // keyClicks only types Latin-1; Japanese names are set the way an input method commits them.
        edit->setText(text);
    }

    static void checkRoom(QWidget* dialog, const QString& code, bool checked)
    {
        auto* rooms = child<QListWidget>(dialog, "roomsList");
        for (int i = 0; i < rooms->count(); ++i) {
            if (rooms->item(i)->data(Qt::UserRole).toString() == code) {
                rooms->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
                return;
            }
        }
        FAIL("no room " << code.toStdString() << " in the list");
    }

    static void save(QWidget* dialog) { QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton); }
};

// Stands in for the system browser: QDesktopServices hands it the address instead of opening one.
class BrowserStandIn : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl& url) { opened.append(url); }
};

} // namespace

TEST_CASE("a Gmail account is added with its preset, listed with its rooms, and the host hears the password is only "
          "kept for this session",
          "[gui][accounts]")
{
    UiFixture fixture;
    test::LanguageGuard japanese(QStringLiteral("ja"));
    fixture.keychain().failWith = SecretError::Unavailable; // no keychain on this computer
    AccountsScreen screen(fixture);
    // Watches the model from before the save, so the insertion the save causes is checked as it happens.
    QAbstractItemModelTester tester(screen.view()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(screen.view()->model()->rowCount() == 0);

    QPointer<ui::MailAccountDialog> dialog = screen.openAdd();
    screen.choosePreset(dialog, MailProvider::Gmail);
    CHECK(child<QLineEdit>(dialog, "hostEdit")->text() == QStringLiteral("imap.gmail.com"));
    CHECK(child<QSpinBox>(dialog, "portSpin")->value() == 993);
    CHECK(child<QComboBox>(dialog, "securityCombo")->currentData().toInt() == int(MailSecurity::Tls));
    const QString note = child<QLabel>(dialog, "presetNoteLabel")->text();
    CHECK(note.contains(QStringLiteral("2 段階認証プロセス")));
    CHECK(note.contains(QStringLiteral("アプリ パスワード")));
    CHECK(child<QLineEdit>(dialog, "folderEdit")->text() == QStringLiteral("INBOX"));

    screen.type(dialog, "accountNameEdit", QStringLiteral("ルームD 受付"));
    screen.type(dialog, "userEdit", QStringLiteral("room-d@example.org"));
    screen.type(dialog, "passwordEdit", QStringLiteral("abcd efgh ijkl mnop"));
    screen.checkRoom(dialog, QStringLiteral("D"), true);
    screen.checkRoom(dialog, QStringLiteral("DA"), true);
    screen.save(dialog);
    REQUIRE(QTest::qWaitFor([&] { return dialog.isNull() || !dialog->isVisible(); }, 5000));

    REQUIRE(screen.view()->model()->rowCount() == 1);
    const QAbstractItemModel* model = screen.view()->model();
    CHECK(model->index(0, ui::MailAccountTableModel::NameColumn).data().toString() == QStringLiteral("ルームD 受付"));
    CHECK(model->index(0, ui::MailAccountTableModel::ServerColumn).data().toString() ==
          QStringLiteral("imap.gmail.com:993"));
    CHECK(model->index(0, ui::MailAccountTableModel::RoomsColumn).data().toString().contains(QStringLiteral("DA")));

    auto stored = fixture.mailAccounts().byName(QStringLiteral("ルームD 受付"));
    REQUIRE(stored.ok());
    CHECK(stored->provider == MailProvider::Gmail);
    CHECK(stored->userName == QStringLiteral("room-d@example.org"));
    CHECK(fixture.mailAccounts().roomCodes(stored->id).value() ==
          QStringList{QStringLiteral("D"), QStringLiteral("DA")});

    // The password went to the session fallback, and the host is told so, in words.
    auto* passwordNote = child<QLabel>(screen.page, "passwordNoteLabel");
    REQUIRE(QTest::qWaitFor([&] { return !passwordNote->text().isEmpty(); }, 5000));
    CHECK(passwordNote->text().contains(QStringLiteral("つなぐを閉じるまで")));
    CHECK(fixture.secrets().isSessionOnly(stored->secretKey));
    REQUIRE(fixture.prompter().told.size() == 1);
    CHECK(fixture.prompter().told.first().contains(QStringLiteral("キーチェーン")));
}

TEST_CASE("the rooms of an account are edited in its dialog, and a working keychain keeps the password",
          "[gui][accounts]")
{
    UiFixture fixture;
    MailAccount account = presetAccount(MailProvider::Gmail);
    account.name = QStringLiteral("受付");
    account.userName = QStringLiteral("room@example.org");
    auto id = fixture.mailAccounts().save(account, {QStringLiteral("D")});
    REQUIRE(id.ok());
    AccountsScreen screen(fixture);
    REQUIRE(screen.view()->model()->rowCount() == 1);
    auto* edit = child<QPushButton>(screen.page, "editAccountButton");
    CHECK_FALSE(edit->isEnabled()); // nothing selected yet
    screen.view()->selectRow(0);
    REQUIRE(edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    QPointer<ui::MailAccountDialog> dialog = child<ui::MailAccountDialog>(screen.page, "mailAccountDialog");
    CHECK(child<QLineEdit>(dialog, "accountNameEdit")->text() == QStringLiteral("受付"));
    screen.checkRoom(dialog, QStringLiteral("D"), false);
    screen.checkRoom(dialog, QStringLiteral("DA"), true);
    screen.checkRoom(dialog, QStringLiteral("DF"), true);
    screen.type(dialog, "passwordEdit", QStringLiteral("new-app-password"));
    screen.save(dialog);
    REQUIRE(QTest::qWaitFor([&] { return dialog.isNull() || !dialog->isVisible(); }, 5000));

    CHECK(fixture.mailAccounts().roomCodes(id.value()).value() ==
          QStringList{QStringLiteral("DA"), QStringLiteral("DF")});
    CHECK(screen.view()->model()->index(0, ui::MailAccountTableModel::RoomsColumn).data().toString() ==
          QStringLiteral("DA, DF"));
    const QString key = fixture.mailAccounts().byId(id.value())->secretKey;
    REQUIRE(QTest::qWaitFor([&] { return fixture.keychain().entries.contains(key); }, 5000));
    CHECK(fixture.keychain().entries.value(key) == QStringLiteral("new-app-password"));
    CHECK_FALSE(fixture.secrets().isSessionOnly(key));
    CHECK(fixture.prompter().told.isEmpty());
}

TEST_CASE("the Outlook preset signs in with Microsoft: no password, saved, and Sign in says what is missing",
          "[gui][accounts][oauth]")
{
    UiFixture fixture;
    AccountsScreen screen(fixture);
    QPointer<ui::MailAccountDialog> dialog = screen.openAdd();
    screen.choosePreset(dialog, MailProvider::Outlook);
    CHECK(child<QLabel>(dialog, "presetNoteLabel")->text().contains(QStringLiteral("Microsoft sign-in")));
    // Outlook.com takes no password since 2024-09-16: sign-in is chosen and the password field is off.
    CHECK(child<QCheckBox>(dialog, "signInCheck")->isChecked());
    CHECK_FALSE(child<QLineEdit>(dialog, "passwordEdit")->isEnabled());
    screen.type(dialog, "accountNameEdit", QStringLiteral("Hotmail"));
    screen.type(dialog, "userEdit", QStringLiteral("room@example.org"));
    screen.save(dialog);

    REQUIRE(QTest::qWaitFor([&] { return dialog.isNull() || !dialog->isVisible(); }, 5000));
    const auto accounts = fixture.mailAccounts().all();
    REQUIRE(accounts->size() == 1);
    const MailAccount saved = accounts->first();
    CHECK(saved.authMethod == MailAuthMethod::OAuth2);
    CHECK(saved.oauth.provider == QStringLiteral("microsoft"));
    CHECK(saved.imapHost == QStringLiteral("outlook.office365.com"));
    CHECK(saved.smtpHost == QStringLiteral("smtp-mail.outlook.com"));
    CHECK(saved.secretKey.startsWith(oauthSecretKeyPrefix()));
    CHECK(fixture.keychain().entries.isEmpty()); // no password, and no tokens before a sign-in

    // The account offers Sign in and says it is not signed in yet.
    screen.view()->selectRow(0);
    auto* signIn = child<QPushButton>(screen.page, "signInButton");
    CHECK(signIn->isVisible());
    CHECK(signIn->isEnabled());
    CHECK(child<QLabel>(screen.page, "signInStateLabel")->text().contains(QStringLiteral("Not signed in")));
    // This build was made without a Microsoft client ID: the host is told exactly that, and what to do.
    QTest::mouseClick(signIn, Qt::LeftButton);
    REQUIRE(fixture.prompter().told.size() == 1);
    CHECK(fixture.prompter().told.first().contains(QStringLiteral("client ID")));
    CHECK(fixture.prompter().told.first().contains(QStringLiteral("TSUNAGU_OAUTH_MICROSOFT_CLIENT_ID")));
}

TEST_CASE("no encryption is refused for another computer and accepted for a bridge on this one", "[gui][accounts]")
{
    UiFixture fixture;
    AccountsScreen screen(fixture);
    QPointer<ui::MailAccountDialog> dialog = screen.openAdd();
    screen.choosePreset(dialog, MailProvider::Generic);
    screen.type(dialog, "accountNameEdit", QStringLiteral("自宅サーバー"));
    screen.type(dialog, "hostEdit", QStringLiteral("imap.example.org"));
    screen.type(dialog, "userEdit", QStringLiteral("host@example.org"));
    auto* security = child<QComboBox>(dialog, "securityCombo");
    security->setCurrentIndex(security->findData(int(MailSecurity::PlainLocal)));
    screen.save(dialog);

    REQUIRE_FALSE(dialog.isNull());
    CHECK(dialog->isVisible());
    auto* issues = child<QLabel>(dialog, "issuesLabel");
    CHECK(issues->isVisible());
    CHECK(issues->text().contains(QStringLiteral("127.0.0.1")));
    CHECK(fixture.mailAccounts().all()->isEmpty());

    screen.type(dialog, "hostEdit", QStringLiteral("127.0.0.1"));
    child<QSpinBox>(dialog, "portSpin")->setValue(1143);
    screen.save(dialog);
    REQUIRE(QTest::qWaitFor([&] { return dialog.isNull() || !dialog->isVisible(); }, 5000));
    auto stored = fixture.mailAccounts().byName(QStringLiteral("自宅サーバー"));
    REQUIRE(stored.ok());
    CHECK(stored->imapSecurity == MailSecurity::PlainLocal);
    CHECK(stored->imapPort == 1143);
}

TEST_CASE("the sending part of an account follows the preset and keeps the host's choices", "[gui][accounts]")
{
    UiFixture fixture;
    AccountsScreen screen(fixture);
    QPointer<ui::MailAccountDialog> dialog = screen.openAdd();
    screen.choosePreset(dialog, MailProvider::ProtonBridge);
    CHECK(child<QLineEdit>(dialog, "smtpHostEdit")->text() == QStringLiteral("127.0.0.1"));
    CHECK(child<QSpinBox>(dialog, "smtpPortSpin")->value() == 1025);
    CHECK(child<QComboBox>(dialog, "smtpSecurityCombo")->currentData().toInt() == int(MailSecurity::StartTls));
    screen.choosePreset(dialog, MailProvider::Gmail);
    CHECK(child<QLineEdit>(dialog, "smtpHostEdit")->text() == QStringLiteral("smtp.gmail.com"));
    CHECK(child<QSpinBox>(dialog, "smtpPortSpin")->value() == 465);
    screen.choosePreset(dialog, MailProvider::Generic);
    screen.type(dialog, "accountNameEdit", QStringLiteral("ルームK 受付"));
    screen.type(dialog, "hostEdit", QStringLiteral("imap.example.org"));
    screen.type(dialog, "userEdit", QStringLiteral("room-k@example.org"));
    screen.type(dialog, "smtpHostEdit", QStringLiteral("smtp.example.org"));
    auto* smtpSecurity = child<QComboBox>(dialog, "smtpSecurityCombo");
    smtpSecurity->setCurrentIndex(smtpSecurity->findData(int(MailSecurity::StartTls)));
    CHECK(child<QSpinBox>(dialog, "smtpPortSpin")->value() == 587);
    screen.type(dialog, "fromNameEdit", QStringLiteral("ルームK 受付"));
    auto* charset = child<QComboBox>(dialog, "charsetCombo");
    charset->setCurrentIndex(charset->findData(int(OutgoingCharset::Iso2022Jp)));
    screen.save(dialog);
    REQUIRE(QTest::qWaitFor([&] { return dialog.isNull() || !dialog->isVisible(); }, 5000));

    auto stored = fixture.mailAccounts().byName(QStringLiteral("ルームK 受付"));
    REQUIRE(stored.ok());
    CHECK(stored->smtpHost == QStringLiteral("smtp.example.org"));
    CHECK(stored->smtpPort == 587);
    CHECK(stored->smtpSecurity == MailSecurity::StartTls);
    CHECK(stored->fromName == QStringLiteral("ルームK 受付"));
    CHECK(stored->outgoingCharset == OutgoingCharset::Iso2022Jp);
    CHECK_FALSE(stored->serverFilesSent);
}

TEST_CASE("removing an account asks first and keeps it when the host says no", "[gui][accounts]")
{
    UiFixture fixture;
    MailAccount account = presetAccount(MailProvider::Gmail);
    account.name = QStringLiteral("消す受付");
    account.userName = QStringLiteral("room@example.org");
    REQUIRE(fixture.mailAccounts().save(account, {QStringLiteral("D")}).ok());
    AccountsScreen screen(fixture);
    screen.view()->selectRow(0);

    fixture.prompter().confirmAnswer = false;
    QTest::mouseClick(child<QPushButton>(screen.page, "removeAccountButton"), Qt::LeftButton);
    REQUIRE(fixture.prompter().asked.size() == 1);
    CHECK(fixture.prompter().asked.first().contains(QStringLiteral("消す受付")));
    CHECK(screen.view()->model()->rowCount() == 1);

    fixture.prompter().confirmAnswer = true;
    QTest::mouseClick(child<QPushButton>(screen.page, "removeAccountButton"), Qt::LeftButton);
    CHECK(screen.view()->model()->rowCount() == 0);
    CHECK(fixture.mailAccounts().all()->isEmpty());
    CHECK(child<QLabel>(screen.page, "passwordNoteLabel")->text().contains(QStringLiteral("消す受付")));
}

TEST_CASE("an account's last error is shown in plain words in its dialog", "[gui][accounts]")
{
    UiFixture fixture;
    MailAccount account = presetAccount(MailProvider::Gmail);
    account.name = QStringLiteral("失敗した受付");
    account.userName = QStringLiteral("room@example.org");
    auto id = fixture.mailAccounts().save(account, {});
    REQUIRE(id.ok());
    REQUIRE(fixture.mailAccounts()
                .setLastError(id.value(), MailAccountProblem::LoginFailed, QStringLiteral("NO [AUTHENTICATIONFAILED]"))
                .ok());
    AccountsScreen screen(fixture);
    CHECK(screen.view()
              ->model()
              ->index(0, ui::MailAccountTableModel::LastErrorColumn)
              .data()
              .toString()
              .contains(QStringLiteral("app password")));
    screen.view()->selectRow(0);
    QTest::mouseClick(child<QPushButton>(screen.page, "editAccountButton"), Qt::LeftButton);
    auto* dialog = child<ui::MailAccountDialog>(screen.page, "mailAccountDialog");
    auto* lastError = child<QLabel>(dialog, "lastErrorLabel");
    CHECK(lastError->isVisible());
    CHECK(lastError->text().contains(QStringLiteral("did not accept the user name or password")));
    CHECK_FALSE(lastError->text().contains(QStringLiteral("AUTHENTICATIONFAILED"))); // detail only on hover
}

TEST_CASE("Sign in from the accounts page: the browser comes back, the tokens are kept, the page says who and when",
          "[gui][accounts][oauth]")
{
    test::OAuthServer::requireInstalled();
    test::OAuthServer oauth;
    REQUIRE(oauth.start());
    UiFixture fixture;
    MailAccount account;
    account.name = QStringLiteral("ルームC 受付");
    account.userName = oauth.options().user;
    account.imapHost = QStringLiteral("127.0.0.1");
    account.imapPort = 1; // nothing listens: receiving fails at once and quietly
    account.authMethod = MailAuthMethod::OAuth2;
    account.oauth.provider = QStringLiteral("custom");
    account.oauth.clientId = oauth.options().clientId;
    account.oauth.authorizeUrl = oauth.authorizeUrl();
    account.oauth.tokenUrl = oauth.tokenUrl();
    const auto id = fixture.mailAccounts().save(account, {});
    REQUIRE(id.ok());
    const QString key = fixture.mailAccounts().byId(id.value())->secretKey;

    AccountsScreen screen(fixture);
    screen.view()->selectRow(0);
    auto* state = child<QLabel>(screen.page, "signInStateLabel");
    CHECK(state->text().contains(QStringLiteral("Not signed in")));
    BrowserStandIn browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    QTest::mouseClick(child<QPushButton>(screen.page, "signInButton"), Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    REQUIRE(browser.opened.size() == 1);
    CHECK(child<QPushButton>(screen.page, "signInButton")->isEnabled() == false); // one sign-in at a time
    CHECK(test::OAuthServer::follow(browser.opened.first()) == 200);

    // The tokens went to the keychain (never to the database), and the account knows when it was signed in.
    REQUIRE(QTest::qWaitFor([&] { return fixture.keychain().entries.contains(key); }, 10000));
    const auto tokens = OAuthTokens::fromStored(fixture.keychain().entries.value(key));
    REQUIRE(tokens);
    CHECK_FALSE(tokens->accessToken.isEmpty());
    CHECK_FALSE(tokens->refreshToken.isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return fixture.mailAccounts().byId(id.value())->oauthSignedInAt.isValid(); }, 5000));
    screen.view()->selectRow(0);
    REQUIRE(QTest::qWaitFor([&] { return state->text().contains(QStringLiteral("Last renewed")); }, 5000));
    CHECK(state->text().contains(QStringLiteral("Signed in as host@example.org")));
    CHECK(fixture.prompter().told.isEmpty());
}

#include "MailAccountsTests.moc"

TEST_CASE("the account dialog: presets in order with その他 last, each replacing the last one's servers and hints, "
          "and SMTP's own ports",
          "[gui][accounts]")
{
    UiFixture fixture;
    test::LanguageGuard japanese(QStringLiteral("ja"));
    AccountsScreen screen(fixture);
    QPointer<ui::MailAccountDialog> dialog = screen.openAdd();
    auto* preset = child<QComboBox>(dialog, "presetCombo");
    QStringList presets;
    for (int i = 0; i < preset->count(); ++i)
        presets << preset->itemText(i);
    INFO(presets.join(QLatin1Char('|')).toStdString());
    CHECK(presets.contains(QStringLiteral("Yahoo!メール")));
    CHECK(presets.contains(QStringLiteral("iCloud メール")));
    CHECK(preset->itemData(preset->count() - 1).toInt() == int(MailProvider::Generic));

    // SMTP's encryption choices name SMTP's ports, not IMAP's.
    auto* smtpSecurity = child<QComboBox>(dialog, "smtpSecurityCombo");
    QStringList smtpChoices;
    for (int i = 0; i < smtpSecurity->count(); ++i)
        smtpChoices << smtpSecurity->itemText(i);
    CHECK(smtpChoices.join(QLatin1Char('|')).contains(QStringLiteral("465")));
    CHECK(smtpChoices.join(QLatin1Char('|')).contains(QStringLiteral("587")));
    CHECK_FALSE(smtpChoices.join(QLatin1Char('|')).contains(QStringLiteral("993")));

    // Gmail, then iCloud: iCloud's servers and note replace Gmail's, hint included.
    screen.choosePreset(dialog, MailProvider::Gmail);
    CHECK(child<QLineEdit>(dialog, "userEdit")->placeholderText().contains(QStringLiteral("gmail")));
    preset->setCurrentIndex(preset->findText(QStringLiteral("iCloud メール")));
    CHECK(child<QLineEdit>(dialog, "hostEdit")->text() == QStringLiteral("imap.mail.me.com"));
    CHECK(child<QLineEdit>(dialog, "smtpHostEdit")->text() == QStringLiteral("smtp.mail.me.com"));
    CHECK(child<QSpinBox>(dialog, "smtpPortSpin")->value() == 587);
    CHECK(child<QLabel>(dialog, "presetNoteLabel")->text().contains(QStringLiteral("App 用パスワード")));
    CHECK_FALSE(child<QLineEdit>(dialog, "userEdit")->placeholderText().contains(QStringLiteral("gmail")));
    preset->setCurrentIndex(preset->findText(QStringLiteral("Yahoo!メール")));
    CHECK(child<QLineEdit>(dialog, "hostEdit")->text() == QStringLiteral("imap.mail.yahoo.co.jp"));
    CHECK(child<QLineEdit>(dialog, "smtpHostEdit")->text() == QStringLiteral("smtp.mail.yahoo.co.jp"));
    // その他 keeps no provider's servers under its name.
    screen.choosePreset(dialog, MailProvider::Generic);
    CHECK(child<QLineEdit>(dialog, "hostEdit")->text().isEmpty());
    CHECK(child<QLineEdit>(dialog, "smtpHostEdit")->text().isEmpty());

    // A Yahoo! account is saved with Yahoo!'s servers and opens again on its preset.
    preset->setCurrentIndex(preset->findText(QStringLiteral("Yahoo!メール")));
    screen.type(dialog, "accountNameEdit", QStringLiteral("Room K 受付"));
    screen.type(dialog, "userEdit", QStringLiteral("room-k@example.jp"));
    screen.type(dialog, "passwordEdit", QStringLiteral("app-password"));
    screen.save(dialog);
    REQUIRE(QTest::qWaitFor([&] { return dialog.isNull() || !dialog->isVisible(); }, 5000));
    auto stored = fixture.mailAccounts().byName(QStringLiteral("Room K 受付"));
    REQUIRE(stored.ok());
    CHECK(stored->imapHost == QStringLiteral("imap.mail.yahoo.co.jp"));
    ui::MailAccountDialog again(stored.value(), {}, {}, {});
    CHECK(child<QComboBox>(&again, "presetCombo")->currentText() == QStringLiteral("Yahoo!メール"));
}

TEST_CASE("after 保存 with a mistake the sending part keeps its size and the Outlook notice is shown once",
          "[gui][accounts]")
{
    UiFixture fixture;
    test::LanguageGuard japanese(QStringLiteral("ja"));
    AccountsScreen screen(fixture);
    QPointer<ui::MailAccountDialog> dialog = screen.openAdd();
    dialog->resize(dialog->width(), 600); // a small screen
    screen.choosePreset(dialog, MailProvider::Outlook);
    // Sign-in switched off: Outlook.com then refuses the account, for the reason the preset's note gives.
    child<QCheckBox>(dialog, "signInCheck")->setChecked(false);
    screen.save(dialog);
    REQUIRE_FALSE(dialog.isNull());
    auto* issues = child<QLabel>(dialog, "issuesLabel");
    REQUIRE(issues->isVisible());
    auto* note = child<QLabel>(dialog, "presetNoteLabel");
    const QString shown = (note->isVisible() ? note->text() : QString()) + issues->text();
    CHECK(shown.count(QStringLiteral("Hotmail")) == 1);

    auto* sending = child<QWidget>(dialog, "sendingGroup");
    CHECK(sending->height() >= sending->minimumSizeHint().height());
    for (const char* name : {"smtpHostEdit", "smtpPortSpin", "smtpSecurityCombo", "fromNameEdit"}) {
        INFO(name);
        auto* field = child<QWidget>(dialog, name);
        CHECK(field->height() >= field->minimumSizeHint().height());
    }
}
