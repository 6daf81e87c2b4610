import EquitasCore
import Foundation

/// What awaits the signed-in person, as a task list: each task links to the page of the
/// challenge where it is done, and names the challenge under it.
enum DashboardTaskList {
    static func node(_ tasks: [(task: AwaitingTask, challenge: String)], labelledBy heading: String) -> Node {
        guard !tasks.isEmpty else { return .p([], "Nothing awaits you today.") }
        let items = tasks.map { entry in
            TaskList.Item(
                words: entry.task.words, path: path(entry.task), hint: entry.challenge, state: entry.task.state.words,
                tone: tone(entry.task.state))
        }
        return TaskList.node(items, prefix: "task", labelledBy: heading)
    }

    static func path(_ task: AwaitingTask) -> String {
        let id = task.challengeId
        switch task.place {
        case .overview: return Site.challenge.path(id)
        case .selfAssessment: return Site.challengeSelfAssessment.path(id)
        case .programme: return Site.challengeProgramme.path(id)
        case .report: return Site.challengeReport.path(id)
        case .comments: return Site.challengeComments.path(id)
        case .draftReading: return DraftReadingPage.path(id)
        }
    }

    static func tone(_ state: AwaitingTask.State) -> TaskList.Tone {
        switch state {
        case .notStarted: .notStarted
        case .inProgress: .started
        case .due: .waiting
        }
    }
}
