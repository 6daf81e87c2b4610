import EquitasCore
import Testing

/// Names that must lead somewhere, and names that must be unique.
@Suite("Validating a document: references and duplicates")
struct ChallengeDocumentReferenceTests {
    static let cases: [ValidationCase] = [
        ValidationCase(
            "finding for an organisation outside the challenge", "findings[1].organisation",
            "\"Northfield City Council\" is not one of this challenge's organisations (\"Ashdown District Council\", \"Wealdmoor Borough Council\")"
        ) { $0.findings[1].organisation = "Northfield City Council" },
        ValidationCase(
            "recommendation for an unknown organisation", "recommendations[2].organisation",
            "\"Wealdmoor Council\" is not one of this challenge's organisations (\"Ashdown District Council\", \"Wealdmoor Borough Council\")"
        ) { $0.recommendations[2].organisation = "Wealdmoor Council" },
        ValidationCase(
            "self-assessment for an unknown organisation", "self_assessment[1].organisation",
            "\"Nowhere\" is not one of this challenge's organisations (\"Ashdown District Council\", \"Wealdmoor Borough Council\")"
        ) { $0.selfAssessment[1].organisation = "Nowhere" },
        ValidationCase(
            "self-assessment citing evidence that is not listed", "self_assessment[1].evidence[1]",
            "\"Missing report\" is not the title of any evidence in this document"
        ) { $0.selfAssessment[1].evidence[1] = "Missing report" },
        ValidationCase("programme peer not on the team", "programme[1].peers[0]", "\"Ann Other\" is not on this challenge's team") {
            $0.programme[1].peers[0] = "Ann Other"
        },
        ValidationCase(
            "programme peer whose name two team members share", "programme[1].peers[0]",
            "\"Tom Reyes\" names 2 people on the team; give them different names"
        ) { $0.team.append(.init(name: "Tom Reyes", organisation: "Local Government Association", role: "officer-peer")) },
        ValidationCase("duplicate evidence title", "evidence[2].title", "\"Community profile\" is already the title of evidence[1]") {
            $0.evidence[2].title = "Community profile"
        },
        ValidationCase(
            "duplicate evidence title once trimmed", "evidence[2].title", "\"Community profile\" is already the title of evidence[1]"
        ) {
            $0.evidence[2].title = "  Community profile\n"
        },
        ValidationCase("duplicate recommendation number", "recommendations[2].number", "1 is already the number of recommendations[0]") {
            $0.recommendations[2].number = 1
        },
        ValidationCase("duplicate organisation", "organisations[1].name", "\"Ashdown District Council\" is already organisations[0]") {
            $0.organisations[1].name = "Ashdown District Council"
        },
        ValidationCase(
            "duplicate team member", "team[4].name", "\"Tom Reyes\" of Eastmere County Council is already team[1]"
        ) { $0.team.append(.init(name: "Tom Reyes", organisation: "Eastmere County Council", role: "councillor-peer")) },
        ValidationCase("duplicate team member with no organisation", "team[4].name", "\"Jo Park\" is already team[3]") {
            $0.team.append(.init(name: " Jo Park", role: "officer-peer"))
        },
        ValidationCase("no organisations", "organisations", "name at least one organisation") { $0.organisations = [] },
    ]

    @Test("refuses a broken reference with its path", arguments: cases)
    func refusal(_ testCase: ValidationCase) throws {
        var document = try ChallengeDocument.example()
        testCase.breakDocument(&document)

        let refused = failure { () throws(ValidationFailure) in try document.validated(against: .mock) }

        #expect(refused == ValidationFailure(path: testCase.path, message: testCase.message))
    }

    @Test("names are matched once trimmed, and the document comes back trimmed")
    func trimmedNames() throws {
        var document = try ChallengeDocument.example()
        document.organisations[0].name = "  Ashdown District Council "
        document.findings[3].organisation = "Wealdmoor Borough Council\n"
        document.programme[0].peers[1] = " Sam Whitlock"
        document.selfAssessment[0].evidence[0] = "Community profile "

        let validated = try document.validated(against: .mock)

        #expect(validated == (try ChallengeDocument.example()))
    }

    @Test("a blank optional reference means none: a joint finding, a peer with no organisation")
    func blankReferences() throws {
        var document = try ChallengeDocument.example()
        document.findings[1].organisation = "  "
        document.team[3].organisation = ""

        let validated = try document.validated(against: .mock)

        #expect(validated.findings[1].organisation == nil)
        #expect(validated.team[3].organisation == nil)
    }
}
