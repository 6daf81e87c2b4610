/// The names a route's path gives its parameters: handlers read them by these names
/// (`req.id("challengeID", entity: "challenge")`), so a path cannot misspell one.
enum RouteParameter: String, CaseIterable, Sendable {
    case accountID
    case actionID
    case assessmentID
    case challengeID
    case commentID
    case criterionID
    case date
    case entryID
    case evidenceID
    case findingID
    case frameworkID
    case itemID
    case meetingID
    case memberID
    case number
    case objectiveID
    case organisationID
    case partID
    case personID
    case planID
    case recommendationID
    case reportID
    case secret
    case sessionID
    case updateID
}
