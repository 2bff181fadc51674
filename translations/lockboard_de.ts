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
    <message numerus="yes">
        <source>Watching %n server(s), profile &quot;%1&quot;</source>
        <translation>
            <numerusform>Beobachte %n Server, Profil „%1“</numerusform>
            <numerusform>Beobachte %n Server, Profil „%1“</numerusform>
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
    <message>
        <source>hours held</source>
        <translation>Stunden gehalten</translation>
    </message>
    <message>
        <source>minutes held</source>
        <translation>Minuten gehalten</translation>
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
    <message>
        <source>%1: activity stream paused: it cost %2 KB/s (%3 lines/s), above the limit of %4 KB/s (the whole cache&apos;s stores stream, not only the locks&apos;; the limit is the profile&apos;s). It resumes when the stores would cost under %5 KB/s; meanwhile no activity for this server, and new locks are found by walking their slab classes</source>
        <translation>%1: Aktivitätsstrom pausiert: er kostete %2 KB/s (%3 Zeilen/s), über der Grenze von %4 KB/s (es strömen alle Schreibvorgänge des Caches, nicht nur die der Sperren; die Grenze ist die des Profils). Er wird fortgesetzt, wenn die Schreibvorgänge weniger als %5 KB/s kosten würden; bis dahin keine Aktivität für diesen Server, und neue Sperren werden durch Durchlaufen ihrer Slab-Klassen gefunden</translation>
    </message>
    <message>
        <source>%1: activity stream resuming: the cache now takes %2 stores/s</source>
        <translation>%1: Aktivitätsstrom wird fortgesetzt: der Cache nimmt jetzt %2 Schreibvorgänge/s an</translation>
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
    <message>
        <source>&lt;b&gt;Not counting now&lt;/b&gt; (figures as of when the stream stopped): %1</source>
        <translation>&lt;b&gt;Zählt gerade nicht&lt;/b&gt; (Zahlen vom Stillstand des Stroms): %1</translation>
    </message>
</context>
<context>
    <name>lockboard::ClusterInspector</name>
    <message>
        <source>%1 is in names mode (the profile says so): only locks whose names are known are seen there; a lock with an unknown name cannot be seen</source>
        <translation>%1 ist im Namensmodus (so will es das Profil): dort sind nur Sperren mit bekanntem Namen zu sehen; eine Sperre mit unbekanntem Namen bleibt unsichtbar</translation>
    </message>
    <message>
        <source>%1 refuses key walks (memcached -X: &quot;ERROR metadump not allowed&quot;), so it is in names mode: only locks whose names are known (--lock-names, the profile, or seen on any server) are seen there; a lock with an unknown name cannot be seen</source>
        <translation>%1 verweigert das Durchlaufen der Schlüssel (memcached -X: &quot;ERROR metadump not allowed&quot;) und ist daher im Namensmodus: dort sind nur Sperren mit bekanntem Namen zu sehen (--lock-names, das Profil oder auf einem anderen Server gesehen); eine Sperre mit unbekanntem Namen bleibt unsichtbar</translation>
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
    <name>lockboard::DjangoImportDialog</name>
    <message>
        <source>&amp;Replace saved profiles of the same names</source>
        <translation>Gleichnamige gespeicherte Profile &amp;ersetzen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import from Django project</source>
        <translation>Aus Django-Projekt importieren</translation>
    </message>
    <message>
        <source>The application&apos;s own interpreter, for example its virtualenv&apos;s bin/python: its Django, settings and client libraries are read</source>
        <translation>Der eigene Interpreter der Anwendung, zum Beispiel bin/python ihres virtualenv: Django, Einstellungen und Client-Bibliotheken werden über ihn gelesen</translation>
    </message>
    <message>
        <source>mysite.settings</source>
        <translation>mysite.settings</translation>
    </message>
    <message>
        <source>the folder manage.py is in</source>
        <translation>der Ordner, in dem manage.py liegt</translation>
    </message>
    <message>
        <source>Put first on sys.path, and the folder the settings are read in</source>
        <translation>Kommt an den Anfang von sys.path und ist der Ordner, in dem die Einstellungen gelesen werden</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Python interpreter</source>
        <translation>Python-Interpreter</translation>
    </message>
    <message>
        <source>Django project</source>
        <translation>Django-Projekt</translation>
    </message>
    <message>
        <source>&amp;Python:</source>
        <translation>&amp;Python:</translation>
    </message>
    <message>
        <source>&amp;Settings module:</source>
        <translation>Ein&amp;stellungsmodul:</translation>
    </message>
    <message>
        <source>Project &amp;folder:</source>
        <translation>Projekt&amp;ordner:</translation>
    </message>
    <message>
        <source>One profile per memcached cache of CACHES, named after it. The settings are read by the project&apos;s Python with this program&apos;s environment; no server is contacted.</source>
        <translation>Ein Profil je memcached-Cache aus CACHES, nach diesem benannt. Die Einstellungen liest das Python des Projekts mit der Umgebung dieses Programms; kein Server wird kontaktiert.</translation>
    </message>
    <message>
        <source>The project&apos;s Python did not finish within %1 s.</source>
        <translation>Das Python des Projekts ist nicht innerhalb von %1 s fertig geworden.</translation>
    </message>
    <message>
        <source>Give the settings module (DJANGO_SETTINGS_MODULE), for example mysite.settings.</source>
        <translation>Geben Sie das Einstellungsmodul an (DJANGO_SETTINGS_MODULE), zum Beispiel mysite.settings.</translation>
    </message>
    <message>
        <source>Cannot run the project&apos;s Python %1: %2</source>
        <translation>Das Python des Projekts %1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>Reading CACHES of %1 with %2…</source>
        <translation>Lese CACHES von %1 mit %2…</translation>
    </message>
    <message>
        <source>every memcached cache</source>
        <translation>alle memcached-Caches</translation>
    </message>
    <message>
        <source>Import only this alias of CACHES</source>
        <translation>Nur diesen Alias aus CACHES importieren</translation>
    </message>
    <message>
        <source>Cache &amp;alias:</source>
        <translation>Cache-&amp;Alias:</translation>
    </message>
</context>
<context>
    <name>lockboard::DoctorView</name>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>Judge the client&apos;s settings, the saved profiles and the cluster again: reads each server&apos;s slab statistics, and uses the latest refresh (no extra key walk)</source>
        <translation>Die Einstellungen des Clients, die gespeicherten Profile und den Cluster erneut beurteilen: liest die Slab-Statistiken jedes Servers und nutzt die letzte Aktualisierung (kein zusätzlicher Schlüsseldurchlauf)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>The fix</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>Findings, most severe first</source>
        <translation>Befunde, schwerste zuerst</translation>
    </message>
    <message>
        <source>No cluster: choose a profile.</source>
        <translation>Kein Cluster: wählen Sie ein Profil.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfe…</translation>
    </message>
    <message>
        <source>%1, checked at %2: %3</source>
        <translation>%1, geprüft um %2: %3</translation>
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
    <message>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
</context>
<context>
    <name>lockboard::LocksView</name>
    <message>
        <source>&amp;Force release…</source>
        <translation>&amp;Freigabe erzwingen…</translation>
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
    <message>
        <source>Filter locks by name, recipe, server, owner, value…</source>
        <translation>Sperren nach Name, Rezept, Server, Halter, Wert filtern…</translation>
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
    <message>
        <source>&amp;Doctor</source>
        <translation>D&amp;octor</translation>
    </message>
    <message>
        <source>Waiting for the first refresh of %1…</source>
        <translation>Warte auf die erste Aktualisierung von %1…</translation>
    </message>
    <message>
        <source>Not compared by the doctor: %1</source>
        <translation>Vom doctor nicht verglichen: %1</translation>
    </message>
    <message>
        <source>TLS without verification: the servers&apos; certificates are NOT checked for this profile, so the servers are not authenticated and anyone on the path can read and change the traffic. Give the CA in the profile (Ctrl+P) and turn verification back on.</source>
        <translation>TLS ohne Prüfung: die Zertifikate der Server werden für dieses Profil NICHT geprüft, daher sind die Server nicht authentifiziert, und jeder auf dem Übertragungsweg kann den Verkehr mitlesen und verändern. Geben Sie die CA im Profil an (Strg+P) und schalten Sie die Prüfung wieder ein.</translation>
    </message>
    <message>
        <source>Looking up the password of %1…</source>
        <translation>Suche das Passwort von %1…</translation>
    </message>
    <message>
        <source>Waiting for the password of %1</source>
        <translation>Warte auf das Passwort von %1</translation>
    </message>
    <message>
        <source>The password is in the system keyring</source>
        <translation>Das Passwort liegt im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Not connected: no password for %1</source>
        <translation>Nicht verbunden: kein Passwort für %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New locks can be listed late: %1</source>
        <translation>Neue Sperren können verspätet erscheinen: %1</translation>
    </message>
    <message numerus="yes">
        <source>new locks late on %n server(s)</source>
        <translation>
            <numerusform>neue Sperren verspätet auf %n Server</numerusform>
            <numerusform>neue Sperren verspätet auf %n Servern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockboard::PasswordDialog</name>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>Im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>The servers of %1 ask for a password (memcached -Y). %2</source>
        <translation>Die Server von %1 verlangen ein Passwort (memcached -Y). %2</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
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
    <message>
        <source>%1, with the profile&apos;s client options</source>
        <translation>%1, mit den Client-Optionen des Profils</translation>
    </message>
    <message>
        <source>%1 keys of the servers still up move as well: the ring is rebuilt without %2.</source>
        <translation>%1 Schlüssel der noch laufenden Server ziehen ebenfalls um: der Ring wird ohne %2 neu aufgebaut.</translation>
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
    <message>
        <source>Import from &amp;Django project…</source>
        <translation>Aus Django-Pro&amp;jekt importieren…</translation>
    </message>
    <message>
        <source>Read the servers, client library, KEY_PREFIX and VERSION from the application&apos;s own settings</source>
        <translation>Server, Client-Bibliothek, KEY_PREFIX und VERSION aus den eigenen Einstellungen der Anwendung lesen</translation>
    </message>
    <message>
        <source>Use &amp;TLS (memcached -Z)</source>
        <translation>TLS ver&amp;wenden (memcached -Z)</translation>
    </message>
    <message>
        <source>Do not verify the servers&apos; certificates (INSECURE)</source>
        <translation>Zertifikate der Server nicht prüfen (UNSICHER)</translation>
    </message>
    <message>
        <source>the system&apos;s CA store</source>
        <translation>der CA-Speicher des Systems</translation>
    </message>
    <message>
        <source>none; for servers that require one</source>
        <translation>keines; für Server, die eines verlangen</translation>
    </message>
    <message>
        <source>each server&apos;s host</source>
        <translation>der Host jedes Servers</translation>
    </message>
    <message>
        <source>The traffic is encrypted but the servers are not authenticated: anyone on the path can read and change it. The window says so in red while this profile is shown.</source>
        <translation>Der Verkehr ist verschlüsselt, aber die Server sind nicht authentifiziert: jeder auf dem Übertragungsweg kann ihn mitlesen und verändern. Das Fenster weist rot darauf hin, solange dieses Profil angezeigt wird.</translation>
    </message>
    <message>
        <source>none; for servers started with -Y</source>
        <translation>keiner; für Server, die mit -Y gestartet sind</translation>
    </message>
    <message>
        <source>none: the system keyring</source>
        <translation>keine: der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>A file only you can read (chmod 600) holding the password. Without one, the password comes from the system keyring, and is asked for (and can be remembered there) when connecting. It is never saved in the settings file.</source>
        <translation>Eine Datei mit dem Passwort, die nur Sie lesen können (chmod 600). Ohne sie kommt das Passwort aus dem Schlüsselbund des Systems und wird beim Verbinden abgefragt (und kann dort gemerkt werden). Es wird nie in der Einstellungsdatei gespeichert.</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <source>Client certificate (PEM)</source>
        <translation>Client-Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>Client key (PEM)</source>
        <translation>Client-Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>Password file</source>
        <translation>Passwortdatei</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>C&amp;A-Datei:</translation>
    </message>
    <message>
        <source>Client ce&amp;rtificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-Sc&amp;hlüssel:</translation>
    </message>
    <message>
        <source>Name to &amp;verify:</source>
        <translation>Zu p&amp;rüfender Name:</translation>
    </message>
    <message>
        <source>A&amp;uth user:</source>
        <translation>A&amp;uth-Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word file:</source>
        <translation>Passw&amp;ortdatei:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Lock recipes</source>
        <translation>Sperrrezepte</translation>
    </message>
    <message>
        <source>How the applications name their locks, and which client library writes them (lockboardctl --recipe)</source>
        <translation>Wie die Anwendungen ihre Sperren benennen und welche Client-Bibliothek sie schreibt (lockboardctl --recipe)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Add, change and preview lock recipes</source>
        <translation>Sperrrezepte hinzufügen, ändern und in der Vorschau prüfen</translation>
    </message>
    <message>
        <source>Lock rec&amp;ipes:</source>
        <translation>Sperrrezepte (&amp;i):</translation>
    </message>
    <message>
        <source>Correct the form first: %1</source>
        <translation>Zuerst das Formular berichtigen: %1</translation>
    </message>
    <message>
        <source>none: %1 has no option that moves keys</source>
        <translation>keine: %1 hat keine Option, die Schlüssel verschiebt</translation>
    </message>
    <message>
        <source>Client options: %1</source>
        <translation>Client-Optionen: %1</translation>
    </message>
    <message>
        <source>Client opt&amp;ions:</source>
        <translation>Optionen der Clientbibliothe&amp;k:</translation>
    </message>
    <message>
        <source>The client library&apos;s options that change where a key goes while its server is down, and what the doctor says, as NAME=VALUE separated by commas (lockboardctl --client-option). Options imported from Django that Lockboard does not read stay with the profile while its name and library stay the same.</source>
        <translation>Die Optionen der Client-Bibliothek, die bestimmen, wohin ein Schlüssel geht, solange sein Server ausgefallen ist, und was doctor meldet, als NAME=WERT mit Kommas getrennt (lockboardctl --client-option). Aus Django importierte Optionen, die Lockboard nicht liest, bleiben beim Profil, solange sein Name und seine Bibliothek gleich bleiben.</translation>
    </message>
</context>
<context>
    <name>lockboard::RecipeDialog</name>
    <message>
        <source>&amp;Search the servers</source>
        <translation>Server &amp;durchsuchen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Lock recipes of %1</source>
        <translation>Sperrrezepte von %1</translation>
    </message>
    <message>
        <source>this profile</source>
        <translation>diesem Profil</translation>
    </message>
    <message>
        <source>Lock recipes</source>
        <translation>Sperrrezepte</translation>
    </message>
    <message>
        <source>django: cache.add of the lock prefix + name, through Django&apos;s key function
celery: Celery&apos;s task lock &quot;&lt;task&gt;-lock-&lt;md5&gt;&quot; through Django&apos;s cache
laravel: Cache::lock on Laravel&apos;s memcached store
custom: a key pattern you type</source>
        <translation>django: cache.add von Sperrpräfix + Name, durch Djangos Schlüsselfunktion
celery: Celerys Task-Sperre &quot;&lt;task&gt;-lock-&lt;md5&gt;&quot; über Djangos Cache
laravel: Cache::lock auf Laravels Memcached-Store
custom: ein Schlüsselmuster, das Sie eingeben</translation>
    </message>
    <message>
        <source>the profile&apos;s (%1)</source>
        <translation>die des Profils (%1)</translation>
    </message>
    <message>
        <source>The client library that writes this recipe&apos;s keys: it decides which server each key belongs on</source>
        <translation>Die Client-Bibliothek, die die Schlüssel dieses Rezepts schreibt: Sie entscheidet, auf welchen Server jeder Schlüssel gehört</translation>
    </message>
    <message>
        <source>The keys as the application writes them, {name} where the lock&apos;s name goes, {version} where a Django version number goes</source>
        <translation>Die Schlüssel so, wie die Anwendung sie schreibt: {name} an der Stelle des Sperrnamens, {version} an der Stelle einer Django-Versionsnummer</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
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
        <source>Owner</source>
        <translation>Halter</translation>
    </message>
    <message>
        <source>Keys the recipe recognises</source>
        <translation>Schlüssel, die das Rezept erkennt</translation>
    </message>
    <message>
        <source>Walk each server&apos;s keyspace once for these recipes&apos; keys (what the dashboard&apos;s first refresh does): keys that no recipe knew yet are found this way</source>
        <translation>Den Schlüsselraum jedes Servers einmal nach den Schlüsseln dieser Rezepte durchlaufen (wie die erste Aktualisierung des Dashboards): so werden Schlüssel gefunden, die noch kein Rezept kannte</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Written by:</source>
        <translation>&amp;Geschrieben von:</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <source>Held keys it recognises</source>
        <translation>Gehaltene Schlüssel, die es erkennt</translation>
    </message>
    <message>
        <source>Search stopped.</source>
        <translation>Suche angehalten.</translation>
    </message>
    <message>
        <source>A profile needs at least one recipe.</source>
        <translation>Ein Profil braucht mindestens ein Rezept.</translation>
    </message>
    <message>
        <source>Keys: the profile&apos;s key function applied to &quot;%1&lt;name&gt;&quot;.</source>
        <translation>Schlüssel: die Schlüsselfunktion des Profils, angewandt auf &quot;%1&lt;name&gt;&quot;.</translation>
    </message>
    <message>
        <source>Keys: &quot;&lt;task name&gt;-lock-&lt;md5 hex&gt;&quot; through the profile&apos;s key function; the value is the Celery app&apos;s oid.</source>
        <translation>Schlüssel: &quot;&lt;task name&gt;-lock-&lt;md5 hex&gt;&quot; durch die Schlüsselfunktion des Profils; der Wert ist die oid der Celery-App.</translation>
    </message>
    <message>
        <source>Keys: the store&apos;s prefix, then the lock&apos;s name; the value is a random owner, which Laravel compares before releasing.</source>
        <translation>Schlüssel: das Präfix des Stores, dann der Name der Sperre; der Wert ist ein zufälliger Halter, den Laravel vor dem Freigeben vergleicht.</translation>
    </message>
    <message>
        <source>{name} marks the lock&apos;s name; every other character must match.</source>
        <translation>{name} markiert den Namen der Sperre; jedes andere Zeichen muss übereinstimmen.</translation>
    </message>
    <message>
        <source>The recipe is not valid: nothing to preview.</source>
        <translation>Das Rezept ist ungültig: keine Vorschau.</translation>
    </message>
    <message>
        <source>No keys read yet: search the servers to see which keys this recipe recognises.</source>
        <translation>Noch keine Schlüssel gelesen: Durchsuchen Sie die Server, um zu sehen, welche Schlüssel dieses Rezept erkennt.</translation>
    </message>
    <message numerus="yes">
        <source>%n held key(s) recognised by %1, among the %2 copies read (the dashboard&apos;s locks and the last search).</source>
        <translation>
            <numerusform>%n gehaltener Schlüssel von %1 erkannt, unter den %2 gelesenen Kopien (die Sperren des Dashboards und die letzte Suche).</numerusform>
            <numerusform>%n gehaltene Schlüssel von %1 erkannt, unter den %2 gelesenen Kopien (die Sperren des Dashboards und die letzte Suche).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Walking the keyspace of %n server(s)…</source>
        <translation>
            <numerusform>Schlüsselraum von %n Server wird durchlaufen…</numerusform>
            <numerusform>Schlüsselraum von %n Servern wird durchlaufen…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Found %n lock copy(ies) of these recipes; servers walked: %1 of %2.</source>
        <translation>
            <numerusform>%n Sperrkopie dieser Rezepte gefunden; durchlaufene Server: %1 von %2.</numerusform>
            <numerusform>%n Sperrkopien dieser Rezepte gefunden; durchlaufene Server: %1 von %2.</numerusform>
        </translation>
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
    <message>
        <source>Take it from its holder anyway: a %1 lock&apos;s holder compares its owner before releasing, so it will go on as if it still held it</source>
        <translation>Trotzdem dem Halter wegnehmen: Der Halter einer %1-Sperre vergleicht vor dem Freigeben seine Besitzerkennung und macht daher weiter, als hielte er sie noch</translation>
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
    <message>
        <source>Plain text: anyone on the path can read the traffic</source>
        <translation>Klartext: jeder auf dem Übertragungsweg kann den Verkehr mitlesen</translation>
    </message>
    <message>
        <source>TLS; the server&apos;s certificate was verified</source>
        <translation>TLS; das Zertifikat des Servers wurde geprüft</translation>
    </message>
    <message>
        <source>TLS, but the server&apos;s certificate is NOT verified (the profile turns verification off): the server is not authenticated</source>
        <translation>TLS, aber das Zertifikat des Servers wird NICHT geprüft (das Profil schaltet die Prüfung ab): der Server ist nicht authentifiziert</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>paused: over its limit</source>
        <translation>pausiert: über seiner Grenze</translation>
    </message>
    <message>
        <source>How late a lock taken there now can be listed. By stream: the server reports every store, and lock stores are read at once. By class walk: the stream is off (over its cost limit, refused, or not up yet), so the slab classes locks live in are walked every few seconds, a crowded one less often (a lock being written during a walk is found by the next). Only at full walks: F5 walks every server now.</source>
        <translation>Wie spät eine jetzt dort genommene Sperre erscheinen kann. Per Strom: der Server meldet jeden Schreibvorgang, und Sperren werden sofort gelesen. Per Klassendurchlauf: der Strom ist aus (über seiner Kostengrenze, verweigert oder noch nicht bereit), daher werden die Slab-Klassen, in denen Sperren liegen, alle paar Sekunden durchlaufen, eine volle seltener (eine Sperre, die während eines Durchlaufs geschrieben wird, findet der nächste). Nur bei vollen Durchläufen: F5 durchläuft jetzt jeden Server.</translation>
    </message>
    <message>
        <source>New locks</source>
        <translation>Neue Sperren</translation>
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
    <name>lockboard::client</name>
    <message>
        <source>the socket path is too long</source>
        <translation>der Socket-Pfad ist zu lang</translation>
    </message>
    <message>
        <source>timeout: no connection within %1 ms (connect timeout)</source>
        <translation>Zeitüberschreitung: keine Verbindung innerhalb von %1 ms (Verbindungs-Timeout)</translation>
    </message>
    <message>
        <source>timeout: no answer within %1 ms (connect timeout %2 ms)</source>
        <translation>Zeitüberschreitung: keine Antwort innerhalb von %1 ms (Verbindungs-Timeout %2 ms)</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>protocol error: the reply is not memcached protocol (%1)</source>
        <translation>Protokollfehler: die Antwort ist kein memcached-Protokoll (%1)</translation>
    </message>
    <message>
        <source>timeout: could not send within %1 ms</source>
        <translation>Zeitüberschreitung: Senden innerhalb von %1 ms nicht möglich</translation>
    </message>
    <message>
        <source>protocol error: the value block does not end with \r\n</source>
        <translation>Protokollfehler: der Wertblock endet nicht mit \r\n</translation>
    </message>
    <message>
        <source>protocol error: unexpected bytes after the reply (%1)</source>
        <translation>Protokollfehler: unerwartete Bytes nach der Antwort (%1)</translation>
    </message>
    <message>
        <source>not stored: the key already exists</source>
        <translation>nicht gespeichert: der Schlüssel existiert bereits</translation>
    </message>
    <message>
        <source>not stored: the key does not exist</source>
        <translation>nicht gespeichert: der Schlüssel existiert nicht</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>not deleted: the item changed since its CAS was read</source>
        <translation>nicht gelöscht: der Eintrag hat sich geändert, seit sein CAS gelesen wurde</translation>
    </message>
    <message>
        <source>not stored: the item changed since its CAS was read</source>
        <translation>nicht gespeichert: der Eintrag hat sich geändert, seit sein CAS gelesen wurde</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>too large: the server refuses items this big (its item size limit, memcached -I)</source>
        <translation>zu groß: der Server lehnt so große Einträge ab (seine Größengrenze für Einträge, memcached -I)</translation>
    </message>
    <message>
        <source>out of memory: the server cannot make room for the item (eviction is off, memcached -M)</source>
        <translation>kein Speicher: der Server kann keinen Platz für den Eintrag schaffen (Verdrängung ist aus, memcached -M)</translation>
    </message>
    <message>
        <source>server error: %1</source>
        <translation>Serverfehler: %1</translation>
    </message>
    <message>
        <source>the server refused the request: %1</source>
        <translation>der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>libmemcached refused the key %1</source>
        <translation>libmemcached hat den Schlüssel %1 abgelehnt</translation>
    </message>
    <message>
        <source>protocol error: an unexpected MN reply</source>
        <translation>Protokollfehler: eine unerwartete MN-Antwort</translation>
    </message>
    <message>
        <source>the server does not understand meta commands (memcached 1.6 or newer is needed)</source>
        <translation>der Server versteht keine Meta-Befehle (memcached 1.6 oder neuer ist nötig)</translation>
    </message>
</context>
<context>
    <name>lockboard::common</name>
    <message>
        <source>connection refused (is memcached running there?)</source>
        <translation>Verbindung abgelehnt (läuft dort memcached?)</translation>
    </message>
    <message>
        <source>cannot resolve the host name (%1)</source>
        <translation>der Hostname lässt sich nicht auflösen (%1)</translation>
    </message>
    <message>
        <source>connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>lockboard::config</name>
    <message>
        <source>unknown client library %1 (known: %2)</source>
        <translation>unbekannte Client-Bibliothek %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>the lock name is empty</source>
        <translation>der Sperrname ist leer</translation>
    </message>
    <message>
        <source>the key is empty</source>
        <translation>der Schlüssel ist leer</translation>
    </message>
    <message>
        <source>key %1 is %2 bytes long; memcached allows at most %3</source>
        <translation>Schlüssel %1 ist %2 Bytes lang; memcached erlaubt höchstens %3</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>the control character 0x%1</source>
        <translation>das Steuerzeichen 0x%1</translation>
    </message>
    <message>
        <source>key %1 contains %2 at byte %3; memcached keys cannot contain whitespace or control characters</source>
        <translation>Schlüssel %1 enthält %2 an Byte %3; memcached-Schlüssel dürfen keine Leer- oder Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>cannot create %1 for the lock keys seen</source>
        <translation>%1 für die gesehenen Sperrschlüssel kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: the key version %2 is not an integer</source>
        <translation>%1: die Schlüsselversion %2 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>bad profile name %1: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>ungültiger Profilname %1: erlaubt sind 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <source>the settings file %1 cannot be read: %2</source>
        <translation>die Einstellungsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the settings file %1 is corrupt (not an INI text file); nothing was read from it or written to it: repair it or move it away</source>
        <translation>die Einstellungsdatei %1 ist beschädigt (keine INI-Textdatei); nichts wurde daraus gelesen oder hineingeschrieben: reparieren oder beiseiteschieben</translation>
    </message>
    <message>
        <source>no saved profile %1 in %2</source>
        <translation>kein gespeichertes Profil %1 in %2</translation>
    </message>
    <message>
        <source>profile %1 in %2</source>
        <translation>Profil %1 in %2</translation>
    </message>
    <message>
        <source>%1: streamLimitKiB: %2 is not a number of KiB per second</source>
        <translation>%1: streamLimitKiB: %2 ist keine Anzahl KiB pro Sekunde</translation>
    </message>
    <message>
        <source>could not write profile %1 to %2</source>
        <translation>Profil %1 konnte nicht in %2 geschrieben werden</translation>
    </message>
    <message>
        <source>could not remove profile %1 from %2</source>
        <translation>Profil %1 konnte nicht aus %2 entfernt werden</translation>
    </message>
    <message>
        <source>lock name %1: %2</source>
        <translation>Sperrname %1: %2</translation>
    </message>
    <message>
        <source>no servers: give --servers host:port,..., set LOCKBOARD_SERVERS, or save a profile</source>
        <translation>keine Server: --servers host:port,... angeben, LOCKBOARD_SERVERS setzen oder ein Profil speichern</translation>
    </message>
    <message>
        <source>--stream-limit: %1 is not a number of KiB per second (0: no limit)</source>
        <translation>--stream-limit: %1 ist keine Anzahl KiB pro Sekunde (0: keine Grenze)</translation>
    </message>
    <message>
        <source>--lock-names: cannot read %1: %2</source>
        <translation>--lock-names: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>bad server spec %1: %2</source>
        <translation>ungültige Serverangabe %1: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>it contains whitespace or a control character</source>
        <translation>sie enthält Leerraum oder ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the weight %1 is out of range (1-%2)</source>
        <translation>das Gewicht %1 liegt außerhalb des Bereichs (1-%2)</translation>
    </message>
    <message>
        <source>a unix socket path must be absolute, as in unix:/run/memcached.sock</source>
        <translation>ein Unix-Socket-Pfad muss absolut sein, wie in unix:/run/memcached.sock</translation>
    </message>
    <message>
        <source>the unix socket path is only &quot;/&quot;</source>
        <translation>der Unix-Socket-Pfad ist nur &quot;/&quot;</translation>
    </message>
    <message>
        <source>write a unix socket as unix:%1</source>
        <translation>einen Unix-Socket als unix:%1 schreiben</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing &apos;]&apos;</source>
        <translation>der IPv6-Adresse fehlt die schließende &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;:port&apos; after &apos;]&apos;</source>
        <translation>nach &apos;]&apos; wird &apos;:port&apos; erwartet</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address</source>
        <translation>%1 ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>an IPv6 address must be in brackets, as in [::1]:11211</source>
        <translation>eine IPv6-Adresse muss in eckigen Klammern stehen, wie in [::1]:11211</translation>
    </message>
    <message>
        <source>the host is empty</source>
        <translation>der Host ist leer</translation>
    </message>
    <message>
        <source>the host %1 contains %2, which no host name or IPv4 address has</source>
        <translation>der Host %1 enthält %2, das in keinem Hostnamen und keiner IPv4-Adresse vorkommt</translation>
    </message>
    <message>
        <source>expected host:port:weight at most</source>
        <translation>höchstens host:port:weight erwartet</translation>
    </message>
    <message>
        <source>the port %1 is not a number</source>
        <translation>der Port %1 ist keine Zahl</translation>
    </message>
    <message>
        <source>the port %1 is out of range (1-65535)</source>
        <translation>der Port %1 liegt außerhalb des Bereichs (1-65535)</translation>
    </message>
    <message>
        <source>the weight %1 is not a number</source>
        <translation>das Gewicht %1 ist keine Zahl</translation>
    </message>
    <message>
        <source>the server list is empty</source>
        <translation>die Serverliste ist leer</translation>
    </message>
    <message>
        <source>the server list %1 names no server</source>
        <translation>die Serverliste %1 nennt keinen Server</translation>
    </message>
    <message>
        <source>server list entry %1: %2</source>
        <translation>Serverliste, Eintrag %1: %2</translation>
    </message>
    <message>
        <source>server list: %1 (entry %2) is the same server as %3 (entry %4)</source>
        <translation>Serverliste: %1 (Eintrag %2) ist derselbe Server wie %3 (Eintrag %4)</translation>
    </message>
    <message>
        <source>%1: clientOptions: not a JSON object (%2)</source>
        <translation>%1: clientOptions: kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <source>%1: %2 does not exist</source>
        <translation>%1: %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1: %2 is not a readable file</source>
        <translation>%1: %2 ist keine lesbare Datei</translation>
    </message>
    <message>
        <source>the user %1 cannot authenticate: memcached&apos;s user names have no spaces or &apos;:&apos; and at most %2 bytes</source>
        <translation>der Benutzer %1 kann sich nicht authentifizieren: Benutzernamen von memcached enthalten keine Leerzeichen und kein &apos;:&apos; und haben höchstens %2 Bytes</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>das Passwort ist leer</translation>
    </message>
    <message>
        <source>the password cannot work: memcached&apos;s ASCII authentication allows no spaces and at most %1 bytes</source>
        <translation>das Passwort kann nicht funktionieren: die ASCII-Authentifizierung von memcached erlaubt keine Leerzeichen und höchstens %1 Bytes</translation>
    </message>
    <message>
        <source>TLS settings are given but TLS is off: turn it on (--tls) or remove them</source>
        <translation>TLS-Einstellungen sind angegeben, aber TLS ist aus: TLS einschalten (--tls) oder die Einstellungen entfernen</translation>
    </message>
    <message>
        <source>%1: TLS is for TCP servers; memcached serves unix sockets without it</source>
        <translation>%1: TLS gilt für TCP-Server; memcached bedient Unix-Sockets ohne TLS</translation>
    </message>
    <message>
        <source>a client key is given without its certificate (--tls-cert)</source>
        <translation>ein Client-Schlüssel ist ohne sein Zertifikat angegeben (--tls-cert)</translation>
    </message>
    <message>
        <source>a client certificate is given without its key (--tls-key)</source>
        <translation>ein Client-Zertifikat ist ohne seinen Schlüssel angegeben (--tls-key)</translation>
    </message>
    <message>
        <source>the CA file</source>
        <translation>die CA-Datei</translation>
    </message>
    <message>
        <source>the client certificate</source>
        <translation>das Client-Zertifikat</translation>
    </message>
    <message>
        <source>the client key</source>
        <translation>der Client-Schlüssel</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>TLS (NOT VERIFIED)</source>
        <translation>TLS (NICHT GEPRÜFT)</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>authentifiziert</translation>
    </message>
    <message>
        <source>lock pattern %1 must hold {name} exactly once</source>
        <translation>Sperrmuster %1 muss {name} genau einmal enthalten</translation>
    </message>
    <message>
        <source>lock pattern %1 holds {version} more than once</source>
        <translation>Sperrmuster %1 enthält {version} mehr als einmal</translation>
    </message>
    <message>
        <source>lock pattern %1 has no fixed text: it would take every key for a lock (write it as the keys look, e.g. jobs:lock:{name})</source>
        <translation>Sperrmuster %1 hat keinen festen Text: Es hielte jeden Schlüssel für eine Sperre (schreiben Sie es so, wie die Schlüssel aussehen, z. B. jobs:lock:{name})</translation>
    </message>
    <message>
        <source>lock pattern %1 holds a space or a control character, which no memcached key can</source>
        <translation>Sperrmuster %1 enthält ein Leerzeichen oder Steuerzeichen, was kein memcached-Schlüssel kann</translation>
    </message>
    <message>
        <source>lock recipe %1: %2</source>
        <translation>Sperrrezept %1: %2</translation>
    </message>
    <message>
        <source>unknown lock recipe %1 (known: %2; written KIND[@CLIENT][=PATTERN])</source>
        <translation>unbekanntes Sperrrezept %1 (bekannt: %2; geschrieben KIND[@CLIENT][=PATTERN])</translation>
    </message>
    <message>
        <source>lock recipe %1: %2 takes its keys from Django&apos;s key settings (--key-prefix, --key-version, --lock-prefix), not from a pattern</source>
        <translation>Sperrrezept %1: %2 nimmt seine Schlüssel aus Djangos Schlüsseleinstellungen (--key-prefix, --key-version, --lock-prefix), nicht aus einem Muster</translation>
    </message>
    <message>
        <source>lock recipe %1 needs a pattern: custom=PATTERN, with {name} where the lock&apos;s name goes</source>
        <translation>Sperrrezept %1 braucht ein Muster: custom=PATTERN, mit {name} dort, wo der Name der Sperre steht</translation>
    </message>
    <message>
        <source>lock recipe %1 is listed twice</source>
        <translation>Sperrrezept %1 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>not released: %1 is a %2 lock, which its holder releases only after comparing its owner; a force release takes it from under a holder that still believes it holds it. Confirm bypassing the owner check to release it</source>
        <translation>nicht freigegeben: %1 ist eine %2-Sperre, die ihr Halter erst nach einem Vergleich der Besitzerkennung freigibt; eine erzwungene Freigabe nimmt sie einem Halter weg, der glaubt, sie noch zu halten. Bestätigen Sie das Umgehen der Besitzerprüfung, um sie freizugeben</translation>
    </message>
    <message>
        <source>%1 is not NAME=VALUE</source>
        <translation>%1 hat nicht die Form NAME=WERT</translation>
    </message>
    <message>
        <source>Lockboard reads no client option of %1 (its placement and failover have none), so %2 would change nothing</source>
        <translation>Lockboard liest keine Client-Option von %1 (Verteilung und Failover haben keine), %2 würde also nichts ändern</translation>
    </message>
    <message>
        <source>Lockboard reads no option %1 of %2: it reads %3</source>
        <translation>Lockboard liest keine Option %1 von %2, nur: %3</translation>
    </message>
    <message>
        <source>%1 takes true or false (or a number), not %2</source>
        <translation>%1 nimmt true oder false (oder eine Zahl), nicht %2</translation>
    </message>
    <message>
        <source>%1 takes a number, not %2</source>
        <translation>%1 nimmt eine Zahl, nicht %2</translation>
    </message>
</context>
<context>
    <name>lockboard::django</name>
    <message>
        <source>%1 is a memcached backend of its own: Lockboard cannot tell which client library places its keys</source>
        <translation>%1 ist ein eigenes memcached-Backend: Lockboard kann nicht erkennen, welche Client-Bibliothek seine Schlüssel platziert</translation>
    </message>
    <message>
        <source>OPTIONS sets pymemcache&apos;s hasher: Lockboard places keys only as HashClient&apos;s default rendezvous hash does</source>
        <translation>OPTIONS setzt den hasher von pymemcache: Lockboard platziert Schlüssel nur so wie der voreingestellte Rendezvous-Hash von HashClient</translation>
    </message>
    <message>
        <source>pylibmc&apos;s behaviors give distribution %1%2 with hash %3 (ketama hash %4): Lockboard places keys only for libmemcached&apos;s modula and unweighted consistent ketama over the default hash</source>
        <translation>die behaviors von pylibmc ergeben die Verteilung %1%2 mit Hash %3 (ketama-Hash %4): Lockboard platziert Schlüssel nur für modula und ungewichtetes konsistentes ketama von libmemcached über dem Standard-Hash</translation>
    </message>
    <message>
        <source> (weighted)</source>
        <translation> (gewichtet)</translation>
    </message>
    <message>
        <source>the project&apos;s Python failed (exit code %1): %2</source>
        <translation>das Python des Projekts ist fehlgeschlagen (Exit-Code %1): %2</translation>
    </message>
    <message>
        <source>it said nothing</source>
        <translation>es hat nichts ausgegeben</translation>
    </message>
    <message>
        <source>the project&apos;s Python did not print the reader&apos;s report (%1): is it a Python 3 interpreter?</source>
        <translation>das Python des Projekts hat den Bericht des Leseskripts nicht ausgegeben (%1): ist es ein Python-3-Interpreter?</translation>
    </message>
    <message>
        <source>cache %1 of %2</source>
        <translation>Cache %1 von %2</translation>
    </message>
    <message>
        <source>%1 is not a memcached backend</source>
        <translation>%1 ist kein memcached-Backend</translation>
    </message>
    <message>
        <source>its KEY_FUNCTION %1 is not Django&apos;s default (%2); Lockboard cannot reproduce a key function of its own</source>
        <translation>seine KEY_FUNCTION %1 ist nicht Djangos Vorgabe (%2); eine eigene Schlüsselfunktion kann Lockboard nicht nachbilden</translation>
    </message>
    <message>
        <source>its VERSION %1 is not an integer</source>
        <translation>seine VERSION %1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>server %1 of LOCATION: %2</source>
        <translation>Server %1 aus LOCATION: %2</translation>
    </message>
    <message>
        <source>LOCATION names no server</source>
        <translation>LOCATION nennt keinen Server</translation>
    </message>
    <message>
        <source>its KEY_PREFIX makes invalid keys: %1</source>
        <translation>sein KEY_PREFIX ergibt ungültige Schlüssel: %1</translation>
    </message>
    <message>
        <source>Django settings %1, cache %2</source>
        <translation>Django-Einstellungen %1, Cache %2</translation>
    </message>
    <message>
        <source>%1 has no cache %2</source>
        <translation>%1 hat keinen Cache %2</translation>
    </message>
    <message>
        <source>%1 configures no memcached cache (CACHES: %2)</source>
        <translation>%1 konfiguriert keinen memcached-Cache (CACHES: %2)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>a profile %1 is already saved in %2: nothing was imported</source>
        <translation>ein Profil %1 ist bereits in %2 gespeichert: es wurde nichts importiert</translation>
    </message>
    <message>
        <source>profile %1 (%2): %3: nothing was imported</source>
        <translation>Profil %1 (%2): %3: es wurde nichts importiert</translation>
    </message>
</context>
<context>
    <name>lockboard::doctor</name>
    <message>
        <source>the cluster&apos;s client</source>
        <translation>der Client des Clusters</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>Set memcache.Client._SERVER_RETRIES = 1 at start-up (a key is then only ever tried on its home server), or take locks with a client that never fails over (lockboardctl run, Lockboard&apos;s lock).</source>
        <translation>memcache.Client._SERVER_RETRIES = 1 beim Start setzen (ein Schlüssel wird dann nur noch auf seinem Heimserver versucht) oder Sperren mit einem Client nehmen, der nie auf andere Server ausweicht (lockboardctl run, die Sperre von Lockboard).</translation>
    </message>
    <message>
        <source>default_noreply is on: add() does not wait for the server&apos;s answer and returns True, so every worker gets every lock.</source>
        <translation>default_noreply ist an: add() wartet nicht auf die Antwort des Servers und gibt True zurück, also erhält jeder Worker jede Sperre.</translation>
    </message>
    <message>
        <source>Remove default_noreply from OPTIONS (Django&apos;s default is False).</source>
        <translation>default_noreply aus OPTIONS entfernen (Djangos Vorgabe ist False).</translation>
    </message>
    <message>
        <source>ignore_exc is on: a server error becomes a miss or False, so a lock on an unreachable server looks free to get() and a failed release says nothing.</source>
        <translation>ignore_exc ist an: ein Serverfehler wird zu einem Cache-Miss oder False, also wirkt eine Sperre auf einem nicht erreichbaren Server für get() frei, und eine fehlgeschlagene Freigabe meldet nichts.</translation>
    </message>
    <message>
        <source>Remove ignore_exc from OPTIONS, and treat a cache error as &quot;lock not taken&quot;.</source>
        <translation>ignore_exc aus OPTIONS entfernen und einen Cache-Fehler als „Sperre nicht erhalten“ behandeln.</translation>
    </message>
    <message>
        <source>For %1 s (retry_timeout) after a failure, add() and delete() on that server return False without any I/O: a free lock looks held, and a release is lost without an error.</source>
        <translation>%1 s lang (retry_timeout) nach einem Fehler geben add() und delete() auf diesem Server ohne jede E/A False zurück: eine freie Sperre wirkt gehalten, und eine Freigabe geht ohne Fehlermeldung verloren.</translation>
    </message>
    <message>
        <source>Check delete()&apos;s result when releasing and retry it, and let the lock&apos;s TTL bound how long a lost release can block.</source>
        <translation>Beim Freigeben das Ergebnis von delete() prüfen und den Aufruf wiederholen; die TTL der Sperre begrenzt, wie lange eine verlorene Freigabe blockieren kann.</translation>
    </message>
    <message>
        <source>Its behaviors eject a failed server (auto_eject / remove_failed) from the ketama ring: its keys move to the next server, so a lock held there can be taken again.</source>
        <translation>Seine behaviors werfen einen ausgefallenen Server aus dem ketama-Ring (auto_eject / remove_failed): seine Schlüssel wandern zum nächsten Server, also kann eine dort gehaltene Sperre erneut genommen werden.</translation>
    </message>
    <message>
        <source>Remove auto_eject and remove_failed from the behaviors of the cache that holds locks.</source>
        <translation>auto_eject und remove_failed aus den behaviors des Caches entfernen, der die Sperren hält.</translation>
    </message>
    <message>
        <source>Its behaviors mark a failed server dead (auto_eject / remove_failed); with modula distribution its keys do not move, operations on them fail at once until the retry timeout.</source>
        <translation>Seine behaviors markieren einen ausgefallenen Server als tot (auto_eject / remove_failed); bei modula-Verteilung wandern seine Schlüssel nicht, Operationen darauf schlagen bis zum Ablauf des Retry-Timeouts sofort fehl.</translation>
    </message>
    <message>
        <source>Nothing to do for locks; do not switch this cache to ketama with these behaviors.</source>
        <translation>Für Sperren nichts zu tun; diesen Cache mit diesen behaviors nicht auf ketama umstellen.</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>the same servers in another order (%1 against %2)</source>
        <translation>denselben Servern in anderer Reihenfolge (%1 gegenüber %2)</translation>
    </message>
    <message>
        <source>another server list (%1 against %2)</source>
        <translation>einer anderen Serverliste (%1 gegenüber %2)</translation>
    </message>
    <message>
        <source>another client library (%1 against %2)</source>
        <translation>einer anderen Client-Bibliothek (%1 gegenüber %2)</translation>
    </message>
    <message>
        <source>profiles %1 and %2</source>
        <translation>Profile %1 und %2</translation>
    </message>
    <message>
        <source>Give every host of the application the same LOCATION, in the same order, and the same cache backend.</source>
        <translation>Jedem Host der Anwendung dieselbe LOCATION in derselben Reihenfolge und dasselbe Cache-Backend geben.</translation>
    </message>
    <message>
        <source>It cannot be used (%1): locks whose home it is cannot be taken, or move with a client that fails over.</source>
        <translation>Er ist nicht nutzbar (%1): Sperren, deren Heimserver er ist, können nicht genommen werden oder wandern mit einem Client, der auf andere Server ausweicht.</translation>
    </message>
    <message>
        <source>Bring it back, or take it out of every host&apos;s LOCATION at once (a changed list moves keys).</source>
        <translation>Ihn wieder in Betrieb nehmen oder gleichzeitig aus der LOCATION aller Hosts entfernen (eine geänderte Liste verschiebt Schlüssel).</translation>
    </message>
    <message>
        <source>Give every lock a timeout longer than the work it guards (the seed&apos;s recipe uses 120 s).</source>
        <translation>Jeder Sperre eine Ablaufzeit geben, die länger ist als die Arbeit, die sie schützt (das Rezept des Seeds verwendet 120 s).</translation>
    </message>
    <message>
        <source>Keep locks on memcached that does not evict them: more memory (-m), a cache of their own, or -M (a full server refuses stores instead of evicting).</source>
        <translation>Sperren auf einem memcached halten, der sie nicht verdrängt: mehr Speicher (-m), ein eigener Cache oder -M (ein voller Server lehnt Schreibvorgänge ab, statt zu verdrängen).</translation>
    </message>
    <message>
        <source>%1 of its %2 are in use and eviction is off (-M): stores will fail with &quot;out of memory&quot;, and a lock cannot be taken.</source>
        <translation>%1 von %2 sind belegt und Verdrängung ist aus (-M): Schreibvorgänge schlagen mit &quot;out of memory&quot; fehl, und eine Sperre kann nicht genommen werden.</translation>
    </message>
    <message>
        <source>%1 of its %2 are in use: it evicts the least recently used items next, and a lock is rarely read.</source>
        <translation>%1 von %2 sind belegt: als Nächstes verdrängt er die am längsten nicht benutzten Einträge, und eine Sperre wird selten gelesen.</translation>
    </message>
    <message>
        <source>Give it more memory (-m), or keep locks on a cache of their own.</source>
        <translation>Ihm mehr Speicher geben (-m) oder Sperren in einem eigenen Cache halten.</translation>
    </message>
    <message>
        <source>Name the application&apos;s locks in the profile (--lock-names) so they are found there.</source>
        <translation>Die Sperren der Anwendung im Profil benennen (--lock-names), damit sie dort gefunden werden.</translation>
    </message>
    <message>
        <source>Allow watch on it (drop -W) if live activity is wanted.</source>
        <translation>Dort watch erlauben (-W weglassen), wenn Live-Aktivität gewünscht ist.</translation>
    </message>
    <message>
        <source>Its slab statistics could not be read (%1): eviction of locks was not checked there.</source>
        <translation>Seine Slab-Statistiken konnten nicht gelesen werden (%1): die Verdrängung von Sperren wurde dort nicht geprüft.</translation>
    </message>
    <message>
        <source>Run the doctor again.</source>
        <translation>doctor erneut ausführen.</translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) here are also held on another server (%1): two workers hold the same lock, as after a client&apos;s failover.</source>
        <translation>
            <numerusform>%n Sperre wird hier und zugleich auf einem anderen Server gehalten (%1): zwei Worker halten dieselbe Sperre, wie nachdem ein Client auf einen anderen Server ausgewichen ist.</numerusform>
            <numerusform>%n Sperren werden hier und zugleich auf einem anderen Server gehalten (%1): je zwei Worker halten dieselbe Sperre, wie nachdem ein Client auf einen anderen Server ausgewichen ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release the copy that is not on the key&apos;s home (lockboardctl release NAME --server SERVER), once the work it guards is known to be done.</source>
        <translation>Die Kopie, die nicht auf dem Heimserver des Schlüssels liegt, freigeben (lockboardctl release NAME --server SERVER), sobald feststeht, dass die geschützte Arbeit erledigt ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) here are not on their key&apos;s home server (%1): the application&apos;s clients do not see them, so they guard nothing.</source>
        <translation>
            <numerusform>%n Sperre liegt hier nicht auf dem Heimserver ihres Schlüssels (%1): die Clients der Anwendung sehen sie nicht, also schützt sie nichts.</numerusform>
            <numerusform>%n Sperren liegen hier nicht auf dem Heimserver ihres Schlüssels (%1): die Clients der Anwendung sehen sie nicht, also schützen sie nichts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the profile&apos;s servers and client library against the application&apos;s settings, then release the stray copies.</source>
        <translation>Server und Client-Bibliothek des Profils mit den Einstellungen der Anwendung abgleichen, dann die verlegten Kopien freigeben.</translation>
    </message>
    <message>
        <source>When a lock&apos;s home server cannot be reached, python-memcached tries the key on other servers (up to 9 rehashes) and keeps the dead server aside for %1 s (dead_retry): two workers can hold the same lock on two servers, the seed&apos;s double grant.</source>
        <translation>Ist der Heimserver einer Sperre nicht erreichbar, versucht python-memcached den Schlüssel auf anderen Servern (bis zu 9 Rehashes) und stellt den toten Server für %1 s zurück (dead_retry): zwei Worker können dieselbe Sperre auf zwei Servern halten, die doppelte Vergabe des Seeds.</translation>
    </message>
    <message>
        <source>When a server keeps failing (more than retry_attempts = %1 times), pymemcache&apos;s HashClient removes it for %2 s (dead_timeout) and places its keys on the others: a lock held there can be taken again elsewhere.</source>
        <translation>Fällt ein Server wiederholt aus (mehr als retry_attempts = %1 Mal), nimmt der HashClient von pymemcache ihn für %2 s heraus (dead_timeout) und platziert seine Schlüssel auf den anderen: eine dort gehaltene Sperre kann anderswo erneut genommen werden.</translation>
    </message>
    <message>
        <source>Set retry_attempts in OPTIONS to a huge number (%1) so that a failed server is never removed and its keys fail instead of moving, or take locks with Lockboard&apos;s lock, which never fails over.</source>
        <translation>retry_attempts in OPTIONS auf eine riesige Zahl (%1) setzen, damit ein ausgefallener Server nie entfernt wird und Operationen auf seinen Schlüsseln fehlschlagen, statt dass die Schlüssel wandern, oder Sperren mit der Sperre von Lockboard nehmen, die nie auf andere Server ausweicht.</translation>
    </message>
    <message>
        <source>Both name the same application&apos;s keys (KEY_PREFIX %1, VERSION %2) with %3: %4 of %5 sample locks land on different servers, so two hosts configured like them can both hold such a lock.</source>
        <translation>Beide bezeichnen die Schlüssel derselben Anwendung (KEY_PREFIX %1, VERSION %2) mit %3: %4 von %5 Sperren der Stichprobe landen auf verschiedenen Servern, also können zwei so konfigurierte Hosts beide eine solche Sperre halten.</translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) here never expire (%1): if a holder dies, the lock is held until someone releases it by hand, or until memcached evicts it.</source>
        <translation>
            <numerusform>%n Sperre läuft hier nie ab (%1): stirbt ihr Halter, bleibt sie gehalten, bis jemand sie von Hand freigibt oder memcached sie verdrängt.</numerusform>
            <numerusform>%n Sperren laufen hier nie ab (%1): stirbt ein Halter, bleibt die Sperre gehalten, bis jemand sie von Hand freigibt oder memcached sie verdrängt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Eviction is on and slab class %1 (items up to %2 bytes), where its locks live, has evicted %3 items, the last one idle for only %4: a lock idle longer than that may be evicted while held (these stay idle up to %5), and another worker would get it.</source>
        <translation>Verdrängung ist an, und Slab-Klasse %1 (Einträge bis %2 Bytes), in der seine Sperren liegen, hat %3 Einträge verdrängt, den letzten nach nur %4 ohne Zugriff: eine Sperre, die länger ohne Zugriff bleibt, kann verdrängt werden, während sie gehalten wird (diese bleiben bis zu %5 ohne Zugriff), und ein anderer Worker würde sie erhalten.</translation>
    </message>
    <message>
        <source>forever: no TTL</source>
        <translation>für immer: keine TTL</translation>
    </message>
    <message>
        <source>It did not answer the watch command in time: whether it allows watching (live activity) is not known.</source>
        <translation>Er hat nicht rechtzeitig auf den watch-Befehl geantwortet: ob er das Beobachten (Live-Aktivität) erlaubt, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <source>The password of %1 crosses the network in clear text: memcached&apos;s ASCII authentication does not protect it, so anyone who can read the traffic can take it and use the cache as that user.</source>
        <translation>Das Passwort von %1 geht im Klartext über das Netz: die ASCII-Authentifizierung von memcached schützt es nicht, wer den Verkehr mitlesen kann, kann es sich nehmen und den Cache als dieser Benutzer verwenden.</translation>
    </message>
    <message>
        <source>Start memcached with TLS (-Z) and turn TLS on in the profile (--tls).</source>
        <translation>memcached mit TLS (-Z) starten und TLS im Profil einschalten (--tls).</translation>
    </message>
    <message>
        <source>The servers&apos; certificates are not verified: the traffic is encrypted, but anyone on the path can pose as a server, read and change it%1.</source>
        <translation>Die Zertifikate der Server werden nicht geprüft: der Verkehr ist verschlüsselt, aber jeder auf dem Übertragungsweg kann sich als Server ausgeben und ihn mitlesen und verändern%1.</translation>
    </message>
    <message>
        <source>, the password included</source>
        <translation>, das Passwort eingeschlossen</translation>
    </message>
    <message>
        <source>Give the servers&apos; CA (--tls-ca) and turn verification back on.</source>
        <translation>Die CA der Server angeben (--tls-ca) und die Prüfung wieder einschalten.</translation>
    </message>
    <message>
        <source>When a lock&apos;s server cannot be reached, dalli rehashes the key onto another server (up to 20 lookups) from the first failed connection: two processes can hold the same lock on two servers, the seed&apos;s double grant.</source>
        <translation>Ist der Server einer Sperre nicht erreichbar, verteilt dalli den Schlüssel schon ab der ersten fehlgeschlagenen Verbindung auf einen anderen Server um (bis zu 20 Versuche): Zwei Prozesse können dieselbe Sperre auf zwei Servern halten, die doppelte Vergabe aus dem Ausgangsbericht.</translation>
    </message>
    <message>
        <source>Build the Dalli::Client (or Rails&apos; cache store) with failover: false for the cache that holds locks: a key whose server is down then fails instead of moving.</source>
        <translation>Erzeugen Sie den Dalli::Client (oder Rails&apos; Cache-Store) für den Cache mit den Sperren mit failover: false: Ein Schlüssel, dessen Server ausgefallen ist, schlägt dann fehl, statt umzuziehen.</translation>
    </message>
    <message>
        <source>%1, recipe %2 (%3 on its defaults)</source>
        <translation>%1, Rezept %2 (%3 mit seinen Voreinstellungen)</translation>
    </message>
    <message>
        <source>OPT_REMOVE_FAILED_SERVERS (or OPT_AUTO_EJECT_HOSTS) takes a server out of the ring once it has failed OPT_SERVER_FAILURE_LIMIT times: its keys go to the next server for a while, so a lock held there can be taken again.</source>
        <translation>OPT_REMOVE_FAILED_SERVERS (oder OPT_AUTO_EJECT_HOSTS) nimmt einen Server aus dem Ring, sobald er OPT_SERVER_FAILURE_LIMIT-mal ausgefallen ist: Seine Schlüssel gehen eine Zeit lang an den nächsten Server, also kann eine dort gehaltene Sperre erneut genommen werden.</translation>
    </message>
    <message>
        <source>Leave OPT_REMOVE_FAILED_SERVERS off for the cache that holds locks: a key whose server is down then fails instead of moving.</source>
        <translation>OPT_REMOVE_FAILED_SERVERS für den Cache mit den Sperren ausgeschaltet lassen: Ein Schlüssel, dessen Server ausgefallen ist, schlägt dann fehl, statt umzuziehen.</translation>
    </message>
    <message>
        <source>remove: true takes a server out of the hash ring after its failures: its keys go to the next server, so a lock held there can be taken again.</source>
        <translation>remove: true nimmt einen Server nach seinen Ausfällen aus dem Hash-Ring: Seine Schlüssel gehen an den nächsten Server, also kann eine dort gehaltene Sperre erneut genommen werden.</translation>
    </message>
    <message>
        <source>Leave remove off (the default) for the client that takes locks: a key whose server is down then fails instead of moving.</source>
        <translation>remove für den Client, der Sperren nimmt, ausgeschaltet lassen (die Voreinstellung): Ein Schlüssel, dessen Server ausgefallen ist, schlägt dann fehl, statt umzuziehen.</translation>
    </message>
    <message>
        <source>Critical: %1, warnings: %2, notes: %3.</source>
        <translation>Kritisch: %1, Warnungen: %2, Hinweise: %3.</translation>
    </message>
    <message>
        <source>It refuses watching, and the slab classes its locks live in are crowded with other items, so a lock taken there now is listed late: new locks %1.</source>
        <translation>Er verweigert das Beobachten, und die Slab-Klassen, in denen seine Sperren liegen, sind voll anderer Einträge, daher erscheint eine jetzt dort genommene Sperre verspätet: neue Sperren %1.</translation>
    </message>
    <message>
        <source>Allow watch on it (drop -W), or keep locks on a cache of their own: their classes then hold only locks and are walked every few seconds.</source>
        <translation>Erlauben Sie dort watch (ohne -W), oder legen Sie Sperren in einen eigenen Cache: ihre Klassen enthalten dann nur Sperren und werden alle paar Sekunden durchlaufen.</translation>
    </message>
</context>
<context>
    <name>lockboard::inspect</name>
    <message>
        <source>cannot create the directory of the audit log %1</source>
        <translation>das Verzeichnis des Audit-Protokolls %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the audit log %1: %2</source>
        <translation>das Audit-Protokoll %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot write the audit log %1: %2</source>
        <translation>das Audit-Protokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source> (and the audit log failed: %1)</source>
        <translation> (und das Schreiben ins Audit-Protokoll schlug fehl: %1)</translation>
    </message>
    <message>
        <source>not released: there is no server %1 in the list</source>
        <translation>nicht freigegeben: kein Server %1 in der Liste</translation>
    </message>
    <message>
        <source>not released: the profile &quot;%1&quot; is read-only</source>
        <translation>nicht freigegeben: das Profil „%1“ ist schreibgeschützt</translation>
    </message>
    <message>
        <source>not released: %1</source>
        <translation>nicht freigegeben: %1</translation>
    </message>
    <message>
        <source>released %1 on %2 (CAS %3)</source>
        <translation>%1 auf %2 freigegeben (CAS %3)</translation>
    </message>
    <message>
        <source>not released: %1 on %2 changed since it was read (its CAS is no longer %3); look again</source>
        <translation>nicht freigegeben: %1 auf %2 hat sich seit dem Lesen geändert (der CAS ist nicht mehr %3); erneut nachsehen</translation>
    </message>
    <message>
        <source>not released: %1 is no longer on %2</source>
        <translation>nicht freigegeben: %1 ist nicht mehr auf %2</translation>
    </message>
    <message>
        <source>not released: %1 answered %2</source>
        <translation>nicht freigegeben: %1 antwortete %2</translation>
    </message>
    <message>
        <source>the same value for every holder: any process may hold it</source>
        <translation>derselbe Wert für jeden Halter: jeder Prozess kann sie halten</translation>
    </message>
    <message>
        <source>UUID version %1: made from random bits or a name, it says nothing about the holder</source>
        <translation>UUID Version %1: aus Zufallsbits oder einem Namen erzeugt, sagt nichts über den Halter</translation>
    </message>
    <message>
        <source>made %1 on a random node id %2 (not a MAC)</source>
        <translation>erzeugt %1 mit der zufälligen Knoten-ID %2 (keine MAC)</translation>
    </message>
    <message>
        <source>made %1 on the host with MAC %2</source>
        <translation>erzeugt %1 auf dem Rechner mit der MAC %2</translation>
    </message>
    <message>
        <source>Laravel&apos;s random owner string: says nothing about the holder, whose release() compares it before deleting</source>
        <translation>Laravels zufällige Besitzerkennung: sagt nichts über den Halter, dessen release() sie vor dem Löschen vergleicht</translation>
    </message>
    <message>
        <source>within %1 by stream</source>
        <translation>innerhalb von %1 per Strom</translation>
    </message>
    <message numerus="yes">
        <source>within %1 by class walk (%n class(es), %2 items)</source>
        <translation>
            <numerusform>innerhalb von %1 per Klassendurchlauf (%n Klasse, %2 Einträge)</numerusform>
            <numerusform>innerhalb von %1 per Klassendurchlauf (%n Klassen, %2 Einträge)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %1 in %n crowded class(es) where locks were found (%2 items)</source>
        <translation>
            <numerusform>innerhalb von %1 in %n vollen Klasse mit gefundenen Sperren (%2 Einträge)</numerusform>
            <numerusform>innerhalb von %1 in %n vollen Klassen mit gefundenen Sperren (%2 Einträge)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %1 in %n crowded class(es) (%2 items)</source>
        <translation>
            <numerusform>innerhalb von %1 in %n vollen Klasse (%2 Einträge)</numerusform>
            <numerusform>innerhalb von %1 in %n vollen Klassen (%2 Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>only at full walks</source>
        <translation>nur bei vollen Durchläufen</translation>
    </message>
    <message>
        <source>only at full walks (next in %1)</source>
        <translation>nur bei vollen Durchläufen (nächster in %1)</translation>
    </message>
    <message>
        <source>only those whose names are known (names mode)</source>
        <translation>nur solche, deren Namen bekannt sind (Namensmodus)</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
</context>
<context>
    <name>lockboard::lock</name>
    <message>
        <source>no expiry</source>
        <translation>kein Ablauf</translation>
    </message>
    <message>
        <source>expiry unknown</source>
        <translation>Ablauf unbekannt</translation>
    </message>
    <message>
        <source>lock %1 is already held by this object</source>
        <translation>Sperre %1 wird von diesem Objekt bereits gehalten</translation>
    </message>
    <message>
        <source>lock %1 acquired on %2 (fencing token %3)</source>
        <translation>Sperre %1 auf %2 erhalten (Fencing-Token %3)</translation>
    </message>
    <message>
        <source>lock %1: its home server is unavailable, so it was neither taken nor found free: %2</source>
        <translation>Sperre %1: ihr Heimserver ist nicht erreichbar, daher wurde sie weder genommen noch als frei erkannt: %2</translation>
    </message>
    <message>
        <source>by Lockboard on %1</source>
        <translation>von Lockboard auf %1</translation>
    </message>
    <message>
        <source>by a client that stored %1 (flags %2%3)</source>
        <translation>von einem Client, der %1 gespeichert hat (Flags %2%3)</translation>
    </message>
    <message>
        <source>, as Django&apos;s cache.add(key, 1) does</source>
        <translation>, wie es Djangos cache.add(key, 1) tut</translation>
    </message>
    <message>
        <source>by another holder</source>
        <translation>von einem anderen Halter</translation>
    </message>
    <message>
        <source>lock %1 is not held by this object</source>
        <translation>Sperre %1 wird nicht von diesem Objekt gehalten</translation>
    </message>
    <message>
        <source>lock %1 refreshed on %2: %3 s more</source>
        <translation>Sperre %1 auf %2 aufgefrischt: weitere %3 s</translation>
    </message>
    <message>
        <source>lock %1 was lost on %2: it expired and was taken over by another holder</source>
        <translation>Sperre %1 auf %2 verloren: sie ist abgelaufen und wurde von einem anderen Halter übernommen</translation>
    </message>
    <message>
        <source>lock %1 was lost on %2: it expired (or was released by force, or the server restarted)</source>
        <translation>Sperre %1 auf %2 verloren: sie ist abgelaufen (oder wurde zwangsweise freigegeben, oder der Server wurde neu gestartet)</translation>
    </message>
    <message>
        <source>lock %1 could not be refreshed: %2</source>
        <translation>Sperre %1 konnte nicht aufgefrischt werden: %2</translation>
    </message>
    <message>
        <source>lock %1 was not released: this object does not hold it</source>
        <translation>Sperre %1 wurde nicht freigegeben: dieses Objekt hält sie nicht</translation>
    </message>
    <message>
        <source>lock %1 released on %2</source>
        <translation>Sperre %1 auf %2 freigegeben</translation>
    </message>
    <message>
        <source>lock %1 was not released: it had expired and another holder has it now on %2; their lock was left alone</source>
        <translation>Sperre %1 wurde nicht freigegeben: sie war abgelaufen und ein anderer Halter hält sie jetzt auf %2; dessen Sperre blieb unberührt</translation>
    </message>
    <message>
        <source>lock %1 was not released: it had already expired on %2</source>
        <translation>Sperre %1 wurde nicht freigegeben: sie war auf %2 bereits abgelaufen</translation>
    </message>
    <message>
        <source>lock %1 could not be released (it will expire by its TTL): %2</source>
        <translation>Sperre %1 konnte nicht freigegeben werden (sie läuft über ihre TTL ab): %2</translation>
    </message>
    <message>
        <source>%1 pid %2, acquired %3 UTC</source>
        <translation>%1 PID %2, erhalten %3 UTC</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <source>lock %1 is held on %2 %3; %4 (after %5 tries)</source>
        <translation>Sperre %1 wird auf %2 gehalten, %3; %4 (nach %5 Versuchen)</translation>
    </message>
    <message>
        <source>lock %1 is held on %2 %3; %4 (after 1 try)</source>
        <translation>Sperre %1 wird auf %2 gehalten, %3; %4 (nach 1 Versuch)</translation>
    </message>
</context>
<context>
    <name>lockboard::placement</name>
    <message>
        <source>never sent: %1 takes printable ASCII keys only</source>
        <translation>nie gesendet: %1 nimmt nur druckbare ASCII-Schlüssel an</translation>
    </message>
    <message>
        <source>never stored as written: %1 rewrites %2 in a key on the wire</source>
        <translation>nie so gespeichert, wie geschrieben: %1 schreibt %2 in einem Schlüssel auf der Leitung um</translation>
    </message>
</context>
<context>
    <name>lockboard::protocol</name>
    <message>
        <source>not a meta reply (%1): %2</source>
        <translation>keine Meta-Antwort (%1): %2</translation>
    </message>
    <message>
        <source>longer than any header</source>
        <translation>länger als jeder Header</translation>
    </message>
    <message>
        <source>unknown reply code</source>
        <translation>unbekannter Antwortcode</translation>
    </message>
    <message>
        <source>empty or control characters in a flag</source>
        <translation>leeres Flag oder Steuerzeichen in einem Flag</translation>
    </message>
    <message>
        <source>bad value size</source>
        <translation>ungültige Wertgröße</translation>
    </message>
    <message>
        <source>a flag must start with a letter</source>
        <translation>ein Flag muss mit einem Buchstaben beginnen</translation>
    </message>
    <message>
        <source>VA without a size</source>
        <translation>VA ohne Größe</translation>
    </message>
    <message>
        <source>unexpected bytes after the dump&apos;s END: %1</source>
        <translation>unerwartete Bytes nach dem END des Dumps: %1</translation>
    </message>
    <message>
        <source>a metadump line longer than %1 bytes: %2</source>
        <translation>eine metadump-Zeile länger als %1 Bytes: %2</translation>
    </message>
    <message>
        <source>busy: another lru_crawler metadump is running on this server (memcached runs one at a time); try again in a moment</source>
        <translation>beschäftigt: auf diesem Server läuft bereits ein anderer lru_crawler metadump (memcached führt nur einen gleichzeitig aus); gleich noch einmal versuchen</translation>
    </message>
    <message>
        <source>the server does not support lru_crawler metadump hash (memcached 1.6.10 or newer is needed)</source>
        <translation>der Server unterstützt lru_crawler metadump hash nicht (memcached 1.6.10 oder neuer ist nötig)</translation>
    </message>
    <message>
        <source>the server refused the dump: %1</source>
        <translation>der Server hat den Dump abgelehnt: %1</translation>
    </message>
    <message>
        <source>not a metadump line: %1</source>
        <translation>keine metadump-Zeile: %1</translation>
    </message>
    <message>
        <source>the server closed the connection before the dump began</source>
        <translation>der Server hat die Verbindung geschlossen, bevor der Dump begann</translation>
    </message>
    <message>
        <source>the server closed the connection in the middle of the dump, after %1 lines</source>
        <translation>der Server hat die Verbindung mitten im Dump geschlossen, nach %1 Zeilen</translation>
    </message>
    <message>
        <source>the stats reply ends without END: %1</source>
        <translation>die stats-Antwort endet ohne END: %1</translation>
    </message>
    <message>
        <source>unexpected bytes after the stats reply: %1</source>
        <translation>unerwartete Bytes nach der stats-Antwort: %1</translation>
    </message>
    <message>
        <source>the server does not know this stats command (ERROR)</source>
        <translation>der Server kennt diesen stats-Befehl nicht (ERROR)</translation>
    </message>
    <message>
        <source>the server refused stats: %1</source>
        <translation>der Server hat stats abgelehnt: %1</translation>
    </message>
    <message>
        <source>protocol error: not a stats line: %1</source>
        <translation>Protokollfehler: keine stats-Zeile: %1</translation>
    </message>
    <message>
        <source>a stats line without a name: %1</source>
        <translation>eine stats-Zeile ohne Namen: %1</translation>
    </message>
    <message>
        <source>the stats reply ends without END</source>
        <translation>die stats-Antwort endet ohne END</translation>
    </message>
</context>
<context>
    <name>lockboard::secrets</name>
    <message>
        <source>the system keyring: %1 (entry %2 of %3)</source>
        <translation>der Schlüsselbund des Systems: %1 (Eintrag %2 von %3)</translation>
    </message>
    <message>
        <source>the password file %1 does not exist</source>
        <translation>die Passwortdatei %1 existiert nicht</translation>
    </message>
    <message>
        <source>the password file %1 can be read or written by others (mode %2): refused; make it private: chmod 600 %1</source>
        <translation>die Passwortdatei %1 kann von anderen gelesen oder geschrieben werden (Modus %2): abgelehnt; die Datei privat machen: chmod 600 %1</translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the password file %1 is empty</source>
        <translation>die Passwortdatei %1 ist leer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the password file %1</source>
        <translation>die Passwortdatei %1</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>the system keyring did not answer within %1 s (is it locked, waiting for an unlock prompt?) (entry %2 of %3)</source>
        <translation>der Schlüsselbund des Systems hat nicht innerhalb von %1 s geantwortet (ist er gesperrt und wartet auf eine Entsperrabfrage?) (Eintrag %2 von %3)</translation>
    </message>
    <message>
        <source>no password for user %1: store it in the system keyring (lockboardctl profile set-password; a locked keyring reads as empty), or give a password file (--password-file, mode 600) or $%2 (%3)</source>
        <translation>kein Passwort für den Benutzer %1: im Schlüsselbund des Systems hinterlegen (lockboardctl profile set-password; ein gesperrter Schlüsselbund liest sich wie ein leerer) oder eine Passwortdatei (--password-file, Modus 600) bzw. $%2 angeben (%3)</translation>
    </message>
</context>
<context>
    <name>lockboard::transport</name>
    <message>
        <source>%1: protocol error: the server sent bytes nobody asked for (%2)</source>
        <translation>%1: Protokollfehler: der Server hat unangeforderte Bytes gesendet (%2)</translation>
    </message>
    <message>
        <source>%1: protocol error: %2</source>
        <translation>%1: Protokollfehler: %2</translation>
    </message>
    <message>
        <source>%1: protocol error: a value block without \r\n</source>
        <translation>%1: Protokollfehler: ein Wertblock ohne \r\n</translation>
    </message>
    <message>
        <source>%1: protocol error: unexpected answer in a batch of mg: %2</source>
        <translation>%1: Protokollfehler: unerwartete Antwort in einem Stapel von mg: %2</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>%1: timeout: no connection within %2 ms</source>
        <translation>%1: Zeitüberschreitung: keine Verbindung innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>%1: timeout: no answer within %2 ms</source>
        <translation>%1: Zeitüberschreitung: keine Antwort innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>protocol error: the server answered &quot;version&quot; with %1 (is it memcached?)</source>
        <translation>Protokollfehler: der Server hat auf &quot;version&quot; mit %1 geantwortet (ist es memcached?)</translation>
    </message>
    <message>
        <source>authentication failed: the server refused user %1 (%2): wrong user or password</source>
        <translation>Authentifizierung fehlgeschlagen: der Server hat den Benutzer %1 abgelehnt (%2): falscher Benutzer oder falsches Passwort</translation>
    </message>
    <message>
        <source>protocol error: the server answered the authentication with %1</source>
        <translation>Protokollfehler: der Server hat auf die Authentifizierung mit %1 geantwortet</translation>
    </message>
    <message>
        <source>the server closed the connection without answering (a TLS port, memcached -Z? then turn TLS on: --tls)</source>
        <translation>der Server hat die Verbindung ohne Antwort geschlossen (ein TLS-Port, memcached -Z? dann TLS einschalten: --tls)</translation>
    </message>
    <message>
        <source>the server requires authentication (memcached -Y): give the user (--user, or the profile&apos;s) and its password</source>
        <translation>der Server verlangt Authentifizierung (memcached -Y): den Benutzer (--user oder den des Profils) und sein Passwort angeben</translation>
    </message>
    <message>
        <source>TLS is not available here (Qt finds no TLS backend: is OpenSSL 3 installed?)</source>
        <translation>TLS ist hier nicht verfügbar (Qt findet kein TLS-Backend: ist OpenSSL 3 installiert?)</translation>
    </message>
    <message>
        <source>cannot read %1 %2: %3</source>
        <translation>%1 %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 %2 holds no PEM certificate</source>
        <translation>%1 %2 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>the CA file</source>
        <translation>die CA-Datei</translation>
    </message>
    <message>
        <source>the client certificate</source>
        <translation>das Client-Zertifikat</translation>
    </message>
    <message>
        <source>cannot read the client key %1: %2</source>
        <translation>der Client-Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the client key %1 is not an unencrypted PEM private key</source>
        <translation>der Client-Schlüssel %1 ist kein unverschlüsselter privater PEM-Schlüssel</translation>
    </message>
    <message>
        <source>the server requires a client certificate: give one (--tls-cert and --tls-key, or the profile&apos;s)</source>
        <translation>der Server verlangt ein Client-Zertifikat: eines angeben (--tls-cert und --tls-key oder das des Profils)</translation>
    </message>
    <message>
        <source>the server does not trust our client certificate (unknown CA)</source>
        <translation>der Server vertraut unserem Client-Zertifikat nicht (unbekannte CA)</translation>
    </message>
    <message>
        <source>the server refused our client certificate (%1)</source>
        <translation>der Server hat unser Client-Zertifikat abgelehnt (%1)</translation>
    </message>
    <message>
        <source>the server ended the handshake: it may require a client certificate (--tls-cert and --tls-key)</source>
        <translation>der Server hat den Handshake abgebrochen: vielleicht verlangt er ein Client-Zertifikat (--tls-cert und --tls-key)</translation>
    </message>
    <message>
        <source>the system&apos;s CA store</source>
        <translation>der CA-Speicher des Systems</translation>
    </message>
    <message>
        <source>the CA file %1</source>
        <translation>die CA-Datei %1</translation>
    </message>
    <message>
        <source>the server&apos;s certificate expired on %1</source>
        <translation>das Zertifikat des Servers ist am %1 abgelaufen</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not valid before %1</source>
        <translation>das Zertifikat des Servers ist erst ab %1 gültig</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not for this name (it names %1): if the server is the right one, give the name to verify (--tls-name)</source>
        <translation>das Zertifikat des Servers gilt nicht für diesen Namen (es nennt %1): ist es der richtige Server, den zu prüfenden Namen angeben (--tls-name)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate (issued by %1) is not signed by a CA in %2: give its CA (--tls-ca)</source>
        <translation>das Zertifikat des Servers (ausgestellt von %1) ist von keiner CA signiert, die %2 enthält: seine CA angeben (--tls-ca)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was refused: %1</source>
        <translation>das Zertifikat des Servers wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server does not speak TLS on this port (is it started with -Z? or turn TLS off)</source>
        <translation>der Server spricht auf diesem Port kein TLS (ist er mit -Z gestartet? sonst TLS ausschalten)</translation>
    </message>
    <message>
        <source>the handshake failed: %1</source>
        <translation>der Handshake ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>protocol error: the server&apos;s answer to &quot;version&quot; is not a line</source>
        <translation>Protokollfehler: die Antwort des Servers auf &quot;version&quot; ist keine Zeile</translation>
    </message>
    <message>
        <source>the server closed the connection before it answered &quot;version&quot;</source>
        <translation>der Server hat die Verbindung geschlossen, bevor er auf &quot;version&quot; geantwortet hat</translation>
    </message>
</context>
<context>
    <name>lockboardctl</name>
    <message>
        <source>Watch every server&apos;s lock traffic (memcached&apos;s &quot;watch mutations connevents&quot;) for --duration seconds, then show per lock: acquisitions and contended attempts (per minute and in all), the contention ratio, hold times of released locks (p50, p99), how many expired instead of being released, the current holder&apos;s client address, and hints about stuck locks (no TTL, held longer than usual, TTL far above its holds). Only what happens while watching is counted.
Exit codes: 0 every server streamed, 1 a server could not be watched (the figures are incomplete), 2 bad input.</source>
        <translation>Beobachtet den Sperrverkehr jedes Servers (memcacheds „watch mutations connevents“) für --duration Sekunden und zeigt dann pro Sperre: Belegungen und umkämpfte Versuche (pro Minute und insgesamt), die Konkurrenzquote, Haltezeiten freigegebener Sperren (p50, p99), wie viele abgelaufen sind statt freigegeben zu werden, die Client-Adresse des aktuellen Halters und Hinweise auf hängende Sperren (keine TTL, länger gehalten als üblich, TTL weit über ihren Belegungen). Gezählt wird nur, was während der Beobachtung geschieht.
Exit-Codes: 0 jeder Server hat seinen Strom geliefert, 1 ein Server konnte nicht beobachtet werden (die Zahlen sind unvollständig), 2 ungültige Eingabe.</translation>
    </message>
    <message>
        <source>Seconds to watch before printing. Default: 60.</source>
        <translation>Sekunden der Beobachtung vor der Ausgabe. Vorgabe: 60.</translation>
    </message>
    <message>
        <source>--duration: %1 is not a number of seconds between 0.5 and 86400</source>
        <translation>--duration: %1 ist keine Sekundenzahl zwischen 0.5 und 86400</translation>
    </message>
    <message>
        <source>Use the saved profile &lt;name&gt; (see &apos;lockboardctl profile&apos;).</source>
        <translation>Das gespeicherte Profil &lt;name&gt; verwenden (siehe &apos;lockboardctl profile&apos;).</translation>
    </message>
    <message>
        <source>Servers in the application&apos;s order: host:port[:weight], [v6addr]:port[:weight] or unix:/path, separated by commas. Default: $LOCKBOARD_SERVERS or the saved profile.</source>
        <translation>Server in der Reihenfolge der Anwendung: host:port[:weight], [v6addr]:port[:weight] oder unix:/path, durch Kommas getrennt. Vorgabe: $LOCKBOARD_SERVERS oder das gespeicherte Profil.</translation>
    </message>
    <message>
        <source>The application&apos;s client library, which decides placement: %1. Default: python-memcached.</source>
        <translation>Die Client-Bibliothek der Anwendung, die über die Platzierung entscheidet: %1. Vorgabe: python-memcached.</translation>
    </message>
    <message>
        <source>Django&apos;s KEY_PREFIX. Default: empty.</source>
        <translation>Djangos KEY_PREFIX. Vorgabe: leer.</translation>
    </message>
    <message>
        <source>Django&apos;s VERSION. Default: 1.</source>
        <translation>Djangos VERSION. Vorgabe: 1.</translation>
    </message>
    <message>
        <source>The lock key prefix. Default: __d_lock_.</source>
        <translation>Das Präfix der Sperrschlüssel. Vorgabe: __d_lock_.</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>JSON für Skripte ausgeben.</translation>
    </message>
    <message>
        <source>Refuse every write to the cluster (also a profile setting).</source>
        <translation>Jeden Schreibzugriff auf den Cluster verweigern (auch eine Profileinstellung).</translation>
    </message>
    <message>
        <source>KEY is the memcached key as is (no key function).</source>
        <translation>KEY ist der memcached-Schlüssel unverändert (keine Schlüsselfunktion).</translation>
    </message>
    <message>
        <source>Give up connecting to a server after &lt;ms&gt; milliseconds. Default: %1.</source>
        <translation>Den Verbindungsaufbau zu einem Server nach &lt;ms&gt; Millisekunden aufgeben. Vorgabe: %1.</translation>
    </message>
    <message>
        <source>Give up waiting for a server&apos;s answer after &lt;ms&gt; milliseconds. Default: %1.</source>
        <translation>Das Warten auf die Antwort eines Servers nach &lt;ms&gt; Millisekunden aufgeben. Vorgabe: %1.</translation>
    </message>
    <message>
        <source>Lock names to look for by name, for servers in names mode (started with -X, or --names-only): a,b,c or @file with one name per line. Added to the profile&apos;s names.</source>
        <translation>Sperrnamen, nach denen per Name gesucht wird, für Server im Namensmodus (mit -X gestartet, oder --names-only): a,b,c oder @file mit einem Namen pro Zeile. Ergänzt die Namen des Profils.</translation>
    </message>
    <message>
        <source>Never walk the keyspace: find locks by name only (--lock-names, the profile&apos;s names, names seen on other servers). Also a profile setting.</source>
        <translation>Den Schlüsselraum nie durchlaufen: Sperren nur nach Namen suchen (--lock-names, die Namen des Profils, auf anderen Servern gesehene Namen). Auch eine Profileinstellung.</translation>
    </message>
    <message>
        <source>Stop a server&apos;s activity stream above &lt;KiB&gt; per second (it carries the whole cache&apos;s stores). 0: no limit. Default: the profile&apos;s, else 256.</source>
        <translation>Den Aktivitätsstrom eines Servers oberhalb von &lt;KiB&gt; pro Sekunde anhalten (er trägt alle Schreibvorgänge des ganzen Caches). 0: keine Grenze. Vorgabe: die des Profils, sonst 256.</translation>
    </message>
    <message>
        <source>--%1: %2 is not a number of milliseconds between 1 and 600000</source>
        <translation>--%1: %2 ist keine Millisekundenzahl zwischen 1 und 600000</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>%1 (see lockboardctl %2 --help)</source>
        <translation>%1 (siehe lockboardctl %2 --help)</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Show each key&apos;s home server as the application&apos;s client library computes it.</source>
        <translation>Zeigt den Heimserver jedes Schlüssels, wie ihn die Client-Bibliothek der Anwendung berechnet.</translation>
    </message>
    <message>
        <source>Store a value on its key&apos;s home server, and say whether it was stored.</source>
        <translation>Speichert einen Wert auf dem Heimserver seines Schlüssels und meldet, ob er gespeichert wurde.</translation>
    </message>
    <message>
        <source>Print the value of a key from its home server.</source>
        <translation>Gibt den Wert eines Schlüssels von seinem Heimserver aus.</translation>
    </message>
    <message>
        <source>Show every server&apos;s health.</source>
        <translation>Zeigt den Zustand jedes Servers.</translation>
    </message>
    <message>
        <source>List every held lock on every server.</source>
        <translation>Listet jede gehaltene Sperre auf jedem Server.</translation>
    </message>
    <message>
        <source>Servers and locks, refreshed live in the terminal.</source>
        <translation>Server und Sperren, live im Terminal aufgefrischt.</translation>
    </message>
    <message>
        <source>Force-release a stuck lock, guarded by its CAS and written to the audit log.</source>
        <translation>Erzwingt die Freigabe einer hängenden Sperre, geschützt durch ihren CAS und im Audit-Protokoll vermerkt.</translation>
    </message>
    <message>
        <source>Run a command while holding a lock: a cluster-wide flock.</source>
        <translation>Führt einen Befehl aus, während eine Sperre gehalten wird: ein clusterweites flock.</translation>
    </message>
    <message>
        <source>Watch lock traffic: acquisitions, contention, hold times, expiries, stuck locks.</source>
        <translation>Beobachtet den Sperrverkehr: Belegungen, Konkurrenz, Haltezeiten, Abläufe, hängende Sperren.</translation>
    </message>
    <message>
        <source>List, show, save or remove saved connection profiles.</source>
        <translation>Listet, zeigt, speichert oder entfernt gespeicherte Verbindungsprofile.</translation>
    </message>
    <message>
        <source>Usage: lockboardctl COMMAND [options] [arguments]

Inspect and operate memcached clusters that Django applications use as a distributed lock.

Commands:
</source>
        <translation>Aufruf: lockboardctl BEFEHL [Optionen] [Argumente]

Untersucht und bedient memcached-Cluster, die Django-Anwendungen als verteilte Sperre nutzen.

Befehle:
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (run lockboardctl --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe lockboardctl --help)</translation>
    </message>
    <message>
        <source>%1 (its locks are not listed)</source>
        <translation>%1 (die Sperren dieses Servers fehlen in der Liste)</translation>
    </message>
    <message>
        <source>Show every server&apos;s health: up or down and why, latency, version, uptime and restarts, items, connections, evictions, memory, hit ratio and failed sets (store_too_large + store_no_memory).
It reads each server&apos;s stats only: no keyspace walk, no lock reads, so it can run in a loop.
Exit codes: 0 all servers up, 1 a server is down, 2 bad input.</source>
        <translation>Zeigt den Zustand jedes Servers: läuft oder ausgefallen und warum, Latenz, Version, Laufzeit und Neustarts, Einträge, Verbindungen, Verdrängungen, Speicher, Trefferquote und fehlgeschlagene Sets (store_too_large + store_no_memory).
Der Befehl liest nur die stats jedes Servers: kein Schlüsselraum-Durchlauf, kein Lesen von Sperren; er kann also in einer Schleife laufen.
Exit-Codes: 0 alle Server laufen, 1 ein Server ist ausgefallen, 2 ungültige Eingabe.</translation>
    </message>
    <message>
        <source>List every held lock (keys &lt;KEY_PREFIX&gt;:&lt;version&gt;:__d_lock_&lt;name&gt;, any version) on every server, with its home under the profile&apos;s client library, misplaced and split copies, TTL, owner, fencing token, value and CAS. The servers are walked with lru_crawler metadump hash and each lock read with mg ... u (no LRU bump).
Exit codes: 0 every server scanned, 1 a server could not be scanned (the list is incomplete), 2 bad input.</source>
        <translation>Listet jede gehaltene Sperre (Schlüssel &lt;KEY_PREFIX&gt;:&lt;version&gt;:__d_lock_&lt;name&gt;, jede Version) auf jedem Server, mit ihrem Heimserver unter der Client-Bibliothek des Profils, verlegten und geteilten Kopien, TTL, Halter, Fencing-Token, Wert und CAS. Die Server werden mit lru_crawler metadump hash durchlaufen und jede Sperre mit mg ... u gelesen (ohne die LRU-Position zu verändern).
Exit-Codes: 0 jeder Server durchlaufen, 1 ein Server konnte nicht durchlaufen werden (die Liste ist unvollständig), 2 ungültige Eingabe.</translation>
    </message>
    <message>
        <source>Only lock keys of the profile&apos;s VERSION (default: any version).</source>
        <translation>Nur Sperrschlüssel der VERSION des Profils (Vorgabe: jede Version).</translation>
    </message>
    <message>
        <source>Seconds between refreshes. Default: 2.</source>
        <translation>Sekunden zwischen Auffrischungen. Vorgabe: 2.</translation>
    </message>
    <message>
        <source>Stop after &lt;n&gt; refreshes. Default: never.</source>
        <translation>Nach &lt;n&gt; Auffrischungen aufhören. Vorgabe: nie.</translation>
    </message>
    <message>
        <source>--interval: %1 is not a number of seconds between 0.1 and 3600</source>
        <translation>--interval: %1 ist keine Sekundenzahl zwischen 0.1 und 3600</translation>
    </message>
    <message>
        <source>--count: %1 is not a number</source>
        <translation>--count: %1 ist keine Zahl</translation>
    </message>
    <message>
        <source>Lockboard watch: %1, %2 servers, %3 locks, every %4 s (Ctrl-C to stop)</source>
        <translation>Lockboard watch: %1, %2 Server, %3 Sperren, alle %4 s (Strg-C beendet)</translation>
    </message>
    <message>
        <source>%1 restarted: locks on this server may have been lost</source>
        <translation>%1 neu gestartet: Sperren auf diesem Server sind möglicherweise verloren</translation>
    </message>
    <message>
        <source>The server holding the copy (as in the server list, or its 0-based index). Default: the lock&apos;s home.</source>
        <translation>Der Server mit der Kopie (wie in der Serverliste oder sein Index ab 0). Vorgabe: der Heimserver der Sperre.</translation>
    </message>
    <message>
        <source>Release only if the CAS is still &lt;n&gt; (as `locks` showed it).</source>
        <translation>Nur freigeben, wenn der CAS noch &lt;n&gt; ist (wie `locks` ihn zeigte).</translation>
    </message>
    <message>
        <source>Do not ask.</source>
        <translation>Nicht nachfragen.</translation>
    </message>
    <message>
        <source>release takes one lock NAME</source>
        <translation>release erwartet genau einen Sperrnamen NAME</translation>
    </message>
    <message>
        <source>not released: the profile &quot;%1&quot; is read-only</source>
        <translation>nicht freigegeben: das Profil „%1“ ist schreibgeschützt</translation>
    </message>
    <message>
        <source>--server: %1 is not in the server list (%2)</source>
        <translation>--server: %1 steht nicht in der Serverliste (%2)</translation>
    </message>
    <message>
        <source>--cas: %1 is not a CAS value</source>
        <translation>--cas: %1 ist kein CAS-Wert</translation>
    </message>
    <message>
        <source>not released: %1</source>
        <translation>nicht freigegeben: %1</translation>
    </message>
    <message>
        <source>not released: no lock %1 (key %2) on %3</source>
        <translation>nicht freigegeben: keine Sperre %1 (Schlüssel %2) auf %3</translation>
    </message>
    <message>
        <source>lock %1 (key %2) on %3: %4 %5, TTL %6, CAS %7</source>
        <translation>Sperre %1 (Schlüssel %2) auf %3: %4 %5, TTL %6, CAS %7</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <source>not released: standard input is not a terminal; give --yes to release %1</source>
        <translation>nicht freigegeben: die Standardeingabe ist kein Terminal; zum Freigeben --yes angeben: %1</translation>
    </message>
    <message>
        <source>Release %1? [y/N] </source>
        <translation>Freigeben: %1? [y/N] </translation>
    </message>
    <message>
        <source>not released (not confirmed)</source>
        <translation>nicht freigegeben (nicht bestätigt)</translation>
    </message>
    <message>
        <source>%1 (audit: %2)</source>
        <translation>%1 (Audit-Protokoll: %2)</translation>
    </message>
    <message>
        <source>give a KEY (see %1 --help)</source>
        <translation>KEY angeben (siehe %1 --help)</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (Schlüssel %2)</translation>
    </message>
    <message>
        <source>Store VALUE under KEY on the key&apos;s home server, and say whether the server stored it.
VALUE &apos;-&apos; reads the value from standard input. Exit codes: 0 stored, 1 not stored (the reason is on stderr), 2 bad input, 69 the home server could not be reached.</source>
        <translation>Speichert VALUE unter KEY auf dem Heimserver des Schlüssels und meldet, ob der Server ihn gespeichert hat.
VALUE &apos;-&apos; liest den Wert von der Standardeingabe. Exit-Codes: 0 gespeichert, 1 nicht gespeichert (der Grund steht auf stderr), 2 ungültige Eingabe, 69 der Heimserver war nicht erreichbar.</translation>
    </message>
    <message>
        <source>Expire after &lt;s&gt; seconds (0: never). Default: 0.</source>
        <translation>Nach &lt;s&gt; Sekunden ablaufen (0: nie). Vorgabe: 0.</translation>
    </message>
    <message>
        <source>The item&apos;s client flags. Default: 0.</source>
        <translation>Die Client-Flags des Eintrags. Vorgabe: 0.</translation>
    </message>
    <message>
        <source>The cache key (memcached key with --raw).</source>
        <translation>Der Cache-Schlüssel (memcached-Schlüssel mit --raw).</translation>
    </message>
    <message>
        <source>The value, or - for standard input.</source>
        <translation>Der Wert oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>set takes KEY and VALUE (or - for standard input)</source>
        <translation>set erwartet KEY und VALUE (oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>--ttl: %1 is not a number of seconds</source>
        <translation>--ttl: %1 ist keine Sekundenzahl</translation>
    </message>
    <message>
        <source>--flags: %1 is not a 32-bit unsigned number</source>
        <translation>--flags: %1 ist keine vorzeichenlose 32-Bit-Zahl</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; is read-only: not writing</source>
        <translation>das Profil „%1“ ist schreibgeschützt: es wird nicht geschrieben</translation>
    </message>
    <message>
        <source>%1 (key %2, %3 bytes)</source>
        <translation>%1 (Schlüssel %2, %3 Bytes)</translation>
    </message>
    <message>
        <source>Print the value stored under KEY on the key&apos;s home server, as is.
Exit codes: 0 found, 1 not found (or another refusal, on stderr), 2 bad input, 69 the home server could not be reached.</source>
        <translation>Gibt den unter KEY gespeicherten Wert vom Heimserver des Schlüssels unverändert aus.
Exit-Codes: 0 gefunden, 1 nicht gefunden (oder eine andere Ablehnung, auf stderr), 2 ungültige Eingabe, 69 der Heimserver war nicht erreichbar.</translation>
    </message>
    <message>
        <source>get takes one KEY</source>
        <translation>get erwartet genau einen KEY</translation>
    </message>
    <message>
        <source>Cache keys (memcached keys with --raw).</source>
        <translation>Cache-Schlüssel (memcached-Schlüssel mit --raw).</translation>
    </message>
    <message>
        <source>place: give at least one KEY (see lockboardctl place --help)</source>
        <translation>place: mindestens einen KEY angeben (siehe lockboardctl place --help)</translation>
    </message>
    <message>
        <source>list, show, save or remove.</source>
        <translation>list, show, save oder remove.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Der Name des Profils.</translation>
    </message>
    <message>
        <source>profile list takes no NAME</source>
        <translation>profile list erwartet keinen NAME</translation>
    </message>
    <message>
        <source>profile %1 takes exactly one NAME</source>
        <translation>profile %1 erwartet genau einen NAME</translation>
    </message>
    <message>
        <source>removed profile &quot;%1&quot;</source>
        <translation>Profil „%1“ entfernt</translation>
    </message>
    <message>
        <source>profile save: give the servers with --servers (or $LOCKBOARD_SERVERS)</source>
        <translation>profile save: die Server mit --servers (oder $LOCKBOARD_SERVERS) angeben</translation>
    </message>
    <message>
        <source>saved profile &quot;%1&quot; in %2</source>
        <translation>Profil „%1“ in %2 gespeichert</translation>
    </message>
    <message>
        <source>Run CMD while holding the lock NAME, a cluster-wide flock that excludes the seed&apos;s Django recipe on the same name. The lock is refreshed every ttl/3 and released after CMD ends; CMD finds the lock&apos;s fencing token in $LOCKBOARD_FENCING_TOKEN.
Exit codes: CMD&apos;s own when all went well; 75 the lock is held by another; 69 the lock&apos;s home server cannot be reached; 70 the lock was lost while CMD ran; 127 CMD could not be started.</source>
        <translation>Führt CMD aus, während die Sperre NAME gehalten wird: ein clusterweites flock, das sich mit dem Django-Rezept des Seeds auf demselben Namen gegenseitig ausschließt. Die Sperre wird alle ttl/3 aufgefrischt und nach dem Ende von CMD freigegeben; CMD findet das Fencing-Token der Sperre in $LOCKBOARD_FENCING_TOKEN.
Exit-Codes: der von CMD, wenn alles gut ging; 75 die Sperre hält ein anderer; 69 der Heimserver der Sperre ist nicht erreichbar; 70 die Sperre ging verloren, während CMD lief; 127 CMD konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The lock&apos;s name (key __d_lock_&lt;name&gt;).</source>
        <translation>Der Name der Sperre (Schlüssel __d_lock_&lt;name&gt;).</translation>
    </message>
    <message>
        <source>Seconds until the lock expires if not refreshed. Default: 120.</source>
        <translation>Sekunden, bis die Sperre abläuft, wenn sie nicht aufgefrischt wird. Vorgabe: 120.</translation>
    </message>
    <message>
        <source>Keep trying for up to &lt;s&gt; seconds while it is held. Default: 0.</source>
        <translation>Bis zu &lt;s&gt; Sekunden weiter versuchen, solange sie gehalten wird. Vorgabe: 0.</translation>
    </message>
    <message>
        <source>The command to run, after --.</source>
        <translation>Der auszuführende Befehl, nach --.</translation>
    </message>
    <message>
        <source>run: give the lock&apos;s name with --lock NAME</source>
        <translation>run: den Namen der Sperre mit --lock NAME angeben</translation>
    </message>
    <message>
        <source>run: give the command to run after --</source>
        <translation>run: den auszuführenden Befehl nach -- angeben</translation>
    </message>
    <message>
        <source>--ttl: %1 is not a number of seconds (1 or more)</source>
        <translation>--ttl: %1 ist keine Sekundenzahl (1 oder mehr)</translation>
    </message>
    <message>
        <source>--wait: %1 is not a number of seconds</source>
        <translation>--wait: %1 ist keine Sekundenzahl</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; is read-only: not taking locks</source>
        <translation>das Profil „%1“ ist schreibgeschützt: es werden keine Sperren genommen</translation>
    </message>
    <message>
        <source>cannot run %1: %2 (lock %3 released)</source>
        <translation>%1 kann nicht ausgeführt werden: %2 (Sperre %3 freigegeben)</translation>
    </message>
    <message>
        <source>the lock was lost while the command ran: %1</source>
        <translation>die Sperre ging verloren, während der Befehl lief: %1</translation>
    </message>
    <message>
        <source>%1 was killed by signal %2</source>
        <translation>%1 wurde durch Signal %2 beendet</translation>
    </message>
    <message>
        <source>Find what can make a lock lie (client settings, profiles, evictions, servers), with the fix.</source>
        <translation>Findet, was eine Sperre lügen lassen kann (Client-Einstellungen, Profile, Verdrängungen, Server), mit der Abhilfe.</translation>
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
&apos;lockboardctl BEFEHL --help&apos; zeigt die Optionen eines Befehls.
Die Server kommen aus --servers, einem --profile, $LOCKBOARD_SERVERS oder dem Profil &quot;default&quot;.
Meldungen folgen der Sprache des Systems ($LANG); --lang CODE (de, fr, en) ändert sie.
Exit-Codes: 0 Erfolg, 1 die Operation ist fehlgeschlagen, 2 ungültige Eingabe, 69 ein Server war nicht erreichbar
(run: 75 die Sperre ist belegt, 70 die Sperre ging verloren, 127 der Befehl kann nicht laufen; doctor: 3 Warnungen, 4 kritisch).
</translation>
    </message>
    <message>
        <source>Lockboard doctor: %1 (%2, %3)</source>
        <translation>Lockboard doctor: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>servers given</source>
        <translation>angegebene Server</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>Judge the settings and saved profiles only; contact no server.</source>
        <translation>Nur die Einstellungen und gespeicherten Profile beurteilen; keinen Server kontaktieren.</translation>
    </message>
    <message>
        <source>doctor takes no arguments</source>
        <translation>doctor erwartet keine Argumente</translation>
    </message>
    <message>
        <source>warning: %1 (not compared)</source>
        <translation>Warnung: %1 (nicht verglichen)</translation>
    </message>
    <message>
        <source>cannot run the project&apos;s Python %1: %2</source>
        <translation>das Python des Projekts %1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>%1 did not finish reading the project&apos;s settings within %2 s</source>
        <translation>%1 hat das Lesen der Projekteinstellungen nicht innerhalb von %2 s beendet</translation>
    </message>
    <message>
        <source>Read a Django project&apos;s cache settings with the project&apos;s own Python and save one profile per memcached cache alias, named after it: the servers in the order the backend passes them, the client library, KEY_PREFIX, VERSION and the client&apos;s options. No server is contacted. Settings read from the environment see this command&apos;s environment.</source>
        <translation>Liest die Cache-Einstellungen eines Django-Projekts mit dem eigenen Python des Projekts und speichert ein Profil pro memcached-Cache-Alias, nach diesem benannt: die Server in der Reihenfolge, in der das Backend sie übergibt, die Client-Bibliothek, KEY_PREFIX, VERSION und die Optionen des Clients. Kein Server wird kontaktiert. Einstellungen, die aus der Umgebung gelesen werden, sehen die Umgebung dieses Befehls.</translation>
    </message>
    <message>
        <source>The application&apos;s Python interpreter, for example its virtualenv&apos;s bin/python (default: python3 from PATH).</source>
        <translation>Der Python-Interpreter der Anwendung, zum Beispiel bin/python ihres virtualenv (Vorgabe: python3 aus PATH).</translation>
    </message>
    <message>
        <source>The settings module, as DJANGO_SETTINGS_MODULE names it (default: $DJANGO_SETTINGS_MODULE).</source>
        <translation>Das Einstellungsmodul, wie DJANGO_SETTINGS_MODULE es nennt (Vorgabe: $DJANGO_SETTINGS_MODULE).</translation>
    </message>
    <message>
        <source>A directory to put first on sys.path, such as the project&apos;s root (repeatable; the working directory is on it too, as for manage.py).</source>
        <translation>Ein Verzeichnis, das an den Anfang von sys.path kommt, etwa das Wurzelverzeichnis des Projekts (wiederholbar; das Arbeitsverzeichnis steht auch darin, wie bei manage.py).</translation>
    </message>
    <message>
        <source>Import only this alias of CACHES.</source>
        <translation>Nur diesen Alias aus CACHES importieren.</translation>
    </message>
    <message>
        <source>The profile&apos;s name when one alias is imported (default: the alias).</source>
        <translation>Der Name des Profils, wenn ein einzelner Alias importiert wird (Vorgabe: der Alias).</translation>
    </message>
    <message>
        <source>Overwrite saved profiles of the same names.</source>
        <translation>Gespeicherte Profile gleichen Namens überschreiben.</translation>
    </message>
    <message>
        <source>Show the profiles without saving them.</source>
        <translation>Die Profile zeigen, ohne sie zu speichern.</translation>
    </message>
    <message>
        <source>Print the profiles as JSON.</source>
        <translation>Die Profile als JSON ausgeben.</translation>
    </message>
    <message>
        <source>profile import-django takes no arguments (got &quot;%1&quot;)</source>
        <translation>profile import-django erwartet keine Argumente (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>profile import-django: give the settings module with --settings (or $DJANGO_SETTINGS_MODULE)</source>
        <translation>profile import-django: das Einstellungsmodul mit --settings (oder $DJANGO_SETTINGS_MODULE) angeben</translation>
    </message>
    <message>
        <source>reading CACHES of %1 with %2 ...</source>
        <translation>lese CACHES von %1 mit %2 ...</translation>
    </message>
    <message>
        <source>--name needs one alias, and %1 were read: choose one with --alias</source>
        <translation>--name braucht genau einen Alias, gelesen wurden %1: einen mit --alias wählen</translation>
    </message>
    <message>
        <source>warning: cache &quot;%1&quot;: %2</source>
        <translation>Warnung: Cache „%1“: %2</translation>
    </message>
    <message>
        <source>saved profile &quot;%1&quot; in %2 (%3)</source>
        <translation>Profil „%1“ in %2 gespeichert (%3)</translation>
    </message>
    <message>
        <source>%1 (--replace overwrites, --alias and --name choose)</source>
        <translation>%1 (--replace überschreibt, --alias und --name wählen aus)</translation>
    </message>
    <message>
        <source>Connect with TLS (servers started with memcached -Z). Also a profile setting.</source>
        <translation>Mit TLS verbinden (Server, die mit memcached -Z gestartet sind). Auch eine Profileinstellung.</translation>
    </message>
    <message>
        <source>Trust the CAs in &lt;file&gt; (PEM) for the servers&apos; certificates. Default: the system&apos;s CA store.</source>
        <translation>Den CAs in &lt;file&gt; (PEM) für die Zertifikate der Server vertrauen. Vorgabe: der CA-Speicher des Systems.</translation>
    </message>
    <message>
        <source>Our client certificate (PEM), for servers that require one (ssl_verify_mode 2 or 3).</source>
        <translation>Unser Client-Zertifikat (PEM), für Server, die eines verlangen (ssl_verify_mode 2 oder 3).</translation>
    </message>
    <message>
        <source>The client certificate&apos;s private key (PEM).</source>
        <translation>Der private Schlüssel des Client-Zertifikats (PEM).</translation>
    </message>
    <message>
        <source>The name the servers&apos; certificates must carry. Default: each server&apos;s host.</source>
        <translation>Der Name, den die Zertifikate der Server tragen müssen. Vorgabe: der Host jedes Servers.</translation>
    </message>
    <message>
        <source>Accept any server certificate: the connection is encrypted but the server is not authenticated. For tests only.</source>
        <translation>Jedes Server-Zertifikat akzeptieren: die Verbindung ist verschlüsselt, aber der Server ist nicht authentifiziert. Nur für Tests.</translation>
    </message>
    <message>
        <source>Authenticate as &lt;name&gt; (servers started with memcached -Y). The password comes from $LOCKBOARD_PASSWORD, --password-file or the system keyring (lockboardctl profile set-password), never from the command line.</source>
        <translation>Als &lt;name&gt; authentifizieren (Server, die mit memcached -Y gestartet sind). Das Passwort kommt aus $LOCKBOARD_PASSWORD, --password-file oder dem Schlüsselbund des Systems (lockboardctl profile set-password), nie von der Befehlszeile.</translation>
    </message>
    <message>
        <source>Read the password from &lt;file&gt;, which only its owner may read (chmod 600).</source>
        <translation>Das Passwort aus der Datei &lt;file&gt; lesen, die nur ihr Eigentümer lesen darf (chmod 600).</translation>
    </message>
    <message>
        <source>WARNING: TLS without verification (--tls-no-verify): the servers are not authenticated, anyone on the path can read and change the traffic</source>
        <translation>WARNUNG: TLS ohne Prüfung (--tls-no-verify): die Server sind nicht authentifiziert, jeder auf dem Übertragungsweg kann den Verkehr mitlesen und verändern</translation>
    </message>
    <message>
        <source>profile %1 has no user (save it with --user first)</source>
        <translation>Profil %1 hat keinen Benutzer (zuerst mit --user speichern)</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>stored the password of %1 in the system keyring</source>
        <translation>Passwort von %1 im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>removed the password of %1 from the system keyring</source>
        <translation>Passwort von %1 aus dem Schlüsselbund des Systems entfernt</translation>
    </message>
    <message>
        <source>Saved connection profiles. &apos;save&apos; stores the servers and settings given by the options (or by $LOCKBOARD_SERVERS) under NAME; the profile called &quot;default&quot; is used when no --profile is given. &apos;import-django&apos; reads them from a Django project (see lockboardctl profile import-django --help). &apos;set-password&apos; reads the password of the profile&apos;s user from stdin into the system keyring; &apos;forget-password&apos; removes it.</source>
        <translation>Gespeicherte Verbindungsprofile. &apos;save&apos; speichert die durch die Optionen (oder durch $LOCKBOARD_SERVERS) gegebenen Server und Einstellungen unter NAME; das Profil namens „default“ wird verwendet, wenn kein --profile angegeben ist. &apos;import-django&apos; liest sie aus einem Django-Projekt (siehe lockboardctl profile import-django --help). &apos;set-password&apos; liest das Passwort des Benutzers des Profils von stdin in den Schlüsselbund des Systems; &apos;forget-password&apos; entfernt es.</translation>
    </message>
    <message>
        <source>profile: unknown action &quot;%1&quot; (use list, show, save, remove, set-password or forget-password)</source>
        <translation>profile: unbekannte Aktion „%1“ (list, show, save, remove, set-password oder forget-password verwenden)</translation>
    </message>
    <message>
        <source>Find what can make a lock lie before it does: the client library&apos;s failover and options (python-memcached&apos;s rehash, pymemcache&apos;s server removal, default_noreply, ignore_exc, pylibmc&apos;s ejection), a password sent without TLS or certificates not verified, saved profiles that place the same keys differently, and the cluster&apos;s state (servers down, locks that can be evicted while held, locks without TTL, memory near full, servers that refuse key walks or watching). Each finding says what it means and the fix. It reads each server&apos;s keys once, as &apos;locks&apos; does. Exit status: 0 nothing worse than a note, 3 warnings, 4 a critical finding, 2 bad input.</source>
        <translation>Findet, was eine Sperre lügen lassen kann, bevor es passiert: Failover und Optionen der Client-Bibliothek (Rehash von python-memcached, Entfernen von Servern durch pymemcache, default_noreply, ignore_exc, Auswerfen durch pylibmc), ein ohne TLS gesendetes Passwort oder ungeprüfte Zertifikate, gespeicherte Profile, die dieselben Schlüssel unterschiedlich platzieren, und den Zustand des Clusters (ausgefallene Server, Sperren, die verdrängt werden können, während sie gehalten werden, Sperren ohne TTL, fast voller Speicher, Server, die Schlüsselraum-Durchläufe oder Beobachtung verweigern). Jeder Befund nennt seine Bedeutung und die Abhilfe. Die Schlüssel jedes Servers werden einmal gelesen, wie bei &apos;locks&apos;. Exit-Status: 0 nichts Schlimmeres als ein Hinweis, 3 Warnungen, 4 ein kritischer Befund, 2 ungültige Eingabe.</translation>
    </message>
    <message>
        <source>A lock recipe of the applications sharing the cluster, KIND[@CLIENT][=PATTERN]: django (the default), celery, laravel (default pattern laravel_cache:{name}) or custom=PATTERN with {name} in it; @CLIENT names the library that writes its keys (default --client). Give it once per recipe; replaces the profile&apos;s.</source>
        <translation>Ein Sperrrezept der Anwendungen, die sich den Cluster teilen, KIND[@CLIENT][=PATTERN]: django (Standard), celery, laravel (Standardmuster laravel_cache:{name}) oder custom=PATTERN mit {name} darin; @CLIENT nennt die Bibliothek, die seine Schlüssel schreibt (Standard: --client). Einmal je Rezept angeben; ersetzt die des Profils.</translation>
    </message>
    <message>
        <source>Force-release one copy of the lock NAME: on its home server, or on --server S. The delete happens only if the lock&apos;s CAS is still the one shown (or given with --cas), so a lock that changed meanwhile is left alone. Every attempt is recorded in the audit log ($LOCKBOARD_AUDIT_LOG, else $XDG_STATE_HOME/lockboard/audit.jsonl).
NAME is a lock of the profile&apos;s first recipe (--recipe); with --raw it is the memcached key, of any of its recipes. A lock whose recipe&apos;s holders compare their owner before releasing (laravel) needs --bypass-owner-check.
Without --yes it asks on a terminal, and refuses when there is none. Exit codes: 0 released, 1 nothing released, 2 bad input, 69 the server could not be reached.</source>
        <translation>Erzwingt die Freigabe einer Kopie der Sperre NAME: auf ihrem Heimserver oder auf --server S. Gelöscht wird nur, wenn der CAS der Sperre noch der angezeigte (oder mit --cas angegebene) ist; eine inzwischen geänderte Sperre bleibt also unberührt. Jeder Versuch wird im Audit-Protokoll vermerkt ($LOCKBOARD_AUDIT_LOG, sonst $XDG_STATE_HOME/lockboard/audit.jsonl).
NAME ist eine Sperre des ersten Rezepts des Profils (--recipe); mit --raw ist es der memcached-Schlüssel, zu einem beliebigen seiner Rezepte. Eine Sperre, deren Halter vor dem Freigeben ihre Besitzerkennung vergleichen (laravel), braucht --bypass-owner-check.
Ohne --yes wird auf einem Terminal nachgefragt und ohne Terminal abgelehnt. Exit-Codes: 0 freigegeben, 1 nichts freigegeben, 2 ungültige Eingabe, 69 der Server war nicht erreichbar.</translation>
    </message>
    <message>
        <source>Release a lock whose holders compare their owner before releasing it (Laravel&apos;s): its holder loses it while it still believes it holds it.</source>
        <translation>Eine Sperre freigeben, deren Halter vor dem Freigeben ihre Besitzerkennung vergleichen (Laravel): Ihr Halter verliert sie, während er glaubt, sie noch zu halten.</translation>
    </message>
    <message>
        <source>not released: %1 is not a lock key of the recipes %2</source>
        <translation>nicht freigegeben: %1 ist kein Sperrschlüssel der Rezepte %2</translation>
    </message>
    <message>
        <source>The lock&apos;s name under the profile&apos;s first recipe (Django&apos;s: key &lt;prefix&gt;:&lt;version&gt;:__d_lock_&lt;name&gt;), or its key with --raw.</source>
        <translation>Der Name der Sperre im ersten Rezept des Profils (bei Django: Schlüssel &lt;prefix&gt;:&lt;version&gt;:__d_lock_&lt;name&gt;), oder mit --raw ihr Schlüssel.</translation>
    </message>
    <message>
        <source>%1 (--bypass-owner-check)</source>
        <translation>%1 (--bypass-owner-check)</translation>
    </message>
    <message>
        <source>Show the home server of each key, computed as the application&apos;s client library computes it.
KEY is a cache key and goes through Django&apos;s key function (KEY_PREFIX:VERSION:KEY) unless --raw is given.
Also show where the library puts the key while its home is down (python-memcached, pymemcache and dalli move it on their defaults, others with the profile&apos;s client options: two holders of one lock), and python-memcached&apos;s full rehash order.</source>
        <translation>Zeigt den Heimatserver jedes Schlüssels, berechnet wie die Client-Bibliothek der Anwendung ihn berechnet.
KEY ist ein Cache-Schlüssel und durchläuft Djangos Schlüsselfunktion (KEY_PREFIX:VERSION:KEY), außer mit --raw.
Zeigt auch, wohin die Bibliothek den Schlüssel legt, solange sein Heimatserver ausgefallen ist (python-memcached, pymemcache und dalli verschieben ihn mit ihren Voreinstellungen, andere mit den Client-Optionen des Profils: zwei Halter einer Sperre), und die vollständige Rehash-Reihenfolge von python-memcached.</translation>
    </message>
    <message>
        <source>Set one of the client library&apos;s options that change where a key goes when its server is down (and what the doctor says), with the library&apos;s own name: failover=false (dalli), remove=true (node-memcached), OPT_REMOVE_FAILED_SERVERS=true (php-memcached-ketama), retry_attempts=1e9 (pymemcache), behaviors.auto_eject=true (pylibmc). NAME= removes it. Give it once per option; saved by &apos;profile save&apos;.</source>
        <translation>Setzt eine Option der Client-Bibliothek, die bestimmt, wohin ein Schlüssel geht, wenn sein Server ausgefallen ist (und was doctor meldet), unter dem Namen der Bibliothek: failover=false (dalli), remove=true (node-memcached), OPT_REMOVE_FAILED_SERVERS=true (php-memcached-ketama), retry_attempts=1e9 (pymemcache), behaviors.auto_eject=true (pylibmc). NAME= entfernt sie. Einmal je Option angeben; &apos;profile save&apos; speichert sie.</translation>
    </message>
    <message numerus="yes">
        <source>new locks can be listed late on %n server(s)</source>
        <translation>
            <numerusform>neue Sperren können auf %n Server verspätet erscheinen</numerusform>
            <numerusform>neue Sperren können auf %n Servern verspätet erscheinen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: new locks %2</source>
        <translation>%1: neue Sperren %2</translation>
    </message>
    <message>
        <source>Show servers and locks, refreshed every --interval seconds, until interrupted (Ctrl-C) or --count refreshes. On a terminal the screen is redrawn in place; otherwise each refresh is appended, with its time. With --json, each refresh is one JSON object on a line of its own (servers, streams, locks). Each server says how late a new lock can be listed there: by its store stream, by walking the slab classes locks live in (while the stream is paused over its cost limit), or only at full walks.</source>
        <translation>Zeigt Server und Sperren, alle --interval Sekunden aufgefrischt, bis zur Unterbrechung (Strg-C) oder nach --count Auffrischungen. Auf einem Terminal wird der Bildschirm an Ort und Stelle neu gezeichnet; sonst wird jede Auffrischung mit ihrer Zeit angehängt. Mit --json ist jede Auffrischung ein JSON-Objekt auf einer eigenen Zeile (Server, Ströme, Sperren). Zu jedem Server steht, wie spät eine neue Sperre dort erscheinen kann: per Schreibstrom, per Durchlauf der Slab-Klassen der Sperren (solange der Strom über seiner Kostengrenze pausiert) oder nur bei vollen Durchläufen.</translation>
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
