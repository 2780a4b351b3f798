-- dedup-resolve-0: claim fingerprints and find near-duplicate neighbours for a batch, atomically.
-- KEYS: none (keys are derived from ARGV[1], all under one {dedup} hash tag: see redis-keys.ts)
-- ARGV[1] key base, ARGV[2] TTL seconds, ARGV[3] request count, then per request:
--   fingerprint, owner id, story id, record JSON (without seq), band count, bands...
-- Returns per request: { owner, story, owned (1/0), seq, then per neighbour: seq, story, JSON }
-- Records are stored as hashes { seq, story, json } and never decoded here: cjson would turn
-- empty arrays into objects.
local base, ttl, n = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
local i = 4
local out = {}
for r = 1, n do
  local fp, owner, story, recjson, nb = ARGV[i], ARGV[i + 1], ARGV[i + 2], ARGV[i + 3], tonumber(ARGV[i + 4])
  local bands = {}
  for b = 1, nb do bands[b] = ARGV[i + 4 + b] end
  i = i + 5 + nb
  local fpkey = base .. 'fp:' .. fp
  if redis.call('HSETNX', fpkey, 'owner', owner) == 1 then
    redis.call('HSET', fpkey, 'story', story)
    redis.call('EXPIRE', fpkey, ttl)
  end
  local cur = redis.call('HMGET', fpkey, 'owner', 'story')
  local owned = cur[1] == owner
  local item = { cur[1], cur[2], owned and 1 or 0, 0 }
  if owned then
    local reckey = base .. 'rec:' .. owner
    local seq = tonumber(redis.call('HGET', reckey, 'seq'))
    local replay = seq ~= nil
    if not replay then
      seq = redis.call('INCR', base .. 'seq')
      redis.call('HSET', reckey, 'seq', seq, 'story', story, 'json', recjson)
      redis.call('EXPIRE', reckey, ttl)
    end
    item[4] = seq
    local seen = {}
    for _, band in ipairs(bands) do
      local bkey = base .. 'band:' .. band
      for _, id in ipairs(redis.call('SMEMBERS', bkey)) do
        if id ~= owner and not seen[id] then
          seen[id] = true
          local other = redis.call('HMGET', base .. 'rec:' .. id, 'seq', 'story', 'json')
          if not other[1] then
            redis.call('SREM', bkey, id)
          elseif tonumber(other[1]) < seq then
            item[#item + 1] = other[1]
            item[#item + 1] = other[2]
            item[#item + 1] = other[3]
          end
        end
      end
      if not replay then
        redis.call('SADD', bkey, owner)
        redis.call('EXPIRE', bkey, ttl)
      end
    end
  end
  out[r] = item
end
return out
