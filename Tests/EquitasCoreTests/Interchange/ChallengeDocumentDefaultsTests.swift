import EquitasCore
import Foundation
import Testing

/// What a document may leave out, and what validation writes in its place.
@Suite("Validating a document: defaults and tidying")
struct ChallengeDocumentDefaultsTests {
    @Test("kind, status, version, type and judgement are written out")
    func defaults() throws {
        let validated = try ChallengeDocument.minimal.validated(against: .mock)

        #expect(validated.kind == "peer-challenge")
        #expect(validated.status == "planning")
        #expect(validated.frameworkVersion == "2")
        #expect(validated.organisations == [.init(name: "Ashdown District Council", type: "other")])
        #expect(validated.modules == [.init(id: "communities", level: "achieving", judgement: "none")])
    }

    @Test("an older version stays pinned when named")
    func pinnedVersion() throws {
        var document = ChallengeDocument.minimal
        document.frameworkVersion = "1"

        #expect(try document.validated(against: .mock).frameworkVersion == "1")
    }

    @Test("the top-level level fills modules without their own, and stays only while all modules share one")
    func levels() throws {
        var shared = ChallengeDocument.minimal
        shared.modules = [.init(id: "communities"), .init(id: "leadership", level: "achieving")]
        var mixed = shared
        mixed.modules.append(.init(id: "workforce", level: "excellent"))

        let sharedResult = try shared.validated(against: .mock)
        let mixedResult = try mixed.validated(against: .mock)

        #expect(sharedResult.level == "achieving")
        #expect(sharedResult.modules.map(\.level) == ["achieving", "achieving"])
        #expect(mixedResult.level == nil)
        #expect(mixedResult.modules.map(\.level) == ["achieving", "achieving", "excellent"])
    }

    @Test("an award expires three years on unless the document says otherwise; 29 February falls back")
    func awardExpiry() throws {
        var document = ChallengeDocument.minimal
        document.award = .init(level: "achieving", awarded: CalendarDate("2024-02-29")!)
        var explicit = document
        explicit.award?.expires = CalendarDate("2026-01-31")

        #expect(try document.validated(against: .mock).award?.expires == CalendarDate("2027-02-28"))
        #expect(try explicit.validated(against: .mock).award?.expires == CalendarDate("2026-01-31"))
    }

    @Test("evidence kind defaults to other; blank optional text is left out; text is trimmed")
    func tidying() throws {
        var document = ChallengeDocument.minimal
        document.focus = "  Race equality \n"
        document.conclusion = "   "
        document.evidence = [.init(title: " Minutes of cabinet ", url: " ")]
        document.selfAssessment = [.init(criterion: "communities.1.1", narrative: "  ", evidence: ["Minutes of cabinet"])]
        document.team = [.init(name: " Jo Park ", organisation: " ", role: "shadow-peer", jobTitle: "")]

        let validated = try document.validated(against: .mock)

        #expect(validated.focus == "Race equality")
        #expect(validated.conclusion == nil)
        #expect(validated.evidence == [.init(title: "Minutes of cabinet", kind: "other")])
        #expect(validated.selfAssessment == [.init(criterion: "communities.1.1", evidence: ["Minutes of cabinet"])])
        #expect(validated.team == [.init(name: "Jo Park", role: "shadow-peer")])
    }

    @Test("nil keys are left out of the JSON and empty lists are written")
    func encoding() throws {
        let validated = try ChallengeDocument.minimal.validated(against: .mock)

        let json = try JSONSerialization.jsonObject(with: try validated.encoded()) as! [String: Any]

        #expect(
            Set(json.keys) == [
                "format", "framework", "framework_version", "kind", "status", "organisations", "level", "team", "modules", "evidence",
                "self_assessment", "programme", "findings", "recommendations",
            ])
        #expect((json["team"] as? [Any])?.isEmpty == true)
        #expect((json["modules"] as? [[String: Any]])?.first?.keys.sorted() == ["id", "judgement", "level"])
    }

    @Test("validating twice changes nothing more")
    func idempotent() throws {
        let once = try ChallengeDocument.minimal.validated(against: .mock)

        #expect(try once.validated(against: .mock) == once)
    }
}
