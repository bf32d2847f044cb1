// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"
#include "areas/AreaWidget.h"
#include "documents/PosterRenderer.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace tsunagu::ui {

class PosterDeliveryTableModel;
class PosterPreviewer;

// ポスター: the poster designer with a live preview (drawn off the GUI thread), saved as PDF or printed through the
// system's print dialog with preview; deliveries are recorded with the poster's version, and the list of where
// posters went stays below.
class PostersArea : public AreaWidget
{
    Q_OBJECT

public:
    explicit PostersArea(UiServices& services, QWidget* parent = nullptr);

    // The poster as the designer now describes it.
    PosterSpec spec() const;
    // The serial of the last preview shown (tests wait for theirs).
    int previewSerial() const { return m_shownSerial; }
    const PosterOutcome& lastOutcome() const { return m_outcome; }

Q_SIGNALS:
    void previewShown(int serial);

protected:
    StoreResult<Done> reload() override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void chooseRooms();
    void contactChosen();
    void schedulePreview();
    void showPreview(const QImage& image, const PosterOutcome& outcome, int serial);
    void savePdf();
    void print();
    void recordDelivery();
    QString problemsText(const PosterOutcome& outcome) const;

    UiServices& m_services;
    QVector<Room> m_rooms;
    QComboBox* m_size = nullptr;
    QComboBox* m_roomPreset = nullptr;
    QListWidget* m_roomList = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_lead = nullptr;
    QCheckBox* m_tearOff = nullptr;
    QComboBox* m_contact = nullptr;
    QLineEdit* m_clinicLine = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_version = nullptr;
    QSpinBox* m_copies = nullptr;
    QLabel* m_problems = nullptr;
    QLabel* m_preview = nullptr;
    QPushButton* m_record = nullptr;
    QTimer* m_debounce = nullptr;
    PosterPreviewer* m_previewer = nullptr;
    QImage m_image;
    PosterOutcome m_outcome;
    int m_shownSerial = 0;
    PosterDeliveryTableModel* m_model = nullptr;
    QLabel* m_total = nullptr;
};

} // namespace tsunagu::ui
