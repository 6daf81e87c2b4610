import Foundation

/// The demo shipped with Equitas: a peer challenge of two fictional councils in a
/// strategic alliance, and one council's action plan answering its report, with a
/// year of updates. Both are written by us in the style of real documents, in the
/// interchange formats, so loading them exercises the path a user's file takes.
public enum DemoData {
    /// `equitas.challenge/1`
    public static func challengeDocument() throws -> Data { try resource("demo-challenge") }

    /// `equitas.action-plan/1`, answering the demo challenge's recommendations.
    public static func actionPlanDocument() throws -> Data { try resource("demo-action-plan") }

    /// `equitas.challenge/1`: the same councils' next challenge, three years on, at
    /// self-assessment. Its `follows` is the demo challenge's id, which the loader sets.
    public static func followUpDocument() throws -> Data { try resource("demo-follow-up") }

    /// The demo council's community profile: `characteristic,group,percent` rows in the
    /// shape of census figures for a rural English district (ours, rounded, invented
    /// where the census is silent), with the demo's area and source.
    public static func communityProfileCSV() throws -> Data { try resource("demo-community-profile", extension: "csv") }
    public static let communityProfileArea = "Wyvern Vale district"
    public static let communityProfileSource = "Census 2021 (ONS), rounded; illustrative figures for the demo"

    /// The demo council's register of equality impact assessments: a JSON array of
    /// assessments as the API takes them, without the council (the loader adds it).
    public static func impactAssessments() throws -> Data { try resource("demo-impact-assessments") }

    /// The demo council's equality objectives (with measures and a year's progress) and
    /// the committee meetings that monitor its plan: `{"objectives": […],
    /// "committee_meetings": […]}` as the API takes them, without the council.
    public static func equalityObjectives() throws -> Data { try resource("demo-equality-objectives") }

    private static func resource(_ name: String, extension fileExtension: String = "json") throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: fileExtension, subdirectory: "Demo") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "the demo data (\(name).\(fileExtension)) is missing from this build"])
        }
        return try Data(contentsOf: url)
    }
}
