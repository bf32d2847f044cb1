// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/RoomDialog.h"

#include "common/FormProblems.h"
#include "domain/RoomRules.h"
#include "storage/RetentionRepository.h"
#include "text/DisplayText.h"
#include "text/SettingsText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tsunagu::ui {
namespace {

QPlainTextEdit* textBox(const QString& objectName, const QString& text, int lines, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QLineEdit* lineEdit(const QString& objectName, const QString& text, QWidget* parent)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace

RoomDialog::RoomDialog(const Room& room, bool isNew, const QStringList& otherCodes, QWidget* parent)
    : QDialog(parent)
    , m_original(room)
    , m_otherCodes(otherCodes)
{
    setObjectName(QStringLiteral("roomDialog"));
    setWindowTitle(isNew ? tr("Add a room") : tr("Room %1").arg(room.code));

    m_code = lineEdit(QStringLiteral("roomCodeEdit"), room.code, this);
    m_code->setReadOnly(!isNew);
    m_code->setMaxLength(16);
    m_name = lineEdit(QStringLiteral("roomNameEdit"), room.name, this);

    m_audience = new QComboBox(this);
    m_audience->setObjectName(QStringLiteral("roomAudienceCombo"));
    for (Audience audience : {Audience::Persons, Audience::Families, Audience::WomenOnly, Audience::Open})
        m_audience->addItem(DisplayText::audience(audience), audienceKey(audience));
    m_audience->setCurrentIndex(qMax(0, m_audience->findData(audienceKey(room.audience))));

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("roomThemeCombo"));
    for (const QString& key : SettingsText::themeKeys())
        m_theme->addItem(SettingsText::theme(key), key);
    if (!room.theme.isEmpty() && m_theme->findData(room.theme) < 0)
        m_theme->addItem(room.theme, room.theme); // a theme this version does not know is kept as it is
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(room.theme)));

    m_description = textBox(QStringLiteral("roomDescriptionEdit"), room.description, 3, this);
    m_formUrl = lineEdit(QStringLiteral("roomFormUrlEdit"), room.applicationFormUrl, this);
    m_formUrl->setPlaceholderText(QStringLiteral("https://"));
    m_chatLink = lineEdit(QStringLiteral("roomChatLinkEdit"), room.chatLink, this);
    m_chatLink->setEchoMode(QLineEdit::Password);
    m_chatLink->setPlaceholderText(QStringLiteral("https://"));
    m_showChatLink = new QCheckBox(tr("Show"), this);
    m_showChatLink->setObjectName(QStringLiteral("roomShowChatLinkCheck"));
    connect(m_showChatLink, &QCheckBox::toggled, this,
            [this](bool show) { m_chatLink->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    auto* chatRow = new QHBoxLayout;
    chatRow->addWidget(m_chatLink, 1);
    chatRow->addWidget(m_showChatLink);
    m_reception = lineEdit(QStringLiteral("roomReceptionEdit"), room.receptionAddress, this);
    m_reception->setPlaceholderText(QStringLiteral("room@example.jp"));

    m_deadline = new QSpinBox(this);
    m_deadline->setObjectName(QStringLiteral("roomDeadlineSpin"));
    m_deadline->setRange(1, s_maxReplyDeadlineDays);
    m_deadline->setValue(qBound(1, room.replyDeadlineDays, s_maxReplyDeadlineDays));
    m_deadline->setSuffix(tr(" days"));
    m_minimumMinutes = new QSpinBox(this);
    m_minimumMinutes->setObjectName(QStringLiteral("roomMinimumMinutesSpin"));
    m_minimumMinutes->setRange(0, s_maxMinimumMinutes);
    m_minimumMinutes->setValue(qBound(0, room.minimumMinutes, s_maxMinimumMinutes));
    m_minimumMinutes->setSuffix(tr(" min"));
    auto* minimumText = new QLabel(tr("When a Zoom participant list is read, a shorter stay is not counted."), this);
    minimumText->setObjectName(QStringLiteral("roomMinimumMinutesLabel"));
    minimumText->setWordWrap(true);
    auto* aliases = new QPushButton(tr("Remembered &Zoom names…"), this);
    aliases->setObjectName(QStringLiteral("roomAliasesButton"));
    aliases->setEnabled(!isNew);
    connect(aliases, &QPushButton::clicked, this, &RoomDialog::aliasesRequested);
    auto* minimumRow = new QHBoxLayout;
    minimumRow->addWidget(m_minimumMinutes);
    minimumRow->addWidget(minimumText, 1);
    minimumRow->addWidget(aliases);
    // How long self-introductions and mail texts stay after the outcome is decided (RetentionRepository).
    m_retention = new QSpinBox(this);
    m_retention->setObjectName(QStringLiteral("roomRetentionSpin"));
    m_retention->setRange(0, RetentionRepository::s_maximumDays);
    m_retention->setSuffix(tr(" days"));
    m_retention->setSpecialValueText(tr("until deleted by hand"));
    m_retention->setValue(RetentionRepository::s_defaultDays);
    m_retentionText = new QLabel(this);
    m_retentionText->setObjectName(QStringLiteral("roomRetentionLabel"));
    m_retentionText->setWordWrap(true);
    m_retentionText->setTextFormat(Qt::PlainText);
    connect(m_retention, &QSpinBox::valueChanged, this, &RoomDialog::describeRetention);
    describeRetention();

    m_paused = new QCheckBox(tr("Paused (no new applications are invited)"), this);
    m_paused->setObjectName(QStringLiteral("roomPausedCheck"));
    m_paused->setChecked(room.status == RoomStatus::Paused);
    m_statusNote = lineEdit(QStringLiteral("roomStatusNoteEdit"), room.statusNote, this);
    m_statusNote->setPlaceholderText(tr("For example: resumes in April"));
    m_statusNote->setEnabled(m_paused->isChecked());
    connect(m_paused, &QCheckBox::toggled, m_statusNote, &QWidget::setEnabled);

    m_schedule = lineEdit(QStringLiteral("roomScheduleEdit"), room.scheduleSummary, this);
    m_schedule->setPlaceholderText(tr("For example: every Tuesday and Friday 19:00–21:00"));
    m_guidelines = textBox(QStringLiteral("roomGuidelinesEdit"), room.guidelines, 5, this);
    m_minors = new QCheckBox(tr("Applicants under 18 are considered case by case"), this);
    m_minors->setObjectName(QStringLiteral("roomMinorsCheck"));
    m_minors->setChecked(room.minorsReviewed);

    auto* form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Audience:"), m_audience);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Application &form:"), m_formUrl);
    // A row holding a layout gets no buddy from QFormLayout: the label is made here so its shortcut works.
    auto* chatLabel = new QLabel(tr("&Chat link (secret):"), this);
    chatLabel->setBuddy(m_chatLink);
    form->addRow(chatLabel, chatRow);
    form->addRow(tr("&Reception address:"), m_reception);
    form->addRow(tr("Reply &deadline:"), m_deadline);
    auto* minimumLabel = new QLabel(tr("Zoom &minimum stay:"), this);
    minimumLabel->setBuddy(m_minimumMinutes);
    form->addRow(minimumLabel, minimumRow);
    auto* retentionLabel = new QLabel(tr("&Keep texts for:"), this);
    retentionLabel->setBuddy(m_retention);
    form->addRow(retentionLabel, m_retention);
    form->addRow(QString(), m_retentionText);
    form->addRow(QString(), m_paused);
    form->addRow(tr("Pause &note:"), m_statusNote);
    form->addRow(tr("&Schedule in words:"), m_schedule);
    form->addRow(tr("&Guidelines:"), m_guidelines);
    form->addRow(QString(), m_minors);

    m_problems = FormProblems::makeLabel(QStringLiteral("roomProblemsLabel"), this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("roomButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    for (QLineEdit* edit : {m_code, m_name, m_formUrl, m_chatLink, m_reception})
        connect(edit, &QLineEdit::textChanged, this, &RoomDialog::validate);
    validate();
    resize(620, sizeHint().height());
}

Room RoomDialog::room() const
{
    Room room = m_original;
    room.code = m_code->text().trimmed();
    room.name = m_name->text().trimmed();
    room.audience = audienceFromKey(m_audience->currentData().toString());
    room.theme = m_theme->currentData().toString();
    room.description = m_description->toPlainText().trimmed();
    room.applicationFormUrl = m_formUrl->text().trimmed();
    room.chatLink = m_chatLink->text().trimmed();
    room.receptionAddress = m_reception->text().trimmed();
    room.replyDeadlineDays = m_deadline->value();
    room.minimumMinutes = m_minimumMinutes->value();
    room.status = m_paused->isChecked() ? RoomStatus::Paused : RoomStatus::Active;
    room.statusNote = m_paused->isChecked() ? m_statusNote->text().trimmed() : QString();
    room.scheduleSummary = m_schedule->text().trimmed();
    room.guidelines = m_guidelines->toPlainText().trimmed();
    room.minorsReviewed = m_minors->isChecked();
    return room;
}

void RoomDialog::validate()
{
    QStringList lines;
    for (RoomProblem problem : roomProblems(room(), m_otherCodes))
        lines << SettingsText::roomProblem(problem);
    FormProblems::show(m_problems, m_buttons, lines);
}

void RoomDialog::setRetentionDays(int days)
{
    m_retention->setValue(days);
}

int RoomDialog::retentionDays() const
{
    return m_retention->value();
}

void RoomDialog::describeRetention()
{
    const int days = m_retention->value();
    m_retentionText->setText(
        days == 0 ? tr("Self-introductions and the texts of replies and applications are kept until you delete the "
                       "applicant.")
                  : tr("Self-introductions and the texts of replies and applications are deleted %n day(s) after the "
                       "applicant's outcome is decided. The applicant, their status and every count stay.",
                       nullptr, days));
}

} // namespace tsunagu::ui
