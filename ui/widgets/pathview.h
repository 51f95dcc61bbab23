// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/pathhops.h"
#include "report/pathpicture.h"

#include <QWidget>

#include <optional>
#include <vector>

namespace nsg::ui {

// One endpoint's path from the Internet, drawn left to right as Azure applies it: the picture the
// reports draw too (PathPicture), in the palette's colours (dark palettes too). A click on a hop,
// or Enter on the focused one (arrow keys move), emits hopActivated; the accessible description is
// the whole path in words.
class PathView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PathView)

public:
    explicit PathView(QWidget *parent = nullptr);

    void setEndpoint(const Endpoint &endpoint);
    // Nothing to draw: the message instead.
    void showMessage(const QString &message);
    const std::vector<PathHop> &hops() const { return m_hops; }
    QString description() const { return m_description; }
    // The hop's box, in widget coordinates (tests click on it).
    QRect hopRect(int hop) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void hopActivated(const nsg::PathHop &hop);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    std::vector<PathPicture::Box> layoutFor(int width, int *height) const;
    int hopAt(const QPoint &pos) const;
    void relayout();

    std::vector<PathHop> m_hops;
    std::optional<PathPicture> m_picture; // the drawing, in the widget's font
    std::vector<PathPicture::Box> m_boxes;
    QString m_message;
    QString m_description;
    int m_current = -1; // the hop the keyboard is on
};

} // namespace nsg::ui
