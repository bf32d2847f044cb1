// SPDX-License-Identifier: GPL-3.0-or-later
// Qt's own buttons and dialogs speak the host's language too. A binary of its own: the translators installed here
// stay installed for the rest of the process.
#include "text/UiLanguage.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>

using namespace tsunagu;

TEST_CASE("In Japanese, Qt's standard buttons are Japanese", "[language]")
{
    UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("ja"));
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close |
                             QDialogButtonBox::Save);
    CHECK(buttons.button(QDialogButtonBox::Cancel)
              ->text()
              .remove(QLatin1Char('&'))
              .startsWith(QStringLiteral("キャンセル")));
    CHECK(
        buttons.button(QDialogButtonBox::Close)->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("閉じる")));
    CHECK(buttons.button(QDialogButtonBox::Save)->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("保存")));
    // A text field's context menu (Undo, Copy, Paste…).
    QLineEdit edit;
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    QStringList items;
    for (QAction* action : menu->actions())
        items << action->text();
    INFO(items.join(QLatin1Char('|')).toStdString());
    CHECK(items.filter(QStringLiteral("コピー")).size() == 1);
}
