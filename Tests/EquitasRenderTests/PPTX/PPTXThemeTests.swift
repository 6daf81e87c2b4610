import Foundation
import Testing

@Suite("PPTX theme is readable")
struct PPTXThemeTests {
    @Test("the contrast sum is right on known pairs")
    func contrastFormula() {
        #expect(abs(ContrastRatio.between("000000", "FFFFFF") - 21) < 0.01)
        #expect(abs(ContrastRatio.between("777777", "FFFFFF") - 4.48) < 0.01)
    }

    @Test("white background; text, accents and links all at least 4.5:1 against it")
    func contrast() throws {
        let pptx = try RenderedPPTX(.sample)

        let scheme = try #require(try pptx.package.xml("ppt/theme/theme1.xml").all("a:clrScheme").first)
        var colours: [String: String] = [:]
        for slot in scheme.children {
            colours[String(slot.name.dropFirst(2))] = slot.all("a:srgbClr").first?.attributes["val"]
        }
        let background = try #require(colours["lt1"])

        #expect(background == "FFFFFF")
        #expect(colours.count == 12)
        for slot in ["dk1", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"] {
            let colour = try #require(colours[slot])
            #expect(ContrastRatio.between(colour, background) >= 4.5, "\(slot) \(colour) is too pale")
        }
    }
}
