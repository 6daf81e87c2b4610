/// A stored value this version cannot read back: the database was edited by hand or
/// written by a newer Equitas. Reported as a server fault, never as the caller's.
struct CorruptColumn: Error, CustomStringConvertible {
    let table: String
    let column: String
    let value: String

    var description: String { "\(table).\(column) holds \"\(value)\", which this version of Equitas cannot read" }
}
