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
}
