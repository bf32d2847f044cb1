// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sending/ReplyDrafter.h"
#include "sending/ReplySender.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace tsunagu {

class PasswordSource;
enum class MailPassword;

// A stretch of text to mark: a meeting secret or an unfilled marker.
struct TextSpan
{
    qsizetype at = 0;
    qsizetype length = 0;
    bool operator==(const TextSpan& other) const { return at == other.at && length == other.length; }
};

// What a successful send or save to Drafts did, for the window to word.
struct ReplySent
{
    bool toDrafts = false;
    QStringList warnings; // SendOutcome::warnings
    bool referral = false;
    std::optional<StoreFailure> referralNotRecorded;
    bool referralTold = false;                // the other room was written to, with the agreed fields
    std::optional<SendError> referralNotTold; // it was to be told, and that failed
};

// One reply being written, without any widget: the template's first text, the host's edits (stored as a draft a
// moment after each change, and at once before anything else happens, so a closed window, a failed send or a
// crash lose nothing), what keeps it from going out, where the meeting secrets stand, the exact bytes, and the
// send / save-to-Drafts flow with the co-host check. The questions on the way (a password, "send anyway?", a
// certificate) are signals the view answers; nothing here blocks.
class ReplyEditor : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Editing,
        Busy, // reading passwords, checking, sending
    };
    Q_ENUM(State)

    enum class Stop
    {
        NoPassword,   // a password was needed and none was given
        NotConfirmed, // another host answered and the host chose not to send
    };
    Q_ENUM(Stop)

    ReplyEditor(Database& database, const Clock& clock, MailSocketFactory sockets, PasswordSource& passwords,
                QObject* parent = nullptr);
    ~ReplyEditor() override; // stores what is not stored yet

    // Opens a stored reply; its fields are then in reply().
    std::optional<StoreFailure> load(qint64 replyId);
    // Renders the request's template into the text (replacing it) and stores the choice; the first call for a new
    // reply creates its draft.
    std::optional<StoreFailure> choose(const DraftRequest& request);

    qint64 replyId() const { return m_reply.id; }
    const Reply& reply() const { return m_reply; }
    ReplyAction action() const { return replyActionFromKey(m_reply.action); }

    void setTo(const QString& to);
    void setSubject(const QString& subject);
    void setBody(const QString& body);
    // Whether an invitation carries the room's next meetings as an .ics (stored with the draft at once).
    std::optional<StoreFailure> setAttachMeetings(bool attach);
    // How many meetings an .ics attached now would hold: 0 when the reply is not an invitation or the applicant's
    // room plans no meeting in the coming months (then there is nothing to attach).
    int meetingsToAttach() const;
    // For a referral sent with this reply: whether the applicant agreed and what the other room may be told.
    void setReferral(qint64 otherRoomId, bool consent, const QStringList& sharedFields);
    // Stores the text now instead of after the pause; false when it could not be stored.
    bool saveNow();
    // True for a reply this editor started whose text the host has not touched and that went nowhere: closing
    // it should leave no draft behind.
    bool untouchedNew() const { return m_createdHere && !m_touched && m_state == State::Editing; }
    // Deletes the stored draft (a reply that went to the server is kept: Conflict). The editor is empty after it.
    StoreResult<Done> discard();
    void setSaveDelay(int milliseconds) { m_saveTimer.setInterval(milliseconds); }

    // What keeps the text as it stands from going out, in the order a form shows it.
    QVector<ReplyProblem> problems() const;
    // Where the room's meeting secrets stand in a text (the body, or the preview).
    QVector<TextSpan> secretSpans(const QString& text) const;
    QVector<TextSpan> secretSpans() const { return secretSpans(m_reply.body); }
    bool containsSecrets() const { return !secretSpans().isEmpty(); }
    // Where unfilled markers (【未入力: …】) stand in a text.
    static QVector<TextSpan> markerSpans(const QString& text);
    // The message exactly as it would be sent.
    std::optional<SendFailure> preview(QByteArray& bytes);
    // The account the reply goes out from, when its room has one that can send.
    std::optional<MailAccount> account() const;

    State state() const { return m_state; }
    bool busy() const { return m_state == State::Busy; }

    // Sends (after the co-host check) or puts the reply in the Drafts folder. Nothing starts while there are
    // problems or the text cannot be stored.
    void send();
    void saveToDrafts();
    // Answers to passwordNeeded, othersAnswered and a certificate failure.
    void providePassword(MailPassword which, const std::optional<QString>& password);
    void sendAnyway();
    void keepDraft();
    // Pins the certificate of the failed step and tries again with the same passwords; false when it cannot.
    bool trustCertificateAndRetry(const SendFailure& failure);

Q_SIGNALS:
    void textReplaced(); // choose() rendered a new text: the view shows reply() again
    void problemsChanged();
    void draftSaved();
    void stateChanged(tsunagu::ReplyEditor::State state);
    void stepChanged(tsunagu::ReplySender::Step step);
    void passwordNeeded(tsunagu::MailPassword which, const tsunagu::MailAccount& account);
    void othersAnswered(const tsunagu::OthersAnswer& answer);
    void sent(const tsunagu::ReplySent& result);
    void failed(const tsunagu::SendFailure& failure, bool toDrafts);
    void stopped(tsunagu::ReplyEditor::Stop reason);

private:
    void edited();
    void refreshContext();
    void setState(State state);
    void start(bool toDrafts);
    void readPassword(MailPassword which);
    void checkThenSend();
    void go();
    void finishSent(const SendOutcome& outcome);
    void endWith(const SendFailure& failure);

    Database& m_database;
    const Clock& m_clock;
    PasswordSource& m_passwordSource;
    std::unique_ptr<ReplySender> m_sender;
    Reply m_reply;
    QStringList m_secretValues;
    bool m_hasAccount = false;
    bool m_holdsSecrets = false; // sent the room's secrets before: they may go in any reply
    bool m_unsaved = false;
    bool m_createdHere = false; // choose() started the draft (not load())
    bool m_touched = false;     // the host typed in it, or it was handed to a server
    QTimer m_saveTimer;
    State m_state = State::Editing;
    Referral m_referral;
    // The operation under way.
    bool m_toDrafts = false;
    MailAccount m_account;
    SendPasswords m_passwords;
};

} // namespace tsunagu
