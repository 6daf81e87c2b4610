@testable import EquitasRender
import Foundation
import Testing

@Suite("HTML page styles")
struct HTMLStyleSheetTests {
    @Test("the arithmetic matches known ratios")
    func contrastArithmetic() {
        #expect(abs(ContrastRatio.between("#000000", "#ffffff") - 21) < 0.001)
        #expect(abs(ContrastRatio.between("#777777", "#ffffff") - 4.48) < 0.01)
    }

    @Test("every text colour meets 4.5:1 on its background")
    func contrastOfPairs() {
        for (text, background) in HTMLStyleSheet.textPairs {
            #expect(ContrastRatio.between(text, background) >= 4.5, "\(text) on \(background)")
        }
    }

    @Test("every colour in the sheet comes from the palette")
    func coloursFromPalette() throws {
        let palette = Set(HTMLStyleSheet.textPairs.flatMap { [$0.0, $0.1] } + [HTMLStyleSheet.Colour.rule, "#000"])
        let used = HTMLStyleSheet.css.matches(of: try Regex("#[0-9a-fA-F]{3,6}\\b")).map { String(HTMLStyleSheet.css[$0.range]) }

        #expect(!used.isEmpty)
        #expect(Set(used).subtracting(palette).isEmpty, "\(Set(used).subtracting(palette))")
    }

    @Test("print rules: A4 pages, title page alone, no skip link or contents, headers repeat")
    func printRules() throws {
        let css = HTMLStyleSheet.css
        let print = try #require(css.range(of: "@media print {")).upperBound

        #expect(css.contains("@page { size: A4;"))
        for rule in [".skip-link, nav.contents { display: none; }", ".title-page { break-after: page;",
                     "thead { display: table-header-group; }", "break-after: avoid;", "break-inside: avoid;"] {
            #expect(css[print...].contains(rule), "\(rule)")
        }
        #expect(!css.contains("<") && !css.contains("&"), "the sheet sits inside the page's markup unescaped")
    }

    @Test("focus is yellow with a black underline; body text 19px; lines near 70 characters")
    func screenRules() {
        let css = HTMLStyleSheet.css

        #expect(css.contains("a:focus { outline: 3px solid transparent; color: #0b0c0c; background-color: #ffdd00;"))
        #expect(css.contains("font-size: 19px;"))
        #expect(css.contains("max-width: 70ch;"))
    }
}
