// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/AuditLogPage.h"

#include "common/Csv.h"
#include "storage/AuditLog.h"
#include "storage/AuditReader.h"
#include "text/DisplayText.h"
#include "text/ErrorText.h"

#include <QFile>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tsunagu::ui {
namespace {

// The newest entries shown: enough for a host's question "who did what lately", read at once; the CSV has all.
constexpr int s_shown = 500;

} // namespace

AuditLogPage::AuditLogPage(UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("auditLogPage"));
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("The newest %1 entries. The log keeps record numbers only, never names, addresses "
                               "or mail text; the CSV holds every entry.")
                                .arg(s_shown),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("What"), tr("Record"), tr("Host"), tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    auto* reloadButton = new QPushButton(tr("Reload"), this);
    reloadButton->setObjectName(QStringLiteral("auditReloadButton"));
    auto* exportButton = new QPushButton(tr("Export as CSV…"), this);
    exportButton->setObjectName(QStringLiteral("auditExportButton"));
    buttons->addStretch(1);
    buttons->addWidget(reloadButton);
    buttons->addWidget(exportButton);
    layout->addLayout(buttons);
    connect(reloadButton, &QPushButton::clicked, this, &AuditLogPage::reload);
    connect(exportButton, &QPushButton::clicked, this, &AuditLogPage::exportCsv);
}

void AuditLogPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void AuditLogPage::reload()
{
    auto entries = AuditLog(m_services.database).recent(s_shown);
    if (!entries) {
        m_services.prompter.inform(this, ErrorText::title(entries.error().code),
                                   ErrorText::explanation(entries.error().code, m_services.profileDirectory));
        return;
    }
    QHash<qint64, QString> hosts;
    if (auto all = m_services.hosts.all()) {
        for (const Host& host : all.value())
            hosts.insert(host.id, host.displayName);
    }
    m_table->setRowCount(0);
    m_table->setRowCount(int(entries->size()));
    for (int row = 0; row < entries->size(); ++row) {
        const AuditEntry& e = entries->at(row);
        const QStringList cells{DisplayText::dateTime(e.at), e.action,
                                e.subjectId > 0 ? QStringLiteral("%1 #%2").arg(e.subjectKind).arg(e.subjectId)
                                                : QString(),
                                hosts.value(e.hostId), e.detail};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void AuditLogPage::exportCsv()
{
    const QString path = m_services.prompter.chooseSaveFile(this, tr("Export the audit log"),
                                                            QStringLiteral("tsunagu-audit.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    bool written = file.open(QIODevice::WriteOnly);
    if (written) {
        CsvWriter csv(file);
        // What the file holds, in its own first line: a spreadsheet passed on later still says it.
        csv.writeRow({tr("Tsunagu audit log: when, what, which record (numbers only), which host. No names, "
                         "addresses or mail text.")});
        csv.writeRow({QStringLiteral("at"), QStringLiteral("action"), QStringLiteral("subject_kind"),
                      QStringLiteral("subject_id"), QStringLiteral("host"), QStringLiteral("detail")});
        auto each = AuditReader(m_services.database).each({}, [&csv](const AuditLine& line) {
            const AuditEntry& e = line.entry;
            csv.writeRow({e.at.toUTC().toString(Qt::ISODate), e.action, e.subjectKind,
                          e.subjectId > 0 ? QString::number(e.subjectId) : QString(), line.hostName, e.detail});
            return csv.ok();
        });
        written = each.ok() && csv.ok() && file.commit();
    }
    if (!written) {
        m_services.prompter.inform(this, tr("The audit log was not exported"),
                                   tr("%1 could not be written: %2").arg(path, file.errorString()));
        return;
    }
    m_services.prompter.inform(this, tr("Audit log exported"), tr("Written to %1.").arg(path));
}

} // namespace tsunagu::ui
