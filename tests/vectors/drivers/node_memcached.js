// Stores keys through Node's memcached package (npm memcached, on hashring) for
// generate_vectors.py. argv[2]: the layout as JSON {"servers": [{"host", "port",
// "weight"}]}; stdin: a JSON array of keys; stdout: a JSON array, true where
// set succeeded. Servers go in as the package documents weights:
// {"host:port": weight}. retries: 0 so that a down server fails fast (where a
// key goes does not depend on it: without remove: true keys never move).
'use strict';
const Memcached = require('memcached');

const layout = JSON.parse(process.argv[2]);
const keys = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const servers = {};
for (const s of layout.servers)
    servers[`${s.host}:${s.port}`] = s.weight;
const client = new Memcached(servers, { retries: 0, timeout: 2000, idle: 1000 });

function store(k) {
    return new Promise(resolve => client.set(k, '1', 600, err => resolve(!err)));
}

(async () => {
    const stored = [];
    for (const k of keys)
        stored.push(await store(k));
    client.end();
    // The package keeps retry timers for a down server alive after end():
    // leave once the answer is out.
    process.stdout.write(JSON.stringify(stored) + '\n', () => process.exit(0));
})();
