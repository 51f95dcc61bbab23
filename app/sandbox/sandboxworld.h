// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/synthetic/syntheticestate.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace nsg::sandbox {

using ojson = nlohmann::ordered_json;

struct Tenant
{
    QString id;
    QString displayName;
    QString defaultDomain;
    QStringList domains;
    QString countryCode;
};

struct Membership
{
    QString tenantId;
    bool guest = false;
    bool interactionRequired = false; // refresh for this tenant answers interaction_required
};

struct RoleAssignment
{
    QString scope; // "/subscriptions/{s}" or "/subscriptions/{s}/resourceGroups/{rg}"
    QString role; // a built-in role name (see SandboxWorld::roleActions())
};

struct Account
{
    // A person (device code), a service principal (client credentials: a secret or a
    // certificate) or a managed identity (the endpoints of the machine the sandbox stands for).
    enum class Kind { User, ServicePrincipal, ManagedIdentity };
    Kind kind = Kind::User;
    QString userPrincipalName; // people; an app's is its application (client) id
    QString appId; // service principals and managed identities: the client id
    QString clientSecret;
    QList<QByteArray> certificates; // PEM, public part only
    bool systemAssigned = false; // the managed identity asked for without a client id
    QString objectId;
    QString displayName;
    QString homeTenantId;
    QList<Membership> tenants;
    QList<RoleAssignment> roles;

    const Membership *membership(const QString &tenantId) const;
};

struct GenerateSpec
{
    int tenants = 1;
    int subscriptions = 1; // in all, spread over the tenants
    int nsgsPerSubscription = 10;
    int rules = 20;
    double exposedFraction = 0.05;
    quint64 seed = 1;

    static std::optional<GenerateSpec> parse(const QString &text, QString *error);
};

// The sandbox's Azure: tenants, accounts and their roles, subscriptions, and the network
// resources in them. Resources come from a tenant file, or are generated on demand from a
// seed (SyntheticEstate), so even a 100,000-NSG estate costs only its index in memory; an NSG
// that is written to is kept as JSON from then on.
class SandboxWorld final
{
public:
    struct Subscription
    {
        QString id;
        QString tenantId;
        QString displayName;
        QString state = QStringLiteral("Enabled");
        QString quotaId = QStringLiteral("PayAsYouGo_2014-09-01");
        // Tenants that manage it through Azure Lighthouse: their tokens list and read it too.
        QStringList managedByTenants;
        bool isManagedBy(const QString &tenant) const
        {
            return managedByTenants.contains(tenant, Qt::CaseInsensitive);
        }
        std::vector<ojson> virtualNetworks;
        std::vector<ojson> networkInterfaces;
        // Public IPs, load balancers, route tables, application security groups, firewall
        // policies and their rule collection groups, as ARM returns them.
        std::vector<ojson> resources;
        std::vector<ojson> deployments; // Microsoft.Resources/deployments, as ARM has them
        // Virtual network (lower-case id) → the security admin rules Virtual Network Manager
        // applies to it, as listNetworkManagerEffectiveSecurityAdminRules returns them. A
        // network not named here has none.
        std::map<std::string, ojson> effectiveAdminRules;
        // What /sandbox/truth reports for the paths from the Internet (the tenant file's
        // expectEndpoints).
        std::vector<ojson> expectedEndpoints;
        int generatedNsgs = 0; // NSGs 0..n-1 come from the generator
    };
    struct ResourceGroup
    {
        QString name; // as its resources spell it
        QString location;
    };
    struct NsgEntry
    {
        QString id; // canonical ARM id
        QString subscriptionId;
        QString resourceGroup;
        QString name;
        QString location;
        bool expectExposed = false; // what the tenant file or the generator built it to be
        QString expectReachability; // for an exposed NSG: internet-facing, latent (tenant file)
        int generatedIndex = -1; // >= 0: not yet written, produced by the generator
    };

    SandboxWorld();

    // A tenant file (schema in resources/demo/README.md). Checks every reference; false with
    // the reason when the file is not valid, and nothing is loaded then.
    bool loadTenantFile(const QByteArray &json, QString *error);
    void generate(const GenerateSpec &spec);

    const QList<Tenant> &tenants() const { return m_tenants; }
    const QList<Account> &accounts() const { return m_accounts; }
    const std::vector<Subscription> &subscriptions() const { return m_subscriptions; }
    const Tenant *tenant(const QString &idOrDomain) const;
    const Account *account(const QString &userPrincipalName) const;
    // A service principal or managed identity by its application (client) id.
    const Account *application(const QString &appId) const;
    // The machine's managed identity: by client id, or the system-assigned one.
    const Account *managedIdentity(const QString &clientId) const;
    const Subscription *subscription(const QString &id) const;

    // Role-based access: the actions of every assignment at or above `scope`.
    QStringList actionsAt(const Account &account, const QString &scope) const;
    bool mayPerform(const Account &account, const QString &scope, const QString &action) const;
    // Whether the account has any role within the subscription (so it is listed).
    bool seesSubscription(const Account &account, const QString &subscriptionId) const;
    static QStringList roleActions(const QString &role);

    // NSGs in a subscription (optionally one resource group), sorted by id.
    std::vector<NsgEntry> nsgs(const QString &subscriptionId,
                               const QString &resourceGroup = QString()) const;
    std::vector<NsgEntry> allNsgs() const;
    std::optional<NsgEntry> nsgEntry(const QString &id) const;
    // The NSG as ARM returns it (compact JSON text, or a tree to change).
    std::string nsgText(const NsgEntry &entry) const;
    void appendNsgText(std::string &out, const NsgEntry &entry) const;
    ojson nsgJson(const NsgEntry &entry) const;
    // Whether nsgText is the generator's own compact text (fields in its fixed order: name, id,
    // etag, type, location, tags, properties), which callers may slice instead of parsing.
    bool isGeneratedText(const NsgEntry &entry) const
    {
        return entry.generatedIndex >= 0 && m_written.find(key(entry.id)) == m_written.end();
    }
    void storeNsg(const QString &id, ojson nsg);

    // The resource groups of a subscription: every group that holds an NSG, a virtual network
    // or a network interface, sorted by name (case-insensitively), located where its first
    // resource is.
    std::vector<ResourceGroup> resourceGroups(const QString &subscriptionId) const;
    std::optional<ResourceGroup> resourceGroup(const QString &subscriptionId,
                                               const QString &name) const;

    // Network interfaces and virtual networks of a subscription, as ARM returns them.
    std::vector<ojson> networkInterfaces(const QString &subscriptionId) const;
    std::vector<ojson> virtualNetworks(const QString &subscriptionId) const;
    // The subscription's resources of one type (any case: "Microsoft.Network/loadBalancers").
    std::vector<ojson> networkResources(const QString &subscriptionId, const QString &type) const;
    // The rule collection groups of a firewall policy; nothing when there is no such policy.
    std::optional<std::vector<ojson>> ruleCollectionGroups(const QString &policyId) const;
    // The deployments of a resource group (tenant file: "resources" of type
    // Microsoft.Resources/deployments).
    std::vector<ojson> deployments(const QString &subscriptionId,
                                   const QString &resourceGroup) const;
    // The effective security admin rules of a virtual network: nothing when there is no such
    // network, an empty array when no rule applies to it.
    std::optional<ojson> effectiveAdminRules(const QString &virtualNetworkId) const;
    // Microsoft's service tag data as the serviceTags API answers (the tenant file's
    // "serviceTags"; without one, no tags).
    const ojson &serviceTags() const { return m_serviceTags; }

    // A fresh weak ETag.
    std::string newEtag();

    // A write as Azure's change history records it (Resource Graph `resourcechanges`): the
    // sandbox records each write to a rule once its operation has succeeded.
    struct Change
    {
        QString changeId;
        QString targetResourceId;
        QString subscriptionId;
        QString resourceGroup;
        QString timestamp; // ISO 8601, UTC
        QString changeType; // Create, Update, Delete
        QString changedBy; // the account's sign-in name
        QString clientType; // from the request's User-Agent
        QString operation; // the action it took
        ojson changes; // {"properties.securityRules[2].properties.x": {previousValue, newValue}}
    };
    void recordChange(Change change);
    const std::vector<Change> &changes() const { return m_changes; }

private:
    // A generated subscription's network, built once from its NSGs' attachments: each NSG on a
    // subnet has five NICs in it, each NSG on a NIC that NIC (in a shared subnet); every fourth
    // NIC has a Standard public IP, and the NICs of every fiftieth NSG sit behind a public load
    // balancer with an SMTP rule — per 100 NSGs about 200 NICs, 50 public IPs, 2 load balancers.
    struct GeneratedNetwork
    {
        std::vector<ojson> virtualNetworks;
        std::vector<ojson> networkInterfaces;
        std::vector<ojson> resources; // public IPs, load balancers
    };
    const GeneratedNetwork &generatedNetwork(const Subscription &sub) const;
    // A subscription's resources of one list: the tenant file's, then the generated ones.
    std::vector<ojson> withGenerated(const QString &subscriptionId,
                                     std::vector<ojson> Subscription::*fromFile,
                                     std::vector<ojson> GeneratedNetwork::*generated) const;
    ojson completeNsg(ojson nsg, const Subscription &sub) const;
    static QString key(const QString &id) { return id.toLower(); }

    QList<Tenant> m_tenants;
    QList<Account> m_accounts;
    std::vector<Subscription> m_subscriptions;
    NsgEntry generatedEntry(const Subscription &sub, int index) const;

    std::map<QString, NsgEntry> m_entries; // tenant-file NSGs, by lower-case id
    std::map<QString, ojson> m_written; // NSGs held as JSON (tenant file, or written since)
    std::optional<SyntheticEstate> m_estate;
    ojson m_serviceTags;
    std::vector<Change> m_changes;
    mutable std::map<QString, GeneratedNetwork> m_generatedNetworks; // lower-case subscription id
    GenerateSpec m_spec;
    quint64 m_etagCounter = 0;
};

} // namespace nsg::sandbox
