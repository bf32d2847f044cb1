// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

class QWidget;

namespace tsunagu::ui {

// Every question the UI asks the host goes through here, so tests can answer them (STYLE.md §19).
class Prompter
{
public:
    virtual ~Prompter() = default;
    // Mail files (.eml) to import; empty when the host cancelled.
    virtual QStringList chooseMailFiles(QWidget* parent) = 0;
    virtual void inform(QWidget* parent, const QString& title, const QString& text) = 0;
    // A file to read or to write (`filter` as QFileDialog takes it); empty when the host cancelled.
    virtual QString chooseOpenFile(QWidget* parent, const QString& title, const QString& filter) = 0;
    virtual QString chooseSaveFile(QWidget* parent, const QString& title, const QString& suggestedName,
                                   const QString& filter) = 0;
    // One of `choices` (id, text shown), or 0 when the host cancelled.
    virtual qint64 chooseApplicant(QWidget* parent, const QVector<QPair<qint64, QString>>& choices) = 0;
    // A yes/no question before something that cannot be undone; `action` names the button that goes ahead.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& action) = 0;
    // One of several ways to go on, each a button named by `options`: its index, or -1 when the host cancelled.
    virtual int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& options) = 0;
    // A password, typed hidden; nothing when the host cancelled.
    virtual std::optional<QString> askPassword(QWidget* parent, const QString& title, const QString& text) = 0;
    // Whether to trust a mail server's certificate (STYLE.md §13); `text` shows what it is. `changed`: it replaces
    // one the host trusted before, which calls for a stronger warning. Saying nothing trusts nothing.
    virtual bool trustCertificate(QWidget* parent, const QString& title, const QString& text, bool changed) = 0;
};

// The real dialogs.
class WidgetPrompter final : public Prompter
{
public:
    QStringList chooseMailFiles(QWidget* parent) override;
    void inform(QWidget* parent, const QString& title, const QString& text) override;
    QString chooseOpenFile(QWidget* parent, const QString& title, const QString& filter) override;
    QString chooseSaveFile(QWidget* parent, const QString& title, const QString& suggestedName,
                           const QString& filter) override;
    qint64 chooseApplicant(QWidget* parent, const QVector<QPair<qint64, QString>>& choices) override;
    bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& action) override;
    int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& options) override;
    std::optional<QString> askPassword(QWidget* parent, const QString& title, const QString& text) override;
    bool trustCertificate(QWidget* parent, const QString& title, const QString& text, bool changed) override;
};

} // namespace tsunagu::ui
