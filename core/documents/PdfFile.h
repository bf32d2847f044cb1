// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/DocumentError.h"

#include <QPageSize>
#include <QString>

#include <functional>
#include <variant>

class QIODevice;
class QPagedPaintDevice;

namespace tsunagu {

using DocumentResult = Result<std::monostate, DocumentError>;

enum class PaperSize
{
    A4,
    A3,
};

QPageSize pageSizeOf(PaperSize paper);

// Writes a PDF (portrait, fonts embedded) that `render` draws page by page on the device it is given.
class PdfFile
{
public:
    // Draws the document's pages; returns an error (nothing is then kept) when the layout cannot be made.
    using Renderer = std::function<DocumentResult(QPagedPaintDevice& device)>;

    // Writes to `path` atomically: the file appears only when every page was written, and an older file of the same
    // name stays as it was when anything fails. A full disk is reported as such.
    static DocumentResult write(const QString& path, PaperSize paper, const QString& title, const Renderer& render);

    // The same into an open device (a buffer, for previews and benchmarks).
    static DocumentResult write(QIODevice& device, PaperSize paper, const QString& title, const Renderer& render);
};

} // namespace tsunagu
