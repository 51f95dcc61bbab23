// SPDX-License-Identifier: MIT
#include "ui/scan/demosandbox.h"

#include "sandbox/sandboxserver.h"

namespace nsg::ui {

DemoSandbox::DemoSandbox(sandbox::SandboxOptions options, QObject *parent)
    : QThread(parent)
    , m_options(std::move(options))
{
    setObjectName(QStringLiteral("sandbox"));
}

DemoSandbox::~DemoSandbox()
{
    quit();
    wait();
}

bool DemoSandbox::startAndWait()
{
    start();
    m_ready.acquire();
    return m_error.isEmpty();
}

void DemoSandbox::run()
{
    sandbox::SandboxServer server(m_options);
    if (!server.start(&m_error)) {
        if (m_error.isEmpty())
            m_error = tr("the sandbox did not start");
        m_ready.release();
        return;
    }
    m_url = server.baseUrl();
    m_ready.release();
    exec();
}

} // namespace nsg::ui
