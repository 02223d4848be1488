#!/usr/bin/env bash
# A fresh SoftHSM2 token and a test PKI for the signing tests and CI (leader and agency keys, a test CA).
#
#   eval "$(bash tests/support/softhsm-setup.sh [WORK_DIR])"
#
# Keys are generated ON the token (never extractable); their CSRs are signed by the token through
# the libp11 engine, certificates are issued by a file-based test CA and imported back onto the token,
# the way a real agency token carries its certificate. Prints `export` lines (and writes WORK/env.sh):
# SOFTHSM2_CONF PKCS11_MODULE PKCS11_TOKEN PKCS11_PIN VANTHU_TEST_PKI VANTHU_TEST_NSSDB VANTHU_TEST_WORK.
#
# Token VANTHU-TEST (user PIN 123456, SO PIN 12345678), objects by CKA_ID:
#   01 agency      RSA-2048, "Ủy ban nhân dân xã Tân Phú"       (the văn thư's agency certificate)
#   02 leader      EC P-256, "Nguyễn Văn Thử" (Chủ tịch)         (the competent person)
#   03 wrong-key   RSA-2048 key + the AGENCY certificate         (cert and key do not match)
#   04 always-auth RSA-2048, CKA_ALWAYS_AUTHENTICATE             (PIN demanded for every signature)
#   05 expired     RSA-2048, certificate valid 2020-01-01..2021-01-01
#   06 no-ku       RSA-2048, KeyUsage keyEncipherment only       (not a signing certificate)
#   07 lookalike   RSA-2048, issued by a rogue CA pair whose names equal the test CAs' names
#   a0 sub-ca      the issuing CA certificate (real tokens carry their chain)
# Token VANTHU-LOCKED: same PIN, one key 01; its CKF_USER_PIN_LOCKED flag is set in the token file,
# because SoftHSM2 never locks on its own (it only raises "count low") but honours the flag.
# Token VANTHU-FINAL: same, with CKF_USER_PIN_FINAL_TRY set (one wrong PIN away from locking).
# Files in PKI dir: root.pem sub.pem agency.pem leader.pem ... rogue-root.pem rogue-sub.pem
# rogue-swap.pem (key 01, same serial and names as agency.pem, rogue issuer), tsa.pem tsa.key tsa.cnf.
set -euo pipefail

WORK="${1:-$(mktemp -d "${TMPDIR:-/tmp}/vanthu-hsm-XXXXXX")}"
mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
PKI="$WORK/pki"
HSM="$WORK/hsm"
NSSDB="$WORK/nssdb"
rm -rf "$PKI" "$HSM" "$NSSDB"
mkdir -p "$PKI" "$HSM/tokens" "$NSSDB"

MOD=""
for m in /usr/lib/softhsm/libsofthsm2.so /usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so \
         /usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so /usr/local/lib/softhsm/libsofthsm2.so; do
  if [ -e "$m" ]; then MOD="$m"; break; fi
done
for tool in softhsm2-util pkcs11-tool openssl; do
  command -v "$tool" >/dev/null || { echo "softhsm-setup: $tool missing (apt-get install softhsm2 opensc openssl)" >&2; exit 3; }
done
[ -n "$MOD" ] || { echo "softhsm-setup: libsofthsm2.so not found (apt-get install softhsm2)" >&2; exit 3; }

TOKEN=VANTHU-TEST
LOCKED=VANTHU-LOCKED
FINAL=VANTHU-FINAL
PIN=123456
SOPIN=12345678

cat > "$HSM/softhsm2.conf" <<EOF
directories.tokendir = $HSM/tokens
objectstore.backend = file
log.level = ERROR
slots.removable = false
EOF
export SOFTHSM2_CONF="$HSM/softhsm2.conf"

p11() { pkcs11-tool --module "$MOD" --login --pin "$PIN" "$@" >/dev/null 2>&1; }

softhsm2-util --init-token --free --label "$TOKEN" --so-pin "$SOPIN" --pin "$PIN" >/dev/null
softhsm2-util --init-token --free --label "$LOCKED" --so-pin "$SOPIN" --pin "$PIN" >/dev/null
softhsm2-util --init-token --free --label "$FINAL" --so-pin "$SOPIN" --pin "$PIN" >/dev/null

keygen() { # token id label type [extra]
  p11 --token-label "$1" --keypairgen --key-type "$4" --id "$2" --label "$3" --usage-sign ${5:-}
}
keygen "$TOKEN" 01 agency rsa:2048
keygen "$TOKEN" 02 leader EC:prime256v1
keygen "$TOKEN" 03 wrong-key rsa:2048
keygen "$TOKEN" 04 always-auth rsa:2048 --always-auth
keygen "$TOKEN" 05 expired rsa:2048
keygen "$TOKEN" 06 no-ku rsa:2048
keygen "$TOKEN" 07 lookalike rsa:2048
keygen "$LOCKED" 01 agency rsa:2048
keygen "$FINAL" 01 agency rsa:2048

# ---- CA configuration (openssl ca, so validity dates and serials are controlled) ----
export CA_DIR="$PKI"   # ca.cnf reads it; `issue` sets it per CA
cat > "$PKI/ca.cnf" <<'EOF'
[ca]
default_ca = ca_default
[ca_default]
dir = $ENV::CA_DIR
database = $dir/index.txt
serial = $dir/serial
new_certs_dir = $dir/new
default_md = sha256
policy = policy_any
unique_subject = no
email_in_dn = no
preserve = yes
copy_extensions = none
utf8 = yes
string_mask = utf8only
[policy_any]
countryName = optional
stateOrProvinceName = optional
localityName = optional
organizationName = optional
organizationalUnitName = optional
commonName = supplied
userId = optional
[req]
distinguished_name = dn
utf8 = yes
string_mask = utf8only
prompt = no
[dn]
CN = unused
[v3_root]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[v3_sub]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[v3_ee]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = emailProtection, 1.3.6.1.4.1.311.10.3.12
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[v3_noku]
basicConstraints = critical, CA:FALSE
keyUsage = critical, keyEncipherment
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[v3_tsa]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = critical, timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
EOF

ca_init() { # name
  mkdir -p "$PKI/$1/new"; : > "$PKI/$1/index.txt"; echo 1000 > "$PKI/$1/serial"
}
# issue CA_NAME CSR OUT EXT START END [SERIAL_HEX]
issue() {
  local ca=$1 csr=$2 out=$3 ext=$4 start=$5 end=$6 serial=${7:-}
  [ -n "$serial" ] && echo "$serial" > "$PKI/$ca/serial"
  CA_DIR="$PKI/$ca" openssl ca -batch -notext -config "$PKI/ca.cnf" -cert "$PKI/$ca.pem" -keyfile "$PKI/$ca.key" \
    -in "$csr" -out "$out" -extensions "$ext" -startdate "$start" -enddate "$end" >/dev/null 2>&1
}
selfsign_root() { # name subject
  openssl req -new -newkey rsa:2048 -nodes -keyout "$PKI/$1.key" -out "$PKI/$1.csr" -config "$PKI/ca.cnf" -utf8 -subj "$2" 2>/dev/null
  ca_init "$1"
  CA_DIR="$PKI/$1" openssl ca -batch -notext -selfsign -config "$PKI/ca.cnf" -keyfile "$PKI/$1.key" -in "$PKI/$1.csr" \
    -out "$PKI/$1.pem" -extensions v3_root -startdate 20190101000000Z -enddate 20391231000000Z >/dev/null 2>&1
}
sub_ca() { # name issuer subject
  openssl req -new -newkey rsa:2048 -nodes -keyout "$PKI/$1.key" -out "$PKI/$1.csr" -config "$PKI/ca.cnf" -utf8 -subj "$3" 2>/dev/null
  issue "$2" "$PKI/$1.csr" "$PKI/$1.pem" v3_sub 20190101000000Z 20381231000000Z
  ca_init "$1"
}
token_csr() { # token id subject out
  openssl req -new -engine pkcs11 -keyform engine -config "$PKI/ca.cnf" -utf8 -subj "$3" -out "$4" \
    -key "pkcs11:token=$1;id=%$2;type=private;pin-value=$PIN" >/dev/null 2>&1
}
import_cert() { # token id label pem
  openssl x509 -in "$4" -outform DER -out "$4.der"
  p11 --token-label "$1" --write-object "$4.der" --type cert --id "$2" --label "$3"
}

ROOT_DN="/C=VN/O=Ban Cơ yếu Thử nghiệm/CN=RootCA Thử nghiệm vanthu"
SUB_DN="/C=VN/O=Ban Cơ yếu Thử nghiệm/CN=CA phục vụ cơ quan Nhà nước Thử nghiệm"
AGENCY_DN="/C=VN/ST=Đồng Nai/L=Tân Phú/O=Ủy ban nhân dân huyện Đồng Phú/CN=Ủy ban nhân dân xã Tân Phú"
LEADER_DN="/C=VN/ST=Đồng Nai/O=Ủy ban nhân dân xã Tân Phú/OU=Lãnh đạo/CN=Nguyễn Văn Thử"
NOW_START="$(date -u -d '-1 day' +%Y%m%d%H%M%SZ)"
NOW_END="$(date -u -d '+730 days' +%Y%m%d%H%M%SZ)"

selfsign_root root "$ROOT_DN"
sub_ca sub root "$SUB_DN"
selfsign_root rogue-root "$ROOT_DN"
sub_ca rogue-sub rogue-root "$SUB_DN"

ee() { # token id label subject ca ext start end out [serial]
  token_csr "$1" "$2" "$4" "$PKI/$9.csr"
  issue "$5" "$PKI/$9.csr" "$PKI/$9.pem" "$6" "$7" "$8" "${10:-}"
}
ee "$TOKEN" 01 agency "$AGENCY_DN" sub v3_ee "$NOW_START" "$NOW_END" agency 0A6E01
ee "$TOKEN" 02 leader "$LEADER_DN" sub v3_ee "$NOW_START" "$NOW_END" leader
# The libp11 engine cannot answer the context-specific PIN prompt of an always-authenticate key
# without a terminal, so this certificate binds the token's public key to a throwaway CSR.
pkcs11-tool --module "$MOD" --token-label "$TOKEN" --read-object --type pubkey --id 04 -o "$PKI/always-auth.pub.der" >/dev/null 2>&1
openssl pkey -pubin -inform DER -in "$PKI/always-auth.pub.der" -out "$PKI/always-auth.pub.pem"
openssl req -new -newkey rsa:2048 -nodes -keyout /dev/null -out "$PKI/always-auth.csr" -config "$PKI/ca.cnf" -utf8 \
  -subj "/C=VN/O=Ủy ban nhân dân xã Tân Phú/CN=Trần Thị Văn Thư" 2>/dev/null
openssl x509 -req -in "$PKI/always-auth.csr" -CA "$PKI/sub.pem" -CAkey "$PKI/sub.key" -force_pubkey "$PKI/always-auth.pub.pem" \
  -set_serial 0x0A6E40 -days 730 -sha256 -extfile "$PKI/ca.cnf" -extensions v3_ee -out "$PKI/always-auth.pem" 2>/dev/null
rm -f "$PKI"/always-auth.pub.*
ee "$TOKEN" 05 expired "$AGENCY_DN" sub v3_ee 20200101000000Z 20210101000000Z expired
ee "$TOKEN" 06 no-ku "$AGENCY_DN" sub v3_noku "$NOW_START" "$NOW_END" no-ku
ee "$TOKEN" 07 lookalike "$AGENCY_DN" rogue-sub v3_ee "$NOW_START" "$NOW_END" lookalike
# Same key (01), same subject, same serial as agency.pem, but issued by the rogue CA: swapping it into
# a CMS keeps the signature mathematically valid, so only the ESS signingCertificateV2 check catches it.
token_csr "$TOKEN" 01 "$AGENCY_DN" "$PKI/rogue-swap.csr"
issue rogue-sub "$PKI/rogue-swap.csr" "$PKI/rogue-swap.pem" v3_ee "$NOW_START" "$NOW_END" 0A6E01
ee "$LOCKED" 01 agency "$AGENCY_DN" sub v3_ee "$NOW_START" "$NOW_END" locked-agency
ee "$FINAL" 01 agency "$AGENCY_DN" sub v3_ee "$NOW_START" "$NOW_END" final-agency

import_cert "$TOKEN" 01 agency "$PKI/agency.pem"
import_cert "$TOKEN" 02 leader "$PKI/leader.pem"
import_cert "$TOKEN" 03 wrong-key "$PKI/agency.pem"
import_cert "$TOKEN" 04 always-auth "$PKI/always-auth.pem"
import_cert "$TOKEN" 05 expired "$PKI/expired.pem"
import_cert "$TOKEN" 06 no-ku "$PKI/no-ku.pem"
import_cert "$TOKEN" 07 lookalike "$PKI/lookalike.pem"
import_cert "$TOKEN" a0 sub-ca "$PKI/sub.pem"
import_cert "$LOCKED" 01 agency "$PKI/locked-agency.pem"
import_cert "$FINAL" 01 agency "$PKI/final-agency.pem"

# ---- TSA (RFC 3161) for `openssl ts -reply` ----
openssl req -new -newkey rsa:2048 -nodes -keyout "$PKI/tsa.key" -out "$PKI/tsa.csr" -config "$PKI/ca.cnf" -utf8 \
  -subj "/C=VN/O=Ban Cơ yếu Thử nghiệm/CN=TSA Thử nghiệm" 2>/dev/null
issue sub "$PKI/tsa.csr" "$PKI/tsa.pem" v3_tsa "$NOW_START" "$NOW_END"
cat "$PKI/sub.pem" > "$PKI/tsa-chain.pem"
echo 01 > "$PKI/tsaserial"
cat > "$PKI/tsa.cnf" <<EOF
[tsa]
default_tsa = tsa_config
[tsa_config]
serial = $PKI/tsaserial
crypto_device = builtin
signer_cert = $PKI/tsa.pem
certs = $PKI/tsa-chain.pem
signer_key = $PKI/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
EOF

# ---- PIN flags SoftHSM2 never sets itself (it only raises "count low") but honours: OR them into
# CKA_OS_TOKENFLAGS (0x8000534B) of the token file. VANTHU-LOCKED: CKF_USER_PIN_LOCKED (0x40000);
# VANTHU-FINAL: CKF_USER_PIN_FINAL_TRY (0x20000), the state before a VGCA token locks.
set_flag() { # label flag
python3 - "$HSM/tokens" "$1" "$2" <<'PY'
import os, struct, sys
root, label, flag = sys.argv[1], sys.argv[2].encode(), int(sys.argv[3], 16)
for d in os.listdir(root):
    p = os.path.join(root, d, 'token.object')
    data = bytearray(open(p, 'rb').read())
    if label.ljust(32) not in data: continue
    tag = struct.pack('>QQ', 0x8000534B, 2)
    i = data.find(tag)
    assert i >= 0, 'token flags attribute not found'
    v = struct.unpack('>Q', data[i+16:i+24])[0] | flag
    data[i+16:i+24] = struct.pack('>Q', v)
    open(p, 'wb').write(data)
    break
else:
    sys.exit('token not found: ' + label.decode())
PY
}
set_flag "$LOCKED" 40000
set_flag "$FINAL" 20000

# ---- NSS database for pdfsig that trusts the test root only ----
if command -v certutil >/dev/null; then
  certutil -N -d "sql:$NSSDB" --empty-password
  certutil -A -d "sql:$NSSDB" -n "vanthu test root" -t "CT,C,C" -i "$PKI/root.pem"
fi
rm -f "$PKI"/*.csr "$PKI"/*.pem.der

cat > "$WORK/env.sh" <<EOF
export SOFTHSM2_CONF='$SOFTHSM2_CONF'
export PKCS11_MODULE='$MOD'
export PKCS11_TOKEN='$TOKEN'
export PKCS11_PIN='$PIN'
export VANTHU_TEST_PKI='$PKI'
export VANTHU_TEST_NSSDB='$NSSDB'
export VANTHU_TEST_WORK='$WORK'
EOF
cat "$WORK/env.sh"
