import { describe, expect, it } from "vitest";
import { classifyAddress, isAllowListed, parseAllowList } from "@/lib/fetch/address-policy";

describe("classifyAddress", () => {
  it("accepts public unicast addresses only", () => {
    expect(classifyAddress("93.184.216.34")).toEqual({ ok: true });
    expect(classifyAddress("2606:2800:220:1:248:1893:25c8:1946")).toEqual({ ok: true });
    for (const [address, range] of [
      ["127.0.0.1", "loopback"],
      ["10.0.0.1", "private"],
      ["192.168.1.1", "private"],
      ["172.16.0.1", "private"],
      ["169.254.169.254", "linkLocal"],
      ["100.100.100.200", "carrierGradeNat"],
      ["0.0.0.0", "unspecified"],
      ["224.0.0.1", "multicast"],
      ["::1", "loopback"],
      ["fe80::1", "linkLocal"],
      ["fd00:ec2::254", "uniqueLocal"],
      ["::ffff:10.0.0.1", "private"],
      ["64:ff9b::7f00:1", "rfc6052"],
      ["2002:7f00:1::", "6to4"],
      ["not-an-ip", "invalid"],
    ] as const) {
      expect(classifyAddress(address), address).toEqual({ ok: false, range });
    }
  });
});

describe("CLAIMLEDGER_FETCH_ALLOW", () => {
  it("parses hosts and host:port entries, and matches them exactly", () => {
    const allow = parseAllowList(" intranet.example , 10.0.0.5:8080, [fd00::1]:443 ,");
    expect(allow).toEqual([
      { host: "intranet.example", port: null },
      { host: "10.0.0.5", port: 8080 },
      { host: "fd00::1", port: 443 },
    ]);
    expect(isAllowListed(allow, "INTRANET.example.", 80)).toBe(true);
    expect(isAllowListed(allow, "10.0.0.5", 8080)).toBe(true);
    expect(isAllowListed(allow, "10.0.0.5", 80)).toBe(false);
    expect(isAllowListed(allow, "[fd00::1]", 443)).toBe(true);
    expect(isAllowListed(allow, "other.example", 80)).toBe(false);
    expect(parseAllowList("")).toEqual([]);
  });

  it("refuses an entry that is not a host", () => {
    expect(() => parseAllowList("http://x/y")).toThrow(/not a host/);
  });
});
