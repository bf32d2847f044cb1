// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/TemplateEditor.h"

#include "common/Icons.h"
#include "replies/Placeholder.h"
#include "replies/ReplyDateText.h"
#include "replies/TemplateRenderer.h"
#include "replies/TemplateRepository.h"
#include "text/ReplyText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextCursor>
#include <QVBoxLayout>

namespace tsunagu::ui {
namespace {

constexpr int s_keyRole = Qt::UserRole;

// How a placeholder is named wherever the editor lists one: its Japanese label and the tag to write. A meeting
// secret also carries the padlock icon where the editor lists it.
QString textOf(const Placeholder& placeholder)
{
    return placeholder.labelJa + QStringLiteral(" {{") + placeholder.key + QStringLiteral("}}");
}

// The first meeting day a week from now at 19:00 in Japan, and the week after: two lines as a reply writes them.
QString sampleMeetings(const QDateTime& now, const QString& language)
{
    const QDate first = now.toTimeZone(ReplyDateText::japan()).date().addDays(7);
    QStringList lines;
    for (const QDate& day : {first, first.addDays(7)}) {
        const QDateTime start(day, QTime(19, 0), ReplyDateText::japan());
        lines << ReplyDateText::meetingLine(start, 120, QString(), language);
    }
    return lines.join(QLatin1Char('\n'));
}

// What an applicant of `room` (nullptr: any room) would read, with invented values where the profile has none.
// The meeting secrets are always invented: a preview is no place for the real passcode.
RenderContext sampleContext(const Room* room, const Host* host, const QString& language, const QDateTime& now)
{
    const bool english = language == QLatin1String("en");
    auto pick = [english](const char* ja, const char* en) {
        return english ? QString::fromLatin1(en) : QString::fromUtf8(ja);
    };
    auto own = [](const QString& value, const QString& sample) {
        return value.trimmed().isEmpty() ? sample : value;
    };
    QHash<QString, QString> v;
    v.insert(QStringLiteral("applicant_name"), pick("さくら", "Sakura"));
    v.insert(QStringLiteral("room_name"), room ? room->name : pick("サンプルのルーム", "Sample Room"));
    v.insert(QStringLiteral("room_code"), room ? room->code : QStringLiteral("S"));
    v.insert(QStringLiteral("host_name"), host ? host->displayName : pick("ひかり", "Hikari"));
    v.insert(QStringLiteral("host_signature"),
             own(host ? host->signature : QString(), pick("ひかり（受付担当）", "Hikari (reception)")));
    v.insert(QStringLiteral("meeting_name"), pick("水曜夜のミーティング", "Wednesday evening meeting"));
    v.insert(QStringLiteral("next_meetings"), sampleMeetings(now, language));
    v.insert(QStringLiteral("beginner_time"),
             pick("開始前の18:45〜19:00（日本時間）", "18:45 to 19:00 (Japan time), before the meeting"));
    v.insert(
        QStringLiteral("room_guidelines"),
        own(room ? room->guidelines : QString(),
            pick("・ここで聞いた話は、ここに置いていきます。\n・ほかの方の話には意見を言わず、聴くことに徹します。",
                 "- What is said here stays here.\n- We listen to each other without giving advice.")));
    v.insert(QStringLiteral("chat_link"), QStringLiteral("https://chat.example.org/sample-room"));
    v.insert(QStringLiteral("join_link"), QStringLiteral("https://meet.example.org/j/0000000000"));
    v.insert(QStringLiteral("meeting_id"), QStringLiteral("000 0000 0000"));
    v.insert(QStringLiteral("passcode"), QStringLiteral("pass-sample"));
    v.insert(QStringLiteral("reply_deadline"), ReplyDateText::date(now.date().addDays(7), language));
    v.insert(QStringLiteral("application_form_url"),
             own(room ? room->applicationFormUrl : QString(), QStringLiteral("https://forms.example.org/sample-room")));
    v.insert(QStringLiteral("other_room_name"), pick("もうひとつのサンプルのルーム", "Another Sample Room"));
    v.insert(QStringLiteral("other_room_description"),
             pick("ギャンブルの問題で悩む本人のためのオンラインのルームです。",
                  "An online room for people troubled by their gambling."));
    v.insert(QStringLiteral("other_room_schedule"),
             pick("毎週土曜 20:00〜21:30（日本時間）", "Saturdays 20:00 to 21:30 (Japan time)"));
    v.insert(QStringLiteral("other_room_form_url"), QStringLiteral("https://forms.example.org/another-room"));
    v.insert(QStringLiteral("question"),
             pick("差し支えなければ、お住まいの地域（都道府県や国）を教えていただけますか。",
                  "If you do not mind, could you tell us which country or region you live in?"));
    return RenderContext{v};
}

} // namespace

TemplateEditor::TemplateEditor(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("templateEditor"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    outer->addWidget(splitter);

    auto* editPane = new QWidget(splitter);
    auto* layout = new QVBoxLayout(editPane);
    layout->setContentsMargins(0, 0, 0, 0);
    // Two choices to a row, so the editor and its preview fit a small laptop screen.
    auto* form = new QFormLayout;
    m_action = new QComboBox(editPane);
    m_action->setObjectName(QStringLiteral("templateActionCombo"));
    for (const ReplyAction action : allReplyActions())
        m_action->addItem(ReplyText::action(action), replyActionKey(action));
    m_language = new QComboBox(editPane);
    m_language->setObjectName(QStringLiteral("templateLanguageCombo"));
    m_language->setAccessibleName(tr("Language"));
    // Named in themselves, like the display language in Settings.
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(m_action, 1);
    actionRow->addWidget(m_language);
    auto* actionLabel = new QLabel(tr("&Reply:"), editPane);
    actionLabel->setBuddy(m_action);
    form->addRow(actionLabel, actionRow);
    m_room = new QComboBox(editPane);
    m_room->setObjectName(QStringLiteral("templateRoomCombo"));
    m_room->setAccessibleName(tr("Room"));
    m_host = new QComboBox(editPane);
    m_host->setObjectName(QStringLiteral("templateHostCombo"));
    m_host->setAccessibleName(tr("Host"));
    auto* forRow = new QHBoxLayout;
    forRow->addWidget(m_room, 1);
    forRow->addWidget(m_host, 1);
    auto* forLabel = new QLabel(tr("R&oom, host:"), editPane);
    forLabel->setBuddy(m_room);
    form->addRow(forLabel, forRow);
    m_name = new QLineEdit(editPane);
    m_name->setObjectName(QStringLiteral("templateNameEdit"));
    m_name->setPlaceholderText(tr("Empty: the default for this reply, room, host and language"));
    form->addRow(tr("&Name:"), m_name);
    m_subject = new QLineEdit(editPane);
    m_subject->setObjectName(QStringLiteral("templateSubjectEdit"));
    form->addRow(tr("&Subject:"), m_subject);
    layout->addLayout(form);

    auto* bodyRow = new QHBoxLayout;
    m_body = new QPlainTextEdit(editPane);
    m_body->setObjectName(QStringLiteral("templateBodyEdit"));
    m_body->setAccessibleName(tr("Message"));
    bodyRow->addWidget(m_body, 3);
    auto* placeholderColumn = new QVBoxLayout;
    m_placeholders = new QListWidget(editPane);
    m_placeholders->setObjectName(QStringLiteral("placeholdersList"));
    m_placeholders->setAccessibleName(tr("Placeholders"));
    auto* placeholderHeading = new QLabel(tr("&Placeholders:"), editPane);
    placeholderHeading->setBuddy(m_placeholders);
    placeholderHeading->setToolTip(tr("Double-click one, or choose it and press Insert, to put it where the cursor "
                                      "is in the message."));
    placeholderColumn->addWidget(placeholderHeading);
    placeholderColumn->addWidget(m_placeholders, 1);
    m_insert = new QPushButton(tr("&Insert into the message"), editPane);
    m_insert->setObjectName(QStringLiteral("insertPlaceholderButton"));
    placeholderColumn->addWidget(m_insert);
    bodyRow->addLayout(placeholderColumn, 2);
    layout->addLayout(bodyRow, 1);

    m_problems = new QLabel(editPane);
    m_problems->setObjectName(QStringLiteral("templateProblemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    layout->addWidget(m_problems);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    m_save = new QPushButton(tr("Sa&ve template"), editPane);
    m_save->setObjectName(QStringLiteral("saveTemplateButton"));
    saveRow->addWidget(m_save);
    layout->addLayout(saveRow);

    auto* previewBox = new QGroupBox(tr("Preview with sample values"), splitter);
    auto* previewLayout = new QVBoxLayout(previewBox);
    auto* legend = new QLabel(tr("Invented applicant and meeting details. Yellow: meeting secrets. Red: missing or "
                                 "not allowed."),
                              previewBox);
    legend->setWordWrap(true);
    previewLayout->addWidget(legend);
    m_preview = new QPlainTextEdit(previewBox);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setReadOnly(true);
    previewLayout->addWidget(m_preview, 1);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    fillPlaceholders();
    setChoices({}, {});

    connect(m_action, &QComboBox::currentIndexChanged, this, &TemplateEditor::fieldChanged);
    connect(m_room, &QComboBox::currentIndexChanged, this, &TemplateEditor::fieldChanged);
    connect(m_host, &QComboBox::currentIndexChanged, this, &TemplateEditor::fieldChanged);
    connect(m_language, &QComboBox::currentIndexChanged, this, &TemplateEditor::fieldChanged);
    connect(m_name, &QLineEdit::textChanged, this, &TemplateEditor::fieldChanged);
    connect(m_subject, &QLineEdit::textChanged, this, &TemplateEditor::fieldChanged);
    connect(m_body, &QPlainTextEdit::textChanged, this, &TemplateEditor::fieldChanged);
    connect(m_placeholders, &QListWidget::itemDoubleClicked, this, &TemplateEditor::insertPlaceholder);
    connect(m_placeholders, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* item) { m_insert->setEnabled(item && (item->flags() & Qt::ItemIsEnabled)); });
    connect(m_insert, &QPushButton::clicked, this, [this] { insertPlaceholder(m_placeholders->currentItem()); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (problems().isEmpty())
            Q_EMIT saveRequested();
    });
    setTemplate(ReplyTemplate{});
}

QString TemplateEditor::placeholderText(const QString& key)
{
    const Placeholder* placeholder = PlaceholderCatalogue::find(key);
    return placeholder ? textOf(*placeholder) : QString(QStringLiteral("{{") + key + QStringLiteral("}}"));
}

void TemplateEditor::fillPlaceholders()
{
    for (const Placeholder& placeholder : PlaceholderCatalogue::all()) {
        auto* item = new QListWidgetItem(textOf(placeholder), m_placeholders);
        item->setData(s_keyRole, placeholder.key);
        if (placeholder.secret) {
            item->setIcon(Icons::lock());
            item->setToolTip(tr("A meeting secret: only invitations may contain it."));
        }
    }
    m_insert->setEnabled(false);
}

void TemplateEditor::setChoices(const QVector<Room>& rooms, const QVector<Host>& hosts)
{
    const qint64 room = m_room->count() > 0 ? m_room->currentData().toLongLong() : m_shown.roomId;
    const qint64 host = m_host->count() > 0 ? m_host->currentData().toLongLong() : m_shown.hostId;
    m_rooms = rooms;
    m_hosts = hosts;
    const bool wasLoading = m_loading;
    m_loading = true;
    m_room->clear();
    m_room->addItem(tr("Every room"), qint64(0));
    for (const Room& r : rooms)
        m_room->addItem(QStringLiteral("%1 %2").arg(r.code, r.name), r.id);
    m_host->clear();
    m_host->addItem(tr("Every host"), qint64(0));
    for (const Host& h : hosts)
        m_host->addItem(h.displayName, h.id);
    selectData(m_room, room, tr("Room no longer in the list"));
    selectData(m_host, host, tr("Host no longer in the list"));
    m_loading = wasLoading;
    if (!m_loading)
        fieldChanged();
}

void TemplateEditor::selectData(QComboBox* combo, qint64 id, const QString& unknownText)
{
    int index = combo->findData(id);
    if (index < 0) {
        // Keep the template's own choice visible rather than quietly moving it to another room or host.
        combo->addItem(unknownText, id);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void TemplateEditor::setTemplate(const ReplyTemplate& replyTemplate)
{
    m_shown = replyTemplate;
    m_loading = true;
    m_action->setCurrentIndex(qMax(0, m_action->findData(replyActionKey(replyTemplate.action))));
    selectData(m_room, replyTemplate.roomId, tr("Room no longer in the list"));
    selectData(m_host, replyTemplate.hostId, tr("Host no longer in the list"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(replyTemplate.language)));
    m_name->setText(replyTemplate.name);
    m_subject->setText(replyTemplate.subject);
    m_body->setPlainText(replyTemplate.body);
    m_loading = false;
    fieldChanged();
}

ReplyTemplate TemplateEditor::currentTemplate() const
{
    ReplyTemplate t = m_shown;
    t.action = replyActionFromKey(m_action->currentData().toString());
    t.roomId = m_room->currentData().toLongLong();
    t.hostId = m_host->currentData().toLongLong();
    t.language = m_language->currentData().toString();
    t.name = m_name->text().trimmed();
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    return t;
}

void TemplateEditor::markSaved(qint64 id)
{
    m_shown = currentTemplate();
    m_shown.id = id;
    fieldChanged();
}

void TemplateEditor::replaceText(const QString& subject, const QString& body)
{
    m_subject->setText(subject);
    m_body->setPlainText(body);
}

bool TemplateEditor::isModified() const
{
    const ReplyTemplate now = currentTemplate();
    // A template that was never stored is work to lose as soon as it has text.
    if (m_shown.id == 0)
        return !now.subject.trimmed().isEmpty() || !now.body.trimmed().isEmpty();
    return now.action != m_shown.action || now.roomId != m_shown.roomId || now.hostId != m_shown.hostId ||
           now.language != m_shown.language || now.name != m_shown.name || now.subject != m_shown.subject ||
           now.body != m_shown.body;
}

QStringList TemplateEditor::problems() const
{
    const ReplyTemplate t = currentTemplate();
    QStringList found;
    if (t.subject.trimmed().isEmpty())
        found << tr("The subject is empty.");
    if (t.body.trimmed().isEmpty())
        found << tr("The message is empty.");
    const TemplateRepository::PlaceholderFindings placeholders = TemplateRepository::placeholderFindings(t);
    if (!placeholders.unknown.isEmpty()) {
        QStringList tags;
        for (const QString& tag : placeholders.unknown)
            tags << QStringLiteral("{{") + tag + QStringLiteral("}}");
        found << tr("Tsunagu does not know %1. Check the spelling, insert the placeholder from the list, and close "
                    "every {{#…}} or {{^…}} with its {{/…}}.")
                     .arg(tags.join(QStringLiteral(", ")));
    }
    if (!placeholders.misplacedSecrets.isEmpty()) {
        QStringList secrets;
        for (const QString& key : placeholders.misplacedSecrets)
            secrets << placeholderText(key);
        found << tr("%1 may only be in an invitation: the meeting's join details go only to applicants the "
                    "hosts have read. Remove it, or choose the reply \"%2\".")
                     .arg(secrets.join(QStringLiteral(", ")), ReplyText::action(ReplyAction::Invite));
    }
    return found;
}

void TemplateEditor::insertPlaceholder(QListWidgetItem* item)
{
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    QTextCursor cursor = m_body->textCursor();
    cursor.insertText(QStringLiteral("{{") + item->data(s_keyRole).toString() + QStringLiteral("}}"));
    m_body->setTextCursor(cursor);
    m_body->setFocus();
}

void TemplateEditor::fieldChanged()
{
    if (m_loading)
        return;
    const ReplyTemplate t = currentTemplate();
    updatePlaceholders(t.action == ReplyAction::Invite);
    const QStringList found = problems();
    m_problems->setText(found.join(QLatin1Char('\n')));
    m_problems->setVisible(!found.isEmpty());
    m_save->setEnabled(found.isEmpty() && (m_shown.id == 0 || isModified()));
    updatePreview();
    Q_EMIT edited();
}

void TemplateEditor::updatePlaceholders(bool invitation)
{
    for (int row = 0; row < m_placeholders->count(); ++row) {
        QListWidgetItem* item = m_placeholders->item(row);
        const Placeholder* placeholder = PlaceholderCatalogue::find(item->data(s_keyRole).toString());
        if (!placeholder)
            continue;
        const bool allowed = invitation || !placeholder->secret;
        item->setFlags(allowed ? item->flags() | Qt::ItemIsEnabled : item->flags() & ~Qt::ItemIsEnabled);
        if (!allowed)
            item->setToolTip(tr("Only invitations may contain the meeting's join details, so they never reach "
                                "someone the hosts have not read yet."));
        else if (placeholder->secret)
            item->setToolTip(tr("A meeting secret: sent only in invitations, and marked in the preview."));
        else if (placeholder->hostInput)
            item->setToolTip(tr("You write this yourself when you compose the reply."));
        else
            item->setToolTip(placeholder->labelEn);
    }
    QListWidgetItem* current = m_placeholders->currentItem();
    m_insert->setEnabled(current && (current->flags() & Qt::ItemIsEnabled));
}

void TemplateEditor::updatePreview()
{
    const ReplyTemplate t = currentTemplate();
    const Room* room = nullptr;
    for (const Room& r : m_rooms) {
        if (r.id == t.roomId)
            room = &r;
    }
    const Host* host = nullptr;
    for (const Host& h : m_hosts) {
        if (h.id == t.hostId)
            host = &h;
    }
    const Rendered rendered = TemplateRenderer::render(t, sampleContext(room, host, t.language, m_clock.now()));
    const QString subjectPrefix = tr("Subject: ");
    const QString bodyStartText = subjectPrefix + rendered.subject + QStringLiteral("\n\n");
    m_preview->setPlainText(bodyStartText + rendered.body);

    QList<QTextEdit::ExtraSelection> selections;
    auto mark = [&](const QVector<RenderedSpan>& spans, int offset) {
        for (const RenderedSpan& span : spans) {
            if (span.kind == RenderedSpan::Kind::Value)
                continue;
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(m_preview->document());
            selection.cursor.setPosition(offset + span.start);
            selection.cursor.setPosition(offset + span.start + span.length, QTextCursor::KeepAnchor);
            selection.format.setBackground(span.kind == RenderedSpan::Kind::Secret ? QColor(0xff, 0xe0, 0x82)
                                                                                   : QColor(0xff, 0xcd, 0xd2));
            selections << selection;
        }
    };
    mark(rendered.subjectSpans, int(subjectPrefix.size()));
    mark(rendered.bodySpans, int(bodyStartText.size()));
    m_preview->setExtraSelections(selections);
}

} // namespace tsunagu::ui
