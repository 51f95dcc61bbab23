// SPDX-License-Identifier: MIT
// The reachability pass on the large estate of reachestate.h (100,000 NSGs, 200,000 NICs, 50,000
// public IPs, 2,000 load balancers, admin rules on a quarter of the networks), held in memory.
// Times Reachability::run() alone, on one thread.
// Last line: one JSON object.
#include "benchsupport.h"

#include "reachestate.h"

#include <chrono>
#include <cstdio>
#include <malloc.h>

using namespace nsg;
using Clock = std::chrono::steady_clock;

namespace {

double since(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

} // namespace

int main()
{
    using namespace bench::reachestate;
    bench::ReachEstate estate = bench::buildReachEstate();
    const std::vector<NsgResult> &nsgs = estate.nsgs;
    const NetworkInventory &inventory = estate.inventory;
    const int exposedNsgs = estate.exposedNsgs;
    malloc_trim(0);

    // The pass, best of three.
    double best = 1e9;
    ReachabilityResult result;
    for (int run = 0; run < 3; ++run) {
        const Clock::time_point start = Clock::now();
        result = Reachability(EvaluationOptions(), inventory, nsgs).run();
        best = std::min(best, since(start));
    }
    const int endpoints = int(result.endpoints.size());
    const int exposed = result.exposedEndpoints();
    std::printf("%d NSGs (%d exposed), %zu NICs, %zu public IPs, %zu load balancers\n", kNsgs,
                exposedNsgs, inventory.interfaces.size(), inventory.publicIps.size(),
                inventory.loadBalancers.size());
    std::printf("reachability pass             %.2f s for %d endpoints (%d exposed), %d "
                "internet-facing NSGs, %d latent\n",
                best, endpoints, exposed, result.internetFacingNsgs(), result.latentNsgs());
    // Every public IP and every load balancer rule target is an endpoint: the pass left none out.
    const int expected =
        int(inventory.publicIps.size()) + kLoadBalancers * kPoolSize + kLoadBalancers;
    const bool complete =
        bench::target("reachability_endpoints_found", endpoints, "==", expected, "endpoints");
    const bool fast = bench::target("reachability_pass_one_core", best, "<", 2.0, "s");
    std::printf("{\"nsgs\": %d, \"nics\": %zu, \"public_ips\": %zu, \"load_balancers\": %d, "
                "\"endpoints\": %d, \"exposed\": %d, \"pass_s\": %.3f}\n",
                kNsgs, inventory.interfaces.size(), inventory.publicIps.size(), kLoadBalancers,
                endpoints, exposed, best);
    return complete && fast ? 0 : 1;
}
