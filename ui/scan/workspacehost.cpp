// SPDX-License-Identifier: MIT
#include "ui/scan/workspacehost.h"

namespace nsg::ui {

WorkspaceHost::WorkspaceHost(QObject *parent)
    : QObject(parent)
    , m_workspace(new workspace::Workspace)
{
    m_thread.setObjectName(QStringLiteral("workspace"));
    m_workspace->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_workspace, &QObject::deleteLater);
    m_thread.start();
}

WorkspaceHost::~WorkspaceHost()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace nsg::ui
