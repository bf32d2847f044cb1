// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Prompter.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace tsunagu::ui {

QStringList WidgetPrompter::chooseMailFiles(QWidget* parent)
{
    return QFileDialog::getOpenFileNames(
        parent, QCoreApplication::translate("Prompter", "Import mail"), QString(),
        QCoreApplication::translate("Prompter", "Mail files (*.eml *.msg *.txt);;All files (*)"));
}

QString WidgetPrompter::chooseOpenFile(QWidget* parent, const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString WidgetPrompter::chooseSaveFile(QWidget* parent, const QString& title, const QString& suggestedName,
                                       const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedName, filter);
}

void WidgetPrompter::inform(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

qint64 WidgetPrompter::chooseApplicant(QWidget* parent, const QVector<QPair<qint64, QString>>& choices)
{
    QStringList items;
    for (const auto& choice : choices)
        items << choice.second;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        parent, QCoreApplication::translate("Prompter", "Attach to an applicant"),
        QCoreApplication::translate("Prompter", "Which applicant wrote this mail?"), items, 0, false, &ok);
    if (!ok)
        return 0;
    const qsizetype index = items.indexOf(chosen);
    return index >= 0 ? choices.at(index).first : 0;
}

bool WidgetPrompter::confirm(QWidget* parent, const QString& title, const QString& text, const QString& action)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton* goAhead = box.addButton(action, QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec(); // a modal dialog in ui, the one place a nested loop is accepted (STYLE.md §15)
    return box.clickedButton() == goAhead;
}

int WidgetPrompter::choose(QWidget* parent, const QString& title, const QString& text, const QStringList& options)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QVector<QAbstractButton*> buttons;
    for (const QString& option : options)
        buttons << box.addButton(option, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec(); // a modal dialog in ui, the one place a nested loop is accepted (STYLE.md §15)
    return int(buttons.indexOf(box.clickedButton()));
}

std::optional<QString> WidgetPrompter::askPassword(QWidget* parent, const QString& title, const QString& text)
{
    bool ok = false;
    const QString password = QInputDialog::getText(parent, title, text, QLineEdit::Password, QString(), &ok);
    if (!ok || password.isEmpty())
        return std::nullopt;
    return password;
}

bool WidgetPrompter::trustCertificate(QWidget* parent, const QString& title, const QString& text, bool changed)
{
    QMessageBox box(changed ? QMessageBox::Warning : QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse); // the fingerprint can be copied to compare it
    QPushButton* trust =
        box.addButton(QCoreApplication::translate("Prompter", "Trust this certificate"), QMessageBox::AcceptRole);
    QPushButton* refuse =
        box.addButton(QCoreApplication::translate("Prompter", "Do not trust"), QMessageBox::RejectRole);
    box.setDefaultButton(refuse); // Enter alone never trusts
    box.setEscapeButton(refuse);
    box.exec(); // a modal dialog in ui (STYLE.md §15)
    return box.clickedButton() == trust;
}

} // namespace tsunagu::ui
