import EquitasCore
import EquitasLibrary
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@Suite("The register of awards")
struct AccreditationAPITests {
    struct Entry: Codable, Equatable {
        var challengeId: UUID
        var organisations: [String]
        var level: String
        var awarded: CalendarDate
        var expires: CalendarDate
    }

    @Test("lists awarded challenges soonest to expire first, and filters by expiry")
    func register() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let demo = try await api.send(.POST, "/api/v1/challenges/import", body: ByteBuffer(data: try DemoData.challengeDocument()))
            #expect(demo.status == .created)
            let unawarded = try await api.challenge(for: [try await api.organisation("Elsewhere Council")])

            let all = try await api.send(.GET, "/api/v1/accreditations").decode(Page<Entry>.self)
            #expect(all.items.count == 1)
            #expect(all.items.first?.organisations == ["Wyvern Vale District Council", "Calder Moor Borough Council"])
            #expect(all.items.first?.expires == CalendarDate("2028-05-02"))
            #expect(all.items.first?.challengeId != unawarded)

            let dueSoon = try await api.send(.GET, "/api/v1/accreditations?expiring_before=2028-01-01").decode(Page<Entry>.self)
            #expect(dueSoon.items.isEmpty)
            let dueLater = try await api.send(.GET, "/api/v1/accreditations?expiring_before=2028-06-01").decode(Page<Entry>.self)
            #expect(dueLater.items.count == 1)

            let bad = try await api.send(.GET, "/api/v1/accreditations?expiring_before=31/12/2028")
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.error?.path == "expiring_before")
        }
    }
}
