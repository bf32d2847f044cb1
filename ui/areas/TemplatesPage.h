// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"
#include "replies/TemplateRepository.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tsunagu::ui {

class TemplateEditor;

// 設定 → 返信テンプレート: the reply templates of the profile on the left (new, duplicate, delete, restore the
// shipped text), the editor with its placeholder list, live check and preview on the right.
class TemplatesPage : public QWidget
{
    Q_OBJECT

public:
    // Columns of the list, left to right.
    enum Column
    {
        ActionColumn,
        RoomColumn,
        HostColumn,
        LanguageColumn,
        NameColumn,
        ColumnCount
    };

    explicit TemplatesPage(UiServices& services, QWidget* parent = nullptr);
    // Reads the templates, rooms and hosts again. Unsaved changes in the editor stay.
    StoreResult<Done> reload();

    // Words for a template's save error, from its code and the keys in its detail.
    static QString errorText(const TemplateFailure& failure);

private:
    void fillList();
    void rowChosen(int row);
    void showRow(int row);
    void newTemplate();
    void duplicateTemplate();
    void deleteTemplate();
    void restoreDefault();
    void save();
    // True when nothing unsaved is in the editor, or the host agrees to lose it.
    bool mayDiscard();
    void selectId(qint64 id);
    int rowOf(qint64 id) const;
    void updateButtons();
    QString describe(const ReplyTemplate& replyTemplate) const;
    QString roomText(qint64 roomId) const;
    QString hostText(qint64 hostId) const;
    void showStoreError(const StoreFailure& failure);

    UiServices& m_services;
    TemplateRepository m_repository;
    QVector<ReplyTemplate> m_templates;
    QVector<Room> m_rooms;
    QVector<Host> m_hosts;
    QTableWidget* m_view = nullptr;
    TemplateEditor* m_editor = nullptr;
    QPushButton* m_duplicate = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_restore = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace tsunagu::ui
