// SPDX-License-Identifier: MIT
#pragma once

#include "azure/oauth.h"

#include <QDateTime>
#include <QDialog>
#include <QUrl>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QWidget;

namespace nsg::workspace {
class Connection;
}

namespace nsg::ui {

// Sign-in with a device code, in plain words: choose the cloud and tenant (client id under
// Advanced), then the code large and selectable, the page as a link, "Copy code and open
// browser", a countdown, and the state (waiting, slowed down, declined, expired, signed in as …).
// The window does the signing in (signInRequested); the dialog follows the worker's signals.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    // connection: for its sign-in signals (it may live in another thread).
    SignInDialog(workspace::Connection *connection, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // The demo: one fixed sandbox "cloud", and the sign-in starts at once.
    void setDemo(bool demo);
    void setCloud(const QString &cloud);
    void setTenant(const QString &tenant);
    void setClientId(const QString &clientId);
    QString cloud() const;
    QString tenant() const;
    QString clientId() const;

    // What the code page shows, for tests and screenshots.
    QString userCode() const { return m_code; }
    QUrl verificationUri() const { return m_uri; }
    QString stateText() const;
    bool isSignedIn() const { return m_signedIn; }

public Q_SLOTS:
    void start();
    // The window already asked the worker for a sign-in (an MFA claims challenge before a
    // change): show the code page and say why.
    void startChallenge(const QString &reason);

Q_SIGNALS:
    void signInRequested(const QString &cloud, const QString &tenant, const QString &clientId);
    void signInCancelled();

private:
    void showCodePage(const QString &state);
    void onUserCode(const QString &code, const QUrl &uri, const QDateTime &expiresAt,
                    const QString &message);
    void onSlowedDown(int intervalMs);
    void onFinished(bool ok, const QString &message, const nsg::azure::AccountInfo &account);
    void onCopyAndOpen();
    void onTick();
    void setState(const QString &text, const QString &color = QString());
    void reject() override;

    QStackedWidget *m_pages;
    QComboBox *m_cloudComboBox;
    QLineEdit *m_tenantLineEdit;
    QLineEdit *m_clientIdLineEdit;
    QWidget *m_advancedWidget;
    QPushButton *m_signInButton;
    QLabel *m_introLabel;
    QLabel *m_codeLabel;
    QLabel *m_linkLabel;
    QPushButton *m_copyButton;
    QLabel *m_countdownLabel;
    QLabel *m_stateLabel;
    QPushButton *m_againButton;
    QPushButton *m_closeButton;
    QTimer *m_tick;
    QString m_code;
    QUrl m_uri;
    QDateTime m_expiresAt;
    bool m_demo = false;
    bool m_running = false;
    bool m_signedIn = false;
};

} // namespace nsg::ui
