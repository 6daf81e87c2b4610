import EquitasCore
import EquitasLibrary
import EquitasPersistence
import FluentKit
import FluentSQL
import Foundation
import Logging
import NIOPosix

/// `swift run -c release library-search-benchmark [--challenges N] [--keep DIR] [--no-merge]`: fills a
/// SQLite database with N challenges (default 10,000) of about a hundred findings and
/// recommendations each, through the real migrations and triggers, then times library
/// searches as the API runs them and prints p50, p95 and the slowest per query.
@main
struct LibrarySearchBenchmark {
    static func main() async throws {
        let arguments = CommandLine.arguments
        func option(_ name: String) -> String? { arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil } }
        let challenges = Int(option("--challenges") ?? "") ?? 10_000
        let runs = Int(option("--runs") ?? "") ?? 20
        let folder = option("--keep").map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("equitas-library-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("library.sqlite").path
        let fresh = !FileManager.default.fileExists(atPath: path)

        let databases = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
        try EquitasDatabase.register(.sqlite(path: path), in: databases)
        var logger = Logger(label: "library-bench")
        logger.logLevel = .warning
        try await EquitasDatabase.migrate(databases, logger: logger)
        guard let db = databases.database(logger: logger, on: databases.eventLoopGroup.any()) else { fatalError("no database") }

        if fresh {
            let clock = ContinuousClock()
            let started = clock.now
            let written = try await LibraryBenchmarkData(db: db, challenges: challenges).write { done in
                FileHandle.standardError.write(Data("\r  writing challenges: \(done) of \(challenges)".utf8))
            }
            FileHandle.standardError.write(Data("\n".utf8))
            print("Wrote \(challenges) challenges, \(written) findings and recommendations in \(clock.now - started)")
            // As a restore does after its bulk write (LibrarySearchIndex). `--no-merge`
            // leaves the index as challenge-by-challenge writes and SQLite's automatic
            // merging leave it, as a library built up over time is searched.
            if arguments.contains("--no-merge") {
                print("Left the search index unmerged (--no-merge)")
            } else {
                let merging = clock.now
                try await LibrarySearchIndex(db: db).optimize()
                print("Merged the search index in \(clock.now - merging)")
            }
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print("Database \(size / 1_048_576) MB at \(path)")

        let queries = LibraryBenchmarkQueries(db: db, runs: runs)
        let timings = try await queries.run()
        print(LibraryBenchmarkQueries.table(timings))
        let mismatches = await queries.mismatches
        print(mismatches.isEmpty
            ? "Every search gave the same results as with its filters checked row by row."
            : "DIFFERENT results from the filters checked row by row: " + mismatches.joined(separator: ", "))
        await databases.shutdownAsync()
        if option("--keep") == nil { try? FileManager.default.removeItem(at: folder) }
        if !mismatches.isEmpty { exit(1) }
    }
}
