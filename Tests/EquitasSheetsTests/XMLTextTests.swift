import EquitasSheets
import Testing

@Suite("Escaping for XML and HTML")
struct XMLTextTests {
    @Test("markup characters come out as entities, other text untouched")
    func escapesMarkup() {
        #expect(XMLText.escape("<script>alert('x') & \"y\"</script>") == "&lt;script&gt;alert('x') &amp; \"y\"&lt;/script&gt;")
        #expect(XMLText.escapeAttribute("a\"b'c<d>&") == "a&quot;b&#39;c&lt;d&gt;&amp;")
        #expect(XMLText.escape("Cymraeg: Croeso, 平等, عدالة, 😀") == "Cymraeg: Croeso, 平等, عدالة, 😀")
    }

    @Test("characters XML forbids are dropped; tab and newline kept")
    func dropsForbiddenCharacters() {
        #expect(XMLText.escape("a\u{0}b\u{1}c\u{8}d\te\nf\u{FFFE}") == "abcd\te\nf")
    }

    /// Text with nothing to change is returned as it is, without a character-by-character
    /// copy; these are the edges of that quick check.
    @Test("the quick check lets through only text that needs nothing, whichever byte gives it away")
    func quickCheck() {
        #expect(XMLText.escape("plain words, 100% ordinary; café") == "plain words, 100% ordinary; café")
        #expect(XMLText.escape("carriage\rreturn\ttab") == "carriage\rreturn\ttab")
        for (given, expected) in [
            ("a\u{1F}b", "ab"), ("a\u{FFFF}b", "ab"), ("a\u{FFFE}", "a"), ("x&y", "x&amp;y"), ("\u{EFFF}kept", "\u{EFFF}kept"),
            ("\u{FFFD}kept", "\u{FFFD}kept"),
        ] {
            #expect(XMLText.escape(given) == expected, "\(given.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(XMLText.escape("line\nbreak") == "line\nbreak")
        #expect(XMLText.escapeAttribute("line\nbreak\ttab") == "line&#10;break&#9;tab")
    }
}
