/// Spreads a list too long for one slide over as many content slides as it needs.
///
/// Titles: the first slide keeps the title as given; each further slide says it
/// continues and where it stands, "Strengths (continued, 2 of 3)". Every title is
/// therefore different, which matters because screen readers and PowerPoint's outline
/// list slides by title, and its accessibility checker flags repeated ones.
///
/// Rules: a line is never split, so a single line longer than `maxCharacters` gets a
/// slide to itself (the renderer shrinks the text to fit); no slide is empty, so an
/// empty list (or one of blank lines, which are dropped) gives no slides at all; and
/// the lines are shared out evenly, so eight lines at seven a slide become four and
/// four rather than seven and a lonely one.
public enum SlidePaginator {
    public static func paginate(title: String, lines: [String], maxLines: Int = 7, maxCharacters: Int = 700) -> [Slide] {
        let kept = lines.filter { !$0.allSatisfy(\.isWhitespace) }
        let lineLimit = max(1, maxLines)
        let greedy = chunks(kept, maxLines: lineLimit, maxCharacters: maxCharacters)
        // Greedy filling needs the fewest slides; filling again to an even share
        // keeps that number when only the line limit was binding, and otherwise
        // the greedy split stands.
        let evenShare = greedy.isEmpty ? lineLimit : (kept.count + greedy.count - 1) / greedy.count
        let even = chunks(kept, maxLines: evenShare, maxCharacters: maxCharacters)
        let pages = even.count == greedy.count ? even : greedy
        return pages.enumerated().map { index, page in
            Slide(layout: .content, title: continuationTitle(title, page: index + 1, of: pages.count), lines: page)
        }
    }

    /// "Title" for the first page, "Title (continued, 2 of 3)" after it.
    public static func continuationTitle(_ title: String, page: Int, of pages: Int) -> String {
        page <= 1 ? title : "\(title) (continued, \(page) of \(pages))"
    }

    /// Fills each slide in turn until the next line would break a limit. A line that
    /// alone exceeds `maxCharacters` still goes on a slide, by itself.
    private static func chunks(_ lines: [String], maxLines: Int, maxCharacters: Int) -> [[String]] {
        var pages: [[String]] = []
        var current: [String] = []
        var characters = 0
        for line in lines {
            let length = line.count
            if !current.isEmpty, current.count >= maxLines || characters + length > maxCharacters {
                pages.append(current)
                current = []
                characters = 0
            }
            current.append(line)
            characters += length
        }
        if !current.isEmpty { pages.append(current) }
        return pages
    }
}
