// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"
#include "storage/ApplicantEraser.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace tsunagu::ui {

// 「この申込者を削除」: says exactly what goes and what stays, offers (off by default) to delete the original mails
// on the mail server too, and does it. The deletion in Tsunagu is one transaction; the server part follows and
// its outcome is told in plain words (the mails stay there when the server cannot delete single messages).
class DeleteApplicantDialog : public QDialog
{
    Q_OBJECT

public:
    DeleteApplicantDialog(UiServices& services, qint64 applicantId, QWidget* parent = nullptr);

    // False when there is nothing to delete (unknown, or deleted already): the dialog should not be shown.
    bool ready() const { return m_ready; }

Q_SIGNALS:
    // The applicant was deleted in Tsunagu (emitted before any work on the server).
    void applicantDeleted(qint64 applicantId);

private:
    void deleteNow();
    void deleted(const StoreResult<ApplicantErasure>& erased);
    void deleteOnServer(QVector<ServerMailPosition> positions, QStringList outcomes);
    void finishOnServer(const QStringList& outcomes);

    UiServices& m_services;
    qint64 m_applicantId = 0;
    ApplicantErasure m_plan;
    bool m_ready = false;
    QLabel* m_summary = nullptr;
    QCheckBox* m_alsoOnServer = nullptr;
    QPushButton* m_deleteButton = nullptr;
};

} // namespace tsunagu::ui
