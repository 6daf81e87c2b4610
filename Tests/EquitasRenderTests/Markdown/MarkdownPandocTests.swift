import EquitasCore
import EquitasRender
import Foundation
import Testing

/// Reads the Markdown back with pandoc, a real CommonMark/GFM parser, where the machine
/// has it; the suite is skipped elsewhere (CI does not install pandoc).
private let pandoc = ["/usr/bin/pandoc", "/usr/local/bin/pandoc"].first { FileManager.default.isExecutableFile(atPath: $0) }

@Suite("Markdown read back by pandoc", .enabled(if: pandoc != nil))
struct MarkdownPandocTests {
    static func toHTML(_ markdown: String, from format: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(pandoc))
        process.arguments = ["-f", format, "-t", "html"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test("the report's structure survives a CommonMark parser", arguments: ["commonmark", "gfm"])
    func structure(format: String) throws {
        let html = try Self.toHTML(MarkdownReportRenderer.render(TextReportFixture.report()), from: format)

        #expect(Self.count("<h1", in: html) == 1 && Self.count("<h2", in: html) == 4)
        #expect(Self.count("<h3", in: html) == 2 && Self.count("<h4", in: html) == 1)
        #expect(html.contains("<ol start=\"7\""))
        #expect(Self.count("<blockquote>", in: html) == 1)
        if format == "gfm" { #expect(Self.count("<table>", in: html) == 2 && Self.count("<th>", in: html) == 5) }
    }

    @Test("hostile text stays text: no element, link or heading of its own", arguments: ["commonmark", "gfm"])
    func hostile(format: String) throws {
        let html = try Self.toHTML(MarkdownReportRenderer.render(TextReportFixture.hostileReport()), from: format)

        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<a "))
        #expect(Self.count("<h1", in: html) == 1 && Self.count("<h2", in: html) == 1 && Self.count("<h3", in: html) == 1)
        #expect(Self.count("<li>", in: html) == 2)
        #expect(html.contains("&lt;script&gt;alert(") && html.contains("&amp;amp;"))
        #expect(html.contains("平等 عدالة"))
    }
}
