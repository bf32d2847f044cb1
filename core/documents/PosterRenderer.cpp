// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PosterRenderer.h"

#include "documents/DocumentFonts.h"
#include "documents/QrCode.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace tsunagu {
namespace {

// Layout in tenths of a millimetre. Typography is designed on A4 and grows with the page (A3: √2); QR codes keep
// their 25 mm minimum on any paper, so a larger sheet has room for more rooms rather than just bigger print.
constexpr double s_a4Width = 2100;
constexpr double s_gap = 30;
constexpr double s_pad = 14;
constexpr int s_tearOffStrips = 8;
constexpr double s_minTextWidth = 330; // a text column narrower than 33 mm reads badly in Japanese
constexpr double s_minCode = 250;      // 25 mm of symbol; the quiet zone comes on top

const QColor s_ink(0x22, 0x2b, 0x2a);
const QColor s_accent(0x2e, 0x6b, 0x5e);
const QColor s_soft(0xee, 0xf4, 0xf1);
const QColor s_line(0xa9, 0xc4, 0xbb);

QFont fontOf(double size, bool bold = false)
{
    QFont font(DocumentFonts::japaneseFamily());
    font.setPixelSize(std::max(1, int(std::lround(size))));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

// Japanese breaks between any two characters; an address has no spaces and may break anywhere.
double heightOf(const QString& text, const QFont& font, double width, bool anywhere = false)
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF metrics(font);
    const int flags = anywhere ? Qt::TextWrapAnywhere : Qt::TextWordWrap;
    return metrics.boundingRect(QRectF(0, 0, width, 1e7), flags, text).height();
}

struct TextRun
{
    QString text;
    QFont font;
    QColor colour;
    bool anywhere = false;
};

double heightOf(const QVector<TextRun>& runs, double width, double spacing)
{
    double total = 0;
    for (const TextRun& run : runs) {
        if (run.text.isEmpty())
            continue;
        if (total > 0)
            total += spacing;
        total += heightOf(run.text, run.font, width, run.anywhere);
    }
    return total;
}

void drawRuns(QPainter& painter, const QVector<TextRun>& runs, const QRectF& box, double spacing, int alignment)
{
    double y = box.top();
    for (const TextRun& run : runs) {
        if (run.text.isEmpty())
            continue;
        const double h = heightOf(run.text, run.font, box.width(), run.anywhere);
        painter.setFont(run.font);
        painter.setPen(run.colour);
        const int flags = alignment | (run.anywhere ? Qt::TextWrapAnywhere : Qt::TextWordWrap);
        painter.drawText(QRectF(box.left(), y, box.width(), h + 1), flags, run.text);
        y += h + spacing;
    }
}

// The page, and the size of the type on it (1 on A4).
struct Page
{
    double width = s_a4Width;
    double height = 2970;
    double type = 1.0;
    double margin = 120;
};

// Everything placed at one text scale; `fits` says whether every text has the room it needs.
struct Layout
{
    double scale = 1.0;
    bool fits = true;
    QString cutWhere; // the first room whose text did not fit; empty: the header
    QVector<TextRun> header;
    QRectF headerBox;
    QVector<TextRun> note;
    QRectF noteBox;
    int columns = 1;
    QVector<QRectF> blocks;
    double code = s_minCode; // the side of each symbol, quiet zone excluded
    double blockSize = 1.0;  // the type of the room blocks: larger when few rooms share the page
    double zone = 0;         // the widest quiet zone of the codes drawn
    QRectF tearOff;
};

QVector<TextRun> blockRuns(const PosterRoom& room, double size, bool hasCode)
{
    QVector<TextRun> runs;
    runs.append({room.name, fontOf(40 * size, true), s_accent});
    runs.append({QStringLiteral("対象: ") + room.audience, fontOf(28 * size, true), s_ink});
    runs.append({room.channels, fontOf(27 * size), s_ink});
    runs.append({room.schedule, fontOf(27 * size), s_ink});
    runs.append({hasCode ? room.formUrl : QStringLiteral("申し込みフォームは準備中です。"), fontOf(24 * size),
                 hasCode ? s_accent : QColor(0x8a, 0x3b, 0x12), hasCode});
    return runs;
}

// `modules`: the widest symbol among the codes (modules per side), for the quiet zone.
Layout layoutAt(const PosterSpec& spec, const Page& page, double scale, const QVector<bool>& hasCode, int modules)
{
    Layout l;
    l.scale = scale;
    const double size = scale * page.type;
    const double width = page.width - 2 * page.margin;

    if (!spec.clinicLine.isEmpty())
        l.header.append({spec.clinicLine, fontOf(34 * size), s_ink});
    l.header.append({spec.title, fontOf(88 * size, true), s_accent});
    l.header.append({spec.lead, fontOf(40 * size), s_ink});
    const double headerHeight = heightOf(l.header, width, 24 * size);
    l.headerBox = QRectF(page.margin, page.margin, width, headerHeight);

    l.note.append({QStringLiteral("参加は無料です。ニックネームで、匿名で参加できます。"
                                  "お申し込みのあと、参加のしかたをメールでお知らせします。"),
                   fontOf(34 * size, true), s_ink});
    if (!spec.referralCode.isEmpty())
        l.note.append({QStringLiteral("お申し込みフォームの「どこで知りましたか」に「%1」とご記入ください。")
                           .arg(spec.referralCode),
                       fontOf(30 * size), s_ink});
    const double noteHeight = heightOf(l.note, width - 2 * s_pad, 10 * size) + 2 * s_pad;
    const double footer = 40 * page.type;
    const double tearOffHeight = 340 * page.type;
    // Above the strips, room for the line that says to tear one off.
    const double tearOffGap = 2 * s_gap + 30 * page.type;
    const double bottom = page.height - page.margin - footer - (spec.tearOff ? tearOffHeight + tearOffGap : 0);
    l.noteBox = QRectF(page.margin, bottom - noteHeight, width, noteHeight);
    if (spec.tearOff)
        l.tearOff = QRectF(page.margin, bottom + tearOffGap, width, tearOffHeight);

    const double gridTop = l.headerBox.bottom() + s_gap * 1.5;
    const QRectF grid(page.margin, gridTop, width, l.noteBox.top() - s_gap - gridTop);
    const int n = int(spec.rooms.size());
    if (n == 0)
        return l;
    // A poster of one to four rooms has room for larger type in each block; a full one keeps the designed size.
    l.blockSize = size * (n <= 2 ? 1.5 : n <= 4 ? 1.25 : 1.0);
    l.zone = modules > 0 ? s_minCode / modules * QrCode::s_quietZone : 0;
    const double codeBox = s_minCode + 2 * l.zone;
    // The fewest columns whose rows hold a 25 mm code with its quiet zone and leave the text a readable width;
    // failing that, the fewest whose rows hold the code (the text may then not fit, and the host is told).
    auto rowHeight = [&](int c) {
        const int rows = (n + c - 1) / c;
        return (grid.height() - (rows - 1) * s_gap) / rows;
    };
    auto colWidth = [&](int c) {
        return (width - (c - 1) * s_gap) / c;
    };
    l.columns = 0;
    for (int c = 1; c <= 3 && l.columns == 0; ++c) {
        if (rowHeight(c) >= codeBox && colWidth(c) - codeBox - 2 * s_pad >= s_minTextWidth)
            l.columns = c;
    }
    for (int c = 1; c <= 4 && l.columns == 0; ++c) {
        if (rowHeight(c) >= codeBox)
            l.columns = c;
    }
    if (l.columns == 0) {
        l.columns = 4;
        l.fits = false;
    }
    const int rows = (n + l.columns - 1) / l.columns;
    const double height = std::min(rowHeight(l.columns), 700.0 * page.type);
    const double column = colWidth(l.columns);
    // A few rooms get bigger codes, up to 45 mm on A4 (the quiet zone grows with them).
    const double grow = std::min(height, column * 0.45) / codeBox;
    l.code = std::clamp(s_minCode * grow, s_minCode, 450.0 * page.type);
    l.zone *= l.code / s_minCode;
    for (int i = 0; i < n; ++i) {
        const int row = i / l.columns;
        const int col = i % l.columns;
        const QRectF block(page.margin + col * (column + s_gap), gridTop + row * (height + s_gap), column, height);
        l.blocks.append(block);
        const double textWidth = block.width() - (l.code + 2 * l.zone) - 2 * s_pad;
        const double needed =
            heightOf(blockRuns(spec.rooms.at(i), l.blockSize, hasCode.at(i)), textWidth, 8 * l.blockSize);
        if (textWidth < 50 || needed > block.height() - 2 * s_pad) {
            if (l.fits)
                l.cutWhere = spec.rooms.at(i).code;
            l.fits = false;
        }
    }
    Q_UNUSED(rows);
    if (headerHeight > page.height * 0.3) {
        l.fits = false;
        l.cutWhere.clear();
    }
    return l;
}

void drawTearOff(QPainter& painter, const PosterSpec& spec, const QRectF& area, const QVector<bool>& hasCode,
                 double type)
{
    QPen dashed(s_line, 4 * type, Qt::DashLine);
    painter.setPen(dashed);
    painter.drawLine(area.topLeft(), area.topRight());
    painter.setFont(fontOf(22 * type));
    painter.setPen(s_ink);
    painter.drawText(QRectF(area.left(), area.top() - 34 * type, area.width(), 30 * type),
                     Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("✂ 切り取ってお持ちください"));
    QVector<int> rooms;
    for (int i = 0; i < spec.rooms.size(); ++i) {
        if (hasCode.at(i))
            rooms.append(i);
    }
    if (rooms.isEmpty())
        return;
    const double strip = area.width() / s_tearOffStrips;
    for (int s = 0; s < s_tearOffStrips; ++s) {
        const QRectF box(area.left() + s * strip, area.top(), strip, area.height());
        if (s > 0) {
            painter.setPen(dashed);
            painter.drawLine(box.topLeft(), box.bottomLeft());
        }
        const PosterRoom& room = spec.rooms.at(rooms.at(s % rooms.size()));
        // Text runs along the strip, read with the head tilted left, as Japanese tear-off strips are.
        painter.save();
        painter.translate(box.center());
        painter.rotate(90);
        const QRectF text(-box.height() / 2 + 16, -box.width() / 2 + 12, box.height() - 32, box.width() - 24);
        auto runsAt = [&](double scale) {
            return QVector<TextRun>{{room.name, fontOf(26 * type * scale, true), s_accent},
                                    {room.formUrl, fontOf(22 * type * scale), s_ink, true}};
        };
        double scale = 1.0;
        QVector<TextRun> fitted = runsAt(scale);
        while (scale > 0.6 && heightOf(fitted, text.width(), 6) > text.height()) {
            scale -= 0.05;
            fitted = runsAt(scale);
        }
        painter.setClipRect(text);
        drawRuns(painter, fitted, text, 6, Qt::AlignLeft);
        painter.restore();
    }
}

} // namespace

bool PosterOutcome::has(PosterProblem::Kind kind) const
{
    return std::any_of(problems.cbegin(), problems.cend(), [kind](const PosterProblem& p) { return p.kind == kind; });
}

QSizeF PosterRenderer::pageSizeMm(PaperSize size)
{
    return size == PaperSize::A3 ? QSizeF(297, 420) : QSizeF(210, 297);
}

PosterOutcome PosterRenderer::paint(QPainter& painter, const PosterSpec& spec, double dotsPerMm)
{
    PosterOutcome outcome;
    // QR codes first: a room whose address cannot be a code is told, and gets no code.
    QVector<QrCode> codes;
    QVector<bool> hasCode;
    int modules = 0;
    for (const PosterRoom& room : spec.rooms) {
        QrCode::Error error = QrCode::Error::None;
        QrCode code = room.formUrl.isEmpty() ? QrCode() : QrCode::encode(room.formUrl, &error);
        if (room.formUrl.isEmpty())
            outcome.problems.append({PosterProblem::Kind::NoFormUrl, room.code});
        else if (error != QrCode::Error::None)
            outcome.problems.append({PosterProblem::Kind::UrlTooLong, room.code});
        hasCode.append(!code.isNull());
        // The smallest symbol has the widest quiet zone for its printed size.
        if (!code.isNull() && (modules == 0 || code.width() < modules))
            modules = code.width();
        codes.append(std::move(code));
    }

    const QSizeF mm = pageSizeMm(spec.size);
    Page page;
    page.width = mm.width() * 10;
    page.height = mm.height() * 10;
    page.type = page.width / s_a4Width;
    page.margin = 120 * page.type;

    // The largest text scale at which everything fits, in steps of 5 %, down to the limit.
    Layout layout;
    for (int step = 0; step <= int(std::lround((1.0 - s_minScale) / 0.05)); ++step) {
        layout = layoutAt(spec, page, 1.0 - 0.05 * step, hasCode, modules);
        if (layout.fits)
            break;
    }
    outcome.textScale = layout.scale;
    if (!layout.fits)
        outcome.problems.append({PosterProblem::Kind::TextCut, layout.cutWhere});
    else if (layout.scale < 1.0 - 1e-9)
        outcome.problems.append({PosterProblem::Kind::TextShrunk, {}});
    const double size = layout.scale * page.type;

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(dotsPerMm / 10, dotsPerMm / 10);
    painter.fillRect(QRectF(0, 0, page.width, page.height), Qt::white);

    // A band of colour across the top, then the header.
    painter.fillRect(QRectF(0, 0, page.width, 50 * page.type), s_accent);
    painter.save();
    painter.setClipRect(QRectF(page.margin, page.margin, page.width - 2 * page.margin, page.height * 0.3));
    drawRuns(painter, layout.header, layout.headerBox, 24 * size, Qt::AlignLeft);
    painter.restore();

    for (int i = 0; i < spec.rooms.size(); ++i) {
        const QRectF block = layout.blocks.at(i);
        const double box = layout.code + 2 * layout.zone;
        // The code (with its quiet zone, white) at the block's right; the text on a soft panel to its left.
        const QRectF panel(block.left(), block.top(), block.width() - box, block.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(s_soft);
        painter.drawRoundedRect(panel, 16, 16);
        painter.fillRect(QRectF(block.left(), block.top(), 10 * page.type, block.height()), s_accent);
        painter.setBrush(Qt::NoBrush);
        const QRectF square(block.right() - box, block.top(), box, box);
        if (hasCode.at(i)) {
            const QrCode& code = codes.at(i);
            // This code's own quiet zone: four of its modules, inside the square reserved for the widest one.
            const double module = layout.code / code.width();
            const double side = layout.code + 2 * module * QrCode::s_quietZone;
            const QRectF withZone(square.center().x() - side / 2, square.top() + (box - side) / 2, side, side);
            painter.fillRect(square, Qt::white);
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::black);
            painter.drawPath(code.path(withZone));
            painter.setBrush(Qt::NoBrush);
            outcome.qrUrls.append(spec.rooms.at(i).formUrl);
            outcome.qrSideMm = layout.code / 10;
        } else {
            const QRectF inner = square.adjusted(layout.zone, layout.zone, -layout.zone, -layout.zone);
            painter.setPen(QPen(s_line, 4, Qt::DashLine));
            painter.drawRect(inner);
            painter.setFont(fontOf(26 * page.type));
            painter.setPen(s_ink);
            painter.drawText(inner.adjusted(10, 10, -10, -10), Qt::AlignCenter | Qt::TextWordWrap,
                             QStringLiteral("QRコードは準備中です"));
        }
        const QRectF text = panel.adjusted(s_pad + 10 * page.type, s_pad, -s_pad, -s_pad);
        painter.save();
        painter.setClipRect(text);
        drawRuns(painter, blockRuns(spec.rooms.at(i), layout.blockSize, hasCode.at(i)), text, 8 * layout.blockSize,
                 Qt::AlignLeft);
        painter.restore();
    }

    painter.setPen(QPen(s_accent, 5 * page.type));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(layout.noteBox, 16, 16);
    painter.setBrush(Qt::NoBrush);
    drawRuns(painter, layout.note, layout.noteBox.adjusted(s_pad, s_pad, -s_pad, -s_pad), 10 * size, Qt::AlignHCenter);

    if (spec.tearOff)
        drawTearOff(painter, spec, layout.tearOff, hasCode, page.type);

    if (!spec.version.isEmpty()) {
        painter.setFont(fontOf(20 * page.type));
        painter.setPen(QColor(0x70, 0x70, 0x70));
        painter.drawText(QRectF(page.margin, page.height - page.margin - 30 * page.type, page.width - 2 * page.margin,
                                30 * page.type),
                         Qt::AlignRight | Qt::AlignBottom, spec.version);
    }
    painter.restore();
    return outcome;
}

PosterOutcome PosterRenderer::render(QPagedPaintDevice& device, const PosterSpec& spec)
{
    const QSizeF mm = pageSizeMm(spec.size);
    device.setPageLayout(QPageLayout(pageSizeOf(spec.size), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPainter painter(&device);
    // Full-page drawing: the device's own coordinates start at the paper's corner when the margins are zero.
    const double dotsPerMm = device.width() / mm.width();
    return paint(painter, spec, dotsPerMm);
}

QImage PosterRenderer::preview(const PosterSpec& spec, double dotsPerMm, PosterOutcome* outcome)
{
    const QSizeF mm = pageSizeMm(spec.size);
    QImage image(QSize(int(mm.width() * dotsPerMm), int(mm.height() * dotsPerMm)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    const PosterOutcome drawn = paint(painter, spec, dotsPerMm);
    if (outcome)
        *outcome = drawn;
    return image;
}

} // namespace tsunagu
