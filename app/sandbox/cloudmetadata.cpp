// SPDX-License-Identifier: MIT
// GET /metadata/endpoints: the cloud's endpoint document, which ARM serves without a token so
// that a client given only the ARM URL can register the cloud (README, "Sandbox"). The shapes
// follow ARM's recorded answers per api-version.
#include "sandbox/sandboxserver.h"

#include <QSet>

namespace nsg::sandbox {

namespace {

std::string s(const QString &q)
{
    return q.toStdString();
}

// What the sandbox does not serve keeps the public cloud's value: it plays that cloud.
const char *const kGallery = "https://gallery.azure.com/";
const char *const kGraph = "https://graph.windows.net/";
const char *const kPortal = "https://portal.azure.com/";

ojson audiences()
{
    // Tokens for either audience are accepted, as management.azure.com accepts them.
    return {"https://management.core.windows.net/", "https://management.azure.com/"};
}

} // namespace

HttpReply SandboxServer::cloudMetadata(const Request &r) const
{
    if (r.method != QLatin1String("GET"))
        return HttpReply::armError(405, QStringLiteral("MethodNotAllowed"), tr("Use GET."));
    const QString version = r.apiVersion();
    static const QStringList supported = {
        QStringLiteral("2022-09-01"), QStringLiteral("2019-05-01"), QStringLiteral("2018-01-01"),
        QStringLiteral("2015-01-01"), QStringLiteral("1.0")};
    if (version.isEmpty())
        return HttpReply::armError(
            400, QStringLiteral("MissingApiVersionParameter"),
            tr("The api-version query parameter (?api-version=) is required for all requests."));
    if (!supported.contains(version))
        return HttpReply::armError(400, QStringLiteral("InvalidApiVersionParameter"),
                                   tr("The api-version '%1' is invalid. The supported versions are "
                                      "'%2'.")
                                       .arg(version, supported.join(QLatin1Char(','))));
    const QString base = m_baseUrl;
    const QString host = QUrl(m_baseUrl).authority();

    if (version == QLatin1String("2015-01-01") || version == QLatin1String("1.0")
        || version == QLatin1String("2018-01-01")) {
        ojson doc = {
            {"galleryEndpoint", kGallery}, {"graphEndpoint", kGraph}, {"portalEndpoint", kPortal}};
        ojson authentication = {{"loginEndpoint", s(base + QLatin1Char('/'))},
                                {"audiences", audiences()}};
        if (version == QLatin1String("2018-01-01")) {
            doc["graphAudience"] = kGraph;
            authentication["tenant"] = "common";
            authentication["identityProvider"] = "AAD";
        }
        doc["authentication"] = authentication;
        if (version == QLatin1String("2018-01-01")) {
            // The regions this ARM endpoint serves: where the sandbox's resources are.
            QStringList locations;
            QSet<QString> seen;
            for (const SandboxWorld::Subscription &sub : m_world.subscriptions()) {
                for (const SandboxWorld::ResourceGroup &group : m_world.resourceGroups(sub.id)) {
                    const QString location = group.location.toLower();
                    if (!seen.contains(location)) {
                        seen.insert(location);
                        locations.append(location);
                    }
                }
            }
            ojson list = ojson::array();
            for (const QString &l : locations)
                list.push_back(s(l));
            doc["cloudEndpoint"] = {{"public", {{"endpoint", s(host)}, {"locations", list}}}};
        }
        return HttpReply::json(200, doc);
    }

    // 2019-05-01 lists the clouds this ARM knows (here one); 2022-09-01 is this cloud alone.
    const ojson cloud = {{"portal", "https://portal.azure.com"},
                         {"authentication",
                          {{"loginEndpoint", s(base)},
                           {"audiences", audiences()},
                           {"tenant", "common"},
                           {"identityProvider", "AAD"}}},
                         {"media", "https://rest.media.azure.net"},
                         {"graphAudience", kGraph},
                         {"graph", kGraph},
                         {"name", "NsgAuditorSandbox"},
                         {"suffixes",
                          {{"azureDataLakeStoreFileSystem", "azuredatalakestore.net"},
                           {"acrLoginServer", "azurecr.io"},
                           {"sqlServerHostname", "database.windows.net"},
                           {"azureDataLakeAnalyticsCatalogAndJob", "azuredatalakeanalytics.net"},
                           {"keyVaultDns", "vault.azure.net"},
                           {"storage", "core.windows.net"},
                           {"azureFrontDoorEndpointSuffix", "azurefd.net"},
                           {"storageSyncEndpointSuffix", "afs.azure.net"},
                           {"mhsmDns", "managedhsm.azure.net"},
                           {"mysqlServerEndpoint", "mysql.database.azure.com"},
                           {"postgresqlServerEndpoint", "postgres.database.azure.com"},
                           {"mariadbServerEndpoint", "mariadb.database.azure.com"},
                           {"synapseAnalytics", "dev.azuresynapse.net"},
                           {"attestationEndpoint", "attest.azure.net"}}},
                         {"batch", "https://batch.core.windows.net/"},
                         {"resourceManager", s(base + QLatin1Char('/'))},
                         {"vmImageAliasDoc",
                          "https://raw.githubusercontent.com/Azure/azure-rest-api-specs/master/"
                          "arm-compute/quickstart-templates/aliases.json"},
                         {"activeDirectoryDataLake", "https://datalake.azure.net/"},
                         {"sqlManagement", "https://management.core.windows.net:8443/"},
                         {"microsoftGraphResourceId", "https://graph.microsoft.com/"},
                         {"appInsightsResourceId", "https://api.applicationinsights.io"},
                         {"appInsightsTelemetryChannelResourceId",
                          "https://dc.applicationinsights.azure.com/v2/track"},
                         {"attestationResourceId", "https://attest.azure.net"},
                         {"synapseAnalyticsResourceId", "https://dev.azuresynapse.net"},
                         {"logAnalyticsResourceId", "https://api.loganalytics.io"},
                         {"ossrDbmsResourceId", "https://ossrdbms-aad.database.windows.net"}};
    if (version == QLatin1String("2019-05-01")) {
        ojson listed = cloud;
        listed["gallery"] = kGallery; // in the 2019 answer, gone from the 2022 one
        return HttpReply::json(200, ojson::array({listed}));
    }
    return HttpReply::json(200, cloud);
}

} // namespace nsg::sandbox
