// SPDX-License-Identifier: MIT
#include "core/settings/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QXmlStreamReader>

#include <cstring>

namespace nsg {

namespace {

// Qt's lookup by context first; then the same source text in any context of the catalogue.
class CatalogTranslator final : public QTranslator
{
public:
    explicit CatalogTranslator(QString language, QObject *parent)
        : QTranslator(parent)
        , m_language(std::move(language))
    { }

    // Reads the .ts the .qm was built from: source text → translation (plural forms too).
    bool loadSourceTexts(const QString &tsPath)
    {
        QFile file(tsPath);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QXmlStreamReader xml(&file);
        QString source;
        QStringList forms;
        QString single;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("message")) {
                    source.clear();
                    forms.clear();
                    single.clear();
                } else if (xml.name() == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (xml.name() == QLatin1String("numerusform")) {
                    forms.append(xml.readElementText());
                } else if (xml.name() == QLatin1String("translation")) {
                    if (xml.attributes().value(QLatin1String("type")).isEmpty()
                        && xml.readNext() == QXmlStreamReader::Characters)
                        single = xml.text().toString();
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                if (!forms.isEmpty())
                    m_plural.insert(source, forms);
                else if (!single.isEmpty())
                    m_single.insert(source, single);
            }
        }
        return !xml.hasError();
    }

    bool isEmpty() const override { return QTranslator::isEmpty() && m_single.isEmpty(); }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        const QString exact = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!exact.isNull())
            return exact;
        const QString source = QString::fromUtf8(sourceText);
        if (n >= 0) {
            const auto it = m_plural.constFind(source);
            if (it != m_plural.constEnd() && !it->isEmpty()) {
                // German: one, other; French: 0 and 1 are singular.
                const bool one = m_language == QLatin1String("fr") ? n <= 1 : n == 1;
                return it->value(one ? 0 : 1, it->last());
            }
        }
        return m_single.value(source);
    }

private:
    QString m_language;
    QHash<QString, QString> m_single;
    QHash<QString, QStringList> m_plural;
};

// The language of the installed catalogue; empty while the texts are English.
QString g_language;

// Beneath the catalogues: the English forms of "%n item(s)" texts.
class EnglishPlurals final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        if (n < 0 || !std::strstr(sourceText, "(s)"))
            return QString();
        return englishPlural(QString::fromUtf8(sourceText), n);
    }
};

} // namespace

QString englishPlural(const QString &text, int n)
{
    if (n < 0)
        return text;
    QString out;
    out.reserve(text.size() + 4);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.mid(i, 3) != QLatin1String("(s)")) {
            out += text[i];
            continue;
        }
        i += 2;
        if (n == 1)
            continue;
        // entry(s) → entries; but key(s) → keys
        const bool y = out.endsWith(QLatin1Char('y')) && out.size() >= 2
            && !QStringLiteral("aeiou").contains(out[out.size() - 2]);
        if (y)
            out.replace(out.size() - 1, 1, QStringLiteral("ies"));
        else
            out += QLatin1Char('s');
    }
    return out;
}

void installEnglishPlurals()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return;
    // Translators are asked newest first: installed before any catalogue, it answers last.
    delete app->findChild<EnglishPlurals *>(QString(), Qt::FindDirectChildrenOnly);
    QCoreApplication::installTranslator(new EnglishPlurals(app));
}

void ensureEnglishPlurals()
{
    // A text no catalogue has: it comes back in the plural only when the translator is in.
    // (Through variables, so that lupdate does not take the probe for a text to translate.)
    const char *context = "nsg::EnglishPlurals";
    const char *probe = "%n probe(s)";
    if (QCoreApplication::translate(context, probe, nullptr, 2) != QLatin1String("2 probes"))
        installEnglishPlurals();
}

QLocale textLocale()
{
    const QLocale current;
    if (!g_language.isEmpty() && current.language() == QLocale(g_language).language())
        return current;
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QStringList systemLanguages()
{
    QStringList out;
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString lang = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (!out.contains(lang))
            out.append(lang);
    }
    return out;
}

QString installTranslations(const QString &language)
{
    installEnglishPlurals();
    QStringList wanted = language.isEmpty() ? systemLanguages() : QStringList{language};
    for (const QString &lang : wanted) {
        if (lang == QLatin1String("en")) {
            g_language.clear();
            return lang;
        }
        auto *translator = new CatalogTranslator(lang, QCoreApplication::instance());
        const QString base = QStringLiteral(":/i18n/nsg-auditor_") + lang;
        if (!translator->load(base + QLatin1String(".qm"))) {
            delete translator;
            continue;
        }
        translator->loadSourceTexts(base + QLatin1String(".ts"));
        QCoreApplication::installTranslator(translator);
        // Qt's own texts (standard buttons, file dialogs), when the system has them.
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
        QLocale::setDefault(QLocale(lang));
        g_language = lang;
        return lang;
    }
    g_language.clear();
    return QStringLiteral("en");
}

} // namespace nsg
