// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FormProblems.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace tsunagu::ui {

QLabel* FormProblems::makeLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    return label;
}

void FormProblems::show(QLabel* label, QDialogButtonBox* buttons, const QStringList& problems)
{
    label->setText(problems.join(QLatin1Char('\n')));
    label->setVisible(!problems.isEmpty());
    buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty());
}

} // namespace tsunagu::ui
