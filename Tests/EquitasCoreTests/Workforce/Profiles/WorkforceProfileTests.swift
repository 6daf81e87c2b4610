import EquitasCore
import Foundation
import Testing

@Suite("Workforce profiles")
struct WorkforceProfileTests {
    @Test("groups counted ignoring case and spaces; prefer not to say, not known and blank apart; shares of the disclosed")
    func counts() {
        let profile = WorkforceProfile.build(ProfileExample.bySex, characteristic: .sex)
        #expect(profile.headcount == 30 && profile.disclosed == 25)
        #expect(profile.groups == [
            ProfileGroup(group: "Female", count: 15, share: 60, suppressed: false),
            ProfileGroup(group: "Male", count: 10, share: 40, suppressed: false),
        ])
        #expect(profile.preferNotToSay == 2 && profile.notKnown == 2 && profile.blank == 1)
        // 25 ÷ 30 = 83.33… → 83.3, above the default 80.
        #expect(profile.disclosureRate == Decimal(string: "83.3"))
        #expect(!profile.belowThreshold && profile.disclosureThreshold == 80)
    }

    @Test("the threshold is a parameter, and the rounded rate is what is compared")
    func threshold() {
        #expect(WorkforceProfile.build(ProfileExample.bySex, characteristic: .sex, threshold: 90).belowThreshold)
        #expect(!WorkforceProfile.build(ProfileExample.bySex, characteristic: .sex, threshold: Decimal(string: "83.3")!).belowThreshold)
        #expect(WorkforceProfile.build(ProfileExample.bySex, characteristic: .sex, threshold: Decimal(string: "83.4")!).belowThreshold)
        let empty = WorkforceProfile.build([], characteristic: .sex)
        #expect(empty.disclosureRate == nil && !empty.belowThreshold && empty.groups.isEmpty)
    }

    @Test("groups under ten are suppressed in the profile, never alone and never adding to under ten; so are grade cells")
    func suppression() {
        // 20 + 12 + 5 + 3: the two small groups come to 8, which the total less the rest
        // would pin within 0…8, so the 12 is hidden too.
        let two = (Array(repeating: "White British", count: 20) + Array(repeating: "Asian", count: 12)
            + Array(repeating: "Black", count: 5) + Array(repeating: "Mixed", count: 3))
            .enumerated().map { ProfileExample.person($0, ethnicity: .value($1)) }
        let profile = WorkforceProfile.build(two, characteristic: .ethnicity)
        #expect(profile.groups.map(\.group) == ["White British", "Asian", "Black", "Mixed"])
        #expect(profile.groups.map(\.count) == [20, nil, nil, nil])
        // Shares stay over all 40 who disclosed: 20 ÷ 40.
        #expect(profile.groups.map(\.share) == [50, nil, nil, nil])
        // 20 + 12 + 4: the 4 would be the total less the rest, so the 12 goes with it.
        let one = (Array(repeating: "White British", count: 20) + Array(repeating: "Asian", count: 12) + Array(repeating: "Black", count: 4))
            .enumerated().map { ProfileExample.person($0, ethnicity: .value($1)) }
        #expect(WorkforceProfile.build(one, characteristic: .ethnicity).groups.map(\.suppressed) == [false, true, true])
        // In a grade row the lone small cell takes the next smallest with it (see GradeAndComparisonTests).
        #expect(GradeProfile.build(one, characteristic: .ethnicity).grades[0].cells.map(\.suppressed) == [false, true, true])
    }

    @Test("sex and disability answers read as the pay gaps read them; further columns come from `other`")
    func namingAndOtherColumns() {
        let records = (0..<12).map { ProfileExample.person($0, other: ["age_band": .value("25-34")]) }
            .enumerated().map { index, record in
                var copy = record
                copy.disability = .value(index < 6 ? "No" : (index < 11 ? "yes" : "Disabled"))
                return copy
            }
        let disability = WorkforceProfile.build(records, characteristic: .disability)
        #expect(disability.groups.map(\.group) == ["disabled", "not disabled"])
        #expect(disability.groups.map(\.count) == [nil, nil], "6 and 6: both under ten")
        let sexes = ["F", "woman", "Female", "m", "MAN", "Non-binary"].enumerated().map { ProfileExample.person($0, sex: .value($1)) }
        #expect(WorkforceProfile.build(sexes, characteristic: .sex).groups.map(\.group) == ["Female", "Male", "Non-binary"])
        let age = WorkforceProfile.build(records, characteristic: StaffCharacteristic("age_band"))
        #expect(age.label == "Age band" && age.groups == [ProfileGroup(group: "25-34", count: 12, share: 100, suppressed: false)])
        #expect(StaffCharacteristic.all(others: ["religion"], records: records).map(\.column) == ["sex", "ethnicity", "disability", "religion", "age_band"])
    }

    @Test("percentages print with one decimal, a half away from zero")
    func percentText() {
        #expect(PercentText.number(Decimal(string: "12.25")!) == "12.3")
        #expect(PercentText.number(Decimal(string: "-12.25")!) == "-12.3")
        #expect(PercentText.number(80) == "80.0")
        #expect(PercentText.number(Decimal(string: "0.04")!) == "0.0")
        #expect(PercentText.percent(Decimal(string: "7.5")!) == "7.5%")
        #expect(PercentText.points(Decimal(string: "-8.8")!) == "-8.8 points")
        #expect(PercentText.points(Decimal(string: "2.5")!) == "+2.5 points")
    }
}
