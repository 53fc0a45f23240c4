// Problems come back as ApiError with the server's status, stable code, detail and field errors.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ApiError, unwrap } from "../src/index.js";
import { client } from "./support.js";

async function refusal(call: Promise<unknown>): Promise<ApiError> {
  const outcome = await call.then(
    () => assert.fail("expected a problem"),
    (e: unknown) => e,
  );
  assert.ok(outcome instanceof ApiError, `an ApiError, not ${String(outcome)}`);
  return outcome;
}

describe("ApiError", () => {
  const shop = client();

  it("carries the status, the error code, the detail and the request id of a 404", async () => {
    const e = await refusal(
      unwrap(shop.api.GET("/api/products/{idOrSlug}", { params: { path: { idOrSlug: "no-such-product" } } })),
    );
    assert.equal(e.status, 404);
    assert.equal(e.error, "product_not_found");
    assert.ok(e.detail.length > 0);
    assert.equal(e.requestId, e.response.headers.get("X-Request-Id"));
    assert.equal(e.problem.status, 404, "the RFC 9457 body");
  });

  it("lists the invalid fields of a 400", async () => {
    const product = (await unwrap(shop.api.GET("/api/products", { params: { query: { limit: 1 } } }))).data?.[0];
    assert.ok(product?.id);
    const e = await refusal(unwrap(shop.api.POST("/api/cart/items", { body: { productId: product.id, quantity: 0 } })));
    assert.deepEqual([e.status, e.error], [400, "invalid_data"]);
    assert.deepEqual(
      e.fieldErrors.map((f) => f.field),
      ["quantity"],
    );
  });

  it("says why a write was refused: a checkout without a cart", async () => {
    const e = await refusal(
      unwrap(
        client().api.POST("/api/orders", {
          body: {
            email: "nobody@example.com",
            shippingAddress: { firstName: "A", lastName: "B", line1: "1 rue", city: "Paris", postalCode: "75001", country: "FR" },
          },
        }),
      ),
    );
    assert.deepEqual([e.status, e.error], [400, "empty_cart"]);
  });
});
