#!/bin/sh
# Creates the platform's namespace and registers the process kit's search attributes (all Keyword:
# workflows/src/process/process-search-attributes.ts). Safe to run again. The workers register
# missing attributes themselves too, but a namespace they cannot create.
set -eu
namespace=${TEMPORAL_NAMESPACE:-default}
attempts=60

retry() {
  n=0
  until "$@"; do
    n=$((n + 1))
    [ "$n" -lt "$attempts" ] || { echo "gave up after $attempts tries: $*" >&2; exit 1; }
    sleep 2
  done
}

retry temporal operator cluster health
temporal operator namespace describe -n "$namespace" >/dev/null 2>&1 ||
  retry temporal operator namespace create -n "$namespace" --retention "${TEMPORAL_NAMESPACE_RETENTION:-30d}"
# A new namespace reaches every service's cache within seconds; until then the list fails.
retry temporal operator search-attribute list -n "$namespace" >/dev/null
for name in ProcessType ProcessStatus OrganizationId ProcessAwaiting; do
  if ! temporal operator search-attribute list -n "$namespace" | grep -qw "$name"; then
    retry temporal operator search-attribute create -n "$namespace" --name "$name" --type Keyword
  fi
done
echo "namespace $namespace ready"
