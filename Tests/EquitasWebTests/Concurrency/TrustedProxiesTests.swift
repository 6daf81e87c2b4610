import Testing

@testable import EquitasWeb

@Suite("Trusted proxies and the client's address")
struct TrustedProxiesTests {
    @Test("addresses and ranges, IPv4 and IPv6, are read; anything else is refused by name")
    func parsing() throws {
        let proxies = try TrustedProxies(parsing: " 10.0.0.0/8, 192.168.1.4 ,fd00::/8, ::1")
        #expect(proxies.trusts("10.200.3.4"))
        #expect(proxies.trusts("192.168.1.4"))
        #expect(!proxies.trusts("192.168.1.5"))
        #expect(proxies.trusts("fd12::7"))
        #expect(proxies.trusts("::1"))
        #expect(proxies.trusts("::ffff:10.1.1.1"))
        #expect(!proxies.trusts("11.0.0.1"))
        #expect(!proxies.trusts("not an address"))
        #expect(try TrustedProxies(parsing: "").isEmpty)
        #expect(throws: TrustedProxiesError.self) { try TrustedProxies(parsing: "10.0.0.0/33") }
        #expect(throws: TrustedProxiesError.self) { try TrustedProxies(parsing: "load-balancer.internal") }
    }

    @Test("X-Forwarded-For counts only from a trusted proxy, read from the right past other trusted proxies")
    func client() throws {
        let proxies = try TrustedProxies(parsing: "10.0.0.0/8")
        // A stranger's header is ignored: they are who their socket says.
        #expect(proxies.client(peer: "203.0.113.9", forwardedFor: ["198.51.100.1"]) == "203.0.113.9")
        #expect(TrustedProxies.none.client(peer: "10.0.0.2", forwardedFor: ["198.51.100.1"]) == "10.0.0.2")
        // Through the load balancer: the address it saw.
        #expect(proxies.client(peer: "10.0.0.2", forwardedFor: ["198.51.100.1"]) == "198.51.100.1")
        // A client's own made-up entries sit to the left of what the proxies added.
        #expect(proxies.client(peer: "10.0.0.2", forwardedFor: ["1.2.3.4, 198.51.100.1, 10.0.0.7"]) == "198.51.100.1")
        #expect(proxies.client(peer: "10.0.0.2", forwardedFor: ["1.2.3.4", "198.51.100.1"]) == "198.51.100.1")
        #expect(proxies.client(peer: "10.0.0.2", forwardedFor: []) == "10.0.0.2")
        #expect(proxies.client(peer: "10.0.0.2", forwardedFor: ["garbage"]) == "10.0.0.2")
    }
}
