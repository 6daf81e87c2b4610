/// The presentation a team gives on its last day, in the shape of the decks peer teams
/// have used: title (dated the day of the feedback session), thanks, what a peer
/// challenge is and is not, scope and team; for a follow-up, each module and the last
/// recommendations since the last challenge; for each module its strengths and areas
/// for consideration as headlines; good practice; what people told us; the headline
/// judgement; the recommendations, each naming its council in a joint challenge; next
/// steps. A slide shows a finding's first sentence; the full words are in its speaker
/// notes, so the presenter has them and the slide stays readable from the back.
public enum FeedbackDeckBuilder {
    /// Headline slides hold more lines than prose ones: each line is one sentence.
    static let headlinesPerSlide = 8
    static let headlineCharactersPerSlide = 1200
    /// A list gets at most this many slides; what does not fit is in the last one's
    /// notes and the written report, so a long list cannot swell the deck.
    static let slidesPerList = 2

    public static func build(_ record: ChallengeRecord, framework: Framework, date: CalendarDate, secondFramework: Framework? = nil) -> SlideDeck {
        let context = ReportContext(record: record, framework: framework, secondFramework: secondFramework)
        var slides = opening(context, presented: feedbackDay(record) ?? date)
        slides += sinceLastChallenge(context)
        for scope in context.inScope {
            let title = context.moduleTitle(scope.id)
            slides += headlineSlides("\(title): strengths", lines(.strength, module: scope.id, context))
            slides += headlineSlides("\(title): areas for consideration", lines(.areaForConsideration, module: scope.id, context))
        }
        slides += headlineSlides("Good practice", lines(.goodPractice, module: nil, context))
        slides += quotes(context)
        slides += closing(context)
        return SlideDeck(
            properties: DocumentProperties(
                title: "\(context.kicker): feedback to \(context.subjectLine)", subject: context.frameworkLine,
                author: ReportBuilder.reviewManager(context) ?? "Equitas", date: date),
            slides: slides)
    }

    /// The day of the programme's feedback session, else the last day on site.
    static func feedbackDay(_ record: ChallengeRecord) -> CalendarDate? {
        record.programme.map(\.value).filter { $0.kind == .feedback }.map(\.start.date).max() ?? record.challenge.value.end
    }

    /// One finding for a slide: its headline, led by its council's name where a joint
    /// challenge's finding is one council's; and its full text for the notes.
    struct Line {
        var headline: String
        var full: String
    }

    /// Joint findings first, then each council's, named; all modules when `module` is nil.
    static func lines(_ kind: FindingKind, module: String?, _ context: ReportContext) -> [Line] {
        let findings = context.findings(module: module, kind: kind)
        let ordered = findings.filter { $0.value.organisationId == nil }
            + context.challenge.organisationIds.flatMap { id in findings.filter { $0.value.organisationId == id } }
        return ordered.map { finding in
            let owner = context.isJoint ? context.organisationName(finding.value.organisationId).map { "\($0): " } ?? "" : ""
            return Line(headline: owner + Headline.firstSentence(finding.value.text), full: owner + finding.value.text)
        }
    }

    /// Headlines over as few slides as they need, each slide's notes holding the full
    /// text of what it shows.
    static func headlineSlides(_ title: String, _ lines: [Line], unbulleted: Bool = false) -> [Slide] {
        let room = headlinesPerSlide * slidesPerList
        let shownLines = lines.count > room ? Array(lines.prefix(room - 1)) : lines
        var remaining = shownLines[...]
        var slides = SlidePaginator.paginate(
            title: title, lines: shownLines.map(\.headline), maxLines: headlinesPerSlide, maxCharacters: headlineCharactersPerSlide
        ).map { slide in
            var copy = slide
            let shown = remaining.prefix(slide.lines.count)
            remaining = remaining.dropFirst(slide.lines.count)
            copy.notes = shown.map(\.full).joined(separator: "\n\n")
            copy.unbulleted = unbulleted ? true : nil
            return copy
        }
        let left = lines.dropFirst(shownLines.count)
        if !left.isEmpty, var last = slides.popLast() {
            last.lines.append("And \(left.count) more in the written report")
            last.notes = ([last.notes ?? ""] + left.map(\.full)).joined(separator: "\n\n")
            slides.append(last)
        }
        return slides
    }

    /// Up to four short things people said, with who said them; all of them in the notes.
    static func quotes(_ context: ReportContext) -> [Slide] {
        let quotes = context.findings(kind: .quote).map(\.value)
        guard !quotes.isEmpty else { return [] }
        func line(_ quote: Finding) -> String {
            "\u{201C}\(quote.text)\u{201D}" + (quote.attribution.map { " \u{2014} \($0)" } ?? "")
        }
        let shown = quotes.sorted { $0.text.count < $1.text.count }.prefix(4)
        return [Slide(
            layout: .content, title: "What people told us", lines: quotes.filter { quote in shown.contains(quote) }.map(line),
            notes: quotes.map(line).joined(separator: "\n\n"))]
    }
}
