// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Prompter.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace tsunagu::ui {

QStringList WidgetPrompter::chooseMailFiles(QWidget* parent)
{
    return QFileDialog::getOpenFileNames(
        parent, QCoreApplication::translate("Prompter", "Import mail"), QString(),
        QCoreApplication::translate("Prompter", "Mail files (*.eml *.msg *.txt);;All files (*)"));
}

void WidgetPrompter::inform(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

} // namespace tsunagu::ui
