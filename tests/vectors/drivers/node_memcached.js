// Stores keys through Node's memcached package (npm memcached, on hashring) for
// generate_vectors.py. argv[2]: the layout as JSON {"servers": [{"host", "port",
// "weight"}]}; stdin: a JSON array of keys; stdout: a JSON array, true where
// set succeeded. Servers go in as the package documents weights:
// {"host:port": weight}. retries: 0 so that a down server fails fast (where a
// key goes does not depend on it: without remove: true keys never move).
// Options "remove" and "failures" go to the client; "passes": how many times
// keys that failed are tried again; "settle": then flush and store every key
// once more, so that all of them are where the library puts them now.
'use strict';
const Memcached = require('memcached');

const layout = JSON.parse(process.argv[2]);
const keys = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const servers = {};
for (const s of layout.servers)
    servers[`${s.host}:${s.port}`] = s.weight;
const options = layout.options || {};
const clientOptions = { retries: 0, timeout: 2000, idle: 1000 };
for (const name of ['remove', 'failures'])
    if (name in options)
        clientOptions[name] = options[name];
const client = new Memcached(servers, clientOptions);

// A callback the package never calls (it happens, rarely, around a server it
// removes) would let Node exit with nothing said: each wait has a deadline.
function within(ms, start, fallback) {
    return new Promise(resolve => {
        const timer = setTimeout(() => resolve(fallback), ms);
        start(value => { clearTimeout(timer); resolve(value); });
    });
}

function store(k) {
    return within(5000, done => client.set(k, '1', 600, err => done(!err)), false);
}

(async () => {
    const stored = keys.map(() => false);
    for (let pass = 0; pass <= (options.passes || 0); ++pass)
        for (let i = 0; i < keys.length; ++i)
            if (!stored[i])
                stored[i] = await store(keys[i]);
    if (options.settle) {
        await within(5000, done => client.flush(() => done()), undefined);
        for (let i = 0; i < keys.length; ++i)
            stored[i] = await store(keys[i]);
    }
    client.end();
    // The package keeps retry timers for a down server alive after end():
    // leave once the answer is out.
    process.stdout.write(JSON.stringify(stored) + '\n', () => process.exit(0));
})();
