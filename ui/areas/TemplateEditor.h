// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/Host.h"
#include "domain/ReplyTemplate.h"
#include "domain/Room.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

namespace tsunagu::ui {

// The right half of 設定 → 返信テンプレート: one template's fields, the list of placeholders to insert, a live check
// of what save would refuse, and a preview with sample values. It only edits; the page stores.
class TemplateEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateEditor(const Clock& clock, QWidget* parent = nullptr);

    // The rooms and hosts the combos offer, besides "every room" and "every host". Keeps what is chosen.
    void setChoices(const QVector<Room>& rooms, const QVector<Host>& hosts);
    // Shows a template; what it holds now counts as unchanged.
    void setTemplate(const ReplyTemplate& replyTemplate);
    // The template as edited (with the id of the one shown; 0 for one not saved yet).
    ReplyTemplate currentTemplate() const;
    // The template was stored under `id`: what is shown now counts as unchanged.
    void markSaved(qint64 id);
    // Puts other text in the subject and body (e.g. the shipped default), as an edit the host can still discard.
    void replaceText(const QString& subject, const QString& body);
    // Whether the fields differ from what was shown or saved last.
    bool isModified() const;
    // What save would refuse, in plain words; empty when the template may be saved.
    QStringList problems() const;
    // How the editor names a placeholder: "パスコード {{passcode}}" (the list marks a meeting secret with a padlock).
    static QString placeholderText(const QString& key);

Q_SIGNALS:
    // Any field changed (typing, a combo, a placeholder inserted).
    void edited();
    // The host pressed Save and there are no problems.
    void saveRequested();

private:
    void fillPlaceholders();
    void insertPlaceholder(QListWidgetItem* item);
    void fieldChanged();
    void updatePlaceholders(bool invitation);
    void updatePreview();
    static void selectData(QComboBox* combo, qint64 id, const QString& unknownText);

    const Clock& m_clock;
    ReplyTemplate m_shown; // as shown or saved last; id is the template's
    QVector<Room> m_rooms;
    QVector<Host> m_hosts;
    bool m_loading = false;
    QComboBox* m_action = nullptr;
    QComboBox* m_room = nullptr;
    QComboBox* m_host = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QListWidget* m_placeholders = nullptr;
    QPushButton* m_insert = nullptr;
    QLabel* m_problems = nullptr;
    QPushButton* m_save = nullptr;
    QPlainTextEdit* m_preview = nullptr;
};

} // namespace tsunagu::ui
