// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/AttendanceImporter.h"
#include "common/Clock.h"
#include "common/Prompter.h"
#include "domain/Room.h"
#include "storage/Database.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace tsunagu::ui {

class ZoomImportModel;

// Zoomの参加者リストから読み込む: the host chooses a Zoom participant CSV for one meeting; it is read on a worker
// thread, then every person in it is shown with their minutes, whether they are counted and why, the member they
// are and the category they count in. The host changes what is wrong and saves: the counts, the roster of members
// who came and the mappings to remember, in one transaction. A list of another day, a file that is not a list or
// an empty list is said in a sentence and nothing is saved.
class ZoomImportDialog : public QDialog
{
    Q_OBJECT

public:
    // `meeting` carries its room (roomId). `title` names the meeting for the host (room and series).
    ZoomImportDialog(Database& database, Prompter& prompter, const Clock& clock, const PlannedOccurrence& meeting,
                     const QString& title, QWidget* parent = nullptr);
    ~ZoomImportDialog() override;

    // Reads `path` on a worker thread; the table fills when it is read (listRead()).
    void openFile(const QString& path);

Q_SIGNALS:
    // The file was read and the preview (or the problem) is shown.
    void listRead();
    void attendanceSaved();

private:
    struct ReadResult;
    void chooseFile();
    void showRead(const ReadResult& result);
    void showProblem(const QString& sentence);
    void updateSummary();
    void save();
    void showAliases();

    Database& m_database;
    Prompter& m_prompter;
    const Clock& m_clock;
    PlannedOccurrence m_meeting;
    Room m_room;
    QStringList m_hostNames;
    std::unique_ptr<ImportPreview> m_preview; // null until a list is read without a problem
    bool m_reading = false;
    ZoomImportModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_file = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_choose = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace tsunagu::ui
