import Foundation
import Testing

@Suite("PPTX theme is readable")
struct PPTXThemeTests {
    /// WCAG 2 relative luminance of an sRGB colour written "RRGGBB".
    static func luminance(_ hex: String) -> Double {
        let value = Int(hex, radix: 16) ?? 0
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { channel -> Double in
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test("the contrast sum is right on known pairs")
    func contrastFormula() {
        #expect(abs(Self.contrast("000000", "FFFFFF") - 21) < 0.01)
        #expect(abs(Self.contrast("777777", "FFFFFF") - 4.48) < 0.01)
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
            #expect(Self.contrast(colour, background) >= 4.5, "\(slot) \(colour) is too pale")
        }
    }
}
