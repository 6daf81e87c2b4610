import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@Suite("Workforce profile and equality report over the API")
struct EqualityReportAPITests {
    /// 12 men at 20 and `women` women at 16; ethnicity White British but for three
    /// Asian staff (suppressed); one woman with `<script>` as her disability.
    static func staff(women: Int) -> String {
        var lines = ["employee_id,sex,ethnicity,disability,grade,full_pay,hourly_pay"]
        for n in 0..<(12 + women) {
            let man = n < 12
            let disability = n == 12 ? "<script>alert(1)</script>" : "No"
            lines.append("\(n),\(man ? "M" : "F"),\(n % 8 == 0 ? "Asian" : "White British"),\(disability),Grade \(n % 2 + 1),yes,\(man ? 20 : 16)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func seed(_ api: APIClient, _ council: UUID) async throws -> String {
        let base = "/api/v1/organisations/\(council)/workforce"
        for (date, women) in [("2025-03-31", 12), ("2026-03-31", 18)] {
            let reply = try await api.send(.POST, base + "/snapshots?snapshot=\(date)", body: ByteBuffer(string: staff(women: women)), contentType: .csv)
            #expect(reply.status == .created, "\(reply.text)")
        }
        let csv = "characteristic,group,percent\nsex,Female,51.2\nsex,Male,48.8\n"
        let put = try await api.send(.PUT, base + "/community-profile?area=Wyvern%20Vale&source=Census%202021", body: ByteBuffer(string: csv), contentType: .csv)
        #expect(put.status == .ok, "\(put.text)")
        return base
    }

    @Test("the profile JSON: newest snapshot, shares beside the community, suppression, trends; ?snapshot picks another")
    func profile() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let council = try await api.organisation("Wyvern Vale District Council")
            let base = try await Self.seed(api, council)
            let reply = try await api.send(.GET, base + "/profile")
            #expect(reply.status == .ok, "\(reply.text)")
            let overview = try reply.decode(WorkforceOverview.self)
            #expect(overview.snapshotDate == CalendarDate(year: 2026, month: 3, day: 31) && overview.headcount == 30)
            // 18 women of 30: 60.0% against 51.2%.
            let sex = try #require(overview.comparisons.first)
            #expect(sex.rows.map(\.difference) == [Decimal(string: "8.8"), Decimal(string: "-8.8")])
            #expect(overview.profiles[1].groups.first { $0.group == "Asian" }?.suppressed == true)
            #expect(overview.trends.snapshots.map(\.headcount) == [24, 30])
            #expect(reply.text.contains("\"disclosure_rate\""), "snake_case keys")

            let older = try await api.send(.GET, base + "/profile?snapshot=2025-03-31").decode(WorkforceOverview.self)
            #expect(older.headcount == 24)
            #expect(try await api.send(.GET, base + "/profile?snapshot=2020-01-01").status == .notFound)
            #expect(try await api.send(.GET, base + "/profile?snapshot=soon").status == .unprocessableEntity)
        }
    }

    @Test("the report in each format, named for the council and date; pptx refused; no snapshots still renders")
    func report() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let council = try await api.organisation("Wyvern Vale District Council")
            let empty = try await api.send(.GET, "/api/v1/organisations/\(council)/equality-report?format=md&date=2026-04-30")
            #expect(empty.status == .ok && empty.text.contains("no staff list has been loaded"))
            _ = try await Self.seed(api, council)
            let html = try await api.send(.GET, "/api/v1/organisations/\(council)/equality-report?date=2026-04-30")
            #expect(html.status == .ok)
            #expect(html.headers.first(name: .contentDisposition)?.contains("wyvern-vale-district-council-equality-information-2026-04-30.html") == true)
            #expect(html.text.contains("role=\"img\"") && html.text.contains("How our staff have changed"))
            #expect(!html.text.contains("<script>alert(1)</script>"))
            let docx = try await api.send(.GET, "/api/v1/organisations/\(council)/equality-report?format=docx&date=2026-04-30")
            #expect(docx.status == .ok && docx.body.readableBytes > 1000)
            #expect(try await api.send(.GET, "/api/v1/organisations/\(council)/equality-report?format=pptx").status == .unprocessableEntity)
        }
    }
}
