import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useAuthStore } from "./authStore";
import { refreshToken, renewAfterRejection } from "./refresh";
import { fakeJwt } from "./testTokens";

const ada = { id: "dev-1", name: "Ada" };

describe("token renewal", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    useAuthStore.getState().signOut();
  });
  afterEach(() => vi.useRealTimers());

  it("has nothing to renew for a guest", async () => {
    useAuthStore.getState().signIn(null, { id: "guest-1", name: "Bob" }, "guest");
    expect(await refreshToken()).toBe("refused");
    expect(renewAfterRejection(1_000_000)).toBe(false);
    expect(useAuthStore.getState().user?.name).toBe("Bob");
  });

  it("keeps the identity when the server cannot be reached", async () => {
    // No server behind a relative URL here: the request fails like a network error.
    const token = fakeJwt({ sub: "dev-1", iat: 0, exp: 60 });
    useAuthStore.getState().signIn(token, ada, "dev");
    expect(await refreshToken()).toBe("unavailable");
    expect(useAuthStore.getState()).toMatchObject({ token, user: ada, renewFailed: false });
  });

  it("renews after a 4401 at most once per 10 s", () => {
    useAuthStore.getState().signIn(fakeJwt({ sub: "dev-1", exp: 60 }), ada, "dev");
    expect(renewAfterRejection(2_000_000)).toBe(true);
    expect(renewAfterRejection(2_005_000)).toBe(false);
    expect(renewAfterRejection(2_010_000)).toBe(true);
  });
});
