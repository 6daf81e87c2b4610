import EquitasCore
import Testing

@Suite("Reading plain text and Markdown into blocks")
struct PlainTextBlockReaderTests {
    @Test("headings, markers, quotes, tables, and lines that carry on")
    func blocks() {
        let text = """
            # Title
            **3.1.2 Joint Strengths:**
            - (iv) Designated holders
            in place
            4.4
            Responsive services
            • Bullet<sup>th</sup>
            12. Numbered
            .
            > A quote
            Councillor A B\tSome Council
            | a | b |
            |---|---|
            Plain sentence.
            """

        let blocks = PlainTextBlockReader.read(text)

        #expect(blocks == [
            .heading(level: 1, text: "Title"),
            .heading(level: 0, text: "3.1.2 Joint Strengths:"),
            .listItem(marker: "(iv)", text: "Designated holders in place", depth: 0),
            .heading(level: 2, text: "4.4 Responsive services"),
            .listItem(marker: "•", text: "Bulletth", depth: 0),
            .listItem(marker: "12.", text: "Numbered.", depth: 0),
            .quote("A quote"),
            .tableRow(["Councillor A B", "Some Council"]),
            .tableRow(["a", "b"]),
            .paragraph(""),
            .paragraph("Plain sentence."),
        ])
    }

    @Test("list markers say their style and number")
    func markers() {
        #expect(ListMarkerStyle("(iv)") == .roman(4))
        #expect(ListMarkerStyle("(ix)") == .roman(9))
        #expect(ListMarkerStyle("3.") == .number(3))
        #expect(ListMarkerStyle("b)") == .letter(2))
        #expect(ListMarkerStyle("•") == .bullet)
        #expect(ListMarkerStyle("-") == .bullet)
    }
}
