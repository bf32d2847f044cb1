// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/ReportsArea.h"

#include "common/TableFilterProxy.h"
#include "models/AttendanceSummaryModel.h"
#include "text/DisplayText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace tsunagu::ui {
namespace {
enum Period
{
    LastFourWeeks,
    LastThreeMonths,
    ThisYear
};
}

ReportsArea::ReportsArea(UiServices& services, QWidget* parent)
    : AreaWidget(tr("Reports"), parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("reportsArea"));
    auto* bar = new QHBoxLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_period->addItem(tr("Last 4 weeks"), LastFourWeeks);
    m_period->addItem(tr("Last 3 months"), LastThreeMonths);
    m_period->addItem(tr("This year"), ThisYear);
    auto* label = new QLabel(tr("&Period:"), this);
    label->setBuddy(m_period);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    bar->addWidget(label);
    bar->addWidget(m_period);
    bar->addStretch(1);
    bar->addWidget(m_total);
    contentLayout()->addLayout(bar);

    m_model = new AttendanceSummaryModel(services.meetings, this);
    auto* proxy = new TableFilterProxy(this);
    proxy->setSourceModel(m_model);
    auto* view = makeTableView(proxy, QStringLiteral("summaryView"), this);
    contentLayout()->addWidget(view, 1);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportsArea::refresh);
}

StoreResult<Done> ReportsArea::reload()
{
    const QDateTime now = m_services.clock.now().toTimeZone(QTimeZone("Asia/Tokyo"));
    const QDate today = now.date();
    QDate from;
    switch (m_period->currentData().toInt()) {
    case LastFourWeeks:
        from = today.addDays(-28);
        break;
    case LastThreeMonths:
        from = today.addMonths(-3);
        break;
    default:
        from = QDate(today.year(), 1, 1);
        break;
    }
    const QTimeZone japan("Asia/Tokyo");
    auto loaded = m_model->reload(QDateTime(from, QTime(0, 0), japan), QDateTime(today.addDays(1), QTime(0, 0), japan));
    if (!loaded)
        return loaded;
    int meetings = 0;
    int participants = 0;
    for (const RoomAttendanceSummary& row : m_model->rows()) {
        meetings += row.meetingsHeld;
        participants += row.total();
    }
    m_total->setText(
        tr("%1 to %2: %n meeting(s)", nullptr, meetings).arg(DisplayText::date(from), DisplayText::date(today)) +
        QLatin1Char(' ') + tr("and %1 participants in all.").arg(QLocale().toString(participants)));
    return Done{};
}

} // namespace tsunagu::ui
