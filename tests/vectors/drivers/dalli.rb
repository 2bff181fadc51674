# Stores keys through Ruby's dalli (Debian ruby-dalli) for generate_vectors.py.
# ARGV[0]: the layout as JSON {"servers": [{"host", "port", "path", "weight"}]};
# stdin: a JSON array of keys; stdout: a JSON array, true where set succeeded.
# Servers are named as dalli's documentation writes them ("host:port:weight",
# a socket path for unix sockets); failover stays on, as it is by default,
# unless options say "failover": false. "passes": how many times keys that
# failed are tried again.
require 'dalli'
require 'json'
require 'logger'

Dalli.logger = Logger.new(nil)
layout = JSON.parse(ARGV[0])
keys = JSON.parse($stdin.read)
servers = layout['servers'].map do |s|
  if s['path']
    s['weight'] == 1 ? s['path'] : "#{s['path']}:#{s['weight']}"
  else
    host = s['host'].include?(':') ? "[#{s['host']}]" : s['host']
    "#{host}:#{s['port']}:#{s['weight']}"
  end
end
options = layout['options'] || {}
client = Dalli::Client.new(servers, socket_timeout: 2,
                           failover: options.fetch('failover', true))
stored = Array.new(keys.size, false)
(0..options.fetch('passes', 0)).each do
  keys.each_with_index do |k, i|
    next if stored[i]
    stored[i] = begin
      client.set(k, '1', 600, raw: true) ? true : false
    rescue Dalli::DalliError
      false
    end
  end
end
puts JSON.generate(stored)
