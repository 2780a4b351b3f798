#!/usr/bin/env bash
# Makes a throw-away certificate authority and one server certificate for 127.0.0.1/localhost, for
# the secure modes of the local Kafka and Redis (tests only: the keys are unencrypted, and a new CA is
# made for every start). Nothing is downloaded: openssl only.
# Writes into DIR: ca.pem (trust this), ca.key, server.key, server.pem, and server.p12 (PKCS#12 with
# the key and chain, for Java) when --p12-password is given.
# Usage: make-test-certs.sh DIR [--p12-password PASSWORD]
set -euo pipefail
INFRA_TAG=certs
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

[ $# -ge 1 ] || infra_die 2 "usage: make-test-certs.sh DIR [--p12-password PASSWORD]"
dir="$1"
shift
p12_password=''
while [ $# -gt 0 ]; do
  case "$1" in
    --p12-password)
      [ $# -ge 2 ] || infra_die 2 "--p12-password needs a value"
      p12_password="$2"
      shift 2
      ;;
    *) infra_die 2 "unknown argument: $1" ;;
  esac
done
infra_require_cmd openssl "Install it (Debian: apt-get install -y openssl)."

mkdir -p "$dir"
(
  cd "$dir"
  umask 077
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj '/CN=wirestream test CA' \
    -keyout ca.key -out ca.pem 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj '/CN=localhost' -keyout server.key -out server.csr 2>/dev/null
  # Clients check the address they dialled against the subject alternative names.
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth,clientAuth\n' >server.ext
  openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 \
    -extfile server.ext -out server.pem 2>/dev/null
  rm -f server.csr server.ext ca.srl
  if [ -n "$p12_password" ]; then
    openssl pkcs12 -export -in server.pem -inkey server.key -certfile ca.pem -name server \
      -passout "pass:$p12_password" -out server.p12
  fi
  chmod 644 ca.pem
)
infra_log "test CA and server certificate in $dir"
