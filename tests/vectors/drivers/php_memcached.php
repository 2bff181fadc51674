<?php
// Stores keys through PHP's memcached extension (php8.2-memcached, on
// libmemcached) for generate_vectors.py. argv[1]: the layout as JSON
// {"servers": [{"host", "port", "path", "weight"}], "options": {...}};
// stdin: a JSON array of keys; stdout: a JSON array, true where set() succeeded.
// Options: "libketama" (OPT_LIBKETAMA_COMPATIBLE), "binary" (OPT_BINARY_PROTOCOL),
// any Memcached::OPT_* by name (OPT_REMOVE_FAILED_SERVERS, ...), "passes": how
// many times keys that failed are tried again, and "settle": then flush and
// store every key once more, so that all of them are where the library puts
// them now (after it ejected a server, not before).
// Servers are added as Laravel's MemcachedConnector adds them: options first,
// then addServer(host, port, weight) one by one.
$layout = json_decode($argv[1], true, 512, JSON_THROW_ON_ERROR);
$keys = json_decode(stream_get_contents(STDIN), true, 512, JSON_THROW_ON_ERROR);
$options = $layout['options'] ?? [];

$m = new Memcached();
if (!empty($options['libketama']))
    $m->setOption(Memcached::OPT_LIBKETAMA_COMPATIBLE, true);
if (!empty($options['binary']))
    $m->setOption(Memcached::OPT_BINARY_PROTOCOL, true);
$m->setOption(Memcached::OPT_CONNECT_TIMEOUT, 2000);
foreach ($options as $name => $value)
    if (str_starts_with($name, 'OPT_') && !$m->setOption(constant("Memcached::$name"), $value)) {
        fwrite(STDERR, "php_memcached: setOption($name) refused: " . $m->getResultMessage() . "\n");
        exit(1);
    }
foreach ($layout['servers'] as $s) {
    $host = isset($s['path']) ? $s['path'] : $s['host'];
    $port = isset($s['path']) ? 0 : $s['port'];
    if (!$m->addServer($host, $port, $s['weight']))
        fwrite(STDERR, "php_memcached: addServer($host, $port) failed: " . $m->getResultMessage() . "\n");
}
$stored = array_fill(0, count($keys), false);
for ($pass = 0; $pass <= ($options['passes'] ?? 0); ++$pass)
    foreach ($keys as $i => $k)
        if (!$stored[$i])
            $stored[$i] = $m->set($k, '1', 600);
if (!empty($options['settle'])) {
    $m->flush();
    foreach ($keys as $i => $k)
        $stored[$i] = $m->set($k, '1', 600);
}
echo json_encode($stored), "\n";
