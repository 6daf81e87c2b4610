import Foundation

/// A council's staff list as it stood on one date, imported whole: the records
/// themselves are stored beside it (`StaffRecord`), and every profile, pay gap and
/// trend is computed from them, never typed in.
public struct WorkforceSnapshot: Codable, Equatable, Sendable {
    public var organisationId: UUID
    /// The snapshot date; 31 March for the statutory pay gap of an English public authority.
    public var date: CalendarDate
    /// The file it came from, as the person who imported it named it.
    public var sourceFilename: String?
    /// How many staff records it holds.
    public var staffCount: Int
    /// Further characteristic columns found in the file (age band, religion…), in file order.
    public var otherCharacteristics: [String]

    public init(organisationId: UUID, date: CalendarDate, sourceFilename: String? = nil, staffCount: Int, otherCharacteristics: [String] = []) {
        self.organisationId = organisationId
        self.date = date
        self.sourceFilename = sourceFilename
        self.staffCount = staffCount
        self.otherCharacteristics = otherCharacteristics
    }
}
