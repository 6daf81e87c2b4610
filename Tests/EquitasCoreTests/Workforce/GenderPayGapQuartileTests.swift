import EquitasCore
import Foundation
import Testing

@Suite("GenderPayGap: pay quartiles")
struct GenderPayGapQuartileTests {
    @Test("extra employees go one each to the lowest bands first")
    func bandSizes() {
        #expect(PayQuartiles.bandSizes(count: 10) == [3, 3, 2, 2])
        #expect(PayQuartiles.bandSizes(count: 7) == [2, 2, 2, 1])
        #expect(PayQuartiles.bandSizes(count: 8) == [2, 2, 2, 2])
        #expect(PayQuartiles.bandSizes(count: 5) == [2, 1, 1, 1])
        #expect(PayQuartiles.bandSizes(count: 2) == [1, 1, 0, 0])
        #expect(PayQuartiles.bandSizes(count: 0) == [0, 0, 0, 0])
    }

    @Test("seven employees with distinct rates fill bands of 2, 2, 2 and 1")
    func sevenEmployees() {
        let staff: [(rate: Decimal, isMale: Bool)] = [
            (7, true), (1, false), (6, false), (2, true), (5, true), (3, false), (4, false),
        ]
        let bands = PayQuartiles.bands(staff)
        #expect(bands.map(\.size) == [2, 2, 2, 1])
        #expect(bands.map(\.men) == [1, 0, 1, 1])
        #expect(bands.map(\.women) == [1, 2, 1, 0])
        #expect(bands.map(\.percentages) == [
            ["male": 50, "female": 50], ["male": 0, "female": 100],
            ["male": 50, "female": 50], ["male": 100, "female": 0],
        ])
    }

    @Test("a tie straddling boundaries is shared in the tied group's ratio")
    func tieAcrossBoundaries() {
        // Ranked: F 1, F 2, M 3, then four at 5 (three men, one woman) in places 4–7,
        // then F 6. Bands of two: the tie gives one place to band 2, two to band 3 and
        // one to band 4, each place ¾ a man and ¼ a woman.
        let staff: [(rate: Decimal, isMale: Bool)] = [
            (5, false), (1, false), (5, true), (6, false), (3, true), (5, true), (2, false), (5, true),
        ]
        let bands = PayQuartiles.bands(staff)
        #expect(bands.map(\.size) == [2, 2, 2, 2])
        #expect(bands.map(\.men) == [0, Decimal(string: "1.75")!, Decimal(string: "1.5")!, Decimal(string: "0.75")!])
        #expect(bands.map(\.women) == [2, Decimal(string: "0.25")!, Decimal(string: "0.5")!, Decimal(string: "1.25")!])
        #expect(bands.map(\.percentages) == [
            ["male": 0, "female": 100],
            ["male": Decimal(string: "87.5")!, "female": Decimal(string: "12.5")!],
            ["male": 75, "female": 25],
            ["male": Decimal(string: "37.5")!, "female": Decimal(string: "62.5")!],
        ])
    }

    @Test("a band's pair of percentages always adds to 100")
    func pairAddsToHundred() {
        // One man in three places: 33.33… and 66.66… round to 33.3 and 66.7.
        let band = QuartileBand(size: 3, men: 1, women: 2)
        #expect(band.percentages == ["male": Decimal(string: "33.3")!, "female": Decimal(string: "66.7")!])
        // 1 of 8 is 12.5 exactly: 12.5 and 87.5. Half a man of 8 places is 6.25 → 6.3, women 93.7.
        #expect(QuartileBand(size: 8, men: Decimal(string: "0.5")!, women: Decimal(string: "7.5")!).percentages
            == ["male": Decimal(string: "6.3")!, "female": Decimal(string: "93.7")!])
        #expect(QuartileBand(size: 0).percentages.isEmpty)
    }
}
