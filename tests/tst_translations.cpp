// SPDX-License-Identifier: MIT
// German and French are complete, consistent with their sources, and what the application
// installs: menus, reports and the command line speak them.
#include "core/settings/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <set>

using namespace nsg;

namespace {

struct Message
{
    QString context, source;
    QStringList translations; // one, or the plural forms
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            if (!m.source.isNull())
                out.append(m);
            m = Message{context, QString(), {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            m.unfinished = !xml.attributes().value(QLatin1String("type")).isEmpty();
            // One text, or one <numerusform> per plural form (each read on its own).
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    m.translations.append(xml.readElementText());
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (m.translations.isEmpty() && !text.isEmpty())
                m.translations.append(text);
        }
    }
    if (!m.source.isNull())
        out.append(m);
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

std::set<QString> placeholders(const QString &text)
{
    std::set<QString> out;
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}

QString translated(const char *context, const char *text, int n = -1)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data();
    void complete();
    void german();
    void french();
    void englishAndUnknown();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    const QList<Message> messages =
        readTs(QStringLiteral(NSG_SOURCE_DIR "/translations/nsg-auditor_%1.ts").arg(language));
    QVERIFY(messages.size() > 900);
    for (const Message &m : messages) {
        const QString where = m.context + QLatin1String(": ") + m.source;
        QVERIFY2(!m.unfinished, qPrintable(QLatin1String("unfinished: ") + where));
        QVERIFY2(!m.translations.isEmpty(), qPrintable(QLatin1String("empty: ") + where));
        // The plural (or only) form keeps every placeholder; mnemonics stay single.
        QVERIFY2(placeholders(m.translations.last()) == placeholders(m.source),
                 qPrintable(QLatin1String("placeholders: ") + where + QLatin1String(" → ")
                            + m.translations.last()));
        const qsizetype amps = m.translations.last().count(QLatin1Char('&'))
            - m.translations.last().count(QLatin1String("&nbsp;")) * 1;
        if (m.source.count(QLatin1Char('&')) == 1 && !m.source.contains(QLatin1String("&nbsp;")))
            QVERIFY2(amps == 1, qPrintable(QLatin1String("mnemonic: ") + where));
    }
}

void TestTranslations::german()
{
    QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
    // A menu (QObject context), a report heading, a verdict, a plural, and a text a helper
    // passes under a context lupdate could not see (found by its source text).
    QCOMPARE(translated("nsg::ui::MainWindow", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(translated("nsg::ReportDocument", "Accepted risks (%1)"),
             QStringLiteral("Akzeptierte Risiken (%1)"));
    QCOMPARE(translated("nsg", "Exposed"), QStringLiteral("Exponiert"));
    QCOMPARE(translated("nsg::ui::SuppressionsDialog", "%n accepted risk(s)", 1),
             QStringLiteral("1 akzeptiertes Risiko"));
    QCOMPARE(translated("nsg::ui::SuppressionsDialog", "%n accepted risk(s)", 3),
             QStringLiteral("3 akzeptierte Risiken"));
    QCOMPARE(translated("nsg::cli::options", "Show this help."),
             QStringLiteral("Diese Hilfe anzeigen."));
    QCOMPARE(translated("nsg::FindingText", "No rule lets a public address reach %1"),
             QStringLiteral("Keine Regel lässt eine öffentliche Adresse %1 erreichen"));
    QCOMPARE(QLocale().language(), QLocale::German);
}

void TestTranslations::french()
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);
    QCOMPARE(installTranslations(QStringLiteral("fr")), QStringLiteral("fr"));
    QCOMPARE(translated("nsg::ui::MainWindow", "&File"), QStringLiteral("&Fichier"));
    QCOMPARE(translated("nsg::ui::SuppressionsDialog", "%n accepted risk(s)", 1),
             QStringLiteral("1 risque accepté"));
    QCOMPARE(translated("nsg::ui::SuppressionsDialog", "%n accepted risk(s)", 0),
             QStringLiteral("0 risque accepté")); // French: zero is singular
    QCOMPARE(translated("nsg::ui::SuppressionsDialog", "%n accepted risk(s)", 2),
             QStringLiteral("2 risques acceptés"));
}

void TestTranslations::englishAndUnknown()
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);
    QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(translated("nsg::ui::MainWindow", "&File"), QStringLiteral("&File"));
    QCOMPARE(installTranslations(QStringLiteral("tlh")), QStringLiteral("en"));
    // English plurals: no "(s)" left for a reader.
    QCOMPARE(translated("nsg::ui::HistoryWindow", "%n change(s) in %1", 1),
             QStringLiteral("1 change in %1"));
    QCOMPARE(translated("nsg::ui::HistoryWindow", "%n change(s) in %1", 3),
             QStringLiteral("3 changes in %1"));
    QCOMPARE(translated("nsg::cli", "%n source entry(s) refused; nothing was sent", 2),
             QStringLiteral("2 source entries refused; nothing was sent"));
    QCOMPARE(translated("nsg::cli", "%n source entry(s) refused; nothing was sent", 1),
             QStringLiteral("1 source entry refused; nothing was sent"));
    QCOMPARE(englishPlural(QStringLiteral("%n key(s), %n NSG(s)"), 0),
             QStringLiteral("%n keys, %n NSGs"));
    QCOMPARE(englishPlural(QStringLiteral("scope(s)"), -1), QStringLiteral("scope(s)"));
    // Beneath a catalogue: German keeps its own forms.
    QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(translated("nsg::ui::SuppressionsDialog", "%n accepted risk(s)", 3),
             QStringLiteral("3 akzeptierte Risiken"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
