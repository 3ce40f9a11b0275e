#!/bin/sh
# Runs one night on the cluster: the shard pods, then the merge once every shard has completed.
#   deploy/kubernetes/run-night.sh [NIGHT] [SHARDS]      (defaults: today, 4)
# Needs kubectl pointed at the cluster, the image tqa:latest (deploy/Dockerfile) and the claim tqa-data.
set -eu
night=${1:-$(date +%F)}
shards=${2:-4}
here=$(dirname "$0")
fill() { sed -e "s/__NIGHT__/$night/g" -e "s/__SHARDS__/$shards/g" "$here/$1"; }
fill nightly-shards.yaml | kubectl apply -f -
# An Indexed Job is Complete only when every index has succeeded; Failed when one ran out of retries.
kubectl wait --for=condition=complete --timeout=12h "job/tqa-nightly-$night"
fill nightly-merge.yaml | kubectl apply -f -
kubectl wait --for=condition=complete --timeout=2h "job/tqa-merge-$night" || true
kubectl logs "job/tqa-merge-$night"
