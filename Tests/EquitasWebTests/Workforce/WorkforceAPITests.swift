import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@Suite("Workforce over the API")
struct WorkforceAPITests {
    /// Four women at £10 an hour and four men at £20: a gap of exactly half.
    static let staff = """
        employee_id,sex,ethnicity,disability,full_pay,hourly_pay,age_band
        1,F,White British,No,yes,10,25-34
        2,F,White British,No,yes,10,35-44
        3,F,White British,Yes,yes,10,45-54
        4,F,Prefer not to say,No,yes,10,
        5,M,White British,No,yes,20,25-34
        6,M,White British,Not known,yes,20,35-44
        7,M,White British,No,yes,20,55-64
        8,M,White British,No,yes,20,65+

        """

    static func upload(_ api: APIClient, _ path: String, _ csv: String) async throws -> APIClient.Reply {
        try await api.send(.POST, path, body: ByteBuffer(string: csv), contentType: .csv)
    }

    @Test("a council's own disclosure threshold: refused below 5 naming the field; once set, the pay gaps and profile apply and state it")
    func councilThreshold() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let council = try await api.organisation("Wyvern Vale District Council")
            let path = "/api/v1/organisations/\(council)"
            let refused = try await api.send(
                .PUT, path, json: Organisation(name: "Wyvern Vale District Council", type: .districtCouncil, disclosureThreshold: 4))
            #expect(refused.status == .unprocessableEntity && refused.text.contains("disclosure_threshold"), "\(refused.text)")
            let chosen = Organisation(name: "Wyvern Vale District Council", type: .districtCouncil, disclosureThreshold: 12)
            #expect(try await api.send(.PUT, path, json: chosen).status == .ok)
            let read = try await api.send(.GET, path)
            #expect(try read.decode(Identified<Organisation>.self).value.disclosureThreshold == 12)
            #expect(read.text.contains("\"disclosure_threshold\" : 12"))

            let base = path + "/workforce"
            #expect(try await Self.upload(api, base + "/snapshots?snapshot=2026-03-31", Self.staff).status == .created)
            for by in ["sex", "ethnicity", "disability"] {
                let gaps = try await api.send(.GET, base + "/snapshots/2026-03-31/pay-gaps?by=\(by)")
                #expect(gaps.text.contains("\"threshold\" : 12") && gaps.text.contains("fewer than 12"), "\(by)")
            }
            let profile = try await api.send(.GET, base + "/profile")
            #expect(profile.status == .ok && profile.text.contains("\"threshold\" : 12"), "\(profile.text.prefix(300))")
        }
    }

    @Test("upload, list, read, pay gaps as the CLI gives them, 409 on the same date, replace, delete, 404")
    func lifecycle() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let council = try await api.organisation("Wyvern Vale District Council")
            let base = "/api/v1/organisations/\(council)/workforce"
            let created = try await Self.upload(api, base + "/snapshots?snapshot=2026-03-31&filename=staff.csv", Self.staff)
            #expect(created.status == .created, "\(created.text)")
            #expect(created.headers.first(name: .location) == "\(base.lowercased())/snapshots/2026-03-31")
            let stored = try created.decode(Identified<WorkforceSnapshot>.self)
            #expect(stored.value.staffCount == 8 && stored.value.otherCharacteristics == ["age_band"] && stored.value.sourceFilename == "staff.csv")

            #expect(try await api.send(.GET, base + "/snapshots").decode([Identified<WorkforceSnapshot>].self).map(\.id) == [stored.id])
            let one = try await api.send(.GET, base + "/snapshots/2026-03-31")
            #expect(try one.decode(Identified<WorkforceSnapshot>.self).id == stored.id)
            #expect(!one.text.contains("employee_id"), "staff records never leave")

            let gaps = try await api.send(.GET, base + "/snapshots/2026-03-31/pay-gaps")
            let expected = try SnapshotPayGap.compute(
                try await WorkforceStore(db: app.db).records(snapshotId: stored.id), snapshot: stored.value.date, by: "sex").json()
            #expect(Data(buffer: gaps.body) == expected)
            #expect(gaps.text.contains("\"mean_hourly_gap\" : 50"))
            for by in ["ethnicity", "disability"] {
                let reply = try await api.send(.GET, base + "/snapshots/2026-03-31/pay-gaps?by=\(by)")
                #expect(reply.status == .ok && reply.text.contains("\"characteristic\" : \"\(by)\""))
            }
            #expect(try await api.send(.GET, base + "/snapshots/2026-03-31/pay-gaps?by=age").status == .unprocessableEntity)

            let again = try await Self.upload(api, base + "/snapshots?snapshot=2026-03-31", Self.staff)
            #expect(again.status == .conflict, "\(again.text)")
            let replaced = try await Self.upload(api, base + "/snapshots?snapshot=2026-03-31&replace=true", Self.staff)
            #expect(replaced.status == .created)

            #expect(try await api.send(.DELETE, base + "/snapshots/2026-03-31").status == .noContent)
            for path in ["/snapshots/2026-03-31", "/snapshots/2026-03-31/pay-gaps", "/snapshots/not-a-date", "/community-profile"] {
                #expect(try await api.send(.GET, base + path).status == .notFound, "\(path)")
            }
            #expect(try await api.send(.DELETE, base + "/snapshots/2026-03-31").status == .notFound)
        }
    }

    @Test("a bad list is 422 listing every bad cell by row and column, and nothing is written")
    func badCells() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let council = try await api.organisation("Wyvern Vale District Council")
            let base = "/api/v1/organisations/\(council)/workforce"
            let before = try await TestDatabase.rowCounts(on: app.db)
            let bad = "employee_id,sex,full_pay,hourly_pay\n1,F,maybe,10\n2,M,yes,-3\n1,F,yes,=1+1\n"
            let reply = try await Self.upload(api, base + "/snapshots?snapshot=2026-03-31", bad)
            #expect(reply.status == .unprocessableEntity)
            let error = try reply.decode(APIErrorBody.self)
            #expect(error.errors?.map(\.path) == [
                "row 2, column \"full_pay\"", "row 3, column \"hourly_pay\"", "row 4, column \"employee_id\"", "row 4, column \"hourly_pay\"",
            ])
            #expect(try await Self.upload(api, base + "/snapshots", Self.staff).status == .unprocessableEntity)
            #expect(try await Self.upload(api, base + "/snapshots?snapshot=31/03/2026", Self.staff).status == .unprocessableEntity)
            #expect(try await TestDatabase.rowCounts(on: app.db) == before)
        }
    }

    @Test("a multipart upload with a mapping file, and the community profile put and got")
    func multipartAndProfile() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let council = try await api.organisation("Wyvern Vale District Council")
            let base = "/api/v1/organisations/\(council)/workforce"
            let boundary = "workforce-test"
            var body = ByteBuffer()
            let theirs = Self.staff.replacingOccurrences(of: "employee_id,sex", with: "Pay No,Gender")
            for (name, filename, content) in [("file", "staff.csv", theirs), ("mapping", "mapping.csv", "theirs,ours\nPay No,employee_id\nGender,sex\n")] {
                body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"\r\nContent-Type: text/csv\r\n\r\n\(content)\r\n")
            }
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"snapshot\"\r\n\r\n2025-03-31\r\n--\(boundary)--\r\n")
            let reply = try await api.send(.POST, base + "/snapshots", body: body, contentType: HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary]))
            #expect(reply.status == .created, "\(reply.text)")

            let csv = "characteristic,group,percent\nsex,Female,51.2\nsex,Male,48.8\nethnicity,White British,100\n"
            let put = try await api.send(.PUT, base + "/community-profile?area=Wyvern%20Vale&source=Census%202021", body: ByteBuffer(string: csv), contentType: .csv)
            #expect(put.status == .ok, "\(put.text)")
            let profile = try await api.send(.GET, base + "/community-profile").decode(CommunityProfile.self)
            #expect(profile.area == "Wyvern Vale" && profile.entries.count == 3)
            let uneven = try await api.send(.PUT, base + "/community-profile?area=A&source=B", body: ByteBuffer(string: "characteristic,group,percent\nsex,Female,40\n"), contentType: .csv)
            #expect(uneven.status == .unprocessableEntity && uneven.text.contains("sex"))
            let noSource = try await api.send(.PUT, base + "/community-profile?area=A", body: ByteBuffer(string: csv), contentType: .csv)
            #expect(noSource.status == .unprocessableEntity)
        }
    }
}

/// The API's error body, as a client reads it.
struct APIErrorBody: Decodable {
    struct Problem: Decodable {
        var path: String?
        var message: String
    }

    var status: Int
    var message: String
    var errors: [Problem]?
}
