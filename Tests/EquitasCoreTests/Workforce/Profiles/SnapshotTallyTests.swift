import EquitasCore
import Foundation
import Testing

@Suite("Snapshot tally")
struct SnapshotTallyTests {
    /// Seven on full pay at three tied rates, so quartile counts are thirds; one with no
    /// hourly rate; a group spelt two ways; a value of only spaces; no grade and an empty one.
    static let records: [StaffRecord] = {
        let rates: [Decimal] = [10, 10, 10, 12, 12, 12, 15]
        var records = rates.enumerated().map { index, rate in
            StaffRecord(
                employeeId: "E\(index)", sex: .value(index % 2 == 0 ? "F" : "male"), ethnicity: .value(["Asian", "asian ", "Black", "Asian", "Black", "Black", "Black"][index]),
                disability: .value(index == 6 ? "Yes" : "No"), grade: index < 3 ? "Grade 1" : (index < 5 ? "grade 1" : nil), pay: .rate(rate),
                bonusPay: index == 2 ? 50 : 0, other: index == 0 ? ["age_band": .value("25-34")] : [:])
        }
        records.append(StaffRecord(
            employeeId: "E7", sex: .preferNotToSay, ethnicity: .value("   "), disability: .notKnown, grade: "",
            pay: .derived(ordinaryPay: 900, bonusInPeriod: 0, periodDays: 30, weeklyHours: 0)))
        return records
    }()

    @Test("counts by grade and group as the profile reads them: spellings folded, spaces blank, no grade together")
    func counts() throws {
        let tally = SnapshotTally(Self.records, date: CalendarDate(year: 2026, month: 3, day: 31)!)
        #expect(tally.headcount == 8 && tally.otherColumns == ["age_band"])
        #expect(tally.characteristics.map(\.characteristic.column) == ["sex", "ethnicity", "disability", "age_band"])
        let ethnicity = tally.tally(of: .ethnicity)
        #expect(ethnicity.grades == ["Grade 1", "No grade recorded"])
        #expect(ethnicity.groups == ["Asian", "Black"])
        #expect(ethnicity.counts == [[3, 2], [0, 2]] && ethnicity.blank == [0, 1])
        let pay = try #require(ethnicity.pay)
        // Everyone with a group has an hourly rate; E7 has none and no group either.
        #expect(pay.fullPay == [3, 4] && pay.bonus == [0, 1] && pay.ranked == 7)
        #expect(tally.tally(of: .sex).groups == ["Female", "Male"])
        #expect(tally.tally(of: .sex).preferNotToSay == [0, 1])
    }

    @Test("a column no record has reads as everyone blank, as it does from the records")
    func missingColumn() {
        let column = StaffCharacteristic("armed_forces")
        let tally = SnapshotTally(Self.records, date: CalendarDate(year: 2026, month: 3, day: 31)!)
        #expect(tally.tally(of: column) == CharacteristicTally(Self.records, characteristic: column))
        #expect(tally.tally(of: column).blank == [5, 3])
    }

    @Test("stored as JSON and read back exactly, fractions of a quartile and gaps included")
    func codable() throws {
        let tally = SnapshotTally(Self.records, date: CalendarDate(year: 2026, month: 3, day: 31)!)
        let bands = try #require(tally.tally(of: .ethnicity).pay?.bands)
        // Two Asian and one Black at 10 share places across the first quartile's boundary.
        #expect(bands.flatMap { $0 }.contains { $0 != $0.rounded() })
        let text = try JSONEncoder().encode(tally)
        #expect(try JSONDecoder().decode(SnapshotTally.self, from: text) == tally)
        #expect(String(decoding: text, as: UTF8.self).contains("\"bands\":[[\""), "decimals as text, never through Double")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(SnapshotTally.self, from: Data(#"{"headcount":1,"otherColumns":[],"characteristics":[]}"#.utf8)) }
    }
}

extension Decimal {
    fileprivate func rounded() -> Decimal {
        var value = self, result = Decimal()
        NSDecimalRound(&result, &value, 0, .plain)
        return result
    }
}
