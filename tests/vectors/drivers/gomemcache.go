// Stores keys through Go's gomemcache (Debian golang-github-bradfitz-gomemcache-dev)
// for generate_vectors.py. os.Args[1]: the layout as JSON {"servers": [{"host",
// "port", "path", "weight"}]}; stdin: a JSON array of keys; stdout: a JSON
// array, true where Set succeeded. gomemcache has no weights: each server is
// listed once. Built with GOPATH=/usr/share/gocode GO111MODULE=off.
package main

import (
	"encoding/json"
	"fmt"
	"net"
	"os"
	"strconv"

	"github.com/bradfitz/gomemcache/memcache"
)

type server struct {
	Host string `json:"host"`
	Port int    `json:"port"`
	Path string `json:"path"`
}

func main() {
	var layout struct {
		Servers []server `json:"servers"`
	}
	if err := json.Unmarshal([]byte(os.Args[1]), &layout); err != nil {
		fmt.Fprintln(os.Stderr, "gomemcache driver: bad layout:", err)
		os.Exit(2)
	}
	var keys []string
	if err := json.NewDecoder(os.Stdin).Decode(&keys); err != nil {
		fmt.Fprintln(os.Stderr, "gomemcache driver: bad keys:", err)
		os.Exit(2)
	}
	var addrs []string
	for _, s := range layout.Servers {
		if s.Path != "" {
			addrs = append(addrs, s.Path)
		} else {
			addrs = append(addrs, net.JoinHostPort(s.Host, strconv.Itoa(s.Port)))
		}
	}
	client := memcache.New(addrs...)
	stored := make([]bool, len(keys))
	for i, k := range keys {
		stored[i] = client.Set(&memcache.Item{Key: k, Value: []byte("1"), Expiration: 600}) == nil
	}
	out, _ := json.Marshal(stored)
	fmt.Println(string(out))
}
