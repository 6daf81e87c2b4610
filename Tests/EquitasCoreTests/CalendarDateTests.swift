import EquitasCore
import Foundation
import Testing

@Suite("Calendar dates and local times")
struct CalendarDateTests {
    @Test("parses exactly YYYY-MM-DD")
    func parsing() {
        let date = CalendarDate("2021-03-17")
        #expect(date?.year == 2021 && date?.month == 3 && date?.day == 17)
        #expect(date?.description == "2021-03-17")
        #expect(CalendarDate("0999-12-31")?.description == "0999-12-31")
    }

    @Test(
        "refuses what is not a day",
        arguments: [
            "2021-02-30", "2021-02-29", "2021-04-31", "2021-13-01", "2021-00-10", "2021-01-00", "2021-3-17", "21-03-17",
            "2021-03-17T10:00", " 2021-03-17", "2021/03/17", "", "２０２１-03-17", "+021-03-17",
        ])
    func invalid(text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test("knows leap years")
    func leapYears() {
        #expect(CalendarDate("2024-02-29") != nil)
        #expect(CalendarDate("2000-02-29") != nil)
        #expect(CalendarDate("1900-02-29") == nil)
        #expect(CalendarDate("2023-02-29") == nil)
    }

    @Test("adding years keeps the day, except 29 February in a common year")
    func addingYears() {
        #expect(CalendarDate("2021-03-17")!.adding(years: 3) == CalendarDate("2024-03-17"))
        #expect(CalendarDate("2024-02-29")!.adding(years: 3) == CalendarDate("2027-02-28"))
        #expect(CalendarDate("2024-02-29")!.adding(years: 4) == CalendarDate("2028-02-29"))
    }

    @Test("orders by day")
    func ordering() {
        #expect(CalendarDate("2021-12-31")! < CalendarDate("2022-01-01")!)
        #expect(CalendarDate("2022-01-02")! > CalendarDate("2022-01-01")!)
    }

    @Test("travels as text, and a bad date names its path")
    func coding() throws {
        let dates = try JSONCoding.decode([CalendarDate].self, from: Data(#"["2021-03-17"]"#.utf8))
        let refused = failure { () throws(ValidationFailure) in
            try JSONCoding.decode([CalendarDate].self, from: Data(#"["2021-02-30"]"#.utf8))
        }
        #expect(String(decoding: try JSONEncoder().encode(dates), as: UTF8.self) == #"["2021-03-17"]"#)
        #expect(refused == ValidationFailure(path: "[0]", message: "\"2021-02-30\" is not a date (YYYY-MM-DD)"))
    }

    @Test("a local time is YYYY-MM-DDTHH:MM on a real day")
    func localDateTime() {
        #expect(LocalDateTime("2025-03-11T09:30")?.description == "2025-03-11T09:30")
        #expect(LocalDateTime("2025-03-11T24:00") == nil)
        #expect(LocalDateTime("2025-02-30T09:30") == nil)
        #expect(LocalDateTime("2025-03-11T9:30") == nil)
        #expect(LocalDateTime("2025-03-11T09:30")! < LocalDateTime("2025-03-11T10:00")!)
    }
}
