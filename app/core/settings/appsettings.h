// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/portpolicy.h"

#include <QString>

class QSettings;

namespace nsg {

// The reviewer's preferences (Settings dialog), kept in QSettings under "settings/". The window
// uses them as they are; the command line starts from them and its flags win.
struct AppSettings
{
    QString policy = QStringLiteral("smtp"); // a PortPolicy::fromName() name
    BreadthLimit limit;
    QString cloud = QStringLiteral("AzureCloud");
    QString tenant = QStringLiteral("organizations");
    QString clientId; // empty: Azure CLI's
    int maxInFlight = 8; // 1..32
    bool resourceGraph = true; // false: ARM per subscription only
    // Empty: the built-in api-version.
    QString apiResources, apiNetwork, apiResourceGraph, apiAuthorization;
    QString language; // empty: the system's; "en", "de", "fr"
    QString paperSize; // empty: by locale; "A4", "Letter"
    QString suppressionsFile; // the team's accepted risks; empty: none
    // The audit history (docs/history.md): its file (empty: the app data folder's
    // history.sqlite), whether scans are kept, and for how long (0: no limit).
    QString historyFile;
    bool historyEnabled = true;
    int historyKeepCount = 0;
    int historyKeepDays = 0;

    static AppSettings load(const QSettings &settings);
    // Reads QSettings() (the application's).
    static AppSettings load();
    void save(QSettings &settings) const;
    void save() const;

    // The policy this names (SMTP when it names none).
    PortPolicy portPolicy() const;
    EvaluationOptions evaluationOptions() const { return {portPolicy(), limit}; }
    // Every field in range: an empty string, or the reason the first bad one is bad.
    QString validate() const;
    // Languages the application is translated to (besides English).
    static QStringList languages() { return {QStringLiteral("de"), QStringLiteral("fr")}; }

    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};

} // namespace nsg
