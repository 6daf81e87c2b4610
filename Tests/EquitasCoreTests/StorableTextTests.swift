import EquitasCore
import Testing

@Suite("Text both databases store alike")
struct StorableTextTests {
    @Test("NUL, the other C0 controls and DEL are refused; tab, line feed and carriage return are text")
    func forbidden() {
        for value: UInt32 in [0x00, 0x01, 0x08, 0x0B, 0x0C, 0x0E, 0x1B, 0x1F, 0x7F] {
            #expect(StorableText.isForbidden(Unicode.Scalar(value)!), "U+\(value)")
        }
        for value: UInt32 in [0x09, 0x0A, 0x0D, 0x20, 0x41, 0xA0, 0x2019, 0x1F600] {
            #expect(!StorableText.isForbidden(Unicode.Scalar(value)!), "U+\(value)")
        }
    }

    @Test("the failure names the field and the character")
    func message() {
        #expect(throws: ValidationFailure(path: "narrative", message: StorableText.message("\u{0}"))) {
            try StorableText.check("Our plan\u{0}", path: "narrative")
        }
        #expect(StorableText.message("\u{0}").contains("U+0000"))
        #expect(StorableText.message("\u{1B}").contains("U+001B"))
        #expect(throws: Never.self) { try StorableText.check("Line one\r\n\tLine two — “quoted”", path: "text") }
    }

    @Test("every validated free-text field refuses them, and takes a 50,000-character narrative")
    func throughText() throws {
        #expect(throws: ValidationFailure.self) { try Text.required("A finding\u{B}pasted from Word", path: "text") }
        let long = String(repeating: "Our equality work. ", count: 2_700).prefix(50_000)
        #expect(try Text.required(String(long), path: "narrative").count == 50_000)
        let tooLong = String(repeating: "x", count: Text.longMaximum + 1)
        #expect(throws: ValidationFailure(path: "narrative", message: "is \(Text.longMaximum + 1) characters long; the limit is \(Text.longMaximum)")) {
            try Text.required(tooLong, path: "narrative")
        }
    }
}
