import EquitasCore
import Foundation
import Testing

@Suite("GroupPayGap: quartiles for any number of groups")
struct GroupQuartileTests {
    /// Ranked: A at 1, then four at 5 (one A, two B, one C) in places 2–5, then C at 6,
    /// A at 7, B at 8. Bands of two. Each tied place holds ¼ A, ½ B and ¼ C.
    static let staff: [(rate: Decimal, group: String)] = [
        (8, "B"), (5, "B"), (1, "A"), (5, "C"), (7, "A"), (5, "A"), (6, "C"), (5, "B"),
    ]

    @Test("a tie across boundaries is shared in each group's proportion of the tie")
    func tieShared() {
        #expect(GroupQuartiles.counts(Self.staff) == [
            ["A": 1.25, "B": 0.5, "C": 0.25],   // A, one tied place
            ["A": 0.5, "B": 1, "C": 0.5],   // two tied places
            ["A": 0.25, "B": 0.5, "C": 1.25],   // one tied place, C
            ["A": 1, "B": 1, "C": 0],   // A, B
        ])
        #expect(GroupQuartiles.percentages(Self.staff) == [
            ["A": 62.5, "B": 25, "C": 12.5],
            ["A": 25, "B": 50, "C": 25],
            ["A": 12.5, "B": 25, "C": 62.5],
            ["A": 50, "B": 50, "C": 0],
        ])
    }

    @Test("row order does not change the bands, and empty bands stay empty")
    func orderAndEmpty() {
        #expect(GroupQuartiles.counts(Self.staff.reversed()) == GroupQuartiles.counts(Self.staff))
        #expect(GroupQuartiles.percentages([(10, "A"), (20, "B")]) == [["A": 100, "B": 0], ["A": 0, "B": 100], [:], [:]])
    }
}
