<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ClusterEvents</name>
    <message numerus="yes">
        <source>Watching %n server(s), profile &quot;%1&quot;</source>
        <translation>
            <numerusform>Watching %n server, profile &quot;%1&quot;</numerusform>
            <numerusform>Watching %n servers, profile &quot;%1&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockboard::ActivityMonitor</name>
    <message numerus="yes">
        <source>the server dropped %n event(s) it could not send in time: figures are incomplete</source>
        <translation>
            <numerusform>the server dropped %n event it could not send in time: figures are incomplete</numerusform>
            <numerusform>the server dropped %n events it could not send in time: figures are incomplete</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockboard::MainWindow</name>
    <message numerus="yes">
        <source>Reading %n server(s)…</source>
        <translation>
            <numerusform>Reading %n server…</numerusform>
            <numerusform>Reading %n servers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s)</source>
        <translation>
            <numerusform>%n lock</numerusform>
            <numerusform>%n locks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DOWN</source>
        <translation>
            <numerusform>%n DOWN</numerusform>
            <numerusform>%n DOWN</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new locks late on %n server(s)</source>
        <translation>
            <numerusform>new locks late on %n server</numerusform>
            <numerusform>new locks late on %n servers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockboard::PlacementView</name>
    <message numerus="yes">
        <source>the %n lock key(s) held now</source>
        <translation>
            <numerusform>the %n lock key held now</numerusform>
            <numerusform>the %n lock keys held now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spread of %n key(s) under %1, the application&apos;s client library. Choose a server that fails to see what moves.</source>
        <translation>
            <numerusform>Spread of %n key under %1, the application&apos;s client library. Choose a server that fails to see what moves.</numerusform>
            <numerusform>Spread of %n keys under %1, the application&apos;s client library. Choose a server that fails to see what moves.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockboard::RecipeDialog</name>
    <message numerus="yes">
        <source>%n held key(s) recognised by %1, among the %2 copies read (the dashboard&apos;s locks and the last search).</source>
        <translation>
            <numerusform>%n held key recognised by %1, among the %2 copies read (the dashboard&apos;s locks and the last search).</numerusform>
            <numerusform>%n held keys recognised by %1, among the %2 copies read (the dashboard&apos;s locks and the last search).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Walking the keyspace of %n server(s)…</source>
        <translation>
            <numerusform>Walking the keyspace of %n server…</numerusform>
            <numerusform>Walking the keyspace of %n servers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n lock copy(ies) of these recipes; servers walked: %1 of %2.</source>
        <translation>
            <numerusform>Found %n lock copy of these recipes; servers walked: %1 of %2.</numerusform>
            <numerusform>Found %n lock copies of these recipes; servers walked: %1 of %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockboard::doctor</name>
    <message numerus="yes">
        <source>%n lock(s) here are also held on another server (%1): two workers hold the same lock, as after a client&apos;s failover.</source>
        <translation>
            <numerusform>%n lock here is also held on another server (%1): two workers hold the same lock, as after a client&apos;s failover.</numerusform>
            <numerusform>%n locks here are also held on another server (%1): two workers hold the same lock, as after a client&apos;s failover.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) here are not on their key&apos;s home server (%1): the application&apos;s clients do not see them, so they guard nothing.</source>
        <translation>
            <numerusform>%n lock here is not on its key&apos;s home server (%1): the application&apos;s clients do not see it, so it guards nothing.</numerusform>
            <numerusform>%n locks here are not on their key&apos;s home server (%1): the application&apos;s clients do not see them, so they guard nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) here never expire (%1): if a holder dies, the lock is held until someone releases it by hand, or until memcached evicts it.</source>
        <translation>
            <numerusform>%n lock here never expires (%1): if its holder dies, the lock is held until someone releases it by hand, or until memcached evicts it.</numerusform>
            <numerusform>%n locks here never expire (%1): if a holder dies, the lock is held until someone releases it by hand, or until memcached evicts it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockboard::inspect</name>
    <message numerus="yes">
        <source>within %1 by class walk (%n class(es), %2 items)</source>
        <translation>
            <numerusform>within %1 by class walk (%n class, %2 items)</numerusform>
            <numerusform>within %1 by class walk (%n classes, %2 items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %1 in %n crowded class(es) where locks were found (%2 items)</source>
        <translation>
            <numerusform>within %1 in %n crowded class where locks were found (%2 items)</numerusform>
            <numerusform>within %1 in %n crowded classes where locks were found (%2 items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %1 in %n crowded class(es) (%2 items)</source>
        <translation>
            <numerusform>within %1 in %n crowded class (%2 items)</numerusform>
            <numerusform>within %1 in %n crowded classes (%2 items)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockboardctl</name>
    <message numerus="yes">
        <source>new locks can be listed late on %n server(s)</source>
        <translation>
            <numerusform>new locks can be listed late on %n server</numerusform>
            <numerusform>new locks can be listed late on %n servers</numerusform>
        </translation>
    </message>
</context>
</TS>
