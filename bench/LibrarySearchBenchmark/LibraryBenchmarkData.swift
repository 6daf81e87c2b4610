import EquitasCore
import EquitasLibrary
import FluentKit
import FluentSQL
import Foundation

/// Writes the benchmark's challenges straight into the tables, many rows per statement
/// and a thousand challenges per transaction: the triggers index each finding as it goes in.
struct LibraryBenchmarkData {
    let db: any Database
    let challenges: Int

    static let types = ["district-council", "borough-council", "county-council", "unitary-authority", "london-borough", "metropolitan-borough"]
    static let levels = ["developing", "achieving", "excellent"]
    static let kinds = ["strength", "strength", "strength", "area-for-consideration", "area-for-consideration", "good-practice", "quote", "signpost"]
    static let modules = ["m1", "m2", "m3", "m4"]

    func write(progress: @Sendable (Int) -> Void) async throws -> Int {
        var corpus = LibraryCorpus(generator: SplitMix64(seed: 2026))
        var written = 0
        let batch = 250
        for start in stride(from: 0, to: challenges, by: batch) {
            let count = min(batch, challenges - start)
            // Each batch's rows are drawn first, so that the transaction's closure captures no shared state.
            let rows = Self.draw(start..<(start + count), corpus: &corpus)
            written += try await db.transaction { db in
                try await Self.insert(rows, sql: db as! any SQLDatabase)
            }
            progress(start + count)
        }
        return written
    }

    typealias Row = [any Encodable & Sendable]
    struct Rows: Sendable {
        var organisations: [Row] = [], challenges: [Row] = [], links: [Row] = [], scopes: [Row] = []
        var entries: [(challenge: UUID, organisation: UUID, module: String, kind: String?, number: Int?, text: String)] = []
    }

    static func draw(_ range: Range<Int>, corpus: inout LibraryCorpus) -> Rows {
        let now = "2026-11-23T12:00:00Z"
        var rows = Rows()
        for index in range {
            let organisation = UUID(), challenge = UUID()
            rows.organisations.append([organisation, "Council \(index)", types[corpus.next(0..<types.count)]])
            let year = 2010 + corpus.next(0..<16)
            // Nine in ten published, as the library's past reports are.
            let status = corpus.next(0..<10) == 0 ? "drafting" : "published"
            rows.challenges.append([challenge, "eflg-2021", "2021", "peer-challenge", String(format: "%04d-06-01", year), status, now, now])
            rows.links.append([UUID(), challenge, organisation, 0])
            let level = levels[corpus.next(0..<levels.count)]
            for (position, module) in modules.enumerated() {
                rows.scopes.append([UUID(), challenge, module, level, "none", position])
            }
            for _ in 0..<corpus.next(80..<110) {
                rows.entries.append((challenge, organisation, modules[corpus.next(0..<4)], kinds[corpus.next(0..<kinds.count)], nil, corpus.finding()))
            }
            for number in 1...corpus.next(4..<12) {
                rows.entries.append((challenge, organisation, modules[corpus.next(0..<4)], nil, number, "Consider " + corpus.finding()))
            }
        }
        return rows
    }

    static func insert(_ rows: Rows, sql: any SQLDatabase) async throws -> Int {
        func insert(_ table: String, _ columns: [String], _ values: [Row]) async throws {
            var builder = sql.insert(into: table).columns(columns)
            for value in values { builder = builder.values(value) }
            try await builder.run()
        }
        try await insert("organisations", ["id", "name", "type"], rows.organisations)
        try await insert("challenges", ["id", "framework_id", "framework_version", "kind", "start_date", "status", "created_at", "updated_at"], rows.challenges)
        try await insert("challenge_organisations", ["id", "challenge_id", "organisation_id", "position"], rows.links)
        try await insert("challenge_modules", ["id", "challenge_id", "module_id", "level", "judgement", "position"], rows.scopes)
        let entries = rows.entries
        for chunk in stride(from: 0, to: entries.count, by: 500) {
            let rows = entries[chunk..<min(chunk + 500, entries.count)]
            let findings = rows.filter { $0.kind != nil }
            let recommendations = rows.filter { $0.kind == nil }
            if !findings.isEmpty {
                try await insert("findings", ["id", "challenge_id", "module_id", "kind", "text", "position"],
                                 findings.enumerated().map { [UUID(), $1.challenge, $1.module, $1.kind!, $1.text, $0] })
            }
            if !recommendations.isEmpty {
                try await insert("recommendations", ["id", "challenge_id", "number", "module_id", "text", "position"],
                                 recommendations.map { [UUID(), $0.challenge, $0.number!, $0.module, $0.text, $0.number!] })
            }
        }
        return entries.count
    }
}
