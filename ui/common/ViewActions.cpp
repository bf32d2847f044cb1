// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ViewActions.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPointer>

namespace tsunagu::ui {
namespace {

// Presses a button as a click would, only when the host could have clicked it.
void press(QAbstractButton* button)
{
    if (button != nullptr && button->isVisible() && button->isEnabled())
        button->click();
}

// Enter and Delete on the list: the key goes to the button instead of the view's own handling (which for Enter
// would do nothing, and Tab-like moves through cells are not wanted here).
class KeyFilter : public QObject
{
public:
    KeyFilter(QAbstractButton* open, QAbstractButton* remove, QObject* parent)
        : QObject(parent)
        , m_open(open)
        , m_remove(remove)
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_open) {
            press(m_open);
            return true;
        }
        if (key->key() == Qt::Key_Delete && m_remove) {
            press(m_remove);
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QPointer<QAbstractButton> m_open;
    QPointer<QAbstractButton> m_remove;
};

} // namespace

void ViewActions::attachTo(QAbstractItemView* view) const
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    const QList<QPointer<QAbstractButton>> buttons = [this] {
        QList<QPointer<QAbstractButton>> list;
        for (QAbstractButton* button : menu)
            list << QPointer<QAbstractButton>(button);
        return list;
    }();
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view, buttons](const QPoint& at) {
        // The row under the pointer becomes the selected one first, as in file managers and mail programs.
        const QModelIndex index = view->indexAt(at);
        if (index.isValid())
            view->setCurrentIndex(index);
        QMenu menu(view);
        menu.setObjectName(view->objectName() + QStringLiteral("ContextMenu"));
        for (const QPointer<QAbstractButton>& button : buttons) {
            if (!button || !button->isVisible())
                continue;
            QAction* action = menu.addAction(button->text());
            action->setEnabled(button->isEnabled());
            QObject::connect(action, &QAction::triggered, button.data(), [button] { press(button.data()); });
        }
        if (!menu.isEmpty())
            menu.exec(view->viewport()->mapToGlobal(at));
    });
    if (open != nullptr) {
        QObject::connect(view, &QAbstractItemView::doubleClicked, open,
                         [button = QPointer<QAbstractButton>(open)] { press(button.data()); });
    }
    view->installEventFilter(new KeyFilter(open, remove, view));
}

} // namespace tsunagu::ui
