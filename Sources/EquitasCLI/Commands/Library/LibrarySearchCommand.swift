import ArgumentParser
import EquitasCore
import EquitasPersistence
import EquitasWeb
import Foundation

/// `equitas library search "QUERY"`: the good-practice library from the command line.
/// The command line reads the database directly, so it searches every challenge.
struct LibrarySearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search every finding, piece of good practice and recommendation.",
        discussion: """
            Every word must appear (stemmed: "monitor" finds "monitoring"); put a phrase in \
            double quotes. Very common words ("the", "council", "equality") are left out. \
            Best matches first, with the matched words in **bold** (Markdown) or, with \
            --json, the API's JSON.
            """)

    @OptionGroup var runtime: RuntimeOptions

    @Argument(help: "The words to look for.")
    var query: String

    @Option(help: "Only this framework module (its id, such as m1).")
    var module: String?

    @Option(help: "Only this kind: \(LibraryEntryKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: String?

    @Option(help: "Only modules sought at this level (such as achieving).")
    var level: String?

    @Option(help: "Only challenges of this year.")
    var year: String?

    @Option(help: "Only challenges with a council of this type (such as district-council).")
    var organisationType: String?

    @Option(help: "Only this framework (such as eflg-2021).")
    var framework: String?

    @Option(help: "Which page of results.")
    var page = 1

    @Option(help: "Results per page (1 to 200).")
    var per = 20

    @Flag(help: "Print the results as the API's JSON.")
    var json = false

    func run() async throws {
        let (parsed, filter, pageRequest): (LibraryQuery, LibrarySearchFilter, PageRequest)
        do {
            parsed = try LibraryQuery.parse(query, path: "QUERY")
            filter = try LibrarySearchFilter.parse(
                module: module, kind: kind, level: level, year: year, organisationType: organisationType, framework: framework)
            pageRequest = try PageRequest(page: page, per: per)
        } catch {
            throw ValidationError(error.description)
        }
        let configuration = try Runtime.configuration(options: runtime)
        let results = try await Runtime.withApplication(configuration) { app in
            try await LibrarySearchStore(db: app.db).search(parsed, filter: filter, visibility: .everything, page: pageRequest)
        }
        if json {
            print(String(decoding: try JSONCoding.encoder().encode(LibrarySearchView(results, catalog: configuration.catalog)), as: UTF8.self))
        } else {
            print(Self.text(results, catalog: configuration.catalog))
        }
    }

    static func text(_ results: LibrarySearchResults, catalog: FrameworkCatalog) -> String {
        let count = results.totalIsAtLeast ? "more than \(results.total)" : "\(results.total)"
        var lines = ["\(count) found for \(results.query.text)"]
        guard !results.hits.isEmpty else { return lines.joined(separator: "\n") }
        let first = (results.page - 1) * results.per + 1
        lines[0] += " (\(first)–\(first + results.hits.count - 1) shown)"
        for (offset, hit) in results.hits.enumerated() {
            let view = LibraryHitView(hit, catalog: catalog)
            var where_ = [view.organisationNames.joined(separator: " and ")]
            if let year = hit.challenge.year { where_.append(String(year)) }
            if let module = view.moduleTitle ?? hit.module { where_.append(module) }
            let kind = hit.kind == .recommendation ? "recommendation \(hit.number.map(String.init) ?? "")" : hit.kind.rawValue
            lines.append("")
            lines.append("\(first + offset). [\(kind.trimmingCharacters(in: .whitespaces))] \(where_.joined(separator: ", "))")
            lines.append("   " + hit.highlighted.wrapped(open: "**", close: "**"))
            lines.append("   id \(hit.id.uuidString.lowercased()), challenge \(hit.challenge.id.uuidString.lowercased())")
        }
        return lines.joined(separator: "\n")
    }
}
