import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

/// `POST /action-plans/import` with the council's own spreadsheet and a mapping of its
/// headings, as a multipart form: the same sheet and mapping `equitas actions import
/// --mapping` takes (the CLI tests' fixtures), and every way that must write nothing.
@Suite("A council's plan spreadsheet with a mapping over the API")
struct NewPlanMappingAPITests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../EquitasCLITests/Fixtures").standardized
    static let mapping = "Sheet heading,Equitas column\nOfficer responsible,Lead officer\nResources,ignore\nKey milestones,ignore\n"

    static func sheet() throws -> Data { try Data(contentsOf: fixtures.appendingPathComponent("council-action-plan.csv")) }

    /// A multipart form: `file`, and `mapping` when given.
    static func form(_ api: APIClient, organisation: UUID, file: Data, mapping: String?) async throws -> APIClient.Reply {
        let boundary = "plan-mapping-test"
        var body = ByteBuffer()
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.csv\"\r\nContent-Type: text/csv\r\n\r\n")
        body.writeBytes(file)
        body.writeString("\r\n")
        if let mapping {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"mapping\"; filename=\"mapping.csv\"\r\nContent-Type: text/csv\r\n\r\n\(mapping)\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        return try await api.send(
            .POST, "/api/v1/action-plans/import?organisation_id=\(organisation)", body: body,
            contentType: HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary]))
    }

    /// A council with the three officers the sheet names.
    static func council(_ api: APIClient) async throws -> UUID {
        let council = try await api.organisation("Calder Moor Borough Council", type: .boroughCouncil)
        for name in ["Priya Shah", "Tom Evans", "Grace Mensah"] {
            let reply = try await api.send(.POST, "/api/v1/people", json: Person(name: name, organisationId: council))
            #expect(reply.status == .created, "\(reply.text)")
        }
        return council
    }

    @Test("the sheet with its mapping makes the plan the command line makes: four recommendations, six actions, RAG as statuses")
    func imported() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let council = try await Self.council(api)

            let reply = try await Self.form(api, organisation: council, file: try Self.sheet(), mapping: Self.mapping)

            #expect(reply.status == .created, "\(reply.text)")
            let plan = try reply.decode(ActionPlanRecord.self)
            #expect(plan.items.map(\.item.value.number) == [1, 2, 3, 4])
            #expect(plan.actions.map(\.action.action.value.status) == [.onTrack, .atRisk, .onTrack, .offTrack, .notStarted, .complete])
            #expect(plan.items[1].actions[0].action.value.leadId != nil)
        }
    }

    @Test("refused with 422 and nothing written: no mapping (the unknown headings named), a bad mapping row, a mapping beside a JSON document, an empty form")
    func refused() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let council = try await Self.council(api)
            let before = try await TestDatabase.rowCounts(on: app.db)

            let unmapped = try await Self.form(api, organisation: council, file: try Self.sheet(), mapping: nil)
            let badRow = try await Self.form(
                api, organisation: council, file: try Self.sheet(), mapping: "Sheet heading,Equitas column\nOfficer responsible,Leader\nResources,ignore\n")
            let json = try await Self.form(api, organisation: council, file: Data(#"{"format": "equitas.action-plan/1"}"#.utf8), mapping: Self.mapping)
            let empty = try await Self.form(api, organisation: council, file: Data(), mapping: Self.mapping)

            #expect(unmapped.status == .unprocessableEntity)
            #expect(unmapped.text.contains(#"unknown column \"Officer responsible\""#), "\(unmapped.text)")
            #expect(badRow.status == .unprocessableEntity)
            let problems = try badRow.decode(ActionPlanFixture.ErrorList.self).errors ?? []
            #expect(problems.map(\.path) == ["mapping row 2"])
            #expect(problems.first?.message.contains(#""Leader" is not an Equitas column"#) == true)
            #expect(json.status == .unprocessableEntity && json.error?.path == "mapping")
            #expect(empty.status == .unprocessableEntity && empty.error?.path == "file")
            #expect(try await TestDatabase.rowCounts(on: app.db) == before)
        }
    }
}
