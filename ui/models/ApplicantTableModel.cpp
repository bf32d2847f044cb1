// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ApplicantTableModel.h"

#include "text/DisplayText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace tsunagu::ui {

ApplicantTableModel::ApplicantTableModel(const QString& databasePath, const Clock& clock, QObject* parent)
    : RowTableModel(parent)
    , m_clock(clock)
    , m_worker(std::make_unique<ApplicantListWorker>(databasePath))
{
    // Roles every column shares; a column's own lambda answers DisplayRole and anything special.
    auto common = [this](const ApplicantRow& r, int role) -> QVariant {
        switch (role) {
        case IdRole:
            return r.applicant.id;
        case OverdueRole:
            return isOverdue(r);
        case AwaitingRole:
            return isAwaitingReply(r.applicant);
        default:
            return {};
        }
    };
    auto column = [common](auto display, auto extra) {
        return [common, display, extra](const ApplicantRow& r, int role) -> QVariant {
            if (role == Qt::DisplayRole)
                return display(r);
            const QVariant special = extra(r, role);
            return special.isValid() ? special : common(r, role);
        };
    };
    auto none = [](const ApplicantRow&, int) {
        return QVariant();
    };

    setColumns({
        {tr("No."), column([](const ApplicantRow& r) { return r.applicant.id; }, none)},
        {tr("Name"), column(
                         [](const ApplicantRow& r) {
                             return r.applicant.anonymousName.isEmpty() ? tr("(no name given)")
                                                                        : r.applicant.anonymousName;
                         },
                         none)},
        {tr("Room"),
         column([](const ApplicantRow& r) { return r.roomCode.isEmpty() ? tr("Not yet chosen") : r.roomCode; },
                [](const ApplicantRow& r, int role) -> QVariant {
                    if (role == FilterRole)
                        return r.roomCode;
                    if (role == Qt::ToolTipRole)
                        return r.roomName;
                    return {};
                })},
        {tr("Applies as"),
         column([](const ApplicantRow& r) { return DisplayText::category(r.applicant.category); }, none)},
        {tr("Status"), column([](const ApplicantRow& r) { return DisplayText::applicantStatus(r.applicant.status); },
                              [](const ApplicantRow& r, int role) -> QVariant {
                                  if (role == FilterRole)
                                      return applicantStatusKey(r.applicant.status);
                                  if (role == SortRole)
                                      return int(r.applicant.status);
                                  return {};
                              })},
        {tr("Received"), column([](const ApplicantRow& r) { return DisplayText::dateTime(r.applicant.receivedAt); },
                                [](const ApplicantRow& r, int role) -> QVariant {
                                    if (role == SortRole)
                                        return r.applicant.receivedAt;
                                    return {};
                                })},
        {tr("Waiting"), column(
                            [this](const ApplicantRow& r) -> QVariant {
                                if (!isAwaitingReply(r.applicant))
                                    return QString();
                                return DisplayText::days(waitingDays(r.applicant, m_clock.now()));
                            },
                            [this](const ApplicantRow& r, int role) -> QVariant {
                                const bool overdue = isOverdue(r);
                                if (role == SortRole)
                                    return isAwaitingReply(r.applicant) ? waitingDays(r.applicant, m_clock.now()) : -1;
                                if (role == Qt::ForegroundRole && overdue)
                                    return QBrush(QColor(0xc6, 0x28, 0x28));
                                if (role == Qt::FontRole && overdue) {
                                    QFont font;
                                    font.setBold(true);
                                    return font;
                                }
                                if (role == Qt::ToolTipRole && overdue)
                                    return tr("Past the room's promise to reply within %n day(s)", nullptr,
                                              r.replyDeadlineDays);
                                if (role == Qt::TextAlignmentRole)
                                    return int(Qt::AlignRight | Qt::AlignVCenter);
                                return {};
                            })},
        {tr("Referred by"), column([](const ApplicantRow& r) { return r.applicant.referralSource; }, none)},
        {tr("To check"), column(
                             [](const ApplicantRow& r) -> QString {
                                 QStringList hints;
                                 for (const Hint& hint : r.applicant.hints)
                                     hints << DisplayText::hint(hint.kind);
                                 return hints.isEmpty() ? QString() : QStringLiteral("⚠ ") + hints.join(tr("; "));
                             },
                             [](const ApplicantRow& r, int role) -> QVariant {
                                 if (role == SortRole)
                                     return int(r.applicant.hints.size());
                                 if (role == Qt::ForegroundRole && !r.applicant.hints.isEmpty())
                                     return QBrush(QColor(0x8a, 0x50, 0x00));
                                 // The whole text, one hint a line, when the column is too narrow for it.
                                 if (role == Qt::ToolTipRole && !r.applicant.hints.isEmpty()) {
                                     QStringList hints;
                                     for (const Hint& hint : r.applicant.hints)
                                         hints << DisplayText::hint(hint.kind);
                                     return hints.join(QLatin1Char('\n'));
                                 }
                                 return {};
                             })},
    });
}

ApplicantTableModel::~ApplicantTableModel() = default;

void ApplicantTableModel::setQuery(const ApplicantListQuery& query)
{
    m_query = query;
    reload();
}

void ApplicantTableModel::reload()
{
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    // Filters, the order and a reload often change in one go (a view sorting as it is set up, an area choosing
    // a room): one read serves them all.
    QMetaObject::invokeMethod(this, &ApplicantTableModel::startReload, Qt::QueuedConnection);
}

void ApplicantTableModel::startReload()
{
    m_reloadPending = false;
    m_waitingForFirstPage = true;
    m_fetchingMore = false;
    m_worker->request(++m_generation, m_query, 0, s_firstPage, true, this,
                      [this](ApplicantListWorker::Page page) { receive(std::move(page)); });
}

void ApplicantTableModel::receive(ApplicantListWorker::Page page)
{
    if (page.generation != m_generation)
        return; // answers a request that a newer one replaced
    const bool first = page.offset == 0;
    if (first)
        m_waitingForFirstPage = false;
    else
        m_fetchingMore = false;
    if (page.failure) {
        Q_EMIT loadFailed(*page.failure);
        return;
    }
    if (first) {
        m_total = page.total;
        setRows(std::move(page.rows));
    } else if (page.offset == rowCount()) {
        appendRows(page.rows);
    }
    Q_EMIT pageLoaded();
}

bool ApplicantTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_waitingForFirstPage && !m_fetchingMore && m_total > rowCount();
}

void ApplicantTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetchingMore = true;
    m_worker->request(m_generation, m_query, rowCount(), s_nextPage, false, this,
                      [this](ApplicantListWorker::Page page) { receive(std::move(page)); });
}

void ApplicantTableModel::sort(int column, Qt::SortOrder order)
{
    using Order = ApplicantListQuery::Order;
    static const Order orders[] = {Order::Id,       Order::Name,    Order::Room,     Order::Category, Order::Status,
                                   Order::Received, Order::Waiting, Order::Referral, Order::Hints};
    if (column < 0 || column >= int(std::size(orders)))
        return;
    ApplicantListQuery query = m_query;
    query.order = orders[column];
    query.descending = order == Qt::DescendingOrder;
    if (query.order == m_query.order && query.descending == m_query.descending && (m_total >= 0 || isLoading()))
        return;
    setQuery(query);
}

bool ApplicantTableModel::isOverdue(const ApplicantRow& row) const
{
    return isAwaitingReply(row.applicant) && waitingDays(row.applicant, m_clock.now()) >= row.replyDeadlineDays;
}

} // namespace tsunagu::ui
