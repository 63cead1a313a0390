import { beforeEach, describe, expect, it } from "vitest";
import { useAuthStore } from "./authStore";

describe("useAuthStore", () => {
  beforeEach(() => useAuthStore.getState().signOut());

  it("signs in with a token and signs out", () => {
    useAuthStore.getState().signIn("jwt", { id: "u1", name: "Ada" });
    expect(useAuthStore.getState()).toMatchObject({ token: "jwt", user: { name: "Ada" } });
    useAuthStore.getState().signOut();
    expect(useAuthStore.getState()).toMatchObject({ token: null, user: null });
  });

  it("allows a named guest without a token", () => {
    useAuthStore.getState().signIn(null, { id: "guest-1", name: "Bob" });
    expect(useAuthStore.getState().token).toBeNull();
    expect(useAuthStore.getState().user?.name).toBe("Bob");
  });
});
