import EquitasCore
import EquitasRender
import Foundation
import Testing
import ZIPFoundation

@Suite("DOCX package: parts, relationships, properties")
struct DOCXPackageTests {
    @Test("every part is there, content types first, each well-formed XML with a declared type")
    func partsAndContentTypes() throws {
        let docx = try RenderedDOCX(.sample)

        #expect(docx.package.paths == RenderedDOCX.parts)
        let types = try docx.package.xml("[Content_Types].xml")
        let overridden = Set(types.all("Override").compactMap { $0.attributes["PartName"] })
        for path in docx.package.paths {
            _ = try docx.package.xml(path)
            if !path.hasSuffix(".rels") && path != "[Content_Types].xml" {
                #expect(overridden.contains("/" + path), "\(path) has no content type")
            }
        }
    }

    @Test("every relationship points at a part in the package; the body's section uses the footer")
    func relationshipsResolve() throws {
        let docx = try RenderedDOCX(.sample)

        let packageTargets = try docx.package.xml("_rels/.rels").all("Relationship").compactMap { $0.attributes["Target"] }
        let documentRelationships = try docx.package.xml("word/_rels/document.xml.rels").all("Relationship")
        let section = try #require(docx.body.children.last)
        let footerReference = try #require(section.all("w:footerReference").first)

        #expect(Set(packageTargets) == ["word/document.xml", "docProps/core.xml", "docProps/app.xml"])
        for relationship in documentRelationships {
            #expect(docx.package.paths.contains("word/" + (relationship.attributes["Target"] ?? "")))
        }
        #expect(section.name == "w:sectPr")
        let footer = documentRelationships.first { $0.attributes["Id"] == footerReference.attributes["r:id"] }
        #expect(footer?.attributes["Target"] == "footer1.xml")
    }

    @Test("the footer reads \"Page N of M\" from PAGE and NUMPAGES fields, after the version label")
    func footerPageNumbers() throws {
        let docx = try RenderedDOCX(.sample)

        let footer = try docx.package.xml("word/footer1.xml")
        let instructions = footer.all("w:instrText").map { $0.text.trimmingCharacters(in: .whitespaces) }
        let shown = RenderedDOCX.text(footer)

        #expect(instructions == ["PAGE", "NUMPAGES"])
        #expect(shown == "Draft 1 for council comment\t\tPage 1 of 1")
    }

    @Test("core properties carry title, subject, author, language and the document date")
    func coreProperties() throws {
        let document = ReportDocument.sample
        let docx = try RenderedDOCX(document)

        let core = try docx.package.xml("docProps/core.xml")
        func value(_ name: String) -> String? { core.all(name).first?.text }
        let language = try docx.package.xml("word/styles.xml").all("w:lang").first?.attributes["w:val"]

        #expect(value("dc:title") == document.properties.title)
        #expect(value("dc:subject") == document.properties.subject)
        #expect(value("dc:creator") == "Priya Shah")
        #expect(value("dcterms:created") == "2025-03-14T00:00:00Z")
        #expect(value("dc:language") == "en-GB")
        #expect(language == "en-GB")
    }

    @Test("the same document gives the same bytes, every entry dated with the document's date")
    func deterministic() throws {
        let first = try DOCXRenderer.render(.sample)
        let second = try DOCXRenderer.render(.sample)

        let archive = try Archive(data: first, accessMode: .read)
        let dates = Set(archive.map { $0.fileAttributes[.modificationDate] as? Date })
        let expected = Date(timeIntervalSince1970: 1_741_910_400)  // 2025-03-14T00:00:00Z

        #expect(first == second)
        #expect(dates == [expected])
        #expect(archive.allSatisfy { $0.type == .file })
    }
}
