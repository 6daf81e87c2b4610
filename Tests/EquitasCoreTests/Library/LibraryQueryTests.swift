import EquitasCore
import Testing

@Suite("Reading a library search")
struct LibraryQueryTests {
    @Test("keeps the telling words, folded, and drops the common ones")
    func words() throws {
        let query = try LibraryQuery.parse("What did councils do about Sexual Orientation monitoring?")
        #expect(query.parts == [.word("sexual"), .word("orientation"), .word("monitoring")])
        #expect(!query.matchesAny)
        #expect(try LibraryQuery.parse("Rōma café-culture").words == ["roma", "cafe", "culture"])
    }

    @Test("quoted words are a phrase; one quoted word is a word; an unclosed quote runs on")
    func phrases() throws {
        #expect(try LibraryQuery.parse("\"staff network\" disability").parts == [.phrase(["staff", "network"]), .word("disability")])
        #expect(try LibraryQuery.parse("\"carers\"").parts == [.word("carers")])
        #expect(try LibraryQuery.parse("budget \"impact assessment").parts == [.word("budget"), .phrase(["impact", "assessment"])])
        #expect(try LibraryQuery.parse("\"staff network\" disability").text == "\"staff network\" disability")
    }

    @Test("refuses an empty, too long or too wordy search, naming the field")
    func refusals() {
        #expect(throws: ValidationFailure.self) { try LibraryQuery.parse("  the of and ") }
        #expect(throws: ValidationFailure.self) { try LibraryQuery.parse(String(repeating: "a", count: 301)) }
        #expect(throws: ValidationFailure.self) {
            try LibraryQuery.parse((1...13).map { "word\($0)" }.joined(separator: " "))
        }
        do {
            _ = try LibraryQuery.parse("!!!", path: "query")
            Issue.record("an empty search was accepted")
        } catch {
            #expect(error.path == "query")
        }
    }

    @Test("similar practice looks for any of its words, without repeats; a finding with no telling word asks nothing")
    func similar() throws {
        let words = LibraryQuery.tellingWords(in: "The council's staff network for disabled staff shapes recruitment and retention.")
        let query = try #require(LibraryQuery.similar(choosingFrom: words.map { ($0, 5) }, words: 3))
        #expect(query.matchesAny)
        #expect(query.words == ["recruitment", "retention", "disabled"])
        #expect(LibraryQuery.tellingWords(in: "It is the one.").isEmpty)
        #expect(LibraryQuery.similar(choosingFrom: LibraryQuery.tellingWords(in: "It is the one.").map { ($0, 5) }) == nil)
    }

    @Test("similar practice from counts: the rarest words another entry holds, the longer first among equals")
    func similarByRarity() throws {
        #expect(LibraryQuery.tellingWords(in: "The council's staff network for disabled staff shapes recruitment.")
            == ["recruitment", "disabled", "network", "shapes", "staff"])
        let words: [(word: String, entries: Int)] = [
            ("recruitment", 2_000), ("disabled", 40), ("network", 2_000), ("shapes", 1), ("staff", 7),
        ]
        let query = try #require(LibraryQuery.similar(choosingFrom: words, words: 3))
        #expect(query.matchesAny)
        // "shapes" is in this entry alone: it could find nothing else.
        #expect(query.words == ["staff", "disabled", "recruitment"])
        #expect(LibraryQuery.similar(choosingFrom: [("shapes", 1)]) == nil)
    }

    @Test("filters read from text, naming the bad field")
    func filters() throws {
        let filter = try LibrarySearchFilter.parse(module: " m1 ", kind: "good-practice", level: "", year: "2019", organisationType: nil, framework: nil)
        #expect(filter == LibrarySearchFilter(module: "m1", kind: .goodPractice, year: 2019))
        for (kind, year, path) in [("strong", "2019", "kind"), ("strength", "nineteen", "year"), ("strength", "1066", "year")] {
            do {
                _ = try LibrarySearchFilter.parse(module: nil, kind: kind, level: nil, year: year, organisationType: nil, framework: nil)
                Issue.record("\(kind) \(year) was accepted")
            } catch {
                #expect(error.path == path)
            }
        }
    }

    @Test("marked text reads as runs; unpaired marks are dropped")
    func highlighted() {
        let text = HighlightedText(marked: "Staff \u{E000}network\u{E001} for \u{E000}disabled\u{E001} staff")
        #expect(text.matchedText == ["network", "disabled"])
        #expect(text.plainText == "Staff network for disabled staff")
        #expect(text.wrapped(open: "<mark>", close: "</mark>", escape: { $0.replacingOccurrences(of: "&", with: "&amp;") })
            == "Staff <mark>network</mark> for <mark>disabled</mark> staff")
        #expect(HighlightedText(marked: "a \u{E001}b\u{E000} c").plainText == "a b c")
        #expect(HighlightedText(marked: "a \u{E001}b\u{E000} c").matchedText == [" c"])
    }
}
