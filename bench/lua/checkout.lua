-- Scenario 6: customers who each add one item and place an order. Each thread has one connection
-- and walks its own customers (tokens from BENCH_TOKENS): add → checkout; a refused checkout (stock
-- ran out) is followed by clearing that cart. 30 % of the items are among the 10 hot SKUs.
dofile(os.getenv("BENCH_DIR") .. "/lua/report.lua")

local products, hot, tokens = {}, {}, {}
for line in io.lines(os.getenv("BENCH_PRODUCTS")) do
  if line ~= "" then table.insert(products, line) end
end
for line in io.lines(os.getenv("BENCH_HOT")) do
  if line ~= "" then table.insert(hot, line) end
end
for line in io.lines(os.getenv("BENCH_TOKENS")) do
  if line ~= "" then table.insert(tokens, line) end
end

local nthreads = tonumber(os.getenv("BENCH_THREADS") or "1")
-- globals read by report.lua's done(): orders created (201) and checkouts attempted
created, checkouts = 0, 0
local state, customer = "add", 0
local address = '{"shippingAddress":{"firstName":"Bench","lastName":"Buyer","line1":"1 rue du Test",' ..
  '"city":"Paris","postalCode":"75001","country":"FR"}}'

function init(args)
  math.randomseed(os.time() + id * 7919)
  customer = id
end

local function auth(extra)
  local headers = extra or {}
  headers["Authorization"] = "Bearer " .. tokens[customer]
  return headers
end

function request()
  if state == "add" then
    local product = (math.random() < 0.3) and hot[math.random(1, #hot)] or products[math.random(1, #products)]
    return wrk.format("POST", "/api/cart/items", auth({ ["Content-Type"] = "application/json" }),
      string.format('{"productId":"%s","quantity":1}', product))
  elseif state == "checkout" then
    return wrk.format("POST", "/api/orders", auth({ ["Content-Type"] = "application/json" }), address)
  else
    return wrk.format("DELETE", "/api/cart", auth())
  end
end

local function next_customer()
  customer = customer + nthreads
  if customer > #tokens then customer = id end
end

function response(status, headers, body)
  if state == "add" then
    state = (status == 200) and "checkout" or "clear"
  elseif state == "checkout" then
    checkouts = checkouts + 1
    if status == 201 then
      created = created + 1
      -- every order answered 201 is written down, so that bench/run can find each one in the database
      local order = body:match('"id":"([0-9a-f%-]+)"')
      if order then
        if not ids then ids = io.open(os.getenv("BENCH_OUT") .. "/orders-" .. id .. ".txt", "a") end
        ids:write(order, "\n")
        ids:flush()
      end
      state = "add"
      next_customer()
    else
      state = "clear"
    end
  else
    state = "add"
    next_customer()
  end
end
