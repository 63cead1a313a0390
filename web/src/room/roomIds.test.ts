import { describe, expect, it } from "vitest";
import { inviteFromLocation, randomRoomId, shareLink } from "./roomIds";

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

  it("builds the share link from the origin", () => {
    expect(shareLink("abc", "http://h:1")).toBe("http://h:1/r/abc");
  });
});
