import Foundation

extension FindingWalker {
    mutating func listItem(_ text: String, style: ListMarkerStyle, depth: Int = 0) {
        pendingQuote = nil
        // "4. Knowing your communities": a numbered section typed as a list item.
        if !style.isBullet, depth == 0, isSectionTitle(text) {
            heading(text, rank: 1)
            return
        }
        // "• Strengths:" on a slide: a kind named by a bullet, its findings beneath it.
        if section?.value != .team, isKindLabel(text) {
            heading(ReportText.headingText(text), rank: FindingWalker.pseudoRank, pseudo: true)
            return
        }
        if section?.value != .team, kind == nil, let member = TeamLineParser.parseStandalone(line: text) {
            team.append(member)
            return
        }
        // "– refreshed every year": a bullet under a finding's bullet is part of it.
        if let findingDepth, depth > findingDepth, let last = findings.indices.last, findings[last].area == currentArea {
            let previous = findings[last].entry.text
            findings[last].entry.text += (ReportText.endsSentence(previous) ? " " : "; ") + text
            return
        }
        switch section?.value {
        case .team:
            if let member = TeamLineParser.parse(line: text) { team.append(member) }
            return
        case .councilComments:
            addComment(text, placed: true)
            return
        case .recommendations:
            addRecommendation(text, style: style)
            return
        case .councilImpact, .background, .conclusion:
            if kind == nil { return }
        default:
            break
        }
        if let quoted = QuoteText.split(text), kind?.value == .quote || quoted.attribution != nil {
            quote(quoted.text, attribution: quoted.attribution)
            return
        }
        // A bullet under a numbered finding is part of it ("2. … particularly: - the …").
        if style.isBullet, let last = findings.last, last.numbered, last.area == currentArea {
            let previous = findings[findings.count - 1].entry.text
            let separator = previous.hasSuffix(":") || ReportText.endsSentence(previous) ? " " : "; "
            findings[findings.count - 1].entry.text += separator + text
            return
        }
        if kind?.value == .observation, let (observed, rest) = moduleNamed(text) {
            addFinding(rest, style: style, confidence: 0.9, how: "a list item naming its area", module: observed)
            findingDepth = depth
        } else if kind != nil {
            addFinding(text, style: style, confidence: 1, how: "a list item")
            findingDepth = depth
        } else if module != nil {
            // No heading says what kind: guessed from the wording, and flagged.
            addFinding(text, style: style, confidence: 0.45, how: "a list item with no kind heading", kind: ReportVocabulary.guessKind(text))
            unplaced += 1
        }
    }

    mutating func addRecommendation(_ text: String, style: ListMarkerStyle) {
        if style.isBullet, let last = recommendations.indices.last, recommendations[last].confidence >= 0.95 {
            recommendations[last].entry.text += "; " + text
            return
        }
        let used = Set(recommendations.map(\.entry.number))
        var number = style.ordinal ?? (recommendations.last.map { $0.entry.number + 1 } ?? 1)
        var confidence = style.ordinal == nil ? 0.75 : 0.95
        if used.contains(number) {
            number = (used.max() ?? 0) + 1
            confidence = 0.6
        }
        var owner: String?
        var body = text
        if let named = organisationPrefix(text) {
            owner = named.organisation
            body = named.rest
        } else if let prefix = Self.jointPrefixes.first(where: { text.hasPrefix($0) }) {
            // A deck names whose a recommendation is; "Both councils" is the partnership's.
            body = String(text.dropFirst(prefix.count))
        }
        recommendations.append(Recommendation(
            entry: .init(number: number, module: module?.value.id, text: body, organisation: owner), confidence: confidence))
    }

    mutating func quote(_ text: String, attribution: String?) {
        var body = text
        var who = attribution
        if who == nil, let split = QuoteText.split(text) { body = split.text; who = split.attribution }
        addFinding(body, style: nil, confidence: who == nil ? 0.5 : 0.9, how: "a quotation", kind: .quote)
        if let who { findings[findings.count - 1].entry.attribution = who } else { pendingQuote = findings.count - 1 }
    }

    mutating func tableRow(_ cells: [String]) {
        // "Paragraph | Council comment | Response": the comments table, wherever it is.
        if let header = CommentParser.header(cells) {
            commentHeader = header
            return
        }
        if let commentHeader {
            guard let comment = CommentParser.parse(cells: cells, header: commentHeader) else { return }
            // A row a page break split goes on in lower case under the repeated header.
            if let last = comments.indices.last, ReportText.startsLowercase(comment.text) {
                comments[last].carryOn(comment)
            } else {
                comments.append(comment)
            }
            return
        }
        guard section?.value == .team else { return }
        if teamHeader == nil, cells.contains(where: { $0.lowercased() == "name" }) {
            teamHeader = cells.map { $0.lowercased() }
            return
        }
        if let member = TeamLineParser.parse(cells: cells, header: teamHeader) { team.append(member) }
    }

    var currentArea: String {
        [module?.value.area, kind.map { $0.value.rawValue }, organisation?.value ?? nil, theme?.value].compactMap { $0 }.joined(separator: " / ")
    }

    /// A finding under the current context; with no module in view (innovative
    /// projects, signposts) the module is guessed from the words and flagged.
    mutating func addFinding(
        _ raw: String, style: ListMarkerStyle?, confidence itemConfidence: Double, how: String, kind forced: FindingKind? = nil,
        module named: (id: String, area: String)? = nil
    ) {
        let kindValue = forced ?? kind?.value ?? .strength
        var reasons = ["\(how) under \"\(currentArea.isEmpty ? "no heading" : currentArea)\""]
        var confidence = min(itemConfidence, forced == nil ? (kind?.confidence ?? 0.5) : 1)
        let moduleId: String
        if let named {
            moduleId = named.id
            reasons.append("the item names the area \"\(named.area)\"")
        } else if let module {
            moduleId = module.value.id
            confidence = min(confidence, module.confidence)
            if module.confidence < 0.8 { reasons.append("area \"\(module.value.area)\" matched loosely") }
        } else {
            moduleId = ModuleMatcher.guess(raw, in: framework)?.id ?? ""
            confidence = min(confidence, 0.5)
            reasons.append("no area heading; module guessed from the words")
        }
        var text = raw
        var owner: String?? = organisation?.value
        if let named = organisationPrefix(raw) { owner = .some(named.organisation); text = named.rest }
        let entry = ChallengeDocument.FindingEntry(
            module: moduleId, kind: kindValue.rawValue, text: text, organisation: owner ?? nil,
            attribution: kindValue == .quote ? "Unattributed" : nil, theme: theme?.value)
        findings.append(Found(
            entry: entry, confidence: confidence, reason: reasons.joined(separator: "; "), area: currentArea,
            numbered: style.map { !$0.isBullet } ?? false))
    }

    /// "Wyvern Vale District Council: the text" → the council and the text.
    static let jointPrefixes = ["Both councils: ", "All councils: ", "All three councils: ", "Joint: "]

    func organisationPrefix(_ text: String) -> (organisation: String, rest: String)? {
        for name in organisations where text.hasPrefix(name + ": ") {
            return (name, String(text.dropFirst(name.count + 2)))
        }
        return nil
    }

    /// "Responsive services and customer care: the assessments looked thorough." → the
    /// module the item opens with, and the rest.
    func moduleNamed(_ text: String) -> ((id: String, area: String), String)? {
        guard let colon = text.range(of: ": ") else { return nil }
        let head = String(text[..<colon.lowerBound])
        guard ReportText.words(head).count <= 9, let match = ModuleMatcher.best(head, in: framework), match.score >= 0.6 else { return nil }
        return ((match.module.id, head), String(text[colon.upperBound...]))
    }

    /// A short numbered line that names a module, a kind of finding or a part of a report.
    func isSectionTitle(_ text: String) -> Bool {
        let words = ReportText.words(text).count
        guard words <= 9, !ReportText.endsSentence(text), text.first?.isUppercase == true else { return false }
        if section?.value == .recommendations, words > 3 { return false }
        return (ModuleMatcher.best(text, in: framework).map { $0.score >= 0.6 } ?? false)
            || ReportVocabulary.section(ofHeading: text) != nil || ReportVocabulary.kind(ofHeading: text) != nil
    }

    /// "Strengths:", "Areas for consideration" as a bullet of its own.
    func isKindLabel(_ text: String) -> Bool {
        let words = ReportText.words(text).count
        return words <= 5 && (text.hasSuffix(":") || words <= 4) && ReportVocabulary.kind(ofHeading: text) != nil
            && ModuleMatcher.best(text, in: framework).map { $0.score < 0.5 } ?? true
    }
}
