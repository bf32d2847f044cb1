// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/AreaWidget.h"

#include "text/ErrorText.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tsunagu::ui {

AreaWidget::AreaWidget(const QString& heading, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(heading, this);
    title->setObjectName(QStringLiteral("headingLabel"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("errorBannerLabel"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; padding: 8px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);

    m_content = new QVBoxLayout;
    layout->addLayout(m_content, 1);
}

void AreaWidget::refresh()
{
    const auto loaded = reload();
    if (!loaded || !isLoading())
        reloadFinished(loaded);
}

void AreaWidget::reloadFinished(const StoreResult<Done>& outcome)
{
    if (outcome) {
        m_banner->hide();
        fitColumns();
    } else {
        m_banner->setText(ErrorText::title(outcome.error().code) + QStringLiteral("\n") +
                          tr("What is shown may be out of date; nothing was changed. Check that the disk is "
                             "connected and not full, then choose View → Reload."));
        m_banner->show();
    }
    Q_EMIT reloaded();
}

void AreaWidget::fitColumns()
{
    // Every column as wide as what it shows, but no wider than a long line of text, so the columns that
    // matter (waiting days, status) stay in view.
    // A little room after the longest text: a Japanese name as wide as its column reads as cut off.
    constexpr int maximumWidth = 360;
    const auto views = findChildren<QTableView*>();
    for (QTableView* view : views) {
        view->resizeColumnsToContents();
        const int room = view->fontMetrics().horizontalAdvance(QLatin1Char(' '));
        for (int column = 0; column < view->model()->columnCount(); ++column)
            view->setColumnWidth(column, std::min(view->columnWidth(column) + room, maximumWidth));
    }
}

QTableView* AreaWidget::makeTableView(QAbstractItemModel* model, const QString& objectName, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab moves on to the next control instead of walking through the cells (and re-filtering on each step).
    view->setTabKeyNavigation(false);
    // Enabling sorting sorts at once, by default descending: start from the first column, ascending.
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Columns fit what is on screen and a few rows around it, not every row read: sizing 200 applicants' cells took
    // 50-100 ms of the window's thread at each reload.
    view->horizontalHeader()->setResizeContentsPrecision(s_fitRows);
    return view;
}

} // namespace tsunagu::ui
