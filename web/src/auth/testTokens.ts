/** An unsigned JWT with these claims, for unit tests (the client never checks signatures). */
export function fakeJwt(claims: Record<string, unknown>): string {
  const b64 = (v: object) =>
    btoa(JSON.stringify(v)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  return `${b64({ alg: "RS256" })}.${b64(claims)}.sig`;
}
