// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/PdfFile.h"

#include <QString>
#include <QVector>

namespace tsunagu {

// One room as a poster shows it: everything in words, ready to print.
struct PosterRoom
{
    QString code;
    QString name;
    QString audience; // who it is for, in words ("ご本人", "ご家族", "女性の方")
    QString channels; // how it meets (chat, Zoom), in the room's words
    QString schedule; // when it meets, in words
    QString formUrl;  // the application form; empty: the poster says so and prints no code
};

// What the host chose in the designer (or on the command line).
struct PosterSpec
{
    PaperSize size = PaperSize::A4; // portrait
    QString title;
    QString lead;
    QVector<PosterRoom> rooms;
    bool tearOff = false;
    QString clinicLine;   // "○○クリニック様 掲示用"; empty: none
    QString referralCode; // the clinic's code applicants can name; empty: none
    QString version;      // printed small at the foot and recorded with each delivery ("2026年12月版")

    static QString defaultTitle();
    static QString defaultLead();
};

} // namespace tsunagu
