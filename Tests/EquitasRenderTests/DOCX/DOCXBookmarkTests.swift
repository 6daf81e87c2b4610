import EquitasCore
@testable import EquitasRender
import Testing

@Suite("DOCX bookmarks from section ids and item anchors")
struct DOCXBookmarkTests {
    static func isValidName(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        return (1...40).contains(scalars.count)
            && scalars[0].properties.isAlphabetic && scalars[0].isASCII
            && scalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
    }

    @Test("ids are folded into names Word accepts", arguments: [
        ("module-communities", "module_communities"),
        ("3f2a-finding", "b_3f2a_finding"),
        ("_hidden", "b__hidden"),
        ("Croeso ŵ 平等", "Croeso_____"),
        ("", "b_"),
        (String(repeating: "x", count: 60), String(repeating: "x", count: 40)),
    ])
    func sanitise(id: String, name: String) {
        #expect(WordBookmarks.sanitise(id) == name)
        #expect(Self.isValidName(name))
    }

    @Test("names that fold together, or differ only in case, are made unique within 40 characters")
    func unique() {
        var bookmarks = WordBookmarks()
        let long = String(repeating: "a", count: 45)

        let names = ["annex-evidence", "annex_evidence", "Annex-Evidence", long, long].map { bookmarks.uniqueName(for: $0) }

        #expect(names == ["annex_evidence", "annex_evidence_2", "Annex_Evidence_3", String(repeating: "a", count: 40), String(repeating: "a", count: 38) + "_2"])
    }

    @Test("every heading and anchored item is bookmarked; names valid and unique, ids paired")
    func inTheDocument() throws {
        let document = ReportDocument.sample
        let docx = try RenderedDOCX(document)

        let starts = docx.body.all("w:bookmarkStart")
        let names = starts.compactMap { $0.attributes["w:name"] }
        let ids = starts.compactMap { $0.attributes["w:id"] }
        let ends = docx.body.all("w:bookmarkEnd").compactMap { $0.attributes["w:id"] }
        let headings = docx.paragraphs.filter { RenderedDOCX.style($0)?.hasPrefix("Heading") == true }
        let anchored = ReportSection.blocks(document.sections).flatMap { block -> [ReportItem] in
            switch block {
            case .bullets(let items), .numbered(let items, _): items.filter { $0.anchor != nil }
            default: []
            }
        }

        #expect(headings.allSatisfy { $0.all("w:bookmarkStart").count == 1 })
        #expect(starts.count == headings.count + anchored.count)
        #expect(names.allSatisfy(Self.isValidName))
        #expect(Set(names.map { $0.lowercased() }).count == names.count)
        #expect(ids == ends && Set(ids).count == ids.count)
    }
}
