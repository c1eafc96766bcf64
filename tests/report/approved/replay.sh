#!/usr/bin/env bash
# Replays Created.EchoesOperationId/Json as the run made it: its 2 requests, in order, each answer printed.
# The control API's calls are made again as such (a fresh conversation, a minted token, a
# condition on the fresh conversation); a request to an href of the run's conversation goes to
# the same href of the fresh one; method, query, headers and body as the run sent them.
# Needs bash, curl and python3. Set UCWA_TOKEN to the run's bearer token first.
set -euo pipefail
: "${UCWA_TOKEN:?set UCWA_TOKEN to the bearer token of the run}"
target='http://127.0.0.1:8443'
control='http://127.0.0.1:8443/conformance/v1'
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# member NAME <JSON: the string member NAME of a JSON object, or nothing.
member() {
  python3 -c 'import json, sys
try:
    value = json.load(sys.stdin).get(sys.argv[1])
except Exception:
    value = None
print(value if isinstance(value, str) else "")' "$1"
}
# absolute HREF: HREF resolved against the target.
absolute() {
  python3 -c 'import sys, urllib.parse
print(urllib.parse.urljoin(sys.argv[1] + "/", sys.argv[2]))' "$target" "$1"
}

# 1 of 2, POST: the run got 201
echo '=== 1 of 2: POST '"${target}"'/ucwa/oauth/v1/applications/101/communication/conversations/7/audioVideo/escalateAudioVideo?operationId=op%261&sessionContext=it'\''s'
{
  printf 'v=0\r\n'
  printf 'm=audio 5004 RTP/AVP 0\r\n'
  printf 'm=video 5006 RTP/AVP 96\r\n'
} >"$work/body-1"
curl -sS -g -i -X 'POST' "${target}"'/ucwa/oauth/v1/applications/101/communication/conversations/7/audioVideo/escalateAudioVideo?operationId=op%261&sessionContext=it'\''s' \
  -H 'Accept: application/json' \
  -H 'Authorization: Bearer '"${UCWA_TOKEN}" \
  -H 'Content-Type: application/sdp' \
  -H 'User-Agent:' \
  -H 'Expect:' \
  --data-binary @"$work/body-1" ||
  echo "(no answer: curl exited $?)"
echo

# 2 of 2, GET: the run got no answer: transport failure (connect_failed): Connection refused — GET http://127.0.0.1:8443/ucwa/oauth/v1/applications/101/communication/conversations/7/audioVideo; is the target running?
echo '=== 2 of 2: GET '"${target}"'/ucwa/oauth/v1/applications/101/communication/conversations/7/audioVideo'
curl -sS -g -i -X 'GET' "${target}"'/ucwa/oauth/v1/applications/101/communication/conversations/7/audioVideo' \
  -H 'Accept: application/xml' \
  -H 'Authorization: Bearer '"${UCWA_TOKEN}" \
  -H 'User-Agent:' \
  -H 'Expect:' \
  -H 'Content-Type:' ||
  echo "(no answer: curl exited $?)"
echo
