// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QWidget;

namespace tsunagu::ui {

// What keeps a settings dialog from being saved, shown under its form: a red label, and Save offered only when
// there is nothing to say.
class FormProblems
{
public:
    static QLabel* makeLabel(const QString& objectName, QWidget* parent);
    static void show(QLabel* label, QDialogButtonBox* buttons, const QStringList& problems);
};

} // namespace tsunagu::ui
