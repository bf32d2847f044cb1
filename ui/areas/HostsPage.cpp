// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/HostsPage.h"

#include "common/EditableTable.h"
#include "dialogs/HostDialog.h"
#include "models/HostTableModel.h"
#include "text/ErrorText.h"

#include <QVBoxLayout>

namespace tsunagu::ui {

HostsPage::HostsPage(UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("hostsPage"));
    m_model = new HostTableModel(services.hosts, this);
    m_table = new EditableTable(m_model, QStringLiteral("hosts"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    connect(m_table, &EditableTable::addRequested, this, [this] { openDialog(-1); });
    connect(m_table, &EditableTable::editRequested, this, &HostsPage::openDialog);
    connect(m_table, &EditableTable::removeRequested, this, &HostsPage::remove);
}

StoreResult<Done> HostsPage::reload()
{
    return m_model->reload();
}

void HostsPage::openDialog(int row)
{
    const bool isNew = row < 0;
    const Host host = isNew ? Host{} : m_model->rowAt(row);
    auto rooms = m_services.rooms.all();
    if (!rooms) {
        m_services.prompter.inform(this, ErrorText::title(rooms.error().code),
                                   ErrorText::explanation(rooms.error().code, m_services.profileDirectory));
        return;
    }
    QStringList otherNames;
    for (const Host& other : m_model->rows()) {
        if (other.id != host.id)
            otherNames << other.displayName;
    }
    auto* dialog = new HostDialog(host, isNew, rooms.value(), otherNames, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, isNew] { save(dialog, isNew); });
    dialog->open();
}

void HostsPage::save(HostDialog* dialog, bool isNew)
{
    const Host host = dialog->host();
    StoreResult<Done> saved = Done{};
    if (isNew) {
        auto inserted = m_services.hosts.insert(host);
        if (!inserted)
            saved = StoreFailure{inserted.error()};
    } else {
        saved = m_services.hosts.update(host);
    }
    if (!saved) {
        m_services.prompter.inform(this, ErrorText::title(saved.error().code),
                                   ErrorText::explanation(saved.error().code, m_services.profileDirectory));
        return;
    }
    (void)reload(); // a failed reload shows in the area's banner on the next refresh
    Q_EMIT hostsChanged();
}

void HostsPage::remove(int row)
{
    const Host host = m_model->rowAt(row);
    if (!m_services.prompter.confirm(this, tr("Remove host %1?").arg(host.displayName),
                                     tr("%1 is removed with the reply templates written for them alone. Replies "
                                        "they sent stay in the applicants' histories.")
                                         .arg(host.displayName),
                                     tr("Remove host")))
        return;
    const auto removed = m_services.hosts.remove(host.id);
    if (!removed) {
        m_services.prompter.inform(this, ErrorText::title(removed.error().code),
                                   ErrorText::explanation(removed.error().code, m_services.profileDirectory));
        return;
    }
    (void)reload();
    Q_EMIT hostsChanged();
}

} // namespace tsunagu::ui
