import ArgumentParser
@testable import EquitasCLI
import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import EquitasWeb
import Foundation
import Testing

@Suite("equitas library search")
struct LibrarySearchCommandTests {
    @Test("finds the demo's findings with the matches marked, and narrows by kind")
    func search() async throws {
        try await CommandDataFolder.with { arguments, configuration in
            let results = try await Runtime.withApplication(configuration) { app in
                _ = try await DemoLoader.load(on: app.db, catalog: configuration.catalog)
                let store = LibrarySearchStore(db: app.db)
                let all = try await store.search(try LibraryQuery.parse("community researchers"), visibility: .everything, page: try PageRequest())
                let strengths = try await store.search(
                    try LibraryQuery.parse("community researchers"), filter: LibrarySearchFilter(kind: .recommendation), visibility: .everything,
                    page: try PageRequest())
                return (all, strengths)
            }
            #expect(results.0.total >= 1)
            #expect(results.0.hits.allSatisfy { $0.kind != .recommendation || results.1.hits.contains($0) })
            #expect(results.1.hits.allSatisfy { $0.kind == .recommendation })
            let text = LibrarySearchCommand.text(results.0, catalog: configuration.catalog)
            #expect(text.hasPrefix("\(results.0.total) found for community researchers (1–"))
            #expect(text.contains("**researchers**"))
            #expect(text.contains("Wyvern Vale District Council"))
            let json = try JSONCoding.encoder().encode(LibrarySearchView(results.0, catalog: configuration.catalog))
            let decoded = try JSONSerialization.jsonObject(with: json) as? [String: Any]
            let first = try #require((decoded?["results"] as? [[String: Any]])?.first)
            #expect((first["highlighted_html"] as? String)?.contains("<mark>researchers</mark>") == true)
            #expect((first["challenge"] as? [String: Any])?["framework"] as? String == "eflg-2021")
        }
    }

    @Test("a search of common words only, or a bad filter, is refused naming it", arguments: [
        (["the and of"], "QUERY"), (["staff", "--kind", "strong"], "kind"), (["staff", "--year", "last"], "year"),
    ])
    func refusals(_ words: [String], _ named: String) async throws {
        try await CommandDataFolder.with { arguments, _ in
            let command = try LibrarySearchCommand.parse(words + arguments)
            do {
                try await command.run()
                Issue.record("\(words) was accepted")
            } catch let error as ValidationError {
                #expect(error.message.hasPrefix(named), "\(error.message)")
            }
        }
    }
}
