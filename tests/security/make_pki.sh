#!/bin/sh
# Makes a throw-away PKI for the TLS tests with Debian's openssl (3.0), in DIR:
#   ca.{crt,key}                the CA the servers' and the client's certificates come from
#   server.{crt,key}            for 127.0.0.1, ::1 and localhost
#   expired.{crt,key}           the same names, valid 2000-01-01 to 2000-01-02
#   wrongname.{crt,key}         for wrong.example only
#   client.{crt,key}            a client certificate (EC key), signed by ca
#   untrusted-client.{crt,key}  a client certificate from another CA (other-ca)
# usage: make_pki.sh DIR
set -eu
dir=${1:?usage: make_pki.sh DIR}
mkdir -p "$dir"
cd "$dir"

ca() { # name common-name
    openssl req -x509 -new -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.crt" -days 3650 \
        -subj "/CN=$2" -sha256 -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
}

# leaf NAME CN EXTENSIONS CA KEYSPEC [openssl-ca validity options]
leaf() {
    name=$1 cn=$2 extensions=$3 issuer=$4 keyspec=$5
    shift 5
    openssl req -new -newkey "$keyspec" -nodes -keyout "$name.key" -out "$name.csr" \
        -subj "/CN=$cn" 2>/dev/null
    printf '%s\n' "$extensions" >"$name.ext"
    if [ $# -eq 0 ]; then
        openssl x509 -req -in "$name.csr" -CA "$issuer.crt" -CAkey "$issuer.key" \
            -CAcreateserial -out "$name.crt" -days 825 -sha256 -extfile "$name.ext" 2>/dev/null
    else
        # 'openssl x509 -req' has no validity dates in 3.0: 'openssl ca' has.
        db="db.$name"
        mkdir -p "$db"
        : >"$db/index.txt"
        echo 1000 >"$db/serial"
        cat >"$db/ca.cnf" <<EOF
[ca]
default_ca = test
[test]
database = $db/index.txt
new_certs_dir = $db
serial = $db/serial
default_md = sha256
policy = any
unique_subject = no
[any]
commonName = supplied
EOF
        openssl ca -batch -notext -config "$db/ca.cnf" -cert "$issuer.crt" -keyfile "$issuer.key" \
            -in "$name.csr" -out "$name.crt" -extfile "$name.ext" "$@" 2>/dev/null
        rm -rf "$db"
    fi
    rm -f "$name.csr" "$name.ext"
}

server='basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost'
client='basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=clientAuth'

ca ca "Lockboard Test CA"
ca other-ca "Some Other CA"
leaf server localhost "$server" ca rsa:2048
leaf expired localhost "$server" ca rsa:2048 -startdate 20000101000000Z -enddate 20000102000000Z
leaf wrongname wrong.example 'basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=DNS:wrong.example' ca rsa:2048
leaf client lockboard-client "$client" ca ec:/dev/stdin <<EOF
$(openssl ecparam -name prime256v1)
EOF
leaf untrusted-client untrusted-client "$client" other-ca rsa:2048
rm -f ./*.srl
chmod 600 ./*.key
