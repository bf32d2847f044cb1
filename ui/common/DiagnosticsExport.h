// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"

#include <QCoreApplication>

class QWidget;

namespace tsunagu::ui {

// ヘルプ → 診断情報を保存…: asks where, writes the diagnostics file (no personal data) and says what it holds.
class DiagnosticsExport
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsExport)

public:
    static void save(UiServices& services, QWidget* parent);
};

} // namespace tsunagu::ui
