import EquitasCore
import EquitasLibrary
import EquitasSheets
import Foundation

// `swift run -c release library-import-accuracy [corpus folder] [--verbose] [--forms=txt,md,docx,pdf,pptx] [--minimum=90]`: reads each
// document of bench/import-corpus in every form it has (text or Markdown, and the Word,
// PDF and PowerPoint files in forms/), recognises it as `equitas library import` does,
// and scores what was recognised against the document's labels, field by field. Each
// document is scored twice: leave-one-shape-out (the rules learnt from its own shape
// switched off) and with every rule on. See bench/README.md.

let arguments = CommandLine.arguments.dropFirst()
let verbose = arguments.contains("--verbose")
let folder = URL(fileURLWithPath: arguments.first { !$0.hasPrefix("--") } ?? "bench/import-corpus")
// `--forms txt,md,docx`: only those forms.
let onlyForms = arguments.first { $0.hasPrefix("--forms=") }.map { Set($0.dropFirst("--forms=".count).split(separator: ",").map(String.init)) }
let catalog = try FrameworkLibrary.load(extraDirectories: [])
// `--dump=FILE`: the blocks read from one file and the findings recognised, for looking into a miss.
if let dump = arguments.first(where: { $0.hasPrefix("--dump=") }) {
    let data = try Data(contentsOf: URL(fileURLWithPath: String(dump.dropFirst("--dump=".count))))
    for block in try ReportFileRecogniser.blocks(data) { print(block) }
    let result = try ReportFileRecogniser.recognise(data, catalog: catalog)
    for item in result.items { print(item.path, item.value, item.area ?? "") }
    exit(0)
}
let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
let formsFolder = folder.appendingPathComponent("forms")
let formFiles = (try? FileManager.default.contentsOfDirectory(atPath: formsFolder.path).sorted()) ?? []

var loso: [String: FieldScore] = [:]
var allRules: [String: FieldScore] = [:]
var byForm: [String: FieldScore] = [:]
var heldOut: [String: FieldScore] = [:]
var documents = 0
var readings = 0
for labelFile in files where labelFile.hasSuffix(".labels.json") {
    let stem = String(labelFile.dropLast(".labels.json".count))
    let labels = try JSONDecoder().decode(CorpusLabels.self, from: Data(contentsOf: folder.appendingPathComponent(labelFile)))
    let sources = files.filter { $0.hasPrefix(stem + ".") && !$0.hasSuffix(".json") }.map { folder.appendingPathComponent($0) }
        + formFiles.filter { $0.hasPrefix(stem + ".") }.map { formsFolder.appendingPathComponent($0) }
    documents += 1
    for source in sources {
        let form = source.pathExtension
        if let onlyForms, !onlyForms.contains(form) { continue }
        readings += 1
        let data = try Data(contentsOf: source)
        for (disabled, isLoso) in [([labels.shape], true), ([], false)] {
            let document: ChallengeDocument? = RecogniserRules.$current.withValue(RecogniserRules(disabled: Set(disabled))) {
                try? ReportFileRecogniser.recognise(data, catalog: catalog).document
            }
            var misses: [String] = []
            let empty = ChallengeDocument(framework: "", organisations: [], modules: [])
            let scores = DocumentScorer.score(document ?? empty, labels: labels, misses: &misses)
            for (field, score) in scores {
                if isLoso {
                    loso[field, default: FieldScore()] = loso[field, default: FieldScore()] + score
                    byForm[form, default: FieldScore()] = byForm[form, default: FieldScore()] + score
                    if labels.heldOut == true { heldOut[field, default: FieldScore()] = heldOut[field, default: FieldScore()] + score }
                } else {
                    allRules[field, default: FieldScore()] = allRules[field, default: FieldScore()] + score
                }
            }
            if verbose, isLoso, !misses.isEmpty || document == nil {
                print("\(source.lastPathComponent) [\(labels.shape)]\(document == nil ? " NOT READ" : "")")
                for miss in misses { print("    \(miss)") }
            }
        }
    }
}

func percent(_ score: FieldScore?) -> String {
    guard let value = score?.score else { return "   —" }
    return String(format: "%5.1f%%", value * 100)
}

print("\(documents) documents, \(readings) readings (a document in each of its forms)")
print("field                   leave-one-shape-out   all rules   items (labelled / recognised, LOSO)")
for field in DocumentScorer.fields where loso[field] != nil || allRules[field] != nil {
    let counts = loso[field].map { "\($0.expected) / \($0.found)" } ?? ""
    print(field.padding(toLength: 24, withPad: " ", startingAt: 0) + percent(loso[field]).padding(toLength: 22, withPad: " ", startingAt: 0)
        + percent(allRules[field]).padding(toLength: 12, withPad: " ", startingAt: 0) + counts)
}
if !heldOut.isEmpty {
    let all = heldOut.values.reduce(FieldScore(), +)
    print("held-out documents (written after the rules froze): \(percent(all)) over every field's items; by field:")
    for field in DocumentScorer.fields where heldOut[field] != nil {
        print("  " + field.padding(toLength: 22, withPad: " ", startingAt: 0) + percent(heldOut[field]))
    }
}
print("by form (every field's items together, leave-one-shape-out):")
for (form, score) in byForm.sorted(by: { $0.key < $1.key }) { print("  \(form): \(percent(score))") }

// `--minimum=90`: fail (for CI) when any field falls under it, leave-one-shape-out.
if let minimum = arguments.first(where: { $0.hasPrefix("--minimum=") }).flatMap({ Double($0.dropFirst("--minimum=".count)) }) {
    let low = loso.filter { ($0.value.score ?? 1) * 100 < minimum }.keys.sorted()
    if !low.isEmpty {
        print("under \(minimum)%: \(low.joined(separator: ", "))")
        exit(1)
    }
}
