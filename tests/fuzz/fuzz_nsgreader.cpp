// SPDX-License-Identifier: MIT
// The NSG readers on any bytes (every input shape: az list arrays, ARM pages, Resource Graph
// output, single NSGs): no crash, and nothing that could not be read is ever OK; every verdict
// can be explained, under the default policy and under "All ports"; the reachability pass over
// the other resources in the same bytes (NICs, public IPs, load balancers, admin rules, …) never
// leaves an endpoint without a reason.
#include "core/audit/exposureevaluator.h"
#include "core/audit/findingtext.h"
#include "core/input/offlinescan.h"

#include <cstdint>
#include <cstdlib>

using namespace nsg;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    OfflineScan scan;
    scan.addBytes(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)),
                  QStringLiteral("fuzz.json"));
    const ScanResult result = scan.takeResult();
    static const EvaluationOptions allPorts{*PortPolicy::fromName(QStringLiteral("all-ports")), {}};
    ExposureEvaluator wide(allPorts);
    for (const NsgResult &r : result.nsgs) {
        if (r.nsg.hasFatalProblem() && r.finding.verdict != Verdict::Unknown)
            std::abort(); // unreadable shown as a verdict
        if (r.finding.verdict == Verdict::Ok && r.finding.hasNote(Finding::StoppedAtMalformed))
            std::abort(); // green although evaluation stopped
        (void)FindingText(r.nsg, r.finding, result.options).reason();
        const Finding f = wide.evaluate(r.nsg);
        // Every port of both protocols includes TCP 25: exposed there is exposed here.
        if (r.finding.verdict == Verdict::Exposed && f.verdict != Verdict::Exposed)
            std::abort();
        (void)FindingText(r.nsg, f, allPorts).proof();
    }
    // The reachability pass: every endpoint says why, and a decided one names its layer.
    for (const Endpoint &e : result.reachability.endpoints) {
        if (e.reason.isEmpty())
            std::abort();
        if (e.verdict != Verdict::Unknown && e.decidedLayer == Endpoint::Layer::None)
            std::abort();
        if (e.verdict == Verdict::Ok && e.networkInterfaceId.isEmpty())
            std::abort(); // blocked, but no target was ever evaluated
    }
    return 0;
}
