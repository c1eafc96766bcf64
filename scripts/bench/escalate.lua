-- wrk script for scripts/bench-load.sh: the same conversation + escalation pair as
-- `ucwa-conform load` sends, without judging anything. Arguments after "--": the token.
-- Each connection alternates: POST {control}/conversations, then POST the escalateAudioVideo
-- href it answered, with fresh operationId and sessionContext.

local token = "conformance-token"
local pending = {}      -- escalateAudioVideo hrefs answered, not yet escalated
escalations = 0  -- escalations answered 201 (globals: done() reads them from each thread)
failures = 0     -- anything else

local offer = table.concat({
  "v=0", "o=- 1 1 IN IP4 127.0.0.1", "s=ucwa-conform", "c=IN IP4 127.0.0.1", "t=0 0",
  "m=audio 50000 RTP/AVP 0 101", "a=rtpmap:0 PCMU/8000", "a=rtpmap:101 telephone-event/8000",
  "a=fmtp:101 0-15", "a=sendrecv",
  "m=video 50002 RTP/AVP 96", "a=rtpmap:96 H264/90000", "a=fmtp:96 profile-level-id=42e01f",
  "a=sendrecv", ""}, "\r\n")

local function fresh_hex()
  local digits = {}
  for i = 1, 32 do digits[i] = string.format("%x", math.random(0, 15)) end
  return table.concat(digits)
end

function setup(thread)
  table.insert(threads, thread)
end

threads = {}

function init(args)
  if args[1] then token = args[1] end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local href = table.remove(pending)
  if href then
    return wrk.format("POST", href .. "?operationId=" .. fresh_hex() .. "&sessionContext=" ..
                      fresh_hex(),
                      {["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json",
                       ["Content-Type"] = "application/sdp"}, offer)
  end
  return wrk.format("POST", "/conformance/v1/conversations",
                    {["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json",
                     ["Content-Type"] = "application/json"}, "{}")
end

function response(status, headers, body)
  local href = body and body:match('"escalateAudioVideo"%s*:%s*"([^"]+)"')
  if href then
    table.insert(pending, href)
  elseif status == 201 then
    escalations = escalations + 1
  else
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  local total, failed = 0, 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("escalations")
    failed = failed + thread:get("failures")
  end
  io.write(string.format("wrk-escalations %d\nwrk-failures %d\nwrk-seconds %.3f\n", total,
                         failed, summary.duration / 1e6))
end
