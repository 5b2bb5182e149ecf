// Which address the sign-in throttle counts (lib/auth/client-address.ts): without a proxy the
// connection's own, never what the client writes into X-Forwarded-For.
import { describe, expect, it } from "vitest";
import {
  CLIENT_ADDRESS_HEADER,
  cleanAddress,
  clientAddressFrom,
  throttleAddressKey,
  trustedProxyHops,
} from "@/lib/auth/client-address";

const socket = (address: string, extra: Record<string, string> = {}) => ({
  [CLIENT_ADDRESS_HEADER]: address,
  ...extra,
});

describe("without a proxy (CLAIMLEDGER_TRUSTED_PROXY_HOPS=0, the default)", () => {
  it("defaults to no proxy, and reads a valid setting", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("")).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    expect(trustedProxyHops("-1")).toBe(0);
    expect(trustedProxyHops("one")).toBe(0);
  });

  it("uses the socket's address and ignores a forged X-Forwarded-For and X-Real-IP", () => {
    const headers = socket("198.51.100.7", { "x-forwarded-for": "6.6.6.6", "x-real-ip": "7.7.7.7" });
    expect(clientAddressFrom(headers, { trustedHops: 0, socketHeaderTrusted: true })).toBe("198.51.100.7");
    const rotating = ["1.1.1.1", "2.2.2.2", "3.3.3.3"].map((forged) =>
      clientAddressFrom(socket("198.51.100.7", { "x-forwarded-for": forged }), {
        trustedHops: 0,
        socketHeaderTrusted: true,
      }),
    );
    expect(new Set(rotating)).toEqual(new Set(["198.51.100.7"]));
  });

  it("reads Headers objects as well as next-auth's plain header objects", () => {
    const headers = new Headers({ [CLIENT_ADDRESS_HEADER]: "::ffff:203.0.113.9", "x-forwarded-for": "6.6.6.6" });
    expect(clientAddressFrom(headers, { trustedHops: 0, socketHeaderTrusted: true })).toBe("203.0.113.9");
  });

  it("without the hook, falls back to the rightmost X-Forwarded-For entry (what Next.js set) rather than nothing", () => {
    const headers = socket("forged-by-the-client", { "x-forwarded-for": "203.0.113.5" });
    expect(clientAddressFrom(headers, { trustedHops: 0, socketHeaderTrusted: false })).toBe("203.0.113.5");
    expect(clientAddressFrom({}, { trustedHops: 0, socketHeaderTrusted: false })).toBe("unknown");
  });
});

describe("behind proxies", () => {
  it("believes only the X-Forwarded-For entries that our proxies appended", () => {
    const headers = socket("10.0.0.2", { "x-forwarded-for": "6.6.6.6, 203.0.113.7" });
    expect(clientAddressFrom(headers, { trustedHops: 1 })).toBe("203.0.113.7");
    expect(clientAddressFrom({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.1" }, { trustedHops: 2 })).toBe(
      "203.0.113.7",
    );
    expect(clientAddressFrom({ "x-forwarded-for": "10.0.0.1" }, { trustedHops: 3 })).toBe("10.0.0.1");
    expect(clientAddressFrom({}, { trustedHops: 1 })).toBe("unknown");
  });
});

describe("address keys", () => {
  it("drops ports, brackets, zones and the IPv4 mapping", () => {
    expect(cleanAddress(" 203.0.113.7:51234 ")).toBe("203.0.113.7");
    expect(cleanAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(cleanAddress("fe80::1%eth0")).toBe("fe80::1");
    expect(cleanAddress("::FFFF:192.0.2.1")).toBe("192.0.2.1");
    expect(cleanAddress("")).toBe("unknown");
  });

  it("counts IPv4 addresses one by one and IPv6 addresses per /64 network", () => {
    expect(throttleAddressKey("203.0.113.7")).toBe("203.0.113.7");
    expect(throttleAddressKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
    const a = throttleAddressKey("2001:db8:aaaa:bbbb:1:2:3:4");
    expect(a).toBe("2001:db8:aaaa:bbbb::/64");
    expect(throttleAddressKey("2001:0db8:aaaa:bbbb::ffff")).toBe(a);
    expect(throttleAddressKey("[2001:db8:aaaa:bbbb::9]:443")).toBe(a);
    expect(throttleAddressKey("2001:db8:aaaa:bbbc::1")).not.toBe(a);
    expect(throttleAddressKey("::1")).toBe("0:0:0:0::/64");
    expect(throttleAddressKey("2001:db8::1.2.3.4")).toBe("2001:db8:0:0::/64");
    expect(throttleAddressKey("not an address")).toBe("not an address");
  });
});
