import EquitasCore
import Foundation
import Testing

@Suite("Identified values")
struct IdentifiedTests {
    @Test("encode flat: the id beside the value's own keys")
    func flat() throws {
        let value = Identified(
            id: .numbered(7), value: Organisation(name: "Ashdown District Council", type: .districtCouncil, onsCode: "E07000991"))

        let json = try JSONSerialization.jsonObject(with: try JSONCoding.encoder().encode(value)) as! [String: Any]
        let back = try JSONCoding.decode(Identified<Organisation>.self, from: try JSONCoding.encoder().encode(value))

        #expect(json.keys.sorted() == ["id", "name", "ons_code", "type"])
        #expect(json["id"] as? String == UUID.numbered(7).uuidString)
        #expect(back == value)
    }

    @Test("decoding without an id says so")
    func missingID() {
        let data = Data(#"{"name": "Ashdown", "type": "other"}"#.utf8)
        let refused = failure { () throws(ValidationFailure) in try JSONCoding.decode(Identified<Organisation>.self, from: data) }
        #expect(refused == ValidationFailure(path: "id", message: "missing"))
    }
}
