// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QPrinter;
class QWidget;

namespace tsunagu::ui {

// The system's print dialog behind a preview (QPrintPreviewDialog, object name "printPreviewDialog"), A4, painted
// by `paint` — the same renderer that writes the PDF, so paper and file look alike. Opens window-modal and returns.
void openPrintPreview(QWidget* parent, const QString& documentName, std::function<void(QPrinter& printer)> paint);

} // namespace tsunagu::ui
