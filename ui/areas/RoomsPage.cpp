// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/RoomsPage.h"

#include "common/EditableTable.h"
#include "common/JoinDetailsNotice.h"
#include "dialogs/RoomDialog.h"
#include "dialogs/ZoomAliasesDialog.h"
#include "models/RoomTableModel.h"
#include "storage/AuditReader.h"
#include "storage/RetentionRepository.h"
#include "text/ErrorText.h"

#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tsunagu::ui {

RoomsPage::RoomsPage(UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("roomsPage"));
    m_model = new RoomTableModel(services.rooms, services.database, this);
    m_table = new EditableTable(m_model, QStringLiteral("rooms"), this);
    m_table->view()->hideColumn(RoomTableModel::AwaitingColumn);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    connect(m_table, &EditableTable::addRequested, this, [this] { openDialog(-1); });
    connect(m_table, &EditableTable::editRequested, this, &RoomsPage::openDialog);
    connect(m_table, &EditableTable::removeRequested, this, &RoomsPage::remove);
}

StoreResult<Done> RoomsPage::reload()
{
    return m_model->reload();
}

QStringList RoomsPage::codesExcept(const QString& code) const
{
    QStringList codes;
    for (const RoomListRow& row : m_model->rows()) {
        if (row.room.code != code)
            codes << row.room.code;
    }
    return codes;
}

void RoomsPage::openDialog(int row)
{
    const bool isNew = row < 0;
    Room room;
    if (isNew) {
        int last = 0;
        for (const RoomListRow& existing : m_model->rows())
            last = std::max(last, existing.room.sortOrder);
        room.sortOrder = last + 1;
    } else {
        room = m_model->rowAt(row).room;
    }
    auto* dialog = new RoomDialog(room, isNew, codesExcept(isNew ? QString() : room.code), this);
    if (!isNew) {
        if (auto days = RetentionRepository(m_services.database, m_services.clock).retentionDays(room.id))
            dialog->setRetentionDays(days.value());
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, isNew] { save(dialog, isNew); });
    connect(dialog, &RoomDialog::aliasesRequested, dialog, [this, dialog, room] {
        auto* aliases = new ZoomAliasesDialog(m_services.database, room.id, room.code, dialog);
        aliases->setAttribute(Qt::WA_DeleteOnClose);
        aliases->open();
    });
    // open(), not exec(): window-modal without a nested event loop, and tests can fill it in.
    dialog->open();
}

void RoomsPage::save(RoomDialog* dialog, bool isNew)
{
    const Room room = dialog->room();
    // A new chat link: who holds the old one is read before the change is recorded (the record starts anew).
    QVector<qint64> holders;
    bool secretChanged = false;
    if (!isNew) {
        for (const RoomListRow& row : m_model->rows()) {
            if (row.room.id == room.id && row.room.chatLink != room.chatLink)
                secretChanged = true;
        }
        if (secretChanged) {
            if (auto found = AuditReader(m_services.database).secretHolders(room.id))
                holders = found.value();
        }
    }
    StoreResult<Done> saved = Done{};
    qint64 roomId = room.id;
    if (isNew) {
        auto inserted = m_services.rooms.insert(room);
        if (!inserted)
            saved = StoreFailure{inserted.error()};
        else
            roomId = inserted.value();
    } else {
        saved = m_services.rooms.update(room);
    }
    if (saved) {
        RetentionRepository retention(m_services.database, m_services.clock);
        saved = retention.setRetentionDays(roomId, dialog->retentionDays());
        // Texts already past a shorter time go now rather than at the next sync.
        if (saved) {
            if (auto swept = retention.sweep(); !swept)
                saved = StoreFailure{swept.error()};
        }
    }
    if (!saved) {
        m_services.prompter.inform(this, ErrorText::title(saved.error().code),
                                   ErrorText::explanation(saved.error().code, m_services.profileDirectory));
        return;
    }
    if (secretChanged)
        noticeNewSecret(roomId, room.code, holders);
    if (auto reloaded = reload(); !reloaded)
        return;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->rowAt(i).room.code == room.code)
            m_table->selectRow(i);
    }
    Q_EMIT roomsChanged();
}

void RoomsPage::noticeNewSecret(qint64 roomId, const QString& code, const QVector<qint64>& holders)
{
    JoinDetailsNotice::offer(this, m_services, roomId, code, JoinDetailsNotice::What::ChatLink, holders);
}

void RoomsPage::remove(int row)
{
    const Room room = m_model->rowAt(row).room;
    if (!m_services.prompter.confirm(
            this, tr("Remove room %1?").arg(room.code),
            tr("Room %1 (%2) and its meetings, reply templates and form labels are removed from this profile. "
               "A room that has applicants cannot be removed: pause it instead.")
                .arg(room.code, room.name),
            tr("Remove room")))
        return;
    const auto removed = m_services.rooms.remove(room.id);
    if (!removed) {
        if (removed.error().code == StoreError::ConstraintViolated) {
            m_services.prompter.inform(this, tr("Room %1 was not removed").arg(room.code),
                                       tr("Room %1 has applicants, and their history would be lost. Pause the room "
                                          "instead (Edit… › Paused); nothing was changed.")
                                           .arg(room.code));
        } else {
            m_services.prompter.inform(this, ErrorText::title(removed.error().code),
                                       ErrorText::explanation(removed.error().code, m_services.profileDirectory));
        }
        return;
    }
    (void)reload(); // a failed reload shows in the area's banner on the next refresh
    Q_EMIT roomsChanged();
}

} // namespace tsunagu::ui
