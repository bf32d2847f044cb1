// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/PrintPreview.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <memory>

namespace tsunagu::ui {

void openPrintPreview(QWidget* parent, const QString& documentName, std::function<void(QPrinter& printer)> paint)
{
    // The printer lives as long as the dialog's connection that holds it.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(documentName);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageOrientation(QPageLayout::Portrait);
    auto* dialog = new QPrintPreviewDialog(printer.get(), parent);
    dialog->setObjectName(QStringLiteral("printPreviewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [printer, paint = std::move(paint)](QPrinter* device) { paint(*device); });
    dialog->open();
}

} // namespace tsunagu::ui
