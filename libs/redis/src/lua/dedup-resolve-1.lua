-- dedup-resolve-1: for one batch, atomically: apply the story settlements carried from earlier
-- batches, then claim each request's fingerprint and find its near-duplicate neighbours.
-- KEYS: none (keys derive from ARGV[1], all under one {dedup} hash tag: see redis-keys.ts).
-- ARGV: key base, TTL seconds, now (unix seconds), neighbour limit, band cap (records kept per band
--   and window), settlement count, then per settlement: dispatch id, fingerprint, story id;
-- then request count, then per request:
--   fingerprint, owner id, story id, packed record, band count, then per band: bucket, band key.
-- Returns per request: { owner, story, owned (1/0), seq, then per neighbour: seq, id, story, record }.
--
-- Layout (bounded memory, few keys): f:<fp> hash { o owner, s story, q seq }; r:<seq> hash
-- { i id, s story, j packed record }; bands live in time windows of TTL/4: b:<window>:<bucket>
-- hashes whose fields are band keys and whose values list the seqs sharing that band ("3,17,42").
-- A window key expires TTL after its window ends, so a record stays findable for at least TTL and
-- whole windows vanish at once: no per-member expiry is needed, and dead seqs are just skipped.
local base, ttl, now, limit, band_cap =
  ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local WINDOWS = 4
local span = math.ceil(ttl / WINDOWS)
local cur = math.floor(now / span)
local cur_expiry = (cur + 1) * span + ttl

-- settle() comes from dedup-settle-fn.lua, which RedisDedupStore loads in front of this script.
local i = 6
local ns = tonumber(ARGV[i])
i = i + 1
for _ = 1, ns do
  settle(base, ARGV[i], ARGV[i + 1], ARGV[i + 2])
  i = i + 3
end

local n = tonumber(ARGV[i])
i = i + 1
local out = {}
for r = 1, n do
  local fp, owner, story, rec, nb = ARGV[i], ARGV[i + 1], ARGV[i + 2], ARGV[i + 3], tonumber(ARGV[i + 4])
  local bands_at = i + 5
  i = bands_at + 2 * nb
  local fpkey = base .. 'f:' .. fp
  if redis.call('HSETNX', fpkey, 'o', owner) == 1 then
    redis.call('HSET', fpkey, 's', story)
    redis.call('EXPIRE', fpkey, ttl)
  end
  local claim = redis.call('HMGET', fpkey, 'o', 's', 'q')
  local owned = claim[1] == owner
  local item = { claim[1], claim[2], owned and 1 or 0, 0 }
  if owned then
    local seq = tonumber(claim[3])
    -- A replay (the owner again, after a crash) keeps its seq and sees only what came before it.
    local replay = seq ~= nil
    if not replay then
      seq = redis.call('INCR', base .. 'seq')
      redis.call('HSET', fpkey, 'q', seq)
      local reckey = base .. 'r:' .. seq
      redis.call('HSET', reckey, 'i', owner, 's', story, 'j', rec)
      redis.call('EXPIRE', reckey, ttl)
    end
    item[4] = seq
    -- Count the bands each earlier record shares with this one: the most shared are the likeliest
    -- matches (a pair with Jaccard J shares about bands × J^rows), and only the top `limit` are
    -- fetched, so a flood of formulaic look-alikes costs a bounded reply.
    local hits, candidates = {}, {}
    for b = 0, nb - 1 do
      local bucket, band = ARGV[bands_at + 2 * b], ARGV[bands_at + 2 * b + 1]
      for w = cur - WINDOWS, cur do
        local listed = redis.call('HGET', base .. 'b:' .. w .. ':' .. bucket, band)
        if listed then
          for s in string.gmatch(listed, '%d+') do
            local other = tonumber(s)
            if other < seq then
              if hits[other] then
                hits[other] = hits[other] + 1
              else
                hits[other] = 1
                candidates[#candidates + 1] = other
              end
            end
          end
        end
      end
      if not replay then
        local bkey = base .. 'b:' .. cur .. ':' .. bucket
        local listed = redis.call('HGET', bkey, band)
        if listed then
          -- A band shared by more than `band_cap` records is boilerplate, not a clue: keep the latest
          -- ones only, so scans stay bounded however repetitive the wire gets.
          local seqs = {}
          for s in string.gmatch(listed, '%d+') do seqs[#seqs + 1] = s end
          seqs[#seqs + 1] = tostring(seq)
          local from = math.max(1, #seqs - band_cap + 1)
          listed = table.concat(seqs, ',', from, #seqs)
        else
          listed = tostring(seq)
        end
        redis.call('HSET', bkey, band, listed)
        redis.call('EXPIREAT', bkey, cur_expiry)
      end
    end
    table.sort(candidates, function(a, b)
      if hits[a] ~= hits[b] then return hits[a] > hits[b] end
      return a < b
    end)
    local kept = 0
    for _, other in ipairs(candidates) do
      if kept >= limit then break end
      local found = redis.call('HMGET', base .. 'r:' .. other, 'i', 's', 'j')
      if found[1] then
        kept = kept + 1
        item[#item + 1] = other
        item[#item + 1] = found[1]
        item[#item + 1] = found[2]
        item[#item + 1] = found[3]
      end
    end
  end
  out[r] = item
end
return out
