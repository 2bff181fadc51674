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
    <message numerus="yes">
        <source>Watching %n server(s), profile &quot;%1&quot;</source>
        <translation>
            <numerusform>Surveillance de %n serveur, profil « %1 »</numerusform>
            <numerusform>Surveillance de %n serveurs, profil « %1 »</numerusform>
        </translation>
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
    <message>
        <source>hours held</source>
        <translation>heures de détention</translation>
    </message>
    <message>
        <source>minutes held</source>
        <translation>minutes de détention</translation>
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
    <message>
        <source>%1: activity stream paused: it cost %2 KB/s (%3 lines/s), above the limit of %4 KB/s (the whole cache&apos;s stores stream, not only the locks&apos;; the limit is the profile&apos;s). It resumes when the stores would cost under %5 KB/s; meanwhile no activity for this server, and new locks are found by walking their slab classes</source>
        <translation>%1 : flux d&apos;activité en pause : il coûtait %2 Ko/s (%3 lignes/s), au-dessus de la limite de %4 Ko/s (tous les enregistrements du cache y passent, pas seulement ceux des verrous ; la limite est celle du profil). Il reprend quand les enregistrements coûteraient moins de %5 Ko/s ; d&apos;ici là, pas d&apos;activité pour ce serveur, et les nouveaux verrous sont trouvés en parcourant leurs classes de slab</translation>
    </message>
    <message>
        <source>%1: activity stream resuming: the cache now takes %2 stores/s</source>
        <translation>%1 : le flux d&apos;activité reprend : le cache reçoit maintenant %2 enregistrements/s</translation>
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
    <message>
        <source>&lt;b&gt;Not counting now&lt;/b&gt; (figures as of when the stream stopped): %1</source>
        <translation>&lt;b&gt;Ne compte plus pour l&apos;instant&lt;/b&gt; (chiffres de l&apos;arrêt du flux) : %1</translation>
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
    <name>lockboard::DjangoImportDialog</name>
    <message>
        <source>&amp;Replace saved profiles of the same names</source>
        <translation>&amp;Remplacer les profils enregistrés de même nom</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import from Django project</source>
        <translation>Importer depuis un projet Django</translation>
    </message>
    <message>
        <source>The application&apos;s own interpreter, for example its virtualenv&apos;s bin/python: its Django, settings and client libraries are read</source>
        <translation>L’interpréteur de l’application elle-même, par exemple le bin/python de son virtualenv : Django, les réglages et les bibliothèques clientes sont lus avec lui</translation>
    </message>
    <message>
        <source>mysite.settings</source>
        <translation>mysite.settings</translation>
    </message>
    <message>
        <source>the folder manage.py is in</source>
        <translation>le dossier où se trouve manage.py</translation>
    </message>
    <message>
        <source>Put first on sys.path, and the folder the settings are read in</source>
        <translation>Placé en tête de sys.path, et dossier dans lequel les réglages sont lus</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Python interpreter</source>
        <translation>Interpréteur Python</translation>
    </message>
    <message>
        <source>Django project</source>
        <translation>Projet Django</translation>
    </message>
    <message>
        <source>&amp;Python:</source>
        <translation>&amp;Python :</translation>
    </message>
    <message>
        <source>&amp;Settings module:</source>
        <translation>&amp;Module de réglages :</translation>
    </message>
    <message>
        <source>Project &amp;folder:</source>
        <translation>&amp;Dossier du projet :</translation>
    </message>
    <message>
        <source>One profile per memcached cache of CACHES, named after it. The settings are read by the project&apos;s Python with this program&apos;s environment; no server is contacted.</source>
        <translation>Un profil par cache memcached de CACHES, nommé d’après lui. Les réglages sont lus par le Python du projet avec l’environnement de ce programme ; aucun serveur n’est contacté.</translation>
    </message>
    <message>
        <source>The project&apos;s Python did not finish within %1 s.</source>
        <translation>Le Python du projet n’a pas terminé en %1 s.</translation>
    </message>
    <message>
        <source>Give the settings module (DJANGO_SETTINGS_MODULE), for example mysite.settings.</source>
        <translation>Indiquez le module de réglages (DJANGO_SETTINGS_MODULE), par exemple mysite.settings.</translation>
    </message>
    <message>
        <source>Cannot run the project&apos;s Python %1: %2</source>
        <translation>Impossible d’exécuter le Python du projet %1 : %2</translation>
    </message>
    <message>
        <source>Reading CACHES of %1 with %2…</source>
        <translation>Lecture de CACHES de %1 avec %2…</translation>
    </message>
    <message>
        <source>every memcached cache</source>
        <translation>tous les caches memcached</translation>
    </message>
    <message>
        <source>Import only this alias of CACHES</source>
        <translation>N’importer que cet alias de CACHES</translation>
    </message>
    <message>
        <source>Cache &amp;alias:</source>
        <translation>&amp;Alias du cache :</translation>
    </message>
</context>
<context>
    <name>lockboard::DoctorView</name>
    <message>
        <source>&amp;Check now</source>
        <translation>Vé&amp;rifier maintenant</translation>
    </message>
    <message>
        <source>Judge the client&apos;s settings, the saved profiles and the cluster again: reads each server&apos;s slab statistics, and uses the latest refresh (no extra key walk)</source>
        <translation>Juger à nouveau les réglages du client, les profils enregistrés et le cluster : lit les statistiques de slabs de chaque serveur et utilise le dernier rafraîchissement (pas de parcours des clés supplémentaire)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>The fix</source>
        <translation>Correctif</translation>
    </message>
    <message>
        <source>Findings, most severe first</source>
        <translation>Constats, les plus graves d’abord</translation>
    </message>
    <message>
        <source>No cluster: choose a profile.</source>
        <translation>Aucun cluster : choisissez un profil.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>%1, checked at %2: %3</source>
        <translation>%1, vérifié à %2 : %3</translation>
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
    <message>
        <source>Recipe</source>
        <translation>Recette</translation>
    </message>
</context>
<context>
    <name>lockboard::LocksView</name>
    <message>
        <source>&amp;Force release…</source>
        <translation>&amp;Forcer la libération…</translation>
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
    <message>
        <source>Filter locks by name, recipe, server, owner, value…</source>
        <translation>Filtrer les verrous par nom, recette, serveur, détenteur, valeur…</translation>
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
    <message>
        <source>&amp;Doctor</source>
        <translation>&amp;Doctor</translation>
    </message>
    <message>
        <source>Waiting for the first refresh of %1…</source>
        <translation>En attente du premier rafraîchissement de %1…</translation>
    </message>
    <message>
        <source>Not compared by the doctor: %1</source>
        <translation>Non comparé par doctor : %1</translation>
    </message>
    <message>
        <source>TLS without verification: the servers&apos; certificates are NOT checked for this profile, so the servers are not authenticated and anyone on the path can read and change the traffic. Give the CA in the profile (Ctrl+P) and turn verification back on.</source>
        <translation>TLS sans vérification : les certificats des serveurs ne sont PAS vérifiés pour ce profil, les serveurs ne sont donc pas authentifiés et n’importe qui sur le trajet peut lire et modifier le trafic. Indiquez la CA dans le profil (Ctrl+P) et réactivez la vérification.</translation>
    </message>
    <message>
        <source>Looking up the password of %1…</source>
        <translation>Recherche du mot de passe de %1…</translation>
    </message>
    <message>
        <source>Waiting for the password of %1</source>
        <translation>En attente du mot de passe de %1</translation>
    </message>
    <message>
        <source>The password is in the system keyring</source>
        <translation>Le mot de passe est dans le trousseau du système</translation>
    </message>
    <message>
        <source>Not connected: no password for %1</source>
        <translation>Non connecté : aucun mot de passe pour %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>New locks can be listed late: %1</source>
        <translation>Les nouveaux verrous peuvent apparaître en retard : %1</translation>
    </message>
    <message numerus="yes">
        <source>new locks late on %n server(s)</source>
        <translation>
            <numerusform>nouveaux verrous en retard sur %n serveur</numerusform>
            <numerusform>nouveaux verrous en retard sur %n serveurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockboard::PasswordDialog</name>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <source>The servers of %1 ask for a password (memcached -Y). %2</source>
        <translation>Les serveurs de %1 demandent un mot de passe (memcached -Y). %2</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
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
    <message>
        <source>%1, with the profile&apos;s client options</source>
        <translation>%1, avec les options client du profil</translation>
    </message>
    <message>
        <source>%1 keys of the servers still up move as well: the ring is rebuilt without %2.</source>
        <translation>%1 clés des serveurs encore en marche se déplacent aussi : l’anneau est reconstruit sans %2.</translation>
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
    <message>
        <source>Import from &amp;Django project…</source>
        <translation>Importer depuis un projet &amp;Django…</translation>
    </message>
    <message>
        <source>Read the servers, client library, KEY_PREFIX and VERSION from the application&apos;s own settings</source>
        <translation>Lire les serveurs, la bibliothèque cliente, KEY_PREFIX et VERSION dans les réglages de l’application elle-même</translation>
    </message>
    <message>
        <source>Use &amp;TLS (memcached -Z)</source>
        <translation>&amp;Utiliser TLS (memcached -Z)</translation>
    </message>
    <message>
        <source>Do not verify the servers&apos; certificates (INSECURE)</source>
        <translation>Ne pas vérifier les certificats des serveurs (NON SÉCURISÉ)</translation>
    </message>
    <message>
        <source>the system&apos;s CA store</source>
        <translation>le magasin de CA du système</translation>
    </message>
    <message>
        <source>none; for servers that require one</source>
        <translation>aucun ; pour les serveurs qui en exigent un</translation>
    </message>
    <message>
        <source>each server&apos;s host</source>
        <translation>l’hôte de chaque serveur</translation>
    </message>
    <message>
        <source>The traffic is encrypted but the servers are not authenticated: anyone on the path can read and change it. The window says so in red while this profile is shown.</source>
        <translation>Le trafic est chiffré mais les serveurs ne sont pas authentifiés : n’importe qui sur le trajet peut le lire et le modifier. La fenêtre le signale en rouge tant que ce profil est affiché.</translation>
    </message>
    <message>
        <source>none; for servers started with -Y</source>
        <translation>aucun ; pour les serveurs démarrés avec -Y</translation>
    </message>
    <message>
        <source>none: the system keyring</source>
        <translation>aucun : le trousseau du système</translation>
    </message>
    <message>
        <source>A file only you can read (chmod 600) holding the password. Without one, the password comes from the system keyring, and is asked for (and can be remembered there) when connecting. It is never saved in the settings file.</source>
        <translation>Un fichier que vous seul pouvez lire (chmod 600) et qui contient le mot de passe. Sans lui, le mot de passe vient du trousseau du système, et il est demandé (et peut y être mémorisé) à la connexion. Il n’est jamais enregistré dans le fichier de réglages.</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>Certificats de CA (PEM)</translation>
    </message>
    <message>
        <source>Client certificate (PEM)</source>
        <translation>Certificat client (PEM)</translation>
    </message>
    <message>
        <source>Client key (PEM)</source>
        <translation>Clé client (PEM)</translation>
    </message>
    <message>
        <source>Password file</source>
        <translation>Fichier de mot de passe</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>Fichier C&amp;A :</translation>
    </message>
    <message>
        <source>Client ce&amp;rtificate:</source>
        <translation>Ce&amp;rtificat client :</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>&amp;Clé client :</translation>
    </message>
    <message>
        <source>Name to &amp;verify:</source>
        <translation>Nom à vér&amp;ifier :</translation>
    </message>
    <message>
        <source>A&amp;uth user:</source>
        <translation>Utilisateur d’aut&amp;hentification :</translation>
    </message>
    <message>
        <source>Pass&amp;word file:</source>
        <translation>&amp;Fichier de mot de passe :</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS : %1</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Lock recipes</source>
        <translation>Recettes de verrous</translation>
    </message>
    <message>
        <source>How the applications name their locks, and which client library writes them (lockboardctl --recipe)</source>
        <translation>Comment les applications nomment leurs verrous, et quelle bibliothèque cliente les écrit (lockboardctl --recipe)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Gérer…</translation>
    </message>
    <message>
        <source>Add, change and preview lock recipes</source>
        <translation>Ajouter, modifier et prévisualiser les recettes de verrous</translation>
    </message>
    <message>
        <source>Lock rec&amp;ipes:</source>
        <translation>Recettes de verrous (&amp;j) :</translation>
    </message>
    <message>
        <source>Correct the form first: %1</source>
        <translation>Corrigez d’abord le formulaire : %1</translation>
    </message>
    <message>
        <source>none: %1 has no option that moves keys</source>
        <translation>aucune : %1 n&apos;a pas d&apos;option qui déplace les clés</translation>
    </message>
    <message>
        <source>Client options: %1</source>
        <translation>Options du client : %1</translation>
    </message>
    <message>
        <source>Client opt&amp;ions:</source>
        <translation>Options de la bibliothè&amp;que :</translation>
    </message>
    <message>
        <source>The client library&apos;s options that change where a key goes while its server is down, and what the doctor says, as NAME=VALUE separated by commas (lockboardctl --client-option). Options imported from Django that Lockboard does not read stay with the profile while its name and library stay the same.</source>
        <translation>Les options de la bibliothèque cliente qui décident où va une clé tant que son serveur est en panne, et ce que dit doctor, en NOM=VALEUR séparés par des virgules (lockboardctl --client-option). Les options importées de Django que Lockboard ne lit pas restent avec le profil tant que son nom et sa bibliothèque ne changent pas.</translation>
    </message>
</context>
<context>
    <name>lockboard::RecipeDialog</name>
    <message>
        <source>&amp;Search the servers</source>
        <translation>&amp;Chercher sur les serveurs</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrêt&amp;er</translation>
    </message>
    <message>
        <source>Lock recipes of %1</source>
        <translation>Recettes de verrous de %1</translation>
    </message>
    <message>
        <source>this profile</source>
        <translation>ce profil</translation>
    </message>
    <message>
        <source>Lock recipes</source>
        <translation>Recettes de verrous</translation>
    </message>
    <message>
        <source>django: cache.add of the lock prefix + name, through Django&apos;s key function
celery: Celery&apos;s task lock &quot;&lt;task&gt;-lock-&lt;md5&gt;&quot; through Django&apos;s cache
laravel: Cache::lock on Laravel&apos;s memcached store
custom: a key pattern you type</source>
        <translation>django : cache.add du préfixe de verrou + nom, via la fonction de clé de Django
celery : le verrou de tâche de Celery « &lt;task&gt;-lock-&lt;md5&gt; » via le cache de Django
laravel : Cache::lock sur le store memcached de Laravel
custom : un motif de clé que vous saisissez</translation>
    </message>
    <message>
        <source>the profile&apos;s (%1)</source>
        <translation>celle du profil (%1)</translation>
    </message>
    <message>
        <source>The client library that writes this recipe&apos;s keys: it decides which server each key belongs on</source>
        <translation>La bibliothèque cliente qui écrit les clés de cette recette : elle décide du serveur de chaque clé</translation>
    </message>
    <message>
        <source>The keys as the application writes them, {name} where the lock&apos;s name goes, {version} where a Django version number goes</source>
        <translation>Les clés telles que l’application les écrit : {name} à la place du nom du verrou, {version} à la place d’un numéro de version Django</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
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
        <source>Owner</source>
        <translation>Détenteur</translation>
    </message>
    <message>
        <source>Keys the recipe recognises</source>
        <translation>Clés que la recette reconnaît</translation>
    </message>
    <message>
        <source>Walk each server&apos;s keyspace once for these recipes&apos; keys (what the dashboard&apos;s first refresh does): keys that no recipe knew yet are found this way</source>
        <translation>Parcourir une fois l’espace de clés de chaque serveur pour les clés de ces recettes (comme la première actualisation du tableau de bord) : on trouve ainsi les clés qu’aucune recette ne connaissait</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Written by:</source>
        <translation>Écrit &amp;par :</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Recette</translation>
    </message>
    <message>
        <source>Held keys it recognises</source>
        <translation>Clés détenues qu’elle reconnaît</translation>
    </message>
    <message>
        <source>Search stopped.</source>
        <translation>Recherche arrêtée.</translation>
    </message>
    <message>
        <source>A profile needs at least one recipe.</source>
        <translation>Un profil a besoin d’au moins une recette.</translation>
    </message>
    <message>
        <source>Keys: the profile&apos;s key function applied to &quot;%1&lt;name&gt;&quot;.</source>
        <translation>Clés : la fonction de clé du profil appliquée à « %1&lt;name&gt; ».</translation>
    </message>
    <message>
        <source>Keys: &quot;&lt;task name&gt;-lock-&lt;md5 hex&gt;&quot; through the profile&apos;s key function; the value is the Celery app&apos;s oid.</source>
        <translation>Clés : « &lt;task name&gt;-lock-&lt;md5 hex&gt; » via la fonction de clé du profil ; la valeur est l’oid de l’application Celery.</translation>
    </message>
    <message>
        <source>Keys: the store&apos;s prefix, then the lock&apos;s name; the value is a random owner, which Laravel compares before releasing.</source>
        <translation>Clés : le préfixe du store, puis le nom du verrou ; la valeur est un détenteur aléatoire, que Laravel compare avant de libérer.</translation>
    </message>
    <message>
        <source>{name} marks the lock&apos;s name; every other character must match.</source>
        <translation>{name} marque le nom du verrou ; tout autre caractère doit correspondre.</translation>
    </message>
    <message>
        <source>The recipe is not valid: nothing to preview.</source>
        <translation>La recette n’est pas valide : rien à prévisualiser.</translation>
    </message>
    <message>
        <source>No keys read yet: search the servers to see which keys this recipe recognises.</source>
        <translation>Aucune clé lue pour l’instant : cherchez sur les serveurs pour voir quelles clés cette recette reconnaît.</translation>
    </message>
    <message numerus="yes">
        <source>%n held key(s) recognised by %1, among the %2 copies read (the dashboard&apos;s locks and the last search).</source>
        <translation>
            <numerusform>%n clé détenue reconnue par %1, parmi les %2 copies lues (les verrous du tableau de bord et la dernière recherche).</numerusform>
            <numerusform>%n clés détenues reconnues par %1, parmi les %2 copies lues (les verrous du tableau de bord et la dernière recherche).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Walking the keyspace of %n server(s)…</source>
        <translation>
            <numerusform>Parcours de l’espace de clés de %n serveur…</numerusform>
            <numerusform>Parcours de l’espace de clés de %n serveurs…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Found %n lock copy(ies) of these recipes; servers walked: %1 of %2.</source>
        <translation>
            <numerusform>%n copie de verrou de ces recettes trouvée ; serveurs parcourus : %1 sur %2.</numerusform>
            <numerusform>%n copies de verrous de ces recettes trouvées ; serveurs parcourus : %1 sur %2.</numerusform>
        </translation>
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
    <message>
        <source>Take it from its holder anyway: a %1 lock&apos;s holder compares its owner before releasing, so it will go on as if it still held it</source>
        <translation>Le retirer quand même à son détenteur : le détenteur d&apos;un verrou %1 compare son propriétaire avant de libérer, il continuera donc comme s&apos;il le détenait encore</translation>
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
    <message>
        <source>Plain text: anyone on the path can read the traffic</source>
        <translation>En clair : n’importe qui sur le trajet peut lire le trafic</translation>
    </message>
    <message>
        <source>TLS; the server&apos;s certificate was verified</source>
        <translation>TLS ; le certificat du serveur a été vérifié</translation>
    </message>
    <message>
        <source>TLS, but the server&apos;s certificate is NOT verified (the profile turns verification off): the server is not authenticated</source>
        <translation>TLS, mais le certificat du serveur n’est PAS vérifié (le profil désactive la vérification) : le serveur n’est pas authentifié</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>paused: over its limit</source>
        <translation>en pause : au-dessus de sa limite</translation>
    </message>
    <message>
        <source>How late a lock taken there now can be listed. By stream: the server reports every store, and lock stores are read at once. By class walk: the stream is off (over its cost limit, refused, or not up yet), so the slab classes locks live in are walked every few seconds, a crowded one less often (a lock being written during a walk is found by the next). Only at full walks: F5 walks every server now.</source>
        <translation>Avec quel retard un verrou pris là maintenant peut apparaître. Par flux : le serveur signale chaque enregistrement, et les verrous sont lus aussitôt. Par parcours de classes : le flux est coupé (au-dessus de sa limite de coût, refusé ou pas encore établi), donc les classes de slab où vivent les verrous sont parcourues toutes les quelques secondes, une classe encombrée moins souvent (un verrou écrit pendant un parcours est trouvé par le suivant). Seulement aux parcours complets : F5 parcourt tous les serveurs maintenant.</translation>
    </message>
    <message>
        <source>New locks</source>
        <translation>Nouveaux verrous</translation>
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
    <name>lockboard::client</name>
    <message>
        <source>the socket path is too long</source>
        <translation>le chemin du socket est trop long</translation>
    </message>
    <message>
        <source>timeout: no connection within %1 ms (connect timeout)</source>
        <translation>délai dépassé : pas de connexion en %1 ms (délai de connexion)</translation>
    </message>
    <message>
        <source>timeout: no answer within %1 ms (connect timeout %2 ms)</source>
        <translation>délai dépassé : pas de réponse en %1 ms (délai de connexion %2 ms)</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>protocol error: the reply is not memcached protocol (%1)</source>
        <translation>erreur de protocole : la réponse n’est pas du protocole memcached (%1)</translation>
    </message>
    <message>
        <source>timeout: could not send within %1 ms</source>
        <translation>délai dépassé : envoi impossible en %1 ms</translation>
    </message>
    <message>
        <source>protocol error: the value block does not end with \r\n</source>
        <translation>erreur de protocole : le bloc de valeur ne se termine pas par \r\n</translation>
    </message>
    <message>
        <source>protocol error: unexpected bytes after the reply (%1)</source>
        <translation>erreur de protocole : octets inattendus après la réponse (%1)</translation>
    </message>
    <message>
        <source>not stored: the key already exists</source>
        <translation>non stocké : la clé existe déjà</translation>
    </message>
    <message>
        <source>not stored: the key does not exist</source>
        <translation>non stocké : la clé n’existe pas</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>non stocké</translation>
    </message>
    <message>
        <source>not deleted: the item changed since its CAS was read</source>
        <translation>non supprimé : l’élément a changé depuis la lecture de son CAS</translation>
    </message>
    <message>
        <source>not stored: the item changed since its CAS was read</source>
        <translation>non stocké : l’élément a changé depuis la lecture de son CAS</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>too large: the server refuses items this big (its item size limit, memcached -I)</source>
        <translation>trop grand : le serveur refuse les éléments de cette taille (sa limite de taille d’élément, memcached -I)</translation>
    </message>
    <message>
        <source>out of memory: the server cannot make room for the item (eviction is off, memcached -M)</source>
        <translation>mémoire pleine : le serveur ne peut pas faire de place pour l’élément (éviction désactivée, memcached -M)</translation>
    </message>
    <message>
        <source>server error: %1</source>
        <translation>erreur du serveur : %1</translation>
    </message>
    <message>
        <source>the server refused the request: %1</source>
        <translation>le serveur a refusé la requête : %1</translation>
    </message>
    <message>
        <source>libmemcached refused the key %1</source>
        <translation>libmemcached a refusé la clé %1</translation>
    </message>
    <message>
        <source>protocol error: an unexpected MN reply</source>
        <translation>erreur de protocole : réponse MN inattendue</translation>
    </message>
    <message>
        <source>the server does not understand meta commands (memcached 1.6 or newer is needed)</source>
        <translation>le serveur ne comprend pas les commandes meta (il faut memcached 1.6 ou plus récent)</translation>
    </message>
</context>
<context>
    <name>lockboard::common</name>
    <message>
        <source>connection refused (is memcached running there?)</source>
        <translation>connexion refusée (memcached tourne-t-il là ?)</translation>
    </message>
    <message>
        <source>cannot resolve the host name (%1)</source>
        <translation>impossible de résoudre le nom d’hôte (%1)</translation>
    </message>
    <message>
        <source>connection failed: %1</source>
        <translation>échec de la connexion : %1</translation>
    </message>
</context>
<context>
    <name>lockboard::config</name>
    <message>
        <source>unknown client library %1 (known: %2)</source>
        <translation>bibliothèque cliente inconnue %1 (connues : %2)</translation>
    </message>
    <message>
        <source>the lock name is empty</source>
        <translation>le nom du verrou est vide</translation>
    </message>
    <message>
        <source>the key is empty</source>
        <translation>la clé est vide</translation>
    </message>
    <message>
        <source>key %1 is %2 bytes long; memcached allows at most %3</source>
        <translation>la clé %1 fait %2 octets ; memcached en accepte au plus %3</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>un espace</translation>
    </message>
    <message>
        <source>the control character 0x%1</source>
        <translation>le caractère de contrôle 0x%1</translation>
    </message>
    <message>
        <source>key %1 contains %2 at byte %3; memcached keys cannot contain whitespace or control characters</source>
        <translation>la clé %1 contient %2 à l’octet %3 ; une clé memcached ne peut contenir ni espace ni caractère de contrôle</translation>
    </message>
    <message>
        <source>cannot create %1 for the lock keys seen</source>
        <translation>impossible de créer %1 pour mémoriser les clés de verrou vues</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1: the key version %2 is not an integer</source>
        <translation>%1 : la version de clé %2 n’est pas un entier</translation>
    </message>
    <message>
        <source>bad profile name %1: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>nom de profil invalide %1 : utilisez de 1 à 64 lettres, chiffres, « . », « _ » ou « - »</translation>
    </message>
    <message>
        <source>the settings file %1 cannot be read: %2</source>
        <translation>le fichier de réglages %1 est illisible : %2</translation>
    </message>
    <message>
        <source>the settings file %1 is corrupt (not an INI text file); nothing was read from it or written to it: repair it or move it away</source>
        <translation>le fichier de réglages %1 est corrompu (ce n’est pas un fichier texte INI) ; rien n’y a été lu ni écrit : réparez-le ou déplacez-le</translation>
    </message>
    <message>
        <source>no saved profile %1 in %2</source>
        <translation>aucun profil enregistré %1 dans %2</translation>
    </message>
    <message>
        <source>profile %1 in %2</source>
        <translation>profil %1 dans %2</translation>
    </message>
    <message>
        <source>%1: streamLimitKiB: %2 is not a number of KiB per second</source>
        <translation>%1 : streamLimitKiB : %2 n’est pas un nombre de KiB par seconde</translation>
    </message>
    <message>
        <source>could not write profile %1 to %2</source>
        <translation>impossible d’écrire le profil %1 dans %2</translation>
    </message>
    <message>
        <source>could not remove profile %1 from %2</source>
        <translation>impossible de supprimer le profil %1 de %2</translation>
    </message>
    <message>
        <source>lock name %1: %2</source>
        <translation>nom de verrou %1 : %2</translation>
    </message>
    <message>
        <source>no servers: give --servers host:port,..., set LOCKBOARD_SERVERS, or save a profile</source>
        <translation>aucun serveur : indiquez --servers host:port,..., définissez LOCKBOARD_SERVERS ou enregistrez un profil</translation>
    </message>
    <message>
        <source>--stream-limit: %1 is not a number of KiB per second (0: no limit)</source>
        <translation>--stream-limit : %1 n’est pas un nombre de KiB par seconde (0 : sans limite)</translation>
    </message>
    <message>
        <source>--lock-names: cannot read %1: %2</source>
        <translation>--lock-names : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>bad server spec %1: %2</source>
        <translation>spécification de serveur invalide %1 : %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>elle est vide</translation>
    </message>
    <message>
        <source>it contains whitespace or a control character</source>
        <translation>elle contient un espace ou un caractère de contrôle</translation>
    </message>
    <message>
        <source>the weight %1 is out of range (1-%2)</source>
        <translation>le poids %1 est hors limites (1-%2)</translation>
    </message>
    <message>
        <source>a unix socket path must be absolute, as in unix:/run/memcached.sock</source>
        <translation>le chemin d’un socket unix doit être absolu, comme dans unix:/run/memcached.sock</translation>
    </message>
    <message>
        <source>the unix socket path is only &quot;/&quot;</source>
        <translation>le chemin du socket unix est juste « / »</translation>
    </message>
    <message>
        <source>write a unix socket as unix:%1</source>
        <translation>écrivez un socket unix sous la forme unix:%1</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing &apos;]&apos;</source>
        <translation>l’adresse IPv6 n’a pas de « ] » fermant</translation>
    </message>
    <message>
        <source>expected &apos;:port&apos; after &apos;]&apos;</source>
        <translation>« :port » attendu après « ] »</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address</source>
        <translation>%1 n’est pas une adresse IPv6</translation>
    </message>
    <message>
        <source>an IPv6 address must be in brackets, as in [::1]:11211</source>
        <translation>une adresse IPv6 doit être entre crochets, comme dans [::1]:11211</translation>
    </message>
    <message>
        <source>the host is empty</source>
        <translation>l’hôte est vide</translation>
    </message>
    <message>
        <source>the host %1 contains %2, which no host name or IPv4 address has</source>
        <translation>l’hôte %1 contient %2, ce qu’aucun nom d’hôte ni adresse IPv4 ne contient</translation>
    </message>
    <message>
        <source>expected host:port:weight at most</source>
        <translation>attendu : host:port:weight au plus</translation>
    </message>
    <message>
        <source>the port %1 is not a number</source>
        <translation>le port %1 n’est pas un nombre</translation>
    </message>
    <message>
        <source>the port %1 is out of range (1-65535)</source>
        <translation>le port %1 est hors limites (1-65535)</translation>
    </message>
    <message>
        <source>the weight %1 is not a number</source>
        <translation>le poids %1 n’est pas un nombre</translation>
    </message>
    <message>
        <source>the server list is empty</source>
        <translation>la liste des serveurs est vide</translation>
    </message>
    <message>
        <source>the server list %1 names no server</source>
        <translation>la liste de serveurs %1 ne désigne aucun serveur</translation>
    </message>
    <message>
        <source>server list entry %1: %2</source>
        <translation>liste des serveurs, entrée %1 : %2</translation>
    </message>
    <message>
        <source>server list: %1 (entry %2) is the same server as %3 (entry %4)</source>
        <translation>liste des serveurs : %1 (entrée %2) est le même serveur que %3 (entrée %4)</translation>
    </message>
    <message>
        <source>%1: clientOptions: not a JSON object (%2)</source>
        <translation>%1 : clientOptions : ce n’est pas un objet JSON (%2)</translation>
    </message>
    <message>
        <source>%1: %2 does not exist</source>
        <translation>%1 : %2 n’existe pas</translation>
    </message>
    <message>
        <source>%1: %2 is not a readable file</source>
        <translation>%1 : %2 n’est pas un fichier lisible</translation>
    </message>
    <message>
        <source>the user %1 cannot authenticate: memcached&apos;s user names have no spaces or &apos;:&apos; and at most %2 bytes</source>
        <translation>l’utilisateur %1 ne peut pas s’authentifier : les noms d’utilisateur de memcached ne contiennent ni espace ni « : » et font au plus %2 octets</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>le mot de passe est vide</translation>
    </message>
    <message>
        <source>the password cannot work: memcached&apos;s ASCII authentication allows no spaces and at most %1 bytes</source>
        <translation>ce mot de passe ne peut pas fonctionner : l’authentification ASCII de memcached n’accepte aucun espace et au plus %1 octets</translation>
    </message>
    <message>
        <source>TLS settings are given but TLS is off: turn it on (--tls) or remove them</source>
        <translation>des réglages TLS sont indiqués mais TLS est désactivé : activez-le (--tls) ou retirez-les</translation>
    </message>
    <message>
        <source>%1: TLS is for TCP servers; memcached serves unix sockets without it</source>
        <translation>%1 : TLS est réservé aux serveurs TCP ; memcached sert les sockets unix sans TLS</translation>
    </message>
    <message>
        <source>a client key is given without its certificate (--tls-cert)</source>
        <translation>une clé client est indiquée sans son certificat (--tls-cert)</translation>
    </message>
    <message>
        <source>a client certificate is given without its key (--tls-key)</source>
        <translation>un certificat client est indiqué sans sa clé (--tls-key)</translation>
    </message>
    <message>
        <source>the CA file</source>
        <translation>le fichier CA</translation>
    </message>
    <message>
        <source>the client certificate</source>
        <translation>le certificat client</translation>
    </message>
    <message>
        <source>the client key</source>
        <translation>la clé client</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>en clair</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>TLS (NOT VERIFIED)</source>
        <translation>TLS (NON VÉRIFIÉ)</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>authentifié</translation>
    </message>
    <message>
        <source>lock pattern %1 must hold {name} exactly once</source>
        <translation>le motif de verrou %1 doit contenir {name} exactement une fois</translation>
    </message>
    <message>
        <source>lock pattern %1 holds {version} more than once</source>
        <translation>le motif de verrou %1 contient {version} plus d&apos;une fois</translation>
    </message>
    <message>
        <source>lock pattern %1 has no fixed text: it would take every key for a lock (write it as the keys look, e.g. jobs:lock:{name})</source>
        <translation>le motif de verrou %1 n&apos;a aucun texte fixe : il prendrait chaque clé pour un verrou (écrivez-le comme les clés se présentent, p. ex. jobs:lock:{name})</translation>
    </message>
    <message>
        <source>lock pattern %1 holds a space or a control character, which no memcached key can</source>
        <translation>le motif de verrou %1 contient une espace ou un caractère de contrôle, ce qu&apos;aucune clé memcached ne peut contenir</translation>
    </message>
    <message>
        <source>lock recipe %1: %2</source>
        <translation>recette de verrou %1 : %2</translation>
    </message>
    <message>
        <source>unknown lock recipe %1 (known: %2; written KIND[@CLIENT][=PATTERN])</source>
        <translation>recette de verrou inconnue %1 (connues : %2 ; écrite KIND[@CLIENT][=PATTERN])</translation>
    </message>
    <message>
        <source>lock recipe %1: %2 takes its keys from Django&apos;s key settings (--key-prefix, --key-version, --lock-prefix), not from a pattern</source>
        <translation>recette de verrou %1 : %2 prend ses clés dans les réglages de clé de Django (--key-prefix, --key-version, --lock-prefix), pas dans un motif</translation>
    </message>
    <message>
        <source>lock recipe %1 needs a pattern: custom=PATTERN, with {name} where the lock&apos;s name goes</source>
        <translation>la recette de verrou %1 demande un motif : custom=PATTERN, avec {name} à la place du nom du verrou</translation>
    </message>
    <message>
        <source>lock recipe %1 is listed twice</source>
        <translation>la recette de verrou %1 figure deux fois</translation>
    </message>
    <message>
        <source>not released: %1 is a %2 lock, which its holder releases only after comparing its owner; a force release takes it from under a holder that still believes it holds it. Confirm bypassing the owner check to release it</source>
        <translation>non libéré : %1 est un verrou %2, que son détenteur ne libère qu&apos;après avoir comparé son propriétaire ; une libération forcée le retire à un détenteur qui croit encore le détenir. Confirmez le contournement de la vérification du propriétaire pour le libérer</translation>
    </message>
    <message>
        <source>%1 is not NAME=VALUE</source>
        <translation>%1 n&apos;est pas de la forme NOM=VALEUR</translation>
    </message>
    <message>
        <source>Lockboard reads no client option of %1 (its placement and failover have none), so %2 would change nothing</source>
        <translation>Lockboard ne lit aucune option client de %1 (son placement et son basculement n&apos;en ont pas) : %2 ne changerait rien</translation>
    </message>
    <message>
        <source>Lockboard reads no option %1 of %2: it reads %3</source>
        <translation>Lockboard ne lit pas d&apos;option %1 de %2 ; il lit : %3</translation>
    </message>
    <message>
        <source>%1 takes true or false (or a number), not %2</source>
        <translation>%1 prend true ou false (ou un nombre), pas %2</translation>
    </message>
    <message>
        <source>%1 takes a number, not %2</source>
        <translation>%1 prend un nombre, pas %2</translation>
    </message>
</context>
<context>
    <name>lockboard::django</name>
    <message>
        <source>%1 is a memcached backend of its own: Lockboard cannot tell which client library places its keys</source>
        <translation>%1 est un backend memcached maison : Lockboard ne peut pas savoir quelle bibliothèque cliente place ses clés</translation>
    </message>
    <message>
        <source>OPTIONS sets pymemcache&apos;s hasher: Lockboard places keys only as HashClient&apos;s default rendezvous hash does</source>
        <translation>OPTIONS définit le hasher de pymemcache : Lockboard ne place les clés que comme le hachage rendezvous par défaut de HashClient</translation>
    </message>
    <message>
        <source>pylibmc&apos;s behaviors give distribution %1%2 with hash %3 (ketama hash %4): Lockboard places keys only for libmemcached&apos;s modula and unweighted consistent ketama over the default hash</source>
        <translation>les behaviors de pylibmc donnent la distribution %1%2 avec le hachage %3 (hachage ketama %4) : Lockboard ne place les clés que pour modula et ketama cohérent non pondéré de libmemcached sur le hachage par défaut</translation>
    </message>
    <message>
        <source> (weighted)</source>
        <translation> (pondérée)</translation>
    </message>
    <message>
        <source>the project&apos;s Python failed (exit code %1): %2</source>
        <translation>le Python du projet a échoué (code de sortie %1) : %2</translation>
    </message>
    <message>
        <source>it said nothing</source>
        <translation>il n’a rien affiché</translation>
    </message>
    <message>
        <source>the project&apos;s Python did not print the reader&apos;s report (%1): is it a Python 3 interpreter?</source>
        <translation>le Python du projet n’a pas affiché le rapport du script de lecture (%1) : est-ce un interpréteur Python 3 ?</translation>
    </message>
    <message>
        <source>cache %1 of %2</source>
        <translation>cache %1 de %2</translation>
    </message>
    <message>
        <source>%1 is not a memcached backend</source>
        <translation>%1 n’est pas un backend memcached</translation>
    </message>
    <message>
        <source>its KEY_FUNCTION %1 is not Django&apos;s default (%2); Lockboard cannot reproduce a key function of its own</source>
        <translation>sa KEY_FUNCTION %1 n’est pas celle par défaut de Django (%2) ; Lockboard ne peut pas reproduire une fonction de clé personnalisée</translation>
    </message>
    <message>
        <source>its VERSION %1 is not an integer</source>
        <translation>sa VERSION %1 n’est pas un entier</translation>
    </message>
    <message>
        <source>server %1 of LOCATION: %2</source>
        <translation>serveur %1 de LOCATION : %2</translation>
    </message>
    <message>
        <source>LOCATION names no server</source>
        <translation>LOCATION ne désigne aucun serveur</translation>
    </message>
    <message>
        <source>its KEY_PREFIX makes invalid keys: %1</source>
        <translation>son KEY_PREFIX produit des clés invalides : %1</translation>
    </message>
    <message>
        <source>Django settings %1, cache %2</source>
        <translation>réglages Django %1, cache %2</translation>
    </message>
    <message>
        <source>%1 has no cache %2</source>
        <translation>%1 n’a pas de cache %2</translation>
    </message>
    <message>
        <source>%1 configures no memcached cache (CACHES: %2)</source>
        <translation>%1 ne configure aucun cache memcached (CACHES : %2)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>a profile %1 is already saved in %2: nothing was imported</source>
        <translation>un profil %1 est déjà enregistré dans %2 : rien n’a été importé</translation>
    </message>
    <message>
        <source>profile %1 (%2): %3: nothing was imported</source>
        <translation>profil %1 (%2) : %3 : rien n’a été importé</translation>
    </message>
</context>
<context>
    <name>lockboard::doctor</name>
    <message>
        <source>the cluster&apos;s client</source>
        <translation>le client du cluster</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>profil %1</translation>
    </message>
    <message>
        <source>Set memcache.Client._SERVER_RETRIES = 1 at start-up (a key is then only ever tried on its home server), or take locks with a client that never fails over (lockboardctl run, Lockboard&apos;s lock).</source>
        <translation>Définissez memcache.Client._SERVER_RETRIES = 1 au démarrage (une clé n’est alors essayée que sur son serveur d’origine), ou prenez les verrous avec un client qui ne bascule jamais sur un autre serveur (lockboardctl run, le verrou de Lockboard).</translation>
    </message>
    <message>
        <source>default_noreply is on: add() does not wait for the server&apos;s answer and returns True, so every worker gets every lock.</source>
        <translation>default_noreply est activé : add() n’attend pas la réponse du serveur et renvoie True, donc chaque worker obtient chaque verrou.</translation>
    </message>
    <message>
        <source>Remove default_noreply from OPTIONS (Django&apos;s default is False).</source>
        <translation>Retirez default_noreply de OPTIONS (la valeur par défaut de Django est False).</translation>
    </message>
    <message>
        <source>ignore_exc is on: a server error becomes a miss or False, so a lock on an unreachable server looks free to get() and a failed release says nothing.</source>
        <translation>ignore_exc est activé : une erreur du serveur devient un miss ou False, donc un verrou sur un serveur injoignable semble libre pour get(), et une libération échouée ne signale rien.</translation>
    </message>
    <message>
        <source>Remove ignore_exc from OPTIONS, and treat a cache error as &quot;lock not taken&quot;.</source>
        <translation>Retirez ignore_exc de OPTIONS, et traitez une erreur de cache comme « verrou non obtenu ».</translation>
    </message>
    <message>
        <source>For %1 s (retry_timeout) after a failure, add() and delete() on that server return False without any I/O: a free lock looks held, and a release is lost without an error.</source>
        <translation>Pendant %1 s (retry_timeout) après un échec, add() et delete() sur ce serveur renvoient False sans aucune E/S : un verrou libre semble tenu, et une libération est perdue sans erreur.</translation>
    </message>
    <message>
        <source>Check delete()&apos;s result when releasing and retry it, and let the lock&apos;s TTL bound how long a lost release can block.</source>
        <translation>Vérifiez le résultat de delete() lors de la libération et réessayez l’appel, et laissez le TTL du verrou borner la durée pendant laquelle une libération perdue peut bloquer.</translation>
    </message>
    <message>
        <source>Its behaviors eject a failed server (auto_eject / remove_failed) from the ketama ring: its keys move to the next server, so a lock held there can be taken again.</source>
        <translation>Ses behaviors éjectent un serveur en échec (auto_eject / remove_failed) de l’anneau ketama : ses clés passent au serveur suivant, donc un verrou tenu sur ce serveur peut être repris.</translation>
    </message>
    <message>
        <source>Remove auto_eject and remove_failed from the behaviors of the cache that holds locks.</source>
        <translation>Retirez auto_eject et remove_failed des behaviors du cache qui contient les verrous.</translation>
    </message>
    <message>
        <source>Its behaviors mark a failed server dead (auto_eject / remove_failed); with modula distribution its keys do not move, operations on them fail at once until the retry timeout.</source>
        <translation>Ses behaviors marquent un serveur en échec comme mort (auto_eject / remove_failed) ; avec la distribution modula ses clés ne bougent pas, les opérations sur elles échouent aussitôt jusqu’à la fin du délai avant nouvelle tentative.</translation>
    </message>
    <message>
        <source>Nothing to do for locks; do not switch this cache to ketama with these behaviors.</source>
        <translation>Rien à faire pour les verrous ; ne passez pas ce cache en ketama avec ces behaviors.</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>serveur %1</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>the same servers in another order (%1 against %2)</source>
        <translation>les mêmes serveurs dans un autre ordre (%1 contre %2)</translation>
    </message>
    <message>
        <source>another server list (%1 against %2)</source>
        <translation>une autre liste de serveurs (%1 contre %2)</translation>
    </message>
    <message>
        <source>another client library (%1 against %2)</source>
        <translation>une autre bibliothèque cliente (%1 contre %2)</translation>
    </message>
    <message>
        <source>profiles %1 and %2</source>
        <translation>profils %1 et %2</translation>
    </message>
    <message>
        <source>Give every host of the application the same LOCATION, in the same order, and the same cache backend.</source>
        <translation>Donnez à chaque hôte de l’application le même LOCATION, dans le même ordre, et le même backend de cache.</translation>
    </message>
    <message>
        <source>It cannot be used (%1): locks whose home it is cannot be taken, or move with a client that fails over.</source>
        <translation>Il est inutilisable (%1) : les verrous dont il est le serveur d’origine ne peuvent pas être pris, ou se déplacent avec un client qui bascule sur un autre serveur.</translation>
    </message>
    <message>
        <source>Bring it back, or take it out of every host&apos;s LOCATION at once (a changed list moves keys).</source>
        <translation>Remettez-le en service, ou retirez-le du LOCATION de tous les hôtes en même temps (une liste modifiée déplace des clés).</translation>
    </message>
    <message>
        <source>Give every lock a timeout longer than the work it guards (the seed&apos;s recipe uses 120 s).</source>
        <translation>Donnez à chaque verrou un délai d’expiration plus long que le travail qu’il protège (la recette historique utilise 120 s).</translation>
    </message>
    <message>
        <source>Keep locks on memcached that does not evict them: more memory (-m), a cache of their own, or -M (a full server refuses stores instead of evicting).</source>
        <translation>Gardez les verrous sur un memcached qui ne les évince pas : plus de mémoire (-m), un cache dédié, ou -M (un serveur plein refuse les écritures au lieu d’évincer).</translation>
    </message>
    <message>
        <source>%1 of its %2 are in use and eviction is off (-M): stores will fail with &quot;out of memory&quot;, and a lock cannot be taken.</source>
        <translation>%1 de ses %2 sont utilisés et l’éviction est désactivée (-M) : les écritures échoueront avec &quot;out of memory&quot;, et aucun verrou ne pourra être pris.</translation>
    </message>
    <message>
        <source>%1 of its %2 are in use: it evicts the least recently used items next, and a lock is rarely read.</source>
        <translation>%1 de ses %2 sont utilisés : il évincera ensuite les éléments les moins récemment utilisés, et un verrou est rarement lu.</translation>
    </message>
    <message>
        <source>Give it more memory (-m), or keep locks on a cache of their own.</source>
        <translation>Donnez-lui plus de mémoire (-m), ou gardez les verrous sur un cache dédié.</translation>
    </message>
    <message>
        <source>Name the application&apos;s locks in the profile (--lock-names) so they are found there.</source>
        <translation>Nommez les verrous de l’application dans le profil (--lock-names) pour qu’ils y soient trouvés.</translation>
    </message>
    <message>
        <source>Allow watch on it (drop -W) if live activity is wanted.</source>
        <translation>Autorisez watch sur ce serveur (retirez -W) si l’activité en direct est souhaitée.</translation>
    </message>
    <message>
        <source>Its slab statistics could not be read (%1): eviction of locks was not checked there.</source>
        <translation>Ses statistiques de slabs n’ont pas pu être lues (%1) : l’éviction des verrous n’y a pas été vérifiée.</translation>
    </message>
    <message>
        <source>Run the doctor again.</source>
        <translation>Relancez doctor.</translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) here are also held on another server (%1): two workers hold the same lock, as after a client&apos;s failover.</source>
        <translation>
            <numerusform>%n verrou tenu ici l’est aussi sur un autre serveur (%1) : deux workers tiennent le même verrou, comme après la bascule d’un client sur un autre serveur.</numerusform>
            <numerusform>%n verrous tenus ici le sont aussi sur un autre serveur (%1) : deux workers tiennent le même verrou, comme après la bascule d’un client sur un autre serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release the copy that is not on the key&apos;s home (lockboardctl release NAME --server SERVER), once the work it guards is known to be done.</source>
        <translation>Libérez la copie qui n’est pas sur le serveur d’origine de la clé (lockboardctl release NAME --server SERVER), une fois qu’il est certain que le travail protégé par le verrou est terminé.</translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) here are not on their key&apos;s home server (%1): the application&apos;s clients do not see them, so they guard nothing.</source>
        <translation>
            <numerusform>%n verrou présent ici n’est pas sur le serveur d’origine de sa clé (%1) : les clients de l’application ne le voient pas, il ne protège donc rien.</numerusform>
            <numerusform>%n verrous présents ici ne sont pas sur le serveur d’origine de leur clé (%1) : les clients de l’application ne les voient pas, ils ne protègent donc rien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the profile&apos;s servers and client library against the application&apos;s settings, then release the stray copies.</source>
        <translation>Comparez les serveurs et la bibliothèque cliente du profil aux réglages de l’application, puis libérez les copies mal placées.</translation>
    </message>
    <message>
        <source>When a lock&apos;s home server cannot be reached, python-memcached tries the key on other servers (up to 9 rehashes) and keeps the dead server aside for %1 s (dead_retry): two workers can hold the same lock on two servers, the seed&apos;s double grant.</source>
        <translation>Quand le serveur d’origine d’un verrou est injoignable, python-memcached essaie la clé sur d’autres serveurs (jusqu’à 9 rehash) et met le serveur mort de côté pendant %1 s (dead_retry) : deux workers peuvent tenir le même verrou sur deux serveurs, la double attribution de la recette historique.</translation>
    </message>
    <message>
        <source>When a server keeps failing (more than retry_attempts = %1 times), pymemcache&apos;s HashClient removes it for %2 s (dead_timeout) and places its keys on the others: a lock held there can be taken again elsewhere.</source>
        <translation>Quand un serveur échoue de façon répétée (plus de retry_attempts = %1 fois), le HashClient de pymemcache le retire pendant %2 s (dead_timeout) et place ses clés sur les autres : un verrou tenu sur ce serveur peut être repris ailleurs.</translation>
    </message>
    <message>
        <source>Set retry_attempts in OPTIONS to a huge number (%1) so that a failed server is never removed and its keys fail instead of moving, or take locks with Lockboard&apos;s lock, which never fails over.</source>
        <translation>Définissez retry_attempts dans OPTIONS à un nombre énorme (%1) pour qu’un serveur en échec ne soit jamais retiré et que les opérations sur ses clés échouent au lieu que les clés se déplacent, ou prenez les verrous avec le verrou de Lockboard, qui ne bascule jamais sur un autre serveur.</translation>
    </message>
    <message>
        <source>Both name the same application&apos;s keys (KEY_PREFIX %1, VERSION %2) with %3: %4 of %5 sample locks land on different servers, so two hosts configured like them can both hold such a lock.</source>
        <translation>Les deux désignent les clés de la même application (KEY_PREFIX %1, VERSION %2) avec %3 : %4 des %5 verrous de l’échantillon tombent sur des serveurs différents, donc deux hôtes configurés ainsi peuvent tenir tous les deux un tel verrou.</translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) here never expire (%1): if a holder dies, the lock is held until someone releases it by hand, or until memcached evicts it.</source>
        <translation>
            <numerusform>%n verrou présent ici n’expire jamais (%1) : si son détenteur meurt, le verrou reste tenu jusqu’à ce que quelqu’un le libère à la main, ou que memcached l’évince.</numerusform>
            <numerusform>%n verrous présents ici n’expirent jamais (%1) : si un détenteur meurt, le verrou reste tenu jusqu’à ce que quelqu’un le libère à la main, ou que memcached l’évince.</numerusform>
        </translation>
    </message>
    <message>
        <source>Eviction is on and slab class %1 (items up to %2 bytes), where its locks live, has evicted %3 items, the last one idle for only %4: a lock idle longer than that may be evicted while held (these stay idle up to %5), and another worker would get it.</source>
        <translation>L’éviction est activée et la classe de slab %1 (éléments jusqu’à %2 octets), où se trouvent ses verrous, a évincé %3 éléments, le dernier inactif depuis seulement %4 : un verrou inactif plus longtemps peut être évincé alors qu’il est tenu (ceux-ci restent inactifs jusqu’à %5), et un autre worker l’obtiendrait.</translation>
    </message>
    <message>
        <source>forever: no TTL</source>
        <translation>pour toujours : sans TTL</translation>
    </message>
    <message>
        <source>It did not answer the watch command in time: whether it allows watching (live activity) is not known.</source>
        <translation>Il n’a pas répondu à temps à la commande watch : on ne sait pas s’il autorise l’observation (activité en direct).</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Rien trouvé.</translation>
    </message>
    <message>
        <source>The password of %1 crosses the network in clear text: memcached&apos;s ASCII authentication does not protect it, so anyone who can read the traffic can take it and use the cache as that user.</source>
        <translation>Le mot de passe de %1 traverse le réseau en clair : l’authentification ASCII de memcached ne le protège pas, et quiconque peut lire le trafic peut le prendre et utiliser le cache sous cet utilisateur.</translation>
    </message>
    <message>
        <source>Start memcached with TLS (-Z) and turn TLS on in the profile (--tls).</source>
        <translation>Démarrer memcached avec TLS (-Z) et activer TLS dans le profil (--tls).</translation>
    </message>
    <message>
        <source>The servers&apos; certificates are not verified: the traffic is encrypted, but anyone on the path can pose as a server, read and change it%1.</source>
        <translation>Les certificats des serveurs ne sont pas vérifiés : le trafic est chiffré, mais n’importe qui sur le chemin peut se faire passer pour un serveur, le lire et le modifier%1.</translation>
    </message>
    <message>
        <source>, the password included</source>
        <translation>, mot de passe compris</translation>
    </message>
    <message>
        <source>Give the servers&apos; CA (--tls-ca) and turn verification back on.</source>
        <translation>Indiquer la CA des serveurs (--tls-ca) et réactiver la vérification.</translation>
    </message>
    <message>
        <source>When a lock&apos;s server cannot be reached, dalli rehashes the key onto another server (up to 20 lookups) from the first failed connection: two processes can hold the same lock on two servers, the seed&apos;s double grant.</source>
        <translation>Quand le serveur d&apos;un verrou est injoignable, dalli replace la clé sur un autre serveur (jusqu&apos;à 20 recherches) dès la première connexion échouée : deux processus peuvent détenir le même verrou sur deux serveurs, la double attribution du récit d&apos;origine.</translation>
    </message>
    <message>
        <source>Build the Dalli::Client (or Rails&apos; cache store) with failover: false for the cache that holds locks: a key whose server is down then fails instead of moving.</source>
        <translation>Créez le Dalli::Client (ou le cache store de Rails) avec failover: false pour le cache qui porte les verrous : une clé dont le serveur est tombé échoue alors au lieu de se déplacer.</translation>
    </message>
    <message>
        <source>%1, recipe %2 (%3 on its defaults)</source>
        <translation>%1, recette %2 (%3 avec ses réglages par défaut)</translation>
    </message>
    <message>
        <source>OPT_REMOVE_FAILED_SERVERS (or OPT_AUTO_EJECT_HOSTS) takes a server out of the ring once it has failed OPT_SERVER_FAILURE_LIMIT times: its keys go to the next server for a while, so a lock held there can be taken again.</source>
        <translation>OPT_REMOVE_FAILED_SERVERS (ou OPT_AUTO_EJECT_HOSTS) retire un serveur de l’anneau dès qu’il a échoué OPT_SERVER_FAILURE_LIMIT fois : ses clés vont au serveur suivant pendant un temps, et un verrou détenu là peut être repris.</translation>
    </message>
    <message>
        <source>Leave OPT_REMOVE_FAILED_SERVERS off for the cache that holds locks: a key whose server is down then fails instead of moving.</source>
        <translation>Laissez OPT_REMOVE_FAILED_SERVERS désactivé pour le cache qui détient les verrous : une clé dont le serveur est tombé échoue alors au lieu de se déplacer.</translation>
    </message>
    <message>
        <source>remove: true takes a server out of the hash ring after its failures: its keys go to the next server, so a lock held there can be taken again.</source>
        <translation>remove: true retire un serveur de l’anneau de hachage après ses échecs : ses clés vont au serveur suivant, et un verrou détenu là peut être repris.</translation>
    </message>
    <message>
        <source>Leave remove off (the default) for the client that takes locks: a key whose server is down then fails instead of moving.</source>
        <translation>Laissez remove désactivé (par défaut) pour le client qui prend les verrous : une clé dont le serveur est tombé échoue alors au lieu de se déplacer.</translation>
    </message>
    <message>
        <source>Critical: %1, warnings: %2, notes: %3.</source>
        <translation>Critiques : %1, avertissements : %2, notes : %3.</translation>
    </message>
    <message>
        <source>It refuses watching, and the slab classes its locks live in are crowded with other items, so a lock taken there now is listed late: new locks %1.</source>
        <translation>Il refuse l&apos;observation, et les classes de slab où vivent ses verrous sont encombrées d&apos;autres éléments, donc un verrou pris là maintenant apparaît en retard : nouveaux verrous %1.</translation>
    </message>
    <message>
        <source>Allow watch on it (drop -W), or keep locks on a cache of their own: their classes then hold only locks and are walked every few seconds.</source>
        <translation>Autorisez watch sur ce serveur (sans -W), ou gardez les verrous dans un cache à eux : leurs classes ne contiennent alors que des verrous et sont parcourues toutes les quelques secondes.</translation>
    </message>
</context>
<context>
    <name>lockboard::inspect</name>
    <message>
        <source>cannot create the directory of the audit log %1</source>
        <translation>impossible de créer le répertoire du journal d’audit %1</translation>
    </message>
    <message>
        <source>cannot open the audit log %1: %2</source>
        <translation>impossible d’ouvrir le journal d’audit %1 : %2</translation>
    </message>
    <message>
        <source>cannot write the audit log %1: %2</source>
        <translation>impossible d’écrire dans le journal d’audit %1 : %2</translation>
    </message>
    <message>
        <source> (and the audit log failed: %1)</source>
        <translation> (et l’écriture du journal d’audit a échoué : %1)</translation>
    </message>
    <message>
        <source>not released: there is no server %1 in the list</source>
        <translation>non libéré : aucun serveur %1 dans la liste</translation>
    </message>
    <message>
        <source>not released: the profile &quot;%1&quot; is read-only</source>
        <translation>non libéré : le profil « %1 » est en lecture seule</translation>
    </message>
    <message>
        <source>not released: %1</source>
        <translation>non libéré : %1</translation>
    </message>
    <message>
        <source>released %1 on %2 (CAS %3)</source>
        <translation>%1 libéré sur %2 (CAS %3)</translation>
    </message>
    <message>
        <source>not released: %1 on %2 changed since it was read (its CAS is no longer %3); look again</source>
        <translation>non libéré : %1 sur %2 a changé depuis sa lecture (son CAS n’est plus %3) ; vérifiez de nouveau</translation>
    </message>
    <message>
        <source>not released: %1 is no longer on %2</source>
        <translation>non libéré : %1 n’est plus sur %2</translation>
    </message>
    <message>
        <source>not released: %1 answered %2</source>
        <translation>non libéré : %1 a répondu %2</translation>
    </message>
    <message>
        <source>the same value for every holder: any process may hold it</source>
        <translation>la même valeur pour chaque détenteur : n&apos;importe quel processus peut le détenir</translation>
    </message>
    <message>
        <source>UUID version %1: made from random bits or a name, it says nothing about the holder</source>
        <translation>UUID version %1 : fait de bits aléatoires ou d&apos;un nom, il ne dit rien du détenteur</translation>
    </message>
    <message>
        <source>made %1 on a random node id %2 (not a MAC)</source>
        <translation>créé %1 avec l&apos;identifiant de nœud aléatoire %2 (pas une MAC)</translation>
    </message>
    <message>
        <source>made %1 on the host with MAC %2</source>
        <translation>créé %1 sur la machine de MAC %2</translation>
    </message>
    <message>
        <source>Laravel&apos;s random owner string: says nothing about the holder, whose release() compares it before deleting</source>
        <translation>chaîne de propriétaire aléatoire de Laravel : ne dit rien du détenteur, dont release() la compare avant de supprimer</translation>
    </message>
    <message>
        <source>within %1 by stream</source>
        <translation>en moins de %1 par flux</translation>
    </message>
    <message numerus="yes">
        <source>within %1 by class walk (%n class(es), %2 items)</source>
        <translation>
            <numerusform>en moins de %1 par parcours de classes (%n classe, %2 éléments)</numerusform>
            <numerusform>en moins de %1 par parcours de classes (%n classes, %2 éléments)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %1 in %n crowded class(es) where locks were found (%2 items)</source>
        <translation>
            <numerusform>en moins de %1 dans %n classe encombrée où des verrous ont été trouvés (%2 éléments)</numerusform>
            <numerusform>en moins de %1 dans %n classes encombrées où des verrous ont été trouvés (%2 éléments)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %1 in %n crowded class(es) (%2 items)</source>
        <translation>
            <numerusform>en moins de %1 dans %n classe encombrée (%2 éléments)</numerusform>
            <numerusform>en moins de %1 dans %n classes encombrées (%2 éléments)</numerusform>
        </translation>
    </message>
    <message>
        <source>only at full walks</source>
        <translation>seulement aux parcours complets</translation>
    </message>
    <message>
        <source>only at full walks (next in %1)</source>
        <translation>seulement aux parcours complets (prochain dans %1)</translation>
    </message>
    <message>
        <source>only those whose names are known (names mode)</source>
        <translation>seulement ceux dont le nom est connu (mode noms)</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
</context>
<context>
    <name>lockboard::lock</name>
    <message>
        <source>no expiry</source>
        <translation>sans expiration</translation>
    </message>
    <message>
        <source>expiry unknown</source>
        <translation>expiration inconnue</translation>
    </message>
    <message>
        <source>lock %1 is already held by this object</source>
        <translation>le verrou %1 est déjà tenu par cet objet</translation>
    </message>
    <message>
        <source>lock %1 acquired on %2 (fencing token %3)</source>
        <translation>verrou %1 obtenu sur %2 (jeton de fencing %3)</translation>
    </message>
    <message>
        <source>lock %1: its home server is unavailable, so it was neither taken nor found free: %2</source>
        <translation>verrou %1 : son serveur d’origine est indisponible, il n’a donc été ni pris ni trouvé libre : %2</translation>
    </message>
    <message>
        <source>by Lockboard on %1</source>
        <translation>par Lockboard sur %1</translation>
    </message>
    <message>
        <source>by a client that stored %1 (flags %2%3)</source>
        <translation>par un client qui a stocké %1 (flags %2%3)</translation>
    </message>
    <message>
        <source>, as Django&apos;s cache.add(key, 1) does</source>
        <translation>, comme le fait cache.add(key, 1) de Django</translation>
    </message>
    <message>
        <source>by another holder</source>
        <translation>par un autre détenteur</translation>
    </message>
    <message>
        <source>lock %1 is not held by this object</source>
        <translation>le verrou %1 n’est pas tenu par cet objet</translation>
    </message>
    <message>
        <source>lock %1 refreshed on %2: %3 s more</source>
        <translation>verrou %1 renouvelé sur %2 : %3 s de plus</translation>
    </message>
    <message>
        <source>lock %1 was lost on %2: it expired and was taken over by another holder</source>
        <translation>verrou %1 perdu sur %2 : il a expiré et un autre détenteur l’a pris</translation>
    </message>
    <message>
        <source>lock %1 was lost on %2: it expired (or was released by force, or the server restarted)</source>
        <translation>verrou %1 perdu sur %2 : il a expiré (ou a été libéré de force, ou le serveur a redémarré)</translation>
    </message>
    <message>
        <source>lock %1 could not be refreshed: %2</source>
        <translation>le verrou %1 n’a pas pu être renouvelé : %2</translation>
    </message>
    <message>
        <source>lock %1 was not released: this object does not hold it</source>
        <translation>verrou %1 non libéré : cet objet ne le tient pas</translation>
    </message>
    <message>
        <source>lock %1 released on %2</source>
        <translation>verrou %1 libéré sur %2</translation>
    </message>
    <message>
        <source>lock %1 was not released: it had expired and another holder has it now on %2; their lock was left alone</source>
        <translation>verrou %1 non libéré : il avait expiré et un autre détenteur le tient maintenant sur %2 ; le verrou de celui-ci n’a pas été touché</translation>
    </message>
    <message>
        <source>lock %1 was not released: it had already expired on %2</source>
        <translation>verrou %1 non libéré : il avait déjà expiré sur %2</translation>
    </message>
    <message>
        <source>lock %1 could not be released (it will expire by its TTL): %2</source>
        <translation>le verrou %1 n’a pas pu être libéré (il expirera à la fin de son TTL) : %2</translation>
    </message>
    <message>
        <source>%1 pid %2, acquired %3 UTC</source>
        <translation>%1 pid %2, obtenu le %3 UTC</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>encore %1 s</translation>
    </message>
    <message>
        <source>lock %1 is held on %2 %3; %4 (after %5 tries)</source>
        <translation>le verrou %1 est détenu sur %2 %3 ; %4 (après %5 essais)</translation>
    </message>
    <message>
        <source>lock %1 is held on %2 %3; %4 (after 1 try)</source>
        <translation>le verrou %1 est détenu sur %2 %3 ; %4 (après 1 essai)</translation>
    </message>
</context>
<context>
    <name>lockboard::placement</name>
    <message>
        <source>never sent: %1 takes printable ASCII keys only</source>
        <translation>jamais envoyée : %1 n&apos;accepte que des clés ASCII imprimables</translation>
    </message>
    <message>
        <source>never stored as written: %1 rewrites %2 in a key on the wire</source>
        <translation>jamais stockée telle qu’écrite : %1 réécrit %2 dans une clé sur le réseau</translation>
    </message>
</context>
<context>
    <name>lockboard::protocol</name>
    <message>
        <source>not a meta reply (%1): %2</source>
        <translation>pas une réponse meta (%1) : %2</translation>
    </message>
    <message>
        <source>longer than any header</source>
        <translation>plus long que tout en-tête</translation>
    </message>
    <message>
        <source>unknown reply code</source>
        <translation>code de réponse inconnu</translation>
    </message>
    <message>
        <source>empty or control characters in a flag</source>
        <translation>flag vide ou contenant des caractères de contrôle</translation>
    </message>
    <message>
        <source>bad value size</source>
        <translation>taille de valeur invalide</translation>
    </message>
    <message>
        <source>a flag must start with a letter</source>
        <translation>un flag doit commencer par une lettre</translation>
    </message>
    <message>
        <source>VA without a size</source>
        <translation>VA sans taille</translation>
    </message>
    <message>
        <source>unexpected bytes after the dump&apos;s END: %1</source>
        <translation>octets inattendus après le END du dump : %1</translation>
    </message>
    <message>
        <source>a metadump line longer than %1 bytes: %2</source>
        <translation>ligne de metadump de plus de %1 octets : %2</translation>
    </message>
    <message>
        <source>busy: another lru_crawler metadump is running on this server (memcached runs one at a time); try again in a moment</source>
        <translation>occupé : un autre lru_crawler metadump tourne sur ce serveur (memcached n’en exécute qu’un à la fois) ; réessayez dans un instant</translation>
    </message>
    <message>
        <source>the server does not support lru_crawler metadump hash (memcached 1.6.10 or newer is needed)</source>
        <translation>le serveur ne prend pas en charge lru_crawler metadump hash (il faut memcached 1.6.10 ou plus récent)</translation>
    </message>
    <message>
        <source>the server refused the dump: %1</source>
        <translation>le serveur a refusé le dump : %1</translation>
    </message>
    <message>
        <source>not a metadump line: %1</source>
        <translation>pas une ligne de metadump : %1</translation>
    </message>
    <message>
        <source>the server closed the connection before the dump began</source>
        <translation>le serveur a fermé la connexion avant le début du dump</translation>
    </message>
    <message>
        <source>the server closed the connection in the middle of the dump, after %1 lines</source>
        <translation>le serveur a fermé la connexion au milieu du dump, après %1 lignes</translation>
    </message>
    <message>
        <source>the stats reply ends without END: %1</source>
        <translation>la réponse à stats se termine sans END : %1</translation>
    </message>
    <message>
        <source>unexpected bytes after the stats reply: %1</source>
        <translation>octets inattendus après la réponse à stats : %1</translation>
    </message>
    <message>
        <source>the server does not know this stats command (ERROR)</source>
        <translation>le serveur ne connaît pas cette commande stats (ERROR)</translation>
    </message>
    <message>
        <source>the server refused stats: %1</source>
        <translation>le serveur a refusé stats : %1</translation>
    </message>
    <message>
        <source>protocol error: not a stats line: %1</source>
        <translation>erreur de protocole : pas une ligne de stats : %1</translation>
    </message>
    <message>
        <source>a stats line without a name: %1</source>
        <translation>ligne de stats sans nom : %1</translation>
    </message>
    <message>
        <source>the stats reply ends without END</source>
        <translation>la réponse à stats se termine sans END</translation>
    </message>
</context>
<context>
    <name>lockboard::secrets</name>
    <message>
        <source>the system keyring: %1 (entry %2 of %3)</source>
        <translation>le trousseau du système : %1 (entrée %2 de %3)</translation>
    </message>
    <message>
        <source>the password file %1 does not exist</source>
        <translation>le fichier de mot de passe %1 n’existe pas</translation>
    </message>
    <message>
        <source>the password file %1 can be read or written by others (mode %2): refused; make it private: chmod 600 %1</source>
        <translation>le fichier de mot de passe %1 peut être lu ou écrit par d’autres (mode %2) : refusé ; rendez-le privé : chmod 600 %1</translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>impossible de lire le fichier de mot de passe %1 : %2</translation>
    </message>
    <message>
        <source>the password file %1 is empty</source>
        <translation>le fichier de mot de passe %1 est vide</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the password file %1</source>
        <translation>le fichier de mot de passe %1</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <source>the system keyring did not answer within %1 s (is it locked, waiting for an unlock prompt?) (entry %2 of %3)</source>
        <translation>le trousseau du système n’a pas répondu en %1 s (est-il verrouillé, en attente d’une demande de déverrouillage ?) (entrée %2 de %3)</translation>
    </message>
    <message>
        <source>no password for user %1: store it in the system keyring (lockboardctl profile set-password; a locked keyring reads as empty), or give a password file (--password-file, mode 600) or $%2 (%3)</source>
        <translation>pas de mot de passe pour l’utilisateur %1 : enregistrez-le dans le trousseau du système (lockboardctl profile set-password ; un trousseau verrouillé se lit comme vide), ou indiquez un fichier de mot de passe (--password-file, mode 600) ou $%2 (%3)</translation>
    </message>
</context>
<context>
    <name>lockboard::transport</name>
    <message>
        <source>%1: protocol error: the server sent bytes nobody asked for (%2)</source>
        <translation>%1 : erreur de protocole : le serveur a envoyé des octets que personne n’a demandés (%2)</translation>
    </message>
    <message>
        <source>%1: protocol error: %2</source>
        <translation>%1 : erreur de protocole : %2</translation>
    </message>
    <message>
        <source>%1: protocol error: a value block without \r\n</source>
        <translation>%1 : erreur de protocole : bloc de valeur sans \r\n</translation>
    </message>
    <message>
        <source>%1: protocol error: unexpected answer in a batch of mg: %2</source>
        <translation>%1 : erreur de protocole : réponse inattendue dans un lot de mg : %2</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>%1: timeout: no connection within %2 ms</source>
        <translation>%1 : délai dépassé : pas de connexion en %2 ms</translation>
    </message>
    <message>
        <source>%1: timeout: no answer within %2 ms</source>
        <translation>%1 : délai dépassé : pas de réponse en %2 ms</translation>
    </message>
    <message>
        <source>protocol error: the server answered &quot;version&quot; with %1 (is it memcached?)</source>
        <translation>erreur de protocole : le serveur a répondu à &quot;version&quot; par %1 (est-ce memcached ?)</translation>
    </message>
    <message>
        <source>authentication failed: the server refused user %1 (%2): wrong user or password</source>
        <translation>échec de l’authentification : le serveur a refusé l’utilisateur %1 (%2) : utilisateur ou mot de passe erroné</translation>
    </message>
    <message>
        <source>protocol error: the server answered the authentication with %1</source>
        <translation>erreur de protocole : le serveur a répondu à l’authentification par %1</translation>
    </message>
    <message>
        <source>the server closed the connection without answering (a TLS port, memcached -Z? then turn TLS on: --tls)</source>
        <translation>le serveur a fermé la connexion sans répondre (un port TLS, memcached -Z ? activez alors TLS : --tls)</translation>
    </message>
    <message>
        <source>the server requires authentication (memcached -Y): give the user (--user, or the profile&apos;s) and its password</source>
        <translation>le serveur exige une authentification (memcached -Y) : indiquez l’utilisateur (--user, ou celui du profil) et son mot de passe</translation>
    </message>
    <message>
        <source>TLS is not available here (Qt finds no TLS backend: is OpenSSL 3 installed?)</source>
        <translation>TLS n’est pas disponible ici (Qt ne trouve aucun backend TLS : OpenSSL 3 est-il installé ?)</translation>
    </message>
    <message>
        <source>cannot read %1 %2: %3</source>
        <translation>impossible de lire %1 %2 : %3</translation>
    </message>
    <message>
        <source>%1 %2 holds no PEM certificate</source>
        <translation>%1 %2 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>the CA file</source>
        <translation>le fichier CA</translation>
    </message>
    <message>
        <source>the client certificate</source>
        <translation>le certificat client</translation>
    </message>
    <message>
        <source>cannot read the client key %1: %2</source>
        <translation>impossible de lire la clé client %1 : %2</translation>
    </message>
    <message>
        <source>the client key %1 is not an unencrypted PEM private key</source>
        <translation>la clé client %1 n’est pas une clé privée PEM non chiffrée</translation>
    </message>
    <message>
        <source>the server requires a client certificate: give one (--tls-cert and --tls-key, or the profile&apos;s)</source>
        <translation>le serveur exige un certificat client : indiquez-en un (--tls-cert et --tls-key, ou celui du profil)</translation>
    </message>
    <message>
        <source>the server does not trust our client certificate (unknown CA)</source>
        <translation>le serveur ne fait pas confiance à notre certificat client (CA inconnue)</translation>
    </message>
    <message>
        <source>the server refused our client certificate (%1)</source>
        <translation>le serveur a refusé notre certificat client (%1)</translation>
    </message>
    <message>
        <source>the server ended the handshake: it may require a client certificate (--tls-cert and --tls-key)</source>
        <translation>le serveur a interrompu la négociation : il exige peut-être un certificat client (--tls-cert et --tls-key)</translation>
    </message>
    <message>
        <source>the system&apos;s CA store</source>
        <translation>le magasin de CA du système</translation>
    </message>
    <message>
        <source>the CA file %1</source>
        <translation>le fichier CA %1</translation>
    </message>
    <message>
        <source>the server&apos;s certificate expired on %1</source>
        <translation>le certificat du serveur a expiré le %1</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not valid before %1</source>
        <translation>le certificat du serveur n’est pas valide avant le %1</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not for this name (it names %1): if the server is the right one, give the name to verify (--tls-name)</source>
        <translation>le certificat du serveur n’est pas pour ce nom (il désigne %1) : si c’est le bon serveur, indiquez le nom à vérifier (--tls-name)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate (issued by %1) is not signed by a CA in %2: give its CA (--tls-ca)</source>
        <translation>le certificat du serveur (émis par %1) n’est signé par aucune CA présente dans %2 : indiquez sa CA (--tls-ca)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was refused: %1</source>
        <translation>le certificat du serveur a été refusé : %1</translation>
    </message>
    <message>
        <source>the server does not speak TLS on this port (is it started with -Z? or turn TLS off)</source>
        <translation>le serveur ne parle pas TLS sur ce port (est-il démarré avec -Z ? sinon, désactivez TLS)</translation>
    </message>
    <message>
        <source>the handshake failed: %1</source>
        <translation>la négociation a échoué : %1</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS : %1</translation>
    </message>
    <message>
        <source>protocol error: the server&apos;s answer to &quot;version&quot; is not a line</source>
        <translation>erreur de protocole : la réponse du serveur à &quot;version&quot; n’est pas une ligne</translation>
    </message>
    <message>
        <source>the server closed the connection before it answered &quot;version&quot;</source>
        <translation>le serveur a fermé la connexion avant de répondre à &quot;version&quot;</translation>
    </message>
</context>
<context>
    <name>lockboardctl</name>
    <message>
        <source>Watch every server&apos;s lock traffic (memcached&apos;s &quot;watch mutations connevents&quot;) for --duration seconds, then show per lock: acquisitions and contended attempts (per minute and in all), the contention ratio, hold times of released locks (p50, p99), how many expired instead of being released, the current holder&apos;s client address, and hints about stuck locks (no TTL, held longer than usual, TTL far above its holds). Only what happens while watching is counted.
Exit codes: 0 every server streamed, 1 a server could not be watched (the figures are incomplete), 2 bad input.</source>
        <translation>Observer le trafic de verrous de chaque serveur (« watch mutations connevents » de memcached) pendant --duration secondes, puis afficher par verrou : acquisitions et tentatives disputées (par minute et au total), taux de contention, durées de détention des verrous libérés (p50, p99), nombre d’expirations au lieu de libérations, adresse client du détenteur actuel, et indices sur les verrous bloqués (sans TTL, tenu plus longtemps que d’habitude, TTL bien plus long que ses détentions). Seul ce qui se passe pendant l’observation est compté.
Codes de sortie : 0 chaque serveur a diffusé son activité, 1 un serveur n’a pas pu être observé (chiffres incomplets), 2 entrée invalide.</translation>
    </message>
    <message>
        <source>Seconds to watch before printing. Default: 60.</source>
        <translation>Secondes d’observation avant l’affichage. Par défaut : 60.</translation>
    </message>
    <message>
        <source>--duration: %1 is not a number of seconds between 0.5 and 86400</source>
        <translation>--duration : %1 n’est pas un nombre de secondes entre 0.5 et 86400</translation>
    </message>
    <message>
        <source>Use the saved profile &lt;name&gt; (see &apos;lockboardctl profile&apos;).</source>
        <translation>Utiliser le profil enregistré &lt;name&gt; (voir « lockboardctl profile »).</translation>
    </message>
    <message>
        <source>Servers in the application&apos;s order: host:port[:weight], [v6addr]:port[:weight] or unix:/path, separated by commas. Default: $LOCKBOARD_SERVERS or the saved profile.</source>
        <translation>Serveurs dans l’ordre de l’application : host:port[:weight], [v6addr]:port[:weight] ou unix:/path, séparés par des virgules. Par défaut : $LOCKBOARD_SERVERS ou le profil enregistré.</translation>
    </message>
    <message>
        <source>The application&apos;s client library, which decides placement: %1. Default: python-memcached.</source>
        <translation>La bibliothèque cliente de l’application, qui décide du placement : %1. Par défaut : python-memcached.</translation>
    </message>
    <message>
        <source>Django&apos;s KEY_PREFIX. Default: empty.</source>
        <translation>Le KEY_PREFIX de Django. Par défaut : vide.</translation>
    </message>
    <message>
        <source>Django&apos;s VERSION. Default: 1.</source>
        <translation>La VERSION de Django. Par défaut : 1.</translation>
    </message>
    <message>
        <source>The lock key prefix. Default: __d_lock_.</source>
        <translation>Le préfixe des clés de verrou. Par défaut : __d_lock_.</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Afficher du JSON pour les scripts.</translation>
    </message>
    <message>
        <source>Refuse every write to the cluster (also a profile setting).</source>
        <translation>Refuser toute écriture dans le cluster (réglable aussi dans le profil).</translation>
    </message>
    <message>
        <source>KEY is the memcached key as is (no key function).</source>
        <translation>KEY est la clé memcached telle quelle (sans fonction de clé).</translation>
    </message>
    <message>
        <source>Give up connecting to a server after &lt;ms&gt; milliseconds. Default: %1.</source>
        <translation>Abandonner la connexion à un serveur après &lt;ms&gt; millisecondes. Par défaut : %1.</translation>
    </message>
    <message>
        <source>Give up waiting for a server&apos;s answer after &lt;ms&gt; milliseconds. Default: %1.</source>
        <translation>Cesser d’attendre la réponse d’un serveur après &lt;ms&gt; millisecondes. Par défaut : %1.</translation>
    </message>
    <message>
        <source>Lock names to look for by name, for servers in names mode (started with -X, or --names-only): a,b,c or @file with one name per line. Added to the profile&apos;s names.</source>
        <translation>Noms de verrous à chercher par nom, pour les serveurs en mode par noms (lancés avec -X, ou --names-only) : a,b,c ou @file avec un nom par ligne. S’ajoutent aux noms du profil.</translation>
    </message>
    <message>
        <source>Never walk the keyspace: find locks by name only (--lock-names, the profile&apos;s names, names seen on other servers). Also a profile setting.</source>
        <translation>Ne jamais parcourir l’espace de clés : chercher les verrous par nom seulement (--lock-names, noms du profil, noms vus sur d’autres serveurs). Réglable aussi dans le profil.</translation>
    </message>
    <message>
        <source>Stop a server&apos;s activity stream above &lt;KiB&gt; per second (it carries the whole cache&apos;s stores). 0: no limit. Default: the profile&apos;s, else 256.</source>
        <translation>Arrêter le flux d’activité d’un serveur au-delà de &lt;KiB&gt; par seconde (il porte toutes les écritures du cache). 0 : sans limite. Par défaut : celle du profil, sinon 256.</translation>
    </message>
    <message>
        <source>--%1: %2 is not a number of milliseconds between 1 and 600000</source>
        <translation>--%1 : %2 n’est pas un nombre de millisecondes entre 1 et 600000</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>%1 (see lockboardctl %2 --help)</source>
        <translation>%1 (voir lockboardctl %2 --help)</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <source>Show each key&apos;s home server as the application&apos;s client library computes it.</source>
        <translation>Afficher le serveur d’origine de chaque clé tel que le calcule la bibliothèque cliente de l’application.</translation>
    </message>
    <message>
        <source>Store a value on its key&apos;s home server, and say whether it was stored.</source>
        <translation>Stocker une valeur sur le serveur d’origine de sa clé, et dire si elle a été stockée.</translation>
    </message>
    <message>
        <source>Print the value of a key from its home server.</source>
        <translation>Afficher la valeur d’une clé, lue sur son serveur d’origine.</translation>
    </message>
    <message>
        <source>Show every server&apos;s health.</source>
        <translation>Afficher la santé de chaque serveur.</translation>
    </message>
    <message>
        <source>List every held lock on every server.</source>
        <translation>Lister tous les verrous tenus sur tous les serveurs.</translation>
    </message>
    <message>
        <source>Servers and locks, refreshed live in the terminal.</source>
        <translation>Serveurs et verrous, actualisés en direct dans le terminal.</translation>
    </message>
    <message>
        <source>Force-release a stuck lock, guarded by its CAS and written to the audit log.</source>
        <translation>Forcer la libération d’un verrou bloqué, protégée par son CAS et inscrite au journal d’audit.</translation>
    </message>
    <message>
        <source>Run a command while holding a lock: a cluster-wide flock.</source>
        <translation>Exécuter une commande en tenant un verrou : un flock à l’échelle du cluster.</translation>
    </message>
    <message>
        <source>Watch lock traffic: acquisitions, contention, hold times, expiries, stuck locks.</source>
        <translation>Observer le trafic des verrous : acquisitions, contention, durées de détention, expirations, verrous bloqués.</translation>
    </message>
    <message>
        <source>List, show, save or remove saved connection profiles.</source>
        <translation>Gérer les profils de connexion enregistrés : list, show, save ou remove.</translation>
    </message>
    <message>
        <source>Usage: lockboardctl COMMAND [options] [arguments]

Inspect and operate memcached clusters that Django applications use as a distributed lock.

Commands:
</source>
        <translation>Utilisation : lockboardctl COMMAND [options] [arguments]

Inspecter et exploiter les clusters memcached que des applications Django utilisent comme verrou distribué.

Commandes :
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (run lockboardctl --help)</source>
        <translation>commande inconnue « %1 » (lancez lockboardctl --help)</translation>
    </message>
    <message>
        <source>%1 (its locks are not listed)</source>
        <translation>%1 (ses verrous ne sont pas listés)</translation>
    </message>
    <message>
        <source>Show every server&apos;s health: up or down and why, latency, version, uptime and restarts, items, connections, evictions, memory, hit ratio and failed sets (store_too_large + store_no_memory).
It reads each server&apos;s stats only: no keyspace walk, no lock reads, so it can run in a loop.
Exit codes: 0 all servers up, 1 a server is down, 2 bad input.</source>
        <translation>Afficher la santé de chaque serveur : actif ou en panne et pourquoi, latence, version, durée de fonctionnement et redémarrages, éléments, connexions, évictions, mémoire, taux de succès et écritures échouées (store_too_large + store_no_memory).
Seules les stats de chaque serveur sont lues : ni parcours de l’espace de clés, ni lecture de verrous ; la commande peut donc tourner en boucle.
Codes de sortie : 0 tous les serveurs sont actifs, 1 un serveur est en panne, 2 entrée invalide.</translation>
    </message>
    <message>
        <source>List every held lock (keys &lt;KEY_PREFIX&gt;:&lt;version&gt;:__d_lock_&lt;name&gt;, any version) on every server, with its home under the profile&apos;s client library, misplaced and split copies, TTL, owner, fencing token, value and CAS. The servers are walked with lru_crawler metadump hash and each lock read with mg ... u (no LRU bump).
Exit codes: 0 every server scanned, 1 a server could not be scanned (the list is incomplete), 2 bad input.</source>
        <translation>Lister tous les verrous tenus (clés &lt;KEY_PREFIX&gt;:&lt;version&gt;:__d_lock_&lt;name&gt;, toute version) sur tous les serveurs, avec leur serveur d’origine selon la bibliothèque cliente du profil, les copies mal placées et scindées, le TTL, le détenteur, le jeton de fencing, la valeur et le CAS. Les serveurs sont parcourus avec lru_crawler metadump hash et chaque verrou est lu avec mg ... u (sans remontée dans le LRU).
Codes de sortie : 0 tous les serveurs ont été parcourus, 1 un serveur n’a pas pu être parcouru (la liste est incomplète), 2 entrée invalide.</translation>
    </message>
    <message>
        <source>Only lock keys of the profile&apos;s VERSION (default: any version).</source>
        <translation>Seulement les clés de verrou de la VERSION du profil (par défaut : toute version).</translation>
    </message>
    <message>
        <source>Seconds between refreshes. Default: 2.</source>
        <translation>Secondes entre deux actualisations. Par défaut : 2.</translation>
    </message>
    <message>
        <source>Stop after &lt;n&gt; refreshes. Default: never.</source>
        <translation>S’arrêter après &lt;n&gt; actualisations. Par défaut : jamais.</translation>
    </message>
    <message>
        <source>--interval: %1 is not a number of seconds between 0.1 and 3600</source>
        <translation>--interval : %1 n’est pas un nombre de secondes entre 0.1 et 3600</translation>
    </message>
    <message>
        <source>--count: %1 is not a number</source>
        <translation>--count : %1 n’est pas un nombre</translation>
    </message>
    <message>
        <source>Lockboard watch: %1, %2 servers, %3 locks, every %4 s (Ctrl-C to stop)</source>
        <translation>Lockboard watch : %1, %2 serveurs, %3 verrous, toutes les %4 s (Ctrl-C pour arrêter)</translation>
    </message>
    <message>
        <source>%1 restarted: locks on this server may have been lost</source>
        <translation>%1 a redémarré : des verrous de ce serveur ont pu être perdus</translation>
    </message>
    <message>
        <source>The server holding the copy (as in the server list, or its 0-based index). Default: the lock&apos;s home.</source>
        <translation>Le serveur qui détient la copie (tel qu’écrit dans la liste des serveurs, ou son index à partir de 0). Par défaut : le serveur d’origine du verrou.</translation>
    </message>
    <message>
        <source>Release only if the CAS is still &lt;n&gt; (as `locks` showed it).</source>
        <translation>Ne libérer que si le CAS vaut toujours &lt;n&gt; (tel que `locks` l’a affiché).</translation>
    </message>
    <message>
        <source>Do not ask.</source>
        <translation>Ne pas demander de confirmation.</translation>
    </message>
    <message>
        <source>release takes one lock NAME</source>
        <translation>release attend un seul nom de verrou (NAME)</translation>
    </message>
    <message>
        <source>not released: the profile &quot;%1&quot; is read-only</source>
        <translation>non libéré : le profil « %1 » est en lecture seule</translation>
    </message>
    <message>
        <source>--server: %1 is not in the server list (%2)</source>
        <translation>--server : %1 n’est pas dans la liste des serveurs (%2)</translation>
    </message>
    <message>
        <source>--cas: %1 is not a CAS value</source>
        <translation>--cas : %1 n’est pas une valeur de CAS</translation>
    </message>
    <message>
        <source>not released: %1</source>
        <translation>non libéré : %1</translation>
    </message>
    <message>
        <source>not released: no lock %1 (key %2) on %3</source>
        <translation>non libéré : aucun verrou %1 (clé %2) sur %3</translation>
    </message>
    <message>
        <source>lock %1 (key %2) on %3: %4 %5, TTL %6, CAS %7</source>
        <translation>verrou %1 (clé %2) sur %3 : %4 %5, TTL %6, CAS %7</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>n’expire jamais</translation>
    </message>
    <message>
        <source>not released: standard input is not a terminal; give --yes to release %1</source>
        <translation>non libéré : l’entrée standard n’est pas un terminal ; ajoutez --yes pour libérer %1</translation>
    </message>
    <message>
        <source>Release %1? [y/N] </source>
        <translation>Libérer %1 ? [y/N] </translation>
    </message>
    <message>
        <source>not released (not confirmed)</source>
        <translation>non libéré (non confirmé)</translation>
    </message>
    <message>
        <source>%1 (audit: %2)</source>
        <translation>%1 (audit : %2)</translation>
    </message>
    <message>
        <source>give a KEY (see %1 --help)</source>
        <translation>indiquez une clé KEY (voir %1 --help)</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (clé %2)</translation>
    </message>
    <message>
        <source>Store VALUE under KEY on the key&apos;s home server, and say whether the server stored it.
VALUE &apos;-&apos; reads the value from standard input. Exit codes: 0 stored, 1 not stored (the reason is on stderr), 2 bad input, 69 the home server could not be reached.</source>
        <translation>Stocker VALUE sous KEY sur le serveur d’origine de la clé, et dire si le serveur l’a stockée.
Avec VALUE « - », la valeur est lue sur l’entrée standard. Codes de sortie : 0 stockée, 1 non stockée (la raison est sur stderr), 2 entrée invalide, 69 le serveur d’origine est injoignable.</translation>
    </message>
    <message>
        <source>Expire after &lt;s&gt; seconds (0: never). Default: 0.</source>
        <translation>Expirer après &lt;s&gt; secondes (0 : jamais). Par défaut : 0.</translation>
    </message>
    <message>
        <source>The item&apos;s client flags. Default: 0.</source>
        <translation>Les flags client de l’élément. Par défaut : 0.</translation>
    </message>
    <message>
        <source>The cache key (memcached key with --raw).</source>
        <translation>La clé de cache (clé memcached avec --raw).</translation>
    </message>
    <message>
        <source>The value, or - for standard input.</source>
        <translation>La valeur, ou - pour l’entrée standard.</translation>
    </message>
    <message>
        <source>set takes KEY and VALUE (or - for standard input)</source>
        <translation>set attend KEY et VALUE (ou - pour l’entrée standard)</translation>
    </message>
    <message>
        <source>--ttl: %1 is not a number of seconds</source>
        <translation>--ttl : %1 n’est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>--flags: %1 is not a 32-bit unsigned number</source>
        <translation>--flags : %1 n’est pas un nombre non signé sur 32 bits</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; is read-only: not writing</source>
        <translation>le profil « %1 » est en lecture seule : aucune écriture</translation>
    </message>
    <message>
        <source>%1 (key %2, %3 bytes)</source>
        <translation>%1 (clé %2, %3 octets)</translation>
    </message>
    <message>
        <source>Print the value stored under KEY on the key&apos;s home server, as is.
Exit codes: 0 found, 1 not found (or another refusal, on stderr), 2 bad input, 69 the home server could not be reached.</source>
        <translation>Afficher telle quelle la valeur stockée sous KEY sur le serveur d’origine de la clé.
Codes de sortie : 0 trouvée, 1 introuvable (ou autre refus, sur stderr), 2 entrée invalide, 69 le serveur d’origine est injoignable.</translation>
    </message>
    <message>
        <source>get takes one KEY</source>
        <translation>get attend une seule clé KEY</translation>
    </message>
    <message>
        <source>Cache keys (memcached keys with --raw).</source>
        <translation>Clés de cache (clés memcached avec --raw).</translation>
    </message>
    <message>
        <source>place: give at least one KEY (see lockboardctl place --help)</source>
        <translation>place : indiquez au moins une clé KEY (voir lockboardctl place --help)</translation>
    </message>
    <message>
        <source>list, show, save or remove.</source>
        <translation>list, show, save ou remove.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Le nom du profil.</translation>
    </message>
    <message>
        <source>profile list takes no NAME</source>
        <translation>profile list n’attend pas de NAME</translation>
    </message>
    <message>
        <source>profile %1 takes exactly one NAME</source>
        <translation>profile %1 attend exactement un NAME</translation>
    </message>
    <message>
        <source>removed profile &quot;%1&quot;</source>
        <translation>profil « %1 » supprimé</translation>
    </message>
    <message>
        <source>profile save: give the servers with --servers (or $LOCKBOARD_SERVERS)</source>
        <translation>profile save : indiquez les serveurs avec --servers (ou $LOCKBOARD_SERVERS)</translation>
    </message>
    <message>
        <source>saved profile &quot;%1&quot; in %2</source>
        <translation>profil « %1 » enregistré dans %2</translation>
    </message>
    <message>
        <source>Run CMD while holding the lock NAME, a cluster-wide flock that excludes the seed&apos;s Django recipe on the same name. The lock is refreshed every ttl/3 and released after CMD ends; CMD finds the lock&apos;s fencing token in $LOCKBOARD_FENCING_TOKEN.
Exit codes: CMD&apos;s own when all went well; 75 the lock is held by another; 69 the lock&apos;s home server cannot be reached; 70 the lock was lost while CMD ran; 127 CMD could not be started.</source>
        <translation>Exécuter CMD en tenant le verrou NAME : un flock à l’échelle du cluster, mutuellement exclusif avec la recette Django historique sur le même nom. Le verrou est renouvelé tous les ttl/3 et libéré quand CMD se termine ; CMD trouve le jeton de fencing du verrou dans $LOCKBOARD_FENCING_TOKEN.
Codes de sortie : celui de CMD si tout s’est bien passé ; 75 le verrou est tenu par un autre ; 69 le serveur d’origine du verrou est injoignable ; 70 le verrou a été perdu pendant l’exécution de CMD ; 127 impossible de lancer CMD.</translation>
    </message>
    <message>
        <source>The lock&apos;s name (key __d_lock_&lt;name&gt;).</source>
        <translation>Le nom du verrou (clé __d_lock_&lt;name&gt;).</translation>
    </message>
    <message>
        <source>Seconds until the lock expires if not refreshed. Default: 120.</source>
        <translation>Secondes avant l’expiration du verrou s’il n’est pas renouvelé. Par défaut : 120.</translation>
    </message>
    <message>
        <source>Keep trying for up to &lt;s&gt; seconds while it is held. Default: 0.</source>
        <translation>Réessayer pendant &lt;s&gt; secondes au plus tant qu’il est tenu. Par défaut : 0.</translation>
    </message>
    <message>
        <source>The command to run, after --.</source>
        <translation>La commande à exécuter, après --.</translation>
    </message>
    <message>
        <source>run: give the lock&apos;s name with --lock NAME</source>
        <translation>run : indiquez le nom du verrou avec --lock NAME</translation>
    </message>
    <message>
        <source>run: give the command to run after --</source>
        <translation>run : indiquez la commande à exécuter après --</translation>
    </message>
    <message>
        <source>--ttl: %1 is not a number of seconds (1 or more)</source>
        <translation>--ttl : %1 n’est pas un nombre de secondes (1 ou plus)</translation>
    </message>
    <message>
        <source>--wait: %1 is not a number of seconds</source>
        <translation>--wait : %1 n’est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; is read-only: not taking locks</source>
        <translation>le profil « %1 » est en lecture seule : aucun verrou n’est pris</translation>
    </message>
    <message>
        <source>cannot run %1: %2 (lock %3 released)</source>
        <translation>impossible d’exécuter %1 : %2 (verrou %3 libéré)</translation>
    </message>
    <message>
        <source>the lock was lost while the command ran: %1</source>
        <translation>le verrou a été perdu pendant l’exécution de la commande : %1</translation>
    </message>
    <message>
        <source>%1 was killed by signal %2</source>
        <translation>%1 a été tué par le signal %2</translation>
    </message>
    <message>
        <source>Find what can make a lock lie (client settings, profiles, evictions, servers), with the fix.</source>
        <translation>Trouver ce qui peut faire mentir un verrou (réglages du client, profils, évictions, serveurs), avec le correctif.</translation>
    </message>
    <message>
        <source>
Run &apos;lockboardctl COMMAND --help&apos; for a command&apos;s options.
Servers come from --servers, a --profile, $LOCKBOARD_SERVERS, or the profile &quot;default&quot;.
Messages follow the system&apos;s language ($LANG); --lang CODE (de, fr, en) overrides it.
Exit codes: 0 success, 1 the operation failed, 2 bad input, 69 a server could not be reached
(run: 75 the lock is held, 70 the lock was lost, 127 the command cannot run; doctor: 3 warnings, 4 critical).
</source>
        <translation>
Lancez « lockboardctl COMMAND --help » pour les options d’une commande.
Les serveurs viennent de --servers, d’un --profile, de $LOCKBOARD_SERVERS ou du profil « default ».
Les messages suivent la langue du système ($LANG) ; --lang CODE (de, fr, en) la remplace.
Codes de sortie : 0 succès, 1 l’opération a échoué, 2 entrée invalide, 69 un serveur était injoignable
(run : 75 le verrou est détenu, 70 le verrou a été perdu, 127 la commande ne peut pas être lancée ; doctor : 3 avertissements, 4 critique).
</translation>
    </message>
    <message>
        <source>Lockboard doctor: %1 (%2, %3)</source>
        <translation>Lockboard doctor : %1 (%2, %3)</translation>
    </message>
    <message>
        <source>servers given</source>
        <translation>serveurs indiqués</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correctif : %1</translation>
    </message>
    <message>
        <source>Judge the settings and saved profiles only; contact no server.</source>
        <translation>Juger seulement les réglages et les profils enregistrés ; ne contacter aucun serveur.</translation>
    </message>
    <message>
        <source>doctor takes no arguments</source>
        <translation>doctor n’attend aucun argument</translation>
    </message>
    <message>
        <source>warning: %1 (not compared)</source>
        <translation>avertissement : %1 (non comparé)</translation>
    </message>
    <message>
        <source>cannot run the project&apos;s Python %1: %2</source>
        <translation>impossible d’exécuter le Python du projet %1 : %2</translation>
    </message>
    <message>
        <source>%1 did not finish reading the project&apos;s settings within %2 s</source>
        <translation>%1 n’a pas fini de lire les réglages du projet en %2 s</translation>
    </message>
    <message>
        <source>Read a Django project&apos;s cache settings with the project&apos;s own Python and save one profile per memcached cache alias, named after it: the servers in the order the backend passes them, the client library, KEY_PREFIX, VERSION and the client&apos;s options. No server is contacted. Settings read from the environment see this command&apos;s environment.</source>
        <translation>Lire les réglages de cache d’un projet Django avec le Python du projet lui-même et enregistrer un profil par alias de cache memcached, nommé d’après lui : les serveurs dans l’ordre où le backend les passe, la bibliothèque cliente, KEY_PREFIX, VERSION et les options du client. Aucun serveur n’est contacté. Les réglages lus dans l’environnement voient l’environnement de cette commande.</translation>
    </message>
    <message>
        <source>The application&apos;s Python interpreter, for example its virtualenv&apos;s bin/python (default: python3 from PATH).</source>
        <translation>L’interpréteur Python de l’application, par exemple le bin/python de son virtualenv (par défaut : python3 du PATH).</translation>
    </message>
    <message>
        <source>The settings module, as DJANGO_SETTINGS_MODULE names it (default: $DJANGO_SETTINGS_MODULE).</source>
        <translation>Le module de réglages, tel que DJANGO_SETTINGS_MODULE le nomme (par défaut : $DJANGO_SETTINGS_MODULE).</translation>
    </message>
    <message>
        <source>A directory to put first on sys.path, such as the project&apos;s root (repeatable; the working directory is on it too, as for manage.py).</source>
        <translation>Un répertoire à placer en tête de sys.path, comme la racine du projet (répétable ; le répertoire de travail y figure aussi, comme pour manage.py).</translation>
    </message>
    <message>
        <source>Import only this alias of CACHES.</source>
        <translation>N’importer que cet alias de CACHES.</translation>
    </message>
    <message>
        <source>The profile&apos;s name when one alias is imported (default: the alias).</source>
        <translation>Le nom du profil quand un seul alias est importé (par défaut : l’alias).</translation>
    </message>
    <message>
        <source>Overwrite saved profiles of the same names.</source>
        <translation>Écraser les profils enregistrés de même nom.</translation>
    </message>
    <message>
        <source>Show the profiles without saving them.</source>
        <translation>Afficher les profils sans les enregistrer.</translation>
    </message>
    <message>
        <source>Print the profiles as JSON.</source>
        <translation>Afficher les profils en JSON.</translation>
    </message>
    <message>
        <source>profile import-django takes no arguments (got &quot;%1&quot;)</source>
        <translation>profile import-django n’attend aucun argument (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>profile import-django: give the settings module with --settings (or $DJANGO_SETTINGS_MODULE)</source>
        <translation>profile import-django : indiquez le module de réglages avec --settings (ou $DJANGO_SETTINGS_MODULE)</translation>
    </message>
    <message>
        <source>reading CACHES of %1 with %2 ...</source>
        <translation>lecture de CACHES de %1 avec %2 ...</translation>
    </message>
    <message>
        <source>--name needs one alias, and %1 were read: choose one with --alias</source>
        <translation>--name demande un seul alias, et %1 ont été lus : choisissez-en un avec --alias</translation>
    </message>
    <message>
        <source>warning: cache &quot;%1&quot;: %2</source>
        <translation>avertissement : cache « %1 » : %2</translation>
    </message>
    <message>
        <source>saved profile &quot;%1&quot; in %2 (%3)</source>
        <translation>profil « %1 » enregistré dans %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (--replace overwrites, --alias and --name choose)</source>
        <translation>%1 (--replace écrase, --alias et --name choisissent)</translation>
    </message>
    <message>
        <source>Connect with TLS (servers started with memcached -Z). Also a profile setting.</source>
        <translation>Se connecter en TLS (serveurs démarrés avec memcached -Z). Réglable aussi dans le profil.</translation>
    </message>
    <message>
        <source>Trust the CAs in &lt;file&gt; (PEM) for the servers&apos; certificates. Default: the system&apos;s CA store.</source>
        <translation>Faire confiance aux CA de &lt;file&gt; (PEM) pour les certificats des serveurs. Par défaut : le magasin de CA du système.</translation>
    </message>
    <message>
        <source>Our client certificate (PEM), for servers that require one (ssl_verify_mode 2 or 3).</source>
        <translation>Notre certificat client (PEM), pour les serveurs qui en exigent un (ssl_verify_mode 2 ou 3).</translation>
    </message>
    <message>
        <source>The client certificate&apos;s private key (PEM).</source>
        <translation>La clé privée du certificat client (PEM).</translation>
    </message>
    <message>
        <source>The name the servers&apos; certificates must carry. Default: each server&apos;s host.</source>
        <translation>Le nom que doivent porter les certificats des serveurs. Par défaut : l’hôte de chaque serveur.</translation>
    </message>
    <message>
        <source>Accept any server certificate: the connection is encrypted but the server is not authenticated. For tests only.</source>
        <translation>Accepter n’importe quel certificat de serveur : la connexion est chiffrée mais le serveur n’est pas authentifié. Pour les tests uniquement.</translation>
    </message>
    <message>
        <source>Authenticate as &lt;name&gt; (servers started with memcached -Y). The password comes from $LOCKBOARD_PASSWORD, --password-file or the system keyring (lockboardctl profile set-password), never from the command line.</source>
        <translation>S’authentifier en tant que &lt;name&gt; (serveurs démarrés avec memcached -Y). Le mot de passe vient de $LOCKBOARD_PASSWORD, de --password-file ou du trousseau du système (lockboardctl profile set-password), jamais de la ligne de commande.</translation>
    </message>
    <message>
        <source>Read the password from &lt;file&gt;, which only its owner may read (chmod 600).</source>
        <translation>Lire le mot de passe dans &lt;file&gt;, que seul son propriétaire peut lire (chmod 600).</translation>
    </message>
    <message>
        <source>WARNING: TLS without verification (--tls-no-verify): the servers are not authenticated, anyone on the path can read and change the traffic</source>
        <translation>AVERTISSEMENT : TLS sans vérification (--tls-no-verify) : les serveurs ne sont pas authentifiés, n’importe qui sur le trajet peut lire et modifier le trafic</translation>
    </message>
    <message>
        <source>profile %1 has no user (save it with --user first)</source>
        <translation>le profil %1 n’a pas d’utilisateur (enregistrez-le d’abord avec --user)</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>stored the password of %1 in the system keyring</source>
        <translation>mot de passe de %1 enregistré dans le trousseau du système</translation>
    </message>
    <message>
        <source>removed the password of %1 from the system keyring</source>
        <translation>mot de passe de %1 supprimé du trousseau du système</translation>
    </message>
    <message>
        <source>Saved connection profiles. &apos;save&apos; stores the servers and settings given by the options (or by $LOCKBOARD_SERVERS) under NAME; the profile called &quot;default&quot; is used when no --profile is given. &apos;import-django&apos; reads them from a Django project (see lockboardctl profile import-django --help). &apos;set-password&apos; reads the password of the profile&apos;s user from stdin into the system keyring; &apos;forget-password&apos; removes it.</source>
        <translation>Profils de connexion enregistrés. « save » enregistre sous NAME les serveurs et réglages donnés par les options (ou par $LOCKBOARD_SERVERS) ; le profil nommé « default » sert quand aucun --profile n’est donné. « import-django » les lit dans un projet Django (voir lockboardctl profile import-django --help). « set-password » lit sur stdin le mot de passe de l’utilisateur du profil et l’enregistre dans le trousseau du système ; « forget-password » l’en retire.</translation>
    </message>
    <message>
        <source>profile: unknown action &quot;%1&quot; (use list, show, save, remove, set-password or forget-password)</source>
        <translation>profile : action inconnue « %1 » (utilisez list, show, save, remove, set-password ou forget-password)</translation>
    </message>
    <message>
        <source>Find what can make a lock lie before it does: the client library&apos;s failover and options (python-memcached&apos;s rehash, pymemcache&apos;s server removal, default_noreply, ignore_exc, pylibmc&apos;s ejection), a password sent without TLS or certificates not verified, saved profiles that place the same keys differently, and the cluster&apos;s state (servers down, locks that can be evicted while held, locks without TTL, memory near full, servers that refuse key walks or watching). Each finding says what it means and the fix. It reads each server&apos;s keys once, as &apos;locks&apos; does. Exit status: 0 nothing worse than a note, 3 warnings, 4 a critical finding, 2 bad input.</source>
        <translation>Trouver ce qui peut faire mentir un verrou avant que cela n’arrive : la bascule et les options de la bibliothèque cliente (rehash de python-memcached, retrait de serveur de pymemcache, default_noreply, ignore_exc, éjection de pylibmc), un mot de passe envoyé sans TLS ou des certificats non vérifiés, les profils enregistrés qui placent les mêmes clés différemment, et l’état du cluster (serveurs en panne, verrous qui peuvent être évincés pendant qu’ils sont tenus, verrous sans TTL, mémoire presque pleine, serveurs qui refusent le parcours des clés ou l’observation). Chaque constat dit ce qu’il signifie et donne le correctif. Les clés de chaque serveur sont lues une fois, comme le fait « locks ». Code de sortie : 0 rien de plus grave qu’une note, 3 avertissements, 4 un constat critique, 2 entrée invalide.</translation>
    </message>
    <message>
        <source>A lock recipe of the applications sharing the cluster, KIND[@CLIENT][=PATTERN]: django (the default), celery, laravel (default pattern laravel_cache:{name}) or custom=PATTERN with {name} in it; @CLIENT names the library that writes its keys (default --client). Give it once per recipe; replaces the profile&apos;s.</source>
        <translation>Une recette de verrou des applications qui partagent le cluster, KIND[@CLIENT][=PATTERN] : django (par défaut), celery, laravel (motif par défaut laravel_cache:{name}) ou custom=PATTERN contenant {name} ; @CLIENT nomme la bibliothèque qui écrit ses clés (par défaut --client). À donner une fois par recette ; remplace celles du profil.</translation>
    </message>
    <message>
        <source>Force-release one copy of the lock NAME: on its home server, or on --server S. The delete happens only if the lock&apos;s CAS is still the one shown (or given with --cas), so a lock that changed meanwhile is left alone. Every attempt is recorded in the audit log ($LOCKBOARD_AUDIT_LOG, else $XDG_STATE_HOME/lockboard/audit.jsonl).
NAME is a lock of the profile&apos;s first recipe (--recipe); with --raw it is the memcached key, of any of its recipes. A lock whose recipe&apos;s holders compare their owner before releasing (laravel) needs --bypass-owner-check.
Without --yes it asks on a terminal, and refuses when there is none. Exit codes: 0 released, 1 nothing released, 2 bad input, 69 the server could not be reached.</source>
        <translation>Forcer la libération d’une copie du verrou NAME : sur son serveur d’origine, ou sur --server S. La suppression n’a lieu que si le CAS du verrou est toujours celui affiché (ou donné avec --cas) ; un verrou modifié entre-temps n’est pas touché. Chaque tentative est inscrite au journal d’audit ($LOCKBOARD_AUDIT_LOG, sinon $XDG_STATE_HOME/lockboard/audit.jsonl).
NAME est un verrou de la première recette du profil (--recipe) ; avec --raw, c’est la clé memcached, de n’importe laquelle de ses recettes. Un verrou dont les détenteurs comparent leur propriétaire avant de libérer (laravel) demande --bypass-owner-check.
Sans --yes, la commande demande confirmation sur un terminal, et refuse s’il n’y en a pas. Codes de sortie : 0 libéré, 1 rien n’a été libéré, 2 entrée invalide, 69 le serveur est injoignable.</translation>
    </message>
    <message>
        <source>Release a lock whose holders compare their owner before releasing it (Laravel&apos;s): its holder loses it while it still believes it holds it.</source>
        <translation>Libérer un verrou dont les détenteurs comparent leur propriétaire avant de le libérer (Laravel) : son détenteur le perd alors qu&apos;il croit encore le détenir.</translation>
    </message>
    <message>
        <source>not released: %1 is not a lock key of the recipes %2</source>
        <translation>non libéré : %1 n&apos;est une clé de verrou d&apos;aucune des recettes %2</translation>
    </message>
    <message>
        <source>The lock&apos;s name under the profile&apos;s first recipe (Django&apos;s: key &lt;prefix&gt;:&lt;version&gt;:__d_lock_&lt;name&gt;), or its key with --raw.</source>
        <translation>Le nom du verrou dans la première recette du profil (pour Django : clé &lt;prefix&gt;:&lt;version&gt;:__d_lock_&lt;name&gt;), ou sa clé avec --raw.</translation>
    </message>
    <message>
        <source>%1 (--bypass-owner-check)</source>
        <translation>%1 (--bypass-owner-check)</translation>
    </message>
    <message>
        <source>Show the home server of each key, computed as the application&apos;s client library computes it.
KEY is a cache key and goes through Django&apos;s key function (KEY_PREFIX:VERSION:KEY) unless --raw is given.
Also show where the library puts the key while its home is down (python-memcached, pymemcache and dalli move it on their defaults, others with the profile&apos;s client options: two holders of one lock), and python-memcached&apos;s full rehash order.</source>
        <translation>Affiche le serveur d’origine de chaque clé, calculé comme le calcule la bibliothèque cliente de l’application.
KEY est une clé de cache et passe par la fonction de clé de Django (KEY_PREFIX:VERSION:KEY), sauf avec --raw.
Affiche aussi où la bibliothèque place la clé pendant que son serveur d’origine est tombé (python-memcached, pymemcache et dalli la déplacent avec leurs réglages par défaut, d’autres avec les options client du profil : deux détenteurs d’un verrou), et l’ordre complet de rehachage de python-memcached.</translation>
    </message>
    <message>
        <source>Set one of the client library&apos;s options that change where a key goes when its server is down (and what the doctor says), with the library&apos;s own name: failover=false (dalli), remove=true (node-memcached), OPT_REMOVE_FAILED_SERVERS=true (php-memcached-ketama), retry_attempts=1e9 (pymemcache), behaviors.auto_eject=true (pylibmc). NAME= removes it. Give it once per option; saved by &apos;profile save&apos;.</source>
        <translation>Règle une option de la bibliothèque cliente qui décide où va une clé quand son serveur est en panne (et ce que dit doctor), sous le nom de la bibliothèque : failover=false (dalli), remove=true (node-memcached), OPT_REMOVE_FAILED_SERVERS=true (php-memcached-ketama), retry_attempts=1e9 (pymemcache), behaviors.auto_eject=true (pylibmc). NOM= la retire. Une fois par option ; « profile save » les garde.</translation>
    </message>
    <message numerus="yes">
        <source>new locks can be listed late on %n server(s)</source>
        <translation>
            <numerusform>les nouveaux verrous peuvent apparaître en retard sur %n serveur</numerusform>
            <numerusform>les nouveaux verrous peuvent apparaître en retard sur %n serveurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: new locks %2</source>
        <translation>%1 : nouveaux verrous %2</translation>
    </message>
    <message>
        <source>Show servers and locks, refreshed every --interval seconds, until interrupted (Ctrl-C) or --count refreshes. On a terminal the screen is redrawn in place; otherwise each refresh is appended, with its time. With --json, each refresh is one JSON object on a line of its own (servers, streams, locks). Each server says how late a new lock can be listed there: by its store stream, by walking the slab classes locks live in (while the stream is paused over its cost limit), or only at full walks.</source>
        <translation>Affiche serveurs et verrous, rafraîchis toutes les --interval secondes, jusqu&apos;à interruption (Ctrl-C) ou --count rafraîchissements. Sur un terminal l&apos;écran est redessiné sur place ; sinon chaque rafraîchissement est ajouté, avec son heure. Avec --json, chaque rafraîchissement est un objet JSON sur une ligne à lui (serveurs, flux, verrous). Pour chaque serveur, il est dit avec quel retard un nouveau verrou peut y apparaître : par son flux d&apos;enregistrements, en parcourant les classes de slab des verrous (tant que le flux est en pause au-dessus de sa limite de coût), ou seulement aux parcours complets.</translation>
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
