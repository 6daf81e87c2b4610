import EquitasCore
@testable import EquitasSheets
import Testing

/// Expected serials worked by hand: 1900-01-01 is 1; 1900 is counted as a leap year,
/// so 1900-02-28 is 59, the phantom 29 February is 60 and 1900-03-01 is 61. For
/// 2021-09-30: 2021-01-01 is 2 + 121 × 365 + 30 leap days (1904…2020) = 44197 days after
/// 1899-12-30, and 30 September is day 273 of 2021 (243 days in January–August, + 30),
/// so 44197 + 272 = 44469.
@Suite("Excel date serials")
struct ExcelDateSerialTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    @Test("days to serials, around the 1900 leap-year bug and at the ends of the range")
    func serials() {
        #expect(ExcelDateSerial.serial(for: Self.date("1900-01-01")) == 1)
        #expect(ExcelDateSerial.serial(for: Self.date("1900-02-28")) == 59)
        #expect(ExcelDateSerial.serial(for: Self.date("1900-03-01")) == 61)
        #expect(ExcelDateSerial.serial(for: Self.date("2021-09-30")) == 44469)
        #expect(ExcelDateSerial.serial(for: Self.date("9999-12-31")) == 2_958_465)
        #expect(ExcelDateSerial.serial(for: Self.date("1899-12-31")) == nil)
    }

    @Test("serials to days: the time of day is dropped and serial 60 is no day at all")
    func dates() {
        #expect(ExcelDateSerial.date(fromSerial: 1) == Self.date("1900-01-01"))
        #expect(ExcelDateSerial.date(fromSerial: 59) == Self.date("1900-02-28"))
        #expect(ExcelDateSerial.date(fromSerial: 60) == nil)
        #expect(ExcelDateSerial.date(fromSerial: 61) == Self.date("1900-03-01"))
        #expect(ExcelDateSerial.date(fromSerial: 44469.75) == Self.date("2021-09-30"))
        #expect(ExcelDateSerial.date(fromSerial: 0.5) == nil)
        #expect(ExcelDateSerial.date(fromSerial: 2_958_466) == nil)
        #expect(ExcelDateSerial.date(fromSerial: .nan) == nil)
    }

    @Test("every serial from 1 to 80,000 but 60 maps to a day and back")
    func inverse() {
        for serial in 1...80_000 where serial != 60 {
            let date = ExcelDateSerial.date(fromSerial: Double(serial))
            #expect(date.flatMap(ExcelDateSerial.serial(for:)) == serial)
        }
    }
}
