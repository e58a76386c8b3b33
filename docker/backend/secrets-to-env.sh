#!/usr/bin/env bash
# Container entrypoint: turns secret files into the environment variables Liberty and MicroProfile
# Config read, then runs the given command. For every variable NAME_FILE (NAME = TK_*) whose value is
# a readable file, NAME is set to the file's content (one trailing newline dropped). Setting both
# NAME and NAME_FILE is an error, so a forgotten default never hides the secret. In the production
# profile a missing required secret (TK_REQUIRED_SECRETS) stops the container before Liberty starts:
# without TK_KEYSTORE_PASSWORD the server would run and refuse every token with 401.
set -euo pipefail

usage() {
  cat <<'TXT'
Usage: secrets-to-env.sh COMMAND [ARG...]

For each environment variable TK_<NAME>_FILE, exports TK_<NAME> with the content of that file
(Docker/Compose secrets are mounted under /run/secrets), then execs COMMAND.
Example: TK_DB_PASSWORD_FILE=/run/secrets/db_password secrets-to-env.sh server run defaultServer
With TK_PROFILE=production, every variable of TK_REQUIRED_SECRETS (default: TK_KEYSTORE_PASSWORD
TK_DB_PASSWORD) must end up non-empty, else it exits 1 without running COMMAND.
TXT
}
case "${1:-}" in
  -h | --help) usage; exit 0 ;;
  "") usage >&2; exit 2 ;;
esac

while IFS='=' read -r name _; do
  [[ $name == TK_*_FILE ]] || continue
  target=${name%_FILE}
  file=${!name}
  if [ -n "${!target:-}" ]; then
    echo "secrets-to-env: both $target and $name are set; set only one" >&2
    exit 1
  fi
  if [ ! -r "$file" ]; then
    echo "secrets-to-env: $name points to '$file', which is not a readable file" >&2
    exit 1
  fi
  value=$(<"$file")
  export "$target=$value"
  unset "$name"
done < <(env)

if [ "${TK_PROFILE:-}" = production ]; then
  missing=()
  for name in ${TK_REQUIRED_SECRETS:-TK_KEYSTORE_PASSWORD TK_DB_PASSWORD}; do
    [ -n "${!name:-}" ] || missing+=("$name")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "secrets-to-env: production profile without ${missing[*]} (set it or ${missing[0]}_FILE); refusing to start" >&2
    exit 1
  fi
fi

exec "$@"
