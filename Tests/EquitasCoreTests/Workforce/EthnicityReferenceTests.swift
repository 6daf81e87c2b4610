import EquitasCore
import Testing

@Suite("The default ethnicity reference group")
struct EthnicityReferenceTests {
    static func staff(_ groups: [CharacteristicValue]) -> [StaffRecord] {
        groups.enumerated().map { index, group in
            StaffRecord(employeeId: "E\(index)", sex: .value("Female"), ethnicity: group, pay: .rate(12))
        }
    }

    @Test("White British when the list records it, even when another group is larger")
    func whiteBritish() {
        let staff = Self.staff([.value("Asian"), .value("Asian"), .value("white british")])
        #expect(GroupPayGap.defaultEthnicityReference(staff) == "White British")
    }

    @Test("otherwise the largest disclosed group; undisclosed people never count; ties go to the first name")
    func largest() {
        let staff = Self.staff([.value("White"), .value("White"), .value("Black"), .preferNotToSay, .preferNotToSay, .preferNotToSay, .notKnown])
        #expect(GroupPayGap.defaultEthnicityReference(staff) == "White")
        #expect(GroupPayGap.defaultEthnicityReference(Self.staff([.value("Mixed"), .value("Asian")])) == "Asian")
        #expect(GroupPayGap.defaultEthnicityReference(Self.staff([.blank])) == "White British")
    }
}
