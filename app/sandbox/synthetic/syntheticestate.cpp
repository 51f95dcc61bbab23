// SPDX-License-Identifier: MIT
#include "sandbox/synthetic/syntheticestate.h"

#include "core/model/defaultrules.h"

#include <array>
#include <vector>

namespace nsg {

namespace {

constexpr std::array kApps{"web", "api", "mail", "db",  "cache",  "batch",  "vpn",  "jump",
                           "ci",  "etl", "crm",  "erp", "portal", "search", "media"};
constexpr std::array kEnvs{"prod", "dev", "test", "stage"};
constexpr std::array kRegions{"westeurope", "northeurope", "eastus",        "eastus2",
                              "westus2",    "uksouth",     "swedencentral", "germanywestcentral"};
struct Service
{
    const char *name;
    const char *port;
};
constexpr std::array kServices{Service{"HTTPS", "443"}, Service{"HTTP", "80"},
                               Service{"SSH", "22"},    Service{"RDP", "3389"},
                               Service{"SQL", "1433"},  Service{"Redis", "6379"},
                               Service{"DNS", "53"},    Service{"Kafka", "9092"},
                               Service{"App", "8080"},  Service{"Mgmt", "8443"}};
constexpr std::array kTags{"VirtualNetwork", "AzureLoadBalancer", "Storage.WestEurope",
                           "AzureMonitor", "GatewayManager"};
constexpr std::array kAnyLike{"*", "Internet", "0.0.0.0/0", "Any", "internet"};
constexpr std::array kPortsWith25{"25", "20-30", "*", "0-65535", "25-25"};

// splitmix64: tiny, fast, and the same everywhere.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed ^ 0x9e3779b97f4a7c15ull)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    bool chance(double p) { return double(next() >> 11) * 0x1.0p-53 < p; }

private:
    quint64 m_state;
};

// FNV-1a: qHash is seeded per process, and the same NSG must come out in every process.
quint64 stableHash(const QString &s)
{
    quint64 h = 0xcbf29ce484222325ull;
    for (QChar c : s) {
        h ^= c.unicode();
        h *= 0x100000001b3ull;
    }
    return h;
}

quint64 mix(quint64 a, quint64 b)
{
    return Rng(a * 0x100000001b3ull ^ b).next();
}

struct Rule
{
    std::string name;
    std::string description;
    int priority = 100;
    std::string protocol, access, direction = "Inbound";
    std::vector<std::string> sources, destinations, ports;
    std::string sourcePorts = "*";
    std::string asg;
};

class Writer
{
public:
    Writer(std::string &out, int indent, int level)
        : m_out(out)
        , m_indent(indent)
        , m_level(level)
    { }

    void open(char bracket)
    {
        m_out += bracket;
        ++m_level;
        m_first = true;
    }
    void close(char bracket)
    {
        --m_level;
        if (!m_first)
            newline();
        m_out += bracket;
        m_first = false;
    }
    void key(const char *k)
    {
        item();
        m_out += '"';
        m_out += k;
        m_out += m_indent > 0 ? "\": " : "\":";
    }
    void item()
    {
        if (!m_first)
            m_out += ',';
        newline();
        m_first = false;
    }
    void string(const std::string &s)
    {
        m_out += '"';
        // Runs without a quote or backslash in one append (most strings are one run).
        size_t from = 0;
        for (size_t at = s.find_first_of("\"\\"); at != std::string::npos;
             at = s.find_first_of("\"\\", at + 1)) {
            m_out.append(s, from, at - from);
            m_out += '\\';
            from = at;
        }
        m_out.append(s, from, std::string::npos);
        m_out += '"';
        m_first = false;
    }
    void number(long long n)
    {
        m_out += std::to_string(n);
        m_first = false;
    }
    void field(const char *k, const std::string &v)
    {
        key(k);
        string(v);
    }
    void field(const char *k, long long v)
    {
        key(k);
        number(v);
    }
    void stringArray(const char *k, const std::vector<std::string> &items)
    {
        key(k);
        if (items.empty()) {
            m_out += "[]";
            m_first = false;
            return;
        }
        open('[');
        for (const std::string &s : items) {
            item();
            string(s);
        }
        close(']');
    }
    void idArray(const char *k, const std::vector<std::string> &ids)
    {
        key(k);
        open('[');
        for (const std::string &id : ids) {
            item();
            open('{');
            field("id", id);
            close('}');
        }
        close(']');
    }

private:
    void newline()
    {
        if (m_indent <= 0)
            return;
        m_out += '\n';
        m_out.append(size_t(m_indent * m_level), ' ');
    }

    std::string &m_out;
    int m_indent;
    int m_level;
    bool m_first = true;
};

void writeRule(Writer &w, const Rule &r, const std::string &nsgId, const std::string &etag,
               bool isDefault, const std::string *flatResourceGroup)
{
    w.item();
    w.open('{');
    w.field("name", r.name);
    w.field("id", nsgId + (isDefault ? "/defaultSecurityRules/" : "/securityRules/") + r.name);
    w.field("etag", etag);
    w.field("type",
            isDefault ? "Microsoft.Network/networkSecurityGroups/defaultSecurityRules"
                      : "Microsoft.Network/networkSecurityGroups/securityRules");
    if (flatResourceGroup) {
        w.field("resourceGroup", *flatResourceGroup);
    } else {
        w.key("properties");
        w.open('{');
    }
    w.field("provisioningState", std::string("Succeeded"));
    if (!r.description.empty())
        w.field("description", r.description);
    w.field("protocol", r.protocol);
    w.field("sourcePortRange", r.sourcePorts);
    if (r.ports.size() == 1) {
        w.field("destinationPortRange", r.ports.front());
        w.stringArray("destinationPortRanges", {});
    } else {
        w.stringArray("destinationPortRanges", r.ports);
    }
    if (!r.asg.empty()) {
        w.idArray("sourceApplicationSecurityGroups", {r.asg});
        w.stringArray("sourceAddressPrefixes", {});
    } else if (r.sources.size() == 1) {
        w.field("sourceAddressPrefix", r.sources.front());
        w.stringArray("sourceAddressPrefixes", {});
    } else {
        w.stringArray("sourceAddressPrefixes", r.sources);
    }
    if (r.destinations.size() == 1) {
        w.field("destinationAddressPrefix", r.destinations.front());
        w.stringArray("destinationAddressPrefixes", {});
    } else {
        w.stringArray("destinationAddressPrefixes", r.destinations);
    }
    w.field("access", r.access);
    w.field("priority", r.priority);
    w.field("direction", r.direction);
    w.stringArray("sourcePortRanges", {});
    if (!flatResourceGroup)
        w.close('}');
    w.close('}');
}

std::string twoDigits(int n)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d", n);
    return buf;
}

} // namespace

SyntheticEstate::SyntheticEstate(quint64 seed, Shape shape)
    : m_seed(seed)
    , m_shape(shape)
{ }

QString SyntheticEstate::subscriptionIdFor(quint64 seed, int index)
{
    Rng rng(seed * 1000003 + quint64(index));
    const quint64 a = rng.next(), b = rng.next();
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08x-%04x-4%03x-%04x-%012llx", unsigned(a >> 32),
                  unsigned((a >> 16) & 0xffff), unsigned(a & 0xfff),
                  unsigned(0x8000 | ((b >> 48) & 0x3fff)),
                  static_cast<unsigned long long>(b & 0xffffffffffffull));
    return QString::fromLatin1(buf);
}

SyntheticEstate::Nsg SyntheticEstate::plan(const QString &subscriptionId, int index,
                                           double exposedFraction) const
{
    Nsg nsg;
    nsg.subscriptionId = subscriptionId;
    nsg.seed = mix(mix(m_seed, stableHash(subscriptionId)), quint64(index));
    Rng rng(nsg.seed);
    const std::string app = kApps[size_t(rng.below(int(kApps.size())))];
    const std::string env = kEnvs[size_t(rng.below(int(kEnvs.size())))];
    nsg.resourceGroup = QString::fromStdString("rg-" + app + "-" + env);
    nsg.name = QString::fromStdString("nsg-" + app + "-" + env + "-" + std::to_string(index));
    nsg.exposed = rng.chance(exposedFraction);
    return nsg;
}

SyntheticEstate::Nsg SyntheticEstate::appendNsg(std::string &out, const QString &subscriptionId,
                                                int index, int ruleCount, double exposedFraction,
                                                int indent, int level) const
{
    const Nsg nsg = plan(subscriptionId, index, exposedFraction);
    appendNsg(out, nsg, index, ruleCount, indent, level);
    return nsg;
}

void SyntheticEstate::appendNsg(std::string &out, const Nsg &nsg, int index, int ruleCount,
                                int indent, int level) const
{
    Rng rng(nsg.seed);
    auto below = [&rng](int n) {
        return rng.below(n);
    };
    auto chance = [&rng](double p) {
        return rng.chance(p);
    };
    auto next = [&rng] {
        return rng.next();
    };
    // The plan's draws, repeated so the rest follows from the same sequence.
    const std::string app = kApps[size_t(below(int(kApps.size())))];
    const std::string env = kEnvs[size_t(below(int(kEnvs.size())))];
    chance(0); // the exposure draw
    const std::string rg = nsg.resourceGroup.toStdString();
    const std::string name = nsg.name.toStdString();
    const std::string sub = nsg.subscriptionId.toStdString();
    const std::string nsgId = "/subscriptions/" + sub + "/resourceGroups/" + rg
        + "/providers/Microsoft.Network/networkSecurityGroups/" + name;
    char etagBuf[64];
    std::snprintf(etagBuf, sizeof etagBuf, "W/\"%08llx-%04llx-4%03llx-a%03llx-%012llx\"",
                  next() & 0xffffffffull, next() & 0xffff, next() & 0xfff, next() & 0xfff,
                  next() & 0xffffffffffffull);
    const std::string etag = etagBuf;

    auto privateCidr = [&] {
        return "10." + std::to_string(below(256)) + "." + std::to_string(below(256)) + ".0/24";
    };
    auto publicCidr = [&] {
        static constexpr std::array firstOctets{20, 40, 52, 104, 137, 151, 185, 203};
        return std::to_string(firstOctets[size_t(below(int(firstOctets.size())))]) + "."
            + std::to_string(below(256)) + "." + std::to_string(below(256)) + "."
            + std::to_string(16 * below(16)) + "/" + std::to_string(28 + below(5));
    };

    // Inbound rules in priority order; the exposing one (if any) and the shadowing decoy take
    // their own slots.
    std::vector<Rule> rules;
    const int exposedAt = nsg.exposed ? below(ruleCount) : -1;
    const bool decoy = !nsg.exposed && chance(0.3); // Deny 25 above an Allow Internet → 25
    for (int i = 0; i < ruleCount; ++i) {
        Rule r;
        r.priority = 100 + 10 * i;
        const Service &svc = kServices[size_t(below(int(kServices.size())))];
        if (i == exposedAt) {
            r.name = "Allow-SMTP-Inbound-" + twoDigits(i);
            r.description = "Inbound mail";
            r.protocol = chance(0.5) ? "Tcp" : "*";
            r.access = "Allow";
            r.sources = {kAnyLike[size_t(below(int(kAnyLike.size())))]};
            r.ports = {kPortsWith25[size_t(below(int(kPortsWith25.size())))]};
            r.destinations = {"*"};
            rules.push_back(r);
            continue;
        }
        if (decoy && i == 0) {
            r.name = "Deny-SMTP-Inbound";
            r.protocol = "*";
            r.access = "Deny";
            r.sources = {"*"};
            r.ports = {"25"};
            r.destinations = {"*"};
            rules.push_back(r);
            continue;
        }
        if (decoy && i == 1) {
            r.name = "Allow-SMTP-Legacy";
            r.description = "Shadowed by Deny-SMTP-Inbound";
            r.protocol = "Tcp";
            r.access = "Allow";
            r.sources = {"Internet"};
            r.ports = {"25"};
            r.destinations = {"*"};
            rules.push_back(r);
            continue;
        }
        const bool allow = chance(0.7);
        r.access = allow ? "Allow" : "Deny";
        const int protocolPick = below(20);
        r.protocol = protocolPick < 10 ? "Tcp"
            : protocolPick < 13        ? "Udp"
            : protocolPick < 17        ? "*"
                                       : "Icmp";
        r.name = std::string(allow ? "Allow-" : "Deny-") + svc.name + "-Inbound-" + twoDigits(i);
        if (chance(0.3))
            r.description =
                std::string(allow ? "Allow " : "Block ") + svc.name + " for the " + app + " tier";
        const int portPick = below(10);
        if (portPick < 6)
            r.ports = {svc.port};
        else if (portPick < 8)
            r.ports = {svc.port, kServices[size_t(below(int(kServices.size())))].port};
        else if (portPick < 9)
            r.ports = {"1000-2000"};
        else
            r.ports = {"*"}; // touches 25: sources below stay non-public
        const bool touches25 = r.ports.front() == "*";
        const int sourcePick = below(10);
        if (touches25 || sourcePick < 3) {
            const int internal = below(4);
            if (internal == 0)
                r.sources = {privateCidr()};
            else if (internal == 1)
                r.sources = {kTags[size_t(below(2))]}; // VirtualNetwork or AzureLoadBalancer
            else if (internal == 2)
                r.asg = "/subscriptions/" + sub + "/resourceGroups/" + rg
                    + "/providers/Microsoft.Network/applicationSecurityGroups/asg-" + app;
            else
                r.sources = {privateCidr(), "172.16." + std::to_string(below(16)) + ".0/24",
                             "192.168.0.0/16"};
        } else if (sourcePick < 6) {
            r.sources = {publicCidr()};
        } else if (sourcePick < 8) {
            r.sources = {publicCidr(), publicCidr(), privateCidr()};
        } else if (sourcePick < 9) {
            r.sources = {kTags[size_t(below(int(kTags.size())))]};
        } else {
            r.sources = {kAnyLike[size_t(below(int(kAnyLike.size())))]};
        }
        r.destinations = chance(0.8)
            ? std::vector<std::string>{"*"}
            : std::vector<std::string>{"10." + std::to_string(below(256)) + ".0.0/16"};
        rules.push_back(r);
    }
    // A few outbound rules, as real NSGs have.
    for (int i = 0; i < 2 && i < ruleCount / 5; ++i) {
        Rule &r = rules[size_t(ruleCount - 1 - i)];
        if (int(ruleCount - 1 - i) == exposedAt || (decoy && ruleCount - 1 - i < 2))
            continue;
        r.direction = "Outbound";
        r.name = "Allow-Outbound-" + twoDigits(ruleCount - 1 - i);
        r.access = "Allow";
        r.sources = {"VirtualNetwork"};
        r.asg.clear();
        r.destinations = {"Internet"};
        r.ports = {"443"};
        r.protocol = "Tcp";
    }

    Writer w(out, indent, level);
    w.open('{');
    w.field("name", name);
    w.field("id", nsgId);
    w.field("etag", etag);
    w.field("type", std::string("Microsoft.Network/networkSecurityGroups"));
    w.field("location", std::string(kRegions[size_t(below(int(kRegions.size())))]));
    w.key("tags");
    w.open('{');
    w.field("env", env);
    w.field("app", app);
    w.close('}');
    const bool flat = m_shape == Shape::AzCli;
    const std::string *flatGroup = flat ? &rg : nullptr;
    if (flat) {
        w.field("resourceGroup", rg);
    } else {
        w.key("properties");
        w.open('{');
    }
    w.field("provisioningState", std::string("Succeeded"));
    char guid[40];
    std::snprintf(guid, sizeof guid, "%08llx-%04llx-4%03llx-8%03llx-%012llx",
                  next() & 0xffffffffull, next() & 0xffff, next() & 0xfff, next() & 0xfff,
                  next() & 0xffffffffffffull);
    w.field("resourceGuid", std::string(guid));
    w.key("securityRules");
    w.open('[');
    for (const Rule &r : rules)
        writeRule(w, r, nsgId, etag, false, flatGroup);
    w.close(']');
    w.key("defaultSecurityRules");
    w.open('[');
    static const std::vector<Rule> defaults = [] {
        std::vector<Rule> standard;
        for (const DefaultRuleSpec &d : kAzureDefaultRules) {
            Rule r;
            r.name = d.name;
            r.description = d.description;
            r.priority = d.priority;
            r.protocol = "*";
            r.access = d.access;
            r.direction = d.direction;
            r.sources = {d.source};
            r.destinations = {d.destination};
            r.ports = {"*"};
            standard.push_back(r);
        }
        return standard;
    }();
    for (const Rule &r : defaults)
        writeRule(w, r, nsgId, etag, true, flatGroup);
    w.close(']');
    const int attach = below(3);
    if (attach == 0) {
        w.idArray("subnets",
                  {"/subscriptions/" + sub + "/resourceGroups/" + rg
                   + "/providers/Microsoft.Network/virtualNetworks/vnet-" + app + "-" + env
                   + "/subnets/snet-" + std::to_string(index % 8)});
    } else if (attach == 1) {
        w.idArray("networkInterfaces",
                  {"/subscriptions/" + sub + "/resourceGroups/" + rg
                   + "/providers/Microsoft.Network/networkInterfaces/nic-" + app + "-"
                   + std::to_string(index)});
    }
    if (!flat)
        w.close('}');
    w.close('}');
}

} // namespace nsg
