import { describe, expect, it } from "vitest";
import { fakeJwt } from "./testTokens";
import { isExpired, refreshDelayMs, tokenTimes } from "./token";

const T0 = 1_700_000_000;

describe("token times", () => {
  it("reads exp and iat in milliseconds", () => {
    expect(tokenTimes(fakeJwt({ iat: T0, exp: T0 + 60 }))).toEqual({
      issuedAt: T0 * 1000,
      expiresAt: (T0 + 60) * 1000,
    });
  });

  it("treats unreadable tokens as carrying no times", () => {
    for (const token of ["", "abc", "a.%%%.c", fakeJwt({ exp: "soon" })]) {
      expect(tokenTimes(token).expiresAt).toBeNull();
      expect(isExpired(token, 0)).toBe(false);
      expect(refreshDelayMs(token, 0)).toBeNull();
    }
  });

  it("is expired from exp on", () => {
    const token = fakeJwt({ iat: T0, exp: T0 + 60 });
    expect(isExpired(token, (T0 + 59) * 1000)).toBe(false);
    expect(isExpired(token, (T0 + 60) * 1000)).toBe(true);
  });
});

describe("when to renew", () => {
  it("renews a quarter of the lifetime before expiry", () => {
    const token = fakeJwt({ iat: T0, exp: T0 + 120 });
    expect(refreshDelayMs(token, T0 * 1000)).toBe(90_000);
    expect(refreshDelayMs(token, (T0 + 30) * 1000)).toBe(60_000);
  });

  it("keeps at least 10 s and at most 5 min of margin", () => {
    const short = fakeJwt({ iat: T0, exp: T0 + 20 });
    expect(refreshDelayMs(short, T0 * 1000)).toBe(10_000);
    const long = fakeJwt({ iat: T0, exp: T0 + 12 * 3600 });
    expect(refreshDelayMs(long, T0 * 1000)).toBe((12 * 3600 - 300) * 1000);
  });

  it("is due at once when the margin is reached or the token expired", () => {
    const token = fakeJwt({ iat: T0, exp: T0 + 60 });
    expect(refreshDelayMs(token, (T0 + 50) * 1000)).toBe(0);
    expect(refreshDelayMs(token, (T0 + 3600) * 1000)).toBe(0);
  });

  it("uses the time left when the token has no iat", () => {
    const token = fakeJwt({ exp: T0 + 400 });
    expect(refreshDelayMs(token, T0 * 1000)).toBe(300_000);
  });
});
