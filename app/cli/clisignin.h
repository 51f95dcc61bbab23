// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/portpolicy.h"
#include "workspace/connection.h"

#include <QCommandLineOption>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

namespace nsg::cli {

// The options every live command shares: the policy (--policy, --port, --protocol, --breadth-limit,
// --ipv6-breadth-limit) and the source (--sandbox-url, --tenant, --cloud, --client-id).
struct CommonOptions
{
    CommonOptions();
    void addPolicy(QCommandLineParser &parser) const;
    void addSource(QCommandLineParser &parser) const;
    std::optional<EvaluationOptions> evaluation(const QCommandLineParser &parser,
                                                QString *error) const;
    // Which of --sandbox-url / --tenant was given (at most one; the caller checks), and how to
    // sign in (--auth, with the AZURE_* variables it reads). nullopt with error (one line) when
    // --auth is unknown or its variables are missing.
    std::optional<workspace::ConnectionOptions> signIn(const QCommandLineParser &parser,
                                                       QString *error) const;
    // --sandbox-url, --tenant, or an unattended --auth (its tenant is AZURE_TENANT_ID's).
    bool hasSource(const QCommandLineParser &parser) const;

    QCommandLineOption policy, port, protocol, breadth, ipv6Breadth;
    QCommandLineOption sandboxUrl, tenant, cloud, clientId, requestTimeout, auth;
};

// Signs a command-line run in through connection (opened with options): silently as the
// account remembered for the cloud, else with a device code whose message goes to err. Runs
// the event loop until signed in (true) or not (false, error says why). Later sign-ins of the
// connection (a change's multi-factor step-up) print their device code too. notes: the notes
// printed (a sign-in that is not remembered), for the report.
bool signInOnCommandLine(workspace::Connection &connection,
                         const workspace::ConnectionOptions &options, QTextStream &err,
                         QString *error, QStringList *notes = nullptr);

} // namespace nsg::cli
