// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace tsunagu::ui {

// Runs `work` on a worker thread while a modal dialog with a moving bar says what is happening, and returns when
// the work has ended. The application keeps painting and answering meanwhile; the work cannot be cancelled (it
// is one transaction that either ends or leaves everything as it was).
void runBusy(QWidget* parent, const QString& title, const QString& text, std::function<void()> work);

} // namespace tsunagu::ui
