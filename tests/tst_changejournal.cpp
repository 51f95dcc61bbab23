// SPDX-License-Identifier: MIT
// The change journal on its own: the hash chain finds an edited, removed or damaged line and is
// never repaired, and two instances share one file. Built from the journal's source alone (Qt Core
// and the core library), so the sanitizer subset of ./dev test runs it without the Azure client.
#include "azure/changejournal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace nsg;
using namespace nsg::azure;
using json = nlohmann::json;

class TestChangeJournal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void journalChainDetectsTampering();
    void journalIsSharedBetweenInstances();
};

void TestChangeJournal::journalChainDetectsTampering()
{
    QTemporaryDir dir;
    const QString path = dir.path() + QLatin1String("/j.jsonl");
    ChangeJournal journal(path);
    QVERIFY(journal.load());
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        JournalChange c;
        c.ruleId = QStringLiteral("/x/securityRules/r%1").arg(i);
        c.before = RuleDocument::fromJson(json{{"name", "r"}});
        QVERIFY(journal.recordChange(c));
        QVERIFY(journal.recordStatus(c.id, JournalChange::Status::Applied, QStringLiteral("ok")));
        ids << c.id;
    }
    ChangeJournal clean(path);
    QVERIFY(clean.load());
    QVERIFY2(clean.isIntact(), qPrintable(clean.problems().join(QLatin1Char('\n'))));
    QCOMPARE(clean.changes().size(), 3);
    QCOMPARE(clean.change(ids[1])->status, JournalChange::Status::Applied);

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    f.close();
    auto writeLines = [&](const QList<QByteArray> &content) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(content.join('\n'));
    };
    // Edited: a status flipped by hand.
    QList<QByteArray> edited = lines;
    edited[3].replace("\"applied\"", "\"failed\"");
    writeLines(edited);
    ChangeJournal e(path);
    QVERIFY(e.load());
    QVERIFY(!e.isIntact());
    QVERIFY2(e.problems().first().contains(QLatin1String("line 4: the hash does not match")),
             qPrintable(e.problems().join(QLatin1Char('\n'))));
    // Removed: a line gone.
    QList<QByteArray> removed = lines;
    removed.removeAt(2);
    writeLines(removed);
    ChangeJournal r(path);
    QVERIFY(r.load());
    QVERIFY(r.problems().join(QLatin1Char('\n')).contains(QLatin1String("does not follow")));
    // Never repaired: a new event appends, and the break is still reported.
    JournalChange more;
    more.ruleId = QStringLiteral("/x/securityRules/r9");
    QVERIFY(r.recordChange(more));
    ChangeJournal again(path);
    QVERIFY(again.load());
    QVERIFY(!again.isIntact());
    QCOMPARE(again.changes().size(), 3); // the removed line's change is gone, the new one there
    QVERIFY(again.problems().join(QLatin1Char('\n')).contains(QLatin1String("does not hold")));
    // Damaged: not JSON.
    writeLines({lines[0], "{not json", lines[1]});
    ChangeJournal d(path);
    QVERIFY(d.load());
    QVERIFY(d.problems().join(QLatin1Char('\n')).contains(QLatin1String("line 2: not JSON")));
}

void TestChangeJournal::journalIsSharedBetweenInstances()
{
    QTemporaryDir dir;
    const QString path = dir.path() + QLatin1String("/sub/j.jsonl"); // the folder is created
    ChangeJournal gui(path);
    ChangeJournal cli(path);
    QVERIFY(gui.load());
    QVERIFY(cli.load());
    JournalChange a;
    a.ruleId = QStringLiteral("/x/securityRules/a");
    QVERIFY(gui.recordChange(a));
    JournalChange b;
    b.ruleId = QStringLiteral("/x/securityRules/b");
    QVERIFY(cli.recordChange(b)); // follows the line the other instance wrote
    ChangeJournal check(path);
    QVERIFY(check.load());
    QVERIFY2(check.isIntact(), qPrintable(check.problems().join(QLatin1Char('\n'))));
    QCOMPARE(check.changes().size(), 2);
    QString error;
    QVERIFY(!check.change(QStringLiteral("ab"), &error));
    QVERIFY(error.contains(QLatin1String("4 characters")));
}

QTEST_GUILESS_MAIN(TestChangeJournal)
#include "tst_changejournal.moc"
