-- Scenario 5: a visitor adds an item to the cart, then reads the cart. One connection per thread,
-- so each thread's requests and responses follow each other in order.
dofile(os.getenv("BENCH_DIR") .. "/lua/report.lua")

local products = {}
for line in io.lines(os.getenv("BENCH_PRODUCTS")) do
  if line ~= "" then table.insert(products, line) end
end
local step, session, n = 0, nil, 0

function init(args)
  math.randomseed(os.time() + (tonumber(tostring({}):sub(8)) or 0))
end

function request()
  step = step + 1
  if step % 2 == 1 then
    n = n + 1
    session = string.format("bench-cart-%d-%d-%d", math.random(1, 1e9), n, os.time())
    local body = string.format('{"productId":"%s","quantity":1}', products[math.random(1, #products)])
    return wrk.format("POST", "/api/cart/items",
      { ["Content-Type"] = "application/json", ["X-Session-Id"] = session }, body)
  end
  return wrk.format("GET", "/api/cart", { ["X-Session-Id"] = session })
end
