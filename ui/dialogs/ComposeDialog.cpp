// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ComposeDialog.h"

#include "common/ActivityText.h"
#include "mail/mime/MimeParser.h"
#include "mail/net/SslMailSocket.h"
#include "replies/TemplateRepository.h"
#include "sending/ReferralNotice.h"
#include "sending/ReplyDrafter.h"
#include "storage/ReplyRepository.h"
#include "text/DisplayText.h"
#include "text/ErrorText.h"
#include "text/MailAccountText.h"
#include "text/ReplyText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace tsunagu::ui {
namespace {

// Marks every occurrence of the meeting secrets and of unfilled markers in an editor.
void markText(QPlainTextEdit* editor, const QStringList& secrets)
{
    QList<QTextEdit::ExtraSelection> selections;
    const QString text = editor->toPlainText();
    auto mark = [&](qsizetype at, qsizetype length, const QColor& background) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(editor->document());
        selection.cursor.setPosition(int(at));
        selection.cursor.setPosition(int(at + length), QTextCursor::KeepAnchor);
        selection.format.setBackground(background);
        selections << selection;
    };
    for (const QString& secret : secrets) {
        if (secret.size() < 4)
            continue;
        for (qsizetype at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + secret.size()))
            mark(at, secret.size(), QColor(0xff, 0xe0, 0x82));
    }
    for (const QString& marker : TemplateRenderer::markersIn(text)) {
        for (qsizetype at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.size()))
            mark(at, marker.size(), QColor(0xff, 0xcd, 0xd2));
    }
    editor->setExtraSelections(selections);
}

} // namespace

ComposeDialog::ComposeDialog(UiServices& services, qint64 applicantId, qint64 replyId, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_applicantId(applicantId)
    , m_replyId(replyId)
{
    setObjectName(QStringLiteral("composeDialog"));
    setWindowTitle(tr("Reply to the applicant"));
    resize(760, 680);
    auto* layout = new QVBoxLayout(this);

    auto* choices = new QFormLayout;
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionCombo"));
    for (const ReplyAction action : allReplyActions())
        m_action->addItem(ReplyText::action(action), replyActionKey(action));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Japanese"), QStringLiteral("ja"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_host = new QComboBox(this);
    m_host->setObjectName(QStringLiteral("hostCombo"));
    m_otherRoom = new QComboBox(this);
    m_otherRoom->setObjectName(QStringLiteral("otherRoomCombo"));
    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(m_action, 1);
    actionRow->addWidget(m_language);
    choices->addRow(tr("Reply"), actionRow);
    choices->addRow(tr("Host"), m_host);
    m_otherRoomLabel = new QLabel(tr("Refer to"), this);
    choices->addRow(m_otherRoomLabel, m_otherRoom);
    m_to = new QLineEdit(this);
    m_to->setObjectName(QStringLiteral("toEdit"));
    choices->addRow(tr("To"), m_to);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    choices->addRow(tr("Subject"), m_subject);
    layout->addLayout(choices);

    m_tabs = new QTabWidget(this);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_tabs->addTab(m_body, tr("Message"));
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("previewView"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_preview, tr("Preview (as sent)"));
    layout->addWidget(m_tabs, 1);

    // A referral: with the applicant's consent, the other room's reception is told only what they agreed to.
    m_referral = new QGroupBox(tr("Tell the other room (only with the applicant's consent)"), this);
    m_referral->setObjectName(QStringLiteral("referralBox"));
    auto* referralLayout = new QVBoxLayout(m_referral);
    m_consent = new QCheckBox(tr("The applicant agreed that the other room is told about them"), m_referral);
    m_consent->setObjectName(QStringLiteral("consentCheck"));
    referralLayout->addWidget(m_consent);
    auto* fieldsRow = new QHBoxLayout;
    for (const QString& key : ReferralNotice::shareableFields()) {
        auto* field = new QCheckBox(ReferralNotice::fieldLabel(key), m_referral);
        field->setObjectName(QStringLiteral("share_") + key);
        field->setProperty("fieldKey", key);
        field->setEnabled(false);
        field->setChecked(key == QLatin1String("anonymous_name"));
        fieldsRow->addWidget(field);
        m_shareFields << field;
    }
    referralLayout->addLayout(fieldsRow);
    connect(m_consent, &QCheckBox::toggled, this, [this](bool on) {
        for (QCheckBox* field : std::as_const(m_shareFields))
            field->setEnabled(on);
    });
    layout->addWidget(m_referral);

    m_secretNote = new QLabel(this);
    m_secretNote->setObjectName(QStringLiteral("secretNoteLabel"));
    m_secretNote->setWordWrap(true);
    m_secretNote->setStyleSheet(QStringLiteral("QLabel { background: #fff8e1; color: #5d4037; padding: 4px; }"));
    layout->addWidget(m_secretNote);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    layout->addWidget(m_problems);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sendStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_toDrafts = buttons->addButton(tr("Save to the Drafts folder"), QDialogButtonBox::ActionRole);
    m_toDrafts->setObjectName(QStringLiteral("draftsButton"));
    m_toDrafts->setToolTip(tr("Puts the reply in the Drafts folder on the server, to send it from your usual mail "
                              "app."));
    auto* close = buttons->addButton(tr("Close (the draft is kept)"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);
    connect(m_send, &QPushButton::clicked, this, [this] { startSending(false); });
    connect(m_toDrafts, &QPushButton::clicked, this, [this] { startSending(true); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    m_sender = new ReplySender(m_services.database, m_services.clock, SslMailSocket::factory(), this);
    connect(m_sender, &ReplySender::stepChanged, this,
            [this](ReplySender::Step step) { m_status->setText(ActivityText::step(step)); });

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(400);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { saveNow(); });

    fillChoices();
    if (m_replyId != 0)
        loadReply();
    else
        renderTemplate();

    auto rerender = [this] {
        if (m_loading)
            return;
        // Choosing another reply replaces the text: only while the host has not written anything of their own.
        renderTemplate();
    };
    connect(m_action, &QComboBox::currentIndexChanged, this, rerender);
    connect(m_language, &QComboBox::currentIndexChanged, this, rerender);
    connect(m_host, &QComboBox::currentIndexChanged, this, rerender);
    connect(m_otherRoom, &QComboBox::currentIndexChanged, this, rerender);
    connect(m_to, &QLineEdit::textEdited, this, &ComposeDialog::scheduleSave);
    connect(m_subject, &QLineEdit::textEdited, this, &ComposeDialog::scheduleSave);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            scheduleSave();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1) {
            saveNow();
            updatePreview();
        }
    });
}

ComposeDialog::~ComposeDialog()
{
    if (m_saveTimer.isActive())
        saveNow();
}

void ComposeDialog::done(int result)
{
    if (m_sender->busy() && result == QDialog::Rejected) {
        m_status->setText(tr("Please wait until the reply has been handed to the server."));
        return;
    }
    saveNow();
    QDialog::done(result);
}

void ComposeDialog::fillChoices()
{
    m_loading = true;
    auto hosts = m_services.hosts.all();
    m_host->addItem(tr("(choose who answers)"), qint64(0));
    if (hosts) {
        for (const Host& host : hosts.value())
            m_host->addItem(host.displayName, host.id);
        if (hosts->size() == 1)
            m_host->setCurrentIndex(1);
    }
    auto rooms = m_services.rooms.all();
    auto applicant = m_services.applicants.byId(m_applicantId);
    if (rooms) {
        for (const Room& room : rooms.value()) {
            if (applicant && room.id == applicant->roomId)
                continue;
            m_otherRoom->addItem(QStringLiteral("%1 %2").arg(room.code, room.name), room.id);
        }
    }
    if (applicant && !applicant->timeZone.isEmpty() && !applicant->timeZone.startsWith(QLatin1String("Asia/Tokyo")) &&
        applicant->country.compare(QLatin1String("日本")) != 0)
        m_language->setCurrentIndex(0); // Japanese first; the host switches for an applicant who writes English
    m_loading = false;
}

void ComposeDialog::renderTemplate()
{
    const ReplyAction action = replyActionFromKey(m_action->currentData().toString());
    m_otherRoom->setVisible(action == ReplyAction::Refer);
    m_otherRoomLabel->setVisible(action == ReplyAction::Refer);
    m_referral->setVisible(action == ReplyAction::Refer);
    DraftRequest request;
    request.applicantId = m_applicantId;
    request.action = action;
    request.language = m_language->currentData().toString();
    request.hostId = m_host->currentData().toLongLong();
    request.otherRoomId = action == ReplyAction::Refer ? m_otherRoom->currentData().toLongLong() : 0;
    ReplyDrafter drafter(m_services.database, m_services.clock);
    auto text = drafter.render(request);
    if (!text) {
        m_problems->setText(ErrorText::title(text.error().code));
        return;
    }
    ReplyRepository replies(m_services.database, m_services.clock);
    if (m_replyId == 0) {
        auto started = drafter.start(request);
        if (!started) {
            m_problems->setText(ErrorText::title(started.error().code));
            return;
        }
        m_replyId = started.value();
    }
    m_loading = true;
    m_to->setText(text->toAddress);
    m_subject->setText(text->subject);
    m_body->setPlainText(text->body);
    m_loading = false;
    // The action, language and host belong to the stored draft too.
    ReplyRepository(m_services.database, m_services.clock)
        .setDraftChoice(m_replyId, replyActionKey(action), request.language, request.hostId);
    auto secrets = drafter.secretValues(m_applicantId);
    m_secretValues = secrets ? secrets.value() : QStringList();
    saveNow();
}

void ComposeDialog::loadReply()
{
    ReplyRepository replies(m_services.database, m_services.clock);
    auto reply = replies.byId(m_replyId);
    if (!reply) {
        m_problems->setText(ErrorText::title(reply.error().code));
        return;
    }
    m_loading = true;
    m_action->setCurrentIndex(std::max(0, m_action->findData(reply->action)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(reply->language)));
    m_host->setCurrentIndex(std::max(0, m_host->findData(reply->hostId)));
    m_to->setText(reply->toAddress);
    m_subject->setText(reply->subject);
    m_body->setPlainText(reply->body);
    m_loading = false;
    const ReplyAction action = replyActionFromKey(reply->action);
    m_otherRoom->setVisible(action == ReplyAction::Refer);
    m_otherRoomLabel->setVisible(action == ReplyAction::Refer);
    m_referral->setVisible(action == ReplyAction::Refer);
    if (reply->state == ReplyState::Failed && reply->errorCode == QLatin1String("interrupted"))
        m_status->setText(tr("Tsunagu stopped while this reply was being sent. Look in the Sent folder whether it "
                             "arrived before you send it again."));
    else if (reply->state == ReplyState::Failed)
        m_status->setText(tr("The last attempt failed: %1").arg(reply->errorDetail));
    ReplyDrafter drafter(m_services.database, m_services.clock);
    auto secrets = drafter.secretValues(m_applicantId);
    m_secretValues = secrets ? secrets.value() : QStringList();
    updateProblems();
}

void ComposeDialog::scheduleSave()
{
    m_saveTimer.start();
    updateProblems();
}

bool ComposeDialog::saveNow()
{
    m_saveTimer.stop();
    if (m_replyId == 0)
        return false;
    bool secrets = false;
    for (const QString& secret : std::as_const(m_secretValues)) {
        if (secret.size() >= 4 && m_body->toPlainText().contains(secret))
            secrets = true;
    }
    ReplyRepository replies(m_services.database, m_services.clock);
    const auto saved = replies.saveText(m_replyId, m_to->text(), m_subject->text(), m_body->toPlainText(), secrets);
    updateProblems();
    return saved.ok();
}

void ComposeDialog::updateProblems()
{
    markText(m_body, m_secretValues);
    Reply reply;
    reply.action = m_action->currentData().toString();
    reply.toAddress = m_to->text();
    reply.subject = m_subject->text();
    reply.body = m_body->toPlainText();
    ReplyDrafter drafter(m_services.database, m_services.clock);
    const bool hasAccount = drafter.addressingFor(m_applicantId).ok();
    QStringList lines;
    for (const ReplyProblem problem : ReplyDrafter::problemsOf(reply, m_secretValues, hasAccount))
        lines << ReplyText::problem(problem);
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
    bool secrets = false;
    for (const QString& secret : std::as_const(m_secretValues)) {
        if (secret.size() >= 4 && reply.body.contains(secret))
            secrets = true;
    }
    m_secretNote->setText(tr("This reply contains the meeting's join details (marked in yellow). They go only to "
                             "this applicant; check the address before sending."));
    m_secretNote->setVisible(secrets);
    m_send->setEnabled(lines.isEmpty() && !m_sender->busy());
    m_toDrafts->setEnabled(lines.isEmpty() && !m_sender->busy());
}

void ComposeDialog::updatePreview()
{
    QByteArray bytes;
    if (const auto failure = m_sender->preview(m_replyId, bytes)) {
        m_preview->setPlainText(ReplyText::sendError(failure->code) + QLatin1Char('\n') + failure->detail);
        return;
    }
    // Read back with the same parser intake uses: what the applicant's mail program will show.
    const MimeMessage parsed = MimeParser::parse(bytes);
    const qsizetype headerEnd = bytes.indexOf("\r\n\r\n");
    QString text = QString::fromLatin1(bytes.left(headerEnd));
    text += QStringLiteral("\n\n");
    text += tr("── Decoded: what the applicant sees ──");
    text += QStringLiteral("\n");
    QStringList to;
    for (const MailAddress& address : parsed.to)
        to << address.address;
    text += tr("From: %1 <%2>").arg(parsed.from.value(0).name, parsed.from.value(0).address) + QLatin1Char('\n');
    text += tr("To: %1").arg(to.join(QStringLiteral(", "))) + QLatin1Char('\n');
    text += tr("Subject: %1").arg(parsed.subject) + QStringLiteral("\n\n");
    text += parsed.text;
    m_preview->setPlainText(text);
    markText(m_preview, m_secretValues);
}

void ComposeDialog::setBusy(bool busy)
{
    m_action->setEnabled(!busy);
    m_language->setEnabled(!busy);
    m_host->setEnabled(!busy);
    m_to->setReadOnly(busy);
    m_subject->setReadOnly(busy);
    m_body->setReadOnly(busy);
    updateProblems();
    if (busy) {
        m_send->setEnabled(false);
        m_toDrafts->setEnabled(false);
    }
}

void ComposeDialog::startSending(bool toDrafts)
{
    if (!saveNow())
        return;
    ReplyDrafter drafter(m_services.database, m_services.clock);
    auto problems = drafter.problems(m_replyId);
    if (!problems || !problems->isEmpty())
        return;
    setBusy(true);
    readPasswords(
        [this, toDrafts](std::optional<SendPasswords> passwords) {
            if (!passwords) {
                setBusy(false);
                m_status->setText(ReplyText::sendError(SendError::PasswordMissing));
                return;
            }
            sendWith(*passwords, toDrafts, false);
        },
        !toDrafts);
}

void ComposeDialog::readPasswords(std::function<void(std::optional<SendPasswords>)> next, bool needSmtp)
{
    ReplyDrafter drafter(m_services.database, m_services.clock);
    auto addressing = drafter.addressingFor(m_applicantId);
    if (!addressing) {
        next(std::nullopt);
        return;
    }
    const MailAccount account = addressing->account;
    auto passwords = std::make_shared<SendPasswords>();
    auto ask = [this, account](const QString& title) -> std::optional<QString> {
        return m_services.prompter.askPassword(
            this, title, tr("Enter the password of the mail account \"%1\" (%2).").arg(account.name, account.userName));
    };
    auto readSmtp = [this, account, passwords, next, needSmtp, ask]() {
        if (!needSmtp || smtpSecretKeyOf(account) == account.secretKey) {
            passwords->smtp = passwords->imap;
            next(*passwords);
            return;
        }
        m_services.secrets.read(smtpSecretKeyOf(account), this,
                                [passwords, next, ask](const Result<QString, SecretError>& read) {
                                    const std::optional<QString> smtp =
                                        read.ok() ? std::optional<QString>(read.value()) : ask(tr("SMTP password"));
                                    if (!smtp) {
                                        next(std::nullopt);
                                        return;
                                    }
                                    passwords->smtp = *smtp;
                                    next(*passwords);
                                });
    };
    if (account.askPassword) {
        const auto typed = ask(tr("Mail password"));
        if (!typed) {
            next(std::nullopt);
            return;
        }
        passwords->imap = *typed;
        readSmtp();
        return;
    }
    m_services.secrets.read(account.secretKey, this,
                            [passwords, readSmtp, next, ask](const Result<QString, SecretError>& read) {
                                const std::optional<QString> imap =
                                    read.ok() ? std::optional<QString>(read.value()) : ask(tr("Mail password"));
                                if (!imap) {
                                    next(std::nullopt);
                                    return;
                                }
                                passwords->imap = *imap;
                                readSmtp();
                            });
}

void ComposeDialog::sendWith(const SendPasswords& passwords, bool toDrafts, bool checked)
{
    auto finished = [this, toDrafts, passwords](const SendOutcome& outcome) {
        if (!outcome.ok()) {
            showFailure(*outcome.failure, toDrafts, passwords);
            return;
        }
        QStringList lines;
        lines << (toDrafts ? tr("Saved in the Drafts folder.") : tr("Sent."));
        for (const QString& warning : outcome.warnings)
            lines << ReplyText::warning(warning);
        if (!toDrafts && replyActionFromKey(m_action->currentData().toString()) == ReplyAction::Refer) {
            referAfterSending(passwords, lines);
            return;
        }
        m_services.prompter.inform(this, toDrafts ? tr("Saved") : tr("Sent"), lines.join(QLatin1Char('\n')));
        Q_EMIT replySent();
        accept();
    };
    if (toDrafts) {
        m_sender->saveToDrafts(m_replyId, passwords.imap, finished);
        return;
    }
    if (checked) {
        m_sender->send(m_replyId, passwords, finished);
        return;
    }
    // A co-host may have answered from another computer: the original's flags on the server say so.
    m_sender->checkOthers(m_replyId, passwords.imap,
                          [this, passwords](std::optional<OthersAnswer> answer, std::optional<SendFailure> failure) {
                              if (failure) {
                                  showFailure(*failure, false, passwords);
                                  return;
                              }
                              if (answer && answer->answered &&
                                  !m_services.prompter.confirm(this, tr("Already answered"),
                                                               ReplyText::othersAnswered(*answer), tr("Send anyway"))) {
                                  setBusy(false);
                                  m_status->setText(tr("Not sent. The reply is kept as a draft."));
                                  return;
                              }
                              sendWith(passwords, false, true);
                          });
}

void ComposeDialog::referAfterSending(const SendPasswords& passwords, const QStringList& lines)
{
    Referral referral;
    referral.applicantId = m_applicantId;
    referral.toRoomId = m_otherRoom->currentData().toLongLong();
    referral.hostId = m_host->currentData().toLongLong();
    referral.consent = m_consent->isChecked();
    for (QCheckBox* field : std::as_const(m_shareFields)) {
        if (referral.consent && field->isChecked())
            referral.sharedFields << field->property("fieldKey").toString();
    }
    auto recorded = ReplyDrafter(m_services.database, m_services.clock).recordReferral(referral);
    auto finishWith = [this](const QStringList& told) {
        m_services.prompter.inform(this, tr("Sent"), told.join(QLatin1Char('\n')));
        Q_EMIT replySent();
        accept();
    };
    if (!recorded || !referral.consent) {
        QStringList told = lines;
        if (!recorded)
            told << ErrorText::title(recorded.error().code);
        finishWith(told);
        return;
    }
    m_sender->sendReferral(recorded.value(), passwords, [lines, finishWith](const SendOutcome& outcome) {
        QStringList told = lines;
        told << (outcome.ok()
                     ? tr("The other room was told, with only the fields the applicant agreed to.")
                     : tr("The other room could not be told: %1").arg(ReplyText::sendError(outcome.failure->code)));
        finishWith(told);
    });
}

void ComposeDialog::showFailure(const SendFailure& failure, bool toDrafts, const SendPasswords& passwords)
{
    if (failure.code == SendError::TlsUntrusted && failure.certificate) {
        ReplyDrafter drafter(m_services.database, m_services.clock);
        auto addressing = drafter.addressingFor(m_applicantId);
        if (addressing) {
            const MailAccount& account = addressing->account;
            const bool pinned = failure.smtp ? !account.smtpPinnedSha256.isEmpty() : !account.pinnedSha256.isEmpty();
            if (m_services.prompter.trustCertificate(
                    this, MailAccountText::certificateTitle(pinned),
                    MailAccountText::certificateQuestion(account, *failure.certificate, pinned), pinned)) {
                const auto saved = failure.smtp
                                       ? m_services.mailAccounts.setSmtpPin(account.id, failure.certificate->sha256)
                                       : m_services.mailAccounts.setPin(account.id, failure.certificate->sha256);
                if (saved) {
                    sendWith(passwords, toDrafts, false);
                    return;
                }
            }
        }
    }
    setBusy(false);
    QString text = ReplyText::sendError(failure.code);
    if (!failure.detail.isEmpty() && failure.code != SendError::Blocked)
        text += QLatin1Char('\n') + tr("Details: %1").arg(failure.detail);
    text += QLatin1Char('\n') + tr("The reply is kept; you can send it again.");
    m_status->setText(text);
}

} // namespace tsunagu::ui
