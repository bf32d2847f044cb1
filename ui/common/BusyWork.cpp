// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/BusyWork.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <memory>

namespace tsunagu::ui {

void runBusy(QWidget* parent, const QString& title, const QString& text, std::function<void()> work)
{
    QProgressDialog dialog(text, QString(), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("busyWorkDialog"));
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    std::unique_ptr<QThread> worker(QThread::create(std::move(work)));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    dialog.show();
    // The loop ends when the worker has: a key press on the dialog cannot end the wait early.
    loop.exec();
    worker->wait();
}

} // namespace tsunagu::ui
