import EquitasRender
import Foundation

/// LibreOffice (`soffice` on PATH) converting a file the way a person's office suite
/// would open and re-save it. Tests that need it are skipped, saying so, where it is
/// missing; CI installs it.
public enum OfficeConversion {
    public static var sofficePath: String? { LibreOffice.enginePath }

    public static var isAvailable: Bool { sofficePath != nil }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// LibreOffice's CSV filter: comma, double quote, UTF-8, from line 1, cells as shown,
    /// every text cell quoted (so the quotes show which cells it took as text).
    public static let csvFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true"

    /// Converts `data` with `filter` (such as `csvFilter` or `"xlsx:Calc MS Excel 2007
    /// XML"`) and returns the result's bytes.
    public static func convert(_ data: Data, inputExtension: String, filter: String, outputExtension: String) throws -> Data {
        guard let sofficePath else { throw Failure(description: "soffice is not on PATH") }
        return try LibreOffice.convert(data, inputExtension: inputExtension, filter: filter, outputExtension: outputExtension, engine: sofficePath)
    }
}
