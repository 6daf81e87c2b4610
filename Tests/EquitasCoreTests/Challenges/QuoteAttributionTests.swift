import EquitasCore
import Foundation
import Testing

/// People speak to peers on the understanding that they are not named: a quote is
/// attributed to a role or a group.
@Suite("Quote attribution")
struct QuoteAttributionTests {
    static func context() -> ChallengeContext {
        ChallengeContext(
            framework: .mock, challenge: Challenge(organisationIds: [.numbered(1)], frameworkId: Framework.mock.id, modules: []),
            directoryNames: ["Priya Hollingsworth", "Sam O'Neill", "Cher"])
    }

    static func quote(_ attribution: String) -> Finding {
        Finding(module: Framework.mock.modules[0].id, kind: .quote, text: "We feel listened to", attribution: attribution)
    }

    @Test("a quote attributed to someone in the directory is refused, naming the field and why", arguments: [
        "Priya Hollingsworth", "priya hollingsworth, head of HR", "Councillor Sam O'Neill",
    ])
    func namedPersonRefused(attribution: String) {
        #expect {
            _ = try Self.quote(attribution).validated(in: Self.context())
        } throws: { error in
            guard let failure = error as? ValidationFailure else { return false }
            return failure.path == "attribution" && failure.message.contains("role or a group")
        }
    }

    @Test("roles and groups are kept, even where a word of a name appears in them", arguments: [
        "Senior manager", "Staff equality network", "Hollingsworth Road residents' group", "Partner organisation",
    ])
    func rolesAccepted(attribution: String) throws {
        #expect(try Self.quote(attribution).validated(in: Self.context()).attribution == attribution)
    }
}
