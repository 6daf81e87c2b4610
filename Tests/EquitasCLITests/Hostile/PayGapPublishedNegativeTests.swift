import EquitasCore
import EquitasSheets
import Foundation
import Testing

@testable import EquitasCLI

/// The formula guard puts an apostrophe before text starting with "-"; a negative pay
/// gap (women paid more) must still reach the government data set's CSV as a figure.
@Suite("gpg-csv with negative gaps")
struct PayGapPublishedNegativeTests {
    @Test("a negative gap is written as -3.2, not '-3.2")
    func negativeGap() {
        let report = GenderPayGapReport(
            snapshot: CalendarDate("2026-03-31")!, relevantEmployees: 20, fullPayRelevantEmployees: 20,
            meanHourlyGap: Decimal(string: "-3.24"), medianHourlyGap: Decimal(string: "12.5"), meanBonusGap: nil, medianBonusGap: nil,
            bonusProportion: ["male": 0, "female": 0], quartiles: [], excluded: [:])
        let text = String(decoding: CSVWriter.write(PayGapPublishedColumns.table(report)).dropFirst(3), as: UTF8.self)
        #expect(text.components(separatedBy: "\r\n")[1] == "-3.2,12.5,,,0.0,0.0,,,,,,,,")
    }
}
