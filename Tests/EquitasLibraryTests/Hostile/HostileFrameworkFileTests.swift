import EquitasLibrary
import Foundation
import Testing

/// Framework files made to break `equitas framework check` and the library loader:
/// each is one clear error naming the file and line, and none crashes or hangs.
@Suite("Hostile framework files")
struct HostileFrameworkFileTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    func check(_ data: Data) throws -> [FrameworkFileError] {
        let url = directory.url.appendingPathComponent("hostile.yaml")
        try data.write(to: url)
        return FrameworkLibrary.check(file: url)
    }

    var path: String { directory.url.appendingPathComponent("hostile.yaml").path }

    @Test("100,000 nested brackets, in flow or block style, are refused at the nesting limit, not a stack overflow")
    func deepNesting() throws {
        let flow = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let block = "modules:\n" + String(repeating: "- ", count: 100_000) + "x\n"
        for yaml in [flow, "id: " + flow, block] {
            let errors = try check(Data(yaml.utf8))
            #expect(errors.count == 1)
            #expect(errors.first?.file == path)
            #expect(errors.first?.field == "(yaml)")
            #expect(errors.first?.message.contains("nesting") == true, "\(errors)")
        }
    }

    @Test("billion laughs: aliases of aliases are refused before the reader walks them")
    func billionLaughs() throws {
        // Each level is a list of ten aliases to the one before: 10^9 modules at the top,
        // each a whole module the reader and validator would check one by one.
        var yaml = FrameworkFixture.valid.replacingOccurrences(of: "modules:\n  - id: alpha", with: "spare:\n  - &m0\n    id: alpha")
        for level in 1...9 {
            yaml += "l\(level): &m\(level) [" + Array(repeating: "*m\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        yaml += "modules: *m9\n"
        let started = Date()
        let errors = try check(Data(yaml.utf8))
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(errors == [FrameworkFileError(
            file: path, line: 1, field: "(yaml)",
            message: "the document expands to more than 200000 YAML values (aliases repeating aliases); a framework needs far fewer")])
    }

    @Test("UTF-16 with a byte-order mark, Latin-1 bytes and NUL bytes are one error naming the file")
    func encodings() throws {
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(FrameworkFixture.valid.data(using: .utf16LittleEndian)!)
        var latin1 = Data(FrameworkFixture.valid.utf8)
        latin1.append(contentsOf: Array("extra: caf".utf8) + [0xE9, 0x0A])
        let nul = Data(FrameworkFixture.valid.replacingOccurrences(of: "Test framework", with: "Test\u{0}framework").utf8)
        for data in [latin1, nul] {
            let errors = try check(data)
            #expect(errors.count == 1)
            #expect(errors.first?.file == path)
        }
        // libyaml reads UTF-16 with a byte-order mark as YAML allows, so the file is either
        // read as the framework it holds or refused with one error; never a crash.
        let errors = try check(utf16)
        #expect(errors.isEmpty || errors.allSatisfy { $0.file == path })
    }

    @Test("a control character written as a YAML escape is refused naming the field and line")
    func escapedControl() throws {
        let bell = FrameworkFixture.replacing(line: 5, with: #"summary: "A framework\athat rings""#)
        let errors = try check(Data(bell.utf8))
        #expect(errors.contains { $0.field == "summary" && $0.line == 5 && $0.message.contains("U+0007") }, "\(errors)")
    }

    @Test("a file cut off part-way, and a 10 MB value, are errors naming the file")
    func truncatedAndEnormous() throws {
        let cut = String(FrameworkFixture.valid.prefix(FrameworkFixture.valid.count / 2)) + "\"unclosed"
        let cutErrors = try check(Data(cut.utf8))
        #expect(!cutErrors.isEmpty && cutErrors.allSatisfy { $0.file == path })

        let huge = FrameworkFixture.replacing(line: 5, with: "summary: " + String(repeating: "x", count: 10 * 1024 * 1024))
        let started = Date()
        let hugeErrors = try check(Data(huge.utf8))
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(hugeErrors == [FrameworkFileError(
            file: path, line: 1, field: "(file)", message: "the file is larger than 2 MB; a framework is a few tens of kilobytes")])
    }
}
