import EquitasCore
@testable import EquitasPersistence
import EquitasTestSupport
import FluentKit
import Foundation
import SQLKit
import Testing

@Suite("Ranking the library's newest matches")
struct LibrarySearchRankingTests {
    @Test("the newest 200 matches come best first, then the rest best first; pages cross the two without a gap or a repeat")
    func blocks() async throws {
        try await withWorld { world in
            let sql = try #require(world.db as? any SQLDatabase)
            // Twenty old findings that say the word four times (the best matches), then 200
            // newer ones that say it once among other words.
            var written: [UUID] = []
            for index in 0..<220 {
                let text = index < 20
                    ? "Kingfisher kingfisher kingfisher kingfisher survey \(index)."
                    : "A kingfisher was seen once near the depot during the survey of site number \(index)."
                let id = UUID()
                try await sql.raw("""
                    INSERT INTO findings (id, challenge_id, module_id, kind, text, position) \
                    VALUES (\(bind: id), \(bind: world.challenge), 'communities', 'strength', \(bind: text), \(bind: index))
                    """).run()
                written.append(id)
            }
            let store = LibrarySearchStore(db: world.db)
            let query = try LibraryQuery.parse("kingfisher")
            func page(_ number: Int, per: Int) async throws -> LibrarySearchResults {
                try await store.search(query, visibility: .everything, page: try PageRequest(page: number, per: per))
            }
            let old = Set(written.prefix(20)), newer = Set(written.dropFirst(20))
            let first = try await page(1, per: 20)
            #expect(first.total == 220)
            #expect(!first.totalIsAtLeast)
            #expect(Set(first.hits.map(\.id)).isSubset(of: newer))
            #expect(Set(try await page(11, per: 20).hits.map(\.id)) == old)
            // Pages of 30 straddle the two blocks at 200: every finding once.
            var seen: [UUID] = []
            for number in 1...8 { seen += try await page(number, per: 30).hits.map(\.id) }
            #expect(seen.count == 220)
            #expect(Set(seen) == old.union(newer))
            #expect(Set(seen.suffix(20)) == old)
        }
    }
}
