import EquitasCore
import Foundation

/// The challenge's evidence: each document with its file (to download) or link, and,
/// for those who may add evidence, the upload form and a delete button per document.
struct EvidencePage {
    var challengeId: UUID
    var evidence: [Identified<EvidenceDocument>]
    var mayWrite: Bool
    var limit: Int
    var csrfToken: String?
    var done: String?
    var form = EvidenceUploadForm()
    var errors = FormErrors()
    /// The impact assessments of the challenge's councils that the person may attach.
    var assessments: [AttachableAssessment] = []
    /// "Challenge of …", for the breadcrumbs.
    var challengeName = "Challenge"

    var base: String { Site.challenge.path(challengeId) }

    func layout() -> PageLayout {
        PageLayout(title: errors.titlePrefix + "Evidence", content: [
            SelfAssessmentCrumbs.challenge(base, name: challengeName, current: "Evidence"),
            errors.summary,
            notification,
            .h1([], "Evidence"),
            .p([.class("lead")], "Documents the council offers to show what its self-assessment says."),
            .p([], .a(href: Site.challengeSelfAssessment.path(challengeId), "Self-assessment")),
            list,
            mayWrite ? uploadForm : .empty,
            mayWrite ? attachAssessmentForm : .empty,
        ])
    }

    private var notification: Node {
        let words: String
        switch done {
        case "added": words = "The evidence has been added."
        case "deleted": words = "The evidence has been deleted."
        case "attached": words = "The impact assessment has been added as evidence."
        default: return .empty
        }
        return StatusMessage.node(words)
    }

    private var list: Node {
        guard !evidence.isEmpty else { return .fragment([.h2([], "Documents"), .p([], "No evidence has been added yet.")]) }
        return .fragment([.h2([], "Documents"), .fragment(evidence.map(item))])
    }

    private func item(_ document: Identified<EvidenceDocument>) -> Node {
        let id = document.id.uuidString.lowercased()
        let value = document.value
        var rows: [Node] = [row("Kind", .text(value.kind.rawValue.replacingOccurrences(of: "-", with: " ").capitalizedFirst))]
        if let date = value.date { rows.append(row("Date", .text(date.longForm))) }
        if let url = value.url { rows.append(row("Link", .a(href: url, .text(url)))) }
        if let assessment = value.impactAssessmentId {
            rows.append(row("Impact assessment", assessmentLink(assessment, title: value.title)))
        }
        if let file = value.file {
            rows.append(row("File", .fragment([
                .a(href: Site.challengeEvidenceItemFile.path(challengeId, document.id), .text("Download \(file.filename)")),
                .text(" (\(MediaTypeWords.words(file.mediaType)), \(EvidenceSize.words(file.size)))"),
            ])))
        }
        return .div(
            [.class("report-item"), .id("evidence-\(id)")],
            .h3([], .text(value.title)),
            .dl([.class("summary-list")], .fragment(rows)),
            mayWrite
                ? FormControls.postButton("Delete \(value.title)", action: Site.challengeEvidenceItemDeletePost.path(challengeId, document.id), csrf: csrfToken, warning: true)
                : .empty)
    }

    private func row(_ key: String, _ value: Node) -> Node {
        .div([], .dt([], .text(key)), .dd([], value))
    }

    private var uploadForm: Node {
        let kinds = EvidenceKind.allCases.map { (value: $0.rawValue, words: $0.rawValue.replacingOccurrences(of: "-", with: " ").capitalizedFirst) }
        return .form(
            action: Site.challengeEvidencePost.path(challengeId), method: .post, [Attribute("enctype", "multipart/form-data")],
            FormControls.csrf(csrfToken),
            .h2([], "Add evidence"),
            FormControls.text("title", label: "Title", value: form.title, error: errors["title"]),
            FormControls.select("kind", label: "Kind of document", options: kinds, selected: form.kind ?? EvidenceKind.other.rawValue),
            FormControls.text(
                "url", label: "Link to the document", value: form.url,
                hint: "Where it is already published, an address starting https://. Give a link, upload a file, or both.",
                error: errors["url"], type: "url"),
            FormControls.file(
                "file", label: "File",
                hint: "A PDF, Word, Excel, PowerPoint or OpenDocument file, an image, or plain text, up to \(EvidenceSize.words(limit))",
                error: errors["file"]),
            FormControls.submit("Add evidence"))
    }
}

extension String {
    /// "Data profile" from "data profile".
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
