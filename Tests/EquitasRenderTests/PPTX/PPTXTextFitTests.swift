@testable import EquitasRender
import Testing

@Suite("PPTX autofit estimate")
struct PPTXTextFitTests {
    @Test("a few short bullets fit at full size; a line too long for the box wraps and adds height")
    func wrapping() {
        let fit = PPTXTextFit(width: 500, height: 300, fontSize: 20)

        let oneLine = fit.estimatedHeight([String(repeating: "a", count: 40)], scale: 1)
        let twoLines = fit.estimatedHeight([String(repeating: "a", count: 60)], scale: 1)

        #expect(fit.fontScale(for: ["One", "Two", "Three"]) == nil)
        #expect(oneLine == 24)
        #expect(twoLines == 48)
    }

    @Test("Chinese text counts a full em a character, so it shrinks sooner than Latin of the same length")
    func wideScripts() {
        let fit = PPTXTextFit.body
        let latin = Array(repeating: String(repeating: "a", count: 120), count: 7)
        let chinese = Array(repeating: String(repeating: "平", count: 120), count: 7)

        let latinScale = fit.fontScale(for: latin) ?? 100_000
        let chineseScale = fit.fontScale(for: chinese) ?? 100_000

        #expect(chineseScale < latinScale)
    }

    @Test("scales come in steps of 2.5% and stop at half size")
    func steps() {
        let fit = PPTXTextFit.title

        let scales = (1...40).compactMap { fit.fontScale(for: [String(repeating: "Long title ", count: $0)]) }

        #expect(!scales.isEmpty)
        #expect(scales.allSatisfy { $0 % 2_500 == 0 && (50_000..<100_000).contains($0) })
        #expect(scales.last == 50_000)
        #expect(zip(scales, scales.dropFirst()).allSatisfy { $0 >= $1 })
    }
}
