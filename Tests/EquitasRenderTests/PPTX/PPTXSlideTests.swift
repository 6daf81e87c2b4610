import EquitasCore
import EquitasRender
import Foundation
import Testing

@Suite("PPTX slides: titles, bullets, layouts, notes, autofit")
struct PPTXSlideTests {
    @Test("each slide's title sits in a real title placeholder; lines are one paragraph each")
    func titlesAndBullets() throws {
        let deck = SlideDeck.sample
        let pptx = try RenderedPPTX(deck)

        for (index, slide) in deck.slides.enumerated() where index < 4 {
            let part = try pptx.slide(index + 1)
            let titles = RenderedPPTX.placeholders(part, ["title", "ctrTitle"])
            let bodies = RenderedPPTX.placeholders(part, ["body", "subTitle"])

            #expect(titles.count == 1)
            #expect(titles.first.map(RenderedPPTX.paragraphs) == [slide.title])
            #expect(bodies.first.map(RenderedPPTX.paragraphs) ?? [] == slide.lines)
        }
    }

    @Test("title slides use the centred title and subtitle on layout 1; content slides title and body on layout 2")
    func layouts() throws {
        let pptx = try RenderedPPTX(.sample)

        let first = try pptx.slide(1)
        let second = try pptx.slide(2)
        func layoutTarget(_ number: Int) throws -> String? {
            try pptx.package.xml("ppt/slides/_rels/slide\(number).xml.rels").all("Relationship")
                .first { $0.attributes["Type"]?.hasSuffix("/slideLayout") == true }?.attributes["Target"]
        }
        let titleLayout = try pptx.package.xml("ppt/slideLayouts/slideLayout1.xml")
        let contentLayout = try pptx.package.xml("ppt/slideLayouts/slideLayout2.xml")

        #expect(first.all("p:ph").map { $0.attributes["type"] } == ["ctrTitle", "subTitle"])
        #expect(second.all("p:ph").map { $0.attributes["type"] } == ["title", "body", "sldNum"])
        #expect(try layoutTarget(1) == "../slideLayouts/slideLayout1.xml")
        #expect(try layoutTarget(2) == "../slideLayouts/slideLayout2.xml")
        #expect(titleLayout.attributes["type"] == "title")
        #expect(contentLayout.attributes["type"] == "tx")
    }

    @Test("a slide without lines has a title and no empty body box")
    func noEmptyBody() throws {
        let pptx = try RenderedPPTX(.sample)

        let questions = try pptx.slide(4)

        #expect(questions.all("p:ph").map { $0.attributes["type"] } == ["title", "sldNum"])
    }

    @Test("every slide but the title slide shows its number as a slide-number field; numbered lines carry no bullet")
    func slideNumbers() throws {
        var deck = SlideDeck.sample
        deck.slides[1].unbulleted = true
        let pptx = try RenderedPPTX(deck)
        #expect(try pptx.slide(1).all("a:fld").isEmpty)
        for number in 2...deck.slides.count {
            let field = try #require(try pptx.slide(number).all("a:fld").first)
            #expect(field.attributes["type"] == "slidenum")
            #expect(field.all("a:t").first?.text == String(number))
        }
        let body = try pptx.slide(2).all("p:txBody")[1]
        #expect(body.all("a:buNone").count == deck.slides[1].lines.count)
        #expect(try pptx.slide(3).all("a:buNone").isEmpty)
    }

    @Test("speaker notes go on a notes page linked both ways, a paragraph per line")
    func notes() throws {
        let pptx = try RenderedPPTX(.sample)

        let notes = try pptx.package.xml("ppt/notesSlides/notesSlide2.xml")
        let body = try #require(RenderedPPTX.placeholders(notes, ["body"]).first)
        let slideLinks = try pptx.package.xml("ppt/slides/_rels/slide2.xml.rels").all("Relationship").compactMap { $0.attributes["Target"] }
        let notesLinks = try pptx.package.xml("ppt/notesSlides/_rels/notesSlide2.xml.rels").all("Relationship").compactMap { $0.attributes["Target"] }

        #expect(RenderedPPTX.paragraphs(body) == ["Introduce each peer.", "Thank the council for hosting."])
        #expect(slideLinks.contains("../notesSlides/notesSlide2.xml"))
        #expect(notesLinks == ["../notesMasters/notesMaster1.xml", "../slides/slide2.xml"])
        #expect(!pptx.package.paths.contains("ppt/notesSlides/notesSlide1.xml"))
    }

    @Test("bodies shrink to fit: none for a short list, more the longer it gets, never below half")
    func autofit() throws {
        func scale(_ deck: SlideDeck) throws -> Int? {
            let body = try #require(RenderedPPTX.placeholders(try RenderedPPTX(deck).slide(1), ["body"]).first)
            let autofit = try #require(body.all("a:normAutofit").first)
            return autofit.attributes["fontScale"].flatMap(Int.init)
        }

        let short = try scale(.long(count: 4, length: 40))
        let paginatorLimit = try scale(.long(count: 7, length: 100))
        let longer = try scale(.long(count: 12, length: 150))
        let absurd = try scale(.long(count: 60, length: 300))

        #expect(short == nil)
        #expect(try #require(paginatorLimit) < 100_000)
        #expect(try #require(longer) < paginatorLimit!)
        #expect(absurd == 50_000)
    }

    @Test("the master's text styles: Arial from the theme, bullets in the accent colour")
    func masterStyles() throws {
        let pptx = try RenderedPPTX(.sample)

        let master = try pptx.package.xml("ppt/slideMasters/slideMaster1.xml")
        let bodyLevel = try #require(master.all("p:bodyStyle").first?.all("a:lvl1pPr").first)
        let theme = try pptx.package.xml("ppt/theme/theme1.xml")

        #expect(bodyLevel.all("a:buChar").first?.attributes["char"] == "•")
        #expect(bodyLevel.all("a:buClr").first?.all("a:schemeClr").first?.attributes["val"] == "accent1")
        #expect(theme.all("a:latin").map { $0.attributes["typeface"] } == ["Arial", "Arial"])
        #expect(master.all("p:ph").map { $0.attributes["type"] } == ["title", "body"])
    }
}
