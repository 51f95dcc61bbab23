<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ArmClient</name>
    <message>
        <source>Refused to send the sign-in token to %1: only %2 may receive it.</source>
        <translation>Jeton de connexion non envoyé à %1 : seul %2 peut le recevoir.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>Échec de la négociation TLS avec %1 : %2</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>Aucune réponse en %1 s.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1 bytes).</source>
        <translation>La réponse n’est pas du JSON valide (%1 octets).</translation>
    </message>
    <message>
        <source>ARM redirected to %1; redirects are not followed with a token.</source>
        <translation>ARM a redirigé vers %1 ; les redirections ne sont pas suivies avec un jeton.</translation>
    </message>
    <message>
        <source>ARM returned a next-page link to %1, which may not receive the sign-in token; it was not followed, so later pages are missing.</source>
        <translation>ARM a renvoyé un lien de page suivante vers %1, qui ne peut pas recevoir le jeton de connexion ; il n’a pas été suivi, les pages suivantes manquent donc.</translation>
    </message>
    <message>
        <source>ARM asked us to follow the operation at %1, which may not receive the sign-in token; it was not followed, so the outcome is not known: read the resource again.</source>
        <translation>ARM a demandé de suivre l’opération sur %1, qui ne peut pas recevoir le jeton de connexion ; elle n’a pas été suivie, le résultat est donc inconnu : relisez la ressource.</translation>
    </message>
    <message>
        <source>The operation status has no &apos;status&apos;.</source>
        <translation>L’état de l’opération n’a pas de « status ».</translation>
    </message>
    <message>
        <source>The operation ended %1.</source>
        <translation>L’opération s’est terminée : %1.</translation>
    </message>
    <message>
        <source>The operation ended %1: %2</source>
        <translation>L’opération s’est terminée : %1 : %2</translation>
    </message>
    <message>
        <source>The operation was still %1 after %2 s; read the resource again to see where it stands.</source>
        <translation>L’opération était toujours %1 après %2 s ; relisez la ressource pour voir où elle en est.</translation>
    </message>
    <message>
        <source> (gave up after %1 attempts)</source>
        <translation> (abandon après %1 tentatives)</translation>
    </message>
    <message>
        <source> (asked to wait %1 s, more than the %2 s we wait)</source>
        <translation> (attente de %1 s demandée, plus que les %2 s que nous attendons)</translation>
    </message>
    <message>
        <source>The operation&apos;s result is no longer there (%1); read the resource again to see where it stands.</source>
        <translation>Le résultat de l&apos;opération n&apos;existe plus (%1) ; relisez la ressource pour voir où elle en est.</translation>
    </message>
    <message>
        <source>The operation ended failed: %1</source>
        <translation>L&apos;opération a échoué : %1</translation>
    </message>
</context>
<context>
    <name>nsg</name>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>about 2^%1</source>
        <translation>environ 2^%1</translation>
    </message>
    <message>
        <source>any Internet address</source>
        <translation>toute adresse Internet</translation>
    </message>
    <message>
        <source>%1 more ranges</source>
        <translation>%1 autres plages</translation>
    </message>
    <message>
        <source>public addresses in %1</source>
        <translation>adresses publiques dans %1</translation>
    </message>
    <message>
        <source>any public IPv4 address</source>
        <translation>toute adresse IPv4 publique</translation>
    </message>
    <message>
        <source>any public IPv6 address</source>
        <translation>toute adresse IPv6 publique</translation>
    </message>
    <message>
        <source>no public address</source>
        <translation>aucune adresse publique</translation>
    </message>
    <message>
        <source>1 public IPv4 address</source>
        <translation>1 adresse IPv4 publique</translation>
    </message>
    <message>
        <source>%1 public IPv4 addresses</source>
        <translation>%1 adresses IPv4 publiques</translation>
    </message>
    <message>
        <source>1 public IPv6 address</source>
        <translation>1 adresse IPv6 publique</translation>
    </message>
    <message>
        <source>%1 public IPv6 addresses</source>
        <translation>%1 adresses IPv6 publiques</translation>
    </message>
    <message>
        <source>the %1 NSG %2 could not be fully evaluated</source>
        <translation>le NSG %1 %2 n’a pas pu être entièrement évalué</translation>
    </message>
    <message>
        <source>the %1 NSG %2 could not be read</source>
        <translation>le NSG %1 %2 n’a pas pu être lu</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <translation>une valeur non prise en charge</translation>
    </message>
    <message>
        <source>octet %1 is larger than 255</source>
        <translation>l’octet %1 est supérieur à 255</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a decimal octet</source>
        <translation>« %1 » n’est pas un octet décimal</translation>
    </message>
    <message>
        <source>more than four octets</source>
        <translation>plus de quatre octets</translation>
    </message>
    <message>
        <source>an IPv4 address has four octets</source>
        <translation>une adresse IPv4 a quatre octets</translation>
    </message>
    <message>
        <source>zone indexes are not allowed</source>
        <translation>les index de zone ne sont pas autorisés</translation>
    </message>
    <message>
        <source>a single leading &apos;:&apos;</source>
        <translation>un « : » initial isolé</translation>
    </message>
    <message>
        <source>an embedded IPv4 address must come last</source>
        <translation>une adresse IPv4 intégrée doit venir en dernier</translation>
    </message>
    <message>
        <source>embedded IPv4 address: %1</source>
        <translation>adresse IPv4 intégrée : %1</translation>
    </message>
    <message>
        <source>each group has one to four hex digits</source>
        <translation>chaque groupe a de un à quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hex digit</source>
        <translation>« %1 » n’est pas un chiffre hexadécimal</translation>
    </message>
    <message>
        <source>more than eight groups</source>
        <translation>plus de huit groupes</translation>
    </message>
    <message>
        <source>&apos;::&apos; may appear only once</source>
        <translation>« :: » ne peut apparaître qu’une fois</translation>
    </message>
    <message>
        <source>a trailing single &apos;:&apos;</source>
        <translation>un « : » final isolé</translation>
    </message>
    <message>
        <source>an IPv6 address has eight groups</source>
        <translation>une adresse IPv6 a huit groupes</translation>
    </message>
    <message>
        <source>&apos;::&apos; must stand for at least one group</source>
        <translation>« :: » doit remplacer au moins un groupe</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(pas d’identifiant)</translation>
    </message>
    <message>
        <source>public IP</source>
        <translation>IP publique</translation>
    </message>
    <message>
        <source>load-balancing rule</source>
        <translation>règle d&apos;équilibrage de charge</translation>
    </message>
    <message>
        <source>inbound NAT rule</source>
        <translation>règle NAT entrante</translation>
    </message>
    <message>
        <source>firewall DNAT</source>
        <translation>DNAT du pare-feu</translation>
    </message>
    <message>
        <source>admin rule</source>
        <translation>règle d&apos;administration</translation>
    </message>
    <message>
        <source>subnet NSG</source>
        <translation>NSG du sous-réseau</translation>
    </message>
    <message>
        <source>NIC NSG</source>
        <translation>NSG de la carte réseau</translation>
    </message>
    <message>
        <source>firewall</source>
        <translation>pare-feu</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plateforme</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>IP publique</translation>
    </message>
    <message>
        <source>Load-balancing rule</source>
        <translation>Règle d&apos;équilibrage de charge</translation>
    </message>
    <message>
        <source>Inbound NAT rule</source>
        <translation>Règle NAT entrante</translation>
    </message>
    <message>
        <source>Firewall DNAT</source>
        <translation>DNAT du pare-feu</translation>
    </message>
    <message>
        <source>nothing (not decided)</source>
        <translation>rien (non décidé)</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Admin rules</source>
        <translation>Règles d&apos;administration</translation>
    </message>
    <message>
        <source>Subnet NSG</source>
        <translation>NSG du sous-réseau</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>Interface réseau</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <source>exposed</source>
        <translation>exposé</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>non décidé</translation>
    </message>
    <message>
        <source> (decides: lets the Internet through)</source>
        <translation> (décide : laisse passer Internet)</translation>
    </message>
    <message>
        <source> (decides: stops it here)</source>
        <translation> (décide : l’arrête ici)</translation>
    </message>
    <message>
        <source> (could not be decided)</source>
        <translation> (n&apos;a pas pu être décidé)</translation>
    </message>
    <message>
        <source> (not reached)</source>
        <translation> (non atteint)</translation>
    </message>
    <message>
        <source>Path from the Internet to %1 (%2:%3), %4: %5</source>
        <translation>Chemin depuis Internet vers %1 (%2:%3), %4 : %5</translation>
    </message>
    <message>
        <source>getting through: %1</source>
        <translation>passent : %1</translation>
    </message>
    <message>
        <source>public sources</source>
        <translation>sources publiques</translation>
    </message>
    <message>
        <source>restricted to %1</source>
        <translation>restreint à %1</translation>
    </message>
    <message>
        <source>getting through: only %1, within the limit</source>
        <translation>passe : seulement %1, dans la limite</translation>
    </message>
    <message>
        <source> (decides: lets in only the sources within the limit)</source>
        <translation> (décide : ne laisse entrer que les sources dans la limite)</translation>
    </message>
    <message>
        <source>the admin rule %1 denies the port before its rules are evaluated</source>
        <translation>la règle d’administration %1 refuse le port avant que ses règles soient évaluées</translation>
    </message>
    <message>
        <source>no public entry point reaches what it guards</source>
        <translation>aucun point d’entrée public n’atteint ce qu’elle protège</translation>
    </message>
    <message>
        <source>internet-facing</source>
        <translation>exposée à Internet</translation>
    </message>
    <message>
        <source>an admin rule admits the Internet past it</source>
        <translation>une règle d’administration laisse passer Internet sans elle</translation>
    </message>
    <message>
        <source>paths from the Internet not read</source>
        <translation>chemins depuis Internet non lus</translation>
    </message>
    <message>
        <source>a path from the Internet not decided</source>
        <translation>un chemin depuis Internet non décidé</translation>
    </message>
    <message>
        <source>latent</source>
        <translation>latente</translation>
    </message>
    <message>
        <source>blocked by an admin rule</source>
        <translation>bloquée par une règle d’administration</translation>
    </message>
    <message>
        <source>NSG Auditor — audits compared</source>
        <translation>NSG Auditor — audits comparés</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>NSG %1 lets the Internet reach %2</source>
        <translation>Le NSG %1 laisse Internet atteindre %2</translation>
    </message>
    <message>
        <source>Accepted risk by %1 until %2: %3</source>
        <translation>Risque accepté par %1 jusqu’au %2 : %3</translation>
    </message>
    <message>
        <source>Restrict the source of %1 to the address ranges that need %2 (replace %3 in the command below), or remove the rule.</source>
        <translation>Restreindre la source de %1 aux plages d’adresses qui ont besoin de %2 (remplacer %3 dans la commande ci-dessous), ou supprimer la règle.</translation>
    </message>
    <message>
        <source>The Internet reaches %1 on %2 through %3</source>
        <translation>Internet atteint %1 sur %2 par %3</translation>
    </message>
    <message>
        <source>Close the path at the rule that decides it (%1 %2): restrict its source to the address ranges that need %3, or remove the public entry point (%4).</source>
        <translation>Fermer le chemin à la règle qui le décide (%1 %2) : restreindre sa source aux plages d’adresses qui ont besoin de %3, ou supprimer le point d’entrée public (%4).</translation>
    </message>
</context>
<context>
    <name>nsg::AcceptedRisk</name>
    <message>
        <source>Accepted risk until %1, by %2: %3</source>
        <translation>Risque accepté jusqu’au %1, par %2 : %3</translation>
    </message>
    <message>
        <source>Exposed again: the risk %1 accepted expired on %2 (%3)</source>
        <translation>De nouveau exposé : le risque accepté par %1 a expiré le %2 (%3)</translation>
    </message>
    <message>
        <source>Exposed again: the exposing rules changed since %1 accepted the risk on %2 (then: %3)</source>
        <translation>De nouveau exposé : les règles exposantes ont changé depuis que %1 a accepté le risque le %2 (alors : %3)</translation>
    </message>
</context>
<context>
    <name>nsg::AddressPrefix</name>
    <message>
        <source>&apos;%1&apos; is neither an IP address, a CIDR range nor a service tag</source>
        <translation>« %1 » n’est ni une adresse IP, ni une plage CIDR, ni une balise de service</translation>
    </message>
</context>
<context>
    <name>nsg::AppSettings</name>
    <message>
        <source>The IPv6 breadth limit must be a prefix length from 0 to 128</source>
        <translation>La limite d’étendue IPv6 doit être une longueur de préfixe de 0 à 128</translation>
    </message>
    <message>
        <source>Requests in flight must be from 1 to 32</source>
        <translation>Les requêtes simultanées doivent être entre 1 et 32</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an api-version (YYYY-MM-DD or YYYY-MM-DD-preview)</source>
        <translation>« %1 » n’est pas une api-version (AAAA-MM-JJ ou AAAA-MM-JJ-preview)</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;</source>
        <translation>Langue inconnue « %1 »</translation>
    </message>
    <message>
        <source>Paper size must be A4 or Letter</source>
        <translation>Le format de papier doit être A4 ou Letter</translation>
    </message>
    <message>
        <source>The history&apos;s retention cannot be negative</source>
        <translation>La conservation de l’historique ne peut pas être négative</translation>
    </message>
</context>
<context>
    <name>nsg::AuditReport</name>
    <message>
        <source>%1 public IPv4 addresses and one /%2 of IPv6</source>
        <translation>%1 adresses IPv4 publiques et un /%2 IPv6</translation>
    </message>
</context>
<context>
    <name>nsg::ChartLayout</name>
    <message>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>not read (%1)</source>
        <translation>non lu (%1)</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation>Risque accepté</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Non lu</translation>
    </message>
</context>
<context>
    <name>nsg::Cidr</name>
    <message>
        <source>empty address</source>
        <translation>adresse vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a prefix length</source>
        <translation>« %1 » n’est pas une longueur de préfixe</translation>
    </message>
    <message>
        <source>prefix length %1 is larger than 128</source>
        <translation>la longueur de préfixe %1 est supérieure à 128</translation>
    </message>
    <message>
        <source>prefix length %1 is larger than 32</source>
        <translation>la longueur de préfixe %1 est supérieure à 32</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IP address or CIDR range: %2</source>
        <translation>« %1 » n’est pas une adresse IP ni une plage CIDR valide : %2</translation>
    </message>
</context>
<context>
    <name>nsg::CsvReport</name>
    <message>
        <source>cannot write the CSV report: %1</source>
        <translation>impossible d’écrire le rapport CSV : %1</translation>
    </message>
</context>
<context>
    <name>nsg::DiffReport</name>
    <message>
        <source>Since snapshot #%1 (%2)</source>
        <translation>Depuis l’instantané n° %1 (%2)</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>How the estate moved</source>
        <translation>Comment le parc a évolué</translation>
    </message>
    <message>
        <source>Who changed the NSGs was not read (a live session reads Azure&apos;s change history).</source>
        <translation>Qui a modifié les NSG n’a pas été lu (une session en direct lit l’historique des modifications d’Azure).</translation>
    </message>
    <message>
        <source>NSG</source>
        <translation>NSG</translation>
    </message>
    <message>
        <source>Then → now</source>
        <translation>Avant → maintenant</translation>
    </message>
    <message>
        <source>First seen exposed</source>
        <translation>Vu exposé pour la première fois</translation>
    </message>
    <message>
        <source>Who changed it</source>
        <translation>Qui l’a modifié</translation>
    </message>
    <message>
        <source>fixed by %1, exposed again by %2</source>
        <translation>corrigé le %1, de nouveau exposé le %2</translation>
    </message>
    <message>
        <source>rules changed</source>
        <translation>règles modifiées</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Became internet-facing</source>
        <translation>Désormais exposé à Internet</translation>
    </message>
    <message>
        <source>No longer internet-facing</source>
        <translation>Plus exposé à Internet</translation>
    </message>
    <message>
        <source>NSG Auditor — audits compared</source>
        <translation>NSG Auditor — audits comparés</translation>
    </message>
    <message>
        <source>(offline)</source>
        <translation>(hors ligne)</translation>
    </message>
    <message>
        <source>Not read in this scan, so not compared: %1</source>
        <translation>Non lu dans cette analyse, donc non comparé : %1</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>Récent</translation>
    </message>
    <message>
        <source>NSGs that are OK in both scans and did not change at all: %1.</source>
        <translation>NSG conformes dans les deux analyses et qui n’ont pas changé du tout : %1.</translation>
    </message>
    <message>
        <source>Rules that let it in</source>
        <translation>Règles qui le laissent entrer</translation>
    </message>
    <message>
        <source>%1 UTC: %2%3</source>
        <translation>%1 UTC : %2%3</translation>
    </message>
    <message>
        <source>unrecorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation>impossible d’écrire le PDF</translation>
    </message>
</context>
<context>
    <name>nsg::DomBuilder</name>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;: its value is ambiguous</source>
        <translation>clé « %1 » en double : sa valeur est ambiguë</translation>
    </message>
</context>
<context>
    <name>nsg::ExportSax</name>
    <message>
        <source>the JSON breaks off or is invalid inside this NSG (%1)</source>
        <translation>le JSON s’interrompt ou est invalide dans ce NSG (%1)</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1, %2; nothing after it was read</source>
        <translation>JSON invalide à l’octet %1, %2 ; rien n’a été lu au-delà</translation>
    </message>
    <message>
        <source>not an NSG export: the file holds a single %1 value</source>
        <translation>pas un export de NSG : le fichier contient une seule valeur de type %1</translation>
    </message>
    <message>
        <source>this file is one page of a longer list (it has a next-page link): NSGs on later pages are not in it</source>
        <translation>ce fichier est une page d’une liste plus longue (il a un lien de page suivante) : les NSG des pages suivantes n’y sont pas</translation>
    </message>
    <message>
        <source>Resource Graph marked this result truncated: some NSGs are missing from it</source>
        <translation>Resource Graph a marqué ce résultat comme tronqué : certains NSG y manquent</translation>
    </message>
    <message>
        <source>not an NSG export: expected an array of NSGs, {&quot;value&quot;: [...]}, {&quot;data&quot;: [...]} or one NSG object</source>
        <translation>pas un export de NSG : attendu un tableau de NSG, {&quot;value&quot;: [...]}, {&quot;data&quot;: [...]} ou un objet NSG</translation>
    </message>
    <message>
        <source>when the report was made: %1</source>
        <translation>lors de la création du rapport : %1</translation>
    </message>
    <message>
        <source>the report holds no rules for this NSG (it was written before reports carried them); the report&apos;s verdict was &apos;%1&apos;</source>
        <translation>le rapport ne contient aucune règle pour ce NSG (il a été écrit avant que les rapports ne les incluent) ; le verdict du rapport était « %1 »</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>nsg::FindingText</name>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (priority %2)</source>
        <translation>« %1 » (priorité %2)</translation>
    </message>
    <message>
        <source>%1 more rules</source>
        <translation>%1 autres règles</translation>
    </message>
    <message>
        <source>rule </source>
        <translation>règle </translation>
    </message>
    <message>
        <source>rules </source>
        <translation>règles </translation>
    </message>
    <message>
        <source>lets</source>
        <translation>laisse</translation>
    </message>
    <message>
        <source>let</source>
        <translation>laissent</translation>
    </message>
    <message>
        <source>%1 %2 %3 reach %4</source>
        <translation>%1 %2 %3 atteindre %4</translation>
    </message>
    <message>
        <source>Cannot be evaluated: %1</source>
        <translation>Évaluation impossible : %1</translation>
    </message>
    <message>
        <source>, more than the limit of %1 IPv4 addresses</source>
        <translation>, au-delà de la limite de %1 adresses IPv4</translation>
    </message>
    <message>
        <source>, more than one /%1 of IPv6</source>
        <translation>, plus d’un /%1 IPv6</translation>
    </message>
    <message>
        <source>; AzureCloud counts as the Internet, since any Azure customer holds addresses there</source>
        <translation> ; AzureCloud compte comme Internet, car tout client Azure y détient des adresses</translation>
    </message>
    <message>
        <source>; rule %1 could not be read, but it cannot take this back</source>
        <translation> ; la règle %1 n’a pas pu être lue, mais elle ne peut pas annuler cela</translation>
    </message>
    <message>
        <source>, within the limit of %1 IPv4 addresses and one /%2 of IPv6</source>
        <translation>, dans la limite de %1 adresses IPv4 et d’un /%2 IPv6</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>No rule lets a public address reach %1</source>
        <translation>Aucune règle ne laisse une adresse publique atteindre %1</translation>
    </message>
    <message>
        <source>Rule %1 could not be read (%2); no rule before it exposes %3, so the verdict is unknown</source>
        <translation>La règle %1 n’a pas pu être lue (%2) ; aucune règle avant elle n’expose %3, le verdict est donc inconnu</translation>
    </message>
    <message>
        <source> (not attached)</source>
        <translation> (non associé)</translation>
    </message>
    <message>
        <source>Rule-at-a-time scanners report this NSG as exposed because Allow rule %1 matches any source; evaluated in order, it does not let public addresses reach %2 beyond the limit.</source>
        <translation>Les scanners règle par règle signalent ce NSG comme exposé parce que la règle Autoriser %1 accepte toute source ; évaluée dans l’ordre, elle ne laisse pas d’adresses publiques atteindre %2 au-delà de la limite.</translation>
    </message>
    <message>
        <source>Rule-at-a-time scanners find no Allow rule from an any-like source and report this NSG as not exposed; yet evaluated together, the rules let %1 reach %2.</source>
        <translation>Les scanners règle par règle ne trouvent aucune règle Autoriser depuis une source quelconque et signalent ce NSG comme non exposé ; pourtant, évaluées ensemble, les règles laissent %1 atteindre %2.</translation>
    </message>
    <message>
        <source>decides first: lets %1 reach %2</source>
        <translation>décide en premier : laisse %1 atteindre %2</translation>
    </message>
    <message>
        <source>decides first: blocks the public sources it matches</source>
        <translation>décide en premier : bloque les sources publiques qu’elle couvre</translation>
    </message>
    <message>
        <source>shadowed: earlier rules already decided its public sources</source>
        <translation>masquée : des règles antérieures ont déjà décidé de ses sources publiques</translation>
    </message>
    <message>
        <source>does not match %1</source>
        <translation>ne correspond pas à %1</translation>
    </message>
    <message>
        <source>its source holds no public address</source>
        <translation>sa source ne contient aucune adresse publique</translation>
    </message>
    <message>
        <source>could not be read; evaluation stops here</source>
        <translation>n’a pas pu être lue ; l’évaluation s’arrête ici</translation>
    </message>
    <message>
        <source>not evaluated (after a rule that could not be read)</source>
        <translation>non évaluée (après une règle illisible)</translation>
    </message>
    <message>
        <source>; it matches only some source ports or destinations, so other traffic goes on to later rules</source>
        <translation> ; elle ne couvre que certains ports sources ou destinations, l’autre trafic passe donc aux règles suivantes</translation>
    </message>
    <message>
        <source>%1 %2: %3 %4/%5 from %6 — %7</source>
        <translation>%1 %2 : %3 %4/%5 depuis %6 — %7</translation>
    </message>
    <message>
        <source> and %n more</source>
        <translation> et %n de plus</translation>
    </message>
    <message>
        <source>%1 rule &apos;%2&apos; (priority %3: %4)</source>
        <translation>règle %1 « %2 » (priorité %3 : %4)</translation>
    </message>
    <message>
        <source>%1 rule &apos;%2&apos; (%3)</source>
        <translation>règle %1 « %2 » (%3)</translation>
    </message>
    <message>
        <source>No public address reaches %1: Allow rule %2 is shadowed by %3</source>
        <translation>Aucune adresse publique n’atteint %1 : la règle Autoriser %2 est masquée par %3</translation>
    </message>
    <message>
        <source>Rule-at-a-time scanners report this NSG as exposed because Allow rule %1 matches any source; but %2 decides that traffic first.</source>
        <translation>Les scanners règle par règle signalent ce NSG comme exposé parce que la règle Autoriser %1 accepte toute source ; mais %2 décide de ce trafic en premier.</translation>
    </message>
    <message>
        <source>Rule-at-a-time scanners report this NSG as exposed because Allow rule %1 matches any source; but %2 decide that traffic first.</source>
        <translation>Les scanners règle par règle signalent ce NSG comme exposé parce que la règle Autoriser %1 accepte toute source ; mais %2 décident de ce trafic en premier.</translation>
    </message>
    <message>
        <source> (the rest was decided earlier by %1)</source>
        <translation> (le reste a été décidé plus tôt par %1)</translation>
    </message>
    <message>
        <source>shadowed: its public sources were already decided by %1</source>
        <translation>masquée : ses sources publiques ont déjà été décidées par %1</translation>
    </message>
    <message>
        <source>its source is the service tag %1: not the Internet for this NSG&apos;s own verdict (where the paths from the Internet were followed, they count the tag&apos;s public addresses)</source>
        <translation>sa source est la balise de service %1 : pas Internet pour le verdict propre de ce NSG (là où les chemins depuis Internet ont été suivis, ils comptent les adresses publiques de la balise)</translation>
    </message>
</context>
<context>
    <name>nsg::HtmlReport</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>cannot write the HTML report: %1</source>
        <translation>impossible d’écrire le rapport HTML : %1</translation>
    </message>
</context>
<context>
    <name>nsg::JsonReport</name>
    <message>
        <source>cannot write the JSON report: %1</source>
        <translation>impossible d’écrire le rapport JSON : %1</translation>
    </message>
</context>
<context>
    <name>nsg::NetworkJson</name>
    <message>
        <source>it has no ipConfigurations</source>
        <translation>elle n&apos;a pas d&apos;ipConfigurations</translation>
    </message>
    <message>
        <source>its IP configuration &apos;%1&apos; has no private IP address</source>
        <translation>sa configuration IP &apos;%1&apos; n&apos;a pas d&apos;adresse IP privée</translation>
    </message>
    <message>
        <source>its IP configuration &apos;%1&apos; names no subnet</source>
        <translation>sa configuration IP &apos;%1&apos; ne nomme aucun sous-réseau</translation>
    </message>
    <message>
        <source>its access &apos;%1&apos; is not Allow, AlwaysAllow or Deny</source>
        <translation>son accès &apos;%1&apos; n&apos;est ni Allow, ni AlwaysAllow, ni Deny</translation>
    </message>
    <message>
        <source>its priority is missing or not between 1 and 4096</source>
        <translation>sa priorité manque ou n&apos;est pas entre 1 et 4096</translation>
    </message>
    <message>
        <source>its direction is missing or not Inbound or Outbound</source>
        <translation>sa direction manque ou n&apos;est ni Inbound ni Outbound</translation>
    </message>
    <message>
        <source>its protocol &apos;%1&apos; is not known</source>
        <translation>son protocole &apos;%1&apos; est inconnu</translation>
    </message>
    <message>
        <source>the resource has no id and cannot be placed</source>
        <translation>la ressource n&apos;a pas d&apos;identifiant et ne peut être placée</translation>
    </message>
    <message>
        <source>service tag data without any tag in &quot;values&quot;</source>
        <translation>des données de service tags sans aucun tag dans &quot;values&quot;</translation>
    </message>
    <message>
        <source>a second set of service tag data (%1, change %2): the first one read is kept</source>
        <translation>un second jeu de données de service tags (%1, changement %2) : le premier lu est conservé</translation>
    </message>
    <message>
        <source>effective admin rules need a virtualNetworkId and an array of rules in &quot;value&quot;</source>
        <translation>les règles d&apos;administration effectives demandent un virtualNetworkId et un tableau de règles dans &quot;value&quot;</translation>
    </message>
    <message>
        <source>an admin rule without an id</source>
        <translation>une règle d&apos;administration sans identifiant</translation>
    </message>
    <message>
        <source>an effective admin rule whose virtual network is not named (wrap the rules as {&quot;virtualNetworkId&quot;: &quot;&lt;vnet id&gt;&quot;, &quot;value&quot;: [...]})</source>
        <translation>une règle d&apos;administration effective dont le réseau virtuel n&apos;est pas nommé (envelopper les règles ainsi : {&quot;virtualNetworkId&quot;: &quot;&lt;vnet id&gt;&quot;, &quot;value&quot;: [...]})</translation>
    </message>
    <message>
        <source>its protocol &apos;%1&apos; is not Tcp, Udp or All</source>
        <translation>son protocole &apos;%1&apos; n&apos;est ni Tcp, ni Udp, ni All</translation>
    </message>
    <message>
        <source>its frontend or backend port is missing or out of range</source>
        <translation>son port frontal ou principal manque ou est hors limites</translation>
    </message>
    <message>
        <source>it names no frontend IP configuration</source>
        <translation>elle ne nomme aucune configuration IP frontale</translation>
    </message>
    <message>
        <source>skipped: %1 is not a resource the scan reads</source>
        <translation>ignoré : %1 n&apos;est pas une ressource que l&apos;analyse lit</translation>
    </message>
</context>
<context>
    <name>nsg::NicExposure</name>
    <message>
        <source>NIC&apos;s</source>
        <translation>de la carte réseau</translation>
    </message>
    <message>
        <source>subnet&apos;s</source>
        <translation>du sous-réseau</translation>
    </message>
    <message>
        <source>No NSG on the NIC or its subnet: Azure lets %1 reach %2.</source>
        <translation>Aucun NSG sur la carte réseau ni son sous-réseau : Azure laisse %1 atteindre %2.</translation>
    </message>
    <message>
        <source>Through both the subnet&apos;s and the NIC&apos;s NSG, %1 (%2) can reach %3.</source>
        <translation>À travers le NSG du sous-réseau et celui de la carte réseau, %1 (%2) peut atteindre %3.</translation>
    </message>
    <message>
        <source>Cannot decide: %1.</source>
        <translation>Impossible de décider : %1.</translation>
    </message>
    <message>
        <source>No public address reaches %1 through the subnet&apos;s and the NIC&apos;s NSGs together.</source>
        <translation>Aucune adresse publique n’atteint %1 à travers les NSG du sous-réseau et de la carte réseau ensemble.</translation>
    </message>
    <message>
        <source>Only %1 (%2) reach %3 through both NSGs, within the breadth limit.</source>
        <translation>Seules %1 (%2) atteignent %3 à travers les deux NSG, dans la limite d’étendue.</translation>
    </message>
    <message>
        <source>Through the subnet&apos;s NSG (the NIC has none), %1 (%2) can reach %3.</source>
        <translation>Par le NSG du sous-réseau (la carte réseau n&apos;en a pas), %1 (%2) peut atteindre %3.</translation>
    </message>
    <message>
        <source>Through the NIC&apos;s NSG (its subnet has none), %1 (%2) can reach %3.</source>
        <translation>Par le NSG de la carte réseau (son sous-réseau n&apos;en a pas), %1 (%2) peut atteindre %3.</translation>
    </message>
</context>
<context>
    <name>nsg::NsgBuilder</name>
    <message>
        <source>the rule has no name</source>
        <translation>la règle n’a pas de nom</translation>
    </message>
    <message>
        <source>%1 is not a valid priority</source>
        <translation>%1 n’est pas une priorité valide</translation>
    </message>
    <message>
        <source>priority %1 is outside the range Azure accepts (100-4096)</source>
        <translation>la priorité %1 est hors de la plage acceptée par Azure (100-4096)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a protocol (Tcp, Udp, Icmp, Esp, Ah or *)</source>
        <translation>« %1 » n’est pas un protocole (Tcp, Udp, Icmp, Esp, Ah ou *)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither Allow nor Deny</source>
        <translation>« %1 » n’est ni Allow ni Deny</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither Inbound nor Outbound</source>
        <translation>« %1 » n’est ni Inbound ni Outbound</translation>
    </message>
    <message>
        <source>no source port range</source>
        <translation>aucune plage de ports source</translation>
    </message>
    <message>
        <source>no destination port range</source>
        <translation>aucune plage de ports de destination</translation>
    </message>
    <message>
        <source>no source address prefix or application security group</source>
        <translation>aucun préfixe d’adresse source ni groupe de sécurité d’application</translation>
    </message>
    <message>
        <source>no destination address prefix or application security group</source>
        <translation>aucun préfixe d’adresse de destination ni groupe de sécurité d’application</translation>
    </message>
    <message>
        <source>rules &apos;%1&apos; and &apos;%2&apos; share priority %3 in the same direction</source>
        <translation>les règles « %1 » et « %2 » partagent la priorité %3 dans le même sens</translation>
    </message>
    <message>
        <source>%1 rules: Azure allows at most %2 in an NSG, so this is not an NSG as Azure has it</source>
        <translation>%1 règles : Azure en autorise au plus %2 dans un NSG, ce n’est donc pas un NSG tel qu’Azure le connaît</translation>
    </message>
</context>
<context>
    <name>nsg::NsgDocument</name>
    <message>
        <source>The NSG has no rule %1.</source>
        <translation>Le NSG n’a pas de règle %1.</translation>
    </message>
    <message>
        <source>There is no free priority above %1 (priorities start at 100): a Deny rule cannot be placed before %2.</source>
        <translation>Aucune priorité libre au-dessus de %1 (les priorités commencent à 100) : une règle Refuser ne peut pas être placée avant %2.</translation>
    </message>
</context>
<context>
    <name>nsg::NsgJson</name>
    <message>
        <source>%1: skipped %2, a %3 resource, not an NSG</source>
        <translation>%1 : %2 ignoré, une ressource %3, pas un NSG</translation>
    </message>
    <message>
        <source>an element</source>
        <translation>un élément</translation>
    </message>
    <message>
        <source>expected an NSG object, found %1</source>
        <translation>objet NSG attendu, %1 trouvé</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>objet attendu, %1 trouvé</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>chaîne attendue, %1 trouvé</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>tableau attendu, %1 trouvé</translation>
    </message>
    <message>
        <source>expected {&quot;id&quot;: &quot;…&quot;}, found %1</source>
        <translation>{&quot;id&quot;: &quot;…&quot;} attendu, %1 trouvé</translation>
    </message>
    <message>
        <source>missing: without the rules nothing can be said about this NSG</source>
        <translation>absent : sans les règles, rien ne peut être dit de ce NSG</translation>
    </message>
    <message>
        <source>expected a rule object, found %1</source>
        <translation>objet règle attendu, %1 trouvé</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>nombre entier attendu, %1 trouvé</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>nombre attendu, %1 trouvé</translation>
    </message>
</context>
<context>
    <name>nsg::NsgReader</name>
    <message>
        <source>%1 is a directory</source>
        <translation>%1 est un dossier</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source> (offsets count the file&apos;s text as UTF-8; it is %1)</source>
        <translation> (les positions comptent le texte du fichier en UTF-8 ; il est en %1)</translation>
    </message>
</context>
<context>
    <name>nsg::OcsfReport</name>
    <message>
        <source>cannot write the OCSF findings: %1</source>
        <translation>impossible d’écrire les constats OCSF : %1</translation>
    </message>
</context>
<context>
    <name>nsg::OfflineScan</name>
    <message>
        <source>%1 %2: %3 was already read from an earlier input; this copy is ignored</source>
        <translation>%1 %2 : %3 a déjà été lu dans une entrée précédente ; cette copie est ignorée</translation>
    </message>
    <message>
        <source>%1 is a report of a scan on %2 under %3: its NSGs are evaluated again from the rules it carries</source>
        <translation>%1 est le rapport d’une analyse du %2 avec la stratégie %3 : ses NSG sont réévalués à partir des règles qu’il contient</translation>
    </message>
    <message>
        <source>, under %1</source>
        <translation>, avec la stratégie %1</translation>
    </message>
    <message>
        <source>; it carries no rules, so its NSGs are unknown here</source>
        <translation> ; il ne contient aucune règle, ses NSG sont donc inconnus ici</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (cut off?): no service tag was read from it</source>
        <translation>%1 n&apos;est pas du JSON valide (tronqué ?) : aucun service tag n&apos;en a été lu</translation>
    </message>
    <message>
        <source>%1 holds no service tag data (expected {&quot;changeNumber&quot;, &quot;cloud&quot;, &quot;values&quot;: [...]} as Microsoft publishes it)</source>
        <translation>%1 ne contient pas de données de service tags (attendu : {&quot;changeNumber&quot;, &quot;cloud&quot;, &quot;values&quot;: [...]} tel que Microsoft le publie)</translation>
    </message>
    <message>
        <source>holds no NSG and no network resource: nothing to audit</source>
        <translation>ne contient aucun NSG ni aucune ressource réseau : rien à auditer</translation>
    </message>
    <message>
        <source>the inputs hold no NSG: nothing to audit</source>
        <translation>les entrées ne contiennent aucun NSG : rien à auditer</translation>
    </message>
</context>
<context>
    <name>nsg::Ownership</name>
    <message>
        <source>an API fix will be reverted by the next deployment — change the template</source>
        <translation>le prochain déploiement annulera une correction faite par l’API — modifiez le modèle</translation>
    </message>
    <message>
        <source>an API fix will be reverted by the tool&apos;s next run — change its code</source>
        <translation>la prochaine exécution de l’outil annulera une correction faite par l’API — modifiez son code</translation>
    </message>
    <message>
        <source>: the %1 snippet is shown first.</source>
        <translation> : l’extrait %1 est affiché en premier.</translation>
    </message>
    <message>
        <source>Also: %1.</source>
        <translation>Également : %1.</translation>
    </message>
    <message>
        <source>No sign that a template manages this NSG: no deployment of its resource group lists it, it has no tag infrastructure-as-code tools set, and no template or IaC tool wrote it in Azure&apos;s change history.</source>
        <translation>Aucun signe qu’un modèle gère ce NSG : aucun déploiement de son groupe de ressources ne le cite, il ne porte aucune balise que posent les outils d’infrastructure as code, et aucun modèle ni outil IaC ne l’a écrit dans l’historique des modifications d’Azure.</translation>
    </message>
    <message>
        <source>Who manages this NSG could not be checked.</source>
        <translation>Impossible de vérifier qui gère ce NSG.</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>Non vérifié : %1.</translation>
    </message>
</context>
<context>
    <name>nsg::OwnershipEvidence</name>
    <message>
        <source>Declared by deployment %1 on %2</source>
        <translation>Déclaré par le déploiement %1 le %2</translation>
    </message>
    <message>
        <source>Tagged %1, a tag infrastructure-as-code tools set</source>
        <translation>Balise %1, que posent les outils d’infrastructure as code</translation>
    </message>
    <message>
        <source>Written on %1 by %2 through %3</source>
        <translation>Écrit le %1 par %2 via %3</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
</context>
<context>
    <name>nsg::PathHops</name>
    <message numerus="yes">
        <source>%n public entry point(s) reach what it guards, and are stopped before they get through: %1 by %2</source>
        <translation>
            <numerusform>%n point d’entrée public atteint ce qu’elle protège, et est arrêté avant de passer : %1 par %2</numerusform>
            <numerusform>%n points d’entrée publics atteignent ce qu’elle protège, et sont arrêtés avant de passer : %1 par %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nsg::PathPicture</name>
    <message>
        <source>decides: lets the Internet through</source>
        <translation>décide : laisse passer Internet</translation>
    </message>
    <message>
        <source>decides: stops it here</source>
        <translation>décide : l&apos;arrête ici</translation>
    </message>
    <message>
        <source>could not be decided</source>
        <translation>n&apos;a pas pu être décidé</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>decides: lets in only the sources within the limit</source>
        <translation>décide : ne laisse entrer que les sources dans la limite</translation>
    </message>
</context>
<context>
    <name>nsg::PdfReport</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>cannot write the PDF report: %1</source>
        <translation>impossible d’écrire le rapport PDF : %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
</context>
<context>
    <name>nsg::PortPolicy</name>
    <message>
        <source>Unknown policy &apos;%1&apos;: name a service of --list-policies, or tcp/PORT, udp/PORT, tcp/FIRST-LAST</source>
        <translation>Stratégie inconnue « %1 » : indiquez un service de --list-policies, ou tcp/PORT, udp/PORT, tcp/PREMIER-DERNIER</translation>
    </message>
</context>
<context>
    <name>nsg::PortSet</name>
    <message>
        <source>&apos;%1&apos; is a reversed port range</source>
        <translation>« %1 » est une plage de ports inversée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port, a port range (1000-2000) or *</source>
        <translation>« %1 » n’est ni un port, ni une plage de ports (1000-2000), ni *</translation>
    </message>
</context>
<context>
    <name>nsg::PortalRow</name>
    <message>
        <source>Any</source>
        <extracomment>&quot;*&quot; in a rule&apos;s ports, addresses or protocol, as the Azure portal shows it (German portal: &quot;Beliebig&quot;). Service tags such as Internet stay untranslated, as in the portal.</extracomment>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>Allow</source>
        <extracomment>A security rule&apos;s Action as the Azure portal shows it (German portal: &quot;Zulassen&quot;)</extracomment>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Deny</source>
        <extracomment>A security rule&apos;s Action as the Azure portal shows it (German portal: &quot;Verweigern&quot;)</extracomment>
        <translation>Refuser</translation>
    </message>
</context>
<context>
    <name>nsg::Reachability</name>
    <message>
        <source>No Virtual Network Manager admin rules were read: none are assumed. Admin rules are evaluated before NSGs; add the effective admin rules of each virtual network to the input to have them decide.</source>
        <translation>Aucune règle d&apos;administration de Virtual Network Manager n&apos;a été lue : aucune n&apos;est supposée. Les règles d&apos;administration sont évaluées avant les NSG ; ajoutez les règles effectives de chaque réseau virtuel à l&apos;entrée pour qu&apos;elles décident.</translation>
    </message>
    <message>
        <source>No service tag data was read: an Allow from a public service tag other than AzureCloud is unknown on every path it decides.</source>
        <translation>Aucune donnée de service tags n&apos;a été lue : un Allow depuis un service tag public autre qu&apos;AzureCloud est inconnu sur chaque chemin qu&apos;il décide.</translation>
    </message>
    <message>
        <source>the public IP&apos;s SKU was not read: open without an NSG, as a Basic one is</source>
        <translation>la SKU de l&apos;IP publique n&apos;a pas été lue : ouverte sans NSG, comme une Basic</translation>
    </message>
    <message>
        <source>Standard SKU: closed to inbound traffic unless an NSG allows it</source>
        <translation>SKU Standard : fermée au trafic entrant sauf si un NSG l&apos;autorise</translation>
    </message>
    <message>
        <source>Basic SKU: open to inbound traffic unless an NSG denies it (Basic public IPs are retired)</source>
        <translation>SKU Basic : ouverte au trafic entrant sauf si un NSG le refuse (les IP publiques Basic sont retirées)</translation>
    </message>
    <message>
        <source>SKU not given: open without an NSG, as a Basic one is</source>
        <translation>SKU non indiquée : ouverte sans NSG, comme une Basic</translation>
    </message>
    <message>
        <source>public IP %1 (%2) %3 port %4</source>
        <translation>IP publique %1 (%2) %3 port %4</translation>
    </message>
    <message>
        <source>Standard load balancer: closed to inbound traffic unless an NSG allows it</source>
        <translation>équilibreur de charge Standard : fermé au trafic entrant sauf si un NSG l&apos;autorise</translation>
    </message>
    <message>
        <source>Basic load balancer: open unless an NSG denies it</source>
        <translation>équilibreur de charge Basic : ouvert sauf si un NSG refuse</translation>
    </message>
    <message>
        <source>load balancer SKU not given: open without an NSG, as a Basic one is</source>
        <translation>SKU de l&apos;équilibreur de charge non indiquée : ouvert sans NSG, comme un Basic</translation>
    </message>
    <message>
        <source>load balancer %1, rule %2: %3</source>
        <translation>équilibreur de charge %1, règle %2 : %3</translation>
    </message>
    <message>
        <source>load balancer %1, rule %2: its frontend %3 is not on the load balancer</source>
        <translation>équilibreur de charge %1, règle %2 : son frontal %3 n&apos;est pas sur l&apos;équilibreur</translation>
    </message>
    <message>
        <source>load balancer %1, rule %2 names no backend pool</source>
        <translation>équilibreur de charge %1, la règle %2 ne nomme aucun pool principal</translation>
    </message>
    <message>
        <source>load balancer %1, NAT rule %2 sends to %3, which was not read</source>
        <translation>équilibreur de charge %1, la règle NAT %2 envoie vers %3, qui n&apos;a pas été lu</translation>
    </message>
    <message>
        <source>load balancer %1, rule %2 sends to the backend pool %3, which the load balancer does not have</source>
        <translation>équilibreur de charge %1, la règle %2 envoie vers le pool principal %3, que l&apos;équilibreur n&apos;a pas</translation>
    </message>
    <message>
        <source>load balancer %1 (%2), rule %3: port %4 → %5</source>
        <translation>équilibreur de charge %1 (%2), règle %3 : port %4 → %5</translation>
    </message>
    <message>
        <source>load balancer %1 (%2), NAT %3: port %4 → %5</source>
        <translation>équilibreur de charge %1 (%2), NAT %3 : port %4 → %5</translation>
    </message>
    <message>
        <source>firewall DNAT rule %1: its translated port &apos;%2&apos; is not a number</source>
        <translation>règle DNAT de pare-feu %1 : son port traduit &apos;%2&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>firewall DNAT rule %1 translates to the name %2, which is not resolved here</source>
        <translation>la règle DNAT de pare-feu %1 traduit vers le nom %2, qui n&apos;est pas résolu ici</translation>
    </message>
    <message>
        <source>firewall DNAT rule %1 translates to %2, which %3 network interfaces have: which one is meant depends on the network</source>
        <translation>la règle DNAT de pare-feu %1 traduit vers %2, que %3 interfaces réseau possèdent : laquelle dépend du réseau</translation>
    </message>
    <message>
        <source>firewall DNAT rule %1 translates to %2, and no network interface read has that address</source>
        <translation>la règle DNAT de pare-feu %1 traduit vers %2, et aucune interface réseau lue n&apos;a cette adresse</translation>
    </message>
    <message>
        <source>firewall DNAT rule %1 (collection %2): %3 port %4 → %5:%6</source>
        <translation>règle DNAT de pare-feu %1 (collection %2) : %3 port %4 → %5:%6</translation>
    </message>
    <message>
        <source>the NSG %1 was not read</source>
        <translation>le NSG %1 n&apos;a pas été lu</translation>
    </message>
    <message>
        <source>the NSG %1 could not be read</source>
        <translation>le NSG %1 n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>the NSG %1 has a rule that cannot be read (%2)</source>
        <translation>le NSG %1 a une règle illisible (%2)</translation>
    </message>
    <message>
        <source>the NSG %1&apos;s rule %2 admits private ranges; the firewall&apos;s subnet (AzureFirewallSubnet) was not read</source>
        <translation>la règle %2 du NSG %1 admet des plages privées ; le sous-réseau du pare-feu (AzureFirewallSubnet) n&apos;a pas été lu</translation>
    </message>
    <message>
        <source>%1 allows the public service tag %2, not resolved (no service tag data was read)</source>
        <translation>%1 autorise le service tag public %2, non résolu (aucune donnée de service tags lue)</translation>
    </message>
    <message>
        <source>%1 allows the service tag %2, which the service tag data (%3) does not list</source>
        <translation>%1 autorise le service tag %2, que les données de service tags (%3) ne listent pas</translation>
    </message>
    <message>
        <source>NSG %1: %2</source>
        <translation>NSG %1 : %2</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>the network interface %1 has no readable private IP address in %2</source>
        <translation>l&apos;interface réseau %1 n&apos;a pas d&apos;adresse IP privée lisible dans %2</translation>
    </message>
    <message>
        <source>the network interface %1 is in the subnet %2, which was not read: its NSG and its virtual network&apos;s admin rules are not known</source>
        <translation>l&apos;interface réseau %1 est dans le sous-réseau %2, qui n&apos;a pas été lu : son NSG et les règles d&apos;administration de son réseau virtuel sont inconnus</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(aucun indiqué)</translation>
    </message>
    <message>
        <source>(the route table %1 was not read)</source>
        <translation>(la table de routage %1 n&apos;a pas été lue)</translation>
    </message>
    <message>
        <source>the DNAT rule admits no public source</source>
        <translation>la règle DNAT n&apos;admet aucune source publique</translation>
    </message>
    <message>
        <source>the admin rules of the virtual network %1 could not be read: %2</source>
        <translation>les règles d&apos;administration du réseau virtuel %1 n&apos;ont pas pu être lues : %2</translation>
    </message>
    <message>
        <source>the admin rule %1: %2</source>
        <translation>la règle d&apos;administration %1 : %2</translation>
    </message>
    <message>
        <source>the admin rule %1 has unreadable ports: %2</source>
        <translation>la règle d&apos;administration %1 a des ports illisibles : %2</translation>
    </message>
    <message>
        <source>the admin rule %1 names the service tag %2, not resolved</source>
        <translation>la règle d&apos;administration %1 nomme le service tag %2, non résolu</translation>
    </message>
    <message>
        <source>admin rule %1 of %2: AlwaysAllow, the NSGs are not evaluated for those sources</source>
        <translation>règle d&apos;administration %1 de %2 : AlwaysAllow, les NSG ne sont pas évalués pour ces sources</translation>
    </message>
    <message>
        <source>admin rule %1 of %2: Deny</source>
        <translation>règle d&apos;administration %1 de %2 : Deny</translation>
    </message>
    <message>
        <source>admin rules of %1: none decides, the NSGs do</source>
        <translation>règles d&apos;administration de %1 : aucune ne décide, les NSG décident</translation>
    </message>
    <message>
        <source>no NSG on the subnet or the NIC: closed (Standard SKU)</source>
        <translation>aucun NSG sur le sous-réseau ni sur la carte réseau : fermé (SKU Standard)</translation>
    </message>
    <message>
        <source>no NSG on the subnet or the NIC: nothing filters the traffic</source>
        <translation>aucun NSG sur le sous-réseau ni sur la carte réseau : rien ne filtre le trafic</translation>
    </message>
    <message>
        <source>subnet NSG %1: %2</source>
        <translation>NSG du sous-réseau %1 : %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>denies</source>
        <translation>refuse</translation>
    </message>
    <message>
        <source>allows (%1)</source>
        <translation>autorise (%1)</translation>
    </message>
    <message>
        <source>NIC NSG %1: %2</source>
        <translation>NSG de la carte réseau %1 : %2</translation>
    </message>
    <message>
        <source>network interface %1, %2 port %3</source>
        <translation>interface réseau %1, %2 port %3</translation>
    </message>
    <message>
        <source>the admin rule %1 always allows %2 to reach it, whatever the NSGs say</source>
        <translation>la règle d&apos;administration %1 laisse toujours %2 l&apos;atteindre, quoi que disent les NSG</translation>
    </message>
    <message>
        <source>the firewall&apos;s DNAT rule admits %1, and the NSGs let the firewall through</source>
        <translation>la règle DNAT du pare-feu admet %1, et les NSG laissent passer le pare-feu</translation>
    </message>
    <message>
        <source>%1 can reach it: the NIC&apos;s NSG allows them (%2)</source>
        <translation>%1 peuvent l&apos;atteindre : le NSG de la carte réseau les autorise (%2)</translation>
    </message>
    <message>
        <source>%1 can reach it: the subnet&apos;s NSG allows them (%2)</source>
        <translation>%1 peuvent l&apos;atteindre : le NSG du sous-réseau les autorise (%2)</translation>
    </message>
    <message>
        <source>%1 can reach it: no NSG on its subnet or NIC, and %2</source>
        <translation>%1 peuvent l&apos;atteindre : aucun NSG sur son sous-réseau ni sa carte réseau, et %2</translation>
    </message>
    <message>
        <source> (only %1, within the breadth limit)</source>
        <translation> (seulement %1, dans la limite d&apos;étendue)</translation>
    </message>
    <message>
        <source>the admin rule %1 denies it before any NSG is evaluated</source>
        <translation>la règle d&apos;administration %1 le refuse avant qu&apos;un NSG ne soit évalué</translation>
    </message>
    <message>
        <source>no NSG on its subnet or NIC, and %1</source>
        <translation>aucun NSG sur son sous-réseau ni sa carte réseau, et %1</translation>
    </message>
    <message>
        <source>the subnet&apos;s NSG stops it (%1)</source>
        <translation>le NSG du sous-réseau l&apos;arrête (%1)</translation>
    </message>
    <message>
        <source>the NIC&apos;s NSG stops it (%1)</source>
        <translation>le NSG de la carte réseau l&apos;arrête (%1)</translation>
    </message>
    <message numerus="yes">
        <source>reached from %n public entry point(s)</source>
        <translation>
            <numerusform>atteinte par %n point d&apos;entrée public</numerusform>
            <numerusform>atteinte par %n points d&apos;entrée publics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n public entry point(s) to it could not be decided</source>
        <translation>
            <numerusform>%n point d&apos;entrée public vers elle n&apos;a pas pu être décidé</numerusform>
            <numerusform>%n points d&apos;entrée publics vers elle n&apos;ont pas pu être décidés</numerusform>
        </translation>
    </message>
    <message>
        <source>its NSGs let public sources in, but no public entry point read reaches it</source>
        <translation>ses NSG admettent des sources publiques, mais aucun point d&apos;entrée public lu ne l&apos;atteint</translation>
    </message>
    <message>
        <source>its subnet or an NSG on its path was not read</source>
        <translation>son sous-réseau ou un NSG sur son chemin n&apos;a pas été lu</translation>
    </message>
    <message>
        <source>every public entry point to it is blocked</source>
        <translation>chaque point d&apos;entrée public vers elle est bloqué</translation>
    </message>
    <message>
        <source>no public entry point reaches it, and its NSGs would not admit the Internet</source>
        <translation>aucun point d&apos;entrée public ne l&apos;atteint, et ses NSG n&apos;admettraient pas Internet</translation>
    </message>
    <message>
        <source>load balancer %1, rule %2: the backend pool %3 has %4 member(s) whose network interfaces were not read</source>
        <translation>équilibreur de charge %1, règle %2 : le pool principal %3 a %4 membre(s) dont les interfaces réseau n&apos;ont pas été lues</translation>
    </message>
    <message>
        <source>load balancer %1, rule %2: the backend pool %3 names members by IP address, which are not followed</source>
        <translation>équilibreur de charge %1, règle %2 : le pool principal %3 nomme des membres par adresse IP, qui ne sont pas suivis</translation>
    </message>
    <message>
        <source>firewall DNAT rule %1 admits the IP groups %2, which are not read</source>
        <translation>la règle DNAT de pare-feu %1 admet les groupes IP %2, qui ne sont pas lus</translation>
    </message>
    <message>
        <source>%1 (VirtualNetwork) may admit Internet sources: %2</source>
        <translation>%1 (VirtualNetwork) peut admettre des sources Internet : %2</translation>
    </message>
    <message>
        <source>the route %1 sends %2 to %3, which puts public addresses in VirtualNetwork</source>
        <translation>la route %1 envoie %2 vers %3, ce qui met des adresses publiques dans VirtualNetwork</translation>
    </message>
    <message>
        <source>the route table %1 was not read</source>
        <translation>la table de routage %1 n&apos;a pas été lue</translation>
    </message>
    <message>
        <source>the admin rules of the virtual network %1 were not in the input (those of other networks were)</source>
        <translation>les règles d&apos;administration du réseau virtuel %1 n&apos;étaient pas dans l&apos;entrée (celles d&apos;autres réseaux l&apos;étaient)</translation>
    </message>
    <message>
        <source>not evaluated: nothing reaches it</source>
        <translation>non évalué : rien ne l&apos;atteint</translation>
    </message>
    <message>
        <source>only %1 reach it, within the breadth limit</source>
        <translation>seulement %1 l&apos;atteignent, dans la limite d&apos;étendue</translation>
    </message>
    <message>
        <source>its NSGs would let public sources in, but every public entry point to it is stopped before them</source>
        <translation>ses NSG laisseraient entrer des sources publiques, mais chaque point d&apos;entrée public vers elle est arrêté avant eux</translation>
    </message>
    <message>
        <source>the rule uses floating IP, so the NSGs see the frontend&apos;s address as the destination, and that address (%1) is not known</source>
        <translation>la règle utilise l’IP flottante : les NSG voient l’adresse du frontend comme destination, et cette adresse (%1) n’est pas connue</translation>
    </message>
    <message>
        <source>floating IP: the destination stays the frontend address %1, not %2</source>
        <translation>IP flottante : la destination reste l’adresse du frontend %1, pas %2</translation>
    </message>
    <message>
        <source>not evaluated for those sources: the admin rule always allows them</source>
        <translation>non évalué pour ces sources : la règle d&apos;administration les autorise toujours</translation>
    </message>
    <message>
        <source>no public entry point reaches it; %1 lets public sources in by its own rules, but %2 on the same path would stop them</source>
        <translation>aucun point d’entrée public ne l’atteint ; %1 laisse entrer des sources publiques selon ses propres règles, mais %2 sur le même chemin les arrêterait</translation>
    </message>
    <message>
        <source>no public entry point reaches it; %1 lets public sources in by its own rules, but not through to this NIC (they aim at other destinations, or are narrowed on its path)</source>
        <translation>aucun point d’entrée public ne l’atteint ; %1 laisse entrer des sources publiques selon ses propres règles, mais pas jusqu’à cette carte réseau (elles visent d’autres destinations, ou sont restreintes sur son chemin)</translation>
    </message>
</context>
<context>
    <name>nsg::ReachabilityResult</name>
    <message>
        <source>the path could not be followed again</source>
        <translation>le chemin n&apos;a pas pu être suivi à nouveau</translation>
    </message>
</context>
<context>
    <name>nsg::ReportDocument</name>
    <message>
        <source>NSG exposure report — %1</source>
        <translation>Rapport d’exposition des NSG — %1</translation>
    </message>
    <message>
        <source>(no subscription)</source>
        <translation>(aucun abonnement)</translation>
    </message>
    <message numerus="yes">
        <source>%n other subscription(s)</source>
        <translation>
            <numerusform>%n autre abonnement</numerusform>
            <numerusform>%n autres abonnements</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdicts per subscription</source>
        <translation>Verdicts par abonnement</translation>
    </message>
    <message>
        <source>Network security groups that let %1 in from the public Internet, with the proof.</source>
        <translation>Groupes de sécurité réseau qui laissent entrer %1 depuis l’Internet public, avec la preuve.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>(offline: no account)</source>
        <translation>(hors ligne : aucun compte)</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Analysé</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Rapport généré</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Breadth limit</source>
        <translation>Limite d’étendue</translation>
    </message>
    <message>
        <source>Accepted risks</source>
        <translation>Risques acceptés</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>NSGs</source>
        <translation>NSG</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation>Risque accepté</translation>
    </message>
    <message>
        <source>Scopes not read</source>
        <translation>Périmètres non lus</translation>
    </message>
    <message>
        <source>Exposed NSGs (%1)</source>
        <translation>NSG exposés (%1)</translation>
    </message>
    <message>
        <source>No NSG lets %1 in from the Internet.</source>
        <translation>Aucun NSG ne laisse entrer %1 depuis Internet.</translation>
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
        <translation>Groupe de ressources</translation>
    </message>
    <message>
        <source>Exposing rules</source>
        <translation>Règles exposantes</translation>
    </message>
    <message>
        <source>Public addresses</source>
        <translation>Adresses publiques</translation>
    </message>
    <message>
        <source>Accepted risks (%1)</source>
        <translation>Risques acceptés (%1)</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Accepté par</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>subnet %1</source>
        <translation>sous-réseau %1</translation>
    </message>
    <message>
        <source>NIC %1</source>
        <translation>carte réseau %1</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Associé à</translation>
    </message>
    <message>
        <source>nothing (it guards nothing until attached)</source>
        <translation>rien (il ne protège rien tant qu’il n’est pas associé)</translation>
    </message>
    <message>
        <source>Inbound security rules</source>
        <translation>Règles de sécurité de trafic entrant</translation>
    </message>
    <message>
        <source>Public addresses that reach %1</source>
        <translation>Adresses publiques qui atteignent %1</translation>
    </message>
    <message>
        <source>Why (rules in the order Azure applies them)</source>
        <translation>Pourquoi (règles dans l’ordre où Azure les applique)</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <source>In the Azure portal, open Network security groups → %1 (resource group %2, subscription %3).</source>
        <translation>Dans le portail Azure, ouvrez Groupes de sécurité réseau → %1 (groupe de ressources %2, abonnement %3).</translation>
    </message>
    <message>
        <source>Under Settings, select Inbound security rules, then the rule %1 (priority %2).</source>
        <translation>Sous Paramètres, sélectionnez Règles de sécurité de trafic entrant, puis la règle %1 (priorité %2).</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Select Save, then scan again to verify the NSG is OK.</source>
        <translation>Sélectionnez Enregistrer, puis relancez l’analyse pour vérifier que le NSG est OK.</translation>
    </message>
    <message>
        <source>Unknown NSGs (%1)</source>
        <translation>NSG inconnus (%1)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>OK NSGs (%1)</source>
        <translation>NSG OK (%1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>Changes made (change journal)</source>
        <translation>Modifications effectuées (journal des modifications)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correctif</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Input files</source>
        <translation>Fichiers d’entrée</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>(could not be read again)</source>
        <translation>(n’a pas pu être relu)</translation>
    </message>
    <message>
        <source>Method and limits</source>
        <translation>Méthode et limites</translation>
    </message>
    <message>
        <source>Every inbound rule is evaluated the way Azure evaluates it: in priority order, the first rule that matches decides, Deny rules and the default rules included, with CIDR arithmetic over IPv4 and IPv6 — so a Deny above an Allow is honoured, and an Allow that only lets in a few addresses is told apart from one open to all.</source>
        <translation>Chaque règle entrante est évaluée comme Azure l’évalue : par ordre de priorité, la première règle qui correspond décide, règles Refuser et règles par défaut comprises, avec une arithmétique CIDR sur IPv4 et IPv6 — un Refuser au-dessus d’un Autoriser est donc respecté, et un Autoriser qui ne laisse entrer que quelques adresses est distingué d’un Autoriser ouvert à tous.</translation>
    </message>
    <message>
        <source>Exposed means that more public addresses than the breadth limit (%1) can reach %2; addresses that are not public (private, reserved, documentation ranges) are not counted.</source>
        <translation>Exposé signifie que plus d’adresses publiques que la limite d’étendue (%1) peuvent atteindre %2 ; les adresses non publiques (privées, réservées, plages de documentation) ne sont pas comptées.</translation>
    </message>
    <message>
        <source>An NSG that could not be read or evaluated is unknown, never OK.</source>
        <translation>Un NSG qui n’a pas pu être lu ou évalué est inconnu, jamais OK.</translation>
    </message>
    <message>
        <source>Set Source to &quot;IP Addresses&quot; and enter, in &quot;Source IP addresses/CIDR ranges&quot;, only the addresses that really need %1 (for SMTP, for example, your mail relays&apos; ranges).</source>
        <translation>Définissez Source sur « Adresses IP » et saisissez, dans « Adresses IP sources/plages CIDR », uniquement les adresses qui ont réellement besoin de %1 (pour SMTP, par exemple, les plages de vos relais de messagerie).</translation>
    </message>
    <message>
        <source>%1 NSGs evaluated: %2 exposed, %3 OK, %4 unknown.</source>
        <translation>%1 NSG évalués : %2 exposés, %3 OK, %4 inconnus.</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) could not be read; %1 skipped.</source>
        <translation>
            <numerusform>%n périmètre n’a pas pu être lu ; %1 ignoré(s).</numerusform>
            <numerusform>%n périmètres n’ont pas pu être lus ; %1 ignoré(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more NSG(s) exposed as an accepted risk (counted apart, listed below with who accepted them, why and until when).</source>
        <translation>
            <numerusform>%n autre NSG exposé en tant que risque accepté (compté à part, listé ci-dessous avec qui l’a accepté, pourquoi et jusqu’à quand).</numerusform>
            <numerusform>%n autres NSG exposés en tant que risques acceptés (comptés à part, listés ci-dessous avec qui les a acceptés, pourquoi et jusqu’à quand).</numerusform>
        </translation>
    </message>
    <message>
        <source>AzureCloud in an Allow rule counts as the Internet; other service tags do not make an NSG&apos;s own verdict exposed. On the paths from the Internet a public service tag counts as its prefixes in Microsoft&apos;s service tag data, and is unknown without it.</source>
        <translation>AzureCloud dans une règle Allow compte comme Internet ; les autres balises de service ne rendent pas exposé le verdict propre d’un NSG. Sur les chemins depuis Internet, une balise de service publique compte comme ses préfixes dans les données de balises de Microsoft, et est inconnue sans elles.</translation>
    </message>
    <message>
        <source>The paths from the Internet — public IPs, public load balancers and Azure Firewall DNAT rules — were followed as Azure evaluates them: Azure Virtual Network Manager security admin rules first, then the subnet&apos;s NSG, then the NIC&apos;s. The NSG verdicts are those of each NSG&apos;s own rules; whether anything reaches a workload is the reachability beside them.</source>
        <translation>Les chemins depuis Internet – IP publiques, équilibreurs de charge publics et règles DNAT d’Azure Firewall – ont été suivis comme Azure les évalue : d’abord les règles d’administration de sécurité d’Azure Virtual Network Manager, puis le NSG du sous-réseau, puis celui de la carte réseau. Les verdicts des NSG sont ceux de leurs propres règles ; ce qui atteint une charge de travail, c’est l’accessibilité à côté.</translation>
    </message>
    <message>
        <source>Azure Virtual Network Manager security admin rules (applied before NSGs), public IPs, load balancers and firewalls were not part of this scan: the verdicts are those of each NSG&apos;s own rules, not whether the Internet reaches a workload (scan --nics, or an export of the network, follows the paths).</source>
        <translation>Les règles d’administration de sécurité d’Azure Virtual Network Manager (appliquées avant les NSG), les IP publiques, les équilibreurs de charge et les pare-feu ne faisaient pas partie de ce scan : les verdicts sont ceux des propres règles de chaque NSG, non le fait qu’Internet atteigne une charge de travail (scan --nics, ou un export du réseau, suit les chemins).</translation>
    </message>
    <message>
        <source>Internet-facing endpoints (%1)</source>
        <translation>Points de terminaison accessibles depuis Internet (%1)</translation>
    </message>
    <message>
        <source>Public entry</source>
        <translation>Entrée publique</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Target (private IP:port)</source>
        <translation>Cible (IP privée:port)</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Why it is not reached</source>
        <translation>Pourquoi il n&apos;est pas atteint</translation>
    </message>
    <message>
        <source>Paths not decided (%1)</source>
        <translation>Chemins non décidés (%1)</translation>
    </message>
    <message>
        <source>Paths from the Internet through it</source>
        <translation>Chemins depuis Internet passant par lui</translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation>décidé par %1</translation>
    </message>
    <message>
        <source>Paths from the Internet:</source>
        <translation>Chemins depuis Internet :</translation>
    </message>
    <message>
        <source>Read for the paths — network interfaces: %1, public IPs: %2, load balancers: %3, virtual networks: %4, route tables: %5, firewall DNAT rules: %6.</source>
        <translation>Lu pour les chemins — interfaces réseau : %1, IP publiques : %2, équilibreurs de charge : %3, réseaux virtuels : %4, tables de routage : %5, règles DNAT du pare-feu : %6.</translation>
    </message>
    <message>
        <source>Virtual networks whose effective admin rules were read: %1; whose admin rules could not be read (their paths are unknown): %2.</source>
        <translation>Réseaux virtuels dont les règles d&apos;administration effectives ont été lues : %1 ; dont les règles d&apos;administration n&apos;ont pas pu être lues (leurs chemins sont inconnus) : %2.</translation>
    </message>
    <message>
        <source>Admin rules were not read: none are assumed.</source>
        <translation>Les règles d&apos;administration n&apos;ont pas été lues : aucune n&apos;est supposée.</translation>
    </message>
    <message>
        <source>No service tag data was read: an Allow from a public service tag is unknown on the paths.</source>
        <translation>Aucune donnée de balises de service n&apos;a été lue : un Allow depuis une balise de service publique est inconnu sur les chemins.</translation>
    </message>
    <message>
        <source>Service tag data: cloud %1, change number %2 (%3).</source>
        <translation>Données de balises de service : cloud %1, numéro de modification %2 (%3).</translation>
    </message>
    <message>
        <source>Resources that could not be read as written (listed as warnings; what depends on them is unknown): %1.</source>
        <translation>Ressources qui n&apos;ont pas pu être lues telles qu&apos;écrites (listées comme avertissements ; ce qui en dépend est inconnu) : %1.</translation>
    </message>
    <message>
        <source>Paths from the Internet, drawn</source>
        <translation>Chemins depuis Internet, dessinés</translation>
    </message>
    <message>
        <source>Each internet-facing endpoint&apos;s path in the order Azure applies it, from the Internet to the workload; the hop that decides is drawn thick and says what it decided.</source>
        <translation>Le chemin de chaque point de terminaison accessible depuis Internet, dans l&apos;ordre où Azure l&apos;applique, d&apos;Internet jusqu&apos;à la charge de travail ; l&apos;étape qui décide est tracée en gras et dit ce qu&apos;elle a décidé.</translation>
    </message>
    <message>
        <source>%1, decided by %2</source>
        <translation>%1, décidé par %2</translation>
    </message>
    <message>
        <source>of which internet-facing</source>
        <translation>dont accessibles depuis Internet</translation>
    </message>
    <message>
        <source>of which on a path not decided</source>
        <translation>dont sur un chemin non décidé</translation>
    </message>
    <message>
        <source>OK by their own rules, yet on a path from the Internet (%1)</source>
        <translation>OK selon leurs propres règles, mais sur un chemin depuis Internet (%1)</translation>
    </message>
    <message>
        <source>Their rules admit no public source on %1, but the Internet reaches a workload through them in another way — an admin rule that always allows, a public service tag, a firewall&apos;s DNAT — or a path through them could not be decided. An edit of their rules is not the fix; what decides is named.</source>
        <translation>Leurs règles n&apos;admettent aucune source publique sur %1, mais Internet atteint une charge de travail par eux d&apos;une autre manière — une règle d&apos;administration qui autorise toujours, une balise de service publique, le DNAT d&apos;un pare-feu — ou un chemin par eux n&apos;a pas pu être décidé. Modifier leurs règles n&apos;est pas la correction ; ce qui décide est nommé.</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>%1 → %2, decided by %3</source>
        <translation>%1 → %2, décidé par %3</translation>
    </message>
    <message>
        <source>OK by its own rules, a path not decided</source>
        <translation>OK selon ses propres règles, un chemin non décidé</translation>
    </message>
    <message>
        <source>Internet-facing, OK by its own rules</source>
        <translation>Accessible depuis Internet, OK selon ses propres règles</translation>
    </message>
    <message>
        <source>From the Internet: endpoints that reach %1 on a workload: %2, through internet-facing NSGs: %3; latent NSGs: %4; NSGs blocked by an admin rule: %5; paths not decided: %6. They are listed first below.</source>
        <translation>Depuis Internet : points de terminaison qui atteignent %1 sur une charge de travail : %2, par des NSG accessibles depuis Internet : %3 ; NSG latents : %4 ; NSG bloqués par une règle d&apos;administration : %5 ; chemins non décidés : %6. Ils sont listés en premier ci-dessous.</translation>
    </message>
    <message>
        <source>Endpoints where the Internet reaches %2 on a workload: %1, through internet-facing NSGs: %3. Latent NSGs (their rules admit the Internet, but no public path reaches what they guard): %4; NSGs whose rules admit it but an admin rule blocks first: %5 (both listed below). Paths that could not be decided: %6.</source>
        <translation>Points de terminaison où Internet atteint %2 sur une charge de travail : %1, par des NSG accessibles depuis Internet : %3. NSG latents (leurs règles admettent Internet, mais aucun chemin public n&apos;atteint ce qu&apos;ils protègent) : %4 ; NSG dont les règles l&apos;admettent mais qu&apos;une règle d&apos;administration bloque d&apos;abord : %5 (tous listés ci-dessous). Chemins qui n&apos;ont pas pu être décidés : %6.</translation>
    </message>
    <message>
        <source>OK NSGs that are internet-facing all the same: %1 (their rules admit no public source by themselves, but an admin rule that always allows, a public service tag or a firewall&apos;s DNAT lets the Internet through them). OK NSGs on a path from the Internet that could not be decided: %2. Both are listed apart, under &quot;OK by their own rules, yet on a path from the Internet&quot;.</source>
        <translation>NSG OK néanmoins exposées à Internet : %1 (leurs règles n’admettent elles-mêmes aucune source publique, mais une règle d’administration qui autorise toujours, une balise de service publique ou le DNAT d’un pare-feu laisse passer Internet à travers elles). NSG OK sur un chemin depuis Internet qui n’a pas pu être décidé : %2. Les deux sont listées à part, sous « OK selon leurs propres règles, mais sur un chemin depuis Internet ».</translation>
    </message>
    <message>
        <source>Latent NSGs, and those an admin rule blocks first (%1)</source>
        <translation>NSG latentes, et celles qu’une règle d’administration bloque d’abord (%1)</translation>
    </message>
    <message>
        <source>none gets through (latent): %1.</source>
        <translation>aucun ne passe (latente) : %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Or with the Azure CLI (replace %1):</source>
        <translation>Ou avec Azure CLI (remplacez %1) :</translation>
    </message>
    <message>
        <source>The same fix as an ARM request, PowerShell, Bicep and Terraform is in the HTML and JSON reports. Whether a template manages the NSG (so that a fix through the API would not last) is checked before a change, in the window and by restrict --dry-run.</source>
        <translation>La même correction en requête ARM, PowerShell, Bicep et Terraform figure dans les rapports HTML et JSON. Si un modèle gère le NSG (une correction par l’API ne durerait pas), c’est vérifié avant une modification, dans la fenêtre et par restrict --dry-run.</translation>
    </message>
    <message>
        <source>Ship it as (replace %1 with the ranges that need the port):</source>
        <translation>Livrer en (remplacez %1 par les plages qui ont besoin du port) :</translation>
    </message>
    <message>
        <source>Who manages it: %1</source>
        <translation>Qui le gère : %1</translation>
    </message>
    <message>
        <source>Who manages it: for this report only the NSG&apos;s tags were looked at, and none names an infrastructure-as-code tool; before a change the window and restrict --dry-run also look at its resource group&apos;s deployments and Azure&apos;s change history.</source>
        <translation>Qui le gère : pour ce rapport, seules les balises du NSG ont été examinées, et aucune ne nomme un outil d’infrastructure as code ; avant une modification, la fenêtre et restrict --dry-run examinent aussi les déploiements de son groupe de ressources et l’historique des modifications d’Azure.</translation>
    </message>
    <message>
        <source>As %1:</source>
        <translation>En %1 :</translation>
    </message>
</context>
<context>
    <name>nsg::RuleDocument</name>
    <message>
        <source>Blocks what %1 lets in (NSG Auditor)</source>
        <translation>Bloque ce que %1 laisse entrer (NSG Auditor)</translation>
    </message>
</context>
<context>
    <name>nsg::RuleFix</name>
    <message>
        <source>Restrict the source to known addresses</source>
        <translation>Restreindre la source aux adresses connues</translation>
    </message>
    <message>
        <source>Change the rule to Deny</source>
        <translation>Changer la règle en Refuser</translation>
    </message>
    <message>
        <source>Delete the rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Add a Deny rule above it</source>
        <translation>Ajouter une règle Refuser au-dessus</translation>
    </message>
</context>
<context>
    <name>nsg::SourceInput</name>
    <message>
        <source>&apos;%1&apos; means every address (or every Azure customer&apos;s): that would leave the port open</source>
        <translation>« %1 » signifie toute adresse (ou celle de tout client Azure) : le port resterait ouvert</translation>
    </message>
    <message>
        <source>not an IPv4 or IPv6 address or CIDR range</source>
        <translation>ni une adresse IPv4 ou IPv6, ni une plage CIDR</translation>
    </message>
    <message>
        <source>not an IPv4 or IPv6 address or CIDR range: &apos;%1&apos; would be read as a service tag, which names addresses Microsoft chooses</source>
        <translation>ni une adresse IPv4 ou IPv6, ni une plage CIDR : « %1 » serait lu comme une balise de service, qui désigne des adresses choisies par Microsoft</translation>
    </message>
    <message>
        <source>%1 holds %2 public IPv4 addresses, more than the limit of %3</source>
        <translation>%1 contient %2 adresses IPv4 publiques, au-delà de la limite de %3</translation>
    </message>
    <message>
        <source>%1 is wider than one /%2 of public IPv6 addresses</source>
        <translation>%1 est plus large qu’un /%2 d’adresses IPv6 publiques</translation>
    </message>
    <message>
        <source>host bits cleared: %1</source>
        <translation>bits d’hôte effacés : %1</translation>
    </message>
    <message>
        <source>the same as %1</source>
        <translation>identique à %1</translation>
    </message>
    <message>
        <source>inside %1</source>
        <translation>inclus dans %1</translation>
    </message>
</context>
<context>
    <name>nsg::Suppression</name>
    <message>
        <source>The accepted risk names no NSG</source>
        <translation>Le risque accepté ne désigne aucun NSG</translation>
    </message>
    <message>
        <source>The accepted risk has no fingerprint of the exposing rules</source>
        <translation>Le risque accepté n’a pas d’empreinte des règles exposantes</translation>
    </message>
    <message>
        <source>Name the reviewer who accepts the risk</source>
        <translation>Indiquez le réviseur qui accepte le risque</translation>
    </message>
    <message>
        <source>Give the reason the risk is accepted</source>
        <translation>Indiquez la raison pour laquelle le risque est accepté</translation>
    </message>
    <message>
        <source>Give the date the accepted risk expires</source>
        <translation>Indiquez la date d’expiration du risque accepté</translation>
    </message>
    <message>
        <source>The expiry date %1 is in the past</source>
        <translation>La date d’expiration %1 est dans le passé</translation>
    </message>
</context>
<context>
    <name>nsg::SuppressionSet</name>
    <message>
        <source>not valid JSON</source>
        <translation>JSON invalide</translation>
    </message>
    <message>
        <source>not an NSG Auditor suppressions file (&quot;format&quot;: &quot;%1&quot; missing)</source>
        <translation>pas un fichier d’exceptions NSG Auditor (« format » : « %1 » absent)</translation>
    </message>
    <message>
        <source>unsupported suppressions file version (this build reads version 1)</source>
        <translation>version de fichier d’exceptions non prise en charge (cette version lit la version 1)</translation>
    </message>
    <message>
        <source>&quot;suppressions&quot; must be an array</source>
        <translation>« suppressions » doit être un tableau</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 n’est pas un objet</translation>
    </message>
    <message>
        <source>the policy is missing</source>
        <translation>la stratégie est absente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>nsg::Verdict</name>
    <message>
        <source>Exposed</source>
        <translation>Exposé</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>nsg::azure::ArmError</name>
    <message>
        <source> (request %1)</source>
        <translation> (requête %1)</translation>
    </message>
</context>
<context>
    <name>nsg::azure::ArmJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>nsg::azure::AzureCliCredential</name>
    <message>
        <source>the Azure CLI&apos;s signed-in account</source>
        <translation>le compte connecté de l’Azure CLI</translation>
    </message>
    <message>
        <source>the Azure CLI did not answer within %1 s (az account get-access-token)</source>
        <translation>l’Azure CLI n’a pas répondu en %1 s (az account get-access-token)</translation>
    </message>
    <message>
        <source>the Azure CLI (%1) could not be started: install it and run &apos;az login&apos;, or set AZURE_CLI_PATH</source>
        <translation>l’Azure CLI (%1) n’a pas pu être lancée : installez-la et exécutez &apos;az login&apos;, ou définissez AZURE_CLI_PATH</translation>
    </message>
    <message>
        <source>the Azure CLI crashed</source>
        <translation>l’Azure CLI a planté</translation>
    </message>
    <message>
        <source>the Azure CLI exited with %1</source>
        <translation>l’Azure CLI s’est terminée avec %1</translation>
    </message>
    <message>
        <source>the Azure CLI exited with %1: %2</source>
        <translation>l’Azure CLI s’est terminée avec %1 : %2</translation>
    </message>
    <message>
        <source>the Azure CLI printed something that is not its token answer (az account get-access-token --output json): a JSON object with accessToken was expected</source>
        <translation>l’Azure CLI a affiché autre chose que sa réponse de jeton (az account get-access-token --output json) : un objet JSON avec accessToken était attendu</translation>
    </message>
    <message>
        <source>the Azure CLI&apos;s token has no expiry in the future (expires_on)</source>
        <translation>le jeton de l’Azure CLI n’a pas d’expiration dans le futur (expires_on)</translation>
    </message>
</context>
<context>
    <name>nsg::azure::ChangeHistory</name>
    <message>
        <source>Azure keeps %1 days of change history: who changed what before %2 is not known to Azure any more (the audit history keeps what was read earlier).</source>
        <translation>Azure conserve %1 jours d’historique des modifications : qui a changé quoi avant le %2 n’est plus connu d’Azure (l’historique d’audit garde ce qui a été lu auparavant).</translation>
    </message>
    <message>
        <source>No Resource Graph client.</source>
        <translation>Aucun client Resource Graph.</translation>
    </message>
    <message>
        <source>The account may not read Azure&apos;s change history (Resource Graph answered 403 %1): who changed the NSGs is not shown.</source>
        <translation>Le compte ne peut pas lire l’historique des modifications d’Azure (Resource Graph a répondu 403 %1) : qui a modifié les NSG n’est pas affiché.</translation>
    </message>
    <message>
        <source>Azure&apos;s change history could not be read: %1</source>
        <translation>L’historique des modifications d’Azure n’a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>nsg::azure::ChangeJournal</name>
    <message>
        <source>cannot read the change journal %1: %2</source>
        <translation>impossible de lire le journal des modifications %1 : %2</translation>
    </message>
    <message>
        <source>line %1: not JSON (the line was damaged or edited)</source>
        <translation>ligne %1 : pas du JSON (la ligne a été endommagée ou modifiée)</translation>
    </message>
    <message>
        <source>line %1: the hash does not match the line&apos;s content (the line was edited)</source>
        <translation>ligne %1 : le hachage ne correspond pas au contenu de la ligne (la ligne a été modifiée)</translation>
    </message>
    <message>
        <source>line %1: it does not follow the line before it (a line was removed, inserted or reordered)</source>
        <translation>ligne %1 : elle ne suit pas la ligne précédente (une ligne a été supprimée, insérée ou déplacée)</translation>
    </message>
    <message>
        <source>line %1: sequence number %2 where %3 was expected</source>
        <translation>ligne %1 : numéro de séquence %2 au lieu de %3</translation>
    </message>
    <message>
        <source>a status event names change %1, which the journal does not hold</source>
        <translation>un événement d’état désigne la modification %1, absente du journal</translation>
    </message>
    <message>
        <source>a change id needs at least 4 characters</source>
        <translation>un identifiant de modification doit avoir au moins 4 caractères</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names more than one change</source>
        <translation>« %1 » désigne plus d’une modification</translation>
    </message>
    <message>
        <source>the journal %1 has no change %2</source>
        <translation>le journal %1 ne contient pas de modification %2</translation>
    </message>
    <message>
        <source>cannot create the folder of the change journal %1</source>
        <translation>impossible de créer le dossier du journal des modifications %1</translation>
    </message>
    <message>
        <source>the change journal %1 is locked by another process</source>
        <translation>le journal des modifications %1 est verrouillé par un autre processus</translation>
    </message>
    <message>
        <source>cannot write the change journal %1: %2</source>
        <translation>impossible d’écrire le journal des modifications %1 : %2</translation>
    </message>
</context>
<context>
    <name>nsg::azure::CloudEnvironment</name>
    <message>
        <source>&apos;%1&apos; is not a URL</source>
        <translation>« %1 » n’est pas une URL</translation>
    </message>
    <message>
        <source>a sandbox URL has no path: &apos;%1&apos;</source>
        <translation>une URL de bac à sable n’a pas de chemin : « %1 »</translation>
    </message>
    <message>
        <source>plain http is allowed only to a sandbox on this machine (127.0.0.1, ::1 or localhost), not to %1: use https</source>
        <translation>le http simple n’est autorisé que vers un bac à sable sur cette machine (127.0.0.1, ::1 ou localhost), pas vers %1 : utilisez https</translation>
    </message>
    <message>
        <source>a sandbox URL starts with https:// or http://, not &apos;%1&apos;</source>
        <translation>une URL de bac à sable commence par https:// ou http://, pas « %1 »</translation>
    </message>
</context>
<context>
    <name>nsg::azure::Credential</name>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
</context>
<context>
    <name>nsg::azure::CredentialOptions</name>
    <message>
        <source>--auth service-principal needs AZURE_TENANT_ID and AZURE_CLIENT_ID, and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH</source>
        <translation>--auth service-principal a besoin de AZURE_TENANT_ID et AZURE_CLIENT_ID, ainsi que AZURE_CLIENT_SECRET ou AZURE_CLIENT_CERTIFICATE_PATH</translation>
    </message>
    <message>
        <source>--auth service-principal needs AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH</source>
        <translation>--auth service-principal a besoin de AZURE_CLIENT_SECRET ou AZURE_CLIENT_CERTIFICATE_PATH</translation>
    </message>
    <message>
        <source>both AZURE_CLIENT_SECRET and AZURE_CLIENT_CERTIFICATE_PATH are set: unset the one not meant</source>
        <translation>AZURE_CLIENT_SECRET et AZURE_CLIENT_CERTIFICATE_PATH sont tous deux définis : retirez celle qui n’est pas voulue</translation>
    </message>
    <message>
        <source>IDENTITY_ENDPOINT and IDENTITY_HEADER go together (App Service sets both): one of them is missing</source>
        <translation>IDENTITY_ENDPOINT et IDENTITY_HEADER vont ensemble (App Service définit les deux) : l’une manque</translation>
    </message>
    <message>
        <source>NSG_AUDITOR_AZ_TIMEOUT must be seconds from 0 to 600, not &apos;%1&apos;</source>
        <translation>NSG_AUDITOR_AZ_TIMEOUT doit être un nombre de secondes de 0 à 600, pas &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>nsg::azure::DeviceCodeFlow</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Entra ID refused to start the sign-in: %1</source>
        <translation>Entra ID a refusé de démarrer la connexion : %1</translation>
    </message>
    <message>
        <source>Entra ID&apos;s answer to the device-code request lacks the code or the page.</source>
        <translation>La réponse d’Entra ID à la demande de code d’appareil n’a pas le code ou la page.</translation>
    </message>
    <message>
        <source>To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.</source>
        <translation>Pour vous connecter, ouvrez la page %1 dans un navigateur web et saisissez le code %2 pour vous authentifier.</translation>
    </message>
    <message>
        <source>The code expired before the sign-in was approved. Start again.</source>
        <translation>Le code a expiré avant l’approbation de la connexion. Recommencez.</translation>
    </message>
    <message>
        <source>Entra ID signed you in but did not say who you are (no id token).</source>
        <translation>Entra ID vous a connecté mais n’a pas dit qui vous êtes (pas de jeton d’identité).</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>La connexion a été refusée.</translation>
    </message>
    <message>
        <source>Entra ID did not recognise the device code (%1).</source>
        <translation>Entra ID n’a pas reconnu le code d’appareil (%1).</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
</context>
<context>
    <name>nsg::azure::InventoryLoader</name>
    <message>
        <source>Could not list the tenants; only the home tenant is scanned.</source>
        <translation>Impossible de lister les locataires ; seul le locataire principal est analysé.</translation>
    </message>
    <message>
        <source>This tenant needs you to sign in again (for example for MFA); its subscriptions were not scanned:</source>
        <translation>Ce locataire exige une nouvelle connexion (par exemple pour la MFA) ; ses abonnements n’ont pas été analysés :</translation>
    </message>
    <message>
        <source>Could not list this tenant&apos;s subscriptions:</source>
        <translation>Impossible de lister les abonnements de ce locataire :</translation>
    </message>
    <message>
        <source>Subscription &apos;%1&apos; is %2: not scanned (its resources are read-only and its virtual machines deallocated).</source>
        <translation>L’abonnement « %1 » est %2 : non analysé (ses ressources sont en lecture seule et ses machines virtuelles libérées).</translation>
    </message>
    <message>
        <source>Tenant %1 was read through Resource Graph, which lists only the NSGs this account may read: where it holds roles on some resource groups only, the others are missing without an error (--via arm reports such subscriptions).</source>
        <translation>Le locataire %1 a été lu via Resource Graph, qui ne liste que les NSG que ce compte peut lire : là où il n’a des rôles que sur certains groupes de ressources, les autres manquent sans erreur (--via arm signale ces abonnements).</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n page(s) of NSGs could be read:</source>
        <translation>
            <numerusform>Seule la première page de NSG a pu être lue :</numerusform>
            <numerusform>Seules les %n premières pages de NSG ont pu être lues :</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the NSGs:</source>
        <translation>Impossible de lister les NSG :</translation>
    </message>
    <message numerus="yes">
        <source>Resource Graph failed for tenant %1 (%2); reading its %n subscription(s) one by one through ARM instead.</source>
        <translation>
            <numerusform>Resource Graph a échoué pour le locataire %1 (%2) ; son abonnement est lu via ARM à la place.</numerusform>
            <numerusform>Resource Graph a échoué pour le locataire %1 (%2) ; ses %n abonnements sont lus un par un via ARM à la place.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resource Graph could not list the subscriptions of tenant %1 (%2); listing them through ARM.</source>
        <translation>Resource Graph n’a pas pu lister les abonnements du locataire %1 (%2) ; ils sont listés via ARM.</translation>
    </message>
    <message>
        <source>the network interfaces</source>
        <translation>les interfaces réseau</translation>
    </message>
    <message>
        <source>the virtual networks</source>
        <translation>les réseaux virtuels</translation>
    </message>
    <message>
        <source>the public IP addresses</source>
        <translation>les adresses IP publiques</translation>
    </message>
    <message>
        <source>the load balancers</source>
        <translation>les équilibreurs de charge</translation>
    </message>
    <message>
        <source>the route tables</source>
        <translation>les tables de routage</translation>
    </message>
    <message>
        <source>the application security groups</source>
        <translation>les groupes de sécurité d’application</translation>
    </message>
    <message>
        <source>the firewall policies</source>
        <translation>les stratégies de pare-feu</translation>
    </message>
    <message>
        <source>the answer holds no &quot;value&quot; array</source>
        <translation>la réponse ne contient pas de tableau « value »</translation>
    </message>
    <message>
        <source>%1; through Resource Graph: %2</source>
        <translation>%1 ; via Resource Graph : %2</translation>
    </message>
    <message>
        <source>Microsoft&apos;s service tag data could not be read (%1): an Allow from a public service tag is unknown on every path it decides. --service-tags FILE reads the weekly download instead.</source>
        <translation>Impossible de lire les données de balises de service de Microsoft (%1) : un Allow depuis une balise de service publique est inconnu sur chaque chemin qu’il décide. --service-tags FICHIER lit plutôt le téléchargement hebdomadaire.</translation>
    </message>
    <message>
        <source>no tags in the answer</source>
        <translation>aucune balise dans la réponse</translation>
    </message>
    <message>
        <source>Could not list %1 (no path into this subscription is decided):</source>
        <translation>Impossible de lister %1 (aucun chemin vers cet abonnement n’est décidé) :</translation>
    </message>
    <message>
        <source>the rule collection groups of the firewall policy %1</source>
        <translation>les groupes de collections de règles de la stratégie de pare-feu %1</translation>
    </message>
    <message>
        <source>Tenant %1 was read through Resource Graph and ARM side by side. Resource Graph lists only the NSGs this account may read: where it holds roles on some resource groups only, the others are missing without an error (--via arm reports such subscriptions).</source>
        <translation>Le locataire %1 a été lu via Resource Graph et ARM côte à côte. Resource Graph ne liste que les NSG que ce compte peut lire : là où il n’a des rôles que sur certains groupes de ressources, les autres manquent sans erreur (--via arm signale ces abonnements).</translation>
    </message>
</context>
<context>
    <name>nsg::azure::ManagedIdentityCredential</name>
    <message>
        <source>system-assigned managed identity</source>
        <translation>identité managée affectée par le système</translation>
    </message>
    <message>
        <source>user-assigned managed identity %1</source>
        <translation>identité managée affectée par l’utilisateur %1</translation>
    </message>
    <message>
        <source>the managed identity endpoint &apos;%1&apos; is not an http(s) URL</source>
        <translation>le point de terminaison de l’identité managée &apos;%1&apos; n’est pas une URL http(s)</translation>
    </message>
</context>
<context>
    <name>nsg::azure::OwnershipCheck</name>
    <message>
        <source>deployments: not signed in</source>
        <translation>déploiements : pas de connexion</translation>
    </message>
    <message>
        <source>the deployments of its resource group (%1)</source>
        <translation>les déploiements de son groupe de ressources (%1)</translation>
    </message>
    <message>
        <source>deployments older than the newest %1</source>
        <translation>les déploiements plus anciens que les %1 plus récents</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) that could not be read</source>
        <translation>
            <numerusform>%n déploiement illisible</numerusform>
            <numerusform>%n déploiements illisibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure&apos;s change history (no Resource Graph)</source>
        <translation>l’historique des modifications d’Azure (pas de Resource Graph)</translation>
    </message>
    <message>
        <source>Azure&apos;s change history (%1)</source>
        <translation>l’historique des modifications d’Azure (%1)</translation>
    </message>
</context>
<context>
    <name>nsg::azure::PermissionCheck</name>
    <message>
        <source>Could not read your permissions: %1</source>
        <translation>Impossible de lire vos autorisations : %1</translation>
    </message>
    <message>
        <source>You may change this NSG&apos;s rules.</source>
        <translation>Vous pouvez modifier les règles de ce NSG.</translation>
    </message>
    <message>
        <source>Your roles here do not include %1 (for example Network Contributor), so rules cannot be changed.</source>
        <translation>Vos rôles ici n’incluent pas %1 (par exemple Contributeur de réseaux), les règles ne peuvent donc pas être modifiées.</translation>
    </message>
</context>
<context>
    <name>nsg::azure::ResourceGraphClient</name>
    <message>
        <source>No ARM client.</source>
        <translation>Pas de client ARM.</translation>
    </message>
    <message>
        <source>Resource Graph truncated the result without a skip token.</source>
        <translation>Resource Graph a tronqué le résultat sans jeton de saut.</translation>
    </message>
    <message>
        <source>Resource Graph reported %1 rows but sent %2.</source>
        <translation>Resource Graph a annoncé %1 lignes mais en a envoyé %2.</translation>
    </message>
</context>
<context>
    <name>nsg::azure::ResourceGraphJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>nsg::azure::RuleEditor</name>
    <message>
        <source>No source addresses were given; nothing was sent.</source>
        <translation>Aucune adresse source n’a été donnée ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Rien n’a été envoyé : %1</translation>
    </message>
    <message>
        <source>Change %1 is %2: only an applied change can be reverted.</source>
        <translation>La modification %1 est %2 : seule une modification appliquée peut être annulée.</translation>
    </message>
    <message>
        <source>Reading %1 to see whether change %2 was applied</source>
        <translation>Lecture de %1 pour savoir si la modification %2 a été appliquée</translation>
    </message>
    <message>
        <source>Reading the rule %1</source>
        <translation>Lecture de la règle %1</translation>
    </message>
    <message>
        <source>The rule %1 no longer exists.</source>
        <translation>La règle %1 n’existe plus.</translation>
    </message>
    <message>
        <source>Could not read the rule: %1</source>
        <translation>Impossible de lire la règle : %1</translation>
    </message>
    <message>
        <source>The rule changed after change %1 was applied: reverting would overwrite that. Compare the rule as it is now with the change, and revert anyway only if that is what you want.</source>
        <translation>La règle a changé après l’application de la modification %1 : l’annuler écraserait cela. Comparez la règle actuelle avec la modification, et n’annulez quand même que si c’est bien ce que vous voulez.</translation>
    </message>
    <message>
        <source>The rule changed since you opened it (%1 differ). Nothing was sent: look at the rule as it is now and decide again.</source>
        <translation>La règle a changé depuis que vous l’avez ouverte (%1 diffèrent). Rien n’a été envoyé : regardez la règle telle qu’elle est maintenant et décidez à nouveau.</translation>
    </message>
    <message>
        <source>The rule %1 is a Deny rule: it exposes nothing to fix.</source>
        <translation>La règle %1 est une règle Refuser : elle n’expose rien à corriger.</translation>
    </message>
    <message>
        <source>Reading the NSG for a free priority</source>
        <translation>Lecture du NSG pour trouver une priorité libre</translation>
    </message>
    <message>
        <source>Could not read the NSG: %1</source>
        <translation>Impossible de lire le NSG : %1</translation>
    </message>
    <message>
        <source>There is no free priority above %1 (priorities start at 100): a Deny rule cannot be placed before %2. Restrict its source or change it to Deny instead.</source>
        <translation>Aucune priorité libre au-dessus de %1 (les priorités commencent à 100) : une règle Refuser ne peut pas être placée avant %2. Restreignez plutôt sa source ou changez-la en Refuser.</translation>
    </message>
    <message>
        <source>Nothing was sent: the change could not be journaled first (%1).</source>
        <translation>Rien n’a été envoyé : la modification n’a pas pu être journalisée d’abord (%1).</translation>
    </message>
    <message>
        <source>The rule as read has no etag.</source>
        <translation>La règle lue n’a pas d’ETag.</translation>
    </message>
    <message>
        <source>The rule as read has no etag, so it cannot be changed safely; nothing was sent.</source>
        <translation>La règle lue n’a pas d’ETag, elle ne peut donc pas être modifiée sans risque ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Écriture de %1</translation>
    </message>
    <message>
        <source>Azure is applying the change (%1)</source>
        <translation>Azure applique la modification (%1)</translation>
    </message>
    <message>
        <source>Azure asks for multi-factor authentication before this change</source>
        <translation>Azure demande une authentification multifacteur avant cette modification</translation>
    </message>
    <message>
        <source>Cancelled. The change may or may not have reached Azure: it stays pending in the journal and is reconciled (by reading the rule) at the next start.</source>
        <translation>Annulé. La modification a pu atteindre Azure ou non : elle reste en attente dans le journal et sera rapprochée (en lisant la règle) au prochain démarrage.</translation>
    </message>
    <message>
        <source>Azure refused the change: %1</source>
        <translation>Azure a refusé la modification : %1</translation>
    </message>
    <message>
        <source>The rule&apos;s etag changed; reading it again</source>
        <translation>L’ETag de la règle a changé ; nouvelle lecture</translation>
    </message>
    <message>
        <source>Reading the NSG back to verify</source>
        <translation>Relecture du NSG pour vérification</translation>
    </message>
    <message>
        <source>Change %1 is still pending: the NSG could not be read (%2).</source>
        <translation>La modification %1 est toujours en attente : le NSG n’a pas pu être lu (%2).</translation>
    </message>
    <message>
        <source>the NSG could not be read back (%1)</source>
        <translation>le NSG n’a pas pu être relu (%1)</translation>
    </message>
    <message>
        <source>The outcome is not known: %1. The change stays in the journal as unknown.</source>
        <translation>Le résultat est inconnu : %1. La modification reste dans le journal comme inconnue.</translation>
    </message>
    <message>
        <source>reverted change %1; the rule read back as before it</source>
        <translation>modification %1 annulée ; la règle relue est comme avant elle</translation>
    </message>
    <message>
        <source>reverted by change %1</source>
        <translation>annulée par la modification %1</translation>
    </message>
    <message>
        <source>Reverted: the rule is back as it was before change %1.</source>
        <translation>Annulé : la règle est revenue à son état d’avant la modification %1.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>applied and read back, but %1 still exposes the port (the NSG is %2)</source>
        <translation>appliquée et relue, mais %1 expose toujours le port (le NSG est %2)</translation>
    </message>
    <message>
        <source>verified: the rule read back as written; %1 no longer exposes the port; the NSG is %2</source>
        <translation>vérifiée : la règle relue est telle qu’écrite ; %1 n’expose plus le port ; le NSG est %2</translation>
    </message>
    <message numerus="yes">
        <source> (%n other rule(s) still expose it)</source>
        <translation>
            <numerusform> (%n autre règle l’expose encore)</numerusform>
            <numerusform> (%n autres règles l’exposent encore)</numerusform>
        </translation>
    </message>
    <message>
        <source>Another rule of this NSG changed meanwhile; this rule did not: sending again</source>
        <translation>Une autre règle de ce NSG a changé entre-temps, pas celle-ci : nouvel envoi</translation>
    </message>
    <message>
        <source>reconciled: the rule is as it was before; the change was not applied</source>
        <translation>rapprochée : la règle est comme avant ; la modification n’a pas été appliquée</translation>
    </message>
    <message>
        <source>Change %1 was not applied: the rule is as it was before.</source>
        <translation>La modification %1 n’a pas été appliquée : la règle est comme avant.</translation>
    </message>
    <message>
        <source>the rule is unchanged</source>
        <translation>la règle est inchangée</translation>
    </message>
    <message>
        <source>The change was not applied: %1</source>
        <translation>La modification n’a pas été appliquée : %1</translation>
    </message>
    <message>
        <source>precondition failed: the rule changed since it was read; nothing was written</source>
        <translation>échec de la condition préalable : la règle a changé depuis sa lecture ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>The rule changed since you opened it; nothing was written. Look at the rule as it is now and decide again.</source>
        <translation>La règle a changé depuis que vous l’avez ouverte ; rien n’a été écrit. Regardez la règle telle qu’elle est maintenant et décidez à nouveau.</translation>
    </message>
    <message>
        <source>the rule is neither as it was before nor as the change wrote it; someone else may have changed it</source>
        <translation>la règle n’est ni comme avant ni comme la modification l’a écrite ; quelqu’un d’autre l’a peut-être modifiée</translation>
    </message>
    <message>
        <source>Signed in again; sending the change again</source>
        <translation>Reconnecté ; nouvel envoi de la modification</translation>
    </message>
    <message>
        <source>not applied: the multi-factor sign-in Azure asked for was not completed</source>
        <translation>non appliquée : la connexion multifacteur demandée par Azure n’a pas été terminée</translation>
    </message>
    <message>
        <source>The change was not applied: Azure asked for multi-factor authentication and the sign-in was not completed.</source>
        <translation>La modification n’a pas été appliquée : Azure a demandé une authentification multifacteur et la connexion n’a pas été terminée.</translation>
    </message>
    <message>
        <source> The journal could not record this: %1.</source>
        <translation> Le journal n’a pas pu l’enregistrer : %1.</translation>
    </message>
</context>
<context>
    <name>nsg::azure::ServicePrincipalCredential</name>
    <message>
        <source>service principal %1 (client secret)</source>
        <translation>principal de service %1 (secret client)</translation>
    </message>
    <message>
        <source>service principal %1 (certificate)</source>
        <translation>principal de service %1 (certificat)</translation>
    </message>
</context>
<context>
    <name>nsg::azure::Session</name>
    <message>
        <source>No stored sign-in for this cloud.</source>
        <translation>Aucune connexion enregistrée pour ce cloud.</translation>
    </message>
    <message>
        <source>No stored sign-in.</source>
        <translation>Aucune connexion enregistrée.</translation>
    </message>
    <message>
        <source>The stored sign-in could not be read from %1: %2</source>
        <translation>La connexion enregistrée n’a pas pu être lue depuis %1 : %2</translation>
    </message>
    <message>
        <source>The stored sign-in no longer works (%1); sign in again.</source>
        <translation>La connexion enregistrée ne fonctionne plus (%1) ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>No refresh token came back: you will need to sign in again next time.</source>
        <translation>Aucun jeton d’actualisation n’a été renvoyé : vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>Tokens are kept in %1.</source>
        <translation>Les jetons sont conservés dans %1.</translation>
    </message>
    <message>
        <source>No keychain could keep your sign-in (%1): it is kept in memory for this session only, and you will sign in again next time.</source>
        <translation>Aucun trousseau n’a pu conserver votre connexion (%1) : elle est gardée en mémoire pour cette session seulement, et vous vous reconnecterez la prochaine fois.</translation>
    </message>
    <message>
        <source>%1 could not sign in: %2</source>
        <translation>%1 n’a pas pu se connecter : %2</translation>
    </message>
    <message>
        <source>%1 signed in, but its token does not say which tenant it is for: name the tenant (--tenant or AZURE_TENANT_ID)</source>
        <translation>%1 est connecté, mais son jeton ne dit pas pour quel locataire : indiquez le locataire (--tenant ou AZURE_TENANT_ID)</translation>
    </message>
</context>
<context>
    <name>nsg::azure::TokenProvider</name>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved to %1 (%2); it is kept in memory for this session.</source>
        <translation>La connexion renouvelée n’a pas pu être enregistrée dans %1 (%2) ; elle est gardée en mémoire pour cette session.</translation>
    </message>
</context>
<context>
    <name>nsg::azure::TokenStore</name>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>la mémoire (cette session seulement)</translation>
    </message>
</context>
<context>
    <name>nsg::azure::clientassertion</name>
    <message>
        <source>cannot read the certificate %1: %2</source>
        <translation>impossible de lire le certificat %1 : %2</translation>
    </message>
    <message>
        <source>%1 is neither PEM nor PKCS#12 (.pfx): not a certificate file</source>
        <translation>%1 n’est ni PEM ni PKCS#12 (.pfx) : pas un fichier de certificat</translation>
    </message>
    <message>
        <source>cannot open the PKCS#12 file %1: wrong password (AZURE_CLIENT_CERTIFICATE_PASSWORD) or a damaged file</source>
        <translation>impossible d’ouvrir le fichier PKCS#12 %1 : mot de passe erroné (AZURE_CLIENT_CERTIFICATE_PASSWORD) ou fichier endommagé</translation>
    </message>
    <message>
        <source>%1 holds no certificate</source>
        <translation>%1 ne contient aucun certificat</translation>
    </message>
    <message>
        <source>%1 holds a certificate but no private key (or the key is encrypted and AZURE_CLIENT_CERTIFICATE_PASSWORD does not open it): the file must have both, as Microsoft&apos;s SDKs expect</source>
        <translation>%1 contient un certificat mais aucune clé privée (ou la clé est chiffrée et AZURE_CLIENT_CERTIFICATE_PASSWORD ne l’ouvre pas) : le fichier doit contenir les deux, comme l’attendent les SDK de Microsoft</translation>
    </message>
    <message>
        <source>the private key in %1 does not belong to its certificate</source>
        <translation>la clé privée de %1 n’appartient pas à son certificat</translation>
    </message>
    <message>
        <source>the key in %1 is not an RSA key: the Microsoft identity platform takes RSA certificates</source>
        <translation>la clé de %1 n’est pas une clé RSA : la plateforme d’identités Microsoft prend des certificats RSA</translation>
    </message>
    <message>
        <source>could not sign the client assertion with the key in %1</source>
        <translation>impossible de signer l’assertion client avec la clé de %1</translation>
    </message>
</context>
<context>
    <name>nsg::azure::oauth</name>
    <message>
        <source>HTTP %1 without an OAuth error body</source>
        <translation>HTTP %1 sans corps d’erreur OAuth</translation>
    </message>
    <message>
        <source>the token endpoint answered 200 without an access token</source>
        <translation>le point de terminaison de jeton a répondu 200 sans jeton d’accès</translation>
    </message>
</context>
<context>
    <name>nsg::cli</name>
    <message>
        <source>nsg-auditor: unknown command &apos;%1&apos;
</source>
        <translation>nsg-auditor : commande inconnue « %1 »
</translation>
    </message>
    <message>
        <source>cannot be evaluated</source>
        <translation>évaluation impossible</translation>
    </message>
    <message>
        <source>cannot read the NSG: %1</source>
        <translation>impossible de lire le NSG : %1</translation>
    </message>
    <message>
        <source>the NSG has no rule %1</source>
        <translation>le NSG n’a pas de règle %1</translation>
    </message>
    <message>
        <source>rule %1 (dry run: nothing is sent)</source>
        <translation>règle %1 (essai : rien n’est envoyé)</translation>
    </message>
    <message>
        <source>NSG before: %1</source>
        <translation>NSG avant : %1</translation>
    </message>
    <message>
        <source>NSG after:  %1</source>
        <translation>NSG après :  %1</translation>
    </message>
    <message>
        <source>Restricts the source of an inbound rule to known addresses (the portal&apos;s &quot;Source: IP addresses&quot;), journals the change, writes it with If-Match, and verifies it by reading the NSG back. Exit 0 only when verified; 3 when applied but the rule still exposes the port; 5 when not applied.</source>
        <translation>Restreint la source d’une règle entrante aux adresses connues (« Source : adresses IP » du portail), journalise la modification, l’écrit avec If-Match et la vérifie en relisant le NSG. Code 0 seulement si vérifiée ; 3 si appliquée mais la règle expose toujours le port ; 5 si non appliquée.</translation>
    </message>
    <message>
        <source>The rule&apos;s resource id.</source>
        <translation>L’identifiant de ressource de la règle.</translation>
    </message>
    <message>
        <source>RULE_ID</source>
        <translation>ID_REGLE</translation>
    </message>
    <message>
        <source>The new source: IPv4/IPv6 addresses and CIDR ranges, separated by commas or spaces (repeatable).</source>
        <translation>La nouvelle source : adresses IPv4/IPv6 et plages CIDR, séparées par des virgules ou des espaces (répétable).</translation>
    </message>
    <message>
        <source>PREFIXES</source>
        <translation>PREFIXES</translation>
    </message>
    <message>
        <source>Show the change, the verdict it would give and the az command; send nothing.</source>
        <translation>Afficher la modification, le verdict qu’elle donnerait et la commande az ; ne rien envoyer.</translation>
    </message>
    <message>
        <source>give the rule: --rule RULE_ID</source>
        <translation>indiquez la règle : --rule ID_REGLE</translation>
    </message>
    <message>
        <source>--rule must be a security rule&apos;s resource id (/subscriptions/…/networkSecurityGroups/NSG/securityRules/NAME), not &apos;%1&apos;</source>
        <translation>--rule doit être l’identifiant de ressource d’une règle de sécurité (/subscriptions/…/networkSecurityGroups/NSG/securityRules/NOM), pas « %1 »</translation>
    </message>
    <message>
        <source>give the new source: --source PREFIXES</source>
        <translation>indiquez la nouvelle source : --source PREFIXES</translation>
    </message>
    <message>
        <source>refused: %1: %2</source>
        <translation>refusé : %1 : %2</translation>
    </message>
    <message>
        <source>note: %1: %2</source>
        <translation>remarque : %1 : %2</translation>
    </message>
    <message>
        <source>--source holds no address</source>
        <translation>--source ne contient aucune adresse</translation>
    </message>
    <message numerus="yes">
        <source>%n source entry(s) refused; nothing was sent</source>
        <translation>
            <numerusform>%n entrée source refusée ; rien n’a été envoyé</numerusform>
            <numerusform>%n entrées sources refusées ; rien n’a été envoyé</numerusform>
        </translation>
    </message>
    <message>
        <source>Puts a journaled change&apos;s before JSON back (If-Match on the rule&apos;s current etag) and verifies it. Refuses when the rule changed since the change, unless --force. &apos;--list&apos; shows the journal.</source>
        <translation>Remet le JSON « avant » d’une modification journalisée (If-Match sur l’ETag actuel de la règle) et le vérifie. Refuse si la règle a changé depuis la modification, sauf avec --force. « --list » affiche le journal.</translation>
    </message>
    <message>
        <source>The change&apos;s id (or its first 8 characters).</source>
        <translation>L’identifiant de la modification (ou ses 8 premiers caractères).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Revert even though the rule changed since the change.</source>
        <translation>Annuler même si la règle a changé depuis la modification.</translation>
    </message>
    <message>
        <source>List the journal&apos;s changes and exit.</source>
        <translation>Lister les modifications du journal et quitter.</translation>
    </message>
    <message numerus="yes">
        <source>journal %1: %n change(s)</source>
        <translation>
            <numerusform>journal %1 : %n modification</numerusform>
            <numerusform>journal %1 : %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>give the change: --change ID (see --list)</source>
        <translation>indiquez la modification : --change ID (voir --list)</translation>
    </message>
    <message>
        <source>the change left the rule so:</source>
        <translation>la modification a laissé la règle ainsi :</translation>
    </message>
    <message>
        <source>(--force reverts anyway)</source>
        <translation>(--force annule quand même)</translation>
    </message>
    <message>
        <source>A local stand-in for Microsoft Entra ID (device-code sign-in) and Azure Resource Manager (NSGs, rules, Resource Graph), over HTTP on one base URL, printed as the first line. Without a tenant option it serves the demo tenant. Nothing reaches Azure.</source>
        <translation>Un substitut local de Microsoft Entra ID (connexion par code d’appareil) et d’Azure Resource Manager (NSG, règles, Resource Graph), en HTTP sur une URL de base, affichée en première ligne. Sans option de locataire, il sert le locataire de démo. Rien n’atteint Azure.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Address and port (default 127.0.0.1:0, a free port).</source>
        <translation>Adresse et port (par défaut 127.0.0.1:0, un port libre).</translation>
    </message>
    <message>
        <source>ADDRESS:PORT</source>
        <translation>ADRESSE:PORT</translation>
    </message>
    <message>
        <source>Serve https with the test-only certificate (CA: resources/sandbox/ca.pem).</source>
        <translation>Servir en https avec le certificat réservé aux tests (CA : resources/sandbox/ca.pem).</translation>
    </message>
    <message>
        <source>Serve this tenant file instead of the demo tenant.</source>
        <translation>Servir ce fichier de locataire au lieu du locataire de démo.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Serve a generated estate: tenants=T,subs=S,nsgs=N,rules=R,exposed=F,seed=K (S subscriptions in all, N NSGs in each).</source>
        <translation>Servir un parc généré : tenants=T,subs=S,nsgs=N,rules=R,exposed=F,seed=K (S abonnements en tout, N NSG dans chacun).</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>Approve every device code this many seconds after it is issued, as the first account.</source>
        <translation>Approuver chaque code d’appareil ce nombre de secondes après son émission, comme premier compte.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>Access token lifetime (default 3600).</source>
        <translation>Durée de vie du jeton d’accès (par défaut 3600).</translation>
    </message>
    <message>
        <source>Items per ARM list page (default 100).</source>
        <translation>Éléments par page de liste ARM (par défaut 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Device-code polling interval (default 5).</source>
        <translation>Intervalle d’interrogation du code d’appareil (par défaut 5).</translation>
    </message>
    <message>
        <source>How long a write stays InProgress (default 1500).</source>
        <translation>Durée pendant laquelle une écriture reste InProgress (par défaut 1500).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Resource Graph queries per 5 s and user (default 15).</source>
        <translation>Requêtes Resource Graph par 5 s et par utilisateur (par défaut 15).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--tenant-file and --generate exclude each other</source>
        <translation>--tenant-file et --generate s’excluent mutuellement</translation>
    </message>
    <message>
        <source>--listen takes ADDRESS:PORT, e.g. 127.0.0.1:8443, not &apos;%1&apos;</source>
        <translation>--listen attend ADRESSE:PORT, p. ex. 127.0.0.1:8443, pas « %1 »</translation>
    </message>
    <message>
        <source>--auto-approve takes a number of seconds</source>
        <translation>--auto-approve attend un nombre de secondes</translation>
    </message>
    <message>
        <source>--token-lifetime takes a positive number of seconds</source>
        <translation>--token-lifetime attend un nombre positif de secondes</translation>
    </message>
    <message>
        <source>--page-size takes a positive number</source>
        <translation>--page-size attend un nombre positif</translation>
    </message>
    <message>
        <source>--poll-interval takes a number of seconds</source>
        <translation>--poll-interval attend un nombre de secondes</translation>
    </message>
    <message>
        <source>--operation-ms takes a number of milliseconds</source>
        <translation>--operation-ms attend un nombre de millisecondes</translation>
    </message>
    <message>
        <source>--graph-quota takes a positive number</source>
        <translation>--graph-quota attend un nombre positif</translation>
    </message>
    <message>
        <source>ACCEPTED</source>
        <translation>ACCEPTÉ</translation>
    </message>
    <message>
        <source>NSG</source>
        <translation>NSG</translation>
    </message>
    <message>
        <source>RESOURCE GROUP</source>
        <translation>GROUPE DE RESSOURCES</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>VERDICT</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>POURQUOI</translation>
    </message>
    <message>
        <source>NETWORK INTERFACE</source>
        <translation>INTERFACE RÉSEAU</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Ignorés :</translation>
    </message>
    <message>
        <source>Not read:</source>
        <translation>Non lus :</translation>
    </message>
    <message>
        <source>1 NSG: </source>
        <translation>1 NSG : </translation>
    </message>
    <message>
        <source>%1 NSGs: </source>
        <translation>%1 NSG : </translation>
    </message>
    <message>
        <source>%1 exposed, %2 ok, %3 unknown</source>
        <translation>%1 exposés, %2 OK, %3 inconnus</translation>
    </message>
    <message>
        <source>, %1 accepted risk</source>
        <translation>, %1 risque accepté</translation>
    </message>
    <message>
        <source>; %1 not (fully) read</source>
        <translation> ; %1 non lu(s) (entièrement)</translation>
    </message>
    <message>
        <source>1 scope</source>
        <translation>1 périmètre</translation>
    </message>
    <message>
        <source>%1 scopes</source>
        <translation>%1 périmètres</translation>
    </message>
    <message>
        <source>; %1 skipped</source>
        <translation> ; %1 ignoré(s)</translation>
    </message>
    <message>
        <source>Policy: %1.</source>
        <translation>Stratégie : %1.</translation>
    </message>
    <message>
        <source>Forgets the sign-in that &apos;scan --tenant&apos; keeps in the system keychain.</source>
        <translation>Oublie la connexion que « scan --tenant » garde dans le trousseau du système.</translation>
    </message>
    <message>
        <source>AzureCloud (default), AzureUSGovernment or AzureChinaCloud.</source>
        <translation>AzureCloud (par défaut), AzureUSGovernment ou AzureChinaCloud.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>unknown cloud &apos;%1&apos;</source>
        <translation>cloud inconnu « %1 »</translation>
    </message>
    <message>
        <source>No sign-in is stored for %1.</source>
        <translation>Aucune connexion enregistrée pour %1.</translation>
    </message>
    <message>
        <source>Signed out: the sign-in of %1 is gone from the keychain.</source>
        <translation>Déconnecté : la connexion de %1 a été retirée du trousseau.</translation>
    </message>
    <message>
        <source>the keychain refused: %1</source>
        <translation>le trousseau a refusé : %1</translation>
    </message>
    <message>
        <source>Serving %1, %2; accounts: %3. Sign in at %4/devicelogin. Stop with Ctrl+C.</source>
        <translation>En service : %1, %2 ; comptes : %3. Connectez-vous sur %4/devicelogin. Arrêtez avec Ctrl+C.</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n locataire</numerusform>
            <numerusform>%n locataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n abonnement</numerusform>
            <numerusform>%n abonnements</numerusform>
        </translation>
    </message>
    <message>
        <source>SUBSCRIPTION</source>
        <translation>ABONNEMENT</translation>
    </message>
    <message>
        <source>(demo: the sandbox approves code %1 as reviewer@contoso.com in 2 seconds)</source>
        <translation>(démo : le bac à sable approuve le code %1 en tant que reviewer@contoso.com en 2 secondes)</translation>
    </message>
    <message>
        <source>Waiting for the sign-in at %1 …</source>
        <translation>En attente de la connexion sur %1 …</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>remarque : </translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation>échec de la connexion : %1</translation>
    </message>
    <message>
        <source>The stored sign-in could not be used (%1).</source>
        <translation>La connexion enregistrée n’a pas pu être utilisée (%1).</translation>
    </message>
    <message>
        <source>Internet-facing: </source>
        <translation>Exposé à Internet : </translation>
    </message>
    <message>
        <source>Latent (no public path reaches what it guards): </source>
        <translation>Latent (aucun chemin public n&apos;atteint ce qu&apos;il protège) : </translation>
    </message>
    <message>
        <source>Reachability not known: </source>
        <translation>Accessibilité inconnue : </translation>
    </message>
    <message>
        <source>Endpoints: %1 of %2 from the Internet are exposed or undecided</source>
        <translation>Points d&apos;entrée : %1 sur %2 depuis Internet sont exposés ou indécis</translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation>(aucune cible)</translation>
    </message>
    <message>
        <source>; %1 endpoints exposed, %2 NSGs internet-facing, %3 latent</source>
        <translation> ; %1 points d&apos;entrée exposés, %2 NSG exposés à Internet, %3 latents</translation>
    </message>
    <message>
        <source>Admin rule %1 decides before this NSG on a path from the Internet: </source>
        <translation>La règle d&apos;administration %1 décide avant ce NSG sur un chemin depuis Internet : </translation>
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
        <translation>Utilisation : nsg-auditor &lt;commande&gt; [options]
       nsg-auditor [--demo] [FICHIER...]   (la fenêtre de bureau)

Trouve les groupes de sécurité réseau Azure qui laissent entrer le port TCP 25 (SMTP) depuis Internet.

Commandes :
  scan      Évaluer les NSG et signaler ceux qui exposent le port : en direct depuis Azure (--tenant),
            le locataire de démo (--demo), un bac à sable (--sandbox-url) ou des exports (az network
            nsg list -o json, pages de liste ARM, sortie de Resource Graph).
  restrict  Restreindre la source d’une règle exposante aux adresses connues : journalisé,
            écrit avec If-Match, vérifié en relisant le NSG (--dry-run l’affiche seulement).
  revert    Annuler une modification journalisée (--change ID) ou lister le journal (--list).
  diff      Comparer deux audits (instantanés de l’historique ou fichiers d’export) : nouveau,
            revenu, corrigé, toujours exposé, avec la date de première détection et qui a changé quoi.
  history   Lister les instantanés de l’historique d’audit (chaque analyse est conservée) ou l’élaguer.
  signout   Oublier la connexion que « scan --tenant » garde dans le trousseau du système.
  sandbox   Servir un substitut local d’Entra ID et d’Azure Resource Manager (démo,
            tests) : connexion par code d’appareil, NSG, Resource Graph, pannes à la demande.

« nsg-auditor &lt;commande&gt; --help » affiche les options d’une commande.
Options : --help, --version
</translation>
    </message>
    <message>
        <source>The audit history file.</source>
        <translation>Le fichier de l’historique d’audit.</translation>
    </message>
    <message>
        <source>prune: keep the newest N snapshots (0: all).</source>
        <translation>prune : garder les N instantanés les plus récents (0 : tous).</translation>
    </message>
    <message>
        <source>prune: keep the snapshots of the last N days (0: all).</source>
        <translation>prune : garder les instantanés des N derniers jours (0 : tous).</translation>
    </message>
    <message>
        <source>list (the default) or prune.</source>
        <translation>list (par défaut) ou prune.</translation>
    </message>
    <message>
        <source>Usage: nsg-auditor history [list | prune --keep N --days N] [--history FILE]</source>
        <translation>Utilisation : nsg-auditor history [list | prune --keep N --days N] [--history FICHIER]</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: list or prune</source>
        <translation>action inconnue « %1 » : list ou prune</translation>
    </message>
    <message>
        <source>prune needs --keep N and/or --days N (whole numbers above 0)</source>
        <translation>prune demande --keep N et/ou --days N (nombres entiers supérieurs à 0)</translation>
    </message>
    <message>
        <source>Removed %1 snapshot(s) from %2.</source>
        <translation>%1 instantané(s) supprimé(s) de %2.</translation>
    </message>
    <message>
        <source>%1: %2 snapshot(s)</source>
        <translation>%1 : %2 instantané(s)</translation>
    </message>
    <message>
        <source>the same as %1:</source>
        <translation>la même chose en %1 :</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--format must be arm, az, powershell, bicep or terraform, not &apos;%1&apos;</source>
        <translation>--format doit valoir arm, az, powershell, bicep ou terraform, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--format shows a change without sending it: give --dry-run too</source>
        <translation>--format montre une modification sans l’envoyer : donnez aussi --dry-run</translation>
    </message>
    <message>
        <source>who manages it: %1</source>
        <translation>qui le gère : %1</translation>
    </message>
    <message>
        <source>With --dry-run: show the change as arm (the exact request), az, powershell, bicep or terraform (default: az, after the format of the template that manages the NSG).</source>
        <translation>Avec --dry-run : montrer la modification en arm (la requête exacte), az, powershell, bicep ou terraform (par défaut : az, après le format du modèle qui gère le NSG).</translation>
    </message>
    <message>
        <source>Faults to inject into ARM and Resource Graph answers: 429=P, 5xx=P, latency=MS, arm-latency=MS, graph-latency=MS, reset=P, truncate=P, malformed=P, throttle, nextlink-host=HOST, mfa-writes, fail-writes, lock-writes, location-only, graph-down=STATUS, seed=N.</source>
        <translation>Pannes à injecter dans les réponses d’ARM et de Resource Graph : 429=P, 5xx=P, latency=MS, arm-latency=MS, graph-latency=MS, reset=P, truncate=P, malformed=P, throttle, nextlink-host=HÔTE, mfa-writes, fail-writes, lock-writes, location-only, graph-down=STATUT, seed=N.</translation>
    </message>
</context>
<context>
    <name>nsg::cli::CommonOptions</name>
    <message>
        <source>Service to check: a name of --list-policies (default: the Settings dialog&apos;s, else smtp), or tcp/PORT, udp/PORT, tcp/FIRST-LAST.</source>
        <translation>Service à vérifier : un nom de --list-policies (par défaut : celui des Paramètres, sinon smtp), ou tcp/PORT, udp/PORT, tcp/PREMIER-DERNIER.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Destination port to check (instead of --policy).</source>
        <translation>Port de destination à vérifier (au lieu de --policy).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>tcp or udp, with --port (default tcp).</source>
        <translation>tcp ou udp, avec --port (par défaut tcp).</translation>
    </message>
    <message>
        <source>Most public IPv4 addresses a rule set may admit and still count as restricted (default 256, or the Settings dialog&apos;s).</source>
        <translation>Nombre maximal d’adresses IPv4 publiques qu’un ensemble de règles peut admettre tout en restant restreint (par défaut 256, ou la valeur des Paramètres).</translation>
    </message>
    <message>
        <source>Widest IPv6 prefix that still counts as restricted (default 64: one /64, or the Settings dialog&apos;s).</source>
        <translation>Préfixe IPv6 le plus large encore considéré comme restreint (par défaut 64 : un /64, ou la valeur des Paramètres).</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PREFIXE</translation>
    </message>
    <message>
        <source>Use a running &apos;nsg-auditor sandbox&apos; at URL (sign in at the page it names).</source>
        <translation>Utiliser un « nsg-auditor sandbox » en cours d’exécution à l’URL (connexion sur la page qu’il indique).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Use Azure: sign in to this tenant (id or domain), or &apos;organizations&apos; for every tenant the account can see.</source>
        <translation>Utiliser Azure : se connecter à ce locataire (identifiant ou domaine), ou « organizations » pour tous les locataires visibles par le compte.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>AzureCloud (default), AzureUSGovernment or AzureChinaCloud.</source>
        <translation>AzureCloud (par défaut), AzureUSGovernment ou AzureChinaCloud.</translation>
    </message>
    <message>
        <source>Public client (application) id to sign in with (default: Azure CLI&apos;s; also NSG_AUDITOR_CLIENT_ID).</source>
        <translation>Identifiant du client public (de l’application) pour la connexion (par défaut : celui d’Azure CLI ; aussi NSG_AUDITOR_CLIENT_ID).</translation>
    </message>
    <message>
        <source>--port and --policy name the service twice: give one of them</source>
        <translation>--port et --policy désignent deux fois le service : indiquez l’un des deux</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535, not &apos;%1&apos;</source>
        <translation>--port doit être un nombre de 1 à 65535, pas « %1 »</translation>
    </message>
    <message>
        <source>--protocol must be tcp or udp, not &apos;%1&apos;</source>
        <translation>--protocol doit être tcp ou udp, pas « %1 »</translation>
    </message>
    <message>
        <source>--breadth-limit must be a whole number, not &apos;%1&apos;</source>
        <translation>--breadth-limit doit être un nombre entier, pas « %1 »</translation>
    </message>
    <message>
        <source>--ipv6-breadth-limit must be a prefix length from 0 to 128, not &apos;%1&apos;</source>
        <translation>--ipv6-breadth-limit doit être une longueur de préfixe de 0 à 128, pas « %1 »</translation>
    </message>
    <message>
        <source>Abandon (and retry) a request that has sent nothing for this many seconds (1 to 3600, default 60).</source>
        <translation>Abandonner (et relancer) une requête qui n’a rien envoyé pendant ce nombre de secondes (1 à 3600, 60 par défaut).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>How to sign in: device-code (default, a person), azure-cli (the signed-in az&apos;s token), service-principal (AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH) or managed-identity (AZURE_CLIENT_ID for a user-assigned one).</source>
        <translation>Comment se connecter : device-code (par défaut, une personne), azure-cli (le jeton de l’az connectée), service-principal (AZURE_TENANT_ID, AZURE_CLIENT_ID et AZURE_CLIENT_SECRET ou AZURE_CLIENT_CERTIFICATE_PATH) ou managed-identity (AZURE_CLIENT_ID pour une identité affectée par l’utilisateur).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>--auth must be device-code, azure-cli, service-principal or managed-identity, not &apos;%1&apos;</source>
        <translation>--auth doit être device-code, azure-cli, service-principal ou managed-identity, pas &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>nsg::cli::DiffCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The audit history (default: the Settings dialog&apos;s, else history.sqlite in the app data folder).</source>
        <translation>L’historique d’audit (par défaut : celui des paramètres, sinon history.sqlite dans le dossier de données de l’application).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Write the comparison as JSON (README, &apos;The diff&apos;s JSON&apos;); - for stdout.</source>
        <translation>Écrire la comparaison en JSON (README, « The diff&apos;s JSON ») ; - pour la sortie standard.</translation>
    </message>
    <message>
        <source>Write a CSV row per NSG that moved.</source>
        <translation>Écrire une ligne CSV par NSG qui a changé.</translation>
    </message>
    <message>
        <source>Write an HTML page.</source>
        <translation>Écrire une page HTML.</translation>
    </message>
    <message>
        <source>Write a PDF.</source>
        <translation>Écrire un PDF.</translation>
    </message>
    <message>
        <source>Exit 3 when something is newly exposed: a new exposure, one that came back, an accepted risk that lapsed, or an endpoint that became internet-facing.</source>
        <translation>Sortir avec 3 quand quelque chose est nouvellement exposé : une nouvelle exposition, une exposition revenue, un risque accepté échu ou un point de terminaison désormais exposé à Internet.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no file, and the audit history could not be opened</source>
        <translation>« %1 » n’est pas un fichier, et l’historique d’audit n’a pas pu être ouvert</translation>
    </message>
    <message>
        <source>  older: %1 (%2)</source>
        <translation>  ancien : %1 (%2)</translation>
    </message>
    <message>
        <source>  newer: %1 (%2)</source>
        <translation>  récent : %1 (%2)</translation>
    </message>
    <message>
        <source>, first seen %1</source>
        <translation>, vu pour la première fois le %1</translation>
    </message>
    <message>
        <source>, rules changed</source>
        <translation>, règles modifiées</translation>
    </message>
    <message>
        <source>  note: </source>
        <translation>  remarque : </translation>
    </message>
    <message>
        <source>Compares two audits: what is newly exposed, what came back, what was fixed, what is still exposed, rules that changed, NSGs added and removed, accepted risks that lapsed, endpoints that became internet-facing — with first-seen dates from the history and, signed in (--tenant, --sandbox-url), who changed each NSG from Azure&apos;s change history.</source>
        <translation>Compare deux audits : ce qui est nouvellement exposé, ce qui est revenu, ce qui a été corrigé, ce qui reste exposé, les règles modifiées, les NSG ajoutés et supprimés, les risques acceptés échus, les points de terminaison désormais exposés à Internet — avec la date de première détection tirée de l’historique et, une fois connecté (--tenant, --sandbox-url), qui a modifié chaque NSG d’après l’historique des modifications d’Azure.</translation>
    </message>
    <message>
        <source>A snapshot (number, latest, previous) or an export file.</source>
        <translation>Un instantané (numéro, latest, previous) ou un fichier d’export.</translation>
    </message>
    <message>
        <source>Usage: nsg-auditor diff [options] OLD NEW</source>
        <translation>Utilisation : nsg-auditor diff [options] ANCIEN NOUVEAU</translation>
    </message>
    <message>
        <source>give two audits to compare: OLD NEW (snapshot numbers, latest, previous, or export files)</source>
        <translation>indiquez deux audits à comparer : ANCIEN NOUVEAU (numéros d’instantanés, latest, previous ou fichiers d’export)</translation>
    </message>
    <message>
        <source>give one source: --sandbox-url URL or --tenant ID</source>
        <translation>indiquez une seule source : --sandbox-url URL ou --tenant ID</translation>
    </message>
    <message>
        <source>note: #%1 was taken after #%2: compared #%2 → #%1.</source>
        <translation>remarque : n° %1 a été pris après n° %2 : comparé n° %2 → n° %1.</translation>
    </message>
    <message>
        <source>OLD and NEW are the same snapshot (#%1)</source>
        <translation>ANCIEN et NOUVEAU sont le même instantané (n° %1)</translation>
    </message>
</context>
<context>
    <name>nsg::cli::EditRun</name>
    <message>
        <source>The change journal (default: $NSG_AUDITOR_JOURNAL, else the app data folder&apos;s journal.jsonl).</source>
        <translation>Le journal des modifications (par défaut : $NSG_AUDITOR_JOURNAL, sinon journal.jsonl du dossier de données de l’application).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>give where the rule is: --sandbox-url URL or --tenant ID (--demo cannot be changed: it lives only as long as one process)</source>
        <translation>indiquez où se trouve la règle : --sandbox-url URL ou --tenant ID (--demo ne peut pas être modifié : il ne vit que le temps d’un processus)</translation>
    </message>
    <message>
        <source>give one source: --sandbox-url URL or --tenant ID</source>
        <translation>indiquez une seule source : --sandbox-url URL ou --tenant ID</translation>
    </message>
    <message>
        <source>warning: change journal %1: %2</source>
        <translation>avertissement : journal des modifications %1 : %2</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Azure asks for a multi-factor sign-in before this change.</source>
        <translation>Azure demande une connexion multifacteur avant cette modification.</translation>
    </message>
    <message>
        <source>change %1 (journal %2)</source>
        <translation>modification %1 (journal %2)</translation>
    </message>
    <message>
        <source>NSG now: %1</source>
        <translation>NSG maintenant : %1</translation>
    </message>
    <message>
        <source>request ids: %1</source>
        <translation>ID de requête : %1</translation>
    </message>
    <message>
        <source>the rule as it is now:</source>
        <translation>la règle telle qu’elle est maintenant :</translation>
    </message>
</context>
<context>
    <name>nsg::cli::ScanCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>An NSG export: az network nsg list -o json, an ARM list page, Resource Graph output or one NSG. Repeat for several files; more files may follow as arguments.</source>
        <translation>Un export de NSG : az network nsg list -o json, une page de liste ARM, une sortie Resource Graph ou un NSG. Répétez pour plusieurs fichiers ; d’autres fichiers peuvent suivre en arguments.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Write the PDF report (A4, or Letter where the locale uses it) to FILE.</source>
        <translation>Écrire le rapport PDF (A4, ou Letter là où la locale l’utilise) dans FICHIER.</translation>
    </message>
    <message>
        <source>Write the report as one self-contained HTML file (the same content as the PDF).</source>
        <translation>Écrire le rapport en un seul fichier HTML autonome (même contenu que le PDF).</translation>
    </message>
    <message>
        <source>The CSV has one row per exposing rule instead of one per NSG.</source>
        <translation>Le CSV a une ligne par règle exposante au lieu d’une par NSG.</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte order mark (for Excel).</source>
        <translation>Commencer le CSV par une marque d’ordre d’octets UTF-8 (pour Excel).</translation>
    </message>
    <message>
        <source>The change journal whose changes to the scanned NSGs the reports list (default: $NSG_AUDITOR_JOURNAL, else the app data folder&apos;s).</source>
        <translation>Le journal des modifications dont les rapports listent les modifications des NSG analysés (par défaut : $NSG_AUDITOR_JOURNAL, sinon celui du dossier de données de l’application).</translation>
    </message>
    <message>
        <source>Write the JSON report (schema in README) to FILE, or - for standard output.</source>
        <translation>Écrire le rapport JSON (schéma dans le README) dans FICHIER, ou - pour la sortie standard.</translation>
    </message>
    <message>
        <source>Write one CSV row per NSG to FILE, or - for standard output.</source>
        <translation>Écrire une ligne CSV par NSG dans FICHIER, ou - pour la sortie standard.</translation>
    </message>
    <message>
        <source>Exit 3 when any NSG is exposed, else 4 when any is unknown or an input could not be read.</source>
        <translation>Code 3 si un NSG est exposé, sinon 4 si un est inconnu ou si une entrée n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>Under each exposed or unknown NSG, and each OK NSG that rule-at-a-time scanners call exposed, print what every inbound rule decided.</source>
        <translation>Sous chaque NSG exposé ou inconnu, et chaque NSG OK que les scanners règle par règle disent exposé, afficher ce que chaque règle entrante a décidé.</translation>
    </message>
    <message>
        <source>Do not print the table.</source>
        <translation>Ne pas afficher le tableau.</translation>
    </message>
    <message>
        <source>Scan the built-in demo tenant: a sandbox in this process, signed in with a device code that is approved automatically after 2 seconds.</source>
        <translation>Analyser le locataire de démo intégré : un bac à sable dans ce processus, connecté avec un code d’appareil approuvé automatiquement après 2 secondes.</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Also read network interfaces and virtual networks and report what reaches each NIC through its subnet&apos;s NSG and its own.</source>
        <translation>Lire aussi les interfaces réseau et les réseaux virtuels, et signaler ce qui atteint chaque carte réseau à travers le NSG de son sous-réseau et le sien.</translation>
    </message>
    <message>
        <source>At the end, print timings, requests and peak memory on standard error (one JSON line after &apos;stats &apos;).</source>
        <translation>À la fin, afficher durées, requêtes et mémoire de pointe sur la sortie d’erreur (une ligne JSON après « stats »).</translation>
    </message>
    <message>
        <source>Accepted risks (File → Suppressions… in the window): exposed NSGs they cover are counted apart, until they expire or their rules change (default: the Settings dialog&apos;s file, if any).</source>
        <translation>Risques acceptés (Fichier → Risques acceptés… dans la fenêtre) : les NSG exposés qu’ils couvrent sont comptés à part, jusqu’à leur expiration ou un changement de leurs règles (par défaut : le fichier des Paramètres, s’il y en a un).</translation>
    </message>
    <message>
        <source>List the services --policy can name, with their ports and severity.</source>
        <translation>Lister les services que --policy peut désigner, avec leurs ports et leur gravité.</translation>
    </message>
    <message>
        <source>Evaluates network security groups the way Azure does (rule priority, Deny rules, default rules, CIDR arithmetic, IPv6) and reports which let the policy&apos;s port in from the public Internet.</source>
        <translation>Évalue les groupes de sécurité réseau comme Azure (priorité des règles, règles Refuser, règles par défaut, arithmétique CIDR, IPv6) et signale ceux qui laissent entrer le port de la stratégie depuis l’Internet public.</translation>
    </message>
    <message>
        <source>More export files.</source>
        <translation>Autres fichiers d’export.</translation>
    </message>
    <message>
        <source>Usage: nsg-auditor scan [--tenant ID | --sandbox-url URL | --demo] [options]
       nsg-auditor scan [options] FILE...   (NSG exports)</source>
        <translation>Utilisation : nsg-auditor scan [--tenant ID | --sandbox-url URL | --demo] [options]
       nsg-auditor scan [options] FICHIER...   (exports de NSG)</translation>
    </message>
    <message>
        <source>  or tcp/PORT, udp/PORT, tcp/FIRST-LAST; * marks the default (Settings).</source>
        <translation>  ou tcp/PORT, udp/PORT, tcp/PREMIER-DERNIER ; * marque la valeur par défaut (Paramètres).</translation>
    </message>
    <message>
        <source>nothing to scan: give --input FILE, --demo, --sandbox-url URL or --tenant ID (see --help)</source>
        <translation>rien à analyser : indiquez --input FICHIER, --demo, --sandbox-url URL ou --tenant ID (voir --help)</translation>
    </message>
    <message>
        <source>give one source: --input FILE..., --demo, --sandbox-url URL or --tenant ID</source>
        <translation>indiquez une seule source : --input FICHIER..., --demo, --sandbox-url URL ou --tenant ID</translation>
    </message>
    <message>
        <source>--via must be arm, graph or auto, not &apos;%1&apos;</source>
        <translation>--via doit être arm, graph ou auto, pas « %1 »</translation>
    </message>
    <message>
        <source>Signed in as %1 (tenant %2).</source>
        <translation>Connecté en tant que %1 (locataire %2).</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>remarque : </translation>
    </message>
    <message>
        <source>Scanned %1 of %2 subscriptions</source>
        <translation>%1 abonnements analysés sur %2</translation>
    </message>
    <message>
        <source>cannot open %1: no such file</source>
        <translation>impossible d’ouvrir %1 : fichier introuvable</translation>
    </message>
    <message>
        <source>--csv-rules and --csv-bom shape the --csv report: give --csv FILE</source>
        <translation>--csv-rules et --csv-bom façonnent le rapport --csv : indiquez --csv FICHIER</translation>
    </message>
    <message>
        <source>--pdf needs a file name</source>
        <translation>--pdf requiert un nom de fichier</translation>
    </message>
    <message>
        <source>Exit 3 when any endpoint from the Internet reaches the policy&apos;s port (inputs with NICs, public IPs or load balancers), else 4 when any endpoint is unknown or an exposed NSG could not be placed on a path.</source>
        <translation>Code de sortie 3 quand un point d&apos;entrée depuis Internet atteint le port de la politique (entrées avec cartes réseau, IP publiques ou équilibreurs de charge), sinon 4 quand un point d&apos;entrée est inconnu ou qu&apos;un NSG exposé n&apos;a pu être placé sur un chemin.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s service tag data (the weekly JSON download, or az network list-service-tags): public service tags in Allow rules count as their prefixes.</source>
        <translation>Les données de service tags de Microsoft (le JSON hebdomadaire ou az network list-service-tags) : les service tags publics dans les règles Allow comptent comme leurs préfixes.</translation>
    </message>
    <message>
        <source>--service-tags on a live scan needs --nics (the network interfaces and what reaches them are read only then)</source>
        <translation>--service-tags sur un scan en direct exige --nics (les interfaces réseau et ce qui les atteint ne sont lus qu’alors)</translation>
    </message>
    <message>
        <source>Write one CSV row per public entry point that can deliver the port to a workload (exposed first) to FILE; needs the network (--nics live, or inputs that hold it).</source>
        <translation>Écrit une ligne CSV par point d&apos;entrée public pouvant livrer le port à une charge de travail (exposés d&apos;abord) dans FICHIER ; nécessite le réseau (--nics en direct, ou des entrées qui le contiennent).</translation>
    </message>
    <message>
        <source>--csv-endpoints: the paths from the Internet were not followed (the inputs hold no network interfaces, public IPs or load balancers; live, add --nics): the file has its header only.</source>
        <translation>--csv-endpoints : les chemins depuis Internet n&apos;ont pas été suivis (les entrées ne contiennent ni interfaces réseau, ni IP publiques, ni équilibreurs de charge ; en direct, ajoutez --nics) : le fichier n&apos;a que son en-tête.</translation>
    </message>
    <message>
        <source>The audit history this scan is saved in (default: the Settings dialog&apos;s, else history.sqlite in the app data folder).</source>
        <translation>L’historique d’audit où cette analyse est enregistrée (par défaut : celui des paramètres, sinon history.sqlite dans le dossier de données de l’application).</translation>
    </message>
    <message>
        <source>Do not save this scan in the audit history.</source>
        <translation>Ne pas enregistrer cette analyse dans l’historique d’audit.</translation>
    </message>
    <message>
        <source>Compare with a snapshot of the history (its number, latest or previous, as the history was before this scan): the reports say how the estate moved, with first-seen dates and, live, who changed what.</source>
        <translation>Comparer avec un instantané de l’historique (son numéro, latest ou previous, tel qu’était l’historique avant cette analyse) : les rapports disent comment le parc a évolué, avec la date de première détection et, en direct, qui a changé quoi.</translation>
    </message>
    <message>
        <source>SNAPSHOT</source>
        <translation>INSTANTANÉ</translation>
    </message>
    <message>
        <source>--no-history cannot go with --history or --since</source>
        <translation>--no-history ne peut pas aller avec --history ou --since</translation>
    </message>
    <message>
        <source> The scan is not saved in the history.</source>
        <translation> L’analyse n’est pas enregistrée dans l’historique.</translation>
    </message>
    <message>
        <source>Saved as snapshot #%1 in %2.</source>
        <translation>Enregistrée comme instantané n° %1 dans %2.</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist or is not writable</source>
        <translation>impossible d’écrire %1 : le dossier %2 n’existe pas ou n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>Write the findings as OCSF 1.1 Detection Findings, one JSON object per line (for SIEMs and data lakes), to FILE, or - for standard output.</source>
        <translation>Écrire les constats en OCSF 1.1 Detection Findings, un objet JSON par ligne (pour les SIEM et lacs de données), dans FICHIER, ou - pour la sortie standard.</translation>
    </message>
    <message>
        <source>Signed in as %1, %2 (tenant %3).</source>
        <translation>Connecté en tant que %1, %2 (locataire %3).</translation>
    </message>
    <message>
        <source>How to list NSGs: arm (per subscription), graph (Resource Graph) or auto (both side by side for tenants with 20 or more subscriptions, each subscription read by one of them as their measured rates share the work; ARM below that; default).</source>
        <translation>Comment lister les NSG : arm (par abonnement), graph (Resource Graph) ou auto (les deux côte à côte pour les locataires de 20 abonnements ou plus, chaque abonnement lu par l’une des deux voies selon leurs débits mesurés ; ARM en dessous ; par défaut).</translation>
    </message>
    <message>
        <source>With --via auto: read tenants with at least this many subscriptions through Resource Graph and ARM side by side (default 20).</source>
        <translation>Avec --via auto : lire les locataires d’au moins ce nombre d’abonnements via Resource Graph et ARM côte à côte (20 par défaut).</translation>
    </message>
    <message>
        <source>SUBSCRIPTIONS</source>
        <translation>ABONNEMENTS</translation>
    </message>
    <message>
        <source>--via, --graph-from, --nics, --cloud, --client-id and --auth apply to live scans, not to files</source>
        <translation>--via, --graph-from, --nics, --cloud, --client-id et --auth s’appliquent aux analyses en direct, pas aux fichiers</translation>
    </message>
    <message>
        <source>--graph-from must be a number of subscriptions (1 or more), not &apos;%1&apos;</source>
        <translation>--graph-from doit être un nombre d’abonnements (1 ou plus), pas « %1 »</translation>
    </message>
    <message>
        <source>--graph-from applies to --via auto only</source>
        <translation>--graph-from ne s’applique qu’à --via auto</translation>
    </message>
</context>
<context>
    <name>nsg::cli::output</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>nsg::history</name>
    <message>
        <source>New exposure</source>
        <translation>Nouvelle exposition</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Revenu</translation>
    </message>
    <message>
        <source>Accepted risk lapsed</source>
        <translation>Risque accepté échu</translation>
    </message>
    <message>
        <source>Still exposed</source>
        <translation>Toujours exposé</translation>
    </message>
    <message>
        <source>Now undecided</source>
        <translation>Désormais indécis</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Rules changed, same verdict</source>
        <translation>Règles modifiées, même verdict</translation>
    </message>
    <message>
        <source>Decided (was unknown)</source>
        <translation>Décidé (était inconnu)</translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation>Exposé</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
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
        <translation>un appelant non enregistré</translation>
    </message>
    <message>
        <source>%1 UTC by %2: %3 %4</source>
        <translation>%1 UTC par %2 : %3 %4</translation>
    </message>
</context>
<context>
    <name>nsg::history::HistoryStore</name>
    <message>
        <source>The audit history needs Qt&apos;s SQLite driver (Debian: libqt6sql6-sqlite).</source>
        <translation>L’historique d’audit a besoin du pilote SQLite de Qt (Debian : libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot create the folder of the history file %1.</source>
        <translation>Impossible de créer le dossier du fichier d’historique %1.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be read (%2) and cannot be set aside.</source>
        <translation>Le fichier d’historique %1 ne peut pas être lu (%2) ni mis de côté.</translation>
    </message>
    <message>
        <source>The history file %1 could not be read (%2). It was set aside as %3 and a new history started; the old one is kept for recovery.</source>
        <translation>Le fichier d’historique %1 n’a pas pu être lu (%2). Il a été mis de côté sous %3 et un nouvel historique a commencé ; l’ancien est gardé pour récupération.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be read: %2</source>
        <translation>Le fichier d’historique %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Cannot open the history file %1: %2</source>
        <translation>Impossible d’ouvrir le fichier d’historique %1 : %2</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer NSG Auditor (schema %2; this one reads up to %3). It is left as it is: use that version, or give another file (--history FILE, Settings).</source>
        <translation>Le fichier d’historique %1 a été écrit par un NSG Auditor plus récent (schéma %2 ; celui-ci lit jusqu’au %3). Il est laissé tel quel : utilisez cette version ou indiquez un autre fichier (--history FICHIER, Paramètres).</translation>
    </message>
    <message>
        <source>Cannot prepare the history file %1: %2</source>
        <translation>Impossible de préparer le fichier d’historique %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write the history file %1: %2</source>
        <translation>Impossible d’écrire le fichier d’historique %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create the history in %1: %2</source>
        <translation>Impossible de créer l’historique dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot bring the history in %1 up to date: %2</source>
        <translation>Impossible de mettre à jour l’historique dans %1 : %2</translation>
    </message>
    <message>
        <source>The history file %1 was brought from schema %2 to %3.</source>
        <translation>Le fichier d’historique %1 est passé du schéma %2 au %3.</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>L’historique n’est pas ouvert.</translation>
    </message>
    <message>
        <source>Cannot save the snapshot in %1: %2</source>
        <translation>Impossible d’enregistrer l’instantané dans %1 : %2</translation>
    </message>
    <message>
        <source>No snapshot #%1 in the history %2.</source>
        <translation>Pas d’instantané n° %1 dans l’historique %2.</translation>
    </message>
    <message>
        <source>The history %1 holds no snapshot yet.</source>
        <translation>L’historique %1 ne contient encore aucun instantané.</translation>
    </message>
    <message>
        <source>The history %1 holds one snapshot: there is no previous one.</source>
        <translation>L’historique %1 contient un seul instantané : il n’y en a pas de précédent.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no snapshot: give its number, latest or previous.</source>
        <translation>« %1 » ne désigne aucun instantané : indiquez son numéro, latest ou previous.</translation>
    </message>
    <message>
        <source>no document for %1</source>
        <translation>aucun document pour %1</translation>
    </message>
</context>
<context>
    <name>nsg::history::SnapshotDiff</name>
    <message>
        <source>%n endpoint(s) became internet-facing</source>
        <translation>%n point(s) de terminaison désormais exposé(s) à Internet</translation>
    </message>
    <message>
        <source>%n endpoint(s) no longer internet-facing</source>
        <translation>%n point(s) de terminaison plus exposé(s) à Internet</translation>
    </message>
    <message>
        <source>No change in what is exposed (%n NSG(s) compared)</source>
        <translation>Aucun changement dans ce qui est exposé (%n NSG comparé(s))</translation>
    </message>
    <message>
        <source>%n new exposure(s)</source>
        <translation>%n nouvelle(s) exposition(s)</translation>
    </message>
    <message>
        <source>%n came back</source>
        <translation>%n revenu(s)</translation>
    </message>
    <message>
        <source>%n accepted risk(s) lapsed</source>
        <translation>%n risque(s) accepté(s) échu(s)</translation>
    </message>
    <message>
        <source>%n fixed</source>
        <translation>%n corrigé(s)</translation>
    </message>
    <message>
        <source>%n still exposed</source>
        <translation>%n toujours exposé(s)</translation>
    </message>
    <message>
        <source>%n now undecided</source>
        <translation>%n désormais indécis</translation>
    </message>
    <message>
        <source>%n with rules changed, same verdict</source>
        <translation>%n avec règles modifiées, même verdict</translation>
    </message>
    <message>
        <source>%n added</source>
        <translation>%n ajouté(s)</translation>
    </message>
    <message>
        <source>%n removed</source>
        <translation>%n supprimé(s)</translation>
    </message>
</context>
<context>
    <name>nsg::history::SnapshotInfo</name>
    <message>
        <source>#%1, %2 UTC, %3, %n NSG(s)</source>
        <translation>n° %1, %2 UTC, %3, %n NSG</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>%n file(s)</source>
        <translation>%n fichier(s)</translation>
    </message>
    <message>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <source>%1: %n subscription(s)</source>
        <translation>%1 : %n abonnement(s)</translation>
    </message>
</context>
<context>
    <name>nsg::sandbox::Checker</name>
    <message>
        <source>%1: expected an object</source>
        <translation>%1 : objet attendu</translation>
    </message>
    <message>
        <source>%1.%2: missing</source>
        <translation>%1.%2 : absent</translation>
    </message>
    <message>
        <source>%1.%2: expected %3</source>
        <translation>%1.%2 : %3 attendu</translation>
    </message>
</context>
<context>
    <name>nsg::sandbox::FaultInjector</name>
    <message>
        <source>bad fault &apos;%1&apos; (see nsg-auditor sandbox --help)</source>
        <translation>panne invalide « %1 » (voir nsg-auditor sandbox --help)</translation>
    </message>
</context>
<context>
    <name>nsg::sandbox::GenerateSpec</name>
    <message>
        <source>bad --generate item &apos;%1&apos; (expected tenants=T,subs=S,nsgs=N,rules=R,exposed=F,seed=K)</source>
        <translation>élément --generate invalide « %1 » (attendu tenants=T,subs=S,nsgs=N,rules=R,exposed=F,seed=K)</translation>
    </message>
    <message>
        <source>--generate needs tenants &gt;= 1, subs &gt;= tenants, nsgs &gt;= 0, rules &gt;= 0 and 0 &lt;= exposed &lt;= 1</source>
        <translation>--generate requiert tenants &gt;= 1, subs &gt;= tenants, nsgs &gt;= 0, rules &gt;= 0 et 0 &lt;= exposed &lt;= 1</translation>
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
        <translation>Pour vous connecter, ouvrez la page %1 dans un navigateur web et saisissez le code %2 pour vous authentifier.</translation>
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
        <translation>Le code saisi n’est pas valide.</translation>
    </message>
    <message>
        <source>That code has expired. Start the sign-in again on your device.</source>
        <translation>Ce code a expiré. Recommencez la connexion sur votre appareil.</translation>
    </message>
    <message>
        <source>That code has already been used.</source>
        <translation>Ce code a déjà été utilisé.</translation>
    </message>
    <message>
        <source>There is no account &apos;%1&apos;.</source>
        <translation>Il n’existe pas de compte « %1 ».</translation>
    </message>
    <message>
        <source>You declined the sign-in. You may now close this window.</source>
        <translation>Vous avez refusé la connexion. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>You have signed in as %1 on your device. You may now close this window.</source>
        <translation>Vous êtes connecté en tant que %1 sur votre appareil. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>Sign-in declined</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
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
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>demo tenant</source>
        <translation>locataire de démo</translation>
    </message>
    <message>
        <source>the sandbox&apos;s TLS certificate is missing from the build</source>
        <translation>le certificat TLS du bac à sable manque dans la compilation</translation>
    </message>
    <message>
        <source>TLS is not available (no usable TLS backend or certificate)</source>
        <translation>TLS indisponible (aucun moteur TLS ou certificat utilisable)</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2</source>
        <translation>impossible d’écouter sur %1:%2</translation>
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
        <translation>Impossible d’analyser la requête.</translation>
    </message>
    <message>
        <source>Deployment &apos;%1&apos; could not be found.</source>
        <translation>Le déploiement &apos;%1&apos; est introuvable.</translation>
    </message>
</context>
<context>
    <name>nsg::sandbox::SandboxWorld</name>
    <message>
        <source>the tenant file is not valid JSON</source>
        <translation>le fichier de locataire n’est pas du JSON valide</translation>
    </message>
    <message>
        <source>%1.tenantId: &apos;%2&apos; is not a GUID</source>
        <translation>%1.tenantId : « %2 » n’est pas un GUID</translation>
    </message>
    <message>
        <source>%1.tenantId: no such tenant</source>
        <translation>%1.tenantId : locataire inexistant</translation>
    </message>
    <message>
        <source>%1.managedByTenants: no tenant &apos;%2&apos;</source>
        <translation>%1.managedByTenants : aucun locataire « %2 »</translation>
    </message>
    <message>
        <source>%1.state: &apos;%2&apos; is not a subscription state</source>
        <translation>%1.state : « %2 » n’est pas un état d’abonnement</translation>
    </message>
    <message>
        <source>%1.subnet: no subnet &apos;%2&apos; in this subscription</source>
        <translation>%1.subnet : aucun sous-réseau « %2 » dans cet abonnement</translation>
    </message>
    <message>
        <source>%1: a second NSG with the id %2</source>
        <translation>%1 : un second NSG avec l’identifiant %2</translation>
    </message>
    <message>
        <source>%1: a subnet or NIC names %2, which is not in the file</source>
        <translation>%1 : un sous-réseau ou une carte réseau désigne %2, absent du fichier</translation>
    </message>
    <message>
        <source>%1.homeTenantId: no such tenant</source>
        <translation>%1.homeTenantId : locataire inexistant</translation>
    </message>
    <message>
        <source>%1.role: &apos;%2&apos; is not a role the sandbox knows</source>
        <translation>%1.role : « %2 » n’est pas un rôle connu du bac à sable</translation>
    </message>
    <message>
        <source>%1.scope: no such subscription in &apos;%2&apos;</source>
        <translation>%1.scope : aucun abonnement de ce type dans « %2 »</translation>
    </message>
    <message>
        <source>%1: %2 is not in the file</source>
        <translation>%1 : %2 ne figure pas dans le fichier</translation>
    </message>
    <message>
        <source>%1.id: &apos;%2&apos; is not a resource of this subscription</source>
        <translation>%1.id : « %2 » n’est pas une ressource de cet abonnement</translation>
    </message>
    <message>
        <source>%1.type: the sandbox does not serve &apos;%2&apos;</source>
        <translation>%1.type : le bac à sable ne sert pas « %2 »</translation>
    </message>
    <message>
        <source>%1.virtualNetworkId: no virtual network &apos;%2&apos; in this subscription</source>
        <translation>%1.virtualNetworkId : aucun réseau virtuel « %2 » dans cet abonnement</translation>
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
        <translation>La requête que cet outil envoie</translation>
    </message>
    <message>
        <source>If-None-Match: * makes Azure refuse the request when a rule of that name already exists.</source>
        <translation>If-None-Match: * fait refuser la requête par Azure si une règle de ce nom existe déjà.</translation>
    </message>
    <message>
        <source>If-Match carries the rule&apos;s etag as read: Azure refuses the request (412) when the rule changed since; read it again and compare.</source>
        <translation>If-Match porte l’ETag de la règle telle qu’elle a été lue : Azure refuse la requête (412) si la règle a changé depuis ; relisez-la et comparez.</translation>
    </message>
    <message>
        <source>Azure may apply the change asynchronously: a 201 or 202 answer names an Azure-AsyncOperation URL to poll until it reports Succeeded.</source>
        <translation>Azure peut appliquer la modification de façon asynchrone : une réponse 201 ou 202 donne une URL Azure-AsyncOperation à interroger jusqu’à ce qu’elle indique Succeeded.</translation>
    </message>
    <message>
        <source>--source-asgs null clears the rule&apos;s source application security groups, which the addresses replace (a rule cannot have both).</source>
        <translation>--source-asgs null vide les groupes de sécurité d’application source de la règle, que les adresses remplacent (une règle ne peut pas avoir les deux).</translation>
    </message>
    <message>
        <source>az reads the rule and writes it back with the new source, one address in sourceAddressPrefix and several in sourceAddressPrefixes, as this tool does.</source>
        <translation>az lit la règle et la réécrit avec la nouvelle source, une adresse dans sourceAddressPrefix et plusieurs dans sourceAddressPrefixes, comme cet outil.</translation>
    </message>
    <message>
        <source>az reads the rule and writes it back with Access Deny; nothing else changes.</source>
        <translation>az lit la règle et la réécrit avec Access Deny ; rien d’autre ne change.</translation>
    </message>
    <message>
        <source>Every value is given: az fills a value left out with its own default (destination port 80, addresses and ports *).</source>
        <translation>Chaque valeur est donnée : az remplit une valeur omise avec sa propre valeur par défaut (port de destination 80, adresses et ports *).</translation>
    </message>
    <message>
        <source>Azure CLI (bash)</source>
        <translation>Azure CLI (bash)</translation>
    </message>
    <message>
        <source>az sends no If-Match: a change someone made to the rule after it was read is overwritten. The ARM request is the one that refuses it.</source>
        <translation>az n’envoie pas de If-Match : une modification faite à la règle après sa lecture est écrasée. C’est la requête ARM qui la refuse.</translation>
    </message>
    <message>
        <source>Set-AzNetworkSecurityRuleConfig replaces the whole rule with the values given, so every value of the rule is given.</source>
        <translation>Set-AzNetworkSecurityRuleConfig remplace toute la règle par les valeurs données ; chaque valeur de la règle est donc donnée.</translation>
    </message>
    <message>
        <source>Azure PowerShell (Az.Network)</source>
        <translation>Azure PowerShell (Az.Network)</translation>
    </message>
    <message>
        <source>Set-AzNetworkSecurityGroup writes the whole NSG as it was read, without a per-rule etag: a change made to any rule of the NSG in between is undone. Run it right after reading, or use the ARM request.</source>
        <translation>Set-AzNetworkSecurityGroup écrit tout le NSG tel qu’il a été lu, sans ETag par règle : une modification faite entre-temps à n’importe quelle règle du NSG est annulée. Lancez-le juste après la lecture, ou utilisez la requête ARM.</translation>
    </message>
    <message>
        <source>The rule as a child resource of the existing NSG</source>
        <translation>La règle comme ressource enfant du NSG existant</translation>
    </message>
    <message>
        <source>If the NSG declares its rules inline: the element of securityRules</source>
        <translation>Si le NSG déclare ses règles en ligne : l’élément de securityRules</translation>
    </message>
    <message>
        <source>Deploy to resource group %1 of subscription %2 (az deployment group create --resource-group … --template-file …).</source>
        <translation>Déployer dans le groupe de ressources %1 de l’abonnement %2 (az deployment group create --resource-group … --template-file …).</translation>
    </message>
    <message>
        <source>A deployment does not delete a child resource that leaves the template (incremental mode): remove it from the template and delete the rule once with the ARM request or az.</source>
        <translation>Un déploiement ne supprime pas une ressource enfant retirée du modèle (mode incrémentiel) : retirez-la du modèle et supprimez la règle une fois avec la requête ARM ou az.</translation>
    </message>
    <message>
        <source>An NSG declared with an inline securityRules array is written whole at every deployment: change the element there, or the next deployment undoes the fix. Do not declare the same rule both ways.</source>
        <translation>Un NSG déclaré avec un tableau securityRules en ligne est écrit en entier à chaque déploiement : modifiez l’élément là, sinon le prochain déploiement annule la correction. Ne déclarez pas la même règle des deux façons.</translation>
    </message>
    <message>
        <source>azurerm_network_security_rule (the rule as its own resource)</source>
        <translation>azurerm_network_security_rule (la règle comme ressource à part)</translation>
    </message>
    <message>
        <source>security_rule block of azurerm_network_security_group (rules inline)</source>
        <translation>bloc security_rule d’azurerm_network_security_group (règles en ligne)</translation>
    </message>
    <message>
        <source>The azurerm provider warns that an NSG&apos;s rules are declared either inline (security_rule blocks) or as azurerm_network_security_rule resources, never both: the two overwrite each other at every apply.</source>
        <translation>Le fournisseur azurerm prévient : les règles d’un NSG se déclarent soit en ligne (blocs security_rule), soit comme ressources azurerm_network_security_rule, jamais les deux : les deux s’écrasent à chaque apply.</translation>
    </message>
    <message>
        <source>Removing the block or resource makes the next apply delete the rule.</source>
        <translation>Retirer le bloc ou la ressource fait supprimer la règle au prochain apply.</translation>
    </message>
    <message>
        <source>ARM request</source>
        <translation>Requête ARM</translation>
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
        <translation>Si la règle n’est pas encore dans votre état Terraform : importez-la (Terraform 1.5 ou plus récent)</translation>
    </message>
</context>
<context>
    <name>nsg::ui</name>
    <message>
        <source>The desktop window. Command-line use: nsg-auditor scan|sandbox|signout --help.</source>
        <translation>La fenêtre de bureau. En ligne de commande : nsg-auditor scan|sandbox|signout --help.</translation>
    </message>
    <message>
        <source>Open the built-in demo tenant: a sandbox in this process and a real device-code sign-in.</source>
        <translation>Ouvrir le locataire de démo intégré : un bac à sable dans ce processus et une vraie connexion par code d’appareil.</translation>
    </message>
    <message>
        <source>Exports to open.</source>
        <translation>Exports à ouvrir.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>The demo sandbox did not start: %1</source>
        <translation>Le bac à sable de démo n’a pas démarré : %1</translation>
    </message>
    <message>
        <source>Sign in against a sandbox at URL instead of Azure (one started with &apos;nsg-auditor sandbox&apos;).</source>
        <translation>Se connecter à un bac à sable à l’URL au lieu d’Azure (démarré avec « nsg-auditor sandbox »).</translation>
    </message>
    <message>
        <source>nsg-auditor: --sandbox-url needs an http or https URL such as http://127.0.0.1:8443, not &apos;%1&apos;</source>
        <translation>nsg-auditor : --sandbox-url attend une URL http ou https comme http://127.0.0.1:8443, pas « %1 »</translation>
    </message>
    <message>
        <source>nsg-auditor: --demo and --sandbox-url exclude each other</source>
        <translation>nsg-auditor : --demo et --sandbox-url s’excluent mutuellement</translation>
    </message>
</context>
<context>
    <name>nsg::ui::AcceptRiskDialog</name>
    <message>
        <source>&amp;Accept risk</source>
        <translation>&amp;Accepter le risque</translation>
    </message>
    <message>
        <source>&amp;Withdraw acceptance</source>
        <translation>&amp;Retirer l’acceptation</translation>
    </message>
    <message>
        <source>Accept risk — %1</source>
        <translation>Accepter le risque — %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; lets %2 in from the Internet through %3.&lt;/p&gt;&lt;p&gt;Accepting the risk shows it apart (not green) until the date below, or until these rules change — then it is exposed again and says why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; laisse entrer %2 depuis Internet via %3.&lt;/p&gt;&lt;p&gt;Accepter le risque l’affiche à part (pas en vert) jusqu’à la date ci-dessous, ou jusqu’à ce que ces règles changent — il est alors de nouveau exposé et dit pourquoi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Why this exposure is acceptable, and what ends it</source>
        <translation>Pourquoi cette exposition est acceptable, et ce qui y mettra fin</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Réviseur :</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>Rais&amp;on :</translation>
    </message>
    <message>
        <source>&amp;Until (last day):</source>
        <translation>&amp;Jusqu’au (dernier jour) :</translation>
    </message>
</context>
<context>
    <name>nsg::ui::AdminRulesDialog</name>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>Toujours autoriser</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>%1 (not understood)</source>
        <translation>%1 (non compris)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Security admin rules of %1</source>
        <translation>Règles d&apos;administration de sécurité de %1</translation>
    </message>
    <message>
        <source>Effective security admin rules</source>
        <translation>Règles d&apos;administration de sécurité effectives</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Destination ports</source>
        <translation>Ports de destination</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Azure Virtual Network Manager applies these rules before any NSG, lowest priority first: Deny drops the traffic, Always allow admits it without the NSGs, Allow hands it on to them. Rules in bold match the port audited (%1 of them).</source>
        <translation>Azure Virtual Network Manager applique ces règles avant tout NSG, la plus basse priorité d&apos;abord : Refuser rejette le trafic, Toujours autoriser l&apos;admet sans les NSG, Autoriser le passe aux NSG. Les règles en gras correspondent au port audité (%1 d&apos;entre elles).</translation>
    </message>
    <message>
        <source>On the path this was opened from, %1 decides (highlighted).</source>
        <translation>Sur le chemin d&apos;où ceci a été ouvert, %1 décide (mise en évidence).</translation>
    </message>
    <message>
        <source>On the path this was opened from, none decides: the NSGs do.</source>
        <translation>Sur le chemin d&apos;où ceci a été ouvert, aucune ne décide : les NSG décident.</translation>
    </message>
    <message>
        <source>Read only: admin rules are changed in Azure Virtual Network Manager.</source>
        <translation>Lecture seule : les règles d&apos;administration se modifient dans Azure Virtual Network Manager.</translation>
    </message>
</context>
<context>
    <name>nsg::ui::CompareDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Compare audits</source>
        <translation>Comparer des audits</translation>
    </message>
    <message>
        <source>&amp;Older:</source>
        <translation>&amp;Ancien :</translation>
    </message>
    <message>
        <source>&amp;Newer:</source>
        <translation>&amp;Récent :</translation>
    </message>
    <message>
        <source>NSG</source>
        <translation>NSG</translation>
    </message>
    <message>
        <source>Then → now</source>
        <translation>Avant → maintenant</translation>
    </message>
    <message>
        <source>First seen exposed</source>
        <translation>Vu exposé pour la première fois</translation>
    </message>
    <message>
        <source>Who changed it</source>
        <translation>Qui l’a modifié</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Who changed it (Azure&apos;s change history):</source>
        <translation>Qui l’a modifié (historique des modifications d’Azure) :</translation>
    </message>
    <message>
        <source>The audit history holds no scan yet. Each scan is kept; scan twice to compare.</source>
        <translation>L’historique d’audit ne contient encore aucune analyse. Chaque analyse est conservée ; analysez deux fois pour comparer.</translation>
    </message>
    <message>
        <source>The audit history holds one scan. Scan again to compare.</source>
        <translation>L’historique d’audit contient une analyse. Analysez de nouveau pour comparer.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Reading who changed them from Azure&apos;s change history…</source>
        <translation>Lecture de qui les a modifiés dans l’historique des modifications d’Azure…</translation>
    </message>
    <message>
        <source>Who changed them is read from Azure&apos;s change history when you are signed in.</source>
        <translation>Qui les a modifiés est lu dans l’historique des modifications d’Azure quand vous êtes connecté.</translation>
    </message>
    <message>
        <source> (rules changed)</source>
        <translation> (règles modifiées)</translation>
    </message>
    <message>
        <source>%1, fixed %2</source>
        <translation>%1, corrigé le %2</translation>
    </message>
    <message>
        <source>unrecorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Endpoints (%1)</source>
        <translation>Points de terminaison (%1)</translation>
    </message>
    <message>
        <source>Became internet-facing</source>
        <translation>Désormais exposé à Internet</translation>
    </message>
    <message>
        <source>No longer internet-facing</source>
        <translation>Plus exposé à Internet</translation>
    </message>
    <message numerus="yes">
        <source>Nothing moved: %n NSG(s) as they were.</source>
        <translation>
            <numerusform>Rien n’a changé : %n NSG comme avant.</numerusform>
            <numerusform>Rien n’a changé : %n NSG comme avant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an NSG to see its rules then and now.</source>
        <translation>Sélectionnez un NSG pour voir ses règles avant et maintenant.</translation>
    </message>
    <message>
        <source>No change records</source>
        <translation>Aucune entrée de modification</translation>
    </message>
    <message>
        <source>Azure&apos;s change history holds none for this NSG in the interval.</source>
        <translation>L’historique des modifications d’Azure n’en contient aucune pour ce NSG dans l’intervalle.</translation>
    </message>
    <message>
        <source>not read.</source>
        <translation>non lu.</translation>
    </message>
    <message>
        <source>Was: %1</source>
        <translation>Avant : %1</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;CSV (*.csv);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Pick two different scans to compare.</source>
        <translation>Choisissez deux analyses différentes à comparer.</translation>
    </message>
    <message>
        <source>Swapped: the older scan is always the earlier one (#%1 before #%2).</source>
        <translation>Inversé : l’analyse ancienne est toujours la plus tôt (n° %1 avant n° %2).</translation>
    </message>
    <message>
        <source>Not read in #%1, so not compared there: %2</source>
        <translation>Non lu dans n° %1, donc non comparé là : %2</translation>
    </message>
</context>
<context>
    <name>nsg::ui::DemoSandbox</name>
    <message>
        <source>the sandbox did not start</source>
        <translation>le bac à sable n’a pas démarré</translation>
    </message>
</context>
<context>
    <name>nsg::ui::EditController</name>
    <message>
        <source>Sign in to change rules.</source>
        <translation>Connectez-vous pour modifier des règles.</translation>
    </message>
    <message>
        <source>Checking whether you may change this NSG…</source>
        <translation>Vérification de votre droit de modifier ce NSG…</translation>
    </message>
    <message>
        <source>Your permissions could not be read (%1); changes are off for this NSG.</source>
        <translation>Vos autorisations n’ont pas pu être lues (%1) ; les modifications sont désactivées pour ce NSG.</translation>
    </message>
    <message>
        <source>You may not change this NSG&apos;s rules: %1</source>
        <translation>Vous ne pouvez pas modifier les règles de ce NSG : %1</translation>
    </message>
    <message>
        <source>Fix all similar</source>
        <translation>Corriger tous les semblables</translation>
    </message>
    <message>
        <source>Select exposed NSGs (or a subscription or resource group with exposed NSGs) in the tree first.</source>
        <translation>Sélectionnez d’abord des NSG exposés (ou un abonnement ou groupe de ressources contenant des NSG exposés) dans l’arborescence.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Azure asks for multi-factor authentication before this change. Sign in again; the change is sent as soon as you have.</source>
        <translation>Azure demande une authentification multifacteur avant cette modification. Reconnectez-vous ; la modification est envoyée dès que c’est fait.</translation>
    </message>
    <message>
        <source>Select internet-facing NSGs (or a subscription or resource group with internet-facing NSGs) in the tree first, or untick &quot;Internet-facing only&quot;.</source>
        <translation>Sélectionnez d&apos;abord des NSG accessibles depuis Internet (ou un abonnement ou un groupe de ressources qui en contient) dans l&apos;arbre, ou décochez « Accessibles depuis Internet seulement ».</translation>
    </message>
    <message>
        <source>%1: the Internet reaches %2 through it, decided by %3</source>
        <translation>%1 : Internet atteint %2 par lui, décidé par %3</translation>
    </message>
    <message>
        <source>No rule of these internet-facing NSGs admits the Internet; what lets it through is elsewhere:</source>
        <translation>Aucune règle de ces NSG accessibles depuis Internet n&apos;admet Internet ; ce qui le laisse passer est ailleurs :</translation>
    </message>
    <message>
        <source>Not checked: only the first %1 NSGs of a selection are checked for a template that manages them; open Restrict source… on this one to check it.</source>
        <translation>Non vérifié : seuls les %1 premiers NSG d’une sélection sont vérifiés pour un modèle qui les gère ; ouvrez « Restreindre la source… » sur celui-ci pour le vérifier.</translation>
    </message>
</context>
<context>
    <name>nsg::ui::HistoryWindow</name>
    <message>
        <source>Restrict source</source>
        <translation>Restreindre la source</translation>
    </message>
    <message>
        <source>Change to Deny</source>
        <translation>Changer en Refuser</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Deny rule above</source>
        <translation>Règle Refuser au-dessus</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Revert…</source>
        <translation>&amp;Annuler la modification…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correctif</translation>
    </message>
    <message>
        <source>NSG</source>
        <translation>NSG</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Filter the changes</source>
        <translation>Filtrer les modifications</translation>
    </message>
    <message>
        <source>Show changes with this status</source>
        <translation>Afficher les modifications avec cet état</translation>
    </message>
    <message>
        <source>Filter: NSG, rule, account, change id…</source>
        <translation>Filtre : NSG, règle, compte, ID de modification…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>Modifications, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>The selected change</source>
        <translation>La modification sélectionnée</translation>
    </message>
    <message>
        <source>Journal: %1 — the hash chain is intact.</source>
        <translation>Journal : %1 — la chaîne de hachage est intacte.</translation>
    </message>
    <message>
        <source>Journal: %1 — THE HASH CHAIN IS BROKEN (lines were edited, removed or reordered; it is not repaired):
%2</source>
        <translation>Journal : %1 — LA CHAÎNE DE HACHAGE EST ROMPUE (des lignes ont été modifiées, supprimées ou déplacées ; elle n’est pas réparée) :
%2</translation>
    </message>
    <message>
        <source>Change %1 — %2, %3</source>
        <translation>Modification %1 — %2, %3</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle : %1</translation>
    </message>
    <message>
        <source>For the exposing rule: %1</source>
        <translation>Pour la règle exposante : %1</translation>
    </message>
    <message>
        <source>Reverts change %1</source>
        <translation>Annule la modification %1</translation>
    </message>
    <message>
        <source>By %1 (tenant %2, %3) at %4 — last event %5</source>
        <translation>Par %1 (locataire %2, %3) à %4 — dernier événement %5</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Résultat : %1</translation>
    </message>
    <message>
        <source>ARM request ids: %1</source>
        <translation>ID de requête ARM : %1</translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation>Ce qui a changé :</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Avant :</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Après :</translation>
    </message>
    <message>
        <source>Put the rule back as it was before this change</source>
        <translation>Remettre la règle telle qu’elle était avant cette modification</translation>
    </message>
    <message>
        <source>Only an applied change can be reverted</source>
        <translation>Seule une modification appliquée peut être annulée</translation>
    </message>
    <message>
        <source>Reverting change %1…</source>
        <translation>Annulation de la modification %1…</translation>
    </message>
    <message>
        <source>As the change left it:
%1

As it is now:
%2</source>
        <translation>Telle que la modification l’a laissée :
%1

Telle qu’elle est maintenant :
%2</translation>
    </message>
    <message>
        <source>The rule changed since</source>
        <translation>La règle a changé depuis</translation>
    </message>
    <message>
        <source>Revert anyway</source>
        <translation>Annuler quand même</translation>
    </message>
    <message>
        <source>Reverting change %1 over the newer rule…</source>
        <translation>Annulation de la modification %1 par-dessus la règle plus récente…</translation>
    </message>
    <message>
        <source>Export the change history</source>
        <translation>Exporter l’historique des modifications</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>one change in %1</source>
        <translation>une modification dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%n changes in %1</source>
        <translation>
            <numerusform>%n modification dans %1</numerusform>
            <numerusform>%n modifications dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert change %1 (%2): delete the rule %3 it added to %4.</source>
        <translation>Annuler la modification %1 (%2) : supprimer la règle %3 qu’elle a ajoutée à %4.</translation>
    </message>
    <message>
        <source>Revert change %1 (%2): create the rule %3 in %4 again, as it was before.</source>
        <translation>Annuler la modification %1 (%2) : recréer la règle %3 dans %4, telle qu’elle était avant.</translation>
    </message>
    <message>
        <source>Revert change %1 (%2): put the rule %3 in %4 back as it was before.</source>
        <translation>Annuler la modification %1 (%2) : remettre la règle %3 de %4 telle qu’elle était avant.</translation>
    </message>
    <message>
        <source>The verdict after the revert is unknown: %1 is not loaded in the window. Reverting may expose the port again.</source>
        <translation>Le verdict après l’annulation est inconnu : %1 n’est pas chargé dans la fenêtre. L’annulation peut exposer de nouveau le port.</translation>
    </message>
    <message>
        <source>The verdict after the revert is unknown: %1 could not be evaluated.</source>
        <translation>Le verdict après l’annulation est inconnu : %1 n’a pas pu être évalué.</translation>
    </message>
    <message>
        <source>After the revert %1 is EXPOSED: it lets %2 reach %3.</source>
        <translation>Après l’annulation, %1 est EXPOSÉ : il laisse %2 atteindre %3.</translation>
    </message>
    <message>
        <source>Verdict after the revert: %1 — %2</source>
        <translation>Verdict après l’annulation : %1 — %2</translation>
    </message>
    <message>
        <source>Revert change %1?</source>
        <translation>Annuler la modification %1 ?</translation>
    </message>
    <message>
        <source>Revert and expose %1</source>
        <translation>Annuler et exposer %1</translation>
    </message>
    <message>
        <source>Revert change</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Revert anyway and expose %1</source>
        <translation>Annuler quand même et exposer %1</translation>
    </message>
</context>
<context>
    <name>nsg::ui::InventoryModel</name>
    <message>
        <source>Accepted risk</source>
        <translation>Risque accepté</translation>
    </message>
    <message>
        <source>%1 (acceptance lapsed)</source>
        <translation>%1 (acceptation caduque)</translation>
    </message>
    <message>
        <source>%1 exposed of %2</source>
        <translation>%1 exposés sur %2</translation>
    </message>
    <message>
        <source>%1 unknown of %2</source>
        <translation>%1 inconnus sur %2</translation>
    </message>
    <message>
        <source>%1 accepted risk of %2</source>
        <translation>%1 risque(s) accepté(s) sur %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>All %1 OK</source>
        <translation>Les %1 OK</translation>
    </message>
    <message>
        <source>, %1 accepted</source>
        <translation>, %1 accepté(s)</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Non lu : %1</translation>
    </message>
    <message>
        <source>%1; not fully read: %2</source>
        <translation>%1 ; pas entièrement lu : %2</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No NSGs</source>
        <translation>Aucun NSG</translation>
    </message>
    <message>
        <source> (loading…)</source>
        <translation> (chargement…)</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>ID de requête : %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>(no resource group)</source>
        <translation>(aucun groupe de ressources)</translation>
    </message>
    <message>
        <source>Offline files</source>
        <translation>Fichiers hors ligne</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (et %n autre problème)</numerusform>
            <numerusform> (et %n autres problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no subscription)</source>
        <translation>(aucun abonnement)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n OK</source>
        <translation>
            <numerusform>%1 ; %n OK</numerusform>
            <numerusform>%1 ; %n OK</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) not read</source>
        <translation>
            <numerusform>%n locataire non lu</numerusform>
            <numerusform>%n locataires non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) not read</source>
        <translation>
            <numerusform>%n abonnement non lu</numerusform>
            <numerusform>%n abonnements non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not (fully) read</source>
        <translation>
            <numerusform>%n fichier non lu (entièrement)</numerusform>
            <numerusform>%n fichiers non lus (entièrement)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n NSG(s): </source>
        <translation>
            <numerusform>%n NSG : </numerusform>
            <numerusform>%n NSG : </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exposed, %2 OK, %3 unknown</source>
        <translation>%1 exposés, %2 OK, %3 inconnus</translation>
    </message>
    <message numerus="yes">
        <source>, %n accepted risk(s)</source>
        <translation>
            <numerusform>, %n risque accepté</numerusform>
            <numerusform>, %n risques acceptés</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>report of %1, %2</source>
        <translation>rapport : %1, %2</translation>
    </message>
    <message>
        <source>report of %1 under %2, shown under %3</source>
        <translation>rapport : %1, stratégie %2, affiché avec %3</translation>
    </message>
    <message>
        <source> (without its rules: verdicts unknown)</source>
        <translation> (sans ses règles : verdicts inconnus)</translation>
    </message>
    <message>
        <source>%1 internet-facing</source>
        <translation>%1 exposé(s) à Internet</translation>
    </message>
    <message>
        <source>%1 exposed</source>
        <translation>%1 exposé(s)</translation>
    </message>
    <message>
        <source>%1 latent</source>
        <translation>%1 latent(s)</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>%1 inconnu(s)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Exposed, internet-facing</source>
        <translation>Exposé, accessible depuis Internet</translation>
    </message>
    <message>
        <source>Admin rule admits the Internet</source>
        <translation>Une règle d&apos;administration admet Internet</translation>
    </message>
    <message>
        <source>Latent: no public path</source>
        <translation>Latent : aucun chemin public</translation>
    </message>
    <message>
        <source>Exposed, blocked by an admin rule</source>
        <translation>Exposé, bloqué par une règle d&apos;administration</translation>
    </message>
    <message>
        <source>Unknown: a path is undecided</source>
        <translation>Inconnu : un chemin est indécis</translation>
    </message>
    <message numerus="yes">
        <source>The Internet reaches %n endpoint(s) through it, first %1.</source>
        <translation>
            <numerusform>Internet atteint %n point de terminaison par lui, d’abord %1.</numerusform>
            <numerusform>Internet atteint %n points de terminaison par lui, d’abord %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The admin rule %1 always allows the Internet in before this NSG is evaluated: its rules do not decide (%2).</source>
        <translation>La règle d&apos;administration %1 admet toujours Internet avant que ce NSG ne soit évalué : ses règles ne décident pas (%2).</translation>
    </message>
    <message>
        <source>The admin rule %1 denies the port before this NSG is evaluated: its rules would admit the Internet, but do not decide.</source>
        <translation>La règle d&apos;administration %1 refuse le port avant que ce NSG ne soit évalué : ses règles admettraient Internet, mais ne décident pas.</translation>
    </message>
    <message>
        <source>A path from the Internet through it could not be decided: %1</source>
        <translation>Un chemin depuis Internet passant par lui n&apos;a pas pu être décidé : %1</translation>
    </message>
    <message>
        <source>Whether a public entry point reaches what it guards could not be read.</source>
        <translation>Impossible de lire si un point d&apos;entrée public atteint ce qu&apos;il protège.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 blocked by an admin rule</source>
        <translation>%1 bloqué(s) par une règle d&apos;administration</translation>
    </message>
    <message>
        <source>%1 internet-facing, %2 exposed (paths not read), %3 latent, %4 blocked by an admin rule, %5 unknown, %6 OK</source>
        <translation>%1 accessible(s) depuis Internet, %2 exposé(s) (chemins non lus), %3 latent(s), %4 bloqué(s) par une règle d&apos;administration, %5 inconnu(s), %6 OK</translation>
    </message>
    <message>
        <source>Internet-facing, OK by its own rules</source>
        <translation>Accessible depuis Internet, OK selon ses propres règles</translation>
    </message>
    <message>
        <source>Not reached: %1. Its rules would admit the Internet if a path got through.</source>
        <translation>Non atteinte : %1. Ses règles admettraient Internet si un chemin passait.</translation>
    </message>
    <message>
        <source>The Internet reaches one endpoint through it: %1.</source>
        <translation>Internet atteint un point de terminaison par lui : %1.</translation>
    </message>
</context>
<context>
    <name>nsg::ui::MainWindow</name>
    <message>
        <source>the file is too large to show one NSG from it</source>
        <translation>le fichier est trop volumineux pour en afficher un NSG</translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation>le fichier n’est pas du JSON valide</translation>
    </message>
    <message>
        <source>%1 is not in the file</source>
        <translation>%1 n’est pas dans le fichier</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Exposed only</source>
        <translation>Exposés seulement</translation>
    </message>
    <message>
        <source>NSG Auditor</source>
        <translation>NSG Auditor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open export…</source>
        <translation>&amp;Ouvrir un export…</translation>
    </message>
    <message>
        <source>Scan az network nsg list exports, ARM list pages or Resource Graph output (Ctrl+O; or drop files on the window)</source>
        <translation>Analyser des exports az network nsg list, des pages de liste ARM ou une sortie Resource Graph (Ctrl+O ; ou déposez des fichiers sur la fenêtre)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>&amp;Suppressions (accepted risks)…</source>
        <translation>Exceptions (&amp;risques acceptés)…</translation>
    </message>
    <message>
        <source>The team&apos;s accepted risks: review, remove, import, export</source>
        <translation>Les risques acceptés de l’équipe : consulter, supprimer, importer, exporter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Azure</source>
        <translation>A&amp;zure</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the selected NSG or subscription again, or everything (F5)</source>
        <translation>Relire le NSG ou l’abonnement sélectionné, ou tout (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel scan</source>
        <translation>A&amp;nnuler l’analyse</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Edit mode</source>
        <translation>&amp;Mode édition</translation>
    </message>
    <message>
        <source>Allow changes to rules (read-only while off). Every change is journaled and can be reverted from History.</source>
        <translation>Autoriser les modifications des règles (lecture seule tant que désactivé). Chaque modification est journalisée et peut être annulée depuis l’historique.</translation>
    </message>
    <message>
        <source>Fix all &amp;similar…</source>
        <translation>Corriger tous les &amp;semblables…</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>&amp;Historique des modifications…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>Include network &amp;interfaces</source>
        <translation>Inclure les &amp;interfaces réseau</translation>
    </message>
    <message>
        <source>Also read NICs and virtual networks on the next scan, to show what reaches each NIC through both NSGs</source>
        <translation>Lire aussi les cartes réseau et les réseaux virtuels à la prochaine analyse, pour montrer ce qui atteint chaque carte réseau à travers les deux NSG</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About NSG Auditor</source>
        <translation>&amp;À propos de NSG Auditor</translation>
    </message>
    <message>
        <source>About NSG Auditor</source>
        <translation>À propos de NSG Auditor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NSG Auditor %1&lt;/h3&gt;&lt;p&gt;Finds Azure network security groups that let %2 in from the Internet, and proves it rule by rule.&lt;/p&gt;&lt;p&gt;NSG Auditor is free software under the MIT license.&lt;/p&gt;&lt;p&gt;Built with: Qt %3 (LGPL-3.0), QtKeychain (BSD-3-Clause), nlohmann_json %4.%5.%6 (MIT).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NSG Auditor %1&lt;/h3&gt;&lt;p&gt;Trouve les groupes de sécurité réseau Azure qui laissent entrer %2 depuis Internet, et le prouve règle par règle.&lt;/p&gt;&lt;p&gt;NSG Auditor est un logiciel libre sous licence MIT.&lt;/p&gt;&lt;p&gt;Construit avec : Qt %3 (LGPL-3.0), QtKeychain (BSD-3-Clause), nlohmann_json %4.%5.%6 (MIT).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Policy: the service whose ports are checked</source>
        <translation>Stratégie : le service dont les ports sont vérifiés</translation>
    </message>
    <message>
        <source>The service whose exposure is checked (every NSG is evaluated again when you pick another)</source>
        <translation>Le service dont l’exposition est vérifiée (chaque NSG est réévalué quand vous en choisissez un autre)</translation>
    </message>
    <message>
        <source>Custom port…</source>
        <translation>Port personnalisé…</translation>
    </message>
    <message>
        <source>Filter the tree</source>
        <translation>Filtrer l’arborescence</translation>
    </message>
    <message>
        <source>Filter: name, resource group, subscription, or an IP/CIDR that gets in</source>
        <translation>Filtre : nom, groupe de ressources, abonnement, ou une IP/CIDR qui entre</translation>
    </message>
    <message>
        <source>Tenants, subscriptions and NSGs</source>
        <translation>Locataires, abonnements et NSG</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Signed in as %1 (not remembered: no keychain)</source>
        <translation>Connecté en tant que %1 (non mémorisé : pas de trousseau)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation>Locataire %1</translation>
    </message>
    <message>
        <source>Scanning subscription %1 of %2</source>
        <translation>Analyse de l’abonnement %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n subscription(s)</source>
        <translation>
            <numerusform>%n abonnement analysé</numerusform>
            <numerusform>%n abonnements analysés</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Scan cancelled: </source>
        <translation>Analyse annulée : </translation>
    </message>
    <message>
        <source>Subscription read again.</source>
        <translation>Abonnement relu.</translation>
    </message>
    <message>
        <source>%1 read again: %2</source>
        <translation>%1 relu : %2</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Connexion en tant que %1…</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Listing tenants and subscriptions…</source>
        <translation>Liste des locataires et abonnements…</translation>
    </message>
    <message>
        <source>Reading %1 again…</source>
        <translation>Relecture de %1…</translation>
    </message>
    <message>
        <source>Open NSG exports</source>
        <translation>Ouvrir des exports de NSG</translation>
    </message>
    <message>
        <source>JSON exports (*.json);;All files (*)</source>
        <translation>Exports JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>Impossible d’ouvrir %1.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Lecture de %n fichier…</numerusform>
            <numerusform>Lecture de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source> (request %1)</source>
        <translation> (requête %1)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Groupe de ressources</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Fichier d’export</translation>
    </message>
    <message>
        <source>Offline files</source>
        <translation>Fichiers hors ligne</translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation>Exposé</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>Request id: &lt;tt&gt;%1&lt;/tt&gt; (quote it to Azure support)</source>
        <translation>ID de requête : &lt;tt&gt;%1&lt;/tt&gt; (à citer au support Azure)</translation>
    </message>
    <message>
        <source>Press F5 to read this subscription again.</source>
        <translation>Appuyez sur F5 pour relire cet abonnement.</translation>
    </message>
    <message>
        <source>Checking %1 (severity %2). Every NSG is evaluated again when you pick another service.</source>
        <translation>Vérification de %1 (gravité %2). Chaque NSG est réévalué quand vous choisissez un autre service.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <source>Custom port</source>
        <translation>Port personnalisé</translation>
    </message>
    <message>
        <source>Protocol and port (tcp/8443, udp/500, tcp/8000-8100):</source>
        <translation>Protocole et port (tcp/8443, udp/500, tcp/8000-8100) :</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>La langue change au prochain démarrage.</translation>
    </message>
    <message>
        <source>Try the &amp;demo tenant</source>
        <translation>Essayer le locataire de &amp;démo</translation>
    </message>
    <message>
        <source>A made-up Azure tenant in this process, with exposed NSGs to find and fix: nothing reaches Azure</source>
        <translation>Un locataire Azure fictif dans ce processus, avec des NSG exposés à trouver et à corriger : rien n’atteint Azure</translation>
    </message>
    <message>
        <source>Sandbox %1</source>
        <translation>Bac à sable %1</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Locataire de démo</translation>
    </message>
    <message>
        <source>Try the demo tenant</source>
        <translation>Essayer le locataire de démo</translation>
    </message>
    <message>
        <source>The demo could not be started. Run: %1 --demo</source>
        <translation>La démo n’a pas pu démarrer. Exécutez : %1 --demo</translation>
    </message>
    <message>
        <source>The demo sandbox did not start: %1</source>
        <translation>Le bac à sable de démo n’a pas démarré : %1</translation>
    </message>
    <message>
        <source>%1 (in the report %2)</source>
        <translation>%1 (dans le rapport %2)</translation>
    </message>
    <message>
        <source>Opened %1: %2.</source>
        <translation>%1 ouvert : %2.</translation>
    </message>
    <message>
        <source>Report written by %1, opened read-only</source>
        <translation>Rapport écrit par %1, ouvert en lecture seule</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <source>the demo tenant&apos;s accepted risks (kept for this session only)</source>
        <translation>les risques acceptés du locataire de démo (conservés pour cette session uniquement)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Signed in as %1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Select a tenant, subscription, resource group or NSG in the tree to see how it stands and why. F5 reads the selection again; File → Export report… writes what you see.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Connecté en tant que %1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Sélectionnez un locataire, un abonnement, un groupe de ressources ou un NSG dans l’arborescence pour voir son état et pourquoi. F5 relit la sélection ; Fichier → Exporter le rapport… écrit ce que vous voyez.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading your tenants and checking every NSG for %1…</source>
        <translation>Lecture de vos locataires et vérification de chaque NSG pour %1…</translation>
    </message>
    <message>
        <source>Every NSG was checked for %1.</source>
        <translation>Chaque NSG a été vérifié pour %1.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;NSG Auditor&lt;/h2&gt;&lt;p&gt;Finds network security groups that let %1 in from the Internet — and proves it, rule by rule, the way Azure evaluates them.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;signin&quot;&gt;Sign in to Azure&lt;/a&gt; to scan your tenants, open an export (&lt;tt&gt;az network nsg list -o json&lt;/tt&gt;) with File → Open, or &lt;a href=&quot;demo&quot;&gt;try the demo tenant&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;NSG Auditor&lt;/h2&gt;&lt;p&gt;Trouve les groupes de sécurité réseau qui laissent entrer %1 depuis Internet — et le prouve, règle par règle, comme Azure les évalue.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;signin&quot;&gt;Connectez-vous à Azure&lt;/a&gt; pour analyser vos locataires, ouvrez un export (&lt;tt&gt;az network nsg list -o json&lt;/tt&gt;) avec Fichier → Ouvrir un export, ou &lt;a href=&quot;demo&quot;&gt;essayez le locataire de démo&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Policy: %1 — %2</source>
        <translation>Stratégie : %1 — %2</translation>
    </message>
    <message>
        <source>Internet-facing only</source>
        <translation>Accessibles depuis Internet seulement</translation>
    </message>
    <message>
        <source>Internet-facing</source>
        <translation>Accessibles depuis Internet</translation>
    </message>
    <message>
        <source>Latent (no public path)</source>
        <translation>Latents (aucun chemin public)</translation>
    </message>
    <message>
        <source>Blocked by an admin rule</source>
        <translation>Bloqués par une règle d&apos;administration</translation>
    </message>
    <message>
        <source>That hop has no resource of its own.</source>
        <translation>Cette étape n&apos;a pas de ressource propre.</translation>
    </message>
    <message>
        <source>Not in the tree (no page of its own yet): %1</source>
        <translation>Pas dans l&apos;arbre (pas encore de page propre) : %1</translation>
    </message>
    <message>
        <source>The open files&apos; paths from the Internet were followed under the previous policy; their NSGs now show their own verdict under %1. Open the files again to follow their paths under it.</source>
        <translation>Les chemins depuis Internet des fichiers ouverts ont été suivis sous la stratégie précédente ; leurs NSG montrent maintenant leur propre verdict sous %1. Rouvrez les fichiers pour suivre leurs chemins sous celle-ci.</translation>
    </message>
    <message>
        <source>&amp;Workloads</source>
        <translation>&amp;Charges de travail</translation>
    </message>
    <message>
        <source>Every network interface with the public entry points that reach it, what decides, and the path</source>
        <translation>Chaque interface réseau avec les points d&apos;entrée publics qui l&apos;atteignent, ce qui décide, et le chemin</translation>
    </message>
    <message>
        <source>One fix for every exposing rule of the selected NSGs (or of every exposed NSG under the selected scope; only the internet-facing ones while &quot;Internet-facing only&quot; is ticked)</source>
        <translation>Une correction pour chaque règle exposante des NSG sélectionnés (ou de chaque NSG exposé dans la portée sélectionnée ; seulement ceux accessibles depuis Internet tant que « Accessibles depuis Internet seulement » est coché)</translation>
    </message>
    <message>
        <source>The scan was cancelled before this was read.</source>
        <translation>L&apos;analyse a été annulée avant que ceci ne soit lu.</translation>
    </message>
    <message>
        <source>No admin rules were read for %1.</source>
        <translation>Aucune règle d&apos;administration n&apos;a été lue pour %1.</translation>
    </message>
    <message>
        <source>No path from the Internet was followed to %1.</source>
        <translation>Aucun chemin depuis Internet n&apos;a été suivi jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>By their own rules</source>
        <translation>Selon leurs propres règles</translation>
    </message>
    <message>
        <source>From the Internet</source>
        <translation>Depuis Internet</translation>
    </message>
    <message>
        <source>Exposed, paths not read</source>
        <translation>Exposés, chemins non lus</translation>
    </message>
    <message>
        <source>A path not decided</source>
        <translation>Un chemin non décidé</translation>
    </message>
    <message>
        <source>Only NSGs on a path from the Internet that gets through, and those not known not to be (grey: a path that could not be decided). The paths are followed when the network interfaces are read: View → Include network interfaces.</source>
        <translation>Seulement les NSG sur un chemin depuis Internet qui passe, et celles dont on ne sait pas qu’elles n’y sont pas (gris : un chemin qui n’a pas pu être décidé). Les chemins sont suivis quand les interfaces réseau sont lues : Affichage → Inclure les interfaces réseau.</translation>
    </message>
    <message>
        <source>Network interfaces and the paths from the Internet are read on the next refresh (Azure → Refresh, %1); the tree shows the last scan until then.</source>
        <translation>Les interfaces réseau et les chemins depuis Internet sont lus à la prochaine actualisation (Azure → Actualiser, %1) ; d’ici là, l’arbre montre la dernière analyse.</translation>
    </message>
    <message>
        <source>Network interfaces are no longer read from the next refresh (Azure → Refresh, %1).</source>
        <translation>Les interfaces réseau ne sont plus lues à partir de la prochaine actualisation (Azure → Actualiser, %1).</translation>
    </message>
    <message>
        <source>Only what is red: NSGs whose own rules expose the port, and those the Internet reaches past OK rules (a public service tag, a firewall&apos;s DNAT, an admin rule)</source>
        <translation>Seulement ce qui est rouge : les NSG dont les propres règles exposent le port, et celles qu’Internet atteint malgré des règles OK (une balise de service publique, le DNAT d’un pare-feu, une règle d’administration)</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Historique d’audit</translation>
    </message>
    <message>
        <source>Kept as snapshot #%1 (History → Compare audits…).</source>
        <translation>Conservé comme instantané n° %1 (Historique → Comparer des audits…).</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Compare audits…</source>
        <translation>&amp;Comparer des audits…</translation>
    </message>
    <message>
        <source>Compare two scans of the audit history: what is new, came back, was fixed, and who changed it</source>
        <translation>Comparer deux analyses de l’historique d’audit : ce qui est nouveau, revenu, corrigé, et qui l’a modifié</translation>
    </message>
    <message numerus="yes">
        <source>With this retention the next scan deletes %n kept audit(s) for good (%1), and first-seen dates start again from what is left. Keep this retention?</source>
        <translation>
            <numerusform>Avec cette conservation, la prochaine analyse supprime définitivement %n audit conservé (%1), et les dates de première détection repartent de ce qui reste. Garder cette conservation ?</numerusform>
            <numerusform>Avec cette conservation, la prochaine analyse supprime définitivement %n audits conservés (%1), et les dates de première détection repartent de ce qui reste. Garder cette conservation ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nsg::ui::NsgPage</name>
    <message>
        <source>Re-check</source>
        <translation>Revérifier</translation>
    </message>
    <message>
        <source>Restrict source…</source>
        <translation>Restreindre la source…</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Accept ris&amp;k…</source>
        <translation>Accepter le &amp;risque…</translation>
    </message>
    <message>
        <source>Read this NSG again from Azure (one request) and re-evaluate</source>
        <translation>Relire ce NSG depuis Azure (une requête) et le réévaluer</translation>
    </message>
    <message>
        <source>Open the exposing rule&apos;s edit pane and restrict its source to known addresses</source>
        <translation>Ouvrir le volet d’édition de la règle exposante et restreindre sa source aux adresses connues</translation>
    </message>
    <message>
        <source>Guided remediation: explains the finding and applies a fix</source>
        <translation>Correction guidée : explique le constat et applique un correctif</translation>
    </message>
    <message>
        <source>Record that this exposure is accepted, by whom, why and until when; it shows apart until then or until its rules change</source>
        <translation>Enregistrer que cette exposition est acceptée, par qui, pourquoi et jusqu’à quand ; elle apparaît à part jusque-là ou jusqu’à ce que ses règles changent</translation>
    </message>
    <message>
        <source>Inbound security rules</source>
        <translation>Règles de sécurité de trafic entrant</translation>
    </message>
    <message>
        <source>Outbound security rules</source>
        <translation>Règles de sécurité de trafic sortant</translation>
    </message>
    <message>
        <source>Why: the proof rule by rule</source>
        <translation>Pourquoi : la preuve règle par règle</translation>
    </message>
    <message>
        <source>Network interfaces behind this NSG</source>
        <translation>Interfaces réseau derrière ce NSG</translation>
    </message>
    <message>
        <source>The NSG as JSON</source>
        <translation>Le NSG en JSON</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>Interface réseau</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>NICs</source>
        <translation>Cartes réseau</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>subnet %1</source>
        <translation>sous-réseau %1</translation>
    </message>
    <message>
        <source>NIC %1</source>
        <translation>carte réseau %1</translation>
    </message>
    <message>
        <source>%1 (file %2)</source>
        <translation>%1 (fichier %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Resource group&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Subscription&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Location&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Attached to&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;Groupe de ressources&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Abonnement&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Emplacement&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Associé à&lt;/b&gt; %4</translation>
    </message>
    <message>
        <source>not attached (it guards nothing until it is)</source>
        <translation>non associé (il ne protège rien tant qu’il ne l’est pas)</translation>
    </message>
    <message>
        <source>Accepted risk.</source>
        <translation>Risque accepté.</translation>
    </message>
    <message>
        <source>Accepted ris&amp;k…</source>
        <translation>&amp;Risque accepté…</translation>
    </message>
    <message>
        <source>Public addresses that reach %1</source>
        <translation>Adresses publiques qui atteignent %1</translation>
    </message>
    <message>
        <source>Inbound rules in the order Azure applies them:</source>
        <translation>Règles entrantes dans l’ordre où Azure les applique :</translation>
    </message>
    <message>
        <source>Problem in the input: %1</source>
        <translation>Problème dans l’entrée : %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Network interfaces were not read in this scan. Turn on View → Include network interfaces and refresh to see what reaches each NIC through its subnet&apos;s NSG and its own.</source>
        <translation>Les interfaces réseau n’ont pas été lues lors de cette analyse. Activez Affichage → Inclure les interfaces réseau et actualisez pour voir ce qui atteint chaque carte réseau à travers le NSG de son sous-réseau et le sien.</translation>
    </message>
    <message>
        <source>No network interface is behind this NSG.</source>
        <translation>Aucune interface réseau derrière ce NSG.</translation>
    </message>
    <message>
        <source>Inbound traffic passes the subnet&apos;s NSG, then the NIC&apos;s; a missing NSG lets everything through.</source>
        <translation>Le trafic entrant passe par le NSG du sous-réseau, puis par celui de la carte réseau ; un NSG absent laisse tout passer.</translation>
    </message>
    <message>
        <source>Could not load the JSON: %1</source>
        <translation>Impossible de charger le JSON : %1</translation>
    </message>
    <message>
        <source>Exposes the port</source>
        <translation>Expose le port</translation>
    </message>
    <message>
        <source>Shadowed by earlier rules</source>
        <translation>Masquée par des règles antérieures</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>N’a pas pu être lue</translation>
    </message>
    <message>
        <source>Red: the rule lets more public addresses reach the port than the breadth limit allows, by itself or together with other such rules.</source>
        <translation>Rouge : la règle laisse plus d’adresses publiques atteindre le port que la limite d’étendue ne le permet, seule ou avec d’autres règles de ce type.</translation>
    </message>
    <message>
        <source>Italic: earlier rules already decided every public source this rule matches, so it changes nothing.</source>
        <translation>Italique : des règles antérieures ont déjà décidé de chaque source publique que couvre cette règle, elle ne change donc rien.</translation>
    </message>
    <message>
        <source>Yellow: a field of the rule could not be read; the evaluation stops there.</source>
        <translation>Jaune : un champ de la règle n’a pas pu être lu ; l’évaluation s’arrête là.</translation>
    </message>
    <message>
        <source>Default rule</source>
        <translation>Règle par défaut</translation>
    </message>
    <message>
        <source>Grey: a default rule Azure adds to every NSG (priority 65000 and up).</source>
        <translation>Gris : une règle par défaut qu’Azure ajoute à chaque NSG (priorité 65000 et plus).</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Paths from the Internet through this NSG</source>
        <translation>Chemins depuis Internet passant par ce NSG</translation>
    </message>
    <message>
        <source>Public entry</source>
        <translation>Entrée publique</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>The paths from the Internet were not followed. Turn on View → Include network interfaces and refresh, or open an export that holds the network (NICs, public IPs, load balancers).</source>
        <translation>Les chemins depuis Internet n&apos;ont pas été suivis. Activez Affichage → Inclure les interfaces réseau et actualisez, ou ouvrez un export qui contient le réseau (cartes réseau, IP publiques, équilibreurs de charge).</translation>
    </message>
    <message>
        <source>The admin rule %1 decides before this NSG.</source>
        <translation>La règle d&apos;administration %1 décide avant ce NSG.</translation>
    </message>
    <message>
        <source>Public entry points whose paths pass this NSG: %1; the Internet gets through on %2 of them. Select one to see its path; click an NSG on it to open that NSG.</source>
        <translation>Points d&apos;entrée publics dont les chemins passent par ce NSG : %1 ; Internet passe par %2 d&apos;entre eux. Sélectionnez-en un pour voir son chemin ; cliquez sur un NSG du chemin pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Chemins</translation>
    </message>
    <message>
        <source>Method: rules evaluated as Azure does (priority order, first match decides, Deny and default rules included), with CIDR arithmetic over IPv4 and IPv6. This verdict is the NSG&apos;s own rules&apos;; Virtual Network Manager security admin rules, which run before NSGs, public IPs and load balancers are on the Paths tab where the network was read.</source>
        <translation>Méthode : règles évaluées comme Azure le fait (ordre de priorité, la première qui correspond décide, règles Deny et par défaut comprises), avec une arithmétique CIDR sur IPv4 et IPv6. Ce verdict est celui des propres règles du NSG ; les règles d&apos;administration de sécurité de Virtual Network Manager, appliquées avant les NSG, les IP publiques et les équilibreurs de charge sont dans l&apos;onglet Chemins là où le réseau a été lu.</translation>
    </message>
    <message>
        <source>No public entry point that can deliver %1 leads through this NSG.</source>
        <translation>Aucun point d&apos;entrée public pouvant livrer %1 ne passe par ce NSG.</translation>
    </message>
    <message>
        <source>Its own rules: %1</source>
        <translation>Ses propres règles : %1</translation>
    </message>
    <message>
        <source>Double-click or press Enter for its paths from the Internet.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ses chemins depuis Internet.</translation>
    </message>
    <message>
        <source>The Paths tab draws each path from the Internet through it.</source>
        <translation>L’onglet « Chemins » dessine chaque chemin depuis Internet qui la traverse.</translation>
    </message>
    <message>
        <source>Admits public addresses: within the limit, or a service tag</source>
        <translation>Admet des adresses publiques : dans la limite, ou une balise de service</translation>
    </message>
    <message>
        <source>Amber: the rule lets some public addresses reach the port, but no more than the breadth limit allows (known addresses), or it allows a service tag of Azure&apos;s shared public addresses, which the NSG&apos;s own verdict does not count (the Paths tab does).</source>
        <translation>Ambre : la règle laisse quelques adresses publiques atteindre le port, mais pas plus que la limite d’étendue ne le permet (adresses connues), ou elle autorise une balise de service d’adresses publiques partagées d’Azure, que le verdict propre de la NSG ne compte pas (l’onglet « Chemins » les compte).</translation>
    </message>
</context>
<context>
    <name>nsg::ui::PathChangesView</name>
    <message>
        <source>internet-facing</source>
        <translation>accessible depuis Internet</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>non décidé</translation>
    </message>
    <message>
        <source>Paths from the Internet, now and after this change</source>
        <translation>Chemins depuis Internet, maintenant et après cette modification</translation>
    </message>
    <message>
        <source>Public entry</source>
        <translation>Point d&apos;entrée public</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Decided after by</source>
        <translation>Décidé ensuite par</translation>
    </message>
    <message>
        <source>Open paths from the Internet through this NSG (blocked ones stay blocked): %1 internet-facing now, %2 not decided; after this change: %3 internet-facing, %4 open only to sources within the limit, %5 blocked, %6 not decided.</source>
        <translation>Chemins ouverts depuis Internet à travers cette NSG (les bloqués le restent) : %1 exposés à Internet maintenant, %2 non décidés ; après ce changement : %3 exposés à Internet, %4 ouverts seulement aux sources dans la limite, %5 bloqués, %6 non décidés.</translation>
    </message>
</context>
<context>
    <name>nsg::ui::PathView</name>
    <message>
        <source>Path from the Internet</source>
        <translation>Chemin depuis Internet</translation>
    </message>
</context>
<context>
    <name>nsg::ui::RemediationWizard</name>
    <message>
        <source>Fix %1 in %2</source>
        <translation>Corriger %1 dans %2</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Ce qui a été trouvé</translation>
    </message>
    <message>
        <source>&lt;p&gt;This NSG cannot be evaluated.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ce NSG ne peut pas être évalué.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the portal: &lt;i&gt;Network security group %1 → Settings → Inbound security rules&lt;/i&gt;, the rule &lt;b&gt;%2&lt;/b&gt; (priority %3): Source &lt;b&gt;%4&lt;/b&gt;, Destination port ranges &lt;b&gt;%5&lt;/b&gt;, Protocol &lt;b&gt;%6&lt;/b&gt;, Action &lt;b&gt;Allow&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;It lets %7 reach the port: %8.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dans le portail : &lt;i&gt;Groupe de sécurité réseau %1 → Paramètres → Règles de sécurité de trafic entrant&lt;/i&gt;, la règle &lt;b&gt;%2&lt;/b&gt; (priorité %3) : Source &lt;b&gt;%4&lt;/b&gt;, Plages de ports de destination &lt;b&gt;%5&lt;/b&gt;, Protocole &lt;b&gt;%6&lt;/b&gt;, Action &lt;b&gt;Autoriser&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Elle laisse %7 atteindre le port : %8.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The fix the portal recommends: &lt;i&gt;restrict %1 to known IP addresses&lt;/i&gt; — set the rule&apos;s Source to the addresses that really need %2 here. The next page offers that and three other fixes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le correctif recommandé par le portail : &lt;i&gt;restreindre %1 aux adresses IP connues&lt;/i&gt; — définissez la source de la règle sur les adresses qui ont réellement besoin de %2 ici. La page suivante propose cela et trois autres correctifs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose the fix</source>
        <translation>Choisir le correctif</translation>
    </message>
    <message>
        <source>Recommended. Keeps the rule and lets only the addresses you enter reach the port.</source>
        <translation>Recommandé. Conserve la règle et ne laisse que les adresses saisies atteindre le port.</translation>
    </message>
    <message>
        <source>Keeps the rule where it is but blocks what it matched. Nothing else about it changes.</source>
        <translation>Conserve la règle à sa place mais bloque ce qu’elle couvrait. Rien d’autre ne change.</translation>
    </message>
    <message>
        <source>Removes the rule. Traffic it allowed then meets the rules below it (and in the end the default DenyAllInBound).</source>
        <translation>Supprime la règle. Le trafic qu’elle autorisait rencontre alors les règles en dessous (et finalement la règle par défaut DenyAllInBound).</translation>
    </message>
    <message>
        <source>Leaves the rule alone and adds a Deny rule with the same protocol, ports, source and destination at the nearest free priority above it.</source>
        <translation>Laisse la règle telle quelle et ajoute une règle Refuser avec les mêmes protocole, ports, source et destination à la priorité libre la plus proche au-dessus.</translation>
    </message>
    <message>
        <source>Source IP addresses/CIDR ranges</source>
        <translation>Adresses IP sources/plages CIDR</translation>
    </message>
    <message>
        <source>The addresses that may reach the port: IPv4 or IPv6 addresses and CIDR ranges, separated by commas, spaces or new lines.</source>
        <translation>Les adresses autorisées à atteindre le port : adresses IPv4 ou IPv6 et plages CIDR, séparées par des virgules, des espaces ou des retours à la ligne.</translation>
    </message>
    <message>
        <source>Enter at least one address or range.</source>
        <translation>Saisissez au moins une adresse ou une plage.</translation>
    </message>
    <message>
        <source>Correct or remove the refused entries.</source>
        <translation>Corrigez ou supprimez les entrées refusées.</translation>
    </message>
    <message>
        <source>%1 after the change: %2%3</source>
        <translation>%1 après la modification : %2%3</translation>
    </message>
    <message>
        <source> — %1 would still let in too many addresses</source>
        <translation> — %1 laisserait encore entrer trop d’adresses</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Review of the changes</source>
        <translation>Vérification des modifications</translation>
    </message>
    <message>
        <source>&lt;p&gt;Verdict after: &lt;b&gt;%1&lt;/b&gt; — %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Verdict après : &lt;b&gt;%1&lt;/b&gt; — %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Apply and verify</source>
        <translation>Appliquer et vérifier</translation>
    </message>
    <message>
        <source>Changes sent and their outcome</source>
        <translation>Modifications envoyées et leur résultat</translation>
    </message>
    <message>
        <source>%1 — %2: sending…</source>
        <translation>%1 — %2 : envoi…</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2 : %3</translation>
    </message>
    <message>
        <source>(journal %1)</source>
        <translation>(journal %1)</translation>
    </message>
    <message>
        <source>Journal entries: %1 (History can revert each).</source>
        <translation>Entrées du journal : %1 (l’historique peut annuler chacune).</translation>
    </message>
    <message numerus="yes">
        <source>Fix %n exposing rules</source>
        <translation>
            <numerusform>Corriger %n règle exposante</numerusform>
            <numerusform>Corriger %n règles exposantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The fix chosen here is the default for each of the %n rules; the review lets you choose another for a rule or leave it out. They are applied one at a time, each journaled; it stops at the first that fails.</source>
        <translation>
            <numerusform>Le correctif choisi ici est celui par défaut pour %n règle ; la vérification permet d’en choisir un autre ou de l’exclure. La modification est journalisée avant d’être appliquée ; rien n’est envoyé après un échec.</numerusform>
            <numerusform>Le correctif choisi ici est celui par défaut pour chacune des %n règles ; la vérification permet d’en choisir un autre pour une règle ou de l’exclure. Les modifications sont appliquées une à une, chacune journalisée ; l’application s’arrête à la première qui échoue.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The review leaves such rules out.</source>
        <translation>%1 La vérification exclut ces règles.</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. Only the ticked rules are changed, one at a time; each change is written to the journal before it is sent, with If-Match on the rule as just read.</source>
        <translation>Rien n’a encore été envoyé. Seules les règles cochées sont modifiées, une à une ; chaque modification est écrite dans le journal avant d’être envoyée, avec If-Match sur la règle telle qu’elle vient d’être lue.</translation>
    </message>
    <message>
        <source>The rules to change: tick, fix and verdict after</source>
        <translation>Les règles à modifier : case à cocher, correctif et verdict après</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correctif</translation>
    </message>
    <message>
        <source>Verdict after (NSG)</source>
        <translation>Verdict après (NSG)</translation>
    </message>
    <message>
        <source>Why not ticked</source>
        <translation>Pourquoi non cochée</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Fix for %1 in %2</source>
        <translation>Correctif pour %1 dans %2</translation>
    </message>
    <message>
        <source>No addresses entered: choose &quot;%1&quot; on the fix page to enter them.</source>
        <translation>Aucune adresse saisie : choisissez « %1 » sur la page du correctif pour les saisir.</translation>
    </message>
    <message>
        <source>Already within the breadth limit: it lets in %1 (%2).</source>
        <translation>Déjà dans la limite d’étendue : elle laisse entrer %1 (%2).</translation>
    </message>
    <message>
        <source>The new addresses would widen it: it admits %1 now; the new list adds %2. Choose another fix for it, or leave it out.</source>
        <translation>Les nouvelles adresses l’élargiraient : elle admet actuellement %1 ; la nouvelle liste ajoute %2. Choisissez un autre correctif pour elle, ou excluez-la.</translation>
    </message>
    <message>
        <source>This fix would not close it: the rule would still let in more than the limit.</source>
        <translation>Ce correctif ne la fermerait pas : la règle laisserait encore entrer plus que la limite.</translation>
    </message>
    <message>
        <source>No rule is ticked: nothing will be written.</source>
        <translation>Aucune règle n’est cochée : rien ne sera écrit.</translation>
    </message>
    <message>
        <source>One change will be written when you click &quot;Apply change&quot;.</source>
        <translation>Une modification sera écrite lorsque vous cliquerez sur « Appliquer la modification ».</translation>
    </message>
    <message numerus="yes">
        <source>%n changes will be written, one at a time, when you click &quot;Apply %n changes&quot;.</source>
        <translation>
            <numerusform>%n modification sera écrite lorsque vous cliquerez sur « Appliquer %n modification ».</numerusform>
            <numerusform>%n modifications seront écrites, une à la fois, lorsque vous cliquerez sur « Appliquer %n modifications ».</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;After it:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Après elle :&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;After them:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Après elles :&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Apply change</source>
        <translation>&amp;Appliquer la modification</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n changes</source>
        <translation>
            <numerusform>&amp;Appliquer %n modification</numerusform>
            <numerusform>&amp;Appliquer %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>The change was applied and verified.</source>
        <translation>La modification a été appliquée et vérifiée.</translation>
    </message>
    <message numerus="yes">
        <source>All %n changes were applied and verified.</source>
        <translation>
            <numerusform>%n modification a été appliquée et vérifiée.</numerusform>
            <numerusform>Les %n modifications ont été appliquées et vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at %1 — %2: %3. Nothing before it was changed; nothing after it was sent.</source>
        <translation>Arrêt à %1 — %2 : %3. Rien n’a été modifié avant ; rien n’a été envoyé après.</translation>
    </message>
    <message>
        <source>Stopped at %1 — %2: %3. The change before it was applied and verified; nothing after it was sent.</source>
        <translation>Arrêt à %1 — %2 : %3. La modification précédente a été appliquée et vérifiée ; rien n’a été envoyé après.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped at %1 — %2: %3. %n changes before it were applied and verified; nothing after it was sent.</source>
        <translation>
            <numerusform>Arrêt à %1 — %2 : %3. %n modification précédente a été appliquée et vérifiée ; rien n’a été envoyé après.</numerusform>
            <numerusform>Arrêt à %1 — %2 : %3. Les %n modifications précédentes ont été appliquées et vérifiées ; rien n’a été envoyé après.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>no path from the Internet that gets through passes it; the change does not alter what reaches the workloads.</source>
        <translation>aucun chemin depuis Internet qui passe ne le traverse ; la modification ne change pas ce qui atteint les charges de travail.</translation>
    </message>
    <message>
        <source>Paths from the Internet</source>
        <translation>Chemins depuis Internet</translation>
    </message>
    <message>
        <source>%1: %2 → %3, decided by %4</source>
        <translation>%1 : %2 → %3, décidé par %4</translation>
    </message>
    <message>
        <source>No path from the Internet that gets through passes it: it is latent, and a fix closes what a new public IP or load balancer rule would open.</source>
        <translation>Aucun chemin depuis Internet qui passe ne la traverse : elle est latente, et une correction ferme ce qu’une nouvelle IP publique ou règle d’équilibrage de charge ouvrirait.</translation>
    </message>
    <message numerus="yes">
        <source>Paths from the Internet through it (%n):</source>
        <translation>
            <numerusform>Chemin depuis Internet qui la traverse (%n) :</numerusform>
            <numerusform>Chemins depuis Internet qui la traversent (%n) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (View → Workloads lists them all)</source>
        <translation>
            <numerusform>et %n autre (Affichage → Charges de travail les liste tous)</numerusform>
            <numerusform>et %n autres (Affichage → Charges de travail les liste tous)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in this wizard: %n internet-facing NSG(s) whose own verdict is OK, so that none of its fixes applies. What lets the Internet in is an admin rule or a firewall&apos;s DNAT (change it there), or a rule that allows a public service tag (narrow or remove it in the NSG&apos;s rule table):</source>
        <translation>
            <numerusform>Pas dans cet assistant : %n NSG exposée à Internet dont le verdict propre est OK, de sorte qu’aucune de ses corrections ne s’applique. Ce qui laisse entrer Internet est une règle d’administration ou le DNAT d’un pare-feu (à changer là), ou une règle qui autorise une balise de service publique (à restreindre ou supprimer dans la table des règles de la NSG) :</numerusform>
            <numerusform>Pas dans cet assistant : %n NSG exposées à Internet dont le verdict propre est OK, de sorte qu’aucune de ses corrections ne s’applique. Ce qui laisse entrer Internet est une règle d’administration ou le DNAT d’un pare-feu (à changer là), ou une règle qui autorise une balise de service publique (à restreindre ou supprimer dans la table des règles de la NSG) :</numerusform>
        </translation>
    </message>
    <message>
        <source>The rule whose change is shown</source>
        <translation>La règle dont la modification est affichée</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Règle :</translation>
    </message>
    <message>
        <source>Ship it as…</source>
        <translation>Livrer en…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Who manages it:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qui le gère :&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Who manages it: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qui le gère : %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same with the Azure CLI:&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;p&gt;La même chose avec Azure CLI :&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
</context>
<context>
    <name>nsg::ui::ReportDialog</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>&amp;Everything scanned</source>
        <translation>&amp;Tout ce qui a été analysé</translation>
    </message>
    <message>
        <source>The &amp;selection in the tree</source>
        <translation>La &amp;sélection dans l’arborescence</translation>
    </message>
    <message>
        <source>E&amp;xposed NSGs only</source>
        <translation>Seulement les NSG e&amp;xposés</translation>
    </message>
    <message>
        <source>&amp;PDF — for auditors and owners</source>
        <translation>&amp;PDF — pour les auditeurs et responsables</translation>
    </message>
    <message>
        <source>&amp;HTML — one self-contained file, the same content</source>
        <translation>&amp;HTML — un fichier autonome, même contenu</translation>
    </message>
    <message>
        <source>&amp;CSV — one row per NSG</source>
        <translation>&amp;CSV — une ligne par NSG</translation>
    </message>
    <message>
        <source>&amp;JSON — the documented schema, for tools</source>
        <translation>&amp;JSON — le schéma documenté, pour les outils</translation>
    </message>
    <message>
        <source>One row per exposing rule instead</source>
        <translation>Plutôt une ligne par règle exposante</translation>
    </message>
    <message>
        <source>Byte order mark (for Excel)</source>
        <translation>Marque d’ordre d’octets (pour Excel)</translation>
    </message>
    <message>
        <source>&amp;Open when done</source>
        <translation>&amp;Ouvrir une fois terminé</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom de fichier</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Choisissez au moins un format.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n report(s) on %1 NSGs…</source>
        <translation>
            <numerusform>Écriture de %n rapport sur %1 NSG…</numerusform>
            <numerusform>Écriture de %n rapports sur %1 NSG…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Written before it: %1</source>
        <translation>Écrits avant : %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing partial was left behind.</source>
        <translation>Annulé ; rien de partiel n’a été laissé.</translation>
    </message>
    <message>
        <source>Written before: %1</source>
        <translation>Écrits avant : %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrits : %1</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Choisissez un dossier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist yet; Export creates it.</source>
        <translation>Le dossier %1 n’existe pas encore ; Exporter le crée.</translation>
    </message>
    <message>
        <source>Failed: cannot create the folder %1.</source>
        <translation>Échec : impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Created the folder %1.</source>
        <translation>Dossier %1 créé.</translation>
    </message>
    <message>
        <source>Say how the estate moved &amp;since:</source>
        <translation>Dire comment le parc a évolué &amp;depuis :</translation>
    </message>
    <message>
        <source>Earlier audit</source>
        <translation>Audit antérieur</translation>
    </message>
</context>
<context>
    <name>nsg::ui::RestrictSourceDialog</name>
    <message>
        <source>Only the source can be changed here</source>
        <translation>Seule la source peut être modifiée ici</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Restrict the source of %1</source>
        <translation>Restreindre la source de %1</translation>
    </message>
    <message>
        <source>IP Addresses</source>
        <translation>Adresses IP</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source IP addresses/CIDR ranges *</source>
        <translation>Adresses IP sources/plages CIDR *</translation>
    </message>
    <message>
        <source>Source port ranges</source>
        <translation>Plages de ports sources</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Destination port ranges</source>
        <translation>Plages de ports de destination</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>The rule before, as JSON</source>
        <translation>La règle avant, en JSON</translation>
    </message>
    <message>
        <source>The rule after, as JSON</source>
        <translation>La règle après, en JSON</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Rule JSON before / after</source>
        <translation>JSON de la règle avant / après</translation>
    </message>
    <message>
        <source>The rule %1 is no longer in this NSG.</source>
        <translation>La règle %1 n’est plus dans ce NSG.</translation>
    </message>
    <message>
        <source>The rule changed since the tree was read (%1); it is shown as it is now.</source>
        <translation>La règle a changé depuis la lecture de l’arborescence (%1) ; elle est affichée telle qu’elle est maintenant.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Actuellement : %1</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>this NSG cannot be evaluated</source>
        <translation>ce NSG ne peut pas être évalué</translation>
    </message>
    <message>
        <source>The rule %1 is not in this NSG.</source>
        <translation>La règle %1 n’est pas dans ce NSG.</translation>
    </message>
    <message>
        <source>Now: %1
%2</source>
        <translation>Actuellement : %1
%2</translation>
    </message>
    <message>
        <source>Correct or remove the refused entries.</source>
        <translation>Corrigez ou supprimez les entrées refusées.</translation>
    </message>
    <message>
        <source>After this change the NSG could not be evaluated.</source>
        <translation>Après cette modification, le NSG ne pourrait pas être évalué.</translation>
    </message>
    <message>
        <source>After this change: %1 — %2</source>
        <translation>Après cette modification : %1 — %2</translation>
    </message>
    <message>
        <source>%1 would still let in more than the breadth limit: narrow the ranges.</source>
        <translation>%1 laisserait encore entrer plus que la limite d’étendue : resserrez les plages.</translation>
    </message>
    <message numerus="yes">
        <source>This rule is fixed by it; %n other rule(s) still expose the port.</source>
        <translation>
            <numerusform>Cette règle est corrigée ; %n autre règle expose encore le port.</numerusform>
            <numerusform>Cette règle est corrigée ; %n autres règles exposent encore le port.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the change…</source>
        <translation>Envoi de la modification…</translation>
    </message>
    <message>
        <source>Request ids: %1</source>
        <translation>ID de requête : %1</translation>
    </message>
    <message>
        <source>Journal entry %1</source>
        <translation>Entrée de journal %1</translation>
    </message>
    <message>
        <source>Applied and read back: %1 — %2</source>
        <translation>Appliquée et relue : %1 — %2</translation>
    </message>
    <message>
        <source>The rule is shown as it is now; check it and apply again.</source>
        <translation>La règle est affichée telle qu’elle est maintenant ; vérifiez-la et appliquez à nouveau.</translation>
    </message>
    <message>
        <source>Enter the addresses that may reach %1 here.</source>
        <translation>Saisissez les adresses autorisées à atteindre %1 ici.</translation>
    </message>
    <message>
        <source>Not a fix for what reaches the workloads: the admin rule %1 always allows the Internet in before this NSG is evaluated, so this edit does not change it. Change the admin rule in Azure Virtual Network Manager.</source>
        <translation>Pas une correction de ce qui atteint les charges de travail : la règle d&apos;administration %1 admet toujours Internet avant que ce NSG ne soit évalué ; cette modification n&apos;y change rien. Modifiez la règle d&apos;administration dans Azure Virtual Network Manager.</translation>
    </message>
    <message>
        <source>Not a fix for what reaches the workloads: the admin rule %1 already denies the port before this NSG is evaluated; this edit only tidies the NSG.</source>
        <translation>Pas une correction de ce qui atteint les charges de travail : la règle d&apos;administration %1 refuse déjà le port avant que ce NSG ne soit évalué ; cette modification ne fait que ranger le NSG.</translation>
    </message>
    <message>
        <source>Paths from the Internet</source>
        <translation>Chemins depuis Internet</translation>
    </message>
    <message>
        <source>The paths from the Internet were not followed: include network interfaces (View menu) and scan again to see what this change does to them.</source>
        <translation>Les chemins depuis Internet n&apos;ont pas été suivis : incluez les interfaces réseau (menu Affichage) et analysez à nouveau pour voir ce que cette modification leur fait.</translation>
    </message>
    <message>
        <source>Enter the addresses to see what the change does to the paths from the Internet through this NSG.</source>
        <translation>Saisissez les adresses pour voir ce que la modification fait aux chemins depuis Internet passant par ce NSG.</translation>
    </message>
    <message>
        <source>No path from the Internet that gets through passes this NSG: the change does not alter what reaches the workloads.</source>
        <translation>Aucun chemin depuis Internet qui passe ne traverse ce NSG : la modification ne change pas ce qui atteint les charges de travail.</translation>
    </message>
    <message>
        <source>At the scan</source>
        <translation>Lors de l&apos;analyse</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Tel qu’écrit</translation>
    </message>
    <message>
        <source>Ship it as…</source>
        <translation>Livrer en…</translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;#ship&quot;&gt;Ship it as…&lt;/a&gt;</source>
        <translation>%1 &lt;a href=&quot;#ship&quot;&gt;Livrer en…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Apply through the API?</source>
        <translation>Appliquer par l’API ?</translation>
    </message>
    <message>
        <source>A template or an IaC tool manages this NSG: %1

Apply the change through the API anyway (it closes the port until the next deployment)?</source>
        <translation>Un modèle ou un outil IaC gère ce NSG : %1

Appliquer quand même la modification par l’API (elle ferme le port jusqu’au prochain déploiement) ?</translation>
    </message>
    <message>
        <source>Apply &amp;anyway</source>
        <translation>Appliquer &amp;quand même</translation>
    </message>
</context>
<context>
    <name>nsg::ui::RuleTableModel</name>
    <message>
        <source>Default rule (not in the input; Azure always has it)</source>
        <translation>Règle par défaut (absente de l’entrée ; Azure l’a toujours)</translation>
    </message>
    <message>
        <source>Default rule</source>
        <translation>Règle par défaut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Exposes %1 together with other rules: it admits %2; with what they admit, more than the limit of %3 IPv4 addresses and one /%4 of IPv6.</source>
        <translation>Expose %1 avec d’autres règles : elle admet %2 ; avec ce qu’elles admettent, au-delà de la limite de %3 adresses IPv4 et d’un /%4 IPv6.</translation>
    </message>
    <message>
        <source>Exposes %1: it admits %2, more than the limit of %3 IPv4 addresses and one /%4 of IPv6.</source>
        <translation>Expose %1 : elle admet %2, au-delà de la limite de %3 adresses IPv4 et d’un /%4 IPv6.</translation>
    </message>
    <message>
        <source>Admits %1 to %2, within the limit of %3 IPv4 addresses and one /%4 of IPv6: known addresses, not an exposure.</source>
        <translation>Admet %1 vers %2, dans la limite de %3 adresses IPv4 et d’un /%4 IPv6 : adresses connues, pas une exposition.</translation>
    </message>
    <message>
        <source>This Deny blocks only connections from source ports %1; connections from other source ports go on to later rules.</source>
        <translation>Cette règle Refuser ne bloque que les connexions depuis les ports sources %1 ; les connexions depuis d’autres ports sources passent aux règles suivantes.</translation>
    </message>
    <message>
        <source>It matches only connections from source ports %1 (a client picks its own source port).</source>
        <translation>Elle ne couvre que les connexions depuis les ports sources %1 (un client choisit son propre port source).</translation>
    </message>
    <message>
        <source>This Deny blocks only connections to %1; connections to other destinations go on to later rules.</source>
        <translation>Cette règle Refuser ne bloque que les connexions vers %1 ; les connexions vers d’autres destinations passent aux règles suivantes.</translation>
    </message>
    <message>
        <source>The source ports the rule matches (the client picks its own); a rule limited to some of them decides only those connections</source>
        <translation>Les ports sources que couvre la règle (le client choisit le sien) ; une règle limitée à certains d’entre eux ne décide que de ces connexions</translation>
    </message>
    <message>
        <source>The destination ports the rule matches</source>
        <translation>Les ports de destination que couvre la règle</translation>
    </message>
    <message>
        <source>Source ports</source>
        <translation>Ports sources</translation>
    </message>
    <message>
        <source>Admits the service tag %1 to %2: Azure&apos;s shared public addresses, which this NSG&apos;s own verdict does not count as the Internet. Where the paths from the Internet were followed with the tag data, the Paths tab counts them.</source>
        <translation>Admet la balise de service %1 vers %2 : des adresses publiques partagées d’Azure, que le verdict propre de cette NSG ne compte pas comme Internet. Là où les chemins depuis Internet ont été suivis avec les données des balises, l’onglet « Chemins » les compte.</translation>
    </message>
</context>
<context>
    <name>nsg::ui::SettingsDialog</name>
    <message>
        <source>Use Resource &amp;Graph for large tenants</source>
        <translation>Utiliser Resource &amp;Graph pour les grands locataires</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Custom port…</source>
        <translation>Port personnalisé…</translation>
    </message>
    <message>
        <source>tcp/8443, udp/500 or tcp/8000-8100</source>
        <translation>tcp/8443, udp/500 ou tcp/8000-8100</translation>
    </message>
    <message>
        <source> IPv4 addresses</source>
        <translation> adresses IPv4</translation>
    </message>
    <message>
        <source>organizations (every tenant), an id or a domain</source>
        <translation>organizations (tous les locataires), un identifiant ou un domaine</translation>
    </message>
    <message>
        <source>Azure CLI&apos;s (04b07795-…)</source>
        <translation>celui d’Azure CLI (04b07795-…)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>By locale (Letter in the US and Canada, else A4)</source>
        <translation>Selon la locale (Letter aux États-Unis et au Canada, sinon A4)</translation>
    </message>
    <message>
        <source>the app data folder&apos;s accepted-risks.json</source>
        <translation>accepted-risks.json du dossier de données de l’application</translation>
    </message>
    <message>
        <source>Accepted risks file</source>
        <translation>Fichier des risques acceptés</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Breadth limit, IPv4 addresses</source>
        <translation>Limite d’étendue, adresses IPv4</translation>
    </message>
    <message>
        <source>IPv6 breadth limit, prefix length</source>
        <translation>Limite d’étendue IPv6, longueur de préfixe</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Stratégie :</translation>
    </message>
    <message>
        <source>C&amp;ustom port:</source>
        <translation>Port perso&amp;nnalisé :</translation>
    </message>
    <message>
        <source>&amp;Breadth limit:</source>
        <translation>&amp;Limite d’étendue :</translation>
    </message>
    <message>
        <source>IPv&amp;6 breadth limit:</source>
        <translation>Limite d’étendue IPv&amp;6 :</translation>
    </message>
    <message>
        <source>Accepted &amp;risks file:</source>
        <translation>Fichier des &amp;risques acceptés :</translation>
    </message>
    <message>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud :</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>Loca&amp;taire :</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>Requests in &amp;flight:</source>
        <translation>Requêtes simultan&amp;ées :</translation>
    </message>
    <message>
        <source>api-versions (advanced; empty: built in)</source>
        <translation>api-versions (avancé ; vide : intégrées)</translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation>Ressources :</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Réseau :</translation>
    </message>
    <message>
        <source>Resource Graph:</source>
        <translation>Resource Graph :</translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation>Autorisation :</translation>
    </message>
    <message>
        <source>Language and reports</source>
        <translation>Langue et rapports</translation>
    </message>
    <message>
        <source>&amp;Language (at the next start):</source>
        <translation>Lang&amp;ue (au prochain démarrage) :</translation>
    </message>
    <message>
        <source>Report paper si&amp;ze:</source>
        <translation>&amp;Format de papier des rapports :</translation>
    </message>
    <message>
        <source>&amp;Keep every scan in the audit history</source>
        <translation>C&amp;onserver chaque analyse dans l’historique d’audit</translation>
    </message>
    <message>
        <source>the app data folder&apos;s history.sqlite</source>
        <translation>history.sqlite du dossier de données de l’application</translation>
    </message>
    <message>
        <source>Audit history file</source>
        <translation>Fichier de l’historique d’audit</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>any age</source>
        <translation>tout âge</translation>
    </message>
    <message>
        <source>SQLite (*.sqlite)</source>
        <translation>SQLite (*.sqlite)</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Historique d’audit</translation>
    </message>
    <message>
        <source>Keep s&amp;napshots:</source>
        <translation>Conserver les inst&amp;antanés :</translation>
    </message>
    <message>
        <source>Keep for &amp;days:</source>
        <translation>Conserver pendant (&amp;jours) :</translation>
    </message>
    <message>
        <source>&amp;History file:</source>
        <translation>Fic&amp;hier d’historique :</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Emplacement…</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>The newest snapshots kept; older ones are deleted at the next scan</source>
        <translation>Les instantanés les plus récents conservés ; les plus anciens sont supprimés à la prochaine analyse</translation>
    </message>
    <message>
        <source>Snapshots older than this many days are deleted at the next scan</source>
        <translation>Les instantanés plus anciens que ce nombre de jours sont supprimés à la prochaine analyse</translation>
    </message>
</context>
<context>
    <name>nsg::ui::ShipItView</name>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Enre&amp;gistrer…</translation>
    </message>
    <message>
        <source>Who manages this NSG: not checked yet.</source>
        <translation>Qui gère ce NSG : pas encore vérifié.</translation>
    </message>
    <message>
        <source>The change as %1</source>
        <translation>La modification en %1</translation>
    </message>
    <message>
        <source>Copy the code of this tab to the clipboard</source>
        <translation>Copier le code de cet onglet dans le presse-papiers</translation>
    </message>
    <message>
        <source>Save this tab&apos;s code, with what to know about it, as a file</source>
        <translation>Enregistrer le code de cet onglet, avec ce qu’il faut savoir, dans un fichier</translation>
    </message>
    <message>
        <source>Who manages this NSG: checking its deployments, tags and change history…</source>
        <translation>Qui gère ce NSG : vérification de ses déploiements, balises et historique des modifications…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who manages this NSG:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Qui gère ce NSG :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Who manages this NSG: %1</source>
        <translation>Qui gère ce NSG : %1</translation>
    </message>
    <message>
        <source>Save the change as %1</source>
        <translation>Enregistrer la modification en %1</translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation>Enregistrer la modification</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>nsg::ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Copy code and open browser</source>
        <translation>Copier le code et ouvrir le navigateur</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sign in to Azure</source>
        <translation>Se connecter à Azure</translation>
    </message>
    <message>
        <source>NSG Auditor signs in with a device code: you approve it in a browser, on this or any other device. It asks only to read (and, in edit mode, to change) network security groups.</source>
        <translation>NSG Auditor se connecte avec un code d’appareil : vous l’approuvez dans un navigateur, sur cet appareil ou un autre. Il demande seulement à lire (et, en mode édition, à modifier) les groupes de sécurité réseau.</translation>
    </message>
    <message>
        <source>organizations, a tenant id or a domain</source>
        <translation>organizations, un identifiant de locataire ou un domaine</translation>
    </message>
    <message>
        <source>&apos;organizations&apos; signs in to your home tenant and scans every tenant you can see; a tenant id or domain limits the scan to that tenant.</source>
        <translation>« organizations » vous connecte à votre locataire principal et analyse tous les locataires que vous voyez ; un identifiant de locataire ou un domaine limite l’analyse à ce locataire.</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud :</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>Loca&amp;taire :</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>The public client (application) id to sign in as. Empty: Azure CLI&apos;s. See the README for registering your own.</source>
        <translation>L’identifiant du client public (de l’application) utilisé pour la connexion. Vide : celui d’Azure CLI. Voir le README pour enregistrer le vôtre.</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>Open this page in a browser and enter the code:</source>
        <translation>Ouvrez cette page dans un navigateur et saisissez le code :</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Code de connexion</translation>
    </message>
    <message>
        <source>Demo (built-in sandbox)</source>
        <translation>Démo (bac à sable intégré)</translation>
    </message>
    <message>
        <source>Asking Entra ID for a code…</source>
        <translation>Demande d’un code à Entra ID…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in… (demo: approved automatically in a few seconds)</source>
        <translation>En attente de votre connexion… (démo : approuvée automatiquement dans quelques secondes)</translation>
    </message>
    <message>
        <source>Waiting for you to sign in…</source>
        <translation>En attente de votre connexion…</translation>
    </message>
    <message>
        <source>Entra ID asked us to check less often (every %1 s); still waiting…</source>
        <translation>Entra ID a demandé d’interroger moins souvent (toutes les %1 s) ; toujours en attente…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The code is on the clipboard: paste it on the page that opened.</source>
        <translation>Le code est dans le presse-papiers : collez-le sur la page qui s’est ouverte.</translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <translation>Le code a expiré.</translation>
    </message>
    <message>
        <source>The code expires in %1:%2.</source>
        <translation>Le code expire dans %1:%2.</translation>
    </message>
</context>
<context>
    <name>nsg::ui::SourceEditor</name>
    <message>
        <source>e.g. 203.0.113.16/28, 198.51.100.7 or 2001:db8::/64 — separated by commas, spaces or new lines</source>
        <translation>p. ex. 203.0.113.16/28, 198.51.100.7 ou 2001:db8::/64 — séparées par des virgules, des espaces ou des retours à la ligne</translation>
    </message>
    <message>
        <source>Source IP addresses/CIDR ranges</source>
        <translation>Adresses IP sources/plages CIDR</translation>
    </message>
    <message>
        <source>What each entry means</source>
        <translation>Ce que signifie chaque entrée</translation>
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
        <translation>%1 — fusionné : %2</translation>
    </message>
    <message>
        <source>%1 — refused: %2</source>
        <translation>%1 — refusé : %2</translation>
    </message>
</context>
<context>
    <name>nsg::ui::SuppressionsController</name>
    <message>
        <source>Accepted risks</source>
        <translation>Risques acceptés</translation>
    </message>
    <message>
        <source>The accepted risks could not be saved: %1</source>
        <translation>Les risques acceptés n’ont pas pu être enregistrés : %1</translation>
    </message>
</context>
<context>
    <name>nsg::ui::SuppressionsDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Accepted risks</source>
        <translation>Risques acceptés</translation>
    </message>
    <message>
        <source>Kept in &lt;tt&gt;%1&lt;/tt&gt;. Share it with the team, or import theirs.</source>
        <translation>Conservé dans &lt;tt&gt;%1&lt;/tt&gt;. Partagez-le avec l’équipe, ou importez le sien.</translation>
    </message>
    <message>
        <source>NSG</source>
        <translation>NSG</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Import accepted risks</source>
        <translation>Importer des risques acceptés</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export accepted risks</source>
        <translation>Exporter des risques acceptés</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted risk(s)</source>
        <translation>
            <numerusform>%n risque accepté</numerusform>
            <numerusform>%n risques acceptés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n added or updated</source>
        <translation>
            <numerusform>Importé depuis %1 : %n ajouté ou mis à jour</numerusform>
            <numerusform>Importé depuis %1 : %n ajoutés ou mis à jour</numerusform>
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
        <translation>aucun</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>Interface réseau</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Public entry points</source>
        <translation>Points d&apos;entrée publics</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>NSGs on the path</source>
        <translation>NSG sur le chemin</translation>
    </message>
    <message>
        <source>exposed</source>
        <translation>exposé</translation>
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
        <translation>inconnu</translation>
    </message>
    <message>
        <source>blocked by an admin rule</source>
        <translation>bloqué par une règle d&apos;administration</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Subscription / resource group</source>
        <translation>Abonnement / groupe de ressources</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>Décidé par : %1</translation>
    </message>
</context>
<context>
    <name>nsg::ui::WorkloadsWindow</name>
    <message>
        <source>Workloads — what the Internet reaches</source>
        <translation>Charges de travail — ce qu&apos;Internet atteint</translation>
    </message>
    <message>
        <source>Filter the workloads</source>
        <translation>Filtrer les charges de travail</translation>
    </message>
    <message>
        <source>Filter: name, NSG, or an IP/CIDR (private or public)</source>
        <translation>Filtre : nom, NSG, ou une IP/CIDR (privée ou publique)</translation>
    </message>
    <message>
        <source>Network interfaces and what reaches them</source>
        <translation>Interfaces réseau et ce qui les atteint</translation>
    </message>
    <message>
        <source>Public entry point whose path is drawn</source>
        <translation>Point d&apos;entrée public dont le chemin est dessiné</translation>
    </message>
    <message>
        <source>Select a network interface to see its paths from the Internet.</source>
        <translation>Sélectionnez une interface réseau pour voir ses chemins depuis Internet.</translation>
    </message>
    <message>
        <source>The paths from the Internet were not followed: turn on View → Include network interfaces and refresh, or open an export that holds the network.</source>
        <translation>Les chemins depuis Internet n&apos;ont pas été suivis : activez Affichage → Inclure les interfaces réseau et actualisez, ou ouvrez un export qui contient le réseau.</translation>
    </message>
    <message>
        <source>Network interfaces: %1; reached from the Internet: %2; exposed endpoints: %3.</source>
        <translation>Interfaces réseau : %1 ; atteintes depuis Internet : %2 ; points de terminaison exposés : %3.</translation>
    </message>
    <message>
        <source>No public entry point reaches %1: %2</source>
        <translation>Aucun point d&apos;entrée public n&apos;atteint %1 : %2</translation>
    </message>
    <message>
        <source>Shown (filtered): %1.</source>
        <translation>Affichées (filtrées) : %1.</translation>
    </message>
    <message>
        <source>Exposed or undecided only</source>
        <translation>Exposées ou non décidées seulement</translation>
    </message>
</context>
<context>
    <name>nsg::workspace::AttributionRun</name>
    <message>
        <source>Not signed in: Azure&apos;s change history was not read.</source>
        <translation>Non connecté : l’historique des modifications d’Azure n’a pas été lu.</translation>
    </message>
</context>
<context>
    <name>nsg::workspace::AuditHistory</name>
    <message>
        <source>The snapshot was saved, but older ones could not be pruned: %1</source>
        <translation>L’instantané a été enregistré, mais les plus anciens n’ont pas pu être élagués : %1</translation>
    </message>
    <message>
        <source>From the change records the audit history kept; Azure&apos;s change history was not read again.</source>
        <translation>D’après les entrées de modification conservées par l’historique d’audit ; l’historique des modifications d’Azure n’a pas été relu.</translation>
    </message>
</context>
<context>
    <name>nsg::workspace::Connection</name>
    <message>
        <source>the demo sandbox did not start: %1</source>
        <translation>le bac à sable de démo n’a pas démarré : %1</translation>
    </message>
    <message>
        <source>unknown cloud &apos;%1&apos; (known: %2)</source>
        <translation>cloud inconnu « %1 » (connus : %2)</translation>
    </message>
    <message>
        <source>--request-timeout must be a number of seconds from 1 to 3600</source>
        <translation>--request-timeout doit être un nombre de secondes de 1 à 3600</translation>
    </message>
    <message>
        <source>%1 cannot answer a multi-factor challenge: the change needs a person signed in with a device code</source>
        <translation>%1 ne peut pas répondre à une demande multifacteur : la modification demande une personne connectée avec un code d’appareil</translation>
    </message>
</context>
<context>
    <name>nsg::workspace::EditSession</name>
    <message>
        <source>Another change is still being applied.</source>
        <translation>Une autre modification est encore en cours d’application.</translation>
    </message>
    <message>
        <source>Sign in before changing rules.</source>
        <translation>Connectez-vous avant de modifier des règles.</translation>
    </message>
    <message>
        <source>A change left pending by an earlier run was reconciled: %1</source>
        <translation>Une modification laissée en attente par une exécution précédente a été rapprochée : %1</translation>
    </message>
</context>
<context>
    <name>nsg::workspace::Workspace</name>
    <message>
        <source>Change journal %1: %2</source>
        <translation>Journal des modifications %1 : %2</translation>
    </message>
    <message>
        <source>its tags (the NSG could not be read: %1)</source>
        <translation>ses balises (le NSG est illisible : %1)</translation>
    </message>
</context>
</TS>
