-- dedup-settle-fn: the story settlement shared by dedup-resolve-1 and dedup-settle-1. Redis scripts
-- cannot call one another, so RedisDedupStore puts this file in front of each script when it loads it.
-- Records the story a dispatch was assigned on its fingerprint and its record, but only while that
-- dispatch still owns the fingerprint (layout in dedup-resolve-1.lua). Idempotent.
local function settle(base, id, fp, story)
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
