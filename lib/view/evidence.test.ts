/** Which evidence images a page loads (issue 16): own uploads and allowed https hosts only. */
import { describe, expect, it } from "vitest";
import { blockedEvidenceHost, hostMatches } from "./evidence";

const hosts = ["*.yximgs.com", "img.example.com"];

describe("evidence image hosts", () => {
  it("a pattern is the host itself, or *.domain for its subdomains (not the domain, not a look-alike)", () => {
    expect(hostMatches("p1.a.yximgs.com", "*.yximgs.com")).toBe(true);
    expect(hostMatches("yximgs.com", "*.yximgs.com")).toBe(false);
    expect(hostMatches("evilyximgs.com", "*.yximgs.com")).toBe(false);
    expect(hostMatches("IMG.example.com", "img.example.com")).toBe(true);
    expect(hostMatches("x.img.example.com", "img.example.com")).toBe(false);
  });

  it("own uploads and allowed https hosts load; anything else is named by its host", () => {
    expect(blockedEvidenceHost("/refunds/evidence/0b0b0b0b-0000-0000-0000-000000000000.png", hosts)).toBeNull();
    expect(blockedEvidenceHost("https://p2.a.yximgs.com/x.jpg", hosts)).toBeNull();
    expect(blockedEvidenceHost("https://tracker.example.org/pixel.gif", hosts)).toBe("tracker.example.org");
    expect(blockedEvidenceHost("http://p2.a.yximgs.com/x.jpg", hosts)).toBe("p2.a.yximgs.com");
    expect(blockedEvidenceHost("https://p2.a.yximgs.com/x.jpg", [])).toBe("p2.a.yximgs.com");
  });
});
