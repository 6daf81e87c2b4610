import EquitasCore
import EquitasTestSupport
import EquitasWeb
import Foundation
import Testing
import Vapor

@Suite("Action plan export and import over the API")
struct ActionPlanExchangeAPITests {
    static let xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// The export's bytes, after checking its headers.
    static func export(_ plan: MonitoredPlan, _ format: String, contentType: String) async throws -> Data {
        let reply = try await plan.fixture.api.send(.GET, plan.path("export?format=\(format)"))
        #expect(reply.status == .ok, "\(reply.text)")
        #expect(reply.headers.first(name: .contentType) == contentType)
        #expect(reply.headers.first(name: .contentDisposition) == "attachment; filename=\"\(MonitoredPlan.slug).\(format)\"")
        return Data(buffer: reply.body)
    }

    /// The CSV export with `old` (which must appear exactly once) replaced by `new`.
    static func edited(_ csv: Data, _ replacements: [(old: String, new: String)]) throws -> Data {
        var text = try #require(String(data: csv, encoding: .utf8))
        for (old, new) in replacements {
            #expect(text.components(separatedBy: old).count == 2, "\(old) should appear once")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return Data(text.utf8)
    }

    @Test("exports in XLSX, CSV and JSON, and an unchanged export imports as no change")
    func exportAndUnchangedImport() async throws {
        try await withTestApp { app in
            let plan = try await MonitoredPlan.make(try await ActionPlanFixture.demo(app))
            let fixture = plan.fixture
            let before = try await fixture.record(plan.planId)

            let xlsx = try await Self.export(plan, "xlsx", contentType: Self.xlsxType)
            #expect(xlsx.starts(with: [0x50, 0x4B, 0x03, 0x04]))
            let csv = try await Self.export(plan, "csv", contentType: "text/csv; charset=utf-8")
            #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]))
            let text = try #require(String(data: csv, encoding: .utf8))
            #expect(
                text.contains(
                    "No.,Module,Recommendation,Response,Rationale,Action,Lead officer,Timescale,Start,Due,Monitored by,Status,Latest update,Updated on,Updated by"
                ))
            let json = try await Self.export(plan, "json", contentType: "application/json")
            #expect(try OpenAPISchemaCheck().problems(ByteBuffer(data: json), as: "ActionPlanDocument") == [])
            #expect(try await fixture.api.send(.GET, plan.path("export")).headers.first(name: .contentType) == Self.xlsxType)
            #expect(try await fixture.api.send(.GET, plan.path("export?format=pdf")).error?.path == "format")

            for (data, type) in [(csv, HTTPMediaType.csv), (xlsx, HTTPMediaType.xlsx)] {
                let reply = try await fixture.upload(plan.path("import"), data, as: type)
                #expect(reply.status == .ok, "\(reply.text)")
                #expect(try OpenAPISchemaCheck().problems(reply.body, as: "PlanImportOutcome") == [])
                let outcome = try reply.decode(ActionPlanExchange.ImportOutcome.self)
                #expect(outcome.applied == false)
                #expect(outcome.summary == "no changes")
                #expect(outcome.changes == [])
            }
            #expect(try await fixture.record(plan.planId) == before)

            let notSheet = try await fixture.upload(plan.path("import"), json, as: .json)
            #expect(notSheet.status == .unprocessableEntity)
            #expect(notSheet.error?.message.hasPrefix("this is a JSON document") == true)
            #expect(try await fixture.api.send(.POST, plan.path("import")).status == .unprocessableEntity)
        }
    }

    @Test("a sheet with bad cells is refused whole, naming every cell, and changes nothing")
    func badCells() async throws {
        try await withTestApp { app in
            let plan = try await MonitoredPlan.make(try await ActionPlanFixture.demo(app))
            let fixture = plan.fixture
            let csv = try await Self.export(plan, "csv", contentType: "text/csv; charset=utf-8")
            let before = try await fixture.api.send(.GET, plan.path()).text

            // Row 3 is action 1.1 (due 31 July), the first row after the header (line 1 says
            // where the sheet was exported from, line 2 is the header).
            let oneBad = try Self.edited(csv, [("2025-07-31", "31/13/2025")])
            let reply = try await fixture.upload(plan.path("import"), oneBad, as: .csv)
            #expect(reply.status == .unprocessableEntity, "\(reply.text)")
            #expect(try OpenAPISchemaCheck().problems(reply.body, as: "APIError") == [])
            let error = try reply.decode(ActionPlanFixture.ErrorList.self)
            #expect(error.path == #"row 3, column "Due""#)
            #expect(
                error.errors == [
                    .init(path: #"row 3, column "Due""#, message: #""31/13/2025" is not a date (use DD/MM/YYYY or YYYY-MM-DD)"#)
                ])
            #expect(error.message.contains(#"row 3, column "Due": "31/13/2025" is not a date"#))

            // Row 11 is action 10.1, the only one off track.
            let twoBad = try Self.edited(csv, [("2025-07-31", "31/13/2025"), (",Off track,", ",Stalled,")])
            let both = try await fixture.upload(plan.path("import"), twoBad, as: .csv).decode(ActionPlanFixture.ErrorList.self)
            #expect(both.status == 422)
            #expect(both.errors?.map(\.path) == [#"row 3, column "Due""#, #"row 11, column "Status""#])
            #expect(both.message.hasPrefix("the action plan sheet has 2 problems:\n"))
            #expect(both.message.contains(#"row 11, column "Status": "Stalled" is not a status"#))

            let asNew = try await fixture.upload("/api/v1/action-plans/import?organisation_id=\(fixture.calderId)", twoBad, as: .csv)
            #expect(asNew.status == .unprocessableEntity)
            #expect(try asNew.decode(ActionPlanFixture.ErrorList.self).errors?.count == 2)

            #expect(try await fixture.api.send(.GET, plan.path()).text == before)
            #expect(try await fixture.api.send(.GET, "/api/v1/action-plans").decode(Page<Identified<ActionPlan>>.self).metadata.total == 1)
        }
    }

    @Test("a stale sheet that would undo newer work is 409 with both sides and writes nothing; force=true applies it")
    func staleSheet() async throws {
        try await withTestApp { app in
            let plan = try await MonitoredPlan.make(try await ActionPlanFixture.demo(app))
            let fixture = plan.fixture
            let csv = try await Self.export(plan, "csv", contentType: "text/csv; charset=utf-8")
            // 1.1 is the only action on track: completed since the export, put at risk in the sheet.
            let actionId = try #require(plan.actions["1.1"])
            let moved = try await fixture.api.send(
                .POST, plan.path("actions/\(actionId)/updates"),
                json: ["date": "2025-06-01", "author": "Someone else", "text": "Finished early.", "status": "complete"])
            #expect(moved.status == .created, "\(moved.text)")
            let before = try await fixture.api.send(.GET, plan.path()).text
            let atRisk = try Self.edited(csv, [(",On track,", ",At risk,")])

            let refused = try await fixture.upload(plan.path("import"), atRisk, as: .csv)
            #expect(refused.status == .conflict, "\(refused.text)")
            #expect(try OpenAPISchemaCheck().problems(refused.body, as: "PlanImportOutcome") == [])
            let outcome = try refused.decode(ActionPlanExchange.ImportOutcome.self)
            #expect(outcome.refused && !outcome.applied)
            #expect(outcome.conflicts == [PlanConflict(
                place: "action 1.1", sinceExport: ["status On track → Complete", "progress update dated 1 June 2025 by Someone else"],
                sheet: ["status On track → At risk"])])
            #expect(try await fixture.api.send(.GET, plan.path()).text == before)

            let dry = try await fixture.upload(plan.path("import?dry_run=true"), atRisk, as: .csv)
            #expect(dry.status == .ok)
            #expect(try dry.decode(ActionPlanExchange.ImportOutcome.self).refused)

            let forced = try await fixture.upload(plan.path("import?force=true"), atRisk, as: .csv)
            #expect(forced.status == .ok, "\(forced.text)")
            #expect(try forced.decode(ActionPlanExchange.ImportOutcome.self).applied)
            #expect(try await fixture.record(plan.planId).items[0].actions[0].action.value.status == .atRisk)
        }
    }

    @Test("a dry run says what would change and writes nothing; the real import writes it")
    func dryRunThenImport() async throws {
        try await withTestApp { app in
            let plan = try await MonitoredPlan.make(try await ActionPlanFixture.demo(app))
            let fixture = plan.fixture
            let csv = try await Self.export(plan, "csv", contentType: "text/csv; charset=utf-8")
            // 1.1 is the only action on track.
            let done = try Self.edited(csv, [(",On track,", ",Complete,")])
            let before = try await fixture.api.send(.GET, plan.path()).text

            let dry = try await fixture.upload(plan.path("import?dry_run=true"), done, as: .csv)
            #expect(dry.status == .ok, "\(dry.text)")
            let preview = try dry.decode(ActionPlanExchange.ImportOutcome.self)
            #expect(preview.applied == false)
            #expect(preview.summary == "1 progress update recorded")
            #expect(preview.changes == ["action 1.1: status On track → Complete"])
            #expect(try await fixture.api.send(.GET, plan.path()).text == before)
            #expect(try await fixture.upload(plan.path("import?dry_run=maybe"), done, as: .csv).error?.path == "dry_run")

            let real = try await fixture.upload(plan.path("import?imported_by=Equality%20lead"), done, as: .csv)
            let outcome = try real.decode(ActionPlanExchange.ImportOutcome.self)
            #expect(outcome.applied == true)
            #expect(outcome.summary == preview.summary && outcome.changes == preview.changes)
            let action = try #require(try await fixture.record(plan.planId).items.first?.actions.first)
            #expect(action.action.id == plan.actions["1.1"])
            #expect(action.action.value.status == .complete)
            #expect(action.updates.map(\.value.author) == ["Equality lead"])
            #expect(action.updates.map(\.value.previousStatus) == [.onTrack])
            // Importing the same file again finds nothing left to do.
            #expect(
                try await fixture.upload(plan.path("import"), done, as: .csv).decode(ActionPlanExchange.ImportOutcome.self).summary
                    == "no changes")
        }
    }

    @Test("a JSON document imports as a new plan whose export is byte for byte the same")
    func jsonRoundTrip() async throws {
        try await withTestApp { app in
            let plan = try await MonitoredPlan.make(try await ActionPlanFixture.demo(app))
            let fixture = plan.fixture
            let json = try await Self.export(plan, "json", contentType: "application/json")

            let reply = try await fixture.upload("/api/v1/action-plans/import", json, as: .json)
            #expect(reply.status == .created, "\(reply.text)")
            #expect(try OpenAPISchemaCheck().problems(reply.body, as: "ActionPlanRecord") == [])
            let copy = try reply.decode(ActionPlanRecord.self)
            #expect(copy.plan.id != plan.planId)
            #expect(reply.headers.first(name: .location) == "/api/v1/action-plans/\(copy.plan.id.uuidString)")
            #expect(copy.plan.value.organisationId == fixture.calderId && copy.plan.value.challengeId == nil)
            #expect(copy.actions.count == 6)
            let again = try await fixture.api.send(.GET, fixture.plan(copy.plan.id, "export?format=json"))
            #expect(Data(buffer: again.body) == json)

            let sheet = try await Self.export(plan, "csv", contentType: "text/csv; charset=utf-8")
            let unnamed = try await fixture.upload("/api/v1/action-plans/import", sheet, as: .csv)
            #expect(unnamed.error?.path == "organisation_id")
            let answering = try await fixture.upload(
                "/api/v1/action-plans/import?organisation_id=\(fixture.calderId)&challenge_id=\(fixture.challengeId)", sheet, as: .csv)
            #expect(answering.status == .conflict, "\(answering.text)")
            let fromSheet = try await fixture.upload(
                "/api/v1/action-plans/import?organisation_id=\(fixture.calderId)&title=From%20the%20sheet", sheet, as: .csv)
            #expect(fromSheet.status == .created, "\(fromSheet.text)")
            let made = try fromSheet.decode(ActionPlanRecord.self)
            #expect(made.plan.value.title == "From the sheet")
            #expect(made.items.map(\.item.value.number) == ActionPlanFixture.calderNumbers)
            #expect(
                made.actions.map { $0.action.action.value.status } == [.onTrack, .notStarted, .complete, .atRisk, .notStarted, .offTrack])
            #expect(try await fixture.upload("/api/v1/action-plans/import", Data("{\"format\": ".utf8), as: .json).status == .badRequest)
        }
    }
}
