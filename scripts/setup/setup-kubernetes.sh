#!/usr/bin/env bash
# Prepares a Kubernetes cluster for kubernetes/: the namespace and the Secrets the manifests refer
# to, filled with random passwords, plus the ingress TLS secret from certificate files. Prints the
# kubectl commands; --apply runs them. Existing Secrets are left alone (so a re-run never changes a
# password a database was initialised with) unless --force. Values never appear on a command line
# (ps, shell history, audit logs): each is written to a file in a private temporary directory and
# passed with --from-file; the Secret's YAML goes to kubectl apply through a pipe.
set -euo pipefail

NAMESPACE=${TK_NAMESPACE:-ticket-knowledge}
# Secret name, then key=generator pairs ("random" = 48 hex characters). The names are those the
# manifests under kubernetes/ reference (secretKeyRef / secretName); keep the two in step.
SECRETS=(
  "postgres-credentials superuser-password=random replication-password=random app-password=random"
  "redis-credentials password=random replication-password=random"
  "minio-credentials root-user=tk-admin root-password=random"
  "minio-app-credentials access-key=tk-app secret-key=random"
  "backend-secrets keystore-password=random"
  "grafana-admin admin-password=random"
)
TLS_SECRET=ticket-knowledge-tls

usage() {
  cat <<TXT
Usage: scripts/setup/setup-kubernetes.sh [--apply] [--force] [--tls-cert FILE --tls-key FILE]

Namespace: \$TK_NAMESPACE (default ticket-knowledge). Secrets created:
$(printf '  %s\n' "${SECRETS[@]}")
  $TLS_SECRET (type kubernetes.io/tls, from --tls-cert/--tls-key; skipped without them)
Without --apply the commands are printed; values are files (--from-file=KEY=<file>) of a private
temporary directory, removed at exit. Every secret key of kubernetes/required-secrets.txt is here.
  --force   replace existing Secrets (never once the databases hold data)
TXT
}

apply=false
force=false
tls_cert=""
tls_key=""
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --apply) apply=true ;;
    --force) force=true ;;
    --tls-cert) tls_cert=${2:?--tls-cert needs a file}; shift ;;
    --tls-key) tls_key=${2:?--tls-key needs a file}; shift ;;
    *) usage >&2; exit 2 ;;
  esac
  shift
done

if $apply; then
  command -v kubectl >/dev/null || { echo "setup-kubernetes: kubectl is not installed" >&2; exit 1; }
  command -v openssl >/dev/null || { echo "setup-kubernetes: openssl is needed" >&2; exit 1; }
fi

exists() { kubectl -n "$NAMESPACE" get secret "$1" >/dev/null 2>&1; }

if $apply; then
  kubectl create namespace "$NAMESPACE" --dry-run=client -o yaml | kubectl apply -f -
else
  echo "kubectl create namespace $NAMESPACE"
fi

# values as files only readable by this user, removed at exit
values=$(mktemp -d)
trap 'rm -rf "$values"' EXIT
chmod 0700 "$values"
for spec in "${SECRETS[@]}"; do
  read -r name pairs <<<"$spec"
  args=()
  for pair in $pairs; do
    key=${pair%%=*}
    value=${pair#*=}
    file=$values/$name.$key
    if [ "$value" = random ]; then
      if $apply; then (umask 077 && openssl rand -hex 24 >"$file.raw" && tr -d '\n' <"$file.raw" >"$file" && rm -f "$file.raw"); fi
    elif $apply; then
      (umask 077 && printf '%s' "$value" >"$file")
    fi
    args+=("--from-file=$key=$file")
  done
  if ! $apply; then
    echo "kubectl -n $NAMESPACE create secret generic $name ${args[*]//$values/<tmpdir>}"
  elif exists "$name" && ! $force; then
    echo "setup-kubernetes: secret $name exists, kept"
  else
    kubectl -n "$NAMESPACE" create secret generic "$name" "${args[@]}" --dry-run=client -o yaml \
      | kubectl apply -f -
  fi
done

if [ -n "$tls_cert" ] || [ -n "$tls_key" ]; then
  if [ ! -r "$tls_cert" ] || [ ! -r "$tls_key" ]; then
    echo "setup-kubernetes: --tls-cert and --tls-key must both be readable files" >&2
    exit 1
  fi
  if $apply; then
    kubectl -n "$NAMESPACE" create secret tls "$TLS_SECRET" --cert="$tls_cert" --key="$tls_key" \
      --dry-run=client -o yaml | kubectl apply -f -
  else
    echo "kubectl -n $NAMESPACE create secret tls $TLS_SECRET --cert=$tls_cert --key=$tls_key"
  fi
else
  echo "setup-kubernetes: no --tls-cert/--tls-key: create secret $TLS_SECRET before applying kubernetes/ingress/" >&2
fi
