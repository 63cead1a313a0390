import { beforeEach, describe, expect, it } from "vitest";
import { applyStoredIdentity, outlives, parsePersisted, useAuthStore } from "./authStore";
import { fakeJwt } from "./testTokens";

const ada = { id: "dev-1", name: "Ada" };
const early = fakeJwt({ sub: "dev-1", iat: 100, exp: 160 });
const later = fakeJwt({ sub: "dev-1", iat: 150, exp: 210 });

describe("useAuthStore", () => {
  beforeEach(() => useAuthStore.getState().signOut());

  it("signs in with a token and signs out", () => {
    useAuthStore.getState().signIn("jwt", { id: "u1", name: "Ada" });
    expect(useAuthStore.getState()).toMatchObject({
      token: "jwt",
      user: { name: "Ada" },
      provider: "dev",
    });
    useAuthStore.getState().signOut();
    expect(useAuthStore.getState()).toMatchObject({ token: null, user: null });
  });

  it("allows a named guest without a token", () => {
    useAuthStore.getState().signIn(null, { id: "guest-1", name: "Bob" });
    expect(useAuthStore.getState().token).toBeNull();
    expect(useAuthStore.getState().user?.name).toBe("Bob");
    expect(useAuthStore.getState().provider).toBe("guest");
  });

  it("renews the token of the same user", () => {
    useAuthStore.getState().signIn(early, ada, "dev");
    useAuthStore.getState().setToken(later);
    expect(useAuthStore.getState()).toMatchObject({ token: later, user: ada, provider: "dev" });
  });

  it("remembers the name when a renewal is refused, until the next sign-in", () => {
    useAuthStore.getState().signIn(early, ada, "dev");
    useAuthStore.getState().expire();
    expect(useAuthStore.getState()).toMatchObject({
      token: null,
      user: null,
      lastName: "Ada",
      renewFailed: true,
    });
    useAuthStore.getState().setToken(later);
    expect(useAuthStore.getState().token).toBeNull();
    useAuthStore.getState().signIn(later, ada, "dev");
    expect(useAuthStore.getState().renewFailed).toBe(false);
  });
});

describe("what other tabs stored", () => {
  beforeEach(() => useAuthStore.getState().signOut());

  it("parses entries, refusing malformed ones", () => {
    expect(parsePersisted(JSON.stringify({ token: early, user: ada, provider: "cognito" }))).toEqual(
      { token: early, user: ada, provider: "cognito" },
    );
    // Entries written before the provider was stored: a token means the dev sign-in.
    expect(parsePersisted(JSON.stringify({ token: early, user: ada }))?.provider).toBe("dev");
    expect(parsePersisted(JSON.stringify({ token: null, user: ada }))?.provider).toBe("guest");
    for (const raw of [null, "", "{", "[]", JSON.stringify({ token: early, user: { id: 1 } })]) {
      expect(parsePersisted(raw)).toBeNull();
    }
  });

  it("compares tokens by expiry", () => {
    expect(outlives(later, early)).toBe(true);
    expect(outlives(early, later)).toBe(false);
    expect(outlives(early, null)).toBe(true);
    expect(outlives("opaque", early)).toBe(false);
  });

  it("takes a later token of the same user and ignores an older one", () => {
    useAuthStore.getState().signIn(early, ada, "dev");
    applyStoredIdentity({ token: later, user: ada, provider: "dev" });
    expect(useAuthStore.getState().token).toBe(later);
    applyStoredIdentity({ token: early, user: ada, provider: "dev" });
    expect(useAuthStore.getState().token).toBe(later);
  });

  it("follows a sign-in as someone else and a sign-out", () => {
    useAuthStore.getState().signIn(early, ada, "dev");
    const bob = { id: "dev-2", name: "Bob" };
    applyStoredIdentity({ token: early, user: bob, provider: "dev" });
    expect(useAuthStore.getState().user).toEqual(bob);
    applyStoredIdentity(null);
    expect(useAuthStore.getState()).toMatchObject({ token: null, user: null });
  });

  it("signs this tab in when another tab did", () => {
    applyStoredIdentity({ token: later, user: ada, provider: "dev" });
    expect(useAuthStore.getState()).toMatchObject({ token: later, user: ada });
  });
});
