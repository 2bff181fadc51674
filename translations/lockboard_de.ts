<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityText</name>
    <message>
        <source>no TTL: it stays forever if its holder dies</source>
        <translation>keine TTL: sie bleibt für immer, wenn ihr Halter stirbt</translation>
    </message>
    <message>
        <source>held longer than 99% of its past holds</source>
        <translation>länger gehalten als 99 % ihrer bisherigen Belegungen</translation>
    </message>
    <message>
        <source>TTL far longer than its holds: a dead holder blocks it long</source>
        <translation>TTL weit länger als ihre Belegungen: ein toter Halter blockiert sie lange</translation>
    </message>
</context>
<context>
    <name>ClusterEvents</name>
    <message>
        <source>Server down: %1</source>
        <translation>Server ausgefallen: %1</translation>
    </message>
    <message>
        <source>Server answers again</source>
        <translation>Server antwortet wieder</translation>
    </message>
    <message>
        <source>Server restarted (pid %1, up %2 s): every lock it held is gone</source>
        <translation>Server neu gestartet (PID %1, seit %2 s): alle Sperren darauf sind verloren</translation>
    </message>
    <message>
        <source>Could not list its keys: %1</source>
        <translation>Schlüssel konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Split lock: &quot;%1&quot; is held on more than one server (home %2)</source>
        <translation>Geteilte Sperre: „%1“ wird auf mehr als einem Server gehalten (Heimserver %2)</translation>
    </message>
    <message>
        <source>Misplaced lock: &quot;%1&quot; is on %2, its home is %3</source>
        <translation>Verlegte Sperre: „%1“ liegt auf %2, ihr Heimserver ist %3</translation>
    </message>
    <message>
        <source>Lock &quot;%1&quot; never expires: if its holder dies it stays until released</source>
        <translation>Sperre „%1“ läuft nie ab: stirbt ihr Halter, bleibt sie bis zur Freigabe</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
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
        <translation>%1 T</translation>
    </message>
</context>
<context>
    <name>LockState</name>
    <message>
        <source>misplaced (home %1)</source>
        <translation>verlegt (Heimserver %1)</translation>
    </message>
    <message>
        <source>split</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>no TTL</source>
        <translation>keine TTL</translation>
    </message>
    <message>
        <source>server restarted</source>
        <translation>Server neu gestartet</translation>
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
        <translation>Versuche pro %1 s</translation>
    </message>
    <message>
        <source>acquired</source>
        <translation>erhalten</translation>
    </message>
    <message>
        <source>contended</source>
        <translation>umkämpft</translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation>vor Minuten</translation>
    </message>
    <message>
        <source>Hold times of released locks</source>
        <translation>Haltezeiten freigegebener Sperren</translation>
    </message>
    <message>
        <source>Attempts over time</source>
        <translation>Versuche im Zeitverlauf</translation>
    </message>
    <message>
        <source>Hold-time histogram</source>
        <translation>Histogramm der Haltezeiten</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>Belegungen</translation>
    </message>
    <message>
        <source>seconds held</source>
        <translation>Sekunden gehalten</translation>
    </message>
</context>
<context>
    <name>lockboard::ActivityMonitor</name>
    <message>
        <source>the server closed the stream</source>
        <translation>der Server hat den Datenstrom geschlossen</translation>
    </message>
    <message>
        <source>%1 does not stream its activity (&quot;watch mutations connevents&quot; answered &quot;%2&quot;; memcached 1.6 or later can): no activity for this server</source>
        <translation>%1 liefert keinen Aktivitätsstrom („watch mutations connevents“ ergab „%2“; memcached ab 1.6 kann es): keine Aktivität für diesen Server</translation>
    </message>
    <message>
        <source>unreadable stream line &quot;%1&quot;</source>
        <translation>unlesbare Zeile im Datenstrom „%1“</translation>
    </message>
    <message numerus="yes">
        <source>the server dropped %n event(s) it could not send in time: figures are incomplete</source>
        <translation>
            <numerusform>der Server hat %n Ereignis verworfen, das er nicht rechtzeitig senden konnte: die Zahlen sind unvollständig</numerusform>
            <numerusform>der Server hat %n Ereignisse verworfen, die er nicht rechtzeitig senden konnte: die Zahlen sind unvollständig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refuses watching (&quot;%2&quot;: memcached -W): no activity for this server, and locks taken there are seen only at its next keyspace walk</source>
        <translation>%1 verweigert das Beobachten (&quot;%2&quot;: memcached -W): keine Aktivität für diesen Server, und dort genommene Sperren erscheinen erst beim nächsten Durchlauf seines Schlüsselraums</translation>
    </message>
    <message>
        <source>%1: activity stream stopped: it cost %2 KB/s (%3 lines/s), above the limit of %4 KB/s (the whole cache&apos;s stores stream, not only the locks&apos;; change the limit in the profile). Locks taken there are seen at its next keyspace walk or refresh by name</source>
        <translation>%1: Aktivitätsstrom angehalten: er kostete %2 KB/s (%3 Zeilen/s), über der Grenze von %4 KB/s (es strömen alle Schreibvorgänge des Caches, nicht nur die der Sperren; die Grenze lässt sich im Profil ändern). Dort genommene Sperren erscheinen beim nächsten Durchlauf des Schlüsselraums oder beim Lesen nach Namen</translation>
    </message>
    <message>
        <source>%1: no answer to &quot;watch&quot; yet; waiting for the activity stream</source>
        <translation>%1: noch keine Antwort auf &quot;watch&quot;; warte auf den Aktivitätsstrom</translation>
    </message>
    <message>
        <source>no answer to &quot;watch&quot; within %1 ms</source>
        <translation>keine Antwort auf &quot;watch&quot; innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>%1: activity stream lost: %2; reconnecting</source>
        <translation>%1: Aktivitätsstrom verloren: %2; verbinde neu</translation>
    </message>
</context>
<context>
    <name>lockboard::ActivityPane</name>
    <message>
        <source>Lock activity</source>
        <translation>Sperraktivität</translation>
    </message>
    <message>
        <source>Select a lock to see its activity since this window opened.</source>
        <translation>Wählen Sie eine Sperre, um ihre Aktivität seit dem Öffnen dieses Fensters zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no acquisitions or attempts seen since watching started.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: seit Beginn der Beobachtung keine Belegungen oder Versuche gesehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 acquired and %3 contended per minute (contention %4); since watching: %5 acquisitions, %6 contended, %7 released, &lt;b&gt;%8 expired&lt;/b&gt; instead of being released. Hold times: p50 %9 s, p99 %10 s (%11 holds).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 erhalten und %3 umkämpft pro Minute (Konkurrenz %4); seit Beobachtungsbeginn: %5 Belegungen, %6 umkämpft, %7 freigegeben, &lt;b&gt;%8 abgelaufen&lt;/b&gt; statt freigegeben. Haltezeiten: p50 %9 s, p99 %10 s (%11 Belegungen).</translation>
    </message>
    <message>
        <source>Held now, for %1, by %2.</source>
        <translation>Jetzt gehalten, seit %1, von %2.</translation>
    </message>
    <message>
        <source>a time unknown</source>
        <translation>unbekannter Zeit</translation>
    </message>
    <message>
        <source>a client whose address is unknown</source>
        <translation>einem Client mit unbekannter Adresse</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hints:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Hinweise:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>lockboard::ClusterInspector</name>
    <message>
        <source>%1 is in names mode (the profile says so): only locks whose names are known are seen there; a lock with an unknown name cannot be seen</source>
        <translation>%1 ist im Namensmodus (so will es das Profil): dort sind nur Locks mit bekanntem Namen zu sehen; ein Lock mit unbekanntem Namen bleibt unsichtbar</translation>
    </message>
    <message>
        <source>%1 refuses key walks (memcached -X: &quot;ERROR metadump not allowed&quot;), so it is in names mode: only locks whose names are known (--lock-names, the profile, or seen on any server) are seen there; a lock with an unknown name cannot be seen</source>
        <translation>%1 verweigert das Durchlaufen der Schlüssel (memcached -X: &quot;ERROR metadump not allowed&quot;) und ist daher im Namensmodus: dort sind nur Locks mit bekanntem Namen zu sehen (--lock-names, das Profil oder auf einem anderen Server gesehen); ein Lock mit unbekanntem Namen bleibt unsichtbar</translation>
    </message>
</context>
<context>
    <name>lockboard::DemoCluster</name>
    <message>
        <source>memcached is not installed, so there is no demo cluster to start. Install it (on Debian: sudo apt-get install memcached) and try again.</source>
        <translation>memcached ist nicht installiert, daher kann kein Demo-Cluster starten. Installieren Sie es (unter Debian: sudo apt-get install memcached) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not find %1 free ports on 127.0.0.1 for the demo servers.</source>
        <translation>Keine %1 freien Ports auf 127.0.0.1 für die Demo-Server gefunden.</translation>
    </message>
    <message>
        <source>The demo server on port %1 could not run: %2</source>
        <translation>Der Demo-Server auf Port %1 konnte nicht laufen: %2</translation>
    </message>
    <message>
        <source>The demo server on port %1 exited: %2</source>
        <translation>Der Demo-Server auf Port %1 hat sich beendet: %2</translation>
    </message>
</context>
<context>
    <name>lockboard::DemoWorkload</name>
    <message>
        <source>The demo server %1 did not start: %2</source>
        <translation>Der Demo-Server %1 ist nicht gestartet: %2</translation>
    </message>
    <message>
        <source>Could not seed the demo cluster: %1</source>
        <translation>Der Demo-Cluster konnte nicht befüllt werden: %1</translation>
    </message>
    <message>
        <source>The demo&apos;s split lock has nowhere to go: it needs two servers</source>
        <translation>Die geteilte Sperre der Demo braucht zwei Server</translation>
    </message>
</context>
<context>
    <name>lockboard::EventsModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>lockboard::LocksModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Lockboard token</source>
        <translation>Lockboard-Token</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Heimserver</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Halter</translation>
    </message>
    <message>
        <source>Fencing token</source>
        <translation>Fencing-Token</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>CAS</source>
        <translation>CAS</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>lockboard::LocksView</name>
    <message>
        <source>&amp;Force release…</source>
        <translation>&amp;Freigabe erzwingen…</translation>
    </message>
    <message>
        <source>Filter locks by name, server, owner, value…</source>
        <translation>Sperren nach Name, Server, Halter, Wert filtern…</translation>
    </message>
    <message>
        <source>Filter locks</source>
        <translation>Sperren filtern</translation>
    </message>
    <message>
        <source>Held locks</source>
        <translation>Gehaltene Sperren</translation>
    </message>
    <message>
        <source>Delete the selected copy of the lock, guarded by its CAS (Del)</source>
        <translation>Die gewählte Kopie der Sperre löschen, geschützt durch ihren CAS (Entf)</translation>
    </message>
    <message>
        <source>The profile is read-only: nothing can be released</source>
        <translation>Das Profil ist schreibgeschützt: nichts kann freigegeben werden</translation>
    </message>
</context>
<context>
    <name>lockboard::MainWindow</name>
    <message>
        <source>Events, newest first</source>
        <translation>Ereignisse, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Locks</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation>Se&amp;rver</translation>
    </message>
    <message>
        <source>&amp;Placement</source>
        <translation>&amp;Platzierung</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>Lockboard</source>
        <translation>Lockboard</translation>
    </message>
    <message>
        <source>No cluster: choose a profile (Ctrl+P), or start with --servers, --profile or --demo</source>
        <translation>Kein Cluster: wählen Sie ein Profil (Strg+P) oder starten Sie mit --servers, --profile oder --demo</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Filter locks</source>
        <translation>Sperren &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>S&amp;perre</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Lockboard — %1 (read-only)</source>
        <translation>Lockboard — %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Lockboard — %1</source>
        <translation>Lockboard — %1</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n server(s), profile &quot;%1&quot;</source>
        <translation>
            <numerusform>Beobachte %n Server, Profil „%1“</numerusform>
            <numerusform>Beobachte %n Server, Profil „%1“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n server(s)…</source>
        <translation>
            <numerusform>Lese %n Server…</numerusform>
            <numerusform>Lese %n Server…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n Server</numerusform>
            <numerusform>%n Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DOWN</source>
        <translation>
            <numerusform>%n AUSGEFALLEN</numerusform>
            <numerusform>%n AUSGEFALLEN</numerusform>
        </translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>Releasing &quot;%1&quot; on %2…</source>
        <translation>Gebe „%1“ auf %2 frei…</translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s)</source>
        <translation>
            <numerusform>%n Sperre</numerusform>
            <numerusform>%n Sperren</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan &amp;keyspace now</source>
        <translation>&amp;Schlüsselraum jetzt durchlaufen</translation>
    </message>
    <message>
        <source>Walk the keyspace of the servers selected in the Servers tab (all when none is selected) now, to find every lock key: this costs each server a pass over all its keys</source>
        <translation>Den Schlüsselraum der im Reiter Server gewählten Server (aller, wenn keiner gewählt ist) jetzt durchlaufen, um jeden Sperrschlüssel zu finden: das kostet jeden Server einen Durchgang über alle seine Schlüssel</translation>
    </message>
    <message>
        <source>Read every server now, walking its keyspace to find every lock (the refresh every 2 s reads the known locks only)</source>
        <translation>Jetzt jeden Server lesen und seinen Schlüsselraum durchlaufen, um jede Sperre zu finden (das Auffrischen alle 2 s liest nur die bekannten Sperren)</translation>
    </message>
</context>
<context>
    <name>lockboard::PlacementView</name>
    <message>
        <source>Memcached key as is (no key function)</source>
        <translation>Memcached-Schlüssel unverändert (keine Schlüsselfunktion)</translation>
    </message>
    <message>
        <source>host:port[:weight], [v6addr]:port, unix:/path, ...</source>
        <translation>host:port[:gewicht], [v6adresse]:port, unix:/pfad, ...</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>cache key, for example __d_lock_nightly</source>
        <translation>Cache-Schlüssel, zum Beispiel __d_lock_nightly</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Client library</source>
        <translation>Client-Bibliothek</translation>
    </message>
    <message>
        <source>Home server</source>
        <translation>Heimserver</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>If the home is down</source>
        <translation>Wenn der Heimserver ausfällt</translation>
    </message>
    <message>
        <source>Placement under each client library</source>
        <translation>Platzierung unter jeder Client-Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Servers:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>Sc&amp;hlüssel:</translation>
    </message>
    <message>
        <source>Memcached key:</source>
        <translation>Memcached-Schlüssel:</translation>
    </message>
    <message>
        <source>the locks held now</source>
        <translation>die jetzt gehaltenen Sperren</translation>
    </message>
    <message>
        <source>a sample of %1 lock keys</source>
        <translation>eine Stichprobe von %1 Sperrschlüsseln</translation>
    </message>
    <message>
        <source>Keys to place</source>
        <translation>Zu platzierende Schlüssel</translation>
    </message>
    <message>
        <source>Server that fails</source>
        <translation>Ausfallender Server</translation>
    </message>
    <message>
        <source>K&amp;eys:</source>
        <translation>Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>If this server &amp;fails:</source>
        <translation>Wenn dieser Server &amp;ausfällt:</translation>
    </message>
    <message>
        <source>Where keys live</source>
        <translation>Wo Schlüssel liegen</translation>
    </message>
    <message numerus="yes">
        <source>the %n lock key(s) held now</source>
        <translation>
            <numerusform>der %n jetzt gehaltene Sperrschlüssel</numerusform>
            <numerusform>die %n jetzt gehaltenen Sperrschlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>no server</source>
        <translation>kein Server</translation>
    </message>
    <message numerus="yes">
        <source>Spread of %n key(s) under %1, the application&apos;s client library. Choose a server that fails to see what moves.</source>
        <translation>
            <numerusform>Verteilung von %n Schlüssel unter %1, der Client-Bibliothek der Anwendung. Wählen Sie einen ausfallenden Server, um zu sehen, was wandert.</numerusform>
            <numerusform>Verteilung von %n Schlüsseln unter %1, der Client-Bibliothek der Anwendung. Wählen Sie einen ausfallenden Server, um zu sehen, was wandert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 keys live on %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 von %3 Schlüsseln liegen auf %4.</translation>
    </message>
    <message>
        <source>%1 move (%2): a lock among them can be held twice.</source>
        <translation>%1 wandern (%2): eine Sperre darunter kann doppelt gehalten werden.</translation>
    </message>
    <message>
        <source>%1 fail until it is back (they never move).</source>
        <translation>%1 schlagen fehl, bis er zurück ist (sie wandern nie).</translation>
    </message>
    <message>
        <source>%1 down (%2)</source>
        <translation>%1 ausgefallen (%2)</translation>
    </message>
    <message>
        <source>fails (the key never moves)</source>
        <translation>schlägt fehl (der Schlüssel wandert nie)</translation>
    </message>
    <message>
        <source>moves to %1 (two holders possible)</source>
        <translation>wandert nach %1 (zwei Halter möglich)</translation>
    </message>
</context>
<context>
    <name>lockboard::ProfileDialog</name>
    <message>
        <source>&amp;Read-only: never write or release anything</source>
        <translation>&amp;Schreibgeschützt: nie schreiben oder freigeben</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <source>Profiles saved here are shared with lockboardctl --profile</source>
        <translation>Hier gespeicherte Profile gelten auch für lockboardctl --profile</translation>
    </message>
    <message>
        <source>host:port[:weight], [v6addr]:port, unix:/path, ...</source>
        <translation>host:port[:gewicht], [v6adresse]:port, unix:/pfad, ...</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Servers:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Client library:</source>
        <translation>&amp;Client-Bibliothek:</translation>
    </message>
    <message>
        <source>&amp;Key prefix (KEY_PREFIX):</source>
        <translation>Schlüssel&amp;präfix (KEY_PREFIX):</translation>
    </message>
    <message>
        <source>&amp;Version (VERSION):</source>
        <translation>&amp;Version (VERSION):</translation>
    </message>
    <message>
        <source>&amp;Lock prefix:</source>
        <translation>Sp&amp;errpräfix:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Saved &amp;profiles:</source>
        <translation>Gespeicherte &amp;Profile:</translation>
    </message>
    <message>
        <source>Find locks by name only (no key &amp;walks)</source>
        <translation>Sperren nur nach Namen suchen (keine Schlüssel&amp;durchläufe)</translation>
    </message>
    <message>
        <source>nightly-report, invoice-sync, ...</source>
        <translation>nightly-report, invoice-sync, ...</translation>
    </message>
    <message>
        <source>Lock names looked up by name on servers that refuse key walks (memcached -X) or in names-only mode, so that their split and misplaced copies are still found</source>
        <translation>Sperrnamen, die auf Servern ohne Schlüsseldurchlauf (memcached -X) oder im Namensmodus nach Namen gesucht werden, damit ihre geteilten und verlegten Kopien trotzdem gefunden werden</translation>
    </message>
    <message>
        <source>For servers where walking every key is not allowed or too costly: only the names above, and those seen on other servers, are looked for</source>
        <translation>Für Server, auf denen das Durchlaufen aller Schlüssel nicht erlaubt oder zu teuer ist: gesucht werden nur die Namen oben und die auf anderen Servern gesehenen</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>The activity stream carries every store of the whole cache: above this it is stopped, and the Servers tab says so</source>
        <translation>Der Aktivitätsstrom trägt jeden Schreibvorgang des ganzen Caches: darüber wird er angehalten, und der Reiter Server sagt es</translation>
    </message>
    <message>
        <source>Lock na&amp;mes:</source>
        <translation>Sperrna&amp;men:</translation>
    </message>
    <message>
        <source>S&amp;tream limit:</source>
        <translation>S&amp;trom-Grenze:</translation>
    </message>
    <message>
        <source>Lock names: %1</source>
        <translation>Sperrnamen: %1</translation>
    </message>
</context>
<context>
    <name>lockboard::ReleaseDialog</name>
    <message>
        <source>Force release lock &quot;%1&quot;?</source>
        <translation>Freigabe der Sperre „%1“ erzwingen?</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Home:</source>
        <translation>Heimserver:</translation>
    </message>
    <message>
        <source>%1 (this copy is misplaced)</source>
        <translation>%1 (diese Kopie ist verlegt)</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Halter:</translation>
    </message>
    <message>
        <source>not recorded in the value (%1)</source>
        <translation>nicht im Wert vermerkt (%1)</translation>
    </message>
    <message>
        <source>TTL:</source>
        <translation>TTL:</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <source>CAS:</source>
        <translation>CAS:</translation>
    </message>
    <message>
        <source>The holder may still be working. It is deleted only if it is still this acquisition (CAS %1); a lock taken again since is left alone. The release is written to the audit log.</source>
        <translation>Der Halter arbeitet vielleicht noch. Gelöscht wird nur, wenn es noch diese Belegung ist (CAS %1); eine inzwischen neu genommene Sperre bleibt unberührt. Die Freigabe wird im Audit-Protokoll vermerkt.</translation>
    </message>
    <message>
        <source>&amp;Force release</source>
        <translation>&amp;Freigabe erzwingen</translation>
    </message>
</context>
<context>
    <name>lockboard::ServerCharts</name>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Operations per second</source>
        <translation>Operationen pro Sekunde</translation>
    </message>
    <message>
        <source>ops/s</source>
        <translation>Op./s</translation>
    </message>
    <message>
        <source>Failed sets per second</source>
        <translation>Fehlgeschlagene Sets pro Sekunde</translation>
    </message>
    <message>
        <source>sets/s</source>
        <translation>Sets/s</translation>
    </message>
    <message>
        <source>Charts show the first %1 of the %2 selected servers.</source>
        <translation>Die Diagramme zeigen die ersten %1 der %2 gewählten Server.</translation>
    </message>
    <message>
        <source>Charts show the selected servers; select rows above to choose.</source>
        <translation>Die Diagramme zeigen die gewählten Server; wählen Sie oben Zeilen aus.</translation>
    </message>
</context>
<context>
    <name>lockboard::ServersModel</name>
    <message>
        <source>DOWN: %1</source>
        <translation>AUSGEFALLEN: %1</translation>
    </message>
    <message>
        <source>RESTARTED %1 ago</source>
        <translation>NEU GESTARTET vor %1</translation>
    </message>
    <message>
        <source>up, keys not listed: %1</source>
        <translation>läuft, Schlüssel nicht aufgelistet: %1</translation>
    </message>
    <message>
        <source>up</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 (off: -M)</source>
        <translation>%1 (aus: -M)</translation>
    </message>
    <message>
        <source>Refused stores (too large, out of memory) counted by the server, plus this program&apos;s own failed sets</source>
        <translation>Vom Server gezählte abgelehnte Speicherungen (zu groß, kein Speicher) plus die eigenen fehlgeschlagenen Sets dieses Programms</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Ops/s</source>
        <translation>Op./s</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Evictions</source>
        <translation>Verdrängungen</translation>
    </message>
    <message>
        <source>Failed sets</source>
        <translation>Fehlgeschlagene Sets</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>names mode</source>
        <translation>Namensmodus</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>%1/s, %2 lines/s</source>
        <translation>%1/s, %2 Zeilen/s</translation>
    </message>
    <message>
        <source>Round trip of a stats request: from writing it to reading its last byte, timed on the inspector&apos;s own thread</source>
        <translation>Umlaufzeit einer stats-Anfrage: vom Schreiben bis zum Lesen ihres letzten Bytes, gemessen im eigenen Thread des Inspektors</translation>
    </message>
    <message>
        <source>What the activity stream (every store on this server) costs it</source>
        <translation>Was der Aktivitätsstrom (jeder Schreibvorgang auf diesem Server) ihn kostet</translation>
    </message>
    <message>
        <source>Keyspace walk</source>
        <translation>Schlüsselraum-Durchlauf</translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>%1 ago, next in %2</source>
        <translation>vor %1, nächster in %2</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>A walk reads every key&apos;s metadata (%1 keys in %2 s last time); between walks, known locks are re-read by key and new ones come from the store stream. F5 walks every server now.</source>
        <translation>Ein Durchlauf liest die Metadaten jedes Schlüssels (zuletzt %1 Schlüssel in %2 s); zwischen Durchläufen werden bekannte Sperren nach Schlüssel neu gelesen und neue kommen aus dem Strom der Schreibvorgänge. F5 durchläuft jetzt jeden Server.</translation>
    </message>
</context>
<context>
    <name>lockboard::ServersView</name>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>lockboard::SpreadChart</name>
    <message>
        <source>Keys per server</source>
        <translation>Schlüssel pro Server</translation>
    </message>
    <message>
        <source>Keys per server chart</source>
        <translation>Diagramm: Schlüssel pro Server</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Dashboard for memcached clusters used as a distributed lock.</source>
        <translation>Dashboard für memcached-Cluster, die als verteilte Sperre dienen.</translation>
    </message>
    <message>
        <source>Open the saved profile &lt;name&gt;.</source>
        <translation>Das gespeicherte Profil &lt;name&gt; öffnen.</translation>
    </message>
    <message>
        <source>Servers, as for lockboardctl.</source>
        <translation>Server, wie bei lockboardctl.</translation>
    </message>
    <message>
        <source>The application&apos;s client library.</source>
        <translation>Die Client-Bibliothek der Anwendung.</translation>
    </message>
    <message>
        <source>Django&apos;s KEY_PREFIX.</source>
        <translation>Djangos KEY_PREFIX.</translation>
    </message>
    <message>
        <source>Django&apos;s VERSION.</source>
        <translation>Djangos VERSION.</translation>
    </message>
    <message>
        <source>Never write or release anything.</source>
        <translation>Nie schreiben oder freigeben.</translation>
    </message>
    <message>
        <source>Start three local memcached servers with a workload of lock holders, and show them. They are stopped on exit.</source>
        <translation>Drei lokale memcached-Server mit einer Last aus Sperrhaltern starten und anzeigen. Sie werden beim Beenden gestoppt.</translation>
    </message>
    <message>
        <source>The language, for example de or fr (default: the system&apos;s).</source>
        <translation>Die Sprache, zum Beispiel de oder fr (Vorgabe: die des Systems).</translation>
    </message>
</context>
</TS>
