-- dedup-settle-1: record the story each dispatch was assigned, on its fingerprint and its record
-- (layout in dedup-resolve-1.lua). Idempotent. For settlements that cannot wait for the next batch.
-- settle() comes from dedup-settle-fn.lua, which RedisDedupStore loads in front of this script.
-- KEYS: none (derived from ARGV[1] under the {dedup} hash tag).
-- ARGV[1] key base, ARGV[2] count, then per settlement: dispatch id, fingerprint, story id
local base, n = ARGV[1], tonumber(ARGV[2])
for s = 0, n - 1 do
  settle(base, ARGV[3 + s * 3], ARGV[4 + s * 3], ARGV[5 + s * 3])
end
return n
