// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/Host.h"
#include "domain/Message.h"
#include "models/RoomTableModel.h"
#include "storage/ApplicantList.h"

#include <QObject>
#include <QPointer>
#include <QVector>

#include <functional>

class QThread;

namespace tsunagu::ui {

// What 受付 shows besides its applicant list (which reads itself): rooms with their waiting counts, the mail of
// 未分類, 迷惑メール and 無視, the hosts, and how many applications wait and are overdue.
struct IntakeLists
{
    QVector<Host> hosts;
    QVector<RoomListRow> rooms;
    QVector<Message> unclassified;
    QVector<Message> spam;
    QVector<Message> ignored;
    WaitingCounts waiting;
};

// Reads IntakeLists on a worker thread through a connection of its own, so that a reload after new mail never holds
// up the window (with 11,000 applicants these queries took about 240 ms). A request made while a read is under way
// is remembered, and any number of them end in one more read after it: a burst of reloads is read twice at
// most, and what is shown is never older than the last request.
class IntakeListsLoader : public QObject
{
    Q_OBJECT

public:
    // A test seam: runs on the worker thread before each read (counting reads, holding one back).
    using ReadHook = std::function<void()>;

    IntakeListsLoader(QString databasePath, const Clock& clock, QObject* parent = nullptr);
    // Waits for a read under way (a fraction of a second), which then delivers nothing.
    ~IntakeListsLoader() override;

    // Reads the lists again: now, or once the read under way has ended.
    void request();
    // A read is under way or asked for.
    bool isLoading() const { return m_thread != nullptr; }
    // How many reads were started since this loader was made.
    int readsStarted() const { return m_readsStarted; }
    void setReadHook(ReadHook hook) { m_readHook = std::move(hook); }

Q_SIGNALS:
    // The lists of the last read; on the receiver's thread.
    void loaded(const tsunagu::ui::IntakeLists& lists);
    // The last read failed; what is shown stays.
    void failed(const tsunagu::StoreFailure& failure);

private:
    void startRead();

    QString m_databasePath;
    const Clock& m_clock;
    QThread* m_thread = nullptr; // the read under way
    bool m_again = false;        // requested while reading: one more read after it
    int m_readsStarted = 0;
    ReadHook m_readHook;
};

} // namespace tsunagu::ui
