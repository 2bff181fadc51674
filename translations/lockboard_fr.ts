<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityText</name>
    <message>
        <source>no TTL: it stays forever if its holder dies</source>
        <translation>sans TTL : il reste pour toujours si son détenteur meurt</translation>
    </message>
    <message>
        <source>held longer than 99% of its past holds</source>
        <translation>tenu plus longtemps que 99 % de ses détentions passées</translation>
    </message>
    <message>
        <source>TTL far longer than its holds: a dead holder blocks it long</source>
        <translation>TTL bien plus long que ses détentions : un détenteur mort le bloque longtemps</translation>
    </message>
</context>
<context>
    <name>ClusterEvents</name>
    <message>
        <source>Server down: %1</source>
        <translation>Serveur en panne : %1</translation>
    </message>
    <message>
        <source>Server answers again</source>
        <translation>Le serveur répond de nouveau</translation>
    </message>
    <message>
        <source>Server restarted (pid %1, up %2 s): every lock it held is gone</source>
        <translation>Serveur redémarré (pid %1, depuis %2 s) : tous ses verrous sont perdus</translation>
    </message>
    <message>
        <source>Could not list its keys: %1</source>
        <translation>Impossible de lister ses clés : %1</translation>
    </message>
    <message>
        <source>Split lock: &quot;%1&quot; is held on more than one server (home %2)</source>
        <translation>Verrou scindé : « %1 » est tenu sur plusieurs serveurs (serveur d’origine %2)</translation>
    </message>
    <message>
        <source>Misplaced lock: &quot;%1&quot; is on %2, its home is %3</source>
        <translation>Verrou mal placé : « %1 » est sur %2, son serveur d’origine est %3</translation>
    </message>
    <message>
        <source>Lock &quot;%1&quot; never expires: if its holder dies it stays until released</source>
        <translation>Le verrou « %1 » n’expire jamais : si son détenteur meurt, il reste jusqu’à sa libération</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
</context>
<context>
    <name>LockState</name>
    <message>
        <source>misplaced (home %1)</source>
        <translation>mal placé (origine %1)</translation>
    </message>
    <message>
        <source>split</source>
        <translation>scindé</translation>
    </message>
    <message>
        <source>no TTL</source>
        <translation>sans TTL</translation>
    </message>
    <message>
        <source>server restarted</source>
        <translation>serveur redémarré</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
</context>
<context>
    <name>lockboard::ActivityCharts</name>
    <message>
        <source>Attempts per %1 s</source>
        <translation>Tentatives par %1 s</translation>
    </message>
    <message>
        <source>acquired</source>
        <translation>obtenus</translation>
    </message>
    <message>
        <source>contended</source>
        <translation>disputés</translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation>il y a (minutes)</translation>
    </message>
    <message>
        <source>Hold times of released locks</source>
        <translation>Durées de détention des verrous libérés</translation>
    </message>
    <message>
        <source>Attempts over time</source>
        <translation>Tentatives dans le temps</translation>
    </message>
    <message>
        <source>Hold-time histogram</source>
        <translation>Histogramme des durées de détention</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>détentions</translation>
    </message>
    <message>
        <source>seconds held</source>
        <translation>secondes de détention</translation>
    </message>
</context>
<context>
    <name>lockboard::ActivityMonitor</name>
    <message>
        <source>the server closed the stream</source>
        <translation>le serveur a fermé le flux</translation>
    </message>
    <message>
        <source>%1 does not stream its activity (&quot;watch mutations connevents&quot; answered &quot;%2&quot;; memcached 1.6 or later can): no activity for this server</source>
        <translation>%1 ne diffuse pas son activité (« watch mutations connevents » a répondu « %2 » ; memcached 1.6 ou plus le peut) : pas d’activité pour ce serveur</translation>
    </message>
    <message>
        <source>unreadable stream line &quot;%1&quot;</source>
        <translation>ligne de flux illisible « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>the server dropped %n event(s) it could not send in time: figures are incomplete</source>
        <translation>
            <numerusform>le serveur a abandonné %n événement qu’il n’a pu envoyer à temps : chiffres incomplets</numerusform>
            <numerusform>le serveur a abandonné %n événements qu’il n’a pu envoyer à temps : chiffres incomplets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refuses watching (&quot;%2&quot;: memcached -W): no activity for this server, and locks taken there are seen only at its next keyspace walk</source>
        <translation>%1 refuse l&apos;observation (&quot;%2&quot; : memcached -W) : pas d&apos;activité pour ce serveur, et les verrous pris là n&apos;apparaissent qu&apos;au prochain parcours de son espace de clés</translation>
    </message>
    <message>
        <source>%1: activity stream stopped: it cost %2 KB/s (%3 lines/s), above the limit of %4 KB/s (the whole cache&apos;s stores stream, not only the locks&apos;; change the limit in the profile). Locks taken there are seen at its next keyspace walk or refresh by name</source>
        <translation>%1 : flux d&apos;activité arrêté : il coûtait %2 Ko/s (%3 lignes/s), au-dessus de la limite de %4 Ko/s (toutes les écritures du cache y passent, pas seulement celles des verrous ; la limite se change dans le profil). Les verrous pris là apparaissent au prochain parcours de l&apos;espace de clés ou à la lecture par nom</translation>
    </message>
    <message>
        <source>%1: no answer to &quot;watch&quot; yet; waiting for the activity stream</source>
        <translation>%1 : pas encore de réponse à &quot;watch&quot; ; en attente du flux d’activité</translation>
    </message>
    <message>
        <source>no answer to &quot;watch&quot; within %1 ms</source>
        <translation>pas de réponse à &quot;watch&quot; en %1 ms</translation>
    </message>
    <message>
        <source>%1: activity stream lost: %2; reconnecting</source>
        <translation>%1 : flux d’activité perdu : %2 ; reconnexion</translation>
    </message>
</context>
<context>
    <name>lockboard::ActivityPane</name>
    <message>
        <source>Lock activity</source>
        <translation>Activité du verrou</translation>
    </message>
    <message>
        <source>Select a lock to see its activity since this window opened.</source>
        <translation>Sélectionnez un verrou pour voir son activité depuis l’ouverture de cette fenêtre.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no acquisitions or attempts seen since watching started.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : aucune acquisition ni tentative vue depuis le début de la surveillance.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 acquired and %3 contended per minute (contention %4); since watching: %5 acquisitions, %6 contended, %7 released, &lt;b&gt;%8 expired&lt;/b&gt; instead of being released. Hold times: p50 %9 s, p99 %10 s (%11 holds).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2 obtenus et %3 disputés par minute (contention %4) ; depuis le début : %5 acquisitions, %6 disputées, %7 libérées, &lt;b&gt;%8 expirées&lt;/b&gt; au lieu d’être libérées. Durées de détention : p50 %9 s, p99 %10 s (%11 détentions).</translation>
    </message>
    <message>
        <source>Held now, for %1, by %2.</source>
        <translation>Tenu maintenant, depuis %1, par %2.</translation>
    </message>
    <message>
        <source>a time unknown</source>
        <translation>une durée inconnue</translation>
    </message>
    <message>
        <source>a client whose address is unknown</source>
        <translation>un client d’adresse inconnue</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hints:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Indices :&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>lockboard::ClusterInspector</name>
    <message>
        <source>%1 is in names mode (the profile says so): only locks whose names are known are seen there; a lock with an unknown name cannot be seen</source>
        <translation>%1 est en mode noms (le profil le demande) : seuls les verrous dont le nom est connu y sont visibles ; un verrou au nom inconnu reste invisible</translation>
    </message>
    <message>
        <source>%1 refuses key walks (memcached -X: &quot;ERROR metadump not allowed&quot;), so it is in names mode: only locks whose names are known (--lock-names, the profile, or seen on any server) are seen there; a lock with an unknown name cannot be seen</source>
        <translation>%1 refuse le parcours des clés (memcached -X : « ERROR metadump not allowed »), il est donc en mode noms : seuls les verrous dont le nom est connu (--lock-names, le profil, ou vus sur un autre serveur) y sont visibles ; un verrou au nom inconnu reste invisible</translation>
    </message>
</context>
<context>
    <name>lockboard::DemoCluster</name>
    <message>
        <source>memcached is not installed, so there is no demo cluster to start. Install it (on Debian: sudo apt-get install memcached) and try again.</source>
        <translation>memcached n’est pas installé : impossible de démarrer le cluster de démonstration. Installez-le (sous Debian : sudo apt-get install memcached) puis réessayez.</translation>
    </message>
    <message>
        <source>Could not find %1 free ports on 127.0.0.1 for the demo servers.</source>
        <translation>Impossible de trouver %1 ports libres sur 127.0.0.1 pour les serveurs de démonstration.</translation>
    </message>
    <message>
        <source>The demo server on port %1 could not run: %2</source>
        <translation>Le serveur de démonstration du port %1 n’a pas pu démarrer : %2</translation>
    </message>
    <message>
        <source>The demo server on port %1 exited: %2</source>
        <translation>Le serveur de démonstration du port %1 s’est arrêté : %2</translation>
    </message>
</context>
<context>
    <name>lockboard::DemoWorkload</name>
    <message>
        <source>The demo server %1 did not start: %2</source>
        <translation>Le serveur de démonstration %1 n’a pas démarré : %2</translation>
    </message>
    <message>
        <source>Could not seed the demo cluster: %1</source>
        <translation>Impossible de remplir le cluster de démonstration : %1</translation>
    </message>
    <message>
        <source>The demo&apos;s split lock has nowhere to go: it needs two servers</source>
        <translation>Le verrou scindé de la démonstration a besoin de deux serveurs</translation>
    </message>
</context>
<context>
    <name>lockboard::EventsModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrou</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
</context>
<context>
    <name>lockboard::LocksModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Lockboard token</source>
        <translation>jeton Lockboard</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrou</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Détenteur</translation>
    </message>
    <message>
        <source>Fencing token</source>
        <translation>Jeton de fencing</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>CAS</source>
        <translation>CAS</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Indices</translation>
    </message>
</context>
<context>
    <name>lockboard::LocksView</name>
    <message>
        <source>&amp;Force release…</source>
        <translation>&amp;Forcer la libération…</translation>
    </message>
    <message>
        <source>Filter locks by name, server, owner, value…</source>
        <translation>Filtrer les verrous par nom, serveur, détenteur, valeur…</translation>
    </message>
    <message>
        <source>Filter locks</source>
        <translation>Filtrer les verrous</translation>
    </message>
    <message>
        <source>Held locks</source>
        <translation>Verrous tenus</translation>
    </message>
    <message>
        <source>Delete the selected copy of the lock, guarded by its CAS (Del)</source>
        <translation>Supprimer la copie choisie du verrou, protégée par son CAS (Suppr)</translation>
    </message>
    <message>
        <source>The profile is read-only: nothing can be released</source>
        <translation>Le profil est en lecture seule : rien ne peut être libéré</translation>
    </message>
</context>
<context>
    <name>lockboard::MainWindow</name>
    <message>
        <source>Events, newest first</source>
        <translation>Événements, les plus récents d’abord</translation>
    </message>
    <message>
        <source>&amp;Locks</source>
        <translation>&amp;Verrous</translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation>&amp;Serveurs</translation>
    </message>
    <message>
        <source>&amp;Placement</source>
        <translation>&amp;Placement</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>É&amp;vénements</translation>
    </message>
    <message>
        <source>Lockboard</source>
        <translation>Lockboard</translation>
    </message>
    <message>
        <source>No cluster: choose a profile (Ctrl+P), or start with --servers, --profile or --demo</source>
        <translation>Aucun cluster : choisissez un profil (Ctrl+P) ou démarrez avec --servers, --profile ou --demo</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profils…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Filter locks</source>
        <translation>&amp;Filtrer les verrous</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>V&amp;errou</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <source>Lockboard — %1 (read-only)</source>
        <translation>Lockboard — %1 (lecture seule)</translation>
    </message>
    <message>
        <source>Lockboard — %1</source>
        <translation>Lockboard — %1</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n server(s), profile &quot;%1&quot;</source>
        <translation>
            <numerusform>Surveillance de %n serveur, profil « %1 »</numerusform>
            <numerusform>Surveillance de %n serveurs, profil « %1 »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n server(s)…</source>
        <translation>
            <numerusform>Lecture de %n serveur…</numerusform>
            <numerusform>Lecture de %n serveurs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n serveur</numerusform>
            <numerusform>%n serveurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DOWN</source>
        <translation>
            <numerusform>%n EN PANNE</numerusform>
            <numerusform>%n EN PANNE</numerusform>
        </translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>mis à jour à %1</translation>
    </message>
    <message>
        <source>Releasing &quot;%1&quot; on %2…</source>
        <translation>Libération de « %1 » sur %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s)</source>
        <translation>
            <numerusform>%n verrou</numerusform>
            <numerusform>%n verrous</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan &amp;keyspace now</source>
        <translation>Parcourir l&apos;espace de &amp;clés maintenant</translation>
    </message>
    <message>
        <source>Walk the keyspace of the servers selected in the Servers tab (all when none is selected) now, to find every lock key: this costs each server a pass over all its keys</source>
        <translation>Parcourir maintenant l&apos;espace de clés des serveurs choisis dans l&apos;onglet Serveurs (tous si aucun n&apos;est choisi), pour trouver chaque clé de verrou : cela coûte à chaque serveur un passage sur toutes ses clés</translation>
    </message>
    <message>
        <source>Read every server now, walking its keyspace to find every lock (the refresh every 2 s reads the known locks only)</source>
        <translation>Lire maintenant chaque serveur en parcourant son espace de clés pour trouver chaque verrou (le rafraîchissement toutes les 2 s ne lit que les verrous connus)</translation>
    </message>
</context>
<context>
    <name>lockboard::PlacementView</name>
    <message>
        <source>Memcached key as is (no key function)</source>
        <translation>Clé memcached telle quelle (sans fonction de clé)</translation>
    </message>
    <message>
        <source>host:port[:weight], [v6addr]:port, unix:/path, ...</source>
        <translation>hôte:port[:poids], [adrv6]:port, unix:/chemin, ...</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>cache key, for example __d_lock_nightly</source>
        <translation>clé de cache, par exemple __d_lock_nightly</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Client library</source>
        <translation>Bibliothèque cliente</translation>
    </message>
    <message>
        <source>Home server</source>
        <translation>Serveur d’origine</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>If the home is down</source>
        <translation>Si l’origine est en panne</translation>
    </message>
    <message>
        <source>Placement under each client library</source>
        <translation>Placement selon chaque bibliothèque cliente</translation>
    </message>
    <message>
        <source>&amp;Servers:</source>
        <translation>&amp;Serveurs :</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé :</translation>
    </message>
    <message>
        <source>Memcached key:</source>
        <translation>Clé memcached :</translation>
    </message>
    <message>
        <source>the locks held now</source>
        <translation>les verrous tenus maintenant</translation>
    </message>
    <message>
        <source>a sample of %1 lock keys</source>
        <translation>un échantillon de %1 clés de verrou</translation>
    </message>
    <message>
        <source>Keys to place</source>
        <translation>Clés à placer</translation>
    </message>
    <message>
        <source>Server that fails</source>
        <translation>Serveur en panne</translation>
    </message>
    <message>
        <source>K&amp;eys:</source>
        <translation>Cl&amp;és :</translation>
    </message>
    <message>
        <source>If this server &amp;fails:</source>
        <translation>Si ce serveur &amp;tombe :</translation>
    </message>
    <message>
        <source>Where keys live</source>
        <translation>Où vivent les clés</translation>
    </message>
    <message numerus="yes">
        <source>the %n lock key(s) held now</source>
        <translation>
            <numerusform>la %n clé de verrou tenue maintenant</numerusform>
            <numerusform>les %n clés de verrou tenues maintenant</numerusform>
        </translation>
    </message>
    <message>
        <source>no server</source>
        <translation>aucun serveur</translation>
    </message>
    <message numerus="yes">
        <source>Spread of %n key(s) under %1, the application&apos;s client library. Choose a server that fails to see what moves.</source>
        <translation>
            <numerusform>Répartition de %n clé selon %1, la bibliothèque cliente de l’application. Choisissez un serveur en panne pour voir ce qui bouge.</numerusform>
            <numerusform>Répartition de %n clés selon %1, la bibliothèque cliente de l’application. Choisissez un serveur en panne pour voir ce qui bouge.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 vers %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 keys live on %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2 clés sur %3 vivent sur %4.</translation>
    </message>
    <message>
        <source>%1 move (%2): a lock among them can be held twice.</source>
        <translation>%1 se déplacent (%2) : un verrou parmi elles peut être tenu deux fois.</translation>
    </message>
    <message>
        <source>%1 fail until it is back (they never move).</source>
        <translation>%1 échouent jusqu’à son retour (elles ne bougent jamais).</translation>
    </message>
    <message>
        <source>%1 down (%2)</source>
        <translation>%1 en panne (%2)</translation>
    </message>
    <message>
        <source>fails (the key never moves)</source>
        <translation>échoue (la clé ne bouge jamais)</translation>
    </message>
    <message>
        <source>moves to %1 (two holders possible)</source>
        <translation>va sur %1 (deux détenteurs possibles)</translation>
    </message>
</context>
<context>
    <name>lockboard::ProfileDialog</name>
    <message>
        <source>&amp;Read-only: never write or release anything</source>
        <translation>&amp;Lecture seule : ne jamais écrire ni libérer</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Profils enregistrés</translation>
    </message>
    <message>
        <source>Profiles saved here are shared with lockboardctl --profile</source>
        <translation>Les profils enregistrés ici servent aussi à lockboardctl --profile</translation>
    </message>
    <message>
        <source>host:port[:weight], [v6addr]:port, unix:/path, ...</source>
        <translation>hôte:port[:poids], [adrv6]:port, unix:/chemin, ...</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Servers:</source>
        <translation>&amp;Serveurs :</translation>
    </message>
    <message>
        <source>&amp;Client library:</source>
        <translation>&amp;Bibliothèque cliente :</translation>
    </message>
    <message>
        <source>&amp;Key prefix (KEY_PREFIX):</source>
        <translation>Préfi&amp;xe de clé (KEY_PREFIX) :</translation>
    </message>
    <message>
        <source>&amp;Version (VERSION):</source>
        <translation>&amp;Version (VERSION) :</translation>
    </message>
    <message>
        <source>&amp;Lock prefix:</source>
        <translation>Préfixe de &amp;verrou :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnecter</translation>
    </message>
    <message>
        <source>Saved &amp;profiles:</source>
        <translation>&amp;Profils enregistrés :</translation>
    </message>
    <message>
        <source>Find locks by name only (no key &amp;walks)</source>
        <translation>Chercher les verrous par nom seulement (pas de parcours des clés, &amp;w)</translation>
    </message>
    <message>
        <source>nightly-report, invoice-sync, ...</source>
        <translation>nightly-report, invoice-sync, ...</translation>
    </message>
    <message>
        <source>Lock names looked up by name on servers that refuse key walks (memcached -X) or in names-only mode, so that their split and misplaced copies are still found</source>
        <translation>Noms de verrous cherchés par nom sur les serveurs qui refusent le parcours des clés (memcached -X) ou en mode par noms, pour que leurs copies scindées ou mal placées soient trouvées quand même</translation>
    </message>
    <message>
        <source>For servers where walking every key is not allowed or too costly: only the names above, and those seen on other servers, are looked for</source>
        <translation>Pour les serveurs où parcourir toutes les clés est interdit ou trop coûteux : seuls les noms ci-dessus, et ceux vus sur d&apos;autres serveurs, sont cherchés</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> Kio/s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>The activity stream carries every store of the whole cache: above this it is stopped, and the Servers tab says so</source>
        <translation>Le flux d&apos;activité porte chaque écriture de tout le cache : au-delà, il est arrêté, et l&apos;onglet Serveurs le dit</translation>
    </message>
    <message>
        <source>Lock na&amp;mes:</source>
        <translation>Noms de verrous (&amp;m) :</translation>
    </message>
    <message>
        <source>S&amp;tream limit:</source>
        <translation>Limite du flux (&amp;t) :</translation>
    </message>
    <message>
        <source>Lock names: %1</source>
        <translation>Noms de verrous : %1</translation>
    </message>
</context>
<context>
    <name>lockboard::ReleaseDialog</name>
    <message>
        <source>Force release lock &quot;%1&quot;?</source>
        <translation>Forcer la libération du verrou « %1 » ?</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Home:</source>
        <translation>Origine :</translation>
    </message>
    <message>
        <source>%1 (this copy is misplaced)</source>
        <translation>%1 (cette copie est mal placée)</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Détenteur :</translation>
    </message>
    <message>
        <source>not recorded in the value (%1)</source>
        <translation>non indiqué dans la valeur (%1)</translation>
    </message>
    <message>
        <source>TTL:</source>
        <translation>TTL :</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>n’expire jamais</translation>
    </message>
    <message>
        <source>CAS:</source>
        <translation>CAS :</translation>
    </message>
    <message>
        <source>The holder may still be working. It is deleted only if it is still this acquisition (CAS %1); a lock taken again since is left alone. The release is written to the audit log.</source>
        <translation>Le détenteur travaille peut-être encore. La suppression n’a lieu que s’il s’agit toujours de cette acquisition (CAS %1) ; un verrou repris entre-temps n’est pas touché. La libération est inscrite au journal d’audit.</translation>
    </message>
    <message>
        <source>&amp;Force release</source>
        <translation>&amp;Forcer la libération</translation>
    </message>
</context>
<context>
    <name>lockboard::ServerCharts</name>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Operations per second</source>
        <translation>Opérations par seconde</translation>
    </message>
    <message>
        <source>ops/s</source>
        <translation>op/s</translation>
    </message>
    <message>
        <source>Failed sets per second</source>
        <translation>Écritures échouées par seconde</translation>
    </message>
    <message>
        <source>sets/s</source>
        <translation>écritures/s</translation>
    </message>
    <message>
        <source>Charts show the first %1 of the %2 selected servers.</source>
        <translation>Les graphiques montrent les %1 premiers des %2 serveurs choisis.</translation>
    </message>
    <message>
        <source>Charts show the selected servers; select rows above to choose.</source>
        <translation>Les graphiques montrent les serveurs choisis ; sélectionnez des lignes ci-dessus.</translation>
    </message>
</context>
<context>
    <name>lockboard::ServersModel</name>
    <message>
        <source>DOWN: %1</source>
        <translation>EN PANNE : %1</translation>
    </message>
    <message>
        <source>RESTARTED %1 ago</source>
        <translation>REDÉMARRÉ il y a %1</translation>
    </message>
    <message>
        <source>up, keys not listed: %1</source>
        <translation>actif, clés non listées : %1</translation>
    </message>
    <message>
        <source>up</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 (off: -M)</source>
        <translation>%1 (désactivées : -M)</translation>
    </message>
    <message>
        <source>Refused stores (too large, out of memory) counted by the server, plus this program&apos;s own failed sets</source>
        <translation>Écritures refusées (trop grandes, mémoire pleine) comptées par le serveur, plus les écritures échouées de ce programme</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Ops/s</source>
        <translation>Op/s</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Evictions</source>
        <translation>Évictions</translation>
    </message>
    <message>
        <source>Failed sets</source>
        <translation>Écritures échouées</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>names mode</source>
        <translation>mode par noms</translation>
    </message>
    <message>
        <source>off</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>%1/s, %2 lines/s</source>
        <translation>%1/s, %2 lignes/s</translation>
    </message>
    <message>
        <source>Round trip of a stats request: from writing it to reading its last byte, timed on the inspector&apos;s own thread</source>
        <translation>Aller-retour d&apos;une requête stats : de son écriture à la lecture de son dernier octet, mesuré dans le thread propre de l&apos;inspecteur</translation>
    </message>
    <message>
        <source>What the activity stream (every store on this server) costs it</source>
        <translation>Ce que le flux d&apos;activité (chaque écriture sur ce serveur) lui coûte</translation>
    </message>
    <message>
        <source>Keyspace walk</source>
        <translation>Parcours des clés</translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>%1 ago, next in %2</source>
        <translation>il y a %1, prochain dans %2</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>A walk reads every key&apos;s metadata (%1 keys in %2 s last time); between walks, known locks are re-read by key and new ones come from the store stream. F5 walks every server now.</source>
        <translation>Un parcours lit les métadonnées de chaque clé (%1 clés en %2 s la dernière fois) ; entre deux parcours, les verrous connus sont relus par clé et les nouveaux viennent du flux des écritures. F5 parcourt maintenant chaque serveur.</translation>
    </message>
</context>
<context>
    <name>lockboard::ServersView</name>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
</context>
<context>
    <name>lockboard::SpreadChart</name>
    <message>
        <source>Keys per server</source>
        <translation>Clés par serveur</translation>
    </message>
    <message>
        <source>Keys per server chart</source>
        <translation>Graphique des clés par serveur</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Dashboard for memcached clusters used as a distributed lock.</source>
        <translation>Tableau de bord des clusters memcached servant de verrou distribué.</translation>
    </message>
    <message>
        <source>Open the saved profile &lt;name&gt;.</source>
        <translation>Ouvrir le profil enregistré &lt;name&gt;.</translation>
    </message>
    <message>
        <source>Servers, as for lockboardctl.</source>
        <translation>Serveurs, comme pour lockboardctl.</translation>
    </message>
    <message>
        <source>The application&apos;s client library.</source>
        <translation>La bibliothèque cliente de l’application.</translation>
    </message>
    <message>
        <source>Django&apos;s KEY_PREFIX.</source>
        <translation>Le KEY_PREFIX de Django.</translation>
    </message>
    <message>
        <source>Django&apos;s VERSION.</source>
        <translation>La VERSION de Django.</translation>
    </message>
    <message>
        <source>Never write or release anything.</source>
        <translation>Ne jamais écrire ni libérer.</translation>
    </message>
    <message>
        <source>Start three local memcached servers with a workload of lock holders, and show them. They are stopped on exit.</source>
        <translation>Démarrer trois serveurs memcached locaux avec une charge de détenteurs de verrous, et les afficher. Ils sont arrêtés à la sortie.</translation>
    </message>
    <message>
        <source>The language, for example de or fr (default: the system&apos;s).</source>
        <translation>La langue, par exemple de ou fr (par défaut : celle du système).</translation>
    </message>
</context>
</TS>
