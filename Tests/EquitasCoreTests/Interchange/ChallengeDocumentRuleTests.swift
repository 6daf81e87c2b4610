import EquitasCore
import Foundation
import Testing

/// The domain's own rules, reached through a document and named by the document's paths.
@Suite("Validating a document: the framework and the domain rules")
struct ChallengeDocumentRuleTests {
    static let findingKinds = "strength, area-for-consideration, good-practice, quote, observation, next-level, signpost"
    static let levels = "developing, achieving, excellent"

    static let cases: [ValidationCase] = [
        ValidationCase("misspelt finding kind", "findings[1].kind", "unknown kind \"strenght\" (expected one of \(findingKinds))") {
            $0.findings[1].kind = "strenght"
        },
        ValidationCase("unknown framework", "framework", "unknown framework \"eflg-1999\"; known: mock-eflg") {
            $0.framework = "eflg-1999"
        },
        ValidationCase("unknown framework version", "framework_version", "mock-eflg has no version \"9\"; known: 1, 2") {
            $0.frameworkVersion = "9"
        },
        ValidationCase(
            "a module the pinned older version lacks", "modules[1].id",
            "unknown module \"workforce\" in mock-eflg; known: communities, leadership"
        ) {
            $0.frameworkVersion = "1"
            $0.modules[1].id = "workforce"
        },
        ValidationCase("wrong format", "format", "expected \"equitas.challenge/1\", found \"equitas.challenge/2\"") {
            $0.format = "equitas.challenge/2"
        },
        ValidationCase("unknown challenge kind", "kind", "unknown kind \"audit\" (expected one of peer-challenge, self-assessment)") {
            $0.kind = "audit"
        },
        ValidationCase(
            "unknown status", "status",
            "unknown status \"done\" (expected one of planning, self-assessment, on-site, drafting, council-review, final, published)"
        ) {
            $0.status = "done"
        },
        ValidationCase(
            "unknown organisation type", "organisations[0].type",
            "unknown type \"parish\" (expected one of \(OrganisationType.rawValues.joined(separator: ", ")))"
        ) {
            $0.organisations[0].type = "parish"
        },
        ValidationCase(
            "bad ONS code", "organisations[0].ons_code", "\"E0700\" is not an ONS code (a letter and eight digits, such as E07000037)"
        ) {
            $0.organisations[0].onsCode = "E0700"
        },
        ValidationCase("blank organisation name", "organisations[1].name", "must not be blank") { $0.organisations[1].name = "  " },
        ValidationCase("unknown top-level level", "level", "unknown level \"outstanding\" in mock-eflg; known: \(levels)") {
            $0.level = "outstanding"
        },
        ValidationCase("unknown module level", "modules[1].level", "unknown level \"platinum\" in mock-eflg; known: \(levels)") {
            $0.modules[1].level = "platinum"
        },
        ValidationCase("no level anywhere", "modules[1].level", "missing (give the module a level, or the document a top-level level)") {
            $0.level = nil
            $0.modules[1].level = nil
        },
        ValidationCase(
            "unknown judgement", "modules[0].judgement", "unknown judgement \"yes\" (expected one of confirmed, not-confirmed, none)"
        ) {
            $0.modules[0].judgement = "yes"
        },
        ValidationCase(
            "unknown module", "modules[1].id", "unknown module \"leadershp\" in mock-eflg; known: communities, leadership, workforce"
        ) {
            $0.modules[1].id = "leadershp"
        },
        ValidationCase("module in scope twice", "modules[1].id", "\"communities\" is in scope twice") { $0.modules[1].id = "communities" },
        ValidationCase("no modules", "modules", "put at least one module of mock-eflg in scope") { $0.modules = [] },
        ValidationCase("focus too long", "focus", "is 501 characters long; the limit is 500") {
            $0.focus = String(repeating: "x", count: 501)
        },
        ValidationCase("end before start", "end", "the end date (1 March 2025) must not be before the start date (11 March 2025)") { $0.end = CalendarDate("2025-03-01") },
        ValidationCase("unknown award level", "award.level", "unknown level \"gold\" in mock-eflg; known: \(levels)") {
            $0.award?.level = "gold"
        },
        ValidationCase("award expiring when awarded", "award.expires", "the expiry date (1 May 2025) must be after the award date (1 May 2025)") {
            $0.award?.expires = CalendarDate("2025-05-01")
        },
        ValidationCase(
            "unknown team role", "team[0].role",
            "unknown role \"boss\" (expected one of lead-peer, councillor-peer, officer-peer, review-manager, shadow-peer)"
        ) {
            $0.team[0].role = "boss"
        },
        ValidationCase("blank peer name", "team[2].name", "must not be blank") { $0.team[2].name = " " },
        ValidationCase("peer organisation name too long", "team[1].organisation", "is 201 characters long; the limit is 200") {
            $0.team[1].organisation = String(repeating: "y", count: 201)
        },
        ValidationCase(
            "unknown evidence kind", "evidence[0].kind",
            "unknown kind \"leaflet\" (expected one of \(EvidenceKind.rawValues.joined(separator: ", ")))"
        ) {
            $0.evidence[0].kind = "leaflet"
        },
        ValidationCase("evidence link that is not http", "evidence[0].url", "\"ftp://example.org/x\" is not an http or https address") {
            $0.evidence[0].url = "ftp://example.org/x"
        },
        ValidationCase("evidence file with a bad hash", "evidence[1].file.sha256", "\"ABC\" is not a SHA-256 (64 lower-case hex digits)") {
            $0.evidence[1].file?.sha256 = "ABC"
        },
        ValidationCase("evidence file with a negative size", "evidence[1].file.size", "must be 0 or more") {
            $0.evidence[1].file?.size = -1
        },
        ValidationCase("blank evidence title", "evidence[2].title", "must not be blank") { $0.evidence[2].title = "" },
        ValidationCase("unknown criterion", "self_assessment[0].criterion", "unknown criterion \"communities.9.9\" in mock-eflg") {
            $0.selfAssessment[0].criterion = "communities.9.9"
        },
        ValidationCase(
            "unknown self-assessment judgement", "self_assessment[0].judgement", "unknown level \"gold\" in mock-eflg; known: \(levels)"
        ) {
            $0.selfAssessment[0].judgement = "gold"
        },
        ValidationCase(
            "score in a framework that is not scored", "self_assessment[0].score",
            "mock-eflg is not a scored framework; give a judgement instead"
        ) {
            $0.selfAssessment[0].score = 2
        },
        ValidationCase("session ending as it starts", "programme[0].end", "the end time (11 March 2025, 09:30) must be after the start time (11 March 2025, 09:30)") {
            $0.programme[0].end = $0.programme[0].start
        },
        ValidationCase("blank group met", "programme[0].met[1]", "must not be blank") { $0.programme[0].met[1] = " " },
        ValidationCase(
            "unknown session kind", "programme[2].kind",
            "unknown kind \"lunch\" (expected one of interview, focus-group, document-review, site-visit, feedback)"
        ) {
            $0.programme[2].kind = "lunch"
        },
        ValidationCase("blank session title", "programme[1].title", "must not be blank") { $0.programme[1].title = "\n" },
        ValidationCase(
            "quote without attribution", "findings[2].attribution", "a quote needs an attribution, such as \"Partner organisation\""
        ) {
            $0.findings[2].attribution = nil
        },
        ValidationCase(
            "quote with a blank attribution", "findings[2].attribution", "a quote needs an attribution, such as \"Partner organisation\""
        ) {
            $0.findings[2].attribution = "   "
        },
        ValidationCase("blank finding text", "findings[0].text", "must not be blank") { $0.findings[0].text = " \n " },
        ValidationCase(
            "finding under an unknown module", "findings[4].module",
            "unknown module \"housing\" in mock-eflg; known: communities, leadership, workforce"
        ) {
            $0.findings[4].module = "housing"
        },
        ValidationCase("recommendation numbered 0", "recommendations[0].number", "must be 1 or more") { $0.recommendations[0].number = 0 },
        ValidationCase(
            "recommendation under an unknown module", "recommendations[2].module",
            "unknown module \"housing\" in mock-eflg; known: communities, leadership, workforce"
        ) {
            $0.recommendations[2].module = "housing"
        },
        ValidationCase("blank recommendation", "recommendations[1].text", "must not be blank") { $0.recommendations[1].text = "" },
    ]

    @Test("refuses what the store would refuse, naming the path", arguments: cases)
    func refusal(_ testCase: ValidationCase) throws {
        var document = try ChallengeDocument.example()
        testCase.breakDocument(&document)

        let refused = failure { () throws(ValidationFailure) in try document.validated(against: .mock) }

        #expect(refused == ValidationFailure(path: testCase.path, message: testCase.message))
    }

    @Test("the first bad path is the one named")
    func firstFailure() throws {
        var document = try ChallengeDocument.example()
        document.findings[3].kind = "strenght"
        document.findings[1].text = ""
        document.recommendations[0].number = 0

        let refused = failure { () throws(ValidationFailure) in try document.validated(against: .mock) }

        #expect(refused?.path == "findings[1].text")
    }

    @Test("a scored framework takes a score on its scale")
    func scores() throws {
        var scored = Framework.mock
        scored.scoring = ScoringScheme(
            scale: [ScorePoint(score: 0, name: "None", description: "-"), ScorePoint(score: 3, name: "All", description: "-")],
            bands: [GradeBand(level: "developing", minimum: 0, maximum: 6)])
        var document = try ChallengeDocument.example()
        document.selfAssessment[0].score = 3

        let validated = try document.validated(against: FrameworkCatalog([scored]))
        document.selfAssessment[0].score = 4
        let refused = failure { () throws(ValidationFailure) in try document.validated(against: FrameworkCatalog([scored])) }

        #expect(validated.selfAssessment[0].score == 3)
        #expect(refused == ValidationFailure(path: "self_assessment[0].score", message: "4 is outside the scale 0–3"))
    }
}
