#!/usr/bin/env bash
# Applies kubernetes/ in the documented order (the deployment guide's steps): namespace first,
# the data services, then backend, frontend and ingress, then monitoring, logging and backup.
# After each folder it waits for the Deployments and StatefulSets it created to be rolled out, so
# the backend starts against ready data services. A folder that does not exist is skipped.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
NAMESPACE=${TK_NAMESPACE:-ticket-knowledge}
# The order. Folders under kubernetes/; keep in step with kubernetes/README.md.
ORDER=(
  base
  database
  redis
  elasticsearch
  kafka
  minio
  clamav
  backend
  frontend
  ingress
  monitoring/prometheus
  monitoring/grafana
  logging/elasticsearch
  logging/logstash
  logging/kibana
  logging/filebeat
  backup/velero
)

usage() {
  cat <<TXT
Usage: scripts/deploy/deploy-kubernetes.sh [--print] [--only FOLDER] [--timeout DURATION]
                                           [--set-image TAG]

Applies, in this order (folders under kubernetes/):
$(printf '  %s\n' "${ORDER[@]}")
  --print          print the kubectl commands instead of running them
  --only FOLDER    apply one folder of the list (e.g. backend)
  --timeout D      rollout wait per workload (default 300s)
  --set-image TAG  after applying backend/frontend, set their image tag (rolling update) -
                   an upgrade; the same with the previous tag is a rollback
                   (kubectl -n $NAMESPACE rollout undo deployment/backend also rolls back)
Namespace: \$TK_NAMESPACE (default ticket-knowledge). Secrets: scripts/setup/setup-kubernetes.sh.
TXT
}

print=false
only=""
timeout=300s
tag=""
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --print) print=true ;;
    --only) only=${2:?--only needs a folder}; shift ;;
    --timeout) timeout=${2:?--timeout needs a duration}; shift ;;
    --set-image) tag=${2:?--set-image needs a tag}; shift ;;
    *) usage >&2; exit 2 ;;
  esac
  shift
done
if [ -n "$only" ] && ! printf '%s\n' "${ORDER[@]}" | grep -qxF -- "$only"; then
  echo "deploy-kubernetes: $only is not in the order list" >&2
  exit 2
fi
$print || command -v kubectl >/dev/null || { echo "deploy-kubernetes: kubectl is not installed" >&2; exit 1; }

run() {
  if $print; then echo "$*"; else "$@"; fi
}

for folder in "${ORDER[@]}"; do
  [ -z "$only" ] || [ "$folder" = "$only" ] || continue
  dir=$ROOT/kubernetes/$folder
  if [ ! -d "$dir" ]; then
    echo "deploy-kubernetes: kubernetes/$folder does not exist, skipped" >&2
    continue
  fi
  echo "deploy-kubernetes: applying kubernetes/$folder"
  if $print; then
    echo "kubectl apply -f kubernetes/$folder/"
    continue
  fi
  mapfile -t applied < <(kubectl apply -f "$dir/" -o name)
  case "$folder" in
    backend | frontend)
      if [ -n "$tag" ]; then
        for workload in "${applied[@]}"; do
          [[ $workload == deployment.apps/* ]] || continue
          image=$(kubectl -n "$NAMESPACE" get "$workload" -o jsonpath='{.spec.template.spec.containers[0].image}')
          run kubectl -n "$NAMESPACE" set image "$workload" "*=${image%:*}:$tag"
        done
      fi
      ;;
  esac
  for workload in "${applied[@]}"; do
    case "$workload" in
      deployment.apps/* | statefulset.apps/* | daemonset.apps/*)
        kubectl -n "$NAMESPACE" rollout status "$workload" --timeout="$timeout" ;;
    esac
  done
done
echo "deploy-kubernetes: done; kubectl get all -n $NAMESPACE"
