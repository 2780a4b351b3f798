-- dedup-settle-1: record the story each dispatch was assigned, on its fingerprint and its record
-- (layout in dedup-resolve-1.lua). Idempotent. For settlements that cannot wait for the next batch.
-- KEYS: none (derived from ARGV[1] under the {dedup} hash tag).
-- ARGV[1] key base, ARGV[2] count, then per settlement: dispatch id, fingerprint, story id
local base, n = ARGV[1], tonumber(ARGV[2])
for s = 0, n - 1 do
  local id, fp, story = ARGV[3 + s * 3], ARGV[4 + s * 3], ARGV[5 + s * 3]
  local fpkey = base .. 'f:' .. fp
  local owner = redis.call('HMGET', fpkey, 'o', 'q')
  if owner[1] == id then
    redis.call('HSET', fpkey, 's', story)
    if owner[2] then
      local reckey = base .. 'r:' .. owner[2]
      if redis.call('EXISTS', reckey) == 1 then redis.call('HSET', reckey, 's', story) end
    end
  end
end
return n
