#!/bin/sh
# One of N processes that each add 1 to a shared counter file ITERATIONS
# times, every increment under the cluster-wide lock "counter". The critical
# section reads, pauses and writes, so without the lock increments are lost.
# usage: counter_worker.sh LOCKBOARDCTL SERVERS FILE ITERATIONS
ctl=$1
servers=$2
file=$3
iterations=$4
i=0
while [ "$i" -lt "$iterations" ]; do
    "$ctl" run --servers "$servers" --lock counter --wait 120 --ttl 30 -- \
        sh -c 'value=$(cat "$1"); sleep 0.01; echo $((value + 1)) > "$1"' counter "$file" || exit $?
    i=$((i + 1))
done
