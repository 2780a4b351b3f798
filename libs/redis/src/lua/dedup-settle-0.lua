-- dedup-settle-0: record the story each dispatch was assigned, on its record and its fingerprint.
-- KEYS: none (derived from ARGV[1] under the {dedup} hash tag). Idempotent.
-- ARGV[1] key base, ARGV[2] count, then per settlement: dispatch id, fingerprint, story id
local base, n = ARGV[1], tonumber(ARGV[2])
for s = 0, n - 1 do
  local id, fp, story = ARGV[3 + s * 3], ARGV[4 + s * 3], ARGV[5 + s * 3]
  local reckey = base .. 'rec:' .. id
  if redis.call('EXISTS', reckey) == 1 then redis.call('HSET', reckey, 'story', story) end
  local fpkey = base .. 'fp:' .. fp
  if redis.call('HGET', fpkey, 'owner') == id then redis.call('HSET', fpkey, 'story', story) end
end
return n
