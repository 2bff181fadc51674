<?php
// Takes a lock through Laravel's own cache code (Debian php-laravel-framework):
// the memcached store built as Laravel's CacheManager builds it
// (MemcachedConnector, MemcachedStore with the cache prefix, Repository), then
// Cache::lock(NAME, SECONDS)->get(). Prints "held <owner>" and keeps the lock
// until stdin closes, then releases it with the lock's own release() (get,
// compare the owner, delete) and prints "released" or "not released".
// argv: host:port[,host:port...] prefix name seconds
require '/usr/share/php/Illuminate/Cache/autoload.php';

use Illuminate\Cache\MemcachedConnector;
use Illuminate\Cache\MemcachedStore;
use Illuminate\Cache\Repository;

[$script, $serverList, $prefix, $name, $seconds] = $argv;
$servers = [];
foreach (explode(',', $serverList) as $server) {
    [$host, $port] = explode(':', $server);
    // config/cache.php's defaults: weight 100 for each server.
    $servers[] = ['host' => $host, 'port' => (int) $port, 'weight' => 100];
}
$memcached = (new MemcachedConnector())->connect($servers);
$cache = new Repository(new MemcachedStore($memcached, $prefix));

$lock = $cache->lock($name, (int) $seconds);
if (!$lock->get()) {
    fwrite(STDERR, "laravel_lock: $name is held by someone else\n");
    exit(3);
}
echo "held ", $lock->owner(), "\n";
stream_get_contents(STDIN);
echo $lock->release() ? "released\n" : "not released\n";
