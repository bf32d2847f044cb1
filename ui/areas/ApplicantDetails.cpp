// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/ApplicantDetails.h"

#include "dialogs/ComposeDialog.h"
#include "dialogs/DeleteApplicantDialog.h"
#include "dialogs/MemberDialog.h"
#include "domain/MemberRules.h"
#include "storage/ReplyRepository.h"
#include "text/DisplayText.h"
#include "text/ErrorText.h"
#include "text/MemberText.h"
#include "text/ReplyText.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStringDecoder>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace tsunagu::ui {

ApplicantDetails::ApplicantDetails(UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("applicantDetails"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailsTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    // Answering: a new reply from the room's template, or the draft the host left (nothing typed is lost).
    auto* replyBar = new QWidget(this);
    auto* replyLayout = new QHBoxLayout(replyBar);
    replyLayout->setContentsMargins(0, 0, 0, 0);
    m_replies = new QLabel(replyBar);
    m_replies->setObjectName(QStringLiteral("repliesLabel"));
    m_replies->setWordWrap(true);
    m_replies->setTextFormat(Qt::PlainText);
    m_replyButton = new QPushButton(tr("Reply…"), replyBar);
    m_replyButton->setObjectName(QStringLiteral("replyButton"));
    replyLayout->addWidget(m_replies, 1);
    replyLayout->addWidget(m_replyButton);
    layout->addWidget(replyBar);
    connect(m_replyButton, &QPushButton::clicked, this, [this] { openCompose(m_openDraftId); });

    // What the host decides about the applicant: the status (with a note for the history), the room, and for a
    // letter taken as an application by mistake, back to 未分類.
    m_actions = new QWidget(this);
    auto* actions = new QGridLayout(m_actions);
    actions->setContentsMargins(0, 0, 0, 0);
    m_status = new QComboBox(m_actions);
    m_status->setObjectName(QStringLiteral("applicantStatusCombo"));
    for (ApplicantStatus status :
         {ApplicantStatus::New, ApplicantStatus::Checking, ApplicantStatus::Invited, ApplicantStatus::Attending,
          ApplicantStatus::OnHold, ApplicantStatus::Referred, ApplicantStatus::NotEligible, ApplicantStatus::Withdrawn})
        m_status->addItem(DisplayText::applicantStatus(status), applicantStatusKey(status));
    m_statusNote = new QLineEdit(m_actions);
    m_statusNote->setObjectName(QStringLiteral("applicantStatusNoteEdit"));
    m_statusNote->setPlaceholderText(tr("Note for the history (optional)"));
    m_changeStatus = new QPushButton(tr("Change status"), m_actions);
    m_changeStatus->setObjectName(QStringLiteral("changeStatusButton"));
    m_room = new QComboBox(m_actions);
    m_room->setObjectName(QStringLiteral("applicantRoomCombo"));
    m_room->setToolTip(tr("The room this application is for"));
    m_unclassify = new QPushButton(tr("Not an application"), m_actions);
    m_unclassify->setObjectName(QStringLiteral("unclassifyButton"));
    m_unclassify->setToolTip(tr("Puts the mail back in 未分類 and removes this applicant (only before any reply)."));
    m_room->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_room->setMinimumContentsLength(18);
    // Two rows, so each control keeps a readable width in a narrow pane: the status with its note, then the room.
    actions->addWidget(new QLabel(tr("Status:"), m_actions), 0, 0);
    actions->addWidget(m_status, 0, 1);
    actions->addWidget(m_statusNote, 0, 2);
    actions->addWidget(m_changeStatus, 0, 3);
    actions->addWidget(new QLabel(tr("Room:"), m_actions), 1, 0);
    actions->addWidget(m_room, 1, 1, 1, 2, Qt::AlignLeft);
    actions->addWidget(m_unclassify, 1, 3);
    m_delete = new QPushButton(tr("Delete this applicant…"), m_actions);
    m_delete->setObjectName(QStringLiteral("deleteApplicantButton"));
    actions->addWidget(m_delete, 2, 3);
    connect(m_delete, &QPushButton::clicked, this, &ApplicantDetails::deleteApplicant);
    m_addToRoster = new QPushButton(tr("Add to the roster…"), m_actions);
    m_addToRoster->setObjectName(QStringLiteral("addToRosterButton"));
    actions->addWidget(m_addToRoster, 2, 1, 1, 2, Qt::AlignRight);
    connect(m_addToRoster, &QPushButton::clicked, this, &ApplicantDetails::addToRoster);
    actions->setColumnStretch(2, 1);
    layout->addWidget(m_actions);
    connect(m_changeStatus, &QPushButton::clicked, this, &ApplicantDetails::changeStatus);
    connect(m_statusNote, &QLineEdit::returnPressed, this, &ApplicantDetails::changeStatus);
    connect(m_room, &QComboBox::activated, this, &ApplicantDetails::changeRoom);
    connect(m_unclassify, &QPushButton::clicked, this, &ApplicantDetails::returnToUnclassified);

    m_hints = new QLabel(this);
    m_hints->setObjectName(QStringLiteral("hintsLabel"));
    m_hints->setWordWrap(true);
    m_hints->setTextFormat(Qt::PlainText);
    m_hints->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #663c00; padding: 6px; }"));
    layout->addWidget(m_hints);

    // A second application from a known address: the host keeps both or merges this one into the first.
    m_duplicateBar = new QWidget(this);
    m_duplicateBar->setObjectName(QStringLiteral("duplicateBar"));
    auto* duplicateLayout = new QHBoxLayout(m_duplicateBar);
    duplicateLayout->setContentsMargins(0, 0, 0, 0);
    m_duplicateLabel = new QLabel(m_duplicateBar);
    m_duplicateLabel->setWordWrap(true);
    auto* keep = new QPushButton(tr("Keep both"), m_duplicateBar);
    keep->setObjectName(QStringLiteral("keepDuplicateButton"));
    keep->setToolTip(tr("Both applications stay, for example when the same person applies to a second room."));
    auto* merge = new QPushButton(tr("Merge into the earlier application"), m_duplicateBar);
    merge->setObjectName(QStringLiteral("mergeDuplicateButton"));
    merge->setToolTip(tr("This mail joins the earlier application, and this entry leaves the lists."));
    duplicateLayout->addWidget(m_duplicateLabel, 1);
    duplicateLayout->addWidget(keep);
    duplicateLayout->addWidget(merge);
    layout->addWidget(m_duplicateBar);
    connect(keep, &QPushButton::clicked, this, [this] { resolveDuplicate(DuplicateState::Kept); });
    connect(merge, &QPushButton::clicked, this, [this] { resolveDuplicate(DuplicateState::Merged); });

    m_fields = new QStandardItemModel(this);
    m_fieldsView = new QTableView(this);
    m_fieldsView->setObjectName(QStringLiteral("fieldsView"));
    m_fieldsView->setModel(m_fields);
    m_fieldsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fieldsView->verticalHeader()->hide();
    m_fieldsView->horizontalHeader()->setStretchLastSection(true);
    m_fieldsView->setWordWrap(true);

    auto* textPane = new QWidget(this);
    auto* textLayout = new QVBoxLayout(textPane);
    textLayout->setContentsMargins(0, 0, 0, 0);
    m_decodingNote = new QLabel(textPane);
    m_decodingNote->setObjectName(QStringLiteral("decodingNoteLabel"));
    m_decodingNote->setWordWrap(true);
    textLayout->addWidget(m_decodingNote);
    m_text = new QPlainTextEdit(textPane);
    m_text->setObjectName(QStringLiteral("originalTextEdit"));
    m_text->setReadOnly(true);
    textLayout->addWidget(m_text, 1);
    m_sourceButton = new QPushButton(tr("Show the raw source…"), textPane);
    m_sourceButton->setObjectName(QStringLiteral("sourceButton"));
    textLayout->addWidget(m_sourceButton, 0, Qt::AlignRight);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_fieldsView);
    splitter->addWidget(textPane);
    layout->addWidget(splitter, 1);

    connect(m_sourceButton, &QPushButton::clicked, this, &ApplicantDetails::showSource);
    showApplicant(0);
}

ViewActions ApplicantDetails::listActions() const
{
    return {{m_replyButton, m_addToRoster, m_unclassify, m_delete}, m_replyButton, m_delete};
}

void ApplicantDetails::showApplicant(qint64 applicantId)
{
    m_applicantId = applicantId;
    m_messageId = 0;
    m_fields->clear();
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_text->clear();
    m_hints->hide();
    m_duplicateBar->hide();
    m_decodingNote->hide();
    m_sourceButton->setEnabled(false);
    m_replyButton->setEnabled(applicantId > 0);
    m_actions->setEnabled(false);
    showReplies();
    if (applicantId <= 0) {
        m_title->setText(tr("Choose an applicant to see the application."));
        return;
    }
    auto applicant = m_services.applicants.byId(applicantId);
    if (!applicant) {
        m_title->setText(tr("This applicant could not be read."));
        return;
    }
    const Applicant& a = applicant.value();
    fillActions(a);
    m_title->setText(tr("%1 — received %2").arg(a.anonymousName, DisplayText::dateTime(a.receivedAt)));

    QStringList hints;
    for (const Hint& hint : a.hints)
        hints << QStringLiteral("⚠ ") + DisplayText::hint(hint.kind);
    if (!hints.isEmpty()) {
        m_hints->setText(hints.join(QLatin1Char('\n')));
        m_hints->show();
    }

    if (a.duplicateState == DuplicateState::Flagged && a.duplicateOfId > 0) {
        m_duplicateLabel->setText(tr("Applicant #%1 applied before from the same address.").arg(a.duplicateOfId));
        m_duplicateBar->show();
    }

    for (const LabelledValue& field : a.formFields) {
        auto* label = new QStandardItem(field.label);
        const QString known = DisplayText::fieldName(field.key);
        label->setToolTip(known.isEmpty() ? tr("A field Tsunagu does not know; kept as written.") : known);
        m_fields->appendRow({label, new QStandardItem(field.value)});
    }
    m_fieldsView->resizeColumnToContents(0);
    m_fieldsView->resizeRowsToContents();

    auto messages = m_services.messages.forApplicant(applicantId);
    if (!messages || messages->isEmpty()) {
        m_text->setPlaceholderText(tr("No mail is stored for this applicant."));
        return;
    }
    const Message& first = messages->first();
    m_messageId = first.id;
    m_text->setPlainText(first.bodyText);
    m_sourceButton->setEnabled(true);
    if (QJsonDocument::fromJson(first.decodingNotes.toUtf8()).array().size() > 0) {
        m_decodingNote->setText(tr("Some of this mail's characters had to be guessed. If the text looks wrong, "
                                   "compare it with the raw source."));
        m_decodingNote->show();
    }
}

void ApplicantDetails::showReplies()
{
    m_openDraftId = 0;
    m_replies->clear();
    m_replyButton->setText(tr("Reply…"));
    if (m_applicantId <= 0)
        return;
    auto replies = ReplyRepository(m_services.database, m_services.clock).forApplicant(m_applicantId);
    if (!replies)
        return;
    QStringList lines;
    for (const Reply& reply : replies.value()) {
        const QDateTime at = reply.sentAt.isValid() ? reply.sentAt : reply.updatedAt;
        QString line = tr("%1: %2 (%3)")
                           .arg(ReplyText::action(replyActionFromKey(reply.action)), ReplyText::state(reply.state),
                                DisplayText::dateTime(at));
        if (!reply.warning.isEmpty())
            line += QStringLiteral(" ⚠");
        lines << line;
        if (reply.state == ReplyState::Draft || reply.state == ReplyState::Failed)
            m_openDraftId = reply.id;
    }
    m_replies->setText(lines.join(QLatin1Char('\n')));
    if (m_openDraftId != 0)
        m_replyButton->setText(tr("Continue the reply…"));
}

void ApplicantDetails::openCompose(qint64 replyId)
{
    if (m_applicantId <= 0)
        return;
    auto* dialog = new ComposeDialog(m_services, m_applicantId, replyId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ComposeDialog::replySent, this, &ApplicantDetails::applicantChanged);
    connect(dialog, &QDialog::finished, this, [this] { showReplies(); });
    dialog->open();
}

void ApplicantDetails::resolveDuplicate(DuplicateState decision)
{
    if (m_applicantId <= 0)
        return;
    auto resolved = m_services.applicants.resolveDuplicate(m_applicantId, decision);
    if (!resolved) {
        m_services.prompter.inform(this, ErrorText::title(resolved.error().code),
                                   ErrorText::explanation(resolved.error().code, m_services.profileDirectory));
        return;
    }
    Q_EMIT applicantChanged();
}

void ApplicantDetails::showSource()
{
    if (m_messageId <= 0)
        return;
    auto message = m_services.messages.byId(m_messageId, true);
    if (!message)
        return;
    // The raw bytes as they came: UTF-8 when they are, else byte for byte (mail headers are 7-bit).
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(message->raw);
    if (utf8.hasError())
        text = QString::fromLatin1(message->raw);

    // Window-modal and not blocking: the host can keep it beside the application while reading.
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("sourceDialog"));
    dialog->setWindowTitle(tr("Raw source of the mail"));
    auto* layout = new QVBoxLayout(dialog);
    auto* view = new QPlainTextEdit(dialog);
    view->setObjectName(QStringLiteral("sourceEdit"));
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setPlainText(text);
    layout->addWidget(view);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(800, 600);
    dialog->open();
}

void ApplicantDetails::fillActions(const Applicant& applicant)
{
    m_actions->setEnabled(true);
    m_status->setCurrentIndex(std::max(0, m_status->findData(applicantStatusKey(applicant.status))));
    m_statusNote->clear();
    m_room->clear();
    m_room->addItem(tr("(choose a room)"), qint64(0));
    if (auto rooms = m_services.rooms.all()) {
        for (const Room& room : rooms.value())
            m_room->addItem(QStringLiteral("%1 %2").arg(room.code, room.name), room.id);
    }
    m_room->setCurrentIndex(std::max(0, m_room->findData(applicant.roomId)));
    m_unclassify->setVisible(applicant.status == ApplicantStatus::New);
    updateRosterButton(applicant);
}

void ApplicantDetails::updateRosterButton(const Applicant& applicant)
{
    // Offered to an applicant who was invited (or comes already) and is on no roster yet, and who has a room.
    auto member = m_services.members.memberIdForApplicant(applicant.id);
    const bool isMember = member && member.value() != 0;
    const bool canAdd = canBecomeMember(applicant.status) && applicant.roomId > 0 && member && !isMember;
    m_addToRoster->setEnabled(canAdd);
    if (isMember)
        m_addToRoster->setToolTip(tr("This applicant is on the roster already (名簿)."));
    else if (!canBecomeMember(applicant.status))
        m_addToRoster->setToolTip(tr("Applicants join the roster once they are invited or attending."));
    else if (applicant.roomId <= 0)
        m_addToRoster->setToolTip(tr("Choose the applicant's room first."));
    else
        m_addToRoster->setToolTip(tr("Adds the applicant to their room's roster as a member."));
}

void ApplicantDetails::addToRoster()
{
    if (m_applicantId <= 0)
        return;
    auto applicant = m_services.applicants.byId(m_applicantId);
    if (!applicant)
        return reportStoreError(applicant.error());
    auto rooms = m_services.rooms.all();
    if (!rooms)
        return reportStoreError(rooms.error());
    auto members = m_services.members.all();
    if (!members)
        return reportStoreError(members.error());
    const Applicant& a = applicant.value();
    Member fresh;
    fresh.roomId = a.roomId;
    fresh.category = a.category;
    fresh.joinedOn = m_services.clock.now().toTimeZone(QTimeZone("Asia/Tokyo")).date();
    fresh.anonymousName = a.anonymousName.trimmed(); // empty: the host types the name they use in the room
    fresh.applicantId = a.id;
    QHash<qint64, QString> codes;
    for (const Room& room : rooms.value())
        codes.insert(room.id, room.code);
    auto* dialog = new MemberDialog(fresh, rooms.value(), members.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaver([this, codes](const Member& member) -> QString {
        auto inserted = m_services.members.insert(member);
        if (!inserted) {
            if (inserted.error().code == StoreError::ConstraintViolated)
                return MemberText::problem(MemberProblem::NameTaken, codes.value(member.roomId));
            return ErrorText::title(inserted.error().code) + QLatin1Char('\n') +
                   ErrorText::explanation(inserted.error().code, m_services.profileDirectory);
        }
        return {};
    });
    connect(dialog, &QDialog::accepted, this, [this] {
        showApplicant(m_applicantId);
        Q_EMIT applicantChanged();
    });
    dialog->open();
}

void ApplicantDetails::deleteApplicant()
{
    auto* dialog = new DeleteApplicantDialog(m_services, m_applicantId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeleteApplicantDialog::applicantDeleted, this, [this] {
        showApplicant(0);
        Q_EMIT applicantChanged();
    });
    if (dialog->ready()) {
        dialog->open();
        return;
    }
    dialog->deleteLater();
    m_services.prompter.inform(this, tr("Delete this applicant"),
                               tr("This applicant was deleted already: only the counts are left."));
}

void ApplicantDetails::reportStoreError(const StoreFailure& failure)
{
    m_services.prompter.inform(this, ErrorText::title(failure.code),
                               ErrorText::explanation(failure.code, m_services.profileDirectory));
}

void ApplicantDetails::changeStatus()
{
    if (m_applicantId <= 0)
        return;
    const ApplicantStatus status = applicantStatusFromKey(m_status->currentData().toString());
    if (const auto changed = m_services.applicants.setStatus(m_applicantId, status, 0, m_statusNote->text().trimmed());
        !changed) {
        reportStoreError(changed.error());
        return;
    }
    showApplicant(m_applicantId);
    Q_EMIT applicantChanged();
}

void ApplicantDetails::changeRoom()
{
    if (m_applicantId <= 0)
        return;
    if (const auto moved = m_services.applicants.setRoom(m_applicantId, m_room->currentData().toLongLong()); !moved) {
        reportStoreError(moved.error());
        return;
    }
    Q_EMIT applicantChanged();
}

void ApplicantDetails::returnToUnclassified()
{
    if (m_applicantId <= 0)
        return;
    const auto returned = m_services.intake.returnToUnclassified(m_applicantId);
    if (!returned) {
        if (returned.error().code == StoreError::Conflict)
            m_services.prompter.inform(this, tr("Still an applicant"),
                                       tr("This applicant was answered already or their status changed, so they "
                                          "stay an applicant."));
        else
            reportStoreError(returned.error());
        return;
    }
    showApplicant(0);
    Q_EMIT applicantChanged();
}

} // namespace tsunagu::ui
