import ArgumentParser
import EquitasCore
import Foundation

/// A file named on the command line, or standard input for `-`.
enum InputFile {
    static func read(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        guard let contents = FileManager.default.contents(atPath: path) else {
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
