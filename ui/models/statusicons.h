// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/finding.h"

#include <QColor>
#include <QIcon>

namespace nsg::ui {

// The verdict icons, drawn rather than loaded so they stay crisp at any scale and need no image
// plugin. Shape carries the meaning as much as colour does: a red octagon with "!" (exposed), a
// green disc with a check (ok), a grey square with "?" (unknown), an amber triangle (a scope
// that could not be read), an outlined disc (still loading), a violet shield with a tick (exposed,
// but accepted as a risk until a date), a hollow amber octagon with "!" (latent: its rules admit
// the Internet, no public path reaches what it guards), a blue no-entry disc (exposed by its
// rules, but a Virtual Network Manager admin rule denies first).
namespace StatusIcons {

enum class Kind {
    Exposed,
    Ok,
    Unknown,
    Failed,
    Loading,
    Skipped,
    Shadowed,
    Accepted,
    Latent,
    Blocked
};

QIcon icon(Kind kind);
QIcon icon(Verdict verdict);
QColor color(Kind kind);
// A light tint for backgrounds (banners, highlighted table rows), readable with dark text.
QColor tint(Kind kind);

} // namespace StatusIcons

} // namespace nsg::ui
