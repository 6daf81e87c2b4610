import ArgumentParser
import EquitasCore
import EquitasSheets
import Foundation

/// A file named on the command line, or standard input for `-`.
enum InputFile {
    static func read(_ path: String) throws -> Data {
        try read(path, mapped: false)
    }

    /// `mapped`: the file's pages are read where they lie (`StaffListFile.contents`)
    /// rather than copied, for a staff list that may be a hundred megabytes.
    static func read(_ path: String, mapped: Bool) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        guard let contents = mapped ? StaffListFile.contents(ofFile: path) : FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read \(path)")
        }
        return contents
    }
}

/// Options that name a day (`--as-of 2026-06-30`; absent means today, UK time) or a
/// stored thing by id, refused with the option's name when they do not parse.
enum OptionValue {
    static func date(_ text: String?, option: String, default fallback: CalendarDate = CalendarDate(Date())) throws -> CalendarDate {
        guard let text else { return fallback }
        guard let date = CalendarDate(text) else { throw ValidationError("--\(option): \"\(text)\" is not a date (YYYY-MM-DD)") }
        return date
    }

    static func id(_ text: String?, option: String) throws -> UUID? {
        guard let text else { return nil }
        guard let id = UUID(uuidString: text) else { throw ValidationError("--\(option): \"\(text)\" is not an id") }
        return id
    }
}
