import EquitasCore
import Foundation
import Testing

/// A 2008–09 challenge concluded on the Equality Standard's level as well as the
/// Framework's: the document carries the second level, validation checks it against
/// its own framework, and it survives the round trip to a record and back.
@Suite("A challenge's second level in the interchange document")
struct ChallengeDocumentSecondLevelTests {
    /// A Standard-shaped framework: five numbered levels, one area.
    static let standard = Framework(
        id: "mock-standard", version: "2006", name: "Mock equality standard", publisher: "Equitas tests", summary: "A standard for tests.",
        moduleNoun: "area", levels: (1...5).map { FrameworkLevel(id: "level-\($0)", name: "Level \($0)", description: "Level \($0).") },
        modules: [FrameworkModule(id: "leadership", code: "1", name: "Leadership", summary: "Who leads.", criteria: [])])

    static let catalog = FrameworkCatalog([.mock, .mockOlder, standard])

    func document(_ second: ChallengeDocument.SecondLevelEntry?) throws -> ChallengeDocument {
        var document = try ChallengeDocument.example()
        document.secondLevel = second
        return document
    }

    @Test("validated: the version pinned and the judgement written out; the same bytes after a round trip through a record")
    func roundTrip() throws {
        let valid = try document(.init(framework: "mock-standard", level: "level-3")).validated(against: Self.catalog)
        let ids = IDSequence()
        let record = try valid.record(directory: .fresh(for: valid, newID: ids.next), newID: ids.next)

        #expect(valid.secondLevel == .init(framework: "mock-standard", frameworkVersion: "2006", level: "level-3", judgement: "none"))
        #expect(record.challenge.value.secondLevel == SecondLevel(frameworkId: "mock-standard", frameworkVersion: "2006", level: "level-3"))
        #expect(try ChallengeDocument(record: record).encoded() == valid.encoded())
        #expect(String(decoding: try valid.encoded(), as: UTF8.self).contains("\"second_level\""))
    }

    @Test("a document without one (every file written before) still validates, and says nothing of it")
    func absent() throws {
        let valid = try document(nil).validated(against: Self.catalog)

        #expect(valid.secondLevel == nil)
        #expect(!String(decoding: try valid.encoded(), as: UTF8.self).contains("second_level"))
    }

    @Test("refused with its path: an unknown framework, version or level, the challenge's own framework, a bad judgement")
    func refusals() throws {
        func refusal(_ entry: ChallengeDocument.SecondLevelEntry) throws -> ValidationFailure? {
            let bad = try document(entry)
            return failure { () throws(ValidationFailure) in try bad.validated(against: Self.catalog) }
        }

        #expect(try refusal(.init(framework: "standard-1999", level: "level-3"))
            == ValidationFailure(path: "second_level.framework", message: "unknown framework \"standard-1999\"; known: mock-eflg, mock-standard"))
        #expect(try refusal(.init(framework: "mock-standard", frameworkVersion: "2001", level: "level-3"))
            == ValidationFailure(path: "second_level.framework_version", message: "mock-standard has no version \"2001\"; known: 2006"))
        #expect(try refusal(.init(framework: "mock-standard", level: "level-6"))
            == ValidationFailure(
                path: "second_level.level", message: "unknown level \"level-6\" in mock-standard; known: level-1, level-2, level-3, level-4, level-5"))
        #expect(try refusal(.init(framework: "mock-eflg", level: "achieving"))
            == ValidationFailure(path: "second_level.framework", message: "the second level must be in another framework than the challenge's own (mock-eflg)"))
        #expect(try refusal(.init(framework: "mock-standard", level: "level-3", judgement: "passed"))?.path == "second_level.judgement")
    }

    @Test("an unknown key inside it is refused by name")
    func unknownKey() throws {
        var json = String(decoding: try document(.init(framework: "mock-standard", level: "level-3")).encoded(), as: UTF8.self)
        json = json.replacingOccurrences(of: "\"level\" : \"level-3\"", with: "\"level\" : \"level-3\", \"levle\" : \"x\"")

        let refused = failure { () throws(ValidationFailure) in try ChallengeDocument.decode(Data(json.utf8)) }

        #expect(refused?.path.hasPrefix("second_level") == true)
    }

    @Test("the report says both verdicts: the Standard's in the conclusion and on the title page")
    func report() throws {
        let valid = try document(.init(framework: "mock-standard", level: "level-3", judgement: "confirmed")).validated(against: Self.catalog)
        let ids = IDSequence()
        let record = try valid.record(directory: .fresh(for: valid, newID: ids.next), newID: ids.next)

        let report = ReportBuilder.build(
            record, framework: .mock, edition: .draft(number: 1, issued: CalendarDate("2009-04-01")!), secondFramework: Self.standard)
        let summary = try #require(report.sections.first { $0.id == "summary" })

        #expect(summary.blocks.contains(.emphasis("The councils completed a satisfactory self-assessment at level 3 of the Mock equality standard.")))
        #expect(report.titlePage.framework == "Mock equality framework (2), Achieving level; level 3 of the Mock equality standard")
    }

    @Test("until the team's work is shown, a reader sees the level but not the judgement")
    func visibility() {
        let challenge = Challenge(
            organisationIds: [UUID()], frameworkId: "mock-eflg", modules: [ModuleScope(id: "communities", level: "achieving")],
            secondLevel: SecondLevel(frameworkId: "mock-standard", level: "level-3", judgement: .confirmed))

        let seen = challenge.visible(to: ChallengeVisibility(teamNotes: false, peerWork: false))

        #expect(seen.secondLevel == SecondLevel(frameworkId: "mock-standard", level: "level-3", judgement: .none))
    }
}
