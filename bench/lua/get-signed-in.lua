-- GET the paths listed in BENCH_PATHS as a signed-in customer (the first token of BENCH_TOKENS):
-- signed-in reads skip the anonymous response cache, so this measures the search engine itself.
dofile(os.getenv("BENCH_DIR") .. "/lua/report.lua")

local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  if line ~= "" then table.insert(paths, line) end
end
local token
for line in io.lines(os.getenv("BENCH_TOKENS")) do
  token = line
  break
end
local i = 0

function init(args)
  i = math.random(1, #paths)
end

function request()
  i = (i % #paths) + 1
  return wrk.format("GET", paths[i], { ["Authorization"] = "Bearer " .. token })
end
