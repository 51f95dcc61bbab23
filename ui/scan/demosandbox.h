// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/sandboxoptions.h"

#include <QSemaphore>
#include <QString>
#include <QThread>

namespace nsg::ui {

// The sandbox for `nsg-auditor --demo`, on a thread of its own so that building its answers
// never stalls the window.
class DemoSandbox final : public QThread
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSandbox)

public:
    explicit DemoSandbox(sandbox::SandboxOptions options, QObject *parent = nullptr);
    ~DemoSandbox() override;

    // Starts it and waits until it listens; false with errorString() when it could not.
    bool startAndWait();
    QString baseUrl() const { return m_url; }
    QString errorString() const { return m_error; }

protected:
    void run() override;

private:
    sandbox::SandboxOptions m_options;
    QSemaphore m_ready;
    QString m_url;
    QString m_error;
};

} // namespace nsg::ui
