// SPDX-License-Identifier: MIT
#pragma once

#include <QThread>

#include <algorithm>

#if defined(Q_OS_LINUX)
#include <sched.h>
#endif

namespace nsg {

// The cores this process may run on: its CPU affinity (`taskset -c 0` gives one) where the
// system has one, else what Qt counts. Work split over more threads than this only takes turns.
inline int usableCores()
{
#if defined(Q_OS_LINUX)
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof(set), &set) == 0)
        return std::max(1, CPU_COUNT(&set));
#endif
    return std::max(1, QThread::idealThreadCount());
}

} // namespace nsg
