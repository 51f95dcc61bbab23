// SPDX-License-Identifier: MIT
#include "azure/changejournal.h"

#include "core/util/jsonvalue.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace nsg::azure {

using json = nlohmann::json;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::azure::ChangeJournal", text);
}

const QString kGenesis = QString(64, QLatin1Char('0'));

std::string s(const QString &v)
{
    return v.toStdString();
}

// The hash covers the line's JSON without its "hash" member, serialised canonically (nlohmann
// orders object members by key).
QString hashOf(json event)
{
    event.erase("hash");
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray::fromStdString(event.dump()),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

} // namespace

QString JournalChange::statusName(Status st)
{
    switch (st) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Applied:
        return QStringLiteral("applied");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Reverted:
        return QStringLiteral("reverted");
    case Status::Unknown:
        return QStringLiteral("unknown");
    }
    return QString();
}

std::optional<JournalChange::Status> JournalChange::statusFromName(const QString &name)
{
    for (Status st :
         {Status::Pending, Status::Applied, Status::Failed, Status::Reverted, Status::Unknown}) {
        if (statusName(st) == name)
            return st;
    }
    return std::nullopt;
}

QString JournalChange::nsgId() const
{
    const qsizetype at =
        ruleId.lastIndexOf(QLatin1String("/securityRules/"), -1, Qt::CaseInsensitive);
    return at < 0 ? ruleId : ruleId.left(at);
}

ChangeJournal::ChangeJournal(QString path)
    : m_path(std::move(path))
    , m_lastHash(kGenesis)
{ }

QString ChangeJournal::defaultPath()
{
    const QString env = qEnvironmentVariable("NSG_AUDITOR_JOURNAL");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QLatin1String("/journal.jsonl");
}

bool ChangeJournal::load(QString *error)
{
    m_changes.clear();
    m_problems.clear();
    m_lastHash = kGenesis;
    m_lastSeq = 0;
    m_loadedSize = 0;
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read the change journal %1: %2").arg(m_path, file.errorString());
        return false;
    }
    int lineNo = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        const json event =
            json::parse(line.constData(), line.constData() + line.size(), nullptr, false);
        if (!event.is_object()) {
            m_problems.append(tr("line %1: not JSON (the line was damaged or edited)").arg(lineNo));
            continue;
        }
        const QString hash = JsonValue::string(event, "hash");
        if (hash != hashOf(event))
            m_problems.append(
                tr("line %1: the hash does not match the line's content (the line was edited)")
                    .arg(lineNo));
        if (JsonValue::string(event, "prevHash") != m_lastHash)
            m_problems.append(tr("line %1: it does not follow the line before it (a line was "
                                 "removed, inserted or reordered)")
                                  .arg(lineNo));
        const qint64 seq = JsonValue::integer(event, "seq", qint64(0));
        if (seq != m_lastSeq + 1)
            m_problems.append(tr("line %1: sequence number %2 where %3 was expected")
                                  .arg(lineNo)
                                  .arg(seq)
                                  .arg(m_lastSeq + 1));
        m_lastHash = hash;
        m_lastSeq = seq;
        apply(event);
    }
    m_loadedSize = file.size();
    return true;
}

void ChangeJournal::apply(const json &event)
{
    const QString type = JsonValue::string(event, "event");
    const QString id = JsonValue::string(event, "id");
    const QDateTime time =
        QDateTime::fromString(JsonValue::string(event, "time"), Qt::ISODateWithMs);
    if (type == QLatin1String("change")) {
        JournalChange c;
        c.id = id;
        c.created = c.updated = time;
        c.cloud = JsonValue::string(event, "cloud");
        c.tenantId = JsonValue::string(event, "tenant");
        c.account = JsonValue::string(event, "account");
        c.ruleId = JsonValue::string(event, "ruleId");
        c.fixedRuleId = JsonValue::string(event, "fixedRuleId");
        c.fix = JsonValue::string(event, "fix");
        c.revertOf = JsonValue::string(event, "revertOf");
        c.before = RuleDocument::fromJson(event.value("before", json()));
        c.after = RuleDocument::fromJson(event.value("after", json()));
        c.status = JournalChange::statusFromName(JsonValue::string(event, "status"))
                       .value_or(JournalChange::Status::Pending);
        c.message = JsonValue::string(event, "message");
        m_changes.append(std::move(c));
        return;
    }
    for (JournalChange &c : m_changes) {
        if (c.id != id)
            continue;
        c.updated = time;
        if (const auto st = JournalChange::statusFromName(JsonValue::string(event, "status")))
            c.status = *st;
        c.message = JsonValue::string(event, "message");
        c.requestIds += JsonValue::stringList(event, "requestIds");
        return;
    }
    m_problems.append(
        tr("a status event names change %1, which the journal does not hold").arg(id));
}

std::optional<JournalChange> ChangeJournal::change(const QString &idOrPrefix, QString *error) const
{
    if (idOrPrefix.size() < 4) {
        if (error)
            *error = tr("a change id needs at least 4 characters");
        return std::nullopt;
    }
    std::optional<JournalChange> found;
    for (const JournalChange &c : m_changes) {
        if (c.id.compare(idOrPrefix, Qt::CaseInsensitive) == 0)
            return c;
        if (c.id.startsWith(idOrPrefix, Qt::CaseInsensitive)) {
            if (found) {
                if (error)
                    *error = tr("'%1' names more than one change").arg(idOrPrefix);
                return std::nullopt;
            }
            found = c;
        }
    }
    if (!found && error)
        *error = tr("the journal %1 has no change %2").arg(m_path, idOrPrefix);
    return found;
}

QList<JournalChange> ChangeJournal::pending() const
{
    QList<JournalChange> out;
    for (const JournalChange &c : m_changes) {
        if (c.status == JournalChange::Status::Pending)
            out.append(c);
    }
    return out;
}

QList<JournalChange> ChangeJournal::changesTo(const QSet<QString> &nsgIds) const
{
    QList<JournalChange> out;
    for (const JournalChange &c : m_changes) {
        if (nsgIds.contains(c.nsgId().toLower()))
            out.append(c);
    }
    return out;
}

bool ChangeJournal::append(json event, QString *error)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("cannot create the folder of the change journal %1").arg(m_path);
        return false;
    }
    QLockFile lock(m_path + QLatin1String(".lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000)) {
        if (error)
            *error = tr("the change journal %1 is locked by another process").arg(m_path);
        return false;
    }
    // Another process may have appended since we read: follow its lines first.
    if (QFileInfo(m_path).size() != std::max<qint64>(m_loadedSize, 0) || m_loadedSize < 0) {
        if (!load(error))
            return false;
    }
    event["seq"] = m_lastSeq + 1;
    event["prevHash"] = s(m_lastHash);
    event["time"] = s(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    event["hash"] = s(hashOf(event));

    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = tr("cannot write the change journal %1: %2").arg(m_path, file.errorString());
        return false;
    }
    const QByteArray line = QByteArray::fromStdString(event.dump()) + '\n';
    bool ok = file.write(line) == line.size() && file.flush();
#ifdef Q_OS_UNIX
    ok = ok && ::fsync(file.handle()) == 0;
#endif
    if (!ok) {
        if (error)
            *error = tr("cannot write the change journal %1: %2").arg(m_path, file.errorString());
        return false;
    }
    m_loadedSize = file.size();
    file.close();
    m_lastHash = JsonValue::string(event, "hash");
    m_lastSeq = event["seq"].get<qint64>();
    apply(event);
    return true;
}

bool ChangeJournal::recordChange(JournalChange &change, QString *error)
{
    change.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    change.status = JournalChange::Status::Pending;
    json event{{"event", "change"},
               {"id", s(change.id)},
               {"cloud", s(change.cloud)},
               {"tenant", s(change.tenantId)},
               {"account", s(change.account)},
               {"ruleId", s(change.ruleId)},
               {"fixedRuleId", s(change.fixedRuleId)},
               {"fix", s(change.fix)},
               {"before", change.before.toJson()},
               {"after", change.after.toJson()},
               {"status", "pending"}};
    if (!change.revertOf.isEmpty())
        event["revertOf"] = s(change.revertOf);
    if (!change.message.isEmpty())
        event["message"] = s(change.message);
    if (!append(std::move(event), error))
        return false;
    change = m_changes.last();
    return true;
}

bool ChangeJournal::recordStatus(const QString &id, JournalChange::Status status,
                                 const QString &message, const QStringList &requestIds,
                                 QString *error)
{
    json ids = json::array();
    for (const QString &r : requestIds)
        ids.push_back(s(r));
    return append(json{{"event", "status"},
                       {"id", s(id)},
                       {"status", s(JournalChange::statusName(status))},
                       {"message", s(message)},
                       {"requestIds", std::move(ids)}},
                  error);
}

json ChangeJournal::toJson() const
{
    json changes = json::array();
    for (const JournalChange &c : m_changes) {
        json ids = json::array();
        for (const QString &r : c.requestIds)
            ids.push_back(s(r));
        changes.push_back(json{{"id", s(c.id)},
                               {"created", s(c.created.toString(Qt::ISODateWithMs))},
                               {"updated", s(c.updated.toString(Qt::ISODateWithMs))},
                               {"cloud", s(c.cloud)},
                               {"tenant", s(c.tenantId)},
                               {"account", s(c.account)},
                               {"ruleId", s(c.ruleId)},
                               {"fixedRuleId", s(c.fixedRuleId)},
                               {"fix", s(c.fix)},
                               {"revertOf", s(c.revertOf)},
                               {"before", c.before.toJson()},
                               {"after", c.after.toJson()},
                               {"status", s(JournalChange::statusName(c.status))},
                               {"message", s(c.message)},
                               {"requestIds", std::move(ids)}});
    }
    json problems = json::array();
    for (const QString &p : m_problems)
        problems.push_back(s(p));
    return json{{"path", s(m_path)},
                {"intact", m_problems.isEmpty()},
                {"problems", std::move(problems)},
                {"changes", std::move(changes)}};
}

QByteArray ChangeJournal::exportText() const
{
    return QByteArray::fromStdString(toJson().dump(2));
}

} // namespace nsg::azure
