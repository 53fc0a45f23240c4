-- GET the paths listed in BENCH_PATHS (a file, one path per line), round robin per thread.
dofile(os.getenv("BENCH_DIR") .. "/lua/report.lua")

local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  if line ~= "" then table.insert(paths, line) end
end
local i = 0

function init(args)
  i = math.random(1, #paths)
end

function request()
  i = (i % #paths) + 1
  return wrk.format("GET", paths[i])
end
