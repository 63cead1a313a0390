import { describe, expect, it } from "vitest";
import { capabilityFromLocation, inviteFromLocation, randomRoomId, shareLink } from "./roomIds";

describe("room ids and links", () => {
  it("makes random ids within the contract's alphabet", () => {
    const id = randomRoomId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(randomRoomId()).not.toBe(id);
  });

  it("reads the invite from the fragment (server links) or the query", () => {
    expect(inviteFromLocation({ hash: "#invite=a.b-c_d", search: "" })).toBe("a.b-c_d");
    expect(inviteFromLocation({ hash: "", search: "?invite=q" })).toBe("q");
    expect(inviteFromLocation({ hash: "", search: "" })).toBeNull();
  });

  it("reads a room link's key before an invite, and nothing from a bare address", () => {
    expect(capabilityFromLocation({ hash: "#k=Ab-_9", search: "" })).toEqual({ key: "Ab-_9" });
    expect(capabilityFromLocation({ hash: "#invite=a.b", search: "" })).toEqual({ invite: "a.b" });
    expect(capabilityFromLocation({ hash: "#k=", search: "" })).toBeNull();
    expect(capabilityFromLocation({ hash: "", search: "" })).toBeNull();
  });

  it("builds the share link from the origin", () => {
    expect(shareLink("abc", "http://h:1")).toBe("http://h:1/r/abc");
  });
});
