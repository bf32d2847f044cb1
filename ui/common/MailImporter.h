// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/IntakePipeline.h"

#include <QCoreApplication>
#include <QStringList>

namespace tsunagu::ui {

// Takes mail files in through the intake pipeline and sums up what happened in words.
class MailImporter
{
    Q_DECLARE_TR_FUNCTIONS(MailImporter)

public:
    struct Report
    {
        int newApplicants = 0;
        int duplicates = 0;
        int replies = 0;
        int unclassified = 0;
        int spam = 0;
        int alreadyKnown = 0;
        QStringList failures; // "file: reason", in the host's language
        int taken() const { return newApplicants + duplicates + replies + unclassified + spam; }
        QString summary() const;
    };

    explicit MailImporter(IntakePipeline& intake)
        : m_intake(intake)
    {}
    Report importFiles(const QStringList& paths);

private:
    IntakePipeline& m_intake;
};

} // namespace tsunagu::ui
