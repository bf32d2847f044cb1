// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/MailAccountDialog.h"

#include "text/DisplayText.h"
#include "text/MailAccountText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tsunagu::ui {
namespace {

// Presets that only fill in servers: the account is stored as "generic" (the store knows the providers that change
// how Tsunagu behaves: Gmail files sent mail itself, Outlook needs Microsoft sign-in, Proton Bridge is local).
constexpr int s_yahooPreset = 100;
constexpr int s_icloudPreset = 101;

MailProvider providerOf(int preset)
{
    return preset == s_yahooPreset || preset == s_icloudPreset ? MailProvider::Generic
                                                               : static_cast<MailProvider>(preset);
}

// The servers a preset fills in (RFC 8314: implicit TLS for IMAP on 993; SMTP submission on 465 or 587).
MailAccount serversOf(int preset)
{
    MailAccount account = presetAccount(providerOf(preset));
    if (preset == s_yahooPreset) {
        // Yahoo!メール (Yahoo! JAPAN).
        account.imapHost = QStringLiteral("imap.mail.yahoo.co.jp");
        account.imapPort = 993;
        account.imapSecurity = MailSecurity::Tls;
        account.smtpHost = QStringLiteral("smtp.mail.yahoo.co.jp");
        account.smtpPort = 465;
        account.smtpSecurity = MailSecurity::Tls;
    } else if (preset == s_icloudPreset) {
        account.imapHost = QStringLiteral("imap.mail.me.com");
        account.imapPort = 993;
        account.imapSecurity = MailSecurity::Tls;
        account.smtpHost = QStringLiteral("smtp.mail.me.com");
        account.smtpPort = 587;
        account.smtpSecurity = MailSecurity::StartTls;
    }
    return account;
}

// Which preset a saved account was made with: its provider, or for a generic one the servers of a fill-in preset.
int presetOf(const MailAccount& account)
{
    if (account.provider == MailProvider::Generic) {
        for (int preset : {s_yahooPreset, s_icloudPreset}) {
            if (account.imapHost.compare(serversOf(preset).imapHost, Qt::CaseInsensitive) == 0)
                return preset;
        }
    }
    return int(account.provider);
}

} // namespace

MailAccountDialog::MailAccountDialog(const MailAccount& account, const QStringList& accountRooms,
                                     const QVector<Room>& rooms, std::function<bool(const QString&)> nameInUse,
                                     QWidget* parent)
    : QDialog(parent)
    , m_original(account)
    , m_nameInUse(std::move(nameInUse))
{
    setObjectName(QStringLiteral("mailAccountDialog"));
    setWindowTitle(account.id == 0 ? tr("Add a mail account") : tr("Edit the mail account"));
    auto* layout = new QVBoxLayout(this);
    // The form is taller than a small screen: it scrolls instead of squeezing its rows (the SMTP part collapsed into
    // slivers once the problems of a failed save took their place below it).
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("accountScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* form = new QFormLayout(content);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    // The services most hosts use first, 「その他」 (any IMAP server) last.
    m_preset->addItem(MailAccountText::provider(MailProvider::Gmail), int(MailProvider::Gmail));
    m_preset->addItem(MailAccountText::provider(MailProvider::Outlook), int(MailProvider::Outlook));
    m_preset->addItem(tr("Yahoo! Mail (Yahoo! JAPAN)"), s_yahooPreset);
    m_preset->addItem(tr("iCloud Mail"), s_icloudPreset);
    m_preset->addItem(MailAccountText::provider(MailProvider::ProtonBridge), int(MailProvider::ProtonBridge));
    m_preset->addItem(MailAccountText::provider(MailProvider::Generic), int(MailProvider::Generic));
    form->addRow(tr("&Service:"), m_preset);
    m_presetNote = new QLabel(this);
    m_presetNote->setObjectName(QStringLiteral("presetNoteLabel"));
    m_presetNote->setWordWrap(true);
    m_presetNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_presetNote);

    m_name = new QLineEdit(account.name, this);
    m_name->setObjectName(QStringLiteral("accountNameEdit"));
    m_name->setPlaceholderText(tr("For example: Room D intake"));
    form->addRow(tr("&Name:"), m_name);
    m_host = new QLineEdit(account.imapHost, this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    form->addRow(tr("IMAP &server:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(account.imapPort);
    form->addRow(tr("&Port:"), m_port);
    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("securityCombo"));
    for (const MailSecurity security : {MailSecurity::Tls, MailSecurity::StartTls, MailSecurity::PlainLocal})
        m_security->addItem(MailAccountText::security(security), int(security));
    m_security->setCurrentIndex(m_security->findData(int(account.imapSecurity)));
    form->addRow(tr("&Encryption:"), m_security);
    m_user = new QLineEdit(account.userName, this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(tr("Usually the full mail address"));
    form->addRow(tr("&User name:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    if (account.id != 0)
        m_password->setPlaceholderText(tr("Leave empty to keep the saved password"));
    form->addRow(tr("Pass&word:"), m_password);
    m_askPassword = new QCheckBox(tr("Do not keep the password; ask for it each time mail is received"), this);
    m_askPassword->setObjectName(QStringLiteral("askPasswordCheck"));
    m_askPassword->setChecked(account.askPassword);
    form->addRow(m_askPassword);
    m_signIn = new QCheckBox(this);
    m_signIn->setObjectName(QStringLiteral("signInCheck"));
    m_signIn->setChecked(account.authMethod == MailAuthMethod::OAuth2);
    // A saved password account keeps its keychain entry as it is: sign-in is chosen when an account is added.
    m_signIn->setEnabled(account.id == 0);
    form->addRow(m_signIn);
    m_oauthClientId = new QLineEdit(account.oauth.clientId, this);
    m_oauthClientId->setObjectName(QStringLiteral("oauthClientIdEdit"));
    m_oauthClientId->setPlaceholderText(tr("Empty: the one this copy of Tsunagu was registered with"));
    form->addRow(tr("&Client ID:"), m_oauthClientId);
    m_folder = new QLineEdit(account.folder, this);
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    form->addRow(tr("&Folder:"), m_folder);

    // Sending replies: the SMTP server (the presets fill it in), the sender name applicants see, the charset and
    // where copies go.
    auto* sending = new QGroupBox(tr("Sending replies"), this);
    sending->setObjectName(QStringLiteral("sendingGroup"));
    auto* sendingForm = new QFormLayout(sending);
    m_smtpHost = new QLineEdit(account.smtpHost, sending);
    m_smtpHost->setObjectName(QStringLiteral("smtpHostEdit"));
    m_smtpHost->setPlaceholderText(tr("Empty: this account only receives"));
    sendingForm->addRow(tr("SMTP server:"), m_smtpHost);
    m_smtpPort = new QSpinBox(sending);
    m_smtpPort->setObjectName(QStringLiteral("smtpPortSpin"));
    m_smtpPort->setRange(1, 65535);
    m_smtpPort->setValue(account.smtpPort);
    sendingForm->addRow(tr("SMTP port:"), m_smtpPort);
    m_smtpSecurity = new QComboBox(sending);
    m_smtpSecurity->setObjectName(QStringLiteral("smtpSecurityCombo"));
    for (const MailSecurity security : {MailSecurity::Tls, MailSecurity::StartTls, MailSecurity::PlainLocal})
        m_smtpSecurity->addItem(MailAccountText::smtpSecurity(security), int(security));
    m_smtpSecurity->setCurrentIndex(m_smtpSecurity->findData(int(account.smtpSecurity)));
    sendingForm->addRow(tr("SMTP encryption:"), m_smtpSecurity);
    m_fromName = new QLineEdit(account.fromName, sending);
    m_fromName->setObjectName(QStringLiteral("fromNameEdit"));
    m_fromName->setPlaceholderText(tr("For example: Room D intake"));
    sendingForm->addRow(tr("Sender name:"), m_fromName);
    m_charset = new QComboBox(sending);
    m_charset->setObjectName(QStringLiteral("charsetCombo"));
    m_charset->addItem(tr("UTF-8 (recommended)"), int(OutgoingCharset::Utf8));
    m_charset->addItem(tr("ISO-2022-JP (for old mobile phones)"), int(OutgoingCharset::Iso2022Jp));
    m_charset->setCurrentIndex(m_charset->findData(int(account.outgoingCharset)));
    sendingForm->addRow(tr("Characters:"), m_charset);
    m_sentFolder = new QLineEdit(account.sentFolder, sending);
    m_sentFolder->setObjectName(QStringLiteral("sentFolderEdit"));
    m_sentFolder->setPlaceholderText(tr("Found on the server"));
    sendingForm->addRow(tr("Sent folder:"), m_sentFolder);
    m_draftsFolder = new QLineEdit(account.draftsFolder, sending);
    m_draftsFolder->setObjectName(QStringLiteral("draftsFolderEdit"));
    m_draftsFolder->setPlaceholderText(tr("Found on the server"));
    sendingForm->addRow(tr("Drafts folder:"), m_draftsFolder);
    form->addRow(sending);

    m_rooms = new QListWidget(this);
    m_rooms->setObjectName(QStringLiteral("roomsList"));
    for (const Room& room : rooms) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(room.code, room.name), m_rooms);
        item->setData(Qt::UserRole, room.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(accountRooms.contains(room.code) ? Qt::Checked : Qt::Unchecked);
    }
    form->addRow(tr("Applications for these &rooms arrive here:"), m_rooms);

    m_lastError = new QLabel(this);
    m_lastError->setObjectName(QStringLiteral("lastErrorLabel"));
    m_lastError->setWordWrap(true);
    if (account.lastError != MailAccountProblem::None) {
        m_lastError->setText(tr("Last time (%1): %2")
                                 .arg(DisplayText::dateTime(account.lastErrorAt.toLocalTime()),
                                      MailAccountText::problem(account.lastError)));
        m_lastError->setToolTip(account.lastErrorDetail);
    }
    m_lastError->setVisible(account.lastError != MailAccountProblem::None);
    layout->addWidget(m_lastError);

    m_issues = new QLabel(this);
    m_issues->setObjectName(QStringLiteral("issuesLabel"));
    m_issues->setWordWrap(true);
    m_issues->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_issues->setVisible(false);
    layout->addWidget(m_issues);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MailAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MailAccountDialog::reject);

    // Editing keeps what was saved; a new account starts from the first preset.
    const int preset = m_preset->findData(presetOf(account));
    m_preset->setCurrentIndex(account.id == 0 ? 0 : qMax(0, preset));
    if (account.id == 0)
        presetChosen();
    else
        m_presetNote->setText(presetNote(m_preset->currentData().toInt()));
    connect(m_preset, &QComboBox::currentIndexChanged, this, &MailAccountDialog::presetChosen);
    connect(m_security, &QComboBox::currentIndexChanged, this, &MailAccountDialog::securityChosen);
    connect(m_smtpSecurity, &QComboBox::currentIndexChanged, this, &MailAccountDialog::smtpSecurityChosen);
    connect(m_signIn, &QCheckBox::toggled, this, &MailAccountDialog::signInChosen);
    signInChosen();
}

QString MailAccountDialog::presetNote(int preset)
{
    if (preset == s_yahooPreset)
        return tr("Turn on IMAP, POP and SMTP access in the settings of Yahoo! Mail first (Settings → IMAP/POP/SMTP "
                  "access). The user name is your full Yahoo! Mail address.");
    if (preset == s_icloudPreset)
        return tr("iCloud Mail does not accept your Apple Account password from mail programs: create an "
                  "app-specific password at account.apple.com (Sign-In and Security → App-Specific Passwords) and "
                  "enter it below. The user name is your full iCloud Mail address.");
    return MailAccountText::providerNote(providerOf(preset));
}

MailProvider MailAccountDialog::provider() const
{
    return providerOf(m_preset->currentData().toInt());
}

bool MailAccountDialog::signsIn() const
{
    // A saved account keeps how it signs in (its keychain entry holds a password or tokens, not either).
    if (m_original.id != 0)
        return m_original.authMethod == MailAuthMethod::OAuth2;
    const auto provider = this->provider();
    return (provider == MailProvider::Outlook || provider == MailProvider::Gmail) && m_signIn->isChecked();
}

void MailAccountDialog::signInChosen()
{
    const auto provider = this->provider();
    const bool offered = provider == MailProvider::Outlook || provider == MailProvider::Gmail;
    m_signIn->setVisible(offered || (m_original.id != 0 && m_original.authMethod == MailAuthMethod::OAuth2));
    m_signIn->setText(provider == MailProvider::Outlook ? tr("Sign in with Microsoft (after saving, press Sign in)")
                      : provider == MailProvider::Gmail
                          ? tr("Sign in with Google instead of an app password (after saving, press Sign in)")
                          : tr("Signs in through the browser (OAuth 2.0) instead of a password"));
    const bool signIn = signsIn();
    // Signing in replaces the password: nothing to type, nothing to ask.
    m_password->setEnabled(!signIn);
    m_askPassword->setEnabled(!signIn);
    m_oauthClientId->setEnabled(signIn);
}

void MailAccountDialog::smtpSecurityChosen()
{
    const auto security = static_cast<MailSecurity>(m_smtpSecurity->currentData().toInt());
    if (security == MailSecurity::Tls && m_smtpPort->value() == 587)
        m_smtpPort->setValue(465);
    else if (security == MailSecurity::StartTls && m_smtpPort->value() == 465)
        m_smtpPort->setValue(587);
}

void MailAccountDialog::presetChosen()
{
    const int chosen = m_preset->currentData().toInt();
    const auto provider = providerOf(chosen);
    const MailAccount preset = serversOf(chosen);
    m_presetNote->setText(presetNote(chosen));
    m_presetNote->setVisible(true);
    // Every preset replaces the servers of the one before; 「その他」 starts empty rather than keep another
    // provider's servers under its name.
    m_host->setText(preset.imapHost);
    m_port->setValue(preset.imapPort);
    m_security->setCurrentIndex(m_security->findData(int(preset.imapSecurity)));
    m_smtpHost->setText(preset.smtpHost);
    m_smtpPort->setValue(preset.smtpPort);
    m_smtpSecurity->setCurrentIndex(m_smtpSecurity->findData(int(preset.smtpSecurity)));
    m_user->setPlaceholderText(provider == MailProvider::Gmail ? tr("Your Gmail address, for example room-d@gmail.com")
                                                               : tr("Usually the full mail address"));
    // Outlook.com takes no password at all since 2024-09-16: sign-in is the only way, so it is chosen for the host.
    if (m_signIn->isEnabled()) {
        if (provider == MailProvider::Outlook)
            m_signIn->setChecked(true);
        else if (provider != MailProvider::Gmail)
            m_signIn->setChecked(false);
    }
    signInChosen();
    m_issues->setVisible(false);
}

void MailAccountDialog::securityChosen()
{
    // Follow the usual port when the host has not chosen another one.
    const auto security = static_cast<MailSecurity>(m_security->currentData().toInt());
    if (security == MailSecurity::Tls && m_port->value() == 143)
        m_port->setValue(993);
    else if (security == MailSecurity::StartTls && m_port->value() == 993)
        m_port->setValue(143);
}

MailAccount MailAccountDialog::account() const
{
    MailAccount account = m_original;
    const auto provider = this->provider();
    if (provider != m_original.provider)
        account.serverFilesSent = presetAccount(provider).serverFilesSent;
    account.provider = provider;
    account.smtpHost = m_smtpHost->text().trimmed();
    account.smtpPort = m_smtpPort->value();
    account.smtpSecurity = static_cast<MailSecurity>(m_smtpSecurity->currentData().toInt());
    account.fromName = m_fromName->text().trimmed();
    account.outgoingCharset = static_cast<OutgoingCharset>(m_charset->currentData().toInt());
    account.sentFolder = m_sentFolder->text().trimmed();
    account.draftsFolder = m_draftsFolder->text().trimmed();
    account.name = m_name->text().trimmed();
    account.imapHost = m_host->text().trimmed();
    account.imapPort = m_port->value();
    account.imapSecurity = static_cast<MailSecurity>(m_security->currentData().toInt());
    account.userName = m_user->text().trimmed();
    account.askPassword = m_askPassword->isChecked();
    account.folder = m_folder->text().trimmed();
    if (signsIn()) {
        account.authMethod = MailAuthMethod::OAuth2;
        account.askPassword = false;
        if (m_original.id == 0)
            account.oauth.provider =
                provider == MailProvider::Outlook ? QStringLiteral("microsoft") : QStringLiteral("google");
        account.oauth.clientId = m_oauthClientId->text().trimmed();
    } else {
        account.authMethod = MailAuthMethod::Password;
        account.oauth = {};
    }
    return account;
}

QStringList MailAccountDialog::roomCodes() const
{
    QStringList codes;
    for (int i = 0; i < m_rooms->count(); ++i) {
        if (m_rooms->item(i)->checkState() == Qt::Checked)
            codes << m_rooms->item(i)->data(Qt::UserRole).toString();
    }
    return codes;
}

QString MailAccountDialog::password() const
{
    return signsIn() ? QString() : m_password->text();
}

void MailAccountDialog::accept()
{
    const MailAccount current = account();
    QStringList issues;
    bool needsSignIn = false;
    for (const MailAccountIssue issue : validate(current)) {
        issues << MailAccountText::issue(issue);
        needsSignIn = needsSignIn || issue == MailAccountIssue::NeedsMicrosoftSignIn;
    }
    // The preset's note says the same as that problem: shown once, among the problems.
    m_presetNote->setVisible(!needsSignIn);
    if (issues.isEmpty() && current.name != m_original.name && m_nameInUse && m_nameInUse(current.name))
        issues << tr("There is already a mail account named \"%1\". Choose another name.").arg(current.name);
    if (!issues.isEmpty()) {
        showIssues(issues);
        return;
    }
    QDialog::accept();
}

void MailAccountDialog::showIssues(const QStringList& issues)
{
    m_issues->setText(issues.join(QLatin1Char('\n')));
    m_issues->setVisible(true);
}

} // namespace tsunagu::ui
