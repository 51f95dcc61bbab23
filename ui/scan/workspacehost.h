// SPDX-License-Identifier: MIT
#pragma once

#include "workspace/workspace.h"

#include <QObject>
#include <QThread>

#include <utility>

namespace nsg::ui {

// The window's handle on its Azure session: a workspace::Workspace living on a thread of its
// own, so that the window never waits for the network or for parsing. Connect to workspace()
// and its parts for results (they arrive queued, in the window's thread); call into it with
// invoke(), which runs the call in the workspace's thread.
class WorkspaceHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceHost)

public:
    explicit WorkspaceHost(QObject *parent = nullptr);
    ~WorkspaceHost() override;

    // For connecting to signals only: it lives in the other thread.
    workspace::Workspace *workspace() const { return m_workspace; }

    // Runs call(Workspace &) in the workspace's thread, after the calls before it.
    template<typename Call>
    void invoke(Call &&call)
    {
        QMetaObject::invokeMethod(
            m_workspace, [w = m_workspace, call = std::forward<Call>(call)]() mutable { call(*w); },
            Qt::QueuedConnection);
    }

private:
    QThread m_thread;
    workspace::Workspace *m_workspace;
};

} // namespace nsg::ui
