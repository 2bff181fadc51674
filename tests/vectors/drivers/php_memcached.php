<?php
// Stores keys through PHP's memcached extension (php8.2-memcached, on
// libmemcached) for generate_vectors.py. argv[1]: the layout as JSON
// {"servers": [{"host", "port", "path", "weight"}], "options": {...}};
// stdin: a JSON array of keys; stdout: a JSON array, true where set() succeeded.
// Options: "libketama" (OPT_LIBKETAMA_COMPATIBLE), "binary" (OPT_BINARY_PROTOCOL).
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
foreach ($layout['servers'] as $s) {
    $host = isset($s['path']) ? $s['path'] : $s['host'];
    $port = isset($s['path']) ? 0 : $s['port'];
    if (!$m->addServer($host, $port, $s['weight']))
        fwrite(STDERR, "php_memcached: addServer($host, $port) failed: " . $m->getResultMessage() . "\n");
}
$stored = [];
foreach ($keys as $k)
    $stored[] = $m->set($k, '1', 600);
echo json_encode($stored), "\n";
