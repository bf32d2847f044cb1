// SPDX-License-Identifier: GPL-3.0-or-later
// "Sign in with …" from the command line, end to end, as a host on an Outlook.com room would do it, with no
// Microsoft needed: account add --oauth, account sign-in --no-browser (the browser replaced by a client that follows
// the printed address), then sync and reply logging in with the stored tokens against Dovecot (oauth2 passdb) and
// aiosmtpd, both asking our own authorization server about each token. Then an access token withdrawn early is
// renewed after the refusal, and a revoked sign-in stops with "sign in again". No token in any output, log or trace.
#include "CliRun.h"
#include "DovecotServer.h"
#include "MailSamples.h"
#include "OAuthServer.h"
#include "RequireServer.h"
#include "SmtpServer.h"
#include "TempProfile.h"
#include "storage/HostRepository.h"
#include "storage/MeetingRepository.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>

using namespace tsunagu;
using namespace tsunagu::test;

namespace {

// Runs inside a private D-Bus session with a throwaway keyring in a temporary HOME (the tokens must outlive each
// command, as they do on a host's computer). Each step leaves its output in $OUT; the exit code names the step
// that failed.
const char s_script[] = R"SH(
printf keyring-unlock | "$KEYRING" --unlock --components=secrets >/dev/null 2>&1 || exit 3
t() { "$TSUNAGU" --lang en --profile "$PROFILE" "$@"; }
admin() { /usr/bin/python3 -c 'import sys,urllib.request; urllib.request.urlopen(sys.argv[1], data=b"").read()' "$OAUTH/admin/$1"; }
t account add --name "ルームE 受付" --rooms E --imap "imaps://host@example.org@127.0.0.1:$IMAP_PORT" --ca-file "$CA" \
  --smtp "smtp://host@example.org@127.0.0.1:$SMTP_PORT" --smtp-starttls --from-name "ルームE 受付" \
  --oauth custom --oauth-client-id "$CLIENT" --oauth-authorize-url "$OAUTH/authorize" \
  --oauth-token-url "$OAUTH/token" --oauth-scopes "mail" >"$OUT/add.out" 2>"$OUT/add.err" || exit 10
t account sign-in "ルームE 受付" --no-browser >"$OUT/signin.out" 2>"$OUT/signin.err" &
signin=$!
url=
for i in $(seq 200); do
  url=$(grep '^http' "$OUT/signin.out" || true)
  [ -n "$url" ] && break
  sleep 0.05
done
/usr/bin/python3 -c 'import sys,urllib.request; sys.stdout.write(urllib.request.urlopen(sys.argv[1]).read().decode())' \
  "$url" >"$OUT/browser.html" || exit 11
wait $signin || exit 12
t account list --json >"$OUT/list.json" 2>"$OUT/list.err" || exit 13
"$TSUNAGU" --trace "$OUT/sync.trace" --lang en --profile "$PROFILE" sync --json >"$OUT/sync.out" 2>"$OUT/sync.err" || exit 14
t applicants list --json >"$OUT/applicants.json" || exit 15
id=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["id"])' "$OUT/applicants.json")
"$TSUNAGU" --trace "$OUT/reply.trace" --lang en --profile "$PROFILE" reply --applicant "$id" --action invite --send \
  >"$OUT/reply.out" 2>"$OUT/reply.err" || exit 16
admin expire
t sync --json >"$OUT/renewed.out" 2>"$OUT/renewed.err" || exit 17
admin revoke
t sync --json >"$OUT/revoked.out" 2>"$OUT/revoked.err"
echo $? >"$OUT/revoked.rc"
exit 0
)SH";

QString readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("account add --oauth, sign-in --no-browser, then sync and reply with the tokens, renewed, then revoked",
          "[cli][oauth][server]")
{
    const QString dbus = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    requireServer(QStringLiteral("a keychain (dbus-run-session from dbus, gnome-keyring-daemon from gnome-keyring)"),
                  !dbus.isEmpty() && !keyring.isEmpty());
    OAuthServer::requireInstalled();
    DovecotServer::requireInstalled();
    SmtpServer::requireInstalled();

    OAuthServer oauth;
    REQUIRE(oauth.start());
    DovecotServer::Options imapOptions;
    imapOptions.specialUseMailboxes = true;
    imapOptions.oauth2IntrospectionUrl = oauth.introspectionUrl();
    DovecotServer imap(imapOptions);
    INFO(imap.logText().toStdString());
    REQUIRE(imap.start());
    SmtpServer::Options smtpOptions;
    smtpOptions.introspectionUrl = oauth.introspectionUrl();
    smtpOptions.bearerMechanisms = {QStringLiteral("XOAUTH2")};
    SmtpServer smtp(smtpOptions);
    REQUIRE(smtp.start());
    REQUIRE_FALSE(imap.deliver(formMail(QStringLiteral("【ルームE】参加申し込み"),
                                        applicationBody(QStringLiteral("さくら"), QStringLiteral("sakura@example.jp")),
                                        QByteArrayLiteral("form-oauth-1@forms.example.org")))
                      .isEmpty());

    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString ca = tmp.filePath(QStringLiteral("servers.pem"));
    {
        QFile bundle(ca);
        REQUIRE(bundle.open(QIODevice::WriteOnly));
        for (const QString& path : {imap.certificatePath(), smtp.certificatePath()}) {
            QFile pem(path);
            REQUIRE(pem.open(QIODevice::ReadOnly));
            bundle.write(pem.readAll() + '\n');
        }
    }
    // Room E with a meeting and its host, which no command makes.
    TempProfile profile;
    {
        Database& database = profile.open().database();
        QSqlQuery q(database.connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO rooms (code, name, audience, reception_address, chat_link) "
                                      "VALUES ('E', 'ルームE', 'persons', 'room-e@example.org', '')")));
        MeetingSeries series;
        series.roomId = q.lastInsertId().toLongLong();
        series.title = QStringLiteral("ルームE 定例会");
        series.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TU");
        series.firstStart = QDateTime(QDate(2026, 1, 6), QTime(19, 0), QTimeZone("Asia/Tokyo"));
        series.durationMinutes = 90;
        series.joinUrl = QStringLiteral("https://meet.example.org/j/5550001");
        series.meetingId = QStringLiteral("555 0001");
        series.passcode = QStringLiteral("Qx7731");
        REQUIRE(MeetingRepository(database).insertSeries(series).ok());
        Host host;
        host.displayName = QStringLiteral("みどり");
        host.signature = QStringLiteral("みどり（ルームE 受付）");
        host.roomCodes = {QStringLiteral("E")};
        REQUIRE(HostRepository(database).insert(host).ok());
        profile.close();
    }

    const QString out = tmp.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(out));
    QProcessEnvironment env = cliEnvironment(tmp.path());
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("HOME"), tmp.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), tmp.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), tmp.path());
    // Everything every part logs goes to the .err files, to look for tokens there too.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tsunagu.*.debug=true"));
    env.insert(QStringLiteral("KEYRING"), keyring);
    env.insert(QStringLiteral("TSUNAGU"), QStringLiteral(TSUNAGU_EXECUTABLE));
    env.insert(QStringLiteral("PROFILE"), profile.directory());
    env.insert(QStringLiteral("OUT"), out);
    env.insert(QStringLiteral("CA"), ca);
    env.insert(QStringLiteral("IMAP_PORT"), QString::number(imap.imapsPort()));
    env.insert(QStringLiteral("SMTP_PORT"), QString::number(smtp.port()));
    env.insert(QStringLiteral("OAUTH"), oauth.url(QString()).toString());
    env.insert(QStringLiteral("CLIENT"), oauth.options().clientId);
    const Run run = runProcess(
        dbus, {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), QString::fromUtf8(s_script)}, env);
    const auto file = [&out](const char* name) {
        return readText(out + QLatin1Char('/') + QLatin1String(name));
    };
    INFO("exit " << run.exitCode << "\n"
                 << run.err.toStdString() << "\nadd: " << file("add.err").toStdString()
                 << "\nsign-in: " << file("signin.out").toStdString() << file("signin.err").toStdString()
                 << "\nsync: " << file("sync.out").toStdString() << file("sync.err").toStdString()
                 << "\nreply: " << file("reply.out").toStdString() << file("reply.err").toStdString()
                 << "\nrenewed: " << file("renewed.out").toStdString() << file("renewed.err").toStdString()
                 << "\ndovecot: " << imap.logText().toStdString());
    requireServer(QStringLiteral("a running gnome-keyring-daemon"), run.exitCode != 3);
    REQUIRE(run.exitCode == 0);

    // The sign-in: the address on a line of its own, the browser's page, the account signed in.
    CHECK(file("add.out").contains(QStringLiteral("tsunagu account sign-in")));
    CHECK(file("signin.out").contains(QStringLiteral("code_challenge_method=S256")));
    CHECK(file("browser.html").contains(QStringLiteral("Signed in to Tsunagu")));
    CHECK(file("signin.out").contains(QStringLiteral("Signed in")));
    const QJsonObject listed = QJsonDocument::fromJson(file("list.json").toUtf8()).array().first().toObject();
    CHECK(listed.value(QStringLiteral("auth")).toString() == QStringLiteral("oauth2"));
    CHECK_FALSE(listed.value(QStringLiteral("signedInAt")).isNull());

    // sync and reply logged in with the token, without asking.
    const QJsonObject synced = QJsonDocument::fromJson(file("sync.out").toUtf8()).array().first().toObject();
    CHECK(synced.value(QStringLiteral("applications")).toInt() == 1);
    CHECK(file("reply.out").contains(QStringLiteral("Sent (Message-ID <")));
    REQUIRE(smtp.messages().size() == 1);
    CHECK(smtp.messages().first().rcptTos == QStringList{QStringLiteral("sakura@example.jp")});

    // An access token withdrawn before its time: refused once, renewed, the sync succeeds.
    const QJsonObject renewed = QJsonDocument::fromJson(file("renewed.out").toUtf8()).array().first().toObject();
    CHECK(renewed.value(QStringLiteral("ok")).toBool());
    const QJsonObject stats = oauth.stats();
    CHECK(stats.value(QStringLiteral("code_exchanges")).toInt() == 1);
    CHECK(stats.value(QStringLiteral("refreshes")).toInt() == 1);

    // A revoked sign-in: exit 1, "sign in again", one refused renewal, no loop.
    CHECK(file("revoked.rc").trimmed() == QStringLiteral("1"));
    CHECK(file("revoked.out").contains(QStringLiteral("sign in again")));
    CHECK(oauth.stats().value(QStringLiteral("refused")).toInt() == 1);

    // No code, access or refresh token anywhere the host or a bug report could see.
    const QRegularExpression secret(QStringLiteral("\\b(code|at|rt)-[A-Za-z0-9_-]{30,}"));
    for (const char* name :
         {"add.out", "add.err", "signin.out", "signin.err", "list.json", "sync.out", "sync.err", "sync.trace",
          "reply.out", "reply.err", "reply.trace", "renewed.out", "renewed.err", "revoked.out", "revoked.err"}) {
        INFO(name);
        CHECK_FALSE(secret.match(file(name)).hasMatch());
    }
    CHECK(file("sync.trace").contains(QStringLiteral("AUTHENTICATE OAUTHBEARER <credentials>")));
    CHECK(file("reply.trace").contains(QStringLiteral("AUTH XOAUTH2 <credentials>")));
    // And nothing of them in the profile's database file.
    QFile database(profile.databasePath());
    REQUIRE(database.open(QIODevice::ReadOnly));
    CHECK_FALSE(secret.match(QString::fromLatin1(database.readAll())).hasMatch());
}
