// A storefront's whole journey through the SDK against a running server (COMPTOIR_URL): browse, search
// with facets, an anonymous cart, register then sign in (the cart merged), a coupon, checkout as a
// customer and as a guest, payment with the simulated provider, order history, token refresh (from the
// refresh token, and for the admin from the refresh cookie), sign-out.
// The steps run in order and share what they create. Within the server's default rate limits (per IP
// and 15 minutes: 5 sign-in calls — here 3 logins and 2 logouts —, 20 anonymous order calls) it runs
// once per fresh server; start a server meant for running it again and again with RATE_LIMIT_ENABLED=false.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  ApiError,
  type Comptoir,
  type components,
  type PaymentIntent,
  type PlacedOrder,
  type SimulatedPayment,
  unwrap,
} from "../src/index.js";
import { adminCredentials, client, eventually, money, parisAddress, recordingFetch, unique } from "./support.js";

type Product = components["schemas"]["ProductResponse"];
type Cart = components["schemas"]["CartView"];

/** What goes in a cart for a product: its first variant in stock when it has variants. */
function itemOf(product: Product, quantity: number) {
  const variant = product.variants?.find((v) => (v.stock ?? 0) >= quantity);
  assert.ok(!product.variants?.length || variant, `${product.slug} has no variant with ${quantity} in stock`);
  return { productId: product.id!, variantId: variant?.id, quantity };
}

async function pay(shop: Comptoir, order: PlacedOrder): Promise<PlacedOrder> {
  const intent: PaymentIntent = await unwrap(
    shop.api.POST("/api/orders/{id}/payment-intent", { params: { path: { id: order.id! } } }),
  );
  assert.match(intent.paymentIntentId, /^pi_sim_/);
  assert.match(intent.clientSecret, /_secret_/);
  assert.equal(intent.amount, order.total);
  const payment: SimulatedPayment = await unwrap(
    shop.api.POST("/api/dev/payments/{paymentIntentId}/succeed", {
      params: { path: { paymentIntentId: intent.paymentIntentId } },
    }),
  );
  assert.deepEqual([payment.type, payment.webhookStatus], ["payment_intent.succeeded", 200]);
  // the order follows once the webhook's transaction has committed
  return eventually(`order ${order.orderNumber} paid`, async () => {
    const now = await unwrap(shop.api.GET("/api/orders/{id}", { params: { path: { id: order.id! } } }));
    return now.paymentStatus === "paid" ? now : undefined;
  });
}

describe("a storefront built on the SDK", () => {
  const network = recordingFetch();
  let signedOut = 0;
  // one browser: anonymous first, then signed in
  const shop = client({ fetch: network.fetch, onSignedOut: () => signedOut++ });
  const email = `${unique("sdk-")}@example.com`;
  const password = "correct-horse-battery-staple";
  let product: Product;
  let anonymousCart: Cart;
  let couponCode: string;
  let placed: PlacedOrder;
  // a back office in the browser: its refresh token stays in the server's HttpOnly cookie
  const adminNetwork = recordingFetch();
  const admin = client({ fetch: adminNetwork.fetch, refreshCookie: true });
  let couponId: string;

  it("browses the category tree, a filtered page of products and a product page", async () => {
    const tree = await unwrap(shop.api.GET("/api/categories"));
    const category = tree.data?.[0];
    assert.ok(category?.slug, "the demo catalog has categories");

    const page = await unwrap(
      shop.api.GET("/api/products", {
        params: { query: { category: category.slug, inStock: true, sort: "price_asc", limit: 5 } },
      }),
    );
    assert.ok(page.data?.length, `products in stock in ${category.slug}`);
    assert.ok((page.pagination?.total ?? 0) >= page.data.length);
    const prices = page.data.map((p) => p.price ?? Number.NaN);
    assert.deepEqual(prices, [...prices].sort((a, b) => a - b), "sorted by price");

    const listed = page.data[0]!;
    product = await unwrap(
      shop.api.GET("/api/products/{idOrSlug}", { params: { path: { idOrSlug: listed.slug! } } }),
    );
    assert.equal(product.id, listed.id);
    assert.equal(product.price, listed.price);
    assert.ok((product.stock ?? 0) >= 3, "enough stock for the flow");
  });

  it("searches with facets that count what the filters then find", async () => {
    const word = product.name!.split(" ")[0]!;
    const found = await unwrap(shop.api.GET("/api/products", { params: { query: { q: word, facets: true } } }));
    const total = found.pagination?.total ?? 0;
    assert.ok(found.data?.some((p) => p.id === product.id), `"${word}" finds ${product.slug}`);
    const categories = found.facets?.categories ?? [];
    assert.equal(categories.reduce((sum, c) => sum + (c.count ?? 0), 0), total, "each hit counted in its category");
    assert.equal(found.facets?.priceBands?.reduce((sum, b) => sum + (b.count ?? 0), 0), total, "price bands");

    const facet = categories[0]!;
    const narrowed = await unwrap(
      shop.api.GET("/api/products", { params: { query: { q: word, category: facet.slug } } }),
    );
    assert.equal(narrowed.pagination?.total, facet.count, `the ${facet.slug} facet's count`);
  });

  it("fills an anonymous cart under the X-Session-Id the server issued", async () => {
    assert.equal(shop.session().sessionId, undefined);
    const empty = await unwrap(shop.api.GET("/api/cart"));
    assert.equal(empty.itemCount, 0);
    assert.equal(empty.total, 0);
    const sessionId = shop.session().sessionId;
    assert.match(sessionId ?? "", /^[A-Za-z0-9_-]{16,128}$/, "kept from the cart's answer");

    await unwrap(shop.api.POST("/api/cart/items", { body: itemOf(product, 2) }));
    assert.equal(network.sent.at(-1)?.headers.get("X-Session-Id"), sessionId, "sent back");
    anonymousCart = await unwrap(shop.api.GET("/api/cart"));
    assert.ok(anonymousCart.id);
    assert.equal(anonymousCart.itemCount, 2, "the session's cart");
    const line = anonymousCart.items?.[0];
    assert.equal(line?.productId, product.id);
    assert.equal(anonymousCart.subtotal, money((line?.unitPrice ?? 0) * 2));
  });

  it("registers, then signs in with the anonymous cart merged into the customer's", async () => {
    const sessionId = shop.session().sessionId;
    await unwrap(
      shop.api.POST("/api/auth/register", { body: { email, password, firstName: "Ada", lastName: "Lovelace" } }),
    );
    const login = await shop.signIn({ email, password });
    assert.deepEqual(login.warnings, []);
    // the cart is merged by the first call that signs in: the login (or a registration that signs in)
    assert.equal(network.to("POST", "/api/auth/register").at(-1)?.headers.get("X-Session-Id"), sessionId);
    assert.ok(shop.signedIn);
    assert.equal(shop.session().sessionId, undefined, "the anonymous session is spent once merged");

    const me = await unwrap(shop.api.GET("/api/users/me"));
    assert.equal(me.email, email);
    const cart = await unwrap(shop.api.GET("/api/cart"));
    assert.notEqual(cart.id, anonymousCart.id, "the customer's own cart");
    assert.deepEqual(
      cart.items?.map((l) => [l.productId, l.variantId, l.quantity]),
      anonymousCart.items?.map((l) => [l.productId, l.variantId, l.quantity]),
    );
  });

  it("applies a coupon an admin created", async () => {
    await admin.signIn(adminCredentials());
    couponCode = unique("SDK").toUpperCase();
    const coupon = await unwrap(
      admin.api.POST("/api/admin/coupons", {
        body: { code: couponCode, type: "percentage", value: 10, isActive: true, description: "SDK flow" },
      }),
    );
    assert.equal(coupon.code, couponCode);
    couponId = coupon.id!;

    const cart = await unwrap(shop.api.POST("/api/cart/coupon", { body: { code: couponCode } }));
    assert.equal(cart.coupon?.code, couponCode);
    assert.equal(cart.discountAmount, money((cart.subtotal ?? 0) * 0.1));
    assert.equal(
      cart.total,
      money((cart.subtotal ?? 0) - (cart.discountAmount ?? 0) + (cart.shippingAmount ?? 0) + (cart.taxAmount ?? 0)),
    );

    const refused = await unwrap(shop.api.POST("/api/cart/coupon", { body: { code: "NO-SUCH-COUPON" } })).then(
      () => assert.fail("an unknown coupon is refused"),
      (e: unknown) => e,
    );
    assert.ok(refused instanceof ApiError);
    assert.equal(refused.status, 404);
    assert.match(refused.error, /^coupon_/);
  });

  it("sells in another market: X-Market on every call, prices and the cart in its currency", async () => {
    const code = unique("jp").toLowerCase().slice(0, 30);
    const market = await unwrap(
      admin.api.POST("/api/admin/markets", {
        body: {
          code, name: "Japan", countries: ["JP"], currency: "JPY", taxInclusive: true, defaultLocale: "en",
          locales: ["en"],
          shippingZones: [{ name: "japan", countries: ["JP"], flatRate: 1500, deliveryDaysMin: 2, deliveryDaysMax: 5 }],
        },
      }),
    );
    try {
      assert.equal(market.currency, "JPY");
      const seen = recordingFetch();
      const japan = client({ fetch: seen.fetch, market: code, locale: "en" });
      await unwrap(japan.api.GET("/api/products/{idOrSlug}", { params: { path: { idOrSlug: product.id! } } })).then(
        () => assert.fail("a product without a yen price is not sold in Japan"),
        (e: unknown) => assert.ok(e instanceof ApiError && e.status === 404),
      );
      await unwrap(
        admin.api.PATCH("/api/products/{id}", { params: { path: { id: product.id! } }, body: { prices: [{ currency: "JPY", amount: 1200 }] } }),
      );
      const shown = await unwrap(japan.api.GET("/api/products/{idOrSlug}", { params: { path: { idOrSlug: product.id! } } }));
      assert.deepEqual([shown.market, shown.currency], [code, "JPY"]);
      const cart = await unwrap(japan.api.POST("/api/cart/items", { body: { ...itemOf(shown, 1) } }));
      assert.deepEqual([cart.market, cart.currency], [code, "JPY"]);
      assert.ok(Number.isInteger(cart.total), `yen have no decimals: ${cart.total}`);
      assert.ok(seen.sent.length >= 3);
      for (const request of seen.sent) {
        assert.equal(request.headers.get("X-Market"), code, `${request.method} ${request.path}`);
        assert.equal(request.headers.get("Accept-Language"), "en");
      }
    } finally {
      await unwrap(admin.api.DELETE("/api/admin/markets/{code}", { params: { path: { code } } }));
    }
  });

  it("keeps the admin's refresh token in the HttpOnly cookie, refreshed from it after a reload", async () => {
    assert.equal(admin.session().refreshToken, undefined, "never in script");
    const first = adminNetwork.cookies.get("comptoir_refresh");
    assert.equal(first?.path, "/api/auth");

    admin.store.set({ ...admin.store.get(), accessToken: "an-expired-access-token" });
    const coupon = await unwrap(admin.api.GET("/api/admin/coupons/{id}", { params: { path: { id: couponId } } }));
    assert.equal(coupon.code, couponCode);
    const refresh = adminNetwork.to("POST", "/api/auth/refresh");
    assert.equal(refresh.length, 1);
    assert.match(refresh[0]?.headers.get("Cookie") ?? "", /comptoir_refresh=/, "the cookie, no body");
    assert.notEqual(adminNetwork.cookies.get("comptoir_refresh")?.value, first?.value, "rotated");

    // the page reloads: nothing in memory but the browser's cookie
    const reloaded = client({ fetch: adminNetwork.fetch, refreshCookie: true });
    assert.equal(await reloaded.refresh(), true);
    const again = await unwrap(reloaded.api.GET("/api/admin/coupons/{id}", { params: { path: { id: couponId } } }));
    assert.equal(again.id, couponId);

    await reloaded.signOut();
    assert.equal(adminNetwork.cookies.has("comptoir_refresh"), false, "cleared by the server");
    assert.equal(await reloaded.refresh(), false, "signed out");
  });

  it("checks out as the customer once, even when the answer is lost and the SDK repeats the call", async () => {
    const cart = await unwrap(shop.api.GET("/api/cart"));
    network.dropAnswer("POST", "/api/orders");
    const { data, response } = await shop.api.POST("/api/orders", { body: { shippingAddress: parisAddress } });
    assert.equal(response.status, 201);
    placed = data!;

    const attempts = network.to("POST", "/api/orders");
    assert.equal(attempts.length, 2, "the lost answer's call repeated once");
    const key = attempts[0]?.headers.get("Idempotency-Key");
    assert.ok(key, "an Idempotency-Key was generated");
    assert.equal(attempts[1]?.headers.get("Idempotency-Key"), key, "and reused");
    assert.equal(response.headers.get("Idempotent-Replayed"), "true", "the first call's order, replayed");

    assert.equal(placed.status, "pending");
    assert.equal(placed.email, email);
    assert.equal(placed.couponCode, couponCode);
    assert.equal(placed.total, cart.total);
    assert.equal(placed.guestToken ?? undefined, undefined, "a customer's order has no guest token");
    const after = await unwrap(shop.api.GET("/api/cart"));
    assert.equal(after.itemCount, 0, "the cart was turned into the order");
  });

  it("pays with the simulated provider", async () => {
    const paid = await pay(shop, placed);
    assert.equal(paid.status, "confirmed");
    assert.ok(paid.paidAt);
  });

  it("lists the order in the customer's history, refreshing an expired access token once for concurrent calls", async () => {
    const { refreshToken } = shop.session();
    shop.store.set({ ...shop.store.get(), accessToken: "an-expired-access-token" });
    const before = network.to("POST", "/api/auth/refresh").length;

    const [history, me, cart] = await Promise.all([
      unwrap(shop.api.GET("/api/orders", { params: { query: { limit: 10 } } })),
      unwrap(shop.api.GET("/api/users/me")),
      unwrap(shop.api.GET("/api/cart")),
    ]);
    assert.equal(network.to("POST", "/api/auth/refresh").length - before, 1, "one refresh for the three calls");
    assert.notEqual(shop.session().accessToken, "an-expired-access-token");
    assert.notEqual(shop.session().refreshToken, refreshToken, "the refresh token rotated");
    assert.equal(me.email, email);
    assert.equal(cart.itemCount, 0);

    assert.equal(history.pagination?.total, 1, "one order, though its call went twice");
    const order = history.data?.[0];
    assert.deepEqual(
      [order?.id, order?.orderNumber, order?.status, order?.paymentStatus, order?.total],
      [placed.id, placed.orderNumber, "confirmed", "paid", placed.total],
    );
  });

  it("checks out and pays as a guest with the order's guest token", async () => {
    const guestNetwork = recordingFetch();
    const guest = client({ fetch: guestNetwork.fetch });
    await unwrap(guest.api.POST("/api/cart/items", { body: itemOf(product, 1) }));
    // the storefront's own key: the button pressed again places nothing more
    const checkout = { body: { email: "guest@example.com", shippingAddress: parisAddress }, headers: { "Idempotency-Key": unique("key-") } };
    const { data, response } = await guest.api.POST("/api/orders", checkout);
    assert.equal(response.status, 201);
    const order: PlacedOrder = data!;
    const again = await guest.api.POST("/api/orders", checkout);
    assert.equal(again.response.headers.get("Idempotent-Replayed"), "true");
    assert.equal(again.data!.id, order.id);
    assert.deepEqual(
      guestNetwork.to("POST", "/api/orders").map((s) => s.headers.get("Idempotency-Key")),
      [checkout.headers["Idempotency-Key"], checkout.headers["Idempotency-Key"]],
    );
    assert.ok(order.guestToken);
    assert.equal(guest.session().guestTokens[order.id!], order.guestToken, "kept by the SDK");

    const read = await unwrap(guest.api.GET("/api/orders/{id}", { params: { path: { id: order.id! } } }));
    assert.equal(read.orderNumber, order.orderNumber);
    assert.equal(guestNetwork.sent.at(-1)?.headers.get("X-Guest-Token"), order.guestToken, "sent with it");
    const stranger = await unwrap(client().api.GET("/api/orders/{id}", { params: { path: { id: order.id! } } })).then(
      () => assert.fail("without the guest token the order is not shown"),
      (e: unknown) => e,
    );
    assert.ok(stranger instanceof ApiError);
    assert.deepEqual([stranger.status, stranger.error], [404, "order_not_found"], "as if it did not exist");

    const paid = await pay(guest, order);
    assert.deepEqual([paid.status, paid.email], ["confirmed", "guest@example.com"]);
  });

  it("signs out: the refresh token no longer works and the SDK says so", async () => {
    const { refreshToken } = shop.session();
    await shop.signOut();
    assert.equal(shop.signedIn, false);
    // a tab that still had the old tokens: its refresh is refused, it is signed out
    shop.store.set({ ...shop.store.get(), accessToken: "an-expired-access-token", refreshToken });
    const refused = await unwrap(shop.api.GET("/api/users/me")).then(
      () => assert.fail("signed out"),
      (e: unknown) => e,
    );
    assert.ok(refused instanceof ApiError);
    assert.deepEqual([refused.status, refused.error], [401, "invalid_token"]);
    assert.equal(shop.signedIn, false);
    assert.equal(signedOut, 1);
  });
});
