import EquitasCore
import EquitasLibrary
import EquitasPersistence
import EquitasRender
import EquitasSheets
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("The next cycle: a challenge that follows an earlier one")
struct FollowUpTests {
    /// Text of an open action in the demo plan (recommendation 4, off track).
    static let openAction = "Publish a register and forward programme"
    /// The demo council's narrative of last time on leadership.2.1.
    static let lastNarrative = "Equality is led from the top of both councils."

    @Test("the demo's follow-up shows last time beside this time, per criterion and module, and carries the open actions in")
    func demoSelfAssessment() async throws {
        try await withTestApp { app in
            let demo = try await DemoLoader.load(on: app.db, catalog: shippedCatalog)
            let followUp = try await ChallengeStore(db: app.db, catalog: shippedCatalog).get(demo.followUpId).value
            #expect(followUp.follows == demo.challengeId)
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: followUp.organisationIds[0])
            let page = try await officer.get("/challenges/\(demo.followUpId.uuidString.lowercased())/self-assessment")
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("Since the last challenge"))
            #expect(html.contains("Recommendations still to address (7 of 10)"))
            #expect(html.contains(Self.openAction))
            #expect(html.contains(Self.lastNarrative), "last time's narrative under its criterion")
            #expect(html.contains("Last time: level sought Achieving, confirmed by the team."))
            #expect(html.contains("The team&#39;s findings on this module last time") || html.contains("The team's findings on this module last time"))
            // Loading again finds the follow-up rather than making another.
            let again = try await DemoLoader.load(on: app.db, catalog: shippedCatalog)
            #expect(again.followUpId == demo.followUpId && again.challengeId == demo.challengeId)
        }
    }

    @Test("the report's \"Since the last challenge\" renders in Markdown, HTML, Word, PDF and the feedback deck")
    func reportFormats() async throws {
        try await withTestApp { app in
            let demo = try await DemoLoader.load(on: app.db, catalog: shippedCatalog)
            let record = try await ChallengeStore(db: app.db, catalog: shippedCatalog).record(demo.followUpId)
            let earlier = try #require(record.earlier)
            #expect(earlier.peerWorkShown && earlier.recommendations.count == 10)
            let framework = try ReportSource(record: record, edition: .working(asOf: CalendarDate("2028-03-20")!)).framework(in: shippedCatalog)
            func text(_ format: ReportFormat) throws -> String {
                let data = try ReportRendering.render(record: record, framework: framework, edition: .working(asOf: CalendarDate("2028-03-20")!), format: format).data
                switch format {
                case .docx: return try DocxReportReader.read(data).map(\.text).joined(separator: "\n")
                case .pdf: return try PdfReportReader.read(data).map(\.text).joined(separator: "\n")
                case .pptx:
                    // EQUITAS_WRITE_DECK=path keeps the deck, to open in Impress and look at.
                    if let path = ProcessInfo.processInfo.environment["EQUITAS_WRITE_DECK"] { try data.write(to: URL(fileURLWithPath: path)) }
                    return try PptxReportReader.read(data).map(\.text).joined(separator: "\n")
                default: return String(decoding: data, as: UTF8.self)
                }
            }
            var formats: [ReportFormat] = [.md, .html, .docx, .pptx]
            if (try? PDFExport.checkAvailable()) != nil, PdfReportReader.executable() != nil {
                formats.append(.pdf)
            } else {
                print("skipped PDF: soffice or pdftotext is not installed")
            }
            for format in formats {
                let words = try text(format).replacingOccurrences(of: "\n", with: " ")
                #expect(words.contains("Since the last challenge"), "\(format)")
                if format == .pptx {
                    #expect(words.contains("Since the last challenge: each module") && words.contains("Since the last challenge: the last recommendations"))
                    #expect(words.contains("last time") && words.contains("; now "), "each module then and now")
                    #expect(words.contains("Open: ") && words.contains("Off track"), "each recommendation's state, its actions in the notes")
                    continue
                }
                #expect(words.contains("What became of the last recommendations"), "\(format)")
                #expect(words.contains("Off track"), "\(format): an action's status")
                // Table headers wrap inside their cells in a PDF, so only the others are read whole.
                if format != .pdf { #expect(words.contains("Level the council assesses itself at now"), "\(format)") }
            }
        }
    }

    @Test("API: a follow-up starts from the earlier scope; a bad link is refused naming follows; last time is readable")
    func api() async throws {
        try await withTestApp { app in
            let client = APIClient(app: app)
            let council = try await client.organisation("Follow District Council")
            let earlier = try await client.challenge(for: [council], modules: ["communities", "workforce"])
            let scoped = try await client.send(.PUT, "/api/v1/challenges/\(earlier)", raw: #"{"organisation_ids":["\#(council)"],"framework_id":"eflg-2021","modules":[{"id":"communities","level":"achieving"},{"id":"workforce","level":"excellent"}],"start":"2025-03-11"}"#)
            #expect(scoped.status == .ok)
            let created = try await client.send(.POST, "/api/v1/challenges", raw: #"{"follows":"\#(earlier)","start":"2028-03-14"}"#)
            #expect(created.status == .created)
            let followUp = try created.decode(Identified<Challenge>.self)
            #expect(followUp.value.follows == earlier)
            #expect(followUp.value.organisationIds == [council])
            #expect(followUp.value.modules == [ModuleScope(id: "communities", level: "achieving"), ModuleScope(id: "workforce", level: "excellent")])

            let before = try await client.send(.POST, "/api/v1/challenges", raw: #"{"follows":"\#(earlier)","start":"2024-01-01"}"#)
            #expect(before.status == .unprocessableEntity && before.error?.path == "follows")
            let other = try await client.organisation("Elsewhere Borough Council")
            let elsewhere = try await client.send(.POST, "/api/v1/challenges", raw: #"{"follows":"\#(earlier)","organisation_ids":["\#(other)"]}"#)
            #expect(elsewhere.status == .unprocessableEntity && elsewhere.error?.path == "follows")
            let missing = try await client.send(.POST, "/api/v1/challenges", raw: #"{"follows":"\#(UUID())"}"#)
            #expect(missing.status == .unprocessableEntity && missing.error?.path == "follows")
            let circle = try await client.send(.PUT, "/api/v1/challenges/\(earlier)", raw: #"{"organisation_ids":["\#(council)"],"framework_id":"eflg-2021","modules":[{"id":"communities","level":"achieving"}],"follows":"\#(followUp.id)"}"#)
            #expect(circle.status == .unprocessableEntity && circle.error?.path == "follows")

            // The earlier challenge is in planning: its team's work stays out.
            let lastTime = try await client.send(.GET, "/api/v1/challenges/\(followUp.id)/self-assessment/last-time")
            #expect(lastTime.status == .ok)
            let cycle = try lastTime.decode(EarlierCycle.self)
            #expect(!cycle.peerWorkShown && cycle.recommendations.isEmpty && cycle.findings.isEmpty)
            #expect(cycle.modules.map(\.levelName) == ["Achieving", "Excellent"])
            let none = try await client.send(.GET, "/api/v1/challenges/\(earlier)/self-assessment/last-time")
            #expect(none.status == .notFound)

            // Deleting the earlier challenge leaves the follow-up standing, no longer linked.
            #expect(try await client.send(.DELETE, "/api/v1/challenges/\(earlier)").status == .noContent)
            let after = try await client.send(.GET, "/api/v1/challenges/\(followUp.id)").decode(Identified<Challenge>.self)
            #expect(after.value.follows == nil)
        }
    }

    @Test("before the earlier final report the council sees its own self-assessment of last time, not the team's work")
    func councilBeforeFinal() async throws {
        try await withTestApp { app in
            let demo = try await DemoLoader.load(on: app.db, catalog: shippedCatalog)
            var document = try ChallengeDocument.decode(try DemoData.challengeDocument())
            document.status = ChallengeStatus.drafting.rawValue
            document.organisations = [ChallengeDocument.OrganisationEntry(name: "Draftham District Council", type: "district-council")]
            document.findings = document.findings.filter { $0.organisation == nil }
            document.recommendations = document.recommendations.filter { $0.organisation == nil }
            document.selfAssessment = document.selfAssessment.filter { $0.organisation == nil }
            let earlier = try await ChallengeInterchange(db: app.db, catalog: shippedCatalog).importDocument(document)
            var next = try ChallengeDocument.decode(try DemoData.followUpDocument())
            next.organisations = document.organisations
            next.follows = earlier
            let followUp = try await ChallengeInterchange(db: app.db, catalog: shippedCatalog).importDocument(next)
            let council = try await ChallengeStore(db: app.db, catalog: shippedCatalog).get(followUp).value.organisationIds[0]
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: council)
            let html = try await officer.get("/challenges/\(followUp.uuidString.lowercased())/self-assessment").text
            #expect(html.contains("final report has not been issued"))
            #expect(html.contains(Self.lastNarrative))
            #expect(!html.contains("Recommendations still to address"))
            let finding = try #require(document.findings.first { $0.module == "leadership" && $0.kind == "strength" })
            #expect(!html.contains(String(finding.text.prefix(40))))
            _ = demo
        }
    }

    @Test("the register of awards shows the chain of published challenges")
    func registerChain() async throws {
        try await withTestApp { app in
            let demo = try await DemoLoader.load(on: app.db, catalog: shippedCatalog)
            var next = try ChallengeDocument.decode(try DemoData.followUpDocument())
            next.organisations = try ChallengeDocument.decode(try DemoData.challengeDocument()).organisations
            next.status = ChallengeStatus.published.rawValue
            next.award = ChallengeDocument.AwardEntry(level: "excellent", awarded: CalendarDate("2028-05-10")!)
            next.follows = demo.challengeId
            _ = try await ChallengeInterchange(db: app.db, catalog: shippedCatalog).importDocument(next)
            let html = try await PageBrowser(app: app).get("/accreditations").text
            #expect(html.contains("Follows Achieving awarded 2 May 2025"))
            #expect(html.contains("Followed by Excellent awarded 10 May 2028"))
        }
    }
}
