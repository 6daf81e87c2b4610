import EquitasCore
import Testing

@Suite("Spreading long lists over slides")
struct SlidePaginatorTests {
    private func numbered(_ count: Int, length: Int = 20) -> [String] {
        (1...count).map { n in
            let stem = "Line \(n) "
            return stem + String(repeating: "x", count: max(0, length - stem.count))
        }
    }

    @Test("a short list is one slide with the title as given")
    func shortList() {
        let lines = numbered(3)

        let slides = SlidePaginator.paginate(title: "Strengths", lines: lines)

        #expect(slides == [Slide(layout: .content, title: "Strengths", lines: lines)])
    }

    @Test("more lines than fit continue on further slides, titled by position")
    func continuationTitles() {
        let lines = numbered(15)

        let slides = SlidePaginator.paginate(title: "Strengths", lines: lines, maxLines: 7)

        #expect(slides.map(\.title) == ["Strengths", "Strengths (continued, 2 of 3)", "Strengths (continued, 3 of 3)"])
        #expect(slides.flatMap(\.lines) == lines)
        #expect(slides.allSatisfy { $0.layout == .content && $0.lines.count <= 7 })
    }

    @Test("lines are shared evenly rather than leaving one line on its own")
    func evenShare() {
        let lines = numbered(8)

        let slides = SlidePaginator.paginate(title: "Areas", lines: lines, maxLines: 7)

        #expect(slides.map(\.lines.count) == [4, 4])
        #expect(slides.flatMap(\.lines) == lines)
    }

    @Test("the character limit starts a new slide before the line limit does")
    func characterLimit() {
        let lines = numbered(6, length: 300)

        let slides = SlidePaginator.paginate(title: "Areas", lines: lines, maxLines: 7, maxCharacters: 700)

        #expect(slides.map(\.lines.count) == [2, 2, 2])
        #expect(slides.allSatisfy { $0.lines.reduce(0) { $0 + $1.count } <= 700 })
        #expect(slides.flatMap(\.lines) == lines)
    }

    @Test("a single line longer than the character limit gets a slide to itself, unsplit")
    func overlongLine() {
        let long = String(repeating: "Long finding. ", count: 80)
        let lines = ["Short one", long, "Short two"]

        let slides = SlidePaginator.paginate(title: "Areas", lines: lines, maxCharacters: 700)

        #expect(slides.map(\.lines) == [["Short one"], [long], ["Short two"]])
    }

    @Test("no lines, or only blank ones, give no slides; blank lines are dropped")
    func neverEmpty() {
        #expect(SlidePaginator.paginate(title: "Strengths", lines: []).isEmpty)
        #expect(SlidePaginator.paginate(title: "Strengths", lines: ["", "  ", "\n"]).isEmpty)
        #expect(SlidePaginator.paginate(title: "Strengths", lines: ["One", " ", "Two"]).map(\.lines) == [["One", "Two"]])
    }

    @Test("a limit below one line still puts one line on each slide")
    func degenerateLimit() {
        let slides = SlidePaginator.paginate(title: "T", lines: ["a", "b"], maxLines: 0, maxCharacters: 0)

        #expect(slides.map(\.lines) == [["a"], ["b"]])
        #expect(slides.map(\.title) == ["T", "T (continued, 2 of 2)"])
    }

    @Test("every page holds lines for any list length and limit")
    func noEmptyPagesAcrossSizes() {
        for count in 1...40 {
            for maxLines in 1...9 {
                let lines = numbered(count)

                let slides = SlidePaginator.paginate(title: "T", lines: lines, maxLines: maxLines)

                #expect(slides.flatMap(\.lines) == lines)
                #expect(slides.allSatisfy { !$0.lines.isEmpty && $0.lines.count <= maxLines })
                #expect(slides.count == (count + maxLines - 1) / maxLines)
                #expect(Set(slides.map(\.title)).count == slides.count)
            }
        }
    }
}
