// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ComposeDialog.h"

#include "common/ActivityText.h"
#include "domain/RoomRules.h"
#include "mail/mime/MimeParser.h"
#include "mail/net/SslMailSocket.h"
#include "sending/ReferralNotice.h"
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
#include <QVBoxLayout>

namespace tsunagu::ui {

ComposeDialog::ComposeDialog(UiServices& services, qint64 applicantId, qint64 replyId, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_applicantId(applicantId)
    , m_passwords(services.secrets)
{
    m_editor = new ReplyEditor(m_services.database, m_services.clock, SslMailSocket::factory(), m_passwords, this);
    buildForm();
    connect(m_editor, &ReplyEditor::textReplaced, this, &ComposeDialog::showText);
    connect(m_editor, &ReplyEditor::problemsChanged, this, &ComposeDialog::updateProblems);
    connect(m_editor, &ReplyEditor::stateChanged, this,
            [this](ReplyEditor::State state) { setBusy(state == ReplyEditor::State::Busy); });
    connect(m_editor, &ReplyEditor::stepChanged, this,
            [this](ReplySender::Step step) { m_status->setText(ActivityText::step(step)); });
    connect(m_editor, &ReplyEditor::passwordNeeded, this, &ComposeDialog::askPassword);
    connect(m_editor, &ReplyEditor::othersAnswered, this, &ComposeDialog::confirmOthers);
    connect(m_editor, &ReplyEditor::sent, this, &ComposeDialog::showSent);
    connect(m_editor, &ReplyEditor::failed, this, &ComposeDialog::showFailure);
    connect(m_editor, &ReplyEditor::stopped, this, [this](ReplyEditor::Stop reason) {
        m_status->setText(reason == ReplyEditor::Stop::NoPassword ? ReplyText::sendError(SendError::PasswordMissing)
                                                                  : tr("Not sent. The reply is kept as a draft."));
    });
    fillChoices();
    if (replyId != 0)
        loadReply(replyId);
    else
        chooseTemplate();

    auto rerender = [this] {
        if (m_loading)
            return;
        // Choosing another reply replaces the text: only while the host has not written anything of their own.
        chooseTemplate();
    };
    connect(m_action, &QComboBox::currentIndexChanged, this, rerender);
    connect(m_language, &QComboBox::currentIndexChanged, this, rerender);
    connect(m_host, &QComboBox::currentIndexChanged, this, rerender);
    connect(m_otherRoom, &QComboBox::currentIndexChanged, this, rerender);
    connect(m_to, &QLineEdit::textEdited, m_editor, &ReplyEditor::setTo);
    connect(m_subject, &QLineEdit::textEdited, m_editor, &ReplyEditor::setSubject);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_editor->setBody(m_body->toPlainText());
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            updatePreview();
    });
}

ComposeDialog::~ComposeDialog()
{
    // The editor (a child) stores what is not stored yet when it goes, after this part of the dialog is gone: its
    // signals must not reach it any more.
    disconnect(m_editor, nullptr, this, nullptr);
}

void ComposeDialog::buildForm()
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

    m_attachMeetings = new QCheckBox(tr("Attach the next meetings (.ics)"), this);
    m_attachMeetings->setObjectName(QStringLiteral("attachMeetingsCheck"));
    layout->addWidget(m_attachMeetings);
    connect(m_attachMeetings, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading)
            return;
        if (const auto failure = m_editor->setAttachMeetings(on))
            m_problems->setText(ErrorText::title(failure->code));
        if (m_tabs->currentIndex() == 1)
            updatePreview();
    });

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
    auto* discard = buttons->addButton(tr("Discard the draft"), QDialogButtonBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    auto* close = buttons->addButton(tr("Close (the draft is kept)"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);
    connect(discard, &QPushButton::clicked, this, [this] {
        if (m_editor->busy() || !m_services.prompter.confirm(this, tr("Discard the draft?"),
                                                             tr("The text of this reply is deleted. Nothing was "
                                                                "sent to the applicant."),
                                                             tr("Discard")))
            return;
        if (auto discarded = m_editor->discard(); !discarded) {
            m_status->setText(discarded.error().code == StoreError::Conflict
                                  ? tr("This reply went to the mail server already, so it is kept.")
                                  : ErrorText::title(discarded.error().code));
            return;
        }
        QDialog::done(QDialog::Rejected);
    });
    connect(m_send, &QPushButton::clicked, this, [this] { startSending(false); });
    connect(m_toDrafts, &QPushButton::clicked, this, [this] { startSending(true); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
}

void ComposeDialog::done(int result)
{
    if (m_editor->busy() && result == QDialog::Rejected) {
        m_status->setText(tr("Please wait until the reply has been handed to the server."));
        return;
    }
    // Opened and closed without a word typed: no draft is left behind for the host to wonder about.
    if (m_editor->untouchedNew())
        (void)m_editor->discard(); // a draft that cannot be deleted stays listed, which is harmless
    else
        m_editor->saveNow();
    QDialog::done(result);
}

void ComposeDialog::fillChoices()
{
    m_loading = true;
    auto hosts = m_services.hosts.all();
    auto rooms = m_services.rooms.all();
    auto applicant = m_services.applicants.byId(m_applicantId);
    QString roomCode;
    if (rooms && applicant) {
        for (const Room& room : rooms.value()) {
            if (room.id == applicant->roomId)
                roomCode = room.code;
        }
    }
    m_host->addItem(tr("(choose who answers)"), qint64(0));
    if (hosts) {
        // The room's own hosts first, then the others marked as such, so a reply is not signed by another room's
        // host by a slip; the room's only host is chosen already.
        const QVector<Host> serving = hostsOfRoom(hosts.value(), roomCode);
        for (const Host& host : serving)
            m_host->addItem(host.displayName, host.id);
        for (const Host& host : hosts.value()) {
            if (!host.roomCodes.contains(roomCode) || roomCode.isEmpty())
                m_host->addItem(serving.isEmpty() ? host.displayName
                                                  : tr("%1 (another room's host)").arg(host.displayName),
                                host.id);
        }
        m_host->setCurrentIndex(std::max(0, m_host->findData(defaultHostFor(hosts.value(), roomCode))));
    }
    if (rooms) {
        // Rooms that fit the applicant's concern first, paused rooms last and marked: the first is chosen.
        for (const Room& room : referralCandidates(rooms.value(), applicant ? applicant.value() : Applicant{})) {
            const QString text = QStringLiteral("%1 %2").arg(room.code, room.name);
            m_otherRoom->addItem(room.status == RoomStatus::Paused ? tr("%1 (paused)").arg(text) : text, room.id);
        }
    }
    if (applicant && !applicant->timeZone.isEmpty() && !applicant->timeZone.startsWith(QLatin1String("Asia/Tokyo")) &&
        applicant->country.compare(QLatin1String("日本")) != 0)
        m_language->setCurrentIndex(0); // Japanese first; the host switches for an applicant who writes English
    m_loading = false;
}

void ComposeDialog::showReferralChoices(ReplyAction action)
{
    m_otherRoom->setVisible(action == ReplyAction::Refer);
    m_otherRoomLabel->setVisible(action == ReplyAction::Refer);
    m_referral->setVisible(action == ReplyAction::Refer);
}

void ComposeDialog::chooseTemplate()
{
    const ReplyAction action = replyActionFromKey(m_action->currentData().toString());
    showReferralChoices(action);
    DraftRequest request;
    request.applicantId = m_applicantId;
    request.action = action;
    request.language = m_language->currentData().toString();
    request.hostId = m_host->currentData().toLongLong();
    request.otherRoomId = action == ReplyAction::Refer ? m_otherRoom->currentData().toLongLong() : 0;
    if (const auto failure = m_editor->choose(request))
        m_problems->setText(ErrorText::title(failure->code));
    showMeetingsOption();
}

void ComposeDialog::showMeetingsOption()
{
    const bool invitation = m_editor->action() == ReplyAction::Invite;
    const int meetings = invitation ? m_editor->meetingsToAttach() : 0;
    const bool wasLoading = m_loading;
    m_loading = true;
    m_attachMeetings->setVisible(invitation);
    m_attachMeetings->setEnabled(meetings > 0);
    m_attachMeetings->setChecked(meetings > 0 && m_editor->reply().attachMeetings);
    m_attachMeetings->setToolTip(
        meetings > 0 ? tr("The applicant's calendar app shows the room's next %n meeting(s) at their times. The link "
                          "and passcode are in it only when this mail gives them.",
                          nullptr, meetings)
                     : tr("The room has no meetings planned in the coming three months."));
    m_loading = wasLoading;
}

// The editor's text replaced what the widgets show (a template was rendered).
void ComposeDialog::showText()
{
    m_loading = true;
    m_to->setText(m_editor->reply().toAddress);
    m_subject->setText(m_editor->reply().subject);
    m_body->setPlainText(m_editor->reply().body);
    m_loading = false;
}

void ComposeDialog::loadReply(qint64 replyId)
{
    if (const auto failure = m_editor->load(replyId)) {
        m_problems->setText(ErrorText::title(failure->code));
        return;
    }
    const Reply& reply = m_editor->reply();
    m_loading = true;
    m_action->setCurrentIndex(std::max(0, m_action->findData(reply.action)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(reply.language)));
    m_host->setCurrentIndex(std::max(0, m_host->findData(reply.hostId)));
    m_loading = false;
    showText();
    showReferralChoices(replyActionFromKey(reply.action));
    showMeetingsOption();
    if (reply.state == ReplyState::Failed && reply.errorCode == QLatin1String("interrupted"))
        m_status->setText(tr("Tsunagu stopped while this reply was being sent. Look in the Sent folder whether it "
                             "arrived before you send it again."));
    else if (reply.state == ReplyState::Failed)
        m_status->setText(tr("The last attempt failed: %1").arg(reply.errorDetail));
    updateProblems();
}

// Meeting secrets in yellow, unfilled markers in red.
void ComposeDialog::markText(QPlainTextEdit* editor)
{
    QList<QTextEdit::ExtraSelection> selections;
    const QString text = editor->toPlainText();
    auto mark = [&](const QVector<TextSpan>& spans, const QColor& background) {
        for (const TextSpan& span : spans) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(editor->document());
            selection.cursor.setPosition(int(span.at));
            selection.cursor.setPosition(int(span.at + span.length), QTextCursor::KeepAnchor);
            selection.format.setBackground(background);
            selections << selection;
        }
    };
    mark(m_editor->secretSpans(text), QColor(0xff, 0xe0, 0x82));
    mark(ReplyEditor::markerSpans(text), QColor(0xff, 0xcd, 0xd2));
    editor->setExtraSelections(selections);
}

void ComposeDialog::updateProblems()
{
    markText(m_body);
    QStringList lines;
    for (const ReplyProblem problem : m_editor->problems())
        lines << ReplyText::problem(problem);
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
    m_secretNote->setText(tr("This reply contains the meeting's join details (marked in yellow). They go only to "
                             "this applicant; check the address before sending."));
    m_secretNote->setVisible(m_editor->containsSecrets());
    m_send->setEnabled(lines.isEmpty() && !m_editor->busy());
    m_toDrafts->setEnabled(lines.isEmpty() && !m_editor->busy());
}

void ComposeDialog::updatePreview()
{
    QByteArray bytes;
    if (const auto failure = m_editor->preview(bytes)) {
        // The real cause in words (no account, a sender that is not an address …), never a key or raw detail.
        const QString text = failure->code == SendError::Blocked
                                 ? tr("The preview cannot be shown yet:") + QLatin1Char('\n') +
                                       ReplyText::blockedReasons(failure->detail).join(QLatin1Char('\n'))
                                 : ReplyText::sendError(failure->code);
        m_preview->setPlainText(text);
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
    text += tr("Subject: %1").arg(parsed.subject) + QLatin1Char('\n');
    for (const MailAttachment& attachment : parsed.attachments)
        text += tr("Attachment: %1 (%2)").arg(attachment.fileName, attachment.contentType) + QLatin1Char('\n');
    text += QLatin1Char('\n');
    text += parsed.text;
    m_preview->setPlainText(text);
    markText(m_preview);
}

void ComposeDialog::setBusy(bool busy)
{
    m_action->setEnabled(!busy);
    m_language->setEnabled(!busy);
    m_host->setEnabled(!busy);
    m_attachMeetings->setEnabled(!busy && m_editor->meetingsToAttach() > 0);
    m_to->setReadOnly(busy);
    m_subject->setReadOnly(busy);
    m_body->setReadOnly(busy);
    updateProblems();
}

void ComposeDialog::startSending(bool toDrafts)
{
    QStringList shared;
    for (QCheckBox* field : std::as_const(m_shareFields)) {
        if (field->isChecked())
            shared << field->property("fieldKey").toString();
    }
    m_editor->setReferral(m_otherRoom->currentData().toLongLong(), m_consent->isChecked(), shared);
    if (toDrafts)
        m_editor->saveToDrafts();
    else
        m_editor->send();
}

void ComposeDialog::askPassword(MailPassword which, const MailAccount& account)
{
    const QString title = which == MailPassword::Imap ? tr("Mail password") : tr("SMTP password");
    m_editor->providePassword(
        which, m_services.prompter.askPassword(
                   this, title,
                   tr("Enter the password of the mail account \"%1\" (%2).").arg(account.name, account.userName)));
}

// A co-host may have answered from another computer.
void ComposeDialog::confirmOthers(const OthersAnswer& answer)
{
    if (m_services.prompter.confirm(this, tr("Already answered"), ReplyText::othersAnswered(answer), tr("Send anyway")))
        m_editor->sendAnyway();
    else
        m_editor->keepDraft();
}

void ComposeDialog::showSent(const ReplySent& result)
{
    QStringList lines;
    lines << (result.toDrafts ? tr("Saved in the Drafts folder.") : tr("Sent."));
    for (const QString& warning : result.warnings)
        lines << ReplyText::warning(warning);
    if (result.referralNotRecorded)
        lines << ErrorText::title(result.referralNotRecorded->code);
    else if (result.referralTold)
        lines << tr("The other room was told, with only the fields the applicant agreed to.");
    else if (result.referralNotTold)
        lines << tr("The other room could not be told: %1").arg(ReplyText::sendError(*result.referralNotTold));
    m_services.prompter.inform(this, result.toDrafts ? tr("Saved") : tr("Sent"), lines.join(QLatin1Char('\n')));
    Q_EMIT replySent();
    accept();
}

void ComposeDialog::showFailure(const SendFailure& failure)
{
    if (failure.code == SendError::TlsUntrusted && failure.certificate) {
        if (const std::optional<MailAccount> account = m_editor->account()) {
            const bool pinned = failure.smtp ? !account->smtpPinnedSha256.isEmpty() : !account->pinnedSha256.isEmpty();
            if (m_services.prompter.trustCertificate(
                    this, MailAccountText::certificateTitle(pinned),
                    MailAccountText::certificateQuestion(*account, *failure.certificate, pinned), pinned) &&
                m_editor->trustCertificateAndRetry(failure))
                return;
        }
    }
    QString text = ReplyText::sendError(failure.code);
    if (!failure.detail.isEmpty() && failure.code != SendError::Blocked)
        text += QLatin1Char('\n') + tr("Details: %1").arg(failure.detail);
    text += QLatin1Char('\n') + tr("The reply is kept; you can send it again.");
    m_status->setText(text);
}

} // namespace tsunagu::ui
