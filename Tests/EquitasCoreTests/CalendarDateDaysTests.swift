import EquitasCore
import Testing

@Suite("Whole-day arithmetic on calendar dates")
struct CalendarDateDaysTests {
    @Test("counts days from 1970-01-01, both ways")
    func dayNumbers() throws {
        #expect(try #require(CalendarDate("1970-01-01")).dayNumber == 0)
        #expect(try #require(CalendarDate("1970-01-02")).dayNumber == 1)
        #expect(try #require(CalendarDate("1969-12-31")).dayNumber == -1)
        // 2000-03-01: 30 years of 365 days, 8 leap days (1972…2000) and Jan + Feb 2000 (31 + 29).
        #expect(try #require(CalendarDate("2000-03-01")).dayNumber == 30 * 365 + 7 + 31 + 29)
        #expect(CalendarDate(dayNumber: 11_017)?.description == "2000-03-01")
    }

    @Test("every day of four years survives the round trip", arguments: [1899, 1999, 2024])
    func roundTrip(startYear: Int) throws {
        let start = try #require(CalendarDate(year: startYear, month: 1, day: 1))
        var previous = start
        for offset in 1..<1461 {
            let next = try #require(start.adding(days: offset))
            #expect(next > previous)
            #expect(next.dayNumber == start.dayNumber + offset)
            previous = next
        }
    }

    @Test("adds across month and leap-year ends")
    func adding() throws {
        let day = try #require(CalendarDate("2024-02-28"))
        #expect(day.adding(days: 1)?.description == "2024-02-29")
        #expect(day.adding(days: 2)?.description == "2024-03-01")
        #expect(try #require(CalendarDate("2021-12-31")).adding(days: 1)?.description == "2022-01-01")
        #expect(try #require(CalendarDate("2021-03-01")).adding(days: -1)?.description == "2021-02-28")
        #expect(try #require(CalendarDate("2021-01-01")).days(until: try #require(CalendarDate("2021-12-31"))) == 364)
    }
}
