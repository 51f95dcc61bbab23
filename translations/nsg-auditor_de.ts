<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ArmClient</name>
    <message>
        <source>Refused to send the sign-in token to %1: only %2 may receive it.</source>
        <translation>Das Anmeldetoken wurde nicht an %1 gesendet: nur %2 darf es erhalten.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>Keine Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1 bytes).</source>
        <translation>Die Antwort ist kein gültiges JSON (%1 Bytes).</translation>
    </message>
    <message>
        <source>ARM redirected to %1; redirects are not followed with a token.</source>
        <translation>ARM leitete an %1 weiter; Weiterleitungen werden mit einem Token nicht verfolgt.</translation>
    </message>
    <message>
        <source>ARM returned a next-page link to %1, which may not receive the sign-in token; it was not followed, so later pages are missing.</source>
        <translation>ARM lieferte einen Link zur nächsten Seite bei %1, der das Anmeldetoken nicht erhalten darf; er wurde nicht verfolgt, daher fehlen spätere Seiten.</translation>
    </message>
    <message>
        <source>ARM asked us to follow the operation at %1, which may not receive the sign-in token; it was not followed, so the outcome is not known: read the resource again.</source>
        <translation>ARM verlangte, den Vorgang bei %1 zu verfolgen, der das Anmeldetoken nicht erhalten darf; er wurde nicht verfolgt, daher ist das Ergebnis unbekannt: lesen Sie die Ressource erneut.</translation>
    </message>
    <message>
        <source>The operation status has no &apos;status&apos;.</source>
        <translation>Der Vorgangsstatus enthält kein „status“.</translation>
    </message>
    <message>
        <source>The operation ended %1.</source>
        <translation>Der Vorgang endete mit %1.</translation>
    </message>
    <message>
        <source>The operation ended %1: %2</source>
        <translation>Der Vorgang endete mit %1: %2</translation>
    </message>
    <message>
        <source>The operation was still %1 after %2 s; read the resource again to see where it stands.</source>
        <translation>Der Vorgang war nach %2 s noch %1; lesen Sie die Ressource erneut, um den Stand zu sehen.</translation>
    </message>
    <message>
        <source> (gave up after %1 attempts)</source>
        <translation> (nach %1 Versuchen aufgegeben)</translation>
    </message>
    <message>
        <source> (asked to wait %1 s, more than the %2 s we wait)</source>
        <translation> (Wartezeit von %1 s verlangt, mehr als die %2 s, die wir warten)</translation>
    </message>
    <message>
        <source>The operation&apos;s result is no longer there (%1); read the resource again to see where it stands.</source>
        <translation>Das Ergebnis des Vorgangs ist nicht mehr vorhanden (%1); lesen Sie die Ressource erneut, um ihren Stand zu sehen.</translation>
    </message>
    <message>
        <source>The operation ended failed: %1</source>
        <translation>Der Vorgang ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>nsg</name>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>about 2^%1</source>
        <translation>etwa 2^%1</translation>
    </message>
    <message>
        <source>any Internet address</source>
        <translation>jede Internetadresse</translation>
    </message>
    <message>
        <source>%1 more ranges</source>
        <translation>%1 weitere Bereiche</translation>
    </message>
    <message>
        <source>public addresses in %1</source>
        <translation>öffentliche Adressen in %1</translation>
    </message>
    <message>
        <source>any public IPv4 address</source>
        <translation>jede öffentliche IPv4-Adresse</translation>
    </message>
    <message>
        <source>any public IPv6 address</source>
        <translation>jede öffentliche IPv6-Adresse</translation>
    </message>
    <message>
        <source>no public address</source>
        <translation>keine öffentliche Adresse</translation>
    </message>
    <message>
        <source>1 public IPv4 address</source>
        <translation>1 öffentliche IPv4-Adresse</translation>
    </message>
    <message>
        <source>%1 public IPv4 addresses</source>
        <translation>%1 öffentliche IPv4-Adressen</translation>
    </message>
    <message>
        <source>1 public IPv6 address</source>
        <translation>1 öffentliche IPv6-Adresse</translation>
    </message>
    <message>
        <source>%1 public IPv6 addresses</source>
        <translation>%1 öffentliche IPv6-Adressen</translation>
    </message>
    <message>
        <source>the %1 NSG %2 could not be fully evaluated</source>
        <translation>die %1-NSG %2 konnte nicht vollständig ausgewertet werden</translation>
    </message>
    <message>
        <source>the %1 NSG %2 could not be read</source>
        <translation>die %1-NSG %2 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <translation>ein nicht unterstützter Wert</translation>
    </message>
    <message>
        <source>octet %1 is larger than 255</source>
        <translation>Oktett %1 ist größer als 255</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a decimal octet</source>
        <translation>„%1“ ist kein dezimales Oktett</translation>
    </message>
    <message>
        <source>more than four octets</source>
        <translation>mehr als vier Oktette</translation>
    </message>
    <message>
        <source>an IPv4 address has four octets</source>
        <translation>eine IPv4-Adresse hat vier Oktette</translation>
    </message>
    <message>
        <source>zone indexes are not allowed</source>
        <translation>Zonenindizes sind nicht erlaubt</translation>
    </message>
    <message>
        <source>a single leading &apos;:&apos;</source>
        <translation>ein einzelnes führendes „:“</translation>
    </message>
    <message>
        <source>an embedded IPv4 address must come last</source>
        <translation>eine eingebettete IPv4-Adresse muss am Ende stehen</translation>
    </message>
    <message>
        <source>embedded IPv4 address: %1</source>
        <translation>eingebettete IPv4-Adresse: %1</translation>
    </message>
    <message>
        <source>each group has one to four hex digits</source>
        <translation>jede Gruppe hat eine bis vier Hexziffern</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hex digit</source>
        <translation>„%1“ ist keine Hexziffer</translation>
    </message>
    <message>
        <source>more than eight groups</source>
        <translation>mehr als acht Gruppen</translation>
    </message>
    <message>
        <source>&apos;::&apos; may appear only once</source>
        <translation>„::“ darf nur einmal vorkommen</translation>
    </message>
    <message>
        <source>a trailing single &apos;:&apos;</source>
        <translation>ein einzelnes abschließendes „:“</translation>
    </message>
    <message>
        <source>an IPv6 address has eight groups</source>
        <translation>eine IPv6-Adresse hat acht Gruppen</translation>
    </message>
    <message>
        <source>&apos;::&apos; must stand for at least one group</source>
        <translation>„::“ muss für mindestens eine Gruppe stehen</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(keine ID)</translation>
    </message>
    <message>
        <source>public IP</source>
        <translation>öffentliche IP</translation>
    </message>
    <message>
        <source>load-balancing rule</source>
        <translation>Lastenausgleichsregel</translation>
    </message>
    <message>
        <source>inbound NAT rule</source>
        <translation>NAT-Eingangsregel</translation>
    </message>
    <message>
        <source>firewall DNAT</source>
        <translation>Firewall-DNAT</translation>
    </message>
    <message>
        <source>admin rule</source>
        <translation>Admin-Regel</translation>
    </message>
    <message>
        <source>subnet NSG</source>
        <translation>Subnetz-NSG</translation>
    </message>
    <message>
        <source>NIC NSG</source>
        <translation>NIC-NSG</translation>
    </message>
    <message>
        <source>firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>Öffentliche IP</translation>
    </message>
    <message>
        <source>Load-balancing rule</source>
        <translation>Lastenausgleichsregel</translation>
    </message>
    <message>
        <source>Inbound NAT rule</source>
        <translation>NAT-Eingangsregel</translation>
    </message>
    <message>
        <source>Firewall DNAT</source>
        <translation>Firewall-DNAT</translation>
    </message>
    <message>
        <source>nothing (not decided)</source>
        <translation>nichts (nicht entschieden)</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Admin rules</source>
        <translation>Admin-Regeln</translation>
    </message>
    <message>
        <source>Subnet NSG</source>
        <translation>Subnetz-NSG</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>Netzwerkschnittstelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>exposed</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>nicht entschieden</translation>
    </message>
    <message>
        <source> (decides: lets the Internet through)</source>
        <translation> (entscheidet: lässt das Internet durch)</translation>
    </message>
    <message>
        <source> (decides: stops it here)</source>
        <translation> (entscheidet: hält es hier auf)</translation>
    </message>
    <message>
        <source> (could not be decided)</source>
        <translation> (ließ sich nicht entscheiden)</translation>
    </message>
    <message>
        <source> (not reached)</source>
        <translation> (nicht erreicht)</translation>
    </message>
    <message>
        <source>Path from the Internet to %1 (%2:%3), %4: %5</source>
        <translation>Pfad aus dem Internet zu %1 (%2:%3), %4: %5</translation>
    </message>
    <message>
        <source>getting through: %1</source>
        <translation>kommen durch: %1</translation>
    </message>
    <message>
        <source>public sources</source>
        <translation>öffentliche Quellen</translation>
    </message>
    <message>
        <source>restricted to %1</source>
        <translation>beschränkt auf %1</translation>
    </message>
    <message>
        <source>getting through: only %1, within the limit</source>
        <translation>kommt durch: nur %1, innerhalb des Limits</translation>
    </message>
    <message>
        <source> (decides: lets in only the sources within the limit)</source>
        <translation> (entscheidet: lässt nur Quellen innerhalb des Limits ein)</translation>
    </message>
    <message>
        <source>the admin rule %1 denies the port before its rules are evaluated</source>
        <translation>die Admin-Regel %1 verweigert den Port, bevor ihre Regeln ausgewertet werden</translation>
    </message>
    <message>
        <source>no public entry point reaches what it guards</source>
        <translation>kein öffentlicher Zugangspunkt erreicht, was sie schützt</translation>
    </message>
    <message>
        <source>internet-facing</source>
        <translation>aus dem Internet erreichbar</translation>
    </message>
    <message>
        <source>an admin rule admits the Internet past it</source>
        <translation>eine Admin-Regel lässt das Internet an ihr vorbei</translation>
    </message>
    <message>
        <source>paths from the Internet not read</source>
        <translation>Pfade aus dem Internet nicht gelesen</translation>
    </message>
    <message>
        <source>a path from the Internet not decided</source>
        <translation>ein Pfad aus dem Internet nicht entschieden</translation>
    </message>
    <message>
        <source>latent</source>
        <translation>latent</translation>
    </message>
    <message>
        <source>blocked by an admin rule</source>
        <translation>von einer Admin-Regel blockiert</translation>
    </message>
    <message>
        <source>NSG Auditor — audits compared</source>
        <translation>NSG Auditor — Prüfungen im Vergleich</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>einem unbekannten Datum</translation>
    </message>
    <message>
        <source>NSG %1 lets the Internet reach %2</source>
        <translation>NSG %1 lässt das Internet an %2</translation>
    </message>
    <message>
        <source>Accepted risk by %1 until %2: %3</source>
        <translation>Akzeptiertes Risiko von %1 bis %2: %3</translation>
    </message>
    <message>
        <source>Restrict the source of %1 to the address ranges that need %2 (replace %3 in the command below), or remove the rule.</source>
        <translation>Die Quelle von %1 auf die Adressbereiche beschränken, die %2 brauchen (%3 im Befehl unten ersetzen), oder die Regel entfernen.</translation>
    </message>
    <message>
        <source>The Internet reaches %1 on %2 through %3</source>
        <translation>Das Internet erreicht %1 auf %2 über %3</translation>
    </message>
    <message>
        <source>Close the path at the rule that decides it (%1 %2): restrict its source to the address ranges that need %3, or remove the public entry point (%4).</source>
        <translation>Den Pfad an der Regel schließen, die ihn entscheidet (%1 %2): ihre Quelle auf die Adressbereiche beschränken, die %3 brauchen, oder den öffentlichen Zugang entfernen (%4).</translation>
    </message>
</context>
<context>
    <name>nsg::AcceptedRisk</name>
    <message>
        <source>Accepted risk until %1, by %2: %3</source>
        <translation>Akzeptiertes Risiko bis %1, durch %2: %3</translation>
    </message>
    <message>
        <source>Exposed again: the risk %1 accepted expired on %2 (%3)</source>
        <translation>Wieder exponiert: das von %1 akzeptierte Risiko ist am %2 abgelaufen (%3)</translation>
    </message>
    <message>
        <source>Exposed again: the exposing rules changed since %1 accepted the risk on %2 (then: %3)</source>
        <translation>Wieder exponiert: die exponierenden Regeln haben sich geändert, seit %1 das Risiko am %2 akzeptiert hat (damals: %3)</translation>
    </message>
</context>
<context>
    <name>nsg::AddressPrefix</name>
    <message>
        <source>&apos;%1&apos; is neither an IP address, a CIDR range nor a service tag</source>
        <translation>„%1“ ist weder eine IP-Adresse noch ein CIDR-Bereich noch ein Diensttag</translation>
    </message>
</context>
<context>
    <name>nsg::AppSettings</name>
    <message>
        <source>The IPv6 breadth limit must be a prefix length from 0 to 128</source>
        <translation>Das IPv6-Breitenlimit muss eine Präfixlänge von 0 bis 128 sein</translation>
    </message>
    <message>
        <source>Requests in flight must be from 1 to 32</source>
        <translation>Gleichzeitige Anfragen müssen zwischen 1 und 32 liegen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an api-version (YYYY-MM-DD or YYYY-MM-DD-preview)</source>
        <translation>„%1“ ist keine api-version (JJJJ-MM-TT oder JJJJ-MM-TT-preview)</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;</source>
        <translation>Unbekannte Sprache „%1“</translation>
    </message>
    <message>
        <source>Paper size must be A4 or Letter</source>
        <translation>Das Papierformat muss A4 oder Letter sein</translation>
    </message>
    <message>
        <source>The history&apos;s retention cannot be negative</source>
        <translation>Die Aufbewahrung des Verlaufs kann nicht negativ sein</translation>
    </message>
</context>
<context>
    <name>nsg::AuditReport</name>
    <message>
        <source>%1 public IPv4 addresses and one /%2 of IPv6</source>
        <translation>%1 öffentliche IPv4-Adressen und ein /%2 IPv6</translation>
    </message>
</context>
<context>
    <name>nsg::ChartLayout</name>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>not read (%1)</source>
        <translation>nicht gelesen (%1)</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation>Akzeptiertes Risiko</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Nicht gelesen</translation>
    </message>
</context>
<context>
    <name>nsg::Cidr</name>
    <message>
        <source>empty address</source>
        <translation>leere Adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a prefix length</source>
        <translation>„%1“ ist keine Präfixlänge</translation>
    </message>
    <message>
        <source>prefix length %1 is larger than 128</source>
        <translation>Präfixlänge %1 ist größer als 128</translation>
    </message>
    <message>
        <source>prefix length %1 is larger than 32</source>
        <translation>Präfixlänge %1 ist größer als 32</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IP address or CIDR range: %2</source>
        <translation>„%1“ ist keine gültige IP-Adresse und kein CIDR-Bereich: %2</translation>
    </message>
</context>
<context>
    <name>nsg::CsvReport</name>
    <message>
        <source>cannot write the CSV report: %1</source>
        <translation>der CSV-Bericht kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>nsg::DiffReport</name>
    <message>
        <source>Since snapshot #%1 (%2)</source>
        <translation>Seit Momentaufnahme #%1 (%2)</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <source>How the estate moved</source>
        <translation>Wie sich der Bestand verändert hat</translation>
    </message>
    <message>
        <source>Who changed the NSGs was not read (a live session reads Azure&apos;s change history).</source>
        <translation>Wer die NSGs geändert hat, wurde nicht gelesen (eine Live-Sitzung liest den Änderungsverlauf von Azure).</translation>
    </message>
    <message>
        <source>NSG</source>
        <translation>NSG</translation>
    </message>
    <message>
        <source>Then → now</source>
        <translation>Damals → jetzt</translation>
    </message>
    <message>
        <source>First seen exposed</source>
        <translation>Zuerst exponiert gesehen</translation>
    </message>
    <message>
        <source>Who changed it</source>
        <translation>Wer es geändert hat</translation>
    </message>
    <message>
        <source>fixed by %1, exposed again by %2</source>
        <translation>behoben bis %1, wieder exponiert bis %2</translation>
    </message>
    <message>
        <source>rules changed</source>
        <translation>Regeln geändert</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Became internet-facing</source>
        <translation>Jetzt aus dem Internet erreichbar</translation>
    </message>
    <message>
        <source>No longer internet-facing</source>
        <translation>Nicht mehr aus dem Internet erreichbar</translation>
    </message>
    <message>
        <source>NSG Auditor — audits compared</source>
        <translation>NSG Auditor — Prüfungen im Vergleich</translation>
    </message>
    <message>
        <source>(offline)</source>
        <translation>(offline)</translation>
    </message>
    <message>
        <source>Not read in this scan, so not compared: %1</source>
        <translation>In diesem Scan nicht gelesen, also nicht verglichen: %1</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Älter</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>Neuer</translation>
    </message>
    <message>
        <source>NSGs that are OK in both scans and did not change at all: %1.</source>
        <translation>NSGs, die in beiden Scans OK sind und sich gar nicht geändert haben: %1.</translation>
    </message>
    <message>
        <source>Rules that let it in</source>
        <translation>Regeln, die es hereinlassen</translation>
    </message>
    <message>
        <source>%1 UTC: %2%3</source>
        <translation>%1 UTC: %2%3</translation>
    </message>
    <message>
        <source>unrecorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation>das PDF kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>nsg::DomBuilder</name>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer verschachtelt als %1 Ebenen</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;: its value is ambiguous</source>
        <translation>doppelter Schlüssel „%1“: sein Wert ist mehrdeutig</translation>
    </message>
</context>
<context>
    <name>nsg::ExportSax</name>
    <message>
        <source>the JSON breaks off or is invalid inside this NSG (%1)</source>
        <translation>das JSON bricht innerhalb dieser NSG ab oder ist ungültig (%1)</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1, %2; nothing after it was read</source>
        <translation>ungültiges JSON bei Byte %1, %2; nichts danach wurde gelesen</translation>
    </message>
    <message>
        <source>not an NSG export: the file holds a single %1 value</source>
        <translation>kein NSG-Export: die Datei enthält einen einzelnen Wert vom Typ %1</translation>
    </message>
    <message>
        <source>this file is one page of a longer list (it has a next-page link): NSGs on later pages are not in it</source>
        <translation>diese Datei ist eine Seite einer längeren Liste (sie hat einen Link zur nächsten Seite): NSGs späterer Seiten fehlen</translation>
    </message>
    <message>
        <source>Resource Graph marked this result truncated: some NSGs are missing from it</source>
        <translation>Resource Graph hat dieses Ergebnis als abgeschnitten markiert: einige NSGs fehlen</translation>
    </message>
    <message>
        <source>not an NSG export: expected an array of NSGs, {&quot;value&quot;: [...]}, {&quot;data&quot;: [...]} or one NSG object</source>
        <translation>kein NSG-Export: erwartet wird ein Array von NSGs, {&quot;value&quot;: [...]}, {&quot;data&quot;: [...]} oder ein NSG-Objekt</translation>
    </message>
    <message>
        <source>when the report was made: %1</source>
        <translation>als der Bericht erstellt wurde: %1</translation>
    </message>
    <message>
        <source>the report holds no rules for this NSG (it was written before reports carried them); the report&apos;s verdict was &apos;%1&apos;</source>
        <translation>der Bericht enthält keine Regeln für diese NSG (er wurde geschrieben, bevor Berichte sie enthielten); das Urteil des Berichts war „%1“</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>nsg::FindingText</name>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (priority %2)</source>
        <translation>„%1“ (Priorität %2)</translation>
    </message>
    <message>
        <source>%1 more rules</source>
        <translation>%1 weitere Regeln</translation>
    </message>
    <message>
        <source>rule </source>
        <translation>Regel </translation>
    </message>
    <message>
        <source>rules </source>
        <translation>Regeln </translation>
    </message>
    <message>
        <source>lets</source>
        <translation>lässt</translation>
    </message>
    <message>
        <source>let</source>
        <translation>lassen</translation>
    </message>
    <message>
        <source>%1 %2 %3 reach %4</source>
        <translation>%1 %2 %3 %4 erreichen</translation>
    </message>
    <message>
        <source>Cannot be evaluated: %1</source>
        <translation>Kann nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <source>, more than the limit of %1 IPv4 addresses</source>
        <translation>, mehr als das Limit von %1 IPv4-Adressen</translation>
    </message>
    <message>
        <source>, more than one /%1 of IPv6</source>
        <translation>, mehr als ein /%1 IPv6</translation>
    </message>
    <message>
        <source>; AzureCloud counts as the Internet, since any Azure customer holds addresses there</source>
        <translation>; AzureCloud zählt als Internet, da jeder Azure-Kunde dort Adressen hat</translation>
    </message>
    <message>
        <source>; rule %1 could not be read, but it cannot take this back</source>
        <translation>; Regel %1 konnte nicht gelesen werden, kann dies aber nicht zurücknehmen</translation>
    </message>
    <message>
        <source>, within the limit of %1 IPv4 addresses and one /%2 of IPv6</source>
        <translation>, innerhalb des Limits von %1 IPv4-Adressen und einem /%2 IPv6</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Verweigern</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <source>No rule lets a public address reach %1</source>
        <translation>Keine Regel lässt eine öffentliche Adresse %1 erreichen</translation>
    </message>
    <message>
        <source>Rule %1 could not be read (%2); no rule before it exposes %3, so the verdict is unknown</source>
        <translation>Regel %1 konnte nicht gelesen werden (%2); keine Regel davor exponiert %3, daher ist das Urteil unbekannt</translation>
    </message>
    <message>
        <source> (not attached)</source>
        <translation> (nicht zugeordnet)</translation>
    </message>
    <message>
        <source>Rule-at-a-time scanners report this NSG as exposed because Allow rule %1 matches any source; evaluated in order, it does not let public addresses reach %2 beyond the limit.</source>
        <translation>Regel-für-Regel-Scanner melden diese NSG als exponiert, weil die Zulassen-Regel %1 jede Quelle zulässt; in Reihenfolge ausgewertet lässt sie keine öffentlichen Adressen über das Limit hinaus %2 erreichen.</translation>
    </message>
    <message>
        <source>Rule-at-a-time scanners find no Allow rule from an any-like source and report this NSG as not exposed; yet evaluated together, the rules let %1 reach %2.</source>
        <translation>Regel-für-Regel-Scanner finden keine Zulassen-Regel mit beliebiger Quelle und melden diese NSG als nicht exponiert; zusammen ausgewertet lassen die Regeln jedoch %1 %2 erreichen.</translation>
    </message>
    <message>
        <source>decides first: lets %1 reach %2</source>
        <translation>entscheidet zuerst: lässt %1 %2 erreichen</translation>
    </message>
    <message>
        <source>decides first: blocks the public sources it matches</source>
        <translation>entscheidet zuerst: blockiert die öffentlichen Quellen, die sie erfasst</translation>
    </message>
    <message>
        <source>shadowed: earlier rules already decided its public sources</source>
        <translation>verdeckt: frühere Regeln haben über ihre öffentlichen Quellen bereits entschieden</translation>
    </message>
    <message>
        <source>does not match %1</source>
        <translation>passt nicht zu %1</translation>
    </message>
    <message>
        <source>its source holds no public address</source>
        <translation>ihre Quelle enthält keine öffentliche Adresse</translation>
    </message>
    <message>
        <source>could not be read; evaluation stops here</source>
        <translation>konnte nicht gelesen werden; die Auswertung endet hier</translation>
    </message>
    <message>
        <source>not evaluated (after a rule that could not be read)</source>
        <translation>nicht ausgewertet (nach einer Regel, die nicht gelesen werden konnte)</translation>
    </message>
    <message>
        <source>; it matches only some source ports or destinations, so other traffic goes on to later rules</source>
        <translation>; sie erfasst nur einige Quellports oder Ziele, anderer Verkehr geht also an spätere Regeln weiter</translation>
    </message>
    <message>
        <source>%1 %2: %3 %4/%5 from %6 — %7</source>
        <translation>%1 %2: %3 %4/%5 von %6 — %7</translation>
    </message>
    <message>
        <source> and %n more</source>
        <translation> und %n weitere</translation>
    </message>
    <message>
        <source>%1 rule &apos;%2&apos; (priority %3: %4)</source>
        <translation>%1-Regel „%2“ (Priorität %3: %4)</translation>
    </message>
    <message>
        <source>%1 rule &apos;%2&apos; (%3)</source>
        <translation>%1-Regel „%2“ (%3)</translation>
    </message>
    <message>
        <source>No public address reaches %1: Allow rule %2 is shadowed by %3</source>
        <translation>Keine öffentliche Adresse erreicht %1: die Zulassen-Regel %2 wird von %3 verdeckt</translation>
    </message>
    <message>
        <source>Rule-at-a-time scanners report this NSG as exposed because Allow rule %1 matches any source; but %2 decides that traffic first.</source>
        <translation>Regel-für-Regel-Scanner melden diese NSG als exponiert, weil die Zulassen-Regel %1 jede Quelle zulässt; aber %2 entscheidet zuerst über diesen Verkehr.</translation>
    </message>
    <message>
        <source>Rule-at-a-time scanners report this NSG as exposed because Allow rule %1 matches any source; but %2 decide that traffic first.</source>
        <translation>Regel-für-Regel-Scanner melden diese NSG als exponiert, weil die Zulassen-Regel %1 jede Quelle zulässt; aber %2 entscheiden zuerst über diesen Verkehr.</translation>
    </message>
    <message>
        <source> (the rest was decided earlier by %1)</source>
        <translation> (über den Rest hat zuvor bereits %1 entschieden)</translation>
    </message>
    <message>
        <source>shadowed: its public sources were already decided by %1</source>
        <translation>verdeckt: über ihre öffentlichen Quellen hat bereits %1 entschieden</translation>
    </message>
    <message>
        <source>its source is the service tag %1: not the Internet for this NSG&apos;s own verdict (where the paths from the Internet were followed, they count the tag&apos;s public addresses)</source>
        <translation>ihre Quelle ist das Diensttag %1: nicht das Internet für das eigene Urteil dieser NSG (wo die Pfade aus dem Internet verfolgt wurden, zählen die öffentlichen Adressen des Tags)</translation>
    </message>
</context>
<context>
    <name>nsg::HtmlReport</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot write the HTML report: %1</source>
        <translation>der HTML-Bericht kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>nsg::JsonReport</name>
    <message>
        <source>cannot write the JSON report: %1</source>
        <translation>der JSON-Bericht kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>nsg::NetworkJson</name>
    <message>
        <source>it has no ipConfigurations</source>
        <translation>sie hat keine ipConfigurations</translation>
    </message>
    <message>
        <source>its IP configuration &apos;%1&apos; has no private IP address</source>
        <translation>ihre IP-Konfiguration &apos;%1&apos; hat keine private IP-Adresse</translation>
    </message>
    <message>
        <source>its IP configuration &apos;%1&apos; names no subnet</source>
        <translation>ihre IP-Konfiguration &apos;%1&apos; nennt kein Subnetz</translation>
    </message>
    <message>
        <source>its access &apos;%1&apos; is not Allow, AlwaysAllow or Deny</source>
        <translation>ihr Zugriff &apos;%1&apos; ist weder Allow noch AlwaysAllow noch Deny</translation>
    </message>
    <message>
        <source>its priority is missing or not between 1 and 4096</source>
        <translation>ihre Priorität fehlt oder liegt nicht zwischen 1 und 4096</translation>
    </message>
    <message>
        <source>its direction is missing or not Inbound or Outbound</source>
        <translation>ihre Richtung fehlt oder ist weder Inbound noch Outbound</translation>
    </message>
    <message>
        <source>its protocol &apos;%1&apos; is not known</source>
        <translation>ihr Protokoll &apos;%1&apos; ist unbekannt</translation>
    </message>
    <message>
        <source>the resource has no id and cannot be placed</source>
        <translation>die Ressource hat keine ID und lässt sich nicht zuordnen</translation>
    </message>
    <message>
        <source>service tag data without any tag in &quot;values&quot;</source>
        <translation>Service-Tag-Daten ohne ein einziges Tag in &quot;values&quot;</translation>
    </message>
    <message>
        <source>a second set of service tag data (%1, change %2): the first one read is kept</source>
        <translation>ein zweiter Satz Service-Tag-Daten (%1, Änderung %2): der zuerst gelesene gilt</translation>
    </message>
    <message>
        <source>effective admin rules need a virtualNetworkId and an array of rules in &quot;value&quot;</source>
        <translation>effektive Admin-Regeln brauchen eine virtualNetworkId und ein Array von Regeln in &quot;value&quot;</translation>
    </message>
    <message>
        <source>an admin rule without an id</source>
        <translation>eine Admin-Regel ohne ID</translation>
    </message>
    <message>
        <source>an effective admin rule whose virtual network is not named (wrap the rules as {&quot;virtualNetworkId&quot;: &quot;&lt;vnet id&gt;&quot;, &quot;value&quot;: [...]})</source>
        <translation>eine effektive Admin-Regel, deren virtuelles Netzwerk nicht genannt ist (die Regeln als {&quot;virtualNetworkId&quot;: &quot;&lt;vnet id&gt;&quot;, &quot;value&quot;: [...]} einpacken)</translation>
    </message>
    <message>
        <source>its protocol &apos;%1&apos; is not Tcp, Udp or All</source>
        <translation>ihr Protokoll &apos;%1&apos; ist weder Tcp noch Udp noch All</translation>
    </message>
    <message>
        <source>its frontend or backend port is missing or out of range</source>
        <translation>ihr Frontend- oder Backend-Port fehlt oder liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>it names no frontend IP configuration</source>
        <translation>sie nennt keine Frontend-IP-Konfiguration</translation>
    </message>
    <message>
        <source>skipped: %1 is not a resource the scan reads</source>
        <translation>übersprungen: %1 ist keine Ressource, die der Scan liest</translation>
    </message>
</context>
<context>
    <name>nsg::NicExposure</name>
    <message>
        <source>NIC&apos;s</source>
        <translation>der NIC</translation>
    </message>
    <message>
        <source>subnet&apos;s</source>
        <translation>des Subnetzes</translation>
    </message>
    <message>
        <source>No NSG on the NIC or its subnet: Azure lets %1 reach %2.</source>
        <translation>Keine NSG an der NIC oder ihrem Subnetz: Azure lässt %1 %2 erreichen.</translation>
    </message>
    <message>
        <source>Through both the subnet&apos;s and the NIC&apos;s NSG, %1 (%2) can reach %3.</source>
        <translation>Durch die NSG des Subnetzes und die der NIC kann %1 (%2) %3 erreichen.</translation>
    </message>
    <message>
        <source>Cannot decide: %1.</source>
        <translation>Keine Entscheidung möglich: %1.</translation>
    </message>
    <message>
        <source>No public address reaches %1 through the subnet&apos;s and the NIC&apos;s NSGs together.</source>
        <translation>Keine öffentliche Adresse erreicht %1 durch die NSGs von Subnetz und NIC zusammen.</translation>
    </message>
    <message>
        <source>Only %1 (%2) reach %3 through both NSGs, within the breadth limit.</source>
        <translation>Nur %1 (%2) erreichen %3 durch beide NSGs, innerhalb des Breitenlimits.</translation>
    </message>
    <message>
        <source>Through the subnet&apos;s NSG (the NIC has none), %1 (%2) can reach %3.</source>
        <translation>Über die NSG des Subnetzes (die NIC hat keine) kann %1 (%2) %3 erreichen.</translation>
    </message>
    <message>
        <source>Through the NIC&apos;s NSG (its subnet has none), %1 (%2) can reach %3.</source>
        <translation>Über die NSG der NIC (ihr Subnetz hat keine) kann %1 (%2) %3 erreichen.</translation>
    </message>
</context>
<context>
    <name>nsg::NsgBuilder</name>
    <message>
        <source>the rule has no name</source>
        <translation>die Regel hat keinen Namen</translation>
    </message>
    <message>
        <source>%1 is not a valid priority</source>
        <translation>%1 ist keine gültige Priorität</translation>
    </message>
    <message>
        <source>priority %1 is outside the range Azure accepts (100-4096)</source>
        <translation>Priorität %1 liegt außerhalb des Bereichs, den Azure akzeptiert (100-4096)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a protocol (Tcp, Udp, Icmp, Esp, Ah or *)</source>
        <translation>„%1“ ist kein Protokoll (Tcp, Udp, Icmp, Esp, Ah oder *)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither Allow nor Deny</source>
        <translation>„%1“ ist weder Allow noch Deny</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither Inbound nor Outbound</source>
        <translation>„%1“ ist weder Inbound noch Outbound</translation>
    </message>
    <message>
        <source>no source port range</source>
        <translation>kein Quellportbereich</translation>
    </message>
    <message>
        <source>no destination port range</source>
        <translation>kein Zielportbereich</translation>
    </message>
    <message>
        <source>no source address prefix or application security group</source>
        <translation>kein Quelladresspräfix und keine Anwendungssicherheitsgruppe</translation>
    </message>
    <message>
        <source>no destination address prefix or application security group</source>
        <translation>kein Zieladresspräfix und keine Anwendungssicherheitsgruppe</translation>
    </message>
    <message>
        <source>rules &apos;%1&apos; and &apos;%2&apos; share priority %3 in the same direction</source>
        <translation>die Regeln „%1“ und „%2“ teilen sich Priorität %3 in derselben Richtung</translation>
    </message>
    <message>
        <source>%1 rules: Azure allows at most %2 in an NSG, so this is not an NSG as Azure has it</source>
        <translation>%1 Regeln: Azure erlaubt höchstens %2 in einer NSG, daher ist dies keine NSG, wie Azure sie hat</translation>
    </message>
</context>
<context>
    <name>nsg::NsgDocument</name>
    <message>
        <source>The NSG has no rule %1.</source>
        <translation>Die NSG hat keine Regel %1.</translation>
    </message>
    <message>
        <source>There is no free priority above %1 (priorities start at 100): a Deny rule cannot be placed before %2.</source>
        <translation>Über %1 gibt es keine freie Priorität (Prioritäten beginnen bei 100): eine Verweigern-Regel kann nicht vor %2 gesetzt werden.</translation>
    </message>
</context>
<context>
    <name>nsg::NsgJson</name>
    <message>
        <source>%1: skipped %2, a %3 resource, not an NSG</source>
        <translation>%1: %2 übersprungen, eine Ressource vom Typ %3, keine NSG</translation>
    </message>
    <message>
        <source>an element</source>
        <translation>ein Element</translation>
    </message>
    <message>
        <source>expected an NSG object, found %1</source>
        <translation>NSG-Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>Array erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected {&quot;id&quot;: &quot;…&quot;}, found %1</source>
        <translation>{&quot;id&quot;: &quot;…&quot;} erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>missing: without the rules nothing can be said about this NSG</source>
        <translation>fehlt: ohne die Regeln lässt sich über diese NSG nichts sagen</translation>
    </message>
    <message>
        <source>expected a rule object, found %1</source>
        <translation>Regelobjekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>ganze Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>Zahl erwartet, %1 gefunden</translation>
    </message>
</context>
<context>
    <name>nsg::NsgReader</name>
    <message>
        <source>%1 is a directory</source>
        <translation>%1 ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source> (offsets count the file&apos;s text as UTF-8; it is %1)</source>
        <translation> (Offsets zählen den Text der Datei als UTF-8; sie ist %1)</translation>
    </message>
</context>
<context>
    <name>nsg::OcsfReport</name>
    <message>
        <source>cannot write the OCSF findings: %1</source>
        <translation>die OCSF-Befunde können nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>nsg::OfflineScan</name>
    <message>
        <source>%1 %2: %3 was already read from an earlier input; this copy is ignored</source>
        <translation>%1 %2: %3 wurde bereits aus einer früheren Eingabe gelesen; diese Kopie wird ignoriert</translation>
    </message>
    <message>
        <source>%1 is a report of a scan on %2 under %3: its NSGs are evaluated again from the rules it carries</source>
        <translation>%1 ist ein Bericht eines Scans vom %2 unter %3: seine NSGs werden anhand der enthaltenen Regeln erneut ausgewertet</translation>
    </message>
    <message>
        <source>, under %1</source>
        <translation>, unter %1</translation>
    </message>
    <message>
        <source>; it carries no rules, so its NSGs are unknown here</source>
        <translation>; er enthält keine Regeln, daher sind seine NSGs hier unbekannt</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (cut off?): no service tag was read from it</source>
        <translation>%1 ist kein gültiges JSON (abgeschnitten?): kein Service-Tag wurde daraus gelesen</translation>
    </message>
    <message>
        <source>%1 holds no service tag data (expected {&quot;changeNumber&quot;, &quot;cloud&quot;, &quot;values&quot;: [...]} as Microsoft publishes it)</source>
        <translation>%1 enthält keine Service-Tag-Daten (erwartet: {&quot;changeNumber&quot;, &quot;cloud&quot;, &quot;values&quot;: [...]}, wie Microsoft sie veröffentlicht)</translation>
    </message>
    <message>
        <source>holds no NSG and no network resource: nothing to audit</source>
        <translation>enthält keine NSG und keine Netzwerkressource: nichts zu prüfen</translation>
    </message>
    <message>
        <source>the inputs hold no NSG: nothing to audit</source>
        <translation>die Eingaben enthalten keine NSG: nichts zu prüfen</translation>
    </message>
</context>
<context>
    <name>nsg::Ownership</name>
    <message>
        <source>an API fix will be reverted by the next deployment — change the template</source>
        <translation>eine Korrektur über die API macht die nächste Bereitstellung rückgängig — ändern Sie die Vorlage</translation>
    </message>
    <message>
        <source>an API fix will be reverted by the tool&apos;s next run — change its code</source>
        <translation>eine Korrektur über die API macht der nächste Lauf des Werkzeugs rückgängig — ändern Sie dessen Code</translation>
    </message>
    <message>
        <source>: the %1 snippet is shown first.</source>
        <translation>: Der %1-Ausschnitt steht an erster Stelle.</translation>
    </message>
    <message>
        <source>Also: %1.</source>
        <translation>Außerdem: %1.</translation>
    </message>
    <message>
        <source>No sign that a template manages this NSG: no deployment of its resource group lists it, it has no tag infrastructure-as-code tools set, and no template or IaC tool wrote it in Azure&apos;s change history.</source>
        <translation>Kein Hinweis, dass eine Vorlage diese NSG verwaltet: Keine Bereitstellung ihrer Ressourcengruppe führt sie auf, sie trägt kein Tag, das Infrastructure-as-Code-Werkzeuge setzen, und im Änderungsverlauf von Azure hat keine Vorlage und kein IaC-Werkzeug sie geschrieben.</translation>
    </message>
    <message>
        <source>Who manages this NSG could not be checked.</source>
        <translation>Wer diese NSG verwaltet, konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>Nicht geprüft: %1.</translation>
    </message>
</context>
<context>
    <name>nsg::OwnershipEvidence</name>
    <message>
        <source>Declared by deployment %1 on %2</source>
        <translation>Deklariert von der Bereitstellung %1 am %2</translation>
    </message>
    <message>
        <source>Tagged %1, a tag infrastructure-as-code tools set</source>
        <translation>Tag %1, wie es Infrastructure-as-Code-Werkzeuge setzen</translation>
    </message>
    <message>
        <source>Written on %1 by %2 through %3</source>
        <translation>Geschrieben am %1 von %2 über %3</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
</context>
<context>
    <name>nsg::PathHops</name>
    <message numerus="yes">
        <source>%n public entry point(s) reach what it guards, and are stopped before they get through: %1 by %2</source>
        <translation>
            <numerusform>%n öffentlicher Zugangspunkt erreicht, was sie schützt, und wird aufgehalten, bevor er durchkommt: %1 von %2</numerusform>
            <numerusform>%n öffentliche Zugangspunkte erreichen, was sie schützt, und werden aufgehalten, bevor sie durchkommen: %1 von %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nsg::PathPicture</name>
    <message>
        <source>decides: lets the Internet through</source>
        <translation>entscheidet: lässt das Internet durch</translation>
    </message>
    <message>
        <source>decides: stops it here</source>
        <translation>entscheidet: hält es hier auf</translation>
    </message>
    <message>
        <source>could not be decided</source>
        <translation>ließ sich nicht entscheiden</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>decides: lets in only the sources within the limit</source>
        <translation>entscheidet: lässt nur Quellen innerhalb des Limits ein</translation>
    </message>
</context>
<context>
    <name>nsg::PdfReport</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot write the PDF report: %1</source>
        <translation>der PDF-Bericht kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
</context>
<context>
    <name>nsg::PortPolicy</name>
    <message>
        <source>Unknown policy &apos;%1&apos;: name a service of --list-policies, or tcp/PORT, udp/PORT, tcp/FIRST-LAST</source>
        <translation>Unbekannte Richtlinie „%1“: nennen Sie einen Dienst aus --list-policies, oder tcp/PORT, udp/PORT, tcp/ERSTER-LETZTER</translation>
    </message>
</context>
<context>
    <name>nsg::PortSet</name>
    <message>
        <source>&apos;%1&apos; is a reversed port range</source>
        <translation>„%1“ ist ein umgekehrter Portbereich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port, a port range (1000-2000) or *</source>
        <translation>„%1“ ist kein Port, kein Portbereich (1000-2000) und nicht *</translation>
    </message>
</context>
<context>
    <name>nsg::PortalRow</name>
    <message>
        <source>Any</source>
        <extracomment>&quot;*&quot; in a rule&apos;s ports, addresses or protocol, as the Azure portal shows it (German portal: &quot;Beliebig&quot;). Service tags such as Internet stay untranslated, as in the portal.</extracomment>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>Allow</source>
        <extracomment>A security rule&apos;s Action as the Azure portal shows it (German portal: &quot;Zulassen&quot;)</extracomment>
        <translation>Zulassen</translation>
    </message>
    <message>
        <source>Deny</source>
        <extracomment>A security rule&apos;s Action as the Azure portal shows it (German portal: &quot;Verweigern&quot;)</extracomment>
        <translation>Verweigern</translation>
    </message>
</context>
<context>
    <name>nsg::Reachability</name>
    <message>
        <source>No Virtual Network Manager admin rules were read: none are assumed. Admin rules are evaluated before NSGs; add the effective admin rules of each virtual network to the input to have them decide.</source>
        <translation>Es wurden keine Admin-Regeln des Virtual Network Manager gelesen: keine werden angenommen. Admin-Regeln werden vor den NSGs ausgewertet; die effektiven Admin-Regeln jedes virtuellen Netzwerks in die Eingabe aufnehmen, damit sie entscheiden.</translation>
    </message>
    <message>
        <source>No service tag data was read: an Allow from a public service tag other than AzureCloud is unknown on every path it decides.</source>
        <translation>Es wurden keine Service-Tag-Daten gelesen: ein Allow von einem öffentlichen Service-Tag außer AzureCloud ist auf jedem Pfad, den es entscheidet, unbekannt.</translation>
    </message>
    <message>
        <source>the public IP&apos;s SKU was not read: open without an NSG, as a Basic one is</source>
        <translation>die SKU der öffentlichen IP wurde nicht gelesen: ohne NSG offen, wie eine Basic-IP</translation>
    </message>
    <message>
        <source>Standard SKU: closed to inbound traffic unless an NSG allows it</source>
        <translation>Standard-SKU: für eingehenden Verkehr geschlossen, sofern keine NSG ihn erlaubt</translation>
    </message>
    <message>
        <source>Basic SKU: open to inbound traffic unless an NSG denies it (Basic public IPs are retired)</source>
        <translation>Basic-SKU: für eingehenden Verkehr offen, sofern keine NSG ihn verweigert (Basic-IPs sind abgekündigt)</translation>
    </message>
    <message>
        <source>SKU not given: open without an NSG, as a Basic one is</source>
        <translation>SKU nicht angegeben: ohne NSG offen, wie eine Basic-IP</translation>
    </message>
    <message>
        <source>public IP %1 (%2) %3 port %4</source>
        <translation>öffentliche IP %1 (%2) %3 Port %4</translation>
    </message>
    <message>
        <source>Standard load balancer: closed to inbound traffic unless an NSG allows it</source>
        <translation>Standard-Load-Balancer: für eingehenden Verkehr geschlossen, sofern keine NSG ihn erlaubt</translation>
    </message>
    <message>
        <source>Basic load balancer: open unless an NSG denies it</source>
        <translation>Basic-Load-Balancer: offen, sofern keine NSG verweigert</translation>
    </message>
    <message>
        <source>load balancer SKU not given: open without an NSG, as a Basic one is</source>
        <translation>SKU des Load Balancers nicht angegeben: ohne NSG offen, wie ein Basic-Load-Balancer</translation>
    </message>
    <message>
        <source>load balancer %1, rule %2: %3</source>
        <translation>Load Balancer %1, Regel %2: %3</translation>
    </message>
    <message>
        <source>load balancer %1, rule %2: its frontend %3 is not on the load balancer</source>
        <translation>Load Balancer %1, Regel %2: ihr Frontend %3 gehört nicht zum Load Balancer</translation>
    </message>
    <message>
        <source>load balancer %1, rule %2 names no backend pool</source>
        <translation>Load Balancer %1, Regel %2 nennt keinen Back-End-Pool</translation>
    </message>
    <message>
        <source>load balancer %1, NAT rule %2 sends to %3, which was not read</source>
        <translation>Load Balancer %1, NAT-Regel %2 leitet an %3 weiter, das nicht gelesen wurde</translation>
    </message>
    <message>
        <source>load balancer %1, rule %2 sends to the backend pool %3, which the load balancer does not have</source>
        <translation>Load Balancer %1, Regel %2 leitet an den Back-End-Pool %3 weiter, den der Load Balancer nicht hat</translation>
    </message>
    <message>
        <source>load balancer %1 (%2), rule %3: port %4 → %5</source>
        <translation>Load Balancer %1 (%2), Regel %3: Port %4 → %5</translation>
    </message>
    <message>
        <source>load balancer %1 (%2), NAT %3: port %4 → %5</source>
        <translation>Load Balancer %1 (%2), NAT %3: Port %4 → %5</translation>
    </message>
    <message>
        <source>firewall DNAT rule %1: its translated port &apos;%2&apos; is not a number</source>
        <translation>Firewall-DNAT-Regel %1: ihr übersetzter Port &apos;%2&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>firewall DNAT rule %1 translates to the name %2, which is not resolved here</source>
        <translation>Firewall-DNAT-Regel %1 übersetzt auf den Namen %2, der hier nicht aufgelöst wird</translation>
    </message>
    <message>
        <source>firewall DNAT rule %1 translates to %2, which %3 network interfaces have: which one is meant depends on the network</source>
        <translation>Firewall-DNAT-Regel %1 übersetzt auf %2, das %3 Netzwerkschnittstellen haben: welche gemeint ist, hängt vom Netzwerk ab</translation>
    </message>
    <message>
        <source>firewall DNAT rule %1 translates to %2, and no network interface read has that address</source>
        <translation>Firewall-DNAT-Regel %1 übersetzt auf %2, und keine gelesene Netzwerkschnittstelle hat diese Adresse</translation>
    </message>
    <message>
        <source>firewall DNAT rule %1 (collection %2): %3 port %4 → %5:%6</source>
        <translation>Firewall-DNAT-Regel %1 (Sammlung %2): %3 Port %4 → %5:%6</translation>
    </message>
    <message>
        <source>the NSG %1 was not read</source>
        <translation>die NSG %1 wurde nicht gelesen</translation>
    </message>
    <message>
        <source>the NSG %1 could not be read</source>
        <translation>die NSG %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the NSG %1 has a rule that cannot be read (%2)</source>
        <translation>die NSG %1 hat eine Regel, die nicht gelesen werden kann (%2)</translation>
    </message>
    <message>
        <source>the NSG %1&apos;s rule %2 admits private ranges; the firewall&apos;s subnet (AzureFirewallSubnet) was not read</source>
        <translation>die Regel %2 der NSG %1 lässt private Bereiche zu; das Subnetz der Firewall (AzureFirewallSubnet) wurde nicht gelesen</translation>
    </message>
    <message>
        <source>%1 allows the public service tag %2, not resolved (no service tag data was read)</source>
        <translation>%1 erlaubt das öffentliche Service-Tag %2, nicht aufgelöst (keine Service-Tag-Daten gelesen)</translation>
    </message>
    <message>
        <source>%1 allows the service tag %2, which the service tag data (%3) does not list</source>
        <translation>%1 erlaubt das Service-Tag %2, das die Service-Tag-Daten (%3) nicht aufführen</translation>
    </message>
    <message>
        <source>NSG %1: %2</source>
        <translation>NSG %1: %2</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>the network interface %1 has no readable private IP address in %2</source>
        <translation>die Netzwerkschnittstelle %1 hat in %2 keine lesbare private IP-Adresse</translation>
    </message>
    <message>
        <source>the network interface %1 is in the subnet %2, which was not read: its NSG and its virtual network&apos;s admin rules are not known</source>
        <translation>die Netzwerkschnittstelle %1 liegt im Subnetz %2, das nicht gelesen wurde: seine NSG und die Admin-Regeln seines virtuellen Netzwerks sind unbekannt</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(keines angegeben)</translation>
    </message>
    <message>
        <source>(the route table %1 was not read)</source>
        <translation>(die Routentabelle %1 wurde nicht gelesen)</translation>
    </message>
    <message>
        <source>the DNAT rule admits no public source</source>
        <translation>die DNAT-Regel lässt keine öffentliche Quelle zu</translation>
    </message>
    <message>
        <source>the admin rules of the virtual network %1 could not be read: %2</source>
        <translation>die Admin-Regeln des virtuellen Netzwerks %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the admin rule %1: %2</source>
        <translation>die Admin-Regel %1: %2</translation>
    </message>
    <message>
        <source>the admin rule %1 has unreadable ports: %2</source>
        <translation>die Admin-Regel %1 hat unlesbare Ports: %2</translation>
    </message>
    <message>
        <source>the admin rule %1 names the service tag %2, not resolved</source>
        <translation>die Admin-Regel %1 nennt das Service-Tag %2, nicht aufgelöst</translation>
    </message>
    <message>
        <source>admin rule %1 of %2: AlwaysAllow, the NSGs are not evaluated for those sources</source>
        <translation>Admin-Regel %1 von %2: AlwaysAllow, die NSGs werden für diese Quellen nicht ausgewertet</translation>
    </message>
    <message>
        <source>admin rule %1 of %2: Deny</source>
        <translation>Admin-Regel %1 von %2: Deny</translation>
    </message>
    <message>
        <source>admin rules of %1: none decides, the NSGs do</source>
        <translation>Admin-Regeln von %1: keine entscheidet, die NSGs entscheiden</translation>
    </message>
    <message>
        <source>no NSG on the subnet or the NIC: closed (Standard SKU)</source>
        <translation>keine NSG am Subnetz oder an der NIC: geschlossen (Standard-SKU)</translation>
    </message>
    <message>
        <source>no NSG on the subnet or the NIC: nothing filters the traffic</source>
        <translation>keine NSG am Subnetz oder an der NIC: nichts filtert den Verkehr</translation>
    </message>
    <message>
        <source>subnet NSG %1: %2</source>
        <translation>Subnetz-NSG %1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>denies</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <source>allows (%1)</source>
        <translation>erlaubt (%1)</translation>
    </message>
    <message>
        <source>NIC NSG %1: %2</source>
        <translation>NIC-NSG %1: %2</translation>
    </message>
    <message>
        <source>network interface %1, %2 port %3</source>
        <translation>Netzwerkschnittstelle %1, %2 Port %3</translation>
    </message>
    <message>
        <source>the admin rule %1 always allows %2 to reach it, whatever the NSGs say</source>
        <translation>die Admin-Regel %1 lässt %2 immer zu, was immer die NSGs sagen</translation>
    </message>
    <message>
        <source>the firewall&apos;s DNAT rule admits %1, and the NSGs let the firewall through</source>
        <translation>die DNAT-Regel der Firewall lässt %1 zu, und die NSGs lassen die Firewall durch</translation>
    </message>
    <message>
        <source>%1 can reach it: the NIC&apos;s NSG allows them (%2)</source>
        <translation>%1 erreichen sie: die NSG der NIC erlaubt sie (%2)</translation>
    </message>
    <message>
        <source>%1 can reach it: the subnet&apos;s NSG allows them (%2)</source>
        <translation>%1 erreichen sie: die NSG des Subnetzes erlaubt sie (%2)</translation>
    </message>
    <message>
        <source>%1 can reach it: no NSG on its subnet or NIC, and %2</source>
        <translation>%1 erreichen sie: keine NSG an Subnetz oder NIC, und %2</translation>
    </message>
    <message>
        <source> (only %1, within the breadth limit)</source>
        <translation> (nur %1, innerhalb der Breitengrenze)</translation>
    </message>
    <message>
        <source>the admin rule %1 denies it before any NSG is evaluated</source>
        <translation>die Admin-Regel %1 verweigert den Zugang, bevor eine NSG ausgewertet wird</translation>
    </message>
    <message>
        <source>no NSG on its subnet or NIC, and %1</source>
        <translation>keine NSG an Subnetz oder NIC, und %1</translation>
    </message>
    <message>
        <source>the subnet&apos;s NSG stops it (%1)</source>
        <translation>die NSG des Subnetzes hält den Verkehr auf (%1)</translation>
    </message>
    <message>
        <source>the NIC&apos;s NSG stops it (%1)</source>
        <translation>die NSG der NIC hält den Verkehr auf (%1)</translation>
    </message>
    <message numerus="yes">
        <source>reached from %n public entry point(s)</source>
        <translation>
            <numerusform>erreichbar über %n öffentlichen Zugangspunkt</numerusform>
            <numerusform>erreichbar über %n öffentliche Zugangspunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n public entry point(s) to it could not be decided</source>
        <translation>
            <numerusform>%n öffentlicher Zugangspunkt zu ihr ließ sich nicht entscheiden</numerusform>
            <numerusform>%n öffentliche Zugangspunkte zu ihr ließen sich nicht entscheiden</numerusform>
        </translation>
    </message>
    <message>
        <source>its NSGs let public sources in, but no public entry point read reaches it</source>
        <translation>ihre NSGs lassen öffentliche Quellen zu, aber kein gelesener öffentlicher Zugangspunkt erreicht sie</translation>
    </message>
    <message>
        <source>its subnet or an NSG on its path was not read</source>
        <translation>ihr Subnetz oder eine NSG auf ihrem Pfad wurde nicht gelesen</translation>
    </message>
    <message>
        <source>every public entry point to it is blocked</source>
        <translation>jeder öffentliche Zugangspunkt zu ihr ist blockiert</translation>
    </message>
    <message>
        <source>no public entry point reaches it, and its NSGs would not admit the Internet</source>
        <translation>kein öffentlicher Zugangspunkt erreicht sie, und ihre NSGs würden das Internet nicht zulassen</translation>
    </message>
    <message>
        <source>load balancer %1, rule %2: the backend pool %3 has %4 member(s) whose network interfaces were not read</source>
        <translation>Load Balancer %1, Regel %2: der Back-End-Pool %3 hat %4 Mitglied(er), deren Netzwerkschnittstellen nicht gelesen wurden</translation>
    </message>
    <message>
        <source>load balancer %1, rule %2: the backend pool %3 names members by IP address, which are not followed</source>
        <translation>Load Balancer %1, Regel %2: der Back-End-Pool %3 nennt Mitglieder per IP-Adresse, denen nicht gefolgt wird</translation>
    </message>
    <message>
        <source>firewall DNAT rule %1 admits the IP groups %2, which are not read</source>
        <translation>Firewall-DNAT-Regel %1 lässt die IP-Gruppen %2 zu, die nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 (VirtualNetwork) may admit Internet sources: %2</source>
        <translation>%1 (VirtualNetwork) kann Internet-Quellen zulassen: %2</translation>
    </message>
    <message>
        <source>the route %1 sends %2 to %3, which puts public addresses in VirtualNetwork</source>
        <translation>die Route %1 schickt %2 an %3, was öffentliche Adressen in VirtualNetwork aufnimmt</translation>
    </message>
    <message>
        <source>the route table %1 was not read</source>
        <translation>die Routentabelle %1 wurde nicht gelesen</translation>
    </message>
    <message>
        <source>the admin rules of the virtual network %1 were not in the input (those of other networks were)</source>
        <translation>die Admin-Regeln des virtuellen Netzwerks %1 waren nicht in der Eingabe (die anderer Netzwerke schon)</translation>
    </message>
    <message>
        <source>not evaluated: nothing reaches it</source>
        <translation>nicht ausgewertet: nichts erreicht sie</translation>
    </message>
    <message>
        <source>only %1 reach it, within the breadth limit</source>
        <translation>nur %1 erreichen sie, innerhalb der Breitengrenze</translation>
    </message>
    <message>
        <source>its NSGs would let public sources in, but every public entry point to it is stopped before them</source>
        <translation>ihre NSGs würden öffentliche Quellen zulassen, aber jeder öffentliche Zugangspunkt zu ihr wird vorher aufgehalten</translation>
    </message>
    <message>
        <source>the rule uses floating IP, so the NSGs see the frontend&apos;s address as the destination, and that address (%1) is not known</source>
        <translation>die Regel nutzt Floating IP, die NSGs sehen also die Adresse des Frontends als Ziel, und diese Adresse (%1) ist nicht bekannt</translation>
    </message>
    <message>
        <source>floating IP: the destination stays the frontend address %1, not %2</source>
        <translation>Floating IP: Ziel bleibt die Frontend-Adresse %1, nicht %2</translation>
    </message>
    <message>
        <source>not evaluated for those sources: the admin rule always allows them</source>
        <translation>für diese Quellen nicht ausgewertet: die Admin-Regel lässt sie immer zu</translation>
    </message>
    <message>
        <source>no public entry point reaches it; %1 lets public sources in by its own rules, but %2 on the same path would stop them</source>
        <translation>kein öffentlicher Zugangspunkt erreicht sie; %1 lässt öffentliche Quellen nach ihren eigenen Regeln ein, aber %2 auf demselben Pfad würde sie aufhalten</translation>
    </message>
    <message>
        <source>no public entry point reaches it; %1 lets public sources in by its own rules, but not through to this NIC (they aim at other destinations, or are narrowed on its path)</source>
        <translation>kein öffentlicher Zugangspunkt erreicht sie; %1 lässt öffentliche Quellen nach ihren eigenen Regeln ein, aber nicht bis zu dieser NIC (sie zielen auf andere Ziele oder werden auf ihrem Pfad eingeschränkt)</translation>
    </message>
</context>
<context>
    <name>nsg::ReachabilityResult</name>
    <message>
        <source>the path could not be followed again</source>
        <translation>der Pfad ließ sich nicht erneut verfolgen</translation>
    </message>
</context>
<context>
    <name>nsg::ReportDocument</name>
    <message>
        <source>NSG exposure report — %1</source>
        <translation>NSG-Expositionsbericht — %1</translation>
    </message>
    <message>
        <source>(no subscription)</source>
        <translation>(kein Abonnement)</translation>
    </message>
    <message numerus="yes">
        <source>%n other subscription(s)</source>
        <translation>
            <numerusform>%n weiteres Abonnement</numerusform>
            <numerusform>%n weitere Abonnements</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdicts per subscription</source>
        <translation>Urteile je Abonnement</translation>
    </message>
    <message>
        <source>Network security groups that let %1 in from the public Internet, with the proof.</source>
        <translation>Netzwerksicherheitsgruppen, die %1 aus dem öffentlichen Internet zulassen, mit Nachweis.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>(offline: no account)</source>
        <translation>(offline: kein Konto)</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Gescannt</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Breadth limit</source>
        <translation>Breitenlimit</translation>
    </message>
    <message>
        <source>Accepted risks</source>
        <translation>Akzeptierte Risiken</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>NSGs</source>
        <translation>NSGs</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation>Akzeptiertes Risiko</translation>
    </message>
    <message>
        <source>Scopes not read</source>
        <translation>Nicht gelesene Bereiche</translation>
    </message>
    <message>
        <source>Exposed NSGs (%1)</source>
        <translation>Exponierte NSGs (%1)</translation>
    </message>
    <message>
        <source>No NSG lets %1 in from the Internet.</source>
        <translation>Keine NSG lässt %1 aus dem Internet zu.</translation>
    </message>
    <message>
        <source>NSG</source>
        <translation>NSG</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Ressourcengruppe</translation>
    </message>
    <message>
        <source>Exposing rules</source>
        <translation>Exponierende Regeln</translation>
    </message>
    <message>
        <source>Public addresses</source>
        <translation>Öffentliche Adressen</translation>
    </message>
    <message>
        <source>Accepted risks (%1)</source>
        <translation>Akzeptierte Risiken (%1)</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Akzeptiert von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>subnet %1</source>
        <translation>Subnetz %1</translation>
    </message>
    <message>
        <source>NIC %1</source>
        <translation>NIC %1</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Zugeordnet zu</translation>
    </message>
    <message>
        <source>nothing (it guards nothing until attached)</source>
        <translation>nichts (sie schützt nichts, bis sie zugeordnet ist)</translation>
    </message>
    <message>
        <source>Inbound security rules</source>
        <translation>Eingangssicherheitsregeln</translation>
    </message>
    <message>
        <source>Public addresses that reach %1</source>
        <translation>Öffentliche Adressen, die %1 erreichen</translation>
    </message>
    <message>
        <source>Why (rules in the order Azure applies them)</source>
        <translation>Warum (Regeln in der Reihenfolge, in der Azure sie anwendet)</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>So beheben Sie es</translation>
    </message>
    <message>
        <source>In the Azure portal, open Network security groups → %1 (resource group %2, subscription %3).</source>
        <translation>Öffnen Sie im Azure-Portal Netzwerksicherheitsgruppen → %1 (Ressourcengruppe %2, Abonnement %3).</translation>
    </message>
    <message>
        <source>Under Settings, select Inbound security rules, then the rule %1 (priority %2).</source>
        <translation>Wählen Sie unter Einstellungen „Eingangssicherheitsregeln“ und dann die Regel %1 (Priorität %2).</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Select Save, then scan again to verify the NSG is OK.</source>
        <translation>Wählen Sie „Speichern“ und scannen Sie erneut, um zu prüfen, dass die NSG OK ist.</translation>
    </message>
    <message>
        <source>Unknown NSGs (%1)</source>
        <translation>Unbekannte NSGs (%1)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>OK NSGs (%1)</source>
        <translation>OK-NSGs (%1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Changes made (change journal)</source>
        <translation>Vorgenommene Änderungen (Änderungsjournal)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Input files</source>
        <translation>Eingabedateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>(could not be read again)</source>
        <translation>(konnte nicht erneut gelesen werden)</translation>
    </message>
    <message>
        <source>Method and limits</source>
        <translation>Methode und Grenzen</translation>
    </message>
    <message>
        <source>Every inbound rule is evaluated the way Azure evaluates it: in priority order, the first rule that matches decides, Deny rules and the default rules included, with CIDR arithmetic over IPv4 and IPv6 — so a Deny above an Allow is honoured, and an Allow that only lets in a few addresses is told apart from one open to all.</source>
        <translation>Jede Eingangsregel wird so ausgewertet, wie Azure sie auswertet: in Prioritätsreihenfolge, die erste passende Regel entscheidet, Verweigern- und Standardregeln eingeschlossen, mit CIDR-Arithmetik über IPv4 und IPv6 — ein Verweigern über einem Zulassen wird also beachtet, und ein Zulassen, das nur wenige Adressen hereinlässt, wird von einem für alle offenen unterschieden.</translation>
    </message>
    <message>
        <source>Exposed means that more public addresses than the breadth limit (%1) can reach %2; addresses that are not public (private, reserved, documentation ranges) are not counted.</source>
        <translation>Exponiert bedeutet, dass mehr öffentliche Adressen als das Breitenlimit (%1) %2 erreichen können; nicht öffentliche Adressen (private, reservierte, Dokumentationsbereiche) werden nicht gezählt.</translation>
    </message>
    <message>
        <source>An NSG that could not be read or evaluated is unknown, never OK.</source>
        <translation>Eine NSG, die nicht gelesen oder ausgewertet werden konnte, ist unbekannt, niemals OK.</translation>
    </message>
    <message>
        <source>Set Source to &quot;IP Addresses&quot; and enter, in &quot;Source IP addresses/CIDR ranges&quot;, only the addresses that really need %1 (for SMTP, for example, your mail relays&apos; ranges).</source>
        <translation>Setzen Sie „Quelle“ auf „IP-Adressen“ und geben Sie unter „Quell-IP-Adressen/CIDR-Bereiche“ nur die Adressen ein, die %1 wirklich brauchen (für SMTP zum Beispiel die Bereiche Ihrer Mailrelays).</translation>
    </message>
    <message>
        <source>%1 NSGs evaluated: %2 exposed, %3 OK, %4 unknown.</source>
        <translation>%1 NSGs ausgewertet: %2 exponiert, %3 OK, %4 unbekannt.</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) could not be read; %1 skipped.</source>
        <translation>
            <numerusform>%n Bereich konnte nicht gelesen werden; %1 übersprungen.</numerusform>
            <numerusform>%n Bereiche konnten nicht gelesen werden; %1 übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more NSG(s) exposed as an accepted risk (counted apart, listed below with who accepted them, why and until when).</source>
        <translation>
            <numerusform>%n weitere NSG als akzeptiertes Risiko exponiert (getrennt gezählt, unten aufgeführt mit Angabe, wer sie akzeptiert hat, warum und bis wann).</numerusform>
            <numerusform>%n weitere NSGs als akzeptiertes Risiko exponiert (getrennt gezählt, unten aufgeführt mit Angabe, wer sie akzeptiert hat, warum und bis wann).</numerusform>
        </translation>
    </message>
    <message>
        <source>AzureCloud in an Allow rule counts as the Internet; other service tags do not make an NSG&apos;s own verdict exposed. On the paths from the Internet a public service tag counts as its prefixes in Microsoft&apos;s service tag data, and is unknown without it.</source>
        <translation>AzureCloud in einer Allow-Regel zählt als Internet; andere Diensttags machen das eigene Urteil einer NSG nicht exponiert. Auf den Pfaden aus dem Internet zählt ein öffentliches Diensttag als seine Präfixe in den Diensttag-Daten von Microsoft, ohne sie ist es unbekannt.</translation>
    </message>
    <message>
        <source>The paths from the Internet — public IPs, public load balancers and Azure Firewall DNAT rules — were followed as Azure evaluates them: Azure Virtual Network Manager security admin rules first, then the subnet&apos;s NSG, then the NIC&apos;s. The NSG verdicts are those of each NSG&apos;s own rules; whether anything reaches a workload is the reachability beside them.</source>
        <translation>Die Pfade aus dem Internet – öffentliche IPs, öffentliche Load Balancer und DNAT-Regeln der Azure Firewall – wurden so verfolgt, wie Azure sie auswertet: zuerst die Sicherheitsadministratorregeln von Azure Virtual Network Manager, dann die NSG des Subnetzes, dann die der NIC. Die NSG-Urteile sind die der eigenen Regeln jeder NSG; ob etwas eine Workload erreicht, sagt die Erreichbarkeit daneben.</translation>
    </message>
    <message>
        <source>Azure Virtual Network Manager security admin rules (applied before NSGs), public IPs, load balancers and firewalls were not part of this scan: the verdicts are those of each NSG&apos;s own rules, not whether the Internet reaches a workload (scan --nics, or an export of the network, follows the paths).</source>
        <translation>Sicherheitsadministratorregeln von Azure Virtual Network Manager (vor den NSGs angewandt), öffentliche IPs, Load Balancer und Firewalls waren nicht Teil dieses Scans: Die Urteile sind die der eigenen Regeln jeder NSG, nicht ob das Internet eine Workload erreicht (scan --nics oder ein Export des Netzwerks verfolgt die Pfade).</translation>
    </message>
    <message>
        <source>Internet-facing endpoints (%1)</source>
        <translation>Aus dem Internet erreichbare Endpunkte (%1)</translation>
    </message>
    <message>
        <source>Public entry</source>
        <translation>Öffentlicher Eingang</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Target (private IP:port)</source>
        <translation>Ziel (private IP:Port)</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Why it is not reached</source>
        <translation>Warum sie nicht erreicht wird</translation>
    </message>
    <message>
        <source>Paths not decided (%1)</source>
        <translation>Nicht entschiedene Pfade (%1)</translation>
    </message>
    <message>
        <source>Paths from the Internet through it</source>
        <translation>Pfade aus dem Internet über sie</translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation>entschieden von %1</translation>
    </message>
    <message>
        <source>Paths from the Internet:</source>
        <translation>Pfade aus dem Internet:</translation>
    </message>
    <message>
        <source>Read for the paths — network interfaces: %1, public IPs: %2, load balancers: %3, virtual networks: %4, route tables: %5, firewall DNAT rules: %6.</source>
        <translation>Für die Pfade gelesen — Netzwerkschnittstellen: %1, öffentliche IPs: %2, Lastenausgleichsmodule: %3, virtuelle Netzwerke: %4, Routingtabellen: %5, Firewall-DNAT-Regeln: %6.</translation>
    </message>
    <message>
        <source>Virtual networks whose effective admin rules were read: %1; whose admin rules could not be read (their paths are unknown): %2.</source>
        <translation>Virtuelle Netzwerke, deren wirksame Admin-Regeln gelesen wurden: %1; deren Admin-Regeln nicht gelesen werden konnten (ihre Pfade sind unbekannt): %2.</translation>
    </message>
    <message>
        <source>Admin rules were not read: none are assumed.</source>
        <translation>Admin-Regeln wurden nicht gelesen: keine werden angenommen.</translation>
    </message>
    <message>
        <source>No service tag data was read: an Allow from a public service tag is unknown on the paths.</source>
        <translation>Es wurden keine Diensttag-Daten gelesen: ein Allow von einem öffentlichen Diensttag ist auf den Pfaden unbekannt.</translation>
    </message>
    <message>
        <source>Service tag data: cloud %1, change number %2 (%3).</source>
        <translation>Diensttag-Daten: Cloud %1, Änderungsnummer %2 (%3).</translation>
    </message>
    <message>
        <source>Resources that could not be read as written (listed as warnings; what depends on them is unknown): %1.</source>
        <translation>Ressourcen, die nicht wie geschrieben gelesen werden konnten (als Warnungen aufgeführt; was von ihnen abhängt, ist unbekannt): %1.</translation>
    </message>
    <message>
        <source>Paths from the Internet, drawn</source>
        <translation>Pfade aus dem Internet, gezeichnet</translation>
    </message>
    <message>
        <source>Each internet-facing endpoint&apos;s path in the order Azure applies it, from the Internet to the workload; the hop that decides is drawn thick and says what it decided.</source>
        <translation>Der Pfad jedes aus dem Internet erreichbaren Endpunkts in der Reihenfolge, in der Azure ihn anwendet, vom Internet bis zur Arbeitslast; die entscheidende Station ist dick gezeichnet und sagt, was sie entschieden hat.</translation>
    </message>
    <message>
        <source>%1, decided by %2</source>
        <translation>%1, entschieden durch %2</translation>
    </message>
    <message>
        <source>of which internet-facing</source>
        <translation>davon aus dem Internet erreichbar</translation>
    </message>
    <message>
        <source>of which on a path not decided</source>
        <translation>davon auf einem unentschiedenen Pfad</translation>
    </message>
    <message>
        <source>OK by their own rules, yet on a path from the Internet (%1)</source>
        <translation>OK nach eigenen Regeln, aber auf einem Pfad aus dem Internet (%1)</translation>
    </message>
    <message>
        <source>Their rules admit no public source on %1, but the Internet reaches a workload through them in another way — an admin rule that always allows, a public service tag, a firewall&apos;s DNAT — or a path through them could not be decided. An edit of their rules is not the fix; what decides is named.</source>
        <translation>Ihre Regeln lassen auf %1 keine öffentliche Quelle zu, aber das Internet erreicht über sie auf anderem Weg eine Arbeitslast – eine Admin-Regel, die immer zulässt, ein öffentliches Diensttag, das DNAT einer Firewall – oder ein Pfad über sie ließ sich nicht entscheiden. Eine Änderung ihrer Regeln ist nicht die Lösung; was entscheidet, ist genannt.</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>%1 → %2, decided by %3</source>
        <translation>%1 → %2, entschieden durch %3</translation>
    </message>
    <message>
        <source>OK by its own rules, a path not decided</source>
        <translation>OK nach eigenen Regeln, ein Pfad unentschieden</translation>
    </message>
    <message>
        <source>Internet-facing, OK by its own rules</source>
        <translation>Aus dem Internet erreichbar, OK nach eigenen Regeln</translation>
    </message>
    <message>
        <source>From the Internet: endpoints that reach %1 on a workload: %2, through internet-facing NSGs: %3; latent NSGs: %4; NSGs blocked by an admin rule: %5; paths not decided: %6. They are listed first below.</source>
        <translation>Aus dem Internet: Endpunkte, die %1 auf einer Arbeitslast erreichen: %2, über aus dem Internet erreichbare NSGs: %3; latente NSGs: %4; von einer Admin-Regel blockierte NSGs: %5; unentschiedene Pfade: %6. Sie sind unten zuerst aufgeführt.</translation>
    </message>
    <message>
        <source>Endpoints where the Internet reaches %2 on a workload: %1, through internet-facing NSGs: %3. Latent NSGs (their rules admit the Internet, but no public path reaches what they guard): %4; NSGs whose rules admit it but an admin rule blocks first: %5 (both listed below). Paths that could not be decided: %6.</source>
        <translation>Endpunkte, an denen das Internet %2 auf einer Arbeitslast erreicht: %1, über aus dem Internet erreichbare NSGs: %3. Latente NSGs (ihre Regeln lassen das Internet zu, aber kein öffentlicher Pfad erreicht, was sie schützen): %4; NSGs, deren Regeln es zulassen, die aber zuerst eine Admin-Regel blockiert: %5 (beide unten aufgeführt). Pfade, die sich nicht entscheiden ließen: %6.</translation>
    </message>
    <message>
        <source>OK NSGs that are internet-facing all the same: %1 (their rules admit no public source by themselves, but an admin rule that always allows, a public service tag or a firewall&apos;s DNAT lets the Internet through them). OK NSGs on a path from the Internet that could not be decided: %2. Both are listed apart, under &quot;OK by their own rules, yet on a path from the Internet&quot;.</source>
        <translation>OK-NSGs, die dennoch aus dem Internet erreichbar sind: %1 (ihre Regeln lassen selbst keine öffentliche Quelle ein, aber eine stets erlaubende Admin-Regel, ein öffentliches Diensttag oder das DNAT einer Firewall lässt das Internet durch sie). OK-NSGs auf einem Pfad aus dem Internet, der sich nicht entscheiden ließ: %2. Beide werden gesondert aufgeführt, unter „OK nach ihren eigenen Regeln, aber auf einem Pfad aus dem Internet“.</translation>
    </message>
    <message>
        <source>Latent NSGs, and those an admin rule blocks first (%1)</source>
        <translation>Latente NSGs und solche, die eine Admin-Regel zuerst blockiert (%1)</translation>
    </message>
    <message>
        <source>none gets through (latent): %1.</source>
        <translation>keiner kommt durch (latent): %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Or with the Azure CLI (replace %1):</source>
        <translation>Oder mit der Azure CLI (%1 ersetzen):</translation>
    </message>
    <message>
        <source>The same fix as an ARM request, PowerShell, Bicep and Terraform is in the HTML and JSON reports. Whether a template manages the NSG (so that a fix through the API would not last) is checked before a change, in the window and by restrict --dry-run.</source>
        <translation>Dieselbe Korrektur als ARM-Anfrage, PowerShell, Bicep und Terraform steht im HTML- und im JSON-Bericht. Ob eine Vorlage die NSG verwaltet (sodass eine Korrektur über die API nicht bestehen bliebe), wird vor einer Änderung geprüft, im Fenster und mit restrict --dry-run.</translation>
    </message>
    <message>
        <source>Ship it as (replace %1 with the ranges that need the port):</source>
        <translation>Ausliefern als (%1 durch die Bereiche ersetzen, die den Port brauchen):</translation>
    </message>
    <message>
        <source>Who manages it: %1</source>
        <translation>Wer sie verwaltet: %1</translation>
    </message>
    <message>
        <source>Who manages it: for this report only the NSG&apos;s tags were looked at, and none names an infrastructure-as-code tool; before a change the window and restrict --dry-run also look at its resource group&apos;s deployments and Azure&apos;s change history.</source>
        <translation>Wer sie verwaltet: Für diesen Bericht wurden nur die Tags der NSG angesehen, und keines nennt ein Infrastructure-as-Code-Werkzeug; vor einer Änderung sehen das Fenster und restrict --dry-run auch die Bereitstellungen ihrer Ressourcengruppe und den Änderungsverlauf von Azure an.</translation>
    </message>
    <message>
        <source>As %1:</source>
        <translation>Als %1:</translation>
    </message>
</context>
<context>
    <name>nsg::RuleDocument</name>
    <message>
        <source>Blocks what %1 lets in (NSG Auditor)</source>
        <translation>Blockiert, was %1 hereinlässt (NSG Auditor)</translation>
    </message>
</context>
<context>
    <name>nsg::RuleFix</name>
    <message>
        <source>Restrict the source to known addresses</source>
        <translation>Quelle auf bekannte Adressen beschränken</translation>
    </message>
    <message>
        <source>Change the rule to Deny</source>
        <translation>Regel auf Verweigern ändern</translation>
    </message>
    <message>
        <source>Delete the rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <source>Add a Deny rule above it</source>
        <translation>Verweigern-Regel darüber hinzufügen</translation>
    </message>
</context>
<context>
    <name>nsg::SourceInput</name>
    <message>
        <source>&apos;%1&apos; means every address (or every Azure customer&apos;s): that would leave the port open</source>
        <translation>„%1“ bedeutet jede Adresse (oder die jedes Azure-Kunden): der Port bliebe offen</translation>
    </message>
    <message>
        <source>not an IPv4 or IPv6 address or CIDR range</source>
        <translation>keine IPv4- oder IPv6-Adresse und kein CIDR-Bereich</translation>
    </message>
    <message>
        <source>not an IPv4 or IPv6 address or CIDR range: &apos;%1&apos; would be read as a service tag, which names addresses Microsoft chooses</source>
        <translation>keine IPv4- oder IPv6-Adresse und kein CIDR-Bereich: „%1“ würde als Diensttag gelesen, das von Microsoft gewählte Adressen bezeichnet</translation>
    </message>
    <message>
        <source>%1 holds %2 public IPv4 addresses, more than the limit of %3</source>
        <translation>%1 enthält %2 öffentliche IPv4-Adressen, mehr als das Limit von %3</translation>
    </message>
    <message>
        <source>%1 is wider than one /%2 of public IPv6 addresses</source>
        <translation>%1 ist breiter als ein /%2 öffentlicher IPv6-Adressen</translation>
    </message>
    <message>
        <source>host bits cleared: %1</source>
        <translation>Hostbits gelöscht: %1</translation>
    </message>
    <message>
        <source>the same as %1</source>
        <translation>dasselbe wie %1</translation>
    </message>
    <message>
        <source>inside %1</source>
        <translation>innerhalb von %1</translation>
    </message>
</context>
<context>
    <name>nsg::Suppression</name>
    <message>
        <source>The accepted risk names no NSG</source>
        <translation>Das akzeptierte Risiko nennt keine NSG</translation>
    </message>
    <message>
        <source>The accepted risk has no fingerprint of the exposing rules</source>
        <translation>Das akzeptierte Risiko hat keinen Fingerabdruck der exponierenden Regeln</translation>
    </message>
    <message>
        <source>Name the reviewer who accepts the risk</source>
        <translation>Nennen Sie den Prüfer, der das Risiko akzeptiert</translation>
    </message>
    <message>
        <source>Give the reason the risk is accepted</source>
        <translation>Geben Sie den Grund an, aus dem das Risiko akzeptiert wird</translation>
    </message>
    <message>
        <source>Give the date the accepted risk expires</source>
        <translation>Geben Sie das Datum an, an dem das akzeptierte Risiko abläuft</translation>
    </message>
    <message>
        <source>The expiry date %1 is in the past</source>
        <translation>Das Ablaufdatum %1 liegt in der Vergangenheit</translation>
    </message>
</context>
<context>
    <name>nsg::SuppressionSet</name>
    <message>
        <source>not valid JSON</source>
        <translation>kein gültiges JSON</translation>
    </message>
    <message>
        <source>not an NSG Auditor suppressions file (&quot;format&quot;: &quot;%1&quot; missing)</source>
        <translation>keine Ausnahmedatei von NSG Auditor („format“: „%1“ fehlt)</translation>
    </message>
    <message>
        <source>unsupported suppressions file version (this build reads version 1)</source>
        <translation>nicht unterstützte Version der Ausnahmedatei (dieser Build liest Version 1)</translation>
    </message>
    <message>
        <source>&quot;suppressions&quot; must be an array</source>
        <translation>„suppressions“ muss ein Array sein</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>the policy is missing</source>
        <translation>die Richtlinie fehlt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>nsg::Verdict</name>
    <message>
        <source>Exposed</source>
        <translation>Exponiert</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>nsg::azure::ArmError</name>
    <message>
        <source> (request %1)</source>
        <translation> (Anfrage %1)</translation>
    </message>
</context>
<context>
    <name>nsg::azure::ArmJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>nsg::azure::AzureCliCredential</name>
    <message>
        <source>the Azure CLI&apos;s signed-in account</source>
        <translation>das angemeldete Konto der Azure CLI</translation>
    </message>
    <message>
        <source>the Azure CLI did not answer within %1 s (az account get-access-token)</source>
        <translation>die Azure CLI hat nicht binnen %1 s geantwortet (az account get-access-token)</translation>
    </message>
    <message>
        <source>the Azure CLI (%1) could not be started: install it and run &apos;az login&apos;, or set AZURE_CLI_PATH</source>
        <translation>die Azure CLI (%1) ließ sich nicht starten: installieren und &apos;az login&apos; ausführen, oder AZURE_CLI_PATH setzen</translation>
    </message>
    <message>
        <source>the Azure CLI crashed</source>
        <translation>die Azure CLI ist abgestürzt</translation>
    </message>
    <message>
        <source>the Azure CLI exited with %1</source>
        <translation>die Azure CLI endete mit %1</translation>
    </message>
    <message>
        <source>the Azure CLI exited with %1: %2</source>
        <translation>die Azure CLI endete mit %1: %2</translation>
    </message>
    <message>
        <source>the Azure CLI printed something that is not its token answer (az account get-access-token --output json): a JSON object with accessToken was expected</source>
        <translation>die Azure CLI hat etwas ausgegeben, das nicht ihre Token-Antwort ist (az account get-access-token --output json): erwartet war ein JSON-Objekt mit accessToken</translation>
    </message>
    <message>
        <source>the Azure CLI&apos;s token has no expiry in the future (expires_on)</source>
        <translation>das Token der Azure CLI läuft nicht erst in der Zukunft ab (expires_on)</translation>
    </message>
</context>
<context>
    <name>nsg::azure::ChangeHistory</name>
    <message>
        <source>Azure keeps %1 days of change history: who changed what before %2 is not known to Azure any more (the audit history keeps what was read earlier).</source>
        <translation>Azure bewahrt den Änderungsverlauf %1 Tage auf: Wer vor %2 was geändert hat, weiß Azure nicht mehr (der Prüfverlauf behält, was früher gelesen wurde).</translation>
    </message>
    <message>
        <source>No Resource Graph client.</source>
        <translation>Kein Resource-Graph-Client.</translation>
    </message>
    <message>
        <source>The account may not read Azure&apos;s change history (Resource Graph answered 403 %1): who changed the NSGs is not shown.</source>
        <translation>Das Konto darf den Änderungsverlauf von Azure nicht lesen (Resource Graph antwortete 403 %1): Wer die NSGs geändert hat, wird nicht gezeigt.</translation>
    </message>
    <message>
        <source>Azure&apos;s change history could not be read: %1</source>
        <translation>Der Änderungsverlauf von Azure konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>nsg::azure::ChangeJournal</name>
    <message>
        <source>cannot read the change journal %1: %2</source>
        <translation>das Änderungsjournal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>line %1: not JSON (the line was damaged or edited)</source>
        <translation>Zeile %1: kein JSON (die Zeile wurde beschädigt oder bearbeitet)</translation>
    </message>
    <message>
        <source>line %1: the hash does not match the line&apos;s content (the line was edited)</source>
        <translation>Zeile %1: der Hash passt nicht zum Inhalt der Zeile (die Zeile wurde bearbeitet)</translation>
    </message>
    <message>
        <source>line %1: it does not follow the line before it (a line was removed, inserted or reordered)</source>
        <translation>Zeile %1: sie folgt nicht auf die Zeile davor (eine Zeile wurde entfernt, eingefügt oder umgestellt)</translation>
    </message>
    <message>
        <source>line %1: sequence number %2 where %3 was expected</source>
        <translation>Zeile %1: Sequenznummer %2, wo %3 erwartet wurde</translation>
    </message>
    <message>
        <source>a status event names change %1, which the journal does not hold</source>
        <translation>ein Statusereignis nennt die Änderung %1, die das Journal nicht enthält</translation>
    </message>
    <message>
        <source>a change id needs at least 4 characters</source>
        <translation>eine Änderungs-ID braucht mindestens 4 Zeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names more than one change</source>
        <translation>„%1“ bezeichnet mehr als eine Änderung</translation>
    </message>
    <message>
        <source>the journal %1 has no change %2</source>
        <translation>das Journal %1 enthält keine Änderung %2</translation>
    </message>
    <message>
        <source>cannot create the folder of the change journal %1</source>
        <translation>der Ordner des Änderungsjournals %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the change journal %1 is locked by another process</source>
        <translation>das Änderungsjournal %1 ist von einem anderen Prozess gesperrt</translation>
    </message>
    <message>
        <source>cannot write the change journal %1: %2</source>
        <translation>das Änderungsjournal %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>nsg::azure::CloudEnvironment</name>
    <message>
        <source>&apos;%1&apos; is not a URL</source>
        <translation>„%1“ ist keine URL</translation>
    </message>
    <message>
        <source>a sandbox URL has no path: &apos;%1&apos;</source>
        <translation>eine Sandbox-URL hat keinen Pfad: „%1“</translation>
    </message>
    <message>
        <source>plain http is allowed only to a sandbox on this machine (127.0.0.1, ::1 or localhost), not to %1: use https</source>
        <translation>reines http ist nur zu einer Sandbox auf diesem Rechner erlaubt (127.0.0.1, ::1 oder localhost), nicht zu %1: verwenden Sie https</translation>
    </message>
    <message>
        <source>a sandbox URL starts with https:// or http://, not &apos;%1&apos;</source>
        <translation>eine Sandbox-URL beginnt mit https:// oder http://, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>nsg::azure::Credential</name>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>nsg::azure::CredentialOptions</name>
    <message>
        <source>--auth service-principal needs AZURE_TENANT_ID and AZURE_CLIENT_ID, and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH</source>
        <translation>--auth service-principal braucht AZURE_TENANT_ID und AZURE_CLIENT_ID sowie AZURE_CLIENT_SECRET oder AZURE_CLIENT_CERTIFICATE_PATH</translation>
    </message>
    <message>
        <source>--auth service-principal needs AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH</source>
        <translation>--auth service-principal braucht AZURE_CLIENT_SECRET oder AZURE_CLIENT_CERTIFICATE_PATH</translation>
    </message>
    <message>
        <source>both AZURE_CLIENT_SECRET and AZURE_CLIENT_CERTIFICATE_PATH are set: unset the one not meant</source>
        <translation>AZURE_CLIENT_SECRET und AZURE_CLIENT_CERTIFICATE_PATH sind beide gesetzt: die nicht gemeinte Variable entfernen</translation>
    </message>
    <message>
        <source>IDENTITY_ENDPOINT and IDENTITY_HEADER go together (App Service sets both): one of them is missing</source>
        <translation>IDENTITY_ENDPOINT und IDENTITY_HEADER gehören zusammen (App Service setzt beide): eine davon fehlt</translation>
    </message>
    <message>
        <source>NSG_AUDITOR_AZ_TIMEOUT must be seconds from 0 to 600, not &apos;%1&apos;</source>
        <translation>NSG_AUDITOR_AZ_TIMEOUT muss eine Sekundenzahl von 0 bis 600 sein, nicht &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>nsg::azure::DeviceCodeFlow</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Entra ID refused to start the sign-in: %1</source>
        <translation>Entra ID hat den Start der Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Entra ID&apos;s answer to the device-code request lacks the code or the page.</source>
        <translation>Der Antwort von Entra ID auf die Gerätecode-Anfrage fehlen der Code oder die Seite.</translation>
    </message>
    <message>
        <source>To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.</source>
        <translation>Öffnen Sie zur Anmeldung in einem Webbrowser die Seite %1 und geben Sie zur Authentifizierung den Code %2 ein.</translation>
    </message>
    <message>
        <source>The code expired before the sign-in was approved. Start again.</source>
        <translation>Der Code ist abgelaufen, bevor die Anmeldung bestätigt wurde. Beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>Entra ID signed you in but did not say who you are (no id token).</source>
        <translation>Entra ID hat Sie angemeldet, aber nicht gesagt, wer Sie sind (kein ID-Token).</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>Die Anmeldung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Entra ID did not recognise the device code (%1).</source>
        <translation>Entra ID hat den Gerätecode nicht erkannt (%1).</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>nsg::azure::InventoryLoader</name>
    <message>
        <source>Could not list the tenants; only the home tenant is scanned.</source>
        <translation>Die Mandanten konnten nicht aufgelistet werden; nur der Heimmandant wird gescannt.</translation>
    </message>
    <message>
        <source>This tenant needs you to sign in again (for example for MFA); its subscriptions were not scanned:</source>
        <translation>Dieser Mandant verlangt eine erneute Anmeldung (zum Beispiel für MFA); seine Abonnements wurden nicht gescannt:</translation>
    </message>
    <message>
        <source>Could not list this tenant&apos;s subscriptions:</source>
        <translation>Die Abonnements dieses Mandanten konnten nicht aufgelistet werden:</translation>
    </message>
    <message>
        <source>Subscription &apos;%1&apos; is %2: not scanned (its resources are read-only and its virtual machines deallocated).</source>
        <translation>Abonnement „%1“ ist %2: nicht gescannt (seine Ressourcen sind schreibgeschützt und seine virtuellen Computer freigegeben).</translation>
    </message>
    <message>
        <source>Tenant %1 was read through Resource Graph, which lists only the NSGs this account may read: where it holds roles on some resource groups only, the others are missing without an error (--via arm reports such subscriptions).</source>
        <translation>Mandant %1 wurde über Resource Graph gelesen, der nur die NSGs auflistet, die dieses Konto lesen darf: wo es nur auf einigen Ressourcengruppen Rollen hat, fehlen die anderen ohne Fehler (--via arm meldet solche Abonnements).</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n page(s) of NSGs could be read:</source>
        <translation>
            <numerusform>Nur die erste Seite der NSGs konnte gelesen werden:</numerusform>
            <numerusform>Nur die ersten %n Seiten der NSGs konnten gelesen werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the NSGs:</source>
        <translation>Die NSGs konnten nicht aufgelistet werden:</translation>
    </message>
    <message numerus="yes">
        <source>Resource Graph failed for tenant %1 (%2); reading its %n subscription(s) one by one through ARM instead.</source>
        <translation>
            <numerusform>Resource Graph ist für Mandant %1 fehlgeschlagen (%2); stattdessen wird sein %n Abonnement einzeln über ARM gelesen.</numerusform>
            <numerusform>Resource Graph ist für Mandant %1 fehlgeschlagen (%2); stattdessen werden seine %n Abonnements einzeln über ARM gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resource Graph could not list the subscriptions of tenant %1 (%2); listing them through ARM.</source>
        <translation>Resource Graph konnte die Abonnements des Mandanten %1 nicht auflisten (%2); sie werden über ARM aufgelistet.</translation>
    </message>
    <message>
        <source>the network interfaces</source>
        <translation>die Netzwerkschnittstellen</translation>
    </message>
    <message>
        <source>the virtual networks</source>
        <translation>die virtuellen Netzwerke</translation>
    </message>
    <message>
        <source>the public IP addresses</source>
        <translation>die öffentlichen IP-Adressen</translation>
    </message>
    <message>
        <source>the load balancers</source>
        <translation>die Load Balancer</translation>
    </message>
    <message>
        <source>the route tables</source>
        <translation>die Routentabellen</translation>
    </message>
    <message>
        <source>the application security groups</source>
        <translation>die Anwendungssicherheitsgruppen</translation>
    </message>
    <message>
        <source>the firewall policies</source>
        <translation>die Firewallrichtlinien</translation>
    </message>
    <message>
        <source>the answer holds no &quot;value&quot; array</source>
        <translation>die Antwort enthält kein Array „value“</translation>
    </message>
    <message>
        <source>%1; through Resource Graph: %2</source>
        <translation>%1; über Resource Graph: %2</translation>
    </message>
    <message>
        <source>Microsoft&apos;s service tag data could not be read (%1): an Allow from a public service tag is unknown on every path it decides. --service-tags FILE reads the weekly download instead.</source>
        <translation>Die Diensttag-Daten von Microsoft ließen sich nicht lesen (%1): Ein Allow von einem öffentlichen Diensttag ist auf jedem Pfad, den es entscheidet, unbekannt. --service-tags DATEI liest stattdessen den wöchentlichen Download.</translation>
    </message>
    <message>
        <source>no tags in the answer</source>
        <translation>keine Tags in der Antwort</translation>
    </message>
    <message>
        <source>Could not list %1 (no path into this subscription is decided):</source>
        <translation>Konnte %1 nicht auflisten (kein Pfad in dieses Abonnement wird entschieden):</translation>
    </message>
    <message>
        <source>the rule collection groups of the firewall policy %1</source>
        <translation>die Regelsammlungsgruppen der Firewallrichtlinie %1</translation>
    </message>
    <message>
        <source>Tenant %1 was read through Resource Graph and ARM side by side. Resource Graph lists only the NSGs this account may read: where it holds roles on some resource groups only, the others are missing without an error (--via arm reports such subscriptions).</source>
        <translation>Mandant %1 wurde über Resource Graph und ARM nebeneinander gelesen. Resource Graph listet nur die NSGs auf, die dieses Konto lesen darf: wo es nur auf einigen Ressourcengruppen Rollen hat, fehlen die anderen ohne Fehler (--via arm meldet solche Abonnements).</translation>
    </message>
</context>
<context>
    <name>nsg::azure::ManagedIdentityCredential</name>
    <message>
        <source>system-assigned managed identity</source>
        <translation>systemseitig zugewiesene verwaltete Identität</translation>
    </message>
    <message>
        <source>user-assigned managed identity %1</source>
        <translation>benutzerseitig zugewiesene verwaltete Identität %1</translation>
    </message>
    <message>
        <source>the managed identity endpoint &apos;%1&apos; is not an http(s) URL</source>
        <translation>der Endpunkt der verwalteten Identität &apos;%1&apos; ist keine http(s)-URL</translation>
    </message>
</context>
<context>
    <name>nsg::azure::OwnershipCheck</name>
    <message>
        <source>deployments: not signed in</source>
        <translation>Bereitstellungen: nicht angemeldet</translation>
    </message>
    <message>
        <source>the deployments of its resource group (%1)</source>
        <translation>die Bereitstellungen ihrer Ressourcengruppe (%1)</translation>
    </message>
    <message>
        <source>deployments older than the newest %1</source>
        <translation>Bereitstellungen, die älter sind als die neuesten %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) that could not be read</source>
        <translation>
            <numerusform>%n Bereitstellung, die nicht gelesen werden konnte</numerusform>
            <numerusform>%n Bereitstellungen, die nicht gelesen werden konnten</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure&apos;s change history (no Resource Graph)</source>
        <translation>der Änderungsverlauf von Azure (kein Resource Graph)</translation>
    </message>
    <message>
        <source>Azure&apos;s change history (%1)</source>
        <translation>der Änderungsverlauf von Azure (%1)</translation>
    </message>
</context>
<context>
    <name>nsg::azure::PermissionCheck</name>
    <message>
        <source>Could not read your permissions: %1</source>
        <translation>Ihre Berechtigungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>You may change this NSG&apos;s rules.</source>
        <translation>Sie dürfen die Regeln dieser NSG ändern.</translation>
    </message>
    <message>
        <source>Your roles here do not include %1 (for example Network Contributor), so rules cannot be changed.</source>
        <translation>Ihre Rollen hier enthalten %1 nicht (zum Beispiel Netzwerkmitwirkender), daher können Regeln nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>nsg::azure::ResourceGraphClient</name>
    <message>
        <source>No ARM client.</source>
        <translation>Kein ARM-Client.</translation>
    </message>
    <message>
        <source>Resource Graph truncated the result without a skip token.</source>
        <translation>Resource Graph hat das Ergebnis ohne Skip-Token abgeschnitten.</translation>
    </message>
    <message>
        <source>Resource Graph reported %1 rows but sent %2.</source>
        <translation>Resource Graph meldete %1 Zeilen, sandte aber %2.</translation>
    </message>
</context>
<context>
    <name>nsg::azure::ResourceGraphJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>nsg::azure::RuleEditor</name>
    <message>
        <source>No source addresses were given; nothing was sent.</source>
        <translation>Es wurden keine Quelladressen angegeben; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nichts wurde gesendet: %1</translation>
    </message>
    <message>
        <source>Change %1 is %2: only an applied change can be reverted.</source>
        <translation>Änderung %1 ist %2: nur eine angewendete Änderung kann zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>Reading %1 to see whether change %2 was applied</source>
        <translation>%1 wird gelesen, um zu sehen, ob Änderung %2 angewendet wurde</translation>
    </message>
    <message>
        <source>Reading the rule %1</source>
        <translation>Die Regel %1 wird gelesen</translation>
    </message>
    <message>
        <source>The rule %1 no longer exists.</source>
        <translation>Die Regel %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not read the rule: %1</source>
        <translation>Die Regel konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The rule changed after change %1 was applied: reverting would overwrite that. Compare the rule as it is now with the change, and revert anyway only if that is what you want.</source>
        <translation>Die Regel hat sich geändert, nachdem Änderung %1 angewendet wurde: Zurücksetzen würde das überschreiben. Vergleichen Sie die Regel, wie sie jetzt ist, mit der Änderung und setzen Sie nur dann trotzdem zurück, wenn Sie das wollen.</translation>
    </message>
    <message>
        <source>The rule changed since you opened it (%1 differ). Nothing was sent: look at the rule as it is now and decide again.</source>
        <translation>Die Regel hat sich geändert, seit Sie sie geöffnet haben (%1 abweichend). Nichts wurde gesendet: sehen Sie sich die Regel an, wie sie jetzt ist, und entscheiden Sie erneut.</translation>
    </message>
    <message>
        <source>The rule %1 is a Deny rule: it exposes nothing to fix.</source>
        <translation>Die Regel %1 ist eine Verweigern-Regel: sie exponiert nichts, was zu beheben wäre.</translation>
    </message>
    <message>
        <source>Reading the NSG for a free priority</source>
        <translation>Die NSG wird nach einer freien Priorität gelesen</translation>
    </message>
    <message>
        <source>Could not read the NSG: %1</source>
        <translation>Die NSG konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no free priority above %1 (priorities start at 100): a Deny rule cannot be placed before %2. Restrict its source or change it to Deny instead.</source>
        <translation>Über %1 gibt es keine freie Priorität (Prioritäten beginnen bei 100): eine Verweigern-Regel kann nicht vor %2 gesetzt werden. Beschränken Sie stattdessen ihre Quelle oder ändern Sie sie auf Verweigern.</translation>
    </message>
    <message>
        <source>Nothing was sent: the change could not be journaled first (%1).</source>
        <translation>Nichts wurde gesendet: die Änderung konnte nicht zuerst ins Journal geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>The rule as read has no etag.</source>
        <translation>Die gelesene Regel hat kein ETag.</translation>
    </message>
    <message>
        <source>The rule as read has no etag, so it cannot be changed safely; nothing was sent.</source>
        <translation>Die gelesene Regel hat kein ETag und kann daher nicht sicher geändert werden; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>%1 wird gelöscht</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <source>Azure is applying the change (%1)</source>
        <translation>Azure wendet die Änderung an (%1)</translation>
    </message>
    <message>
        <source>Azure asks for multi-factor authentication before this change</source>
        <translation>Azure verlangt vor dieser Änderung eine mehrstufige Authentifizierung</translation>
    </message>
    <message>
        <source>Cancelled. The change may or may not have reached Azure: it stays pending in the journal and is reconciled (by reading the rule) at the next start.</source>
        <translation>Abgebrochen. Die Änderung hat Azure vielleicht erreicht, vielleicht nicht: sie bleibt im Journal ausstehend und wird beim nächsten Start abgeglichen (durch Lesen der Regel).</translation>
    </message>
    <message>
        <source>Azure refused the change: %1</source>
        <translation>Azure hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The rule&apos;s etag changed; reading it again</source>
        <translation>Das ETag der Regel hat sich geändert; sie wird erneut gelesen</translation>
    </message>
    <message>
        <source>Reading the NSG back to verify</source>
        <translation>Die NSG wird zur Prüfung zurückgelesen</translation>
    </message>
    <message>
        <source>Change %1 is still pending: the NSG could not be read (%2).</source>
        <translation>Änderung %1 ist noch ausstehend: die NSG konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>the NSG could not be read back (%1)</source>
        <translation>die NSG konnte nicht zurückgelesen werden (%1)</translation>
    </message>
    <message>
        <source>The outcome is not known: %1. The change stays in the journal as unknown.</source>
        <translation>Das Ergebnis ist unbekannt: %1. Die Änderung bleibt als unbekannt im Journal.</translation>
    </message>
    <message>
        <source>reverted change %1; the rule read back as before it</source>
        <translation>Änderung %1 zurückgesetzt; die Regel wurde wie vor ihr zurückgelesen</translation>
    </message>
    <message>
        <source>reverted by change %1</source>
        <translation>durch Änderung %1 zurückgesetzt</translation>
    </message>
    <message>
        <source>Reverted: the rule is back as it was before change %1.</source>
        <translation>Zurückgesetzt: die Regel ist wieder wie vor Änderung %1.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>applied and read back, but %1 still exposes the port (the NSG is %2)</source>
        <translation>angewendet und zurückgelesen, aber %1 exponiert den Port weiterhin (die NSG ist %2)</translation>
    </message>
    <message>
        <source>verified: the rule read back as written; %1 no longer exposes the port; the NSG is %2</source>
        <translation>geprüft: die Regel wurde wie geschrieben zurückgelesen; %1 exponiert den Port nicht mehr; die NSG ist %2</translation>
    </message>
    <message numerus="yes">
        <source> (%n other rule(s) still expose it)</source>
        <translation>
            <numerusform> (%n andere Regel exponiert ihn weiterhin)</numerusform>
            <numerusform> (%n andere Regeln exponieren ihn weiterhin)</numerusform>
        </translation>
    </message>
    <message>
        <source>Another rule of this NSG changed meanwhile; this rule did not: sending again</source>
        <translation>Eine andere Regel dieser NSG hat sich inzwischen geändert, diese nicht: erneutes Senden</translation>
    </message>
    <message>
        <source>reconciled: the rule is as it was before; the change was not applied</source>
        <translation>abgeglichen: die Regel ist wie zuvor; die Änderung wurde nicht angewendet</translation>
    </message>
    <message>
        <source>Change %1 was not applied: the rule is as it was before.</source>
        <translation>Änderung %1 wurde nicht angewendet: die Regel ist wie zuvor.</translation>
    </message>
    <message>
        <source>the rule is unchanged</source>
        <translation>die Regel ist unverändert</translation>
    </message>
    <message>
        <source>The change was not applied: %1</source>
        <translation>Die Änderung wurde nicht angewendet: %1</translation>
    </message>
    <message>
        <source>precondition failed: the rule changed since it was read; nothing was written</source>
        <translation>Vorbedingung fehlgeschlagen: die Regel hat sich seit dem Lesen geändert; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>The rule changed since you opened it; nothing was written. Look at the rule as it is now and decide again.</source>
        <translation>Die Regel hat sich geändert, seit Sie sie geöffnet haben; nichts wurde geschrieben. Sehen Sie sich die Regel an, wie sie jetzt ist, und entscheiden Sie erneut.</translation>
    </message>
    <message>
        <source>the rule is neither as it was before nor as the change wrote it; someone else may have changed it</source>
        <translation>die Regel ist weder wie zuvor noch wie von der Änderung geschrieben; jemand anderes hat sie vielleicht geändert</translation>
    </message>
    <message>
        <source>Signed in again; sending the change again</source>
        <translation>Erneut angemeldet; die Änderung wird erneut gesendet</translation>
    </message>
    <message>
        <source>not applied: the multi-factor sign-in Azure asked for was not completed</source>
        <translation>nicht angewendet: die von Azure verlangte mehrstufige Anmeldung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>The change was not applied: Azure asked for multi-factor authentication and the sign-in was not completed.</source>
        <translation>Die Änderung wurde nicht angewendet: Azure verlangte eine mehrstufige Authentifizierung, und die Anmeldung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source> The journal could not record this: %1.</source>
        <translation> Das Journal konnte dies nicht festhalten: %1.</translation>
    </message>
</context>
<context>
    <name>nsg::azure::ServicePrincipalCredential</name>
    <message>
        <source>service principal %1 (client secret)</source>
        <translation>Dienstprinzipal %1 (geheimer Clientschlüssel)</translation>
    </message>
    <message>
        <source>service principal %1 (certificate)</source>
        <translation>Dienstprinzipal %1 (Zertifikat)</translation>
    </message>
</context>
<context>
    <name>nsg::azure::Session</name>
    <message>
        <source>No stored sign-in for this cloud.</source>
        <translation>Für diese Cloud ist keine Anmeldung gespeichert.</translation>
    </message>
    <message>
        <source>No stored sign-in.</source>
        <translation>Keine Anmeldung gespeichert.</translation>
    </message>
    <message>
        <source>The stored sign-in could not be read from %1: %2</source>
        <translation>Die gespeicherte Anmeldung konnte nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>The stored sign-in no longer works (%1); sign in again.</source>
        <translation>Die gespeicherte Anmeldung funktioniert nicht mehr (%1); melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>No refresh token came back: you will need to sign in again next time.</source>
        <translation>Es kam kein Aktualisierungstoken zurück: Sie müssen sich nächstes Mal erneut anmelden.</translation>
    </message>
    <message>
        <source>Tokens are kept in %1.</source>
        <translation>Tokens werden in %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>No keychain could keep your sign-in (%1): it is kept in memory for this session only, and you will sign in again next time.</source>
        <translation>Kein Schlüsselbund konnte Ihre Anmeldung aufbewahren (%1): sie wird nur für diese Sitzung im Speicher gehalten, und Sie melden sich nächstes Mal erneut an.</translation>
    </message>
    <message>
        <source>%1 could not sign in: %2</source>
        <translation>%1 konnte sich nicht anmelden: %2</translation>
    </message>
    <message>
        <source>%1 signed in, but its token does not say which tenant it is for: name the tenant (--tenant or AZURE_TENANT_ID)</source>
        <translation>%1 ist angemeldet, aber das Token nennt keinen Mandanten: den Mandanten angeben (--tenant oder AZURE_TENANT_ID)</translation>
    </message>
</context>
<context>
    <name>nsg::azure::TokenProvider</name>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved to %1 (%2); it is kept in memory for this session.</source>
        <translation>Die erneuerte Anmeldung konnte nicht in %1 gespeichert werden (%2); sie wird für diese Sitzung im Speicher gehalten.</translation>
    </message>
</context>
<context>
    <name>nsg::azure::TokenStore</name>
    <message>
        <source>the system keychain</source>
        <translation>dem Systemschlüsselbund</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>Speicher (nur diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>nsg::azure::clientassertion</name>
    <message>
        <source>cannot read the certificate %1: %2</source>
        <translation>das Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is neither PEM nor PKCS#12 (.pfx): not a certificate file</source>
        <translation>%1 ist weder PEM noch PKCS#12 (.pfx): keine Zertifikatsdatei</translation>
    </message>
    <message>
        <source>cannot open the PKCS#12 file %1: wrong password (AZURE_CLIENT_CERTIFICATE_PASSWORD) or a damaged file</source>
        <translation>die PKCS#12-Datei %1 lässt sich nicht öffnen: falsches Kennwort (AZURE_CLIENT_CERTIFICATE_PASSWORD) oder beschädigte Datei</translation>
    </message>
    <message>
        <source>%1 holds no certificate</source>
        <translation>%1 enthält kein Zertifikat</translation>
    </message>
    <message>
        <source>%1 holds a certificate but no private key (or the key is encrypted and AZURE_CLIENT_CERTIFICATE_PASSWORD does not open it): the file must have both, as Microsoft&apos;s SDKs expect</source>
        <translation>%1 enthält ein Zertifikat, aber keinen privaten Schlüssel (oder der Schlüssel ist verschlüsselt und AZURE_CLIENT_CERTIFICATE_PASSWORD öffnet ihn nicht): die Datei muss beides enthalten, wie Microsofts SDKs es erwarten</translation>
    </message>
    <message>
        <source>the private key in %1 does not belong to its certificate</source>
        <translation>der private Schlüssel in %1 gehört nicht zu seinem Zertifikat</translation>
    </message>
    <message>
        <source>the key in %1 is not an RSA key: the Microsoft identity platform takes RSA certificates</source>
        <translation>der Schlüssel in %1 ist kein RSA-Schlüssel: die Microsoft Identity Platform nimmt RSA-Zertifikate</translation>
    </message>
    <message>
        <source>could not sign the client assertion with the key in %1</source>
        <translation>die Client-Assertion ließ sich mit dem Schlüssel in %1 nicht signieren</translation>
    </message>
</context>
<context>
    <name>nsg::azure::oauth</name>
    <message>
        <source>HTTP %1 without an OAuth error body</source>
        <translation>HTTP %1 ohne OAuth-Fehlertext</translation>
    </message>
    <message>
        <source>the token endpoint answered 200 without an access token</source>
        <translation>der Token-Endpunkt antwortete 200 ohne Zugriffstoken</translation>
    </message>
</context>
<context>
    <name>nsg::cli</name>
    <message>
        <source>nsg-auditor: unknown command &apos;%1&apos;
</source>
        <translation>nsg-auditor: unbekannter Befehl „%1“
</translation>
    </message>
    <message>
        <source>cannot be evaluated</source>
        <translation>kann nicht ausgewertet werden</translation>
    </message>
    <message>
        <source>cannot read the NSG: %1</source>
        <translation>die NSG kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the NSG has no rule %1</source>
        <translation>die NSG hat keine Regel %1</translation>
    </message>
    <message>
        <source>rule %1 (dry run: nothing is sent)</source>
        <translation>Regel %1 (Probelauf: nichts wird gesendet)</translation>
    </message>
    <message>
        <source>NSG before: %1</source>
        <translation>NSG vorher: %1</translation>
    </message>
    <message>
        <source>NSG after:  %1</source>
        <translation>NSG nachher: %1</translation>
    </message>
    <message>
        <source>Restricts the source of an inbound rule to known addresses (the portal&apos;s &quot;Source: IP addresses&quot;), journals the change, writes it with If-Match, and verifies it by reading the NSG back. Exit 0 only when verified; 3 when applied but the rule still exposes the port; 5 when not applied.</source>
        <translation>Beschränkt die Quelle einer Eingangsregel auf bekannte Adressen („Quelle: IP-Adressen“ im Portal), schreibt die Änderung ins Journal, sendet sie mit If-Match und prüft sie durch Zurücklesen der NSG. Exit 0 nur nach erfolgreicher Prüfung; 3, wenn angewendet, die Regel den Port aber weiterhin exponiert; 5, wenn nicht angewendet.</translation>
    </message>
    <message>
        <source>The rule&apos;s resource id.</source>
        <translation>Die Ressourcen-ID der Regel.</translation>
    </message>
    <message>
        <source>RULE_ID</source>
        <translation>REGEL_ID</translation>
    </message>
    <message>
        <source>The new source: IPv4/IPv6 addresses and CIDR ranges, separated by commas or spaces (repeatable).</source>
        <translation>Die neue Quelle: IPv4-/IPv6-Adressen und CIDR-Bereiche, durch Kommas oder Leerzeichen getrennt (wiederholbar).</translation>
    </message>
    <message>
        <source>PREFIXES</source>
        <translation>PRÄFIXE</translation>
    </message>
    <message>
        <source>Show the change, the verdict it would give and the az command; send nothing.</source>
        <translation>Die Änderung, das Urteil, das sie ergäbe, und den az-Befehl zeigen; nichts senden.</translation>
    </message>
    <message>
        <source>give the rule: --rule RULE_ID</source>
        <translation>nennen Sie die Regel: --rule REGEL_ID</translation>
    </message>
    <message>
        <source>--rule must be a security rule&apos;s resource id (/subscriptions/…/networkSecurityGroups/NSG/securityRules/NAME), not &apos;%1&apos;</source>
        <translation>--rule muss die Ressourcen-ID einer Sicherheitsregel sein (/subscriptions/…/networkSecurityGroups/NSG/securityRules/NAME), nicht „%1“</translation>
    </message>
    <message>
        <source>give the new source: --source PREFIXES</source>
        <translation>nennen Sie die neue Quelle: --source PRÄFIXE</translation>
    </message>
    <message>
        <source>refused: %1: %2</source>
        <translation>abgelehnt: %1: %2</translation>
    </message>
    <message>
        <source>note: %1: %2</source>
        <translation>Hinweis: %1: %2</translation>
    </message>
    <message>
        <source>--source holds no address</source>
        <translation>--source enthält keine Adresse</translation>
    </message>
    <message numerus="yes">
        <source>%n source entry(s) refused; nothing was sent</source>
        <translation>
            <numerusform>%n Quelleintrag abgelehnt; nichts wurde gesendet</numerusform>
            <numerusform>%n Quelleinträge abgelehnt; nichts wurde gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Puts a journaled change&apos;s before JSON back (If-Match on the rule&apos;s current etag) and verifies it. Refuses when the rule changed since the change, unless --force. &apos;--list&apos; shows the journal.</source>
        <translation>Setzt das Vorher-JSON einer Änderung aus dem Journal zurück (If-Match auf das aktuelle ETag der Regel) und prüft es. Lehnt ab, wenn sich die Regel seit der Änderung geändert hat, außer mit --force. „--list“ zeigt das Journal.</translation>
    </message>
    <message>
        <source>The change&apos;s id (or its first 8 characters).</source>
        <translation>Die ID der Änderung (oder ihre ersten 8 Zeichen).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Revert even though the rule changed since the change.</source>
        <translation>Auch dann zurücksetzen, wenn sich die Regel seit der Änderung geändert hat.</translation>
    </message>
    <message>
        <source>List the journal&apos;s changes and exit.</source>
        <translation>Die Änderungen des Journals auflisten und beenden.</translation>
    </message>
    <message numerus="yes">
        <source>journal %1: %n change(s)</source>
        <translation>
            <numerusform>Journal %1: %n Änderung</numerusform>
            <numerusform>Journal %1: %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>give the change: --change ID (see --list)</source>
        <translation>nennen Sie die Änderung: --change ID (siehe --list)</translation>
    </message>
    <message>
        <source>the change left the rule so:</source>
        <translation>die Änderung hinterließ die Regel so:</translation>
    </message>
    <message>
        <source>(--force reverts anyway)</source>
        <translation>(--force setzt trotzdem zurück)</translation>
    </message>
    <message>
        <source>A local stand-in for Microsoft Entra ID (device-code sign-in) and Azure Resource Manager (NSGs, rules, Resource Graph), over HTTP on one base URL, printed as the first line. Without a tenant option it serves the demo tenant. Nothing reaches Azure.</source>
        <translation>Ein lokaler Ersatz für Microsoft Entra ID (Gerätecode-Anmeldung) und Azure Resource Manager (NSGs, Regeln, Resource Graph) über HTTP unter einer Basis-URL, die als erste Zeile ausgegeben wird. Ohne Mandantenoption stellt er den Demomandanten bereit. Nichts erreicht Azure.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Address and port (default 127.0.0.1:0, a free port).</source>
        <translation>Adresse und Port (Standard 127.0.0.1:0, ein freier Port).</translation>
    </message>
    <message>
        <source>ADDRESS:PORT</source>
        <translation>ADRESSE:PORT</translation>
    </message>
    <message>
        <source>Serve https with the test-only certificate (CA: resources/sandbox/ca.pem).</source>
        <translation>https mit dem reinen Testzertifikat bereitstellen (CA: resources/sandbox/ca.pem).</translation>
    </message>
    <message>
        <source>Serve this tenant file instead of the demo tenant.</source>
        <translation>Diese Mandantendatei statt des Demomandanten bereitstellen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Serve a generated estate: tenants=T,subs=S,nsgs=N,rules=R,exposed=F,seed=K (S subscriptions in all, N NSGs in each).</source>
        <translation>Einen erzeugten Bestand bereitstellen: tenants=T,subs=S,nsgs=N,rules=R,exposed=F,seed=K (S Abonnements insgesamt, N NSGs in jedem).</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEZ</translation>
    </message>
    <message>
        <source>Approve every device code this many seconds after it is issued, as the first account.</source>
        <translation>Jeden Gerätecode so viele Sekunden nach seiner Ausgabe bestätigen, als erstes Konto.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Access token lifetime (default 3600).</source>
        <translation>Lebensdauer des Zugriffstokens (Standard 3600).</translation>
    </message>
    <message>
        <source>Items per ARM list page (default 100).</source>
        <translation>Einträge pro ARM-Listenseite (Standard 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Device-code polling interval (default 5).</source>
        <translation>Abfrageintervall für den Gerätecode (Standard 5).</translation>
    </message>
    <message>
        <source>How long a write stays InProgress (default 1500).</source>
        <translation>Wie lange ein Schreibvorgang InProgress bleibt (Standard 1500).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Resource Graph queries per 5 s and user (default 15).</source>
        <translation>Resource-Graph-Abfragen pro 5 s und Benutzer (Standard 15).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--tenant-file and --generate exclude each other</source>
        <translation>--tenant-file und --generate schließen einander aus</translation>
    </message>
    <message>
        <source>--listen takes ADDRESS:PORT, e.g. 127.0.0.1:8443, not &apos;%1&apos;</source>
        <translation>--listen erwartet ADRESSE:PORT, z. B. 127.0.0.1:8443, nicht „%1“</translation>
    </message>
    <message>
        <source>--auto-approve takes a number of seconds</source>
        <translation>--auto-approve erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>--token-lifetime takes a positive number of seconds</source>
        <translation>--token-lifetime erwartet eine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <source>--page-size takes a positive number</source>
        <translation>--page-size erwartet eine positive Zahl</translation>
    </message>
    <message>
        <source>--poll-interval takes a number of seconds</source>
        <translation>--poll-interval erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>--operation-ms takes a number of milliseconds</source>
        <translation>--operation-ms erwartet eine Anzahl Millisekunden</translation>
    </message>
    <message>
        <source>--graph-quota takes a positive number</source>
        <translation>--graph-quota erwartet eine positive Zahl</translation>
    </message>
    <message>
        <source>ACCEPTED</source>
        <translation>AKZEPTIERT</translation>
    </message>
    <message>
        <source>NSG</source>
        <translation>NSG</translation>
    </message>
    <message>
        <source>RESOURCE GROUP</source>
        <translation>RESSOURCENGRUPPE</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>URTEIL</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>WARUM</translation>
    </message>
    <message>
        <source>NETWORK INTERFACE</source>
        <translation>NETZWERKSCHNITTSTELLE</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <source>Not read:</source>
        <translation>Nicht gelesen:</translation>
    </message>
    <message>
        <source>1 NSG: </source>
        <translation>1 NSG: </translation>
    </message>
    <message>
        <source>%1 NSGs: </source>
        <translation>%1 NSGs: </translation>
    </message>
    <message>
        <source>%1 exposed, %2 ok, %3 unknown</source>
        <translation>%1 exponiert, %2 OK, %3 unbekannt</translation>
    </message>
    <message>
        <source>, %1 accepted risk</source>
        <translation>, %1 akzeptiertes Risiko</translation>
    </message>
    <message>
        <source>; %1 not (fully) read</source>
        <translation>; %1 nicht (vollständig) gelesen</translation>
    </message>
    <message>
        <source>1 scope</source>
        <translation>1 Bereich</translation>
    </message>
    <message>
        <source>%1 scopes</source>
        <translation>%1 Bereiche</translation>
    </message>
    <message>
        <source>; %1 skipped</source>
        <translation>; %1 übersprungen</translation>
    </message>
    <message>
        <source>Policy: %1.</source>
        <translation>Richtlinie: %1.</translation>
    </message>
    <message>
        <source>Forgets the sign-in that &apos;scan --tenant&apos; keeps in the system keychain.</source>
        <translation>Vergisst die Anmeldung, die „scan --tenant“ im Systemschlüsselbund hält.</translation>
    </message>
    <message>
        <source>AzureCloud (default), AzureUSGovernment or AzureChinaCloud.</source>
        <translation>AzureCloud (Standard), AzureUSGovernment oder AzureChinaCloud.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>unknown cloud &apos;%1&apos;</source>
        <translation>unbekannte Cloud „%1“</translation>
    </message>
    <message>
        <source>No sign-in is stored for %1.</source>
        <translation>Für %1 ist keine Anmeldung gespeichert.</translation>
    </message>
    <message>
        <source>Signed out: the sign-in of %1 is gone from the keychain.</source>
        <translation>Abgemeldet: die Anmeldung von %1 ist aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>the keychain refused: %1</source>
        <translation>der Schlüsselbund lehnte ab: %1</translation>
    </message>
    <message>
        <source>Serving %1, %2; accounts: %3. Sign in at %4/devicelogin. Stop with Ctrl+C.</source>
        <translation>Stelle %1, %2 bereit; Konten: %3. Anmeldung unter %4/devicelogin. Beenden mit Strg+C.</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n Mandant</numerusform>
            <numerusform>%n Mandanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n Abonnement</numerusform>
            <numerusform>%n Abonnements</numerusform>
        </translation>
    </message>
    <message>
        <source>SUBSCRIPTION</source>
        <translation>ABONNEMENT</translation>
    </message>
    <message>
        <source>(demo: the sandbox approves code %1 as reviewer@contoso.com in 2 seconds)</source>
        <translation>(Demo: die Sandbox bestätigt Code %1 als reviewer@contoso.com in 2 Sekunden)</translation>
    </message>
    <message>
        <source>Waiting for the sign-in at %1 …</source>
        <translation>Warte auf die Anmeldung unter %1 …</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>Hinweis: </translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The stored sign-in could not be used (%1).</source>
        <translation>Die gespeicherte Anmeldung konnte nicht verwendet werden (%1).</translation>
    </message>
    <message>
        <source>Internet-facing: </source>
        <translation>Aus dem Internet erreichbar: </translation>
    </message>
    <message>
        <source>Latent (no public path reaches what it guards): </source>
        <translation>Latent (kein öffentlicher Pfad erreicht, was sie schützt): </translation>
    </message>
    <message>
        <source>Reachability not known: </source>
        <translation>Erreichbarkeit unbekannt: </translation>
    </message>
    <message>
        <source>Endpoints: %1 of %2 from the Internet are exposed or undecided</source>
        <translation>Zugangspunkte: %1 von %2 aus dem Internet sind offen oder unentschieden</translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation>(kein Ziel)</translation>
    </message>
    <message>
        <source>; %1 endpoints exposed, %2 NSGs internet-facing, %3 latent</source>
        <translation>; %1 Zugangspunkte offen, %2 NSGs aus dem Internet erreichbar, %3 latent</translation>
    </message>
    <message>
        <source>Admin rule %1 decides before this NSG on a path from the Internet: </source>
        <translation>Die Admin-Regel %1 entscheidet auf einem Pfad aus dem Internet vor dieser NSG: </translation>
    </message>
    <message>
        <source>LATENT</source>
        <translation>LATENT</translation>
    </message>
    <message>
        <source>Usage: nsg-auditor &lt;command&gt; [options]
       nsg-auditor [--demo] [FILE...]   (the desktop window)

Finds Azure network security groups that let TCP port 25 (SMTP) in from the Internet.

Commands:
  scan      Evaluate NSGs and report which expose the port: live from Azure (--tenant),
            the demo tenant (--demo), a sandbox (--sandbox-url), or exports (az network
            nsg list -o json, ARM list pages, Resource Graph output).
  restrict  Restrict an exposing rule&apos;s source to known addresses: journaled, written
            with If-Match, verified by reading the NSG back (--dry-run shows it only).
  revert    Put a journaled change back (--change ID), or list the journal (--list).
  diff      Compare two audits (snapshots of the history or export files): new, came
            back, fixed, still exposed, with first-seen dates and who changed what.
  history   List the audit history&apos;s snapshots (every scan is kept), or prune it.
  signout   Forget the sign-in &apos;scan --tenant&apos; keeps in the system keychain.
  sandbox   Serve a local stand-in for Entra ID and Azure Resource Manager (demo,
            tests): device-code sign-in, NSGs, Resource Graph, faults on demand.

Run &apos;nsg-auditor &lt;command&gt; --help&apos; for a command&apos;s options.
Options: --help, --version
</source>
        <translation>Aufruf: nsg-auditor &lt;Befehl&gt; [Optionen]
       nsg-auditor [--demo] [DATEI...]   (das Desktopfenster)

Findet Azure-Netzwerksicherheitsgruppen, die TCP-Port 25 (SMTP) aus dem Internet zulassen.

Befehle:
  scan      NSGs auswerten und melden, welche den Port exponieren: live aus Azure (--tenant),
            der Demomandant (--demo), eine Sandbox (--sandbox-url) oder Exporte (az network
            nsg list -o json, ARM-Listenseiten, Resource-Graph-Ausgabe).
  restrict  Die Quelle einer exponierenden Regel auf bekannte Adressen beschränken: im Journal,
            mit If-Match geschrieben, durch Zurücklesen der NSG geprüft (--dry-run zeigt es nur).
  revert    Eine Änderung aus dem Journal zurücksetzen (--change ID) oder das Journal auflisten (--list).
  diff      Zwei Prüfungen vergleichen (Momentaufnahmen des Verlaufs oder Exportdateien): neu,
            zurückgekehrt, behoben, weiter exponiert, mit Erstsichtung und wer was geändert hat.
  history   Die Momentaufnahmen des Prüfverlaufs auflisten (jeder Scan wird behalten) oder ausdünnen.
  signout   Die Anmeldung vergessen, die „scan --tenant“ im Systemschlüsselbund hält.
  sandbox   Einen lokalen Ersatz für Entra ID und Azure Resource Manager bereitstellen (Demo,
            Tests): Gerätecode-Anmeldung, NSGs, Resource Graph, Fehler auf Wunsch.

„nsg-auditor &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.
Optionen: --help, --version
</translation>
    </message>
    <message>
        <source>The audit history file.</source>
        <translation>Die Datei des Prüfverlaufs.</translation>
    </message>
    <message>
        <source>prune: keep the newest N snapshots (0: all).</source>
        <translation>prune: die neuesten N Momentaufnahmen behalten (0: alle).</translation>
    </message>
    <message>
        <source>prune: keep the snapshots of the last N days (0: all).</source>
        <translation>prune: die Momentaufnahmen der letzten N Tage behalten (0: alle).</translation>
    </message>
    <message>
        <source>list (the default) or prune.</source>
        <translation>list (Standard) oder prune.</translation>
    </message>
    <message>
        <source>Usage: nsg-auditor history [list | prune --keep N --days N] [--history FILE]</source>
        <translation>Aufruf: nsg-auditor history [list | prune --keep N --days N] [--history DATEI]</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: list or prune</source>
        <translation>unbekannte Aktion „%1“: list oder prune</translation>
    </message>
    <message>
        <source>prune needs --keep N and/or --days N (whole numbers above 0)</source>
        <translation>prune braucht --keep N und/oder --days N (ganze Zahlen über 0)</translation>
    </message>
    <message>
        <source>Removed %1 snapshot(s) from %2.</source>
        <translation>%1 Momentaufnahme(n) aus %2 entfernt.</translation>
    </message>
    <message>
        <source>%1: %2 snapshot(s)</source>
        <translation>%1: %2 Momentaufnahme(n)</translation>
    </message>
    <message>
        <source>the same as %1:</source>
        <translation>dasselbe als %1:</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--format must be arm, az, powershell, bicep or terraform, not &apos;%1&apos;</source>
        <translation>--format muss arm, az, powershell, bicep oder terraform sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--format shows a change without sending it: give --dry-run too</source>
        <translation>--format zeigt eine Änderung, ohne sie zu senden: Geben Sie auch --dry-run an</translation>
    </message>
    <message>
        <source>who manages it: %1</source>
        <translation>wer sie verwaltet: %1</translation>
    </message>
    <message>
        <source>With --dry-run: show the change as arm (the exact request), az, powershell, bicep or terraform (default: az, after the format of the template that manages the NSG).</source>
        <translation>Mit --dry-run: die Änderung als arm (die genaue Anfrage), az, powershell, bicep oder terraform zeigen (Standard: az, nach dem Format der Vorlage, die die NSG verwaltet).</translation>
    </message>
    <message>
        <source>Faults to inject into ARM and Resource Graph answers: 429=P, 5xx=P, latency=MS, arm-latency=MS, graph-latency=MS, reset=P, truncate=P, malformed=P, throttle, nextlink-host=HOST, mfa-writes, fail-writes, lock-writes, location-only, graph-down=STATUS, seed=N.</source>
        <translation>In ARM- und Resource-Graph-Antworten einzuspielende Fehler: 429=P, 5xx=P, latency=MS, arm-latency=MS, graph-latency=MS, reset=P, truncate=P, malformed=P, throttle, nextlink-host=HOST, mfa-writes, fail-writes, lock-writes, location-only, graph-down=STATUS, seed=N.</translation>
    </message>
</context>
<context>
    <name>nsg::cli::CommonOptions</name>
    <message>
        <source>Service to check: a name of --list-policies (default: the Settings dialog&apos;s, else smtp), or tcp/PORT, udp/PORT, tcp/FIRST-LAST.</source>
        <translation>Zu prüfender Dienst: ein Name aus --list-policies (Standard: der aus den Einstellungen, sonst smtp), oder tcp/PORT, udp/PORT, tcp/ERSTER-LETZTER.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Destination port to check (instead of --policy).</source>
        <translation>Zu prüfender Zielport (statt --policy).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>tcp or udp, with --port (default tcp).</source>
        <translation>tcp oder udp, mit --port (Standard tcp).</translation>
    </message>
    <message>
        <source>Most public IPv4 addresses a rule set may admit and still count as restricted (default 256, or the Settings dialog&apos;s).</source>
        <translation>Höchstzahl öffentlicher IPv4-Adressen, die ein Regelsatz zulassen darf und noch als eingeschränkt gilt (Standard 256, oder der Wert aus den Einstellungen).</translation>
    </message>
    <message>
        <source>Widest IPv6 prefix that still counts as restricted (default 64: one /64, or the Settings dialog&apos;s).</source>
        <translation>Breitestes IPv6-Präfix, das noch als eingeschränkt gilt (Standard 64: ein /64, oder der Wert aus den Einstellungen).</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÄFIX</translation>
    </message>
    <message>
        <source>Use a running &apos;nsg-auditor sandbox&apos; at URL (sign in at the page it names).</source>
        <translation>Eine laufende „nsg-auditor sandbox“ unter URL verwenden (Anmeldung auf der Seite, die sie nennt).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Use Azure: sign in to this tenant (id or domain), or &apos;organizations&apos; for every tenant the account can see.</source>
        <translation>Azure verwenden: bei diesem Mandanten anmelden (ID oder Domäne), oder „organizations“ für jeden Mandanten, den das Konto sieht.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>AzureCloud (default), AzureUSGovernment or AzureChinaCloud.</source>
        <translation>AzureCloud (Standard), AzureUSGovernment oder AzureChinaCloud.</translation>
    </message>
    <message>
        <source>Public client (application) id to sign in with (default: Azure CLI&apos;s; also NSG_AUDITOR_CLIENT_ID).</source>
        <translation>ID des öffentlichen Clients (der Anwendung) für die Anmeldung (Standard: die der Azure CLI; auch NSG_AUDITOR_CLIENT_ID).</translation>
    </message>
    <message>
        <source>--port and --policy name the service twice: give one of them</source>
        <translation>--port und --policy nennen den Dienst doppelt: geben Sie eines davon an</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535, not &apos;%1&apos;</source>
        <translation>--port muss eine Zahl von 1 bis 65535 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--protocol must be tcp or udp, not &apos;%1&apos;</source>
        <translation>--protocol muss tcp oder udp sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--breadth-limit must be a whole number, not &apos;%1&apos;</source>
        <translation>--breadth-limit muss eine ganze Zahl sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--ipv6-breadth-limit must be a prefix length from 0 to 128, not &apos;%1&apos;</source>
        <translation>--ipv6-breadth-limit muss eine Präfixlänge von 0 bis 128 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Abandon (and retry) a request that has sent nothing for this many seconds (1 to 3600, default 60).</source>
        <translation>Eine Anfrage, die so viele Sekunden lang nichts gesendet hat, aufgeben (und wiederholen) (1 bis 3600, Standard 60).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>How to sign in: device-code (default, a person), azure-cli (the signed-in az&apos;s token), service-principal (AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH) or managed-identity (AZURE_CLIENT_ID for a user-assigned one).</source>
        <translation>Wie angemeldet wird: device-code (Standard, eine Person), azure-cli (das Token der angemeldeten az), service-principal (AZURE_TENANT_ID, AZURE_CLIENT_ID und AZURE_CLIENT_SECRET oder AZURE_CLIENT_CERTIFICATE_PATH) oder managed-identity (AZURE_CLIENT_ID für eine benutzerseitig zugewiesene).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>--auth must be device-code, azure-cli, service-principal or managed-identity, not &apos;%1&apos;</source>
        <translation>--auth muss device-code, azure-cli, service-principal oder managed-identity sein, nicht &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>nsg::cli::DiffCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe zeigen.</translation>
    </message>
    <message>
        <source>The audit history (default: the Settings dialog&apos;s, else history.sqlite in the app data folder).</source>
        <translation>Der Prüfverlauf (Standard: der aus den Einstellungen, sonst history.sqlite im Datenordner der Anwendung).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Write the comparison as JSON (README, &apos;The diff&apos;s JSON&apos;); - for stdout.</source>
        <translation>Den Vergleich als JSON schreiben (README, „The diff&apos;s JSON“); - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>Write a CSV row per NSG that moved.</source>
        <translation>Eine CSV-Zeile je veränderter NSG schreiben.</translation>
    </message>
    <message>
        <source>Write an HTML page.</source>
        <translation>Eine HTML-Seite schreiben.</translation>
    </message>
    <message>
        <source>Write a PDF.</source>
        <translation>Ein PDF schreiben.</translation>
    </message>
    <message>
        <source>Exit 3 when something is newly exposed: a new exposure, one that came back, an accepted risk that lapsed, or an endpoint that became internet-facing.</source>
        <translation>Mit 3 enden, wenn etwas neu exponiert ist: eine neue Exposition, eine zurückgekehrte, ein abgelaufenes akzeptiertes Risiko oder ein Endpunkt, der jetzt aus dem Internet erreichbar ist.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no file, and the audit history could not be opened</source>
        <translation>„%1“ ist keine Datei, und der Prüfverlauf konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>  older: %1 (%2)</source>
        <translation>  älter: %1 (%2)</translation>
    </message>
    <message>
        <source>  newer: %1 (%2)</source>
        <translation>  neuer: %1 (%2)</translation>
    </message>
    <message>
        <source>, first seen %1</source>
        <translation>, zuerst gesehen %1</translation>
    </message>
    <message>
        <source>, rules changed</source>
        <translation>, Regeln geändert</translation>
    </message>
    <message>
        <source>  note: </source>
        <translation>  Hinweis: </translation>
    </message>
    <message>
        <source>Compares two audits: what is newly exposed, what came back, what was fixed, what is still exposed, rules that changed, NSGs added and removed, accepted risks that lapsed, endpoints that became internet-facing — with first-seen dates from the history and, signed in (--tenant, --sandbox-url), who changed each NSG from Azure&apos;s change history.</source>
        <translation>Vergleicht zwei Prüfungen: was neu exponiert ist, was zurückkam, was behoben wurde, was weiter exponiert ist, geänderte Regeln, hinzugekommene und entfernte NSGs, abgelaufene akzeptierte Risiken, Endpunkte, die jetzt aus dem Internet erreichbar sind — mit Erstsichtung aus dem Verlauf und, angemeldet (--tenant, --sandbox-url), wer jede NSG geändert hat, aus dem Änderungsverlauf von Azure.</translation>
    </message>
    <message>
        <source>A snapshot (number, latest, previous) or an export file.</source>
        <translation>Eine Momentaufnahme (Nummer, latest, previous) oder eine Exportdatei.</translation>
    </message>
    <message>
        <source>Usage: nsg-auditor diff [options] OLD NEW</source>
        <translation>Aufruf: nsg-auditor diff [Optionen] ALT NEU</translation>
    </message>
    <message>
        <source>give two audits to compare: OLD NEW (snapshot numbers, latest, previous, or export files)</source>
        <translation>zwei Prüfungen zum Vergleich angeben: ALT NEU (Nummern von Momentaufnahmen, latest, previous oder Exportdateien)</translation>
    </message>
    <message>
        <source>give one source: --sandbox-url URL or --tenant ID</source>
        <translation>eine Quelle angeben: --sandbox-url URL oder --tenant ID</translation>
    </message>
    <message>
        <source>note: #%1 was taken after #%2: compared #%2 → #%1.</source>
        <translation>Hinweis: #%1 wurde nach #%2 aufgenommen: verglichen #%2 → #%1.</translation>
    </message>
    <message>
        <source>OLD and NEW are the same snapshot (#%1)</source>
        <translation>ALT und NEU sind dieselbe Momentaufnahme (#%1)</translation>
    </message>
</context>
<context>
    <name>nsg::cli::EditRun</name>
    <message>
        <source>The change journal (default: $NSG_AUDITOR_JOURNAL, else the app data folder&apos;s journal.jsonl).</source>
        <translation>Das Änderungsjournal (Standard: $NSG_AUDITOR_JOURNAL, sonst journal.jsonl im App-Datenordner).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>give where the rule is: --sandbox-url URL or --tenant ID (--demo cannot be changed: it lives only as long as one process)</source>
        <translation>geben Sie an, wo die Regel ist: --sandbox-url URL oder --tenant ID (--demo kann nicht geändert werden: es lebt nur so lange wie ein Prozess)</translation>
    </message>
    <message>
        <source>give one source: --sandbox-url URL or --tenant ID</source>
        <translation>geben Sie eine Quelle an: --sandbox-url URL oder --tenant ID</translation>
    </message>
    <message>
        <source>warning: change journal %1: %2</source>
        <translation>Warnung: Änderungsjournal %1: %2</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Azure asks for a multi-factor sign-in before this change.</source>
        <translation>Azure verlangt vor dieser Änderung eine mehrstufige Anmeldung.</translation>
    </message>
    <message>
        <source>change %1 (journal %2)</source>
        <translation>Änderung %1 (Journal %2)</translation>
    </message>
    <message>
        <source>NSG now: %1</source>
        <translation>NSG jetzt: %1</translation>
    </message>
    <message>
        <source>request ids: %1</source>
        <translation>Anfrage-IDs: %1</translation>
    </message>
    <message>
        <source>the rule as it is now:</source>
        <translation>die Regel, wie sie jetzt ist:</translation>
    </message>
</context>
<context>
    <name>nsg::cli::ScanCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>An NSG export: az network nsg list -o json, an ARM list page, Resource Graph output or one NSG. Repeat for several files; more files may follow as arguments.</source>
        <translation>Ein NSG-Export: az network nsg list -o json, eine ARM-Listenseite, Resource-Graph-Ausgabe oder eine NSG. Für mehrere Dateien wiederholen; weitere Dateien können als Argumente folgen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Write the PDF report (A4, or Letter where the locale uses it) to FILE.</source>
        <translation>Den PDF-Bericht (A4, oder Letter, wo das Gebietsschema es verwendet) nach DATEI schreiben.</translation>
    </message>
    <message>
        <source>Write the report as one self-contained HTML file (the same content as the PDF).</source>
        <translation>Den Bericht als eine eigenständige HTML-Datei schreiben (derselbe Inhalt wie das PDF).</translation>
    </message>
    <message>
        <source>The CSV has one row per exposing rule instead of one per NSG.</source>
        <translation>Die CSV hat eine Zeile pro exponierender Regel statt einer pro NSG.</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte order mark (for Excel).</source>
        <translation>Die CSV mit einer UTF-8-Bytereihenfolgemarke beginnen (für Excel).</translation>
    </message>
    <message>
        <source>The change journal whose changes to the scanned NSGs the reports list (default: $NSG_AUDITOR_JOURNAL, else the app data folder&apos;s).</source>
        <translation>Das Änderungsjournal, dessen Änderungen an den gescannten NSGs die Berichte auflisten (Standard: $NSG_AUDITOR_JOURNAL, sonst das im App-Datenordner).</translation>
    </message>
    <message>
        <source>Write the JSON report (schema in README) to FILE, or - for standard output.</source>
        <translation>Den JSON-Bericht (Schema in der README) nach DATEI schreiben, oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>Write one CSV row per NSG to FILE, or - for standard output.</source>
        <translation>Eine CSV-Zeile pro NSG nach DATEI schreiben, oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>Exit 3 when any NSG is exposed, else 4 when any is unknown or an input could not be read.</source>
        <translation>Exit 3, wenn eine NSG exponiert ist, sonst 4, wenn eine unbekannt ist oder eine Eingabe nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>Under each exposed or unknown NSG, and each OK NSG that rule-at-a-time scanners call exposed, print what every inbound rule decided.</source>
        <translation>Unter jeder exponierten oder unbekannten NSG sowie jeder OK-NSG, die Regel-für-Regel-Scanner als exponiert melden, ausgeben, was jede Eingangsregel entschieden hat.</translation>
    </message>
    <message>
        <source>Do not print the table.</source>
        <translation>Die Tabelle nicht ausgeben.</translation>
    </message>
    <message>
        <source>Scan the built-in demo tenant: a sandbox in this process, signed in with a device code that is approved automatically after 2 seconds.</source>
        <translation>Den eingebauten Demomandanten scannen: eine Sandbox in diesem Prozess, angemeldet mit einem Gerätecode, der nach 2 Sekunden automatisch bestätigt wird.</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>WIE</translation>
    </message>
    <message>
        <source>Also read network interfaces and virtual networks and report what reaches each NIC through its subnet&apos;s NSG and its own.</source>
        <translation>Auch Netzwerkschnittstellen und virtuelle Netzwerke lesen und melden, was jede NIC durch die NSG ihres Subnetzes und ihre eigene erreicht.</translation>
    </message>
    <message>
        <source>At the end, print timings, requests and peak memory on standard error (one JSON line after &apos;stats &apos;).</source>
        <translation>Am Ende Zeiten, Anfragen und Spitzenspeicher auf der Standardfehlerausgabe ausgeben (eine JSON-Zeile nach „stats “).</translation>
    </message>
    <message>
        <source>Accepted risks (File → Suppressions… in the window): exposed NSGs they cover are counted apart, until they expire or their rules change (default: the Settings dialog&apos;s file, if any).</source>
        <translation>Akzeptierte Risiken (Datei → Akzeptierte Risiken… im Fenster): exponierte NSGs, die sie abdecken, werden getrennt gezählt, bis sie ablaufen oder sich ihre Regeln ändern (Standard: die Datei aus den Einstellungen, falls vorhanden).</translation>
    </message>
    <message>
        <source>List the services --policy can name, with their ports and severity.</source>
        <translation>Die Dienste auflisten, die --policy nennen kann, mit Ports und Schweregrad.</translation>
    </message>
    <message>
        <source>Evaluates network security groups the way Azure does (rule priority, Deny rules, default rules, CIDR arithmetic, IPv6) and reports which let the policy&apos;s port in from the public Internet.</source>
        <translation>Wertet Netzwerksicherheitsgruppen so aus, wie Azure es tut (Regelpriorität, Verweigern-Regeln, Standardregeln, CIDR-Arithmetik, IPv6), und meldet, welche den Port der Richtlinie aus dem öffentlichen Internet zulassen.</translation>
    </message>
    <message>
        <source>More export files.</source>
        <translation>Weitere Exportdateien.</translation>
    </message>
    <message>
        <source>Usage: nsg-auditor scan [--tenant ID | --sandbox-url URL | --demo] [options]
       nsg-auditor scan [options] FILE...   (NSG exports)</source>
        <translation>Aufruf: nsg-auditor scan [--tenant ID | --sandbox-url URL | --demo] [Optionen]
       nsg-auditor scan [Optionen] DATEI...   (NSG-Exporte)</translation>
    </message>
    <message>
        <source>  or tcp/PORT, udp/PORT, tcp/FIRST-LAST; * marks the default (Settings).</source>
        <translation>  oder tcp/PORT, udp/PORT, tcp/ERSTER-LETZTER; * markiert den Standard (Einstellungen).</translation>
    </message>
    <message>
        <source>nothing to scan: give --input FILE, --demo, --sandbox-url URL or --tenant ID (see --help)</source>
        <translation>nichts zu scannen: geben Sie --input DATEI, --demo, --sandbox-url URL oder --tenant ID an (siehe --help)</translation>
    </message>
    <message>
        <source>give one source: --input FILE..., --demo, --sandbox-url URL or --tenant ID</source>
        <translation>geben Sie eine Quelle an: --input DATEI..., --demo, --sandbox-url URL oder --tenant ID</translation>
    </message>
    <message>
        <source>--via must be arm, graph or auto, not &apos;%1&apos;</source>
        <translation>--via muss arm, graph oder auto sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Signed in as %1 (tenant %2).</source>
        <translation>Angemeldet als %1 (Mandant %2).</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>Hinweis: </translation>
    </message>
    <message>
        <source>Scanned %1 of %2 subscriptions</source>
        <translation>%1 von %2 Abonnements gescannt</translation>
    </message>
    <message>
        <source>cannot open %1: no such file</source>
        <translation>%1 kann nicht geöffnet werden: keine solche Datei</translation>
    </message>
    <message>
        <source>--csv-rules and --csv-bom shape the --csv report: give --csv FILE</source>
        <translation>--csv-rules und --csv-bom gestalten den --csv-Bericht: geben Sie --csv DATEI an</translation>
    </message>
    <message>
        <source>--pdf needs a file name</source>
        <translation>--pdf braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>Exit 3 when any endpoint from the Internet reaches the policy&apos;s port (inputs with NICs, public IPs or load balancers), else 4 when any endpoint is unknown or an exposed NSG could not be placed on a path.</source>
        <translation>Exit-Code 3, wenn ein Zugangspunkt aus dem Internet den Port der Richtlinie erreicht (Eingaben mit NICs, öffentlichen IPs oder Load Balancern), sonst 4, wenn ein Zugangspunkt unbekannt ist oder eine offene NSG keinem Pfad zugeordnet werden konnte.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s service tag data (the weekly JSON download, or az network list-service-tags): public service tags in Allow rules count as their prefixes.</source>
        <translation>Die Service-Tag-Daten von Microsoft (der wöchentliche JSON-Download oder az network list-service-tags): öffentliche Service-Tags in Allow-Regeln zählen als ihre Präfixe.</translation>
    </message>
    <message>
        <source>--service-tags on a live scan needs --nics (the network interfaces and what reaches them are read only then)</source>
        <translation>--service-tags braucht bei einem Live-Scan --nics (nur dann werden die Netzwerkschnittstellen und was sie erreicht gelesen)</translation>
    </message>
    <message>
        <source>Write one CSV row per public entry point that can deliver the port to a workload (exposed first) to FILE; needs the network (--nics live, or inputs that hold it).</source>
        <translation>Schreibt eine CSV-Zeile je öffentlichem Eingang, der den Port an eine Workload liefern kann (offene zuerst), nach DATEI; braucht das Netzwerk (--nics live, oder Eingaben, die es enthalten).</translation>
    </message>
    <message>
        <source>--csv-endpoints: the paths from the Internet were not followed (the inputs hold no network interfaces, public IPs or load balancers; live, add --nics): the file has its header only.</source>
        <translation>--csv-endpoints: die Pfade aus dem Internet wurden nicht verfolgt (die Eingaben enthalten keine Netzwerkschnittstellen, öffentlichen IPs oder Lastenausgleichsmodule; live --nics angeben): die Datei hat nur ihre Kopfzeile.</translation>
    </message>
    <message>
        <source>The audit history this scan is saved in (default: the Settings dialog&apos;s, else history.sqlite in the app data folder).</source>
        <translation>Der Prüfverlauf, in dem dieser Scan gespeichert wird (Standard: der aus den Einstellungen, sonst history.sqlite im Datenordner der Anwendung).</translation>
    </message>
    <message>
        <source>Do not save this scan in the audit history.</source>
        <translation>Diesen Scan nicht im Prüfverlauf speichern.</translation>
    </message>
    <message>
        <source>Compare with a snapshot of the history (its number, latest or previous, as the history was before this scan): the reports say how the estate moved, with first-seen dates and, live, who changed what.</source>
        <translation>Mit einer Momentaufnahme des Verlaufs vergleichen (Nummer, latest oder previous, wie der Verlauf vor diesem Scan war): Die Berichte sagen, wie sich der Bestand verändert hat, mit Erstsichtung und, live, wer was geändert hat.</translation>
    </message>
    <message>
        <source>SNAPSHOT</source>
        <translation>MOMENTAUFNAHME</translation>
    </message>
    <message>
        <source>--no-history cannot go with --history or --since</source>
        <translation>--no-history passt nicht zu --history oder --since</translation>
    </message>
    <message>
        <source> The scan is not saved in the history.</source>
        <translation> Der Scan wird nicht im Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Saved as snapshot #%1 in %2.</source>
        <translation>Als Momentaufnahme #%1 in %2 gespeichert.</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist or is not writable</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht oder ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>Write the findings as OCSF 1.1 Detection Findings, one JSON object per line (for SIEMs and data lakes), to FILE, or - for standard output.</source>
        <translation>Die Befunde als OCSF-1.1-Detection-Findings, ein JSON-Objekt je Zeile (für SIEMs und Data Lakes), in DATEI schreiben, oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>Signed in as %1, %2 (tenant %3).</source>
        <translation>Angemeldet als %1, %2 (Mandant %3).</translation>
    </message>
    <message>
        <source>How to list NSGs: arm (per subscription), graph (Resource Graph) or auto (both side by side for tenants with 20 or more subscriptions, each subscription read by one of them as their measured rates share the work; ARM below that; default).</source>
        <translation>Wie NSGs aufgelistet werden: arm (pro Abonnement), graph (Resource Graph) oder auto (beide nebeneinander für Mandanten mit 20 oder mehr Abonnements, jedes Abonnement von einem der beiden gelesen, wie ihre gemessenen Raten die Arbeit teilen; darunter ARM; Standard).</translation>
    </message>
    <message>
        <source>With --via auto: read tenants with at least this many subscriptions through Resource Graph and ARM side by side (default 20).</source>
        <translation>Mit --via auto: Mandanten mit mindestens so vielen Abonnements über Resource Graph und ARM nebeneinander lesen (Standard 20).</translation>
    </message>
    <message>
        <source>SUBSCRIPTIONS</source>
        <translation>ABONNEMENTS</translation>
    </message>
    <message>
        <source>--via, --graph-from, --nics, --cloud, --client-id and --auth apply to live scans, not to files</source>
        <translation>--via, --graph-from, --nics, --cloud, --client-id und --auth gelten für Live-Scans, nicht für Dateien</translation>
    </message>
    <message>
        <source>--graph-from must be a number of subscriptions (1 or more), not &apos;%1&apos;</source>
        <translation>--graph-from muss eine Anzahl von Abonnements sein (1 oder mehr), nicht „%1“</translation>
    </message>
    <message>
        <source>--graph-from applies to --via auto only</source>
        <translation>--graph-from gilt nur für --via auto</translation>
    </message>
</context>
<context>
    <name>nsg::cli::output</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>nsg::history</name>
    <message>
        <source>New exposure</source>
        <translation>Neue Exposition</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Zurückgekehrt</translation>
    </message>
    <message>
        <source>Accepted risk lapsed</source>
        <translation>Akzeptiertes Risiko abgelaufen</translation>
    </message>
    <message>
        <source>Still exposed</source>
        <translation>Weiter exponiert</translation>
    </message>
    <message>
        <source>Now undecided</source>
        <translation>Jetzt unentschieden</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugekommen</translation>
    </message>
    <message>
        <source>Rules changed, same verdict</source>
        <translation>Regeln geändert, gleiches Urteil</translation>
    </message>
    <message>
        <source>Decided (was unknown)</source>
        <translation>Entschieden (war unbekannt)</translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation>Exponiert</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>nsg::history::ChangeRecord</name>
    <message>
        <source>an unrecorded caller</source>
        <translation>einem nicht erfassten Aufrufer</translation>
    </message>
    <message>
        <source>%1 UTC by %2: %3 %4</source>
        <translation>%1 UTC von %2: %3 %4</translation>
    </message>
</context>
<context>
    <name>nsg::history::HistoryStore</name>
    <message>
        <source>The audit history needs Qt&apos;s SQLite driver (Debian: libqt6sql6-sqlite).</source>
        <translation>Der Prüfverlauf braucht den SQLite-Treiber von Qt (Debian: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot create the folder of the history file %1.</source>
        <translation>Der Ordner der Verlaufsdatei %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be read (%2) and cannot be set aside.</source>
        <translation>Die Verlaufsdatei %1 kann nicht gelesen (%2) und nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The history file %1 could not be read (%2). It was set aside as %3 and a new history started; the old one is kept for recovery.</source>
        <translation>Die Verlaufsdatei %1 konnte nicht gelesen werden (%2). Sie wurde als %3 beiseitegelegt und ein neuer Verlauf begonnen; der alte bleibt zur Wiederherstellung erhalten.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be read: %2</source>
        <translation>Die Verlaufsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the history file %1: %2</source>
        <translation>Die Verlaufsdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer NSG Auditor (schema %2; this one reads up to %3). It is left as it is: use that version, or give another file (--history FILE, Settings).</source>
        <translation>Die Verlaufsdatei %1 wurde von einem neueren NSG Auditor geschrieben (Schema %2; dieser liest bis %3). Sie bleibt, wie sie ist: Nutzen Sie jene Version oder geben Sie eine andere Datei an (--history DATEI, Einstellungen).</translation>
    </message>
    <message>
        <source>Cannot prepare the history file %1: %2</source>
        <translation>Die Verlaufsdatei %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the history file %1: %2</source>
        <translation>Die Verlaufsdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the history in %1: %2</source>
        <translation>Der Verlauf in %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot bring the history in %1 up to date: %2</source>
        <translation>Der Verlauf in %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>The history file %1 was brought from schema %2 to %3.</source>
        <translation>Die Verlaufsdatei %1 wurde von Schema %2 auf %3 gebracht.</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>Der Verlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot save the snapshot in %1: %2</source>
        <translation>Die Momentaufnahme kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>No snapshot #%1 in the history %2.</source>
        <translation>Keine Momentaufnahme #%1 im Verlauf %2.</translation>
    </message>
    <message>
        <source>The history %1 holds no snapshot yet.</source>
        <translation>Der Verlauf %1 enthält noch keine Momentaufnahme.</translation>
    </message>
    <message>
        <source>The history %1 holds one snapshot: there is no previous one.</source>
        <translation>Der Verlauf %1 enthält eine Momentaufnahme: Es gibt keine vorherige.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no snapshot: give its number, latest or previous.</source>
        <translation>„%1“ nennt keine Momentaufnahme: Nummer, latest oder previous angeben.</translation>
    </message>
    <message>
        <source>no document for %1</source>
        <translation>kein Dokument für %1</translation>
    </message>
</context>
<context>
    <name>nsg::history::SnapshotDiff</name>
    <message>
        <source>%n endpoint(s) became internet-facing</source>
        <translation>%n Endpunkt(e) jetzt aus dem Internet erreichbar</translation>
    </message>
    <message>
        <source>%n endpoint(s) no longer internet-facing</source>
        <translation>%n Endpunkt(e) nicht mehr aus dem Internet erreichbar</translation>
    </message>
    <message>
        <source>No change in what is exposed (%n NSG(s) compared)</source>
        <translation>Keine Änderung bei dem, was exponiert ist (%n NSG(s) verglichen)</translation>
    </message>
    <message>
        <source>%n new exposure(s)</source>
        <translation>%n neue Exposition(en)</translation>
    </message>
    <message>
        <source>%n came back</source>
        <translation>%n zurückgekehrt</translation>
    </message>
    <message>
        <source>%n accepted risk(s) lapsed</source>
        <translation>%n akzeptierte(s) Risiko/Risiken abgelaufen</translation>
    </message>
    <message>
        <source>%n fixed</source>
        <translation>%n behoben</translation>
    </message>
    <message>
        <source>%n still exposed</source>
        <translation>%n weiter exponiert</translation>
    </message>
    <message>
        <source>%n now undecided</source>
        <translation>%n jetzt unentschieden</translation>
    </message>
    <message>
        <source>%n with rules changed, same verdict</source>
        <translation>%n mit geänderten Regeln, gleiches Urteil</translation>
    </message>
    <message>
        <source>%n added</source>
        <translation>%n hinzugekommen</translation>
    </message>
    <message>
        <source>%n removed</source>
        <translation>%n entfernt</translation>
    </message>
</context>
<context>
    <name>nsg::history::SnapshotInfo</name>
    <message>
        <source>#%1, %2 UTC, %3, %n NSG(s)</source>
        <translation>#%1, %2 UTC, %3, %n NSG(s)</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>%n file(s)</source>
        <translation>%n Datei(en)</translation>
    </message>
    <message>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <source>%1: %n subscription(s)</source>
        <translation>%1: %n Abonnement(s)</translation>
    </message>
</context>
<context>
    <name>nsg::sandbox::Checker</name>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: Objekt erwartet</translation>
    </message>
    <message>
        <source>%1.%2: missing</source>
        <translation>%1.%2: fehlt</translation>
    </message>
    <message>
        <source>%1.%2: expected %3</source>
        <translation>%1.%2: %3 erwartet</translation>
    </message>
</context>
<context>
    <name>nsg::sandbox::FaultInjector</name>
    <message>
        <source>bad fault &apos;%1&apos; (see nsg-auditor sandbox --help)</source>
        <translation>ungültiger Fehler „%1“ (siehe nsg-auditor sandbox --help)</translation>
    </message>
</context>
<context>
    <name>nsg::sandbox::GenerateSpec</name>
    <message>
        <source>bad --generate item &apos;%1&apos; (expected tenants=T,subs=S,nsgs=N,rules=R,exposed=F,seed=K)</source>
        <translation>ungültiger --generate-Eintrag „%1“ (erwartet tenants=T,subs=S,nsgs=N,rules=R,exposed=F,seed=K)</translation>
    </message>
    <message>
        <source>--generate needs tenants &gt;= 1, subs &gt;= tenants, nsgs &gt;= 0, rules &gt;= 0 and 0 &lt;= exposed &lt;= 1</source>
        <translation>--generate braucht tenants &gt;= 1, subs &gt;= tenants, nsgs &gt;= 0, rules &gt;= 0 und 0 &lt;= exposed &lt;= 1</translation>
    </message>
</context>
<context>
    <name>nsg::sandbox::Identity</name>
    <message>
        <source>The request body must contain the following parameter: &apos;client_id&apos;.</source>
        <translation>The request body must contain the following parameter: &apos;client_id&apos;.</translation>
    </message>
    <message>
        <source>The request body must contain the following parameter: &apos;scope&apos;.</source>
        <translation>The request body must contain the following parameter: &apos;scope&apos;.</translation>
    </message>
    <message>
        <source>Tenant &apos;%1&apos; not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.</source>
        <translation>Tenant &apos;%1&apos; not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.</translation>
    </message>
    <message>
        <source>To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.</source>
        <translation>Öffnen Sie zur Anmeldung in einem Webbrowser die Seite %1 und geben Sie zur Authentifizierung den Code %2 ein.</translation>
    </message>
    <message>
        <source>Verification code unknown.</source>
        <translation>Verification code unknown.</translation>
    </message>
    <message>
        <source>The provided value for the input parameter &apos;device_code&apos; is not valid. This device code has expired.</source>
        <translation>The provided value for the input parameter &apos;device_code&apos; is not valid. This device code has expired.</translation>
    </message>
    <message>
        <source>The user declined to authenticate.</source>
        <translation>The user declined to authenticate.</translation>
    </message>
    <message>
        <source>The provided value for the input parameter &apos;device_code&apos; is not valid. It has already been redeemed.</source>
        <translation>The provided value for the input parameter &apos;device_code&apos; is not valid. It has already been redeemed.</translation>
    </message>
    <message>
        <source>OAuth 2.0 device flow error. Authorization is pending; poll no faster than the interval.</source>
        <translation>OAuth 2.0 device flow error. Authorization is pending; poll no faster than the interval.</translation>
    </message>
    <message>
        <source>OAuth 2.0 device flow error. Authorization is pending. Continue polling.</source>
        <translation>OAuth 2.0 device flow error. Authorization is pending. Continue polling.</translation>
    </message>
    <message>
        <source>User account &apos;%1&apos; does not exist in tenant &apos;%2&apos; and cannot access the application in that tenant.</source>
        <translation>User account &apos;%1&apos; does not exist in tenant &apos;%2&apos; and cannot access the application in that tenant.</translation>
    </message>
    <message>
        <source>The provided authorization code or refresh token has expired due to inactivity, was revoked or has already been used. Send a new interactive authorization request for this user and resource.</source>
        <translation>The provided authorization code or refresh token has expired due to inactivity, was revoked or has already been used. Send a new interactive authorization request for this user and resource.</translation>
    </message>
    <message>
        <source>Tenant &apos;%1&apos; not found.</source>
        <translation>Tenant &apos;%1&apos; not found.</translation>
    </message>
    <message>
        <source>Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access &apos;797f4846-ba00-4fd7-ba43-dac1f8f63013&apos;.</source>
        <translation>Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access &apos;797f4846-ba00-4fd7-ba43-dac1f8f63013&apos;.</translation>
    </message>
    <message>
        <source>The app requested an unsupported grant type &apos;%1&apos;.</source>
        <translation>The app requested an unsupported grant type &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The code you entered is not valid.</source>
        <translation>Der eingegebene Code ist ungültig.</translation>
    </message>
    <message>
        <source>That code has expired. Start the sign-in again on your device.</source>
        <translation>Dieser Code ist abgelaufen. Starten Sie die Anmeldung auf Ihrem Gerät erneut.</translation>
    </message>
    <message>
        <source>That code has already been used.</source>
        <translation>Dieser Code wurde bereits verwendet.</translation>
    </message>
    <message>
        <source>There is no account &apos;%1&apos;.</source>
        <translation>Es gibt kein Konto „%1“.</translation>
    </message>
    <message>
        <source>You declined the sign-in. You may now close this window.</source>
        <translation>Sie haben die Anmeldung abgelehnt. Sie können dieses Fenster jetzt schließen.</translation>
    </message>
    <message>
        <source>You have signed in as %1 on your device. You may now close this window.</source>
        <translation>Sie haben sich auf Ihrem Gerät als %1 angemeldet. Sie können dieses Fenster jetzt schließen.</translation>
    </message>
    <message>
        <source>Sign-in declined</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>The required field &apos;authorization_endpoint&apos; is missing.</source>
        <translation>The required field &apos;authorization_endpoint&apos; is missing.</translation>
    </message>
    <message>
        <source>Unknown or invalid instance.</source>
        <translation>Unknown or invalid instance.</translation>
    </message>
    <message>
        <source>Tenant &apos;%1&apos; cannot issue application tokens: use the tenant&apos;s id or domain.</source>
        <translation>Tenant &apos;%1&apos; cannot issue application tokens: use the tenant&apos;s id or domain.</translation>
    </message>
    <message>
        <source>Application with identifier &apos;%1&apos; was not found in the directory &apos;%2&apos;. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.</source>
        <translation>Application with identifier &apos;%1&apos; was not found in the directory &apos;%2&apos;. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.</translation>
    </message>
    <message>
        <source>The provided value for scope %1 is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).</source>
        <translation>The provided value for scope %1 is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).</translation>
    </message>
    <message>
        <source>Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app &apos;%1&apos;.</source>
        <translation>Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>client_assertion_type must be urn:ietf:params:oauth:client-assertion-type:jwt-bearer.</source>
        <translation>client_assertion_type must be urn:ietf:params:oauth:client-assertion-type:jwt-bearer.</translation>
    </message>
    <message>
        <source>Invalid JWT token. The token is not in a valid format.</source>
        <translation>Invalid JWT token. The token is not in a valid format.</translation>
    </message>
    <message>
        <source>Client assertion audience claim does not match Realm issuer. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials. Audience: &apos;%1&apos;.</source>
        <translation>Client assertion audience claim does not match Realm issuer. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials. Audience: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Client assertion iss and sub claims must both be the client id &apos;%1&apos;.</source>
        <translation>Client assertion iss and sub claims must both be the client id &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Client assertion is not within its valid time range. Current time: %1, assertion valid from %2, expiry time of assertion %3.</source>
        <translation>Client assertion is not within its valid time range. Current time: %1, assertion valid from %2, expiry time of assertion %3.</translation>
    </message>
    <message>
        <source>Invalid JWT token. The client assertion&apos;s header names no RS256/PS256 signature or no certificate thumbprint (x5t).</source>
        <translation>Invalid JWT token. The client assertion&apos;s header names no RS256/PS256 signature or no certificate thumbprint (x5t).</translation>
    </message>
    <message>
        <source>The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found.]</source>
        <translation>The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found.]</translation>
    </message>
    <message>
        <source>Client assertion failed signature validation.</source>
        <translation>Client assertion failed signature validation.</translation>
    </message>
    <message>
        <source>The request body must contain the following parameter: &apos;client_assertion&apos; or &apos;client_secret&apos;.</source>
        <translation>The request body must contain the following parameter: &apos;client_assertion&apos; or &apos;client_secret&apos;.</translation>
    </message>
    <message>
        <source>Identity not found: this machine has no system-assigned managed identity</source>
        <translation>Identity not found: this machine has no system-assigned managed identity</translation>
    </message>
    <message>
        <source>Identity not found: no user-assigned managed identity with client id %1 on this machine</source>
        <translation>Identity not found: no user-assigned managed identity with client id %1 on this machine</translation>
    </message>
</context>
<context>
    <name>nsg::sandbox::SandboxServer</name>
    <message>
        <source>Authentication failed. The &apos;Authorization&apos; header is missing.</source>
        <translation>Authentication failed. The &apos;Authorization&apos; header is missing.</translation>
    </message>
    <message>
        <source>The authentication failed because of missing &apos;Authorization&apos; header.</source>
        <translation>The authentication failed because of missing &apos;Authorization&apos; header.</translation>
    </message>
    <message>
        <source>The access token is invalid.</source>
        <translation>The access token is invalid.</translation>
    </message>
    <message>
        <source>The access token expiry UTC time &apos;%1&apos; is earlier than current UTC time &apos;%2&apos;.</source>
        <translation>The access token expiry UTC time &apos;%1&apos; is earlier than current UTC time &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The access token has expired.</source>
        <translation>The access token has expired.</translation>
    </message>
    <message>
        <source>The api-version query parameter (?api-version=) is required for all requests.</source>
        <translation>The api-version query parameter (?api-version=) is required for all requests.</translation>
    </message>
    <message>
        <source>The api-version &apos;%1&apos; is invalid. The supported versions are &apos;2025-05-01,2024-05-01,2022-12-01,2024-04-01&apos;.</source>
        <translation>The api-version &apos;%1&apos; is invalid. The supported versions are &apos;2025-05-01,2024-05-01,2022-12-01,2024-04-01&apos;.</translation>
    </message>
    <message>
        <source>Use POST.</source>
        <translation>Use POST.</translation>
    </message>
    <message>
        <source>The resource type &apos;%1&apos; could not be found.</source>
        <translation>The resource type &apos;%1&apos; could not be found.</translation>
    </message>
    <message>
        <source>The skip token is invalid.</source>
        <translation>The skip token is invalid.</translation>
    </message>
    <message>
        <source>The subscription &apos;%1&apos; could not be found.</source>
        <translation>The subscription &apos;%1&apos; could not be found.</translation>
    </message>
    <message>
        <source>The access token is from the wrong issuer &apos;https://sts.windows.net/%1/&apos;. It must match the tenant &apos;https://sts.windows.net/%2/&apos; associated with this subscription. Please use the authority (URL) &apos;https://login.windows.net/%2&apos; to get the token. Note, if the subscription is transferred to another tenant there is no impact to the services, but information about new tenant could take time to propagate (up to an hour). If you just transferred your subscription and see this error message, please try back later.</source>
        <translation>The access token is from the wrong issuer &apos;https://sts.windows.net/%1/&apos;. It must match the tenant &apos;https://sts.windows.net/%2/&apos; associated with this subscription. Please use the authority (URL) &apos;https://login.windows.net/%2&apos; to get the token. Note, if the subscription is transferred to another tenant there is no impact to the services, but information about new tenant could take time to propagate (up to an hour). If you just transferred your subscription and see this error message, please try back later.</translation>
    </message>
    <message>
        <source>Number of &apos;%1&apos; requests for subscription &apos;%2&apos; actor &apos;%3&apos; exceeded. Please try again after &apos;%4&apos; seconds after additional tokens are available. Refer to https://aka.ms/arm-throttling</source>
        <translation>Number of &apos;%1&apos; requests for subscription &apos;%2&apos; actor &apos;%3&apos; exceeded. Please try again after &apos;%4&apos; seconds after additional tokens are available. Refer to https://aka.ms/arm-throttling</translation>
    </message>
    <message>
        <source>Unknown resource type.</source>
        <translation>Unknown resource type.</translation>
    </message>
    <message>
        <source>Use GET.</source>
        <translation>Use GET.</translation>
    </message>
    <message>
        <source>Resource group &apos;%1&apos; could not be found.</source>
        <translation>Resource group &apos;%1&apos; could not be found.</translation>
    </message>
    <message>
        <source>The resource type could not be found in the namespace for api version &apos;%1&apos;.</source>
        <translation>The resource type could not be found in the namespace for api version &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The sandbox changes NSGs one rule at a time (PUT …/securityRules/{name}).</source>
        <translation>The sandbox changes NSGs one rule at a time (PUT …/securityRules/{name}).</translation>
    </message>
    <message>
        <source>Unknown child resource type &apos;%1&apos;.</source>
        <translation>Unknown child resource type &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Method not allowed.</source>
        <translation>Method not allowed.</translation>
    </message>
    <message>
        <source>The access token does not satisfy the claims challenge: this operation requires multi-factor authentication. Acquire a new token with the claims in the WWW-Authenticate header.</source>
        <translation>The access token does not satisfy the claims challenge: this operation requires multi-factor authentication. Acquire a new token with the claims in the WWW-Authenticate header.</translation>
    </message>
    <message>
        <source>The subscription &apos;%1&apos; is disabled and therefore marked as read only. You cannot perform any write actions on this subscription until it is re-enabled.</source>
        <translation>The subscription &apos;%1&apos; is disabled and therefore marked as read only. You cannot perform any write actions on this subscription until it is re-enabled.</translation>
    </message>
    <message>
        <source>The scope &apos;%1&apos; cannot perform write operation because following scope(s) are locked: &apos;/subscriptions/%2/resourceGroups/%3&apos;. Please remove the lock and try again.</source>
        <translation>The scope &apos;%1&apos; cannot perform write operation because following scope(s) are locked: &apos;/subscriptions/%2/resourceGroups/%3&apos;. Please remove the lock and try again.</translation>
    </message>
    <message>
        <source>Operation PutSecurityRuleOperation (%1) on resource %2 is in progress; another operation cannot run on it at the same time. Retry after the time in the Retry-After header.</source>
        <translation>Operation PutSecurityRuleOperation (%1) on resource %2 is in progress; another operation cannot run on it at the same time. Retry after the time in the Retry-After header.</translation>
    </message>
    <message>
        <source>The operation failed in the network resource provider (the sandbox was told to fail writes).</source>
        <translation>The operation failed in the network resource provider (the sandbox was told to fail writes).</translation>
    </message>
    <message>
        <source>The operation &apos;%1&apos; was not found.</source>
        <translation>The operation &apos;%1&apos; was not found.</translation>
    </message>
    <message>
        <source>Resource name %1 is invalid. The name can be up to 80 characters long. It must begin with a word character, and it must end with a word character or with &apos;_&apos;. The name may contain word characters or &apos;.&apos;, &apos;-&apos;, &apos;_&apos;.</source>
        <translation>Resource name %1 is invalid. The name can be up to 80 characters long. It must begin with a word character, and it must end with a word character or with &apos;_&apos;. The name may contain word characters or &apos;.&apos;, &apos;-&apos;, &apos;_&apos;.</translation>
    </message>
    <message>
        <source>Precondition failed: the If-Match value %1 does not match the current etag %2 of %3.</source>
        <translation>Precondition failed: the If-Match value %1 does not match the current etag %2 of %3.</translation>
    </message>
    <message>
        <source>(none: the rule does not exist)</source>
        <translation>(none: the rule does not exist)</translation>
    </message>
    <message>
        <source>Precondition failed: the rule %1 already exists.</source>
        <translation>Precondition failed: the rule %1 already exists.</translation>
    </message>
    <message>
        <source>Cannot parse the request: expected {&quot;properties&quot;: {…}}.</source>
        <translation>Cannot parse the request: expected {&quot;properties&quot;: {…}}.</translation>
    </message>
    <message>
        <source>Cannot parse the request. Required property &apos;%1&apos; not found.</source>
        <translation>Cannot parse the request. Required property &apos;%1&apos; not found.</translation>
    </message>
    <message>
        <source>Cannot parse the request. &apos;%1&apos; is not a valid protocol (Tcp, Udp, Icmp, Esp, Ah, *).</source>
        <translation>Cannot parse the request. &apos;%1&apos; is not a valid protocol (Tcp, Udp, Icmp, Esp, Ah, *).</translation>
    </message>
    <message>
        <source>Cannot parse the request. &apos;%1&apos; is not a valid access (Allow, Deny).</source>
        <translation>Cannot parse the request. &apos;%1&apos; is not a valid access (Allow, Deny).</translation>
    </message>
    <message>
        <source>Cannot parse the request. &apos;%1&apos; is not a valid direction (Inbound, Outbound).</source>
        <translation>Cannot parse the request. &apos;%1&apos; is not a valid direction (Inbound, Outbound).</translation>
    </message>
    <message>
        <source>Security rule has invalid Priority. Value provided: %1 Allowed range 100-4096.</source>
        <translation>Security rule has invalid Priority. Value provided: %1 Allowed range 100-4096.</translation>
    </message>
    <message>
        <source>Security rule %1 conflicts with rule %2. Rules cannot have the same Priority and Direction. To learn more, see aka.ms/nsgrules.</source>
        <translation>Security rule %1 conflicts with rule %2. Rules cannot have the same Priority and Direction. To learn more, see aka.ms/nsgrules.</translation>
    </message>
    <message>
        <source>The description of a security rule is limited to 140 characters.</source>
        <translation>The description of a security rule is limited to 140 characters.</translation>
    </message>
    <message>
        <source>Security rule %1 sets both %2 and %3; use one of them.</source>
        <translation>Security rule %1 sets both %2 and %3; use one of them.</translation>
    </message>
    <message>
        <source>Cannot parse the request. %1 holds a value that is not a string.</source>
        <translation>Cannot parse the request. %1 holds a value that is not a string.</translation>
    </message>
    <message>
        <source>Security rule has invalid Port range. Value provided: %1. Value should be an integer OR integer range with &apos;-&apos; delimiter. Valid range 0-65535.</source>
        <translation>Security rule has invalid Port range. Value provided: %1. Value should be an integer OR integer range with &apos;-&apos; delimiter. Valid range 0-65535.</translation>
    </message>
    <message>
        <source>Cannot parse the request. A security rule needs source and destination port ranges and source and destination addresses or application security groups.</source>
        <translation>Cannot parse the request. A security rule needs source and destination port ranges and source and destination addresses or application security groups.</translation>
    </message>
    <message>
        <source>Security rule %1 has invalid Address prefix. Value provided: %2.</source>
        <translation>Security rule %1 has invalid Address prefix. Value provided: %2.</translation>
    </message>
    <message>
        <source>Security rule parameter %1 for rule with Id %2 cannot specify existing VIRTUALNETWORK, INTERNET, AZURELOADBALANCER, &apos;*&apos; or system tags. Unsupported value used: %3.</source>
        <translation>Security rule parameter %1 for rule with Id %2 cannot specify existing VIRTUALNETWORK, INTERNET, AZURELOADBALANCER, &apos;*&apos; or system tags. Unsupported value used: %3.</translation>
    </message>
    <message>
        <source>Precondition failed: the rule changed since it was read.</source>
        <translation>Precondition failed: the rule changed since it was read.</translation>
    </message>
    <message>
        <source>Resource Graph cannot serve this request.</source>
        <translation>Resource Graph cannot serve this request.</translation>
    </message>
    <message>
        <source>Resource Graph queries are not allowed for this client in this tenant.</source>
        <translation>Resource Graph queries are not allowed for this client in this tenant.</translation>
    </message>
    <message>
        <source>Resource Graph failed to process the request.</source>
        <translation>Resource Graph failed to process the request.</translation>
    </message>
    <message>
        <source>Resource Graph is unavailable.</source>
        <translation>Resource Graph is unavailable.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object with a &apos;query&apos; string.</source>
        <translation>The request body must be a JSON object with a &apos;query&apos; string.</translation>
    </message>
    <message>
        <source>Query is invalid. Please refer to the documentation for the Azure Resource Graph service and fix the error before retrying. %1</source>
        <translation>Query is invalid. Please refer to the documentation for the Azure Resource Graph service and fix the error before retrying. %1</translation>
    </message>
    <message>
        <source>$top must be between 1 and 1000.</source>
        <translation>$top must be between 1 and 1000.</translation>
    </message>
    <message>
        <source>The subscription &apos;%1&apos; could not be found or is not accessible with this token.</source>
        <translation>The subscription &apos;%1&apos; could not be found or is not accessible with this token.</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>demo tenant</source>
        <translation>Demomandant</translation>
    </message>
    <message>
        <source>the sandbox&apos;s TLS certificate is missing from the build</source>
        <translation>das TLS-Zertifikat der Sandbox fehlt im Build</translation>
    </message>
    <message>
        <source>TLS is not available (no usable TLS backend or certificate)</source>
        <translation>TLS ist nicht verfügbar (kein nutzbares TLS-Backend oder Zertifikat)</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2</source>
        <translation>%1:%2 kann nicht abgehört werden</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Not found.</translation>
    </message>
    <message>
        <source>The request is being throttled as the limit has been reached for operation type - Read_ObservationWindow_00:05:00. For more information, refer to - https://aka.ms/armthrottling</source>
        <translation>The request is being throttled as the limit has been reached for operation type - Read_ObservationWindow_00:05:00. For more information, refer to - https://aka.ms/armthrottling</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable. Please try again later.</source>
        <translation>The service is temporarily unavailable. Please try again later.</translation>
    </message>
    <message>
        <source>Encountered internal server error. Diagnostic information: timestamp &apos;%1&apos;, tracking id &apos;%2&apos;.</source>
        <translation>Encountered internal server error. Diagnostic information: timestamp &apos;%1&apos;, tracking id &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The sandbox reads resource groups; it does not create or delete them.</source>
        <translation>The sandbox reads resource groups; it does not create or delete them.</translation>
    </message>
    <message>
        <source>The api-version &apos;%1&apos; is invalid. The supported versions are &apos;%2&apos;.</source>
        <translation>The api-version &apos;%1&apos; is invalid. The supported versions are &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Cannot parse the request.</source>
        <translation>Die Anfrage lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>Deployment &apos;%1&apos; could not be found.</source>
        <translation>Die Bereitstellung &apos;%1&apos; wurde nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>nsg::sandbox::SandboxWorld</name>
    <message>
        <source>the tenant file is not valid JSON</source>
        <translation>die Mandantendatei ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>%1.tenantId: &apos;%2&apos; is not a GUID</source>
        <translation>%1.tenantId: „%2“ ist keine GUID</translation>
    </message>
    <message>
        <source>%1.tenantId: no such tenant</source>
        <translation>%1.tenantId: kein solcher Mandant</translation>
    </message>
    <message>
        <source>%1.managedByTenants: no tenant &apos;%2&apos;</source>
        <translation>%1.managedByTenants: kein Mandant „%2“</translation>
    </message>
    <message>
        <source>%1.state: &apos;%2&apos; is not a subscription state</source>
        <translation>%1.state: „%2“ ist kein Abonnementstatus</translation>
    </message>
    <message>
        <source>%1.subnet: no subnet &apos;%2&apos; in this subscription</source>
        <translation>%1.subnet: kein Subnetz „%2“ in diesem Abonnement</translation>
    </message>
    <message>
        <source>%1: a second NSG with the id %2</source>
        <translation>%1: eine zweite NSG mit der ID %2</translation>
    </message>
    <message>
        <source>%1: a subnet or NIC names %2, which is not in the file</source>
        <translation>%1: ein Subnetz oder eine NIC nennt %2, das nicht in der Datei ist</translation>
    </message>
    <message>
        <source>%1.homeTenantId: no such tenant</source>
        <translation>%1.homeTenantId: kein solcher Mandant</translation>
    </message>
    <message>
        <source>%1.role: &apos;%2&apos; is not a role the sandbox knows</source>
        <translation>%1.role: „%2“ ist keine Rolle, die die Sandbox kennt</translation>
    </message>
    <message>
        <source>%1.scope: no such subscription in &apos;%2&apos;</source>
        <translation>%1.scope: kein solches Abonnement in „%2“</translation>
    </message>
    <message>
        <source>%1: %2 is not in the file</source>
        <translation>%1: %2 steht nicht in der Datei</translation>
    </message>
    <message>
        <source>%1.id: &apos;%2&apos; is not a resource of this subscription</source>
        <translation>%1.id: „%2“ ist keine Ressource dieses Abonnements</translation>
    </message>
    <message>
        <source>%1.type: the sandbox does not serve &apos;%2&apos;</source>
        <translation>%1.type: Die Sandbox liefert „%2“ nicht</translation>
    </message>
    <message>
        <source>%1.virtualNetworkId: no virtual network &apos;%2&apos; in this subscription</source>
        <translation>%1.virtualNetworkId: kein virtuelles Netzwerk „%2“ in diesem Abonnement</translation>
    </message>
    <message>
        <source>%1.certificates: each is a PEM string</source>
        <translation>%1.certificates: each is a PEM string</translation>
    </message>
    <message>
        <source>%1: a clientSecret or certificates</source>
        <translation>%1: a clientSecret or certificates</translation>
    </message>
</context>
<context>
    <name>nsg::shipfix</name>
    <message>
        <source>The request this tool sends</source>
        <translation>Die Anfrage, die dieses Werkzeug sendet</translation>
    </message>
    <message>
        <source>If-None-Match: * makes Azure refuse the request when a rule of that name already exists.</source>
        <translation>Mit If-None-Match: * lehnt Azure die Anfrage ab, wenn es schon eine Regel dieses Namens gibt.</translation>
    </message>
    <message>
        <source>If-Match carries the rule&apos;s etag as read: Azure refuses the request (412) when the rule changed since; read it again and compare.</source>
        <translation>If-Match trägt das ETag der Regel, wie sie gelesen wurde: Azure lehnt die Anfrage ab (412), wenn sich die Regel seither geändert hat; lesen Sie sie erneut und vergleichen Sie.</translation>
    </message>
    <message>
        <source>Azure may apply the change asynchronously: a 201 or 202 answer names an Azure-AsyncOperation URL to poll until it reports Succeeded.</source>
        <translation>Azure kann die Änderung asynchron ausführen: Eine Antwort 201 oder 202 nennt eine Azure-AsyncOperation-URL, die abzufragen ist, bis sie Succeeded meldet.</translation>
    </message>
    <message>
        <source>--source-asgs null clears the rule&apos;s source application security groups, which the addresses replace (a rule cannot have both).</source>
        <translation>--source-asgs null leert die Quell-Anwendungssicherheitsgruppen der Regel, die die Adressen ersetzen (eine Regel kann nicht beides haben).</translation>
    </message>
    <message>
        <source>az reads the rule and writes it back with the new source, one address in sourceAddressPrefix and several in sourceAddressPrefixes, as this tool does.</source>
        <translation>az liest die Regel und schreibt sie mit der neuen Quelle zurück, eine Adresse in sourceAddressPrefix und mehrere in sourceAddressPrefixes, wie dieses Werkzeug.</translation>
    </message>
    <message>
        <source>az reads the rule and writes it back with Access Deny; nothing else changes.</source>
        <translation>az liest die Regel und schreibt sie mit Access Deny zurück; sonst ändert sich nichts.</translation>
    </message>
    <message>
        <source>Every value is given: az fills a value left out with its own default (destination port 80, addresses and ports *).</source>
        <translation>Jeder Wert ist angegeben: az füllt einen fehlenden Wert mit seinem eigenen Standard (Zielport 80, Adressen und Ports *).</translation>
    </message>
    <message>
        <source>Azure CLI (bash)</source>
        <translation>Azure CLI (bash)</translation>
    </message>
    <message>
        <source>az sends no If-Match: a change someone made to the rule after it was read is overwritten. The ARM request is the one that refuses it.</source>
        <translation>az sendet kein If-Match: Eine Änderung, die jemand nach dem Lesen an der Regel vorgenommen hat, wird überschrieben. Die ARM-Anfrage lehnt das ab.</translation>
    </message>
    <message>
        <source>Set-AzNetworkSecurityRuleConfig replaces the whole rule with the values given, so every value of the rule is given.</source>
        <translation>Set-AzNetworkSecurityRuleConfig ersetzt die ganze Regel durch die angegebenen Werte, deshalb ist jeder Wert der Regel angegeben.</translation>
    </message>
    <message>
        <source>Azure PowerShell (Az.Network)</source>
        <translation>Azure PowerShell (Az.Network)</translation>
    </message>
    <message>
        <source>Set-AzNetworkSecurityGroup writes the whole NSG as it was read, without a per-rule etag: a change made to any rule of the NSG in between is undone. Run it right after reading, or use the ARM request.</source>
        <translation>Set-AzNetworkSecurityGroup schreibt die ganze NSG, wie sie gelesen wurde, ohne ETag je Regel: Eine Änderung an irgendeiner Regel der NSG in der Zwischenzeit wird rückgängig gemacht. Führen Sie es direkt nach dem Lesen aus oder nutzen Sie die ARM-Anfrage.</translation>
    </message>
    <message>
        <source>The rule as a child resource of the existing NSG</source>
        <translation>Die Regel als untergeordnete Ressource der bestehenden NSG</translation>
    </message>
    <message>
        <source>If the NSG declares its rules inline: the element of securityRules</source>
        <translation>Wenn die NSG ihre Regeln inline deklariert: das Element von securityRules</translation>
    </message>
    <message>
        <source>Deploy to resource group %1 of subscription %2 (az deployment group create --resource-group … --template-file …).</source>
        <translation>In die Ressourcengruppe %1 des Abonnements %2 bereitstellen (az deployment group create --resource-group … --template-file …).</translation>
    </message>
    <message>
        <source>A deployment does not delete a child resource that leaves the template (incremental mode): remove it from the template and delete the rule once with the ARM request or az.</source>
        <translation>Eine Bereitstellung löscht keine untergeordnete Ressource, die aus der Vorlage entfernt wurde (inkrementeller Modus): Entfernen Sie sie aus der Vorlage und löschen Sie die Regel einmal mit der ARM-Anfrage oder az.</translation>
    </message>
    <message>
        <source>An NSG declared with an inline securityRules array is written whole at every deployment: change the element there, or the next deployment undoes the fix. Do not declare the same rule both ways.</source>
        <translation>Eine NSG mit inline deklariertem securityRules-Array wird bei jeder Bereitstellung ganz geschrieben: Ändern Sie das Element dort, sonst macht die nächste Bereitstellung die Korrektur rückgängig. Deklarieren Sie dieselbe Regel nicht auf beide Arten.</translation>
    </message>
    <message>
        <source>azurerm_network_security_rule (the rule as its own resource)</source>
        <translation>azurerm_network_security_rule (die Regel als eigene Ressource)</translation>
    </message>
    <message>
        <source>security_rule block of azurerm_network_security_group (rules inline)</source>
        <translation>security_rule-Block von azurerm_network_security_group (Regeln inline)</translation>
    </message>
    <message>
        <source>The azurerm provider warns that an NSG&apos;s rules are declared either inline (security_rule blocks) or as azurerm_network_security_rule resources, never both: the two overwrite each other at every apply.</source>
        <translation>Der azurerm-Provider warnt: Die Regeln einer NSG werden entweder inline (security_rule-Blöcke) oder als azurerm_network_security_rule-Ressourcen deklariert, nie beides: Die beiden überschreiben sich bei jedem apply.</translation>
    </message>
    <message>
        <source>Removing the block or resource makes the next apply delete the rule.</source>
        <translation>Wenn der Block oder die Ressource entfernt wird, löscht das nächste apply die Regel.</translation>
    </message>
    <message>
        <source>ARM request</source>
        <translation>ARM-Anfrage</translation>
    </message>
    <message>
        <source>Azure CLI</source>
        <translation>Azure CLI</translation>
    </message>
    <message>
        <source>Azure PowerShell</source>
        <translation>Azure PowerShell</translation>
    </message>
    <message>
        <source>Bicep</source>
        <translation>Bicep</translation>
    </message>
    <message>
        <source>Terraform (azurerm)</source>
        <translation>Terraform (azurerm)</translation>
    </message>
    <message>
        <source>If the rule is not in your Terraform state yet: import it (Terraform 1.5 or later)</source>
        <translation>Wenn die Regel noch nicht in Ihrem Terraform-State ist: importieren (Terraform 1.5 oder neuer)</translation>
    </message>
</context>
<context>
    <name>nsg::ui</name>
    <message>
        <source>The desktop window. Command-line use: nsg-auditor scan|sandbox|signout --help.</source>
        <translation>Das Desktopfenster. Kommandozeile: nsg-auditor scan|sandbox|signout --help.</translation>
    </message>
    <message>
        <source>Open the built-in demo tenant: a sandbox in this process and a real device-code sign-in.</source>
        <translation>Den eingebauten Demomandanten öffnen: eine Sandbox in diesem Prozess und eine echte Gerätecode-Anmeldung.</translation>
    </message>
    <message>
        <source>Exports to open.</source>
        <translation>Zu öffnende Exporte.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>The demo sandbox did not start: %1</source>
        <translation>Die Demo-Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Sign in against a sandbox at URL instead of Azure (one started with &apos;nsg-auditor sandbox&apos;).</source>
        <translation>Bei einer Sandbox unter URL statt bei Azure anmelden (einer mit „nsg-auditor sandbox“ gestarteten).</translation>
    </message>
    <message>
        <source>nsg-auditor: --sandbox-url needs an http or https URL such as http://127.0.0.1:8443, not &apos;%1&apos;</source>
        <translation>nsg-auditor: --sandbox-url braucht eine http- oder https-URL wie http://127.0.0.1:8443, nicht „%1“</translation>
    </message>
    <message>
        <source>nsg-auditor: --demo and --sandbox-url exclude each other</source>
        <translation>nsg-auditor: --demo und --sandbox-url schließen einander aus</translation>
    </message>
</context>
<context>
    <name>nsg::ui::AcceptRiskDialog</name>
    <message>
        <source>&amp;Accept risk</source>
        <translation>Risiko &amp;akzeptieren</translation>
    </message>
    <message>
        <source>&amp;Withdraw acceptance</source>
        <translation>Akzeptanz &amp;zurückziehen</translation>
    </message>
    <message>
        <source>Accept risk — %1</source>
        <translation>Risiko akzeptieren — %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; lets %2 in from the Internet through %3.&lt;/p&gt;&lt;p&gt;Accepting the risk shows it apart (not green) until the date below, or until these rules change — then it is exposed again and says why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; lässt %2 aus dem Internet über %3 zu.&lt;/p&gt;&lt;p&gt;Wird das Risiko akzeptiert, erscheint es getrennt (nicht grün) bis zum unten genannten Datum oder bis sich diese Regeln ändern — dann ist es wieder exponiert und sagt, warum.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Why this exposure is acceptable, and what ends it</source>
        <translation>Warum diese Exposition akzeptabel ist und was sie beendet</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Prüfer:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Until (last day):</source>
        <translation>&amp;Bis (letzter Tag):</translation>
    </message>
</context>
<context>
    <name>nsg::ui::AdminRulesDialog</name>
    <message>
        <source>Allow</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>Immer zulassen</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Verweigern</translation>
    </message>
    <message>
        <source>%1 (not understood)</source>
        <translation>%1 (nicht verstanden)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Security admin rules of %1</source>
        <translation>Sicherheitsadministratorregeln von %1</translation>
    </message>
    <message>
        <source>Effective security admin rules</source>
        <translation>Wirksame Sicherheitsadministratorregeln</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Destination ports</source>
        <translation>Zielports</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Azure Virtual Network Manager applies these rules before any NSG, lowest priority first: Deny drops the traffic, Always allow admits it without the NSGs, Allow hands it on to them. Rules in bold match the port audited (%1 of them).</source>
        <translation>Azure Virtual Network Manager wendet diese Regeln vor jeder NSG an, niedrigste Priorität zuerst: Verweigern verwirft den Verkehr, Immer zulassen lässt ihn ohne die NSGs ein, Zulassen reicht ihn an sie weiter. Fett gedruckte Regeln passen auf den geprüften Port (%1 davon).</translation>
    </message>
    <message>
        <source>On the path this was opened from, %1 decides (highlighted).</source>
        <translation>Auf dem Pfad, von dem aus dies geöffnet wurde, entscheidet %1 (hervorgehoben).</translation>
    </message>
    <message>
        <source>On the path this was opened from, none decides: the NSGs do.</source>
        <translation>Auf dem Pfad, von dem aus dies geöffnet wurde, entscheidet keine: die NSGs tun es.</translation>
    </message>
    <message>
        <source>Read only: admin rules are changed in Azure Virtual Network Manager.</source>
        <translation>Nur lesen: Admin-Regeln werden in Azure Virtual Network Manager geändert.</translation>
    </message>
</context>
<context>
    <name>nsg::ui::CompareDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Compare audits</source>
        <translation>Prüfungen vergleichen</translation>
    </message>
    <message>
        <source>&amp;Older:</source>
        <translation>Ä&amp;lter:</translation>
    </message>
    <message>
        <source>&amp;Newer:</source>
        <translation>&amp;Neuer:</translation>
    </message>
    <message>
        <source>NSG</source>
        <translation>NSG</translation>
    </message>
    <message>
        <source>Then → now</source>
        <translation>Damals → jetzt</translation>
    </message>
    <message>
        <source>First seen exposed</source>
        <translation>Zuerst exponiert gesehen</translation>
    </message>
    <message>
        <source>Who changed it</source>
        <translation>Wer es geändert hat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Who changed it (Azure&apos;s change history):</source>
        <translation>Wer es geändert hat (Änderungsverlauf von Azure):</translation>
    </message>
    <message>
        <source>The audit history holds no scan yet. Each scan is kept; scan twice to compare.</source>
        <translation>Der Prüfverlauf enthält noch keinen Scan. Jeder Scan wird behalten; zweimal scannen, um zu vergleichen.</translation>
    </message>
    <message>
        <source>The audit history holds one scan. Scan again to compare.</source>
        <translation>Der Prüfverlauf enthält einen Scan. Erneut scannen, um zu vergleichen.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>Reading who changed them from Azure&apos;s change history…</source>
        <translation>Lese aus dem Änderungsverlauf von Azure, wer sie geändert hat…</translation>
    </message>
    <message>
        <source>Who changed them is read from Azure&apos;s change history when you are signed in.</source>
        <translation>Wer sie geändert hat, wird bei Anmeldung aus dem Änderungsverlauf von Azure gelesen.</translation>
    </message>
    <message>
        <source> (rules changed)</source>
        <translation> (Regeln geändert)</translation>
    </message>
    <message>
        <source>%1, fixed %2</source>
        <translation>%1, behoben %2</translation>
    </message>
    <message>
        <source>unrecorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Endpoints (%1)</source>
        <translation>Endpunkte (%1)</translation>
    </message>
    <message>
        <source>Became internet-facing</source>
        <translation>Jetzt aus dem Internet erreichbar</translation>
    </message>
    <message>
        <source>No longer internet-facing</source>
        <translation>Nicht mehr aus dem Internet erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>Nothing moved: %n NSG(s) as they were.</source>
        <translation>
            <numerusform>Nichts hat sich verändert: %n NSG wie zuvor.</numerusform>
            <numerusform>Nichts hat sich verändert: %n NSGs wie zuvor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an NSG to see its rules then and now.</source>
        <translation>Eine NSG auswählen, um ihre Regeln damals und jetzt zu sehen.</translation>
    </message>
    <message>
        <source>No change records</source>
        <translation>Keine Änderungseinträge</translation>
    </message>
    <message>
        <source>Azure&apos;s change history holds none for this NSG in the interval.</source>
        <translation>Der Änderungsverlauf von Azure enthält für diese NSG im Zeitraum keine.</translation>
    </message>
    <message>
        <source>not read.</source>
        <translation>nicht gelesen.</translation>
    </message>
    <message>
        <source>Was: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugekommen</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Den Vergleich exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;CSV (*.csv);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Pick two different scans to compare.</source>
        <translation>Zwei verschiedene Scans zum Vergleich wählen.</translation>
    </message>
    <message>
        <source>Swapped: the older scan is always the earlier one (#%1 before #%2).</source>
        <translation>Getauscht: Der ältere Scan ist immer der frühere (#%1 vor #%2).</translation>
    </message>
    <message>
        <source>Not read in #%1, so not compared there: %2</source>
        <translation>In #%1 nicht gelesen, dort also nicht verglichen: %2</translation>
    </message>
</context>
<context>
    <name>nsg::ui::DemoSandbox</name>
    <message>
        <source>the sandbox did not start</source>
        <translation>die Sandbox ist nicht gestartet</translation>
    </message>
</context>
<context>
    <name>nsg::ui::EditController</name>
    <message>
        <source>Sign in to change rules.</source>
        <translation>Melden Sie sich an, um Regeln zu ändern.</translation>
    </message>
    <message>
        <source>Checking whether you may change this NSG…</source>
        <translation>Es wird geprüft, ob Sie diese NSG ändern dürfen…</translation>
    </message>
    <message>
        <source>Your permissions could not be read (%1); changes are off for this NSG.</source>
        <translation>Ihre Berechtigungen konnten nicht gelesen werden (%1); Änderungen an dieser NSG sind aus.</translation>
    </message>
    <message>
        <source>You may not change this NSG&apos;s rules: %1</source>
        <translation>Sie dürfen die Regeln dieser NSG nicht ändern: %1</translation>
    </message>
    <message>
        <source>Fix all similar</source>
        <translation>Alle ähnlichen beheben</translation>
    </message>
    <message>
        <source>Select exposed NSGs (or a subscription or resource group with exposed NSGs) in the tree first.</source>
        <translation>Wählen Sie zuerst exponierte NSGs (oder ein Abonnement bzw. eine Ressourcengruppe mit exponierten NSGs) im Baum aus.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Azure asks for multi-factor authentication before this change. Sign in again; the change is sent as soon as you have.</source>
        <translation>Azure verlangt vor dieser Änderung eine mehrstufige Authentifizierung. Melden Sie sich erneut an; die Änderung wird gesendet, sobald Sie es getan haben.</translation>
    </message>
    <message>
        <source>Select internet-facing NSGs (or a subscription or resource group with internet-facing NSGs) in the tree first, or untick &quot;Internet-facing only&quot;.</source>
        <translation>Wählen Sie zuerst aus dem Internet erreichbare NSGs (oder ein Abonnement oder eine Ressourcengruppe mit solchen) im Baum, oder entfernen Sie den Haken bei „Nur aus dem Internet erreichbar“.</translation>
    </message>
    <message>
        <source>%1: the Internet reaches %2 through it, decided by %3</source>
        <translation>%1: das Internet erreicht %2 über sie, entschieden durch %3</translation>
    </message>
    <message>
        <source>No rule of these internet-facing NSGs admits the Internet; what lets it through is elsewhere:</source>
        <translation>Keine Regel dieser aus dem Internet erreichbaren NSGs lässt das Internet zu; was es durchlässt, liegt anderswo:</translation>
    </message>
    <message>
        <source>Not checked: only the first %1 NSGs of a selection are checked for a template that manages them; open Restrict source… on this one to check it.</source>
        <translation>Nicht geprüft: Nur die ersten %1 NSGs einer Auswahl werden auf eine Vorlage geprüft, die sie verwaltet; öffnen Sie für diese „Quelle beschränken…“, um sie zu prüfen.</translation>
    </message>
</context>
<context>
    <name>nsg::ui::HistoryWindow</name>
    <message>
        <source>Restrict source</source>
        <translation>Quelle beschränken</translation>
    </message>
    <message>
        <source>Change to Deny</source>
        <translation>Auf Verweigern ändern</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <source>Deny rule above</source>
        <translation>Verweigern-Regel darüber</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Revert…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>NSG</source>
        <translation>NSG</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Filter the changes</source>
        <translation>Änderungen filtern</translation>
    </message>
    <message>
        <source>Show changes with this status</source>
        <translation>Änderungen mit diesem Status zeigen</translation>
    </message>
    <message>
        <source>Filter: NSG, rule, account, change id…</source>
        <translation>Filter: NSG, Regel, Konto, Änderungs-ID…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>Änderungen, neueste zuerst</translation>
    </message>
    <message>
        <source>The selected change</source>
        <translation>Die ausgewählte Änderung</translation>
    </message>
    <message>
        <source>Journal: %1 — the hash chain is intact.</source>
        <translation>Journal: %1 — die Hash-Kette ist intakt.</translation>
    </message>
    <message>
        <source>Journal: %1 — THE HASH CHAIN IS BROKEN (lines were edited, removed or reordered; it is not repaired):
%2</source>
        <translation>Journal: %1 — DIE HASH-KETTE IST GEBROCHEN (Zeilen wurden bearbeitet, entfernt oder umgestellt; sie wird nicht repariert):
%2</translation>
    </message>
    <message>
        <source>Change %1 — %2, %3</source>
        <translation>Änderung %1 — %2, %3</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>For the exposing rule: %1</source>
        <translation>Für die exponierende Regel: %1</translation>
    </message>
    <message>
        <source>Reverts change %1</source>
        <translation>Setzt Änderung %1 zurück</translation>
    </message>
    <message>
        <source>By %1 (tenant %2, %3) at %4 — last event %5</source>
        <translation>Von %1 (Mandant %2, %3) um %4 — letztes Ereignis %5</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>ARM request ids: %1</source>
        <translation>ARM-Anfrage-IDs: %1</translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation>Was sich geändert hat:</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Vorher:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Nachher:</translation>
    </message>
    <message>
        <source>Put the rule back as it was before this change</source>
        <translation>Die Regel wieder so herstellen, wie sie vor dieser Änderung war</translation>
    </message>
    <message>
        <source>Only an applied change can be reverted</source>
        <translation>Nur eine angewendete Änderung kann zurückgesetzt werden</translation>
    </message>
    <message>
        <source>Reverting change %1…</source>
        <translation>Änderung %1 wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>As the change left it:
%1

As it is now:
%2</source>
        <translation>Wie die Änderung sie hinterließ:
%1

Wie sie jetzt ist:
%2</translation>
    </message>
    <message>
        <source>The rule changed since</source>
        <translation>Die Regel hat sich seitdem geändert</translation>
    </message>
    <message>
        <source>Revert anyway</source>
        <translation>Trotzdem zurücksetzen</translation>
    </message>
    <message>
        <source>Reverting change %1 over the newer rule…</source>
        <translation>Änderung %1 wird über die neuere Regel zurückgesetzt…</translation>
    </message>
    <message>
        <source>Export the change history</source>
        <translation>Den Änderungsverlauf exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>one change in %1</source>
        <translation>eine Änderung in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n changes in %1</source>
        <translation>
            <numerusform>%n Änderung in %1</numerusform>
            <numerusform>%n Änderungen in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert change %1 (%2): delete the rule %3 it added to %4.</source>
        <translation>Änderung %1 (%2) zurücksetzen: die Regel %3 löschen, die sie zu %4 hinzugefügt hat.</translation>
    </message>
    <message>
        <source>Revert change %1 (%2): create the rule %3 in %4 again, as it was before.</source>
        <translation>Änderung %1 (%2) zurücksetzen: die Regel %3 in %4 wieder so anlegen, wie sie vorher war.</translation>
    </message>
    <message>
        <source>Revert change %1 (%2): put the rule %3 in %4 back as it was before.</source>
        <translation>Änderung %1 (%2) zurücksetzen: die Regel %3 in %4 wieder so herstellen, wie sie vorher war.</translation>
    </message>
    <message>
        <source>The verdict after the revert is unknown: %1 is not loaded in the window. Reverting may expose the port again.</source>
        <translation>Das Urteil nach dem Zurücksetzen ist unbekannt: %1 ist im Fenster nicht geladen. Zurücksetzen kann den Port wieder exponieren.</translation>
    </message>
    <message>
        <source>The verdict after the revert is unknown: %1 could not be evaluated.</source>
        <translation>Das Urteil nach dem Zurücksetzen ist unbekannt: %1 konnte nicht ausgewertet werden.</translation>
    </message>
    <message>
        <source>After the revert %1 is EXPOSED: it lets %2 reach %3.</source>
        <translation>Nach dem Zurücksetzen ist %1 EXPONIERT: sie lässt %2 %3 erreichen.</translation>
    </message>
    <message>
        <source>Verdict after the revert: %1 — %2</source>
        <translation>Urteil nach dem Zurücksetzen: %1 — %2</translation>
    </message>
    <message>
        <source>Revert change %1?</source>
        <translation>Änderung %1 zurücksetzen?</translation>
    </message>
    <message>
        <source>Revert and expose %1</source>
        <translation>Zurücksetzen und %1 exponieren</translation>
    </message>
    <message>
        <source>Revert change</source>
        <translation>Änderung zurücksetzen</translation>
    </message>
    <message>
        <source>Revert anyway and expose %1</source>
        <translation>Trotzdem zurücksetzen und %1 exponieren</translation>
    </message>
</context>
<context>
    <name>nsg::ui::InventoryModel</name>
    <message>
        <source>Accepted risk</source>
        <translation>Akzeptiertes Risiko</translation>
    </message>
    <message>
        <source>%1 (acceptance lapsed)</source>
        <translation>%1 (Akzeptanz verfallen)</translation>
    </message>
    <message>
        <source>%1 exposed of %2</source>
        <translation>%1 exponiert von %2</translation>
    </message>
    <message>
        <source>%1 unknown of %2</source>
        <translation>%1 unbekannt von %2</translation>
    </message>
    <message>
        <source>%1 accepted risk of %2</source>
        <translation>%1 akzeptiertes Risiko von %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>All %1 OK</source>
        <translation>Alle %1 OK</translation>
    </message>
    <message>
        <source>, %1 accepted</source>
        <translation>, %1 akzeptiert</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Nicht gelesen: %1</translation>
    </message>
    <message>
        <source>%1; not fully read: %2</source>
        <translation>%1; nicht vollständig gelesen: %2</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No NSGs</source>
        <translation>Keine NSGs</translation>
    </message>
    <message>
        <source> (loading…)</source>
        <translation> (wird geladen…)</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>(no resource group)</source>
        <translation>(keine Ressourcengruppe)</translation>
    </message>
    <message>
        <source>Offline files</source>
        <translation>Offline-Dateien</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (und %n weiteres Problem)</numerusform>
            <numerusform> (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no subscription)</source>
        <translation>(kein Abonnement)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n OK</source>
        <translation>
            <numerusform>%1; %n OK</numerusform>
            <numerusform>%1; %n OK</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) not read</source>
        <translation>
            <numerusform>%n Mandant nicht gelesen</numerusform>
            <numerusform>%n Mandanten nicht gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) not read</source>
        <translation>
            <numerusform>%n Abonnement nicht gelesen</numerusform>
            <numerusform>%n Abonnements nicht gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not (fully) read</source>
        <translation>
            <numerusform>%n Datei nicht (vollständig) gelesen</numerusform>
            <numerusform>%n Dateien nicht (vollständig) gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n NSG(s): </source>
        <translation>
            <numerusform>%n NSG: </numerusform>
            <numerusform>%n NSGs: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exposed, %2 OK, %3 unknown</source>
        <translation>%1 exponiert, %2 OK, %3 unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>, %n accepted risk(s)</source>
        <translation>
            <numerusform>, %n akzeptiertes Risiko</numerusform>
            <numerusform>, %n akzeptierte Risiken</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>unbekannter Zeitpunkt</translation>
    </message>
    <message>
        <source>report of %1, %2</source>
        <translation>Bericht über %1, %2</translation>
    </message>
    <message>
        <source>report of %1 under %2, shown under %3</source>
        <translation>Bericht über %1 unter %2, angezeigt unter %3</translation>
    </message>
    <message>
        <source> (without its rules: verdicts unknown)</source>
        <translation> (ohne seine Regeln: Urteile unbekannt)</translation>
    </message>
    <message>
        <source>%1 internet-facing</source>
        <translation>%1 aus dem Internet erreichbar</translation>
    </message>
    <message>
        <source>%1 exposed</source>
        <translation>%1 offen</translation>
    </message>
    <message>
        <source>%1 latent</source>
        <translation>%1 latent</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>%1 unbekannt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Exposed, internet-facing</source>
        <translation>Offen, aus dem Internet erreichbar</translation>
    </message>
    <message>
        <source>Admin rule admits the Internet</source>
        <translation>Admin-Regel lässt das Internet ein</translation>
    </message>
    <message>
        <source>Latent: no public path</source>
        <translation>Latent: kein öffentlicher Pfad</translation>
    </message>
    <message>
        <source>Exposed, blocked by an admin rule</source>
        <translation>Offen, von einer Admin-Regel blockiert</translation>
    </message>
    <message>
        <source>Unknown: a path is undecided</source>
        <translation>Unbekannt: ein Pfad ist unentschieden</translation>
    </message>
    <message numerus="yes">
        <source>The Internet reaches %n endpoint(s) through it, first %1.</source>
        <translation>
            <numerusform>Das Internet erreicht %n Endpunkt darüber, zuerst %1.</numerusform>
            <numerusform>Das Internet erreicht %n Endpunkte darüber, zuerst %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The admin rule %1 always allows the Internet in before this NSG is evaluated: its rules do not decide (%2).</source>
        <translation>Die Admin-Regel %1 lässt das Internet immer ein, bevor diese NSG ausgewertet wird: ihre Regeln entscheiden nicht (%2).</translation>
    </message>
    <message>
        <source>The admin rule %1 denies the port before this NSG is evaluated: its rules would admit the Internet, but do not decide.</source>
        <translation>Die Admin-Regel %1 verweigert den Port, bevor diese NSG ausgewertet wird: ihre Regeln würden das Internet einlassen, entscheiden aber nicht.</translation>
    </message>
    <message>
        <source>A path from the Internet through it could not be decided: %1</source>
        <translation>Ein Pfad aus dem Internet über sie ließ sich nicht entscheiden: %1</translation>
    </message>
    <message>
        <source>Whether a public entry point reaches what it guards could not be read.</source>
        <translation>Ob ein öffentlicher Eingang erreicht, was sie schützt, ließ sich nicht lesen.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 blocked by an admin rule</source>
        <translation>%1 von einer Admin-Regel blockiert</translation>
    </message>
    <message>
        <source>%1 internet-facing, %2 exposed (paths not read), %3 latent, %4 blocked by an admin rule, %5 unknown, %6 OK</source>
        <translation>%1 aus dem Internet erreichbar, %2 offen (Pfade nicht gelesen), %3 latent, %4 von einer Admin-Regel blockiert, %5 unbekannt, %6 OK</translation>
    </message>
    <message>
        <source>Internet-facing, OK by its own rules</source>
        <translation>Aus dem Internet erreichbar, nach eigenen Regeln OK</translation>
    </message>
    <message>
        <source>Not reached: %1. Its rules would admit the Internet if a path got through.</source>
        <translation>Nicht erreicht: %1. Ihre Regeln würden das Internet einlassen, wenn ein Pfad durchkäme.</translation>
    </message>
    <message>
        <source>The Internet reaches one endpoint through it: %1.</source>
        <translation>Das Internet erreicht einen Endpunkt darüber: %1.</translation>
    </message>
</context>
<context>
    <name>nsg::ui::MainWindow</name>
    <message>
        <source>the file is too large to show one NSG from it</source>
        <translation>die Datei ist zu groß, um eine NSG daraus anzuzeigen</translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation>die Datei ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>%1 is not in the file</source>
        <translation>%1 ist nicht in der Datei</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Exposed only</source>
        <translation>Nur exponierte</translation>
    </message>
    <message>
        <source>NSG Auditor</source>
        <translation>NSG Auditor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open export…</source>
        <translation>Export ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Scan az network nsg list exports, ARM list pages or Resource Graph output (Ctrl+O; or drop files on the window)</source>
        <translation>Exporte von az network nsg list, ARM-Listenseiten oder Resource-Graph-Ausgabe scannen (Strg+O; oder Dateien auf das Fenster ziehen)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Suppressions (accepted risks)…</source>
        <translation>Ausnahmen (akzeptierte &amp;Risiken)…</translation>
    </message>
    <message>
        <source>The team&apos;s accepted risks: review, remove, import, export</source>
        <translation>Die akzeptierten Risiken des Teams: prüfen, entfernen, importieren, exportieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Azure</source>
        <translation>A&amp;zure</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read the selected NSG or subscription again, or everything (F5)</source>
        <translation>Die ausgewählte NSG oder das Abonnement erneut lesen, oder alles (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel scan</source>
        <translation>Scan ab&amp;brechen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Edit mode</source>
        <translation>Bearbeitungs&amp;modus</translation>
    </message>
    <message>
        <source>Allow changes to rules (read-only while off). Every change is journaled and can be reverted from History.</source>
        <translation>Änderungen an Regeln erlauben (schreibgeschützt, solange aus). Jede Änderung wird im Journal festgehalten und kann im Verlauf zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>Fix all &amp;similar…</source>
        <translation>Alle ä&amp;hnlichen beheben…</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>Änderungs&amp;verlauf…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>Include network &amp;interfaces</source>
        <translation>Netzwerk&amp;schnittstellen einbeziehen</translation>
    </message>
    <message>
        <source>Also read NICs and virtual networks on the next scan, to show what reaches each NIC through both NSGs</source>
        <translation>Beim nächsten Scan auch NICs und virtuelle Netzwerke lesen, um zu zeigen, was jede NIC durch beide NSGs erreicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About NSG Auditor</source>
        <translation>&amp;Über NSG Auditor</translation>
    </message>
    <message>
        <source>About NSG Auditor</source>
        <translation>Über NSG Auditor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NSG Auditor %1&lt;/h3&gt;&lt;p&gt;Finds Azure network security groups that let %2 in from the Internet, and proves it rule by rule.&lt;/p&gt;&lt;p&gt;NSG Auditor is free software under the MIT license.&lt;/p&gt;&lt;p&gt;Built with: Qt %3 (LGPL-3.0), QtKeychain (BSD-3-Clause), nlohmann_json %4.%5.%6 (MIT).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NSG Auditor %1&lt;/h3&gt;&lt;p&gt;Findet Azure-Netzwerksicherheitsgruppen, die %2 aus dem Internet zulassen, und weist es Regel für Regel nach.&lt;/p&gt;&lt;p&gt;NSG Auditor ist freie Software unter der MIT-Lizenz.&lt;/p&gt;&lt;p&gt;Erstellt mit: Qt %3 (LGPL-3.0), QtKeychain (BSD-3-Clause), nlohmann_json %4.%5.%6 (MIT).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Policy: the service whose ports are checked</source>
        <translation>Richtlinie: der Dienst, dessen Ports geprüft werden</translation>
    </message>
    <message>
        <source>The service whose exposure is checked (every NSG is evaluated again when you pick another)</source>
        <translation>Der Dienst, dessen Exposition geprüft wird (jede NSG wird erneut ausgewertet, wenn Sie einen anderen wählen)</translation>
    </message>
    <message>
        <source>Custom port…</source>
        <translation>Eigener Port…</translation>
    </message>
    <message>
        <source>Filter the tree</source>
        <translation>Den Baum filtern</translation>
    </message>
    <message>
        <source>Filter: name, resource group, subscription, or an IP/CIDR that gets in</source>
        <translation>Filter: Name, Ressourcengruppe, Abonnement oder eine IP/CIDR, die hereinkommt</translation>
    </message>
    <message>
        <source>Tenants, subscriptions and NSGs</source>
        <translation>Mandanten, Abonnements und NSGs</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1 (not remembered: no keychain)</source>
        <translation>Angemeldet als %1 (nicht gespeichert: kein Schlüsselbund)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation>Mandant %1</translation>
    </message>
    <message>
        <source>Scanning subscription %1 of %2</source>
        <translation>Scanne Abonnement %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n subscription(s)</source>
        <translation>
            <numerusform>%n Abonnement gescannt</numerusform>
            <numerusform>%n Abonnements gescannt</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Scan cancelled: </source>
        <translation>Scan abgebrochen: </translation>
    </message>
    <message>
        <source>Subscription read again.</source>
        <translation>Abonnement erneut gelesen.</translation>
    </message>
    <message>
        <source>%1 read again: %2</source>
        <translation>%1 erneut gelesen: %2</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Anmeldung als %1…</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Listing tenants and subscriptions…</source>
        <translation>Mandanten und Abonnements werden aufgelistet…</translation>
    </message>
    <message>
        <source>Reading %1 again…</source>
        <translation>%1 wird erneut gelesen…</translation>
    </message>
    <message>
        <source>Open NSG exports</source>
        <translation>NSG-Exporte öffnen</translation>
    </message>
    <message>
        <source>JSON exports (*.json);;All files (*)</source>
        <translation>JSON-Exporte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird gelesen…</numerusform>
            <numerusform>%n Dateien werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source> (request %1)</source>
        <translation> (Anfrage %1)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Ressourcengruppe</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <source>Offline files</source>
        <translation>Offline-Dateien</translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation>Exponiert</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>Request id: &lt;tt&gt;%1&lt;/tt&gt; (quote it to Azure support)</source>
        <translation>Anfrage-ID: &lt;tt&gt;%1&lt;/tt&gt; (nennen Sie sie dem Azure-Support)</translation>
    </message>
    <message>
        <source>Press F5 to read this subscription again.</source>
        <translation>Drücken Sie F5, um dieses Abonnement erneut zu lesen.</translation>
    </message>
    <message>
        <source>Checking %1 (severity %2). Every NSG is evaluated again when you pick another service.</source>
        <translation>Geprüft wird %1 (Schweregrad %2). Jede NSG wird erneut ausgewertet, wenn Sie einen anderen Dienst wählen.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht eingestuft</translation>
    </message>
    <message>
        <source>Custom port</source>
        <translation>Eigener Port</translation>
    </message>
    <message>
        <source>Protocol and port (tcp/8443, udp/500, tcp/8000-8100):</source>
        <translation>Protokoll und Port (tcp/8443, udp/500, tcp/8000-8100):</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>Die Sprache ändert sich beim nächsten Start.</translation>
    </message>
    <message>
        <source>Try the &amp;demo tenant</source>
        <translation>&amp;Demomandanten ausprobieren</translation>
    </message>
    <message>
        <source>A made-up Azure tenant in this process, with exposed NSGs to find and fix: nothing reaches Azure</source>
        <translation>Ein erfundener Azure-Mandant in diesem Prozess, mit exponierten NSGs zum Finden und Beheben: nichts erreicht Azure</translation>
    </message>
    <message>
        <source>Sandbox %1</source>
        <translation>Sandbox %1</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Demomandant</translation>
    </message>
    <message>
        <source>Try the demo tenant</source>
        <translation>Demomandanten ausprobieren</translation>
    </message>
    <message>
        <source>The demo could not be started. Run: %1 --demo</source>
        <translation>Die Demo konnte nicht gestartet werden. Führen Sie aus: %1 --demo</translation>
    </message>
    <message>
        <source>The demo sandbox did not start: %1</source>
        <translation>Die Demo-Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>%1 (in the report %2)</source>
        <translation>%1 (im Bericht %2)</translation>
    </message>
    <message>
        <source>Opened %1: %2.</source>
        <translation>%1 geöffnet: %2.</translation>
    </message>
    <message>
        <source>Report written by %1, opened read-only</source>
        <translation>Bericht, geschrieben von %1, schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Nicht gelesen</translation>
    </message>
    <message>
        <source>the demo tenant&apos;s accepted risks (kept for this session only)</source>
        <translation>die akzeptierten Risiken des Demomandanten (nur für diese Sitzung gespeichert)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Signed in as %1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Select a tenant, subscription, resource group or NSG in the tree to see how it stands and why. F5 reads the selection again; File → Export report… writes what you see.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Angemeldet als %1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Wählen Sie einen Mandanten, ein Abonnement, eine Ressourcengruppe oder eine NSG im Baum aus, um zu sehen, wie es darum steht und warum. F5 liest die Auswahl erneut; Datei → Bericht exportieren… schreibt, was Sie sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading your tenants and checking every NSG for %1…</source>
        <translation>Ihre Mandanten werden gelesen und jede NSG wird auf %1 geprüft…</translation>
    </message>
    <message>
        <source>Every NSG was checked for %1.</source>
        <translation>Jede NSG wurde auf %1 geprüft.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;NSG Auditor&lt;/h2&gt;&lt;p&gt;Finds network security groups that let %1 in from the Internet — and proves it, rule by rule, the way Azure evaluates them.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;signin&quot;&gt;Sign in to Azure&lt;/a&gt; to scan your tenants, open an export (&lt;tt&gt;az network nsg list -o json&lt;/tt&gt;) with File → Open, or &lt;a href=&quot;demo&quot;&gt;try the demo tenant&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;NSG Auditor&lt;/h2&gt;&lt;p&gt;Findet Netzwerksicherheitsgruppen, die %1 aus dem Internet zulassen — und beweist es, Regel für Regel, so wie Azure sie auswertet.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;signin&quot;&gt;Melden Sie sich bei Azure an&lt;/a&gt;, um Ihre Mandanten zu scannen, öffnen Sie einen Export (&lt;tt&gt;az network nsg list -o json&lt;/tt&gt;) mit Datei → Export öffnen, oder &lt;a href=&quot;demo&quot;&gt;probieren Sie den Demomandanten aus&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Policy: %1 — %2</source>
        <translation>Richtlinie: %1 — %2</translation>
    </message>
    <message>
        <source>Internet-facing only</source>
        <translation>Nur aus dem Internet erreichbar</translation>
    </message>
    <message>
        <source>Internet-facing</source>
        <translation>Aus dem Internet erreichbar</translation>
    </message>
    <message>
        <source>Latent (no public path)</source>
        <translation>Latent (kein öffentlicher Pfad)</translation>
    </message>
    <message>
        <source>Blocked by an admin rule</source>
        <translation>Von einer Admin-Regel blockiert</translation>
    </message>
    <message>
        <source>That hop has no resource of its own.</source>
        <translation>Dieser Schritt hat keine eigene Ressource.</translation>
    </message>
    <message>
        <source>Not in the tree (no page of its own yet): %1</source>
        <translation>Nicht im Baum (noch keine eigene Seite): %1</translation>
    </message>
    <message>
        <source>The open files&apos; paths from the Internet were followed under the previous policy; their NSGs now show their own verdict under %1. Open the files again to follow their paths under it.</source>
        <translation>Die Pfade aus dem Internet der geöffneten Dateien wurden unter der vorigen Richtlinie verfolgt; ihre NSGs zeigen jetzt ihr eigenes Urteil unter %1. Öffnen Sie die Dateien erneut, um ihre Pfade darunter zu verfolgen.</translation>
    </message>
    <message>
        <source>&amp;Workloads</source>
        <translation>&amp;Workloads</translation>
    </message>
    <message>
        <source>Every network interface with the public entry points that reach it, what decides, and the path</source>
        <translation>Jede Netzwerkschnittstelle mit den öffentlichen Eingängen, die sie erreichen, was entscheidet, und dem Pfad</translation>
    </message>
    <message>
        <source>One fix for every exposing rule of the selected NSGs (or of every exposed NSG under the selected scope; only the internet-facing ones while &quot;Internet-facing only&quot; is ticked)</source>
        <translation>Eine Korrektur für jede öffnende Regel der ausgewählten NSGs (oder jeder offenen NSG im ausgewählten Bereich; nur der aus dem Internet erreichbaren, solange „Nur aus dem Internet erreichbar“ angehakt ist)</translation>
    </message>
    <message>
        <source>The scan was cancelled before this was read.</source>
        <translation>Die Prüfung wurde abgebrochen, bevor dies gelesen wurde.</translation>
    </message>
    <message>
        <source>No admin rules were read for %1.</source>
        <translation>Für %1 wurden keine Admin-Regeln gelesen.</translation>
    </message>
    <message>
        <source>No path from the Internet was followed to %1.</source>
        <translation>Zu %1 wurde kein Pfad aus dem Internet verfolgt.</translation>
    </message>
    <message>
        <source>By their own rules</source>
        <translation>Nach ihren eigenen Regeln</translation>
    </message>
    <message>
        <source>From the Internet</source>
        <translation>Aus dem Internet</translation>
    </message>
    <message>
        <source>Exposed, paths not read</source>
        <translation>Offen, Pfade nicht gelesen</translation>
    </message>
    <message>
        <source>A path not decided</source>
        <translation>Ein Pfad unentschieden</translation>
    </message>
    <message>
        <source>Only NSGs on a path from the Internet that gets through, and those not known not to be (grey: a path that could not be decided). The paths are followed when the network interfaces are read: View → Include network interfaces.</source>
        <translation>Nur NSGs auf einem Pfad aus dem Internet, der durchkommt, und jene, bei denen das nicht ausgeschlossen ist (grau: ein Pfad, der sich nicht entscheiden ließ). Die Pfade werden verfolgt, wenn die Netzwerkschnittstellen gelesen werden: Ansicht → Netzwerkschnittstellen einbeziehen.</translation>
    </message>
    <message>
        <source>Network interfaces and the paths from the Internet are read on the next refresh (Azure → Refresh, %1); the tree shows the last scan until then.</source>
        <translation>Netzwerkschnittstellen und die Pfade aus dem Internet werden beim nächsten Aktualisieren gelesen (Azure → Aktualisieren, %1); bis dahin zeigt der Baum den letzten Scan.</translation>
    </message>
    <message>
        <source>Network interfaces are no longer read from the next refresh (Azure → Refresh, %1).</source>
        <translation>Netzwerkschnittstellen werden ab dem nächsten Aktualisieren nicht mehr gelesen (Azure → Aktualisieren, %1).</translation>
    </message>
    <message>
        <source>Only what is red: NSGs whose own rules expose the port, and those the Internet reaches past OK rules (a public service tag, a firewall&apos;s DNAT, an admin rule)</source>
        <translation>Nur was rot ist: NSGs, deren eigene Regeln den Port exponieren, und jene, die das Internet trotz OK-Regeln erreicht (ein öffentliches Diensttag, das DNAT einer Firewall, eine Admin-Regel)</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Prüfverlauf</translation>
    </message>
    <message>
        <source>Kept as snapshot #%1 (History → Compare audits…).</source>
        <translation>Als Momentaufnahme #%1 behalten (Verlauf → Prüfungen vergleichen…).</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Compare audits…</source>
        <translation>Prüfungen &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Compare two scans of the audit history: what is new, came back, was fixed, and who changed it</source>
        <translation>Zwei Scans des Prüfverlaufs vergleichen: was neu ist, zurückkam, behoben wurde, und wer es geändert hat</translation>
    </message>
    <message numerus="yes">
        <source>With this retention the next scan deletes %n kept audit(s) for good (%1), and first-seen dates start again from what is left. Keep this retention?</source>
        <translation>
            <numerusform>Mit dieser Aufbewahrung löscht der nächste Scan %n behaltene Prüfung endgültig (%1), und die Erstsichtung beginnt mit dem, was bleibt, neu. Diese Aufbewahrung behalten?</numerusform>
            <numerusform>Mit dieser Aufbewahrung löscht der nächste Scan %n behaltene Prüfungen endgültig (%1), und die Erstsichtung beginnt mit dem, was bleibt, neu. Diese Aufbewahrung behalten?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nsg::ui::NsgPage</name>
    <message>
        <source>Re-check</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Restrict source…</source>
        <translation>Quelle beschränken…</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>Beheben…</translation>
    </message>
    <message>
        <source>Accept ris&amp;k…</source>
        <translation>Risiko a&amp;kzeptieren…</translation>
    </message>
    <message>
        <source>Read this NSG again from Azure (one request) and re-evaluate</source>
        <translation>Diese NSG erneut aus Azure lesen (eine Anfrage) und neu auswerten</translation>
    </message>
    <message>
        <source>Open the exposing rule&apos;s edit pane and restrict its source to known addresses</source>
        <translation>Den Bearbeitungsbereich der exponierenden Regel öffnen und ihre Quelle auf bekannte Adressen beschränken</translation>
    </message>
    <message>
        <source>Guided remediation: explains the finding and applies a fix</source>
        <translation>Geführte Behebung: erklärt den Befund und wendet eine Korrektur an</translation>
    </message>
    <message>
        <source>Record that this exposure is accepted, by whom, why and until when; it shows apart until then or until its rules change</source>
        <translation>Festhalten, dass diese Exposition akzeptiert ist, von wem, warum und bis wann; sie erscheint bis dahin getrennt oder bis sich ihre Regeln ändern</translation>
    </message>
    <message>
        <source>Inbound security rules</source>
        <translation>Eingangssicherheitsregeln</translation>
    </message>
    <message>
        <source>Outbound security rules</source>
        <translation>Ausgangssicherheitsregeln</translation>
    </message>
    <message>
        <source>Why: the proof rule by rule</source>
        <translation>Warum: der Nachweis Regel für Regel</translation>
    </message>
    <message>
        <source>Network interfaces behind this NSG</source>
        <translation>Netzwerkschnittstellen hinter dieser NSG</translation>
    </message>
    <message>
        <source>The NSG as JSON</source>
        <translation>Die NSG als JSON</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>Netzwerkschnittstelle</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>NICs</source>
        <translation>NICs</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>subnet %1</source>
        <translation>Subnetz %1</translation>
    </message>
    <message>
        <source>NIC %1</source>
        <translation>NIC %1</translation>
    </message>
    <message>
        <source>%1 (file %2)</source>
        <translation>%1 (Datei %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Resource group&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Subscription&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Location&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Attached to&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;Ressourcengruppe&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Abonnement&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Standort&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Zugeordnet zu&lt;/b&gt; %4</translation>
    </message>
    <message>
        <source>not attached (it guards nothing until it is)</source>
        <translation>nicht zugeordnet (sie schützt nichts, bis sie es ist)</translation>
    </message>
    <message>
        <source>Accepted risk.</source>
        <translation>Akzeptiertes Risiko.</translation>
    </message>
    <message>
        <source>Accepted ris&amp;k…</source>
        <translation>A&amp;kzeptiertes Risiko…</translation>
    </message>
    <message>
        <source>Public addresses that reach %1</source>
        <translation>Öffentliche Adressen, die %1 erreichen</translation>
    </message>
    <message>
        <source>Inbound rules in the order Azure applies them:</source>
        <translation>Eingangsregeln in der Reihenfolge, in der Azure sie anwendet:</translation>
    </message>
    <message>
        <source>Problem in the input: %1</source>
        <translation>Problem in der Eingabe: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Network interfaces were not read in this scan. Turn on View → Include network interfaces and refresh to see what reaches each NIC through its subnet&apos;s NSG and its own.</source>
        <translation>Netzwerkschnittstellen wurden in diesem Scan nicht gelesen. Schalten Sie Ansicht → Netzwerkschnittstellen einbeziehen ein und aktualisieren Sie, um zu sehen, was jede NIC durch die NSG ihres Subnetzes und ihre eigene erreicht.</translation>
    </message>
    <message>
        <source>No network interface is behind this NSG.</source>
        <translation>Hinter dieser NSG liegt keine Netzwerkschnittstelle.</translation>
    </message>
    <message>
        <source>Inbound traffic passes the subnet&apos;s NSG, then the NIC&apos;s; a missing NSG lets everything through.</source>
        <translation>Eingehender Verkehr passiert die NSG des Subnetzes, dann die der NIC; eine fehlende NSG lässt alles durch.</translation>
    </message>
    <message>
        <source>Could not load the JSON: %1</source>
        <translation>Das JSON konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Exposes the port</source>
        <translation>Exponiert den Port</translation>
    </message>
    <message>
        <source>Shadowed by earlier rules</source>
        <translation>Von früheren Regeln verdeckt</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Red: the rule lets more public addresses reach the port than the breadth limit allows, by itself or together with other such rules.</source>
        <translation>Rot: die Regel lässt mehr öffentliche Adressen den Port erreichen, als das Breitenlimit erlaubt, allein oder zusammen mit anderen solchen Regeln.</translation>
    </message>
    <message>
        <source>Italic: earlier rules already decided every public source this rule matches, so it changes nothing.</source>
        <translation>Kursiv: frühere Regeln haben bereits über jede öffentliche Quelle entschieden, die diese Regel erfasst, sie ändert also nichts.</translation>
    </message>
    <message>
        <source>Yellow: a field of the rule could not be read; the evaluation stops there.</source>
        <translation>Gelb: ein Feld der Regel konnte nicht gelesen werden; die Auswertung endet dort.</translation>
    </message>
    <message>
        <source>Default rule</source>
        <translation>Standardregel</translation>
    </message>
    <message>
        <source>Grey: a default rule Azure adds to every NSG (priority 65000 and up).</source>
        <translation>Grau: eine Standardregel, die Azure jeder NSG hinzufügt (Priorität 65000 und höher).</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Paths from the Internet through this NSG</source>
        <translation>Pfade aus dem Internet über diese NSG</translation>
    </message>
    <message>
        <source>Public entry</source>
        <translation>Öffentlicher Eingang</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>The paths from the Internet were not followed. Turn on View → Include network interfaces and refresh, or open an export that holds the network (NICs, public IPs, load balancers).</source>
        <translation>Die Pfade aus dem Internet wurden nicht verfolgt. Schalten Sie Ansicht → Netzwerkschnittstellen einbeziehen ein und aktualisieren Sie, oder öffnen Sie einen Export, der das Netzwerk enthält (NICs, öffentliche IPs, Lastenausgleichsmodule).</translation>
    </message>
    <message>
        <source>The admin rule %1 decides before this NSG.</source>
        <translation>Die Admin-Regel %1 entscheidet vor dieser NSG.</translation>
    </message>
    <message>
        <source>Public entry points whose paths pass this NSG: %1; the Internet gets through on %2 of them. Select one to see its path; click an NSG on it to open that NSG.</source>
        <translation>Öffentliche Eingänge, deren Pfade über diese NSG führen: %1; bei %2 davon kommt das Internet durch. Wählen Sie einen, um seinen Pfad zu sehen; ein Klick auf eine NSG darin öffnet sie.</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <source>Method: rules evaluated as Azure does (priority order, first match decides, Deny and default rules included), with CIDR arithmetic over IPv4 and IPv6. This verdict is the NSG&apos;s own rules&apos;; Virtual Network Manager security admin rules, which run before NSGs, public IPs and load balancers are on the Paths tab where the network was read.</source>
        <translation>Methode: Regeln werden wie von Azure ausgewertet (nach Priorität, die erste passende entscheidet, Deny- und Standardregeln eingeschlossen), mit CIDR-Arithmetik über IPv4 und IPv6. Dieses Urteil ist das der eigenen Regeln der NSG; Sicherheitsadministratorregeln von Virtual Network Manager, die vor NSGs gelten, öffentliche IPs und Lastenausgleichsmodule stehen auf der Registerkarte Pfade, wo das Netzwerk gelesen wurde.</translation>
    </message>
    <message>
        <source>No public entry point that can deliver %1 leads through this NSG.</source>
        <translation>Kein öffentlicher Eingang, der %1 liefern kann, führt über diese NSG.</translation>
    </message>
    <message>
        <source>Its own rules: %1</source>
        <translation>Ihre eigenen Regeln: %1</translation>
    </message>
    <message>
        <source>Double-click or press Enter for its paths from the Internet.</source>
        <translation>Doppelklicken oder Eingabe drücken für ihre Pfade aus dem Internet.</translation>
    </message>
    <message>
        <source>The Paths tab draws each path from the Internet through it.</source>
        <translation>Der Reiter „Pfade“ zeichnet jeden Pfad aus dem Internet durch sie.</translation>
    </message>
    <message>
        <source>Admits public addresses: within the limit, or a service tag</source>
        <translation>Lässt öffentliche Adressen ein: innerhalb des Limits oder ein Diensttag</translation>
    </message>
    <message>
        <source>Amber: the rule lets some public addresses reach the port, but no more than the breadth limit allows (known addresses), or it allows a service tag of Azure&apos;s shared public addresses, which the NSG&apos;s own verdict does not count (the Paths tab does).</source>
        <translation>Bernstein: Die Regel lässt einige öffentliche Adressen an den Port, aber nicht mehr, als das Breitenlimit erlaubt (bekannte Adressen), oder sie erlaubt ein Diensttag mit gemeinsamen öffentlichen Adressen von Azure, die das eigene Urteil der NSG nicht zählt (der Reiter „Pfade“ schon).</translation>
    </message>
</context>
<context>
    <name>nsg::ui::PathChangesView</name>
    <message>
        <source>internet-facing</source>
        <translation>aus dem Internet erreichbar</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>nicht entschieden</translation>
    </message>
    <message>
        <source>Paths from the Internet, now and after this change</source>
        <translation>Pfade aus dem Internet, jetzt und nach dieser Änderung</translation>
    </message>
    <message>
        <source>Public entry</source>
        <translation>Öffentlicher Eingang</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Decided after by</source>
        <translation>Danach entschieden durch</translation>
    </message>
    <message>
        <source>Open paths from the Internet through this NSG (blocked ones stay blocked): %1 internet-facing now, %2 not decided; after this change: %3 internet-facing, %4 open only to sources within the limit, %5 blocked, %6 not decided.</source>
        <translation>Offene Pfade aus dem Internet durch diese NSG (blockierte bleiben blockiert): jetzt %1 aus dem Internet erreichbar, %2 nicht entschieden; nach dieser Änderung: %3 aus dem Internet erreichbar, %4 nur für Quellen innerhalb des Limits offen, %5 blockiert, %6 nicht entschieden.</translation>
    </message>
</context>
<context>
    <name>nsg::ui::PathView</name>
    <message>
        <source>Path from the Internet</source>
        <translation>Pfad aus dem Internet</translation>
    </message>
</context>
<context>
    <name>nsg::ui::RemediationWizard</name>
    <message>
        <source>Fix %1 in %2</source>
        <translation>%1 in %2 beheben</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <source>&lt;p&gt;This NSG cannot be evaluated.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diese NSG kann nicht ausgewertet werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the portal: &lt;i&gt;Network security group %1 → Settings → Inbound security rules&lt;/i&gt;, the rule &lt;b&gt;%2&lt;/b&gt; (priority %3): Source &lt;b&gt;%4&lt;/b&gt;, Destination port ranges &lt;b&gt;%5&lt;/b&gt;, Protocol &lt;b&gt;%6&lt;/b&gt;, Action &lt;b&gt;Allow&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;It lets %7 reach the port: %8.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Im Portal: &lt;i&gt;Netzwerksicherheitsgruppe %1 → Einstellungen → Eingangssicherheitsregeln&lt;/i&gt;, die Regel &lt;b&gt;%2&lt;/b&gt; (Priorität %3): Quelle &lt;b&gt;%4&lt;/b&gt;, Zielportbereiche &lt;b&gt;%5&lt;/b&gt;, Protokoll &lt;b&gt;%6&lt;/b&gt;, Aktion &lt;b&gt;Zulassen&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Sie lässt %7 den Port erreichen: %8.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The fix the portal recommends: &lt;i&gt;restrict %1 to known IP addresses&lt;/i&gt; — set the rule&apos;s Source to the addresses that really need %2 here. The next page offers that and three other fixes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die vom Portal empfohlene Korrektur: &lt;i&gt;%1 auf bekannte IP-Adressen beschränken&lt;/i&gt; — setzen Sie die Quelle der Regel auf die Adressen, die hier wirklich %2 brauchen. Die nächste Seite bietet das und drei weitere Korrekturen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose the fix</source>
        <translation>Korrektur wählen</translation>
    </message>
    <message>
        <source>Recommended. Keeps the rule and lets only the addresses you enter reach the port.</source>
        <translation>Empfohlen. Behält die Regel und lässt nur die eingegebenen Adressen den Port erreichen.</translation>
    </message>
    <message>
        <source>Keeps the rule where it is but blocks what it matched. Nothing else about it changes.</source>
        <translation>Behält die Regel an ihrem Platz, blockiert aber, was sie erfasst hat. Sonst ändert sich nichts an ihr.</translation>
    </message>
    <message>
        <source>Removes the rule. Traffic it allowed then meets the rules below it (and in the end the default DenyAllInBound).</source>
        <translation>Entfernt die Regel. Verkehr, den sie erlaubt hat, trifft dann auf die Regeln darunter (und am Ende auf die Standardregel DenyAllInBound).</translation>
    </message>
    <message>
        <source>Leaves the rule alone and adds a Deny rule with the same protocol, ports, source and destination at the nearest free priority above it.</source>
        <translation>Lässt die Regel unverändert und fügt eine Verweigern-Regel mit demselben Protokoll, denselben Ports, derselben Quelle und demselben Ziel bei der nächsten freien Priorität darüber hinzu.</translation>
    </message>
    <message>
        <source>Source IP addresses/CIDR ranges</source>
        <translation>Quell-IP-Adressen/CIDR-Bereiche</translation>
    </message>
    <message>
        <source>The addresses that may reach the port: IPv4 or IPv6 addresses and CIDR ranges, separated by commas, spaces or new lines.</source>
        <translation>Die Adressen, die den Port erreichen dürfen: IPv4- oder IPv6-Adressen und CIDR-Bereiche, getrennt durch Kommas, Leerzeichen oder Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>Enter at least one address or range.</source>
        <translation>Geben Sie mindestens eine Adresse oder einen Bereich ein.</translation>
    </message>
    <message>
        <source>Correct or remove the refused entries.</source>
        <translation>Korrigieren oder entfernen Sie die abgelehnten Einträge.</translation>
    </message>
    <message>
        <source>%1 after the change: %2%3</source>
        <translation>%1 nach der Änderung: %2%3</translation>
    </message>
    <message>
        <source> — %1 would still let in too many addresses</source>
        <translation> — %1 ließe weiterhin zu viele Adressen herein</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Review of the changes</source>
        <translation>Prüfung der Änderungen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Verdict after: &lt;b&gt;%1&lt;/b&gt; — %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Urteil danach: &lt;b&gt;%1&lt;/b&gt; — %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Apply and verify</source>
        <translation>Anwenden und prüfen</translation>
    </message>
    <message>
        <source>Changes sent and their outcome</source>
        <translation>Gesendete Änderungen und ihr Ergebnis</translation>
    </message>
    <message>
        <source>%1 — %2: sending…</source>
        <translation>%1 — %2: wird gesendet…</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>(journal %1)</source>
        <translation>(Journal %1)</translation>
    </message>
    <message>
        <source>Journal entries: %1 (History can revert each).</source>
        <translation>Journaleinträge: %1 (der Verlauf kann jeden zurücksetzen).</translation>
    </message>
    <message numerus="yes">
        <source>Fix %n exposing rules</source>
        <translation>
            <numerusform>%n exponierende Regel beheben</numerusform>
            <numerusform>%n exponierende Regeln beheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The fix chosen here is the default for each of the %n rules; the review lets you choose another for a rule or leave it out. They are applied one at a time, each journaled; it stops at the first that fails.</source>
        <translation>
            <numerusform>Die hier gewählte Korrektur ist der Standard für die %n Regel; bei der Prüfung können Sie eine andere für sie wählen oder sie auslassen. Sie wird im Journal festgehalten und angewendet; schlägt sie fehl, wird angehalten.</numerusform>
            <numerusform>Die hier gewählte Korrektur ist der Standard für jede der %n Regeln; bei der Prüfung können Sie für eine Regel eine andere wählen oder sie auslassen. Sie werden einzeln angewendet und jeweils im Journal festgehalten; bei der ersten, die fehlschlägt, wird angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The review leaves such rules out.</source>
        <translation>%1 Die Prüfung lässt solche Regeln aus.</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. Only the ticked rules are changed, one at a time; each change is written to the journal before it is sent, with If-Match on the rule as just read.</source>
        <translation>Es wurde noch nichts gesendet. Nur die angehakten Regeln werden geändert, eine nach der anderen; jede Änderung wird vor dem Senden ins Journal geschrieben, mit If-Match auf die Regel, wie sie gerade gelesen wurde.</translation>
    </message>
    <message>
        <source>The rules to change: tick, fix and verdict after</source>
        <translation>Die zu ändernden Regeln: Haken, Korrektur und Urteil danach</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Verdict after (NSG)</source>
        <translation>Urteil danach (NSG)</translation>
    </message>
    <message>
        <source>Why not ticked</source>
        <translation>Warum nicht angehakt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Fix for %1 in %2</source>
        <translation>Korrektur für %1 in %2</translation>
    </message>
    <message>
        <source>No addresses entered: choose &quot;%1&quot; on the fix page to enter them.</source>
        <translation>Keine Adressen eingegeben: wählen Sie „%1“ auf der Korrekturseite, um sie einzugeben.</translation>
    </message>
    <message>
        <source>Already within the breadth limit: it lets in %1 (%2).</source>
        <translation>Bereits innerhalb des Breitenlimits: sie lässt %1 herein (%2).</translation>
    </message>
    <message>
        <source>The new addresses would widen it: it admits %1 now; the new list adds %2. Choose another fix for it, or leave it out.</source>
        <translation>Die neuen Adressen würden sie erweitern: sie lässt jetzt %1 zu; die neue Liste fügt %2 hinzu. Wählen Sie eine andere Korrektur für sie oder lassen Sie sie aus.</translation>
    </message>
    <message>
        <source>This fix would not close it: the rule would still let in more than the limit.</source>
        <translation>Diese Korrektur würde sie nicht schließen: die Regel ließe weiterhin mehr als das Limit herein.</translation>
    </message>
    <message>
        <source>No rule is ticked: nothing will be written.</source>
        <translation>Keine Regel ist angehakt: nichts wird geschrieben.</translation>
    </message>
    <message>
        <source>One change will be written when you click &quot;Apply change&quot;.</source>
        <translation>Eine Änderung wird geschrieben, wenn Sie auf „Änderung anwenden“ klicken.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes will be written, one at a time, when you click &quot;Apply %n changes&quot;.</source>
        <translation>
            <numerusform>%n Änderung wird geschrieben, wenn Sie auf „%n Änderung anwenden“ klicken.</numerusform>
            <numerusform>%n Änderungen werden einzeln nacheinander geschrieben, wenn Sie auf „%n Änderungen anwenden“ klicken.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;After it:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nach dieser Änderung:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;After them:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nach diesen Änderungen:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Apply change</source>
        <translation>Änderung &amp;anwenden</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n changes</source>
        <translation>
            <numerusform>%n Änderung &amp;anwenden</numerusform>
            <numerusform>%n Änderungen &amp;anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>The change was applied and verified.</source>
        <translation>Die Änderung wurde angewendet und geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>All %n changes were applied and verified.</source>
        <translation>
            <numerusform>Die %n Änderung wurde angewendet und geprüft.</numerusform>
            <numerusform>Alle %n Änderungen wurden angewendet und geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at %1 — %2: %3. Nothing before it was changed; nothing after it was sent.</source>
        <translation>Angehalten bei %1 — %2: %3. Davor wurde nichts geändert; danach wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Stopped at %1 — %2: %3. The change before it was applied and verified; nothing after it was sent.</source>
        <translation>Angehalten bei %1 — %2: %3. Die Änderung davor wurde angewendet und geprüft; danach wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped at %1 — %2: %3. %n changes before it were applied and verified; nothing after it was sent.</source>
        <translation>
            <numerusform>Angehalten bei %1 — %2: %3. %n Änderung davor wurde angewendet und geprüft; danach wurde nichts gesendet.</numerusform>
            <numerusform>Angehalten bei %1 — %2: %3. %n Änderungen davor wurden angewendet und geprüft; danach wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no path from the Internet that gets through passes it; the change does not alter what reaches the workloads.</source>
        <translation>kein Pfad aus dem Internet, der durchkommt, führt über sie; die Änderung ändert nicht, was die Arbeitslasten erreicht.</translation>
    </message>
    <message>
        <source>Paths from the Internet</source>
        <translation>Pfade aus dem Internet</translation>
    </message>
    <message>
        <source>%1: %2 → %3, decided by %4</source>
        <translation>%1: %2 → %3, entschieden von %4</translation>
    </message>
    <message>
        <source>No path from the Internet that gets through passes it: it is latent, and a fix closes what a new public IP or load balancer rule would open.</source>
        <translation>Kein Pfad aus dem Internet, der durchkommt, führt durch sie: sie ist latent, und eine Korrektur schließt, was eine neue öffentliche IP oder Lastenausgleichsregel öffnen würde.</translation>
    </message>
    <message numerus="yes">
        <source>Paths from the Internet through it (%n):</source>
        <translation>
            <numerusform>Pfad aus dem Internet durch sie (%n):</numerusform>
            <numerusform>Pfade aus dem Internet durch sie (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (View → Workloads lists them all)</source>
        <translation>
            <numerusform>und %n weiterer (Ansicht → Workloads listet alle)</numerusform>
            <numerusform>und %n weitere (Ansicht → Workloads listet alle)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in this wizard: %n internet-facing NSG(s) whose own verdict is OK, so that none of its fixes applies. What lets the Internet in is an admin rule or a firewall&apos;s DNAT (change it there), or a rule that allows a public service tag (narrow or remove it in the NSG&apos;s rule table):</source>
        <translation>
            <numerusform>Nicht in diesem Assistenten: %n aus dem Internet erreichbare NSG, deren eigenes Urteil OK ist, sodass keine seiner Korrekturen greift. Was das Internet einlässt, ist eine Admin-Regel oder das DNAT einer Firewall (dort ändern) oder eine Regel, die ein öffentliches Diensttag erlaubt (in der Regeltabelle der NSG einschränken oder entfernen):</numerusform>
            <numerusform>Nicht in diesem Assistenten: %n aus dem Internet erreichbare NSGs, deren eigenes Urteil OK ist, sodass keine seiner Korrekturen greift. Was das Internet einlässt, ist eine Admin-Regel oder das DNAT einer Firewall (dort ändern) oder eine Regel, die ein öffentliches Diensttag erlaubt (in der Regeltabelle der NSG einschränken oder entfernen):</numerusform>
        </translation>
    </message>
    <message>
        <source>The rule whose change is shown</source>
        <translation>Die Regel, deren Änderung gezeigt wird</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Regel:</translation>
    </message>
    <message>
        <source>Ship it as…</source>
        <translation>Ausliefern als …</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Who manages it:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Wer sie verwaltet:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Who manages it: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wer sie verwaltet: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same with the Azure CLI:&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;p&gt;Dasselbe mit der Azure CLI:&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
</context>
<context>
    <name>nsg::ui::ReportDialog</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Everything scanned</source>
        <translation>&amp;Alles Gescannte</translation>
    </message>
    <message>
        <source>The &amp;selection in the tree</source>
        <translation>Die &amp;Auswahl im Baum</translation>
    </message>
    <message>
        <source>E&amp;xposed NSGs only</source>
        <translation>Nur e&amp;xponierte NSGs</translation>
    </message>
    <message>
        <source>&amp;PDF — for auditors and owners</source>
        <translation>&amp;PDF — für Prüfer und Verantwortliche</translation>
    </message>
    <message>
        <source>&amp;HTML — one self-contained file, the same content</source>
        <translation>&amp;HTML — eine eigenständige Datei, derselbe Inhalt</translation>
    </message>
    <message>
        <source>&amp;CSV — one row per NSG</source>
        <translation>&amp;CSV — eine Zeile pro NSG</translation>
    </message>
    <message>
        <source>&amp;JSON — the documented schema, for tools</source>
        <translation>&amp;JSON — das dokumentierte Schema, für Werkzeuge</translation>
    </message>
    <message>
        <source>One row per exposing rule instead</source>
        <translation>Stattdessen eine Zeile pro exponierender Regel</translation>
    </message>
    <message>
        <source>Byte order mark (for Excel)</source>
        <translation>Bytereihenfolgemarke (für Excel)</translation>
    </message>
    <message>
        <source>&amp;Open when done</source>
        <translation>Nach Abschluss ö&amp;ffnen</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Wählen Sie mindestens ein Format.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n report(s) on %1 NSGs…</source>
        <translation>
            <numerusform>Schreibe %n Bericht über %1 NSGs…</numerusform>
            <numerusform>Schreibe %n Berichte über %1 NSGs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Written before it: %1</source>
        <translation>Davor geschrieben: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing partial was left behind.</source>
        <translation>Abgebrochen; nichts Unvollständiges wurde zurückgelassen.</translation>
    </message>
    <message>
        <source>Written before: %1</source>
        <translation>Zuvor geschrieben: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist yet; Export creates it.</source>
        <translation>Der Ordner %1 existiert noch nicht; „Exportieren“ legt ihn an.</translation>
    </message>
    <message>
        <source>Failed: cannot create the folder %1.</source>
        <translation>Fehlgeschlagen: der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Created the folder %1.</source>
        <translation>Ordner %1 angelegt.</translation>
    </message>
    <message>
        <source>Say how the estate moved &amp;since:</source>
        <translation>Sagen, wie sich der Bestand verändert hat, &amp;seit:</translation>
    </message>
    <message>
        <source>Earlier audit</source>
        <translation>Frühere Prüfung</translation>
    </message>
</context>
<context>
    <name>nsg::ui::RestrictSourceDialog</name>
    <message>
        <source>Only the source can be changed here</source>
        <translation>Hier kann nur die Quelle geändert werden</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Restrict the source of %1</source>
        <translation>Die Quelle von %1 beschränken</translation>
    </message>
    <message>
        <source>IP Addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Source IP addresses/CIDR ranges *</source>
        <translation>Quell-IP-Adressen/CIDR-Bereiche *</translation>
    </message>
    <message>
        <source>Source port ranges</source>
        <translation>Quellportbereiche</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Destination port ranges</source>
        <translation>Zielportbereiche</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>The rule before, as JSON</source>
        <translation>Die Regel vorher, als JSON</translation>
    </message>
    <message>
        <source>The rule after, as JSON</source>
        <translation>Die Regel nachher, als JSON</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Rule JSON before / after</source>
        <translation>Regel-JSON vorher / nachher</translation>
    </message>
    <message>
        <source>The rule %1 is no longer in this NSG.</source>
        <translation>Die Regel %1 ist nicht mehr in dieser NSG.</translation>
    </message>
    <message>
        <source>The rule changed since the tree was read (%1); it is shown as it is now.</source>
        <translation>Die Regel hat sich geändert, seit der Baum gelesen wurde (%1); sie wird so gezeigt, wie sie jetzt ist.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>this NSG cannot be evaluated</source>
        <translation>diese NSG kann nicht ausgewertet werden</translation>
    </message>
    <message>
        <source>The rule %1 is not in this NSG.</source>
        <translation>Die Regel %1 ist nicht in dieser NSG.</translation>
    </message>
    <message>
        <source>Now: %1
%2</source>
        <translation>Jetzt: %1
%2</translation>
    </message>
    <message>
        <source>Correct or remove the refused entries.</source>
        <translation>Korrigieren oder entfernen Sie die abgelehnten Einträge.</translation>
    </message>
    <message>
        <source>After this change the NSG could not be evaluated.</source>
        <translation>Nach dieser Änderung könnte die NSG nicht ausgewertet werden.</translation>
    </message>
    <message>
        <source>After this change: %1 — %2</source>
        <translation>Nach dieser Änderung: %1 — %2</translation>
    </message>
    <message>
        <source>%1 would still let in more than the breadth limit: narrow the ranges.</source>
        <translation>%1 ließe weiterhin mehr als das Breitenlimit herein: verengen Sie die Bereiche.</translation>
    </message>
    <message numerus="yes">
        <source>This rule is fixed by it; %n other rule(s) still expose the port.</source>
        <translation>
            <numerusform>Diese Regel wird dadurch behoben; %n andere Regel exponiert den Port weiterhin.</numerusform>
            <numerusform>Diese Regel wird dadurch behoben; %n andere Regeln exponieren den Port weiterhin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the change…</source>
        <translation>Die Änderung wird gesendet…</translation>
    </message>
    <message>
        <source>Request ids: %1</source>
        <translation>Anfrage-IDs: %1</translation>
    </message>
    <message>
        <source>Journal entry %1</source>
        <translation>Journaleintrag %1</translation>
    </message>
    <message>
        <source>Applied and read back: %1 — %2</source>
        <translation>Angewendet und zurückgelesen: %1 — %2</translation>
    </message>
    <message>
        <source>The rule is shown as it is now; check it and apply again.</source>
        <translation>Die Regel wird so gezeigt, wie sie jetzt ist; prüfen Sie sie und wenden Sie erneut an.</translation>
    </message>
    <message>
        <source>Enter the addresses that may reach %1 here.</source>
        <translation>Geben Sie die Adressen ein, die %1 hier erreichen dürfen.</translation>
    </message>
    <message>
        <source>Not a fix for what reaches the workloads: the admin rule %1 always allows the Internet in before this NSG is evaluated, so this edit does not change it. Change the admin rule in Azure Virtual Network Manager.</source>
        <translation>Keine Korrektur dessen, was die Workloads erreicht: die Admin-Regel %1 lässt das Internet immer ein, bevor diese NSG ausgewertet wird; diese Änderung ändert daran nichts. Ändern Sie die Admin-Regel in Azure Virtual Network Manager.</translation>
    </message>
    <message>
        <source>Not a fix for what reaches the workloads: the admin rule %1 already denies the port before this NSG is evaluated; this edit only tidies the NSG.</source>
        <translation>Keine Korrektur dessen, was die Workloads erreicht: die Admin-Regel %1 verweigert den Port bereits, bevor diese NSG ausgewertet wird; diese Änderung räumt nur die NSG auf.</translation>
    </message>
    <message>
        <source>Paths from the Internet</source>
        <translation>Pfade aus dem Internet</translation>
    </message>
    <message>
        <source>The paths from the Internet were not followed: include network interfaces (View menu) and scan again to see what this change does to them.</source>
        <translation>Die Pfade aus dem Internet wurden nicht verfolgt: Netzwerkschnittstellen einbeziehen (Menü Ansicht) und erneut scannen, um zu sehen, was diese Änderung an ihnen ändert.</translation>
    </message>
    <message>
        <source>Enter the addresses to see what the change does to the paths from the Internet through this NSG.</source>
        <translation>Geben Sie die Adressen ein, um zu sehen, was die Änderung an den Pfaden aus dem Internet über diese NSG ändert.</translation>
    </message>
    <message>
        <source>No path from the Internet that gets through passes this NSG: the change does not alter what reaches the workloads.</source>
        <translation>Kein Pfad aus dem Internet, der durchkommt, führt über diese NSG: die Änderung ändert nicht, was die Arbeitslasten erreicht.</translation>
    </message>
    <message>
        <source>At the scan</source>
        <translation>Beim Scan</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Wie geschrieben</translation>
    </message>
    <message>
        <source>Ship it as…</source>
        <translation>Ausliefern als …</translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;#ship&quot;&gt;Ship it as…&lt;/a&gt;</source>
        <translation>%1 &lt;a href=&quot;#ship&quot;&gt;Ausliefern als …&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Apply through the API?</source>
        <translation>Über die API anwenden?</translation>
    </message>
    <message>
        <source>A template or an IaC tool manages this NSG: %1

Apply the change through the API anyway (it closes the port until the next deployment)?</source>
        <translation>Eine Vorlage oder ein IaC-Werkzeug verwaltet diese NSG: %1

Die Änderung trotzdem über die API anwenden (sie schließt den Port bis zur nächsten Bereitstellung)?</translation>
    </message>
    <message>
        <source>Apply &amp;anyway</source>
        <translation>&amp;Trotzdem anwenden</translation>
    </message>
</context>
<context>
    <name>nsg::ui::RuleTableModel</name>
    <message>
        <source>Default rule (not in the input; Azure always has it)</source>
        <translation>Standardregel (nicht in der Eingabe; Azure hat sie immer)</translation>
    </message>
    <message>
        <source>Default rule</source>
        <translation>Standardregel</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Exposes %1 together with other rules: it admits %2; with what they admit, more than the limit of %3 IPv4 addresses and one /%4 of IPv6.</source>
        <translation>Exponiert %1 zusammen mit anderen Regeln: sie lässt %2 zu; mit dem, was jene zulassen, mehr als das Limit von %3 IPv4-Adressen und einem /%4 IPv6.</translation>
    </message>
    <message>
        <source>Exposes %1: it admits %2, more than the limit of %3 IPv4 addresses and one /%4 of IPv6.</source>
        <translation>Exponiert %1: sie lässt %2 zu, mehr als das Limit von %3 IPv4-Adressen und einem /%4 IPv6.</translation>
    </message>
    <message>
        <source>Admits %1 to %2, within the limit of %3 IPv4 addresses and one /%4 of IPv6: known addresses, not an exposure.</source>
        <translation>Lässt %1 %2 erreichen, innerhalb des Limits von %3 IPv4-Adressen und einem /%4 IPv6: bekannte Adressen, keine Exposition.</translation>
    </message>
    <message>
        <source>This Deny blocks only connections from source ports %1; connections from other source ports go on to later rules.</source>
        <translation>Dieses Verweigern blockiert nur Verbindungen von den Quellports %1; Verbindungen von anderen Quellports gehen an spätere Regeln weiter.</translation>
    </message>
    <message>
        <source>It matches only connections from source ports %1 (a client picks its own source port).</source>
        <translation>Sie erfasst nur Verbindungen von den Quellports %1 (ein Client wählt seinen Quellport selbst).</translation>
    </message>
    <message>
        <source>This Deny blocks only connections to %1; connections to other destinations go on to later rules.</source>
        <translation>Dieses Verweigern blockiert nur Verbindungen zu %1; Verbindungen zu anderen Zielen gehen an spätere Regeln weiter.</translation>
    </message>
    <message>
        <source>The source ports the rule matches (the client picks its own); a rule limited to some of them decides only those connections</source>
        <translation>Die Quellports, die die Regel erfasst (der Client wählt sie selbst); eine auf einige davon beschränkte Regel entscheidet nur über diese Verbindungen</translation>
    </message>
    <message>
        <source>The destination ports the rule matches</source>
        <translation>Die Zielports, die die Regel erfasst</translation>
    </message>
    <message>
        <source>Source ports</source>
        <translation>Quellports</translation>
    </message>
    <message>
        <source>Admits the service tag %1 to %2: Azure&apos;s shared public addresses, which this NSG&apos;s own verdict does not count as the Internet. Where the paths from the Internet were followed with the tag data, the Paths tab counts them.</source>
        <translation>Lässt das Diensttag %1 an %2: gemeinsame öffentliche Adressen von Azure, die das eigene Urteil dieser NSG nicht als Internet zählt. Wo die Pfade aus dem Internet mit den Tag-Daten verfolgt wurden, zählt der Reiter „Pfade“ sie.</translation>
    </message>
</context>
<context>
    <name>nsg::ui::SettingsDialog</name>
    <message>
        <source>Use Resource &amp;Graph for large tenants</source>
        <translation>Resource &amp;Graph für große Mandanten verwenden</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Custom port…</source>
        <translation>Eigener Port…</translation>
    </message>
    <message>
        <source>tcp/8443, udp/500 or tcp/8000-8100</source>
        <translation>tcp/8443, udp/500 oder tcp/8000-8100</translation>
    </message>
    <message>
        <source> IPv4 addresses</source>
        <translation> IPv4-Adressen</translation>
    </message>
    <message>
        <source>organizations (every tenant), an id or a domain</source>
        <translation>organizations (jeder Mandant), eine ID oder eine Domäne</translation>
    </message>
    <message>
        <source>Azure CLI&apos;s (04b07795-…)</source>
        <translation>die der Azure CLI (04b07795-…)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>By locale (Letter in the US and Canada, else A4)</source>
        <translation>Nach Gebietsschema (Letter in den USA und Kanada, sonst A4)</translation>
    </message>
    <message>
        <source>the app data folder&apos;s accepted-risks.json</source>
        <translation>accepted-risks.json im App-Datenordner</translation>
    </message>
    <message>
        <source>Accepted risks file</source>
        <translation>Datei der akzeptierten Risiken</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Breadth limit, IPv4 addresses</source>
        <translation>Breitenlimit, IPv4-Adressen</translation>
    </message>
    <message>
        <source>IPv6 breadth limit, prefix length</source>
        <translation>IPv6-Breitenlimit, Präfixlänge</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Richtlinie:</translation>
    </message>
    <message>
        <source>C&amp;ustom port:</source>
        <translation>Eigener &amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Breadth limit:</source>
        <translation>&amp;Breitenlimit:</translation>
    </message>
    <message>
        <source>IPv&amp;6 breadth limit:</source>
        <translation>IPv&amp;6-Breitenlimit:</translation>
    </message>
    <message>
        <source>Accepted &amp;risks file:</source>
        <translation>Datei der a&amp;kzeptierten Risiken:</translation>
    </message>
    <message>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Requests in &amp;flight:</source>
        <translation>Gleichzeitige &amp;Anfragen:</translation>
    </message>
    <message>
        <source>api-versions (advanced; empty: built in)</source>
        <translation>api-versions (erweitert; leer: eingebaut)</translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation>Ressourcen:</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>Resource Graph:</source>
        <translation>Resource Graph:</translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation>Autorisierung:</translation>
    </message>
    <message>
        <source>Language and reports</source>
        <translation>Sprache und Berichte</translation>
    </message>
    <message>
        <source>&amp;Language (at the next start):</source>
        <translation>&amp;Sprache (beim nächsten Start):</translation>
    </message>
    <message>
        <source>Report paper si&amp;ze:</source>
        <translation>Papier&amp;format der Berichte:</translation>
    </message>
    <message>
        <source>&amp;Keep every scan in the audit history</source>
        <translation>&amp;Jeden Scan im Prüfverlauf behalten</translation>
    </message>
    <message>
        <source>the app data folder&apos;s history.sqlite</source>
        <translation>history.sqlite im Datenordner der Anwendung</translation>
    </message>
    <message>
        <source>Audit history file</source>
        <translation>Datei des Prüfverlaufs</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>any age</source>
        <translation>jedes Alter</translation>
    </message>
    <message>
        <source>SQLite (*.sqlite)</source>
        <translation>SQLite (*.sqlite)</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Prüfverlauf</translation>
    </message>
    <message>
        <source>Keep s&amp;napshots:</source>
        <translation>Momentaufnahmen be&amp;halten:</translation>
    </message>
    <message>
        <source>Keep for &amp;days:</source>
        <translation>&amp;Tage behalten:</translation>
    </message>
    <message>
        <source>&amp;History file:</source>
        <translation>&amp;Verlaufsdatei:</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>The newest snapshots kept; older ones are deleted at the next scan</source>
        <translation>Die neuesten behaltenen Momentaufnahmen; ältere werden beim nächsten Scan gelöscht</translation>
    </message>
    <message>
        <source>Snapshots older than this many days are deleted at the next scan</source>
        <translation>Momentaufnahmen, die älter als so viele Tage sind, werden beim nächsten Scan gelöscht</translation>
    </message>
</context>
<context>
    <name>nsg::ui::ShipItView</name>
    <message>
        <source>C&amp;opy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Spei&amp;chern …</translation>
    </message>
    <message>
        <source>Who manages this NSG: not checked yet.</source>
        <translation>Wer diese NSG verwaltet: noch nicht geprüft.</translation>
    </message>
    <message>
        <source>The change as %1</source>
        <translation>Die Änderung als %1</translation>
    </message>
    <message>
        <source>Copy the code of this tab to the clipboard</source>
        <translation>Den Code dieses Tabs in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Save this tab&apos;s code, with what to know about it, as a file</source>
        <translation>Den Code dieses Tabs mit den Hinweisen dazu als Datei speichern</translation>
    </message>
    <message>
        <source>Who manages this NSG: checking its deployments, tags and change history…</source>
        <translation>Wer diese NSG verwaltet: Bereitstellungen, Tags und Änderungsverlauf werden geprüft …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who manages this NSG:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Wer diese NSG verwaltet:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Who manages this NSG: %1</source>
        <translation>Wer diese NSG verwaltet: %1</translation>
    </message>
    <message>
        <source>Save the change as %1</source>
        <translation>Die Änderung als %1 speichern</translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation>Die Änderung speichern</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>nsg::ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Copy code and open browser</source>
        <translation>Code kopieren und Browser öffnen</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign in to Azure</source>
        <translation>Bei Azure anmelden</translation>
    </message>
    <message>
        <source>NSG Auditor signs in with a device code: you approve it in a browser, on this or any other device. It asks only to read (and, in edit mode, to change) network security groups.</source>
        <translation>NSG Auditor meldet sich mit einem Gerätecode an: Sie bestätigen ihn in einem Browser, auf diesem oder einem anderen Gerät. Es verlangt nur, Netzwerksicherheitsgruppen zu lesen (und im Bearbeitungsmodus zu ändern).</translation>
    </message>
    <message>
        <source>organizations, a tenant id or a domain</source>
        <translation>organizations, eine Mandanten-ID oder eine Domäne</translation>
    </message>
    <message>
        <source>&apos;organizations&apos; signs in to your home tenant and scans every tenant you can see; a tenant id or domain limits the scan to that tenant.</source>
        <translation>„organizations“ meldet Sie bei Ihrem Heimmandanten an und scannt jeden Mandanten, den Sie sehen; eine Mandanten-ID oder Domäne beschränkt den Scan auf diesen Mandanten.</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>The public client (application) id to sign in as. Empty: Azure CLI&apos;s. See the README for registering your own.</source>
        <translation>Die ID des öffentlichen Clients (der Anwendung), als der Sie sich anmelden. Leer: die der Azure CLI. Siehe README zur Registrierung einer eigenen.</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Open this page in a browser and enter the code:</source>
        <translation>Öffnen Sie diese Seite in einem Browser und geben Sie den Code ein:</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>Demo (built-in sandbox)</source>
        <translation>Demo (eingebaute Sandbox)</translation>
    </message>
    <message>
        <source>Asking Entra ID for a code…</source>
        <translation>Code wird bei Entra ID angefordert…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in… (demo: approved automatically in a few seconds)</source>
        <translation>Warte auf Ihre Anmeldung… (Demo: wird in wenigen Sekunden automatisch bestätigt)</translation>
    </message>
    <message>
        <source>Waiting for you to sign in…</source>
        <translation>Warte auf Ihre Anmeldung…</translation>
    </message>
    <message>
        <source>Entra ID asked us to check less often (every %1 s); still waiting…</source>
        <translation>Entra ID bat, seltener nachzufragen (alle %1 s); wir warten weiter…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The code is on the clipboard: paste it on the page that opened.</source>
        <translation>Der Code ist in der Zwischenablage: fügen Sie ihn auf der geöffneten Seite ein.</translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <translation>Der Code ist abgelaufen.</translation>
    </message>
    <message>
        <source>The code expires in %1:%2.</source>
        <translation>Der Code läuft in %1:%2 ab.</translation>
    </message>
</context>
<context>
    <name>nsg::ui::SourceEditor</name>
    <message>
        <source>e.g. 203.0.113.16/28, 198.51.100.7 or 2001:db8::/64 — separated by commas, spaces or new lines</source>
        <translation>z. B. 203.0.113.16/28, 198.51.100.7 oder 2001:db8::/64 — getrennt durch Kommas, Leerzeichen oder Zeilenumbrüche</translation>
    </message>
    <message>
        <source>Source IP addresses/CIDR ranges</source>
        <translation>Quell-IP-Adressen/CIDR-Bereiche</translation>
    </message>
    <message>
        <source>What each entry means</source>
        <translation>Was jeder Eintrag bedeutet</translation>
    </message>
    <message>
        <source>%1 — ok</source>
        <translation>%1 — ok</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — merged: %2</source>
        <translation>%1 — zusammengeführt: %2</translation>
    </message>
    <message>
        <source>%1 — refused: %2</source>
        <translation>%1 — abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>nsg::ui::SuppressionsController</name>
    <message>
        <source>Accepted risks</source>
        <translation>Akzeptierte Risiken</translation>
    </message>
    <message>
        <source>The accepted risks could not be saved: %1</source>
        <translation>Die akzeptierten Risiken konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>nsg::ui::SuppressionsDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Accepted risks</source>
        <translation>Akzeptierte Risiken</translation>
    </message>
    <message>
        <source>Kept in &lt;tt&gt;%1&lt;/tt&gt;. Share it with the team, or import theirs.</source>
        <translation>Gespeichert in &lt;tt&gt;%1&lt;/tt&gt;. Teilen Sie die Datei mit dem Team oder importieren Sie dessen Datei.</translation>
    </message>
    <message>
        <source>NSG</source>
        <translation>NSG</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Import accepted risks</source>
        <translation>Akzeptierte Risiken importieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export accepted risks</source>
        <translation>Akzeptierte Risiken exportieren</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In Kraft</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted risk(s)</source>
        <translation>
            <numerusform>%n akzeptiertes Risiko</numerusform>
            <numerusform>%n akzeptierte Risiken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n added or updated</source>
        <translation>
            <numerusform>Importiert aus %1: %n hinzugefügt oder aktualisiert</numerusform>
            <numerusform>Importiert aus %1: %n hinzugefügt oder aktualisiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nsg::ui::WorkloadsModel</name>
    <message>
        <source>%1 → %2:%3</source>
        <translation>%1 → %2:%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>Netzwerkschnittstelle</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Public entry points</source>
        <translation>Öffentliche Eingänge</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>NSGs on the path</source>
        <translation>NSGs auf dem Pfad</translation>
    </message>
    <message>
        <source>exposed</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>latent</source>
        <translation>latent</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>blocked by an admin rule</source>
        <translation>von einer Admin-Regel blockiert</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Subscription / resource group</source>
        <translation>Abonnement / Ressourcengruppe</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>Entschieden von: %1</translation>
    </message>
</context>
<context>
    <name>nsg::ui::WorkloadsWindow</name>
    <message>
        <source>Workloads — what the Internet reaches</source>
        <translation>Workloads — was das Internet erreicht</translation>
    </message>
    <message>
        <source>Filter the workloads</source>
        <translation>Workloads filtern</translation>
    </message>
    <message>
        <source>Filter: name, NSG, or an IP/CIDR (private or public)</source>
        <translation>Filter: Name, NSG oder eine IP/CIDR (privat oder öffentlich)</translation>
    </message>
    <message>
        <source>Network interfaces and what reaches them</source>
        <translation>Netzwerkschnittstellen und was sie erreicht</translation>
    </message>
    <message>
        <source>Public entry point whose path is drawn</source>
        <translation>Öffentlicher Eingang, dessen Pfad gezeichnet wird</translation>
    </message>
    <message>
        <source>Select a network interface to see its paths from the Internet.</source>
        <translation>Wählen Sie eine Netzwerkschnittstelle, um ihre Pfade aus dem Internet zu sehen.</translation>
    </message>
    <message>
        <source>The paths from the Internet were not followed: turn on View → Include network interfaces and refresh, or open an export that holds the network.</source>
        <translation>Die Pfade aus dem Internet wurden nicht verfolgt: schalten Sie Ansicht → Netzwerkschnittstellen einbeziehen ein und aktualisieren Sie, oder öffnen Sie einen Export, der das Netzwerk enthält.</translation>
    </message>
    <message>
        <source>Network interfaces: %1; reached from the Internet: %2; exposed endpoints: %3.</source>
        <translation>Netzwerkschnittstellen: %1; aus dem Internet erreicht: %2; offene Endpunkte: %3.</translation>
    </message>
    <message>
        <source>No public entry point reaches %1: %2</source>
        <translation>Kein öffentlicher Eingang erreicht %1: %2</translation>
    </message>
    <message>
        <source>Shown (filtered): %1.</source>
        <translation>Angezeigt (gefiltert): %1.</translation>
    </message>
    <message>
        <source>Exposed or undecided only</source>
        <translation>Nur exponierte oder unentschiedene</translation>
    </message>
</context>
<context>
    <name>nsg::workspace::AttributionRun</name>
    <message>
        <source>Not signed in: Azure&apos;s change history was not read.</source>
        <translation>Nicht angemeldet: Der Änderungsverlauf von Azure wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>nsg::workspace::AuditHistory</name>
    <message>
        <source>The snapshot was saved, but older ones could not be pruned: %1</source>
        <translation>Die Momentaufnahme wurde gespeichert, ältere konnten aber nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>From the change records the audit history kept; Azure&apos;s change history was not read again.</source>
        <translation>Aus den Änderungseinträgen, die der Prüfverlauf behalten hat; der Änderungsverlauf von Azure wurde nicht erneut gelesen.</translation>
    </message>
</context>
<context>
    <name>nsg::workspace::Connection</name>
    <message>
        <source>the demo sandbox did not start: %1</source>
        <translation>die Demo-Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>unknown cloud &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Cloud „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>--request-timeout must be a number of seconds from 1 to 3600</source>
        <translation>--request-timeout muss eine Zahl von Sekunden zwischen 1 und 3600 sein</translation>
    </message>
    <message>
        <source>%1 cannot answer a multi-factor challenge: the change needs a person signed in with a device code</source>
        <translation>%1 kann keine Mehrfaktor-Anforderung beantworten: die Änderung braucht eine Person, die mit einem Gerätecode angemeldet ist</translation>
    </message>
</context>
<context>
    <name>nsg::workspace::EditSession</name>
    <message>
        <source>Another change is still being applied.</source>
        <translation>Eine andere Änderung wird noch angewendet.</translation>
    </message>
    <message>
        <source>Sign in before changing rules.</source>
        <translation>Melden Sie sich an, bevor Sie Regeln ändern.</translation>
    </message>
    <message>
        <source>A change left pending by an earlier run was reconciled: %1</source>
        <translation>Eine von einem früheren Lauf ausstehende Änderung wurde abgeglichen: %1</translation>
    </message>
</context>
<context>
    <name>nsg::workspace::Workspace</name>
    <message>
        <source>Change journal %1: %2</source>
        <translation>Änderungsjournal %1: %2</translation>
    </message>
    <message>
        <source>its tags (the NSG could not be read: %1)</source>
        <translation>ihre Tags (die NSG konnte nicht gelesen werden: %1)</translation>
    </message>
</context>
</TS>
