// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ZoomAliasesDialog.h"

#include "storage/AttendanceRepository.h"
#include "storage/MemberRepository.h"
#include "text/ErrorText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tsunagu::ui {
namespace {

constexpr int s_nameRole = Qt::UserRole + 1;

} // namespace

ZoomAliasesDialog::ZoomAliasesDialog(Database& database, qint64 roomId, const QString& roomCode, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_roomId(roomId)
{
    setObjectName(QStringLiteral("zoomAliasesDialog"));
    setWindowTitle(tr("Remembered Zoom names of room %1").arg(roomCode));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("When a participant list has one of these names, it is counted as that member. "
                                "Remove a mapping that is wrong: the next list then leaves the choice to you."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("aliasesView"));
    m_table->setHorizontalHeaderLabels({tr("Name in Zoom"), tr("Member")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("aliasesProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::ActionRole);
    m_remove->setObjectName(QStringLiteral("removeAliasButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, &ZoomAliasesDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    reload();
    resize(520, 380);
}

void ZoomAliasesDialog::reload()
{
    m_table->setRowCount(0);
    auto aliases = AttendanceRepository(m_database).aliases(m_roomId);
    auto members = MemberRepository(m_database).forRoom(m_roomId);
    if (!aliases || !members) {
        const StoreError code = !aliases ? aliases.error().code : members.error().code;
        m_problem->setText(ErrorText::title(code));
        m_problem->show();
        m_remove->setEnabled(false);
        return;
    }
    QHash<qint64, QString> names;
    for (const Member& m : members.value())
        names.insert(m.id, m.anonymousName);
    QStringList keys = aliases->keys();
    std::sort(keys.begin(), keys.end());
    m_table->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        auto* name = new QTableWidgetItem(keys.at(row));
        name->setData(s_nameRole, keys.at(row));
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1,
                         new QTableWidgetItem(names.value(aliases->value(keys.at(row)), tr("(removed member)"))));
    }
    m_table->resizeColumnToContents(0);
    m_remove->setEnabled(false);
}

void ZoomAliasesDialog::removeSelected()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty() || !m_table->item(selected.first().row(), 0))
        return;
    const int row = selected.first().row();
    const QString folded = m_table->item(row, 0)->data(s_nameRole).toString();
    if (auto removed = AttendanceRepository(m_database).removeAlias(m_roomId, folded); !removed) {
        m_problem->setText(ErrorText::title(removed.error().code));
        m_problem->show();
        return;
    }
    reload();
    Q_EMIT aliasRemoved();
}

} // namespace tsunagu::ui
