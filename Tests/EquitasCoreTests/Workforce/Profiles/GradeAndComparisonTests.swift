import EquitasCore
import Foundation
import Testing

@Suite("Workforce by grade and beside the community")
struct GradeAndComparisonTests {
    @Test("grades in natural order, no grade last; cells of one to nine suppressed, with the next smallest when alone")
    func grades() {
        var records: [StaffRecord] = []
        func add(_ count: Int, _ sex: CharacteristicValue, _ grade: String?) {
            for _ in 0..<count { records.append(ProfileExample.person(records.count, sex: sex, grade: grade)) }
        }
        add(12, .value("Female"), "Grade 10")
        add(11, .value("Male"), "Grade 10")
        add(15, .value("Female"), "Grade 2")
        add(3, .value("Male"), "Grade 2")
        add(12, .value("Female"), "grade 2 ")  // the same grade, spelled another way
        add(2, .preferNotToSay, nil)
        add(10, .value("Male"), "  ")
        let profile = GradeProfile.build(records, characteristic: .sex)
        // Women 39, men 24 in all: women first.
        #expect(profile.groups == ["Female", "Male"])
        #expect(profile.grades.map(\.grade) == ["Grade 2", "Grade 10", GradeProfile.noGradeLabel])
        #expect(profile.grades.map(\.headcount) == [30, 23, 12])
        // Grade 2: women 27, men 3 (hidden), nobody undisclosed: the lone 3 hides the 27 too.
        #expect(profile.grades[0].cells == [GradeCell(count: nil, suppressed: true), GradeCell(count: nil, suppressed: true)])
        #expect(profile.grades[0].notDisclosed == GradeCell(count: 0, suppressed: false))
        // The columns add up to the profile's totals too (women 39, men 24): the men's 3
        // takes the 10 with no grade, the women's 27 takes Grade 10's 12, and that row's 11.
        #expect(profile.grades[1].cells.map(\.count) == [nil, nil])
        #expect(profile.grades[2].cells.map(\.count) == [0, nil])
        // Those who did not tell us are shown, as the profile shows them.
        #expect(profile.grades[2].notDisclosed == GradeCell(count: 2, suppressed: false))
    }

    @Test("shares of the disclosed against community percentages, in points; a group on one side only is kept as absent")
    func comparison() throws {
        let profile = WorkforceProfile.build(ProfileExample.byEthnicity, characteristic: .ethnicity)
        let community = CommunityProfile(
            organisationId: ProfileExample.organisation, area: "Wyvern Vale", source: "Census 2021",
            entries: [
                CommunityProfileEntry(characteristic: "Race", group: "white  british", percent: 80),
                CommunityProfileEntry(characteristic: "race", group: "Asian", percent: 10),
                CommunityProfileEntry(characteristic: "race", group: "Mixed", percent: 3),
                CommunityProfileEntry(characteristic: "sex", group: "Female", percent: Decimal(string: "51.2")!),
            ])
        let comparison = try #require(CommunityComparison.build(profile, community: community))
        #expect(comparison.rows.map(\.group) == ["white  british", "Asian", "Mixed", "Black"])
        // 20 ÷ 42 = 47.6; 12 ÷ 42 = 28.6; 10 ÷ 42 = 23.8.
        #expect(comparison.rows.map(\.workforcePercent) == [Decimal(string: "47.6"), Decimal(string: "28.6"), nil, Decimal(string: "23.8")])
        #expect(comparison.rows.map(\.communityPercent) == [80, 10, 3, nil])
        #expect(comparison.rows.map(\.difference) == [Decimal(string: "-32.4"), Decimal(string: "18.6"), nil, nil])
        #expect(comparison.rows.map(\.workforce) == [.present, .present, .absent, .present])
        // No figures for disability: no comparison at all.
        #expect(CommunityComparison.build(WorkforceProfile.build(ProfileExample.byEthnicity, characteristic: .disability), community: community) == nil)
    }

    @Test("the community's group names are read as the staff list's are: a census Yes meets disabled")
    func communityNamesRead() throws {
        let records = (0..<30).map { ProfileExample.person($0, other: [:]) }.enumerated().map { index, record in
            var copy = record
            copy.disability = .value(index < 10 ? "Disabled" : "no")
            return copy
        }
        let community = CommunityProfile(organisationId: ProfileExample.organisation, area: "Wyvern Vale", source: "Census 2021",
                                         entries: [CommunityProfileEntry(characteristic: "disability", group: "Yes", percent: Decimal(string: "18.9")!),
                                                   CommunityProfileEntry(characteristic: "disability", group: "No", percent: Decimal(string: "81.1")!)])
        let comparison = try #require(CommunityComparison.build(WorkforceProfile.build(records, characteristic: .disability), community: community))
        // 10 of 30 = 33.3%; 20 of 30 = 66.7%.
        #expect(comparison.rows.map(\.group) == ["disabled", "not disabled"])
        #expect(comparison.rows.map(\.difference) == [Decimal(string: "14.4"), Decimal(string: "-14.4")])
    }

    @Test("a suppressed group is shown as suppressed beside the community, not as absent")
    func suppressedInComparison() throws {
        let records = ProfileExample.byEthnicity + (0..<4).map { ProfileExample.person(100 + $0, ethnicity: .value("Mixed")) }
        let community = CommunityProfile(organisationId: ProfileExample.organisation, area: "Wyvern Vale", source: "Census 2021",
                                         entries: [CommunityProfileEntry(characteristic: "ethnicity", group: "Mixed", percent: 3)])
        let comparison = try #require(CommunityComparison.build(WorkforceProfile.build(records, characteristic: .ethnicity), community: community))
        #expect(comparison.rows.first == ComparisonRow(group: "Mixed", workforce: .suppressed, workforcePercent: nil, communityPercent: 3, difference: nil))
    }
}
