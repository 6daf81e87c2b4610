import Foundation
import Testing

/// Whole-page snapshots: a page's `<main>` as sent, with what differs run to run
/// (database ids, the CSRF token) replaced by stable placeholders, compared with a file
/// under `__Snapshots__/`. On a difference the test fails with the first lines that
/// differ and writes the new version beside the old as `NAME.new.html`.
///
/// To re-record after an intended change, run the snapshot tests with
/// `EQUITAS_RECORD_SNAPSHOTS=1` (see Tests/EquitasWebTests/Pages/Snapshots/README.md),
/// read the diff in git, and commit the files.
enum HTMLSnapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    static var recording: Bool { ProcessInfo.processInfo.environment["EQUITAS_RECORD_SNAPSHOTS"] == "1" }

    static func check(_ html: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let actual = normalised(main(of: html))
        let file = directory.appendingPathComponent(name + ".html")
        let fresh = directory.appendingPathComponent(name + ".new.html")
        if recording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            try? FileManager.default.removeItem(at: fresh)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try Data(actual.utf8).write(to: fresh)
            Issue.record("no snapshot \(file.lastPathComponent) yet: wrote \(fresh.path); record with EQUITAS_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else {
            try? FileManager.default.removeItem(at: fresh)
            return
        }
        try Data(actual.utf8).write(to: fresh)
        Issue.record(
            "\(name) differs from its snapshot (new version in \(fresh.lastPathComponent)):\n\(difference(expected, actual))",
            sourceLocation: sourceLocation)
    }

    /// One element a line, so a diff shows what changed rather than one huge line.
    static func main(of html: String) -> String {
        guard let start = html.range(of: "<main"), let end = html.range(of: "</main>", options: .backwards) else { return html }
        return String(html[start.lowerBound..<end.upperBound]).replacingOccurrences(of: "><", with: ">\n<") + "\n"
    }

    /// Ids become `{id-1}`, `{id-2}`… in order of first appearance; the CSRF token `{csrf}`.
    static func normalised(_ html: String) -> String {
        var text = html
        if let token = try? Regex(#"name="csrf_token" value="[^"]*""#) {
            text = text.replacing(token, with: #"name="csrf_token" value="{csrf}""#)
        }
        guard let uuid = try? Regex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}") else { return text }
        var names: [String: String] = [:]
        for match in text.matches(of: uuid) {
            let id = String(text[match.range]).lowercased()
            if names[id] == nil { names[id] = "{id-\(names.count + 1)}" }
        }
        let source = text
        return source.replacing(uuid) { match in names[String(source[match.range]).lowercased()] ?? "{id}" }
    }

    /// The first differing lines, numbered, as `-` expected and `+` actual.
    static func difference(_ expected: String, _ actual: String, limit: Int = 12) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) where lines.count < limit * 2 {
            let a = index < old.count ? String(old[index]) : nil
            let b = index < new.count ? String(new[index]) : nil
            guard a != b else { continue }
            if let a { lines.append("line \(index + 1) - \(a)") }
            if let b { lines.append("line \(index + 1) + \(b)") }
        }
        return lines.joined(separator: "\n")
    }
}
