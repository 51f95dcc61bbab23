// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/sourceinput.h"

#include <QWidget>

class QListWidget;
class QPlainTextEdit;

namespace nsg::ui {

// "Source IP addresses/CIDR ranges": a text field for addresses and ranges separated by commas,
// spaces or new lines, and under it what each entry means as typed (ok, host bits cleared,
// merged, or refused and why).
class SourceEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceEditor)

public:
    explicit SourceEditor(QWidget *parent = nullptr);

    void setLimit(const BreadthLimit &limit);
    void setReadOnly(bool readOnly);
    const SourceInput &input() const { return m_input; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QListWidget *validation() const { return m_validation; }

Q_SIGNALS:
    void changed();

private:
    void reparse();

    BreadthLimit m_limit;
    SourceInput m_input;
    QPlainTextEdit *m_text;
    QListWidget *m_validation;
};

} // namespace nsg::ui
