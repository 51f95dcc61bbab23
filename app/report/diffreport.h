// SPDX-License-Identifier: MIT
#pragma once

#include "core/history/snapshotdiff.h"

#include <nlohmann/json.hpp>

#include <QIODevice>
#include <QPageSize>
#include <QString>

namespace nsg {

// Two audits compared (history::SnapshotDiff) as `nsg-auditor diff` writes it, and the
// "since the last review" section every report can carry: JSON (README, 'The diff's JSON'),
// CSV (a row per NSG that moved, then per endpoint), HTML and PDF.
class DiffReport final
{
public:
    static constexpr int kFormatVersion = 1;

    static nlohmann::ordered_json toJson(const history::SnapshotDiff &diff);
    // The comparison as an HTML fragment under a heading of level `level` (h1 … h3): the
    // summary, then the NSGs by kind with first-seen dates and who changed them.
    static QString htmlSection(const history::SnapshotDiff &diff, int level);
    // One line for a report's first page: "Since #3 (2026-11-07): 2 new exposures, 1 fixed".
    static QString headline(const history::SnapshotDiff &diff);

    bool writeJson(const history::SnapshotDiff &diff, QIODevice *out);
    bool writeCsv(const history::SnapshotDiff &diff, QIODevice *out);
    bool writeHtml(const history::SnapshotDiff &diff, QIODevice *out);
    // Needs a QGuiApplication (fonts).
    bool writePdf(const history::SnapshotDiff &diff, QIODevice *out,
                  QPageSize::PageSizeId size = QPageSize::A4);
    QString errorString() const { return m_error; }

private:
    QString m_error;
};

} // namespace nsg
