// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/TemplatesPage.h"

#include "areas/TemplateEditor.h"
#include "replies/DefaultTemplates.h"
#include "text/ErrorText.h"
#include "text/ReplyText.h"
#include "text/Sentences.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tsunagu::ui {
namespace {

constexpr int s_idRole = Qt::UserRole;

QString languageText(const QString& language)
{
    return language == QLatin1String("en") ? QStringLiteral("English") : QStringLiteral("日本語");
}

bool isGeneric(const ReplyTemplate& t)
{
    return t.roomId == 0 && t.hostId == 0 && t.name.isEmpty();
}

} // namespace

TemplatesPage::TemplatesPage(UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_repository(services.database, services.clock)
{
    setObjectName(QStringLiteral("templatesPage"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The texts Tsunagu starts each reply from. A template for one room or one host is "
                                "used before the one for every room and every host."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* listPane = new QWidget(splitter);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTableWidget(0, ColumnCount, listPane);
    m_view->setObjectName(QStringLiteral("templatesView"));
    m_view->setHorizontalHeaderLabels({tr("Reply"), tr("Room"), tr("Host"), tr("Language"), tr("Name")});
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    listLayout->addWidget(m_view, 1);

    // Two by two, so the list stays narrow and the editor gets the width.
    auto* buttons = new QGridLayout;
    auto* add = new QPushButton(tr("Ne&w"), listPane);
    add->setObjectName(QStringLiteral("newTemplateButton"));
    m_duplicate = new QPushButton(tr("D&uplicate"), listPane);
    m_duplicate->setObjectName(QStringLiteral("duplicateTemplateButton"));
    m_duplicate->setToolTip(tr("Starts a new template from the text in the editor, e.g. for one room."));
    m_delete = new QPushButton(tr("&Delete"), listPane);
    m_delete->setObjectName(QStringLiteral("deleteTemplateButton"));
    m_restore = new QPushButton(tr("Res&tore default"), listPane);
    m_restore->setObjectName(QStringLiteral("restoreDefaultButton"));
    m_restore->setToolTip(tr("Puts the text Tsunagu ships back into the editor (for the templates for every room "
                             "and every host)."));
    buttons->addWidget(add, 0, 0);
    buttons->addWidget(m_duplicate, 0, 1);
    buttons->addWidget(m_delete, 1, 0);
    buttons->addWidget(m_restore, 1, 1);
    listLayout->addLayout(buttons);
    m_note = new QLabel(listPane);
    m_note->setObjectName(QStringLiteral("templatesNoteLabel"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    listLayout->addWidget(m_note);

    m_editor = new TemplateEditor(services.clock, splitter);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(m_view, &QTableWidget::currentCellChanged, this, [this](int row) { rowChosen(row); });
    connect(add, &QPushButton::clicked, this, &TemplatesPage::newTemplate);
    connect(m_duplicate, &QPushButton::clicked, this, &TemplatesPage::duplicateTemplate);
    connect(m_delete, &QPushButton::clicked, this, &TemplatesPage::deleteTemplate);
    connect(m_restore, &QPushButton::clicked, this, &TemplatesPage::restoreDefault);
    connect(m_editor, &TemplateEditor::saveRequested, this, &TemplatesPage::save);
    connect(m_editor, &TemplateEditor::edited, this, &TemplatesPage::updateButtons);
    updateButtons();
}

StoreResult<Done> TemplatesPage::reload()
{
    auto rooms = m_services.rooms.all();
    if (!rooms)
        return rooms.error();
    auto hosts = m_services.hosts.all();
    if (!hosts)
        return hosts.error();
    auto templates = m_repository.all();
    if (!templates)
        return templates.error();
    m_rooms = rooms.value();
    m_hosts = hosts.value();
    m_templates = templates.value();
    m_editor->setChoices(m_rooms, m_hosts);
    fillList();
    const qint64 shown = m_editor->currentTemplate().id;
    if (m_editor->isModified()) {
        selectId(shown); // the host's work stays; the list just shows which template it is
    } else if (rowOf(shown) >= 0) {
        showRow(rowOf(shown)); // the stored text may have changed meanwhile
    } else if (!m_templates.isEmpty()) {
        showRow(0);
    } else {
        m_editor->setTemplate(ReplyTemplate{});
    }
    updateButtons();
    return Done{};
}

void TemplatesPage::fillList()
{
    const QSignalBlocker blocker(m_view);
    m_view->clearContents();
    m_view->setRowCount(int(m_templates.size()));
    for (int row = 0; row < m_templates.size(); ++row) {
        const ReplyTemplate& t = m_templates.at(row);
        const QStringList cells{ReplyText::action(t.action), roomText(t.roomId), hostText(t.hostId),
                                languageText(t.language), t.name.isEmpty() ? tr("(default)") : t.name};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(s_idRole, t.id);
            m_view->setItem(row, column, item);
        }
    }
}

int TemplatesPage::rowOf(qint64 id) const
{
    if (id == 0)
        return -1;
    for (int row = 0; row < m_templates.size(); ++row) {
        if (m_templates.at(row).id == id)
            return row;
    }
    return -1;
}

void TemplatesPage::selectId(qint64 id)
{
    const QSignalBlocker blocker(m_view);
    const int row = rowOf(id);
    if (row >= 0) {
        m_view->setCurrentCell(row, 0);
    } else {
        m_view->setCurrentCell(-1, -1);
        m_view->clearSelection();
    }
}

void TemplatesPage::rowChosen(int row)
{
    if (row < 0 || row >= m_templates.size())
        return;
    const qint64 shown = m_editor->currentTemplate().id;
    if (m_templates.at(row).id == shown && shown != 0)
        return;
    if (!mayDiscard()) {
        // Back to the template being edited, once the click that chose the other row has been handled (the view
        // selects the clicked row after announcing it).
        QMetaObject::invokeMethod(
            this, [this] { selectId(m_editor->currentTemplate().id); }, Qt::QueuedConnection);
        return;
    }
    showRow(row);
}

void TemplatesPage::showRow(int row)
{
    selectId(m_templates.at(row).id);
    m_editor->setTemplate(m_templates.at(row));
    m_note->clear();
    updateButtons();
}

bool TemplatesPage::mayDiscard()
{
    if (!m_editor->isModified())
        return true;
    const QString text = tr("The changes to the template \"%1\" are not saved yet. Discard them?")
                             .arg(describe(m_editor->currentTemplate()));
    return m_services.prompter.confirm(this, tr("Discard changes"), text, tr("Discard"));
}

void TemplatesPage::newTemplate()
{
    if (!mayDiscard())
        return;
    selectId(0);
    m_editor->setTemplate(ReplyTemplate{});
    m_note->setText(tr("A new template: choose its reply, room, host and language, write it, and save it."));
    updateButtons();
}

void TemplatesPage::duplicateTemplate()
{
    // The copy takes the text as it is in the editor, changes included; the template it came from stays stored
    // as it was, so nothing is lost.
    ReplyTemplate copy = m_editor->currentTemplate();
    copy.id = 0;
    copy.name = copy.name.isEmpty() ? tr("Copy") : tr("%1 (copy)").arg(copy.name);
    selectId(0);
    m_editor->setTemplate(copy);
    m_note->setText(tr("This is a copy. Choose a room or host for it, or give it a name, then save it."));
    updateButtons();
}

void TemplatesPage::deleteTemplate()
{
    const ReplyTemplate shown = m_editor->currentTemplate();
    const int row = rowOf(shown.id);
    if (row < 0)
        return;
    const ReplyTemplate& stored = m_templates.at(row);
    QString text = tr("Delete the template \"%1\"? Replies written with it stay as they are.").arg(describe(stored));
    if (isGeneric(stored))
        text = Sentences::join(text, tr("Tsunagu puts its shipped text back the next time it starts."));
    if (!m_services.prompter.confirm(this, tr("Delete template"), text, tr("Delete")))
        return;
    if (auto removed = m_repository.remove(stored.id); !removed) {
        showStoreError(removed.error());
        return;
    }
    const QString description = describe(stored);
    m_editor->setTemplate(ReplyTemplate{}); // nothing of it is left to keep
    if (auto reloaded = reload(); !reloaded)
        showStoreError(reloaded.error());
    m_note->setText(tr("Deleted the template \"%1\".").arg(description));
}

void TemplatesPage::restoreDefault()
{
    const ReplyTemplate shown = m_editor->currentTemplate();
    if (!isGeneric(shown))
        return;
    const std::optional<ReplyTemplate> shipped = DefaultTemplates::find(shown.action, shown.language);
    if (!shipped) {
        m_note->setText(tr("Tsunagu has no shipped text for this reply and language."));
        return;
    }
    m_editor->replaceText(shipped->subject, shipped->body);
    m_note->setText(tr("The shipped text is in the editor. Save it to keep it, or choose another template to "
                       "discard it."));
}

void TemplatesPage::save()
{
    const ReplyTemplate edited = m_editor->currentTemplate();
    auto saved = m_repository.save(edited);
    if (!saved) {
        const QString text = errorText(saved.error());
        m_note->setText(text);
        m_services.prompter.inform(this, tr("Template not saved"), text);
        return;
    }
    m_editor->markSaved(saved.value());
    if (auto reloaded = reload(); !reloaded)
        showStoreError(reloaded.error());
    selectId(saved.value());
    m_note->setText(tr("Saved the template \"%1\".").arg(describe(edited)));
}

void TemplatesPage::updateButtons()
{
    const ReplyTemplate shown = m_editor->currentTemplate();
    m_duplicate->setEnabled(!shown.subject.isEmpty() || !shown.body.isEmpty());
    m_delete->setEnabled(rowOf(shown.id) >= 0);
    m_restore->setEnabled(isGeneric(shown) && DefaultTemplates::find(shown.action, shown.language).has_value());
}

QString TemplatesPage::describe(const ReplyTemplate& t) const
{
    QStringList parts{ReplyText::action(t.action), roomText(t.roomId), hostText(t.hostId), languageText(t.language)};
    if (!t.name.isEmpty())
        parts << t.name;
    return parts.join(QStringLiteral(" / "));
}

QString TemplatesPage::roomText(qint64 roomId) const
{
    if (roomId == 0)
        return tr("Every room");
    for (const Room& room : m_rooms) {
        if (room.id == roomId)
            return QStringLiteral("%1 %2").arg(room.code, room.name);
    }
    return tr("Room no longer in the list");
}

QString TemplatesPage::hostText(qint64 hostId) const
{
    if (hostId == 0)
        return tr("Every host");
    for (const Host& host : m_hosts) {
        if (host.id == hostId)
            return host.displayName;
    }
    return tr("Host no longer in the list");
}

QString TemplatesPage::errorText(const TemplateFailure& failure)
{
    // The detail of the first two codes lists placeholder keys or tags ("join_link, passcode"), never values.
    const QStringList tags = failure.detail.split(QStringLiteral(", "), Qt::SkipEmptyParts);
    switch (failure.code) {
    case TemplateError::SecretNotAllowed: {
        QStringList labels;
        for (const QString& key : tags)
            labels << TemplateEditor::placeholderText(key);
        return tr("%1 may only be in an invitation template. Remove it, or choose the reply \"%2\".")
            .arg(labels.join(QStringLiteral(", ")), ReplyText::action(ReplyAction::Invite));
    }
    case TemplateError::UnknownPlaceholder: {
        QStringList written;
        for (const QString& tag : tags)
            written << QStringLiteral("{{") + tag + QStringLiteral("}}");
        return tr("Tsunagu does not know %1. Check the spelling, or insert the placeholder from the list.")
            .arg(written.join(QStringLiteral(", ")));
    }
    case TemplateError::InvalidLanguage:
        return tr("Choose Japanese or English as the template's language.");
    case TemplateError::Duplicate:
        return tr("There is already a template for the same reply, room, host and language with this name. Give "
                  "this one another name, or edit the other one.");
    case TemplateError::NotFound:
        return tr("This template was deleted meanwhile (perhaps in another window). Press Duplicate to keep your "
                  "text as a new template, then save it.");
    case TemplateError::StoreFailed:
        return tr("Tsunagu could not store the template. Check that the disk is not full, then save again; your "
                  "text is still in the editor.");
    }
    return {};
}

void TemplatesPage::showStoreError(const StoreFailure& failure)
{
    m_services.prompter.inform(this, ErrorText::title(failure.code),
                               ErrorText::explanation(failure.code, m_services.profileDirectory));
}

} // namespace tsunagu::ui
