import EquitasCore
import EquitasRender
import Foundation
import Testing

@Suite("PPTX text comes out exactly as written")
struct PPTXEscapingTests {
    @Test("markup, ampersands and quotes are text, not XML")
    func markup() throws {
        let deck = SlideDeck.sample
        let pptx = try RenderedPPTX(deck)

        let slide = try pptx.slide(5)
        let raw = try pptx.package.text("ppt/slides/slide5.xml")
        let title = RenderedPPTX.placeholders(slide, ["title"]).first.map(RenderedPPTX.paragraphs)
        let bullets = RenderedPPTX.placeholders(slide, ["body"]).first.map(RenderedPPTX.paragraphs)

        #expect(title == [deck.slides[4].title])
        #expect(bullets?.first == "Tom & Jerry <b>bold</b> \"double\" 'single'")
        #expect(!raw.contains("<script>") && !raw.contains("<b>"))
        #expect(raw.contains("&lt;script&gt;") && raw.contains("Tom &amp; Jerry"))
        #expect(slide.all("script").isEmpty && slide.all("b").isEmpty)
    }

    @Test("Welsh, Chinese and Arabic survive; Arabic is set right to left")
    func otherScripts() throws {
        let pptx = try RenderedPPTX(.sample)

        let body = try #require(RenderedPPTX.placeholders(try pptx.slide(5), ["body"]).first)
        let paragraphs = body.all("a:p")
        let texts = RenderedPPTX.paragraphs(body)
        let directions = paragraphs.map { $0.all("a:pPr").first?.attributes["rtl"] }

        #expect(texts[1] == "Cymraeg: Croeso i Gyngor Sir Ddinbych — ŵ ŷ")
        #expect(texts[2] == "中文：平等与多样性")
        #expect(texts[3] == "العربية: المساواة والتنوع")
        #expect(directions == [nil, nil, nil, "1", nil])
    }

    @Test("control characters XML forbids are dropped, the text either side kept")
    func controlCharacters() throws {
        let pptx = try RenderedPPTX(.sample)

        let texts = RenderedPPTX.paragraphs(try #require(RenderedPPTX.placeholders(try pptx.slide(5), ["body"]).first))

        #expect(texts[4] == "Controlcharacters gone")
    }

    @Test("a line break (\\n or \\r\\n) inside a line stays inside its bullet; notes, titles and properties are escaped too")
    func everywhere() throws {
        var deck = SlideDeck.sample
        deck.properties.title = "A & B <deck>"
        deck.properties.author = "O'Brien & \"Co\""
        deck.slides = [Slide(layout: .content, title: "Line one\nline two", lines: ["First\nsecond", "Third\r\nfourth"],
                             notes: "Say <this> & that\u{1}\r\nThen stop")]
        let pptx = try RenderedPPTX(deck)

        let slide = try pptx.slide(1)
        let notes = try pptx.package.xml("ppt/notesSlides/notesSlide1.xml")
        let core = try pptx.package.xml("docProps/core.xml")

        #expect(RenderedPPTX.placeholders(slide, ["title"]).first.map(RenderedPPTX.paragraphs) == ["Line one\nline two"])
        #expect(RenderedPPTX.placeholders(slide, ["body"]).first.map(RenderedPPTX.paragraphs) == ["First\nsecond", "Third\nfourth"])
        #expect(RenderedPPTX.placeholders(slide, ["body"]).first?.all("a:br").count == 2)
        #expect(RenderedPPTX.placeholders(notes, ["body"]).first.map(RenderedPPTX.paragraphs) == ["Say <this> & that", "Then stop"])
        #expect(core.all("dc:title").first?.text == "A & B <deck>")
        #expect(core.all("dc:creator").first?.text == "O'Brien & \"Co\"")
    }
}
