// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/reachability.h"

#include <QString>

#include <vector>

namespace nsg {

// One hop of an endpoint's path from the Internet to its workload, in the order Azure applies
// them — the Internet, the entry point (public IP, load balancer rule or NAT rule, firewall
// DNAT), the Virtual Network Manager admin rules, the subnet's NSG, the NIC's NSG, the network
// interface — as the Path picture draws it and the screen reader says it. Notes (a route, a
// floating IP, no NSG at all) come where the pass met them.
struct PathHop
{
    enum class Kind : quint8 { Internet, Entry, AdminRules, SubnetNsg, NicNsg, Target, Note };
    enum class State : quint8 {
        Passes, // the traffic goes on
        Admits, // it decided, and lets the Internet through (the endpoint is exposed)
        Stops, // it decided, and stops the Internet here (blocked)
        // It decided, and lets in only sources within the breadth limit (the endpoint is OK, but
        // those few addresses reach the workload: the hops after it are reached).
        Limits,
        Undecided, // it could not be decided here (unknown)
        NotReached, // after where the path stopped
    };
    Kind kind = Kind::Note;
    State state = State::Passes;
    QString title; // "Subnet NSG"
    QString text; // what the pass says of it: "subnet NSG nsg-open: allows (AllowSmtpAny)"
    // What a click on it opens: an NSG, the virtual network whose admin rules apply, the entry
    // point (a public IP, a rule), the NIC.
    QString resourceId;
    QString ruleId; // the rule that decided at this hop, where one did (an admin rule, an NSG's)
};

// The hops of one endpoint.
std::vector<PathHop> pathHops(const Endpoint &endpoint);
// The same in one paragraph, for screen readers and the clipboard: "Path from the Internet to
// nic-open (10.3.1.4:25), exposed: 1. Internet: …; 2. …".
QString describePath(const Endpoint &endpoint, const std::vector<PathHop> &hops);
QString stateName(PathHop::State state); // "passes", "admits", "stops", "limits", …
// An endpoint's verdict in words: "exposed", "restricted to 1 public IPv4 address" (OK, but a few
// sources within the breadth limit get through), "blocked", "not decided".
QString endpointStateText(const Endpoint &endpoint);
// What decided an endpoint, in words: "subnet NSG nsg-edge: Allow-SMTP-Internet", "admin rule
// deny-smtp", "firewall smtp-to-relay", "platform".
QString decidedByText(const Endpoint &endpoint);
// "52.174.10.3:25" and "nic-lb01 (10.22.3.4:25)".
QString entryText(const Endpoint &endpoint);
QString targetText(const Endpoint &endpoint);
// Why an NSG whose rules admit the Internet is not reached (latent), in words: the admin rule that
// denies first; or how many public entry points reach what it guards and what stops the first
// ("1 public entry point reaches what it guards, and is stopped before it gets through:
// 20.61.14.7:25 → nic-mailrelay01 (10.1.2.4:25) by subnet NSG nsg-web-frontend: Deny-SMTP");
// or that none does.
QString latentReason(const ReachabilityResult &paths, const QString &nsgId);

} // namespace nsg
