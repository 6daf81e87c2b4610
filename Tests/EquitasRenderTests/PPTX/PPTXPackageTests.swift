import EquitasCore
import EquitasRender
import Foundation
import Testing
import ZIPFoundation

@Suite("PPTX package: parts, content types, relationships, properties")
struct PPTXPackageTests {
    @Test("content types come first; every part is well-formed XML with a declared type")
    func partsAndContentTypes() throws {
        let pptx = try RenderedPPTX(.sample)

        let types = try pptx.package.xml("[Content_Types].xml")
        let overridden = Set(types.all("Override").compactMap { $0.attributes["PartName"] })
        let defaults = Set(types.all("Default").compactMap { $0.attributes["Extension"] })

        #expect(pptx.package.paths.first == "[Content_Types].xml")
        for path in pptx.package.paths {
            _ = try pptx.package.xml(path)
            guard path != "[Content_Types].xml" else { continue }
            let declared = overridden.contains("/" + path) || (path.hasSuffix(".rels") && defaults.contains("rels"))
            #expect(declared, "\(path) has no content type")
        }
        for partName in overridden {
            #expect(pptx.package.paths.contains(String(partName.dropFirst())), "\(partName) is declared but missing")
        }
        for number in 1...5 {
            #expect(overridden.contains("/ppt/slides/slide\(number).xml"))
        }
    }

    @Test("the parts PowerPoint expects are all there")
    func expectedParts() throws {
        let pptx = try RenderedPPTX(.sample)

        let expected = [
            "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "ppt/presentation.xml",
            "ppt/_rels/presentation.xml.rels", "ppt/presProps.xml", "ppt/viewProps.xml", "ppt/tableStyles.xml",
            "ppt/theme/theme1.xml", "ppt/slideMasters/slideMaster1.xml", "ppt/slideMasters/_rels/slideMaster1.xml.rels",
            "ppt/slideLayouts/slideLayout1.xml", "ppt/slideLayouts/_rels/slideLayout1.xml.rels",
            "ppt/slideLayouts/slideLayout2.xml", "ppt/slideLayouts/_rels/slideLayout2.xml.rels",
            "ppt/notesMasters/notesMaster1.xml", "ppt/theme/theme2.xml", "ppt/notesSlides/notesSlide2.xml",
        ]

        for path in expected {
            #expect(pptx.package.paths.contains(path), "missing \(path)")
        }
        #expect(pptx.slidePaths.count == 5)
    }

    @Test("every relationship in every .rels part points at a part in the package")
    func relationshipsResolve() throws {
        let pptx = try RenderedPPTX(.sample)

        let relationshipParts = pptx.package.paths.filter { $0.hasSuffix(".rels") }
        var checked = 0
        for path in relationshipParts {
            for relationship in try pptx.package.xml(path).all("Relationship") {
                let target = try #require(relationship.attributes["Target"])
                let resolved = RenderedPPTX.resolve(target, relationshipsPath: path)
                #expect(pptx.package.paths.contains(resolved), "\(path): \(target) resolves to missing \(resolved)")
                checked += 1
            }
        }
        #expect(relationshipParts.count == 12)
        #expect(checked > 20)
    }

    @Test("presentation.xml lists the slides in order, 16:9, with the master and notes master")
    func presentation() throws {
        let pptx = try RenderedPPTX(.sample)

        let presentation = try pptx.package.xml("ppt/presentation.xml")
        let relationships = try pptx.package.xml("ppt/_rels/presentation.xml.rels").all("Relationship")
        func target(_ id: String?) -> String? { relationships.first { $0.attributes["Id"] == id }?.attributes["Target"] }
        let slideIds = presentation.all("p:sldId")
        let size = try #require(presentation.all("p:sldSz").first)
        let notesSize = try #require(presentation.all("p:notesSz").first)

        #expect(slideIds.map { target($0.attributes["r:id"]) } == (1...5).map { "slides/slide\($0).xml" })
        #expect(slideIds.compactMap { $0.attributes["id"].flatMap(Int.init) } == Array(256...260))
        #expect(size.attributes["cx"] == "12192000" && size.attributes["cy"] == "6858000")
        #expect(notesSize.attributes["cx"] == "6858000" && notesSize.attributes["cy"] == "9144000")
        #expect(target(presentation.all("p:sldMasterId").first?.attributes["r:id"]) == "slideMasters/slideMaster1.xml")
        #expect(target(presentation.all("p:notesMasterId").first?.attributes["r:id"]) == "notesMasters/notesMaster1.xml")
    }

    @Test("core properties carry title, subject, author, language and date; app.xml counts slides and notes")
    func documentProperties() throws {
        let deck = SlideDeck.sample
        let pptx = try RenderedPPTX(deck)

        let core = try pptx.package.xml("docProps/core.xml")
        let app = try pptx.package.xml("docProps/app.xml")
        func value(_ element: ParsedPage.Element, _ name: String) -> String? { element.all(name).first?.text }

        #expect(value(core, "dc:title") == deck.properties.title)
        #expect(value(core, "dc:subject") == deck.properties.subject)
        #expect(value(core, "dc:creator") == "Priya Shah")
        #expect(value(core, "dc:language") == "en-GB")
        #expect(value(core, "dcterms:created") == "2025-03-13T00:00:00Z")
        #expect(value(app, "Slides") == "5")
        #expect(value(app, "Notes") == "1")
    }

    @Test("the same deck gives the same bytes, every entry dated with the deck's date")
    func deterministic() throws {
        let first = try PPTXRenderer.render(.sample)
        let second = try PPTXRenderer.render(.sample)

        let archive = try Archive(data: first, accessMode: .read)
        let dates = Set(archive.map { $0.fileAttributes[.modificationDate] as? Date })

        #expect(first == second)
        #expect(dates == [Date(timeIntervalSince1970: 1_741_824_000)])  // 2025-03-13T00:00:00Z
    }

    @Test("a deck without notes has no notes parts; an empty deck is still a valid package")
    func optionalParts() throws {
        var deck = SlideDeck.sample
        deck.slides = deck.slides.map { Slide(layout: $0.layout, title: $0.title, lines: $0.lines, notes: "  \n") }
        let withoutNotes = try RenderedPPTX(deck)
        deck.slides = []
        let empty = try RenderedPPTX(deck)

        #expect(!withoutNotes.package.paths.contains { $0.contains("notes") || $0.contains("theme2") })
        #expect(try withoutNotes.package.xml("ppt/presentation.xml").all("p:notesMasterIdLst").isEmpty)
        #expect(empty.slidePaths.isEmpty)
        #expect(try empty.package.xml("ppt/presentation.xml").all("p:sldIdLst").isEmpty)
        #expect(try empty.package.xml("docProps/app.xml").all("Slides").first?.text == "0")
    }
}
