import EquitasCore
import Foundation

/// The real reports in ../shared/reference, found from this file's place in the
/// package; absent in a fresh clone, where the tests that need them say so and pass.
enum ReferenceReports {
    static var folder: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/reference")
    }

    static func text(_ name: String) -> String? {
        let url = folder.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            print("skipped: \(url.path) is absent (the reference reports are not part of the repository)")
            return nil
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Per module, the count of findings of each kind.
    static func counts(_ result: ReportImportResult) -> [String: [String: Int]] {
        var counts: [String: [String: Int]] = [:]
        for finding in result.document.findings {
            counts[finding.module, default: [:]][finding.kind, default: 0] += 1
        }
        return counts
    }

    /// Expected against recognised per area and kind, for the test log.
    static func accuracy(_ result: ReportImportResult, _ expected: [String: [String: Int]]) -> String {
        let found = counts(result)
        var lines = ["accuracy (expected/recognised):"]
        for module in expected.keys.sorted() {
            let kinds = expected[module]!.keys.sorted().map { "\($0) \(expected[module]![$0]!)/\(found[module]?[$0] ?? 0)" }
            lines.append("  \(module): " + kinds.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }
}
