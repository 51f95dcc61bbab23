// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/finding.h"
#include "ui/models/statusicons.h"

#include <QFrame>

class QLabel;

namespace nsg::ui {

// A verdict in one tinted band: the drawn icon (its shape carries the meaning), a sentence, and
// an optional note under it.
class VerdictBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerdictBanner)

public:
    explicit VerdictBanner(QWidget *parent = nullptr);

    void setVerdict(Verdict verdict, const QString &text, const QString &note = QString());
    // Any status the icons know (an accepted risk, say).
    void setKind(StatusIcons::Kind kind, const QString &text, const QString &note = QString());
    QString text() const;
    QLabel *noteLabel() const { return m_note; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_note;
};

} // namespace nsg::ui
