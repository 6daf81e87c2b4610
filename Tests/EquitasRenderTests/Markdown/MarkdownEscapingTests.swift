import EquitasCore
@testable import EquitasRender
import Foundation
import Testing

@Suite("Markdown escaping")
struct MarkdownEscapingTests {
    static let inlineCases: [(String, String)] = [
        ("<script>alert(\"x\")</script>", "&lt;script>alert(\"x\")&lt;/script>"),
        ("\"><img src=x onerror=alert(1)>", "\">&lt;img src=x onerror=alert(1)>"),
        ("[link](http://x) ![i](y)", "\\[link\\](http://x) !\\[i\\](y)"),
        ("*bold* _it_ `code` ~~gone~~ a|b", "\\*bold\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~ a\\|b"),
        ("&amp; &#60; R & D", "\\&amp; \\&#60; R & D"),
        ("back\\slash", "back\\\\slash"),
    ]

    @Test("characters that mean something anywhere are escaped", arguments: inlineCases)
    func inline(text: String, expected: String) {
        #expect(MarkdownText.line(text) == expected)
    }

    static let lineStartCases: [(String, String)] = [
        ("# Not a heading #", "\\# Not a heading #"),
        ("> not a quote", "\\> not a quote"),
        ("- not a bullet - really", "\\- not a bullet - really"),
        ("+ not either", "\\+ not either"),
        ("1. not a list, 2. no", "1\\. not a list, 2. no"),
        ("2021) a year", "2021\\) a year"),
        ("===", "\\==="),
        ("    not code", "not code"),
        ("\u{1}# after a control", "\\# after a control"),
    ]

    @Test("block markers are escaped only where a line starts", arguments: lineStartCases)
    func lineStart(text: String, expected: String) {
        #expect(MarkdownText.line(text) == expected)
    }

    @Test("non-Latin text and quotes pass through untouched")
    func otherScripts() {
        let text = "Croeso i Gymru ŵ ŷ — 平等 — عدالة ' \" 2 > 1"

        #expect(MarkdownText.line(text) == text)
    }

    @Test("headings escape every # so none closes the heading early")
    func headingHashes() {
        #expect(MarkdownText.heading("Team #1 ##") == "Team \\#1 \\#\\#")
    }

    @Test("a hostile report cannot add headings, links, lists or HTML")
    func hostileReport() {
        let markdown = MarkdownReportRenderer.render(TextReportFixture.hostileReport())
        let lines = markdown.components(separatedBy: "\n")

        #expect(!markdown.contains("<"), "every < is written &lt;")
        #expect(lines.filter { $0.hasPrefix("#") }.map { String($0.prefix(while: { $0 == "#" })) } == ["#", "##", "###"])
        #expect(lines.filter { $0.hasPrefix("- ") || $0.hasPrefix("4. ") }.count == 2)
        #expect(markdown.contains("\\&amp;"))
        let references = markdown.ranges(of: "&").filter { markdown[..<$0.lowerBound].last != "\\" }
        #expect(references.allSatisfy { markdown[$0.lowerBound...].hasPrefix("&lt;") }, "no character reference but ours")
    }
}
