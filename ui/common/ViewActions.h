// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QAbstractButton;
class QAbstractItemView;

namespace tsunagu::ui {

// What the buttons beside a list do, offered where a host looks for it on the list itself: a context menu with
// the same actions (each enabled as its button is), Enter or a double-click for `open`, Delete for `remove`. The
// buttons stay the one place the work is done: the menu and the keys press them.
struct ViewActions
{
    QList<QAbstractButton*> menu;      // in the menu's order; hidden buttons are left out
    QAbstractButton* open = nullptr;   // Enter, Return and double-click
    QAbstractButton* remove = nullptr; // Delete

    void attachTo(QAbstractItemView* view) const;
};

} // namespace tsunagu::ui
