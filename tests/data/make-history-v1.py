#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes history-v1.sqlite: an audit history in schema version 1, the first release's, as that
release left it (WAL checkpointed). tst_history opens a copy and checks that it is brought to the
current schema with its snapshots intact. Two snapshots of two NSGs: "web" exposed then fixed,
"mail" OK then exposed. Run again only to rebuild the same file: the schema below is frozen."""
import hashlib
import json
import os
import sqlite3
import struct
import sys
import zlib

SCHEMA_V1 = [
    "CREATE TABLE snapshots(id INTEGER PRIMARY KEY AUTOINCREMENT, started TEXT NOT NULL, "
    "finished TEXT, kind TEXT NOT NULL, cloud TEXT, account TEXT, tool TEXT, policy_id TEXT, "
    "policy_target TEXT, limits TEXT, scope TEXT, nsg_count INTEGER, exposed_count INTEGER, "
    "unknown_count INTEGER, internet_facing INTEGER, paths_read INTEGER)",
    "CREATE TABLE nsgs(id INTEGER PRIMARY KEY, arm_id TEXT NOT NULL UNIQUE COLLATE NOCASE, "
    "name TEXT, resource_group TEXT, subscription_id TEXT)",
    "CREATE TABLE documents(id INTEGER PRIMARY KEY, content_key BLOB NOT NULL UNIQUE, "
    "rules_key BLOB NOT NULL, json BLOB NOT NULL)",
    "CREATE TABLE states(id INTEGER PRIMARY KEY, digest BLOB NOT NULL UNIQUE, "
    "document INTEGER NOT NULL REFERENCES documents(id), verdict TEXT NOT NULL, standing TEXT, "
    "exposing TEXT, fingerprint TEXT, risk TEXT)",
    "CREATE TABLE snapshot_nsgs(snapshot INTEGER NOT NULL, nsg INTEGER NOT NULL, "
    "state INTEGER NOT NULL, PRIMARY KEY(snapshot, nsg)) WITHOUT ROWID",
    "CREATE INDEX snapshot_nsgs_nsg ON snapshot_nsgs(nsg, snapshot)",
    "CREATE TABLE endpoints(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, label TEXT, "
    "nic_id TEXT)",
    "CREATE TABLE snapshot_endpoints(snapshot INTEGER NOT NULL, endpoint INTEGER NOT NULL, "
    "verdict TEXT NOT NULL, PRIMARY KEY(snapshot, endpoint)) WITHOUT ROWID",
]

SUB = "00000000-0000-0000-0000-000000000001"


def nsg_json(name, source):
    rid = (f"/subscriptions/{SUB}/resourceGroups/rg1/providers/"
           f"Microsoft.Network/networkSecurityGroups/{name}")
    return {"id": rid, "name": name, "type": "Microsoft.Network/networkSecurityGroups",
            "properties": {"securityRules": [{
                "name": "smtp-in", "id": rid + "/securityRules/smtp-in",
                "properties": {"access": "Allow", "priority": 100, "protocol": "Tcp",
                               "direction": "Inbound", "sourcePortRange": "*",
                               "sourceAddressPrefix": source, "destinationAddressPrefix": "*",
                               "destinationPortRange": "25"}}]}}


def qcompress(data):
    # qCompress: the uncompressed length, big-endian, then zlib.
    return struct.pack(">I", len(data)) + zlib.compress(data, 6)


def main(path):
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    for s in SCHEMA_V1:
        db.execute(s)
    docs = {}
    for name in ("web", "mail"):
        rid = nsg_json(name, "*")["id"]
        db.execute("INSERT INTO nsgs(arm_id, name, resource_group, subscription_id) "
                   "VALUES(?, ?, 'rg1', ?)", (rid, name, SUB))
    nsg_ids = {n: i for i, n in db.execute("SELECT id, name FROM nsgs")}

    def state(name, source, verdict):
        body = json.dumps(nsg_json(name, source), separators=(",", ":")).encode()
        key = (name, source)
        if key not in docs:
            rules = hashlib.sha256(json.dumps(nsg_json(name, source)["properties"]
                                              ["securityRules"]).encode()).digest()
            cur = db.execute("INSERT INTO documents(content_key, rules_key, json) "
                             "VALUES(?, ?, ?)",
                             (hashlib.blake2b(body, digest_size=32).digest(), rules,
                              qcompress(body)))
            docs[key] = cur.lastrowid
        exposing = "smtp-in" if verdict == "exposed" else ""
        sdigest = hashlib.blake2b(f"{name}|{source}|{verdict}".encode(), digest_size=32).digest()
        cur = db.execute("INSERT INTO states(digest, document, verdict, standing, exposing, "
                         "fingerprint, risk) VALUES(?, ?, ?, '', ?, ?, '')",
                         (sdigest, docs[key], verdict, exposing,
                          hashlib.sha256(sdigest).hexdigest() if exposing else ""))
        return cur.lastrowid

    snapshots = [
        ("2026-06-01T09:00:00.000Z", {"web": ("*", "exposed"), "mail": ("10.0.0.0/8", "ok")}),
        ("2026-09-01T09:00:00.000Z", {"web": ("10.0.0.0/8", "ok"), "mail": ("*", "exposed")}),
    ]
    for started, nsgs in snapshots:
        scope = json.dumps({"tenants": [], "subscriptions": [],
                            "inputs": [{"path": "estate.json", "sha256": "00" * 32}]})
        cur = db.execute(
            "INSERT INTO snapshots(started, finished, kind, cloud, account, tool, policy_id, "
            "policy_target, limits, scope, nsg_count, exposed_count, unknown_count, "
            "internet_facing, paths_read) VALUES(?, ?, 'offline', '', '', 'nsg-auditor 0.1.0', "
            "'smtp', 'TCP/25', '', ?, 2, 1, 0, 0, 0)", (started, started, scope))
        sid = cur.lastrowid
        for name, (source, verdict) in nsgs.items():
            db.execute("INSERT INTO snapshot_nsgs(snapshot, nsg, state) VALUES(?, ?, ?)",
                       (sid, nsg_ids[name], state(name, source, verdict)))
    db.execute("PRAGMA user_version=1")
    db.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA journal_mode=DELETE")
    db.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else
         os.path.join(os.path.dirname(os.path.abspath(__file__)), "history-v1.sqlite"))
