// SPDX-License-Identifier: MIT
#pragma once

#include "report/auditreport.h"

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <atomic>
#include <vector>

namespace nsg {

// The content the PDF and the HTML report share, as HTML that both QTextDocument (for the PDF)
// and browsers render: cover, executive summary with the chart of verdicts per subscription,
// the table of exposed NSGs, one section per exposed NSG (attachments, the inbound rules with the
// exposing ones highlighted, the allowed public ranges, the proof, the remediation steps with
// the real names and the az command), the ok and unknown NSGs, the scopes not read, changes,
// input fingerprints, method and limits. Every text is escaped.
class ReportDocument final
{
public:
    enum class Target {
        Print, // for QTextDocument: the chart is the image resource chartResource()
        Browser, // one self-contained file: CSS and an inline SVG chart
    };

    // One bar of the chart, counted as the summary counts: an accepted risk apart from the
    // exposed NSGs, and a subscription that could not be read (403, …) shown, never left out.
    struct SubscriptionCounts
    {
        QString label;
        int exposed = 0; // accepted risks left out, as in the summary
        int accepted = 0;
        int ok = 0;
        int unknown = 0;
        int notRead = 0; // scopes in it that could not be read
        QString notReadStatus; // "403 AuthorizationFailed" for the first of them
        int total() const { return exposed + accepted + ok + unknown; }
    };

    explicit ReportDocument(const AuditReport &report);

    // Empty when cancelled (checked between NSGs).
    QString html(Target target, const std::atomic<bool> *cancel = nullptr) const;
    // The print content as a series of small HTML documents, each to be laid out on its own
    // from a new page (laying out one huge document costs time per page for every block).
    QStringList printChunks(const std::atomic<bool> *cancel = nullptr) const;

    // Verdicts per subscription, most NSGs first; past `maxBars` the rest is one "others" bar.
    QList<SubscriptionCounts> perSubscription(int maxBars = 12) const;
    QImage chartImage(int width) const; // drawn with QPainter, text unscaled
    QString chartSvg() const; // 760 pixels wide
    QSize chartSize() const; // in logical pixels (the SVG's); the image keeps its aspect
    static QString chartResource() { return QStringLiteral("nsg-report://chart.png"); }
    // In the print content, the image of the path of the scan's endpoint at `index`: the PDF
    // writer draws it (pathIndex() reads the index back, -1 for any other image).
    static QString pathResource(int index)
    {
        return QStringLiteral("nsg-report://path/%1").arg(index);
    }
    static int pathIndex(const QString &resource);
    QString title() const;

private:
    QString head(Target target) const;
    QString content(Target target, const std::atomic<bool> *cancel) const;
    // The sections of content(), in order; each appends its HTML to `h`.
    void cover(QString &h) const;
    void summary(QString &h, Target target) const;
    // Where the paths from the Internet were followed: the endpoints the Internet reaches, then
    // the latent NSGs, then the paths that could not be decided.
    void internetFacing(QString &h) const;
    // The endpoints through one NSG, hop by hop.
    void pathsThrough(QString &h, const QString &nsgId) const;
    // Each internet-facing endpoint's path, drawn; false when cancelled.
    bool pathPictures(QString &h, Target target, const std::atomic<bool> *cancel) const;
    void exposedTable(QString &h, const std::vector<const NsgResult *> &exposedNsgs) const;
    void acceptedTable(QString &h, const std::vector<const NsgResult *> &acceptedNsgs) const;
    void finding(QString &h, const NsgResult *r, Target target) const;
    void shipIt(QString &h, const FixShipping &fix, const QString &ownerTag, Target target) const;
    // OK NSGs whose paths the Internet gets through another way, or that are on a path not
    // decided: apart from the OK ones, with what decides.
    void reachedOk(QString &h, const std::vector<const NsgResult *> &nsgs) const;
    bool unknownSection(QString &h, const std::vector<const NsgResult *> &unknownNsgs,
                        const std::atomic<bool> *cancel) const;
    bool okSection(QString &h, Target target, const std::vector<const NsgResult *> &okNsgs,
                   const std::atomic<bool> *cancel) const;
    void scopesNotRead(QString &h) const;
    void changesMade(QString &h) const;
    void inputFiles(QString &h) const;
    void methodAndLimits(QString &h) const;
    QString readLine() const;

    const AuditReport &m_report;
};

} // namespace nsg
